# -*- coding: utf-8 -*-
"""Vérifie le jeu BE (figures-be.jsonl, not_figures-be.jsonl) contre le texte pypdf des PDF notes-s96.

Usage : python check.py   (depuis n'importe quel dossier)

Racine du dépôt : premier dossier parent qui contient pyproject.toml ; les PDF sont cherchés dans
<racine>/evals/corpora/notes-s96/, avec repli sur /work/blind/notes-s96/ (essais avant la copie).
Imprime le nombre d'erreurs (0 attendu).
"""
import json
import os
import re
import sys

import pypdf

CORPUS = "notes-s96"
HERE = os.path.dirname(os.path.abspath(__file__))
FIG = os.path.join(HERE, "figures-be.jsonl")
NFIG = os.path.join(HERE, "not_figures-be.jsonl")
UNITS = {"%", "€", "/10", "years", "people", "count", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "law number", "scale",
        "threshold", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
MAX_PER_PAGE = 12
FIG_KEYS = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
NFIG_KEYS = ["file", "page", "text", "sentence", "why"]


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
    if root:
        cand = os.path.join(root, "evals", "corpora", CORPUS)
        if os.path.isdir(cand) and any(f.endswith(".pdf") for f in os.listdir(cand)):
            return cand
    return os.path.join("/work/blind", CORPUS)


def collapse(s):
    return " ".join(s.split())


WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100, "mille": 1000}
APPROX = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "centaine": 100}
NUM_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def num(tok):
    tok = tok.lower()
    if tok in WORDS:
        return float(WORDS[tok])
    m = NUM_RE.fullmatch(tok)
    if m:
        return float(re.sub(r"[ \u00a0\u202f]", "", tok).replace(",", "."))
    return None


def expected_values(item):
    """Valeurs admises pour le texte imprimé (plusieurs lectures possibles)."""
    t = collapse(item["text"]).lower()
    note = (item.get("note") or "").lower()
    unit = item["unit"]
    # fractions et proportions en lettres : « neuf maires sur dix », « trois sur quatre »
    m = re.fullmatch(r"(\S+)(?: .+)? sur (\S+)", t)
    if m and num(m.group(1)) is not None and num(m.group(2)):
        return [100.0 * num(m.group(1)) / num(m.group(2))]
    if "moitié" in t:
        return [50.0]
    m = re.search(r"(\S+) (tiers|quarts?)$", t)
    if m and num(m.group(1)) is not None:
        return [100.0 * num(m.group(1)) / (3 if m.group(2) == "tiers" else 4)]
    for w, v in APPROX.items():
        if w in t:
            return [float(v)]
    m = NUM_RE.search(t)
    if m:
        base = float(re.sub(r"[ \u00a0\u202f]", "", m.group()).replace(",", "."))
    else:
        first = t.split()[0]
        if num(first) is None:
            return []
        base = num(first)
    mult = 1.0
    if "milliard" in t:
        mult = 1e9
    elif "million" in t or "m€" in t:
        mult = 1e6
    elif "k€" in t or "millier" in t:
        mult = 1e3
    elif unit == "€" and ("k€" in note or "milliers d'euros" in note):
        mult = 1e3
    return [base * mult]


