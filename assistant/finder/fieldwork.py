"""When a document's survey was made: « l'enquête a été conduite en mai et juin 2016 »,
« un baromètre … réalisé à la fin de l'année 2017 », « (données septembre 2021) ». A figure
whose sentence gives no year refers to its survey's fieldwork, which often precedes the
publication date by a year; the words live in assistant/data/figure_words.toml."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..text import MONTHS, SEASONS, fold_lower
from .headings import according_years, heading_periods, source_years
from .vocabulary import folded_words, vocabulary

_YEAR = r"((?:19|20)\d\d)(?![\d\w])"
# Years from a survey's fieldwork to its publication, at most: an older survey the document
# quotes does not date the whole document (it still dates its own section).
MAX_FIELDWORK_LAG = 2
_MONTH = rf"(?:(?:\d{{1,2}}|1er)\s+)?(?:{MONTHS})"
# « mai-juin 2016 », « mai et juin 2016 », « de novembre 2020 »: months before the year.
_MONTHS_BEFORE = rf"(?:(?:de\s+|d['’]\s*)?{_MONTH}(?:\s*(?:-|–|et|à|au)\s*{_MONTH})?\s+)?"
_NOT_A_LIST = r"(?!\s*(?:,|et|à|-)\s*(?:19|20)\d\d)"  # « données 2018, 2019 et 2020 »: no one year


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _statement_re() -> re.Pattern[str]:
    vocab = vocabulary()
    nouns, verbs = _alternation(vocab.survey_nouns), _alternation(vocab.survey_verbs)
    dated = _alternation(vocab.fieldwork_nouns | vocab.data_words)
    as_of = _alternation(vocab.words("as_of_nouns"))
    return re.compile(
        # « l'enquête a été conduite en mai et juin 2016 »: the first year after the verb
        # (« menées en 2015 et 2016 »: the fieldwork started in 2015), not one it recurs since.
        rf"(?<![\w])(?:{nouns})(?![\w])(?:[^.!?;]{{0,120}}?(?<![\w])(?:{verbs})(?![\w])"
        # (rule `day_dates`: the days of « menée … du 30 septembre au 28 octobre 2024 »)
        rf"(?:[^.!?;\d]|(?<![\d\w])(?:\d{{1,2}}|1er)(?=\s+(?:{MONTHS})\b)){{0,60}}?"
        rf"(?<!depuis )(?<!dès )(?<!partir de )(?<![\d\w]){_YEAR}"
        # « L'étude IMPACT-Elus locaux de novembre 2020 avait été réalisée par … »: the date
        # named with the survey, then its fieldwork verb
        rf"|[^.!?;]{{0,60}}?\bde\s+{_MONTHS_BEFORE}{_YEAR}"
        rf"[^.!?;\d]{{0,40}}?(?<![\w])(?:{verbs})(?![\w]))"
        # « enquête mai-juin 2016 », « (données septembre 2021) »: one year, not a list of them.
        # « l'enquête de 2016 »: the survey named by its year.
        rf"|(?<![\w])(?:{dated})(?:\s+(?:de\s+)?{_MONTHS_BEFORE}{_YEAR}{_NOT_A_LIST}"
        # « terrain : du 30 septembre au 28 octobre 2024 »: a labelled fieldwork period
        rf"|\s*:\s*(?:du|de|d['’])\s[^.!?;\n\d]{{0,12}}"
        rf"(?:\d{{1,2}}\s[^.!?;\n\d]{{0,25}}){{0,2}}(?<![\d\w]){_YEAR}"
        # « (terrain : automne 2023 ; parution : février 2024) », « terrain : janvier-février
        # 2024 », « terrain : 2022-2023 »: a labelled fieldwork date (rule `labelled_fieldwork`)
        rf"|\s*:\s*(?:(?:{SEASONS})\s+|{_MONTH}(?:\s*[-–]\s*{_MONTH})?\s+)?{_YEAR}"
        r"(?!\s*(?:,|et)\s*(?:19|20)\d\d))"  # a period, not a list (« données : 2018, 2019 »)
        # « questionnaire en ligne ouvert du 18 novembre au 20 décembre 2024 »: a survey open
        # over days (rule `open_period`; not « une plateforme ouverte en 2019 »)
        rf"|(?<![\w])(?:{nouns})(?![\w])[^.!?;]{{0,60}}?\bouverte?s?\s+du\s+(?:1er|\d{{1,2}})\s+"
        rf"(?:{MONTHS})(?:\s+(?:19|20)\d\d)?\s+au\s+(?:1er|\d{{1,2}})\s+(?:{MONTHS})\s+{_YEAR}"
        # « Effectifs au 1er janvier 2025 »: data as of a day (rule `as_of_day`)
        rf"|(?<![\w])(?:{as_of})\s+au\s+(?:1er|\d{{1,2}})\s+(?:{MONTHS})\s+{_YEAR}",
        re.I,
    )


_CLAUSE_END_RE = re.compile(r"[.!?;]")
_PERIOD_END_RE = re.compile(r"\s*[-–]\s*((?:19|20)\d\d)(?![\d\w])")
_YEAR_DIGITS_RE = re.compile(r"(?:19|20)\d\d")


def _in_dated_clauses(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose matches print a year and hold no « . »,
    « ! », « ? » or « ; » (the fieldwork and publication statements, their words included):
    it is tried only in the clauses that print a year (most clauses of a page print none,
    and a pattern opening on a word list is slow to try everywhere)."""
    ends: list[int] | None = None  # where clauses end, found once (not once per year)
    done = 0
    for year in _YEAR_DIGITS_RE.finditer(text):
        if year.start() < done:
            continue
        if ends is None:
            ends = [m.start() for m in _CLAUSE_END_RE.finditer(text)]
        i = bisect_left(ends, year.start())
        start = ends[i - 1] + 1 if i else 0
        j = bisect_left(ends, year.end())
        done = ends[j] if j < len(ends) else len(text)
        yield from pattern.finditer(text, start, done)


