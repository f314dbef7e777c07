"""GET /api/figures on the real server: the same rows as the CLI, CSV as a download, French
400 errors, and the same login as the rest of the API."""

from __future__ import annotations

import base64
import csv
import io
import json

import pytest
from test_ui_server import call
from ui_live import running

from assistant.assistant import Assistant

pytestmark = pytest.mark.server


def test_json_csv_md_and_errors(live_url: str):
    status, ctype, body = call(live_url, "GET", "/api/figures?q=alliance&limit=5")
    assert status == 200 and ctype.startswith("application/json")
    data = json.loads(body)
    assert data["figures"] and data["total"] >= len(data["figures"]) and len(data["figures"]) <= 5
    assert {"text", "value", "unit", "actor", "page", "page_label", "sentence"} <= set(
        data["figures"][0]
    )
    status, ctype, body = call(live_url, "GET", "/api/figures?q=alliance&format=csv")
    assert body.startswith(b"\xef\xbb\xbf")  # a download: Excel reads its accents
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert status == 200 and ctype.startswith("text/csv") and rows[0][0] == "text" and len(rows) > 1
    status, ctype, body = call(live_url, "GET", "/api/figures?format=md&limit=3")
    assert status == 200 and "[^1]:" in body.decode("utf-8")
    # the unit pts is accepted (the demo corpus prints no figure in points: the CLI test of
    # tests/test_finder_points.py checks the rows it filters)
    status, _, body = call(live_url, "GET", "/api/figures?unit=pts")
    assert status == 200 and json.loads(body)["total"] == 0
    for path, message in [
        ("/api/figures?unit=litres", "Unités acceptées"),
        ("/api/figures?since=hier", "« since » doit être un nombre entier"),
        ("/api/figures?format=xls", "Formats acceptés"),
        ("/api/figures?acteur=maires", "Paramètre inconnu : acteur"),
        ("/api/figures?q=" + "a" * 600, "Recherche trop longue"),
    ]:
        status, _, body = call(live_url, "GET", path)
        assert status == 400 and message in json.loads(body)["error"], (path, body)


def test_behind_the_login(ui_assistant: Assistant, tmp_path):
    from ui.server import create_app

    users = tmp_path / "users.txt"
    users.write_text("claire:motdepasse-1\n", encoding="utf-8")
    with running(create_app(ui_assistant, auth_file=users)) as url:
        status, _, _ = call(url, "GET", "/api/figures?q=alliance")
        assert status == 401
        token = base64.b64encode(b"claire:motdepasse-1").decode()
        status, _, body = call(
            url, "GET", "/api/figures?q=alliance", headers={"Authorization": f"Basic {token}"}
        )
        assert status == 200 and json.loads(body)["figures"]
