# -*- coding: utf-8 -*-
"""Vérifie le jeu « figures-aw » (chiffres et non-chiffres) contre le texte pypdf des PDF du corpus notes-s88.

Usage : python check.py            (depuis n'importe quel dossier)

Racine du dépôt : on remonte depuis ce fichier jusqu'au dossier qui contient pyproject.toml ; les PDF sont cherchés
dans <racine>/evals/corpora/notes-s88/. S'ils n'y sont pas (essais avant la copie dans le dépôt), repli sur
/work/blind/notes-s88/. Les deux JSONL sont lus à côté de ce fichier.

Contrôles :
- champs obligatoires présents ; fichier et page (index PDF base 1) existants ;
- `sentence` (blancs repliés) présente dans le texte pypdf replié de sa page ;
- `text` présent dans `sentence` (et `occurrence`, si donnée, ne dépasse pas le nombre d'apparitions) ;
- `value` conforme à `text` (chiffres à la française, M€ / millions / k€, nombres et fractions en lettres) ;
- unité dans la liste ; `why` dans la liste ; forme de `year` / `year_alt` ; `noun` donné pour count/people ;
- chaque `also_printed_as` sur la même page, son `text` dans sa `sentence` ;
- au plus 12 chiffres par page ; pas de doublon ; non-chiffres pris sur des pages qui portent un chiffre du jeu.
Imprime le nombre d'erreurs.
"""
import json
import os
import re
import sys

import pypdf

UNITS = {"%", "€", "/10", "years", "people", "count", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "law number", "scale",
        "threshold", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
MAX_PER_PAGE = 12
HERE = os.path.dirname(os.path.abspath(__file__))
FALLBACK = "/work/blind/notes-s88"


def repo_root(start):
    d = start
    while True:
        if os.path.isfile(os.path.join(d, "pyproject.toml")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def pdf_dir():
    root = repo_root(HERE)
    if root:
        cand = os.path.join(root, "evals", "corpora", "notes-s88")
        if os.path.isdir(cand) and any(f.endswith(".pdf") for f in os.listdir(cand)):
            return cand, root
    return FALLBACK, root


def collapse(s):
    return " ".join(s.split())


# ---------------------------------------------------------------- valeurs
WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000,
}
APPROX = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "centaine": 100}
NUM_RE = re.compile(r"[-+]?\d{1,3}(?: \d{3})+(?:,\d+)?|[-+]?\d+(?:,\d+)?")


def parse_value(text):
    """Valeur numérique (unités de base) lue dans `text` ; None si illisible."""
    t = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2212", "-").lower()
    t = collapse(t)
    m = NUM_RE.search(t)
    if m:
        v = float(m.group(0).replace(" ", "").replace(",", "."))
        rest = t[m.end():]
        if re.match(r"\s*(m€|millions?\b|million\b)", rest):
            v *= 1e6
        elif re.match(r"\s*(milliards?\b)", rest):
            v *= 1e9
        elif re.match(r"\s*(k€)", rest):
            v *= 1e3
        return v
    toks = re.findall(r"[a-zéèêàùç]+", t)
    # fractions en lettres : « quatre Français sur cinq », « deux sur trois »
    if "sur" in toks:
        i = toks.index("sur")
        a = next((WORDS[w] for w in toks[:i] if w in WORDS), None)
        b = next((WORDS[w] for w in toks[i + 1:] if w in WORDS), None)
        if a and b:
            return 100.0 * a / b
    if "moitié" in toks:
        return 50.0
    if "tiers" in toks:
        return 100.0 * (2 if "deux" in toks else 1) / 3
    if "quart" in toks or "quarts" in toks:
        return 25.0 * (3 if "trois" in toks else 1)
    for w, v in APPROX.items():
        if w in toks:
            return float(v)
    total = 0
    found = False
    for w in toks:
        if w in WORDS:
            found = True
            n = WORDS[w]
            if n in (100, 1000):
                total = (total or 1) * n
            else:
                total += n
    if found:
        if "demi" in toks:
            total += 0.5
        return float(total)
    return None


def value_ok(text, value):
    v = parse_value(text)
    if v is None or not isinstance(value, (int, float)):
        return False
    return abs(v - value) <= max(0.05, 1e-6 * abs(value))


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


