# -*- coding: utf-8 -*-
"""Check questions.jsonl (prefix s31).

- keys, kinds, unique ids (s3101..s3160), `follows` -> earlier id
- unanswerable: source/page null, must_contain [], answer ""
- every must_contain string is on the stated page (pypdf text, whitespace collapsed)
Also reports (info only) when a must_contain string also occurs on other pages.

Run:  /work/main/.venv/bin/python check_questions.py
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s31"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQ = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPT = {"follows"}

_cache = {}


def pages_of(name):
    if name not in _cache:
        path = os.path.join(HERE, name) if name.startswith("obs-") else os.path.join(REAL, name)
        if not os.path.exists(path):
            _cache[name] = None
        else:
            r = pypdf.PdfReader(path)
            _cache[name] = [re.sub(r"\s+", " ", p.extract_text() or "") for p in r.pages]
    return _cache[name]


def main():
    errors, infos = [], []
    seen = []
    rows = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append((ln, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON (%s)" % (ln, e))
    for ln, q in rows:
        qid = q.get("id", "?")
        keys = set(q)
        if not REQ <= keys:
            errors.append("%s: missing keys %s" % (qid, sorted(REQ - keys)))
            continue
        if keys - REQ - OPT:
            errors.append("%s: unexpected keys %s" % (qid, sorted(keys - REQ - OPT)))
        if not re.fullmatch(PREFIX + r"\d\d", qid):
            errors.append("%s: bad id format" % qid)
        if qid in seen:
            errors.append("%s: duplicate id" % qid)
        if "follows" in q and q["follows"] not in seen:
            errors.append("%s: follows %s which is not an earlier id" % (qid, q["follows"]))
        seen.append(qid)
        if q["kind"] not in KINDS:
            errors.append("%s: bad kind %r" % (qid, q["kind"]))
        if not isinstance(q["must_contain"], list):
            errors.append("%s: must_contain is not a list" % qid)
            continue
        if q["kind"] == "unanswerable":
            if q["source"] is not None or q["page"] is not None or q["must_contain"] or q["answer"] != "":
                errors.append("%s: unanswerable must have source/page null, must_contain [], answer ''" % qid)
            continue
        if not q["must_contain"] or not q["answer"]:
            errors.append("%s: answerable question without must_contain/answer" % qid)
        pages = pages_of(q["source"] or "")
        if pages is None:
            errors.append("%s: source PDF not found: %r" % (qid, q["source"]))
            continue
        pg = q["page"]
        if not isinstance(pg, int) or not 1 <= pg <= len(pages):
            errors.append("%s: page %r out of range (1..%d)" % (qid, pg, len(pages)))
            continue
        text = pages[pg - 1]
        for s in q["must_contain"]:
            s_norm = re.sub(r"\s+", " ", s)
            if s_norm not in text:
                errors.append("%s: %r not found on page %d of %s" % (qid, s, pg, q["source"]))
            else:
                others = [i + 1 for i, t in enumerate(pages) if i + 1 != pg and s_norm in t]
                if others and len(s_norm) > 3:
                    infos.append("%s: %r also on pages %s" % (qid, s, others[:8]))
    expected = ["%s%02d" % (PREFIX, i) for i in range(1, len(seen) + 1)]
    if seen != expected:
        errors.append("ids are not the consecutive sequence %s..%s" % (expected[0], expected[-1]))
    # summary
    from collections import Counter
    kinds = Counter(q["kind"] for _, q in rows)
    srcs = Counter(q["source"] for _, q in rows)
    print("questions:", len(rows))
    print("by kind:", dict(sorted(kinds.items())))
    print("by source:")
    for s, n in sorted(srcs.items(), key=lambda x: str(x[0])):
        print("   %-55s %d" % (s, n))
    print("follow-ups:", sum(1 for _, q in rows if "follows" in q))
    for i in infos:
        print("info:", i)
    for e in errors:
        print("ERROR:", e)
    print("%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
