#!/usr/bin/env bash
# `mailready watch` with a real systemd user manager: a throwaway user gets its own `systemd --user`, and as that user
# `watch install` writes and enables the timer, `watch status` reads it back from systemd (enabled, the next run),
# the service started by systemd runs the checks against the DNS fixture and keeps a history, and `watch remove`
# takes it all away again.
#
# Usage: systemd_user.sh MAILREADY DNS_STATE_DIR   (as root: it adds the user, a cgroup and a private mount namespace)
# Exits 77 (skipped) when no user manager can be started here: not root, no systemd, no writable cgroup v2 hierarchy
# (a container that mounts it read-only), or the manager does not come up. Everything it made is removed on exit:
# the manager and its processes, the cgroup, the user, the temporary folder.
#
# A user manager wants a machine booted with systemd (/run/systemd/system) and a cgroup it may manage. Neither is
# given in a container or a chroot, so the script makes both for itself only: /run/systemd is a tmpfs in the private
# mount namespace the whole script runs in, and the cgroup is a child of the v2 root delegated to the user, as
# systemd's user@.service would.
set -euo pipefail
mailready=${1:?mailready binary}
dns_state=${2:?DNS fixture state directory}
here=$(cd "$(dirname "$0")" && pwd)
domain=good.demo

skip() {
    echo "SKIP: $*" >&2
    exit 77
}

if [ "${3:-}" != --inside ]; then
    [ "$(id -u)" = 0 ] || skip "needs root (it adds a user and a cgroup)"
    [ -x /lib/systemd/systemd ] || skip "no /lib/systemd/systemd"
    { command -v runuser && command -v useradd; } >/dev/null || skip "no runuser or useradd"
    command -v unshare >/dev/null || skip "no unshare"
    exec unshare --mount --propagation private "$0" "$mailready" "$dns_state" --inside
fi

# ---- inside a private mount namespace ----------------------------------------------------------------------------
[ -d /run/systemd/system ] || { mkdir -p /run/systemd && mount -t tmpfs -o mode=755 tmpfs /run/systemd &&
    mkdir /run/systemd/system; } || skip "could not make /run/systemd/system in a private mount namespace"
cgroot=$(findmnt -n -t cgroup2 -o TARGET | head -n 1)
[ -n "$cgroot" ] || skip "no cgroup v2 hierarchy is mounted"

tmp=$(mktemp -d /tmp/mrsd.XXXXXX)
chmod 755 "$tmp"
user=mrwatch$$
cg=$cgroot/mailready-watch-test-$$
manager=
cleanup() {
    set +e
    [ -n "$manager" ] && kill "$manager" 2>/dev/null && for _ in $(seq 50); do
        kill -0 "$manager" 2>/dev/null || break
        sleep 0.1
    done
    if [ -d "$cg" ]; then
        # Whatever the manager left behind, then the cgroups it made, innermost first.
        find "$cg" -name cgroup.procs -print0 | xargs -0r cat 2>/dev/null | xargs -r kill -9 2>/dev/null
        sleep 0.2
        find "$cg" -depth -type d -exec rmdir {} \; 2>/dev/null
    fi
    id "$user" >/dev/null 2>&1 && userdel "$user" 2>/dev/null
    declare -F sanitizer_reports >/dev/null && sanitizer_reports
    rm -rf "$tmp"
}
trap cleanup EXIT

home=$tmp/home
runtime=$tmp/run
useradd --system --no-create-home --home-dir "$home" --shell /usr/sbin/nologin "$user" || skip "useradd failed"
mkdir -p "$home" "$runtime" "$tmp/bin"
chmod 700 "$runtime"
chown "$user:" "$home" "$runtime"
mkdir "$cg" 2>/dev/null || skip "cannot make a cgroup under $cgroot (read-only here?)"
chown -R "$user:" "$cg"

# The program and what it reads, where the user can read them (a build folder under /root is not).
install -m 755 "$mailready" "$tmp/bin/mailready"
install -m 644 "$here/../../resources/demo/catalog.json" "$tmp/catalog.json"
# shellcheck disable=SC1091
. "$dns_state/env"

# Under scripts/test-sanitize the sanitizers' settings name a report folder and a suppressions file in the build and
# source trees, which the user may not be able to reach: its own copies, in the temporary folder.
sanitizer_env=()
mkdir -m 777 "$tmp/sanitize"
for v in ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS; do
    [ -n "${!v:-}" ] || continue
    value=${!v}
    if [[ "$value" =~ suppressions=([^:]*) ]]; then
        install -m 644 "${BASH_REMATCH[1]}" "$tmp/sanitize-${v%%_*}.supp"
        value=${value/suppressions=${BASH_REMATCH[1]}/suppressions=$tmp/sanitize-${v%%_*}.supp}
    fi
    [[ "$value" =~ log_path=([^:]*) ]] && value=${value/log_path=${BASH_REMATCH[1]}/log_path=$tmp/sanitize/${v%%_*}}
    sanitizer_env+=("$v=$value")
