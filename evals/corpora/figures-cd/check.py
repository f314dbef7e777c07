#!/usr/bin/env python3
"""Vérifie le jeu CD (figures-cd.jsonl, not_figures-cd.jsonl) contre les PDF du corpus notes-s121.

Autonome : bibliothèque standard + pypdf. Usage : python check.py
- Racine du dépôt : premier parent contenant `pyproject.toml`, en partant du dossier courant, sinon du dossier
  de ce script.
- PDF : <racine>/evals/corpora/notes-s121 s'il existe, sinon /work/blind/notes-s121.
- JSONL : <racine>/evals/figures/ s'ils y sont, sinon à côté de ce script.
Imprime le nombre d'erreurs ; code de sortie 1 s'il y en a.
"""
import json
import os
import re
import sys

import pypdf

CORPUS = "notes-s121"
FIG_NAME, NOT_NAME = "figures-cd.jsonl", "not_figures-cd.jsonl"
FALLBACK_PDF = "/work/blind/notes-s121"
HERE = os.path.dirname(os.path.abspath(__file__))

UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHY = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
       "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau"}
REQ_F = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
OPT_F = ["actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
         "also_printed_as", "note", "multiplier"]
REQ_N = ["file", "page", "text", "sentence", "why"]
OPT_N = ["occurrence", "note"]
MAX_PER_PAGE = 12

WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000}
FRACTION_WORDS = {"moitié": 50.0, "tiers": 100 / 3, "quart": 25.0, "quarts": 25.0}


