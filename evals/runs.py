"""A run folder on disk: its answers written, its summary read back (for --compare)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def load_run(folder: Path) -> dict[str, Any]:
    """The summary.json of an earlier run (for --compare)."""
    path = Path(folder) / "summary.json"
    if Path(folder).suffix == ".json":
        path = Path(folder)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AssistantError(f"Pas de summary.json dans {folder} : rien à comparer.") from None
    except (OSError, json.JSONDecodeError) as err:
        raise AssistantError(f"{path} illisible : {err}") from None
