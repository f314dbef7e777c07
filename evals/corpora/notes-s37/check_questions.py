# -*- coding: utf-8 -*-
"""Check questions.jsonl of set s37.

Checks: keys, kinds, unique ids (prefix s37, 01..60), `follows` -> an earlier id,
unanswerable rows empty, and that every must_contain string appears on the stated
page of the stated PDF (pypdf text, whitespace collapsed).
PDFs are looked up next to this script (obs-s37-*) and in ../../shared/realworld-pdfs.
Usage: python check_questions.py [--pdf-dir DIR ...]
Exit code 1 if any error.
"""
import json
import os
import re
import sys
from collections import Counter

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "s37"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}
PDF_DIRS = [HERE, "/work/shared/realworld-pdfs",
            os.path.normpath(os.path.join(HERE, "..", "..", "shared", "realworld-pdfs"))]

_cache = {}


def norm(t):
    return re.sub(r"\s+", " ", t or "").strip()


def page_text(source, page):
    key = (source, page)
    if key in _cache:
        return _cache[key]
    path = None
    for d in PDF_DIRS:
        p = os.path.join(d, source)
        if os.path.exists(p):
            path = p
            break
    if path is None:
        raise FileNotFoundError(source)
    r = PdfReader(path)
    if not 1 <= page <= len(r.pages):
        raise IndexError("page %s out of 1..%d" % (page, len(r.pages)))
    txt = norm(r.pages[page - 1].extract_text())
    _cache[key] = txt
    return txt


def main():
    args = sys.argv[1:]
    while args[:1] == ["--pdf-dir"]:
        PDF_DIRS.insert(0, args[1])
        args = args[2:]
    errors = []
    rows = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa: BLE001
                errors.append("line %d: bad JSON (%s)" % (ln, e))
    seen = []
    for r in rows:
        rid = r.get("id", "?")
        keys = set(r)
        if REQUIRED - keys:
            errors.append("%s: missing keys %s" % (rid, sorted(REQUIRED - keys)))
        if keys - REQUIRED - OPTIONAL:
            errors.append("%s: unknown keys %s" % (rid, sorted(keys - REQUIRED - OPTIONAL)))
        if not re.fullmatch(PREFIX + r"\d{2}", str(rid)):
            errors.append("%s: bad id format" % rid)
        if rid in seen:
            errors.append("%s: duplicate id" % rid)
        kind = r.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (rid, kind))
        if not isinstance(r.get("question"), str) or not r["question"].strip():
            errors.append("%s: empty question" % rid)
        mc = r.get("must_contain")
        if not isinstance(mc, list) or not all(isinstance(x, str) and x for x in mc):
            errors.append("%s: must_contain must be a list of non-empty strings" % rid)
            mc = []
        if "follows" in r and r["follows"] not in seen:
            errors.append("%s: follows %r is not an earlier id" % (rid, r["follows"]))
        if kind == "unanswerable":
            if r.get("source") is not None or r.get("page") is not None or mc or r.get("answer"):
                errors.append("%s: unanswerable must have source/page null, "
                              "must_contain [] and answer ''" % rid)
        else:
            if not r.get("answer"):
                errors.append("%s: empty answer" % rid)
            if not mc:
                errors.append("%s: answerable question without must_contain" % rid)
            if not isinstance(r.get("source"), str) or not isinstance(r.get("page"), int):
                errors.append("%s: source/page missing" % rid)
            else:
                try:
                    txt = page_text(r["source"], r["page"])
                except Exception as e:  # noqa: BLE001
                    errors.append("%s: cannot read %s p.%s (%s)" % (rid, r.get("source"),
                                                                   r.get("page"), e))
                    txt = None
                if txt is not None:
                    for s in mc:
                        if norm(s) not in txt:
                            errors.append("%s: %r not found on %s p.%d" % (rid, s, r["source"],
                                                                           r["page"]))
        seen.append(rid)
    expected = [PREFIX + "%02d" % i for i in range(1, 61)]
    if sorted(seen) != expected:
        errors.append("ids are not exactly %s01..%s60" % (PREFIX, PREFIX))
    kinds = Counter(r.get("kind") for r in rows)
    sources = Counter(r.get("source") for r in rows)
    print("questions:", len(rows))
    print("by kind:", dict(sorted(kinds.items())))
    print("by source:")
    for s, n in sorted(sources.items(), key=lambda x: str(x[0])):
        print("   %-55s %d" % (s, n))
    print("follow-ups:", sum(1 for r in rows if "follows" in r))
    for e in errors:
        print("ERROR", e)
    print("errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
