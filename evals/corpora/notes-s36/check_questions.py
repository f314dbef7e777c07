# -*- coding: utf-8 -*-
"""Check questions.jsonl of the s36 blind set.

Checks: required keys, allowed kinds, unique ids with the s36 prefix, `follows` pointing to an
earlier id, unanswerable entries empty, and every must_contain string present on the stated
1-based PDF page (pypdf text, whitespace collapsed on both sides; this also turns the
non-breaking spaces of some real PDFs into plain spaces).
Also reports, for information, unanswerable questions' sources (must be null) and counts.

Usage: /work/main/.venv/bin/python check_questions.py [--realworld DIR]
"""
import collections
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
if "--realworld" in sys.argv:
    REAL = sys.argv[sys.argv.index("--realworld") + 1]

PREFIX = "s36"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = ["id", "question", "answer", "must_contain", "source", "page", "kind"]
ALLOWED = set(REQUIRED) | {"follows"}

_cache = {}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_text(source, page):
    path = os.path.join(HERE, source)
    if not os.path.exists(path):
        path = os.path.join(REAL, source)
    if not os.path.exists(path):
        return None, "source file not found: %s" % source
    if path not in _cache:
        r = pypdf.PdfReader(path)
        _cache[path] = [norm(p.extract_text() or "") for p in r.pages]
    pages = _cache[path]
    if not (1 <= page <= len(pages)):
        return None, "page %s out of range (1..%d) for %s" % (page, len(pages), source)
    return pages[page - 1], None


def main():
    errors = []
    seen = []
    kinds = collections.Counter()
    sources = collections.Counter()
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().splitlines() if l.strip()]
    for n, line in enumerate(lines, 1):
        try:
            d = json.loads(line)
        except Exception as e:  # noqa: BLE001
            errors.append("line %d: invalid JSON (%s)" % (n, e))
            continue
        qid = d.get("id", "line %d" % n)
        for k in REQUIRED:
            if k not in d:
                errors.append("%s: missing key %s" % (qid, k))
        for k in d:
            if k not in ALLOWED:
                errors.append("%s: unexpected key %s" % (qid, k))
        if not re.fullmatch(PREFIX + r"\d{2}", str(d.get("id", ""))):
            errors.append("%s: id must be %s + 2 digits" % (qid, PREFIX))
        if qid in seen:
            errors.append("%s: duplicate id" % qid)
        kind = d.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (qid, kind))
        kinds[kind] += 1
        if "follows" in d and d["follows"] not in seen:
            errors.append("%s: follows %r is not an earlier id" % (qid, d["follows"]))
        if not isinstance(d.get("question"), str) or not d["question"].strip():
            errors.append("%s: empty question" % qid)
        mc = d.get("must_contain")
        if not isinstance(mc, list):
            errors.append("%s: must_contain must be a list" % qid)
            mc = []
        if kind == "unanswerable":
            if d.get("source") is not None or d.get("page") is not None or mc or d.get("answer") != "":
                errors.append("%s: unanswerable must have source/page null, must_contain [] and answer ''" % qid)
        else:
            sources[d.get("source")] += 1
            if not mc:
                errors.append("%s: answerable question without must_contain" % qid)
            if not isinstance(d.get("answer"), str) or not d["answer"].strip():
                errors.append("%s: empty answer" % qid)
            if not isinstance(d.get("page"), int) or not isinstance(d.get("source"), str):
                errors.append("%s: source must be a file name and page an int" % qid)
            else:
                text, err = page_text(d["source"], d["page"])
                if err:
                    errors.append("%s: %s" % (qid, err))
                else:
                    for s in mc:
                        if norm(s) not in text:
                            errors.append("%s: %r not found on page %d of %s" % (qid, s, d["page"], d["source"]))
        seen.append(qid)
    print("questions:", len(seen))
    print("by kind:", dict(sorted(kinds.items())))
    print("by source:")
    for s, c in sorted(sources.items()):
        print("  %-55s %d" % (s, c))
    print("follow-ups:", sum(1 for l in lines if '"follows"' in l))
    for e in errors:
        print("ERROR", e)
    print("errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
