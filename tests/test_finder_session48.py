"""Session 48, figures table: a duration of one year written in words (rule `one_year`) and the
values of a form or an identity card printed after their label and a colon (rule
`field_values`). Every example is invented."""

from __future__ import annotations

from assistant.checks.grammar import figure_matches
from assistant.finder.extract import elided, extract_figures
from assistant.finder.fields import field_label, join_fields, label_noun
from assistant.finder.spelled import one_year
from assistant.finder.vocabulary import vocabulary
from assistant.types import DocInfo, Page

NOTE = DocInfo(source="note.pdf", title="Les clubs de vélo", kind="note", date="2021")


def _rows(text: str) -> list[tuple[str, str, str, str]]:
    rows = extract_figures(NOTE, [Page(1, "1", text)])
    return [(r.text, r.unit, r.actor, r.measure) for r in rows]


DURATIONS = (
    "Il a fallu presque un an pour écrire la charte des clubs. La piste sera testée pendant "
    "un an. Les guides sont sortis en un peu plus d'un an. Le club a été rénové durant une "
    "année. Le tour a duré un an et demi.\n"
)


def test_a_duration_of_one_year_in_words_is_a_figure_in_years():
    rows = [(t, u) for t, u, _, _ in _rows(DURATIONS)]
    assert rows == [("un an", "years")] * 3 + [("une année", "years")], rows
    assert one_year("en un an et demi") == [(3, 16, 1.5)]
    assert one_year("mené pendant un an a permis") == [(13, 18, 1.0)]  # « a », not « à l'autre »


DATES = (
    "Le club comptait 120 adhérents, contre 95 un an plus tôt. Il y a un an, rien n'était "
    "prévu. Ce fut une année charnière pour le vélo. Certains datent sa création d'une année "
    "plus tôt. 2020 fut une année de crise. Les tarifs changent d'une année à l'autre et "
    "varient peu d'un an sur l'autre. Il y a plus d'un an que la piste est fermée. Les enfants "
    "de moins d'un an roulent gratuitement.\n"
)


def test_one_year_dating_another_date_or_an_article_is_no_figure():
    texts = [t for t, *_ in _rows(DATES)]
    assert "un an" not in texts and "une année" not in texts, texts
    assert one_year("pendant un an") == [(8, 13, 1.0)]
    assert one_year("Il y a un an") == []


FORM = (
    "Fiche d'identité du club\n"
    "Nom du club :\n"
    "Les Roues Libres\n"
    "Bénévoles actifs : 45\n"
    "Salariés : 3 (2,5 ETP)\n"
    "Adhérents :\n"
    "320\n"
    "Budget annuel du club (2023) :\n"
    "98 000 €\n"
    "Montant\n"
    "demandé :\n"
    "12 000 €\n"
    "Version :\n"
    "3\n"
    "Commentaires : aucun\n"
)


def test_form_values_measure_their_label_and_count_what_it_names():
    rows = {t: (u, a, m) for t, u, a, m in _rows(FORM)}
    assert rows["45"] == ("people", "bénévoles", "nombre de bénévoles actifs"), rows
    assert rows["3"][0] == "people", rows  # not « 45 Salariés », the next field's label
    assert rows["320"][0] == "people" and "adhérents" in rows["320"][2].lower(), rows
    assert rows["98 000 €"][2] == "Budget annuel du club (2023)", rows
    assert rows["12 000 €"][2] == "Montant demandé", rows  # a label wrapped over two lines


def test_a_form_value_whose_label_names_no_count_is_no_figure():
    texts = [t for t, *_ in _rows(FORM)]
    assert "3" in texts and texts.count("3") == 1, texts  # « Salariés : 3 », not « Version : 3 »
    others = (
        "Sommaire\nIntroduction : 3\nMéthodes : 7\nRésultats : 12\nAnnexes : 45\n"
        "Années de création : 1998\nCommunes concernées :\n75011\nCharges : 12 500\n"
        "Subventions : 8 000\nChiffres clés :\n302\nUn club actif.\n"
    )
    assert _rows(others) == [], _rows(others)


def test_a_count_head_and_a_year_like_count_in_a_form():
    rows = {t: (u, m) for t, u, _, m in _rows("Nombre d'adhérents : 45\nAdhérents :\n2021\n120\n")}
    assert rows["45"][0] == "people" and "adhérents" in rows["45"][1], rows
    assert "2021" not in rows, rows  # a column of years under a label, not 2021 members


