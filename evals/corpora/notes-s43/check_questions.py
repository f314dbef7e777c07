#!/usr/bin/env python3
"""Check the s43 blind question set.

Usage: /work/main/.venv/bin/python check_questions.py [questions.jsonl]

Checks: JSON lines, keys, kinds, ids (unique, s4301..s4360 in order), `follows`
pointing to an earlier id, shape of unanswerable items, source file and page range,
every must_contain string present on the stated page (pypdf text, whitespace
collapsed), and the near-miss probes of the unanswerable items over all 13 PDFs.
Prints every error and exits with status 1 if there is any.
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
PREFIX = "s43"
N = 60
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}
REQUIRED = ["id", "question", "answer", "must_contain", "source", "page", "kind"]
OPTIONAL = ["follows"]

_cache = {}


def norm(t):
    return re.sub(r"\s+", " ", t or "").strip()


def pdf_path(name):
    for d in (HERE, REAL):
        p = os.path.join(d, name)
        if os.path.isfile(p):
            return p
    return None


def pages(name):
    if name not in _cache:
        p = pdf_path(name)
        _cache[name] = [norm(pg.extract_text()) for pg in PdfReader(p).pages] if p else None
    return _cache[name]


def all_pdfs():
    mine = sorted(f for f in os.listdir(HERE) if f.startswith("obs-%s-" % PREFIX) and f.endswith(".pdf"))
    real = sorted(f for f in os.listdir(REAL) if f.endswith(".pdf"))
    return mine + real


# Near-miss probes: each returns a list of problems (empty = the answer is indeed absent).
def probe_sante():
    out = []
    for i, t in enumerate(pages("obs-s43-01-etude-phare-citoyens.pdf"), 1):
        if re.search(r"(?i)sant[ée]", t):
            out.append("santé mentioned in PHARE-Citoyens study p%d" % i)
    for f in all_pdfs():
        for i, t in enumerate(pages(f), 1):
            if re.search(r"(?i)sant[ée]\W{0,3}\s*\d+,\d", t):
                out.append("santé with a score in %s p%d" % (f, i))
    return out


def probe_maires_2020():
    out = []
    for f in all_pdfs():
        for i, t in enumerate(pages(f), 1):
            for m in re.finditer(r"(\d[\d ]*)\s+maires\b", t):
                if m.group(1).strip() != "302":
                    out.append("count of maires %r in %s p%d" % (m.group(1), f, i))
    return out


def probe_dotation_fdt():
    out = []
    for f in all_pdfs():
        for i, t in enumerate(pages(f), 1):
            if "Fondation des Territoires" in t and re.search(r"€|euros|dotation|doté", t):
                out.append("amount on a page naming the Fondation des Territoires: %s p%d" % (f, i))
    return out


def probe_casino_2015():
    out = []
    for i, t in enumerate(pages("real-casino-dpef-2018.pdf"), 1):
        if re.search(r"(?i)au titre de la solidarit|dons et fondations", t) and "2015" in t:
            out.append("solidarity amount page with 2015: p%d" % i)
    return out


def probe_cpesr_2022():
    out = []
    for i, t in enumerate(pages("real-cpesr-barometre-esr-2023.pdf"), 1):
        if "2022" in t:
            out.append("2022 in CPESR p%d" % i)
    return out


def probe_reach_afsud():
    out = []
    for i, t in enumerate(pages("real-pulse-reach-presentation.pdf"), 1):
        amounts = re.findall(r"[\d][\d ,.]*\s*M?€", t)
        for a in amounts:
            if norm(a) not in ("1,638M€", "800 000€"):
                out.append("other amount %r in REACH p%d" % (a, i))
    return out


def probe_directeur_climat():
    out = []
    for i, t in enumerate(pages("real-total-dpef-2018-extrait.pdf"), 1):
        for m in re.finditer(r"directeur Climat(.{0,40})", t):
            if re.search(r"\b[A-Z][a-zé]+ [A-Z][a-zé]+", m.group(1)) and not re.search(r"Comité|Groupe", m.group(1)):
                out.append("possible name after 'directeur Climat' p%d: %r" % (i, m.group(1)))
    return out


PROBES = {
    "s4354": probe_sante,
    "s4355": probe_maires_2020,
    "s4356": probe_dotation_fdt,
    "s4357": probe_casino_2015,
    "s4358": probe_cpesr_2022,
    "s4359": probe_reach_afsud,
    "s4360": probe_directeur_climat,
}


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "questions.jsonl")
    errors = []
    items = []
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print("ERROR not UTF-8: %s" % e)
        return 1
    if "\\u00" in text:
        errors.append("file contains \\u escapes (ensure_ascii=False expected)")
    lines = [l for l in text.split("\n") if l.strip()]
    if len(lines) != N:
        errors.append("expected %d lines, found %d" % (N, len(lines)))
    for n, line in enumerate(lines, 1):
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append("line %d: bad JSON (%s)" % (n, e))
    seen = []
    for n, q in enumerate(items, 1):
        qid = q.get("id", "<line %d>" % n)
        keys = set(q)
        for k in REQUIRED:
            if k not in keys:
                errors.append("%s: missing key %s" % (qid, k))
        extra = keys - set(REQUIRED) - set(OPTIONAL)
        if extra:
            errors.append("%s: unexpected keys %s" % (qid, sorted(extra)))
        expected_id = "%s%02d" % (PREFIX, n)
        if qid != expected_id:
            errors.append("%s: expected id %s at line %d" % (qid, expected_id, n))
        if qid in seen:
            errors.append("%s: duplicate id" % qid)
        if not isinstance(q.get("question"), str) or not q.get("question", "").strip():
            errors.append("%s: empty question" % qid)
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append("%s: bad kind %r" % (qid, kind))
        if "follows" in q and q["follows"] not in seen:
            errors.append("%s: follows %r which is not an earlier id" % (qid, q["follows"]))
        seen.append(qid)
        mc = q.get("must_contain")
        if kind == "unanswerable":
            if q.get("answer") != "" or mc != [] or q.get("source") is not None or q.get("page") is not None:
                errors.append("%s: unanswerable shape must be answer '', must_contain [], source null, page null" % qid)
            if qid in PROBES:
                for p in PROBES[qid]():
                    errors.append("%s: near-miss probe: %s" % (qid, p))
            else:
                errors.append("%s: unanswerable without a near-miss probe" % qid)
            continue
        if not isinstance(q.get("answer"), str) or not q.get("answer", "").strip():
            errors.append("%s: empty answer" % qid)
        if not isinstance(mc, list) or not mc or not all(isinstance(s, str) and s.strip() for s in mc):
            errors.append("%s: must_contain must be a non-empty list of strings" % qid)
            continue
        src = q.get("source")
        if not isinstance(src, str) or pdf_path(src) is None:
            errors.append("%s: source not found: %r" % (qid, src))
            continue
        pg = q.get("page")
        pts = pages(src)
        if not isinstance(pg, int) or isinstance(pg, bool) or not 1 <= pg <= len(pts):
            errors.append("%s: page %r out of range 1..%d for %s" % (qid, pg, len(pts), src))
            continue
        t = pts[pg - 1]
        for s in mc:
            if norm(s) not in t:
                errors.append("%s: %r not on %s p%d" % (qid, s, src, pg))
    for e in errors:
        print("ERROR", e)
    kinds = {}
    for q in items:
        kinds[q.get("kind")] = kinds.get(q.get("kind"), 0) + 1
    print("%d questions, kinds %s, follow-ups %d" % (
        len(items), dict(sorted(kinds.items(), key=lambda kv: str(kv[0]))),
        sum(1 for q in items if "follows" in q)))
    print("%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
