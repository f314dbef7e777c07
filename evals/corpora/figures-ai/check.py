"""Vérifie le jeu AI (figures-ai.jsonl, not_figures-ai.jsonl) contre le texte pypdf des PDF.

Usage : python check.py   (avec un Python qui a pypdf, par ex. .venv/bin/python du dépôt)

La racine du dépôt est le premier dossier, en remontant depuis ce fichier, qui contient
pyproject.toml (repli : variable FIGURES_REPO_ROOT, puis /work/main). Les PDF sont lus dans
<racine>/evals/corpora/notes-sNN/<file>. Imprime le nombre d'erreurs.
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
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'section number', 'law number',
        'scale', 'threshold', 'other'}
ACTOR_SRC = {'phrase', 'contexte', 'tableau', None}
FIG_KEYS = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']
NOT_KEYS = ['file', 'page', 'text', 'sentence', 'why']
MAX_PER_PAGE = 10


def repo_root():
    for d in [HERE, *HERE.parents]:
        if (d / 'pyproject.toml').is_file():
            return d
    env = os.environ.get('FIGURES_REPO_ROOT')
    if env:
        return Path(env)
    return Path('/work/main')


ROOT = repo_root()
_pages = {}


def page_text(file, page):
    if file not in _pages:
        m = re.match(r'obs-(s\d+)-', file)
        if not m:
            raise ValueError(f'nom de fichier inattendu : {file}')
        pdf = ROOT / 'evals' / 'corpora' / f'notes-{m.group(1)}' / file
        reader = pypdf.PdfReader(pdf)
        _pages[file] = [' '.join((p.extract_text() or '').split()) for p in reader.pages]
    pages = _pages[file]
    if not isinstance(page, int) or not 1 <= page <= len(pages):
        return None
    return pages[page - 1]


WORDS = {
    'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7,
    'huit': 8, 'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14,
    'quinze': 15, 'seize': 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, 'vingt': 20,
    'vingt et un': 21, 'trente': 30, 'cent': 100, 'mille': 1000,
}


def word_value(t):
    """Premier nombre écrit en lettres dans t (le plus long d'abord)."""
    best = None
    for w in sorted(WORDS, key=len, reverse=True):
        m = re.search(r'(?<![\w-])' + re.escape(w) + r'(?![\w-])', t)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), WORDS[w], m.end())
    return best


def parse_value(text):
    """Valeur d'un texte de chiffre : chiffres, multiplicateurs M€ / millions / k€, lettres, fractions."""
    t = text.lower().replace('\u2019', "'")
    mult = 1
    if re.search(r'm€|million|millions', t):
        mult = 1e6
    elif re.search(r'k€', t):
        mult = 1e3
    m = re.search(r'\d[\d ]*(?:,\d+)?', t)
    if m:
        return float(m.group().strip().replace(' ', '').replace(',', '.')) * mult
    if 'moitié' in t:
        return 50.0
    if 'dizaine' in t:
        return 10.0
    first = word_value(t)
    if first is None:
        return None
    if ' sur ' in t[first[2]:]:
        rest = t[first[2]:].split(' sur ', 1)[1]
        den = word_value(rest)
        if den:
            return round(100.0 * first[1] / den[1], 2)
    return float(first[1]) * mult


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


