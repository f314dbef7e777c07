# -*- coding: utf-8 -*-
"""Check questions.jsonl of set s39.

Run with:  /work/main/.venv/bin/python check_questions.py
Checks: JSON per line, keys, kinds, ids (prefix s39, 01-60, unique), `follows` pointing to an
earlier id, unanswerable shape, source file existing, page within range, and every
must_contain string present on the stated page of the pypdf text (whitespace collapsed,
case-sensitive). Prints the errors and a summary; exit code 1 if any error.
"""
import json
import os
import re
import sys
from collections import Counter

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s39"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}

_cache = {}


def page_texts(source):
    if source not in _cache:
        path = os.path.join(HERE, source)
        if not os.path.exists(path):
            path = os.path.join(REAL, source)
        if not os.path.exists(path):
            _cache[source] = None
        else:
            _cache[source] = [re.sub(r"\s+", " ", p.extract_text() or "")
                              for p in PdfReader(path).pages]
    return _cache[source]


def main():
    errors = []
    seen = []
    rows = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                errors.append("line %d: empty line" % n)
                continue
            try:
                q = json.loads(line)
            except ValueError as exc:
                errors.append("line %d: bad JSON (%s)" % (n, exc))
                continue
            rows.append(q)
            qid = q.get("id", "line %d" % n)
            keys = set(q)
            if not REQUIRED <= keys:
                errors.append("%s: missing keys %s" % (qid, sorted(REQUIRED - keys)))
            if keys - REQUIRED - OPTIONAL:
                errors.append("%s: unexpected keys %s" % (qid, sorted(keys - REQUIRED - OPTIONAL)))
            if not re.fullmatch(PREFIX + r"\d\d", str(qid)) or not (1 <= int(str(qid)[-2:]) <= 60):
                errors.append("%s: bad id" % qid)
            if qid in seen:
                errors.append("%s: duplicate id" % qid)
            if "follows" in q and q["follows"] not in seen:
                errors.append("%s: follows %r which is not an earlier id" % (qid, q["follows"]))
            seen.append(qid)
            kind = q.get("kind")
            if kind not in KINDS:
                errors.append("%s: bad kind %r" % (qid, kind))
            if not isinstance(q.get("question"), str) or not q["question"].strip():
                errors.append("%s: empty question" % qid)
            mc = q.get("must_contain")
            if not isinstance(mc, list) or not all(isinstance(s, str) and s for s in mc):
                errors.append("%s: must_contain must be a list of non-empty strings" % qid)
                mc = []
            if kind == "unanswerable":
                if q.get("source") is not None or q.get("page") is not None or mc or q.get("answer") != "":
                    errors.append("%s: unanswerable must have source/page null, "
                                  "must_contain [] and answer \"\"" % qid)
                continue
            if not q.get("answer"):
                errors.append("%s: empty answer" % qid)
            if not mc:
                errors.append("%s: answerable question without must_contain" % qid)
            texts = page_texts(q.get("source"))
            if texts is None:
                errors.append("%s: source %r not found" % (qid, q.get("source")))
                continue
            page = q.get("page")
            if not isinstance(page, int) or not (1 <= page <= len(texts)):
                errors.append("%s: page %r out of range (1-%d)" % (qid, page, len(texts)))
                continue
            text = texts[page - 1]
            for s in mc:
                if re.sub(r"\s+", " ", s) not in text:
                    errors.append("%s: %r not on page %d of %s" % (qid, s, page, q["source"]))
    if len(rows) != 60:
        errors.append("expected 60 questions, found %d" % len(rows))
    for e in errors:
        print("ERROR", e)
    kinds = Counter(q.get("kind") for q in rows)
    print("questions: %d  kinds: %s" % (len(rows), dict(sorted(kinds.items()))))
    print("follow-ups: %d" % sum(1 for q in rows if "follows" in q))
    print("errors: %d" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
