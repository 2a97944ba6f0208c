#!/usr/bin/env bash
# The analyst's script against coordreport, one command after the other on
# the same file (docs/performance.md, "Against the analyst's script"):
# generates ../shared/bench's corpus (seed 1) at each size, runs
# baseline.py and `coordreport report --by quarter`, then `extract` with
# --jobs 1 and 2, and prints a Markdown table with the ratios.
# Usage: bash bench/against_baseline.sh [SIZES...]   (default: 10000 100000)
# Needs ../shared/bench and Debian's python3-pandas and python3-xlsxwriter.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared/bench
[ -f "$shared/baseline.py" ] || { echo "no $shared/baseline.py: nothing to compare with" >&2; exit 1; }
[ -x build/coordreport ] || bash .ci/build >/dev/null
py=/usr/bin/python3  # Debian's, where pandas imports
sizes=("${@:-10000 100000}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command with /usr/bin/time; prints "seconds peak-MB".
timed() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" ||
    { cat "$work/stderr" >&2; exit 1; }
  awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$work/time"
}

echo "| articles | MB | baseline (s / MB) | report (s / MB) | ratio | extract --jobs 1 (s, MB/s) | extract --jobs 2 (s) | jobs 2 / 1 |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in ${sizes[*]}; do
  corpus="$work/corpus.jsonl"
  "$py" "$shared/gen_corpus.py" --articles "$n" --seed 1 --out "$corpus" > /dev/null
  mb=$(awk -v b="$(stat -c %s "$corpus")" 'BEGIN { printf "%.1f", b / 1e6 }')
  read -r base_s base_mb < <(timed "$py" "$shared/baseline.py" "$corpus" --by quarter --out "$work/base")
  read -r report_s report_mb < <(timed build/coordreport report "$corpus" --by quarter -q -o "$work/out")
  read -r one_s _ < <(timed build/coordreport extract --jobs 1 -q "$corpus")
  read -r two_s _ < <(timed build/coordreport extract --jobs 2 -q "$corpus")
  awk -v n="$n" -v mb="$mb" -v bs="$base_s" -v bm="$base_mb" -v rs="$report_s" -v rm="$report_mb" \
      -v one="$one_s" -v two="$two_s" 'BEGIN {
    printf "| %d | %s | %s / %s | %s / %s | %.1f× | %s, %.1f | %s | %.2f× |\n",
           n, mb, bs, bm, rs, rm, bs / rs, one, mb / one, two, one / two }'
done
