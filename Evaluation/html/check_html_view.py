#!/usr/bin/env python3
"""Render the seeds' HTML view in headless Chromium and check it against the JSON-lines output.

usage: python3 Evaluation/html/check_html_view.py [OUT_DIR] [--gazette BIN] [--width N] [--height N]

Runs `gazette extract seeds` twice, as JSON-lines (OUT_DIR/seeds.jsonl) and as the HTML page
(OUT_DIR/seeds-view.html), then with Chromium (Debian's `chromium`, installed with apt-get when
missing):

- `chromium --headless --screenshot` saves OUT_DIR/seeds-view.png (the top of the page, WIDTH x
  HEIGHT) and OUT_DIR/seeds-view-full.png (the whole page), for a person to look at;
- `chromium --headless --dump-dom` gives the page's DOM after its script ran (OUT_DIR/seeds-view.dom.html).

It checks, per article, that every highlighted element (`data-start`, `data-end`, `data-type`)
equals a mention of the JSON-lines record and holds exactly the mention's text, that every
mention is highlighted, that the relation list names each relation's head and tail, that the
script drew one arrow per relation, and that the page loads nothing from elsewhere.

It prints `html view: N passed, M failed` and exits 1 when a check failed. OUT_DIR defaults to a
new temporary folder; the binary to the --gazette argument, else $GAZETTE_BIN, else
.build/debug/gazette. Not part of .ci/run (it installs a browser).
"""
import argparse, html.parser, json, os, shutil, struct, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    if shutil.which("apt-get") is None:
        sys.exit("check_html_view: chromium is missing and apt-get is not available to install it")
    print("check_html_view: installing Debian's chromium (apt-get install -y chromium)", file=sys.stderr)
    subprocess.run(["apt-get", "update", "-qq"], check=True)
    subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True,
                   env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
    path = shutil.which("chromium")
    if not path:
        sys.exit("check_html_view: chromium is still missing after apt-get install")
    return path


def chromium_run(chromium, url, profile, *flags):
    command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--hide-scrollbars", "--no-first-run", "--no-default-browser-check",
               f"--user-data-dir={profile}", "--virtual-time-budget=5000", *flags, url]
    return subprocess.run(command, capture_output=True, text=True, timeout=180)


def png_size(path):
    with open(path, "rb") as file:
        header = file.read(24)
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", header[16:24])