def main():
    folder = pdf_dir()
    pages = {}

    def page_text(f, p):
        key = (f, p)
        if key not in pages:
            path = os.path.join(folder, f)
            r = pypdf.PdfReader(path)
            pages[key] = collapse(r.pages[p - 1].extract_text()) if 1 <= p <= len(r.pages) else None
        return pages[key]

    errors = []

    def err(kind, i, item, msg):
        errors.append("%s l.%d (%s p%s %r) : %s" % (kind, i, item.get("file"), item.get("page"), item.get("text"), msg))

    root = repo_root()
    data = os.path.join(root, "evals", "figures") if root else HERE
    figs = [json.loads(l) for l in open(os.path.join(data, "figures-be.jsonl"), encoding="utf-8") if l.strip()]
    nfigs = [json.loads(l) for l in open(os.path.join(data, "not_figures-be.jsonl"), encoding="utf-8") if l.strip()]

    def common(kind, i, it, keys):
        for k in keys:
            if k not in it:
                err(kind, i, it, "champ manquant %s" % k)
                return False
        if not os.path.exists(os.path.join(folder, it["file"])):
            err(kind, i, it, "PDF introuvable dans %s" % folder)
            return False
        t = page_text(it["file"], it["page"])
        if t is None:
            err(kind, i, it, "page hors du PDF")
            return False
        s = it["sentence"]
        if s != collapse(s):
            err(kind, i, it, "phrase non repliée")
        if collapse(s) not in t:
            err(kind, i, it, "phrase absente de la page")
        n = s.count(it["text"])
        if n == 0:
            err(kind, i, it, "texte absent de la phrase")
        elif n > 1 and "occurrence" not in it:
            err(kind, i, it, "texte présent %d fois : occurrence requise" % n)
        if "occurrence" in it and not (1 <= it["occurrence"] <= n):
            err(kind, i, it, "occurrence %s hors limites (%d)" % (it["occurrence"], n))
        return True

    per_page = {}
    seen = set()
    for i, it in enumerate(figs, 1):
        if not common("chiffre", i, it, FIG_KEYS):
            continue
        if it["unit"] not in UNITS:
            err("chiffre", i, it, "unité inconnue %r" % it["unit"])
        if not isinstance(it["value"], (int, float)) or isinstance(it["value"], bool):
            err("chiffre", i, it, "valeur non numérique")
        else:
            exp = expected_values(it)
            if not any(abs(it["value"] - e) <= 0.01 + 1e-9 * abs(e) for e in exp):
                err("chiffre", i, it, "valeur %r ne correspond pas au texte (attendu %r)" % (it["value"], exp))
        for yk in ("year", "year_alt"):
            y = it.get(yk)
            if y is None:
                continue
            if isinstance(y, bool) or not (isinstance(y, int) and 1900 <= y <= 2100
                                           or isinstance(y, str) and re.fullmatch(r"(19|20)\d\d-(19|20)\d\d", y)):
                err("chiffre", i, it, "%s mal formé %r" % (yk, y))
        if it.get("actor_src", None) not in ACTOR_SRC:
            err("chiffre", i, it, "actor_src inconnu %r" % it.get("actor_src"))
        if (it["actor"] is None) != (it.get("actor_src") is None):
            err("chiffre", i, it, "actor et actor_src incohérents")
        if not it["measure"]:
            err("chiffre", i, it, "mesure vide")
        for a in it.get("also_printed_as", []):
            t = page_text(it["file"], it["page"])
            if collapse(a["sentence"]) not in t or a["text"] not in a["sentence"]:
                err("chiffre", i, it, "also_printed_as absent de la page : %r" % a["text"])
        key = (it["file"], it["page"])
        per_page[key] = per_page.get(key, 0) + 1
        k2 = (it["file"], it["page"], it["text"], it["sentence"], it.get("occurrence", 1))
        if k2 in seen:
            err("chiffre", i, it, "doublon")
        seen.add(k2)
    for key, n in sorted(per_page.items()):
        if n > MAX_PER_PAGE:
            errors.append("page %s p%d : %d chiffres (> %d)" % (key[0], key[1], n, MAX_PER_PAGE))
    seen_n = set()
    for i, it in enumerate(nfigs, 1):
        if not common("non-chiffre", i, it, NFIG_KEYS):
            continue
        if it["why"] not in WHYS:
            err("non-chiffre", i, it, "why inconnu %r" % it["why"])
        if (it["file"], it["page"]) not in per_page:
            err("non-chiffre", i, it, "page sans chiffre du jeu")
        k2 = (it["file"], it["page"], it["text"], it["sentence"], it.get("occurrence", 1))
        if k2 in seen_n or k2 in seen:
            err("non-chiffre", i, it, "doublon")
        seen_n.add(k2)

    for e in errors:
        print(e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF : %s) : %d erreur(s)" % (len(figs), len(nfigs), folder, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
