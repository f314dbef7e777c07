#!/usr/bin/env python
"""Vérifie figures-ac.jsonl et not_figures-ac.jsonl (jeu AC).
Lancer avec : .venv/bin/python evals/corpora/figures-ac/check.py
- chaque `sentence` (blancs repliés) est dans le texte pypdf de sa page (blancs repliés) ;
- `text` est dans `sentence` (ou dans `sentence_decoded` pour un PDF à glyphes /x.pnum),
  et `sentence_decoded` == décodage de `sentence` ;
- `value` correspond à `text` (analyse du nombre imprimé, en chiffres ou en lettres).
Affiche aussi la répartition (fichier, unité, source de l'actor, datés, tableaux, multi-populations)."""
import json, os, re, sys
from collections import Counter
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
# In the repository: the demo corpus and ../shared beside the clone
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
DIRS = [os.path.join(REPO, 'corpus'), os.path.join(os.path.dirname(REPO), 'shared', 'realworld-pdfs')]
GLYPH = {'zero':'0','one':'1','two':'2','three':'3','four':'4','five':'5','six':'6','seven':'7','eight':'8','nine':'9'}
UNITS = {'%', 'pts', '€', '/10', 'years', 'people', 'count'}
WORDS = {'un':1,'une':1,'deux':2,'trois':3,'quatre':4,'cinq':5,'six':6,'sept':7,'huit':8,'neuf':9,'dix':10,
         'onze':11,'douze':12,'treize':13,'quatorze':14,'quinze':15,'seize':16,'dix-sept':17,'dix-huit':18,
         'dix-neuf':19,'vingt':20,'trente':30,'dizaine':10,'vingtaine':20,'trentaine':30,'quarantaine':40,
         'cinquantaine':50,'centaine':100,'cent':100,'mille':1000,'millier':1000}
FRACTIONS = {'la moitié':50, 'moitié':50, 'un tiers':100/3, 'un quart':25, 'deux tiers':200/3, 'trois quarts':75}

def coll(s): return re.sub(r'\s+', ' ', s).strip()
def decode(s): return re.sub(r'/(zero|one|two|three|four|five|six|seven|eight|nine)\.pnum', lambda m: GLYPH[m.group(1)], s)

_cache = {}
def page_text(f, n):
    if (f, n) not in _cache:
        p = next(os.path.join(d, f) for d in DIRS if os.path.exists(os.path.join(d, f)))
        r = pypdf.PdfReader(p)
        _cache[(f, n)] = coll(r.pages[n-1].extract_text() or '')
    return _cache[(f, n)]

def parse_value(text):
    t = coll(text.lower())
    t = re.sub(r'^(\+ de|plus de|près de|environ|moins de)\s+', '', t)
    for k, v in FRACTIONS.items():
        if t == k: return v
    m = re.match(r'^(\S+)\s+\S+\s+sur\s+(\S+)$', t) or re.match(r'^(\S+)\s+sur\s+(\S+)$', t)
    if m and m.group(1) in WORDS and m.group(2) in WORDS:          # « neuf maires sur dix »
        return WORDS[m.group(1)] / WORDS[m.group(2)] * 100
    m = re.match(r'^(\d[\d\u00a0\u202f ]*(?:,\d+)?)', t)
    if m:
        num = float(re.sub(r'[\s\u00a0\u202f]', '', m.group(1)).replace(',', '.'))
        rest = t[m.end():].strip()
        if rest.startswith('/10'): return num
        if rest.startswith(('m€', 'million')): num *= 1e6
        elif rest.startswith(('md€', 'milliard')): num *= 1e9
        return num
    first = re.split(r'[\s’\']', t)[0]
    if first in ('une', 'un') and len(t.split()) > 1:
        first = t.split()[1]
    if first in WORDS: return WORDS[first]
    return None

