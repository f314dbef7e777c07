"""The population a whole document counts (rule `document_population`): a slide deck, a fiche
or a note of a few pages reports on one surveyed population, and its tables, key figures and
slide lines often leave it unsaid (« Réponse positive 91 % » on a slide after « Un échantillon
de maires », the marks of « Les enjeux jugés prioritaires » in a deck titled « Ce que les
Français attendent … »). A share or mark that names no one, that its page gives no one, and
that is no share of a thing, counts the population the document's figures count most often."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from ..text import fold_in_place, fold_lower
from .bases import amount_share, own_base
from .detect import Found
from .rows import SHARE_UNITS, FigureRow
from .vocabulary import folded_words, vocabulary

MIN_COUNTED = 2  # a population counted by fewer of the document's figures is not its own
# A longer document (an annual report, a guide) covers many subjects: its tables of indicators
# count things (« % des usines auditées »), not one surveyed population.
MAX_PAGES = 12


def open_share(sentence: str, fig: Found, offset: int) -> bool:
    """Whether a share or mark (`fig`, at `offset` past the sentence's start on the page)
    naming no one may count the document's population: not a share of a thing (« 70% de
    réalisation des dépenses ») or of an amount (rule `amount_share`), nor a signed change
    (rule `signed_shares`)."""
    if fig.unit not in SHARE_UNITS:
        return False
    if fig.unit == "%" and fig.text[:1] in "+−–-":
        return False  # « −40 % »: a rate of change of a value, no share of a population
    folded = fold_in_place(sentence)
    local = Found(fig.start - offset, fig.end - offset, fig.text, fig.value, fig.unit)
    if amount_share(folded, local):  # « …, dont 62 % apportés par … »: a share of an amount
        return False
    return not own_base(folded, local, vocabulary().actors(folded))


def document_population(rows: Iterable[FigureRow]) -> tuple[str, str] | None:
    """(actor, category) the document's figures count most often, a role (« répondants »)
    left out, in the form their sentences print most often; None when no population is counted
    by MIN_COUNTED figures or two are counted equally often."""
    generic = vocabulary().generic
    named = [(r.actor, r.actor_category) for r in rows if r.actor and r.actor_category]
    counts = Counter(c for _, c in named if c not in generic)
    ranked = counts.most_common(2)
    if (
        not ranked
        or ranked[0][1] < MIN_COUNTED
        or (len(ranked) > 1 and ranked[1][1] == ranked[0][1])
    ):
        return None
    category = ranked[0][0]
    # its form printed most often in the figures' own sentences (not a table title's)
    own = Counter(r.actor for r in rows if r.actor_category == category and r.actor in r.sentence)
    texts = own or Counter(a for a, c in named if c == category)
    return texts.most_common(1)[0][0], category


def _named_as(row: FigureRow, actor: str, category: str) -> bool:
    """Rule `document_form`: whether a row counts the document's population under another
    name taken from outside its sentence (« citoyens » from a table's title « Priorités des
    citoyens … » in a document whose figures count the « Français »); a narrower form
    (« associations » / « associations employeuses ») or one its sentence prints keeps its
    own, and so does the category's own name (« FRANÇAIS » heading a table's rows)."""
    return (
        row.actor_category == category
        and row.actor.split()[:1] != actor.split()[:1]
        and row.actor not in row.sentence
        and fold_lower(row.actor) != fold_lower(category)  # « FRANÇAIS » heading its rows
        # « communes »: a kind of the category, not another name for it (`narrower_kinds`)
        and fold_lower(row.actor.split()[0]) not in folded_words("narrower_kinds")
    )


def with_document_population(
    rows: list[FigureRow],
    open_rows: set[tuple[int, int]],
    pages: int,
    found: tuple[str, str] | None,
) -> list[FigureRow]:
    """`rows` with the document's population `found` (`document_population`, voted by the
    rows before other document-wide rules, such as a page's base, gave theirs) given to the
    open ones (page, start: shares and marks that name no one, `open_share`) and to those
    naming it otherwise from outside their sentence (`_named_as`), in a document of at most
    MAX_PAGES `pages`; else the population of the slide before (`_slide_before`)."""
    if pages > MAX_PAGES:
        return rows
    if found is None:
        return _slide_before(rows, open_rows)
    actor, category = found
    return [
        replace(r, actor=actor, actor_category=category)
        if (r.page, r.start) in open_rows or _named_as(r, actor, category)
        else r
        for r in rows
    ]


def _slide_before(rows: list[FigureRow], open_rows: set[tuple[int, int]]) -> list[FigureRow]:
    """Rule `slide_before`: in a short document that counts no one population most, an open
    share or mark (a slide's « Emploi : 7,1 » under « Les attentes, notées sur 10 ») counts the
    population of the last share or mark of the page before it (« 2 000 personnes interrogées
    … 69 % »), a role included."""
    out = []
    by_page: dict[int, FigureRow] = {}  # the last share or mark naming someone, by page
    for r in rows:
        if r.actor and r.unit in SHARE_UNITS:
            by_page[r.page] = r
    for r in rows:
        before = by_page.get(r.page - 1)
        if (r.page, r.start) in open_rows and not r.actor and before is not None:
            r = replace(r, actor=before.actor, actor_category=before.actor_category)
        out.append(r)
    return out
