# -*- coding: utf-8 -*-
"""Verifie figures-bl.jsonl et not_figures-bl.jsonl contre les PDF du corpus notes-s103 (stdlib + pypdf).

PDF : <racine>/evals/corpora/notes-s103 (racine = premier parent contenant pyproject.toml, depuis le dossier
courant puis depuis le dossier de ce script), sinon /work/blind/notes-s103.
JSONL : <racine>/evals/figures/, sinon a cote de ce script.
Imprime le nombre d'erreurs ; code de sortie 1 s'il y en a.
"""
import json, os, re, sys
from pathlib import Path
import pypdf

HERE = Path(__file__).resolve().parent
UNITS = {'%', '€', 'M€', 'people', 'count', '/10', 'years', 'pts'}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'section number', 'threshold', 'scale', 'phone',
        'postal code', 'law number', 'other'}
REQ = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'measure', 'year', 'sentence']
OPT = {'actor_alt', 'year_alt', 'in_table', 'several_actors', 'actor_src', 'range_high', 'occurrence',
       'also_printed_as', 'note'}
REQ_N = ['file', 'page', 'text', 'sentence', 'why']
OPT_N = {'occurrence', 'note'}
SRC = {'phrase', 'contexte', 'tableau', None}
MAX_PER_PAGE = 12
WORDS = {'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8,
         'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15, 'seize': 16,
         'vingt': 20, 'trente': 30, 'cent': 100, 'mille': 1000}
FRACT = {'moitié': 2, 'tiers': 3, 'quart': 4, 'quarts': 4, 'cinquième': 5, 'dixième': 10}


def find_root():
    for start in (Path.cwd(), HERE):
        for d in [start] + list(start.parents):
            if (d / 'pyproject.toml').is_file():
                return d
    return None


def locate():
    root = find_root()
    pdf_dir = None
    if root and (root / 'evals/corpora/notes-s103').is_dir():
        pdf_dir = root / 'evals/corpora/notes-s103'
    else:
        pdf_dir = Path('/work/blind/notes-s103')
    js = {}
    for name in ('figures-bl.jsonl', 'not_figures-bl.jsonl'):
        cand = root / 'evals/figures' / name if root else None
        js[name] = cand if cand and cand.is_file() else HERE / name
    return root, pdf_dir, js


def collapse(s):
    return ' '.join(s.split())


def parse_value(text):
    """Valeur numerique attendue d'apres le texte imprime ; renvoie (valeur, haut_de_fourchette) ou (None, None)."""
    t = text.replace('\u00a0', ' ').replace('\u202f', ' ').strip()
    low = t.lower()
    # fractions en lettres : « un tiers », « deux tiers », « la moitié », « trois quarts »
    m = re.match(r"^(?:la |les |près des |près d'|plus d')?(un|une|deux|trois|quatre|neuf)?\s*(moitié|tiers|quarts?|"
                 r"cinquième|dixième)s?$", low)
    if m:
        num = WORDS.get(m.group(1) or 'un', 1)
        return round(100.0 * num / FRACT[m.group(2)], 2), None
    mult = 1
    if re.search(r"milliards?", low):
        mult = 1e9
    elif re.search(r"millions?|m€", low):
        mult = 1e6
    elif re.search(r"k€|milliers", low):
        mult = 1e3
    nums = re.findall(r"\d+(?:[ .]\d{3})*(?:,\d+)?", t)
    if not nums:
        w = re.sub(r"[^a-zàâçéèêëîïôûùüÿœ -]", ' ', low).split()
        vals = [WORDS[x] for x in w if x in WORDS]
        if not vals:
            return None, None
        return float(vals[0]) * mult, None

    def conv(x):
        return float(x.replace(' ', '').replace('.', '').replace(',', '.')) if re.search(r"[ .]\d{3}", x) \
            else float(x.replace(',', '.'))
    if '/10' in t and len(nums) == 2 and nums[1] == '10':
        return conv(nums[0]), None
    if len(nums) >= 2 and re.search(r"\d\s*(?:à|-|–)\s*\d", t):
        return conv(nums[0]) * mult, conv(nums[1]) * mult
    if len(nums) != 1:
        return None, None
    return conv(nums[0]) * mult, None


def unit_ok(unit, text):
    low = text.lower()
    if unit == '%':
        return '%' in text or any(w in low for w in FRACT)
    if unit in ('€', 'M€'):
        return '€' in text or 'euro' in low
    if unit == '/10':
        return '/10' in text or True  # une note peut venir de l'en-tete « Note sur 10 »
    if unit == 'years':
        return re.search(r"\ban(s|nées?)?\b", low) is not None
    return True


def year_ok(y):
    if y is None:
        return True
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1900 <= y <= 2100
    if isinstance(y, str):
        m = re.fullmatch(r"(\d{4})-(\d{4})", y)
        return bool(m) and 1900 <= int(m.group(1)) < int(m.group(2)) <= 2100
    return False


