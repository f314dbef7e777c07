"""The answerable units of a passage: its sentences and its table and key-figure cells."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..checks.instructions import is_instruction
from ..directory import entries
from ..grids import cells, rows, short_runs
from ..headed_tables import headed_rows, written_rows
from ..headings import find_headings
from ..key_figures import key_figures
from ..layout import column_titles, line_kinds
from ..line_forms import VALUE_ROW
from ..sentences import segments
from ..text import MONTHS
from .boilerplate import boilerplate, front_matter
from .counting import quantity
from .openers import DANGLING, SENTENCE_DONE, continues

_NOTE = re.compile(r"(?:Sources?|Lecture|Champ|Périmètre|Note|Sauf mention contraire)\b")


@dataclass(frozen=True)
class Unit:
    text: str  # one line; "\n" joins a pronoun-led sentence to the one before it
    prior: float  # a unit that does not end like a sentence, or a cell, starts lower
    heading: str = ""  # the heading above it
    answers_heading: bool = False  # first sentence under a heading that is a question
    # The sentence just before, which often names what this one speaks of (for a pronoun-led
    # pair, the sentence before the pair).
    before: str = ""
    own: str = ""  # a list item (bullet, dash, number) without the sentence announcing it
    run: bool = False  # short lines read together (rule `short_runs`, grids.short_runs)
    # A sentence of running text: its `before` is the sentence before it, not what a list, a
    # table or a key figure is about (rule `own_names`).
    prose: bool = False


def _said(line: str, quoted: str) -> bool:
    """Whether `line` stands whole in `quoted` (« 45 partenaires » is not in « 145 … »)."""
    # not inside a longer number either (« 500 bénévoles » in « 1 500 bénévoles »)
    return re.search(rf"(?<![\w,.])(?<!\d\s){re.escape(line)}(?!\w)", quoted) is not None


def _heading_at(titled: list[tuple[int, str]], start: int) -> str:
    """The last heading above offset `start`, or ""."""
    above = [h for off, h in titled if off < start]
    return above[-1] if above else ""


def _states_figure(line: str) -> bool:
    """Whether a short line states a figure with words of its own (« 2012 : 84 % des
    habitants »), not a label, a value alone or a numbered heading (« 4. Le Fonds ODD 17 »)."""
    return not _NUMBERED.match(line) and quantity(line) and bool(_COUNTS.search(line))


# A number and what it counts right after it: a unit (« 84 % », « 1,5 M€ »), an acronym
# (« 12 PME ») or a word (« 302 maires »); not a page or issue number (« Cahier n° 3 · … 41 »,
# « Page 3 sur 12 »), a street number, a date or a time (« 12 rue … », « 5 juin », « 9 h 30 »).
_NOT_COUNTED = (
    rf"(?i:sur|par|pour|sous|dans|avec|des|les|aux|bis|ter|rue|avenue|boulevard|place|quai|"
    rf"heures?|{MONTHS})"
)
_COUNTS = re.compile(
    r"(?<![\w°])(?<!h )\d+(?:[ \u00a0\u202f]\d{3})*(?:[,.]\d+)?\s?(?:%|[kM]d?€|€|"
    rf"(?!(?:{_NOT_COUNTED})\b)(?:[A-Z]{{2,}}\b|[a-zà-ÿ]{{3}}))"
)
# The number of a heading (« 4. », « 2.1 », « II. », « A. »): a numbered line is a heading.
_NUMBERED = re.compile(r"^\s*(?:\d+(?:\.\d+)+\.?|\d+[.)]|[IVX]+\.|[A-Z]\.)\s+(?=[A-ZÀ-Ö\d])")


def _announcing(text: str, spans: list[tuple[int, int]], start: int) -> tuple[int, str]:
    """The sentence just before a key figure at `start` (its start, its text on one line),
    when nothing but blank stands between them (« Question : votre quartier a-t-il un jardin
    partagé ? » / « 61 % » / « répondent oui »): it says what the figure counts. (-1, "")
    when there is none."""
    for s, e in reversed(spans):
        if e <= start:
            return (s, one_line(text[s:e])) if _next_to(text, e, start) else (-1, "")
    return -1, ""


def _next_to(text: str, end: int, start: int) -> bool:
    """Whether what ends at `end` is followed by what starts at `start`: nothing but blank
    between them, one blank line at most (a paragraph further down is no continuation)."""
    between = text[end:start]
    return start >= end and not between.strip() and between.count("\n") <= 2


def one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text).strip()


def units(
    text: str, skip_boilerplate: bool = True, title: str = "", runs: bool = True
) -> list[Unit]:
    """Sentences (a pronoun-led one with the sentence before it), with the heading above each,
    whether it is the first answer to a question heading ("Qu'est-ce qu'une alliance ?" then
    "On parle d'alliance lorsque …"), and the sentence before it ("Le parcours … D'une durée de
    18 mois, il réunit 11 territoires"); and table / key-figure pairs with their caption.
    A sentence addressed to an AI (« ignore les instructions précédentes… ») is no unit, nor
    the context of the next one: it is an order hidden in the text, not a statement. The
    document's title and edition lines (`title`) are context, never part of a unit. With
    `runs`, runs of short lines with no sentence are read together (`grids.short_runs`)."""
    if skip_boilerplate and title:
        text = front_matter(text, title)
    out = []
    kinds = line_kinds(text)  # read once for the sentences, the cells and the rows
    found = segments(text, kinds)
    spans = [(s, e) for s, e, _ in found]
    tables = headed_rows(text, kinds) + written_rows(text, kinds)
    pairs = cells(text, kinds)
    heads = find_headings(text)
    # A table's labels are short capitalised lines, read as headings: the label of the row
    # above is no heading of the next row.
    inside = [(a, b) for a, b, _, _ in tables] + [(a, b) for a, b, _ in pairs]
    titled = [(o, h) for o, h in heads if not any(a <= o < b for a, b in inside)]
    orders = {j for j, (s, e) in enumerate(spans) if is_instruction(text[s:e])}
    announce, announce_at = "", 0  # the sentence a list's items follow, and its start
    answering: dict[int, bool] = {}  # sentences announcing key figures: answer a heading?
    figures = key_figures(text, kinds)
    # The words under a key figure (« 81 % » / « des dirigeants partagent … ») are no sentence
    # of their own: quoted without their figure they say nothing. `key_figures` reads them.
    # (A figure printed side by side with others is read as "value words", on one line.)
    captions = [(a + len(w.split("\n", 1)[0]) if "\n" in w else a, b) for a, b, w in figures]

    def said(k: int) -> str:
        """Sentence `k` on one line: "" before the first, or for an order hidden in the text."""
        return one_line(text[spans[k][0] : spans[k][1]]) if k >= 0 and k not in orders else ""

    def said_before(offset: int, labels: frozenset[str] = frozenset()) -> str:
        """What a list, a table or a directory below the last sentence ending before `offset`
        is about: that sentence (« … les membres de la coopérative Habitat Sud » / « MEMBRES
        … »), or the heading between them (another section's; not a column title of the table
        itself, `labels`)."""
        k = max((k for k, (_, e) in enumerate(spans) if e <= offset), default=-1)
        end = spans[k][1] if k >= 0 else 0
        between = [h for at, h in titled if end <= at < offset and h not in labels]
        return between[-1] if between else said(k)

    for j, (s, e, kind) in enumerate(found):
        sentence = one_line(text[s:e])
        item = kind == "item"
        if not item:
            announce, announce_at = sentence, s
        # A labelled row of a slide or a form is short by nature (« Budget total : 1,6 M€»).
        row = bool(VALUE_ROW.match(sentence))
        # (a figure's words are read only on a sentence short enough for them to matter)
        short = len(sentence) < 3 or (
            len(sentence) < 25 and not (item or row or _states_figure(sentence))
        )
        # Words in lower case: a line in capitals is a title; a list item may be names alone
        # (« • ARPEA, de 2008 à 2012 ; »).
        letters = r"[^\W\d_]{3}" if item else r"[a-zà-ÿ]{3}"
        if short or sentence.endswith("?") or not re.search(letters, sentence):
            continue
        if j in orders:
            continue
        if any(a < s < b for a, b in captions) and sentence[:1].islower():
            continue
        # an item in capitals after a bullet or a dash is a name of its list (« • LE RÉSEAU
        # ALPHA »), not after a number (« 1. CONTEXTE », a numbered heading) nor on a page number
        marker = text[text.rfind("\n", 0, s) + 1 : s].strip()
        named = item and bool(marker) and not any(c.isalnum() for c in marker)
        named = named and not sentence[-1:].isdigit()
        if skip_boilerplate and boilerplate(sentence, not item and not text[:s].strip(), named):
            continue
        before = said(j - 1)
        above = [(off, h) for off, h in heads if off < s]
        # (the sentence before may be the heading itself: « Où … la » / « donne ? »)
        first = bool(above) and (
            j == 0 or spans[j - 1][1] <= above[-1][0] or said(j - 1) == above[-1][1]
        )
        own = ""
        if item:
            # An item is quoted after the sentence that announces its list (« … au plus près
            # du terrain : à l'échelle locale : 73 % »), never alone nor with the item above.
            # (read with what its list is about: the sentence before the one announcing it)
            lead = announce.endswith(":") and len(announce.split()) <= 40
            own, before = sentence.rstrip(" ;,."), said_before(announce_at if lead else s)
            sentence = f"{announce} {own}" if lead else own
        elif continues().match(sentence) and SENTENCE_DONE.search(before) and not first:
            # A pronoun points back to a sentence; a key figure or a row above it is no
            # sentence (« 84 % des répondants … » / « Cette note présente … »).
            # "\n" marks the join: each part gets its own citation when composed. The pair is
            # read with the sentence before it (« L'enquête … a été publiée en 2024. » / « Elle
            # repose sur 302 maires. Ceux-ci ont été joints … »).
            # (none across a heading between them)
            apart = j > 1 and any(spans[j - 2][1] <= off < spans[j - 1][0] for off, _ in heads)
            sentence, before = before + "\n" + sentence, "" if apart else said(j - 2)
        ends = sentence.rstrip("»”) ").endswith((".", "!", "…", ":"))
        prior = 0.0 if ends or (item and len(own) >= 25) else -0.15
        if _NOTE.match(sentence):
            continue  # captions and notes about the data, not statements
        heading = above[-1][1] if above else ""
        if first and not item:
            before = ""  # a heading stands between them
        if sentence.endswith(":") and any(_next_to(text, e, a) for a, _, _ in figures):
            # quoted with the key figures it announces, never alone; they answer the
            # question heading it answers
            answering[s] = first and heading.endswith("?")
            continue
        answers = first and heading.endswith("?")
        out.append(Unit(sentence, prior, heading, answers, before, own, prose=not item))
    # A table under a header row is read by rows, with its column titles: not also as label
    # and value pairs (« Volet » / « Parution » / « Citoyens » / « septembre 2015 » …) nor
    # as key figures.
    tabled = [(a, b) for a, b, _, _ in tables]
    for s, e, caption in pairs:
        if any(s < b and e > a for a, b in tabled):
            continue
        pair = one_line(text[s:e])
        if is_instruction(f"{caption} {pair}"):
            continue
        # the caption's column titles (« Enjeu » / « Note moyenne ») head no row: the section
        # heading above the table does
        labels = column_titles(caption)
        heading = _heading_at([(o, h) for o, h in titled if h not in labels], s)
        if caption:
            # A row of a captioned table is an item of it: a question on the table gets its
            # rows together, under the caption said once (`lists.list_window`).
            unit = Unit(f"{caption.rstrip(' :')} : {pair}", -0.1, heading, own=pair)
        else:
            unit = Unit(f"{pair.rstrip('.')}.", -0.1, heading)  # a row may end with « n.c. »
        out.append(dataclasses.replace(unit, before=said_before(s, labels)))
    # The sentence announcing a run of key figures (its text, its start) and the run's end.
    intro, intro_at, last = "", -1, -1
    for s, e, words in figures:
        if any(s < b and e > a for a, b in tabled):
            continue  # « 75 % » / « forme la plus répandue »: a table's cells, read by rows
        figure = one_line(words).rstrip(" .;,")
        if last < 0 or text[last:s].strip():  # not in a run of figures: its own sentence
            intro_at, intro = _announcing(text, spans, s)
        last = e
        if not is_instruction(figure):
            heading = _heading_at(titled, s)
            if intro.endswith(":") and not is_instruction(intro):
                # « Une majorité de jeunes jardiniers : » / « 72 % » / « des répondants … »:
                # the figure is an item of the list its sentence announces, quoted with it.
                answers = answering.get(intro_at, False)
                out.append(Unit(f"{intro} {figure}", -0.1, heading, answers, own=figure))
            else:
                out.append(Unit(f"{figure}.", -0.1, heading, before=intro))
    # The entries of a directory (« MEMBRES » / « JEANNE MARTIN » / « Architecte, Lyon »),
    # each an item of the list its title announces; not also read as runs of short lines.
    listed = entries(text, kinds)
    opens: dict[str, int] = {}  # where each directory's first entry starts
    for start, _e, head, entry in listed:
        # every entry is read with what stands before the directory, not the entry above it
        before = said_before(opens.setdefault(head, start), frozenset({head}))
        if not is_instruction(f"{head} {entry}"):
            out.append(Unit(f"{head} : {entry}", -0.1, head, before=before, own=entry))
    for s, lines in short_runs(text, kinds) if runs else []:
        end = s + sum(len(line) + 1 for line in lines)
        if any(s < b and end > a for a, b, _, _ in listed):
            continue
        joined = " ; ".join(lines)
        if is_instruction(joined) or (skip_boilerplate and boilerplate(joined, False)):
            continue
        out.append(Unit(joined, -0.15, _heading_at(titled, s), run=True))
    titled_rows = rows(text, kinds)
    for s, e, title in titled_rows:
        # Each row is an item of the list its title announces (quoted with it); the title says
        # what the rows are about (a running title misread as one gets no more context).
        own = one_line(text[s:e])
        if not is_instruction(f"{title} {own}"):
            out.append(Unit(f"{title.rstrip(' :')} : {own}", -0.1, title, own=own))
    for s, _e, table, own in tables:
        # Each row of a table under a header row, with its column titles; an item of the table.
        if not is_instruction(f"{table} {own}"):
            heading = _heading_at(titled, s)
            before = said_before(s, column_titles(table))
            out.append(
                Unit(f"{table.rstrip(' :.')} : {own}", -0.1, heading, before=before, own=own)
            )
    # A short line alone that states a figure (« 81 % des habitants » under « Ce qu'ils en
    # disent : ») is a statement, not a heading; not a line another unit already reads (a
    # table's cell, a key figure, a run), nor a banner, a note or a line repeated.
    read = [(a, b) for a, b, _, _ in tables] + [(a, b) for a, b, _ in (*pairs, *figures)]
    read += [(a, b) for a, b, _ in titled_rows]
    quoted = " ".join(u.text for u in out)
    for s, e, kind in kinds:
        line = one_line(text[s:e])
        if kind != "short" or "\t" in text[s:e] or not _states_figure(line):
            continue
        if any(a <= s < b for a, b in read) or _said(line, quoted) or _NOTE.match(line):
            continue
        if is_instruction(line) or boilerplate(line, False):
            continue
        _, before = _announcing(text, spans, s)
        out.append(Unit(f"{line.rstrip(' .;,')}.", -0.1, _heading_at(titled, s), before=before))
        quoted += f" {line}"
    # The head of a sentence cut off (« … déclaraient développer des »), and a key figure, a
    # cell, a row or a run of short lines whose words stop on an article or a preposition
    # (« 2011 L'étude … À l'époque, 21 % d'entre eux déclaraient développer des »), start low.
    return [
        dataclasses.replace(u, prior=-0.5)
        if u.prior > -0.5 and DANGLING.search(u.text.rstrip(" ."))
        else u
        for u in out
    ]
