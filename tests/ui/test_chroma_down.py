"""The app on a real Chroma server that stops and comes back (same port, same data): while it is
down, the API answers 503 and the chat says so in French, with one log line and no traceback;
once it is back, the same app answers again without being restarted."""

from __future__ import annotations

import json
import logging
import time

import pytest
from chroma_process import ChromaProcess
from gradio_client import Client
from gradio_client.exceptions import AppError
from test_ui_server import call
from ui_corpus import build_small_corpus
from ui_live import QUESTION, running

from assistant.assistant import Assistant
from assistant.settings import Settings

pytestmark = pytest.mark.server


def chat_reply(blocks, question: str) -> str:
    """What the chat shows for `question`: the real `respond` handler of the Gradio app (its
    chat messages: the saved answers are lists of dicts too)."""
    respond = next(f.fn for f in blocks.fns.values() if getattr(f.fn, "__name__", "") == "respond")
    shown = ""
    for update in respond(question, [], [], [], [], "indifférente", "indifférente"):
        for value in update.values():
            if (
                isinstance(value, list)
                and value
                and isinstance(value[-1], dict)
                and "role" in value[-1]
            ):
                shown = str(value[-1].get("content", ""))
    return shown


def test_chroma_server_down_then_back(tmp_path, caplog):
    from ui.server import _mounted_gradio, create_app

    corpus = build_small_corpus(tmp_path / "corpus")
    with ChromaProcess(tmp_path / "chroma-data") as chroma:
        settings = Settings(
            corpus_dir=corpus,
            index_dir=tmp_path / "index",
            data_dir=tmp_path / "data",
            embedding={"model": "hashing"},
            chroma_host="127.0.0.1",
            chroma_port=chroma.port,
        )
        app = create_app(Assistant.from_settings(settings))  # indexes into the server
        down = (
            f"Le serveur Chroma (127.0.0.1:{chroma.port}) ne répond pas. Réessayez dans un instant."
        )
        with running(app) as url:
            assert call(url, "POST", "/api/ask", {"question": QUESTION})[0] == 200
            chroma.stop()
            caplog.clear()
            with caplog.at_level(logging.WARNING):
                status, ctype, payload = call(url, "POST", "/api/ask", {"question": QUESTION})
            assert status == 503 and ctype.startswith("application/json")
            assert json.loads(payload) == {"error": down}
            logged = [r for r in caplog.records if "Chroma" in r.getMessage()]
            assert len(logged) == 1 and down in logged[0].getMessage()
            assert not any(r.exc_info for r in caplog.records)
            assert "Traceback" not in caplog.text

            with pytest.raises(AppError, match="ne répond pas"):
                Client(url, verbose=False).predict(QUESTION, api_name="/ask")
            caplog.clear()
            assert chat_reply(_mounted_gradio(app).blocks, QUESTION) == down
            assert not any(r.exc_info for r in caplog.records)

            chroma.start()
            deadline = time.monotonic() + 30
            while (status := call(url, "POST", "/api/ask", {"question": QUESTION})[0]) != 200:
                assert status == 503 and time.monotonic() < deadline
                time.sleep(0.2)
            answer = json.loads(call(url, "POST", "/api/ask", {"question": QUESTION})[2])
            assert answer["citations"] and not answer["refused"]
            assert "source 1" in chat_reply(_mounted_gradio(app).blocks, QUESTION)
