#!/usr/bin/env python3
"""Vérifie le jeu BK (figures-bk.jsonl, not_figures-bk.jsonl) contre les PDF du corpus notes-s102.
Autonome : bibliothèque standard + pypdf. Imprime le nombre d'erreurs ; code de sortie 1 s'il y en a."""
import json, os, re, sys
from collections import Counter
from pathlib import Path
import pypdf

HERE = Path(__file__).resolve().parent
UNITS = {'%', '€', 'M€', 'people', 'count', '/10', 'years', 'pts'}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'section number', 'threshold', 'scale', 'phone',
        'postal code', 'law number', 'other'}
ACTOR_SRC = {'phrase', 'contexte', 'tableau', None}
REQ_F = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']
OPT_F = {'actor_alt', 'year_alt', 'in_table', 'several_actors', 'actor_src', 'range_high', 'occurrence',
         'also_printed_as', 'note'}
REQ_N = ['file', 'page', 'text', 'sentence', 'why']
OPT_N = {'occurrence', 'note'}
MAX_PER_PAGE = 12
WORDS = {'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8,
         'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15, 'seize': 16,
         'vingt': 20, 'trente': 30, 'cent': 100, 'mille': 1000}
FRACTIONS = {'moitié': 50.0, 'demi': 50.0, 'tiers': 100 / 3, 'quart': 25.0, 'quarts': 25.0}


def find_root():
    for start in (Path.cwd(), HERE):
        for p in [start, *start.parents]:
            if (p / 'pyproject.toml').is_file():
                return p
    return None


def locate():
    root = find_root()
    pdf_dir = None
    if root and (root / 'evals' / 'corpora' / 'notes-s102').is_dir():
        pdf_dir = root / 'evals' / 'corpora' / 'notes-s102'
    if pdf_dir is None:
        pdf_dir = Path('/work/blind/notes-s102')
    jdir = HERE
    if root and (root / 'evals' / 'figures' / 'figures-bk.jsonl').is_file():
        jdir = root / 'evals' / 'figures'
    return root, pdf_dir, jdir


def fold(s):
    return ' '.join(s.split())


def parse_value(text):
    """Valeur attendue d'après le texte imprimé (None si non reconnu)."""
    t = fold(text).replace('\u202f', ' ').replace('\xa0', ' ')
    low = t.lower()
    m = re.fullmatch(r'(\d+)(?: [^\d ]+)? sur (\d+)', low)          # « 3 sur 10 », « 9 salariés sur 10 »
    if m:
        return 100.0 * int(m.group(1)) / int(m.group(2))
    m = re.fullmatch(r'(\w+) (moitié|demi|tiers|quarts?)', low)      # « deux tiers », « trois quarts »
    if m and m.group(1) in WORDS:
        return WORDS[m.group(1)] * FRACTIONS[m.group(2)]
    if low in ('la moitié', 'moitié'):
        return 50.0
    if low in WORDS:
        return float(WORDS[low])
    m = re.match(r'([\d ]*\d(?:,\d+)?)', t)
    if not m:
        return None
    num = float(m.group(1).replace(' ', '').replace(',', '.'))
    rest = low[m.end():].strip()
    if rest.startswith('/10'):
        return num
    if re.match(r'(m€|millions?\b)', rest):
        num *= 1e6
    elif re.match(r'(milliards?\b|md€)', rest):
        num *= 1e9
    elif re.match(r'(k€)', rest):
        num *= 1e3
    return num


def unit_ok(text, unit):
    low = text.lower()
    if '/10' in low:
        return unit == '/10'
    if '€' in low or 'euro' in low:
        return unit in ('€', 'M€')
    if '%' in low or re.search(r'\bsur \d+$', low) or re.search(r'(moitié|tiers|quarts?)$', low):
        return unit == '%'
    if 'point' in low:
        return unit == 'pts'
    if re.search(r'\bans?$', low):
        return unit == 'years'
    return unit in ('count', 'people')


