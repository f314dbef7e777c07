#!/usr/bin/env python3
"""Contrôle des 7 questions sans réponse du jeu s63.

Lit le texte pypdf (espaces normalisés) de chaque page des PDF générés (obs-s63-*.pdf, ce dossier)
et des 8 PDF réels (/work/shared/realworld-pdfs), puis :
  1. affiche chaque passage qui touche au sujet de la question (« contexte ») pour relecture ;
  2. cherche par expressions régulières un passage qui y répondrait (« réponse ») : il ne doit y en avoir aucun.
Sort avec le code 1 si un motif de réponse est trouvé.

Usage : python check_near_misses.py [--docs .] [--real /work/shared/realworld-pdfs] [--quiet]
"""
import argparse
import glob
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))

# id -> (question, motifs de contexte, motifs de réponse, liste blanche de passages expliqués)
CHECKS = {
    's6306': ("Qui est le trésorier de l'association Le RAMEAU ?",
              [r'trésori(?:er|ère)'],
              [r'trésori(?:er|ère)\s*(?:[:,–-]|est|de l.association)?\s*(?:M\.|Mme|Monsieur|Madame)?\s*'
               r'[A-ZÉ][a-zéèëïô]+(?:-[A-ZÉ][a-zéèëïô]+)?\s+[A-ZÉ][A-Za-zéèëïô-]+',
               r'[A-ZÉ][a-zéèëïô]+\s+[A-ZÉ][A-Za-zéèëïô-]+\s*,\s*trésori(?:er|ère)'],
              []),
    's6316': ("Quelle fonction occupait Gabriel Attal quand il a confié la mission ?",
              [r'Attal'],
              [r'Gabriel Attal[^.;]{0,80}\b(?:ministre|secrétaire d.[ÉE]tat|député|Premier|porte-parole|chargé)',
               r'\b(?:ministre|secrétaire d.[ÉE]tat|député|Premier ministre|porte-parole)\b[^.;]{0,40}Gabriel Attal'],
              []),
    's6326': ("Combien d'associations employeuses compte la Normandie ?",
              [r'Normandie', r'normand'],
              [r'Normandie[^.]{0,150}\d[\d\s]*(?:%|associations)',
               r'\d[\d\s]*(?:%|associations)[^.]{0,150}Normandie'],
              []),
    's6334': ("Combien de salariés compte Le RAMEAU ?",
              [r'RAMEAU[^.]{0,200}(?:salarié|collaborat|permanent|effectif|équipe)',
               r'(?:salarié|collaborat|permanent|effectif|équipe)[^.]{0,200}RAMEAU',
               r'l.équipe cumule'],
              [r'RAMEAU[^.]{0,200}\d+\s*(?:salariés|collaborateurs|permanents|personnes|ETP)',
               r'\d+\s*(?:salariés|collaborateurs|permanents|ETP)[^.]{0,200}RAMEAU',
               r'équipe (?:de|d.environ|compte) \d+'],
              []),
    's6342': ("En quelle année a eu lieu le 3e dîner « Elus & Entreprises » ?",
              [r'd[îi]ner', r'[EÉ]lus & Entreprises'],
              [r'[EÉ]lus & Entreprises[^.]{0,40}(?:19|20)\d\d',
               r'(?:19|20)\d\d[^.]{0,60}d[îi]ner',
               r'd[îi]ner[^.]{0,60}(?:19|20)\d\d'],
              []),
    's6349': ("Quel est le budget annuel de la Fondation TotalEnergies ?",
              [r'Fondation (?:TotalEnergies|TOTAL|d.entreprise Total)', r'Total Foundation'],
              [r'Fondation (?:TotalEnergies|TOTAL|d.entreprise Total)[^.]{0,120}\d[\d\s,]*\s?(?:M€|millions|milliards|€|euros|dollars)',
               r'\d[\d\s,]*\s?(?:M€|millions|milliards|€|euros|dollars)[^.]{0,120}Fondation (?:TotalEnergies|TOTAL|d.entreprise Total)',
               r'budget (?:annuel )?de la Fondation'],
              # La dotation du Fonds ODD 17 (1,5 M€) est citée à côté de la Fondation TotalEnergies :
              # c'est le budget du fonds, pas celui de la fondation.
              ['1,5 M€']),
    's6357': ("Combien de maires pour l'édition 2022 d'IMPACTS & TRAJECTOIRES – Élus locaux ?",
              [r'TRAJECTOIRES', r'\d+ maires'],
              [r'TRAJECTOIRES[^.]{0,120}2022', r'2022[^.]{0,120}TRAJECTOIRES',
               r'2022[^.]{0,100}\d+ maires', r'\d+ maires[^.]{0,100}2022', r'édition 2022'],
              []),
}


def norm(s):
    return ' '.join(s.split())


def load(docs, real):
    pages = []
    files = sorted(glob.glob(os.path.join(docs, 'obs-s63-*.pdf'))) + \
        sorted(glob.glob(os.path.join(real, 'real-*.pdf')))
    for f in files:
        for i, p in enumerate(PdfReader(f).pages, 1):
            pages.append((os.path.basename(f), i, norm(p.extract_text() or '')))
    return files, pages


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--docs', default=HERE)
    ap.add_argument('--real', default='/work/shared/realworld-pdfs')
    ap.add_argument('--quiet', action='store_true')
    a = ap.parse_args()
    files, pages = load(a.docs, a.real)
    print(f'{len(files)} PDF lus, {len(pages)} pages')
    bad = 0
    for qid, (question, ctx, answer, whitelist) in CHECKS.items():
        print(f'\n== {qid} : {question}')
        nctx = 0
        for src, pg, text in pages:
            for pat in ctx:
                for m in re.finditer(pat, text):
                    nctx += 1
                    if not a.quiet:
                        s, e = max(0, m.start() - 90), min(len(text), m.end() + 90)
                        print(f'   contexte  {src} p.{pg} : …{text[s:e]}…')
        hits = []
        for src, pg, text in pages:
            for pat in answer:
                for m in re.finditer(pat, text):
                    if any(w in m.group(0) for w in whitelist):
                        print(f'   (liste blanche) {src} p.{pg} : {m.group(0)[:160]}')
                        continue
                    hits.append((src, pg, m.group(0)))
        print(f'   {nctx} passage(s) de contexte ; {len(hits)} passage(s) qui répondraient')
        for src, pg, h in hits:
            print(f'   !! RÉPONSE POSSIBLE {src} p.{pg} : {h[:200]}')
        bad += len(hits)
    print()
    if bad:
        print(f'ÉCHEC : {bad} passage(s) à examiner')
        sys.exit(1)
    print('OK : aucune des 7 questions sans réponse ne trouve de réponse dans le corpus')


if __name__ == '__main__':
    main()
