# -*- coding: utf-8 -*-
"""Vérifie le jeu de chiffres BU (figures-bu.jsonl, not_figures-bu.jsonl) contre les PDF du corpus notes-s112.

Autonome : bibliothèque standard + pypdf.  Usage : python check.py
Recherche :
  - racine du dépôt = premier dossier parent contenant pyproject.toml, en partant du dossier courant, puis du
    dossier de ce script ;
  - PDF : <racine>/evals/corpora/notes-s112, sinon /work/blind/notes-s112 ;
  - JSONL : <racine>/evals/figures/, sinon le dossier de ce script.
Imprime chaque erreur, puis le nombre d'erreurs ; code de sortie 1 s'il y en a.
"""
import collections
import json
import os
import re
import sys

import pypdf

CORPUS = "notes-s112"
FIG_NAME = "figures-bu.jsonl"
NON_NAME = "not_figures-bu.jsonl"
FALLBACK_PDF = "/work/blind/notes-s112"
HERE = os.path.dirname(os.path.abspath(__file__))
MAX_PER_PAGE = 12

UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
FIG_REQ = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPT = ["actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
           "also_printed_as", "note"]
NON_REQ = ["file", "page", "text", "sentence", "why"]
NON_OPT = ["occurrence", "note"]

WORDS = {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000}
NAMED_FRACTIONS = {"la moitié": 50.0, "moitié": 50.0, "un tiers": 100 / 3, "le tiers": 100 / 3, "un quart": 25.0,
                   "le quart": 25.0, "les deux tiers": 200 / 3, "deux tiers": 200 / 3, "les trois quarts": 75.0,
                   "trois quarts": 75.0}


# ----------------------------------------------------------------------------------------------- recherche
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


def locate():
    root = find_root()
    pdf_dir = None
    if root and os.path.isdir(os.path.join(root, "evals", "corpora", CORPUS)):
        pdf_dir = os.path.join(root, "evals", "corpora", CORPUS)
    elif os.path.isdir(FALLBACK_PDF):
        pdf_dir = FALLBACK_PDF
    jdir = HERE
    if root and os.path.isfile(os.path.join(root, "evals", "figures", FIG_NAME)):
        jdir = os.path.join(root, "evals", "figures")
    return root, pdf_dir, jdir


# ----------------------------------------------------------------------------------------------- valeurs
def collapse(s):
    return " ".join(s.split())


NUM_RE = re.compile(r"^([+\-−]?)\s*(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?")


def parse_number(s):
    """Nombre en chiffres (espaces de milliers, virgule décimale, signe) ou en lettres, au début de s.
    Renvoie (valeur, reste) ou (None, s)."""
    s = s.strip()
    m = NUM_RE.match(s)
    if m:
        sign = -1 if m.group(1) in ("-", "−") else 1
        v = float(m.group(2).replace(" ", ""))
        if m.group(3):
            v += float("0." + m.group(3))
        return sign * v, s[m.end():].strip()
    w = s.split(" ", 1)
    key = w[0].lower()
    if key in WORDS:
        return float(WORDS[key]), (w[1] if len(w) > 1 else "")
    return None, s


def parse_text(text):
    """Valeur(s) lue(s) dans le texte du chiffre : renvoie (valeur, valeur_haute, genre) ou lève ValueError.
    genre : 'fraction', 'money', 'mmoney', 'pct', 'mark10', 'years', 'pts', 'plain'."""
    t = collapse(text.replace("\u00a0", " "))
    low = t.lower()
    # fourchettes : « entre X et Y », « de X à Y », « X à Y »
    m = re.match(r"^(?:entre\s+)?(.+?)\s+(?:et|à)\s+(.+)$", t)
    if m and (low.startswith("entre ") or low.startswith("de ") or re.match(r"^\d", t)):
        a = m.group(1)
        if a.lower().startswith("de "):
            a = a[3:]
        va, ka = parse_simple(a, m.group(2))
        vb, kb = parse_simple(m.group(2))
        if va is not None and vb is not None:
            return va, vb, kb
    # fractions nommées
    for k, v in NAMED_FRACTIONS.items():
        if low == k:
            return v, None, "fraction"
    # « deux … sur trois »
    m = re.match(r"^(\S+)\b.*\bsur\s+(\S+)$", t)
    if m:
        a, _ = parse_number(m.group(1))
        b, rest = parse_number(m.group(2))
        if a is not None and b and not rest:
            return a / b * 100, None, "fraction"
    v, kind = parse_simple(t)
    if v is None:
        raise ValueError("texte illisible : %r" % text)
    return v, None, kind


