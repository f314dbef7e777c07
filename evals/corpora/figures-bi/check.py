#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Vérifie le jeu de chiffres BI (figures-bi.jsonl, not_figures-bi.jsonl) contre les PDF du corpus notes-s100.

Autonome : bibliothèque standard + pypdf.
- PDF : <racine>/evals/corpora/notes-s100 (racine = premier parent contenant pyproject.toml, cherché depuis le
  dossier courant puis depuis le dossier de ce script), sinon /work/blind/notes-s100.
- JSONL : <racine>/evals/figures/, sinon à côté de ce script.
Imprime le nombre d'erreurs ; code de sortie 1 s'il y en a.
Options : --pdf-dir DIR, --jsonl-dir DIR (pour les tests).
"""
import json
import os
import re
import sys

from pypdf import PdfReader

UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
FIG_FIELDS = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPT = {"actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
           "also_printed_as", "note"}
NOT_FIELDS = ["file", "page", "text", "sentence", "why"]
NOT_OPT = {"occurrence", "note"}
MAX_PER_PAGE = 12
FIG_NAME, NOT_NAME = "figures-bi.jsonl", "not_figures-bi.jsonl"

WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000}
FRACTIONS = {"moitié": 50.0, "tiers": 100 / 3.0, "quart": 25.0, "quarts": 25.0}


def collapse(s):
    return " ".join(s.split())


def find_root(start):
    d = os.path.abspath(start)
    while True:
        if os.path.isfile(os.path.join(d, "pyproject.toml")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def locate(args):
    here = os.path.dirname(os.path.abspath(__file__))
    roots = [r for r in (find_root(os.getcwd()), find_root(here)) if r]
    pdf_dir = jsonl_dir = None
    if "--pdf-dir" in args:
        pdf_dir = args[args.index("--pdf-dir") + 1]
    if "--jsonl-dir" in args:
        jsonl_dir = args[args.index("--jsonl-dir") + 1]
    for r in roots:
        if pdf_dir is None and os.path.isdir(os.path.join(r, "evals", "corpora", "notes-s100")):
            pdf_dir = os.path.join(r, "evals", "corpora", "notes-s100")
        if jsonl_dir is None and os.path.isfile(os.path.join(r, "evals", "figures", FIG_NAME)):
            jsonl_dir = os.path.join(r, "evals", "figures")
    if pdf_dir is None:
        pdf_dir = "/work/blind/notes-s100"
    if jsonl_dir is None:
        jsonl_dir = here
    return pdf_dir, jsonl_dir


def spans(text, sentence):
    """Positions de `text` dans `sentence`, bornées : pas au milieu d'un nombre ni d'un mot."""
    pat = re.escape(text)
    if text[:1].isdigit() or text[:1] in "+-\u2212":
        # « 000 » de « 2 000 » : seul un groupe de 3 chiffres peut prolonger un nombre précédent
        pre = r"(?<![\d,])(?<!\d )" if re.match(r"\d{3}(?!\d)", text) else r"(?<![\d,])"
    else:
        pre = r"(?<!\w)"
    post = r"(?!\d)(?!,\d)(?! \d{3}(?!\d))" if text[-1:].isdigit() else (r"(?!\w)" if text[-1:].isalpha() else "")
    return [m.span() for m in re.finditer(pre + pat + post, sentence)]


def parse_number_token(tok):
    tok = tok.replace("\u2212", "-").replace("\u00a0", " ").replace("\u202f", " ")
    tok = tok.replace(" ", "").replace(",", ".")
    return float(tok)


NUM_RE = re.compile(r"[+\-\u2212]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?!\d)|[+\-\u2212]?\d+(?:,\d+)?")


def word_value(w):
    w = w.lower().strip()
    if w in WORDS:
        return float(WORDS[w])
    if re.fullmatch(r"\d+(,\d+)?", w):
        return parse_number_token(w)
    return None


def expected(text):
    """Renvoie (valeur, high, famille d'unités attendues) d'après le texte imprimé, ou (None, None, None)."""
    t = text.replace("\u2212", "-").strip()
    low = t.lower()
    # fractions « X sur Y » (chiffres ou lettres, mots éventuels entre X et « sur »)
    m = re.fullmatch(r"(\S+)(?: [^\d]+?)? sur (\S+)", low)
    if m and word_value(m.group(1)) is not None and word_value(m.group(2)):
        return 100.0 * word_value(m.group(1)) / word_value(m.group(2)), None, {"%"}
    m = re.fullmatch(r"(?:la |les |l'|un |une |deux |trois )?(moitié|tiers|quarts?)", low)
    if m:
        first = low.split()[0] if " " in low else ""
        mult = word_value(first) if first in ("deux", "trois") else 1.0
        return mult * FRACTIONS[m.group(1)], None, {"%"}
    nums = NUM_RE.findall(t)
    if not nums:
        words = [word_value(w) for w in re.findall(r"[a-zéèû]+", low)]
        words = [w for w in words if w is not None]
        if len(words) == 1:
            return words[0], None, None
        return None, None, None
    v = parse_number_token(nums[0])
    high = parse_number_token(nums[1]) if len(nums) > 1 and " à " in t else None
    if "M€" in t or "million" in low:
        v, high = v * 1e6, (high * 1e6 if high is not None else None)
        units = {"M€", "€"}
    elif "milliard" in low:
        v *= 1e9
        units = {"M€", "€"}
    elif "€" in t or "euro" in low:
        units = {"€"}
    elif "%" in t:
        units = {"%"}
    elif "/10" in t or "sur 10" in low:
        units = {"/10"}
    elif re.search(r"\bpts?\b|\bpoints?\b", low):
        units = {"pts"}
    elif re.search(r"\bans?\b|\bannées?\b", low):
        units = {"years"}
    else:
        units = None
    return v, high, units


def valid_year(y):
    if y is None:
        return True
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1990 <= y <= 2035
    if isinstance(y, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", y)
        return bool(m) and 1990 <= int(m.group(1)) < int(m.group(2)) <= 2035
    return False


def load_pages(pdf_dir, cache, fname, errors, where):
    if fname not in cache:
        path = os.path.join(pdf_dir, fname)
        if not os.path.isfile(path):
            errors.append("%s : PDF introuvable %s" % (where, path))
            cache[fname] = None
        else:
            cache[fname] = [collapse(p.extract_text() or "") for p in PdfReader(path).pages]
    return cache[fname]


def read_jsonl(path, errors):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append((i, json.loads(line)))
            except ValueError as e:
                errors.append("%s:%d : JSON invalide (%s)" % (os.path.basename(path), i, e))
    return rows


def check_text_in(d, where, errors, kind):
    sent, text = d.get("sentence"), d.get("text")
    if not isinstance(text, str) or not text or not isinstance(sent, str):
        errors.append("%s : text/sentence manquant" % where)
        return None
    if sent != collapse(sent):
        errors.append("%s : sentence non repliée" % where)
    sp = spans(text, sent)
    if not sp:
        errors.append("%s : text %r absent de la phrase" % (where, text))
        return None
    occ = d.get("occurrence")
    if occ is not None:
        if not isinstance(occ, int) or occ < 1 or occ > len(sp):
            errors.append("%s : occurrence %r invalide (%d présence(s))" % (where, occ, len(sp)))
            return None
        return sp[occ - 1]
    if len(sp) > 1:
        errors.append("%s : text %r présent %d fois dans la phrase, occurrence requise" % (where, text, len(sp)))
    return sp[0]


def main(argv):
    pdf_dir, jsonl_dir = locate(argv)
    errors = []
    cache = {}
    figs = read_jsonl(os.path.join(jsonl_dir, FIG_NAME), errors)
    nots = read_jsonl(os.path.join(jsonl_dir, NOT_NAME), errors)
    per_page, seen, fig_spans = {}, set(), {}

    for ln, d in figs:
        where = "%s:%d" % (FIG_NAME, ln)
        for k in FIG_FIELDS:
            if k not in d:
                errors.append("%s : champ %s manquant" % (where, k))
        extra = set(d) - set(FIG_FIELDS) - FIG_OPT
        if extra:
            errors.append("%s : champs inconnus %s" % (where, sorted(extra)))
        if any(k not in d for k in ("file", "page", "text", "sentence")):
            continue
        pages = load_pages(pdf_dir, cache, d["file"], errors, where)
        if pages is None:
            continue
        p = d["page"]
        if not isinstance(p, int) or isinstance(p, bool) or not 1 <= p <= len(pages):
            errors.append("%s : page %r inexistante" % (where, p))
            continue
        if d["sentence"] not in pages[p - 1]:
            errors.append("%s : phrase absente de la page %d : %r" % (where, p, d["sentence"][:80]))
        sp = check_text_in(d, where, errors, "fig")
        # valeur / unité
        unit = d.get("unit")
        if unit not in UNITS:
            errors.append("%s : unité %r hors liste" % (where, unit))
        val = d.get("value")
        if not isinstance(val, (int, float)) or isinstance(val, bool):
            errors.append("%s : value %r non numérique" % (where, val))
        else:
            ev, eh, eunits = expected(d["text"])
            if ev is None:
                errors.append("%s : valeur illisible dans text %r" % (where, d["text"]))
            elif abs(ev - val) > max(0.01, abs(ev) * 1e-6):
                errors.append("%s : value %r ≠ %r lue dans %r" % (where, val, round(ev, 4), d["text"]))
            if eunits is not None and unit not in eunits:
                errors.append("%s : unité %r incompatible avec %r" % (where, unit, d["text"]))
            if unit == "M€" and val < 1e5:
                errors.append("%s : M€ attend une valeur en euros (×1 000 000)" % where)
            if eh is not None and d.get("range_high") is None:
                errors.append("%s : fourchette sans range_high" % where)
            if d.get("range_high") is not None and (eh is None or abs(eh - d["range_high"]) > 0.01):
                errors.append("%s : range_high %r ≠ %r" % (where, d.get("range_high"), eh))
        for k in ("measure",):
            if not isinstance(d.get(k), str) or not d.get(k).strip():
                errors.append("%s : %s vide" % (where, k))
        for k in ("noun", "actor", "actor_alt"):
            if d.get(k) is not None and not isinstance(d.get(k), str):
                errors.append("%s : %s doit être une chaîne ou null" % (where, k))
        for k in ("year", "year_alt"):
            if not valid_year(d.get(k)):
                errors.append("%s : %s %r invalide (entier ou « AAAA-AAAA »)" % (where, k, d.get(k)))
        if d.get("actor_src") not in ACTOR_SRC:
            errors.append("%s : actor_src %r invalide" % (where, d.get("actor_src")))
        if d.get("actor") is None and d.get("actor_src") is not None:
            errors.append("%s : actor null mais actor_src %r" % (where, d.get("actor_src")))
        if d.get("actor") is not None and d.get("actor_src", "phrase") is None:
            errors.append("%s : actor donné mais actor_src null" % where)
        for k in ("in_table", "several_actors"):
            if k in d and not isinstance(d[k], bool):
                errors.append("%s : %s doit être booléen" % (where, k))
        for alt in d.get("also_printed_as") or []:
            if not isinstance(alt, dict) or set(alt) != {"text", "sentence"}:
                errors.append("%s : also_printed_as mal formé" % where)
                continue
            if alt["sentence"] not in pages[p - 1]:
                errors.append("%s : also_printed_as hors de la page : %r" % (where, alt["sentence"][:60]))
            if not spans(alt["text"], alt["sentence"]):
                errors.append("%s : also_printed_as text absent" % where)
        key = (d["file"], p)
        per_page[key] = per_page.get(key, 0) + 1
        ident = (d["file"], p, d["sentence"], d["text"], d.get("occurrence"))
        if ident in seen:
            errors.append("%s : doublon %r" % (where, ident[3]))
        seen.add(ident)
        if sp:
            fig_spans.setdefault((d["file"], p, d["sentence"]), []).append(sp)
            for alt in d.get("also_printed_as") or []:
                if isinstance(alt, dict) and "sentence" in alt and "text" in alt:
                    for s2 in spans(alt["text"], alt["sentence"]):
                        fig_spans.setdefault((d["file"], p, alt["sentence"]), []).append(s2)

    for key, n in sorted(per_page.items()):
        if n > MAX_PER_PAGE:
            errors.append("%s p.%d : %d chiffres (> %d)" % (key[0], key[1], n, MAX_PER_PAGE))

    seen_not = set()
    for ln, d in nots:
        where = "%s:%d" % (NOT_NAME, ln)
        for k in NOT_FIELDS:
            if k not in d:
                errors.append("%s : champ %s manquant" % (where, k))
        extra = set(d) - set(NOT_FIELDS) - NOT_OPT
        if extra:
            errors.append("%s : champs inconnus %s" % (where, sorted(extra)))
        if any(k not in d for k in ("file", "page", "text", "sentence")):
            continue
        if d.get("why") not in WHYS:
            errors.append("%s : why %r hors liste" % (where, d.get("why")))
        pages = load_pages(pdf_dir, cache, d["file"], errors, where)
        if pages is None:
            continue
        p = d["page"]
        if not isinstance(p, int) or isinstance(p, bool) or not 1 <= p <= len(pages):
            errors.append("%s : page %r inexistante" % (where, p))
            continue
        if d["sentence"] not in pages[p - 1]:
            errors.append("%s : phrase absente de la page %d : %r" % (where, p, d["sentence"][:80]))
        sp = check_text_in(d, where, errors, "not")
        ident = (d["file"], p, d["sentence"], d["text"], d.get("occurrence"))
        if ident in seen_not:
            errors.append("%s : doublon" % where)
        seen_not.add(ident)
        if sp:
            for fs in fig_spans.get((d["file"], p, d["sentence"]), []):
                if fs[0] < sp[1] and sp[0] < fs[1]:
                    errors.append("%s : %r est aussi annoté comme chiffre" % (where, d["text"]))

    print("%d chiffres, %d non-chiffres vérifiés (PDF : %s ; JSONL : %s) : %d erreur(s)"
          % (len(figs), len(nots), pdf_dir, jsonl_dir, len(errors)))
    for e in errors:
        print("  - " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
