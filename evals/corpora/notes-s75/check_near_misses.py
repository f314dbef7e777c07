#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verifie les 7 questions « unanswerable » (presque) du jeu s75.

Pour chaque question : (1) le sujet est bien connu du corpus (au moins une page des 14 PDF
contient le motif « sujet ») ; (2) aucune page qui traite du sujet ne contient ce qui est demande
(motif « reponse ») ; pour certaines, le motif « reponse » est aussi cherche dans tout un document.
Texte : pypdf page par page, normalise comme check_questions.py (casse, accents, blancs,
separateurs de milliers, espace avant % et EUR).

Usage : python check_near_misses.py [--pdf-dir DIR ...]
Code de retour 1 s'il y a au moins un echec.
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


# id -> (motif sujet, motif reponse interdite, documents ou la reponse est interdite partout,
#        portee : 'page' = toute page qui cite le sujet ; 'phrase' = la phrase qui cite le sujet et la
#        suivante, pour un sujet tres frequent dont les pages parlent aussi d'autres structures)
CHECKS = {
    # heure de debut du 5e webinaire : le corpus donne le jour, pas l'heure
    's7510': (r"odd 17 en pratique|webinaire",
              r"\b\d{1,2} ?h ?\d{0,2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2} heures?\b|heure de debut|"
              r"\bmatinee\b|apres-midi|\bce soir\b|\ben soiree\b",
              ['obs-s75-03-webinaire-odd17.pdf'], 'page'),
    # tresorier de la Fondation des Territoires
    's7521': (r"fondation des territoires", r"tresori", [], 'page'),
    # effectif salarie du RAMEAU
    's7530': (r"rameau",
              r"\d+ (salarie|collaborat|permanent|employe|etp|personnes? (salariee|employee))|effectif",
              [], 'phrase'),
    # resultat regional (Bretagne) de PHARE-Citoyens
    's7541': (r"phare-citoyens|devoir d'alliance", r"bretagne|breton",
              ['obs-s75-0%d' % i for i in range(1, 7)], 'page'),
    # salaire du poste de charge d'etudes (fiche de poste)
    's7549': (r"charge.e d'etudes", r"€|\beuros?\b|\bbrut\b|k€|salaire (de|annuel|mensuel)",
              ['obs-s75-01-fiche-de-poste.pdf'], 'page'),
    # nombre total de signataires de la Charte du faire alliance
    's7554': (r"charte du faire alliance",
              r"\d+ (signataires|signatures|structures signataires|organisations signataires)"
              r"|signataires ?: ?\d+", [], 'page'),
    # taille d'echantillon de PHARE-Institutions
    's7559': (r"phare-institutions|phare institutions",
              r"\d+ (maires|elus) (interroges|ont ete|repondants|sondes)|echantillon de \d+"
              r"|\d+ repondants|\d+ maires\b", [], 'page'),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--pdf-dir', action='append', default=None)
    a = ap.parse_args()
    dirs = a.pdf_dir or [HERE, '/work/shared/realworld-pdfs']
    import pypdf
    pages = []  # (fichier, numero, texte)
    for d in dirs:
        for f in sorted(glob.glob(os.path.join(d, '*.pdf'))):
            r = pypdf.PdfReader(f)
            for i, p in enumerate(r.pages, 1):
                pages.append((os.path.basename(f), i, norm(p.extract_text() or '')))
    nfiles = len({p[0] for p in pages})

    qs = {}
    with open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8') as fh:
        for line in fh:
            q = json.loads(line)
            qs[q['id']] = q
    failures = []
    unans = sorted(k for k, q in qs.items() if q['kind'] == 'unanswerable')
    if sorted(CHECKS) != unans:
        failures.append('ids controles %s != ids unanswerable %s' % (sorted(CHECKS), unans))
    for qid in sorted(CHECKS):
        topic, forbidden, whole_docs, scope = CHECKS[qid]
        tre, fre = re.compile(topic), re.compile(forbidden)
        topical = [(f, n, t) for f, n, t in pages if tre.search(t)]
        bad = []
        for f, n, t in pages:
            zones = []
            if any(f.startswith(w) for w in whole_docs):
                zones.append(t)
            if tre.search(t):
                if scope == 'page':
                    zones.append(t)
                else:
                    sents = re.split(r'(?<=[.;!?])\s+', t)
                    for i, sent in enumerate(sents):
                        if tre.search(sent):
                            zones.append(' '.join(sents[i:i + 2]))
            for z in zones:
                m = fre.search(z)
                if m:
                    bad.append('%s p.%d : %r' % (f, n, z[max(0, m.start() - 40):m.end() + 40]))
        status = 'OK'
        if not topical:
            failures.append('%s : sujet absent du corpus (%s)' % (qid, topic))
            status = 'ECHEC'
        if bad:
            failures.extend('%s : reponse trouvee %s' % (qid, b) for b in bad)
            status = 'ECHEC'
        print('%s %-5s sujet sur %d page(s) ; question : %s' % (qid, status, len(topical),
                                                                qs.get(qid, {}).get('question', '?')))
    print('%d PDF, %d pages lues' % (nfiles, len(pages)))
    for f in failures:
        print('ECHEC', f)
    print('%d echec(s)' % len(failures))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
