# -*- coding: utf-8 -*-
"""Check questions.jsonl of the s32 blind set.

Usage:
  /work/main/.venv/bin/python check_questions.py            # full check, exit 1 on error
  /work/main/.venv/bin/python check_questions.py --grep X   # list pages of the 13 PDFs containing X
                                                            # (case-insensitive, whitespace collapsed)
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s32"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
KEYS = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def locate(name):
    for d in (HERE, REAL):
        p = os.path.join(d, name)
        if os.path.isfile(p):
            return p
    return None


_cache = {}


def pages_of(name):
    if name not in _cache:
        r = pypdf.PdfReader(locate(name))
        _cache[name] = [norm(p.extract_text() or "") for p in r.pages]
    return _cache[name]


def all_pdfs():
    mine = sorted(f for f in os.listdir(HERE) if f.startswith("obs-%s-" % PREFIX) and f.endswith(".pdf"))
    real = sorted(f for f in os.listdir(REAL) if f.endswith(".pdf"))
    return mine + real


def grep(term):
    t = norm(term).lower()
    hits = []
    for f in all_pdfs():
        for i, txt in enumerate(pages_of(f)):
            if t in txt.lower():
                hits.append((f, i + 1))
    return hits


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--grep":
        for term in sys.argv[2:]:
            h = grep(term)
            print("%-40s %d hit(s) %s" % (term, len(h), h))
        return 0
    errors, warnings = [], []
    seen = []
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, encoding="utf-8") as fh:
        lines = [l for l in fh.read().split("\n") if l.strip()]
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except ValueError as e:
            errors.append("line %d: invalid JSON (%s)" % (n, e))
            continue
        qid = q.get("id", "?")
        keys = set(q)
        if not KEYS <= keys:
            errors.append("%s: missing keys %s" % (qid, sorted(KEYS - keys)))
        if keys - KEYS - OPTIONAL:
            errors.append("%s: unexpected keys %s" % (qid, sorted(keys - KEYS - OPTIONAL)))
        if not re.fullmatch(r"s32(0[1-9]|[1-5][0-9]|60)", str(qid)):
            errors.append("%s: id outside s3201..s3260" % qid)
        if qid in seen:
            errors.append("%s: duplicate id" % qid)
        if "follows" in q and q["follows"] not in seen:
            errors.append("%s: follows %r which is not an earlier id" % (qid, q["follows"]))
        seen.append(qid)
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (qid, kind))
        if not isinstance(q.get("must_contain"), list):
            errors.append("%s: must_contain is not a list" % qid)
            continue
        if not str(q.get("question", "")).strip():
            errors.append("%s: empty question" % qid)
        if kind == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None or q["must_contain"] or q.get("answer") != "":
                errors.append("%s: unanswerable must have source/page null, must_contain [] and answer ''" % qid)
            continue
        if not q["must_contain"]:
            errors.append("%s: answerable question without must_contain" % qid)
        if not str(q.get("answer", "")).strip():
            errors.append("%s: empty answer" % qid)
        src = q.get("source")
        if not src or not locate(src):
            errors.append("%s: source not found: %r" % (qid, src))
            continue
        pages = pages_of(src)
        pg = q.get("page")
        if not isinstance(pg, int) or not 1 <= pg <= len(pages):
            errors.append("%s: page %r out of range 1..%d" % (qid, pg, len(pages)))
            continue
        text = pages[pg - 1]
        for m in q["must_contain"]:
            if norm(m) not in text:
                errors.append("%s: %r not found on %s p.%d" % (qid, m, src, pg))
    n = len(seen)
    if n != 60:
        errors.append("expected 60 questions, found %d" % n)
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    print("%d questions checked, %d error(s)" % (n, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
