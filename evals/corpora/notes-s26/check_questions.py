# -*- coding: utf-8 -*-
"""Check questions.jsonl of set s26.

Checks: keys, kinds, unique ids with the s26 prefix, `follows` pointing to an
earlier id, unanswerable entries shaped as (source null, page null,
must_contain [], answer ""), and that every must_contain string is on the
stated page of the stated PDF (pypdf text, whitespace collapsed).

Usage: /work/main/.venv/bin/python check_questions.py
PDFs are looked up in this folder, then in /work/shared/realworld-pdfs/.
Exit code 0 when there is no error.
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s26"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page",
            "kind"}
OPTIONAL = {"follows"}

_cache = {}


def page_text(source, page):
    path = os.path.join(HERE, source)
    if not os.path.exists(path):
        path = os.path.join(REAL, source)
    if not os.path.exists(path):
        return None, "source not found: %s" % source
    if path not in _cache:
        _cache[path] = PdfReader(path)
    reader = _cache[path]
    if not (1 <= page <= len(reader.pages)):
        return None, "page %s out of range 1..%d" % (page, len(reader.pages))
    txt = reader.pages[page - 1].extract_text() or ""
    return re.sub(r"\s+", " ", txt), None


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
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON (%s)" % (n, e))
    for n, q in rows:
        where = "line %d (%s)" % (n, q.get("id"))
        keys = set(q)
        if REQUIRED - keys:
            errors.append("%s: missing keys %s" % (where, sorted(REQUIRED - keys)))
        if keys - REQUIRED - OPTIONAL:
            errors.append("%s: unknown keys %s" % (where, sorted(keys - REQUIRED - OPTIONAL)))
        qid = q.get("id")
        if not isinstance(qid, str) or not re.fullmatch(PREFIX + r"\d{2}", qid):
            errors.append("%s: bad id" % where)
        if qid in seen:
            errors.append("%s: duplicate id" % where)
        if q.get("kind") not in KINDS:
            errors.append("%s: bad kind %r" % (where, q.get("kind")))
        if not isinstance(q.get("question"), str) or not q["question"].strip():
            errors.append("%s: empty question" % where)
        if "follows" in q and q["follows"] not in seen:
            errors.append("%s: follows %r is not an earlier id" % (where, q["follows"]))
        mc = q.get("must_contain")
        if not isinstance(mc, list) or not all(isinstance(x, str) and x for x in mc):
            errors.append("%s: must_contain must be a list of non-empty strings" % where)
            mc = []
        if q.get("kind") == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None \
                    or mc or q.get("answer") != "":
                errors.append("%s: unanswerable must have source/page null, "
                              "must_contain [] and answer \"\"" % where)
        else:
            if not mc:
                errors.append("%s: answerable question without must_contain" % where)
            if not isinstance(q.get("answer"), str) or not q["answer"].strip():
                errors.append("%s: empty answer" % where)
            if not isinstance(q.get("source"), str) or not isinstance(q.get("page"), int):
                errors.append("%s: source/page missing" % where)
            else:
                txt, err = page_text(q["source"], q["page"])
                if err:
                    errors.append("%s: %s" % (where, err))
                else:
                    for s in mc:
                        if re.sub(r"\s+", " ", s) not in txt:
                            errors.append("%s: %r not on page %d of %s"
                                          % (where, s, q["page"], q["source"]))
        if isinstance(qid, str):
            seen.append(qid)
    print("%d questions checked, %d error(s)" % (len(rows), len(errors)))
    for e in errors:
        print("  ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
