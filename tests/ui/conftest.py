"""The interface tests share one index (built once per session on a small corpus with the
instant hashing embedder) and one real server started with uvicorn on a free loopback port."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from ui_corpus import build_test_corpus
from ui_live import running

from assistant.assistant import Assistant
from assistant.settings import Settings

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
LOOPBACK = {"127.0.0.1", "localhost"}
BROWSER_INTERNAL = {"data", "blob", "about", "chrome", "chrome-extension", "devtools"}

REPO = Path(__file__).resolve().parents[2]
DEMO_CORPUS = REPO / "corpus"


@pytest.fixture(scope="session")
def ui_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    root = tmp_path_factory.mktemp("ui")
    corpus = build_test_corpus(root / "corpus", DEMO_CORPUS)
    return Settings(
        corpus_dir=corpus,
        index_dir=root / "index",
        data_dir=root / "data",
        embedding={"model": "hashing"},
    )


@pytest.fixture(scope="session")
def ui_assistant(ui_settings: Settings) -> Assistant:
    return Assistant.from_settings(ui_settings)  # indexes the corpus: there is no index yet


@pytest.fixture(scope="session")
def live_url(ui_assistant: Assistant) -> Iterator[str]:
    from ui.server import create_app

    with running(create_app(ui_assistant)) as url:
        yield url


@pytest.fixture(scope="session")
def demo_assistant(tmp_path_factory: pytest.TempPathFactory, ui_assistant: Assistant) -> Assistant:
    """The shipped demo corpus as it is (for the README screenshot); the test corpus without it."""
    if not any(DEMO_CORPUS.glob("*.pdf")):
        return ui_assistant
    root = tmp_path_factory.mktemp("demo")
    return Assistant.from_settings(
        Settings(
            corpus_dir=DEMO_CORPUS,
            index_dir=root / "index",
            data_dir=root / "data",
            embedding={"model": "hashing"},
        )
    )


@pytest.fixture(scope="session")
def demo_url(demo_assistant: Assistant, ui_assistant: Assistant, live_url: str) -> Iterator[str]:
    if demo_assistant is ui_assistant:
        yield live_url
        return
    from ui.server import create_app

    with running(create_app(demo_assistant)) as url:
        yield url


# One headless Chromium per test module (a module-scoped fixture), a fresh context per page.
@pytest.fixture(scope="module")
def browser() -> Iterator:
    if not CHROMIUM.exists():
        pytest.skip("Chromium absent : apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


# What a user's system and browser choose, crossed so that two runs cover both colour schemes
# and both languages (issue 12): every browser test of what a user sees or hears takes `look`.
LOOKS = {"light-fr": ("light", "fr-FR"), "dark-en": ("dark", "en-US")}


@pytest.fixture(params=list(LOOKS.values()), ids=list(LOOKS))
def look(request: pytest.FixtureRequest) -> dict[str, str]:
    """Keyword arguments for `open_page`: `open_page(**look)`."""
    scheme, locale = request.param
    return {"color_scheme": scheme, "locale": locale}


@pytest.fixture
def open_page(browser, live_url):
    """A fresh page at the app; every request of its context is checked when the test ends."""
    contexts, requests, errors = [], [], []

    def _open(
        width: int = 1280,
        height: int = 1000,
        url: str = live_url,
        color_scheme: str = "light",
        locale: str = "fr-FR",
    ):
        ctx = browser.new_context(
            viewport={"width": width, "height": height}, locale=locale, color_scheme=color_scheme
        )
        ctx.on("request", lambda r: requests.append(r.url))
        contexts.append(ctx)
        page = ctx.new_page()
        page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
        page.goto(url)
        page.wait_for_selector("#question textarea")
        # The page sees the scheme and the browser's language asked for (else a run proves
        # nothing). Intl, because the app's own script makes `navigator.language` French.
        seen = page.evaluate(
            """() => [matchMedia('(prefers-color-scheme: dark)').matches,
                      Intl.DateTimeFormat().resolvedOptions().locale]"""
        )
        assert seen == [color_scheme == "dark", locale], seen
        return page

    yield _open
    for ctx in contexts:
        ctx.close()
    off = [
        u
        for u in requests
        if urlsplit(u).scheme not in BROWSER_INTERNAL and urlsplit(u).hostname not in LOOPBACK
    ]
    assert not off, f"requests off loopback: {off}"
    assert requests and not errors
