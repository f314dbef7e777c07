#!/usr/bin/env python3
"""Vérifie le jeu de chiffres CB (corpus notes-s119) : figures-cb.jsonl et not_figures-cb.jsonl.

Autonome : bibliothèque standard + pypdf. Usage : python check.py
- racine du dépôt = premier parent contenant pyproject.toml, à partir du dossier courant, sinon du dossier du script ;
- PDF : <racine>/evals/corpora/notes-s119 s'il existe, sinon /work/blind/notes-s119 ;
- JSONL : <racine>/evals/figures/<nom> s'il existe, sinon à côté de ce script.
Imprime chaque erreur puis le nombre d'erreurs ; code de sortie 1 s'il y en a.
"""
import json
import os
import re
import sys

import pypdf

CORPUS = "notes-s119"
FIG_NAME = "figures-cb.jsonl"
NOT_NAME = "not_figures-cb.jsonl"
FALLBACK_PDF = "/work/blind/notes-s119"
MAX_PER_PAGE = 12

UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
FIG_REQ = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPT = ["actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
           "also_printed_as", "note"]
NOT_REQ = ["file", "page", "text", "sentence", "why"]
NOT_OPT = ["occurrence", "note"]

HERE = os.path.dirname(os.path.abspath(__file__))


# ------------------------------------------------------------------ emplacement des fichiers
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


ROOT = find_root()


def pdf_dir():
    if ROOT and os.path.isdir(os.path.join(ROOT, "evals", "corpora", CORPUS)):
        return os.path.join(ROOT, "evals", "corpora", CORPUS)
    return FALLBACK_PDF


def jsonl_path(name):
    if ROOT and os.path.isfile(os.path.join(ROOT, "evals", "figures", name)):
        return os.path.join(ROOT, "evals", "figures", name)
    return os.path.join(HERE, name)


# ------------------------------------------------------------------ lecture des nombres imprimés
WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "trente": 30, "quarante": 40,
         "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000}
APPROX = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
          "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000, "milliers": 1000}
FRACTIONS = {"moitié": 0.5, "tiers": 1 / 3.0, "quart": 0.25, "quarts": 0.25}


def num(tok):
    """Un nombre écrit en chiffres (espaces de milliers, virgule décimale) ou en lettres ; None sinon."""
    tok = tok.strip()
    if tok.lower() in WORDS:
        return float(WORDS[tok.lower()])
    t = tok.replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(r"\d{1,3}( \d{3})+(,\d+)?|\d+(,\d+)?|\d+(\.\d+)?", t):
        return float(t.replace(" ", "").replace(",", "."))
    return None


