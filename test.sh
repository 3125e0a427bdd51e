#!/usr/bin/env bash
# The test command: installs what the tests need when it is missing, then runs every test once.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Debian packages the tests drive: Chromium for the pages and cards a person looks at, Node.js for the card tools,
# LibreOffice (Writer, no GUI) and poppler to open the review report as an independent reader does (the charts' font
# ships with the app; the DejaVu font is for LibreOffice's rendering of the document text).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/soffice ] || missing+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
command -v npm >/dev/null || missing+=(nodejs npm)
[ -e /usr/share/zoneinfo/Europe/Stockholm ] || missing+=(tzdata)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm packages the tests check against: Adaptive Cards schema and renderer, Teams manifest schemas, axe-core (package-lock.json).
if [ ! -d tests/tools/node_modules/adaptivecards ] || [ ! -d tests/tools/node_modules/axe-core ] || [ tests/tools/package-lock.json -nt tests/tools/node_modules/.package-lock.json ]; then
  echo "Installing the test tools (npm ci in tests/tools)"
  (cd tests/tools && npm ci --no-audit --no-fund --loglevel=error)
fi

# The test hosts never reload their configuration: without this each of the hundreds of hosts a run starts watches
# its appsettings files, and a machine's inotify limit (often 128 instances per user) is soon reached.
export DOTNET_hostBuilder__reloadConfigOnChange=false

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test PartnershipTeams.sln -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line over all test assemblies: "Total: N passed, N failed, N skipped".
grep -E '^(Passed|Failed)!' "$log" | awk -F'[:,]' '
  { for (i = 1; i <= NF; i++) {
      if ($i ~ /Failed$/) failed += $(i + 1)
      if ($i ~ /Passed$/) passed += $(i + 1)
      if ($i ~ /Skipped$/) skipped += $(i + 1) } }
  END { printf "Total: %d passed, %d failed, %d skipped\n", passed, failed, skipped }'
exit "$status"
