# -*- coding: utf-8 -*-
"""Check every item of items_u.py against the PDFs and write figures-u.jsonl / not_figures-u.jsonl.

Run: /work/main/.venv/bin/python build_u.py            (check, write, read back)
     /work/main/.venv/bin/python build_u.py --tokens   (print errors only, write nothing)
Exit code 1 on any error.
"""
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

FILES = {
    '01': 'obs-u-01-lettre-observatoire-n12.pdf',
    '02': 'obs-u-02-annexe-statistique-series.pdf',
    '03': 'obs-u-03-frise-alliances-2006-2022.pdf',
    '04': 'obs-u-04-fiche-repere-fondations.pdf',
    '05': 'obs-u-05-diaporama-elus-locaux-16x9.pdf',
}
UNITS = {'%', '/10', 'count', 'people', '€', 'years'}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'threshold', 'scale', 'other'}
ASRC = {'sentence', 'context', 'table', None}
UNIT_TAGS = {'unit_from_header', 'unit_from_row', 'unit_from_context', 'unit_from_label'}

UNITS_W = {'zéro': 0, 'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6,
           'sept': 7, 'huit': 8, 'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13,
           'quatorze': 14, 'quinze': 15, 'seize': 16, 'vingt': 20, 'trente': 30, 'quarante': 40,
           'cinquante': 50, 'soixante': 60}
NUMBER_WORDS = set(UNITS_W) - {'un', 'une', 'zéro'} | {
    'zéro', 'cent', 'cents', 'mille', 'million', 'millions', 'milliard', 'milliards', 'moitié',
    'tiers', 'quart', 'quarts', 'millier', 'milliers', 'dizaine', 'dizaines', 'centaine',
    'centaines', 'douzaine', 'premier', 'première', 'premiers', 'premières', 'second', 'seconde',
    'seconds', 'secondes'}
ORD_RE = re.compile(r'^(deux|trois|quatr|cinqu|six|sept|huit|neuv|dix|onz|douz|treiz|quatorz|'
                    r'quinz|seiz|vingt|trent|quarant|cinquant|soixant|cent|mill)ième(s)?$')


def collapse(s):
    return ' '.join(s.split())


def collapse_map(raw):
    """Collapsed text and, for each collapsed char, the raw (start, end) range it stands for."""
    out, idx = [], []
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
                idx.append((i, j))
            i = j
        else:
            out.append(raw[i])
            idx.append((i, i + 1))
            i += 1
    return ''.join(out), idx


def load_pages():
    pages = {}
    for k, f in FILES.items():
        path = os.path.join(HERE, f)
        if not os.path.exists(path):
            continue
        r = pypdf.PdfReader(path)
        pages[k] = []
        for p in r.pages:
            raw = p.extract_text()
            col, idx = collapse_map(raw)
            assert col == collapse(raw)
            pages[k].append((raw, col, idx))
    return pages


def words_value(t):
    t = t.lower().replace('-', ' ').replace(' et ', ' ')
    total = 0
    for w in t.split():
        if w in UNITS_W:
            total += UNITS_W[w]
        else:
            return None
    return total


def parse_value(text, tags):
    t = collapse(text)
    mult = 1
    if 'moitié' in t.lower():
        return 50
    m = re.search(r"M€|million d'euros|millions d'euros", t)
    if m:
        mult = 1000000
        t = t[:m.start()]
    t = re.sub(r'pour cent|sur 10|/10|%|€', '', t).strip()
    if not re.search(r'\d', t):
        v = words_value(t)
        return None if v is None else v * mult
    if re.fullmatch(r'\d{1,3}(\.\d{3})+', t):
        return int(t.replace('.', '')) * mult
    t = t.replace(' ', '')
    if not re.fullmatch(r'\d+(,\d+)?', t):
        return None
    v = float(t.replace(',', '.')) * mult
    return int(v) if v == int(v) else v


def printed_unit(text):
    t = text.lower()
    if '%' in t or 'pour cent' in t or 'moitié' in t:
        return '%'
    if '/10' in t or 'sur 10' in t:
        return '/10'
    if '€' in t or 'euros' in t:
        return '€'
    return None


def whole_token(s, i, j, footnote=False):
    """True if s[i:j] is not inside a longer word or number."""
    text = s[i:j]
    b = s[i - 1] if i > 0 else ' '
    a = s[j] if j < len(s) else ' '
    if text[0].isalnum():
        if b.isalnum() and not footnote:
            return False
        if footnote and b.isdigit():
            return False
        if text[0].isdigit() and i >= 2 and b in ',.' and s[i - 2].isdigit():
            return False        # decimal part or dotted thousands group
        if (text[0].isdigit() and i >= 2 and b == ' ' and re.match(r'\d{3}(?!\d)', text)
                and re.search(r'(?<!\d)\d{1,3}$', s[:i - 1])):
            return False        # thousands group (« 000 » in « 2 000 »)
    if text[-1].isalnum():
        if a.isalnum():
            return False
        if text[-1].isdigit() and a in ',.' and j + 1 < len(s) and s[j + 1].isdigit():
            return False
        if (text[-1].isdigit() and a == ' ' and re.match(r' \d{3}(?!\d)', s[j:])
                and re.search(r'(?<![\d,.])\d{1,3}$', text)):
            return False        # first group of a thousands number (« 2 » in « 2 000 »)
    return True


