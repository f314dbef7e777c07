# -*- coding: utf-8 -*-
"""Check questions.jsonl: keys, kinds, ids, follows, and must_contain strings on the stated page (pypdf)."""
import json, os, re, sys
import pypdf
HERE = os.path.dirname(os.path.abspath(__file__))
REAL = '/work/shared/realworld-pdfs'
KINDS = {'figure', 'who', 'when', 'list', 'definition', 'unanswerable'}
REQ = {'id', 'question', 'answer', 'must_contain', 'source', 'page', 'kind'}
OPT = {'follows'}
cache = {}
def page_text(src, page):
    path = os.path.join(HERE, src) if src.startswith('obs-') else os.path.join(REAL, src)
    if path not in cache:
        cache[path] = [re.sub(r'\s+', ' ', p.extract_text() or '') for p in pypdf.PdfReader(path).pages]
    pages = cache[path]
    if not 1 <= page <= len(pages):
        return None
    return pages[page - 1]
errors = []
seen = []
rows = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') if l.strip()]
for q in rows:
    qid = q.get('id')
    keys = set(q)
    if not REQ <= keys or keys - REQ - OPT:
        errors.append('%s: bad keys %s' % (qid, sorted(keys)))
    if not re.fullmatch(r's34\d\d', str(qid)):
        errors.append('%s: bad id' % qid)
    if qid in seen:
        errors.append('%s: duplicate id' % qid)
    if q.get('kind') not in KINDS:
        errors.append('%s: bad kind' % qid)
    if 'follows' in q and q['follows'] not in seen:
        errors.append('%s: follows %s not an earlier id' % (qid, q['follows']))
    seen.append(qid)
    if q.get('kind') == 'unanswerable':
        if q['source'] is not None or q['page'] is not None or q['must_contain'] != [] or q['answer'] != '':
            errors.append('%s: unanswerable must have null source/page, empty answer/must_contain' % qid)
        continue
    if not q.get('must_contain') or not q.get('answer') or not q.get('source') or not isinstance(q.get('page'), int):
        errors.append('%s: answerable question incomplete' % qid)
        continue
    t = page_text(q['source'], q['page'])
    if t is None:
        errors.append('%s: page %s out of range' % (qid, q['page']))
        continue
    for m in q['must_contain']:
        if re.sub(r'\s+', ' ', m) not in t:
            errors.append('%s: %r not on %s p.%d' % (qid, m, q['source'], q['page']))
print('%d questions, %d errors' % (len(rows), len(errors)))
for e in errors:
    print(' -', e)
sys.exit(1 if errors else 0)
