#!/usr/bin/env bash
# Search benchmark (issue #4): bench/search.sh [N]   (default 100000)
# Fills a database with N generated dilemmas (once; later runs reuse it), starts the app in Release on 127.0.0.1:5090,
# measures the search layer and HTTP at concurrency 1 and 8, and writes bench/results/search-N.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
n="${1:-100000}"
port=5090

bench_prepare "$n"
# OH_BENCH_QUICK=1: the search layer only (no app, no results file), to compare two versions of the search code.
[ "${OH_BENCH_QUICK:-}" = 1 ] || bench_start_app "$port"
mkdir -p "$root/bench/results"
dotnet "$bench" measure "$connection" "http://127.0.0.1:${port}" "ohp_demo-voorbeeld-teamleider-2026" "$root/bench/results/search-${n}.md" "$n"
