# -*- coding: utf-8 -*-
"""Contrôle des 7 questions « near-miss » (kind = unanswerable) du jeu s68.

Pour chacune, on lit le texte pypdf des 14 PDF (6 générés + 8 réels) et on montre :
  1. que le SUJET est bien présent (pages où il apparaît) ;
  2. qu'AUCUNE réponse n'existe (motifs de réponse absents, dans le périmètre indiqué).
Usage : /work/main/.venv/bin/python check_near_misses.py   (code de sortie 1 si un contrôle échoue)
"""
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
    s = s.lower().replace('\u2019', "'")
    return re.sub(r'\s+', ' ', s)


PAGES = []  # (fichier, page, texte normalisé)
for d in (HERE, REAL):
    for f in sorted(os.listdir(d)):
        if f.endswith('.pdf') and (f.startswith('obs-s68-') or d == REAL):
            r = pypdf.PdfReader(os.path.join(d, f))
            for i, p in enumerate(r.pages, 1):
                PAGES.append((f, i, norm(p.extract_text() or '')))
assert len({f for f, _, _ in PAGES}) == 14, 'il faut les 14 PDF'


def pages_with(*needles):
    return [(f, i) for f, i, t in PAGES if all(norm(n) in t for n in needles)]


def hits(regex, scope=None, near=None, win=250):
    """Occurrences de regex (sur le texte normalisé) ; scope : liste de (f, p) ;
    near : ne garder que les occurrences à moins de `win` caractères de ce mot."""
    out = []
    for f, i, t in PAGES:
        if scope is not None and (f, i) not in scope:
            continue
        for m in re.finditer(regex, t):
            if near is not None:
                ctx = t[max(0, m.start() - win): m.end() + win]
                if norm(near) not in ctx:
                    continue
            out.append((f, i, t[max(0, m.start() - 60): m.end() + 60]))
    return out


def show(title, subject, answers, note=''):
    global failed
    print('=' * 100)
    print(title)
    ok_subject = all(v for v in subject.values())
    for k, v in subject.items():
        print('  sujet  %-45s : %s' % (k, ', '.join('%s p.%d' % x for x in v) or 'ABSENT'))
    ok_answer = True
    for k, v in answers.items():
        print('  réponse %-44s : %s' % (k, 'aucune occurrence' if not v else '%d occurrence(s)' % len(v)))
        for f, i, ctx in v[:5]:
            print('      !! %s p.%d : …%s…' % (f, i, ctx))
        ok_answer = ok_answer and not v
    if note:
        print('  note :', note)
    res = ok_subject and ok_answer
    print('  =>', 'OK (sujet présent, aucune réponse)' if res else 'ÉCHEC')
    failed = failed or not res


failed = False
PHONE = r'(?:\+33 ?|\b0)[1-9](?:[ .-]?\d{2}){4}\b'
REGIONS = (r'bretagne|normandie|hauts-de-france|grand est|occitanie|nouvelle-aquitaine|auvergne|bourgogne|'
           r'centre-val|ile-de-france|pays de la loire|provence|corse|alsace|poitou')
TIME = r'\b\d{1,2} ?h ?\d{0,2}\b|\b\d{1,2}:\d{2}\b'

# s6805 — téléphone du RAMEAU
rameau = pages_with('rameau')
show('s6805  « c koi le num de tel du rameau »',
     {'fiche « Le RAMEAU » (annuaire)': pages_with('Le RAMEAU', 'Fondée en : 2006'),
      'ligne de contact « Écrire au RAMEAU »': pages_with('Écrire au RAMEAU'),
      'mention « aucune fiche ne publie de numéro »': pages_with('ne publie de numéro de téléphone')},
     {'numéro de téléphone sur une page citant le RAMEAU': hits(PHONE, scope=rameau),
      'motif « tél. / tel : » sur ces pages': hits(r'\btel\.? ?:|\btel\b\.', scope=rameau)},
     'le mot « téléphone » n\'y figure que pour dire qu\'aucun numéro n\'est publié ou pour le mode '
     'd\'enquête (« par téléphone », « au téléphone »).')

# s6810 — salariés du RAMEAU
show('s6810  « et elle a combien de salariés, cette asso ? » (suite de s6809, Le RAMEAU)',
     {'fondation du RAMEAU (2006)': pages_with('Le RAMEAU', '2006'),
      'champ « Membres / salariés : n. c. » de la fiche': pages_with('Le RAMEAU', 'Membres / salariés : n. c. — plus de 500')},
     {'nombre suivi de salarié(s)/employé(s)/ETP près de « rameau »':
          hits(r'\d[\d ]*\s*(?:salarie|employe|etp\b|collaborat|permanent)', near='rameau', win=300),
      '« effectif » chiffré près de « rameau »': hits(r'effectif[^.]{0,40}\d', near='rameau', win=300)},
     'les « plus de 500 organisations » associées aux expérimentations ne sont pas un effectif.')

