"""Rule `wanted`: what a question asks that its question word does not say — where data comes
from (« qui collecte les données … ? »), how often it is updated (« tous les combien ? »), how a
survey reached its respondents (« de quelle façon ont-ils été interrogés ? »), the address of
an organisation (« c'est où leur siège ? ») — and the
sentences that give it (data/wanted.toml)."""

from __future__ import annotations

import pytest
from pdf_factory import make_text_pdf

from assistant.answer.generators import ExtractiveGenerator
from assistant.answer.wanted import gives, wanted, wanted_by_part
from assistant.assistant import Assistant
from assistant.reading.query import read
from assistant.settings import GenerationSettings, Settings
from assistant.types import Chunk, DocInfo, Hit

ALL = frozenset({"provenance", "frequency", "mode", "place", "address"})


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Qui collecte les données sur les ordonnances de protection ?", {"provenance"}),
        ("les chiffres du conge paternite ils viennent d'ou ?", {"provenance"}),
        ("D'où proviennent les données sur les congés de paternité ?", {"provenance"}),
        ("Quel service centralise les chiffres de la fibre ?", {"provenance"}),
        ("Ces données sont actualisées tous les combien ?", {"frequency"}),
        ("À quelle fréquence le baromètre est-il mis à jour ?", {"frequency"}),
        ("Ils ont été sondés comment, et sur quelle période ?", {"mode"}),
        ("et ça s'est passé quand ce sondage ? c'était sur internet ?", {"mode"}),
        ("Combien de maires ont été interrogés, et de quelle façon ?", {"mode"}),
        ("Où et quand la charte a-t-elle été dévoilée ?", {"place"}),
        ("Dans quelle ville le réseau est-il né ?", {"place"}),
        ("re-co c'est ou leur adresse ?", {"address"}),
        ("Où se trouve le siège de la coopérative ?", {"address", "place"}),
        ("elle est basée où la fondation ?", {"address", "place"}),
        # « s'adresse », an e-mail address, « qui siège », « où » alone ask no address (an
        # e-mail address is wanted as such: rule `given`)
        ("À qui s'adresse ce guide ?", set()),
        ("quelle est leur adresse mail ?", {"email"}),
        ("à quelle heure ouvre le forum ?", {"hour"}),
        ("c koi leur numero de tel ?", {"phone"}),
        ("Dans quel numéro de la revue est paru le dossier ?", set()),
        # no hour, number nor address asked (review of session 34)
        ("Qu'apporte un tel partenariat aux associations ?", set()),
        ("Comment appeler ce type d'alliance ?", set()),
        ("Quel est le standard retenu pour les données ouvertes ?", set()),
        ("Quel est le volume horaire des formations ?", set()),
        ("Les bénévoles ont-ils été interrogés par mail ?", set()),
        ("Qui siège au conseil d'administration ?", set()),
        ("la réunion est où ?", {"place"}),
        # « ou » is not « où », « d'où » asks where data comes from.
        ("les assos travaillent en local ou en regional ?", set()),
        ("D'où viennent ces chiffres ?", {"provenance"}),
        # The question word says it all: nothing more is wanted.
        ("Comment les communes sont-elles choisies ?", set()),
        ("Qui a créé le fonds de dotation ?", set()),
        ("Combien de maires ont été interrogés ?", set()),
        ("Combien de bénévoles compte l'association ?", set()),
    ],
)
def test_what_a_question_wants_beyond_its_question_word(question, names):
    assert wanted(question) == names


@pytest.mark.parametrize(
    ("sentence", "given"),
    [
        ("Les données sont recueillies par le service statistique du ministère (SDSE).", True),
        ("Ces données sont issues du Sniiram, système géré par l'assurance maladie.", True),
        ("Source : DREES, enquête annuelle.", True),
        ("Fréquence de mise à jour : trimestrielle", True),
        ("Les données présentées sont des données mensuelles non cumulées.", True),
        ("Les entretiens ont eu lieu par téléphone.", True),
        ("Le questionnaire en ligne est resté ouvert trois semaines.", True),
        ("Elle a été dévoilée le 30 novembre 2021 à Saint-Maurice.", True),
        ("La coopérative, Av. des Tilleuls 8, 1003 Lausanne", True),
        ("Le siège est au 12 rue de la Paix, 75002 Paris.", True),
        ("Écrire au 13 Rue d’Ulm, BP 123.", True),
        # Words that look like it and are something else.
        ("Le groupe agit en France depuis 2011.", False),
        ("Près de 1 900 produits issus de l'agriculture biologique sont vendus.", False),
        ("Le programme est porté par la Fondation Delta depuis 2019.", False),
        ("302 maires ont répondu à l'enquête.", False),
        # a year, or a count, is no postcode
        ("En 2008 Le RAMEAU a été créé.", False),
        ("Le baromètre a recueilli 2460 Réponses.", False),
        ("En 2019, 2000 Associations ont répondu.", False),
        ("Une entreprise sur trois occupe 1 place sur 3 au conseil.", False),
    ],
)
def test_a_sentence_that_gives_it(sentence, given):
    assert gives(ALL, sentence) is given


