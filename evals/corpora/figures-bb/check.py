"""Vérifie figures-bb.jsonl et not_figures-bb.jsonl contre le texte pypdf des PDF notes-s93.

Racine du dépôt : premier dossier parent qui contient pyproject.toml ; PDF dans
<racine>/evals/corpora/notes-s93/, repli sur /work/blind/notes-s93/ (essais avant copie).
Imprime le nombre d'erreurs.
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {'%', '€', '/10', 'years', 'people', 'count', 'pts'}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'section number', 'law number', 'scale', 'threshold', 'other'}


def repo_root():
    d = HERE
    while True:
        if os.path.exists(os.path.join(d, 'pyproject.toml')):
            return d
        p = os.path.dirname(d)
        if p == d:
            return None
        d = p


def pdf_path(name):
    root = repo_root()
    if root:
        p = os.path.join(root, 'evals', 'corpora', 'notes-s93', name)
        if os.path.exists(p):
            return p
    return os.path.join('/work/blind/notes-s93', name)


def data_path(name):
    root = repo_root()
    path = os.path.join(root, 'evals', 'figures', name) if root else ''
    return path if path and os.path.exists(path) else os.path.join(HERE, name)


_cache = {}


def page_text(name, page):
    key = (name, page)
    if key not in _cache:
        r = pypdf.PdfReader(pdf_path(name))
        if not 1 <= page <= len(r.pages):
            _cache[key] = None
        else:
            _cache[key] = ' '.join(r.pages[page - 1].extract_text().split())
    return _cache[key]


WORDS = {'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8,
         'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15,
         'vingt': 20, 'quatre-vingt-douze': 92}
SPECIAL = {'la moitié': 50, 'un tiers': 33.33, 'un quart': 25, 'une dizaine': 10}


def parse(text):
    """Valeurs candidates pour le texte imprimé d'un chiffre."""
    t = ' '.join(text.split()).lower().replace('\u2212', '-')
    for k, v in SPECIAL.items():
        if k in t:
            return [v]
    if ' sur ' in t and not re.search(r"\d sur 10$", t):
        left, right = t.split(' sur ', 1)

        def val(tok):
            tok = tok.split("'")[-1]
            return int(tok) if tok.isdigit() else WORDS.get(tok)
        a = next((val(x) for x in left.split() if val(x)), None)
        b = val(right.split()[0])
        if a and b:
            return [round(a / b * 100, 2)]
    num = re.search(r"[-+]?\d[\d ]*(,\d+)?", t)
    if num:
        v = float(num.group(0).replace(' ', '').replace(',', '.'))
        mult = 1
        if 'm€' in t or 'million' in t:
            mult = 1e6
        elif 'k€' in t:
            mult = 1e3
        return [v * mult]
    for w, v in sorted(WORDS.items(), key=lambda x: -len(x[0])):
        if re.search(r"\b%s\b" % re.escape(w), t):
            return [v]
    return []


def main():
    errors = []
    figs = [json.loads(l) for l in open(data_path('figures-bb.jsonl'), encoding='utf-8')]
    nots = [json.loads(l) for l in open(data_path('not_figures-bb.jsonl'), encoding='utf-8')]
    need = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']
    for i, d in enumerate(figs, 1):
        tag = f"figure {i} ({d.get('file')} p{d.get('page')} {d.get('text')!r})"
        for k in need:
            if k not in d:
                errors.append(f"{tag}: champ {k} absent")
        pt = page_text(d['file'], d['page'])
        if pt is None:
            errors.append(f"{tag}: page absente"); continue
        if d['sentence'] not in pt:
            errors.append(f"{tag}: phrase absente de la page")
        c = d['sentence'].count(d['text'])
        if c == 0:
            errors.append(f"{tag}: texte absent de la phrase")
        elif c > 1 and 'occurrence' not in d:
            errors.append(f"{tag}: texte répété sans occurrence")
        if d['unit'] not in UNITS:
            errors.append(f"{tag}: unité {d['unit']!r}")
        cands = parse(d['text'])
        if not any(abs(float(d['value']) - c_) < 0.011 for c_ in cands):
            errors.append(f"{tag}: valeur {d['value']} ne correspond pas ({cands})")
        y = d['year']
        if not (y is None or isinstance(y, int) or (isinstance(y, str) and re.fullmatch(r"\d{4}-\d{4}", y))):
            errors.append(f"{tag}: année {y!r}")
        for a in d.get('also_printed_as', []):
            if a['sentence'] not in pt or a['text'] not in a['sentence']:
                errors.append(f"{tag}: also_printed_as absent de la page")
    for i, d in enumerate(nots, 1):
        tag = f"non-chiffre {i} ({d.get('file')} p{d.get('page')} {d.get('text')!r})"
        pt = page_text(d['file'], d['page'])
        if pt is None:
            errors.append(f"{tag}: page absente"); continue
        if d['sentence'] not in pt:
            errors.append(f"{tag}: phrase absente de la page")
        if d['text'] not in d['sentence']:
            errors.append(f"{tag}: texte absent de la phrase")
        if d['why'] not in WHYS:
            errors.append(f"{tag}: why {d['why']!r}")
    for e in errors:
        print(e)
    print(f"{len(figs)} chiffres, {len(nots)} non-chiffres vérifiés ({os.path.dirname(pdf_path(figs[0]['file']))}) : {len(errors)} erreur(s)")
    return len(errors)


if __name__ == '__main__':
    sys.exit(1 if main() else 0)
