"""Vérifie le jeu BG (figures-bg.jsonl, not_figures-bg.jsonl) contre les PDF du corpus notes-s98.

Usage : python check.py        (code de sortie 1 s'il y a au moins une erreur)

Les PDF sont lus dans <racine>/evals/corpora/notes-s98/, où <racine> est le premier dossier qui contient
pyproject.toml en remontant depuis ce fichier ; repli sur /work/blind/notes-s98/.
Les deux JSONL sont lus dans le dossier de ce fichier.
"""
import json
import os
import re
import sys
from collections import Counter

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
FALLBACK = "/work/blind/notes-s98"

REQ_F = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
OPT_F = ["actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
         "also_printed_as", "note"]
REQ_N = ["file", "page", "text", "sentence", "why"]
OPT_N = ["note", "occurrence"]
UNITS = {"%", "€", "/10", "years", "people", "count", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "law number", "scale",
        "threshold", "other"}
SRCS = {"phrase", "contexte", "tableau", None}
MAX_PER_PAGE = 12

WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
         "mille": 1000}
FRACTIONS = {"la moitié": 50.0, "moitié": 50.0, "un quart": 25.0, "quart": 25.0, "trois quarts": 75.0,
             "un tiers": 100 / 3, "deux tiers": 200 / 3}
NUM = r"[-+−]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|[-+−]?\d+(?:,\d+)?"


