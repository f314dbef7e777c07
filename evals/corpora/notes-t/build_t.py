#!/usr/bin/env python3
"""Check every hand-written item of gold set T and write figures-t.jsonl / not_figures-t.jsonl.

Run: /work/main/.venv/bin/python build_t.py            (exit 1 on any error)
     /work/main/.venv/bin/python build_t.py --tokens   (only print the errors; nothing is written)

Checks (README-t.md, "Check"): sentence once on its page; text once in the sentence as a whole token;
value parsed from text; unit rules; noun / actor rules; measure rules; year format; number_in_words tag;
also_printed_as lines; no duplicate (file, page, value, unit); no item twice; no two items on the same
printed characters; coverage of every digit run and every number or ordinal word on every page.
"""
import collections
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

UNITS = {'%', '/10', 'count', 'people', '€', 'years'}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'threshold', 'scale', 'other'}
ACTOR_SOURCES = {'sentence', 'context', 'table', None}
UNIT_TAGS = {'unit_from_header', 'unit_from_row', 'unit_from_context', 'unit_from_label'}

# ---------------------------------------------------------------- number words
UNITS_W = {'zéro': 0, 'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7,
           'huit': 8, 'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15,
           'seize': 16}
TENS_W = {'vingt': 20, 'trente': 30, 'quarante': 40, 'cinquante': 50, 'soixante': 60}
CARDINAL_WORDS = (set(UNITS_W) - {'un', 'une'}) | set(TENS_W) | {'vingts', 'cent', 'cents', 'mille', 'million',
                                                                  'millions', 'milliard', 'milliards'}
ORDINAL_WORDS = {'premier', 'première', 'premiers', 'premières', 'second', 'seconde', 'seconds', 'secondes',
                 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième',
                 'neuvième', 'dixième', 'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième',
                 'seizième', 'vingtième', 'trentième', 'centième', 'millième'}
OTHER_WORDS = {'moitié', 'tiers', 'quart', 'quarts', 'millier', 'milliers', 'dizaine', 'dizaines', 'centaine',
               'centaines', 'douzaine', 'douzaines'}
ALL_WORDS = CARDINAL_WORDS | ORDINAL_WORDS | OTHER_WORDS
LETTER = r'A-Za-zÀ-ÖØ-öø-ÿŒœ'
WORD_RE = re.compile(r'(?<![%s])(%s)(?![%s])' % (LETTER, '|'.join(sorted(ALL_WORDS, key=len, reverse=True)), LETTER),
                     re.IGNORECASE)
DIGITS_RE = re.compile(r'\d+')


def words_to_int(s):
    """French cardinal in words -> int ('quarante-deux', 'soixante-quatre', 'vingt et une', 'Onze')."""
    parts = re.split(r'[\s-]+', s.lower().strip())
    total, cur = 0, 0
    for p in parts:
        if p == 'et':
            continue
        if p in UNITS_W:
            cur += UNITS_W[p]
        elif p in TENS_W:
            cur += TENS_W[p]
        elif p in ('cent', 'cents'):
            cur = max(cur, 1) * 100
        elif p == 'mille':
            total += max(cur, 1) * 1000
            cur = 0
        else:
            raise ValueError('not a number word: %r' % p)
    return total + cur


def parse_value(text):
    """Printed figure -> value in base units."""
    t = text.replace('\u00a0', ' ').replace('\u202f', ' ').strip()
    mult = 1
    if 'M€' in t:
        mult = 1_000_000
    for u in ('pour cent', 'M€', '€', '%', '/10', 'sur 10'):
        t = t.replace(u, ' ')
    t = t.strip()
    if not re.search(r'\d', t):
        v = words_to_int(t)
    else:
        t = re.sub(r'(?<=\d)[ ](?=\d{3}(?!\d))', '', t)       # 2 000 -> 2000
        t = re.sub(r'(?<=\d)\.(?=\d{3}(?!\d))', '', t)        # 1.000 -> 1000
        t = t.replace(',', '.')
        if not re.fullmatch(r'\d+(\.\d+)?', t):
            raise ValueError('cannot parse %r' % text)
        v = float(t)
    v = v * mult
    return int(v) if float(v).is_integer() else round(v, 6)


# ---------------------------------------------------------------- pages

