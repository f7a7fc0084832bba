#!/usr/bin/env bash
# Search benchmark (issue #4): bench/search.sh [N]   (default 100000)
# Fills a database with N generated dilemmas (once; later runs reuse it), starts the app in Release on 127.0.0.1:5090,
# measures the search layer and HTTP at concurrency 1 and 8, and writes bench/results/search-N.md.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100000}"
export OH_PG_NAME="${OH_PG_NAME:-bench}" OH_PG_PORT="${OH_PG_PORT:-55434}"
db="oh_bench_${n}"
connection="Host=127.0.0.1;Port=${OH_PG_PORT};Database=${db};Username=postgres;Maximum Pool Size=40"
port=5090

"$root/scripts/postgres.sh" start
"$root/scripts/postgres.sh" createdb "$db"
dotnet build "$root/bench/OmgekeerdHandhaven.Bench/OmgekeerdHandhaven.Bench.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly
"$root/scripts/vendor-frontend.sh" >/dev/null
web="$root/src/OmgekeerdHandhaven.Web"
app="$web/bin/Release/net10.0/OmgekeerdHandhaven.Web.dll"
bench="$root/bench/OmgekeerdHandhaven.Bench/bin/Release/net10.0/OmgekeerdHandhaven.Bench.dll"

export ConnectionStrings__Default="$connection" ASPNETCORE_ENVIRONMENT=Production
(cd "$web" && dotnet "$app" migrate && dotnet "$app" seed-demo) >/dev/null
loaded="$(psql -h 127.0.0.1 -p "$OH_PG_PORT" -U postgres -d "$db" -tAc "select count(*) from dilemma_search")"
if [ "$loaded" -lt "$n" ]; then
  dotnet "$bench" generate "$connection" "$n"
fi

log="$(mktemp)"
(cd "$web" && ASPNETCORE_URLS="http://127.0.0.1:${port}" Serilog__MinimumLevel__Default=Warning exec dotnet "$app") >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:${port}/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:${port}/health/ready" >/dev/null || { cat "$log"; echo "De app startte niet." >&2; exit 1; }

mkdir -p "$root/bench/results"
dotnet "$bench" measure "$connection" "http://127.0.0.1:${port}" "ohp_demo-voorbeeld-teamleider-2026" "$root/bench/results/search-${n}.md" "$n"
