#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Vérification autonome du jeu CE (figures-ce.jsonl, not_figures-ce.jsonl) contre les PDF notes-s122.

Dépendances : bibliothèque standard + pypdf.

Où sont les fichiers :
- PDF : <racine>/evals/corpora/notes-s122, la racine étant le premier dossier parent qui contient
  pyproject.toml, cherché à partir du dossier courant puis du dossier de ce script ; sinon /work/blind/notes-s122.
- JSONL : <racine>/evals/figures/ s'ils y sont, sinon à côté de ce script.

Sortie : une ligne par erreur, puis le bilan « N chiffres, M non-chiffres vérifiés … : K erreur(s) ».
Code de sortie 1 s'il y a au moins une erreur.
"""
import json
import os
import re
import sys

try:
    import pypdf
except ImportError:  # pragma: no cover
    print("pypdf est requis (pip install pypdf)")
    sys.exit(2)

CORPUS = "notes-s122"
FIG_NAME = "figures-ce.jsonl"
NOT_NAME = "not_figures-ce.jsonl"
FALLBACK_PDF_DIR = "/work/blind/notes-s122"
MAX_PER_PAGE = 12

UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau"}
FIG_REQUIRED = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPTIONAL = {"actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
                "also_printed_as", "note"}
NOT_REQUIRED = ["file", "page", "text", "sentence", "why"]
NOT_OPTIONAL = {"occurrence", "note"}

WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100}
FRACTION_WORDS = {"moitié": 50.0, "tiers": 100.0 / 3, "quart": 25.0}
NUM_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
WORD_RE = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœ]+")


# ------------------------------------------------------------------ localisation
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
    pdf_dir, data_dir, used_root = None, None, None
    for r in roots:
        cand = os.path.join(r, "evals", "corpora", CORPUS)
        if pdf_dir is None and os.path.isdir(cand):
            pdf_dir, used_root = cand, r
        cand = os.path.join(r, "evals", "figures")
        if data_dir is None and os.path.isfile(os.path.join(cand, FIG_NAME)):
            data_dir = cand
    if pdf_dir is None:
        pdf_dir = FALLBACK_PDF_DIR
    if data_dir is None:
        data_dir = here
    return pdf_dir, data_dir, used_root


# ------------------------------------------------------------------ outils
def collapse(s):
    return " ".join(s.split())


def to_float(tok):
    return float(re.sub(r"[ \u00a0\u202f]", "", tok).replace(",", "."))


def numbers(text):
    """Nombres d'un texte, en chiffres ou en lettres, dans l'ordre."""
    found = [(m.start(), to_float(m.group())) for m in NUM_RE.finditer(text)]
    low = text.lower()
    for m in WORD_RE.finditer(low):
        w = m.group()
        if w in WORDS:
            found.append((m.start(), float(WORDS[w])))
    return [v for _, v in sorted(found)]


def nth_index(hay, needle, k):
    """Index de la k-ième occurrence (k >= 1) de needle dans hay, ou -1."""
    i = -1
    for _ in range(k):
        i = hay.find(needle, i + 1)
        if i < 0:
            return -1
    return i


def expected_value(item, page_text):
    """(valeur attendue, borne haute attendue ou None) d'après le texte imprimé, ou lève ValueError."""
    text = item["text"]
    low = text.lower()
    unit = item["unit"]
    nums = numbers(text)
    # fractions en lettres sans dénominateur : « la moitié », « un tiers », « un quart »
    for w, pct in FRACTION_WORDS.items():
        if w in low and " sur " not in low:
            if unit != "%":
                raise ValueError("fraction « %s » : unité %% attendue" % w)
            return pct, None
    # fractions « X sur Y », « 9/10 »
    if " sur " in low or re.search(r"\d\s*/\s*\d", low):
        if len(nums) != 2:
            raise ValueError("fraction illisible : %r" % text)
        a, b = nums
        if unit == "/10" and b == 10:
            return a, None
        if unit == "%":
            return a / b * 100.0, None
        raise ValueError("fraction %r : unité %s incohérente" % (text, unit))
    # fourchettes « 15 à 20 % », « 1 à 2,2 points »
    if re.search(r"\bà\b", low) and len(nums) == 2:
        return nums[0], nums[1]
    if len(nums) != 1:
        raise ValueError("texte %r : %d nombres lus" % (text, len(nums)))
    v = nums[0]
    mult = 1.0
    if "md€" in low or "milliard" in low:
        mult = 1e9
    elif "m€" in low or "million" in low:
        mult = 1e6
    elif "k€" in low:
        mult = 1e3
    elif unit in ("€", "M€") and item.get("in_table"):
        if "(M€)" in page_text:
            mult = 1e6
        elif "(k€)" in page_text or "(K€)" in page_text:
            mult = 1e3
    return v * mult, None


