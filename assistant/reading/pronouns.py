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


# « c'était quand ? », « c'était où exactement, et qui … ? », « c est dans quels pays et … ? »: the
# question phrase ends the question or its first clause. Not « c'est quoi … », « c'est qui … »
# nor « c'est quand la date limite ? », which ask about what they name next.
_CE_SUBJECT = re.compile(
    r"^(?:et\s+)?c(?:'|\s)?\s*(?:est|etait|t)\s+(?:a\s+|dans\s+|en\s+)?"
    r"(?:quand|ou|combien|comment|pourquoi|quel\w*(?:\s+\w+)?)"
    r"(?:\s+exactement)?\s*(?:\?|$|,\s*et\b|\s+et\b)"
)
_OWNER = r"(?:son|sa|ses|leur|leurs)\s+[\w-]+"
# What the conversation spoke of owns the subject of the question (« Quand leur rapport
# a-t-il été remis ? », « Combien de temps a duré sa co-construction ? », « Quel est son
# budget ? »), in these three shapes only: a possessive after a noun, an infinitive or a
# quantifier owns that (« Quels maires jugent leur territoire engagé ? », « Comment financer sa
# rénovation ? », « Pourquoi certaines communes perdent-elles leurs commerces ? »).
_OWNED = (
    # question words, then the owned subject and the inverted verb
    re.compile(rf"^{_PREPOSITIONS}{_ASK}\s+{_OWNER}\s+\w+-(?:t-)?(?:il|elle|ils|elles)\b"),
    # question words, a compound tense, then the owned subject ending the clause
    re.compile(
        rf"^{_PREPOSITIONS}(?:quand|comment|pourquoi|combien de (?:temps|fois)|qui)\s+"
        rf"(?:a|ont|avait|avaient|est|sont|etait|etaient)\s+\w+\s+{_OWNER}\s*(?:\?|$|,\s*et\b)"
    ),
    # « quel est son budget ? »
    re.compile(rf"^(?:et\s+)?quel(?:le)?s?\s+(?:est|sont|etait|etaient)\s+{_OWNER}\s*(?:\?|$)"),
)


def _owned_first(q: str) -> bool:
    """The subject the question asks about is owned (« son / sa / ses / leur(s) ») by what the
    conversation spoke of."""
    return any(p.search(q) for p in _OWNED)


def _named(question: str) -> bool:
    """The question names something of its own: a capitalised word past the first, or a year."""
    words = re.findall(r"[\w’'-]+", question)[1:]
    names = [w for w in words if any(p[:1].isupper() for p in re.split(r"[’'-]", w))]
    return bool(names) or bool(re.search(r"\b(?:19|20)\d\d\b", question))


def points_back(question: str) -> bool:
    """The question names nothing of its own and its subject or object is a pronoun (« c'était
    quand ? » too), its subject is owned by what was spoken of (« son nom », « leur rapport »),
    or the first thing it names is pointed at with « ce / cette / ces »."""
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