def parse_simple(t, unit_hint=""):
    v, rest = parse_number(t)
    if v is None:
        return None, None
    r = rest.lower()
    hint = unit_hint.lower()
    if r.startswith("m€") or r.startswith("million") or (not r and ("m€" in hint or "million" in hint)):
        return v * 1e6, "mmoney"
    if r.startswith("milliard"):
        return v * 1e9, "money"
    if r.startswith("k€"):
        return v * 1e3, "money"
    if r.startswith("€") or r.startswith("euro"):
        return v, "money"
    if r.startswith("%"):
        return v, "pct"
    if r.startswith("/10"):
        return v, "mark10"
    if re.match(r"^(an|ans|année|années)\b", r):
        return v, "years"
    if re.match(r"^(point|points|pt|pts)\b", r):
        return v, "pts"
    return v, "plain"


UNIT_KINDS = {"%": {"pct", "fraction"}, "€": {"money"}, "M€": {"mmoney"}, "/10": {"mark10"}, "years": {"years"},
              "pts": {"pts"}, "count": {"plain"}, "people": {"plain"}}


# ----------------------------------------------------------------------------------------------- occurrences
def occurrences(sentence, text):
    out, k = [], sentence.find(text)
    while k >= 0:
        out.append(k)
        k = sentence.find(text, k + 1)
    return out


def standalone(sentence, start, text):
    """Le texte choisi n'est pas un morceau d'un nombre plus long (chiffre collé avant ou après)."""
    end = start + len(text)
    before = sentence[start - 1] if start > 0 else ""
    after = sentence[end] if end < len(sentence) else ""
    if text[0].isdigit() and (before.isdigit() or (before in ",." and start > 1 and sentence[start - 2].isdigit())):
        return False
    if text[-1].isdigit() and (after.isdigit() or (after == "," and end + 1 < len(sentence)
                                                   and sentence[end + 1].isdigit())):
        return False
    return True


def check_year(y, name, errs, where):
    if isinstance(y, bool):
        errs.append("%s : %s booléen" % (where, name))
    elif isinstance(y, int):
        if not 1900 <= y <= 2100:
            errs.append("%s : %s hors bornes (%r)" % (where, name, y))
    elif isinstance(y, str):
        m = re.match(r"^(\d{4})-(\d{4})$", y)
        if not m or not (1900 <= int(m.group(1)) < int(m.group(2)) <= 2100):
            errs.append("%s : %s n'est pas « AAAA-AAAA » croissant (%r)" % (where, name, y))
    else:
        errs.append("%s : %s doit être un entier ou « AAAA-AAAA » (%r)" % (where, name, y))


