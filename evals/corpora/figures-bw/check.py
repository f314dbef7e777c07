#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Vérifie le jeu BW (figures-bw.jsonl, not_figures-bw.jsonl) contre les PDF du corpus notes-s114.

Autonome : bibliothèque standard + pypdf.

Où il cherche :
- racine du dépôt = premier dossier parent contenant `pyproject.toml`, en partant du dossier courant,
  puis du dossier de ce script ;
- PDF : <racine>/evals/corpora/notes-s114, sinon /work/blind/notes-s114 ;
- JSONL : <racine>/evals/figures/, sinon le dossier de ce script.
Variables facultatives : FIGURES_BW_PDF_DIR et FIGURES_BW_JSONL_DIR forcent ces dossiers.

Imprime chaque erreur puis « N erreur(s) » ; code de sortie 1 s'il y en a au moins une.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

try:
    import pypdf
except ImportError:  # pragma: no cover
    print("pypdf est requis (pip install pypdf)")
    sys.exit(2)

CORPUS = "notes-s114"
FIG_NAME = "figures-bw.jsonl"
NOT_NAME = "not_figures-bw.jsonl"
FALLBACK_PDF_DIR = "/work/blind/notes-s114"
MAX_PER_PAGE = 12

UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
FIG_REQUIRED = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPTIONAL = {"actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
                "also_printed_as", "note", "in_box", "multiplier"}
NOT_REQUIRED = ["file", "page", "text", "sentence", "why"]
NOT_OPTIONAL = {"occurrence", "note"}

WORDS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000,
}
FRACTION_WORDS = {"la moitié": 50.0, "moitié": 50.0, "un tiers": 100 / 3, "deux tiers": 200 / 3, "un quart": 25.0,
                  "trois quarts": 75.0, "les trois quarts": 75.0}


# ----------------------------------------------------------------------------- localisation
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
    here = os.path.dirname(os.path.abspath(__file__))
    roots = []
    for start in (os.getcwd(), here):
        r = find_root(start)
        if r and r not in roots:
            roots.append(r)
    pdf_dir = os.environ.get("FIGURES_BW_PDF_DIR")
    if not pdf_dir:
        for r in roots:
            cand = os.path.join(r, "evals", "corpora", CORPUS)
            if os.path.isdir(cand):
                pdf_dir = cand
                break
        else:
            pdf_dir = FALLBACK_PDF_DIR
    jsonl_dir = os.environ.get("FIGURES_BW_JSONL_DIR")
    if not jsonl_dir:
        for r in roots:
            cand = os.path.join(r, "evals", "figures")
            if os.path.isfile(os.path.join(cand, FIG_NAME)):
                jsonl_dir = cand
                break
        else:
            jsonl_dir = here
    return pdf_dir, jsonl_dir, roots


# ----------------------------------------------------------------------------- valeurs
def fold(s):
    return " ".join(s.split())


def word_number(w):
    w = w.lower().strip()
    if w in WORDS:
        return WORDS[w]
    if "-" in w:  # dix-sept, vingt-deux…
        parts = [p for p in w.split("-") if p != "et"]
        if parts and all(p in WORDS for p in parts):
            return sum(WORDS[p] for p in parts)
    if re.fullmatch(r"\d+", w):
        return int(w)
    return None


def parse_number(s):
    """premier nombre écrit en chiffres (milliers séparés par des espaces, virgule décimale)."""
    m = re.search(r"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?", s)
    if not m:
        return None, None
    return float(m.group(0).replace(" ", "").replace(",", ".")), m


