#!/usr/bin/env python3
"""Vérifie le jeu BN (figures-bn.jsonl, not_figures-bn.jsonl) contre les PDF du corpus notes-s105.

Autonome : bibliothèque standard + pypdf.
- Racine du dépôt : premier parent (du dossier courant, puis du dossier de ce script) qui contient pyproject.toml.
- PDF : <racine>/evals/corpora/notes-s105, sinon /work/blind/notes-s105.
- JSONL : <racine>/evals/figures/, sinon le dossier de ce script.
Imprime le nombre d'erreurs ; code de sortie 1 s'il y en a.
"""
import json
import math
import os
import re
import sys

try:
    from pypdf import PdfReader
except ImportError:  # pragma: no cover
    sys.exit("pypdf est requis")

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "notes-s105"
FALLBACK_PDF = "/work/blind/notes-s105"
FIG_NAME, NOT_NAME = "figures-bn.jsonl", "not_figures-bn.jsonl"
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


# ------------------------------------------------------------------ chemins
def find_root():
    starts = [os.getcwd(), HERE]
    for start in starts:
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
    if root:
        cand = os.path.join(root, "evals", "corpora", CORPUS)
        if os.path.isdir(cand):
            pdf_dir = cand
    if pdf_dir is None:
        pdf_dir = FALLBACK_PDF
    jdir = None
    if root:
        cand = os.path.join(root, "evals", "figures")
        if os.path.isfile(os.path.join(cand, FIG_NAME)):
            jdir = cand
    if jdir is None:
        jdir = HERE
    return root, pdf_dir, jdir


# ------------------------------------------------------------------ nombres
def collapse(s):
    return " ".join(s.split())


UNITS_W = {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
           "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
           "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
NAMED_FRACTIONS = {"un tiers": 100 / 3, "deux tiers": 200 / 3, "un quart": 25.0, "trois quarts": 75.0,
                   "la moitié": 50.0, "une moitié": 50.0, "un cinquième": 20.0}


def words_to_number(s):
    """Nombre français en lettres (jusqu'aux millions), ou None."""
    toks = [t for t in re.split(r"[\s\-]+", s.lower().strip()) if t and t != "et"]
    if not toks:
        return None
    total, cur = 0, 0
    for t in toks:
        if t in UNITS_W:
            cur += UNITS_W[t]
        elif t in ("cent", "cents"):
            cur = (cur or 1) * 100
        elif t == "mille":
            total += (cur or 1) * 1000
            cur = 0
        elif t in ("million", "millions"):
            total += (cur or 1) * 1000000
            cur = 0
        else:
            return None
    return total + cur


NUM_RE = re.compile(r"^\d{1,3}(?: \d{3})+(?:,\d+)?$|^\d+(?:,\d+)?$")


def atom(s):
    """Un nombre imprimé (chiffres avec espaces de milliers et virgule, ou lettres)."""
    s = s.strip()
    if NUM_RE.match(s):
        return float(s.replace(" ", "").replace(",", "."))
    return words_to_number(s)


SUFFIXES = [("M€", "M€"), ("millions d’euros", "M€"), ("millions d'euros", "M€"), ("€", "€"), ("euros", "€"),
            ("%", "%"), ("/10", "/10"), ("points", "pts"), ("point", "pts"), ("pts", "pts"), ("pt", "pts"),
            ("ans", "years"), ("an", "years"), ("années", "years")]
PREFIXES = ["+ de ", "plus de ", "près de ", "environ ", "± ", "±", "+ ", "+"]


def parse_text(text):
    """-> (valeur, borne haute ou None, famille d'unité ou None). Lève ValueError si illisible."""
    t = collapse(text.replace("\u00a0", " ").replace("\u202f", " "))
    low = t.lower()
    for p in PREFIXES:
        if low.startswith(p):
            t, low = t[len(p):].strip(), low[len(p):].strip()
            break
    if low in NAMED_FRACTIONS:
        return round(NAMED_FRACTIONS[low], 2), None, "fraction"
    m = re.match(r"^(.+?) (?:[^\d\s]+ )*sur (.+)$", t)
    if m:
        a, b = atom(m.group(1)), atom(m.group(2))
        if a is None or b in (None, 0):
            raise ValueError("fraction illisible : %r" % text)
        return round(100.0 * a / b, 2), None, "fraction"
    unit = None
    for suf, u in SUFFIXES:
        if low.endswith(" " + suf.lower()) or (suf in ("%", "€", "M€", "/10") and low.endswith(suf.lower())):
            t = t[: len(t) - len(suf)].strip()
            unit = u
            break
    m = re.match(r"^(.+?) (?:à|ou|et) (.+)$", t)
    if m:
        a, b = atom(m.group(1)), atom(m.group(2))
        if a is None or b is None:
            raise ValueError("fourchette illisible : %r" % text)
        return a, b, unit
    a = atom(t)
    if a is None:
        raise ValueError("nombre illisible : %r" % text)
    return a, None, unit


def same(a, b):
    return a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=0, abs_tol=0.006)


