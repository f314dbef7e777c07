#!/usr/bin/env python3
"""Contrôle des 7 questions sans réponse (quasi-réponses) du jeu s59.

Pour chaque question : des motifs « sujet » qui doivent apparaître quelque part (le corpus
connaît le sujet) et des motifs « réponse » qui ne doivent apparaître nulle part (aucun
passage ne répond). Recherche par expressions régulières sur le texte pypdf (espaces
normalisés) de toutes les pages des PDF obs-s59-*.pdf (dossier du script) et des 8 PDF
réels (/work/shared/realworld-pdfs). Sortie non nulle si un motif « réponse » trouve
quelque chose ou si un motif « sujet » ne trouve rien.
"""
import glob
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = '/work/shared/realworld-pdfs'

CHECKS = {
    's5906': dict(sujet=[r'RAMEAU'],
                  reponse=[r'RAMEAU[^.]{0,200}\b(salariés|collaborateurs|permanents|effectifs?|ETP)\b',
                           r'\b\d[\d ]*\s*(salariés|collaborateurs|permanents)[^.]{0,150}RAMEAU']),
    's5915': dict(sujet=[r'Gabriel Attal'],
                  reponse=[r'(?i)(ministre|secrétaire d.État|député|porte-parole)[^.]{0,80}Attal',
                           r'(?i)Attal[^.]{0,40}(ministre|secrétaire d.État|député|porte-parole)']),
    's5923': dict(sujet=[r'rapports? régiona(l|ux)'],
                  # « Grande-Bretagne » (EDF) et le nom propre « Vincent Breton » (guide MITI) sont
                  # des faux positifs connus : exclus par le motif
                  reponse=[r'(?<!Grande-)(?<!grande-)\b[Bb]retagne\b', r'\bbreton(ne)?s?\b',
                           r'(?i)rapports? régiona(l|ux)[^.]{0,200}(Rennes|Finistère|Morbihan)']),
    's5931': dict(sujet=[r'(?i)comisis'],
                  reponse=[r'(?i)comisis[^.]{0,250}(chiffre d.affaires|M€|millions|k€|€)',
                           r'(?i)chiffre d.affaires[^.]{0,250}comisis']),
    's5939': dict(sujet=[r'urgent de créer des partenariats'],
                  reponse=[r'(?i)2010[^.]{0,250}urgen', r'(?i)urgen[^.]{0,250}2010',
                           r'(?i)(85|83|87) %[^.]{0,100}urgent']),
    's5947': dict(sujet=[r'création du RAMEAU|RAMEAU, association', r'président-fondateur'],
                  reponse=[r'(?i)trésori']),
    's5955': dict(sujet=[r'PLAY international'],
                  reponse=[r'PLAY international[^.]{0,200}(€|euros|EUR|\d)',
                           r'(€|euros)[^.]{0,100}PLAY international']),
}


def norm(s):
    return ' '.join(s.split())


def load():
    files = sorted(glob.glob(os.path.join(HERE, 'obs-s59-*.pdf'))) + \
        sorted(glob.glob(os.path.join(REAL, 'real-*.pdf')))
    pages = []
    for f in files:
        for i, p in enumerate(PdfReader(f).pages, 1):
            pages.append((os.path.basename(f), i, norm(p.extract_text() or '')))
    return files, pages


def main():
    files, pages = load()
    qs = {}
    with open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') as f:
        for line in f:
            r = json.loads(line)
            qs[r['id']] = r
    unans = [k for k, v in qs.items() if v['kind'] == 'unanswerable']
    print('%d PDF, %d pages lues' % (len(files), len(pages)))
    print('sans-réponse dans questions.jsonl :', ', '.join(unans))
    bad = 0
    if sorted(unans) != sorted(CHECKS):
        print('ERREUR : la liste des sans-réponse ne correspond pas aux contrôles')
        bad += 1
    for qid, c in CHECKS.items():
        print('\n[%s] %s' % (qid, qs[qid]['question']))
        for pat in c['sujet']:
            hits = [(f, i) for f, i, t in pages if re.search(pat, t)]
            print('  sujet   %-60s %3d page(s) %s' % (pat[:60], len(hits),
                  ', '.join('%s p%d' % h for h in hits[:4]) + (' …' if len(hits) > 4 else '')))
            if not hits:
                bad += 1
                print('  ERREUR : sujet absent du corpus')
        for pat in c['reponse']:
            hits = []
            for f, i, t in pages:
                for m in re.finditer(pat, t):
                    a = max(0, m.start() - 60)
                    hits.append('%s p%d : …%s…' % (f, i, t[a:m.end() + 40]))
            print('  réponse %-60s %3d occurrence(s)' % (pat[:60], len(hits)))
            for h in hits[:5]:
                print('      ', h)
            if hits:
                bad += 1
                print('  ERREUR : un passage semble répondre')
    print('\n%s' % ('OK : aucun passage ne répond aux 7 questions sans réponse' if not bad
                    else '%d problème(s)' % bad))
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
