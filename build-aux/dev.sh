#!/usr/bin/env bash
# Steward's developer entry point: the two commands of the README.
#   ./dev.sh run   install what is missing, build, and start Steward
#   ./dev.sh test  install what is missing, build, and run every test
# Both are quick when everything is already installed and built.
set -euo pipefail

here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
cd "$here"

packages=(
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libglib2.0-bin libgtk-4-dev libgtk-4-bin libadwaita-1-dev
  libjson-glib-dev libsqlite3-dev libcairo2-dev libpango1.0-dev libxlsxwriter-dev
  appstream desktop-file-utils
  xvfb xauth dbus dbus-daemon fonts-noto-cjk locales poppler-utils unzip libxml2-utils
)
locales_wanted=(zh_CN.UTF-8 en_US.UTF-8 de_DE.UTF-8)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
  local gen=0
  for l in "${locales_wanted[@]}"; do
    if ! locale -a 2>/dev/null | grep -qix "${l/UTF-8/utf8}"; then
      as_root sed -i "s/^# *\(${l} UTF-8\)/\1/" /etc/locale.gen
      grep -q "^${l} UTF-8" /etc/locale.gen || echo "${l} UTF-8" | as_root tee -a /etc/locale.gen >/dev/null
      gen=1
    fi
  done
  if [ $gen = 1 ]; then as_root locale-gen >/dev/null; fi
}

configure() {
  local dir=$1; shift
  if [ ! -f "$dir/build.ninja" ]; then
    meson setup "$dir" "$@"
  fi
  meson compile -C "$dir"
}

# Reads meson's totals from a test log as "N passed, N failed, N skipped".
summarise() {
  awk '/^Ok:/{ok+=$2} /^Expected Fail:/{ok+=$3} /^Fail:/{f+=$2} /^Unexpected Pass:/{f+=$3}
       /^Timeout:/{f+=$2} /^Skipped:/{s+=$2}
       END {printf "%d passed, %d failed, %d skipped\n", ok, f, s}' "$1"
}

run_tests() {
  local dir=$1 log rc=0
  log=$(mktemp)
  # Window tests need a display and a session bus; the suite brings its own.
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
    meson test -C "$dir" --print-errorlogs --num-processes 2 2>&1 | tee "$log" || rc=$?
  summarise "$log" >> "$totals"
  rm -f "$log"
  return $rc
}

cmd=${1:-run}
shift || true
case "$cmd" in
  run)
    install_missing
    configure build
    export GSETTINGS_SCHEMA_DIR="$here/build/data"
    exec ./build/src/steward "$@"
    ;;
  test)
    install_missing
    totals=$(mktemp)
    rc=0
    configure build
    run_tests build || rc=1
    if [ "${STEWARD_SKIP_SANITIZE:-0}" != 1 ]; then
      configure build-sanitize -Db_sanitize=address,undefined -Db_lundef=false -Dbuildtype=debug
      ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
      LSAN_OPTIONS="suppressions=$here/tests/lsan.supp:print_suppressions=0" \
      UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        run_tests build-sanitize || rc=1
    fi
    awk -F'[ ,]+' '{p+=$1; f+=$3; if ($5 != "") s+=$5} END {printf "%d passed, %d failed", p, f; if (s) printf ", %d skipped", s; print ""}' "$totals"
    rm -f "$totals"
    exit $rc
    ;;
  *)
    echo "usage: $0 run|test" >&2
    exit 1
    ;;
esac
