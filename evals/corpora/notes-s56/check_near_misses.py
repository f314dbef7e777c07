#!/usr/bin/env python3
"""Recherche par expressions régulières, sur les 13 PDF (5 générés + 8 réels), de tout passage
qui pourrait répondre aux 7 questions sans réponse. Affiche chaque occurrence pour relecture."""
import os, re, glob
from pypdf import PdfReader
HERE = os.path.dirname(os.path.abspath(__file__))
files = sorted(glob.glob(os.path.join(HERE, 'obs-s56-*.pdf'))) + \
        sorted(glob.glob('/work/shared/realworld-pdfs/real-*.pdf'))
texts = {}
for f in files:
    for i, p in enumerate(PdfReader(f).pages, 1):
        texts[(os.path.basename(f), i)] = ' '.join((p.extract_text() or '').split())
PATTERNS = {
 'missions de la Fondation des Territoires': r'missions?.{0,120}Fondation des Territoires|Fondation des Territoires.{0,200}missions?',
 'Gabriel Attal (contexte)': r'.{0,80}Attal.{0,80}',
 'fonction près de Attal': r'Attal.{0,40}(ministre|secrétaire|secrétariat|porte-parole)|(ministre|secrétaire)[^.]{0,40}Attal',
 'catalyseurs (montant ?)': r'.{0,100}catalyseur.{0,100}',
 'Normandie': r'.{0,100}Normandi.{0,100}',
 'ventilation régionale': r'(par|ventilation).{0,10}r[ée]gion',
 'territoire en mouvement': r'.{0,60}en mouvement.{0,60}',
 'urgence des partenariats': r'.{0,80}urgent.{0,80}',
 '2010 près de Français': r'2010.{0,80}Français|Français.{0,80}2010',
 'PHARE-Institutions': r'.{0,80}PHARE-Institutions.{0,80}',
 'N maires': r'\d[\d ]* maires',
}
for name, pat in PATTERNS.items():
    print('##', name)
    for (f, p), t in texts.items():
        for m in re.finditer(pat, t, flags=re.I):
            print(f'   {f} p.{p} | {m.group(0)[:200]}')
