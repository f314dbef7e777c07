#!/usr/bin/env python3
"""Vérifie le jeu BL2 (figures-bl2.jsonl, not_figures-bl2.jsonl) contre les PDF du corpus notes-s103.

Autonome : bibliothèque standard + pypdf.
- PDF : <racine>/evals/corpora/notes-s103, sinon /work/blind/notes-s103
  (racine = premier parent contenant pyproject.toml, à partir du dossier courant puis du dossier du script).
- JSONL : <racine>/evals/figures/, sinon à côté du script.
  On peut aussi passer les deux chemins en arguments : check.py FIGURES.jsonl NOT_FIGURES.jsonl
Imprime les erreurs et leur nombre ; code de sortie 1 s'il y en a.
"""
import json
import os
import re
import sys

import pypdf

CORPUS = "notes-s103"
FIG_NAME = "figures-bl2.jsonl"
NOT_NAME = "not_figures-bl2.jsonl"
UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
REQ_FIG = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
OPT_FIG = ["actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
           "also_printed_as", "note"]
REQ_NOT = ["file", "page", "text", "sentence", "why"]
OPT_NOT = ["occurrence", "note"]
MAX_PER_PAGE = 12

WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000}
FRACTIONS = {"la moitié": 50.0, "moitié": 50.0, "un tiers": 100 / 3, "deux tiers": 200 / 3, "un quart": 25.0,
             "trois quarts": 75.0}
NUM = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?")


def find_root():
    starts = [os.getcwd(), os.path.dirname(os.path.abspath(__file__))]
    for start in starts:
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
    pdf_dir = None
    if root and os.path.isdir(os.path.join(root, "evals", "corpora", CORPUS)):
        pdf_dir = os.path.join(root, "evals", "corpora", CORPUS)
    elif os.path.isdir(os.path.join("/work/blind", CORPUS)):
        pdf_dir = os.path.join("/work/blind", CORPUS)
    if len(sys.argv) == 3:
        return root, pdf_dir, sys.argv[1], sys.argv[2]
    here = os.path.dirname(os.path.abspath(__file__))
    fig = nots = None
    if root and os.path.isfile(os.path.join(root, "evals", "figures", FIG_NAME)):
        fig = os.path.join(root, "evals", "figures", FIG_NAME)
        nots = os.path.join(root, "evals", "figures", NOT_NAME)
    else:
        fig = os.path.join(here, FIG_NAME)
        nots = os.path.join(here, NOT_NAME)
    return root, pdf_dir, fig, nots


def collapse(s):
    return " ".join(s.split())


def to_float(tok):
    tok = re.sub(r"[ \u00a0\u202f]", "", tok).replace(",", ".")
    return float(tok)


def parse_text(text, unit):
    """Valeur attendue (et borne haute éventuelle) lue dans le texte imprimé."""
    t = text.strip()
    low = t.lower()
    # fractions en lettres
    for k, v in sorted(FRACTIONS.items(), key=lambda kv: -len(kv[0])):
        if low.startswith(k):
            return v, None
    nums = NUM.findall(t)
    if not nums:
        w = low.split()[0] if low.split() else ""
        w = w.strip(".,;:")
        if w in WORDS:
            base = float(WORDS[w])
        elif "million" in low:
            base = 1.0
        else:
            return None, None
        nums_val = [base]
    else:
        nums_val = [to_float(x) for x in nums]
    high = None
    # fraction écrite en chiffres « 2/3 » (hors notes sur 10)
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", t)
    if m and unit == "%" and m.group(2) != "10":
        return 100 * float(m.group(1)) / float(m.group(2)), None
    val = nums_val[0]
    if unit != "/10" and len(nums_val) >= 2 and re.search(r"\d\s*(?:-|à|–)\s*\d", t):
        high = nums_val[1]
    mult = 1.0
    if "milliard" in low:
        mult = 1e9
    elif "million" in low or "m€" in low:
        mult = 1e6
    elif re.search(r"\bk€|\bk ?euros?", low):
        mult = 1e3
    if unit == "M€":
        mult = mult / 1e6
    return val * mult, (high * mult if high is not None else None)


