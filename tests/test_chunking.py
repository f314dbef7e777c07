import pytest

from assistant.ingest.chunking import chunk_id, chunk_pages, find_headings
from assistant.types import DocInfo, Page

DOC = DocInfo("fiche.pdf", "Fiche", "fiche", date="2021-03-01")
SENT = "Selon l'étude, 81 % des Français estiment qu'il existe un devoir d'alliance. "


def test_passages_keep_page_label_offsets_and_section():
    p1 = (
        "1. Le devoir d'alliance\n\n"
        + SENT * 12
        + "\n\nLes maires\n\n"
        + "Ils sont 92 % à le dire. " * 8
    )
    p2 = "Suite : les entreprises partagent ce constat pour 84 % d'entre elles."
    chunks = chunk_pages(DOC, "f" * 64, [Page(1, "7", p1), Page(2, "8", p2)], 300, 50)
    assert [c.position for c in chunks] == list(range(len(chunks)))
    for c in chunks:
        page_text = p1 if c.page == 1 else p2
        assert page_text[c.start : c.end] == c.text
        assert c.page_label == ("7" if c.page == 1 else "8")
        assert len(c.text) <= 300 + 120
        assert c.doc.source == "fiche.pdf"
    assert chunks[0].section == "1. Le devoir d'alliance"
    assert chunks[0].text.startswith("1. Le devoir d'alliance\n\nSelon")  # heading not alone
    maires = [c for c in chunks if "92 %" in c.text]
    assert maires and all(c.section == "Les maires" for c in maires)
    assert chunks[-1].page == 2 and chunks[-1].section == "Les maires"  # carried across pages


def test_sentences_not_cut_mid_way():
    chunks = chunk_pages(DOC, "a" * 64, [Page(1, "1", SENT * 30)], 400, 0)
    assert all(c.text.endswith(".") for c in chunks)


def test_empty_pages_give_no_chunk():
    assert chunk_pages(DOC, "a" * 64, [Page(1, "1", "", has_text_layer=False)], 300, 50) == []


def test_ids_are_deterministic_and_content_based():
    pages = [Page(1, "1", SENT * 10)]
    a = chunk_pages(DOC, "b" * 64, pages, 300, 50)
    b = chunk_pages(DOC, "b" * 64, pages, 300, 50)
    assert [c.id for c in a] == [c.id for c in b]
    assert len({c.id for c in a}) == len(a)
    assert chunk_id("c" * 64, 0, "x") != chunk_id("b" * 64, 0, "x")
    assert chunk_id("c" * 64, 0, "x") != chunk_id("c" * 64, 0, "y")


@pytest.mark.parametrize(
    "line, heading",
    [
        ("1. Le devoir d'alliance", True),
        ("Les maires", True),
        ("Méthodologie de l'enquête", True),
        ("Selon l'étude, 81 % des Français estiment qu'il existe un devoir.", False),
        ("81 % des maires", False),
        # a sentence ends inside the line: wrapped running text, not a heading
        ("Cette idée a trouvé un écho. Lors du forum 2019, Gabriel", False),
        ("M. Dupont et les maires", True),
        # a heading may open on its section's year or period, then a colon or a dash
        ("3. 2018-2022 : IMPACT, mesurer les effets", True),
        ("5. 2020 : des données pour agir", True),
        ("2016 — PHARE-Institutions", True),
        ("2000 répondants : les maires", False),
        ("2008 2010 2011 2012", False),
        ("et la suite en minuscules", False),
        (
            "Une phrase bien trop longue pour être un titre car elle compte beaucoup trop de mots au total",
            False,
        ),
    ],
)
def test_find_headings(line, heading):
    assert bool(find_headings(f"{line}\nTexte.")) is heading


def test_a_passage_never_opens_on_the_tail_of_a_sentence():
    from assistant.ingest.chunking import chunk_pages
    from assistant.types import DocInfo, Page

    line = (
        "accompagne les associations employeuses du territoire dans leurs projets de "
        "coopération avec les entreprises et les collectivités locales, puis"
    )
    # One long sentence the splitter must cut at a line end, then a short one.
    text = (
        "Le dispositif régional\n"
        + "\n".join([line] * 3)
        + " jusqu'à la fin de l'année.\nLe bilan paraîtra en 2025."
    )
    doc = DocInfo(source="a.pdf", title="A", kind="autre", date="2024")
    chunks = chunk_pages(doc, "a" * 64, [Page(1, "1", text)], size=400, overlap=0)
    assert len(chunks) > 1
    assert all(c.text[:1].isupper() for c in chunks)
    assert chunks[0].text.endswith("jusqu'à la fin de l'année.")


def test_a_line_wrapped_after_a_first_name_keeps_the_sentence_whole():
    """« … politique. Lors du FNAF 2019, Gabriel » / « Attal a confié … »: read as a heading,
    the first line left the answer with « Attal a confié », the first name lost."""
    from assistant.answer.units import units

    text = (
        "Les chiffres sont sans ambiguïté : 81 % des Français parlent d'un devoir d'alliance,\n"
        "et 92 % des maires d'un besoin d'alliance, selon les enquêtes de l'Observatoire.\n"
        "Cette conviction a trouvé un prolongement politique. Lors du FNAF 2019, Gabriel\n"
        "Attal a confié une mission à deux personnalités : Cathy Racon-Bouzon, députée, et\n"
        "Charles-Benoît Heidsieck. Leur rapport a été remis le 7 mai 2020, au ministre.\n"
    )
    said = [u.text for u in units(text)]
    assert any(s.startswith("Lors du FNAF 2019, Gabriel Attal a confié") for s in said), said


# Key figures set a line each, then a heading, then the section it heads: the splitter's cut
# falls right after the heading (at a size of 220 to 250 characters).
KEY_FIGURES_THEN_SECTION = (
    "Ce cahier rassemble plusieurs résultats récents\n"
    "302\n91 %\n84 %\nmaires ont répondu\nvoient leur territoire en mouvement\n"
    "des répondants vivent dans une\ncommune de moins de 2 000\nhabitants\n"
    "Comment l'enquête a été menée\n"
    "Les entretiens ont eu lieu par téléphone. Ils se sont étalés sur quatre semaines, du 30\n"
    "septembre au 28 octobre 2024, auprès d'un échantillon de maires. Les petites communes y\n"
    "sont très présentes, ce qui reflète la réalité du maillage communal français.\n"
)


@pytest.mark.parametrize("size", [220, 250])
def test_a_heading_opens_the_passage_it_heads(size):
    chunks = chunk_pages(DOC, "c" * 64, [Page(1, "1", KEY_FIGURES_THEN_SECTION)], size, 0)
    assert not any(c.text.rstrip().endswith("menée") for c in chunks)
    section = next(c for c in chunks if "par téléphone" in c.text)
    assert section.text.startswith("Comment l'enquête a été menée")
    assert section.section == "Comment l'enquête a été menée"
