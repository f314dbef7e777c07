#!/usr/bin/env python3
"""Vérifie le jeu AJ (figures-aj.jsonl, not_figures-aj.jsonl) contre le texte pypdf des PDF.

Lancer avec l'interpréteur du dépôt : .venv/bin/python evals/corpora/figures-aj/check.py
Imprime chaque erreur puis une ligne « … : N erreur(s) ».
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
MAX_PER_PAGE = 10
FIG_KEYS = {'file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence'}
FIG_OPT = {'actor_alt', 'year_alt', 'in_table', 'several_actors', 'actor_src', 'range_high', 'occurrence',
           'also_printed_as', 'note'}
NOT_KEYS = {'file', 'page', 'text', 'sentence', 'why'}
NOT_OPT = {'note', 'occurrence'}


def repo_root():
    for d in [HERE, *HERE.parents]:
        if (d / 'pyproject.toml').is_file():
            return d
    env = os.environ.get('FIGURES_REPO_ROOT')
    if env:
        return Path(env)
    return Path('/work/main')  # avant copie dans le dépôt


ROOT = repo_root()
_pages = {}


def page_text(file, page):
    """Texte pypdf de la page (base 1), blancs repliés ; None si la page n'existe pas."""
    if file not in _pages:
        m = re.match(r'obs-s(\d\d)-', file)
        if not m:
            raise FileNotFoundError(file)
        path = ROOT / 'evals' / 'corpora' / f'notes-s{m.group(1)}' / file
        reader = pypdf.PdfReader(str(path))
        _pages[file] = [' '.join((p.extract_text() or '').split()) for p in reader.pages]
    pages = _pages[file]
    if not isinstance(page, int) or not 1 <= page <= len(pages):
        return None
    return pages[page - 1]


def fold(s):
    return ' '.join(s.split())


WORDS = {'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8,
         'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15,
         'seize': 16, 'vingt': 20, 'trente': 30, 'quarante': 40, 'cinquante': 50, 'cent': 100, 'mille': 1000,
         'dizaine': 10, 'douzaine': 12, 'vingtaine': 20, 'trentaine': 30, 'centaine': 100}
NUM_RE = re.compile(r'\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?')


def word_num(w):
    return WORDS.get(w.lower().replace('’', "'").split("'")[-1])


def parse_value(text, unit):
    """Valeur attendue pour `text` (chiffres ou lettres), ou None si illisible."""
    t = fold(text).replace('\u00a0', ' ')
    low = t.lower()
    nums = NUM_RE.findall(t)
    if nums:
        v = float(nums[0].replace(' ', '').replace(',', '.'))
        if unit == '%' and ' sur ' in low and len(nums) >= 2:
            return 100 * v / float(nums[1].replace(' ', '').replace(',', '.'))
        if re.search(r'\bM€|\bmillions?\b', t):
            v *= 1e6
        elif re.search(r'\b[kK]€', t):
            v *= 1e3
        elif re.search(r'\bmilliards?\b', t):
            v *= 1e9
        return v
    if 'demi' in low:
        ws = [word_num(w) for w in re.findall(r"[\w'’]+", low)]
        base = next((x for x in ws if x and x != 1), 0)
        return base + 0.5
    if 'moitié' in low:
        return 50.0
    words = re.findall(r"[\w'’]+", low)
    if ' sur ' in f' {low} ':
        i = words.index('sur')
        a = next((word_num(w) for w in reversed(words[:i]) if word_num(w)), None)
        b = next((word_num(w) for w in words[i + 1:] if word_num(w)), None)
        if a and b:
            return 100 * a / b
    vals = [word_num(w) for w in words if word_num(w)]
    if not vals:
        return None
    if len(vals) >= 2 and vals[0] < vals[1] and vals[1] in (20, 100, 1000):  # « deux cents », « trois mille »
        return float(vals[0] * vals[1] + sum(vals[2:]))
    return float(sum(vals)) if len(vals) > 1 and vals[0] >= 20 else float(vals[0])


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + len(needle))
    return out


def check_year(y, where, errors, name='year'):
    if y is None or isinstance(y, int) and 1900 <= y <= 2100:
        return
    if isinstance(y, str) and re.fullmatch(r'(19|20)\d\d-(19|20)\d\d', y) and y[:4] < y[5:]:
        return
    errors.append(f'{where}: {name} invalide {y!r}')


