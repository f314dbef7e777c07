"""Command line: `assistant ingest | ask | serve | eval`. The only place (with ui/) that turns
domain errors into messages and exit codes."""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .errors import AssistantError, IndexLockedError

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2
EXIT_LOCKED = 3  # another ingest holds the index


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", type=Path, help="dossier des PDF (défaut : corpus/)")
    parser.add_argument("--index", type=Path, help="dossier de l'index (défaut : index/)")
    parser.add_argument(
        "--embedding",
        help="modèle d'embedding : use-multilingual, minilm, "
        "hashing, ou un nom/chemin sentence-transformers",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="détails et traces d'erreur")


def settings_from_args(args: argparse.Namespace) -> Any:
    """Settings from env/toml, with the command-line flags on top."""
    from .settings import Settings

    overrides: dict[str, Any] = {}
    if args.corpus is not None:
        overrides["corpus_dir"] = args.corpus
    if args.index is not None:
        overrides["index_dir"] = args.index
    if args.embedding:
        overrides["embedding"] = {"model": args.embedding}
    return Settings(**overrides)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="assistant",
        description="Assistant des publications de l'Observatoire des partenariats (Le RAMEAU).",
    )
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="{ingest,ask,figures,serve,eval}"
    )
    p = sub.add_parser("ingest", help="indexer les PDF du corpus (incrémental)")
    _common(p)
    p.add_argument("--ocr", action="store_true", help="OCR des pages sans couche texte (extra ocr)")
    p.add_argument(
        "--wait",
        action="store_true",
        help="si une autre indexation est en cours, l'attendre (sinon : sortie immédiate, code 3)",
    )
    p.add_argument(
        "--prune",
        action="store_true",
        help="supprimer les index construits avec d'autres réglages (autres empreintes)",
    )
    p.add_argument(
        "--readers",
        type=int,
        metavar="N",
        help="processus qui lisent les PDF pendant le calcul des embeddings (0 : aucun ; "
        "défaut : 2, ou 1 sur une machine à un cœur)",
    )
    p.add_argument(
        "--retry-failed",
        action="store_true",
        help="relire aussi les fichiers en échec inchangés depuis la dernière fois",
    )
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("ask", help="poser une question (réponse citée)")
    _common(p)
    p.add_argument("question", help="la question, en français")
    p.add_argument("--json", action="store_true", help="réponse au format JSON (contrat stable)")
    p.add_argument(
        "--format",
        choices=["texte", "json", "md"],
        default="texte",
        help="texte (défaut), json (comme --json) ou md : Markdown avec notes de bas de page "
        "[^n] pour les sources, à coller dans un rapport",
    )
    p.add_argument(
        "--kind",
        action="append",
        choices=["fiche", "bulletin", "étude", "etude", "autre"],
        help="type de publication (répétable)",
    )
    p.add_argument(
        "--since", type=int, metavar="ANNÉE", help="publications de cette année ou après"
    )
    p.add_argument(
        "--until", type=int, metavar="ANNÉE", help="publications de cette année ou avant"
    )
    p.add_argument(
        "--backend",
        choices=["extractive", "openai", "ollama", "llamacpp"],
        help="moteur de réponse (défaut : extractive, sans LLM)",
    )
    p.add_argument("--model", help="modèle du moteur LLM (nom, ou chemin GGUF pour llamacpp)")
    p.add_argument("--base-url", help="adresse du serveur LLM (compatible OpenAI ou Ollama)")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("figures", help="chercher les chiffres du corpus (avec leurs sources)")
    _common(p)
    p.add_argument(
        "words", nargs="*", metavar="MOTS", help="mots cherchés (vide : les plus récents)"
    )
    p.add_argument("--actor", help="population comptée (Français, maires, associations…)")
    p.add_argument("--kind", help="type de publication (fiche, bulletin, étude, autre)")
    p.add_argument("--since", type=int, metavar="ANNÉE", help="chiffres de cette année ou après")
    p.add_argument("--until", type=int, metavar="ANNÉE", help="chiffres de cette année ou avant")
    p.add_argument("--unit", help="unité : %%, pts (points), €, /10, people, years, count")
    p.add_argument(
        "--format", default="table", choices=["table", "csv", "json", "md"], help="sortie"
    )
    p.add_argument("--limit", type=int, default=50, metavar="N", help="au plus N chiffres")
    p.set_defaults(func=cmd_figures)

    p = sub.add_parser("serve", help="interface web et API HTTP")
    _common(p)
    p.add_argument("--host", help="adresse d'écoute (défaut : 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (défaut : 7860)")
    p.add_argument("--auth-file", type=Path, help="fichier d'utilisateurs « nom:mot de passe »")
    p.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="processus qui préparent les réponses, un cœur chacun (défaut : 1)",
    )
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("eval", help="évaluer l'assistant sur un jeu de questions")
    _common(p)
    from evals.cli import add_arguments

    add_arguments(p)
    p.set_defaults(func=cmd_eval)
    return parser


