"""The corpus catalogue (`catalogue.toml`): title, kind, number, date and URL per file."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .types import KINDS, DocInfo

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


def doc_info(source: str, entry: dict[str, Any] | None, meta_title: str, meta_date: str) -> DocInfo:
    """Catalogue entry if any, else values from the PDF metadata and the file name."""
    if meta_title.strip().lower() in _PLACEHOLDER_TITLES or meta_title.lower().endswith(
        (".doc", ".docx", ".pdf")
    ):
        meta_title = ""  # what tools write when nobody set a title
    if entry is not None:
        date = str(entry.get("date", meta_date))
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
    year = re.search(r"(19|20)\d{2}", Path(source).stem)
    return DocInfo(
        source=source,
        title=meta_title.strip() or _title_from_name(source),
        kind=guess_kind(source),
        date=meta_date or (year.group(0) if year else ""),
        from_catalogue=False,
    )


def _title_from_name(source: str) -> str:
    stem = re.sub(r"[-_]+", " ", Path(source).stem).strip()
    return stem[:1].upper() + stem[1:]
