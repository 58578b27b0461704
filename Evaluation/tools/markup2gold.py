#!/usr/bin/env python3
"""Convert labelled-article source files into gold JSON lines.

Usage:
    python3 Evaluation/tools/markup2gold.py Evaluation/fixtures/src/*.txt \\
        > Evaluation/fixtures/written.gold.jsonl
    python3 Evaluation/tools/markup2gold.py --explain FILE...   # review aid

Writes one JSON document per source file to standard output, in the shape of
the project's annotation guideline (shared/ANNOTATION.md, section 4):

    {"id": ..., "text": ..., "entities": [{"id": "T1", "type": ..., "start": ...,
     "end": ..., "text": ..., "canonical": ...}], "relations": [{"type": ...,
     "head": "T1", "tail": "T2"}]}

On any error it prints every problem as ``file:line: reason`` on standard
error, writes no JSON at all, and exits with status 1.  Warnings (likely but
not certain mistakes) are printed as ``file:line: warning: reason`` and do not
change the exit status.  Standard library only.

Markup
------
Lines starting with ``@`` are directives and are not part of the text:

    @id written-01-minsk-tula      document id (required, once per file)
    @rel TYPE HEADKEY TAILKEY      a relation between two keyed mentions
    @# free comment                ignored (``@note ...`` too)
    @@text                         a text line that starts with a literal "@"

Every other line is article text.  Leading and trailing blank lines are
dropped, trailing white space of each line is dropped, and lines are joined
with "\\n".  ``@rel`` lines may stand anywhere, e.g. right after the paragraph
whose sentence states the relation.

A mention is written inline, on one line:

    [[surface text|TYPE]]
    [[surface text|TYPE|key]]
    [[surface text|TYPE|key=group]]
    [[surface text|TYPE|=group]]
    [[surface text|TYPE|key|canonical=Full Name]]

TYPE is PERSON, REGION, ENTERPRISE or PRODUCT (aliases PER, REG, ENT, PROD).
``key`` names this one mention for ``@rel`` lines (unique in the file).
``=group`` says which entity the mention belongs to.  The surface text may
not contain "|", "[[" or "]]"; it is copied to the plain text unchanged.
Group and key names are letters, digits, '.', '_' and '-'.

Entities and canonical names (guideline section 3):
  * Mentions with the same ``=group`` are one entity.
  * A mention without a group joins the explicit group (of the same type)
    that has a mention with the same case-folded text anywhere in the file
    (an error if several groups do); otherwise all
    mentions of the same type and case-folded text form one entity.  So a group
    needs to be written once per surface form: ``[[Lukashenko|PER|=luk]]`` once,
    and every later plain ``[[Lukashenko|PER]]`` joins it.
  * ``canonical`` is the ``canonical=`` value given on any mention of the
    entity, else the entity's longest mention text (the first seen on a tie),
    i.e. the fullest form of the name found in the document.
  * Entities with the same case-folded canonical name are one entity for the
    scorer; two such entities of different types are an error.

Checks (errors): unknown directive, missing/duplicate id (also across files),
bad or unbalanced markup, unknown type, spans with leading/trailing white
space or punctuation, unbalanced quotes or brackets inside a span, a
possessive 's, a leading article, a span that cuts a word, a mention crossing a sentence boundary, overlapping spans, duplicate or
unknown keys, conflicting canonicals, unknown relation types, argument types
that the relation table does not allow, arguments in different sentences,
self-relations, duplicate relations (symmetric types in either order).
Warnings: a title at the start of a PERSON span; an ungrouped PERSON, REGION
or ENTERPRISE whose words all occur in another entity's name of the same type
("Lukashenko" / "Aleksandr Lukashenko"): group it, or give it a =group of its
own to say it is a different entity (a city and its oblast).

Sentences are split at newlines and after . ! ? … (plus closing quotes or
brackets) followed by white space and a character that is not a lower-case
letter, except after abbreviations (Gov. St. Mr. Dr. Jan. ...) and
single-letter initials ("A. Lukashenko").
The splitter is deliberately simple; a mention that it would cut in two is
reported as an error, so a wrong split shows up rather than passing silently.
"""
import json
import re
import sys
import unicodedata

