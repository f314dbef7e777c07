"""Pipelined ingest: PDFs read in worker processes build the index a sequential run builds;
broken files, dead workers and Ctrl-C are handled; the manifest database and its migration."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import time
from dataclasses import asdict
from pathlib import Path

import pytest
from pdf_factory import make_long_report, make_text_pdf, truncate_file
from test_ingest import PARA, ingest_cmd, state, write_corpus

from assistant.finder.table import FigureTable
from assistant.ingest.manifest import LEGACY_NAME, MANIFEST_NAME, load_manifest
from assistant.ingest.readers import Readers, ReadJob
from assistant.ingest.run import ingest
from assistant.search.embed import HashingEmbedder
from assistant.search.store import ChromaStore


class Recorder:
    """An IngestProgress that keeps what it is told; `on_advance` runs after each file."""

    def __init__(self, on_advance=None) -> None:
        self.events: list[tuple] = []
        self.outcomes: list = []
        self.on_advance = on_advance

    def start(self, total_files: int) -> None:
        self.events.append(("start", total_files))

    def checkpoint(self, source: str, stage: str, done: int, total: int) -> None:
        self.events.append((source, stage, done, total))

    def advance(self, outcome) -> None:
        self.outcomes.append(outcome)
        if self.on_advance:
            self.on_advance(len(self.outcomes))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Six short files, a long report (reading checkpoints) and a truncated PDF."""
    folder = tmp_path_factory.mktemp("pipeline") / "corpus"
    paths = write_corpus(folder, 6, pages=3)
    make_long_report(folder / "rapport.pdf", 60)
    truncate_file(paths[2], folder / "tronque.pdf")
    make_text_pdf(folder / "sous-dossier" / "note.pdf", [PARA.format(n=42)])
    return folder


def vectors(settings) -> dict[str, list[float]]:
    """Every stored vector, by passage id."""
    store = ChromaStore(settings, HashingEmbedder(), create=False)
    got = store.vs.get(include=["embeddings"])
    return {i: [float(x) for x in v] for i, v in zip(got["ids"], got["embeddings"], strict=True)}


def figures(settings) -> list[tuple]:
    """Every figure row of the index (without its row id)."""
    with FigureTable(settings.index_dir).reading() as db:
        return sorted(row[1:] for row in db.execute("SELECT * FROM figures"))


@pytest.fixture(scope="module")
def sequential(corpus, tmp_path_factory):
    """The index a sequential run (no reader process) builds, and its report."""
    from assistant.settings import Settings

    tmp = tmp_path_factory.mktemp("sequential")
    s = Settings(
        corpus_dir=corpus, index_dir=tmp / "index", embedding={"model": "hashing"}, pdf_readers=0
    )
    report = ingest(s)
    return state(s), report, vectors(s), figures(s)


def test_reader_processes_build_the_sequential_index(make_settings, corpus, sequential):
    expected, seq_report, seq_vectors, seq_figures = sequential
    progress = Recorder()
    s = make_settings(corpus, pdf_readers=2)
    report = ingest(s, progress=progress)
    assert report.timings["lecture (en parallèle)"] > 0  # the files were read in workers
    assert report.timings["embedding (en parallèle)"] > 0  # and their passages embedded there
    assert report.timings["embedding"] == 0  # not again here
    assert state(s) == expected  # same passage ids, texts, pages, manifest
    assert vectors(s) == seq_vectors  # and the same vectors
    assert seq_figures and figures(s) == seq_figures  # figures extracted there, the same
    assert [(f.source, f.status, f.pages, f.chunks, f.reason) for f in report.files] == [
        (f.source, f.status, f.pages, f.chunks, f.reason) for f in seq_report.files
    ]
    assert [o.source for o in progress.outcomes] == [f.source for f in report.files]
    failed = {f.source: f.reason for f in report.failed}
    assert "tronqué" in failed["tronque.pdf"]  # a broken PDF read by a worker: reported, skipped
    # a long file read by a worker still reports its reading checkpoints
    assert ("rapport.pdf", "read", 25, 60) in progress.events
    assert not multiprocessing.active_children()
    again = ingest(s)
    assert again.count("unchanged") == len(expected["manifest"])
    assert again.failed[0].remembered


