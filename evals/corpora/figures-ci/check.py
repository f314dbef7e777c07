#!/usr/bin/env python
"""Vérifie figures-ci.jsonl et not_figures-ci.jsonl contre les PDF du corpus notes-s126.

Autonome : bibliothèque standard + pypdf.  Imprime le nombre d'erreurs ; code de sortie 1 s'il y en a.
PDF : <racine>/evals/corpora/notes-s126, sinon /work/blind/notes-s126.
JSONL : <racine>/evals/figures/, sinon à côté de ce script.
<racine> = premier parent contenant pyproject.toml, depuis le dossier courant puis depuis celui du script.
"""
import json
import os
import re
import sys
from collections import Counter

import pypdf

NAME = "ci"
CORPUS = "notes-s126"
UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
FIG_KEYS = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPT = {"actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
           "also_printed_as", "note"}
NOT_KEYS = ["file", "page", "text", "sentence", "why"]
NOT_OPT = {"occurrence", "note"}
MAX_PER_PAGE = 12

HERE = os.path.dirname(os.path.abspath(__file__))


def find_root():
    for start in (os.getcwd(), HERE):
        d = os.path.abspath(start)
        while True:
            if os.path.isfile(os.path.join(d, "pyproject.toml")):
                return d
            parent = os.path.dirname(d)
            if parent == d:
                break
            d = parent
    return None


ROOT = find_root()
PDF_DIR = None
if ROOT and os.path.isdir(os.path.join(ROOT, "evals", "corpora", CORPUS)):
    PDF_DIR = os.path.join(ROOT, "evals", "corpora", CORPUS)
else:
    PDF_DIR = "/work/blind/" + CORPUS
JSON_DIR = HERE
if ROOT and os.path.isfile(os.path.join(ROOT, "evals", "figures", f"figures-{NAME}.jsonl")):
    JSON_DIR = os.path.join(ROOT, "evals", "figures")

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


_pages = {}


def page_text(file, page):
    if file not in _pages:
        path = os.path.join(PDF_DIR, file)
        if not os.path.isfile(path):
            _pages[file] = None
        else:
            r = pypdf.PdfReader(path)
            _pages[file] = [" ".join((p.extract_text() or "").split()) for p in r.pages]
    pages = _pages[file]
    if pages is None or not isinstance(page, int) or page < 1 or page > len(pages):
        return None
    return pages[page - 1]


# ------------------------------------------------------------------ valeurs
WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000}
FRACTIONS = {"moitié": 50.0, "tiers": 100 / 3, "quart": 25.0, "quarts": 25.0}
DENOM = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dix": 10}


def words_value(words):
    total, cur = 0, 0
    for w in words:
        if w == "et":
            continue
        if w not in WORDS:
            return None
        n = WORDS[w]
        if n == 1000:
            total += max(cur, 1) * 1000
            cur = 0
        elif n == 100:
            cur = max(cur, 1) * 100
        else:
            cur += n
    return total + cur


def num(s):
    s = s.replace("\u202f", " ").replace("\xa0", " ").strip()
    s = re.sub(r"(?<=\d) (?=\d{3}\b)", "", s)
    return float(s.replace(",", "."))


def expected_values(text):
    """Valeurs admises (en unités de base) et famille d'unités pour le texte imprimé."""
    t = text.strip().lower().lstrip("+").strip()
    m = re.fullmatch(r"(\d+(?:,\d+)?)\s*(?:/\s*10|sur 10)", t)
    if m:
        return [num(m.group(1))], {"/10"}
    m = re.fullmatch(r"(\d+|\w+) sur (\d+|\w+)", t)
    if m:
        a, b = m.groups()
        a = float(a) if a.isdigit() else WORDS.get(a)
        b = float(b) if b.isdigit() else DENOM.get(b, WORDS.get(b))
        if a is not None and b:
            return [100.0 * a / b], {"%"}
    m = re.fullmatch(r"(?:la |une |un |(\w+) )?(moitié|tiers|quarts?)", t)
    if m:
        k = WORDS.get(m.group(1), 1) if m.group(1) else 1
        return [k * FRACTIONS[m.group(2)]], {"%"}
    m = re.fullmatch(r"(\d[\d ]*(?:,\d+)?)\s*(%|€|m€|millions?(?: d'euros)?|ans?|points?|pts?)?", t)
    if m:
        v, u = num(m.group(1)), m.group(2)
        if u is None:
            return [v], {"count", "people", "/10"} if v <= 10 else {"count", "people"}
        if u == "%":
            return [v], {"%"}
        if u == "€":
            return [v], {"€"}
        if u.startswith("m"):
            return [v * 1e6], {"M€"}
        if u.startswith("an"):
            return [v], {"years"}
        return [v], {"pts"}
    m = re.fullmatch(r"([a-zéè\- ]+?)(?: (ans?|points?))?", t)
    if m:
        v = words_value(m.group(1).replace("-", " ").split())
        if v is not None:
            u = m.group(2)
            if u is None:
                return [float(v)], {"count", "people"}
            return [float(v)], {"years"} if u.startswith("an") else {"pts"}
    return None, None


