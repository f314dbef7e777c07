"""The named rules of the extractive answerer that can be switched off one by one, so that each
one's worth is measured by turning it off (`python -m evals.ablate RULE`). Each answer records
which of them shaped it (`retrieval.rules` in `ask --json`): the rules that moved the score of
a quoted sentence, chose or widened the quoted sentences, and the refusal rule that refused
it (or the closeness in meaning that rescued it)."""

from __future__ import annotations

from ..settings import Settings
from .refusing import REFUSING
from .rule import Rule

CHOOSING = (
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
        "une liste ; une phrase suivante qui annonce une liste est citée avec ses éléments quand "
        "ils tiennent dans la réponse (assistant/answer/lists.py, list_window, whole_lists).",
        "generation.list_items",
    ),
    Rule(
        "bare_lead",
        "Après la première phrase citée, une phrase qui annonce une liste sans que ses "
        "éléments soient cités (« Le projet s'articule autour de 4 axes : ») n'est pas citée : seule, "
        "elle ne dit rien ; jointe à la phrase qu'elle suit (un pronom), elle en est retirée ; "
        "une phrase qui donne un nombre à elle, outre le nombre qu'elle annonce (« par 42 voix "
        "contre 40, … sur trois points : »), reste "
        "(assistant/answer/lists.py, without_bare_leads).",
        "generation.bare_lead",
    ),
    Rule(
        "boilerplate",
        "Une adresse web presque seule, une ligne de référence (« X, « Titre », x.org 12 »), "
        "une étiquette ou un titre courant en capitales, la fin d'une phrase coupée par le début "
        "du passage ne sont jamais cités comme réponse (assistant/answer/boilerplate.py).",
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
        "de recherche × 0,8) et sont cités comme lui : la réponse peut suivre le paragraphe "
        "qui ressemble à la question (assistant/answer/pages.py).",
        "generation.page_siblings",
    ),
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
        "passage_name",
        "Quand `absent_name` affaiblit une phrase (×0,4) mais que son passage écrit chacun "
        "des mots du nom que pose la question, son score garde le double du support qui lui "
        "reste (0,8 au lieu de 0,4, après les autres baisses : une autre année, un passage "
        "« quasi-réponse » restent aussi faibles) ; le support que lit le refus ne change pas : "
        "« La direction générale, elle, est assurée par … » deux phrases après le nom de "
        "l'organisme, une ligne de tableau sous une légende qui nomme l'enquête. Pas pour une "
        "phrase qui ne tient qu'une partie du nom (« la Fondation Beta » pour « la Fondation "
        "Alpha »), sauf si elle s'ouvre sur ce mot et renvoie à l'organisme (« La fondation "
        "emploie … ») ; sans effet quand `absent_name` est coupée ou qu'une phrase répond à "
        "son intertitre ou développe le sigle demandé (assistant/answer/naming.py, "
        "named_in_passage).",
        "generation.passage_name",
    ),
    Rule(
        "own_names",
        "Pour le refus, le support d'une phrase est multiplié par 0,4 quand un nom que pose la "
        "question n'est que dans la phrase d'avant (ni dans la phrase, ni dans son intertitre, "
        "ni dans le titre de la publication) : la phrase d'avant peut dire de qui parle la "
        "phrase pour la choisir, pas qu'elle répond (« L'enquête a été publiée par la Fondation "
        "Alpha. Les associations interrogées ont indiqué leur budget annuel. ») ; seulement dans "
        "le texte courant (la phrase d'avant d'un élément de liste, d'une ligne de tableau ou "
        "d'un chiffre clé dit de quoi ils parlent), pas pour une phrase qui renvoie au même "
        "organisme (« La fondation compte … », « … y sont engagés ») ni pour la phrase qui "
        "développe le sigle demandé ou répond à l'intertitre ; une phrase qui commence par un "
        "pronom tient déjà celle d'avant (assistant/answer/naming.py, names_only_before).",
        "generation.own_names",
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
        "(« Quand ont-ils rendu leur rapport ? », « Qui l'a lancé ? », « c'était quand ? »), "
        "dont le premier nom est désigné par « ce / ces » (« ces données ») ou dont le sujet "
        "est possédé par ce dont on parlait (« Quand leur rapport a-t-il été remis ? », « Quel "
        "est son budget ? ») est lue comme la suite de la précédente "
        "(assistant/reading/pronouns.py).",
        "generation.pronoun_followup",
    ),
    Rule(
        "followup_document",
        "Une question de suite lue avec la question précédente favorise la publication d'où "
        "venait le meilleur passage de la question précédente : ses passages reçoivent un "
        "bonus égal à la moitié du meilleur score fusionné (assistant/assistant.py, "
        "search/retrieve.py).",
        "generation.followup_document",
    ),
    Rule(
        "lexical_lead",
        "Le passage que BM25 classe premier avec au moins 1,5 fois le score du suivant reçoit "
        "un bonus égal à la moitié du meilleur score fusionné : par les rangs réciproques seuls, "
        "il ne pèse que 1/61 quand les vecteurs ne le trouvent pas ; avec la fusion des scores "
        "(le défaut), il garde déjà son avance et la règle ne change presque rien "
        "(search/retrieve.py).",
        "generation.lexical_lead",
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
        "negation",
        "Question à la forme négative (« quelle part n'en voulait pas ? », « combien ne savent "
        "pas … ») : + 0,3 pour une phrase elle aussi négative (« 46 % ne le souhaitaient "
        "pas ») ; « ne … que » ne compte pas (assistant/answer/asked.py, extractive.py).",
        "generation.negation",
    ),
    Rule(
        "wanted",
        "Ce que la question demande sans que son mot interrogatif le dise (data/wanted.toml) : "
        "d'où viennent des données (« qui collecte les données »), à quel rythme elles sont "
        "mises à jour (« tous les combien »), comment une enquête a été menée (« de quelle "
        "façon ont-ils été interrogés »), où une chose a eu lieu (« où et quand … »), l'adresse "
        "d'un organisme (« c'est où leur siège ? ») : + 0,5 "
        "pour une phrase qui le donne (« Les données sont produites par … », « trimestrielle "
        "», « par téléphone », « à Lyon », « Av. des Tilleuls 8 »), qui remplit aussi "
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
        "Question « quand » : + 0,25 pour une phrase datée d'une autre date que celles que "
        "la question donne elle-même (« l'enquête de 2024 »), − 0,25 sinon "
        "(assistant/answer/kinds.py).",
        "generation.kind_when",
    ),
    Rule(
        "who",
        "Question « qui » : + 0,25 pour une phrase qui contient un nom propre composé, + 0,35 "
        "quand elle nomme une personne (un prénom courant devant un nom, une civilité… : "
        "data/people.toml) (assistant/answer/kinds.py, people.py).",
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
        "Après la meilleure phrase, celles d'autres passages dont le score atteint 60 % du "
        "sien (generation.runners_up_ratio) sont citées aussi (assistant/answer/choice.py, choose).",
        "generation.runners_up",
    ),
    Rule(
        "parts_first",
        "Question en plusieurs parties (« combien …, à quelles dates et par quel moyen ? ») : "
        "quand les phrases choisies ne donnent pas une partie et qu'une phrase assez bonne pour "
        "être citée (generation.runners_up_ratio) la donne, elle prend la place de la dernière "
        "phrase d'un autre passage qui n'en donne aucune (assistant/answer/lacking.py, "
        "fill_parts).",
        "generation.parts_first",
    ),
    Rule(
        "no_repeat",
        "Une phrase qui partage plus de la moitié de ses mots avec une phrase déjà choisie, "
        "ou une même ligne, n'est pas citée une seconde fois (assistant/answer/choice.py, "
        "choose) ; une phrase suivante qui ne fait que redire la fenêtre de la réponse (au plus "
        "un quart de mots nouveaux, aucun nombre nouveau : un même fait imprimé par plusieurs "
        "publications) laisse sa place à la suivante (choice.py, repeats ; generators.py).",
        "generation.no_repeat",
    ),
    Rule(
        "says_more",
        "De deux unités de même score, celle qui en dit plus passe devant : une phrase suivie "
        "de celle qui la continue par un pronom et donne ce que la question demande (un "
        "montant, une date, un nom : « Ils étaient 25 lors de sa création ») avant la phrase "
        "seule (assistant/answer/choice.py, says_more).",
        "generation.says_more",
    ),
    # The refusal (assistant/answer/refusal.py).
)
RULES = (*CHOOSING, *REFUSING)
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
