#!/usr/bin/env bash
# Produces the deployable Functions app: a folder (framework-dependent linux-x64 on the dotnet-isolated 10.0 runtime,
# ReadyToRun; the worker with functions.metadata, worker.config.json, extensions.json and host.json, as the worker SDK
# writes them) and the same folder zipped, the package Flex Consumption runs from
# (az functionapp deployment source config-zip --src <zip>). Usage: functions/publish.sh [folder] [zip]
# (defaults: artifacts/functions and artifacts/functions.zip).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(realpath -m "${1:-$here/../artifacts/functions}")"
zip="$(realpath -m "${2:-$out.zip}")"
case "$zip" in "$out"/*) echo "The zip must be outside the folder it packs: $zip" >&2; exit 2 ;; esac
# Start from an empty folder so the zip holds nothing from an earlier publish; never empty a folder that is not one.
if [ -d "$out" ] && [ -n "$(ls -A "$out")" ] && [ ! -f "$out/host.json" ]; then
  echo "$out is not empty and holds no earlier publish (no host.json); choose another folder" >&2
  exit 2
fi
rm -rf "$out"
mkdir -p "$(dirname "$zip")"
# ReadyToRun images of an earlier publish of another kind (self-contained, composite) are reused by the compiler and
# made a framework-dependent app abort before Main: start each publish from fresh ones.
find "$here/.." -maxdepth 6 -path '*/obj/Release/net10.0/linux-x64/R2R' -type d -prune -exec rm -rf {} + 2>/dev/null || true
dotnet publish "$here/PartnershipTeams.Functions.csproj" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -p:PublishZip="$zip" --nologo -v quiet -o "$out"
echo "Published to $out ($(du -sm "$out" | cut -f1) MB) and $zip ($(du -m "$zip" | cut -f1) MB)"
