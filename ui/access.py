"""Who may see what: only indexed PDFs of the corpus, and the users of the optional auth file."""

from __future__ import annotations

import base64
import binascii
import hmac
import re
from collections.abc import Iterable
from pathlib import Path

from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from assistant.errors import ConfigError

# Gradio routes that store what a client sends in Gradio's temp folder; the app has no upload.
UPLOAD_ROUTES = frozenset({"/gradio_api/upload", "/gradio_api/process_recording"})


class Refused(Exception):
    """A path that must not be served; `status` is 404 (unknown) or 403 (outside the corpus)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def safe_pdf_path(corpus_dir: Path, indexed: Iterable[str], requested: str) -> Path:
    """The file for `requested` if it is an indexed PDF that really lies inside the corpus."""
    if requested not in set(indexed) or not requested.lower().endswith(".pdf"):
        raise Refused(404, "Ce document ne fait pas partie des publications indexées.")
    root = corpus_dir.resolve()
    target = (root / requested).resolve()
    if not target.is_relative_to(root):
        raise Refused(403, "Ce document se trouve hors du dossier des publications.")
    if not target.is_file():
        raise Refused(404, "Ce document n'est plus disponible.")
    return target


def load_users(auth_file: Path) -> dict[str, str]:
    """`user:password` per line; blank lines and lines starting with # are ignored."""
    try:
        lines = Path(auth_file).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise ConfigError(
            f"Fichier d'utilisateurs illisible : {auth_file} ({err.strerror})."
        ) from err
    users: dict[str, str] = {}
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        user, sep, password = line.partition(":")
        if not sep or not user.strip() or not password:
            raise ConfigError(
                f"{auth_file}, ligne {number} : attendu « utilisateur:mot de passe »."
            )
        users[user.strip()] = password
    if not users:
        raise ConfigError(f"Le fichier d'utilisateurs {auth_file} ne contient aucun utilisateur.")
    return users


def check_password(users: dict[str, str], user: str, password: str) -> bool:
    expected = users.get(user)
    return expected is not None and hmac.compare_digest(expected.encode(), password.encode())


def basic_credentials(header: str | None) -> tuple[str, str] | None:
    """(user, password) of an `Authorization: Basic …` header, else None."""
    if not header or not header.lower().startswith("basic "):
        return None
    try:
        user, _, password = base64.b64decode(header[6:].strip()).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return user, password


def basic_user(users: dict[str, str], header: str | None) -> str | None:
    """The user named by a valid `Authorization: Basic …` header, else None."""
    creds = basic_credentials(header)
    return creds[0] if creds and check_password(users, *creds) else None


class NoUploads:
    """ASGI middleware: Gradio's upload routes, and any multipart body but the login form, are
    refused before a byte is read. Gradio's `max_file_size=0` alone still stores empty files,
    and a client that hangs up mid-upload leaves its temporary file behind."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            path = re.sub("/{2,}", "/", scope.get("path", "")).rstrip("/")
            ctype = dict(scope.get("headers") or []).get(b"content-type", b"")
            if path in UPLOAD_ROUTES or (
                ctype.lower().startswith(b"multipart/") and path != "/login"
            ):
                refusal = JSONResponse(
                    {"error": "L'assistant n'accepte pas de fichiers envoyés."}, status_code=403
                )
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)
