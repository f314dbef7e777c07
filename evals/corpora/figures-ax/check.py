# -*- coding: utf-8 -*-
"""Vérifie le jeu AX (figures-ax.jsonl, not_figures-ax.jsonl) contre le texte pypdf des PDF notes-s89.

Usage : python check.py        (depuis n'importe quel dossier)

Racine du dépôt : on remonte depuis ce fichier jusqu'au premier dossier qui contient pyproject.toml ;
les PDF sont cherchés dans <racine>/evals/corpora/notes-s89/, avec repli sur /work/blind/notes-s89/
(essais avant la copie dans le dépôt). Imprime le nombre d'erreurs (code de sortie 1 s'il y en a).
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "notes-s89"
FALLBACK = "/work/blind/notes-s89"
UNITS = ["%", "€", "/10", "years", "people", "count", "pts"]
WHYS = ["year", "date", "page number", "footnote", "ordinal", "section number", "law number", "scale",
        "threshold", "other"]
FIG_KEYS = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPT = ["actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
           "also_printed_as", "note"]
NON_KEYS = ["file", "page", "text", "sentence", "why"]
NON_OPT = ["note", "occurrence"]
ACTOR_SRC = ["phrase", "contexte", "tableau", None]
MAX_PER_PAGE = 12

WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
}
APPROX = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
          "cinquantaine": 50, "soixantaine": 60, "centaine": 100}


def repo_root():
    d = HERE
    while True:
        if os.path.exists(os.path.join(d, "pyproject.toml")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def _jsonl(name):
    """The set's file: in the repository's evals/figures/ once copied there, else beside this script."""
    root = repo_root()
    p = os.path.join(root, "evals", "figures", name) if root else ""
    return p if p and os.path.exists(p) else os.path.join(HERE, name)


def pdf_path(name):
    root = repo_root()
    if root:
        p = os.path.join(root, "evals", "corpora", CORPUS, name)
        if os.path.exists(p):
            return p
    return os.path.join(FALLBACK, name)


def collapse(s):
    return " ".join(s.split())


def occurrences(sent, text):
    """Positions de `text` dans `sent` ; une correspondance collée à un autre chiffre (« 1 » dans « 81 »)
    ou à une autre lettre (« six » dans « sixième ») ne compte pas."""
    out, start = [], 0
    while True:
        i = sent.find(text, start)
        if i < 0:
            return out
        start = i + 1
        b = sent[i - 1] if i > 0 else ""
        b2 = sent[i - 2] if i > 1 else ""
        j = i + len(text)
        a = sent[j] if j < len(sent) else ""
        a2 = sent[j + 1] if j + 1 < len(sent) else ""
        ok = True
        if text[0].isdigit() and (b.isdigit() or (b in ",." and b2.isdigit())):
            ok = False
        if text[-1].isdigit() and (a.isdigit() or (a in ",." and a2.isdigit())):
            ok = False
        if text[0].isalpha() and b.isalpha():
            ok = False
        if text[-1].isalpha() and a.isalpha():
            ok = False
        if ok:
            out.append(i)


def parse_value(text):
    t = text.strip().lower().replace("\u00a0", " ").replace("\u202f", " ")
    alt = "|".join(sorted(WORDS, key=len, reverse=True))
    m = re.search(r"\b(%s)\b(?:\s+[a-zéèêàç'’-]+)*?\s+sur\s+(%s)\b" % (alt, alt), t)
    if m:
        return [round(100.0 * WORDS[m.group(1)] / WORDS[m.group(2)], 2)]
    if "trois quarts" in t:
        return [75.0]
    if "moitié" in t:
        return [50.0]
    if "tiers" in t:
        return [33.33]
    for w, v in APPROX.items():
        if w in t:
            return [float(v)]
    words = [w for w in re.findall(r"[a-zé]+", t) if w in WORDS]
    if words and not re.search(r"\d", t):
        return [float(WORDS[words[0]])]
    mult = 1.0
    if "k€" in t:
        mult = 1e3
    elif "m€" in t or "million" in t:
        mult = 1e6
    num = re.sub(r"/10\b", "", t)
    num = re.sub(r"[^\d,.\-−]", "", num.replace(" ", "")).replace("−", "-").replace(",", ".")
    neg = num.startswith("-")
    num = num.replace("-", "")
    if not num:
        return []
    v = float(num) * (-1 if neg else 1)
    return [round(v * mult, 4)]


def value_ok(text, value, unit):
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return False
    cands = parse_value(text)
    if unit == "€":   # montants de tableau « en milliers d'euros » ou « (M€) » dans le titre ou l'en-tête
        cands = [c * k for c in cands for k in (1, 1e3, 1e6)]
    return any(abs(abs(c) - abs(value)) <= 0.011 * max(1.0, abs(value) / 1000.0) for c in cands)


def year_ok(y):
    return y is None or (isinstance(y, int) and 1900 <= y <= 2100) or \
        (isinstance(y, str) and re.fullmatch(r"(19|20)\d\d-(19|20)\d\d", y) is not None)


def main():
    figs = [json.loads(l) for l in open(_jsonl("figures-ax.jsonl"), encoding="utf-8") if l.strip()]
    nons = [json.loads(l) for l in open(_jsonl("not_figures-ax.jsonl"), encoding="utf-8") if l.strip()]
    pages, errors, used = {}, [], set()

    def page_text(fn, p):
        if fn not in pages:
            path = pdf_path(fn)
            used.add(os.path.dirname(path))
            if not os.path.exists(path):
                pages[fn] = None
            else:
                pages[fn] = [collapse(pg.extract_text()) for pg in pypdf.PdfReader(path).pages]
        if pages[fn] is None or not (1 <= p <= len(pages[fn])):
            return None
        return pages[fn][p - 1]

    def check_sentence(tag, fn, p, text, sent, occ):
        txt = page_text(fn, p)
        if txt is None:
            errors.append("%s : PDF ou page introuvable (%s p%s)" % (tag, fn, p))
            return
        if collapse(sent) != sent:
            errors.append("%s : phrase non repliée" % tag)
        if collapse(sent) not in txt:
            errors.append("%s : phrase absente de la page : %r" % (tag, sent[:80]))
        occs = occurrences(sent, text)
        if not occs:
            errors.append("%s : texte %r absent de la phrase" % (tag, text))
        elif occ is not None and not (1 <= occ <= len(occs)):
            errors.append("%s : occurrence %r invalide (%d trouvée(s))" % (tag, occ, len(occs)))
        elif occ is None and len(occs) > 1:
            errors.append("%s : %r figure %d fois dans la phrase, « occurrence » manquant" % (tag, text, len(occs)))

    per_page = {}
    seen = set()
    for i, r in enumerate(figs, 1):
        tag = "chiffre %d (%s p%s %r)" % (i, r.get("file"), r.get("page"), r.get("text"))
        miss = [k for k in FIG_KEYS if k not in r]
        extra = [k for k in r if k not in FIG_KEYS + FIG_OPT]
        if miss or extra:
            errors.append("%s : champs manquants %s / inconnus %s" % (tag, miss, extra))
            continue
        check_sentence(tag, r["file"], r["page"], r["text"], r["sentence"], r.get("occurrence"))
        if r["unit"] not in UNITS:
            errors.append("%s : unité %r hors liste" % (tag, r["unit"]))
        if not value_ok(r["text"], r["value"], r["unit"]):
            errors.append("%s : valeur %r ne correspond pas au texte" % (tag, r["value"]))
        for k in ("year", "year_alt"):
            if k in r and not year_ok(r[k]):
                errors.append("%s : %s mal formé %r" % (tag, k, r[k]))
        if r.get("actor_src", None) not in ACTOR_SRC:
            errors.append("%s : actor_src %r hors liste" % (tag, r.get("actor_src")))
        if r["actor"] is None and r.get("actor_src") is not None:
            errors.append("%s : actor_src sans actor" % tag)
        if r["unit"] in ("count", "people") and not r["noun"]:
            errors.append("%s : noun manquant pour un compte" % tag)
        for al in r.get("also_printed_as", []):
            check_sentence(tag + " [also_printed_as]", r["file"], r["page"], al["text"], al["sentence"], None)
        key = (r["file"], r["page"], r["sentence"], r["text"], r.get("occurrence"))
        if key in seen:
            errors.append("%s : doublon" % tag)
        seen.add(key)
        per_page[(r["file"], r["page"])] = per_page.get((r["file"], r["page"]), 0) + 1
    for k, n in per_page.items():
        if n > MAX_PER_PAGE:
            errors.append("%s p%d : %d chiffres (plafond %d)" % (k[0], k[1], n, MAX_PER_PAGE))

    for i, r in enumerate(nons, 1):
        tag = "non-chiffre %d (%s p%s %r)" % (i, r.get("file"), r.get("page"), r.get("text"))
        miss = [k for k in NON_KEYS if k not in r]
        extra = [k for k in r if k not in NON_KEYS + NON_OPT]
        if miss or extra:
            errors.append("%s : champs manquants %s / inconnus %s" % (tag, miss, extra))
            continue
        check_sentence(tag, r["file"], r["page"], r["text"], r["sentence"], r.get("occurrence"))
        if r["why"] not in WHYS:
            errors.append("%s : why %r hors liste" % (tag, r["why"]))
        if (r["file"], r["page"]) not in per_page:
            errors.append("%s : page sans chiffre du jeu" % tag)
        key = (r["file"], r["page"], r["sentence"], r["text"], r.get("occurrence"))
        if key in seen:
            errors.append("%s : doublon (aussi chiffre ou non-chiffre)" % tag)
        seen.add(key)

    for e in errors:
        print(e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF lus dans %s) : %d erreur(s)"
          % (len(figs), len(nons), ", ".join(sorted(used)) or "-", len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
