#!/usr/bin/env bash
# Runs every test on a real PostgreSQL and a real Chromium, installing what is missing first.
# Ends with one line "N passed, N failed[, N skipped]" summed over all test projects; exits non-zero on any failure.
#   ./test.sh --slow   also runs the load test (bench/load.sh: 100 000 dilemmas, 60 s, 32 connections; error rate
#                      below 0.1 %), counted as one more test. OH_LOAD_N / OH_LOAD_SECONDS make it smaller.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DEBIAN_FRONTEND=noninteractive
results="$root/.local/test-results"
projects=(UnitTests IntegrationTests BrowserTests)

apt_install() {
  apt-get install -y --no-install-recommends "$@" >/dev/null 2>&1 || {
    apt-get update >/dev/null 2>&1
    apt-get install -y --no-install-recommends "$@" >/dev/null
  }
}

# 1. What the tests need on the machine.
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Chromium installeren (Debian-pakket)…"
  apt_install chromium || { echo "Chromium kon niet worden geïnstalleerd." >&2; echo "0 passed, 1 failed"; exit 1; }
fi
command -v npm >/dev/null 2>&1 || apt_install nodejs npm
# The two-instance test puts nginx in front of the app (it starts its own on a free port; no system service is used).
[ -x /usr/sbin/nginx ] || apt_install nginx-light || { echo "nginx kon niet worden geïnstalleerd." >&2; echo "0 passed, 1 failed"; exit 1; }
# Every generated PDF is checked with qpdf --check, as a strict PDF reader would.
command -v qpdf >/dev/null 2>&1 || apt_install qpdf || { echo "qpdf kon niet worden geïnstalleerd." >&2; echo "0 passed, 1 failed"; exit 1; }
"$root/scripts/vendor-frontend.sh" || { echo "0 passed, 1 failed"; exit 1; }

# 2. A PostgreSQL of its own for the tests, unless one is given.
started_pg=0
if [ -z "${OH_TEST_POSTGRES:-}" ]; then
  export OH_PG_NAME=test OH_PG_PORT="${OH_TEST_PG_PORT:-55433}"
  if ! "$root/scripts/postgres.sh" status; then
    "$root/scripts/postgres.sh" start || { echo "PostgreSQL kon niet starten." >&2; echo "0 passed, 1 failed"; exit 1; }
    started_pg=1
  fi
  export OH_TEST_POSTGRES="Host=127.0.0.1;Port=${OH_PG_PORT};Username=postgres"
fi
cleanup() {
  if [ "$started_pg" = 1 ]; then
    OH_PG_NAME=test OH_PG_PORT="$OH_PG_PORT" "$root/scripts/postgres.sh" stop || true
  fi
}
trap cleanup EXIT

# 3. Restore exactly the versions in the lock files (a changed dependency fails here, not later), build once, then run
#    each project and sum the TRX counters.
if ! dotnet restore OmgekeerdHandhaven.sln --locked-mode -v quiet; then
  echo "Het herstellen van de pakketten is mislukt (packages.lock.json past niet bij Directory.Packages.props?)." >&2
  echo "0 passed, 1 failed"
  exit 1
fi
# The local tools of .config/dotnet-tools.json: smtp4dev, the real mail server the mail tests send through.
if ! dotnet tool restore -v quiet >/dev/null; then
  echo "Het herstellen van de dotnet-tools (smtp4dev) is mislukt." >&2
  echo "0 passed, 1 failed"
  exit 1
fi
if ! dotnet build OmgekeerdHandhaven.sln -c Debug -nologo -v quiet -clp:ErrorsOnly --no-restore; then
  echo "De build is mislukt." >&2
  echo "0 passed, 1 failed"
  exit 1
fi

rm -rf "$results"
mkdir -p "$results"
passed=0 failed=0 skipped=0 status=0
for project in "${projects[@]}"; do
  echo "== $project"
  dotnet test "tests/OmgekeerdHandhaven.$project" --no-build -c Debug -nologo \
    --logger "trx;LogFileName=$project.trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=1
  trx="$results/$project.trx"
  if [ -f "$trx" ]; then
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
    value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
    total="$(value total)"; p="$(value passed)"; f="$(value failed)"
    passed=$((passed + p))
    failed=$((failed + f + $(value error) + $(value timeout) + $(value aborted)))
    skipped=$((skipped + total - $(value executed)))
  else
    echo "Geen testresultaten van $project (de testrun is afgebroken)." >&2
    failed=$((failed + 1))
    status=1
  fi
done

if [ "${1:-}" = "--slow" ]; then
  echo "== Belastingtest (bench/load.sh)"
  bench_was_running=0
  OH_PG_NAME=bench OH_PG_PORT=55434 "$root/scripts/postgres.sh" status && bench_was_running=1
  if OH_PG_NAME=bench OH_PG_PORT=55434 "$root/bench/load.sh" "${OH_LOAD_N:-100000}" "${OH_LOAD_SECONDS:-60}" 32; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
  # The bench database is kept for the next run; its server is stopped again when this run started it.
  [ "$bench_was_running" = 1 ] || OH_PG_NAME=bench OH_PG_PORT=55434 "$root/scripts/postgres.sh" stop || true
fi

[ "$failed" -gt 0 ] && status=1
summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
exit "$status"
