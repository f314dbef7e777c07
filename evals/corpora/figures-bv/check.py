# -*- coding: utf-8 -*-
"""Vérifie le jeu BV (figures-bv.jsonl, not_figures-bv.jsonl) contre les PDF du corpus notes-s113.

Autonome : bibliothèque standard + pypdf. Usage : python check.py
- Racine du dépôt : premier parent contenant `pyproject.toml`, en partant du dossier courant, puis du dossier
  de ce script.
- PDF : <racine>/evals/corpora/notes-s113 s'il existe, sinon /work/blind/notes-s113.
- JSONL : <racine>/evals/figures/ s'il contient figures-bv.jsonl, sinon le dossier de ce script.
Imprime chaque erreur, puis le nombre d'erreurs ; code de sortie 1 s'il y en a.
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
FALLBACK_PDF = "/work/blind/notes-s113"
CORPUS = "notes-s113"
FIG_NAME, NF_NAME = "figures-bv.jsonl", "not_figures-bv.jsonl"
UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
REQ = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
OPT = {"actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
       "also_printed_as", "note"}
NF_REQ = ["file", "page", "text", "sentence", "why"]
NF_OPT = {"occurrence", "note"}
MAX_PER_PAGE = 12
MIN_PER_PAGE = 4

ERRORS = []


def err(where, msg):
    ERRORS.append("%s : %s" % (where, msg))


def fold(s):
    return " ".join(s.split())


# ----------------------------------------------------------------------------- emplacements
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
    roots = []
    for start in (os.getcwd(), HERE):
        r = find_root(start)
        if r and r not in roots:
            roots.append(r)
    pdf_dir = None
    for r in roots:
        cand = os.path.join(r, "evals", "corpora", CORPUS)
        if os.path.isdir(cand):
            pdf_dir = cand
            break
    if pdf_dir is None:
        pdf_dir = FALLBACK_PDF
    jsonl_dir = None
    for r in roots:
        cand = os.path.join(r, "evals", "figures")
        if os.path.isfile(os.path.join(cand, FIG_NAME)):
            jsonl_dir = cand
            break
    if jsonl_dir is None:
        jsonl_dir = HERE
    return roots, pdf_dir, jsonl_dir


# ----------------------------------------------------------------------------- valeurs
WORDS = {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000}
NUM_RE = re.compile(r"^\d{1,3}(?: \d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$")


def word_number(w):
    w = w.lower().strip()
    if w in WORDS:
        return WORDS[w]
    if "-" in w:
        parts = w.split("-")
        if all(p in WORDS or p == "et" for p in parts):
            return sum(WORDS[p] for p in parts if p != "et")
    return None


def plain_number(s):
    s = s.strip()
    if NUM_RE.match(s):
        return float(s.replace(" ", "").replace(",", "."))
    return word_number(s)


SUFFIXES = ((" millions d'euros", 1e6), (" million d'euros", 1e6), (" milliards d'euros", 1e9),
            (" milliard d'euros", 1e9), (" M€", 1e6), ("M€", 1e6), (" k€", 1e3), (" €", 1), ("€", 1),
            (" euros", 1), (" %", 1), ("%", 1), ("/10", 1), (" sur 10", 1), (" points", 1), (" point", 1),
            (" pts", 1), (" pt", 1), (" ans", 1), (" an", 1))


def suffix_mult(s):
    s = s.strip()
    for suf, k in SUFFIXES:
        if s.endswith(suf):
            return k
    return 1


def parse_value(text, unit):
    """Valeur (et borne haute éventuelle) lue dans le texte imprimé, en unités de base."""
    t = fold(text.replace("\u00a0", " ").replace("\u202f", " "))
    low = t.lower()
    # fourchette « A à B » : l'unité (et son multiplicateur) peut n'être imprimée qu'après B (« 1,5 à 2 M€ »)
    m = re.match(r"^(.+?) à (.+)$", t)
    if m:
        a, _ = parse_value(m.group(1), unit)
        b, _ = parse_value(m.group(2), unit)
        if a is not None and b is not None:
            if suffix_mult(m.group(1)) == 1 and suffix_mult(m.group(2)) != 1:
                a *= suffix_mult(m.group(2))
            return a, b
    sign = 1
    if t[:1] in "−-–":
        sign, t = -1, t[1:].strip()
    elif t[:1] in "+±":
        t = t[1:].strip()
    low = t.lower()
    # fractions en lettres
    if re.fullmatch(r"(la )?moitié", low):
        return 50.0, None
    m = re.fullmatch(r"(?:(?:les|des|un|le)\s+)?(\w+\s+)?(tiers|quarts?)", low)
    if m:
        n = word_number(m.group(1).strip()) if m.group(1) else 1
        d = 3 if m.group(2) == "tiers" else 4
        if n is not None:
            return round(100.0 * n / d, 2), None
    m = re.fullmatch(r"(\S+)(?:\s+.+?)?\s+sur\s+(\S+)", t)
    if m and unit != "/10":
        a, b = plain_number(m.group(1)), plain_number(m.group(2))
        if a is not None and b:
            return round(100.0 * a / b, 2), None
    # unités et multiplicateurs
    mult = 1.0
    for suf, k in SUFFIXES:
        if t.endswith(suf):
            t = t[: -len(suf)].strip()
            mult = k
            break
    v = plain_number(t)
    if v is None:
        return None, None
    return sign * v * mult, None


def check_unit(where, it):
    unit, text = it["unit"], it["text"].lower()
    if "%" in text and unit != "%":
        err(where, "texte en %% mais unité %r" % unit)
    if ("€" in text or "euro" in text) and unit not in ("€", "M€"):
        err(where, "texte en euros mais unité %r" % unit)
    if unit == "%" and "%" not in text and not re.search(r"moitié|tiers|quart|\bsur\b", text):
        err(where, "unité % sans % ni fraction dans le texte")
    if unit in ("€", "M€") and not ("€" in text or "euro" in text or it.get("in_table")):
        err(where, "unité € sans devise dans le texte (hors tableau)")
    if unit in ("people", "count") and re.search(r"%|€|euro", text):
        err(where, "compte avec un texte en %/€")
    if unit == "years" and not re.search(r"\bans?\b|année", text):
        err(where, "durée sans « an(s) »")
    if unit == "pts" and not (re.search(r"points?|pts?", text) or it.get("in_table")):
        err(where, "écart en points sans « points » (hors tableau)")


YEAR_RE = re.compile(r"^(\d{4})-(\d{4})$")


def check_year(where, y, field, allow_null):
    if y is None:
        if not allow_null:
            err(where, "%s manquant (null)" % field)
        return
    if isinstance(y, bool):
        err(where, "%s booléen" % field)
    elif isinstance(y, int):
        if not 1900 <= y <= 2100:
            err(where, "%s hors plage : %r" % (field, y))
    elif isinstance(y, str):
        m = YEAR_RE.match(y)
        if not m or not (1900 <= int(m.group(1)) < int(m.group(2)) <= 2100):
            err(where, "%s : période mal formée %r" % (field, y))
    else:
        err(where, "%s : type %s" % (field, type(y).__name__))


def occurrences(s, sub):
    out, i = [], s.find(sub)
    while i >= 0:
        out.append(i)
        i = s.find(sub, i + 1)
    return out


# ----------------------------------------------------------------------------- principal
def main():
    roots, pdf_dir, jsonl_dir = locate()
    pages = {}
    npages = {}
    if not os.path.isdir(pdf_dir):
        print("dossier PDF introuvable : %s" % pdf_dir)
        sys.exit(1)
    for f in sorted(os.listdir(pdf_dir)):
        if f.endswith(".pdf"):
            r = pypdf.PdfReader(os.path.join(pdf_dir, f))
            npages[f] = len(r.pages)
            for i, p in enumerate(r.pages):
                pages[(f, i + 1)] = fold(p.extract_text())
    if not npages:
        err(pdf_dir, "aucun PDF")

    def load(name):
        path = os.path.join(jsonl_dir, name)
        out = []
        if not os.path.isfile(path):
            err(path, "fichier absent")
            return out
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    out.append((n, json.loads(line)))
                except ValueError as e:
                    err("%s:%d" % (name, n), "JSON invalide (%s)" % e)
        return out

    figs, nfs = load(FIG_NAME), load(NF_NAME)
    spans = {}          # (file, page) -> [(début, fin, étiquette)]
    per_page = {}
    seen = set()

    def locate_span(where, f, p, sentence, text, occ):
        t = pages.get((f, p))
        if t is None:
            return None
        if sentence != fold(sentence):
            err(where, "phrase non repliée (blancs multiples)")
        i = t.find(sentence)
        if i < 0:
            err(where, "phrase absente du texte replié de la page : %r" % sentence[:90])
            return None
        occ_list = occurrences(sentence, text) if text else []
        if not occ_list:
            err(where, "texte %r absent de la phrase" % text)
            return None
        if len(occ_list) > 1 and occ is None:
            err(where, "texte %r présent %d fois dans la phrase : `occurrence` requise" % (text, len(occ_list)))
            return None
        k = occ or 1
        if not isinstance(k, int) or isinstance(k, bool) or k < 1 or k > len(occ_list):
            err(where, "occurrence %r invalide (%d occurrence(s))" % (occ, len(occ_list)))
            return None
        j = occ_list[k - 1]
        return (i + j, i + j + len(text))

    def check_page(where, f, p):
        if f not in npages:
            err(where, "PDF inconnu %r" % f)
            return False
        if not isinstance(p, int) or isinstance(p, bool) or not 1 <= p <= npages[f]:
            err(where, "page %r inexistante (%d pages)" % (p, npages[f]))
            return False
        return True

    for n, it in figs:
        where = "%s:%d" % (FIG_NAME, n)
        if not isinstance(it, dict):
            err(where, "objet attendu")
            continue
        missing = [k for k in REQ if k not in it]
        if missing:
            err(where, "champs manquants %s" % missing)
            continue
        extra = set(it) - set(REQ) - OPT
        if extra:
            err(where, "champs inconnus %s" % sorted(extra))
        f, p = it["file"], it["page"]
        where = "%s:%d [%s p%s %r]" % (FIG_NAME, n, f, p, it.get("text"))
        for k in ("text", "measure", "sentence"):
            if not isinstance(it[k], str) or not it[k].strip():
                err(where, "%s vide ou non texte" % k)
        for k in ("noun", "actor", "actor_alt", "note"):
            if k in it and it[k] is not None and not isinstance(it[k], str):
                err(where, "%s doit être un texte ou null" % k)
        if not isinstance(it["value"], (int, float)) or isinstance(it["value"], bool):
            err(where, "value non numérique")
            continue
        if it["unit"] not in UNITS:
            err(where, "unité inconnue %r" % it["unit"])
        check_year(where, it["year"], "year", allow_null=False)
        if "year_alt" in it:
            check_year(where, it["year_alt"], "year_alt", allow_null=False)
            if it["year_alt"] == it["year"]:
                err(where, "year_alt identique à year")
        for k in ("in_table", "several_actors"):
            if k in it and not isinstance(it[k], bool):
                err(where, "%s doit être booléen" % k)
        src = it.get("actor_src")
        if src not in ACTOR_SRC:
            err(where, "actor_src inconnu %r" % src)
        elif (src is None) != (it["actor"] is None):
            err(where, "actor_src %r incohérent avec actor %r" % (src, it["actor"]))
        if not check_page(where, f, p):
            continue
        sp = locate_span(where, f, p, it["sentence"], it["text"], it.get("occurrence"))
        if sp:
            key = (f, p) + sp
            if key in seen:
                err(where, "doublon (même texte au même endroit)")
            seen.add(key)
            spans.setdefault((f, p), []).append(sp + ("chiffre " + it["text"],))
        # valeur
        v, hi = parse_value(it["text"], it["unit"])
        if v is None:
            err(where, "valeur illisible dans le texte %r" % it["text"])
        elif abs(v - it["value"]) > 0.005 + 1e-9 * abs(v):
            err(where, "value %r ≠ texte %r (%r)" % (it["value"], it["text"], v))
        if hi is not None or "range_high" in it:
            rh = it.get("range_high")
            if hi is None or rh is None or not isinstance(rh, (int, float)) or abs(rh - hi) > 1e-6 * max(1, hi):
                err(where, "range_high %r ≠ borne haute du texte %r" % (rh, hi))
            elif rh <= it["value"]:
                err(where, "range_high ≤ value")
        check_unit(where, it)
        # autres formes imprimées
        apa = it.get("also_printed_as")
        if apa is not None:
            if not isinstance(apa, list) or not apa:
                err(where, "also_printed_as doit être une liste non vide")
            else:
                for a in apa:
                    if not isinstance(a, dict) or set(a) != {"text", "sentence"}:
                        err(where, "also_printed_as : objets {text, sentence} attendus")
                        continue
                    s2 = locate_span(where + " also_printed_as", f, p, a["sentence"], a["text"], 1)
                    if s2:
                        spans.setdefault((f, p), []).append(s2 + ("autre forme " + a["text"],))
                    av, _ = parse_value(a["text"], it["unit"])
                    if av is not None and abs(av - it["value"]) > max(1.5, 0.05 * abs(it["value"])):
                        err(where, "also_printed_as %r (%r) trop loin de value %r" % (a["text"], av, it["value"]))
        per_page[(f, p)] = per_page.get((f, p), 0) + 1

    for key, n in sorted(per_page.items()):
        if n > MAX_PER_PAGE:
            err("%s p%d" % key, "%d chiffres (> %d)" % (n, MAX_PER_PAGE))
    for f, np_ in sorted(npages.items()):
        for p in range(1, np_ + 1):
            if per_page.get((f, p), 0) < MIN_PER_PAGE:
                err("%s p%d" % (f, p), "%d chiffre(s) annoté(s), < %d : page non couverte ?" %
                    (per_page.get((f, p), 0), MIN_PER_PAGE))

    nf_seen = set()
    for n, it in nfs:
        where = "%s:%d" % (NF_NAME, n)
        if not isinstance(it, dict):
            err(where, "objet attendu")
            continue
        missing = [k for k in NF_REQ if k not in it]
        if missing:
            err(where, "champs manquants %s" % missing)
            continue
        extra = set(it) - set(NF_REQ) - NF_OPT
        if extra:
            err(where, "champs inconnus %s" % sorted(extra))
        f, p = it["file"], it["page"]
        where = "%s:%d [%s p%s %r]" % (NF_NAME, n, f, p, it.get("text"))
        if it["why"] not in WHYS:
            err(where, "why inconnu %r" % it["why"])
        if not re.search(r"\d|\b(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b|ième|première|premier",
                         str(it["text"]), re.I):
            err(where, "non-chiffre sans nombre dans le texte")
        if not check_page(where, f, p):
            continue
        sp = locate_span(where, f, p, it["sentence"], it["text"], it.get("occurrence"))
        if not sp:
            continue
        key = (f, p) + sp
        if key in nf_seen:
            err(where, "doublon de non-chiffre")
        nf_seen.add(key)
        for a, b, lab in spans.get((f, p), []):
            if a < sp[1] and sp[0] < b:
                err(where, "non-chiffre recouvrant un chiffre annoté (%s)" % lab)

    for e in ERRORS:
        print(e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF : %s ; JSONL : %s ; racine : %s) : %d erreur(s)"
          % (len(figs), len(nfs), pdf_dir, jsonl_dir, roots[0] if roots else "aucune", len(ERRORS)))
    sys.exit(1 if ERRORS else 0)


if __name__ == "__main__":
    main()
