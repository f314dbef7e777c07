# -*- coding: utf-8 -*-
"""Check questions.jsonl of the s33 blind set: keys, kinds, ids, follows, must_contain on stated page."""
import json, os, re, sys
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.normpath(os.path.join(HERE, '..', '..', 'shared', 'realworld-pdfs'))
if not os.path.isdir(REAL):
    REAL = '/work/shared/realworld-pdfs'
KINDS = {'figure', 'who', 'when', 'list', 'definition', 'unanswerable'}
REQ = ['id', 'question', 'answer', 'must_contain', 'source', 'page', 'kind']
_cache = {}

def pages(src):
    if src not in _cache:
        p = os.path.join(HERE, src) if src.startswith('obs-') else os.path.join(REAL, src)
        r = pypdf.PdfReader(p)
        _cache[src] = [re.sub(r'\s+', ' ', pg.extract_text() or '') for pg in r.pages]
    return _cache[src]

def main():
    errs = []
    seen = []
    rows = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') if l.strip()]
    for q in rows:
        qid = q.get('id')
        for k in REQ:
            if k not in q:
                errs.append('%s: missing key %s' % (qid, k))
        extra = set(q) - set(REQ) - {'follows'}
        if extra:
            errs.append('%s: unexpected keys %s' % (qid, extra))
        if not re.fullmatch(r's33\d\d', str(qid)) or not (1 <= int(qid[3:]) <= 60):
            errs.append('%s: bad id' % qid)
        if qid in seen:
            errs.append('%s: duplicate id' % qid)
        if 'follows' in q and q['follows'] not in seen:
            errs.append('%s: follows %s which is not an earlier id' % (qid, q['follows']))
        seen.append(qid)
        kind = q.get('kind')
        if kind not in KINDS:
            errs.append('%s: bad kind %s' % (qid, kind))
            continue
        if kind == 'unanswerable':
            if q['source'] is not None or q['page'] is not None or q['must_contain'] != [] or q['answer'] != '':
                errs.append('%s: unanswerable must have null source/page, empty must_contain/answer' % qid)
            continue
        if not q['must_contain'] or not q['answer']:
            errs.append('%s: empty must_contain or answer' % qid)
        try:
            pg = pages(q['source'])
        except Exception as e:
            errs.append('%s: cannot read %s (%s)' % (qid, q['source'], e))
            continue
        if not isinstance(q['page'], int) or not 1 <= q['page'] <= len(pg):
            errs.append('%s: page %s out of range' % (qid, q['page']))
            continue
        text = pg[q['page'] - 1]
        for m in q['must_contain']:
            if re.sub(r'\s+', ' ', m) not in text:
                errs.append('%s: %r not on page %d of %s' % (qid, m, q['page'], q['source']))
    if len(rows) != 60:
        errs.append('expected 60 questions, got %d' % len(rows))
    for e in errs:
        print('ERROR', e)
    print('%d questions, %d errors' % (len(rows), len(errs)))
    return 1 if errs else 0

if __name__ == '__main__':
    sys.exit(main())
