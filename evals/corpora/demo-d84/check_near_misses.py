#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verifie que les 7 questions « unanswerable » du jeu d84 sont bien des « presque » :
le corpus connait le sujet (ancres presentes) mais ne contient pas ce qui est demande
(motifs interdits absents, dans toute la page ou dans une fenetre autour du sujet).

Usage : python check_near_misses.py [--pdf-dir /work/blind/demo-corpus] [--questions questions.jsonl]
Texte : pypdf page par page, normalise comme le verificateur (casse, accents, apostrophes,
tirets, blancs, separateurs de milliers, espace avant % et EUR).
Code de retour 1 s'il y a au moins un echec.
"""
import argparse, json, os, re, sys, unicodedata

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

PCT = r"\d+(?:,\d+)? ?%"
# id -> (ce qui est demande, ancres [regex qui doivent exister], interdits [(portee, fenetre, regex)])
# portee : regex qui selectionne les pages (None = toutes) ; fenetre : None = toute la page,
# sinon nombre de caracteres de part et d'autre de chaque occurrence de la portee.
CHECKS = {
 'd8406': ("effectif (nombre de salaries) du RAMEAU",
           [r"petite equipe", r"le rameau"],
           [(None, None, r"\beffectifs?\b"),
            (None, None, r"(salaries|collaborateurs|permanents|employes) (du|au) rameau"),
            (None, None, r"rameau (emploie|compte|rassemble) \d+"),
            (r"equipe", 300, r"\b\d+ (salaries|collaborateurs|collaboratrices|permanents|employes|membres|personnes|etp)\b")]),
 'd8416': ("tresorier de la Fondation des Territoires",
           [r"fondation des territoires", r"21 co-fondateurs"],
           [(None, None, r"tresori")]),
 'd8423': ("note sur 10 du logement dans PHARE-Citoyens",
           [r"7,1/10", r"phare-citoyens"],
           [(None, None, r"logement")]),
 'd8427': ("chiffre du devoir d'alliance en Normandie",
           [r"normandie", r"devoir d'alliance"],
           [(r"normand", 400, PCT),
            (r"normand", 400, r"devoir d'alliance"),
            (r"rapport regional", 400, PCT)]),
 'd8436': ("heure du lancement de la Charte du faire alliance",
           [r"saint-maurice", r"soiree organisee par vitawin", r"30 novembre 2021"],
           [(r"saint-maurice|giving tuesday|charte du faire alliance", None, r"\b\d{1,2} ?h ?(\d{2})?\b"),
            (r"saint-maurice|giving tuesday|charte du faire alliance", None, r"\bheures?\b"),
            (r"saint-maurice|giving tuesday|charte du faire alliance", None, r"\b\d{1,2}:\d{2}\b")]),
 'd8444': ("nombre de projets finances par le Fonds ODD 17",
           [r"fonds odd 17", r"1,5 m\u20ac"],
           [(r"fonds odd 17", None, r"laureat"),
            (r"fonds odd 17", None, r"projets (soutenus|finances|accompagnes|retenus|selectionnes)"),
            (r"fonds odd 17", None, r"\b\d+ (projets|alliances|initiatives|dossiers)\b")]),
 'd8447': ("institut de sondage de l'enquete IMPACTS & TRAJECTOIRES 2024",
           [r"impacts & trajectoires", r"302 maires"],
           [(r"impacts & trajectoires", None,
             r"opinionway|comisis|ifop|ipsos|kantar|elabe|\bbva\b|harris|odoxa|viavoice|\bcsa\b|\binstitut\b|realisee? par")]),
}

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument('--pdf-dir', default='/work/blind/demo-corpus')
    ap.add_argument('--questions', default=os.path.join(here, 'questions.jsonl'))
    a = ap.parse_args()
    import pypdf
    pages = []
    for f in sorted(os.listdir(a.pdf_dir)):
        if f.lower().endswith('.pdf'):
            r = pypdf.PdfReader(os.path.join(a.pdf_dir, f))
            pages += [(f, i + 1, norm(p.extract_text() or '')) for i, p in enumerate(r.pages)]
    fails = 0
    qs = [json.loads(l) for l in open(a.questions, encoding='utf-8') if l.strip()]
    un = [q['id'] for q in qs if q['kind'] == 'unanswerable']
    if sorted(un) != sorted(CHECKS):
        print('ECHEC liste des unanswerable differente des controles :', sorted(un), 'vs', sorted(CHECKS))
        fails += 1
    for qid, (what, anchors, forbidden) in CHECKS.items():
        problems = []
        for an in anchors:
            hits = [(f, n) for f, n, t in pages if re.search(an, t)]
            if not hits:
                problems.append('ancre absente du corpus : %r' % an)
        nwin = 0
        for scope, win, pat in forbidden:
            for f, n, t in pages:
                if scope is None:
                    zones = [t]
                else:
                    ms = list(re.finditer(scope, t))
                    if not ms:
                        continue
                    zones = [t] if win is None else [t[max(0, m.start() - win):m.end() + win] for m in ms]
                for z in zones:
                    nwin += 1
                    m = re.search(pat, z)
                    if m:
                        problems.append('%r trouve dans %s p.%d : ...%s...' % (
                            pat, f, n, z[max(0, m.start() - 60):m.end() + 60]))
        status = 'ECHEC' if problems else 'OK'
        fails += bool(problems)
        print('%-5s %s  (%s ; %d ancre(s), %d zone(s) examinee(s))' % (status, qid, what, len(anchors), nwin))
        for p in problems:
            print('      ', p)
    print('%d controle(s), %d echec(s)' % (len(CHECKS), fails))
    return 1 if fails else 0

if __name__ == '__main__':
    sys.exit(main())
