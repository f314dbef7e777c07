#!/usr/bin/env python3
"""Check questions.jsonl of set s13.

Run:  /work/main/.venv/bin/python check_questions.py
Checks: keys, kinds, id format and uniqueness, `follows` -> earlier id,
unanswerable entries (source/page null, must_contain empty, answer ""),
source file exists, page in range, and every must_contain string present on
the stated page (pypdf text, whitespace collapsed, case-sensitive).
Also re-runs the near-miss probes: regexes that must match NOWHERE in the
13 PDFs for the unanswerable questions.  Prints errors; exit code 1 if any.
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s13"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}

# regexes (case-insensitive, on whitespace-collapsed page text) that must not
# match anywhere in the 13 PDFs: evidence that the near misses stay unanswerable.
NEAR_MISS_PROBES = {
    "s1311": [r"\d[\d ]*\s+dirigeants", r"dirigeants[^.]{0,40}interrog"],
    "s1318": [r"présid\w*[^.]{0,80}Fondation des Territoires",
              r"Fondation des Territoires[^.]{0,80}présid"],
    "s1328": [r"PHARE[^|]*logement", r"logement[^.]{0,40}\d,\d"],
    "s1334": [r"CPESR[^.]{0,200}2022", r"2022[^.]{0,200}(répondants|baromètre de l.ESR)"],
    "s1341": [r"sans salari[^.]{0,80}\d+ ?%", r"\d+ ?%[^.]{0,80}sans salari",
              r"non[- ]employeuses"],
    "s1350": [r"Numérique-CHK[^.]{0,120}\d ?€", r"UVS[^.]{0,120}\d ?€",
              r"\d ?€[^.]{0,80}(Numérique-CHK|UVS)"],
    "s1356": [r"urgent[^.]{0,160}2010", r"2010[^.]{0,160}urgent"],
}


def pdf_path(name):
    p = os.path.join(HERE, name)
    if os.path.exists(p):
        return p
    p = os.path.join(REAL, name)
    return p if os.path.exists(p) else None


_cache = {}


def pages_of(path):
    if path not in _cache:
        r = pypdf.PdfReader(path)
        _cache[path] = [" ".join((pg.extract_text() or "").split()) for pg in r.pages]
    return _cache[path]


def main():
    errors = []
    qs = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                qs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append("line %d: bad JSON (%s)" % (n, e))
    seen = []
    for q in qs:
        qid = q.get("id", "?")
        keys = set(q)
        if not REQUIRED <= keys:
            errors.append("%s: missing keys %s" % (qid, sorted(REQUIRED - keys)))
        if keys - REQUIRED - OPTIONAL:
            errors.append("%s: unknown keys %s" % (qid, sorted(keys - REQUIRED - OPTIONAL)))
        if not re.fullmatch(PREFIX + r"\d{2}", str(qid)):
            errors.append("%s: bad id" % qid)
        if qid in seen:
            errors.append("%s: duplicate id" % qid)
        if "follows" in q and q["follows"] not in seen:
            errors.append("%s: follows %r is not an earlier id" % (qid, q["follows"]))
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
                errors.append("%s: unanswerable must have source/page null, "
                              "must_contain [] and answer \"\"" % qid)
            continue
        if not q.get("answer"):
            errors.append("%s: empty answer" % qid)
        if not q["must_contain"]:
            errors.append("%s: empty must_contain" % qid)
        path = pdf_path(q.get("source") or "")
        if not path:
            errors.append("%s: source not found %r" % (qid, q.get("source")))
            continue
        pages = pages_of(path)
        page = q.get("page")
        if not isinstance(page, int) or not 1 <= page <= len(pages):
            errors.append("%s: page %r out of range (1..%d)" % (qid, page, len(pages)))
            continue
        text = pages[page - 1]
        for s in q["must_contain"]:
            if " ".join(s.split()) not in text:
                errors.append("%s: %r not on page %d of %s" % (qid, s, page, q["source"]))

    # near-miss probes over all 13 PDFs
    all_pdfs = sorted(f for f in os.listdir(HERE) if f.endswith(".pdf")) + \
        sorted(f for f in os.listdir(REAL) if f.endswith(".pdf"))
    if len(all_pdfs) != 13:
        errors.append("expected 13 PDFs, found %d" % len(all_pdfs))
    ids_unans = {q["id"] for q in qs if q.get("kind") == "unanswerable"}
    for qid in sorted(NEAR_MISS_PROBES):
        if qid not in ids_unans:
            errors.append("%s: probe defined but question is not unanswerable" % qid)
        for rx in NEAR_MISS_PROBES[qid]:
            for name in all_pdfs:
                for i, t in enumerate(pages_of(pdf_path(name)), 1):
                    m = re.search(rx, t, re.I)
                    if m:
                        errors.append("%s: probe %r matches %s p.%d: %r"
                                      % (qid, rx, name, i, m.group(0)[:120]))

    kinds = {}
    for q in qs:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    print("questions: %d  by kind: %s" % (len(qs), dict(sorted(kinds.items()))))
    print("follow-ups: %d" % sum(1 for q in qs if "follows" in q))
    for e in errors:
        print("ERROR", e)
    print("%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
