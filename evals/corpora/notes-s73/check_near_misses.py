#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verifie les 7 questions « presque » (unanswerable) du jeu s73.

Pour chaque question :
  - « present » : le sujet est bien connu du corpus (chaque motif doit apparaitre quelque part) ;
  - « absent »  : ce qui est demande n'y figure pas. Chaque regle = (motif de portee, motif interdit) :
    sur toute page dont le texte contient le motif de portee, le motif interdit ne doit pas apparaitre.
Le texte est celui de pypdf, page par page, normalise comme dans check_questions.py (casse, accents,
apostrophes, blancs, separateurs de milliers, espace avant % et EUR).
Corpus : les 6 PDF obs-s73-*.pdf (dossier de ce script) + les 8 PDF de /work/shared/realworld-pdfs.

Usage : python check_near_misses.py [--questions questions.jsonl]
Code de retour 1 s'il y a au moins un echec.
"""
import argparse
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = '/work/shared/realworld-pdfs'


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower()
    s = re.sub(r"[\u2019\u2018\u02bc\u0060\u00b4\u2032']", "'", s)
    s = re.sub(r'[\u2010\u2011\u2012\u2013\u2014\u2212]', '-', s)
    s = re.sub(r'\s+', ' ', s)
    s = re.sub(r'(?<=\d) (?=\d)', '', s)
    s = re.sub(r' (?=[%\u20ac])', '', s)
    return s.strip()


def load_corpus():
    import pypdf
    files = sorted(glob.glob(os.path.join(HERE, 'obs-s73-*.pdf'))) + sorted(glob.glob(os.path.join(REAL, '*.pdf')))
    pages = []
    for f in files:
        r = pypdf.PdfReader(f)
        for i, p in enumerate(r.pages, 1):
            pages.append((os.path.basename(f), i, norm(p.extract_text() or '')))
    return files, pages


ALL = r'.'          # portee : toutes les pages
MINE = 'obs-s73-'   # prefixe des PDF generes

# question (debut, pour retrouver la ligne du jsonl) -> regles
NEAR = [
    {'q': 'Combien d’adhérents compte le réseau Passerelles',
     'present': [r'passerelles centre-val de loire', r'referents departementaux'],
     'absent': [(r'passerelles', r'\b\d+ ?(adherents?|structures adherentes|membres adherents|organisations '
                                 r'membres|structures membres)\b'),
                (r'passerelles', r"nombre d'adherents"),
                (r'passerelles', r'\badherents ?:')]},
    {'q': 'Qui est le trésorier de la Fondation des Territoires',
     'present': [r'fondation des territoires', r'14 juin 2022'],
     'absent': [(r'fondation des territoires', r'tresori(er|ere)'),
                (ALL, r'tresori\w* de la fondation des territoires')]},
    {'q': 'À quelle heure a commencé la soirée VitaWin',
     'present': [r'vitawin', r'30 novembre 2021'],
     # une heure s'ecrit « a 18 h », « des 19 h 30 », « vers 18h » ; l'index a une lettre-vedette « H »
     # (« 47 H Heidsieck ») qu'il ne faut pas prendre pour une heure
     'absent': [(r'vitawin|charte du faire alliance',
                 r"\b(a|des|vers|de|partir de|jusqu'a) ([01]?\d|2[0-3]) ?h ?([0-5]\d)?\b"),
                (r'vitawin|charte du faire alliance', r'\b\d{1,2}:\d{2}\b'),
                (r'vitawin|charte du faire alliance', r'\b\d{1,2} heures\b')]},
    {'q': 'En Bretagne, quel pourcentage de maires',
     'present': [r'302 maires', r'91% d'],
     'absent': [(r'maires', r'bretagne'), (r'302 maires|impacts & trajectoires', r'bretagne|breton')]},
    {'q': 'Combien de dossiers ont été déposés pour le Prix Passerelles',
     'present': [r'prix passerelles', r'palmares'],
     'absent': [(r'prix passerelles', r'\b\d+ (dossiers|candidatures|candidats|projets candidats)\b'),
                (r'prix passerelles', r'(dossiers|candidatures) (recus|deposes|recevables) ?:? ?\d')]},
    {'q': 'Pour la mission de référent bénévole, les frais de déplacement',
     'present': [r'frais de deplacement rembourses', r'mb-2025-07'],
     'absent': [(r'mb-2025-07', r'\u20ac'), (r'mb-2025-07', r'kilometr|\bkm\b'),
                (r'mb-2025-07', r'\d+[,.]\d+ ?(euros?|eur)\b')]},
    {'q': 'Combien de répondants du baromètre ESR 2023 de la CPESR travaillent à l’université de Strasbourg',
     'present': [r'plus de 220 etablissements', r'2460 repondants'],
     'absent': [(r'cpesr', r'strasbourg|unistra')]},
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--questions', default=os.path.join(HERE, 'questions.jsonl'))
    a = ap.parse_args()
    qs = [json.loads(l) for l in open(a.questions, encoding='utf-8') if l.strip()]
    unans = [q for q in qs if q['kind'] == 'unanswerable']
    files, pages = load_corpus()
    print('%d PDF, %d pages lues' % (len(files), len(pages)))
    fails = 0
    if len(files) != 14:
        print('ECHEC : 14 PDF attendus, %d trouves' % len(files))
        fails += 1
    covered = set()
    for rule in NEAR:
        match = [q for q in unans if q['question'].startswith(rule['q'])]
        if len(match) != 1:
            print('ECHEC : question introuvable dans le jsonl : %r' % rule['q'])
            fails += 1
            continue
        qid = match[0]['id']
        covered.add(qid)
        problems = []
        for pat in rule['present']:
            if not any(re.search(pat, t) for _, _, t in pages):
                problems.append('sujet absent du corpus : /%s/' % pat)
        for scope, bad in rule['absent']:
            for f, pg, t in pages:
                if re.search(scope, t):
                    m = re.search(bad, t)
                    if m:
                        ctx = t[max(0, m.start() - 60):m.end() + 60]
                        problems.append('/%s/ trouve dans %s p.%d : ...%s...' % (bad, f, pg, ctx))
        if problems:
            fails += 1
            print('ECHEC %s %s' % (qid, match[0]['question']))
            for p in problems:
                print('    ' + p)
        else:
            nscope = sum(1 for rule_scope, _ in rule['absent'] for _, _, t in pages if re.search(rule_scope, t))
            print('ok    %s %s  (%d couple(s) page-regle examine(s))' % (qid, match[0]['question'], nscope))
    for q in unans:
        if q['id'] not in covered:
            print('ECHEC : %s sans regle de verification' % q['id'])
            fails += 1
    print('%d question(s) presque verifiee(s) ; %d echec(s)' % (len(covered), fails))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