def check_year(where, y, field):
    if y is None:
        return
    if isinstance(y, bool):
        err(where, f"{field} booléen")
    elif isinstance(y, int):
        if not 1900 <= y <= 2100:
            err(where, f"{field} hors plage : {y}")
    elif isinstance(y, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", y)
        if not m or not (1900 <= int(m.group(1)) < int(m.group(2)) <= 2100):
            err(where, f"{field} mal formé : {y!r}")
    else:
        err(where, f"{field} de type {type(y).__name__}")


def check_span(where, file, page, sentence, text, occurrence):
    txt = page_text(file, page)
    if txt is None:
        err(where, f"page {page} de {file} introuvable")
        return
    if not isinstance(sentence, str) or sentence != " ".join(sentence.split()):
        err(where, "sentence non repliée")
        return
    if sentence not in txt:
        err(where, f"sentence absente de la page : {sentence[:60]!r}")
    if not isinstance(text, str) or not text or text not in sentence:
        err(where, f"text {text!r} absent de la phrase")
        return
    n = sentence.count(text)
    if n > 1 and occurrence is None:
        err(where, f"text {text!r} figure {n} fois dans la phrase : occurrence requise")
    if occurrence is not None and not (isinstance(occurrence, int) and 1 <= occurrence <= n):
        err(where, f"occurrence {occurrence} invalide ({n} présence(s))")


def load(name):
    path = os.path.join(JSON_DIR, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append((i, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"{name}:{i}", f"JSON invalide ({e})")
    return rows


def main():
    figs = load(f"figures-{NAME}.jsonl")
    nots = load(f"not_figures-{NAME}.jsonl")
    per_page = Counter()
    seen = set()
    for i, d in figs:
        w = f"figures:{i}"
        miss = [k for k in FIG_KEYS if k not in d]
        if miss:
            err(w, f"champs manquants {miss}")
            continue
        extra = set(d) - set(FIG_KEYS) - FIG_OPT
        if extra:
            err(w, f"champs inconnus {sorted(extra)}")
        check_span(w, d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence"))
        if d["unit"] not in UNITS:
            err(w, f"unité inconnue {d['unit']!r}")
        vals, units = expected_values(d["text"])
        if vals is None:
            err(w, f"texte non interprétable {d['text']!r}")
        else:
            v = d["value"]
            if not isinstance(v, (int, float)) or isinstance(v, bool):
                err(w, f"value non numérique {v!r}")
            elif not any(abs(v - e) <= max(0.01, 1e-6 * abs(e)) for e in vals):
                err(w, f"value {v} ne correspond pas à {d['text']!r} (attendu {vals})")
            if d["unit"] not in units:
                err(w, f"unité {d['unit']!r} incompatible avec {d['text']!r} (attendu {sorted(units)})")
        if d.get("range_high") is not None and not isinstance(d["range_high"], (int, float)):
            err(w, "range_high non numérique")
        for k in ("actor", "noun", "actor_alt"):
            if d.get(k) is not None and not (isinstance(d[k], str) and d[k].strip()):
                err(w, f"{k} vide ou non textuel")
        if not (isinstance(d["measure"], str) and len(d["measure"].split()) >= 2):
            err(w, "measure absente ou trop courte")
        if d.get("actor_src", None) not in ACTOR_SRC:
            err(w, f"actor_src inconnu {d.get('actor_src')!r}")
        if "actor_src" in d and (d["actor_src"] is None) != (d["actor"] is None):
            err(w, "actor_src null si et seulement si actor null")
        check_year(w, d["year"], "year")
        check_year(w, d.get("year_alt"), "year_alt")
        for k in ("in_table", "several_actors"):
            if k in d and not isinstance(d[k], bool):
                err(w, f"{k} non booléen")
        for j, a in enumerate(d.get("also_printed_as") or []):
            if not (isinstance(a, dict) and set(a) == {"text", "sentence"}):
                err(w, f"also_printed_as[{j}] mal formé")
                continue
            check_span(f"{w} also[{j}]", d["file"], d["page"], a["sentence"], a["text"], None)
        key = (d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence", 1))
        if key in seen:
            err(w, "doublon")
        seen.add(key)
        per_page[(d["file"], d["page"])] += 1
    for (f, p), n in per_page.items():
        if n > MAX_PER_PAGE:
            err(f"{f} p{p}", f"{n} chiffres > {MAX_PER_PAGE}")
    nseen = set()
    for i, d in nots:
        w = f"not_figures:{i}"
        miss = [k for k in NOT_KEYS if k not in d]
        if miss:
            err(w, f"champs manquants {miss}")
            continue
        extra = set(d) - set(NOT_KEYS) - NOT_OPT
        if extra:
            err(w, f"champs inconnus {sorted(extra)}")
        if d["why"] not in WHYS:
            err(w, f"why inconnu {d['why']!r}")
        check_span(w, d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence"))
        key = (d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence", 1))
        if key in seen:
            err(w, "non-chiffre annoté aussi comme chiffre")
        if key in nseen:
            err(w, "doublon")
        nseen.add(key)
        if (d["file"], d["page"]) not in per_page:
            err(w, "page sans chiffre annoté")
    for e in errors:
        print(e)
    print(f"{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (PDF {PDF_DIR}, JSONL {JSON_DIR}) : "
          f"{len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
