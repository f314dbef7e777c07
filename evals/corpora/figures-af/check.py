#!/usr/bin/env python3
"""Vérifie le jeu « figures-af » contre les PDF (texte pypdf, page par page).

Contrôles :
- chaque `sentence` (blancs repliés) est dans le texte pypdf de sa page (index PDF base 1) ;
- `text` est dans `sentence` (pour etalab : `text` dans `sentence_decoded`, `text_extracted` dans `sentence`) ;
  si `text` figure plusieurs fois dans `sentence`, `occurrence` est donné et possible ;
- `value` correspond à `text` (chiffres, multiplicateurs M€ / millions / k€, nombres et fractions en lettres) ;
- `unit` et `why` sont dans les listes ; `year` est un entier, une chaîne « AAAA-AAAA » ou null ;
- chaque `also_printed_as` (texte + phrase) est sur la même page ;
- au plus 10 chiffres par page pour les notes, 12 pour les PDF réels ; les non-chiffres sont pris sur des pages
  qui portent au moins un chiffre du jeu ; pas de doublon.
Imprime le nombre d'erreurs.

Chemins : la racine du dépôt est le premier dossier parent qui contient `pyproject.toml` ; les notes sont dans
`evals/corpora/notes-sNN/`, les PDF réels dans `../shared/realworld-pdfs/` à côté du dépôt.
"""
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
UNITS = {'%', '€', '/10', 'years', 'people', 'count', 'pts'}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'section number', 'law number', 'scale',
        'threshold', 'other'}


def repo_root():
    for d in [HERE, *HERE.parents]:
        if (d / 'pyproject.toml').exists():
            return d
    env = os.environ.get('FIGURES_REPO_ROOT')
    if env and (Path(env) / 'pyproject.toml').exists():
        return Path(env)
    if Path('/work/main/pyproject.toml').exists():  # avant copie dans le dépôt
        return Path('/work/main')
    sys.exit('racine du dépôt (pyproject.toml) introuvable')


ROOT = repo_root()


def pdf_path(name):
    m = re.match(r'obs-s(\d+)-', name)
    if m:
        return ROOT / 'evals' / 'corpora' / f'notes-s{m.group(1)}' / name
    return ROOT.parent / 'shared' / 'realworld-pdfs' / name


def collapse(s):
    return ' '.join(s.split())


GLYPHS = {'zero': '0', 'one': '1', 'two': '2', 'three': '3', 'four': '4', 'five': '5', 'six': '6',
          'seven': '7', 'eight': '8', 'nine': '9'}


def decode_glyphs(s):
    return re.sub(r'/(zero|one|two|three|four|five|six|seven|eight|nine)\.pnum', lambda m: GLYPHS[m.group(1)], s)


_pages = {}


def page_text(name, p):
    if name not in _pages:
        r = pypdf.PdfReader(str(pdf_path(name)))
        _pages[name] = [collapse(pg.extract_text() or '') for pg in r.pages]
    pages = _pages[name]
    if not 1 <= p <= len(pages):
        return None
    return pages[p - 1]


WORDS = {'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8,
         'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15, 'seize': 16,
         'vingt': 20, 'trente': 30, 'quarante': 40, 'cinquante': 50, 'soixante': 60, 'cent': 100, 'mille': 1000}
APPROX = {'dizaine': 10, 'douzaine': 12, 'quinzaine': 15, 'vingtaine': 20, 'trentaine': 30, 'quarantaine': 40,
          'cinquantaine': 50, 'soixantaine': 60, 'centaine': 100, 'centaines': 100, 'milliers': 1000,
          'millier': 1000}


def word_number(w):
    w = w.lower().strip()
    w = re.sub(r"^(d'|d’|l'|l’)", '', w)
    if w in WORDS:
        return WORDS[w]
    parts = re.split(r'[-\s]+', w)
    if parts and all(x in WORDS or x == 'et' for x in parts):
        return sum(WORDS[x] for x in parts if x != 'et')
    return None


def number_in(s):
    """Premier nombre (chiffres ou lettres) d'une chaîne."""
    m = re.search(r'\d[\d\u00a0\u202f ]*(?:[.,]\d+)?', s)
    if m:
        return float(re.sub(r'[\s\u00a0\u202f]', '', m.group(0)).replace(',', '.'))
    for tok in re.findall(r"[A-Za-zÀ-ÿ'’-]+", s):
        v = word_number(tok)
        if v is not None:
            return float(v)
    return None


def parse_value(text):
    t = text.strip()
    low = t.lower()
    # fractions en lettres ou en chiffres : « une personne sur deux », « deux élus locaux sur trois »
    m = re.search(r"^(?:près d['’]|plus d['’])?(.+?)\s.*\bsur\s+(\S+)$", low)
    if m and ' sur ' in low and '/' not in low:
        a, b = number_in(m.group(1)), number_in(m.group(2))
        if a is not None and b:
            return round(100.0 * a / b, 2)
    if 'moitié' in low:
        return 50.0
    if 'trois quarts' in low:
        return 75.0
    if 'demi' in low:
        return 0.5
    for k, v in APPROX.items():
        if re.search(r'\b' + k + r'\b', low):
            return float(v)
    v = number_in(t)
    if v is None:
        return None
    if re.search(r'M€|millions? d', t):
        v *= 1e6
    elif re.search(r'milliards?', t):
        v *= 1e9
    elif re.search(r'[kK]€', t):
        v *= 1e3
    return v


