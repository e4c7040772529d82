#!/usr/bin/env bash
# Runs every test of Parley, installing first what the tests need on a fresh Debian machine:
#
#   bash tests/run.sh
#
# - aiosmtpd (PyPI): the real SMTP server the mail tests send through;
# - Chromium and ChromeDriver (Debian packages chromium, chromium-driver): the browser tests;
# - axe-core (npm, tests/browser): the accessibility check in the browser tests;
# - schemathesis (PyPI): the API fuzzer run last (tests/schema_fuzz.sh);
# - PostgreSQL: the suite runs on the embedded SQLite, then the integration tests again on
#   PostgreSQL — the server at PARLEY_TEST_POSTGRES_URL (default
#   postgres://postgres@127.0.0.1:5432/test), started when it is installed but down, installed
#   from Debian's packages when it is missing.
#
# Installing needs root (as on CI); anything already there is left alone. Each test makes its
# own database (SQLite file or PostgreSQL database) and drops it.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_URL="${PARLEY_TEST_POSTGRES_URL:-${PARLEY_CI_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}}"
step() { printf '\n==> %s\n' "$*"; }
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "$@" >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q "$@" >/dev/null; }
}

step "SMTP server for the mail tests (aiosmtpd)"
python3 -c 'import aiosmtpd' 2>/dev/null ||
  python3 -m pip install --quiet --disable-pip-version-check aiosmtpd
python3 -c 'import aiosmtpd; print("aiosmtpd", aiosmtpd.__version__)'

step "Headless Chromium for the browser tests (Debian chromium + chromium-driver)"
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  apt_install chromium chromium-driver
fi
chromium --version
chromedriver --version

step "schemathesis for the API fuzzer"
python3 -c 'import schemathesis' 2>/dev/null ||
  python3 -m pip install --quiet --disable-pip-version-check schemathesis
st --version

step "axe-core for the accessibility check (npm ci --prefix tests/browser)"
[ -f tests/browser/node_modules/axe-core/axe.min.js ] || npm ci --prefix tests/browser --no-audit --no-fund
node -e 'console.log("axe-core", require("./tests/browser/node_modules/axe-core/package.json").version)'

step "PostgreSQL for the second backend"
installed_pg=""
if ! command -v pg_isready >/dev/null && [ ! -d /etc/postgresql ]; then
  apt_install postgresql
  installed_pg=1
fi
export PATH="$PATH:$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | head -n1)"
version="$(ls /etc/postgresql | head -n1)"
if [ -n "$installed_pg" ]; then
  # A server installed just now, for these tests only: local connections without a password,
  # as on the CI machines, and the database the tests administer from.
  sed -i -E 's/^(host|local)(\s+all\s+all\s+\S+\s+)\S+$/\1\2trust/; s/^(host|local)(\s+all\s+all\s+)(peer|scram-sha-256|md5)$/\1\2trust/' \
    "/etc/postgresql/$version/main/pg_hba.conf"
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  pg_ctlcluster --skip-systemctl-redirect "$version" main start ||
    pg_ctlcluster --skip-systemctl-redirect "$version" main restart
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
pg_isready -h 127.0.0.1 -p 5432
if [ -n "$installed_pg" ]; then
  pg_ctlcluster --skip-systemctl-redirect "$version" main reload
  psql -h 127.0.0.1 -U postgres -tc "SELECT 1 FROM pg_database WHERE datname = 'test'" | grep -q 1 ||
    psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE test" >/dev/null
fi

step "every test on SQLite (cargo test)"
cargo test --locked

step "the integration tests on PostgreSQL"
PARLEY_TEST_DATABASE_URL="$PG_URL" cargo test --locked --test api

step "the JSON API fuzzed from its OpenAPI document (schemathesis)"
bash tests/schema_fuzz.sh

step "all tests passed (SQLite and PostgreSQL, and the API fuzzer)"
