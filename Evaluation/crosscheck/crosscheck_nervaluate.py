#!/usr/bin/env python3
"""Cross-check `gazette evaluate` against nervaluate 1.2.1 (and score.py for relations).

usage: python3 Evaluation/crosscheck/crosscheck_nervaluate.py [GAZETTE_BIN]
           [--pairs N] [--batch N] [--seed N] [--score-py PATH] [--keep DIR]

The script creates a virtual environment in .build-crosscheck/venv (git-ignored by the
.build-* rule), installs requirements.txt into it (nervaluate==1.2.1 from PyPI) and
re-runs itself there. It then draws N random gold/prediction document pairs (seeded):
small texts with random spans and types, predictions derived from the gold with exact
hits, boundary shifts, type errors, merges, splits, overlaps, touching spans, misses,
spurious spans and shuffled order, plus random relations and canonical names. It writes
them in batches as JSON-lines gold/pred files, runs

    GAZETTE_BIN evaluate --gold G --pred P --format json

on each batch and compares:
- entities, with nervaluate's Evaluator over the batch's list of documents: COR, INC,
  PAR, MIS, SPU, P, R, F of every mode, micro and per type, and each document's strict
  counts;
- relations, with score.py --json (mention and document level, micro and per type),
  when score.py is found (default ../shared/tools/score.py beside the repository).

Offsets: Gazette's are end-exclusive; nervaluate's `end` is inclusive (its overlap
computation adds 1), so a span [s, e) is given to nervaluate as (s, e - 1).

It prints `crosscheck: N pairs, D disagreements` and exits 1 when D > 0.
The binary: the first argument, else $GAZETTE_BIN, else .build/debug/gazette.
"""
import argparse, json, os, random, subprocess, sys, tempfile, shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
VENV = ROOT / ".build-crosscheck" / "venv"
REQUIREMENTS = Path(__file__).resolve().parent / "requirements.txt"
TYPES = ["PERSON", "REGION", "ENTERPRISE", "PRODUCT"]
RELATION_TYPES = ["leader_of", "part_of", "located_in", "produces", "meets", "visited", "cooperates_with"]
MODES = {"strict": "strict", "exact": "exact", "partial": "partial", "type": "ent_type"}
COUNTS = {"COR": "correct", "INC": "incorrect", "PAR": "partial", "MIS": "missed", "SPU": "spurious"}
SCORES = {"P": "precision", "R": "recall", "F": "f1"}
# Canonical names that fold together in some pairs (case, ’ vs ', white space, ß vs ss).
NAMES = ["Belarus", "belarus", "BELARUS ", "Samara  Oblast", "samara oblast", "O’Neil", "o'neil",
         "Straße", "STRASSE", "Minsk", "Grodno", "Grodno Oblast", "MAZ", "maz", "", None]
ALPHABET = "abcdefghij klmnop qrstuv wxyz ABCDEF .,’é😀\n"


def ensure_environment():
    """Re-run this script inside .build-crosscheck/venv with the pinned nervaluate."""
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    python = VENV / "bin" / "python"
    if not python.exists():
        print(f"crosscheck: creating {VENV}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    probe = "import importlib.metadata as m, sys; sys.exit(m.version('nervaluate') != '1.2.1')"
    if subprocess.run([str(python), "-c", probe], capture_output=True).returncode != 0:
        print("crosscheck: installing", REQUIREMENTS.name, file=sys.stderr)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "-r", str(REQUIREMENTS)], check=True)
    os.execv(str(python), [str(python), str(Path(__file__).resolve())] + sys.argv[1:])


def random_span(rng, length, max_len=None):
    size = rng.randint(1, max(1, min(max_len or length, length)))
    start = rng.randint(0, length - size)
    return start, start + size


