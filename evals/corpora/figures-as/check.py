#!/usr/bin/env python3
"""Vérifie le jeu « figures-as » contre le texte pypdf des PDF (notes s77, s78, s79).

Racine du dépôt : premier dossier parent qui contient pyproject.toml ; sinon la variable
FIGURES_REPO_ROOT, sinon /work/main. Imprime le nombre d'erreurs (0 attendu).
"""
import json, os, re, sys
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
ACTOR_SRC = {'phrase', 'contexte', 'tableau', None}
FIELDS = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']
NFIELDS = ['file', 'page', 'text', 'sentence', 'why']
MAX_PER_PAGE = 10

def collapse(s):
    return ' '.join(s.split())

_pages = {}
def page_text(fname, page):
    m = re.match(r'obs-(s\d+)-', fname)
    if not m:
        raise ValueError(f'nom de fichier inattendu : {fname}')
    path = ROOT / 'evals' / 'corpora' / f'notes-{m.group(1)}' / fname
    if path not in _pages:
        r = pypdf.PdfReader(str(path))
        _pages[path] = [collapse(p.extract_text() or '') for p in r.pages]
    pages = _pages[path]
    if not 1 <= page <= len(pages):
        raise ValueError(f'page {page} hors du PDF ({len(pages)} pages)')
    return pages[page - 1]

WORDS = {'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7,
         'huit': 8, 'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14,
         'quinze': 15, 'seize': 16, 'vingt': 20, 'trente': 30, 'cent': 100, 'mille': 1000}
FRACTIONS = {'moitié': 50.0, 'tiers': 100 / 3, 'quart': 25.0}
NUM = re.compile(r'\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?')

def expected_value(text):
    t = text.strip()
    neg = t.startswith('(') and t.endswith(')')
    m = NUM.search(t)
    if m:
        v = float(re.sub(r'[ \u00a0\u202f]', '', m.group(0)).replace(',', '.'))
        rest = t[m.end():]
        if re.match(r'\s*(M€|millions?\b)', rest):
            v *= 1e6
        elif re.match(r'\s*(k€|K€)', rest):
            v *= 1e3
        elif re.match(r'\s*milliards?\b', rest):
            v *= 1e9
        return -v if neg else v
    low = t.lower()
    for w, f in FRACTIONS.items():
        if re.search(rf'\b{w}\b', low):
            k = 1
            for word, n in WORDS.items():
                if re.search(rf'\b{word}\b', low) and n > 1:
                    k = n
            return f * k
    for w in re.findall(r"[a-zàâçéèêëîïôûùüÿœ-]+", low):
        if w in WORDS:
            v = float(WORDS[w])
            if 'et demi' in low:
                v += 0.5
            return v
    return None

def check_year(y):
    if y is None or isinstance(y, int):
        return True
    return isinstance(y, str) and re.fullmatch(r'\d{4}-\d{4}', y) is not None

def main():
    errors = []
    def err(kind, i, msg):
        errors.append(f'{kind} #{i + 1}: {msg}')
    figs = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'figures-as.jsonl', encoding='utf-8') if l.strip()]
    nots = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'not_figures-as.jsonl', encoding='utf-8') if l.strip()]
    per_page = Counter()
    keys = Counter()
    fig_pages = set()
    for i, d in enumerate(figs):
        for f in FIELDS:
            if f not in d:
                err('chiffre', i, f'champ manquant {f}')
        try:
            page = page_text(d['file'], d['page'])
        except Exception as e:
            err('chiffre', i, str(e)); continue
        sent = d['sentence']
        if collapse(sent) != sent:
            err('chiffre', i, 'sentence non repliée')
        if sent not in page:
            err('chiffre', i, f'sentence absente de la page : {sent[:70]!r}')
        n = sent.count(d['text'])
        occ = d.get('occurrence')
        if n == 0:
            err('chiffre', i, f"text {d['text']!r} absent de sentence")
        elif n > 1 and occ is None:
            err('chiffre', i, f"text {d['text']!r} présent {n} fois : occurrence manquante")
        elif occ is not None and not 1 <= occ <= n:
            err('chiffre', i, f'occurrence {occ} invalide ({n} présences)')
        if d['unit'] not in UNITS:
            err('chiffre', i, f"unité inconnue {d['unit']!r}")
        ev = expected_value(d['text'])
        v = d['value']
        if ev is None or not isinstance(v, (int, float)) or abs(ev - v) > max(0.01, abs(ev) * 1e-6):
            err('chiffre', i, f"value {v!r} ne correspond pas au text {d['text']!r} (attendu {ev!r})")
        for f in ('year', 'year_alt'):
            if f in d and not check_year(d[f]):
                err('chiffre', i, f'{f} mal formé : {d[f]!r}')
        if d.get('actor_src', None) not in ACTOR_SRC:
            err('chiffre', i, f"actor_src inconnu {d.get('actor_src')!r}")
        if d.get('actor') is None and d.get('actor_src') is not None:
            err('chiffre', i, 'actor_src sans actor')
        for a in d.get('also_printed_as', []):
            if a['sentence'] not in page:
                err('chiffre', i, f"also_printed_as hors page : {a['sentence'][:60]!r}")
            elif a['text'] not in a['sentence']:
                err('chiffre', i, f"also_printed_as : text {a['text']!r} absent")
        per_page[(d['file'], d['page'])] += 1
        fig_pages.add((d['file'], d['page']))
        k = (d['file'], d['page'], d['text'], d['sentence'], occ)
        if keys[k]:
            err('chiffre', i, 'doublon')
        keys[k] += 1
    for (f, p), n in per_page.items():
        if n > MAX_PER_PAGE:
            errors.append(f'{f} p{p} : {n} chiffres (> {MAX_PER_PAGE})')
    nkeys = Counter()
    for i, d in enumerate(nots):
        for f in NFIELDS:
            if f not in d:
                err('non-chiffre', i, f'champ manquant {f}')
        try:
            page = page_text(d['file'], d['page'])
        except Exception as e:
            err('non-chiffre', i, str(e)); continue
        sent = d['sentence']
        if sent not in page:
            err('non-chiffre', i, f'sentence absente de la page : {sent[:70]!r}')
        n = sent.count(d['text'])
        occ = d.get('occurrence')
        if n == 0:
            err('non-chiffre', i, f"text {d['text']!r} absent de sentence")
        elif occ is not None and not 1 <= occ <= n:
            err('non-chiffre', i, f'occurrence {occ} invalide')
        if d['why'] not in WHYS:
            err('non-chiffre', i, f"why inconnu {d['why']!r}")
        if (d['file'], d['page']) not in fig_pages:
            err('non-chiffre', i, 'page sans chiffre du jeu')
        k = (d['file'], d['page'], d['text'], sent, occ)
        if nkeys[k]:
            err('non-chiffre', i, 'doublon')
        nkeys[k] += 1
    for e in errors:
        print(e)
    print(f'{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (racine {ROOT}) : {len(errors)} erreur(s)')
    return 1 if errors else 0

if __name__ == '__main__':
    sys.exit(main())
