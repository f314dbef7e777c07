#!/usr/bin/env python3
"""Vérifie le jeu de chiffres BS (figures-bs.jsonl, not_figures-bs.jsonl) contre les PDF du corpus notes-s110.

Autonome : bibliothèque standard + pypdf. Usage :
    python check.py [--figures F] [--not-figures N] [--pdf-dir D]

Où sont les fichiers (sauf options contraires) :
- racine du dépôt = premier dossier parent contenant `pyproject.toml`, en partant du dossier courant, puis du
  dossier de ce script ;
- PDF : `<racine>/evals/corpora/notes-s110/` s'il existe, sinon `/work/blind/notes-s110/` ;
- JSONL : `<racine>/evals/figures/figures-bs.jsonl` (et `not_figures-bs.jsonl`) s'ils existent, sinon à côté de
  ce script.
Imprime chaque erreur puis le nombre d'erreurs ; code de sortie 1 s'il y en a au moins une.
"""
import argparse
import json
import math
import os
import re
import sys

try:
    from pypdf import PdfReader
except ImportError:  # pragma: no cover
    sys.exit("pypdf est requis (pip install pypdf)")

CORPUS = "notes-s110"
FIG_NAME = "figures-bs.jsonl"
NOT_NAME = "not_figures-bs.jsonl"
FALLBACK_PDF_DIR = "/work/blind/notes-s110"
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

# ------------------------------------------------------------------ nombres en lettres
WORDS = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
    "cents": 100, "mille": 1000, "million": 10 ** 6, "millions": 10 ** 6, "milliard": 10 ** 9, "milliards": 10 ** 9,
}
# fractions nommées (en %)
NAMED_FRACTIONS = [
    (r"\b(?:la\s+)?moitié\b", 50.0),
    (r"\btrois\s+quarts\b", 75.0),
    (r"\b(?:un|le)\s+quart\b", 25.0),
    (r"\bdeux\s+tiers\b", 200.0 / 3),
    (r"\b(?:un|le)\s+tiers\b", 100.0 / 3),
]
NUM_RE = re.compile(r"[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|[+-]?\d+(?:,\d+)?")


def words_to_number(s):
    """« Dix-sept » -> 17, « quatre-vingt-dix » -> 90, « deux mille » -> 2000. None si un mot est inconnu."""
    toks = [t for t in re.split(r"[\s\-]+", s.lower().strip()) if t and t != "et"]
    if not toks:
        return None
    total, cur = 0, 0
    for t in toks:
        if t not in WORDS:
            return None
        v = WORDS[t]
        if v == 1000:
            total += max(cur, 1) * 1000
            cur = 0
        elif v >= 10 ** 6:
            total = (total + max(cur, 1)) * v
            cur = 0
        elif v == 100:
            cur = max(cur, 1) * 100
        elif v == 20 and cur % 100 == 4:  # quatre-vingt(s)
            cur += 76
        else:
            cur += v
    return total + cur


def first_number(s):
    """Premier nombre (chiffres ou lettres) d'une chaîne, sans signe de multiplicateur."""
    m = NUM_RE.search(s)
    if m:
        return float(re.sub(r"[ \u00a0\u202f]", "", m.group(0)).replace(",", "."))
    # plus longue suite de mots-nombres en tête de chaîne
    toks = re.split(r"(\s+)", s.strip())
    words = [t for t in toks if t.strip()]
    best = None
    for k in range(len(words), 0, -1):
        v = words_to_number(" ".join(words[:k]))
        if v is not None:
            best = float(v)
            break
    return best


