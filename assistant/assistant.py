"""The facade: `Assistant.from_settings(settings).ask(question)` / `.stream(question)`."""

from __future__ import annotations

import copy
import functools
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from .answer.backends import make_generator
from .answer.compose import conflict_sentence
from .answer.conflicts import conflicts as find_conflicts
from .answer.generators import Generator
from .checks.citations import strip_unknown
from .checks.verify import verify
from .contract import Answer, Citation, NearestDocument, RetrievalRecord
from .errors import IndexMissingError
from .finder.browse import page_years
from .finder.table import FigureTable
from .reading.query import Query, read
from .request import bounded_history, checked_question
from .search.index import Index
from .search.live import IndexHolder
from .search.retrieve import retrieve
from .settings import REFUSAL, Settings
from .types import Hit, Retrieval, SearchFilter

# What `stream()` yields, in order: ("sources", [Citation]), ("text", str)..., ("answer", Answer)
Event = tuple[str, Any]


def should_refuse(retrieval: Retrieval, settings: Settings, judged: bool = False) -> bool:
    """Refuse when no passage was found or, for an answerer that does not judge its sentences
    itself (an LLM), when the passages do not hold the question's subject (calibrated
    thresholds). The extractive answerer's own signals (`judged`) read the sentences it would
    quote; measured on seven question sets, this passage-level test then only added refusals
    of answerable questions (28 -> 24 of 273, 40 -> 39 of 63 unanswerable refused)."""
    conf = settings.retrieval
    if not retrieval.hits:
        return True
    if judged:
        return False
    return retrieval.coverage < conf.min_coverage and retrieval.top_dense < conf.dense_rescue


def nearest(hits: Sequence[Hit], n: int = 3) -> list[NearestDocument]:
    """The n closest documents (one passage each), for refusals."""
    out: list[NearestDocument] = []
    seen = set()
    for h in hits:
        if h.chunk.doc.source in seen:
            continue
        seen.add(h.chunk.doc.source)
        out.append(NearestDocument.from_hit(h))
        if len(out) == n:
            break
    return out


def merge_filters(explicit: SearchFilter | None, stated: SearchFilter) -> SearchFilter:
    """Options given by the caller win over what the question says."""
    if explicit is None or explicit.is_empty():
        return stated
    return explicit


# How many questions back a chain of follow-ups is retrieved again for `followup_document`.
FOLLOWUP_DEPTH = 3


