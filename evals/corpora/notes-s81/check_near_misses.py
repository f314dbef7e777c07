#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verifie les 7 questions « presque » (unanswerable) du jeu s81.

Pour chacune, sur le texte pypdf des 14 PDF (6 PDF s81 + 8 PDF reels), normalise comme
check_questions.py (casse, accents, apostrophes, blancs, separateurs de milliers) :
  1. le SUJET est bien connu du corpus (au moins une page le mentionne) ;
  2. ce qui est DEMANDE n'y figure pas (motifs de reponse absents, dans la portee indiquee).

Usage : python check_near_misses.py [--pdf-dir DIR ...] [-v]
Code de retour : nombre d'echecs (0 attendu).
"""
import argparse
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


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


def load(dirs):
    import pypdf
    pages = []  # (fichier, page 1-based, texte normalise)
    for d in dirs:
        for p in sorted(glob.glob(os.path.join(d, '*.pdf'))):
            r = pypdf.PdfReader(p)
            for i, pg in enumerate(r.pages, 1):
                pages.append((os.path.basename(p), i, norm(pg.extract_text() or '')))
    return pages


def sentences(text):
    # phrases (ou cellules) : coupe sur . ; ! ? suivis d'un blanc, et sur les puces
    return [s for s in re.split(r'(?<=[.;!?])\s+|\s•\s', text) if s.strip()]


def windows(text, key, width):
    out = []
    for m in re.finditer(re.escape(key), text):
        out.append(text[max(0, m.start() - width): m.end() + width])
    return out


# Chaque verification : id de la question, sujet (motif regex), portee et motifs interdits.
CHECKS = [
    {
        'qid': 's8107', 'label': 'heure de la soiree de lancement de la Charte du faire alliance',
        'subject': r'charte du faire alliance',
        'scope': ('window', ['charte du faire alliance', 'saint-maurice', 'vitawin', 'giving tuesday'], 250),
        'forbidden': [r'\b\d{1,2} ?h ?\d{0,2}\b(?! ?\d)', r'\b\d{1,2}h\d{2}\b', r'\bheure\b',
                      r'\b(a|des|vers|de) \d{1,2} ?(h|heures)\b', r'\ba partir de \d',
                      r'\b(soir|soiree|matin|apres-midi) a \d'],
        'note': 'les horodatages hh:mm des en-tetes de courriel ne sont pas des heures d\'evenement ; '
                'on cherche « 19 h », « 18h30 », « a 19 heures », « heure » (singulier) ; '
                '« 3 850 heures » de mecenat n\'est pas une heure.',
    },
    {
        'qid': 's8115', 'label': 'tresorier de la Fondation des Territoires',
        'subject': r'fondation des territoires',
        'scope': ('page', r'fondation des territoires'),
        'forbidden': [r'tresori', r'treasurer'],
    },
    {
        'qid': 's8123', 'label': 'effectif salarie du RAMEAU',
        'subject': r'\brameau\b',
        'scope': ('sentence', r'\brameau\b'),
        'forbidden': [r'\d+ ?(salarie|collaborat|permanent|employe|etp\b)', r'\beffectif',
                      r'\bequipe de \d'],
    },
    {
        'qid': 's8131', 'label': 'part des maires bretons jugeant leur territoire en mouvement (2024)',
        'subject': r'en mouvement',
        'scope': ('page', r'en mouvement|302 maires|maires interroges'),
        'forbidden': [r'bretagne', r'breton', r'finistere', r'morbihan', r'ille-et-vilaine',
                      r'cotes-d\'armor'],
    },
    {
        'qid': 's8139', 'label': 'nombre actuel de cooperateurs de Re-Co',
        'subject': r're-co',
        'scope': ('file', 'real-recoop-plaquette.pdf'),
        'forbidden': [r'\d+ ?(membres|cooperateurs|cooperatrices|societaires|associes)',
                      r'(compte|reunit|rassemble) (aujourd\'hui )?\d+'],
    },
    {
        'qid': 's8147', 'label': 'montant verse a chaque catalyseur territorial du Fonds ODD 17',
        'subject': r'catalyseurs? territoriaux',
        'scope': ('sentence', r'catalyseur'),
        'forbidden': [r'par catalyseur', r'chaque catalyseur', r'(?<!1,)\b\d[\d,.]* ?(k€|€|euros)',
                      r'(?<!1,)\b(?!1,5 m€)\d[\d,.]* ?m€'],
        'allowed_note': 'seule la dotation globale « 1,5 M€ » doit apparaitre',
    },
    {
        'qid': 's8156', 'label': 'taille de l\'echantillon de PHARE-Entreprises',
        'subject': r'phare-entreprises',
        'scope': ('sentence', r'phare-entreprises|volet entreprises'),
        'forbidden': [r'\d+ ?(dirigeants|entreprises|repondants|personnes|chefs)',
                      r'interroge', r'echantillon'],
    },
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pdf-dir', action='append', default=None)
    ap.add_argument('-v', action='store_true')
    a = ap.parse_args()
    dirs = a.pdf_dir or [HERE, '/work/shared/realworld-pdfs']
    pages = load(dirs)
    files = sorted({f for f, _, _ in pages})
    print('%d PDF, %d pages lues' % (len(files), len(pages)))
    if len(files) != 14:
        print('ATTENTION : 14 PDF attendus')

    # coherence avec questions.jsonl : les ids verifies sont bien les unanswerable
    qpath = os.path.join(HERE, 'questions.jsonl')
    if os.path.exists(qpath):
        with open(qpath, encoding='utf-8') as fh:
            un = {json.loads(l)['id']: json.loads(l) for l in fh if l.strip()}
        un = {k: v for k, v in un.items() if v['kind'] == 'unanswerable'}
        ids = {c['qid'] for c in CHECKS}
        if set(un) != ids:
            print('ECHEC : ids unanswerable du fichier %s != ids verifies %s' % (sorted(un), sorted(ids)))
            return 1

    fails = 0
    for chk in CHECKS:
        subj = [(f, p) for f, p, t in pages if re.search(chk['subject'], t)]
        kind = chk['scope'][0]
        spans = []  # (fichier, page, texte a examiner)
        for f, p, t in pages:
            if kind == 'page':
                if re.search(chk['scope'][1], t):
                    spans.append((f, p, t))
            elif kind == 'file':
                if f == chk['scope'][1]:
                    spans.append((f, p, t))
            elif kind == 'sentence':
                for s in sentences(t):
                    if re.search(chk['scope'][1], s):
                        spans.append((f, p, s))
            elif kind == 'window':
                for key in chk['scope'][1]:
                    for w in windows(t, key, chk['scope'][2]):
                        spans.append((f, p, w))
        hits = []
        for f, p, s in spans:
            for pat in chk['forbidden']:
                m = re.search(pat, s)
                if m:
                    hits.append((f, p, pat, s[max(0, m.start() - 60): m.end() + 60]))
        ok = bool(subj) and bool(spans) and not hits
        status = 'OK   ' if ok else 'ECHEC'
        print('%s %s — %s : sujet sur %d page(s), %d passage(s) examines, %d motif(s) de reponse'
              % (status, chk['qid'], chk['label'], len(subj), len(spans), len(hits)))
        if a.v or not ok:
            for f, p in subj[:6]:
                print('        sujet : %s p.%d' % (f, p))
        for h in hits:
            print('        trouve : %s p.%d motif %r : ...%s...' % h)
        if not subj:
            print('        le sujet est absent du corpus : ce ne serait pas un « presque »')
        if not ok:
            fails += 1
    print('%d echec(s)' % fails)
    return fails


if __name__ == '__main__':
    sys.exit(main())
