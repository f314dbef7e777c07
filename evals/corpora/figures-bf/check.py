# -*- coding: utf-8 -*-
"""Vérification du jeu BF (figures-bf.jsonl, not_figures-bf.jsonl) contre les PDF du corpus notes-s97.

Usage : python check.py            (imprime le nombre d'erreurs ; code de sortie 1 s'il y en a)

Les PDF sont cherchés dans <racine du dépôt>/evals/corpora/notes-s97/, la racine étant le premier dossier
parent qui contient pyproject.toml ; à défaut (essais avant la copie dans le dépôt), dans
/work/blind/notes-s97/. Chaque page est relue avec pypdf (PdfReader(F).pages[i].extract_text()), blancs
repliés en une espace.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

from pypdf import PdfReader

CORPUS = 'notes-s97'
FALLBACK = '/work/blind/notes-s97'
HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {'%', '€', '/10', 'years', 'people', 'count', 'pts'}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'section number', 'law number', 'scale',
        'threshold', 'other'}
MAX_PER_PAGE = 12
FIG_KEYS = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']
NOT_KEYS = ['file', 'page', 'text', 'sentence', 'why']
OPT_FIG = {'actor_alt', 'year_alt', 'in_table', 'several_actors', 'actor_src', 'range_high', 'occurrence',
           'also_printed_as', 'note'}
OPT_NOT = {'note', 'occurrence'}
ACTOR_SRC = {'phrase', 'contexte', 'tableau', None}


def repo_root(start):
    d = start
    while True:
        if os.path.isfile(os.path.join(d, 'pyproject.toml')):
            return d
        parent = os.path.dirname(d)
        if parent == d:
            return None
        d = parent


def pdf_dir():
    root = repo_root(HERE)
    if root:
        d = os.path.join(root, 'evals', 'corpora', CORPUS)
        if os.path.isdir(d):
            return d
    return FALLBACK


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


# ----------------------------------------------------------------------------- valeur attendue d'un texte
WORDS = {'zéro': 0, 'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7,
         'huit': 8, 'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15,
         'seize': 16, 'vingt': 20, 'trente': 30, 'quarante': 40, 'cinquante': 50, 'soixante': 60, 'cent': 100,
         'mille': 1000}
APPROX = {'dizaine': 10, 'douzaine': 12, 'quinzaine': 15, 'vingtaine': 20, 'trentaine': 30, 'quarantaine': 40,
          'cinquantaine': 50, 'soixantaine': 60, 'centaine': 100, 'millier': 1000}


def word_number(w):
    w = w.lower().strip()
    if re.fullmatch(r'\d+', w):
        return int(w)
    if w in WORDS:
        return WORDS[w]
    parts = [p for p in re.split(r'-|\s+et\s+', w) if p]
    if len(parts) > 1 and all(p in WORDS for p in parts):
        return sum(WORDS[p] for p in parts)
    return None


def expected_value(text):
    """Valeur (unités de base) que dit `text`, ou None si le texte n'est pas lisible."""
    t = text.replace('\u2212', '-').replace('\u00a0', ' ').replace('\u202f', ' ').strip()
    low = t.lower()
    if 'moitié' in low:
        return 50.0
    m = re.search(r"\b([\w-]+) tiers\b", low)
    if m and word_number(m.group(1)) is not None:
        return word_number(m.group(1)) * 100 / 3
    m = re.search(r"\b([\w-]+) quarts?\b", low)
    if m and word_number(m.group(1)) is not None:
        return word_number(m.group(1)) * 25.0
    m = re.fullmatch(r"([\w-]+)\b.*\bsur ([\w-]+)", low)
    if m and word_number(m.group(1)) is not None and word_number(m.group(2)):
        return word_number(m.group(1)) * 100.0 / word_number(m.group(2))
    for w, v in APPROX.items():
        if re.search(r'\b%ss?\b' % w, low):
            return float(v)
    m = re.match(r'^([+-]?)\s*(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?', t)
    if m:
        v = float(m.group(2).replace(' ', '') + ('.' + m.group(3) if m.group(3) else ''))
        if m.group(1) == '-':
            v = -v
        if re.search(r'M€|\bmillions?\b', t):
            v *= 1e6
        elif re.search(r'\bmilliards?\b|Md€', t):
            v *= 1e9
        elif re.search(r'k€|K€', t):
            v *= 1e3
        return v
    first = re.split(r'\s+', low)[0]
    n = word_number(first)
    if n is not None:
        mult = 1e6 if re.search(r'\bmillions?\b', low) else 1
        return float(n * mult)
    return None


def year_ok(y):
    if y is None:
        return True
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    if isinstance(y, str):
        m = re.fullmatch(r'(\d{4})-(\d{4})', y)
        return bool(m) and int(m.group(1)) < int(m.group(2))
    return False