def expected(text):
    """Valeurs attendues (en unités de base) et marqueur d'unité lu dans le texte imprimé.

    Renvoie (valeur, valeur_haute_ou_None, marqueur) ; marqueur dans {'%', '€', '/10', 'years', 'pts', None}.
    Lève ValueError si le texte n'est pas lisible.
    """
    t = " ".join(text.replace("\u00a0", " ").split())
    low = t.lower()
    # fractions « X sur Y », avec éventuellement un nom entre les deux (« deux répondants sur trois »)
    m = re.fullmatch(r"(?:près de |plus de |environ )?([\w-]+|\d+)(?: [\w'-]+)* sur ([\w-]+|\d+)", low)
    if m and num(m.group(1)) is not None and num(m.group(2)):
        return 100.0 * num(m.group(1)) / num(m.group(2)), None, "%"
    # fractions en lettres : « la moitié », « un tiers », « deux tiers », « les trois quarts »
    m = re.fullmatch(r"(?:la |les |l')?(?:([\w-]+) )?(moitié|tiers|quarts?)", low)
    if m:
        k = num(m.group(1)) if m.group(1) else 1.0
        if k is None:
            raise ValueError("fraction illisible")
        return 100.0 * k * FRACTIONS[m.group(2)], None, "%"
    # ordres de grandeur : « une quarantaine »
    m = re.fullmatch(r"(?:une |des )?(\w+)", low)
    if m and m.group(1) in APPROX:
        return float(APPROX[m.group(1)]), None, None
    # nombre en lettres seul
    if num(low) is not None and not re.search(r"\d", low):
        return num(low), None, None
    # nombres en chiffres, avec préfixe (±, +, −) et unité
    m = re.fullmatch(r"(?:± ?|\+ ?|- ?|− ?)?(\d[\d ]*(?:,\d+)?)(?: ?(?:à|-|–) ?(\d[\d ]*(?:,\d+)?))? ?"
                     r"(%|€|m€|k€|millions? d'euros|milliards? d'euros|euros?|/10|ans?|années?|points?|pts?)?", low)
    if not m:
        raise ValueError("texte illisible")
    v = num(m.group(1))
    hi = num(m.group(2)) if m.group(2) else None
    if v is None or (m.group(2) and hi is None):
        raise ValueError("nombre illisible")
    suf = m.group(3)
    mult, marker = 1.0, None
    if suf == "%":
        marker = "%"
    elif suf in ("€", "euro", "euros"):
        marker = "€"
    elif suf in ("m€",) or (suf or "").startswith("million"):
        mult, marker = 1e6, "€"
    elif (suf or "").startswith("milliard"):
        mult, marker = 1e9, "€"
    elif suf == "k€":
        mult, marker = 1e3, "€"
    elif suf == "/10":
        marker = "/10"
    elif suf in ("an", "ans", "année", "années"):
        marker = "years"
    elif suf in ("point", "points", "pt", "pts"):
        marker = "pts"
    return v * mult, (hi * mult if hi is not None else None), marker


