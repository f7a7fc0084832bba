#!/usr/bin/env bash
# Relevance (issue #18): bench/relevance.sh
# Runs the relevance suite (tests/OmgekeerdHandhaven.IntegrationTests/Search/RelevanceSuiteTests.cs) against the test
# PostgreSQL and writes bench/results/relevance.md: mean reciprocal rank (MRR@10) per kind of query for this release,
# with and without the rum index, next to plain PostgreSQL 'dutch' search in the same run, and the previous release
# measured by the same test before #18 (its code cannot run beside this one: the database functions changed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export OH_PG_NAME="${OH_PG_NAME:-test}" OH_PG_PORT="${OH_PG_PORT:-55433}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
"$root/scripts/postgres.sh" start
export OH_TEST_POSTGRES="${OH_TEST_POSTGRES:-Host=127.0.0.1;Port=${OH_PG_PORT};Username=postgres}"
table="$(mktemp)"
trap 'rm -f "$table"' EXIT
OH_RELEVANCE_REPORT="$table" dotnet test "$root/tests/OmgekeerdHandhaven.IntegrationTests" -nologo -v quiet \
  --filter "FullyQualifiedName~RelevanceSuiteTests.MeanReciprocalRank_PerKind" >/dev/null || {
  echo "De relevantietest faalde; zie dotnet test voor de uitvoer." >&2
  [ -s "$table" ] || exit 1
}
mkdir -p "$root/bench/results"
{
  echo "# Relevantie van Zoeken"
  echo
  echo "- Datum: $(date '+%Y-%m-%d %H:%M %z'); commit $(git -C "$root" rev-parse --short HEAD)"
  echo "- Maat: mean reciprocal rank over de eerste tien resultaten (1 = het bedoelde dilemma staat steeds bovenaan), van de"
  echo "  eerste pagina zoals de consulent die ziet (zonder te klikken), voor een nieuwe gemeente met de standaardinstellingen."
  echo "- Sets: \`blind\` — 100 dilemma's en 130 zoekopdrachten, geschreven door iemand die de thesaurus, de domeinwoorden en"
  echo "  de zoekcode niet zag (tests/…/Search/Blind); \`bestaand\` — de 45 dilemma's en 48 zoekopdrachten van vóór #18. Elke set"
  echo "  in een eigen gemeente."
  echo "- Doel: ≥ 0,95 over alles, ≥ 0,9 per soort."
  echo
  echo "## Deze release, in dezelfde run naast PostgreSQL \`dutch\`"
  echo
  cat "$table"
  echo
  echo "## Vorige configuratie (vóór #18, commit 3c2cf73, dezelfde test en sets)"
  echo
  echo "Strikt alle woorden, 38 synoniemgroepen, splitsen zonder afleidingen, bij een tikfout alleen \"Bedoelde u …?\"."
  echo
  echo "| Soort | Vragen | Zoals getoond | Na klik op \"Bedoelde u …?\" |"
  echo "|---|---:|---:|---:|"
  echo "| synonym | 28 | 0.036 | 0.071 |"
  echo "| compound | 25 | 0.320 | 0.360 |"
  echo "| derivation | 25 | 0.080 | 0.200 |"
  echo "| question | 26 | 0.038 | 0.038 |"
  echo "| typo | 25 | 0.120 | 1.000 |"
  echo "| plain | 1 | 1.000 | 1.000 |"
  echo "| bestaand | 48 | 0.917 | 1.000 |"
  echo "| alle | 178 | 0.337 | 0.511 |"
} > "$root/bench/results/relevance.md"
echo "bench/results/relevance.md geschreven."
