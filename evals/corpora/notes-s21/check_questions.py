#!/usr/bin/env python3
"""Check questions.jsonl of set s21.

Checks: keys, kinds, unique ids (s2101-s2160), `follows` -> earlier id, unanswerable rows
(source/page null, must_contain empty, answer ""), and that every must_contain string
is on the stated page (pypdf text, whitespace collapsed). Also re-checks the near misses:
for each unanswerable question, probe patterns that would reveal an answer must match
in none of the 13 PDFs.

Run:  /work/main/.venv/bin/python check_questions.py
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s21"
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}

# Near-miss probes: regexes (on collapsed text of all 13 PDFs, case-insensitive) that
# would be an answer to the unanswerable question. None may match.
PROBES = {
    # number of mayors in the Nov. 2020 IMPACT-Élus locaux wave
    "Combien de maires avaient été interrogés pour l'étude IMPACT-Élus locaux de novembre 2020":
        [r"2020[^.]{0,200}\d+\s*(maires|élus)\s+(interrogés|répondants)",
         r"\d+\s*(maires|élus)\s+(interrogés|répondants)[^.]{0,200}2020"],
    # TotalEnergies' own share of the ODD 17 fund
    "la fondation totalenergies elle a mis cb":
        [r"TotalEnergies[^.]{0,120}(apporte|verse|contribu|financ)[^.]{0,60}€",
         r"part de la Fondation TotalEnergies"],
    # president of the Fondation des Territoires
    "Qui préside la Fondation des Territoires":
        [r"présid\w*\s+(de\s+)?la\s+Fondation\s+des\s+Territoires",
         r"Fondation\s+des\s+Territoires[^.]{0,80}présid"],
    # sample size of PHARE-Entreprises
    "volet Entreprises de PHARE":
        [r"PHARE-?\s*Entreprises[^.]{0,200}\d[\d ]*\s*(dirigeants|entreprises)\s+(interrogé|répond)",
         r"\d[\d ]*\s*dirigeants\s+(ont été\s+)?interrogés"],
    # president of EDF's Conseil des générations futures
    "Conseil des générations futures":
        [r"générations\s+futures[^.]{0,200}présid",
         r"présid\w*[^.]{0,80}générations\s+futures"],
    # CPESR 2022 edition
    "barometre esr 2022":
        [r"(baromètre|édition)[^.]{0,60}2022", r"2022[^.]{0,100}répondants"],
    # Université Numérique-CHK amount
    "Université Numérique-CHK":
        [r"Universit\w+\s+Num\w+[^.]{0,200}\d[\d ,.]*\s*(M€|€|k€)",
         r"(UN|UVS|CHK)\s*\(\s*\d[\d ,.]*\s*(M€|€)"],
}


def collapse(t):
    return re.sub(r"\s+", " ", t or "").strip()


_cache = {}


def pages_of(name):
    if name not in _cache:
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            path = os.path.join(REAL, name)
        r = PdfReader(path)
        _cache[name] = [collapse(p.extract_text()) for p in r.pages]
    return _cache[name]


def all_pdfs():
    names = sorted(f for f in os.listdir(HERE) if f.startswith(f"obs-{PREFIX}-") and f.endswith(".pdf"))
    names += sorted(f for f in os.listdir(REAL) if f.endswith(".pdf"))
    return names


def main():
    errors = []
    rows = []
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append((ln, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: bad JSON ({e})")
    seen = []
    for ln, q in rows:
        qid = q.get("id", f"<line {ln}>")
        keys = set(q)
        if not REQUIRED <= keys:
            errors.append(f"{qid}: missing keys {sorted(REQUIRED - keys)}")
        if keys - REQUIRED - OPTIONAL:
            errors.append(f"{qid}: unknown keys {sorted(keys - REQUIRED - OPTIONAL)}")
        if not re.fullmatch(PREFIX + r"\d{2}", str(qid)) or not (1 <= int(str(qid)[3:] or 0) <= 60):
            errors.append(f"{qid}: bad id")
        if qid in seen:
            errors.append(f"{qid}: duplicate id")
        if "follows" in q and q["follows"] not in seen:
            errors.append(f"{qid}: follows {q['follows']} which is not an earlier id")
        seen.append(qid)
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append(f"{qid}: bad kind {kind!r}")
            continue
        if not isinstance(q.get("must_contain"), list):
            errors.append(f"{qid}: must_contain is not a list")
            continue
        if kind == "unanswerable":
            if q.get("source") is not None or q.get("page") is not None \
                    or q.get("must_contain") or q.get("answer") != "":
                errors.append(f"{qid}: unanswerable must have source/page null, "
                              f"must_contain [] and answer ''")
            continue
        if not q.get("must_contain"):
            errors.append(f"{qid}: empty must_contain")
        if not q.get("answer"):
            errors.append(f"{qid}: empty answer")
        src, page = q.get("source"), q.get("page")
        try:
            pages = pages_of(src)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{qid}: cannot open {src!r} ({e})")
            continue
        if not isinstance(page, int) or not 1 <= page <= len(pages):
            errors.append(f"{qid}: page {page} out of range for {src} ({len(pages)} pages)")
            continue
        text = pages[page - 1]
        for m in q["must_contain"]:
            if collapse(m) not in text:
                errors.append(f"{qid}: {m!r} not found on page {page} of {src}")

    # near-miss probes over all 13 PDFs
    unans = [q for _, q in rows if q.get("kind") == "unanswerable"]
    corpus = [(n, i + 1, t) for n in all_pdfs() for i, t in enumerate(pages_of(n))]
    if len(all_pdfs()) != 13:
        errors.append(f"expected 13 PDFs, found {len(all_pdfs())}")
    for q in unans:
        keys = [k for k in PROBES if k.lower() in q["question"].lower()]
        if not keys:
            errors.append(f"{q['id']}: no near-miss probe defined")
            continue
        for pat in PROBES[keys[0]]:
            for n, p, t in corpus:
                for mm in re.finditer(pat, t, flags=re.I):
                    errors.append(f"{q['id']}: probe {pat!r} matches {n} p.{p}: "
                                  f"{t[max(0, mm.start() - 60):mm.end() + 60]!r}")

    kinds = {}
    for _, q in rows:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    print(f"{len(rows)} questions; kinds: {dict(sorted(kinds.items()))}")
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
