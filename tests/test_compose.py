"""The opener of an extractive answer keeps names capitalised and lowers a sentence's start."""

import pytest

from assistant.answer.compose import with_opener
from assistant.types import Chunk, DocInfo, Hit

DOC = DocInfo(
    source="f.pdf", title="Les entreprises et les partenariats", kind="fiche", date="2011-01"
)
HIT = Hit(Chunk("c", DOC, 2, "2", 0, 1, "x"), 1.0)


@pytest.mark.parametrize(
    "sentence, continued",
    [
        ("L’étude ARPEA Entreprises & Territoires s’intéresse aux entreprises.", "l’étude ARPEA"),
        ("Les élus locaux partagent ce constat.", "les élus"),
        ("L’ODD 17 porte sur les partenariats.", "l’ODD 17"),
        ("L’Observatoire des partenariats a été créé en 2008.", "l’Observatoire"),
        ("L’Oréal soutient des associations.", "L’Oréal"),
        ("PHARE-Institutions a distingué cinq profils.", "PHARE-Institutions"),
        ("Charles-Benoît Heidsieck préside l’association.", "Charles-Benoît"),
    ],
)
def test_opener(sentence, continued):
    text = with_opener(sentence, HIT)
    assert text.startswith(
        "D'après la fiche Repère « Les entreprises et les partenariats » (2011), "
    )
    assert text.split("(2011), ")[1].startswith(continued)


def test_a_pdf_absent_from_the_catalogue_opens_as_a_document_hors_catalogue():
    """Its kind is only guessed from the file name: not « la fiche Repère »."""
    outside = DocInfo("fiche-x.pdf", "Note", "fiche", date="2023", from_catalogue=False)
    text = with_opener(
        "Le RAMEAU compte 25 salariés.", Hit(Chunk("c", outside, 1, "1", 0, 1, "x"), 1)
    )
    assert (
        text == "D'après le document hors catalogue « Note » (2023), le RAMEAU compte 25 salariés."
    )
