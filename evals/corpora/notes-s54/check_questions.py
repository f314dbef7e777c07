#!/usr/bin/env python3
"""Check questions.jsonl of the s54 blind set.

Usage: /work/main/.venv/bin/python check_questions.py [QUESTIONS_JSONL] [--pdf-dir DIR ...]

Default file: questions.jsonl next to this script. PDFs are looked up in this script's
folder (the five obs-s54-*.pdf) and in /work/shared/realworld-pdfs (the real-*.pdf).
Checks: valid JSON per line, exact key set (+ optional "follows"), kinds, ids unique and
in order (s5401..s5460), "follows" points to an earlier id, unanswerable shape, source
exists, page in range, every must_contain string present (exact case) in the pypdf text
of that page with whitespace collapsed. Prints every error; exit 1 if any.
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "s54"
N_EXPECTED = 60
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}


def norm(text):
    return re.sub(r"\s+", " ", text or "").strip()


class Pdfs:
    def __init__(self, dirs):
        self.dirs = dirs
        self.cache = {}

    def find(self, name):
        for d in self.dirs:
            p = os.path.join(d, name)
            if os.path.isfile(p):
                return p
        return None

    def pages(self, name):
        if name not in self.cache:
            path = self.find(name)
            if path is None:
                self.cache[name] = None
            else:
                reader = PdfReader(path)
                self.cache[name] = [norm(pg.extract_text()) for pg in reader.pages]
        return self.cache[name]


def check(path, pdf_dirs):
    errors = []
    pdfs = Pdfs(pdf_dirs)
    seen = []
    try:
        lines = open(path, encoding="utf-8").read().splitlines()
    except OSError as e:
        return ["cannot read %s: %s" % (path, e)]
    lines = [l for l in lines if l.strip()]
    if len(lines) != N_EXPECTED:
        errors.append("expected %d questions, found %d" % (N_EXPECTED, len(lines)))
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
        expected_id = "%s%02d" % (PREFIX, n)
        if qid != expected_id:
            errors.append("%s: id should be %s" % (where, expected_id))
        if qid in seen:
            errors.append("%s: duplicate id" % where)
        for k in ("question", "answer"):
            if not isinstance(q.get(k), str) or not q.get(k, "").strip():
                errors.append("%s: %s must be a non-empty string" % (where, k))
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (where, kind))
        if "follows" in q:
            f = q["follows"]
            if f not in seen:
                errors.append("%s: follows %r is not an earlier id" % (where, f))
        mc = q.get("must_contain")
        if not isinstance(mc, list) or not all(isinstance(s, str) and s for s in mc):
            errors.append("%s: must_contain must be a list of non-empty strings" % where)
            mc = []
        src, page = q.get("source"), q.get("page")
        if kind == "unanswerable":
            if src is not None or page is not None or mc:
                errors.append("%s: unanswerable needs source null, page null, must_contain []" % where)
        elif kind in KINDS:
            if not 1 <= len(mc) <= 3:
                errors.append("%s: must_contain needs 1-3 strings" % where)
            if not isinstance(src, str):
                errors.append("%s: source must be a file name" % where)
            elif not (src.startswith("obs-%s-" % PREFIX) or src.startswith("real-")) or not src.endswith(".pdf"):
                errors.append("%s: source %r is neither obs-%s-*.pdf nor real-*.pdf" % (where, src, PREFIX))
            else:
                pages = pdfs.pages(src)
                if pages is None:
                    errors.append("%s: source %s not found in %s" % (where, src, pdf_dirs))
                elif not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= len(pages):
                    errors.append("%s: page %r out of range 1..%d" % (where, page, len(pages)))
                else:
                    text = pages[page - 1]
                    for s in mc:
                        if norm(s) not in text:
                            errors.append("%s: %r not found on %s page %d" % (where, s, src, page))
        if isinstance(qid, str):
            seen.append(qid)
    return errors


def main(argv):
    args = list(argv)
    dirs = []
    while "--pdf-dir" in args:
        i = args.index("--pdf-dir")
        dirs.append(args[i + 1])
        del args[i:i + 2]
    if not dirs:
        dirs = [HERE, "/work/shared/realworld-pdfs"]
    path = args[0] if args else os.path.join(HERE, "questions.jsonl")
    errors = check(path, dirs)
    for e in errors:
        print("ERROR", e)
    if errors:
        print("%d error(s) in %s" % (len(errors), path))
        return 1
    print("OK: %s passes all checks" % path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
