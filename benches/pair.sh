#!/usr/bin/env bash
# Starts two Parley instances on one PostgreSQL database, on loopback, as a deployment of
# several instances runs them: each with its own data directory (so its own search index,
# caught up from the outbox), the same signing secret (sessions valid on both), digests shared
# through the delivery ledger. For trying it out and for benchmarks; Ctrl-C stops both.
#
#   benches/pair.sh [POSTGRES_SERVER_URL] [FIRST_PORT]
#       defaults: postgres://postgres@127.0.0.1:5432/test 18081  (the second gets FIRST_PORT+1)
#
# Creates a fresh database parley_pair_<random> on that server and drops it on exit.
# PARLEY_BIN picks the binary (default: target/release/parley, built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."

SERVER_URL="${1:-postgres://postgres@127.0.0.1:5432/test}"
PORT_A="${2:-18081}"
PORT_B=$((PORT_A + 1))
BIN="${PARLEY_BIN:-target/release/parley}"
[ -x "$BIN" ] || cargo build --release --quiet

NAME="parley_pair_$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
BASE_URL="${SERVER_URL%/*}"
DB_URL="$BASE_URL/$NAME"
psql "$SERVER_URL" -q -c "CREATE DATABASE $NAME"
DATA="$(mktemp -d)"
SECRET="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql "$SERVER_URL" -q -c "DROP DATABASE IF EXISTS $NAME WITH (FORCE)" || true
  rm -rf "$DATA"
}
trap cleanup EXIT INT TERM

# The first migrates alone, so the second starts on a ready schema.
PARLEY__DATABASE__URL="$DB_URL" PARLEY__DATA_DIR="$DATA/a" "$BIN" migrate >/dev/null
for side in a b; do
  port=$PORT_A; [ "$side" = b ] && port=$PORT_B
  PARLEY__DATABASE__URL="$DB_URL" PARLEY__DATA_DIR="$DATA/$side" \
  PARLEY__SERVER__BIND="127.0.0.1:$port" PARLEY__PUBLIC_URL="http://127.0.0.1:$PORT_A" \
  PARLEY__AUTH__SIGNING_SECRET="$SECRET" PARLEY__DEMO=false PARLEY__LOG__FILTER=warn \
    "$BIN" serve 2>"$DATA/$side.log" &
  PIDS+=($!)
done
for port in "$PORT_A" "$PORT_B"; do
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null || { echo "instance on $port did not start; see its log:" >&2; cat "$DATA"/*.log >&2; exit 1; }
done
echo "instance A: http://127.0.0.1:$PORT_A   instance B: http://127.0.0.1:$PORT_B"
echo "database:   $DB_URL (dropped on exit)"
echo "create an admin with: PARLEY__DATABASE__URL=$DB_URL PARLEY__DATA_DIR=$DATA/a $BIN user add --email … --name … --role admin"
echo "Ctrl-C stops both."
wait
