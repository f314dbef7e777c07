#!/usr/bin/env python3
"""Vérifie figures-an.jsonl et not_figures-an.jsonl contre le texte pypdf des PDF (notes s62, s63, s64).

Racine du dépôt : premier dossier parent qui contient pyproject.toml (repli : $FIGURES_REPO_ROOT, puis /work/main).
Imprime le nombre d'erreurs.
"""
import json, os, re, sys
from pathlib import Path
from collections import Counter
import pypdf

HERE = Path(__file__).resolve().parent

def repo_root():
    for p in [HERE, *HERE.parents]:
        if (p / 'pyproject.toml').is_file():
            return p
    for c in (os.environ.get('FIGURES_REPO_ROOT'), '/work/main'):
        if c and (Path(c) / 'pyproject.toml').is_file():
            return Path(c)
    sys.exit('racine du dépôt introuvable (pyproject.toml)')

ROOT = repo_root()
UNITS = {'%', '€', '/10', 'years', 'people', 'count', 'pts'}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'section number', 'law number', 'scale',
        'threshold', 'other'}
WORDS = {'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8,
         'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15,
         'seize': 16, 'vingt': 20, 'trente': 30, 'cent': 100, 'mille': 1000}

def coll(s):
    return ' '.join(s.split())

_pages = {}
def page_text(fname, page):
    m = re.match(r'obs-(s\d+)-', fname)
    if not m:
        return None
    pdf = ROOT / 'evals' / 'corpora' / f'notes-{m.group(1)}' / fname
    if pdf not in _pages:
        if not pdf.is_file():
            _pages[pdf] = None
        else:
            _pages[pdf] = [coll(p.extract_text() or '') for p in pypdf.PdfReader(str(pdf)).pages]
    pages = _pages[pdf]
    if pages is None or not (1 <= page <= len(pages)):
        return None
    return pages[page - 1]

def parse_value(text, unit):
    t = text.lower().replace('\u202f', ' ').replace('\u00a0', ' ')
    if 'moitié' in t:
        return 50.0
    if 'trois quarts' in t:
        return 75.0
    m = re.search(r'(\d[\d ]*(?:,\d+)?)', t)
    if m:
        num = float(m.group(1).replace(' ', '').replace(',', '.'))
        m2 = re.search(r'(\d+)\s*sur\s*(\d+)', t)
        if m2 and unit == '%':
            return 100.0 * int(m2.group(1)) / int(m2.group(2))
        if 'm€' in t or 'million' in t:
            num *= 1e6
        elif 'k€' in t:
            num *= 1e3
        elif 'milliard' in t:
            num *= 1e9
        return num
    for w in re.findall(r"[a-zéèû-]+", t):
        if w in WORDS:
            return float(WORDS[w])
    return None

def year_ok(y):
    return y is None or isinstance(y, int) and 1900 <= y <= 2100 or \
        isinstance(y, str) and re.fullmatch(r'(19|20)\d\d-(19|20)\d\d', y) is not None

def main():
    errors = []
    figs = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'figures-an.jsonl', encoding='utf-8') if l.strip()]
    nots = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'not_figures-an.jsonl', encoding='utf-8') if l.strip()]
    need = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']
    keys = Counter()
    for i, d in enumerate(figs, 1):
        where = f"figure {i} ({d.get('file')} p{d.get('page')} {d.get('text')!r})"
        for k in need:
            if k not in d:
                errors.append(f'{where}: champ {k} manquant')
        pt = page_text(d.get('file', ''), d.get('page', 0))
        sent = d.get('sentence', '')
        if pt is None:
            errors.append(f'{where}: PDF ou page introuvable'); continue
        if coll(sent) != sent or sent not in pt:
            errors.append(f'{where}: sentence absente de la page')
        n = sent.count(d.get('text', '\0'))
        if n == 0:
            errors.append(f'{where}: text absent de sentence')
        elif n > 1 and not (1 <= d.get('occurrence', 0) <= n):
            errors.append(f'{where}: text présent {n} fois, occurrence manquante ou fausse')
        if d.get('unit') not in UNITS:
            errors.append(f'{where}: unité {d.get("unit")!r} hors liste')
        v = parse_value(d.get('text', ''), d.get('unit'))
        if v is None or not isinstance(d.get('value'), (int, float)) or abs(v - d['value']) > 0.01 * max(1, abs(v)):
            errors.append(f'{where}: value {d.get("value")!r} ne correspond pas à text (lu {v!r})')
        for yk in ('year', 'year_alt'):
            if yk in d and not year_ok(d[yk]):
                errors.append(f'{where}: {yk} mal formé {d[yk]!r}')
        for a in d.get('also_printed_as', []):
            if a['sentence'] not in pt or a['text'] not in a['sentence']:
                errors.append(f'{where}: also_printed_as absent de la page : {a["text"]!r}')
        keys[(d['file'], d['page'], d['text'], sent, d.get('occurrence'))] += 1
    per_page = Counter((d['file'], d['page']) for d in figs)
    for k, n in per_page.items():
        if n > 10:
            errors.append(f'{k}: {n} chiffres (plafond 10)')
    for k, n in keys.items():
        if n > 1:
            errors.append(f'doublon : {k[:3]}')
    for i, d in enumerate(nots, 1):
        where = f"non-chiffre {i} ({d.get('file')} p{d.get('page')} {d.get('text')!r})"
        pt = page_text(d.get('file', ''), d.get('page', 0))
        if pt is None:
            errors.append(f'{where}: PDF ou page introuvable'); continue
        if d.get('sentence', '') not in pt:
            errors.append(f'{where}: sentence absente de la page')
        n = d.get('sentence', '').count(d.get('text', '\0'))
        if n == 0:
            errors.append(f'{where}: text absent de sentence')
        elif n > 1 and not (1 <= d.get('occurrence', 0) <= n):
            errors.append(f'{where}: occurrence manquante')
        if d.get('why') not in WHYS:
            errors.append(f'{where}: why {d.get("why")!r} hors liste')
        if (d['file'], d['page']) not in per_page:
            errors.append(f'{where}: page sans chiffre du jeu')
    for e in errors:
        print(e)
    print(f'{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (racine {ROOT}) : {len(errors)} erreur(s)')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