def unit_problem(item, page_text):
    text = item["text"].lower()
    unit = item["unit"]
    fraction = (" sur " in text or re.search(r"\d\s*/\s*\d", text)
                or any(w in text for w in FRACTION_WORDS))
    if "%" in text and unit != "%":
        return "« %% » dans le texte mais unité %s" % unit
    if "€" in text or "euro" in text:
        if unit not in ("€", "M€"):
            return "montant en euros mais unité %s" % unit
    elif unit in ("€", "M€"):
        if not (item.get("in_table") and re.search(r"\((?:M|k|K)?€\)", page_text)):
            return "unité € sans € dans le texte (ni en-tête de tableau en €)"
    if re.search(r"\bpoints?\b|\bpts?\b", text):
        if unit != "pts":
            return "écart en points mais unité %s" % unit
    elif unit == "pts":
        return "unité pts sans « point(s) / pts » dans le texte"
    if unit == "years" and not re.search(r"\bans?\b|\bannées?\b", text):
        return "unité years sans « an(s) / année(s) »"
    if unit == "/10" and "/10" not in text.replace(" ", "") and not item.get("in_table"):
        return "unité /10 hors tableau sans « /10 »"
    if unit == "%" and "%" not in text and not fraction and not item.get("in_table"):
        return "unité % sans « % » ni fraction, hors tableau"
    return None


