#!/usr/bin/env bash
# A bounce made by a real MTA, read by `mailready bounce`: OpenSMTPD (the Debian package) on 127.0.0.1 relays a
# message to rejecting_mx.py, which refuses the recipient with Postfix's blocklist reply (554 5.7.1 ... blocked using
# zen.spamhaus.org); OpenSMTPD then writes its bounce (DSN) to the sender, whose domain the same stub accepts and
# stores. `mailready bounce FILE --json` must recognize that file as a blocklist rejection. Loopback only.
# Usage: bounce_mta.sh MAILREADY_BINARY STATE_DIR
set -euo pipefail
binary=${1:?mailready binary}
state=${2:?state directory}
here=$(cd "$(dirname "$0")" && pwd)
PY=/usr/bin/python3

# shellcheck source=../support/processes.sh
. "$here/../support/processes.sh"
fail() {
    echo "FAIL: $*" >&2
    for log in "$state"/smtpd.log "$state"/mx.log; do [ -f "$log" ] && { echo "--- $log" >&2; tail -20 "$log" >&2; }; done
    stop
    exit 1
}
[ "$(id -u)" = 0 ] || { echo "OpenSMTPD must start as root (it drops privileges to its own users)" >&2; exit 1; }

stop
rm -rf "$state"
mkdir -p "$state/mail" "$state/run" "$state/spool/smtpd"
chmod 711 "$state/spool/smtpd"

"$PY" "$here/rejecting_mx.py" --accept-domain home.test --out "$state/mail" >"$state/mx.out" 2>"$state/mx.log" &
echo $! >"$state/mx.pid"
for _ in $(seq 100); do grep -q READY "$state/mx.out" && break; sleep 0.1; done
mx=$(sed -n 's/^PORT=//p' "$state/mx.out")
[ -n "$mx" ] || fail "rejecting_mx.py did not start"

port=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
cat >"$state/smtpd.conf" <<CONF
listen on 127.0.0.1 port $port hostname sender.home.test
action "out" relay host smtp+notls://127.0.0.1:$mx helo sender.home.test
match from any for any action "out"
CONF
smtpd -n -f "$state/smtpd.conf" >/dev/null 2>&1 || { smtpd -n -f "$state/smtpd.conf"; fail "smtpd.conf is invalid"; }
# Its own control socket and queue, as in smtp_fixture.sh: a private mount namespace over /run and /var/spool.
unshare --mount --propagation private sh -c \
    'mount --bind "$1/run" /run && mount --bind "$1/spool" /var/spool && exec smtpd -d -f "$1/smtpd.conf"' \
    sh "$state" >"$state/smtpd.log" 2>&1 &
echo $! >"$state/smtpd.pid"

"$PY" - "$port" <<'SEND' || fail "could not hand the message to OpenSMTPD"
import smtplib, sys, time
for _ in range(100):
    try:
        s = smtplib.SMTP("127.0.0.1", int(sys.argv[1]), timeout=10)
        break
    except OSError:
        time.sleep(0.1)
else:
    sys.exit("OpenSMTPD does not listen")
s.sendmail("alice@home.test", ["bob@remote.test"],
           b"From: alice@home.test\r\nTo: bob@remote.test\r\nSubject: will bounce\r\n\r\nHello.\r\n")
s.quit()
SEND

bounce=''
for _ in $(seq 300); do
    bounce=$(ls "$state"/mail/*.eml 2>/dev/null | head -1 || true)
    [ -n "$bounce" ] && break
    sleep 0.1
done
[ -n "$bounce" ] || fail "OpenSMTPD wrote no bounce within 30 s"
cp "$bounce" "$state/bounce.eml"
stop

out=$("$binary" bounce "$state/bounce.eml" --json) || fail "mailready bounce exited $?"
"$PY" - "$out" <<'CHECK' || fail "mailready bounce did not recognize OpenSMTPD's bounce: $out"
import json, sys
doc = json.loads(sys.argv[1])
assert doc["schema"] == "mailready.bounce/1", doc
assert doc["recognized"] is True, doc
m = [x for x in doc["matches"] if x["recognized"]]
assert m and m[0]["threshold"] == "dnsbl" and m[0]["code"] == "554 5.7.1", m
assert m[0]["recipient"] == "bob@remote.test", m
CHECK
echo "OpenSMTPD's bounce ($(grep -c '' "$state/bounce.eml") lines) recognized: dnsbl, 554 5.7.1, bob@remote.test"
