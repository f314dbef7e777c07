"""read_pdf on generated PDFs (every failure mode) and on the real-world French PDFs."""

from __future__ import annotations

import hashlib
import importlib.util
import re
from functools import cache
from pathlib import Path

import pytest
from pdf_factory import (
    encrypt_pdf,
    make_blank_pdf,
    make_fake_pdf,
    make_scanned_pdf,
    make_text_pdf,
    merge_pdfs,
    truncate_file,
)
from pypdf import PageObject, PdfWriter

from assistant.errors import PdfReadError
from assistant.ingest.pdf import GLYPHS_REPAIRED, NO_TEXT, PdfContent, ocr_pdf, read_pdf

REALWORLD = Path(__file__).resolve().parents[2] / "shared" / "realworld-pdfs"

FICHE = [
    "Le partenariat entre associations et entreprises\n"
    "progresse : 42 % des entreprises déclarent une alliance.",
    "Les collectivités territoriales jouent un rôle d’ensemblier.\n"
    "Elles co-construisent des réponses aux besoins du territoire.",
    "En conclusion, l’Observatoire recommande d’évaluer\nles partenariats chaque année.",
]
HEADER = "Observatoire des partenariats — Fiche Repère n°3"


@pytest.fixture
def fiche(tmp_path: Path) -> Path:
    return make_text_pdf(
        tmp_path / "fiche.pdf",
        FICHE,
        header=HEADER,
        footer="Page {page} / {pages}",
        title="Fiche Repère n°3 : les alliances",
        author="Le RAMEAU",
        creation_date="D:20230415120000+02'00'",
    )


def test_reads_a_text_pdf(fiche: Path) -> None:
    content = read_pdf(fiche)
    assert isinstance(content, PdfContent)
    assert [p.number for p in content.pages] == [1, 2, 3]
    assert [p.label for p in content.pages] == ["1", "2", "3"]
    assert all(p.has_text_layer for p in content.pages)
    assert content.pages[0].text == FICHE[0]
    assert "co-construisent" in content.pages[1].text
    assert not any(HEADER in p.text or "Page " in p.text for p in content.pages)
    assert (content.title, content.author) == ("Fiche Repère n°3 : les alliances", "Le RAMEAU")
    assert content.sha256 == hashlib.sha256(fiche.read_bytes()).hexdigest()
    assert content.warnings == ()


def test_printed_page_labels(tmp_path: Path) -> None:
    path = make_text_pdf(
        tmp_path / "labels.pdf",
        ["Préface", "Sommaire", "Introduction", "Suite"],
        labels=[(0, 1, "/r", 1), (2, 3, "/D", 1)],
    )
    assert [p.label for p in read_pdf(path).pages] == ["i", "ii", "1", "2"]


def test_labels_read_in_footers_without_page_labels(tmp_path: Path) -> None:
    pages = [[f"Un texte différent sur chaque page{'.' * n}", f"{180 + n}"] for n in range(1, 5)]
    content = read_pdf(make_text_pdf(tmp_path / "extrait.pdf", pages))
    assert [p.label for p in content.pages] == ["181", "182", "183", "184"]
    assert all(not re.search(r"\b18\d\b", p.text) for p in content.pages)


@pytest.mark.parametrize("algorithm", ["AES-256", "AES-128", "RC4-128"])
def test_empty_user_password_opens(fiche: Path, tmp_path: Path, algorithm: str) -> None:
    locked = encrypt_pdf(fiche, tmp_path / "vide.pdf", "", algorithm)
    assert read_pdf(locked).pages[0].text == FICHE[0]


@pytest.mark.parametrize("algorithm", ["AES-256", "RC4-128"])
def test_real_password_is_reported(fiche: Path, tmp_path: Path, algorithm: str) -> None:
    locked = encrypt_pdf(fiche, tmp_path / "secret.pdf", "secret", algorithm)
    with pytest.raises(PdfReadError, match=r"^PDF protégé par un mot de passe$"):
        read_pdf(locked)


def _message(path: Path) -> str:
    with pytest.raises(PdfReadError) as info:
        read_pdf(path)
    return str(info.value)


def test_zero_byte_file(tmp_path: Path) -> None:
    assert _message(make_fake_pdf(tmp_path / "vide.pdf", "empty")) == "fichier vide (0 octet)"


@pytest.mark.parametrize("kind", ["png", "text"])
def test_not_a_pdf(tmp_path: Path, kind: str) -> None:
    message = _message(make_fake_pdf(tmp_path / "faux.pdf", kind))
    assert message == "ce fichier n'est pas un PDF (en-tête %PDF- absent)"


