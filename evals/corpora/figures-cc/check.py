#!/usr/bin/env python3
"""Vérifie le jeu CC (figures-cc.jsonl, not_figures-cc.jsonl) contre les PDF du corpus notes-s120.

Autonome : bibliothèque standard + pypdf.

Où il cherche :
- racine du dépôt = premier dossier, en remontant depuis le dossier courant puis depuis le dossier de ce script,
  qui contient un fichier `pyproject.toml` ;
- PDF : `<racine>/evals/corpora/notes-s120/` s'il existe, sinon `/work/blind/notes-s120/` ;
- JSONL : `<racine>/evals/figures/figures-cc.jsonl` (et `not_figures-cc.jsonl`) s'ils existent, sinon à côté de
  ce script.

Ce qu'il vérifie : champs obligatoires et connus, types ; fichier et page existants ; `sentence` présente telle quelle
dans le texte pypdf replié de la page ; `text` présent dans `sentence` (et `occurrence` quand il y figure plusieurs
fois) ; `value` conforme à `text` (milliers, virgule décimale, k€/M€/millions, nombres et fractions en lettres,
« X sur Y », notes /10, fourchettes avec `range_high`) ; unité dans la liste et cohérente avec `text` ; forme des
années (`year` obligatoire, `year_alt` facultatif) ; `actor_src` ; `also_printed_as` (même page) ; au plus 12
chiffres par page et au moins 4 sur chaque page du corpus ; pas de doublon ; aucun non-chiffre à l'endroit d'un
chiffre (positions comparées dans le texte de la page).

Sortie : les erreurs, puis une ligne de bilan ; code de sortie 1 s'il y a au moins une erreur.
"""
import json
import math
import re
import sys
from pathlib import Path

try:
    import pypdf
except ImportError:  # pragma: no cover
    print("check.py : pypdf est requis (pip install pypdf)")
    sys.exit(2)

CORPUS = "notes-s120"
FIG_NAME = "figures-cc.jsonl"
NOT_NAME = "not_figures-cc.jsonl"
FALLBACK_PDF_DIR = Path("/work/blind/notes-s120")

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
MIN_PER_PAGE = 4


# ----------------------------------------------------------------------------------------------------------
# emplacement
# ----------------------------------------------------------------------------------------------------------
def find_root():
    here = Path(__file__).resolve().parent
    for start in (Path.cwd().resolve(), here):
        for p in (start, *start.parents):
            if (p / "pyproject.toml").is_file():
                return p
    return None


def locate():
    root = find_root()
    pdf_dir = None
    if root is not None and (root / "evals" / "corpora" / CORPUS).is_dir():
        pdf_dir = root / "evals" / "corpora" / CORPUS
    if pdf_dir is None:
        pdf_dir = FALLBACK_PDF_DIR
    jdir = None
    if root is not None and (root / "evals" / "figures" / FIG_NAME).is_file():
        jdir = root / "evals" / "figures"
    if jdir is None:
        jdir = Path(__file__).resolve().parent
    return root, pdf_dir, jdir


# ----------------------------------------------------------------------------------------------------------
# texte des pages
# ----------------------------------------------------------------------------------------------------------
def fold(s):
    return " ".join(s.split())


_PAGES = {}


def pages_of(pdf_dir, name):
    if name not in _PAGES:
        path = pdf_dir / name
        if not path.is_file():
            _PAGES[name] = None
        else:
            r = pypdf.PdfReader(str(path))
            _PAGES[name] = [fold(p.extract_text() or "") for p in r.pages]
    return _PAGES[name]


# ----------------------------------------------------------------------------------------------------------
# occurrences (une occurrence n'est pas collée à un autre chiffre)
# ----------------------------------------------------------------------------------------------------------
def occurrences(text, sentence):
    out = []
    start = 0
    while True:
        i = sentence.find(text, start)
        if i < 0:
            break
        j = i + len(text)
        ok = True
        if text[0].isdigit() and i > 0 and sentence[i - 1].isdigit():
            ok = False
        if text[-1].isdigit() and j < len(sentence) and sentence[j].isdigit():
            ok = False
        if ok:
            out.append(i)
        start = i + 1
    return out


# ----------------------------------------------------------------------------------------------------------
# valeurs
# ----------------------------------------------------------------------------------------------------------
UNITS_W = {"zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
           "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
           "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
           "soixante": 60, "cent": 100, "cents": 100, "mille": 1000}
NUM_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def words_to_int(tokens):
    """Nombre en lettres (liste de mots) -> entier, ou None."""
    total, cur, seen = 0, 0, False
    for t in tokens:
        if t == "et":
            continue
        if t not in UNITS_W:
            return None
        v = UNITS_W[t]
        seen = True
        if t == "mille":
            total += max(cur, 1) * 1000
            cur = 0
        elif t in ("cent", "cents"):
            cur = max(cur, 1) * 100 if cur < 100 else cur + 100
        elif t in ("vingt", "vingts") and cur % 100 == 4:
            cur = cur - 4 + 80
        else:
            cur += v
    return total + cur if seen else None


