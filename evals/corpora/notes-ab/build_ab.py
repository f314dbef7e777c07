#!/usr/bin/env python
"""Checks every item of items_ab.py against the PDFs, then writes figures-ab.jsonl and
not_figures-ab.jsonl and reads them back.

Run:  /work/main/.venv/bin/python build_ab.py            (check, write, read back)
      /work/main/.venv/bin/python build_ab.py --tokens   (errors only, writes nothing)
Exit status 1 on any error.

Set AA's build_aa.py with AB's file names and import, otherwise unchanged. AA's header follows:
build_w.py with AA's file names and these additions (see README-aa.md, "Check"):
- the unit `pts` (« ± 5,6 points », « 2 points », « 21 points »), as in sets Y and Z;
- « k€ » in a text (× 1 000) and the tag `multiplier_in_header` (a bare cell under « (en k€) »);
- ratios « N [nom] sur M » (tag `ratio`) valued 100 × N / M, fractions in words (« deux tiers »,
  « trois quarts », « tiers ») valued 100 × N / D to the tenth, approximate counts in words
  (« une quarantaine », « une vingtaine », « un millier »), decimals in words (« sept virgule un »)
  and marks « sur dix »;
- repeat lines may hold the figure more than once (a row printing it in € and in k€), may print a
  € figure bare in a k€ or M€ column, and, with the tag `rounded_repeat`, may round it;
- coverage counts the approximate-count words (« vingtaine », « quarantaine » …) as number words.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

FILES = {
    'ab01': 'obs-ab-01-appel-a-projets-catalyseurs-territoriaux.pdf',
    'ab02': 'obs-ab-02-compte-rendu-comite-de-pilotage-phare.pdf',
    'ab03': 'obs-ab-03-note-trois-editions-enquete-citoyens.pdf',
    'ab04': 'obs-ab-04-rapport-evaluation-avant-apres.pdf',
    'ab05': 'obs-ab-05-questionnaires-annotes-citoyens-et-maires.pdf',
}
UNITS = {'%', '/10', 'count', 'people', '€', 'years', 'pts'}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'threshold', 'scale', 'other'}
SOURCES = {'sentence', 'context', 'table', None}
UNIT_TAGS = {'unit_from_header', 'unit_from_row', 'unit_from_context', 'unit_from_label'}
FIG_KEYS = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'actor_source', 'measure',
            'year', 'year_alt', 'sentence', 'cases', 'also_printed_as']
NOT_KEYS = ['file', 'page', 'text', 'sentence', 'why']


# --------------------------------------------------------------------------- pdf text
def collapse(raw):
    """" ".join(raw.split()) plus, for every collapsed character, its index in raw."""
    out, idx = [], []
    pend = None
    for i, ch in enumerate(raw):
        if ch.isspace():
            if out and pend is None:
                pend = i
            continue
        if pend is not None:
            out.append(' ')
            idx.append(pend)
            pend = None
        out.append(ch)
        idx.append(i)
    s = ''.join(out)
    assert s == ' '.join(raw.split())
    return s, idx


_CACHE = {}


def pages(key):
    if key not in _CACHE:
        path = os.path.join(HERE, FILES[key])
        raws = [p.extract_text() for p in pypdf.PdfReader(path).pages]
        _CACHE[key] = [(raw,) + collapse(raw) for raw in raws]
    return _CACHE[key]


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


# --------------------------------------------------------------------------- tokens
def token_errors(s, i, j, footnote=False, thousands=True):
    """Why s[i:j] is not a whole token (empty list if it is)."""
    errs = []
    t = s[i:j]
    b = s[i - 1] if i > 0 else ''
    b2 = s[i - 2] if i > 1 else ''
    a = s[j] if j < len(s) else ''
    a2 = s[j + 1] if j + 1 < len(s) else ''
    if t[0].isalnum():
        if b.isalnum():
            if not (footnote and t.isdigit() and not b.isdigit()):
                errs.append('glued to %r before' % b)
        if b == '-' and b2.isalnum():
            errs.append('end of a hyphenated compound')
        if t[0].isdigit() and b in '.,/' and b and b2.isdigit():
            errs.append('inside a decimal, dotted or slashed number')
    if t[-1].isalnum():
        if a.isalnum():
            errs.append('glued to %r after' % a)
        if a == '-' and a2.isalnum():
            errs.append('start of a hyphenated compound')
        if t[-1].isdigit() and a in '.,/' and a and a2.isdigit():
            errs.append('inside a decimal, dotted or slashed number')
    if thousands:
        m = re.match(r'\d+', t)
        if m and len(m.group()) == 3 and b == ' ' and re.search(r'(?<![\d.,])\d{1,3}$', s[:i - 1]):
            errs.append('3-digit group after a 1-3-digit group (thousands)')
        m = re.search(r'(?<![\d.,])\d{1,3}$', t) if t[-1].isdigit() else None
        if m and a == ' ' and re.match(r'\d{3}(?![\d,.])', s[j + 1:]):
            errs.append('1-3-digit group before a 3-digit group (thousands)')
    return errs


def whole_token_spans(sentence, text, footnote=False, thousands=True):
    return [i for i in occurrences(sentence, text)
            if not token_errors(sentence, i, i + len(text), footnote, thousands)]


CARD = {'zéro': 0, 'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6,
        'sept': 7, 'huit': 8, 'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13,
        'quatorze': 14, 'quinze': 15, 'seize': 16, 'vingt': 20, 'vingts': 20, 'trente': 30,
        'quarante': 40, 'cinquante': 50, 'soixante': 60}
NUMWORDS = (set(CARD) - {'un', 'une'}) | {
    'cent', 'cents', 'mille', 'million', 'millions', 'milliard', 'milliards', 'demi', 'moitié',
    'tiers', 'quart', 'quarts', 'millier', 'milliers', 'dizaine', 'dizaines', 'centaine',
    'centaines', 'douzaine', 'douzaines', 'premier', 'premiers', 'première', 'premières',
    'second', 'seconde', 'seconds', 'secondes', 'quinzaine', 'quinzaines', 'vingtaine', 'vingtaines',
    'trentaine', 'trentaines', 'quarantaine', 'quarantaines', 'cinquantaine', 'cinquantaines',
    'soixantaine', 'soixantaines'}
APPROX = {'dizaine': 10, 'douzaine': 12, 'quinzaine': 15, 'vingtaine': 20, 'trentaine': 30,
          'quarantaine': 40, 'cinquantaine': 50, 'soixantaine': 60, 'centaine': 100, 'millier': 1000}
FRACTION = {'tiers': 3, 'quart': 4, 'quarts': 4}
WORD_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]+")


def number_tokens(s):
    """Digit runs and number words of a collapsed page text, as (start, end, token)."""
    toks = [(m.start(), m.end(), m.group()) for m in re.finditer(r'\d+', s)]
    for m in WORD_RE.finditer(s):
        w = m.group().lower()
        if w in NUMWORDS or re.search(r'ièmes?$', w):
            toks.append((m.start(), m.end(), m.group()))
    return sorted(toks)


def parse_words(t):
    t = t.lower().strip()
    if ' virgule ' in t:
        a, b = t.split(' virgule ', 1)
        dec = str(parse_words(b))
        return float('%s.%s' % (parse_words(a), dec))
    ws = [w for w in re.split(r"[\s\-]+", t) if w]
    if ws and ws[-1] in APPROX:
        return (parse_words(' '.join(ws[:-1])) if ws[:-1] and ws[:-1] != ['un'] and ws[:-1] != ['une']
                else 1) * APPROX[ws[-1]]
    if ws and ws[-1] in FRACTION:
        n = parse_words(' '.join(ws[:-1])) if ws[:-1] else 1
        return round(100.0 * n / FRACTION[ws[-1]], 1)
    total, cur, last = 0, 0, 1
    for w in ws:
        if not w or w == 'et':
            continue
        if w in ('vingt', 'vingts') and cur % 100 == 4:
            cur += 76
        elif w in CARD:
            cur += CARD[w]
        elif w in ('cent', 'cents'):
            cur = (cur or 1) * 100
            last = 100
        elif w == 'mille':
            total += (cur or 1) * 1000
            cur, last = 0, 1000
        elif w in ('million', 'millions'):
            total += (cur or 1) * 10 ** 6
            cur, last = 0, 10 ** 6
        elif w == 'demi':
            total += last / 2.0
        elif w == 'moitié':
            cur += 50
        else:
            raise ValueError('unknown number word %r' % w)
    return total + cur


def parse_ratio(text):
    """« N [nom] sur M » → 100 × N / M, to the tenth."""
    t = text.replace('\u00a0', ' ').strip()
    left, right = t.rsplit(' sur ', 1)
    first = left.split()[0]
    n = parse_value(first)
    m = parse_value(right)
    return round(100.0 * n / m, 1)


def parse_value(text):
    t = text.replace('\u00a0', ' ').replace('\u202f', ' ').strip()
    mult, sign = 1, 1
    t = re.sub(r"\s*pour cent$", '', t)
    t = re.sub(r"\s+(points|point|pts|pt)$", '', t)
    if t[:1] in '±+':
        t = t[1:].strip()
    elif t[:1] in '−-':
        sign, t = -1, t[1:].strip()
    if re.search(r"M€$", t):
        mult, t = 10 ** 6, t[:-2]
    elif re.search(r"k€$", t):
        mult, t = 1000, t[:-2]
    t = re.sub(r"\s*(%|€|/10|sur 10|sur dix)$", '', t).strip()
    t = re.sub(r"\s*(d'euros|euros)$", '', t).strip()
    if not re.search(r'\d', t):
        v = parse_words(t) * mult * sign
        return int(v) if v == int(v) else v
    if re.fullmatch(r'\d{1,3}(\.\d{3})+', t):
        t = t.replace('.', '')
    t = re.sub(r'(?<=\d) (?=\d{3}\b)', '', t)
    if not re.fullmatch(r'\d+(,\d+)?', t):
        raise ValueError('cannot parse %r' % text)
    v = float(t.replace(',', '.')) * mult * sign
    return int(v) if v == int(v) else round(v, 6)


NUM_IN_LINE = re.compile(r'(?<![\d.,])(\d{1,3}(?:\.\d{3})+(?![\d,])|\d{1,3}(?: \d{3}(?![.,]\d))+'
                         r'|\d+(?:,\d+)?)(?![\d])')


def values_in_line(line):
    """(start, end, value, decimals) of every number in a repeat line; « M€ » and « k€ » scale it."""
    out = []
    for m in NUM_IN_LINE.finditer(line):
        try:
            v = parse_value(m.group(1))
        except ValueError:
            continue
        rest = line[m.end():]
        dec = len(m.group(1).split(',')[1]) if ',' in m.group(1) else 0
        scale = 1
        if re.match(r'\s?M€', rest):
            scale = 10 ** 6
        elif re.match(r'\s?k€', rest):
            scale = 1000
        out.append((m.start(1), m.end(1), v * scale, dec, scale))
    return out


def repeat_hits(line, f):
    """Spans of a repeat line that print the figure f (same value; for € also bare in a k€ or M€
    column; with `rounded_repeat`, rounded to the printed decimals)."""
    hits = []
    for a, b, v, dec, scale in values_in_line(line):
        cands = [(v, scale)]
        if f['unit'] == '€' and scale == 1:
            cands += [(v * 1000, 1000), (v * 10 ** 6, 10 ** 6)]
        for vv, sc in cands:
            if same(vv, f['value']):
                hits.append((a, b))
                break
            if 'rounded_repeat' in f['cases'] and abs(vv - f['value']) <= 0.5 * 10 ** (-dec) * sc + 1e-9:
                hits.append((a, b))
                break
    return hits


def same(a, b):
    return abs(float(a) - float(b)) < 1e-9


# --------------------------------------------------------------------------- check
def check(figs, nots, verbose=True):
    errors = []
    spans = defaultdict(list)          # (file, page) -> [(start, end, label)]
    derived = {}                       # id(item) -> derived tags

    def err(item, msg):
        errors.append('%s p%s %r: %s' % (item['file'], item['page'], item['text'], msg))

    def locate(item, footnote=False, exempt=False):
        key, p = item['file'], item['page']
        if key not in FILES or not os.path.exists(os.path.join(HERE, FILES[key])):
            err(item, 'unknown file')
            return None
        pg = pages(key)
        if not (1 <= p <= len(pg)):
            err(item, 'page out of range')
            return None
        raw, s, idx = pg[p - 1]
        occ = occurrences(s, item['sentence'])
        if len(occ) != 1:
            err(item, 'sentence found %d times on the page' % len(occ))
            return None
        base = occ[0]
        sent = item['sentence']
        hits = whole_token_spans(sent, item['text'], footnote, thousands=not exempt)
        if len(hits) != 1:
            plain = occurrences(sent, item['text'])
            why = ''
            if plain:
                why = ' (%s)' % ' | '.join(
                    '; '.join(token_errors(sent, i, i + len(item['text']), footnote)) or 'whole'
                    for i in plain)
            err(item, 'text found %d times as a whole token in the sentence%s' % (len(hits), why))
            return None
        if exempt:
            if whole_token_spans(sent, item['text'], footnote, thousands=True):
                err(item, 'exempt item passes without its exemption')
        st = base + hits[0]
        return (key, p, st, st + len(item['text']), raw, idx)

    seen = set()
    for n in nots:
        if n['why'] not in WHYS:
            err(n, 'bad why %r' % n['why'])
        k = (n['file'], n['page'], n['text'], n['sentence'])
        if k in seen:
            err(n, 'item listed twice')
        seen.add(k)
        loc = locate(n, footnote=(n['why'] == 'footnote'), exempt=n.get('exempt', False))
        if loc:
            spans[(loc[0], loc[1])].append((loc[2], loc[3], 'N %r' % n['text']))

    keys = Counter()
    for f in figs:
        k = (f['file'], f['page'], f['text'], f['sentence'])
        if k in seen:
            err(f, 'item listed twice')
        seen.add(k)
        tags = set(f['cases'])
        loc = locate(f, exempt=f.get('exempt', False))
        if loc:
            key, p, st, en, raw, idx = loc
            spans[(key, p)].append((st, en, 'F %r' % f['text']))
            rs = raw[idx[st]:idx[en - 1] + 1]
            d = []
            if '\u00a0' in rs:
                d.append('nbsp')
            if '\u202f' in rs:
                d.append('narrow_nbsp')
            derived[id(f)] = d
        # value
        try:
            v = parse_ratio(f['text']) if 'ratio' in tags else parse_value(f['text'])
            if 'multiplier_from_row' in tags:
                v *= 10 ** 6
            if 'multiplier_in_header' in tags:
                v *= 1000
            if not same(v, f['value']):
                err(f, 'value %r but text parses as %r' % (f['value'], v))
        except ValueError as e:
            err(f, str(e))
        # unit
        u, t = f['unit'], f['text']
        if u not in UNITS:
            err(f, 'bad unit %r' % u)
        printed = ('%' if ('%' in t or t.endswith('pour cent') or t == 'moitié' or 'ratio' in tags
                           or re.search(r'\b(tiers|quarts?)$', t)) else
                   '/10' if ('/10' in t or 'sur 10' in t or t.endswith('sur dix')) else
                   '€' if ('€' in t or 'euro' in t) else
                   'pts' if re.search(r'\b(points?|pts?)$', t) else None)
        if printed and printed != u:
            err(f, 'unit %r but the text prints %r' % (u, printed))
        if u in ('%', '/10', '€', 'pts') and not printed and not (tags & UNIT_TAGS):
            err(f, 'unit %r not printed and no unit_from_* tag' % u)
        if 'unit_from_header' in tags and not (tags & {'table', 'chart'}):
            err(f, 'unit_from_header on an item that is neither table nor chart')
        if u == 'years' and not (tags & UNIT_TAGS):
            if loc:
                s = pages(loc[0])[loc[1] - 1][1]
                if not re.match(r" (ans|années)\b", s[loc[3]:]):
                    err(f, 'years figure not followed by « ans / années »')
        # noun, actor
        if u in ('count', 'people') and not f['noun']:
            err(f, 'count without noun')
        if u in ('%', 'pts') and f['actor'] and (not f['noun'] or f['noun'].lower() not in f['actor'].lower()):
            err(f, 'percentage noun %r not the head of actor %r' % (f['noun'], f['actor']))
        if u == 'pts' and not f['actor'] and f['noun'] is not None:
            err(f, 'pts figure without actor must have noun null')
        if u == 'pts' and loc:
            s = pages(loc[0])[loc[1] - 1][1]
            if s[max(0, loc[2] - 2):loc[2]].strip() in ('±', '+', '−', '-'):
                err(f, 'printed sign just before the text')
        if u == '/10' and f['noun'] != 'note':
            err(f, '/10 noun must be « note »')
        if u in ('€', 'years') and f['noun'] is not None:
            err(f, '%s figure with a noun' % u)
        if (f['actor'] is None) != (f['actor_source'] is None):
            err(f, 'actor / actor_source nullity differs')
        if f['actor_source'] not in SOURCES:
            err(f, 'bad actor_source')
        # measure
        mw = f['measure'].split()
        if not 1 <= len(mw) <= 15:
            err(f, 'measure has %d words' % len(mw))
        if t.lower() in f['measure'].lower():
            err(f, 'measure contains the figure')
        dig = re.sub(r'\D', '', t)
        if dig and re.search(r'(?<!\d)%s(?!\d)' % dig, re.sub(r'(?<=\d)[ .](?=\d)', '', f['measure'])):
            err(f, 'measure contains the figure digits')
        # year
        for fld in ('year', 'year_alt'):
            y = f.get(fld)
            if y is None:
                continue
            ok = (isinstance(y, int) and 1990 <= y <= 2030) or (
                isinstance(y, str) and re.fullmatch(r'(\d{4})-(\d{4})', y)
                and int(y[:4]) < int(y[5:]))
            if not ok:
                err(f, 'bad %s %r' % (fld, y))
        if f.get('year_alt') is not None and f.get('year_alt') == f['year']:
            err(f, 'year_alt equals year')
        if f.get('year_alt') is not None and f['year'] is None:
            err(f, 'year_alt without year')
        if ('number_in_words' in tags) == bool(re.search(r'\d', t)):
            err(f, 'number_in_words tag does not match the text')
        # repeats
        for line in f.get('also_printed_as') or []:
            if not loc:
                break
            s = pages(loc[0])[loc[1] - 1][1]
            occ = occurrences(s, line)
            if len(occ) != 1:
                err(f, 'also_printed_as line found %d times: %r' % (len(occ), line))
                continue
            hits = repeat_hits(line, f)
            if not hits:
                err(f, 'also_printed_as line does not hold the value: %r' % line)
                continue
            for a, b in hits:
                spans[(loc[0], loc[1])].append((occ[0] + a, occ[0] + b, 'R %r' % line[a:b]))
        keys[(f['file'], f['page'], f['value'], f['unit'])] += 1
    for k, n in keys.items():
        if n > 1:
            errors.append('%s p%s: duplicate (value, unit) %r %r (%d items)' % (k[0], k[1], k[2], k[3], n))
    # overlaps
    for (key, p), sp in sorted(spans.items()):
        sp = sorted(sp)
        for (a1, b1, l1), (a2, b2, l2) in zip(sp, sp[1:]):
            if a2 < b1:
                errors.append('%s p%d: overlap %s and %s' % (key, p, l1, l2))
    # coverage
    ntok = 0
    for key in FILES:
        for p, (raw, s, idx) in enumerate(pages(key), 1):
            sp = spans.get((key, p), [])
            for a, b, tok in number_tokens(s):
                ntok += 1
                if not any(x <= a and b <= y for x, y, _ in sp):
                    errors.append('%s p%d: uncovered %r at %d: …%s…' % (key, p, tok, a, s[max(0, a - 40):b + 25]))
    if verbose:
        print('checked %d figures, %d non-figures, %d number tokens on %d pages'
              % (len(figs), len(nots), ntok, sum(len(pages(k)) for k in FILES)))
    return errors, derived, spans


def records(figs, nots, derived, spans):
    out_f, out_n = [], []
    for f in figs:
        r = {}
        for k in FIG_KEYS:
            if k == 'file':
                r[k] = FILES[f['file']]
            elif k == 'cases':
                r[k] = list(f['cases']) + [t for t in derived.get(id(f), []) if t not in f['cases']]
            elif k in ('year_alt', 'also_printed_as'):
                if f.get(k):
                    r[k] = f[k]
            else:
                r[k] = f[k]
        out_f.append(r)
    for n in nots:
        out_n.append({k: (FILES[n[k]] if k == 'file' else n[k]) for k in NOT_KEYS})

    def pos(r):
        key = [k for k, v in FILES.items() if v == r['file']][0]
        s = pages(key)[r['page'] - 1][1]
        i = s.find(r['sentence'])
        return (r['file'], r['page'], i + r['sentence'].find(r['text']), r['text'])
    out_f.sort(key=pos)
    out_n.sort(key=pos)
    return out_f, out_n


def readback(path_f, path_n):
    errs, n = [], 0
    fresh = {}
    for fname in FILES.values():
        fresh[fname] = [' '.join(p.extract_text().split())
                        for p in pypdf.PdfReader(os.path.join(HERE, fname)).pages]
    for path in (path_f, path_n):
        with open(path, encoding='utf-8') as fh:
            for line in fh:
                r = json.loads(line)
                n += 1
                s = fresh[r['file']][r['page'] - 1]
                if s.count(r['sentence']) != 1:
                    errs.append('readback: sentence not once: %r' % r['sentence'])
                if r['text'] not in r['sentence']:
                    errs.append('readback: text not in sentence: %r' % r['text'])
                for rep in r.get('also_printed_as', []):
                    if s.count(rep) != 1:
                        errs.append('readback: repeat line not once: %r' % rep)
    return errs, n


def summary(out_f, out_n):
    print('figures per file/page:')
    per = Counter((r['file'], r['page']) for r in out_f)
    pern = Counter((r['file'], r['page']) for r in out_n)
    for fname in FILES.values():
        fp = [(p, per[(fname, p)], pern[(fname, p)]) for p in range(1, 10) if (fname, p) in per or (fname, p) in pern]
        print('  %s: F %d, N %d  %s' % (fname, sum(x[1] for x in fp), sum(x[2] for x in fp), fp))
    print('units:', dict(Counter(r['unit'] for r in out_f).most_common()))
    print('actor_source:', dict(Counter(str(r['actor_source']) for r in out_f).most_common()))
    ys = [r['year'] for r in out_f]
    print('years: int %d, period %d, null %d; year_alt %d; also_printed_as %d' % (
        sum(isinstance(y, int) for y in ys), sum(isinstance(y, str) for y in ys),
        sum(y is None for y in ys), sum('year_alt' in r for r in out_f),
        sum('also_printed_as' in r for r in out_f)))
    print('why:', dict(Counter(r['why'] for r in out_n).most_common()))
    print('tags:', ' | '.join('%s %d' % kv for kv in Counter(t for r in out_f for t in r['cases']).most_common()))


def main():
    import items_ab
    figs, nots = items_ab.FIGURES, items_ab.NOT_FIGURES
    errors, derived, spans = check(figs, nots)
    for e in errors:
        print('ERROR', e)
    if '--tokens' in sys.argv:
        print('%d errors' % len(errors))
        sys.exit(1 if errors else 0)
    if errors:
        print('%d errors: nothing written' % len(errors))
        sys.exit(1)
    out_f, out_n = records(figs, nots, derived, spans)
    pf, pn = os.path.join(HERE, 'figures-ab.jsonl'), os.path.join(HERE, 'not_figures-ab.jsonl')
    for path, rows in ((pf, out_f), (pn, out_n)):
        with open(path, 'w', encoding='utf-8') as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    rb, n = readback(pf, pn)
    for e in rb:
        print('ERROR', e)
    print('wrote %d figures and %d non-figures; read back %d lines, %d errors' % (
        len(out_f), len(out_n), n, len(rb)))
    summary(out_f, out_n)
    sys.exit(1 if rb else 0)


if __name__ == '__main__':
    main()
