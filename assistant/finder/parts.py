"""What the finder reads around a figure: who it counts (`Actor`, found in a sentence or
before it) and its whole context (`Context`: actor, measure, year), shared by the sentence,
table and cell readers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Context:
    actor: str
    category: str
    measure: str
    year: str
    year_source: str


@dataclass(frozen=True)
class Actor:
    text: str
    category: str
    start: int  # span in the sentence ("" actors from earlier sentences: -1)
    end: int
