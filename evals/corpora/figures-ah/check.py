"""Vérifie le jeu « à l'aveugle » de chiffres AH contre le texte pypdf des PDF.

Usage (depuis n'importe où) : <python du dépôt> check.py
Relit chaque PDF avec pypdf, page par page, et vérifie pour chaque ligne de figures-ah.jsonl et
not_figures-ah.jsonl :
- la `sentence` (blancs repliés) est dans le texte de sa page (index PDF base 1) ;
- `text` est dans `sentence` (et `occurrence` est donnée et valide quand `text` y figure plusieurs fois) ;
- `value` correspond à `text` (chiffres, virgule décimale, espaces de milliers, M€ / k€ / millions,
  nombres en lettres, « la moitié », « X sur Y ») ;
- `unit` est dans la liste et cohérente avec `text` (%, /10, €) ; `why` est dans la liste ;
- `year` / `year_alt` : entier, chaîne « AAAA-AAAA » ou null ; `actor_src` dans la liste ;
- chaque `also_printed_as` est sur la même page et contient son `text` ;
- au plus 10 chiffres par page ; non-chiffres pris sur des pages qui portent un chiffre du jeu ; pas de doublon.
Imprime le nombre d'erreurs.
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
FIG_FIELDS = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']
NF_FIELDS = ['file', 'page', 'text', 'sentence', 'why']
MAX_PER_PAGE = 10

WORDS = {'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8,
         'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15,
         'seize': 16, 'vingt': 20, 'trente': 30, 'cent': 100, 'mille': 1000, 'dizaine': 10, 'moitié': 50,
         'tiers': 100 / 3, 'quart': 25}


def repo_root():
    for d in [HERE, *HERE.parents]:
        if (d / 'pyproject.toml').is_file():
            return d
    env = os.environ.get('FIGURES_REPO_ROOT')
    if env:
        return Path(env)
    return Path('/work/main')   # tant que le script n'est pas copié dans le dépôt


ROOT = repo_root()


def collapse(s):
    return re.sub(r'\s+', ' ', s).strip()


_pages = {}


def page_text(fname, page):
    m = re.match(r'obs-s(\d+)-', fname)
    if not m:
        raise ValueError(f'nom de fichier inattendu : {fname}')
    path = ROOT / 'evals' / 'corpora' / f'notes-s{m.group(1)}' / fname
    if path not in _pages:
        r = pypdf.PdfReader(str(path))
        _pages[path] = [collapse(p.extract_text() or '') for p in r.pages]
    pages = _pages[path]
    if not 1 <= page <= len(pages):
        raise ValueError(f'page {page} hors du PDF ({len(pages)} pages)')
    return pages[page - 1]


def parse_value(text):
    t = collapse(text)
    tl = t.lower()
    if tl in WORDS:
        return WORDS[tl]
    m = re.fullmatch(r"(?:\S+ )*?(\S+) (?:\S+ )*?sur (\S+)", tl)   # « trois associations sur quatre », « 3 sur 4 »
    if m:
        a, b = m.groups()
        a = WORDS.get(a, None) if not a.isdigit() else int(a)
        b = WORDS.get(b, None) if not b.isdigit() else int(b)
        if a and b:
            return 100 * a / b
    if 'moitié' in tl:
        return 50
    m = re.fullmatch(r'(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?\s*(%|/10|M€|k€|€|millions?(?: d.euros)?)?', t)
    if not m:
        raise ValueError(f'texte non analysable : {text!r}')
    v = float(m.group(1).replace(' ', '') + ('.' + m.group(2) if m.group(2) else ''))
    suf = m.group(3) or ''
    if suf == 'M€' or suf.startswith('million'):
        v *= 1_000_000
    elif suf == 'k€':
        v *= 1000
    return v


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


def check_text_in_sentence(r, errs, where):
    s = r['sentence']
    n = s.count(r['text'])
    if n == 0:
        errs.append(f'{where}: text {r["text"]!r} absent de sentence')
    elif n > 1 and 'occurrence' not in r:
        errs.append(f'{where}: text {r["text"]!r} figure {n} fois dans sentence, occurrence manquante')
    elif 'occurrence' in r and not (isinstance(r['occurrence'], int) and 1 <= r['occurrence'] <= n):
        errs.append(f'{where}: occurrence {r.get("occurrence")} invalide ({n} occurrences)')


def check_on_page(r, errs, where):
    try:
        T = page_text(r['file'], r['page'])
    except Exception as e:
        errs.append(f'{where}: {e}')
        return
    if collapse(r['sentence']) != r['sentence']:
        errs.append(f'{where}: sentence non repliée')
    if collapse(r['sentence']) not in T:
        errs.append(f'{where}: sentence absente de la page : {r["sentence"][:80]!r}')
    for a in r.get('also_printed_as', []) or []:
        if collapse(a['sentence']) not in T:
            errs.append(f'{where}: also_printed_as absent de la page : {a["sentence"][:80]!r}')
        check_text_in_sentence(a, errs, where + ' (also_printed_as)')


def main():
    errs = []
    figs = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'figures-ah.jsonl', encoding='utf-8') if l.strip()]
    nfs = [json.loads(l) for l in open(ROOT / 'evals' / 'figures' / 'not_figures-ah.jsonl', encoding='utf-8') if l.strip()]
    keys = Counter()
    for i, r in enumerate(figs, 1):
        where = f'figures l.{i} ({r.get("file", "?")[:10]} p{r.get("page")} {r.get("text")!r})'
        miss = [k for k in FIG_FIELDS if k not in r]
        if miss:
            errs.append(f'{where}: champs manquants {miss}')
            continue
        check_on_page(r, errs, where)
        check_text_in_sentence(r, errs, where)
        if r['unit'] not in UNITS:
            errs.append(f'{where}: unité {r["unit"]!r} hors liste')
        try:
            v = parse_value(r['text'])
            if not isinstance(r['value'], (int, float)) or abs(v - r['value']) > 1e-6 * max(1, abs(v)):
                errs.append(f'{where}: value {r["value"]} ne correspond pas à {v}')
        except ValueError as e:
            errs.append(f'{where}: {e}')
        t = r['text']
        if ('%' in t and r['unit'] != '%') or ('/10' in t and r['unit'] != '/10') or ('€' in t and r['unit'] != '€'):
            errs.append(f'{where}: unité {r["unit"]!r} incohérente avec le texte')
        for k in ('year', 'year_alt'):
            if k in r and not year_ok(r[k]):
                errs.append(f'{where}: {k} mal formé : {r[k]!r}')
        if r.get('actor_src', None) not in ACTOR_SRC:
            errs.append(f'{where}: actor_src {r.get("actor_src")!r} hors liste')
        if r['actor'] is None and r.get('actor_src') is not None:
            errs.append(f'{where}: actor null mais actor_src renseigné')
        if r['unit'] in ('count', 'people') and not r['noun']:
            errs.append(f'{where}: noun manquant pour un compte')
        if not isinstance(r['measure'], str) or not r['measure'].strip():
            errs.append(f'{where}: measure vide')
        keys[(r['file'], r['page'], r['sentence'], r['text'], r.get('occurrence'))] += 1
    per_page = Counter((r['file'], r['page']) for r in figs)
    for k, n in per_page.items():
        if n > MAX_PER_PAGE:
            errs.append(f'{k[0]} p{k[1]}: {n} chiffres (> {MAX_PER_PAGE})')
    for i, r in enumerate(nfs, 1):
        where = f'not_figures l.{i} ({r.get("file", "?")[:10]} p{r.get("page")} {r.get("text")!r})'
        miss = [k for k in NF_FIELDS if k not in r]
        if miss:
            errs.append(f'{where}: champs manquants {miss}')
            continue
        check_on_page(r, errs, where)
        check_text_in_sentence(r, errs, where)
        if r['why'] not in WHYS:
            errs.append(f'{where}: why {r["why"]!r} hors liste')
        if (r['file'], r['page']) not in per_page:
            errs.append(f'{where}: page sans chiffre du jeu')
        keys[(r['file'], r['page'], r['sentence'], r['text'], r.get('occurrence'))] += 1
    for k, n in keys.items():
        if n > 1:
            errs.append(f'doublon ({n}×) : {k[0][:10]} p{k[1]} {k[3]!r} dans {k[2][:60]!r}')
    for e in errs:
        print(e)
    print(f'{len(figs)} chiffres, {len(nfs)} non-chiffres vérifiés (racine {ROOT}) : {len(errs)} erreur(s)')
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
