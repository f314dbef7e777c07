#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Vérification autonome du jeu BX (figures-bx.jsonl, not_figures-bx.jsonl) contre les PDF notes-s115.

Dépendances : bibliothèque standard + pypdf.
Recherche :
  - racine du dépôt = premier dossier parent contenant pyproject.toml, en partant du dossier courant,
    puis du dossier de ce script ;
  - PDF : <racine>/evals/corpora/notes-s115, sinon /work/blind/notes-s115 ;
  - JSONL : <racine>/evals/figures/, sinon le dossier de ce script.
Imprime le nombre d'erreurs ; code de sortie 1 s'il y en a.
Options : --pdf-dir DIR et --jsonl-dir DIR forcent les dossiers (tests).
"""
import json
import os
import re
import sys

from pypdf import PdfReader

CORPUS = "notes-s115"
FIG_NAME = "figures-bx.jsonl"
NOT_NAME = "not_figures-bx.jsonl"
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

WORDS = {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
         "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
         "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
FRACTIONS = {"demi": 2, "demie": 2, "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5,
             "dixième": 10, "dixièmes": 10}
ALNUM = "0-9A-Za-zÀ-ÖØ-öø-ÿ"


# ------------------------------------------------------------------ localisation
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
    pdf_dir = jsonl_dir = None
    if "--pdf-dir" in argv:
        pdf_dir = argv[argv.index("--pdf-dir") + 1]
    if "--jsonl-dir" in argv:
        jsonl_dir = argv[argv.index("--jsonl-dir") + 1]
    root = find_root(os.getcwd()) or find_root(here)
    if pdf_dir is None:
        cand = os.path.join(root, "evals", "corpora", CORPUS) if root else None
        pdf_dir = cand if cand and os.path.isdir(cand) else os.path.join("/work/blind", CORPUS)
    if jsonl_dir is None:
        cand = os.path.join(root, "evals", "figures") if root else None
        if cand and os.path.isfile(os.path.join(cand, FIG_NAME)):
            jsonl_dir = cand
        else:
            jsonl_dir = here
    return root, pdf_dir, jsonl_dir


# ------------------------------------------------------------------ texte
def fold(s):
    return " ".join(s.split())


_pages = {}


def page_texts(pdf_dir, fname):
    if fname not in _pages:
        path = os.path.join(pdf_dir, fname)
        if not os.path.isfile(path):
            _pages[fname] = None
        else:
            _pages[fname] = [fold(p.extract_text() or "") for p in PdfReader(path).pages]
    return _pages[fname]


def occurrences(text, sentence):
    """Positions de `text` dans `sentence`, sans coller à une lettre ou un chiffre voisin."""
    pre = "(?<![%s])" % ALNUM if re.match("[%s]" % ALNUM, text[0]) else ""
    post = "(?![%s])" % ALNUM if re.match("[%s]" % ALNUM, text[-1]) else ""
    return [m.start() for m in re.finditer(pre + re.escape(text) + post, sentence)]


# ------------------------------------------------------------------ valeurs
NUM_RE = re.compile(r"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def words_value(s):
    total, cur, seen = 0, 0, False
    for tok in re.split(r"[\s\-']+", s.lower()):
        if tok in WORDS:
            cur += WORDS[tok]
            seen = True
        elif tok in ("cent", "cents"):
            cur = (cur or 1) * 100
            seen = True
        elif tok == "mille":
            total += (cur or 1) * 1000
            cur = 0
            seen = True
        elif tok in ("million", "millions"):
            total += (cur or 1) * 1000000
            cur = 0
            seen = True
    return (total + cur) if seen else None


def parse_numbers(text):
    return [float(m.group(0).replace(" ", "").replace(",", ".")) for m in NUM_RE.finditer(text.replace("\u00a0", " "))]


def text_value(text):
    """Valeur de base lue dans `text` (avant multiplicateur de tableau) ; None si illisible."""
    low = text.lower()
    mult = 1
    if "m€" in low or "million" in low:
        mult = 1000000
    elif "k€" in low:
        mult = 1000
    elif "milliard" in low:
        mult = 1000000000
    nums = parse_numbers(text)
    if nums:
        return nums[0] * mult
    # fractions en lettres : « X … sur Y », « deux tiers »
    m = re.search(r"^(.*?)\bsur\b(.*)$", low)
    if m:
        a, b = words_value(m.group(1)), words_value(m.group(2))
        if a is not None and b:
            return 100.0 * a / b
    for w, den in FRACTIONS.items():
        if re.search(r"\b%s\b" % w, low):
            a = words_value(low.replace(w, " ")) or 1
            return 100.0 * a / den
    if "moitié" in low:
        return 50.0
    v = words_value(low)
    return None if v is None else v * mult


def close(a, b):
    return abs(a - b) <= max(0.01, 1e-9 * abs(b))


def expected_unit_ok(item, page_text, sentence):
    low = item["text"].lower()
    u = item["unit"]
    if "%" in low:
        return u == "%"
    if "€" in low or "euro" in low:
        return u in ("€", "M€")
    if re.search(r"\bpoints?\b", low):
        return u == "pts"
    if re.search(r"\bans?\b", low):
        return u == "years"
    if "/10" in low:
        return u == "/10"
    if re.search(r"\bsur\b|tiers|quarts?\b|moitié", low):
        return u == "%"
    if u == "%":  # cellule sans signe : le « % » doit figurer dans l'en-tête (phrase ou page)
        return "%" in sentence or "%" in page_text
    if u in ("€", "M€"):
        return "€" in page_text
    return u in ("count", "people", "/10", "years", "pts")


def year_ok(y):
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    if isinstance(y, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", y)
        return bool(m) and 1900 <= int(m.group(1)) < int(m.group(2)) <= 2100
    return False


# ------------------------------------------------------------------ contrôles
def load(path, errors):
    out = []
    if not os.path.isfile(path):
        errors.append("fichier absent : %s" % path)
        return out
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                out.append((n, json.loads(line)))
            except ValueError as e:
                errors.append("%s:%d JSON invalide (%s)" % (os.path.basename(path), n, e))
    return out


def locate_span(tag, item, pdf_dir, errors, key="sentence", text_key="text", occ=None):
    """Contrôle page / phrase / texte ; rend (début, fin) du texte dans la page repliée, ou None."""
    pages = page_texts(pdf_dir, item.get("file", ""))
    if pages is None:
        errors.append("%s : PDF introuvable (%s)" % (tag, item.get("file")))
        return None
    p = item.get("page")
    if not isinstance(p, int) or isinstance(p, bool) or not 1 <= p <= len(pages):
        errors.append("%s : page inexistante (%r, %d pages)" % (tag, p, len(pages)))
        return None
    sent, text = item.get(key), item.get(text_key)
    if not isinstance(sent, str) or not sent or not isinstance(text, str) or not text:
        errors.append("%s : phrase ou texte vide" % tag)
        return None
    if fold(sent) != sent:
        errors.append("%s : phrase aux blancs non repliés" % tag)
    s0 = pages[p - 1].find(sent)
    if s0 < 0:
        errors.append("%s : phrase absente du texte de la page %d : %r" % (tag, p, sent[:80]))
        return None
    occ_list = occurrences(text, sent)
    if not occ_list:
        errors.append("%s : texte %r absent de la phrase" % (tag, text))
        return None
    if occ is None:
        if len(occ_list) > 1:
            errors.append("%s : texte %r présent %d fois dans la phrase, `occurrence` manquant"
                          % (tag, text, len(occ_list)))
            return None
        k = 1
    else:
        k = occ
        if not isinstance(k, int) or isinstance(k, bool) or not 1 <= k <= len(occ_list):
            errors.append("%s : occurrence %r impossible (%d présences)" % (tag, k, len(occ_list)))
            return None
    start = s0 + occ_list[k - 1]
    return (start, start + len(text))


def check_figure(tag, it, pdf_dir, errors):
    for f in FIG_REQ:
        if f not in it:
            errors.append("%s : champ manquant %s" % (tag, f))
    for f in it:
        if f not in FIG_REQ and f not in FIG_OPT:
            errors.append("%s : champ inconnu %s" % (tag, f))
    if any(f not in it for f in FIG_REQ):
        return []
    if not isinstance(it["file"], str) or not it["file"].endswith(".pdf"):
        errors.append("%s : file invalide" % tag)
    if it["unit"] not in UNITS:
        errors.append("%s : unité %r hors liste" % (tag, it["unit"]))
    v = it["value"]
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        errors.append("%s : value non numérique" % tag)
        v = None
    for f in ("noun", "actor", "actor_alt"):
        if f in it and it[f] is not None and (not isinstance(it[f], str) or not it[f].strip()):
            errors.append("%s : %s doit être une chaîne non vide ou null" % (tag, f))
    if not isinstance(it["measure"], str) or not it["measure"].strip():
        errors.append("%s : measure vide" % tag)
    if not year_ok(it["year"]):
        errors.append("%s : year invalide %r (entier ou « AAAA-AAAA »)" % (tag, it["year"]))
    if "year_alt" in it and not year_ok(it["year_alt"]):
        errors.append("%s : year_alt invalide %r" % (tag, it["year_alt"]))
    if "year_alt" in it and it["year_alt"] == it["year"]:
        errors.append("%s : year_alt identique à year" % tag)
    for f in ("in_table", "several_actors"):
        if f in it and not isinstance(it[f], bool):
            errors.append("%s : %s doit être un booléen" % (tag, f))
    src = it.get("actor_src", None)
    if src not in ACTOR_SRC:
        errors.append("%s : actor_src %r hors liste" % (tag, src))
    elif (it["actor"] is None) != (src is None):
        errors.append("%s : actor_src (%r) incohérent avec actor (%r)" % (tag, src, it["actor"]))
    if it["unit"] in ("count", "people") and not it.get("noun"):
        errors.append("%s : compte sans noun" % tag)
    spans = []
    span = locate_span(tag, it, pdf_dir, errors, occ=it.get("occurrence"))
    if span is None:
        return spans
    spans.append(span)
    pages = page_texts(pdf_dir, it["file"])
    ptxt = pages[it["page"] - 1]
    if v is not None:
        base = text_value(it["text"])
        if base is None:
            errors.append("%s : valeur illisible dans %r" % (tag, it["text"]))
        else:
            cands = [base]
            low = it["text"].lower()
            if it["unit"] in ("€", "M€") and not any(m in low for m in ("€", "euro", "million", "milliard")):
                # cellule nue d'un tableau : le multiplicateur vient de l'en-tête « (en k€) » de la page
                cands = [base * 1000] if "k€" in ptxt else [base]
            if not any(close(v, c) for c in cands):
                errors.append("%s : value %r ne correspond pas au texte %r (attendu %s)"
                              % (tag, v, it["text"], " ou ".join("%g" % c for c in cands)))
        if "range_high" in it:
            nums = parse_numbers(it["text"])
            ok = False
            if len(nums) >= 2 and base is not None and nums[0]:
                ok = close(it["range_high"], nums[1] * base / nums[0])  # même multiplicateur que la borne basse
            if not ok:
                errors.append("%s : range_high %r incohérent avec %r" % (tag, it["range_high"], it["text"]))
    if not expected_unit_ok(it, ptxt, it["sentence"]):
        errors.append("%s : unité %r incohérente avec le texte %r" % (tag, it["unit"], it["text"]))
    ap = it.get("also_printed_as")
    if ap is not None:
        if not isinstance(ap, list) or not ap:
            errors.append("%s : also_printed_as doit être une liste non vide" % tag)
        else:
            for j, o in enumerate(ap):
                if not isinstance(o, dict) or set(o) != {"text", "sentence"}:
                    errors.append("%s : also_printed_as[%d] doit avoir {text, sentence}" % (tag, j))
                    continue
                sub = dict(file=it["file"], page=it["page"], text=o["text"], sentence=o["sentence"])
                occ_list = occurrences(o["text"], o["sentence"]) if o["text"] else []
                osp = locate_span("%s/also[%d]" % (tag, j), sub, pdf_dir, errors,
                                  occ=1 if len(occ_list) > 1 else None)
                if osp:
                    spans.append(osp)
    return spans


def check_not(tag, it, pdf_dir, errors):
    for f in NOT_REQ:
        if f not in it:
            errors.append("%s : champ manquant %s" % (tag, f))
    for f in it:
        if f not in NOT_REQ and f not in NOT_OPT:
            errors.append("%s : champ inconnu %s" % (tag, f))
    if any(f not in it for f in NOT_REQ):
        return None
    if it["why"] not in WHYS:
        errors.append("%s : why %r hors liste" % (tag, it["why"]))
    if not re.search(r"\d|\b(un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|premi|second)", it["text"],
                     re.I):
        errors.append("%s : le non-chiffre %r ne contient aucun nombre" % (tag, it["text"]))
    return locate_span(tag, it, pdf_dir, errors, occ=it.get("occurrence"))


def main(argv):
    root, pdf_dir, jsonl_dir = locate(argv)
    errors = []
    figs = load(os.path.join(jsonl_dir, FIG_NAME), errors)
    nots = load(os.path.join(jsonl_dir, NOT_NAME), errors)
    fig_spans = {}
    per_page = {}
    seen_keys = {}
    for n, it in figs:
        tag = "%s:%d" % (FIG_NAME, n)
        if not isinstance(it, dict):
            errors.append("%s : objet attendu" % tag)
            continue
        spans = check_figure(tag, it, pdf_dir, errors)
        key = (it.get("file"), it.get("page"))
        per_page[key] = per_page.get(key, 0) + 1
        dk = (it.get("file"), it.get("page"), it.get("text"), it.get("sentence"), it.get("occurrence", 1))
        if dk in seen_keys:
            errors.append("%s : doublon de la ligne %d" % (tag, seen_keys[dk]))
        seen_keys[dk] = n
        for sp in spans:
            k2 = (key, sp)
            if k2 in fig_spans and fig_spans[k2] != n:
                errors.append("%s : même position que la ligne %d de %s" % (tag, fig_spans[k2], FIG_NAME))
            fig_spans[k2] = n
    for key, c in sorted(per_page.items(), key=lambda kv: (str(kv[0][0]), kv[0][1] or 0)):
        if c > MAX_PER_PAGE:
            errors.append("%s p.%s : %d chiffres (> %d)" % (key[0], key[1], c, MAX_PER_PAGE))
    not_seen = {}
    for n, it in nots:
        tag = "%s:%d" % (NOT_NAME, n)
        if not isinstance(it, dict):
            errors.append("%s : objet attendu" % tag)
            continue
        sp = check_not(tag, it, pdf_dir, errors)
        if sp is None:
            continue
        key = (it["file"], it["page"])
        if (key, sp) in not_seen:
            errors.append("%s : doublon de la ligne %d" % (tag, not_seen[(key, sp)]))
        not_seen[(key, sp)] = n
        for (k2, fsp), fn in fig_spans.items():
            if k2 == key and sp[0] < fsp[1] and fsp[0] < sp[1]:
                errors.append("%s : %r chevauche le chiffre de la ligne %d de %s" % (tag, it["text"], fn, FIG_NAME))
    for e in errors:
        print("ERREUR", e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF : %s ; JSONL : %s ; racine : %s) : %d erreur(s)"
          % (len(figs), len(nots), pdf_dir, jsonl_dir, root, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
