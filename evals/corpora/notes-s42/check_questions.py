#!/usr/bin/env python
"""Check questions.jsonl of the s42 blind set.

Usage: python check_questions.py [questions.jsonl] [--pdf-dir DIR ...]
Looks up PDFs in this folder (obs-s42-*.pdf) and in /work/shared/realworld-pdfs/.
Checks: JSON, keys, kinds, ids (unique, sNN01..sNN60 in order), follows -> earlier id,
shape of unanswerable items, source file exists, page in range, and every must_contain
string present on the stated page (pypdf text, whitespace collapsed). Exit code 1 on error.
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
PDF_DIRS = [HERE, "/work/shared/realworld-pdfs"]
PREFIX = "s42"
N = 60
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQ = ["id", "question", "answer", "must_contain", "source", "page", "kind"]
OPT = {"follows"}

_cache = {}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_text(src, page):
    if src not in _cache:
        path = None
        for d in PDF_DIRS:
            p = os.path.join(d, src)
            if os.path.exists(p):
                path = p
                break
        if path is None:
            _cache[src] = None
        else:
            r = PdfReader(path)
            _cache[src] = [norm(pg.extract_text() or "") for pg in r.pages]
    pages = _cache[src]
    if pages is None:
        return None, 0
    if not (1 <= page <= len(pages)):
        return "", len(pages)
    return pages[page - 1], len(pages)


def main():
    args = sys.argv[1:]
    path = os.path.join(HERE, "questions.jsonl")
    if args and not args[0].startswith("--"):
        path = args.pop(0)
    while args:
        a = args.pop(0)
        if a == "--pdf-dir" and args:
            PDF_DIRS.insert(0, args.pop(0))
    errors = []
    items = []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: empty line" % ln)
                continue
            try:
                items.append((ln, json.loads(line)))
            except Exception as e:  # noqa
                errors.append("line %d: bad JSON (%s)" % (ln, e))
    if len(items) != N:
        errors.append("expected %d questions, found %d" % (N, len(items)))
    seen = []
    for idx, (ln, q) in enumerate(items, 1):
        tag = "line %d (%s)" % (ln, q.get("id"))
        for k in REQ:
            if k not in q:
                errors.append("%s: missing key %s" % (tag, k))
        for k in q:
            if k not in REQ and k not in OPT:
                errors.append("%s: unexpected key %s" % (tag, k))
        qid = q.get("id")
        want = "%s%02d" % (PREFIX, idx)
        if qid != want:
            errors.append("%s: id should be %s" % (tag, want))
        if qid in seen:
            errors.append("%s: duplicate id" % tag)
        if "follows" in q and q["follows"] not in seen:
            errors.append("%s: follows %r is not an earlier id" % (tag, q["follows"]))
        seen.append(qid)
        if not isinstance(q.get("question"), str) or not q.get("question", "").strip():
            errors.append("%s: empty question" % tag)
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (tag, kind))
            continue
        if kind == "unanswerable":
            if q.get("answer") != "" or q.get("must_contain") != [] or q.get("source") is not None \
                    or q.get("page") is not None:
                errors.append("%s: unanswerable item must have answer '', must_contain [], source null, page null" % tag)
            continue
        if not isinstance(q.get("answer"), str) or not q["answer"].strip():
            errors.append("%s: empty answer" % tag)
        mc = q.get("must_contain")
        if not isinstance(mc, list) or not mc or not all(isinstance(x, str) and x.strip() for x in mc):
            errors.append("%s: must_contain must be a non-empty list of strings" % tag)
            continue
        src, page = q.get("source"), q.get("page")
        if not isinstance(src, str) or not isinstance(page, int):
            errors.append("%s: source must be a file name and page an int" % tag)
            continue
        text, npages = page_text(src, page)
        if text is None:
            errors.append("%s: source %s not found" % (tag, src))
            continue
        if not (1 <= page <= npages):
            errors.append("%s: page %d out of range 1..%d" % (tag, page, npages))
            continue
        for s in mc:
            if norm(s) not in text:
                errors.append("%s: %r not on %s p.%d" % (tag, s, src, page))
    for e in errors:
        print("ERROR", e)
    print("%d questions checked, %d errors" % (len(items), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
