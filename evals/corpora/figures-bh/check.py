#!/usr/bin/env python
"""Vérifie le jeu BH (figures-bh.jsonl, not_figures-bh.jsonl) contre les PDF du corpus notes-s99.

Racine du dépôt : on remonte depuis le dossier de ce script jusqu'au premier dossier qui contient
pyproject.toml ; les PDF sont lus dans <racine>/evals/corpora/notes-s99/, sinon dans /work/blind/notes-s99/.
Les deux JSONL sont lus à côté de ce script (ou dans le dossier passé en argument).
Imprime le nombre d'erreurs ; code de sortie 1 s'il y en a.
"""
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
FALLBACK = "/work/blind/notes-s99"

REQ_F = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
OPT_F = ["actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
         "also_printed_as", "note"]
REQ_N = ["file", "page", "text", "sentence", "why"]
OPT_N = ["note", "occurrence"]
UNITS = {"%", "€", "/10", "years", "people", "count", "pts"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
WHY = {"year", "date", "page number", "footnote", "ordinal", "section number", "law number", "scale",
       "threshold", "other"}
MAX_PER_PAGE = 12

UNITS_WORDS = {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
               "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
               "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
               "soixante": 60, "cent": 100, "mille": 1000}
APPROX = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
          "cinquantaine": 50, "centaine": 100, "millier": 1000}
FRACTION_WORDS = {"moitié": 50.0, "tiers": 100 / 3, "quart": 25.0, "quarts": 25.0}


def find_root():
    d = HERE
    while True:
        if os.path.isfile(os.path.join(d, "pyproject.toml")):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def pdf_dir():
    root = find_root()
    if root:
        cand = os.path.join(root, "evals", "corpora", "notes-s99")
        if os.path.isdir(cand):
            return cand, root
    return FALLBACK, root


def words_to_number(s):
    """Nombre écrit en lettres (« vingt et un », « trois », « quinze »), sinon None."""
    toks = [t for t in re.split(r"[\s-]+", s.lower()) if t and t != "et"]
    if not toks or any(t not in UNITS_WORDS for t in toks):
        return None
    total, cur = 0, 0
    for t in toks:
        v = UNITS_WORDS[t]
        if v == 100:
            cur = max(cur, 1) * 100
        elif v == 1000:
            total += max(cur, 1) * 1000
            cur = 0
        else:
            cur += v
    return total + cur


def parse_value(text, unit):
    """Valeurs acceptables pour `text` (liste) ; [] si illisible."""
    t = text.strip().replace("\u00a0", " ").replace("\u202f", " ").replace("\u2212", "-")
    low = t.lower()
    # ordres de grandeur en lettres : « une quarantaine »
    for w, v in APPROX.items():
        if re.search(r"\b%ss?\b" % w, low):
            return [float(v)]
    # fractions en lettres : « trois quarts », « la moitié », « neuf … sur dix »
    m = re.match(r"^(?:les |la |le )?([a-zé\- ]+?) (quarts?|tiers)$", low)
    if m and words_to_number(m.group(1)) is not None:
        return [words_to_number(m.group(1)) * FRACTION_WORDS[m.group(2)]]
    if re.search(r"\bmoitié\b", low):
        return [50.0]
    m = re.match(r"^(\S+)\b.* sur (\S+)$", low)
    if m:
        a = words_to_number(m.group(1)) if not m.group(1)[0].isdigit() else float(m.group(1).replace(",", "."))
        b = words_to_number(m.group(2)) if not m.group(2)[0].isdigit() else float(m.group(2).replace(",", "."))
        if a is not None and b:
            return [100.0 * a / b]
    # nombres en lettres suivis d'un nom (« trois ans », « vingt et un »)
    m = re.match(r"^([a-zéè\- ]+?)(?: (ans?|années?|points?|missions?|.*))?$", low)
    if not re.search(r"\d", low):
        for cut in range(len(low.split()), 0, -1):
            v = words_to_number(" ".join(low.split()[:cut]))
            if v is not None:
                return [float(v)]
        return []
    neg = False
    if re.match(r"^\(.*\)$", t):  # montant comptable entre parenthèses = négatif
        neg, t = True, t[1:-1]
    t = re.sub(r"^n\s*=\s*", "", t)
    m = re.match(r"^([+-]?)\s*(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?(?:\s*/\s*(\d+))?(.*)$", t)
    if not m:
        return []
    sign, ent, dec, denom, rest = m.groups()
    v = float(ent.replace(" ", "") + ("." + dec if dec else ""))
    if sign == "-" or neg:
        v = -v
    rest = rest.strip().lower()
    if denom and unit != "/10":  # fraction en chiffres « 2/3 » → part en %
        return [100.0 * v / float(denom)]
    if denom and unit == "/10" and denom != "10":
        return []
    mult = 1
    if rest.startswith("m€") or rest.startswith("million"):
        mult = 1e6
    elif rest.startswith("milliard") or rest.startswith("md€"):
        mult = 1e9
    elif rest.startswith("k€"):
        mult = 1e3
    m2 = re.match(r"^sur (\d+)", rest)
    if m2 and unit == "%":
        return [100.0 * v / float(m2.group(1))]
    return [v * mult]


