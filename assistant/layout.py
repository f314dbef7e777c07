"""How a page's lines make answerable units: prose sentences across wrapped lines, list items
(a bullet, a dash or a number opens the line, or a bullet glyph stands alone on the line before
the item), rows of a slide or a form ("Budget total : 1,6 M€", ended by a line that stops short
of the column's width), label + value pairs of tables and key-figure boxes, the rows of a table
of words that ingest wrote one per line; and headings. Punctuation alone cuts prose only: the
layout says where a list item or a row ends."""

from __future__ import annotations

import itertools
import re

from .text import MONTHS, STOP_WORDS, fold

# A sentence ends inside the line (« … politique. Lors du FNAF 2019, Gabriel »): running text
# wrapped at the column's edge, not a heading (a heading is one phrase).
_INNER_STOP = re.compile(r"[a-zà-ÿ]{2}[.!?…]»?\s+[«A-ZÀ-ÖØ-Þ]")
# A table's row written on one line, its cells after their column's title (« Groupe La Poste —
# Nature : entreprise »; ingest/text_tables.py, headed_tables.py): a row, never a heading.
TABLE_ROW = re.compile(r"^[^\n—:]{1,80} — [^\n—:]{1,60} : \S")
# A heading may open on its section's year or period (« 3. 2018-2022 : CAPRA, mesurer les
# effets », « 5. 2020 : des données pour repartir »).
# The opening of a heading on its section's year or period (« 3. 2018-2022 : », « II. 2020 — »),
# then a word that is no count's plural noun (« 2000 : personnes interrogées » is a key figure)
# and no other year further on (« 2019 : mission confiée · 7 mai 2020 : … » is a timeline's
# row). Groups: the year, the period's end.
DATED_OPENING = (
    r"(?:[0-9IVX]+[.)]\s+)?((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?\s*[:—–]\s+"
    r"(?![^\n]*(?<!\d)(?:19|20)\d\d(?!\d))"
    r"(?!(?!(?:des|les|ses|ces|mes|tes|nos|vos|leurs|aux|dans|sous|sans|plus|très|vers|"
    r"après|depuis)\b)[a-zà-ÿ]+[sx]\b)"
)
_HEADING = re.compile(
    rf"^(?:(?:[0-9IVX]+[.)]\s+)?[A-ZÀ-ÖØ-Þ«]|{DATED_OPENING}[^\W\d_«])[^\n]{{2,90}}$"
)


def find_headings(text: str) -> list[tuple[int, str]]:
    """(offset, line) of lines that look like section headings: short, capitalised, no final
    stop, no sentence ending inside them."""
    found = []
    offset = 0
    lines = text.split("\n")
    # the column titles of a table of words written a row per line are no heading
    tabled = written_tables(lines) if " / " in text else {}
    for i, line in enumerate(lines):
        stripped = line.strip()
        if i not in tabled and is_heading(stripped):
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if calls_for_more(stripped) and _HEADING_TAIL.fullmatch(nxt):
                # « Les fondations, catalyseurs des » / « alliances territoriales »: one heading
                stripped = f"{stripped} {nxt}"
            found.append((offset, stripped))
        offset += len(line) + 1
    return found


# The second line of a heading wrapped after a word that calls for more: a few words in
# lowercase, no stop.
_HEADING_TAIL = re.compile(r"[a-zà-ÿ][^.!?…:;\n]{0,50}")


def is_heading(line: str) -> bool:
    """Whether a line (stripped) looks like a section heading: short, capitalised, no final
    stop, no share or page number, no sentence ending inside it, no table row."""
    return bool(
        _HEADING.match(line)
        and len(line.split()) <= 12
        and not line.endswith((".", ",", ";", ":", "…"))
        and not re.search(r"\d\s*%|\bp\.\s*\d", line)
        and not _INNER_STOP.search(line)
        and not TABLE_ROW.match(line)
    )


_CONTINUES = (",", ";", ":", "-", "–", "(", "«", "’", "'")
_ENDS = (".", "!", "?", "…", "»", ")", "”")
_ASIDE_END = re.compile(r"\s*\([^()]*\)$")


def without_aside(line: str) -> str:
    """A label without its closing aside (« Acteurs académiques (universités, recherche) »,
    « Structures d'intérêt général (associations, fondations…) »): how the label ends, not
    how the aside does, says whether it is a sentence."""
    return _ASIDE_END.sub("", line)