def collapse_with_map(raw):
    """Collapse whitespace like ' '.join(raw.split()) and keep, for each output char, its raw [start, end)."""
    out, starts, ends = [], [], []
    i, n = 0, len(raw)
    while i < n and raw[i].isspace():
        i += 1
    while i < n:
        if raw[i].isspace():
            j = i
            while j < n and raw[j].isspace():
                j += 1
            if j < n:
                out.append(' ')
                starts.append(i)
                ends.append(j)
            i = j
        else:
            out.append(raw[i])
            starts.append(i)
            ends.append(i + 1)
            i += 1
    s = ''.join(out)
    assert s == ' '.join(raw.split())
    return s, starts, ends


PAGES = {}


def page(fname, p):
    key = (fname, p)
    if key not in PAGES:
        path = os.path.join(HERE, fname)
        r = pypdf.PdfReader(path)
        PAGES[(fname, 'n')] = len(r.pages)
        for k, pg in enumerate(r.pages, 1):
            raw = pg.extract_text()
            PAGES[(fname, k)] = (raw,) + collapse_with_map(raw)
    return PAGES.get(key)


def npages(fname):
    page(fname, 1)
    return PAGES[(fname, 'n')]


def occurrences(hay, needle):
    out, i = [], hay.find(needle)
    while i >= 0:
        out.append(i)
        i = hay.find(needle, i + 1)
    return out


def whole_token_spans(sentence, text, footnote=False):
    """Occurrences of text in sentence that are whole tokens (not part of a longer number or word)."""
    good = []
    for i in occurrences(sentence, text):
        j = i + len(text)
        before = sentence[:i]
        after = sentence[j:]
        ok = True
        if before and re.match(r'[%s\d]' % LETTER, before[-1]) and not footnote:
            # a footnote call may be glued to the word before it; other numbers may not
            ok = False
        if before and before[-1].isdigit():
            ok = False
        if re.match(r'[,.]\d', after) and text[-1].isdigit():
            ok = False                                    # '6' inside '6,6'
        if re.search(r'\d[,.]$', before) and text[0].isdigit():
            ok = False                                    # '6' after '6,'
        if after and re.match(r'[%s\d]' % LETTER, after[0]) and text[-1:].isalnum():
            ok = False
        if text[-1].isdigit() and re.match(r' \d{3}(?!\d)', after) and re.search(r'(^|[^\d])\d{1,3}$', text):
            ok = False                                    # '2' inside '2 000'
        if text[0].isdigit() and re.fullmatch(r'\d{3}(\D.*)?', text) and re.search(r'\d $', before):
            ok = False                                    # '000' inside '2 000'
        if ok:
            good.append(i)
    return good


# ---------------------------------------------------------------- checks

