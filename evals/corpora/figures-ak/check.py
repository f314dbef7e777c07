"""Vérifie le jeu « à l'aveugle » AK (figures-ak.jsonl, not_figures-ak.jsonl) contre le texte pypdf des PDF.

Lancer : <python du dépôt> check.py   (imprime le nombre d'erreurs ; code de sortie 1 s'il y en a).

Racine du dépôt : premier dossier parent de ce fichier qui contient pyproject.toml ; à défaut la variable
FIGURES_REPO_ROOT, puis /work/main (tant que le fichier n'est pas encore copié dans le dépôt).
PDF : <racine>/evals/corpora/notes-sNN/<file>, NN tiré du nom du fichier (obs-sNN-...).
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
ACTOR_SRC = {'phrase', 'contexte', 'tableau', None}
REQ_FIG = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']
REQ_NOT = ['file', 'page', 'text', 'sentence', 'why']
CAP = 10

WORDS = {'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8,
         'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15,
         'seize': 16, 'vingt': 20, 'trente': 30, 'cent': 100, 'mille': 1000}
APPROX = {'décennie': 10, 'dizaine': 10, 'moitié': 50}


def repo_root():
    for d in [HERE, *HERE.parents]:
        if (d / 'pyproject.toml').is_file():
            return d
    env = os.environ.get('FIGURES_REPO_ROOT')
    if env and Path(env, 'pyproject.toml').is_file():
        return Path(env)
    return Path('/work/main')


def collapse(s):
    return ' '.join(s.split())


def parse_value(text):
    """Valeur d'un chiffre tel qu'imprimé : chiffres (« 1 380 », « 2,5 », « 7,1 / 10 »), multiplicateurs
    (M€, millions, k€), nombres et fractions en lettres (« trois », « une entreprise sur cinq »)."""
    t = text.strip()
    m = re.search(r'\d[\d  ]*(?:[,.]\d+)?', t)
    low = t.lower()
    if m:
        v = float(re.sub(r'[  ]', '', m.group(0)).replace(',', '.'))
        if 'm€' in low or 'million' in low:
            v *= 1e6
        elif 'milliard' in low:
            v *= 1e9
        elif 'k€' in low:
            v *= 1e3
        return v
    toks = re.findall(r"[a-zàâçéèêëîïôûùüÿœ]+", low)
    if 'sur' in toks:
        i = toks.index('sur')
        num = next((WORDS[x] for x in toks[:i] if x in WORDS), None)
        den = next((WORDS[x] for x in toks[i + 1:] if x in WORDS), None)
        if num and den:
            return round(100.0 * num / den, 2)
    for x in toks:
        if x in APPROX:
            return float(APPROX[x])
    for x in toks:
        if x in WORDS and x not in ('un', 'une'):
            return float(WORDS[x])
    return None


def nth_find(s, t, n):
    i = -1
    for _ in range(n):
        i = s.find(t, i + 1)
        if i < 0:
            return -1
    return i


def main():
    root = repo_root()
    errors = []
    pages = {}

    def page_text(fname, page):
        key = (fname, page)
        if key not in pages:
            m = re.match(r'obs-s(\d+)-', fname)
            if not m:
                errors.append(f'{fname}: nom de fichier inattendu')
                pages[key] = None
                return None
            pdf = root / 'evals' / 'corpora' / f'notes-s{m.group(1)}' / fname
            if not pdf.is_file():
                errors.append(f'{pdf}: PDF introuvable')
                pages[key] = None
                return None
            reader = pypdf.PdfReader(str(pdf))
            for i, p in enumerate(reader.pages):
                pages[(fname, i + 1)] = collapse(p.extract_text() or '')
            if key not in pages:
                errors.append(f'{fname} p{page}: page hors du PDF ({len(reader.pages)} pages)')
                pages[key] = None
        return pages[key]

    def load(name):
        rows = []
        with open(repo_root() / 'evals' / 'figures' / name, encoding='utf-8') as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        rows.append((n, json.loads(line)))
                    except json.JSONDecodeError as e:
                        errors.append(f'{name}:{n}: JSON invalide ({e})')
        return rows

    def check_common(where, r, req):
        for k in req:
            if k not in r:
                errors.append(f'{where}: champ manquant {k}')
                return False
        if not isinstance(r['page'], int) or r['page'] < 1:
            errors.append(f'{where}: page invalide {r["page"]!r}')
            return False
        txt = page_text(r['file'], r['page'])
        if txt is None:
            return False
        s = r['sentence']
        if s != collapse(s):
            errors.append(f'{where}: sentence non repliée')
        if collapse(s) not in txt:
            errors.append(f'{where}: sentence absente de la page : {s[:80]!r}')
        occ = r.get('occurrence', 1)
        if nth_find(s, r['text'], occ) < 0:
            errors.append(f'{where}: text {r["text"]!r} (occurrence {occ}) absent de sentence')
        elif s.count(r['text']) > 1 and 'occurrence' not in r:
            errors.append(f'{where}: text {r["text"]!r} répété dans sentence sans occurrence')
        return True

    figs = load('figures-ak.jsonl')
    nots = load('not_figures-ak.jsonl')

    per_page = Counter()
    seen = Counter()
    for n, r in figs:
        where = f'figures-ak.jsonl:{n}'
        if not check_common(where, r, REQ_FIG):
            continue
        per_page[(r['file'], r['page'])] += 1
        seen[(r['file'], r['page'], r['sentence'], r['text'], r.get('occurrence', 1))] += 1
        if r['unit'] not in UNITS:
            errors.append(f'{where}: unité hors liste {r["unit"]!r}')
        v = parse_value(r['text'])
        if not isinstance(r['value'], (int, float)) or v is None or abs(v - r['value']) > 1e-6 * max(1.0, abs(v)):
            errors.append(f'{where}: value {r["value"]!r} ne correspond pas à text {r["text"]!r} (lu : {v})')
        if r['unit'] == '%' and not 0 <= r['value'] <= 100:
            errors.append(f'{where}: pourcentage hors bornes')
        if r['unit'] == '/10' and not 0 <= r['value'] <= 10:
            errors.append(f'{where}: note hors bornes')
        for k in ('year', 'year_alt'):
            y = r.get(k)
            if y is None:
                continue
            ok = (isinstance(y, int) and 1990 <= y <= 2030) or \
                 (isinstance(y, str) and re.fullmatch(r'(19|20)\d\d-(19|20)\d\d', y) and y[:4] < y[5:])
            if not ok:
                errors.append(f'{where}: {k} invalide {y!r}')
        if r.get('actor_src', None) not in ACTOR_SRC:
            errors.append(f'{where}: actor_src invalide {r.get("actor_src")!r}')
        if r['actor'] is None and r.get('actor_src') not in (None,):
            errors.append(f'{where}: actor null mais actor_src {r.get("actor_src")!r}')
        if r['unit'] in ('count', 'people') and not r['noun']:
            errors.append(f'{where}: noun manquant pour {r["unit"]}')
        for k in ('in_table', 'several_actors'):
            if k in r and not isinstance(r[k], bool):
                errors.append(f'{where}: {k} doit être booléen')
        txt = page_text(r['file'], r['page']) or ''
        for a in r.get('also_printed_as', []):
            if a.get('sentence') is None or collapse(a['sentence']) not in txt:
                errors.append(f'{where}: also_printed_as absent de la page : {a.get("sentence", "")[:60]!r}')
            elif a.get('text') not in a['sentence']:
                errors.append(f'{where}: also_printed_as text {a.get("text")!r} absent de sa sentence')
    for k, c in per_page.items():
        if c > CAP:
            errors.append(f'{k[0]} p{k[1]}: {c} chiffres (plafond {CAP})')
    for k, c in seen.items():
        if c > 1:
            errors.append(f'doublon : {k}')

    seen_not = Counter()
    for n, r in nots:
        where = f'not_figures-ak.jsonl:{n}'
        if not check_common(where, r, REQ_NOT):
            continue
        if r['why'] not in WHYS:
            errors.append(f'{where}: why hors liste {r["why"]!r}')
        if (r['file'], r['page']) not in per_page:
            errors.append(f'{where}: non-chiffre pris sur une page sans chiffre du jeu')
        seen_not[(r['file'], r['page'], r['sentence'], r['text'], r.get('occurrence', 1))] += 1
    for k, c in seen_not.items():
        if c > 1:
            errors.append(f'doublon (non-chiffres) : {k}')

    for e in errors:
        print('ERREUR', e)
    print(f'{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (racine {root}) : {len(errors)} erreur(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
