#!/usr/bin/env python3
"""Vérifie le jeu CH (figures-ch.jsonl, not_figures-ch.jsonl) contre les PDF du corpus notes-s125.
Autonome : bibliothèque standard + pypdf. Usage : python check.py   (code de sortie 1 s'il y a des erreurs)"""
import json, os, re, sys
from collections import Counter, defaultdict
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = {'%', '€', 'M€', 'people', 'count', '/10', 'years', 'pts'}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'section number', 'threshold', 'scale', 'phone',
        'postal code', 'law number', 'other'}
ACTOR_SRC = {'phrase', 'contexte', 'tableau', None}
REQ = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']
OPT = {'actor_alt', 'year_alt', 'in_table', 'several_actors', 'actor_src', 'range_high', 'occurrence',
       'also_printed_as', 'note', 'scale'}
REQ_N = ['file', 'page', 'text', 'sentence', 'why']
OPT_N = {'occurrence', 'note'}
MAX_PER_PAGE = 12


def find_root():
    for start in (os.getcwd(), HERE):
        d = os.path.abspath(start)
        while True:
            if os.path.isfile(os.path.join(d, 'pyproject.toml')):
                return d
            nd = os.path.dirname(d)
            if nd == d:
                break
            d = nd
    return None


ROOT = find_root()


def pick(cands):
    for c in cands:
        if c and os.path.isdir(c) and any(x.endswith('.pdf') for x in os.listdir(c)):
            return c
    return None


PDF_DIR = pick([ROOT and os.path.join(ROOT, 'evals', 'corpora', 'notes-s125'), '/work/blind/notes-s125'])
JSONL_DIR = next((c for c in [ROOT and os.path.join(ROOT, 'evals', 'figures'), HERE]
                  if c and os.path.isfile(os.path.join(c, 'figures-ch.jsonl'))), HERE)

WORDS = {'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8,
         'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15, 'seize': 16,
         'vingt': 20, 'trente': 30, 'quarante': 40, 'cinquante': 50, 'cent': 100, 'mille': 1000}
FRAC = {'la moitié': 50, 'moitié': 50, 'un tiers': 100 / 3, 'deux tiers': 200 / 3, 'un quart': 25,
        'trois quarts': 75}
NUM_RE = re.compile(r'\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?')


def num(s):
    s = s.strip().lower()
    m = NUM_RE.search(s)
    if m:
        return float(re.sub(r'[ \u00a0\u202f]', '', m.group(0)).replace(',', '.'))
    toks = [t for t in re.split(r"[\s\-']+", s) if t in WORDS]
    if not toks:
        return None
    total = 0
    for t in toks:
        v = WORDS[t]
        total = total * v if v in (100, 1000) and total else total + v
    return float(total)


def expected_values(text, unit, scale=1):
    """Valeurs admises pour un texte imprimé (liste)."""
    t = text.lower().strip()
    t2 = re.sub(r'^(\+ de|plus de|près de|environ|au moins|au plus)\s+', '', t)
    if t2 in FRAC:
        return [FRAC[t2]]
    m = re.match(r'^(.+?)\s+sur\s+(.+)$', t2)
    if m:
        a, b = num(m.group(1)), num(m.group(2))
        if a is not None and b:
            if unit == '/10' and b == 10:
                return [a]
            return [a / b * 100]
    v = num(t2)
    if v is None:
        return []
    mult = 1
    if 'm€' in t2 or 'million' in t2:
        mult = 1e6
    elif 'milliard' in t2:
        mult = 1e9
    elif 'k€' in t2 or 'millier' in t2:
        mult = 1e3
    return [v * mult * (scale or 1)]


def occurrences(text, sentence):
    """Positions de text dans sentence, sans couper un nombre plus long."""
    out, i = [], sentence.find(text)
    while i >= 0:
        j = i + len(text)
        prev, nxt = sentence[i - 1:i], sentence[j:j + 1]
        ok = True
        if text[:1].isdigit() and (prev.isdigit() or (prev in ',.' and prev and sentence[i - 2:i - 1].isdigit())):
            ok = False
        if text[-1:].isdigit() and (nxt.isdigit() or (nxt == ',' and sentence[j + 1:j + 2].isdigit())):
            ok = False
        if ok:
            out.append(i)
        i = sentence.find(text, i + 1)
    return out


def year_ok(y, allow_none=True):
    if y is None:
        return allow_none
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    return isinstance(y, str) and bool(re.fullmatch(r'(19|20)\d\d-(19|20)\d\d', y)) and y[:4] < y[5:]


