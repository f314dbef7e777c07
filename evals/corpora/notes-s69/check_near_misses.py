#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Controle des 7 questions « near-miss » du jeu s69.

Pour chaque question sans reponse : (1) le SUJET est bien present dans le corpus (au moins une page
le mentionne) ; (2) la REPONSE demandee n'existe nulle part : aucun motif de reponse sur les pages
pertinentes des 14 PDF (6 generes + 8 reels), texte extrait par pypdf page par page.

Usage : /work/main/.venv/bin/python check_near_misses.py   (code retour 1 si un controle echoue)
"""
import glob
import json
import os
import re
import sys

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = '/work/shared/realworld-pdfs'


def load():
    pages = {}
    for f in sorted(glob.glob(os.path.join(HERE, 'obs-s69-*.pdf')) + glob.glob(os.path.join(REAL, '*.pdf'))):
        r = pypdf.PdfReader(f)
        pages[os.path.basename(f)] = [re.sub(r'\s+', ' ', (p.extract_text() or '').replace('\u2019', "'"))
                                      for p in r.pages]
    return pages


def find(pages, pat, flags=re.I):
    rx = re.compile(pat, flags)
    return [(f, i + 1, m.group(0)) for f, ps in pages.items() for i, t in enumerate(ps) for m in rx.finditer(t)]


def pages_with(pages, pat, flags=re.I):
    rx = re.compile(pat, flags)
    return [(f, i + 1) for f, ps in pages.items() for i, t in enumerate(ps) if rx.search(t)]


def main():
    pages = load()
    n_pages = sum(len(v) for v in pages.values())
    print('Corpus : %d PDF, %d pages' % (len(pages), n_pages))
    qs = {}
    with open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') as fh:
        for line in fh:
            d = json.loads(line)
            qs[d['id']] = d
    nm = [k for k, v in qs.items() if v['kind'] == 'unanswerable']
    print('Questions unanswerable : %s' % ', '.join(nm))

    # (id, libelle, motif du sujet, motif restreignant les pages examinees, motifs de reponse interdits)
    checks = [
        ('s6907', 'telephone du contact presse',
         r'contact presse',
         r'contact presse|observatoire des partenariats|rameau',
         [r'(\+33|\b0[1-9])([ .\-]?\d{2}){4}\b', r'\bt[ée]l[ée]?phone\s*:', r'\btél\.']),
        ('s6916', 'nombre de salaries du RAMEAU',
         r'RAMEAU (est né|a été créé|est une association)|Créé en 2006, Le RAMEAU',
         r'rameau',
         [r'\d[\d ]*\s*(salariés|salarié|employés|permanents|collaborateurs)', r'\beffectifs? d(u|e l)', r'\bETP\b']),
        ('s6923', 'maires de Bretagne (territoire en mouvement)',
         r'91 % des maires estiment',
         None,
         [r'(?<!grande-)(?<!grande )bretagne']),
        ('s6931', 'tresorier de la Fondation des Territoires',
         r'21 co-fondateurs',
         r'fondation des territoires',
         [r'trésori(er|ère)', r'\bbureau de la fondation']),
        ('s6939', 'heure du webinaire « l’ODD 17 en pratique »',
         r'webinaire « l.ODD 17 en pratique »',
         r'ODD 17 en pratique',
         [r'\b\d{1,2}\s?h(\s?\d{2})?\b', r'\bheures?\b', r'\bmidi\b']),
        ('s6947', 'depense 2021 du Fonds ODD 17',
         r'Fonds ODD 17',
         r'Fonds ODD 17',
         [r'2021\s*:\s*\d', r'(?<![\d,])(?!1,5\s?M€)\d+(,\d+)?\s?(M€|k€|millions? d.euros)']),
        ('s6955', 'participants a la soiree de Saint-Maurice',
         r'Saint-Maurice',
         r'Saint-Maurice',
         [r'\d[\d ]*\s*(personnes|participants|invités|convives|présents|inscrits)']),
    ]
    errors = 0
    for qid, label, subj, scope, bad in checks:
        q = qs.get(qid)
        print('\n== %s : %s' % (qid, label))
        if not q or q['kind'] != 'unanswerable':
            print('  ERREUR : %s absent ou pas unanswerable' % qid)
            errors += 1
            continue
        print('  question : %s' % q['question'])
        hits = find(pages, subj)
        if hits:
            print('  sujet present : %d occurrence(s), ex. %s p.%d « %s »' % (len(hits), hits[0][0], hits[0][1],
                                                                            hits[0][2]))
        else:
            print('  ERREUR : sujet introuvable (%s)' % subj)
            errors += 1
        if scope:
            scoped = pages_with(pages, scope)
        else:
            scoped = [(f, i + 1) for f, ps in pages.items() for i in range(len(ps))]
        print('  pages examinees : %d%s' % (len(scoped), '' if scope else ' (tout le corpus)'))
        for pat in bad:
            rx = re.compile(pat, re.I)
            found = [(f, p, m.group(0)) for f, p in scoped for m in rx.finditer(pages[f][p - 1])]
            if found:
                print('  ERREUR : motif de reponse trouve %r : %s' % (pat, found[:5]))
                errors += 1
            else:
                print('  aucune reponse : motif %r absent' % pat)
    # controle complementaire s6947 : tous les montants des pages qui citent le Fonds ODD 17
    amounts = set()
    for f, p in pages_with(pages, r'Fonds ODD 17'):
        for m in re.finditer(r'\d+(,\d+)?\s?(M€|k€|€)', pages[f][p - 1]):
            amounts.add(m.group(0).replace('\u00a0', ' '))
    print('\nMontants en euros sur les pages citant le Fonds ODD 17 : %s' % sorted(amounts))
    if not amounts <= {'1,5 M€', '0 €'}:
        print('  ERREUR : montant inattendu')
        errors += 1
    hits = find(pages, r'n.est pas publiée|pas ventilée')
    print('Mentions explicites de la non-ventilation : %s' % [(f, p) for f, p, _ in hits])
    # rappel : les occurrences de « Bretagne » ecartees sont des « Grande-Bretagne »
    print('Occurrences de « Grande-Bretagne » ecartees (s6923) : %s'
          % [(f, p) for f, p, _ in find(pages, r'grande-bretagne')])
    print('\n%d erreur(s)' % errors)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
