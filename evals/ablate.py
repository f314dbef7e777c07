"""What one rule of the answerer is worth: every tuning set asked with the rule on, then off.

    python -m evals.ablate RULE [SET.jsonl ...] [--index-root DIR]
    python -m evals.ablate --all [SET.jsonl ...] [--index-root DIR]
    python -m evals.ablate --list

Without sets: the tuning sets of the demo corpus (demo, holdout, blind to blind4) and, when
../shared/realworld-pdfs is there, blind5 over the real-world PDFs and the notes written for
it. blind6 is never among them: it is kept unseen for a final measure. The rules and their
switches are in assistant/answer/rules.py."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.answer.backends import make_generator
from assistant.answer.rules import RULES, without
from assistant.assistant import Assistant
from assistant.settings import Settings

from . import metrics
from .questions import Question, load_questions
from .runner import ask_all, open_assistant

REPO = Path(__file__).resolve().parents[1]
QUESTIONS = REPO / "evals" / "questions"
DEMO_SETS = ("demo", "holdout", "blind", "blind2", "blind3", "blind4")
NEW_TEXTS = (
    REPO / "evals" / "corpora" / "notes-observatoire",
    REPO.parent / "shared" / "realworld-pdfs",
)
SHOWN = (
    ("page_cited_any", "page citée"),
    ("must_contain", "éléments attendus"),
    ("unanswerable_refused", "sans réponse refusées"),
    ("wrongly_refused", "refus à tort"),
)


def default_sets(scratch: Path) -> list[tuple[Path, Path]]:
    """(question set, corpus folder) of every tuning set available here."""
    sets = [(QUESTIONS / f"{name}.jsonl", REPO / "corpus") for name in DEMO_SETS]
    if all(folder.is_dir() for folder in NEW_TEXTS):
        corpus = scratch / "blind5-corpus"  # one folder: the index reads one corpus
        corpus.mkdir(exist_ok=True)
        for folder in NEW_TEXTS:
            for pdf in folder.glob("*.pdf"):
                shutil.copy2(pdf, corpus / pdf.name)
        sets.append((QUESTIONS / "blind5.jsonl", corpus))
    return sets


Measure = dict[str, float | None]


def _scored(questions: list[Question], records: list[dict[str, Any]]) -> Measure:
    agg = metrics.aggregate([metrics.score(q, r) for q, r in zip(questions, records, strict=True)])
    return {key: agg.get(key) for key, _ in SHOWN}


def measure(settings: Settings, path: Path) -> Measure:
    assistant, _ = open_assistant(settings)
    questions = load_questions(path).questions
    return _scored(questions, ask_all(assistant, questions))


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}".replace(".", ",")


def _delta(on: float | None, off: float | None) -> str:
    if on == off:
        return "="
    if on is None or off is None:
        return _fmt(off)
    return f"{off - on:+.3f}".replace(".", ",").replace("-", "−")


def _said(records: list[dict[str, Any]]) -> list[tuple[str, bool]]:
    return [(r.get("answer", ""), bool(r.get("refused"))) for r in records]


# One row of the table of every rule: its name, then per set (measure, answers changed).
Row = tuple[str, list[tuple[Measure, int]]]


def every_rule(base: Settings, path: Path, log: Callable[[str], None]) -> list[Row]:
    """The set asked with every rule on (twice: the second pass shows what varies between
    two identical runs), then once per rule switched off; one index and one embedder for
    all of them, so that only the rule changes."""
    assistant, _ = open_assistant(base)
    questions = load_questions(path).questions
    first = ask_all(assistant, questions)
    said = _said(first)
    rows: list[Row] = [("(toutes actives)", [(_scored(questions, first), 0)])]
    for name, settings in [("(toutes actives, 2e passage)", base)] + [
        (rule.name, without(base, rule.name)) for rule in RULES
    ]:
        variant = Assistant(settings, assistant.holder, make_generator(settings.generation))
        records = ask_all(variant, questions)
        changed = sum(a != b for a, b in zip(said, _said(records), strict=True))
        rows.append((name, [(_scored(questions, records), changed)]))
        log(f"{path.stem} {name} : {changed} réponse(s) changée(s)")
    return rows


def all_rules_table(names: list[str], rows: list[Row], sizes: list[int]) -> list[str]:
    """The table of `--all`: the measures with every rule on, then each rule's differences."""
    lines = [
        "| règle coupée | "
        + " | ".join(f"{n} ({k})" for n, k in zip(names, sizes, strict=True))
        + " | réponses changées |",
        "|---|" + "---|" * len(names) + "---:|",
    ]
    reference = rows[0][1]
    for name, cells in rows:
        if name == rows[0][0]:
            shown = [" / ".join(_fmt(m[key]) for key, _ in SHOWN) for m, _ in cells]
            lines.append(f"| {name} | " + " | ".join(shown) + " | — |")
            continue
        shown = [
            " / ".join(_delta(ref[key], m[key]) for key, _ in SHOWN)
            for (ref, _), (m, _) in zip(reference, cells, strict=True)
        ]
        changed = sum(n for _, n in cells)
        lines.append(f"| {name} | " + " | ".join(shown) + f" | {changed} |")
    return lines


