"""What one line of a page is on its own, before its neighbours are read (`layout`): a heading,
a figure alone (a value, a date of a table, an empty cell's mark), a caption, a labelled row
(« Budget total : 1,6 M€ »), a list item's bullet, dash or number, a line that ends its
sentence or one that calls for more."""

from __future__ import annotations

import re
from functools import cache

from .datafiles import read_data
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


def in_capitals(line: str, share: float = 1.0) -> bool:
    """Whether the line's letters are capitals (at least `share` of them): a name, a title or
    a running title (« NOS ACTIONS », « ÉTUDE — SYNTHÈSE »). A line without letters is not."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= share * len(letters)


def is_heading(line: str) -> bool:
    """Whether a line (stripped) looks like a section heading: short, capitalised, no final
    stop, no share or page number, no sentence ending inside it, no table row."""
    return bool(
        _HEADING.match(line)
        and len(line.split()) <= 12
        and not line.endswith((".", ",", ";", ":", "…", "&"))  # « … Entreprises & » goes on
        and not re.search(r"\d\s*%|\bp\.\s*\d", line)
        and not _INNER_STOP.search(line)
        and not TABLE_ROW.match(line)
    )


# the end of a line that goes on on the next one (« … Entreprises & » / « Territoires »)
_CONTINUES = (",", ";", ":", "-", "–", "(", "«", "’", "'", "&")
_ENDS = (".", "!", "?", "…", "»", ")", "”")
_ASIDE_END = re.compile(r"\s*\([^()]*\)$")


def without_aside(line: str) -> str:
    """A label without its closing aside (« Acteurs académiques (universités, recherche) »,
    « Structures d'intérêt général (associations, fondations…) »): how the label ends, not
    how the aside does, says whether it is a sentence."""
    return _ASIDE_END.sub("", line)


TERMINAL = re.compile(r"[.!?…][»”)]*$")
# Any number before a heading or a caption (« 3. », « 2.1 », « IV) »).
LEADING_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*|[IVX]+)[.)]?\s+")
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


@cache
def _wrapping_words() -> frozenset[str]:
    """The words after which a heading goes on in the next line (data/layout.toml)."""
    return frozenset(
        w.lower().replace("’", "'")
        for e in read_data("layout.toml")["wraps_after"]
        for w in e["words"]
    )


def wraps_after(line: str) -> bool:
    """Whether a line ends on an article, a preposition or a conjunction (data/layout.toml,
    `wraps_after`): a heading that goes on in the next line (« … moteurs des »)."""
    return re.split(r"\s", line)[-1].lower().replace("’", "'") in _wrapping_words()


def calls_for_more(line: str) -> bool:
    """Whether the line ends on a word that calls for more (« … des partenariats entre les »):
    a line of running text or of a cell that goes on in the next one."""
    return fold(line.rsplit(" ", 1)[-1].lower()) in STOP_WORDS


# A bullet glyph opening a list item. Some PDFs map it to a C1 control (\x83) or to a private
# use code point (Symbol and Wingdings fonts); none of them is ever a letter of the text.
_BULLETS = "•▪●◦■□❑✓✔➢➤►▸▶→○·◆◇♦\x83\x95\uf0a7\uf0b7\uf0d8\uf0fc\uf076"
_GLYPH = re.compile(rf"[{_BULLETS}]")
GLYPH = _GLYPH  # a bullet glyph (« • », « ▸ », …), public for the finder's headings
_ITEM_FORMS = (
    rf"[{_BULLETS}]\s*"
    r"|[-–—*]\s+"  # a dash or a star then a space
    r"|[oO]\s+(?=[a-zà-ÿ])"  # "o" / "O": how pypdf reads some fonts' round bullet
    r"|\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+(?=\S)"  # 1. 2) (3) a) (ii)
)
_ITEM = re.compile(rf"^(?:{_ITEM_FORMS})")
# A questionnaire's tick box and the answer's code (« ☐ 2 Non »): items for the figures table,
# which reads answers' shares; answers and passages keep the line as printed (a quiz's « ☐ a)
# 2004 » is read whole).
TICK_BOXES = "☐☑☒"
# « › collectivités : 89 % »: a chevron opens an item for the figures table too (its lists of
# shares); answers and passages keep reading it as printed, like the tick boxes.
_CHEVRON = r"›\s+"
_TICKED_ITEM = re.compile(
    rf"^(?:[{TICK_BOXES}]\s*(?:\d{{1,2}}\s+(?=[A-ZÀ-Ö]))?|{_CHEVRON}|{_ITEM_FORMS})"
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
# A value after a colon (« sur le sport : 31 % »): a row of its own, whatever its case.
VALUE_AFTER_COLON = re.compile(r"\s:\s+\S*\d")
# An amount in a line of running text (« 62 % », « 3 500 », « 2,4 M€ »), not a year.
AMOUNT = re.compile(r"\d\s?(?:%|€|M€|k€)|\b\d{1,3}(?:[ \u00a0\u202f]\d{3})+\b")


# Lines opening on one capital letter and the same word, as a spelled-out acronym's lines do
# (« D comme Données » / « O comme Outils »): that « O » is a letter, not pypdf's reading of a
# round bullet.
_LETTER_LINE = re.compile(r"([A-ZÀ-Ö])\s+(\w+)")


def item_marker(line: str, before: str = "", ticks: bool = False) -> int:
    """Length of the bullet, dash or number that opens a list item on this line (0: none);
    `before`, the line above it; `ticks`: a tick box and its answer code open one too."""
    m = (_TICKED_ITEM if ticks else _ITEM).match(line)
    if m and line[:1] == "O":
        above, this = _LETTER_LINE.match(before.strip()), _LETTER_LINE.match(line)
        if above and this and above.group(1) != "O" and above.group(2) == this.group(2):
            return 0
    return m.end() if m else 0


# The second line of a heading wrapped after an article, a preposition or a conjunction: a few
# words in lowercase, no stop, no page number at its end (a table of contents).
HEADING_TAIL = re.compile(r"[a-zà-ÿ][^.!?…:;\n]{0,50}(?<!\d)")
# The same ending a question heading (« Où les alliances changeraient-elles la » / « donne ? »):
# one heading for the sentences under it (headings.py); the lines stay read as one sentence
# (layout.py), as the figures table reads the section they are in.
QUESTION_TAIL = re.compile(r"[a-zà-ÿ][^.!?…:;\n]{0,50}(?<!\d)\s?\?")
# The end of a table of contents' entry wrapped over two lines: words, then the page number,
# after a space, dot leaders or « p. » (« collectivités 12 », « collectivités ....... p. 12 »).
CONTENTS_TAIL = re.compile(r"[a-zà-ÿ][^!?…:;\n]{0,60}?(?:\s|\.)(?:p\.\s?)?\d{1,3}")
