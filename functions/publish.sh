#!/usr/bin/env bash
# Produces the deployable Functions app folder: self-contained linux-x64, ReadyToRun, with host.json and every
# function.json beside the executable host.json names. Usage: functions/publish.sh [output folder]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/../artifacts/functions}"
dotnet publish "$here/PartnershipTeams.Functions.csproj" -c Release -r linux-x64 --self-contained true \
  -p:PublishReadyToRun=true --nologo -v quiet -o "$out"
echo "Published to $out"
