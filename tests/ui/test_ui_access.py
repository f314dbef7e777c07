"""Hardened routes, on the real server: no API description or upload route left open, with and
without the login; failed logins throttled per account and per client address, for HTTP Basic
on the API and for Gradio's login form."""

from __future__ import annotations

import httpx
import pytest
from test_ui_server import call
from ui_live import QUESTION, running

from assistant.assistant import Assistant

pytestmark = pytest.mark.server

THROTTLED = "Trop de tentatives de connexion"


@pytest.fixture
def users_file(tmp_path):
    path = tmp_path / "users.txt"
    path.write_text("claire:motdepasse-1\nmarc:motdepasse-2\n", encoding="utf-8")
    return path


def with_server(assistant: Assistant, **server) -> Assistant:
    """The same index and backend with other `server.*` settings (login delays)."""
    s = assistant.settings
    settings = s.model_copy(update={"server": s.server.model_copy(update=server)})
    return Assistant(settings, assistant.index, assistant.generator)


def login_form(
    client: httpx.Client, user: str, password: str, *, browser: bool = False
) -> httpx.Response:
    """Gradio's login form: urlencoded as gradio_client sends it, or multipart as the page
    does (FormData)."""
    if not browser:
        return client.post("/login", data={"username": user, "password": password})
    boundary = "formulaire"
    body = (
        "".join(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
            for k, v in (("username", user), ("password", password))
        )
        + f"--{boundary}--\r\n"
    )
    ctype = f"multipart/form-data; boundary={boundary}"
    return client.post("/login", content=body.encode(), headers={"Content-Type": ctype})


def multipart(content: bytes, field: str = "files") -> tuple[bytes, dict[str, str]]:
    boundary = "limite-de-test"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; '
            'filename="depot.txt"\r\nContent-Type: text/plain\r\n\r\n'
        ).encode()
        + content
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


# --- API descriptions ------------------------------------------------------------------------


@pytest.mark.parametrize("login", [False, True], ids=["sans-login", "avec-login"])
def test_api_descriptions_are_off_or_behind_the_login(ui_assistant, users_file, login):
    from ui.server import create_app

    with running(create_app(ui_assistant, users_file if login else None)) as url:
        for path in ("/openapi.json", "/docs", "/redoc", "/docs/oauth2-redirect"):
            status, _, payload = call(url, "GET", path)
            assert status == 404 and b'"openapi"' not in payload, (path, status)
        if login:  # Gradio's own description of the named API, only once logged in
            for path in ("/gradio_api/openapi.json", "/gradio_api/info", "/config"):
                assert call(url, "GET", path)[0] == 401, path
            with httpx.Client(base_url=url) as client:
                assert login_form(client, "claire", "motdepasse-1").status_code == 200
                assert client.get("/gradio_api/openapi.json").status_code == 200


# --- uploads ---------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sans-login", "avec-login-anonyme", "avec-login-connecte"])
def test_uploads_are_refused_and_nothing_is_written(
    ui_assistant, users_file, tmp_path, mode, monkeypatch
):
    from ui.server import _mounted_gradio, create_app

    upload_dir = tmp_path / "gradio-temp"
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(upload_dir))
    app = create_app(ui_assistant, None if mode == "sans-login" else users_file)
    assert _mounted_gradio(app).uploaded_file_dir == str(upload_dir)
    headers: dict[str, str] = {}
    with running(app) as url:
        if mode == "avec-login-connecte":
            with httpx.Client(base_url=url) as client:
                assert login_form(client, "claire", "motdepasse-1").status_code == 200
                headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
        for path in (
            "/gradio_api/upload",
            "/gradio_api/upload/",
            "//gradio_api/upload",
            "/gradio_api/upload?upload_id=abc",
            "/gradio_api/process_recording",
            "/gradio_api/component_server",
        ):
            for content in (b"x" * 1_000_000, b""):
                body, ctype = multipart(content)
                status, _, payload = call(url, "POST", path, body, {**ctype, **headers})
                assert 400 <= status < 500, (path, status, payload[:200])
        body, ctype = multipart(b"contenu")
        status, _, payload = call(url, "POST", "/gradio_api/upload", body, {**ctype, **headers})
        assert status == 403 and "fichier" in payload.decode()
    written = [p for p in upload_dir.rglob("*") if p.is_file()] if upload_dir.exists() else []
    assert written == []