@pytest.mark.parametrize("fraction", [0.5, 0.9])
def test_truncated(fiche: Path, tmp_path: Path, fraction: float) -> None:
    message = _message(truncate_file(fiche, tmp_path / "coupe.pdf", fraction))
    assert message.startswith("PDF tronqué ou endommagé : ")


def test_garbage_after_header(tmp_path: Path) -> None:
    path = tmp_path / "bruit.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 20)
    assert _message(path).startswith("PDF tronqué ou endommagé : ")


def test_missing_file(tmp_path: Path) -> None:
    assert _message(tmp_path / "absent.pdf") == "fichier introuvable"


def test_unreadable_file(fiche: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    assert _message(fiche) == "fichier illisible (droits d'accès)"


def test_pdf_without_pages(tmp_path: Path) -> None:
    path = tmp_path / "zero.pdf"
    with path.open("wb") as out:
        PdfWriter().write(out)
    assert _message(path) == "le PDF ne contient aucune page"


def test_no_text_layer_at_all(tmp_path: Path) -> None:
    message = _message(make_blank_pdf(tmp_path / "scan.pdf", pages=3))
    assert message == NO_TEXT
    assert "aucune page ne contient de texte" in message and "ocr = true" in message


def test_scanned_page_in_a_text_pdf(fiche: Path, tmp_path: Path) -> None:
    mixed = merge_pdfs(tmp_path / "mixte.pdf", fiche, make_scanned_pdf(tmp_path / "scan.pdf"))
    content = read_pdf(mixed)
    last = content.pages[-1]
    assert (last.number, last.text, last.has_text_layer) == (4, "", False)
    assert content.warnings == ("1 page(s) sans couche texte — PDF scanné ? (pages 4)",)


def test_blank_pages_in_a_text_pdf(tmp_path: Path) -> None:
    path = make_text_pdf(tmp_path / "blanches.pdf", ["Texte.", "", "", "Fin."])
    content = read_pdf(path)
    assert [p.has_text_layer for p in content.pages] == [True, False, False, True]
    assert content.pages[1].text == ""
    assert content.warnings == (
        "2 page(s) sans couche texte ni image — pages blanches ? (pages 2-3)",
    )


def test_one_failing_page_does_not_lose_the_file(
    fiche: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = PageObject.extract_text
    calls = iter(range(100))

    def flaky(self: PageObject, *args: object, **kwargs: object) -> str:
        if next(calls) == 1:
            raise KeyError("/Font")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(PageObject, "extract_text", flaky)
    content = read_pdf(fiche)
    assert [p.has_text_layer for p in content.pages] == [True, False, True]
    assert content.warnings == ("1 page(s) illisible(s), ignorée(s) (pages 2)",)


def test_every_page_failing_is_a_damaged_file(fiche: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: PageObject, *args: object, **kwargs: object) -> str:
        raise ValueError("boom")

    monkeypatch.setattr(PageObject, "extract_text", broken)
    assert _message(fiche) == "PDF tronqué ou endommagé : aucune page lisible"


def test_glyph_names_are_repaired(fiche: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = iter(
        ["Baromètre /two.pnum/zero.pnum/two.pnum/one.pnum : /four.pnum/two.pnum %", "b", "c"]
    )

    def glyphs(self: PageObject, *args: object, **kwargs: object) -> str:
        return next(pages)

    monkeypatch.setattr(PageObject, "extract_text", glyphs)
    content = read_pdf(fiche)
    assert content.pages[0].text == "Baromètre 2021 : 42 %"
    assert GLYPHS_REPAIRED in content.warnings


def test_broken_xref_is_read_with_a_warning(fiche: Path, tmp_path: Path) -> None:
    data = fiche.read_bytes()
    offset = data.rindex(b"startxref") + len(b"startxref\n")
    path = tmp_path / "xref.pdf"
    path.write_bytes(data[:offset] + b"12" + data[offset:])  # wrong pointer, pypdf recovers
    content = read_pdf(path)
    assert content.pages[0].text == FICHE[0]
    assert any(w.startswith("structure du PDF abîmée") for w in content.warnings)


@pytest.mark.skipif(importlib.util.find_spec("ocrmypdf") is not None, reason="ocrmypdf installé")
def test_ocr_without_the_extra_says_how_to_install(fiche: Path, tmp_path: Path) -> None:
    with pytest.raises(PdfReadError) as info:
        ocr_pdf(fiche, tmp_path / "ocr.pdf")
    assert "pip install '.[ocr]'" in str(info.value)
    assert "apt-get install tesseract-ocr tesseract-ocr-fra" in str(info.value)


# Real-world PDFs (../shared, absent in a user's clone).

# Pages whose only text is a running header/footer: a text layer, but nothing left to index.
ONLY_RUNNING_LINES = {"real-casino-dpef-2018.pdf": {76}}


def _realworld(name: str = "") -> list[Path]:
    if not REALWORLD.is_dir():
        pytest.skip("../shared/realworld-pdfs absent")
    return sorted(REALWORLD.glob(name or "*.pdf"))


@cache
def _read(path: Path) -> PdfContent:
    return read_pdf(path)


@pytest.mark.slow
def test_every_realworld_pdf_reads() -> None:
    for path in _realworld():
        content = _read(path)
        assert content.pages, path.name
        for page in content.pages:
            allowed = ONLY_RUNNING_LINES.get(path.name, set())
            assert page.text or not page.has_text_layer or page.number in allowed, (
                f"{path.name} p.{page.number}"
            )
            assert not page.has_text_layer or "pnum" not in page.text


@pytest.mark.slow
def test_etalab_digits_are_real() -> None:
    (path,) = _realworld("real-etalab-*.pdf")
    content = _read(path)
    text = "\n".join(p.text for p in content.pages)
    assert "pnum" not in text
    assert "2021" in text and "20/01/2022" in content.pages[0].text
    assert GLYPHS_REPAIRED in content.warnings
    assert "Documentation - Baromètre des résultats" not in content.pages[5].text  # running header


@pytest.mark.slow
def test_casino_printed_labels() -> None:
    (path,) = _realworld("real-casino-*.pdf")
    content = _read(path)
    assert content.pages[0].label == "181" and content.pages[-1].label == "256"
    assert not any("GROUPE CASINO" in p.text.split("\n")[0] for p in content.pages[1:])


@pytest.mark.slow
def test_miti_keeps_roman_labels_and_reports_blank_pages() -> None:
    (path,) = _realworld("real-miti-*.pdf")
    content = _read(path)
    assert [p.label for p in content.pages[:4]] == ["1", "2", "i", "ii"]
    assert any("pages blanches" in w for w in content.warnings)


def test_a_running_header_dates_the_edition(tmp_path: Path) -> None:
    """Cleaning removes the header repeated on every page; its date still dates the document
    (the first page prints it), before a date the body reports."""
    from assistant.ingest.prepare import chunk_file
    from assistant.settings import ChunkingSettings

    pages = [
        "L'enquête de janvier 2011 a ouvert la série des baromètres.\nElle est reprise ici.",
        "Les résultats sont présentés question par question.",
        "La méthode est décrite en annexe.",
    ]
    path = make_text_pdf(
        tmp_path / "barometre.pdf",
        pages,
        header="Baromètre de l'alliance · édition avril 2025",
        footer="page {page}/{pages}",
    )
    content = read_pdf(path)
    assert "avril 2025" not in content.pages[0].text  # a running line, not the page's text
    assert "avril 2025" in content.front_page()
    doc, _ = chunk_file("barometre.pdf", None, content, ChunkingSettings())
    assert doc.date == "2025-04"
    # without a cover (content from an older reader), the cleaned first page is read
    assert PdfContent(content.pages).front_page() == content.pages[0].text


@pytest.mark.parametrize(
    "header, footer",
    [
        ("12/03/2026 14:32 Rapport du réseau", "page {page}/{pages}"),
        ("Rapport du réseau", "Imprimé le 12 mars 2026 - page {page}/{pages}"),
        ("Téléchargé le 05/06/2025 depuis www.exemple.org", "page {page}/{pages}"),
    ],
)
def test_a_print_or_download_stamp_does_not_date_the_document(
    tmp_path: Path, header: str, footer: str
) -> None:
    """A running line that stamps the copy (a time, a web address, « Imprimé le … ») says
    when the file was printed or saved, not when the text was published."""
    from assistant.ingest.catalogue import doc_info

    pages = [
        "Le réseau a été créé en mars 2014.\nIl réunit des associations.",
        "Les résultats sont présentés ici.",
        "La méthode est décrite en annexe.",
    ]
    path = make_text_pdf(tmp_path / "rapport.pdf", pages, header=header, footer=footer)
    content = read_pdf(path)
    assert doc_info("rapport.pdf", None, "", content.front_page()).date == "2014-03"
