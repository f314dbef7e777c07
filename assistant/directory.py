"""The entries of a directory written without bullets: under a title in capitals, each entry
opens with a name in capitals on its own line, then a few lines about it (« ÉQUIPE » /
« JEANNE MARTIN » / « Architecte, Lyon » / « PAUL DURAND » / « Ingénieur »). Each entry is an
item of the list its title announces; the name alone, or the lines about it alone, say
nothing."""

from __future__ import annotations

import re

from .layout import Kinds, line_kinds
from .line_forms import TERMINAL, in_capitals, item_marker

MAX_DETAILS = 4  # lines about one entry: more is a section of prose under a heading
_DIGIT = re.compile(r"\d")
# A line no entry holds: a web or e-mail address (a footer), a list item, a page number at
# its end (a table of contents).
_NO_DETAIL = re.compile(r"(?:https?://|www\.|@|\.(?:fr|com|org)\b)|\d$", re.I)


def _capitals(line: str) -> bool:
    """A line whose letters are all capitals: a name, a title or a heading."""
    return sum(c.isalpha() for c in line) >= 4 and in_capitals(line)


def _named(line: str) -> bool:
    """A name in capitals on its own line (« MARIE-PASCALE DURAND », « LE RÉSEAU ALPHA »):
    one to five words, no figure, no punctuation that ends a phrase."""
    return (
        _capitals(line)
        and len(line.split()) <= 5
        and not _DIGIT.search(line)
        and not line.endswith((":", ".", ",", ";"))
    )


def _said(details: list[str]) -> str:
    """The lines about an entry on one line: a line wrapped after a comma or a dash, or going
    on in lowercase, is joined with a space; distinct lines (two roles) with a comma (« ; »
    parts the entries of a list when they are quoted together)."""
    out = details[0]
    for line in details[1:]:
        wrapped = out.endswith((",", "-", "–")) or line[:1].islower()
        out = f"{out} {line}" if wrapped else f"{out}, {line}"
    return out


def entries(text: str, kinds: Kinds | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, title, entry) of each entry of the directories of `text`: a title in
    capitals, then two entries or more, each a name in capitals and one to `MAX_DETAILS`
    lines about it that are not in capitals. The entry reads « NAME, details »."""
    kinds = line_kinds(text) if kinds is None else kinds
    lines = [(s, e, text[s:e].strip()) for s, e, kind in kinds if kind != "blank"]
    out: list[tuple[int, int, str, str]] = []
    i = 0
    while i < len(lines) - 2:
        title = lines[i][2]
        if not (_named(title) and _named(lines[i + 1][2])):
            i += 1
            continue
        found: list[tuple[int, int, str, str]] = []
        j, failed = i + 1, False
        while j < len(lines) and _named(lines[j][2]):
            k = j + 1
            while k < len(lines) and k - j <= MAX_DETAILS and not _capitals(lines[k][2]):
                k += 1
            details = [line for _, _, line in lines[j + 1 : k]]
            # An entry has a few lines about it, none ending a sentence (a heading over a
            # paragraph is no entry), none an item, an address or a page number, and a line
            # in capitals (or the text's end) follows.
            if (
                not details
                or any(TERMINAL.search(line) or item_marker(line) for line in details)
                or any(_NO_DETAIL.search(line) for line in details)
                or (k < len(lines) and not _capitals(lines[k][2]))
            ):
                failed = True  # the directory ends; this name titles nothing after it
                break
            entry = f"{lines[j][2]}, {_said(details)}"
            found.append((lines[j][0], lines[k - 1][1], title, entry))
            j = k
        if len(found) >= 2:
            out.extend(found)
        # after a directory cut short, its failing name titles nothing (« CNRS » under a
        # name is a detail); a title over a title (« RAPPORT » / « MEMBRES ») just moves on
        i = j + 1 if failed and found else max(j, i + 1)
    return out