TYPES = {"PERSON": "PERSON", "PER": "PERSON",
         "REGION": "REGION", "REG": "REGION",
         "ENTERPRISE": "ENTERPRISE", "ENT": "ENTERPRISE",
         "PRODUCT": "PRODUCT", "PROD": "PRODUCT", "PRO": "PRODUCT"}

# relation type -> (allowed head types, allowed tail types, symmetric)
RELATIONS = {
    "leader_of": ({"PERSON"}, {"REGION", "ENTERPRISE"}, False),
    "part_of": ({"REGION"}, {"REGION"}, False),
    "located_in": ({"ENTERPRISE"}, {"REGION"}, False),
    "produces": ({"ENTERPRISE", "REGION"}, {"PRODUCT"}, False),
    "meets": ({"PERSON"}, {"PERSON"}, True),
    "visited": ({"PERSON"}, {"REGION"}, False),
    "cooperates_with": ({"REGION", "ENTERPRISE"}, {"REGION", "ENTERPRISE"}, True),
}

ABBREVIATIONS = {
    "gov", "st", "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt",
    "sgt", "rep", "sen", "jr", "sr", "vs", "e.g", "i.e", "inc",
    "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mt", "ft", "approx", "dept", "av", "ave",
}
PAIRS = {"”": "“", "»": "«", '"': '"', "'": "'", "’": "‘", ")": "(", "]": "["}
TITLES = {"president", "governor", "gov", "gov.", "mr", "mr.", "mrs", "ms", "dr",
          "chairman", "mayor", "head", "minister", "director", "prime", "deputy"}
ARTICLES = {"the", "a", "an"}

MENTION_RE = re.compile(r"\[\[(.*?)\]\]")
KEY_RE = re.compile(r"^[A-Za-z0-9_.\-]+$")
ID_RE = re.compile(r"^[A-Za-z0-9_.\-]+$")
BOUNDARY_RE = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s)|[.!?…]+[\"”’'»)\]]*$")


def norm(s):
    """Case-folded, apostrophe- and space-normalised form used for grouping."""
    return " ".join(s.casefold().replace("’", "'").split())


def sentence_spans(text):
    """Return a list of (start, end) sentence spans covering `text`."""
    cuts = set()
    for m in re.finditer(r"\n", text):
        cuts.add(m.end())
    for m in BOUNDARY_RE.finditer(text):
        end = m.end()
        punct = m.group(0)
        if punct[0] == "." and len(punct.rstrip("\"”’'»)]")) == 1:
            # word before the period
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = re.search(r"(\S*)$", text[line_start:m.start()]).group(1)
            before = before.lstrip("\"“”'‘’«»([")
            if before.casefold() in ABBREVIATIONS:
                continue
            if len(before) == 1 and before.isalpha() and before.isupper():
                continue  # an initial: "A. Lukashenko"
            if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", before):
                continue  # "U.S.", "e.g."
        rest = text[end:]
        nxt = re.match(r"\s*(\S)", rest)
        if nxt and nxt.group(1).islower():
            continue
        cuts.add(end)
    cuts.discard(0)
    bounds = sorted(c for c in cuts if c < len(text))
    spans, start = [], 0
    for c in bounds:
        spans.append((start, c))
        start = c
    spans.append((start, len(text)))
    return spans


def is_punct(ch):
    return unicodedata.category(ch)[0] in "PS"


class Doc:
    def __init__(self, path):
        self.path = path
        self.id = None
        self.id_line = None
        self.text = ""
        self.mentions = []   # dicts: type,start,end,text,key,group,canonical,line
        self.rels = []       # (type, headkey, tailkey, line)


