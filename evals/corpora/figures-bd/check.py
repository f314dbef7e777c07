#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Vérifie l'échantillon « à l'aveugle » BD (figures-bd.jsonl, not_figures-bd.jsonl).

Relit chaque PDF du corpus notes-s95 avec pypdf (page par page, extract_text) et contrôle :
  - champs obligatoires et types ;
  - `sentence` (blancs repliés) présente dans le texte replié de sa page (index PDF base 1) ;
  - `text` présent dans `sentence` ; `occurrence` obligatoire et valide si `text` y figure plusieurs fois ;
  - `value` conforme à `text` (chiffres, virgule décimale, espaces de milliers, signe, M€ / millions / k€,
    tableau « en milliers d'euros » signalé dans `note`, nombres et fractions en lettres) ;
  - unité et `why` dans les listes ; forme de `year` / `year_alt` ; `actor_src` dans sa liste ;
  - chaque `also_printed_as` sur la même page ;
  - au plus 12 chiffres par page ; non-chiffres pris sur des pages qui portent un chiffre du jeu ;
  - pas de doublon.
Imprime le nombre d'erreurs (code de sortie 1 s'il y en a).

Chemins : la racine du dépôt est le premier dossier, en remontant depuis ce fichier, qui contient
`pyproject.toml` ; les PDF y sont cherchés dans `evals/corpora/notes-s95/`. S'ils n'y sont pas (essais avant
la copie dans le dépôt), repli sur `/work/blind/notes-s95/`.
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "notes-s95"
FIG_FILE = os.path.join(HERE, "figures-bd.jsonl")
NOT_FILE = os.path.join(HERE, "not_figures-bd.jsonl")
FALLBACK = os.path.join("/work/blind", CORPUS)
MAX_PER_PAGE = 12

UNITS = {"%", "€", "/10", "years", "people", "count", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "law number", "scale",
        "threshold", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
FIG_FIELDS = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
NOT_FIELDS = ["file", "page", "text", "sentence", "why"]

WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000,
}
APPROX = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "centaine": 100}
DENOM = {"demi": 2, "demie": 2, "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5,
         "dixième": 10, "dixièmes": 10}