def check(items_mod):
    errors = []
    FILES = items_mod.FILES
    figs, nfs = items_mod.FIGURES, items_mod.NON_FIGURES
    spans = collections.defaultdict(list)          # (file, page) -> [(a, b, label)]
    seen = set()
    keys = collections.Counter()

    def err(it, msg):
        errors.append('%s p%s %r: %s' % (it['file'][:8], it['page'], it['text'], msg))

    def locate(it, sentence, text, footnote=False, exempt=False):
        f, p = it['file'], it['page']
        if not os.path.exists(os.path.join(HERE, f)):
            err(it, 'no such file')
            return None
        if not (1 <= p <= npages(f)):
            err(it, 'page out of range')
            return None
        raw, col, st, en = page(f, p)
        occ = occurrences(col, sentence)
        if len(occ) != 1:
            err(it, 'sentence found %d times on the page: %r' % (len(occ), sentence))
            return None
        if exempt:
            tk = occurrences(sentence, text)
        else:
            tk = whole_token_spans(sentence, text, footnote)
        if len(tk) != 1:
            err(it, 'text found %d times as a whole token in the sentence' % len(tk))
            return None
        a = occ[0] + tk[0]
        return a, a + len(text), raw[st[a]:en[a + len(text) - 1]]

    for it in figs + nfs:
        k = (it['file'], it['page'], it['text'], it['sentence'])
        if k in seen:
            err(it, 'item listed twice')
        seen.add(k)

    for it in figs:
        loc = locate(it, it['sentence'], it['text'])
        if loc:
            a, b, rawtxt = loc
            spans[(it['file'], it['page'])].append((a, b, 'F ' + it['text']))
            tags = it['cases']
            if '\u00a0' in rawtxt and 'nbsp' not in tags:
                tags.append('nbsp')
            if '\u202f' in rawtxt and 'narrow_nbsp' not in tags:
                tags.append('narrow_nbsp')
        # value
        try:
            v = parse_value(it['text'])
            if 'multiplier_in_header' in it['cases']:
                v = v * 1000
            if abs(v - it['value']) > 1e-9:
                err(it, 'value %r but text parses to %r' % (it['value'], v))
        except Exception as e:      # noqa: BLE001
            err(it, 'value: %s' % e)
        u = it['unit']
        if u not in UNITS:
            err(it, 'unit %r not allowed' % u)
        printed = '%' if ('%' in it['text'] or 'pour cent' in it['text']) else (
            '/10' if ('/10' in it['text'] or 'sur 10' in it['text']) else ('€' if '€' in it['text'] else None))
        if printed and printed != u:
            err(it, 'printed unit %s but unit %s' % (printed, u))
        if u in ('%', '/10', '€') and not printed and not (UNIT_TAGS & set(it['cases'])):
            err(it, 'unit %s not printed and no unit_from_* tag' % u)
        if u == 'years' and not (UNIT_TAGS & set(it['cases'])):
            i = it['sentence'].find(it['text'])
            if not re.match(r'\s*(ans|années)\b', it['sentence'][i + len(it['text']):]):
                err(it, 'years figure not followed by ans / années')
        # noun / actor
        if u in ('€', 'years') and it['noun'] is not None:
            err(it, 'noun must be null for %s' % u)
        if u == '/10' and it['noun'] != 'note':
            err(it, 'noun must be « note » for /10')
        if u in ('count', 'people', '%') and not it['noun']:
            err(it, 'noun missing')
        if (it['actor'] is None) != (it['actor_source'] is None):
            err(it, 'actor null <-> actor_source null')
        if it['actor_source'] not in ACTOR_SOURCES:
            err(it, 'bad actor_source')
        # measure
        m = it['measure']
        nw = len(m.split())
        if not (1 <= nw <= 15):
            err(it, 'measure has %d words' % nw)
        dg = re.sub(r'\D', '', it['text'])
        if it['text'] in m or (dg and dg in re.sub(r'\D', ' ', m).split()):
            err(it, 'measure contains the figure')
        # year
        for fld in ('year', 'year_alt'):
            y = it.get(fld)
            if y is None:
                continue
            if isinstance(y, int):
                if not 1990 <= y <= 2030:
                    err(it, '%s out of range' % fld)
            elif not (isinstance(y, str) and re.fullmatch(r'(19|20)\d\d-(19|20)\d\d', y)
                      and y[:4] < y[5:]):
                err(it, 'bad %s %r' % (fld, y))
        if 'year_alt' in it:
            if it['year'] is None or it['year_alt'] == it['year']:
                err(it, 'year_alt needs a different non-null year')
        # number in words
        has_digit = bool(re.search(r'\d', it['text']))
        if has_digit == ('number_in_words' in it['cases']):
            err(it, 'number_in_words tag mismatch')
        # repeats
        for line, rt in it.get('also', []):
            loc2 = locate(dict(it, text=rt), line, rt)
            if loc2:
                spans[(it['file'], it['page'])].append((loc2[0], loc2[1], 'A ' + rt))
                try:
                    rv = parse_value(rt)
                    if abs(rv - it['value']) > 1e-9 and 'multiplier_in_header' not in it['cases']:
                        err(it, 'also_printed_as %r holds another value' % rt)
                except Exception as e:  # noqa: BLE001
                    err(it, 'also_printed_as: %s' % e)
        keys[(it['file'], it['page'], it['value'], u)] += 1

    for k, n in keys.items():
        if n > 1:
            errors.append('duplicate (file, page, value, unit): %r' % (k,))

    for it in nfs:
        if it['why'] not in WHYS:
            err(it, 'bad why %r' % it['why'])
        loc = locate(it, it['sentence'], it['text'], footnote=(it['why'] == 'footnote'), exempt=it.get('exempt'))
        if loc:
            spans[(it['file'], it['page'])].append((loc[0], loc[1], 'N ' + it['text']))

    # overlaps
    for key, sp in spans.items():
        sp.sort()
        for (a1, b1, l1), (a2, b2, l2) in zip(sp, sp[1:]):
            if a2 < b1:
                errors.append('%s p%d: items overlap: %s / %s' % (key[0][:8], key[1], l1, l2))

    # coverage
    ntok = 0
    uncovered = []
    for f in FILES.values():
        for p in range(1, npages(f) + 1):
            raw, col, st, en = page(f, p)
            sp = spans.get((f, p), [])
            toks = [(m.start(), m.end(), m.group()) for m in DIGITS_RE.finditer(col)]
            toks += [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(col)]
            for a, b, tx in sorted(toks):
                ntok += 1
                if not any(sa <= a and b <= sb for sa, sb, _ in sp):
                    ctx = col[max(0, a - 30):b + 30]
                    uncovered.append('%s p%d: uncovered %r in …%s…' % (f[:8], p, tx, ctx))
    errors += uncovered
    return errors, ntok


