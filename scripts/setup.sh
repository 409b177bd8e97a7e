#!/usr/bin/env bash
# Installs what RecruiterPortal needs from Debian's packages, only when it is missing.
#   scripts/setup.sh           what the portal needs to run (PDF reading, PDF export)
#   scripts/setup.sh --test    also what the test suite needs (a PostgreSQL server, LibreOffice
#                              to read exported DOCX files back as text)
set -euo pipefail

packages=()
command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)
command -v prlimit >/dev/null 2>&1 || packages+=(util-linux)
[ -x /usr/bin/chromium ] || packages+=(chromium)
if [ "${1:-}" = "--test" ]; then
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages+=(postgresql)
  command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-writer-nogui)
fi

if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${packages[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is required: https://dotnet.microsoft.com/download" >&2
  exit 1
fi
