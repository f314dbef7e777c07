#!/usr/bin/env python3
"""Vérifie un fichier questions.jsonl du jeu à l'aveugle.

Usage : python check_questions.py [questions.jsonl] [--prefix s56]
                                  [--docs DOSSIER_PDF_GENERES] [--real DOSSIER_PDF_REELS]

Contrôles : JSON valide par ligne, jeu de clés exact, kind autorisé, ids uniques et
dans l'ordre (PREFIX01, PREFIX02, …), « follows » vers l'id précédent, forme des
questions sans réponse, existence du PDF source, page dans l'intervalle, présence
de chaque must_contain (casse exacte) dans le texte pypdf de la page, espaces
normalisés. Affiche les erreurs et sort avec le code 1 s'il y en a.
"""
import argparse
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
REQUIRED = {"id", "question", "answer", "must_contain", "source", "page", "kind"}
OPTIONAL = {"follows"}
KINDS = {"figure", "who", "when", "list", "definition", "unanswerable"}


def norm(s):
    return ' '.join(s.split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('questions', nargs='?', default=os.path.join(HERE, 'questions.jsonl'))
    ap.add_argument('--prefix', default='s56')
    ap.add_argument('--docs', default=HERE)
    ap.add_argument('--real', default='/work/shared/realworld-pdfs')
    ap.add_argument('--expect', type=int, default=60, help='nombre de questions attendu (0 = pas de contrôle)')
    a = ap.parse_args()

    errors = []
    cache = {}

    def page_text(src, page):
        if src not in cache:
            folder = a.real if src.startswith('real-') else a.docs
            path = os.path.join(folder, src)
            if not os.path.isfile(path):
                cache[src] = None
            else:
                r = PdfReader(path)
                cache[src] = [norm(p.extract_text() or '') for p in r.pages]
        pages = cache[src]
        if pages is None:
            return None, 0
        if not (1 <= page <= len(pages)):
            return '', len(pages)
        return pages[page - 1], len(pages)

    seen = []
    with open(a.questions, encoding='utf-8') as f:
        lines = f.read().splitlines()
    for ln, line in enumerate(lines, 1):
        where = f'ligne {ln}'
        if not line.strip():
            errors.append(f'{where}: ligne vide')
            seen.append(None)
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f'{where}: JSON invalide ({e})')
            seen.append(None)
            continue
        if not isinstance(q, dict):
            errors.append(f'{where}: pas un objet JSON')
            seen.append(None)
            continue
        keys = set(q)
        qid = q.get('id')
        where = f'ligne {ln} ({qid})'
        expected_id = f'{a.prefix}{ln:02d}'
        if qid in seen:
            errors.append(f'{where}: id en double')
        if qid != expected_id:
            errors.append(f'{where}: id attendu {expected_id}')
        if not REQUIRED <= keys or keys - REQUIRED - OPTIONAL:
            errors.append(f'{where}: clés {sorted(keys)} ; manquantes {sorted(REQUIRED - keys)}, '
                          f'en trop {sorted(keys - REQUIRED - OPTIONAL)}')
            seen.append(qid)
            continue
        for k in ('question', 'answer'):
            if not isinstance(q[k], str) or not q[k].strip():
                errors.append(f'{where}: « {k} » vide ou non textuel')
        if q['kind'] not in KINDS:
            errors.append(f'{where}: kind inconnu {q["kind"]!r}')
        if 'follows' in q:
            if not seen:
                errors.append(f'{where}: follows sans question précédente')
            elif q['follows'] not in [x for x in seen if x]:
                errors.append(f'{where}: follows {q["follows"]!r} ne désigne pas un id antérieur')
            elif q['follows'] != seen[-1]:
                errors.append(f'{where}: follows {q["follows"]!r} n’est pas l’id juste avant ({seen[-1]})')
        mc = q['must_contain']
        if q['kind'] == 'unanswerable':
            if q['source'] is not None or q['page'] is not None or mc != []:
                errors.append(f'{where}: une question sans réponse doit avoir source=null, page=null, must_contain=[]')
        else:
            if not isinstance(q['source'], str) or not q['source'].endswith('.pdf'):
                errors.append(f'{where}: source invalide {q["source"]!r}')
            elif not (q['source'].startswith('real-') or q['source'].startswith(f'obs-{a.prefix}-')):
                errors.append(f'{where}: source hors corpus {q["source"]!r}')
            if not isinstance(q['page'], int) or isinstance(q['page'], bool):
                errors.append(f'{where}: page doit être un entier')
            if not isinstance(mc, list) or not (1 <= len(mc) <= 3) or \
                    not all(isinstance(s, str) and s.strip() for s in mc):
                errors.append(f'{where}: must_contain doit contenir 1 à 3 chaînes non vides')
            elif isinstance(q['source'], str) and isinstance(q['page'], int):
                text, n = page_text(q['source'], q['page'])
                if text is None:
                    errors.append(f'{where}: fichier source introuvable {q["source"]}')
                elif n and not (1 <= q['page'] <= n):
                    errors.append(f'{where}: page {q["page"]} hors intervalle 1-{n}')
                else:
                    for s in mc:
                        if s != norm(s):
                            errors.append(f'{where}: must_contain {s!r} contient des espaces non normalisés')
                        if norm(s) not in text:
                            errors.append(f'{where}: {s!r} absent de la page {q["page"]} de {q["source"]}')
        seen.append(qid)
    if a.expect and len(lines) != a.expect:
        errors.append(f'{len(lines)} lignes lues, {a.expect} questions attendues')
    for e in errors:
        print('ERREUR', e)
    if errors:
        print(f'{len(errors)} erreur(s)')
        sys.exit(1)
    print(f'OK : {len(lines)} questions vérifiées, aucune erreur')


if __name__ == '__main__':
    main()
