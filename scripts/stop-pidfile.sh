# Sourced by the test-server scripts: stop_pidfile FILE stops the process
# group whose leader's pid FILE holds (the servers fork workers into their
# own group): TERM, up to 5 s for it to end, then KILL; FILE is removed.
stop_pidfile() {
    local file="$1" pid
    [ -f "$file" ] || return 0
    pid=$(cat "$file")
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$file"
}
