"""A running `assistant serve` picks up what a real `assistant ingest` process changed, without
a restart: the new document is cited and its PDF served, the removed one is gone (404), in
embedded mode and with a Chroma server shared by processes that share nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest
from live_scenario import (
    EDITION_A,
    EDITION_B,
    run_ingest,
    scenario,
    shows,
    view,
    wait_until_shown,
    write_edition,
)

pytestmark = pytest.mark.server

# Generous: the delay itself is measured by `python tests/ui/live_scenario.py` (see README).
PATIENCE = 60.0


def _ingest_then_follow(root: Path, chroma_server_mode: bool) -> None:
    with scenario(root, chroma_server_mode) as (url, env):
        assert shows(url, EDITION_A), view(url)
        write_edition(root / "corpus", EDITION_B)
        run_ingest(env, root)
        wait_until_shown(url, EDITION_B, PATIENCE)
        seen = view(url)
        assert seen["bulletin-2022.pdf"] == {
            "cited": True,
            "nearest": False,
            "pdf": 200,
            "preview": 200,
        }
        assert seen["etude-2019.pdf"]["pdf"] == seen["etude-2019.pdf"]["preview"] == 404
        # And back: the étude returns, the bulletin goes.
        write_edition(root / "corpus", EDITION_A)
        run_ingest(env, root)
        wait_until_shown(url, EDITION_A, PATIENCE)


def test_running_server_follows_an_ingest(tmp_path):
    _ingest_then_follow(tmp_path, chroma_server_mode=False)


def test_running_server_follows_an_ingest_through_a_chroma_server(tmp_path):
    _ingest_then_follow(tmp_path, chroma_server_mode=True)


@pytest.mark.browser
def test_page_loaded_after_an_ingest_shows_the_new_coverage(tmp_path):
    """The intro note, the year and the kind choices of a page loaded after the swap (real
    Chromium)."""
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip("Chromium absent : apt-get install chromium")
    from playwright.sync_api import sync_playwright
    from ui_live import running

    from assistant.assistant import Assistant
    from assistant.ingest.run import ingest
    from assistant.search.generation import read_stamp
    from assistant.settings import Settings
    from ui.server import create_app

    s = Settings(
        corpus_dir=tmp_path / "corpus",
        index_dir=tmp_path / "index",
        data_dir=tmp_path / "data",
        embedding={"model": "hashing"},
    )
    write_edition(s.corpus_dir, EDITION_A)
    bot = Assistant.from_settings(s)
    with (
        running(create_app(bot)) as url,
        sync_playwright() as p,
    ):
        browser = p.chromium.launch(executable_path=str(chromium), args=["--headless"])
        page = browser.new_page(locale="fr-FR")

        def coverage(expect: str = "") -> tuple[str, list[str], list[str]]:
            page.goto(url)
            page.wait_for_selector("#question textarea")
            # The page is served with the note of start-up; its load event refreshes the note,
            # years and kinds at once: wait for it (a time-out fails the test).
            page.wait_for_function(
                f"document.querySelector('header.intro p')?.innerText.includes({expect!r})",
                timeout=20_000,
            )
            note = page.locator("header.intro p").inner_text()
            page.locator("#filters").get_by_text("Filtrer les publications").click()
            page.locator("#kinds label").first.wait_for()
            kinds = page.locator("#kinds label").all_inner_texts()
            page.get_by_label("Publiées jusqu'en").click()
            years = page.get_by_role("option").all_inner_texts()
            return note, [y.strip() for y in years], [k.strip() for k in kinds]

        note, years, kinds = coverage()
        assert "étude" in note and "bulletin" not in note and "2022" not in years
        assert kinds == ["fiche (2)", "étude (1)"]
        write_edition(s.corpus_dir, EDITION_B)
        ingest(s)
        published = read_stamp(s.index_dir).id  # type: ignore[union-attr]
        for _ in range(600):  # the server's watcher swaps by itself
            if bot.holder.generation == published:
                break
            page.wait_for_timeout(100)
        note, years, kinds = coverage("bulletin")
        assert "bulletin" in note and "étude" not in note and "2022" in years
        assert kinds == ["fiche (2)", "bulletin (1)"]
        browser.close()