TERMINAL = re.compile(r"[.!?…][»”)]*$")
NUMERIC = re.compile(
    # A footnote call may follow the value (« 6,6 ¹ », « 42 % * »).
    # « Plus de 2 000 » / « personnes interrogées »: a key figure said as a floor.
    # The value is read once, atomically: with the spaces it may end on read again by what
    # follows, a line of a year then many spaces took seconds (catastrophic backtracking).
    r"^(?:(?:plus|près|moins) de\s)?[+<>≈~]?\s*(?:de\s)?(?>[\d\s.,]+)(?:%|€|M€|k€|/\s?10|ans?|millions?)?"
    r"\s*[¹²³⁴⁵⁶⁷⁸⁹*]?$"
    rf"|^(?:(?:\d{{1,2}}|1er)\s)?(?:{MONTHS})\.?\s\d{{4}}$",  # dates in tables
    re.I,
)
# The mark of a table cell left empty: not communiqué, non disponible, sans objet, a dash.
NO_VALUE = re.compile(r"(?i:n\.?\s?[cdsa]\.?|nc|nd|ns|s\.o\.|—|–|-)")
# A date cut by a line end after its day: « publiée le 23 » / « septembre 2014 ».
_DAY_END = re.compile(r"(?<![\d,.])\b(?:\d{1,2}|1er)$")
_MONTH_START = re.compile(rf"^(?i:{MONTHS})\b")
# … or after its month: « remises le 7 mai » / « 2020. ».
_MONTH_END = re.compile(rf"(?<![\w-])(?i:{MONTHS})$")
_YEAR_START = re.compile(r"^(?:19|20)\d{2}\b")
# A year that ends a sentence on its own line (« … au début de l'année » / « 2014. »).
_YEAR_STOP = re.compile(r"(?:19|20)\d{2}[.!?…]")
_WRAPPED_END = re.compile(r"^[^\s.!?…]{1,30}[.!?…](?:\s|$)")
# Opening with a capital: « Tableau 2 – … », « CHIFFRES CLÉS »; a wrapped line of prose that
# starts with « tableau reproduit … » is no caption.
CAPTION = re.compile(r"^(?=[A-ZÀ-Ö])(?i:Tableau|Figure|Graphique|Encadré|Chiffres clés)\b")


def calls_for_more(line: str) -> bool:
    """Whether the line ends on a word that calls for more (« … des partenariats entre les »):
    a line of running text or of a cell that goes on in the next one."""
    return fold(line.rsplit(" ", 1)[-1].lower()) in STOP_WORDS


def _lines(text: str) -> list[tuple[int, int]]:
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, offset + len(line)))
        offset += len(line) + 1
    return out


def _typical_width(text: str, spans: list[tuple[int, int]]) -> int:
    """The column's width: the median width of the lines a sentence wraps from (the next line
    goes on in lowercase), which are full; with fewer than three of them, the widest of them or
    the third quartile of all widths (a page of slide rows or key figures has few wrapped
    lines, and many short ones)."""
    lines = [text[s:e].strip() for s, e in spans]
    wrapped = sorted(
        len(line) for line, nxt in itertools.pairwise(lines) if line and nxt[:1].islower()
    )
    if len(wrapped) >= 3:
        return max(wrapped[len(wrapped) // 2], 40)
    widths = sorted(len(line) for line in lines if line)
    # One or two wrapped lines: the widest of them, if wider than most lines.
    return max(widths[int(len(widths) * 0.75)] if widths else 0, *wrapped[-1:], 40)


# A bullet glyph opening a list item. Some PDFs map it to a C1 control (\x83) or to a private
# use code point (Symbol and Wingdings fonts); none of them is ever a letter of the text.
_BULLETS = "•▪●◦■□❑✓✔➢➤►▸▶→○·◆◇♦\x83\x95\uf0a7\uf0b7\uf0d8\uf0fc\uf076"
_GLYPH = re.compile(rf"[{_BULLETS}]")
GLYPH = _GLYPH  # a bullet glyph (« • », « ▸ », …), public for the finder's headings
_ITEM = re.compile(
    rf"^(?:[{_BULLETS}]\s*"
    r"|[-–—*]\s+"  # a dash or a star then a space
    r"|[oO]\s+(?=[a-zà-ÿ])"  # "o" / "O": how pypdf reads some fonts' round bullet
    r"|\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+(?=\S))"  # 1. 2) (3) a) (ii)
)
# "Budget total : 1,6 M€", "Durée : 3 ans": a label, a colon, its value — one row of a form.
_LABEL = r"^[A-ZÀ-ÖØ-Þ][^:.!?]{1,50}\s:\s+"
_LABELLED = re.compile(_LABEL + r"\S")
# « Mise en page et logo - Anne Durand »: a task, a dash, the person who did it (credits).
_CREDIT = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][^:.!?–—-]{1,50}\s[-–—]\s[A-ZÀ-ÖØ-Þ][\w’'-]+\s[A-ZÀ-ÖØ-Þ][\w’'-]+$"
)
# A labelled row whose value is a figure (« Budget total : 1,6 M€ »).
VALUE_ROW = re.compile(_LABEL + r"\S*\d")


