#!/usr/bin/env python3
"""Vérifie le jeu AM (figures-am.jsonl, not_figures-am.jsonl) contre le texte pypdf des PDF.

Lancer avec l'interpréteur du dépôt :  .venv/bin/python evals/corpora/figures-am/check.py
Imprime le nombre d'erreurs (0 attendu) et sort avec le code 1 s'il y en a.
"""
from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
UNITS = {"%", "€", "/10", "years", "people", "count", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "law number",
        "scale", "threshold", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
FIG_KEYS = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPT = {"actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high",
           "occurrence", "also_printed_as", "note"}
NOT_KEYS = ["file", "page", "text", "sentence", "why"]
NOT_OPT = {"note", "occurrence"}
MAX_PER_PAGE = 10


def repo_root() -> Path:
    """Remonte jusqu'au dossier qui contient pyproject.toml (racine du dépôt)."""
    for d in [HERE, *HERE.parents]:
        if (d / "pyproject.toml").is_file():
            return d
    env = os.environ.get("FIGURES_REPO_ROOT")
    if env:
        return Path(env)
    return Path("/work/main")  # avant copie dans le dépôt


def collapse(s: str) -> str:
    return " ".join(s.split())


# ---------------------------------------------------------------- valeurs
WORDS = {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
         "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
         "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40,
         "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000}
NUM_RE = re.compile(r"([-–−]\s*)?(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?")


def words_value(t: str):
    t = t.lower()
    if "moitié" in t:
        return 50.0
    if "dizaine" in t:
        return 10.0
    total, current, seen = 0.0, 0.0, False
    for tok in re.split(r"[\s\-’']+", t):
        if tok in WORDS:
            n = WORDS[tok]
            seen = True
            if n == 100:
                current = max(current, 1) * 100
            elif n == 1000:
                total += max(current, 1) * 1000
                current = 0
            else:
                current += n
        elif tok == "demi" and seen:
            current += 0.5
    return total + current if seen else None


def parse_value(text: str):
    """Valeur en unités de base d'un chiffre tel qu'imprimé (chiffres ou lettres)."""
    t = collapse(text)
    m = NUM_RE.search(t)
    if m:
        v = float(re.sub(r"[ \u00a0\u202f]", "", m.group(2)))
        if m.group(3):
            v += float("0." + m.group(3))
        if m.group(1):
            v = -v
        rest = t[m.end():].lower()
        if re.match(r"\s*(m€|millions?\b)", rest):
            v *= 1e6
        elif re.match(r"\s*(k€)", rest):
            v *= 1e3
        elif re.match(r"\s*milliards?\b", rest):
            v *= 1e9
        return v
    low = t.lower()
    if " sur " in low:
        a, b = low.split(" sur ", 1)
        x, y = words_value(a), words_value(b)
        if x is not None and y:
            return 100.0 * x / y
    return words_value(t)


def value_ok(text: str, value) -> bool:
    v = parse_value(text)
    if v is None or not isinstance(value, (int, float)):
        return False
    return abs(v - value) <= 0.01 * max(1.0, abs(value))


# ---------------------------------------------------------------- occurrences bornées
def bounded_count(text: str, sentence: str) -> int:
    n, start = 0, 0
    while True:
        i = sentence.find(text, start)
        if i < 0:
            return n
        ok = True
        if text[0].isalnum() and i > 0 and sentence[i - 1].isalnum():
            ok = False
        j = i + len(text)
        if text[-1].isalnum() and j < len(sentence) and sentence[j].isalnum():
            ok = False
        n += ok
        start = i + 1


def year_ok(y) -> bool:
    if y is None:
        return True
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    return isinstance(y, str) and re.fullmatch(r"(19|20)\d\d-(19|20)\d\d", y) is not None


# ---------------------------------------------------------------- pages
_cache: dict[str, list[str]] = {}


def pages_of(root: Path, name: str):
    if name not in _cache:
        m = re.match(r"obs-(s\d\d)-", name)
        if not m:
            return None
        path = root / "evals" / "corpora" / f"notes-{m.group(1)}" / name
        if not path.is_file():
            return None
        reader = pypdf.PdfReader(str(path))
        _cache[name] = [collapse(p.extract_text() or "") for p in reader.pages]
    return _cache[name]


def main() -> int:
    root = repo_root()
    errors: list[str] = []

    def err(kind, i, rec, msg):
        errors.append(f"{kind}#{i} {rec.get('file')} p{rec.get('page')} « {rec.get('text')} » : {msg}")

    def check_span(kind, i, rec, text, sentence, occurrence=None):
        pages = pages_of(root, rec.get("file", ""))
        if pages is None:
            err(kind, i, rec, "PDF introuvable")
            return
        p = rec.get("page")
        if not isinstance(p, int) or not 1 <= p <= len(pages):
            err(kind, i, rec, "page hors du PDF")
            return
        s = collapse(sentence or "")
        if not s or s not in pages[p - 1]:
            err(kind, i, rec, f"phrase absente de la page : {s[:70]}")
        if s != sentence:
            err(kind, i, rec, "phrase non repliée (blancs)")
        n = bounded_count(text, s) if text else 0
        if n == 0:
            err(kind, i, rec, "texte absent de la phrase")
        elif n > 1 and occurrence is None:
            err(kind, i, rec, f"texte présent {n} fois : « occurrence » requis")
        elif occurrence is not None and not (isinstance(occurrence, int) and 1 <= occurrence <= n):
            err(kind, i, rec, f"occurrence {occurrence} invalide ({n} présences)")

    figs = [json.loads(l) for l in open(root / "evals" / "figures" / "figures-am.jsonl", encoding="utf-8") if l.strip()]
    nots = [json.loads(l) for l in open(root / "evals" / "figures" / "not_figures-am.jsonl", encoding="utf-8") if l.strip()]

    per_page = Counter()
    seen = set()
    for i, r in enumerate(figs, 1):
        for k in FIG_KEYS:
            if k not in r:
                err("F", i, r, f"champ manquant {k}")
        extra = set(r) - set(FIG_KEYS) - FIG_OPT
        if extra:
            err("F", i, r, f"champs inconnus {sorted(extra)}")
        check_span("F", i, r, r.get("text", ""), r.get("sentence", ""), r.get("occurrence"))
        if r.get("unit") not in UNITS:
            err("F", i, r, f"unité inconnue {r.get('unit')}")
        if not value_ok(r.get("text", ""), r.get("value")):
            err("F", i, r, f"valeur {r.get('value')} ≠ texte (lu : {parse_value(r.get('text', ''))})")
        t = r.get("text", "")
        if "%" in t and r.get("unit") != "%":
            err("F", i, r, "texte en % mais unité autre")
        if "€" in t and r.get("unit") != "€":
            err("F", i, r, "texte en € mais unité autre")
        if "/10" in t and r.get("unit") != "/10":
            err("F", i, r, "texte en /10 mais unité autre")
        if r.get("unit") in ("count", "people") and not r.get("noun"):
            err("F", i, r, "noun requis pour count/people")
        for k in ("year", "year_alt"):
            if not year_ok(r.get(k)):
                err("F", i, r, f"{k} mal formé : {r.get(k)}")
        if r.get("actor_src", None) not in ACTOR_SRC:
            err("F", i, r, f"actor_src inconnu {r.get('actor_src')}")
        if (r.get("actor") is None) != (r.get("actor_src") is None):
            err("F", i, r, "actor_src doit être null si et seulement si actor est null")
        if not r.get("measure"):
            err("F", i, r, "measure vide")
        for a in r.get("also_printed_as", []) or []:
            check_span("F", i, r, a.get("text", ""), a.get("sentence", ""), a.get("occurrence"))
        key = (r.get("file"), r.get("page"), r.get("text"), r.get("sentence"), r.get("occurrence"))
        if key in seen:
            err("F", i, r, "doublon")
        seen.add(key)
        per_page[(r.get("file"), r.get("page"))] += 1
    for (f, p), n in per_page.items():
        if n > MAX_PER_PAGE:
            errors.append(f"{f} p{p} : {n} chiffres (> {MAX_PER_PAGE})")

    seen_n = set()
    for i, r in enumerate(nots, 1):
        for k in NOT_KEYS:
            if k not in r:
                err("N", i, r, f"champ manquant {k}")
        extra = set(r) - set(NOT_KEYS) - NOT_OPT
        if extra:
            err("N", i, r, f"champs inconnus {sorted(extra)}")
        check_span("N", i, r, r.get("text", ""), r.get("sentence", ""), r.get("occurrence"))
        if r.get("why") not in WHYS:
            err("N", i, r, f"why inconnu {r.get('why')}")
        if (r.get("file"), r.get("page")) not in per_page:
            err("N", i, r, "page sans chiffre annoté")
        key = (r.get("file"), r.get("page"), r.get("text"), r.get("sentence"), r.get("occurrence"))
        if key in seen_n:
            err("N", i, r, "doublon")
        seen_n.add(key)

    for e in errors:
        print(e)
    print(f"{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (racine {root}) : {len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
