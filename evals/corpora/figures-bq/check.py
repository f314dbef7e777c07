#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Vérifie le jeu BQ (figures-bq.jsonl, not_figures-bq.jsonl) contre les PDF du corpus notes-s108.

Autonome : bibliothèque standard + pypdf.
- PDF : <racine>/evals/corpora/notes-s108, sinon /work/blind/notes-s108 ;
- JSONL : <racine>/evals/figures/, sinon le dossier de ce script ;
  <racine> = premier parent contenant pyproject.toml, en partant du dossier courant, puis du dossier du script.
Sortie : liste des erreurs, puis « N erreur(s) » ; code de sortie 1 s'il y a au moins une erreur.
Option : --figures F --not-figures N --pdf-dir D pour vérifier d'autres fichiers (tests).
"""
import argparse
import json
import os
import re
import sys

try:
    from pypdf import PdfReader
except ImportError:  # pragma: no cover
    sys.exit("pypdf est requis (pip install pypdf)")

CORPUS = "notes-s108"
FIG_NAME = "figures-bq.jsonl"
NOT_NAME = "not_figures-bq.jsonl"
FALLBACK_PDF = "/work/blind/notes-s108"
MAX_PER_PAGE = 12

UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
FIG_REQ = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPT = {"actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
           "also_printed_as", "note"}
NOT_REQ = ["file", "page", "text", "sentence", "why"]
NOT_OPT = {"occurrence", "note"}

WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "cent": 100, "mille": 1000}
FRACTIONS = {"la moitié": 50.0, "moitié": 50.0, "un tiers": 100 / 3, "deux tiers": 200 / 3, "un quart": 25.0,
             "trois quarts": 75.0, "les trois quarts": 75.0}
YEAR_RE = re.compile(r"^(\d{4})(?:-(\d{4}))?$")


# --------------------------------------------------------------------------------------------- chemins
def find_root():
    starts = [os.getcwd(), os.path.dirname(os.path.abspath(__file__))]
    for start in starts:
        d = os.path.abspath(start)
        while True:
            if os.path.isfile(os.path.join(d, "pyproject.toml")):
                return d
            parent = os.path.dirname(d)
            if parent == d:
                break
            d = parent
    return None


def locate(args):
    root = find_root()
    here = os.path.dirname(os.path.abspath(__file__))
    pdf_dir = args.pdf_dir
    if not pdf_dir:
        cand = os.path.join(root, "evals", "corpora", CORPUS) if root else None
        pdf_dir = cand if cand and os.path.isdir(cand) else FALLBACK_PDF
    def jl(name, given):
        if given:
            return given
        cand = os.path.join(root, "evals", "figures", name) if root else None
        return cand if cand and os.path.isfile(cand) else os.path.join(here, name)
    return root, pdf_dir, jl(FIG_NAME, args.figures), jl(NOT_NAME, args.not_figures)


# --------------------------------------------------------------------------------------------- texte
def collapse(s):
    return " ".join(s.split())


_PAGES = {}


def pages_of(pdf_dir, name):
    if name not in _PAGES:
        path = os.path.join(pdf_dir, name)
        if not os.path.isfile(path):
            _PAGES[name] = None
        else:
            _PAGES[name] = [collapse(p.extract_text() or "") for p in PdfReader(path).pages]
    return _PAGES[name]


def plain_positions(text, sentence):
    out, i = [], sentence.find(text)
    while i >= 0:
        out.append(i)
        i = sentence.find(text, i + 1)
    return out


def span_of(item, errs, tag):
    """Position du texte dans la phrase (sous-chaîne simple ; `occurrence` = rang 1-based si plusieurs)."""
    pos = plain_positions(item["text"], item["sentence"])
    if not pos:
        errs.append("%s : texte %r absent de la phrase" % (tag, item["text"]))
        return None
    occ = item.get("occurrence")
    if occ is None:
        if len(pos) > 1:
            errs.append("%s : texte %r présent %d fois dans la phrase, `occurrence` manquant" % (tag, item["text"], len(pos)))
            return None
        occ = 1
    if not isinstance(occ, int) or occ < 1 or occ > len(pos):
        errs.append("%s : occurrence %r invalide (%d occurrence(s))" % (tag, occ, len(pos)))
        return None
    if len(pos) == 1 and item.get("occurrence") is not None:
        errs.append("%s : `occurrence` donné alors que le texte n'apparaît qu'une fois" % tag)
    start = pos[occ - 1]
    return (start, start + len(item["text"]))


# --------------------------------------------------------------------------------------------- valeurs
def parse_number(tok):
    tok = tok.replace("\u00a0", " ").strip()
    m = re.search(r"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?", tok)
    if not m:
        return None
    return float(m.group(0).replace(" ", "").replace(",", "."))


def expected_values(item):
    """Valeurs acceptables déduites du texte imprimé (et de la phrase pour « k€ »)."""
    t = item["text"].strip()
    low = t.lower()
    sent = item["sentence"].lower()
    # fractions et nombres en lettres
    for k, v in FRACTIONS.items():
        if low == k or low.endswith(" " + k) and not re.search(r"\d", low):
            return [v]
    if " sur " in low and not re.search(r"\d", low):
        left, right = low.split(" sur ", 1)
        a = left.split()[0].replace("d'", "")
        b = right.split()[0]
        if a in WORDS and b in WORDS:
            return [100.0 * WORDS[a] / WORDS[b]]
        return []
    if not re.search(r"\d", low):
        first = low.split()[0]
        return [float(WORDS[first])] if first in WORDS else []
    n = parse_number(t)
    if n is None:
        return []
    sign = -1 if re.match(r"^\s*[–\-−]", t) else 1
    n *= sign
    if re.search(r"milliards?\b", low):
        return [n * 1e9]
    if "m€" in low or re.search(r"millions?\b", low):
        return [n * 1e6]
    if "k€" in low:
        return [n * 1e3]
    if "(k€)" in sent and "%" not in low:
        return [n * 1e3, n]
    return [n]


def allowed_units(item):
    t = item["text"].lower()
    if "%" in t:
        return {"%"}
    if "/10" in t or "sur 10" in t:
        return {"/10"}
    if re.search(r"\bpoints?\b|\bpts\b", t):
        return {"pts"}
    if "€" in t or "euro" in t:
        return {"€", "M€"}
    if re.search(r"\bans?\b|\bannées?\b", t):
        return {"years"}
    if not re.search(r"\d", t):  # nombre en lettres sans unité : fraction (%) ou compte
        if " sur " in t or any(t.endswith(k) for k in FRACTIONS):
            return {"%"}
        return {"count", "people"}
    base = {"count", "people"}
    if item.get("in_table"):
        base |= {"/10", "pts", "€"}
    if "(k€)" in item["sentence"]:
        base |= {"€"}
    return base


def check_year(v, label, tag, errs, doc_text):
    if v is None:
        return
    if isinstance(v, bool):
        errs.append("%s : %s booléen" % (tag, label))
        return
    if isinstance(v, int):
        years = [v]
    elif isinstance(v, str) and YEAR_RE.match(v):
        m = YEAR_RE.match(v)
        years = [int(m.group(1)), int(m.group(2))]
        if years[0] >= years[1]:
            errs.append("%s : période %s mal ordonnée" % (tag, v))
    else:
        errs.append("%s : %s %r n'est ni un entier ni « AAAA-AAAA »" % (tag, label, v))
        return
    for y in years:
        if not 1990 <= y <= 2035:
            errs.append("%s : %s %r hors bornes" % (tag, label, v))
        elif doc_text is not None and str(y) not in doc_text:
            errs.append("%s : %s %r : l'année %d n'est imprimée nulle part dans le document" % (tag, label, v, y))


# --------------------------------------------------------------------------------------------- contrôle
def load(path, errs):
    items = []
    if not os.path.isfile(path):
        errs.append("fichier introuvable : %s" % path)
        return items
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                items.append((n, json.loads(line)))
            except ValueError as e:
                errs.append("%s:%d : JSON invalide (%s)" % (os.path.basename(path), n, e))
    return items


def common(item, tag, req, opt, errs, pdf_dir):
    for k in req:
        if k not in item:
            errs.append("%s : champ %r manquant" % (tag, k))
    for k in item:
        if k not in req and k not in opt:
            errs.append("%s : champ inconnu %r" % (tag, k))
    if any(k not in item for k in ("file", "page", "text", "sentence")):
        return None
    for k in ("text", "sentence"):
        if not isinstance(item[k], str) or not item[k]:
            errs.append("%s : %s vide ou non textuel" % (tag, k))
            return None
    if item["sentence"] != collapse(item["sentence"]):
        errs.append("%s : phrase non repliée" % tag)
    pages = pages_of(pdf_dir, item["file"])
    if pages is None:
        errs.append("%s : PDF %r introuvable dans %s" % (tag, item["file"], pdf_dir))
        return None
    p = item["page"]
    if not isinstance(p, int) or isinstance(p, bool) or not 1 <= p <= len(pages):
        errs.append("%s : page %r inexistante (%d pages)" % (tag, p, len(pages)))
        return None
    if item["sentence"] not in pages[p - 1]:
        errs.append("%s : phrase absente du texte replié de la page %d" % (tag, p))
        return None
    return span_of(item, errs, tag)


def run(args):
    errs = []
    root, pdf_dir, fig_path, not_path = locate(args)
    figs = load(fig_path, errs)
    nots = load(not_path, errs)
    spans = {}          # (file, page, sentence) -> [(start, end, tag)] des chiffres
    per_page = {}
    seen = set()
    seen_vals = {}
    for n, it in figs:
        tag = "figures:%d" % n
        sp = common(it, tag, FIG_REQ, FIG_OPT, errs, pdf_dir)
        if sp is None:
            continue
        key = (it["file"], it["page"], it["sentence"], sp)
        if key in seen:
            errs.append("%s : doublon (même texte, même phrase, même position)" % tag)
        seen.add(key)
        spans.setdefault((it["file"], it["page"], it["sentence"]), []).append((sp[0], sp[1], tag))
        per_page[(it["file"], it["page"])] = per_page.get((it["file"], it["page"]), 0) + 1
        # valeur et unité
        v = it.get("value")
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            errs.append("%s : valeur non numérique %r" % (tag, v))
        else:
            exp = expected_values(it)
            if not exp:
                errs.append("%s : impossible de lire une valeur dans %r" % (tag, it["text"]))
            elif not any(abs(v - e) <= max(0.01, abs(e) * 1e-4) for e in exp):
                errs.append("%s : valeur %r non conforme au texte %r (attendu %s)" % (tag, v, it["text"], exp))
        if it.get("unit") not in UNITS:
            errs.append("%s : unité %r hors liste" % (tag, it.get("unit")))
        elif it["unit"] not in allowed_units(it):
            errs.append("%s : unité %r incompatible avec le texte %r" % (tag, it["unit"], it["text"]))
        if "range_high" in it and not isinstance(it["range_high"], (int, float)):
            errs.append("%s : range_high non numérique" % tag)
        # champs textuels
        if not isinstance(it.get("measure"), str) or not it["measure"].strip():
            errs.append("%s : measure vide" % tag)
        for k in ("actor", "noun", "actor_alt", "note"):
            if it.get(k) is not None and (not isinstance(it[k], str) or not it[k].strip()):
                errs.append("%s : %s doit être une chaîne non vide ou null" % (tag, k))
        src = it.get("actor_src", None)
        if src not in ACTOR_SRC:
            errs.append("%s : actor_src %r invalide" % (tag, src))
        elif (it.get("actor") is None) != (src is None) and "actor_src" in it:
            errs.append("%s : actor_src %r incohérent avec actor %r" % (tag, src, it.get("actor")))
        for k in ("in_table", "several_actors"):
            if k in it and not isinstance(it[k], bool):
                errs.append("%s : %s doit être un booléen" % (tag, k))
        doc_text = " ".join(pages_of(pdf_dir, it["file"]) or [])
        check_year(it.get("year"), "year", tag, errs, doc_text)
        if "year_alt" in it:
            check_year(it["year_alt"], "year_alt", tag, errs, doc_text)
            if it["year_alt"] == it.get("year"):
                errs.append("%s : year_alt identique à year" % tag)
        for j, alt in enumerate(it.get("also_printed_as") or []):
            t2 = "%s/also_printed_as[%d]" % (tag, j)
            if not isinstance(alt, dict) or set(alt) - {"text", "sentence"} or not alt.get("text") \
                    or not alt.get("sentence"):
                errs.append("%s : doit être {text, sentence}" % t2)
                continue
            pg = pages_of(pdf_dir, it["file"])[it["page"] - 1]
            if alt["sentence"] not in pg:
                errs.append("%s : phrase absente de la même page" % t2)
            elif alt["text"] not in alt["sentence"]:
                errs.append("%s : texte absent de sa phrase" % t2)
            else:
                s0 = alt["sentence"].find(alt["text"])
                spans.setdefault((it["file"], it["page"], alt["sentence"]), []).append(
                    (s0, s0 + len(alt["text"]), t2))
        vk = (it["file"], it["page"], it["sentence"], it.get("value"), it.get("unit"), it.get("measure"))
        if vk in seen_vals:
            errs.append("%s : doublon de %s (même valeur, unité, mesure et phrase)" % (tag, seen_vals[vk]))
        seen_vals[vk] = tag
    for (f, p), c in sorted(per_page.items()):
        if c > MAX_PER_PAGE:
            errs.append("%s p.%d : %d chiffres (> %d)" % (f, p, c, MAX_PER_PAGE))
    seen_n = set()
    for n, it in nots:
        tag = "not_figures:%d" % n
        sp = common(it, tag, NOT_REQ, NOT_OPT, errs, pdf_dir)
        if sp is None:
            continue
        if it.get("why") not in WHYS:
            errs.append("%s : why %r hors liste" % (tag, it.get("why")))
        key = (it["file"], it["page"], it["sentence"], sp)
        if key in seen_n:
            errs.append("%s : doublon" % tag)
        seen_n.add(key)
        for s0, s1, ftag in spans.get((it["file"], it["page"], it["sentence"]), []):
            if sp[0] < s1 and s0 < sp[1]:
                errs.append("%s : %r est aussi annoté comme chiffre (%s)" % (tag, it["text"], ftag))
    return errs, len(figs), len(nots), root, pdf_dir


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--figures")
    ap.add_argument("--not-figures", dest="not_figures")
    ap.add_argument("--pdf-dir", dest="pdf_dir")
    args = ap.parse_args()
    errs, nf, nn, root, pdf_dir = run(args)
    for e in errs:
        print(e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF : %s ; racine : %s) : %d erreur(s)"
          % (nf, nn, pdf_dir, root or "aucune", len(errs)))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
