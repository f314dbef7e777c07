"""Check every hand-written item of set S against the PDFs and write the two JSONL files.

Run: /work/main/.venv/bin/python build_s.py            (check + write; exit 1 on any error)
     /work/main/.venv/bin/python build_s.py --tokens   (print the uncovered number tokens per page)
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import items_s  # noqa: E402

FILES = {
    '01': 'obs-s-01-rapport-annuel-2020.pdf',
    '02': 'obs-s-02-note-analyse-co-construction.pdf',
    '03': 'obs-s-03-cahier-chapitre-associations.pdf',
    '04': 'obs-s-04-diaporama-droit-alliance.pdf',
    '05': 'obs-s-05-dossier-presse-fondation-territoires.pdf',
}
UNITS = {'%', '/10', 'count', 'people', '€', 'years'}
ACTOR_SOURCES = {'sentence', 'context', 'table', None}
WHYS = {'year', 'date', 'page number', 'footnote', 'ordinal', 'threshold', 'scale', 'other'}

CARDINALS = {'zéro': 0, 'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6,
             'sept': 7, 'huit': 8, 'neuf': 9, 'dix': 10, 'onze': 11, 'douze': 12, 'treize': 13,
             'quatorze': 14, 'quinze': 15, 'seize': 16, 'vingt': 20, 'vingts': 20, 'trente': 30,
             'quarante': 40, 'cinquante': 50, 'soixante': 60, 'cent': 100, 'cents': 100, 'mille': 1000}
ORDINALS = {'premier', 'première', 'premiers', 'premières', 'second', 'seconde', 'seconds', 'secondes',
            'deuxième', 'deuxièmes', 'troisième', 'troisièmes', 'quatrième', 'cinquième', 'sixième',
            'septième', 'huitième', 'neuvième', 'dixième', 'onzième', 'douzième', 'treizième',
            'quatorzième', 'quinzième', 'seizième', 'vingtième', 'trentième', 'centième', 'millième'}
OTHER_NUMBER_WORDS = {'million', 'millions', 'milliard', 'milliards', 'millier', 'milliers', 'moitié',
                      'tiers', 'quart', 'quarts', 'demi', 'demie', 'double', 'triple', 'dizaine',
                      'dizaines', 'douzaine', 'centaine', 'centaines'}
NUMBER_WORDS = (set(CARDINALS) - {'un', 'une'}) | ORDINALS | OTHER_NUMBER_WORDS
WORD_RE = re.compile(r'[A-Za-zÀ-ÖØ-öø-ÿœŒ]+')
DIGIT_RE = re.compile(r'\d+')
WS = ' \u00a0\u202f'


# --------------------------------------------------------------------------- text layer

def collapse_with_map(raw):
    """Whitespace-collapsed text (as " ".join(raw.split())) and, per collapsed char, its raw index."""
    out, idx, i, n = [], [], 0, len(raw)
    while i < n and raw[i].isspace():
        i += 1
    while i < n:
        if raw[i].isspace():
            j = i
            while j < n and raw[j].isspace():
                j += 1
            if j < n:
                out.append(' ')
                idx.append(i)
            i = j
        else:
            out.append(raw[i])
            idx.append(i)
            i += 1
    text = ''.join(out)
    assert text == ' '.join(raw.split())
    return text, idx


def load_pages():
    pages = {}
    for key, name in FILES.items():
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            continue
        for n, p in enumerate(pypdf.PdfReader(path).pages, 1):
            raw = p.extract_text()
            text, idx = collapse_with_map(raw)
            pages[(key, n)] = {'raw': raw, 'text': text, 'idx': idx}
    return pages


# --------------------------------------------------------------------------- values

def words_value(text):
    total, cur = 0, 0
    for w in re.split(r'[\s\-\u00a0\u202f]+', text.lower()):
        if not w or w == 'et':
            continue
        if w not in CARDINALS:
            raise ValueError('not a number word: %r' % w)
        v = CARDINALS[w]
        if v == 100:
            cur = (cur or 1) * 100
        elif v == 1000:
            total += (cur or 1) * 1000
            cur = 0
        elif v == 20 and cur % 100 == 4:
            cur = cur - 4 + 80
        else:
            cur += v
    return total + cur


def parse_value(text):
    t = text
    if not re.search(r'\d', t):
        return words_value(t)
    mult = 1
    t = t.replace('\u00a0', ' ').replace('\u202f', ' ').strip()
    if re.search(r'M\s?€$', t):
        mult, t = 1_000_000, re.sub(r'\s?M\s?€$', '', t)
    t = re.sub(r'\s?(%|€|/10)$', '', t).strip()
    if re.fullmatch(r'\d{1,3}(\.\d{3})+', t):
        t = t.replace('.', '')
    t = re.sub(r'(?<=\d) (?=\d{3}\b)', '', t)
    if not re.fullmatch(r'\d+(,\d+)?', t):
        raise ValueError('cannot parse %r' % text)
    v = float(t.replace(',', '.')) * mult
    return int(v) if v == int(v) else v


def norm_year(y):
    if y is None or isinstance(y, int):
        return y is None or 1990 <= y <= 2030
    return bool(re.fullmatch(r'(19|20)\d\d-(19|20)\d\d', y)) and y[:4] < y[5:]


# --------------------------------------------------------------------------- spans

def find_all(hay, needle):
    out, start = [], 0
    while True:
        k = hay.find(needle, start)
        if k < 0:
            return out
        out.append(k)
        start = k + 1


def token_ok(s, a, b, glued=False, footnote=False):
    """Is s[a:b] a whole token (not inside a longer number, word, decimal or thousands group)?"""
    t = s[a:b]
    before = s[a - 1] if a > 0 else ' '
    after = s[b] if b < len(s) else ' '
    if glued:
        return True
    if t[0].isalnum():
        if before.isdigit():
            return False
        if before.isalpha() and not footnote:
            return False
        if before in ',.' and a >= 2 and s[a - 2].isdigit():
            return False
        if t[0].isdigit() and re.match(r'\d{3}(?!\d)', t) and re.search(r'\d[ ]$', s[:a]):
            return False            # looks like the tail of a thousands group
    if t[-1].isalnum():
        if after.isalnum():
            return False
        if after in ',.' and b + 1 < len(s) and s[b + 1].isdigit():
            return False
        if t[-1].isdigit() and re.match(r' \d{3}(?!\d)', s[b:]):
            return False            # looks like the head of a thousands group
    return True


class Errors(list):
    def add(self, item, msg):
        self.append('%s p%s %r: %s' % (item.get('doc'), item.get('page'), item.get('text'), msg))


def locate(pages, it, sentence, text, errs, glued=False, footnote=False, what='sentence'):
    """-> (start, end) of text in the collapsed page, or None."""
    key = (it['doc'], it['page'])
    if key not in pages:
        errs.add(it, 'no such file/page')
        return None
    page = pages[key]['text']
    occ = find_all(page, sentence)
    if len(occ) != 1:
        errs.add(it, '%s occurs %d times on the page: %r' % (what, len(occ), sentence))
        return None
    hits = [k for k in find_all(sentence, text)
            if token_ok(sentence, k, k + len(text), glued=glued, footnote=footnote)]
    if len(hits) != 1:
        errs.add(it, 'text occurs %d times as a whole token in the %s %r' % (len(hits), what, sentence))
        return None
    return occ[0] + hits[0], occ[0] + hits[0] + len(text)


# --------------------------------------------------------------------------- checks

def check(pages):
    errs = Errors()
    spans = defaultdict(list)        # (doc, page) -> [(a, b, label)]
    figs_out, nots_out = [], []
    seen = set()

    for it in items_s.FIGURES:
        ident = json.dumps(it, sort_keys=True, ensure_ascii=False, default=str)
        if ident in seen:
            errs.add(it, 'listed twice')
        seen.add(ident)
        cases = list(it['cases'])
        sp = locate(pages, it, it['sentence'], it['text'], errs)
        if sp:
            spans[(it['doc'], it['page'])].append((sp[0], sp[1], 'F ' + it['text']))
            page = pages[(it['doc'], it['page'])]
            raw = page['raw'][page['idx'][sp[0]]:page['idx'][sp[1] - 1] + 1]
            if '\u00a0' in raw and 'nbsp' not in cases:
                cases.append('nbsp')
            if '\u202f' in raw and 'narrow_nbsp' not in cases:
                cases.append('narrow_nbsp')
        # value
        try:
            v = parse_value(it['text'])
            if 'multiplier_in_header' in cases:
                v = v * 1000
            if abs(v - it['value']) > 1e-9:
                errs.add(it, 'value %r != parsed %r' % (it['value'], v))
        except ValueError as e:
            errs.add(it, str(e))
        if isinstance(it['value'], float) and it['value'] == int(it['value']):
            errs.add(it, 'integer value written as float')
        # unit
        u, t = it['unit'], it['text']
        if u not in UNITS:
            errs.add(it, 'bad unit %r' % u)
        printed = '%' if '%' in t else '/10' if '/10' in t else '€' if '€' in t else None
        if printed and printed != u:
            errs.add(it, 'unit %r but %r printed' % (u, printed))
        if not printed and u in ('%', '/10', '€') and not ({'unit_from_header', 'unit_from_row'} & set(cases)):
            errs.add(it, 'unit %r not printed and not tagged unit_from_header/row' % u)
        if u == 'years':
            tail = it['sentence'][it['sentence'].find(t) + len(t):]
            if not re.match(r' (ans|années)\b', tail) and 'unit_from_row' not in cases:
                errs.add(it, 'years without « ans » after the figure')
        # noun / actor
        if u == '/10' and it['noun'] != 'note':
            errs.add(it, '/10 needs noun « note »')
        if u in ('€', 'years') and it['noun'] is not None:
            errs.add(it, 'noun must be null for € and years')
        if u in ('%', 'count', 'people') and not it['noun']:
            errs.add(it, 'noun missing')
        if it['actor_source'] not in ACTOR_SOURCES:
            errs.add(it, 'bad actor_source')
        if (it['actor'] is None) != (it['actor_source'] is None):
            errs.add(it, 'actor null <-> actor_source null violated')
        # measure
        m = it['measure']
        if not m or len(m.split()) > 15:
            errs.add(it, 'measure empty or longer than 15 words')
        digits = re.sub(r'\D', '', t)
        if (digits and digits in re.sub(r'\D', '', m)) or t.lower() in m.lower():
            errs.add(it, 'measure contains the figure')
        # year
        if not norm_year(it['year']):
            errs.add(it, 'bad year %r' % it['year'])
        if 'year_alt' in it and (not norm_year(it['year_alt']) or it['year_alt'] in (None, it['year'])):
            errs.add(it, 'bad year_alt %r' % it.get('year_alt'))
        # words
        is_word = not re.search(r'\d', t)
        if is_word != ('number_in_words' in cases):
            errs.add(it, 'number_in_words tag does not match the text')
        # repeats on the same page
        also = []
        for ln, at in it.get('also', []):
            sp2 = locate(pages, it, ln, at, errs, what='also_printed_as line')
            if sp2:
                spans[(it['doc'], it['page'])].append((sp2[0], sp2[1], 'A ' + at))
                try:
                    if abs(parse_value(at) - it['value']) > 1e-9:
                        errs.add(it, 'also_printed_as %r holds another value' % at)
                except ValueError as e:
                    errs.add(it, str(e))
            also.append(ln)
        out = {'file': FILES[it['doc']], 'page': it['page'], 'text': ' '.join(t.split()),
               'value': it['value'], 'unit': u, 'noun': it['noun'], 'actor': it['actor'],
               'actor_source': it['actor_source'], 'measure': m, 'year': it['year']}
        if 'year_alt' in it:
            out['year_alt'] = it['year_alt']
        out['sentence'] = it['sentence']
        out['cases'] = cases
        if also:
            out['also_printed_as'] = also
        figs_out.append(out)

    dup = Counter((f['file'], f['page'], f['value'], f['unit']) for f in figs_out)
    for k, n in dup.items():
        if n > 1:
            errs.append('duplicate (file, page, value, unit): %r x%d' % (k, n))

    for it in items_s.NOT_FIGURES:
        ident = json.dumps(it, sort_keys=True, ensure_ascii=False, default=str)
        if ident in seen:
            errs.add(it, 'listed twice')
        seen.add(ident)
        if it['why'] not in WHYS:
            errs.add(it, 'bad why %r' % it['why'])
        sp = locate(pages, it, it['sentence'], it['text'], errs, glued=it.get('glued', False),
                    footnote=it['why'] == 'footnote')
        if sp:
            spans[(it['doc'], it['page'])].append((sp[0], sp[1], 'N ' + it['text']))
        nots_out.append({'file': FILES[it['doc']], 'page': it['page'], 'text': ' '.join(it['text'].split()),
                         'sentence': it['sentence'], 'why': it['why']})

    # no two items on the same printed characters
    for key, lst in spans.items():
        lst = sorted(lst)
        for (a1, b1, l1), (a2, b2, l2) in zip(lst, lst[1:]):
            if a2 < b1:
                errs.append('%s p%d: overlapping items %r and %r' % (key[0], key[1], l1, l2))

    # coverage
    uncovered, ntok = [], 0
    for key in sorted(pages):
        text = pages[key]['text']
        covered = bytearray(len(text))
        for a, b, _ in spans.get(key, []):
            for k in range(a, b):
                covered[k] = 1
        toks = [(m.start(), m.end()) for m in DIGIT_RE.finditer(text)]
        toks += [(m.start(), m.end()) for m in WORD_RE.finditer(text) if m.group().lower() in NUMBER_WORDS]
        ntok += len(toks)
        for a, b in sorted(toks):
            if not all(covered[a:b]):
                uncovered.append((key, a, text[a:b], text[max(0, a - 40):b + 40]))
    for key, a, tok, ctx in uncovered:
        errs.append('%s p%d: uncovered number token %r in « %s »' % (key[0], key[1], tok, ctx))
    return errs, figs_out, nots_out, ntok


def reread(figs, nots):
    """Read the written JSONL back and check each line against a fresh pypdf extraction."""
    bad, n = 0, 0
    readers = {}
    for name in ('figures-s.jsonl', 'not_figures-s.jsonl'):
        with open(os.path.join(HERE, name), encoding='utf-8') as fh:
            for ln in fh:
                d = json.loads(ln)
                n += 1
                r = readers.setdefault(d['file'], pypdf.PdfReader(os.path.join(HERE, d['file'])))
                page = ' '.join(r.pages[d['page'] - 1].extract_text().split())
                ok = page.count(d['sentence']) == 1 and d['text'] in d['sentence']
                for ln2 in d.get('also_printed_as', []):
                    ok = ok and page.count(ln2) == 1
                bad += not ok
    return n, bad


def main():
    pages = load_pages()
    errs, figs, nots, ntok = check(pages)
    if '--tokens' in sys.argv:
        for e in errs:
            print(e)
        return 0
    for e in errs:
        print('ERROR', e)
    print('%d figures, %d non-figures, %d pages, %d number tokens; %d errors'
          % (len(figs), len(nots), len(pages), ntok, len(errs)))
    if errs:
        return 1
    with open(os.path.join(HERE, 'figures-s.jsonl'), 'w', encoding='utf-8') as fh:
        for f in figs:
            fh.write(json.dumps(f, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'not_figures-s.jsonl'), 'w', encoding='utf-8') as fh:
        for f in nots:
            fh.write(json.dumps(f, ensure_ascii=False) + '\n')
    n, bad = reread(figs, nots)
    print('re-read: %d lines, %d failing' % (n, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