class PageReader(html.parser.HTMLParser):
    """Collects, per <article class="doc">, its heading, highlighted mentions, relation items
    and drawn arrow groups; and every src/href that could reach the network."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.articles = []
        self.mention = None  # [attributes, text] while inside a highlighted element
        self.mention_depth = 0
        self.in_heading = False
        self.external = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name in ("src", "href"):
            value = attributes.get(name) or ""
            if value and not value.startswith("#"):
                self.external.append(f"<{tag} {name}={value}>")
        if tag == "link":
            self.external.append(f"<link {attributes}>")
        if tag == "article" and "doc" in (attributes.get("class") or "").split():
            self.articles.append({"anchor": attributes.get("id"), "id": "", "mentions": [], "relations": [], "arrows": 0})
            return
        if not self.articles:
            return
        article = self.articles[-1]
        if tag == "h2" and not article["id"]:
            self.in_heading = True
        if self.mention is not None:
            self.mention_depth += 1
        elif "data-start" in attributes:
            self.mention = [attributes, ""]
            self.mention_depth = 1
        if tag == "li" and "data-head" in attributes:
            article["relations"].append((attributes.get("data-rel"), attributes.get("data-head"), attributes.get("data-tail")))
        if tag == "g" and "data-index" in attributes:
            article["arrows"] += 1

    def handle_endtag(self, tag):
        if tag == "h2":
            self.in_heading = False
        if self.mention is not None:
            self.mention_depth -= 1
            if self.mention_depth == 0:
                self.articles[-1]["mentions"].append(tuple(self.mention))
                self.mention = None

    def handle_data(self, data):
        if self.mention is not None:
            self.mention[1] += data
        if self.in_heading and self.articles:
            self.articles[-1]["id"] += data


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", help="folder for the page, the screenshots and the DOM dump")
    parser.add_argument("--gazette", default=os.environ.get("GAZETTE_BIN", str(ROOT / ".build" / "debug" / "gazette")))
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1800)
    args = parser.parse_args()
    out = Path(args.out).resolve() if args.out else Path(tempfile.mkdtemp(prefix="gazette-html-view-"))
    out.mkdir(parents=True, exist_ok=True)
    gazette = Path(args.gazette).resolve()
    if not gazette.exists():
        sys.exit(f"check_html_view: no gazette binary at {gazette} (build it, or pass --gazette or set GAZETTE_BIN)")
    chromium = find_chromium()

    jsonl, page = out / "seeds.jsonl", out / "seeds-view.html"
    for extra, target in ((["-o", str(jsonl)], jsonl), (["--format", "html", "-o", str(page)], page)):
        run = subprocess.run([str(gazette), "extract", "seeds", *extra], cwd=ROOT, capture_output=True, text=True)
        if run.returncode != 0 or not target.exists():
            sys.exit(f"check_html_view: gazette extract {' '.join(extra)} failed ({run.returncode}): {run.stderr}")
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines() if line.strip()]

    passed, failed = 0, []
    def check(condition, message):
        nonlocal passed
        if condition:
            passed += 1
        else:
            failed.append(message)
            print("  FAILED: " + message, file=sys.stderr)

    url = page.as_uri()
    with tempfile.TemporaryDirectory(prefix="gazette-chromium-") as profile:
        top, full = out / "seeds-view.png", out / "seeds-view-full.png"
        shot = chromium_run(chromium, url, profile, f"--screenshot={top}", f"--window-size={args.width},{args.height}")
        check(top.exists() and png_size(top) is not None, f"screenshot {top} written ({shot.stderr.strip()[-300:]})")
        dump = chromium_run(chromium, url, profile, "--dump-dom", f"--window-size={args.width},{args.height}")
        check(dump.returncode == 0 and "<article" in dump.stdout, f"--dump-dom printed the page ({dump.stderr.strip()[-300:]})")
        (out / "seeds-view.dom.html").write_text(dump.stdout, encoding="utf-8")
        reader = PageReader()
        reader.feed(dump.stdout)
        # The whole page: headless Chromium shoots the window, so the window is made taller
        # than the page (about 0.8 px per character of text at this width, plus the overview).
        height = min(16000, max(args.height, 1400 + sum(len(r["text"]) for r in records) * 4 // 5))
        chromium_run(chromium, url, profile, f"--screenshot={full}", f"--window-size={args.width},{height}")

    check(not reader.external, f"the page loads nothing from elsewhere: {reader.external[:5]}")
    check(len(reader.articles) == len(records), f"{len(reader.articles)} articles in the page, {len(records)} records")
    for record, article in zip(records, reader.articles):
        name = record["id"]
        check(article["id"] == name, f"article heading '{article['id']}' is the record id '{name}'")
        text = record["text"]
        expected = {(e["start"], e["end"], e["type"]): e["text"] for e in record["entities"]}
        shown = {}
        for attributes, inner in article["mentions"]:
            try:
                key = (int(attributes["data-start"]), int(attributes["data-end"]), attributes.get("data-type"))
            except (KeyError, ValueError):
                check(False, f"{name}: highlighted element with bad attributes {attributes}")
                continue
            shown[key] = inner
            check(key in expected, f"{name}: highlighted {key} '{inner}' is a mention of the JSON-lines record")
            check(inner == expected.get(key, text[key[0]:key[1]]), f"{name}: text inside {key} is '{inner}', mention text '{expected.get(key)}'")
        missing = sorted(set(expected) - set(shown))
        check(not missing, f"{name}: every mention is highlighted (missing {missing[:5]})")
        ids = {e["id"]: (e["start"], e["end"]) for e in record["entities"]}
        mention_ids = {attributes.get("data-id"): (int(attributes["data-start"]), int(attributes["data-end"])) for attributes, _ in article["mentions"]}
        wanted = sorted((r["type"], ids[r["head"]], ids[r["tail"]]) for r in record["relations"])
        listed = sorted((kind, mention_ids.get(head), mention_ids.get(tail)) for kind, head, tail in article["relations"])
        check(listed == wanted, f"{name}: the relation list names each relation's head and tail mentions")
        check(article["arrows"] == len(record["relations"]), f"{name}: {article['arrows']} arrows drawn for {len(record['relations'])} relations")

    print(f"check_html_view: page {page}, screenshots {out / 'seeds-view.png'} and {out / 'seeds-view-full.png'}", file=sys.stderr)
    print(f"html view: {passed} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
