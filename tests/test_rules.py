"""Every named rule of the extractive answerer does something, and the answer says so: on a
small crafted case, the answer with the rule switched off differs from the answer with it on,
and `retrieval.rules` names the rule only when it is on (assistant/answer/rules.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from assistant.answer.generators import ExtractiveGenerator
from assistant.answer.rules import RULES, without
from assistant.reading.query import Query
from assistant.search.embed import HashingEmbedder
from assistant.search.index import banner_key
from assistant.settings import GenerationSettings, Settings
from assistant.types import Chunk, DocInfo, Hit


def doc(title: str, date: str = "2022") -> DocInfo:
    return DocInfo(source=f"{title[:12]}.pdf", title=title, kind="autre", date=date)


def hits(*passages: tuple[str, float], title: str = "Note de travail", date: str = "2022"):
    d = doc(title, date)
    return [
        Hit(Chunk(f"c{i}", d, 2, "2", 0, len(text), text), score)
        for i, (text, score) in enumerate(passages)
    ]


@dataclass
class Case:
    rule: str
    question: str
    hits: list[Hit]
    context: str = ""  # the previous question, for a follow-up
    conf: dict[str, Any] = field(default_factory=dict)  # other settings of the case
    embedder: bool = False  # closeness in meaning measured (hashing vectors)
    banner: str = ""  # a sentence printed in many documents


# The best sentence alone: no window nor other sentences, so that its choice shows. The
# cases of a rule that lifts a pronoun-led sentence switch `says_more` off: that rule also
# puts the pair first when the two score the same.
ALONE = {"window": False, "runners_up": False, "neighbours": False, "two_passages": False}

CASES = [
    Case(
        "absent_name",
        "Quel est le budget annuel de fonctionnement de la Fondation Alpha ?",
        hits((
            "La Fondation Alpha a été créée à Lyon par des entreprises de la région. "
            "Les statuts ont été revus lors de la dernière assemblée générale. "
            "Le budget annuel de fonctionnement atteint 3 millions d'euros.",
            1.0,
        )),
        conf={"kind_figure": False},
    ),
    Case(
        # The body is named two sentences before the one naming its director: `absent_name`
        # weakens that one, but its passage names the body, so it is still chosen over another
        # passage's sentence holding more of the question's words and no name.
        "passage_name",
        "Qui assure la direction générale de la Fondation Alpha ?",
        hits(
            (
                "La Fondation Alpha a été créée en 2010 à Lyon. Elle réunit des entreprises du "
                "territoire. La direction générale, elle, est assurée par Marie Durand.",
                1.0,
            ),
            (
                "La direction générale de la Fondation Alpha publie chaque année un rapport "
                "d'activité.",
                0.9,
            ),
        ),
        conf={"max_sentences": 1},
    ),
    Case(
        # The foundation is named only in the credit line before the sentence: the refusal
        # reads the sentence's support weakened (a sentence with few of the question's words
        # and not close in meaning is refused: `min_similarity` high makes any such one far).
        "own_names",
        "Dans quelles villes moyennes la Fondation Alpha est-elle implantée ?",
        hits((
            "L'étude a été publiée en mars par la Fondation Alpha. "
            "Les associations interrogées sont implantées dans des villes moyennes.",
            1.0,
        )),
        conf={"min_similarity": 0.99},
        embedder=True,
    ),
    Case(
        "other_year",
        "Combien de bénévoles actifs comptait l'association en 2020 ?",
        hits(
            (
                "En 2018, l'association comptait 40 bénévoles actifs dans ses antennes. "
                "Le réseau a compté 55 bénévoles pendant la crise sanitaire.",
                1.0,
            ),
            date="2020",
        ),
        conf={"kind_counted": False},
    ),
    Case(
        "near_miss",
        "Quel était le budget annuel de l'association en 2019 ?",
        hits(("En 2022, le budget annuel de l'association atteint 2 millions d'euros.", 1.0)),
        conf={"other_year": False},
    ),
    Case(
        "bounds",
        "Quelle part des maires de communes de plus de 10 000 habitants voient leur territoire "
        "changer ?",
        hits((
            "Dans les communes de moins de 3 500 habitants, 91 % des maires voient leur "
            "territoire changer.",
            1.0,
        )),
    ),
    Case(
        "heading_answer",
        "Qu'est-ce qu'une alliance territoriale ?",
        hits((
            "Qu'est-ce qu'une alliance territoriale ?\n"
            "On parle de coopération lorsque plusieurs acteurs s'engagent ensemble durablement.\n"
            "Une alliance territoriale réunit des acteurs variés autour d'un projet commun.",
            1.0,
        )),
        conf={"kind_definition": False},
    ),
    Case(
        "follow_up",
        "et de salariés ?",
        hits((
            "L'association compte 55 bénévoles. "
            "Le siège est installé à Lyon depuis dix ans. "
            "L'association emploie aussi 12 salariés.",
            1.0,
        )),
        context="Combien de bénévoles compte l'association ?",
        conf={**ALONE, "kind_counted": False},
    ),
    Case(
        "figure",
        "Combien coûte le programme de formation des élus ?",
        hits((
            "Le programme de formation des élus coûte cher aux petites communes rurales. "
            "Le programme de formation coûte 30 000 euros.",
            1.0,
        )),
        conf={**ALONE, "money": False},
    ),
    Case(
        "mark",
        "Quelle note sur 10 les habitants donnent-ils au logement ?",
        hits(("Le logement arrive en tête des attentes de 42 % des habitants interrogés.", 1.0)),
    ),
    Case(
        "marked_item",
        "Quelle note sur 10 les habitants donnent-ils au logement ?",
        hits(("Les habitants donnent 7,1/10 à l'emploi, premier enjeu de leur quartier.", 1.0)),
    ),
    Case(
        "how_many",
        "Combien de salariés emploie le réseau Delta ?",
        hits((
            "Le réseau Delta accompagne les entreprises d'au moins 10 salariés de la région "
            "depuis 2015, avec une dotation de 2 M€ sur 3 ans.",
            1.0,
        )),
        conf={"focus": False},  # « salariés » is in the sentence: the focus holds anyway
    ),
    Case(
        "echo",
        "Combien des 12 mesures du plan Delta ont déjà été appliquées ?",
        hits(("Le plan Delta, adopté en 2021, compte 12 mesures pour les clubs sportifs.", 1.0)),
    ),
    Case(
        "given",
        "À quelle heure commence le forum de la ligue Delta ?",
        hits(("Le forum de la ligue Delta se tiendra le 12 mars 2025 à Nantes.", 1.0)),
    ),
    Case(
        "share",
        "Quelle part des clubs de la ligue Delta a un partenaire ?",
        hits(("La ligue Delta compte 320 clubs, dont beaucoup ont un partenaire local.", 1.0)),
    ),
    Case(
        "money",
        "Quel est le montant de la dotation de la Fondation Delta ?",
        hits(("La dotation de la Fondation Delta a été votée par ses 21 cofondateurs en 2022.", 1.0)),
    ),
    Case(
        "sample",
        "Combien de maires ont été interrogés pour l'enquête Delta ?",
        hits(("Dans l'enquête Delta, 76 % des maires interrogés jugent leur territoire engagé.", 1.0)),
    ),
    Case(
        "role",
        "Qui préside la Fondation des Dunes ?",
        hits(("La présidence de la Fondation des Dunes est assurée à tour de rôle par ses membres.", 1.0)),
    ),
    Case(
        "role_named",
        "Qui est le trésorier de la Fondation des Dunes ?",
        hits(("La Fondation des Dunes est présidée par Anne Robin depuis sa création.", 1.0)),
        conf={"focus": False, "attribute": False},  # « trésorier » is missing for these too
    ),
    Case(
        "person",
        "Qui préside le Conseil Alpha du Groupe ?",
        hits((
            "Le Conseil Alpha du Groupe réunit des personnalités externes. En Grande-Bretagne, "
            "Alpha Energy dispose d'un Business Panel qui conseille le Directeur Général.",
            1.0,
        )),
        conf={"focus": False},
    ),
    Case(
        "function",
        "Quelle fonction occupait Paul Martin quand il a lancé le plan Delta ?",
        hits((
            "En 2019, Paul Martin a lancé le plan Delta avec trois réseaux d'entreprises. "
            "Le plan Delta compte 12 mesures pour les clubs sportifs.",
            1.0,
        )),
        conf={"focus": False, "attribute": False},  # « fonction » is missing for these too
    ),
    Case(
        "giver",
        "Quel montant la Fondation Alpha apporte-t-elle au projet Delta ?",
        hits((
            "Le projet Delta réunit la Fondation Alpha et trois réseaux d'entreprises. "
            "Budget total du projet Delta : 1,6 M€ sur trois ans.",
            1.0,
        )),
        conf={"focus": False, "attribute": False},
    ),
    Case(
        "restriction",
        "Quelle part des clubs bretons a un partenaire local ?",
        hits((
            "Dans l'enquête nationale Delta, 62 % des clubs ont un partenaire local. "
            "Les clubs interrogés viennent de toutes les régions.",
            1.0,
        )),
    ),
    Case(
        "owner",
        "Qui préside la Fondation des Dunes ?",
        hits((
            "La Fondation des Dunes a été lancée en 2021 avec le réseau Alpha. "
            "Le réseau Alpha est présidé par Anne Robin.",
            1.0,
        )),
    ),
    Case(
        "asked_year",
        "Combien de vélos la Métropole Delta a-t-elle prêtés en 2019 ?",
        hits((
            "Bilan de la mobilité 2019 de la Métropole Delta. La Métropole Delta a prêté "
            "4 200 vélos en 2021 (hors prêts de courte durée).",
            1.0,
        )),
    ),
    Case(
        "wanted",
        "Qui collecte les données sur les prêts de vélos de la ville ?",
        hits((
            "Les prêts de vélos de la ville ont doublé depuis 2019, selon la Métropole Delta. "
            "Les données des prêts de vélos sont recueillies par le service de la mobilité.",
            1.0,
        )),
        conf=ALONE,
    ),
    Case(
        "kind_list",
        "Quels territoires ont testé la démarche de coopération ?",
        hits((
            "La démarche de coopération a été testée dès 2010 par des territoires volontaires. "
            "Ils ont été choisis pour leur diversité :\n"
            "- l'Alsace, avec un réseau d'entreprises ;\n"
            "- le Poitou-Charentes, avec une fondation.",
            1.0,
        )),
        conf={**ALONE, "says_more": False},
    ),
    Case(
        "negation",
        "Quelle part des clubs sportifs ne veut pas de mécène ?",
        hits((
            "Les clubs sportifs ont été interrogés sur le mécénat. Un tiers des clubs sportifs "
            "(33 %) veulent trouver un mécène. Les autres, soit 46 %, ne le souhaitent pas.",
            1.0,
        )),
        conf=ALONE,
    ),
    Case(
        "acronym",
        "c'est quoi un PGD ?",
        hits((
            "Le guide recommande de rédiger un PGD dès le début du projet. "
            "Un Plan de Gestion de Données (PGD) décrit comment les données seront produites, "
            "documentées et conservées.",
            1.0,
        )),
        conf=ALONE,
    ),
    Case(
        "percent",
        "Quelle part des maires soutient le projet de la région ?",
        hits((
            # As close to the question as the next one: the percentage decides.
            "Au total, 300 maires soutiennent le projet de la région. "
            "En tout, 62 % des maires soutiennent le projet de la région.",
            1.0,
        )),
        conf=ALONE,
    ),
    Case(
        "duration",
        "Le programme de coopération dure combien de temps ?",
        hits((
            "Le programme de coopération réunit 12 partenaires. "
            "Il se déroule sur 3 ans, de 2023 à 2026.",
            1.0,
        )),
        conf={"says_more": False},
    ),
    Case(
        "counted",
        "Combien de territoires participent au parcours ?",
        hits((
            "Le parcours mobilise des territoires pionniers et comprend 3 volets. "
            "Au total, 11 territoires ont rejoint cette démarche.",
            1.0,
        )),
    ),
    Case(
        "when",
        "Quand la fondation a-t-elle été créée ?",
        hits((
            "La fondation a été créée par des entreprises et des associations du territoire. "
            "La fondation est née le 14 juin 2022.",
            1.0,
        )),
        conf=ALONE,
    ),
    Case(
        "who",
        "Qui dirige le réseau national des villes ?",
        hits((
            "Le réseau national des villes est dirigé par un conseil élu. "
            "Depuis 2019, Jeanne Martin dirige le réseau national.",
            1.0,
        )),
        conf=ALONE,
    ),
    Case(
        "definition",
        "Qu'est-ce que la co-construction territoriale ?",
        hits((
            "La co-construction territoriale progresse dans toutes les régions depuis dix ans. "
            "Cette démarche désigne une manière de bâtir ensemble.",
            1.0,
        )),
        conf={"says_more": False},
    ),
    Case(
        "long_sentence",
        "Quelles actions de formation mène le réseau des villes cyclables ?",
        hits((
            "Le réseau des villes cyclables mène des actions de plaidoyer. "
            "Le réseau des villes cyclables, qui réunit des communes de toutes tailles, "
            + "mène aussi des actions " + "de formation, d'accompagnement et de conseil, " * 8
            + "auprès des élus.",
            1.0,
        )),
        conf=ALONE,
    ),
    Case(
        "banner",
        "Quelles actions mène le réseau des villes cyclables ?",
        hits((
            "Le réseau des villes cyclables mène des actions de plaidoyer et de formation. "
            "Les communes membres partagent leurs actions.",
            1.0,
        )),
        banner="Le réseau des villes cyclables mène des actions de plaidoyer et de formation.",
    ),
    Case(
        "runners_up",
        "Combien de communes adhèrent au réseau des villes cyclables ?",
        hits(
            ("Le réseau des villes cyclables rassemble 412 communes adhérentes.", 1.0),
            ("En tout, 412 communes adhèrent au réseau national des villes cyclables.", 0.9),
        ),
        conf={"two_passages": False, "no_repeat": False},
    ),
    Case(
        "no_repeat",
        "Combien de communes adhèrent au réseau des villes cyclables ?",
        hits(
            ("Le réseau des villes cyclables rassemble 412 communes adhérentes.", 1.0),
            ("Le réseau des villes cyclables rassemble 412 communes adhérentes en France.", 0.9),
        ),
        conf={"two_passages": False},
    ),
    Case(
        "says_more",
        "Combien de bénévoles compte le réseau Beta ?",
        hits((
            "Le réseau Beta compte 40 bénévoles cette année. Ils étaient 25 lors de sa création.",
            1.0,
        )),
        conf=ALONE,
    ),
    Case(
        "attribute",
        "Quel est le budget annuel du RAMEAU ?",
        hits((
            "Le RAMEAU est une association créée en 2006.\n"
            "Le RAMEAU est présidé par son fondateur, Charles-Benoît Heidsieck.",
            1.0,
        )),
        conf={"focus": False, "money": False},
    ),
    Case(
        "low_support",
        "Quel est le calendrier prévu du chantier de rénovation thermique des gymnases municipaux ?",
        hits(("Les gymnases de la ville accueillent les clubs le samedi.", 1.0)),
        conf={"focus": False},
    ),
    Case(
        "followup_support",
        "et pour le logement ?",
        hits((
            "Les notes vont de 6,1 à 7,4 selon les sujets. Le logement obtient une note de 6,9 sur 10.",
            1.0,
        )),
        context="Quelle note moyenne les habitants du quartier donnent-ils à la propreté des rues ?",
        conf={"focus": False, "min_similarity": 1.0},  # `weak_far` refuses what is not held
        embedder=True,
    ),
    Case(
        "weak_far",
        "Quel est le calendrier de rénovation thermique des gymnases de la ville ?",
        hits(("Les gymnases de la ville accueillent les clubs le samedi.", 1.0)),
        conf={"focus": False, "min_similarity": 1.0},
        embedder=True,
    ),
    Case(
        "short_runs",
        "Quel bureau d'architectes a signé la reconversion du dépôt de tramways ?",
        hits((
            "Nos références sont présentées ci-dessous, avec leurs architectes.\n"
            "Reconversion du dépôt de tramways\nGrenoble, 2019\nBureau Lenoir Architectes\n"
            "Transformation d'un dépôt en ateliers partagés et en logements.",
            1.0,
        )),
    ),
    # The date part of a three-part question is given by the third sentence of the passage a
    # runner-up comes from; it takes the place of a runner-up that gives no part.
    Case(
        "parts_first",
        "Pour l'enquête de 2024 auprès des maires : combien de maires, à quelles dates et par "
        "quel moyen ?",
        hits(
            ("Maires (2024) : 91 % voient leur territoire en mouvement ; échantillon de 302 "
             "maires.", 0.8),
            ("302 maires ont été interrogés par téléphone. Selon l'enquête, 35 % des maires de "
             "communes rurales jugent leur territoire très en mouvement. Les dates du terrain "
             "de l'enquête auprès des maires vont du 30 septembre au 28 octobre 2024.", 0.9),
        ),
        conf={"window": False, "neighbours": False},
    ),
    Case(
        "bare_lead",
        "Combien de mesures contient la feuille de route des jardins partagés ?",
        hits(
            ("La feuille de route des jardins partagés compte 21 mesures, réparties en trois "
             "volets.", 1.0),
            ("Portée par la ville, la feuille de route des jardins partagés se déploie autour "
             "de deux enjeux :", 0.95),
        ),
    ),
    Case(
        "rescue",
        "Quel est le calendrier prévu du chantier de rénovation thermique des gymnases municipaux ?",
        hits(("Les gymnases de la ville accueillent les clubs le samedi.", 1.0)),
        conf={"focus": False, "rescue_similarity": -1.0},
        embedder=True,
    ),
]  # fmt: skip


def answer(case: Case, conf: GenerationSettings) -> tuple[str, list[str]]:
    gen = ExtractiveGenerator(conf)
    gen.embedder = HashingEmbedder() if case.embedder else None
    gen.banners = frozenset({banner_key(case.banner)}) if case.banner else frozenset()
    query = Query(case.question, context=case.context)
    text = "".join(gen.generate(query, case.hits))
    return text, gen.assess(query, case.hits)["rules"]


@pytest.mark.parametrize("case", CASES, ids=[c.rule for c in CASES])
def test_each_rule_changes_the_answer_and_is_recorded(case):
    on = Settings(generation=GenerationSettings(**case.conf))
    off = without(on, case.rule)
    text_on, rules_on = answer(case, on.generation)
    text_off, rules_off = answer(case, off.generation)
    assert text_on != text_off
    if case.rule != "banner":  # it removes a sentence, it chooses none
        assert case.rule in rules_on
    assert case.rule not in rules_off


def test_every_rule_has_a_crafted_case():
    assert {c.rule for c in CASES} | {"window", "list", "boilerplate", "neighbour"} | {
        "two_passages",
        "focus",
        "page_siblings",  # tests/test_window_neighbours.py
        "pronoun_followup",  # tests/test_followups.py: it reads the question, not the passages
        "figure_year",  # tests/test_figure_year.py: it reads the figures table
        "followup_document",  # tests/test_followup_document.py: it lifts passages
        "lexical_lead",  # tests/test_lexical_lead.py: it lifts a passage
    } == {r.name for r in RULES}


def test_the_answer_records_the_rules_that_shaped_it(tmp_path):
    """`retrieval.rules` of `ask --json`: a figure question answered by a sentence with an
    amount names `figure`; with the rule switched off, it does not."""
    from small_corpus import write_small_corpus

    from assistant.assistant import Assistant

    settings = Settings(
        corpus_dir=write_small_corpus(tmp_path / "corpus"),
        index_dir=tmp_path / "index",
        data_dir=tmp_path / "data",
        embedding={"model": "hashing"},
    )
    bot = Assistant.from_settings(settings)
    question = "Combien de maires expriment un besoin d'alliance pour leur territoire ?"
    record = bot.ask(question).to_dict()
    assert not record["refused"] and "figure" in record["retrieval"]["rules"]
    off = Assistant.from_settings(without(settings, "figure"))
    assert "figure" not in off.ask(question).to_dict()["retrieval"]["rules"]
