#!/usr/bin/env python3
"""Contrôle des 7 questions « presque » (near-miss) du jeu s65 : dans le texte pypdf des 14 PDF,
le sujet est présent mais la réponse demandée est absente. Code de sortie 1 si un contrôle échoue."""
import glob
import os
import re
import sys

from check_questions import norm  # même normalisation que le contrôle des questions

import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
PDFS = sorted(glob.glob(os.path.join(HERE, "obs-s65-*.pdf"))) + \
    sorted(glob.glob("/work/shared/realworld-pdfs/*.pdf"))
TEXT = {}
for p in PDFS:
    TEXT[os.path.basename(p)] = [norm(pg.extract_text() or "") for pg in pypdf.PdfReader(p).pages]


def pages_with(pattern, only=None):
    out = []
    for f, pages in TEXT.items():
        if only and not f.startswith(only):
            continue
        for i, t in enumerate(pages, 1):
            if re.search(pattern, t):
                out.append((f, i, t))
    return out


def ctx(t, m, w=70):
    return t[max(0, m.start() - w):m.end() + w].replace("\n", " ")


CHECKS = [
    ("s6506", "numéro de téléphone de l'Observatoire",
     r"observatoire des partenariats.{0,300}contact|contact.{0,300}observatoire des partenariats",
     r"(\+33|\b0[1-9])([ .-]?\d{2}){4}\b|\btel\b ?:|telephone ?:",
     r"observatoire des partenariats|rameau", None),
    ("s6514", "nombre de participants à l'atelier",
     r"faire alliance en territoire", r"\b\d+ (participant|personne)s?\b|une (vingtaine|trentaine|quinzaine) de (participant|personne)",
     r"atelier participatif", "obs-s65-02"),
    ("s6521", "résultat pour les maires d'Occitanie",
     r"302 maires", r"occitanie", r"302 maires|elus locaux", None),
    ("s6528", "nombre de salariés du RAMEAU",
     r"le rameau a ete cree en 2006",
     r"rameau[^.]{0,80}\b\d+ (salarie|collaborateur|permanent)|\b\d+ (salarie|collaborateur|permanent)s?[^.]{0,60}(du|au) rameau|salaries du rameau",
     r"rameau", None),
    ("s6534", "heure du 5e webinaire « l'ODD 17 en pratique »",
     r"5e webinaire", r"webinaire[^.]{0,80}\b\d{1,2} ?h\b|\b\d{1,2} ?h ?\d{0,2}[^.]{0,40}webinaire",
     r"webinaire", None),
    ("s6543", "trésorier de la coopérative Re-Co",
     r"membres fondateurs", r"tresori", r"re-co|re -", "real-recoop"),
    ("s6558", "catalyseurs territoriaux déjà mobilisés",
     r"catalyseurs territoriaux",
     # un nombre devant « catalyseurs » qui ne se termine pas par 350 (pypdf colle « 17 » et
     # « 350 » dans le tableau : « fonds odd 17350 »), ou un chiffre de réalisation après
     r"\b\d*(?:[0-24-9]\d\d|3[0-46-9]\d|35[1-9]|\b\d{1,2}) (?:\u00ab ?)?catalyseurs|catalyseurs territoriaux[^.]{0,40}(mobilises|actifs|recrutes) ?:? ?\d",
     r"catalyseurs", None),
]

fail = 0
for qid, label, subj, ans, scope, only in CHECKS:
    print("=" * 78)
    print(qid, "—", label)
    subj_hits = pages_with(subj, only)
    print("  sujet présent : %d page(s)" % len(subj_hits))
    for f, i, t in subj_hits[:4]:
        m = re.search(subj, t)
        print("    %s p.%d … %s …" % (f, i, ctx(t, m, 50)))
    scope_pages = pages_with(scope, only)
    ans_hits = []
    for f, i, t in scope_pages:
        for m in re.finditer(ans, t):
            ans_hits.append((f, i, ctx(t, m)))
    print("  réponse cherchée (%s) sur %d page(s) du périmètre : %d occurrence(s)" %
          (ans, len(scope_pages), len(ans_hits)))
    for h in ans_hits[:5]:
        print("    !!", h)
    if not subj_hits or ans_hits:
        fail += 1
        print("  ÉCHEC")
    else:
        print("  OK : sujet présent, réponse absente")
print("=" * 78)
print("%d contrôle(s), %d échec(s)" % (len(CHECKS), fail))
sys.exit(1 if fail else 0)
