#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verifie les 7 questions « presque » (unanswerable) du jeu s78.

Pour chaque question : (1) le sujet est bien connu du corpus (motifs « sujet » presents
dans au moins un des 14 PDF) ; (2) ce qui est demande n'y figure pas (motifs « reponse »
absents : dans tout le texte, dans une fenetre autour du sujet, ou dans une meme phrase).
Texte : pypdf page par page, normalise comme check_questions.py (casse, accents, blancs).

Usage : /work/main/.venv/bin/python check_near_misses.py
Code de retour 1 s'il y a au moins un echec.
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


def load():
    import pypdf
    pdfs = sorted(glob.glob(os.path.join(HERE, 'obs-s78-*.pdf'))) + sorted(glob.glob(os.path.join(REAL, '*.pdf')))
    pages = []
    for p in pdfs:
        for i, pg in enumerate(pypdf.PdfReader(p).pages, 1):
            pages.append((os.path.basename(p), i, norm(pg.extract_text() or '')))
    return pdfs, pages


# id -> (sujet : motifs qui doivent exister ; reponse : liste de controles qui ne doivent rien trouver)
# controle : ('partout', motif) | ('fenetre', ancre, rayon, motif) | ('phrase', ancre, motif)
CHECKS = {
    'Qui préside la Fondation des Territoires ?': (
        [r'fondation des territoires'],
        [('partout', r'presid\w* de la fondation des territoires'),
         ('fenetre', r'fondation des territoires', 300, r'presid|preside')]),
    'Qui dirige Alsace Active': (
        [r'alsace active'],
        [('fenetre', r'alsace active', 300, r'dirig|directeur|directrice|presid|responsable')]),
    'budget annuel du RAMEAU': (
        [r'le rameau'],
        [('partout', r'budget (annuel )?(du|de) (le )?rameau'),
         ('phrase', r'rameau', r'budget')]),
    'heure': (
        [r'vitawin'],
        [('fenetre', r'vitawin', 300, r'\b\d{1,2} ?h ?\d{0,2}\b|heure')]),
    'Bretons': (
        [r'phare-citoyens', r'rapports regionaux'],
        [('partout', r'(?<!grande-)bretagne'), ('partout', r'(?<!vincent )\bbreton')]),  # « Vincent Breton » (MITI) est un nom propre
    'Caisse des Dépôts verse': (
        [r'caisse des depots'],
        [('phrase', r'caisse des depots', r'\u20ac|euros?\b|millions?|financ|verse|subvention|dotation')]),
    'trésorier du réseau': (
        [r'reseau alliances val-de-loire'],
        [('partout', r'tresori')]),
}


def sentences(t):
    return re.split(r'(?<=[.!?;])\s+', t)


def main():
    qpath = os.path.join(HERE, 'questions.jsonl')
    qs = [json.loads(l) for l in open(qpath, encoding='utf-8') if l.strip()]
    nms = [q for q in qs if q['kind'] == 'unanswerable']
    pdfs, pages = load()
    print('%d PDF, %d pages, %d questions « presque »' % (len(pdfs), len(pages), len(nms)))
    fails = 0
    if len(pdfs) != 14:
        print('ECHEC : 14 PDF attendus, %d trouves' % len(pdfs))
        fails += 1
    used = set()
    for q in nms:
        key = [k for k in CHECKS if k.lower() in q['question'].lower()]
        if len(key) != 1:
            print('ECHEC %s : pas de controle (ou plusieurs) pour %r' % (q['id'], q['question']))
            fails += 1
            continue
        key = key[0]
        used.add(key)
        topics, forbids = CHECKS[key]
        probs = []
        for t in topics:
            where = [(f, i) for f, i, txt in pages if re.search(t, txt)]
            if not where:
                probs.append('sujet absent du corpus : %s' % t)
            else:
                print('  %s sujet %r present (%s p.%d%s)' % (q['id'], t, where[0][0], where[0][1],
                                                             ', +%d' % (len(where) - 1) if len(where) > 1 else ''))
        for chk in forbids:
            for f, i, txt in pages:
                if chk[0] == 'partout':
                    m = re.search(chk[1], txt)
                    if m:
                        probs.append('%s p.%d : %r' % (f, i, txt[max(0, m.start() - 60):m.end() + 60]))
                elif chk[0] == 'fenetre':
                    for a in re.finditer(chk[1], txt):
                        win = txt[max(0, a.start() - chk[2]):a.end() + chk[2]]
                        m = re.search(chk[3], win)
                        if m:
                            probs.append('%s p.%d (fenetre) : %r' % (f, i, win[max(0, m.start() - 60):m.end() + 60]))
                elif chk[0] == 'phrase':
                    for s in sentences(txt):
                        if re.search(chk[1], s) and re.search(chk[2], s):
                            probs.append('%s p.%d (phrase) : %r' % (f, i, s[:200]))
        if probs:
            fails += 1
            print('ECHEC %s (%s)' % (q['id'], q['question']))
            for p in probs:
                print('    ' + p)
        else:
            print('OK    %s  %s' % (q['id'], q['question']))
    for k in CHECKS:
        if k not in used:
            print('ECHEC : controle %r sans question' % k)
            fails += 1
    print('%d echec(s)' % fails)
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
