#!/usr/bin/env bash
# Load test (issue #6): bench/load.sh [N] [SECONDS] [CONNECTIONS]   (defaults 100000, 60, 32)
# wrk (Debian package) on loopback against the app in Release on a database of N generated dilemmas, with a mix of
# Mijn werk, dilemma pages, searches and comment posts by one signed-in colleague (bench/load.lua). Writes
# bench/results/load.md: requests, throughput, latency percentiles, error rate, the app's peak resident memory.
# Exits non-zero when the error rate reaches 0.1 % (./test.sh --slow runs it as a test).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
n="${1:-100000}"
seconds="${2:-60}"
connections="${3:-32}"
port=5091
out="$root/bench/results/load.md"

if ! command -v wrk >/dev/null 2>&1; then
  echo "wrk installeren (Debian-pakket)…" >&2
  apt-get install -y --no-install-recommends wrk >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1; apt-get install -y --no-install-recommends wrk >/dev/null; }
fi

bench_prepare "$n"
bench_start_app "$port"
base="http://127.0.0.1:${port}"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work" "$bench_log"' EXIT

# Sign in as the demo handhaver the way a browser does: the login form's token, then the session cookie.
jar="$work/cookies"
# The antiforgery token in a page's form (the same for every form of one session).
page_token() { curl -fs -c "$jar" -b "$jar" "$1" | grep -o '__RequestVerificationToken[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//'; }
token="$(page_token "$base/inloggen")"
status="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "Email=handhaver@voorbeeld.nl" \
  --data-urlencode "Password=${Demo__Password:-Dilemmaregister-demo-2026}" --data-urlencode "__RequestVerificationToken=$token" "$base/inloggen")"
[ "$status" = 302 ] || { echo "Inloggen mislukt ($status)." >&2; exit 1; }
cookie="$(awk '$6 ~ /^oh\./ { printf "%s%s=%s", sep, $6, $7; sep="; " }' "$jar")"

# Dilemmas open to comments, numbered as the app shows them.
psql -h 127.0.0.1 -p "$OH_PG_PORT" -U postgres -d "$db" -tAc "
  select d.year || '-' || lpad(d.sequence::text, greatest(4, length(d.sequence::text)), '0')
  from dilemmas d join municipalities m on m.id = d.municipality_id
  where m.code = 'GM0000' and d.status in ('UnderDiscussion', 'Decided') order by random() limit 2000" >"$work/numbers"
first="$(head -n 1 "$work/numbers")"
form_token="$(page_token "$base/dilemmas/$first")"
[ -n "$form_token" ] || { echo "Geen formuliertoken op de dilemmapagina." >&2; exit 1; }

comments_before="$(psql -h 127.0.0.1 -p "$OH_PG_PORT" -U postgres -d "$db" -tAc "select count(*) from comments")"
echo "Belasting: ${seconds} s, ${connections} verbindingen, ${n} dilemma's…" >&2
LOAD_COOKIE="$cookie" LOAD_TOKEN="$form_token" LOAD_NUMBERS="$work/numbers" \
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$root/bench/load.lua" "$base" >"$work/wrk.txt"
cat "$work/wrk.txt" >&2
comments_after="$(psql -h 127.0.0.1 -p "$OH_PG_PORT" -U postgres -d "$db" -tAc "select count(*) from comments")"
peak_kb="$(awk '/VmHWM/ { print $2 }' "/proc/$server/status")"
# Still signed in afterwards: the run was not a stream of redirects to the login page.
still="$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "$base/")"

requests="$(grep -Eo '^ *[0-9]+ requests in' "$work/wrk.txt" | grep -Eo '[0-9]+')"
rps="$(awk '/^Requests\/sec:/ { print $2 }' "$work/wrk.txt")"
non2xx="$(awk '/Non-2xx or 3xx responses:/ { print $NF }' "$work/wrk.txt")"
non2xx="${non2xx:-0}"
socket="$(awk '/Socket errors:/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) s += $i } END { print s + 0 }' "$work/wrk.txt")"
percentile() { awk -v p="$1" '$1 == p { print $2 }' "$work/wrk.txt"; }
errors=$((non2xx + socket))
rate="$(awk -v e="$errors" -v r="$requests" 'BEGIN { printf "%.3f", (r > 0 ? 100 * e / r : 100) }')"
verdict="$(awk -v x="$rate" 'BEGIN { print (x < 0.1 ? "gehaald" : "NIET gehaald") }')"

mkdir -p "$(dirname "$out")"
cat >"$out" <<REPORT
# Belastingtest — $(date -u +%Y-%m-%d)

Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM, $(uname -sr); app, PostgreSQL and wrk share it.
Database: ${n} gegenereerde dilemma's (bench/common.sh), app in Release (Production), loopback.

Opdracht: \`wrk -t2 -c${connections} -d${seconds}s --latency -s bench/load.lua\` — één ingelogde handhaver;
mix 30 % Mijn werk, 35 % dilemmapagina, 25 % zoeken (15 zoektermen, kwart op nieuwste), 10 % reactie plaatsen.

| meting | waarde |
|---|---|
| verzoeken | ${requests} in ${seconds} s |
| doorvoer | ${rps} verzoeken/s |
| latentie p50 | $(percentile 50%) |
| latentie p90 | $(percentile 90%) |
| latentie p99 | $(percentile 99%) |
| fouten (niet-2xx/3xx + socketfouten) | ${errors} (${rate} %) — doel < 0,1 %: ${verdict} |
| reacties opgeslagen | $((comments_after - comments_before)) |
| piekgeheugen app (VmHWM) | $((peak_kb / 1024)) MB |
| sessie na afloop | HTTP ${still} op Mijn werk |

<details><summary>Uitvoer van wrk</summary>

\`\`\`
$(cat "$work/wrk.txt")
\`\`\`
</details>
REPORT
echo "Resultaat: $out" >&2
# Non-zero when the error-rate target is missed, so ./test.sh --slow can count it.
[ "$verdict" = gehaald ]
