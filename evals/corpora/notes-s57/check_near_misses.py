#!/usr/bin/env python3
"""Contrôle des 7 questions sans réponse du jeu s57.

Pour chaque question : une expression « sujet » (doit trouver au moins un passage : le corpus
connaît le sujet) et une ou plusieurs expressions « réponse » (ne doivent rien trouver : aucun
passage ne répond). Texte pypdf page par page, espaces normalisés, sur les 5 PDF générés et
les 8 PDF réels. Sort avec le code 1 si une expression « réponse » trouve quelque chose ou si
une expression « sujet » ne trouve rien.

Les expressions « réponse » sont sensibles à la casse (sauf (?i)) ; les expressions « info »
listent des passages voisins à relire à la main (ils ne font pas échouer le contrôle).

Usage : python check_near_misses.py [--docs .] [--real /work/shared/realworld-pdfs]
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
    's57-11': {  # effectif du RAMEAU
        'sujet': r'Le RAMEAU',
        'reponse': [r'(?i)RAMEAU.{0,150}\b(salariés|collaborateurs|permanents|effectif|ETP)\b',
                    r'(?i)\b(salariés|collaborateurs|permanents|effectif|ETP)\b.{0,150}RAMEAU'],
    },
    's57-21': {  # fonction de Gabriel Attal
        'sujet': r'Gabriel Attal',
        'reponse': [r'Attal.{0,80}(ministre|secrétaire|député|porte-parole|Premier)',
                    r'(ministre|secrétaire d.État|député|porte-parole)\W{0,3}Gabriel Attal'],
    },
    's57-30': {  # dotation de la Fondation des Territoires
        'sujet': r'Fondation des Territoires',
        'reponse': [r'Fondation des Territoires.{0,250}(€|euros|dotation|dotée|budget)',
                    r'(€|euros|dotation|dotée|budget).{0,120}Fondation des Territoires'],
    },
    's57-37': {  # ventilation régionale de l'enquête Elus locaux 2024
        'sujet': r'302 maires',
        'reponse': [r'(?<!Grande-)Bretagne|\bbretons?\b', r'302 maires.{0,300}(région|régional)'],
        'info': [r'Bretagne|[Bb]reton'],
    },
    's57-46': {  # urgence des partenariats en 2010
        'sujet': r'jugeaient urgent',
        'reponse': [r'2010.{0,200}urgent', r'urgent.{0,200}2010'],
    },
    's57-51': {  # trésorier de la Fondation des Territoires
        'sujet': r'Fondation des Territoires',
        'reponse': [r'(?i)trésori', r'Fondation des Territoires.{0,200}(présid|dirig|secrétaire général)'],
    },
    's57-56': {  # nombre de signataires de la Charte du faire alliance
        'sujet': r'Charte du faire alliance',
        'reponse': [r'faire alliance.{0,300}signataire', r'signataire.{0,300}faire alliance',
                    r'(faire alliance|[Cc]harte).{0,200}\d[\d  ]*\s+(organisations|acteurs|structures|signatures)',
                    r'\d[\d  ]*\s+(organisations|acteurs|structures)\s+(ont|l.ont)\s+signé'],
        'info': [r'[Ss]ignataire', r'a signé la Charte|signature de la Charte'],
    },
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
    a = ap.parse_args()
    paths = sorted(glob.glob(os.path.join(a.docs, 'obs-s57-*.pdf'))) + \
        sorted(glob.glob(os.path.join(a.real, 'real-*.pdf')))
    pages = load(paths)
    print(f'{len(paths)} PDF, {len(pages)} pages lues')
    qs = {}
    qfile = os.path.join(HERE, 'questions.jsonl')
    if os.path.exists(qfile):
        for line in open(qfile, encoding='utf-8'):
            d = json.loads(line)
            qs[d['id']] = d
    bad = 0
    for key, c in CHECKS.items():
        qid = key.replace('-', '')
        if qs:
            assert qs[qid]['kind'] == 'unanswerable', qid
        sujet = [(f, n) for f, n, t in pages if re.search(c['sujet'], t)]
        print(f'\n{qid} — sujet /{c["sujet"]}/ : {len(sujet)} page(s) ' +
              ', '.join(f'{f}:{n}' for f, n in sujet[:6]))
        if not sujet:
            print('  ERREUR : le sujet est absent du corpus (ce ne serait pas une quasi-réponse)')
            bad += 1
        for rx in c['reponse']:
            hits = []
            for f, n, t in pages:
                for m in re.finditer(rx, t):
                    s = max(0, m.start() - 60)
                    hits.append(f'{f}:{n} …{t[s:m.end() + 60]}…')
            print(f'  réponse /{rx}/ : {len(hits)} passage(s)')
            for h in hits[:5]:
                print('    ', h)
            if hits:
                bad += 1
        for rx in c.get('info', []):
            hits = []
            for f, n, t in pages:
                for m in re.finditer(rx, t):
                    s = max(0, m.start() - 60)
                    hits.append(f'{f}:{n} …{t[s:m.end() + 60]}…')
            print(f'  [revue manuelle, sans échec] /{rx}/ : {len(hits)} passage(s)')
            for h in hits[:8]:
                print('    ', h)
    print()
    if bad:
        print(f'{bad} contrôle(s) à examiner')
        sys.exit(1)
    print('OK : aucune des 7 questions sans réponse ne trouve de passage qui y réponde')


if __name__ == '__main__':
    main()
