"""Vérifie le jeu « à l'aveugle » AP (figures-ap.jsonl, not_figures-ap.jsonl) contre le texte pypdf des PDF.

Usage : python check.py            (imprime les erreurs puis leur nombre)

Racine du dépôt : on remonte depuis ce fichier jusqu'au dossier qui contient `pyproject.toml`
(repli : variable FIGURES_REPO_ROOT, puis /work/main). Les PDF sont lus dans
`evals/corpora/notes-sNN/<file>` (NN tiré du nom du fichier).
"""
import collections
import json
import os
import re
import sys
from pathlib import Path

import pypdf

HERE = Path(__file__).resolve().parent
UNITS = {'%', '€', '/10', 'years', 'people', 'count', 'pts'}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'section number', 'law number', 'scale',
        'threshold', 'other'}
FIG_FIELDS = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']
NOT_FIELDS = ['file', 'page', 'text', 'sentence', 'why']
MAX_PER_PAGE = 10


def repo_root():
    for d in [HERE, *HERE.parents]:
        if (d / 'pyproject.toml').is_file():
            return d
    env = os.environ.get('FIGURES_REPO_ROOT')
    if env and (Path(env) / 'evals').is_dir():
        return Path(env)
    return Path('/work/main')


ROOT = repo_root()
_pages = {}


def collapse(s):
    return ' '.join(s.split())


def page_text(file, page):
    if file not in _pages:
        m = re.match(r'obs-(s\d+)-', file)
        if not m:
            raise FileNotFoundError(file)
        path = ROOT / 'evals' / 'corpora' / f'notes-{m.group(1)}' / file
        r = pypdf.PdfReader(str(path))
        _pages[file] = [collapse(p.extract_text() or '') for p in r.pages]
    pages = _pages[file]
    if not (1 <= page <= len(pages)):
        raise IndexError(f'page {page} hors du PDF ({len(pages)} pages)')
    return pages[page - 1]


