"""Request bounds of the JSON API, on a real server: whatever a client sends, the answer is
200 or a 4xx with a French message, never a 500, and the work done stays bounded."""

from __future__ import annotations

import contextlib
import json
import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_ui_server import call
from ui_live import QUESTION

from assistant.settings import ServerSettings

pytestmark = pytest.mark.server
LIMITS = ServerSettings()


def _error(status: int, payload: bytes) -> str:
    assert 400 <= status < 500, (status, payload[:300])
    error = json.loads(payload)["error"]
    assert isinstance(error, str) and error and "Traceback" not in error
    assert "inattendue" not in error  # the catch-all message means a 500 hidden as a 4xx
    return error


def _send_until_answered(url: str, head: bytes, chunks: Iterator[bytes]) -> tuple[int, bytes]:
    """Send a request piece by piece as a client would, stopping when the server cuts it."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        sock.sendall(head)
        with contextlib.suppress(OSError):  # the server answers and closes before the end
            for chunk in chunks:
                sock.sendall(chunk)
        reply = b""
        with contextlib.suppress(OSError):
            while data := sock.recv(65536):
                reply += data
    status_line, _, rest = reply.partition(b"\r\n")
    return int(status_line.split()[1]), rest.partition(b"\r\n\r\n")[2]


def test_a_huge_history_is_refused_before_it_is_read(live_url):
    """10.8 MB of history once drove the server to 23.7 GB and the kernel killed it."""
    body = json.dumps({"question": QUESTION, "history": ["et pour les maires ?"] * 600_000})
    head = (
        "POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode()
    chunks = (body[i : i + 65536].encode() for i in range(0, len(body), 65536))
    status, payload = _send_until_answered(live_url, head, chunks)
    assert status == 413
    assert "trop volumineuse" in _error(status, payload)


def test_a_chunked_body_is_counted_as_it_arrives(live_url):
    """No Content-Length to check: the body is cut off once it passes the limit."""
    head = (
        b"POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n"
    )
    piece = b'["et pour les maires ?", ' * 1000
    chunks = (b"%x\r\n%s\r\n" % (len(piece), piece) for _ in range(200))
    status, payload = _send_until_answered(live_url, head, chunks)
    assert status == 413
    assert "trop volumineuse" in _error(status, payload)


def test_a_long_run_of_follow_ups_keeps_only_the_latest_turns(live_url):
    """4,000 short follow-ups took 41.5 s (quadratic); only the last turns are read now."""
    history = [QUESTION] + ["et pour les maires ?", "et en 2016 ?"] * 2_000
    status, _, payload = call(
        live_url, "POST", "/api/ask", {"question": QUESTION, "history": history}
    )
    assert status == 200
    understood = json.loads(payload)["retrieval"]["understood"]
    assert len(understood) <= (LIMITS.max_history_turns + 1) * (LIMITS.max_question_chars + 3)


def test_a_history_turn_longer_than_a_question_is_refused(live_url):
    body = {"question": QUESTION, "history": ["x" * (LIMITS.max_question_chars + 1)]}
    status, _, payload = call(live_url, "POST", "/api/ask", body)
    assert status == 413
    assert "historique" in _error(status, payload)


@pytest.mark.parametrize(
    "body, message",
    [
        (b'{"question": "\\ud800 combien ?"}', "caractères invalides"),
        (b'{"question": "Q ?", "history": ["\\udfff"]}', "caractères invalides"),
        (b"[" * 100_000 + b"]" * 100_000, "trop volumineuse"),
        (b"[" * 20_000 + b"]" * 20_000, "trop imbriqué"),
        (b'{"question": "Q ?", "kinds": ' + b"[" * 5_000 + b"]" * 5_000 + b"}", "imbriqué"),
        ({"question": "Q ?", "kinds": ["fiche"] * 50}, "kinds"),
        ({"question": "Q ?", "kinds": [["fiche"]]}, "kinds"),
        ({"question": "Q ?", "year_min": "9" * 5000}, "année"),
        ({"question": "Q ?", "year_min": 2020.5}, "année"),
        ({"question": "Q ?", "year_min": [2020]}, "année"),
        ({"question": "Q ?", "year_max": True}, "année"),
        ({"question": "Q ?", "history": [None]}, "history"),
        ({"question": 12}, "question"),
    ],
)
def test_malformed_requests_get_a_french_4xx(live_url, body, message):
    status, ctype, payload = call(live_url, "POST", "/api/ask", body)
    assert ctype.startswith("application/json")
    assert message in _error(status, payload)


def test_a_body_announced_larger_than_the_limit_is_refused_unread(live_url):
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(live_url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    conn.putrequest("POST", "/api/ask")
    conn.putheader("Content-Type", "application/json")
    conn.putheader("Content-Length", str(10**9))
    conn.endheaders()
    conn.send(b'{"question": "')  # a client that would send a gigabyte: answered at once
    resp = conn.getresponse()
    assert resp.status == 413 and "trop volumineuse" in _error(resp.status, resp.read())
    conn.close()


# Any JSON value, and objects shaped like a request with values of any type.
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_field = st.sampled_from(["question", "history", "kinds", "year_min", "year_max", "autre"])
_request = st.dictionaries(
    _field, _json | st.text(max_size=300) | st.lists(st.text(max_size=60), max_size=30), max_size=5
)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=_request | _json)
def test_any_json_body_gives_200_or_a_french_4xx(live_url, body):
    status, ctype, payload = call(live_url, "POST", "/api/ask", body)
    assert ctype.startswith("application/json")
    if status != 200:
        _error(status, payload)
    else:
        answer = json.loads(payload)
        assert isinstance(answer["answer"], str) and answer["answer"]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(raw=st.binary(max_size=200))
def test_any_bytes_give_200_or_a_french_4xx(live_url, raw):
    status, _, payload = call(live_url, "POST", "/api/ask", raw)
    if status != 200:
        _error(status, payload)
