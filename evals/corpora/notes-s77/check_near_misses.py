#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verifie que les 7 questions « presque » (unanswerable) du jeu s77 n'ont pas de reponse
dans le texte pypdf des 14 PDF (6 PDF du jeu + 8 PDF reels).

Usage : /work/main/.venv/bin/python check_near_misses.py
Sortie : une ligne OK/ECHEC par question, puis le nombre d'echecs ; code 1 si echec.
"""
import glob
import json
import os
import re
import sys
import unicodedata

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
PDFS = sorted(glob.glob(os.path.join(HERE, 'obs-s77-*.pdf'))) + \
    sorted(glob.glob('/work/shared/realworld-pdfs/*.pdf'))


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower()
    s = re.sub(r"[\u2019\u2018\u02bc\u0060\u00b4\u2032']", "'", s)
    s = re.sub(r'[\u2010\u2011\u2012\u2013\u2014\u2212]', '-', s)
    s = re.sub(r'\s+', ' ', s)
    s = re.sub(r'(?<=\d) (?=\d)', '', s)
    return s.strip()


PAGES = []  # (fichier, page, texte brut, texte normalise)
for f in PDFS:
    for i, p in enumerate(pypdf.PdfReader(f).pages, 1):
        raw = p.extract_text() or ''
        PAGES.append((os.path.basename(f), i, raw, norm(raw)))

NUM = r'(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quinze|vingt|trente|' \
      r'quarante|cinquante|soixante|cent|cents|mille)'
REGIONS = ['nouvelle-aquitaine', 'occitanie', 'normandie', 'bretagne', 'grand est', 'hauts-de-france',
           'ile-de-france', 'auvergne', 'bourgogne', 'centre-val de loire', 'pays de la loire', 'provence',
           'corse', 'lot-et-garonne']


def windows(t, key, w):
    for m in re.finditer(re.escape(key), t):
        yield t[max(0, m.start() - w): m.end() + w]


def nm_effectif_cercle():
    """s7754 : nombre total d'adherents du Cercle des signataires."""
    bad = []
    for f, pg, raw, t in PAGES:
        if 'cercle' not in t:
            continue
        for m in re.finditer(r'\b' + NUM + r' (?:membres|adherents|signataires|structures adherentes)\b', t):
            ctx = t[max(0, m.start() - 160): m.end() + 60]
            if 'comite' in ctx:      # « douze membres » = comite d'animation, pas le Cercle
                continue
            bad.append((f, pg, m.group(0)))
        for m in re.finditer(r'cercle (?:compte|reunit|rassemble) (?:aujourd\'hui )?' + NUM, t):
            bad.append((f, pg, m.group(0)))
    return bad


def nm_heure_normandie():
    """s7755 : heure de la presentation du 11e rapport regional (Normandie)."""
    bad = []
    for f, pg, raw, t in PAGES:
        if 'rapport regional' not in t and 'normandie' not in t:
            continue
        for w in list(windows(t, 'rapport regional', 400)) + list(windows(t, 'saint-lo', 300)):
            for m in re.finditer(r'\b\d{1,2} ?h ?(?:\d{2})?\b|\b\d{1,2}:\d{2}\b|\bheures? de (?:debut|la presentation)', w):
                bad.append((f, pg, m.group(0)))
    return bad


def nm_maires_region():
    """s7756 : repartition regionale des 302 maires d'IMPACTS & TRAJECTOIRES."""
    bad = []
    for f, pg, raw, t in PAGES:
        for key in ('impacts & trajectoires', '302 maires', 'maires interroges'):
            for w in windows(t, key, 300):
                for r in REGIONS:
                    if r in w and r != 'lot-et-garonne':
                        bad.append((f, pg, key + ' ~ ' + r))
        if 'nouvelle-aquitaine' in t and ('trajectoires' in t or re.search(r'(?<![\d\s])302(?!\d)|\b302\b', raw)):
            bad.append((f, pg, 'nouvelle-aquitaine + trajectoires/302'))
    return bad