class Assistant:
    """Retrieve, then answer, then check — for one index and one answer backend. Given an
    IndexHolder (as `from_settings` does), it follows the index generations ingest publishes."""

    def __init__(
        self, settings: Settings, index: Index | IndexHolder, generator: Generator
    ) -> None:
        self.settings = settings
        self.holder = index if isinstance(index, IndexHolder) else IndexHolder(index)
        self.generator = generator
        first = self.holder.current()
        if hasattr(generator, "page_years"):  # the figures' years, read at ingest
            generator.page_years = functools.partial(page_years, FigureTable(settings.index_dir))
        bind = getattr(generator, "bind", None)
        if bind:
            bind(first)
        self._bound: tuple[Index, Generator, Generator] = (first, generator, generator)

    @property
    def index(self) -> Index:
        """The index new answers use (the current generation)."""
        return self.holder.current()

    def _serving(self) -> tuple[Index, Generator]:
        """The current Index and the backend bound to it: one pair per generation, so that an
        answer never weighs one generation's passages with another's term statistics."""
        index = self.holder.current()
        bound = self._bound
        if bound[0] is index and bound[1] is self.generator:
            return index, bound[2]
        generator = self.generator
        if getattr(generator, "bind", None):
            generator = copy.copy(generator)
            generator.bind(index)  # type: ignore[attr-defined]
        self._bound = (index, self.generator, generator)
        return index, generator

    @classmethod
    def from_settings(
        cls, settings: Settings, *, build: bool = True, generator: Generator | None = None
    ) -> Assistant:
        """Open the index (building it from the corpus first when there is none)."""
        try:
            holder = IndexHolder.open(settings)
        except IndexMissingError:
            if not build:
                raise
            from .ingest.run import ingest

            ingest(settings)
            holder = IndexHolder.open(settings)
        return cls(settings, holder, generator or make_generator(settings.generation))

    def documents(self) -> list[dict[str, object]]:
        return self.index.documents()

    def ask(
        self, question: str, history: Sequence[str] = (), filt: SearchFilter | None = None
    ) -> Answer:
        answer = None
        for kind, data in self.stream(question, history, filt):
            if kind == "answer":
                answer = data
        assert answer is not None
        return answer

    def stream(
        self, question: str, history: Sequence[str] = (), filt: SearchFilter | None = None
    ) -> Iterator[Event]:
        """Sources first, then the text as it is written, then the checked Answer."""
        t0 = time.perf_counter()
        # One generation for the whole answer, even if a new one is swapped in meanwhile.
        index, generator = self._serving()
        question = checked_question(question, self.settings.server)
        history = bounded_history(history, self.settings.server)
        query = self._read(index, question, history)
        t = time.perf_counter()
        query = self._with_previous_document(index, query, history, filt)
        t_previous = time.perf_counter() - t
        retrieval = self._retrieve(index, query, filt)
        if query.previous_sources:
            retrieval = replace(retrieval, timings={**retrieval.timings, "previous": t_previous})
        hits = list(retrieval.hits)
        # How the question was understood: follow-up rewritten, spelling corrected.
        record = RetrievalRecord.of(retrieval, understood=query.text)
        assess = getattr(generator, "assess", None)
        weak = False
        if assess is not None and hits:  # the extractive answerer knows beforehand
            signals = assess(query, hits)
            record = replace(record, **signals)
            weak = generator.refuses(signals)  # type: ignore[attr-defined]
        if query.pointed_back:
            record = replace(record, rules=("pronoun_followup", *(record.rules or ())))
        if query.previous_sources:
            record = replace(record, rules=("followup_document", *(record.rules or ())))
        base: dict[str, Any] = {
            "question": question,
            "generator": generator.name,
            "fingerprint": self.settings.fingerprint(),
            "retrieval": record,
        }
        if weak or should_refuse(retrieval, self.settings, judged=assess is not None):
            yield from self._refuse(base, hits, retrieval, t0)
            return
        yield "sources", [Citation.from_hit(n, h) for n, h in enumerate(hits, 1)]
        t = time.perf_counter()
        pieces = []
        for delta in generator.generate(query, hits):
            pieces.append(delta)
            yield "text", delta
        t_gen = time.perf_counter() - t
        draft = strip_unknown("".join(pieces).strip(), set(range(1, len(hits) + 1)))
        if not draft or draft.startswith(REFUSAL[:40]):
            yield from self._refuse(base, hits, retrieval, t0, streamed="".join(pieces))
            return
        t = time.perf_counter()
        conflicts = find_conflicts(draft, hits, FigureTable(self.settings.index_dir))
        for c in conflicts:  # say plainly that the publications disagree, with their dates
            draft += " " + conflict_sentence(c, hits)
        text, order, figures = verify(draft, hits, index.page_text)
        new_number = {old: new for new, old in enumerate(order, 1)}
        conflicts = [
            replace(
                c,
                items=tuple(replace(i, citation=new_number.get(i.citation or 0)) for i in c.items),
            )
            for c in conflicts
        ]
        citations = tuple(Citation.from_hit(new, hits[old - 1]) for new, old in enumerate(order, 1))
        timings = {**retrieval.timings, "generation": t_gen, "checks": time.perf_counter() - t}
        answer = Answer(
            text=text,
            refused=False,
            citations=citations,
            figures=tuple(figures),
            conflicts=tuple(conflicts),
            latency_s=time.perf_counter() - t0,
            timings=timings,
            **base,
        )
        yield "answer", answer

    def _read(
        self, index: Index, question: str, history: Sequence[str], rewrite: bool = True
    ) -> Query:
        return read(
            question,
            history,
            index.documents(),
            correct=index.spelling.correct,
            rewrite=self._llm_rewrite() if rewrite else None,
            pronouns=self.settings.generation.pronoun_followup,
        )

    def _with_previous_document(
        self,
        index: Index,
        query: Query,
        history: Sequence[str],
        filt: SearchFilter | None,
        depth: int = FOLLOWUP_DEPTH,
    ) -> Query:
        """A follow-up read with the previous question as its context (not one rewritten whole,
        « et pour les maires ? ») gets the document of the previous question's best passage,
        whose passages retrieval lifts (rule `followup_document`; measured as good as the
        previous answer's first citation, and the history stays the questions alone). The
        previous question is read by the rules alone (no second call to an LLM), and when it
        is itself such a follow-up, retrieved with its own previous document (up to `depth`
        questions back). Nothing when the search is already held to some documents."""
        if not (query.context and history and depth and self.settings.generation.followup_document):
            return query
        if merge_filters(filt, query.stated).sources:
            return query
        previous = self._read(index, history[-1], history[:-1], rewrite=False)
        previous = self._with_previous_document(index, previous, history[:-1], filt, depth - 1)
        best = self._retrieve(index, previous, filt).hits[:1]
        return replace(query, previous_sources=tuple(h.chunk.doc.source for h in best))

    @staticmethod
    def _retrieve(index: Index, query: Query, filt: SearchFilter | None) -> Retrieval:
        """The passages for a question read, within its own filters and the caller's; when
        the question's own filter finds nothing, within the caller's alone."""
        used = merge_filters(filt, query.stated)
        search = query if used.sources == query.publication else query.full_search()
        retrieval = retrieve(index, search, used)
        if not retrieval.hits and used != filt and not used.is_empty():
            retrieval = retrieve(index, query.full_search(), filt)
        return retrieval

    def _llm_rewrite(self) -> Callable[[str, list[str]], str] | None:
        """The LLM's rewrite of a follow-up when one is configured, else None (the rules')."""
        return getattr(self.generator, "rewrite", None)

    def _refuse(
        self, base: dict, hits: list[Hit], retrieval: Retrieval, t0: float, streamed: str = ""
    ) -> Iterator[Event]:
        """The refusal with the nearest documents; `streamed` is what the backend already sent."""
        near = nearest(hits)
        text = REFUSAL
        if near:
            listed = " ; ".join(
                f"« {d.title} » ({d.date[:4] or 'date inconnue'}"
                f"{'' if d.catalogued else ', hors catalogue'}), p. {d.page_label}"
                for d in near
            )
            text += f" Les documents les plus proches : {listed}."
        yield "sources", []
        said = streamed.strip()
        yield "text", text[len(said) :] if said and text.startswith(said) else text
        yield (
            "answer",
            Answer(
                text=text,
                refused=True,
                nearest=tuple(near),
                latency_s=time.perf_counter() - t0,
                timings=dict(retrieval.timings),
                **base,
            ),
        )


def with_generator(assistant: Assistant, generator: Generator) -> Assistant:
    """The same index (and its next generations) answered by another backend."""
    return Assistant(assistant.settings, assistant.holder, generator)


__all__ = ["Assistant", "Event", "should_refuse", "with_generator"]