def cmd_ingest(args: argparse.Namespace) -> int:
    from .cli_output import IngestBar, print_report
    from .ingest.run import ingest

    settings = settings_from_args(args)
    if args.ocr:
        settings = settings.model_copy(update={"ocr": True})
    if args.readers is not None:
        if args.readers < 0:
            raise AssistantError("--readers doit valoir au moins 0.")
        settings = settings.model_copy(update={"pdf_readers": args.readers})
    with IngestBar(verbose=args.verbose) as bar:
        report = ingest(
            settings,
            progress=bar,
            wait=args.wait,
            on_wait=bar.note,
            prune=args.prune,
            retry_failed=args.retry_failed,
        )
    print_report(report, settings)
    return EXIT_PARTIAL if report.failed else EXIT_OK


def cmd_ask(args: argparse.Namespace) -> int:
    import json

    from .assistant import Assistant
    from .cli_output import print_answer
    from .types import SearchFilter

    settings = settings_from_args(args)
    gen = {
        k: v
        for k, v in (("backend", args.backend), ("model", args.model), ("base_url", args.base_url))
        if v
    }
    if gen:
        settings = settings.model_copy(
            update={"generation": settings.generation.model_copy(update=gen)}
        )
    kinds = tuple("étude" if k == "etude" else k for k in (args.kind or ()))
    filt = SearchFilter(kinds=kinds, year_min=args.since, year_max=args.until)
    answer = Assistant.from_settings(settings).ask(args.question, filt=filt)
    if args.json or args.format == "json":
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    elif args.format == "md":
        from .export import answer_markdown

        print(answer_markdown(answer.to_dict()), end="")
    else:
        print_answer(answer)
    return EXIT_PARTIAL if answer.refused else EXIT_OK


def cmd_figures(args: argparse.Namespace) -> int:
    from .cli_output import writes_to_file
    from .finder.export import render
    from .finder.rows import FigureQuery
    from .finder.search import search
    from .finder.table import STALE as STALE_FIGURES
    from .finder.table import FigureTable

    settings = settings_from_args(args)
    query = FigureQuery(
        words=" ".join(args.words),
        actor=args.actor or "",
        kind=args.kind or "",
        unit=args.unit or "",
        since=args.since,
        until=args.until,
        limit=args.limit,
    )
    table = FigureTable(settings.index_dir)
    results = search(table, query)
    if table.stale():  # an upgrade changed the finder: served until ingest publishes the rebuild
        print(STALE_FIGURES, file=sys.stderr)
    # CSV saved to a file (« > chiffres.csv ») starts with a byte-order mark so that Excel reads
    # its accents; down a pipe or on a terminal it does not (it would break `cut`, `csvkit`…).
    bom = args.format == "csv" and writes_to_file(sys.stdout)
    sys.stdout.write(render(results, args.format, bom=bom))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from ui.server import serve

    if args.workers is not None and args.workers < 1:
        raise AssistantError("--workers doit valoir au moins 1.")
    serve(
        settings_from_args(args),
        host=args.host,
        port=args.port,
        auth_file=args.auth_file,
        workers=args.workers,
    )
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from evals.cli import run as run_eval

    return int(run_eval(args, settings_from_args(args)))


def run(
    argv: Sequence[str] | None, handler: Callable[[argparse.Namespace], int] | None = None
) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
    try:
        return int((handler or args.func)(args))
    except IndexLockedError as err:
        print(f"Erreur : {err}", file=sys.stderr)
        return EXIT_LOCKED
    except AssistantError as err:
        if getattr(args, "verbose", False):
            traceback.print_exc()
        print(f"Erreur : {err}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 130
    except Exception as err:  # last resort: a sentence, the trace only with -v
        if getattr(args, "verbose", False):
            traceback.print_exc()
        else:
            print(
                f"Erreur inattendue : {err.__class__.__name__}: {err} (relancez avec -v "
                "pour le détail)",
                file=sys.stderr,
            )
        return EXIT_ERROR


def main() -> None:
    sys.exit(run(sys.argv[1:]))


if __name__ == "__main__":
    main()
