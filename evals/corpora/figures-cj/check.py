#!/usr/bin/env python3
"""Vérifie le jeu CJ (figures-cj.jsonl, not_figures-cj.jsonl) contre les PDF du corpus notes-s127.

Autonome : bibliothèque standard + pypdf.
- PDF : <racine>/evals/corpora/notes-s127 (racine = premier parent contenant pyproject.toml, en partant du
  dossier courant, puis du dossier de ce script), sinon /work/blind/notes-s127.
- JSONL : <racine>/evals/figures/ s'ils y sont, sinon à côté de ce script.
Imprime le nombre d'erreurs ; code de sortie 1 s'il y en a.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

from pypdf import PdfReader

UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
SRCS = {"phrase", "contexte", "tableau", None}
FIG_KEYS = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPT = {"actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
           "also_printed_as", "note"}
NOT_KEYS = ["file", "page", "text", "sentence", "why"]
NOT_OPT = {"occurrence", "note"}
MAX_PER_PAGE = 12
CORPUS = "notes-s127"
FIG_FILE, NOT_FILE = "figures-cj.jsonl", "not_figures-cj.jsonl"

WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "cent": 100}
FRACS = {"moitié": 2, "tiers": 3, "quart": 4, "cinquième": 5}


def find_root():
    for start in (os.getcwd(), os.path.dirname(os.path.abspath(__file__))):
        d = start
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
    here = os.path.dirname(os.path.abspath(__file__))
    pdf_dir = None
    if root and os.path.isdir(os.path.join(root, "evals", "corpora", CORPUS)):
        pdf_dir = os.path.join(root, "evals", "corpora", CORPUS)
    elif os.path.isdir("/work/blind/" + CORPUS):
        pdf_dir = "/work/blind/" + CORPUS
    jdir = here
    if root and os.path.isfile(os.path.join(root, "evals", "figures", FIG_FILE)):
        jdir = os.path.join(root, "evals", "figures")
    return root, pdf_dir, jdir


def collapse(s):
    return " ".join(s.split())


def num(s):
    return float(s.replace(" ", "").replace("\u00a0", "").replace(",", "."))


def word_num(w):
    w = w.lower()
    if w in WORDS:
        return WORDS[w]
    if re.fullmatch(r"\d+", w):
        return int(w)
    return None


def parse_value(text):
    """Valeur attendue d'après le texte imprimé (unités de base). None si illisible."""
    t = text.strip()
    low = t.lower()
    m = re.search(r"^(\S+)\b.*\bsur (\S+)$", low)          # « 7 jeunes sur 10 », « un sur trois »
    if m and word_num(m.group(1)) and word_num(m.group(2)):
        return 100.0 * word_num(m.group(1)) / word_num(m.group(2))
    for w, den in FRACS.items():                             # « la moitié », « un tiers », « le quart »
        if w in low:
            first = low.split()[0]
            k = word_num(first) if first not in ("la", "le", "l'", "un", "une") else 1
            return 100.0 * (k or 1) / den
    m = re.search(r"\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?", t)
    if m:
        v = num(m.group(0))
        if "M€" in t or "million" in low:
            v *= 1e6
        elif "k€" in low or "milliers" in low:
            v *= 1e3
        elif "milliard" in low:
            v *= 1e9
        return v
    for w in low.replace("'", " ").split():
        if word_num(w) is not None:
            return float(word_num(w))
    return None


def expected_units(text, in_table=False):
    low = text.lower()
    if in_table and re.fullmatch(r"[\d \u00a0,]+", text):   # cellule nue : l'unité vient de l'en-tête
        return {"%", "/10", "€", "M€", "people", "count"}
    if "%" in text or " sur " in low or any(w in low for w in FRACS):
        return {"%"}
    if "/10" in text:
        return {"/10"}
    if "€" in text or "euro" in low:
        return {"€", "M€"}
    if "point" in low:
        return {"pts"}
    if re.search(r"\bans?\b", low):
        return {"years"}
    return {"people", "count"}


def year_ok(y, allow_none=True):
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


def span(item, errs, where):
    """(début, fin) du texte dans la phrase, en tenant compte de `occurrence`."""
    s, t = item["sentence"], item["text"]
    starts = [m.start() for m in re.finditer(re.escape(t), s)]
    if not starts:
        errs.append("%s : texte %r absent de la phrase" % (where, t))
        return None
    occ = item.get("occurrence")
    if len(starts) > 1 and occ is None:
        errs.append("%s : texte %r présent %d fois, `occurrence` manque" % (where, t, len(starts)))
        return None
    if occ is not None:
        if not isinstance(occ, int) or not 1 <= occ <= len(starts):
            errs.append("%s : occurrence %r invalide (%d présences)" % (where, occ, len(starts)))
            return None
        if len(starts) == 1 and occ != 1:
            errs.append("%s : occurrence inutile ou fausse" % where)
    i = starts[(occ or 1) - 1]
    return (i, i + len(t))


