"""The named rules that refuse an answer (or rescue it from a refusal): what the question asks
is not in the quoted sentences, or they hold too little of it (assistant/answer/refusal.py,
held.py). The rules that choose and widen the sentences are in rules.py."""

from __future__ import annotations

from .rule import Rule

REFUSING = (
    Rule(
        "focus",
        "Refus quand aucune phrase des meilleurs passages ne parle de l'objet de la question, "
        "son nom le plus rare (assistant/answer/focus.py, assistant/data/focus.toml).",
        "generation.focus",
    ),
    # The older rules of the choice of sentences (assistant/answer/extractive.py, kinds.py).
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
        "how_many",
        "Question « combien de … » (sauf sommes, parts, notes, durées et effectifs d'enquête) : "
        "refus quand aucune phrase citée ne compte quelque chose (« plus de 1 000 exemples », "
        "« On en compte 500 depuis 2006 ») ni ne donne une part de ce qui est compté : le nom "
        "imprimé après la part (« 37 % des entreprises » compte des entreprises), ou, quand "
        "elle n'en imprime pas (« Ils sont 92 % »), un mot des phrases citées ; « 3 ans », "
        "« 1,5 M€ », « le 14 juin », « les entreprises d'au moins 10 salariés », « celles de 10 "
        "salariés et plus », une adresse ou un téléphone (« 12 rue des Lilas ») ne comptent "
        "rien (assistant/answer/held.py, counting.py "
        "`counted_nouns`, `bare_count`, contacts.py ; data/focus.toml `counts_nothing`, "
        "`count_measures`, `after_bare_count`, `bound_sizes`, `counted_kin` ; "
        "data/contacts.toml).",
        "generation.how_many",
    ),
    Rule(
        "function",
        "« Quelle fonction occupait X quand … ? », « il était ministre de quoi ? » (phrases de "
        "data/focus.toml, `asks_function`) : refus quand aucune phrase citée ne nomme une "
        "fonction (`function_titles`, `role_family` : « ministre », « députée », « directrice »"
        ") ; la phrase qui dit ce que X a fait ne dit pas sa fonction "
        "(assistant/answer/held.py).",
        "generation.function",
    ),
    Rule(
        "giver",
        "« Quel montant X apporte-t-elle au projet ? », « et X elle met combien ? » (verbes de "
        "data/focus.toml, `giving_verbs`) : refus quand aucune phrase citée qui donne une somme "
        "ne nomme X ; le budget total du projet ou la part d'un autre partenaire ne sont pas "
        "ce que X apporte (assistant/answer/held.py, owner.py).",
        "generation.giver",
    ),
    Rule(
        "restriction",
        "Question de chiffre qui le restreint à un lieu ou à une partie de la population (« "
        "quelle part des associations bretonnes », « combien de tonnes en Argentine », « les "
        "associations sans salarié », « en milieu rural » : régions, continents, pays et "
        "segments de data/restrictions.toml, noms et adjectifs) : refus quand aucune phrase "
        "citée qui donne un chiffre ne le nomme, ni le titre ou la section de sa publication ; "
        "une enquête qui ne ventile pas ses chiffres par région ne dit rien de la Bretagne "
        "(assistant/answer/held.py, reading/restrictions.py).",
        "generation.restriction",
    ),
    Rule(
        "mark",
        "Question de chiffre qui demande une note sur 10 (« quelle note », « sur 10 ») : refus "
        "quand aucune phrase citée n'en donne (« 7,1 », « 6/10 », ou la lettre d'une agence de "
        "notation : « la note A- ») (assistant/answer/held.py, refusal.py).",
        "generation.mark",
    ),
    Rule(
        "marked_item",
        "Question de note qui dit ce qui est noté (« quelle note les Français donnent-ils au "
        "logement ? » : ce qui suit « à », « au », « aux » après un verbe de data/focus.toml, "
        "`gives_mark`) : refus quand aucune phrase citée ne donne une note de cette chose "
        "(« 7/10 pour la sécurité » ne dit rien du logement) (assistant/answer/kinds.py, "
        "held.py).",
        "generation.marked_item",
    ),
    Rule(
        "echo",
        "Question de chiffre qui donne elle-même un nombre (« combien des 21 mesures … ont été "
        "mises en œuvre ? ») : refus quand les phrases citées du passage de la meilleure ne "
        "donnent pas d'autre nombre que ceux de la question (« une feuille de route de 21 "
        "mesures ») (assistant/answer/counting.py, `given_amounts` ; held.py).",
        "generation.echo",
    ),
    Rule(
        "given",
        "Question qui demande une chose qu'une phrase imprime ou non — une heure (« à quelle "
        "heure ? »), un numéro de téléphone, une adresse électronique (data/wanted.toml, "
        "`refuses`) : refus quand aucune phrase citée n'en donne ; le jour de l'événement, un "
        "formulaire de contact ne répondent pas (assistant/answer/wanted.py, held.py).",
        "generation.given",
    ),
    Rule(
        "sample",
        "« Combien de X ont été interrogés / ont répondu », « faite auprès de combien de X » (mots "
        "de data/sample.toml) : les "
        "passages qui donnent un effectif (« 302 maires interrogés ») montent de 0,3 fois le "
        "meilleur score, et une phrase qui en donne un de + 0,3 ; refus quand aucune phrase "
        "citée n'en donne, ou seulement celui d'une autre année que celle demandée "
        "(assistant/reading/sample.py, answer/held.py, answer/extractive.py, "
        "search/retrieve.py).",
        "generation.sample",
    ),
    Rule(
        "role",
        "Question « qui » sur qui tient un rôle (« qui préside », « qui dirige », « la "
        "directrice » : mots de data/focus.toml, `asks_role`) : refus quand aucune "
        "phrase citée du passage de la meilleure ne porte de nom propre (le président qu'un "
        "autre passage nomme est celui d'un autre organe) (assistant/answer/held_roles.py).",
        "generation.role",
    ),
    Rule(
        "person",
        "Question « qui » sur un rôle que seule une personne tient (« préside », « la DG », "
        "« trésorier » : data/people.toml, `person_roles` ; pas « qui pilote le projet ? », "
        "auquel un organisme peut répondre) : refus quand aucune phrase citée d'un passage qui "
        "porte tous les noms demandés ne nomme une personne (un prénom courant devant un nom, "
        "une civilité, un nom juste après « par », des personnes nommées ensemble) : « Alpha "
        "Energy », « Grande-Bretagne », « le Directeur Général » ne nomment personne "
        "(assistant/answer/held_roles.py, people.py).",
        "generation.person",
    ),
    Rule(
        "role_named",
        "Question « qui » sur un rôle (« qui est le trésorier de X ? ») : refus quand aucune "
        "phrase citée ne dit ce rôle ou un mot de sa famille (data/focus.toml, `role_family` : "
        "« présidée par », « sous la direction de », « délégué général » pour qui dirige) ; la "
        "phrase qui nomme le président-fondateur de X ne dit pas qui en est le trésorier, ni "
        "« X a piloté ce travail » qui pilote X (assistant/answer/held_roles.py).",
        "generation.role_named",
    ),
    Rule(
        "owner",
        "Question qui nomme l'organisme dont elle demande un rôle ou une somme (« qui préside "
        "la Fondation X », « le montant de la dotation de la Fondation X ») : refus quand les "
        "phrases citées qui parlent de ce rôle ou de cette somme la rattachent toutes à un "
        "autre organisme nommé (« le RAMEAU est présidé par … », « le Fonds Y avait été doté "
        "de 1,5 M€ ») ; les mots qui disent seulement une sorte d'organisme (« Fondation », "
        "« Fonds ») ne suffisent pas à faire le même (data/focus.toml, `generic_body`). Une "
        "phrase qui ne rattache la somme à aucun nom (« Sa dotation s'élève à … ») est celle "
        "de l'organisme que la phrase d'avant désigne (« … ont créé ce fonds ») ; une suite "
        "(« qui la préside ? ») demande l'organisme de la question d'avant "
        "(assistant/answer/owner.py, owned.py).",
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