class BusySeen(HashingEmbedder):
    """A hashing embedder that chooses threads per call like USE: records, at each batch, how
    many cores the ingest told it were busy reading."""

    def __init__(self) -> None:
        super().__init__()
        self.busy = lambda: 0
        self.seen: list[tuple[object, int]] = []

    def embed_documents(self, texts):
        self.seen.append((getattr(self.busy, "__self__", None), self.busy()))
        return super().embed_documents(texts)


def test_batches_are_embedded_on_the_cores_the_readers_leave(make_settings, corpus, sequential):
    embedder = BusySeen()
    default = embedder.busy
    s = make_settings(corpus, pdf_readers=2)
    ingest(s, embedder=embedder)
    assert embedder.seen
    assert all(isinstance(who, Readers) and 0 <= n <= 2 for who, n in embedder.seen)
    assert embedder.busy is default  # given back after the run
    assert state(s) == sequential[0]


def test_readers_count_the_processes_reading_now(corpus):
    jobs = [ReadJob(p, p.name, f"k{i}") for i, p in enumerate(sorted(corpus.glob("*.pdf")))]
    with Readers(2, corpus.parent / "idx-busy", False, lambda *a: None) as readers:
        assert readers.busy() == 0  # no process yet
        counts = [readers.busy() for _ in readers.results(jobs, lambda j: j)]
        assert max(counts) <= 2
        assert readers.busy() == 0  # every read taken
    assert len(counts) == len(jobs)


def test_a_dead_reader_process_is_replaced_by_reading_in_the_main_one(
    make_settings, corpus, sequential
):
    killed = []

    def kill_workers(done: int) -> None:
        if done == 1:
            for child in multiprocessing.active_children():
                os.kill(child.pid, signal.SIGKILL)
                killed.append(child.pid)

    s = make_settings(corpus, pdf_readers=2)
    report = ingest(s, progress=Recorder(kill_workers))
    assert len(killed) == 2
    assert state(s) == sequential[0]
    assert report.count("added") == sequential[1].count("added")


def test_ctrl_c_stops_the_readers_and_leaves_a_repairable_index(make_settings, corpus, sequential):
    def interrupt(done: int) -> None:
        if done == 2:
            raise KeyboardInterrupt

    s = make_settings(corpus, pdf_readers=2)
    with pytest.raises(KeyboardInterrupt):
        ingest(s, progress=Recorder(interrupt))
    assert not multiprocessing.active_children()  # reader processes stopped, not left behind
    assert 0 < len(load_manifest(s.index_dir, s.fingerprint()).files) < 7
    ingest(s)
    assert state(s) == sequential[0]


def test_an_index_with_the_old_json_manifest_keeps_working(make_settings, tmp_path):
    corpus = tmp_path / "corpus"
    paths = write_corpus(corpus, 3)
    truncate_file(paths[0], corpus / "tronque.pdf")
    s = make_settings(corpus)
    ingest(s)
    built = state(s)
    snapshot = load_manifest(s.index_dir, s.fingerprint())
    # What the manifest looked like before the database, written by that code's save_manifest.
    legacy = {
        "fingerprint": s.fingerprint(),
        "files": {k: asdict(v) for k, v in sorted(snapshot.files.items())},
        "partial": {},
        "failed": {k: asdict(v) for k, v in sorted(snapshot.failed.items())},
    }
    (s.index_dir / MANIFEST_NAME).unlink()
    (s.index_dir / LEGACY_NAME).write_text(json.dumps(legacy, indent=1), encoding="utf-8")
    assert load_manifest(s.index_dir, s.fingerprint()).files.keys() == snapshot.files.keys()

    report = ingest(s)
    assert report.count("unchanged") == 3 and report.chunks == 0  # nothing embedded again
    assert report.failed[0].remembered  # the failure memory came across too
    assert not (s.index_dir / LEGACY_NAME).exists() and (s.index_dir / MANIFEST_NAME).exists()
    assert state(s) == built
    make_text_pdf(paths[1], [["Nouvelle édition", PARA.format(n=77)]])
    assert [f.status for f in ingest(s).files if f.source.startswith("fiche")] == [
        "unchanged",
        "replaced",
        "unchanged",
    ]


