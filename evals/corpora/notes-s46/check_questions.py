#!/usr/bin/env python3
"""Check a blind question set (questions.jsonl) against its PDFs.

Usage: check_questions.py [questions.jsonl] [--prefix s46]
Looks for PDFs in the folder of the question file, in the folder of this script and in
/work/shared/realworld-pdfs.
Prints every error found and exits 1 if there is any, 0 otherwise.
"""
import json
import os
import re
import sys

from pypdf import PdfReader

KEYS = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REAL_DIR = "/work/shared/realworld-pdfs"
SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))


def norm(text):
    return re.sub(r"\s+", " ", text or "").strip()


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    prefix = "s46"
    if "--prefix" in argv:
        prefix = argv[argv.index("--prefix") + 1]
        args = [a for a in args if a != prefix]
    qpath = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "questions.jsonl")
    own_dir = os.path.dirname(os.path.abspath(qpath))
    errors = []
    cache = {}

    def pages_of(src):
        if src in cache:
            return cache[src]
        for d in (own_dir, SCRIPT_DIR, REAL_DIR):
            p = os.path.join(d, src)
            if os.path.isfile(p):
                cache[src] = [norm(pg.extract_text()) for pg in PdfReader(p).pages]
                return cache[src]
        cache[src] = None
        return None

    seen = []
    with open(qpath, encoding="utf-8") as fh:
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
        if not KEYS <= keys or not keys <= KEYS | OPTIONAL:
            errors.append("%s: key set %s (missing %s, extra %s)" % (
                where, sorted(keys), sorted(KEYS - keys), sorted(keys - KEYS - OPTIONAL)))
        qid = q.get("id")
        where = "line %d (%s)" % (n, qid)
        expected = "%s%02d" % (prefix, n)
        if qid != expected:
            errors.append("%s: id should be %s (ids unique and in order)" % (where, expected))
        if qid in seen:
            errors.append("%s: duplicate id" % where)
        for k in ("question", "answer"):
            if not isinstance(q.get(k), str) or not q.get(k).strip():
                errors.append("%s: %s must be a non-empty string" % (where, k))
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append("%s: kind %r not in %s" % (where, kind, sorted(KINDS)))
        if "follows" in q:
            f = q["follows"]
            if not seen or f != seen[-1]:
                errors.append("%s: follows=%r must be the id just before (%r)" % (
                    where, f, seen[-1] if seen else None))
        mc = q.get("must_contain")
        if not isinstance(mc, list) or not all(isinstance(x, str) and x for x in mc):
            errors.append("%s: must_contain must be a list of non-empty strings" % where)
            mc = []
        if kind == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None or mc != []:
                errors.append("%s: unanswerable needs source=null, page=null, must_contain=[]" % where)
        else:
            if not 1 <= len(mc) <= 3:
                errors.append("%s: must_contain needs 1 to 3 strings" % where)
            src, page = q.get("source"), q.get("page")
            if not isinstance(src, str) or not src.endswith(".pdf"):
                errors.append("%s: source must be a PDF file name" % where)
            else:
                pages = pages_of(src)
                if pages is None:
                    errors.append("%s: source %s not found" % (where, src))
                elif not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= len(pages):
                    errors.append("%s: page %r out of range 1..%d" % (where, page, len(pages)))
                else:
                    text = pages[page - 1]
                    for s in mc:
                        if norm(s) not in text:
                            errors.append("%s: %r not found on page %d of %s" % (where, s, page, src))
        if isinstance(qid, str):
            seen.append(qid)
    for e in errors:
        print("ERROR", e)
    print("%d questions checked, %d error(s)" % (len(lines), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
