#!/usr/bin/env bash
# Load benchmark for the case page and the filtered list, each measured beside /healthz in the
# same run on the same machine, so the figure that matters is the ratio.
#
#   benches/load.sh [CASES] [DURATION] [CONNECTIONS]      (defaults: 100000 30s 64)
#
# Builds the release binary, fills a fresh SQLite database in a temp dir with CASES synthetic
# published case studies (`parley generate`; the newest has 30 replies), serves it on
# 127.0.0.1:18080, signs in once as the bench member, and runs wrk (Debian package `wrk`)
# against each target with the session cookie. Prints requests/s and p99 per target.
set -euo pipefail
cd "$(dirname "$0")/.."

CASES="${1:-100000}"
DURATION="${2:-30s}"
CONNECTIONS="${3:-64}"
THREADS=2
PORT=18080
BASE="http://127.0.0.1:$PORT"
PASSWORD="bench harbour willow compass"

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
cargo build --release --quiet
DATA="$(mktemp -d)"
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA"; }
trap cleanup EXIT

export PARLEY__DATA_DIR="$DATA" PARLEY__SERVER__BIND="127.0.0.1:$PORT" PARLEY__LOG__FILTER=warn \
       PARLEY__DEMO=false PARLEY__AUTH__ACCESS_TOKEN_MINUTES=600

echo "== generating $CASES case studies"
echo "$PASSWORD" | target/release/parley generate --cases "$CASES" --replies 30 --email bench@parley.example

target/release/parley serve 2>"$DATA/serve.log" &
SERVER=$!
for _ in $(seq 1 100); do curl -fs "$BASE/healthz" >/dev/null && break; sleep 0.1; done

TOKEN=$(curl -fs -X POST "$BASE/api/v1/auth/login" -H 'content-type: application/json' \
  -d "{\"email\":\"bench@parley.example\",\"password\":\"$PASSWORD\"}" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
NEWEST=$(curl -fs "$BASE/api/v1/cases" -H "Authorization: Bearer $TOKEN" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
# Sanity: the pages answer 200 with the cookie before we measure them.
for path in "/cases/$NEWEST" "/cases?country=UA&context=humanitarian_access"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: parley_access=$TOKEN" "$BASE$path")
  [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
done

run() {
  local name="$1" path="$2"
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: parley_access=$TOKEN" "$BASE$path")
  local rps p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  printf '%-44s %10s req/s   p99 %8s   %s\n' "$name" "$rps" "$p99" "$errors"
}

echo "== $(nproc) cores, $CONNECTIONS connections, $DURATION per target, $CASES case studies (SQLite)"
run "/healthz" "/healthz"
run "case page (/cases/$NEWEST, 30 replies)" "/cases/$NEWEST"
run "filtered list (country=UA, context)" "/cases?country=UA&context=humanitarian_access"
run "/healthz (again)" "/healthz"
