"""Reading one PDF with pypdf: cleaned text per page, printed labels, metadata, French errors."""

from __future__ import annotations

import hashlib
import io
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from logging.handlers import BufferingHandler
from pathlib import Path

import pypdf
from pypdf import PageObject, PasswordType, PdfReader
from pypdf.errors import DependencyError

from assistant.errors import PdfReadError
from assistant.ingest.cleaning import (
    GLYPH_NAME_RE,
    clean_pages,
    cover_page,
    fix_glyph_names,
    infer_page_labels,
    normalize,
)
from assistant.ingest.text_tables import page_text
from assistant.types import Page

# What a remembered failure or a reading checkpoint is only valid for.
READER_VERSION = f"pypdf {pypdf.__version__}/2"  # 2: tables of words a row per line
NO_TEXT = (
    "aucune page ne contient de texte (PDF scanné ?) — activez l'OCR (ocr = true) pour le lire"
)
GLYPHS_REPAIRED = "chiffres extraits sous forme de noms de glyphes, corrigés"
OCR_MISSING = (
    "OCR indisponible : installez l'extra OCR (pip install '.[ocr]') et Tesseract en français "
    "(apt-get install tesseract-ocr tesseract-ocr-fra)"
)
# pypdf's own words for a broken file → a French reason (first match wins).
_PYPDF_REASONS = (
    ("stream has ended unexpectedly", "fin de fichier inattendue"),
    ("eof marker not found", "marqueur de fin %%EOF absent"),
    ("startxref", "table des objets (xref) introuvable"),
    ("xref", "table des objets (xref) illisible"),
    ("root object", "catalogue du document introuvable"),
)


@dataclass(frozen=True)
class PdfContent:
    """What read_pdf found in one file."""

    pages: list[Page]
    title: str = ""
    author: str = ""
    warnings: tuple[str, ...] = ()
    sha256: str = ""
    # The first page as printed (`cleaning.cover_page`): its running header and footer kept
    # (« Bulletin de veille · avril 2025 » in a header dates the edition, which the cleaned
    # page no longer holds), but for the lines that stamp the copy (a print or download date).
    cover: str = ""

    def front_page(self) -> str:
        """What the document's first page prints, for its title and publication date."""
        return self.cover or (self.pages[0].text if self.pages else "")


@dataclass
class Extraction:
    """The raw text of the pages read so far (pages 1..n) and what was noticed on them: what a
    checkpoint saves, so that reading a long PDF can resume after a kill."""

    texts: list[str] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)  # pages whose extraction raised
    imaged: list[int] = field(default_factory=list)  # textless pages that draw an image
    anomalies: int = 0  # pypdf repairs logged while extracting these pages


# Called every `batch` pages (and after the last) with what was read so far and the page count.
OnBatch = Callable[[Extraction, int], None]


def read_pdf(
    path: Path,
    *,
    resume: Extraction | None = None,
    on_batch: OnBatch | None = None,
    batch: int = 25,
) -> PdfContent:
    """Read and clean every page; raise PdfReadError with a one-line French reason. With
    `resume`, pages already extracted (by a killed run) are not extracted again."""
    data = _read_bytes(Path(path))
    with _collect_pypdf_warnings() as anomalies:
        reader = _open(data)
        opening = len(anomalies)
        done = _extract(reader, resume or Extraction(), on_batch, batch, anomalies)
        extracting = len(anomalies) - opening  # already in done.anomalies, with earlier runs'
        labels = _labels(reader, done.texts)
        meta = _metadata(reader)
    raw, failed, imaged = done.texts, done.failed, set(done.imaged)
    texts = clean_pages(raw)
    pages = [
        Page(n, label, text, has_text_layer=bool(r.strip()))
        for n, (label, text, r) in enumerate(zip(labels, texts, raw, strict=True), start=1)
    ]
    if not any(page.has_text_layer for page in pages):
        raise PdfReadError(NO_TEXT)
    warnings = _warnings(pages, raw, failed, imaged, len(anomalies) - extracting + done.anomalies)
    return PdfContent(
        pages,
        *meta,
        warnings=warnings,
        sha256=hashlib.sha256(data).hexdigest(),
        cover=cover_page(raw[0], texts[0]) if raw else "",
    )


def _read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except PermissionError:
        raise PdfReadError("fichier illisible (droits d'accès)", lasting=False) from None
    except FileNotFoundError:
        raise PdfReadError("fichier introuvable", lasting=False) from None
    except IsADirectoryError:
        raise PdfReadError("ce chemin est un dossier, pas un fichier PDF") from None
    except OSError as exc:
        raise PdfReadError(
            f"fichier illisible (erreur système {exc.errno})", lasting=False
        ) from None
    if not data:
        raise PdfReadError("fichier vide (0 octet)")
    if b"%PDF-" not in data[:1024]:
        raise PdfReadError("ce fichier n'est pas un PDF (en-tête %PDF- absent)")
    return data


def _damaged(exc: Exception) -> PdfReadError:
    message = str(exc).lower()
    reason = next((fr for en, fr in _PYPDF_REASONS if en in message), None)
    return PdfReadError(
        f"PDF tronqué ou endommagé : {reason or f'structure illisible ({type(exc).__name__})'}"
    )


def _open(data: bytes) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise PdfReadError("PDF protégé par un mot de passe")
        count = len(reader.pages)
    except DependencyError:
        raise PdfReadError(
            "PDF chiffré (AES) : installez la prise en charge du chiffrement "
            "(pip install 'pypdf[crypto]')",
            lasting=False,
        ) from None
    except PdfReadError:
        raise
    except Exception as exc:  # pypdf raises many types on broken files
        raise _damaged(exc) from exc
    if count == 0:
        raise PdfReadError("le PDF ne contient aucune page")
    return reader


