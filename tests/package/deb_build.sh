#!/usr/bin/env bash
# Builds the .deb from the current build directory with cpack into OUT_DIR (the fixture the install test uses) and
# checks it without installing it: its files, its metadata, its dependencies (computed by dpkg-shlibdeps, not listed
# by hand), the Debian changelog's version, the AppStream view of its files, and lintian's verdict.
# Usage: deb_build.sh BUILD_DIR SOURCE_DIR VERSION OUT_DIR
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"
build=${1:?build directory}
source=${2:?source directory}
version=${3:?project version}
work=${4:?output directory}

for tool in cpack dpkg-shlibdeps dpkg-parsechangelog lintian appstreamcli; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/setup installs it)"
done
rm -rf "$work"
mkdir -p "$work"

# 1. Build the package from this build tree.
start=$(date +%s)
cpack -G DEB -B "$work" --config "$build/CPackConfig.cmake" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
debs=("$work"/mailready_"$version"_*.deb)
[ -f "${debs[0]}" ] || fail "cpack made no mailready_${version}_*.deb: $(ls "$work")"
deb=${debs[0]}
echo "built $(basename "$deb") ($(stat -c %s "$deb") bytes) in $(($(date +%s) - start)) s"

# 2. Contents and metadata.
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents"
app_id=io.github.mailready.MailReady
for f in /usr/bin/mailready \
    /usr/share/applications/$app_id.desktop \
    /usr/share/metainfo/$app_id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    /usr/share/icons/hicolor/48x48/apps/$app_id.png \
    /usr/share/icons/hicolor/512x512/apps/$app_id.png \
    /usr/share/man/man1/mailready.1.gz \
    /usr/share/bash-completion/completions/mailready \
    /usr/share/doc/mailready/changelog.gz; do
    grep -qxF "$f" "$work/contents" || fail "the package lacks $f"
done
[ "$(dpkg-deb -f "$deb" Package)" = mailready ] || fail "package name is not mailready"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Versioned library dependencies can only come from dpkg-shlibdeps reading the binary.
for lib in 'libc6 (>= ' 'libqt6core6 (>= ' 'libqt6widgets6 (>= ' 'libldns3 (>= ' 'libgmime-3.0-0 (>= '; do
    grep -qF "$lib" <<<"$depends" || fail "Depends lacks the computed '$lib...)'"
done

# 3. The changelog names this version (a release without a changelog entry fails here).
dpkg-deb --fsys-tarfile "$deb" | tar -xOf - ./usr/share/doc/mailready/changelog.gz | gzip -dc >"$work/changelog"
got=$(dpkg-parsechangelog -l "$work/changelog" -S Version)
[ "$got" = "$version" ] || fail "installers/linux/changelog's latest entry is $got, not $version: add an entry"

# 4. What a software centre makes of the installed tree: the metadata validates together with its desktop entry, and
# the AppStream compose step (as distributions run it) finds the component with its icons.
mkdir "$work/root"
dpkg-deb -x "$deb" "$work/root"
appstreamcli validate-tree --no-net --no-color "$work/root" >"$work/validate-tree.log" 2>&1 ||
    { cat "$work/validate-tree.log" >&2; fail "appstreamcli validate-tree failed"; }
appstreamcli compose --no-net --no-color --origin=mailready --result-root="$work/catalog" \
    --hints-dir="$work/hints" "$work/root" >"$work/compose.log" 2>&1 ||
    { cat "$work/compose.log" >&2; fail "appstreamcli compose failed"; }
catalog=$(gzip -dc "$work"/catalog/usr/share/swcatalog/xml/mailready.xml.gz)
for size in 64 128; do
    grep -qF "<icon type=\"cached\" width=\"$size\" height=\"$size\">$app_id.png</icon>" <<<"$catalog" ||
        fail "the composed AppStream catalog has no ${size}x$size icon for $app_id"
done
grep -qF "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" <<<"$catalog" ||
    fail "the composed AppStream catalog does not launch $app_id.desktop"
echo "AppStream: the installed tree validates and composes with icons"

# 5. Lintian, Debian's package checker: no error and no warning. Until the project has a LICENSE file there is no
# copyright file to ship; that one tag is tolerated only while LICENSE is absent.
suppress=()
[ -f "$source/LICENSE" ] || suppress=(--suppress-tags no-copyright-file)
lintian --fail-on error,warning "${suppress[@]}" "$deb" >"$work/lintian.log" 2>&1 ||
    { cat "$work/lintian.log" >&2; fail "lintian reports problems"; }
grep -E '^[EW]:' "$work/lintian.log" && fail "lintian reports problems"
rm -rf "$work/_CPack_Packages" "$work/root" "$work/catalog"
echo "lintian: clean${suppress:+ (no-copyright-file tolerated: no LICENSE yet)}"
echo "package ready: $deb"
