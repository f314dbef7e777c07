#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Vérifie le jeu BO (figures-bo.jsonl, not_figures-bo.jsonl) contre les PDF du corpus notes-s106.

Autonome : bibliothèque standard + pypdf.
- Racine du dépôt : premier parent contenant pyproject.toml, en partant du dossier courant, puis du dossier
  de ce script.
- PDF : <racine>/evals/corpora/notes-s106 s'il existe, sinon /work/blind/notes-s106.
- JSONL : <racine>/evals/figures/ s'il y contient figures-bo.jsonl, sinon le dossier de ce script.
Imprime le nombre d'erreurs ; code de sortie 1 s'il y en a.
"""
import json
import os
import re
import sys

import pypdf

UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
REQ_F = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
OPT_F = {"actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
         "also_printed_as", "note"}
REQ_N = ["file", "page", "text", "sentence", "why"]
OPT_N = {"occurrence", "note"}
MAX_PER_PAGE = 12
MARKERS = {"%": r"%|pour ?cent", "/10": r"/10|sur 10", "M€": r"m€|million", "€": r"(?<!m)€|\beuros?\b",
           "pts": r"\bpts?\b|\bpoints?\b", "years": r"\bans?\b|\bannées?\b"}
FIG_NAME = "figures-bo.jsonl"
NOT_NAME = "not_figures-bo.jsonl"
CORPUS = "notes-s106"
FALLBACK_PDF = "/work/blind/notes-s106"

WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000}


# ------------------------------------------------------------------ emplacements
def find_root():
    starts = [os.getcwd(), os.path.dirname(os.path.abspath(__file__))]
    for s in starts:
        d = os.path.abspath(s)
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
    pdf_dir = FALLBACK_PDF
    jsonl_dir = os.path.dirname(os.path.abspath(__file__))
    if root:
        cand = os.path.join(root, "evals", "corpora", CORPUS)
        if os.path.isdir(cand):
            pdf_dir = cand
        cand = os.path.join(root, "evals", "figures")
        if os.path.isfile(os.path.join(cand, FIG_NAME)):
            jsonl_dir = cand
    return root, pdf_dir, jsonl_dir


# ------------------------------------------------------------------ outils
def collapse(s):
    return " ".join(s.split())


def occurrences(sentence, text):
    """Positions de text dans sentence, sans coller à un autre chiffre (ou lettre pour un mot)."""
    out = []
    i = 0
    n = len(text)
    while True:
        j = sentence.find(text, i)
        if j < 0:
            return out
        before = sentence[j - 1] if j > 0 else ""
        after = sentence[j + n] if j + n < len(sentence) else ""
        ok = True
        if text[0].isdigit() and before.isdigit():
            ok = False
        if text[-1].isdigit() and after.isdigit():
            ok = False
        if text[0].isalpha() and before.isalpha():
            ok = False
        if text[-1].isalpha() and after.isalpha():
            ok = False
        if ok:
            out.append(j)
        i = j + 1


NUM_RE = re.compile(r"([+\-–−±]?)\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)")


def word_value(w):
    return WORDS.get(w.lower())


def parse_text(text, unit):
    """Valeur attendue d'après le texte imprimé (None si illisible)."""
    t = text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    low = t.lower()
    # fractions en lettres : « deux maires sur trois », « une entreprise sur cinq »
    m = re.match(r"^(?:près de |plus de )?(\w+)(?: [\w'’-]+)? sur (\w+)$", low)
    if m and word_value(m.group(1)) and word_value(m.group(2)):
        return 100.0 * word_value(m.group(1)) / word_value(m.group(2))
    m = re.match(r"^(?:près d'|près de )?(\w+) (tiers|quarts?)$", low)
    if m and word_value(m.group(1)):
        return 100.0 * word_value(m.group(1)) / (3 if m.group(2) == "tiers" else 4)
    if re.match(r"^(?:la )?moitié$", low):
        return 50.0
    m = NUM_RE.search(t)
    if m:
        sign, num = m.groups()
        v = float(num.replace(" ", "").replace(",", "."))
        if sign in ("-", "–", "−"):
            v = -v
    else:
        first = re.match(r"^(\w+)", low)
        if not first or word_value(first.group(1)) is None:
            return None
        v = float(word_value(first.group(1)))
    if "milliard" in low:
        v *= 1e9 if unit == "€" else (1e3 if unit == "M€" else 1)
    elif "million" in low or "m€" in low:
        v *= 1e6 if unit == "€" else 1
    return v