def close(a, b):
    return abs(a - b) <= max(0.011, 1e-6 * abs(b))


YEAR_RE = re.compile(r'^\d{4}-\d{4}$')


def load(fn):
    out = []
    with open(ROOT / 'evals' / 'figures' / fn, encoding='utf-8') as f:
        for i, line in enumerate(f, 1):
            line = line.strip()
            if line:
                out.append((i, json.loads(line)))
    return out


def main():
    errors = []

    def err(fn, i, msg):
        errors.append(f'{fn}:{i}: {msg}')

    figs = load('figures-af.jsonl')
    nfs = load('not_figures-af.jsonl')
    per_page = Counter()
    seen = set()
    fig_pages = set()
    for fn, items, is_fig in (('figures-af.jsonl', figs, True), ('not_figures-af.jsonl', nfs, False)):
        for i, it in enumerate(items):
            ln, d = it
            need = ['file', 'page', 'text', 'sentence'] + (
                ['value', 'unit', 'noun', 'actor', 'measure', 'year'] if is_fig else ['why'])
            miss = [k for k in need if k not in d]
            if miss:
                err(fn, ln, f'champs manquants {miss}')
                continue
            name, p = d['file'], d['page']
            if not pdf_path(name).exists():
                err(fn, ln, f'PDF introuvable {name}')
                continue
            t = page_text(name, p)
            if t is None:
                err(fn, ln, f'page {p} hors du PDF')
                continue
            sent = collapse(d['sentence'])
            if sent != d['sentence']:
                err(fn, ln, 'sentence non repliée')
            if sent not in t:
                err(fn, ln, f'sentence absente de la page : {sent[:70]!r}')
            text = d['text']
            if 'sentence_decoded' in d:
                if collapse(decode_glyphs(d['sentence'])) != d['sentence_decoded']:
                    err(fn, ln, 'sentence_decoded ne correspond pas à sentence')
                if text not in d['sentence_decoded']:
                    err(fn, ln, 'text absent de sentence_decoded')
                if d.get('text_extracted') is not None and d['text_extracted'] not in sent:
                    err(fn, ln, 'text_extracted absent de sentence')
                hay = d['sentence_decoded']
            else:
                if text not in sent:
                    err(fn, ln, f'text {text!r} absent de sentence')
                hay = sent
            n = hay.count(text)
            if n > 1 and not (isinstance(d.get('occurrence'), int) and 1 <= d['occurrence'] <= n):
                err(fn, ln, f'text présent {n} fois : occurrence requise')
            if 'occurrence' in d and not (isinstance(d['occurrence'], int) and 1 <= d['occurrence'] <= n):
                err(fn, ln, 'occurrence impossible')
            key = (name, p, text, sent, d.get('occurrence', 1))
            if key in seen:
                err(fn, ln, 'doublon')
            seen.add(key)
            if is_fig:
                if d['unit'] not in UNITS:
                    err(fn, ln, f"unité inconnue {d['unit']!r}")
                v = parse_value(text)
                if v is None or not isinstance(d['value'], (int, float)) or not close(float(d['value']), v):
                    err(fn, ln, f"value {d['value']} ne correspond pas à text {text!r} (lu {v})")
                y = d['year']
                if not (y is None or isinstance(y, int) or (isinstance(y, str) and YEAR_RE.match(y))):
                    err(fn, ln, f'year invalide {y!r}')
                ya = d.get('year_alt')
                if not (ya is None or isinstance(ya, int) or (isinstance(ya, str) and YEAR_RE.match(ya))):
                    err(fn, ln, f'year_alt invalide {ya!r}')
                if d['unit'] in ('count', 'people') and not d['noun']:
                    err(fn, ln, 'noun manquant pour count/people')
                if not d['measure']:
                    err(fn, ln, 'measure vide')
                for a in d.get('also_printed_as', []) or []:
                    s2 = collapse(a.get('sentence', ''))
                    if s2 not in t:
                        err(fn, ln, f'also_printed_as absent de la page : {s2[:60]!r}')
                    if a.get('text', '') not in s2 and a.get('text', '') not in collapse(decode_glyphs(s2)):
                        err(fn, ln, 'also_printed_as : text absent de sa phrase')
                per_page[(name, p)] += 1
                fig_pages.add((name, p))
            else:
                if d['why'] not in WHYS:
                    err(fn, ln, f"why inconnu {d['why']!r}")
    for (name, p), n in per_page.items():
        cap = 10 if name.startswith('obs-') else 12
        if n > cap:
            errors.append(f'{name} p{p}: {n} chiffres > {cap}')
    for ln, d in nfs:
        if (d.get('file'), d.get('page')) not in fig_pages:
            errors.append(f"not_figures-af.jsonl:{ln}: page {d.get('page')} de {d.get('file')} sans chiffre du jeu")
    for e in errors:
        print(e)
    print(f'{len(figs)} chiffres, {len(nfs)} non-chiffres vérifiés (racine {ROOT}) : {len(errors)} erreur(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