def _extract(
    reader: PdfReader,
    done: Extraction,
    on_batch: OnBatch | None,
    batch: int,
    logged: list[logging.LogRecord],
) -> Extraction:
    """Plain-mode text of every page after those in `done`, the pages that failed (left empty,
    reported) and the textless pages that draw an image or a form (scans do; blank pages do not)."""
    total = len(reader.pages)
    if len(done.texts) > total:  # not this file's: start over
        done = Extraction()
    prior, before = done.anomalies, len(logged)
    out = Extraction(list(done.texts), list(done.failed), list(done.imaged), prior)
    for number in range(len(out.texts) + 1, total + 1):
        page = reader.pages[number - 1]
        try:
            out.texts.append(page_text(page))
        except Exception:  # one bad page must not lose the whole file
            out.texts.append("")
            out.failed.append(number)
        else:
            if not out.texts[-1].strip() and _draws_xobject(page):
                out.imaged.append(number)
        out.anomalies = prior + len(logged) - before
        if on_batch and (number % batch == 0 or number == total):
            on_batch(out, total)
    if len(out.failed) == len(out.texts):
        raise PdfReadError("PDF tronqué ou endommagé : aucune page lisible")
    return out


def _draws_xobject(page: PageObject) -> bool:
    try:
        resources = page.get("/Resources")
        return bool(resources and resources.get_object().get("/XObject"))
    except Exception:
        return False


def _labels(reader: PdfReader, raw: list[str]) -> list[str]:
    """/PageLabels when the PDF has them, else numbers read in headers/footers, else 1, 2, …"""
    numbers = [str(n) for n in range(1, len(raw) + 1)]
    try:
        if "/PageLabels" in reader.root_object:
            labels = list(reader.page_labels)
            if len(labels) == len(raw):
                return [label.strip() or n for label, n in zip(labels, numbers, strict=True)]
    except Exception:  # a broken label tree only costs the labels
        return numbers
    return infer_page_labels([normalize(fix_glyph_names(text)) for text in raw]) or numbers


def _metadata(reader: PdfReader) -> tuple[str, str]:
    """(title, author) from the document information dictionary. Not its dates: when the file
    was made or saved says nothing of when the text was published."""
    try:
        info = reader.metadata
        if info is None:
            return "", ""
        return _text(info.get("/Title")), _text(info.get("/Author"))
    except Exception:  # metadata are optional; never fail a file for them
        return "", ""


def _text(value: object) -> str:
    """A metadata string, decoded when pypdf left raw bytes, without control characters."""
    value = getattr(value, "get_object", lambda: value)()
    if isinstance(value, bytes):
        codec = "utf-16" if value[:2] in (b"\xfe\xff", b"\xff\xfe") else "latin-1"
        value = value.decode(codec, errors="replace")
    if not isinstance(value, str):
        return ""
    value = re.sub(r"[\x00-\x1f\x7f\ufffd]+", " ", value)
    return re.sub(r"\s+", " ", value).strip()


def _warnings(
    pages: list[Page], raw: list[str], failed: list[int], imaged: set[int], anomalies: int
) -> tuple[str, ...]:
    blank = [p.number for p in pages if not p.has_text_layer and p.number not in {*failed, *imaged}]
    found = [
        f"{len(numbers)} page(s) {what} (pages {_ranges(numbers)})"
        for numbers, what in (
            (sorted(imaged), "sans couche texte — PDF scanné ?"),
            (blank, "sans couche texte ni image — pages blanches ?"),
            (failed, "illisible(s), ignorée(s)"),
        )
        if numbers
    ]
    if any(GLYPH_NAME_RE.search(text) for text in raw):
        found.append(GLYPHS_REPAIRED)
    if anomalies:
        found.append(f"structure du PDF abîmée : {anomalies} anomalie(s) contournée(s)")
    return tuple(found)


def _ranges(numbers: list[int]) -> str:
    """[1, 2, 3, 7] → "1-3, 7"."""
    spans: list[list[int]] = []
    for n in numbers:
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(f"{a}-{b}" if b > a else str(a) for a, b in spans)


@contextmanager
def _collect_pypdf_warnings() -> Iterator[list[logging.LogRecord]]:
    """pypdf logs repairs in English on stderr; collect them instead, for one French warning."""
    logger, handler = logging.getLogger("pypdf"), BufferingHandler(capacity=10**6)
    handler.setLevel(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield handler.buffer
    finally:
        logger.removeHandler(handler)


def ocr_pdf(src: Path, dst: Path) -> None:
    """Add a French OCR text layer to the pages that have none (OCRmyPDF, optional extra)."""
    try:
        import ocrmypdf
    except ImportError:
        raise PdfReadError(OCR_MISSING, lasting=False) from None
    try:
        ocrmypdf.ocr(src, dst, language=["fra"], skip_text=True, progress_bar=False)
    except ocrmypdf.exceptions.MissingDependencyError:
        raise PdfReadError(OCR_MISSING, lasting=False) from None
    except ocrmypdf.exceptions.EncryptedPdfError:
        raise PdfReadError("OCR impossible : PDF protégé par un mot de passe") from None
    except Exception as exc:
        raise PdfReadError(f"échec de l'OCR ({type(exc).__name__})", lasting=False) from exc
