#!/usr/bin/env python3
"""Regex check of the 7 unanswerable near misses over all 13 PDFs (5 s47 + 8 real-world).

For each near miss: `context` patterns must match somewhere (the corpus knows the subject);
`answer` patterns must match nowhere (the asked fact is absent). pypdf text, whitespace
collapsed; the glyph-name digits of the Etalab PDF (/two.pnum ...) are decoded first.
Exit code 1 if a context pattern finds nothing or an answer pattern finds something.
"""
import glob
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DIGITS = {n: str(i) for i, n in enumerate(
    ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'])}

CHECKS = {
    's4707 (urgence 2010)': {
        'context': [r'jugeaient urgent de créer des partenariats', r'ARPEA, 2012'],
        'answer': [r'2010.{0,200}urgen', r'urgen.{0,200}2010']},
    's4716 (Normandie, associations employeuses)': {
        'context': [r'Normandie', r'98 %'],
        'answer': [r'Normandie.{0,300}\d+ ?%', r'\d+ ?%.{0,300}Normandie']},
    's4724 (président de la Fondation des Territoires)': {
        'context': [r'Fondation des Territoires'],
        'answer': [r'Fondation des Territoires.{0,400}pr[ée]sid', r'pr[ée]sid\w*.{0,200}Fondation des Territoires']},
    's4734 (échantillon IMPACT-Elus locaux 2020)': {
        'context': [r'IMPACT-Elus locaux', r'302 maires'],
        'answer': [r'2020.{0,200}\d+ maires', r'\d+ maires.{0,200}2020', r'Elus locaux \(novembre 2020.{0,200}interrog']},
    's4741 (échantillon PHARE-Entreprises)': {
        'context': [r'PHARE-Entreprises'],
        'answer': [r'(entreprises|dirigeants) interrog', r'PHARE-Entreprises.{0,200}\d[\d ]* (entreprises|dirigeants)']},
    's4746 (apport de l’Université Numérique-CHK)': {
        'context': [r'Université Numérique-CHK', r'800 000€'],
        'answer': [r'CHK.{0,120}\d[\d ,]*\s?(M?€|euros)', r'\d[\d ,]*\s?(M?€|euros).{0,120}CHK']},
    's4760 (tonnes données en Argentine)': {
        'context': [r'Red Bancos de Alimentos', r'1 900 tonnes'],
        'answer': [r'Argentin.{0,400}tonnes', r'Libertad.{0,300}tonnes de (marchandises|produits)']},
}


def load():
    files = sorted(glob.glob(os.path.join(HERE, 'obs-s47-*.pdf')) +
                   glob.glob('/work/shared/realworld-pdfs/*.pdf'))
    pages = {}
    for f in files:
        out = []
        for pg in PdfReader(f).pages:
            t = pg.extract_text() or ''
            t = re.sub(r'/(zero|one|two|three|four|five|six|seven|eight|nine)\.pnum',
                       lambda m: DIGITS[m.group(1)], t)
            out.append(' '.join(t.split()))
        pages[os.path.basename(f)] = out
    return pages


def main():
    pages = load()
    print('%d PDFs scanned' % len(pages))
    bad = 0
    for name, c in CHECKS.items():
        print('==', name)
        for kind in ('context', 'answer'):
            for rx in c[kind]:
                hits = [(f, i + 1) for f, ps in pages.items() for i, t in enumerate(ps)
                        if re.search(rx, t, re.S)]
                ok = bool(hits) if kind == 'context' else not hits
                bad += not ok
                print('  %-7s %-4s %-60s %s' % (kind, 'ok' if ok else 'FAIL', rx,
                                                 ', '.join('%s p%d' % h for h in hits[:4]) or '-'))
    print('near-miss check:', 'OK' if not bad else '%d failure(s)' % bad)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
