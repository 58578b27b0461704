#!/usr/bin/env python3
"""Validate `gazette extract` output against Schemas/gazette-output.schema.json and its error
records against Schemas/gazette-error.schema.json (JSON Schema draft 2020-12).

usage: python3 Tests/python/test_output_schema.py [GAZETTE_BIN]

The binary: the first argument, else $GAZETTE_BIN, else .build/debug/gazette (relative to the
repository). Needs the `jsonschema` package; when it is missing, the script creates a temporary
virtual environment, installs it there with pip, re-runs itself in it and removes it at the end.

Checks:
- both schemas are valid draft 2020-12 schemas;
- every record of `gazette extract seeds` (and of the same run with --no-text --no-provenance)
  validates, and for every mention `text[start:end] == mention["text"]` (code points, as Python
  indexes strings), end > start, ids run T1, T2, … and relations name existing mentions; a
  trigger's text is the text at its offsets;
- a JSON-lines input with carried-through fields and bad lines gives output records that validate
  and one error record per bad line (--errors FILE), each valid under the error schema;
- the schemas reject records that break them (so they are not vacuous).

Prints `schema: N passed, M failed` and exits 1 when a check failed.
"""
import atexit, json, os, shutil, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SCHEMAS = ROOT / "Schemas"
REEXEC_MARK = "GAZETTE_SCHEMA_TEST_VENV"


def ensure_jsonschema():
    """Import jsonschema, or install it into a temporary venv and re-run this script there."""
    made = os.environ.get(REEXEC_MARK)
    if made:  # running in the venv made for this run: remove it at the end
        atexit.register(shutil.rmtree, made, ignore_errors=True)
    try:
        import jsonschema  # noqa: F401
        return
    except ImportError:
        pass
    if made:
        sys.exit("schema: jsonschema is still missing after installing it into a virtual environment")
    venv = Path(tempfile.mkdtemp(prefix="gazette-schema-venv-"))
    print(f"schema: jsonschema is missing; installing it into {venv}", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "jsonschema"], check=True)
    os.execve(str(python), [str(python), str(Path(__file__).resolve())] + sys.argv[1:], dict(os.environ, **{REEXEC_MARK: str(venv)}))


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = []

    def check(self, condition, message):
        if condition:
            self.passed += 1
        else:
            self.failed.append(message)
            print("  FAILED: " + message, file=sys.stderr)


def gazette(binary, arguments, stdin=None):
    return subprocess.run([str(binary), *arguments], cwd=ROOT, input=stdin, capture_output=True, text=True)


def schema_errors(validator, instance):
    return [f"{'/'.join(map(str, error.absolute_path)) or '(record)'}: {error.message}" for error in validator.iter_errors(instance)]


def check_record(results, validator, record, where, has_text=True):
    problems = schema_errors(validator, record)
    results.check(not problems, f"{where}: record '{record.get('id')}' validates: {problems[:3]}")
    entities = record.get("entities", [])
    ids = [entity.get("id") for entity in entities]
    results.check(ids == [f"T{n + 1}" for n in range(len(entities))], f"{where}: '{record.get('id')}' mention ids run T1, T2, …")
    known = set(ids)
    for relation in record.get("relations", []):
        results.check(relation.get("head") in known and relation.get("tail") in known,
                      f"{where}: '{record.get('id')}' relation {relation} names existing mentions")
    if not has_text:
        return
    text = record.get("text", "")
    for entity in entities:
        start, end = entity.get("start", -1), entity.get("end", -1)
        results.check(0 <= start < end <= len(text) and text[start:end] == entity.get("text"),
                      f"{where}: '{record.get('id')}' {entity.get('id')}: text[{start}:{end}] == {entity.get('text')!r}")
    for relation in record.get("relations", []):
        if "trigger" in relation:
            start, end = relation["trigger_start"], relation["trigger_end"]
            results.check(text[start:end] == relation["trigger"],
                          f"{where}: '{record.get('id')}' trigger text[{start}:{end}] == {relation['trigger']!r}")


