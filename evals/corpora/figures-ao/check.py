"""Vérifie le jeu AO (figures-ao.jsonl, not_figures-ao.jsonl) contre le texte pypdf des PDF.

Usage : python check.py   (imprime le nombre d'erreurs ; code de sortie 1 s'il y en a)

Les PDF sont cherchés sous <racine du dépôt>/evals/corpora/notes-sNN/. La racine est le premier dossier parent
de ce fichier qui contient `pyproject.toml` ; à défaut, la variable FIGURES_REPO_ROOT, puis /work/main.
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


def repo_root():
    for d in [HERE, *HERE.parents]:
        if (d / 'pyproject.toml').is_file():
            return d
    env = os.environ.get('FIGURES_REPO_ROOT')
    if env and Path(env).is_dir():
        return Path(env)
    return Path('/work/main')


ROOT = repo_root()


def pdf_path(name):
    m = re.match(r'obs-(s\d\d)-', name)
    return ROOT / 'evals' / 'corpora' / f'notes-{m.group(1)}' / name if m else ROOT / name


def collapse(s):
    return ' '.join(s.split())


_PAGES = {}


def page_text(name, page):
    if name not in _PAGES:
        r = pypdf.PdfReader(str(pdf_path(name)))
        _PAGES[name] = [collapse(p.extract_text() or '') for p in r.pages]
    pages = _PAGES[name]
    if not 1 <= page <= len(pages):
        return None
    return pages[page - 1]


# ---- valeur attendue d'après `text` -------------------------------------------------------------
UNITS_W = {'zéro': 0, 'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8,
           'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15, 'seize': 16,
           'vingt': 20, 'trente': 30, 'quarante': 40, 'cinquante': 50, 'soixante': 60}
SPECIAL = {'moitié': 50.0, 'la moitié': 50.0, 'dizaine': 10.0, 'une dizaine': 10.0}
NOISE = {'et', 'pour', 'cent', 'sur', 'ans', 'an', 'années', 'année', 'points', 'point', 'euros', "d'euros", 'd’euros'}


def words_to_number(s):
    s = s.lower().replace('-', ' ').replace('’', "'")
    s = re.sub(r'\bpour cent\b', ' ', s)
    s = re.sub(r'\bsur dix\b', ' ', s)
    if s.strip() in SPECIAL:
        return SPECIAL[s.strip()]
    parts = s.split('virgule')
    def integer(txt):
        total, cur, prev, seen = 0, 0, None, False
        for w in txt.split():
            if w in UNITS_W:
                v = UNITS_W[w]
                if w == 'vingt' and prev == 'quatre':
                    cur = cur - 4 + 80
                else:
                    cur += v
                seen = True
            elif w in ('vingts',) and prev == 'quatre':
                cur = cur - 4 + 80; seen = True
            elif w in ('cent', 'cents'):
                cur = (cur or 1) * 100; seen = True
            elif w == 'mille':
                total += (cur or 1) * 1000; cur = 0; seen = True
            elif w in ('million', 'millions'):
                total += (cur or 1) * 1_000_000; cur = 0; seen = True
            elif w in NOISE or w.startswith('('):
                pass
            else:
                pass
            prev = w
        return (total + cur) if seen else None
    a = integer(parts[0])
    if a is None:
        return None
    if len(parts) > 1:
        b = integer(parts[1])
        if b is None:
            return None
        return float(f'{a}.{b}')
    return float(a)


NUM_RE = re.compile(r'\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?')


def expected_value(text):
    low = text.lower()
    m = NUM_RE.search(text)
    if m:
        v = float(re.sub(r'[ \u00a0\u202f]', '', m.group()).replace(',', '.'))
    else:
        v = words_to_number(text)
        if v is None:
            return None
    if 'm€' in low or 'million' in low:
        if m:  # « 1,5 M€ » ; en lettres, « un million … » est déjà compté
            v *= 1_000_000
    elif 'k€' in low:
        v *= 1000
    elif 'milliard' in low:
        v *= 1e9
    return v


def year_ok(y):
    return y is None or (isinstance(y, int) and 1900 <= y <= 2100) or (
        isinstance(y, str) and re.fullmatch(r'(19|20)\d\d-(19|20)\d\d', y) is not None)


def main():
    errors = []
    def err(i, kind, msg):
        errors.append(f'{kind} #{i}: {msg}')

    figs = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'figures-ao.jsonl', encoding='utf-8') if l.strip()]
    nots = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'not_figures-ao.jsonl', encoding='utf-8') if l.strip()]
    req = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']
    per_page = Counter()
    seen = set()
    fig_values = defaultdict(set)

    for i, d in enumerate(figs, 1):
        miss = [k for k in req if k not in d]
        if miss:
            err(i, 'chiffre', f'champs manquants {miss}'); continue
        t = page_text(d['file'], d['page'])
        if t is None:
            err(i, 'chiffre', f"page {d['page']} hors du PDF {d['file']}"); continue
        sent = collapse(d['sentence'])
        if sent != d['sentence']:
            err(i, 'chiffre', 'sentence non repliée')
        if sent not in t:
            err(i, 'chiffre', f"phrase absente de la page : {sent[:80]!r}")
        n = sent.count(d['text'])
        if n == 0:
            err(i, 'chiffre', f"text {d['text']!r} absent de la phrase")
        occ = d.get('occurrence')
        if n > 1 and occ is None:
            err(i, 'chiffre', f"text {d['text']!r} présent {n} fois sans occurrence")
        if occ is not None and not (isinstance(occ, int) and 1 <= occ <= n):
            err(i, 'chiffre', f'occurrence {occ} invalide ({n} présences)')
        ev = expected_value(d['text'])
        if ev is None or not isinstance(d['value'], (int, float)) or abs(ev - d['value']) > 1e-6 * max(1, abs(ev)):
            err(i, 'chiffre', f"value {d['value']} ne correspond pas à {d['text']!r} (attendu {ev})")
        if d['unit'] not in UNITS:
            err(i, 'chiffre', f"unité {d['unit']!r} hors liste")
        if not year_ok(d['year']) or not year_ok(d.get('year_alt')):
            err(i, 'chiffre', f"année mal formée {d['year']!r} / {d.get('year_alt')!r}")
        if d.get('actor_src', None) not in ACTOR_SRC:
            err(i, 'chiffre', f"actor_src {d.get('actor_src')!r} hors liste")
        if (d['actor'] is None) != (d.get('actor_src') is None):
            err(i, 'chiffre', 'actor et actor_src incohérents')
        if not isinstance(d['measure'], str) or not d['measure'].strip():
            err(i, 'chiffre', 'measure vide')
        for ap in d.get('also_printed_as', []) or []:
            s2 = collapse(ap['sentence'])
            if s2 not in t:
                err(i, 'chiffre', f"also_printed_as : phrase absente de la page : {s2[:80]!r}")
            if ap['text'] not in s2:
                err(i, 'chiffre', f"also_printed_as : {ap['text']!r} absent de sa phrase")
        key = (d['file'], d['page'], d['text'], sent, occ)
        if key in seen:
            err(i, 'chiffre', 'doublon')
        seen.add(key)
        per_page[(d['file'], d['page'])] += 1
        fig_values[(d['file'], d['page'])].add(float(d['value']))

    for (f, p), c in per_page.items():
        if c > MAX_PER_PAGE:
            errors.append(f'page {f} p{p} : {c} chiffres (> {MAX_PER_PAGE})')

    nseen = set()
    for i, d in enumerate(nots, 1):
        miss = [k for k in ['file', 'page', 'text', 'sentence', 'why'] if k not in d]
        if miss:
            err(i, 'non-chiffre', f'champs manquants {miss}'); continue
        t = page_text(d['file'], d['page'])
        if t is None:
            err(i, 'non-chiffre', f"page {d['page']} hors du PDF {d['file']}"); continue
        sent = collapse(d['sentence'])
        if sent not in t:
            err(i, 'non-chiffre', f"phrase absente de la page : {sent[:80]!r}")
        n = sent.count(d['text'])
        if n == 0:
            err(i, 'non-chiffre', f"text {d['text']!r} absent de la phrase")
        if n > 1 and d.get('occurrence') is None:
            err(i, 'non-chiffre', f"text {d['text']!r} présent {n} fois sans occurrence")
        if d['why'] not in WHYS:
            err(i, 'non-chiffre', f"why {d['why']!r} hors liste")
        if (d['file'], d['page']) not in per_page:
            err(i, 'non-chiffre', 'pris sur une page sans chiffre du jeu')
        m = NUM_RE.search(d['text'])
        if m:
            v = float(re.sub(r'[ \u00a0\u202f]', '', m.group()).replace(',', '.'))
            if v in fig_values[(d['file'], d['page'])]:
                err(i, 'non-chiffre', f"même valeur ({v}) qu'un chiffre de la page (convention du jeu)")
        key = (d['file'], d['page'], d['text'], sent, d.get('occurrence'))
        if key in nseen:
            err(i, 'non-chiffre', 'doublon')
        nseen.add(key)

    for e in errors:
        print(e)
    print(f'{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (racine {ROOT}) : {len(errors)} erreur(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