def year_ok(y, allow_null=True):
    if y is None:
        return allow_null
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
    pdf_dir, data_dir, root = locate()
    errors = []

    def err(where, msg):
        errors.append("%s : %s" % (where, msg))

    def load(name):
        path = os.path.join(data_dir, name)
        rows = []
        try:
            with open(path, encoding="utf-8") as fh:
                for i, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    try:
                        rows.append((i, json.loads(line)))
                    except json.JSONDecodeError as e:
                        err("%s:%d" % (name, i), "JSON invalide (%s)" % e)
        except OSError as e:
            err(name, "illisible (%s)" % e)
        return rows

    figs = load(FIG_NAME)
    nots = load(NOT_NAME)

    pages_cache = {}

    def pages_of(fname):
        if fname not in pages_cache:
            path = os.path.join(pdf_dir, fname)
            if not (isinstance(fname, str) and os.path.isfile(path)):
                pages_cache[fname] = None
            else:
                r = pypdf.PdfReader(path)
                pages_cache[fname] = [collapse(p.extract_text() or "") for p in r.pages]
        return pages_cache[fname]

    def page_text(where, d):
        pages = pages_of(d.get("file"))
        if pages is None:
            err(where, "PDF introuvable : %r dans %s" % (d.get("file"), pdf_dir))
            return None
        p = d.get("page")
        if not isinstance(p, int) or isinstance(p, bool) or not 1 <= p <= len(pages):
            err(where, "page %r inexistante (le PDF a %d pages)" % (p, len(pages)))
            return None
        return pages[p - 1]

    def locate_span(where, d, ptxt, sentence, text, occurrence):
        """Vérifie phrase et texte ; renvoie l'intervalle absolu du texte dans la page, ou None."""
        if not isinstance(sentence, str) or not sentence:
            err(where, "sentence vide ou absente")
            return None
        if sentence != collapse(sentence):
            err(where, "sentence non repliée (blancs multiples) : %r" % sentence)
        if sentence not in ptxt:
            err(where, "sentence absente du texte replié de la page : %r" % sentence)
            return None
        if not isinstance(text, str) or not text:
            err(where, "text vide ou absent")
            return None
        n = sentence.count(text)
        if n == 0:
            err(where, "text %r absent de la phrase" % text)
            return None
        if occurrence is not None:
            if not isinstance(occurrence, int) or isinstance(occurrence, bool) or not 1 <= occurrence <= n:
                err(where, "occurrence %r impossible (%d fois dans la phrase)" % (occurrence, n))
                return None
        elif n > 1:
            err(where, "text %r figure %d fois dans la phrase : occurrence requise" % (text, n))
            return None
        k = occurrence or 1
        i = nth_index(sentence, text, k)
        base = ptxt.find(sentence)
        return (base + i, base + i + len(text))

    spans = {}  # (file, page) -> liste de (début, fin, étiquette) des chiffres
    per_page = {}
    seen = set()

    for ln, d in figs:
        where = "%s:%d" % (FIG_NAME, ln)
        if not isinstance(d, dict):
            err(where, "ligne qui n'est pas un objet JSON")
            continue
        missing = [k for k in FIG_REQUIRED if k not in d]
        if missing:
            err(where, "champs manquants : %s" % ", ".join(missing))
            continue
        extra = set(d) - set(FIG_REQUIRED) - FIG_OPTIONAL
        if extra:
            err(where, "champs inconnus : %s" % ", ".join(sorted(extra)))
        ptxt = page_text(where, d)
        if ptxt is None:
            continue
        where = "%s:%d [%s p%s %r]" % (FIG_NAME, ln, d["file"], d["page"], d["text"])
        span = locate_span(where, d, ptxt, d["sentence"], d["text"], d.get("occurrence"))
        key = (d["file"], d["page"])
        per_page[key] = per_page.get(key, 0) + 1
        if span:
            spans.setdefault(key, []).append((span[0], span[1], where))
        k = (d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence") or 1)
        if k in seen:
            err(where, "doublon (même fichier, page, phrase, texte, occurrence)")
        seen.add(k)
        # types
        if d["unit"] not in UNITS:
            err(where, "unité %r hors liste %s" % (d["unit"], sorted(UNITS)))
        v = d["value"]
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            err(where, "value %r n'est pas un nombre" % (v,))
            v = None
        for fld in ("noun", "actor", "actor_alt"):
            if fld in d and d[fld] is not None and (not isinstance(d[fld], str) or not d[fld].strip()):
                err(where, "%s doit être une chaîne non vide ou null" % fld)
        if not isinstance(d["measure"], str) or not d["measure"].strip():
            err(where, "measure vide")
        if not year_ok(d["year"]):
            err(where, "year %r invalide (entier ou « AAAA-AAAA »)" % (d["year"],))
        if "year_alt" in d and not year_ok(d["year_alt"], allow_null=False):
            err(where, "year_alt %r invalide" % (d["year_alt"],))
        for fld in ("in_table", "several_actors"):
            if fld in d and not isinstance(d[fld], bool):
                err(where, "%s doit être un booléen" % fld)
        src = d.get("actor_src")
        if src is not None and src not in ACTOR_SRC:
            err(where, "actor_src %r hors liste" % (src,))
        if d["actor"] is None and src is not None:
            err(where, "actor null mais actor_src = %r" % src)
        if d["actor"] is not None and src is None:
            err(where, "actor donné sans actor_src")
        # unité et valeur
        if d["unit"] in UNITS and isinstance(d["text"], str):
            pb = unit_problem(d, ptxt)
            if pb:
                err(where, pb)
            try:
                exp, high = expected_value(d, ptxt)
                if v is not None and abs(v - exp) > max(0.01, 1e-6 * abs(exp)):
                    err(where, "value %r ne correspond pas au texte %r (attendu %r)" % (v, d["text"], round(exp, 4)))
                if high is not None:
                    rh = d.get("range_high")
                    if rh is None:
                        err(where, "fourchette : range_high manquant (attendu %r)" % high)
                    elif not isinstance(rh, (int, float)) or abs(rh - high) > 0.01:
                        err(where, "range_high %r ne correspond pas au texte (attendu %r)" % (rh, high))
                elif "range_high" in d:
                    err(where, "range_high donné pour un texte qui n'est pas une fourchette")
            except ValueError as e:
                err(where, "valeur illisible : %s" % e)
        # autres formes imprimées
        apa = d.get("also_printed_as")
        if apa is not None:
            if not isinstance(apa, list) or not apa:
                err(where, "also_printed_as doit être une liste non vide")
            else:
                for j, a in enumerate(apa):
                    w2 = "%s also_printed_as[%d]" % (where, j)
                    if not isinstance(a, dict) or set(a) - {"text", "sentence", "occurrence"} or "text" not in a \
                            or "sentence" not in a:
                        err(w2, "objet {text, sentence} attendu")
                        continue
                    sp = locate_span(w2, d, ptxt, a["sentence"], a["text"], a.get("occurrence"))
                    if sp:
                        if span and sp == span:
                            err(w2, "même endroit que le chiffre lui-même")
                        spans.setdefault(key, []).append((sp[0], sp[1], w2))
                    if v is not None:
                        try:
                            tmp = dict(d, text=a["text"], in_table=True)
                            exp2, _ = expected_value(tmp, ptxt)
                            if abs(exp2 - v) > 0.1 * max(1.0, abs(v)):
                                err(w2, "valeur lue %r trop éloignée de value %r" % (exp2, v))
                        except ValueError as e:
                            err(w2, "valeur illisible : %s" % e)

    for key, n in sorted(per_page.items()):
        if n > MAX_PER_PAGE:
            err("%s p%d" % key, "%d chiffres (plafond %d par page)" % (n, MAX_PER_PAGE))

    seen_not = set()
    for ln, d in nots:
        where = "%s:%d" % (NOT_NAME, ln)
        if not isinstance(d, dict):
            err(where, "ligne qui n'est pas un objet JSON")
            continue
        missing = [k for k in NOT_REQUIRED if k not in d]
        if missing:
            err(where, "champs manquants : %s" % ", ".join(missing))
            continue
        extra = set(d) - set(NOT_REQUIRED) - NOT_OPTIONAL
        if extra:
            err(where, "champs inconnus : %s" % ", ".join(sorted(extra)))
        ptxt = page_text(where, d)
        if ptxt is None:
            continue
        where = "%s:%d [%s p%s %r]" % (NOT_NAME, ln, d["file"], d["page"], d["text"])
        if d["why"] not in WHYS:
            err(where, "why %r hors liste %s" % (d["why"], sorted(WHYS)))
        span = locate_span(where, d, ptxt, d["sentence"], d["text"], d.get("occurrence"))
        k = (d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence") or 1)
        if k in seen_not:
            err(where, "doublon de non-chiffre")
        seen_not.add(k)
        if k in seen:
            err(where, "annoté aussi comme chiffre")
        if span:
            for a, b, w in spans.get((d["file"], d["page"]), []):
                if span[0] < b and a < span[1]:
                    err(where, "chevauche un chiffre annoté (%s)" % w)
        if (d["file"], d["page"]) not in per_page:
            err(where, "non-chiffre sur une page sans chiffre annoté")

    for e in errors:
        print(e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF : %s ; JSONL : %s%s) : %d erreur(s)"
          % (len(figs), len(nots), pdf_dir, data_dir, " ; racine %s" % root if root else "", len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