def unit_from_text(text):
    low = text.lower()
    if "%" in low or re.search(r"\bsur \w+$", low) or re.search(r"\b(tiers|quarts?|moitié)\b", low):
        return {"%"}
    if "/10" in low:
        return {"/10"}
    if "m€" in low or "million" in low or "milliard" in low:
        return {"M€"}
    if "€" in low or "euro" in low:
        return {"€"}
    if re.search(r"\b(pts?|points?)\b", low):
        return {"pts"}
    if re.search(r"\b(ans?|années?)\b", low):
        return {"years"}
    return None  # nombre nu : unité libre (colonne de tableau, compte)


def year_ok(y):
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    if isinstance(y, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", y)
        return bool(m) and 1900 <= int(m.group(1)) < int(m.group(2)) <= 2100
    return False


# ------------------------------------------------------------------ contrôle
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
                if not (isinstance(p, int) and not isinstance(p, bool) and 1 <= p <= len(r.pages)):
                    pages[key] = None
                else:
                    pages[key] = collapse(r.pages[p - 1].extract_text())
        return pages[key]

    def load(name):
        path = os.path.join(jsonl_dir, name)
        rows = []
        if not os.path.isfile(path):
            err(name, "fichier absent (%s)" % path)
            return rows
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    err("%s:%d" % (name, n), "ligne vide")
                    continue
                try:
                    rows.append((n, json.loads(line)))
                except ValueError as e:
                    err("%s:%d" % (name, n), "JSON invalide (%s)" % e)
        return rows

    def locate_text(where, d, page, sentence, text, occ):
        """Position absolue de text dans la page (ou None) ; contrôle phrase, texte, occurrence."""
        if not isinstance(sentence, str) or not sentence:
            err(where, "sentence absente")
            return None
        if sentence != collapse(sentence):
            err(where, "sentence non repliée (blancs)")
        if page is None:
            return None
        si = page.find(sentence)
        if si < 0:
            err(where, "sentence absente du texte replié de la page : %r" % sentence[:80])
            return None
        if not isinstance(text, str) or not text:
            err(where, "text absent")
            return None
        pos = occurrences(sentence, text)
        if not pos:
            err(where, "text %r absent de la phrase" % text)
            return None
        if occ is None:
            if len(pos) > 1:
                err(where, "text %r figure %d fois dans la phrase : occurrence requise" % (text, len(pos)))
            return si + pos[0]
        if not isinstance(occ, int) or isinstance(occ, bool) or not 1 <= occ <= len(pos):
            err(where, "occurrence %r invalide (%d présence(s))" % (occ, len(pos)))
            return None
        return si + pos[occ - 1]

    figs = load(FIG_NAME)
    nots = load(NOT_NAME)
    spans = {}  # (file, page) -> [(début, fin, genre, lieu)]
    per_page = {}
    seen = {}

    for n, d in figs:
        where = "%s:%d" % (FIG_NAME, n)
        if not isinstance(d, dict):
            err(where, "objet attendu")
            continue
        for k in REQ_F:
            if k not in d:
                err(where, "champ manquant %s" % k)
        for k in d:
            if k not in REQ_F and k not in OPT_F:
                err(where, "champ inconnu %s" % k)
        f, p = d.get("file"), d.get("page")
        if not isinstance(f, str) or not re.fullmatch(r"obs-s106-0[1-5]-[a-z0-9-]+\.pdf", f or ""):
            err(where, "file invalide %r" % f)
        page = page_text(f, p) if isinstance(f, str) else None
        if page is None:
            err(where, "page inexistante (%r p.%r)" % (f, p))
        pos = locate_text(where, d, page, d.get("sentence"), d.get("text"), d.get("occurrence"))
        text = d.get("text") if isinstance(d.get("text"), str) else ""
        unit = d.get("unit")
        if unit not in UNITS:
            err(where, "unité %r hors liste" % unit)
        val = d.get("value")
        if not isinstance(val, (int, float)) or isinstance(val, bool):
            err(where, "value non numérique %r" % val)
        elif text:
            exp = parse_text(text, unit)
            if exp is None:
                err(where, "valeur illisible dans %r" % text)
            elif abs(exp - val) > 0.01 + 1e-9 * abs(exp):
                err(where, "value %r ne correspond pas au texte %r (attendu %r)" % (val, text, exp))
        if text and unit in UNITS:
            u = unit_from_text(text)
            if u is not None and unit not in u:
                err(where, "unité %r incohérente avec %r (attendu %s)" % (unit, text, "/".join(sorted(u))))
            if u is None and unit in MARKERS and not d.get("in_table"):
                # nombre nu hors tableau : l'unité doit être imprimée ailleurs dans la phrase (« 5,4 » … « sur 10 »)
                if not re.search(MARKERS[unit], str(d.get("sentence", "")).lower()):
                    err(where, "nombre nu %r avec l'unité %r sans marque d'unité dans la phrase" % (text, unit))
        if "range_high" in d:
            rh = d["range_high"]
            m = re.search(r"(\d[\d ,]*)\s*(?:à|-|–)\s*(\d[\d ,]*)", text)
            if not isinstance(rh, (int, float)) or not m or abs(
                    float(m.group(2).replace(" ", "").replace(",", ".").rstrip(".")) - rh) > 0.01:
                err(where, "range_high %r incohérent avec %r" % (rh, text))
        for k in ("noun", "actor"):
            if k in d and d[k] is not None and (not isinstance(d[k], str) or not d[k].strip()):
                err(where, "%s doit être une chaîne non vide ou null" % k)
        if not isinstance(d.get("measure"), str) or len(d.get("measure", "").strip()) < 5:
            err(where, "measure vide")
        if not year_ok(d.get("year")):
            err(where, "year invalide %r" % d.get("year"))
        if "year_alt" in d and not year_ok(d["year_alt"]):
            err(where, "year_alt invalide %r" % d["year_alt"])
        if "actor_alt" in d and (not isinstance(d["actor_alt"], str) or not d["actor_alt"].strip()):
            err(where, "actor_alt invalide")
        for k in ("in_table", "several_actors"):
            if k in d and not isinstance(d[k], bool):
                err(where, "%s doit être booléen" % k)
        if "actor_src" in d:
            if d["actor_src"] not in ACTOR_SRC:
                err(where, "actor_src %r hors liste" % d["actor_src"])
            elif (d["actor_src"] is None) != (d.get("actor") is None):
                err(where, "actor_src %r incohérent avec actor %r" % (d["actor_src"], d.get("actor")))
        if "note" in d and not isinstance(d["note"], str):
            err(where, "note doit être une chaîne")
        extra_pos = []
        if "also_printed_as" in d:
            ap = d["also_printed_as"]
            if not isinstance(ap, list) or not ap:
                err(where, "also_printed_as doit être une liste non vide")
            else:
                for a in ap:
                    if not isinstance(a, dict) or set(a) != {"text", "sentence"}:
                        err(where, "also_printed_as : objets {text, sentence} attendus")
                        continue
                    q = locate_text(where + " (also_printed_as)", d, page, a["sentence"], a["text"], None)
                    if q is not None:
                        extra_pos.append((q, q + len(a["text"])))
        if page is not None:
            key = (f, p)
            per_page[key] = per_page.get(key, 0) + 1
            if pos is not None:
                sp = spans.setdefault(key, [])
                for s0, e0 in [(pos, pos + len(text))] + extra_pos:
                    for s1, e1, kind, w in sp:
                        if s0 < e1 and s1 < e0:
                            err(where, "même emplacement qu'un autre item (%s, %s)" % (kind, w))
                    sp.append((s0, e0, "chiffre", where))
                dup = (f, p, pos)
                if dup in seen:
                    err(where, "doublon de %s" % seen[dup])
                seen[dup] = where

    for key, c in sorted(per_page.items()):
        if c > MAX_PER_PAGE:
            err("%s p.%d" % key, "%d chiffres (> %d)" % (c, MAX_PER_PAGE))

    for n, d in nots:
        where = "%s:%d" % (NOT_NAME, n)
        if not isinstance(d, dict):
            err(where, "objet attendu")
            continue
        for k in REQ_N:
            if k not in d:
                err(where, "champ manquant %s" % k)
        for k in d:
            if k not in REQ_N and k not in OPT_N:
                err(where, "champ inconnu %s" % k)
        f, p = d.get("file"), d.get("page")
        page = page_text(f, p) if isinstance(f, str) else None
        if page is None:
            err(where, "page inexistante (%r p.%r)" % (f, p))
        if d.get("why") not in WHYS:
            err(where, "why %r hors liste" % d.get("why"))
        pos = locate_text(where, d, page, d.get("sentence"), d.get("text"), d.get("occurrence"))
        if pos is not None and page is not None:
            e = pos + len(d["text"])
            sp = spans.setdefault((f, p), [])
            for s1, e1, kind, w in sp:
                if pos < e1 and s1 < e:
                    if kind == "chiffre":
                        err(where, "non-chiffre annoté aussi comme chiffre (%s)" % w)
                    else:
                        err(where, "doublon de non-chiffre (%s)" % w)
            sp.append((pos, e, "non-chiffre", where))

    for e in errors:
        print(e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF : %s ; JSONL : %s ; racine : %s) : %d erreur(s)"
          % (len(figs), len(nots), pdf_dir, jsonl_dir, root, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
