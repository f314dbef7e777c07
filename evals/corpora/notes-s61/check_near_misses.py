#!/usr/bin/env python3
"""Contrôle des 7 questions sans réponse du jeu s61 (quasi-réponses).

Pour chaque question : une expression « sujet » doit trouver au moins un passage (le corpus
connaît le sujet) et les expressions « réponse » ne doivent rien trouver (aucun passage ne
répond). Texte extrait par pypdf, page par page, espaces normalisés, sur les 6 PDF générés et
les 8 PDF réels.

Usage : /work/main/.venv/bin/python check_near_misses.py [--docs .] [--real /work/shared/realworld-pdfs]
Sortie : code 0 si tout est conforme, 1 sinon.
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
    's6106': {  # effectif du RAMEAU
        'topic': [r'Le RAMEAU'],
        'answer': [r'RAMEAU[^.]{0,150}?\b\d[\d  ]*\s*(salariés|collaborateurs|permanents|employés|ETP)',
                   r'(salariés|collaborateurs|permanents|effectif)[^.]{0,100}RAMEAU'],
    },
    's6115': {  # fonction de Cathy Racon-Bouzon
        'topic': [r'Racon-Bouzon'],
        'answer': [r'Racon-Bouzon[^.]{0,60}(député|élue|parlementaire|ministre|sénat|présidente|rapporteu)',
                   r'(député|parlementaire|rapporteu|élue)[^.]{0,60}Racon-Bouzon'],
    },
    's6123': {  # taille de l'échantillon ARPEA – Entreprises & Territoires
        'topic': [r'ARPEA\s*[–-]\s*Entreprises & Territoires'],
        'answer': [r'Entreprises & Territoires[^.]{0,300}?\d[\d  ]*\s*(entreprises|dirigeants|répondants)\s+(interrog|ont répondu|sondé)',
                   r'Entreprises & Territoires[^.]{0,300}?échantillon'],
    },
    's6130': {  # trésorier de la Fondation des Territoires
        'topic': [r'Fondation des Territoires'],
        'answer': [r'trésori'],
    },
    's6139': {  # ventilation régionale (Bretagne) de l'enquête Élus locaux 2024
        'topic': [r'IMPACTS & TRAJECTOIRES'],
        # « Grande-Bretagne » (EDF) et « Vincent Breton » (guide MITI) ne sont pas des réponses
        'answer': [r'(?<!Grande-)Bretagne', r'\b(?-i:bretons?|bretonnes?)\b',
                   r'IMPACTS & TRAJECTOIRES[^.]{0,300}?(par région|ventilation régionale|régions?\s*:)'],
    },
    's6143': {  # deuxième session du parcours d'expérience CGET
        'topic': [r'Première session le 3 mai'],
        'answer': [r'(deuxième|seconde|2e|2ème|second)\s+session'],
    },
    's6148': {  # ARPEA : part des Français jugeant urgent de créer des partenariats en 2010
        'topic': [r'jug\w+ urgent'],
        'answer': [r'2010[^.]{0,120}urgent', r'urgent[^.]{0,120}2010'],
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
    paths = sorted(glob.glob(os.path.join(a.docs, 'obs-s61-*.pdf'))) + \
        sorted(glob.glob(os.path.join(a.real, 'real-*.pdf')))
    print(f'{len(paths)} PDF lus')
    pages = load(paths)

    qfile = os.path.join(a.docs, 'questions.jsonl')
    unans = {}
    if os.path.exists(qfile):
        for line in open(qfile, encoding='utf-8'):
            q = json.loads(line)
            if q['kind'] == 'unanswerable':
                unans[q['id']] = q['question']
    bad = 0
    if unans and set(unans) != set(CHECKS):
        print('ERREUR : ids sans réponse', sorted(unans), '≠ contrôles', sorted(CHECKS))
        bad += 1
    for qid, chk in CHECKS.items():
        print(f'\n== {qid} : {unans.get(qid, "?")}')
        topic_hits = [(f, i) for f, i, t in pages
                      if any(re.search(rx, t, re.I) for rx in chk['topic'])]
        print(f'   sujet présent sur {len(topic_hits)} page(s) :',
              ', '.join(f'{f}#p{i}' for f, i in topic_hits[:6]),
              '…' if len(topic_hits) > 6 else '')
        if not topic_hits:
            print('   ERREUR : le sujet est absent, ce n’est pas une quasi-réponse')
            bad += 1
        ans_hits = []
        for f, i, t in pages:
            for rx in chk['answer']:
                for m in re.finditer(rx, t, re.I):
                    ans_hits.append((f, i, t[max(0, m.start() - 60):m.end() + 60]))
        if ans_hits:
            bad += 1
            for f, i, ctx in ans_hits:
                print(f'   ERREUR : passage candidat {f}#p{i} : …{ctx}…')
        else:
            print('   aucun passage ne répond (' + ' | '.join(chk['answer']) + ')')
    print()
    if bad:
        print(f'{bad} problème(s)')
        sys.exit(1)
    print('OK : 7 questions sans réponse contrôlées, aucun passage ne répond')


if __name__ == '__main__':
    main()
