"""The openings by which a sentence goes on from the one before it — a pronoun, a date or a
person said before (« Elle repose sur … », « Le même jour, … », « À ses côtés, … »), or the
figure the sentence before announces (« Soit 69 % ») — read from data/openers.toml."""

from __future__ import annotations

import re
from functools import cache

from ..datafiles import read_data


@cache
def continues() -> re.Pattern[str]:
    """A sentence's opening that goes on from the sentence before (data/openers.toml)."""
    words = [w for entry in read_data("openers.toml")["opener"] for w in entry["words"]]
    alternatives = "|".join(re.escape(w).replace("'", "[’']") for w in words)
    # (an opening may end on its comma: « La veille, »)
    return re.compile(rf"^(?:{alternatives})(?!\w)")
