"""Session 54, figures table: rules chosen from the misses shared by all tuning sets (families
of misses, not one layout). Every example is invented."""

from __future__ import annotations

from assistant.finder.extract import extract_figures
from assistant.finder.rows import FigureRow
from assistant.types import DocInfo, Page


def _rows(*texts: str, date: str = "2025") -> list[FigureRow]:
    doc = DocInfo(source="clubs.pdf", title="Veille des clubs", kind="bulletin", date=date)
    pages = [Page(i + 1, str(i + 1), text) for i, text in enumerate(texts)]
    return extract_figures(doc, pages)


def _measures(text: str) -> dict[str, str]:
    return {r.text.strip(): r.measure for r in _rows(text)}


def test_a_label_before_a_colon_says_what_an_amount_measures() -> None:
    # rule `colon_label`: not the words after it (« financés par … »)
    m = _measures("Coût de la saison des régates : 48 000 €, réglés par les clubs du bassin.\n")
    assert "saison des régates" in m["48 000 €"]
    assert "réglés" not in m["48 000 €"]


def test_each_labelled_part_of_a_budget_keeps_its_own_label() -> None:
    m = _measures(
        "Le fonds se partage en deux volets : volet « Initiation » : 12 000 €, avec une aide "
        "limitée à 800 € par club ; volet « Compétition » : 30 000 €, pour trois saisons.\n"
    )
    assert "Initiation" in m["12 000 €"]
    assert "Compétition" in m["30 000 €"]


def test_a_share_takes_a_label_that_names_a_share() -> None:
    m = _measures(
        "Le questionnaire est parti vers 900 clubs de mars à mai 2024 auprès des trésoriers "
        "bénévoles (taux de réponse : 14 %).\n"
    )
    assert m["14 %"].startswith("taux de réponse")


def test_a_share_after_a_label_that_only_points_back_keeps_the_sentence_before() -> None:
    # « la proportion restait forte » says nothing: the measure of the sentence before stands
    m = _measures(
        "En 2019, 71 % des rameurs jugeaient urgent de rénover les pontons.\n"
        "Trois ans plus tard, la proportion restait forte : 66 % en 2022.\n"
    )
    assert "proportion restait forte" not in m["66 %"]


def test_a_label_keeps_the_number_inside_it() -> None:
    # review: the label ran from the number « 12 », losing its head « Coût des »
    m = _measures("Coût des 12 régates de la saison : 48 000 €, réglés par les clubs.\n")
    assert m["48 000 €"].startswith("Coût des 12 régates")


def test_a_list_after_a_label_keeps_its_shared_predicate() -> None:
    # review: the label took the first item only, the predicate after the list is everyone's
    m = _measures(
        "Taux d'insatisfaction : 81 % des présidents, 84 % des trésoriers jugent le "
        "financement insuffisant.\n"
    )
    assert "jugent le financement insuffisant" in m["81 %"]
    # a list of editions with no predicate after it keeps the label
    m = _measures(
        "Part des rameurs jugeant urgent de rénover les pontons : 86 % en 2008, 84 % en 2012.\n"
    )
    assert m["86 %"].startswith("Part des rameurs jugeant urgent")


def test_a_source_is_no_label_and_one_word_labels_an_amount() -> None:
    m = _measures("Source : Observatoire régional des clubs 2023 : 45 000 €\n")
    assert not m["45 000 €"].startswith("Observatoire")
    m = _measures("Recettes : 12 000 € ; dépenses : 15 000 €.\n")
    assert m["15 000 €"].startswith("dépenses")


def _actors(*texts: str) -> dict[str, str]:
    return {r.text.strip(): r.actor for r in _rows(*texts)}


SLIDES = (
    "Votre club a-t-il signé une convention avec sa commune au cours de l'année ?\n"
    "Oui, plusieurs conventions : 27 %\n"
    "Oui, une seule : 19 %\n"
    "Non : 54 %\n"
    "Base : 812 répondants (bénévoles de clubs), terrain du 3 au 20 mars 2025, en ligne.\n"
    "Note d'utilité des conventions, sur 10\n"
    "6,8 la vie du quartier\n"
    "5,9 l'emploi des jeunes\n"
    "Base : 640 répondants.\n"
)


def test_a_base_line_names_whom_the_shares_above_it_count() -> None:
    # rule `base_line`: the population in brackets over the role « répondants »
    actors = _actors(SLIDES)
    assert actors["27 %"] == actors["54 %"] == "bénévoles"
    # the second chart has its own base, a role only
    assert actors["6,8"] == actors["5,9"] == "répondants"


def test_a_share_naming_its_population_keeps_it_under_a_base_line() -> None:
    actors = _actors(
        "Avez-vous reçu une demande de convention ?\n"
        "Oui : 38 %\n"
        "Non : 62 %\n"
        "Selon la fédération, 61 % des maires en ont reçu une.\n"
        "Champ : dirigeants de clubs affiliés à une fédération.\n"
    )
    assert actors["61 %"] == "maires"
    assert actors["38 %"] == "dirigeants"


