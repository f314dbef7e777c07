#!/usr/bin/env python
"""Vérifie le jeu « à l'aveugle » AU (figures-au.jsonl, not_figures-au.jsonl) contre le texte pypdf des PDF.

Racine du dépôt : on remonte depuis ce fichier jusqu'au dossier qui contient `pyproject.toml`
(repli : variable FIGURES_REPO_ROOT, puis /work/main). Les PDF sont lus dans evals/corpora/notes-sNN/.
Imprime le nombre d'erreurs (0 attendu).
"""
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
UNITS = {"%", "€", "/10", "years", "people", "count", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "law number", "scale",
        "threshold", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
MAX_PER_PAGE = 10
FIG_KEYS = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
NF_KEYS = ["file", "page", "text", "sentence", "why"]
WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
         "seize": 16, "vingt": 20, "trente": 30, "cent": 100, "mille": 1000,
         "la moitié": 50, "moitié": 50, "une dizaine": 10, "dizaine": 10}


def repo_root():
    for d in [HERE, *HERE.parents]:
        if (d / "pyproject.toml").is_file():
            return d
    env = os.environ.get("FIGURES_REPO_ROOT")
    if env:
        return Path(env)
    return Path("/work/main")


ROOT = repo_root()
_cache = {}


def fold(s):
    return " ".join(s.split())


def page_text(file, page):
    key = (file, page)
    if key not in _cache:
        m = re.match(r"obs-(s\d+)-", file)
        pdf = ROOT / "evals" / "corpora" / f"notes-{m.group(1)}" / file
        reader = pypdf.PdfReader(str(pdf))
        _cache[key] = fold(reader.pages[page - 1].extract_text()) if 1 <= page <= len(reader.pages) else None
    return _cache[key]


def parse_value(text):
    """Valeur d'un texte de chiffre, en unités de base (None si illisible)."""
    t = fold(text)
    low = t.lower()
    if low in WORDS:
        return float(WORDS[low])
    m = re.search(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?", t)
    if not m:
        return None
    v = float(re.sub(r"[ \u00a0\u202f]", "", m.group(0)).replace(",", "."))
    if "M€" in t or "million" in low:
        v *= 1e6
    elif "k€" in low:
        v *= 1e3
    elif "milliard" in low:
        v *= 1e9
    return v


def count_occ(text, sentence):
    """Occurrences de `text` dans `sentence`, sans compter un nombre pris dans un autre nombre ou un mot."""
    n = len(re.findall(r"(?<![\w])" + re.escape(text) + r"(?![\d])", sentence))
    return n if n else sentence.count(text)


def check_year(y):
    return y is None or isinstance(y, int) and 1900 < y < 2100 or \
        isinstance(y, str) and re.fullmatch(r"(19|20)\d\d-(19|20)\d\d", y) is not None


def main():
    errs = []
    figs = [json.loads(l) for l in open(ROOT / "evals" / "figures" / "figures-au.jsonl", encoding="utf-8") if l.strip()]
    nfs = [json.loads(l) for l in open(ROOT / "evals" / "figures" / "not_figures-au.jsonl", encoding="utf-8") if l.strip()]

    def err(kind, d, msg):
        errs.append(f"{kind} {d.get('file')} p{d.get('page')} « {d.get('text')} » : {msg}")

    def common(kind, d, keys):
        for k in keys:
            if k not in d:
                err(kind, d, f"champ manquant {k}")
                return False
        pg = page_text(d["file"], d["page"])
        if pg is None:
            err(kind, d, "page absente du PDF")
            return False
        if fold(d["sentence"]) != d["sentence"]:
            err(kind, d, "blancs non repliés dans sentence")
        if fold(d["sentence"]) not in pg:
            err(kind, d, "sentence absente de la page")
        if d["text"] not in d["sentence"]:
            err(kind, d, "text absent de sentence")
        else:
            n = count_occ(d["text"], d["sentence"])
            if n > 1 and not (isinstance(d.get("occurrence"), int) and 1 <= d["occurrence"] <= n):
                err(kind, d, f"text présent {n} fois : occurrence requise")
        return True

    keys = Counter()
    per_page = Counter()
    for d in figs:
        if not common("FIG", d, FIG_KEYS):
            continue
        pg = page_text(d["file"], d["page"])
        if d["unit"] not in UNITS:
            err("FIG", d, f"unité inconnue {d['unit']}")
        v = parse_value(d["text"])
        if v is None or not isinstance(d["value"], (int, float)) or abs(v - d["value"]) > 1e-6 * max(1, abs(v)):
            err("FIG", d, f"value {d['value']} ≠ texte ({v})")
        if d["unit"] in ("count", "people") and not d["noun"]:
            err("FIG", d, "noun manquant pour un compte")
        if d["unit"] not in ("count", "people") and d["noun"] is not None:
            err("FIG", d, "noun doit être null hors count/people")
        for y in ("year", "year_alt"):
            if y in d and not check_year(d[y]):
                err("FIG", d, f"{y} mal formé : {d[y]}")
        if d.get("actor_src", None) not in ACTOR_SRC:
            err("FIG", d, f"actor_src inconnu {d.get('actor_src')}")
        if d["actor"] is None and d.get("actor_src") is not None:
            err("FIG", d, "actor null mais actor_src non null")
        if not d["measure"]:
            err("FIG", d, "measure vide")
        for a in d.get("also_printed_as", []):
            if fold(a["sentence"]) not in pg or a["text"] not in a["sentence"]:
                err("FIG", d, f"also_printed_as introuvable : {a['text']}")
            va = parse_value(a["text"])
            if va is None or abs(va - d["value"]) > 1e-6 * max(1, abs(va)):
                err("FIG", d, f"also_printed_as « {a['text']} » ne redit pas la valeur")
        key = (d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence", 1))
        keys[key] += 1
        if keys[key] > 1:
            err("FIG", d, "doublon")
        per_page[(d["file"], d["page"])] += 1
    for (f, p), n in per_page.items():
        if n > MAX_PER_PAGE:
            errs.append(f"PAGE {f} p{p} : {n} chiffres (> {MAX_PER_PAGE})")

    nkeys = Counter()
    for d in nfs:
        if not common("NF", d, NF_KEYS):
            continue
        if d["why"] not in WHYS:
            err("NF", d, f"why inconnu {d['why']}")
        if (d["file"], d["page"]) not in per_page:
            err("NF", d, "page sans chiffre du jeu")
        key = (d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence", 1))
        nkeys[key] += 1
        if nkeys[key] > 1 or key in keys:
            err("NF", d, "doublon (ou aussi dans figures)")

    for e in errs:
        print(e)
    print(f"{len(figs)} chiffres, {len(nfs)} non-chiffres vérifiés (racine {ROOT}) : {len(errs)} erreur(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
