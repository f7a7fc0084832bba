# Shared by the benchmarks (source it): a bench database with N generated dilemmas, filled once and reused, and the
# app in Release against it.
#   bench_prepare N         → sets $connection, $db, $web, $app, $bench (database migrated, demo data, N dilemmas)
#   bench_start_app PORT    → starts the app on 127.0.0.1:PORT, waits until ready, sets $server (pid); stopped on exit
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export OH_PG_NAME="${OH_PG_NAME:-bench}" OH_PG_PORT="${OH_PG_PORT:-55434}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

bench_prepare() {
  local n="$1"
  db="oh_bench_${n}"
  connection="Host=127.0.0.1;Port=${OH_PG_PORT};Database=${db};Username=postgres;Maximum Pool Size=40"
  "$root/scripts/postgres.sh" start
  # Tuned like a database server rather than PostgreSQL's 128 MB default: the 100 000-dilemma search table (~160 MB)
  # and its indexes fit in shared buffers. The results file names the setting.
  if [ "$(psql -h 127.0.0.1 -p "$OH_PG_PORT" -U postgres -tAc "select setting::bigint * 8192 >= 2147483648 from pg_settings where name = 'shared_buffers'")" != t ]; then
    psql -h 127.0.0.1 -p "$OH_PG_PORT" -U postgres -qc "alter system set shared_buffers = '2GB'"
    "$root/scripts/postgres.sh" stop
    "$root/scripts/postgres.sh" start
  fi
  "$root/scripts/postgres.sh" createdb "$db"
  dotnet build "$root/bench/OmgekeerdHandhaven.Bench/OmgekeerdHandhaven.Bench.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly
  "$root/scripts/vendor-frontend.sh" >/dev/null
  web="$root/src/OmgekeerdHandhaven.Web"
  app="$web/bin/Release/net10.0/OmgekeerdHandhaven.Web.dll"
  bench="$root/bench/OmgekeerdHandhaven.Bench/bin/Release/net10.0/OmgekeerdHandhaven.Bench.dll"
  export ConnectionStrings__Default="$connection" ASPNETCORE_ENVIRONMENT=Production
  (cd "$web" && dotnet "$app" migrate && dotnet "$app" seed-demo) >/dev/null
  local loaded
  loaded="$(psql -h 127.0.0.1 -p "$OH_PG_PORT" -U postgres -d "$db" -tAc "select count(*) from dilemma_search")"
  if [ "$loaded" -lt "$n" ]; then
    dotnet "$bench" generate "$connection" "$n"
  fi
}

bench_start_app() {
  local port="$1"
  bench_log="$(mktemp)"
  # The API's per-token limit (600 a minute) guards a real register; the benchmark sends thousands a minute on one token.
  (cd "$web" && ASPNETCORE_URLS="http://127.0.0.1:${port}" Serilog__MinimumLevel__Default=Warning RateLimiting__Api__PermitLimit=1000000 exec dotnet "$app") >"$bench_log" 2>&1 &
  server=$!
  trap 'kill "$server" 2>/dev/null || true; rm -f "$bench_log"' EXIT
  for _ in $(seq 1 60); do
    curl -fs "http://127.0.0.1:${port}/health/ready" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fs "http://127.0.0.1:${port}/health/ready" >/dev/null || { cat "$bench_log"; echo "De app startte niet." >&2; exit 1; }
}
