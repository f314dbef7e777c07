#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verifie les 7 questions « presque » (unanswerable) du jeu s83.

Chaque controle est rattache a sa question par un motif cherche dans le texte de la question.
Pour chaque question :
  - « sujet » : chaque motif doit apparaitre au moins une fois dans le corpus (14 PDF) ;
    c'est ce qui fait de la question un « presque » (le corpus connait le sujet) ;
  - « portee » : les pages ou l'on cherche la reponse (pages qui parlent du sujet) ;
  - « interdits » : aucun motif de reponse ne doit apparaitre sur ces pages.
Le texte est celui de pypdf, normalise comme dans check_questions.py (casse, accents,
apostrophes, tirets, blancs, separateurs de milliers, espace avant % et EUR).

Usage : python check_near_misses.py [--pdf-dir DIR ...]
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


CHECKS = [
    dict(match=r"quelle heure", what="heure du 3e dîner « Élus & Entreprises » (23 novembre)",
         topic=[r"diner .{0,3}elus & entreprises", r"23 novembre"],
         scope=r"diner",
         forbidden=[r"\b\d{1,2} ?h ?\d{0,2}\b", r"\b\d{1,2}:\d{2}\b", r"\bheures?\b",
                    r"\bsoiree de \d"]),
    dict(match=r"salariés travaillent au RAMEAU", what="effectif salarié du RAMEAU",
         topic=[r"le rameau"],
         scope=r"rameau",
         forbidden=[r"\d+ ?(salaries|salariees|collaborateurs|collaboratrices|permanents|"
                    r"employes|etp\b|equivalents? temps plein)", r"\beffectifs?\b"]),
    dict(match=r"trésorier", what="trésorier de la Fondation des Territoires",
         topic=[r"fondation des territoires"],
         scope=None,
         forbidden=[r"\btresorier", r"\btresoriere"]),
    dict(match=r"bretonnes", what="part des associations bretonnes ayant une entreprise partenaire",
         topic=[r"associations & partenariats", r"entreprises \(28%\)"],
         scope=None,
         forbidden=[r"(?<!grande-)bretagne", r"\bbretonnes?\b"]),
    dict(match=r"marge d'erreur", what="marge d'erreur de l'enquête IMPACTS & TRAJECTOIRES (302 maires)",
         topic=[r"302 maires", r"impacts & trajectoires"],
         scope=r"trajectoires|302 maires",
         forbidden=[r"marge d.erreur", r"intervalle de confiance", r"erreur d.echantillonnage",
                    r"\+/- ?\d", r"\u00b1 ?\d", r"precision de"]),
    dict(match=r"part sociale", what="prix d'une part sociale de Re-Co",
         topic=[r"re-co", r"cooperative", r"parts"],
         scope=r"re-co",
         files=['real-recoop-plaquette.pdf'],
         forbidden=[r"parts? sociales?", r"\bchf\b", r"\bfrancs?\b", r"\bprix\b",
                    r"\d+ ?(fr\.|chf|€|eur)"]),
    dict(match=r"combien de monde", what="nombre de participants au lancement de la Charte à Saint-Maurice",
         topic=[r"saint-maurice", r"charte du faire alliance"],
         scope=r"saint-maurice",
         forbidden=[r"\d[\d ]* ?(personnes|participants|participantes|invites|invitees|"
                    r"convives|spectateurs|signataires presents)"]),
]


def load(dirs):
    pages = []      # (fichier, numero de page, texte normalise)
    files = []
    for d in dirs:
        files += sorted(glob.glob(os.path.join(d, '*.pdf')))
    import pypdf
    for f in files:
        r = pypdf.PdfReader(f)
        for i, p in enumerate(r.pages, 1):
            pages.append((os.path.basename(f), i, norm(p.extract_text() or '')))
    return files, pages


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pdf-dir', action='append', default=None)
    a = ap.parse_args()
    dirs = a.pdf_dir or [HERE, REAL]
    files, pages = load(dirs)
    names = [os.path.basename(f) for f in files]
    mine = [n for n in names if n.startswith('obs-s83-')]
    real = [n for n in names if n.startswith('real-')]
    print('%d PDF lus (%d du jeu s83, %d réels), %d pages' % (len(files), len(mine), len(real),
                                                              len(pages)))
    if len(mine) != 6 or len(real) != 8:
        print('ECHEC : il faut 6 PDF obs-s83-* et 8 PDF real-*')
        return 1
    # chaque controle est rattache a une question unanswerable du fichier (par son texte),
    # et chaque question unanswerable doit avoir son controle
    qpath = os.path.join(HERE, 'questions.jsonl')
    qs = [json.loads(l) for l in open(qpath, encoding='utf-8') if l.strip()]
    un = [q for q in qs if q['kind'] == 'unanswerable']
    used = set()
    for chk in CHECKS:
        hits = [q for q in un if re.search(chk['match'], q['question'])]
        if len(hits) != 1:
            print('ECHEC : le contrôle /%s/ correspond à %d question(s)' % (chk['match'],
                                                                          len(hits)))
            return 1
        chk['qid'] = hits[0]['id']
        used.add(hits[0]['id'])
    if used != {q['id'] for q in un}:
        print('ECHEC : questions unanswerable sans contrôle : %s' %
              sorted({q['id'] for q in un} - used))
        return 1
    fails = 0
    for chk in CHECKS:
        pool = [p for p in pages if not chk.get('files') or p[0] in chk['files']]
        problems = []
        for t in chk['topic']:
            hits = [(f, n) for f, n, tx in pool if re.search(t, tx)]
            if not hits:
                problems.append('sujet absent du corpus : /%s/' % t)
        scope = [p for p in pool if chk['scope'] is None or re.search(chk['scope'], p[2])]
        for f, n, tx in scope:
            for bad in chk['forbidden']:
                m = re.search(bad, tx)
                if m:
                    ctx = tx[max(0, m.start() - 60):m.end() + 60]
                    problems.append('réponse possible %s p.%d : /%s/ -> « %s »' %
                                    (f, n, bad, ctx))
        status = 'OK   ' if not problems else 'ECHEC'
        print('%s %s  %s  (portée : %d page(s))' % (status, chk['qid'], chk['what'], len(scope)))
        for pb in problems:
            print('        ' + pb)
        fails += bool(problems)
    print('%d échec(s) sur %d' % (fails, len(CHECKS)))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