def ordered(it, kind):
    if kind == 'F':
        out = collections.OrderedDict()
        for k in ('file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'actor_source', 'measure', 'year'):
            out[k] = it[k]
        if 'year_alt' in it:
            out['year_alt'] = it['year_alt']
        out['sentence'] = it['sentence']
        out['cases'] = it['cases']
        if it.get('also'):
            out['also_printed_as'] = [ln for ln, _ in it['also']]
        return out
    return collections.OrderedDict((k, it[k]) for k in ('file', 'page', 'text', 'sentence', 'why'))


def reread(path_f, path_n):
    """Read the written files back and check each line against a fresh pypdf extraction."""
    bad, n = 0, 0
    fresh = {}
    for path in (path_f, path_n):
        with open(path, encoding='utf-8') as fh:
            for line in fh:
                d = json.loads(line)
                n += 1
                key = (d['file'], d['page'])
                if key not in fresh:
                    r = pypdf.PdfReader(os.path.join(HERE, d['file']))
                    fresh[key] = ' '.join(r.pages[d['page'] - 1].extract_text().split())
                t = fresh[key]
                ok = t.count(d['sentence']) == 1 and d['text'] in d['sentence']
                for ln in d.get('also_printed_as', []):
                    ok = ok and t.count(ln) == 1
                if not ok:
                    bad += 1
                    print('REREAD FAIL', d['file'], d['page'], d['text'])
    return n, bad


def main():
    import items_t
    errors, ntok = check(items_t)
    for e in errors:
        print('ERROR', e)
    print('%d errors; %d number tokens on %d pages; %d figures, %d non-figures'
          % (len(errors), ntok, sum(npages(f) for f in items_t.FILES.values()), len(items_t.FIGURES),
             len(items_t.NON_FIGURES)))
    if '--tokens' in sys.argv:
        return 1 if errors else 0
    if errors:
        return 1
    pf = os.path.join(HERE, 'figures-t.jsonl')
    pn = os.path.join(HERE, 'not_figures-t.jsonl')
    with open(pf, 'w', encoding='utf-8') as fh:
        for it in items_t.FIGURES:
            fh.write(json.dumps(ordered(it, 'F'), ensure_ascii=False) + '\n')
    with open(pn, 'w', encoding='utf-8') as fh:
        for it in items_t.NON_FIGURES:
            fh.write(json.dumps(ordered(it, 'N'), ensure_ascii=False) + '\n')
    n, bad = reread(pf, pn)
    print('re-read %d lines, %d failures' % (n, bad))
    stats(items_t)
    return 1 if bad else 0


def stats(m):
    F, N = m.FIGURES, m.NON_FIGURES
    print('\nper file (figures, non-figures, pages):')
    for k, f in m.FILES.items():
        print('  %s %d %d %d' % (f, sum(1 for x in F if x['file'] == f), sum(1 for x in N if x['file'] == f),
                                 npages(f)))
    print('units', dict(collections.Counter(x['unit'] for x in F).most_common()))
    print('actor_source', dict(collections.Counter(str(x['actor_source']) for x in F).most_common()))
    ys = [x['year'] for x in F]
    print('year: single %d, period %d, null %d; year_alt %d; also_printed_as %d' % (
        sum(isinstance(y, int) for y in ys), sum(isinstance(y, str) for y in ys), sum(y is None for y in ys),
        sum('year_alt' in x for x in F), sum(bool(x.get('also')) for x in F)))
    print('why', dict(collections.Counter(x['why'] for x in N).most_common()))
    print('number_in_words', sum('number_in_words' in x['cases'] for x in F))
    print('tags', collections.Counter(t for x in F for t in x['cases']).most_common())


if __name__ == '__main__':
    sys.exit(main())
