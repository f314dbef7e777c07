#!/usr/bin/env python3
"""Vérifie le jeu BP (figures-bp.jsonl, not_figures-bp.jsonl) contre les PDF du corpus notes-s107.

Autonome : bibliothèque standard + pypdf.  Usage :  python check.py
- PDF : <racine>/evals/corpora/notes-s107, sinon /work/blind/notes-s107 ;
- JSONL : <racine>/evals/figures/, sinon le dossier de ce script ;
  <racine> = premier dossier parent contenant pyproject.toml, cherché depuis le dossier courant puis depuis le
  dossier de ce script.
Imprime chaque erreur puis le nombre d'erreurs ; code de sortie 1 s'il y en a.
"""
import json
import os
import re
import sys

try:
    from pypdf import PdfReader
except ImportError:  # pragma: no cover
    print("pypdf est requis (pip install pypdf)")
    sys.exit(2)

CORPUS_NAME = "notes-s107"
FALLBACK_CORPUS = "/work/blind/notes-s107"
FIG_NAME = "figures-bp.jsonl"
NOT_NAME = "not_figures-bp.jsonl"
MAX_PER_PAGE = 12

UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
FIG_REQUIRED = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPTIONAL = {"actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
                "also_printed_as", "note"}
NOT_REQUIRED = ["file", "page", "text", "sentence", "why"]
NOT_OPTIONAL = {"occurrence", "note"}

WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000,
}
ORDINAL_WORDS = re.compile(r"\b(premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|\d+e|\d+er)\b",
                           re.I)
NUM_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


# ----------------------------------------------------------------------------- chemins
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


def locate():
    root = find_root()
    corpus = None
    if root and os.path.isdir(os.path.join(root, "evals", "corpora", CORPUS_NAME)):
        corpus = os.path.join(root, "evals", "corpora", CORPUS_NAME)
    elif os.path.isdir(FALLBACK_CORPUS):
        corpus = FALLBACK_CORPUS
    jdir = None
    if root and os.path.isfile(os.path.join(root, "evals", "figures", FIG_NAME)):
        jdir = os.path.join(root, "evals", "figures")
    else:
        jdir = os.path.dirname(os.path.abspath(__file__))
    return root, corpus, jdir


# ----------------------------------------------------------------------------- valeurs
def words_of(s):
    return [w for w in re.split(r"[^a-zàâçéèêëîïôûùüÿœ]+", s.lower()) if w]


def first_number(s):
    """Premier nombre d'un morceau de texte : chiffres (avec espaces de milliers, virgule) ou mot-nombre."""
    m = NUM_RE.search(s)
    wpos = None
    wval = None
    for m2 in re.finditer(r"[a-zàâçéèêëîïôûùüÿœ]+", s.lower()):
        if m2.group(0) in WORDS:
            wpos, wval = m2.start(), WORDS[m2.group(0)]
            break
    if m and (wpos is None or m.start() < wpos):
        return float(re.sub(r"[ \u00a0\u202f]", "", m.group(0)).replace(",", "."))
    return wval


def parse_words_number(s):
    """« dix-sept », « vingt et un », « trois » ... -> nombre, sinon None."""
    ws = [w for w in re.split(r"[\s\-]+", s.lower()) if w and w != "et"]
    if not ws or any(w not in WORDS for w in ws):
        return None
    total, cur = 0, 0
    for w in ws:
        v = WORDS[w]
        if v == 100:
            cur = (cur or 1) * 100
        elif v == 1000:
            total += (cur or 1) * 1000
            cur = 0
        else:
            cur += v
    return total + cur


