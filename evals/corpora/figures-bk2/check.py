#!/usr/bin/env python3
"""Vérifie le jeu BK2 (figures-bk2.jsonl, not_figures-bk2.jsonl) contre les PDF du corpus notes-s102.

Autonome : bibliothèque standard + pypdf. Lancement : python check.py
PDF : <racine>/evals/corpora/notes-s102 (racine = premier parent contenant pyproject.toml, depuis le dossier
courant puis depuis le dossier du script), sinon /work/blind/notes-s102.
JSONL : <racine>/evals/figures/ s'ils y sont, sinon à côté de ce script.
Imprime le nombre d'erreurs ; code de sortie 1 s'il y en a.
"""
import json
import os
import re
import sys

import pypdf

CORPUS = "notes-s102"
FIG_NAME = "figures-bk2.jsonl"
NOT_NAME = "not_figures-bk2.jsonl"
UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
FIG_REQ = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPT = ["actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
           "also_printed_as", "note"]
NOT_REQ = ["file", "page", "text", "sentence", "why"]
NOT_OPT = ["occurrence", "note"]
MAX_PER_PAGE = 12
HERE = os.path.dirname(os.path.abspath(__file__))


def find_root():
    for start in (os.getcwd(), HERE):
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
    pdf_dir = None
    if root and os.path.isdir(os.path.join(root, "evals", "corpora", CORPUS)):
        pdf_dir = os.path.join(root, "evals", "corpora", CORPUS)
    elif os.path.isdir(os.path.join("/work/blind", CORPUS)):
        pdf_dir = os.path.join("/work/blind", CORPUS)
    jdir = HERE
    if root and os.path.isfile(os.path.join(root, "evals", "figures", FIG_NAME)):
        jdir = os.path.join(root, "evals", "figures")
    return root, pdf_dir, jdir


def collapse(s):
    return " ".join(s.split())


# ---- valeur attendue d'après le texte imprimé ----
WORDS = {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
         "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
         "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
         "mille": 1000, "dizaine": 10, "douzaine": 12, "vingtaine": 20, "trentaine": 30, "centaine": 100}
FRAC = {"moitié": 1 / 2, "tiers": 1 / 3, "quart": 1 / 4, "quarts": 1 / 4, "cinquième": 1 / 5, "dixième": 1 / 10}
NUM_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?")


def to_num(tok):
    tok = tok.strip().lower()
    m = NUM_RE.fullmatch(tok)
    if m:
        return float(re.sub(r"[ \u00a0\u202f]", "", tok).replace(",", "."))
    if tok in WORDS:
        return float(WORDS[tok])
    parts = re.split(r"[- ]", tok)
    if parts and all(p in WORDS for p in parts):
        total = 0
        for p in parts:
            total += WORDS[p]
        return float(total)
    return None


def numbers_in(text):
    return [float(re.sub(r"[ \u00a0\u202f]", "", m.group()).replace(",", ".")) for m in NUM_RE.finditer(text)]


def expected_values(text, unit):
    """Valeurs possibles lues dans le texte (liste), ou None si illisible."""
    t = collapse(text).lower()
    # fraction « X sur Y » (« 3 sur 10 », « 9 salariés sur 10 »)
    m = re.fullmatch(r"(\S+)(?: \S+)*? sur (\S+)", t)
    if m and unit == "%":
        a, b = to_num(m.group(1)), to_num(m.group(2))
        if a is not None and b:
            return [100 * a / b]
    # fraction en lettres (« deux tiers », « la moitié »)
    toks = t.split()
    if toks and toks[-1] in FRAC and unit == "%":
        num = 1.0 if len(toks) == 1 or toks[0] in ("la", "le", "un", "une") else to_num(toks[0])
        if num is not None:
            return [100 * num * FRAC[toks[-1]]]
    nums = numbers_in(t)
    if nums:
        v = nums[0]
    else:
        v = None
        for tok in toks:
            v = to_num(tok)
            if v is not None:
                break
        if v is None:
            return None
    mult = 1.0
    if unit == "€":
        if "milliard" in t:
            mult = 1e9
        elif "million" in t or "m€" in t:
            mult = 1e6
        elif "k€" in t:
            mult = 1e3
    elif unit == "M€":
        if "milliard" in t:
            mult = 1e3
        elif "million" in t or "m€" in t:
            mult = 1.0
        elif "k€" in t:
            mult = 1e-3
        elif "€" in t or "euro" in t:
            mult = 1e-6
    return [v * mult]