def main():
    errors = []
    err = lambda where, msg: errors.append('%s: %s' % (where, msg))
    if not PDF_DIR:
        print('PDF introuvables (ni <racine>/evals/corpora/notes-s125 ni /work/blind/notes-s125)')
        print('1 erreur(s)')
        return 1
    pages = {}

    def page_text(f, p):
        if f not in pages:
            path = os.path.join(PDF_DIR, f)
            if not os.path.isfile(path):
                pages[f] = None
            else:
                pages[f] = [' '.join((pg.extract_text() or '').split()) for pg in pypdf.PdfReader(path).pages]
        P = pages[f]
        if P is None:
            return None, 'fichier absent'
        if not isinstance(p, int) or isinstance(p, bool) or not 1 <= p <= len(P):
            return None, 'page %r inexistante (%d pages)' % (p, len(P))
        return P[p - 1], None

    def load(name):
        rows = []
        with open(os.path.join(JSONL_DIR, name), encoding='utf-8') as fh:
            for k, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        rows.append((k, json.loads(line)))
                    except ValueError as e:
                        err('%s:%d' % (name, k), 'JSON invalide (%s)' % e)
        return rows

    figs, nots = load('figures-ch.jsonl'), load('not_figures-ch.jsonl')
    seen, per_page, fig_keys = set(), Counter(), set()

    def check_text(where, d, txt):
        sent = d.get('sentence')
        if not isinstance(sent, str) or sent != ' '.join(sent.split()):
            err(where, 'sentence absente ou blancs non repliés'); return None
        if sent not in txt:
            err(where, 'sentence absente du texte de la page'); return None
        t = d.get('text')
        if not isinstance(t, str) or not t:
            err(where, 'text vide'); return None
        occ = occurrences(t, sent)
        if not occ:
            err(where, 'text %r absent de la phrase' % t); return None
        o = d.get('occurrence')
        if len(occ) > 1 and o is None:
            err(where, 'text %r figure %d fois : occurrence requise' % (t, len(occ)))
        if o is not None and (not isinstance(o, int) or not 1 <= o <= len(occ)):
            err(where, 'occurrence %r hors de 1..%d' % (o, len(occ)))
        return o or 1

    for k, d in figs:
        where = 'figures-ch.jsonl:%d' % k
        miss = [f for f in REQ if f not in d]
        if miss:
            err(where, 'champs manquants %s' % miss); continue
        extra = set(d) - set(REQ) - OPT
        if extra:
            err(where, 'champs inconnus %s' % sorted(extra))
        txt, e = page_text(d['file'], d['page'])
        if e:
            err(where, e); continue
        o = check_text(where, d, txt)
        if d['unit'] not in UNITS:
            err(where, 'unité %r hors liste' % d['unit'])
        v = d['value']
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            err(where, 'value non numérique')
        else:
            exp = expected_values(d['text'], d['unit'], d.get('scale', 1))
            if not any(abs(v - x) <= max(0.01, 1e-9 * abs(x)) for x in exp):
                err(where, 'value %r ne correspond pas au texte %r (attendu %s)' % (v, d['text'], exp))
        if 'range_high' in d and not (isinstance(d['range_high'], (int, float)) and d['range_high'] > v):
            err(where, 'range_high incohérent')
        if d['unit'] == '%' and isinstance(v, (int, float)) and not 0 <= v <= 100:
            err(where, 'pourcentage hors 0-100')
        if d['unit'] == '/10' and isinstance(v, (int, float)) and not 0 <= v <= 10:
            err(where, 'note hors 0-10')
        for fld in ('noun', 'actor', 'actor_alt'):
            if d.get(fld) is not None and not (isinstance(d[fld], str) and d[fld].strip()):
                err(where, '%s doit être une chaîne non vide ou null' % fld)
        if not (isinstance(d['measure'], str) and len(d['measure'].split()) >= 2):
            err(where, 'measure trop courte')
        if not year_ok(d['year']):
            err(where, 'year invalide %r' % d['year'])
        if 'year_alt' in d and not year_ok(d['year_alt'], False):
            err(where, 'year_alt invalide %r' % d['year_alt'])
        if d.get('actor_src', None) not in ACTOR_SRC:
            err(where, 'actor_src invalide')
        if d['actor'] is None and d.get('actor_src') is not None:
            err(where, 'actor null mais actor_src non null')
        for fld in ('in_table', 'several_actors'):
            if fld in d and not isinstance(d[fld], bool):
                err(where, '%s doit être booléen' % fld)
        for a in d.get('also_printed_as', []) or []:
            if not (isinstance(a, dict) and a.get('sentence') in txt and a.get('text') and a['text'] in a['sentence']):
                err(where, 'also_printed_as introuvable sur la page : %r' % a)
        key = (d['file'], d['page'], d['sentence'], d['text'], o)
        if key in seen:
            err(where, 'doublon')
        seen.add(key); fig_keys.add(key)
        per_page[(d['file'], d['page'])] += 1
    for (f, p), n in per_page.items():
        if n > MAX_PER_PAGE:
            err('%s p%d' % (f, p), '%d chiffres (> %d)' % (n, MAX_PER_PAGE))

    seen_n = set()
    for k, d in nots:
        where = 'not_figures-ch.jsonl:%d' % k
        miss = [f for f in REQ_N if f not in d]
        if miss:
            err(where, 'champs manquants %s' % miss); continue
        extra = set(d) - set(REQ_N) - OPT_N
        if extra:
            err(where, 'champs inconnus %s' % sorted(extra))
        if d['why'] not in WHYS:
            err(where, 'why %r hors liste' % d['why'])
        txt, e = page_text(d['file'], d['page'])
        if e:
            err(where, e); continue
        o = check_text(where, d, txt)
        key = (d['file'], d['page'], d['sentence'], d['text'], o)
        if key in fig_keys:
            err(where, 'non-chiffre annoté aussi comme chiffre')
        # un non-chiffre ne doit pas non plus recouvrir la position d'un chiffre de la même phrase
        if o:
            pos = occurrences(d['text'], d['sentence'])[o - 1]
            span = set(range(pos, pos + len(d['text'])))
            for (ff, pp, ss, tt, oo) in fig_keys:
                if (ff, pp, ss) == (d['file'], d['page'], d['sentence']):
                    occ = occurrences(tt, ss)
                    if oo and oo <= len(occ) and set(range(occ[oo - 1], occ[oo - 1] + len(tt))) & span:
                        err(where, 'recouvre le chiffre %r de la même phrase' % tt)
        if key in seen_n:
            err(where, 'doublon')
        seen_n.add(key)
    if len(nots) > 95:
        err('not_figures-ch.jsonl', '%d non-chiffres (> ~90)' % len(nots))

    for e in errors:
        print(e)
    print('%d chiffres, %d non-chiffres vérifiés (PDF : %s ; jsonl : %s) : %d erreur(s)'
          % (len(figs), len(nots), PDF_DIR, JSONL_DIR, len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