def test_a_key_figure_under_a_heading_with_a_colon_keeps_its_caption():
    rows = _rows("Les chiffres clés du club :\n302\nlicenciés en 2023\nUn club très actif.\n")
    assert rows and rows[0][:2] == ("302", "count") and "licenciés" in rows[0][3], rows
    share = dict((t, m) for t, _, _, m in _rows("Un même élan :\n 81 %\n des cyclistes roulent\n"))
    assert "roulent" in share["81 %"], share
    assert join_fields("Un même élan :\n 81 %\n des cyclistes\n").startswith("Un même élan :\n")


def test_join_fields_keeps_offsets_and_joins_only_a_label_and_its_value():
    text = "Bénévoles :\n38\nObjectif :\naccueillir 40 familles\n"
    joined = join_fields(text)
    assert len(joined) == len(text)
    assert joined.startswith("Bénévoles : 38\n")
    assert "Objectif :\naccueillir" in joined  # the line under it is no value alone
    start = joined.index("38")
    assert field_label(joined, start, start + 2) == "Bénévoles"
    assert field_label("Le club a 38 bénévoles", 9, 11) == ""


def test_label_noun_reads_plural_nouns_and_count_heads_only():
    vocab = vocabulary()
    assert label_noun("Familles accueillies en 2024", vocab) == "familles accueillies"
    assert label_noun("Nombre de projets soutenus", vocab) == "projets soutenus"
    assert label_noun("Version", vocab) == ""
    assert label_noun("Dossier n°", vocab) == ""
    assert label_noun("ONG partenaires", vocab) == ""


def test_a_key_figure_under_a_line_ending_on_an_acronym_is_a_figure():
    """« Programme VÉLO » / « 302 » / « habitants interrogés »: a key figure under its box's
    source, not a name like « ODD 17 » (which stays one on its line)."""
    text = (
        "Chiffres clés\n87 %\ndes cyclistes roulent chaque jour.\nProgramme VÉLO\n302\n"
        "habitants interrogés en 2023.\nSource : ODD 17 et COP 21.\n"
    )
    rows = {t: u for t, u, _, _ in _rows(text)}
    assert rows.get("302") == "people", rows
    assert "17" not in rows and "21" not in rows, rows
    assert [m.group() for m, _, _ in figure_matches("le programme VÉLO\n302")] == ["302"]
    assert [m.group() for m, _, _ in figure_matches("le programme VÉLO 302")] == []


def test_a_capitalised_noun_after_a_determiner_and_a_number_is_counted():
    """« les 17 Objectifs de Développement Durable » (rule `determined_count`); a name after a
    number alone stays none (« 2024 Rapport annuel », « 3 Allée des Tilleuls »)."""
    rows = {t: (u, m) for t, u, _, m in _rows("Le club contribue aux 17 Objectifs du Vélo.\n")}
    assert rows["17"][0] == "count" and "Objectifs" in rows["17"][1], rows
    assert _rows("Voir 2024 Rapport annuel, au 3 Allée des Tilleuls.\n") == []


def test_count_measures_elide_de_before_a_vowel():
    rows = {t: m for t, _, _, m in _rows("Le club compte 120 adhérents.\n")}
    assert rows["120"].startswith("nombre d'adhérents"), rows
    assert elided("nombre de habitants — part de femmes") == "nombre d'habitants — part de femmes"


def test_review_guards_names_after_a_determiner_and_acronyms_cut_by_a_line():
    """Second review: a name after « les » and a number (« les 3 Suisses », « les 20 Ans »),
    an acronym's number wrapped onto the next line (« CAC » / « 40 versent ») stay none."""
    texts = [t for t, *_ in _rows("Il a travaillé chez les 3 Suisses. La fête des 20 Ans.\n")]
    assert texts == [], texts
    texts = [t for t, *_ in _rows("Les sociétés du CAC\n40 versent des dividendes.\n")]
    assert texts == [], texts
    assert _rows("Le club contribue aux\u00a017 Objectifs du Vélo.\n")[0][:2] == ("17", "count")


def test_review_guards_form_labels_and_elision():
    rows = {t: u for t, u, _, _ in _rows("Pièces détachées reconditionnées : 1 250\nFin.\n")}
    assert rows.get("1 250") == "count", rows  # only « Pièces jointes » is no count
    assert elided("nombre de hameaux") == "nombre de hameaux"  # an aspirated h
    assert elided("nombre de yourtes") == "nombre de yourtes"
