"""The answer generator's interface and the extractive one (default), which needs no model;
the LLM ones are opt-in (llm.py) and backends.py picks one from the settings. All stream
text with [n] citations numbered like the passages they were given."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from langchain_core.embeddings import Embeddings

from ..reading.query import Query
from ..search.retrieve import content_terms
from ..settings import REFUSAL, GenerationSettings
from ..types import Chunk, Hit
from .asked import asked_terms
from .candidate import Candidate, weighted_cover, word_count
from .choice import choose, repeats
from .compose import quote
from .dating import demote_other_years
from .extractive import candidates
from .focus import focus
from .held import held_signals
from .lacking import fill_parts
from .lists import whole_lists, without_bare_leads
from .pages import as_their_page, page_siblings
from .refusal import refusal
from .window import beside, complete, widen

if TYPE_CHECKING:
    from ..search.index import Index


class Generator(Protocol):
    name: str

    def generate(self, query: Query, hits: Sequence[Hit]) -> Iterator[str]: ...


# The refusal reads the best passages only: more passages would let a stray sentence
# somewhere vouch for a question the corpus does not answer.
SUPPORT_HITS = 5
# The answer's sentences are read in the best passages only.
READ_HITS = 8


@dataclass(frozen=True)
class Scored:
    """One question's scored sentences, refusal signals and chosen sentences."""

    key: tuple
    cands: list[Candidate]
    signals: dict[str, Any]
    chosen: list[Candidate]


