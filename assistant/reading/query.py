"""The question read once: one frozen `Query` that retrieval, the answerers and the checks take,
instead of each re-reading the typed text (follow-up, spelling, filters, names, years)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field, replace
from functools import cached_property

from ..acronyms import asked_acronym
from ..errors import AssistantError
from ..text import fold_lower
from ..types import SearchFilter
from . import constraints
from .attribution import named_publication
from .parts import question_parts
from .question import (
    Followup,
    is_followup,
    parse_filters,
    question_type,
    resolve,
)
from .sample import asks_sample

# A question word of a follow-up's own (« … pendant quelle période ? »): it asks that.
_INTERROGATIVE = re.compile(r"\b(?:quel(?:le)?s?|quand|qui|comment|où|combien|pourquoi)\b", re.I)

# A plural interrogative opening the question or one of its parts: « quels partenaires … »,
# « lesquelles », « qui sont les membres », « … et quels sont ses objectifs » (not « les projets
# qui sont cités »).
_SEVERAL = re.compile(
    r"(?:^|[,;?—]\s*|\bet\s+)(?:quel(?:le)?s|lesquel(?:le)?s|qui (?:sont|etaient))\b"
)


@dataclass(frozen=True)
class Query:
    """A question as understood. A follow-up ("et en 2012 ?") is read with the previous
    question as its `context`; `asked` holds what the question itself asks."""

    asked: str
    context: str = ""
    # Filters the question states (« dans les fiches », « depuis 2019 »).
    stated: SearchFilter = field(default_factory=SearchFilter)
    # Sources of the publication the question names (« dans l'étude X, … »), searched inside.
    publication: tuple[str, ...] = ()
    # The question without the naming of that publication: what retrieval searches for.
    search_asked: str = ""
    search_context: str = ""
    # Read after the previous question by the rule `pronoun_followup` alone.
    pointed_back: bool = False
    # A follow-up: the publication the previous question's best passage came from, whose
    # passages retrieval favours (rule `followup_document`).
    previous_sources: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The self-contained question, as shown under « Question comprise »."""
        return Followup(self.context, self.asked).text

    @property
    def search(self) -> str:
        """What the retrievers search for: no publication name, which is a filter."""
        return Followup(self.search_context, self.search_asked or self.asked).text

    @cached_property
    def pinned(self) -> str:
        """What pins things down: the question's own words, never its source clause."""
        return constraints.asked_part(self.asked)

    @cached_property
    def kind(self) -> str:
        """figure | when | who | definition | list | other. A follow-up that asks with a
        question word of its own (« … — et qui la préside ? ») asks that, not what the question
        before asked."""
        own = question_type(self.asked) if self.context else "other"
        return own if own != "other" else question_type(self.text)

    @cached_property
    def several(self) -> bool:
        """It asks for several things: a list question, or a « qui » question asked in the
        plural (« quels partenaires portent … ? », « qui sont les membres … ? »). A list that
        answers it is quoted whole (rule `list`)."""
        return self.kind == "list" or (
            self.kind == "who" and bool(_SEVERAL.search(fold_lower(self.text).strip()))
        )

    @cached_property
    def parts(self) -> tuple[str, ...]:
        """What the question asks, one item per part (« combien …, et qui … ? » → two)."""
        return question_parts(self.pinned)

    @cached_property
    def acronym(self) -> str:
        """The acronym a definition question asks about (« Que veut dire ARPEA ? »), or ""."""
        return asked_acronym(self.pinned) if self.kind == "definition" else ""

    @cached_property
    def names(self) -> tuple[str, ...]:
        """Names the question asks about (folded word sequences)."""
        return tuple(constraints.names(self.pinned))

    @cached_property
    def years(self) -> frozenset[str]:
        """Years the question asks about (not those of the publication it names)."""
        return frozenset(constraints.years(self.pinned))

    @cached_property
    def sample(self) -> str:
        """What « combien de … » counts (a stem) when the question asks how many took part in a
        survey (« combien de maires ont été interrogés ? », reading/sample.py) and nothing
        else, or "". A follow-up with a question word of its own asks that."""
        if len(self.parts) > 1:
            return ""
        own = self.context and (
            question_type(self.asked) != "other" or _INTERROGATIVE.search(self.asked)
        )
        return asks_sample(self.asked if own else self.text)

    @cached_property
    def bounds(self) -> tuple[str, ...]:
        """Bounds the question puts on who it counts (« plus de 10 000 habitants »)."""
        return tuple(constraints.quantities(self.pinned))

    @cached_property
    def search_names(self) -> tuple[str, ...]:
        """Names in what retrieval searches for (the publication's name taken out)."""
        return tuple(constraints.names(constraints.asked_part(self.search_asked or self.asked)))

    def full_search(self) -> Query:
        """The same question, retrieval searching its whole text, a publication's name included
        (when the publication it names is not what the search is restricted to)."""
        return replace(self, search_asked=self.asked, search_context=self.context)


def read(
    question: str,
    history: Sequence[str] = (),
    documents: Sequence[dict[str, object]] = (),
    correct: Callable[[str, bool], str] = lambda text, start: text,
    rewrite: Callable[[str, list[str]], str] | None = None,
    pronouns: bool = True,
) -> Query:
    """Read a (bounded, checked) question after `history`: the follow-up resolved (by the
    rules, or by `rewrite` — an LLM — when given), names spelt as the corpus spells them
    (`correct`), the filters and the publication it names. `pronouns`: rule
    `pronoun_followup` (`reading.pronouns`)."""
    followup = resolve(question, history, pronouns)
    if rewrite is not None and history and is_followup(question, pronouns):
        with suppress(AssistantError):  # when the model fails, the rules' reading stands
            followup = Followup("", rewrite(question, list(history)))
    context = correct(followup.context, True) if followup.context else ""
    # What a follow-up asks is read after its context: no capital of its own.
    asked = correct(followup.asked, not context)
    stated = parse_filters(Followup(context, asked).text, documents)
    # A publication named in the question itself wins over one named in its context.
    named, search_asked = named_publication(asked, documents)
    search_context = context
    if not named and context:
        named, search_context = named_publication(context, documents)
    if named and not stated.sources:  # search inside the publication, not for its name
        stated = replace(stated, kinds=(), sources=named)
    return Query(
        asked=asked,
        context=context,
        stated=stated,
        publication=named,
        search_asked=search_asked if named else asked,
        search_context=search_context if named else context,
        pointed_back=bool(context) and not is_followup(question, pronouns=False),
    )
