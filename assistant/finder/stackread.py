"""What a stacked table's cell says beyond its value: whom it counts (its column header, the
labels' header, the title, the row label when every row names a population, else the population
named before the table), what it measures (its column header and row label, then the labels'
header, the title and the sentence leading the table) and when."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ..text import YEAR, fold_in_place, fold_lower
from .cells import DATE_OPENERS, SAMPLE_BRACKET_RE, headcount_header, label_unit, tally_header
from .counted import is_agent, listed_agent
from .detect import Found
from .measure import MAX_MEASURE_WORDS
from .parts import Actor, Context
from .relations import is_umbrella, specific
from .rows import SHARE_UNITS
from .thresholds import whole_class
from .vocabulary import ActorMatch, folded_words, vocabulary

if TYPE_CHECKING:
    from .stacks import StackCell

# A column header that is a date (« 2008 », « 2015 (d) », « janvier 2011 (e) », « 2013 – 2017 »)
# (rule `date_headers`).
# A dashboard names its years from the last one, N, and prints each in brackets (« N-2 (2022) »,
# « N (2024) »: rule `relative_years`).
DATE_HEADER_RE = re.compile(
    rf"(?:{DATE_OPENERS}\s+)?(?:19|20)\d\d"
    rf"(?:\s*[-–]\s*(?:19|20)\d\d)?(?:\s*(?:\*+|\([\da-z]\)|[¹²³⁴⁵⁶⁷⁸⁹]))?"
    r"|N(?:\s*[-–]\s*\d)?\s*\(\s*(?:19|20)\d\d\s*\)",
    re.I,
)


def is_date_header(line: str) -> bool:
    """Whether a table header line is a date: a column of its own, neither a value nor the end of
    the header above it."""
    return bool(DATE_HEADER_RE.fullmatch(line.strip()))


# « … dont associations employeuses », « Associations (toutes) »: what frames a population label
_LABEL_FRAME_RE = re.compile(r"^(?:…|\.\.\.)?\s*(?:dont\s+)?|\s*\([^()]*\)$", re.I)


_FIRST_WORD_RE = re.compile(r"\s*([^\W\d_]+)")
_ROW_NUMBER_RE = re.compile(r"^\s*\d{1,2}(?:[.)]|\.\d{1,2}\.?)\s+")  # « 2.1 », « 3. »


@cache
def head_nouns() -> dict[str, str]:
    """The head nouns of figure_words.toml (« responsables »), each with the one category
    whose several-word names open on it (« responsables associatifs »)."""
    vocab = vocabulary()
    out: dict[str, str] = {}
    for word in vocab.words("head_nouns"):
        folded = fold_lower(word)
        categories = {c for v, c in vocab.variants.items() if v.split()[0] == folded}
        if len(categories) == 1:
            out[folded] = categories.pop()
    return out


def header_head(header: str) -> tuple[str, str] | None:
    """Rule `head_noun`: (actor, category) of a column header opening on the head noun of a
    population's name (« Responsables déclarant ce partenaire » under a table of associations'
    partners: the responsables associatifs), None otherwise."""
    m = _FIRST_WORD_RE.match(header)
    category = head_nouns().get(fold_lower(m.group(1))) if m else None
    return (m.group(1), category) if m and category else None


def row_population(label: str) -> str:
    """The population a row label opens on (« Entreprises d'au moins 10 salariés »,
    « Organisations « pionnières » », « … dont associations employeuses »), "" if none."""
    bare = _LABEL_FRAME_RE.sub("", label).strip()
    found = vocabulary().actors(fold_in_place(bare))
    return bare if found and found[0].start == 0 else ""


# What follows a population that a row label qualifies (« Dirigeants pour qui l'alliance … »,
# « Maires qui voient … », « Entreprises engagées dans … », « Associations ayant … »)
_QUALIFIER_RE = re.compile(
    r"\s*(?:(?:pour|avec|chez)\s+qui|qui|dont|ayant|[^\W\d_]{3,}(?:ée?s?|ants?)\b)", re.I
)


def qualified_population(label: str) -> str:
    """Rule `qualified_rows`: the population a row label opens on when the label goes on with
    what qualifies it, an indicator's name (« Dirigeants pour qui l'alliance est source
    d'innovation » → « Dirigeants »): the row counts it even when other rows name none (a
    « Note de confiance » row); "" otherwise."""
    bare = _LABEL_FRAME_RE.sub("", label).strip()
    found = vocabulary().actors(fold_in_place(bare))
    if not found or found[0].start != 0 or not _QUALIFIER_RE.match(bare[found[0].end :]):
        return ""
    return bare[: found[0].end]


# « Part des contributions », « % des dépenses »: a column of shares of something named
_SHARE_OF_RE = re.compile(
    r"^\s*(?:(?:part|proportion|pourcentage|%)\s+d(?:es|u|e\b|['’])"
    # a target's rate (« Taux d'atteinte »), not « Taux de satisfaction » of people asked
    r"|taux\s+d['’]\s*(?=atteinte|exécution|engagement)|taux\s+de\s+(?=réalisation|consommation))\s*",
    re.I,
)
# a title saying its shares split a whole among its rows (« Répartition des collectivités
# répondantes par catégorie »): the rows are parts, as when the shares add up to 100
_DISTRIBUTION_RE = re.compile(r"\brépartition\b", re.I)
_CLASS_WORDS_RE = re.compile(r"\d|\baucun|\bsans\b", re.I)


def _classed_by(label: str, actor: str) -> bool:
    """Whether a row label is a class of the noun a « Nombre de … » title names (« Aucun
    salarié », « 1 à 9 salariés », « 50 salariés et plus » under « Nombre de salariés »), not a
    part of that population (« Sport » under « Nombre de salariés par secteur »)."""
    stem = fold_lower(actor.split()[0])[:5] if actor.split() else ""
    return bool(stem) and stem in fold_lower(label) and bool(_CLASS_WORDS_RE.search(label))


# « Tableau A1 — Nombre de salariés » over shares: the size that classes the rows
_COUNT_VARIABLE_RE = re.compile(r"\bnombre\s+d(?:e\s+|['’]\s*)$", re.I)
_OF_WHOLE_RE = re.compile(r"\bd(?:u|e\s+l['’])\s*(?:total|ensemble)\b", re.I)
# « Financeurs 2025 (part du budget voté) »: a title saying its shares are of a thing
_TITLE_SHARE_RE = re.compile(r"(?<![\w'’])(?=(?:part|proportion|pourcentage)\s+d)", re.I)


def share_of_things(header: str) -> bool:
    """Rule `share_of_things`: whether a column header says its shares are shares of things
    (« Part des contributions », « Part du budget »), not of a population (« Part des
    maires », « Part des répondants »): they count no population, not even the one named
    before the table."""
    m = _SHARE_OF_RE.match(header)
    if m is None:
        return False
    rest = header[m.end() :]
    word = _FIRST_WORD_RE.match(rest)
    if word is None:
        return False
    found = vocabulary().actors(fold_in_place(rest))
    return not (found and found[0].start == 0) and not is_agent(word.group(1))


_SHARE_OF_POP_RE = re.compile(r"^\s*(?:part|proportion|pourcentage)\s+des\s+", re.I)


_IN_WHOLE_RE = re.compile(r"\s+(?:dans|au\s+sein\s+d)", re.I)


def _share_label_population(label: str) -> tuple[str, str] | None:
    """(population, category) a row label names after « Part des » at its start, if any."""
    m = _SHARE_OF_POP_RE.match(label)
    if m is None:
        return None
    a = next((a for a in vocabulary().actors(fold_in_place(label)) if a.start == m.end()), None)
    if a is None or _IN_WHOLE_RE.match(label, a.end):
        return None  # « Part des collectivités dans les ressources »: a share of a thing
    return label[a.start : a.end], a.category


def shares_of_things(cell: StackCell) -> bool:
    """Whether a stacked cell's header or its table's title says its shares are of a thing
    (« Part », « Taux d'atteinte », « Financeurs 2025 (part du budget voté) »: rule
    `share_of_things`)."""
    return share_of_things(cell.header) or any(
        share_of_things(cell.title[m.start() :]) for m in _TITLE_SHARE_RE.finditer(cell.title)
    )


# « Avec une entreprise », « Avec les collectivités »: a column of partners, not of populations
# (not « auprès des associations »: whom a survey asked, the population counted)
_WITH_PARTNER_RE = re.compile(r"(?:^|\s)avec\s+(?:(?:un|une|des|les|le|la|l['’])\s*)?$", re.I)


def partner_free(header: str, found: list[ActorMatch]) -> list[ActorMatch]:
    """Rule `partner_columns`: the populations a column header names, except those it names
    as partners after « avec » (« Associations ayant un partenariat » / « Avec une
    entreprise »: the cells count associations, the header says with whom)."""
    return [a for a in found if not _WITH_PARTNER_RE.search(header[: a.start])]


def _population_header(header: str) -> bool:
    """Whether a labels' header says its rows name populations (data `population_headers`)."""
    folded = fold_lower(" ".join(header.split()))
    return bool(folded) and any(
        folded == w or folded.startswith(w + " ") for w in folded_words("population_headers")
    )


