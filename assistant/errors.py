"""Domain errors. Each carries a French message meant for the user; only the CLI, the UI and
the API turn them into output."""


class AssistantError(Exception):
    """Base class: `str(err)` is a French sentence a user can act on."""


class InputError(AssistantError):
    """What a user or a client sent cannot be answered as it is (HTTP 400)."""


class InputTooLargeError(InputError):
    """What a client sent is over a documented bound (HTTP 413)."""


class ConfigError(AssistantError):
    """Invalid settings (bad value named in the message)."""


class IngestError(AssistantError):
    """A corpus or a file could not be read."""


class PdfReadError(IngestError):
    """One PDF could not be read; the message is the one-line reason shown in the report.
    `lasting` is False when the cause lies outside the file (a missing extra, file access): such
    a failure is tried again on the next run instead of being remembered until the file changes."""

    def __init__(self, message: str, *, lasting: bool = True) -> None:
        super().__init__(message)
        self.lasting = lasting


class IndexLockedError(AssistantError):
    """Another ingest holds the index (one writer per index)."""


class IndexMissingError(AssistantError):
    """No index was built yet for these settings."""


class IndexMismatchError(AssistantError):
    """The index was built with other settings (another fingerprint)."""


class StoreError(AssistantError):
    """The vector store (embedded Chroma or a Chroma server) failed."""


class GeneratorError(AssistantError):
    """An answer backend (LLM endpoint, Ollama, local model) failed."""


class StoreUnavailableError(StoreError):
    """The Chroma server does not answer (stopped, restarting, unreachable): retry later."""
