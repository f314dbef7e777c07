#!/usr/bin/env python3
"""Check questions.jsonl of the s28 blind set.

Checks: JSON per line, keys, kinds, id prefix and uniqueness, `follows` pointing to an
earlier id, unanswerable fields, source file existence, page range, and that every
must_contain string occurs on the stated page of the pypdf text (whitespace collapsed).
Also re-runs the near-miss probes (patterns that would reveal an answer to an
unanswerable question must be absent from all 13 PDFs).

Run: /work/main/.venv/bin/python check_questions.py   -> prints errors, exit 1 if any.
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s28"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}

# Patterns that would answer an unanswerable question if present somewhere.
NEAR_MISS_PROBES = {
    "s2806": [r"logement\s*:?\s*\d+,\d", r"logement[^.]{0,40}/\s?10"],
    "s2814": [r"\d+\s+fondations\s+(interrog|ont\s+r|r[ée]pondu)", r"fondations\s+interrog"],
    "s2820": [r"2020[^.]{0,120}\b\d{2,4}\s+maires", r"\d{2,4}\s+maires[^.]{0,120}2020"],
    "s2826": [r"pr[ée]sid[^.]{0,60}Fondation des Territoires",
              r"Fondation des Territoires[^.]{0,80}pr[ée]sid"],
    "s2835": [r"collecte nationale[^.]{0,120}2016", r"2016[^.]{0,80}collecte nationale"],
    "s2840": [r"m[ée]thane[^.]{0,80}2016", r"2016[^.]{0,80}m[ée]thane"],
    "s2848": [r"2022"],          # applied to the CPESR barometer only
    "s2858": [r"Num[ée]rique-CHK[^.]{0,80}\d[\d\s]*\s?(€|M€|euros)",
              r"UN-CHK"],
}
PROBE_SCOPE = {"s2848": ["real-cpesr-barometre-esr-2023.pdf"]}


def pdf_path(name):
    p = os.path.join(HERE, name)
    if os.path.exists(p):
        return p
    p = os.path.join(REAL, name)
    return p if os.path.exists(p) else None


_cache = {}


def pages_of(name):
    if name not in _cache:
        r = pypdf.PdfReader(pdf_path(name))
        _cache[name] = [re.sub(r"\s+", " ", p.extract_text() or "") for p in r.pages]
    return _cache[name]


def main():
    errors = []
    seen = []
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, encoding="utf-8") as f:
        lines = [ln for ln in f.read().split("\n") if ln.strip()]
    for n, ln in enumerate(lines, 1):
        try:
            q = json.loads(ln)
        except Exception as e:  # noqa
            errors.append("line %d: invalid JSON (%s)" % (n, e))
            continue
        qid = q.get("id", "?")
        keys = set(q)
        if not REQUIRED <= keys:
            errors.append("%s: missing keys %s" % (qid, sorted(REQUIRED - keys)))
        if keys - REQUIRED - OPTIONAL:
            errors.append("%s: unexpected keys %s" % (qid, sorted(keys - REQUIRED - OPTIONAL)))
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
        if not isinstance(q.get("question"), str) or not q["question"].strip():
            errors.append("%s: empty question" % qid)
        mc = q.get("must_contain")
        if not isinstance(mc, list) or not all(isinstance(s, str) and s for s in mc):
            errors.append("%s: must_contain must be a list of non-empty strings" % qid)
            continue
        if kind == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None or mc or q.get("answer") != "":
                errors.append("%s: unanswerable must have source/page null, must_contain [] and answer ''" % qid)
            continue
        if not q.get("answer"):
            errors.append("%s: empty answer" % qid)
        if not mc:
            errors.append("%s: answerable question without must_contain" % qid)
        src = q.get("source")
        if not src or not pdf_path(src):
            errors.append("%s: source not found %r" % (qid, src))
            continue
        pages = pages_of(src)
        pg = q.get("page")
        if not isinstance(pg, int) or not 1 <= pg <= len(pages):
            errors.append("%s: page %r out of range 1..%d" % (qid, pg, len(pages)))
            continue
        text = pages[pg - 1]
        for s in mc:
            needle = re.sub(r"\s+", " ", s)
            if needle not in text:
                errors.append("%s: %r not on page %d of %s" % (qid, s, pg, src))

    # near-miss probes over all 13 PDFs
    allpdfs = sorted(x for x in os.listdir(HERE) if x.endswith(".pdf"))
    allpdfs += sorted(x for x in os.listdir(REAL) if x.endswith(".pdf"))
    if len(allpdfs) != 13:
        errors.append("expected 13 PDFs, found %d" % len(allpdfs))
    for qid, pats in NEAR_MISS_PROBES.items():
        scope = PROBE_SCOPE.get(qid, allpdfs)
        for name in scope:
            for i, t in enumerate(pages_of(name), 1):
                for pat in pats:
                    m = re.search(pat, t, flags=re.I)
                    if m:
                        errors.append("%s: near-miss probe %r matches %s p%d: %r"
                                      % (qid, pat, name, i, m.group(0)[:80]))

    kinds = {}
    for ln in lines:
        try:
            k = json.loads(ln).get("kind")
        except Exception:  # noqa
            continue
        kinds[k] = kinds.get(k, 0) + 1
    print("questions:", len(lines), "by kind:", dict(sorted(kinds.items())))
    for e in errors:
        print("ERROR", e)
    print("errors:", len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
