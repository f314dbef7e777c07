"""Terminal rendering for the CLI: ingest progress bar and final report (rich)."""

from __future__ import annotations

import io
import os
import stat
import sys
import time

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .answer.compose import display_figure
from .checks.summary import verified_summary
from .contract import Answer
from .settings import Settings
from .types import FileOutcome, IngestReport


def writes_to_file(stream: object) -> bool:
    """Whether `stream` is a regular file (« > chiffres.csv »), not a pipe or a terminal."""
    try:
        return stat.S_ISREG(os.fstat(stream.fileno()).st_mode)  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return False  # a test's captured output, a closed stream


MAX_LISTED = 20  # files named in one line of the report

STATUS_FR = {
    "added": "ajoutés",
    "unchanged": "inchangés",
    "replaced": "remplacés",
    "removed": "retirés",
    "failed": "en échec",
    "ignored": "ignorés",
}


class IngestBar:
    """Progress bar with pages/s; with -v, one line per file."""

    def __init__(self, verbose: bool = False) -> None:
        self.console = Console(stderr=True)
        if not self.console.is_terminal:  # logs and pipes: room for the whole line
            self.console = Console(stderr=True, width=160)
        self.verbose = verbose
        self.progress = Progress(
            TextColumn("[bold]Indexation[/]"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[pages]} pages · {task.fields[rate]:.1f} pages/s"),
            TimeElapsedColumn(),
            TextColumn("{task.description}"),
            console=self.console,
            transient=False,
        )
        self.pages = 0
        self.t0 = time.perf_counter()
        self.task = self.progress.add_task("", total=None, pages=0, rate=0.0)

    def __enter__(self) -> IngestBar:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def start(self, total_files: int) -> None:
        self.t0 = time.perf_counter()
        self.progress.update(self.task, total=total_files)

    def note(self, message: str) -> None:
        """A line above the bar (e.g. waiting for another ingest)."""
        self.console.print(message, markup=False, highlight=False)

    def checkpoint(self, source: str, stage: str, done: int, total: int) -> None:
        """Checkpoints inside a long file; with -v, one line each."""
        text = {
            "read": f"{done}/{total} pages lues (point de reprise)",
            "stored": f"{done}/{total} pages indexées (point de reprise)",
            "resumed_read": f"reprise de la lecture après la page {done}",
            "resumed_store": f"reprise de l'indexation après la page {done}",
        }.get(stage, f"{stage} {done}/{total}")
        self.progress.update(self.task, description=f"{source} · {text}")
        if self.verbose:
            self.console.log(f"{source} : {text}", markup=False, highlight=False)

    def advance(self, outcome: FileOutcome) -> None:
        if outcome.status in ("added", "replaced"):
            self.pages += outcome.pages
        rate = self.pages / max(time.perf_counter() - self.t0, 1e-6)
        self.progress.update(
            self.task, advance=1, pages=self.pages, rate=rate, description=outcome.source
        )
        if self.verbose:
            self.console.log(
                f"{outcome.source} : {STATUS_FR.get(outcome.status, outcome.status)}"
                f" ({outcome.pages} p., {outcome.chunks} passages)"
            )


