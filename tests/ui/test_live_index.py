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
