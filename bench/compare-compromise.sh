#!/usr/bin/env bash
# End to end against compromise (JavaScript), one run each on the same news, whole processes, one worker each
# (issue #20: the CLI must be at least 100 times faster):
#
#   bench/compare-compromise.sh [--copies N] [--ours-only] [--runs N] [--aot] [FOLDER ...]
#
# --ours-only runs only quote-extract (compromise takes about two minutes), --runs N (default 1) runs it N times and
# reports the fastest; each run's processor time (user + system) and peak memory are printed too. --aot measures the CLI
# compiled to native code ahead of time instead (Native AOT; not how the tool ships: Parquet.Net 6.1.0 has three trim
# and AOT analysis warnings in its own schema code, IL3050 and IL2070, which the build turns into errors, though the
# native CLI writes the same Parquet bytes; and a native tool package is built per platform, on that platform).
#
# FOLDERs default to the PolNeAR dev and train articles in ../shared (4.3 MB); --copies (default 4) repeats them, as
# separate files, to reach at least 15 MB. Needs Node.js; installs compromise from npm into bench/compromise on first
# use (the version pinned in bench/compromise/package.json). Prints one line per tool and the ratio.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
copies=4
ours_only=0
runs=1
aot=0
folders=()
while [ $# -gt 0 ]; do
  case "$1" in
    --copies) copies="$2"; shift 2 ;;
    --ours-only) ours_only=1; shift ;;
    --runs) runs="$2"; shift 2 ;;
    --aot) aot=1; shift ;;
    *) folders+=("$1"); shift ;;
  esac
done
if [ ${#folders[@]} -eq 0 ]; then
  folders=("$repo/../shared/corpus/polnear/dev/text" "$repo/../shared/corpus/polnear/train/text")
fi
for f in "${folders[@]}"; do [ -d "$f" ] || { echo "compare-compromise: no folder $f" >&2; exit 2; }; done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for ((k = 1; k <= copies; k++)); do
  i=0
  for f in "${folders[@]}"; do i=$((i + 1)); mkdir -p "$work/news/$k/$i"; cp "$f"/*.txt "$work/news/$k/$i/"; done
done
bytes=$(cat "$work"/news/*/*/*.txt | wc -c)
documents=$(find "$work/news" -name '*.txt' | wc -l)
echo "news: $documents documents, $bytes bytes ($copies copies of ${folders[*]})"

# The CLI published with its code compiled ahead of time (ReadyToRun, as a runtime-specific package of the tool would hold
# it; the tool package is plain IL today), so the run does not start by
# compiling the pipeline (about 0.3 s of processor time of a one-document run).
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)"
if [ $aot -eq 1 ]; then
  dotnet publish -c Release -p:PublishAot=true -p:TreatWarningsAsErrors=false -r "$rid" -o "$work/cli" "$repo/src/QuoteExtract.Cli" > /dev/null
  cli=("$work/cli/quote-extract")
else
  dotnet publish -c Release -p:PublishReadyToRun=true -r "$rid" --self-contained false -o "$work/cli" "$repo/src/QuoteExtract.Cli" > /dev/null
  cli=(dotnet "$work/cli/quote-extract.dll")
fi
[ $ours_only -eq 1 ] || [ -d "$repo/bench/compromise/node_modules/compromise" ] || (cd "$repo/bench/compromise" && npm ci --no-audit --no-fund > /dev/null)

# Wall seconds, then processor seconds (user + system) and peak resident kilobytes of the whole process.
measure() { /usr/bin/time -f '%e %U %S %M' "$@" 2>&1 >/dev/null | tail -1; }
best=""
for ((r = 1; r <= runs; r++)); do
  read -r wall user sys peak < <(measure "${cli[@]}" "$work/news" --parallel 1 --out "$work/quotes.jsonl")
  cpu=$(python3 -c "print(f'{$user + $sys:.2f}')")
  echo "quote-extract run $r: $wall s wall, $cpu s processor ($user user, $sys system), peak $peak KB"
  if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $wall < $best else 1)"; then best=$wall; fi
done
qe=$best
if [ $ours_only -eq 1 ]; then
  python3 - "$bytes" "$qe" <<'PY'
import sys
size, qe = int(sys.argv[1]), float(sys.argv[2])
print(f"quote-extract (one worker, whole process): {qe:8.2f} s  {size / 1e6 / qe:8.2f} MB/s")
PY
  exit 0
fi
js=$(measure node "$repo/bench/compromise/quotes.mjs" "$work/news" | cut -d' ' -f1)
python3 - "$bytes" "$qe" "$js" <<'PY'
import sys
size, qe, js = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3])
mb = size / 1e6
print(f"quote-extract (one worker, whole process): {qe:8.2f} s  {mb / qe:8.2f} MB/s")
print(f"compromise    (one thread, whole process): {js:8.2f} s  {mb / js:8.2f} MB/s")
print(f"quote-extract is {js / qe:.0f} times as fast")
PY
