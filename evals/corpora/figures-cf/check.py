#!/usr/bin/env python3
"""Vérifie le jeu CF (figures-cf.jsonl, not_figures-cf.jsonl) contre les PDF du corpus notes-s123.

Autonome : bibliothèque standard + pypdf. Lancer : python check.py
PDF : <racine>/evals/corpora/notes-s123 (racine = premier parent contenant pyproject.toml, depuis le
dossier courant puis depuis le dossier du script), sinon /work/blind/notes-s123.
JSONL : <racine>/evals/figures/ s'ils y sont, sinon à côté de ce script.
Imprime le nombre d'erreurs ; code de sortie 1 s'il y en a.
"""
import json, os, re, sys
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {"%", "€", "M€", "people", "count", "/10", "years", "pts"}
WHYS = {"year", "date", "page number", "footnote", "ordinal", "section number", "threshold", "scale", "phone",
        "postal code", "law number", "other"}
ACTOR_SRC = {"phrase", "contexte", "tableau", None}
REQ_FIG = ["file", "page", "text", "value", "unit", "noun", "actor", "measure", "year", "sentence"]
OPT_FIG = {"actor_alt", "year_alt", "in_table", "several_actors", "actor_src", "range_high", "occurrence",
           "also_printed_as", "note"}
REQ_NOT = ["file", "page", "text", "sentence", "why"]
OPT_NOT = {"occurrence", "note"}
MAX_PER_PAGE = 12


def find_root(start):
    d = os.path.abspath(start)
    while True:
        if os.path.isfile(os.path.join(d, "pyproject.toml")):
            return d
        p = os.path.dirname(d)
        if p == d:
            return None
        d = p


def locate():
    roots = [r for r in (find_root(os.getcwd()), find_root(HERE)) if r]
    pdf_dir = jsonl_dir = None
    for r in roots:
        c = os.path.join(r, "evals", "corpora", "notes-s123")
        if pdf_dir is None and os.path.isdir(c):
            pdf_dir = c
        j = os.path.join(r, "evals", "figures")
        if jsonl_dir is None and os.path.isfile(os.path.join(j, "figures-cf.jsonl")):
            jsonl_dir = j
    return pdf_dir or "/work/blind/notes-s123", jsonl_dir or HERE


WORDS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
         "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
         "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100, "mille": 1000}
FRACT = {"moitié": 2, "tiers": 3, "quart": 4, "cinquième": 5, "dixième": 10}
NUM = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


def num(s):
    return float(s.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(",", "."))


def word_or_num(tok):
    tok = tok.lower()
    if re.fullmatch(NUM, tok):
        return num(tok)
    return WORDS.get(tok)


def candidates(text, page_text):
    """Valeurs acceptables pour le texte imprimé (liste)."""
    t = text.strip()
    low = t.lower()
    out = []
    # « X sur Y » (lettres ou chiffres), éventuellement avec un nom entre les deux
    m = re.search(r"(\S+)(?: [\w'’-]+){0,3} sur (\S+)$", low)
    if m:
        a, b = word_or_num(m.group(1)), word_or_num(m.group(2))
        if a is not None and b:
            out.append(100.0 * a / b)
    # fractions en lettres : « deux tiers », « un quart », « la moitié »
    for w, d in FRACT.items():
        if re.search(r"\b%s\b" % w, low):
            m = re.search(r"(\w+)\s+%s\b" % w, low)
            k = WORDS.get(m.group(1), 1) if m else 1
            if w == "moitié":
                k = 1
            out.append(100.0 * k / d)
    nums = re.findall(NUM, t)
    if nums:
        v = num(nums[0])
        mult = [1]
        if re.search(r"M€|millions?", t):
            mult = [1e6]
        elif re.search(r"[kK]€", t):
            mult = [1e3]
        elif re.search(r"M€|millions d'euros", page_text):
            mult = [1, 1e6]      # en-tête de tableau en M€
        out += [v * k for k in mult]
    else:
        ws = [WORDS[w] for w in re.findall(r"[a-zéèû-]+", low) if w in WORDS]
        if ws and not out:
            out.append(float(ws[0]))
    return out, nums


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


