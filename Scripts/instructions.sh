#!/usr/bin/env bash
# Counts the instructions `gazette extract` spends per pipeline stage (valgrind's callgrind:
# deterministic, unlike timings on a shared machine) over a 1 MB dump of the fixtures' texts,
# and checks that the output over a 10 MB dump is byte-identical to a baseline's: speed
# changes are refactorings, so any difference is a bug.
#
#   Scripts/instructions.sh                      # counts only; keeps this build's output
#   Scripts/instructions.sh BASELINE_BINARY      # also compares the output with that binary's
#
# Needs valgrind (`apt-get install -y valgrind`) and python3. Builds in release first. Work
# files go to .build-instructions/ (its `baseline.jsonl` is the output compared against).
set -euo pipefail
cd "$(dirname "$0")/.."
work=.build-instructions
mkdir -p "$work"
command -v valgrind > /dev/null || { echo "instructions: valgrind is not installed" >&2; exit 2; }

swift build -c release 2>&1 | tail -1
# Valgrind cannot read the release build's DWARF 5 debug information: count a copy without it.
cp .build/release/gazette "$work/gazette"
strip --strip-debug "$work/gazette"

# The dumps: the seed and written fixtures' texts, repeated in a fixed order.
python3 - "$work" <<'EOF'
import json, sys
texts = []
for name in ("Evaluation/fixtures/seeds.gold.jsonl", "Evaluation/fixtures/written.gold.jsonl"):
    with open(name, encoding="utf-8") as file:
        texts += [json.loads(line)["text"] for line in file if line.strip()]
for size, name in ((1_000_000, "small.jsonl"), (10_000_000, "dump.jsonl")):
    written, index = 0, 0
    with open(f"{sys.argv[1]}/{name}", "w", encoding="utf-8") as out:
        while written < size:
            line = json.dumps({"id": f"a{index}", "text": texts[index % len(texts)]}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            index += 1
EOF

valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" \
    "$work/gazette" extract "$work/small.jsonl" --jobs 1 --lexicons Lexicons > /dev/null 2> "$work/valgrind.log"
grep -m1 Collected "$work/valgrind.log" | awk '{ print "instructions: " $4 " over 1 MB" }'
callgrind_annotate --inclusive=yes "$work/callgrind.out" 2> /dev/null | awk '
    function show(label) { if (!(label in seen)) printf "  %-34s %s\n", label, $1; seen[label] = 1 }
    /GazetteLexicon0B6LoaderO4load9directory/ { show("lexicon loading (once per run)") }
    /RecordStreamC4next/ { show("input records") }
    /Segmenter.7segment/ { show("segmentation") }
    /GazetteRecognition0B7ContextC4text8lexicons/ { show("recognition context") }
    /Recognizer.9recognize/ { show("recognition") }
    /RelationExtractor.7extract4from/ { show("relations") }
    /ExtractionV8jsonLine/ { show("output records") }'


"$work/gazette" extract "$work/dump.jsonl" --jobs 1 --lexicons Lexicons > "$work/output.jsonl" 2> /dev/null
if [[ $# -ge 1 ]]; then
    "$1" extract "$work/dump.jsonl" --jobs 1 --lexicons Lexicons > "$work/baseline.jsonl" 2> /dev/null
    if cmp -s "$work/output.jsonl" "$work/baseline.jsonl"; then
        echo "output over 10 MB: identical to $1"
    else
        echo "output over 10 MB: DIFFERS from $1 (cmp $work/output.jsonl $work/baseline.jsonl)"
        exit 1
    fi
fi