def expected_value(text):
    """Valeur attendue d'après le texte imprimé ; None si le texte n'est pas interprétable."""
    t = text.replace("\u00a0", " ").strip()
    low = t.lower()
    sign = -1 if re.match(r"^[\-–−]\s*\d", t) else 1
    # fraction « X … sur Y »
    m = re.match(r"^(.*?)\bsur\b(.*)$", low)
    if m:
        n, d = first_number(m.group(1)), first_number(m.group(2))
        if n is not None and d:
            return 100.0 * n / d
    if "moitié" in low:
        return 50.0
    m = re.search(r"(\w+)\s+(tiers|quarts?)\b", low)
    if m:
        n = WORDS.get(m.group(1), None)
        if n is None:
            n = first_number(m.group(1))
        if n is not None:
            return 100.0 * n / (3 if m.group(2) == "tiers" else 4)
    m = NUM_RE.search(t)
    if m:
        v = float(re.sub(r"[ \u00a0\u202f]", "", m.group(0)).replace(",", "."))
        rest = low[m.end():]
        if re.match(r"\s*(milliards?\b|md€)", rest):
            v *= 1e9
        elif re.match(r"\s*(millions?\b|m€)", rest):
            v *= 1e6
        elif re.match(r"\s*(k€|milliers?\b)", rest):
            v *= 1e3
        return sign * v
    # nombre en lettres, éventuellement suivi d'une unité (« trois ans »)
    ws = words_of(low)
    nums = [w for w in ws if w in WORDS]
    if nums:
        k = ws.index(nums[0])
        j = k
        while j < len(ws) and (ws[j] in WORDS or ws[j] == "et"):
            j += 1
        return float(parse_words_number(" ".join(ws[k:j])))
    return None


def second_number(text):
    nums = NUM_RE.findall(text)
    if len(nums) >= 2:
        return float(re.sub(r"[ \u00a0\u202f]", "", nums[1]).replace(",", "."))
    return None


def units_for(text):
    low = text.lower()
    if "%" in low:
        return {"%"}
    if "€" in low or "euro" in low:
        return {"€", "M€"}
    if "/10" in low:
        return {"/10"}
    if re.search(r"\b(points?|pts?)\b", low):
        return {"pts"}
    if re.search(r"\b(ans?|années?)\b", low):
        return {"years"}
    if re.search(r"\bsur\b|moitié|tiers|quarts?\b", low):
        return {"%"}
    if re.search(r"\b(millions?|milliards?)\b", low):
        return {"count", "people", "€", "M€"}
    if NUM_RE.search(text):
        return {"count", "people", "years", "pts", "/10", "€", "M€"}
    return {"count", "people", "years"}


def close(a, b):
    return abs(a - b) <= 0.011 + 1e-9 * abs(b)


# ----------------------------------------------------------------------------- textes
def occurrences(text, sentence):
    pat = r"(?<![\d,])" + re.escape(text) + r"(?![\d])(?!,\d)"
    return [m.start() for m in re.finditer(pat, sentence)]