def _log(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def run_all(sets: list[tuple[Path, Path]], settings_for: Callable[[Path], Settings]) -> None:
    names, sizes, table = [], [], []
    for path, corpus in sets:
        rows = every_rule(settings_for(corpus), path, _log)
        names.append(path.stem)
        sizes.append(len(load_questions(path).questions))
        if not table:
            table = [(name, []) for name, _ in rows]
        for (_, cells), (_, row) in zip(table, rows, strict=True):
            cells.extend(row)
    print(
        "Chaque règle coupée seule. Première ligne : toutes les règles actives (page citée / "
        "éléments attendus / sans réponse refusées / refus à tort) ; ensuite, l'écart à cette "
        "ligne (= : inchangé) et le nombre de réponses changées sur tous les jeux."
    )
    print("\n".join(all_rules_table(names, table, sizes)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.ablate", description=__doc__)
    parser.add_argument("rule", nargs="?", help="règle à couper (voir --list)")
    parser.add_argument("sets", nargs="*", type=Path, help="jeux de questions (corpus/ pour tous)")
    parser.add_argument("--corpus", type=Path, help="corpus des jeux donnés (défaut : corpus/)")
    parser.add_argument("--embedding", help="modèle d'embedding (défaut : celui des réglages)")
    parser.add_argument("--index-root", type=Path, help="dossier des index (défaut : temporaire)")
    parser.add_argument("--list", action="store_true", help="les règles et ce qu'elles font")
    parser.add_argument("--all", action="store_true", help="chaque règle coupée, une à une")
    args = parser.parse_args(argv)
    if args.all and args.rule:  # with --all, every argument is a set
        args.sets, args.rule = [Path(args.rule), *args.sets], None
    if args.list or not (args.rule or args.all):
        for rule in RULES:
            print(f"{rule.name} ({rule.setting}) : {rule.doc}")
        return 0
    with tempfile.TemporaryDirectory(prefix="ablate-") as tmp:
        root = args.index_root or Path(tmp)
        given = args.corpus or REPO / "corpus"
        sets = [(p, given) for p in args.sets] or default_sets(Path(tmp))
        embedding = {"model": args.embedding} if args.embedding else {}

        def settings_for(corpus: Path) -> Settings:
            return Settings(
                corpus_dir=corpus,
                index_dir=root / f"index-{corpus.name}",
                data_dir=root / "data",
                **({"embedding": embedding} if embedding else {}),
            )

        if args.all:
            run_all(sets, settings_for)
            return 0
        try:
            without(Settings(), args.rule)
        except ValueError as err:
            print(err, file=sys.stderr)
            return 2
        print(f"Règle coupée : {args.rule} — chaque case : avec la règle → sans elle")
        print("| jeu | " + " | ".join(label for _, label in SHOWN) + " |")
        print("|---|" + "---:|" * len(SHOWN))
        for path, corpus in sets:
            base = settings_for(corpus)
            on, off = measure(base, path), measure(without(base, args.rule), path)
            cells = [f"{_fmt(on[key])} → {_fmt(off[key])}" for key, _ in SHOWN]
            print(f"| {path.stem} | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
