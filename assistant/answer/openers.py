"""How a sentence meets its neighbours: the openings by which it goes on from the one before
it — a pronoun, a date or a person said before (« Elle repose sur … », « Le même jour, … »,
« À ses côtés, … »), or the figure the sentence before announces (« Soit 69 % »), read from
data/openers.toml —, the end of a finished sentence, and the head of a sentence cut off."""

from __future__ import annotations

import re
from functools import cache

from ..datafiles import read_data

SENTENCE_DONE = re.compile(r"[.!?…:][»”)]*\s*$")
# The head of a sentence cut off by the passage's end, or by a line misread as a heading or a
# cell: it stops on an article, a preposition, a conjunction or a possessive, which never end a
# French sentence (« … déclaraient déjà développer des », « … revu par l'équipe de »).
DANGLING = re.compile(
    r"(?<![\w’'-])(?:de|des|du|la|le|les|un|une|et|ou|à|au|aux|en|par|pour|sur|dans|avec|"
    r"sans|sous|entre|vers|chez|que|qui|dont|ce|cette|ces|son|sa|ses|leur|leurs|se|notre|"
    r"nos|votre|vos|mon|ma|mes|[ldjnmsc][’']|qu[’']|jusqu[’']|lorsqu[’']|puisqu[’'])$"
)


@cache
def continues() -> re.Pattern[str]:
    """A sentence's opening that goes on from the sentence before (data/openers.toml)."""
    words = [w for entry in read_data("openers.toml")["opener"] for w in entry["words"]]
    alternatives = "|".join(re.escape(w).replace("'", "[’']") for w in words)
    # (an opening may end on its comma: « La veille, »)
    return re.compile(rf"^(?:{alternatives})(?!\w)")
