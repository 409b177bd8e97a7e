#!/usr/bin/env bash
# Runs every test: unit, data (real SQLite and a throwaway PostgreSQL cluster), web and browser
# (headless Chromium). Pass a filter to run a subset, e.g.
#   scripts/test.sh --filter "Category!=Postgres&Category!=Browser"
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test RecruiterPortal.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line a CI can read, summed over the test assemblies.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
     } END { printf "%d passed, %d failed\n", p, f }' "$log"
exit "$status"