def stack_context(cell: StackCell, fig: Found, default_year: str, nearby: Actor | None) -> Context:
    """A stacked cell's population (its column header's, or the head noun it opens on (rule
    `head_noun`), else the labels' header's, else the
    title's, an umbrella noun standing for the population named before the table (rule
    `umbrella_header`); else its row label's when every row names one (rule `population_rows`),
    else for shares and marks the one named last before the table), measure (column
    header and row label, then the labels' header and the title) and year (the headers', else
    the default)."""
    vocab = vocabulary()
    actor, category = "", ""
    in_header = (
        []
        if whole_class(cell.header)  # « 10 à 49 salariés »: a size, the title names whom
        else partner_free(cell.header, vocab.actors(fold_in_place(cell.header)))
    )
    # the labels' header may name whom the rows count (« Attitude des entreprises »)
    from_title = False  # the population was read in the table's title
    for source, last in ((cell.header, False), (cell.label_header, True), (cell.title, False)):
        found = in_header if source is cell.header else vocab.actors(fold_in_place(source))
        if found:
            a = found[-1] if last else found[0]
            actor, category = source[a.start : a.end], a.category
            from_title = source is cell.title
            break
    if (
        from_title
        and fig.unit in SHARE_UNITS
        and share_of_things(cell.header)
        and not _OF_WHOLE_RE.search(cell.header)  # « Part du total »: of the title's population
    ):
        actor, category = "", ""  # « Taux d'atteinte » under « Axe 2 — Mobiliser les … »
    if (
        from_title
        and (fig.unit in SHARE_UNITS or headcount_header(cell.header))
        and _COUNT_VARIABLE_RE.search(cell.title[: cell.title.find(actor)])
        and _classed_by(cell.label, actor)
    ):
        # rule `count_variable`: shares and headcounts (« (effectif) ») under « Nombre de
        # salariés » (rows « Aucun salarié », « 1 à 9 salariés ») split whoever answered by a
        # size; they count no employees
        actor, category = "", ""
    narrower = (
        row_population(cell.label)
        if from_title and actor and not cell.parts and not _DISTRIBUTION_RE.search(cell.title)
        else ""
    )
    if narrower and fold_lower(narrower.split()[0]) != fold_lower(actor.split()[0]):
        found = vocab.actors(fold_in_place(narrower))
        if found and found[0].category == category:
            # rule `narrower_rows`: « Collectivités déclarant au moins un partenariat, par
            # catégorie » over rows « Communes », « Départements »: each row names which ones
            actor = narrower
    if from_title and is_umbrella(actor) and row_population(cell.label):
        # « Part des structures ayant au moins un partenariat » over rows « Associations »,
        # « Entreprises »: each row names which structures (rule `umbrella_rows`)
        row = row_population(cell.label)
        actor, category = row, vocab.actors(fold_in_place(row))[0].category
    # « Responsables déclarant ce partenaire »: a column header naming no population but
    # opening on a population's head noun counts it before the labels' header and the title
    head = None if in_header else header_head(cell.header)
    if head is not None:
        actor, category = head
    row = row_population(cell.label) if _population_header(cell.label_header) else ""
    tally = fig.unit in ("count", "people") and tally_header(cell.header)
    if row and not in_header and head is None and (fig.unit in SHARE_UNITS or tally):
        # rule `population_label`: shares in rows under « Population » / « Type d'acteur »
        # (« Entreprises de 10 salariés et plus 37 % », « dont associations employeuses 53 % »)
        # count their row's population, even under a wider title (« Part des organisations … »);
        # so do the counts of a tally column (« Collège » / « Sièges » / « Élus 15 »), not counts
        # of things by population (« Public étudié » / « 2016 » in a table of publications)
        actor, category = row, vocab.actors(fold_in_place(row))[0].category
    if not in_header and head is None and fig.unit in SHARE_UNITS:
        labelled = _share_label_population(cell.label)
        if labelled is not None:  # « Part des associations employeuses » labelling its row
            actor, category = labelled  # (rule `share_label`)
    if actor and nearby and is_umbrella(actor):  # « Part des structures »: those named before
        actor, category = specific(actor, category, [(nearby.text, nearby.category)])
    if not actor and cell.population:  # rule `population_rows`: « Population observée / Part »
        actor = cell.population
        category = vocab.actors(fold_in_place(actor))[0].category
    if (
        (not actor or from_title)
        and fig.unit in ("count", "people")
        and label_unit(cell.label)[0] == "count"
    ):
        # rule `counted_rows`: « 2.1 Bénévoles formés / nombre / 22 / 40 … » counts the
        # population its row label opens on, its number left out (not « Territoires (rapports
        # régionaux) » in a table of « nombre de publications »)
        found = vocab.actors(fold_in_place(_ROW_NUMBER_RE.sub("", cell.label)))
        if found and found[0].start == 0:
            bare = _ROW_NUMBER_RE.sub("", cell.label)
            actor, category = bare[: found[0].end], found[0].category
    if not actor and fig.unit in ("count", "people") and cell.header:
        # rule `agent_columns`: « Lauréats » heading a column of counts counts the laureates
        word = cell.header.split()[0]
        if listed_agent(word) and word[:1].isupper() and word[1:].islower():
            actor = word.lower()
    if not actor and nearby and fig.unit in SHARE_UNITS and not shares_of_things(cell):
        actor, category = nearby.text, nearby.category
    if not actor and nearby and any(headcount_header(x) for x in (cell.header, cell.label)):
        # rule `sample_sizes`: « Effectif (n) / 131 » counts the people surveyed, named before
        actor, category = nearby.text, nearby.category
    # a date header (« 2015 (d) ») or a date labelling the row (rule `year_rows`) gives the
    # cell its year, not its measure
    dated_row = is_date_header(cell.label)
    label = cell.text if dated_row else f"{cell.label} {cell.text}".strip()
    named = cell.header and not is_date_header(cell.header)
    header = SAMPLE_BRACKET_RE.sub("", cell.header)  # « (n = 188) » measures nothing
    measure = (f"{header} : {label}" if label else header) if named else label
    if cell.label_header and not dated_row:
        measure += f" ({cell.label_header})"
    room = MAX_MEASURE_WORDS - len(measure.split()) - 1
    if cell.title and room > 0:
        measure += " — " + " ".join(cell.title.split()[:room])
    if cell.lead and len(f"{measure} — {cell.lead}".split()) <= MAX_MEASURE_WORDS:
        measure += f" — {cell.lead}"  # whole or not at all
    if cell.year:
        return Context(actor, category, measure, cell.year, "tableau")
    return Context(actor, category, measure, default_year, "document" if default_year else "")


def with_sub_values(
    text: str, figs: list[Found], contexts: list[Context], end: int
) -> list[Context]:
    """The contexts of a stacked cell's figures, the ones after the first being the cell's
    bracketed sub-values (« 38 % (53 % des employeuses) », « 45 % (38 % en 2019) »): each
    takes the population and the year its bracket names, and its words in the measure."""
    out = contexts[:1]
    for fig, c in zip(figs[1:], contexts[1:], strict=True):
        words = " ".join(text[fig.end : end].split(")")[0].split())
        year = YEAR.search(words)
        found = vocabulary().actors(fold_in_place(words))
        if words:
            measure = " ".join(f"{c.measure} ({words})".split()[:MAX_MEASURE_WORDS])
            c = replace(c, measure=measure)
        if year:
            c = replace(c, year=year.group(), year_source="phrase")
        if found:
            c = replace(c, actor=words[found[0].start : found[0].end], category=found[0].category)
        out.append(c)
    return out
