#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Vérifie le jeu de chiffres CK (figures-ck.jsonl, not_figures-ck.jsonl) contre les PDF du corpus notes-s128.

Autonome : bibliothèque standard + pypdf.
- PDF : <racine>/evals/corpora/notes-s128 (racine = premier parent contenant pyproject.toml, en partant du dossier
  courant puis du dossier du script), sinon /work/blind/notes-s128.
- JSONL : <racine>/evals/figures/, sinon le dossier du script.
Options : --figures F --not-figures F --pdfs DIR (pour tester une copie).
Imprime le nombre d'erreurs ; code de sortie 1 s'il y en a.
"""
import argparse
import json
import os
import re
import sys
from pathlib import Path

import pypdf

UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
FIG_REQ = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPT = {"actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
           "also_printed_as", "note", "multiplier"}
NOT_REQ = ["file", "page", "text", "sentence", "why"]
NOT_OPT = {"occurrence", "note"}
MAX_PER_PAGE = 12
MIN_PER_PAGE = 4

WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "trente": 30, "quarante": 40,
         "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000}
FRACTIONS = {"moitié": 50.0, "tiers": 100 / 3, "quart": 25.0, "quarts": 25.0}


def find_root(starts):
    for s in starts:
        p = Path(s).resolve()
        for q in [p] + list(p.parents):
            if (q / "pyproject.toml").is_file():
                return q
    return None


def collapse(s):
    return " ".join(s.split())


def number(tok):
    """« 1 204 » → 1204 ; « 6,8 » → 6.8."""
    return float(tok.replace(" ", "").replace("\u00a0", "").replace(",", "."))


NUM_RE = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def expected_values(text, unit, multiplier=1):
    """Valeurs possibles d'après le texte imprimé (liste) ; None si le texte n'est pas lisible."""
    t = text.strip()
    low = t.lower()
    nums = NUM_RE.findall(t)
    if nums:
        v = number(nums[0])
        if "m€" in low or "million" in low:
            v *= 1e6
        elif "k€" in low or "milliers" in low:
            v *= 1e3
        elif "milliard" in low:
            v *= 1e9
        v *= multiplier
        return [v]
    words = re.findall(r"[a-zà-ÿ\-]+", low)
    # fractions : « la moitié », « un tiers », « trois quarts », « trois sur quatre », « un sur trois »
    for w in words:
        if w in FRACTIONS:
            k = 1
            idx = words.index(w)
            if idx > 0 and words[idx - 1] in WORDS:
                k = WORDS[words[idx - 1]]
            return [FRACTIONS[w] * k]
    if "sur" in words:
        i = words.index("sur")
        a = next((WORDS[w] for w in words[:i] if w in WORDS), None)
        b = next((WORDS[w] for w in words[i + 1:] if w in WORDS), None)
        if a and b:
            return [100.0 * a / b]
    vals = [WORDS[w] for w in words if w in WORDS]
    if vals:
        return [float(vals[0] * multiplier)]
    return None


def close(a, b):
    return abs(a - b) <= max(0.01, 0.0005 * abs(b))


def unit_ok(text, unit, item):
    low = text.lower()
    if unit == "%":
        return "%" in text or any(w in low for w in ("moitié", "tiers", "quart", " sur "))
    if unit == "€":
        return "€" in text or "euro" in low or item.get("in_table") is True
    if unit == "M€":
        return "m€" in low or "million" in low
    if unit == "/10":
        return "/10" in text or item.get("in_table") is True
    if unit == "pts":
        return "point" in low or "pt" in low
    if unit == "years":
        return bool(re.search(r"\bans?\b|\bannées?\b", low))
    if unit in ("people", "count"):
        return "%" not in text and "€" not in text
    return False


def year_ok(y):
    if y is None:
        return True
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1990 <= y <= 2035
    if isinstance(y, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", y)
        return bool(m) and 1990 <= int(m.group(1)) < int(m.group(2)) <= 2035
    return False


def span(sentence, text, occ):
    pos = -1
    for _ in range(occ):
        pos = sentence.find(text, pos + 1)
        if pos < 0:
            return None
    return (pos, pos + len(text))


def count_occ(sentence, text):
    n, pos = 0, sentence.find(text)
    while pos >= 0:
        n += 1
        pos = sentence.find(text, pos + 1)
    return n


def main():
    here = Path(__file__).resolve().parent
    ap = argparse.ArgumentParser()
    ap.add_argument("--figures")
    ap.add_argument("--not-figures")
    ap.add_argument("--pdfs")
    a = ap.parse_args()
    root = find_root([os.getcwd(), here])
    pdfdir = None
    if a.pdfs:
        pdfdir = Path(a.pdfs)
    elif root and (root / "evals/corpora/notes-s128").is_dir():
        pdfdir = root / "evals/corpora/notes-s128"
    else:
        pdfdir = Path("/work/blind/notes-s128")
    jdir = root / "evals/figures" if root and (root / "evals/figures/figures-ck.jsonl").is_file() else here
    ffig = Path(a.figures) if a.figures else jdir / "figures-ck.jsonl"
    fnot = Path(a.not_figures) if a.not_figures else jdir / "not_figures-ck.jsonl"

    errors = []

    def err(kind, i, msg):
        errors.append("%s l.%d : %s" % (kind, i, msg))

    pages = {}

    def page_text(file, page):
        key = (file, page)
        if key not in pages:
            p = pdfdir / file
            if not p.is_file():
                pages[key] = None
            else:
                r = pypdf.PdfReader(str(p))
                for k, pg in enumerate(r.pages, 1):
                    pages[(file, k)] = collapse(pg.extract_text() or "")
                pages.setdefault(key, None)
        return pages.get(key)

    def load(path, kind):
        rows = []
        try:
            with open(path, encoding="utf-8") as fh:
                for i, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        rows.append((i, json.loads(line)))
                    except ValueError as e:
                        err(kind, i, "JSON illisible (%s)" % e)
        except OSError as e:
            err(kind, 0, "fichier introuvable (%s)" % e)
        return rows

    figs = load(ffig, "chiffre")
    nots = load(fnot, "non-chiffre")

    per_page, seen, fig_spans = {}, set(), {}
    for i, d in figs:
        K = "chiffre"
        miss = [k for k in FIG_REQ if k not in d]
        if miss:
            err(K, i, "champs manquants %s" % miss)
            continue
        extra = set(d) - set(FIG_REQ) - FIG_OPT
        if extra:
            err(K, i, "champs inconnus %s" % sorted(extra))
        if not isinstance(d["page"], int) or d["page"] < 1:
            err(K, i, "page invalide")
            continue
        txt = page_text(d["file"], d["page"])
        if txt is None:
            err(K, i, "page inexistante %s p.%s" % (d["file"], d["page"]))
            continue
        s, t = d["sentence"], d["text"]
        if s != collapse(s):
            err(K, i, "phrase aux blancs non repliés")
        if s not in txt:
            err(K, i, "phrase absente de la page : %r" % s[:70])
        n = count_occ(s, t)
        occ = d.get("occurrence", 1)
        if n == 0:
            err(K, i, "texte %r absent de la phrase" % t)
        elif n > 1 and "occurrence" not in d:
            err(K, i, "texte %r présent %d fois : occurrence requise" % (t, n))
        elif not isinstance(occ, int) or occ < 1 or occ > n:
            err(K, i, "occurrence %r invalide (%d présences)" % (occ, n))
        if d["unit"] not in UNITS:
            err(K, i, "unité %r hors liste" % d["unit"])
        elif not unit_ok(t, d["unit"], d):
            err(K, i, "unité %s incompatible avec %r" % (d["unit"], t))
        if isinstance(d["value"], bool) or not isinstance(d["value"], (int, float)):
            err(K, i, "valeur non numérique")
        else:
            exp = expected_values(t, d["unit"], d.get("multiplier", 1))
            if exp is None:
                err(K, i, "texte %r illisible comme nombre" % t)
            elif not any(close(d["value"], e) for e in exp):
                err(K, i, "valeur %r ≠ texte %r (attendu %s)" % (d["value"], t, exp))
            if d["unit"] == "%" and not (0 <= d["value"] <= 100):
                err(K, i, "part hors de 0-100")
            if d["unit"] == "/10" and not (0 <= d["value"] <= 10):
                err(K, i, "note hors de 0-10")
        if "range_high" in d:
            m = re.search(r"à\s*(" + NUM_RE.pattern + ")", t)
            if not m or not close(d["range_high"], number(m.group(1))):
                err(K, i, "range_high non conforme au texte")
        for k in ("year", "year_alt"):
            if k in d and not year_ok(d[k]):
                err(K, i, "%s invalide : %r" % (k, d[k]))
        if d.get("actor_src") not in ACTOR_SRC:
            err(K, i, "actor_src invalide")
        if d["actor"] is None and d.get("actor_src") is not None:
            err(K, i, "actor_src sans actor")
        if d["actor"] is not None and "actor_src" in d and d["actor_src"] is None:
            err(K, i, "actor sans actor_src")
        for k in ("measure",):
            if not isinstance(d[k], str) or len(d[k]) < 5:
                err(K, i, "measure vide")
        for ap_ in d.get("also_printed_as", []) or []:
            if set(ap_) != {"text", "sentence"}:
                err(K, i, "also_printed_as mal formé")
                continue
            if ap_["sentence"] not in txt:
                err(K, i, "also_printed_as : phrase absente de la page")
            if ap_["text"] not in ap_["sentence"]:
                err(K, i, "also_printed_as : texte absent de sa phrase")
            if NUM_RE.search(ap_["text"]):
                e2 = expected_values(ap_["text"], d["unit"], d.get("multiplier", 1))
                if e2 and isinstance(d["value"], (int, float)) and not any(close(d["value"], e) for e in e2):
                    err(K, i, "also_printed_as : valeur différente")
        key = (d["file"], d["page"], s, t, occ)
        if key in seen:
            err(K, i, "doublon")
        seen.add(key)
        per_page[(d["file"], d["page"])] = per_page.get((d["file"], d["page"]), 0) + 1
        sp = span(s, t, occ) if n else None
        if sp:
            fig_spans.setdefault((d["file"], d["page"], s), []).append(sp)
        for ap_ in d.get("also_printed_as", []) or []:
            sp2 = span(ap_["sentence"], ap_["text"], 1)
            if sp2:
                fig_spans.setdefault((d["file"], d["page"], ap_["sentence"]), []).append(sp2)

    for (f, p), c in sorted(per_page.items()):
        if c > MAX_PER_PAGE:
            errors.append("page %s p.%d : %d chiffres (> %d)" % (f, p, c, MAX_PER_PAGE))
    # jeu exhaustif par page : chaque page de chaque PDF du corpus porte au moins MIN_PER_PAGE chiffres
    files = sorted({f for f, _ in per_page} | {p.name for p in pdfdir.glob("*.pdf")})
    for f in files:
        page_text(f, 1)
        npg = len([k for k in pages if k[0] == f and pages[k] is not None])
        for p in range(1, npg + 1):
            if per_page.get((f, p), 0) < MIN_PER_PAGE:
                errors.append("page %s p.%d : %d chiffres (< %d)" % (f, p, per_page.get((f, p), 0), MIN_PER_PAGE))

    seen_n = set()
    for i, d in nots:
        K = "non-chiffre"
        miss = [k for k in NOT_REQ if k not in d]
        if miss:
            err(K, i, "champs manquants %s" % miss)
            continue
        extra = set(d) - set(NOT_REQ) - NOT_OPT
        if extra:
            err(K, i, "champs inconnus %s" % sorted(extra))
        if d["why"] not in WHYS:
            err(K, i, "why %r hors liste" % d["why"])
        txt = page_text(d["file"], d["page"]) if isinstance(d["page"], int) else None
        if txt is None:
            err(K, i, "page inexistante")
            continue
        s, t = d["sentence"], d["text"]
        if s not in txt:
            err(K, i, "phrase absente de la page : %r" % s[:70])
        if not re.search(r"[\d¹²³⁰-⁹]", t):
            err(K, i, "texte sans chiffre")
        n = count_occ(s, t)
        occ = d.get("occurrence", 1)
        if n == 0:
            err(K, i, "texte %r absent de la phrase" % t)
            continue
        if n > 1 and "occurrence" not in d:
            err(K, i, "texte %r présent %d fois : occurrence requise" % (t, n))
        sp = span(s, t, occ)
        if sp is None:
            err(K, i, "occurrence invalide")
            continue
        for a_, b_ in fig_spans.get((d["file"], d["page"], s), []):
            if a_ < sp[1] and sp[0] < b_:
                err(K, i, "le non-chiffre %r est aussi annoté comme chiffre" % t)
        key = (d["file"], d["page"], s, t, occ)
        if key in seen_n:
            err(K, i, "doublon")
        seen_n.add(key)

    for e in errors:
        print(e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF : %s) : %d erreur(s)" % (len(figs), len(nots), pdfdir, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
