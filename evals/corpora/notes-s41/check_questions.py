# -*- coding: utf-8 -*-
"""Check questions.jsonl of set s41.

Checks: required keys, kinds, unique ids (prefix s41, 01..60), `follows` pointing to an
earlier id, unanswerable entries (source/page null, empty must_contain and answer), and
that every must_contain string appears on the stated page (pypdf text, whitespace
collapsed, exact case).

Run: /work/main/.venv/bin/python check_questions.py
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s41"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = ["id", "question", "answer", "must_contain", "source", "page", "kind"]
OPTIONAL = {"follows"}

_cache = {}


def page_text(source, page):
    if source not in _cache:
        path = os.path.join(HERE, source)
        if not os.path.exists(path):
            path = os.path.join(REAL, source)
        if not os.path.exists(path):
            _cache[source] = None
        else:
            reader = pypdf.PdfReader(path)
            _cache[source] = [re.sub(r"\s+", " ", p.extract_text() or "")
                              for p in reader.pages]
    pages = _cache[source]
    if pages is None:
        return None, "source not found"
    if not isinstance(page, int) or page < 1 or page > len(pages):
        return None, "page %r out of range (1..%d)" % (page, len(pages))
    return pages[page - 1], None


def main():
    errors = []
    seen = []
    rows = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append((n, json.loads(line)))
            except ValueError as e:
                errors.append("line %d: invalid JSON (%s)" % (n, e))
    for n, q in rows:
        where = "line %d (%s)" % (n, q.get("id"))
        for k in REQUIRED:
            if k not in q:
                errors.append("%s: missing key %s" % (where, k))
        extra = set(q) - set(REQUIRED) - OPTIONAL
        if extra:
            errors.append("%s: unexpected keys %s" % (where, sorted(extra)))
        qid = q.get("id", "")
        if not re.fullmatch(PREFIX + r"\d{2}", str(qid)):
            errors.append("%s: bad id" % where)
        if qid in seen:
            errors.append("%s: duplicate id" % where)
        if "follows" in q and q["follows"] not in seen:
            errors.append("%s: follows %r is not an earlier id" % (where, q["follows"]))
        seen.append(qid)
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (where, kind))
        if not str(q.get("question", "")).strip():
            errors.append("%s: empty question" % where)
        mc = q.get("must_contain")
        if not isinstance(mc, list):
            errors.append("%s: must_contain is not a list" % where)
            continue
        if kind == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None:
                errors.append("%s: unanswerable must have source/page null" % where)
            if mc or q.get("answer") != "":
                errors.append("%s: unanswerable must have empty answer/must_contain" % where)
            continue
        if not mc:
            errors.append("%s: empty must_contain" % where)
        if not str(q.get("answer", "")).strip():
            errors.append("%s: empty answer" % where)
        text, err = page_text(q.get("source"), q.get("page"))
        if err:
            errors.append("%s: %s" % (where, err))
            continue
        for s in mc:
            s2 = re.sub(r"\s+", " ", s)
            if s2 not in text:
                errors.append("%s: %r not on %s p.%s" % (where, s, q["source"], q["page"]))
    counts = {}
    for _, q in rows:
        counts[q.get("kind")] = counts.get(q.get("kind"), 0) + 1
    print("questions:", len(rows), "by kind:", dict(sorted(counts.items())))
    for e in errors:
        print("ERROR", e)
    print("errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