def year_ok(y):
    if y is None:
        return True
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    if isinstance(y, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", y)
        return bool(m) and 1900 <= int(m.group(1)) < int(m.group(2)) <= 2100
    return False


def main():
    root = find_root()
    data_dir = sys.argv[1] if len(sys.argv) > 1 else (os.path.join(root, "evals", "figures") if root else HERE)
    pdir, root = pdf_dir()
    texts = {}

    def page_text(f, p):
        if f not in texts:
            path = os.path.join(pdir, f)
            if not os.path.isfile(path):
                texts[f] = None
            else:
                texts[f] = [re.sub(r"\s+", " ", pg.extract_text()).strip() for pg in PdfReader(path).pages]
        pages = texts[f]
        if pages is None or not isinstance(p, int) or isinstance(p, bool) or not 1 <= p <= len(pages):
            return None
        return pages[p - 1]

    errors = []

    def err(kind, i, d, msg):
        errors.append("%s #%d (%s p%s %r) : %s" % (kind, i, d.get("file"), d.get("page"), d.get("text"), msg))

    def check_common(kind, i, d, req, opt):
        for k in req:
            if k not in d:
                err(kind, i, d, "champ obligatoire manquant : %s" % k)
        for k in d:
            if k not in req and k not in opt:
                err(kind, i, d, "champ inconnu : %s" % k)
        for k in ("file", "text", "sentence"):
            if not isinstance(d.get(k), str) or not d.get(k):
                err(kind, i, d, "%s doit être une chaîne non vide" % k)
        if not isinstance(d.get("file"), str):
            return False
        t = page_text(d["file"], d.get("page"))
        if t is None:
            err(kind, i, d, "fichier ou page introuvable")
            return False
        s, x = d.get("sentence"), d.get("text")
        if not isinstance(s, str) or not isinstance(x, str):
            return False
        if s != re.sub(r"\s+", " ", s).strip():
            err(kind, i, d, "sentence non repliée")
        if s not in t:
            err(kind, i, d, "sentence absente de la page")
        n = s.count(x)
        occ = d.get("occurrence")
        if n == 0:
            err(kind, i, d, "text absent de la sentence")
        elif occ is not None and (not isinstance(occ, int) or isinstance(occ, bool) or not 1 <= occ <= n):
            err(kind, i, d, "occurrence %r invalide (%d occurrence(s))" % (occ, n))
        elif occ is None and n > 1:
            err(kind, i, d, "text présent %d fois dans la sentence : occurrence requise" % n)
        return True

    def load(name):
        out = []
        path = os.path.join(data_dir, name)
        with open(path, encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    errors.append("%s ligne %d : JSON invalide (%s)" % (name, ln, e))
        return out

    figs = load("figures-bh.jsonl")
    nfs = load("not_figures-bh.jsonl")
    per_page, keys = {}, set()

    for i, d in enumerate(figs, 1):
        if not check_common("chiffre", i, d, REQ_F, OPT_F):
            continue
        unit = d.get("unit")
        if unit not in UNITS:
            err("chiffre", i, d, "unité inconnue %r" % unit)
        v = d.get("value")
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            err("chiffre", i, d, "value non numérique")
        else:
            cands = parse_value(d["text"], unit)
            own_unit = re.search(r"[a-zA-Z€]", d["text"])
            if unit == "€" and not own_unit and ("k€" in d["sentence"] or "milliers d'euros" in (d.get("note") or "")):
                cands = [c * 1000 for c in cands]  # multiplicateur du libellé de ligne ou du titre du tableau
            tol = 0.6 if re.search(r"[a-z]", d["text"]) and "%" == unit else 1e-6
            if not cands:
                err("chiffre", i, d, "text illisible comme nombre")
            elif not any(abs(v - c) <= tol * max(1, abs(c)) if tol < 1e-3 else abs(v - c) <= tol for c in cands):
                err("chiffre", i, d, "value %r non conforme au text (lu : %s)" % (v, cands))
            if unit == "/10" and not 0 <= v <= 10:
                err("chiffre", i, d, "note hors de 0-10")
        if "range_high" in d and not isinstance(d["range_high"], (int, float)):
            err("chiffre", i, d, "range_high non numérique")
        for k in ("noun", "actor", "actor_alt"):
            if k in d and d[k] is not None and (not isinstance(d[k], str) or not d[k]):
                err("chiffre", i, d, "%s doit être une chaîne ou null" % k)
        if not isinstance(d.get("measure"), str) or not d.get("measure"):
            err("chiffre", i, d, "measure vide")
        if unit in ("count", "people") and not d.get("noun"):
            err("chiffre", i, d, "noun requis pour un compte ou un effectif")
        if not year_ok(d.get("year")):
            err("chiffre", i, d, "year invalide %r" % (d.get("year"),))
        if "year_alt" in d and (d["year_alt"] is None or not year_ok(d["year_alt"]) or d["year_alt"] == d.get("year")):
            err("chiffre", i, d, "year_alt invalide %r" % (d["year_alt"],))
        src = d.get("actor_src")
        if src not in ACTOR_SRC:
            err("chiffre", i, d, "actor_src inconnu %r" % src)
        elif (d.get("actor") is None) != (src is None):
            err("chiffre", i, d, "actor_src %r incohérent avec actor %r" % (src, d.get("actor")))
        if "actor_alt" in d and d.get("actor") is None:
            err("chiffre", i, d, "actor_alt sans actor")
        for k in ("in_table", "several_actors"):
            if k in d and not isinstance(d[k], bool):
                err("chiffre", i, d, "%s doit être booléen" % k)
        if "also_printed_as" in d:
            ap = d["also_printed_as"]
            if not isinstance(ap, list) or not ap:
                err("chiffre", i, d, "also_printed_as doit être une liste non vide")
            else:
                t = page_text(d["file"], d["page"])
                for a in ap:
                    if not isinstance(a, dict) or set(a) != {"text", "sentence"}:
                        err("chiffre", i, d, "also_printed_as : objets {text, sentence} attendus")
                        continue
                    if a["sentence"] not in t:
                        err("chiffre", i, d, "also_printed_as : sentence absente de la page")
                    elif a["text"] not in a["sentence"]:
                        err("chiffre", i, d, "also_printed_as : text absent de sa sentence")
                    if a["text"] == d["text"] and a["sentence"] == d["sentence"]:
                        err("chiffre", i, d, "also_printed_as : redit l'item lui-même")
        key = (d["file"], d["page"], d["text"], d["sentence"], d.get("occurrence", 1))
        if key in keys:
            err("chiffre", i, d, "doublon")
        keys.add(key)
        per_page[(d["file"], d["page"])] = per_page.get((d["file"], d["page"]), 0) + 1

    for k, n in sorted(per_page.items()):
        if n > MAX_PER_PAGE:
            errors.append("%s p%d : %d chiffres (plafond %d)" % (k[0], k[1], n, MAX_PER_PAGE))

    for i, d in enumerate(nfs, 1):
        if not check_common("non-chiffre", i, d, REQ_N, OPT_N):
            continue
        if d.get("why") not in WHY:
            err("non-chiffre", i, d, "why inconnu %r" % d.get("why"))
        if (d["file"], d["page"]) not in per_page:
            err("non-chiffre", i, d, "page sans chiffre du jeu")
        key = (d["file"], d["page"], d["text"], d["sentence"], d.get("occurrence", 1))
        if key in keys:
            err("non-chiffre", i, d, "doublon (ou déjà chiffre)")
        keys.add(key)
    if not 50 <= len(nfs) <= 90:
        errors.append("%d non-chiffres (attendu 50 à 90)" % len(nfs))

    for e in errors:
        print("ERREUR", e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF : %s ; racine : %s) : %d erreur(s)"
          % (len(figs), len(nfs), pdir, root or "aucune", len(errors)))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
