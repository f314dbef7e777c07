"""Accents put back in a question typed without them ("collectivites" → "collectivités"), from
the words of the corpus: the French stemmer then meets the forms the publications use."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .question import fold

_WORD = re.compile(r"[^\W\d_]+")


class Accents:
    """For each word written with accents in the corpus and never without, its usual form."""

    def __init__(self, texts: Iterable[str]) -> None:
        forms: dict[str, Counter[str]] = {}
        bare: set[str] = set()
        for text in texts:
            for word in _WORD.findall(text.lower()):
                plain = fold(word)
                if plain == word:
                    bare.add(word)
                else:
                    forms.setdefault(plain, Counter())[word] += 1
        # "a" / "à", "ou" / "où": both stand in the corpus, the bare word is left as typed.
        self.forms = {p: c.most_common(1)[0][0] for p, c in forms.items() if p not in bare}

    def restore(self, question: str) -> str:
        """The question with the corpus's accents on the words typed without them."""

        def accented(m: re.Match[str]) -> str:
            word = m.group(0)
            form = self.forms.get(word.lower()) if fold(word) == word.lower() else None
            if form is None:
                return word
            if word.isupper() and len(word) > 1:
                return form.upper()
            return form[0].upper() + form[1:] if word[0].isupper() else form

        return _WORD.sub(accented, question)
