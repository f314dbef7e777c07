#!/usr/bin/env python3
"""Regex sweep over the 13 PDFs (5 obs-s54 + 8 real) for the 7 unanswerable near misses.

For each near miss, 'probe' patterns show where the subject is known (hits expected) and
'answer' patterns look for the missing fact (zero hits expected). Exit 1 if an 'answer'
pattern matches anywhere.  Usage: /work/main/.venv/bin/python check_near_misses.py
"""
import glob
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(glob.glob(os.path.join(HERE, "obs-s54-*.pdf"))) + \
    sorted(glob.glob("/work/shared/realworld-pdfs/real-*.pdf"))

NEAR = {
    "s5405": {"probe": [r"Engagement Citoyen", r"123 missions"],
              "answer": [r"\d[\d ]*\s*(collaborateurs|salariés|bénévoles)\b[^.]{0,80}Engagement Citoyen",
                         r"Engagement Citoyen[^.]{0,200}\d[\d ]*\s*(collaborateurs|salariés|participants)"]},
    "s5418": {"probe": [r"PHARE-Citoyens", r"Pouvoir d'achat"],
              "answer": [r"PHARE[^.]{0,300}[Ll]ogement", r"[Ll]ogement[^.]{0,40}\d+,\d\b"]},
    "s5423": {"probe": [r"Fondation TotalEnergies", r"1,5 M€"],
              "answer": [r"TotalEnergies[^.]{0,200}(\d+ ?%|\d+(,\d+)? ?(M€|k€|€|millions?))[^.]{0,40}(apport|finance|verse)",
                         r"(apport|part|contribution)[^.]{0,60}Fondation TotalEnergies"]},
    "s5425": {"probe": [r"Fondation des Territoires"],
              "answer": [r"Fondation des Territoires[^.]{0,150}(présid|dirig)",
                         r"(présid|dirig)\w*[^.]{0,150}Fondation des Territoires"]},
    "s5428": {"probe": [r"PHARE-Institutions"],
              "answer": [r"PHARE-Institutions[^.]{0,200}\d[\d ]*\s*(maires|élus|répondants|personnes)\s+(interrogés|répondants|ont répondu)",
                         r"PHARE-Institutions\s+(Maires|Élus)[^|]{0,20}\d{2,}"]},
    "s5430": {"probe": [r"84 %[^.]{0,80}2012", r"2012 : 84 %"],
              "answer": [r"(dirigeants|entreprises)[^.]{0,150}2012[^.]{0,60}urgent",
                         r"2012[^.]{0,150}(dirigeants|entreprises)[^.]{0,60}urgent"]},
    "s5453": {"probe": [r"Université Numérique-CHK", r"800 000€"],
              "answer": [r"Université Numérique[^.]{0,200}\d[\d ,]*\s*(€|M€|k€|euros)",
                         r"(UN|UVS|CHK)[^.]{0,40}\d[\d ,]*\s*(€|M€|k€|euros)"]},
}


def main():
    assert len(FILES) == 13, FILES
    pages = {}
    for f in FILES:
        pages[os.path.basename(f)] = [re.sub(r"\s+", " ", p.extract_text() or "")
                                      for p in PdfReader(f).pages]
    bad = 0
    for qid, pats in NEAR.items():
        print("==", qid)
        for kind in ("probe", "answer"):
            for pat in pats[kind]:
                hits = [(fn, i) for fn, pp in pages.items() for i, t in enumerate(pp, 1)
                        if re.search(pat, t)]
                where = ", ".join("%s p%d" % h for h in hits[:6]) + (" …" if len(hits) > 6 else "")
                print("  %-6s %-3d %s  %s" % (kind, len(hits), pat[:70], where))
                if kind == "answer" and hits:
                    bad += 1
    print("answer-pattern hits:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
