#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Vérifie le jeu de chiffres BM (figures-bm.jsonl, not_figures-bm.jsonl) contre les PDF du corpus notes-s104.

Autonome : bibliothèque standard + pypdf.

Emplacements :
- racine du dépôt = premier dossier parent contenant `pyproject.toml`, cherché à partir du dossier courant, puis à
  partir du dossier de ce script ;
- PDF : `<racine>/evals/corpora/notes-s104` s'il existe, sinon `/work/blind/notes-s104` ;
- JSONL : `<racine>/evals/figures/` s'ils y sont, sinon le dossier de ce script.

Usage : python check.py [--couverture]
  --couverture : affiche en plus, page par page, les nombres du texte qui ne sont couverts par aucun item
                 (information pour relire l'exhaustivité, jamais compté comme erreur).
Sortie : le nombre d'erreurs ; code de retour 1 s'il y en a au moins une.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pypdf

CORPUS = "notes-s104"
FIG_FILE = "figures-bm.jsonl"
NOT_FILE = "not_figures-bm.jsonl"
FALLBACK_PDF_DIR = Path("/work/blind/notes-s104")
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

# Nombres en lettres acceptés dans `text` (valeur attendue, unité %, ou compte approximatif).
FRACTIONS = {"la moitié": 50.0, "moitié": 50.0, "un tiers": 100 / 3, "deux tiers": 200 / 3, "un quart": 25.0,
             "trois quarts": 75.0}
APPROX = {"une dizaine": 10, "une douzaine": 12, "une quinzaine": 15, "une vingtaine": 20, "une trentaine": 30,
          "une quarantaine": 40, "une cinquantaine": 50, "une centaine": 100}
WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
         "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
         "trente": 30, "cent": 100, "mille": 1000}
NUM_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
TOL = 0.01


def collapse(s):
    return " ".join(s.split())


def find_root(start):
    for d in [start, *start.parents]:
        if (d / "pyproject.toml").is_file():
            return d
    return None


def locate():
    here = Path(__file__).resolve().parent
    root = find_root(Path.cwd().resolve()) or find_root(here)
    pdf_dir = FALLBACK_PDF_DIR
    jsonl_dir = here
    if root is not None:
        if (root / "evals" / "corpora" / CORPUS).is_dir():
            pdf_dir = root / "evals" / "corpora" / CORPUS
        if (root / "evals" / "figures" / FIG_FILE).is_file():
            jsonl_dir = root / "evals" / "figures"
    return root, pdf_dir, jsonl_dir


def load_jsonl(path, errors):
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                items.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append("%s:%d : JSON invalide (%s)" % (path.name, n, e))
    return items


def occurrences(text, sentence):
    """Positions de `text` dans `sentence`, sans compter les apparitions collées à un autre chiffre."""
    out, start = [], 0
    while True:
        i = sentence.find(text, start)
        if i < 0:
            return out
        before = sentence[i - 1] if i > 0 else ""
        after = sentence[i + len(text)] if i + len(text) < len(sentence) else ""
        digit_edge_before = text[0].isdigit() and before.isdigit()
        digit_edge_after = text[-1].isdigit() and after.isdigit()
        if not digit_edge_before and not digit_edge_after:
            out.append(i)
        start = i + 1


def parse_number(tok):
    return float(re.sub(r"[ \u00a0\u202f]", "", tok).replace(",", "."))


def word_fraction(t):
    """« trois sur quatre », « un maire sur deux » -> 75.0, 50.0 ; sinon None."""
    m = re.fullmatch(r"(\w+)(?: [\w’'\-]+)* sur (\w+)", t)
    if m and m.group(1) in WORDS and m.group(2) in WORDS:
        return 100.0 * WORDS[m.group(1)] / WORDS[m.group(2)]
    return None