def occurrences(hay, needle):
    out, start = [], 0
    while True:
        i = hay.find(needle, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


WORDS = {'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8,
         'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15, 'seize': 16,
         'vingt': 20, 'trente': 30, 'quarante': 40, 'cinquante': 50, 'soixante': 60, 'cent': 100, 'mille': 1000,
         'moitié': 50, 'décennie': 10, 'dizaine': 10, 'vingtaine': 20, 'trentaine': 30, 'centaine': 100}
NOUNS = {'moitié', 'décennie', 'dizaine', 'vingtaine', 'trentaine', 'centaine'}


def parse_value(text):
    """Valeur attendue d'après le texte imprimé (unités de base)."""
    t = text.replace('\u2019', "'").lower()
    m = re.search(r'\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?', t)
    if m:
        v = float(re.sub(r'[ \u00a0\u202f]', '', m.group()).replace(',', '.'))
        rest = t[m.end():]
        if re.match(r'\s*(m€|millions?\b)', rest):
            v *= 1e6
        elif re.match(r'\s*(k€|milliers?\b)', rest):
            v *= 1e3
        elif re.match(r'\s*milliards?\b', rest):
            v *= 1e9
        return v
    # fractions en lettres : « une sur cinq », « trois sur quatre »
    m = re.search(r"\b(\w+) sur (\w+)\b", t)
    if m and m.group(1) in WORDS and m.group(2) in WORDS:
        return 100.0 * WORDS[m.group(1)] / WORDS[m.group(2)]
    words = re.findall(r"[\w-]+", t)
    for w in words:  # « une décennie », « la moitié » : le nom l'emporte sur l'article
        if w in NOUNS:
            return float(WORDS[w])
    for w in words:
        if w in WORDS:
            return float(WORDS[w])
    return None


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


def check_text_in(sentence, text, occ, where, errs):
    occs = occurrences(sentence, text)
    if not occs:
        errs.append(f'{where}: text {text!r} absent de sentence')
    elif len(occs) > 1 and not occ:
        errs.append(f'{where}: text {text!r} apparaît {len(occs)} fois, occurrence manquante')
    elif occ and not (1 <= occ <= len(occs)):
        errs.append(f'{where}: occurrence {occ} invalide ({len(occs)} occurrence(s))')


def main():
    errs = []
    figs = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'figures-ap.jsonl', encoding='utf-8') if l.strip()]
    nots = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'not_figures-ap.jsonl', encoding='utf-8') if l.strip()]
    per_page = collections.Counter()
    seen = collections.Counter()
    for k, d in enumerate(figs, 1):
        where = f"figures l.{k} ({d.get('file')} p{d.get('page')} {d.get('text')!r})"
        miss = [f for f in FIG_FIELDS if f not in d]
        if miss:
            errs.append(f'{where}: champs manquants {miss}')
            continue
        try:
            hay = page_text(d['file'], d['page'])
        except Exception as e:  # noqa: BLE001
            errs.append(f'{where}: {e}')
            continue
        sent = collapse(d['sentence'])
        if sent != d['sentence']:
            errs.append(f'{where}: sentence non repliée')
        if sent not in hay:
            errs.append(f'{where}: sentence absente de la page')
        check_text_in(d['sentence'], d['text'], d.get('occurrence'), where, errs)
        if d['unit'] not in UNITS:
            errs.append(f"{where}: unité {d['unit']!r} hors liste")
        v = parse_value(d['text'])
        if v is None or not isinstance(d['value'], (int, float)) or abs(v - d['value']) > 1e-6 * max(1, abs(v)):
            errs.append(f"{where}: value {d['value']!r} ne correspond pas au texte (lu : {v!r})")
        if d.get('range_high') is not None and not (isinstance(d['range_high'], (int, float)) and d['range_high'] > d['value']):
            errs.append(f'{where}: range_high invalide')
        for f in ('year', 'year_alt'):
            if f in d and not year_ok(d[f]):
                errs.append(f'{where}: {f} invalide {d[f]!r}')
        if not d['measure']:
            errs.append(f'{where}: measure vide')
        if d.get('actor_src') not in (None, 'phrase', 'contexte', 'tableau'):
            errs.append(f"{where}: actor_src invalide {d.get('actor_src')!r}")
        if d['actor'] is None and d.get('actor_src') is not None:
            errs.append(f'{where}: actor_src sans actor')
        for j, a in enumerate(d.get('also_printed_as', []), 1):
            w2 = f'{where} also_printed_as[{j}]'
            if collapse(a['sentence']) not in hay:
                errs.append(f'{w2}: sentence absente de la page')
            check_text_in(a['sentence'], a['text'], a.get('occurrence'), w2, errs)
            va = parse_value(a['text'])
            if va is None or abs(va - d['value']) > 1e-6 * max(1, abs(va)):
                errs.append(f'{w2}: valeur {va!r} différente de {d["value"]!r}')
        per_page[(d['file'], d['page'])] += 1
        seen[(d['file'], d['page'], d['sentence'], d['text'], d.get('occurrence'))] += 1
    for key, n in per_page.items():
        if n > MAX_PER_PAGE:
            errs.append(f'{key}: {n} chiffres (> {MAX_PER_PAGE})')
    for key, n in seen.items():
        if n > 1:
            errs.append(f'doublon : {key}')
    for k, d in enumerate(nots, 1):
        where = f"not_figures l.{k} ({d.get('file')} p{d.get('page')} {d.get('text')!r})"
        miss = [f for f in NOT_FIELDS if f not in d]
        if miss:
            errs.append(f'{where}: champs manquants {miss}')
            continue
        try:
            hay = page_text(d['file'], d['page'])
        except Exception as e:  # noqa: BLE001
            errs.append(f'{where}: {e}')
            continue
        if collapse(d['sentence']) not in hay:
            errs.append(f'{where}: sentence absente de la page')
        check_text_in(d['sentence'], d['text'], d.get('occurrence'), where, errs)
        if d['why'] not in WHYS:
            errs.append(f"{where}: why {d['why']!r} hors liste")
        if (d['file'], d['page']) not in per_page:
            errs.append(f'{where}: page sans chiffre du jeu')
    for e in errs:
        print(e)
    print(f'{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés (racine {ROOT}) : {len(errs)} erreur(s)')
    return len(errs)


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
