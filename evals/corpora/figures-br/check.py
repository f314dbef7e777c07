#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Vérifie le jeu de chiffres BR (corpus notes-s109). Autonome : bibliothèque standard + pypdf.

Où il cherche :
- racine du dépôt = premier parent contenant `pyproject.toml`, en partant du dossier courant, puis du dossier
  de ce script ;
- PDF : `<racine>/evals/corpora/notes-s109`, sinon `/work/blind/notes-s109` ;
- JSONL : `<racine>/evals/figures/figures-br.jsonl` (+ not_figures-br.jsonl), sinon à côté de ce script.

Ce qu'il vérifie : champs et types ; page existante ; `sentence` déjà repliée et présente dans le texte replié
de sa page (pypdf) ; `text` présent dans `sentence` (et `occurrence` quand il y figure plusieurs fois) ; `value`
conforme à `text` (milliers, virgule décimale, signe, k€/M€/milliers d'euros, nombres en lettres, fractions,
« pour cent », fourchettes) ; `unit` dans la liste et cohérente avec `text` ; `year`/`year_alt` ; `also_printed_as`
sur la même page ; au plus 12 chiffres par page ; pas de doublon ; aucun non-chiffre à la place d'un chiffre
(recouvrement de positions dans la page).
Sortie : les erreurs, puis leur nombre ; code de sortie 1 s'il y en a.
"""
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

try:
    import pypdf
except ImportError:  # pragma: no cover
    print("pypdf est requis (pip install pypdf)")
    sys.exit(2)

HERE = Path(__file__).resolve().parent
CORPUS = "notes-s109"
FIG_NAME = "figures-br.jsonl"
NOT_NAME = "not_figures-br.jsonl"
UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
MAX_PER_PAGE = 12
FIG_REQ = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPT = ["actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
           "also_printed_as", "note"]
NOT_REQ = ["file", "page", "text", "sentence", "why"]
NOT_OPT = ["occurrence", "note"]


# ----------------------------------------------------------------------------------------------- emplacements
def find_root(start):
    for p in [start, *start.parents]:
        if (p / "pyproject.toml").is_file():
            return p
    return None


def locate():
    roots = []
    for start in (Path.cwd().resolve(), HERE):
        r = find_root(start)
        if r is not None and r not in roots:
            roots.append(r)
    pdf_dir = next((r / "evals" / "corpora" / CORPUS for r in roots
                    if (r / "evals" / "corpora" / CORPUS).is_dir()), Path("/work/blind") / CORPUS)
    jsonl_dir = next((r / "evals" / "figures" for r in roots
                      if (r / "evals" / "figures" / FIG_NAME).is_file()), HERE)
    return roots, pdf_dir, jsonl_dir


def collapse(s):
    return " ".join(s.split())


# ----------------------------------------------------------------------------------------------- valeurs
WORDS = {"zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
         "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
         "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
DENOM = {"demi": 2, "demis": 2, "tiers": 3, "quart": 4, "quarts": 4}


def words_to_number(s):
    """« quatre-vingt-six » → 86, « deux mille six cents » → 2600, « vingt et une » → 21."""
    toks = [t for t in re.split(r"[\s\-]+", s.lower().strip()) if t]
    total, cur, seen = 0, 0, False
    for t in toks:
        if t == "et":
            continue
        if t in ("cent", "cents"):
            cur = (cur or 1) * 100
        elif t == "mille":
            total += (cur or 1) * 1000
            cur = 0
        elif t in ("million", "millions"):
            total += (cur or 1) * 10 ** 6
            cur = 0
        elif t in ("vingt", "vingts") and cur % 100 == 4:
            cur += 76  # quatre-vingt(s)
        elif t in WORDS:
            cur += WORDS[t]
        else:
            return None
        seen = True
    return total + cur if seen else None


def to_number(tok):
    """Un nombre en chiffres (« 1 512 », « 4,6 », « -2,2 ») ou en lettres."""
    tok = tok.strip()
    m = re.fullmatch(r"([+\-−]?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?", tok)
    if m:
        v = float(re.sub(r"\D", "", m.group(2)) + ("." + m.group(3) if m.group(3) else ""))
        return -v if m.group(1) in ("-", "−") else v
    return words_to_number(tok)


SUFFIX = [  # (regex du suffixe, facteur, unités admises)
    (r"%|pour cent", 1, {"%"}),
    (r"k€|milliers? d'euros", 1e3, {"€"}),
    (r"M€|millions? d'euros", 1e6, {"€", "M€"}),
    (r"Md€|milliards? d'euros", 1e9, {"€"}),
    (r"€|euros?", 1, {"€"}),
    (r"ans?|années?", 1, {"years"}),
    (r"points?|pts?", 1, {"pts"}),
    (r"/ ?10", 1, {"/10"}),
]


def expected_value(text, item, page_text):
    """Renvoie (valeur attendue, unités admises) ou (None, message)."""
    t = collapse(text.replace("\u00a0", " "))
    low = t.lower()
    # fractions : « un maire sur trois », « 1 don sur 3 », « Quatre dirigeants sur cinq »
    m = re.fullmatch(r"(\S+)(?:\s+\S+?)*?\s+sur\s+(\S+)", t, flags=re.I)
    if m:
        a, b = to_number(m.group(1)), to_number(m.group(2))
        if a is None or not b:
            return None, f"fraction illisible « {t} »"
        return round(100 * a / b, 2), {"%"}
    m = re.fullmatch(r"(?:les |la |un |une )?(\S+)\s+(quarts?|tiers|demis?)", low)
    if m:
        a = to_number(m.group(1))
        if a is None:
            return None, f"fraction illisible « {t} »"
        return round(100 * a / DENOM[m.group(2)], 2), {"%"}
    if low in ("la moitié", "moitié"):
        return 50.0, {"%"}
    # fourchettes « 10 à 12 % » / « 10-12 % »
    if "range_high" in item:
        m = re.fullmatch(r"(.+?)\s*(?:à|-|–)\s*(.+)", t)
        if not m:
            return None, "range_high sans fourchette dans text"
        lo, lo_units = expected_value(m.group(1), {}, page_text)
        hi, hi_units = expected_value(m.group(2), {}, page_text)
        if lo is None or hi is None:
            return None, f"fourchette illisible « {t} »"
        if abs(hi - item["range_high"]) > 0.01:
            return None, f"range_high {item['range_high']} ≠ {hi}"
        return lo, hi_units
    # nombre + suffixe
    for pat, factor, units in SUFFIX:
        m = re.fullmatch(r"(.+?)\s*(?:" + pat + r")", t)
        if m:
            v = to_number(m.group(1))
            if v is not None:
                return v * factor, units
    v = to_number(t)
    if v is None:
        return None, f"nombre illisible « {t} »"
    # nombre nu : un compte, ou une cellule de tableau dont l'unité est dans l'en-tête
    units = {"count", "people"}
    if item.get("in_table"):
        units |= {"%", "/10", "years", "pts"}
        if item.get("unit") in ("€", "M€"):
            if re.search(r"milliers d'euros|k€", page_text):
                return v * 1e3, {"€"}
            if re.search(r"millions d'euros|M€", page_text):
                return v * 1e6, {"€", "M€"}
            return v, {"€"}
    return v, units


# ----------------------------------------------------------------------------------------------- positions
def occurrences(text, sentence):
    pat = re.escape(text)
    if text[:1].isdigit():
        pat = r"(?<!\d)" + pat
        if re.match(r"\d{3}(?!\d)", text):  # « 512 » ne doit pas se prendre dans « 1 512 »
            pat = r"(?<!\d[ \u00a0])" + pat
    if text[-1:].isdigit():
        pat += r"(?!\d)(?![ \u00a0]\d{3}(?!\d))"
    return [m.start() for m in re.finditer(pat, sentence)]


def valid_year(y):
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
    roots, pdf_dir, jsonl_dir = locate()
    errors = []

    def err(where, msg):
        errors.append(f"{where}: {msg}")

    texts = {}

    def page_text(file, page):
        if file not in texts:
            p = pdf_dir / file
            texts[file] = [collapse(pg.extract_text() or "") for pg in pypdf.PdfReader(str(p)).pages] \
                if p.is_file() else None
        return texts[file]

    def load(name):
        path = jsonl_dir / name
        rows = []
        if not path.is_file():
            err(name, f"fichier absent ({path})")
            return rows
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append((i, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"{name}:{i}", f"JSON invalide ({e})")
        return rows

    figs, nots = load(FIG_NAME), load(NOT_NAME)
    spans_fig = defaultdict(list)   # (file, page) -> [(start, end, where)]
    spans_not = defaultdict(list)
    keys = Counter()
    per_page = Counter()

    def locate_in_page(where, d, text, sentence, occ, last=False):
        """Position absolue de `text` dans la page ; None si erreur (déjà signalée)."""
        pages = page_text(d["file"], d["page"])
        if pages is None:
            err(where, f"PDF introuvable : {pdf_dir / d['file']}")
            return None
        if not isinstance(d["page"], int) or isinstance(d["page"], bool) or not 1 <= d["page"] <= len(pages):
            err(where, f"page {d['page']} inexistante ({len(pages)} pages)")
            return None
        if not isinstance(sentence, str) or not sentence:
            err(where, "sentence vide")
            return None
        if collapse(sentence) != sentence:
            err(where, "sentence non repliée (blancs)")
        flat = pages[d["page"] - 1]
        pos = flat.rfind(sentence) if last else flat.find(sentence)
        if pos < 0:
            err(where, f"sentence absente de la page {d['page']} : « {sentence[:70]} »")
            return None
        if not isinstance(text, str) or not text:
            err(where, "text vide")
            return None
        occ_list = occurrences(text, sentence)
        if not occ_list:
            err(where, f"text « {text} » absent de sentence")
            return None
        if occ is None:
            if len(occ_list) > 1:
                err(where, f"text « {text} » figure {len(occ_list)} fois dans sentence : occurrence requise")
            k = 0
        else:
            if not isinstance(occ, int) or isinstance(occ, bool) or not 1 <= occ <= len(occ_list):
                err(where, f"occurrence {occ} invalide ({len(occ_list)} occurrence(s))")
                return None
            k = occ - 1
        start = pos + occ_list[k]
        return start, start + len(text)

    # ------------------------------------------------------------------ chiffres
    for i, d in figs:
        where = f"{FIG_NAME}:{i}"
        if not isinstance(d, dict):
            err(where, "ligne non objet")
            continue
        missing = [k for k in FIG_REQ if k not in d]
        unknown = [k for k in d if k not in FIG_REQ + FIG_OPT]
        if missing:
            err(where, f"champs manquants {missing}")
            continue
        if unknown:
            err(where, f"champs inconnus {unknown}")
        if not isinstance(d["file"], str) or not d["file"].endswith(".pdf"):
            err(where, "file invalide")
            continue
        if not isinstance(d["value"], (int, float)) or isinstance(d["value"], bool):
            err(where, "value non numérique")
            continue
        if d["unit"] not in UNITS:
            err(where, f"unité inconnue {d['unit']!r}")
        for k in ("noun", "actor"):
            if d[k] is not None and (not isinstance(d[k], str) or not d[k].strip()):
                err(where, f"{k} doit être une chaîne non vide ou null")
        if not isinstance(d["measure"], str) or not d["measure"].strip():
            err(where, "measure vide")
        for k in ("year", "year_alt"):
            if k in d and not valid_year(d[k]):
                err(where, f"{k} invalide {d[k]!r} (entier AAAA, « AAAA-AAAA » ou null)")
        if "actor_alt" in d and (not isinstance(d["actor_alt"], str) or not d["actor_alt"].strip()):
            err(where, "actor_alt vide")
        for k in ("in_table", "several_actors"):
            if k in d and not isinstance(d[k], bool):
                err(where, f"{k} doit être un booléen")
        if "actor_src" in d:
            if d["actor_src"] not in ACTOR_SRC:
                err(where, f"actor_src inconnu {d['actor_src']!r}")
            elif (d["actor"] is None) != (d["actor_src"] is None):
                err(where, "actor_src doit être null si et seulement si actor est null")
        if "note" in d and not isinstance(d["note"], str):
            err(where, "note doit être une chaîne")
        span = locate_in_page(where, d, d["text"], d["sentence"], d.get("occurrence"))
        if span is None:
            continue
        key = (d["file"], d["page"])
        per_page[key] += 1
        spans_fig[key].append((*span, where))
        k = (d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence"))
        keys[k] += 1
        if keys[k] == 2:
            err(where, f"doublon de {k[2][:40]!r} / {k[3]!r}")
        # valeur et unité
        flat = page_text(d["file"], d["page"])[d["page"] - 1]
        exp, units = expected_value(d["text"], d, flat)
        if exp is None:
            err(where, units)
        else:
            if abs(exp - d["value"]) > 0.01 + 1e-9 * abs(exp):
                err(where, f"value {d['value']} ≠ {exp:.10g} attendu d'après « {d['text']} »")
            if d["unit"] not in units:
                err(where, f"unité {d['unit']!r} incohérente avec « {d['text']} » (attendu {sorted(units)})")
        # autres formes imprimées
        apa = d.get("also_printed_as")
        if apa is not None:
            if not isinstance(apa, list) or not apa:
                err(where, "also_printed_as doit être une liste non vide")
            else:
                for j, a in enumerate(apa):
                    if not isinstance(a, dict) or set(a) - {"text", "sentence", "occurrence"} or \
                            "text" not in a or "sentence" not in a:
                        err(where, f"also_printed_as[{j}] : objet {{text, sentence}} attendu")
                        continue
                    s2 = locate_in_page(f"{where} also_printed_as[{j}]", d, a["text"], a["sentence"],
                                        a.get("occurrence"))
                    if s2 is not None:
                        spans_fig[key].append((*s2, f"{where} also_printed_as[{j}]"))

    # ------------------------------------------------------------------ non-chiffres
    nkeys = Counter()
    for i, d in nots:
        where = f"{NOT_NAME}:{i}"
        if not isinstance(d, dict):
            err(where, "ligne non objet")
            continue
        missing = [k for k in NOT_REQ if k not in d]
        unknown = [k for k in d if k not in NOT_REQ + NOT_OPT]
        if missing:
            err(where, f"champs manquants {missing}")
            continue
        if unknown:
            err(where, f"champs inconnus {unknown}")
        if d["why"] not in WHYS:
            err(where, f"why inconnu {d['why']!r}")
        if not isinstance(d["file"], str) or not d["file"].endswith(".pdf"):
            err(where, "file invalide")
            continue
        span = locate_in_page(where, d, d["text"], d["sentence"], d.get("occurrence"),
                              last=(d["why"] == "page number"))
        if span is None:
            continue
        key = (d["file"], d["page"])
        spans_not[key].append((*span, where))
        k = (d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence"))
        nkeys[k] += 1
        if nkeys[k] == 2:
            err(where, f"doublon de non-chiffre {k[3]!r}")

    # ------------------------------------------------------------------ contrôles croisés
    for key, n in per_page.items():
        if n > MAX_PER_PAGE:
            err(f"{key[0]} p.{key[1]}", f"{n} chiffres (> {MAX_PER_PAGE})")
    for key, spans in spans_fig.items():
        spans = sorted(spans)
        for (s1, e1, w1), (s2, e2, w2) in zip(spans, spans[1:]):
            if s2 < e1 and w1.split(" ")[0] != w2.split(" ")[0]:
                err(w2, f"même nombre imprimé que {w1} (doublon)")
        for s, e, w in spans_not.get(key, []):
            for s1, e1, w1 in spans:
                if s < e1 and s1 < e:
                    err(w, f"non-chiffre annoté aussi comme chiffre ({w1})")
    nfig = len(figs)
    if errors:
        print("\n".join(errors))
    where = f"PDF : {pdf_dir} ; JSONL : {jsonl_dir}" + (f" ; racine : {roots[0]}" if roots else " ; pas de racine")
    print(f"{nfig} chiffres, {len(nots)} non-chiffres vérifiés ({where}) : {len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
