#!/usr/bin/env python3
"""Contrôle des 7 questions sans réponse du jeu s60 (quasi-réponses).

Pour chaque question : (1) des motifs « sujet » doivent exister dans le corpus (le corpus connaît le
sujet), (2) des motifs « réponse » ne doivent rien trouver dans les 14 PDF (6 générés + 8 réels).
Texte extrait par pypdf, page par page, espaces normalisés.

Usage : /work/main/.venv/bin/python check_near_misses.py [--docs .] [--real /work/shared/realworld-pdfs]
Sortie : code 1 si un motif « réponse » trouve un passage ou si un motif « sujet » ne trouve rien.
"""
import argparse
import glob
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))

CHECKS = {
    's6006': dict(
        topic=[r'Alsace Active'],
        answer=[r'Alsace Active.{0,250}\d', r'\d[\d  ]*\s*(structures )?(adhérent|membre)s?.{0,250}Alsace Active',
                r'Alsace Active.{0,250}(adhérent|membre|réseau de)'],
    ),
    's6015': dict(
        topic=[r'Groupe La Poste'],
        answer=[r'La Poste.{0,300}chiffre d.affaires', r'chiffre d.affaires.{0,300}La Poste',
                r'La Poste.{0,200}\d[\d,  ]*\s*(milliards|millions|Md|M€|M\s?€)'],
    ),
    's6024': dict(
        topic=[r'associations employeuses', r'Normandie'],
        # « Grande-Bretagne » (EDF) et le nom propre « Vincent Breton » (guide MITI) ne sont pas des réponses.
        answer=[r'(?<!Grande-)Bretagne', r'(?-i:\bbreton(ne)?s?\b)'],
    ),
    's6033': dict(
        topic=[r'urgent de développer des partenariats', r'en 2008, puis 84 % en 2012'],
        answer=[r'2010.{0,200}urgen', r'urgen.{0,200}2010'],
    ),
    's6043': dict(
        topic=[r'Gabriel Attal'],
        answer=[r'Gabriel Attal.{0,100}(ministre|secrétaire|député|porte-parole|Premier|chargé)',
                r'(ministre|secrétaire d.État|député|porte-parole|Premier ministre).{0,60}Gabriel Attal',
                r'Attal,'],
    ),
    's6049': dict(
        topic=[r'Fondation des Territoires'],
        answer=[r'trésori', r'Fondation des Territoires.{0,300}(président|bureau|secrétaire général)'],
    ),
    's6056': dict(
        topic=[r'PHARE-Institutions', r'5 profils de maires'],
        answer=[r'PHARE.?Institutions.{0,300}(interrog|échantillon|répondant|enquêt)',
                r'(interrog|échantillon|répondant).{0,300}PHARE.?Institutions',
                # les 302 maires appartiennent au baromètre de 2024, pas à PHARE-Institutions
                r'\b(?!302\b)\d{1,3}(?:[  ]\d{3})*\s+maires (interrogés|ont répondu|répondants)'],
    ),
}


def load(paths):
    pages = []
    for p in paths:
        r = PdfReader(p)
        for i, pg in enumerate(r.pages, 1):
            pages.append((os.path.basename(p), i, ' '.join((pg.extract_text() or '').split())))
    return pages


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--docs', default=HERE)
    ap.add_argument('--real', default='/work/shared/realworld-pdfs')
    ap.add_argument('--questions', default=os.path.join(HERE, 'questions.jsonl'))
    a = ap.parse_args()
    files = sorted(glob.glob(os.path.join(a.docs, 'obs-s60-*.pdf'))) + \
        sorted(glob.glob(os.path.join(a.real, 'real-*.pdf')))
    pages = load(files)
    print(f'{len(files)} PDF, {len(pages)} pages lues')
    qs = {}
    with open(a.questions, encoding='utf-8') as f:
        for line in f:
            q = json.loads(line)
            qs[q['id']] = q
    unans = [k for k, q in qs.items() if q['kind'] == 'unanswerable']
    bad = 0
    if sorted(unans) != sorted(CHECKS):
        print('ERREUR : les questions sans réponse ne correspondent pas aux contrôles', sorted(unans))
        bad += 1
    for qid, chk in CHECKS.items():
        print(f'\n== {qid} : {qs[qid]["question"]}')
        for pat in chk['topic']:
            hits = [(f, i) for f, i, t in pages if re.search(pat, t, re.I)]
            print(f'  sujet   /{pat}/ : {len(hits)} page(s) {hits[:4]}')
            if not hits:
                bad += 1
                print('  ERREUR : le corpus ne connaît pas ce sujet')
        for pat in chk['answer']:
            hits = []
            for f, i, t in pages:
                for m in re.finditer(pat, t, re.I):
                    s = max(0, m.start() - 60)
                    hits.append((f, i, t[s:m.end() + 60]))
            print(f'  réponse /{pat}/ : {len(hits)} passage(s)')
            for h in hits[:5]:
                print('    ', h)
            bad += len(hits)
    print('\nRÉSULTAT :', 'OK, aucun passage ne répond aux 7 questions' if not bad else f'{bad} problème(s)')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
