#!/usr/bin/env python3
"""Regex evidence for the 7 unanswerable near misses of questions.jsonl, over all 13 PDFs
(5 obs-s51-*.pdf + 8 real-*.pdf), pypdf text, whitespace collapsed.

For each near miss: (1) a 'subject' regex must match somewhere (the corpus knows the subject),
(2) an 'answer' regex must match nowhere (what is asked is absent). Exit 1 if either fails.
"""
import glob
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
PDFS = sorted(glob.glob(os.path.join(HERE, "obs-s51-*.pdf"))) + \
    sorted(glob.glob("/work/shared/realworld-pdfs/real-*.pdf"))

PAGES = []  # (file, page, text)
for f in PDFS:
    for i, p in enumerate(PdfReader(f).pages, 1):
        PAGES.append((os.path.basename(f), i, re.sub(r"\s+", " ", p.extract_text() or "")))

W = r"[^.;]{0,160}"  # same sentence / clause window
CHECKS = [
    ("s5106 Normandie, associations employeuses avec partenariat",
     r"Normandie",
     r"Normandie" + W + r"\d+ ?%|\d+ ?%" + W + r"Normandie|normand" + W + r"\d+ ?%"),
    ("s5113 ARPEA, Français 'urgent', année 2010",
     r"urgent de (créer|développer)",
     r"2010" + W + r"urgent|urgent" + W + r"2010"),
    ("s5122 mandat / circonscription de Cathy Racon-Bouzon",
     r"Racon-Bouzon",
     r"(?i)d[ée]put[ée]|circonscription|parlementaire|Racon-Bouzon,? (élue|maire|sénatrice)"),
    ("s5128 part TotalEnergies de la dotation du Fonds ODD 17",
     r"Fonds ODD 17" + W + r"1,5 M€",
     r"(TotalEnergies|Fonds ODD 17)" + W + r"(?<![\d,])(?!1,5 M€)(\d[\d ,]*(?: ?(?:M€|k€|€|euros))|\d+ ?%)"),
    ("s5136 entreprises de plus de 250 salariés (note du 29 février 2016)",
     r"37 % des entreprises d'au moins 10 salariés",
     r"(?i)250 salariés|plus de 250 (salariés|personnes)|grandes entreprises" + W + r"\d+ ?%|\d+ ?%" + W + r"grandes entreprises"
     r"|ETI\b"),
    ("s5145 nature des 21 co-fondateurs de la Fondation des Territoires",
     r"21 co-fondateurs",
     r"(?i)co-?fondateurs" + W + r"\d+ (entreprises|associations|collectivités|fondations)"
     r"|\d+ (entreprises|associations|collectivités) (co-?fondatrices|parmi les co-?fondateurs)"),
    ("s5152 Casino, tonnes données aux banques alimentaires en 2016",
     r"25 100 tonnes",
     # sentence-level: 2016, tonnes and a food-donation word in the same sentence
     r"SENT:^(?=.*2016)(?=.*tonnes)(?=.*(banques? alimentaires|\bdons?\b|collect|ramasse|aide alimentaire))"),
]


# synthetic positive controls: each answer pattern must catch a sentence that WOULD answer
CONTROLS = [
    "En Normandie, 97 % des associations employeuses ont un partenariat.",
    "En 2010, 85 % des Français jugeaient urgent de créer des partenariats.",
    "Cathy Racon-Bouzon, députée des Bouches-du-Rhône, a porté le texte.",
    "La Fondation TotalEnergies a apporté 1 M€ au Fonds ODD 17.",
    "Parmi les entreprises de plus de 250 salariés, 60 % ont un partenariat.",
    "Parmi les 21 co-fondateurs, 12 entreprises et 9 associations.",
    "En 2016, 20 000 tonnes ont été données aux banques alimentaires.",
]


def main():
    bad = 0
    for (label, _s, answer), ctl in zip(CHECKS, CONTROLS):
        rx = answer[5:] if answer.startswith("SENT:") else answer
        if not re.search(rx, ctl):
            bad += 1
            print("FAIL control for %s: %r not caught" % (label, ctl))
    for label, subject, answer in CHECKS:
        subj = [(f, p) for f, p, t in PAGES if re.search(subject, t)]
        if answer.startswith("SENT:"):
            rx = answer[5:]
            hits = [(f, p, snt[:90]) for f, p, t in PAGES for snt in re.split(r"(?<=[.;!?])\s", t)
                    if re.search(rx, snt)]
        else:
            hits = [(f, p, m.group(0)[:90]) for f, p, t in PAGES for m in re.finditer(answer, t)]
        ok = bool(subj) and not hits
        bad += not ok
        print("%s %s" % ("OK  " if ok else "FAIL", label))
        print("     subject /%s/ on %d page(s): %s" % (subject[:50], len(subj),
              ", ".join("%s p%d" % (f.replace(".pdf", ""), p) for f, p in subj[:6])))
        print("     answer pattern hits: %d %s" % (len(hits), hits[:3] if hits else ""))
    print("%d pages scanned in %d PDFs; %d near miss(es) failing" % (len(PAGES), len(PDFS), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
