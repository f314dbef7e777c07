#!/usr/bin/env python3
"""Regex checks of the 7 s52 near misses over all 13 PDFs (pypdf text, whitespace collapsed).

For each near miss: 'present' regexes must match somewhere (the subject is in the corpus) and
'absent' regexes must match nowhere (what is asked is not). Exit 1 on any failure.
Also lists, for every answerable question, other pages holding all its must_contain strings.
"""
import glob
import json
import os
import re
import sys

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
PDFS = sorted(glob.glob(os.path.join(HERE, "obs-s52-*.pdf"))) + \
    sorted(glob.glob("/work/shared/realworld-pdfs/real-*.pdf"))

# glyph-name digits of the etalab PDF (/two.pnum) are decoded so that digit regexes see them too
GLYPH = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
         "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def norm(t):
    t = re.sub(r"/(zero|one|two|three|four|five|six|seven|eight|nine)\.(?:pnum|onum|tnum|lnum)",
               lambda m: GLYPH[m.group(1)], t or "")
    return re.sub(r"\s+", " ", t).strip()


PAGES = {}
for p in PDFS:
    PAGES[os.path.basename(p)] = [norm(x.extract_text()) for x in PdfReader(p).pages]

I = re.I
NEAR = {
    "s5254": {  # Normandie, associations employeuses
        "present": [r"Normandie", r"148 000 associations employeuses"],
        "absent": [r"Normandie[^.]{0,200}\d[\d  ]*\s*associations",
                   r"associations employeuses[^.]{0,120}(Normandie|normand)",
                   r"(Normandie|normand)[^.]{0,200}employeuses"],
    },
    "s5255": {  # PHARE-Citoyens note santé
        "present": [r"PHARE-Citoyens", r"7,1 / 10"],
        "absent": [r"santé[^.]{0,60}\d+(,\d)?\s*(/|sur)\s*10", r"\d+(,\d)?\s*(/|sur)\s*10[^.]{0,60}santé"],
    },
    "s5256": {  # ARPEA urgent 2010
        "present": [r"urgent de créer des partenariats en 2008", r"en 2012"],
        "absent": [r"urgen[^.]{0,120}2010", r"2010[^.]{0,120}urgen"],
    },
    "s5257": {  # part TotalEnergies du Fonds ODD 17
        "present": [r"Fondation TotalEnergies", r"1,5 M€"],
        # the only amount near TotalEnergies is the fund's total dotation (1,5 M€)
        "absent": [r"TotalEnergies[^.]{0,40}(apport|vers|financ|contribu|dote)[^.]{0,80}\d",
                   r"dont[^.]{0,40}\d[^.]{0,60}TotalEnergies",
                   r"TotalEnergies[^.]{0,150}\d[\d  ,]*\s*(k€|€|euros|millions?)(?![^.]{0,5}pour une)",
                   r"(moitié|part de la Fondation TotalEnergies)"],
    },
    "s5258": {  # président de la Fondation des Territoires
        "present": [r"Fondation des Territoires", r"21 co-fondateurs"],
        "absent": [r"Fondation des Territoires[^.]{0,150}(présid|dirig|directeur|directrice)",
                   r"(présid|dirig|directeur|directrice)[^.]{0,150}Fondation des Territoires"],
    },
    "s5259": {  # effectif IMPACT-Élus locaux 2020
        "present": [r"IMPACT-Élus locaux", r"novembre 2020", r"302 maires"],
        "absent": [r"2020[^.]{0,150}\d[\d  ]*\s*(maires|élus|répondants)\s*(interrogés|ont répondu)",
                   r"\d[\d  ]*\s*(maires|élus)\s*interrogés[^.]{0,150}2020"],
    },
    "s5260": {  # CPESR 2022 respondents
        "present": [r"Baromètre de l’ESR 2023", r"2460 répondants"],
        "absent": [r"(Baromètre|baromètre)[^.]{0,40}2022", r"(édition|Edition) 2022",
                   r"2022[^.]{0,120}répondants", r"répondants[^.]{0,120}2022"],
    },
}


def search(rx):
    hits = []
    for name, pages in PAGES.items():
        for i, t in enumerate(pages, 1):
            for m in re.finditer(rx, t, I):
                hits.append((name, i, t[max(0, m.start() - 60):m.end() + 60]))
    return hits


def main():
    bad = 0
    for qid, spec in NEAR.items():
        print("==", qid)
        for rx in spec["present"]:
            h = search(rx)
            ok = bool(h)
            bad += not ok
            print("  present %-60s %s (%d hits: %s)" % (rx[:60], "OK" if ok else "FAIL", len(h),
                  ", ".join(sorted({"%s p%d" % (n[:22], p) for n, p, _ in h}))[:150]))
        for rx in spec["absent"]:
            h = search(rx)
            ok = not h
            bad += not ok
            print("  absent  %-60s %s" % (rx[:60], "OK" if ok else "FAIL"))
            for n, p, ctx in h[:5]:
                print("      hit:", n, p, ctx)
    # alternative pages for answerable questions
    print("== other pages holding all must_contain strings")
    with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if not r["must_contain"]:
                continue
            alts = []
            for name, pages in PAGES.items():
                for i, t in enumerate(pages, 1):
                    if (name, i) == (r["source"], r["page"]):
                        continue
                    if all(norm(s) in t for s in r["must_contain"]):
                        alts.append("%s p%d" % (name, i))
            if alts:
                print("  %s %s -> %s" % (r["id"], r["must_contain"], "; ".join(alts[:6])))
    print("FAILURES:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
