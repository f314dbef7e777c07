#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verifie, sur le texte pypdf des 14 PDF (6 du jeu s79 + 8 reels), que les 7 questions
« presque » (unanswerable) n'ont pas de reponse dans le corpus.

Pour chaque question : on repere les pages qui parlent du sujet (ancre), on verifie que le sujet
est bien connu du corpus (au moins une page ancre), puis que l'information demandee
(motif) n'apparait sur aucune page ancre. Un motif global est aussi cherche partout quand il est
assez specifique. Usage : python check_near_misses.py [DOSSIER_DES_PDF_S79]
"""
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
    s = ''.join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[\u2019\u2018\u02bc`\u00b4']", "'", s)
    s = re.sub(r'[\u2010-\u2014\u2212]', '-', s)
    return re.sub(r'\s+', ' ', s)


def pages(pdf_dir):
    import pypdf
    out = []
    files = sorted(glob.glob(os.path.join(pdf_dir, 'obs-s79-*.pdf'))) + sorted(glob.glob(os.path.join(REAL, '*.pdf')))
    for f in files:
        for i, p in enumerate(pypdf.PdfReader(f).pages, 1):
            out.append((os.path.basename(f), i, norm(p.extract_text() or '')))
    return files, out


NUM = r'\d[\d ]*'
CHECKS = [
    # id, ancre (sujet connu), motifs interdits sur les pages ancre, motifs interdits partout
    ('s7954', r'odd 17 en pratique',
     [r'\b\d{1,2} ?h ?\d{0,2}\b', r'\d{1,2}:\d{2}', r'heure'], []),
    ('s7955', r'collectif normand des solidarites',
     [NUM + r' (adherent|membre|structures adherentes)', r'(compte|regroupe|rassemble|federe) ' + NUM], []),
    ('s7956', r'fondation des territoires',
     [r'tresori'], [r'tresorier de la fondation des territoires']),
    ('s7957', r'impacts (&|et) trajectoires|302 maires',
     [r'normandie', r'bretagne', r'occitanie', r'region', r'par departement'], []),
    ('s7958', r'vitawin',
     [NUM + r' (participants|personnes|invites|convives|inscrits)'], []),
    ('s7959', r"territoire d'alliances",
     [NUM + r' (dossiers|candidatures)', r'dossiers (ont ete )?recus'], []),
    ('s7960', r'fondation des territoires',
     [r'budget', r'€', r'euros', r'dotation'], [r'budget (annuel )?de la fondation des territoires']),
]


def main():
    pdf_dir = sys.argv[1] if len(sys.argv) > 1 else HERE
    files, pg = pages(pdf_dir)
    qs = {}
    with open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') as fh:
        for line in fh:
            q = json.loads(line)
            qs[q['id']] = q
    print('%d PDF, %d pages lues' % (len(files), len(pg)))
    fails = 0
    for qid, anchor, local, glob_pats in CHECKS:
        q = qs[qid]
        assert q['kind'] == 'unanswerable', qid
        anchored = [(f, i, t) for f, i, t in pg if re.search(anchor, t)]
        problems = []
        if not anchored:
            problems.append('sujet absent du corpus (ancre %r introuvable) : ce ne serait pas un « presque »' % anchor)
        for f, i, t in anchored:
            for pat in local:
                m = re.search(pat, t)
                if m:
                    problems.append('%s p.%d : %r trouve (%r)' % (f, i, pat, t[max(0, m.start() - 40):m.end() + 40]))
        for f, i, t in pg:
            for pat in glob_pats:
                if re.search(pat, t):
                    problems.append('%s p.%d : %r trouve' % (f, i, pat))
        status = 'OK   ' if not problems else 'ECHEC'
        if problems:
            fails += 1
        print('%s %s — %s  [sujet present sur %d page(s) : %s]' % (
            status, qid, q['question'], len(anchored),
            ', '.join('%s p.%d' % (f, i) for f, i, _ in anchored[:4])))
        for p in problems:
            print('      ', p)
    print('%d verification(s), %d echec(s)' % (len(CHECKS), fails))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
