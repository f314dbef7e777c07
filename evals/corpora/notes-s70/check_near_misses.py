#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Controle des 7 questions « near-miss » (unanswerable) du jeu s70.

Pour chacune : (1) le SUJET est bien present dans le corpus (motifs trouves, avec fichier/page) ;
(2) la REPONSE demandee n'existe pas : aucun motif de reponse dans les phrases (ou documents) qui
traitent du sujet. Texte : pypdf page par page, sur les 14 PDF (6 generes + 8 reels).
Usage : /work/main/.venv/bin/python check_near_misses.py   (code retour 1 si un controle echoue)
"""
import glob
import json
import os
import re
import sys
import unicodedata

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
PDFS = sorted(glob.glob(os.path.join(HERE, 'obs-s70-*.pdf'))) + \
    sorted(glob.glob('/work/shared/realworld-pdfs/*.pdf'))


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[\u2019\u2018']", "'", s)
    return re.sub(r'\s+', ' ', s)


PAGES = []  # (fichier, page, texte normalise)
for f in PDFS:
    for i, p in enumerate(pypdf.PdfReader(f).pages, 1):
        PAGES.append((os.path.basename(f), i, norm(p.extract_text() or '')))


def sentences(t):
    return re.split(r'(?<=[.!?;])\s+|\s[—•]\s', t)


def find(pat, files=None):
    hits = []
    for f, i, t in PAGES:
        if files and f not in files:
            continue
        m = re.search(pat, t)
        if m:
            hits.append((f, i, t[max(0, m.start() - 60):m.end() + 60]))
    return hits


def sent_with(subject, answer, files=None):
    """phrases contenant le sujet ET un motif de reponse."""
    bad = []
    n = 0
    for f, i, t in PAGES:
        if files and f not in files:
            continue
        for s in sentences(t):
            if re.search(subject, s):
                n += 1
                if re.search(answer, s):
                    bad.append((f, i, s[:200]))
    return n, bad


RECO = ['real-recoop-plaquette.pdf']
CHECKS = [
    ('telephone de Re-Co',
     [r'info@re-co\.ch', r'av\. de morges 63'],
     ('doc', RECO, r'(\+41|\b0\d{2}[ .]?\d{3}[ .]?\d{2}[ .]?\d{2}\b|telephone|\btel\b|\btel\.)')),
    ('frequentation de la soiree VitaWin',
     [r'vitawin', r'saint-maurice'],
     ('sent', r'vitawin|saint-maurice', r'\d+ ?(personnes|participants|invites|convives|inscrits)')),
    ('chiffre regional Normandie',
     [r'normandie', r'rapport regional'],
     ('sent', r'normandie|normand', r'%')),
    ('effectif salarie du RAMEAU',
     [r'le rameau', r'2006'],
     ('sent', r'rameau', r'\d[\d ]* ?(salarie|employe|permanent|collaborateur|etp)|effectif')),
    ('heure du 5e webinaire ODD 17',
     [r'webinaire', r'26 nov'],
     ('sent', r'webinaire', r'\b\d{1,2} ?h( ?\d{2})?\b|heure')),
    ('tresorier de la Fondation des Territoires',
     [r'fondation des territoires', r'co-fondateurs'],
     ('sent', r'fondation des territoires|co-fondateurs', r'tresori|bureau de la fondation|president de la fondation')),
    ('tonnage donne par Libertad en Argentine',
     [r'libertad', r'banques alimentaires', r'argentin'],
     ('sent', r'argentin|libertad', r'tonne')),
]


def main():
    ok = True
    qpath = os.path.join(HERE, 'questions.jsonl')
    unans = [json.loads(l) for l in open(qpath, encoding='utf-8') if json.loads(l)['kind'] == 'unanswerable']
    print('%d questions unanswerable dans questions.jsonl ; %d controles\n' % (len(unans), len(CHECKS)))
    for (label, subj, (mode, *rest)), q in zip(CHECKS, unans):
        print('== %s — %s : %s' % (q['id'], label, q['question']))
        for pat in subj:
            h = find(pat)
            print('   sujet %-28r : %d page(s)%s' % (pat, len(h), (' ; ex. %s p.%d « …%s… »' % h[0]) if h else ''))
            if not h:
                ok = False
                print('   ECHEC : sujet absent')
        if mode == 'doc':
            files, ans = rest
            h = find(ans, files)
            print('   reponse %r dans %s : %d page(s)' % (ans, files, len(h)))
            for x in h:
                print('      ', x)
            if h:
                ok = False
        else:
            sub, ans = rest
            n, bad = sent_with(sub, ans)
            print('   %d phrase(s) sur le sujet %r ; avec un motif de reponse %r : %d' % (n, sub, ans, len(bad)))
            for x in bad:
                print('       ', x)
            if bad or n == 0:
                ok = False
        print('   -> %s\n' % ('OK (sujet present, pas de reponse)' if ok else 'A VERIFIER'))
    print('RESULTAT :', 'tous les controles passent' if ok else 'au moins un controle echoue')
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