@pytest.mark.parametrize(
    ("question", "wants"),
    [
        ("Combien de maires ont été interrogés, et de quelle façon ?", [set(), {"mode"}]),
        ("Où et à quelle date la charte a-t-elle été dévoilée ?", [{"place"}, set()]),
    ],
)
def test_the_part_of_a_two_part_question_that_wants_it(question, wants):
    assert [wanted_by_part(p, question) for p in read(question).parts] == wants


DOC = DocInfo(source="barometre.pdf", title="Baromètre des services", kind="etude", date="2022")


def _answer(question: str, text: str, on: bool = True) -> tuple[str, list[str]]:
    gen = ExtractiveGenerator(GenerationSettings(wanted=on))
    hits = [Hit(Chunk("c0", DOC, 3, "3", 0, len(text), text), 1.0)]
    query = read(question)
    return "".join(gen.generate(query, hits)), gen.assess(query, hits)["rules"]


FREQUENCY = (
    "Indicateur : nombre d'entrées dans les piscines municipales de la ville. "
    "L'indicateur compte 1 200 000 entrées dans les piscines municipales en 2021. "
    "La cible est de 1 500 000 entrées en 2023. "
    "Les piscines municipales accueillent aussi les écoles. "
    "Fréquence de mise à jour : trimestrielle"
)


def test_how_often_is_answered_by_the_frequency_not_by_an_amount():
    """« tous les combien » asks how often: an amount (what « combien » asks elsewhere) is no
    answer, the line giving the frequency is."""
    question = "les chiffres des piscines municipales c mis a jour tous les combien ?"
    text, rules = _answer(question, FREQUENCY)
    assert _body(text).startswith("fréquence de mise à jour : trimestrielle")
    assert "wanted" in rules
    text, rules = _answer(question, FREQUENCY, on=False)
    assert _body(text).startswith("l'indicateur compte 1 200 000 entrées")  # an amount first
    assert "wanted" not in rules


def _body(answer: str) -> str:
    """The answer after « D'après le document « … » (2022), »."""
    return answer.split("), ", 1)[1]


PROVENANCE = (
    "Indicateur : nombre de prêts de vélos de la ville par la Métropole Delta. "
    "Les prêts de vélos de la ville ont doublé depuis 2019 dans les quartiers de la Métropole "
    "Delta. Le service de location propose aussi des vélos cargos. "
    "Les données sont produites par l'Observatoire des mobilités actives."
)


def test_who_collects_the_data_is_answered_by_the_sentence_saying_where_it_comes_from():
    question = "Qui collecte les données sur les prêts de vélos de la ville ?"
    text, rules = _answer(question, PROVENANCE)
    assert "Observatoire des mobilités actives" in text
    assert "wanted" in rules
    text, _ = _answer(question, PROVENANCE, on=False)
    assert "Observatoire des mobilités actives" not in text


SURVEY = (
    "L'enquête Delta a interrogé 302 maires de communes rurales. "
    "Elle a été conduite entre mars et avril 2024 par l'institut Gamma. "
    "Les maires ont tous été joints par téléphone. "
    "Les résultats ont été présentés au congrès des maires. "
    "Les maires y voient un levier pour leur territoire."
)


def test_the_second_part_of_a_two_part_question_gets_the_surveys_mode(tmp_path):
    """Through the whole pipeline, on a real PDF: « combien …, et de quelle façon ? » quotes
    the headcount and the mode, which shares no word with the question."""
    corpus = tmp_path / "corpus"
    make_text_pdf(corpus / "enquete-delta.pdf", ["Enquête Delta auprès des maires", SURVEY])

    def ask(on: bool) -> str:
        settings = Settings(
            corpus_dir=corpus,
            index_dir=tmp_path / "index",
            data_dir=tmp_path / "data",
            embedding={"model": "hashing"},
            generation={"wanted": on},
        )
        return (
            Assistant.from_settings(settings)
            .ask("Combien de maires ont été interrogés pour l'enquête Delta, et de quelle façon ?")
            .text
        )

    on = ask(True)
    assert "302 maires" in on
    assert "par téléphone" in on
    assert "par téléphone" not in ask(False)
