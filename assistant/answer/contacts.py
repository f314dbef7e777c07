"""Where a sentence gives a postal address, a telephone number or an e-mail address: their
numbers are no amounts (« Av. des Tilleuls 63 », « CH-1234 Villebois », « 01 23 45 67 89 »), and
a contact line counts nothing. Street words: data/contacts.toml."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..datafiles import read_data


@cache
def _pattern() -> re.Pattern[str]:
    words = sorted(
        (w for e in read_data("contacts.toml")["street"] for w in e["words"]), key=len, reverse=True
    )
    street = rf"(?i:{'|'.join(map(re.escape, words))})\.?"
    # the street's name: a capital after an optional « de », « du », « des », « de la », « d' »
    name = r"\s+(?:(?i:d[eu]s?|de\s+la)\s+|(?i:d)[’']\s*)?[A-ZÀ-Ü]"
    house = r"\d{1,4}(?:\s?(?:bis|ter))?"
    return re.compile(
        # « 12 rue des Lilas », « 4 bis, avenue Foch »
        rf"\b{house},?\s+{street}(?={name})"
        # « Av. des Tilleuls 63 », « rue du Port 7 »: the street, its name (capitalised words and
        # their « de », « du », « des », « la »), its number; not « La Place des Entreprises a
        # aidé 120 PME », whose verb ends the name
        rf"|\b{street}{name}[\w’'-]*(?:\s+(?:[A-ZÀ-Ü][\w’'-]*|d[eu]s?|la|l[’']\w+)){{0,3}}"
        rf"\s+{house}\b(?![\s\u00a0\u202f]?(?:%|€|\d)|\s+[a-zà-ü])"
        # « CH-1234 Villebois », « F-75008 Paris »; « 71250 Cluny », « … Voltaire 75011 Paris – » :
        # a town ends it, and no word of a count comes before (not « Plus de 15000 Français ont
        # répondu », « … et 20000 Africains. »)
        r"|\b[A-Z]{1,2}-\d{4,5}\b"
        r"|(?<!\bde\s)(?<!\bet\s)(?<!\bdes\s)(?<!\bles\s)(?<!\bsoit\s)(?<!\bdont\s)"
        r"(?<!\bsur\s)(?<!\bà\s)(?<!\benviron\s)(?<!\bplus\s)(?<!\bmoins\s)(?<!\bprès\s)"
        r"\b\d{5}(?=\s+[A-Z][a-zà-ü-]+(?:[\s-]+[A-Z][\w-]*)*(?:\s+(?:CEDEX|Cedex)(?:\s+\d+)?)?"
        r"\s*(?:$|[\n,;.)–—-]|\s+[A-Z]))"
        # « 01 23 45 67 89 », « +33 1 23 45 67 89 », « 01.23.45.67.89 »: five pairs, no more
        # (« 05 12 15 18 20 22 » is a row of a table)
        r"|(?:\+\d{2,3}[\s\u00a0]?(?:\(0\)[\s\u00a0]?)?\d|\b0\d)(?:[\s\u00a0.-]?\d{2}){4}\b"
        r"(?![\s\u00a0.-]?\d)"
        # « info@exemple.org »
        r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    )


@lru_cache(maxsize=4096)
def contact_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of the addresses, telephone numbers and e-mail addresses of the sentence.
    Kept for the sentences read again: `quantity`, `counted_nouns` and `bare_count` each read
    the same quoted sentence."""
    return tuple(m.span() for m in _pattern().finditer(sentence))


def in_contact(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Whether the number at `start`:`end` lies in one of the `spans`."""
    return any(a <= start and end <= b for a, b in spans)
