"""Page previews, path safety, the users file, feedback lines and filters (no server)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pdf_factory import make_text_pdf
from PIL import Image

from assistant.errors import AssistantError, ConfigError
from assistant.types import SearchFilter
from evals.feedback import last_votes
from ui.access import Refused, basic_user, load_users, safe_pdf_path
from ui.feedback import FEEDBACK_FILE, FeedbackLog, feedback_record
from ui.filters import kind_choices, make_filter
from ui.lang import SCRIPT_TAG, with_french_script
from ui.preview import WIDTH, cached_preview, match_spans, render_page

LINES = [
    "Titre du document",
    "",
    "Le devoir d'alliance est partagé par 78 % des Français.",
    "Une ligne sans rapport avec la citation.",
    "Les partenariats progres-",
    "sent depuis 2010 dans les territoires.",
]
QUOTE = (
    "Le devoir d'alliance est partagé par 78 % des Français.\nLes partenariats progressent depuis"
)


@pytest.mark.parametrize(
    "page, quote, expected",
    [
        ("abc Le devoir d'alliance xyz", "le DEVOIR d’alliance", [(4, 24)]),
        ("Le devoir est là", "devoir", []),  # under 12 letters and digits: could be anywhere
        ("abc Le devoir d'alliance partagé xyz", "Le devoir d'alliance partagé", [(4, 32)]),
        ("Les partenariats progres-\nsent vite", "Les partenariats progressent", [(0, 30)]),
        ("ﬁnancement des associations locales", "financement des associations", [(0, 27)]),
        ("rien à voir", "Le devoir d'alliance partagé", []),
    ],
)
def test_match_spans_tolerates_spacing_hyphenation_ligatures(page, quote, expected):
    assert match_spans(page, quote) == expected


def test_preview_highlights_the_quote(tmp_path):
    pdf = make_text_pdf(tmp_path / "a.pdf", [LINES, ["page deux"]])
    plain, marked = render_page(pdf, 1), render_page(pdf, 1, QUOTE)
    assert plain.width == WIDTH and plain.size == marked.size
    yellow = sum(1 for r, g, b in marked.getdata() if r - b > 60)  # the page itself is grey
    assert yellow > 5000 and not any(r - b > 60 for r, g, b in plain.getdata())
    focused = render_page(pdf, 1, QUOTE, focus=True)
    assert focused.width == WIDTH and focused.height < plain.height / 2
    with pytest.raises(IndexError):
        render_page(pdf, 3)


def test_preview_cache_reuses_the_file(tmp_path):
    pdf = make_text_pdf(tmp_path / "a.pdf", [LINES])
    first = cached_preview(pdf, 1, QUOTE, tmp_path / "cache")
    mtime = first.stat().st_mtime_ns
    assert cached_preview(pdf, 1, QUOTE, tmp_path / "cache") == first
    assert first.stat().st_mtime_ns == mtime and Image.open(first).format == "PNG"
    assert cached_preview(pdf, 1, "", tmp_path / "cache") != first


def test_safe_pdf_path(tmp_path):
    corpus = tmp_path / "corpus"
    inside = make_text_pdf(corpus / "sous" / "a.pdf", ["x"])
    outside = make_text_pdf(tmp_path / "secret.pdf", ["secret"])
    (corpus / "lien.pdf").symlink_to(outside)
    (corpus / "notes.txt").write_text("x")
    indexed = {"sous/a.pdf", "lien.pdf", "notes.txt"}
    assert safe_pdf_path(corpus, indexed, "sous/a.pdf") == inside.resolve()
    for bad, status in [
        ("../secret.pdf", 404),
        (str(outside), 404),
        ("sous/../sous/a.pdf", 404),
        ("notes.txt", 404),
        ("absent.pdf", 404),
        ("lien.pdf", 403),
    ]:
        with pytest.raises(Refused) as err:
            safe_pdf_path(corpus, indexed, bad)
        assert err.value.status == status, bad


def test_users_file(tmp_path):
    f = tmp_path / "users.txt"
    f.write_text("# équipe\nalice:mot:de:passe\n\nbob:secret\n", encoding="utf-8")
    users = load_users(f)
    assert users == {"alice": "mot:de:passe", "bob": "secret"}
    assert (
        basic_user(users, "Basic " + __import__("base64").b64encode(b"bob:secret").decode())
        == "bob"
    )
    assert basic_user(users, "Basic Ym9iOm5vbg==") is None and basic_user(users, None) is None
    f.write_text("alice\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="ligne 1"):
        load_users(f)
    with pytest.raises(ConfigError, match="illisible"):
        load_users(tmp_path / "absent.txt")


def test_feedback_lines(tmp_path, monkeypatch):
    """One line per vote under the data directory fixed at start (not the working directory
    of the moment), with the answer id, history and filters; a later vote supersedes."""
    ans = {
        "question": "Q ?",
        "answer": "R [1].",
        "citations": [{"n": 1, "source": "a.pdf"}],
        "fingerprint": "abc",
        "refused": False,
    }
    monkeypatch.chdir(tmp_path)
    log = FeedbackLog(Path("data"))
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    asked = {"kinds": ["fiche"], "year_min": 2019, "year_max": None}
    vote = feedback_record(ans, "down", "  page fausse ", "a1", ["Avant ?"], asked)
    assert log.append(vote) == tmp_path / "data" / FEEDBACK_FILE
    log.append(feedback_record(ans, "up", "", "a1", ["Avant ?"], asked))
    lines = [json.loads(x) for x in log.path.read_text("utf-8").splitlines()]
    assert not (tmp_path / "elsewhere" / "data").exists()
    assert [x["rating"] for x in lines] == ["down", "up"]
    assert set(lines[0]) >= {
        "time",
        "answer_id",
        "question",
        "history",
        "filters",
        "answer",
        "citations",
        "rating",
        "comment",
        "fingerprint",
    }
    assert lines[0]["comment"] == "page fausse" and lines[0]["citations"][0]["source"] == "a.pdf"
    assert lines[0]["history"] == ["Avant ?"] and lines[0]["filters"] == asked
    assert {x["answer_id"] for x in lines} == {"a1"}
    assert [x["rating"] for x in last_votes(lines)] == ["up"]
    with pytest.raises(ValueError):
        feedback_record(ans, "bof")


def test_filters():
    assert make_filter([], "indifférente", None) is None
    assert make_filter(["autres"]) == SearchFilter(kinds=("autre",))
    assert make_filter(["Etude", "fiche"], "2019", 2023) == SearchFilter(
        kinds=("étude", "fiche"), year_min=2019, year_max=2023
    )
    for kinds, low, high, msg in [
        (["roman"], None, None, "inconnu"),
        ([], "2024", "2019", "vide"),
        ([], "hier", None, "n'est pas une année"),
    ]:
        with pytest.raises(AssistantError, match=msg):
            make_filter(kinds, low, high)


def test_kind_choices_are_the_indexed_kinds_with_counts():
    docs = [{"kind": "autre"}] * 53 + [{"kind": "fiche"}] * 6 + [{"kind": "étude"}, {}]
    assert kind_choices(docs) == [
        ("fiche (6)", "fiche"),
        ("étude (1)", "étude"),
        ("autre (54)", "autre"),
    ]
    assert kind_choices([]) == []


@pytest.mark.parametrize(
    "page, expected",
    [
        (b"<html><head><title>t</title></head>", b"<html><head>" + SCRIPT_TAG + b"<title>t"),
        (b'<html><head lang="en"><meta>', b'<html><head lang="en">' + SCRIPT_TAG + b"<meta>"),
        (b"<p>pas de head</p>", b"<p>pas de head</p>"),
    ],
)
def test_french_script_first_in_head(page, expected):
    assert with_french_script(page).startswith(expected)
