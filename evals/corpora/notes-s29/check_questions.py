#!/usr/bin/env python3
"""Check questions.jsonl of set s29.

Checks: JSON per line, keys, kinds, unique ids (s2901..s2960), `follows` points to an
earlier id, unanswerable fields empty, source PDF exists, page in range, and every
must_contain string is on the stated page (pypdf text, whitespace collapsed).

Run: /work/main/.venv/bin/python check_questions.py
Exit code = number of errors (capped at 100).
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s29"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}

_cache = {}


def page_texts(name):
    if name not in _cache:
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            path = os.path.join(REAL, name)
        if not os.path.exists(path):
            _cache[name] = None
        else:
            r = pypdf.PdfReader(path)
            _cache[name] = [re.sub(r"\s+", " ", p.extract_text() or "") for p in r.pages]
    return _cache[name]


def main():
    errors = []
    seen = []
    qpath = os.path.join(HERE, "questions.jsonl")
    with open(qpath, encoding="utf-8") as fh:
        lines = [ln for ln in fh.read().split("\n") if ln.strip()]
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad JSON ({e})")
            continue
        qid = q.get("id", f"line{n}")
        keys = set(q)
        if REQUIRED - keys:
            errors.append(f"{qid}: missing keys {sorted(REQUIRED - keys)}")
        if keys - REQUIRED - OPTIONAL:
            errors.append(f"{qid}: unknown keys {sorted(keys - REQUIRED - OPTIONAL)}")
        if not re.fullmatch(PREFIX + r"\d{2}", str(qid)):
            errors.append(f"{qid}: id does not match {PREFIX}NN")
        if qid in seen:
            errors.append(f"{qid}: duplicate id")
        if "follows" in q and q["follows"] not in seen:
            errors.append(f"{qid}: follows {q['follows']} which is not an earlier id")
        seen.append(qid)
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append(f"{qid}: bad kind {kind!r}")
        if not isinstance(q.get("question"), str) or not q.get("question", "").strip():
            errors.append(f"{qid}: empty question")
        mc = q.get("must_contain")
        if not isinstance(mc, list) or not all(isinstance(s, str) and s for s in mc or []):
            errors.append(f"{qid}: must_contain must be a list of non-empty strings")
            mc = []
        if kind == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None or mc or q.get("answer") != "":
                errors.append(f"{qid}: unanswerable must have source null, page null, must_contain [], answer ''")
            continue
        if not q.get("answer"):
            errors.append(f"{qid}: empty answer")
        if not mc:
            errors.append(f"{qid}: answerable question without must_contain")
        src, page = q.get("source"), q.get("page")
        texts = page_texts(src) if isinstance(src, str) else None
        if texts is None:
            errors.append(f"{qid}: source PDF not found: {src!r}")
            continue
        if not isinstance(page, int) or not 1 <= page <= len(texts):
            errors.append(f"{qid}: page {page!r} out of range 1..{len(texts)}")
            continue
        text = texts[page - 1]
        for s in mc:
            needle = re.sub(r"\s+", " ", s)
            if needle not in text:
                errors.append(f"{qid}: {s!r} not found on page {page} of {src}")
    print(f"{len(lines)} questions checked, {len(errors)} error(s)")
    for e in errors:
        print("  -", e)
    return min(len(errors), 100)


if __name__ == "__main__":
    sys.exit(main())
