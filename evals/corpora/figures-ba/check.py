#!/usr/bin/env python
"""Vérifie figures-ba.jsonl et not_figures-ba.jsonl contre le texte pypdf des PDF de notes-s92.

Racine du dépôt : on remonte depuis ce fichier jusqu'au dossier qui contient pyproject.toml ; les PDF sont
cherchés dans <racine>/evals/corpora/notes-s92/, avec repli sur /work/blind/notes-s92/ (essais avant copie).
Usage : python check.py   (imprime le nombre d'erreurs ; code de sortie 1 s'il y en a)
"""
import json
import math
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "notes-s92"
UNITS = {"%", "€", "/10", "years", "people", "count", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "law number", "scale",
        "threshold", "other"}
MAX_PER_PAGE = 12


def repo_root():
    d = HERE
    while True:
        if os.path.exists(os.path.join(d, "pyproject.toml")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def pdf_dir():
    root = repo_root()
    cands = []
    if root:
        cands.append(os.path.join(root, "evals", "corpora", CORPUS))
    cands.append(os.path.join("/work/blind", CORPUS))
    for c in cands:
        if os.path.isdir(c) and any(f.endswith(".pdf") for f in os.listdir(c)):
            return c, root
    return cands[-1], root


def collapse(s):
    return " ".join(s.split())


WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
         "seize": 16, "vingt": 20, "trente": 30, "cent": 100, "mille": 1000}


def num_token(tok):
    tok = tok.strip().lower()
    if tok in WORDS:
        return WORDS[tok]
    t = tok.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(",", ".")
    try:
        return float(t)
    except ValueError:
        return None


def parse_value(text):
    """Valeur attendue d'après le texte imprimé (unités de base)."""
    t = text.lower().replace("\u00a0", " ").replace("\u202f", " ")
    if "moitié" in t:
        return 50.0
    if "tiers" in t:
        return 100 / 3
    if "dizaine" in t:
        return 10.0
    m = re.search(r"([\w]+)\b[^\d]*? sur (\w+)\b", t)
    if " sur " in t and m:
        words = re.findall(r"[\w]+", t.split(" sur ")[0])
        num = None
        for w in words:
            v = num_token(w)
            if v is not None:
                num = v
                break
        den = num_token(t.split(" sur ")[1].split()[0])
        if num is not None and den:
            return num / den * 100
    m = re.search(r"\d[\d ]*(?:,\d+)?", t)
    if m:
        v = num_token(m.group(0))
        if "milliard" in t:
            v *= 1e9
        elif "million" in t or "m€" in t:
            v *= 1e6
        elif "k€" in t or "milliers" in t:
            v *= 1e3
        return v
    for w in re.findall(r"[\w]+", t):
        v = num_token(w)
        if v is not None:
            return v
    return None


def close(a, b):
    return abs(a - b) <= max(0.01, 1e-6 * abs(b))


def main():
    pdir, root = pdf_dir()
    cache = {}
    errors = []

    def page_text(f, p):
        k = (f, p)
        if k not in cache:
            path = os.path.join(pdir, f)
            if not os.path.exists(path):
                cache[k] = None
            else:
                pages = pypdf.PdfReader(path).pages
                cache[k] = collapse(pages[p - 1].extract_text()) if 1 <= p <= len(pages) else None
        return cache[k]

    def load(name):
        root = repo_root()
        path = os.path.join(root, "evals", "figures", name) if root else ""
        if not (path and os.path.exists(path)):
            path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as fh:
            return [json.loads(l) for l in fh if l.strip()]

    figs = load("figures-ba.jsonl")
    nots = load("not_figures-ba.jsonl")
    per_page = {}
    seen = set()
    fig_pages = set()
    for i, d in enumerate(figs, 1):
        where = "figure %d (%s p.%s %r)" % (i, d.get("file"), d.get("page"), d.get("text"))
        for k in ("file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"):
            if k not in d:
                errors.append(where + " : champ manquant " + k)
        t = page_text(d["file"], d["page"])
        if t is None:
            errors.append(where + " : PDF ou page introuvable")
            continue
        s = collapse(d["sentence"])
        if s not in t:
            errors.append(where + " : sentence absente de la page")
        if d["text"] not in s:
            errors.append(where + " : text absent de sentence")
        occ = s.count(d["text"])
        if occ > 1 and "occurrence" not in d:
            errors.append(where + " : text présent %d fois, occurrence manquante" % occ)
        if "occurrence" in d and not (1 <= d["occurrence"] <= occ):
            errors.append(where + " : occurrence hors limites")
        if d["unit"] not in UNITS:
            errors.append(where + " : unité inconnue " + str(d["unit"]))
        exp = parse_value(d["text"])
        if exp is None or not isinstance(d["value"], (int, float)) or not close(float(d["value"]), exp):
            errors.append(where + " : value %r ne correspond pas au texte (%r)" % (d["value"], exp))
        y = d["year"]
        for yk in ("year", "year_alt"):
            yv = d.get(yk)
            if yv is None:
                continue
            if isinstance(yv, int):
                ok = 1900 <= yv <= 2100
            else:
                ok = isinstance(yv, str) and re.fullmatch(r"(19|20)\d\d-(19|20)\d\d", yv) is not None
            if not ok:
                errors.append(where + " : %s mal formé %r" % (yk, yv))
        if d.get("actor_src") not in (None, "phrase", "contexte", "tableau"):
            errors.append(where + " : actor_src inconnu")
        for alt in d.get("also_printed_as", []) or []:
            if collapse(alt["sentence"]) not in t or alt["text"] not in alt["sentence"]:
                errors.append(where + " : also_printed_as absent de la page")
        key = (d["file"], d["page"], d["value"], d["unit"], d["measure"], str(y), d.get("actor"))
        if key in seen:
            errors.append(where + " : doublon")
        seen.add(key)
        pk = (d["file"], d["page"])
        per_page[pk] = per_page.get(pk, 0) + 1
        fig_pages.add(pk)
    for pk, n in per_page.items():
        if n > MAX_PER_PAGE:
            errors.append("page %s p.%d : %d chiffres (> %d)" % (pk[0], pk[1], n, MAX_PER_PAGE))
    for i, d in enumerate(nots, 1):
        where = "non-chiffre %d (%s p.%s %r)" % (i, d.get("file"), d.get("page"), d.get("text"))
        t = page_text(d["file"], d["page"])
        if t is None:
            errors.append(where + " : PDF ou page introuvable")
            continue
        s = collapse(d["sentence"])
        if s not in t:
            errors.append(where + " : sentence absente de la page")
        if d["text"] not in s:
            errors.append(where + " : text absent de sentence")
        if d.get("why") not in WHYS:
            errors.append(where + " : why inconnu " + str(d.get("why")))
        if (d["file"], d["page"]) not in fig_pages:
            errors.append(where + " : page sans chiffre du jeu")
    for e in errors:
        print(e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF lus dans %s ; racine %s) : %d erreur(s)"
          % (len(figs), len(nots), pdir, root, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