def parse_file(path, errors, warnings):
    doc = Doc(path)
    try:
        with open(path, encoding="utf-8") as f:
            raw_lines = f.read().split("\n")
    except (OSError, UnicodeDecodeError) as e:
        errors.append(f"{path}:0: cannot read: {e}")
        return None

    def err(line, msg):
        errors.append(f"{path}:{line}: {msg}")

    text_lines = []  # (lineno, source line)
    for n, line in enumerate(raw_lines, 1):
        line = line.rstrip()
        if line.startswith("@@"):
            text_lines.append((n, line[1:]))
        elif line.startswith("@"):
            parts = line[1:].split()
            if not parts or parts[0] == "#" or line.startswith("@#") or parts[0] == "note":
                continue
            if parts[0] == "id":
                if len(parts) != 2 or not ID_RE.match(parts[1]):
                    err(n, "@id takes one id of letters, digits, '.', '_' or '-'")
                elif doc.id is not None:
                    err(n, f"second @id (first on line {doc.id_line})")
                else:
                    doc.id, doc.id_line = parts[1], n
            elif parts[0] == "rel":
                if len(parts) != 4:
                    err(n, "@rel takes TYPE HEADKEY TAILKEY")
                else:
                    doc.rels.append((parts[1], parts[2], parts[3], n))
            else:
                err(n, f"unknown directive @{parts[0]}")
        else:
            text_lines.append((n, line))
    if doc.id is None:
        err(1, "no @id line")

    while text_lines and not text_lines[0][1].strip():
        text_lines.pop(0)
    while text_lines and not text_lines[-1][1].strip():
        text_lines.pop()

    out = []
    pos = 0
    keys = {}
    for i, (n, line) in enumerate(text_lines):
        if i:
            out.append("\n")
            pos += 1
        last = 0
        for m in MENTION_RE.finditer(line):
            plain = line[last:m.start()]
            if "[[" in plain or "]]" in plain:
                err(n, "unbalanced [[ or ]]")
            out.append(plain)
            pos += len(plain)
            body = m.group(1)
            if "[[" in body:
                err(n, f"nested or unclosed mention in [[{body}]]")
            fields = body.split("|")
            surface = fields[0]
            if len(fields) < 2:
                err(n, f"mention [[{body}]] has no type")
                mtype = None
            else:
                mtype = TYPES.get(fields[1].strip().upper())
                if mtype is None:
                    err(n, f"unknown type {fields[1]!r} in [[{body}]]")
            key = group = canon = None
            for fld in fields[2:]:
                fld = fld.strip()
                if fld.startswith("canonical="):
                    canon = fld[len("canonical="):].strip()
                    if not canon:
                        err(n, f"empty canonical in [[{body}]]")
                elif "=" in fld:
                    k, g = fld.split("=", 1)
                    if k:
                        key = k
                    group = g
                    if not KEY_RE.match(g) or (k and not KEY_RE.match(k)):
                        err(n, f"bad key or group {fld!r} in [[{body}]]")
                elif KEY_RE.match(fld):
                    key = fld
                else:
                    err(n, f"bad field {fld!r} in [[{body}]]")
            if key is not None:
                if key in keys:
                    err(n, f"duplicate key {key!r} (first on line {keys[key]['line']})")
                    key = None
            ment = {"type": mtype, "start": pos, "end": pos + len(surface),
                    "text": surface, "key": key, "group": group,
                    "canonical": canon, "line": n}
            if key is not None:
                keys[key] = ment
            doc.mentions.append(ment)
            out.append(surface)
            pos += len(surface)
            last = m.end()
        tail = line[last:]
        if "[[" in tail or "]]" in tail:
            err(n, "unbalanced [[ or ]] (a mention must stay on one line)")
        out.append(tail)
        pos += len(tail)
    doc.text = "".join(out)
    doc.keys = keys
    return doc