done
sanitizer_reports() {
    local f found=1
    for f in "$tmp"/sanitize/*; do
        [ -f "$f" ] || continue
        echo "FAIL: a sanitizer report, $f:" >&2
        cat "$f" >&2
        found=0
    done
    return $found
}

as_user() {
    runuser -u "$user" -- env -i HOME="$home" XDG_RUNTIME_DIR="$runtime" PATH=/usr/bin:/bin LANG=C.UTF-8 USER="$user" \
        "${sanitizer_env[@]}" "$@"
}

# The manager, in the delegated cgroup: the subshell moves itself there, then becomes the user's systemd.
(echo "$BASHPID" >"$cg/cgroup.procs" && exec runuser -u "$user" -- env -i HOME="$home" XDG_RUNTIME_DIR="$runtime" \
    PATH=/usr/bin:/bin LANG=C.UTF-8 /lib/systemd/systemd --user) >"$tmp/manager.log" 2>&1 &
manager=$!
state=
for _ in $(seq 100); do
    state=$(as_user systemctl --user is-system-running 2>/dev/null || true)
    case "$state" in running | degraded) break ;; esac
    kill -0 "$manager" 2>/dev/null || break
    sleep 0.1
done
case "$state" in
running | degraded) ;;
*) skip "the user manager did not come up ($state): $(tail -n 3 "$tmp/manager.log" | tr '\n' ' ')" ;;
esac
# What the service runs gets the sanitizers' settings too (the manager's environment is its own).
[ ${#sanitizer_env[@]} = 0 ] || as_user systemctl --user set-environment "${sanitizer_env[@]}"

failures=0
verdict() { # verdict DESCRIPTION OK(0|1) WHAT-WAS-SEEN
    if [ "$2" = 0 ]; then
        echo "ok: $1"
    else
        printf 'FAIL: %s; saw:\n%s\n' "$1" "$3" >&2
        failures=$((failures + 1))
    fi
}
check() { # check DESCRIPTION TEXT PATTERN: TEXT matches the extended regular expression
    local r=0
    grep -Eq -- "$3" <<<"$2" || r=1
    verdict "$1" "$r" "$2"
}
refute() { # refute DESCRIPTION TEXT PATTERN: TEXT does not match it
    local r=0
    grep -Eq -- "$3" <<<"$2" && r=1
    verdict "$1" "$r" "$2"
}

out=$(as_user "$tmp/bin/mailready" watch install --domain "$domain" --every 15min --hostname mail.good.demo \
    --ip 198.19.25.25 --nameserver "127.0.0.1:$NSD_PORT" --dnsbl-catalog "$tmp/catalog.json" 2>&1) ||
    { echo "FAIL: watch install: $out" >&2; exit 1; }
check "install enables the timer" "$out" "ran: systemctl --user enable --now mailready-watch-$domain\.timer -> ok"
check "the timer is active in the manager" "$(as_user systemctl --user is-active "mailready-watch-$domain.timer")" \
    "^active$"

out=$(as_user "$tmp/bin/mailready" watch status --domain "$domain" 2>&1)
check "status: installed and enabled" "$out" "schedule:  installed \(.*\), enabled, every 15min"
check "status: no history before the first run" "$out" "history:   none yet"
next=$(sed -n 's/^  next run:  \([0-9-]* [0-9:]*\) UTC$/\1/p' <<<"$out")
check "status: the next run from systemd" "$out" "next run:  [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} UTC"
if [ -n "$next" ]; then
    # A 15-minute timer's next run lies ahead, at most 15 minutes (the minute shown is cut, not rounded).
    in=$(($(date -u -d "$next" +%s) - $(date -u +%s)))
    ok=1
    [ "$in" -ge -60 ] && [ "$in" -le 900 ] && ok=0
    verdict "status: the next run ($next UTC) is within the interval" "$ok" "in $in s"
fi

# A run as systemd runs it (Type=oneshot: start returns when it has ended).
as_user systemctl --user start "mailready-watch-$domain.service" ||
    { echo "FAIL: the service failed:" >&2; as_user systemctl --user status "mailready-watch-$domain.service" >&2; exit 1; }
out=$(as_user "$tmp/bin/mailready" watch status --domain "$domain" 2>&1)
check "status: the run is in the history" "$out" "last run:  .* \(1 run since "
check "status: what the run found" "$out" "SPF: good, unchanged since setup"
check "the history file is the user's" "$(stat -c %U "$home/.local/state/mailready/watch-$domain.json" 2>&1)" "^$user$"
echo "$out"

out=$(as_user "$tmp/bin/mailready" watch remove --domain "$domain" 2>&1) ||
    { echo "FAIL: watch remove: $out" >&2; exit 1; }
check "remove: the unit files are gone" "$(find "$home/.config/systemd/user" -name 'mailready-watch-*' | wc -l)" "^0$"
refute "remove: systemd has no such timer" "$(as_user systemctl --user list-timers --all 2>&1)" "mailready-watch-$domain"
check "status after remove" "$(as_user "$tmp/bin/mailready" watch status --domain "$domain" 2>&1)" \
    "schedule:  not installed"

compgen -G "$tmp/sanitize/*" >/dev/null && failures=$((failures + 1)) # printed on the way out
[ "$failures" = 0 ] || { echo "$failures check(s) failed" >&2; exit 1; }
echo "watch with a real systemd user manager: all checks passed"
