# -*- coding: utf-8 -*-
"""Check questions.jsonl of the s16 set.

Checks: keys, kinds, unique ids with the s16 prefix, `follows` -> an earlier id, unanswerable
fields empty, and that every must_contain string is on the stated PDF page (pypdf text,
whitespace collapsed). Run with /work/main/.venv/bin/python check_questions.py
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}
PREFIX = "s16"

_cache = {}


def page_text(source, page):
    path = os.path.join(HERE, source) if source.startswith("obs-") else os.path.join(REAL, source)
    if path not in _cache:
        _cache[path] = [re.sub(r"\s+", " ", p.extract_text() or "") for p in PdfReader(path).pages]
    pages = _cache[path]
    if not 1 <= page <= len(pages):
        return None
    return pages[page - 1]


def main():
    errors = []
    seen = []
    counts = {}
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().splitlines() if l.strip()]
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON ({e})")
            continue
        qid = q.get("id", f"line{n}")
        keys = set(q)
        if not REQUIRED <= keys:
            errors.append(f"{qid}: missing keys {sorted(REQUIRED - keys)}")
            continue
        if keys - REQUIRED - OPTIONAL:
            errors.append(f"{qid}: unexpected keys {sorted(keys - REQUIRED - OPTIONAL)}")
        if not re.fullmatch(PREFIX + r"\d{2}", qid):
            errors.append(f"{qid}: id does not match {PREFIX}NN")
        if qid in seen:
            errors.append(f"{qid}: duplicate id")
        if "follows" in q and q["follows"] not in seen:
            errors.append(f"{qid}: follows {q['follows']!r} which is not an earlier id")
        seen.append(qid)
        kind = q["kind"]
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in KINDS:
            errors.append(f"{qid}: bad kind {kind!r}")
        if not isinstance(q["must_contain"], list):
            errors.append(f"{qid}: must_contain is not a list")
            continue
        if kind == "unanswerable":
            if q["source"] is not None or q["page"] is not None or q["must_contain"] or q["answer"] != "":
                errors.append(f"{qid}: unanswerable must have source/page null, must_contain [] and answer ''")
            continue
        if not q["must_contain"]:
            errors.append(f"{qid}: empty must_contain")
        if not q["answer"]:
            errors.append(f"{qid}: empty answer")
        if not isinstance(q["page"], int) or not isinstance(q["source"], str):
            errors.append(f"{qid}: source/page missing")
            continue
        text = page_text(q["source"], q["page"])
        if text is None:
            errors.append(f"{qid}: page {q['page']} out of range for {q['source']}")
            continue
        for m in q["must_contain"]:
            if re.sub(r"\s+", " ", m) not in text:
                errors.append(f"{qid}: {m!r} not found on page {q['page']} of {q['source']}")
    print(f"{len(seen)} questions; by kind: {dict(sorted(counts.items()))}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