def word_numbers(text):
    """Tous les nombres en lettres d'un texte (suites de mots-nombres)."""
    toks = re.split(r"[\s\-\u00a0]+", text.lower())
    out, run = [], []
    for t in toks + ["#"]:
        t2 = t.strip(".,;:()«»'’")
        if t2 in UNITS_W or (t2 == "et" and run):
            run.append(t2)
        else:
            while run and run[-1] == "et":
                run.pop()
            if run:
                v = words_to_int(run)
                if v is not None:
                    out.append(v)
            run = []
    return out


def digit_numbers(text):
    out = []
    for m in NUM_RE.finditer(text):
        s = re.sub(r"[ \u00a0\u202f]", "", m.group(0)).replace(",", ".")
        out.append(float(s))
    return out


def numbers(text):
    return digit_numbers(text) + [float(v) for v in word_numbers(text)]


def fraction_value(text):
    """Part en % d'une fraction en lettres : « la moitié », « un tiers », « trois quarts », « une sur cinq »,
    « Deux candidats sur trois ». None si le texte n'est pas une fraction."""
    t = text.lower()
    if "moitié" in t:
        return 50.0
    m = re.search(r"(\S+)\s+(tiers|quarts?|cinquièmes?|dixièmes?)\b", t)
    if m or re.fullmatch(r"(tiers|quarts?)", t.strip()):
        num = 1
        if m:
            w = word_numbers(m.group(1))
            d = digit_numbers(m.group(1))
            num = (w or d or [1])[0]
        den = {"tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5, "dixième": 10,
               "dixièmes": 10}[(m.group(2) if m else t.strip())]
        return 100.0 * num / den
    if re.search(r"\bsur\b", t) and "%" not in t and "/" not in t:
        left, right = re.split(r"\bsur\b", t, maxsplit=1)
        ln = (digit_numbers(left) + [float(v) for v in word_numbers(left)])
        rn = (digit_numbers(right) + [float(v) for v in word_numbers(right)])
        if ln and rn and rn[-1]:
            return 100.0 * ln[0] / rn[-1]
    m = re.search(r"(\d+)\s*/\s*(\d+)", t)
    if m and m.group(2) != "10":
        return 100.0 * int(m.group(1)) / int(m.group(2))
    return None


def multiplier(text):
    t = text.lower()
    if "milliard" in t or "md€" in t:
        return 1e9
    if "m€" in t or "million" in t:
        return 1e6
    if "k€" in t or "millier" in t:
        return 1e3
    return 1.0


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=0.011)


def check_value(item):
    """Renvoie un message d'erreur, ou None."""
    text, unit, value = item["text"], item["unit"], item["value"]
    hi = item.get("range_high")
    t = text.lower()
    # cohérence unité / texte
    if unit == "%":
        frac = fraction_value(text) if "%" not in text else None
        if "%" not in text and frac is None:
            return "unité % mais ni « % » ni fraction dans le texte"
        if frac is not None and hi is None:
            return None if close(frac, value) else "valeur {} ≠ fraction {:.2f}".format(value, frac)
    elif unit in ("€", "M€"):
        if "€" not in text and "euro" not in t:
            return "unité {} mais ni « € » ni « euros » dans le texte".format(unit)
    elif unit == "/10":
        if "/10" not in text.replace(" ", "") and "sur 10" not in item["sentence"]:
            return "unité /10 sans « /10 » ni « sur 10 »"
    elif unit == "years":
        if not re.search(r"\b(an|ans|année|années)\b", t):
            return "unité years sans « an(s) » dans le texte"
    elif unit == "pts":
        if not re.search(r"\b(point|points|pt|pts)\b", t):
            return "unité pts sans « point(s) » dans le texte"
    elif unit in ("count", "people"):
        if "%" in text or "€" in text:
            return "unité {} mais « % » ou « € » dans le texte".format(unit)
    nums = numbers(text.split("/10")[0]) if unit == "/10" else numbers(text)
    if not nums:
        return "aucun nombre lisible dans le texte"
    mult = multiplier(text) if unit in ("€", "M€") else 1.0
    cands = [n * mult for n in nums]
    if hi is not None:
        if len(cands) < 2:
            return "range_high donné mais une seule borne dans le texte"
        if not (close(cands[0], value) and close(cands[-1], hi)):
            return "fourchette {}–{} ≠ texte {}".format(value, hi, cands)
        if not hi > value:
            return "range_high doit dépasser value"
        return None
    if not any(close(c, value) for c in cands):
        return "valeur {} ≠ texte « {} » (lu : {})".format(value, text, cands)
    return None


