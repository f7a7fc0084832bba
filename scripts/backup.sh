#!/usr/bin/env bash
# Back-up and restore of the Dilemmaregister's database with pg_dump / pg_restore (custom format).
#   scripts/backup.sh backup [BESTAND]   write a dump (default: backups/dilemmaregister-<UTC time>.dump)
#   scripts/backup.sh restore BESTAND    make BESTAND the database; the database it replaces is kept under another name
# Which database: ConnectionStrings__Default (the app's own setting), else the project-local one ./run.sh uses.
# A restore loads into a new database in one transaction first, so a broken file changes nothing; only then the two
# are swapped (open connections to the old one are ended — stop the app first to avoid errors for its users).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command="${1:-}"
case "$command" in
  backup | restore) ;;
  *)
    echo "Gebruik: ./run.sh backup [BESTAND]  |  ./run.sh restore BESTAND" >&2
    exit 2
    ;;
esac

bindir="$("$root/scripts/postgres.sh" bindir)"

# The app's Npgsql connection string, as libpq settings for the PostgreSQL programs.
if [ -n "${ConnectionStrings__Default:-}" ]; then
  IFS=';' read -ra parts <<<"$ConnectionStrings__Default"
  for part in "${parts[@]}"; do
    [ -z "${part// /}" ] && continue
    key="$(echo "${part%%=*}" | tr -d ' ' | tr '[:upper:]' '[:lower:]')"
    value="${part#*=}"
    case "$key" in
      host | server) export PGHOST="$value" ;;
      port) export PGPORT="$value" ;;
      database | initialcatalog) export PGDATABASE="$value" ;;
      username | userid | user) export PGUSER="$value" ;;
      password) export PGPASSWORD="$value" ;;
    esac
  done
else
  "$root/scripts/postgres.sh" start
  export PGHOST=127.0.0.1 PGPORT="${OH_PG_PORT:-55432}" PGUSER=postgres PGDATABASE=omgekeerdhandhaven
fi
target="${PGDATABASE:?Geen database in ConnectionStrings__Default.}"

export PGOPTIONS="-c client_min_messages=warning"
sql() { "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -d postgres -tAc "$1"; }
quote() { printf '"%s"' "${1//\"/\"\"}"; }

if [ "$command" = backup ]; then
  file="${2:-$root/backups/dilemmaregister-$(date -u +%Y%m%dT%H%M%SZ).dump}"
  mkdir -p "$(dirname "$file")"
  # Written beside the target first: a failed dump never leaves a file that looks like a back-up.
  "$bindir/pg_dump" --format=custom --no-owner --no-privileges --file="$file.deels" "$target"
  "$bindir/pg_restore" --list "$file.deels" >/dev/null
  mv "$file.deels" "$file"
  echo "Back-up gemaakt van database $target: $file ($(du -h "$file" | cut -f1))."
  exit 0
fi

file="${2:-}"
if [ -z "$file" ] || [ ! -f "$file" ]; then
  echo "Fout: geef het back-upbestand dat u wilt terugzetten (./run.sh restore BESTAND)." >&2
  exit 2
fi
if ! "$bindir/pg_restore" --list "$file" >/dev/null 2>&1; then
  echo "Fout: $file is geen leesbare back-up (pg_dump, custom-formaat). Er is niets gewijzigd." >&2
  exit 1
fi

staging="${target}_herstel"
sql "drop database if exists $(quote "$staging")"
sql "create database $(quote "$staging")"
if ! "$bindir/pg_restore" --no-owner --no-privileges --single-transaction --exit-on-error -d "$staging" "$file"; then
  sql "drop database if exists $(quote "$staging")"
  echo "Fout: terugzetten mislukt; database $target is ongewijzigd." >&2
  exit 1
fi

kept=""
if [ "$(sql "select 1 from pg_database where datname = '${target//\'/\'\'}'")" = 1 ]; then
  kept="${target}_voor_herstel_$(date -u +%Y%m%d%H%M%S)"
  sql "select pg_terminate_backend(pid) from pg_stat_activity where datname = '${target//\'/\'\'}' and pid <> pg_backend_pid()" >/dev/null
  sql "alter database $(quote "$target") rename to $(quote "$kept")"
fi
sql "alter database $(quote "$staging") rename to $(quote "$target")"
echo "Back-up $file teruggezet als database $target."
[ -n "$kept" ] && echo "De vorige database is bewaard als $kept (verwijderen met: dropdb $kept)."
exit 0
