# -*- coding: utf-8 -*-
"""Check questions.jsonl of set s30: keys, kinds, ids, follows, and that every
must_contain string is on the stated page (pypdf text, whitespace collapsed).

Run: /work/main/.venv/bin/python check_questions.py
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s30"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQ = ["id", "question", "answer", "must_contain", "source", "page", "kind"]
OPT = {"follows"}

_cache = {}


def page_texts(name):
    if name in _cache:
        return _cache[name]
    for d in (HERE, REAL):
        p = os.path.join(d, name)
        if os.path.exists(p):
            r = pypdf.PdfReader(p)
            _cache[name] = [re.sub(r"\s+", " ", pg.extract_text() or "") for pg in r.pages]
            return _cache[name]
    _cache[name] = None
    return None


def main():
    errors = []
    seen = []
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().splitlines() if l.strip()]
    for ln, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except Exception as e:  # noqa
            errors.append("line %d: bad JSON (%s)" % (ln, e))
            continue
        qid = q.get("id", "?")
        for k in REQ:
            if k not in q:
                errors.append("%s: missing key %s" % (qid, k))
        extra = set(q) - set(REQ) - OPT
        if extra:
            errors.append("%s: unexpected keys %s" % (qid, sorted(extra)))
        if not re.fullmatch(PREFIX + r"\d{2}", str(qid)):
            errors.append("%s: bad id format" % qid)
        if qid in seen:
            errors.append("%s: duplicate id" % qid)
        if "follows" in q and q["follows"] not in seen:
            errors.append("%s: follows %s which is not an earlier id" % (qid, q["follows"]))
        seen.append(qid)
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (qid, kind))
        if not isinstance(q.get("must_contain"), list):
            errors.append("%s: must_contain is not a list" % qid)
            continue
        if kind == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None \
                    or q["must_contain"] or q.get("answer") != "":
                errors.append("%s: unanswerable must have null source/page, empty must_contain and answer" % qid)
            continue
        if not q["must_contain"]:
            errors.append("%s: empty must_contain" % qid)
        if not q.get("answer"):
            errors.append("%s: empty answer" % qid)
        texts = page_texts(q.get("source") or "")
        if texts is None:
            errors.append("%s: source PDF not found: %s" % (qid, q.get("source")))
            continue
        pg = q.get("page")
        if not isinstance(pg, int) or not 1 <= pg <= len(texts):
            errors.append("%s: page %r out of range (1..%d)" % (qid, pg, len(texts)))
            continue
        txt = texts[pg - 1]
        for m in q["must_contain"]:
            mm = re.sub(r"\s+", " ", m)
            if mm not in txt:
                errors.append("%s: %r not found on page %d of %s" % (qid, m, pg, q["source"]))
    kinds = {}
    for line in lines:
        try:
            k = json.loads(line).get("kind")
        except Exception:  # noqa
            continue
        kinds[k] = kinds.get(k, 0) + 1
    print("questions:", len(lines), "kinds:", dict(sorted(kinds.items())))
    for e in errors:
        print("ERROR", e)
    print("errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
