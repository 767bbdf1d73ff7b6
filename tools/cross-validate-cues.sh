#!/usr/bin/env bash
# Cross-validates the learned cue inventory: for each of 7 folds of the training split (every 7th article, in
# ordinal order), learns the inventory on the other six and scores the rules alone on the held-out seventh;
# prints the pooled counts and F1. Needs the corpus (default ../shared/corpus/polnear/train).
#   bash tools/cross-validate-cues.sh [TRAIN_DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
train="${1:-$root/../shared/corpus/polnear/train}"
[ -d "$train/text" ] && [ -d "$train/attributions" ] || { echo "no brat corpus at $train (text/ and attributions/)" >&2; exit 2; }
train="$(cd "$train" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
# (Full builds: an experiment edits the library between runs, and a stale incremental build once hid an edit.)
dotnet build -c Release --no-incremental tools/QuoteExtract.Training >/dev/null
# Each fold's inventory is built into a copy of the library (the library reads no file or variable to swap it).
copy="$work/repo"
mkdir -p "$copy"
tar -C "$root" --exclude=bin --exclude=obj --exclude=.git -cf - Directory.Build.props Directory.Packages.props global.json src | tar -C "$copy" -xf -
mapfile -t texts < <(cd "$train/text" && ls -1 | LC_ALL=C sort)
m=0; p=0; g=0; w=0; s=0
for k in 0 1 2 3 4 5 6; do
  for part in learn held; do mkdir -p "$work/$k/$part/text" "$work/$k/$part/attributions"; done
  for i in "${!texts[@]}"; do
    part=learn; (( i % 7 == k )) && part=held
    name="${texts[$i]}"; stem="${name%.txt}"
    ln -s "$train/text/$name" "$work/$k/$part/text/$name"
    for ann in "$train/attributions/$stem".ann "$train/attributions/$stem"_*.ann; do
      [ -e "$ann" ] && ln -s "$ann" "$work/$k/$part/attributions/$(basename "$ann")"
    done
  done
  dotnet run -c Release --no-build --project tools/QuoteExtract.Training -- cues --train "$work/$k/learn" --out "$work/$k/inventory.tsv" >/dev/null
  # (eval exits 1 when a document fails: the scores are still printed, and the count is checked below.)
  cp "$work/$k/inventory.tsv" "$copy/src/QuoteExtract/Lexicon/Resources/cue-inventory.tsv"
  dotnet build -c Release --no-incremental "$copy/src/QuoteExtract.Cli" >/dev/null
  out="$(dotnet run -c Release --no-build --project "$copy/src/QuoteExtract.Cli" -- eval "$work/$k/held" --rules-only 2>"$work/$k/stderr" || true)"
  grep -q "P  @0.3" <<<"$out" || { echo "fold $k: eval printed no scores:" >&2; cat "$work/$k/stderr" >&2; exit 1; }
  grep -q "failed" "$work/$k/stderr" && { echo "fold $k: some documents failed:" >&2; cat "$work/$k/stderr" >&2; exit 1; }
  m=$(( m + $(awk '/P  @0.3/{print $4}' <<<"$out") )); p=$(( p + $(awk '/P  @0.3/{print $6}' <<<"$out") ))
  g=$(( g + $(awk '/R  @0.3/{print $6}' <<<"$out") )); s=$(( s + $(awk '/P  @0.8/{print $4}' <<<"$out") ))
  w=$(( w + $(awk '/F1 whole @0.3/{print $5}' <<<"$out") ))
done
awk -v m=$m -v p=$p -v g=$g -v s=$s -v w=$w 'function f1(x) { return 200 * x / (p + g) }
  BEGIN { printf "rules only, inventory cross-validated on 7 folds: predictions %d, gold %d, F1@0.3 %.2f (%d matched), F1@0.8 %.2f, whole F1@0.3 %.2f\n", p, g, f1(m), m, f1(s), f1(w) }'