def expected_values(text, multiplier=1):
    """Valeurs possibles du texte imprimé (unités de base), et genre : 'number', 'fraction', 'word'."""
    t = text.replace("\u00a0", " ").replace("\u202f", " ").strip()
    low = t.lower()
    sign = 1
    if t[:1] in "-–−":
        sign, t, low = -1, t[1:].strip(), low[1:].strip()
    elif t[:1] == "+":
        t, low = t[1:].strip(), low[1:].strip()
    # fractions en lettres
    for k, v in FRACTION_WORDS.items():
        if low == k or low.endswith(" " + k) or low.startswith(k + " "):
            return [sign * v], "fraction", None
    m = re.fullmatch(r"(?:(?:près|plus|moins) d['’])?([\w-]+)(?: [\w'’-]+)? sur ([\w-]+)", low)
    if m and word_number(m.group(1)) is not None and word_number(m.group(2)):
        return [sign * 100.0 * word_number(m.group(1)) / word_number(m.group(2))], "fraction", None
    # fractions en chiffres « 3/4 », « les 2/3 »
    m = re.search(r"(\d+)/(\d+)", t)
    if m and not re.search(r"\d+/\d+/\d+", t):
        return [sign * 100.0 * int(m.group(1)) / int(m.group(2))], "fraction", None
    num, m = parse_number(t)
    if num is None:
        first = low.split()[0] if low.split() else ""
        n = word_number(first)
        if n is None:
            return [], "unknown", None
        num, kind = float(n), "word"
    else:
        kind = "number"
    # fourchette « 10 à 12 », « 10-12 »
    rng = None
    if m is not None:
        rest = t[m.end():]
        m2 = re.match(r"\s*(?:à|-|–)\s*(\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?)", rest)
        if m2:
            rng = float(m2.group(1).replace(" ", "").replace(",", "."))
    mult = 1
    if re.search(r"\bM€|millions? d['’]euros|\bmillions?\b", t):
        mult = 1e6
    elif re.search(r"milliards?", t):
        mult = 1e9
    elif re.search(r"k€|milliers d['’]euros", t):
        mult = 1e3
    mult *= multiplier
    vals = [sign * num * mult]
    return vals, kind, (None if rng is None else rng * mult)


def unit_ok(text, unit, kind, item):
    t = text.lower()
    if kind == "fraction":
        return unit == "%", "une fraction s'annote en %"
    if "%" in t:
        return unit == "%", "texte avec %% mais unité %r" % unit
    if re.search(r"\bpts?\b|\bpoints?\b", t):
        return unit == "pts", "texte en points mais unité %r" % unit
    if "€" in t or "euro" in t:
        if unit == "M€":
            return bool(re.search(r"M€|million", text)), "unité M€ sans « M€ » ni « million » dans le texte"
        return unit == "€", "texte en euros mais unité %r" % unit
    if re.search(r"\bans?\b|\bannées?\b", t):
        return unit == "years", "texte en années mais unité %r" % unit
    # nombre nu : unité donnée par le contexte (tableau, libellé)
    if unit in ("people", "count", "/10"):
        return True, ""
    if unit in ("€", "%") and (item.get("in_table") or item.get("multiplier")):
        return True, ""
    return False, "nombre nu avec l'unité %r hors tableau" % unit


