#!/usr/bin/env bash
# Installs the build tree into a temporary DESTDIR and checks that the result is a working
# installation: exactly the files a distribution package would ship (no tests, benchmarks or
# static libraries), a valid desktop file whose Exec and Icon point at installed files, valid
# metainfo, a schema that compiles with --strict, translations the installed binary finds, and a
# window that starts from the installed files alone.
#
# usage: check-install.sh BUILD_ROOT SOURCE_ROOT PREFIX BINDIR DATADIR LOCALEDIR APP_ID
set -uo pipefail
# English unless a check asks for Chinese, whatever the caller's locale.
export LC_ALL=C.UTF-8 LANGUAGE=
build=$1 src=$2 prefix=$3 bindir=$4 datadir=$5 localedir=$6 app_id=$7

# meson's directory options are relative to the prefix unless they are absolute.
under_prefix() { case $1 in /*) echo "$1" ;; *) echo "$prefix/$1" ;; esac; }
bindir=$(under_prefix "$bindir")
datadir=$(under_prefix "$datadir")
localedir=$(under_prefix "$localedir")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dest=$tmp/dest
root=$dest$prefix
bin=$dest$bindir/steward
share=$dest$datadir
desktop=$share/applications/$app_id.desktop
metainfo=$share/metainfo/$app_id.metainfo.xml
schemas=$share/glib-2.0/schemas

n=0
fail=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); fail=1; echo "not ok $n - $1"; [ -z "${2:-}" ] || echo "$2" | sed 's/^/# /'; }
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }
# check DESCRIPTION COMMAND...: passes when COMMAND succeeds; its output is shown when it fails.
check() {
  local what=$1 out
  shift
  if out=$("$@" 2>&1); then ok "$what"; else not_ok "$what" "$out"; fi
}
desktop_key() { sed -n "s/^$1=//p" "$desktop" | head -1; }

echo "1..13"

if out=$(meson install -C "$build" --no-rebuild --skip-subprojects --quiet --destdir "$dest" 2>&1); then
  ok "meson install --destdir succeeds"
else
  not_ok "meson install --destdir succeeds" "$out"
  # Nothing else can be checked without an installation.
  for i in $(seq 2 13); do not_ok "installation present"; done
  exit 1
fi

# The exact list: a test program, a benchmark or a header slipping into the install fails here.
expected=$(sort <<EOF
${bindir#"$prefix"/}/steward
${datadir#"$prefix"/}/applications/$app_id.desktop
${datadir#"$prefix"/}/metainfo/$app_id.metainfo.xml
${datadir#"$prefix"/}/icons/hicolor/scalable/apps/$app_id.svg
${datadir#"$prefix"/}/icons/hicolor/symbolic/apps/$app_id-symbolic.svg
${datadir#"$prefix"/}/glib-2.0/schemas/$app_id.gschema.xml
${localedir#"$prefix"/}/zh_CN/LC_MESSAGES/steward.mo
EOF
)
installed=$(cd "$root" && find . -type f -o -type l | sed 's|^\./||' | sort)
if [ "$installed" = "$expected" ]; then
  ok "exactly the binary, desktop file, metainfo, two icons, schema and zh_CN catalogue are installed"
else
  not_ok "exactly the binary, desktop file, metainfo, two icons, schema and zh_CN catalogue are installed" \
    "$(diff <(echo "$expected") <(echo "$installed"))"
fi

if command -v desktop-file-validate >/dev/null; then
  check "the installed desktop file is valid" desktop-file-validate "$desktop"
else
  skip "the installed desktop file is valid" "desktop-file-validate not installed"
fi

exec_cmd=$(desktop_key Exec)
icon=$(desktop_key Icon)
if [ "${exec_cmd%% *}" = steward ] && [ -x "$bin" ] && [ "$icon" = "$app_id" ] &&
   [ -f "$share/icons/hicolor/scalable/apps/$icon.svg" ] &&
   [ -f "$share/icons/hicolor/symbolic/apps/$icon-symbolic.svg" ]; then
  ok "the desktop file's Exec and Icon name the installed binary and icons"
else
  not_ok "the desktop file's Exec and Icon name the installed binary and icons" "Exec=$exec_cmd Icon=$icon"
fi

if grep -q '^Name\[zh_CN\]=' "$desktop" && grep -q '^Comment\[zh_CN\]=.*增值服务' "$desktop"; then
  ok "the installed desktop file carries the zh_CN translation"
else
  not_ok "the installed desktop file carries the zh_CN translation" "$(cat "$desktop")"
fi

if command -v appstreamcli >/dev/null; then
  check "the installed metainfo validates offline" "$src/data/validate-metainfo.sh" "$metainfo"
else
  skip "the installed metainfo validates offline" "appstreamcli not installed"
fi

if grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" &&
   grep -q '<binary>steward</binary>' "$metainfo" &&
   grep -q '<summary xml:lang="zh_CN">' "$metainfo" &&
   grep -q '<p xml:lang="zh_CN">' "$metainfo"; then
  ok "the metainfo launches the installed desktop file, provides the binary and is translated"
else
  not_ok "the metainfo launches the installed desktop file, provides the binary and is translated"
fi

# What gnome.post_install does on a real install (it is skipped when DESTDIR is set).
check "the installed schema compiles with --strict" glib-compile-schemas --strict "$schemas"

# The installed binary finds its catalogue without STEWARD_LOCALEDIR: the path is compiled in.
if grep -qaF "$localedir" "$bin"; then
  ok "the binary looks for translations in $localedir"
else
  not_ok "the binary looks for translations in $localedir"
fi

if out=$(env -u STEWARD_LOCALEDIR LANGUAGE= "$bin" --help 2>&1) && grep -q '^Usage: steward' <<<"$out"; then
  ok "the installed steward --help runs headless"
else
  not_ok "the installed steward --help runs headless" "$out"
fi

# DESTDIR moved the catalogue away from the compiled-in path; main.c honours STEWARD_LOCALEDIR.
if out=$(LANGUAGE=zh_CN STEWARD_LOCALEDIR="$dest$localedir" "$bin" --help 2>&1) &&
   grep -q '^用法：steward' <<<"$out" && grep -q '退出码' <<<"$out"; then
  ok "with LANGUAGE=zh_CN the installed binary prints its help in Chinese"
else
  not_ok "with LANGUAGE=zh_CN the installed binary prints its help in Chinese" "$out"
fi

if command -v xmllint >/dev/null; then
  check "both icons are well-formed SVG" xmllint --noout "$share/icons/hicolor/scalable/apps/$app_id.svg" \
    "$share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
else
  skip "both icons are well-formed SVG" "xmllint not installed"
fi

# The window starts from the installed files alone: schema, icons and translations from DESTDIR,
# a private session bus (so no running Steward takes the launch over) and a scratch home. It
# must still be running after a few seconds, without a warning or critical on the way.
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || ! command -v dbus-run-session >/dev/null; then
  skip "the installed application window starts" "no display or no dbus-run-session"
else
  home=$tmp/home
  mkdir -p "$home"
  HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache \
  XDG_DATA_DIRS="$share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" \
  GSETTINGS_SCHEMA_DIR=$schemas LANGUAGE=zh_CN STEWARD_LOCALEDIR="$dest$localedir" \
  G_DEBUG=fatal-warnings \
    dbus-run-session -- timeout 5 "$bin" >"$tmp/window.log" 2>&1
  rc=$?
  log=$(grep -v -e 'Unable to acquire session bus' -e 'AT-SPI' "$tmp/window.log" || true)
  if [ $rc = 124 ] && ! grep -qE 'CRITICAL|WARNING|ERROR' <<<"$log"; then
    ok "the installed application window starts"
  else
    not_ok "the installed application window starts" "exit status $rc (124 = still running): $log"
  fi
fi

exit $fail
