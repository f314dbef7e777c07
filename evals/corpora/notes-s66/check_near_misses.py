# -*- coding: utf-8 -*-
"""Contrôle des 7 questions « near-miss » du jeu s66 : pour chacune, le sujet est présent dans le
texte pypdf des 14 PDF, et aucune réponse (motif recherché) n'y figure.
Usage : python check_near_misses.py  — code de sortie 1 si un contrôle échoue."""
import os, re, sys, unicodedata
from pypdf import PdfReader
HERE = os.path.dirname(os.path.abspath(__file__))
REAL = "/work/shared/realworld-pdfs"
def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"\s+", " ", s.replace("\u2019", "'"))
pdfs = [os.path.join(HERE, f) for f in sorted(os.listdir(HERE)) if f.startswith("obs-s66-") and f.endswith(".pdf")]
pdfs += [os.path.join(REAL, f) for f in sorted(os.listdir(REAL)) if f.endswith(".pdf")]
assert len(pdfs) == 14, len(pdfs)
TEXT = {}
for p in pdfs:
    for i, pg in enumerate(PdfReader(p).pages, 1):
        TEXT[(os.path.basename(p), i)] = norm(pg.extract_text() or "")
def where(rx):
    r = re.compile(rx)
    return [(f, i) for (f, i), t in TEXT.items() if r.search(t)]
PHONE = r"(?:\+33|\+41|\b0\d)[ .]?\d{1,2}(?:[ .]?\d{2}){3,4}|t[eé]l[eé]phone ?:|\btel\.? ?:|\bt[eé]l\. "
CASES = [
  ("s6607", "téléphone de la rédaction du bulletin Veille Alliances & Territoires",
   [r"proposer une breve", r"formulaire"], [PHONE], "obs-s66-01"),
  ("s6614", "nombre de salariés du RAMEAU",
   [r"le rameau a ete cree en 2006"], [r"rameau[^.]{0,80}\d+ (salarie|collaborat|permanent|employe)", r"(salarie|collaborat|permanent|employe)s? du rameau"], None),
  ("s6622", "% des maires de Bretagne (territoire en mouvement)",
   [r"territoire est en mouvement", r"302 maires"], [r"(?<!grande-)bretagne", r"maires[^.]{0,80}(par region|region par region|bretagne)"], None),
  ("s6629", "trésorier de la Fondation des Territoires",
   [r"21 co-fondateurs", r"fondation de lille"], [r"tresori"], None),
  ("s6638", "heure de la soirée de lancement de la Charte",
   [r"30 novembre 2021", r"vitawin"], [r"\b\d{1,2} ?h ?\d{0,2}\b[^.]{0,120}(charte|saint-maurice|vitawin)", r"(charte|saint-maurice|vitawin)[^.]{0,120}\b\d{1,2} ?h(eures?)?\b"], "obs-s66-"),
  ("s6643", "téléphone de Re-Co",
   [r"av\. de morges 63", r"info@re-co\.ch"], [PHONE], "real-recoop"),
  ("s6654", "budget de l'étude IMPACT Fondations & Territoires",
   [r"42 fondations"], [r"(budget|cout|montant)[^.]{0,100}fondations (&|et) territoires", r"fondations (&|et) territoires[^.]{0,200}(budget|cout|€|euros)"], None),
]
bad = 0
for qid, label, subj, ans, scope in CASES:
    print("==", qid, label)
    for rx in subj:
        hits = where(rx)
        print("   sujet  %-45s -> %d page(s) %s" % (rx, len(hits), sorted(hits)[:4]))
        if not hits: bad += 1; print("   ECHEC : sujet absent")
    for rx in ans:
        hits = [h for h in where(rx) if scope is None or h[0].startswith(scope)]
        print("   réponse %-44s -> %d page(s) %s" % (rx[:44], len(hits), sorted(hits)[:4]))
        if hits: bad += 1; print("   ECHEC : réponse possible trouvée")
print("near-miss : %d échec(s)" % bad)
sys.exit(1 if bad else 0)
