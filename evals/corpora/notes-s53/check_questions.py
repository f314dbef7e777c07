#!/usr/bin/env python3
"""Check a blind question set (JSON Lines).

Usage: /work/main/.venv/bin/python check_questions.py [questions.jsonl] [--prefix s53]
       [--pdf-dir DIR ...]

Checks: one JSON object per line; exact key set (7 keys + optional "follows"); kind in the
allowed list; ids unique, well formed and in order (PREFIX01, PREFIX02, ...); "follows" points
to the id just before; unanswerable shape (source/page null, must_contain []); for the other
kinds: source exists, page in range, 1-3 must_contain strings, each present with exact case in
the pypdf text of that page (whitespace collapsed). Prints every error; exit code 1 if any.
"""
import argparse
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}


def norm(t):
    return re.sub(r"\s+", " ", t or "").strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=os.path.join(HERE, "questions.jsonl"))
    ap.add_argument("--prefix", default="s53")
    ap.add_argument("--expected", type=int, default=60)
    ap.add_argument("--pdf-dir", action="append", default=None)
    a = ap.parse_args()
    dirs = a.pdf_dir or [HERE, "/work/shared/realworld-pdfs"]

    errors = []
    cache = {}

    def pages_of(name):
        if name not in cache:
            cache[name] = None
            for d in dirs:
                p = os.path.join(d, name)
                if os.path.isfile(p):
                    cache[name] = [norm(pg.extract_text()) for pg in PdfReader(p).pages]
                    break
        return cache[name]

    rows = []
    with open(a.path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: empty line" % n)
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("line %d: invalid JSON (%s)" % (n, e))
                continue
            if not isinstance(obj, dict):
                errors.append("line %d: not a JSON object" % n)
                continue
            rows.append((n, obj))

    if len(rows) != a.expected:
        errors.append("%d questions, expected %d" % (len(rows), a.expected))

    seen = []
    for idx, (n, q) in enumerate(rows):
        qid = q.get("id")
        where = "line %d (%s)" % (n, qid)
        keys = set(q)
        missing = REQUIRED - keys
        extra = keys - REQUIRED - OPTIONAL
        if missing:
            errors.append("%s: missing keys %s" % (where, sorted(missing)))
        if extra:
            errors.append("%s: unexpected keys %s" % (where, sorted(extra)))
        # id
        want = "%s%02d" % (a.prefix, n)  # position = line number, so a bad line does not cascade
        if not isinstance(qid, str) or not re.fullmatch(re.escape(a.prefix) + r"\d{2}", qid or ""):
            errors.append("%s: malformed id" % where)
        elif qid in seen:
            errors.append("%s: duplicate id" % where)
        elif qid != want:
            errors.append("%s: id out of order (expected %s)" % (where, want))
        # texts
        for k in ("question", "answer"):
            if not isinstance(q.get(k), str) or not q.get(k, "").strip():
                errors.append("%s: %s must be a non-empty string" % (where, k))
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (where, kind))
        # follows
        if "follows" in q:
            fo = q["follows"]
            if fo not in seen:
                errors.append("%s: follows %r is not an earlier id" % (where, fo))
            elif seen and fo != seen[-1]:
                errors.append("%s: follows %r is not the id just before (%s)" % (where, fo, seen[-1]))
        if isinstance(qid, str):
            seen.append(qid)
        mc = q.get("must_contain")
        if kind == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None:
                errors.append("%s: unanswerable must have source and page null" % where)
            if mc != []:
                errors.append("%s: unanswerable must have must_contain []" % where)
            continue
        # answerable
        src, page = q.get("source"), q.get("page")
        if not isinstance(mc, list) or not (1 <= len(mc) <= 3) or \
                not all(isinstance(s, str) and s.strip() for s in mc):
            errors.append("%s: must_contain must be a list of 1-3 non-empty strings" % where)
            mc = [s for s in (mc or []) if isinstance(s, str) and s.strip()] if isinstance(mc, list) else []
        if not isinstance(src, str) or not src.endswith(".pdf"):
            errors.append("%s: source must be a PDF file name" % where)
            continue
        pages = pages_of(src)
        if pages is None:
            errors.append("%s: source %s not found in %s" % (where, src, dirs))
            continue
        if not isinstance(page, int) or isinstance(page, bool) or not (1 <= page <= len(pages)):
            errors.append("%s: page %r out of range 1..%d" % (where, page, len(pages)))
            continue
        text = pages[page - 1]
        for s in mc:
            if norm(s) not in text:
                errors.append("%s: %r not found on %s p.%d" % (where, s, src, page))

    for e in errors:
        print("ERROR:", e)
    if errors:
        print("%d error(s)" % len(errors))
        sys.exit(1)
    print("OK: %d questions checked, no error" % len(rows))


if __name__ == "__main__":
    main()
