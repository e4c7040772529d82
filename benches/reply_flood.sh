#!/usr/bin/env bash
# Issue 18, finding 6: does one member posting huge replies slow everyone's search?
#
#   benches/reply_flood.sh [CASES] [DURATION]      (defaults: 5000 20s)
#
# Builds the release binary, fills a fresh SQLite database with CASES synthetic published case
# studies, serves it on 127.0.0.1:18081 and measures the search page (a random word of five
# languages per request, 8 connections) three times, each beside /healthz in the same run:
#   1. idle;
#   2. while one member posts replies of ~1 MB (just under server.max_body_bytes) on 16
#      connections as fast as they go — the attack the outside review ran;
#   3. while she posts replies of 19,000 characters (under the reply limit, so they reach the
#      detector until her hourly budget is spent).
# The attacker's load generator runs on the same two cores as the server; PARLEY_FLOOD_NICE=19
# runs it at the lowest priority, which models an attacker on another machine (her sending
# costs her CPU, not ours).
# Prints requests/s, p50 and p99 for each, and the ratio of p50 and p99 to idle.
set -euo pipefail
cd "$(dirname "$0")/.."

CASES="${1:-5000}"
DURATION="${2:-20s}"
PORT=18081
BASE="http://127.0.0.1:$PORT"
PASSWORD="bench harbour willow compass"

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
cargo build --release --quiet
DATA="$(mktemp -d)"
SERVER=""
ATTACK=""
cleanup() {
  [ -n "$ATTACK" ] && kill "$ATTACK" 2>/dev/null
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$DATA"
}
trap cleanup EXIT

export PARLEY__DATA_DIR="$DATA" PARLEY__SERVER__BIND="127.0.0.1:$PORT" PARLEY__LOG__FILTER=warn \
       PARLEY__DEMO=false PARLEY__AUTH__ACCESS_TOKEN_MINUTES=600 PARLEY__MODERATION__HOLD_REPLIES=on_findings \
       PARLEY__METRICS__TOKEN=bench-metrics PARLEY__PAGE_CACHE__MEGABYTES=0

echo "== generating $CASES case studies"
echo "$PASSWORD" | target/release/parley generate --cases "$CASES" --replies 3 --email bench@parley.example >/dev/null
target/release/parley reindex >/dev/null 2>&1
target/release/parley serve 2>"$DATA/serve.log" &
SERVER=$!
for _ in $(seq 1 100); do curl -fs "$BASE/healthz" >/dev/null && break; sleep 0.1; done
for _ in $(seq 1 600); do
  curl -fs -H "Authorization: Bearer bench-metrics" "$BASE/metrics" | grep -q '^parley_search_outbox_lag 0$' && break
  sleep 0.5
done
TOKEN=$(curl -fs -X POST "$BASE/api/v1/auth/login" -H 'content-type: application/json' \
  -d "{\"email\":\"bench@parley.example\",\"password\":\"$PASSWORD\"}" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
NEWEST=$(curl -fs "$BASE/api/v1/cases" -H "Authorization: Bearer $TOKEN" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')

measure() {
  local name="$1"
  local health search
  health=$(wrk -t1 -c8 -d"$DURATION" --latency "$BASE/healthz")
  search=$(wrk -t1 -c8 -d"$DURATION" --latency -H "Cookie: parley_access=$TOKEN" -s benches/random_search.lua "$BASE/search")
  local s_rps s_p50 s_p99 h_rps
  s_rps=$(echo "$search" | awk '/Requests\/sec/ {print $2}')
  s_p50=$(echo "$search" | awk '$1 == "50%" {print $2}')
  s_p99=$(echo "$search" | awk '$1 == "99%" {print $2}')
  h_rps=$(echo "$health" | awk '/Requests\/sec/ {print $2}')
  printf '%-34s search %8s req/s  p50 %8s  p99 %8s   (/healthz %9s req/s)\n' "$name" "$s_rps" "$s_p50" "$s_p99" "$h_rps"
  echo "$search" | awk '/Non-2xx|Socket errors/ {print "  search " $0}'
}

flood() {
  local chars="$1"
  PARLEY_FLOOD_PATH="/api/v1/cases/$NEWEST/replies" PARLEY_FLOOD_TOKEN="$TOKEN" PARLEY_FLOOD_CHARS="$chars" \
    nice -n "${PARLEY_FLOOD_NICE:-0}" wrk -t1 -c16 -d600s -s benches/reply_flood.lua "$BASE/" >"$DATA/flood-$chars.txt" 2>&1 &
  ATTACK=$!
  sleep 2
}

echo "== $(nproc) cores, $(date -u +%F), $CASES case studies (SQLite), $DURATION per measure, attacker nice ${PARLEY_FLOOD_NICE:-0}"
measure "idle"
flood 1000000
measure "under 16 × ~1 MB replies"
kill "$ATTACK" 2>/dev/null || true; wait "$ATTACK" 2>/dev/null || true; ATTACK=""
flood 19000
measure "under 16 × 19,000-char replies"
kill "$ATTACK" 2>/dev/null || true; wait "$ATTACK" 2>/dev/null || true; ATTACK=""
measure "idle (again)"
echo "== what the attacker got (status counts from the server's own metrics)"
curl -fs -H "Authorization: Bearer bench-metrics" "$BASE/metrics" |
  grep 'parley_http_requests_total{route="/api/v1/cases/{id}/replies"' || true