YEAR_RE = re.compile(r"^(\d{4})-(\d{4})$")


def year_ok(y):
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    if isinstance(y, str):
        m = YEAR_RE.match(y)
        return bool(m) and 1900 <= int(m.group(1)) < int(m.group(2)) <= 2100
    return False


# ----------------------------------------------------------------------------------------------------------
def load_jsonl(path, errors):
    out = []
    if not path.is_file():
        errors.append("{} : fichier absent".format(path))
        return out
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            errors.append("{}:{} : JSON invalide ({})".format(path.name, n, e))
    return out


def main():
    root, pdf_dir, jdir = locate()
    errors = []
    figs = load_jsonl(jdir / FIG_NAME, errors)
    nots = load_jsonl(jdir / NOT_NAME, errors)
    spans = {}  # (file, page) -> list of (start, end, label, kind)
    per_page = {}
    seen = set()

    def where(kind, n, it):
        return "{}:{} [{} p{} « {} »]".format(kind, n, it.get("file"), it.get("page"), it.get("text"))

    def locate_span(it, text, sentence, occ, tag):
        """Position (début, fin) de text dans la page ; None si introuvable (erreur déjà notée)."""
        pages = pages_of(pdf_dir, it["file"])
        page_txt = pages[it["page"] - 1]
        if sentence != fold(sentence):
            errors.append(tag + " : sentence non repliée (blancs multiples)")
            return None
        si = page_txt.find(sentence)
        if si < 0:
            errors.append(tag + " : sentence absente du texte de la page : « {} »".format(sentence[:90]))
            return None
        occ_list = occurrences(text, sentence)
        if not occ_list:
            errors.append(tag + " : text absent de sentence")
            return None
        if occ is None:
            if len(occ_list) > 1:
                errors.append(tag + " : text figure {} fois dans sentence, occurrence manquante".format(len(occ_list)))
                return None
            k = 0
        else:
            if not isinstance(occ, int) or isinstance(occ, bool) or occ < 1 or occ > len(occ_list):
                errors.append(tag + " : occurrence {} invalide ({} occurrence(s))".format(occ, len(occ_list)))
                return None
            if len(occ_list) == 1:
                errors.append(tag + " : occurrence donnée alors que text n'apparaît qu'une fois")
            k = occ - 1
        a = si + occ_list[k]
        return (a, a + len(text))

    def common(kind, n, it, req, opt):
        tag = where(kind, n, it)
        for k in req:
            if k not in it:
                errors.append(tag + " : champ manquant « {} »".format(k))
        for k in it:
            if k not in req and k not in opt:
                errors.append(tag + " : champ inconnu « {} »".format(k))
        if any(k not in it for k in ("file", "page", "text", "sentence")):
            return tag, False
        if not isinstance(it["file"], str) or not it["file"].endswith(".pdf"):
            errors.append(tag + " : file invalide")
            return tag, False
        pages = pages_of(pdf_dir, it["file"])
        if pages is None:
            errors.append(tag + " : PDF introuvable dans {}".format(pdf_dir))
            return tag, False
        p = it["page"]
        if not isinstance(p, int) or isinstance(p, bool) or not 1 <= p <= len(pages):
            errors.append(tag + " : page {} inexistante ({} pages)".format(p, len(pages)))
            return tag, False
        if not isinstance(it["text"], str) or not it["text"].strip():
            errors.append(tag + " : text vide")
            return tag, False
        if not isinstance(it["sentence"], str) or not it["sentence"].strip():
            errors.append(tag + " : sentence vide")
            return tag, False
        if "note" in it and not isinstance(it["note"], str):
            errors.append(tag + " : note doit être une chaîne")
        return tag, True

    # ---------------- chiffres
    for n, it in figs:
        tag, ok = common("fig", n, it, FIG_REQ, FIG_OPT)
        if not ok:
            continue
        key = (it["file"], it["page"])
        per_page[key] = per_page.get(key, 0) + 1
        v = it.get("value")
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            errors.append(tag + " : value doit être un nombre")
        if it.get("unit") not in UNITS:
            errors.append(tag + " : unité « {} » hors liste".format(it.get("unit")))
        for k in ("noun", "actor", "actor_alt"):
            if k in it and it[k] is not None and (not isinstance(it[k], str) or not it[k].strip()):
                errors.append(tag + " : {} doit être une chaîne non vide ou null".format(k))
        if not isinstance(it.get("measure"), str) or not it["measure"].strip():
            errors.append(tag + " : measure vide")
        if not year_ok(it.get("year")):
            errors.append(tag + " : year invalide ({!r}) : entier ou « AAAA-AAAA »".format(it.get("year")))
        if "year_alt" in it and not year_ok(it["year_alt"]):
            errors.append(tag + " : year_alt invalide ({!r})".format(it["year_alt"]))
        if "year_alt" in it and it["year_alt"] == it.get("year"):
            errors.append(tag + " : year_alt identique à year")
        for k in ("in_table", "several_actors"):
            if k in it and not isinstance(it[k], bool):
                errors.append(tag + " : {} doit être booléen".format(k))
        src = it.get("actor_src")
        if src not in ACTOR_SRC:
            errors.append(tag + " : actor_src « {} » hors liste".format(src))
        if "actor" in it and (it["actor"] is None) != (src is None):
            errors.append(tag + " : actor_src doit être null si et seulement si actor est null")
        if "range_high" in it and (not isinstance(it["range_high"], (int, float)) or isinstance(it["range_high"], bool)):
            errors.append(tag + " : range_high doit être un nombre")
        if isinstance(v, (int, float)) and not isinstance(v, bool) and it.get("unit") in UNITS:
            msg = check_value(it)
            if msg:
                errors.append(tag + " : " + msg)
        sp = locate_span(it, it["text"], it["sentence"], it.get("occurrence"), tag)
        if sp:
            sig = ("fig",) + key + sp
            if sig in seen:
                errors.append(tag + " : doublon (même chiffre au même endroit)")
            seen.add(sig)
            spans.setdefault(key, []).append((sp[0], sp[1], tag, "fig"))
        aps = it.get("also_printed_as")
        if aps is not None:
            if not isinstance(aps, list) or not aps:
                errors.append(tag + " : also_printed_as doit être une liste non vide")
            else:
                for j, ap in enumerate(aps, 1):
                    atag = tag + " also_printed_as[{}]".format(j)
                    if not isinstance(ap, dict) or set(ap) - {"text", "sentence", "occurrence"} or \
                            not {"text", "sentence"} <= set(ap):
                        errors.append(atag + " : objet {text, sentence[, occurrence]} attendu")
                        continue
                    asp = locate_span(it, ap["text"], ap["sentence"], ap.get("occurrence"), atag)
                    if asp:
                        if sp and asp == sp:
                            errors.append(atag + " : même position que le chiffre lui-même")
                        spans.setdefault(key, []).append((asp[0], asp[1], atag, "also"))

    # ---------------- non-chiffres
    for n, it in nots:
        tag, ok = common("not", n, it, NOT_REQ, NOT_OPT)
        if not ok:
            continue
        if it.get("why") not in WHYS:
            errors.append(tag + " : why « {} » hors liste".format(it.get("why")))
        key = (it["file"], it["page"])
        sp = locate_span(it, it["text"], it["sentence"], it.get("occurrence"), tag)
        if sp:
            sig = ("not",) + key + sp
            if sig in seen:
                errors.append(tag + " : doublon de non-chiffre")
            seen.add(sig)
            spans.setdefault(key, []).append((sp[0], sp[1], tag, "not"))

    # ---------------- chevauchements : un non-chiffre ne peut pas être un chiffre ; un chiffre n'est annoté qu'une fois
    for key, lst in spans.items():
        lst.sort()
        for i in range(len(lst)):
            for j in range(i + 1, len(lst)):
                a, b = lst[i], lst[j]
                if b[0] >= a[1]:
                    break
                kinds = {a[3], b[3]}
                if "not" in kinds and kinds != {"not"}:
                    errors.append("chevauchement chiffre / non-chiffre : {} et {}".format(a[2], b[2]))
                elif kinds <= {"fig", "also"}:
                    errors.append("chevauchement entre chiffres : {} et {}".format(a[2], b[2]))

    # ---------------- plafond et exhaustivité par page
    for key, c in sorted(per_page.items()):
        if c > MAX_PER_PAGE:
            errors.append("{} p{} : {} chiffres (plafond {})".format(key[0], key[1], c, MAX_PER_PAGE))
    files = sorted({it["file"] for _, it in figs if isinstance(it.get("file"), str)})
    corpus = sorted(x.name for x in pdf_dir.glob("*.pdf")) if pdf_dir.is_dir() else []
    for name in corpus:
        if name not in files:
            errors.append("{} : aucun chiffre annoté pour ce PDF".format(name))
    for name in files:
        pages = pages_of(pdf_dir, name)
        if not pages:
            continue
        for p in range(1, len(pages) + 1):
            c = per_page.get((name, p), 0)
            if c < MIN_PER_PAGE:
                errors.append("{} p{} : {} chiffre(s), au moins {} attendus (jeu exhaustif)".format(
                    name, p, c, MIN_PER_PAGE))

    for e in errors:
        print(e)
    print("{} chiffres, {} non-chiffres vérifiés (PDF : {} ; JSONL : {} ; racine : {}) : {} erreur(s)".format(
        len(figs), len(nots), pdf_dir, jdir, root, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