# Lines opening on one capital letter and the same word, as a spelled-out acronym's lines do
# (« D comme Données » / « O comme Outils »): that « O » is a letter, not pypdf's reading of a
# round bullet.
_LETTER_LINE = re.compile(r"([A-ZÀ-Ö])\s+(\w+)")


def item_marker(line: str, before: str = "") -> int:
    """Length of the bullet, dash or number that opens a list item on this line (0: none);
    `before`, the line above it."""
    m = _ITEM.match(line)
    if m and line[:1] == "O":
        above, this = _LETTER_LINE.match(before.strip()), _LETTER_LINE.match(line)
        if above and this and above.group(1) != "O" and above.group(2) == this.group(2):
            return 0
    return m.end() if m else 0


# Each line of a text: (start, end, kind), as `line_kinds` reads them.
Kinds = list[tuple[int, int, str]]
MAX_TITLES = 4  # columns of a table of words written a row per line


def written_tables(lines: list[str]) -> dict[int, int]:
    """The rows of the tables of words that ingest writes a row per line (ingest/
    text_tables.py): the column titles joined by « / » on one line, then each row, its first
    cell, then the others after their title (« Groupe La Poste — Nature : entreprise »).
    Line index of each row (and header) → line index of its header; two rows at least."""
    out: dict[int, int] = {}
    for i, line in enumerate(lines):
        titles = line.strip().split(" / ")
        if not 2 <= len(titles) <= MAX_TITLES or i in out:
            continue
        said = " ; ".join(f"{re.escape(t)} : [^\n]+?" for t in titles[1:])
        row = re.compile(rf"[^\n—]+? — {said}")
        j = i + 1
        while j < len(lines) and row.fullmatch(lines[j].strip()):
            j += 1
        if j - i > 2:
            out.update(dict.fromkeys(range(i, j), i))
    return out


