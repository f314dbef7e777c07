#!/usr/bin/env python3
"""Vérification de l'échantillon « figures-ad ».

Lancer avec l'interpréteur qui a pypdf :
    .venv/bin/python evals/corpora/figures-ad/check.py

Contrôles :
  - schéma de chaque ligne (clés, unités, noun, year, measure de 4 à 12 mots) ;
  - `sentence` (blancs repliés) se trouve dans le texte pypdf de la page (blancs repliés) ;
  - `text` se trouve dans `sentence` (ou dans `sentence_decoded` si pypdf rend les chiffres par
    des noms de glyphes « /two.pnum », auquel cas `sentence_decoded` doit être le décodage exact) ;
  - `value` correspond à `text` (chiffres, nombres en lettres, fractions, M€ / milliards / Mds) ;
  - idem pour not_figures-ad.jsonl (sans la valeur) ;
  - pages annotées = pages retenues par la règle ; au plus 12 chiffres par PDF réel ;
  - volumes minimaux (150 chiffres, 80 démo, 60 réels, 40 non-chiffres).
Dernière ligne : « N erreur(s) ».
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
# In the repository: the demo corpus and ../shared beside the clone
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
DIRS = [os.path.join(REPO, 'corpus'), os.path.join(os.path.dirname(REPO), 'shared', 'realworld-pdfs')]
UNITS = {'%', 'pts', '€', '/10', 'years', 'people', 'count'}
WHY = {'year', 'date', 'page number', 'footnote', 'ordinal', 'other'}
GLY = re.compile(r'/(zero|one|two|three|four|five|six|seven|eight|nine)\.pnum')
DIG = {'zero': '0', 'one': '1', 'two': '2', 'three': '3', 'four': '4', 'five': '5',
       'six': '6', 'seven': '7', 'eight': '8', 'nine': '9'}

# Pages retenues (voir README) : démo = pages de rang pair parmi les pages à chiffres ;
# réels = pages 3, 6, 9… à chiffres, jusqu'à 12 chiffres par PDF.
SELECTED = {
    'bulletin-veille-2018-05-parcours-cget-co-construction.pdf': {1, 3},
    'bulletin-veille-2020-11-donnees-sortie-de-crise.pdf': {3},
    'bulletin-veille-2021-10-fonds-odd-17-fondations.pdf': {2},
    'bulletin-veille-2022-06-fondation-des-territoires.pdf': {1, 3},
    'bulletin-veille-2024-12-elus-locaux-territoires-en-mouvement.pdf': {2},
    'etude-associations-partenariats-2017.pdf': {3, 5},
    'etude-impact-associations-territoires-2021.pdf': {4, 6, 8, 10, 12},
    'fiche-repere-01-arpea-entreprises-territoires-2011.pdf': {3},
    'fiche-repere-02-devoir-alliance-2016.pdf': {3},
    'fiche-repere-04-programmes-arpea-phare-impact-2018.pdf': {1, 3},
    'fiche-repere-06-dynamiques-engagement-collectivites-2021.pdf': {2},
    'real-casino-dpef-2018.pdf': {3, 9},
    'real-edf-dpef-2018-extrait.pdf': {3},
    'real-total-dpef-2018-extrait.pdf': {3},
    'real-etalab-documentation-barometre-resultats.pdf': {3, 12, 15},
    'real-miti-guide-gestion-donnees-recherche-v2.pdf': {6, 12, 15, 21, 24, 36, 39},
    'real-cpesr-barometre-esr-2023.pdf': {3, 6, 15, 21},
    'real-pulse-reach-presentation.pdf': {9},
}

WORDNUM = {
    'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7,
    'huit': 8, 'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14,
    'quinze': 15, 'seize': 16, 'dix-sept': 17, 'dix-huit': 18, 'vingt': 20, 'trente': 30,
    'quarante': 40, 'cinquante': 50, 'soixante': 60, 'cent': 100, 'mille': 1000,
    'dizaine': 10, 'douzaine': 12, 'quinzaine': 15, 'vingtaine': 20, 'trentaine': 30,
    'quarantaine': 40, 'cinquantaine': 50, 'centaine': 100,
    'moitié': 50, 'tiers': 100 / 3, 'quart': 25,
}


def col(s):
    return re.sub(r'\s+', ' ', s or '').strip()


def decode(s):
    return GLY.sub(lambda m: DIG[m.group(1)], s)


_pages = {}


def page_text(fname, page):
    if fname not in _pages:
        path = None
        for d in DIRS:
            if os.path.exists(os.path.join(d, fname)):
                path = os.path.join(d, fname)
        if path is None:
            raise FileNotFoundError(fname)
        r = pypdf.PdfReader(path)
        _pages[fname] = [col(p.extract_text()) for p in r.pages]
    pages = _pages[fname]
    if not 1 <= page <= len(pages):
        raise IndexError(f'{fname} n’a pas de page {page}')
    return pages[page - 1]


def parse_value(text):
    """Valeur en unités de base d'un chiffre tel qu'imprimé."""
    t = text.lower().replace('\u2019', "'")
    m = re.fullmatch(r"(\S+)(?: \S+)? sur (\S+)", t)          # « neuf maires sur dix »
    if m and m.group(1) in WORDNUM and m.group(2) in WORDNUM:
        return WORDNUM[m.group(1)] / WORDNUM[m.group(2)] * 100
    mult = 1
    if re.search(r'm€|millions?\b', t):
        mult = 1e6
    if re.search(r'milliards?\b|mds?\b', t):
        mult = 1e9
    m = re.search(r'\d[\d \u00a0\u202f]*(?:,\d+)?', t)
    if m:
        num = float(re.sub(r'[ \u00a0\u202f]', '', m.group(0)).replace(',', '.'))
        return num * mult
    found = [w for w in re.findall(r"[a-zà-ÿ-]+", t) if w in WORDNUM]
    strong = [w for w in found if w not in ('un', 'une')]   # « une dizaine » → dizaine
    if strong or found:
        return WORDNUM[(strong or found)[0]] * mult
    return None


def main():
    errors = []

    def err(where, msg):
        errors.append(f'{where}: {msg}')

    figs = [json.loads(l) for l in open(os.path.join(REPO, 'evals', 'figures', 'figures-ad.jsonl'), encoding='utf-8') if l.strip()]
    nfs = [json.loads(l) for l in open(os.path.join(REPO, 'evals', 'figures', 'not_figures-ad.jsonl'), encoding='utf-8') if l.strip()]

    req = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']
    per_real = {}
    for i, r in enumerate(figs, 1):
        w = f'figures-ad.jsonl:{i} ({r.get("file", "?")} p{r.get("page", "?")} « {r.get("text", "?")} »)'
        miss = [k for k in req if k not in r]
        if miss:
            err(w, f'clés manquantes {miss}')
            continue
        if r['unit'] not in UNITS:
            err(w, f'unité inconnue {r["unit"]!r}')
        if (r['unit'] in ('people', 'count')) != (r['noun'] is not None):
            err(w, 'noun doit être renseigné pour people/count et null sinon')
        if r['year'] is not None and not re.fullmatch(r'\d{4}(-\d{4})?', str(r['year'])):
            err(w, f'year invalide {r["year"]!r}')
        n = len(r['measure'].split())
        if not 4 <= n <= 12:
            err(w, f'measure de {n} mots (attendu 4 à 12)')
        if r['page'] not in SELECTED.get(r['file'], set()):
            err(w, 'page hors des pages retenues')
        if r['file'].startswith('real-'):
            per_real[r['file']] = per_real.get(r['file'], 0) + 1
        try:
            ptxt = page_text(r['file'], r['page'])
        except Exception as e:  # noqa
            err(w, f'lecture PDF impossible : {e}')
            continue
        sent = r['sentence']
        if col(sent) != sent:
            err(w, 'sentence non repliée')
        if sent not in ptxt:
            err(w, 'sentence absente du texte pypdf de la page')
        target = sent
        if GLY.search(sent):
            if 'sentence_decoded' not in r:
                err(w, 'sentence à noms de glyphes sans sentence_decoded')
            elif decode(sent) != r['sentence_decoded']:
                err(w, 'sentence_decoded n’est pas le décodage de sentence')
            else:
                target = r['sentence_decoded']
        if r['text'] not in target:
            err(w, 'text absent de sentence')
        v = parse_value(r['text'])
        if v is None:
            err(w, 'valeur illisible dans text')
        elif abs(v - float(r['value'])) > 1e-6 * max(1.0, abs(v)):
            err(w, f'value {r["value"]} ≠ valeur lue dans text {v}')
        u = r['unit']
        tl = r['text'].lower()
        if u == '%' and not ('%' in tl or ' sur ' in tl or any(x in tl for x in ('moitié', 'tiers', 'quart'))):
            err(w, 'unité % sans % ni fraction dans text')
        if u == '€' and not re.search(r'€|euros?|mds?\b|milliards?', tl):
            err(w, 'unité € sans marque monétaire dans text')
        if u == 'years' and not re.search(r'\bans?\b|ann[ée]es?', tl):
            err(w, 'unité years sans « ans » dans text')
        for k in ('in_table', 'several_actors'):
            if k in r and not isinstance(r[k], bool):
                err(w, f'{k} doit être un booléen')

    for f, n in per_real.items():
        if n > 12:
            err(f, f'{n} chiffres (> 12 par PDF réel)')

    for i, r in enumerate(nfs, 1):
        w = f'not_figures-ad.jsonl:{i} ({r.get("file", "?")} p{r.get("page", "?")} « {r.get("text", "?")} »)'
        miss = [k for k in ('file', 'page', 'text', 'sentence', 'why') if k not in r]
        if miss:
            err(w, f'clés manquantes {miss}')
            continue
        if r['why'] not in WHY:
            err(w, f'why inconnu {r["why"]!r}')
        if r['page'] not in SELECTED.get(r['file'], set()):
            err(w, 'page hors des pages retenues')
        try:
            ptxt = page_text(r['file'], r['page'])
        except Exception as e:  # noqa
            err(w, f'lecture PDF impossible : {e}')
            continue
        if r['sentence'] not in ptxt:
            err(w, 'sentence absente du texte pypdf de la page')
        target = r['sentence']
        if GLY.search(target):
            if decode(target) != r.get('sentence_decoded'):
                err(w, 'sentence_decoded absente ou incorrecte')
            target = r.get('sentence_decoded', target)
        if r['text'] not in target:
            err(w, 'text absent de sentence')

    demo = sum(1 for r in figs if not r['file'].startswith('real-'))
    real = len(figs) - demo
    if len(figs) < 150:
        err('total', f'{len(figs)} chiffres < 150')
    if demo < 80:
        err('démo', f'{demo} chiffres < 80')
    if real < 60:
        err('réels', f'{real} chiffres < 60')
    if len(nfs) < 40:
        err('non-chiffres', f'{len(nfs)} < 40')

    for e in errors:
        print('ERREUR', e)
    tab = sum(1 for r in figs if r.get('in_table'))
    sev = sum(1 for r in figs if r.get('several_actors'))
    print(f'{len(figs)} chiffres ({demo} démo, {real} réels ; {tab} en tableau, '
          f'{sev} dans des phrases à plusieurs populations), {len(nfs)} non-chiffres')
    print(f'{len(errors)} erreur' + ('s' if len(errors) > 1 else ''))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
