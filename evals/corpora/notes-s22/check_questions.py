# -*- coding: utf-8 -*-
"""Check questions.jsonl of set s22.

Checks: keys, kinds, unique ids with the s22 prefix, `follows` pointing to an
earlier id, unanswerable shape, and that every must_contain string is on the
stated page of the stated PDF (pypdf text, whitespace collapsed).
PDFs are looked up next to this script, then in /work/shared/realworld-pdfs/.

Run: /work/main/.venv/bin/python check_questions.py
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s22"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}

_cache = {}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_text(source, page):
    if source not in _cache:
        for d in (HERE, REAL):
            p = os.path.join(d, source)
            if os.path.exists(p):
                _cache[source] = [norm(pg.extract_text() or "") for pg in pypdf.PdfReader(p).pages]
                break
        else:
            _cache[source] = None
    pages = _cache[source]
    if pages is None:
        return None, "file not found"
    if not (1 <= page <= len(pages)):
        return None, "page %d out of range (1..%d)" % (page, len(pages))
    return pages[page - 1], None


def main():
    errors = []
    seen = []
    counts = {}
    rows = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append((ln, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON (%s)" % (ln, e))
    for ln, q in rows:
        qid = q.get("id", "?")
        keys = set(q)
        if REQUIRED - keys:
            errors.append("%s: missing keys %s" % (qid, sorted(REQUIRED - keys)))
        if keys - REQUIRED - OPTIONAL:
            errors.append("%s: unknown keys %s" % (qid, sorted(keys - REQUIRED - OPTIONAL)))
        if not re.fullmatch(PREFIX + r"\d{2}", str(qid)):
            errors.append("%s: id does not match %sNN" % (qid, PREFIX))
        if qid in seen:
            errors.append("%s: duplicate id" % qid)
        if "follows" in q and q["follows"] not in seen:
            errors.append("%s: follows %r which is not an earlier id" % (qid, q["follows"]))
        seen.append(qid)
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (qid, kind))
        counts[kind] = counts.get(kind, 0) + 1
        if not isinstance(q.get("question"), str) or not q.get("question", "").strip():
            errors.append("%s: empty question" % qid)
        mc = q.get("must_contain")
        if not isinstance(mc, list):
            errors.append("%s: must_contain is not a list" % qid)
            continue
        if kind == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None or mc or q.get("answer") != "":
                errors.append("%s: unanswerable must have source/page null, must_contain [] and answer \"\"" % qid)
            continue
        if not mc:
            errors.append("%s: empty must_contain" % qid)
        if not q.get("answer"):
            errors.append("%s: empty answer" % qid)
        src, page = q.get("source"), q.get("page")
        if not isinstance(src, str) or not isinstance(page, int):
            errors.append("%s: bad source/page" % qid)
            continue
        text, err = page_text(src, page)
        if err:
            errors.append("%s: %s: %s" % (qid, src, err))
            continue
        for s in mc:
            if norm(s) not in text:
                errors.append("%s: %r not found on page %d of %s" % (qid, s, page, src))
    print("questions: %d" % len(rows))
    print("by kind: " + ", ".join("%s=%d" % (k, counts[k]) for k in sorted(counts, key=str)))
    for e in errors:
        print("ERROR " + e)
    print("errors: %d" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
