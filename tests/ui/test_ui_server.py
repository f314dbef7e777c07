"""The app started for real on loopback: gradio_client on /ask, plain HTTP on /api/ask, the PDF
and preview routes refusing anything but indexed PDFs, and the optional login."""

from __future__ import annotations

import base64
import http.client
import json
import os
import subprocess
import sys
import time
import urllib.request
from urllib.parse import urlsplit

import pytest
from golden_answers import load
from gradio_client import Client
from gradio_client.exceptions import AppError
from servers import free_port
from ui_corpus import build_small_corpus
from ui_live import QUESTION, running

GOLDEN = load("answer")

pytestmark = pytest.mark.server


def call(url: str, method: str, path: str, body: object = None, headers: dict | None = None):
    """A raw request: the path is sent exactly as written (no client-side normalisation)."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    data = body if isinstance(body, bytes | None) else json.dumps(body).encode()
    conn.request(
        method, path, body=data, headers={"Content-Type": "application/json", **(headers or {})}
    )
    resp = conn.getresponse()
    payload = resp.read()
    conn.close()
    return resp.status, resp.getheader("Content-Type", ""), payload


def test_gradio_client_ask_returns_the_json_contract(live_url):
    client = Client(live_url, verbose=False)
    result = client.predict(QUESTION, api_name="/ask")
    assert isinstance(result, dict) and not result["refused"]
    assert result["citations"] and "[1]" in result["answer"]
    assert list(result) == list(GOLDEN)  # the contract's fields, as the golden answer has them
    assert list(result["citations"][0]) == list(GOLDEN["citations"][0])
    filtered = client.predict(QUESTION, [], ["fiche"], None, None, api_name="/ask")
    assert filtered["retrieval"]["filter"]["kinds"] == ["fiche"]
    others = client.predict(
        "Que dit l'annexe technique sur les balises ?", [], ["autre"], None, None, api_name="/ask"
    )
    assert others["retrieval"]["filter"]["kinds"] == ["autre"]
    assert others["citations"] and {c["kind"] for c in others["citations"]} == {"autre"}
    with pytest.raises(AppError, match="trop longue"):
        client.predict("Pourquoi ? " * 200, api_name="/ask")


def test_api_ask_json(live_url):
    status, ctype, payload = call(live_url, "POST", "/api/ask", {"question": QUESTION})
    answer = json.loads(payload)
    assert status == 200 and ctype.startswith("application/json")
    assert answer["citations"] and answer["citations"][0]["page"] >= 1
    status, _, payload = call(
        live_url,
        "POST",
        "/api/ask",
        {
            "question": "Et en 2023 ?",
            "history": [QUESTION],
            "kinds": ["bulletin"],
            "year_min": 2000,
            "year_max": 2100,
        },
    )
    assert status == 200 and json.loads(payload)["retrieval"]["filter"]["kinds"] == ["bulletin"]


@pytest.mark.parametrize(
    "body, message",
    [
        ({"question": ""}, "vide"),
        ({"question": "Pourquoi ? " * 200}, "trop longue"),
        ({"question": "Q ?", "kinds": ["roman"]}, "inconnu"),
        ({"question": "Q ?", "year_min": 2024, "year_max": 2019}, "vide"),
        ({"history": []}, "obligatoire"),
        ({"question": "Q ?", "history": "pas une liste"}, "liste"),
        ({"question": "Q ?", "format": "xml"}, "Champ inconnu"),
        (b"{pas du json", "JSON valide"),
        ([1, 2], "objet JSON"),
    ],
)
def test_api_ask_errors_are_french_400(live_url, body, message):
    status, ctype, payload = call(live_url, "POST", "/api/ask", body)
    assert status == 400 and ctype.startswith("application/json")
    error = json.loads(payload)["error"]
    assert message in error and "Traceback" not in error


def test_pdf_and_preview_of_an_indexed_document(live_url, ui_assistant):
    source = next(
        d["source"] for d in ui_assistant.documents() if d["source"] != "lien-hors-corpus.pdf"
    )
    status, ctype, payload = call(live_url, "GET", f"/pdf/{source}")
    assert status == 200 and ctype == "application/pdf" and payload.startswith(b"%PDF-")
    status, ctype, payload = call(live_url, "GET", f"/preview/{source}/1.png")
    assert status == 200 and ctype == "image/png" and payload.startswith(b"\x89PNG")
    assert call(live_url, "GET", f"/preview/{source}/999.png")[0] == 404


@pytest.mark.parametrize(
    "path",
    [
        "/pdf/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "/pdf/../../../../etc/passwd",
        "/pdf/%2e%2e/hors-corpus/secret.pdf",
        "/pdf/..%2Fhors-corpus%2Fsecret.pdf",
        "/pdf/%2Fetc%2Fpasswd",
        "/pdf//etc/passwd",
        "/pdf/lien-hors-corpus.pdf",  # a symlink in the corpus that points out of it
        "/pdf/catalogue.toml",
        "/pdf/..%2Fhors-corpus%2Fnotes.txt",
        "/preview/..%2Fhors-corpus%2Fsecret.pdf/1.png",
        "/preview/%2Fetc%2Fpasswd/1.png",
        "/preview/lien-hors-corpus.pdf/1.png",
        "/preview/catalogue.toml/1.png",
    ],
)
def test_paths_outside_the_indexed_corpus_are_refused(live_url, path):
    status, _, payload = call(live_url, "GET", path)
    assert status in (403, 404), (path, status)
    assert b"%PDF" not in payload and b"root:" not in payload and b"secret" not in payload


def test_login_from_users_file(ui_assistant, tmp_path):
    from ui.server import create_app

    users = tmp_path / "users.txt"
    users.write_text("# personnel\nclaire:motdepasse-1\n", encoding="utf-8")
    with running(create_app(ui_assistant, users)) as url:
        assert call(url, "POST", "/api/ask", {"question": QUESTION})[0] == 401
        basic = {"Authorization": "Basic " + base64.b64encode(b"claire:motdepasse-1").decode()}
        assert call(url, "POST", "/api/ask", {"question": QUESTION}, basic)[0] == 200
        wrong = {"Authorization": "Basic " + base64.b64encode(b"claire:non").decode()}
        assert call(url, "POST", "/api/ask", {"question": QUESTION}, wrong)[0] == 401
        source = ui_assistant.documents()[0]["source"]
        assert call(url, "GET", f"/pdf/{source}")[0] == 401
        with pytest.raises(Exception):  # noqa: B017 - gradio_client refuses without login
            Client(url, verbose=False).predict(QUESTION, api_name="/ask")
        client = Client(url, auth=("claire", "motdepasse-1"), verbose=False)
        assert client.predict(QUESTION, api_name="/ask")["citations"]


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except OSError:
        return False


def test_serve_indexes_a_fresh_corpus_then_answers(tmp_path):
    """`serve()` as `assistant serve` calls it, in its own process, on a corpus never indexed."""
    corpus = build_small_corpus(tmp_path / "corpus")
    port = free_port()
    script = (
        "import sys; from pathlib import Path; from assistant.settings import Settings; "
        "from ui.server import serve; "
        f"serve(Settings(corpus_dir=Path({str(corpus)!r}), index_dir=Path({str(tmp_path / 'index')!r}), "
        f"data_dir=Path({str(tmp_path / 'data')!r}), embedding={{'model': 'hashing'}}), port={port})"
    )
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "HF_HUB_DISABLE_TELEMETRY": "1"}
    log = (tmp_path / "serve.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdout=log, stderr=subprocess.STDOUT, env=env, cwd=tmp_path
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while not _answers(url + "/"):
            log_text = (tmp_path / "serve.log").read_text("utf-8", "replace")
            assert proc.poll() is None, f"serve() stopped:\n{log_text}"
            assert time.monotonic() < deadline, f"serve() did not start:\n{log_text}"
            time.sleep(0.3)
        status, _, payload = call(url, "POST", "/api/ask", {"question": QUESTION})
        assert status == 200 and json.loads(payload)["citations"][0]["source"].endswith(".pdf")
        assert (tmp_path / "index").is_dir()
    finally:
        proc.terminate()
        proc.wait(15)
        log.close()
    assert "Traceback" not in (tmp_path / "serve.log").read_text("utf-8", "replace")


def test_the_page_starts_french(live_url):
    """The French script comes first in the page's <head>, before Gradio's modules, with a
    Content-Length that still matches the body; JSON answers are left alone."""
    status, ctype, payload = call(live_url, "GET", "/")
    assert status == 200 and ctype.startswith("text/html")
    head = payload.decode("utf-8")
    script = head.index("Navigator.prototype")
    assert head.index("<head") < script < head.index('<script type="module"')
    status, _, payload = call(live_url, "POST", "/api/ask", {"question": QUESTION})
    assert status == 200 and b"Navigator.prototype" not in payload
