# -*- coding: utf-8 -*-
"""Check questions.jsonl of the s25 blind set.

Checks: required keys, allowed kinds, unique ids with the s25 prefix, `follows` pointing to an
earlier id, unanswerable items empty, and every must_contain string present on the stated page
(pypdf text, whitespace collapsed).  PDFs are looked up in this folder, then in
/work/shared/realworld-pdfs.

Run:  /work/main/.venv/bin/python check_questions.py
"""
import json
import os
import re
import sys
from collections import Counter

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s25"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
KEYS = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}

_cache = {}


def page_texts(name):
    if name not in _cache:
        for d in (HERE, REAL):
            p = os.path.join(d, name)
            if os.path.exists(p):
                r = pypdf.PdfReader(p)
                _cache[name] = [re.sub(r"\s+", " ", pg.extract_text() or "") for pg in r.pages]
                break
        else:
            _cache[name] = None
    return _cache[name]


def main():
    errors = []
    items = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: invalid JSON ({e})")
    seen = []
    for o in items:
        qid = o.get("id", "?")
        keys = set(o)
        if not KEYS <= keys:
            errors.append(f"{qid}: missing keys {sorted(KEYS - keys)}")
        if keys - KEYS - OPTIONAL:
            errors.append(f"{qid}: unexpected keys {sorted(keys - KEYS - OPTIONAL)}")
        if not re.fullmatch(PREFIX + r"\d{2}", str(qid)):
            errors.append(f"{qid}: bad id format")
        if qid in seen:
            errors.append(f"{qid}: duplicate id")
        kind = o.get("kind")
        if kind not in KINDS:
            errors.append(f"{qid}: bad kind {kind!r}")
        if "follows" in o and o["follows"] not in seen:
            errors.append(f"{qid}: follows {o['follows']!r} which is not an earlier id")
        if not isinstance(o.get("must_contain"), list):
            errors.append(f"{qid}: must_contain is not a list")
        if kind == "unanswerable":
            if o.get("source") is not None or o.get("page") is not None or o.get("must_contain") or o.get("answer"):
                errors.append(f"{qid}: unanswerable must have source/page null, empty must_contain and answer")
        else:
            if not o.get("answer"):
                errors.append(f"{qid}: empty answer")
            if not o.get("must_contain"):
                errors.append(f"{qid}: empty must_contain")
            pages = page_texts(o.get("source") or "")
            if pages is None:
                errors.append(f"{qid}: source PDF not found: {o.get('source')!r}")
            else:
                pg = o.get("page")
                if not isinstance(pg, int) or not 1 <= pg <= len(pages):
                    errors.append(f"{qid}: page {pg!r} out of range (1..{len(pages)})")
                else:
                    text = pages[pg - 1]
                    for s in o.get("must_contain", []):
                        if re.sub(r"\s+", " ", s) not in text:
                            errors.append(f"{qid}: {s!r} not found on {o['source']} p.{pg}")
        seen.append(qid)

    kinds = Counter(o.get("kind") for o in items)
    sources = Counter(o.get("source") or "(none)" for o in items)
    print(f"{len(items)} questions")
    print("by kind:", dict(sorted(kinds.items())))
    print("by source:")
    for s, n in sorted(sources.items()):
        print(f"  {n:3d}  {s}")
    print("follow-ups:", sum(1 for o in items if "follows" in o))
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  -", e)
        return 1
    print("\n0 errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