# --- failed logins ---------------------------------------------------------------------------


def test_wrong_passwords_are_throttled_per_account_and_address(ui_assistant, users_file):
    """A long delay, so that the burst surely falls within it: only the free failures are
    evaluated, the rest get 429 with a French message and Retry-After, whatever the password."""
    from ui.server import create_app

    slow = with_server(ui_assistant, login_free_failures=3, login_delay_s=30, login_max_delay_s=60)
    with running(create_app(slow, users_file)) as url:
        here = httpx.Client(base_url=url)
        other = httpx.Client(base_url=url, transport=httpx.HTTPTransport(local_address="127.0.0.2"))
        ask = {"question": QUESTION}
        statuses = [
            here.post("/api/ask", json=ask, auth=("claire", f"faux-{i}")).status_code
            for i in range(40)
        ]
        assert statuses[:3] == [401] * 3 and set(statuses[3:]) == {429}
        refused = here.post("/api/ask", json=ask, auth=("claire", "motdepasse-1"))
        assert refused.status_code == 429  # the right password is not even looked at
        assert THROTTLED in refused.json()["error"]
        assert 1 <= int(refused.headers["Retry-After"]) <= 30
        # The account is throttled from another address too; that address is not.
        assert other.post("/api/ask", json=ask, auth=("claire", "x")).status_code == 429
        assert other.post("/api/ask", json=ask, auth=("marc", "x")).status_code == 401
        # This address is throttled for every account, on the API and on the login form.
        assert here.post("/api/ask", json=ask, auth=("marc", "x")).status_code == 429
        form = login_form(here, "marc", "motdepasse-2")
        assert form.status_code == 429 and THROTTLED in form.json()["error"]
        assert "Retry-After" in form.headers
        source = ui_assistant.documents()[0]["source"]
        assert here.get(f"/pdf/{source}", auth=("claire", "motdepasse-1")).status_code == 429
        # Gradio's form, from the other address: its own failures count, then 429.
        statuses = [login_form(other, "marc", f"faux-{i}").status_code for i in range(6)]
        assert statuses[:2] == [400] * 2 and set(statuses[2:]) == {429}, statuses
        here.close()
        other.close()


def test_a_right_login_works_once_the_delay_has_passed(ui_assistant, users_file):
    """A small delay (the 429s themselves are checked above with a long one): once it has
    passed, the right password is accepted and resets the count; for HTTP Basic and for
    Gradio's login form."""
    import time

    from ui.server import create_app

    quick = with_server(
        ui_assistant, login_free_failures=3, login_delay_s=0.3, login_max_delay_s=0.6
    )

    def until_accepted(send) -> httpx.Response:
        deadline = time.monotonic() + 20
        while (resp := send()).status_code == 429:
            assert time.monotonic() < deadline
            time.sleep(0.1)
        return resp

    with running(create_app(quick, users_file)) as url, httpx.Client(base_url=url) as client:
        ask = {"question": QUESTION}
        for i in range(3):  # the free failures are evaluated; the third one starts a delay
            assert (
                client.post("/api/ask", json=ask, auth=("claire", f"faux-{i}")).status_code == 401
            )
        ok = until_accepted(
            lambda: client.post("/api/ask", json=ask, auth=("claire", "motdepasse-1"))
        )
        assert ok.status_code == 200 and ok.json()["citations"]
        # Reset on success: the next mistake is evaluated again (401, not 429).
        assert client.post("/api/ask", json=ask, auth=("claire", "faux")).status_code == 401
        assert client.post("/api/ask", json=ask, auth=("claire", "motdepasse-1")).status_code == 200

        for i in range(3):
            assert login_form(client, "marc", f"faux-{i}", browser=True).status_code == 400
        ok = until_accepted(lambda: login_form(client, "marc", "motdepasse-2", browser=True))
        assert ok.status_code == 200
        assert client.post("/api/ask", json=ask).status_code == 200  # the session cookie
