"""Check questions.jsonl of set s15.

Checks: keys, kinds, unique ids with the s15 prefix, `follows` pointing to an earlier id,
unanswerable entries empty, and every must_contain string present (case-sensitive) on the
stated 1-based page of the PDF, in pypdf text with whitespace collapsed.
PDFs are looked up next to this file (obs-s15-*) and in /work/shared/realworld-pdfs/ (real-*).

Run: /work/main/.venv/bin/python check_questions.py
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}
PREFIX = "s15"

_cache = {}


def page_text(source, page):
    if source not in _cache:
        path = os.path.join(REAL if source.startswith("real-") else HERE, source)
        reader = pypdf.PdfReader(path)
        _cache[source] = [re.sub(r"\s+", " ", p.extract_text() or "") for p in reader.pages]
    pages = _cache[source]
    if not 1 <= page <= len(pages):
        return None
    return pages[page - 1]


def main():
    errors = []
    seen = []
    n = 0
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            n += 1
            try:
                q = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append("line %d: bad JSON (%s)" % (lineno, exc))
                continue
            qid = q.get("id", "line %d" % lineno)
            keys = set(q)
            if not REQUIRED <= keys:
                errors.append("%s: missing keys %s" % (qid, sorted(REQUIRED - keys)))
                continue
            if keys - REQUIRED - OPTIONAL:
                errors.append("%s: unexpected keys %s" % (qid, sorted(keys - REQUIRED - OPTIONAL)))
            if not re.fullmatch(PREFIX + r"\d{2}", qid):
                errors.append("%s: id does not match %s + 2 digits" % (qid, PREFIX))
            if qid in seen:
                errors.append("%s: duplicate id" % qid)
            if q["kind"] not in KINDS:
                errors.append("%s: bad kind %r" % (qid, q["kind"]))
            if "follows" in q and q["follows"] not in seen:
                errors.append("%s: follows %r which is not an earlier id" % (qid, q["follows"]))
            seen.append(qid)
            if not isinstance(q["must_contain"], list):
                errors.append("%s: must_contain is not a list" % qid)
                continue
            if q["kind"] == "unanswerable":
                if q["source"] is not None or q["page"] is not None or q["must_contain"] or q["answer"] != "":
                    errors.append("%s: unanswerable must have source/page null, empty must_contain and answer" % qid)
                continue
            if not q["must_contain"]:
                errors.append("%s: empty must_contain" % qid)
            if not q["answer"]:
                errors.append("%s: empty answer" % qid)
            if not isinstance(q["page"], int) or not isinstance(q["source"], str):
                errors.append("%s: bad source/page" % qid)
                continue
            text = page_text(q["source"], q["page"])
            if text is None:
                errors.append("%s: page %s out of range in %s" % (qid, q["page"], q["source"]))
                continue
            for s in q["must_contain"]:
                if re.sub(r"\s+", " ", s) not in text:
                    errors.append("%s: %r not on page %d of %s" % (qid, s, q["page"], q["source"]))
    for e in errors:
        print("ERROR", e)
    print("%d questions, %d errors" % (n, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