def year_ok(y):
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    if isinstance(y, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", y)
        return bool(m) and 1900 <= int(m.group(1)) <= int(m.group(2)) <= 2100
    return False


# ----------------------------------------------------------------------------- contrôle
def main():
    pdf_dir, jsonl_dir, roots = locate()
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
                pages[key] = None if not (1 <= p <= len(r.pages)) else fold(r.pages[p - 1].extract_text())
        return pages[key]

    def load(name):
        path = os.path.join(jsonl_dir, name)
        out = []
        if not os.path.isfile(path):
            err(name, "fichier introuvable (%s)" % path)
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

    figs, nots = load(FIG_NAME), load(NOT_NAME)

    def common(where, d):
        """fichier, page, phrase ; renvoie le texte de page ou None."""
        f, p, s = d.get("file"), d.get("page"), d.get("sentence")
        if not isinstance(f, str) or not f.endswith(".pdf"):
            err(where, "champ file invalide : %r" % f)
            return None
        if not os.path.isfile(os.path.join(pdf_dir, f)):
            err(where, "PDF absent : %s" % f)
            return None
        if not isinstance(p, int) or isinstance(p, bool):
            err(where, "page doit être un entier (index PDF en base 1) : %r" % p)
            return None
        txt = page_text(f, p)
        if txt is None:
            err(where, "page %r inexistante dans %s" % (p, f))
            return None
        if not isinstance(s, str) or not s:
            err(where, "sentence vide")
            return None
        if s != fold(s):
            err(where, "sentence non repliée (blancs multiples ou en bordure)")
        if fold(s) not in txt:
            err(where, "sentence absente du texte replié de la page : %r" % s[:90])
        return txt

    def check_text_occ(where, d):
        t, s = d.get("text"), d.get("sentence") or ""
        if not isinstance(t, str) or not t:
            err(where, "text vide")
            return
        n = s.count(t)
        if n == 0:
            err(where, "text %r absent de la phrase" % t)
            return
        occ = d.get("occurrence")
        if occ is not None and (not isinstance(occ, int) or isinstance(occ, bool) or not 1 <= occ <= n):
            err(where, "occurrence %r hors de 1..%d" % (occ, n))
        if n > 1 and occ is None:
            err(where, "text %r figure %d fois dans la phrase : occurrence requise" % (t, n))
        if n == 1 and occ not in (None, 1):
            err(where, "occurrence %r alors que le texte n'apparaît qu'une fois" % occ)

    def key(d):
        return (d.get("file"), d.get("page"), d.get("sentence"), d.get("text"), d.get("occurrence") or 1)

    per_page = Counter()
    fig_keys = {}
    fig_vals = defaultdict(list)
    for i, d in figs:
        where = "%s:%d" % (FIG_NAME, i)
        for k in FIG_REQUIRED:
            if k not in d:
                err(where, "champ requis manquant : %s" % k)
        for k in d:
            if k not in FIG_REQUIRED and k not in FIG_OPTIONAL:
                err(where, "champ inconnu : %s" % k)
        txt = common(where, d)
        check_text_occ(where, d)
        unit = d.get("unit")
        if unit not in UNITS:
            err(where, "unité hors liste : %r" % unit)
        v = d.get("value")
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            err(where, "value non numérique : %r" % v)
        elif isinstance(d.get("text"), str):
            mult = d.get("multiplier", 1)
            if not isinstance(mult, (int, float)) or isinstance(mult, bool) or mult <= 0:
                err(where, "multiplier invalide : %r" % mult)
                mult = 1
            exp, kind, rng = expected_values(d["text"], mult)
            if not exp:
                err(where, "impossible de lire une valeur dans %r" % d["text"])
            else:
                tol = 0.01 if kind == "fraction" else 1e-9 * max(1.0, abs(exp[0]))
                if not any(abs(v - e) <= tol for e in exp):
                    err(where, "value %r ne correspond pas au texte %r (attendu %r)" % (v, d["text"], exp[0]))
                ok, why = unit_ok(d["text"], unit, kind, d)
                if unit in UNITS and not ok:
                    err(where, why)
                if unit == "/10" and not (0 <= v <= 10):
                    err(where, "note sur 10 hors de 0..10 : %r" % v)
                if unit == "%" and kind != "number" and not (0 <= v <= 100):
                    err(where, "part hors de 0..100 : %r" % v)
                rh = d.get("range_high")
                if rng is not None and rh is None:
                    err(where, "fourchette dans le texte : range_high requis")
                if rh is not None:
                    if not isinstance(rh, (int, float)) or rh <= v:
                        err(where, "range_high %r doit être un nombre > value" % rh)
                    elif rng is not None and abs(rh - rng) > 1e-9 * max(1.0, rng):
                        err(where, "range_high %r ne correspond pas au texte (%r)" % (rh, rng))
        if not year_ok(d.get("year")):
            err(where, "year invalide (entier ou « AAAA-AAAA ») : %r" % d.get("year"))
        if "year_alt" in d and not year_ok(d["year_alt"]):
            err(where, "year_alt invalide : %r" % d["year_alt"])
        if "year_alt" in d and d["year_alt"] == d.get("year"):
            err(where, "year_alt identique à year")
        if not isinstance(d.get("measure"), str) or len(d.get("measure", "")) < 5:
            err(where, "measure vide ou trop courte")
        if d.get("noun") is not None and not isinstance(d["noun"], str):
            err(where, "noun doit être une chaîne ou null")
        actor = d.get("actor")
        if actor is not None and (not isinstance(actor, str) or not actor.strip()):
            err(where, "actor doit être une chaîne non vide ou null")
        src = d.get("actor_src", "absent")
        if src != "absent":
            if src not in ACTOR_SRC:
                err(where, "actor_src hors liste : %r" % src)
            elif actor is None and src is not None:
                err(where, "actor null mais actor_src = %r" % src)
            elif actor is not None and src is None:
                err(where, "actor renseigné mais actor_src null")
        for b in ("in_table", "several_actors", "in_box"):
            if b in d and not isinstance(d[b], bool):
                err(where, "%s doit être un booléen" % b)
        for a in d.get("also_printed_as", []) or []:
            if not isinstance(a, dict) or not a.get("text") or not a.get("sentence"):
                err(where, "also_printed_as : objets {text, sentence} attendus")
                continue
            if txt is not None and fold(a["sentence"]) not in txt:
                err(where, "also_printed_as : phrase absente de la page : %r" % a["sentence"][:80])
            if a["text"] not in a["sentence"]:
                err(where, "also_printed_as : texte %r absent de sa phrase" % a["text"])
        if "also_printed_as" in d and not isinstance(d["also_printed_as"], list):
            err(where, "also_printed_as doit être une liste")
        k = key(d)
        if k in fig_keys:
            err(where, "doublon de la ligne %d" % fig_keys[k])
        fig_keys[k] = i
        per_page[(d.get("file"), d.get("page"))] += 1
        if isinstance(v, (int, float)):
            fig_vals[(d.get("file"), d.get("page"), v, unit, d.get("measure"))].append(i)

    for (f, p), n in sorted(per_page.items(), key=lambda x: (str(x[0][0]), str(x[0][1]))):
        if n > MAX_PER_PAGE:
            err("%s p.%s" % (f, p), "%d chiffres (plafond %d)" % (n, MAX_PER_PAGE))
    for k, lines in fig_vals.items():
        if len(lines) > 1:
            err("%s lignes %s" % (FIG_NAME, lines), "même page, valeur, unité et mesure : doublon probable")

    also_keys = set()
    for i, d in figs:
        for a in d.get("also_printed_as", []) or []:
            if isinstance(a, dict):
                also_keys.add((d.get("file"), d.get("page"), a.get("sentence"), a.get("text")))

    not_keys = {}
    for i, d in nots:
        where = "%s:%d" % (NOT_NAME, i)
        for k in NOT_REQUIRED:
            if k not in d:
                err(where, "champ requis manquant : %s" % k)
        for k in d:
            if k not in NOT_REQUIRED and k not in NOT_OPTIONAL:
                err(where, "champ inconnu : %s" % k)
        common(where, d)
        check_text_occ(where, d)
        if d.get("why") not in WHYS:
            err(where, "why hors liste : %r" % d.get("why"))
        k = key(d)
        if k in not_keys:
            err(where, "doublon de la ligne %d" % not_keys[k])
        not_keys[k] = i
        if k in fig_keys:
            err(where, "annoté aussi comme chiffre (%s:%d)" % (FIG_NAME, fig_keys[k]))
        if (d.get("file"), d.get("page"), d.get("sentence"), d.get("text")) in also_keys:
            err(where, "annoté aussi comme autre forme d'un chiffre (also_printed_as)")

    for e in errors:
        print("ERREUR", e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF : %s ; JSONL : %s) : %d erreur(s)"
          % (len(figs), len(nots), pdf_dir, jsonl_dir, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