def find_all(s, sub):
    out, k = [], s.find(sub)
    while k >= 0:
        out.append(k)
        k = s.find(sub, k + 1)
    return out


def tokens(col):
    """Digit runs and French number / ordinal words, as (start, end, token)."""
    out = [(m.start(), m.end(), m.group()) for m in re.finditer(r'\d+', col)]
    for m in re.finditer(r"[A-Za-zÀ-ÿ]+", col):
        w = m.group().lower()
        if w in NUMBER_WORDS or ORD_RE.match(w):
            out.append((m.start(), m.end(), m.group()))
    return sorted(out)


def year_ok(y):
    if y is None:
        return True
    if isinstance(y, int):
        return 1900 <= y <= 2100
    return isinstance(y, str) and bool(re.fullmatch(r'(19|20)\d\d-(19|20)\d\d', y)) and y[:4] < y[5:]


def check(figs, nons, pages):
    errs = []
    spans = {}          # (file, page) -> list of (start, end, label)
    seen = set()
    keys = {}

    def E(it, msg):
        errs.append('%s p%s %r: %s' % (it['file'], it['page'], it['text'], msg))

    def locate(it, text, sentence, footnote=False, exempt=False):
        k, pg = it['file'], it['page']
        if k not in pages or not (1 <= pg <= len(pages[k])):
            E(it, 'file or page out of range')
            return None
        col = pages[k][pg - 1][1]
        occ = find_all(col, sentence)
        if len(occ) != 1:
            E(it, 'sentence occurs %d times: %r' % (len(occ), sentence))
            return None
        pos = [p for p in find_all(sentence, text)
               if exempt or whole_token(sentence, p, p + len(text), footnote)]
        if len(pos) != 1:
            E(it, 'text occurs %d times as whole token in %r' % (len(pos), sentence))
            return None
        st = occ[0] + pos[0]
        return st, st + len(text)

    for kind, items in (('F', figs), ('N', nons)):
        for it in items:
            ident = (it['file'], it['page'], it['text'], it['sentence'])
            if ident in seen:
                E(it, 'item listed twice')
            seen.add(ident)
            fn = kind == 'N' and it['why'] == 'footnote'
            sp = locate(it, it['text'], it['sentence'], fn, it.get('_exempt', False))
            if sp:
                spans.setdefault((it['file'], it['page']), []).append(sp + (kind + ':' + it['text'],))
            if kind == 'N':
                if it['why'] not in WHYS:
                    E(it, 'bad why')
                continue
            tags = set(it['cases'])
            # value
            v = parse_value(it['text'], tags)
            if v is None or abs(v - it['value']) > 1e-9:
                E(it, 'value %r != parsed %r' % (it['value'], v))
            # unit
            u = it['unit']
            if u not in UNITS:
                E(it, 'bad unit')
            pu = printed_unit(it['text'])
            if pu and pu != u:
                E(it, 'unit %s disagrees with printed %s' % (u, pu))
            if u in ('%', '/10', '€') and not pu and not (tags & UNIT_TAGS):
                E(it, 'unit %s not printed and no unit_from_* tag' % u)
            if u in ('count', 'people') and pu:
                E(it, 'count with printed unit')
            if u == 'years' and sp:
                col = pages[it['file']][it['page'] - 1][1]
                if not re.match(r'\s*(ans|années)\b', col[sp[1]:]) and not (tags & UNIT_TAGS):
                    E(it, 'years figure not followed by ans/années')
            # noun
            if u in ('count', 'people') and not it['noun']:
                E(it, 'count without noun')
            if u == '/10' and it['noun'] != 'note':
                E(it, '/10 noun must be note')
            if u in ('€', 'years') and it['noun'] is not None:
                E(it, '€/years noun must be null')
            if (it['actor'] is None) != (it['actor_source'] is None) or it['actor_source'] not in ASRC:
                E(it, 'actor / actor_source mismatch')
            # measure
            m = it['measure']
            nw = len(m.split())
            if not 1 <= nw <= 15:
                E(it, 'measure has %d words' % nw)
            digits = re.sub(r'\D', '', collapse(it['text']))
            if collapse(it['text']).lower() in m.lower() or (digits and digits in re.sub(r'\s', '', m)):
                E(it, 'measure contains the figure')
            # year
            if not year_ok(it['year']):
                E(it, 'bad year')
            if 'year_alt' in it:
                if not year_ok(it['year_alt']) or it['year_alt'] is None or it['year_alt'] == it['year']:
                    E(it, 'bad year_alt')
            # words
            inwords = not re.search(r'\d', it['text'])
            if inwords != ('number_in_words' in tags):
                E(it, 'number_in_words tag mismatch')
            # key
            key = (it['file'], it['page'], it['value'], u)
            if key in keys:
                E(it, 'duplicate (file, page, value, unit) with %r' % keys[key])
            keys[key] = it['text']
            # repeats
            for ln, tx in it.get('also', []):
                rsp = locate(it, tx, ln)
                if rsp:
                    spans.setdefault((it['file'], it['page']), []).append(rsp + ('R:' + tx,))
                    rv = parse_value(tx, tags)
                    if rv is None or abs(rv - it['value']) > 1e-9:
                        E(it, 'repeat %r holds %r' % (tx, rv))
    # overlaps
    for (k, pg), lst in spans.items():
        lst.sort()
        for a, b in zip(lst, lst[1:]):
            if b[0] < a[1]:
                errs.append('%s p%d overlap: %s / %s' % (k, pg, a[2], b[2]))
    # coverage
    ntok = 0
    for k, pl in pages.items():
        for pg, (raw, col, idx) in enumerate(pl, 1):
            lst = spans.get((k, pg), [])
            for s, e, tok in tokens(col):
                ntok += 1
                if not any(a <= s and e <= b for a, b, _ in lst):
                    errs.append('%s p%d uncovered token %r in ...%s...' % (k, pg, tok, col[max(0, s - 40):e + 40]))
    return errs, spans, ntok