def main():
    errors = []

    def err(kind, i, d, msg):
        errors.append(f"{kind} l.{i + 1} ({d.get('file')} p{d.get('page')} {d.get('text')!r}) : {msg}")

    def load(name):
        with open(ROOT / 'evals' / 'figures' / name, encoding='utf-8') as fh:
            return [json.loads(line) for line in fh if line.strip()]

    figs = load('figures-ai.jsonl')
    nots = load('not_figures-ai.jsonl')

    def check_common(kind, i, d, keys):
        for k in keys:
            if k not in d:
                err(kind, i, d, f'champ manquant {k}')
        txt = page_text(d['file'], d['page'])
        if txt is None:
            err(kind, i, d, 'page absente du PDF')
            return
        sent = ' '.join(d['sentence'].split())
        if sent != d['sentence']:
            err(kind, i, d, 'sentence non repliée')
        if sent not in txt:
            err(kind, i, d, 'sentence absente de la page')
        n = d['sentence'].count(d['text'])
        if n == 0:
            err(kind, i, d, 'text absent de sentence')
        occ = d.get('occurrence')
        if occ is not None and not (isinstance(occ, int) and 1 <= occ <= n):
            err(kind, i, d, f'occurrence {occ} invalide ({n} présence(s))')
        if occ is None and n > 1:
            err(kind, i, d, f'text présent {n} fois sans occurrence')
        return txt

    for i, d in enumerate(figs):
        txt = check_common('chiffre', i, d, FIG_KEYS)
        if d.get('unit') not in UNITS:
            err('chiffre', i, d, f"unité inconnue {d.get('unit')!r}")
        v = parse_value(d['text'])
        if v is None or not isinstance(d.get('value'), (int, float)) or abs(v - d['value']) > 0.01:
            err('chiffre', i, d, f"value {d.get('value')} ne correspond pas au texte (lu : {v})")
        if d.get('unit') == '%' and not 0 <= d['value'] <= 100:
            err('chiffre', i, d, 'pourcentage hors de 0-100')
        if d.get('unit') == '/10' and not 0 <= d['value'] <= 10:
            err('chiffre', i, d, 'note hors de 0-10')
        for k in ('year', 'year_alt'):
            if k in d and not year_ok(d[k]):
                err('chiffre', i, d, f'{k} mal formé : {d[k]!r}')
        if not isinstance(d.get('measure'), str) or not d['measure'].strip():
            err('chiffre', i, d, 'measure vide')
        if d.get('actor_src', None) not in ACTOR_SRC:
            err('chiffre', i, d, f"actor_src inconnu {d.get('actor_src')!r}")
        if (d.get('actor') is None) != (d.get('actor_src') is None):
            err('chiffre', i, d, 'actor et actor_src incohérents')
        if d.get('unit') in ('count', 'people') and not d.get('noun'):
            err('chiffre', i, d, 'noun manquant pour un compte')
        for a in d.get('also_printed_as', []):
            if txt is not None and ' '.join(a['sentence'].split()) not in txt:
                err('chiffre', i, d, f"also_printed_as absent de la page : {a['sentence'][:60]!r}")
            if a['text'] not in a['sentence']:
                err('chiffre', i, d, f"also_printed_as : text {a['text']!r} absent de sa phrase")

    for i, d in enumerate(nots):
        check_common('non-chiffre', i, d, NOT_KEYS)
        if d.get('why') not in WHYS:
            err('non-chiffre', i, d, f"why inconnu {d.get('why')!r}")

    per_page = Counter((d['file'], d['page']) for d in figs)
    for (f, p), n in per_page.items():
        if n > MAX_PER_PAGE:
            errors.append(f'{f} p{p} : {n} chiffres (> {MAX_PER_PAGE})')
    for name, rows in (('chiffre', figs), ('non-chiffre', nots)):
        keys = Counter((d['file'], d['page'], d['sentence'], d['text'], d.get('occurrence')) for d in rows)
        for k, n in keys.items():
            if n > 1:
                errors.append(f'{name} en double : {k[0]} p{k[1]} {k[3]!r}')
    for i, d in enumerate(nots):
        if (d['file'], d['page']) not in per_page:
            err('non-chiffre', i, d, 'page sans chiffre du jeu')
    fig_spans = {(d['file'], d['page'], d['sentence'], d['text'], d.get('occurrence')) for d in figs}
    for i, d in enumerate(nots):
        if (d['file'], d['page'], d['sentence'], d['text'], d.get('occurrence')) in fig_spans:
            err('non-chiffre', i, d, 'aussi annoté comme chiffre')

    for e in errors:
        print('ERREUR', e)
    print(f'{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (racine {ROOT}) : {len(errors)} erreur(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
