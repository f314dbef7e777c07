"""CSV meant to be saved starts with a UTF-8 byte-order mark (Excel then reads « é » right):
the « Chiffres » tab's export, the API's download and `assistant figures --format csv` written
to a file; CSV sent down a pipe does not (a BOM would end up in the first column's name)."""

from __future__ import annotations

import csv
import io
import json
import os
import sys

import pytest
from small_corpus import write_small_corpus

from assistant.cli import EXIT_OK, run
from assistant.finder.export import BOM, render, to_csv
from assistant.finder.rows import FigureResults
from assistant.ingest.run import ingest
from ui import figures_view as view


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    from assistant.settings import Settings

    root = tmp_path_factory.mktemp("bom")
    settings = Settings(
        corpus_dir=write_small_corpus(root / "corpus"),
        index_dir=root / "index",
        data_dir=root / "data",
        embedding={"model": "hashing"},
    )
    ingest(settings)
    return settings


def _cli(settings, stream) -> int:
    args = ["figures", "--corpus", str(settings.corpus_dir), "--index", str(settings.index_dir)]
    saved, sys.stdout = sys.stdout, stream
    try:
        return run([*args, "Français", "--format", "csv"])
    finally:
        sys.stdout = saved


def test_cli_csv_to_a_file_has_a_bom(indexed, tmp_path):
    path = tmp_path / "chiffres.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        assert _cli(indexed, fh) == EXIT_OK
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows and "Français" in {r["actor"] for r in rows}


def test_cli_csv_down_a_pipe_has_none(indexed):
    read_fd, write_fd = os.pipe()
    with open(write_fd, "w", encoding="utf-8") as pipe:
        assert _cli(indexed, pipe) == EXIT_OK
    with open(read_fd, "rb") as fh:
        raw = fh.read()
    assert raw.startswith(b"text,value,unit")


def test_tab_export_and_api_download_have_a_bom():
    from assistant.finder.rows import FigureRow

    row = FigureRow(
        "69 %",
        69.0,
        "%",
        "estiment",
        "Français",
        "Français",
        "2015",
        "phrase",
        "69 % des Français estiment.",
        "",
        "a.pdf",
        "Études",
        "fiche",
        "2015",
        "",
        2,
        "2",
        0,
        4,
    )
    results = FigureResults([row], 1)
    exported = json.loads(view.exports(results))["csv"]
    assert exported.startswith(BOM) and "Études" in exported
    assert render(results, "csv", bom=True) == exported
    assert not to_csv(results).startswith(BOM) and not render(results, "md", bom=True).startswith(
        BOM
    )
