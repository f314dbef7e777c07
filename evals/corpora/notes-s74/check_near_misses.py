#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verifie les 7 questions « presque » (unanswerable) du jeu s74.

Pour chacune : (1) le corpus connait bien le sujet (au moins une page du corpus correspond au
motif « sujet ») ; (2) ce qui est demande n'y figure pas (aucun motif « interdit » sur les pages
concernees). Le texte est celui de pypdf, page par page, sur les 14 PDF (6 generes + 8 reels),
normalise comme dans check_questions.py (casse, accents, blancs, separateurs de milliers).

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
    files = sorted(glob.glob(os.path.join(HERE, 'obs-s74-*.pdf'))) + sorted(glob.glob(os.path.join(REAL, '*.pdf')))
    pages = []
    for f in files:
        r = pypdf.PdfReader(f)
        for i, p in enumerate(r.pages, 1):
            pages.append((os.path.basename(f), i, norm(p.extract_text() or '')))
    return files, pages


# Chaque controle : motif reperant la question (texte normalise), sujet (regex), portee des motifs interdits
# ('topic' = pages du sujet, 'all' = tout le corpus, ou nom de fichier), motifs interdits.
CHECKS = [
    dict(q=r"alliances loire-ocean.*adherents", what="effectif (adherents / membres) du reseau Alliances Loire-Ocean",
         topic=r"alliances loire-ocean", scope='topic',
         forbidden=[r"\b\d+\s*(adherent|membre)s?\b", r"\b(compte|reunit|federe|rassemble|regroupe)\s+"
                    r"(plus de |pres de |environ )?\d+", r"\badherents\b"]),
    dict(q=r"quelle heure", what="heure de la soiree de lancement de la Charte du faire alliance",
         topic=r"saint-maurice", scope='topic',
         forbidden=[r"\b([01]?\d|2[0-3]) ?h ?([0-5]\d)?\b", r"\bheures?\b", r"\b\d{1,2}:\d{2}\b"]),
    dict(q=r"bretagne", what="chiffre « devoir d'alliance » pour la Bretagne",
         topic=r"devoir d'alliance", scope='all',
         forbidden=[r"(?<!grande-)\bbretagne\b.{0,400}(alliance|phare|partenariat)",
                    r"(alliance|phare)\b.{0,400}(?<!grande-)\bbretagne\b", r"\b(les|des|aux) bretons\b"]),
    dict(q=r"tresorier", what="tresorier de l'association Le Panier Partage",
         topic=r"panier partage", scope='all',
         forbidden=[r"tresori"]),
    dict(q=r"phare-institutions", what="taille de l'echantillon de maires de PHARE-Institutions",
         topic=r"phare-institutions", scope='topic',
         forbidden=[r"\b\d+\s+(maires|elus)\s+(ont ete\s+)?(interroges|consultes|sondes|repondants)",
                    r"\b\d+\s+(maires|elus)\s+ont repondu", r"\bn ?= ?\d", r"echantillon"]),
    dict(q=r"salaries.*pulse", what="nombre de salaries de PULSE",
         topic=r"\bpulse\b", scope='real-pulse-reach-presentation.pdf',
         forbidden=[r"salarie", r"\betp\b", r"\bemploye", r"effectif"]),
    dict(q=r"coute.*pre-audit", what="cout du pre-audit externe du projet REACH",
         topic=r"pre[ -]?audit", scope='topic',
         forbidden=[r"\u20ac", r"\beuros?\b", r"\bk?eur\b", r"\bcout"]),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--questions', default=os.path.join(HERE, 'questions.jsonl'))
    a = ap.parse_args()
    qs = {}
    with open(a.questions, encoding='utf-8') as fh:
        for line in fh:
            if line.strip():
                q = json.loads(line)
                qs[q['id']] = q
    files, pages = load_corpus()
    print('%d PDF, %d pages lues' % (len(files), len(pages)))
    unans = sorted(k for k, q in qs.items() if q['kind'] == 'unanswerable')
    fails = 0
    for c in CHECKS:
        found = [k for k in unans if re.search(c['q'], norm(qs[k]['question']))]
        c['qid'] = found[0] if len(found) == 1 else '?'
        if len(found) != 1:
            print('ECHEC : motif %r -> %s' % (c['q'], found))
            fails += 1
    checked = sorted(c['qid'] for c in CHECKS)
    if unans != checked:
        print('ECHEC : questions unanswerable %s != controles %s' % (unans, checked))
        fails += 1
    for c in CHECKS:
        topic_pages = [(f, i, t) for f, i, t in pages if re.search(c['topic'], t)]
        if c['scope'] == 'topic':
            scope = topic_pages
        elif c['scope'] == 'all':
            scope = pages
        else:
            scope = [(f, i, t) for f, i, t in pages if f == c['scope']]
        hits = []
        for f, i, t in scope:
            for pat in c['forbidden']:
                m = re.search(pat, t)
                if m:
                    hits.append('%s p.%d : %r' % (f, i, t[max(0, m.start() - 40):m.end() + 40]))
        ok = bool(topic_pages) and not hits
        status = 'OK   ' if ok else 'ECHEC'
        where = ', '.join(sorted({'%s p.%d' % (f, i) for f, i, _ in topic_pages}))
        print('%s %s — %s' % (status, c['qid'], c['what']))
        print('       sujet present sur %d page(s) : %s' % (len(topic_pages), where[:300]))
        if c['qid'] in qs:
            print('       question : %s' % qs[c['qid']]['question'])
        if not topic_pages:
            print('       le sujet est absent du corpus : la question ne serait pas un « presque »')
        for h in hits:
            print('       trouve : ' + h)
        if not ok:
            fails += 1
    print('%d controle(s), %d echec(s)' % (len(CHECKS), fails))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
