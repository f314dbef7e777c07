#!/usr/bin/env python3
"""Vérifie le jeu BZ (figures-bz.jsonl, not_figures-bz.jsonl) contre les PDF du corpus notes-s117.

Autonome : bibliothèque standard + pypdf.  Usage : python check.py [--quiet]

Où il cherche :
- racine du dépôt = premier dossier parent qui contient `pyproject.toml`, en partant du dossier courant,
  puis du dossier de ce script ;
- PDF : `<racine>/evals/corpora/notes-s117/`, sinon `/work/blind/notes-s117/` ;
- JSONL : `<racine>/evals/figures/`, sinon le dossier de ce script.
Sortie : la liste des erreurs, puis « N erreur(s) » ; code de retour 1 s'il y a au moins une erreur.
"""
import json
import math
import os
import re
import sys
import unicodedata

try:
    import pypdf
except ImportError:  # pragma: no cover
    sys.exit("check.py : pypdf est requis (pip install pypdf)")

CORPUS = "notes-s117"
FIG_NAME = "figures-bz.jsonl"
NOT_NAME = "not_figures-bz.jsonl"
FALLBACK_PDF = "/work/blind/notes-s117"
MAX_PER_PAGE = 12

UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
FIG_REQUIRED = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPTIONAL = ["actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
                "also_printed_as", "note"]
NOT_REQUIRED = ["file", "page", "text", "sentence", "why"]
NOT_OPTIONAL = ["occurrence", "note"]


# ---------------------------------------------------------------------------
# emplacement des fichiers
# ---------------------------------------------------------------------------

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
    pdf_dir = None
    if root and os.path.isdir(os.path.join(root, "evals", "corpora", CORPUS)):
        pdf_dir = os.path.join(root, "evals", "corpora", CORPUS)
    elif os.path.isdir(FALLBACK_PDF):
        pdf_dir = FALLBACK_PDF
    jsonl = {}
    for name in (FIG_NAME, NOT_NAME):
        cand = os.path.join(root, "evals", "figures", name) if root else None
        jsonl[name] = cand if cand and os.path.isfile(cand) else os.path.join(here, name)
    return root, pdf_dir, jsonl


# ---------------------------------------------------------------------------
# lecture des nombres imprimés
# ---------------------------------------------------------------------------

WORDS = {
    "zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "cent": 100, "cents": 100, "mille": 1000,
}
APPROX = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
          "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "centaines": 100, "millier": 1000,
          "milliers": 1000}
FRACTIONS = {"moitié": 2, "tiers": 3, "quart": 4, "quarts": 4}
DENOM = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10}
QUALIFIERS = ["près de ", "près d'", "plus de ", "plus d'", "moins de ", "moins d'", "environ ", "+ de ",
              "quelque ", "au moins ", "a minima "]


def norm(s):
    s = unicodedata.normalize("NFC", s)
    s = s.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'").replace("−", "-").replace("–", "-")
    return " ".join(s.split())


def words_to_int(s):
    """« trois » -> 3, « vingt-deux » -> 22, « quatre-vingt-dix » -> 90, « deux mille » -> 2000 ; sinon None."""
    toks = [t for t in re.split(r"[\s-]+", s.strip()) if t and t != "et"]
    if not toks or any(t not in WORDS for t in toks):
        return None
    total, cur = 0, 0
    for t in toks:
        v = WORDS[t]
        if v == 1000:
            total += max(cur, 1) * 1000
            cur = 0
        elif v == 100:
            cur = max(cur, 1) * 100
        elif v == 20 and cur in (4,):  # quatre-vingt
            cur = 80
        else:
            cur += v
    return total + cur


NUM = r"\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
SUFFIX = (r"%|points?|pts?|ans?|années?|€|euros?|m€|k€|millions? d'euros|milliards? d'euros|millions?|milliards?"
          r"|/ ?10|sur 10")


def num(s):
    return float(re.sub(r"[ .]", "", s).replace(",", "."))


def suffix_info(suf):
    """-> (unit_hint, multiplicateur)"""
    if not suf:
        return None, 1
    suf = suf.strip()
    if suf == "%":
        return "%", 1
    if suf.startswith("point") or suf.startswith("pt"):
        return "pts", 1
    if suf.startswith("an"):
        return "years", 1
    if suf in ("€", "euro", "euros"):
        return "€", 1
    if suf in ("m€",) or suf.startswith("million"):
        return "€" if ("€" in suf or "euro" in suf) else None, 1e6
    if suf == "k€":
        return "€", 1e3
    if suf.startswith("milliard"):
        return "€" if "euro" in suf else None, 1e9
    if "10" in suf:
        return "/10", 1
    return None, 1