def main():
    errs = []
    figs = [json.loads(l) for l in open(os.path.join(REPO, 'evals', 'figures', 'figures-ac.jsonl'), encoding='utf-8') if l.strip()]
    nonf = [json.loads(l) for l in open(os.path.join(REPO, 'evals', 'figures', 'not_figures-ac.jsonl'), encoding='utf-8') if l.strip()]
    req = ['file','page','text','value','unit','noun','actor','measure','year','sentence']
    for i, d in enumerate(figs, 1):
        tag = f"fig#{i} {d.get('file')} p{d.get('page')} {d.get('text')!r}"
        miss = [k for k in req if k not in d]
        if miss: errs.append(f'{tag}: champs manquants {miss}'); continue
        if d['unit'] not in UNITS: errs.append(f'{tag}: unité inconnue {d["unit"]}')
        s = d['sentence']
        if coll(s) != s: errs.append(f'{tag}: sentence non repliée')
        if s not in page_text(d['file'], d['page']): errs.append(f'{tag}: sentence absente de la page')
        readable = s
        if 'sentence_decoded' in d:
            if decode(s) != d['sentence_decoded']: errs.append(f'{tag}: sentence_decoded != décodage de sentence')
            readable = d['sentence_decoded']
        elif '.pnum' in s: errs.append(f'{tag}: glyphes sans sentence_decoded')
        if d['text'] not in readable: errs.append(f'{tag}: text absent de sentence')
        v = parse_value(d['text'])
        if v is None: errs.append(f'{tag}: text non analysable')
        elif abs(v - d['value']) > 1e-6 * max(1, abs(v)): errs.append(f'{tag}: value {d["value"]} != {v}')
        if d['unit'] in ('people', 'count') and d['noun'] is None and d['unit'] == 'count':
            errs.append(f'{tag}: noun manquant pour un compte')
        if d['measure'] and not (4 <= len(d['measure'].split()) <= 12):
            errs.append(f'{tag}: measure hors 4-12 mots ({len(d["measure"].split())})')
    for i, d in enumerate(nonf, 1):
        tag = f"nonfig#{i} {d.get('file')} p{d.get('page')} {d.get('text')!r}"
        s = d['sentence']
        if s not in page_text(d['file'], d['page']): errs.append(f'{tag}: sentence absente de la page')
        readable = d.get('sentence_decoded', s)
        if 'sentence_decoded' in d and decode(s) != readable: errs.append(f'{tag}: sentence_decoded incohérente')
        if d['text'] not in readable: errs.append(f'{tag}: text absent de sentence')
        if d['why'] not in ('year','date','page number','footnote','ordinal','other'): errs.append(f'{tag}: why inconnu')
    # --- répartition
    demo = [d for d in figs if not d['file'].startswith('real-')]
    real = [d for d in figs if d['file'].startswith('real-')]
    def src(d):
        if d['actor'] is None: return 'null'
        if d.get('in_table'): return 'tableau'
        w = d['actor'].split()[0].lower()
        return 'phrase' if w in d.get('sentence_decoded', d['sentence']).lower() else 'contexte'
    print(f'chiffres : {len(figs)} (démo {len(demo)}, réels {len(real)}) ; non-chiffres : {len(nonf)}')
    print(f'en tableau : {sum(bool(d.get("in_table")) for d in figs)} ; à plusieurs populations : {sum(bool(d.get("several_actors")) for d in figs)} ; datés (year non null) : {sum(d["year"] is not None for d in figs)}')
    print('par fichier :'); [print(f'  {k}: {v}') for k, v in sorted(Counter(d['file'] for d in figs).items())]
    print('par unité :', dict(Counter(d['unit'] for d in figs)))
    print('source de l\'actor :', dict(Counter(src(d) for d in figs)))
    print('non-chiffres par motif :', dict(Counter(d['why'] for d in nonf)))
    for e in errs: print('ERREUR', e)
    print(f'{len(errs)} erreur(s)')
    return 1 if errs else 0

if __name__ == '__main__':
    sys.exit(main())
