#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Vérification autonome du jeu BY (corpus notes-s116) : figures-by.jsonl et not_figures-by.jsonl.

Dépendances : bibliothèque standard + pypdf.

Où sont les fichiers :
- racine du dépôt = premier dossier parent (en partant du dossier courant, puis du dossier de ce script) qui contient
  un fichier `pyproject.toml` ;
- PDF : `<racine>/evals/corpora/notes-s116/` s'il existe, sinon `/work/blind/notes-s116/` ;
- JSONL : `<racine>/evals/figures/figures-by.jsonl` (et `not_figures-by.jsonl`) s'ils existent, sinon à côté de ce
  script.
Options (pour les tests) : `--pdf-dir DOSSIER`, `--data-dir DOSSIER` forcent l'un ou l'autre emplacement.

Ce qui est vérifié : champs et types ; fichier et page existants ; `sentence` (blancs repliés) présente dans le texte
pypdf replié de sa page ; `text` présent dans `sentence` (occurrence isolée, `occurrence` obligatoire si plusieurs) ;
`value` conforme à `text` (milliers, virgule décimale, k€ / M€ / million(s), `multiplier` des tableaux en k€ ou M€,
nombres et fractions en lettres, fourchettes avec `range_high`) ; unité cohérente avec le texte ; `year` / `year_alt`
(entier ou « AAAA-AAAA », années imprimées dans le document) ; `also_printed_as` sur la même page ; au plus 12 chiffres
et au moins 4 par page ; pas de doublon ; aucun non-chiffre à l'emplacement d'un chiffre. Sortie : nombre d'erreurs,
code 1 s'il y en a.
"""
import argparse
import json
import re
import sys
from pathlib import Path

import pypdf

CORPUS = "notes-s116"
FIG_NAME, NOT_NAME = "figures-by.jsonl", "not_figures-by.jsonl"
FALLBACK_PDF = Path("/work/blind/notes-s116")
UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
FIG_REQ = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
FIG_OPT = {"actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
           "also_printed_as", "note", "multiplier"}
NOT_REQ = ["file", "page", "text", "sentence", "why"]
NOT_OPT = {"note", "occurrence"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
MAX_PER_PAGE, MIN_PER_PAGE = 12, 4

WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000}
FRACTIONS = {"tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5, "cinquièmes": 5, "dixième": 10, "dixièmes": 10}
ORDINAL_WORDS = re.compile(r"(premi|second|deuxi|troisi|quatri|cinqui|sixi|septi|huiti|neuvi|dixi)", re.I)


def collapse(s):
    return " ".join(s.split())


# ---------------------------------------------------------------------------------------------- emplacements
def find_root():
    starts = []
    try:
        starts.append(Path.cwd())
    except OSError:  # dossier courant supprimé
        pass
    starts.append(Path(__file__).resolve().parent)
    for start in starts:
        for d in (start, *start.parents):
            if (d / "pyproject.toml").is_file():
                return d
    return None


def locate(args):
    root = find_root()
    if args.pdf_dir:
        pdf_dir = Path(args.pdf_dir)
    elif root is not None and (root / "evals" / "corpora" / CORPUS).is_dir():
        pdf_dir = root / "evals" / "corpora" / CORPUS
    else:
        pdf_dir = FALLBACK_PDF
    if args.data_dir:
        data_dir = Path(args.data_dir)
    elif root is not None and (root / "evals" / "figures" / FIG_NAME).is_file():
        data_dir = root / "evals" / "figures"
    else:
        data_dir = Path(__file__).resolve().parent
    return root, pdf_dir, data_dir


# ---------------------------------------------------------------------------------------------- nombres
def _num(tok):
    """« 1 234,5 » -> 1234.5 ; mot-nombre -> valeur ; sinon None."""
    tok = tok.strip()
    if re.fullmatch(r"[-+]?\d{1,3}(?: \d{3})+(?:,\d+)?|[-+]?\d+(?:,\d+)?", tok):
        return float(tok.replace(" ", "").replace(",", "."))
    return WORDS.get(tok.lower())


def parse_text(text):
    """Renvoie (valeur, borne haute ou None) lue dans le texte imprimé, avant tout `multiplier`."""
    t = collapse(text.replace("\u00a0", " ").replace("\u202f", " "))
    low = t.lower()
    mult = 1.0
    if re.search(r"k€|milliers? d'euros", low):
        mult = 1e3
    elif re.search(r"m€|millions? d'euros|\bmillions?\b", low):
        mult = 1e6
    elif re.search(r"milliards?", low):
        mult = 1e9
    # fractions en lettres : « un tiers », « deux sur trois », « la moitié », « trois quarts »
    if "moitié" in low:
        return 50.0, None
    m = re.fullmatch(r"(?:près d'|plus d'|environ )?(\w+) sur (\w+)", low)
    if m and _num(m.group(1)) and _num(m.group(2)):
        return round(100.0 * _num(m.group(1)) / _num(m.group(2)), 2), None
    m = re.fullmatch(r"(\w+) (tiers|quarts?|cinquièmes?|dixièmes?)", low)
    if m and _num(m.group(1)):
        return round(100.0 * _num(m.group(1)) / FRACTIONS[m.group(2)], 2), None
    # nombres (chiffres ou lettres), éventuellement en fourchette « 40 à 50 », « 40-50 »
    num_re = r"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?|[a-zéèêàûô]+"
    nums = [x for x in re.findall(num_re, low) if _num(x) is not None]
    if not nums:
        return None, None
    v = _num(nums[0]) * mult
    high = None
    if re.search(r"\s(?:à|-|–)\s|\d-\d", low) and len(nums) >= 2:
        high = _num(nums[1]) * mult
    return v, high


def isolated_positions(sentence, text):
    """Positions des occurrences de `text` dans `sentence` qui ne sont pas collées à un autre chiffre ou mot."""
    out = []
    start = 0
    while True:
        i = sentence.find(text, start)
        if i < 0:
            return out
        j = i + len(text)
        before = sentence[i - 1] if i > 0 else " "
        before2 = sentence[i - 2] if i > 1 else " "
        after = sentence[j] if j < len(sentence) else " "
        after2 = sentence[j + 1] if j + 1 < len(sentence) else " "
        ok = True
        if text[0].isalnum() and before.isalnum():
            ok = False
        if text[0].isdigit() and before in ",." and before2.isdigit():
            ok = False
        if text[-1].isalnum() and after.isalnum():
            ok = False
        if text[-1].isdigit() and after in ",." and after2.isdigit():
            ok = False
        if ok:
            out.append(i)
        start = i + 1


# ---------------------------------------------------------------------------------------------- vérification
class Checker:
    def __init__(self, pdf_dir):
        self.pdf_dir = pdf_dir
        self.pages = {}
        self.errors = []

    def page_texts(self, fname):
        if fname not in self.pages:
            p = self.pdf_dir / fname
            if not p.is_file():
                self.pages[fname] = None
            else:
                self.pages[fname] = [collapse(pg.extract_text() or "") for pg in pypdf.PdfReader(str(p)).pages]
        return self.pages[fname]

    def err(self, where, msg):
        self.errors.append(f"{where} : {msg}")

    def locate_span(self, where, fname, page, sentence, text, occurrence):
        """Vérifie phrase et texte ; renvoie l'intervalle absolu du texte dans la page (ou None)."""
        pages = self.page_texts(fname)
        if pages is None:
            self.err(where, f"PDF introuvable : {fname}")
            return None
        if not isinstance(page, int) or isinstance(page, bool) or not 1 <= page <= len(pages):
            self.err(where, f"page {page!r} hors du document ({len(pages)} pages)")
            return None
        if not isinstance(sentence, str) or not sentence:
            self.err(where, "sentence vide ou absente")
            return None
        if sentence != collapse(sentence):
            self.err(where, "sentence aux blancs non repliés")
        ptext = pages[page - 1]
        k = ptext.find(sentence)
        if k < 0:
            self.err(where, f"sentence absente de la page {page} : « {sentence[:70]}… »")
            return None
        if not isinstance(text, str) or not text:
            self.err(where, "text vide ou absent")
            return None
        pos = isolated_positions(sentence, text)
        if not pos:
            self.err(where, f"text « {text} » absent de la phrase")
            return None
        if occurrence is None:
            if len(pos) > 1:
                self.err(where, f"text « {text} » figure {len(pos)} fois dans la phrase : occurrence obligatoire")
            occurrence = 1
        elif not isinstance(occurrence, int) or not 1 <= occurrence <= len(pos):
            self.err(where, f"occurrence {occurrence!r} invalide ({len(pos)} occurrence(s))")
            return None
        i = k + pos[occurrence - 1]
        return (i, i + len(text))

    def check_year(self, where, fname, y, field):
        if y is None:
            return
        years = []
        if isinstance(y, int) and not isinstance(y, bool):
            years = [y]
        elif isinstance(y, str) and re.fullmatch(r"\d{4}-\d{4}", y):
            a, b = int(y[:4]), int(y[5:])
            if a >= b:
                self.err(where, f"{field} « {y} » : période mal ordonnée")
            years = [a, b]
        else:
            self.err(where, f"{field} {y!r} : attendu un entier ou « AAAA-AAAA »")
            return
        doc = " ".join(self.page_texts(fname) or [])
        for a in years:
            if not 1900 <= a <= 2100:
                self.err(where, f"{field} {a} invraisemblable")
            elif str(a) not in doc:
                self.err(where, f"{field} {a} imprimé nulle part dans le document")

    def check_value(self, where, d):
        text, value, unit = d["text"], d["value"], d["unit"]
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            self.err(where, f"value {value!r} n'est pas un nombre")
            return
        parsed, high = parse_text(text)
        if parsed is None:
            self.err(where, f"aucun nombre lisible dans text « {text} »")
            return
        mult = d.get("multiplier", 1)
        if mult not in (1, 1000, 1000000):
            self.err(where, f"multiplier {mult!r} invalide (1000 ou 1000000)")
            mult = 1
        expected = parsed * mult
        if abs(expected - value) > max(0.01, 1e-9 * abs(expected)):
            self.err(where, f"value {value} ≠ {expected:g} lu dans « {text} »")
        if high is not None:
            if "range_high" not in d:
                self.err(where, f"fourchette « {text} » sans range_high")
            elif abs(high * mult - d["range_high"]) > 0.01:
                self.err(where, f"range_high {d['range_high']} ≠ {high * mult:g}")
        elif "range_high" in d:
            self.err(where, "range_high donné alors que text n'est pas une fourchette")
        # unité cohérente avec le texte
        low = text.lower()
        if unit not in UNITS:
            self.err(where, f"unit « {unit} » hors liste")
            return
        if "%" in text:
            want = {"%"}
        elif "/10" in text:
            want = {"/10"}
        elif "€" in text or "euro" in low:
            want = {"€", "M€"}
        elif re.search(r"\bpoints?\b|\bpts?\b", low):
            want = {"pts"}
        elif re.search(r"\bans?\b|\bannées?\b", low):
            want = {"years"}
        elif re.search(r"tiers|quart|moitié|\bsur\b", low):
            want = {"%"}
        else:
            want = {"count", "people"}
            s = d["sentence"]
            if unit == "%" and d.get("in_table") and "%" in s:
                want = {"%"}
            if unit in ("€", "M€") and d.get("in_table") and ("€" in s or mult != 1):
                want = {"€", "M€"}
            if unit == "/10" and d.get("in_table") and "10" in s:
                want = {"/10"}
        if unit not in want:
            self.err(where, f"unit « {unit} » incohérente avec « {text} » (attendu {sorted(want)})")
        if mult != 1 and unit not in ("€", "M€"):
            self.err(where, "multiplier réservé aux montants")

    def run(self, figs, nots):
        fig_spans, per_page, keys = {}, {}, set()
        for n, d in enumerate(figs, 1):
            where = f"chiffre #{n} ({d.get('file')} p.{d.get('page')} « {d.get('text')} »)"
            missing = [k for k in FIG_REQ if k not in d]
            extra = [k for k in d if k not in FIG_REQ and k not in FIG_OPT]
            if missing:
                self.err(where, f"champs manquants {missing}")
                continue
            if extra:
                self.err(where, f"champs inconnus {extra}")
            if not (isinstance(d["file"], str) and re.fullmatch(r"obs-s116-0\d-[a-z0-9-]+\.pdf", d["file"])):
                self.err(where, "nom de fichier inattendu")
            span = self.locate_span(where, d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence"))
            if span is None:
                continue
            key = (d["file"], d["page"])
            fig_spans.setdefault(key, []).append((span, where, "chiffre"))
            per_page[key] = per_page.get(key, 0) + 1
            k2 = (d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence", 1))
            if k2 in keys:
                self.err(where, "doublon")
            keys.add(k2)
            self.check_value(where, d)
            for f in ("noun", "actor", "actor_alt"):
                if f in d and d[f] is not None and not (isinstance(d[f], str) and d[f].strip()):
                    self.err(where, f"{f} doit être une chaîne non vide ou null")
            if not (isinstance(d["measure"], str) and len(d["measure"]) >= 8):
                self.err(where, "measure absente ou trop courte")
            src = d.get("actor_src", "absent")
            if src != "absent" and src not in ACTOR_SRC:
                self.err(where, f"actor_src {src!r} invalide")
            if d["actor"] is None and src not in (None, "absent"):
                self.err(where, "actor null mais actor_src non null")
            if d["actor"] is not None and src in (None,):
                self.err(where, "actor donné mais actor_src null")
            for f in ("in_table", "several_actors"):
                if f in d and not isinstance(d[f], bool):
                    self.err(where, f"{f} doit être un booléen")
            self.check_year(where, d["file"], d["year"], "year")
            if d["year"] is None:
                self.err(where, "year null (la consigne demande l'année de la phrase, de l'enquête ou du document)")
            if "year_alt" in d:
                self.check_year(where, d["file"], d["year_alt"], "year_alt")
                if d["year_alt"] == d["year"]:
                    self.err(where, "year_alt identique à year")
            for a in d.get("also_printed_as", []) or []:
                if not (isinstance(a, dict) and set(a) == {"text", "sentence"}):
                    self.err(where, f"also_printed_as mal formé : {a!r}")
                    continue
                sp = self.locate_span(where + " [also_printed_as]", d["file"], d["page"], a["sentence"], a["text"],
                                      None)
                if sp is not None:
                    fig_spans[key].append((sp, where + " [also_printed_as]", "chiffre"))
                    # même donnée : valeur égale (à 5 % près pour une fraction en lettres qui arrondit)
                    v, _ = parse_text(a["text"])
                    tol = max(0.05 * abs(d["value"]), 0.01)
                    if v is None or min(abs(v - d["value"]), abs(v * d.get("multiplier", 1) - d["value"])) > tol:
                        self.err(where, f"also_printed_as « {a['text']} » ne redit pas la valeur {d['value']}")
        # pages : plafond et plancher
        for key, c in sorted(per_page.items()):
            if c > MAX_PER_PAGE:
                self.err(f"{key[0]} p.{key[1]}", f"{c} chiffres (> {MAX_PER_PAGE})")
        files = sorted({d.get("file") for d in figs if isinstance(d.get("file"), str)})
        for fname in files:
            pages = self.page_texts(fname) or []
            for i in range(1, len(pages) + 1):
                if per_page.get((fname, i), 0) < MIN_PER_PAGE:
                    self.err(f"{fname} p.{i}", f"{per_page.get((fname, i), 0)} chiffre(s) annoté(s) (< {MIN_PER_PAGE})")
        if self.pdf_dir.is_dir():
            on_disk = sorted(p.name for p in self.pdf_dir.glob("obs-s116-*.pdf"))
            for name in on_disk:
                if name not in files:
                    self.err(name, "PDF du corpus sans aucun chiffre annoté")
        # chevauchements entre chiffres
        for key, spans in fig_spans.items():
            main = [s for s in spans if "[also_printed_as]" not in s[1]]
            main.sort()
            for (a, wa, _), (b, wb, _) in zip(main, main[1:]):
                if b[0] < a[1]:
                    self.err(wb, f"recouvre {wa}")
        # non-chiffres
        nkeys = set()
        for n, d in enumerate(nots, 1):
            where = f"non-chiffre #{n} ({d.get('file')} p.{d.get('page')} « {d.get('text')} »)"
            missing = [k for k in NOT_REQ if k not in d]
            extra = [k for k in d if k not in NOT_REQ and k not in NOT_OPT]
            if missing:
                self.err(where, f"champs manquants {missing}")
                continue
            if extra:
                self.err(where, f"champs inconnus {extra}")
            if d["why"] not in WHYS:
                self.err(where, f"why « {d['why']} » hors liste")
            if not (re.search(r"\d", str(d["text"])) or ORDINAL_WORDS.search(str(d["text"]))
                    or any(w.lower() in WORDS for w in re.findall(r"\w+", str(d["text"])))):
                self.err(where, "text sans nombre")
            span = self.locate_span(where, d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence"))
            if span is None:
                continue
            k2 = (d["file"], d["page"], d["sentence"], d["text"], d.get("occurrence", 1))
            if k2 in nkeys:
                self.err(where, "doublon")
            nkeys.add(k2)
            if k2 in keys:
                self.err(where, "annoté aussi comme chiffre")
            for sp, w, _ in fig_spans.get((d["file"], d["page"]), []):
                if span[0] < sp[1] and sp[0] < span[1]:
                    self.err(where, f"même emplacement qu'un chiffre : {w}")
        return self.errors


def load_jsonl(path, errors):
    out = []
    if not path.is_file():
        errors.append(f"{path} : fichier introuvable")
        return out
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{path.name}:{i} : JSON invalide ({e})")
                continue
            if not isinstance(obj, dict):
                errors.append(f"{path.name}:{i} : pas un objet JSON")
                continue
            out.append(obj)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pdf-dir")
    ap.add_argument("--data-dir")
    ap.add_argument("-q", "--quiet", action="store_true", help="n'imprime que le résumé")
    args = ap.parse_args(argv)
    root, pdf_dir, data_dir = locate(args)
    pre = []
    figs = load_jsonl(data_dir / FIG_NAME, pre)
    nots = load_jsonl(data_dir / NOT_NAME, pre)
    ck = Checker(pdf_dir)
    errors = pre + ck.run(figs, nots)
    if not args.quiet:
        for e in errors:
            print("ERREUR", e)
    print(f"{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (PDF : {pdf_dir} ; JSONL : {data_dir} ; racine : "
          f"{root}) : {len(errors)} erreur(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
