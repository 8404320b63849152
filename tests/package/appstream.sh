#!/usr/bin/env bash
# The AppStream metadata passes 'appstreamcli validate --no-net' (warnings fail it), names the desktop entry of the
# same id, has a release entry for the project's version, and takes its screenshots from the project's
# docs/screenshots/ under the homepage.
# Usage: appstream.sh METAINFO_FILE APP_ID VERSION HOMEPAGE
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"
file=${1:?metainfo file}
id=${2:?application id}
version=${3:?version}
homepage=${4:?homepage}

[ "$(basename "$file")" = "$id.metainfo.xml" ] || fail "$file is not named $id.metainfo.xml"
out=$(appstreamcli validate --no-net --no-color "$file" 2>&1) || fail "appstreamcli validate: $out"
echo "$out"
/usr/bin/python3 - "$file" "$id" "$version" "$homepage" <<'PYEOF'
import sys
import xml.etree.ElementTree as ET

path, app_id, version, homepage = sys.argv[1:]
root = ET.parse(path).getroot()
problems = []
if root.findtext("id") != app_id:
    problems.append(f"<id> is {root.findtext('id')!r}, not {app_id!r}")
if root.findtext("launchable[@type='desktop-id']") != app_id + ".desktop":
    problems.append("<launchable type='desktop-id'> does not name " + app_id + ".desktop")
if root.findtext("url[@type='homepage']") != homepage:
    problems.append("<url type='homepage'> is not " + homepage)
releases = [r.get("version") for r in root.iter("release")]
if version not in releases:
    problems.append(f"no <release version='{version}'> (releases: {releases}): add a release note for this version")
for r in root.iter("release"):
    if r.find("description") is None:
        problems.append(f"release {r.get('version')} has no <description>")
images = [i.text for i in root.iter("image")]
if not images:
    problems.append("no screenshots")
for url in images:
    if not url.startswith(homepage + "/raw/main/docs/screenshots/") or not url.endswith(".png"):
        problems.append(f"screenshot {url} is not a PNG under {homepage}/raw/main/docs/screenshots/")
if problems:
    sys.exit("FAIL: " + "\nFAIL: ".join(problems))
print(f"{path}: id, launchable, homepage, release {version} and {len(images)} screenshot(s) consistent")
PYEOF
