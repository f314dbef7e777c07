#!/usr/bin/env python3
"""Vérifie questions.jsonl (jeu sNN) : clés, types, identifiants, follows, inaccessibles,
et présence de chaque must_contain sur la page indiquée (texte pypdf normalisé).

Usage : python check_questions.py questions.jsonl --prefix s65 --pdf-dir DIR [--pdf-dir DIR ...]
Code de sortie 1 à la moindre erreur.
"""
import argparse
import json
import os
import re
import sys
import unicodedata

import pypdf

KINDS = {"figure", "when", "who", "list", "definition", "unanswerable"}
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"also", "follows"}


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower()
    s = re.sub(r"[\u2019\u2018\u02bc`´]", "'", s)
    s = re.sub(r"[\u2010\u2011\u2012\u2013\u2014]", "-", s)
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r" (?=[%€])", "", s)
    s = re.sub(r"(?<=\d)[ .,](?=\d{3}(?!\d))", "", s)
    return s.strip()


_cache = {}


def page_text(path, page):
    if path not in _cache:
        r = pypdf.PdfReader(path)
        _cache[path] = [norm(p.extract_text() or "") for p in r.pages]
    pages = _cache[path]
    if not 1 <= page <= len(pages):
        return None
    return pages[page - 1]


def find_pdf(name, dirs):
    for d in dirs:
        p = os.path.join(d, name)
        if os.path.isfile(p):
            return p
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("questions")
    ap.add_argument("--prefix", required=True)
    ap.add_argument("--pdf-dir", action="append", required=True)
    ap.add_argument("--expect", type=int, default=60)
    a = ap.parse_args()
    errors, warnings = [], []
    seen = []
    with open(a.questions, encoding="utf-8") as f:
        lines = [l for l in f.read().splitlines() if l.strip()]
    if len(lines) != a.expect:
        errors.append("nombre de questions : %d (attendu %d)" % (len(lines), a.expect))
    for n, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append("ligne %d : JSON invalide (%s)" % (n, e))
            continue
        qid = q.get("id", "?")
        keys = set(q)
        if REQUIRED - keys:
            errors.append("%s : clés manquantes %s" % (qid, sorted(REQUIRED - keys)))
        if keys - REQUIRED - OPTIONAL:
            errors.append("%s : clés inconnues %s" % (qid, sorted(keys - REQUIRED - OPTIONAL)))
        if not re.fullmatch(re.escape(a.prefix) + r"\d{2}", str(qid)):
            errors.append("%s : identifiant hors format %s01..%s60" % (qid, a.prefix, a.prefix))
        if qid in seen:
            errors.append("%s : identifiant en double" % qid)
        if q.get("kind") not in KINDS:
            errors.append("%s : kind inconnu %r" % (qid, q.get("kind")))
        for k in ("question", "answer"):
            if not isinstance(q.get(k), str) or not q.get(k).strip():
                errors.append("%s : %s vide" % (qid, k))
        if "follows" in q and q["follows"] not in seen:
            errors.append("%s : follows=%r ne désigne pas une question antérieure" % (qid, q["follows"]))
        mc = q.get("must_contain")
        if not isinstance(mc, list):
            errors.append("%s : must_contain n'est pas une liste" % qid)
            mc = []
        if q.get("kind") == "unanswerable":
            if mc != [] or q.get("source") is not None or q.get("page") is not None:
                errors.append("%s : inaccessible mal formée (must_contain [], source/page null)" % qid)
            if "also" in q:
                errors.append("%s : inaccessible avec also" % qid)
        else:
            if not (1 <= len(mc) <= 3):
                errors.append("%s : must_contain doit compter 1 à 3 chaînes" % qid)
            src, page = q.get("source"), q.get("page")
            path = find_pdf(src, a.pdf_dir) if isinstance(src, str) else None
            if not path:
                errors.append("%s : source introuvable %r" % (qid, src))
            elif not isinstance(page, int):
                errors.append("%s : page non entière" % qid)
            else:
                txt = page_text(path, page)
                if txt is None:
                    errors.append("%s : page %s hors du PDF" % (qid, page))
                else:
                    for m in mc:
                        if not isinstance(m, str) or not m.strip():
                            errors.append("%s : chaîne vide dans must_contain" % qid)
                        elif norm(m) not in txt:
                            errors.append("%s : %r absent de %s p.%d" % (qid, m, src, page))
            for al in q.get("also", []):
                p2 = find_pdf(al.get("source"), a.pdf_dir)
                if not p2 or page_text(p2, al.get("page", 0)) is None:
                    errors.append("%s : also invalide %r" % (qid, al))
                    continue
                t2 = page_text(p2, al["page"])
                miss = [m for m in mc if norm(m) not in t2]
                if miss:
                    warnings.append("%s : also %s p.%d ne porte pas %s" % (qid, al["source"], al["page"], miss))
        seen.append(qid)
    for w in warnings:
        print("AVERTISSEMENT", w)
    for e in errors:
        print("ERREUR", e)
    print("%d questions lues, %d erreur(s), %d avertissement(s)" % (len(lines), len(errors), len(warnings)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
