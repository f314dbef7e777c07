#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Controle des 7 questions « near-miss » (unanswerable) du jeu s71.

Pour chaque question : (1) le SUJET est bien present dans le corpus (au moins une page des 14 PDF,
texte pypdf normalise comme check_questions.py) ; (2) aucune REPONSE n'existe : les motifs qui
porteraient la reponse ne sont trouves sur aucune page pertinente des 14 PDF.

Usage : python check_near_misses.py [DOSSIER_DES_6_PDF]   (par defaut : dossier du script)
Sortie : un bloc par question, puis un resume ; code 1 si un controle echoue.
"""
import json
import os
import re
import sys
import unicodedata

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
GEN_DIR = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else HERE
REAL_DIR = '/work/shared/realworld-pdfs'


def norm(s):  # meme normalisation que /work/blind/brief/check_questions.py
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower()
    s = re.sub(r"[\u2019\u2018\u02bc\u0060\u00b4\u2032']", "'", s)
    s = re.sub(r'[\u2010\u2011\u2012\u2013\u2014\u2212]', '-', s)
    s = re.sub(r'\s+', ' ', s)
    s = re.sub(r'(?<=\d) (?=\d)', '', s)
    s = re.sub(r' (?=[%\u20ac])', '', s)
    return s.strip()


def load():
    pages = []
    files = sorted(f for f in os.listdir(GEN_DIR) if f.startswith('obs-s71-') and f.endswith('.pdf'))
    files = [os.path.join(GEN_DIR, f) for f in files]
    files += sorted(os.path.join(REAL_DIR, f) for f in os.listdir(REAL_DIR) if f.endswith('.pdf'))
    for path in files:
        r = pypdf.PdfReader(path)
        for i, p in enumerate(r.pages, 1):
            pages.append((os.path.basename(path), i, norm(p.extract_text() or '')))
    return files, pages


def snippet(text, m, width=70):
    a = max(0, m.start() - width)
    b = min(len(text), m.end() + width)
    return '…' + text[a:b] + '…'


def find(pages, pattern, where=None):
    rx = re.compile(pattern)
    out = []
    for f, i, t in pages:
        if where and not all(re.search(w, t) for w in where):
            continue
        for m in rx.finditer(t):
            out.append((f, i, snippet(t, m)))
    return out


# Chaque controle : id, question, motifs du sujet (tous doivent etre trouves quelque part),
# recherches de reponse (motif, conditions de page) qui doivent toutes revenir vides,
# et un indice explicite d'absence facultatif (doit etre trouve).
PHONE = r'(?:\+33 ?|\b0)[1-9](?:[ .-]?\d{2}){4}\b|\btel(?:ephone)? ?:|\btel\. ?\d'
CHECKS = [
    ('s7106', "numero de telephone de l'Observatoire des partenariats",
     [r'observatoire-des-partenariats\.fr/contact', r'formulaire en ligne'],
     [(PHONE, [r'observatoire des partenariats|observatoire-des-partenariats']),
      (r'\b0[1-9]\d{8}\b', [r'observatoire des partenariats|observatoire-des-partenariats'])],
     None),
    ('s7115', "nombre de repondants de l'etude IMPACT - Associations & Territoires",
     [r'impact - associations & territoires', r'148000 associations employeuses'],
     [(r'\d+ ?(?:repondants|associations repondantes|associations interrogees|questionnaires)',
       [r'impact - associations & territoires', r'98%']),
      (r'base : [^.]*\d', [r'impact - associations & territoires', r'98%', r'mecenat'])],
     r"effectif de l'echantillon non repris"),
    ('s7122', "heure de la soiree de lancement de la Charte du faire alliance",
     [r'charte du faire alliance', r'saint-maurice', r'30 novembre 2021'],
     [(r'\b\d{1,2} ?h ?\d{0,2}\b(?! ?\d)|\b\d{1,2}:\d{2}\b|\bheures?\b',
       [r'charte du faire alliance'])],
     None),
    ('s7130', "tresorier de la Fondation des Territoires",
     [r'fondation des territoires', r'21 co-fondateurs'],
     [(r'tresori(?:er|ere)', []),
      (r'(?:president|presidente|directeur|directrice)[^.]{0,40}fondation des territoires', [])],
     r'ne publie pas, a ce stade, la composition de son bureau'),
    ('s7136', "nombre de salaries de Le RAMEAU",
     [r'le rameau', r'creee? en 2006'],
     # la reponse devrait relier un effectif a Le RAMEAU dans la meme phrase (les « 10 salaries et plus »
     # de la note de 2016 portent sur des entreprises, pas sur Le RAMEAU)
     [(r'rameau[^.]{0,80}\b\d+ ?(?:salaries|salariees|collaborateurs|permanents|employes|etp)\b'
       r'|\b\d+ ?(?:salaries|salariees|collaborateurs|permanents|employes|etp)\b[^.]{0,80}rameau', []),
      (r'(?:effectif|equipe)s? (?:de|du) (?:le )?rameau', [])],
     None),
    ('s7139', "montant verse la premiere annee par le Fonds ODD 17",
     [r'fonds odd 17', r'1,5 ?m\u20ac'],
     [(r'(?:premiere annee|par an|annuel(?:le)?|chaque annee)[^.]{0,60}\d[\d,]* ?(?:m\u20ac|k\u20ac|\u20ac|euros)',
       [r'fonds odd 17']),
      (r'\d[\d,]* ?(?:m\u20ac|k\u20ac|\u20ac|euros)[^.]{0,60}(?:premiere annee|par an|annuel(?:le)?|chaque annee)',
       [r'fonds odd 17'])],
     r'aucun echeancier annuel'),
    ('s7147', "part des maires de Normandie en mouvement (elus locaux 2024)",
     [r'impacts & trajectoires', r'302 maires', r'normandie'],
     [(r'normandie', [r'impacts & trajectoires|302 maires|en mouvement'])],
     r'aucune ventilation par region'),
]


def main():
    files, pages = load()
    print('Corpus : %d PDF, %d pages' % (len(files), len(pages)))
    qpath = os.path.join(HERE, 'questions.jsonl')
    unans = {}
    if os.path.isfile(qpath):
        for line in open(qpath, encoding='utf-8'):
            d = json.loads(line)
            if d['kind'] == 'unanswerable':
                unans[d['id']] = d['question']
    bad = 0
    for qid, label, subj, answers, absent_hint in CHECKS:
        print('\n=== %s : %s' % (qid, label))
        if unans:
            if qid not in unans:
                print('  PROBLEME : %s n\'est pas une question unanswerable de questions.jsonl' % qid)
                bad += 1
            else:
                print('  question : %s' % unans[qid])
        ok = True
        for s in subj:
            hits = find(pages, s)
            if hits:
                f, i, sn = hits[0]
                print('  sujet present  [%s] : %d occurrence(s), ex. %s p.%d %s' % (s, len(hits), f, i, sn))
            else:
                print('  PROBLEME sujet absent [%s]' % s)
                ok = False
        for pat, where in answers:
            hits = find(pages, pat, where)
            cond = (' sur les pages contenant ' + ' ET '.join(where)) if where else ' (tout le corpus)'
            if hits:
                ok = False
                print('  PROBLEME reponse possible [%s]%s : %d' % (pat, cond, len(hits)))
                for f, i, sn in hits[:5]:
                    print('     %s p.%d %s' % (f, i, sn))
            else:
                print('  aucune reponse [%s]%s : 0 occurrence' % (pat, cond))
        if absent_hint:
            hits = find(pages, absent_hint)
            if hits:
                f, i, sn = hits[0]
                print('  absence explicite dans le corpus : %s p.%d %s' % (f, i, sn))
            else:
                print('  PROBLEME indice d\'absence introuvable [%s]' % absent_hint)
                ok = False
        print('  => %s' % ('OK (sujet present, reponse absente)' if ok else 'ECHEC'))
        bad += 0 if ok else 1
    extra = sorted(set(unans) - {c[0] for c in CHECKS})
    if extra:
        print('\nPROBLEME : unanswerables sans controle : %s' % ', '.join(extra))
        bad += 1
    print('\n%d controle(s), %d echec(s)' % (len(CHECKS), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