def draw_pair(rng, index):
    """One gold document and its predicted counterpart (or None: no prediction)."""
    length = rng.choice([rng.randint(5, 40), rng.randint(40, 120), rng.randint(120, 400)])
    text = "".join(rng.choice(ALPHABET) for _ in range(length))
    gold = []
    if rng.random() < 0.85:
        # Mostly non-overlapping gold, like real gold; sometimes long spans (1% rule).
        position = 0
        while position < length - 1 and len(gold) < 12:
            position += rng.randint(0, 12)
            if position >= length:
                break
            size = rng.randint(1, 8) if rng.random() < 0.9 else rng.randint(20, 250)
            end = min(length, position + size)
            gold.append((position, end, rng.choice(TYPES)))
            position = end + rng.choice([0, 0, 1, 2, 5])
    else:
        # Overlapping, unsorted gold: nervaluate's matching must still agree.
        for _ in range(rng.randint(0, 8)):
            start, end = random_span(rng, length, 30)
            gold.append((start, end, rng.choice(TYPES)))
    if rng.random() < 0.2:
        rng.shuffle(gold)

    predicted = []
    source = []  # gold index each prediction was derived from, or None
    for gold_index, (start, end, type_) in enumerate(gold):
        roll = rng.random()
        if roll < 0.45:
            predicted.append((start, end, type_)); source.append(gold_index)
        elif roll < 0.55:
            predicted.append((start, end, rng.choice(TYPES))); source.append(gold_index)
        elif roll < 0.7:
            new_start = max(0, min(end - 1, start + rng.randint(-3, 3)))
            new_end = max(new_start + 1, min(length, end + rng.randint(-3, 3)))
            predicted.append((new_start, new_end, rng.choice([type_, type_, rng.choice(TYPES)]))); source.append(gold_index)
        elif roll < 0.78 and end - start >= 2:
            middle = rng.randint(start + 1, end - 1)  # split into two
            predicted.append((start, middle, type_)); source.append(gold_index)
            predicted.append((middle, end, rng.choice(TYPES))); source.append(None)
        elif roll < 0.82:
            predicted.append((start, end, type_)); source.append(gold_index)
            predicted.append((start, end, type_)); source.append(None)  # duplicate
        elif roll < 0.86 and start > 0:
            touch = max(0, start - rng.randint(1, 4))  # ends where the gold starts
            predicted.append((touch, start, type_)); source.append(None)
        # else: missed
    for _ in range(rng.randint(0, 3)):  # spurious, merged or anywhere
        start, end = random_span(rng, length, rng.choice([5, 40, 200]))
        predicted.append((start, end, rng.choice(TYPES))); source.append(None)
    order = list(range(len(predicted)))
    if rng.random() < 0.3:
        rng.shuffle(order)
    predicted = [predicted[i] for i in order]
    source = [source[i] for i in order]

    def entity(prefix, number, span, canonical):
        start, end, type_ = span
        item = {"id": f"{prefix}{number}", "type": type_, "start": start, "end": end, "text": text[start:end]}
        if canonical is not None:
            item["canonical"] = canonical
        return item

    doc_id = f"pair-{index:05d}"
    gold_canonical = [rng.choice(NAMES) for _ in gold]
    gold_entities = [entity("T", n + 1, span, gold_canonical[n]) for n, span in enumerate(gold)]
    gold_relations = []
    for _ in range(rng.randint(0, 6) if len(gold) >= 2 else 0):
        head, tail = rng.sample(range(len(gold)), 2)
        gold_relations.append({"type": rng.choice(RELATION_TYPES), "head": f"T{head + 1}", "tail": f"T{tail + 1}"})
    predicted_entities = [entity("P", n + 1, span, None) for n, span in enumerate(predicted)]
    by_gold = {}
    for n, gold_index in enumerate(source):
        if gold_index is not None:
            by_gold.setdefault(gold_index, n)
    predicted_relations = []
    for relation in gold_relations:
        head, tail = int(relation["head"][1:]) - 1, int(relation["tail"][1:]) - 1
        if head in by_gold and tail in by_gold and rng.random() < 0.7:
            h, t = by_gold[head], by_gold[tail]
            if relation["type"] in ("meets", "cooperates_with") and rng.random() < 0.5:
                h, t = t, h  # symmetric types match in either order
            type_ = relation["type"] if rng.random() < 0.85 else rng.choice(RELATION_TYPES)
            predicted_relations.append({"type": type_, "head": f"P{h + 1}", "tail": f"P{t + 1}"})
    for _ in range(rng.randint(0, 3) if len(predicted) >= 2 else 0):
        h, t = rng.sample(range(len(predicted)), 2)
        predicted_relations.append({"type": rng.choice(RELATION_TYPES), "head": f"P{h + 1}", "tail": f"P{t + 1}"})
    if predicted_relations and rng.random() < 0.1:
        predicted_relations.append(dict(predicted_relations[0]))  # a duplicate counts once

    gold_doc = {"id": doc_id, "text": text, "entities": gold_entities, "relations": gold_relations}
    if rng.random() < 0.03:
        return gold_doc, None
    return gold_doc, {"id": doc_id, "entities": predicted_entities, "relations": predicted_relations}


def nervaluate_docs(docs):
    return [[{"label": e["type"], "start": e["start"], "end": e["end"] - 1} for e in doc["entities"]] for doc in docs]


def close(a, b):
    return abs(a - b) <= 1e-9


