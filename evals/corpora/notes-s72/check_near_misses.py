#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Controle des 7 questions « near-miss » (unanswerable) du jeu s72.

Pour chaque question : le sujet DOIT etre present dans le texte pypdf des 14 PDF
(6 generes + 8 reels), et aucun passage ne doit donner ce qui est demande.
Texte normalise comme check_questions.py (casse, accents, apostrophes, blancs ;
espace avant %/EUR et separateurs de milliers retires).
Usage : /work/main/.venv/bin/python check_near_misses.py  (code 1 si un controle echoue)
"""
import json
import os
import re
import sys

sys.path.insert(0, '/work/blind/brief')
from check_questions import norm  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = '/work/shared/realworld-pdfs'


def load():
    import pypdf
    texts = {}
    for d in (HERE, REAL):
        for f in sorted(os.listdir(d)):
            if f.endswith('.pdf') and (f.startswith('obs-s72-') or f.startswith('real-')):
                r = pypdf.PdfReader(os.path.join(d, f))
                texts[f] = [norm(p.extract_text() or '') for p in r.pages]
    return texts


def find(texts, pattern, files=None, need_all=None):
    """Occurrences (fichier, page, extrait) du motif ; need_all : motifs supplementaires
    qui doivent etre presents sur la meme page."""
    out = []
    rx = re.compile(pattern)
    for f, pages in texts.items():
        if files and not any(f.startswith(x) for x in files):
            continue
        for i, t in enumerate(pages, 1):
            if need_all and not all(re.search(p, t) for p in need_all):
                continue
            for m in rx.finditer(t):
                a, b = max(0, m.start() - 60), min(len(t), m.end() + 60)
                out.append((f, i, t[a:b]))
    return out


# (id, libelle, motifs-sujet [au moins une occurrence chacun], motifs-reponse [aucune occurrence],
#  motifs affiches pour information)
CHECKS = [
    ('s7207', 'Resultat 2024 des maires pour la Normandie',
     [r'302', r'en mouvement', r'normandie'],
     [r'normandie[^.;]{0,120}\d+ ?%', r'\d+ ?%[^.;]{0,120}normandie',
      # aucune page ne reunit Normandie et l'enquete 2024 (302 maires / en mouvement)
      ('PAGE', [r'normandie', r'(302|en mouvement|octobre 2024)'])],
     []),
    ('s7214', 'Nombre de signataires de la Charte du faire alliance',
     [r'charte du faire alliance'],
     [r'\d[\d ]* (signataires|structures signataires|organisations signataires)',
      r'signataires? ?:? ?\d', r'ont (deja )?signe la charte', r'\d+ (associations|entreprises) ont signe'],
     [r'sign\w*']),
    ('s7221', 'Nombre de salaries de Le RAMEAU',
     [r'le rameau', r'(fondee|cree) en 2006|creation de le rameau'],
     [r'rameau[^.;]{0,120}\d+ (salaries|collaborateurs|permanents|etp|personnes)',
      r'\d+ (salaries|collaborateurs|permanents|etp)[^.;]{0,120}rameau',
      r'(equipe|effectif) (de|du) le rameau'],
     [r'salari\w*']),
    ('s7229', 'Tresorier de la cooperative Re-Co',
     [r'membres fondateurs', r're-co'],
     [r'tresori(er|ere)'],
     []),
    ('s7231', 'Numero de telephone de la Fondation des Territoires',
     [r'fondation des territoires', r'formulaire'],
     # apres normalisation, « 01 23 45 67 89 » devient « 0123456789 » : on cherche un numero
     # sur toute page qui nomme la Fondation des Territoires, et partout dans les 6 PDF generes
     [('PAGE', [r'(\+33|\b0\d{9}\b|\b0\d([ .]\d{2}){4}\b)', r'fondation des territoires']),
      ('GEN', r'(\+33|\b0\d{9}\b|\b0\d([ .]\d{2}){4}\b)'),
      r'\btel(ephone)? ?:', r'\btel\.'],
     [r'telephone']),
    ('s7245', 'Heure du 5e webinaire « l\'ODD 17 en pratique »',
     [r'odd 17 en pratique', r'26 novembre'],
     [r'webinaire[^.;]{0,120}\b\d{1,2} ?h\b', r'\b\d{1,2} ?h( ?\d{2})?\b[^.;]{0,120}webinaire',
      ('PAGE', [r'odd 17 en pratique', r'\b\d{1,2} ?h( ?\d{2})?\b'])],
     []),
    ('s7259', 'Part du budget REACH allouee au Senegal',
     [r'budget total ?: ?1,638m€', r'senegal'],
     [r'senegal[^.;]{0,60}\d[\d,]* ?(m?€|euros|%)', r'(budget|€|euros)[^.;]{0,60}senegal'],
     [r'€']),
]


INFO_FILES = {'s7259': ['real-pulse'], 's7229': ['real-recoop']}


def main():
    texts = load()
    print('PDF lus : %d (%s)' % (len(texts), ', '.join('%s=%dp' % (f, len(p)) for f, p in texts.items())))
    qs = {}
    with open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') as fh:
        for line in fh:
            d = json.loads(line)
            qs[d['id']] = d
    fails = 0
    for qid, label, subj, answers, info in CHECKS:
        q = qs.get(qid)
        print('\n=== %s — %s' % (qid, label))
        if not q or q['kind'] != 'unanswerable':
            print('  ECHEC : la question n\'est pas marquee unanswerable')
            fails += 1
            continue
        print('  Q : %s' % q['question'])
        ok = True
        for p in subj:
            hits = find(texts, p)
            pages = sorted({(f, i) for f, i, _ in hits})
            print('  sujet %-40r : %d occurrence(s) sur %d page(s)' % (p, len(hits), len(pages)))
            for f, i, ctx in hits[:2]:
                print('      %s p.%d : …%s…' % (f, i, ctx))
            if not hits:
                ok = False
        for p in answers:
            if isinstance(p, tuple) and p[0] == 'GEN':
                hits = find(texts, p[1], files=['obs-s72-'])
                lab = '6 PDF generes: ' + p[1]
            elif isinstance(p, tuple):
                _, pats = p
                hits = find(texts, pats[0], need_all=pats[1:])
                lab = 'meme page: ' + ' + '.join(pats)
            else:
                hits = find(texts, p)
                lab = p
            print('  reponse %-40r : %d occurrence(s)' % (lab, len(hits)))
            for f, i, ctx in hits[:3]:
                print('      !! %s p.%d : …%s…' % (f, i, ctx))
            if hits:
                ok = False
        for p in info:
            hits = find(texts, p, files=INFO_FILES.get(qid, ['obs-s72-']))
            if hits:
                print('  (info) %r dans les PDF du sujet : %d occurrence(s), par ex. :' % (p, len(hits)))
                for f, i, ctx in hits[:3]:
                    print('      %s p.%d : …%s…' % (f, i, ctx))
        print('  => %s' % ('OK : sujet present, aucune reponse' if ok else 'ECHEC'))
        fails += 0 if ok else 1
    n_un = sum(1 for d in qs.values() if d['kind'] == 'unanswerable')
    print('\n%d near-miss controle(s), %d echec(s) ; unanswerable dans questions.jsonl : %d'
          % (len(CHECKS), fails, n_un))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
