#!/usr/bin/env python3
"""Validate questions.jsonl of the s48 blind set.

Usage: /work/main/.venv/bin/python check_questions.py [QUESTIONS.jsonl] [--pdf-dir DIR]
Defaults: questions.jsonl and the PDFs next to this script; real-*.pdf are
looked up in /work/shared/realworld-pdfs.  Prints one line per error and
exits 1 if there is any error, 0 otherwise.
"""
import json
import os
import re
import sys

from pypdf import PdfReader

PREFIX = 's48'
N_EXPECTED = 60
REQUIRED = {'id', 'question', 'answer', 'must_contain', 'source', 'page', 'kind'}
OPTIONAL = {'follows'}
KINDS = {'figure', 'who', 'when', 'list', 'definition', 'unanswerable'}
REAL_DIR = '/work/shared/realworld-pdfs'
HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


_cache = {}


def pdf_pages(path):
    if path not in _cache:
        _cache[path] = [norm(p.extract_text() or '') for p in PdfReader(path).pages]
    return _cache[path]


def resolve(source, pdf_dir):
    if source.startswith('real-'):
        return os.path.join(REAL_DIR, source)
    return os.path.join(pdf_dir, source)


def check(qpath, pdf_dir):
    errors = []
    seen = []
    with open(qpath, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    for ln, line in enumerate(lines, 1):
        where = 'line %d' % ln
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append('%s: invalid JSON (%s)' % (where, e))
            seen.append(None)
            continue
        if not isinstance(rec, dict):
            errors.append('%s: not a JSON object' % where)
            seen.append(None)
            continue
        keys = set(rec)
        if not REQUIRED <= keys:
            errors.append('%s: missing keys %s' % (where, sorted(REQUIRED - keys)))
        extra = keys - REQUIRED - OPTIONAL
        if extra:
            errors.append('%s: unexpected keys %s' % (where, sorted(extra)))
        qid = rec.get('id')
        where = '%s (%s)' % (where, qid)
        exp_id = '%s%02d' % (PREFIX, ln)
        if qid != exp_id:
            errors.append('%s: id should be %s (ids unique, in order)' % (where, exp_id))
        if qid in seen:
            errors.append('%s: duplicate id' % where)
        for k in ('question', 'answer'):
            if not isinstance(rec.get(k), str) or not rec.get(k, '').strip():
                errors.append('%s: %s must be a non-empty string' % (where, k))
        kind = rec.get('kind')
        if kind not in KINDS:
            errors.append('%s: bad kind %r' % (where, kind))
        if 'follows' in rec:
            fol = rec['follows']
            if fol not in [s for s in seen if s]:
                errors.append('%s: follows %r is not an earlier id' % (where, fol))
        mc = rec.get('must_contain')
        src = rec.get('source')
        page = rec.get('page')
        if kind == 'unanswerable':
            if src is not None or page is not None or mc != []:
                errors.append('%s: unanswerable needs source=null, page=null, must_contain=[]'
                              % where)
        else:
            if not isinstance(mc, list) or not 1 <= len(mc) <= 3 or \
                    not all(isinstance(s, str) and s.strip() for s in mc):
                errors.append('%s: must_contain must be a list of 1-3 non-empty strings' % where)
                mc = [s for s in (mc or []) if isinstance(s, str) and s.strip()] \
                    if isinstance(mc, list) else []
            if not isinstance(src, str) or not src.endswith('.pdf'):
                errors.append('%s: bad source %r' % (where, src))
            else:
                if not (src.startswith('real-') or src.startswith('obs-%s-' % PREFIX)):
                    errors.append('%s: source %s is neither ours nor real-*' % (where, src))
                path = resolve(src, pdf_dir)
                if not os.path.exists(path):
                    errors.append('%s: source not found: %s' % (where, path))
                else:
                    pages = pdf_pages(path)
                    if not isinstance(page, int) or isinstance(page, bool) or \
                            not 1 <= page <= len(pages):
                        errors.append('%s: page %r out of range 1..%d' % (where, page, len(pages)))
                    else:
                        text = pages[page - 1]
                        for s in mc:
                            if norm(s) not in text:
                                errors.append('%s: %r not found on %s p.%d'
                                              % (where, s, src, page))
        seen.append(qid)
    if len(lines) != N_EXPECTED:
        errors.append('file: %d lines, expected %d' % (len(lines), N_EXPECTED))
    return errors


def main():
    args = sys.argv[1:]
    pdf_dir = HERE
    if '--pdf-dir' in args:
        i = args.index('--pdf-dir')
        pdf_dir = args[i + 1]
        del args[i:i + 2]
    qpath = args[0] if args else os.path.join(HERE, 'questions.jsonl')
    errors = check(qpath, pdf_dir)
    for e in errors:
        print('ERROR', e)
    if errors:
        print('%d error(s)' % len(errors))
        sys.exit(1)
    print('OK: %s – all checks passed' % qpath)


if __name__ == '__main__':
    main()
