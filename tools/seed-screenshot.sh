#!/usr/bin/env bash
# Regenerates docs/seed.png, the README's picture of the seed article's page (HtmlView), with Debian's headless chromium.
# Run from anywhere: bash tools/seed-screenshot.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet run -c Release --project samples/QuoteExtract.Samples -- --html "$work/seed.html" >/dev/null
# A fresh profile and no background networking: the machine has no network beyond the package registries.
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update \
  --disable-sync --disable-quic --user-data-dir="$work/profile" --hide-scrollbars --window-size=1280,1600 \
  --screenshot="$work/seed.png" "file://$work/seed.html" 2>/dev/null
mv "$work/seed.png" docs/seed.png
echo docs/seed.png
