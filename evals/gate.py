"""Quality gate: a run's summary checked against the floors written in evals/floors.toml."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError

from .compare import METRIC_LABELS, fmt

FLOORS_FILE = Path(__file__).with_name("floors.toml")


def load_floors(path: Path | None = None) -> dict[str, dict[str, float]]:
    """{"min": {metric: floor}, "max": {metric: ceiling}} from a TOML file."""
    path = Path(path or FLOORS_FILE)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AssistantError(f"Fichier de seuils introuvable : {path}") from None
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise AssistantError(f"Fichier de seuils illisible : {path} ({err})") from None
    unknown = set(data) - {"min", "max"}
    if unknown:
        raise AssistantError(f"{path} : sections inconnues {sorted(unknown)} (attendu : min, max)")
    return {"min": dict(data.get("min", {})), "max": dict(data.get("max", {}))}


def check(summary: dict[str, Any], floors: dict[str, dict[str, float]]) -> list[str]:
    """One French line per floor that does not hold (empty list: the gate passes)."""
    metrics = summary.get("metrics", {})
    failures = []
    for bound, limits in (("min", floors.get("min", {})), ("max", floors.get("max", {}))):
        for name, limit in limits.items():
            label = METRIC_LABELS.get(name, name)
            value = metrics.get(name)
            if value is None:
                failures.append(
                    f"{label} ({name}) : non mesuré sur ce jeu de questions "
                    f"(seuil {'≥' if bound == 'min' else '≤'} {limit})"
                )
            elif bound == "min" and value < limit:
                failures.append(f"{label} ({name}) : {fmt(value)} < seuil {limit}")
            elif bound == "max" and value > limit:
                failures.append(f"{label} ({name}) : {fmt(value)} > plafond {limit}")
    return failures
