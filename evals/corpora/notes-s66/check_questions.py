# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl du jeu s66.

Usage : python check_questions.py [questions.jsonl] [--prefix s66]
Contrôles : clés, kinds, ids uniques avec préfixe et numérotés, `follows` vers un id antérieur,
forme des `unanswerable`, et présence de chaque chaîne `must_contain` sur la page indiquée
(texte pypdf normalisé : casse, accents, apostrophes, espaces ; espace avant %/€ et
séparateurs de milliers ignorés). Code de sortie 1 à la moindre erreur.
"""
import json
import os
import re
import sys
import unicodedata

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
KINDS = {"figure", "when", "who", "list", "definition", "unanswerable"}
REQ = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPT = {"also", "follows"}


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower()
    s = re.sub(r"[\u2019\u2018\u02bc`´]", "'", s)
    s = re.sub(r"[\u2010\u2011\u2012\u2013\u2014]", "-", s)
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"(?<=\d)[ .](?=\d{3}\b)", "", s)   # séparateurs de milliers
    s = re.sub(r"(?<=\d)[ .](?=\d{3}\b)", "", s)
    s = re.sub(r" (?=[%€])", "", s)                 # espace avant % et €
    return s.strip()


_cache = {}


def page_text(source, page):
    key = source
    if key not in _cache:
        path = os.path.join(HERE, source)
        if not os.path.exists(path):
            path = os.path.join(REAL, source)
        if not os.path.exists(path):
            return None, "fichier introuvable: %s" % source
        r = PdfReader(path)
        _cache[key] = [p.extract_text() or "" for p in r.pages]
    pages = _cache[key]
    if not isinstance(page, int) or page < 1 or page > len(pages):
        return None, "page hors limites: %s p.%s (%d pages)" % (source, page, len(pages))
    return norm(pages[page - 1]), None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    prefix = "s66"
    if "--prefix" in sys.argv:
        prefix = sys.argv[sys.argv.index("--prefix") + 1]
        if prefix in args:
            args.remove(prefix)
    path = args[0] if args else os.path.join(HERE, "questions.jsonl")
    errors = []
    seen = []
    n = 0
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            n += 1
            try:
                q = json.loads(line)
            except Exception as e:
                errors.append("ligne %d: JSON invalide (%s)" % (ln, e))
                continue
            qid = q.get("id", "?")
            keys = set(q)
            if REQ - keys:
                errors.append("%s: clés manquantes %s" % (qid, sorted(REQ - keys)))
            if keys - REQ - OPT:
                errors.append("%s: clés inconnues %s" % (qid, sorted(keys - REQ - OPT)))
            if not re.fullmatch(re.escape(prefix) + r"\d{2}", str(qid)):
                errors.append("%s: id mal formé" % qid)
            elif str(qid) != "%s%02d" % (prefix, n):
                errors.append("%s: id attendu %s%02d" % (qid, prefix, n))
            if qid in seen:
                errors.append("%s: id en double" % qid)
            if q.get("kind") not in KINDS:
                errors.append("%s: kind invalide %r" % (qid, q.get("kind")))
            for k in ("question", "answer"):
                if not isinstance(q.get(k), str) or not q.get(k).strip():
                    errors.append("%s: %s vide" % (qid, k))
            if "follows" in q and q["follows"] not in seen:
                errors.append("%s: follows %r ne désigne pas un id antérieur" % (qid, q["follows"]))
            mc = q.get("must_contain")
            if not isinstance(mc, list):
                errors.append("%s: must_contain doit être une liste" % qid)
                mc = []
            if q.get("kind") == "unanswerable":
                if mc != [] or q.get("source") is not None or q.get("page") is not None:
                    errors.append("%s: unanswerable doit avoir must_contain=[], source=null, page=null" % qid)
                if "also" in q:
                    errors.append("%s: unanswerable sans also" % qid)
            else:
                if not mc:
                    errors.append("%s: must_contain vide" % qid)
                if len(mc) > 3:
                    errors.append("%s: plus de 3 chaînes must_contain" % qid)
                txt, err = page_text(q.get("source"), q.get("page"))
                if err:
                    errors.append("%s: %s" % (qid, err))
                else:
                    for m in mc:
                        if not isinstance(m, str) or norm(m) not in txt:
                            errors.append("%s: %r absent de %s p.%s" % (qid, m, q.get("source"), q.get("page")))
                for a in q.get("also", []):
                    t2, err = page_text(a.get("source"), a.get("page"))
                    if err:
                        errors.append("%s (also): %s" % (qid, err))
                    else:
                        for m in mc:
                            if norm(m) not in t2:
                                errors.append("%s (also): %r absent de %s p.%s" % (qid, m, a.get("source"), a.get("page")))
            seen.append(qid)
    for e in errors:
        print("ERREUR", e)
    print("%d questions lues, %d erreur(s)" % (n, len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
