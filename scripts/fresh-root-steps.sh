#!/usr/bin/env bash
# The steps scripts/fresh-root runs inside a brand-new Debian 12 root (copied there as /work/fresh-steps.sh; not
# meant to be run on its own). Each step's output goes to /work/out/STEP.log and one line to /work/out/summary;
# the exit status is that of the first failed step, or 0.
set -uo pipefail
cd /work/main
out=/work/out
summary=$out/summary
: >"$summary"
status=0
steps=" ${MAILREADY_FRESH_STEPS:-run check wizard test} "

note() {
    printf '  %-6s %-55s %s\n' "$1" "$2" "$3" | tee -a "$summary"
}

# A step: NAME DESCRIPTION COMMAND...; its output to the log, a line to the summary.
step() {
    local name=$1 what=$2
    shift 2
    local t0 t1 rc
    t0=$(date +%s)
    echo "fresh-root: $what"
    "$@" >"$out/$name.log" 2>&1
    rc=$?
    t1=$(date +%s)
    if [ $rc -eq 0 ]; then
        note ok "$what" "$((t1 - t0)) s"
    else
        note FAILED "$what" "$((t1 - t0)) s, exit $rc, log $name.log"
        tail -n 40 "$out/$name.log" | sed 's/^/    | /'
        [ $status -eq 0 ] && status=$rc
    fi
    return $rc
}

# scripts/run check on a demo domain: the exit code must be the expected one (0 all good, 1 something fails).
check_demo() {
    local expect=$1 domain=$2 ip=$3 rc
    scripts/run check --domain "$domain" --hostname "mail.$domain" --ip "$ip" --nameserver "127.0.0.1:$NSD_PORT" \
        --dnsbl-catalog resources/demo/catalog.json
    rc=$?
    [ $rc -eq "$expect" ] || { echo "expected exit $expect from the check of $domain, got $rc"; return 1; }
}

# The wizard under a virtual X server: its window must appear within a minute. The tools that look at the screen
# (x11-utils, imagemagick) are installed only now, after scripts/run has installed and built everything itself.
wizard() {
    local display=:42 app xvfb shown=0
    Xvfb "$display" -screen 0 1280x1024x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
    xvfb=$!
    DISPLAY=$display scripts/run >"$out/wizard-app.log" 2>&1 &
    app=$!
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends x11-utils imagemagick >/dev/null
    for _ in $(seq 120); do
        if DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -q '"MailReady"'; then
            shown=1
            break
        fi
        kill -0 "$app" 2>/dev/null || break
        sleep 0.5
    done
    if [ $shown = 1 ]; then
        sleep 2 # let the first page paint
        DISPLAY=$display import -window root "$out/wizard.png"
        echo "the wizard's window is open; screenshot: wizard.png"
    else
        echo "the wizard's window did not appear; its output:"
        cat "$out/wizard-app.log"
    fi
    kill "$app" "$xvfb" 2>/dev/null
    wait "$app" "$xvfb" 2>/dev/null
    [ $shown = 1 ]
}

case $steps in
*" run "*)
    step run "scripts/run --version: install and build the program" scripts/run --version || exit $status
    ;;
esac
case $steps in
*" check "*)
    demo_state=$(mktemp -d)
    if MAILREADY_ZONE_DIRS=resources/demo/zones tests/dns/fixture.sh start "$demo_state" >"$out/demo-dns.log" 2>&1; then
        # shellcheck disable=SC1091
        . "$demo_state/env"
        step check-good "scripts/run check: good.demo passes (exit 0)" check_demo 0 good.demo 198.19.25.25
        step check-bad "scripts/run check: bad.demo fails (exit 1)" check_demo 1 bad.demo 198.19.66.66
    else
        note FAILED "the demo's NSD did not start" "log demo-dns.log"
        status=1
    fi
    tests/dns/fixture.sh stop "$demo_state" >/dev/null 2>&1
    ;;
esac
case $steps in
*" wizard "*) step wizard "scripts/run: the wizard opens under Xvfb" wizard ;;
esac
case $steps in
*" test "*)
    # Its output goes to the terminal too: ctest's summary is what a reader (and CI) looks for.
    t0=$(date +%s)
    echo "fresh-root: scripts/test $*"
    scripts/test "$@" 2>&1 | tee "$out/test.log"
    rc=${PIPESTATUS[0]}
    t1=$(date +%s)
    if [ "$rc" -eq 0 ]; then
        note ok "scripts/test $*" "$((t1 - t0)) s"
    else
        note FAILED "scripts/test $*" "$((t1 - t0)) s, exit $rc, log test.log"
        grep -A100 'The following tests FAILED' "$out/test.log" | grep -E '^\s+[0-9]+ - ' | sed 's/^/    /' |
            tee -a "$summary"
        [ $status -eq 0 ] && status=$rc
    fi
    ;;
esac
exit $status
