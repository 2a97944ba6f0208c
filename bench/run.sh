#!/usr/bin/env bash
# End-to-end benchmark: generates 10k and 100k articles (~7 KB each) and
# prints wall time, MB/s and peak RSS (/usr/bin/time -v) of `report --by
# quarter` and `extract` with --jobs 1 and 2, as a Markdown table.
# Usage: bash bench/run.sh [SIZES...]   (default: 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/coordreport ] || bash .ci/build >/dev/null
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time >/dev/null
sizes=("${@:-10000 100000}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "| command | corpus | MB | jobs | wall (s) | MB/s | peak RSS (MB) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in ${sizes[*]}; do
  build/coordreport_generate "$n" 42 > "$work/corpus.jsonl"
  mb=$(( $(stat -c %s "$work/corpus.jsonl") / 1000000 ))
  for cmd in report extract; do
    for jobs in 1 2; do
      if [ "$cmd" = report ]; then
        args=(report "$work/corpus.jsonl" --by quarter -o "$work/out" --jobs "$jobs" -q)
      else
        args=(extract "$work/corpus.jsonl" -o "$work/extracted.jsonl" --jobs "$jobs" -q)
      fi
      /usr/bin/time -v build/coordreport "${args[@]}" 2> "$work/time.log" >/dev/null
      wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.log" | awk -F: '{ if (NF == 3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
      rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time.log")
      rate=$(awk -v mb="$mb" -v s="$wall" 'BEGIN { printf "%.1f", mb / s }')
      echo "| $cmd | $n articles | $mb | $jobs | $wall | $rate | $rss |"
    done
  done
done
