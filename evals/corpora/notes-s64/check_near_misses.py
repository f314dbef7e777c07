#!/usr/bin/env python3
"""Vérifie que les 7 questions sans réponse du jeu s64 n'ont de réponse dans aucun PDF.

Lit le texte pypdf de chaque page des PDF générés (obs-s64-*.pdf, dossier du script) et des
8 PDF réels (/work/shared/realworld-pdfs). Pour chaque question : des motifs « réponse »
(qui ne doivent jamais correspondre) et des motifs « voisins » (qui montrent que le corpus
connaît le sujet ; ils doivent correspondre au moins une fois). Sortie 1 en cas d'échec.
"""
import glob
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = '/work/shared/realworld-pdfs'


def norm(s):
    return ' '.join(s.split())


def load():
    pages = []
    files = sorted(glob.glob(os.path.join(HERE, 'obs-s64-*.pdf'))) + \
        sorted(glob.glob(os.path.join(REAL, 'real-*.pdf')))
    for f in files:
        for i, p in enumerate(PdfReader(f).pages, 1):
            pages.append((os.path.basename(f), i, norm(p.extract_text() or '')))
    return files, pages


def window(text, anchor, width):
    """Fenêtres de `width` caractères autour de chaque occurrence d'anchor (regex)."""
    for m in re.finditer(anchor, text):
        yield text[max(0, m.start() - width): m.end() + width]


PHONE = r'(?:\+33\s?|\b0)[1-9](?:[\s.\-]?\d{2}){4}\b'
TIME = r'\b\d{1,2}\s?h\s?\d{0,2}\b|\b\d{1,2}:\d{2}\b'

CHECKS = [
    ('s6412', 'téléphone du service de presse du RAMEAU',
     # réponse : un numéro de téléphone sur une page qui parle de presse ou du RAMEAU
     lambda t: (re.search(r'(?i)presse|RAMEAU', t) and re.search(PHONE, t)) or
               re.search(r'(?i)t[ée]l(?:[ée]phone)?\.?\s*:\s*[+\d]', t) and re.search(r'RAMEAU', t),
     r'CONTACTS PRESSE'),
    ('s6422', 'heure du 5e webinaire « l’ODD 17 en pratique »',
     # ancre sur l'intitulé du webinaire : l'en-tête du courriel (« Date : 2 nov., 08:30 »,
     # objet mentionnant « un webinaire ») est un piège connu, pas un horaire du webinaire
     lambda t: any(re.search(TIME, w) for w in window(t, r'(?i)ODD 17 en pratique|5e webinaire', 150)),
     r'5e webinaire'),
    ('s6428', 'circonscription / mandat de Cathy Racon-Bouzon',
     lambda t: re.search(r'(?i)circonscription|d[ée]put[ée]e?\b|Bouches-du-Rh[ôo]ne|Marseille', t)
               and re.search(r'Racon-Bouzon', t),
     r'Cathy Racon-Bouzon'),
    ('s6437', 'effectif salarié du RAMEAU',
     lambda t: any(re.search(r'\b\d[\d\s]*\s(?:salariés|collaborateurs|permanents|employés)', w)
                   for w in window(t, r'RAMEAU', 120)),
     r'Le RAMEAU'),
    ('s6443', 'dotation de la Fondation des Territoires',
     lambda t: re.search(r'Fondation des Territoires[^.]{0,80}(?:dot[ée]e|dotation|M€|millions? d)', t)
               or re.search(r'(?:dotation|M€)[^.]{0,40}Fondation des Territoires', t),
     r'Fondation des Territoires'),
    ('s6452', 'nombre de maires interrogés pour PHARE-Institutions',
     lambda t: any(re.search(r'PHARE-Institutions', sent) and
                   re.search(r'\b\d[\d\s]*\s(?:maires|élus|répondants|personnes)\b', sent)
                   for sent in re.split(r'(?<=[.;])\s', t)),
     r'PHARE-Institutions'),
    ('s6457', 'trésorier de la coopérative Re-Co',
     lambda t: re.search(r'(?i)trésori[eè]re?|caissi[eè]re?|comptable', t) and re.search(r'Re-Co', t),
     r'MEMBRES FONDATEURS'),
]


def main():
    files, pages = load()
    print(f'{len(files)} PDF, {len(pages)} pages lues')
    bad = 0
    for qid, what, is_answer, neighbour in CHECKS:
        hits = [(f, i) for f, i, t in pages if is_answer(t)]
        near = [(f, i) for f, i, t in pages if re.search(neighbour, t)]
        status = 'OK' if not hits and near else 'ÉCHEC'
        if status != 'OK':
            bad += 1
        print(f'{status}  {qid}  {what}')
        print(f'      passages « réponse » trouvés : {hits if hits else "aucun"}')
        print(f'      sujet présent (voisin {neighbour!r}) : {near[:4]}{" …" if len(near) > 4 else ""}')
    if bad:
        print(f'{bad} contrôle(s) en échec')
        sys.exit(1)
    print('Aucune des 7 questions sans réponse ne trouve de réponse dans le corpus.')


if __name__ == '__main__':
    main()
