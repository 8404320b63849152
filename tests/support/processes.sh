# Process helpers the fixture scripts share (sourced, not run). A fixture records every process it starts as
# STATE_DIR/NAME.pid; `stop` ends them all by those PIDs, nothing else.

# A process that has exited but was not reaped (no init reaps in some containers) counts as gone.
alive() {
    [ -r "/proc/$1/stat" ] || return 1
    local s
    s=$(sed 's/^.*) //' "/proc/$1/stat" | cut -d' ' -f1)
    [ "$s" != Z ]
}

# Ends every process recorded in $state: TERM, up to 5 s to go, then KILL.
stop() {
    [ -d "$state" ] || return 0
    local pidfile pid
    for pidfile in "$state"/*.pid; do
        [ -f "$pidfile" ] || continue
        pid=$(cat "$pidfile")
        if alive "$pid"; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 50); do alive "$pid" || break; sleep 0.1; done
            alive "$pid" && kill -9 "$pid" 2>/dev/null
        fi
        rm -f "$pidfile"
    done
}