def check_and_build(doc, errors, warnings):
    path, text = doc.path, doc.text

    def err(line, msg):
        errors.append(f"{path}:{line}: {msg}")

    def warn(line, msg):
        warnings.append(f"{path}:{line}: warning: {msg}")

    sents = sentence_spans(text)

    def sent_of(offset):
        for i, (s, e) in enumerate(sents):
            if s <= offset < e:
                return i
        return len(sents) - 1

    # span checks
    for m in doc.mentions:
        s, e, t, n = m["start"], m["end"], m["text"], m["line"]
        m["sent"] = sent_of(s)
        if not t:
            err(n, "empty mention")
            continue
        if t != t.strip() or "  " in t:
            err(n, f"{t!r}: leading/trailing or doubled white space")
            continue
        if not t[0].isalnum():
            err(n, f"{t!r}: span starts with {t[0]!r} (punctuation or quote outside the name)")
        last = t[-1]
        if not last.isalnum():
            opener = PAIRS.get(last)
            if opener is None or opener not in t[:-1]:
                err(n, f"{t!r}: span ends with {last!r} (punctuation outside the name)")
        for op, cl in (("“", "”"), ("«", "»"), ("(", ")"), ("[", "]")):
            if t.count(op) != t.count(cl):
                err(n, f"{t!r}: unbalanced {op}{cl} inside the span")
        if t.count('"') % 2:
            err(n, f"{t!r}: unbalanced \" inside the span")
        if re.search(r"['’]s$", t) or (len(t) > 1 and t[-1] in "'’" ):
            err(n, f"{t!r}: possessive inside the span")
        first_word = t.split()[0].casefold()
        if first_word in ARTICLES and " " in t:
            err(n, f"{t!r}: span starts with an article")
        if m["type"] == "PERSON" and first_word.rstrip(".") in {x.rstrip(".") for x in TITLES}:
            warn(n, f"{t!r}: a title looks included in the PERSON span")
        if s > 0 and text[s - 1].isalnum():
            err(n, f"{t!r}: span starts inside a word")
        if e < len(text) and text[e].isalnum():
            err(n, f"{t!r}: span ends inside a word")
        if sent_of(s) != sent_of(e - 1):
            err(n, f"{t!r}: mention crosses a sentence boundary")

    # overlap (cannot happen with flat markup, checked anyway)
    ms = sorted(doc.mentions, key=lambda m: (m["start"], m["end"]))
    for a, b in zip(ms, ms[1:]):
        if b["start"] < a["end"]:
            err(b["line"], f"{b['text']!r} overlaps {a['text']!r}")

    # entity grouping
    explicit = {}   # (type, group) -> list of mentions
    for m in doc.mentions:
        if m["group"] is not None:
            explicit.setdefault((m["type"], m["group"]), []).append(m)
    groups_of_types = {}
    for (ty, g), lst in explicit.items():
        groups_of_types.setdefault(g, set()).add(ty)
    for g, tys in groups_of_types.items():
        if len(tys) > 1:
            line = next(m["line"] for m in doc.mentions if m["group"] == g)
            err(line, f"group ={g} mixes types {sorted(t for t in tys if t)}")
    surface_index = {}  # (type, norm text) -> set of explicit group ids
    for (ty, g), lst in explicit.items():
        for m in lst:
            surface_index.setdefault((ty, norm(m["text"])), set()).add(g)
    entities = {}  # entity id -> list of mentions
    for m in doc.mentions:
        if m["group"] is not None:
            eid = ("g", m["type"], m["group"])
        else:
            hits = surface_index.get((m["type"], norm(m["text"])), set())
            if len(hits) > 1:
                err(m["line"], f"{m['text']!r} matches several groups {sorted(hits)}; give =group")
            if hits:
                eid = ("g", m["type"], sorted(hits)[0])
            else:
                eid = ("t", m["type"], norm(m["text"]))
        m["eid"] = eid
        entities.setdefault(eid, []).append(m)

    canon_of = {}
    for eid, lst in entities.items():
        given = {m["canonical"] for m in lst if m["canonical"]}
        if len(given) > 1:
            err(lst[0]["line"], f"conflicting canonical names {sorted(given)} for one entity")
        if given:
            c = sorted(given)[0]
        else:
            c = lst[0]["text"]
            for m in lst:  # longest; first seen on a tie
                if len(m["text"]) > len(c):
                    c = m["text"]
        canon_of[eid] = c
        for m in lst:
            m["canonical"] = c
    by_canon = {}
    for eid, c in canon_of.items():
        by_canon.setdefault(norm(c), []).append(eid)
    for c, eids in by_canon.items():
        tys = {e[1] for e in eids}
        if len(tys) > 1:
            line = entities[eids[0]][0]["line"]
            err(line, f"entities of types {sorted(t for t in tys if t)} share the canonical name {c!r}; "
                      "give one of them another canonical=")
    # likely-forgotten grouping: a short name whose words all occur in a longer same-type name
    for eid, c in canon_of.items():
        if eid[0] == "g" or eid[1] == "PRODUCT":  # "lathes" vs "CNC lathes" are distinct kinds
            continue
        words = set(re.findall(r"\w+", norm(c)))
        for eid2, c2 in canon_of.items():
            if eid2 == eid or eid2[1] != eid[1] or norm(c2) == norm(c):
                continue
            if words <= set(re.findall(r"\w+", norm(c2))):
                warn(entities[eid][0]["line"],
                     f"{c!r} may be the same entity as {c2!r}: group it (=group) "
                     "or give it its own =group to say it is distinct")
                break

    # entity ids in text order
    ordered = sorted(doc.mentions, key=lambda m: (m["start"], m["end"]))
    for i, m in enumerate(ordered, 1):
        m["tid"] = f"T{i}"
        if text[m["start"]:m["end"]] != m["text"]:
            err(m["line"], f"internal offset error for {m['text']!r}")

    # relations
    rels, seen = [], {}
    for rtype, hk, tk, n in doc.rels:
        spec = RELATIONS.get(rtype)
        if spec is None:
            err(n, f"unknown relation type {rtype!r}")
            continue
        h, t = doc.keys.get(hk), doc.keys.get(tk)
        if h is None:
            err(n, f"unknown key {hk!r}")
        if t is None:
            err(n, f"unknown key {tk!r}")
        if h is None or t is None:
            continue
        heads, tails, sym = spec
        if h["type"] not in heads or t["type"] not in tails:
            err(n, f"{rtype} cannot link {h['type']} {h['text']!r} -> {t['type']} {t['text']!r}")
        if h is t or h["eid"] == t["eid"]:
            err(n, f"{rtype}: head and tail are the same entity ({h['text']!r})")
        if h.get("sent") != t.get("sent"):
            err(n, f"{rtype}: {h['text']!r} (line {h['line']}) and {t['text']!r} (line {t['line']}) "
                   "are not in the same sentence")
        k = (rtype, h["tid"], t["tid"])
        if sym:
            k = (rtype,) + tuple(sorted((h["tid"], t["tid"]), key=lambda x: int(x[1:])))
        if k in seen:
            err(n, f"duplicate relation (first on line {seen[k]})")
            continue
        seen[k] = n
        rels.append({"type": rtype, "head": h["tid"], "tail": t["tid"], "_line": n})

    doc.sentences = sents
    doc.ordered = ordered
    doc.relations = rels
    return {
        "id": doc.id,
        "text": text,
        "entities": [{"id": m["tid"], "type": m["type"], "start": m["start"], "end": m["end"],
                      "text": m["text"], "canonical": m["canonical"]} for m in ordered],
        "relations": [{k: v for k, v in r.items() if not k.startswith("_")} for r in rels],
    }


