"""A small purpose-built corpus (real PDFs): two editions that disagree, a bulletin with a
pronoun-led sentence and a name, an étude with a definition."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pdf_factory import make_text_pdf

COVER = "Document de démonstration rédigé pour les tests."
DOCS = {
    "fiche-2016.pdf": (
        "fiche",
        "2016-05",
        "Le devoir d'alliance en 2016",
        [
            COVER,
            "Les Français et les alliances\n\nSelon l'étude PHARE-Citoyens publiée en septembre 2015, "
            "69 % des Français estiment qu'il existe un devoir d'alliance entre les acteurs.\n"
            "Cette attente est forte dans toutes les régions.",
        ],
    ),
    "fiche-2021.pdf": (
        "fiche",
        "2021-03",
        "Le devoir d'alliance en 2021",
        [
            COVER,
            "Une attente partagée\n\nEn 2021, 81 % des Français estiment qu'il existe un devoir "
            "d'alliance entre les acteurs.\nLes maires sont 92 % à exprimer un besoin d'alliance "
            "pour leur territoire.\nEnfin, 84 % des dirigeants d'entreprises disent avoir envie d'alliance.",
        ],
    ),
    "bulletin-2022.pdf": (
        "bulletin",
        "2022-07",
        "La Fondation des Territoires",
        [
            COVER,
            "Une fondation abritée\n\nLa Fondation des Territoires a été créée le 14 juin 2022 sous "
            "l'égide de la Fondation de Lille.\nElle réunit 21 co-fondateurs autour de trois missions.",
            "Gouvernance\n\nLe président-fondateur du RAMEAU est Charles-Benoît Heidsieck.\n"
            "La directrice générale est Laurence Weber.",
        ],
    ),
    "etude-2019.pdf": (
        "étude",
        "2019-11",
        "Outils de l'ODD 17",
        [
            COVER,
            "Le M.E.D.O.C.\n\nLe M.E.D.O.C. désigne un ensemble de ressources : Méthodes, Exemples, "
            "Données, Outils, Compétences.\nIl est proposé sur la plateforme www.odd17.org.",
        ],
    ),
}


def write_small_corpus(folder: Path, names: Iterable[str] | None = None) -> Path:
    """Write the PDFs (all, or those named) and their catalogue into `folder`."""
    cat = []
    for name in names or DOCS:
        kind, date, title, pages = DOCS[name]
        make_text_pdf(folder / name, pages)
        cat.append(
            f'["{name}"]\ntitle = "{title}"\nkind = "{kind}"\ndate = "{date}"\n'
            f'url = "https://exemple.org/{name}"\n'
        )
    (folder / "catalogue.toml").write_text("".join(cat), encoding="utf-8")
    return folder


def write_edition(corpus: Path, names: list[str]) -> None:
    """Make the folder hold exactly the PDFs `names` (those already there left untouched) and
    their catalogue: one edition of a corpus that changes."""
    corpus.mkdir(parents=True, exist_ok=True)
    for pdf in corpus.glob("*.pdf"):
        if pdf.name not in names:
            pdf.unlink()
    cat = []
    for name in names:
        kind, date, title, pages = DOCS[name]
        if not (corpus / name).exists():
            make_text_pdf(corpus / name, pages)
        cat.append(
            f'["{name}"]\ntitle = "{title}"\nkind = "{kind}"\ndate = "{date}"\n'
            f'url = "https://exemple.org/{name}"\n'
        )
    (corpus / "catalogue.toml").write_text("".join(cat), encoding="utf-8")