def survey_years(text: str, doc_year: str = "") -> list[tuple[int, str]]:
    """(position, year) of each statement of a survey's fieldwork in `text`. A year after the
    document's own is a plan, not fieldwork, and is left out."""
    return [(p, y) for p, y, _ in _statements(text, doc_year)]


@lru_cache(maxsize=256)  # read for the whole document, then again for each page with figures
def _statements(text: str, doc_year: str) -> tuple[tuple[int, str, str], ...]:
    """(position, year, name of the study or "") of each fieldwork statement."""
    out = []
    for m in _in_dated_clauses(_statement_re(), text):
        year = next(g for g in m.groups() if g)
        later = _PERIOD_END_RE.match(text, m.end())
        if later and ":" in m.group() and year < later.group(1):
            year = f"{year}-{later.group(1)}"  # « (terrain : 2022-2023 ; … »: the period
        if not doc_year or year[:4] <= doc_year:
            name = _NAME_RE.match(text, m.start()) or _NAME_BEFORE_RE.search(
                text, max(0, m.start() - 80), m.start()
            )
            out.append((m.start(), year, name.group("name") if name else ""))
    return tuple(out)


def document_survey_year(pages: Iterable[str], doc_year: str = "", title: str = "") -> str:
    """The fieldwork year of a document when all its statements agree on one, else ""
    (a report quoting several surveys has no single default). A statement about another
    named study (« l'étude IMPACT-Elus locaux, réalisée en novembre 2020 » in a document
    titled « IMPACT – Associations & Territoires ») dates that study's figures, not the
    document's. With no fieldwork statement, the publication of the study the title names
    (rule `own_study_published`)."""
    own = {w for w in _name_words(title)}
    if own & folded_words("reporting_titles"):
        return ""  # rule `reporting_title`: an event's synthesis, an opinion, a review
    pages = list(pages)
    years = {
        y
        for text in pages
        for _, y, name in _statements(text, doc_year)
        if (not name or not own or set(_name_words(name)) <= own) and not _older(y, doc_year)
    }
    if not years and own:
        years = {y for text in pages for y in _own_publications(text, own, doc_year)}
    return years.pop() if len(years) == 1 else ""


LOOK_BACK_FOR_NAME = 80  # characters before a publication verb where its study is named
_SENTENCE_START_RE = re.compile(r"[.!?;\n]")  # the study is named in the verb's sentence


def _own_publications(text: str, own: set[str], doc_year: str) -> Iterator[str]:
    """Rule `own_study_published`: the years a document gives for the publication of the study
    its title names (a « Fiche repère PHARE-Citoyens » updated in 2016: « l'étude Citoyens a
    été rendue publique en septembre 2015 »): with no fieldwork statement, the study's
    publication dates the figures the document quotes from it, not the update's date."""
    for at, year in publication_years(text):
        before = _SENTENCE_START_RE.split(text[max(0, at - LOOK_BACK_FOR_NAME) : at])[-1]
        nouns = list(_survey_noun_re().finditer(before))
        name = _NAME_RE.match(before, nouns[-1].start()) if nouns else None
        words = set(_name_words(name.group("name"))) if name else set()
        if (
            words
            and words <= own
            and not _older(year, doc_year)
            and not (doc_year and year > doc_year)
        ):
            yield year  # (a year after the document's is a plan: « sera publié en 2020 »)