# ------------------------------------------------------------------ utilitaires
def positions(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


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


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def load(path, errors):
    rows = []
    if not os.path.isfile(path):
        errors.append("fichier absent : %s" % path)
        return rows
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except ValueError as e:
                errors.append("%s:%d JSON invalide (%s)" % (os.path.basename(path), n, e))
                continue
            d["_line"] = "%s:%d" % (os.path.basename(path), n)
            rows.append(d)
    return rows


# ------------------------------------------------------------------ vérification
def main():
    errors = []
    pdir = pdf_dir()
    figs = load(jsonl_path(FIG_NAME), errors)
    nots = load(jsonl_path(NOT_NAME), errors)
    pages = {}

    def page_text(f, p):
        if f not in pages:
            path = os.path.join(pdir, f)
            if not os.path.isfile(path):
                pages[f] = None
            else:
                r = pypdf.PdfReader(path)
                pages[f] = [" ".join((pg.extract_text() or "").split()) for pg in r.pages]
        if pages[f] is None:
            return None, "PDF introuvable : %s" % os.path.join(pdir, f)
        if not isinstance(p, int) or isinstance(p, bool) or not 1 <= p <= len(pages[f]):
            return None, "page %r inexistante (%d pages)" % (p, len(pages[f]))
        return pages[f][p - 1], None

    def err(d, msg):
        errors.append("%s [%s p%s %r] %s" % (d.get("_line"), d.get("file"), d.get("page"), d.get("text"), msg))

    def span_in_sentence(d, text, sentence, occurrence):
        pos = positions(sentence, text)
        if not pos:
            err(d, "texte %r absent de la phrase" % text)
            return None
        if occurrence is None:
            if len(pos) > 1:
                err(d, "texte %r présent %d fois dans la phrase : occurrence requise" % (text, len(pos)))
            return pos[0]
        if not isinstance(occurrence, int) or isinstance(occurrence, bool) or not 1 <= occurrence <= len(pos):
            err(d, "occurrence %r impossible (%d présence(s))" % (occurrence, len(pos)))
            return None
        return pos[occurrence - 1]

    fig_spans = {}   # (file, page) -> liste de (début, fin, ligne) dans le texte replié de la page
    per_page = {}
    seen = set()

    # ---------------- chiffres
    for d in figs:
        for k in FIG_REQ:
            if k not in d:
                err(d, "champ obligatoire absent : %s" % k)
        for k in d:
            if k != "_line" and k not in FIG_REQ and k not in FIG_OPT:
                err(d, "champ inconnu : %s" % k)
        if any(k not in d for k in FIG_REQ):
            continue
        if not isinstance(d["file"], str) or not d["file"].endswith(".pdf"):
            err(d, "file invalide")
            continue
        text, sentence = d["text"], d["sentence"]
        if not isinstance(text, str) or not text.strip() or not isinstance(sentence, str):
            err(d, "text / sentence invalides")
            continue
        if sentence != " ".join(sentence.split()):
            err(d, "phrase non repliée (blancs)")
        ptext, e = page_text(d["file"], d["page"])
        if e:
            err(d, e)
            continue
        if sentence not in ptext:
            err(d, "phrase absente du texte replié de la page : %r" % sentence[:80])
            continue
        k = span_in_sentence(d, text, sentence, d.get("occurrence"))
        if d.get("occurrence") is not None and len(positions(sentence, text)) == 1 and d["occurrence"] == 1:
            pass
        if k is not None:
            for s0 in positions(ptext, sentence):
                fig_spans.setdefault((d["file"], d["page"]), []).append((s0 + k, s0 + k + len(text), d["_line"]))
        # valeur et unité
        if not is_num(d["value"]):
            err(d, "value n'est pas un nombre")
        if d["unit"] not in UNITS:
            err(d, "unité %r hors liste" % d["unit"])
        try:
            v, hi, marker = expected(text)
        except ValueError as ex:
            err(d, "valeur illisible dans le texte (%s)" % ex)
            v = hi = marker = None
        if v is not None and is_num(d["value"]):
            if abs(v - d["value"]) > 0.011 + 1e-9 * abs(v):
                err(d, "value %r ≠ %r lu dans le texte" % (d["value"], round(v, 4)))
            if hi is not None and d.get("range_high") != hi and abs((d.get("range_high") or 0) - hi) > 0.011:
                err(d, "fourchette : range_high %r ≠ %r" % (d.get("range_high"), hi))
        if d.get("range_high") is not None and (not is_num(d["range_high"]) or hi is None):
            err(d, "range_high sans fourchette dans le texte")
        if marker is not None:
            ok = {"%": {"%"}, "€": {"€", "M€"}, "/10": {"/10"}, "years": {"years"}, "pts": {"pts"}}[marker]
            if d["unit"] not in ok:
                err(d, "unité %r incompatible avec le texte (%s)" % (d["unit"], marker))
        elif d["unit"] in ("%", "years", "pts") and v is not None and not re.search(r"moitié|tiers|quart|sur", text):
            err(d, "unité %r sans marque dans le texte" % d["unit"])
        if d["unit"] == "M€" and "M€" not in text and "million" not in text:
            err(d, "unité M€ sans M€ dans le texte")
        # autres champs
        for f in ("noun", "actor", "actor_alt"):
            if d.get(f) is not None and (not isinstance(d[f], str) or not d[f].strip()):
                err(d, "%s doit être une chaîne non vide ou null" % f)
        if not isinstance(d["measure"], str) or len(d["measure"].split()) < 3:
            err(d, "measure trop courte")
        if not year_ok(d["year"]):
            err(d, "year invalide : %r" % d["year"])
        if "year_alt" in d and (not year_ok(d["year_alt"], allow_none=False) or d["year_alt"] == d["year"]):
            err(d, "year_alt invalide : %r" % d.get("year_alt"))
        if "actor_src" in d:
            if d["actor_src"] not in ACTOR_SRC:
                err(d, "actor_src %r hors liste" % d["actor_src"])
            if d["actor"] is None and d["actor_src"] is not None:
                err(d, "actor_src doit être null quand actor est null")
            if d["actor"] is not None and d["actor_src"] is None:
                err(d, "actor_src null alors que actor est donné")
        for f in ("in_table", "several_actors"):
            if f in d and not isinstance(d[f], bool):
                err(d, "%s doit être un booléen" % f)
        if "note" in d and not isinstance(d["note"], str):
            err(d, "note doit être une chaîne")
        for ap in d.get("also_printed_as") or []:
            if not isinstance(ap, dict) or set(ap) != {"text", "sentence"}:
                err(d, "also_printed_as mal formé : %r" % (ap,))
                continue
            if ap["sentence"] not in ptext:
                err(d, "also_printed_as : phrase absente de la page : %r" % ap["sentence"][:60])
                continue
            kk = span_in_sentence(d, ap["text"], ap["sentence"], None)
            if kk is not None:
                for s0 in positions(ptext, ap["sentence"]):
                    fig_spans.setdefault((d["file"], d["page"]), []).append(
                        (s0 + kk, s0 + kk + len(ap["text"]), d["_line"] + " (also_printed_as)"))
        key = (d["file"], d["page"], sentence, text, d.get("occurrence") or 1)
        if key in seen:
            err(d, "doublon")
        seen.add(key)
        per_page[(d["file"], d["page"])] = per_page.get((d["file"], d["page"]), 0) + 1

    for (f, p), n in sorted(per_page.items()):
        if n > MAX_PER_PAGE:
            errors.append("%s p%d : %d chiffres (> %d)" % (f, p, n, MAX_PER_PAGE))
    # un même nombre imprimé ne peut porter deux chiffres (chevauchement à l'intérieur d'une phrase unique)
    for (f, p), spans in fig_spans.items():
        ptext = pages[f][p - 1]
        for i, (a, b, la) in enumerate(spans):
            for (c, e, lb) in spans[i + 1:]:
                if a < e and c < b and la.split(" ")[0] != lb.split(" ")[0]:
                    # deux items distincts recouvrent les mêmes caractères : seulement une erreur si leurs
                    # phrases désignent le même endroit (une phrase répétée sur la page compte pour chacune)
                    errors.append("%s p%d : %s et %s désignent le même nombre imprimé (%r)"
                                  % (f, p, la, lb, ptext[a:b]))

    # ---------------- non-chiffres
    nseen = set()
    for d in nots:
        for k in NOT_REQ:
            if k not in d:
                err(d, "champ obligatoire absent : %s" % k)
        for k in d:
            if k != "_line" and k not in NOT_REQ and k not in NOT_OPT:
                err(d, "champ inconnu : %s" % k)
        if any(k not in d for k in NOT_REQ):
            continue
        if d["why"] not in WHYS:
            err(d, "why %r hors liste" % d["why"])
        ptext, e = page_text(d["file"], d["page"])
        if e:
            err(d, e)
            continue
        if d["sentence"] not in ptext:
            err(d, "phrase absente du texte replié de la page : %r" % d["sentence"][:80])
            continue
        k = span_in_sentence(d, d["text"], d["sentence"], d.get("occurrence"))
        if k is None:
            continue
        key = (d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence") or 1)
        if key in nseen:
            err(d, "doublon")
        nseen.add(key)
        for s0 in positions(ptext, d["sentence"]):
            a, b = s0 + k, s0 + k + len(d["text"])
            for (c, e2, lf) in fig_spans.get((d["file"], d["page"]), []):
                if a < e2 and c < b:
                    err(d, "non-chiffre annoté aussi comme chiffre (%s : %r)" % (lf, ptext[c:e2]))

    for m in errors:
        print(m)
    print("%d chiffres, %d non-chiffres vérifiés (PDF : %s ; racine : %s) : %d erreur(s)"
          % (len(figs), len(nots), pdir, ROOT or "aucune", len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
