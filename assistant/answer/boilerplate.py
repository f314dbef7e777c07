"""The lines of a passage that give context and are never quoted as an answer: web
addresses, labels and running titles in capitals, the tail of a sentence cut off by the
passage's start, and the document's own title and edition lines."""

from __future__ import annotations

import re

from ..line_forms import in_capitals
from ..text import EDITION, fold_lower

_URL = re.compile(
    r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:fr|com|org|net|eu|gouv\.fr)(?:/\S*)?", re.I
)


# A title in guillemets, which a reference line cites (« Réseau Alpha, « Titre », alpha.org 10 »):
# no figure but a year in it; a quotation that states one is said (« Comme le résume alpha.org :
# « 45 % des bénévoles ont moins de 35 ans » »).
_QUOTED = re.compile(r"«(?:[^«»\d]|(?:19|20)\d\d)*»")


def boilerplate(sentence: str, opens_text: bool, item: bool = False) -> bool:
    """Context, never an answer: a web address with little else (a title in guillemets aside: a
    reference line), a label or running title in capitals (« ÉTUDE — SYNTHÈSE », « DOCUMENT DE
    RÉFÉRENCE 2018 »), the tail of a sentence cut off by the passage's start (« du réseau »,
    et le dispositif …). A list `item` in capitals is a name of the list (« • LE RÉSEAU DES
    ÉCOLES »), not a running title."""
    if (
        _URL.search(sentence)
        and len(re.sub(r"\W", "", _QUOTED.sub("", _URL.sub("", sentence)))) < 20
    ):
        return True  # a web address, or a reference to a title at one (« X, « Titre », x.fr 10 »)
    if not item and in_capitals(sentence, 0.7) and len(sentence.split()) <= 12:
        return True
    return opens_text and (sentence[:1].islower() or sentence[:1] in ",;:)]»”…")


def front_matter(text: str, title: str) -> str:
    """`text` with the lines of its front matter blanked (same length, so offsets hold): the
    lines of the document's title (« IMPACT : mesurer ce que les alliances » / « changent
    dans les territoires ») and the line saying when it came out (« Publiée en 2021 par
    l'Observatoire »). In a narrow column they are as wide as prose and would otherwise open
    the first sentence."""
    folded_title = " ".join(fold_lower(title).split())
    out = []
    for line in text.split("\n"):
        bare = " ".join(fold_lower(line).split())
        # Three words at least: a word wrapped alone onto its line may also be in the title.
        of_title = len(bare.split()) >= 3 and bare in folded_title
        edition = bool(EDITION.match(line.strip())) and not line.rstrip().endswith(".")
        out.append(" " * len(line) if of_title or edition else line)
    return "\n".join(out)
