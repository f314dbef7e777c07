"""The parts of a question: the things it asks, one per part (« Combien … et qui finance ? »)."""

from __future__ import annotations

import re

# « combien … et qui … ? », « en quelle année …, et quels organismes … ? », « … ? Et quand ? »:
# where a question asks a second thing.
_SECOND_PART = re.compile(
    r",?\s+(?:et|puis|ainsi que)\s+(?=(?:combien|qui|quand|quel(?:le)?s?|o[uù]|comment|pourquoi|"
    r"depuis quand|(?:[àa]|en|de|sur|dans|pendant|par|pour|avec|chez) quel(?:le)?s?|"
    r"(?:par|pour|avec|chez|de) qui|lequel|laquelle|"
    r"c'est quoi|qu'est-ce|qu['’]en (?:est|[ée]tait|sera)[- ]?il)\b)|(?<=\?)\s+(?=\S)",
    re.I,
)
# « … en 2008, et en 2012 ? », « … en 2008, puis en 2012 ? »: the same thing asked again for
# another year, one more part (not « en 2008 et en 2012 » before the question word: there the
# years open the question, and the answer holds them with its figures anyway).
_YEAR_PART = re.compile(r",\s*(?:et|puis)\s+(?=(?:en|pour)\s+(?:19|20)\d\d\s*[?!.]*\s*$)", re.I)


# « Qui a lancé la mission, à qui l'a-t-il confiée, et quand … ? »: a comma, then another
# question word (after a preposition or not), asks one more thing.
_COMMA_PART = re.compile(
    r",\s+(?=(?:(?:[àa]|de|avec|pour|par|chez|en|sur)\s+)?"
    r"(?:qui|quoi|quel(?:le)?s?|combien|quand|o[uù]|comment|pourquoi)\b)",
    re.I,
)
# « …, et en combien de profils … ? », « … et c'était en quelle année ? », « … et elle est
# basée où ? »: after « et », a clause whose question word comes later asks one more thing.
# The « et » is the last one before that word (« Associations et Territoires » is a name) and
# opens no noun phrase (« combien de Français et de maires … »: one question).
_CLAUSE_PART = re.compile(
    r",?\s+et\s+(?!(?:de|des|du|d['’]|les?|la|l['’]|leurs?|ses|sa|son|un|une)\b)"
    r"(?=(?:(?!\bet\b)[^?])*?(?:\b(?:combien|quand|quel(?:le)?s?)\b|\bo[uù]\s*\?))",
    re.I,
)
_ASKING = re.compile(
    r"\b(?:qui|quoi|quel(?:le)?s?|combien|quand|o[uù]|comment|pourquoi|que|qu['’]|lequel|"
    r"laquelle)\b|\?",
    re.I,
)


# A part that asks the previous one's question again, of another year or group (« en 2012 ? »,
# « Et en 2012 ? », « qu'en était-il pour les plus petites ? »): it asks the same thing. Not
# « Pour quelle raison ? », « En quoi consiste-t-il ? », « qu'en pensent les élus ? ».
_ASKS_AGAIN = re.compile(
    r"(?:(?:et|puis)\s+)?(?:(?:en|pour)\s+(?:19|20)\d\d\s*[?!.]*"
    r"|qu['’]en (?:est|[ée]tait|sera)[- ]?il\b.*)$",
    re.I | re.S,
)


def asks_again(part: str) -> bool:
    """Whether a part (not the first) asks the previous part's question again, of another year
    or group (« en 2012 ? », « qu'en était-il pour celles sous 10 000 € ? »)."""
    return bool(_ASKS_AGAIN.match(part.strip()))


def question_parts(question: str) -> tuple[str, ...]:
    """The things a question asks, one per part (« Combien … et qui finance ? » → two; « qui
    a lancé …, à qui l'a-t-il confiée, et quand … ? » → three). A comma only parts a question
    whose first part already asks something (« Selon l'étude, qui … » is one question)."""
    parts = []
    for whole in (p for piece in _SECOND_PART.split(question) for p in _YEAR_PART.split(piece)):
        clauses = _CLAUSE_PART.split(whole, maxsplit=1)
        for piece in clauses if _ASKING.search(clauses[0]) else [whole]:
            parts += _comma_parts(piece)
    return tuple(parts) or (question,)


def _comma_parts(piece: str) -> list[str]:
    """The parts of one piece that commas before a question word separate."""
    pieces = _COMMA_PART.split(piece)
    if len(pieces) > 1 and not _ASKING.search(pieces[0]):
        pieces = [piece]
    return [p.strip(" ,") for p in pieces if p.strip(" ,?")]