@cache
def _survey_noun_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{_alternation(vocabulary().survey_nouns)})(?![\w])", re.I)


def _older(year: str, doc_year: str) -> bool:
    """Whether a fieldwork year is too far before the publication to be its survey's: « pour
    comparaison : l'enquête de 2016 » in a 2021 note is another, older survey."""
    return bool(doc_year) and int(doc_year) - int(year[:4]) > MAX_FIELDWORK_LAG


# « étude IMPACT-Elus locaux », « enquête PHARE-Citoyens »: a survey noun then a name (words
# that start with a capital, joined by « - », « – », « & »).
_NAME_RE = re.compile(
    r"\w+\s+(?:«\s*)?(?P<name>[A-ZÀ-Ý][\w’'.]*(?:(?:\s*[-–&]\s*|\s+)[A-ZÀ-Ý0-9][\w’'.]*)*)"
)


# « IMPACT-Elus locaux : l'étude réalisée … »: the name before the noun, in a glossary line.
_NAME_BEFORE_RE = re.compile(
    r"(?:^|\n)(?P<name>[A-ZÀ-Ý][\w’'.-]*(?:\s+[\w’'.-]+){0,3})\s*:\s*(?:l['’]\s*|la\s+|le\s+)?$"
)


def _name_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]{3,}", fold_lower(name))]


@cache
def _publication_re() -> re.Pattern[str]:
    verbs = _alternation(vocabulary().words("publication_verbs"))
    return re.compile(
        rf"(?<![\w])(?:{verbs})(?![\w])\s+(?:le\s+|en\s+|à\s+l['’]\s*|au\s+|dans\s+)?"
        rf"[^.!?;\d]{{0,25}}?(?:\d{{1,2}}\s+|1er\s+)?[^.!?;\d]{{0,15}}?(?<![\d\w]){_YEAR}",
        re.I,
    )


@cache
def _dated_opening_re() -> re.Pattern[str]:
    nouns = _alternation(vocabulary().survey_nouns)
    return re.compile(
        rf"(?:^|(?<=[.!?…])\s+|\n)En\s+(?:(?:{MONTHS})\s+)?{_YEAR}\s*,\s*"
        rf"(?:l['’]\s*|la\s+|le\s+|les\s+|une?\s+|cette\s+|ce\s+)?(?:{nouns})(?![\w])",
        re.I,
    )


def dated_openings(text: str) -> list[tuple[int, str]]:
    """(position, year) of each sentence opening on the date of the study it names (« En
    novembre 2020, l'étude IMPACT-Elus locaux … »; rule `dated_opening`): like « publiée en
    novembre 2020 », it dates its section."""
    return [(m.start(), m.group(1)) for m in _in_dated_clauses(_dated_opening_re(), text)]


# « sera publié en 2017 », « seront publiés », « doit être publiée »: a plan, not a publication
_FUTURE_BEFORE_RE = re.compile(
    r"\b(?:sera|seront|serait|seraient|devrait|devraient|doit|doivent|va|vont)\s+(?:être\s+)?$",
    re.I,
)


def reported_year(texts: Iterable[str]) -> str:
    """The latest year a document says something was published in (rule
    `reported_publication`): not one it announces (« sera publié en 2017 »), else ""."""
    return max(
        (
            y
            for text in texts
            for p, y in publication_years(text)
            if not _FUTURE_BEFORE_RE.search(text, max(0, p - 20), p)
        ),
        default="",
    )


def publication_years(text: str) -> list[tuple[int, str]]:
    """(position, year) of each « publié le 29 novembre 2016 » of `text` (a past participle:
    never a plan, whatever the document's own date)."""
    return [(m.start(), m.group(1)) for m in _in_dated_clauses(_publication_re(), text)]


@cache
def _dated_label_re() -> re.Pattern[str]:
    nouns = _alternation(vocabulary().words("survey_nouns"))
    return re.compile(
        rf"^[ \t]*(?:[•·▪‣○●■□➢→▸►▶➤–—*-][ \t]*)?(?:[^\W\d_]{{3,9}}\.?[ \t]+)?{_YEAR}[ \t]*:[ \t]*"
        rf"(?:l['’]\s*|une?\s+|la\s+|le\s+)?(?:{nouns})(?![\w])",
        re.I | re.M,
    )


