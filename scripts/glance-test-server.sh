#!/usr/bin/env bash
# Starts or stops a private glance-api for the Glance integration tests:
# 127.0.0.1 only, a sqlite database and the local file store, everything
# under DIR, nothing from /etc/glance but the stock paste pipeline. Without
# --keystone it runs unauthenticated (empty paste flavor).
#
#   glance-test-server.sh start DIR [PORT] [OPTIONS]   prints the endpoint URL, writes DIR/endpoint
#   glance-test-server.sh stop DIR                     stops the server started in DIR
#
# OPTIONS:
#   --keystone KDIR   keystonemiddleware's auth_token against the Keystone that
#                     scripts/keystone-test-server.sh started in KDIR (service
#                     user glance), and register this Glance as the public
#                     image endpoint of --region in its catalog
#   --region NAME     catalog region (default RegionOne)
#   --import-only     policy forbids the direct upload (PUT .../file): only the
#                     interoperable image import (glance-direct) is left
#
# PORT 0 or empty picks a free port. Needs Debian's glance-api package
# (scripts/setup.sh installs it); the Debian service itself is never used.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
port=${3:-0}
keystone=""
region=RegionOne
import_only=""
if [ $# -gt 3 ]; then
    set -- "${@:4}"
    while [ $# -gt 0 ]; do
        case "$1" in
        --keystone) keystone=$(cd "$2" && pwd); shift 2 ;;
        --region) region=$2; shift 2 ;;
        --import-only) import_only=yes; shift ;;
        *) echo "glance-test-server: unknown option $1" >&2; exit 2 ;;
        esac
    done
fi
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2; }

. "$(dirname "$0")/stop-pidfile.sh"
stop() {
    stop_pidfile "$dir/glance-api.pid"
}

case "$cmd" in
stop)
    stop
    exit 0
    ;;
start) ;;
*) echo "usage: $0 start|stop DIR [PORT]" >&2; exit 2 ;;
esac

for tool in glance-api glance-manage python3; do
    command -v "$tool" >/dev/null || { echo "glance-test-server: $tool not found (run scripts/setup.sh)" >&2; exit 1; }
done
paste=/etc/glance/glance-api-paste.ini
[ -f "$paste" ] || { echo "glance-test-server: $paste missing (glance-api package)" >&2; exit 1; }

started=$(date +%s.%N)
stop
mkdir -p "$dir/images" "$dir/staging" "$dir/lock"
dir=$(cd "$dir" && pwd)
if [ -z "$port" ] || [ "$port" = 0 ]; then
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
fi

cat >"$dir/glance-api.conf" <<CONF
[DEFAULT]
bind_host = 127.0.0.1
bind_port = $port
workers = 1
log_file = $dir/glance-api.log
use_stderr = false
enabled_backends = local:file
# the test images are small; keep a generous but finite limit
image_size_cap = 21474836480
lock_path = $dir/lock

[database]
connection = sqlite:///$dir/glance.sqlite

[paste_deploy]
flavor = ${keystone:+keystone}
config_file = $paste

[glance_store]
default_backend = local

[local]
filesystem_store_datadir = $dir/images/

[os_glance_staging_store]
filesystem_store_datadir = $dir/staging/

[os_glance_tasks_store]
filesystem_store_datadir = $dir/staging/

[oslo_concurrency]
lock_path = $dir/lock

[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
policy_file = $dir/policy.yaml
CONF

if [ -n "$import_only" ]; then
    # The direct upload is refused; staging (modify_image) and import stay allowed.
    echo '"upload_image": "!"' >"$dir/policy.yaml"
else
    echo '{}' >"$dir/policy.yaml"
fi

if [ -n "$keystone" ]; then
    auth=$(cat "$keystone/auth_url")
    cat >>"$dir/glance-api.conf" <<CONF

[keystone_authtoken]
www_authenticate_uri = $auth
auth_url = ${auth%/v3}
auth_type = password
project_domain_name = Default
user_domain_name = Default
project_name = service
username = glance
password = glance-secret
CONF
fi

glance-manage --config-file "$dir/glance-api.conf" db_sync >"$dir/db_sync.log" 2>&1 \
    || { echo "glance-test-server: db_sync failed, see $dir/db_sync.log" >&2; tail -20 "$dir/db_sync.log" >&2; exit 1; }

# setsid: own process group, so stop can end the workers too.
setsid glance-api --config-file "$dir/glance-api.conf" >"$dir/stdout.log" 2>&1 </dev/null &
echo $! >"$dir/glance-api.pid"

url="http://127.0.0.1:$port"
for _ in $(seq 300); do
    # Any HTTP answer means it is up (with Keystone, /v2/images says 401).
    if python3 - "$url" <<'PY' 2>/dev/null; then
import sys, urllib.error, urllib.request
try:
    urllib.request.urlopen(sys.argv[1] + "/v2/images", timeout=2).read()
except urllib.error.HTTPError:
    pass
PY
        if [ -n "$keystone" ]; then
            "$(dirname "$0")/keystone-test-server.sh" endpoint "$keystone" image "$region" public "$url" \
                || { echo "glance-test-server: registering the endpoint failed" >&2; stop; exit 1; }
        fi
        echo "$url" >"$dir/endpoint"
        echo "glance-test-server: up in $(python3 -c "print(round($(date +%s.%N) - $started, 1))") s" >&2
        echo "$url"
        exit 0
    fi
    if ! kill -0 "$(cat "$dir/glance-api.pid")" 2>/dev/null; then
        echo "glance-test-server: glance-api exited, see $dir/glance-api.log" >&2
        tail -20 "$dir/glance-api.log" "$dir/stdout.log" >&2 2>/dev/null || true
        exit 1
    fi
    sleep 0.2
done
echo "glance-test-server: glance-api did not answer on $url within 60 s" >&2
stop
exit 1
