"""What one rule of the answerer is worth: every tuning set asked with the rule on, then off.

    python -m evals.ablate RULE [SET.jsonl ...] [--index-root DIR]
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
from pathlib import Path

from assistant.answer.rules import RULES, without
from assistant.settings import Settings

from . import metrics
from .questions import load_questions
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


def measure(settings: Settings, path: Path) -> dict[str, float | None]:
    assistant, _ = open_assistant(settings)
    questions = load_questions(path).questions
    records = ask_all(assistant, questions)
    agg = metrics.aggregate([metrics.score(q, r) for q, r in zip(questions, records, strict=True)])
    return {key: agg.get(key) for key, _ in SHOWN}


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}".replace(".", ",")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.ablate", description=__doc__)
    parser.add_argument("rule", nargs="?", help="règle à couper (voir --list)")
    parser.add_argument("sets", nargs="*", type=Path, help="jeux de questions (corpus/ pour tous)")
    parser.add_argument("--corpus", type=Path, help="corpus des jeux donnés (défaut : corpus/)")
    parser.add_argument("--embedding", help="modèle d'embedding (défaut : celui des réglages)")
    parser.add_argument("--index-root", type=Path, help="dossier des index (défaut : temporaire)")
    parser.add_argument("--list", action="store_true", help="les règles et ce qu'elles font")
    args = parser.parse_args(argv)
    if args.list or not args.rule:
        for rule in RULES:
            print(f"{rule.name} ({rule.setting}) : {rule.doc}")
        return 0
    with tempfile.TemporaryDirectory(prefix="ablate-") as tmp:
        root = args.index_root or Path(tmp)
        given = args.corpus or REPO / "corpus"
        sets = [(p, given) for p in args.sets] or default_sets(Path(tmp))
        embedding = {"model": args.embedding} if args.embedding else {}
        try:
            without(Settings(), args.rule)
        except ValueError as err:
            print(err, file=sys.stderr)
            return 2
        print(f"Règle coupée : {args.rule} — chaque case : avec la règle → sans elle")
        print("| jeu | " + " | ".join(label for _, label in SHOWN) + " |")
        print("|---|" + "---:|" * len(SHOWN))
        for path, corpus in sets:
            base = Settings(
                corpus_dir=corpus,
                index_dir=root / f"index-{corpus.name}",
                data_dir=root / "data",
                **({"embedding": embedding} if embedding else {}),
            )
            on, off = measure(base, path), measure(without(base, args.rule), path)
            cells = [f"{_fmt(on[key])} → {_fmt(off[key])}" for key, _ in SHOWN]
            print(f"| {path.stem} | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
