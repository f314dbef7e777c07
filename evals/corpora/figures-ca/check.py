#!/usr/bin/env python3
"""Vérifie le jeu CA (figures-ca.jsonl, not_figures-ca.jsonl) contre les PDF du corpus notes-s118.

Autonome : bibliothèque standard + pypdf. Usage : python check.py
- PDF : <racine>/evals/corpora/notes-s118, sinon /work/blind/notes-s118 ;
- JSONL : <racine>/evals/figures/ s'il y contient figures-ca.jsonl, sinon le dossier de ce script ;
  racine = premier parent (dossier lui-même compris) qui contient pyproject.toml, en partant du dossier courant
  puis du dossier de ce script.
Imprime chaque erreur puis leur nombre ; code de sortie 1 s'il y en a.
"""
import json
import os
import re
import sys

import pypdf

CORPUS = "notes-s118"
FIG_NAME = "figures-ca.jsonl"
NOT_NAME = "not_figures-ca.jsonl"
FALLBACK_PDF_DIR = "/work/blind/notes-s118"
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
MIN_PER_PAGE = 4

WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100, "mille": 1000}
FRACTIONS = {"moitié": 50.0, "tiers": 100 / 3, "quart": 25.0, "quarts": 25.0}


# ------------------------------------------------------------------ localisation
def find_root():
    here = os.path.dirname(os.path.abspath(__file__))
    for start in (os.getcwd(), here):
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
    here = os.path.dirname(os.path.abspath(__file__))
    root = find_root()
    pdf_dir = FALLBACK_PDF_DIR
    jsonl_dir = here
    if root:
        cand = os.path.join(root, "evals", "corpora", CORPUS)
        if os.path.isdir(cand):
            pdf_dir = cand
        cand = os.path.join(root, "evals", "figures")
        if os.path.isfile(os.path.join(cand, FIG_NAME)):
            jsonl_dir = cand
    return root, pdf_dir, jsonl_dir


# ------------------------------------------------------------------ valeurs
def collapse(s):
    return " ".join(s.split())


NUM_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def to_float(tok):
    return float(tok.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(",", "."))


def word_number(w):
    w = w.lower().strip("'’")
    if w in WORDS:
        return WORDS[w]
    if "-" in w:  # vingt-deux, dix-sept
        parts = w.split("-")
        if all(p in WORDS or p == "et" for p in parts):
            return sum(WORDS.get(p, 0) for p in parts)
    return None


def expected_value(text):
    """Valeur attendue (unités de base), borne haute éventuelle et genre de texte."""
    low = text.lower()
    # fractions « X … sur Y »
    m = re.match(r"^(?:près d'|près de |plus d'|plus de )?([a-zéèêàç\-]+|\d+)\b.*\bsur ([a-zéèêàç\-]+|\d+)$", low)
    if m:
        a = word_number(m.group(1)) if not m.group(1).isdigit() else int(m.group(1))
        b = word_number(m.group(2)) if not m.group(2).isdigit() else int(m.group(2))
        if a and b:
            return 100.0 * a / b, None, "fraction"
    # « la moitié », « un tiers », « deux tiers », « trois quarts »
    m = re.search(r"(?:(\S+) )?(moitié|tiers|quarts?)$", low)
    if m:
        base = FRACTIONS[m.group(2)]
        k = word_number(m.group(1)) if m.group(1) and word_number(m.group(1)) else 1
        if m.group(2) == "moitié":
            k = 1
        return base * k, None, "fraction"
    nums = NUM_RE.findall(text)
    if nums:
        v = to_float(nums[0])
        hi = to_float(nums[1]) if len(nums) > 1 else None
        mult = 1
        if "M€" in text or re.search(r"millions? d'euros", low):
            mult = 1e6
        elif "milliard" in low:
            mult = 1e9
        elif "k€" in low:
            mult = 1e3
        return v * mult, (hi * mult if hi is not None else None), "digits"
    first = re.split(r"[\s]", low)[0]
    wn = word_number(first)
    if wn is not None:
        return float(wn), None, "words"
    return None, None, None


def expected_unit(text):
    low = text.lower()
    if "%" in text:
        return {"%"}
    if "M€" in text or re.search(r"millions? d'euros", low):
        return {"M€"}
    if "€" in text or "euro" in low:
        return {"€"}
    if "/10" in text:
        return {"/10"}
    if re.search(r"\bpoints?\b|\bpts?\b", low):
        return {"pts"}
    if re.search(r"\bans?\b|\bannées?\b", low):
        return {"years"}
    if re.search(r"\bsur\b|moitié|tiers|quarts?$", low):
        return {"%"}
    return {"count", "people"}


