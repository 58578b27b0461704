#!/usr/bin/env python3
"""Run `gazette extract -` over a dataset with Apache Spark in local mode and check it
against a single-machine run of the same binary.

usage: python3 Evaluation/spark/run_spark_local.py [GAZETTE_BIN]
           [--input DATASET.jsonl] [--partitions N] [--records N]
           [--venv DIR] [--work DIR] [--keep] [--show N]

The script creates a virtual environment (default .build-spark/venv, git-ignored by the
.build-* rule), installs requirements.txt into it (pyspark from PyPI) when the pinned
version is missing, and re-runs itself there. Then:

1. The dataset: --input, else one built deterministically from the texts of
   Evaluation/fixtures/*.gold.jsonl, repeated to --records records (default 3000) with
   distinct ids and a few extra fields that gazette carries through.
2. Spark in local mode (local[2]) reads it with sc.textFile(path, minPartitions=N) and
   pipes every partition through `GAZETTE_BIN extract - --no-text` with RDD.pipe; the
   Lexicons folder is passed as GAZETTE_LEXICONS in the pipe's environment. The output
   lines are collected (partition order = input order).
3. The same binary runs once on the whole dataset: `GAZETTE_BIN extract DATASET --no-text`.
4. The two outputs are compared record for record: the same ids in the same order, and
   each record equal as parsed JSON. Every difference is reported with the field that
   differs (a JSON path such as `entities[3].canonical`).

It prints `spark: N records, P partitions, D differences` (N: records Spark wrote) and
exits 1 when D > 0, 2 when Spark or the single-machine run fails.
The binary: the first argument, else $GAZETTE_BIN, else .build/release/gazette when it
exists, else .build/debug/gazette.
"""
import argparse, json, os, re, shlex, shutil, subprocess, sys, tempfile, time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT_VENV = ROOT / ".build-spark" / "venv"
REQUIREMENTS = HERE / "requirements.txt"
FIXTURES = ROOT / "Evaluation" / "fixtures"
LEXICONS = ROOT / "Lexicons"


def parse_arguments():
    parser = argparse.ArgumentParser(
        description="Pipe a JSON-lines dataset through `gazette extract -` with Spark in local "
                    "mode and compare the result with a single-machine run.")
    parser.add_argument("binary", nargs="?", help="the gazette binary (default: $GAZETTE_BIN, "
                        "else .build/release/gazette if present, else .build/debug/gazette)")
    parser.add_argument("--input", help="JSON-lines dataset (default: built from the gold fixtures)")
    parser.add_argument("--records", type=int, default=3000,
                        help="records in the built dataset (default 3000)")
    parser.add_argument("--partitions", type=int, default=4,
                        help="minPartitions for sc.textFile (default 4)")
    parser.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    parser.add_argument("--venv", default=str(DEFAULT_VENV),
                        help=f"virtual environment for pyspark (default {DEFAULT_VENV.relative_to(ROOT)})")
    parser.add_argument("--work", help="folder for the built dataset and the single-machine "
                        "output (default: a new temporary folder, removed at the end)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary work folder")
    parser.add_argument("--show", type=int, default=20,
                        help="differences to describe in detail (default 20)")
    return parser.parse_args()


def pinned_pyspark_version():
    for line in REQUIREMENTS.read_text().splitlines():
        match = re.match(r"\s*pyspark\s*==\s*([^\s#;]+)", line)
        if match:
            return match.group(1)
    sys.exit(f"spark: no pyspark==VERSION line in {REQUIREMENTS}")


def ensure_environment(venv):
    """Re-run this script inside the virtual environment with the pinned pyspark."""
    venv = Path(venv).absolute()
    if Path(sys.prefix).resolve() == venv.resolve():
        return
    python = venv / "bin" / "python"
    if not python.exists():
        print(f"spark: creating {venv}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    version = pinned_pyspark_version()
    probe = f"import importlib.metadata as m, sys; sys.exit(m.version('pyspark') != {version!r})"
    if subprocess.run([str(python), "-c", probe], capture_output=True).returncode != 0:
        print(f"spark: installing pyspark=={version} into {venv} (a few minutes)", file=sys.stderr)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "-r", str(REQUIREMENTS)], check=True)
    os.execv(str(python), [str(python), str(Path(__file__).resolve())] + sys.argv[1:])