def line_kinds(text: str) -> Kinds:
    """Each line with its kind: "prose" (part of running text, a list item, a labelled row),
    "short" (heading, table cell, caption, key figure), "row" (a row of a table of words
    written on one line, `written_tables`) or "blank"."""
    spans = _lines(text)
    width = _typical_width(text, spans)
    widest = max((e - s for s, e in spans), default=0)
    # What each line is on its own, read once: each is also the line before or after another.
    lines = [text[s:e].strip() for s, e in spans] + [""]
    numeric = [bool(NUMERIC.match(line)) for line in lines]
    written = written_tables(lines) if " / " in text else {}
    out: list[tuple[int, int, str]] = []
    prev, prev_line = "blank", ""
    for i, (s, e) in enumerate(spans):
        line = lines[i]
        if i in written:
            # A table's header or row written on one line: read as a row of its table
            # (headed_tables.written_rows), neither prose nor cells.
            out.append((s, e, "row"))
            prev, prev_line = "short", line
            continue
        if not line:
            out.append((s, e, "blank"))
            prev, prev_line = "blank", ""
            continue
        nxt = lines[i + 1]
        long_line = len(line) >= 0.6 * width
        # « le 7 mai » / « 2020. », « l'année » / « 2014. »: in running text, a date cut before
        # its year, not a label above its figure (« Date de création » / « 2014. » on a slide)
        year_next = (long_line or (prev == "prose" and len(line.split()) > 3)) and (
            bool(_MONTH_END.search(line) and _YEAR_START.match(nxt))
            or bool(_YEAR_STOP.fullmatch(nxt))
        )
        numeric_next = bool(nxt) and numeric[i + 1] and not numeric[i] and not year_next
        open_end = calls_for_more(line)
        continues = (
            line.endswith(_CONTINUES)
            or open_end
            or (bool(nxt) and nxt[:1].islower() and not numeric[i] and not NO_VALUE.fullmatch(nxt))
            or bool(_DAY_END.search(line) and _MONTH_START.match(nxt))  # « le 23 » / « septembre »
            or year_next
        )
        date_tail = bool(_MONTH_START.match(line) and _DAY_END.search(prev_line))
        ends_sentence = bool(TERMINAL.search(line)) and (len(line.split()) > 3 or prev == "prose")
        after_break = prev != "prose" or prev_line.endswith(_ENDS)
        # « La direction scientifique est confiée à Anne » / « Robin. Fondatrice … »: a
        # sentence ending with the next line's first word, not a heading above it.
        heads = (
            after_break
            and nxt[:1].isupper()
            and not open_end
            and not _WRAPPED_END.match(nxt)
            and is_heading(line)
        )
        marker = item_marker(line, prev_line)
        listed = (marker and marker < len(line)) or bool(_GLYPH.fullmatch(prev_line))
        # « 9. Des territoires pilotes » between two paragraphs is a numbered heading, not a
        # list of one item: no item stands before or after it.
        lone_number = (
            bool(marker)
            and line[:1].isdigit()
            and not item_marker(prev_line)
            and not item_marker(nxt)
        )
        # « 84 % des répondants sont maires d'une commune de moins de 2 000 » / « habitants » /
        # « 91 % »: a line opening in lowercase after a line of prose that has not ended its
        # sentence ends that sentence, even short and above a figure; it is no label of the
        # figure, no heading, no cell. Not a row of values (« sur la précarité : 36 % » / « sur
        # l'éducation : 36 % »), nor a table's cell ending on its value.
        tail = (
            prev == "prose"
            and line[:1].islower()
            and not prev_line.endswith(_ENDS)
            and not marker
            and not _VALUE_AFTER_COLON.search(prev_line)
            and not _VALUE_AFTER_COLON.search(line)
            and not line[
                -1:
            ].isdigit()  # « … droit de » / « l'alliance » / « sans date 92 »: a cell
        )
        if heads and lone_number:
            kind = "short"
        elif tail:
            kind = "prose"
        elif _GLYPH.fullmatch(line) or (listed and not NUMERIC.match(line[marker:])):
            kind = "prose"  # a list item, or the glyph standing alone before one
        elif CAPTION.match(line) or (
            numeric_next and not without_aside(line).endswith(_CONTINUES + _ENDS)
        ):
            kind = "short"
        elif (
            _LABELLED.match(line)
            or _CREDIT.match(line)
            or (
                (
                    ((long_line or continues) and not _cell_wrap(line, prev, nxt, width, widest))
                    or ends_sentence
                    or date_tail
                )
                and not heads
            )
        ):
            kind = "prose"
        else:
            kind = "short"
        out.append((s, e, kind))
        prev, prev_line = kind, line
    return out


# A value after a colon (« sur l'emploi : 49 % »): a row of its own, whatever its case.
_VALUE_AFTER_COLON = re.compile(r"\s:\s+\S*\d")


def _cell_wrap(line: str, prev: str, nxt: str, width: int, widest: int) -> bool:
    """A short line that goes on to the next one inside a narrow cell (a table's header
    « Part estimant que les partenariats ont un » / « impact fort »), between short lines:
    running text only wraps when its line is full."""
    return (
        prev == "short"
        and len(line) <= 0.5 * widest  # a cell, not a line of the page's running text
        and 0 < len(nxt) < 0.6 * width
        and not TERMINAL.search(nxt)
        and not line.endswith(_ENDS + _CONTINUES)  # « … autour du RAMEAU : » announces a list
        and not _SENTENCE_INSIDE.search(line)
    )


_SENTENCE_INSIDE = re.compile(r"[.!?…] +[A-ZÀ-Ý]")
