#!/usr/bin/env python
"""Regex sweep of the 13 PDFs (5 generated + 8 real-world) for the 7 unanswerable near misses.

Usage: /work/main/.venv/bin/python check_near_misses.py
Prints, for every near miss, each regex and every page where it matches, with context, so
that a reader can confirm that no page answers the question. Text = pypdf, whitespace
collapsed.
"""
import glob
import os
import re

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
PDFS = sorted(glob.glob(os.path.join(HERE, "obs-s49-*.pdf"))) + \
    sorted(glob.glob("/work/shared/realworld-pdfs/real-*.pdf"))

CHECKS = {
    "s4928 note /10 de l'éducation (PHARE-Citoyens)": [
        r"[ÉEé]ducation.{0,60}\d+,\d", r"\d+,\d\s*(/\s*10|sur 10).{0,40}[ÉEé]ducation", r"PHARE-Citoyens"],
    "s4942 tonnes données par Libertad en Argentine": [
        r"(Argentin|Libertad).{0,300}tonnes", r"tonnes.{0,200}(Argentin|Libertad)"],
    "s4946 effectif de l'étude IMPACT – Elus locaux 2020": [
        r"\d[\d ]*\s+(maires|élus)", r"Elus locaux.{0,120}(novembre 2020|2020)"],
    "s4950 fonction de Gabriel Attal": [r"Attal.{0,120}", r"(secrétaire d.État|ministre).{0,80}Attal"],
    "s4954 dotation de la Fondation des Territoires": [
        r"Fondation des Territoires.{0,200}(dot|M€|millions?|€)", r"(dotation|doté)e?.{0,100}"],
    "s4958 chiffre normand (associations employeuses et collectivités)": [r"Normandie.{0,200}", r"normand"],
    "s4960 fondations d'entreprise parmi les 42 fondations": [
        r"42 fondations.{0,200}", r"fondations? d.entreprise.{0,100}"],
}


def main():
    texts = {}
    for p in PDFS:
        r = PdfReader(p)
        texts[os.path.basename(p)] = [" ".join((pg.extract_text() or "").split()) for pg in r.pages]
    print("%d PDFs scanned" % len(texts))
    for label, regs in CHECKS.items():
        print("\n=== " + label)
        for rx in regs:
            hits = []
            for name, pages in texts.items():
                for i, t in enumerate(pages, 1):
                    for m in re.finditer(rx, t, flags=re.IGNORECASE):
                        hits.append("   %s p.%d: ...%s..." % (name, i, t[max(0, m.start() - 60):m.end() + 40]))
            print(" regex %r: %d hit(s)" % (rx, len(hits)))
            for h in hits[:12]:
                print(h)
            if len(hits) > 12:
                print("   (+%d more)" % (len(hits) - 12))


if __name__ == "__main__":
    main()
