# -*- coding: utf-8 -*-
"""Check questions.jsonl of set s35.

- keys, kinds, unique ids (s3501..s3560), `follows` pointing to an earlier id;
- unanswerable: source/page null, must_contain empty, answer "";
- every must_contain string is on the stated page (pypdf text, whitespace
  collapsed).
Run: /work/main/.venv/bin/python check_questions.py
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQ = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPT = {"follows"}

_cache = {}


def page_text(source, page):
    path = os.path.join(HERE, source)
    if not os.path.exists(path):
        path = os.path.join(REAL, source)
    if path not in _cache:
        r = pypdf.PdfReader(path)
        _cache[path] = [re.sub(r"\s+", " ", p.extract_text() or "") for p in r.pages]
    pages = _cache[path]
    if not 1 <= page <= len(pages):
        return None
    return pages[page - 1]


def main():
    errors = []
    seen = []
    rows = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                errors.append("line %d: bad JSON (%s)" % (n, e))
    for q in rows:
        qid = q.get("id", "?")
        keys = set(q)
        if not REQ <= keys:
            errors.append("%s: missing keys %s" % (qid, sorted(REQ - keys)))
        if keys - REQ - OPT:
            errors.append("%s: unknown keys %s" % (qid, sorted(keys - REQ - OPT)))
        if not re.fullmatch(r"s35\d\d", str(qid)) or not 1 <= int(str(qid)[3:] or 0) <= 60:
            errors.append("%s: bad id" % qid)
        if qid in seen:
            errors.append("%s: duplicate id" % qid)
        if "follows" in q and q["follows"] not in seen:
            errors.append("%s: follows %r is not an earlier id" % (qid, q["follows"]))
        seen.append(qid)
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (qid, kind))
            continue
        if not isinstance(q.get("question"), str) or not q["question"].strip():
            errors.append("%s: empty question" % qid)
        if kind == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None \
                    or q.get("must_contain") != [] or q.get("answer") != "":
                errors.append("%s: unanswerable must have null source/page, [] and ''" % qid)
            continue
        if not q.get("answer"):
            errors.append("%s: empty answer" % qid)
        mc = q.get("must_contain")
        if not isinstance(mc, list) or not mc:
            errors.append("%s: must_contain must be a non-empty list" % qid)
            continue
        if not isinstance(q.get("page"), int):
            errors.append("%s: page must be an int" % qid)
            continue
        try:
            text = page_text(q["source"], q["page"])
        except Exception as e:  # missing file etc.
            errors.append("%s: cannot read %s (%s)" % (qid, q.get("source"), e))
            continue
        if text is None:
            errors.append("%s: page %s out of range" % (qid, q["page"]))
            continue
        for s in mc:
            needle = re.sub(r"\s+", " ", s)
            if needle not in text:
                errors.append("%s: %r not on page %d of %s" % (qid, s, q["page"], q["source"]))
    ids = [q.get("id") for q in rows]
    if len(rows) != 60:
        errors.append("expected 60 questions, found %d" % len(rows))
    for e in errors:
        print("ERROR", e)
    print("%d questions, %d errors" % (len(rows), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
