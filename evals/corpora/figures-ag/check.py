#!/usr/bin/env python3
"""Vérifie le jeu AG (figures-ag.jsonl, not_figures-ag.jsonl) contre le texte pypdf des PDF.

Chemins des PDF relatifs au dépôt : la racine est le premier dossier parent qui contient pyproject.toml
(repli : variable FIGURES_REPO_ROOT, puis /work/main). Imprime le nombre d'erreurs.
"""
import json, os, re, sys, collections
from pathlib import Path
import pypdf

HERE = Path(__file__).resolve().parent
def repo_root():
    for p in [HERE, *HERE.parents]:
        if (p / 'pyproject.toml').exists():
            return p
    env = os.environ.get('FIGURES_REPO_ROOT')
    if env and (Path(env) / 'pyproject.toml').exists():
        return Path(env)
    return Path('/work/main')
ROOT = repo_root()
UNITS = {'%', '€', '/10', 'years', 'people', 'count', 'pts'}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'section number', 'law number', 'scale', 'threshold', 'other'}
WORDS = {'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8, 'neuf': 9,
         'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quinze': 15, 'vingt': 20}
def col(s): return ' '.join(s.split())
_cache = {}
def page_text(fname, page):
    m = re.match(r'obs-(s\d\d)-', fname)
    path = ROOT / 'evals' / 'corpora' / f'notes-{m.group(1)}' / fname
    if path not in _cache:
        _cache[path] = [col(p.extract_text() or '') for p in pypdf.PdfReader(str(path)).pages]
    pages = _cache[path]
    return pages[page - 1] if 1 <= page <= len(pages) else None

def parse_value(text, unit):
    t = text.lower()
    if 'moitié' in t: return 50.0
    if 'demi' in t: return 0.5
    if 'dixième' in t: return 0.1
    fr = re.search(r'(\w+)\s+(?:\w+\s+)?sur\s+(\w+)$', t)
    if fr and fr.group(1) in WORDS and fr.group(2) in WORDS and unit == '%':
        return 100.0 * WORDS[fr.group(1)] / WORDS[fr.group(2)]
    m = re.search(r'\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+(?:,\d+)?', t)
    if m:
        v = float(m.group(0).replace(' ', '').replace('\u00a0', '').replace('\u202f', '').replace(',', '.'))
    else:
        w = [WORDS[x] for x in re.findall(r"[a-zéè]+", t) if x in WORDS]
        if not w: return None
        v = float(w[0])
    if re.search(r'm€|millions?\b', t): v *= 1e6
    elif re.search(r'k€', t): v *= 1e3
    return v

def main():
    errs = []
    def err(kind, i, msg): errs.append(f'{kind} #{i}: {msg}')
    figs = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'figures-ag.jsonl', encoding='utf-8') if l.strip()]
    nots = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'not_figures-ag.jsonl', encoding='utf-8') if l.strip()]
    need = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']
    per_page = collections.Counter()
    seen = set()
    for i, f in enumerate(figs, 1):
        miss = [k for k in need if k not in f]
        if miss: err('figure', i, f'champs manquants {miss}'); continue
        pt = page_text(f['file'], f['page'])
        if pt is None: err('figure', i, 'page inexistante'); continue
        s = col(f['sentence'])
        if s not in pt: err('figure', i, f'phrase absente de la page : {s[:60]!r}')
        n = s.count(f['text'])
        if n == 0: err('figure', i, f'text absent de la phrase : {f["text"]!r}')
        elif n > 1 and 'occurrence' not in f: err('figure', i, f'text {f["text"]!r} répété sans occurrence')
        elif 'occurrence' in f and not 1 <= f['occurrence'] <= n: err('figure', i, 'occurrence hors bornes')
        if f['unit'] not in UNITS: err('figure', i, f'unité inconnue {f["unit"]!r}')
        v = parse_value(f['text'], f['unit'])
        if v is None or not isinstance(f['value'], (int, float)) or abs(v - f['value']) > 0.01 * max(1, abs(v)):
            err('figure', i, f'valeur {f["value"]!r} ≠ texte {f["text"]!r} ({v})')
        for k in ('year', 'year_alt'):
            y = f.get(k)
            if y is not None and not (isinstance(y, int) or re.fullmatch(r'\d{4}-\d{4}', str(y))):
                err('figure', i, f'{k} mal formé {y!r}')
        if f.get('actor_src') not in (None, 'phrase', 'contexte', 'tableau'): err('figure', i, 'actor_src inconnu')
        if (f['actor'] is None) != (f.get('actor_src') is None): err('figure', i, 'actor / actor_src incohérents')
        for a in f.get('also_printed_as', []):
            sa = col(a['sentence'])
            if sa not in pt: err('figure', i, f'also_printed_as absent de la page : {sa[:50]!r}')
            elif a['text'] not in sa: err('figure', i, f'also_printed_as : texte absent {a["text"]!r}')
        key = (f['file'], f['page'], f['text'], s, f.get('occurrence'), f['measure'])
        if key in seen: err('figure', i, 'doublon')
        seen.add(key)
        per_page[(f['file'], f['page'])] += 1
    for k, c in per_page.items():
        if c > 10: errs.append(f'page {k}: {c} chiffres (> 10)')
    for i, n in enumerate(nots, 1):
        miss = [k for k in ('file', 'page', 'text', 'sentence', 'why') if k not in n]
        if miss: err('non-chiffre', i, f'champs manquants {miss}'); continue
        pt = page_text(n['file'], n['page'])
        if pt is None: err('non-chiffre', i, 'page inexistante'); continue
        s = col(n['sentence'])
        if s not in pt: err('non-chiffre', i, f'phrase absente : {s[:60]!r}')
        if n['text'] not in s: err('non-chiffre', i, f'text absent : {n["text"]!r}')
        if n['why'] not in WHYS: err('non-chiffre', i, f'why inconnu {n["why"]!r}')
        if (n['file'], n['page']) not in per_page: err('non-chiffre', i, 'page sans chiffre du jeu')
    for e in errs: print(e)
    print(f'{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (racine {ROOT}) : {len(errs)} erreur(s)')
    return 1 if errs else 0

if __name__ == '__main__':
    sys.exit(main())
