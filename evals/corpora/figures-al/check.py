#!/usr/bin/env python3
"""Vérifie figures-al.jsonl et not_figures-al.jsonl contre le texte pypdf des PDF.

Usage : <python du dépôt> check.py   (imprime le nombre d'erreurs ; code de sortie 1 s'il y en a)

La racine du dépôt est le premier dossier parent qui contient pyproject.toml
(repli : variable FIGURES_REPO_ROOT, puis /work/main). Les PDF sont lus dans
<racine>/evals/corpora/notes-sNN/<fichier>.
"""
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
MAX_PER_PAGE = 10
FIG_KEYS = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
OPT_KEYS = {"actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high",
            "occurrence", "also_printed_as", "note"}
NOT_KEYS = ["file", "page", "text", "sentence", "why"]

WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
         "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
         "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
         "cent": 100, "mille": 1000, "dizaine": 10, "douzaine": 12, "vingtaine": 20,
         "trentaine": 30, "centaine": 100}


def repo_root():
    for d in [HERE, *HERE.parents]:
        if (d / "pyproject.toml").is_file():
            return d
    env = os.environ.get("FIGURES_REPO_ROOT")
    if env and Path(env).is_dir():
        return Path(env)
    return Path("/work/main")


def collapse(s):
    return " ".join(s.split())


def pdf_path(root, name):
    m = re.match(r"obs-(s\d+)-", name)
    if not m:
        return None
    return root / "evals" / "corpora" / f"notes-{m.group(1)}" / name


_cache = {}


def page_text(root, name, page):
    if name not in _cache:
        p = pdf_path(root, name)
        if p is None or not p.is_file():
            _cache[name] = None
        else:
            r = pypdf.PdfReader(str(p))
            _cache[name] = [collapse(pg.extract_text() or "") for pg in r.pages]
    pages = _cache[name]
    if pages is None or not isinstance(page, int) or page < 1 or page > len(pages):
        return None
    return pages[page - 1]


def parse_value(text):
    """Valeur en unités de base lue dans `text` (chiffres, multiplicateurs, nombres en lettres)."""
    t = text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").strip()
    low = t.lower()
    m = re.search(r"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?", t)
    if m:
        v = float(m.group(0).replace(" ", "").replace(",", "."))
        if re.search(r"m€|\bmillions?\b", low):
            v *= 1e6
        elif re.search(r"k€", low):
            v *= 1e3
        elif "milliard" in low:
            v *= 1e9
        return v
    low = re.sub(r"^(près|plus|moins|environ)\s+(de\s+|d')?", "", low)
    if "moitié" in low:
        return 50.0
    if "quart" in low and "trois" in low:
        return 75.0
    if " sur " in low:
        a, b = low.split(" sur ", 1)
        a = re.sub(r"^(près|plus|moins) (de |d')", "", a.strip())
        wa = re.split(r"[\s']+", a)[0]
        wb = re.split(r"[\s']+", b.strip())[0]
        if wa in WORDS and wb in WORDS:
            return round(WORDS[wa] / WORDS[wb] * 100, 2)
        return None
    for w in re.split(r"[\s'\-]+", low):
        if w in WORDS:
            return float(WORDS[w])
    return None


