#!/usr/bin/env python3
"""Vérifie que les 7 questions sans réponse du jeu s62 sont bien des quasi-réponses.

Pour chaque question : (1) un motif « sujet » doit être trouvé dans le corpus (le sujet
est connu) ; (2) aucun motif « réponse » ne doit être trouvé (rien ne répond). Les
motifs « réponse » sont volontairement larges ; chaque occurrence est affichée avec son
contexte. Corpus : les 6 PDF obs-s62-*.pdf de ce dossier + les 8 PDF réels.

Usage : python check_near_misses.py [--docs DOSSIER] [--real DOSSIER]
Code de sortie 1 si un motif « réponse » est trouvé ou si un sujet est absent.
"""
import argparse
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))

# id -> (motifs sujet, motifs réponse) ; les motifs « réponse » s'appliquent au texte
# normalisé d'une page, flags re.I | re.S.
CHECKS = {
    's6206': {  # trésorier du RAMEAU
        'sujet': [r'Le RAMEAU', r'statut associatif'],
        'reponse': [r'tr[ée]sori[eè]re?', r'(bureau|conseil d.administration) (du|de l.association) RAMEAU'],
    },
    's6213': {  # chiffre d'affaires du Groupe La Poste
        'sujet': [r'Groupe La Poste'],
        'reponse': [r'La Poste[^.]{0,200}(chiffre d.affaires|milliards?|M€|millions d.euros)',
                    r'(chiffre d.affaires)[^.]{0,200}La Poste'],
    },
    's6223': {  # 2020 : part des maires voyant leur territoire « en mouvement »
        'sujet': [r'en mouvement', r'IMPACT-Elus locaux de novembre 2020'],
        'reponse': [r'2020[^.]{0,200}en mouvement', r'en mouvement[^.]{0,200}2020'],
    },
    's6229': {  # Normandie : part d'associations avec partenariat entreprise
        'sujet': [r'Normandie'],
        'reponse': [r'(Normandie|normand\w*)[^.]{0,200}\d+\s?%', r'\d+\s?%[^.]{0,200}(Normandie|normand\w*)'],
    },
    's6236': {  # depuis quand Laurence Weber est DG
        'sujet': [r'Laurence Weber'],
        'reponse': [r'Weber[^.]{0,150}(depuis|nomm[ée]e|arriv[ée]e|en (19|20)\d\d)',
                    r'((19|20)\d\d)[^.]{0,80}Laurence Weber'],
    },
    's6243': {  # effectif salarié de la Fondation des Territoires
        'sujet': [r'Fondation des Territoires'],
        'reponse': [r'Fondation des Territoires[^.]{0,250}(salari|employ|effectif|permanents?|ETP|collaborat)',
                    r'(salari|effectif|ETP)[^.]{0,250}Fondation des Territoires'],
    },
    's6253': {  # taille d'échantillon de PHARE-Institutions
        'sujet': [r'PHARE-Institutions'],
        'reponse': [r'PHARE-Institutions[^.]{0,150}?\b\d[\d\s]*\s(maires|élus|répondants|communes|personnes)',
                    r'\b\d[\d\s]*\s(maires|élus|répondants)\s(interrogés|ont répondu)[^.]{0,150}PHARE-Institutions'],
    },
}
# occurrences examinées à la main et jugées non pertinentes (elles ne répondent pas) :
# (id, fichier, page, extrait court présent dans le contexte)
# (vide pour s62 : aucune occurrence n'a eu besoin d'être écartée à la main)
REVIEWED = set()


def norm(s):
    return ' '.join(s.split())


def load(folder, pred):
    docs = {}
    for f in sorted(os.listdir(folder)):
        if f.endswith('.pdf') and pred(f):
            r = PdfReader(os.path.join(folder, f))
            docs[f] = [norm(p.extract_text() or '') for p in r.pages]
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--docs', default=HERE)
    ap.add_argument('--real', default='/work/shared/realworld-pdfs')
    a = ap.parse_args()
    corpus = load(a.docs, lambda f: f.startswith('obs-s62-'))
    corpus.update(load(a.real, lambda f: f.startswith('real-')))
    print('corpus :', len(corpus), 'PDF,', sum(len(v) for v in corpus.values()), 'pages')
    qs = {}
    qpath = os.path.join(HERE, 'questions.jsonl')
    if os.path.exists(qpath):
        for line in open(qpath, encoding='utf-8'):
            q = json.loads(line)
            qs[q['id']] = q
    bad = 0
    for qid, chk in CHECKS.items():
        q = qs.get(qid)
        if q is not None and q['kind'] != 'unanswerable':
            print('!!', qid, 'n’est pas une question sans réponse')
            bad += 1
        print('\n==', qid, '—', q['question'] if q else '?')
        for pat in chk['sujet']:
            hits = [(f, i + 1) for f, pages in corpus.items() for i, t in enumerate(pages)
                    if re.search(pat, t, re.I | re.S)]
            print('   sujet  %-45s %3d page(s)%s' % (pat[:45], len(hits),
                  '' if not hits else ' ex. %s p.%d' % hits[0]))
            if not hits:
                print('   !! sujet absent du corpus')
                bad += 1
        for pat in chk['reponse']:
            n = 0
            for f, pages in corpus.items():
                for i, t in enumerate(pages):
                    for m in re.finditer(pat, t, re.I | re.S):
                        ctx = t[max(0, m.start() - 60):m.end() + 60]
                        ok = any(r[0] == qid and r[1] == f and r[2] == i + 1 and r[3] in ctx for r in REVIEWED)
                        n += 1
                        print('   %s réponse? %s p.%d : …%s…' % ('vu ' if ok else '!! ', f, i + 1, ctx))
                        if not ok:
                            bad += 1
            print('   réponse %-44s %3d occurrence(s)' % (pat[:44], n))
    print()
    if bad:
        print('ÉCHEC :', bad, 'problème(s)')
        sys.exit(1)
    print('OK : aucune des 7 questions sans réponse ne trouve de réponse dans le corpus ; les 7 sujets y sont présents.')


if __name__ == '__main__':
    main()
