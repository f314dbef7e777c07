"""The corpus catalogue (`catalogue.toml`): title, kind, number, date and URL per file."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..text import EDITION, MONTHS, YEAR
from ..types import KINDS, DocInfo

CATALOGUE_NAME = "catalogue.toml"
_KIND_ALIASES = {
    "etude": "étude",
    "fiche repère": "fiche",
    "fiche-repere": "fiche",
    "veille": "bulletin",
}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load_catalogue(corpus_dir: Path) -> dict[str, dict[str, Any]]:
    """Entries of `corpus_dir/catalogue.toml` keyed by file name; {} when there is none."""
    path = corpus_dir / CATALOGUE_NAME
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"Le catalogue {path} est mal formé : {err}") from err
    for name, entry in data.items():
        if not isinstance(entry, dict):
            raise ConfigError(f"Catalogue {path} : l'entrée « {name} » doit être une table.")
    return data


def normalise_kind(value: str, where: str) -> str:
    kind = _KIND_ALIASES.get(value.strip().lower(), value.strip().lower())
    if kind not in KINDS:
        raise ConfigError(f"{where} : type « {value} » inconnu (attendu : {', '.join(KINDS)}).")
    return kind


def guess_kind(name: str) -> str:
    low = name.lower()
    for key, kind in (
        ("fiche", "fiche"),
        ("bulletin", "bulletin"),
        ("veille", "bulletin"),
        ("etude", "étude"),
        ("étude", "étude"),
    ):
        if key in low:
            return kind
    return "autre"


_PLACEHOLDER_TITLES = {"untitled", "sans titre", "document", "microsoft word", "title"}


_MONTH_NUMBERS = {m: i for i, m in enumerate(MONTHS.split("|"), 1)}
_PRINTED = re.compile(
    r"\b(?:(1er|[0-3]?\d)[ \t]+)?(" + "|".join(_MONTH_NUMBERS) + r")\s+((?:19|20)\d{2})\b"
    r"|\b([0-3]?\d)/([01]?\d)/((?:19|20)\d{2})\b",
    re.I,
)


def printed_date(text: str) -> str:
    """The first date printed in `text` (« mars 2017 », « 12 octobre 2015 », « 12/10/2015 »)
    as ISO "AAAA-MM(-JJ)", or ""."""
    m = _PRINTED.search(text)
    if not m:
        return ""
    if m.group(2):
        day, month, year = m.group(1), _MONTH_NUMBERS[m.group(2).lower()], m.group(3)
    else:
        day, month, year = m.group(4), int(m.group(5)), m.group(6)
    if not 1 <= month <= 12:
        return ""
    date = f"{year}-{month:02d}"
    day_n = 1 if day and day.lower() == "1er" else int(day) if day else 0
    return f"{date}-{day_n:02d}" if 1 <= day_n <= 31 else date


# « Publication 2017 », « Année de publication : 2021 », « Date de publication : 12 mars
# 2017 »: the noun, right before the date (not « la publication de 2016 », another one).
_PUBLICATION = re.compile(
    r"\bpublication\s*(?::\s*)?(?:(?:1er|[0-3]?\d)\s+)?(?:(?:" + MONTHS + r")\s+)?"
    r"(?P<year>(?:19|20)\d{2})\b",
    re.I,
)


# « Version 2 — adoptée le 17 mars 2022, modifiée le 12 janvier 2023 »: the full date of the
# version the text is (a participle and « le » with a day: not « la loi de 1901 modifiée en
# 2021 », « la réforme modifie en 2024 », « des données actualisées 2020 »).
_REVISED = re.compile(
    r"\b(?:modifi|r[ée]vis|actualis|amend)(?:é|ée|ee)s?\s+le\s+(?:1er|[0-3]?\d)\s+"
    r"(?:" + MONTHS + r")\s+(?P<year>(?:19|20)\d{2})\b",
    re.I,
)


# A note at the foot of the page (« 1 Étude ARPEA …, publiée en janvier 2011. », pypdf may read
# it first): it dates a work the page cites, not the document.
_WRAPPED_NOTE_CHARS = 60  # a note line this long may wrap onto the next lines
_FOOTNOTE_LINE = re.compile(
    r"^[ \t]*(?:\d{1,2}\.?|[¹²³⁴⁵⁶⁷⁸⁹*])[ \t]+(?!(?i:" + MONTHS + r")\b)[A-ZÀ-ÝŒ«][^\n]*$"
    # and, when it runs the page's width, its wrapped lines (« … publiée » / « en mars 2017. »),
    # not a month and a year alone (« 3. Rapport d'activité » / « mars 2024 »: a head date)
    r"(?:(?<=[^\n]{" + str(_WRAPPED_NOTE_CHARS) + r"})"
    r"(?:\n[ \t]*(?!(?i:" + MONTHS + r")[ \t]+\d{4}[ \t]*$)[a-zà-ÿ][^\n]*$)+)?",
    re.M,
)  # « 1 Source … », « 1. Source … »; not a date (« 12 DÉCEMBRE 2023 », « 5 Mars 2024 »)
# « lors de la première édition en 2008 », « la précédente édition, en 2019 »: an edition of
# what the document reports, not the document's
_REPORTED_EDITION = re.compile(
    r"\b(?:premi[èe]re|seconde|(?:deux|trois|quatr|cinqu|six|sept|huit|neuv|dix)i[èe]me"
    r"|\d{1,2}(?:e|re|ère|ere|ème|eme)|pr[ée]c[ée]dente|ancienne)\s+$",
    re.I,
)


def _own_editions(text: str) -> re.Match[str] | None:
    """The first edition statement that is the document's (« 10e édition 2024 »), not one it
    reports (« lors de la 4e édition en 2016 »: an ordinal before, « en » before the year)."""
    return next(
        (
            m
            for m in EDITION.finditer(text)
            if not (
                _REPORTED_EDITION.search(text[: m.start()])
                and re.search(r"\s(?:en|de)\s", m.group())
            )
        ),
        None,
    )


def edition_date(text: str) -> str:
    """The date a text gives for its own publication (« Édition 2018 », « publiée en mars
    2017 », « Année de publication : 2021 »), or for the revision it is (« modifiée le 12
    janvier 2023 », which outranks them), as ISO "AAAA(-MM(-JJ))", or ""."""
    stated = _own_editions(text) or _PUBLICATION.search(text)
    revised = _REVISED.search(text)
    # « Édition 2024 … la loi de 1901, modifiée le 2 août 2021 »: a text it cites was revised
    m = revised if revised and (not stated or revised["year"] >= stated["year"]) else stated
    if not m:
        return ""
    return printed_date(m.group(0)) or m.group("year")


# The date of a legal text the page cites (« Vu la loi n° 2023-1742 du 18 décembre 2023 », « le
# décret du 12 mars 2024 »): when that text was signed, not when the document was written.
# Only a text cited with its determiner (« Vu la loi … », « le décret du … »), not the document's
# own head (« Délibération n° 2025-14 du conseil municipal du 12 mars 2025 », « Arrêté du 3
# février 2025 portant … ») nor a participle (« comptes arrêtés par le conseil du … »).
_LEGAL_TEXT_DATE = re.compile(
    r"\b(?:vu\s+(?:la|le|l['’]|les)|la|le|l['’]|une?|cette|ce)\s*"
    r"(?:loi|décret|decret|arrêté|arrete|ordonnance|circulaire|directive|délibération)\b"
    r"[^.;\n]{0,60}?\bdu\s+(?:1er|[0-3]?\d)\s+(?:" + MONTHS + r")\s+(?:19|20)\d{2}",
    re.I,
)


def _without_cited_acts(page: str) -> str:
    """The page without the dates of the legal acts it cites: after « Vu », anywhere; after a
    determiner, below its first line (« Extrait de la délibération du conseil municipal du 12
    mars 2025 » heading the page is the document itself)."""
    first = len(page.lstrip().split("\n", 1)[0]) + (len(page) - len(page.lstrip()))
    return _LEGAL_TEXT_DATE.sub(
        lambda m: "" if m.group().lower().startswith("vu") or m.start() > first else m.group(),
        page,
    )


_PRINT_STAMP = re.compile(r"\b[0-3]?\d/[01]?\d/(?:19|20)\d{2},?\s+[0-2]?\d:[0-5]\d\b")
HEAD_LINES = 4  # the lines of a first page that name the document (title, issue, date)


def publication_date(first_page: str, meta_title: str, source: str) -> str:
    """Without a catalogue date: a year in the document's own title, else in its file name,
    else the edition or publication date its first page states, else the first date printed
    there, else none. Never the PDF's creation date, which is when the file was made (a 2014
    study saved again in 2026 would say 2026). A title's year names the edition; a first page
    may also print the dates of what it reports (« l'étude de janvier 2011 »), which an
    « Édition 2018 » beside them outranks, and which a later month and year in the page's
    head lines (« Cahier n° 5 · novembre 2025 ») outrank in turn."""
    year = YEAR.search(meta_title) or YEAR.search(Path(source).stem)
    if year:
        return year.group(0)
    page = _FOOTNOTE_LINE.sub("", first_page)  # its notes cite other works
    page = _without_cited_acts(page)  # « Vu la loi n° 2023-1742 du 18 décembre 2023 »
    # (a browser's print stamp « 14/03/2025 09:38 » heads a saved web page: when it was printed)
    head = _PRINT_STAMP.sub("", "\n".join(page.strip().splitlines()[:HEAD_LINES]))
    stated, printed = edition_date(page), printed_date(head)
    # rule `later_head_date`: « Cahier n° 5 · novembre 2025 » over a body sentence's « l'enquête
    # …, conduite en mai-juin 2016 et publiée en mars 2017 »: a statement below the head that
    # is older than the head's date is a work the page reports
    # (a month and a year, as an issue is dated: not « jusqu'au 31 janvier 2026 », a print stamp)
    if stated and len(printed) == len("AAAA-MM") and printed[:4] > stated[:4]:
        return printed
    return stated or printed_date(page)


def doc_info(
    source: str, entry: dict[str, Any] | None, meta_title: str, first_page: str = ""
) -> DocInfo:
    """Catalogue entry if any, else the PDF's title metadata, its first page and its name."""
    if meta_title.strip().lower() in _PLACEHOLDER_TITLES or meta_title.lower().endswith(
        (".doc", ".docx", ".pdf")
    ):
        meta_title = ""  # what tools write when nobody set a title
    title = meta_title.strip() or _title_from_name(source)
    if entry is not None:
        date = str(entry.get("date") or publication_date(first_page, meta_title, source))
        if date and not _DATE.match(date):
            raise ConfigError(
                f"Catalogue, « {source} » : date « {date} » invalide (attendu AAAA, AAAA-MM ou AAAA-MM-JJ)."
            )
        return DocInfo(
            source=source,
            title=str(entry.get("title") or meta_title or _title_from_name(source)),
            kind=normalise_kind(
                str(entry.get("kind", guess_kind(source))), f"Catalogue, « {source} »"
            ),
            number=str(entry.get("number", "")),
            date=date,
            url=str(entry.get("url", "")),
            from_catalogue=True,
        )
    return DocInfo(
        source=source,
        title=title,
        kind=guess_kind(source),
        date=publication_date(first_page, meta_title, source),
        from_catalogue=False,
    )


def _title_from_name(source: str) -> str:
    stem = re.sub(r"[-_]+", " ", Path(source).stem).strip()
    return stem[:1].upper() + stem[1:]
