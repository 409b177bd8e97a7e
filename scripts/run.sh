#!/usr/bin/env bash
# Starts RecruiterPortal on its embedded defaults: SQLite under RecruiterPortal/data, the
# built-in engines, and a demo tenant whose sign-ins are printed below.
# Extra arguments are passed to the portal, e.g. --urls http://0.0.0.0:5000 or --Demo:Enabled=false.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
exec dotnet run --project RecruiterPortal -c Release -- \
  --urls "${PORTAL_URLS:-http://127.0.0.1:5000}" \
  --Demo:Enabled=true \
  "$@"
