# -*- coding: utf-8 -*-
"""Check questions.jsonl of set s11.

Usage: /work/main/.venv/bin/python check_questions.py
Checks keys, kinds, unique ids, follows -> earlier id, unanswerable conventions, and that every
must_contain string is on the stated 1-based PDF page (pypdf text, whitespace collapsed).
Synthetic PDFs are looked up next to this script, real-world ones in /work/shared/realworld-pdfs/.
"""
import json
import os
import re
import sys
from collections import Counter

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQ = ["id", "question", "answer", "must_contain", "source", "page", "kind"]
OPT = {"follows"}
_cache = {}


def pages(src):
    if src not in _cache:
        path = os.path.join(HERE, src) if src.startswith("obs-") else os.path.join(REAL, src)
        r = pypdf.PdfReader(path)
        _cache[src] = [re.sub(r"\s+", " ", p.extract_text() or "") for p in r.pages]
    return _cache[src]


def main():
    errors = []
    seen = []
    rows = [json.loads(l) for l in open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") if l.strip()]
    for d in rows:
        qid = d.get("id", "?")
        missing = [k for k in REQ if k not in d]
        extra = [k for k in d if k not in REQ and k not in OPT]
        if missing or extra:
            errors.append(f"{qid}: missing {missing} extra {extra}")
            continue
        if not re.fullmatch(r"s11\d\d", qid):
            errors.append(f"{qid}: bad id")
        if qid in seen:
            errors.append(f"{qid}: duplicate id")
        if d["kind"] not in KINDS:
            errors.append(f"{qid}: bad kind {d['kind']}")
        if "follows" in d and d["follows"] not in seen:
            errors.append(f"{qid}: follows {d['follows']} which is not an earlier id")
        seen.append(qid)
        if d["kind"] == "unanswerable":
            if d["source"] is not None or d["page"] is not None or d["must_contain"] or d["answer"] != "":
                errors.append(f"{qid}: unanswerable must have null source/page, empty must_contain and answer")
            continue
        if not d["must_contain"] or not d["answer"]:
            errors.append(f"{qid}: answerable question without answer or must_contain")
        try:
            pg = pages(d["source"])
        except Exception as e:  # noqa: BLE001
            errors.append(f"{qid}: cannot read {d['source']}: {e}")
            continue
        if not isinstance(d["page"], int) or not 1 <= d["page"] <= len(pg):
            errors.append(f"{qid}: page {d['page']} out of range")
            continue
        text = pg[d["page"] - 1]
        for s in d["must_contain"]:
            if re.sub(r"\s+", " ", s) not in text:
                errors.append(f"{qid}: {s!r} not on page {d['page']} of {d['source']}")
    print("questions:", len(rows))
    print("by kind:", dict(Counter(d.get("kind") for d in rows)))
    print("by source:", dict(Counter(d.get("source") for d in rows)))
    for e in errors:
        print("ERROR", e)
    print("errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
