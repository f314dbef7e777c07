# -*- coding: utf-8 -*-
"""Vérifie le jeu AZ (figures-az.jsonl, not_figures-az.jsonl) contre le texte pypdf des PDF notes-s91.

Racine du dépôt : on remonte depuis ce fichier jusqu'au dossier qui contient pyproject.toml ; les PDF sont
attendus dans <racine>/evals/corpora/notes-s91/. S'ils n'y sont pas (essais avant la copie), repli sur
/work/blind/notes-s91/.

Contrôles : chaque `sentence` (blancs repliés) est dans le texte de sa page ; `text` est dans `sentence`
(au moins `occurrence` fois) ; `value` correspond à `text` ; unité, `why`, `actor_src` et forme de `year`
dans les listes ; chaque `also_printed_as` est sur la même page ; au plus 12 chiffres par page ; les
non-chiffres sont pris sur des pages qui portent un chiffre du jeu ; pas de doublon.

Usage : python check.py        (imprime le nombre d'erreurs)
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "notes-s91"
FALLBACK = "/work/blind/" + CORPUS
UNITS = {"%", "€", "/10", "years", "people", "count", "pts"}
WHY = {"year", "date", "page number", "footnote", "ordinal", "section number", "law number", "scale",
       "threshold", "other"}
SRC = {"phrase", "contexte", "tableau", None}
MAX_PER_PAGE = 12
WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100, "mille": 1000}


def find_root():
    d = HERE
    while True:
        if os.path.exists(os.path.join(d, "pyproject.toml")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def pdf_dir():
    root = find_root()
    if root:
        cand = os.path.join(root, "evals", "corpora", CORPUS)
        if os.path.isdir(cand) and any(n.endswith(".pdf") for n in os.listdir(cand)):
            return root, cand
    return root, FALLBACK


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def word_value(w):
    w = w.lower().strip(" ,.;:")
    if w in WORDS:
        return WORDS[w]
    if w == "dizaine":
        return 10
    if w == "moitié":
        return 50
    return None


def parse_value(text, unit):
    """Valeur attendue d'après le texte imprimé (None si illisible)."""
    t = collapse(text.replace("\u00a0", " ").replace("\u202f", " "))
    low = t.lower()
    # fractions en lettres : « quatre maires sur dix », « un maire sur deux »
    m = re.match(r"^(?:près d'|plus d')?(\S+) .*\bsur (\S+)$", low)
    if m and unit == "%":
        a, b = word_value(m.group(1)) or _num(m.group(1)), word_value(m.group(2)) or _num(m.group(2))
        if a and b:
            return round(100.0 * a / b, 2)
    m = re.search(r"([+\-–−±]?)\s?(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?", t)
    if m:
        v = float(m.group(2).replace(" ", "") + ("." + m.group(3) if m.group(3) else ""))
        if m.group(1) in ("-", "–", "−"):
            v = -v
        rest = t[m.end():]
        if re.match(r"^\s*k€", rest):
            v *= 1e3
        elif re.match(r"^\s*(M€|millions?\b)", rest):
            v *= 1e6
        elif re.match(r"^\s*(Md€|milliards?\b)", rest):
            v *= 1e9
        return v
    first = low.split()[0] if low.split() else ""
    v = word_value(first)
    if v is None and len(low.split()) > 1:
        v = word_value(low.split()[-1])
    return v


def _num(s):
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


def year_ok(y):
    return y is None or (isinstance(y, int) and 1900 <= y <= 2100) or (
        isinstance(y, str) and re.fullmatch(r"(19|20)\d\d-(19|20)\d\d", y) is not None)


def main():
    root, pdfs = pdf_dir()
    cache = {}

    def page_text(fn, p):
        key = (fn, p)
        if key not in cache:
            path = os.path.join(pdfs, fn)
            if not os.path.exists(path):
                cache[key] = None
            else:
                r = pypdf.PdfReader(path)
                cache[key] = collapse(r.pages[p - 1].extract_text()) if 1 <= p <= len(r.pages) else None
        return cache[key]

    errors = []

    def err(kind, it, msg=""):
        errors.append("%s : %s p.%s « %s » %s" % (kind, it.get("file"), it.get("page"), it.get("text"), msg))

    def load(name):
        root = find_root()
        path = os.path.join(root, "evals", "figures", name) if root else ""
        if not (path and os.path.exists(path)):
            path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as fh:
            return [json.loads(l) for l in fh if l.strip()]

    figs = load("figures-az.jsonl")
    nfs = load("not_figures-az.jsonl")
    per_page, seen = {}, set()
    need_f = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
    need_n = ["file", "page", "text", "sentence", "why"]

    for kind, items, need in (("chiffre", figs, need_f), ("non-chiffre", nfs, need_n)):
        for it in items:
            missing = [k for k in need if k not in it]
            if missing:
                err("champ manquant", it, str(missing))
                continue
            pg = page_text(it["file"], it["page"])
            if pg is None:
                err("page ou PDF introuvable", it)
                continue
            s = collapse(it["sentence"])
            if s != it["sentence"]:
                err("phrase non repliée", it)
            if s not in pg:
                err("phrase absente de la page", it, s[:70])
            occ = it.get("occurrence", 1)
            if s.count(it["text"]) < occ:
                err("texte absent de la phrase", it, "occurrence %s" % occ)
            key = (it["file"], it["page"], it["text"], s, occ)
            if key in seen:
                err("doublon", it)
            seen.add(key)
            for a in it.get("also_printed_as", []) or []:
                if collapse(a["sentence"]) not in pg or a["text"] not in a["sentence"]:
                    err("also_printed_as absent de la page", it, a["text"])
            if kind == "chiffre":
                per_page[(it["file"], it["page"])] = per_page.get((it["file"], it["page"]), 0) + 1
                if it["unit"] not in UNITS:
                    err("unité hors liste", it, it["unit"])
                exp = parse_value(it["text"], it["unit"])
                if exp is None or abs(exp - float(it["value"])) > 0.01:
                    err("valeur", it, "%s attendu %s" % (it["value"], exp))
                if not year_ok(it["year"]) or not year_ok(it.get("year_alt")):
                    err("année", it, str(it["year"]))
                if it.get("actor_src", None) not in SRC:
                    err("actor_src", it, str(it.get("actor_src")))
                if it["unit"] in ("count", "people") and not it["noun"]:
                    err("noun manquant", it)
            else:
                if it["why"] not in WHY:
                    err("why hors liste", it, it["why"])

    for (fn, p), c in per_page.items():
        if c > MAX_PER_PAGE:
            errors.append("plus de %d chiffres : %s p.%s (%d)" % (MAX_PER_PAGE, fn, p, c))
    for it in nfs:
        if (it["file"], it["page"]) not in per_page:
            err("non-chiffre sur une page sans chiffre du jeu", it)

    for e in errors:
        print(e)
    print("%d chiffres, %d non-chiffres vérifiés (racine %s, PDF %s) : %d erreur(s)"
          % (len(figs), len(nfs), root, pdfs, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
