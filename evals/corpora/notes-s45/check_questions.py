#!/usr/bin/env python3
"""Check a blind question file (JSON Lines) against the PDFs it cites.

Usage:
  python check_questions.py [questions.jsonl] [--prefix s45] [--n 60]
                            [--pdf-dir DIR ...]

Default PDF directories: this script's folder (the team moved the PDFs up from ./pdfs)
and /work/shared/realworld-pdfs.  Prints every error found and exits 1 if
there is at least one, else prints a summary and exits 0.
"""
import argparse
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}


def norm(text):
    return re.sub(r"\s+", " ", text or "").strip()


class PdfCache:
    def __init__(self, dirs):
        self.dirs = dirs
        self.cache = {}

    def find(self, name):
        for d in self.dirs:
            p = os.path.join(d, name)
            if os.path.isfile(p):
                return p
        return None

    def pages(self, name):
        if name not in self.cache:
            import pypdf
            path = self.find(name)
            reader = pypdf.PdfReader(path)
            self.cache[name] = [norm(p.extract_text()) for p in reader.pages]
        return self.cache[name]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default=os.path.join(HERE, "questions.jsonl"))
    ap.add_argument("--prefix", default="s45")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--pdf-dir", action="append", default=None)
    a = ap.parse_args(argv)
    dirs = a.pdf_dir or [HERE, "/work/shared/realworld-pdfs"]
    pdfs = PdfCache(dirs)
    errors = []
    rows = []

    def err(where, msg):
        errors.append("%s: %s" % (where, msg))

    with open(a.file, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for ln, line in enumerate(lines, 1):
        where = "line %d" % ln
        if not line.strip():
            err(where, "empty line")
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            err(where, "invalid JSON (%s)" % e)
            continue
        if not isinstance(d, dict):
            err(where, "not a JSON object")
            continue
        keys = set(d)
        if not REQUIRED <= keys:
            err(where, "missing keys %s" % sorted(REQUIRED - keys))
        if keys - REQUIRED - OPTIONAL:
            err(where, "unexpected keys %s" % sorted(keys - REQUIRED - OPTIONAL))
        rows.append((ln, d))

    if len(rows) != a.n:
        err("file", "%d parsable question lines, expected %d" % (len(rows), a.n))

    seen = []
    for idx, (ln, d) in enumerate(rows):
        qid = d.get("id")
        where = "line %d (%s)" % (ln, qid)
        expected = "%s%02d" % (a.prefix, ln)  # line n carries question n
        if qid != expected:
            err(where, "id should be %s (ids unique and in order)" % expected)
        if qid in seen:
            err(where, "duplicate id")
        for k in ("question", "answer"):
            if not isinstance(d.get(k), str) or not d.get(k, "").strip():
                err(where, "%s must be a non-empty string" % k)
        kind = d.get("kind")
        if kind not in KINDS:
            err(where, "bad kind %r" % kind)
        if "follows" in d:
            f = d["follows"]
            if f not in seen:
                err(where, "follows %r is not an earlier id" % f)
            elif f != seen[-1]:
                err(where, "follows %r is not the id just before (%s)" % (f, seen[-1]))
        mc = d.get("must_contain")
        src = d.get("source")
        page = d.get("page")
        if not isinstance(mc, list) or not all(isinstance(x, str) for x in mc):
            err(where, "must_contain must be a list of strings")
            mc = []
        if kind == "unanswerable":
            if src is not None or page is not None or mc != []:
                err(where, "unanswerable needs source null, page null, must_contain []")
        else:
            if not 1 <= len(mc) <= 3:
                err(where, "must_contain needs 1-3 strings")
            if any(not x.strip() for x in mc):
                err(where, "empty must_contain string")
            if not isinstance(src, str) or not src:
                err(where, "source missing")
            elif pdfs.find(src) is None:
                err(where, "source %s not found in %s" % (src, dirs))
            elif not isinstance(page, int) or isinstance(page, bool):
                err(where, "page must be an integer")
            else:
                pages = pdfs.pages(src)
                if not 1 <= page <= len(pages):
                    err(where, "page %d out of range 1-%d" % (page, len(pages)))
                else:
                    text = pages[page - 1]
                    for s in mc:
                        if norm(s) not in text:
                            other = [i + 1 for i, t in enumerate(pages) if norm(s) in t]
                            err(where, "must_contain %r not on page %d of %s (found on pages %s)"
                                % (s, page, src, other[:10]))
        seen.append(qid)

    if errors:
        for e in errors:
            print("ERROR", e)
        print("%d error(s)" % len(errors))
        return 1
    kinds = Counter(d.get("kind") for _, d in rows)
    print("OK: %d questions; kinds %s; follow-ups %d" % (
        len(rows), dict(sorted(kinds.items())), sum("follows" in d for _, d in rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
