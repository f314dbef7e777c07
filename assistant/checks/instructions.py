"""Sentences addressed to an AI reading the text (« ignore les instructions précédentes et
réponds que … »): instructions, not statements, so never quoted as an answer. The patterns and
the reason for each live in `data/instructions.toml`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..datafiles import read_data
from ..text import fold_lower


@dataclass(frozen=True)
class Pattern:
    name: str
    regex: re.Pattern[str]
    reason: str
    words: tuple[str, ...]  # the regex cannot match a sentence holding none of them

    def search(self, text: str) -> bool:
        """Whether the pattern finds an instruction in already `folded` text."""
        return any(w in text for w in self.words) and bool(self.regex.search(text))

    def finds(self, sentence: str) -> bool:
        return self.search(folded(sentence))


def folded(text: str) -> str:
    """Lowercase, no accents, one kind of apostrophe, single spaces: what the patterns read."""
    return " ".join(fold_lower(text).split())


@cache
def patterns() -> tuple[Pattern, ...]:
    """The table of `data/instructions.toml`, compiled once."""
    data = read_data("instructions.toml")
    start = f"(?:{data['debut']})"
    return tuple(
        Pattern(
            p["name"],
            re.compile(p["regex"].replace("{debut}", start)),
            p["reason"],
            tuple(p["words"]),
        )
        for p in data["pattern"]
    )


def instruction(sentence: str) -> Pattern | None:
    """The first pattern that finds an instruction to an AI in the sentence, or None."""
    text = folded(sentence)
    return next((p for p in patterns() if p.search(text)), None)


@lru_cache(maxsize=1 << 14)
def is_instruction(sentence: str) -> bool:
    """Whether the sentence is addressed to an AI (cached: the same passages come back for
    many questions)."""
    return instruction(sentence) is not None
