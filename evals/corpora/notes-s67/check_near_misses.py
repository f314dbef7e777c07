#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Controle des 7 questions « near-miss » (unanswerable) du jeu s67.

Pour chaque question : on cherche, dans le texte pypdf (normalise comme dans
check_questions.py) des 14 PDF (6 generes + 8 reels), les pages ou le SUJET est present
(tous ses termes sur une meme page), puis les motifs qui trahiraient une REPONSE, cherches
selon la portee : 'subject' = toutes les pages qui mentionnent le premier terme du sujet,
'file' = toutes les pages des fichiers ou le sujet est present, 'all' = tout le corpus. Verdict OK si le sujet est present et qu'aucun motif de reponse n'est trouve.
Code de retour 1 si un verdict n'est pas OK.
"""
import glob
import json
import os
import re
import sys

sys.path.insert(0, '/work/blind/brief')
from check_questions import norm  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
PDFS = sorted(glob.glob(os.path.join(HERE, 'obs-s67-*.pdf'))) + \
    sorted(glob.glob('/work/shared/realworld-pdfs/*.pdf'))

# id : (sujet : motifs tous requis sur une meme page, motifs de reponse, portee)
CHECKS = {
    's6704': (['le rameau', 'creee en 2006'],
              [r'rameau[^.]{0,80}\d+ ?(salaries|employes|collaborateurs|permanents|etp)\b',
               r'\d+ ?(salaries|employes|collaborateurs|permanents|etp)\b[^.]{0,80}rameau',
               r'effectif', r'equipe de \d+'],
              'subject'),
    's6711': (['observatoire', r'/contact'],
              [r'telephone', r'\btel\b', r'(\+33|\b0[1-9])([ .]?\d{2}){4}'],
              'subject'),
    's6714': (['fonds odd 17', '1,5 m'],
              [r'premiere annee', r'\bpar an\b', r'annuel', r'tranche', r'\b(en|pour) 202[0-3]\b[^.]{0,30}\d+ ?(k|m)?€',
               r'\d+ ?(k|m)?€[^.]{0,30}\b(en|pour) 202[0-3]\b'],
              'subject'),
    's6735': (['fondation des territoires'],
              [r'presid', r'dirigee par', r'directeur|directrice'],
              'subject'),
    's6751': (['webinaire'],
              [r'\b\d{1,2} ?h ?(\d{2})?\b', r'\bheure', r'\bmatin\b|apres-midi|\bsoir\b'],
              'subject'),
    's6752': (['normandie'],
              [r'normand\w*[^.]{0,80}\d+%', r'\d+%[^.]{0,80}normand'],
              'all'),
    's6760': (['re-co', 'membres fondateurs'],
              [r'tresori', r'caissier', r'comptable', r'finances? de la cooperative'],
              'file'),
}


def main():
    qs = {}
    with open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') as fh:
        for line in fh:
            d = json.loads(line)
            qs[d['id']] = d
    un = sorted(k for k, d in qs.items() if d['kind'] == 'unanswerable')
    if un != sorted(CHECKS):
        print('ATTENTION : unanswerable du fichier %s != controles %s' % (un, sorted(CHECKS)))
    import pypdf
    pages = []  # (fichier, no, texte normalise)
    for p in PDFS:
        r = pypdf.PdfReader(p)
        for i, pg in enumerate(r.pages, 1):
            pages.append((os.path.basename(p), i, norm(pg.extract_text() or '')))
    print('%d PDF, %d pages lues' % (len(PDFS), len(pages)))
    bad = 0
    for qid in sorted(CHECKS):
        subj, answers, scope = CHECKS[qid]
        subj_n = [norm(s) if not s.startswith('/') else s for s in subj]
        hits = [(f, i, t) for f, i, t in pages if all(s in t for s in subj_n)]
        if scope == 'subject':  # toutes les pages qui mentionnent le premier terme du sujet
            pool = [(f, i, t) for f, i, t in pages if subj_n[0] in t]
        elif scope == 'file':
            files = {f for f, _, _ in hits}
            pool = [(f, i, t) for f, i, t in pages if f in files]
        else:
            pool = pages
        found = []
        for f, i, t in pool:
            for pat in answers:
                for m in re.finditer(pat, t):
                    a, b = max(0, m.start() - 50), min(len(t), m.end() + 50)
                    found.append('%s p.%d [%s] ...%s...' % (f, i, pat, t[a:b]))
        ok = bool(hits) and not found
        bad += not ok
        print('\n%s  %s' % (qid, qs.get(qid, {}).get('question', '?')))
        print('  sujet %r present sur %d page(s) : %s' % (subj, len(hits),
                                                         ', '.join('%s p.%d' % (f, i) for f, i, _ in hits[:8])))
        print('  motifs de reponse cherches (%s, %d page(s)) : %s' % (scope, len(pool), ' | '.join(answers)))
        for x in found:
            print('  TROUVE : ' + x)
        print('  verdict : %s' % ('OK (sujet present, aucune reponse)' if ok else 'A VERIFIER'))
    print('\n%d near-miss controle(s), %d a verifier' % (len(CHECKS), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