def main():
    root, pdf_dir, js = locate()
    errs = []
    pages = {}

    def page_text(fn, p):
        if fn not in pages:
            path = pdf_dir / fn
            if not path.is_file():
                pages[fn] = None
            else:
                r = pypdf.PdfReader(str(path))
                pages[fn] = [collapse(pg.extract_text() or '') for pg in r.pages]
        lst = pages[fn]
        if lst is None or not isinstance(p, int) or not (1 <= p <= len(lst)):
            return None
        return lst[p - 1]

    def load(path):
        out = []
        if not path.is_file():
            errs.append('fichier absent : %s' % path)
            return out
        for i, line in enumerate(path.read_text(encoding='utf-8').splitlines(), 1):
            if not line.strip():
                continue
            try:
                out.append((i, json.loads(line)))
            except ValueError as e:
                errs.append('%s:%d JSON invalide (%s)' % (path.name, i, e))
        return out

    def check_place(tag, it, req):
        for k in req:
            if k not in it:
                errs.append('%s champ manquant %s' % (tag, k))
                return False
        txt = page_text(it['file'], it['page'])
        if txt is None:
            errs.append('%s fichier ou page inexistant : %s p.%s' % (tag, it['file'], it['page']))
            return False
        s, t = it['sentence'], it['text']
        if not isinstance(s, str) or not s or s != collapse(s):
            errs.append('%s phrase vide ou blancs non replies' % tag)
            return False
        if s not in txt:
            errs.append('%s phrase absente de la page : %r' % (tag, s[:70]))
            return False
        if not isinstance(t, str) or not t or t not in s:
            errs.append('%s texte %r absent de la phrase' % (tag, t))
            return False
        occ = it.get('occurrence')
        if occ is not None:
            if not isinstance(occ, int) or occ < 1 or s.count(t) < occ:
                errs.append('%s occurrence %r invalide pour %r' % (tag, occ, t))
        elif s.count(t) > 1:
            errs.append('%s texte %r present %d fois dans la phrase : occurrence requise' % (tag, t, s.count(t)))
        return True

    figs = load(js['figures-bl.jsonl'])
    nots = load(js['not_figures-bl.jsonl'])
    seen, per_page, fig_keys = set(), {}, set()
    for i, it in figs:
        tag = 'figures-bl.jsonl:%d' % i
        extra = set(it) - set(REQ) - OPT
        if extra:
            errs.append('%s champs inconnus %s' % (tag, sorted(extra)))
        if not check_place(tag, it, REQ):
            continue
        if it['unit'] not in UNITS:
            errs.append('%s unite inconnue %r' % (tag, it['unit']))
        elif not unit_ok(it['unit'], it['text']):
            errs.append('%s unite %s incoherente avec %r' % (tag, it['unit'], it['text']))
        v = it['value']
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            errs.append('%s valeur non numerique' % tag)
        else:
            exp, high = parse_value(it['text'])
            if exp is None:
                errs.append('%s valeur illisible dans %r' % (tag, it['text']))
            elif abs(exp - v) > max(0.011, 1e-9 * abs(exp)):
                errs.append('%s valeur %r != %r lue dans %r' % (tag, v, exp, it['text']))
            if high is not None and it.get('range_high') != high:
                errs.append('%s fourchette : range_high attendu %r' % (tag, high))
        for k in ('year', 'year_alt'):
            if not year_ok(it.get(k)):
                errs.append('%s %s invalide %r' % (tag, k, it.get(k)))
        if it.get('actor_src', None) not in SRC:
            errs.append('%s actor_src invalide %r' % (tag, it.get('actor_src')))
        if it['actor'] is None and it.get('actor_src') not in (None,):
            errs.append('%s actor null mais actor_src %r' % (tag, it.get('actor_src')))
        if not isinstance(it['measure'], str) or not it['measure'].strip():
            errs.append('%s measure vide' % tag)
        for a in it.get('also_printed_as') or []:
            if not (isinstance(a, dict) and a.get('sentence') in (page_text(it['file'], it['page']) or '')
                    and a.get('text') in a.get('sentence', '')):
                errs.append('%s also_printed_as hors page ou texte absent : %r' % (tag, a))
        key = (it['file'], it['page'], it['sentence'], it['text'], it.get('occurrence'))
        if key in seen:
            errs.append('%s doublon' % tag)
        seen.add(key)
        fig_keys.add(key)
        pk = (it['file'], it['page'])
        per_page[pk] = per_page.get(pk, 0) + 1
    for pk, c in sorted(per_page.items()):
        if c > MAX_PER_PAGE:
            errs.append('%s p.%d : %d chiffres (> %d)' % (pk[0], pk[1], c, MAX_PER_PAGE))
    seen_n = set()
    for i, it in nots:
        tag = 'not_figures-bl.jsonl:%d' % i
        extra = set(it) - set(REQ_N) - OPT_N
        if extra:
            errs.append('%s champs inconnus %s' % (tag, sorted(extra)))
        if not check_place(tag, it, REQ_N):
            continue
        if it['why'] not in WHYS:
            errs.append('%s why inconnu %r' % (tag, it['why']))
        key = (it['file'], it['page'], it['sentence'], it['text'], it.get('occurrence'))
        if key in seen_n:
            errs.append('%s doublon' % tag)
        seen_n.add(key)
        if key in fig_keys:
            errs.append('%s aussi annote comme chiffre' % tag)
    for e in errs:
        print('ERREUR', e)
    print('%d chiffres, %d non-chiffres verifies (PDF : %s ; racine : %s) : %d erreur(s)'
          % (len(figs), len(nots), pdf_dir, root, len(errs)))
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