def parse_text(text):
    """Valeur(s) attendue(s) d'après le texte imprimé.

    Renvoie (valeur, valeur_haute_ou_None, famille) ; famille ∈ {'%', 'money', 'money_m', '/10', 'pts', 'years',
    'frac', 'count'} sert au contrôle de l'unité. Lève ValueError si le texte n'est pas lisible."""
    t = " ".join(text.split())
    low = t.lower()
    # fractions « X sur Y » (chiffres ou lettres, un nom peut s'intercaler : « deux dirigeants sur trois »)
    if re.search(r"\bsur\b", low) and "/10" not in low:
        left, right = re.split(r"\bsur\b", low, maxsplit=1)
        lw = left.split()
        num = first_number(lw[0]) if lw else None
        if num is None:
            num = first_number(left)
        den = first_number(right.strip())
        if num is None or not den:
            raise ValueError(f"fraction illisible : {text!r}")
        return round(num / den * 100, 2), None, "frac"
    for pat, v in NAMED_FRACTIONS:
        if re.search(pat, low):
            return round(v, 2), None, "frac"
    nums = [float(re.sub(r"[ \u00a0\u202f]", "", m.group(0)).replace(",", ".")) for m in NUM_RE.finditer(t)]
    if not nums:
        # nombre en lettres, avec éventuellement une unité après (« Dix-sept points », « six ans »)
        body = re.sub(r"\b(points?|pts?|ans|années?|euros?|%|€)\b.*$", "", low).strip()
        v = words_to_number(body)
        if v is None:
            raise ValueError(f"aucun nombre lisible dans {text!r}")
        nums = [float(v)]
    if "/10" in low:
        return nums[0], None, "/10"
    mult, fam = 1, "count"
    if re.search(r"m€|millions?\s+d'euros|\bmillions?\b", low):
        mult, fam = 10 ** 6, "money_m"
    elif re.search(r"milliards?", low):
        mult, fam = 10 ** 9, "money_m"
    elif re.search(r"k€", low):
        mult, fam = 1000, "money"
    elif "€" in t or "euro" in low:
        fam = "money"
    elif "%" in t:
        fam = "%"
    elif re.search(r"\b(points?|pts?)\b", low):
        fam = "pts"
    elif re.search(r"\b(ans|années?)\b", low):
        fam = "years"
    value = nums[0] * mult
    high = None
    if len(nums) >= 2 and re.search(r"\d\s*(?:à|-|–)\s*\d|\bentre\b", low):
        high = nums[1] * mult
    elif len(nums) >= 2:
        raise ValueError(f"plusieurs nombres dans {text!r} sans fourchette")
    return value, high, fam


UNIT_FAMILIES = {
    "%": {"%", "frac"}, "€": {"money"}, "M€": {"money_m"}, "/10": {"/10"}, "pts": {"pts"}, "years": {"years"},
    "count": {"count"}, "people": {"count"},
}


def close(a, b):
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=0.011)


YEAR_RE = re.compile(r"^(\d{4})-(\d{4})$")


def year_ok(y, allow_null):
    if y is None:
        return allow_null
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    if isinstance(y, str):
        m = YEAR_RE.match(y)
        return bool(m) and 1900 <= int(m.group(1)) < int(m.group(2)) <= 2100
    return False


# ------------------------------------------------------------------ emplacements
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
    root = find_root(os.getcwd()) or find_root(here)
    pdf_dir = args.pdf_dir
    if not pdf_dir:
        cand = os.path.join(root, "evals", "corpora", CORPUS) if root else None
        pdf_dir = cand if cand and os.path.isdir(cand) else FALLBACK_PDF_DIR

    def jsonl(opt, name):
        if opt:
            return opt
        if root:
            cand = os.path.join(root, "evals", "figures", name)
            if os.path.isfile(cand):
                return cand
        return os.path.join(here, name)

    return root, pdf_dir, jsonl(args.figures, FIG_NAME), jsonl(args.not_figures, NOT_NAME)


def fold(s):
    return " ".join(s.split())


class Pages:
    def __init__(self, pdf_dir):
        self.pdf_dir = pdf_dir
        self.cache = {}

    def get(self, name):
        if name not in self.cache:
            path = os.path.join(self.pdf_dir, name)
            if not os.path.isfile(path):
                self.cache[name] = None
            else:
                r = PdfReader(path)
                self.cache[name] = [fold(p.extract_text() or "") for p in r.pages]
        return self.cache[name]


def load_jsonl(path, errors):
    items = []
    if not os.path.isfile(path):
        errors.append(f"{path} : fichier absent")
        return items
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                items.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                errors.append(f"{os.path.basename(path)}:{n} : JSON invalide ({e})")
    return items


def span(page_text, sentence, text, occurrence):
    """Position (début, fin) de la n-ième occurrence de `text` dans la 1re occurrence de `sentence` sur la page."""
    s0 = page_text.find(sentence)
    if s0 < 0:
        return None
    pos, k = -1, 0
    while k < (occurrence or 1):
        pos = sentence.find(text, pos + 1)
        if pos < 0:
            return None
        k += 1
    return s0 + pos, s0 + pos + len(text)