def test_a_population_completed_by_another_counts_as_the_head() -> None:
    # rule `complement_population`: « les élus des communes de moins de 3 500 habitants »
    actors = _actors(
        "Interrogés sur leurs freins, les élus des communes de moins de 3 500 habitants citent "
        "d'abord le manque de temps (58 %), puis le coût des bassins (44 %).\n"
    )
    assert actors["58 %"] == actors["44 %"] == "élus"


SIZE_TABLE = (
    "Tableau 3 – Part des structures ayant signé une convention de bassin, selon la taille de la "
    "commune (en %)\n"
    "Taille de la commune\n"
    "Associations\n"
    "Entreprises\n"
    "Collectivités\n"
    "Moins de 3 500 hab.\n"
    "31\n"
    "12\n"
    "57\n"
    "3 500 à 49 999 hab.\n"
    "44\n"
    "19\n"
    "71\n"
    "50 000 hab. et plus\n"
    "52\n"
    "23\n"
    "80\n"
    "Source : enquête des bassins 2025.\n"
)


def test_a_size_class_ending_on_an_abbreviation_labels_a_row() -> None:
    # « 3 500 à 49 999 hab. » has more words than an abbreviated label, being digits
    rows = {r.text.strip(): r for r in _rows(SIZE_TABLE)}
    assert (rows["44"].actor, rows["19"].actor, rows["71"].actor) == (
        "Associations",
        "Entreprises",
        "Collectivités",
    )
    assert "3 500 à 49 999" in rows["44"].measure


def test_a_difference_listed_after_a_difference_in_points_is_in_points() -> None:
    # rule `listed_points`: the second item of « atteint 26 points … et 25 points … »
    text = (
        "L'écart entre petits et grands clubs atteint 26 points pour les associations et "
        "25 points pour les entreprises.\n"
        "L'écart atteint 4 points, et le plan de relance compte 12 points.\n"
    )
    units = {r.text.strip(): r.unit for r in _rows(text)}
    assert units["26 points"] == units["25 points"] == "pts"
    assert "12 points" not in units  # a new clause: points counted, no difference


def test_an_endowed_amount_measures_the_endowment_of_its_subject() -> None:
    # rule `endowed_amount` (data list `endowment_participles`)
    m = _measures(
        "Créé en 2021 par la Ligue des rameurs et la Région, le Fonds Bassins Verts est doté de "
        "2,4 M€ pour une rénovation sur cinq ans.\n"
        "Le projet Pontons Neufs est financé à hauteur de 40 000 € par la commune.\n"
    )
    assert m["2,4 M€"].startswith("dotation (Fonds Bassins Verts)")
    assert m["40 000 €"].startswith("financement (Pontons Neufs)")


def test_a_base_naming_a_role_gives_way_to_the_people_the_document_counts() -> None:
    # a document of maires: « Base : 296 répondants » are its maires
    first = (
        "Enquête auprès des maires du bassin\n"
        "Selon l'enquête, 78 % des maires soutiennent les piscines et 64 % des maires leur "
        "prêtent une salle.\n"
    )
    # (« piscines », not « clubs »: since session 60 clubs are a population)
    slide = "Prêtez-vous un bassin aux écoles ?\nOui : 41 %\nNon : 59 %\nBase : 296 répondants.\n"
    actors = {r.text.strip(): r.actor for r in _rows(first, slide)}
    assert actors["41 %"] == actors["59 %"] == "maires"
    # a document whose figures count organisations: the role stands
    first = (
        "Les piscines du bassin\n"
        "Selon l'enquête, 78 % des associations ont un local et 64 % des associations un "
        "bassin.\n"
    )
    actors = {r.text.strip(): r.actor for r in _rows(first, slide)}
    assert actors["41 %"] == "répondants"


def test_a_count_names_what_its_own_sentence_is_about() -> None:
    # rule `own_name`: the subject named before the count, not an agent of a pair
    m = _measures(
        "Le programme RIVAGES (2016-2020) comptait onze volets.\n"
        "Le Fonds Bassins Verts, créé par la Ligue et la Région, soutient 38 clubs.\n"
    )
    assert m["onze"].endswith("(programme RIVAGES)")
    assert m["38"].endswith("(Fonds Bassins Verts)")


def test_a_headcount_keeps_its_study_before_its_sentence_names() -> None:
    m = _measures(
        "L'enquête VIGIE-Clubs a été menée par Saint-Aubin Conseil auprès de 812 trésoriers "
        "interrogés en mars 2025.\n"
    )
    assert not m["812"].endswith("(Saint-Aubin Conseil)")


def test_a_later_bracketed_item_keeps_the_first_items_predicate() -> None:
    # rule `bracket_list_lead`: « … un impact fort sur l'emploi (49 %), … et l'environnement
    # (42 %) »: the later items print only their label
    m = _measures(
        "Les rameurs attendent des clubs un effort fort sur la sécurité (61 %), "
        "l'accueil des jeunes (47 %) et l'environnement (39 %).\n"
    )
    assert "l'environnement — " in m["39 %"]
    assert "effort fort" in m["39 %"] and "effort fort" in m["47 %"]