def year_ok(y, allow_none=False):
    if y is None:
        return allow_none
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    if isinstance(y, str):
        m = re.fullmatch(r'(\d{4})-(\d{4})', y)
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
    root, pdf_dir, jdir = locate()
    errors = []
    err = lambda where, msg: errors.append('%s: %s' % (where, msg))
    pages = {}

    def page_text(fname, page):
        key = (fname, page)
        if key not in pages:
            path = pdf_dir / fname
            if not path.is_file():
                pages[key] = None
            else:
                r = pypdf.PdfReader(str(path))
                for i, p in enumerate(r.pages):
                    pages[(fname, i + 1)] = fold(p.extract_text() or '')
                pages.setdefault(key, None)
        return pages[key]

    def load(name):
        out = []
        with open(jdir / name, encoding='utf-8') as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        out.append((n, json.loads(line)))
                    except json.JSONDecodeError as e:
                        err('%s:%d' % (name, n), 'JSON invalide (%s)' % e)
        return out

    figs, nots = load('figures-bk.jsonl'), load('not_figures-bk.jsonl')

    def common(where, d, req, opt):
        for k in req:
            if k not in d:
                err(where, 'champ manquant %r' % k)
        for k in d:
            if k not in req and k not in opt:
                err(where, 'champ inconnu %r' % k)
        if not isinstance(d.get('page'), int) or isinstance(d.get('page'), bool) or d.get('page', 0) < 1:
            err(where, 'page invalide'); return False
        for k in ('file', 'text', 'sentence'):
            if not isinstance(d.get(k), str) or not d.get(k):
                err(where, '%s vide ou non texte' % k); return False
        if d['sentence'] != fold(d['sentence']):
            err(where, 'sentence non repliée')
        txt = page_text(d['file'], d['page'])
        if txt is None:
            err(where, 'fichier ou page inexistant (%s p.%s)' % (d['file'], d['page'])); return False
        if fold(d['sentence']) not in txt:
            err(where, 'phrase absente du texte de la page')
        occ = d.get('occurrence', 1)
        if not isinstance(occ, int) or occ < 1:
            err(where, 'occurrence invalide')
        elif nth(d['sentence'], d['text'], occ) < 0:
            err(where, 'texte %r absent de la phrase (occurrence %d)' % (d['text'], occ))
        elif 'occurrence' not in d and d['sentence'].count(d['text']) > 1:
            err(where, 'texte %r présent plusieurs fois : occurrence requise' % d['text'])
        return True

    keys, per_page, fig_keys = Counter(), Counter(), set()
    for n, d in figs:
        where = 'figures-bk.jsonl:%d' % n
        if not common(where, d, REQ_F, OPT_F):
            continue
        v = d.get('value')
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            err(where, 'value non numérique')
        else:
            exp = parse_value(d['text'])
            if exp is None:
                err(where, 'texte %r non interprétable' % d['text'])
            elif abs(exp - v) > max(0.01, 1e-9 * abs(exp)):
                err(where, 'value %r ≠ %r lu dans %r' % (v, round(exp, 4), d['text']))
        if d.get('unit') not in UNITS:
            err(where, 'unité inconnue %r' % d.get('unit'))
        elif not unit_ok(d['text'], d['unit']):
            err(where, 'unité %r incohérente avec %r' % (d['unit'], d['text']))
        if not year_ok(d.get('year'), allow_none=True):
            err(where, 'year invalide %r' % d.get('year'))
        if 'year_alt' in d and not year_ok(d['year_alt']):
            err(where, 'year_alt invalide')
        if d.get('actor_src', None) not in ACTOR_SRC:
            err(where, 'actor_src invalide')
        if d.get('actor') is None and d.get('actor_src') not in (None,):
            err(where, 'actor null mais actor_src non null')
        if d.get('actor') is not None and d.get('actor_src') is None:
            err(where, 'actor sans actor_src')
        for k in ('measure',):
            if not isinstance(d.get(k), str) or not d[k].strip():
                err(where, 'measure vide')
        if 'range_high' in d and not isinstance(d['range_high'], (int, float)):
            err(where, 'range_high non numérique')
        for a in d.get('also_printed_as', []) or []:
            if fold(a.get('sentence', '')) not in (page_text(d['file'], d['page']) or '') or a.get('text', '') not in a.get('sentence', ''):
                err(where, 'also_printed_as introuvable sur la page')
        k = (d['file'], d['page'], d['sentence'], d['text'], d.get('occurrence', 1))
        if k in keys:
            err(where, 'doublon')
        keys[k] += 1
        fig_keys.add(k)
        per_page[(d['file'], d['page'])] += 1
    for (f, p), c in per_page.items():
        if c > MAX_PER_PAGE:
            err('%s p.%d' % (f, p), '%d chiffres > %d' % (c, MAX_PER_PAGE))

    nkeys = set()
    for n, d in nots:
        where = 'not_figures-bk.jsonl:%d' % n
        if not common(where, d, REQ_N, OPT_N):
            continue
        if d.get('why') not in WHYS:
            err(where, 'why inconnu %r' % d.get('why'))
        k = (d['file'], d['page'], d['sentence'], d['text'], d.get('occurrence', 1))
        if k in nkeys:
            err(where, 'doublon')
        nkeys.add(k)
        if k in fig_keys:
            err(where, 'non-chiffre aussi annoté comme chiffre')
        # un non-chiffre ne doit pas chevaucher le texte d'un chiffre de la même phrase
        s = d['sentence']; i = nth(s, d['text'], d.get('occurrence', 1))
        for fk in fig_keys:
            if fk[:3] == k[:3]:
                j = nth(s, fk[3], fk[4])
                if j >= 0 and i >= 0 and i < j + len(fk[3]) and j < i + len(d['text']):
                    err(where, 'chevauche le chiffre %r' % fk[3])

    for e in errors:
        print(e)
    print('%d chiffres, %d non-chiffres vérifiés (PDF : %s ; jsonl : %s ; racine : %s) : %d erreur(s)'
          % (len(figs), len(nots), pdf_dir, jdir, root, len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
