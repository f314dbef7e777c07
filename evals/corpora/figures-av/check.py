#!/usr/bin/env python3
"""Vérifie le jeu « à l'aveugle » AV (figures-av.jsonl, not_figures-av.jsonl) contre le texte pypdf des PDF.

Usage : python check.py            (imprime le détail des erreurs puis leur nombre)
La racine du dépôt est le premier dossier parent qui contient pyproject.toml (repli : $FIGURES_REPO_ROOT, puis /work/main).
Les PDF sont lus dans <racine>/evals/corpora/notes-sNN/<fichier>.pdf.
"""
import json, os, re, sys
from collections import Counter, defaultdict
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
UNITS = {'%', '€', '/10', 'years', 'people', 'count', 'pts'}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'section number', 'law number', 'scale', 'threshold', 'other'}
FIG_FIELDS = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']
NOT_FIELDS = ['file', 'page', 'text', 'sentence', 'why']
ACTOR_SRC = {'phrase', 'contexte', 'tableau', None}
MAX_PER_PAGE = 10


def repo_root():
    for d in [HERE, *HERE.parents]:
        if (d / 'pyproject.toml').is_file():
            return d
    env = os.environ.get('FIGURES_REPO_ROOT')
    if env and (Path(env) / 'evals' / 'corpora').is_dir():
        return Path(env)
    return Path('/work/main')


def coll(s):
    return ' '.join(s.split())


WORDS = {'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8, 'neuf': 9,
         'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15, 'seize': 16, 'vingt': 20,
         'trente': 30, 'quarante': 40, 'cinquante': 50, 'soixante': 60, 'cent': 100, 'mille': 1000,
         'quatre-vingts': 80, 'quatre-vingt': 80}


def parse_value(text):
    """Valeur numérique d'un `text` tel qu'imprimé (chiffres, multiplicateurs €, nombres en lettres)."""
    t = coll(text.replace('\u2212', '-'))
    m = re.match(r'([+-]?)(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?', t)
    if m:
        v = float(m.group(2).replace(' ', ''))
        if m.group(3):
            v += float('0.' + m.group(3))
        if m.group(1) == '-':
            v = -v
        rest = t[m.end():]
        if re.match(r'\s*(M€|millions?\b)', rest):
            v *= 1e6
        elif re.match(r'\s*milliards?\b', rest):
            v *= 1e9
        elif re.match(r'\s*[kK]€', rest):
            v *= 1e3
        return v
    low = t.lower()
    low = re.sub(r"^(d'|d’|l'|l’)", '', low)
    if low.startswith('la moitié'):
        return 50.0
    if low.startswith('une dizaine'):
        return 10.0
    toks = re.split(r"[\s']+", low)
    total, seen = 0, False
    for tok in toks:
        if tok in WORDS:
            n = WORDS[tok]
            total = total * n if n in (100, 1000) and total else total + n
            seen = True
        else:
            break
    return float(total) if seen else None


def year_ok(y):
    if y is None:
        return True
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    return isinstance(y, str) and re.fullmatch(r'(19|20)\d\d-(19|20)\d\d', y) is not None


def count_occ(hay, needle):
    n, i = 0, hay.find(needle)
    while i >= 0:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def pos_occ(hay, needle, k):
    i = -1
    for _ in range(k):
        i = hay.find(needle, i + 1)
    return i


