"""The sentence that introduces a table (rule `table_lead`): « Chaque répondant notait de 0 à
10 l'importance de plusieurs enjeux pour son territoire. Les moyennes obtenues sont les
suivantes. » says what the marks below it are."""

from __future__ import annotations

import re

from .lists import THIN_LEAD_WORDS, lead_words

MAX_LEAD_CHARS = 400  # text above a table where the sentence introducing it is looked for
_SENTENCE_RE = re.compile(r"[^.!?]*[.!?]")
_STOPS = (".", ",", ";", ":", "!", "?", "»", ")")


def _paragraph_above(text: str, top: int) -> str:
    """The lines right above `top` back to the heading over them (a line with no final stop
    whose next line opens in upper case), joined."""
    lines = text[max(0, top - MAX_LEAD_CHARS) : top].split("\n")[:-1]
    kept: list[str] = []
    for line in reversed(lines):
        line = line.strip()
        if not line or (kept and not line.endswith(_STOPS) and kept[0][:1].isupper()):
            break
        kept.insert(0, line)
    return " ".join(kept)


def table_lead(text: str, top: int) -> str:
    """Rule `table_lead`: the sentence ending right above a table, which says what its values
    are (« Chaque répondant notait de 0 à 10 l'importance de plusieurs enjeux pour son
    territoire. Les moyennes obtenues sont les suivantes. »): the last one of the paragraph
    above saying more than an announcement (`lists.lead_words`); "" when there is none."""
    paragraph = _paragraph_above(text, top)
    if not paragraph.endswith((".", ":")):
        return ""  # a heading, a caption or another table stands right above
    for sentence in reversed(_SENTENCE_RE.findall(paragraph.rstrip(": ") + ".")):
        if lead_words(sentence) >= THIN_LEAD_WORDS:
            return " ".join(sentence.split()).rstrip(".")
    return ""
