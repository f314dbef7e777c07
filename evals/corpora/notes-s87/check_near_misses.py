#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verifie, sur le texte pypdf des 14 PDF (6 du jeu s87 + 8 reels), que les 7 questions
« presque » (unanswerable) n'ont vraiment pas de reponse : le sujet est present, l'element
demande est absent.

Usage : python check_near_misses.py [DOSSIER_S87] [DOSSIER_REELS]
Sortie : une ligne OK/ECHEC par controle, puis le nombre d'echecs ; code retour 1 si echec.
"""
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
MINE = sys.argv[1] if len(sys.argv) > 1 else HERE
REAL = sys.argv[2] if len(sys.argv) > 2 else '/work/shared/realworld-pdfs'


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[\u2019\u2018\u02bc`\u00b4']", "'", s)
    s = re.sub(r'[\u2010\u2011\u2012\u2013\u2014\u2212]', '-', s)
    return re.sub(r'\s+', ' ', s)


def load():
    import pypdf
    pages = []
    files = sorted(glob.glob(os.path.join(MINE, 'obs-s87-*.pdf'))) + sorted(glob.glob(os.path.join(REAL, '*.pdf')))
    for f in files:
        for i, p in enumerate(pypdf.PdfReader(f).pages, 1):
            pages.append((os.path.basename(f), i, norm(p.extract_text() or '')))
    return files, pages


def near(text, a_pat, b_pat, window):
    """Vrai si b_pat apparait a moins de `window` caracteres d'une occurrence de a_pat."""
    for m in re.finditer(a_pat, text):
        zone = text[max(0, m.start() - window): m.end() + window]
        if re.search(b_pat, zone):
            return True
    return False


def main():
    files, pages = load()
    qs = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
    un = [q for q in qs if q['kind'] == 'unanswerable']
    print('%d PDF, %d pages ; %d questions unanswerable' % (len(files), len(pages), len(un)))
    TIME = r'\b\d{1,2} ?h ?\d{0,2}\b|\b\d{1,2}:\d{2}\b'
    checks = [
        # (id, libelle, sujet present ?, fonction page -> True si la reponse semble presente)
        (un[0]['id'], 'effectif salarie de Le RAMEAU',
         r'le rameau',
         lambda t: near(t, r'rameau', r'\b\d+ ?(salaries?|collaborat\w+|permanents|employes|etp)\b|effectif', 150)),
        (un[1]['id'], 'heure du 3e diner Elus & Entreprises',
         r'elus & entreprises',
         lambda t: 'elus & entreprises' in t and re.search(TIME, t) is not None),
        (un[2]['id'], 'tresorier de la Fondation des Territoires',
         r'fondation des territoires',
         lambda t: 'fondation des territoires' in t and re.search(r'tresori(er|ere)', t) is not None),
        (un[3]['id'], 'chiffre regional Bretagne (IMPACT Associations & Territoires)',
         r'associations & territoires',
         lambda t: re.search(r'(?<!grande-)(?<!grande )bretagne', t) is not None and re.search(r'associations|rameau|observatoire', t) is not None),
        (un[4]['id'], 'taille d\'echantillon de PHARE-Institutions',
         r'phare-institutions',
         lambda t: 'phare-institutions' in t and re.search(r'\b\d+ maires\b|echantillon|interroge', t) is not None),
        (un[5]['id'], 'nombre de participants au lancement de Saint-Maurice',
         r'saint-maurice',
         lambda t: 'saint-maurice' in t and re.search(
             r'\b\d+ ?(participants?|personnes|invites|convives|spectateurs|presents)\b', t) is not None),
        (un[6]['id'], 'entrepreneurs finances en Afrique du Sud (REACH)',
         r'entrepreneur',
         lambda t: near(t, r'afrique du sud', r'\b\d+ ?(entrepreneur|porteur)', 120)
         or near(t, r'\b40 entrepreneur', r'afrique|senegal', 200)),
    ]
    fails = 0
    for qid, label, subject, bad in checks:
        present = sum(1 for _, _, t in pages if re.search(subject, t))
        hits = ['%s p.%d' % (f, i) for f, i, t in pages if bad(t)]
        ok = present > 0 and not hits
        if not ok:
            fails += 1
        print('%s %s : %s (sujet present sur %d page(s))%s' % ('OK    ' if ok else 'ECHEC ', qid, label, present,
                                                               '' if not hits else ' -> ' + ', '.join(hits)))
    print('%d echec(s)' % fails)
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