def year_ok(y, allow_null=False):
    if y is None:
        return allow_null
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    if isinstance(y, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", y)
        return bool(m) and 1900 <= int(m.group(1)) < int(m.group(2)) <= 2100
    return False


# ------------------------------------------------------------------ vérification
def main():
    root, pdf_dir, jsonl_dir = locate()
    errors = []

    def err(kind, i, msg):
        errors.append("%s ligne %d : %s" % (kind, i, msg))

    pages = {}
    npages = {}
    pdfs = sorted(f for f in os.listdir(pdf_dir) if f.endswith(".pdf")) if os.path.isdir(pdf_dir) else []
    if not pdfs:
        errors.append("aucun PDF dans %s" % pdf_dir)
    for f in pdfs:
        r = pypdf.PdfReader(os.path.join(pdf_dir, f))
        npages[f] = len(r.pages)
        for i, p in enumerate(r.pages):
            pages[(f, i + 1)] = collapse(p.extract_text() or "")

    def load(name):
        path = os.path.join(jsonl_dir, name)
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
                    errors.append("%s ligne %d : JSON illisible (%s)" % (name, n, e))
        return out

    figs = load(FIG_NAME)
    nots = load(NOT_NAME)

    def span(kind, n, it, text, sentence, occurrence):
        """Position (début, fin) du texte dans la page repliée, ou None si invalide (erreurs déjà signalées)."""
        key = (it.get("file"), it.get("page"))
        page = pages.get(key)
        if page is None:
            return None
        if sentence != collapse(sentence):
            err(kind, n, "sentence non repliée : %r" % sentence[:60])
        pos = page.find(sentence)
        if pos < 0:
            err(kind, n, "sentence absente de la page %s p%s : %r" % (key[0], key[1], sentence[:80]))
            return None
        if page.find(sentence, pos + 1) >= 0:
            err(kind, n, "sentence ambiguë (plusieurs fois sur la page) : %r" % sentence[:60])
        count = sentence.count(text) if text else 0
        if count == 0:
            err(kind, n, "text %r absent de la sentence" % text)
            return None
        occ = occurrence if occurrence is not None else 1
        if not isinstance(occ, int) or isinstance(occ, bool) or occ < 1:
            err(kind, n, "occurrence invalide : %r" % (occurrence,))
            return None
        if count > 1 and occurrence is None:
            err(kind, n, "text %r figure %d fois dans la sentence : occurrence requise" % (text, count))
        if occ > count:
            err(kind, n, "occurrence %d > %d présences de %r" % (occ, count, text))
            return None
        p = -1
        for _ in range(occ):
            p = sentence.find(text, p + 1)
        return (pos + p, pos + p + len(text))

    def check_loc(kind, n, it):
        f, pg = it.get("file"), it.get("page")
        if f not in npages:
            err(kind, n, "fichier inconnu : %r" % f)
            return False
        if not isinstance(pg, int) or isinstance(pg, bool) or not 1 <= pg <= npages[f]:
            err(kind, n, "page inexistante : %r (le PDF a %d pages)" % (pg, npages[f]))
            return False
        return True

    fig_spans = {}   # (file, page) -> [(start, end, n)]
    per_page = {}
    seen = set()
    for n, it in figs:
        K = FIG_NAME
        if not isinstance(it, dict):
            err(K, n, "pas un objet JSON")
            continue
        for k in FIG_REQ:
            if k not in it:
                err(K, n, "champ manquant : %s" % k)
        for k in it:
            if k not in FIG_REQ and k not in FIG_OPT:
                err(K, n, "champ inconnu : %s" % k)
        if any(k not in it for k in ("file", "page", "text", "sentence")) or not check_loc(K, n, it):
            continue
        text, sentence = it["text"], it["sentence"]
        if not isinstance(text, str) or not isinstance(sentence, str) or not text:
            err(K, n, "text et sentence doivent être des chaînes non vides")
            continue
        sp = span(K, n, it, text, sentence, it.get("occurrence"))
        key = (it["file"], it["page"])
        per_page[key] = per_page.get(key, 0) + 1
        if sp:
            for (a, b, m) in fig_spans.get(key, []):
                if a < sp[1] and sp[0] < b:
                    err(K, n, "même chiffre que la ligne %d (doublon : positions qui se chevauchent)" % m)
            fig_spans.setdefault(key, []).append((sp[0], sp[1], n))
        dkey = (it["file"], it["page"], text, sentence, it.get("occurrence", 1))
        if dkey in seen:
            err(K, n, "doublon exact")
        seen.add(dkey)
        # unité et valeur
        unit, value = it.get("unit"), it.get("value")
        if unit not in UNITS:
            err(K, n, "unité hors liste : %r" % unit)
        elif unit not in expected_unit(text):
            err(K, n, "unité %r incompatible avec le texte %r (attendu %s)" % (unit, text,
                                                                             "/".join(sorted(expected_unit(text)))))
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            err(K, n, "value non numérique : %r" % (value,))
        else:
            exp, hi, how = expected_value(text)
            if exp is None:
                err(K, n, "impossible de lire une valeur dans %r" % text)
            else:
                tol = 0.01 if how == "fraction" else 1e-9 * max(1, abs(exp))
                if abs(value - exp) > tol:
                    err(K, n, "value %r ne correspond pas au texte %r (attendu %r)" % (value, text, round(exp, 2)))
                rh = it.get("range_high")
                if hi is not None and rh is None:
                    err(K, n, "fourchette dans %r : range_high attendu (%r)" % (text, hi))
                if rh is not None and (hi is None or abs(rh - hi) > 1e-9 * max(1, abs(hi))):
                    err(K, n, "range_high %r ne correspond pas au texte %r" % (rh, text))
        # autres champs
        for k in ("noun", "actor", "actor_alt"):
            if k in it and it[k] is not None and (not isinstance(it[k], str) or not it[k].strip()):
                err(K, n, "%s doit être une chaîne non vide ou null" % k)
        if not isinstance(it.get("measure"), str) or len(it.get("measure", "")) < 8:
            err(K, n, "measure absente ou trop courte")
        if not year_ok(it.get("year")):
            err(K, n, "year invalide : %r (entier ou « AAAA-AAAA »)" % (it.get("year"),))
        if "year_alt" in it and not year_ok(it["year_alt"]):
            err(K, n, "year_alt invalide : %r" % (it["year_alt"],))
        if "year_alt" in it and it["year_alt"] == it.get("year"):
            err(K, n, "year_alt identique à year")
        src = it.get("actor_src", "absent")
        if src != "absent" and src not in ACTOR_SRC:
            err(K, n, "actor_src hors liste : %r" % (src,))
        if it.get("actor") is None and src not in ("absent", None):
            err(K, n, "actor null mais actor_src = %r" % src)
        if it.get("actor") is not None and src in ("absent", None):
            err(K, n, "actor donné sans actor_src")
        for k in ("in_table", "several_actors"):
            if k in it and not isinstance(it[k], bool):
                err(K, n, "%s doit être un booléen" % k)
        if unit in ("€", "M€", "years", "pts") and it.get("noun") is not None:
            err(K, n, "noun doit être null pour l'unité %s" % unit)
        for a in it.get("also_printed_as", []) or []:
            if not isinstance(a, dict) or set(a) - {"text", "sentence", "occurrence"} or "text" not in a \
                    or "sentence" not in a:
                err(K, n, "also_printed_as mal formé : %r" % (a,))
                continue
            sp2 = span(K, n, it, a["text"], a["sentence"], a.get("occurrence"))
            if sp2:
                fig_spans.setdefault(key, []).append((sp2[0], sp2[1], n))

    for key, c in sorted(per_page.items()):
        if c > MAX_PER_PAGE:
            errors.append("%s p%d : %d chiffres (> %d)" % (key[0], key[1], c, MAX_PER_PAGE))
    for key in sorted(pages):
        c = per_page.get(key, 0)
        if c < MIN_PER_PAGE:
            errors.append("%s p%d : %d chiffre(s) annoté(s) (< %d : page non couverte ?)" % (key[0], key[1], c,
                                                                                             MIN_PER_PAGE))

    not_spans = {}
    for n, it in nots:
        K = NOT_NAME
        if not isinstance(it, dict):
            err(K, n, "pas un objet JSON")
            continue
        for k in NOT_REQ:
            if k not in it:
                err(K, n, "champ manquant : %s" % k)
        for k in it:
            if k not in NOT_REQ and k not in NOT_OPT:
                err(K, n, "champ inconnu : %s" % k)
        if it.get("why") not in WHYS:
            err(K, n, "why hors liste : %r" % (it.get("why"),))
        if any(k not in it for k in ("file", "page", "text", "sentence")) or not check_loc(K, n, it):
            continue
        if not re.search(r"\d|\b(?:%s)\b|ième\b|\bpremi|\bsecond" % "|".join(WORDS), it["text"].lower()):
            err(K, n, "text sans nombre : %r" % it["text"])
        sp = span(K, n, it, it["text"], it["sentence"], it.get("occurrence"))
        if not sp:
            continue
        key = (it["file"], it["page"])
        for (a, b, m) in fig_spans.get(key, []):
            if a < sp[1] and sp[0] < b:
                err(K, n, "non-chiffre %r annoté comme chiffre (%s ligne %d)" % (it["text"], FIG_NAME, m))
        for (a, b, m) in not_spans.get(key, []):
            if a < sp[1] and sp[0] < b:
                err(K, n, "doublon du non-chiffre ligne %d" % m)
        not_spans.setdefault(key, []).append((sp[0], sp[1], n))

    for e in errors:
        print(e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF : %s ; JSONL : %s ; racine : %s) : %d erreur(s)"
          % (len(figs), len(nots), pdf_dir, jsonl_dir, root, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
