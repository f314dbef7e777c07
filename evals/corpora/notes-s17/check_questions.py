# -*- coding: utf-8 -*-
"""Check questions.jsonl of set s17.

Checks: required keys, allowed kinds, id format and uniqueness, `follows`
pointing to an earlier id, unanswerable entries empty, and that every
must_contain string occurs on the stated 1-based PDF page (pypdf text,
whitespace collapsed).  Prints the number of errors; exit code 1 if any.

Run: /work/main/.venv/bin/python check_questions.py
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s17"
KEYS = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}

_cache = {}


def page_text(source, page):
    path = os.path.join(HERE, source)
    if not os.path.exists(path):
        path = os.path.join(REAL, source)
    if path not in _cache:
        reader = PdfReader(path)
        _cache[path] = [re.sub(r"\s+", " ", p.extract_text() or "") for p in reader.pages]
    pages = _cache[path]
    if not 1 <= page <= len(pages):
        return None
    return pages[page - 1]


def main():
    errors = []
    seen = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip()]
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append("line %d: invalid JSON (%s)" % (n, exc))
            continue
        qid = q.get("id", "line%d" % n)
        missing = KEYS - set(q)
        extra = set(q) - KEYS - OPTIONAL
        if missing:
            errors.append("%s: missing keys %s" % (qid, sorted(missing)))
        if extra:
            errors.append("%s: unexpected keys %s" % (qid, sorted(extra)))
        if not re.fullmatch(PREFIX + r"\d{2}", str(qid)):
            errors.append("%s: bad id format" % qid)
        if qid in seen:
            errors.append("%s: duplicate id" % qid)
        if q.get("kind") not in KINDS:
            errors.append("%s: bad kind %r" % (qid, q.get("kind")))
        if "follows" in q and q["follows"] not in seen:
            errors.append("%s: follows %r is not an earlier id" % (qid, q["follows"]))
        if not str(q.get("question", "")).strip():
            errors.append("%s: empty question" % qid)
        if q.get("kind") == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None \
                    or q.get("must_contain") != [] or q.get("answer") != "":
                errors.append("%s: unanswerable must have source/page null, [] and empty answer" % qid)
        elif q.get("kind") in KINDS:
            if not q.get("source") or not isinstance(q.get("page"), int):
                errors.append("%s: answerable question needs source and integer page" % qid)
            elif not q.get("must_contain"):
                errors.append("%s: empty must_contain" % qid)
            else:
                text = page_text(q["source"], q["page"])
                if text is None:
                    errors.append("%s: page %s out of range for %s" % (qid, q["page"], q["source"]))
                else:
                    for s in q["must_contain"]:
                        if re.sub(r"\s+", " ", s) not in text:
                            errors.append("%s: %r not found on page %d of %s"
                                          % (qid, s, q["page"], q["source"]))
            if not str(q.get("answer", "")).strip():
                errors.append("%s: empty answer" % qid)
        seen.append(qid)
    for e in errors:
        print("ERROR", e)
    print("%d questions, %d errors" % (len(seen), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