def check_common(tag, it, pages, errors, required, optional):
    ok = True
    for f in required:
        if f not in it:
            errors.append(f"{tag} : champ « {f} » manquant")
            ok = False
    for f in it:
        if f not in required and f not in optional:
            errors.append(f"{tag} : champ inconnu « {f} »")
    if not ok:
        return None
    if not isinstance(it["file"], str) or not it["file"].endswith(".pdf"):
        errors.append(f"{tag} : file invalide")
        return None
    if not isinstance(it["page"], int) or isinstance(it["page"], bool) or it["page"] < 1:
        errors.append(f"{tag} : page invalide ({it['page']!r})")
        return None
    doc = pages.get(it["file"])
    if doc is None:
        errors.append(f"{tag} : PDF introuvable {it['file']}")
        return None
    if it["page"] > len(doc):
        errors.append(f"{tag} : page {it['page']} inexistante ({it['file']} a {len(doc)} pages)")
        return None
    ptext = doc[it["page"] - 1]
    sent, text = it["sentence"], it["text"]
    if not isinstance(sent, str) or not isinstance(text, str) or not sent or not text:
        errors.append(f"{tag} : sentence/text vides ou non textuels")
        return None
    if fold(sent) != sent:
        errors.append(f"{tag} : sentence non repliée (blancs multiples ou en bord)")
    if sent not in ptext:
        errors.append(f"{tag} : sentence absente du texte replié de la page {it['page']} : {sent[:70]!r}")
        return None
    cnt = sent.count(text)
    occ = it.get("occurrence")
    if cnt == 0:
        errors.append(f"{tag} : text {text!r} absent de la phrase")
        return None
    if occ is not None:
        if not isinstance(occ, int) or isinstance(occ, bool) or occ < 1 or occ > cnt:
            errors.append(f"{tag} : occurrence {occ!r} invalide ({cnt} occurrence(s) de {text!r})")
            return None
    elif cnt > 1:
        errors.append(f"{tag} : {text!r} figure {cnt} fois dans la phrase, « occurrence » requise")
        return None
    return span(ptext, sent, text, occ)


def check_figure(tag, it, pages, errors):
    sp = check_common(tag, it, pages, errors, FIG_REQUIRED, FIG_OPTIONAL)
    if sp is None:
        return None
    unit = it["unit"]
    if unit not in UNITS:
        errors.append(f"{tag} : unité {unit!r} hors liste")
    val = it["value"]
    if isinstance(val, bool) or not isinstance(val, (int, float)):
        errors.append(f"{tag} : value non numérique ({val!r})")
    else:
        try:
            exp, high, fam = parse_text(it["text"])
        except ValueError as e:
            errors.append(f"{tag} : {e}")
        else:
            if not close(val, exp):
                errors.append(f"{tag} : value {val} ≠ {exp} lu dans {it['text']!r}")
            if high is not None:
                if "range_high" not in it:
                    errors.append(f"{tag} : fourchette dans {it['text']!r}, range_high manquant")
                elif not close(it["range_high"], high):
                    errors.append(f"{tag} : range_high {it['range_high']} ≠ {high}")
            elif "range_high" in it:
                errors.append(f"{tag} : range_high sans fourchette dans le texte")
            # une cellule de tableau ou de graphique imprime un nombre nu : l'unité vient de l'en-tête
            bare_ok = fam == "count" and it.get("in_table") is True
            if unit in UNITS and fam not in UNIT_FAMILIES[unit] and not bare_ok:
                errors.append(f"{tag} : unité {unit!r} incompatible avec le texte {it['text']!r} ({fam})")
    for f in ("noun", "actor"):
        if it[f] is not None and (not isinstance(it[f], str) or not it[f].strip()):
            errors.append(f"{tag} : {f} doit être une chaîne non vide ou null")
    if not isinstance(it["measure"], str) or len(it["measure"].split()) < 2:
        errors.append(f"{tag} : measure absente ou trop courte")
    if not year_ok(it["year"], allow_null=False):
        errors.append(f"{tag} : year invalide ({it['year']!r} : entier ou « AAAA-AAAA »)")
    if "year_alt" in it and not year_ok(it["year_alt"], allow_null=True):
        errors.append(f"{tag} : year_alt invalide ({it['year_alt']!r})")
    if "actor_src" in it and it["actor_src"] not in ACTOR_SRC:
        errors.append(f"{tag} : actor_src {it['actor_src']!r} hors liste")
    if it.get("actor_src") is None and "actor_src" in it and it["actor"] is not None:
        errors.append(f"{tag} : actor_src null alors que actor est renseigné")
    if it.get("actor_src") is not None and it["actor"] is None:
        errors.append(f"{tag} : actor_src {it['actor_src']!r} alors que actor est null")
    for f in ("in_table", "several_actors"):
        if f in it and not isinstance(it[f], bool):
            errors.append(f"{tag} : {f} doit être booléen")
    if "also_printed_as" in it:
        apa = it["also_printed_as"]
        ptext = pages.get(it["file"])[it["page"] - 1]
        if not isinstance(apa, list) or not apa:
            errors.append(f"{tag} : also_printed_as doit être une liste non vide")
        else:
            for a in apa:
                if not isinstance(a, dict) or set(a) != {"text", "sentence"}:
                    errors.append(f"{tag} : also_printed_as mal formé ({a!r})")
                    continue
                if a["sentence"] not in ptext:
                    errors.append(f"{tag} : also_printed_as, phrase absente de la page : {a['sentence'][:60]!r}")
                elif a["text"] not in a["sentence"]:
                    errors.append(f"{tag} : also_printed_as, texte {a['text']!r} absent de sa phrase")
    return sp