def expected(item):
    """Renvoie (valeurs attendues [basse, haute?], unités compatibles, message d'erreur éventuel)."""
    text = item["text"]
    t = text.lower().strip()
    note = (item.get("note") or "")
    for k, v in FRACTIONS.items():
        if t == k:
            return [v], {"%"}, None
    if t in APPROX:
        return [APPROX[t]], {"count", "people"}, None
    wf = word_fraction(t)
    if wf is not None:
        return [wf], {"%"}, None
    body = text
    if body.endswith("/10"):
        body = body[:-3]
    nums = [parse_number(x) for x in NUM_RE.findall(body)]
    if not nums:
        return None, None, "aucun nombre lisible dans text « %s »" % text
    mult = 1.0
    if "M€" in text or "million" in t:
        mult = 1e6
        units = {"M€"}
    elif "k€" in text:
        mult = 1e3
        units = {"€"}
    elif "€" in text or "euro" in t:
        units = {"€"}
    elif "%" in text:
        units = {"%"}
    elif text.endswith("/10"):
        units = {"/10"}
    elif re.search(r"\bpoints?\b|\bpts?\b", t):
        units = {"pts"}
    elif re.search(r"\bans?\b|\bannées?\b", t):
        units = {"years"}
    else:
        # nombre nu (cellule de tableau, valeur de graphique, compte) : l'unité vient du contexte
        units = {"%", "€", "/10", "count", "people", "pts", "years"}
        if "k€" in note:
            mult = 1e3
    return [n * mult for n in nums], units, None


