#!/usr/bin/env python3
"""Check questions.jsonl of set s18.

Checks: JSON keys, kinds, unique ids with the s18 prefix, `follows` pointing to an
earlier id, unanswerable entries empty, and that every must_contain string occurs on
the stated page of the stated PDF (pypdf text, whitespace collapsed).

Run:  /work/main/.venv/bin/python check_questions.py
Exit status 0 when there are no errors.
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s18"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}

_cache = {}


def page_text(source, page):
    path = os.path.join(HERE, source)
    if not os.path.exists(path):
        path = os.path.join(REAL, source)
    if not os.path.exists(path):
        return None
    if path not in _cache:
        reader = pypdf.PdfReader(path)
        _cache[path] = [re.sub(r"\s+", " ", p.extract_text() or "") for p in reader.pages]
    pages = _cache[path]
    if not 1 <= page <= len(pages):
        return None
    return pages[page - 1]


def main():
    errors = []
    seen = []
    counts = {}
    n = 0
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            n += 1
            try:
                q = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON (%s)" % (lineno, e))
                continue
            qid = q.get("id", "line %d" % lineno)
            keys = set(q)
            if not REQUIRED <= keys:
                errors.append("%s: missing keys %s" % (qid, sorted(REQUIRED - keys)))
            if keys - REQUIRED - OPTIONAL:
                errors.append("%s: unknown keys %s" % (qid, sorted(keys - REQUIRED - OPTIONAL)))
            if not re.fullmatch(PREFIX + r"\d{2}", str(q.get("id", ""))):
                errors.append("%s: id does not match %s + 2 digits" % (qid, PREFIX))
            if qid in seen:
                errors.append("%s: duplicate id" % qid)
            kind = q.get("kind")
            if kind not in KINDS:
                errors.append("%s: bad kind %r" % (qid, kind))
            counts[kind] = counts.get(kind, 0) + 1
            if "follows" in q and q["follows"] not in seen:
                errors.append("%s: follows %r which is not an earlier id" % (qid, q["follows"]))
            if not str(q.get("question", "")).strip():
                errors.append("%s: empty question" % qid)
            mc = q.get("must_contain")
            if not isinstance(mc, list):
                errors.append("%s: must_contain is not a list" % qid)
                mc = []
            if kind == "unanswerable":
                if q.get("source") is not None or q.get("page") is not None or mc or q.get("answer") != "":
                    errors.append("%s: unanswerable must have source/page null, "
                                  "must_contain [] and answer \"\"" % qid)
            else:
                if not str(q.get("answer", "")).strip():
                    errors.append("%s: empty answer" % qid)
                if not mc:
                    errors.append("%s: empty must_contain" % qid)
                src, pg = q.get("source"), q.get("page")
                if not isinstance(pg, int):
                    errors.append("%s: page is not an int" % qid)
                else:
                    text = page_text(src, pg) if src else None
                    if text is None:
                        errors.append("%s: cannot read %s page %s" % (qid, src, pg))
                    else:
                        for s in mc:
                            s2 = re.sub(r"\s+", " ", s)
                            if s2 not in text:
                                errors.append("%s: %r not found on %s p.%d" % (qid, s, src, pg))
            seen.append(qid)
    print("questions: %d" % n)
    print("by kind: " + ", ".join("%s=%d" % (k, counts[k]) for k in sorted(counts, key=str)))
    for e in errors:
        print("ERROR " + e)
    print("errors: %d" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
