#!/usr/bin/env bash
# Runs gtk4-builder-tool validate over every .ui file of the project that it can check: plain
# files and templates whose parent is a GTK type. gtk4-builder-tool does not load libadwaita or
# Steward's classes, so templates of libadwaita parents are checked by test-ui-files instead,
# which loads every .ui through GtkBuilder with both type systems registered.
set -euo pipefail
dir=$1
files=$(find "$dir" -name '*.ui' | sort)
n=$(echo "$files" | wc -l)
echo "1..$n"
i=0
fail=0
for f in $files; do
  i=$((i + 1))
  name=${f#"$dir"/}
  if grep -qE 'class="(Adw|Steward)' "$f"; then
    echo "ok $i - $name # SKIP uses libadwaita or Steward classes: checked by test-ui-files"
  elif out=$(gtk4-builder-tool validate "$f" 2>&1 | grep -v 'Unable to acquire session bus'); [ -z "$out" ]; then
    echo "ok $i - $name"
  else
    echo "not ok $i - $name"
    echo "$out" | sed 's/^/# /'
    fail=1
  fi
done
exit $fail
