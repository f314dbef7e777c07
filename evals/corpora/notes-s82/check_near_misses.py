#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verifie les 7 questions « presque » (unanswerable) du jeu s82.

Usage : /work/main/.venv/bin/python check_near_misses.py [questions.jsonl]

Pour chaque question unanswerable, sur le texte pypdf des 14 PDF (6 du jeu + 8 reels),
normalise comme le verificateur (casse, accents, apostrophes, blancs, milliers) :
  1. « sujet connu » : le corpus parle bien du sujet (au moins une page correspond) ;
  2. « absent »      : ce qui est demande n'apparait nulle part (aucune page ne correspond).
Sortie : une ligne par controle, puis le nombre d'echecs ; code 1 s'il y en a au moins un.
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
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower()
    s = re.sub(r"[\u2019\u2018\u02bc\u0060\u00b4\u2032']", "'", s)
    s = re.sub(r'[\u2010\u2011\u2012\u2013\u2014\u2212]', '-', s)
    s = re.sub(r'\s+', ' ', s)
    s = re.sub(r'(?<=\d) (?=\d)', '', s)
    s = re.sub(r' (?=[%\u20ac])', '', s)
    return s.strip()


def load_pages():
    import pypdf
    files = sorted(glob.glob(os.path.join(HERE, 'obs-s82-*.pdf'))) + sorted(glob.glob(os.path.join(REAL, '*.pdf')))
    pages = []
    for f in files:
        r = pypdf.PdfReader(f)
        for i, p in enumerate(r.pages, 1):
            pages.append((os.path.basename(f), i, norm(p.extract_text() or '')))
    return files, pages


def find(pages, pattern, where=None):
    """Pages (fichier, page, extrait) ou le motif apparait ; where = filtre de page facultatif."""
    rx = re.compile(pattern)
    hits = []
    for f, i, t in pages:
        if where and not where(f, t):
            continue
        m = rx.search(t)
        if m:
            hits.append((f, i, t[max(0, m.start() - 60):m.end() + 60]))
    return hits


TIME = r'(\b\d{1,2} ?h ?\d{0,2}\b|\b\d{1,2}:\d{2}\b|\bheures?\b)'

# id -> (description, [(motif sujet connu, filtre)], [(motif absent, filtre)])
CHECKS = {
    's8209': ('trésorier de la Fondation des Territoires',
              [(r'fondation des territoires', None)],
              [(r'tresori(er|ere)', None)]),
    's8219': ('heure du 3e dîner « Élus & Entreprises »',
              [(r'3e diner « ?elus & entreprises', None), (r'23 nov', lambda f, t: 'elus & entreprises' in t)],
              [(TIME, lambda f, t: 'elus & entreprises' in t or 'diner' in t)]),
    's8231': ('effectif salarié du RAMEAU',
              [(r'le rameau', None)],
              [(r'rameau[^.]{0,120}\b\d[\d ]*\s*(salarie|collaborat|permanent|employe|etp\b)', None),
               (r'(salarie|collaborat|permanent|employe|effectif)s?[^.]{0,80}\b(du|au) rameau', None),
               (r'effectif[^.]{0,80}rameau', None)]),
    's8238': ('chiffre breton de l\'étude IMPACT – Associations & Territoires',
              [(r'148000 associations employeuses', None), (r'98%', lambda f, t: 'associations employeuses' in t)],
              [(r'(?<!grande-)\bbretagne\b', None), (r'\bbretonnes?\b', None), (r'\bbretons\b', None)]),
    's8247': ('marge d\'erreur de l\'enquête auprès de 302 maires',
              [(r'302 maires', None)],
              [(r"marge d'erreur|intervalle de confiance|\u00b1|\+/-", lambda f, t: '302' in t or 'maires' in t)]),
    's8254': ('part du budget REACH affectée au Sénégal',
              [(r'budget total : 1,638m\u20ac', None), (r'senegal', lambda f, t: 'reach' in t)],
              # tout montant en euros du PDF PULSE doit etre l'un des deux montants globaux connus
              [(r'(?<![\d,])(?!1,638m\u20ac)(?!800000\u20ac)\d[\d,.]*\s?(m\u20ac|k\u20ac|\u20ac|euros?\b)',
                lambda f, t: f == 'real-pulse-reach-presentation.pdf'),
               (r'senegal[^.]{0,60}\d[\d,.]*\s?(m\u20ac|k\u20ac|\u20ac|euros?\b)', None)]),
    's8258': ('taille d\'échantillon du volet Entreprises de PHARE',
              [(r'entreprises en octobre 2015', None)],
              [(r'phare[^.]{0,150}(entreprises|dirigeants)\s+(interroge|repondant|sonde)', None),
               (r'(entreprises|dirigeants)\s+(interroge|repondant|sonde)[^.]{0,150}phare', None),
               (r'phare-entreprises[^.]{0,100}\d', None)]),
}


def main():
    qpath = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'questions.jsonl')
    with open(qpath, encoding='utf-8') as fh:
        qs = [json.loads(l) for l in fh if l.strip()]
    un = [q['id'] for q in qs if q['kind'] == 'unanswerable']
    files, pages = load_pages()
    print('%d PDF, %d pages lues' % (len(files), len(pages)))
    fails = 0
    if sorted(un) != sorted(CHECKS):
        print('ÉCHEC : les ids unanswerable %s ne correspondent pas aux contrôles %s' % (un, sorted(CHECKS)))
        fails += 1
    for qid in sorted(CHECKS):
        desc, known, absent = CHECKS[qid]
        for pat, flt in known:
            hits = find(pages, pat, flt)
            if hits:
                print('OK     %s sujet connu  [%s] : %s p.%d' % (qid, pat, hits[0][0], hits[0][1]))
            else:
                print('ÉCHEC  %s sujet connu  [%s] : aucune page' % (qid, pat))
                fails += 1
        for pat, flt in absent:
            hits = find(pages, pat, flt)
            if not hits:
                print('OK     %s absent       [%s] (%s)' % (qid, pat, desc))
            else:
                fails += 1
                for f, i, ex in hits[:3]:
                    print('ÉCHEC  %s absent       [%s] trouvé dans %s p.%d : …%s…' % (qid, pat, f, i, ex))
    print('%d échec(s)' % fails)
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
