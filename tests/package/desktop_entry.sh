#!/usr/bin/env bash
# The desktop entry passes desktop-file-validate with no message at all (hints included), is named after the
# application id, and points at the icon of the same id.
# Usage: desktop_entry.sh DESKTOP_FILE APP_ID
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"
file=${1:?desktop file}
id=${2:?application id}

[ "$(basename "$file")" = "$id.desktop" ] || fail "$file is not named $id.desktop"
out=$(desktop-file-validate "$file" 2>&1) || fail "desktop-file-validate failed: $out"
[ -z "$out" ] || fail "desktop-file-validate reports: $out"
grep -qx "Icon=$id" "$file" || fail "$file: Icon= is not $id"
grep -qx "Exec=mailready" "$file" || fail "$file: Exec= is not mailready"
echo "desktop entry $file: valid"