def explain(doc, out):
    """Print a review listing: each sentence, its mentions and its relations."""
    text = doc.text
    by_tid = {m["tid"]: m for m in doc.ordered}
    print(f"=== {doc.id}  ({doc.path})  {len(text)} chars, {len(doc.ordered)} entities, "
          f"{len(doc.relations)} relations", file=out)
    for i, (s, e) in enumerate(doc.sentences):
        chunk = text[s:e].strip()
        if not chunk:
            continue
        print(f"\n[{i}] {chunk}", file=out)
        for m in doc.ordered:
            if m["sent"] == i:
                c = "" if m["canonical"] == m["text"] else f"  (= {m['canonical']})"
                print(f"     {m['tid']:>4} {m['type']:<10} {m['text']}{c}", file=out)
        for r in doc.relations:
            h, t = by_tid[r["head"]], by_tid[r["tail"]]
            if h["sent"] == i:
                print(f"     -> {r['type']}: {h['text']} -> {t['text']}", file=out)
    print(file=out)


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if not args or "--help" in argv or "-h" in args:
        print(__doc__, file=sys.stderr)
        return 2
    errors, warnings = [], []
    docs, ids = [], {}
    for path in args:
        doc = parse_file(path, errors, warnings)
        if doc is None:
            continue
        if doc.id is not None:
            if doc.id in ids:
                errors.append(f"{path}:{doc.id_line}: duplicate id {doc.id!r} (also in {ids[doc.id]})")
            ids[doc.id] = path
        gold = check_and_build(doc, errors, warnings)
        docs.append((doc, gold))
    for w in warnings:
        print(w, file=sys.stderr)
    if errors:
        order = {path: i for i, path in enumerate(args)}

        def where(msg):  # sort by file (in argument order), then line
            m = re.match(r"(.*?):(\d+): ", msg)
            return (order.get(m.group(1), len(order)), int(m.group(2))) if m else (len(order), 0)
        for e in sorted(errors, key=where):
            print(e, file=sys.stderr)
        return 1
    if "--explain" in argv:
        for doc, _ in docs:
            explain(doc, sys.stdout)
        return 0
    for _, gold in docs:
        sys.stdout.write(json.dumps(gold, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