def nbsp_tags(it, pages, text, sentence):
    raw, col, idx = pages[it['file']][it['page'] - 1]
    st = col.find(sentence) + sentence.find(text)
    # prefer the whole-token position
    for p in find_all(sentence, text):
        if whole_token(sentence, p, p + len(text)):
            st = col.find(sentence) + p
            break
    a, b = idx[st][0], idx[st + len(text) - 1][1]
    seg = raw[a:b]
    return ('\u00a0' in seg), ('\u202f' in seg)


def records(figs, nons, pages):
    fr, nr = [], []
    for it in figs:
        nb, nn = nbsp_tags(it, pages, it['text'], it['sentence'])
        for ln, tx in it.get('also', []):
            a, b = nbsp_tags(it, pages, tx, ln)
            nb, nn = nb or a, nn or b
        cases = [c for c in it['cases'] if c not in ('nbsp', 'narrow_nbsp')]
        if nb:
            cases.append('nbsp')
        if nn:
            cases.append('narrow_nbsp')
        r = {'file': FILES[it['file']], 'page': it['page'], 'text': it['text'], 'value': it['value'],
             'unit': it['unit'], 'noun': it['noun'], 'actor': it['actor'],
             'actor_source': it['actor_source'], 'measure': it['measure'], 'year': it['year']}
        if 'year_alt' in it:
            r['year_alt'] = it['year_alt']
        r['sentence'] = it['sentence']
        r['cases'] = cases
        if it.get('also'):
            r['also_printed_as'] = [ln for ln, _ in it['also']]
        fr.append(r)
    for it in nons:
        nr.append({'file': FILES[it['file']], 'page': it['page'], 'text': it['text'],
                   'sentence': it['sentence'], 'why': it['why']})
    return fr, nr


def readback(pages):
    bad, n = 0, 0
    byname = {v: k for k, v in FILES.items()}
    for fn in ('figures-u.jsonl', 'not_figures-u.jsonl'):
        with open(os.path.join(HERE, fn), encoding='utf-8') as f:
            for line in f:
                r = json.loads(line)
                n += 1
                col = pages[byname[r['file']]][r['page'] - 1][1]
                ok = col.count(r['sentence']) == 1 and r['text'] in r['sentence']
                for ln in r.get('also_printed_as', []):
                    ok = ok and col.count(ln) == 1
                if not ok:
                    bad += 1
                    print('READBACK FAIL', r['file'], r['page'], r['text'])
    return n, bad


def main():
    import items_u
    pages = load_pages()
    errs, spans, ntok = check(items_u.FIGS, items_u.NONS, pages)
    for e in errs:
        print('ERROR', e)
    npages = sum(len(v) for v in pages.values())
    print('%d figures, %d non-figures, %d pages, %d number tokens, %d errors'
          % (len(items_u.FIGS), len(items_u.NONS), npages, ntok, len(errs)))
    if '--tokens' in sys.argv:
        return 1 if errs else 0
    if errs:
        return 1
    fr, nr = records(items_u.FIGS, items_u.NONS, pages)
    for fn, rows in (('figures-u.jsonl', fr), ('not_figures-u.jsonl', nr)):
        with open(os.path.join(HERE, fn), 'w', encoding='utf-8') as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + '\n')
    n, bad = readback(pages)
    print('read back %d lines, %d failures' % (n, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
