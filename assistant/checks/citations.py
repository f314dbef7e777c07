"""Citation markers in answers: parse, drop unknown ones, split sentences, check figures."""

from __future__ import annotations

import re

# The marker syntax lives in grammar.py, which must skip markers when it looks for figures.
from assistant.checks.figures import figure_category, figure_on_page
from assistant.checks.grammar import CITATION_RE, find_figures

from ..contract import FigureCheck

__all__ = [
    "CITATION_RE",
    "FigureCheck",
    "check_figures",
    "cited_numbers",
    "marker_numbers",
    "sentence_citations",
    "strip_unknown",
]

_MAX_RANGE = 20  # "[1–3]" means 1, 2, 3; a wider span is read as its two ends
_NUMBER_RE = re.compile(r"(\d+)(?:\s*[-–]\s*(\d+))?")
_HSPACE = " \t\u00a0\u202f"
_CLOSERS = frozenset(".,;:!?…)]»”")
# Sentence ends: terminal punctuation with any closing quote/bracket after it, or a line break.
_END_RE = re.compile(r"[.!?…]+(?:[ \u00a0\u202f]*[»”)])*|\n")
_TRAILING_CITES_RE = re.compile(rf"(?:[{_HSPACE}]*{CITATION_RE.pattern})*")
_LAST_WORD_RE = re.compile(r"([^\W\d_]+)\.?$")
_ABBREVIATIONS = frozenset(
    "M MM Mme Mmes Mlle Mlles Dr Pr Me St Ste p pp cf ex env art vol chap fig n no éd coll av apr"  # noqa: SIM905
    " min max".split()
)
_HSPACES_RE = re.compile(f"[{_HSPACE}]*")
_NEXT_CHAR_RE = re.compile(r"\s*(\S?)")


def _skip(pattern: re.Pattern[str], text: str, pos: int) -> re.Match[str]:
    """Match a pattern that accepts the empty string (so always matches) at ``pos``."""
    m = pattern.match(text, pos)
    assert m is not None
    return m


def marker_numbers(marker: str) -> list[int]:
    """Numbers of one marker, in order: "[1, 3]" → [1, 3], "[1–3]" → [1, 2, 3]."""
    numbers: list[int] = []
    for m in _NUMBER_RE.finditer(marker):
        low, high = int(m.group(1)), int(m.group(2) or m.group(1))
        if low <= high <= low + _MAX_RANGE:
            numbers.extend(range(low, high + 1))
        else:
            numbers.extend((low, high))
    return numbers


def _unique(numbers: list[int]) -> list[int]:
    return list(dict.fromkeys(numbers))


def cited_numbers(answer: str) -> list[int]:
    """Citation numbers of ``answer`` in order of first appearance, without repeats."""
    return _unique([n for m in CITATION_RE.finditer(answer) for n in marker_numbers(m.group())])


def strip_unknown(answer: str, valid: set[int]) -> str:
    """Drop citation numbers not in ``valid``; a marker left empty goes with the space before it."""
    out: list[str] = []
    pos = 0
    for m in CITATION_RE.finditer(answer):
        numbers = marker_numbers(m.group())
        kept = _unique([n for n in numbers if n in valid])
        out.append(answer[pos : m.start()])
        pos = m.end()
        if kept == numbers:
            out.append(m.group())  # untouched, as the writer formatted it
        elif kept:
            out.append("[" + ", ".join(map(str, kept)) + "]")
        else:
            after = answer[pos : pos + 1]
            if not after or after.isspace() or after in _CLOSERS:
                out[-1] = out[-1].rstrip(_HSPACE)
            line_start = answer.rfind("\n", 0, m.start()) + 1
            if not answer[line_start : m.start()].strip():  # marker opened the line
                pos = _skip(_HSPACES_RE, answer, pos).end()
    out.append(answer[pos:])
    return "".join(out)


def _is_abbreviation(text: str, end: int) -> bool:
    """Whether the single dot at ``end`` closes an abbreviation ("M.", "p.", an initial "J.")."""
    m = _LAST_WORD_RE.search(text[max(0, end - 12) : end + 1])
    word = m.group(1) if m else ""
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


def _sentence_end(answer: str, m: re.Match[str], quote_depth: int) -> int | None:
    """Where the sentence ends if ``m`` closes it (after its trailing markers), else None."""
    if m.group() == "\n":
        return m.start()
    if quote_depth > 0:
        return None  # a full stop inside « … » does not end the quoting sentence
    if m.group() == "." and _is_abbreviation(answer, m.start()):
        return None
    end = _skip(_TRAILING_CITES_RE, answer, m.end()).end()
    if end == len(answer):
        return end
    if not answer[end].isspace():  # "2.5", "1.000", "fin.Suite"
        return None
    return None if _skip(_NEXT_CHAR_RE, answer, end).group(1).islower() else end


def sentence_citations(answer: str) -> list[tuple[str, list[int]]]:
    """Split ``answer`` into sentences, each with the numbers it cites (markers kept in the text)."""
    result: list[tuple[str, list[int]]] = []
    start = 0
    for m in _END_RE.finditer(answer):
        span = answer[start : m.end()]
        end = _sentence_end(answer, m, span.count("«") - span.count("»"))
        if end is None:
            continue
        _add_sentence(result, answer[start:end])
        start = end
    _add_sentence(result, answer[start:])
    return result


def _add_sentence(result: list[tuple[str, list[int]]], text: str) -> None:
    text = text.strip()
    if not text:
        return
    numbers = cited_numbers(text)
    if result and not CITATION_RE.sub("", text).strip():  # markers alone on a line
        previous, cited = result[-1]
        result[-1] = (f"{previous} {text}", _unique(cited + numbers))
    else:
        result.append((text, numbers))


def check_figures(answer: str, pages: dict[int, str]) -> list[FigureCheck]:
    """Look each figure up on the pages cited by its sentence (``pages``: number → page text),
    then on the answer's other cited pages: a sentence cut where the answer's [n] does not
    stand (a list, a long quote) still comes from a cited page. Only a figure on no cited
    page is unverified."""
    checks = []
    cited = sentence_citations(answer)
    everywhere = list(dict.fromkeys(n for _, numbers in cited for n in numbers))
    for sentence, numbers in cited:
        others = [n for n in everywhere if n not in numbers]
        for fig in find_figures(sentence):
            found = next(
                (n for n in [*numbers, *others] if n in pages and figure_on_page(fig, pages[n])),
                None,
            )
            category = figure_category(fig, sentence)
            if found is not None:
                checks.append(FigureCheck(fig.text, found, True, category))
            else:
                cited_by = numbers[0] if numbers else None
                checks.append(FigureCheck(fig.text, cited_by, False, category))
    return checks
