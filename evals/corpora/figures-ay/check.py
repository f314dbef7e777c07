# -*- coding: utf-8 -*-
"""Vérifie le jeu AY (figures-ay.jsonl, not_figures-ay.jsonl) contre le texte pypdf des PDF notes-s90.

Usage : python check.py            (imprime le nombre d'erreurs, code de sortie 1 s'il y en a)

Racine du dépôt : on remonte depuis ce fichier jusqu'au dossier qui contient pyproject.toml ;
les PDF sont cherchés dans <racine>/evals/corpora/notes-s90/. S'ils n'y sont pas (essais avant la
copie dans le dépôt), repli sur /work/blind/notes-s90/.
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "notes-s90"
FALLBACK = "/work/blind/notes-s90"
UNITS = {"%", "€", "/10", "years", "people", "count", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "law number", "scale",
        "threshold", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
MAX_PER_PAGE = 12


def _jsonl(name):
    """The set's file: in the repository's evals/figures/ once copied there, else beside this script."""
    root = repo_root(HERE)
    p = os.path.join(root, "evals", "figures", name) if root else ""
    return p if p and os.path.exists(p) else os.path.join(HERE, name)


def repo_root(start):
    d = start
    while True:
        if os.path.isfile(os.path.join(d, "pyproject.toml")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def pdf_dir():
    root = repo_root(HERE)
    if root:
        cand = os.path.join(root, "evals", "corpora", CORPUS)
        if os.path.isdir(cand) and any(f.endswith(".pdf") for f in os.listdir(cand)):
            return cand
    return FALLBACK


def collapse(s):
    return " ".join(s.split())


# ------------------------------------------------------------------ valeur attendue d'après `text`
WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
         "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100, "mille": 1000}
APPROX = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "centaine": 100}
NUM = r"[+−-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|[+−-]?\d+(?:,\d+)?"


def num(tok):
    tok = tok.replace("−", "-").replace("\u00a0", " ").replace("\u202f", " ").replace(" ", "").replace(",", ".")
    return float(tok)


def word_or_num(tok):
    tok = tok.strip().lower()
    if re.fullmatch(NUM, tok):
        return num(tok)
    return WORDS.get(tok)


def expected_values(text):
    """Valeurs possibles (en unités de base) que `text` peut porter."""
    t = text.lower().replace("\u00a0", " ").replace("\u202f", " ").strip()
    out = []
    # fractions « X sur Y » (avec un nom éventuel entre les deux)
    m = re.fullmatch(r"(\S+)(?: [a-zéèêàç' -]+?)? sur (\S+)", t)
    if m:
        a, b = word_or_num(m.group(1)), word_or_num(m.group(2))
        if a is not None and b:
            out.append(round(100.0 * a / b, 2))
    if "moitié" in t:
        out.append(50.0)
    m = re.fullmatch(r"(\S+) (quarts?|tiers)", t)
    if m:
        a = word_or_num(m.group(1))
        if a is not None:
            out.append(round(a * (25.0 if m.group(2).startswith("quart") else 100.0 / 3), 2))
    for k, v in APPROX.items():
        if k in t:
            out.append(float(v))
    m = re.fullmatch(r"(\S+) ou (\S+)", t)
    if m and word_or_num(m.group(1)) is not None:
        out.append(word_or_num(m.group(1)))
    # nombre en lettres seul, éventuellement suivi d'un nom (« trois », « quinze ans », « un point »)
    first = t.split()[0] if t.split() else ""
    if first in WORDS and not re.search(r"\d", t):
        out.append(float(WORDS[first]))
    # nombre écrit en chiffres, avec multiplicateur éventuel
    m = re.search(NUM, t)
    if m and not re.search(r" sur \d", t):
        v = num(m.group(0))
        rest = t[m.end():]
        if re.match(r"\s*(m€|millions?\b|million d)", rest):
            v *= 1e6
        elif re.match(r"\s*(md€|milliards?\b)", rest):
            v *= 1e9
        elif re.match(r"\s*k€", rest):
            v *= 1e3
        out.append(v)
    return out


def value_ok(item):
    vals = expected_values(item["text"])
    mult = item.get("header_multiplier", 1)
    v = item["value"]
    if not isinstance(v, (int, float)):
        return False
    return any(abs(v - e * mult) <= max(0.011, 1e-9 * abs(v)) for e in vals)


def year_ok(y):
    if y is None:
        return True
    if isinstance(y, int) and not isinstance(y, bool):
        return 1990 <= y <= 2035
    if isinstance(y, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", y)
        return bool(m) and 1990 <= int(m.group(1)) < int(m.group(2)) <= 2035
    return False


def occurrence_ok(text, sentence, occ):
    n = sentence.count(text)
    if n == 0:
        return False
    if occ is None:
        return True
    return isinstance(occ, int) and 1 <= occ <= n


def main():
    d = pdf_dir()
    pages = {}

    def page_text(f, p):
        if f not in pages:
            path = os.path.join(d, f)
            if not os.path.isfile(path):
                pages[f] = None
            else:
                pages[f] = [collapse(pg.extract_text()) for pg in pypdf.PdfReader(path).pages]
        pp = pages[f]
        if pp is None or not (1 <= p <= len(pp)):
            return None
        return pp[p - 1]

    errors = []

    def err(kind, i, item, msg):
        errors.append("%s[%d] %s p%s « %s » : %s" % (kind, i, item.get("file"), item.get("page"),
                                                     item.get("text"), msg))

    figs = [json.loads(l) for l in open(_jsonl("figures-ay.jsonl"), encoding="utf-8") if l.strip()]
    nots = [json.loads(l) for l in open(_jsonl("not_figures-ay.jsonl"), encoding="utf-8") if l.strip()]

    per_page = {}
    seen = set()
    fig_pages = set()
    for i, it in enumerate(figs):
        for k in ("file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"):
            if k not in it:
                err("fig", i, it, "champ manquant %s" % k)
        txt = page_text(it["file"], it["page"])
        if txt is None:
            err("fig", i, it, "PDF ou page introuvable")
            continue
        sent = it["sentence"]
        if sent != collapse(sent):
            err("fig", i, it, "sentence non repliée")
        if sent not in txt:
            err("fig", i, it, "sentence absente de la page")
        if not occurrence_ok(it["text"], sent, it.get("occurrence")):
            err("fig", i, it, "text absent de sentence (ou occurrence hors bornes)")
        if sent.count(it["text"]) > 1 and it.get("occurrence") is None:
            err("fig", i, it, "text répété dans sentence sans occurrence")
        if it["unit"] not in UNITS:
            err("fig", i, it, "unité inconnue %r" % it["unit"])
        if not value_ok(it):
            err("fig", i, it, "value %r ne correspond pas à text" % it["value"])
        if "range_high" in it and not (isinstance(it["range_high"], (int, float)) and it["range_high"] > it["value"]):
            err("fig", i, it, "range_high invalide")
        if not year_ok(it["year"]) or not year_ok(it.get("year_alt")):
            err("fig", i, it, "year ou year_alt mal formé")
        if it["unit"] not in ("count", "people") and it["noun"] is not None:
            err("fig", i, it, "noun doit être null hors count/people")
        if it["unit"] in ("count", "people") and not it["noun"]:
            err("fig", i, it, "noun manquant pour count/people")
        if it.get("actor_src", None) not in ACTOR_SRC:
            err("fig", i, it, "actor_src inconnu")
        if (it.get("actor_src") is None) != (it["actor"] is None):
            err("fig", i, it, "actor_src et actor incohérents")
        if not it["measure"]:
            err("fig", i, it, "measure vide")
        for ap in it.get("also_printed_as", []):
            if ap["sentence"] not in txt or ap["text"] not in ap["sentence"]:
                err("fig", i, it, "also_printed_as hors page : %r" % ap["text"])
        key = (it["file"], it["page"], it["sentence"], it["text"], it.get("occurrence"))
        if key in seen:
            err("fig", i, it, "doublon")
        seen.add(key)
        per_page[(it["file"], it["page"])] = per_page.get((it["file"], it["page"]), 0) + 1
        fig_pages.add((it["file"], it["page"]))
    for k, n in per_page.items():
        if n > MAX_PER_PAGE:
            errors.append("page %s p%d : %d chiffres (> %d)" % (k[0], k[1], n, MAX_PER_PAGE))

    for i, it in enumerate(nots):
        for k in ("file", "page", "text", "sentence", "why"):
            if k not in it:
                err("non", i, it, "champ manquant %s" % k)
        txt = page_text(it["file"], it["page"])
        if txt is None:
            err("non", i, it, "PDF ou page introuvable")
            continue
        if it["sentence"] not in txt:
            err("non", i, it, "sentence absente de la page")
        if not occurrence_ok(it["text"], it["sentence"], it.get("occurrence")):
            err("non", i, it, "text absent de sentence (ou occurrence hors bornes)")
        if it["sentence"].count(it["text"]) > 1 and it.get("occurrence") is None:
            err("non", i, it, "text répété dans sentence sans occurrence")
        if it["why"] not in WHYS:
            err("non", i, it, "why inconnu %r" % it["why"])
        if (it["file"], it["page"]) not in fig_pages:
            err("non", i, it, "page sans chiffre retenu")
        key = ("non", it["file"], it["page"], it["sentence"], it["text"], it.get("occurrence"))
        if key in seen:
            err("non", i, it, "doublon")
        seen.add(key)

    for e in errors:
        print(e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF lus dans %s) : %d erreur(s)"
          % (len(figs), len(nots), d, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