def unit_ok(text, unit):
    low = text.lower()
    if unit == "%":
        return "%" in text or any(low.startswith(k) for k in FRACTIONS) or "pour cent" in low or "/" in text
    if unit == "€":
        return "€" in text or "euro" in low
    if unit == "M€":
        return "m€" in low or ("million" in low and ("€" in text or "euro" in low)) or "milliard" in low
    if unit == "/10":
        return "/10" in text.replace(" ", "") or "sur 10" in low
    if unit == "years":
        return bool(re.search(r"\ban(s|nées?)?\b", low))
    if unit == "pts":
        return "point" in low or "pt" in low
    if unit in ("people", "count"):
        return "%" not in text and "€" not in text and "/10" not in text
    return False


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


def span(sentence, text, occ):
    """Position (début, fin) de la occ-ième occurrence de text dans sentence, ou None."""
    start = -1
    for _ in range(occ):
        start = sentence.find(text, start + 1)
        if start < 0:
            return None
    return start, start + len(text)


def main():
    root, pdf_dir, fig_path, not_path = locate()
    errors = []

    def err(kind, i, msg):
        errors.append(f"{kind} ligne {i}: {msg}")

    if not pdf_dir:
        print("PDF introuvables (corpus %s)" % CORPUS)
        print("1 erreur(s)")
        return 1
    pages = {}
    for name in sorted(os.listdir(pdf_dir)):
        if name.endswith(".pdf"):
            r = pypdf.PdfReader(os.path.join(pdf_dir, name))
            pages[name] = [collapse(p.extract_text() or "") for p in r.pages]

    def load(path, kind):
        rows = []
        try:
            with open(path, encoding="utf-8") as fh:
                for i, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        rows.append((i, json.loads(line)))
                    except json.JSONDecodeError as e:
                        err(kind, i, f"JSON invalide ({e})")
        except OSError as e:
            errors.append(f"{kind}: fichier illisible {path} ({e})")
        return rows

    figs = load(fig_path, "chiffre")
    nots = load(not_path, "non-chiffre")

    def common(kind, i, d, req, opt):
        for k in req:
            if k not in d:
                err(kind, i, f"champ manquant {k}")
        for k in d:
            if k not in req and k not in opt:
                err(kind, i, f"champ inconnu {k}")
        f, p, s, t = d.get("file"), d.get("page"), d.get("sentence"), d.get("text")
        if f not in pages:
            err(kind, i, f"fichier inconnu {f!r}")
            return None
        if not isinstance(p, int) or isinstance(p, bool) or not 1 <= p <= len(pages[f]):
            err(kind, i, f"page inexistante {p!r} ({f} a {len(pages[f])} pages)")
            return None
        if not isinstance(s, str) or not s or collapse(s) != s:
            err(kind, i, "sentence vide ou blancs non repliés")
            return None
        if s not in pages[f][p - 1]:
            err(kind, i, f"sentence absente de {f} p.{p}: {s[:70]!r}")
        if not isinstance(t, str) or not t:
            err(kind, i, "text vide")
            return None
        n = s.count(t)
        occ = d.get("occurrence")
        if n == 0:
            err(kind, i, f"text {t!r} absent de la sentence")
            return None
        if occ is None:
            # occurrences chevauchantes comprises (str.find)
            cnt, pos = 0, -1
            while True:
                pos = s.find(t, pos + 1)
                if pos < 0:
                    break
                cnt += 1
            if cnt > 1:
                err(kind, i, f"text {t!r} figure {cnt} fois dans la sentence : occurrence requise")
                return None
            occ = 1
        if not isinstance(occ, int) or occ < 1 or span(s, t, occ) is None:
            err(kind, i, f"occurrence {occ!r} invalide pour {t!r}")
            return None
        return (f, p, s, span(s, t, occ))

    fig_spans = {}
    per_page = {}
    seen = set()
    for i, d in figs:
        loc = common("chiffre", i, d, REQ_FIG, OPT_FIG)
        if loc is None:
            continue
        f, p, s, sp = loc
        per_page[(f, p)] = per_page.get((f, p), 0) + 1
        key = (f, p, s, sp)
        if key in seen:
            err("chiffre", i, f"doublon {d['text']!r} p.{p}")
        seen.add(key)
        fig_spans.setdefault((f, p, s), []).append(sp)
        unit, text, value = d.get("unit"), d["text"], d.get("value")
        if unit not in UNITS:
            err("chiffre", i, f"unité invalide {unit!r}")
        elif not unit_ok(text, unit):
            err("chiffre", i, f"unité {unit!r} incompatible avec le texte {text!r}")
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            err("chiffre", i, f"value non numérique {value!r}")
        else:
            exp, high = parse_text(text, unit)
            if exp is None:
                err("chiffre", i, f"value illisible dans {text!r}")
            elif abs(exp - value) > max(0.01, abs(exp) * 1e-6):
                err("chiffre", i, f"value {value} ≠ {exp:g} lu dans {text!r}")
            rh = d.get("range_high")
            if high is not None and rh is None:
                err("chiffre", i, f"fourchette {text!r} sans range_high")
            if rh is not None and (high is None or abs(rh - high) > 0.01):
                err("chiffre", i, f"range_high {rh} incohérent avec {text!r}")
        if not year_ok(d.get("year")):
            err("chiffre", i, f"year invalide {d.get('year')!r}")
        if "year_alt" in d and not year_ok(d["year_alt"], allow_none=False):
            err("chiffre", i, f"year_alt invalide {d['year_alt']!r}")
        for k in ("measure",):
            if not isinstance(d.get(k), str) or not d.get(k).strip():
                err("chiffre", i, f"{k} vide")
        for k in ("noun", "actor", "actor_alt", "note"):
            if k in d and d[k] is not None and (not isinstance(d[k], str) or not d[k].strip()):
                err("chiffre", i, f"{k} doit être une chaîne non vide ou null")
        src = d.get("actor_src")
        if src not in ACTOR_SRC:
            err("chiffre", i, f"actor_src invalide {src!r}")
        if d.get("actor") is None and src is not None:
            err("chiffre", i, "actor null mais actor_src non null")
        if d.get("actor") is not None and "actor_src" in d and src is None:
            err("chiffre", i, "actor renseigné mais actor_src null")
        for k in ("in_table", "several_actors"):
            if k in d and not isinstance(d[k], bool):
                err("chiffre", i, f"{k} doit être un booléen")
        for a in d.get("also_printed_as", []) or []:
            if not isinstance(a, dict) or set(a) != {"text", "sentence"}:
                err("chiffre", i, "also_printed_as : objets {text, sentence} attendus")
                continue
            if a["sentence"] not in pages[f][p - 1]:
                err("chiffre", i, f"also_printed_as absent de la page : {a['sentence'][:60]!r}")
            elif a["text"] not in a["sentence"]:
                err("chiffre", i, f"also_printed_as : {a['text']!r} absent de sa phrase")
    for (f, p), c in sorted(per_page.items()):
        if c > MAX_PER_PAGE:
            errors.append(f"{f} p.{p}: {c} chiffres (> {MAX_PER_PAGE})")

    seen_not = set()
    for i, d in nots:
        loc = common("non-chiffre", i, d, REQ_NOT, OPT_NOT)
        if loc is None:
            continue
        f, p, s, sp = loc
        if d.get("why") not in WHYS:
            err("non-chiffre", i, f"why invalide {d.get('why')!r}")
        key = (f, p, s, sp)
        if key in seen_not:
            err("non-chiffre", i, f"doublon {d['text']!r} p.{p}")
        seen_not.add(key)
        for fs in fig_spans.get((f, p, s), []):
            if sp[0] < fs[1] and fs[0] < sp[1]:
                err("non-chiffre", i, f"{d['text']!r} chevauche un chiffre annoté dans la même phrase (p.{p})")

    for e in errors:
        print(e)
    print(f"{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (PDF {pdf_dir}; racine {root}) : "
          f"{len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
