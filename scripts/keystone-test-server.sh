#!/usr/bin/env bash
# Starts or stops a private Keystone v3 for the Glance integration tests:
# Debian's keystone package under uwsgi on 127.0.0.1, a sqlite database in
# WAL mode and fernet keys, everything under DIR; the Debian service itself
# is never used. It knows these users (password = name + "-secret"):
#   admin  (admin on project admin)      glance (admin on project service)
#   demo   (member on project demo)      RegionOne and RegionTwo exist.
#
#   keystone-test-server.sh start DIR [PORT]      prints the auth URL, writes DIR/auth_url
#   keystone-test-server.sh endpoint DIR TYPE REGION INTERFACE URL
#                                                 registers a catalog endpoint (one service per TYPE)
#   keystone-test-server.sh stop DIR
#
# KEYSTONE_TOKEN_EXPIRATION (seconds, default 3600) sets the token lifetime:
# the tests use a short one so that token renewal is exercised.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop|endpoint DIR ..." >&2; exit 2; }

. "$(dirname "$0")/stop-pidfile.sh"
stop() {
    stop_pidfile "$dir/uwsgi.pid"
}

# One Keystone API call as admin: METHOD PATH [JSON]; prints the response body.
api() {
    python3 - "$(cat "$dir/auth_url")" "$@" <<'PY'
import json, sys, urllib.request
base, method, path = sys.argv[1], sys.argv[2], sys.argv[3]
body = sys.argv[4].encode() if len(sys.argv) > 4 else None
auth = {"auth": {"identity": {"methods": ["password"], "password": {"user": {
    "name": "admin", "domain": {"id": "default"}, "password": "admin-secret"}}},
    "scope": {"project": {"name": "admin", "domain": {"id": "default"}}}}}
r = urllib.request.urlopen(urllib.request.Request(base + "/auth/tokens", json.dumps(auth).encode(),
                           {"Content-Type": "application/json"}), timeout=30)
token = r.headers["X-Subject-Token"]
req = urllib.request.Request(base + path, body, {"Content-Type": "application/json", "X-Auth-Token": token},
                             method=method)
print(urllib.request.urlopen(req, timeout=30).read().decode())
PY
}

case "$cmd" in
stop)
    stop
    exit 0
    ;;
endpoint)
    type=${3:?TYPE}; region=${4:?REGION}; interface=${5:?INTERFACE}; url=${6:?URL}
    dir=$(cd "$dir" && pwd)
    sid=$(api GET "/services?type=$type" | python3 -c 'import json,sys; s=json.load(sys.stdin)["services"]; print(s[0]["id"] if s else "")')
    if [ -z "$sid" ]; then
        sid=$(api POST /services "{\"service\": {\"type\": \"$type\", \"name\": \"$type\"}}" \
            | python3 -c 'import json,sys; print(json.load(sys.stdin)["service"]["id"])')
    fi
    api POST /endpoints "{\"endpoint\": {\"service_id\": \"$sid\", \"region_id\": \"$region\", \"interface\": \"$interface\", \"url\": \"$url\"}}" >/dev/null
    exit 0
    ;;
start) ;;
*) echo "usage: $0 start|stop|endpoint DIR ..." >&2; exit 2 ;;
esac

for tool in keystone-manage keystone-wsgi-public uwsgi python3; do
    command -v "$tool" >/dev/null || { echo "keystone-test-server: $tool not found (run scripts/setup.sh)" >&2; exit 1; }
done

started=$(date +%s.%N)
stop
rm -rf "$dir"
mkdir -p "$dir/fernet-keys" "$dir/credential-keys" "$dir/lock"
dir=$(cd "$dir" && pwd)
port=${3:-0}
if [ -z "$port" ] || [ "$port" = 0 ]; then
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
fi
url="http://127.0.0.1:$port/v3"

cat >"$dir/keystone.conf" <<CONF
[DEFAULT]
log_file = $dir/keystone.log
use_stderr = false

[database]
connection = sqlite:///$dir/keystone.sqlite

[identity]
# bcrypt's default cost makes every password check take most of a second
password_hash_rounds = 4

[token]
provider = fernet
expiration = ${KEYSTONE_TOKEN_EXPIRATION:-3600}

[fernet_tokens]
key_repository = $dir/fernet-keys/

[fernet_receipts]
key_repository = $dir/fernet-keys/

[credential]
key_repository = $dir/credential-keys/

[oslo_concurrency]
lock_path = $dir/lock

[oslo_policy]
enforce_scope = false
enforce_new_defaults = false
CONF