def main():
    root = repo_root()
    errors = []
    pages = {}

    def page_text(fname, p):
        key = (fname, p)
        if key not in pages:
            m = re.match(r'obs-(s\d\d)-', fname)
            if not m:
                pages[key] = None
            else:
                pdf = root / 'evals' / 'corpora' / f'notes-{m.group(1)}' / fname
                if not pdf.is_file():
                    pages[key] = None
                else:
                    r = pypdf.PdfReader(str(pdf))
                    pages[key] = coll(r.pages[p - 1].extract_text()) if 1 <= p <= len(r.pages) else None
        return pages[key]

    def load(name):
        rows = []
        with open(root / 'evals' / 'figures' / name, encoding='utf-8') as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        rows.append((n, json.loads(line)))
                    except json.JSONDecodeError as e:
                        errors.append(f'{name}:{n}: JSON invalide ({e})')
        return rows

    def check_common(tag, d, fields):
        for f in fields:
            if f not in d:
                errors.append(f'{tag}: champ manquant {f}')
                return None
        if not isinstance(d['page'], int) or d['page'] < 1:
            errors.append(f'{tag}: page invalide')
            return None
        t = page_text(d['file'], d['page'])
        if t is None:
            errors.append(f"{tag}: PDF ou page introuvable ({d['file']} p{d['page']})")
            return None
        s = d['sentence']
        if s != coll(s):
            errors.append(f'{tag}: sentence non repliée')
        if coll(s) not in t:
            errors.append(f'{tag}: sentence absente de la page : {s[:80]!r}')
            return None
        n = count_occ(s, d['text'])
        occ = d.get('occurrence')
        if n == 0:
            errors.append(f"{tag}: text {d['text']!r} absent de sentence")
            return None
        if n > 1 and occ is None:
            errors.append(f"{tag}: text {d['text']!r} présent {n} fois dans sentence sans `occurrence`")
        if occ is not None and not (isinstance(occ, int) and 1 <= occ <= n):
            errors.append(f'{tag}: occurrence {occ!r} invalide ({n} occurrence(s))')
            occ = 1
        return t.find(coll(s)) + pos_occ(s, d['text'], occ or 1)

    figs, nots = load('figures-av.jsonl'), load('not_figures-av.jsonl')
    per_page = Counter()
    order = defaultdict(list)
    keys = Counter()
    for n, d in figs:
        tag = f'figures-av.jsonl:{n}'
        pos = check_common(tag, d, FIG_FIELDS)
        if pos is None:
            continue
        per_page[(d['file'], d['page'])] += 1
        order[(d['file'], d['page'])].append((n, pos))
        keys[(d['file'], d['page'], d['sentence'], d['text'], d.get('occurrence'))] += 1
        if d['unit'] not in UNITS:
            errors.append(f"{tag}: unité inconnue {d['unit']!r}")
        v = parse_value(d['text'])
        if not isinstance(d['value'], (int, float)) or isinstance(d['value'], bool):
            errors.append(f'{tag}: value non numérique')
        elif v is None or abs(v - d['value']) > 1e-9 * max(1, abs(v)):
            errors.append(f"{tag}: value {d['value']} ne correspond pas à text {d['text']!r} (lu : {v})")
        if not year_ok(d['year']):
            errors.append(f"{tag}: year invalide {d['year']!r}")
        if not year_ok(d.get('year_alt')):
            errors.append(f"{tag}: year_alt invalide {d.get('year_alt')!r}")
        if d.get('actor_src', None) not in ACTOR_SRC:
            errors.append(f"{tag}: actor_src invalide {d.get('actor_src')!r}")
        if (d.get('actor') is None) != (d.get('actor_src') is None):
            errors.append(f'{tag}: actor et actor_src incohérents')
        if d['unit'] in ('count', 'people') and not d.get('noun'):
            errors.append(f'{tag}: noun manquant pour un compte')
        if not d.get('measure'):
            errors.append(f'{tag}: measure vide')
        for a in d.get('also_printed_as') or []:
            t = page_text(d['file'], d['page'])
            if coll(a.get('sentence', '')) not in t:
                errors.append(f"{tag}: also_printed_as hors page : {a.get('sentence', '')[:60]!r}")
            elif a.get('text', '') not in a['sentence']:
                errors.append(f"{tag}: also_printed_as text absent de sa phrase : {a.get('text')!r}")
    for k, c in per_page.items():
        if c > MAX_PER_PAGE:
            errors.append(f'{k[0]} p{k[1]}: {c} chiffres (> {MAX_PER_PAGE})')
    for k, lst in order.items():
        for (n1, p1), (n2, p2) in zip(lst, lst[1:]):
            if p2 < p1:
                errors.append(f'{k[0]} p{k[1]}: lignes {n1} et {n2} hors de l’ordre de lecture')
    for k, c in keys.items():
        if c > 1:
            errors.append(f'doublon : {k[0]} p{k[1]} {k[3]!r}')
    fig_pages = set(per_page)
    nkeys = Counter()
    for n, d in nots:
        tag = f'not_figures-av.jsonl:{n}'
        if check_common(tag, d, NOT_FIELDS) is None:
            continue
        if d['why'] not in WHYS:
            errors.append(f"{tag}: why inconnu {d['why']!r}")
        if (d['file'], d['page']) not in fig_pages:
            errors.append(f"{tag}: page sans chiffre du jeu ({d['file']} p{d['page']})")
        nkeys[(d['file'], d['page'], d['sentence'], d['text'], d.get('occurrence'))] += 1
    for k, c in nkeys.items():
        if c > 1:
            errors.append(f'doublon (non-chiffre) : {k[0]} p{k[1]} {k[3]!r}')
    for e in errors:
        print(e)
    print(f'{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (racine {root}) : {len(errors)} erreur(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
