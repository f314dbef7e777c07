# -*- coding: utf-8 -*-
"""Check questions.jsonl of set s20.

Checks: JSON keys, kinds, unique ids with the s20 prefix, `follows` pointing to an
earlier id, unanswerable entries empty, and every must_contain string present on
the stated 1-based page of the source PDF (pypdf text, whitespace collapsed).
Source PDFs are looked up in this folder, then in /work/shared/realworld-pdfs/.

Run: /work/main/.venv/bin/python check_questions.py
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s20"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}

_cache = {}


def norm(t):
    return re.sub(r"\s+", " ", t or "").strip()


def page_text(source, page):
    if source not in _cache:
        for d in (HERE, REAL):
            p = os.path.join(d, source)
            if os.path.exists(p):
                r = PdfReader(p)
                _cache[source] = [norm(pg.extract_text()) for pg in r.pages]
                break
        else:
            _cache[source] = None
    pages = _cache[source]
    if pages is None:
        return None, 0
    if not (1 <= page <= len(pages)):
        return None, len(pages)
    return pages[page - 1], len(pages)


def main():
    errors = []
    seen = []
    counts = {}
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().splitlines() if l.strip()]
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except Exception as e:  # noqa: BLE001
            errors.append("line %d: invalid JSON (%s)" % (n, e))
            continue
        qid = q.get("id", "line%d" % n)
        keys = set(q)
        if not REQUIRED <= keys:
            errors.append("%s: missing keys %s" % (qid, sorted(REQUIRED - keys)))
        if keys - REQUIRED - OPTIONAL:
            errors.append("%s: unexpected keys %s" % (qid, sorted(keys - REQUIRED - OPTIONAL)))
        if not re.fullmatch(PREFIX + r"\d{2}", str(qid)):
            errors.append("%s: id does not match %sNN" % (qid, PREFIX))
        if qid in seen:
            errors.append("%s: duplicate id" % qid)
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (qid, kind))
        counts[kind] = counts.get(kind, 0) + 1
        if "follows" in q and q["follows"] not in seen:
            errors.append("%s: follows %r which is not an earlier id" % (qid, q["follows"]))
        if not isinstance(q.get("question"), str) or not q["question"].strip():
            errors.append("%s: empty question" % qid)
        mc = q.get("must_contain")
        if not isinstance(mc, list) or not all(isinstance(x, str) and x for x in mc):
            errors.append("%s: must_contain must be a list of non-empty strings" % qid)
            mc = []
        if kind == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None or mc or q.get("answer") != "":
                errors.append("%s: unanswerable needs source/page null, must_contain [] and answer ''" % qid)
        else:
            if not q.get("answer"):
                errors.append("%s: empty answer" % qid)
            if not mc:
                errors.append("%s: answerable question without must_contain" % qid)
            src, pg = q.get("source"), q.get("page")
            if not isinstance(src, str) or not isinstance(pg, int):
                errors.append("%s: source/page missing" % qid)
            else:
                text, npages = page_text(src, pg)
                if text is None:
                    errors.append("%s: cannot read %s page %s (pages: %s)" % (qid, src, pg, npages))
                else:
                    for m in mc:
                        if norm(m) not in text:
                            errors.append("%s: %r not found on %s p.%d" % (qid, m, src, pg))
        seen.append(qid)
    print("questions: %d" % len(seen))
    print("by kind: " + ", ".join("%s=%d" % (k, counts[k]) for k in sorted(counts)))
    for e in errors:
        print("ERROR " + e)
    print("errors: %d" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
