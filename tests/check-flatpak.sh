#!/usr/bin/env bash
# Checks the Flatpak manifest: valid JSON, the application ID everywhere, a supported GNOME
# runtime, libxlsxwriter built as a pinned module, and only the permissions an offline app needs.
set -uo pipefail
manifest="$1/flatpak/io.github.stewardapp.Steward.json"
n=0
check() {
  n=$((n + 1))
  if eval "$2" >/dev/null 2>&1; then echo "ok $n - $1"; else echo "not ok $n - $1"; fi
}
echo "1..6"
py() { python3 -c "import json,sys; m=json.load(open('$manifest')); $1"; }
check "the manifest is valid JSON" "py 'pass'"
check "the id is io.github.stewardapp.Steward" "py 'assert m[\"id\"] == \"io.github.stewardapp.Steward\"'"
check "the runtime is org.gnome.Platform 50 or newer" \
  "py 'assert m[\"runtime\"] == \"org.gnome.Platform\" and int(m[\"runtime-version\"]) >= 50'"
check "libxlsxwriter is a cmake-ninja module from git, pinned by release tag and full commit" \
  "py 'import re; x=[mod for mod in m[\"modules\"] if mod[\"name\"]==\"libxlsxwriter\"][0]; assert x[\"buildsystem\"]==\"cmake-ninja\"; s=x[\"sources\"][0]; assert s[\"type\"]==\"git\" and s[\"url\"].endswith(\"/jmcnamara/libxlsxwriter.git\"); assert re.fullmatch(r\"v[0-9]+\\.[0-9]+\\.[0-9]+\", s[\"tag\"]); assert re.fullmatch(r\"[0-9a-f]{40}\", s[\"commit\"]); assert \"branch\" not in s'"
check "finish-args are exactly ipc, wayland, fallback-x11 and dri" \
  "py 'assert sorted(m[\"finish-args\"]) == sorted([\"--share=ipc\",\"--socket=wayland\",\"--socket=fallback-x11\",\"--device=dri\"])'"
check "no filesystem, network or session-bus permission" \
  "py 'assert not any(a.startswith((\"--filesystem\",\"--share=network\",\"--talk-name\",\"--socket=session-bus\")) for a in m[\"finish-args\"])'"
