# -*- coding: utf-8 -*-
"""Check questions.jsonl of the s19 set.

Checks: keys, kinds, unique ids with the s19 prefix, `follows` pointing to an earlier id,
unanswerable rows (source/page null, empty must_contain and answer), and that every
must_contain string is on the stated page of the stated PDF (pypdf text, whitespace
collapsed). PDFs are looked up next to this file, then in /work/shared/realworld-pdfs/.

Run: /work/main/.venv/bin/python check_questions.py
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s19"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}

_cache = {}


def page_text(source, page):
    if source not in _cache:
        for d in (HERE, REAL):
            p = os.path.join(d, source)
            if os.path.exists(p):
                r = pypdf.PdfReader(p)
                _cache[source] = [re.sub(r"\s+", " ", pg.extract_text() or "") for pg in r.pages]
                break
        else:
            _cache[source] = None
    pages = _cache[source]
    if pages is None:
        return None, 0
    if not (1 <= page <= len(pages)):
        return "", len(pages)
    return pages[page - 1], len(pages)


def main():
    errors = []
    seen = []
    rows = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append((n, json.loads(line)))
            except ValueError as e:
                errors.append("line %d: invalid JSON (%s)" % (n, e))
    for n, q in rows:
        qid = q.get("id", "?")
        keys = set(q)
        if not REQUIRED <= keys:
            errors.append("%s: missing keys %s" % (qid, sorted(REQUIRED - keys)))
        if keys - REQUIRED - OPTIONAL:
            errors.append("%s: unknown keys %s" % (qid, sorted(keys - REQUIRED - OPTIONAL)))
        if not re.fullmatch(PREFIX + r"\d{2}", str(qid)):
            errors.append("%s: bad id format" % qid)
        if qid in seen:
            errors.append("%s: duplicate id" % qid)
        if "follows" in q and q["follows"] not in seen:
            errors.append("%s: follows %r is not an earlier id" % (qid, q["follows"]))
        seen.append(qid)
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (qid, kind))
        if not isinstance(q.get("question"), str) or not q["question"].strip():
            errors.append("%s: empty question" % qid)
        mc = q.get("must_contain")
        if not isinstance(mc, list) or not all(isinstance(x, str) and x for x in mc):
            errors.append("%s: must_contain must be a list of non-empty strings" % qid)
            continue
        if kind == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None or mc or q.get("answer") != "":
                errors.append("%s: unanswerable must have source/page null, [] and answer ''" % qid)
            continue
        if not q.get("answer"):
            errors.append("%s: empty answer" % qid)
        if not mc:
            errors.append("%s: answerable question without must_contain" % qid)
        src, page = q.get("source"), q.get("page")
        if not isinstance(src, str) or not isinstance(page, int):
            errors.append("%s: source/page missing" % qid)
            continue
        text, npages = page_text(src, page)
        if text is None:
            errors.append("%s: PDF not found: %s" % (qid, src))
            continue
        if text == "":
            errors.append("%s: page %d out of range (1-%d) in %s" % (qid, page, npages, src))
            continue
        for s in mc:
            if re.sub(r"\s+", " ", s) not in text:
                errors.append("%s: %r not on page %d of %s" % (qid, s, page, src))
    print("%d questions checked, %d errors" % (len(rows), len(errors)))
    for e in errors:
        print("  ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
