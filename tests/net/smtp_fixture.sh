#!/usr/bin/env bash
# Starts and stops the SMTP servers the smtp and port25 tests talk to, all on 127.0.0.1:
#   OpenSMTPD (the Debian package) in the foreground, one plain listener and one offering STARTTLS with a self-signed
#   certificate for mx.rdns.test made here with openssl (the key never leaves STATE_DIR)
#   tcp_stub.py: servers that stay silent, talk garbage, answer 421/554, stall after the greeting, or complete
#   STARTTLS with the same certificate. OpenSMTPD 6.8.0p2 on Debian 12 offers STARTTLS but fails every handshake
#   with OpenSSL 3 ("EVP lib", OpenSMTPD issues #1171 and #1239); the tests keep that as a real failing server.
# Usage: smtp_fixture.sh start|stop STATE_DIR
# start writes STATE_DIR/env (SMTPD_PLAIN_PORT, SMTPD_TLS_PORT, STUB_<MODE>_PORT, CLOSED_PORT); stop ends every
# process it started, by the PIDs it recorded.
set -euo pipefail
cmd=${1:?start or stop}
state=${2:?state directory}
here=$(cd "$(dirname "$0")" && pwd)
PY=/usr/bin/python3

# shellcheck source=../support/processes.sh
. "$here/../support/processes.sh"

free_port() {
    "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

wait_port() {
    for _ in $(seq 100); do
        "$PY" -c 'import socket,sys; socket.create_connection(("127.0.0.1",int(sys.argv[1])),timeout=0.5).close()' "$1" \
            2>/dev/null && return 0
        sleep 0.1
    done
    return 1
}

case "$cmd" in
stop)
    stop
    exit 0
    ;;
start)
    stop
    mkdir -p "$state"
    rm -f "$state"/env "$state"/*.log
    if [ "$(id -u)" != 0 ]; then
        echo "OpenSMTPD must start as root (it drops privileges to its own users)" >&2
        exit 1
    fi
    openssl req -x509 -newkey rsa:2048 -nodes -days 3 -subj /CN=mx.rdns.test \
        -addext subjectAltName=DNS:mx.rdns.test -keyout "$state/key.pem" -out "$state/cert.pem" 2>/dev/null
    chmod 600 "$state/key.pem"
    plain=$(free_port)
    tls=$(free_port)
    cat >"$state/smtpd.conf" <<CONF
pki mx.rdns.test cert "$state/cert.pem"
pki mx.rdns.test key "$state/key.pem"
listen on 127.0.0.1 port $plain hostname mx.rdns.test
listen on 127.0.0.1 port $tls tls pki mx.rdns.test hostname mx.rdns.test
action "refuse" mbox
match from any for any reject
CONF
    smtpd -n -f "$state/smtpd.conf" >/dev/null 2>&1 || { smtpd -n -f "$state/smtpd.conf"; exit 1; }
    # smtpd's control socket (/run/smtpd.sock) and queue (/var/spool/smtpd) are fixed paths. A private mount
    # namespace gives this instance its own, so another test run or a system smtpd does not collide with it. The
    # queue's own folder exists only once a system smtpd has run, so the mount covers /var/spool (which every Debian
    # has) with a folder of ours that holds it.
    # -d: stay in the foreground; unshare and sh exec into smtpd, so the job's PID is smtpd's, ours to stop.
    mkdir -p "$state/run" "$state/spool/smtpd"
    chmod 711 "$state/spool/smtpd"
    unshare --mount --propagation private sh -c \
        'mount --bind "$1/run" /run && mount --bind "$1/spool" /var/spool && exec smtpd -d -f "$1/smtpd.conf"' \
        sh "$state" >"$state/smtpd.log" 2>&1 &
    echo $! >"$state/smtpd.pid"
    "$PY" "$here/tcp_stub.py" --cert "$state/cert.pem" --key "$state/key.pem" >"$state/stub.out" 2>"$state/stub.log" &
    echo $! >"$state/stub.pid"
    if ! wait_port "$plain" || ! wait_port "$tls"; then
        echo "OpenSMTPD did not start listening on 127.0.0.1:$plain/$tls" >&2
        cat "$state/smtpd.log" >&2 || true
        stop
        exit 1
    fi
    for _ in $(seq 100); do grep -q READY "$state/stub.out" && break; sleep 0.1; done
    grep -q READY "$state/stub.out" || { echo "tcp_stub.py did not start" >&2; stop; exit 1; }
    {
        echo "SMTPD_PLAIN_PORT=$plain"
        echo "SMTPD_TLS_PORT=$tls"
        grep '=' "$state/stub.out" | tr 'a-z-' 'A-Z_' | sed 's/^/STUB_/; s/=/_PORT=/'
        echo "CLOSED_PORT=$(free_port)"
    } >"$state/env"
    echo "SMTP fixture: OpenSMTPD on 127.0.0.1:$plain (plain) and :$tls (STARTTLS), stubs $(grep -c '=' "$state/stub.out")"
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 64
    ;;
esac
