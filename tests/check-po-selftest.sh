#!/usr/bin/env bash
# Shows that check-po.sh can fail: it runs the check over small source trees, one complete and
# one per defect it must catch, and expects exactly the right subtest to fail.
#
# usage: check-po-selftest.sh PATH/TO/check-po.sh
set -uo pipefail
check_po=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A complete tree: a C file (plain, printf and plural strings), a .ui file and a desktop file,
# all listed in POTFILES and translated.
make_tree() {
  local t=$1
  mkdir -p "$t/src" "$t/ui" "$t/data" "$t/po"
  cat >"$t/src/a.c" <<'EOF'
#include <glib/gi18n.h>
static const char *names[] = { N_("Save"), NULL };
char *
f (guint n, const char *who)
{
  g_print ("%s", _("Cancel"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hour", "%u hours", n), n);
}
char *
g (const char *who, guint n)
{
  return g_strdup_printf (_("%s has %u requests"), who, n);
}
EOF
  cat >"$t/ui/a.ui" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<interface>
  <object class="GtkButton">
    <property name="label" translatable="yes">New Client</property>
  </object>
</interface>
EOF
  cat >"$t/data/x.desktop.in" <<'EOF'
[Desktop Entry]
Name=Steward
Comment=Manage clients
Exec=steward
Type=Application
EOF
  printf 'src/a.c\nui/a.ui\ndata/x.desktop.in\n' >"$t/po/POTFILES"
  cat >"$t/po/zh_CN.po" <<'EOF'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Language: zh_CN\n"
"Plural-Forms: nplurals=1; plural=0;\n"

msgid "Save"
msgstr "保存"

msgid "Cancel"
msgstr "取消"

#, c-format
msgid "%u hour"
msgid_plural "%u hours"
msgstr[0] "%u 小时"

#, c-format
msgid "%s has %u requests"
msgstr "%s 有 %u 个请求"

msgid "New Client"
msgstr "新建客户"

msgid "Steward"
msgstr "Steward"

msgid "Manage clients"
msgstr "管理客户"
EOF
}

n=0
fail=0
# expect NAME FAILING_SUBTEST SETUP: builds a complete tree, applies SETUP inside it, runs the
# check and expects subtest FAILING_SUBTEST (0 = none) to be the only one that fails.
expect() {
  local name=$1 want=$2 setup=$3 t out failed rc
  n=$((n + 1))
  t=$tmp/$n
  make_tree "$t"
  (cd "$t" && eval "$setup")
  out=$("$check_po" "$t" 2>&1)
  rc=$?
  failed=$(sed -n 's/^not ok \([0-9]*\) .*/\1/p' <<<"$out" | tr '\n' ' ')
  if [ "$want" = 0 ] && [ -z "$failed" ] && [ $rc = 0 ] && [ "$(grep -c '^ok ' <<<"$out")" = 4 ]; then
    echo "ok $n - $name: every subtest passes"
  elif [ "$want" != 0 ] && [ "$failed" = "$want " ] && [ $rc != 0 ]; then
    echo "ok $n - $name: subtest $want fails"
  else
    fail=1
    echo "not ok $n - $name: expected subtest $want to fail, got '${failed}' (exit $rc)"
    echo "$out" | sed 's/^/# /'
  fi
}

echo "1..10"
expect "a complete tree" 0 ":"
expect "a C file with _() not in POTFILES" 1 \
  "printf '#include <glib/gi18n.h>\nconst char *s = _(\"Quit\");\n' >src/b.c"
expect "a .ui file with translatable=\"yes\" not in POTFILES" 1 \
  "sed 's/New Client/Quit/' ui/a.ui >ui/b.ui"
expect "a desktop template not in POTFILES" 1 "sed -i '/desktop/d' po/POTFILES"
expect "a schema with a gettext-domain not in POTFILES" 1 \
  "printf '<schemalist gettext-domain=\"steward\"/>\\n' >data/x.gschema.xml"
expect "POTFILES naming a file that does not exist" 2 "echo src/gone.c >>po/POTFILES"
expect "a fuzzy entry" 3 "sed -i 's/^msgid \"Cancel\"/#, fuzzy\n&/' po/zh_CN.po"
expect "an untranslated string" 3 "sed -i 's/\"新建客户\"/\"\"/' po/zh_CN.po"
expect "a translation with its placeholders swapped" 4 \
  "sed -i 's/\"%s 有 %u 个请求\"/\"%u 个请求属于 %s\"/' po/zh_CN.po"
expect "a second plural form for zh_CN" 4 \
  "sed -i 's/^msgstr\\[0\\] \"%u 小时\"/&\nmsgstr[1] \"%u 小时\"/' po/zh_CN.po"
exit $fail