# s6819 — maires bretons
maires = pages_with('maires')
show('s6819  « ca donne quoi en bretagne, les maires qui trouvent leur territoire en mouvement ? »',
     {'enquête IMPACTS & TRAJECTOIRES – Elus locaux': pages_with('IMPACTS & TRAJECTOIRES', '302'),
      'chiffre national 91 %': pages_with('91 %', 'mouvement')},
     {'Bretagne / breton(ne)s sur une page parlant de maires':
          hits(r'(?<!grande-)bretagne|\bbreton(?:ne)?s?\b', scope=maires),
      'ventilation régionale (« par région », nom d\'une région) près des résultats « mouvement »':
          hits(r'par region|' + REGIONS, scope=pages_with('302', 'maires'), near='mouvement', win=400)},
     'ailleurs dans le corpus, « Grande-Bretagne » (EDF) et le nom propre « Breton » (guide MITI) '
     'n\'ont aucun rapport ; sur la page des résultats, « régional 47 % » désigne l\'échelle des partenariats '
     'des associations employeuses (autre étude), pas une région.')

# s6828 — trésorier de la Fondation des Territoires
fdt = pages_with('Fondation des Territoires')
show('s6828  « Qui est le trésorier de la Fondation des Territoires ? »',
     {'Fondation des Territoires': fdt,
      '21 co-fondateurs': pages_with('21 co-fondateurs')},
     {'trésorier/trésorière (tout le corpus)': hits(r'tresori'),
      'bureau / président(e) / secrétaire général(e) de la Fondation':
          hits(r'bureau de la fondation|president(?:e)? de la fondation des territoires|'
               r'secretaire general(?:e)? de la fondation', scope=fdt)})

# s6836 — heure du 3e dîner
diner = pages_with('dîner')
show('s6836  « Le 3e dîner « Elus & Entreprises » du 23 novembre, il commence à quelle heure ? »',
     {'3e dîner « Elus & Entreprises »': pages_with('dîner', 'Elus & Entreprises'),
      'date du 23 novembre': pages_with('dîner', '23 novembre')},
     {'horaire (« 19 h », « 19h30 », « 19:30 ») à moins de 250 caractères de « dîner »':
          hits(TIME, scope=diner, near='diner')},
     'la seule heure de la lettre (« 09:14 ») est dans l\'en-tête du courriel (ligne « Date : »), '
     'loin de l\'agenda : ' + '; '.join('%s p.%d …%s…' % h for h in hits(TIME, scope=diner)))

# s6844 — marge d'erreur de PHARE-Citoyens
pc = pages_with('PHARE-Citoyens')
show('s6844  « Quelle est la marge d\'erreur de l\'enquête PHARE-Citoyens ? »',
     {'PHARE-Citoyens': pc,
      'note de méthode (plus de 2 000 personnes)': pages_with('Note de méthode', '2 000')},
     {'marge d\'erreur / intervalle de confiance / ± sur une page PHARE-Citoyens':
          hits(r"marge d'erreur|intervalle de confiance|±|\+/-", scope=pc),
      'marge d\'erreur (tout le corpus)': hits(r"marge d'erreur")})

# s6854 — budget de la tranche 2 de REACH
pulse = [(f, i) for f, i, _ in PAGES if f == 'real-pulse-reach-presentation.pdf']
amounts = hits(r'\d[\d ,.]*\s?(?:m€|k€|€|eur\b|euros?)', scope=pulse)
allowed = {'1,638m€', '800 000€'}
others = [h for h in amounts if not any(a in h[2].replace('\u00a0', ' ') for a in allowed)]
show('s6854  « Quel est le budget de la deuxième tranche du projet REACH ? »',
     {'tranche T2 (décembre 2024-juin 2026)': pages_with('T2 (décembre 2024-juin'),
      'budget total du projet': pages_with('Budget total : 1,638M€')},
     {'montant autre que le total (1,638 M€) et l\'apport AFD (800 000 €)': others},
     'montants trouvés dans le PDF : ' + '; '.join('p.%d …%s…' % (i, c.strip()) for f, i, c in amounts))

# cohérence avec questions.jsonl
ids = {'s6805', 's6810', 's6819', 's6828', 's6836', 's6844', 's6854'}
qs = [json.loads(l) for l in open(os.path.join(HERE, 'questions.jsonl'), encoding='utf-8')]
un = {q['id'] for q in qs if q['kind'] == 'unanswerable'}
print('=' * 100)
print('inaccessibles de questions.jsonl :', sorted(un), '— contrôlés ici :', 'oui' if un == ids else 'NON')
failed = failed or un != ids
print('RÉSULTAT :', 'ÉCHEC' if failed else 'les 7 near-miss sont sans réponse et leur sujet est présent')
sys.exit(1 if failed else 0)