def parse_text(text):
    """Lit un chiffre imprimé. Renvoie dict(value, high, hint, kind) ou None si illisible."""
    s = norm(text).lower()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    changed = True
    while changed:
        changed = False
        for q in QUALIFIERS:
            if s.startswith(q):
                s = s[len(q):].strip()
                changed = True
    sign = 1
    if s[:1] in "+-" and len(s) > 1 and (s[1].isdigit() or s[1] == " "):
        sign = -1 if s[0] == "-" else 1
        s = s[1:].strip()
    # fourchettes : « 64 à 79 % », « entre 15 et 20 % », « 15-20 % »
    m = re.fullmatch(r"(?:entre |de )?(%s)\s*(?:%%)?\s*(?:à|et|-)\s*(%s)\s*(%s)?" % (NUM, NUM, SUFFIX), s)
    if m:
        hint, mult = suffix_info(m.group(3))
        return dict(value=sign * num(m.group(1)) * mult, high=num(m.group(2)) * mult, hint=hint, kind="range")
    m = re.fullmatch(r"(%s)\s*(%s)?" % (NUM, SUFFIX), s)
    if m:
        hint, mult = suffix_info(m.group(2))
        return dict(value=sign * num(m.group(1)) * mult, high=None, hint=hint, kind="digits")
    if re.search(r"\d", s):
        return None
    # lettres : fractions
    s2 = re.sub(r"^(la|les|le|l') ?", "", s)
    m = re.fullmatch(r"(?:(\S+) )?(moitié|tiers|quarts?)", s2)
    if m:
        n = 1 if not m.group(1) else (words_to_int(m.group(1)) or 0)
        if n:
            return dict(value=round(100.0 * n / FRACTIONS[m.group(2)], 2), high=None, hint="%", kind="fraction")
    m = re.fullmatch(r"(\S+)(?: [^\s]+)? sur (\S+)", s)
    if m and words_to_int(m.group(1)) and m.group(2) in DENOM:
        return dict(value=round(100.0 * words_to_int(m.group(1)) / DENOM[m.group(2)], 2), high=None, hint="%",
                    kind="fraction")
    # ordres de grandeur
    m = re.fullmatch(r"(?:une |des |quelques )?(\S+)", s)
    if m and m.group(1) in APPROX:
        return dict(value=APPROX[m.group(1)], high=None, hint=None, kind="approx")
    # nombres en lettres, éventuellement suivis d'une unité
    m = re.fullmatch(r"(.+?)(?: (%s))?" % SUFFIX, s)
    if m:
        v = words_to_int(m.group(1))
        if v is not None:
            hint, mult = suffix_info(m.group(2))
            return dict(value=sign * v * mult, high=None, hint=hint, kind="words")
    return None


# ---------------------------------------------------------------------------
# utilitaires
# ---------------------------------------------------------------------------

def occurrences(sentence, text):
    """Positions de `text` dans `sentence`, sans toucher un chiffre de part et d'autre."""
    out = []
    for m in re.finditer(re.escape(text), sentence):
        a, b = m.start(), m.end()
        if a > 0 and sentence[a - 1].isdigit() and text[:1].isdigit():
            continue
        if b < len(sentence) and sentence[b].isdigit() and text[-1:].isdigit():
            continue
        out.append(a)
    return out


