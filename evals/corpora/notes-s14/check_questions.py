# -*- coding: utf-8 -*-
"""Check questions.jsonl of set s14.

Run:  /work/main/.venv/bin/python check_questions.py
Checks: keys, kinds, unique ids (prefix s14 + 2 digits), `follows` pointing to an earlier id,
unanswerable entries (source/page null, must_contain empty, answer ""), and that every
must_contain string is on the stated page of the stated PDF (pypdf text, whitespace collapsed,
case-sensitive). Prints counts and exits 1 if any error.
"""
import collections
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s14"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}

_cache = {}


def pages_of(name):
    if name not in _cache:
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            path = os.path.join(REAL, name)
        if not os.path.exists(path):
            _cache[name] = None
        else:
            _cache[name] = [re.sub(r"\s+", " ", p.extract_text() or "")
                            for p in pypdf.PdfReader(path).pages]
    return _cache[name]


def main():
    errors = []
    items = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON (%s)" % (n, e))
    seen = []
    for q in items:
        qid = q.get("id", "?")
        keys = set(q)
        if REQUIRED - keys:
            errors.append("%s: missing keys %s" % (qid, sorted(REQUIRED - keys)))
        if keys - REQUIRED - OPTIONAL:
            errors.append("%s: unknown keys %s" % (qid, sorted(keys - REQUIRED - OPTIONAL)))
        if not re.fullmatch(PREFIX + r"\d{2}", str(qid)):
            errors.append("%s: bad id format" % qid)
        if qid in seen:
            errors.append("%s: duplicate id" % qid)
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (qid, kind))
        if not str(q.get("question", "")).strip():
            errors.append("%s: empty question" % qid)
        if "follows" in q and q["follows"] not in seen:
            errors.append("%s: follows %r which is not an earlier id" % (qid, q["follows"]))
        must = q.get("must_contain")
        if not isinstance(must, list) or not all(isinstance(s, str) and s for s in must):
            errors.append("%s: must_contain must be a list of non-empty strings" % qid)
            must = []
        if kind == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None:
                errors.append("%s: unanswerable must have source and page null" % qid)
            if must:
                errors.append("%s: unanswerable must have empty must_contain" % qid)
            if q.get("answer") != "":
                errors.append("%s: unanswerable must have empty answer" % qid)
        else:
            if not str(q.get("answer", "")).strip():
                errors.append("%s: empty answer" % qid)
            if not must:
                errors.append("%s: answerable question without must_contain" % qid)
            src, page = q.get("source"), q.get("page")
            pages = pages_of(src) if isinstance(src, str) else None
            if pages is None:
                errors.append("%s: source %r not found" % (qid, src))
            elif not isinstance(page, int) or not 1 <= page <= len(pages):
                errors.append("%s: page %r out of range (1..%d)" % (qid, page, len(pages)))
            else:
                text = pages[page - 1]
                for s in must:
                    s2 = re.sub(r"\s+", " ", s)
                    if s2 not in text:
                        errors.append("%s: %r not on %s p.%d" % (qid, s, src, page))
        seen.append(qid)

    kinds = collections.Counter(q.get("kind") for q in items)
    sources = collections.Counter(q.get("source") or "(none)" for q in items)
    print("questions:", len(items))
    print("by kind:", dict(sorted(kinds.items())))
    print("by source:")
    for s, c in sorted(sources.items()):
        print("  %-52s %d" % (s, c))
    print("follow-ups:", sum(1 for q in items if "follows" in q))
    for e in errors:
        print("ERROR", e)
    print("errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
