# -*- coding: utf-8 -*-
"""Check questions.jsonl of the s40 blind set.

Checks: keys, kinds, unique ids (prefix s40, 2 digits), `follows` -> earlier id,
unanswerable shape, and that every must_contain string is on the stated page
(pypdf text, whitespace collapsed on both sides).
Run: /work/main/.venv/bin/python check_questions.py
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s40"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}

_cache = {}


def page_text(source, page):
    path = os.path.join(HERE, source)
    if not os.path.exists(path):
        path = os.path.join(REAL, source)
    if not os.path.exists(path):
        return None, "source not found: %s" % source
    if path not in _cache:
        r = PdfReader(path)
        _cache[path] = [re.sub(r"\s+", " ", (p.extract_text() or "")) for p in r.pages]
    pages = _cache[path]
    if not (1 <= page <= len(pages)):
        return None, "page %s out of range (1..%d) for %s" % (page, len(pages), source)
    return pages[page - 1], None


def main():
    errors = []
    seen = []
    counts = {}
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().splitlines() if l.strip()]
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except ValueError as e:
            errors.append("line %d: bad JSON (%s)" % (n, e))
            continue
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
            errors.append("%s: follows %s which is not an earlier id" % (qid, q["follows"]))
        seen.append(qid)
        kind = q.get("kind")
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (qid, kind))
            continue
        if not isinstance(q.get("question"), str) or not q["question"].strip():
            errors.append("%s: empty question" % qid)
        if not isinstance(q.get("must_contain"), list):
            errors.append("%s: must_contain is not a list" % qid)
            continue
        if kind == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None \
                    or q.get("must_contain") != [] or q.get("answer") != "":
                errors.append("%s: unanswerable must have source/page null, [] and \"\"" % qid)
            continue
        if not q.get("answer"):
            errors.append("%s: empty answer" % qid)
        if not q["must_contain"]:
            errors.append("%s: answerable question without must_contain" % qid)
        if not isinstance(q.get("page"), int):
            errors.append("%s: page must be an int" % qid)
            continue
        text, err = page_text(q.get("source") or "", q["page"])
        if err:
            errors.append("%s: %s" % (qid, err))
            continue
        for s in q["must_contain"]:
            needle = re.sub(r"\s+", " ", s).strip()
            if needle not in text:
                errors.append("%s: %r not found on %s p.%d" % (qid, s, q["source"], q["page"]))
    print("questions: %d  by kind: %s" % (len(seen), dict(sorted(counts.items()))))
    for e in errors:
        print("ERROR", e)
    print("%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
