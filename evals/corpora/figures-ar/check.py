"""Vérifie le jeu « figures-ar » contre le texte pypdf des PDF (notes-s74, s75, s76).

Usage : python check.py   (imprime le nombre d'erreurs ; code de sortie 1 s'il y en a)

La racine du dépôt est le premier dossier parent qui contient `pyproject.toml` ; à défaut,
la variable FIGURES_REPO_ROOT, puis /work/main.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent


def repo_root():
    for p in [HERE, *HERE.parents]:
        if (p / 'pyproject.toml').is_file():
            return p
    env = os.environ.get('FIGURES_REPO_ROOT')
    if env and (Path(env) / 'pyproject.toml').is_file():
        return Path(env)
    return Path('/work/main')


ROOT = repo_root()
UNITS = {'%', '€', '/10', 'years', 'people', 'count', 'pts'}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'section number', 'law number',
        'scale', 'threshold', 'other'}
MAX_PER_PAGE = 10
WORDS = {
    'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7,
    'huit': 8, 'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14,
    'quinze': 15, 'seize': 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, 'vingt': 20,
    'vingt-cinq': 25, 'trente': 30, 'quarante': 40, 'cinquante': 50, 'cent': 100, 'mille': 1000,
    'dizaine': 10, 'douzaine': 12, 'vingtaine': 20, 'trentaine': 30, 'centaine': 100,
    'moitié': 50, 'quart': 25, 'tiers': 100 / 3,
}
NUM = re.compile(r'[–-]?\s?\d{1,3}(?: \d{3})+(?:,\d+)?|[–-]?\s?\d+(?:,\d+)?')


def fold(s):
    return ' '.join(s.split())


_cache = {}


def page_text(fname, page):
    m = re.match(r'obs-s(\d+)-', fname)
    if not m:
        raise FileNotFoundError(fname)
    path = ROOT / 'evals' / 'corpora' / f'notes-s{m.group(1)}' / fname
    if path not in _cache:
        _cache[path] = [fold(p.extract_text() or '') for p in pypdf.PdfReader(str(path)).pages]
    pages = _cache[path]
    if not 1 <= page <= len(pages):
        raise IndexError(f'{fname} : page {page} hors du PDF ({len(pages)} pages)')
    return pages[page - 1]


def standalone(text, sentence):
    """Occurrences de `text` dans `sentence` qui ne sont pas collées à un chiffre ou une lettre."""
    pat = r'(?<![\w,])' + re.escape(text) + (r'(?!\w|,\d)' if text[-1:].isalnum() else '')
    return len(re.findall(pat, sentence))


def expected_value(text):
    t = fold(text)
    low = t.lower()
    m = NUM.search(t)
    if m:
        raw = m.group(0).replace(' ', '').replace('–', '-').replace(',', '.')
        v = float(raw)
        if 'm€' in low or 'million' in low:
            v *= 1e6
        elif 'milliard' in low:
            v *= 1e9
        elif 'k€' in low:
            v *= 1e3
        return v
    toks = [t for t in re.findall(r"[a-zàâçéèêëîïôûùüÿœ-]+", low) if t in WORDS]
    approx = [t for t in toks if t.endswith('aine') or t in ('moitié', 'quart', 'tiers')]
    if approx:
        return float(WORDS[approx[0]])
    if toks:
        return float(WORDS[toks[0]])
    return None


def year_ok(y):
    if y is None:
        return True
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1990 <= y <= 2035
    if isinstance(y, str):
        m = re.fullmatch(r'(\d{4})-(\d{4})', y)
        return bool(m) and int(m.group(1)) < int(m.group(2))
    return False


def main():
    errors = []
    figs = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'figures-ar.jsonl', encoding='utf-8') if l.strip()]
    nots = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'not_figures-ar.jsonl', encoding='utf-8') if l.strip()]

    def err(kind, i, d, msg):
        errors.append(f"{kind} #{i} {d.get('file')} p{d.get('page')} « {d.get('text')} » : {msg}")

    req = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']
    per_page = Counter()
    seen = set()
    for i, d in enumerate(figs, 1):
        miss = [k for k in req if k not in d]
        if miss:
            err('chiffre', i, d, f'champs manquants {miss}')
            continue
        try:
            pt = page_text(d['file'], d['page'])
        except Exception as e:  # noqa: BLE001
            err('chiffre', i, d, f'PDF illisible : {e}')
            continue
        s = fold(d['sentence'])
        if s != d['sentence']:
            err('chiffre', i, d, 'sentence non repliée')
        if s not in pt:
            err('chiffre', i, d, 'sentence absente de la page')
        n = standalone(d['text'], s)
        occ = d.get('occurrence', 1)
        if n == 0:
            err('chiffre', i, d, 'text absent de sentence')
        elif n > 1 and 'occurrence' not in d:
            err('chiffre', i, d, f'text présent {n} fois : occurrence manquante')
        elif occ > n:
            err('chiffre', i, d, f'occurrence {occ} > {n}')
        ev = expected_value(d['text'])
        v = d['value']
        if ev is None or not isinstance(v, (int, float)) or abs(v - ev) > 1e-6 * max(1.0, abs(ev)):
            err('chiffre', i, d, f'value {v!r} ne correspond pas au texte (attendu {ev!r})')
        if d['unit'] not in UNITS:
            err('chiffre', i, d, f"unité inconnue {d['unit']!r}")
        if not year_ok(d['year']) or not year_ok(d.get('year_alt')):
            err('chiffre', i, d, f"year / year_alt mal formés : {d['year']!r} / {d.get('year_alt')!r}")
        if not isinstance(d['measure'], str) or not d['measure'].strip():
            err('chiffre', i, d, 'measure vide')
        if d['actor'] is None and d.get('actor_src') not in (None,):
            err('chiffre', i, d, 'actor_src sans actor')
        for a in d.get('also_printed_as', []):
            sa = fold(a['sentence'])
            if sa not in pt:
                err('chiffre', i, d, f"also_printed_as absent de la page : {a['sentence'][:60]!r}")
            elif a['text'] not in sa:
                err('chiffre', i, d, f"also_printed_as : text {a['text']!r} absent de sa phrase")
        key = (d['file'], d['page'], d['text'], s, occ)
        if key in seen:
            err('chiffre', i, d, 'doublon')
        seen.add(key)
        per_page[(d['file'], d['page'])] += 1
    for (f, p), n in per_page.items():
        if n > MAX_PER_PAGE:
            errors.append(f'{f} p{p} : {n} chiffres (> {MAX_PER_PAGE})')

    for i, d in enumerate(nots, 1):
        miss = [k for k in ['file', 'page', 'text', 'sentence', 'why'] if k not in d]
        if miss:
            err('non-chiffre', i, d, f'champs manquants {miss}')
            continue
        try:
            pt = page_text(d['file'], d['page'])
        except Exception as e:  # noqa: BLE001
            err('non-chiffre', i, d, f'PDF illisible : {e}')
            continue
        s = fold(d['sentence'])
        if s not in pt:
            err('non-chiffre', i, d, 'sentence absente de la page')
        if d['text'] not in s:
            err('non-chiffre', i, d, 'text absent de sentence')
        if d['why'] not in WHYS:
            err('non-chiffre', i, d, f"why inconnu {d['why']!r}")
        if (d['file'], d['page']) not in per_page:
            err('non-chiffre', i, d, 'page sans chiffre du jeu')

    for e in errors:
        print(e)
    print(f'{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (racine {ROOT}) : {len(errors)} erreur(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
