# -*- coding: utf-8 -*-
"""Vérifie figures-bc.jsonl et not_figures-bc.jsonl contre le texte pypdf des PDF du corpus notes-s94.

Chemins : les deux fichiers JSONL sont lus à côté de ce script. Les PDF sont cherchés dans
<racine du dépôt>/evals/corpora/notes-s94/, la racine étant le premier dossier parent de ce
script qui contient pyproject.toml ; si le PDF n'y est pas, repli sur /work/blind/notes-s94/.

Contrôles :
- `sentence` (blancs repliés) présente dans le texte pypdf de sa page (index PDF base 1) ;
- `text` présent dans `sentence` (et au moins `occurrence` fois si ce champ est donné ;
  `occurrence` obligatoire quand `text` figure plusieurs fois) ;
- `value` (et `range_high`) conformes à `text` : chiffres, virgule décimale, milliers espacés,
  M€ / millions / k€ (y compris k€ porté par le libellé de ligne), nombres et fractions en lettres ;
- `unit` dans la liste ; `year` / `year_alt` : entier, « AAAA-AAAA » ou null ;
- chaque `also_printed_as` : phrase sur la même page, texte dans la phrase ;
- au plus 12 chiffres par page ; pas de doublon ;
- non-chiffres : phrase dans la page, texte dans la phrase, `why` dans la liste, page qui porte
  au moins un chiffre du jeu.
Imprime le nombre d'erreurs (0 attendu) ; code de sortie 1 s'il y en a.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "notes-s94"
FALLBACK = "/work/blind/notes-s94"
UNITS = {"%", "€", "/10", "years", "people", "count", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "law number", "scale",
        "threshold", "other"}
MAX_PER_PAGE = 12

WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100}
APPROX = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
          "cinquantaine": 50, "soixantaine": 60, "centaine": 100}
FRACTIONS = {"moitié": 50.0, "quart": 25.0, "tiers": 100.0 / 3}


def repo_root():
    d = HERE
    while True:
        if os.path.exists(os.path.join(d, "pyproject.toml")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


ROOT = repo_root()


def pdf_path(name):
    if ROOT:
        p = os.path.join(ROOT, "evals", "corpora", CORPUS, name)
        if os.path.exists(p):
            return p
    return os.path.join(FALLBACK, name)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


_pages = {}


def page_text(name, page):
    if name not in _pages:
        r = pypdf.PdfReader(pdf_path(name))
        _pages[name] = [collapse(p.extract_text() or "") for p in r.pages]
    pages = _pages[name]
    if not (1 <= page <= len(pages)):
        return None
    return pages[page - 1]


def one_number(tok):
    """Un nombre écrit en chiffres ou en lettres ; None sinon."""
    tok = tok.strip()
    m = re.fullmatch(r"\+?\s*(?:de\s+)?(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?", tok)
    if m:
        v = float(m.group(1).replace(" ", ""))
        if m.group(2):
            v += float("0." + m.group(2))
        return v
    w = tok.lower()
    if w in WORDS:
        return float(WORDS[w])
    return None


def parse_value(text, unit, sentence):
    """Renvoie (valeur, borne haute ou None) lue dans `text`, en unités de base."""
    t = collapse(text.replace("\u00a0", " ").replace("\u2019", "'")).lower()
    # « X sur Y » (« Quatre habitants sur dix », « Un sur deux », « une sur cinq »)
    m = re.fullmatch(r"(\S+)(?: [^\d ]+)? sur (\S+)", t)
    if m:
        a, b = one_number(m.group(1)), one_number(m.group(2))
        if a is not None and b:
            return 100.0 * a / b, None
    # fractions en lettres (« la moitié », « un quart », « un tiers »)
    for w, v in FRACTIONS.items():
        if re.fullmatch(r"(?:la|le|un|une|d'un|d'une)? ?" + w, t):
            return v, None
    # ordres de grandeur (« une quinzaine »)
    for w, v in APPROX.items():
        if re.fullmatch(r"(?:une |la )?" + w, t):
            return float(v), None
    # fourchettes (« 28 à 46 », « Deux à trois ans », « cinq ou six »)
    m = re.fullmatch(r"(\S+) (?:à|ou) (\S+)(?: ans?)?", t)
    if m:
        a, b = one_number(m.group(1)), one_number(m.group(2))
        if a is not None and b is not None:
            return a, b
    # chiffres
    m = re.search(r"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?", t)
    if m:
        v = float(m.group(0).replace(" ", "").replace(",", "."))
        if re.search(r"milliards?", t):
            v *= 1e9
        elif re.search(r"m€|millions?", t):
            v *= 1e6
        elif "k€" in t:
            v *= 1e3
        elif unit == "€" and "€" not in t and "euro" not in t and "(k€)" in sentence.lower():
            v *= 1e3
        return v, None
    # nombres en lettres (« trois ans », « quatre », « dix ans »)
    first = t.split(" ")[0]
    if first in WORDS:
        return float(WORDS[first]), None
    return None, None


def close(a, b):
    return abs(a - b) <= max(0.05, 1e-6 * abs(b))


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


def check_span(errors, where, page, sent, text, occ):
    if page is None:
        errors.append("%s : page inexistante" % where)
        return
    if collapse(sent) != sent:
        errors.append("%s : phrase non repliée" % where)
    if sent not in page:
        errors.append("%s : phrase absente de la page : %r" % (where, sent[:90]))
    n = sent.count(text) if text else 0
    if n == 0:
        errors.append("%s : texte %r absent de la phrase" % (where, text))
    elif n > 1 and not occ:
        errors.append("%s : texte %r présent %d fois sans « occurrence »" % (where, text, n))
    elif occ and len([m for m in re.finditer("(?=%s)" % re.escape(text), sent)]) < occ:
        errors.append("%s : occurrence %s introuvable" % (where, occ))


def main():
    errors = []
    figs = [json.loads(l) for l in open(os.path.join(ROOT or HERE, "evals", "figures", "figures-bc.jsonl") if ROOT else os.path.join(HERE, "figures-bc.jsonl"), encoding="utf-8") if l.strip()]
    nots = [json.loads(l) for l in open(os.path.join(ROOT, "evals", "figures", "not_figures-bc.jsonl") if ROOT else os.path.join(HERE, "not_figures-bc.jsonl"), encoding="utf-8") if l.strip()]
    per_page = Counter()
    seen = set()
    required = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
    for i, d in enumerate(figs, 1):
        where = "chiffre %d (%s p%s %r)" % (i, d.get("file"), d.get("page"), d.get("text"))
        miss = [k for k in required if k not in d]
        if miss:
            errors.append("%s : champs manquants %s" % (where, miss))
            continue
        page = page_text(d["file"], d["page"])
        check_span(errors, where, page, d["sentence"], d["text"], d.get("occurrence"))
        if d["unit"] not in UNITS:
            errors.append("%s : unité %r hors liste" % (where, d["unit"]))
        v, hi = parse_value(d["text"], d["unit"], d["sentence"])
        if v is None or not isinstance(d["value"], (int, float)) or not close(v, d["value"]):
            errors.append("%s : valeur %r ne correspond pas au texte (lu : %r)" % (where, d["value"], v))
        if (hi is None) != (d.get("range_high") is None) or (hi is not None and not close(hi, d["range_high"])):
            errors.append("%s : borne haute %r / lue %r" % (where, d.get("range_high"), hi))
        for k in ("year", "year_alt"):
            if k in d and not year_ok(d[k]):
                errors.append("%s : %s invalide %r" % (where, k, d[k]))
        if d.get("actor_src") not in (None, "phrase", "contexte", "tableau"):
            errors.append("%s : actor_src %r" % (where, d.get("actor_src")))
        if not d["measure"] or not isinstance(d["measure"], str):
            errors.append("%s : measure vide" % where)
        for a in d.get("also_printed_as", []):
            check_span(errors, where + " also_printed_as", page, a["sentence"], a["text"], None)
        key = (d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence"))
        if key in seen:
            errors.append("%s : doublon" % where)
        seen.add(key)
        per_page[(d["file"], d["page"])] += 1
    for k, n in per_page.items():
        if n > MAX_PER_PAGE:
            errors.append("%s p%d : %d chiffres (> %d)" % (k[0], k[1], n, MAX_PER_PAGE))
    nseen = set()
    for i, d in enumerate(nots, 1):
        where = "non-chiffre %d (%s p%s %r)" % (i, d.get("file"), d.get("page"), d.get("text"))
        miss = [k for k in ("file", "page", "text", "sentence", "why") if k not in d]
        if miss:
            errors.append("%s : champs manquants %s" % (where, miss))
            continue
        page = page_text(d["file"], d["page"])
        check_span(errors, where, page, d["sentence"], d["text"], d.get("occurrence"))
        if d["why"] not in WHYS:
            errors.append("%s : why %r hors liste" % (where, d["why"]))
        if (d["file"], d["page"]) not in per_page:
            errors.append("%s : page sans chiffre du jeu" % where)
        key = (d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence"))
        if key in nseen or key in seen:
            errors.append("%s : doublon (ou déjà dans les chiffres)" % where)
        nseen.add(key)
    for e in errors:
        print(e)
    files = sorted({d["file"] for d in figs})
    src = os.path.dirname(pdf_path(files[0])) if files else "?"
    print("%d chiffres, %d non-chiffres vérifiés (PDF lus dans %s) : %d erreur(s)"
          % (len(figs), len(nots), src, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
