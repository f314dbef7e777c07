"""One contract on every road out: the JSON API, gradio_client's `/ask` and the chat give the
golden answer of the real assistant; `/api/schema` publishes its schema (behind the login);
`view_api` shows its shape instead of « Any »."""

from __future__ import annotations

import base64
import html
import json
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest
from golden_answers import QUESTIONS, load, stable
from gradio_client import Client
from test_contract import DRIFT, same
from test_ui_server import call
from ui_live import running

from assistant.assistant import Assistant
from assistant.contract import answer_schema
from ui import render

pytestmark = [pytest.mark.server, pytest.mark.slow]

GOLDEN = {name: load(name) for name in QUESTIONS}


@pytest.fixture(scope="module")
def golden_url(golden_assistant: Assistant) -> Iterator[str]:
    from ui.server import create_app

    with running(create_app(golden_assistant)) as url:
        yield url


@pytest.mark.parametrize("name", sorted(QUESTIONS))
def test_api_ask_gives_the_golden_answer(golden_url, name):
    status, ctype, payload = call(golden_url, "POST", "/api/ask", {"question": QUESTIONS[name]})
    assert status == 200 and ctype.startswith("application/json")
    answer = json.loads(payload)
    assert same(stable(answer), GOLDEN[name]), DRIFT.format(name=name)
    assert list(answer) == list(GOLDEN[name])


def test_gradio_client_gives_the_golden_answer_and_view_api_its_shape(golden_url):
    client = Client(golden_url, verbose=False)
    answer = client.predict(QUESTIONS["answer"], api_name="/ask")
    assert same(stable(answer), GOLDEN["answer"]), DRIFT.format(name="answer")
    info = client.view_api(print_info=False, return_format="dict")
    (returned,) = info["named_endpoints"]["/ask"]["returns"]
    shape = returned["python_type"]["type"]
    assert shape != "Any" and shape.startswith("dict(question: str, answer: str, refused: bool")
    for part in (
        "chunk_id: str",
        "category: Literal['quantity', 'date']",
        "nearest: list[dict(source: str",
        "schema_version: str",
        "dense_rank: None | int",
    ):
        assert part in shape, part


def test_api_schema_is_the_contract_schema(golden_url):
    status, ctype, payload = call(golden_url, "GET", "/api/schema")
    assert status == 200 and ctype.startswith("application/schema+json")
    assert json.loads(payload) == answer_schema()


def test_api_schema_is_behind_the_login(golden_assistant, tmp_path):
    from ui.server import create_app

    users = tmp_path / "users.txt"
    users.write_text("claire:motdepasse-1\n", encoding="utf-8")
    with running(create_app(golden_assistant, users)) as url:
        assert call(url, "GET", "/api/schema")[0] == 401
        basic = {"Authorization": "Basic " + base64.b64encode(b"claire:motdepasse-1").decode()}
        status, _, payload = call(url, "GET", "/api/schema", headers=basic)
        assert status == 200 and json.loads(payload)["properties"]["schema_version"]


def test_chat_renders_the_golden_answer(golden_assistant):
    """The chat's bubble and sources come from the same serialised answer as the API."""
    answer = golden_assistant.ask(QUESTIONS["answer"])
    view = answer.to_dict()
    assert same(stable(view), GOLDEN["answer"])
    bubble = render.chat_html(view)
    assert "✓ 6 chiffres vérifiés, 1 date" in bubble and "⚠" not in bubble.split("figures-line")[1]
    sources = render.sources_html(view["citations"], view)
    for c in GOLDEN["answer"]["citations"]:  # the preview highlights the contract's passage
        assert html.escape(urlencode({"chunk": c["chunk_id"]})) in sources
