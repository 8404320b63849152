#!/usr/bin/env bash
# Installs the .deb that deb_build.sh made from this build tree with apt-get, runs the installed /usr/bin/mailready
# (--version, and a check against the test NSD), then removes it and checks that every file it brought is gone.
# Needs root (it installs a package): exits 77, which ctest reports as skipped, otherwise. Never touches a mailready
# that was installed before it started, and removes what it installed on every exit path, failure included.
# Usage: deb_install.sh PACKAGE_DIR VERSION STATE_DIR
set -euo pipefail
# shellcheck source=common.sh
. "$(dirname "$0")/common.sh"
package_dir=${1:?directory holding the .deb}
version=${2:?project version}
state=${3:?DNS fixture state directory}

if [ "$(id -u)" != 0 ]; then
    echo "SKIP: installing the package needs root"
    exit 77
fi
for tool in apt-get flock; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/setup installs it)"
done

# One package test at a time on this machine, whichever build tree it comes from.
exec 9>/run/lock/mailready-package-test.lock
flock -w 300 9 || fail "another package test holds /run/lock/mailready-package-test.lock"

# A package this test installed and could not remove (the test was killed) is marked; take it away first.
marker=/run/lock/mailready-package-test.installed
# dpkg's two-letter state of the mailready package ('ii' installed, 'rc' removed, empty: unknown to dpkg).
package_state() { dpkg-query -W -f='${db:Status-Abbrev}' mailready 2>/dev/null | tr -d ' ' || true; }
is_installed() { [[ $(package_state) == ?i ]]; }
if [ -f "$marker" ] && is_installed; then
    echo "removing the mailready package an interrupted run of this test left installed"
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=120 mailready >/dev/null
fi
rm -f "$marker"
if is_installed; then
    echo "SKIP: a mailready package is already installed here; this test leaves it alone"
    exit 77
fi
if [ -e /usr/bin/mailready ]; then
    echo "SKIP: /usr/bin/mailready exists outside any package; this test leaves it alone"
    exit 77
fi

work=$(mktemp -d /tmp/mailready-deb.XXXXXX)
installed=0
cleanup() {
    local rc=$?
    if [ "$installed" = 1 ] && is_installed; then
        echo "cleanup: removing the test's mailready package"
        DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq -o DPkg::Lock::Timeout=120 mailready >/dev/null 2>&1 ||
            dpkg --purge mailready >/dev/null 2>&1 || echo "cleanup: could not remove mailready" >&2
    fi
    is_installed || rm -f "$marker"
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP PIPE

debs=("$package_dir"/mailready_"$version"_*.deb)
[ -f "${debs[0]}" ] || fail "no mailready_${version}_*.deb in $package_dir (pkg_deb_build makes it)"
deb=$(realpath "${debs[0]}") # apt-get takes a path only when it starts with / or ./
start=$(date +%s)
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents"
app_id=io.github.mailready.MailReady

# 1. Install it the way a user would.
installed=1
touch "$marker"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=120 "$deb" \
    >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "apt-get install failed"; }
[ "$(package_state)" = ii ] || fail "mailready is not installed after apt-get"
echo "installed with apt-get"

# 2. Run the installed files only: a clean environment, from /, nothing from the build tree.
run() { (cd / && env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 NO_COLOR=1 "$@"); }
# Debian policy: no run path (and so nothing found through the build tree).
dynamic=$(readelf -d /usr/bin/mailready)
! grep -E 'R(UN)?PATH' <<<"$dynamic" || fail "/usr/bin/mailready carries a run path"

got=$(run mailready --version) || fail "mailready --version failed"
[ "$got" = "mailready $version" ] || fail "mailready --version printed '$got', expected 'mailready $version'"
echo "installed: $got"

# shellcheck source=/dev/null
. "$state/env"
rc=0
run /usr/bin/mailready check --domain example.test --ip 192.0.2.10 --nameserver "127.0.0.1:$NSD_PORT" --timeout 1000 \
    --json >"$work/check.json" 2>"$work/check.err" || rc=$?
case $rc in 0 | 1 | 2) ;; *) cat "$work/check.err" >&2; fail "installed mailready check exited $rc" ;; esac
/usr/bin/python3 - "$work/check.json" "$NSD_PORT" <<'PYEOF' || fail "the installed check's JSON is wrong"
import json
import sys

report = json.load(open(sys.argv[1]))
assert report["schema"] == "mailready.check/1", report["schema"]
assert report["domain"] == "example.test", report["domain"]
checks = {c["id"]: c for c in report["checks"]}
ptr = checks["ptr"]
assert ptr["status"] == "pass", ptr
assert any(i.get("ip") == "192.0.2.10" and i["status"] == "pass" for i in ptr["items"]), ptr["items"]
servers = {e.get("server") for c in report["checks"] for e in c.get("evidence", [])}
assert f"127.0.0.1:{sys.argv[2]}" in servers, servers
print(f"installed check: status {report['status']}, ptr pass for 192.0.2.10, answered by 127.0.0.1:{sys.argv[2]}")
PYEOF
echo "installed check exit code: $rc"

# The wizard starts from the installed files with only the computed dependencies: under a virtual X display it
# is still running (and so killed by timeout, 124) after 4 seconds.
rc=0
run xvfb-run -a timeout 4 /usr/bin/mailready >"$work/gui.log" 2>&1 || rc=$?
[ "$rc" = 124 ] || { cat "$work/gui.log" >&2; fail "the installed wizard did not keep running (exit $rc)"; }
echo "installed wizard starts on X11"

[ "$(man -w mailready)" = /usr/share/man/man1/mailready.1.gz ] || fail "man -w mailready: $(man -w mailready 2>&1)"
desktop-file-validate /usr/share/applications/$app_id.desktop || fail "installed desktop entry is invalid"
bash -c '. /usr/share/bash-completion/completions/mailready && complete -p mailready' >/dev/null ||
    fail "the installed bash completion does not load"

# 3. Remove it; every file it brought is gone.
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq -o DPkg::Lock::Timeout=120 mailready >"$work/remove.log" 2>&1 ||
    { cat "$work/remove.log" >&2; fail "apt-get remove failed"; }
installed=0
! is_installed || fail "mailready still installed"
left=()
while read -r f; do
    [ -n "$f" ] && [ ! -d "$f" ] && [ -e "$f" ] && left+=("$f")
done <"$work/contents"
[ ${#left[@]} -eq 0 ] || fail "files left after apt-get remove: ${left[*]}"
echo "removed with apt-get: all $(grep -vc '/$' "$work/contents") files gone; total $(($(date +%s) - start)) s"
