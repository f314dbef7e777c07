#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verifie que les 7 questions « presque » (unanswerable) de s80 n'ont pas de reponse dans le texte
pypdf des 14 PDF (6 PDF s80 + 8 PDF reels). Pour chacune : une condition « le sujet est connu »
(il doit exister au moins une page qui en parle) et une condition « ce qui est demande est absent »."""
import glob, os, re, sys, unicodedata
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
PDFS = sorted(glob.glob(os.path.join(HERE, 'obs-s80-*.pdf'))) + sorted(glob.glob('/work/shared/realworld-pdfs/*.pdf'))


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[\u2019\u2018']", "'", s)
    return re.sub(r'\s+', ' ', s)


PAGES = []
for p in PDFS:
    for i, pg in enumerate(pypdf.PdfReader(p).pages, 1):
        PAGES.append((os.path.basename(p), i, norm(pg.extract_text() or '')))


def pages_with(*words):
    return [(f, i, t) for f, i, t in PAGES if all(w in t for w in words)]


def amounts(t):
    return set(re.sub(r'\s', '', m) for m in re.findall(r'\d[\d\s,.]*\s?(?:m)?\s?€', t))


CHECKS = [
    ('s8054 participants au lancement de la charte', pages_with('saint-maurice'),
     lambda t: not re.search(r'\d[\d\s]*\s(personnes|participants|invites|convives|presents)', t)),
    ('s8055 tresorier de la Fondation des Territoires', pages_with('fondation des territoires'),
     lambda t: 'tresori' not in t),
    ('s8056 chiffres PHARE pour le Centre-Val de Loire', pages_with('rapports regionaux'),
     lambda t: not re.search(r'centre[- ]val', t)),
    ('s8056b aucune page Centre-Val de Loire ne parle de PHARE ni des partenariats', pages_with('centre-val de loire'),
     lambda t: not re.search(r'phare|rameau|observatoire des partenariats|alliance', t)),
    ('s8057 effectif du Reseau Alliances Val-de-Loire', pages_with('alliances val-de-loire'),
     lambda t: not re.search(r'\d+\s(salaries|permanents|employes|etp|collaborateurs)(?! et plus)', t)),
    ('s8058 budget REACH pour le Senegal', pages_with('senegal'),
     lambda t: amounts(t) <= {'1,638m€', '800000€'}),
    ('s8059 jour du depot de la proposition de loi', pages_with('proposition de loi'),
     lambda t: not re.search(r'\b\d{1,2}(er)?\sfevrier', t)),
    ('s8060 taille de l\'echantillon PHARE-Institutions', [x for x in PAGES if 'institutions' in x[2] and 'phare' in x[2]],
     lambda t: not re.search(r'\d[\d\s]*\s(maires|elus)\b', t) and 'maires interroges' not in t),
]

fails = 0
for name, pages, ok in CHECKS:
    if not pages:
        print('ECHEC', name, ': sujet introuvable dans le corpus (ce ne serait pas un « presque »)')
        fails += 1
        continue
    bad = [(f, i) for f, i, t in pages if not ok(t)]
    if bad:
        print('ECHEC', name, ': reponse possible sur', bad)
        fails += 1
    else:
        print('OK   ', name, '(%d page(s) sur le sujet verifiee(s))' % len(pages))
print('%d controle(s), %d echec(s)' % (len(CHECKS), fails))
sys.exit(1 if fails else 0)