def find_root():
    d = HERE
    while True:
        if os.path.exists(os.path.join(d, "pyproject.toml")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def pdf_dir():
    root = find_root()
    if root:
        cand = os.path.join(root, "evals", "corpora", "notes-s98")
        if os.path.isdir(cand):
            return cand, root
    return FALLBACK, root


def to_float(s):
    s = s.replace("−", "-").replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace(",", ".")
    return float(s)


def number_of(token):
    """Un nombre écrit en chiffres ou en lettres (un seul mot, ou « vingt et un »…) ; None sinon."""
    token = token.strip().lower()
    if re.fullmatch(NUM, token):
        return to_float(token)
    if token in WORDS:
        return float(WORDS[token])
    return None


def parse_value(text, unit):
    """Valeur lue dans le texte imprimé, en unités de base. None si illisible."""
    t = text.strip()
    low = t.lower()
    # fraction « X … sur Y » (chiffres ou lettres)
    m = re.fullmatch(r"(?:près d'|près de )?(\S+)(?: .*)? sur (\S+)", low)
    if m and unit == "%":
        a, b = number_of(m.group(1)), number_of(m.group(2))
        if a is not None and b:
            return 100.0 * a / b
    for k, v in sorted(FRACTIONS.items(), key=lambda kv: -len(kv[0])):
        if low == k:
            return v
    # note « 7,1/10 »
    m = re.fullmatch(r"(" + NUM + r")\s*/\s*10", t)
    if m:
        return to_float(m.group(1))
    # nombre en chiffres suivi d'une unité éventuelle
    m = re.match(NUM, t)
    if m:
        v = to_float(m.group(0))
        rest = t[m.end():].strip().lower()
        if re.match(r"(m€|millions?\b|m d'euros)", rest):
            v *= 1e6
        elif re.match(r"(md€|milliards?\b)", rest):
            v *= 1e9
        elif re.match(r"(k€|milliers?\b)", rest):
            v *= 1e3
        return v
    # nombre en lettres en tête (« Treize rapports », « cinq ans », « Dix ans »)
    first = low.split()[0]
    if first in WORDS:
        return float(WORDS[first])
    return None


def unit_ok(it):
    u, t, low = it["unit"], it["text"], it["text"].lower()
    if u == "%":
        return "%" in t or " sur " in low or any(k in low for k in FRACTIONS) or it.get("in_table") is True
    if u == "€":
        return "€" in t or "euro" in low
    if u == "/10":
        return "/10" in t.replace(" ", "") or "sur 10" in it["sentence"] or "0 à 10" in it["sentence"] \
            or it.get("in_table") is True
    if u == "years":
        return re.search(r"\bans?\b|\bannées?\b", low) is not None
    if u == "pts":
        return "point" in low or "pt" in low
    if u in ("people", "count"):
        return it["noun"] not in (None, "")
    return False


def year_ok(y, allow_none=False):
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


def main():
    pdfs, root = pdf_dir()
    cache = {}
    errors = []

    def err(kind, line, msg):
        errors.append(f"[{kind} l.{line}] {msg}")

    def page_text(f, p):
        key = (f, p)
        if key not in cache:
            path = os.path.join(pdfs, f)
            if not os.path.exists(path):
                cache[key] = None
            else:
                pages = PdfReader(path).pages
                cache[key] = " ".join(pages[p - 1].extract_text().split()) if 1 <= p <= len(pages) else None
        return cache[key]

    def load(name):
        out = []
        root = find_root()
        data = os.path.join(root, "evals", "figures") if root else HERE
        with open(os.path.join(data, name), encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        out.append((i, json.loads(line)))
                    except json.JSONDecodeError as e:
                        err(name, i, f"JSON illisible : {e}")
        return out

    figs = load("figures-bg.jsonl")
    nots = load("not_figures-bg.jsonl")

    def common(kind, i, it, req, opt):
        for k in req:
            if k not in it:
                err(kind, i, f"champ obligatoire absent : {k}")
        for k in it:
            if k not in req and k not in opt:
                err(kind, i, f"champ inconnu : {k}")
        if not all(k in it for k in ("file", "page", "text", "sentence")):
            return False
        if not isinstance(it["page"], int) or isinstance(it["page"], bool) or it["page"] < 1:
            err(kind, i, f"page invalide : {it['page']!r}")
            return False
        t = page_text(it["file"], it["page"])
        if t is None:
            err(kind, i, f"PDF ou page introuvable : {it['file']} p.{it['page']}")
            return False
        if it["sentence"] != " ".join(it["sentence"].split()):
            err(kind, i, "phrase non repliée")
        if it["sentence"] not in t:
            err(kind, i, f"phrase absente de la page : {it['sentence'][:70]!r}")
        n = it["sentence"].count(it["text"]) if it["text"] else 0
        if n == 0:
            err(kind, i, f"texte absent de la phrase : {it['text']!r}")
        occ = it.get("occurrence")
        if occ is not None:
            if not isinstance(occ, int) or isinstance(occ, bool) or not 1 <= occ <= n:
                err(kind, i, f"occurrence invalide : {occ!r} (le texte figure {n} fois)")
            elif n == 1:
                err(kind, i, "occurrence inutile : le texte ne figure qu'une fois")
        elif n > 1:
            err(kind, i, f"texte présent {n} fois dans la phrase : occurrence requise")
        return True

    per_page = Counter()
    seen = set()
    fig_pages = set()
    fig_keys = set()
    for i, it in enumerate_items(figs):
        if not common("figures", i, it, REQ_F, OPT_F):
            continue
        per_page[(it["file"], it["page"])] += 1
        fig_pages.add((it["file"], it["page"]))
        key = (it["file"], it["page"], it["sentence"], it["text"], it.get("occurrence", 1))
        if key in seen:
            err("figures", i, f"doublon : {it['text']!r}")
        seen.add(key)
        fig_keys.add(key)
        if it.get("unit") not in UNITS:
            err("figures", i, f"unité inconnue : {it.get('unit')!r}")
        elif not unit_ok(it):
            err("figures", i, f"unité {it['unit']!r} incompatible avec {it['text']!r}")
        val = it.get("value")
        if not isinstance(val, (int, float)) or isinstance(val, bool):
            err("figures", i, f"valeur non numérique : {val!r}")
        else:
            rh = it.get("range_high")
            if rh is not None:
                parts = re.split(r" à | - | – ", it["text"], maxsplit=1)
                if len(parts) != 2:
                    err("figures", i, "range_high sans fourchette dans le texte")
                else:
                    lo_t, hi_t = parts
                    if lo_t.strip().endswith(("€",)) is False and hi_t.strip().endswith("€"):
                        lo_t = lo_t + " €"
                    lo, hi = parse_value(lo_t, it["unit"]), parse_value(hi_t, it["unit"])
                    if lo is None or abs(lo - val) > 0.01 * max(1, abs(val)):
                        err("figures", i, f"valeur {val} ≠ borne basse lue {lo} ({it['text']!r})")
                    if hi is None or abs(hi - rh) > 0.01 * max(1, abs(rh)):
                        err("figures", i, f"range_high {rh} ≠ borne haute lue {hi} ({it['text']!r})")
                    if rh <= val:
                        err("figures", i, "range_high doit dépasser value")
            else:
                got = parse_value(it["text"], it.get("unit"))
                if got is None:
                    err("figures", i, f"valeur illisible dans {it['text']!r}")
                elif abs(got - val) > 0.01:
                    err("figures", i, f"valeur {val} ≠ {round(got, 4)} lue dans {it['text']!r}")
        if not year_ok(it.get("year"), allow_none=True):
            err("figures", i, f"year invalide : {it.get('year')!r}")
        if "year_alt" in it:
            if not year_ok(it["year_alt"]):
                err("figures", i, f"year_alt invalide : {it['year_alt']!r}")
            elif it["year_alt"] == it.get("year"):
                err("figures", i, "year_alt identique à year")
        src = it.get("actor_src")
        if src not in SRCS:
            err("figures", i, f"actor_src inconnu : {src!r}")
        if it.get("actor") is None and src is not None:
            err("figures", i, "actor_src donné alors que actor est null")
        if it.get("actor") is not None and src is None:
            err("figures", i, "actor donné sans actor_src")
        for k in ("noun", "actor", "actor_alt"):
            if it.get(k) is not None and (not isinstance(it[k], str) or not it[k].strip()):
                err("figures", i, f"{k} doit être une chaîne non vide ou null")
        if not isinstance(it.get("measure"), str) or not it["measure"].strip():
            err("figures", i, "measure vide")
        for k in ("in_table", "several_actors"):
            if k in it and not isinstance(it[k], bool):
                err("figures", i, f"{k} doit être un booléen")
        if "also_printed_as" in it:
            ap = it["also_printed_as"]
            if not isinstance(ap, list) or not ap:
                err("figures", i, "also_printed_as doit être une liste non vide")
            else:
                t = page_text(it["file"], it["page"])
                for a in ap:
                    if not isinstance(a, dict) or set(a) != {"text", "sentence"}:
                        err("figures", i, f"also_printed_as : objet {{text, sentence}} attendu, reçu {a!r}")
                        continue
                    if a["sentence"] not in t:
                        err("figures", i, f"also_printed_as : phrase absente de la page : {a['sentence'][:60]!r}")
                    elif a["text"] not in a["sentence"]:
                        err("figures", i, f"also_printed_as : texte absent de sa phrase : {a['text']!r}")
                    elif a["sentence"] == it["sentence"] and a["text"] == it["text"]:
                        err("figures", i, "also_printed_as répète la forme principale")
    for (f, p), n in per_page.items():
        if n > MAX_PER_PAGE:
            errors.append(f"[figures] {f} p.{p} : {n} chiffres (> {MAX_PER_PAGE})")

    seen_n = set()
    for i, it in enumerate_items(nots):
        if not common("not_figures", i, it, REQ_N, OPT_N):
            continue
        if it.get("why") not in WHYS:
            err("not_figures", i, f"why inconnu : {it.get('why')!r}")
        if (it["file"], it["page"]) not in fig_pages:
            err("not_figures", i, "page sans chiffre du jeu")
        key = (it["file"], it["page"], it["sentence"], it["text"], it.get("occurrence", 1))
        if key in seen_n:
            err("not_figures", i, f"doublon : {it['text']!r}")
        if key in fig_keys:
            err("not_figures", i, f"déjà annoté comme chiffre : {it['text']!r}")
        seen_n.add(key)

    for e in errors:
        print(e)
    print(f"{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (PDF : {pdfs} ; racine : {root}) : "
          f"{len(errors)} erreur(s)")
    return 1 if errors else 0


def enumerate_items(pairs):
    for i, it in pairs:
        yield i, it


if __name__ == "__main__":
    sys.exit(main())
