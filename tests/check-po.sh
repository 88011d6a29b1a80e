#!/usr/bin/env bash
# Fails when a file with translatable strings is missing from po/POTFILES (a .c file using _(),
# N_(), C_(), NC_() or g_dngettext(), a .ui file with translatable="yes", a desktop or metainfo
# template, a schema with a gettext-domain), when POTFILES names a file that does not exist,
# when po/zh_CN.po lacks a translation (untranslated or fuzzy) for any string in the current
# sources, or when a translation breaks its printf placeholders or has more plural forms than
# zh_CN's one.
#
# usage: check-po.sh SOURCE_ROOT
set -uo pipefail
src=$1
cd "$src" || exit 1
echo "1..4"
fail=0

listed=$(sed 's/#.*//;/^[[:space:]]*$/d' po/POTFILES | sort -u)

# Headers are left out: their only gettext markers are comments naming the convention.
missing=$( { grep -rlE '\b(N?C?_|g_dngettext|ngettext)\(' src --include='*.c' 2>/dev/null
             grep -rl 'translatable="yes"' ui src --include='*.ui' 2>/dev/null
             find data -name '*.desktop.in' -o -name '*.metainfo.xml.in' 2>/dev/null
             grep -rl 'gettext-domain=' data --include='*.gschema.xml' 2>/dev/null
           } | sort -u | grep -vxFf <(echo "$listed") || true)
if [ -n "$missing" ]; then
  fail=1
  echo "not ok 1 - files with translatable strings missing from po/POTFILES:" $missing
else
  echo "ok 1 - po/POTFILES lists every file with translatable strings"
fi

gone=$(while read -r f; do [ -f "$f" ] || echo "$f"; done <<<"$listed")
if [ -n "$gone" ]; then
  fail=1
  echo "not ok 2 - po/POTFILES names files that do not exist:" $gone
else
  echo "ok 2 - every file in po/POTFILES exists"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The keywords and flags of meson's i18n 'glib' preset, which builds the real template.
xgettext_args=(--from-code=UTF-8 --add-comments
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dcgettext:2
  --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format --flag=g_print:1:c-format
  --flag=g_printerr:1:c-format --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format
  --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format)
present=$(while read -r f; do [ -f "$f" ] && echo "$f"; done <<<"$listed")
if ! out=$(xgettext "${xgettext_args[@]}" -f <(echo "$present") -o "$tmp/steward.pot" 2>&1); then
  echo "not ok 3 - xgettext extracts the template: $out"
  echo "not ok 4 - po/zh_CN.po keeps every placeholder and has one plural form"
  exit 1
fi
cp po/zh_CN.po "$tmp/zh_CN.po"
msgmerge -q --no-fuzzy-matching --update --backup=none "$tmp/zh_CN.po" "$tmp/steward.pot"
stats=$(LC_ALL=C msgfmt --statistics -o /dev/null "$tmp/zh_CN.po" 2>&1 | tail -1)
case "$stats" in
  *untranslated*|*fuzzy*)
    fail=1
    echo "not ok 3 - po/zh_CN.po is incomplete: $stats"
    LC_ALL=C msgattrib --no-wrap --only-fuzzy --no-obsolete "$tmp/zh_CN.po" | grep -E '^msg(ctxt|id) ' | grep -vx 'msgid ""' | sed 's/^/# fuzzy: /'
    LC_ALL=C msgattrib --no-wrap --untranslated --no-obsolete "$tmp/zh_CN.po" | grep -E '^msg(ctxt|id) ' | grep -vx 'msgid ""' | head -40 | sed 's/^/# untranslated: /'
    ;;
  *) echo "ok 3 - po/zh_CN.po is complete: $stats" ;;
esac

# --check: placeholders of c-format strings match (count, type, order unless positional) and
# no entry has more plural forms than the header's nplurals=1.
if out=$(LC_ALL=C msgfmt --check-format --check-domain -o /dev/null "$tmp/zh_CN.po" 2>&1) &&
   ! grep -q 'msgstr\[1\]' "$tmp/zh_CN.po"; then
  echo "ok 4 - po/zh_CN.po keeps every placeholder and has one plural form"
else
  fail=1
  echo "not ok 4 - po/zh_CN.po keeps every placeholder and has one plural form"
  echo "$out" | sed 's/^/# /'
  grep -n 'msgstr\[1\]' "$tmp/zh_CN.po" | head -5 | sed 's/^/# /'
fi
exit $fail