def nth(hay, needle, k):
    i = -1
    for _ in range(k):
        i = hay.find(needle, i + 1)
        if i < 0:
            return -1
    return i


def main():
    pdf_dir, jsonl_dir = locate()
    errors = []
    E = errors.append
    pages = {}

    def page_text(fn, p):
        key = (fn, p)
        if key not in pages:
            path = os.path.join(pdf_dir, fn)
            if not os.path.isfile(path):
                pages[key] = None
            else:
                r = pypdf.PdfReader(path)
                pages[key] = (" ".join(r.pages[p - 1].extract_text().split())
                              if isinstance(p, int) and 1 <= p <= len(r.pages) else None)
        return pages[key]

    def load(name):
        out = []
        with open(os.path.join(jsonl_dir, name), encoding="utf-8") as fh:
            for i, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        out.append((i, json.loads(line)))
                    except ValueError as e:
                        E("%s:%d JSON invalide (%s)" % (name, i, e))
        return out

    figs, nots = load("figures-cf.jsonl"), load("not_figures-cf.jsonl")
    fig_spans, per_page, seen = {}, {}, set()

    def span(where, fn, p, sentence, text, occ):
        pt = page_text(fn, p)
        if pt is None:
            E("%s : page %r inexistante dans %s" % (where, p, fn)); return None
        if not isinstance(sentence, str) or " ".join(sentence.split()) != sentence:
            E("%s : phrase non repliée" % where); return None
        si = pt.find(sentence)
        if si < 0:
            E("%s : phrase absente de la page : %r" % (where, sentence[:80])); return None
        if not isinstance(text, str) or not text:
            E("%s : text vide" % where); return None
        cnt = sentence.count(text)
        if cnt == 0:
            E("%s : text %r absent de la phrase" % (where, text)); return None
        if occ is None and cnt > 1:
            E("%s : text %r figure %d fois dans la phrase, occurrence requise" % (where, text, cnt)); return None
        k = occ or 1
        if not isinstance(k, int) or k < 1 or k > cnt:
            E("%s : occurrence %r invalide (%d présences)" % (where, occ, cnt)); return None
        ti = nth(sentence, text, k)
        return (si + ti, si + ti + len(text))

    for ln, o in figs:
        w = "figures-cf.jsonl:%d" % ln
        miss = [k for k in REQ_FIG if k not in o]
        extra = [k for k in o if k not in REQ_FIG and k not in OPT_FIG]
        if miss: E("%s : champs manquants %s" % (w, miss)); continue
        if extra: E("%s : champs inconnus %s" % (w, extra))
        fn, p = o["file"], o["page"]
        if not isinstance(p, int) or isinstance(p, bool): E("%s : page non entière" % w); continue
        sp = span(w, fn, p, o["sentence"], o["text"], o.get("occurrence"))
        if o["unit"] not in UNITS: E("%s : unité %r hors liste" % (w, o["unit"]))
        if not isinstance(o["value"], (int, float)) or isinstance(o["value"], bool):
            E("%s : value non numérique" % w)
        else:
            cands, nums = candidates(o["text"], page_text(fn, p) or "")
            if not any(abs(o["value"] - c) <= max(0.01, 1e-6 * abs(c)) for c in cands):
                E("%s : value %r ne correspond pas à %r (attendu %s)" % (w, o["value"], o["text"], cands))
            if "range_high" in o:
                if len(nums) < 2 or abs(num(nums[1]) * (o["value"] / num(nums[0]) if num(nums[0]) else 1) - o["range_high"]) > 0.01:
                    E("%s : range_high %r incohérent" % (w, o["range_high"]))
            if o["unit"] == "%" and not (0 <= o["value"] <= 100):
                E("%s : pourcentage hors 0-100" % w)
            if o["unit"] in ("count", "people") and o["value"] < 0:
                E("%s : compte négatif" % w)
            if o["unit"] == "/10" and not (0 <= o["value"] <= 10):
                E("%s : note hors 0-10" % w)
            if o["unit"] == "%" and "%" not in o["text"] and not re.search(r"\bsur\b|tiers|quart|moitié", o["text"]):
                E("%s : unité %% sans « % » ni fraction dans le texte" % w)
            if o["unit"] in ("€", "M€") and not re.search(r"€|euros?", o["text"] + " " + o["sentence"]):
                if "M€" not in (page_text(fn, p) or ""):
                    E("%s : unité € sans € en vue" % w)
        if not year_ok(o["year"]): E("%s : year invalide %r" % (w, o["year"]))
        if "year_alt" in o and not year_ok(o["year_alt"], False): E("%s : year_alt invalide" % w)
        if not isinstance(o["measure"], str) or len(o["measure"]) < 5: E("%s : measure vide" % w)
        for k in ("noun", "actor", "actor_alt"):
            if k in o and o[k] is not None and (not isinstance(o[k], str) or not o[k].strip()):
                E("%s : %s invalide" % (w, k))
        if o.get("actor_src", None) not in ACTOR_SRC: E("%s : actor_src invalide" % w)
        if o["actor"] is None and o.get("actor_src") not in (None,): E("%s : actor null mais actor_src" % w)
        for k in ("in_table", "several_actors"):
            if k in o and not isinstance(o[k], bool): E("%s : %s non booléen" % (w, k))
        spans = [sp] if sp else []
        for a in o.get("also_printed_as", []) or []:
            if not isinstance(a, dict) or set(a) != {"text", "sentence"}:
                E("%s : also_printed_as mal formé" % w); continue
            s2 = span(w + " (also_printed_as)", fn, p, a["sentence"], a["text"], None if a["sentence"].count(a["text"]) == 1 else None)
            if s2: spans.append(s2)
        key = (fn, p, o["text"], o["sentence"], o.get("occurrence", 1))
        if key in seen: E("%s : doublon" % w)
        seen.add(key)
        per_page[(fn, p)] = per_page.get((fn, p), 0) + 1
        fig_spans.setdefault((fn, p), []).extend(spans)

    for (fn, p), c in per_page.items():
        if c > MAX_PER_PAGE: E("%s p.%d : %d chiffres (> %d)" % (fn, p, c, MAX_PER_PAGE))

    seen_n = set()
    for ln, o in nots:
        w = "not_figures-cf.jsonl:%d" % ln
        miss = [k for k in REQ_NOT if k not in o]
        extra = [k for k in o if k not in REQ_NOT and k not in OPT_NOT]
        if miss: E("%s : champs manquants %s" % (w, miss)); continue
        if extra: E("%s : champs inconnus %s" % (w, extra))
        if o["why"] not in WHYS: E("%s : why %r hors liste" % (w, o["why"]))
        sp = span(w, o["file"], o["page"], o["sentence"], o["text"], o.get("occurrence"))
        if not re.search(r"\d|\b(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b", o["text"], re.I):
            E("%s : text sans nombre" % w)
        key = (o["file"], o["page"], o["text"], o["sentence"], o.get("occurrence", 1))
        if key in seen_n: E("%s : doublon" % w)
        seen_n.add(key)
        if sp:
            for a, b in fig_spans.get((o["file"], o["page"]), []):
                if sp[0] < b and a < sp[1]:
                    E("%s : %r recouvre un chiffre annoté" % (w, o["text"]))

    for e in errors:
        print(e)
    print("%d chiffres, %d non-chiffres vérifiés (PDF %s, JSONL %s) : %d erreur(s)"
          % (len(figs), len(nots), pdf_dir, jsonl_dir, len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
