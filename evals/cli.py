"""`assistant eval`: options and entry point (wired into assistant/cli.py by the lead)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError

EXIT_OK, EXIT_GATE = 0, 1

HEADLINE = (
    ("recall@5", "page attendue dans les 5 passages"),
    ("mrr", "MRR de la page attendue"),
    ("page_cited_any", "page attendue citée"),
    ("page_cited_first", "page attendue citée en premier"),
    ("must_contain", "réponse contenant les éléments attendus"),
    ("unanswerable_refused", "refus des questions sans réponse"),
    ("wrongly_refused", "refus à tort"),
    ("figures_unsupported", "chiffres ⚠ non trouvés sur la page citée"),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The eval subcommand's own options (--corpus, --index, --embedding, -v come from the CLI)."""
    parser.add_argument(
        "questions",
        nargs="?",
        type=Path,
        metavar="QUESTIONS.jsonl",
        help="jeu de questions JSONL (ex. evals/questions/demo.jsonl)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="dossier des résultats (défaut : data/eval/AAAAMMJJ-HHMMSS)",
    )
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="DIR",
        help="run de référence à comparer (ex. evals/baseline)",
    )
    parser.add_argument(
        "--from-feedback",
        type=Path,
        metavar="FILE",
        help="avis 👎 de l'interface (JSONL) → brouillons de questions à relire, "
        "sur la sortie standard ou dans OUT/brouillons.jsonl",
    )
    parser.add_argument(
        "--gate",
        action="store_true",
        help="échouer (code 1) si un seuil de evals/floors.toml n'est pas atteint",
    )
    parser.add_argument(
        "--floors", type=Path, metavar="FILE", help="fichier de seuils (défaut : evals/floors.toml)"
    )


def _log(verbose: bool):
    tty = sys.stderr.isatty()

    def log(line: str) -> None:
        if verbose:
            print(line, file=sys.stderr)
        elif tty and line.startswith("["):
            print("\r" + line[:78].ljust(78), end="", file=sys.stderr, flush=True)
        elif not line.startswith("["):
            print(line, file=sys.stderr)

    return log


def _feedback(args: argparse.Namespace) -> int:
    from .feedback import drafts_from_file, to_jsonl

    drafts, errors = drafts_from_file(args.from_feedback)
    for e in errors:
        print(f"Attention : {e}", file=sys.stderr)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        path = args.out / "brouillons.jsonl"
        path.write_text(to_jsonl(drafts), encoding="utf-8")
        print(
            f"{len(drafts)} brouillon(s) de questions écrit(s) dans {path} : à relire avant "
            "de les ajouter à un jeu de questions."
        )
    else:
        sys.stdout.write(to_jsonl(drafts))
        print(f"{len(drafts)} brouillon(s) de questions (avis 👎) : à relire.", file=sys.stderr)
    return EXIT_OK


def print_summary(summary: dict[str, Any], out: Path) -> None:
    from .compare import fmt

    n = summary["counts"]
    print(
        f"{n['questions']} questions ({n['answerable']} avec réponse, {n['unanswerable']} sans) "
        f"— {n['passed']} réussies, {n['errors']} en erreur."
    )
    for key, label in HEADLINE:
        print(f"  {label:<45} {fmt(summary['metrics'].get(key))}")
    total = summary["latency"].get("total")
    if total:
        print(f"  {'latence p50 / p95 (s)':<45} {total['p50']:.3f} / {total['p95']:.3f}")
    print(f"Rapport : {out / 'report.md'} et {out / 'report.html'}")


def run(args: argparse.Namespace, settings: Any) -> int:
    """Run the evaluation (or turn feedback into drafts); non-zero when --gate floors fail."""
    from .gate import check, load_floors
    from .questions import load_questions
    from .runner import run_eval

    if args.from_feedback:
        return _feedback(args)
    if args.questions is None:
        raise AssistantError(
            "Indiquez un fichier de questions (ex. evals/questions/demo.jsonl) "
            "ou --from-feedback FICHIER."
        )
    floors = load_floors(args.floors) if args.gate else None  # a bad floors file fails early
    qset = load_questions(args.questions)
    for e in qset.errors:
        print(f"Attention : {e}", file=sys.stderr)
    out = args.out or Path(settings.data_dir) / "eval" / dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    log = _log(bool(getattr(args, "verbose", False)))
    summary = run_eval(qset, settings, out, compare_to=args.compare, log=log)
    if sys.stderr.isatty() and not getattr(args, "verbose", False):
        print(file=sys.stderr)
    print_summary(summary, out)
    if args.compare:
        c = summary_comparison(summary, args.compare)
        print(
            f"Par rapport à {args.compare} : {len(c['better'])} question(s) en progrès, "
            f"{len(c['worse'])} en recul (détail dans le rapport)."
        )
    if floors is not None:
        failures = check(summary, floors)
        if failures:
            print("Seuils de qualité non atteints :", file=sys.stderr)
            for f in failures:
                print(f"  - {f}", file=sys.stderr)
            return EXIT_GATE
        print("Seuils de qualité atteints.")
    return EXIT_OK


def summary_comparison(summary: dict[str, Any], previous: Path) -> dict[str, Any]:
    from .compare import compare
    from .runs import load_run

    return compare(summary, load_run(previous), str(previous))
