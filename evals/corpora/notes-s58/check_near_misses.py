#!/usr/bin/env python3
"""Vérifie qu'aucun passage du corpus (10 PDF s58 + 8 PDF réels) ne répond aux 7 questions
sans réponse du jeu s58.

Pour chaque question : des motifs « stricts » (qui trahiraient une réponse : aucun résultat
toléré) et des motifs « larges » (affichés pour relecture humaine, avec contexte).
Texte : pypdf, page par page, espaces normalisés.
Usage : python check_near_misses.py [--docs DOSSIER] [--real DOSSIER]
Sort avec le code 1 si un motif strict trouve quelque chose.
"""
import argparse
import glob
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))

CHECKS = {
    's5806': {  # effectif du RAMEAU
        'strict': [r"RAMEAU.{0,150}\b\d+\s+(salariés|collaborateurs|permanents|personnes)\b",
                   r"\b\d+\s+(salariés|collaborateurs|permanents)\b.{0,150}RAMEAU",
                   r"équipe du RAMEAU", r"effectif du RAMEAU"],
        'broad': [r"RAMEAU.{0,80}(équipe|effectif|salarié)"],
    },
    's5818': {  # ventilation régionale (Bretagne) de l'étude IMPACT Associations & Territoires
        'strict': [r"Bretagne.{0,200}(associations?|partenariat)",
                   r"(associations?|partenariat).{0,200}Bretagne"],
        'broad': [r"Bretagne", r"breton"],
    },
    's5825': {  # trésorier de Re-Co
        'strict': [r"trésori(er|ère)", r"\btrésorerie\b.{0,80}Re-Co"],
        'broad': [r"(caissier|finances de la coopérative)"],
    },
    's5834': {  # édition 2022 d'IMPACTS & TRAJECTOIRES – Élus locaux
        'strict': [r"TRAJECTOIRES.{0,200}2022", r"2022.{0,200}TRAJECTOIRES",
                   r"(maires|élus).{0,100}2022", r"2022.{0,100}(maires|élus)"],
        'broad': [r"édition 2022"],
    },
    's5850': {  # président de la Fondation des Territoires
        'strict': [r"Fondation des Territoires.{0,120}(présid|dirigée par|directeur|directrice)",
                   r"(présid\w*|dirigée par).{0,120}Fondation des Territoires"],
        'broad': [r"Fondation des Territoires"],
    },
    's5855': {  # cosignataires de la proposition de loi
        'strict': [r"co-?sign.{0,150}(loi|proposition|alliance)",
                   r"(loi|proposition|alliance).{0,150}co-?sign",
                   r"\b\d+\s+députés", r"signée par \d+"],
        'broad': [r"co-?sign", r"proposition de loi", r"députée?s?\b"],
    },
    's5856': {  # fonction de Gabriel Attal
        'strict': [r"Attal.{0,100}(ministre|secrétaire|porte-parole|Premier|député)",
                   r"(ministre|secrétaire d.État|porte-parole|député).{0,100}Attal"],
        'broad': [r"Attal"],
    },
}


def norm(s):
    return ' '.join(s.split())


def load(folder, pattern):
    out = {}
    for f in sorted(glob.glob(os.path.join(folder, pattern))):
        r = PdfReader(f)
        out[os.path.basename(f)] = [norm(p.extract_text() or '') for p in r.pages]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--docs', default=HERE)
    ap.add_argument('--real', default='/work/shared/realworld-pdfs')
    a = ap.parse_args()
    corpus = load(a.docs, 'obs-s58-*.pdf')
    corpus.update(load(a.real, 'real-*.pdf'))
    print(f'{len(corpus)} PDF, {sum(len(v) for v in corpus.values())} pages')
    qs = {}
    with open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') as f:
        for line in f:
            q = json.loads(line)
            qs[q['id']] = q
    bad = 0
    for qid, pats in CHECKS.items():
        assert qs[qid]['kind'] == 'unanswerable', qid
        print(f'\n== {qid} : {qs[qid]["question"]}')
        for level in ('strict', 'broad'):
            for pat in pats[level]:
                rx = re.compile(pat, re.I)
                hits = []
                for doc, pages in corpus.items():
                    for i, t in enumerate(pages, 1):
                        for m in rx.finditer(t):
                            s, e = max(0, m.start() - 70), min(len(t), m.end() + 70)
                            hits.append(f'{doc} p.{i}: …{t[s:e]}…')
                print(f'  [{level}] {pat!r} : {len(hits)} résultat(s)')
                for h in hits[:6]:
                    print('      ' + h)
                if len(hits) > 6:
                    print(f'      (+{len(hits) - 6} autres)')
                if level == 'strict' and hits:
                    bad += 1
    print()
    if bad:
        print(f'ÉCHEC : {bad} motif(s) strict(s) avec résultat — relire les passages ci-dessus')
        sys.exit(1)
    print('OK : aucun motif strict ne trouve de réponse aux 7 questions sans réponse')


if __name__ == '__main__':
    main()