# ------------------------------------------------------------------ années
def year_ok(y, allow_none=False):
    if y is None:
        return allow_none
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1990 <= y <= 2035
    if isinstance(y, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", y)
        return bool(m) and 1990 <= int(m.group(1)) < int(m.group(2)) <= 2035
    return False


# ------------------------------------------------------------------ vérification
def find_all(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def main():
    root, pdf_dir, jdir = locate()
    errors = []

    def err(kind, n, msg):
        errors.append("%s #%d : %s" % (kind, n, msg))

    pages = {}

    def page_text(f, p):
        if f not in pages:
            path = os.path.join(pdf_dir, f)
            if not os.path.isfile(path):
                pages[f] = None
            else:
                r = PdfReader(path)
                pages[f] = [collapse(pg.extract_text() or "") for pg in r.pages]
        tx = pages[f]
        if tx is None or not isinstance(p, int) or isinstance(p, bool) or not 1 <= p <= len(tx):
            return None
        return tx[p - 1]

    def load(name):
        rows = []
        with open(os.path.join(jdir, name), encoding="utf-8") as fh:
            for k, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        errors.append("%s ligne %d : JSON invalide (%s)" % (name, k, e))
        return rows

    figs, nots = load(FIG_NAME), load(NOT_NAME)
    spans = {}  # (file, page) -> list of (start, end, kind, n)
    per_page = {}
    seen = set()

    def span_of(kind, n, f, p, sentence, text, occ):
        """Positions absolues (dans le texte replié de la page) de `text` dans `sentence`."""
        pt = page_text(f, p)
        if pt is None:
            err(kind, n, "page %r inexistante dans %s" % (p, f))
            return []
        if not isinstance(sentence, str) or sentence != collapse(sentence):
            err(kind, n, "phrase non repliée ou absente")
            return []
        starts = find_all(pt, sentence)
        if not starts:
            err(kind, n, "phrase absente de la page %d : %r" % (p, sentence[:80]))
            return []
        if not isinstance(text, str) or not text:
            err(kind, n, "texte absent")
            return []
        occs = find_all(sentence, text)
        if not occs:
            err(kind, n, "texte %r absent de la phrase" % text)
            return []
        if occ is None:
            if len(occs) > 1:
                err(kind, n, "texte %r présent %d fois : champ occurrence requis" % (text, len(occs)))
                return []
            off = occs[0]
        else:
            if not isinstance(occ, int) or isinstance(occ, bool) or not 1 <= occ <= len(occs):
                err(kind, n, "occurrence %r invalide (%d présences)" % (occ, len(occs)))
                return []
            if len(occs) == 1:
                err(kind, n, "occurrence donnée alors que le texte n'est présent qu'une fois")
            off = occs[occ - 1]
        # le texte doit être un mot entier : pas de « 1 » pris dans « 12 », ni de « 20 » dans « 2023 »
        before = sentence[off - 1] if off > 0 else " "
        after = sentence[off + len(text)] if off + len(text) < len(sentence) else " "
        if (text[0].isalnum() and before.isalnum()) or (text[-1].isalnum() and after.isalnum()):
            err(kind, n, "texte %r coupé au milieu d'un mot ou d'un nombre (%r…%r)" % (text, before, after))
        return [(s + off, s + off + len(text)) for s in starts]

    # ---------------- chiffres
    for n, d in enumerate(figs, 1):
        miss = [k for k in FIG_REQ if k not in d]
        if miss:
            err("chiffre", n, "champs manquants %s" % miss)
            continue
        unknown = set(d) - set(FIG_REQ) - set(FIG_OPT)
        if unknown:
            err("chiffre", n, "champs inconnus %s" % sorted(unknown))
        f, p = d["file"], d["page"]
        key = (f, p, d["sentence"], d["text"], d.get("occurrence"))
        if key in seen:
            err("chiffre", n, "doublon %r p.%s" % (d["text"], p))
        seen.add(key)
        sp = span_of("chiffre", n, f, p, d["sentence"], d["text"], d.get("occurrence"))
        for a, b in sp:
            spans.setdefault((f, p), []).append((a, b, "chiffre", n))
        per_page[(f, p)] = per_page.get((f, p), 0) + 1
        # unité et valeur
        unit, value = d["unit"], d["value"]
        if unit not in UNITS:
            err("chiffre", n, "unité %r hors liste" % unit)
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            err("chiffre", n, "valeur non numérique %r" % value)
            value = None
        try:
            v, hi, fam = parse_text(d["text"])
        except ValueError as e:
            err("chiffre", n, str(e))
            v = hi = fam = None
        if v is not None and value is not None and not same(v, value):
            err("chiffre", n, "valeur %r ≠ texte %r (%r)" % (value, d["text"], v))
        if hi is not None or "range_high" in d:
            if not same(hi, d.get("range_high")):
                err("chiffre", n, "range_high %r ≠ borne lue %r" % (d.get("range_high"), hi))
            elif value is not None and not d["range_high"] > value:
                err("chiffre", n, "range_high ≤ value")
        if v is not None:
            if fam == "fraction":
                if unit != "%":
                    err("chiffre", n, "fraction %r : unité %% attendue, pas %r" % (d["text"], unit))
            elif fam is not None:
                if fam != unit:
                    err("chiffre", n, "unité %r incompatible avec le texte %r (%s)" % (unit, d["text"], fam))
            else:
                ok = unit in ("count", "people") or (unit == "/10" and d.get("in_table"))
                if not ok:
                    err("chiffre", n, "nombre nu %r : unité %r non justifiée" % (d["text"], unit))
        if unit in ("count", "people") and not d["noun"]:
            err("chiffre", n, "compte sans noun")
        # autres champs
        if not isinstance(d["measure"], str) or len(d["measure"].split()) < 2:
            err("chiffre", n, "measure vide ou trop courte")
        for k in ("noun", "actor", "actor_alt"):
            if k in d and d[k] is not None and (not isinstance(d[k], str) or not d[k].strip()):
                err("chiffre", n, "%s doit être une chaîne non vide ou null" % k)
        src = d.get("actor_src", "absent")
        if src not in ACTOR_SRC:
            err("chiffre", n, "actor_src %r invalide" % (src,))
        elif (d["actor"] is None) != (src is None):
            err("chiffre", n, "actor_src %r incohérent avec actor %r" % (src, d["actor"]))
        if not year_ok(d["year"]):
            err("chiffre", n, "year %r invalide" % (d["year"],))
        if "year_alt" in d and (not year_ok(d["year_alt"]) or d["year_alt"] == d["year"]):
            err("chiffre", n, "year_alt %r invalide" % (d["year_alt"],))
        for k in ("in_table", "several_actors"):
            if k in d and not isinstance(d[k], bool):
                err("chiffre", n, "%s doit être booléen" % k)
        for k, a in enumerate(d.get("also_printed_as", []) or []):
            if not isinstance(a, dict) or set(a) - {"text", "sentence", "occurrence"} or "text" not in a \
                    or "sentence" not in a:
                err("chiffre", n, "also_printed_as[%d] mal formé" % k)
                continue
            key2 = (f, p, a["sentence"], a["text"], a.get("occurrence"))
            if key2 in seen:
                err("chiffre", n, "also_printed_as[%d] déjà annoté" % k)
            seen.add(key2)
            try:
                v2 = parse_text(a["text"])[0]
                if value is not None and not same(v2, value):
                    err("chiffre", n, "also_printed_as[%d] : valeur %r ≠ %r" % (k, v2, value))
            except ValueError as e:
                err("chiffre", n, "also_printed_as[%d] : %s" % (k, e))
            for a0, b0 in span_of("chiffre", n, f, p, a["sentence"], a["text"], a.get("occurrence")):
                spans.setdefault((f, p), []).append((a0, b0, "chiffre", n))

    for (f, p), c in sorted(per_page.items()):
        if c > MAX_PER_PAGE:
            errors.append("%s p.%d : %d chiffres (> %d)" % (f, p, c, MAX_PER_PAGE))

    # ---------------- non-chiffres
    nseen = set()
    for n, d in enumerate(nots, 1):
        miss = [k for k in NOT_REQ if k not in d]
        if miss:
            err("non-chiffre", n, "champs manquants %s" % miss)
            continue
        unknown = set(d) - set(NOT_REQ) - set(NOT_OPT)
        if unknown:
            err("non-chiffre", n, "champs inconnus %s" % sorted(unknown))
        if d["why"] not in WHYS:
            err("non-chiffre", n, "why %r hors liste" % d["why"])
        if not re.search(r"\d", d["text"]):
            err("non-chiffre", n, "texte sans chiffre %r" % d["text"])
        f, p = d["file"], d["page"]
        key = (f, p, d["sentence"], d["text"], d.get("occurrence"))
        if key in nseen:
            err("non-chiffre", n, "doublon %r p.%s" % (d["text"], p))
        nseen.add(key)
        if key in seen:
            err("non-chiffre", n, "annoté aussi comme chiffre")
        for a, b in span_of("non-chiffre", n, f, p, d["sentence"], d["text"], d.get("occurrence")):
            for a2, b2, _, m in spans.get((f, p), []):
                if a < b2 and a2 < b:
                    err("non-chiffre", n, "%r chevauche le chiffre #%d" % (d["text"], m))

    print("%d chiffres, %d non-chiffres vérifiés (PDF : %s ; jsonl : %s ; racine : %s) : %d erreur(s)"
          % (len(figs), len(nots), pdf_dir, jdir, root, len(errors)))
    for e in errors:
        print("  - " + e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
