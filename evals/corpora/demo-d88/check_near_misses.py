#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verifie que les 7 questions « unanswerable » de questions.jsonl sont bien des « presque » :
le sujet est present dans le corpus (controle de presence), mais ce qui est demande n'y figure
pas (controle d'absence), sur le texte pypdf page par page des 16 PDF du corpus de demonstration.

Usage : python check_near_misses.py [--pdf-dir /work/blind/demo-corpus] [--questions questions.jsonl]
Code de retour 1 s'il y a au moins un echec.
"""
import argparse, glob, json, os, re, sys, unicodedata


def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = re.sub(r"[\u2019\u2018\u02bc\u0060\u00b4\u2032']", "'", s)
    s = re.sub(r'[\u2010\u2011\u2012\u2013\u2014\u2212]', '-', s)
    s = re.sub(r'\s+', ' ', s)
    s = re.sub(r'(?<=\d) (?=\d)', '', s)
    s = re.sub(r' (?=[%\u20ac])', '', s)
    return s.strip()


def load(pdf_dir):
    import pypdf
    pages = []  # (fichier, page, texte normalise)
    for f in sorted(glob.glob(os.path.join(pdf_dir, '*.pdf'))):
        for i, p in enumerate(pypdf.PdfReader(f).pages, 1):
            pages.append((os.path.basename(f), i, norm(p.extract_text() or '')))
    return pages


def sentences(pages, topic):
    """Phrases (decoupe sur . ; ! ? et puces) contenant le motif topic."""
    out = []
    for f, i, t in pages:
        for s in re.split(r'(?<!\d)[.;!?\u2022\uf0b7](?!\d)', t):
            if re.search(topic, s):
                out.append((f, i, s.strip()))
    return out


# Chaque cas : nom, sujet (doit etre present), portee (phrases contenant ce motif ; None = tout le corpus ;
# (fichier, motif) = toutes les pages du fichier + phrases du reste du corpus contenant le motif),
# motifs interdits (la reponse demandee) dans cette portee.
CASES = [
    ('effectif du RAMEAU',
     r"rameau", r"rameau|petite equipe|une equipe",
     [r"\b\d+ (salaries|collaborateurs|permanents|employes|personnes|membres)\b",
      r"\b(salaries|collaborateurs|permanents|employes)\b.{0,40}\b(du|au) rameau"]),
    ('chiffre regional Normandie',
     r"normandie", r"normandie|normand",
     [r"\d+(,\d+)? ?%", r"\d+(,\d+)?/10", r"devoir d'alliance"]),
    ('nombre de membres du collectif Comite 21',
     r"comite 21", r"comite 21|collectif d'organisations",
     [r"\b\d+ (organisations|membres|structures|partenaires|acteurs)\b",
      r"(dizaine|vingtaine|trentaine|centaine) d"]),
    ('president de la Fondation des Territoires',
     r"fondation des territoires", r"fondation des territoires|21 co-fondateurs|fondation de lille",
     [r"presid", r"tresor", r"dirig", r"directeur|directrice|delegue general|deleguee generale"]),
    ('heure du lancement de la Charte',
     r"charte du faire alliance", None,
     [r"\b\d{1,2} ?h ?(\d{2})?\b", r"\b\d{1,2}:\d{2}\b", r"\bheures?\b", r"\bmidi\b|\bminuit\b"]),
    ('nombre de repondants IMPACT - Associations & Territoires',
     r"impact - associations & territoires",
     ('etude-impact-associations-territoires-2021.pdf', r"associations & territoires|associations employeuses"),
     [r"\b\d+ (repondants|reponses|questionnaires|responsables)\b",
      r"\b\d+ associations (ont repondu|ont ete interrogees|interrogees|repondantes)",
      r"(echantillon|panel) de \d+"]),
    ('nombre de maires interroges pour PHARE-Institutions',
     r"phare-institutions", r"phare-institutions",
     [r"\b\d+ (maires|elus|communes|personnes|repondants|personnes interrogees)\b",
      r"(echantillon|panel) de \d+", r"aupres de \d+"]),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument('--pdf-dir', default='/work/blind/demo-corpus')
    ap.add_argument('--questions', default=os.path.join(here, 'questions.jsonl'))
    a = ap.parse_args()
    pages = load(a.pdf_dir)
    print('%d pages lues dans %s' % (len(pages), a.pdf_dir))
    fails = 0
    for name, present, scope, forbidden in CASES:
        hits = [(f, i) for f, i, t in pages if re.search(present, t)]
        if not hits:
            print('ECHEC %s : sujet absent du corpus (%s) - ce ne serait pas un « presque »' % (name, present))
            fails += 1
            continue
        if scope is None:
            zone = [(f, i, t) for f, i, t in pages]
        elif isinstance(scope, tuple):  # toutes les pages d'un fichier + phrases du reste du corpus
            zone = [(f, i, t) for f, i, t in pages if f == scope[0]]
            zone += [(f, i, s) for f, i, s in sentences(pages, scope[1]) if f != scope[0]]
        else:
            zone = sentences(pages, scope)
        bad = []
        for f, i, s in zone:
            for pat in forbidden:
                m = re.search(pat, s)
                if m:
                    bad.append((f, i, pat, s[max(0, m.start() - 80):m.end() + 80]))
        if bad:
            fails += 1
            for f, i, pat, ctx in bad:
                print('ECHEC %s : %s p.%d motif %r : ...%s...' % (name, f, i, pat, ctx))
        else:
            print('OK    %s : sujet present sur %d page(s), %d phrase(s)/page(s) examinee(s), rien de ce qui est demande'
                  % (name, len(hits), len(zone)))
    n_un = 0
    if os.path.exists(a.questions):
        with open(a.questions, encoding='utf-8') as fh:
            n_un = sum(1 for l in fh if l.strip() and json.loads(l)['kind'] == 'unanswerable')
        if n_un != len(CASES):
            print('ECHEC : %d questions unanswerable dans %s, %d cas controles' % (n_un, a.questions, len(CASES)))
            fails += 1
    print('%d cas, %d echec(s)' % (len(CASES), fails))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
