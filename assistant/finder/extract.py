"""One row per figure of a cleaned page: the figure, its unit, who it counts, what it measures,
when, and where it is printed. Pure: pages and the document in, rows out."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from functools import cache

from ..layout import line_kinds
from ..sentences import segments, share_row
from ..text import fold_in_place
from ..types import DocInfo, Page
from .above import says_only_the_answer, with_heading_above, with_question_before
from .answers import answer_options
from .axes import axis_ticks
from .baselines import with_base_lines
from .boxchain import with_box_antecedents
from .calendar import calendar, named_headings
from .cells import cell_context, has_captions, headcount_header, table_head, with_caption
from .clauses import only_whom, without_whom
from .columns import column_context, column_figures, column_rows, has_year_columns
from .compared import compared
from .context import read_sentence
from .dating import (
    THEN_LOOK_BACK,
    UNDATED_PAGES,
    printed_date,
    sentence_years,
    slide_year,
    then_year,
)
from .deck import document_population, open_share, with_document_population
from .detect import Found, detect
from .fields import join_fields
from .fieldwork import SectionDates, document_survey_year, reported_year
from .gaps import is_margin, point_contexts
from .headed import heading_units
from .headings import column_years, field_period, heading_years
from .indicator import counted, headcount, indicator
from .keyboxes import as_printed, in_boxes, printed_at, unstack_boxes
from .labels import labelled, with_colon_lead
from .leaders import leader_cells
from .lists import ListItem, page_lists
from .marks import with_people_marks
from .names import LOOK_BACK, Name, may_name, page_names, with_name, with_own_names
from .notecalls import unglued_year_calls, with_note_years
from .numbered import numbered_cells
from .partnerruns import with_partner_holders
from .partners import partner_heading, partner_items, partner_section
from .parts import Context
from .phrasedates import from_to_years, said_today
from .pointing import Before, reread
from .proforms import with_antecedents
from .restated import restated_figures
from .rowdates import with_row_date
from .rowmake import figure_row
from .rows import SHARE_UNITS, FigureRow
from .sourcecalls import source_calls, with_call_years
from .sourcedates import boxed, dated_sources, with_heading_year, with_source_year
from .spans import MAX_FIGURES_PER_PAGE as MAX_FIGURES_PER_PAGE
from .spans import bare_cells, spans, table_row
from .stackfigures import misread_weak, stack_figures
from .stackread import shares_of_things, stack_context, with_sub_values
from .stacks import stacked_cells, table_spans
from .studies import with_study
from .studypop import programme_heads, with_study_population
from .surround import PagePopulations
from .titles import page_titles, report_year
from .topics import Ranking, ranked
from .turns import speaker_turns, turn_start
from .vocabulary import names_people, vocabulary
from .yearcells import with_year_cells

MAX_LINE_CHARS = 80  # a sentence alone on a line this short is a key figure (« Oui pour 81 % … »)
MIN_KEY_WORDS = 3
BOX_FIGURES = 3  # figures before a key figure whose population it may count  # words after a key figure that make its line a sentence, not a cell
MAX_READ_FIGURES = 200  # one line of hundreds of numbers: read as a table row (linear time)


# A table's row of several shares on one line, under a caption (« Connaissent un partenariat
# près de chez eux 45 % 52 % 71 % 83 % »): read as cells though long as prose
_SHARES_ROW_RE = re.compile(r"[^\d%\n]{3,90}?(?:\s+\d{1,3}(?:,\d+)?\s*%){2,}\s*")


def _worded(raw: str, figs: list[Found]) -> bool:
    """Whether a line says in words what its figure is (« 91% jugent leur territoire en
    mouvement »): a key figure read as a sentence, not a bare cell under headers."""
    rest = raw[figs[-1].end :] if figs else raw
    return len(re.findall(r"[^\W\d_]{3,}", rest)) >= MIN_KEY_WORDS


def _counted_before(rows: list[FigureRow]) -> tuple[str, str] | None:
    """The population the page's last figures count (a role yields to a population counted
    just before it: « 302 maires », then « 84 % des répondants »), or None."""
    generic = vocabulary().generic
    named = [(r.actor, r.actor_category) for r in rows[-BOX_FIGURES:] if r.actor]
    if not named:
        return None
    return next((n for n in reversed(named) if n[1] not in generic), named[-1])


def _doc_year(doc: DocInfo) -> str:
    return doc.date[:4] if doc.date[:4].isdigit() else ""


def page_rows(
    doc: DocInfo,
    page: Page,
    survey_year: str = "",
    parts: dict[str, str] | None = None,
    open_rows: set[tuple[int, int]] | None = None,
    sources: Mapping[str, str] | None = None,
    title: str = "",
    reported: str = "",
) -> list[FigureRow]:
    """The figures of one cleaned page as rows. A figure whose sentence gives no year takes
    the fieldwork year stated earlier in its section, else `survey_year` (the document's),
    else the document's date. `open_rows` receives (page, start) of the shares and marks that
    name no one and are no share of a thing (see deck.py). `title`: the year the page's title
    sets off, or in an undated deck the last one before it (`titles.page_titles`)."""
    # « 302 / maires interrogés / 5 »: the 5 calls a source (before the boxes are read)
    blanked, calls = source_calls(unglued_year_calls(page.text))  # « en 20212 » → « 2021* »
    text, shifts = unstack_boxes(blanked)  # captions of boxes side by side, under their figure
    text = join_fields(text)  # « Budget annuel : » / « 131 400 € » read as one line
    tables = has_captions(text)
    figures = restated_figures(text, detect(text))  # « La moitié (50 %) des associations »
    listed = heading_units(text, figures)  # « Les attentes, notées sur 10 » / « Emploi : 7,1 »
    if listed:
        figures = sorted(figures + listed, key=lambda f: f.start)
    bare: list[Found] = bare_cells(text, figures) if tables else []
    if bare:
        figures = sorted(figures + bare, key=lambda f: f.start)
    columns = column_rows(text) if figures and has_year_columns(text) else {}
    if columns:
        figures = sorted(figures + column_figures(columns, figures), key=lambda f: f.start)
    # « Emploi … 49 % »; numbered rows with wrapped text cells (« 1 / Les Jardins … / 85 000 »)
    stacks = numbered_cells(text) | stacked_cells(text) | leader_cells(text)
    if shifts:  # a box's captions under its figures read like a stacked table's labels
        stacks = {at: cell for at, cell in stacks.items() if not in_boxes(at, shifts)}
    if stacks:
        weak = frozenset(f.start for f in bare)
        misread = misread_weak(text, stacks, weak)
        if misread:  # « (M€) » heads one column, not the table (rule `column_units`)
            figures = [f for f in figures if f.start not in misread]
            weak = weak - misread
        in_cells = stack_figures(text, stacks, figures, weak)
        # rule `stack_units`: the cell's own unit wins (its figure may start on its sign)
        over = {k for f in in_cells for k in range(f.start, f.end)}
        figures = sorted(
            [f for f in figures if f.start not in over] + in_cells, key=lambda f: f.start
        )
    ticks = axis_ticks(text) if figures else []
    if ticks:  # « 0 / 20 / 40 / 60 / 80 » under a bar chart
        figures = [f for f in figures if not any(a <= f.start < b for a, b in ticks)]
    figures = figures[:MAX_FIGURES_PER_PAGE]
    published = _doc_year(doc)
    kinds = (
        line_kinds(text, ticks=True) if figures else []
    )  # read once: populations, lists, sentences
    headed = named_headings(text, parts) if figures and parts else []  # « Zoom sur PHARE-… »
    headed += heading_years(text, kinds) if figures else []  # « 2.5 Après le choc de 2020 »
    timeline = column_years(text, kinds) if figures else []  # « 2016 » over a timeline's column
    if figures and not title:
        title = field_period(text)  # « Durée » / « 3 ans d'expérimentation (2020-2023) »
    dates = SectionDates.of(text, published, headed, timeline, title, reported) if figures else None
    rows: list[FigureRow] = []
    segs = segments(text, kinds, ticks=True) if figures else []
    populations = PagePopulations(text, kinds) if figures else None
    carried, last_read = "", 0
    carried_unit = ""  # the unit of the figure whose measure `carried` is
    shared: tuple[int, Context] | None = None  # the last share or mark read, where its span starts
    ranking = Ranking()  # what the ranked topics of the current section are about
    partner_headings: dict[int, str] = {}  # section start → `partner_heading`
    lists: dict[int, ListItem] = page_lists(text, segs) if figures else {}
    names: list[Name] | None = None  # read once, when a sentence has an amount or a count
    sentences = [(x, y) for x, y, _ in segs]
    starts = [x for x, _ in sentences]
    fig_starts = [f.start for f in figures]

    def figures_in(lo: int, hi: int) -> bool:
        return bisect.bisect_left(fig_starts, lo) < bisect.bisect_left(fig_starts, hi)

    stacked = table_spans(stacks)
    turns = speaker_turns(text) if figures else []
    page_years: list[tuple[int, str]] | None = None  # read once, for an undated document
    for a, b, figs in spans(text, figures, columns, stacks, sentences):
        assert populations is not None
        section = populations.dating_section(a, stacked)
        if turns:  # a transcript: what a speaker dated does not date the next speaker's turn
            section = max(section, turn_start(turns, a))
        assert dates is not None
        doc_year = dates.year(section, a, b) or survey_year or published
        if not doc_year:  # an undated deck: the slide's own date (rule `undated_slides`)
            if page_years is None:
                page_years = sentence_years(text, "")
            doc_year = slide_year(page_years, a)
        raw = text[a:b]
        sentence = raw.replace("\n", " ")
        local = [Found(f.start - a, f.end - a, f.text, f.value, f.unit, f.noun) for f in figs]
        is_row = (
            "\n" not in raw
            and len(figs) >= 2
            and figs[0].start - a <= 80
            and not any(c in raw for c in ".;")
            # « 84 % des répondants : communes de moins de 2 000 habitants » is a sentence:
            # the cells of a row follow one another with no word between them
            and not any(
                re.search(r"[^\W\d_]{3,}", raw[x.end - a : y.start - a])
                for x, y in itertools.pairwise(figs)
            )
        )
        head = (
            table_head(text, a)
            if tables
            and (populations.is_cell(a) or share_row(raw) or _SHARES_ROW_RE.fullmatch(raw))
            and not _worded(raw, local)
            else None
        )
        column = columns.get(a)
        stack = stacks.get(a)
        if stack is not None and stack.end == b:
            # the population named last before the table, in the section above it
            top = max(0, stack.top - 1)
            nearby = populations.named_last(top, populations.section_start(top))
            contexts = [stack_context(stack, f, doc_year, nearby) for f in figs]
            contexts = with_sub_values(text, figs, contexts, b)  # « 38 % (53 % des … ) »
        elif column is not None and column.end == b:
            contexts = [column_context(column, f, doc_year) for f in figs]
        elif head is not None:
            nearby = populations.in_section(max(0, head.start - 1))
            contexts = [cell_context(text, a, f, head, doc_year, nearby) for f in figs]
            contexts = with_row_date(text, a, b, figs, contexts)  # « PHARE / 2013-2018 ² / … »
        elif is_row or len(figs) > MAX_READ_FIGURES:
            contexts = table_row(text, a, b, figs, doc_year)
        else:
            item = lists.get(a)
            named = populations.before(a)
            nearby = populations.in_section(a)
            if nearby is None and item is not None:
                # a list under a heading that names no one (« Sous quelle forme ? ») goes on
                # counting the population the page named last
                nearby = populations.named_last(a)
            if populations.section_start(max(0, a - 1)) > last_read:
                carried = ""  # a heading stands between: the measure before is another's
            last_read = a
            k = bisect.bisect_right(starts, a) - 1
            if k > 0 and starts[k] == a and not figures_in(starts[k - 1], a):
                # the sentence just before has no figure: its words, not an older measure
                carried = ""
            said_before = text[starts[k - 1] : a] if k > 0 and starts[k] == a else ""
            contexts = read_sentence(
                sentence, local, doc_year, named, carried, nearby, item, said_before
            )
            if "(" in sentence:  # « …, presque autant que les responsables associatifs (86 %) »
                contexts = compared(sentence, local, contexts)
            if ":" in sentence:  # « … les suivants : • les collectivités : 74 % »
                lead = item.lead if item else ""
                contexts = labelled(text, a, sentence, local, contexts, lead, populations)
                contexts = with_colon_lead(sentence, local, contexts)
                contexts = partner_items(sentence, local, contexts, named, said_before)
            section = populations.section_start(max(0, a - 1))
            if section not in partner_headings:  # one reading per section, not per sentence
                partner_headings[section] = (
                    partner_heading(text, section, populations.is_cell) if section else ""
                )
            heading = partner_headings[section]
            if heading:  # « Avec qui ? » over « Collectivités 89 % · structures … 73 % »
                before_heading = populations.named_last(section - 1)
                above = text[section:a]
                contexts = partner_section(
                    sentence, local, contexts, heading, above, before_heading
                )
            if k > 0 and starts[k] == a and section <= starts[k - 1]:
                # « … un levier pour innover. C'est le cas de 74 % des Français », « Le résultat
                # de 2012 s'établissait à 84 % », « 86 % répondaient par l'affirmative »
                next_to = figures_in(starts[k - 1], a) and carried_unit in SHARE_UNITS
                last = shared[1] if shared is not None and shared[0] >= section else None
                said = Before(text, sentences, k, section, last, next_to)
                contexts = reread(sentence, local, contexts, said)
            same = k > 0 and section <= starts[k - 1]
            just_said = said_before.replace("\n", " ") if same else ""
            where = (section, text[section:a].replace("\n", " "), just_said)
            contexts = ranked(sentence, local, contexts, ranking, where)
            if carried:  # « … une source d'innovation. Chez les maires, 87 % »
                contexts = [
                    replace(c, measure=without_whom(carried))
                    if f.unit in SHARE_UNITS and only_whom(c.measure, c.actor)
                    else c
                    for f, c in zip(figs, contexts, strict=True)
                ]
            alone = "\n" not in raw.strip() and len(raw) <= MAX_LINE_CHARS
            if item is not None or populations.is_cell(a):
                # « 302 maires interrogés / 91 % jugent leur territoire en mouvement »: a key
                # figure naming no one counts whom the figures before it on the page count
                counted = _counted_before(rows)
                if counted is not None:
                    contexts = [
                        replace(c, actor=counted[0], category=counted[1])
                        if f.unit in SHARE_UNITS and (not c.actor or c.actor not in sentence)
                        else c
                        for f, c in zip(figs, contexts, strict=True)
                    ]
            if (
                item is not None
                or alone
                or populations.is_cell(a)
                or says_only_the_answer(contexts)
            ):
                # « • 91 % au total » under « Territoire en mouvement », « ▸ … dont « fortement »
                # : 35 % » under « ▸ Question posée : votre territoire est-il en mouvement ? »
                contexts = with_question_before(text, a, contexts)  # « … ? La réponse est … »
                contexts = with_heading_above(text, a, sentence, local, contexts)
                contexts = with_source_year(
                    text, b, figs, contexts, sources
                )  # « Source : …, 2015 »
                contexts = with_heading_year(text, a, contexts)  # « En 2015, les autres … »
            elif boxed(text, b):  # « 33 % » in the caption under « 21 % »
                contexts = with_source_year(text, b, figs, contexts, sources)
            carried, carried_unit = contexts[-1].measure, figs[-1].unit
            shares = [c for f, c in zip(figs, contexts, strict=True) if f.unit in SHARE_UNITS]
            shared = (a, shares[-1]) if shares else shared
            same = populations.section_start(max(0, a - 1)) <= starts[k - 1] if k > 0 else False
            then = then_year(sentence, text[max(0, a - THEN_LOOK_BACK) : a], same * said_before)
            if then:  # « À cette date, 37 % … »: the date of the sentence before
                folded = fold_in_place(sentence)
                contexts = [
                    replace(c, year=then, year_source="phrase")
                    if c.year_source == "document"
                    # « … ; elle atteint aujourd'hui 75 % »: said of now (rule `today_clause`)
                    and not said_today(folded, f, (0, len(folded)), [])
                    else c
                    for f, c in zip(local, contexts, strict=True)
                ]
                contexts = from_to_years(sentence, local, contexts)  # « passée de 64 % à 70 % »
            contexts = with_row_date(text, a, b, figs, contexts)  # « ARPEA / 2008-2012 / … »
            if any(may_name(c.measure, f, sentence) for f, c in zip(figs, contexts, strict=True)):
                if names is None:
                    names = page_names(text)
                before = [n for n in names if a - LOOK_BACK <= n.start < a]
                contexts = [
                    replace(c, measure=with_name(c.measure, f, sentence, before, a, said_before))
                    for f, c in zip(figs, contexts, strict=True)
                ]
        if stack is not None and stack.end == b:
            sentence = stack.row  # the whole row, not the lone value line
            contexts = with_source_year(text, b, figs, contexts, sources)  # « Source : …, 2015 »
        if tables:  # « Français 69 » under its caption
            contexts = with_caption(text, a, contexts)
        contexts = point_contexts(text, figs, contexts)  # « +5 pts sur … », « ± 2,2 points »
        for fig, ctx in zip(figs, contexts, strict=True):
            rows.append(figure_row(doc, page, fig, ctx, sentence, a))
            # a table's cell counting a role named before it (« … proposées aux répondants »)
            # is as open as one counting no one (rule `role_before_table`)
            role = stack is not None and ctx.category in vocabulary().generic
            if (
                open_rows is not None
                and (not ctx.actor or role)
                and not is_margin(fig, text)  # a survey's margin counts no one (`point_margin`)
                and (
                    open_share(sentence, fig, a)
                    # « (eff.) » / « (312) » beside « 19 % »: how many of whom the share counts
                    or (
                        stack is not None
                        and fig.unit == "count"
                        and headcount_header(stack.header)
                        and "%" in stack.row  # beside the share of its row
                    )
                )
                and not (stack is not None and shares_of_things(stack))
            ):
                open_rows.add((page.number, printed_at(fig.start, shifts)))
    celled = with_year_cells(rows, text)  # « 2008 / 2012 » / « Jugent … » / « 86 % » / « — »
    if open_rows is not None:  # a population a year-cell table's label gives is no open share
        open_rows.difference_update(
            (page.number, printed_at(new.start, shifts))
            for old, new in zip(rows, celled, strict=True)
            if new.actor != old.actor
        )
    # after the year cells: a label naming a kind of partner is no population (« Types de
    # partenaires des associations » / « 2022 / 2024 » / « Collectivités territoriales / 71 »)
    rows = with_partner_holders(celled, text)  # « Avec qui ? » / « Collectivités 89 % » / …
    # « Q7. Quels effets … ? » / « Nouveaux bénévoles : 43 % »: the people asked, not bénévoles
    rows, opened = answer_options(rows, text)
    if open_rows is not None:
        open_rows.update((page.number, printed_at(rows[i].start, shifts)) for i in opened)
    # « 46 % ne le souhaitent pas », « 86 % des responsables associatifs partagent ce constat »
    rows = as_printed(with_box_antecedents(list(with_antecedents(rows))), shifts)
    # « … un devoir1. » / « 1. PHARE-Citoyens, enquête réalisée en 2015 … » (rule `note_years`)
    return _elided(with_note_years(with_call_years(rows, calls), page.text))


def extract_figures(doc: DocInfo, pages: Iterable[Page]) -> list[FigureRow]:
    """Every figure of a document's cleaned pages, page by page."""
    pages = list(pages)
    published = _doc_year(doc)
    survey = document_survey_year((p.text for p in pages), published, doc.title)
    survey = survey or report_year(pages, published)  # « Rapport d'activité 2024 »
    undated = not survey and not published
    # a title dates its page (and in an undated deck the next ones), up to the survey's or
    # the document's year
    titles = page_titles(pages, max(survey[-4:], published), carry=undated)
    if undated:
        survey = printed_date(pages[:UNDATED_PAGES])
    reported = reported_year(p.text for p in pages)  # « publiée en mars 2017 »
    parts = calendar(p.text for p in pages)  # « PHARE-Citoyens / septembre 2015 / … »
    open_rows: set[tuple[int, int]] = set()
    sources = dated_sources(p.text for p in pages)  # « Source : CAPRA-Habitants, mai 2019 »
    rows = [
        row
        for page in pages
        for row in page_rows(
            doc, page, survey, parts, open_rows, sources, titles.get(page.number, ""), reported
        )
    ]
    texts = {p.number: p.text for p in pages}
    rows = with_study(rows, texts, doc.title)  # `headcount_study`
    rows = with_own_names(rows, texts)  # « Le programme ARPEA … comptait dix volets »
    voted = document_population(rows)  # before the bases fill open shares
    rows = with_base_lines(rows, open_rows, texts)  # « Base : 1 204 répondants (…) »
    # « Base : 640 répondants. »: a role, which the document's population names better when
    # it is people (its maires), not when it is organisations (its associations)
    people = voted is not None and names_people(voted[0])
    if not people:
        rows = with_base_lines(rows, open_rows, texts, roles=True)
    others = programme_heads(p.text for p in pages)  # « le dispositif PASS-Jeunes »
    rows = with_document_population(rows, open_rows, len(pages), voted)
    if people:
        rows = with_base_lines(rows, open_rows, texts, roles=True, keep=True)
    rows = with_study_population(rows, others)
    rows = with_people_marks(rows, texts)  # « Emploi 7,1 » is given by people
    return _labelled(rows)


def _elided(rows: list[FigureRow]) -> list[FigureRow]:
    return [r if " de " not in r.measure else replace(r, measure=elided(r.measure)) for r in rows]


_SIGNS = "+−–-"
_CHANGE_RE = re.compile(
    r"\s*(?:évolution|variation|hausse|baisse|progression|recul|croissance|glissement|augmentation"
    r"|diminution)\b",
    re.I,
)


def _labelled(rows: list[FigureRow]) -> list[FigureRow]:
    """Each share's and count's measure as the indicator it is, once everything else is read
    (rule `indicator_label`: no later rule carries a measure that names another population),
    elided once as French writes it (« nombre d'adhérents »)."""
    out = []
    for r in rows:
        if r.unit == "%" and r.text[:1] in _SIGNS:
            # « +0,8 % sur un an »: a rate of change of what it follows, no share of a
            # population (rule `signed_shares`)
            measure = r.measure if _CHANGE_RE.match(r.measure) else f"évolution — {r.measure}"
            out.append(r if measure == r.measure else replace(r, measure=measure.rstrip(" —")))
            continue
        measure = indicator(headcount(r.measure, r.actor, r.unit), r.actor, r.unit, r.sentence)
        measure = counted(measure, r.noun, r.unit)
        if " de " in measure:
            measure = elided(measure)
        out.append(r if measure == r.measure else replace(r, measure=measure))
    return out


@cache
def _elided_de_re() -> re.Pattern[str]:
    """« nombre de » or « part de » as the finder words them (lower case), before a vowel or a
    mute h (data list mute_h)."""
    mute = "|".join(re.escape(w) for w in vocabulary().words("mute_h"))
    return re.compile(rf"\b(nombre|part) de (?=[aeiouéèêëàâîïôûœ]|(?:{mute}))")


def elided(measure: str) -> str:
    """A measure the finder worded with « nombre de » or « part de », elided as French writes it
    (« nombre d'adhérents », « part d'habitants »; « nombre de hameaux », « de yourtes »)."""
    return _elided_de_re().sub(r"\1 d'", measure)
