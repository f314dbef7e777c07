#!/usr/bin/env python3
"""Vérifie le jeu BJ (figures-bj.jsonl, not_figures-bj.jsonl) contre les PDF du corpus notes-s101.

Autonome : bibliothèque standard + pypdf.
- Racine du dépôt : premier parent contenant pyproject.toml, à partir du dossier courant, puis du dossier du script.
- PDF : <racine>/evals/corpora/notes-s101 s'il existe, sinon /work/blind/notes-s101.
- JSONL : <racine>/evals/figures/ s'il contient figures-bj.jsonl, sinon le dossier du script.
Usage : python check.py [--pdf-dir DIR] [--jsonl-dir DIR]
Imprime les erreurs puis leur nombre ; code de sortie 1 s'il y en a.
"""
import json
import os
import re
import sys

import pypdf

UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
FIG_REQ = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPT = {"actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
           "also_printed_as", "note"}
NOT_REQ = ["file", "page", "text", "sentence", "why"]
NOT_OPT = {"occurrence", "note"}
MAX_PER_PAGE = 12
CORPUS = "notes-s101"
FIG_NAME, NOT_NAME = "figures-bj.jsonl", "not_figures-bj.jsonl"


def find_root(start):
    d = os.path.abspath(start)
    while True:
        if os.path.isfile(os.path.join(d, "pyproject.toml")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def locate(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    root = find_root(os.getcwd()) or find_root(here)
    pdf_dir = jsonl_dir = None
    if "--pdf-dir" in argv:
        pdf_dir = argv[argv.index("--pdf-dir") + 1]
    if "--jsonl-dir" in argv:
        jsonl_dir = argv[argv.index("--jsonl-dir") + 1]
    if pdf_dir is None:
        cand = os.path.join(root, "evals", "corpora", CORPUS) if root else None
        pdf_dir = cand if cand and os.path.isdir(cand) else "/work/blind/notes-s101"
    if jsonl_dir is None:
        cand = os.path.join(root, "evals", "figures") if root else None
        jsonl_dir = cand if cand and os.path.isfile(os.path.join(cand, FIG_NAME)) else here
    return root, pdf_dir, jsonl_dir


# ----------------------------------------------------------------------------------------- valeurs
WORDS = {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
         "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
         "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
FRACTIONS = {"tiers": 1 / 3, "quart": 1 / 4, "quarts": 1 / 4, "moitié": 1 / 2, "cinquième": 1 / 5,
             "cinquièmes": 1 / 5, "dixième": 1 / 10, "dixièmes": 1 / 10}
NUM_RE = re.compile(r"[+\-−]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|[+\-−]?\d+(?:,\d+)?")


def words_to_int(s):
    """« trois cents » -> 300, « dix-sept » -> 17, « cinq » -> 5 ; None si ce n'est pas un nombre en lettres."""
    toks = [t for t in re.split(r"[\s\-]+", s.lower()) if t and t != "et"]
    if not toks:
        return None
    total, cur = 0, 0
    for t in toks:
        if t in WORDS:
            cur += WORDS[t]
        elif t in ("cent", "cents"):
            cur = (cur or 1) * 100
        elif t == "mille":
            total += (cur or 1) * 1000
            cur = 0
        else:
            return None
    return total + cur


def parse_num(s):
    s = s.strip()
    neg = s[:1] in "-−"
    s = s.lstrip("+-−")
    v = float(re.sub(r"[ \u00a0\u202f]", "", s).replace(",", "."))
    return -v if neg else v


def expected_value(text, unit):
    """Valeur attendue d'après le texte imprimé, ou (None, raison)."""
    t = text.strip()
    low = t.lower()
    # fractions en lettres : « un tiers », « deux tiers », « trois quarts », « la moitié »
    m = re.fullmatch(r"(?:la\s+)?(\w+)?\s*(tiers|quarts?|moitié|cinquièmes?|dixièmes?)", low)
    if m:
        k = words_to_int(m.group(1)) if m.group(1) and m.group(1) != "la" else 1
        if k is None:
            return None, "fraction illisible"
        return k * FRACTIONS[m.group(2)] * 100, None
    # « 6 associations sur 10 », « 1 élu sur 5 », « un sur deux »
    m = re.fullmatch(r"(\S+)(?:\s+.+?)?\s+sur\s+(\S+)", low)
    if m:
        a, b = m.group(1), m.group(2)
        av = parse_num(a) if NUM_RE.fullmatch(a) else words_to_int(a)
        bv = parse_num(b) if NUM_RE.fullmatch(b) else words_to_int(b)
        if av is None or bv in (None, 0):
            return None, "fraction « X sur Y » illisible"
        return av / bv * 100, None
    nums = NUM_RE.findall(t)
    if nums:
        v = parse_num(nums[0])
        if re.search(r"\bM€|\bmillions?\b", t):
            v *= 1e6
        elif re.search(r"\bk€", t):
            v *= 1e3
        elif re.search(r"\bmilliards?\b", t):
            v *= 1e9
        return v, None
    v = words_to_int(re.sub(r"\b(ans?|années?|d'euros|euros)\b", "", low))
    if v is None:
        return None, "texte sans nombre lisible"
    if "million" in low:
        v *= 1e6
    return v, None


def range_of(text):
    m = re.fullmatch(r"\s*(\S+(?: \d{3})*)\s*(?:à|-)\s*(\S+(?: \d{3})*)\s*(%|€)?\s*", text)
    return m


UNIT_HINTS = [(r"M€|millions? d'euros", "M€"), (r"€|euros", "€"), (r"%", "%"), (r"/\s?10\b", "/10"),
              (r"\bans?\b|\bannées?\b", "years"), (r"\bpts?\b|\bpoints?\b", "pts")]


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


def spans(sentence, text):
    out, i = [], sentence.find(text)
    while i >= 0:
        out.append((i, i + len(text)))
        i = sentence.find(text, i + 1)
    return out


def main(argv):
    root, pdf_dir, jsonl_dir = locate(argv)
    errors = []
    err = errors.append
    pages = {}

    def page_text(f, p):
        if f not in pages:
            path = os.path.join(pdf_dir, f)
            if not os.path.isfile(path):
                pages[f] = None
            else:
                pages[f] = [" ".join(pg.extract_text().split()) for pg in pypdf.PdfReader(path).pages]
        tx = pages[f]
        if tx is None:
            return None, "PDF introuvable : %s" % f
        if not isinstance(p, int) or isinstance(p, bool) or not 1 <= p <= len(tx):
            return None, "page %r hors du PDF (%d pages)" % (p, len(tx))
        return tx[p - 1], None

    def load(name):
        path = os.path.join(jsonl_dir, name)
        out = []
        if not os.path.isfile(path):
            err("%s introuvable dans %s" % (name, jsonl_dir))
            return out
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    out.append((n, json.loads(line)))
                except ValueError as e:
                    err("%s:%d JSON invalide (%s)" % (name, n, e))
        return out

    def locate_text(where, d, sentence, text):
        sp = spans(sentence, text)
        if not sp:
            err("%s texte %r absent de la phrase" % (where, text))
            return None
        occ = d.get("occurrence")
        if len(sp) > 1 and occ is None:
            err("%s texte %r présent %d fois dans la phrase : « occurrence » requis" % (where, text, len(sp)))
            return None
        if occ is not None:
            if not isinstance(occ, int) or not 1 <= occ <= len(sp):
                err("%s occurrence %r invalide (%d présence(s))" % (where, occ, len(sp)))
                return None
            return sp[occ - 1]
        return sp[0]

    figs, nots = load(FIG_NAME), load(NOT_NAME)
    per_page, seen, fig_spans = {}, set(), {}
    for n, d in figs:
        where = "%s:%d" % (FIG_NAME, n)
        if not isinstance(d, dict):
            err("%s pas un objet" % where)
            continue
        miss = [k for k in FIG_REQ if k not in d]
        if miss:
            err("%s champs manquants %s" % (where, miss))
            continue
        extra = set(d) - set(FIG_REQ) - FIG_OPT
        if extra:
            err("%s champs inconnus %s" % (where, sorted(extra)))
        where += " (%s p%s %r)" % (d["file"], d["page"], d["text"])
        txt, e = page_text(d["file"], d["page"])
        if e:
            err("%s %s" % (where, e))
            continue
        s, t = d["sentence"], d["text"]
        if not isinstance(s, str) or not isinstance(t, str) or not t:
            err("%s sentence/text doivent être des chaînes non vides" % where)
            continue
        if " ".join(s.split()) != s:
            err("%s phrase aux blancs non repliés" % where)
        if s not in txt:
            err("%s phrase absente du texte de la page" % where)
        sp = locate_text(where, d, s, t)
        key = (d["file"], d["page"], s, sp)
        if sp is not None:
            if key in seen:
                err("%s doublon (même phrase, même position)" % where)
            seen.add(key)
            fig_spans.setdefault((d["file"], d["page"], s), []).append(sp)
        per_page[(d["file"], d["page"])] = per_page.get((d["file"], d["page"]), 0) + 1
        # valeur
        v = d["value"]
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            err("%s value non numérique" % where)
        else:
            rng = range_of(t)
            if "range_high" in d:
                if not rng:
                    err("%s range_high sans fourchette dans le texte" % where)
                else:
                    lo, _ = expected_value(rng.group(1) + (rng.group(3) or ""), d["unit"])
                    hi, _ = expected_value(rng.group(2) + (rng.group(3) or ""), d["unit"])
                    if lo is None or abs(lo - v) > 0.005 * max(1, abs(lo)) + 0.01 or hi is None or \
                            abs(hi - d["range_high"]) > 0.005 * max(1, abs(hi)) + 0.01:
                        err("%s fourchette %r ≠ value/range_high %r/%r" % (where, t, v, d["range_high"]))
            else:
                exp, why = expected_value(t, d["unit"])
                if exp is None:
                    err("%s valeur illisible : %s" % (where, why))
                elif abs(exp - v) > 0.005 * max(1, abs(exp)) + 0.01:
                    err("%s value %r ≠ %r lu dans le texte" % (where, v, exp))
        # unité
        u = d["unit"]
        if u not in UNITS:
            err("%s unité %r hors liste" % (where, u))
        else:
            for pat, hint in UNIT_HINTS:
                if re.search(pat, t):
                    if hint != u and not (hint == "€" and u == "M€"):
                        err("%s unité %r alors que le texte indique %r" % (where, u, hint))
                    break
        if u == "/10" and isinstance(v, (int, float)) and not 0 <= v <= 10:
            err("%s note sur 10 hors de 0-10" % where)
        if u == "%" and isinstance(v, (int, float)) and not -100 <= v <= 1000:
            err("%s pourcentage invraisemblable" % where)
        # années
        if not year_ok(d["year"]):
            err("%s year %r invalide (entier ou « AAAA-AAAA »)" % (where, d["year"]))
        if "year_alt" in d and (not year_ok(d["year_alt"], False) or d["year_alt"] == d["year"]):
            err("%s year_alt %r invalide ou égal à year" % (where, d["year_alt"]))
        # champs texte
        for k in ("measure",):
            if not isinstance(d[k], str) or len(d[k]) < 8:
                err("%s %s vide ou trop court" % (where, k))
        for k in ("actor", "noun", "actor_alt"):
            if k in d and d[k] is not None and (not isinstance(d[k], str) or not d[k].strip()):
                err("%s %s doit être une chaîne non vide ou null" % (where, k))
        if d.get("actor_src", None) not in ACTOR_SRC:
            err("%s actor_src %r hors liste" % (where, d.get("actor_src")))
        if d["actor"] is None and d.get("actor_src") is not None:
            err("%s actor null mais actor_src %r" % (where, d.get("actor_src")))
        for k in ("in_table", "several_actors"):
            if k in d and not isinstance(d[k], bool):
                err("%s %s doit être booléen" % (where, k))
        for a in d.get("also_printed_as", []) or []:
            if not isinstance(a, dict) or set(a) != {"text", "sentence"}:
                err("%s also_printed_as mal formé" % where)
                continue
            if a["sentence"] not in txt:
                err("%s also_printed_as : phrase absente de la page" % where)
            elif a["text"] not in a["sentence"]:
                err("%s also_printed_as : texte %r absent de sa phrase" % (where, a["text"]))
            else:
                for sp2 in spans(a["sentence"], a["text"]):
                    fig_spans.setdefault((d["file"], d["page"], a["sentence"]), []).append(sp2)
    for (f, p), c in sorted(per_page.items()):
        if c > MAX_PER_PAGE:
            err("%s p%d : %d chiffres (> %d)" % (f, p, c, MAX_PER_PAGE))

    seen_n = set()
    for n, d in nots:
        where = "%s:%d" % (NOT_NAME, n)
        if not isinstance(d, dict):
            err("%s pas un objet" % where)
            continue
        miss = [k for k in NOT_REQ if k not in d]
        if miss:
            err("%s champs manquants %s" % (where, miss))
            continue
        extra = set(d) - set(NOT_REQ) - NOT_OPT
        if extra:
            err("%s champs inconnus %s" % (where, sorted(extra)))
        where += " (%s p%s %r)" % (d["file"], d["page"], d["text"])
        if d["why"] not in WHYS:
            err("%s why %r hors liste" % (where, d["why"]))
        txt, e = page_text(d["file"], d["page"])
        if e:
            err("%s %s" % (where, e))
            continue
        s, t = d["sentence"], d["text"]
        if not isinstance(s, str) or not isinstance(t, str) or not t:
            err("%s sentence/text doivent être des chaînes non vides" % where)
            continue
        if s not in txt:
            err("%s phrase absente du texte de la page" % where)
        if not re.search(r"\d", t):
            err("%s non-chiffre sans chiffre" % where)
        sp = locate_text(where, d, s, t)
        if sp is None:
            continue
        key = (d["file"], d["page"], s, sp)
        if key in seen_n:
            err("%s doublon" % where)
        seen_n.add(key)
        # jamais annoté comme chiffre : aucun chiffre ne recouvre la même position dans la même phrase
        for a, b in fig_spans.get((d["file"], d["page"], s), []):
            if a < sp[1] and sp[0] < b:
                err("%s annoté aussi comme chiffre (%r)" % (where, s[a:b]))

    for e in errors:
        print("ERREUR", e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF %s ; jsonl %s ; racine %s) : %d erreur(s)"
          % (len(figs), len(nots), pdf_dir, jsonl_dir, root, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
