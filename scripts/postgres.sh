#!/usr/bin/env bash
# A project-local PostgreSQL cluster on 127.0.0.1, without Docker.
#   scripts/postgres.sh start            start (initialising the cluster on first use)
#   scripts/postgres.sh stop             stop it, if it runs
#   scripts/postgres.sh status           exit 0 when it runs
#   scripts/postgres.sh createdb NAME    create a database if it does not exist
#   scripts/postgres.sh dir              print the data directory in use
#   scripts/postgres.sh bindir           print the folder with the PostgreSQL programs (installing them if missing)
# OH_PG_PORT (default 55432) and OH_PG_NAME (default "dev") select the cluster; ./test.sh uses its own.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port="${OH_PG_PORT:-55432}"
name="${OH_PG_NAME:-dev}"

find_bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    local major
    major="$(basename "$(dirname "$dir")")"
    if [ "${major%%.*}" -ge 15 ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      echo "$dir"
      return 0
    fi
  done
  return 1
}

# Search splits Dutch compounds with Debian's word list (wdutch); the app still runs without it, splitting less.
ensure_wordlist() {
  [ -f /usr/share/dict/dutch ] && return 0
  [ "$(id -u)" = 0 ] || { echo "Let op: /usr/share/dict/dutch ontbreekt (Debian-pakket wdutch)." >&2; return 0; }
  echo "Nederlandse woordenlijst (wdutch) installeren…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends wdutch >/dev/null 2>&1 || {
    apt-get update >/dev/null 2>&1
    apt-get install -y --no-install-recommends wdutch >/dev/null 2>&1
  } || echo "Let op: wdutch kon niet worden geïnstalleerd; zoeken splitst minder samenstellingen." >&2
}

# rum orders full-text matches by rank inside the index: search stays fast at a million dilemmas. Optional; without it
# the app ranks every match itself (slower).
ensure_rum() {
  local major
  major="$(basename "$(dirname "$bindir")")"
  [ -f "/usr/share/postgresql/${major}/extension/rum.control" ] && return 0
  [ "$(id -u)" = 0 ] || { echo "Let op: de PostgreSQL-extensie rum ontbreekt (postgresql-${major}-rum)." >&2; return 0; }
  echo "PostgreSQL-extensie rum installeren…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends "postgresql-${major}-rum" >/dev/null 2>&1 || {
    apt-get update >/dev/null 2>&1
    apt-get install -y --no-install-recommends "postgresql-${major}-rum" >/dev/null 2>&1
  } || echo "Let op: rum kon niet worden geïnstalleerd; zoeken werkt, maar is trager bij grote aantallen." >&2
}

ensure_server() {
  ensure_wordlist
  if bindir="$(find_bindir)"; then
    ensure_rum
    return 0
  fi
  echo "PostgreSQL 15 of nieuwer ontbreekt; installeren met apt…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends postgresql >/dev/null 2>&1 || {
    apt-get update >/dev/null
    apt-get install -y --no-install-recommends postgresql >/dev/null
  }
  # Debian's package starts a system cluster on 5432; we use our own and leave that one alone.
  bindir="$(find_bindir)" || { echo "PostgreSQL kon niet worden geïnstalleerd." >&2; exit 1; }
  ensure_rum
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# initdb refuses to run as root, so the cluster belongs to the postgres user, which must be able to reach the folder.
# A checkout under a folder that user cannot enter (seen in CI) gets its data under /var/tmp instead.
data_root() {
  local preferred="$root/.local/pg"
  mkdir -p "$preferred"
  if [ "$(id -u)" != 0 ] || runuser -u postgres -- test -x "$root/.local" 2>/dev/null; then
    echo "$preferred"
  else
    local fallback="/var/tmp/omgekeerdhandhaven-$(echo -n "$root" | sha256sum | cut -c1-12)/pg"
    mkdir -p "$fallback"
    chmod 755 "$(dirname "$fallback")"
    echo "$fallback"
  fi
}

datadir="$(data_root)/$name"
logfile="$(dirname "$datadir")/$name.log"

is_running() {
  [ -f "$datadir/PG_VERSION" ] && as_postgres "$bindir/pg_ctl" -D "$datadir" status >/dev/null 2>&1
}

bindir=""
case "${1:-}" in
  start)
    ensure_server
    if is_running; then
      exit 0
    fi
    if [ ! -f "$datadir/PG_VERSION" ]; then
      mkdir -p "$datadir"
      [ "$(id -u)" = 0 ] && chown -R postgres "$(dirname "$datadir")"
      as_postgres "$bindir/initdb" -D "$datadir" -A trust -U postgres --locale=C.UTF-8 -E UTF8 >/dev/null
    fi
    [ "$(id -u)" = 0 ] && chown postgres "$(dirname "$datadir")"
    touch "$logfile" && { [ "$(id -u)" != 0 ] || chown postgres "$logfile"; }
    as_postgres "$bindir/pg_ctl" -D "$datadir" -l "$logfile" -w -t 60 \
      -o "-p $port -k /tmp -c listen_addresses=127.0.0.1" start >/dev/null
    ;;
  stop)
    bindir="$(find_bindir)" || exit 0
    if is_running; then
      as_postgres "$bindir/pg_ctl" -D "$datadir" stop -m fast -w >/dev/null
    fi
    ;;
  status)
    bindir="$(find_bindir)" || exit 1
    is_running
    ;;
  createdb)
    db="${2:?database name}"
    bindir="$(find_bindir)"
    exists="$("$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "select 1 from pg_database where datname = '$db'")"
    if [ "$exists" != "1" ]; then
      "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db"
    fi
    ;;
  dir)
    echo "$datadir"
    ;;
  bindir)
    ensure_server >&2
    echo "$bindir"
    ;;
  *)
    echo "Gebruik: scripts/postgres.sh start|stop|status|createdb NAAM|dir|bindir" >&2
    exit 2
    ;;
esac
