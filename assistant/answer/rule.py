"""One named rule of the extractive answerer: its name, what it does (in French, as printed by
`python -m evals.ablate --list`) and the boolean setting that switches it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    name: str
    doc: str
    setting: str  # "group.field" of Settings: a boolean, True when the rule is on
