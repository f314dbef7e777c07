#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verifie que les 7 questions « unanswerable » (presque-questions) du jeu demo-d86
n'ont pas de reponse dans le texte pypdf des 16 PDF du corpus de demonstration.

Usage :
  python check_near_misses.py [--questions questions.jsonl] [--pdf-dir /work/blind/demo-corpus]

Pour chaque presque-question, on controle sur le texte normalise (meme normalisation que
check_questions.py : casse, accents, apostrophes, blancs, separateurs de milliers, espace
avant % et EUR) de chaque page :
  - topic   : le sujet est bien connu du corpus (chaque motif doit apparaitre au moins une fois) ;
  - absent  : aucun motif qui porterait la reponse n'apparait nulle part ;
  - allowed : toutes les occurrences d'un motif « candidat » (nombre + unite...) sont dans une
              liste blanche d'occurrences connues, qui portent sur autre chose ;
  - window  : autour de chaque ancre (rayon en caracteres), aucun motif interdit.
Un echec = une verification non satisfaite. Code de retour 1 s'il y a au moins un echec.
"""
import argparse
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

A = 'bulletin-veille-2015-10-phare-citoyens.pdf'
C = 'bulletin-veille-2020-11-donnees-sortie-de-crise.pdf'
E = 'bulletin-veille-2021-10-fonds-odd-17-fondations.pdf'
F = 'bulletin-veille-2021-12-charte-du-faire-alliance.pdf'
G = 'bulletin-veille-2022-06-fondation-des-territoires.pdf'
H = 'bulletin-veille-2024-12-elus-locaux-territoires-en-mouvement.pdf'
I = 'etude-associations-partenariats-2017.pdf'
L = 'fiche-repere-02-devoir-alliance-2016.pdf'
O = 'fiche-repere-05-le-rameau-observatoire-2022.pdf'
P = 'fiche-repere-06-dynamiques-engagement-collectivites-2021.pdf'


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


NUM = r"\b\d[\d,.]*"

# allowed : (motif, [(fichier ou None pour « partout », page ou None, texte exact de l'occurrence)])
NEAR_MISSES = {
    'd8610': {
        'what': "pourcentage regional (Normandie) du « devoir d'alliance »",
        'topic': [r'normandie', r'11e rapport regional'],
        'absent': [r'\bnormand(e|s|es)?\b', r'bas-normand|haut-normand'],
        'window': [(r'normandie', 400, NUM + r'%')],
    },
    'd8612': {
        'what': "heure du 5e webinaire « l'ODD 17 en pratique »",
        'topic': [r'5e webinaire', r"odd 17 en pratique"],
        'absent': [r'\b\d{1,2} ?h(\d{2})?\b', r'\bheures?\b', r'\b\d{1,2}:\d{2}\b'],
        'window': [(r'webinaire', 300, r'matin|apres-midi|\bmidi\b|\bsoir|\bnuit\b')],
    },
    'd8618': {
        'what': "montant verse par projet par le Fonds ODD 17",
        'topic': [r'fonds odd 17', r'1,5 m€'],
        'absent': [r'par projet', r'chaque projet', r'\beuros?\b', r'par laureat'],
        'allowed': [(NUM + r"\s?(m€|k€|€|millions?|milliards?)",
                     [(None, None, '1,5 m€'),                       # dotation globale du Fonds
                      (I, 4, '150000€'), (I, 4, '10000€')])],       # budgets d'associations (2017)
        'window': [(r'fonds odd 17|le fonds', 400, r'plafon|par (projet|beneficiaire)|subvention de')],
    },
    'd8621': {
        'what': "nombre de signataires de la Charte du faire alliance",
        'topic': [r'charte du faire alliance'],
        'absent': [r'signatai', r'adherent', r'ont signe', r'signee par'],
        'allowed': [(NUM + r"\s+(organisations|structures|signataires|adherents|acteurs|entreprises|fondations|membres)\b",
                     [(C, 3, '500 organisations'), (G, 3, '500 organisations'), (O, 2, '500 organisations'),  # experimentations du RAMEAU
                      (E, 2, '42 fondations'), (F, 2, '42 fondations'), (P, 2, '42 fondations')])],       # etude Fondations & Territoires
    },
    'd8622': {
        'what': "tresorier de la Fondation des Territoires",
        'topic': [r'fondation des territoires', r'21 co-fondateurs'],
        'absent': [r'tresori'],
    },
    'd8629': {
        'what': "taille de l'echantillon de l'etude IMPACT-Elus locaux (novembre 2020)",
        'topic': [r'impact-elus locaux'],
        'absent': [r'echantillon'],
        'allowed': [(NUM + r"\s+(elus|maires|repondants|communes|collectivites|personnes interrogees)\b",
                     [(H, 2, '302 maires'), (H, 2, '302 repondants')])],   # enquete de 2024, pas celle de 2020
    },
    'd8643': {
        'what': "effectif salarie du RAMEAU",
        'topic': [r'petite equipe'],
        'absent': [r'\beffectifs?\b', r'equipe de \d', r'salaries du rameau'],
        'allowed': [(NUM + r"\s+(salaries|collaborateurs|permanents|personnes|employes|benevoles|membres)\b",
                     [(A, 2, '2000 personnes'), (L, 2, '2000 personnes'),   # sondes PHARE-Citoyens
                      (L, 3, '10 salaries')])],                              # entreprises d'au moins 10 salaries
    },
}


def load(pdf_dir):
    import pypdf
    out = {}
    for f in sorted(os.listdir(pdf_dir)):
        if f.lower().endswith('.pdf'):
            r = pypdf.PdfReader(os.path.join(pdf_dir, f))
            out[f] = [norm(p.extract_text() or '') for p in r.pages]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--questions', default=os.path.join(HERE, 'questions.jsonl'))
    ap.add_argument('--pdf-dir', default='/work/blind/demo-corpus')
    a = ap.parse_args()
    corpus = load(a.pdf_dir)
    print('%d PDF lus dans %s' % (len(corpus), a.pdf_dir))
    fails = []

    with open(a.questions, encoding='utf-8') as fh:
        qs = [json.loads(l) for l in fh if l.strip()]
    un = {q['id']: q for q in qs if q.get('kind') == 'unanswerable'}
    if set(un) != set(NEAR_MISSES):
        fails.append('ids unanswerable du fichier %s != ids verifies %s' % (sorted(un), sorted(NEAR_MISSES)))

    def hits(rx):
        for f, pages in corpus.items():
            for i, t in enumerate(pages, 1):
                for m in re.finditer(rx, t):
                    yield f, i, m, t

    for qid, spec in NEAR_MISSES.items():
        before = len(fails)
        for rx in spec.get('topic', []):
            if not any(True for _ in hits(rx)):
                fails.append('%s : sujet %r absent du corpus (ce ne serait plus un « presque »)' % (qid, rx))
        for rx in spec.get('absent', []):
            for f, i, m, t in hits(rx):
                fails.append('%s : motif %r trouve dans %s p.%d : ...%s...' % (qid, rx, f, i, t[max(0, m.start() - 60):m.end() + 60]))
        for rx, white in spec.get('allowed', []):
            for f, i, m, t in hits(rx):
                txt = m.group(0)
                ok = any((wf is None or wf == f) and (wp is None or wp == i) and wt == txt for wf, wp, wt in white)
                if not ok:
                    fails.append('%s : occurrence non prevue %r dans %s p.%d : ...%s...' % (qid, txt, f, i, t[max(0, m.start() - 60):m.end() + 60]))
        for anchor, radius, rx in spec.get('window', []):
            for f, i, m, t in hits(anchor):
                seg = t[max(0, m.start() - radius):m.end() + radius]
                for m2 in re.finditer(rx, seg):
                    fails.append('%s : %r a moins de %d car. de %r dans %s p.%d : ...%s...' % (qid, m2.group(0), radius, anchor, f, i, seg[max(0, m2.start() - 60):m2.end() + 60]))
        status = 'OK    ' if len(fails) == before else 'ECHEC '
        print('%s %s : %s' % (status, qid, spec['what']))

    for x in fails:
        print('ECHEC', x)
    print('%d presque-question(s) verifiee(s) ; %d echec(s)' % (len(NEAR_MISSES), len(fails)))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
