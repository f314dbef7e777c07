#!/usr/bin/env python
"""Check a blind question file (JSON Lines).

Usage: /work/main/.venv/bin/python check_questions.py [questions.jsonl] [--prefix s49] [--n 60]

Checks: one JSON object per line; exact key set (id, question, answer, must_contain,
source, page, kind + optional follows); kind in the allowed list; ids unique, in order
(PREFIX01 ... PREFIXnn); follows points to an earlier id; unanswerable shape (source
and page null, must_contain []); source exists (this folder or the real-world folder);
page within the PDF's range; each must_contain string present, exact case, in the pypdf
text of that page with whitespace collapsed. Prints every error; exits 1 if any.
"""
import argparse
import json
import os
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
REAL_DIR = "/work/shared/realworld-pdfs"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}


def collapse(text):
    return " ".join(text.split())


def find_pdf(name, own_dir):
    for d in (own_dir, REAL_DIR):
        p = os.path.join(d, name)
        if os.path.isfile(p):
            return p
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=os.path.join(HERE, "questions.jsonl"))
    ap.add_argument("--prefix", default="s49")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--pdf-dir", default=None, help="folder of the generated PDFs (default: folder of the file)")
    args = ap.parse_args()
    own_dir = args.pdf_dir or os.path.dirname(os.path.abspath(args.path))

    errors = []
    cache = {}

    def page_text(pdf, page):
        key = (pdf, page)
        if key not in cache:
            cache[key] = collapse(readers[pdf].pages[page - 1].extract_text() or "")
        return cache[key]

    readers = {}
    seen = []
    with open(args.path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if len(lines) != args.n:
        errors.append("expected %d lines, found %d" % (args.n, len(lines)))
    for ln, line in enumerate(lines, 1):
        where = "line %d" % ln
        try:
            d = json.loads(line)
        except Exception as e:  # noqa
            errors.append("%s: invalid JSON (%s)" % (where, e))
            continue
        if not isinstance(d, dict):
            errors.append("%s: not a JSON object" % where)
            continue
        qid = d.get("id")
        where = "line %d (%s)" % (ln, qid)
        keys = set(d)
        if not REQUIRED <= keys:
            errors.append("%s: missing keys %s" % (where, sorted(REQUIRED - keys)))
        if keys - REQUIRED - OPTIONAL:
            errors.append("%s: unexpected keys %s" % (where, sorted(keys - REQUIRED - OPTIONAL)))
        expected_id = "%s%02d" % (args.prefix, ln)
        if qid != expected_id:
            errors.append("%s: id should be %s" % (where, expected_id))
        if qid in seen:
            errors.append("%s: duplicate id" % where)
        for k in ("question", "answer"):
            if not isinstance(d.get(k), str) or not d.get(k, "").strip():
                errors.append("%s: %s must be a non-empty string" % (where, k))
        kind = d.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (where, kind))
        if "follows" in d:
            f = d["follows"]
            if f not in seen:
                errors.append("%s: follows %r is not an earlier id" % (where, f))
        mc = d.get("must_contain")
        if not isinstance(mc, list) or not all(isinstance(x, str) and x for x in mc):
            errors.append("%s: must_contain must be a list of non-empty strings" % where)
            mc = []
        src, page = d.get("source"), d.get("page")
        if kind == "unanswerable":
            if src is not None or page is not None or mc != []:
                errors.append("%s: unanswerable needs source null, page null, must_contain []" % where)
        else:
            if not 1 <= len(mc) <= 3:
                errors.append("%s: must_contain needs 1-3 strings" % where)
            if not isinstance(src, str):
                errors.append("%s: source must be a file name" % where)
            else:
                pdf = find_pdf(src, own_dir)
                if pdf is None:
                    errors.append("%s: source %s not found" % (where, src))
                else:
                    if pdf not in readers:
                        readers[pdf] = PdfReader(pdf)
                    n = len(readers[pdf].pages)
                    if not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= n:
                        errors.append("%s: page %r out of range 1..%d" % (where, page, n))
                    else:
                        txt = page_text(pdf, page)
                        for s in mc:
                            if collapse(s) not in txt:
                                errors.append("%s: %r not found on %s p.%d" % (where, s, src, page))
        seen.append(qid)

    for e in errors:
        print("ERROR", e)
    print("%d lines checked, %d error(s)" % (len(lines), len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
