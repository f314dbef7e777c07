"""The named rules of the extractive answerer that can be switched off one by one, so that each
one's worth is measured by turning it off (`python -m evals.ablate RULE`). Each answer records
which of them shaped it (`retrieval.rules` in `ask --json`): the rules that moved the score of
a quoted sentence, chose or widened the quoted sentences, and the refusal rule that refused
it (or the closeness in meaning that rescued it)."""

from __future__ import annotations

from dataclasses import dataclass

from ..settings import Settings


@dataclass(frozen=True)
class Rule:
    name: str
    doc: str
    setting: str  # "group.field" of Settings: a boolean, True when the rule is on


RULES = (
    Rule(
        "window",
        "La meilleure phrase est élargie aux phrases voisines de son passage qui ajoutent ce "
        "que la question demande encore (assistant/window.py).",
        "generation.window",
    ),
    Rule(
        "list",
        "Les éléments d'une liste (puces, tirets, numéros) sont cités après la phrase qui "
        "l'annonce, en une seule phrase, quand elle est la meilleure ou que la question demande "
        "une liste (assistant/answer/window.py, list_window).",
        "generation.list_items",
    ),
    Rule(
        "boilerplate",
        "Une adresse web presque seule, une étiquette ou un titre courant en capitales, la fin "
        "d'une phrase coupée par le début du passage ne sont jamais cités comme réponse "
        "(assistant/answer/units.py, boilerplate).",
        "generation.boilerplate",
    ),
    Rule(
        "short_runs",
        "Trois lignes courtes ou plus sans phrase (légende d'un projet, crédits, encadré de "
        "chiffres clés écrit sans phrases) sont lues ensemble, par cinq au plus, comme une "
        "unité citable (assistant/grids.py, short_runs).",
        "generation.short_runs",
    ),
    Rule(
        "neighbour",
        "Quand la fenêtre n'a pas ce que la question demande encore (l'autre moitié d'une "
        "question en deux parties, le chiffre après la phrase qui dit ce qu'il compte), une "
        "phrase du passage voisin de la même page la complète (assistant/answer/window.py, "
        "complete).",
        "generation.neighbours",
    ),
    Rule(
        "two_passages",
        "Quand les deux parties d'une question sont dans deux passages retrouvés, la phrase "
        "du second qui ajoute ce qui manque est citée avec son propre [n] "
        "(assistant/answer/window.py, complete).",
        "generation.two_passages",
    ),
    Rule(
        "page_siblings",
        "Les autres passages de la page du premier passage retrouvé concourent aussi (score "
        "de recherche × 0,9) et sont cités comme lui : la réponse peut suivre le paragraphe "
        "qui ressemble à la question (assistant/answer/pages.py).",
        "generation.page_siblings",
    ),
    Rule(
        "focus",
        "Refus quand aucune phrase des meilleurs passages ne parle de l'objet de la question, "
        "son nom le plus rare (assistant/answer/focus.py, assistant/data/focus.toml).",
        "generation.focus",
    ),
    # The older rules of the choice of sentences (assistant/answer/extractive.py, kinds.py).
    Rule(
        "absent_name",
        "Le support d'une phrase est multiplié par 0,4 quand un nom que pose la question "
        "manque à la phrase et à son contexte (titre, intertitre, phrase d'avant), ou quand la "
        "source qu'elle cite (« selon l'étude X ») manque à la publication, ou quand un nom "
        "que la question écrit en capitales (« IMPACT ») n'est pas écrit ainsi dans le passage "
        "(assistant/answer/extractive.py, _support).",
        "generation.absent_name",
    ),
    Rule(
        "other_year",
        "Le support d'une phrase est multiplié par 0,4 quand elle date son fait d'une autre "
        "année que celle que demande la question (assistant/answer/extractive.py, _support).",
        "generation.other_year",
    ),
    Rule(
        "near_miss",
        "Un passage auquel manque un nom ou une année que fixe la question (cherchés dans le "
        "passage, sa page et la première page de sa publication) est une « quasi-"
        "réponse » : support de ses phrases × 0,4, score − 0,3, rien de ce que la question "
        "demande (attribut 0), sa proximité de sens ne sauve pas la réponse et il n'est pas "
        "pris comme second passage (assistant/answer/extractive.py, _passages).",
        "generation.near_miss",
    ),
    Rule(
        "bounds",
        "Une borne que la question met à ce qu'elle compte (« les communes de plus de 10 000 "
        "habitants », « les 18-25 ans », « moins de 10 salariés ») est fixée comme un nom ou "
        "une année : un passage dont la page ne l'écrit pas (chiffres, avec ou sans espace, ou "
        "en lettres jusqu'à seize, et le nom qui les suit) est une quasi-réponse "
        "(assistant/reading/constraints.py, quantities).",
        "generation.bounds",
    ),
    Rule(
        "figure_year",
        "Pour une question de chiffre qui demande une année, une phrase dont chaque chiffre se "
        "rapporte à une autre année, telle que la table des chiffres l'a lue à l'indexation "
        "(dans la phrase, sa ligne de tableau, la section ou la date de l'enquête), perd 0,15 ; "
        "une phrase qui écrit l'année demandée n'en perd rien (assistant/answer/dating.py).",
        "generation.figure_year",
    ),
    Rule(
        "heading_answer",
        "Quand un intertitre-question de la publication reprend au moins 0,7 des mots de la "
        "question, la première phrase qui lui répond prend au moins ce support et + 0,4 "
        "(assistant/answer/extractive.py, _heading).",
        "generation.heading_answer",
    ),
    Rule(
        "follow_up",
        "Dans une question de suite, une phrase gagne 0,4 × la part de ce que la suite "
        "ajoute qu'elle contient (assistant/answer/extractive.py, _scored).",
        "generation.follow_up",
    ),
    Rule(
        "pronoun_followup",
        "Une question qui ne nomme rien elle-même et dont le sujet ou l'objet est un pronom "
        "(« Quand ont-ils rendu leur rapport ? », « Qui l'a lancé ? ») ou dont le premier "
        "nom est désigné par « ce / ces » (« ces données ») est lue comme la suite de la "
        "précédente (assistant/reading/pronouns.py).",
        "generation.pronoun_followup",
    ),
    Rule(
        "figure",
        "Question de chiffre : + 0,2 pour une phrase qui donne un montant, une part ou un "
        "nombre, − 0,25 pour une phrase qui n'en donne pas (assistant/answer/kinds.py).",
        "generation.kind_figure",
    ),
    Rule(
        "duration",
        "Question de durée (« combien de temps », « quelle durée ») : + 0,3 pour une phrase "
        "qui donne une durée ou une période (« 3 ans », « de mars à octobre 2023 ») "
        "(assistant/answer/kinds.py).",
        "generation.kind_duration",
    ),
    Rule(
        "percent",
        "Question de chiffre : + 0,1 pour une phrase qui donne un pourcentage, ou une note "
        "sur 10 quand la question en demande une (« quelle note », « sur 10 ») "
        "(assistant/answer/kinds.py).",
        "generation.kind_percent",
    ),
    Rule(
        "money",
        "Question de chiffre qui demande une somme (« quel budget », « combien d'argent », « de "
        "combien est-il doté » : mots de data/focus.toml, `asks_money`) : + 0,3 pour une phrase "
        "qui donne une somme (€, euros, CHF…), sauf dans un passage « presque » ; refus quand "
        "aucune phrase citée n'en donne (assistant/answer/kinds.py, generators.py, refusal.py).",
        "generation.money",
    ),
    Rule(
        "share",
        "Question de chiffre qui demande une part (« quelle part », « quel pourcentage », « en "
        "% » : expressions de data/focus.toml, `asks_share`) : refus quand aucune phrase citée "
        "n'en donne (%, « pour cent », « la moitié », « une sur quatre ») "
        "(assistant/answer/generators.py, refusal.py).",
        "generation.share",
    ),
    Rule(
        "mark",
        "Question de chiffre qui demande une note sur 10 (« quelle note », « sur 10 ») : refus "
        "quand aucune phrase citée n'en donne (« 7,1 », « 6/10 », ou la lettre d'une agence de "
        "notation : « la note A- ») (assistant/answer/held.py, refusal.py).",
        "generation.mark",
    ),
    Rule(
        "sample",
        "« Combien de X ont été interrogés / ont répondu » (mots de data/sample.toml) : les "
        "passages qui donnent un effectif (« 302 maires interrogés ») montent de 0,3 fois le "
        "meilleur score ; refus quand aucune phrase citée n'en donne, ou seulement celui d'une "
        "autre année que celle demandée (assistant/reading/sample.py, answer/held.py, "
        "search/retrieve.py).",
        "generation.sample",
    ),
    Rule(
        "role",
        "Question « qui » sur qui tient un rôle (« qui préside », « qui dirige », « la "
        "directrice » : mots de data/focus.toml, `asks_role`) : refus quand aucune "
        "phrase citée du passage de la meilleure ne nomme une personne (le président qu'un "
        "autre passage nomme est celui d'un autre organe) (assistant/answer/held.py).",
        "generation.role",
    ),
    Rule(
        "owner",
        "Question qui nomme l'organisme dont elle demande un rôle ou une somme (« qui préside "
        "la Fondation X », « le montant de la dotation de la Fondation X ») : refus quand les "
        "phrases citées qui parlent de ce rôle ou de cette somme la rattachent toutes à un "
        "autre organisme nommé (« le RAMEAU est présidé par … », « le Fonds Y avait été doté "
        "de 1,5 M€ ») ; les mots qui disent seulement une sorte d'organisme (« Fondation », "
        "« Fonds ») ne suffisent pas à faire le même (data/focus.toml, `generic_body` ; "
        "assistant/answer/owner.py, held.py).",
        "generation.owner",
    ),
    Rule(
        "asked_year",
        "Question de chiffre qui nomme une année (« combien … en 2017 ? ») : refus quand chaque "
        "phrase citée qui donne un chiffre le date d'autres années seulement (« 96 salariés "
        "formés en 2018 ») ; l'année d'où l'on compare (« par rapport à 2017 ») n'est pas celle "
        "du fait (assistant/answer/held.py, reading/constraints.py).",
        "generation.asked_year",
    ),
    Rule(
        "wanted",
        "Ce que la question demande sans que son mot interrogatif le dise (data/wanted.toml) : "
        "d'où viennent des données (« qui collecte les données »), à quel rythme elles sont "
        "mises à jour (« tous les combien »), comment une enquête a été menée (« de quelle "
        "façon ont-ils été interrogés »), où une chose a eu lieu (« où et quand … ») : + 0,5 "
        "pour une phrase qui le donne (« Les données sont produites par … », « trimestrielle "
        "», « par téléphone », « à Lyon »), qui remplit aussi "
        "cette partie de la question dans la fenêtre (assistant/answer/wanted.py).",
        "generation.wanted",
    ),
    Rule(
        "counted",
        "« Combien de X » : + 0,3 pour une phrase où un nombre précède X (« 11 territoires »), "
        "et elle tient ce que la question demande (attribut 1) (assistant/answer/kinds.py).",
        "generation.kind_counted",
    ),
    Rule(
        "when",
        "Question « quand » : + 0,25 pour une phrase datée, − 0,25 sinon "
        "(assistant/answer/kinds.py).",
        "generation.kind_when",
    ),
    Rule(
        "who",
        "Question « qui » : + 0,25 pour une phrase qui contient un nom propre composé "
        "(assistant/answer/kinds.py).",
        "generation.kind_who",
    ),
    Rule(
        "kind_list",
        "Question de liste (« quels sont les … », « quels territoires ») : + 0,2 pour un élément "
        "de liste, une ligne de diapositive sous son titre ou la phrase qui annonce une liste "
        "par deux-points (assistant/answer/extractive.py, _scored).",
        "generation.kind_list",
    ),
    Rule(
        "kind_next",
        "Une phrase sans le chiffre, la date ou le nom que la question demande, suivie dans son "
        "passage d'une phrase courte qui le donne (« Le nombre d'organisations … est important. "
        "On en compte plus de 500 »), reçoit le bonus de type de cette phrase ; la fenêtre les "
        "cite ensemble (assistant/answer/extractive.py, _follow).",
        "generation.kind_next",
    ),
    Rule(
        "acronym",
        "Question de définition sur un sigle (« Que veut dire ARPEA ? ») : la phrase dont les "
        "mots en capitales l'épellent (« Analyse des Relations Partenariales entre Entreprises "
        "et Associations ») prend toute la couverture et + 0,6 ; dans la recherche, son passage "
        "gagne le meilleur score fusionné (assistant/acronyms.py, search/retrieve.py).",
        "generation.acronym",
    ),
    Rule(
        "definition",
        "Question de définition : + 0,2 pour une phrase qui définit (« est », « désigne », "
        "« on parle de », deux-points) dans ses 160 premiers caractères, − 0,1 sinon "
        "(assistant/answer/kinds.py).",
        "generation.kind_definition",
    ),
    Rule(
        "long_sentence",
        "Une phrase de plus de 400 caractères perd 0,2 (assistant/answer/extractive.py, _scored).",
        "generation.long_sentence",
    ),
    Rule(
        "banner",
        "Une phrase imprimée dans de nombreux documents (bandeau, mention répétée) n'est "
        "jamais une réponse (assistant/answer/extractive.py, candidates ; non inscrite dans "
        "les réponses : elle retire une phrase, elle n'en choisit pas).",
        "generation.banners",
    ),
    Rule(
        "runners_up",
        "Après la meilleure phrase, celles d'autres passages dont le score atteint 70 % du "
        "sien (generation.runners_up_ratio) sont citées aussi (assistant/answer/extractive.py, choose).",
        "generation.runners_up",
    ),
    Rule(
        "no_repeat",
        "Une phrase qui partage plus de la moitié de ses mots avec une phrase déjà choisie, "
        "ou une même ligne, n'est pas citée une seconde fois (assistant/answer/extractive.py, "
        "choose).",
        "generation.no_repeat",
    ),
    Rule(
        "says_more",
        "De deux unités de même score, celle qui en dit plus passe devant : une phrase suivie "
        "de celle qui la continue par un pronom et donne ce que la question demande (un "
        "montant, une date, un nom : « Ils étaient 25 lors de sa création ») avant la phrase "
        "seule (assistant/answer/extractive.py, says_more).",
        "generation.says_more",
    ),
    # The refusal (assistant/answer/refusal.py).
    Rule(
        "attribute",
        "Refus quand aucune phrase des meilleurs passages ne tient ce que la question fixe et "
        "demande (tous les passages manquent un nom ou une année demandés, ou la question "
        "nomme quelqu'un et aucune phrase sur lui ne contient generation.min_attribute de ce "
        "qu'elle en demande) (assistant/answer/refusal.py).",
        "generation.attribute",
    ),
    Rule(
        "low_support",
        "Refus quand la meilleure phrase contient moins de generation.min_support des mots "
        "de la question (pondérés par leur rareté) (assistant/answer/refusal.py).",
        "generation.low_support",
    ),
    Rule(
        "followup_support",
        "Une question de suite (« et pour l'emploi ? ») est tenue par une phrase qui contient "
        "ce qu'elle ajoute : ses autres mots sont ceux de la question d'avant. La part tenue "
        "de ce qu'elle ajoute compte pour les refus `low_support` et `weak_far` "
        "(assistant/answer/generators.py).",
        "generation.followup_support",
    ),
    Rule(
        "weak_far",
        "Refus quand la meilleure phrase contient moins de generation.weak_support des mots "
        "de la question et qu'aucune n'est assez proche de sens (generation.min_similarity) "
        "(assistant/answer/refusal.py).",
        "generation.weak_far",
    ),
    Rule(
        "rescue",
        "Une phrase très proche de sens (generation.rescue_similarity) lève les refus "
        "`attribute` et `low_support` (assistant/answer/refusal.py).",
        "generation.rescue",
    ),
)
BY_NAME = {r.name: r for r in RULES}


def without(settings: Settings, name: str) -> Settings:
    """The same settings with rule `name` switched off."""
    rule = BY_NAME.get(name)
    if rule is None:
        known = ", ".join(BY_NAME)
        raise ValueError(f"Règle inconnue : « {name} » (règles : {known}).")
    group, field = rule.setting.split(".")
    part = getattr(settings, group).model_copy(update={field: False})
    return settings.model_copy(update={group: part})
