#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora and dictionaries into a scratch folder.

    python3 Fuzz/make-corpus.py OUT      # OUT/reader/, OUT/pipeline/, OUT/reader.dict, OUT/pipeline.dict

Seeds come from the project's own articles (seeds/, Evaluation/fixtures/src/, the gold
JSON-lines), as text files, JSON-lines dumps and gzip, plus hand-made hostile cases
(invalid UTF-8, byte order marks, CRLF, deep JSON nesting, ...) and the committed inputs
in Fuzz/seeds/ (former crashes among them). The pipeline dictionary is every lexicon name
and cue word, so that mutations land on words the rules react to. Nothing here is
committed: it is rebuilt on every run.
"""
import gzip
import hashlib
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def write(folder: pathlib.Path, data: bytes) -> None:
    # Content-addressed names, as libFuzzer names its own corpus files.
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def articles() -> list[tuple[str, str]]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "Evaluation/fixtures/src").glob("*.txt"))
    found = [(path.stem, path.read_text(encoding="utf-8")) for path in files]
    if len(found) < 10:
        sys.exit(f"make-corpus: only {len(found)} articles found under {ROOT}; are seeds/ and Evaluation/fixtures/src/ there?")
    return found


def jsonl(records: list[dict], ending: str = "\n") -> bytes:
    return "".join(json.dumps(record, ensure_ascii=False) + ending for record in records).encode()


def reader_seeds(texts: list[tuple[str, str]]) -> list[bytes]:
    seeds: list[bytes] = []
    for name, text in texts:
        seeds.append(text.encode())                                    # a text article
        seeds.append(jsonl([{"id": name, "text": text}]))              # one JSON-lines record
    for path in sorted((ROOT / "Evaluation/fixtures").glob("*.gold.jsonl")):
        lines = path.read_bytes().splitlines(keepends=True)
        seeds += lines[:8]                                             # gold records, entities and all
    short = [(name, text[:300]) for name, text in texts[:6]]
    dump = jsonl([{"id": name, "text": text, "n": i, "tags": ["a", {"b": None}], "ok": True} for i, (name, text) in enumerate(short)])
    seeds += [
        dump,
        dump.replace(b"\n", b"\r\n"),                                  # CRLF line ends
        b"\xef\xbb\xbf" + dump,                                        # byte order mark
        b"\xef\xbb\xbf" + short[0][1].encode(),                        # byte order mark on a text
        b"\n\n  \t\r\n" + dump + b"\n\n",                              # blank lines around
        dump.rstrip(b"\n"),                                            # no final line feed
        dump.replace(b"\n", b"\r"),                                    # CR only: one long line
        gzip.compress(dump, mtime=0),                                  # gzip JSON-lines
        gzip.compress(short[1][1].encode(), mtime=0),                  # gzip text
        gzip.compress(dump, mtime=0)[:-9],                             # truncated gzip
        b"",
        b"\n",
        b"{",
        b"{}\n[]\n\"s\"\n1\nnull\n",
        b'{"id":"a","text":"x"}\n{"id":"b"}\n{"id":"c","text":null}\n{"id":7,"text":"y"}\n{"id":true,"text":"z"}\n',
        b'{"id":"bad","text":"Minsk \xff\xfe \xc3\x28 \xed\xa0\x80 \xf4\x90\x80\x80"}\n',   # invalid UTF-8 in a string
        b"Minsk \xff\xfe Brest \xc3\x28\n",                            # invalid UTF-8 in a text
        b'{"id":"esc","text":"\\u0000\\u001f\\"\\\\\\/\\b\\f\\n\\r\\t \\ud83d\\ude00 \\u00e9"}\n',
        b'{"id":"lone","text":"\\ud800"}\n{"id":"low","text":"\\udc00x"}\n{"id":"short","text":"\\u12"}\n',
        b'{"id":"n","text":"t","a":-0,"b":1e999,"c":0.0e-0,"d":-12.5E+3,"e":01}\n',
        b'{"id":"dup","id":"again","text":"one","text":"two"}\n',
        b'{"id":"nul","text":"a\x00b"}\n',                              # a raw control byte in a string
        b'{"id":"deep","text":"x","d":' + b"[" * 510 + b"]" * 510 + b"}\n",   # just inside the depth limit
        b'{"id":"deeper","text":"x","d":' + b"[" * 600 + b"]" * 600 + b"}\n", # over it
        b"[" * 5000,
        b'{"a":' * 600 + b"1" + b"}" * 600 + b"\n",
        b'{"id":"long","text":"' + b"a" * 6000 + b'"}\r\n{"id":"after","text":"b"}\r\n',
        b"x" * 3000 + b"\r\n" + b'{"id":"after","text":"b"}\n',
    ]
    return seeds


def pipeline_seeds(texts: list[tuple[str, str]]) -> list[bytes]:
    seeds = [text.encode() for _, text in texts]
    first = texts[0][1][:400]
    seeds += [
        b"date 2024-03-05\n" + first.encode(),                          # the date marker
        b" date 2025-13-45 " + first.encode(),                          # not a date
        ("\U0001F600\u0301 " + first).encode(),                         # astral and combining: UTF-16 != code points
        "Президент Беларуси Александр Лукашенко встретился с губернатором.".encode(),
        "Belarus President\u00a0Aleksandr\tLukashenko met\u2028Governor of Russia\u2019s Samara\nOblast.".encode(),
        "A. Lukashenko met Gov. V. Fedorishchev in St. Petersburg on Jan. 5. MAZ-203 and MC-21 too.".encode(),
        "Belarus\u2019 BelAZ dump trucks. Russia's Samara Oblast. OAO Integral, Minsk Tractor Works (MTZ).".encode(),
        b"Minsk \xff Brest \xc3\x28 Gomel\r\nVitebsk\r\n",              # invalid UTF-8 (repaired) and CRLF
        "\u200d\u200bMinsk\u200d \u202eBrest\u202c \ufeffGomel".encode(),
        ("Lukashenko " * 200).encode(),
        ("." * 500).encode(),
        b"",
        b"\n\n\n",
    ]
    return seeds


def lexicon_words() -> list[str]:
    words: set[str] = set()
    for path in sorted((ROOT / "Lexicons").rglob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            columns = line.split("\t")
            names = columns[2:3] + (columns[3].split("|") if len(columns) > 3 else [])
            words.update(name.strip() for name in names if name.strip())
    return sorted(words)


def dictionary(words: list[str]) -> str:
    lines = []
    for word in words:
        data = word.encode()
        if not data or len(data) > 60:  # libFuzzer keeps dictionary words to 64 bytes
            continue
        escaped = "".join(chr(b) if 0x20 <= b < 0x7F and b not in (0x22, 0x5C) else f"\\x{b:02x}" for b in data)
        lines.append(f'"{escaped}"')
    return "\n".join(lines) + "\n"


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: make-corpus.py OUT")
    out = pathlib.Path(sys.argv[1])
    texts = articles()
    committed = sorted((ROOT / "Fuzz/seeds").glob("*/*"))
    for target, seeds in (("reader", reader_seeds(texts)), ("pipeline", pipeline_seeds(texts))):
        folder = out / target
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.iterdir():
            old.unlink()
        for data in seeds:
            write(folder, data)
        for path in committed:
            if path.parent.name == target:
                write(folder, path.read_bytes())
        print(f"make-corpus: {len(list(folder.iterdir()))} {target} seeds in {folder}")
    json_words = ['"id"', '"text"', '":"', '","', '{"id":"', '","text":"', '"}', "\\u", "\\ud83d\\ude00", "\\ud800",
                  "\\\\", '\\"', "\r\n", "\ufeff", "null", "true", "false", "-0.0e+1", "[[[[", "]]]]"]
    (out / "reader.dict").write_text(dictionary(json_words + ["Minsk", "date 2024-01-01"]), encoding="latin-1")
    (out / "pipeline.dict").write_text(dictionary(lexicon_words() + ["date 2024-01-01", "\u2019s", "'s", "met with", "\r\n"]))
    print(f"make-corpus: dictionaries {out / 'reader.dict'}, {out / 'pipeline.dict'}")


main()