def is_year(y):
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1990 <= y <= 2035
    if isinstance(y, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", y)
        return bool(m) and 1990 <= int(m.group(1)) < int(m.group(2)) <= 2035
    return False


def has_number(text):
    return bool(re.search(r"\d", text)) or any(w in WORDS for w in words_of(text)) or bool(
        ORDINAL_WORDS.search(text)) or bool(re.search(r"moitié|tiers|quart", text.lower()))


def main():
    root, corpus, jdir = locate()
    errors = []

    def err(where, msg):
        errors.append("%s : %s" % (where, msg))

    if corpus is None:
        print("corpus %s introuvable" % CORPUS_NAME)
        print("1 erreur(s)")
        return 1
    fig_path, not_path = os.path.join(jdir, FIG_NAME), os.path.join(jdir, NOT_NAME)
    figs, nots = [], []
    for path, lst in ((fig_path, figs), (not_path, nots)):
        if not os.path.isfile(path):
            err(path, "fichier absent")
            continue
        with open(path, encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    lst.append((i, json.loads(line)))
                except ValueError as e:
                    err("%s:%d" % (os.path.basename(path), i), "JSON invalide (%s)" % e)

    page_cache = {}

    def page_text(fname, page):
        key = (fname, page)
        if key not in page_cache:
            path = os.path.join(corpus, fname)
            if not os.path.isfile(path):
                page_cache[key] = None
            else:
                r = PdfReader(path)
                if not isinstance(page, int) or isinstance(page, bool) or page < 1 or page > len(r.pages):
                    page_cache[key] = None
                else:
                    page_cache[key] = " ".join(r.pages[page - 1].extract_text().split())
        return page_cache[key]

    fig_spans = {}  # (file, page) -> [(start, end)]
    per_page = {}
    seen = set()

    def locate_span(where, fname, page, text, sentence, occ):
        t = page_text(fname, page)
        if t is None:
            err(where, "fichier ou page inexistant (%s p.%s)" % (fname, page))
            return None
        if sentence not in t:
            err(where, "phrase absente du texte replié de la page : %r" % sentence[:90])
            return None
        if " ".join(sentence.split()) != sentence:
            err(where, "blancs non repliés dans la phrase")
        pos = occurrences(text, sentence)
        if not pos:
            err(where, "texte %r absent de la phrase" % text)
            return None
        if len(pos) > 1 and occ is None:
            err(where, "texte %r présent %d fois : « occurrence » requise" % (text, len(pos)))
            return None
        k = occ or 1
        if not isinstance(k, int) or k < 1 or k > len(pos):
            err(where, "occurrence %r invalide (%d présence(s))" % (occ, len(pos)))
            return None
        s0 = t.find(sentence)
        return (s0 + pos[k - 1], s0 + pos[k - 1] + len(text))

    # ------------------------------------------------------------------ chiffres
    for ln, d in figs:
        where = "%s:%d" % (FIG_NAME, ln)
        missing = [k for k in FIG_REQUIRED if k not in d]
        if missing:
            err(where, "champs manquants %s" % missing)
            continue
        extra = set(d) - set(FIG_REQUIRED) - FIG_OPTIONAL
        if extra:
            err(where, "champs inconnus %s" % sorted(extra))
        for k in ("file", "text", "sentence", "measure"):
            if not isinstance(d[k], str) or not d[k].strip():
                err(where, "champ %s vide ou non textuel" % k)
        if not all(isinstance(d[k], str) for k in ("file", "text", "sentence")):
            continue
        for k in ("noun", "actor", "actor_alt"):
            if k in d and d[k] is not None and (not isinstance(d[k], str) or not d[k].strip()):
                err(where, "champ %s : chaîne non vide ou null attendu" % k)
        if d["unit"] not in UNITS:
            err(where, "unité %r hors liste" % d["unit"])
        if not isinstance(d["value"], (int, float)) or isinstance(d["value"], bool):
            err(where, "valeur non numérique")
            continue
        if not has_number(d["text"]):
            err(where, "le texte %r ne contient pas de nombre" % d["text"])
        # valeur
        exp = expected_value(d["text"])
        if exp is None:
            err(where, "texte %r non interprétable" % d["text"])
        elif not close(d["value"], exp):
            err(where, "valeur %r ≠ %r attendue d'après %r" % (d["value"], exp, d["text"]))
        if "range_high" in d:
            hi = second_number(d["text"])
            if hi is None or not close(d["range_high"], hi * (exp / first_number(d["text"]) if exp else 1)):
                err(where, "range_high %r incohérent avec %r" % (d["range_high"], d["text"]))
        if d["unit"] in UNITS and d["unit"] not in units_for(d["text"]):
            err(where, "unité %r incompatible avec le texte %r" % (d["unit"], d["text"]))
        if d["unit"] == "%" and not (0 <= d["value"] <= 1000):
            err(where, "pourcentage hors bornes")
        if d["unit"] == "/10" and not (0 <= d["value"] <= 10):
            err(where, "note hors de 0-10")
        # années
        if not is_year(d["year"]):
            err(where, "année %r invalide (entier ou « AAAA-AAAA »)" % (d["year"],))
        if "year_alt" in d and not is_year(d["year_alt"]):
            err(where, "year_alt %r invalide" % (d["year_alt"],))
        if d.get("year_alt") is not None and d.get("year_alt") == d["year"]:
            err(where, "year_alt identique à year")
        # actor
        src = d.get("actor_src", "absent")
        if src != "absent":
            if src not in ACTOR_SRC:
                err(where, "actor_src %r hors liste" % src)
            if d["actor"] is None and src is not None:
                err(where, "actor null mais actor_src %r" % src)
            if d["actor"] is not None and src is None:
                err(where, "actor renseigné mais actor_src null")
        for k in ("in_table", "several_actors"):
            if k in d and not isinstance(d[k], bool):
                err(where, "%s doit être booléen" % k)
        # texte, phrase, page
        span = locate_span(where, d["file"], d["page"], d["text"], d["sentence"], d.get("occurrence"))
        key = (d["file"], d["page"], d["text"], d["sentence"], d.get("occurrence", 1))
        if key in seen:
            err(where, "doublon (même fichier, page, texte, phrase, occurrence)")
        seen.add(key)
        per_page[(d["file"], d["page"])] = per_page.get((d["file"], d["page"]), 0) + 1
        if span:
            fig_spans.setdefault((d["file"], d["page"]), []).append(span)
        apa = d.get("also_printed_as", [])
        if not isinstance(apa, list):
            err(where, "also_printed_as doit être une liste")
            apa = []
        for a in apa:
            if not isinstance(a, dict) or set(a) != {"text", "sentence"}:
                err(where, "also_printed_as : objets {text, sentence} attendus")
                continue
            sp = locate_span(where + " (also_printed_as)", d["file"], d["page"], a["text"], a["sentence"], None)
            if sp:
                fig_spans.setdefault((d["file"], d["page"]), []).append(sp)
            ev = expected_value(a["text"])
            if ev is None or abs(ev - d["value"]) > max(5.0, 0.05 * abs(d["value"])):
                err(where, "also_printed_as %r ne redit pas la valeur %r" % (a["text"], d["value"]))

    for (f, p), n in sorted(per_page.items()):
        if n > MAX_PER_PAGE:
            err("%s p.%d" % (f, p), "%d chiffres (> %d)" % (n, MAX_PER_PAGE))

    # ------------------------------------------------------------------ non-chiffres
    seen_n = set()
    for ln, d in nots:
        where = "%s:%d" % (NOT_NAME, ln)
        missing = [k for k in NOT_REQUIRED if k not in d]
        if missing:
            err(where, "champs manquants %s" % missing)
            continue
        extra = set(d) - set(NOT_REQUIRED) - NOT_OPTIONAL
        if extra:
            err(where, "champs inconnus %s" % sorted(extra))
        if d["why"] not in WHYS:
            err(where, "why %r hors liste" % d["why"])
        if not all(isinstance(d[k], str) and d[k] for k in ("file", "text", "sentence")):
            err(where, "file/text/sentence : chaînes non vides attendues")
            continue
        if not has_number(d["text"]):
            err(where, "le texte %r ne contient pas de nombre" % d["text"])
        span = locate_span(where, d["file"], d["page"], d["text"], d["sentence"], d.get("occurrence"))
        key = (d["file"], d["page"], d["text"], d["sentence"], d.get("occurrence", 1))
        if key in seen_n:
            err(where, "doublon")
        seen_n.add(key)
        if key in seen:
            err(where, "non-chiffre aussi annoté comme chiffre")
        if span:
            for a, b in fig_spans.get((d["file"], d["page"]), []):
                if span[0] < b and a < span[1]:
                    err(where, "non-chiffre %r chevauche un chiffre annoté" % d["text"])
                    break

    # ------------------------------------------------------------------ pages sans chiffre
    if os.path.isdir(corpus):
        for fname in sorted(os.listdir(corpus)):
            if fname.endswith(".pdf"):
                n = len(PdfReader(os.path.join(corpus, fname)).pages)
                for p in range(1, n + 1):
                    if (fname, p) not in per_page:
                        err("%s p.%d" % (fname, p), "page sans aucun chiffre annoté")

    for e in errors:
        print(e)
    print("%d chiffres, %d non-chiffres, corpus %s, jsonl %s (racine : %s)" % (
        len(figs), len(nots), corpus, jdir, root or "aucune"))
    print("%d erreur(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
