#!/usr/bin/env bash
# Fails when a file with translatable strings is missing from po/POTFILES, or when po/zh_CN.po
# lacks a translation (untranslated or fuzzy) for any string in the current sources.
set -euo pipefail
src=$1
echo "1..2"
cd "$src"
missing=$(grep -rlE '\b(N?C?_|g_dngettext|ngettext)\(|translatable="yes"' src ui data 2>/dev/null \
          | grep -E '\.(c|ui|in|xml)$' | sort | grep -vxFf <(sed 's/#.*//;/^$/d' po/POTFILES | sort) || true)
if [ -n "$missing" ]; then
  echo "not ok 1 - files with translatable strings missing from po/POTFILES: $missing"
else
  echo "ok 1 - po/POTFILES lists every file with translatable strings"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=ngettext:1,2 --keyword=g_dpgettext2:2c,3 \
  --flag=g_strdup_printf:1:c-format --flag=g_set_error:4:c-format \
  -f po/POTFILES -o "$tmp/steward.pot" 2>/dev/null
cp po/zh_CN.po "$tmp/zh_CN.po"
msgmerge -q --no-fuzzy-matching --update --backup=none "$tmp/zh_CN.po" "$tmp/steward.pot"
stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$tmp/zh_CN.po" 2>&1 | tail -1)
case "$stats" in
  *untranslated*|*fuzzy*)
    echo "not ok 2 - po/zh_CN.po is incomplete: $stats"
    LC_ALL=C msgattrib --untranslated --no-obsolete "$tmp/zh_CN.po" | grep -E '^msg(ctxt|id) ' | head -40 | sed 's/^/# /'
    ;;
  *) echo "ok 2 - po/zh_CN.po is complete: $stats" ;;
esac