class ExtractiveGenerator:
    """Selects the best sentences of the passages and cites them; copies figures verbatim.
    Says the refusal phrase when no sentence answers the question (see assistant/answer/refusal.py)."""

    name = "extractive"

    def __init__(self, conf: GenerationSettings | None = None) -> None:
        self.conf = conf or GenerationSettings()
        self.idf: Mapping[str, float] = {}
        self.banners: frozenset[str] = frozenset()
        self.embedder: Embeddings | None = None
        self.neighbours: Callable[[Chunk], tuple[Chunk | None, Chunk | None]] | None = None
        self._last: Scored | None = None
        # The text of a passage's page and of its publication's first page.
        self.around: Callable[[Chunk], str] | None = None
        self.page_passages: Callable[[Chunk], list[Chunk]] | None = None
        # The figures printed on a page (source, PDF page) with the year each refers to, as
        # the figure finder read them at ingest (rule `figure_year`); None without its table.
        self.page_years: Callable[[str, int], list[tuple[str, str]] | None] | None = None

    def bind(self, index: Index) -> None:
        """Use the index's term statistics and embedder to judge the sentences."""
        self.idf = index.idf
        self.embedder = index.embedder
        self.banners = index.banners
        self.neighbours = index.neighbours
        self.around = index.surroundings
        self.page_passages = index.page_passages

    def _scored(self, query: Query, hits: Sequence[Hit]) -> Scored:
        """Scored sentences and the refusal signals, kept for the next call with the same
        question and passages (`assess` then `generate`)."""
        question = query.text
        key = (query, tuple(h.chunk.id for h in hits))
        last = self._last  # one read: other threads may replace it meanwhile
        if last is None or last.key != key:
            asked = focus(query.pinned, asked_terms(query), self.idf) if self.conf.focus else ""
            read = list(hits[:READ_HITS])
            siblings = (
                page_siblings(read, self.page_passages, self.conf.sibling_weight)
                if self.conf.page_siblings and self.page_passages is not None
                else []
            )
            cands = candidates(
                query,
                [*read, *siblings],
                self.idf,
                top=len(read) + len(siblings),
                asked_focus=asked,
                banners=self.banners,
                rules=self.conf,
                around=self.around,
            )
            cands = as_their_page(cands, len(read))
            if self.conf.figure_year and query.kind == "figure" and query.years:
                cands = demote_other_years(cands, hits, query.years, self.page_years)
            best = [c for c in cands if c.hit_index < SUPPORT_HITS]
            chosen, shaped = self._chosen(query, cands, hits, asked)
            support = max((c.support for c in best), default=0.0)
            if len(query.parts) > 1 and chosen:
                # No one sentence holds both halves of a two-part question: its window does.
                words = set().union(*(c.terms for c in chosen))
                support = max(support, weighted_cover(content_terms(question), words, self.idf))
            lifted = []
            if query.context and self.conf.followup_support:
                # A follow-up (« et pour l'emploi ? ») is held by a sentence that holds what it
                # adds: its other words are the previous question's (rule `followup_support`).
                added = content_terms(query.asked)
                held = [weighted_cover(added, c.terms, self.idf) for c in best if not c.near_miss]
                if max(held, default=0.0) > support:
                    support, lifted = max(held), ["followup_support"]
            # Rule `own_names` lowered the support the refusal reads: without it, the support
            # would be higher (the lifts above do not depend on it).
            named = max((c.named_support for c in best), default=0.0)
            weakened = ["own_names"] * (support < named)
            attribute = max((c.attribute for c in best), default=1.0)
            # Closeness in meaning is read on sentences about what the question pins down: a
            # paraphrase about another subject or year must not rescue the answer.
            about = [c for c in best if not c.near_miss]
            similarity = None
            low_attribute = self.conf.attribute and attribute < self.conf.min_attribute
            if (
                about
                and self.embedder is not None
                and (support < self.conf.weak_support or low_attribute)
            ):
                similarity = _closest(self.embedder, question, [c.text for c in about[:12]])
            signals: dict[str, Any] = {
                "support": round(support, 4),
                "similarity": similarity,
                "attribute": round(attribute, 4),
                "focus": asked,
                # Some sentence of the best passages, or one the answer quotes, speaks of what
                # the question asks.
                "focus_held": any(c.focus_held for c in [*about, *chosen] if not c.near_miss)
                if about
                else None,
            }
            if chosen:
                # A sum, a share, a mark out of 10, a survey's headcount or a person is asked:
                # the quoted sentences give one (rules `money`, `share`, `mark`, `sample`,
                # `role`).
                signals.update(held_signals(query, chosen, self.conf, hits, self.page_years))
            if signals["focus_held"] is False and similarity is None and about and self.embedder:
                signals["similarity"] = _closest(
                    self.embedder, question, [c.text for c in about[:12]]
                )
            # Which of the named rules (assistant/answer/rules.py) shaped this answer.
            signals["rules"] = shaped + lifted + weakened + refusal(signals, self.conf)[1]
            last = self._last = Scored(key, cands, signals, chosen)
        return last

    def _chosen(
        self, query: Query, cands: list[Candidate], hits: Sequence[Hit], asked: str
    ) -> tuple[list[Candidate], list[str]]:
        """The sentences the answer quotes: the best one widened to its window (or its list)
        and completed from the next passage of its page or another passage, then the next
        good ones of other passages; and the rules that shaped them."""
        chosen, chose = choose(cands, self.conf.max_sentences, self.conf)
        if not chosen:
            return chosen, []
        best = chosen[0]
        grow = self.conf.max_sentences if self.conf.window else 1
        window = widen(best, cands, query, self.idf, grow, self.conf.list_items, self.conf.wanted)
        rules = ["window"] * (len(window) > 1) + ["list"] * (window[0].text != best.text)
        quoted = " ".join(c.text for c in window)
        rest = [c for c in chosen[1:] if (c.own or c.text) not in quoted]
        if self.conf.no_repeat and rest:
            # A runner-up that only repeats the window (one fact printed by several
            # publications) gives its place to the next one.
            more, _ = choose(cands, self.conf.max_sentences + 3, self.conf)
            kept: list[Candidate] = []
            for c in more[1:]:
                if (c.own or c.text) not in quoted and not repeats(c, [*window, *kept]):
                    kept.append(c)
            rules += ["no_repeat"] * (kept[: len(rest)] != rest and "no_repeat" not in chose)
            rest = kept[: len(rest)]
        if self.conf.list_items and rest:
            used = sum(word_count(c.text) for c in window)
            listed = whole_lists(rest, cands, query.several, content_terms(query.asked), used)
            grown = any(c.text not in {r.text for r in rest} for c in listed)
            rules += ["list"] * (grown and "list" not in rules)
            rest = listed
        extra = []
        if self.conf.neighbours and self.neighbours is not None:
            chunks = self.neighbours(hits[best.hit_index].chunk)
            score = hits[best.hit_index].score
            extra = beside(
                window,
                cands,
                chunks,
                lambda c: self._units(query, c, score, asked),
                self.conf.list_items,
            )
        if self.conf.two_passages and len(chosen) == 1:
            floor = 0.6 * best.score
            extra += [
                (c, False)
                for c in cands[:40]
                if c.hit_index != best.hit_index
                and c.hit_index < SUPPORT_HITS
                and not c.near_miss
                and c.score >= floor
            ]
        # The good sentences of other passages compete with the completions: a completion
        # joins only when it adds more of the question than they would.
        pool = [*((c, False) for c in rest), *extra]
        added = complete(window, pool, query, self.idf, self.conf.wanted)
        if added is not None and added not in rest and len(window) < self.conf.max_sentences:
            window = [*window, added]
            rules.append("neighbour" if added.hit_index == best.hit_index else "two_passages")
        quoted_all = [*window, *rest][: max(self.conf.max_sentences, len(window))]
        if self.conf.parts_first and len(quoted_all) > len(window):
            floor = self.conf.runners_up_ratio * best.score
            filled = fill_parts(quoted_all, len(window), cands, query, floor, self.conf.wanted)
            if filled is not None:
                quoted_all = filled
                rules.append("parts_first")
        if self.conf.bare_lead:
            kept_all = without_bare_leads(quoted_all, content_terms(query.asked))
            rules += ["bare_lead"] * (kept_all != quoted_all)
            quoted_all = kept_all
        rules += ["runners_up"] * any(c in rest for c in quoted_all) + chose
        return quoted_all, _scoring_rules(quoted_all, cands, best) + rules

    def _units(self, query: Query, chunk: Chunk, score: float, asked: str) -> list[Candidate]:
        """The scored units of one passage that was not retrieved (a neighbour)."""
        return candidates(
            query,
            [Hit(chunk, score)],
            self.idf,
            asked_focus=asked,
            banners=self.banners,
            rules=self.conf,
            around=self.around,
        )

    def assess(self, query: Query, hits: Sequence[Hit]) -> dict[str, float | None]:
        """The signals the refusal reads: word support, what the question pins down and asks
        (`attribute`) and, when either is low, closeness in meaning."""
        return self._scored(query, hits).signals

    def refuses(self, signals: dict[str, Any]) -> bool:
        return refusal(signals, self.conf)[0]

    def generate(self, query: Query, hits: Sequence[Hit]) -> Iterator[str]:
        scored = self._scored(query, hits)
        chosen, signals = scored.chosen, scored.signals
        if not chosen or self.refuses(signals):
            yield REFUSAL
            return
        yield from quote(chosen, hits)


def _scoring_rules(quoted: list[Candidate], cands: list[Candidate], best: Candidate) -> list[str]:
    """The rules that moved the score of a quoted sentence, and those that kept below the best
    one a sentence that would have outranked it without them; each once, in order."""
    fired = [rule for c in quoted for rule in c.rules]
    fired += [r for c in cands if c.score < best.score < c.score + c.lost for r in c.demoted]
    return list(dict.fromkeys(fired))


def _closest(embedder: Embeddings, question: str, sentences: list[str]) -> float:
    """Highest cosine between the question and the sentences."""
    q = embedder.embed_query(question)
    qn = math.sqrt(sum(x * x for x in q)) or 1.0
    best = -1.0
    for v in embedder.embed_documents(sentences):
        vn = math.sqrt(sum(x * x for x in v)) or 1.0
        best = max(best, sum(a * b for a, b in zip(q, v, strict=True)) / (qn * vn))
    return round(best, 4)
