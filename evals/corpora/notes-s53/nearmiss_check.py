#!/usr/bin/env python3
"""Regex checks of the 7 unanswerable near misses over all 13 PDFs (5 own + 8 real).

For each near miss, prints every page matching each pattern (with a short context), so the
reader can confirm that the corpus knows the subject but not the asked detail. The
"must_absent" patterns are those that would reveal the answer; the script exits 1 if any of
them matches somewhere.
"""
import glob
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
PDFS = sorted(glob.glob(os.path.join(HERE, "obs-s53-*.pdf"))) + \
    sorted(glob.glob("/work/shared/realworld-pdfs/real-*.pdf"))

CHECKS = {
    "s5308 (noms des 5 profils de maires)": {
        "context": [r"profils? de maires", r"typologie"],
        "must_absent": [r"profil\w*\s*(?:«|:)\s*\w+", r"maires?\s+«\s*(?:bâtisseur|gestionnaire|pionnier|animateur)"],
    },
    "s5316 (répondants du baromètre ESR 2022)": {
        "context": [r"Baromètre de l.ESR \d{4}", r"\b2022\b.{0,80}répond|répond.{0,80}\b2022\b"],
        "must_absent": [r"(?:[Éé]dition|Baromètre de l.ESR)\s+2022", r"en 2022.{0,60}répondants"],
    },
    "s5325 (président de la Fondation des Territoires)": {
        "context": [r"Fondation des Territoires"],
        "must_absent": [r"Fondation des Territoires.{0,200}présid|présid.{0,200}Fondation des Territoires"],
    },
    "s5332 (territoire en mouvement, étude 2020)": {
        "context": [r"en mouvement", r"IMPACT-Élus locaux"],
        "must_absent": [r"2020.{0,200}en mouvement|en mouvement.{0,200}2020"],
    },
    "s5340 (part propre de la Fondation TotalEnergies au Fonds ODD 17)": {
        "context": [r"TotalEnergies", r"Fonds ODD 17"],
        "must_absent": [r"TotalEnergies.{0,120}(?:apport|verse|contribu|finance)\w*.{0,40}\d+(?:,\d+)?\s*(?:M€|k€|€|millions)"],
    },
    "s5348 (dirigeants de grandes entreprises après le Covid)": {
        "context": [r"Covid", r"TPE & PME"],
        "must_absent": [r"(?:grandes entreprises|ETI|grands groupes).{0,200}(?:Covid|sortie de crise)|(?:Covid|sortie de crise).{0,200}(?:grandes entreprises|ETI|grands groupes)"],
    },
    "s5355 (associations normandes et entreprises, 11e rapport régional)": {
        "context": [r"Normandie", r"normand\w*", r"rapport régional"],
        "must_absent": [r"Normandie.{0,200}\d+\s?%|normand\w*.{0,200}\d+\s?%"],
    },
}


def main():
    pages = []
    for p in PDFS:
        for i, pg in enumerate(PdfReader(p).pages, 1):
            pages.append((os.path.basename(p), i, re.sub(r"\s+", " ", pg.extract_text() or "")))
    print("%d PDFs, %d pages scanned" % (len(PDFS), len(pages)))
    bad = 0
    for name, spec in CHECKS.items():
        print("\n==", name)
        for pat in spec["context"]:
            hits = [(f, i, m) for f, i, t in pages for m in [re.search(pat, t, re.I)] if m]
            print("  context /%s/: %d page(s)" % (pat, len(hits)))
            for f, i, m in hits[:8]:
                s = max(0, m.start() - 50)
                print("     %s p.%d: …%s…" % (f, i, pages[[k for k, x in enumerate(pages) if x[0] == f and x[1] == i][0]][2][s:m.end() + 50]))
        for pat in spec["must_absent"]:
            hits = [(f, i) for f, i, t in pages if re.search(pat, t, re.I)]
            print("  must_absent /%s/: %d hit(s) %s" % (pat, len(hits), hits[:5]))
            bad += len(hits)
    print("\nRESULT:", "OK (no revealing match)" if not bad else "%d revealing match(es)" % bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