# ----------------------------------------------------------------------------------------------- principal
def main():
    root, pdf_dir, jdir = locate()
    errs = []
    if not pdf_dir:
        print("PDF introuvables (ni <racine>/evals/corpora/%s ni %s)" % (CORPUS, FALLBACK_PDF))
        print("1 erreur(s)")
        return 1
    pages = {}
    for fn in sorted(os.listdir(pdf_dir)):
        if fn.endswith(".pdf"):
            r = pypdf.PdfReader(os.path.join(pdf_dir, fn))
            for i, p in enumerate(r.pages):
                pages[(fn, i + 1)] = collapse(p.extract_text() or "")
    files = {k[0] for k in pages}

    def load(name):
        path = os.path.join(jdir, name)
        out = []
        if not os.path.isfile(path):
            errs.append("fichier absent : %s" % path)
            return out
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    errs.append("%s:%d : ligne vide" % (name, n))
                    continue
                try:
                    d = json.loads(line)
                except ValueError as e:
                    errs.append("%s:%d : JSON invalide (%s)" % (name, n, e))
                    continue
                if not isinstance(d, dict):
                    errs.append("%s:%d : pas un objet" % (name, n))
                    continue
                out.append((n, d))
        return out

    figs = load(FIG_NAME)
    nons = load(NON_NAME)
    spans = collections.defaultdict(list)  # (file, page) -> [(début, fin, type, où)]

    def common(d, where, req, opt):
        ok = True
        for k in req:
            if k not in d:
                errs.append("%s : champ manquant « %s »" % (where, k))
                ok = False
        for k in d:
            if k not in req and k not in opt:
                errs.append("%s : champ inconnu « %s »" % (where, k))
        if not ok:
            return None
        if d["file"] not in files:
            errs.append("%s : fichier inconnu %r" % (where, d["file"]))
            return None
        if not isinstance(d["page"], int) or isinstance(d["page"], bool) or (d["file"], d["page"]) not in pages:
            errs.append("%s : page inexistante %r" % (where, d["page"]))
            return None
        for k in ("text", "sentence"):
            if not isinstance(d[k], str) or not d[k]:
                errs.append("%s : « %s » doit être une chaîne non vide" % (where, k))
                return None
        s, t = d["sentence"], d["text"]
        if s != collapse(s):
            errs.append("%s : phrase aux blancs non repliés" % where)
        page_text = pages[(d["file"], d["page"])]
        pos_s = page_text.find(s)
        if pos_s < 0:
            errs.append("%s : phrase absente du texte replié de la page : %r" % (where, s[:80]))
            return None
        occ = occurrences(s, t)
        if not occ:
            errs.append("%s : texte %r absent de la phrase" % (where, t))
            return None
        o = d.get("occurrence")
        if o is not None:
            if not isinstance(o, int) or isinstance(o, bool) or o < 1:
                errs.append("%s : occurrence invalide %r" % (where, o))
                return None
            if o > len(occ):
                errs.append("%s : occurrence %d mais %r ne figure que %d fois" % (where, o, t, len(occ)))
                return None
        elif len(occ) > 1:
            errs.append("%s : %r figure %d fois dans la phrase, « occurrence » manquant" % (where, t, len(occ)))
            return None
        start = occ[(o or 1) - 1]
        if not standalone(s, start, t):
            errs.append("%s : l'occurrence choisie de %r est collée à d'autres chiffres" % (where, t))
        return pos_s + start, pos_s + start + len(t)

    # ---- chiffres
    seen = {}
    per_page = collections.Counter()
    for n, d in figs:
        where = "%s:%d" % (FIG_NAME, n)
        sp = common(d, where, FIG_REQ, FIG_OPT)
        if sp is None:
            continue
        per_page[(d["file"], d["page"])] += 1
        spans[(d["file"], d["page"])].append((sp[0], sp[1], "fig", where))
        key = (d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence", 1))
        if key in seen:
            errs.append("%s : doublon de %s" % (where, seen[key]))
        seen[key] = where
        # unité et valeur
        unit = d["unit"]
        if unit not in UNITS:
            errs.append("%s : unité inconnue %r" % (where, unit))
        v = d["value"]
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            errs.append("%s : valeur non numérique %r" % (where, v))
            continue
        try:
            pv, phigh, kind = parse_text(d["text"])
        except ValueError as e:
            errs.append("%s : %s" % (where, e))
            continue
        if abs(pv - v) > 0.01 + 1e-9 * abs(v):
            errs.append("%s : valeur %r ≠ %r lue dans %r" % (where, v, round(pv, 4), d["text"]))
        rh = d.get("range_high")
        if phigh is not None:
            if rh is None:
                errs.append("%s : fourchette %r sans range_high" % (where, d["text"]))
            elif abs(phigh - rh) > 0.01:
                errs.append("%s : range_high %r ≠ %r" % (where, rh, phigh))
        elif rh is not None:
            errs.append("%s : range_high %r sans fourchette dans le texte" % (where, rh))
        if rh is not None and isinstance(rh, (int, float)) and rh <= v:
            errs.append("%s : range_high %r ≤ value %r" % (where, rh, v))
        if unit in UNIT_KINDS and kind not in UNIT_KINDS[unit]:
            errs.append("%s : unité %r incohérente avec le texte %r (%s)" % (where, unit, d["text"], kind))
        # autres champs
        for k in ("noun", "actor", "actor_alt"):
            if k in d and d[k] is not None and (not isinstance(d[k], str) or not d[k].strip()):
                errs.append("%s : « %s » doit être une chaîne non vide ou null" % (where, k))
        if not isinstance(d["measure"], str) or len(d["measure"].strip()) < 5:
            errs.append("%s : « measure » vide ou trop courte" % where)
        if d["year"] is None:
            errs.append("%s : year null (la consigne demande l'année de la phrase, de l'enquête ou du document)" % where)
        else:
            check_year(d["year"], "year", errs, where)
        if "year_alt" in d:
            check_year(d["year_alt"], "year_alt", errs, where)
            if d["year_alt"] == d["year"]:
                errs.append("%s : year_alt identique à year" % where)
        src = d.get("actor_src", None)
        if src not in ACTOR_SRC:
            errs.append("%s : actor_src inconnu %r" % (where, src))
        if (d["actor"] is None) != (src is None):
            errs.append("%s : actor_src %r incohérent avec actor %r" % (where, src, d["actor"]))
        for k in ("in_table", "several_actors"):
            if k in d and not isinstance(d[k], bool):
                errs.append("%s : « %s » doit être un booléen" % (where, k))
        if "also_printed_as" in d:
            ap = d["also_printed_as"]
            if not isinstance(ap, list) or not ap:
                errs.append("%s : also_printed_as doit être une liste non vide" % where)
            else:
                for a in ap:
                    if not isinstance(a, dict) or set(a) != {"text", "sentence"}:
                        errs.append("%s : also_printed_as : objets {text, sentence} attendus" % where)
                        continue
                    pt = pages[(d["file"], d["page"])]
                    if a["sentence"] != collapse(a["sentence"]) or a["sentence"] not in pt:
                        errs.append("%s : also_printed_as : phrase absente de la page" % where)
                    elif a["text"] not in a["sentence"]:
                        errs.append("%s : also_printed_as : texte absent de sa phrase" % where)
                    else:
                        try:
                            av, _, _ = parse_text(a["text"])
                            if abs(av - pv) > 0.01 + 1e-9 * abs(pv):
                                errs.append("%s : also_printed_as : valeur %r ≠ %r" % (where, av, pv))
                        except ValueError as e:
                            errs.append("%s : also_printed_as : %s" % (where, e))
                        j = pt.find(a["sentence"]) + a["sentence"].find(a["text"])
                        spans[(d["file"], d["page"])].append((j, j + len(a["text"]), "fig", where))
    for k, c in sorted(per_page.items()):
        if c > MAX_PER_PAGE:
            errs.append("%s p.%d : %d chiffres (au plus %d)" % (k[0], k[1], c, MAX_PER_PAGE))

    # ---- non-chiffres
    seen_n = {}
    for n, d in nons:
        where = "%s:%d" % (NON_NAME, n)
        sp = common(d, where, NON_REQ, NON_OPT)
        if sp is None:
            continue
        if d["why"] not in WHYS:
            errs.append("%s : why inconnu %r" % (where, d["why"]))
        key = (d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence", 1))
        if key in seen_n:
            errs.append("%s : doublon de %s" % (where, seen_n[key]))
        seen_n[key] = where
        for a, b, kind, w in spans[(d["file"], d["page"])]:
            if kind == "fig" and a < sp[1] and sp[0] < b:
                errs.append("%s : ce non-chiffre recouvre le chiffre %s" % (where, w))
        spans[(d["file"], d["page"])].append((sp[0], sp[1], "non", where))

    for e in errs:
        print(e)
    print("%d chiffres, %d non-chiffres ; PDF : %s ; JSONL : %s ; racine : %s"
          % (len(figs), len(nons), pdf_dir, jdir, root or "aucune"))
    print("%d erreur(s)" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
