#!/usr/bin/env bash
# Builds Gazette's libFuzzer targets with AddressSanitizer and runs them.
#
#   Fuzz/run-fuzzer.sh SECONDS [reader|pipeline|all]      (default: all)
#
# - reader:   bytes of a dump through RecordStream, the reader `gazette extract` uses;
# - pipeline: bytes as one article through Extractor and its JSON-lines (and other) output.
#
# SECONDS is wall time: with `all` both targets run side by side for SECONDS, one per core.
# The seed corpus is rebuilt from the project's articles (Fuzz/make-corpus.py) on every run;
# what the fuzzer learns is kept in Fuzz/.build-fuzz/corpus/TARGET/ for the next local run.
# It prints each target's executions and the total. Exit status: 0 when no target crashed,
# 1 when one crashed, hung, ran out of memory or did not run; the input that did it is in
# Fuzz/crashes/TARGET/ (replay it with `Fuzz/.build-fuzz/release/gazette-fuzz-TARGET FILE`).
set -euo pipefail

usage() { echo "usage: $0 SECONDS [reader|pipeline|all]" >&2; exit 2; }
[ $# -ge 1 ] && [ $# -le 2 ] || usage
seconds=$1
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || usage
case "${2:-all}" in
  reader|pipeline) targets=("$2") ;;
  all) targets=(reader pipeline) ;;
  *) usage ;;
esac

fuzz=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$fuzz")
scratch="$fuzz/.build-fuzz"
crashes="$fuzz/crashes"

# Every module, the root package's included, gets the fuzzer's coverage hooks and ASan.
# -parse-as-library: the targets have no top-level code; libFuzzer brings `main`.
# -assert-config Debug and DEBUG keep the libraries' own assertions and invariant checks
# (SegmentedText, Recognizer) in the optimised build, so they stop the fuzzer too.
flags=(-c release --package-path "$fuzz" --scratch-path "$scratch"
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
  -Xswiftc -assert-config -Xswiftc Debug -Xswiftc -DDEBUG
  -Xcc -fsanitize=fuzzer-no-link,address)
started=$(date +%s)
mkdir -p "$scratch"
# SwiftPM does not notice a source file added to the root package (a path dependency of
# this one) and fails on its symbols; without its cached plan it plans afresh.
rm -f "$scratch/release.yaml"
# The linker warns about every ASan symbol it cannot export; those lines are left out.
if ! swift build "${flags[@]}" >"$scratch/build.log" 2>&1; then
  grep -v "Cannot export local symbol" "$scratch/build.log" >&2 || true
  echo "fuzz: the build failed" >&2
  exit 1
fi
bin=$(swift build "${flags[@]}" --show-bin-path)
echo "fuzz: build took $(( $(date +%s) - started )) s"

python3 "$fuzz/make-corpus.py" "$scratch/seeds"

# The Swift runtime's own crash handler reads memory ASan guards; libFuzzer's handler
# prints the stack instead. Lexicons from the checkout, whatever the working folder.
export SWIFT_BACKTRACE=enable=no
export GAZETTE_LEXICONS="$root/Lexicons"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"

declare -A pids logs
for target in "${targets[@]}"; do
  mkdir -p "$scratch/corpus/$target" "$crashes/$target"
  logs[$target]="$scratch/$target.log"
  case $target in
    reader) max_len=4096 ;;
    pipeline) max_len=2048 ;;
  esac
  # -timeout: an input that takes this long is a hang, reported like a crash.
  "$bin/gazette-fuzz-$target" \
    -max_total_time="$seconds" -print_final_stats=1 -timeout=30 -rss_limit_mb=3072 -max_len="$max_len" \
    -dict="$scratch/seeds/$target.dict" -artifact_prefix="$crashes/$target/" \
    "$scratch/corpus/$target" "$scratch/seeds/$target" >"${logs[$target]}" 2>&1 &
  pids[$target]=$!
done

failed=0
total=0
for target in "${targets[@]}"; do
  status=0
  wait "${pids[$target]}" || status=$?
  log=${logs[$target]}
  executions=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -n 1)
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 || true)
  if [ "$status" -ne 0 ] || [ -z "$executions" ] || [ "$executions" -eq 0 ]; then
    failed=1
    echo "fuzz $target: FAILED (status $status, ${executions:-no} executions); the end of $log:" >&2
    tail -n 80 "$log" >&2
    grep -h 'Test unit written to' "$log" | sed "s/^/fuzz $target: /" >&2 || true
  else
    echo "fuzz $target: ${executions} executions in ${seconds} s, ${coverage:-cov: ?}, no crash"
  fi
  total=$(( total + ${executions:-0} ))
done
echo "fuzz: ${total} executions in total"
if [ "$failed" -ne 0 ]; then
  echo "fuzz: a target failed; its input is in $crashes/" >&2
  exit 1
fi
