#!/usr/bin/env bash
# Load benchmark for the case page (one, and random ones), the filtered list and search, each measured beside /healthz
# in the same run on the same machine, so the figure that matters is the ratio. Any error
# (non-2xx answer, socket error) is printed next to its target.
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
# A thousand connections need a thousand descriptors on each side.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
cargo build --release --quiet
DATA="$(mktemp -d)"
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$DATA"; }
trap cleanup EXIT

# trust_forwarded_for: the sign-in target (benches/signin.lua) gives each attempt its own
# address, so that rate limits do not answer instead of the password check.
export PARLEY__DATA_DIR="$DATA" PARLEY__SERVER__BIND="127.0.0.1:$PORT" PARLEY__LOG__FILTER=warn \
       PARLEY__DEMO=false PARLEY__AUTH__ACCESS_TOKEN_MINUTES=600 PARLEY__SERVER__TRUST_FORWARDED_FOR=true \
       PARLEY__METRICS__TOKEN=bench-metrics

echo "== generating $CASES case studies"
echo "$PASSWORD" | target/release/parley generate --cases "$CASES" --replies 30 --email bench@parley.example

# The search index is built before serving (the fast path of `parley reindex`): otherwise the
# server spends the first minutes catching up on CASES outbox rows and the figures measure the
# indexer, not the pages.
echo "== building the search index"
target/release/parley reindex
# PARLEY_BENCH_WRAP runs the server under a tool (say `heaptrack -o /tmp/parley`); the figures
# then measure the tool too, but what holds memory is named.
${PARLEY_BENCH_WRAP:-} target/release/parley serve 2>"$DATA/serve.log" &
SERVER=$!
for _ in $(seq 1 100); do curl -fs "$BASE/healthz" >/dev/null && break; sleep 0.1; done
# …and nothing is left for it to do (the lag is on /metrics, read with the metrics token).
for _ in $(seq 1 600); do
  curl -fs -H "Authorization: Bearer bench-metrics" "$BASE/metrics" | grep -q '^parley_search_outbox_lag 0$' && break
  sleep 0.5
done

TOKEN=$(curl -fs -X POST "$BASE/api/v1/auth/login" -H 'content-type: application/json' \
  -d "{\"email\":\"bench@parley.example\",\"password\":\"$PASSWORD\"}" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
NEWEST=$(curl -fs "$BASE/api/v1/cases" -H "Authorization: Bearer $TOKEN" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
# Sanity: the pages answer 200 with the cookie before we measure them.
SEARCH="/search?q=negotiation+country%3AUA"
for path in "/cases/$NEWEST" "/cases?country=UA&context=humanitarian_access" "$SEARCH"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: parley_access=$TOKEN" "$BASE$path")
  [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
done

run() {
  local name="$1" path="$2"
  shift 2
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: parley_access=$TOKEN" "$@" "$BASE$path")
  local rps p99 errors
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/ {print}' | tr '\n' ' ')
  printf '%-44s %10s req/s   p99 %8s   %s\n' "$name" "$rps" "$p99" "$errors"
}

echo "== $(nproc) cores, $CONNECTIONS connections, $DURATION per target, $CASES case studies (SQLite)"
run "/healthz" "/healthz"
run "case page (/cases/$NEWEST, 30 replies)" "/cases/$NEWEST"
# Every request a different case: ids of the generated case studies run up to the newest.
export PARLEY_BENCH_LAST="$NEWEST" PARLEY_BENCH_FIRST=$((NEWEST - CASES + 1))
run "case pages (random of $CASES)" "/cases/$NEWEST" -s benches/random_case.lua
run "filtered list (country=UA, context)" "/cases?country=UA&context=humanitarian_access"
run "lists with random filters" "/cases" -s benches/random_list.lua
run "search page (word + country, facets)" "$SEARCH"
run "search, random words of five languages" "/search" -s benches/random_search.lua
run "search, one or two words of the whole vocabulary" "/search" -s benches/random_search_wide.lua
run "search, mixed shapes (pairs, phrases, -word, filter, pages)" "/search" -s benches/random_search_mixed.lua
out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s benches/signin.lua "$BASE/api/v1/auth/login")
printf '%-44s %10s req/s   p99 %8s   (answers are 401 by design: unknown accounts)\n' \
  "sign-in (password check, argon2id OWASP cost)" \
  "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" "$(echo "$out" | awk '$1 == "99%" {print $2}')"
echo "$out" | awk '/Socket errors/ {print "  sign-in " $0}'
run "/healthz (again)" "/healthz"
# Under a wrapper, the server is its child.
SERVER=$(pgrep -f "target/release/parley serve" | tail -1)
echo "== resident memory of the server after the run: $(ps -o rss= -p "$SERVER" | awk '{printf "%.0f MB", $1/1024}')"
# What it is made of: anonymous memory (heap: caches, allocator arenas) and file-backed pages
# (the memory-mapped search index and SQLite files, which the kernel may drop at any time).
awk '/^(RssAnon|RssFile|RssShmem):/ {printf "   %s %.0f MB\n", $1, $2/1024}' "/proc/$SERVER/status"