def main():
    root, pdf_dir, jdir = locate()
    errs = []
    if not pdf_dir:
        print("PDF introuvables (%s)" % CORPUS)
        print("1 erreur(s)")
        return 1
    pages = {}

    def page_text(f, p):
        if f not in pages:
            path = os.path.join(pdf_dir, f)
            if not os.path.isfile(path):
                pages[f] = None
            else:
                pages[f] = [collapse(pg.extract_text() or "") for pg in PdfReader(path).pages]
        txt = pages[f]
        if txt is None or not isinstance(p, int) or not 1 <= p <= len(txt):
            return None
        return txt[p - 1]

    def load(name):
        out = []
        with open(os.path.join(jdir, name), encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        out.append((n, json.loads(line)))
                    except json.JSONDecodeError as e:
                        errs.append("%s:%d : JSON invalide (%s)" % (name, n, e))
        return out

    figs, nots = load(FIG_FILE), load(NOT_FILE)
    fig_spans = defaultdict(list)
    per_page = Counter()
    seen = set()
    for n, it in figs:
        w = "%s:%d" % (FIG_FILE, n)
        miss = [k for k in FIG_KEYS if k not in it]
        extra = [k for k in it if k not in FIG_KEYS and k not in FIG_OPT]
        if miss or extra:
            errs.append("%s : champs manquants %s / inconnus %s" % (w, miss, extra))
            continue
        txt = page_text(it["file"], it["page"])
        if txt is None:
            errs.append("%s : fichier ou page inexistant (%s p.%s)" % (w, it["file"], it["page"]))
            continue
        if not isinstance(it["sentence"], str) or collapse(it["sentence"]) != it["sentence"]:
            errs.append("%s : phrase non repliée" % w)
        elif it["sentence"] not in txt:
            errs.append("%s : phrase absente de la page : %r" % (w, it["sentence"][:70]))
        sp = span(it, errs, w)
        if sp:
            fig_spans[(it["file"], it["page"], it["sentence"])].append((sp, w))
        if it["unit"] not in UNITS:
            errs.append("%s : unité %r hors liste" % (w, it["unit"]))
        elif it["unit"] not in expected_units(it["text"], it.get("in_table", False)):
            errs.append("%s : unité %r incohérente avec %r" % (w, it["unit"], it["text"]))
        v = it["value"]
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            errs.append("%s : valeur non numérique" % w)
        else:
            exp = parse_value(it["text"])
            if "range_high" in it:
                nums = re.findall(r"\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d+(?:,\d+)?", it["text"])
                if len(nums) < 2 or abs(num(nums[-1]) - it["range_high"]) > 0.01:
                    errs.append("%s : range_high non conforme" % w)
            if exp is None:
                errs.append("%s : valeur illisible dans %r" % (w, it["text"]))
            elif abs(exp - v) > max(0.01, abs(exp) * 1e-6):
                errs.append("%s : valeur %r ≠ %r lu dans %r" % (w, v, round(exp, 4), it["text"]))
        for k in ("year", "year_alt"):
            if k in it and not year_ok(it[k], allow_none=(k == "year")):
                errs.append("%s : %s invalide %r" % (w, k, it[k]))
        m = re.search(r"\b(19|20)\d{2}\b", it["text"])
        if m and it["unit"] not in ("€", "M€", "count", "people"):
            errs.append("%s : le texte ressemble à une année" % w)
        src = it.get("actor_src", "absent")
        if src not in SRCS:
            errs.append("%s : actor_src %r invalide" % (w, src))
        elif it["actor"] is None and src is not None:
            errs.append("%s : actor null mais actor_src %r" % (w, src))
        elif it["actor"] is not None and src is None:
            errs.append("%s : actor_src null pour un actor non null" % w)
        if not isinstance(it["measure"], str) or len(it["measure"]) < 5:
            errs.append("%s : measure vide" % w)
        for a in it.get("also_printed_as", []):
            if set(a) != {"text", "sentence"}:
                errs.append("%s : also_printed_as mal formé" % w)
            elif a["sentence"] not in txt or a["text"] not in a["sentence"]:
                errs.append("%s : also_printed_as absent de la page : %r" % (w, a["text"]))
        key = (it["file"], it["page"], it["sentence"], it["text"], it.get("occurrence"))
        if key in seen:
            errs.append("%s : doublon" % w)
        seen.add(key)
        per_page[(it["file"], it["page"])] += 1
    for (f, p), c in per_page.items():
        if c > MAX_PER_PAGE:
            errs.append("%s p.%d : %d chiffres (> %d)" % (f, p, c, MAX_PER_PAGE))
    for spans in fig_spans.values():
        spans.sort()
        for (a, wa), (b, wb) in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errs.append("%s / %s : même nombre annoté deux fois" % (wa, wb))
    seen_n = set()
    for n, it in nots:
        w = "%s:%d" % (NOT_FILE, n)
        miss = [k for k in NOT_KEYS if k not in it]
        extra = [k for k in it if k not in NOT_KEYS and k not in NOT_OPT]
        if miss or extra:
            errs.append("%s : champs manquants %s / inconnus %s" % (w, miss, extra))
            continue
        txt = page_text(it["file"], it["page"])
        if txt is None:
            errs.append("%s : fichier ou page inexistant" % w)
            continue
        if it["sentence"] not in txt:
            errs.append("%s : phrase absente de la page : %r" % (w, it["sentence"][:70]))
        if it["why"] not in WHYS:
            errs.append("%s : why %r hors liste" % (w, it["why"]))
        sp = span(it, errs, w)
        if sp:
            for (fs, fw) in fig_spans.get((it["file"], it["page"], it["sentence"]), []):
                if sp[0] < fs[1] and fs[0] < sp[1]:
                    errs.append("%s : non-chiffre qui recouvre le chiffre %s" % (w, fw))
        key = (it["file"], it["page"], it["sentence"], it["text"], it.get("occurrence"))
        if key in seen_n:
            errs.append("%s : doublon" % w)
        seen_n.add(key)
    for e in errs:
        print(e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF : %s ; JSONL : %s) : %d erreur(s)"
          % (len(figs), len(nots), pdf_dir, jdir, len(errs)))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
