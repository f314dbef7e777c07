# -*- coding: utf-8 -*-
"""Check questions.jsonl of set s27.

Checks: JSON per line, keys, kinds, ids (s27NN, unique), `follows` -> earlier id,
unanswerable shape (source/page null, must_contain [], answer ""), and that every
must_contain string appears in the pypdf text of the stated page (whitespace collapsed).

Run:  /work/main/.venv/bin/python check_questions.py
Exit code 0 when there is no error.
"""
import collections
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s27"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}

_cache = {}


def pages_of(source):
    if source not in _cache:
        path = os.path.join(HERE, source)
        if not os.path.exists(path):
            path = os.path.join(REAL, source)
        if not os.path.exists(path):
            _cache[source] = None
        else:
            r = pypdf.PdfReader(path)
            _cache[source] = [re.sub(r"\s+", " ", p.extract_text() or "") for p in r.pages]
    return _cache[source]


def main():
    errors = []
    seen = []
    kinds = collections.Counter()
    sources = collections.Counter()
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        lines = [l for l in fh.read().split("\n") if l.strip()]
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except ValueError as e:
            errors.append("line %d: invalid JSON (%s)" % (n, e))
            continue
        qid = q.get("id", "line %d" % n)
        keys = set(q)
        if REQUIRED - keys:
            errors.append("%s: missing keys %s" % (qid, sorted(REQUIRED - keys)))
        if keys - REQUIRED - OPTIONAL:
            errors.append("%s: unknown keys %s" % (qid, sorted(keys - REQUIRED - OPTIONAL)))
        if not re.fullmatch(PREFIX + r"\d\d", str(qid)):
            errors.append("%s: bad id" % qid)
        if qid in seen:
            errors.append("%s: duplicate id" % qid)
        if "follows" in q and q["follows"] not in seen:
            errors.append("%s: follows %r is not an earlier id" % (qid, q["follows"]))
        seen.append(qid)
        kind = q.get("kind")
        kinds[kind] += 1
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (qid, kind))
        if not isinstance(q.get("question"), str) or not q.get("question").strip():
            errors.append("%s: empty question" % qid)
        mc = q.get("must_contain")
        if not isinstance(mc, list) or not all(isinstance(x, str) and x for x in mc):
            errors.append("%s: must_contain must be a list of non-empty strings" % qid)
            mc = []
        if kind == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None or mc or q.get("answer") != "":
                errors.append("%s: unanswerable must have source/page null, must_contain [] and answer ''" % qid)
            sources["(none)"] += 1
            continue
        sources[q.get("source")] += 1
        if not q.get("answer"):
            errors.append("%s: empty answer" % qid)
        if not mc:
            errors.append("%s: answerable question without must_contain" % qid)
        pages = pages_of(q.get("source"))
        if pages is None:
            errors.append("%s: source not found %r" % (qid, q.get("source")))
            continue
        page = q.get("page")
        if not isinstance(page, int) or not 1 <= page <= len(pages):
            errors.append("%s: page %r out of range (1..%d)" % (qid, page, len(pages)))
            continue
        text = pages[page - 1]
        for s in mc:
            if re.sub(r"\s+", " ", s) not in text:
                errors.append("%s: %r not found on page %d of %s" % (qid, s, page, q["source"]))
    print("questions: %d" % len(seen))
    print("by kind: " + ", ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    print("by source:")
    for s, c in sorted(sources.items(), key=lambda kv: str(kv[0])):
        print("  %-55s %d" % (s, c))
    for e in errors:
        print("ERROR " + e)
    print("errors: %d" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
