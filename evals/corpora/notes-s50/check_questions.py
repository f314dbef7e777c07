#!/usr/bin/env python3
"""Check a blind question set (JSON Lines) against its PDFs.

Usage:
  python check_questions.py [questions.jsonl] [--prefix s50] [--pdf-dir DIR ...]

Default questions file: questions.jsonl next to this script. PDFs are looked up in the
script's folder and in /work/shared/realworld-pdfs (add more with --pdf-dir).
Checks: JSON per line, exact key set, kinds, ids unique/in order/with the prefix,
`follows` pointing to the id just before (and at least to an earlier id), shape of the
unanswerable items, source exists, page in range, every must_contain string present with
exact case in the pypdf text of that page (whitespace collapsed), 1-3 must_contain strings.
Prints every error and exits 1 if there is any, 0 otherwise.
"""
import argparse
import json
import os
import re
import sys

from pypdf import PdfReader

KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}


def norm(text):
    return re.sub(r"\s+", " ", text or "").strip()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("questions", nargs="?", default=os.path.join(here, "questions.jsonl"))
    ap.add_argument("--prefix", default="s50")
    ap.add_argument("--count", type=int, default=60, help="expected number of questions (0 = any)")
    ap.add_argument("--pdf-dir", action="append", default=[])
    args = ap.parse_args()
    pdf_dirs = [here, "/work/shared/realworld-pdfs"] + args.pdf_dir

    errors = []
    cache = {}

    def find_pdf(name):
        for d in pdf_dirs:
            p = os.path.join(d, name)
            if os.path.isfile(p):
                return p
        return None

    def page_text(path, page):
        if path not in cache:
            r = PdfReader(path)
            cache[path] = [norm(p.extract_text()) for p in r.pages]
        return cache[path]

    records = []
    with open(args.questions, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                errors.append(f"line {ln}: empty line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: invalid JSON ({e})")
                continue
            if not isinstance(rec, dict):
                errors.append(f"line {ln}: not a JSON object")
                continue
            records.append((ln, rec))

    seen = []
    for idx, (ln, rec) in enumerate(records):
        rid = rec.get("id", f"<line {ln}>")
        where = f"line {ln} ({rid})"
        keys = set(rec)
        if not REQUIRED <= keys:
            errors.append(f"{where}: missing keys {sorted(REQUIRED - keys)}")
        if keys - REQUIRED - OPTIONAL:
            errors.append(f"{where}: unexpected keys {sorted(keys - REQUIRED - OPTIONAL)}")
        expected_id = f"{args.prefix}{ln:02d}"  # line n carries id PREFIX + n (a bad line does not shift the rest)
        if rid != expected_id:
            errors.append(f"{where}: id should be {expected_id} (ids unique and in order)")
        if rid in seen:
            errors.append(f"{where}: duplicate id")
        for k in ("question", "answer"):
            if not isinstance(rec.get(k), str) or not rec.get(k, "").strip():
                errors.append(f"{where}: '{k}' must be a non-empty string")
        kind = rec.get("kind")
        if kind not in KINDS:
            errors.append(f"{where}: bad kind {kind!r}")
        if "follows" in rec:
            fol = rec["follows"]
            if fol not in seen:
                errors.append(f"{where}: follows {fol!r} is not an earlier id")
            elif seen and fol != seen[-1]:
                errors.append(f"{where}: follows {fol!r} is not the id just before ({seen[-1]})")
        mc = rec.get("must_contain")
        if not isinstance(mc, list) or not all(isinstance(s, str) and s.strip() for s in mc):
            errors.append(f"{where}: must_contain must be a list of non-empty strings")
            mc = []
        src, page = rec.get("source"), rec.get("page")
        if kind == "unanswerable":
            if src is not None or page is not None or mc:
                errors.append(f"{where}: unanswerable needs source null, page null, must_contain []")
        else:
            if not 1 <= len(mc) <= 3:
                errors.append(f"{where}: must_contain needs 1-3 strings, has {len(mc)}")
            if not isinstance(src, str) or not src.endswith(".pdf"):
                errors.append(f"{where}: source must be a PDF file name")
            else:
                path = find_pdf(src)
                if path is None:
                    errors.append(f"{where}: source {src} not found")
                elif not isinstance(page, int) or isinstance(page, bool):
                    errors.append(f"{where}: page must be an integer")
                else:
                    pages = page_text(path, page)
                    if not 1 <= page <= len(pages):
                        errors.append(f"{where}: page {page} out of range 1-{len(pages)}")
                    else:
                        txt = pages[page - 1]
                        for s in mc:
                            if norm(s) not in txt:
                                errors.append(f"{where}: {s!r} not found on page {page} of {src}")
        seen.append(rid)

    if args.count and len(records) != args.count:
        errors.append(f"expected {args.count} questions, found {len(records)}")
    for e in errors:
        print("ERROR", e)
    counts = {}
    for _, r in records:
        counts[r.get("kind")] = counts.get(r.get("kind"), 0) + 1
    print(f"{len(records)} questions; kinds: {dict(sorted(counts.items(), key=str))}; "
          f"{len(errors)} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