def repo_root():
    d = HERE
    while True:
        if os.path.isfile(os.path.join(d, "pyproject.toml")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def pdf_path(name):
    root = repo_root()
    if root:
        p = os.path.join(root, "evals", "corpora", CORPUS, name)
        if os.path.isfile(p):
            return p
    p = os.path.join(FALLBACK, name)
    return p if os.path.isfile(p) else None


def collapse(s):
    return " ".join(s.split())


_pages = {}
_where = set()


def page_text(name, page):
    if name not in _pages:
        p = pdf_path(name)
        if p is None:
            _pages[name] = None
        else:
            _where.add(os.path.dirname(p))
            _pages[name] = [collapse(pg.extract_text() or "") for pg in PdfReader(p).pages]
    pages = _pages[name]
    if pages is None or not isinstance(page, int) or page < 1 or page > len(pages):
        return None
    return pages[page - 1]


def parse_value(text, note):
    """Valeur attendue en unités de base pour `text`, ou None si on ne sait pas la lire."""
    t = text.replace("\u2212", "-").replace("\u00a0", " ").replace("\u202f", " ")
    low = t.lower()
    m = re.search(r"[+-]?\d{1,3}(?: \d{3})+(?:,\d+)?|[+-]?\d+(?:,\d+)?", t)
    if m:
        v = float(m.group(0).replace(" ", "").replace(",", "."))
        if "milliard" in low:
            v *= 1e9
        elif "m€" in low or "million" in low:
            v *= 1e6
        elif "k€" in low or "millier" in low:
            v *= 1e3
        elif note and "milliers d'euros" in note:
            v *= 1e3
        return v
    words = re.findall(r"[a-zàâçéèêëîïôûùüÿœ'-]+", low)
    words = [w.split("'")[-1] for w in words]
    if "moitié" in words:
        return 50.0
    # « X sur Y » (quatre Français sur dix -> 40 %)
    if "sur" in words:
        i = words.index("sur")
        left = [WORDS[w] for w in words[:i] if w in WORDS]
        right = [WORDS[w] for w in words[i + 1:] if w in WORDS]
        if left and right:
            return 100.0 * left[0] / right[0]
    # « deux tiers », « trois quarts »
    for j, w in enumerate(words):
        if w in DENOM:
            num = WORDS.get(words[j - 1], 1) if j > 0 else 1
            return 100.0 * num / DENOM[w]
    for w in words:
        if w in APPROX:
            return float(APPROX[w])
    vals = [WORDS[w] for w in words if w in WORDS]
    if vals:
        return float(vals[0])
    return None


def year_ok(y):
    if y is None:
        return True
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    if isinstance(y, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", y)
        return bool(m) and int(m.group(1)) < int(m.group(2))
    return False


def load(path, errors):
    rows = []
    if not os.path.isfile(path):
        errors.append("%s : fichier absent" % path)
        return rows
    with open(path, encoding="utf-8") as fh:
        for k, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append((k, json.loads(line)))
            except ValueError as e:
                errors.append("%s:%d : JSON invalide (%s)" % (os.path.basename(path), k, e))
    return rows


def check_text_in_sentence(tag, item, errors):
    text, sent = item.get("text"), item.get("sentence")
    if not isinstance(text, str) or not isinstance(sent, str):
        return
    count = sent.count(text)
    if count == 0:
        errors.append("%s : text « %s » absent de sentence" % (tag, text))
        return
    occ = item.get("occurrence")
    if count > 1 and occ is None:
        errors.append("%s : text « %s » figure %d fois dans sentence, occurrence manquante" % (tag, text, count))
    if occ is not None and not (isinstance(occ, int) and 1 <= occ <= count):
        errors.append("%s : occurrence %r invalide (%d présence(s))" % (tag, occ, count))


def check_sentence(tag, item, errors):
    sent = item.get("sentence")
    if not isinstance(sent, str) or not sent:
        errors.append("%s : sentence vide" % tag)
        return
    if sent != collapse(sent):
        errors.append("%s : sentence non repliée" % tag)
    txt = page_text(item.get("file"), item.get("page"))
    if txt is None:
        errors.append("%s : PDF ou page introuvable (%s p.%s)" % (tag, item.get("file"), item.get("page")))
    elif collapse(sent) not in txt:
        errors.append("%s : sentence absente de la page" % tag)


def main():
    errors = []
    root = repo_root()
    data = os.path.join(root, "evals", "figures") if root else HERE
    figs = load(os.path.join(data, "figures-bd.jsonl"), errors)
    nots = load(os.path.join(data, "not_figures-bd.jsonl"), errors)
    per_page = {}
    seen = set()

    for k, it in figs:
        tag = "figures-bd.jsonl:%d" % k
        for fld in FIG_FIELDS:
            if fld not in it:
                errors.append("%s : champ %s manquant" % (tag, fld))
        if not isinstance(it.get("page"), int) or isinstance(it.get("page"), bool):
            errors.append("%s : page non entière" % tag)
        check_sentence(tag, it, errors)
        check_text_in_sentence(tag, it, errors)
        if it.get("unit") not in UNITS:
            errors.append("%s : unité %r hors liste" % (tag, it.get("unit")))
        val = it.get("value")
        if not isinstance(val, (int, float)) or isinstance(val, bool):
            errors.append("%s : value non numérique" % tag)
        else:
            exp = parse_value(it.get("text", ""), it.get("note"))
            if exp is None:
                errors.append("%s : text « %s » illisible" % (tag, it.get("text")))
            elif abs(exp - val) > 0.01 + 1e-9 * abs(exp):
                errors.append("%s : value %r ne correspond pas à « %s » (%r)" % (tag, val, it.get("text"), exp))
        for fld in ("year", "year_alt"):
            if fld in it and not year_ok(it[fld]):
                errors.append("%s : %s %r mal formé" % (tag, fld, it[fld]))
        if "actor_src" in it and it["actor_src"] not in ACTOR_SRC:
            errors.append("%s : actor_src %r hors liste" % (tag, it["actor_src"]))
        for fld in ("noun", "actor", "actor_alt"):
            if fld in it and it[fld] is not None and not isinstance(it[fld], str):
                errors.append("%s : %s doit être une chaîne ou null" % (tag, fld))
        if not isinstance(it.get("measure"), str) or not it.get("measure"):
            errors.append("%s : measure vide" % tag)
        for fld in ("in_table", "several_actors"):
            if fld in it and not isinstance(it[fld], bool):
                errors.append("%s : %s doit être booléen" % (tag, fld))
        for alt in it.get("also_printed_as", []) or []:
            if not isinstance(alt, dict) or "text" not in alt or "sentence" not in alt:
                errors.append("%s : also_printed_as mal formé" % tag)
                continue
            a = dict(alt, file=it.get("file"), page=it.get("page"))
            check_sentence(tag + " (also_printed_as)", a, errors)
            if alt["text"] not in alt["sentence"]:
                errors.append("%s : also_printed_as « %s » absent de sa phrase" % (tag, alt["text"]))
        key = (it.get("file"), it.get("page"), it.get("text"), it.get("sentence"), it.get("occurrence"))
        if key in seen:
            errors.append("%s : doublon" % tag)
        seen.add(key)
        pk = (it.get("file"), it.get("page"))
        per_page[pk] = per_page.get(pk, 0) + 1

    for pk, c in sorted(per_page.items(), key=lambda x: (str(x[0][0]), x[0][1] or 0)):
        if c > MAX_PER_PAGE:
            errors.append("%s p.%s : %d chiffres (plafond %d)" % (pk[0], pk[1], c, MAX_PER_PAGE))

    seen_n = set()
    for k, it in nots:
        tag = "not_figures-bd.jsonl:%d" % k
        for fld in NOT_FIELDS:
            if fld not in it:
                errors.append("%s : champ %s manquant" % (tag, fld))
        check_sentence(tag, it, errors)
        check_text_in_sentence(tag, it, errors)
        if it.get("why") not in WHYS:
            errors.append("%s : why %r hors liste" % (tag, it.get("why")))
        if (it.get("file"), it.get("page")) not in per_page:
            errors.append("%s : page sans chiffre du jeu" % tag)
        key = (it.get("file"), it.get("page"), it.get("text"), it.get("sentence"), it.get("occurrence"))
        if key in seen_n:
            errors.append("%s : doublon" % tag)
        seen_n.add(key)

    for e in errors:
        print("ERREUR", e)
    where = ", ".join(sorted(_where)) or "aucun PDF trouvé"
    print("%d chiffres, %d non-chiffres vérifiés (PDF lus dans %s) : %d erreur(s)"
          % (len(figs), len(nots), where, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
