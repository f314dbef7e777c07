"""The figure checks in one French phrase, for the CLI and the chat: dates and years are
counted apart from quantities (« 3 chiffres vérifiés, 2 dates »)."""

from __future__ import annotations

from collections.abc import Iterable

# (category, singular, plural, feminine): « 1 chiffre vérifié », « 2 dates vérifiées »
_WORDS = (("quantity", "chiffre", "chiffres", False), ("date", "date", "dates", True))


def verified_summary(checks: Iterable[tuple[str, bool]]) -> str:
    """What was found on a cited page, per category: « 3 chiffres vérifiés, 2 dates »,
    « 1 date vérifiée »; "" when nothing was. `checks`: (category, verified) pairs."""
    counts = {category: 0 for category, *_ in _WORDS}
    for category, verified in checks:
        if verified:
            counts[category if category in counts else "quantity"] += 1
    parts = [
        f"{counts[category]} {many if counts[category] > 1 else one}"
        for category, one, many, _ in _WORDS
        if counts[category]
    ]
    if not parts:
        return ""
    # The participle agrees with the first noun: the phrase reads « 3 chiffres vérifiés, 2 dates ».
    first = next(w for w in _WORDS if counts[w[0]])
    participle = "vérifié" + "e" * first[3] + "s" * (counts[first[0]] > 1)
    parts[0] += f" {participle}"
    return ", ".join(parts)
