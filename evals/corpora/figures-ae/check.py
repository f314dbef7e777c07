#!/usr/bin/env python3
"""Vérifie figures-ae.jsonl et not_figures-ae.jsonl (à lancer avec un python qui a pypdf).
- chaque `sentence` se trouve dans le texte pypdf de sa page (blancs repliés en un espace) ;
- `text` se trouve dans `sentence` (ou dans `sentence_decoded` pour les PDF à noms de glyphes) ;
- `value` correspond à `text` ; `unit` dans la liste ; champs obligatoires présents."""
import json, os, re, sys
import pypdf
HERE = os.path.dirname(os.path.abspath(__file__))
# In the repository: the set's PDFs are those of blind83 and blind85, beside this folder
CORPORA = os.path.dirname(HERE)
DIRS = [os.path.join(CORPORA, 'notes-s83'), os.path.join(CORPORA, 'notes-s85'),
        os.path.join(CORPORA, '..', '..', '..', 'shared', 'realworld-pdfs')]
UNITS = {'%', 'pts', '€', '/10', 'years', 'people', 'count'}
KEYS = ["file","page","text","value","unit","noun","actor","measure","year","sentence"]
WHY = {'year','date','page number','footnote','ordinal','other'}
_cache = {}
def page_text(fn, p):
    if (fn,p) not in _cache:
        path = next(os.path.join(d,fn) for d in DIRS if os.path.exists(os.path.join(d,fn)))
        t = pypdf.PdfReader(path).pages[p-1].extract_text() or ''
        _cache[(fn,p)] = re.sub(r'\s+',' ',t).strip()
    return _cache[(fn,p)]
WORDS = {'un':1,'une':1,'deux':2,'trois':3,'quatre':4,'cinq':5,'six':6,'sept':7,'huit':8,'neuf':9,
         'dix':10,'onze':11,'douze':12,'treize':13,'quinze':15,'dizaine':10,'quinzaine':15,'quarantaine':40}
def parse(text):
    t = text.lower()
    if 'moitié' in t: return 50.0
    if 'tiers' in t: return 33.3
    for w in ('dizaine','quinzaine','quarantaine'):
        if w in t: return float(WORDS[w])
    m = re.search(r'(\w+) \w+ sur dix', t)
    if m and m.group(1) in WORDS: return WORDS[m.group(1)]*10.0
    m = re.search(r'\d[\d\u202f\u00a0 ]*(?:,\d+)?', t)
    if m:
        s = re.sub(r'[\s\u202f\u00a0]','',m.group()).replace(',','.')
        v = float(s)
        if 'm€' in t.replace(' ','') or 'million' in t: v *= 1e6
        if 'milliard' in t: v *= 1e9
        return v
    for w in re.findall(r"[a-zàâéèêîôûç\-]+", t):
        if w in WORDS: return float(WORDS[w])
    return None
def main():
    err = 0; n = 0
    for line in open(os.path.join(CORPORA, '..', 'figures', 'figures-ae.jsonl'), encoding='utf-8'):
        d = json.loads(line); n += 1
        where = f"{d.get('file')} p{d.get('page')} {d.get('text')!r}"
        miss = [k for k in KEYS if k not in d]
        if miss: print('ERR champs manquants', miss, where); err += 1; continue
        if d['sentence'] not in page_text(d['file'], d['page']):
            print('ERR sentence absente de la page:', where); err += 1
        hay = d.get('sentence_decoded', d['sentence'])
        if d['text'] not in hay: print('ERR text absent de sentence:', where); err += 1
        if d['unit'] not in UNITS: print('ERR unit:', where); err += 1
        v = parse(d['text'])
        if v is None or abs(v - float(d['value'])) > 0.051:
            print('ERR value', d['value'], '!= text ->', v, where); err += 1
        if d['unit'] in ('people','count') and d['noun'] is None and d['file'].startswith('real-etalab') is False:
            print('WARN noun null pour un compte:', where)
        mw = len(d['measure'].split())
        if not 3 <= mw <= 13: print('WARN measure longueur', mw, where)
    nn = 0
    for line in open(os.path.join(CORPORA, '..', 'figures', 'not_figures-ae.jsonl'), encoding='utf-8'):
        d = json.loads(line); nn += 1
        where = f"[non-chiffre] {d['file']} p{d['page']} {d['text']!r}"
        if d['sentence'] not in page_text(d['file'], d['page']):
            print('ERR sentence absente de la page:', where); err += 1
        if d['text'] not in d.get('sentence_decoded', d['sentence']):
            print('ERR text absent de sentence:', where); err += 1
        if d['why'] not in WHY: print('ERR why:', where); err += 1
    print(f'{n} chiffres, {nn} non-chiffres vérifiés : {err} erreur(s)')
    return 1 if err else 0
if __name__ == '__main__':
    sys.exit(main())