def year_ok(y):
    if y is None:
        return True
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    if isinstance(y, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", y)
        return bool(m) and int(m.group(1)) < int(m.group(2))
    return False


def main():
    root = repo_root()
    errors = []

    def err(kind, i, msg):
        errors.append(f"{kind} #{i}: {msg}")

    figs = [json.loads(l) for l in open(root / "evals" / "figures" / "figures-al.jsonl", encoding="utf-8") if l.strip()]
    nots = [json.loads(l) for l in open(root / "evals" / "figures" / "not_figures-al.jsonl", encoding="utf-8") if l.strip()]

    per_page = Counter()
    seen = set()
    for i, f in enumerate(figs, 1):
        miss = [k for k in FIG_KEYS if k not in f]
        if miss:
            err("chiffre", i, f"champs manquants {miss}")
            continue
        extra = set(f) - set(FIG_KEYS) - OPT_KEYS
        if extra:
            err("chiffre", i, f"champs inconnus {sorted(extra)}")
        txt = page_text(root, f["file"], f["page"])
        if txt is None:
            err("chiffre", i, f"PDF ou page introuvable : {f['file']} p{f['page']}")
            continue
        s = collapse(f["sentence"])
        if s != f["sentence"]:
            err("chiffre", i, "sentence non repliée")
        if s not in txt:
            err("chiffre", i, f"sentence absente de la page : {s[:70]!r}")
        n = s.count(f["text"])
        if n == 0:
            err("chiffre", i, f"text absent de sentence : {f['text']!r}")
        occ = f.get("occurrence")
        if n > 1 and occ is None:
            err("chiffre", i, f"text {f['text']!r} présent {n} fois : occurrence requise")
        if occ is not None and not (isinstance(occ, int) and 1 <= occ <= n):
            err("chiffre", i, f"occurrence {occ} invalide ({n} présences)")
        if f["unit"] not in UNITS:
            err("chiffre", i, f"unité inconnue {f['unit']!r}")
        v = parse_value(f["text"])
        if v is None:
            err("chiffre", i, f"valeur illisible dans {f['text']!r}")
        elif not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool) \
                or abs(v - f["value"]) > 0.011:
            err("chiffre", i, f"value {f['value']!r} ≠ {v!r} lu dans {f['text']!r}")
        if "%" in f["text"] and f["unit"] != "%":
            err("chiffre", i, "text en % mais unité différente")
        if "€" in f["text"] and f["unit"] != "€":
            err("chiffre", i, "text en € mais unité différente")
        if not year_ok(f["year"]):
            err("chiffre", i, f"year invalide {f['year']!r}")
        if "year_alt" in f and not year_ok(f["year_alt"]):
            err("chiffre", i, f"year_alt invalide {f['year_alt']!r}")
        if f.get("actor_src", None) not in ACTOR_SRC:
            err("chiffre", i, f"actor_src inconnu {f.get('actor_src')!r}")
        if f["actor"] is None and f.get("actor_src") is not None:
            err("chiffre", i, "actor_src donné alors que actor est null")
        if not isinstance(f["measure"], str) or not f["measure"].strip():
            err("chiffre", i, "measure vide")
        if f["unit"] in ("count", "people") and not f["noun"]:
            err("chiffre", i, "noun requis pour count/people")
        for a in f.get("also_printed_as", []) or []:
            sa = collapse(a.get("sentence", ""))
            if sa not in txt:
                err("chiffre", i, f"also_printed_as hors page : {sa[:60]!r}")
            if a.get("text", "\0") not in sa:
                err("chiffre", i, f"also_printed_as : text absent ({a.get('text')!r})")
            va = parse_value(a.get("text", ""))
            if va is not None and isinstance(f["value"], (int, float)) and abs(va - f["value"]) > 5.01:
                err("chiffre", i, f"also_printed_as : valeur {va} trop loin de {f['value']}")
        key = (f["file"], f["page"], f["text"], s, occ)
        if key in seen:
            err("chiffre", i, "doublon")
        seen.add(key)
        per_page[(f["file"], f["page"])] += 1

    for (fi, pg), c in per_page.items():
        if c > MAX_PER_PAGE:
            errors.append(f"page {fi} p{pg} : {c} chiffres (> {MAX_PER_PAGE})")

    seen = set()
    for i, nf in enumerate(nots, 1):
        miss = [k for k in NOT_KEYS if k not in nf]
        if miss:
            err("non-chiffre", i, f"champs manquants {miss}")
            continue
        extra = set(nf) - set(NOT_KEYS) - {"note", "occurrence"}
        if extra:
            err("non-chiffre", i, f"champs inconnus {sorted(extra)}")
        txt = page_text(root, nf["file"], nf["page"])
        if txt is None:
            err("non-chiffre", i, f"PDF ou page introuvable : {nf['file']} p{nf['page']}")
            continue
        s = collapse(nf["sentence"])
        if s not in txt:
            err("non-chiffre", i, f"sentence absente de la page : {s[:70]!r}")
        n = s.count(nf["text"])
        if n == 0:
            err("non-chiffre", i, f"text absent de sentence : {nf['text']!r}")
        occ = nf.get("occurrence")
        if occ is not None and not (isinstance(occ, int) and 1 <= occ <= n):
            err("non-chiffre", i, f"occurrence {occ} invalide ({n} présences)")
        if n > 1 and occ is None:
            err("non-chiffre", i, f"text {nf['text']!r} présent {n} fois : occurrence requise")
        if nf["why"] not in WHYS:
            err("non-chiffre", i, f"why inconnu {nf['why']!r}")
        if (nf["file"], nf["page"]) not in per_page:
            err("non-chiffre", i, "page sans chiffre annoté")
        key = (nf["file"], nf["page"], nf["text"], s, occ)
        if key in seen:
            err("non-chiffre", i, "doublon")
        seen.add(key)

    for e in errors:
        print(e)
    print(f"{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (racine {root}) : {len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
