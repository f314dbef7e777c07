#!/usr/bin/env python3
"""Check a blind question set (JSON Lines) against its PDFs.

Usage: /work/main/.venv/bin/python check_questions.py [questions.jsonl] [--prefix s51]
          [--own DIR] [--real DIR]
Prints every error found and exits 1 if there is any, 0 otherwise.
"""
import argparse
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}


def page_texts(path, cache):
    if path not in cache:
        reader = PdfReader(path)
        cache[path] = [re.sub(r"\s+", " ", p.extract_text() or "").strip() for p in reader.pages]
    return cache[path]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("questions", nargs="?", default=os.path.join(HERE, "questions.jsonl"))
    ap.add_argument("--prefix", default="s51")
    ap.add_argument("--own", default=HERE, help="folder holding the generated obs-PREFIX-*.pdf")
    ap.add_argument("--real", default="/work/shared/realworld-pdfs")
    args = ap.parse_args()

    errors = []
    cache = {}
    seen = []
    with open(args.questions, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    for n, line in enumerate(lines, 1):
        where = "line %d" % n
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append("%s: invalid JSON (%s)" % (where, e))
            continue
        if not isinstance(q, dict):
            errors.append("%s: not a JSON object" % where)
            continue
        keys = set(q)
        if not REQUIRED <= keys:
            errors.append("%s: missing keys %s" % (where, sorted(REQUIRED - keys)))
        if keys - REQUIRED - OPTIONAL:
            errors.append("%s: unexpected keys %s" % (where, sorted(keys - REQUIRED - OPTIONAL)))
        qid = q.get("id")
        where = "%s (%s)" % (where, qid)
        expected = "%s%02d" % (args.prefix, n)
        if qid != expected:
            errors.append("%s: id should be %s (unique, in order)" % (where, expected))
        if qid in seen:
            errors.append("%s: duplicate id" % where)
        for field in ("question", "answer"):
            if not isinstance(q.get(field), str) or not q.get(field, "").strip():
                errors.append("%s: %s must be a non-empty string" % (where, field))
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (where, kind))
        if "follows" in q:
            f = q["follows"]
            if f not in seen:
                errors.append("%s: follows %r is not an earlier id" % (where, f))
        mc = q.get("must_contain")
        src, page = q.get("source"), q.get("page")
        if kind == "unanswerable":
            if src is not None or page is not None or mc != []:
                errors.append("%s: unanswerable needs source null, page null, must_contain []" % where)
        else:
            if not isinstance(mc, list) or not 1 <= len(mc) <= 3 or \
                    not all(isinstance(s, str) and s.strip() for s in mc):
                errors.append("%s: must_contain must be a list of 1-3 non-empty strings" % where)
                mc = [s for s in (mc or []) if isinstance(s, str)] if isinstance(mc, list) else []
            if not isinstance(src, str):
                errors.append("%s: source must be a file name" % where)
            else:
                if src.startswith("obs-%s-" % args.prefix):
                    path = os.path.join(args.own, src)
                elif src.startswith("real-"):
                    path = os.path.join(args.real, src)
                else:
                    path = None
                    errors.append("%s: source %s is neither obs-%s-… nor real-…" % (where, src, args.prefix))
                if path and not os.path.isfile(path):
                    errors.append("%s: source %s not found" % (where, path))
                elif path:
                    texts = page_texts(path, cache)
                    if not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= len(texts):
                        errors.append("%s: page %r out of range 1-%d" % (where, page, len(texts)))
                    else:
                        text = texts[page - 1]
                        for s in mc:
                            norm = re.sub(r"\s+", " ", s).strip()
                            if norm not in text:
                                errors.append("%s: %r not found on %s page %d" % (where, s, src, page))
        seen.append(qid)
    for e in errors:
        print("ERROR", e)
    print("%d questions checked, %d error(s)" % (len(lines), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