# ---------------------------------------------------------------- contrôle
def main():
    pdir, root = pdf_dir()
    errors = []
    pages_cache = {}

    def page_text(fn, page):
        if fn not in pages_cache:
            path = os.path.join(pdir, fn)
            if not os.path.isfile(path):
                pages_cache[fn] = None
            else:
                r = pypdf.PdfReader(path)
                pages_cache[fn] = [collapse(p.extract_text() or "") for p in r.pages]
        pages = pages_cache[fn]
        if pages is None or not isinstance(page, int) or not (1 <= page <= len(pages)):
            return None
        return pages[page - 1]

    def err(kind, i, msg):
        errors.append(f"{kind} ligne {i}: {msg}")

    def load(name):
        out = []
        with open(os.path.join(root or HERE, "evals", "figures", name) if root else os.path.join(HERE, name), encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    out.append((i, json.loads(line)))
                except json.JSONDecodeError as e:
                    errors.append(f"{name} ligne {i}: JSON invalide ({e})")
        return out

    figs = load("figures-aw.jsonl")
    nots = load("not_figures-aw.jsonl")

    per_page = {}
    seen = set()
    req = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
    for i, d in figs:
        miss = [k for k in req if k not in d]
        if miss:
            err("chiffre", i, f"champs manquants {miss}")
            continue
        pt = page_text(d["file"], d["page"])
        if pt is None:
            err("chiffre", i, f"fichier ou page introuvable : {d['file']} p.{d['page']}")
            continue
        s = collapse(d["sentence"])
        if s != d["sentence"]:
            err("chiffre", i, "sentence non repliée")
        if s not in pt:
            err("chiffre", i, f"sentence absente de la page : {s[:80]!r}")
        n = s.count(d["text"])
        if n == 0:
            err("chiffre", i, f"text {d['text']!r} absent de sentence")
        occ = d.get("occurrence", 1)
        if n and occ > n:
            err("chiffre", i, f"occurrence {occ} > {n}")
        if n > 1 and "occurrence" not in d:
            err("chiffre", i, f"text {d['text']!r} apparaît {n} fois : occurrence manquante")
        if not value_ok(d["text"], d["value"]):
            err("chiffre", i, f"value {d['value']} ne correspond pas à {d['text']!r} ({parse_value(d['text'])})")
        if d["unit"] not in UNITS:
            err("chiffre", i, f"unité inconnue {d['unit']!r}")
        if d["unit"] in ("count", "people") and not d["noun"]:
            err("chiffre", i, "noun manquant pour un compte")
        if d["unit"] not in ("count", "people") and d["noun"] is not None:
            err("chiffre", i, "noun doit être null hors count/people")
        if not year_ok(d["year"]) or not year_ok(d.get("year_alt")):
            err("chiffre", i, f"year invalide {d['year']!r} / {d.get('year_alt')!r}")
        if d.get("actor_src", None) not in ACTOR_SRC:
            err("chiffre", i, f"actor_src invalide {d.get('actor_src')!r}")
        if "range_high" in d and not (isinstance(d["range_high"], (int, float)) and d["range_high"] > d["value"]):
            err("chiffre", i, "range_high invalide")
        for a in d.get("also_printed_as", []):
            sa = collapse(a.get("sentence", ""))
            if sa not in pt:
                err("chiffre", i, f"also_printed_as absent de la page : {sa[:60]!r}")
            if a.get("text", "\x00") not in sa:
                err("chiffre", i, f"also_printed_as : text {a.get('text')!r} absent de sa sentence")
        key = (d["file"], d["page"], d["text"], s, occ)
        if key in seen:
            err("chiffre", i, "doublon")
        seen.add(key)
        per_page[(d["file"], d["page"])] = per_page.get((d["file"], d["page"]), 0) + 1
    for (fn, p), k in per_page.items():
        if k > MAX_PER_PAGE:
            errors.append(f"{fn} p.{p}: {k} chiffres (> {MAX_PER_PAGE})")

    nreq = ["file", "page", "text", "sentence", "why"]
    nseen = set()
    for i, d in nots:
        miss = [k for k in nreq if k not in d]
        if miss:
            err("non-chiffre", i, f"champs manquants {miss}")
            continue
        pt = page_text(d["file"], d["page"])
        if pt is None:
            err("non-chiffre", i, f"fichier ou page introuvable : {d['file']} p.{d['page']}")
            continue
        s = collapse(d["sentence"])
        if s != d["sentence"]:
            err("non-chiffre", i, "sentence non repliée")
        if s not in pt:
            err("non-chiffre", i, f"sentence absente de la page : {s[:80]!r}")
        n = s.count(d["text"])
        if n == 0:
            err("non-chiffre", i, f"text {d['text']!r} absent de sentence")
        if n > 1 and "occurrence" not in d:
            err("non-chiffre", i, f"text {d['text']!r} apparaît {n} fois : occurrence manquante")
        if n and d.get("occurrence", 1) > n:
            err("non-chiffre", i, "occurrence trop grande")
        if d["why"] not in WHYS:
            err("non-chiffre", i, f"why inconnu {d['why']!r}")
        if (d["file"], d["page"]) not in per_page:
            err("non-chiffre", i, "page sans chiffre du jeu")
        key = (d["file"], d["page"], d["text"], s, d.get("occurrence", 1))
        if key in nseen:
            err("non-chiffre", i, "doublon")
        nseen.add(key)

    for e in errors:
        print(e)
    print(f"{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (PDF : {pdir}) : {len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