def test_returning_to_earlier_settings_finds_their_files(make_settings, tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 2)
    first = make_settings(corpus)
    other = make_settings(corpus, chunking={"size": 300})
    assert ingest(first).count("added") == 2
    assert ingest(other).count("added") == 2  # other settings: their own collection and rows
    back = ingest(first)
    assert back.count("unchanged") == 2 and back.chunks == 0
    assert load_manifest(first.index_dir, other.fingerprint()).files
    ingest(first, prune=True)  # the other collection is deleted, and its manifest rows
    assert not load_manifest(first.index_dir, other.fingerprint()).files


def test_readers_flag(make_settings, tmp_path, capsys):
    from assistant.cli import run

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 5)
    s = make_settings(corpus)
    base = ["ingest", "--corpus", str(corpus), "--embedding", "hashing"]
    assert run([*base, "--index", str(tmp_path / "a"), "--readers", "0"]) == 0
    out = capsys.readouterr().out
    assert "5 ajoutés" in out and "lecture (en parallèle)" not in out
    assert run([*base, "--index", str(tmp_path / "b"), "--readers", "2"]) == 0
    assert "lecture (en parallèle)" in capsys.readouterr().out
    make_text_pdf(corpus / "fiche-01.pdf", [PARA.format(n=3)])
    make_text_pdf(corpus / "fiche-02.pdf", [PARA.format(n=4)])
    assert run([*base, "--index", str(tmp_path / "b"), "--readers", "2"]) == 0
    out = capsys.readouterr().out  # two small files to read: read at once, no process started
    assert "2 remplacés" in out and "lecture (en parallèle)" not in out
    assert run([*base, "--index", str(s.index_dir), "--readers", "-1"]) == 2
    assert "--readers doit valoir au moins 0" in capsys.readouterr().err


def _children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_reader_processes_exit_when_the_ingest_is_killed(make_settings, tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 4)
    make_long_report(corpus / "rapport-a.pdf", 150)
    make_long_report(corpus / "rapport-b.pdf", 150, seed=1)
    s = make_settings(corpus, pdf_readers=2)
    env = {**os.environ, "COLUMNS": "200"}
    proc = subprocess.Popen(
        ingest_cmd(s, "-v", "--readers", "2"),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        env=env,
    )
    assert proc.stderr is not None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # a worker is reading a long report
        line = proc.stderr.readline()
        if not line or b"pages lues (point de reprise)" in line:
            break
    readers = _children(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert readers, "aucun processus de lecture pendant la lecture"
    deadline = time.monotonic() + 20
    while any(Path(f"/proc/{pid}").exists() for pid in readers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [pid for pid in readers if Path(f"/proc/{pid}").exists()]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, "des processus de lecture ont survécu à l'indexation tuée"
    assert subprocess.run(ingest_cmd(s), capture_output=True).returncode == 0  # lock released


def test_the_report_names_a_few_files_missing_from_the_catalogue_not_thousands(
    make_settings, tmp_path, capsys
):
    from assistant.cli_output import print_report
    from assistant.types import FileOutcome, IngestReport

    sources = [f"lot/note-{i:05d}.pdf" for i in range(2500)]
    report = IngestReport(
        files=[FileOutcome(s, "added", pages=1, chunks=1) for s in sources],
        fingerprint="f",
        missing_catalogue=sources,
    )
    print_report(report, make_settings(tmp_path))
    out = capsys.readouterr().out
    assert "2500 fichier(s) : lot/note-00000.pdf, lot/note-00001.pdf" in out
    assert "lot/note-00019.pdf et 2480 autres" in out and "note-00020" not in out
