#!/usr/bin/env python3
"""Check a blind question set (questions.jsonl) against its PDFs.

Usage: python check_questions.py [QUESTIONS_JSONL] [--pdf-dir DIR ...] [--prefix s47] [--count 60]

Checks: one JSON object per line; exact key set (id, question, answer, must_contain, source,
page, kind, optional follows); kind in the allowed list; ids PREFIX01..PREFIXnn unique and in
order; `follows` points to an earlier id (the id just before); unanswerable shape (source and
page null, must_contain []); answerable shape (1-3 non-empty strings); source exists; page in
range (1-based PDF index); every must_contain string present, exact case, in the pypdf text of
that page with whitespace collapsed. Prints every error; exit code 1 if any.
"""
import argparse
import json
import os
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'figure', 'who', 'when', 'list', 'definition', 'unanswerable'}
REQUIRED = {'id', 'question', 'answer', 'must_contain', 'source', 'page', 'kind'}
OPTIONAL = {'follows'}


def collapse(text):
    return ' '.join((text or '').split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('questions', nargs='?', default=os.path.join(HERE, 'questions.jsonl'))
    ap.add_argument('--pdf-dir', action='append',
                    default=None, help='folder(s) holding the PDFs (repeatable)')
    ap.add_argument('--prefix', default='s47')
    ap.add_argument('--count', type=int, default=60)
    a = ap.parse_args()
    dirs = a.pdf_dir or [HERE, '/work/shared/realworld-pdfs']

    errors = []
    cache = {}

    def pages_of(name):
        if name in cache:
            return cache[name]
        for d in dirs:
            p = os.path.join(d, name)
            if os.path.isfile(p):
                try:
                    cache[name] = [collapse(pg.extract_text()) for pg in PdfReader(p).pages]
                except Exception as e:  # unreadable PDF
                    errors.append('%s: cannot read PDF (%s)' % (name, e))
                    cache[name] = None
                return cache[name]
        cache[name] = None
        return None

    seen = []
    try:
        lines = open(a.questions, encoding='utf-8').read().split('\n')
    except OSError as e:
        print('cannot open %s: %s' % (a.questions, e))
        return 1
    if lines and lines[-1] == '':
        lines = lines[:-1]
    n = 0
    for ln, line in enumerate(lines, 1):
        where = 'line %d' % ln
        if not line.strip():
            errors.append('%s: empty line' % where)
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append('%s: invalid JSON (%s)' % (where, e))
            continue
        if not isinstance(q, dict):
            errors.append('%s: not a JSON object' % where)
            continue
        n += 1
        qid = q.get('id')
        where = '%s (%s)' % (where, qid)
        keys = set(q)
        if not REQUIRED <= keys:
            errors.append('%s: missing keys %s' % (where, sorted(REQUIRED - keys)))
        if keys - REQUIRED - OPTIONAL:
            errors.append('%s: unexpected keys %s' % (where, sorted(keys - REQUIRED - OPTIONAL)))
        expected = '%s%02d' % (a.prefix, ln)  # by line, so one bad line does not cascade
        if qid in seen:
            errors.append('%s: duplicate id' % where)
        if qid != expected:
            errors.append('%s: id out of order, expected %s' % (where, expected))
        for k in ('question', 'answer'):
            if not isinstance(q.get(k), str) or not q.get(k, '').strip():
                errors.append('%s: %s must be a non-empty string' % (where, k))
        kind = q.get('kind')
        if kind not in KINDS:
            errors.append('%s: bad kind %r' % (where, kind))
        if 'follows' in q:
            f = q['follows']
            if f not in seen:
                errors.append('%s: follows %r is not an earlier id' % (where, f))
            elif seen and f != seen[-1]:
                errors.append('%s: follows %r is not the id just before (%s)' % (where, f, seen[-1]))
        mc = q.get('must_contain')
        src, page = q.get('source'), q.get('page')
        if kind == 'unanswerable':
            if src is not None or page is not None or mc != []:
                errors.append('%s: unanswerable needs source null, page null, must_contain []' % where)
        else:
            if not isinstance(mc, list) or not 1 <= len(mc) <= 3 or \
                    not all(isinstance(s, str) and s.strip() for s in mc):
                errors.append('%s: must_contain must hold 1-3 non-empty strings' % where)
                mc = [s for s in mc if isinstance(s, str) and s.strip()] if isinstance(mc, list) else []
            if not isinstance(src, str) or not src:
                errors.append('%s: source missing' % where)
            elif not isinstance(page, int) or isinstance(page, bool):
                errors.append('%s: page must be an integer' % where)
            else:
                pages = pages_of(src)
                if pages is None:
                    errors.append('%s: source %s not found/readable' % (where, src))
                elif not 1 <= page <= len(pages):
                    errors.append('%s: page %d out of range 1..%d' % (where, page, len(pages)))
                else:
                    text = pages[page - 1]
                    for s in mc:
                        if collapse(s) not in text:
                            errors.append('%s: %r not on %s p.%d' % (where, s, src, page))
        if isinstance(qid, str):
            seen.append(qid)
    if len(lines) != a.count:
        errors.append('expected %d lines/questions, found %d' % (a.count, len(lines)))
    for e in errors:
        print('ERROR', e)
    print('%d questions checked, %d error(s)' % (n, len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
