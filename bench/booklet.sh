#!/usr/bin/env bash
# Casusboekje export benchmark (issue #5): bench/booklet.sh [N]   (default 200)
# Renders a casusboekje of N generated decided dilemmas as PDF and as Word, each format in its own process, and
# writes time and peak memory to bench/results/booklet-N.md. Needs no database.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-200}"
dotnet build "$root/bench/OmgekeerdHandhaven.Bench/OmgekeerdHandhaven.Bench.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly
dotnet "$root/bench/OmgekeerdHandhaven.Bench/bin/Release/net10.0/OmgekeerdHandhaven.Bench.dll" booklet "$n" "$root/bench/results/booklet-${n}.md"
