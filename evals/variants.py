"""Variants of a question set as citizens type it: without accents, with one slip per
question (a letter missing, doubled or swapped in a long word), and all in lowercase. Every other field is kept, so the
variant is scored against the same pages and strings.

    python -m evals.variants evals/questions/demo.jsonl --out /tmp/variantes
    assistant eval /tmp/variantes/demo-sans-accents.jsonl
    assistant eval /tmp/variantes/demo-fautes.jsonl
    assistant eval /tmp/variantes/demo-minuscules.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

_LONG_WORD = re.compile(r"\b[^\W\d_]{6,}\b")


def without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def with_slip(text: str, rng: random.Random) -> str:
    """One letter missing, doubled, or swapped with the next, inside one long word."""
    words = list(_LONG_WORD.finditer(text))
    if not words:
        return text
    m = rng.choice(words)
    w, i = m.group(0), rng.randrange(1, len(m.group(0)) - 2)
    slip = rng.choice(("missing", "doubled", "swapped"))
    if slip == "missing" or (slip == "swapped" and w[i] == w[i + 1]):
        new = w[:i] + w[i + 1 :]
    elif slip == "doubled":
        new = w[:i] + w[i] + w[i:]
    else:
        new = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    return text[: m.start()] + new + text[m.end() :]


def write_variants(path: Path, out: Path, seed: int = 7) -> list[Path]:
    """Write NAME-sans-accents.jsonl, NAME-fautes.jsonl and NAME-minuscules.jsonl into `out`;
    lines that do not parse are copied as they are (the evaluation reports them)."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    lines = path.read_text(encoding="utf-8").splitlines()
    written = []
    for suffix, change in (
        ("sans-accents", lambda t: without_accents(t)),
        ("fautes", lambda t: with_slip(t, rng)),
        ("minuscules", lambda t: t.lower()),
    ):
        target = out / f"{path.stem}-{suffix}.jsonl"
        rows = []
        for line in lines:
            try:
                obj = json.loads(line)
                obj["question"] = change(obj["question"])
                rows.append(json.dumps(obj, ensure_ascii=False))
            except (json.JSONDecodeError, KeyError, TypeError):
                rows.append(line)
        target.write_text("\n".join(rows) + "\n", encoding="utf-8")
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=(
            "Écrire les variantes d'un jeu de questions : sans accents, avec une faute, "
            "en minuscules."
        )
    )
    parser.add_argument("questions", type=Path)
    parser.add_argument("--out", type=Path, required=True, help="dossier des variantes")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if not args.questions.is_file():
        print(f"Erreur : fichier introuvable : {args.questions}", file=sys.stderr)
        return 2
    for path in write_variants(args.questions, args.out, args.seed):
        print(f"Écrit : {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
