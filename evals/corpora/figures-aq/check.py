"""Vérifie le jeu AQ (figures-aq.jsonl, not_figures-aq.jsonl) contre le texte pypdf des PDF.

Usage : python check.py   (imprime la liste des erreurs puis leur nombre)

La racine du dépôt est le premier dossier, en remontant depuis ce fichier, qui contient pyproject.toml
(repli : variable FIGURES_REPO_ROOT, puis /work/main). Les PDF sont lus sous
<racine>/evals/corpora/notes-sNN/<fichier>.pdf, où NN vient du nom du fichier (obs-sNN-…).
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
SRCS = {'phrase', 'contexte', 'tableau', None}
MAX_PER_PAGE = 10
WORDS = {'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8,
         'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15,
         'seize': 16, 'vingt': 20, 'trente': 30, 'quarante': 40, 'cinquante': 50, 'cent': 100, 'mille': 1000}


def repo_root():
    for p in [HERE, *HERE.parents]:
        if (p / 'pyproject.toml').is_file():
            return p
    env = os.environ.get('FIGURES_REPO_ROOT')
    if env:
        return Path(env)
    return Path('/work/main')


ROOT = repo_root()


def collapse(s):
    return re.sub(r'\s+', ' ', s).strip()


_PAGES = {}


def page_text(fname, page):
    if fname not in _PAGES:
        m = re.match(r'obs-s(\d\d)-', fname)
        path = ROOT / 'evals' / 'corpora' / f'notes-s{m.group(1)}' / fname
        reader = pypdf.PdfReader(str(path))
        _PAGES[fname] = [collapse(p.extract_text() or '') for p in reader.pages]
    pages = _PAGES[fname]
    if not 1 <= page <= len(pages):
        return None
    return pages[page - 1]


def parse_value(text):
    """Valeur d'un chiffre tel qu'imprimé (chiffres, M€/k€/millions, nombres et fractions en lettres)."""
    t = text.replace('\u00a0', ' ').replace('\u202f', ' ')
    m = re.search(r'\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?', t)
    low = t.lower()
    if m:
        v = float(m.group(0).replace(' ', '').replace(',', '.'))
        if 'milliard' in low:
            v *= 1e9
        elif 'm€' in low or 'million' in low:
            v *= 1e6
        elif 'k€' in low:
            v *= 1e3
        return v
    if 'moitié' in low:
        return 50.0
    if 'dizaine' in low:
        return 10.0
    words = re.findall(r"[a-zà-ÿ-]+", low)
    if 'sur' in words:
        i = words.index('sur')
        num = next((WORDS[w] for w in words[:i] if w in WORDS), None)
        den = next((WORDS[w] for w in words[i + 1:] if w in WORDS), None)
        if num and den:
            return 100.0 * num / den
    total = 0
    for w in words:
        for part in w.split('-'):
            if part in WORDS:
                total += WORDS[part]
    return float(total) if total else None


def check_year(y):
    if y is None:
        return True
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1990 <= y <= 2030
    if isinstance(y, str):
        m = re.fullmatch(r'(\d{4})-(\d{4})', y)
        return bool(m) and int(m.group(1)) < int(m.group(2))
    return False


def main():
    errors = []
    figs = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'figures-aq.jsonl', encoding='utf-8') if l.strip()]
    nfs = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'not_figures-aq.jsonl', encoding='utf-8') if l.strip()]

    def err(kind, i, d, msg):
        errors.append(f"{kind} #{i + 1} {d.get('file')} p{d.get('page')} [{d.get('text')}]: {msg}")

    def check_place(kind, i, d):
        t = page_text(d['file'], d['page'])
        if t is None:
            err(kind, i, d, 'page inexistante'); return False
        sent = collapse(d['sentence'])
        if sent != d['sentence']:
            err(kind, i, d, 'sentence non repliée')
        if sent not in t:
            err(kind, i, d, 'sentence absente de la page'); return False
        n = sent.count(d['text'])
        if n == 0:
            err(kind, i, d, 'text absent de sentence')
        occ = d.get('occurrence')
        if n > 1 and occ is None:
            err(kind, i, d, f'text présent {n} fois dans sentence : occurrence manquante')
        if occ is not None and not (1 <= occ <= n):
            err(kind, i, d, f'occurrence {occ} hors de 1..{n}')
        return True

    keys = Counter()
    per_page = Counter()
    for i, d in enumerate(figs):
        for k in ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']:
            if k not in d:
                err('chiffre', i, d, f'champ {k} manquant')
        if not check_place('chiffre', i, d):
            continue
        if d['unit'] not in UNITS:
            err('chiffre', i, d, f"unité inconnue {d['unit']!r}")
        v = parse_value(d['text'])
        if v is None or not isinstance(d['value'], (int, float)) or abs(v - d['value']) > 1e-6 * max(1, abs(v)):
            err('chiffre', i, d, f"value {d['value']} ne correspond pas à text (lu : {v})")
        if not check_year(d['year']) or not check_year(d.get('year_alt')):
            err('chiffre', i, d, 'year ou year_alt mal formé')
        if d.get('actor_src', None) not in SRCS:
            err('chiffre', i, d, f"actor_src inconnu {d.get('actor_src')!r}")
        if (d.get('actor') is None) != (d.get('actor_src') is None):
            err('chiffre', i, d, 'actor_src doit être null si et seulement si actor est null')
        if not isinstance(d.get('measure'), str) or not d['measure'].strip():
            err('chiffre', i, d, 'measure vide')
        t = page_text(d['file'], d['page'])
        for a in d.get('also_printed_as', []):
            s = collapse(a['sentence'])
            if s not in t:
                err('chiffre', i, d, f"also_printed_as absent de la page : {s[:60]!r}")
            elif a['text'] not in s:
                err('chiffre', i, d, f"also_printed_as : text {a['text']!r} absent de sa phrase")
            else:
                av = parse_value(a['text'])
                if av is None or abs(av - d['value']) > 1.5:
                    err('chiffre', i, d, f"also_printed_as {a['text']!r} ne redit pas la valeur (lu : {av})")
        key = (d['file'], d['page'], d['sentence'], d['text'], d.get('occurrence'))
        keys[key] += 1
        if keys[key] == 2:
            err('chiffre', i, d, 'doublon (même phrase, même texte, même occurrence)')
        per_page[(d['file'], d['page'])] += 1
    for (f, p), n in per_page.items():
        if n > MAX_PER_PAGE:
            errors.append(f'{f} p{p} : {n} chiffres (> {MAX_PER_PAGE})')

    nkeys = Counter()
    for i, d in enumerate(nfs):
        for k in ['file', 'page', 'text', 'sentence', 'why']:
            if k not in d:
                err('non-chiffre', i, d, f'champ {k} manquant')
        if not check_place('non-chiffre', i, d):
            continue
        if d['why'] not in WHYS:
            err('non-chiffre', i, d, f"why inconnu {d['why']!r}")
        if (d['file'], d['page']) not in per_page:
            err('non-chiffre', i, d, 'page sans chiffre du jeu')
        key = (d['file'], d['page'], d['sentence'], d['text'], d.get('occurrence'))
        nkeys[key] += 1
        if nkeys[key] == 2:
            err('non-chiffre', i, d, 'doublon')
        if key in keys:
            err('non-chiffre', i, d, 'aussi annoté comme chiffre')

    for e in errors:
        print(e)
    print(f'{len(figs)} chiffres, {len(nfs)} non-chiffres vérifiés (racine {ROOT}) : {len(errors)} erreur(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
