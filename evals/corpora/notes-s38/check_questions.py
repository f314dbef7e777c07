# -*- coding: utf-8 -*-
"""Check questions.jsonl of the s38 blind set.

Run:  /work/main/.venv/bin/python check_questions.py
Checks keys, kinds, unique ids, `follows` pointing to an earlier id, the
unanswerable conventions, and that every must_contain string occurs on the
stated PDF page (pypdf text, whitespace collapsed). Prints the errors, then
counts; exit status 1 if any error.
"""
import collections
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s38"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = ["id", "question", "answer", "must_contain", "source", "page",
            "kind"]
OPTIONAL = {"follows"}

_cache = {}


def page_text(source, page):
    path = os.path.join(HERE, source)
    if not os.path.exists(path):
        path = os.path.join(REAL, source)
    if not os.path.exists(path):
        return None, "source not found: %s" % source
    if path not in _cache:
        reader = pypdf.PdfReader(path)
        _cache[path] = [" ".join((p.extract_text() or "").split())
                        for p in reader.pages]
    pages = _cache[path]
    if not isinstance(page, int) or not 1 <= page <= len(pages):
        return None, "page %r out of range 1..%d" % (page, len(pages))
    return pages[page - 1], None


def main():
    errors = []
    seen = []
    rows = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                q = json.loads(line)
            except ValueError as e:
                errors.append("line %d: invalid JSON (%s)" % (ln, e))
                continue
            rows.append(q)
            qid = q.get("id", "line%d" % ln)
            for k in REQUIRED:
                if k not in q:
                    errors.append("%s: missing key %s" % (qid, k))
            extra = set(q) - set(REQUIRED) - OPTIONAL
            if extra:
                errors.append("%s: unexpected keys %s" % (qid, sorted(extra)))
            if not re.fullmatch(PREFIX + r"\d{2}", str(qid)):
                errors.append("%s: id does not match %s+2 digits"
                              % (qid, PREFIX))
            if qid in seen:
                errors.append("%s: duplicate id" % qid)
            if "follows" in q and q["follows"] not in seen:
                errors.append("%s: follows %r is not an earlier id"
                              % (qid, q["follows"]))
            seen.append(qid)
            kind = q.get("kind")
            if kind not in KINDS:
                errors.append("%s: bad kind %r" % (qid, kind))
            if not str(q.get("question", "")).strip():
                errors.append("%s: empty question" % qid)
            mc = q.get("must_contain")
            if not isinstance(mc, list):
                errors.append("%s: must_contain is not a list" % qid)
                continue
            if kind == "unanswerable":
                if q.get("source") is not None or q.get("page") is not None \
                        or mc or q.get("answer") != "":
                    errors.append("%s: unanswerable must have source null, "
                                  "page null, must_contain [], answer \"\""
                                  % qid)
                continue
            if not mc:
                errors.append("%s: empty must_contain" % qid)
            if not str(q.get("answer", "")).strip():
                errors.append("%s: empty answer" % qid)
            text, err = page_text(q.get("source"), q.get("page"))
            if err:
                errors.append("%s: %s" % (qid, err))
                continue
            for s in mc:
                needle = " ".join(str(s).split())
                if needle not in text:
                    errors.append("%s: %r not found on %s p.%s"
                                  % (qid, s, q["source"], q["page"]))
    for e in errors:
        print("ERROR", e)
    kinds = collections.Counter(q.get("kind") for q in rows)
    sources = collections.Counter(q.get("source") or "(none)" for q in rows)
    print("questions:", len(rows))
    print("by kind:", dict(sorted(kinds.items())))
    print("by source:")
    for s, n in sorted(sources.items()):
        print("  %-55s %d" % (s, n))
    print("follow-ups:", sum(1 for q in rows if "follows" in q))
    print("errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