def test_a_count_of_people_counts_them_without_a_category() -> None:
    # rule `people_noun`: « responsables » has no actor category, it is still people
    actors = _actors("L'enquête a recueilli les réponses de plus de 1 380 responsables.\n")
    assert actors["1 380"] == "responsables"
    # a count of things counts no one
    assert _actors("Le plan compte 12 volets.\n")["12"] == ""


def test_a_share_of_agents_counts_them_a_share_of_things_no_one() -> None:
    # rule `share_of_agents` (data lists agent_endings, agent_nouns)
    actors = _actors(
        "Selon le bilan, 78 % des lauréats formés déclarent avoir élargi leur cercle.\n"
        "Les frais de transport représentent 40 % des dépenses.\n"
    )
    assert actors["78 %"] == "lauréats"
    assert actors["40 %"] == ""


def test_a_year_printed_right_after_the_figure_before_is_that_figures() -> None:
    # rule `glued_year`: « de 86 % en 2008 à 84 % en 2012 »: 2008 is 86 %'s, 2012 is 84 %'s
    years = {
        r.text.strip(): r.year
        for r in _rows(
            "La part des rameurs jugeant les pontons vétustes est passée de 86 % en 2008 à "
            "84 % en 2012.\n"
        )
    }
    assert (years["86 %"], years["84 %"]) == ("2008", "2012")


def test_a_group_of_agents_after_a_share_is_whom_it_counts() -> None:
    # `group_after` for agents the vocabulary does not list (data list agent_nouns)
    actors = _actors(
        "La proportion montait à 53 % chez les associations employeuses et à 65 % chez les "
        "pionniers.\n"
    )
    assert actors["65 %"] == "pionniers"
    # « employeuses » completes the « associations » named before: no population of its own
    actors = _actors("Près de 38 % des associations sont engagées, et 53 % chez les employeuses.\n")
    assert actors["53 %"] == "associations"


def test_a_mark_is_given_by_people_not_by_organisations() -> None:
    # rule `marks_count_people`: the document's « associations » give way to the page's people
    first = (
        "Les piscines du bassin\n"
        "Selon l'enquête, 72 % des associations ont un local et 64 % des associations un "
        "bassin ; 38 % des associations emploient un salarié.\n"
    )
    second = (
        "Ce que les habitants attendent des clubs\n"
        "Notes sur 10\n"
        "Emploi des jeunes\n"
        "7,1\n"
        "Sécurité des bassins\n"
        "6,4\n"
    )
    rows = {(r.page, r.text.strip()): r.actor for r in _rows(first, second)}
    assert rows[1, "72 %"] == "associations"
    assert rows[2, "7,1"] == rows[2, "6,4"] == "habitants"


def test_bases_that_head_their_charts_date_the_shares_below_them() -> None:
    # review: a base above each chart is that chart's, not the next one's
    actors = _actors(
        "Priorités\nBase : ensemble des maires\n\nEmploi\n64 %\nClimat\n22 %\n\n"
        "Attentes\nBase : ensemble des dirigeants\n\nAides\n51 %\nConseils\n30 %\n"
    )
    assert (actors["64 %"], actors["22 %"]) == ("maires", "maires")
    assert (actors["51 %"], actors["30 %"]) == ("dirigeants", "dirigeants")


def test_a_share_of_things_ending_like_agents_counts_no_one() -> None:
    # review: « extincteurs », « tondeuses » end like agents and are things
    actors = _actors(
        "Au gymnase, 35 % des extincteurs sont périmés et 30 % des tondeuses en panne.\n"
    )
    assert actors["35 %"] == actors["30 %"] == ""


def test_review_points_counted_clauses_and_complements() -> None:
    # « 40 points relais » are things, not a difference listed after « 6 points »
    units = {
        r.text.strip(): r.unit
        for r in _rows("La satisfaction gagne 6 points et 40 points relais ont ouvert.\n")
    }
    assert "40 points" not in units
    # a bracketed item after « alors que » opens another clause: no lead from the first list
    m = _measures(
        "Les bénévoles attendent un effort fort sur la sécurité (49 %), alors que les trésoriers "
        "privilégient la santé (42 %).\n"
    )
    assert "effort fort" not in m["42 %"]
    # people completing an organisation in a heading do not give a mark its population
    first = (
        "Les piscines du bassin\n"
        "Selon l'enquête, 72 % des associations ont un local et 64 % des associations un "
        "bassin ; 38 % des associations emploient un salarié.\n"
    )
    second = (
        "Les associations qui emploient des jeunes de moins de 26 ans\n"
        "Note moyenne (sur 10)\n"
        "Accueil\n"
        "7,1\n"
    )
    rows = {(r.page, r.text.strip()): r.actor for r in _rows(first, second)}
    assert rows[2, "7,1"] != "jeunes"
