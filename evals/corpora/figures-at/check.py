"""Vérifie figures-at.jsonl et not_figures-at.jsonl contre le texte pypdf des PDF de notes (s9 à s12).

Usage : python check.py   (imprime le nombre d'erreurs ; code de sortie 1 s'il y en a)
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
UNITS = {'%', '€', '/10', 'years', 'people', 'count', 'pts'}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'section number', 'law number', 'scale',
        'threshold', 'other'}
ACTOR_SRC = {'phrase', 'contexte', 'tableau', None}
FIG_KEYS = {'file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence'}
FIG_OPT = {'actor_alt', 'year_alt', 'in_table', 'several_actors', 'actor_src', 'range_high', 'occurrence',
           'also_printed_as', 'note'}
NOT_KEYS = {'file', 'page', 'text', 'sentence', 'why'}
NOT_OPT = {'note', 'occurrence'}
MAX_PER_PAGE = 10


def repo_root():
    for p in [HERE, *HERE.parents]:
        if (p / 'pyproject.toml').is_file():
            return p
    env = os.environ.get('FIGURES_REPO_ROOT')
    if env:
        return Path(env)
    return Path('/work/main')  # avant copie dans le dépôt


ROOT = repo_root()


def pdf_path(name):
    m = re.match(r'obs-s(\d+)-', name)
    return ROOT / 'evals' / 'corpora' / f'notes-s{m.group(1)}' / name if m else None


def collapse(t):
    return re.sub(r'\s+', ' ', t).strip()


_cache = {}


def page_text(name, page):
    if name not in _cache:
        p = pdf_path(name)
        if p is None or not p.is_file():
            _cache[name] = None
        else:
            _cache[name] = [collapse(pg.extract_text() or '') for pg in pypdf.PdfReader(str(p)).pages]
    pages = _cache[name]
    if pages is None or not isinstance(page, int) or not 1 <= page <= len(pages):
        return None
    return pages[page - 1]


def count_occ(text, sentence):
    pat = r'(?<![0-9A-Za-zÀ-ÿ,])' + re.escape(text) + r'(?![0-9A-Za-zÀ-ÿ])'
    return len(re.findall(pat, sentence))


WORDS = {'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8,
         'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15, 'seize': 16,
         'vingt': 20, 'trente': 30, 'cent': 100, 'mille': 1000}
APPROX = {'dizaine': 10, 'douzaine': 12, 'quinzaine': 15, 'vingtaine': 20, 'trentaine': 30, 'centaine': 100}


def parse_value(text):
    """Valeur en unités de base lue dans `text` ; None si illisible. Renvoie (valeur, tolérance relative)."""
    t = text.replace('\u202f', ' ').replace('\xa0', ' ')
    low = t.lower()
    m = re.search(r'\d[\d ]*(?:,\d+)?', t)
    if m:
        v = float(m.group(0).replace(' ', '').replace(',', '.'))
        if re.search(r'\bM€|millions?\b', t):
            v *= 1e6
        elif re.search(r'\bk€|K€', t):
            v *= 1e3
        elif re.search(r'milliards?', t):
            v *= 1e9
        return v, 1e-9
    toks = re.findall(r'[a-zàâçéèêëîïôûùüÿœ]+', low)
    if 'demi' in toks:
        return 0.5, 1e-9
    m = re.search(r'(\w+) sur (\w+)', low)
    if m and m.group(1) in WORDS and m.group(2) in WORDS:
        return 100.0 * WORDS[m.group(1)] / WORDS[m.group(2)], 0.02
    if 'moitié' in toks:
        return 50.0, 1e-9
    if 'tiers' in toks:
        n = next((WORDS[x] for x in toks if x in WORDS), 1)
        return 100.0 * n / 3, 0.02
    if 'quarts' in toks or 'quart' in toks:
        n = next((WORDS[x] for x in toks if x in WORDS), 1)
        return 25.0 * n, 1e-9
    for x in toks:
        if x in APPROX:
            return float(APPROX[x]), 1e-9
    for x in toks:
        if x in WORDS:
            return float(WORDS[x]), 1e-9
    return None, 0


def year_ok(y):
    if y is None:
        return True
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    if isinstance(y, str):
        m = re.fullmatch(r'(\d{4})-(\d{4})', y)
        return bool(m) and int(m.group(1)) <= int(m.group(2))
    return False


def main():
    errors = []

    def err(kind, i, msg):
        errors.append(f'{kind} ligne {i}: {msg}')

    figs = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'figures-at.jsonl', encoding='utf-8') if l.strip()]
    nots = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'not_figures-at.jsonl', encoding='utf-8') if l.strip()]
    per_page = Counter()
    seen = set()
    for i, d in enumerate(figs, 1):
        miss = FIG_KEYS - d.keys()
        extra = d.keys() - FIG_KEYS - FIG_OPT
        if miss or extra:
            err('chiffre', i, f'champs manquants {sorted(miss)} ou inconnus {sorted(extra)}')
            continue
        pt = page_text(d['file'], d['page'])
        if pt is None:
            err('chiffre', i, f"PDF ou page introuvable : {d['file']} p{d['page']}")
            continue
        if d['sentence'] != collapse(d['sentence']) or d['sentence'] not in pt:
            err('chiffre', i, f"phrase absente de la page : {d['sentence'][:80]}")
        n = count_occ(d['text'], d['sentence'])
        if d['text'] not in d['sentence'] or n == 0:
            err('chiffre', i, f"texte absent de la phrase : {d['text']}")
        occ = d.get('occurrence')
        if n > 1 and occ is None:
            err('chiffre', i, f"« {d['text']} » figure {n} fois dans la phrase : occurrence requise")
        if occ is not None and not (isinstance(occ, int) and 1 <= occ <= max(n, 1)):
            err('chiffre', i, f'occurrence invalide {occ}')
        if d['unit'] not in UNITS:
            err('chiffre', i, f"unité inconnue {d['unit']}")
        v, tol = parse_value(d['text'])
        if v is None or not isinstance(d['value'], (int, float)) or isinstance(d['value'], bool):
            err('chiffre', i, f"valeur illisible : {d['text']} / {d['value']}")
        elif abs(v - d['value']) > max(tol * abs(v), 1e-9):
            err('chiffre', i, f"valeur {d['value']} ne correspond pas à « {d['text']} » ({v})")
        if d['unit'] == '%' and not 0 <= d['value'] <= 100:
            err('chiffre', i, 'pourcentage hors de 0-100')
        if not year_ok(d['year']) or not year_ok(d.get('year_alt')):
            err('chiffre', i, f"année invalide {d['year']} / {d.get('year_alt')}")
        if d.get('actor_src') not in ACTOR_SRC:
            err('chiffre', i, f"actor_src inconnu {d.get('actor_src')}")
        if (d['actor'] is None) != (d.get('actor_src') is None):
            err('chiffre', i, 'actor et actor_src doivent être nuls ensemble')
        if not isinstance(d['measure'], str) or not d['measure'].strip():
            err('chiffre', i, 'measure vide')
        for a in d.get('also_printed_as') or []:
            if not isinstance(a, dict) or a.get('sentence') not in pt or a.get('text') not in a.get('sentence', ''):
                err('chiffre', i, f'also_printed_as absent de la page : {a}')
        key = (d['file'], d['page'], d['text'], d['sentence'], occ)
        if key in seen:
            err('chiffre', i, 'doublon')
        seen.add(key)
        per_page[(d['file'], d['page'])] += 1
    for (f, p), n in per_page.items():
        if n > MAX_PER_PAGE:
            errors.append(f'{f} p{p}: {n} chiffres (> {MAX_PER_PAGE})')
    seen = set()
    for i, d in enumerate(nots, 1):
        miss = NOT_KEYS - d.keys()
        extra = d.keys() - NOT_KEYS - NOT_OPT
        if miss or extra:
            err('non-chiffre', i, f'champs manquants {sorted(miss)} ou inconnus {sorted(extra)}')
            continue
        pt = page_text(d['file'], d['page'])
        if pt is None:
            err('non-chiffre', i, f"PDF ou page introuvable : {d['file']} p{d['page']}")
            continue
        if d['sentence'] not in pt:
            err('non-chiffre', i, f"phrase absente de la page : {d['sentence'][:80]}")
        if d['text'] not in d['sentence']:
            err('non-chiffre', i, f"texte absent de la phrase : {d['text']}")
        if d['why'] not in WHYS:
            err('non-chiffre', i, f"why inconnu {d['why']}")
        if (d['file'], d['page']) not in per_page:
            err('non-chiffre', i, 'page sans chiffre du jeu')
        key = (d['file'], d['page'], d['text'], d['sentence'], d.get('occurrence'))
        if key in seen:
            err('non-chiffre', i, 'doublon')
        seen.add(key)
    for e in errors:
        print(e)
    print(f'{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (racine {ROOT}) : {len(errors)} erreur(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