def check_year(v, field, where, errors, allow_none=True):
    if v is None:
        if not allow_none:
            errors.append("%s : %s manquant" % (where, field))
        return
    if isinstance(v, bool):
        errors.append("%s : %s booléen" % (where, field))
    elif isinstance(v, int):
        if not 1900 <= v <= 2100:
            errors.append("%s : %s hors bornes (%r)" % (where, field, v))
    elif isinstance(v, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", v)
        if not m or not (1900 <= int(m.group(1)) < int(m.group(2)) <= 2100):
            errors.append("%s : %s doit être AAAA ou « AAAA-AAAA » croissant (%r)" % (where, field, v))
    else:
        errors.append("%s : %s de type invalide (%r)" % (where, field, v))


def main():
    show_cov = "--couverture" in sys.argv[1:]
    errors = []
    root, pdf_dir, jsonl_dir = locate()
    figs = load_jsonl(jsonl_dir / FIG_FILE, errors)
    nots = load_jsonl(jsonl_dir / NOT_FILE, errors)

    pages = {}  # file -> [texte replié de chaque page]

    def page_text(fname, page):
        if fname not in pages:
            p = pdf_dir / fname
            if not p.is_file():
                pages[fname] = None
            else:
                r = pypdf.PdfReader(str(p))
                pages[fname] = [collapse(pg.extract_text() or "") for pg in r.pages]
        lst = pages[fname]
        if lst is None:
            return None, "fichier introuvable : %s" % (pdf_dir / fname)
        if not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= len(lst):
            return None, "page %r inexistante (le PDF a %d pages)" % (page, len(lst))
        return lst[page - 1], None

    spans = defaultdict(list)  # (file, page) -> [(début, fin, type, où)]

    def locate_text(item, where, kind, text, sentence, occ):
        """Vérifie phrase / texte / occurrence ; renvoie l'intervalle absolu du texte dans la page."""
        if not isinstance(text, str) or not text or not isinstance(sentence, str) or not sentence:
            errors.append("%s : text et sentence doivent être des chaînes non vides" % where)
            return None
        if sentence != collapse(sentence):
            errors.append("%s : sentence n'a pas ses blancs repliés" % where)
        ptxt, err = page_text(item["file"], item["page"])
        if err:
            errors.append("%s : %s" % (where, err))
            return None
        s0 = ptxt.find(sentence)
        if s0 < 0:
            errors.append("%s : sentence absente du texte replié de la page : « %s »" % (where, sentence[:90]))
            return None
        occs = occurrences(text, sentence)
        if not occs:
            errors.append("%s : text « %s » absent de la phrase" % (where, text))
            return None
        if occ is None:
            if len(occs) > 1:
                errors.append("%s : text « %s » figure %d fois dans la phrase : occurrence requise"
                              % (where, text, len(occs)))
            occ = 1
        if not isinstance(occ, int) or isinstance(occ, bool) or not 1 <= occ <= len(occs):
            errors.append("%s : occurrence %r invalide (%d apparition(s))" % (where, occ, len(occs)))
            return None
        a = s0 + occs[occ - 1]
        span = (a, a + len(text), kind, where)
        spans[(item["file"], item["page"])].append(span)
        return span

    # ------------------------------------------------------------------ chiffres
    per_page = Counter()
    seen = {}
    for n, it in figs:
        where = "%s:%d" % (FIG_FILE, n)
        missing = [k for k in FIG_REQUIRED if k not in it]
        if missing:
            errors.append("%s : champs manquants %s" % (where, missing))
            continue
        extra = set(it) - set(FIG_REQUIRED) - FIG_OPTIONAL
        if extra:
            errors.append("%s : champs inconnus %s" % (where, sorted(extra)))
        where = "%s:%d (%s p.%s « %s »)" % (FIG_FILE, n, it["file"], it["page"], it["text"])
        per_page[(it["file"], it["page"])] += 1
        span = locate_text(it, where, "chiffre", it["text"], it["sentence"], it.get("occurrence"))
        if span:
            key = (it["file"], it["page"], span[0])
            if key in seen:
                errors.append("%s : doublon de %s" % (where, seen[key]))
            seen[key] = where
        # valeur et unité
        v = it["value"]
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            errors.append("%s : value doit être un nombre" % where)
        elif it["unit"] not in UNITS:
            errors.append("%s : unité inconnue %r" % (where, it["unit"]))
        else:
            exp, units, err = expected(it)
            if err:
                errors.append("%s : %s" % (where, err))
            else:
                if it["unit"] not in units:
                    errors.append("%s : unité %r incompatible avec le texte (attendu %s)"
                                  % (where, it["unit"], sorted(units)))
                rh = it.get("range_high")
                if rh is not None:
                    if len(exp) != 2:
                        errors.append("%s : range_high donné mais le texte n'est pas une fourchette" % where)
                    elif abs(v - exp[0]) > TOL * max(1, abs(exp[0])) or abs(rh - exp[1]) > TOL * max(1, abs(exp[1])):
                        errors.append("%s : fourchette %r-%r ≠ texte (%r-%r)" % (where, v, rh, exp[0], exp[1]))
                elif len(exp) != 1:
                    errors.append("%s : text contient %d nombres (fourchette sans range_high ?)" % (where, len(exp)))
                elif abs(v - exp[0]) > TOL * max(1, abs(exp[0])):
                    errors.append("%s : value %r ≠ valeur lue dans le texte (%r)" % (where, v, exp[0]))
        # autres champs
        for k in ("noun", "actor", "actor_alt"):
            if it.get(k) is not None and (not isinstance(it[k], str) or not it[k].strip()):
                errors.append("%s : %s doit être une chaîne non vide ou null" % (where, k))
        if not isinstance(it["measure"], str) or len(it["measure"].split()) < 3:
            errors.append("%s : measure doit être une phrase" % where)
        check_year(it["year"], "year", where, errors)
        check_year(it.get("year_alt"), "year_alt", where, errors)
        if it.get("year_alt") is not None and it.get("year_alt") == it["year"]:
            errors.append("%s : year_alt identique à year" % where)
        src = it.get("actor_src")
        if src not in ACTOR_SRC:
            errors.append("%s : actor_src invalide %r" % (where, src))
        if it["actor"] is None and src is not None:
            errors.append("%s : actor null mais actor_src = %r" % (where, src))
        if it["actor"] is not None and src is None:
            errors.append("%s : actor donné sans actor_src" % where)
        if src == "phrase" and it["actor"]:
            head = re.split(r"[ ’']", it["actor"].lower())[0].rstrip("sx")
            if head not in it["sentence"].lower():
                errors.append("%s : actor_src = phrase mais « %s » n'est pas dans la phrase" % (where, head))
        for k in ("in_table", "several_actors"):
            if k in it and not isinstance(it[k], bool):
                errors.append("%s : %s doit être booléen" % (where, k))
        if "occurrence" in it and (not isinstance(it["occurrence"], int) or it["occurrence"] < 1):
            errors.append("%s : occurrence doit être un entier ≥ 1" % where)
        aps = it.get("also_printed_as")
        if aps is not None:
            if not isinstance(aps, list) or not aps:
                errors.append("%s : also_printed_as doit être une liste non vide" % where)
            else:
                for j, ap in enumerate(aps):
                    if not isinstance(ap, dict) or set(ap) - {"text", "sentence", "occurrence"} \
                            or "text" not in ap or "sentence" not in ap:
                        errors.append("%s : also_printed_as[%d] doit être {text, sentence}" % (where, j))
                        continue
                    locate_text(it, "%s also_printed_as[%d]" % (where, j), "chiffre", text=ap["text"],
                                sentence=ap["sentence"], occ=ap.get("occurrence"))

    for (f, p), c in sorted(per_page.items()):
        if c > MAX_PER_PAGE:
            errors.append("%s p.%d : %d chiffres (> %d)" % (f, p, c, MAX_PER_PAGE))

    # ------------------------------------------------------------------ non-chiffres
    seen_n = {}
    for n, it in nots:
        where = "%s:%d" % (NOT_FILE, n)
        missing = [k for k in NOT_REQUIRED if k not in it]
        if missing:
            errors.append("%s : champs manquants %s" % (where, missing))
            continue
        extra = set(it) - set(NOT_REQUIRED) - NOT_OPTIONAL
        if extra:
            errors.append("%s : champs inconnus %s" % (where, sorted(extra)))
        where = "%s:%d (%s p.%s « %s »)" % (NOT_FILE, n, it["file"], it["page"], it["text"])
        if it["why"] not in WHYS:
            errors.append("%s : why inconnu %r" % (where, it["why"]))
        span = locate_text(it, where, "non-chiffre", it["text"], it["sentence"], it.get("occurrence"))
        if span:
            key = (it["file"], it["page"], span[0])
            if key in seen_n:
                errors.append("%s : doublon de %s" % (where, seen_n[key]))
            seen_n[key] = where

    # un non-chiffre ne doit jamais recouvrir un chiffre (texte principal ou also_printed_as)
    for key, lst in spans.items():
        figs_sp = [s for s in lst if s[2] == "chiffre"]
        for a, b, kind, where in lst:
            if kind != "non-chiffre":
                continue
            for fa, fb, _, fwhere in figs_sp:
                if a < fb and fa < b:
                    errors.append("%s : recouvre le chiffre %s" % (where, fwhere))

    if show_cov:
        for fname in sorted(pages):
            if pages[fname] is None:
                continue
            for i, ptxt in enumerate(pages[fname], 1):
                covered = spans.get((fname, i), [])
                free = [m.group(0) for m in NUM_RE.finditer(ptxt)
                        if not any(a < m.end() and m.start() < b for a, b, _, _ in covered)]
                print("[couverture] %s p.%d : %d chiffre(s), non couverts : %s"
                      % (fname, i, per_page[(fname, i)], " | ".join(free) or "-"))

    for e in errors:
        print("ERREUR " + e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF : %s ; jsonl : %s) : %d erreur(s)"
          % (len(figs), len(nots), pdf_dir, jsonl_dir, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