def load(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                rows.append((i, json.loads(line)))
    return rows


def main():
    d = pdf_dir()
    texts = {}
    errors = []

    def page(fname, p):
        key = (fname, p)
        if key not in texts:
            path = os.path.join(d, fname)
            if not os.path.isfile(path):  # repli fichier par fichier
                path = os.path.join(FALLBACK, fname)
            if not os.path.isfile(path):
                texts[key] = None
            else:
                r = PdfReader(path)
                texts[key] = norm(r.pages[p - 1].extract_text()) if 1 <= p <= len(r.pages) else None
        return texts[key]

    def err(kind, i, item, msg):
        errors.append('%s l.%d (%s p.%s « %s ») : %s' % (kind, i, item.get('file'), item.get('page'),
                                                          item.get('text'), msg))

    def check_common(kind, i, it):
        if not isinstance(it.get('page'), int) or it['page'] < 1:
            err(kind, i, it, 'page invalide')
            return None
        pt = page(it['file'], it['page'])
        if pt is None:
            err(kind, i, it, 'PDF ou page introuvable dans %s' % d)
            return None
        sent = it.get('sentence') or ''
        if sent != norm(sent):
            err(kind, i, it, 'sentence non repliée')
        if norm(sent) not in pt:
            err(kind, i, it, 'sentence absente de la page')
        txt = it.get('text') or ''
        n = sent.count(txt) if txt else 0
        if n == 0:
            err(kind, i, it, 'text absent de sentence')
        occ = it.get('occurrence')
        if occ is not None and not (isinstance(occ, int) and 1 <= occ <= n):
            err(kind, i, it, 'occurrence hors bornes')
        if n > 1 and occ is None:
            err(kind, i, it, 'text présent %d fois dans sentence sans occurrence' % n)
        return pt

    root = repo_root(HERE)
    data = os.path.join(root, 'evals', 'figures') if root else HERE
    figs = load(os.path.join(data, 'figures-bf.jsonl'))
    nots = load(os.path.join(data, 'not_figures-bf.jsonl'))
    per_page = Counter()
    seen = set()
    fig_pages = set()
    for i, it in figs:
        for k in FIG_KEYS:
            if k not in it:
                err('chiffre', i, it, 'champ manquant : %s' % k)
        extra = set(it) - set(FIG_KEYS) - OPT_FIG
        if extra:
            err('chiffre', i, it, 'champs inconnus : %s' % sorted(extra))
        pt = check_common('chiffre', i, it)
        if it.get('unit') not in UNITS:
            err('chiffre', i, it, 'unité hors liste : %r' % it.get('unit'))
        v = it.get('value')
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            err('chiffre', i, it, 'value non numérique')
        else:
            ev = expected_value(it.get('text', ''))
            if ev is None:
                err('chiffre', i, it, 'text illisible comme nombre')
            elif abs(ev - v) > max(0.01, 1e-9 * abs(v)):
                err('chiffre', i, it, 'value %r ne correspond pas au text (%r)' % (v, ev))
        if not year_ok(it.get('year')):
            err('chiffre', i, it, 'year invalide : %r' % (it.get('year'),))
        if 'year_alt' in it and (it['year_alt'] is None or not year_ok(it['year_alt'])):
            err('chiffre', i, it, 'year_alt invalide')
        if it.get('actor_src', None) not in ACTOR_SRC:
            err('chiffre', i, it, 'actor_src hors liste')
        if it.get('actor') is None and it.get('actor_src') not in (None,):
            err('chiffre', i, it, 'actor null mais actor_src non null')
        for k in ('in_table', 'several_actors'):
            if k in it and not isinstance(it[k], bool):
                err('chiffre', i, it, '%s non booléen' % k)
        if not (isinstance(it.get('measure'), str) and it['measure'].strip()):
            err('chiffre', i, it, 'measure vide')
        for a in it.get('also_printed_as', []) or []:
            if pt is not None:
                if norm(a.get('sentence', '')) not in pt:
                    err('chiffre', i, it, 'also_printed_as : phrase absente de la page')
                elif a.get('text', '') not in a.get('sentence', ''):
                    err('chiffre', i, it, 'also_printed_as : text absent de sa phrase')
                else:
                    # une fraction en lettres peut redire un chiffre arrondi (« deux maires sur trois (63 %) »)
                    ev = expected_value(a['text'])
                    tol = 5.0 if not re.search(r'\d', a['text']) else 0.01
                    if ev is None or abs(ev - it.get('value', 0)) > max(tol, 1e-9 * abs(ev)):
                        err('chiffre', i, it, 'also_printed_as : valeur différente (%r)' % (ev,))
        key = (it.get('file'), it.get('page'), it.get('text'), it.get('sentence'), it.get('occurrence'))
        if key in seen:
            err('chiffre', i, it, 'doublon')
        seen.add(key)
        per_page[(it.get('file'), it.get('page'))] += 1
        fig_pages.add((it.get('file'), it.get('page')))
    for (f, p), n in per_page.items():
        if n > MAX_PER_PAGE:
            errors.append('%s p.%d : %d chiffres (plafond %d)' % (f, p, n, MAX_PER_PAGE))
    seen_n = set()
    for i, it in nots:
        for k in NOT_KEYS:
            if k not in it:
                err('non-chiffre', i, it, 'champ manquant : %s' % k)
        extra = set(it) - set(NOT_KEYS) - OPT_NOT
        if extra:
            err('non-chiffre', i, it, 'champs inconnus : %s' % sorted(extra))
        check_common('non-chiffre', i, it)
        if it.get('why') not in WHYS:
            err('non-chiffre', i, it, 'why hors liste : %r' % it.get('why'))
        if (it.get('file'), it.get('page')) not in fig_pages:
            err('non-chiffre', i, it, "page sans chiffre du jeu")
        key = (it.get('file'), it.get('page'), it.get('text'), it.get('sentence'), it.get('occurrence'))
        if key in seen_n:
            err('non-chiffre', i, it, 'doublon')
        seen_n.add(key)
    for e in errors:
        print(e)
    print('%d chiffres, %d non-chiffres vérifiés (PDF lus dans %s) : %d erreur(s)'
          % (len(figs), len(nots), d, len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