def nm_salaire_girard():
    """s7757 : remuneration de Thomas Girard."""
    bad = []
    for f, pg, raw, t in PAGES:
        if 'girard' not in t and 'charge de mission' not in t:
            continue
        if 'federation alliances & territoires' not in t and 'fatc' not in t:
            continue
        for m in re.finditer(r'salaire|remunere|remuneration|brut annuel|net mensuel|par mois|smic|indice', t):
            bad.append((f, pg, m.group(0)))
    return bad


def nm_tresorier_fatc():
    """s7758 : nom du tresorier de la FATC."""
    bad = []
    for f, pg, raw, t in PAGES:
        if 'fatc' not in t and 'federation alliances & territoires' not in t:
            continue
        for m in re.finditer(r'[Tt]r[ée]sori(?:er|ère)s?\s*[,:]?\s*(?:(?:M\.|Mme|Monsieur|Madame)\s*)?'
                             r'[A-ZÉÈ][a-zéèëï\-]+\s+[A-ZÉÈ][A-Za-zéèëï\-]+', raw):
            bad.append((f, pg, m.group(0)))
        for m in re.finditer(r'[A-ZÉÈ][a-zéèëï\-]+\s+[A-ZÉÈ][A-Za-zéèëï\-]+\s*,\s*tr[ée]sori(?:er|ère)', raw):
            bad.append((f, pg, m.group(0)))
    return bad


def nm_dotation_fondation_territoires():
    """s7759 : montant de la dotation de la Fondation des Territoires."""
    bad = []
    for f, pg, raw, t in PAGES:
        if 'fondation des territoires' not in t:
            continue
        if 'dotation' in t or 'dote' in re.findall(r'\bdotee?s?\b', t):
            bad.append((f, pg, 'dotation'))
        for w in windows(t, 'fondation des territoires', 150):
            for m in re.finditer(r'\d[\d,.]* ?(?:€|m€|euros|millions?)|dotation|capital', w):
                bad.append((f, pg, m.group(0)))
    return bad


def nm_part_sociale_reco():
    """s7760 : prix d'une part sociale de Re-Co."""
    bad = []
    for f, pg, raw, t in PAGES:
        if 're-co' not in t:
            continue
        for m in re.finditer(r'\bchf\b|francs?\b|€|\bfr\. ?\d|part sociale|parts sociales|\d+ ?(?:\.-|-\.)', t):
            bad.append((f, pg, m.group(0)))
    return bad


CHECKS = [('s7754', nm_effectif_cercle), ('s7755', nm_heure_normandie), ('s7756', nm_maires_region),
          ('s7757', nm_salaire_girard), ('s7758', nm_tresorier_fatc),
          ('s7759', nm_dotation_fondation_territoires), ('s7760', nm_part_sociale_reco)]


def main():
    qs = {}
    with open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') as fh:
        for line in fh:
            d = json.loads(line)
            qs[d['id']] = d
    fails = 0
    print('%d PDF, %d pages lues' % (len(PDFS), len(PAGES)))
    for qid, fn in CHECKS:
        q = qs.get(qid)
        if not q or q['kind'] != 'unanswerable':
            print('ECHEC %s : question absente ou non unanswerable' % qid)
            fails += 1
            continue
        bad = fn()
        if bad:
            fails += 1
            print('ECHEC %s (%s) : %s' % (qid, fn.__doc__.strip(), bad[:5]))
        else:
            print('OK    %s  %s' % (qid, fn.__doc__.strip()))
    n_un = sum(1 for q in qs.values() if q['kind'] == 'unanswerable')
    if n_un != len(CHECKS):
        print('ECHEC : %d unanswerable dans le jeu, %d controles' % (n_un, len(CHECKS)))
        fails += 1
    print('%d echec(s)' % fails)
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
