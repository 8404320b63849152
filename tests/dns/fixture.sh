#!/usr/bin/env bash
# Starts and stops the real DNS servers the tests talk to, all on loopback:
#   NSD, authoritative for every zone in zones/ (file name = zone name + .zone)
#   stub servers (stub_dns.py) that answer SERVFAIL or REFUSED, or never answer, for the failure classes NSD cannot produce
# Usage: fixture.sh start|stop STATE_DIR
# MAILREADY_ZONE_DIRS (colon-separated) names the folders of zone files; default: tests/dns/zones and the demo's
# resources/demo/zones, so the demo zones are checked and served in every test run too.
# start writes STATE_DIR/env with NSD_PORT, SERVFAIL_PORT, SILENT_PORT, REFUSED_PORT, NXDOMAIN_PORT, CLOSED_PORT and IPV6 (1 when ::1 is served);
# stop ends every process it started, by the PIDs it recorded.
set -euo pipefail
cmd=${1:?start or stop}
state=${2:?state directory}
here=$(cd "$(dirname "$0")" && pwd)
PY=/usr/bin/python3
IFS=: read -r -a zone_dirs <<<"${MAILREADY_ZONE_DIRS:-$here/zones:$here/../../resources/demo/zones}"
zone_files=()
for dir in "${zone_dirs[@]}"; do
    for zone in "$dir"/*.zone; do
        [ -f "$zone" ] && zone_files+=("$(cd "$(dirname "$zone")" && pwd)/$(basename "$zone")")
    done
done

# shellcheck source=../support/processes.sh
. "$here/../support/processes.sh"

# A port free for both UDP and TCP on 127.0.0.1 (and ::1 when present).
free_port() {
    "$PY" - <<'PYEOF'
import socket
for _ in range(200):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]
    try:
        t = socket.socket(socket.AF_INET, socket.SOCK_STREAM); t.bind(("127.0.0.1", port)); t.close()
        try:
            u6 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM); u6.bind(("::1", port)); u6.close()
            t6 = socket.socket(socket.AF_INET6, socket.SOCK_STREAM); t6.bind(("::1", port)); t6.close()
        except OSError as e:
            if e.errno != 99:  # EADDRNOTAVAIL: no IPv6 loopback here, fine
                raise
        s.close(); print(port); break
    except OSError:
        s.close()
PYEOF
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
    ipv6=0
    grep -q '00000000000000000000000000000001 .* lo$' /proc/net/if_inet6 2>/dev/null && ipv6=1
    nsd_port=$(free_port)
    {
        echo "server:"
        echo "    ip-address: 127.0.0.1@$nsd_port"
        [ "$ipv6" = 1 ] && echo "    ip-address: ::1@$nsd_port"
        echo "    port: $nsd_port"
        echo "    username: \"\""
        echo "    chroot: \"\""
        echo "    pidfile: \"$state/nsd.pid\""
        echo "    database: \"\""
        echo "    zonelistfile: \"$state/zone.list\""
        echo "    xfrdfile: \"$state/xfrd.state\""
        echo "    xfrdir: \"$state\""
        echo "    logfile: \"$state/nsd.log\""
        echo "    server-count: 1"
        echo "    tcp-count: 200"
        echo "    verbosity: 1"
        echo "    hide-version: yes"
        echo "    refuse-any: yes"
        echo "remote-control:"
        echo "    control-enable: no"
        for zone in "${zone_files[@]}"; do
            name=$(basename "$zone" .zone)
            echo "zone:"
            echo "    name: \"$name\""
            echo "    zonefile: \"$zone\""
        done
    } >"$state/nsd.conf"
    nsd-checkconf "$state/nsd.conf"
    for zone in "${zone_files[@]}"; do
        nsd-checkzone "$(basename "$zone" .zone)" "$zone" >/dev/null
    done
    probe_zone=$(basename "${zone_files[0]}" .zone)
    # -d: stay in the foreground of its own background job, so its PID is ours to stop.
    nsd -d -c "$state/nsd.conf" >"$state/nsd.out" 2>&1 &
    echo $! >"$state/nsd.pid.job"
    mv "$state/nsd.pid.job" "$state/nsd-main.pid"

    servfail_port=$(free_port)
    "$PY" "$here/stub_dns.py" --mode servfail --port "$servfail_port" >"$state/servfail.log" 2>&1 &
    echo $! >"$state/servfail.pid"
    silent_port=$(free_port)
    "$PY" "$here/stub_dns.py" --mode silent --port "$silent_port" >"$state/silent.log" 2>&1 &
    echo $! >"$state/silent.pid"
    refused_port=$(free_port)
    "$PY" "$here/stub_dns.py" --mode refused --port "$refused_port" >"$state/refused.log" 2>&1 &
    echo $! >"$state/refused.pid"
    nxdomain_port=$(free_port)
    "$PY" "$here/stub_dns.py" --mode nxdomain --port "$nxdomain_port" >"$state/nxdomain.log" 2>&1 &
    echo $! >"$state/nxdomain.pid"
    closed_port=$(free_port) # nothing listens here

    for _ in $(seq 100); do
        if drill -p "$nsd_port" @127.0.0.1 "$probe_zone" SOA 2>/dev/null | grep -q 'rcode: NOERROR'; then
            ready=1
            break
        fi
        sleep 0.1
    done
    if [ "${ready:-0}" != 1 ]; then
        echo "NSD did not start answering on 127.0.0.1:$nsd_port" >&2
        cat "$state/nsd.out" "$state/nsd.log" >&2 2>/dev/null || true
        stop
        exit 1
    fi
    for _ in $(seq 50); do
        drill -p "$servfail_port" @127.0.0.1 example.test A 2>/dev/null | grep -q 'rcode: SERVFAIL' && break
        sleep 0.1
    done
    {
        echo "NSD_PORT=$nsd_port"
        echo "SERVFAIL_PORT=$servfail_port"
        echo "SILENT_PORT=$silent_port"
        echo "REFUSED_PORT=$refused_port"
        echo "NXDOMAIN_PORT=$nxdomain_port"
        echo "CLOSED_PORT=$closed_port"
        echo "IPV6=$ipv6"
    } >"$state/env"
    echo "DNS fixture: NSD on 127.0.0.1:$nsd_port$([ "$ipv6" = 1 ] && echo " and [::1]:$nsd_port"), SERVFAIL stub on $servfail_port, silent stub on $silent_port"
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 64
    ;;
esac
