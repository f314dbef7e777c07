#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Vérificateur autonome du jeu BT (corpus notes-s111) : figures-bt.jsonl et not_figures-bt.jsonl.

Dépendances : bibliothèque standard + pypdf.

Où sont les fichiers :
- racine du dépôt = premier dossier parent (ou le dossier lui-même) qui contient `pyproject.toml`, en partant du
  dossier courant, puis du dossier de ce script ;
- PDF : <racine>/evals/corpora/notes-s111 s'il existe, sinon /work/blind/notes-s111 ;
- JSONL : <racine>/evals/figures/ s'ils y sont, sinon à côté de ce script.

Contrôles : champs et types, page existante, phrase (blancs repliés) présente dans le texte pypdf replié de sa page,
texte présent dans la phrase (et `occurrence` quand il y figure plusieurs fois), valeur conforme au texte (milliers,
virgule décimale, signe, M€ / millions / milliards, nombres en lettres, fractions, fourchettes), unité conforme au
texte, années, au plus 12 chiffres par page, pas de doublon, `also_printed_as` sur la même page, non-chiffres
jamais annotés comme chiffres (ni même phrase + même texte, ni chevauchement dans la page).

Sortie : une ligne par erreur, puis le total ; code de sortie 1 s'il y a au moins une erreur.
"""
import json
import os
import re
import sys

try:
    import pypdf
except ImportError:  # pragma: no cover
    sys.exit("check.py : pypdf est requis (pip install pypdf)")

CORPUS = "notes-s111"
FIG_NAME = "figures-bt.jsonl"
NOT_NAME = "not_figures-bt.jsonl"
FALLBACK_PDF = "/work/blind/notes-s111"
MAX_PER_PAGE = 12

UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
FIG_REQUIRED = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPTIONAL = {"actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
                "also_printed_as", "note"}
NOT_REQUIRED = ["file", "page", "text", "sentence", "why"]
NOT_OPTIONAL = {"occurrence", "note"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}


# ----------------------------------------------------------------------------------------------- chemins
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
    root = find_root(os.getcwd()) or find_root(here)
    pdf_dir = FALLBACK_PDF
    jsonl_dir = here
    if root:
        cand = os.path.join(root, "evals", "corpora", CORPUS)
        if os.path.isdir(cand):
            pdf_dir = cand
        cand = os.path.join(root, "evals", "figures")
        if os.path.isfile(os.path.join(cand, FIG_NAME)) and os.path.isfile(os.path.join(cand, NOT_NAME)):
            jsonl_dir = cand
    return root, pdf_dir, jsonl_dir


# ----------------------------------------------------------------------------------------------- texte
def collapse(s):
    return " ".join(s.split())


def occurrences(text, sentence):
    """Positions de `text` dans `sentence`, bornées : pas collé à un chiffre ou une lettre (« 5 000 € » n'est pas
    compté dans « 15 000 € », « 2 » n'est pas compté dans « 2,5 » ni dans « 2024 »)."""
    out = []
    start = 0
    while True:
        i = sentence.find(text, start)
        if i < 0:
            return out
        j = i + len(text)
        ok = True
        if text[:1].isalnum() and i > 0:
            p = sentence[i - 1]
            if p.isalnum() or (p in ",./" and i > 1 and sentence[i - 2].isdigit()):
                ok = False
        if text[-1:].isalnum() and j < len(sentence):
            n = sentence[j]
            if n.isalnum() or (n in ",." and j + 1 < len(sentence) and sentence[j + 1].isdigit()):
                ok = False
        if ok:
            out.append(i)
        start = i + 1


# ----------------------------------------------------------------------------------------------- nombres
WORDS = {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
         "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
         "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
FRACTION_WORDS = {"moitié": 2, "tiers": 3, "quart": 4, "quarts": 4}


class ParseError(Exception):
    pass


def parse_words(s):
    toks = [t for t in re.split(r"[\s-]+", s.strip().lower()) if t and t != "et"]
    if not toks:
        raise ParseError("nombre vide")
    total, cur = 0, 0
    for t in toks:
        if t in ("cent", "cents"):
            cur = max(cur, 1) * 100
        elif t == "mille":
            total += max(cur, 1) * 1000
            cur = 0
        elif t in ("million", "millions"):
            total += max(cur, 1) * 1000000
            cur = 0
        elif t in ("vingt", "vingts") and cur == 4:
            cur = 80
        elif t in WORDS:
            cur += WORDS[t]
        else:
            raise ParseError("mot non numérique « %s »" % t)
    return total + cur


def parse_plain(s):
    """« 1 812 400 », « 2,5 », « +0,8 », « -1,2 », « quatre », « vingt et un »."""
    s = s.strip().replace("\u00a0", " ").replace("\u202f", " ")
    m = re.fullmatch(r"([+-]?)(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?", s)
    if m:
        sign, ent, dec = m.groups()
        v = float(ent.replace(" ", "") + ("." + dec if dec else ""))
        return -v if sign == "-" else v
    if re.search(r"\d", s):
        raise ParseError("nombre mal formé « %s » (milliers par groupes de 3, virgule décimale)" % s)
    return float(parse_words(s))


def parse_fraction(s):
    """« 1 sur 5 », « quatre salariés associatifs sur dix », « deux tiers », « un quart », « la moitié » → %."""
    s = s.strip().lower()
    m = re.fullmatch(r"(\S+)(?:\s.+?)?\s+sur\s+(\S+)", s)
    if m:
        a, b = parse_plain(m.group(1)), parse_plain(m.group(2))
        if b == 0:
            raise ParseError("fraction sur zéro")
        return 100.0 * a / b
    m = re.fullmatch(r"(?:la\s+)?(?:(\S+)\s+)?(moitié|tiers|quarts?)", s)
    if m:
        a = parse_plain(m.group(1)) if m.group(1) else 1.0
        return 100.0 * a / FRACTION_WORDS[m.group(2)]
    return None


MONEY = [(r"milliards?\s+d['’]euros", 1e9), (r"millions?\s+d['’]euros", 1e6), (r"M€", 1e6), (r"k€|K€", 1e3),
         (r"€", 1.0), (r"euros?", 1.0)]


def parse_text(text):
    """Renvoie (valeur, famille d'unité) où famille ∈ {%, €, /10, pts, years, n} (n = count ou people)."""
    t = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    for pat, mult in MONEY:
        m = re.fullmatch(r"(.+?)\s*(?:%s)" % pat, t)
        if m:
            return parse_plain(m.group(1)) * mult, "€"
    m = re.fullmatch(r"(.+?)\s*%", t)
    if m:
        return parse_plain(m.group(1)), "%"
    m = re.fullmatch(r"(.+?)\s*/\s*10", t)
    if m:
        return parse_plain(m.group(1)), "/10"
    m = re.fullmatch(r"(.+?)\s+(?:points?|pts?)", t)
    if m:
        return parse_plain(m.group(1)), "pts"
    m = re.fullmatch(r"(.+?)\s+(?:ans|années|an|année)", t)
    if m:
        return parse_plain(m.group(1)), "years"
    f = parse_fraction(t)
    if f is not None:
        return f, "%"
    return parse_plain(t), "n"


UNIT_FAMILY = {"%": "%", "€": "€", "M€": "€", "/10": "/10", "pts": "pts", "years": "years", "count": "n",
               "people": "n"}


def split_range(text):
    """« 20 à 30 % », « entre 20 et 30 % », « 20-30 % » → (« 20 % », « 30 % ») ; sinon None."""
    t = text.strip()
    m = re.fullmatch(r"(?:entre\s+)?([+-]?[\d ,]+?)\s*(?:à|et|-)\s*([+-]?[\d ,]+?)(\s*(?:%|€|M€|/10|ans|points?))?",
                     t)
    if not m:
        return None
    suffix = m.group(3) or ""
    return m.group(1) + suffix, m.group(2) + suffix


def same(a, b):
    return abs(a - b) <= max(0.01, 1e-9 * abs(b))


def year_ok(y):
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    if isinstance(y, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", y)
        return bool(m) and 1900 <= int(m.group(1)) < int(m.group(2)) <= 2100
    return False


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


# ----------------------------------------------------------------------------------------------- contrôle
def main():
    root, pdf_dir, jsonl_dir = locate()
    errors = []

    def err(where, msg):
        errors.append("%s : %s" % (where, msg))

    pages = {}

    def page_text(f, p):
        if f not in pages:
            path = os.path.join(pdf_dir, f)
            if not os.path.isfile(path):
                pages[f] = None
            else:
                pages[f] = [collapse(pg.extract_text() or "") for pg in pypdf.PdfReader(path).pages]
        if pages[f] is None or not isinstance(p, int) or isinstance(p, bool) or not 1 <= p <= len(pages[f]):
            return None
        return pages[f][p - 1]

    def load(name):
        rows = []
        path = os.path.join(jsonl_dir, name)
        if not os.path.isfile(path):
            err(name, "fichier introuvable (%s)" % path)
            return rows
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rows.append((n, json.loads(line)))
                except ValueError as e:
                    err("%s:%d" % (name, n), "JSON invalide (%s)" % e)
        return rows

    figs = load(FIG_NAME)
    nots = load(NOT_NAME)

    def locate_span(where, f, p, sentence, text, occ):
        """Contrôle phrase/texte/occurrence ; renvoie la position absolue du texte dans la page (ou None)."""
        pt = page_text(f, p)
        if pt is None:
            err(where, "fichier ou page inexistant (%s p.%s)" % (f, p))
            return None
        if not isinstance(sentence, str) or not sentence:
            err(where, "phrase vide")
            return None
        if collapse(sentence) != sentence:
            err(where, "phrase aux blancs non repliés")
        si = pt.find(sentence)
        if si < 0:
            err(where, "phrase absente du texte replié de la page : « %s »" % sentence[:90])
            return None
        if not isinstance(text, str) or not text:
            err(where, "texte vide")
            return None
        occs = occurrences(text, sentence)
        if not occs:
            err(where, "texte « %s » absent de la phrase" % text)
            return None
        if occ is None:
            if len(occs) > 1:
                err(where, "texte « %s » présent %d fois dans la phrase : `occurrence` requis" % (text, len(occs)))
            occ = 1
        elif not isinstance(occ, int) or isinstance(occ, bool) or not 1 <= occ <= len(occs):
            err(where, "occurrence %r invalide (le texte figure %d fois)" % (occ, len(occs)))
            return None
        return si + occs[occ - 1]

    # ------------------------------------------------------------------ chiffres
    fig_spans = {}
    seen = set()
    per_page = {}
    for n, it in figs:
        where = "%s:%d" % (FIG_NAME, n)
        if not isinstance(it, dict):
            err(where, "ligne qui n'est pas un objet")
            continue
        missing = [k for k in FIG_REQUIRED if k not in it]
        if missing:
            err(where, "champs manquants : %s" % ", ".join(missing))
            continue
        extra = [k for k in it if k not in FIG_REQUIRED and k not in FIG_OPTIONAL]
        if extra:
            err(where, "champs inconnus : %s" % ", ".join(extra))
        f, p, text, value, unit = it["file"], it["page"], it["text"], it["value"], it["unit"]
        where = "%s:%d (%s p.%s « %s »)" % (FIG_NAME, n, f, p, text)
        if not isinstance(f, str) or not f.endswith(".pdf"):
            err(where, "file invalide")
        if not isinstance(p, int) or isinstance(p, bool) or p < 1:
            err(where, "page invalide (entier ≥ 1 attendu)")
        if unit not in UNITS:
            err(where, "unité inconnue %r" % unit)
        if not is_num(value):
            err(where, "value non numérique %r" % (value,))
        for k in ("noun", "actor"):
            if it[k] is not None and (not isinstance(it[k], str) or not it[k].strip()):
                err(where, "%s doit être une chaîne non vide ou null" % k)
        if not isinstance(it["measure"], str) or not it["measure"].strip():
            err(where, "measure vide")
        if not year_ok(it["year"]):
            err(where, "year invalide %r (entier ou « AAAA-AAAA »)" % (it["year"],))
        if "year_alt" in it and (not year_ok(it["year_alt"]) or it["year_alt"] == it["year"]):
            err(where, "year_alt invalide %r" % (it["year_alt"],))
        if "actor_alt" in it and (not isinstance(it["actor_alt"], str) or not it["actor_alt"].strip()):
            err(where, "actor_alt invalide")
        for k in ("in_table", "several_actors"):
            if k in it and not isinstance(it[k], bool):
                err(where, "%s doit être un booléen" % k)
        if "note" in it and not isinstance(it["note"], str):
            err(where, "note doit être une chaîne")
        src = it.get("actor_src")
        if src not in ACTOR_SRC:
            err(where, "actor_src inconnu %r" % (src,))
        elif it["actor"] is None and src is not None:
            err(where, "actor null mais actor_src = %r" % src)
        elif it["actor"] is not None and "actor_src" in it and src is None:
            err(where, "actor renseigné mais actor_src null")

        pos = locate_span(where, f, p, it["sentence"], text, it.get("occurrence"))
        if pos is not None:
            fig_spans.setdefault((f, p), []).append((pos, pos + len(text), where))
        # valeur et unité
        if is_num(value) and isinstance(text, str) and text:
            try:
                rng = split_range(text)
                fam = None
                if "range_high" in it or rng:
                    if not rng:
                        err(where, "range_high donné mais le texte n'est pas une fourchette")
                    else:
                        lo, lo_fam = parse_text(rng[0])
                        hi, _ = parse_text(rng[1])
                        if not same(value, lo):
                            err(where, "value %r ≠ borne basse %r" % (value, lo))
                        if not is_num(it.get("range_high")) or not same(it["range_high"], hi):
                            err(where, "range_high %r ≠ borne haute %r" % (it.get("range_high"), hi))
                        fam = lo_fam
                else:
                    v, fam = parse_text(text)
                    if not same(value, v):
                        err(where, "value %r ≠ valeur lue dans le texte %r" % (value, v))
                if fam is not None and unit in UNIT_FAMILY and UNIT_FAMILY[unit] != fam:
                    err(where, "unité %r incompatible avec le texte (famille %r)" % (unit, fam))
            except ParseError as e:
                err(where, "texte illisible comme nombre : %s" % e)
        # also_printed_as
        aps = it.get("also_printed_as")
        if aps is not None:
            if not isinstance(aps, list) or not aps:
                err(where, "also_printed_as doit être une liste non vide")
            else:
                for a in aps:
                    if not isinstance(a, dict) or set(a) != {"text", "sentence"}:
                        err(where, "also_printed_as : objets {text, sentence} attendus")
                        continue
                    apos = locate_span(where + " [also_printed_as]", f, p, a["sentence"], a["text"], None)
                    if apos is not None:
                        fig_spans.setdefault((f, p), []).append((apos, apos + len(a["text"]), where))
        key = (f, p, it["sentence"], text, it.get("occurrence", 1))
        if key in seen:
            err(where, "doublon (même page, même phrase, même texte, même occurrence)")
        seen.add(key)
        per_page[(f, p)] = per_page.get((f, p), 0) + 1

    for (f, p), c in sorted(per_page.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]))):
        if c > MAX_PER_PAGE:
            err("%s p.%s" % (f, p), "%d chiffres (plafond %d par page)" % (c, MAX_PER_PAGE))

    # chevauchements entre chiffres distincts (même position annotée deux fois)
    for key, spans in fig_spans.items():
        spans = sorted(spans)
        for (a1, b1, w1), (a2, b2, w2) in zip(spans, spans[1:]):
            if a2 < b1 and w1 != w2:
                err(w2, "chevauche un autre chiffre (%s)" % w1)

    # ------------------------------------------------------------------ non-chiffres
    seen_n = set()
    for n, it in nots:
        where = "%s:%d" % (NOT_NAME, n)
        if not isinstance(it, dict):
            err(where, "ligne qui n'est pas un objet")
            continue
        missing = [k for k in NOT_REQUIRED if k not in it]
        if missing:
            err(where, "champs manquants : %s" % ", ".join(missing))
            continue
        extra = [k for k in it if k not in NOT_REQUIRED and k not in NOT_OPTIONAL]
        if extra:
            err(where, "champs inconnus : %s" % ", ".join(extra))
        f, p, text = it["file"], it["page"], it["text"]
        where = "%s:%d (%s p.%s « %s »)" % (NOT_NAME, n, f, p, text)
        if it["why"] not in WHYS:
            err(where, "why inconnu %r" % (it["why"],))
        pos = locate_span(where, f, p, it["sentence"], text, it.get("occurrence"))
        key = (f, p, it["sentence"], text, it.get("occurrence", 1))
        if key in seen_n:
            err(where, "doublon de non-chiffre")
        seen_n.add(key)
        if key in seen:
            err(where, "annoté aussi comme chiffre (même phrase, même texte)")
        if pos is not None:
            for a, b, w in fig_spans.get((f, p), []):
                if pos < b and a < pos + len(text):
                    err(where, "chevauche un chiffre annoté (%s)" % w)

    for e in errors:
        print(e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF : %s ; JSONL : %s ; racine : %s) : %d erreur(s)"
          % (len(figs), len(nots), pdf_dir, jsonl_dir, root or "aucune", len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