manage() {
    keystone-manage --config-file "$dir/keystone.conf" "$@" >>"$dir/manage.log" 2>&1 \
        || { echo "keystone-test-server: keystone-manage $1 failed, see $dir/manage.log" >&2; tail -20 "$dir/manage.log" >&2; exit 1; }
}
manage db_sync
# WAL: readers and the one writer do not lock each other out ("database is locked").
python3 -c 'import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("PRAGMA journal_mode=WAL")' "$dir/keystone.sqlite"
# What fernet_setup and credential_setup write (a staged key 0 and a primary
# key 1, urlsafe base64 of 32 random bytes), without two more ~3 s Python starts.
python3 - "$dir" <<'PY'
import base64, os, sys
for repo in ("fernet-keys", "credential-keys"):
    for name in ("0", "1"):
        path = os.path.join(sys.argv[1], repo, name)
        with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as f:
            f.write(base64.urlsafe_b64encode(os.urandom(32)))
PY
chmod 700 "$dir/fernet-keys" "$dir/credential-keys"
manage bootstrap --bootstrap-password admin-secret --bootstrap-username admin \
    --bootstrap-project-name admin --bootstrap-role-name admin \
    --bootstrap-service-name keystone --bootstrap-region-id RegionOne \
    --bootstrap-public-url "$url" --bootstrap-internal-url "$url"

# setsid: own process group, so stop can end uwsgi's workers too. One
# process, one thread: sqlite takes one writer at a time. The http-socket
# closes every connection after its answer; "Connection: close" says so, or
# keystonemiddleware's pooled connection fails with RemoteDisconnected.
OS_KEYSTONE_CONFIG_FILES="$dir/keystone.conf" setsid uwsgi --plugin python3 \
    --http-socket "127.0.0.1:$port" --wsgi-file "$(command -v keystone-wsgi-public)" \
    --processes 1 --threads 1 --master --die-on-term --lazy-apps \
    --add-header "Connection: close" \
    --logto "$dir/uwsgi.log" </dev/null &
echo $! >"$dir/uwsgi.pid"
echo "$url" >"$dir/auth_url"

up=""
for _ in $(seq 300); do
    if python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2).read()' "$url" 2>/dev/null; then
        up=yes
        break
    fi
    kill -0 "$(cat "$dir/uwsgi.pid")" 2>/dev/null || break
    sleep 0.1
done
if [ -z "$up" ]; then
    echo "keystone-test-server: keystone did not answer on $url, see $dir/uwsgi.log and $dir/keystone.log" >&2
    tail -20 "$dir/uwsgi.log" "$dir/keystone.log" >&2 2>/dev/null || true
    stop
    exit 1
fi

# Projects, users and the second region in one Python run (one admin token).
python3 - "$url" <<'PY' >>"$dir/manage.log" 2>&1 || { echo "keystone-test-server: creating the test users failed, see $dir/manage.log" >&2; stop; exit 1; }
import json, sys, urllib.request
base = sys.argv[1]
def call(method, path, body=None, token=None):
    req = urllib.request.Request(base + path, json.dumps(body).encode() if body is not None else None,
                                 {"Content-Type": "application/json", **({"X-Auth-Token": token} if token else {})},
                                 method=method)
    r = urllib.request.urlopen(req, timeout=30)
    data = r.read()
    return r.headers, (json.loads(data) if data else {})
h, _ = call("POST", "/auth/tokens", {"auth": {"identity": {"methods": ["password"], "password": {"user": {
    "name": "admin", "domain": {"id": "default"}, "password": "admin-secret"}}},
    "scope": {"project": {"name": "admin", "domain": {"id": "default"}}}}})
t = h["X-Subject-Token"]
roles = {r["name"]: r["id"] for r in call("GET", "/roles", token=t)[1]["roles"]}
call("POST", "/regions", {"region": {"id": "RegionTwo"}}, t)
for project, user, role in (("service", "glance", "admin"), ("demo", "demo", "member")):
    pid = call("POST", "/projects", {"project": {"name": project, "domain_id": "default"}}, t)[1]["project"]["id"]
    uid = call("POST", "/users", {"user": {"name": user, "domain_id": "default", "password": user + "-secret"}}, t)[1]["user"]["id"]
    call("PUT", "/projects/%s/users/%s/roles/%s" % (pid, uid, roles[role]), None, t)
PY

echo "keystone-test-server: up in $(python3 -c "import sys; print(round($(date +%s.%N) - $started, 1))") s" >&2
echo "$url"
