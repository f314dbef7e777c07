# -*- coding: utf-8 -*-
"""Check questions.jsonl of the s23 blind set.

Checks: keys, kinds, unique ids (s2301..s2360), `follows` pointing to an earlier id,
unanswerable entries (source/page null, must_contain empty, answer ""), answerable entries
(source file exists, page in range, every must_contain string present on the stated page of
the pypdf text with whitespace collapsed). Prints counts; exit code 1 if any error.

Run:  /work/main/.venv/bin/python check_questions.py
"""
import collections
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s23"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = ["id", "question", "answer", "must_contain", "source", "page", "kind"]
OPTIONAL = {"follows"}

_cache = {}


def page_texts(name):
    if name not in _cache:
        path = os.path.join(HERE, name) if name.startswith("obs-") else os.path.join(REAL, name)
        if not os.path.exists(path):
            _cache[name] = None
        else:
            reader = pypdf.PdfReader(path)
            _cache[name] = [re.sub(r"\s+", " ", p.extract_text() or "") for p in reader.pages]
    return _cache[name]


def main():
    errors, warnings = [], []
    rows = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                errors.append(f"line {n}: invalid JSON ({exc})")
    seen = []
    for q in rows:
        qid = q.get("id", "?")
        missing = [k for k in REQUIRED if k not in q]
        extra = [k for k in q if k not in REQUIRED and k not in OPTIONAL]
        if missing:
            errors.append(f"{qid}: missing keys {missing}")
            continue
        if extra:
            errors.append(f"{qid}: unexpected keys {extra}")
        if not re.fullmatch(PREFIX + r"\d\d", qid):
            errors.append(f"{qid}: id does not match {PREFIX}NN")
        if qid in seen:
            errors.append(f"{qid}: duplicate id")
        if q["kind"] not in KINDS:
            errors.append(f"{qid}: unknown kind {q['kind']!r}")
        if not isinstance(q["question"], str) or not q["question"].strip():
            errors.append(f"{qid}: empty question")
        if not isinstance(q["must_contain"], list):
            errors.append(f"{qid}: must_contain is not a list")
            continue
        if "follows" in q and q["follows"] not in seen:
            errors.append(f"{qid}: follows {q['follows']!r} which is not an earlier id")
        if q["kind"] == "unanswerable":
            if q["source"] is not None or q["page"] is not None or q["must_contain"] or q["answer"] != "":
                errors.append(f"{qid}: unanswerable must have source/page null, must_contain [], answer ''")
        else:
            if not q["answer"] or not q["must_contain"]:
                errors.append(f"{qid}: answerable question needs an answer and must_contain")
            texts = page_texts(q["source"]) if isinstance(q["source"], str) else None
            if texts is None:
                errors.append(f"{qid}: source not found: {q['source']!r}")
            elif not isinstance(q["page"], int) or not 1 <= q["page"] <= len(texts):
                errors.append(f"{qid}: page {q['page']!r} out of range 1..{len(texts)}")
            else:
                text = texts[q["page"] - 1]
                for s in q["must_contain"]:
                    needle = re.sub(r"\s+", " ", s)
                    if needle not in text:
                        errors.append(f"{qid}: {s!r} not on page {q['page']} of {q['source']}")
                    else:
                        others = [i + 1 for i, t in enumerate(texts) if i != q["page"] - 1 and needle in t]
                        if others and len(needle) > 3:
                            warnings.append(f"{qid}: {s!r} also on page(s) {others[:6]} of {q['source']}")
        seen.append(qid)

    kinds = collections.Counter(q.get("kind") for q in rows)
    sources = collections.Counter(q.get("source") or "(none)" for q in rows)
    own = sum(v for k, v in sources.items() if k.startswith("obs-"))
    real = sum(v for k, v in sources.items() if k.startswith("real-"))
    print(f"questions: {len(rows)}  own docs: {own}  real-world docs: {real}  "
          f"unanswerable: {kinds.get('unanswerable', 0)}  follow-ups: "
          f"{sum(1 for q in rows if 'follows' in q)}")
    print("by kind:", dict(sorted(kinds.items())))
    print("by source:")
    for k, v in sorted(sources.items()):
        print(f"  {v:3d}  {k}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(errors)} error(s), {len(warnings)} warning(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
