#!/usr/bin/env bash
# Writes what `sabha text` and `sabha convert` print for every file under fixtures/
# (and for every file of any extra folders given, e.g. corpora from
# scripts/make-corpus.py) into OUT, so two builds can be compared byte for byte:
#
#   scripts/snapshot-outputs.sh /tmp/before /tmp/corpus-text
#   ... change the code, rebuild ...
#   scripts/snapshot-outputs.sh /tmp/after /tmp/corpus-text && diff -r /tmp/before /tmp/after
#
# SABHA=path/to/sabha picks the binary (default: the release build).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:?usage: snapshot-outputs.sh OUT [FOLDER...]}
shift
BIN="${SABHA:-${CARGO_TARGET_DIR:-target}/release/sabha}"
mkdir -p "$OUT"

snapshot_file() { # $1 file, $2 name in OUT
  local file=$1 name=$2
  mkdir -p "$OUT/$(dirname "$name")"
  { "$BIN" text "$file" 2>&1; echo "exit $?"; } >"$OUT/$name.text" || true
  { "$BIN" convert --quiet --jobs 1 "$file" 2>&1; echo "exit $?"; } >"$OUT/$name.jsonl" || true
}

while IFS= read -r -d '' file; do
  snapshot_file "$file" "$file"
done < <(find fixtures -type f -print0 | sort -z)

for folder in "$@"; do
  base=$(basename "$folder")
  while IFS= read -r -d '' file; do
    snapshot_file "$file" "$base/${file#"$folder"/}"
  done < <(find "$folder" -type f -print0 | sort -z)
  # The whole folder in one run, with every core: order and zip members too.
  { "$BIN" convert --quiet "$folder" 2>&1; echo "exit $?"; } >"$OUT/$base.all.jsonl" || true
done
echo "$(find "$OUT" -type f | wc -l) outputs in $OUT"