def find_binary(argument):
    if argument:
        candidate = Path(argument)
    elif os.environ.get("GAZETTE_BIN"):
        candidate = Path(os.environ["GAZETTE_BIN"])
    elif (ROOT / ".build" / "release" / "gazette").exists():
        candidate = ROOT / ".build" / "release" / "gazette"
    else:
        candidate = ROOT / ".build" / "debug" / "gazette"
    candidate = candidate.absolute()
    if not os.access(candidate, os.X_OK):
        sys.exit(f"spark: no executable gazette binary at {candidate} (build it with "
                 "`swift build -c release` or pass its path)")
    return candidate


def build_dataset(path, count):
    """Deterministic: the gold texts in file and line order, repeated, with distinct ids and
    extra fields (a string, a number, a nested object with non-ASCII text) to carry through."""
    texts = []
    for gold in sorted(FIXTURES.glob("*.gold.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts.append((gold.name, record["id"], record["text"]))
    if not texts:
        sys.exit(f"spark: no texts in {FIXTURES}/*.gold.jsonl")
    with open(path, "w", encoding="utf-8") as out:
        for index in range(count):
            source, source_id, text = texts[index % len(texts)]
            record = {
                "source": source,
                "id": f"spark-{index:06d}-{source_id}",
                "copy": index // len(texts),
                "text": text,
                "meta": {"n": index, "tags": ["spark", "Łukašenka’s"], "ok": True, "none": None},
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def parse_lines(lines, where):
    records = []
    for number, line in enumerate(lines, 1):
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as error:
            records.append({"__unparsable__": f"{where} line {number}: {error}: {line[:120]!r}"})
    return records


def json_differences(left, right, path=""):
    """JSON paths where two parsed JSON values differ, with both values."""
    if type(left) is not type(right) and not (isinstance(left, (int, float)) and isinstance(right, (int, float))
                                              and not isinstance(left, bool) and not isinstance(right, bool)):
        return [(path or "(record)", left, right)]
    if isinstance(left, dict):
        found = []
        for key in list(left) + [key for key in right if key not in left]:
            sub = f"{path}.{key}" if path else key
            if key not in right:
                found.append((sub, left[key], "(missing)"))
            elif key not in left:
                found.append((sub, "(missing)", right[key]))
            else:
                found.extend(json_differences(left[key], right[key], sub))
        return found
    if isinstance(left, list):
        found = []
        for index in range(max(len(left), len(right))):
            sub = f"{path}[{index}]"
            if index >= len(right):
                found.append((sub, left[index], "(missing)"))
            elif index >= len(left):
                found.append((sub, "(missing)", right[index]))
            else:
                found.extend(json_differences(left[index], right[index], sub))
        return found
    return [] if left == right else [(path or "(record)", left, right)]


def short(value, limit=160):
    text = value if value == "(missing)" else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "…"


def compare(spark_records, single_records, show):
    """Number of differing positions; each one (up to `show`) described on stderr."""
    differences = 0
    fields = {}
    for index in range(max(len(spark_records), len(single_records))):
        spark = spark_records[index] if index < len(spark_records) else None
        single = single_records[index] if index < len(single_records) else None
        if spark is None or single is None:
            differences += 1
            fields["(record missing)"] = fields.get("(record missing)", 0) + 1
            if differences <= show:
                present, side = (single, "Spark") if spark is None else (spark, "single-machine")
                print(f"spark: record {index + 1}: id {short(present.get('id'))} is missing from the {side} output",
                      file=sys.stderr)
            continue
        if spark.get("id") != single.get("id"):
            differences += 1
            fields["id"] = fields.get("id", 0) + 1
            if differences <= show:
                print(f"spark: record {index + 1}: id {short(spark.get('id'))} from Spark, "
                      f"{short(single.get('id'))} from the single-machine run", file=sys.stderr)
            continue
        found = json_differences(spark, single)
        if found:
            differences += 1
            for path, _, _ in found:
                field = re.sub(r"\[\d+\]", "[]", path)
                fields[field] = fields.get(field, 0) + 1
            if differences <= show:
                print(f"spark: record {index + 1} ({short(spark.get('id'))}): {len(found)} field(s) differ", file=sys.stderr)
                for path, spark_value, single_value in found[:10]:
                    print(f"  {path}: Spark {short(spark_value)} | single machine {short(single_value)}", file=sys.stderr)
    if differences > show:
        print(f"spark: ... {differences - show} more differing records", file=sys.stderr)
    if fields:
        summary = ", ".join(f"{field} ×{count}" for field, count in sorted(fields.items(), key=lambda item: -item[1]))
        print(f"spark: differing fields: {summary}", file=sys.stderr)
    spark_ids = [record.get("id") for record in spark_records]
    single_ids = [record.get("id") for record in single_records]
    if spark_ids != single_ids and sorted(map(str, spark_ids)) == sorted(map(str, single_ids)):
        print("spark: the same ids in a different order", file=sys.stderr)
    return differences


def run_spark(args, binary, dataset):
    """The Spark job: textFile -> pipe through `gazette extract -` -> collect."""
    from pyspark import SparkConf, SparkContext

    conf = (SparkConf().setMaster(args.master).setAppName("gazette-spark-local")
            .set("spark.ui.enabled", "false")              # no web UI port
            .set("spark.driver.host", "127.0.0.1")         # loopback only
            .set("spark.driver.bindAddress", "127.0.0.1")
            .set("spark.ui.showConsoleProgress", "false"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    try:
        lines = sc.textFile(str(dataset), minPartitions=args.partitions)
        partitions = lines.getNumPartitions()
        # RDD.pipe starts one process per partition with exactly this environment (it does
        # not inherit the executor's), writes the partition's lines to its stdin and yields
        # its stdout lines. The binary's stderr (errors, the summary line) goes to the
        # executor's stderr. Exit status 1 means "some records failed, the rest were
        # written", so the wrapper turns it into 0; anything else fails the task.
        command = ("/bin/sh -c " + shlex.quote('"$0" extract - --no-text; status=$?; '
                                               'if [ "$status" -eq 1 ]; then exit 0; fi; exit "$status"')
                   + " " + shlex.quote(str(binary)))
        env = {"GAZETTE_LEXICONS": str(LEXICONS), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
        output = lines.pipe(command, env=env, checkCode=True).collect()
        return output, partitions
    finally:
        sc.stop()


def main():
    args = parse_arguments()
    ensure_environment(args.venv)
    binary = find_binary(args.binary)
    if args.partitions < 1:
        sys.exit("spark: --partitions must be at least 1")
    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        sys.exit("spark: Spark needs Java 17 or 21 (`java` on PATH or JAVA_HOME)")
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable

    work = Path(args.work).absolute() if args.work else Path(tempfile.mkdtemp(prefix="gazette-spark-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.input:
            dataset = Path(args.input).absolute()
        else:
            dataset = work / "dataset.jsonl"
            build_dataset(dataset, args.records)
        print(f"spark: binary {binary}", file=sys.stderr)
        print(f"spark: dataset {dataset}", file=sys.stderr)

        started = time.monotonic()
        try:
            spark_lines, partitions = run_spark(args, binary, dataset)
        except Exception as error:  # Py4JJavaError, PySparkRuntimeError, ...
            message = str(error).strip().splitlines()
            print(f"spark: the Spark job failed: {message[0] if message else type(error).__name__}", file=sys.stderr)
            # A task whose gazette process exited with status >= 2 (a usage error, lexicons
            # not found) or died: name the command and the status rather than the Java trace.
            exited = [line.strip() for line in message if "PIPE_FUNCTION_EXITED" in line]
            for line in (exited[:1] or message[1:40]):
                print(f"  {line}", file=sys.stderr)
            print("spark: Spark failed", file=sys.stderr)
            return 2
        spark_seconds = time.monotonic() - started

        started = time.monotonic()
        single_output = work / "single.jsonl"
        with open(single_output, "wb") as out:
            single = subprocess.run([str(binary), "extract", str(dataset), "--no-text"], stdout=out,
                                    env=dict(os.environ, GAZETTE_LEXICONS=str(LEXICONS)))
        single_seconds = time.monotonic() - started
        if single.returncode not in (0, 1):
            print(f"spark: the single-machine run exited with status {single.returncode}", file=sys.stderr)
            return 2
        single_lines = single_output.read_text(encoding="utf-8").splitlines()
        print(f"spark: Spark {spark_seconds:.1f} s, single machine {single_seconds:.1f} s", file=sys.stderr)
        if single.returncode == 1:
            print("spark: some records failed (see the errors above, from both runs)", file=sys.stderr)

        spark_records = parse_lines(spark_lines, "Spark output")
        single_records = parse_lines(single_lines, "single-machine output")
        byte_equal = spark_lines == single_lines
        differences = compare(spark_records, single_records, args.show)
        if differences == 0 and not byte_equal:
            print("spark: equal as parsed JSON, but not byte for byte", file=sys.stderr)
        print(f"spark: {len(spark_records)} records, {partitions} partitions, {differences} differences")
        return 1 if differences else 0
    finally:
        if args.work is None and not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        elif args.keep or args.work:
            print(f"spark: kept {work}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