def year_ok(y, allow_none=False):
    if y is None:
        return allow_none
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1800 <= y <= 2100
    if isinstance(y, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", y)
        return bool(m) and 1800 <= int(m.group(1)) < int(m.group(2)) <= 2100
    return False


def close(a, b):
    return abs(a - b) <= max(0.011, 1e-9 * abs(b))


# ---------------------------------------------------------------------------
# contrôle
# ---------------------------------------------------------------------------

def main(argv):
    quiet = "--quiet" in argv
    root, pdf_dir, jsonl = locate()
    errors = []

    def err(where, msg):
        errors.append("%s : %s" % (where, msg))

    if not pdf_dir:
        print("PDF introuvables (%s)" % CORPUS)
        print("1 erreur(s)")
        return 1
    texts = {}

    def page_text(f, p):
        key = (f, p)
        if key not in texts:
            path = os.path.join(pdf_dir, f)
            if not os.path.isfile(path):
                texts[key] = None
            else:
                reader = pypdf.PdfReader(path)
                if not (1 <= p <= len(reader.pages)):
                    texts[key] = None
                else:
                    texts[key] = " ".join(reader.pages[p - 1].extract_text().split())
        return texts[key]

    def load(name):
        rows = []
        path = jsonl[name]
        if not os.path.isfile(path):
            err(name, "fichier introuvable (%s)" % path)
            return rows
        with open(path, encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rows.append((i, json.loads(line)))
                except ValueError as e:
                    err("%s:%d" % (name, i), "JSON invalide (%s)" % e)
        return rows

    figs = load(FIG_NAME)
    nots = load(NOT_NAME)
    spans = {}          # (file, page) -> liste de (début, fin, étiquette) des chiffres et de leurs autres formes
    per_page = {}
    seen = {}

    def locate_span(where, f, p, sentence, text, occ):
        t = page_text(f, p)
        if t is None or sentence not in t:
            return None
        pos = occurrences(sentence, text)
        if not pos or occ < 1 or occ > len(pos):
            return None
        i = t.index(sentence) + pos[occ - 1]
        return (i, i + len(text))

    def common(where, r, required, optional):
        ok = True
        for k in required:
            if k not in r:
                err(where, "champ manquant « %s »" % k)
                ok = False
        for k in r:
            if k not in required and k not in optional:
                err(where, "champ inconnu « %s »" % k)
        if not ok:
            return False
        if not (isinstance(r["file"], str) and r["file"].endswith(".pdf")):
            err(where, "file invalide")
            return False
        if not (isinstance(r["page"], int) and not isinstance(r["page"], bool) and r["page"] >= 1):
            err(where, "page invalide")
            return False
        if not os.path.isfile(os.path.join(pdf_dir, r["file"])):
            err(where, "PDF inconnu %s" % r["file"])
            return False
        t = page_text(r["file"], r["page"])
        if t is None:
            err(where, "page %s inexistante dans %s" % (r["page"], r["file"]))
            return False
        for k in ("text", "sentence"):
            if not (isinstance(r[k], str) and r[k].strip()):
                err(where, "%s vide ou non textuel" % k)
                return False
        if r["sentence"] != " ".join(r["sentence"].split()):
            err(where, "sentence non repliée (blancs)")
        if r["sentence"] not in t:
            err(where, "sentence absente du texte replié de la page : %r" % r["sentence"][:80])
            return False
        pos = occurrences(r["sentence"], r["text"])
        if not pos:
            err(where, "text %r absent de la phrase" % r["text"])
            return False
        occ = r.get("occurrence")
        if occ is not None and (not isinstance(occ, int) or isinstance(occ, bool) or not 1 <= occ <= len(pos)):
            err(where, "occurrence %r impossible (%d présence(s))" % (occ, len(pos)))
            return False
        if len(pos) > 1 and occ is None:
            err(where, "text %r figure %d fois dans la phrase : occurrence requise" % (r["text"], len(pos)))
            return False
        return True

    # --- chiffres
    for i, r in figs:
        where = "%s:%d" % (FIG_NAME, i)
        if not isinstance(r, dict):
            err(where, "ligne non objet")
            continue
        if not common(where, r, FIG_REQUIRED, FIG_OPTIONAL):
            continue
        f, p = r["file"], r["page"]
        where = "%s:%d (%s p%d %r)" % (FIG_NAME, i, f, p, r["text"])
        v = r["value"]
        if isinstance(v, bool) or not isinstance(v, (int, float)) or (isinstance(v, float) and math.isnan(v)):
            err(where, "value non numérique")
            continue
        if r["unit"] not in UNITS:
            err(where, "unité %r hors liste" % r["unit"])
        parsed = parse_text(r["text"])
        if parsed is None:
            err(where, "text illisible comme nombre")
        else:
            if not close(v, parsed["value"]):
                err(where, "value %r ne correspond pas au texte (lu %r)" % (v, parsed["value"]))
            if parsed["hint"] == "€" and r["unit"] not in ("€", "M€"):
                err(where, "unité %r alors que le texte est un montant" % r["unit"])
            elif parsed["hint"] and parsed["hint"] != "€" and parsed["hint"] != r["unit"]:
                err(where, "unité %r alors que le texte indique %r" % (r["unit"], parsed["hint"]))
            if parsed["kind"] == "fraction" and r["unit"] != "%":
                err(where, "fraction annotée hors %")
            if parsed["kind"] == "range":
                if "range_high" not in r or not isinstance(r["range_high"], (int, float)) or \
                        not close(r["range_high"], parsed["high"]):
                    err(where, "fourchette : range_high attendu %r" % parsed["high"])
            elif "range_high" in r:
                err(where, "range_high donné pour un texte qui n'est pas une fourchette")
        if not year_ok(r["year"]):
            err(where, "year invalide %r" % (r["year"],))
        if "year_alt" in r and not year_ok(r["year_alt"], allow_none=True):
            err(where, "year_alt invalide %r" % (r["year_alt"],))
        if not (isinstance(r["measure"], str) and r["measure"].strip()):
            err(where, "measure vide")
        for k in ("noun", "actor", "actor_alt"):
            if k in r and r[k] is not None and not (isinstance(r[k], str) and r[k].strip()):
                err(where, "%s doit être une chaîne ou null" % k)
        if r.get("actor_src", None) not in ACTOR_SRC:
            err(where, "actor_src %r hors liste" % r.get("actor_src"))
        if r["actor"] is None and r.get("actor_src") is not None:
            err(where, "actor null mais actor_src renseigné")
        if r["actor"] is not None and "actor_src" in r and r["actor_src"] is None:
            err(where, "actor renseigné mais actor_src null")
        for k in ("in_table", "several_actors"):
            if k in r and not isinstance(r[k], bool):
                err(where, "%s doit être booléen" % k)
        occ = r.get("occurrence", 1)
        sp = locate_span(where, f, p, r["sentence"], r["text"], occ)
        key = (f, p, sp)
        if key in seen:
            err(where, "doublon de %s" % seen[key])
        seen[key] = where
        dkey = (f, p, r["sentence"], r["text"], occ)
        if dkey in seen:
            err(where, "doublon (même phrase, même texte, même occurrence)")
        seen[dkey] = where
        spans.setdefault((f, p), []).append((sp[0], sp[1], where))
        per_page[(f, p)] = per_page.get((f, p), 0) + 1
        also = r.get("also_printed_as", [])
        if not isinstance(also, list):
            err(where, "also_printed_as doit être une liste")
            also = []
        for a in also:
            if not (isinstance(a, dict) and set(a) == {"text", "sentence"}):
                err(where, "also_printed_as : objets {text, sentence} attendus")
                continue
            t = page_text(f, p)
            if a["sentence"] not in t:
                err(where, "also_printed_as : phrase absente de la page : %r" % a["sentence"][:60])
                continue
            if not occurrences(a["sentence"], a["text"]):
                err(where, "also_printed_as : texte %r absent de sa phrase" % a["text"])
                continue
            if parse_text(a["text"]) is None:
                err(where, "also_printed_as : %r illisible comme nombre" % a["text"])
            asp = locate_span(where, f, p, a["sentence"], a["text"], 1)
            if asp == sp:
                err(where, "also_printed_as désigne le chiffre lui-même")
            spans[(f, p)].append((asp[0], asp[1], where + " [autre forme]"))
    for (f, p), n in sorted(per_page.items()):
        if n > MAX_PER_PAGE:
            err("%s p%d" % (f, p), "%d chiffres (> %d par page)" % (n, MAX_PER_PAGE))

    # --- non-chiffres
    nseen = set()
    for i, r in nots:
        where = "%s:%d" % (NOT_NAME, i)
        if not isinstance(r, dict):
            err(where, "ligne non objet")
            continue
        if not common(where, r, NOT_REQUIRED, NOT_OPTIONAL):
            continue
        f, p = r["file"], r["page"]
        where = "%s:%d (%s p%d %r)" % (NOT_NAME, i, f, p, r["text"])
        if r["why"] not in WHYS:
            err(where, "why %r hors liste" % r["why"])
        sp = locate_span(where, f, p, r["sentence"], r["text"], r.get("occurrence", 1))
        if (f, p, sp) in nseen:
            err(where, "non-chiffre en double")
        nseen.add((f, p, sp))
        for a, b, w in spans.get((f, p), []):
            if a < sp[1] and sp[0] < b:
                err(where, "chevauche un chiffre annoté (%s)" % w)

    if not quiet:
        for e in errors:
            print(e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF : %s ; racine : %s) : %d erreur(s)"
          % (len(figs), len(nots), pdf_dir, root or "aucune", len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
