"""A small French corpus for the interface tests: three publications (fiche, bulletin, étude)
whose figures disagree on one point, and one whose text carries HTML/JavaScript."""

from __future__ import annotations

import shutil
from pathlib import Path

from pdf_factory import make_text_pdf

INJECTION = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'

CATALOGUE = """\
["fiche-devoir-alliance.pdf"]
title = "Fiche repère : le devoir d'alliance"
kind = "fiche"
number = "3"
date = "2019-06-12"

["bulletin-veille-2023.pdf"]
title = "Bulletin de veille : les partenariats en 2023"
kind = "bulletin"
number = "12"
date = "2023-03"

["etude-territoires.pdf"]
title = "Étude : les alliances dans les territoires"
kind = "étude"
date = "2021-11-05"
"""

PAGES = {
    "fiche-devoir-alliance.pdf": [
        [
            "Fiche repère n° 3 — Le devoir d'alliance",
            "",
            "Sommaire",
            "1. Définition",
            "2. Chiffres",
        ],
        [
            "Le devoir d'alliance",
            "",
            "Selon le baromètre de l'Observatoire, 78 % des Français pensent qu'il existe",
            "un devoir d'alliance entre les associations, les entreprises et les collectivités.",
            "Cette conviction progresse depuis 2015 dans toutes les régions.",
            "Les maires sont 64 % à considérer les partenariats comme une priorité.",
        ],
    ],
    "bulletin-veille-2023.pdf": [
        [
            "Bulletin de veille n° 12",
            "",
            "En 2023, 82 % des Français pensent qu'il existe un devoir d'alliance",
            "entre les acteurs, selon la dernière vague du baromètre.",
            "Les entreprises engagées dans un partenariat associatif sont 41 %.",
        ],
    ],
    "etude-territoires.pdf": [
        [
            "Étude : les alliances dans les territoires",
            "",
            "Les partenariats territoriaux réunissent en moyenne 4 acteurs.",
            "Les collectivités financent 30 % des projets de coopération locale.",
        ],
        [
            "Annexe technique",
            "",
            "Exemple de balise trouvée dans un PDF :",
            INJECTION,
            "Les coopérations entre associations et écoles concernent 12 % des communes.",
        ],
    ],
}


def build_small_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, pages in PAGES.items():
        make_text_pdf(folder / name, pages)
    (folder / "catalogue.toml").write_text(CATALOGUE, encoding="utf-8")
    return folder


SECRET = ["Document hors corpus", "", "Ce fichier se trouve en dehors du dossier des publications."]


def build_test_corpus(folder: Path, demo: Path) -> Path:
    """The shipped demo corpus when it exists (plus the injection PDF), else the small one;
    either way with a symlink that points out of the corpus, as a careless copy would leave."""
    if any(demo.glob("*.pdf")):
        shutil.copytree(demo, folder, ignore=shutil.ignore_patterns("_source", "__pycache__"))
        # No catalogue entry and a name that says no kind: an « autre » document.
        make_text_pdf(folder / "annexe-balises.pdf", PAGES["etude-territoires.pdf"])
    else:
        build_small_corpus(folder)
    outside = make_text_pdf(folder.parent / "hors-corpus" / "secret.pdf", [SECRET])
    (folder / "lien-hors-corpus.pdf").symlink_to(outside)
    (folder.parent / "hors-corpus" / "notes.txt").write_text("secret", encoding="utf-8")
    return folder
