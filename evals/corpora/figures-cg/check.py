#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Vérifie le jeu CG (figures-cg.jsonl, not_figures-cg.jsonl) contre les PDF du corpus notes-s124.

Autonome : bibliothèque standard + pypdf.
- PDF : <racine>/evals/corpora/notes-s124 (racine = premier parent contenant pyproject.toml, en partant du
  dossier courant puis du dossier du script), sinon /work/blind/notes-s124.
- JSONL : <racine>/evals/figures/, sinon à côté du script.
Imprime le nombre d'erreurs ; code de sortie 1 s'il y en a.
"""
import json
import os
import re
import sys

from pypdf import PdfReader

UNITS = {'%', '€', 'M€', 'people', 'count', '/10', 'years', 'pts'}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'section number', 'threshold', 'scale', 'phone',
        'postal code', 'law number', 'other'}
REQ_FIG = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']
OPT_FIG = {'actor_alt', 'year_alt', 'in_table', 'several_actors', 'actor_src', 'range_high', 'occurrence',
           'also_printed_as', 'note', 'multiplier'}
REQ_NOT = ['file', 'page', 'text', 'sentence', 'why']
OPT_NOT = {'occurrence', 'note'}
ACTOR_SRC = {'phrase', 'contexte', 'tableau', None}
MAX_PER_PAGE = 12
CORPUS = 'notes-s124'
SET = 'cg'

WORDS = {'zéro': 0, 'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7,
         'huit': 8, 'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15,
         'seize': 16, 'vingt': 20, 'trente': 30, 'quarante': 40, 'cinquante': 50, 'soixante': 60}


def find_root():
    starts = [os.getcwd(), os.path.dirname(os.path.abspath(__file__))]
    for st in starts:
        d = st
        while True:
            if os.path.isfile(os.path.join(d, 'pyproject.toml')):
                return d
            up = os.path.dirname(d)
            if up == d:
                break
            d = up
    return None


def locate():
    root = find_root()
    here = os.path.dirname(os.path.abspath(__file__))
    pdf_dir = None
    if root and os.path.isdir(os.path.join(root, 'evals', 'corpora', CORPUS)):
        pdf_dir = os.path.join(root, 'evals', 'corpora', CORPUS)
    elif os.path.isdir('/work/blind/' + CORPUS):
        pdf_dir = '/work/blind/' + CORPUS
    jdir = here
    if root and os.path.isfile(os.path.join(root, 'evals', 'figures', 'figures-%s.jsonl' % SET)):
        jdir = os.path.join(root, 'evals', 'figures')
    return root, pdf_dir, jdir


def fold(s):
    return ' '.join(s.split())


def words_to_number(t):
    total, cur, seen = 0, 0, False
    for w in re.split(r"[\s\-']+", t.lower()):
        if w in WORDS:
            cur += WORDS[w]
            seen = True
        elif w in ('cent', 'cents'):
            cur = max(cur, 1) * 100
            seen = True
        elif w == 'mille':
            total += max(cur, 1) * 1000
            cur = 0
            seen = True
        elif w in ('million', 'millions'):
            total += max(cur, 1) * 1000000
            cur = 0
            seen = True
    return total + cur if seen else None


def parse_value(text, multiplier=None):
    """Valeur attendue (unités de base) à partir du texte imprimé, ou None si illisible."""
    t = text.replace('\u00a0', ' ').replace('\u202f', ' ')
    low = t.lower()
    m = re.match(r'^(.*\S)\s+sur\s+(\S+)$', low)
    if m:  # fraction « deux fondations sur trois », « 7 sur 10 »
        a = words_to_number(m.group(1)) if not re.search(r'\d', m.group(1)) else float(re.search(r'\d+', m.group(1)).group())
        b = words_to_number(m.group(2)) if not re.search(r'\d', m.group(2)) else float(m.group(2))
        if a is None or not b:
            return None
        return round(100.0 * a / b, 2)
    nums = re.findall(r'\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?', t)
    if not nums:
        return words_to_number(low)
    v = float(nums[0].replace(' ', '').replace(',', '.'))
    if len(nums) > 1 and not re.search(r'/\s*10\b', t):
        return None  # fourchette : utiliser range_high
    if re.search(r'\bm€|\bmillions?\b|\bm\s?€', low) or 'M€' in t:
        v *= 1e6
    elif re.search(r'\bmilliards?\b|\bmd€', low):
        v *= 1e9
    elif re.search(r'k€|\bmilliers?\b', low):
        v *= 1e3
    if multiplier:
        v *= multiplier
    return v


def close(a, b):
    return abs(a - b) <= max(0.011, 1e-6 * abs(b))


def year_ok(y, allow_null=False):
    if y is None:
        return allow_null
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    if isinstance(y, str):
        m = re.fullmatch(r'(\d{4})-(\d{4})', y)
        return bool(m) and 1900 <= int(m.group(1)) <= int(m.group(2)) <= 2100
    return False


def nth_pos(sentence, text, occ):
    pos = -1
    for _ in range(occ):
        pos = sentence.find(text, pos + 1)
        if pos < 0:
            return -1
    return pos


def load(path, errors):
    rows = []
    with open(path, encoding='utf-8') as fh:
        for i, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                errors.append('%s:%d JSON illisible (%s)' % (os.path.basename(path), i, e))
    return rows


def check(fig_path, not_path, pdf_dir):
    errors = []
    figs = load(fig_path, errors)
    nots = load(not_path, errors)
    pages = {}

    def page_text(f, p):
        if f not in pages:
            fp = os.path.join(pdf_dir, f)
            if not os.path.isfile(fp):
                pages[f] = None
            else:
                pages[f] = [fold(pg.extract_text() or '') for pg in PdfReader(fp).pages]
        txts = pages[f]
        if txts is None or not isinstance(p, int) or isinstance(p, bool) or not 1 <= p <= len(txts):
            return None
        return txts[p - 1]

    def where(kind, i, d):
        return '%s #%d (%s p%s « %s »)' % (kind, i, d.get('file'), d.get('page'), d.get('text'))

    def common(kind, i, d, req, opt):
        w = where(kind, i, d)
        for k in req:
            if k not in d:
                errors.append('%s : champ manquant %s' % (w, k))
        for k in d:
            if k not in req and k not in opt:
                errors.append('%s : champ inconnu %s' % (w, k))
        if any(k not in d for k in ('file', 'page', 'text', 'sentence')):
            return None
        txt = page_text(d['file'], d['page'])
        if txt is None:
            errors.append('%s : fichier ou page inexistant' % w)
            return None
        s = d['sentence']
        if not isinstance(s, str) or s != fold(s):
            errors.append('%s : phrase non repliée' % w)
            return None
        if s not in txt:
            errors.append('%s : phrase absente du texte de la page' % w)
        t = d['text']
        if not isinstance(t, str) or not t or t not in s:
            errors.append('%s : texte absent de la phrase' % w)
            return None
        n = s.count(t)
        occ = d.get('occurrence')
        if occ is not None:
            if not isinstance(occ, int) or isinstance(occ, bool) or occ < 1 or nth_pos(s, t, occ) < 0:
                errors.append('%s : occurrence %r invalide' % (w, occ))
                return None
        elif n > 1:
            errors.append('%s : texte présent %d fois dans la phrase, occurrence manquante' % (w, n))
        return (d['file'], d['page'], s, nth_pos(s, t, occ or 1), t)

    fig_keys, per_page = {}, {}
    for i, d in enumerate(figs, 1):
        w = where('chiffre', i, d)
        key = common('chiffre', i, d, REQ_FIG, OPT_FIG)
        if key:
            if key in fig_keys:
                errors.append('%s : doublon de chiffre #%d' % (w, fig_keys[key]))
            fig_keys[key] = i
        pk = (d.get('file'), d.get('page'))
        per_page[pk] = per_page.get(pk, 0) + 1
        unit = d.get('unit')
        if unit not in UNITS:
            errors.append('%s : unité %r hors liste' % (w, unit))
        v = d.get('value')
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            errors.append('%s : value non numérique' % w)
        elif isinstance(d.get('text'), str):
            exp = parse_value(d['text'], d.get('multiplier'))
            if exp is None and 'range_high' in d:
                nums = re.findall(r'\d+(?:,\d+)?', d['text'])
                exp = float(nums[0].replace(',', '.')) * (d.get('multiplier') or 1)
                hi = float(nums[-1].replace(',', '.')) * (d.get('multiplier') or 1)
                if not close(d['range_high'], hi):
                    errors.append('%s : range_high %r ≠ %r' % (w, d['range_high'], hi))
            if exp is None:
                errors.append('%s : valeur illisible dans le texte' % w)
            elif not close(v, exp):
                errors.append('%s : value %r ≠ %r lue dans le texte' % (w, v, exp))
        t = (d.get('text') or '')
        s = (d.get('sentence') or '')
        tl = t.lower()
        if unit == '%' and '%' not in t and ' sur ' not in tl:
            errors.append('%s : unité %% sans %% ni fraction' % w)
        if unit in ('€', 'M€') and not ('€' in t or 'euro' in tl or d.get('multiplier')):
            errors.append('%s : unité € sans € dans le texte ni multiplicateur' % w)
        if unit == '/10' and not ('/10' in t or '/10' in s or 'sur 10' in s.lower()):
            errors.append('%s : unité /10 sans /10 dans le texte ou la phrase' % w)
        if unit == 'pts' and not re.search(r'\bpoints?\b|\bpts?\b', tl):
            errors.append('%s : unité pts sans « point »' % w)
        if unit == 'years' and not re.search(r'\bans?\b|\bannées?\b', tl):
            errors.append('%s : unité years sans « an »' % w)
        if unit in ('count', 'people') and ('%' in t or '€' in t):
            errors.append('%s : compte avec %% ou €' % w)
        if not year_ok(d.get('year')):
            errors.append('%s : year %r invalide' % (w, d.get('year')))
        if 'year_alt' in d and not year_ok(d['year_alt']):
            errors.append('%s : year_alt %r invalide' % (w, d['year_alt']))
        for k in ('actor', 'noun'):
            if k in d and d[k] is not None and (not isinstance(d[k], str) or not d[k].strip()):
                errors.append('%s : %s vide' % (w, k))
        if not isinstance(d.get('measure'), str) or not d.get('measure', '').strip():
            errors.append('%s : measure vide' % w)
        if d.get('actor_src', None) not in ACTOR_SRC:
            errors.append('%s : actor_src %r invalide' % (w, d.get('actor_src')))
        if d.get('actor') is None and d.get('actor_src') not in (None,):
            errors.append('%s : actor null mais actor_src %r' % (w, d.get('actor_src')))
        for k in ('in_table', 'several_actors'):
            if k in d and not isinstance(d[k], bool):
                errors.append('%s : %s non booléen' % (w, k))
        for a in d.get('also_printed_as', []) or []:
            if not isinstance(a, dict) or set(a) != {'text', 'sentence'}:
                errors.append('%s : also_printed_as mal formé' % w)
                continue
            txt = page_text(d.get('file'), d.get('page'))
            if txt is None or a['sentence'] not in txt or a['text'] not in a['sentence']:
                errors.append('%s : also_printed_as absent de la page (%s)' % (w, a['text']))
    for (f, p), n in per_page.items():
        if n > MAX_PER_PAGE:
            errors.append('%s p%s : %d chiffres (> %d)' % (f, p, n, MAX_PER_PAGE))

    not_keys = set()
    for i, d in enumerate(nots, 1):
        w = where('non-chiffre', i, d)
        key = common('non-chiffre', i, d, REQ_NOT, OPT_NOT)
        if d.get('why') not in WHYS:
            errors.append('%s : why %r hors liste' % (w, d.get('why')))
        if key:
            if key in not_keys:
                errors.append('%s : doublon de non-chiffre' % w)
            not_keys.add(key)
            # jamais annoté comme chiffre : le même endroit (ou un chevauchement) ne doit pas être un chiffre
            f_, p_, s_, pos, t_ = key
            for (ff, pp, ss, fpos, ft) in fig_keys:
                if (ff, pp, ss) == (f_, p_, s_) and fpos < pos + len(t_) and pos < fpos + len(ft):
                    errors.append('%s : chevauche le chiffre « %s » de la même phrase' % (w, ft))
    return figs, nots, errors


def main():
    root, pdf_dir, jdir = locate()
    fig_path = os.path.join(jdir, 'figures-%s.jsonl' % SET)
    not_path = os.path.join(jdir, 'not_figures-%s.jsonl' % SET)
    if not pdf_dir or not os.path.isfile(fig_path) or not os.path.isfile(not_path):
        print('introuvable : PDF %r, JSONL %r' % (pdf_dir, jdir))
        print('1 erreur(s)')
        return 1
    figs, nots, errors = check(fig_path, not_path, pdf_dir)
    for e in errors:
        print('ERREUR', e)
    print('%d chiffres, %d non-chiffres vérifiés (PDF %s, JSONL %s) : %d erreur(s)'
          % (len(figs), len(nots), pdf_dir, jdir, len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
