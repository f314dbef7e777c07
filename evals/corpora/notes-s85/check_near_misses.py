#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Verifie que les 7 questions « unanswerable » de questions.jsonl restent sans reponse.

Pour chaque question, on repere dans le texte pypdf des 14 PDF (6 PDF s85 + 8 PDF reels) les
pages qui parlent du sujet (le corpus connait le sujet), puis on verifie que l'information
demandee n'y figure pas. Le script echoue aussi si le sujet n'apparait nulle part (ce ne serait
plus un « presque »).

Usage : /work/main/.venv/bin/python check_near_misses.py
Code de retour 1 s'il y a au moins un echec.
"""
import glob
import json
import os
import re
import sys
import unicodedata

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
REAL = '/work/shared/realworld-pdfs'


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


def load():
    pages = []   # (fichier, n, texte brut, texte normalise)
    files = sorted(glob.glob(os.path.join(HERE, 'obs-s85-*.pdf'))) + sorted(glob.glob(os.path.join(REAL, '*.pdf')))
    for f in files:
        r = pypdf.PdfReader(f)
        for i, p in enumerate(r.pages, 1):
            raw = p.extract_text() or ''
            pages.append((os.path.basename(f), i, raw, norm(raw)))
    return files, pages


def topic(pages, keys):
    return [p for p in pages if any(k in p[3] for k in keys)]


def main():
    files, pages = load()
    results = []

    def report(qid, name, topic_pages, problems):
        ok = bool(topic_pages) and not problems
        where = ', '.join('%s p.%d' % (f, n) for f, n, _, _ in topic_pages[:8])
        if len(topic_pages) > 8:
            where += ', …'
        results.append((qid, name, ok, len(topic_pages), where, problems))

    qs = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
    un = [q for q in qs if q['kind'] == 'unanswerable']
    byq = {q['question']: q['id'] for q in un}

    def qid(prefix):
        for text_, i in byq.items():
            if text_.startswith(prefix):
                return i
        return '?'

    # 1. heure du lancement de la Charte du faire alliance
    tp = topic(pages, ['saint-maurice', 'giving tuesday', 'charte du faire alliance', 'vitawin'])
    time_re = re.compile(r'\b([01]?\d|2[0-3]) ?h ?([0-5]\d)?\b|\b\d{1,2}:\d{2}\b|\b\d{1,2} heures?\b|\bmidi\b|\bminuit\b')
    probs = ['%s p.%d : %r' % (f, n, m.group(0)) for f, n, _, t in tp for m in time_re.finditer(t)]
    report(qid('À quelle heure'), 'heure du lancement de la Charte', tp, probs)

    # 2. tresorier de la Fondation des Territoires
    tp = topic(pages, ['fondation des territoires'])
    probs = ['%s p.%d : tresori*' % (f, n) for f, n, _, t in tp if 'tresori' in t]
    report(qid('Qui est le trésorier'), 'trésorier de la Fondation des Territoires', tp, probs)

    # 3. effectif salarie du RAMEAU
    tp = topic(pages, ['rameau'])
    staff = re.compile(r"\b\d[\d,]*\s*(?:salaries?|collaborat\w*|permanents?|employes?|personnes|etp|agents)\b"
                       r"|\b(?:effectifs?|equipe)\s+(?:de|d')\s*\d")
    allowed = {'10 salaries', '2000 personnes'}      # entreprises de 10 salaries et plus ; 2 000 personnes interrogees
    probs = []
    for f, n, _, t in tp:
        for m in staff.finditer(t):
            if m.group(0) not in allowed:
                probs.append('%s p.%d : %r' % (f, n, t[max(0, m.start() - 40):m.end() + 20]))
    report(qid('Le RAMEAU, il a combien'), 'effectif du RAMEAU', tp, probs)

    # 4. resultat regional (Bretagne) de IMPACTS & TRAJECTOIRES - Elus locaux 2024
    tp = topic(pages, ['trajectoires', '302 maires'])
    regions = ['bretagne', 'breton', 'normandie', 'occitanie', 'alsace', 'poitou', 'grand est', 'hauts-de-france',
               'ile-de-france', 'provence', 'auvergne', 'bourgogne', 'centre-val', 'pays de la loire',
               'nouvelle-aquitaine', 'corse']
    probs = []
    for f, n, _, t in tp:
        if 'bretagne' in t or 'breton' in t:
            probs.append('%s p.%d : mention de la Bretagne' % (f, n))
        for m in re.finditer('mouvement', t):
            win = t[max(0, m.start() - 200):m.end() + 200]
            for r_ in regions:
                if r_ in win:
                    probs.append('%s p.%d : %s pres de « mouvement »' % (f, n, r_))
    for f, n, _, t in pages:
        if ('bretagne' in t or 'breton' in t) and ('maire' in t or 'mouvement' in t):
            probs.append('%s p.%d : Bretagne et maires sur la meme page' % (f, n))
    report(qid('Dans l\'enquête IMPACTS'), 'résultat breton d\'IMPACTS & TRAJECTOIRES', tp, probs)

    # 5. taille de l'echantillon de PHARE-Institutions
    tp = topic(pages, ['phare-institutions', 'phare institutions', 'volet (matiere)'])
    probs = []
    for f, n, _, t in tp:
        for m in re.finditer(r'\b\d+ (?:maires|elus)\b|maires interroges|echantillon', t):
            probs.append('%s p.%d : %r' % (f, n, t[max(0, m.start() - 40):m.end() + 20]))
    report(qid('Combien de maires ont'), 'échantillon de PHARE-Institutions', tp, probs)

    # 6. apport financier de l'Universite Numerique-CHK au projet REACH
    tp = topic(pages, ['numerique-chk'])
    probs = []
    for f, n, raw, t in tp:
        amounts = set(re.findall(r'\d[\d,\.]*\s?(?:m€|k€|€|millions?|euros?)', t))
        if amounts - {'1,638m€', '800000€'}:
            probs.append('%s p.%d : montants %r' % (f, n, sorted(amounts)))
        if '(800000€)' not in t or "agence francaise de developpement (800000€)" not in t:
            probs.append('%s p.%d : les 800 000 EUR ne sont plus attribues a l\'AFD' % (f, n))
        for line in raw.splitlines():
            if 'CHK' in line and re.search(r'\d', line.split('CHK', 1)[1]):
                probs.append('%s p.%d : chiffre apres CHK : %r' % (f, n, line))
    report(qid('Combien l\'Université'), 'apport de l\'Université Numérique-CHK', tp, probs)

    # 7. nombre de signataires de la Charte du faire alliance
    tp = topic(pages, ['charte du faire alliance'])
    probs = []
    for f, n, _, t in tp:
        for m in re.finditer(r'signatai\w*|\b\d+ (?:structures|organisations|acteurs|entreprises|associations)'
                             r' (?:ont )?sign\w*|\bsignee par\b', t):
            probs.append('%s p.%d : %r' % (f, n, t[max(0, m.start() - 40):m.end() + 20]))
    report(qid('Combien de structures'), 'signataires de la Charte', tp, probs)

    fails = 0
    print('PDF lus : %d (%d pages)' % (len(files), len(pages)))
    for qid_, name, ok, ntp, where, probs in results:
        print('%s %-45s %s  (sujet present sur %d page(s) : %s)' % (qid_, name, 'OK' if ok else 'ECHEC', ntp, where))
        for p in probs:
            print('      - ' + p)
        if not ok:
            fails += 1
    if len(results) != len(un):
        print('ECHEC : %d questions unanswerable dans questions.jsonl, %d controlees' % (len(un), len(results)))
        fails += 1
    print('%d question(s) controlee(s) ; %d echec(s)' % (len(results), fails))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