def print_report(report: IngestReport, settings: Settings) -> None:
    """Final summary in French: counts, pages, passages, time per stage, failures."""
    out = Console(file=sys.stdout, soft_wrap=True)
    remembered = sum(1 for f in report.files if f.remembered)
    labels = dict(STATUS_FR)
    if remembered:
        labels["failed"] += f" (dont {remembered} toujours en échec, non relus)"
    counts = ", ".join(f"{report.count(s)} {label}" for s, label in labels.items())
    out.print(f"Fichiers : {counts}", markup=False)
    out.print(
        f"Pages lues : {report.pages} · passages indexés : {report.chunks} · "
        f"durée : {report.total_s:.1f} s · empreinte : {report.fingerprint} "
        f"(modèle {settings.embedding.model})"
    )
    if report.timings:
        parts = " · ".join(f"{k} {v:.1f} s" for k, v in report.timings.items())
        out.print(f"Temps par étape : {parts}")
    nothing = all(f.status in ("unchanged", "ignored") for f in report.files)
    if nothing and report.files:
        out.print("Rien à réindexer : l'index est à jour.")
    problems = [f for f in report.files if f.status in ("failed", "ignored") or f.warnings]
    if problems:
        table = Table("fichier", "état", "raison", title="À signaler", title_justify="left")
        for f in problems:
            reason = "; ".join(x for x in (f.reason, *f.warnings) if x)
            status = "toujours en échec" if f.remembered else STATUS_FR.get(f.status, f.status)
            table.add_row(f.source, status, reason)
        out.print(table)
        if remembered:
            out.print(
                "Les fichiers « toujours en échec » n'ont pas changé depuis leur échec : ils ne "
                "sont relus que modifiés (ou avec --retry-failed)."
            )
    _print_other_indexes(out, report)
    if report.missing_catalogue:
        missing = report.missing_catalogue
        shown = ", ".join(missing[:MAX_LISTED])  # thousands of files: a line, not pages
        more = f" et {len(missing) - MAX_LISTED} autres" if len(missing) > MAX_LISTED else ""
        out.print(
            f"Sans entrée dans {settings.corpus_dir / 'catalogue.toml'} (titre et date tirés "
            f"du PDF) : {len(missing)} fichier(s) : {shown}{more}"
        )


def _print_other_indexes(out: Console, report: IngestReport) -> None:
    def names(items: list[tuple[str, str]]) -> str:
        return ", ".join(
            f"{name.removeprefix('observatoire-')} (modèle {model or 'inconnu'})"
            for name, model in items
        )

    if report.pruned:
        out.print(f"Index d'autres réglages supprimés (--prune) : {names(report.pruned)}")
    if report.other_indexes:
        out.print(
            f"Index construits avec d'autres réglages, laissés en place (un serveur lancé avec "
            f"ces réglages peut s'en servir) : {names(report.other_indexes)}. Pour les "
            "supprimer : assistant ingest --prune",
            markup=False,
        )


def print_answer(answer: Answer) -> None:
    """The answer, its sources with page numbers, and the figure checks."""
    out = Console(file=sys.stdout, soft_wrap=True, highlight=False)
    out.print(answer.text, markup=False)
    if answer.citations:
        out.print("\nSources :")
        for c in answer.citations:
            page = f"p. {c.page_label}" + (
                f" (page {c.page} du PDF)" if c.page_label != str(c.page) else ""
            )
            # Not in the catalogue: the title and date are the file's own word.
            outside = "" if c.catalogued else " — hors catalogue"
            out.print(
                f"  [{c.n}] « {c.title} » ({c.kind}, {c.date or 'date inconnue'}), {page} — {c.source}"
                + outside,
                markup=False,
            )
    if answer.figures:
        summary = verified_summary((f.category, f.verified) for f in answer.figures)
        missing = sum(not f.verified for f in answer.figures)
        parts = ([f"✓ {summary}"] if summary else []) + (
            [f"⚠ {missing} non retrouvé{'s' * (missing > 1)}"] if missing else []
        )
        out.print(f"\nSur les pages citées : {' · '.join(parts)}", markup=False)
        for category, label in (("quantity", "Chiffres"), ("date", "Dates")):
            marks = ", ".join(
                f"{f.text} {'✓' if f.verified else '⚠'}"
                for f in answer.figures
                if f.category == category
            )
            if marks:
                out.print(f"  {label} : {marks}", markup=False)
    for conflict in answer.conflicts:
        items = " ; ".join(
            f"{', '.join(map(display_figure, i.figures))} ({i.title}, {i.date[:4]})"
            for i in conflict.items
        )
        out.print(f"Chiffres divergents entre publications : {items}", markup=False)
