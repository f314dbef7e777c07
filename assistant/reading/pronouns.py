"""Questions that speak of what the conversation spoke of without naming it: the subject is
a pronoun after the question words (« Quand ont-ils rendu leur rapport ? », « c'était quand ? »),
the object a pronoun (« Qui l'a lancé ? »), or the first thing named is pointed at (« ces
données », « ce programme ») or owned (« son nom », « leur rapport »). Read after a previous
question, they are follow-ups."""

from __future__ import annotations

import re

from ..text import fold_lower

# The question words and the phrases they head (« sur quelle période et de quelle façon »).
_ASK = r"(?:quand|comment|pourquoi|ou|combien(?: de \w[\w-]*)?|quel\w* \w[\w-]*|qui|que|quoi)"
_PREPOSITIONS = r"(?:(?:et|sur|de|d'|a|en|pour|dans|depuis|par|avec|sous|chez)\s*)*"
_CLITICS = r"(?:(?:se|s'|y|en|l'|la|le|les|lui|leur|ne|n')\s*)*"
# « ont-ils », « compte-t-elle » right after the question words: no other subject.
_INVERTED = re.compile(
    rf"^{_PREPOSITIONS}{_ASK}(?:\s+et\s+{_PREPOSITIONS}{_ASK})*\s+{_CLITICS}"
    r"\w+-(?:t-)?(?:il|elle|ils|elles)\b"
)
# Verbs whose « il » is impersonal (« il y a », « il faut », « il existe »): no one is pointed at.
IMPERSONAL = r"(?:y a|existe|faut|s'agit|reste)"
# « combien y a-t-il », « faut-il », « combien de temps a-t-il fallu ».
_IMPERSONAL = re.compile(rf"\b{IMPERSONAL}-t?-?il\b|-t-il (?:fallu|existe)\b")
# « qui l'a lancé », « qui la préside » (a verb, not « qui la présidente de … »).
_OBJECT = re.compile(
    r"^(?:et\s+)?(?:(?:qui|quand|comment|pourquoi|ou)\s+l'(?:a|ont|avait|avaient)\b"
    r"|qui\s+(?:la|le|les)\s+\w+(?:e|ent|it|ait)\b(?!\s+(?:de|du|des|d')\b))"
)
# « ces données », « ce programme » before any comma or second clause (« et ce chiffre … »
# points inside the question).
_DEMONSTRATIVE = re.compile(
    r"^[^,;?]*?\b(?:ce|cet|cette|ces)\s+(?!qu|dont\b|sont\b|n'|est\b|soit\b|derni)\w+"
)
_SECOND_CLAUSE = re.compile(r"[,;?]|\bet\b")
# « qui en est le cofinanceur », « combien en compte-t-il »
_EN = re.compile(r"^(?:et\s+)?(?:qui|combien|quel\w*)\s+(?:\w+\s+)?en\s+(?:est|sont|a|ont|compte)")


# « c'était quand ? », « c'est dans quels pays ? », « c t où ? » (not « c'est quoi … », « c'est
# qui … », which ask about what they name next).
_CE_SUBJECT = re.compile(
    r"^(?:et\s+)?c(?:'|\s)?\s*(?:est|etait|t)\s+(?:\w+\s+){0,2}?"
    r"(?:quand|ou|combien|comment|pourquoi|quel\w*)\b"
)
# « son nom », « sa co-construction », « leur rapport »: the first thing named is owned by
# what the conversation spoke of, when nothing named comes before it (« des associations … leur
# budget » owns its own subject).
_POSSESSIVE = re.compile(r"\b(?:son|sa|ses|leur|leurs)\s+\w")
_NAMED_BEFORE = re.compile(
    r"\b(?:le|la|les|l'|un|une|des|du|au|aux|d'|ce|cet|cette|ces)(?:\s|(?<='))"
    r"|\bde\s+(?!quel)"
)
_QUESTION_PHRASES = re.compile(r"\bcombien de (?:temps|fois)\b|\ba quel\w* \w+")


def _owned_first(q: str) -> bool:
    """The first thing the question names comes with « son / sa / ses / leur(s) »."""
    m = _POSSESSIVE.search(q)
    if m is None or _SECOND_CLAUSE.search(q[: m.start()]):
        return False
    before = _QUESTION_PHRASES.sub(" ", q[: m.start()])
    return not _NAMED_BEFORE.search(before)


def _named(question: str) -> bool:
    """The question names something of its own: a capitalised word past the first, or a year."""
    words = re.findall(r"[\w’'-]+", question)[1:]
    names = [w for w in words if any(p[:1].isupper() for p in re.split(r"[’'-]", w))]
    return bool(names) or bool(re.search(r"\b(?:19|20)\d\d\b", question))


def points_back(question: str) -> bool:
    """The question names nothing of its own and its subject or object is a pronoun, or the
    first thing it names is pointed at with « ce / cette / ces »."""
    if _named(question):
        return False
    q = fold_lower(question).replace("’", "'").strip()
    if _INVERTED.search(q) and not _IMPERSONAL.search(q):
        return True
    if _OBJECT.search(q) or _EN.search(q):
        return True
    if _CE_SUBJECT.search(q) or _owned_first(q):
        return True
    m = _DEMONSTRATIVE.search(q)
    return m is not None and not _SECOND_CLAUSE.search(q[: m.start()])
