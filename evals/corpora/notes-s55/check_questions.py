#!/usr/bin/env python3
"""Check a blind question file (series s55).

Usage: python check_questions.py [questions.jsonl] [--pdf-dir DIR ...]

Checks: one JSON object per line; exact key set (follows optional); kind in the allowed
list; ids PREFIX01.. unique and in order; follows points to an earlier id; unanswerable
shape (source/page null, must_contain []); source exists; page in range; each
must_contain string (1-3 items) present with exact case in the pypdf text of the page,
whitespace collapsed. Prints the errors and exits 1 if any.
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "s55"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQ = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPT = {"follows"}
DEFAULT_DIRS = [HERE, "/work/shared/realworld-pdfs"]

_cache = {}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def page_texts(path):
    if path not in _cache:
        r = PdfReader(path)
        _cache[path] = [norm(p.extract_text() or "") for p in r.pages]
    return _cache[path]


def find_pdf(name, dirs):
    if not name or "/" in name or "\\" in name:
        return None
    for d in dirs:
        p = os.path.join(d, name)
        if os.path.isfile(p):
            return p
    return None


def main(argv):
    qfile = os.path.join(HERE, "questions.jsonl")
    dirs = []
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--pdf-dir":
            dirs.append(args.pop(0))
        else:
            qfile = a
    dirs = dirs or DEFAULT_DIRS
    errors = []
    seen = []
    n = 0
    with open(qfile, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for ln, line in enumerate(lines, 1):
        where = "line %d" % ln
        if not line.strip():
            errors.append("%s: empty line" % where)
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append("%s: invalid JSON (%s)" % (where, e))
            continue
        if not isinstance(q, dict):
            errors.append("%s: not a JSON object" % where)
            continue
        n += 1
        keys = set(q)
        if not REQ <= keys or keys - REQ - OPT:
            errors.append("%s: key set %s (missing %s, extra %s)" % (
                where, sorted(keys), sorted(REQ - keys), sorted(keys - REQ - OPT)))
        qid = q.get("id")
        where = "line %d (%s)" % (ln, qid)
        exp = "%s%02d" % (PREFIX, ln)  # line N must hold id N
        if qid != exp:
            errors.append("%s: id should be %s" % (where, exp))
        if qid in seen:
            errors.append("%s: duplicate id" % where)
        for f in ("question", "answer"):
            if not isinstance(q.get(f), str) or not q.get(f, "").strip():
                errors.append("%s: %s must be a non-empty string" % (where, f))
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (where, kind))
        if "follows" in q:
            f = q["follows"]
            if f not in seen:
                errors.append("%s: follows %r is not an earlier id" % (where, f))
        mc = q.get("must_contain")
        if not isinstance(mc, list) or not all(isinstance(s, str) and s.strip() for s in mc):
            errors.append("%s: must_contain must be a list of non-empty strings" % where)
            mc = []
        src, page = q.get("source"), q.get("page")
        if kind == "unanswerable":
            if src is not None or page is not None or mc != []:
                errors.append("%s: unanswerable needs source=null, page=null, must_contain=[]" % where)
        else:
            if not 1 <= len(mc) <= 3:
                errors.append("%s: must_contain needs 1-3 strings" % where)
            path = find_pdf(src, dirs) if isinstance(src, str) else None
            if path is None:
                errors.append("%s: source %r not found" % (where, src))
            elif not isinstance(page, int) or isinstance(page, bool):
                errors.append("%s: page must be an integer" % where)
            else:
                texts = page_texts(path)
                if not 1 <= page <= len(texts):
                    errors.append("%s: page %d out of range 1..%d" % (where, page, len(texts)))
                else:
                    t = texts[page - 1]
                    for s in mc:
                        if norm(s) not in t:
                            errors.append("%s: %r not on page %d of %s" % (where, s, page, src))
        seen.append(qid)
    if n == 0:
        errors.append("no questions")
    for e in errors:
        print("ERROR", e)
    print("%d questions checked, %d error(s)" % (n, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
