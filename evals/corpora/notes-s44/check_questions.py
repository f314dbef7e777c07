#!/usr/bin/env python3
"""Check questions.jsonl of the s44 blind set.

Usage: python check_questions.py [questions.jsonl] [--own DIR] [--real DIR]
Checks: JSON per line, exact key set, kinds, ids s4401..s4460 unique and in order,
`follows` -> an earlier id, shape of unanswerable items, source exists, page in range,
and every must_contain string present on the stated page (pypdf text, whitespace collapsed,
exact case). Prints each error and the total; exit code 1 when errors > 0.
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "s44"
N = 60
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}


def norm(t):
    return re.sub(r"\s+", " ", t or "").strip()


def main(argv):
    args = [a for a in argv[1:]]
    qpath = os.path.join(HERE, "questions.jsonl")
    own, real = HERE, "/work/shared/realworld-pdfs"
    i = 0
    while i < len(args):
        if args[i] == "--own":
            own = args[i + 1]; i += 2
        elif args[i] == "--real":
            real = args[i + 1]; i += 2
        else:
            qpath = args[i]; i += 1

    errors = []
    cache = {}

    def pages_of(src):
        if src not in cache:
            d = real if src.startswith("real-") else own
            p = os.path.join(d, src)
            if not os.path.exists(p):
                cache[src] = None
            else:
                cache[src] = [norm(pg.extract_text()) for pg in PdfReader(p).pages]
        return cache[src]

    items = []
    with open(qpath, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {ln}: empty line")
                continue
            try:
                items.append((ln, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: invalid JSON ({e})")
    if len(items) != N:
        errors.append(f"expected {N} questions, found {len(items)}")

    seen = []
    for idx, (ln, q) in enumerate(items):
        qid = q.get("id", f"<line {ln}>")
        keys = set(q)
        if not REQUIRED <= keys:
            errors.append(f"{qid}: missing keys {sorted(REQUIRED - keys)}")
        if keys - REQUIRED - OPTIONAL:
            errors.append(f"{qid}: unexpected keys {sorted(keys - REQUIRED - OPTIONAL)}")
        exp = f"{PREFIX}{idx + 1:02d}"
        if qid != exp:
            errors.append(f"{qid}: expected id {exp} at line {ln}")
        if qid in seen:
            errors.append(f"{qid}: duplicate id")
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append(f"{qid}: bad kind {kind!r}")
        if not isinstance(q.get("question"), str) or not q.get("question", "").strip():
            errors.append(f"{qid}: empty question")
        if "follows" in q and q["follows"] not in seen:
            errors.append(f"{qid}: follows {q['follows']!r} which is not an earlier id")
        mc = q.get("must_contain")
        if not isinstance(mc, list) or not all(isinstance(s, str) and s for s in mc):
            errors.append(f"{qid}: must_contain must be a list of non-empty strings")
            mc = []
        if kind == "unanswerable":
            if q.get("answer") != "" or mc != [] or q.get("source") is not None or q.get("page") is not None:
                errors.append(f"{qid}: unanswerable must have answer '', must_contain [], source null, page null")
        elif kind in KINDS:
            if not q.get("answer"):
                errors.append(f"{qid}: empty answer")
            if not mc:
                errors.append(f"{qid}: empty must_contain")
            src, page = q.get("source"), q.get("page")
            if not isinstance(src, str) or not src.endswith(".pdf"):
                errors.append(f"{qid}: bad source {src!r}")
            else:
                pages = pages_of(src)
                if pages is None:
                    errors.append(f"{qid}: source not found {src}")
                elif not isinstance(page, int) or not 1 <= page <= len(pages):
                    errors.append(f"{qid}: page {page!r} out of range (1..{len(pages)})")
                else:
                    text = pages[page - 1]
                    for s in mc:
                        if norm(s) not in text:
                            errors.append(f"{qid}: {s!r} not found on {src} p.{page}")
        seen.append(qid)

    for e in errors:
        print("ERROR", e)
    print(f"{len(items)} questions checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
