# -*- coding: utf-8 -*-
"""Check questions.jsonl of set s24.

Checks: required keys, allowed kinds, unique ids with the s24 prefix, `follows`
pointing to an earlier id, unanswerable rows empty, and every must_contain
string present on the stated 1-based page (pypdf text, whitespace collapsed).
Run:  /work/main/.venv/bin/python check_questions.py
Exit code 1 when an error is found.
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s24"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
KEYS = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}

_cache = {}


def page_text(source, page):
    path = os.path.join(HERE, source)
    if not os.path.exists(path):
        path = os.path.join(REAL, source)
    if not os.path.exists(path):
        return None, "source not found: %s" % source
    if path not in _cache:
        _cache[path] = [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(path).pages]
    pages = _cache[path]
    if not (1 <= page <= len(pages)):
        return None, "page %s out of range (1..%d) for %s" % (page, len(pages), source)
    return pages[page - 1], None


def main():
    errors = []
    seen = []
    counts = {}
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        lines = [ln for ln in f.read().splitlines() if ln.strip()]
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except ValueError as e:
            errors.append("line %d: invalid JSON (%s)" % (n, e))
            continue
        qid = q.get("id", "line %d" % n)
        missing = KEYS - set(q)
        extra = set(q) - KEYS - OPTIONAL
        if missing:
            errors.append("%s: missing keys %s" % (qid, sorted(missing)))
        if extra:
            errors.append("%s: unexpected keys %s" % (qid, sorted(extra)))
        if not re.fullmatch(PREFIX + r"\d{2}", str(qid)):
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
                errors.append("%s: unanswerable must have source/page null, must_contain [] and answer \"\"" % qid)
        else:
            if not q.get("source") or not isinstance(q.get("page"), int):
                errors.append("%s: answerable question needs source and integer page" % qid)
            elif not mc:
                errors.append("%s: answerable question with empty must_contain" % qid)
            else:
                text, err = page_text(q["source"], q["page"])
                if err:
                    errors.append("%s: %s" % (qid, err))
                else:
                    for s in mc:
                        if re.sub(r"\s+", " ", s) not in text:
                            errors.append("%s: %r not on page %s of %s" % (qid, s, q["page"], q["source"]))
            if not str(q.get("answer", "")).strip():
                errors.append("%s: empty answer" % qid)
        seen.append(qid)
    for e in errors:
        print("ERROR", e)
    print("%d questions, %d errors" % (len(seen), len(errors)))
    print("by kind:", ", ".join("%s=%d" % (k, v) for k, v in sorted(counts.items(), key=lambda kv: str(kv[0]))))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
