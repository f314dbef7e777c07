"""Assistant over the Observatoire des partenariats' publications: ingest, retrieve, answer."""

from .errors import (
    AssistantError,
    ConfigError,
    GeneratorError,
    IndexMismatchError,
    IndexMissingError,
    IngestError,
    PdfReadError,
    StoreError,
)
from .settings import REFUSAL, Settings
from .types import Chunk, DocInfo, FileOutcome, IngestReport, Page, SearchFilter

__all__ = [
    "REFUSAL",
    "AssistantError",
    "Chunk",
    "ConfigError",
    "DocInfo",
    "FileOutcome",
    "GeneratorError",
    "IndexMismatchError",
    "IndexMissingError",
    "IngestError",
    "IngestReport",
    "Page",
    "PdfReadError",
    "SearchFilter",
    "Settings",
    "StoreError",
]
