#!/usr/bin/env python3
"""Check questions.jsonl (s52).

Usage: /work/main/.venv/bin/python check_questions.py [questions.jsonl] [--docs DIR] [--real DIR]
Prints every error and exits 1 if any; prints OK with counts otherwise.
"""
import argparse
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
PREFIX = "s52"


def norm(t):
    return re.sub(r"\s+", " ", t or "").strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default=os.path.join(HERE, "questions.jsonl"))
    ap.add_argument("--docs", default=HERE)
    ap.add_argument("--real", default="/work/shared/realworld-pdfs")
    a = ap.parse_args()

    errors = []
    cache = {}

    def pages_of(name):
        if name not in cache:
            d = a.real if name.startswith("real-") else a.docs
            path = os.path.join(d, name)
            if not os.path.isfile(path):
                cache[name] = None
            else:
                cache[name] = [norm(p.extract_text()) for p in PdfReader(path).pages]
        return cache[name]

    seen = []
    with open(a.file, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for n, line in enumerate(lines, 1):
        where = "line %d" % n
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append("%s: invalid JSON (%s)" % (where, e))
            continue
        if not isinstance(r, dict):
            errors.append("%s: not an object" % where)
            continue
        keys = set(r)
        if keys != KEYS and keys != KEYS | {"follows"}:
            errors.append("%s: bad key set %s" % (where, sorted(keys)))
        rid = r.get("id")
        where = "line %d (%s)" % (n, rid)
        exp = "%s%02d" % (PREFIX, n)
        if rid != exp:
            errors.append("%s: id should be %s" % (where, exp))
        if rid in seen:
            errors.append("%s: duplicate id" % where)
        for k in ("question", "answer"):
            if not isinstance(r.get(k), str) or not r.get(k).strip():
                errors.append("%s: empty or non-string %s" % (where, k))
        kind = r.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (where, kind))
        if "follows" in r:
            fo = r["follows"]
            if fo not in seen:
                errors.append("%s: follows %r is not an earlier id" % (where, fo))
            elif seen and fo != seen[-1]:
                errors.append("%s: follows %r is not the id just before" % (where, fo))
        mc = r.get("must_contain")
        if not isinstance(mc, list) or not all(isinstance(x, str) and x for x in mc):
            errors.append("%s: must_contain must be a list of non-empty strings" % where)
            mc = []
        src, page = r.get("source"), r.get("page")
        if kind == "unanswerable":
            if src is not None or page is not None or mc != []:
                errors.append("%s: unanswerable needs source null, page null, must_contain []" % where)
        else:
            if not 1 <= len(mc) <= 3:
                errors.append("%s: must_contain needs 1-3 strings" % where)
            if not isinstance(src, str):
                errors.append("%s: source missing" % where)
            else:
                pages = pages_of(src)
                if pages is None:
                    errors.append("%s: source file not found: %s" % (where, src))
                elif not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= len(pages):
                    errors.append("%s: page %r out of range 1..%d" % (where, page, len(pages)))
                else:
                    text = pages[page - 1]
                    for s in mc:
                        if norm(s) not in text:
                            errors.append("%s: %r not on %s p.%d" % (where, s, src, page))
        if rid is not None:
            seen.append(rid)
    if not lines:
        errors.append("empty file")
    for e in errors:
        print("ERROR", e)
    if errors:
        print("%d error(s)" % len(errors))
        return 1
    print("OK: %d questions checked" % len(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
