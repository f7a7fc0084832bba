#!/usr/bin/env bash
# The one command to run the Dilemmaregister on this machine.
#   ./run.sh                 PostgreSQL + migrations + demo data, then serve on http://127.0.0.1:5080 (PORT=… to change)
#   ./run.sh stop            stop the project-local PostgreSQL
#   ./run.sh backup [FILE]   dump the database (pg_dump) to FILE or backups/…; ./run.sh restore FILE puts one back
#   ./run.sh demo-code       the tweestapsverificatie code of the moment for the demo beheerders and beslissers
#   ./run.sh <command> …     run an operator command (migrate, seed-demo, create-gemeente, create-user, help)
#                            against the same database the app uses
# Set ConnectionStrings__Default to use another PostgreSQL; nothing local is started then.
# It serves as production does (Dutch error pages, problem+json, never a stack trace); ASPNETCORE_ENVIRONMENT=Development
# ./run.sh for the developer exception page and readable console logs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
web="$root/src/OmgekeerdHandhaven.Web"
port="${PORT:-5080}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ "${1:-}" = "stop" ]; then
  "$root/scripts/postgres.sh" stop
  echo "De lokale PostgreSQL is gestopt."
  exit 0
fi

if [ "${1:-}" = "backup" ] || [ "${1:-}" = "restore" ]; then
  exec "$root/scripts/backup.sh" "$@"
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "De .NET 10 SDK ontbreekt (dotnet staat niet op het PATH). Installeer die eerst." >&2
  exit 1
fi

if [ -z "${ConnectionStrings__Default:-}" ]; then
  "$root/scripts/postgres.sh" start
  "$root/scripts/postgres.sh" createdb omgekeerdhandhaven
  export ConnectionStrings__Default="Host=127.0.0.1;Port=${OH_PG_PORT:-55432};Database=omgekeerdhandhaven;Username=postgres"
fi
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"

# The data-protection keys (they sign session cookies and afmeldlinks) are stored in the database encrypted with a
# certificate. A local install makes its own once, in .local/; production sets DataProtection__CertificatePath (and
# __CertificatePassword) to the gemeente's. Every instance must use the same one.
if [ -z "${DataProtection__CertificatePath:-}" ]; then
  if ! command -v openssl >/dev/null 2>&1; then
    apt-get install -y --no-install-recommends openssl >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1; apt-get install -y --no-install-recommends openssl >/dev/null; }
  fi
  mkdir -p "$root/.local"
  cert="$root/.local/dataprotection.pfx"
  secret="$root/.local/dataprotection.password"
  if [ ! -f "$cert" ] || [ ! -f "$secret" ]; then
    (
      umask 077
      openssl rand -hex 24 >"$secret"
      openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=Dilemmaregister sleutels" \
        -keyout "$root/.local/dataprotection.key" -out "$root/.local/dataprotection.crt" 2>/dev/null
      openssl pkcs12 -export -in "$root/.local/dataprotection.crt" -inkey "$root/.local/dataprotection.key" \
        -out "$cert" -passout "file:$secret"
      rm -f "$root/.local/dataprotection.key" "$root/.local/dataprotection.crt"
    )
  fi
  export DataProtection__CertificatePath="$cert"
  DataProtection__CertificatePassword="$(cat "$secret")"
  export DataProtection__CertificatePassword
fi

dotnet build "$web/OmgekeerdHandhaven.Web.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly >/dev/null || {
  dotnet build "$web/OmgekeerdHandhaven.Web.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly
  exit 1
}
app="$web/bin/Release/net10.0/OmgekeerdHandhaven.Web.dll"

# The content root is the project folder, so appsettings.json and wwwroot are found.
cd "$web"
if [ $# -gt 0 ]; then
  exec dotnet "$app" "$@"
fi

"$root/scripts/vendor-frontend.sh"
dotnet "$app" migrate
dotnet "$app" seed-demo

# A real mail server to read what the register sends: smtp4dev (pinned in .config/dotnet-tools.json), messages kept in
# memory. Set Mail__Host to send through another server instead.
mail_line=""
if [ -z "${Mail__Host:-}" ]; then
  mail_web_port="${MAIL_WEB_PORT:-$((port + 1))}"
  mail_smtp_port="${MAIL_SMTP_PORT:-$((port + 2))}"
  mkdir -p "$root/.local"
  if (cd "$root" && dotnet tool restore >/dev/null); then
    # Stopped with the app (below), whether by Ctrl+C or by a kill of this script.
    (cd "$root" && exec dotnet tool run smtp4dev -- --urls="http://127.0.0.1:${mail_web_port}" --smtpport="${mail_smtp_port}" \
      --imapport= --pop3port= --db= >"$root/.local/smtp4dev.log" 2>&1) &
    mail_pid=$!
    export Mail__Enabled=true Mail__Host=127.0.0.1 Mail__Port="$mail_smtp_port" Mail__BaseUrl="http://127.0.0.1:${port}"
    mail_line="E-mail (smtp4dev): http://127.0.0.1:${mail_web_port}"
  else
    mail_line="E-mail: smtp4dev kon niet worden geïnstalleerd; berichten wachten in de database tot er een mailserver is."
  fi
fi

password="${Demo__Password:-Dilemmaregister-demo-2026}"
authenticator_key="${Demo__AuthenticatorKey:-DILEMMAREGISTERDEMOTWEESTAPSCODE}"
cat <<INFO

Dilemmaregister draait op http://127.0.0.1:${port}   (stoppen: Ctrl+C; database stoppen: ./run.sh stop)
${mail_line}

Demo-accounts (wachtwoord voor allemaal: ${password})
  Gemeente Voorbeeld  handhaver@voorbeeld.nl   Handhaver
                      consulent@voorbeeld.nl   Consulent
                      beslisser@voorbeeld.nl   Beslisser
                      beheerder@voorbeeld.nl   Beheerder
                      teamleider@voorbeeld.nl  Handhaver en Beslisser
  Gemeente Anderdorp  handhaver@anderdorp.nl   Handhaver
                      beslisser@anderdorp.nl   Beslisser
                      beheerder@anderdorp.nl   Beheerder

Beheerders en beslissers loggen in met tweestapsverificatie, zoals een gemeente dat standaard vraagt. De code:
  ./run.sh demo-code   (of zet sleutel ${authenticator_key} in een authenticator-app)

API: http://127.0.0.1:${port}/api/v1/dilemmas (OpenAPI: /openapi/v1.json), demo-token van teamleider@voorbeeld.nl:
  curl -H "Authorization: Bearer ohp_demo-voorbeeld-teamleider-2026" http://127.0.0.1:${port}/api/v1/dilemmas

INFO
if [ -z "${mail_pid:-}" ]; then
  exec dotnet "$app" --urls "http://127.0.0.1:${port}"
fi

# With smtp4dev beside it: stop both together (dotnet tool run starts the server as a child of its own).
stop_mail() { pkill -TERM -P "$mail_pid" 2>/dev/null || true; kill "$mail_pid" 2>/dev/null || true; }
dotnet "$app" --urls "http://127.0.0.1:${port}" &
app_pid=$!
trap 'kill "$app_pid" 2>/dev/null || true' INT TERM
trap stop_mail EXIT
status=0
wait "$app_pid" || status=$?
# Interrupted by a signal, the trap asked the app to stop: wait until it has.
if kill -0 "$app_pid" 2>/dev/null; then
  wait "$app_pid" || status=$?
fi
exit "$status"
