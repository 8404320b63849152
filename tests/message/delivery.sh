#!/usr/bin/env bash
# The real delivery path for `mailready message`: a sending OpenSMTPD (loop.message.test) that signs with
# filter-dkimsign relays to a receiving OpenSMTPD (mx.receiver.test), both on loopback, and the receiver's maildir
# file is what `message` reads.
#   sender:   listens on 127.0.0.1:SUBMIT; filter-dkimsign signs twice, d=message.test s=good (RSA, the key of
#             tests/dkim/good.private.pem) and s=ed (Ed25519, tests/dkim/ed.private.pem); relays everything with plain
#             SMTP from 127.0.0.60 (loop.message.test in the test zones) and EHLO loop.message.test
#   receiver: listens on 127.0.0.1:MX and stores mail for receiver.test in STATE_DIR/mail/<local part>/ (maildir)
# One message From: user@message.test with MAIL FROM bounce@bounces.message.test goes through it.
# Usage: delivery.sh STATE_DIR  (as root; OpenSMTPD drops privileges to its own users)
# Prints the stored file's path once it arrived (at most 20 s); exits 1 with the servers' logs on stderr otherwise.
# Every process it starts is stopped on exit, also on failure.
# MAILREADY_DELIVERY_KEY names another RSA private key to sign with instead of good.private.pem (to see the path fail).
set -euo pipefail
state=${1:?state directory}
here=$(cd "$(dirname "$0")" && pwd)
key_source=${MAILREADY_DELIVERY_KEY:-$here/../dkim/good.private.pem}
PY=/usr/bin/python3
SENDER_IP=127.0.0.60
FILTER=/usr/libexec/opensmtpd/filter-dkimsign

# shellcheck source=../support/processes.sh
. "$here/../support/processes.sh"

free_port() {
    "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Waits until 127.0.0.1:PORT accepts connections, or the process of STATE_DIR/NAME.pid is gone.
wait_port() {
    for _ in $(seq 100); do
        alive "$(cat "$state/$2.pid")" || return 1
        "$PY" -c 'import socket,sys; socket.create_connection(("127.0.0.1",int(sys.argv[1])),timeout=0.5).close()' "$1" \
            2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

show_logs() {
    local f
    for f in "$state"/receiver/smtpd.log "$state"/sender/smtpd.log; do
        [ -f "$f" ] && { echo "--- $f" >&2; tail -n 40 "$f" >&2; }
    done
}

fail() {
    echo "delivery.sh: $*" >&2
    show_logs
    exit 1
}

# Starts one OpenSMTPD in the foreground in a mount namespace of its own: its own control socket (/run) and queue
# (/var/spool), and an /etc/hosts and /etc/resolv.conf that answer every name it looks up (the reverse name of a
# client for its Received: line) from the file, so it never asks a name server outside. unshare and sh exec into
# smtpd, so the recorded PID is smtpd's.
start_smtpd() {
    local dir=$1
    mkdir -p "$dir/run" "$dir/spool/smtpd"
    chmod 711 "$dir/spool/smtpd"
    printf '127.0.0.1 localhost\n%s loop.message.test\n' "$SENDER_IP" >"$dir/hosts"
    printf 'lookup file\nnameserver 127.0.0.1\n' >"$dir/resolv.conf"
    smtpd -n -f "$dir/smtpd.conf" >"$dir/check.log" 2>&1 || fail "smtpd refuses $dir/smtpd.conf: $(cat "$dir/check.log")"
    unshare --mount --propagation private sh -c \
        'mount --bind "$1/run" /run && mount --bind "$1/spool" /var/spool && mount --bind "$1/hosts" /etc/hosts &&
         mount --bind "$1/resolv.conf" /etc/resolv.conf && exec smtpd -d -f "$1/smtpd.conf"' \
        sh "$dir" >"$dir/smtpd.log" 2>&1 &
    echo $! >"$state/$(basename "$dir").pid"
}

[ "$(id -u)" = 0 ] || { echo "delivery.sh: OpenSMTPD must start as root" >&2; exit 1; }
[ -x "$FILTER" ] ||
    { echo "delivery.sh: $FILTER is missing (scripts/setup installs opensmtpd-filter-dkimsign)" >&2; exit 1; }
stop
rm -rf "$state"/receiver "$state"/sender "$state"/mail
mkdir -p "$state/receiver" "$state/sender" "$state/mail"
trap stop EXIT
# smtpd's users, the delivery user (nobody) and the filter's user (_dkimsign) reach their files under STATE_DIR
chmod 711 "$state"
chown nobody "$state/mail"

mx=$(free_port)
submit=$(free_port)

cat >"$state/receiver/smtpd.conf" <<CONF
listen on 127.0.0.1 port $mx hostname mx.receiver.test
table users { "user@receiver.test" = "nobody" }
action "store" maildir "$state/mail/%{rcpt.user}" virtual <users>
match from any for domain "receiver.test" action "store"
CONF

# filter-dkimsign runs as _dkimsign and reads the keys itself: copies it owns, readable by nobody else
keys=$state/sender/dkim
install -d -m 700 -o _dkimsign -g _dkimsign "$keys"
install -m 400 -o _dkimsign -g _dkimsign "$key_source" "$keys/good.key" || fail "cannot copy the key $key_source"
install -m 400 -o _dkimsign -g _dkimsign "$here/../dkim/ed.private.pem" "$keys/ed.key"
cat >"$state/sender/smtpd.conf" <<CONF
filter "sign_rsa" proc-exec "$FILTER -d message.test -s good -k $keys/good.key" user _dkimsign group _dkimsign
filter "sign_ed25519" proc-exec "$FILTER -a ed25519-sha256 -d message.test -s ed -k $keys/ed.key" user _dkimsign group _dkimsign
filter "sign" chain { "sign_rsa", "sign_ed25519" }
listen on 127.0.0.1 port $submit hostname loop.message.test filter "sign"
action "relay" relay host "smtp+notls://127.0.0.1:$mx" src $SENDER_IP helo loop.message.test
match from any for domain "receiver.test" action "relay"
CONF

start_smtpd "$state/receiver"
wait_port "$mx" receiver || fail "the receiving OpenSMTPD does not listen on 127.0.0.1:$mx"
start_smtpd "$state/sender"
wait_port "$submit" sender || fail "the sending OpenSMTPD does not listen on 127.0.0.1:$submit"

"$PY" - "$submit" <<'PYEOF' || fail "submitting to the sending OpenSMTPD failed"
import email.utils, smtplib, sys
message = ("From: A User <user@message.test>\r\n"
           "To: <user@receiver.test>\r\n"
           "Subject: delivery test\r\n"
           f"Date: {email.utils.formatdate()}\r\n"
           f"Message-ID: {email.utils.make_msgid(domain='message.test')}\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=us-ascii\r\n"
           "\r\n"
           "This message was signed by filter-dkimsign and relayed by OpenSMTPD on loopback.\r\n"
           "A second line, so that a changed body is easy to make.\r\n")
# A fixed EHLO name: smtplib would otherwise announce whatever this machine is called.
with smtplib.SMTP("127.0.0.1", int(sys.argv[1]), local_hostname="submit.message.test", timeout=10) as s:
    s.sendmail("bounce@bounces.message.test", ["user@receiver.test"], message)
PYEOF

stored=
for _ in $(seq 200); do
    stored=$(find "$state/mail/user/new" -type f 2>/dev/null | head -n 1 || true)
    [ -n "$stored" ] && break
    sleep 0.1
done
[ -n "$stored" ] || fail "no message arrived in $state/mail/user/new within 20 s"
echo "$stored"