def main():
    errors = []
    figs = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'figures-aj.jsonl', encoding='utf-8') if l.strip()]
    nots = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'not_figures-aj.jsonl', encoding='utf-8') if l.strip()]
    per_page = Counter()
    seen = set()
    fig_pages = set()

    def check_common(d, where, keys, opt):
        missing = keys - d.keys()
        extra = d.keys() - keys - opt
        if missing:
            errors.append(f'{where}: champs manquants {sorted(missing)}')
        if extra:
            errors.append(f'{where}: champs inconnus {sorted(extra)}')
        try:
            page = page_text(d['file'], d['page'])
        except Exception as e:  # noqa: BLE001
            errors.append(f'{where}: PDF illisible ({e})')
            return None
        if page is None:
            errors.append(f'{where}: page {d["page"]} hors du PDF')
            return None
        s = d['sentence']
        if s != fold(s):
            errors.append(f'{where}: sentence non repliée')
        if fold(s) not in page:
            errors.append(f'{where}: sentence absente de la page')
        occ = occurrences(fold(s), d['text'])
        if not occ:
            errors.append(f'{where}: text {d["text"]!r} absent de la sentence')
        elif len(occ) > 1 and 'occurrence' not in d:
            errors.append(f'{where}: text présent {len(occ)} fois dans la sentence sans occurrence')
        if 'occurrence' in d and not (isinstance(d['occurrence'], int) and 1 <= d['occurrence'] <= len(occ)):
            errors.append(f'{where}: occurrence {d["occurrence"]!r} invalide ({len(occ)} présence(s))')
        return page

    for n, d in enumerate(figs, 1):
        where = f'figures l.{n} ({d.get("file", "?")[:9]} p{d.get("page")} {d.get("text")!r})'
        page = check_common(d, where, FIG_KEYS, FIG_OPT)
        if d.get('unit') not in UNITS:
            errors.append(f'{where}: unité {d.get("unit")!r} hors liste')
        v = d.get('value')
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            errors.append(f'{where}: value non numérique')
        else:
            exp = parse_value(d['text'], d.get('unit'))
            if exp is None:
                errors.append(f'{where}: valeur illisible dans text')
            elif abs(exp - v) > max(0.01, 1e-6 * abs(v)):
                errors.append(f'{where}: value {v} ≠ {exp} lue dans text')
        if 'range_high' in d and not (isinstance(d['range_high'], (int, float)) and d['range_high'] > v):
            errors.append(f'{where}: range_high invalide')
        check_year(d.get('year'), where, errors)
        if 'year_alt' in d:
            check_year(d['year_alt'], where, errors, 'year_alt')
            if d['year_alt'] == d.get('year'):
                errors.append(f'{where}: year_alt identique à year')
        if d.get('actor_src', None) not in ACTOR_SRC:
            errors.append(f'{where}: actor_src {d.get("actor_src")!r} hors liste')
        if (d.get('actor') is None) != (d.get('actor_src') is None):
            errors.append(f'{where}: actor et actor_src incohérents')
        if d.get('unit') in ('count', 'people') and not d.get('noun'):
            errors.append(f'{where}: noun manquant pour un compte')
        if not d.get('measure'):
            errors.append(f'{where}: measure vide')
        for k in ('in_table', 'several_actors'):
            if k in d and d[k] is not True:
                errors.append(f'{where}: {k} doit valoir true s’il est présent')
        for a in d.get('also_printed_as', []):
            if page is not None and fold(a.get('sentence', '')) not in page:
                errors.append(f'{where}: also_printed_as absent de la page : {a.get("sentence", "")[:50]!r}')
            if a.get('text', '\0') not in a.get('sentence', ''):
                errors.append(f'{where}: also_printed_as.text absent de sa sentence')
        key = (d.get('file'), d.get('page'), d.get('text'), d.get('sentence'), d.get('occurrence'), d.get('measure'))
        if key in seen:
            errors.append(f'{where}: doublon')
        seen.add(key)
        per_page[(d.get('file'), d.get('page'))] += 1
        fig_pages.add((d.get('file'), d.get('page')))

    for (f, p), c in per_page.items():
        if c > MAX_PER_PAGE:
            errors.append(f'{f} p{p}: {c} chiffres (> {MAX_PER_PAGE})')

    seen_not = set()
    for n, d in enumerate(nots, 1):
        where = f'not_figures l.{n} ({d.get("file", "?")[:9]} p{d.get("page")} {d.get("text")!r})'
        check_common(d, where, NOT_KEYS, NOT_OPT)
        if d.get('why') not in WHYS:
            errors.append(f'{where}: why {d.get("why")!r} hors liste')
        if (d.get('file'), d.get('page')) not in fig_pages:
            errors.append(f'{where}: page sans chiffre du jeu')
        key = (d.get('file'), d.get('page'), d.get('text'), d.get('sentence'), d.get('occurrence'))
        if key in seen_not:
            errors.append(f'{where}: doublon')
        seen_not.add(key)
        for f in figs:
            if (f['file'], f['page'], f['sentence']) == (d['file'], d['page'], d['sentence']) \
                    and f['text'] == d['text'] and f.get('occurrence') == d.get('occurrence'):
                errors.append(f'{where}: même nombre que le chiffre {f["text"]!r}')

    for e in errors:
        print(e)
    print(f'{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (racine {ROOT}) : {len(errors)} erreur(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
