# -*- coding: utf-8 -*-
"""Vérifie questions.jsonl du jeu s68.

Usage : /work/main/.venv/bin/python check_questions.py [questions.jsonl]
Contrôles : clés, kinds, identifiants uniques au préfixe s68 (s6801…s6860), `follows` vers un id
antérieur, forme des inaccessibles (must_contain [], source et page null), et présence de chaque
chaîne de must_contain sur la page indiquée (texte pypdf normalisé : casse, accents, apostrophes,
espaces ; espace avant % / € et séparateurs de milliers ignorés). Les pages de `also` sont
contrôlées de la même façon. Toutes les erreurs sont listées ; code de sortie 1 s'il y en a une.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
PDF_DIRS = [HERE, '/work/shared/realworld-pdfs']
PREFIX = 's68'
N_EXPECTED = 60
KINDS = {'figure', 'when', 'who', 'list', 'definition', 'unanswerable'}
REQUIRED = {'id', 'question', 'answer', 'must_contain', 'source', 'page', 'kind'}
OPTIONAL = {'also', 'follows'}


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower()
    for a in '\u2019\u2018\u02bc\u00b4`\u2032':
        s = s.replace(a, "'")
    s = re.sub(r'\s+', ' ', s)
    s = re.sub(r'(?<=\d) (?=\d)', '', s)      # séparateurs de milliers
    s = re.sub(r' (?=[%€])', '', s)            # espace avant % et €
    return s.strip()


_cache = {}


def page_text(source, page):
    key = (source, page)
    if key not in _cache:
        path = None
        for d in PDF_DIRS:
            p = os.path.join(d, source)
            if os.path.isfile(p):
                path = p
                break
        if path is None:
            raise FileNotFoundError(source)
        r = pypdf.PdfReader(path)
        if not (1 <= page <= len(r.pages)):
            raise IndexError('%s n\'a que %d pages' % (source, len(r.pages)))
        _cache[key] = norm(r.pages[page - 1].extract_text() or '')
    return _cache[key]


def main():
    qpath = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'questions.jsonl')
    errors = []
    qs = []
    with open(qpath, encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                errors.append('ligne %d vide' % ln)
                continue
            try:
                qs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append('ligne %d : JSON invalide (%s)' % (ln, e))
    seen = []
    for q in qs:
        qid = q.get('id', '?')
        keys = set(q)
        if REQUIRED - keys:
            errors.append('%s : clés manquantes %s' % (qid, sorted(REQUIRED - keys)))
        if keys - REQUIRED - OPTIONAL:
            errors.append('%s : clés inconnues %s' % (qid, sorted(keys - REQUIRED - OPTIONAL)))
        if not re.fullmatch(PREFIX + r'\d{2}', str(qid)):
            errors.append('%s : identifiant hors format %sNN' % (qid, PREFIX))
        if qid in seen:
            errors.append('%s : identifiant en double' % qid)
        if q.get('kind') not in KINDS:
            errors.append('%s : kind inconnu %r' % (qid, q.get('kind')))
        for k in ('question', 'answer'):
            if not isinstance(q.get(k), str) or not q.get(k).strip():
                errors.append('%s : %s vide' % (qid, k))
        if 'follows' in q and q['follows'] not in seen:
            errors.append('%s : follows=%r ne désigne pas un id antérieur' % (qid, q['follows']))
        mc = q.get('must_contain')
        if q.get('kind') == 'unanswerable':
            if mc != [] or q.get('source') is not None or q.get('page') is not None:
                errors.append('%s : inaccessible mal formé (must_contain [], source et page null)' % qid)
            if q.get('also'):
                errors.append('%s : inaccessible avec also' % qid)
        else:
            if not isinstance(mc, list) or not mc or not all(isinstance(x, str) and x.strip() for x in mc):
                errors.append('%s : must_contain doit être une liste non vide de chaînes' % qid)
                mc = []
            if not isinstance(q.get('source'), str) or not isinstance(q.get('page'), int):
                errors.append('%s : source / page invalides' % qid)
            else:
                places = [(q['source'], q['page'])]
                for a in q.get('also', []) or []:
                    if set(a) != {'source', 'page'} or not isinstance(a.get('page'), int):
                        errors.append('%s : entrée also invalide %r' % (qid, a))
                    else:
                        places.append((a['source'], a['page']))
                for src, pg in places:
                    try:
                        t = page_text(src, pg)
                    except Exception as e:
                        errors.append('%s : %s p.%s illisible (%s)' % (qid, src, pg, e))
                        continue
                    for s in mc:
                        if norm(s) not in t:
                            errors.append('%s : %r absent de %s p.%d' % (qid, s, src, pg))
        seen.append(qid)
    if len(qs) != N_EXPECTED:
        errors.append('%d questions au lieu de %d' % (len(qs), N_EXPECTED))
    expected_ids = ['%s%02d' % (PREFIX, i) for i in range(1, N_EXPECTED + 1)]
    if [q.get('id') for q in qs] != expected_ids[:len(qs)]:
        errors.append('les identifiants ne se suivent pas de %s01 à %s%02d' % (PREFIX, PREFIX, N_EXPECTED))

    kinds = Counter(q.get('kind') for q in qs)
    srcs = Counter(q.get('source') or '(aucune)' for q in qs)
    print('questions :', len(qs))
    print('par kind :', dict(sorted(kinds.items())))
    print('par source :')
    for s, n in sorted(srcs.items()):
        print('   %2d  %s' % (n, s))
    print('suivies (follows) :', sum(1 for q in qs if 'follows' in q))
    print('avec also :', sum(1 for q in qs if q.get('also')))
    if errors:
        print('\nERREURS (%d) :' % len(errors))
        for e in errors:
            print('  -', e)
        sys.exit(1)
    print('\nAucune erreur.')


if __name__ == '__main__':
    main()