def dated_labels(text: str) -> list[tuple[int, str]]:
    """(position, year) of each line that opens on a date labelling a study (« • Nov. 2020 :
    étude IMPACT-Élus locaux »): like « publiée en novembre 2020 », it dates its section."""
    if ":" not in text:
        return []
    return [(m.start(), m.group(1)) for m in _dated_label_re().finditer(text)]


@dataclass(frozen=True)
class SectionDates:
    """What dates the figures of a page's sections, in order: a fieldwork statement, else the
    publication of the study the section is about (« publiée en mars 2017 », « • Nov. 2020 :
    étude … », not the document's own year), else the period its heading ends with
    (« 4. Le temps d'IMPACT (2018-2022) »), else the year the page's title sets off."""

    statements: list[tuple[int, str]]
    published_in: list[tuple[int, str]]
    headed: list[tuple[int, str]]
    published: str  # the document's year
    others: list[int] = field(default_factory=list)  # « les autres volets », where printed
    same: list[int] = field(default_factory=list)  # « dans la même enquête », where printed
    # a timeline's column dates: (start, end, year), `headings.column_years`
    columns: list[tuple[int, int, str]] = field(default_factory=list)
    title: str = ""  # the year the page's title gives (rule `page_title_year`)

    @classmethod
    def of(
        cls,
        text: str,
        published: str,
        named: list[tuple[int, str]],
        columns: list[tuple[int, int, str]] | None = None,
        title: str = "",
        reported: str = "",
    ) -> SectionDates:
        """`named`: heading lines naming a part of a publication calendar, with its year;
        `columns`: the dates heading a timeline's columns (`headings.column_years`); `title`:
        the year the page's title sets off (`titles.page_titles`), not the document's."""
        return cls(
            # a document is no older than what it says was published (`reported`): fieldwork
            # up to that year is no plan (rule `reported_publication`)
            survey_years(text, max(published, reported) if published else ""),
            sorted(publication_years(text) + dated_labels(text) + dated_openings(text)),
            sorted(heading_periods(text) + source_years(text) + according_years(text) + named),
            published,
            [m.start() for m in _other_parts_re().finditer(text)] if "autre" in text else [],
            [m.start() for m in _same_survey_re().finditer(text)] if "MÊME" in text.upper() else [],
            columns or [],
            title if title != published else "",
        )

    def year(self, section: int, at: int, until: int = -1) -> str:
        """The year or period dating a figure at `at` in the section starting at `section`, "".
        Rule `other_parts`: a study's publication does not date what follows a mention of its
        other parts (« PHARE-Institutions … a été rendu public le 29 novembre 2016. … Les
        autres volets aboutissaient à des niveaux proches (81 %) », up to `until`)."""
        until = max(at, until)
        # a timeline's column or entry the figure stands in starts after what was said above
        # it: a statement printed before the entry does not date it (rule `entry_years`)
        entry = max((p for p, end, _ in self.columns if p < at < end), default=-1)
        section = max(section, entry)
        for found, skip in (
            (self.statements, ""),
            (self.published_in, self.published),
            (self.headed, ""),
        ):
            here = [
                y
                for p, y in found
                if section <= p < at
                and y != skip
                and not (
                    self.others
                    and found is self.published_in
                    and any(p < o < until for o in self.others)
                )
            ]
            if here:
                return here[-1]
        column = [y for p, end, y in self.columns if p < at < end]
        if column:  # rule `column_year`: under a timeline's date, across the breaks below it
            return column[-1]
        if section and any(section <= p < until for p in self.same):
            # Rule `same_survey`: a section that goes back to « la même enquête » is dated
            # like the sections before it.
            return self.year(0, section)
        return self.title


@cache
def _same_survey_re() -> re.Pattern[str]:
    """« la même enquête », « ce même sondage » (data file `same_survey_words`)."""
    words = "|".join(
        r"\s+".join(map(re.escape, w.split())) for w in vocabulary().words("same_survey_words")
    )
    return re.compile(rf"\b(?:{words})\b", re.I)


@cache
def _other_parts_re() -> re.Pattern[str]:
    """« les autres volets », « d'autres enquêtes »: parts of a programme other than the one
    a section is about (survey nouns and « volet »)."""
    nouns = _alternation({*vocabulary().survey_nouns, "volets", "volet"})
    return re.compile(rf"\b(?:les|des|d['’]|aux)\s*autres\s+(?:{nouns})\b", re.I)