UNIT_HINT = {
    "%": lambda t: "%" in t or " sur " in t or any(w in t for w in FRAC) or "pour cent" in t,
    "€": lambda t: "€" in t or "euro" in t,
    "M€": lambda t: "m€" in t or "million" in t or "milliard" in t,
    "/10": lambda t: "/10" in t or "sur 10" in t or re.fullmatch(r"[\d,. ]+", t) is not None,
    "pts": lambda t: "point" in t or "pt" in t,
    "years": lambda t: " an" in t or "année" in t,
    "people": lambda t: True,
    "count": lambda t: True,
}


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
    pos = -1
    for _ in range(occ):
        pos = sentence.find(text, pos + 1)
        if pos < 0:
            return None
    return (pos, pos + len(text))


def main():
    root, pdf_dir, jdir = locate()
    errors = []

    def err(kind, i, item, msg):
        errors.append(f"[{kind} l.{i}] {item.get('file')} p{item.get('page')} « {item.get('text')} » : {msg}")

    if not pdf_dir:
        print(f"PDF introuvables (corpus {CORPUS})")
        print("1 erreur(s)")
        return 1
    pages = {}
    for fn in sorted(os.listdir(pdf_dir)):
        if fn.endswith(".pdf"):
            r = pypdf.PdfReader(os.path.join(pdf_dir, fn))
            pages[fn] = [collapse(p.extract_text() or "") for p in r.pages]

    def load(name):
        path = os.path.join(jdir, name)
        rows = []
        with open(path, encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rows.append((i, json.loads(line)))
                except json.JSONDecodeError as e:
                    errors.append(f"[{name} l.{i}] JSON invalide : {e}")
        return rows

    figs = load(FIG_NAME)
    nots = load(NOT_NAME)

    def common(kind, i, d, req, opt):
        for k in req:
            if k not in d:
                err(kind, i, d, f"champ manquant « {k} »")
        for k in d:
            if k not in req and k not in opt:
                err(kind, i, d, f"champ inconnu « {k} »")
        f, p = d.get("file"), d.get("page")
        if f not in pages:
            err(kind, i, d, "fichier absent du corpus")
            return None
        if not isinstance(p, int) or isinstance(p, bool) or not (1 <= p <= len(pages[f])):
            err(kind, i, d, f"page inexistante (le PDF a {len(pages[f])} pages)")
            return None
        s, t = d.get("sentence"), d.get("text")
        if not isinstance(s, str) or not s or s != collapse(s):
            err(kind, i, d, "sentence vide ou blancs non repliés")
            return None
        if s not in pages[f][p - 1]:
            err(kind, i, d, "sentence absente du texte replié de la page")
        if not isinstance(t, str) or not t:
            err(kind, i, d, "text vide")
            return None
        cnt = s.count(t)
        occ = d.get("occurrence")
        if cnt == 0:
            err(kind, i, d, "text absent de la sentence")
            return None
        if occ is not None and (not isinstance(occ, int) or isinstance(occ, bool) or not 1 <= occ <= cnt):
            err(kind, i, d, f"occurrence {occ} invalide (text présent {cnt} fois)")
            return None
        if occ is None and cnt > 1:
            err(kind, i, d, f"text présent {cnt} fois dans la sentence : occurrence requise")
            return None
        return span(s, t, occ or 1)

    per_page = {}
    fig_keys = {}
    fig_spans = []
    for i, d in figs:
        sp = common("chiffre", i, d, FIG_REQ, FIG_OPT)
        unit = d.get("unit")
        if unit not in UNITS:
            err("chiffre", i, d, f"unité « {unit} » hors liste")
        v = d.get("value")
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            err("chiffre", i, d, "value non numérique")
        elif isinstance(d.get("text"), str) and unit in UNITS:
            exp = expected_values(d["text"], unit)
            if exp is None:
                err("chiffre", i, d, "valeur illisible dans text")
            elif not any(abs(v - e) <= max(0.01, 1e-6 * abs(e)) for e in exp):
                err("chiffre", i, d, f"value {v} ne correspond pas au texte (attendu {exp[0]:g})")
            if not UNIT_HINT[unit](collapse(d["text"]).lower()):
                err("chiffre", i, d, f"unité « {unit} » non cohérente avec le texte")
            rh = d.get("range_high")
            if rh is not None:
                nums = numbers_in(d["text"])
                if len(nums) < 2 or abs(nums[1] - rh) > 0.01 and not any(abs(rh - x) < 0.01 for x in nums[1:]):
                    err("chiffre", i, d, "range_high absent du texte")
        for k in ("noun", "actor", "actor_alt"):
            if d.get(k) is not None and (not isinstance(d[k], str) or not d[k].strip()):
                err("chiffre", i, d, f"{k} doit être une chaîne non vide ou null")
        if not isinstance(d.get("measure"), str) or len(d.get("measure", "").split()) < 2:
            err("chiffre", i, d, "measure manquante ou trop courte")
        if not year_ok(d.get("year")):
            err("chiffre", i, d, f"year invalide : {d.get('year')!r}")
        if "year_alt" in d and not year_ok(d["year_alt"], allow_none=False):
            err("chiffre", i, d, f"year_alt invalide : {d.get('year_alt')!r}")
        if d.get("year_alt") is not None and d.get("year_alt") == d.get("year"):
            err("chiffre", i, d, "year_alt identique à year")
        src = d.get("actor_src", "absent")
        if src != "absent":
            if src not in ACTOR_SRC:
                err("chiffre", i, d, f"actor_src « {src} » invalide")
            if d.get("actor") is None and src is not None:
                err("chiffre", i, d, "actor null mais actor_src non null")
            if d.get("actor") is not None and src is None:
                err("chiffre", i, d, "actor donné mais actor_src null")
        for k in ("in_table", "several_actors"):
            if k in d and not isinstance(d[k], bool):
                err("chiffre", i, d, f"{k} doit être booléen")
        for a in d.get("also_printed_as") or []:
            f, p = d.get("file"), d.get("page")
            if not isinstance(a, dict) or set(a) != {"text", "sentence"}:
                err("chiffre", i, d, "also_printed_as : objets {text, sentence} attendus")
            elif f in pages and isinstance(p, int) and 1 <= p <= len(pages[f]):
                if a["sentence"] not in pages[f][p - 1] or a["text"] not in a["sentence"]:
                    err("chiffre", i, d, f"also_printed_as « {a['text']} » absent de la page")
        key = (d.get("file"), d.get("page"), d.get("sentence"), d.get("text"), d.get("occurrence") or 1)
        if key in fig_keys:
            err("chiffre", i, d, f"doublon de la ligne {fig_keys[key]}")
        fig_keys[key] = i
        pk = (d.get("file"), d.get("page"))
        per_page[pk] = per_page.get(pk, 0) + 1
        if sp:
            fig_spans.append((d.get("file"), d.get("page"), d.get("sentence"), sp, i))
    for (f, p), c in sorted(per_page.items()):
        if c > MAX_PER_PAGE:
            errors.append(f"[page] {f} p{p} : {c} chiffres (> {MAX_PER_PAGE})")

    not_keys = {}
    for i, d in nots:
        sp = common("non-chiffre", i, d, NOT_REQ, NOT_OPT)
        if d.get("why") not in WHYS:
            err("non-chiffre", i, d, f"why « {d.get('why')} » hors liste")
        key = (d.get("file"), d.get("page"), d.get("sentence"), d.get("text"), d.get("occurrence") or 1)
        if key in not_keys:
            err("non-chiffre", i, d, f"doublon de la ligne {not_keys[key]}")
        not_keys[key] = i
        if key in fig_keys:
            err("non-chiffre", i, d, f"aussi annoté comme chiffre (ligne {fig_keys[key]} des chiffres)")
        elif sp:
            for f, p, s, fsp, j in fig_spans:
                if (f, p, s) == (d.get("file"), d.get("page"), d.get("sentence")) and fsp[0] < sp[1] and sp[0] < fsp[1]:
                    err("non-chiffre", i, d, f"chevauche le chiffre de la ligne {j}")

    for e in errors:
        print(e)
    where = root if root else "aucune racine pyproject.toml"
    print(f"{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (PDF : {pdf_dir} ; JSONL : {jdir} ; racine : {where}) : "
          f"{len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
