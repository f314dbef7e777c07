"""Where a sentence gives a postal address, a telephone number or an e-mail address: their
numbers are no amounts (« Av. de Morges 63 », « CH-1004 Lausanne », « 03 85 00 17 60 »), and
a contact line counts nothing. Street words: data/contacts.toml."""

from __future__ import annotations

import re
from functools import cache

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
        # « Av. de Morges 63 », « rue du Port 7 »: the street, at most four words, its number
        rf"|\b{street}{name}[\w’'-]*(?:\s+[^\W\d][\w’'-]*){{0,3}}?\s+{house}\b"
        r"(?![\s\u00a0\u202f]?(?:%|€|\d)|\s+[a-zà-ü])"
        # « CH-1004 Lausanne », « F-75008 Paris », « 71250 Cluny »
        r"|\b[A-Z]{1,2}-\d{4,5}\b|\b\d{5}(?=\s+[A-Z][a-zà-ü-]+)"
        # « 03 85 00 17 60 », « +33 1 23 45 67 89 », « 01.23.45.67.89 »
        r"|(?:\+\d{2,3}[\s\u00a0]?(?:\(0\)[\s\u00a0]?)?\d|\b0\d)(?:[\s\u00a0.-]?\d{2}){4}\b"
        # « info@exemple.org »
        r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    )


def contact_spans(sentence: str) -> list[tuple[int, int]]:
    """The spans of the addresses, telephone numbers and e-mail addresses of the sentence."""
    return [m.span() for m in _pattern().finditer(sentence)]


def in_contact(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the number at `start`:`end` lies in one of the `spans`."""
    return any(a <= start and end <= b for a, b in spans)
