"""Reading the question: what kind of answer it wants, filters it states, follow-ups."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from ..datafiles import read_data
from ..text import fold_in_place, fold_lower
from ..types import SearchFilter
from .pronouns import IMPERSONAL, points_back

_TYPES = [
    (
        "figure",
        r"\b(combien|quelle part|quel pourcentage|quelle proportion|quel (?:est le )?(?:nombre|montant|score|taux|budget)|quelle (?:note|dotation|somme)|part des|note moyenne|sur (?:10|dix|20|100)|c.est quoi (?:le|la|l.) ?(?:nombre|montant|budget|taux|score|pourcentage|part|proportion|note|dotation|somme|chiffre|effectif|enveloppe))\b|c.est quoi (?:le|les) %",
    ),
    (
        "when",
        r"\b(quand(?! on (?:parle|dit|evoque))|quelles? dates?|en quelle annee|quelle annee|depuis quand|a quelle date|date de|c.est quoi (?:la date|l.annee)|quelles? periodes?|a quel moment|(?:en |a |le )?quel (?:mois|jour))\b",
    ),
    (
        "who",
        r"\b((?<!ceux )(?<!celles )(?<!celui )(?<!celle )qui|quel(?:le)? (?:est|sont) (?:le|la|les) (?:president|directeur|directrice|fondateur|fondatrice|responsable|auteur|porteur|pilote)|par qui|avec qui|quels partenaires|quels acteurs|quel(?:le)? (?:institut|organisme|cabinet|prestataire|agence|bureau d.etudes|operateur))\b",
    ),
    (
        "definition",
        r"\b(qu.appelle-t-on|qu.entend-on|qu.est[- ]ce que?|que (?:signifie(?:nt)?|veut dire|veulent dire|designent?)|veut dire quoi|signifie quoi|(?:abreviation|sigle|acronyme) de quoi|a quoi correspond(?:ent)?|c.est quoi|definition|que recouvre)\b",
    ),
    (
        "list",
        # a plural interrogative asks for several things (« quels territoires », « quelles
        # grandes orientations »)
        r"\b(quel(?:le)?s|lesquel(?:le)?s|citez|liste|quelles? (?:missions|etapes|axes|volets|programmes))\b",
    ),
]


# A question none of the patterns above types, yet which names a figure as what it wants (« les
# habitants ils pensent quoi des jardins partagés, en % ? », « t'as un chiffre ? », « quelle
# importance, sur une échelle de 10 … ? », « quel prix … ? »), asks for a figure: without this,
# its answer may open on a sentence with no number although the figure sits in the same
# passage. Not a question asking how, why or where (« Comment est calculé le taux … ? »,
# « Où trouver les chiffres détaillés ? »): the figure is its subject, not what it asks; nor
# one quoting a figure itself (« le chiffre de 64 % … correspond à quoi ? »): it asks about
# it, not for it.
# (« où » read with its accent, or typed without it where « ou » cannot mean « or »: first or
# last word.)
_NOT_FIGURE_RE = re.compile(r"\d|\b(?:comment|pourquoi|d'ou)\b|^ou\b|\bou\s*\?\s*$")
_WHERE_RE = re.compile(r"(?<![\w])où\b")
# « où » asking where (accents folded: « ou » typed for it): opening the question or a part
# (« où … ? », « quand et où … ? », « …, et où ? »), closing it (« elle est basée où ? »), or
# after a verb of being somewhere (« situé où », « a eu lieu où »). Not « ou » meaning « or »
# (« ou bien », « ou alors »), « où en est … » (how far along), nor a relative « où » (« là
# où », « au moment où », « jusqu'où »).
_WHERE_ASKED_RE = re.compile(
    r"(?:^|\bet\s+|,\s*)ou\b(?!\s+(?:bien|alors|plutot|encore|en\s+(?:est|sont|etai(?:t|ent)))\b)"
    r"|(?<!\bla )(?<!\bmoment )(?<!jusqu')\bou\s*[?!.]*\s*$"
    r"|\b(?:est|sont|etait|etaient|basee?s?|situee?s?|trouve|trouvent|lieu|tenue?|passe)\s+ou\b"
)


def asks_where(question: str) -> bool:
    """Whether the question (or a part of it) asks where (« Quand et où … ? », « elle est basée
    où ? »), not from where (« ils viennent d'où ? »: a source) nor « or »."""
    folded = fold_lower(question).replace("’", "'").strip()
    if re.search(r"\bd'ou\b", folded):
        return False
    return bool(_WHERE_ASKED_RE.search(folded))


_SCALE_RE = re.compile(r"\b(?:echelle de|sur) \d+\b")  # a scale names no figure
_FIGURE_CUE_RE = re.compile(
    r"(?:\ben |\ble |\bquel )%|\b(?:en pourcentage|(?:un|une|le|les|des|tes|vos|quels?) "
    r"(?:chiffres?|stats?)|sur une echelle|echelle de \d+"
    r"|quel(?:le)? (?:est (?:le|la) )?(?:prix|cout|montant))\b"
)

# « Quelle fonction occupait-il quand il a confié la mission ? »: « quand » opening a clause
# with its subject, after the question's own interrogative, says when the fact took place; it
# does not ask when (« Qui a confié la mission, et quand le rapport a-t-il été remis ? » does).
_SUBORDINATE_WHEN_RE = re.compile(r"(?<!\bet )(?<!, )\bquand (?=(?:il|elle|ils|elles|on) )")
_ASKING_RE = re.compile(r"\b(?:quel(?:le)?s?|qui|que|quoi|combien|comment)\b")


def question_type(question: str) -> str:
    """figure | when | who | definition | list | other."""
    q = fold_lower(question)
    sub = _SUBORDINATE_WHEN_RE.search(q)
    if sub and _ASKING_RE.search(q, 0, sub.start()):
        q = q[: sub.start()] + "lorsque" + q[sub.start() + len("quand") :]
    for name, pattern in _TYPES:
        if re.search(pattern, q):
            return name
    asks_other = _NOT_FIGURE_RE.search(_SCALE_RE.sub("", q)) or _WHERE_RE.search(question.lower())
    if _FIGURE_CUE_RE.search(q) and not asks_other:
        return "figure"
    return "other"


_KIND_WORDS = [
    (
        "bulletin",
        r"\b(?:dans|d'apres|selon|parmi) (?:les|le|un|ces) bulletins?\b|\bbulletins? de veille\b",
    ),
    ("fiche", r"\b(?:dans|d'apres|selon|parmi) (?:les|la|une|ces) fiches?\b|\bfiches? reperes?\b"),
    ("étude", r"\b(?:dans|d'apres|selon|parmi) (?:les|l'|une|ces) ?etudes?\b"),
]
_PUBLICATION = r"(?:publie|parue?s?|edition|bulletin|fiche|etude|publication|document)"


def parse_filters(question: str, documents: Sequence[dict[str, object]] = ()) -> SearchFilter:
    """Filters stated in the question: kind of publication, years, "la dernière fiche"."""
    q = fold_lower(question)
    kinds = tuple(kind for kind, pattern in _KIND_WORDS if re.search(pattern, q))
    year_min = year_max = None
    if m := re.search(r"\bentre (\d{4}) et (\d{4})\b", q):
        year_min, year_max = sorted((int(m.group(1)), int(m.group(2))))
    elif m := re.search(r"\b(?:depuis|apres) (\d{4})\b", q):
        year_min = int(m.group(1)) + (1 if "apres" in m.group(0) else 0)
    elif m := re.search(r"\bavant (\d{4})\b", q):
        year_max = int(m.group(1)) - 1
    elif (
        m := re.search(
            r"\b(?:fiche|bulletin|etude|edition|publication)s?(?: (?:repere|de veille))?"
            r" (?:de |d'|du |publiee? en )?(?:\w+ )?((?:19|20)\d{2})\b",
            q,
        )
    ) or ((m := re.search(r"\ben (\d{4})\b", q)) and re.search(_PUBLICATION, q)):
        year_min = year_max = int(m.group(1))
    if "étude" in kinds and documents and not _names_an_etude(question, documents):
        kinds = tuple(k for k in kinds if k != "étude")
    sources: tuple[str, ...] = ()
    if m := re.search(
        r"\b(?:la|le|l')\s?(derniere?|plus recente?|premiere?|plus ancienne?) "
        r"(fiche|bulletin|etude)\b",
        q,
    ):
        kind = {"etude": "étude"}.get(m.group(2), m.group(2))
        dated = [d for d in documents if d.get("kind") == kind and d.get("date")]
        if dated:
            latest = m.group(1).startswith(("dern", "plus rec"))
            pick = (max if latest else min)(dated, key=lambda d: str(d["date"]))
            sources, kinds = (str(pick["source"]),), ()
    return SearchFilter(kinds=kinds, year_min=year_min, year_max=year_max, sources=sources)


_NAMED_STUDY = re.compile(r"\b(?:[ée]|É|E)tudes?\s+([A-ZÀ-Ö][\w’'-]*(?:\s+&?\s*[A-ZÀ-Ö][\w’'-]*)*)")


def _names_an_etude(question: str, documents: Sequence[dict[str, object]]) -> bool:
    """Whether "l'étude X" names one of the études, or no survey at all ("l'étude de 2017").
    A survey named by its programme ("l'étude ARPEA Entreprises") is reported by fiches and
    bulletins too: it is no reason to search the études only."""
    m = _NAMED_STUDY.search(question)
    if not m:
        return True
    words = re.findall(r"[a-z0-9]+", fold_lower(m.group(1)))
    titles = [fold_lower(str(d.get("title", ""))) for d in documents if d.get("kind") == "étude"]
    return any(all(re.search(rf"\b{w}\b", t) for w in words) for t in titles)


# Groups of actors a follow-up may swap ("et pour les maires ?").
_ACTORS = {
    "citoyens": r"(?:francais|citoyens|habitants)",
    "maires": r"(?:maires|elus(?: locaux)?|collectivites(?: territoriales)?)",
    "entreprises": r"(?:entreprises|dirigeants(?: d'entreprises?)?|chefs? d'entreprises?)",
    "associations": r"(?:associations|responsables associatifs|dirigeants associatifs)",
    "fondations": r"fondations",
}
_FOLLOWUP = re.compile(
    r"^(?:et|mais|puis|aussi|ok|d'accord)\b|^(?:pour|chez|concernant|quant aux?) "
    # A question whose subject is a pronoun speaks of what the conversation spoke of.
    r"|^(?:il|elle|ils|elles|ca|cela|celui-ci|celle-ci|ceux-ci|celles-ci|ce dernier|"
    r"cette derniere)\b(?! (?:y a|faut)\b)"
    # … also after the question words (« comment et quand ils ont été interrogés ? »), unless
    # it is impersonal (« combien il existe de … »).
    r"|^(?:(?:comment|quand|combien|pourquoi|ou|et|depuis quand|a quoi)\s+)+(?:il|elle|ils|elles)\b"
    rf"(?! {IMPERSONAL}\b)"
)


def is_followup(question: str, pronouns: bool = True) -> bool:
    """The question continues the previous one; `pronouns` (rule `pronoun_followup`): also when
    it names nothing of its own and points back with a pronoun or « ce / ces »."""
    q = fold_lower(question).strip()
    return (
        bool(_FOLLOWUP.match(q))
        or (pronouns and points_back(question))
        or (
            len(q.split()) <= 4
            and not re.search(r"\b(qui|quoi|combien|quand|comment|pourquoi)\b", q)
        )
    )


@cache
def _everyday() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Everyday words → the publications' words: `data/everyday.toml`, each with its reason."""
    data = read_data("everyday.toml")
    return tuple((re.compile(e["pattern"], re.I), e["replace"]) for e in data["word"])


def plain_words(question: str) -> str:
    """Replace everyday words by those the publications use ("boîtes" → "entreprises")."""
    for pattern, repl in _everyday():
        question = pattern.sub(repl, question)
    return question


class Followup(NamedTuple):
    """A question and the context it is read with: a follow-up ("et en 2012 ?") is asked with
    the previous question as its context; a standalone question has none."""

    context: str
    asked: str

    @property
    def text(self) -> str:
        """One self-contained line: « previous question — what the follow-up adds »."""
        return f"{self.context.rstrip(' ?')} — {self.asked}" if self.context else self.asked


def resolve(question: str, history: Sequence[str], pronouns: bool = True) -> Followup:
    """The self-contained question for a question asked after `history` (oldest first)."""
    turns = [plain_words(t) for t in [*history, question]]
    # A question that is no follow-up stands alone: start from the last one (linear work).
    start = max((i for i, t in enumerate(turns) if not is_followup(t, pronouns)), default=0)
    query = Followup("", "")
    for previous in turns[start:]:
        query = rewrite_followup(previous, [query.text] if query.text else [], pronouns)
    return query


def rewrite_followup(question: str, history: Sequence[str], pronouns: bool = True) -> Followup:
    """A self-contained question from a follow-up and the previous question (rule-based):
    "et pour les maires ?" swaps the actor; any other follow-up ("et en 2012 ?") is asked with
    the previous question as its context, which keeps both years for the sentences that
    compare them ("en 2008, 86 % … ; en 2012, 84 %")."""
    if not history or not is_followup(question, pronouns) or not _usable_context(history[-1]):
        return Followup("", question)
    previous = history[-1]
    q, p = fold_in_place(question), fold_in_place(previous)
    new = [m for pat in _ACTORS.values() if (m := re.search(rf"\b{pat}\b", q))]
    old = sorted(
        (m for pat in _ACTORS.values() if (m := re.search(rf"\b{pat}\b", p))),
        key=lambda m: m.start(),
    )
    if len(new) == 1 and old and _says_only(q, new[0]):
        m, target = old[0], new[0]  # the first actor of the previous question gives way
        # Replace the actor in the previous question, on the original (accented) text.
        before = _agreed(previous[: m.start()], q[target.start() : target.end()])
        if before is not None:
            return Followup(
                "", before + question[target.start() : target.end()] + previous[m.end() :]
            )
    rest = re.sub(r"^\s*(?:et|mais|puis|aussi)\s+", "", question.strip(), flags=re.I)
    return Followup(previous, rest)


_CONNECTORS = re.compile(
    r"\b(?:et|mais|puis|aussi|pour|chez|avec|parmi|quant|aux?|les?|la|l'|des?|du|d'|en|"
    r"dans|sur|ceux|celles|alors|ok|d'accord|qu'en est-il|pareil)\b|[?!.,;:'’]"
)


def _says_only(folded: str, span: re.Match[str]) -> bool:
    """Whether the follow-up says nothing but this actor ("et chez les patrons ?")."""
    rest = folded[: span.start()] + " " + folded[span.end() :]
    return not _CONNECTORS.sub(" ", rest).split()


# A previous question carried as context must look like one: short, and no markup in it.
MAX_CONTEXT_CHARS = 300
_MARKUP = re.compile(r"<\s*/?\s*[a-z!]", re.I)


def _usable_context(previous: str) -> bool:
    return len(previous) <= MAX_CONTEXT_CHARS and not _MARKUP.search(previous)


_ELIDED = re.compile(r"(?i)\b(d|l)['’]$")
_BEFORE = re.compile(r"(?i)\b(de|du|le|la|au|un|une|ce|cet|cette|mon|ma|son|sa) $")
_SINGULAR = {
    "du",
    "le",
    "la",
    "l",
    "au",
    "un",
    "une",
    "ce",
    "cet",
    "cette",
    "mon",
    "ma",
    "son",
    "sa",
}


def _agreed(before: str, actor: str) -> str | None:
    """The text before a swapped actor (all plural) with « de » / « d' » elided or not as the
    actor's first letter asks; None when a singular article stands there (its verb would be
    singular too: the follow-up is then asked after the previous question, as typed)."""
    vowel = actor[:1] in "aeiouyh"
    if m := _ELIDED.search(before):
        if m.group(1).lower() == "l":
            return None
        return before if vowel else before[: m.start()] + m.group(1) + "e "
    if m := _BEFORE.search(before):
        word = m.group(1).lower()
        if word in _SINGULAR:
            return None
        if word == "de" and vowel:
            return before[: m.start()] + m.group(1)[0] + "'"
    return before
