"""Check every gold item of set V against the PDFs and write figures-v.jsonl / not_figures-v.jsonl.

Run: /work/main/.venv/bin/python build_v.py            (check, write, read back; exit 1 on any error)
     /work/main/.venv/bin/python build_v.py --tokens   (print the errors only, write nothing)
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {
    'v01': 'obs-v-01-bulletin-veille-n27.pdf',
    'v02': 'obs-v-02-etude-chapitre-entreprises.pdf',
    'v03': 'obs-v-03-rapport-activite-2020.pdf',
    'v04': 'obs-v-04-poster-phare-citoyens.pdf',
    'v05': 'obs-v-05-podcast-episode-9-transcription.pdf',
}
UNITS = {'%', '/10', 'count', 'people', '€', 'years'}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'threshold', 'scale', 'other'}
SOURCES = {'sentence', 'context', 'table', None}
UNIT_TAGS = {'unit_from_header', 'unit_from_row', 'unit_from_context', 'unit_from_label'}

CARD = {'zéro': 0, 'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7,
        'huit': 8, 'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15,
        'seize': 16, 'vingt': 20, 'vingts': 20, 'trente': 30, 'quarante': 40, 'cinquante': 50, 'soixante': 60}
# words that the coverage check counts (cardinals except the articles un / une, fractions, collectives)
COVER_WORDS = (set(CARD) - {'un', 'une'}) | {'cent', 'cents', 'mille', 'million', 'millions', 'milliard',
                                             'milliards', 'demi', 'moitié', 'tiers', 'quart', 'quarts',
                                             'millier', 'milliers', 'dizaine', 'dizaines', 'centaine',
                                             'centaines', 'douzaine', 'douzaines'}
ORDINAL_WORDS = {'premier', 'première', 'premiers', 'premières', 'second', 'seconde', 'seconds', 'secondes'}
WORD_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]+")


def is_number_word(w):
    w = w.lower()
    return w in COVER_WORDS or w in ORDINAL_WORDS or (len(w) > 5 and re.search(r'ièmes?$', w) is not None)


# ------------------------------------------------------------------ text layer
def collapse_with_map(raw):
    out, spans = [], []
    toks = [(m.start(), m.end()) for m in re.finditer(r'\S+', raw)]
    for k, (a, b) in enumerate(toks):
        if k:
            out.append(' ')
            spans.append((toks[k - 1][1], a))
        for j in range(a, b):
            out.append(raw[j])
            spans.append((j, j + 1))
    s = ''.join(out)
    assert s == ' '.join(raw.split()), 'collapse mismatch'
    return s, spans


def load_pages():
    pages = {}
    for key, fn in FILES.items():
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            pages[key] = None
            continue
        r = pypdf.PdfReader(path)
        pages[key] = [collapse_with_map(p.extract_text()) + (p.extract_text(),) for p in r.pages]
    return pages


# ------------------------------------------------------------------ value parsing
def words_value(s):
    toks = [t for t in re.split(r"[\s\-]+", s.lower().replace("d'", ' ')) if t and t != 'et']
    total, cur, last = 0, 0, 1
    for t in toks:
        if t in ('cent', 'cents'):
            cur = (cur or 1) * 100
        elif t == 'mille':
            total += (cur or 1) * 1000
            cur, last = 0, 1000
        elif t in ('million', 'millions'):
            total += (cur or 1) * 10 ** 6
            cur, last = 0, 10 ** 6
        elif t == 'demi':
            total += last / 2
        elif t in ('vingt', 'vingts') and cur % 100 == 4:
            cur += 76
        elif t in CARD:
            cur += CARD[t]
        else:
            raise ValueError('unknown number word %r in %r' % (t, s))
    return total + cur


def parse_text(text):
    """-> (value, printed unit or None)."""
    t = text.strip()
    low = t.lower()
    unit = None
    if 'moitié' in low:
        return 50, '%'
    if '%' in t or 'pour cent' in low:
        unit = '%'
    elif '/10' in t or 'sur 10' in low:
        unit = '/10'
    elif '€' in t or 'euro' in low:
        unit = '€'
    core = t
    for suf in ('pour cent', 'sur 10', '/10', '%', 'M€', '€', "d'euros", 'euros'):
        core = re.sub(re.escape(suf) + r'\s*$', '', core, flags=re.I).strip()
    mult = 1
    if re.search(r'\d', core):
        if re.search(r'\bmillions?\b', core) or t.endswith('M€'):
            mult = 10 ** 6
            core = re.sub(r'\s*millions?\b.*$', '', core).strip()
        num = core.replace(' ', '')
        if re.fullmatch(r'\d{1,3}(\.\d{3})+', num):
            num = num.replace('.', '')
        num = num.replace(',', '.')
        v = float(num) * mult
    else:
        v = words_value(core)
    return v, unit


def same(a, b):
    return abs(float(a) - float(b)) < 1e-9 * max(1, abs(float(b)))


# ------------------------------------------------------------------ whole-token test
def whole_token_hits(sentence, text, glued_ok=False, relax=False):
    hits = []
    start = 0
    while True:
        p = sentence.find(text, start)
        if p < 0:
            break
        start = p + 1
        e = p + len(text)
        before = sentence[p - 1] if p > 0 else ''
        before2 = sentence[p - 2] if p > 1 else ''
        after = sentence[e] if e < len(sentence) else ''
        after2 = sentence[e + 1] if e + 1 < len(sentence) else ''
        ok = True
        if before.isalnum() and not (glued_ok and text[0].isdigit() and before.isalpha()):
            ok = False
        if before == '-' and before2.isalnum():
            ok = False
        if text[0].isdigit() and before in ',.' and before2.isdigit():
            ok = False                      # decimal or dotted number
        if not relax and text[0].isdigit() and re.match(r'\d{3}(?!\d)', text) and re.search(r'(?<![\d,.])\d{1,3} $', sentence[:p]):
            ok = False                      # a thousands group after its leading group
        if text[-1].isalnum() and after.isalnum():
            ok = False
        if after == '-' and after2.isalnum():
            ok = False
        if text[-1].isdigit() and after in ',.' and after2.isdigit():
            ok = False
        if not relax and re.search(r'(?<![\d,.])\d{1,3}$', text) and re.match(r' \d{3}(?!\d)', sentence[e:]):
            ok = False                      # the leading group of a longer number
        if ok:
            hits.append(p)
    return hits


NUM_RE = re.compile(r'(?<![\d,.])\d{1,3}(?:[ .]\d{3})+(?:,\d+)?(?![\d])|(?<![\d,.])\d+(?:,\d+)?(?![\d])')


def value_hits(line, value):
    """Numbers in a repeat line that hold `value` (digits, optional « M€ »)."""
    out = []
    for m in NUM_RE.finditer(line):
        s = m.group(0)
        num = s.replace(' ', '')
        if re.fullmatch(r'\d{1,3}(\.\d{3})+', num):
            num = num.replace('.', '')
        v = float(num.replace(',', '.'))
        if line[m.end():].lstrip().startswith('M€'):
            v *= 10 ** 6
        before = line[m.start() - 1] if m.start() else ''
        after = line[m.end()] if m.end() < len(line) else ''
        if before.isalpha() or (after.isalpha() and after not in 'M'):
            continue
        if same(v, value):
            out.append((m.start(), m.end()))
    return out


# ------------------------------------------------------------------ checks
def year_ok(y):
    if y is None:
        return True
    if isinstance(y, bool):
        return False
    if isinstance(y, int):
        return 1990 <= y <= 2030
    if isinstance(y, str):
        m = re.fullmatch(r'(\d{4})-(\d{4})', y)
        return bool(m) and int(m.group(1)) < int(m.group(2))
    return False


def check(figs, nons, pages):
    errors = []
    spans = defaultdict(list)          # (doc, page) -> [(start, end, label)]
    keys = Counter()
    seen = Counter()

    def err(it, msg):
        errors.append('%s p%s «%s»: %s' % (it['doc'], it['page'], it['text'], msg))

    for it in figs + nons:
        seen[(it['doc'], it['page'], it['text'], it['sentence'])] += 1
    for k, n in seen.items():
        if n > 1:
            errors.append('%s p%s «%s»: listed %d times' % (k[0], k[1], k[2], n))

    for it in figs + nons:
        isfig = 'unit' in it
        doc, pg = it['doc'], it['page']
        if doc not in FILES or pages.get(doc) is None:
            err(it, 'no such file')
            continue
        if not (1 <= pg <= len(pages[doc])):
            err(it, 'page out of range')
            continue
        ptext = pages[doc][pg - 1][0]
        sent = it['sentence']
        n = ptext.count(sent)
        if n != 1:
            err(it, 'sentence found %d times on the page' % n)
            continue
        off = ptext.find(sent)
        hits = whole_token_hits(sent, it['text'], glued_ok=(not isfig and it['why'] == 'footnote'))
        if it.get('exempt'):
            if hits:
                err(it, 'exempt but already a whole token')
            hits = whole_token_hits(sent, it['text'], relax=True)
        if len(hits) != 1:
            err(it, 'text is %d times a whole token of the sentence' % len(hits))
            continue
        a = off + hits[0]
        spans[(doc, pg)].append((a, a + len(it['text']), 'item'))
        it['_span'] = (a, a + len(it['text']))
        if not isfig:
            if it['why'] not in WHYS:
                err(it, 'bad why %r' % it['why'])
            continue
        # ---- figures
        cases = it['cases']
        try:
            v, pu = parse_text(it['text'])
        except Exception as e:  # noqa
            err(it, 'cannot parse: %s' % e)
            continue
        if 'multiplier_from_row' in cases:
            v *= 10 ** 6
        if not same(v, it['value']):
            err(it, 'value %r but text parses to %r' % (it['value'], v))
        u = it['unit']
        if u not in UNITS:
            err(it, 'bad unit %r' % u)
        if pu is not None and pu != u:
            err(it, 'unit %r but printed %r' % (u, pu))
        if pu is None and u in ('%', '/10', '€') and not (UNIT_TAGS & set(cases)):
            err(it, 'unit %r not printed and no unit_from_* tag' % u)
        if u == 'years' and not (UNIT_TAGS & set(cases)):
            rest = sent[hits[0] + len(it['text']):]
            if not re.match(r'\s*(ans|années)\b', rest):
                err(it, 'years figure not followed by ans/années')
        noun = it['noun']
        if u in ('count', 'people') and not noun:
            err(it, 'count without noun')
        if u == '/10' and noun != 'note':
            err(it, '/10 noun must be « note »')
        if u in ('€', 'years') and noun is not None:
            err(it, 'noun must be null for %s' % u)
        if (it['actor'] is None) != (it['actor_source'] is None):
            err(it, 'actor null <-> actor_source null')
        if it['actor_source'] not in SOURCES:
            err(it, 'bad actor_source')
        nw = len(it['measure'].split())
        if not 1 <= nw <= 15:
            err(it, 'measure has %d words' % nw)
        if it['text'].lower() in it['measure'].lower():
            err(it, 'measure contains the text')
        dig = re.sub(r'\D', '', it['text'])
        if dig and any(re.sub(r'\D', '', t) == dig for t in NUM_RE.findall(it['measure'])):
            err(it, 'measure contains the digits')
        if not year_ok(it['year']):
            err(it, 'bad year %r' % (it['year'],))
        if 'year_alt' in it:
            if not year_ok(it['year_alt']) or it['year_alt'] is None or it['year_alt'] == it['year']:
                err(it, 'bad year_alt')
        has_digit = bool(re.search(r'\d', it['text']))
        if has_digit == ('number_in_words' in cases):
            err(it, 'number_in_words tag wrong')
        if 'unit_from_header' in cases and 'table' not in cases and 'chart' not in cases:
            err(it, 'unit_from_header outside a table or chart')
        keys[(doc, pg, float(it['value']), u)] += 1
        for line in it.get('also_printed_as', []):
            if ptext.count(line) != 1:
                err(it, 'repeat line found %d times: %r' % (ptext.count(line), line))
                continue
            vh = value_hits(line, it['value'])
            if len(vh) != 1:
                err(it, 'repeat line holds the value %d times: %r' % (len(vh), line))
                continue
            lo = ptext.find(line)
            spans[(doc, pg)].append((lo + vh[0][0], lo + vh[0][1], 'repeat'))
    for k, n in keys.items():
        if n > 1:
            errors.append('%s p%s: duplicate (file, page, value, unit) %r' % (k[0], k[1], k[2:]))
    # overlaps
    for (doc, pg), sp in spans.items():
        sp = sorted(sp)
        for x, y in zip(sp, sp[1:]):
            if y[0] < x[1]:
                errors.append('%s p%s: overlapping items at %d-%d and %d-%d' % (doc, pg, x[0], x[1], y[0], y[1]))
    # coverage
    ntok = 0
    for doc in FILES:
        if pages.get(doc) is None:
            errors.append('%s: missing PDF' % doc)
            continue
        for i, (ptext, _, _) in enumerate(pages[doc], 1):
            sp = spans.get((doc, i), [])
            toks = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r'\d+', ptext)]
            toks += [(m.start(), m.end(), m.group(0)) for m in WORD_RE.finditer(ptext) if is_number_word(m.group(0))]
            for a, b, t in sorted(toks):
                ntok += 1
                if not any(s <= a and b <= e for s, e, _ in sp):
                    ctx = ptext[max(0, a - 30):b + 30]
                    errors.append('%s p%d: uncovered «%s» in …%s…' % (doc, i, t, ctx))
    return errors, ntok


# ------------------------------------------------------------------ output
FIG_KEYS = ['file', 'page', 'text', 'value', 'unit', 'noun', 'actor', 'actor_source', 'measure', 'year']


def derived_tags(it, pages):
    ptext, cmap, raw = pages[it['doc']][it['page'] - 1]
    a, b = it['_span']
    ra, rb = cmap[a][0], cmap[b - 1][1]
    seg = raw[ra:rb]
    tags = []
    if '\u00a0' in seg:
        tags.append('nbsp')
    if '\u202f' in seg:
        tags.append('narrow_nbsp')
    return tags


def num(v):
    return int(v) if float(v).is_integer() else float(v)


def fig_record(it, pages):
    d = {'file': FILES[it['doc']], 'page': it['page'], 'text': it['text'], 'value': num(it['value'])}
    for k in FIG_KEYS[4:]:
        d[k] = it[k]
    if 'year_alt' in it:
        d['year_alt'] = it['year_alt']
    d['sentence'] = it['sentence']
    d['cases'] = list(it['cases']) + [t for t in derived_tags(it, pages) if t not in it['cases']]
    if it.get('also_printed_as'):
        d['also_printed_as'] = list(it['also_printed_as'])
    return d


def non_record(it):
    return {'file': FILES[it['doc']], 'page': it['page'], 'text': it['text'], 'sentence': it['sentence'],
            'why': it['why']}


def read_back(paths):
    """Re-check the written JSONL files against a fresh extraction."""
    fresh = {}
    for fn in FILES.values():
        r = pypdf.PdfReader(os.path.join(HERE, fn))
        fresh[fn] = [' '.join(p.extract_text().split()) for p in r.pages]
    bad, n = [], 0
    for path in paths:
        with open(path, encoding='utf-8') as f:
            for line in f:
                d = json.loads(line)
                n += 1
                pt = fresh[d['file']][d['page'] - 1]
                if pt.count(d['sentence']) != 1 or d['text'] not in d['sentence']:
                    bad.append(d)
                for rep in d.get('also_printed_as', []):
                    if pt.count(rep) != 1:
                        bad.append(d)
    return n, bad


def summary(figs, nons):
    print('figures %d, non-figures %d' % (len(figs), len(nons)))
    per = defaultdict(lambda: [0, 0])
    for it in figs:
        per[it['doc']][0] += 1
    for it in nons:
        per[it['doc']][1] += 1
    for k in FILES:
        print('  %s %-48s figures %3d  non-figures %3d' % (k, FILES[k], per[k][0], per[k][1]))
    print('units', dict(Counter(it['unit'] for it in figs).most_common()))
    print('actor_source', dict(Counter(str(it['actor_source']) for it in figs).most_common()))
    ys = [it['year'] for it in figs]
    print('years: int %d, period %d, null %d; year_alt %d; also_printed_as %d' % (
        sum(isinstance(y, int) for y in ys), sum(isinstance(y, str) for y in ys), sum(y is None for y in ys),
        sum('year_alt' in it for it in figs), sum(bool(it.get('also_printed_as')) for it in figs)))
    print('why', dict(Counter(it['why'] for it in nons).most_common()))


def main():
    sys.path.insert(0, HERE)
    from items_v import FIGS, NONS
    tokens_only = '--tokens' in sys.argv
    pages = load_pages()
    errors, ntok = check(FIGS, NONS, pages)
    for e in errors:
        print('ERROR', e)
    if tokens_only:
        print('%d errors; %d number tokens' % (len(errors), ntok))
        sys.exit(1 if errors else 0)
    if errors:
        print('%d errors; nothing written' % len(errors))
        sys.exit(1)
    recs = [fig_record(it, pages) for it in FIGS]
    fp, np_ = os.path.join(HERE, 'figures-v.jsonl'), os.path.join(HERE, 'not_figures-v.jsonl')
    with open(fp, 'w', encoding='utf-8') as f:
        for d in recs:
            f.write(json.dumps(d, ensure_ascii=False) + '\n')
    with open(np_, 'w', encoding='utf-8') as f:
        for it in NONS:
            f.write(json.dumps(non_record(it), ensure_ascii=False) + '\n')
    n, bad = read_back([fp, np_])
    npages = sum(len(p) for p in pages.values())
    print('0 errors; %d number tokens on %d pages covered' % (ntok, npages))
    print('read back: %d lines, %d failing' % (n, len(bad)))
    summary(FIGS, NONS)
    tags = Counter(t for d in recs for t in d['cases'])
    print('tags', ' | '.join('%s %d' % kv for kv in tags.most_common()))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