def main():
    from jsonschema import Draft202012Validator

    binary = Path(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("GAZETTE_BIN", ".build/debug/gazette"))
    if not binary.is_absolute():
        binary = (Path.cwd() / binary) if (Path.cwd() / binary).exists() else ROOT / binary
    if not binary.exists():
        sys.exit(f"schema: no gazette binary at {binary} (build it, or pass its path or set GAZETTE_BIN)")
    results = Results()

    schemas = {}
    for name in ("output", "error"):
        schema = json.loads((SCHEMAS / f"gazette-{name}.schema.json").read_text(encoding="utf-8"))
        try:
            Draft202012Validator.check_schema(schema)
            results.check(schema.get("$schema") == "https://json-schema.org/draft/2020-12/schema", f"{name} schema declares draft 2020-12")
        except Exception as error:  # noqa: BLE001 - reported as a failed check
            results.check(False, f"{name} schema is a valid draft 2020-12 schema: {error}")
        schemas[name] = Draft202012Validator(schema)
    output, error_schema = schemas["output"], schemas["error"]

    # The seeds, with and without text and provenance.
    for extra, has_text in (([], True), (["--no-text", "--no-provenance"], False)):
        run = gazette(binary, ["extract", "seeds", *extra])
        where = "extract seeds " + " ".join(extra)
        results.check(run.returncode == 0, f"{where.strip()}: exit 0 (got {run.returncode}: {run.stderr.strip()})")
        records = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
        results.check(len(records) == 2, f"{where.strip()}: two records (got {len(records)})")
        for record in records:
            check_record(results, output, record, where.strip(), has_text=has_text)
            if not has_text:
                results.check("text" not in record and all("rule" not in e for e in record["entities"]),
                              f"{where.strip()}: '{record['id']}' has no text and no provenance")

    # JSON-lines input: carried-through fields, and bad lines that become error records.
    lines = [
        {"id": "ok-1", "text": "Belarus President Aleksandr Lukashenko met with Governor of Russia’s Samara Oblast Vyacheslav Fedorishchev.",
         "source": "wire", "score": 1.5, "tags": ["a", {"b": None}], "date": 20240101},
        '{"id": "bad-number", "text": 42}',
        "not json",
        {"id": "ok-2", "text": "BelAZ dump trucks are in demand in 😀 Minsk."},
        '{"id": "bad-missing"}',
        "[1, 2]",
    ]
    stdin = "".join((json.dumps(line, ensure_ascii=False) if isinstance(line, dict) else line) + "\n" for line in lines)
    with tempfile.TemporaryDirectory(prefix="gazette-schema-") as folder:
        errors_path = Path(folder) / "errors.jsonl"
        run = gazette(binary, ["extract", "-", "--errors", str(errors_path)], stdin=stdin)
        results.check(run.returncode == 1, f"bad input lines: exit 1 (got {run.returncode})")
        records = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
        results.check([r.get("id") for r in records] == ["ok-1", "ok-2"], f"good lines written in order (got {[r.get('id') for r in records]})")
        for record in records:
            check_record(results, output, record, "stdin")
        if records:
            results.check(records[0].get("source") == "wire" and records[0].get("tags") == ["a", {"b": None}] and records[0].get("date") == 20240101,
                          "other input fields are carried through")
        error_records = [json.loads(line) for line in errors_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        results.check([e.get("line") for e in error_records] == [2, 3, 5, 6], f"one error record per bad line (got {error_records})")
        for record in error_records:
            problems = schema_errors(error_schema, record)
            results.check(not problems, f"error record {record} validates: {problems[:3]}")

    # The schemas are not vacuous.
    good = {"id": "x", "text": "Minsk", "entities": [{"id": "T1", "type": "REGION", "start": 0, "end": 5, "text": "Minsk", "canonical": "Minsk"}], "relations": []}
    results.check(output.is_valid(good), "a minimal record validates")
    broken = [
        ("no entities", {"id": "x", "relations": []}),
        ("unknown entity type", {**good, "entities": [{**good["entities"][0], "type": "CITY"}]}),
        ("unknown relation type", {**good, "relations": [{"type": "likes", "head": "T1", "tail": "T1"}]}),
        ("negative start", {**good, "entities": [{**good["entities"][0], "start": -1}]}),
        ("unknown entity field", {**good, "entities": [{**good["entities"][0], "score": 0.5}]}),
        ("trigger without offsets", {**good, "relations": [{"type": "meets", "head": "T1", "tail": "T1", "trigger": "met"}]}),
        ("id not a string", {**good, "id": 7}),
    ]
    for reason, record in broken:
        results.check(not output.is_valid(record), f"the output schema rejects a record with {reason}")
    results.check(error_schema.is_valid({"error": "invalid JSON", "source": "<stdin>", "line": 3}), "a minimal error record validates")
    results.check(not error_schema.is_valid({"error": "invalid JSON", "source": "<stdin>"}), "the error schema rejects a record without line")
    results.check(not error_schema.is_valid({"error": "x", "source": "s", "line": 1, "extra": True}), "the error schema rejects unknown fields")

    print(f"schema: {results.passed} passed, {len(results.failed)} failed")
    sys.exit(1 if results.failed else 0)


if __name__ == "__main__":
    ensure_jsonschema()
    main()