# ------------------------------------------------------------------ emplacements
def find_root(start):
    d = os.path.abspath(start)
    while True:
        if os.path.isfile(os.path.join(d, "pyproject.toml")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def locate():
    root = find_root(os.getcwd()) or find_root(HERE)
    pdf_dir = FALLBACK_PDF
    jsonl_dir = HERE
    if root:
        cand = os.path.join(root, "evals", "corpora", CORPUS)
        if os.path.isdir(cand):
            pdf_dir = cand
        cand = os.path.join(root, "evals", "figures")
        if os.path.isfile(os.path.join(cand, FIG_NAME)) and os.path.isfile(os.path.join(cand, NOT_NAME)):
            jsonl_dir = cand
    return root, pdf_dir, jsonl_dir


# ------------------------------------------------------------------ valeurs
def word_number(tok):
    tok = tok.lower().strip(" ,.;:()«»")
    if tok in WORDS:
        return float(WORDS[tok])
    return None


def num(tok):
    tok = tok.replace("\u00a0", " ").strip()
    m = re.fullmatch(r"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?", tok)
    if m:
        return float(tok.replace(" ", "").replace(",", "."))
    return word_number(tok)


def parse_value(text, unit, multiplier=None):
    """Valeur attendue d'après le texte imprimé ; None si le texte n'est pas lisible."""
    t = " ".join(text.replace("\u00a0", " ").split())
    sign = 1.0
    t = re.sub(r"^(?:\+ de|plus de|près de|environ)\s+", "", t, flags=re.I)
    if t[:1] in "–−-":
        sign = -1.0
    t = t.lstrip("+±–−- ").strip()
    low = t.lower()
    val = None
    # fraction en chiffres a/b (« 2/3 », « 7,2/10 »)
    m = re.fullmatch(r"(\d+(?:,\d+)?)\s*/\s*(\d+)", t)
    if m:
        a, b = float(m.group(1).replace(",", ".")), float(m.group(2))
        val = a if unit == "/10" and b == 10 else a / b * 100
    # « X sur Y », « 2 salariés sur 10 », « un salarié sur deux »
    if val is None:
        m = re.fullmatch(r"(\S+)(?:\s+\S+)?\s+sur\s+(\S+)", low)
        if m and num(m.group(1)) is not None and num(m.group(2)):
            val = num(m.group(1)) / num(m.group(2)) * 100
    # « deux tiers », « la moitié », « trois quarts »
    if val is None:
        m = re.fullmatch(r"(?:(\S+)\s+)?(moitié|tiers|quarts?)", low)
        if m:
            k = 1.0 if m.group(1) in (None, "la") else num(m.group(1))
            if k is not None:
                val = k * FRACTION_WORDS[m.group(2)]
    # nombre en chiffres
    if val is None:
        m = re.search(r"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?", t)
        if m:
            val = float(m.group().replace(" ", "").replace(",", "."))
    # nombre en lettres en tête (« douze points », « quinze ans », « quatre points »)
    if val is None:
        first = low.split()[0] if low.split() else ""
        val = word_number(first)
    if val is None:
        return None
    if re.search(r"\bMd€|\bmilliards?\b", t):
        val *= 1e9
    elif re.search(r"\bM€|\bmillions?\b", t):
        val *= 1e6
    elif re.search(r"\bk€", t):
        val *= 1e3
    if multiplier:
        val *= multiplier
    return sign * val


def implied_unit(text):
    t = text.lower()
    if "%" in t:
        return {"%"}
    if "€" in t or "euro" in t:
        return {"€", "M€"}
    if re.search(r"\bpoints?\b|\bpts?\b", t):
        return {"pts"}
    if re.search(r"/\s*10\b", t):
        return {"/10"}
    if re.search(r"\bans?\b|\bannées?\b", t):
        return {"years"}
    if re.search(r"\bsur\b|\btiers\b|\bmoitié\b|\bquarts?\b|^\d+\s*/\s*\d+$", t):
        return {"%"}
    return None  # nombre nu : count / people, ou unité donnée par l'en-tête d'un tableau


def year_ok(y, allow_none=False):
    if y is None:
        return allow_none
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    if isinstance(y, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", y)
        return bool(m) and 1900 <= int(m.group(1)) < int(m.group(2)) <= 2100
    return False


# ------------------------------------------------------------------ vérification
def main():
    root, pdf_dir, jsonl_dir = locate()
    errors = []

    def err(where, msg):
        errors.append("%s : %s" % (where, msg))

    pages = {}

    def page_text(f, p):
        key = (f, p)
        if key not in pages:
            path = os.path.join(pdf_dir, f)
            if not os.path.isfile(path):
                pages[key] = None
            else:
                r = pypdf.PdfReader(path)
                pages[key] = ("n/a",) if not (1 <= p <= len(r.pages)) else \
                    " ".join(r.pages[p - 1].extract_text().split())
        return pages[key]

    def load(name):
        out = []
        path = os.path.join(jsonl_dir, name)
        if not os.path.isfile(path):
            err(name, "fichier introuvable dans %s" % jsonl_dir)
            return out
        with open(path, encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    out.append((i, json.loads(line)))
                except json.JSONDecodeError as e:
                    err("%s:%d" % (name, i), "JSON invalide (%s)" % e)
        return out

    def span(where, d_file, d_page, text, sentence, occurrence):
        """Position absolue du texte dans la page (ou None) ; vérifie phrase, texte, occurrence."""
        flat = page_text(d_file, d_page)
        if flat is None:
            err(where, "PDF introuvable : %s" % d_file)
            return None
        if flat == ("n/a",):
            err(where, "page %s inexistante" % d_page)
            return None
        if not isinstance(sentence, str) or " ".join(sentence.split()) != sentence:
            err(where, "phrase non repliée ou invalide")
            return None
        base = flat.find(sentence)
        if base < 0:
            err(where, "phrase absente du texte replié de la page : %r" % sentence[:90])
            return None
        if not isinstance(text, str) or not text:
            err(where, "texte vide ou invalide")
            return None
        n = sentence.count(text)
        if n == 0:
            err(where, "texte %r absent de la phrase" % text)
            return None
        if occurrence is None:
            if n > 1:
                err(where, "texte %r présent %d fois dans la phrase : `occurrence` manque" % (text, n))
                return None
            occurrence = 1
        if not isinstance(occurrence, int) or isinstance(occurrence, bool) or not 1 <= occurrence <= n:
            err(where, "occurrence %r invalide (%d présence(s))" % (occurrence, n))
            return None
        j = -1
        for _ in range(occurrence):
            j = sentence.find(text, j + 1)
        return (base + j, base + j + len(text))

    figs = load(FIG_NAME)
    nots = load(NOT_NAME)
    fig_spans = {}  # (file, page) -> [(a, b, where)]
    per_page = {}

    for i, d in figs:
        where = "%s:%d" % (FIG_NAME, i)
        if not isinstance(d, dict):
            err(where, "objet attendu")
            continue
        for k in REQ_F:
            if k not in d:
                err(where, "champ obligatoire manquant : %s" % k)
        for k in d:
            if k not in REQ_F and k not in OPT_F:
                err(where, "champ inconnu : %s" % k)
        if any(k not in d for k in REQ_F):
            continue
        where = "%s:%d (%s p%s %r)" % (FIG_NAME, i, d["file"], d["page"], d["text"])
        if not isinstance(d["page"], int) or isinstance(d["page"], bool):
            err(where, "page doit être un entier")
            continue
        sp = span(where, d["file"], d["page"], d["text"], d["sentence"], d.get("occurrence"))
        key = (d["file"], d["page"])
        per_page[key] = per_page.get(key, 0) + 1
        if sp:
            fig_spans.setdefault(key, []).append((sp[0], sp[1], where))
        # also_printed_as
        apa = d.get("also_printed_as", [])
        if not isinstance(apa, list):
            err(where, "also_printed_as doit être une liste")
            apa = []
        for a in apa:
            if not isinstance(a, dict) or set(a) - {"text", "sentence", "occurrence"} or "text" not in a \
                    or "sentence" not in a:
                err(where, "also_printed_as : objets {text, sentence} attendus")
                continue
            sp2 = span(where + " [also_printed_as]", d["file"], d["page"], a["text"], a["sentence"],
                       a.get("occurrence"))
            if sp2:
                fig_spans.setdefault(key, []).append((sp2[0], sp2[1], where + " [also_printed_as]"))
        # unité et valeur
        unit = d["unit"]
        if unit not in UNITS:
            err(where, "unité inconnue : %r" % unit)
        v = d["value"]
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            err(where, "value doit être un nombre")
        else:
            mult = d.get("multiplier")
            if mult is not None and (not isinstance(mult, (int, float)) or mult <= 0):
                err(where, "multiplier invalide")
                mult = None
            exp = parse_value(d["text"], unit, mult)
            if exp is None:
                err(where, "texte illisible comme nombre")
            elif abs(exp - v) > 0.005 + 1e-9 * abs(v):
                err(where, "value %r ne correspond pas au texte (attendu %r)" % (v, round(exp, 4)))
            if "range_high" in d:
                rh = d["range_high"]
                if not isinstance(rh, (int, float)) or rh <= v:
                    err(where, "range_high doit être un nombre > value")
        imp = implied_unit(d["text"])
        if imp is not None and unit not in imp:
            err(where, "unité %r incompatible avec le texte (attendu %s)" % (unit, "/".join(sorted(imp))))
        if imp is None and unit not in ("count", "people") and not d.get("in_table"):
            err(where, "nombre nu hors tableau : unité count ou people attendue, pas %r" % unit)
        if unit in ("€", "M€") and d.get("multiplier") and not d.get("in_table"):
            err(where, "multiplier réservé aux cellules de tableau")
        # autres champs
        if not year_ok(d["year"]):
            err(where, "year invalide : %r (entier ou « AAAA-AAAA »)" % (d["year"],))
        if "year_alt" in d and not year_ok(d["year_alt"]):
            err(where, "year_alt invalide : %r" % (d["year_alt"],))
        if "year_alt" in d and d["year_alt"] == d["year"]:
            err(where, "year_alt identique à year")
        if not isinstance(d["measure"], str) or len(d["measure"].strip()) < 5:
            err(where, "measure vide")
        for k in ("noun", "actor", "actor_alt"):
            if k in d and d[k] is not None and (not isinstance(d[k], str) or not d[k].strip()):
                err(where, "%s doit être une chaîne non vide ou null" % k)
        if "actor_alt" in d and d["actor_alt"] == d["actor"]:
            err(where, "actor_alt identique à actor")
        src = d.get("actor_src", "absent")
        if src != "absent":
            if src is not None and src not in ACTOR_SRC:
                err(where, "actor_src inconnu : %r" % src)
            if (src is None) != (d["actor"] is None):
                err(where, "actor_src doit être null si et seulement si actor est null")
        for k in ("in_table", "several_actors"):
            if k in d and not isinstance(d[k], bool):
                err(where, "%s doit être un booléen" % k)
        if "note" in d and not isinstance(d["note"], str):
            err(where, "note doit être une chaîne")

    # plafond par page
    for key, n in sorted(per_page.items()):
        if n > MAX_PER_PAGE:
            err("%s p%d" % key, "%d chiffres (plafond %d)" % (n, MAX_PER_PAGE))

    # doublons entre chiffres (même position dans la page)
    for key, lst in fig_spans.items():
        lst = sorted(lst)
        for (a1, b1, w1), (a2, b2, w2) in zip(lst, lst[1:]):
            if a2 < b1:
                err(w2, "chevauche un autre chiffre ou sa répétition (%s)" % w1)

    # non-chiffres
    seen = []
    for i, d in nots:
        where = "%s:%d" % (NOT_NAME, i)
        if not isinstance(d, dict):
            err(where, "objet attendu")
            continue
        for k in REQ_N:
            if k not in d:
                err(where, "champ obligatoire manquant : %s" % k)
        for k in d:
            if k not in REQ_N and k not in OPT_N:
                err(where, "champ inconnu : %s" % k)
        if any(k not in d for k in REQ_N):
            continue
        where = "%s:%d (%s p%s %r)" % (NOT_NAME, i, d["file"], d["page"], d["text"])
        if d["why"] not in WHY:
            err(where, "why inconnu : %r" % d["why"])
        if not isinstance(d["page"], int) or isinstance(d["page"], bool):
            err(where, "page doit être un entier")
            continue
        sp = span(where, d["file"], d["page"], d["text"], d["sentence"], d.get("occurrence"))
        if not sp:
            continue
        key = (d["file"], d["page"])
        for a, b, w in fig_spans.get(key, []):
            if sp[0] < b and a < sp[1]:
                err(where, "non-chiffre annoté aussi comme chiffre (%s)" % w)
        for a, b, w in seen:
            if w[0] == key and sp[0] < b and a < sp[1]:
                err(where, "doublon de non-chiffre (%s)" % w[1])
        seen.append((sp[0], sp[1], (key, where)))

    for e in errors:
        print(e)
    print("%d chiffres, %d non-chiffres vérifiés (racine %s ; PDF %s ; JSONL %s) : %d erreur(s)"
          % (len(figs), len(nots), root or "aucune", pdf_dir, jsonl_dir, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