def check_not_figure(tag, it, pages, errors):
    sp = check_common(tag, it, pages, errors, NOT_REQUIRED, NOT_OPTIONAL)
    if sp is None:
        return None
    if it["why"] not in WHYS:
        errors.append(f"{tag} : why {it['why']!r} hors liste")
    if not re.search(r"\d", it["text"]) and words_to_number(it["text"]) is None and not re.search(
            r"(ième|ier|ière|second|moitié|quart|tiers)", it["text"].lower()) and not any(
            w in it["text"].lower().split() for w in WORDS):
        errors.append(f"{tag} : le texte {it['text']!r} ne contient aucun nombre")
    return sp


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--figures")
    ap.add_argument("--not-figures")
    ap.add_argument("--pdf-dir")
    args = ap.parse_args(argv)
    root, pdf_dir, fig_path, not_path = locate(args)
    fig_path, not_path = os.path.abspath(fig_path), os.path.abspath(not_path)
    errors = []
    pages = Pages(pdf_dir)
    figs = load_jsonl(fig_path, errors)
    nots = load_jsonl(not_path, errors)

    per_page, seen, spans = {}, {}, {}
    for n, it in figs:
        tag = f"{FIG_NAME}:{n}"
        if not isinstance(it, dict):
            errors.append(f"{tag} : pas un objet JSON")
            continue
        sp = check_figure(tag, it, pages, errors)
        if sp is None:
            continue
        key = (it["file"], it["page"])
        per_page[key] = per_page.get(key, 0) + 1
        k2 = (it["file"], it["page"], sp)
        if k2 in seen:
            errors.append(f"{tag} : doublon de la ligne {seen[k2]} (même texte au même endroit)")
        seen[k2] = n
        k3 = (it["file"], it["page"], round(float(it["value"]), 4), it["unit"], it["sentence"], it.get("occurrence"))
        spans.setdefault(key, []).append((sp, n))
        if k3 in seen:
            errors.append(f"{tag} : doublon de la ligne {seen[k3]} (même valeur, unité et phrase)")
        seen[k3] = n
    for key, c in sorted(per_page.items()):
        if c > MAX_PER_PAGE:
            errors.append(f"{key[0]} p.{key[1]} : {c} chiffres (> {MAX_PER_PAGE})")

    seen_not = {}
    for n, it in nots:
        tag = f"{NOT_NAME}:{n}"
        if not isinstance(it, dict):
            errors.append(f"{tag} : pas un objet JSON")
            continue
        sp = check_not_figure(tag, it, pages, errors)
        if sp is None:
            continue
        key = (it["file"], it["page"])
        k2 = (key, sp)
        if k2 in seen_not:
            errors.append(f"{tag} : doublon de la ligne {seen_not[k2]}")
        seen_not[k2] = n
        for (a, b), fn in spans.get(key, []):
            if sp[0] < b and a < sp[1]:
                errors.append(f"{tag} : {it['text']!r} chevauche le chiffre de {FIG_NAME}:{fn}")

    for e in errors:
        print(e)
    print(f"{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (PDF : {pdf_dir} ; jsonl : "
          f"{os.path.dirname(fig_path)} ; racine : {root}) : {len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