def compare_entities(batch, gold_docs, pred_docs, ours, report):
    from nervaluate import Evaluator
    empty = {"entities": []}
    true = nervaluate_docs(gold_docs)
    pred = nervaluate_docs([p or empty for p in pred_docs])
    results = Evaluator(true, pred, tags=TYPES, loader="dict").evaluate()
    scopes = [("micro", results["overall"], ours["entities"]["micro"])]
    scopes += [(type_, results["entities"][type_], ours["entities"]["by_type"].get(type_, {})) for type_ in sorted(results["entities"])]
    if set(results["entities"]) != set(ours["entities"]["by_type"]):
        report(f"batch {batch}: types {sorted(results['entities'])} vs {sorted(ours['entities']['by_type'])}")
    for scope, theirs, mine in scopes:
        for mode, their_mode in MODES.items():
            expected, got = theirs[their_mode], mine.get(mode, {})
            for key, attribute in list(COUNTS.items()) + list(SCORES.items()):
                want = getattr(expected, attribute)
                if key not in got or not close(want, got[key]):
                    report(f"batch {batch} {scope} {mode} {key}: nervaluate {want}, gazette {got.get(key)}")
    for index, (t, p) in enumerate(zip(true, pred)):
        expected = Evaluator([t], [p], tags=TYPES, loader="dict").evaluate()["overall"]["strict"]
        got = ours["per_document"][index]["entities_strict"]
        for key, attribute in COUNTS.items():
            if getattr(expected, attribute) != got[key]:
                report(f"batch {batch} {gold_docs[index]['id']} strict {key}: nervaluate {getattr(expected, attribute)}, gazette {got[key]}")


def compare_relations(batch, gold_path, pred_path, score_py, ours, report):
    result = subprocess.run([sys.executable, str(score_py), str(gold_path), str(pred_path), "--json"], capture_output=True, text=True)
    if result.returncode != 0:
        report(f"batch {batch}: score.py failed: {result.stderr.strip()}")
        return
    theirs = json.loads(result.stdout)
    for level in ("mention", "document"):
        scopes = [("micro", theirs[f"relations_{level}"], ours["relations"][level]["micro"])]
        by_type = theirs[f"relations_{level}_by_type"]
        scopes += [(type_, counts, ours["relations"][level]["by_type"].get(type_, {})) for type_, counts in by_type.items()]
        if set(by_type) != set(ours["relations"][level]["by_type"]):
            report(f"batch {batch} relations {level}: types {sorted(by_type)} vs {sorted(ours['relations'][level]['by_type'])}")
        for scope, expected, got in scopes:
            for key in ("tp", "fp", "fn", "P", "R", "F"):
                if key not in got or not close(expected.get(key, 0), got[key]):
                    report(f"batch {batch} relations {level} {scope} {key}: score.py {expected.get(key, 0)}, gazette {got.get(key)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gazette", nargs="?", default=os.environ.get("GAZETTE_BIN", str(ROOT / ".build" / "debug" / "gazette")))
    parser.add_argument("--pairs", type=int, default=3000)
    parser.add_argument("--batch", type=int, default=150, help="documents per gold/pred file")
    parser.add_argument("--seed", type=int, default=20130)
    parser.add_argument("--score-py", default=os.environ.get("SCORE_PY", str(ROOT.parent / "shared" / "tools" / "score.py")))
    parser.add_argument("--keep", help="write the files here and keep them")
    args = parser.parse_args()
    gazette = Path(args.gazette)
    if not gazette.is_absolute():
        gazette = Path.cwd() / gazette
    if not gazette.exists():
        sys.exit(f"crosscheck: no gazette binary at {gazette} (build it, or pass its path or set GAZETTE_BIN)")
    score_py = Path(args.score_py)
    if not score_py.exists():
        print(f"crosscheck: {score_py} not found; relations are not cross-checked", file=sys.stderr)
        score_py = None

    rng = random.Random(args.seed)
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="gazette-crosscheck-"))
    folder.mkdir(parents=True, exist_ok=True)
    disagreements = []
    def report(message):
        disagreements.append(message)
        if len(disagreements) <= 30:
            print("  " + message, file=sys.stderr)
    try:
        drawn = 0
        batch = 0
        while drawn < args.pairs:
            count = min(args.batch, args.pairs - drawn)
            pairs = [draw_pair(rng, drawn + n) for n in range(count)]
            drawn += count
            batch += 1
            gold_docs = [g for g, _ in pairs]
            pred_docs = [p for _, p in pairs]
            gold_path, pred_path = folder / f"batch-{batch:03d}.gold.jsonl", folder / f"batch-{batch:03d}.pred.jsonl"
            gold_path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold_docs), encoding="utf-8")
            pred_path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pred_docs if p), encoding="utf-8")
            run = subprocess.run([str(gazette), "evaluate", "--gold", str(gold_path), "--pred", str(pred_path), "--format", "json", "--resamples", "0"],
                                 capture_output=True, text=True)
            if run.returncode != 0:
                report(f"batch {batch}: gazette exited {run.returncode}: {run.stderr.strip()[:2000]}")
                continue
            ours = json.loads(run.stdout)
            compare_entities(batch, gold_docs, pred_docs, ours, report)
            if score_py:
                compare_relations(batch, gold_path, pred_path, score_py, ours, report)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"crosscheck: {args.pairs} pairs, {len(disagreements)} disagreements")
    sys.exit(1 if disagreements else 0)


if __name__ == "__main__":
    ensure_environment()
    main()
