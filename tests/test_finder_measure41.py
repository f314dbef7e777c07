"""Session 41: what a figure measures. A clause citing the figure's source (« selon le volet
… », « d'après l'enquête … ») says where it comes from, not what it measures (rule
`source_clause`, data file `source_clause_nouns`); an item of a bracketed list that goes on the
first item's complement is read with the words that complement hangs on (rule
`listed_label`). Every example is invented; the positive tests fail without the rules."""

from __future__ import annotations

from finder_page import FinderPage

from assistant.finder.clauses import _listed_label
from assistant.types import DocInfo

DOC = DocInfo(source="note.pdf", title="Note", kind="autre", date="2024")


def test_a_source_clause_is_not_what_a_figure_measures():
    text = (
        "Les enquêtes du réseau montrent que les habitants voient dans les jardins partagés "
        "un lieu de rencontre : c'est le cas de 64 % d'entre eux selon le volet Quartiers.\n"
    )
    measure = FinderPage(DOC).one(text, "64 %").measure
    assert "lieu de rencontre" in measure and "volet" not in measure


def test_a_breakdown_by_budget_stays_in_the_measure():
    text = "La part des clubs qui ont un mécène varie selon le budget du club : 35 % en moyenne.\n"
    assert "budget" in FinderPage(DOC).one(text, "35 %").measure


def test_an_item_of_a_bracketed_list_goes_on_the_first_one():
    text = (
        "Les riverains citent surtout des effets favorables en matière de santé (71 %), "
        "de transport (58 %) et d'animation culturelle (44 %).\n"
    )
    page = FinderPage(DOC)
    assert "effets favorables en matière de transport" in page.one(text, "58 %").measure
    assert "effets favorables en matière d'animation culturelle" in page.one(text, "44 %").measure


def test_an_item_naming_its_own_subject_is_read_as_printed():
    text = "Les plus cités sont la mairie (52 %), le département (31 %) et la région (12 %)."
    at = text.index(" le département")
    assert _listed_label(text, " le département ", at) == " le département "
    at = text.index(" la mairie")  # the first item: nothing before it to go on
    assert _listed_label(text, " la mairie ", at) == " la mairie "


def test_an_abbreviation_s_stops_do_not_cut_the_measure():
    text = "Les quatre outils de la boîte R.E.S.E.A.U. sont en ligne.\n"
    assert "R.E.S.E.A.U" in FinderPage(DOC).one(text, "quatre").measure


def test_a_count_keeps_the_relative_clause_describing_what_it_counts():
    text = "Le programme compte sept cahiers, qui décrivent les coopérations entre voisins.\n"
    measure = FinderPage(DOC).one(text, "sept").measure
    assert "décrivent les coopérations entre voisins" in measure


def test_a_clause_on_lesquelles_names_its_antecedent():
    text = (
        "En tête viennent les associations du quartier, avec lesquelles 61 % des commerçants "
        "mènent une action commune.\n"
    )
    measure = FinderPage(DOC).one(text, "61 %").measure
    assert "avec les associations du quartier" in measure


def test_a_share_framing_its_sentence_measures_the_clause_after_it():
    text = "Pour 80 % des foyers modestes, la redevance sera supprimée, puis allégée.\n"
    measure = FinderPage(DOC).one(text, "80 %").measure
    assert "redevance sera supprimée" in measure
    text = "Pour 40 % des associations, les dons baissent ; pour 25 %, ils augmentent.\n"
    assert "augmentent" in FinderPage(DOC).one(text, "25 %").measure


def test_a_source_clause_without_commas_takes_only_the_source():
    text = "64 % des habitants jugent selon l'enquête leur quartier animé.\n"
    assert "quartier animé" in FinderPage(DOC).one(text, "64 %").measure
    text = "La part de clubs aidés varie selon la source de financement : 35 % en moyenne.\n"
    assert "source de financement" in FinderPage(DOC).one(text, "35 %").measure


def test_a_bracketed_list_hangs_on_the_first_item_s_own_link():
    text = (
        "Les riverains citent des effets en matière d'emploi des jeunes (83 %), "
        "d'activité économique (77 %).\n"
    )
    measure = FinderPage(DOC).one(text, "77 %").measure
    assert "en matière d'activité économique" in measure and "emploi" not in measure


def test_a_count_s_part_or_a_second_figure_is_no_relative_of_it():
    text = "Le réseau compte 300 adhérents, dont la plupart sont des associations.\n"
    assert "plupart" not in FinderPage(DOC).one(text, "300").measure
