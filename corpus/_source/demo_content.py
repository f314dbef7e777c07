"""Text of the demo corpus: one ``Doc`` per PDF.

Every figure, date and name comes from the published pages listed in ``SRC`` (see
/work/shared/facts.md); the sentences are the team's. Some documents deliberately disagree
with each other (an older edition and a newer one), as real publications do:
- Observatoire created « en 2007 » (fiche n°1, 2011) vs « en 2008 » (fiches n°4 and n°5, études);
- « devoir d'alliance »: 69 % des Français (fiche n°2, 2016) vs 81 % (fiche n°3, 2021);
- PHARE-Citoyens « sécurité »: 7/10 (bulletin of October 2015) vs 6,6/10 (fiche n°2, 2016);
- partenariats « source d'innovation »: 69 % des Français (étude 2017) vs 74 % (étude 2021);
- parcours CGET: 11 territoires pionniers (bulletin 2018) vs 10 territoires pilotes (fiche n°5).
"""

from __future__ import annotations

from demo_blocks import (
    H1,
    H2,
    ArabicStart,
    Box,
    Bullets,
    ColumnBreak,
    Doc,
    KeyFigures,
    NewPage,
    P,
    Quote,
    Tbl,
    Toc,
)

SRC = {
    1: "https://www.lerameau.fr/11eme-rapport-regional-de-lobservatoire-des-partenariats-normandie/",
    2: "https://www.lerameau.fr/d-comme-donnees/",
    3: "https://observatoire-des-partenariats.fr/le-programme-phare",
    4: "https://observatoire-des-partenariats.fr/le-cheminement",
    5: "https://www.lerameau.fr/qui-sommes-nous-duplicate-5040/",
    6: "https://mediatico.fr/rameau-le-laboratoire-de-recherche-pour-des-alliances-au-service-du-bien-commun",
    7: "https://www.lerameau.fr/les-3-recits-et-la-charte-du-faire-alliance/",
    8: "https://www.lerameau.fr/les-alliances-innovantes-moteurs-de-confiance-en-territoires/",
    9: "https://www.lerameau.fr/odd-17-de-lart-de-la-methode/",
    10: "https://www.lerameau.fr/experimenter-lodd-17-sur-les-territoires/",
    11: "https://associations.gouv.fr/decouvrez-la-note-de-decryptages-sur-l-odd-17-le-5-juillet.html",
    12: "https://dokumen.tips/documents/contexte-et-objectif-de-la-note-sur-les-modeles-de-co-elle-explore-successivement.html",
    13: "https://www.lerameau.fr/1ere-universiste-citoyenne-des-zebres/",
    14: "https://associations.gouv.fr/un-nouvel-outil-sur-la-co-construction-territoriale-devoile-au-congres-des-maires.html",
    15: "http://www.cner-france.com/Actualites/Actualites-des-partenaires/Le-CGET-et-Le-Rameau-lancent-une-experimentation-sur-la-co-construction-territoriale",
    16: "https://associations.gouv.fr/la-charte-du-faire-alliance-devoilee-au-giving-tuesday-a-saint-maurice.html",
    17: "https://www.lerameau.fr/a-la-racine-de-la-charte-du-faire-alliance/",
    18: "https://www.carenews.com/le-rameau/news/decouvrez-la-charte-du-faire-alliance",
    19: "https://www.carenews.com/le-rameau/news/odd-17-faire-alliance-c-est-maintenant",
    20: "https://www.lerameau.fr/le-droit-a-lalliance-dinteret-general-enfin-reconnu/",
    21: "https://www.lerameau.fr/le-programme-impact/",
    22: "https://letowski.fr/note/analyses-et-etudes-de-novembre-2024/?p=31613",
    23: "http://www.lerameau.fr/diner-elus-entreprises-quel-menu/",
    24: "https://www.carenews.com/le-rameau/news/sortie-de-crise-des-donnees-pour-agir-efficacement",
    25: "https://www.lerameau.fr/des-donnees-pour-agir-vite-et-bien/",
    26: "https://latwoconseil.fr/association-et-territoires-resultats-etude-impact/",
    27: "https://youmatter.world/fr/category-economy-business/etude-etat-des-lieux-partenariats-associations-entreprises-etude-rameau/",
    28: "https://www.agori.fr/2017/05/22/quels-partenariats-les-associations-developpent-elles-avec-les-entreprises/",
    29: "http://www.dossierfamilial.com/emploi/entreprise/quels-partenaires-pour-les-associations-85327",
    30: "https://pdfslide.fr/documents/prsentation-du-programme-datudes-1-voir-listes-des-tudes-en-annexe-de-cette.html",
    31: "http://www.isbl-consultants.fr/institutions-citoyens-associations-entreprises-accelerer-articulations-service-bien-commun/",
    32: "https://impacts-fondations.plateformecapitalisation.org/publication-des-resultats-de-phare-citoyens",
    33: "https://www.federation.caisse-epargne.fr/le-rameau-lance-le-referentiel-co-construction-territoriale/",
    34: "http://www.carenews.com/fr/news/3956-phare-citoyens-les-francais-favorables-a-une-alliance-entreprises-associations",
    35: "http://www.mecenova.org/le-rameau-etude-impact-fondations/",
    36: "https://associations.gouv.fr/programme-fondations-territoires-bilan-du-cheminement-2021.html",
    37: "https://www.lerameau.fr/decouvrir-le-fonds-odd-17/",
    38: "https://www.lerameau.fr/le-rameau-dernier-acte/",
    39: "https://fr.readkong.com/page/lancement-de-la-fondation-associations-gouv-fr-3716891",
    40: "https://www.lerameau.fr/odd-17-le-role-structurant-des-fondations/",
    41: "http://docplayer.fr/9425152-Etude-arpea-entreprises-territoires.html",
    42: "https://fdocuments.fr/document/observatoire-national-des-partenariats-associations-lorsque-humanisme-et.html",
    43: "https://co-construisonsdemain.org/les-publications",
    44: "https://coconstruction.cresol.fr/tag/mouvement/",
    45: "https://www.carenews.com/le-rameau/news/interet-general-vous-avez-dit-alliances",
    46: "http://www.mecenova.org/interview-croisee-fondation-des-territoires-2/",
    47: "https://www.lerameau.fr/3-nouvelles-etapes-du-voyage-detude-phare/",
    48: "https://www.lerameau.fr/voyage-detude-en-occitanie-3-exemples-inspirants/",
}


def src(*numbers: int) -> tuple[str, ...]:
    return tuple(SRC[n] for n in numbers)


FICHE, BULLETIN, ETUDE = "fiche", "bulletin", "étude"


# ============================================================ fiches Repère

FICHE_01 = Doc(
    file="fiche-repere-01-arpea-entreprises-territoires-2011.pdf",
    kind=FICHE,
    series="Fiche Repère",
    number="1",
    title="Les entreprises et les partenariats associatifs en territoire",
    subtitle="Repères tirés de l'étude ARPEA Entreprises & Territoires (janvier 2011)",
    date="2011-03-15",
    url=SRC[41],
    sources=src(41, 42, 31, 3, 5, 17),
    body=(
        H1("L'Observatoire et le programme ARPEA"),
        P(
            "Créé en 2007, l'Observatoire national des partenariats associations / entreprises "
            "s'est donné une mission simple à énoncer et difficile à remplir : mesurer la réalité "
            "des relations entre le monde économique et le monde associatif en France. Jusque-là, "
            "chacun raisonnait à partir de quelques exemples connus, le plus souvent ceux des "
            "grandes entreprises et des grandes associations nationales. Les petites structures, "
            "les partenariats discrets noués à l'échelle d'une commune ou d'un bassin d'emploi "
            "restaient dans l'ombre."
        ),
        P(
            "Les travaux de l'Observatoire sont organisés dans un programme d'études baptisé ARPEA, "
            "pour « Analyse des Relations et des Partenariats entre Entreprises et Associations ». "
            "Prévu pour la période 2008-2012, il interroge successivement les différentes parties "
            "prenantes : les citoyens, les associations, les entreprises, puis les collectivités "
            "locales[^Le programme ARPEA doit se conclure par un rapport de synthèse à l'issue des "
            "cinq années d'études.]. La direction scientifique des études est assurée, à titre "
            "bénévole, par Anne Robin, fondatrice du cabinet COMISIS."
        ),
        P(
            "Le RAMEAU, association créée en 2006, accompagne ces études par une démarche de "
            "recherche empirique : observer les pratiques sur le terrain, les analyser avec les "
            "acteurs qui les font vivre, puis partager les enseignements avec le plus grand nombre."
        ),
        Box(
            "Méthode",
            (
                "Les études du programme ARPEA reposent sur des enquêtes conduites avec des "
                "instituts spécialisés ; Le RAMEAU les met en regard de l'observation de "
                "partenariats concrets. Chaque volet est publié séparément, ce qui "
                "permet de comparer le regard des différentes catégories d'acteurs sur une même "
                "question.",
            ),
        ),
        H1("Ce que disent les entreprises"),
        P(
            "L'étude ARPEA Entreprises & Territoires, publiée en janvier 2011, s'intéresse à la "
            "manière dont les entreprises envisagent leurs relations avec les associations de leur "
            "territoire. Son premier enseignement tient en une phrase : selon l'étude ARPEA "
            "Entreprises & Territoires de janvier 2011, 21 % des entreprises développent des "
            "partenariats avec des associations."
        ),
        P(
            "Les autres entreprises ne forment pas un bloc homogène. Une partie d'entre elles se dit "
            "prête à franchir le pas, tandis qu'une autre n'en exprime pas le souhait : près de la "
            "moitié des entreprises, 46 %, ne souhaitent pas développer de partenariats avec des "
            "associations. Le tableau ci-dessous donne la répartition complète des réponses."
        ),
        Tbl(
            caption="Tableau 1 – Les entreprises face aux partenariats avec les associations",
            header=("Situation de l'entreprise", "Part des entreprises"),
            rows=(
                ("Développe des partenariats avec des associations", "21 %"),
                ("Souhaite développer des partenariats", "33 %"),
                ("Ne souhaite pas développer de partenariats", "46 %"),
            ),
            widths=(0.7, 0.3),
            source="Source : étude ARPEA Entreprises & Territoires, Observatoire national des "
            "partenariats associations / entreprises, janvier 2011.",
        ),
        P(
            "Ce tableau se lit avec prudence. Une entreprise qui « souhaite » développer des "
            "partenariats n'a pas forcément identifié d'association partenaire, ni dégagé le temps "
            "et les compétences nécessaires pour construire la relation. C'est précisément ce "
            "passage du souhait à l'action qui intéresse les démarches de terrain conduites dans les "
            "territoires."
        ),
        H2("Pourquoi une entreprise s'engage-t-elle ?"),
        P(
            "Les raisons qui poussent une entreprise vers une association sont diverses. Sans "
            "prétendre à l'exhaustivité, on peut en distinguer quatre grandes familles :"
        ),
        Bullets(
            (
                "répondre à des besoins concrets de son territoire d'implantation, en matière "
                "d'emploi, d'insertion ou de cadre de vie ;",
                "mobiliser ses salariés autour d'un projet qui dépasse l'activité quotidienne ;",
                "apprendre d'acteurs qui connaissent des publics et des situations que "
                "l'entreprise ne voit pas ;",
                "donner à sa responsabilité sociétale une traduction visible et durable.",
            )
        ),
        H1("L'attente des citoyens"),
        P(
            "Les entreprises ne sont pas seules à se poser la question. Dès 2008, le volet "
            "ARPEA-Citoyens a mesuré l'attente de la population à l'égard des partenariats"
            "[^Étude ARPEA-Citoyens, Observatoire national des partenariats associations / "
            "entreprises, 2008.] : 86 % des Français jugent urgent de créer des partenariats entre "
            "les associations et les entreprises (ARPEA-Citoyens, 2008)."
        ),
        P(
            "Cette attente dessine un paysage favorable : sur ce sujet, la population semble en "
            "avance sur les organisations. Encore faut-il que les acteurs sachent comment s'y "
            "prendre, avec qui, et à quelle échelle. C'est tout l'enjeu du travail mené avec les "
            "territoires."
        ),
        H1("Des territoires pour expérimenter"),
        P(
            "Le volet ARPEA-Collectivités locales, réalisé avec Comisis et OpinionWay, a montré "
            "l'intérêt des élus pour ces alliances. Dans son prolongement, une démarche intitulée "
            "« Agir ensemble en Territoire » a été initiée en 2010 pour accompagner des territoires "
            "volontaires. Les premiers pilotes associent notamment l'Alsace, avec Alsace Active, et "
            "Poitou-Charentes, avec le Groupe La Poste."
        ),
        P("Une démarche de ce type passe généralement par quelques étapes simples :"),
        Bullets(
            (
                "faire se rencontrer des acteurs qui ne se connaissent pas ou peu ;",
                "partager un diagnostic des besoins du territoire ;",
                "identifier des projets communs et les tester à petite échelle ;",
                "tirer les enseignements de ces expériences pour les diffuser.",
            )
        ),
        H1("Pour aller plus loin"),
        Bullets(
            (
                "le rapport complet de l'étude ARPEA Entreprises & Territoires (janvier 2011) ;",
                "les autres volets du programme ARPEA, consacrés aux citoyens, aux associations et "
                "aux collectivités locales ;",
                "les exemples de partenariats recensés par Le RAMEAU dans les territoires pilotes.",
            )
        ),
    ),
)

FICHE_02 = Doc(
    file="fiche-repere-02-devoir-alliance-2016.pdf",
    kind=FICHE,
    series="Fiche Repère",
    number="2",
    title="Le devoir d'alliance vu par les Français",
    subtitle="Édition 2016 — ce que révèle le programme PHARE",
    date="2016-12-12",
    url=SRC[32],
    sources=src(32, 8, 13, 33, 12, 3),
    columns=2,
    intro_height=112,
    body=(
        H1("Un devoir d'alliance reconnu par les citoyens"),
        P(
            "Associations, entreprises, collectivités : les Français attendent-ils de ces acteurs "
            "qu'ils travaillent ensemble ? Les études du programme PHARE, menées par l'Observatoire "
            "des partenariats en 2015 et 2016, apportent une réponse nette. Cette fiche en "
            "rassemble les principaux repères.",
            style="lead",
        ),
        ColumnBreak(),
        H2("Une attente majoritaire"),
        P(
            "Selon l'étude PHARE-Citoyens publiée en septembre 2015, 69 % des Français estiment "
            "qu'il existe un « devoir d'alliance » entre les acteurs de leur territoire. Plus de "
            "2 000 personnes ont été interrogées pour ce premier volet du programme (PHARE-Citoyens)[^Le "
            "programme PHARE compte six volets : Citoyens (septembre 2015), Entreprises (octobre "
            "2015), Associations (novembre 2015), treize rapports régionaux (2016), des diagnostics "
            "sectoriels (juillet 2016) et Institutions (automne 2016).]."
        ),
        P(
            "Ce résultat compte. Il signifie que, pour une majorité de nos concitoyens, la "
            "coopération entre associations, entreprises et pouvoirs publics n'est plus seulement "
            "souhaitable : elle devient une responsabilité partagée. Lorsque les difficultés "
            "s'accumulent sur un territoire, aucun acteur ne peut y répondre seul, et chacun détient "
            "une partie des solutions."
        ),
        H2("Les organisations partagent ce constat"),
        P(
            "Les autres volets de PHARE montrent que le mouvement ne se limite pas à l'opinion. "
            "Les dirigeants d'entreprise (PHARE-Entreprises, octobre 2015), les responsables "
            "associatifs (PHARE-Associations, novembre 2015) puis les maires (PHARE-Institutions) "
            "ont été interrogés à leur tour."
        ),
        P(
            "Tous voient dans les partenariats une source d'innovation pour répondre aux fragilités "
            "des territoires : c'est l'avis de 81 % des dirigeants d'entreprise, de 86 % des "
            "responsables associatifs et de 87 % des maires."
        ),
        Tbl(
            caption="Tableau 1 – Les partenariats, source d'innovation",
            header=("Acteurs interrogés", "Volet", "Part"),
            rows=(
                ("Dirigeants d'entreprise", "PHARE-Entreprises", "81 %"),
                ("Responsables associatifs", "PHARE-Associations", "86 %"),
                ("Maires", "PHARE-Institutions", "87 %"),
            ),
            widths=(0.35, 0.47, 0.18),
            source="Source : programme PHARE, Observatoire des partenariats, 2015-2016.",
        ),
        H2("Les maires, acteurs clés"),
        P(
            "Publié le 29 novembre 2016, le volet PHARE-Institutions a permis de distinguer cinq "
            "profils de maires face à la co-construction. Tous n'abordent pas les alliances de la "
            "même manière : certains les impulsent, d'autres les accompagnent ou les observent. "
            "Cette diversité invite à proposer des outils adaptés à chaque situation, comme le "
            "référentiel de la co-construction territoriale."
        ),
        H1("Les priorités des Français pour leur territoire"),
        P(
            "L'étude PHARE-Citoyens a aussi demandé aux Français de noter sur 10 l'importance qu'ils "
            "accordent à plusieurs enjeux de leur territoire. L'emploi arrive en tête, avec une note "
            "de 7,1/10."
        ),
        Tbl(
            caption="Tableau 2 – Les enjeux du territoire notés par les Français",
            header=("Enjeu", "Note sur 10"),
            rows=(
                ("Emploi", "7,1"),
                ("Pouvoir d'achat", "6,6"),
                ("Sécurité", "6,6"),
                ("Développement économique", "6,5"),
                ("Environnement", "6,3"),
                ("Exclusion", "6,3"),
            ),
            widths=(0.68, 0.32),
            source="Source : PHARE-Citoyens, Observatoire des partenariats, septembre 2015.",
        ),
        P(
            "Dans ce classement, la sécurité obtient une note de 6,6/10, au même niveau que le "
            "pouvoir d'achat. L'environnement et l'exclusion ferment la marche, à égalité."
        ),
        H2("Là où les partenariats peuvent changer la donne"),
        P(
            "Interrogés sur les domaines où les partenariats entre acteurs peuvent avoir un impact "
            "fort, les Français citent d'abord l'emploi (49 %), puis le développement économique "
            "(46 %) et l'environnement (42 %). La lutte contre la précarité et l'éducation "
            "recueillent chacune 36 %."
        ),
        H1("Un mouvement déjà engagé dans les territoires"),
        P(
            "Une note de réflexion du RAMEAU consacrée aux modèles de co-construction en territoire"
            "[^Le RAMEAU, note de réflexion prospective « Les modèles de co-construction en "
            "territoire », 29 février 2016.], datée du 29 février 2016, faisait le point sur la diffusion des partenariats. À cette "
            "date, 37 % des entreprises d'au moins 10 salariés réalisaient des partenariats avec "
            "des structures d'intérêt général."
        ),
        P(
            "Du côté des associations, 38 % étaient engagées avec des entreprises, une proportion "
            "qui atteignait 53 % parmi les associations employeuses. La même note relevait que 65 % "
            "des pionniers des alliances en territoire estiment que leur territoire est engagé dans "
            "cette dynamique."
        ),
        KeyFigures(
            (
                ("37 %", "des entreprises d'au moins 10 salariés"),
                ("53 %", "des associations employeuses"),
            )
        ),
        H1("À retenir"),
        Bullets(
            (
                "Une majorité de Français reconnaît un devoir d'alliance entre les acteurs "
                "(PHARE-Citoyens, septembre 2015).",
                "Entreprises, associations et maires voient dans les partenariats une source "
                "d'innovation.",
                "L'emploi est l'enjeu prioritaire des Français pour leur territoire, et le domaine où "
                "ils attendent le plus des partenariats.",
                "Les maires n'ont pas tous le même profil : les outils doivent s'adapter.",
            )
        ),
    ),
)

FICHE_03 = Doc(
    file="fiche-repere-03-devoir-alliance-2021.pdf",
    kind=FICHE,
    series="Fiche Repère",
    number="3",
    title="Le devoir d'alliance vu par les Français",
    subtitle="Édition 2021 — citoyens, maires et dirigeants face au « jouer collectif »",
    date="2021-03-15",
    url=SRC[20],
    sources=src(20, 24, 23, 43, 18),
    body=(
        H1("Une attente devenue massive"),
        P(
            "Les données les plus récentes de l'Observatoire des partenariats le confirment : pour "
            "les Français, la coopération entre les acteurs d'un territoire n'est plus une option. "
            "Elle est attendue, et les organisations elles-mêmes la revendiquent. Cette édition 2021 "
            "de la fiche rassemble les chiffres qui fondent ce constat.",
            style="lead",
        ),
        KeyFigures(
            (
                ("81 %", "des Français : « devoir d'alliance »"),
                ("92 %", "des maires : « besoin d'alliance »"),
                ("84 %", "des dirigeants d'entreprise : « envie d'alliance »"),
            )
        ),
        P(
            "Aujourd'hui, 81 % des Français estiment qu'il existe un « devoir d'alliance » entre les "
            "acteurs pour répondre aux défis de leur territoire. Les élus locaux partagent ce "
            "constat : 92 % des maires expriment un « besoin d'alliance ». Quant aux dirigeants "
            "d'entreprise, 84 % d'entre eux font part d'une « envie d'alliance »."
        ),
        P(
            "Ces trois mots — devoir, besoin, envie — ne disent pas la même chose. Le devoir renvoie "
            "à une exigence morale : les citoyens considèrent que les acteurs ont le devoir de "
            "travailler ensemble lorsque les difficultés dépassent les capacités de chacun. Le "
            "besoin exprime une nécessité pratique : les maires savent que leur commune ne peut pas "
            "tout faire seule. L'envie, enfin, traduit une motivation : les dirigeants d'entreprise "
            "voient dans l'alliance une occasion d'agir utilement pour leur territoire, et d'y "
            "trouver du sens."
        ),
        Quote(
            "Le devoir d'alliance n'est pas une mode : c'est une attente durable des citoyens, que "
            "les organisations commencent à traduire en pratiques.",
            author="Commentaire de la rédaction",
        ),
        H1("La crise sanitaire a renforcé le besoin de jouer collectif"),
        P(
            "La crise sanitaire de 2020 a mis à l'épreuve la capacité des territoires à s'organiser. "
            "Pour aider les acteurs à agir vite et bien, l'Observatoire a inventorié plus de 250 "
            "données issues de ses travaux, classées pour être utilisables immédiatement par les "
            "élus, les dirigeants et les responsables associatifs."
        ),
        P(
            "Deux chiffres résument l'état d'esprit de la sortie de crise : 81 % des Français et "
            "84 % des dirigeants de TPE et de PME jugent utile la co-construction pour renforcer la "
            "résilience des territoires, autrement dit pour « jouer collectif en sortie de crise »."
        ),
        P(
            "Attention aux homonymies : ces 81 % et 84 % ne mesurent pas la même chose que les "
            "chiffres du « devoir d'alliance » et de l'« envie d'alliance » présentés plus haut. Les "
            "questions posées sont différentes, même si les résultats convergent."
        ),
        P(
            "Du côté des élus, l'étude IMPACT-Elus locaux, réalisée par Comisis-OpinionWay en "
            "novembre 2020, montre que 64 % des élus locaux veulent s'appuyer sur le « jouer "
            "collectif » pendant leur mandat[^Étude IMPACT-Elus locaux, Observatoire des "
            "partenariats, Comisis-OpinionWay, novembre 2020.]."
        ),
        H1("Du constat au droit : l'alliance d'intérêt général"),
        P(
            "Les chiffres ont aussi servi à faire reconnaître l'alliance dans la loi. En 2019, à "
            "l'occasion du Forum national des associations et fondations (FNAF), Gabriel Attal a "
            "confié à la députée Cathy Racon-Bouzon et à Charles-Benoît Heidsieck, président-"
            "fondateur du RAMEAU, une mission ministérielle consacrée aux alliances d'intérêt "
            "général. Le rapport de mission a été remis le 7 mai 2020, et un bilan a été présenté le "
            "17 octobre 2020."
        ),
        P(
            "La mission a débouché sur une « feuille de route » ministérielle de 21 mesures pour "
            "accélérer les alliances. Elle a également ouvert la voie à une proposition de loi "
            "portée par Cathy Racon-Bouzon, visant à reconnaître un « droit de l'alliance d'intérêt "
            "général ». Déposée en février dernier, agréée par le Bureau de l'Assemblée nationale, "
            "la proposition a été publiée au Journal officiel."
        ),
        Box(
            "Qu'est-ce qu'une alliance d'intérêt général ?",
            (
                "On parle d'alliance lorsque des organisations de natures différentes — une "
                "association, une entreprise, une collectivité, une fondation, un établissement "
                "d'enseignement — décident de conduire ensemble un projet qui sert le bien commun. "
                "Chacun y apporte ce qu'il sait faire, et chacun y trouve un intérêt, sans que "
                "l'un dépende de l'autre.",
            ),
        ),
        H1("Ce que cela change pour les acteurs"),
        Bullets(
            (
                "Pour les associations : être reconnues comme des partenaires à part entière, et "
                "non comme de simples bénéficiaires de soutiens.",
                "Pour les entreprises : inscrire leur engagement dans la durée, au plus près des "
                "besoins de leurs territoires d'implantation.",
                "Pour les collectivités : disposer d'un cadre clair pour animer les coopérations "
                "locales.",
                "Pour les citoyens : voir leur attente d'un « jouer collectif » se traduire en "
                "projets concrets.",
            )
        ),
        P(
            "Les prochaines éditions de cette fiche suivront l'évolution de ces indicateurs et "
            "l'avancement du cadre juridique de l'alliance.",
            style="small",
        ),
    ),
)

FICHE_04 = Doc(
    file="fiche-repere-04-programmes-arpea-phare-impact-2018.pdf",
    kind=FICHE,
    series="Fiche Repère",
    number="4",
    title="ARPEA, PHARE, IMPACT : dix ans de programmes d'études",
    subtitle="Les plans quinquennaux de l'Observatoire des partenariats",
    date="2018-01-22",
    url=SRC[4],
    sources=src(4, 2, 31, 42, 3, 33, 30, 21, 9),
    columns=2,
    intro_height=100,
    body=(
        H1("Un observatoire né d'une alliance"),
        P(
            "Pour comprendre les relations entre associations, entreprises et pouvoirs publics, il "
            "faut d'abord les mesurer. C'est la raison d'être de l'Observatoire des partenariats, "
            "dont les travaux s'organisent depuis dix ans en programmes de cinq ans.",
            style="lead",
        ),
        ColumnBreak(),
        P(
            "L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le "
            "RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif. Sa direction "
            "scientifique est confiée à Anne Robin, fondatrice de COMISIS, qui l'assure bénévolement."
        ),
        P(
            "Ses travaux sont organisés en plans quinquennaux. Chacun porte un nom, une question "
            "centrale et plusieurs volets d'études, qui interrogent tour à tour les différentes "
            "catégories d'acteurs : citoyens, associations, entreprises, collectivités."
        ),
        Tbl(
            caption="Tableau 1 – Les programmes de l'Observatoire",
            header=("Programme", "Période", "Objet"),
            rows=(
                ("ARPEA", "2008-2012", "Dresser l'état des lieux des partenariats"),
                ("PHARE", "2013-2018", "Les fragilités et la co-construction en territoire"),
                ("IMPACT", "2018-2022", "Mesurer les effets des alliances"),
            ),
            widths=(0.27, 0.27, 0.46),
        ),
        H1("ARPEA (2008-2012) : l'état des lieux"),
        P(
            "Le premier programme porte le nom d'ARPEA, pour « Analyser les Relations Partenariales "
            "entre Entreprises et Associations ». Il compte dix volets, qui dressent le premier "
            "état des lieux des partenariats en France."
        ),
        P(
            "Parmi ses résultats marquants figure l'attente des citoyens. En 2008, 86 % des "
            "Français jugeaient urgent de créer des partenariats entre associations et entreprises ; "
            "en 2012, ils étaient encore 84 % à le penser."
        ),
        P(
            "Le programme s'est conclu par un rapport quinquennal, présenté le 11 décembre 2012. "
            "Dans la foulée, la ministre Valérie Fourneyron[^Valérie Fourneyron était alors "
            "ministre chargée de la jeunesse et de la vie associative.] a demandé un rapport "
            "dressant l'état des lieux des partenariats entre associations et entreprises ; il a "
            "été publié début 2014."
        ),
        Box(
            "Un sigle, trois formulations",
            (
                "Selon les documents, l'acronyme ARPEA est développé de plusieurs façons : « Analyse "
                "des Relations et des Partenariats entre Entreprises et Associations », « Analyser "
                "les Relations Partenariales entre Entreprises et Associations » ou encore « Analyse "
                "des Relations Associations-Entreprises ». Il s'agit bien du même programme.",
            ),
        ),
        H1("PHARE (2013-2018) : fragilités et co-construction"),
        P(
            "Le deuxième programme, PHARE, élargit le regard aux territoires et à leurs fragilités. "
            "Il se déploie en six volets, publiés entre septembre 2015 et l'automne 2016."
        ),
        Tbl(
            caption="Tableau 2 – Les six volets du programme PHARE",
            header=("Volet", "Publication"),
            rows=(
                ("PHARE-Citoyens", "septembre 2015"),
                ("PHARE-Entreprises", "octobre 2015"),
                ("PHARE-Associations", "novembre 2015"),
                ("13 rapports régionaux", "2016"),
                ("Diagnostics sectoriels", "juillet 2016"),
                ("PHARE-Institutions", "automne 2016"),
            ),
            widths=(0.55, 0.45),
            source="Source : observatoire-des-partenariats.fr, « Le programme PHARE ».",
        ),
        P(
            "Le volet PHARE-Institutions, publié le 29 novembre 2016, a dégagé cinq profils de "
            "maires face à la co-construction territoriale. Il a accompagné le lancement d'un "
            "référentiel de la co-construction territoriale."
        ),
        H1("IMPACT (2018-2022) : mesurer les effets"),
        P(
            "Lancé en novembre 2017, le programme IMPACT couvre la période 2018-2022. Il est mené "
            "avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste, la "
            "Fondation TOTAL et Le RAMEAU."
        ),
        P("Il s'organise autour de trois axes :"),
        Bullets(
            (
                "l'innovation sociétale et territoriale : ce que les alliances permettent "
                "d'inventer ;",
                "la performance des organisations : ce qu'elles apportent à chacun des partenaires ;",
                "la confiance : ce qu'elles changent dans les relations entre les acteurs.",
            )
        ),
        P(
            "Après l'état des lieux d'ARPEA et l'éclairage des fragilités avec PHARE, IMPACT doit "
            "répondre à la question que posent désormais tous les partenaires : qu'est-ce que les "
            "alliances changent réellement ?"
        ),
    ),
)

FICHE_05 = Doc(
    file="fiche-repere-05-le-rameau-observatoire-2022.pdf",
    kind=FICHE,
    series="Fiche Repère",
    number="5",
    title="Le RAMEAU et l'Observatoire des partenariats",
    subtitle="Repères sur un laboratoire de recherche empirique, ses équipes et ses outils",
    date="2022-10-03",
    url=SRC[5],
    sources=src(5, 6, 46, 8, 13, 47, 2, 21, 17, 37, 18, 39),
    body=(
        H1("Un laboratoire de recherche empirique"),
        P(
            "Le RAMEAU est une association d'intérêt général créée en 2006. Il se définit comme un "
            "« laboratoire de recherche empirique » consacré aux alliances au service du bien "
            "commun ; on le présente aussi comme un « laboratoire d'innovations partenariales ». "
            "Son objet : comprendre comment des organisations qui, historiquement, ne travaillaient "
            "pas ensemble peuvent coopérer, et ce que chacune peut apporter au bien commun."
        ),
        P(
            "Son action se décline en trois missions : témoigner des démarches de co-construction "
            "développées sur le terrain ; partager les connaissances avec le plus grand nombre, par "
            "des publications et des modules de formation ; innover, enfin, en testant de nouveaux "
            "modèles."
        ),
        KeyFigures(
            (
                ("2006", "création du RAMEAU"),
                ("+ de 1 000", "exemples inspirants recensés"),
                ("+ de 500", "organisations engagées dans des expérimentations"),
            )
        ),
        P(
            "En quinze ans de recherche, Le RAMEAU a recensé plus de 1 000 exemples inspirants "
            "d'alliances entre acteurs. Il a mené des expérimentations auprès de plus de 500 "
            "organisations depuis 2006. À ces travaux s'ajoutent cinq ans d'étude d'impact, "
            "conduits dans le cadre du programme IMPACT."
        ),
        H1("Les personnes"),
        P(
            "Le RAMEAU est une petite équipe, entourée d'un large réseau de partenaires et de "
            "bénévoles. Le tableau suivant présente les personnes citées dans les publications."
        ),
        Tbl(
            caption="Tableau 1 – Qui fait quoi ?",
            header=("Nom", "Fonction"),
            rows=(
                ("Charles-Benoît Heidsieck", "Président-fondateur du RAMEAU"),
                ("Laurence Weber", "Directrice générale du RAMEAU"),
                (
                    "Anne Robin",
                    "Directrice scientifique des études de l'Observatoire des partenariats, "
                    "fondatrice de COMISIS (à titre bénévole)",
                ),
            ),
            widths=(0.34, 0.66),
        ),
        H1("L'Observatoire des partenariats"),
        P(
            "L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le "
            "RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif. Il produit les "
            "données sur lesquelles reposent ces travaux : études nationales, rapports régionaux, "
            "diagnostics sectoriels."
        ),
        P(
            "Ses études s'organisent en trois plans quinquennaux successifs : ARPEA (2008-2012), "
            "PHARE (2013-2018) et IMPACT (2018-2022)."
        ),
        H1("Des outils pour les territoires"),
        P(
            "La recherche ne vaut que si elle sert. Depuis 2010, la démarche « Agir ensemble en "
            "Territoire » accompagne des territoires volontaires. Avec le CGET, Le RAMEAU a "
            "également conduit un parcours d'expérience sur la co-construction territoriale avec "
            "10 territoires pilotes[^Le CGET, Commissariat général à l'égalité des territoires, a "
            "depuis été intégré à l'Agence nationale de la cohésion des territoires.]."
        ),
        P(
            "D'autres outils sont venus compléter ce dispositif : le Fonds ODD 17, co-créé en 2020 "
            "avec la Fondation TotalEnergies ; la Charte du faire alliance, lancée le 30 novembre "
            "2021 ; et la Fondation des Territoires, créée le 14 juin 2022 sous l'égide de la "
            "Fondation de Lille."
        ),
        H1("Chronologie"),
        Tbl(
            caption="Tableau 2 – Les grandes étapes",
            header=("Date", "Étape"),
            rows=(
                ("2006", "Création du RAMEAU"),
                ("2008", "Création de l'Observatoire des partenariats"),
                ("2008-2012", "Programme ARPEA"),
                ("2010", "Lancement de la démarche « Agir ensemble en Territoire »"),
                ("2013-2018", "Programme PHARE"),
                ("2018-2022", "Programme IMPACT"),
                ("2020", "Création du Fonds ODD 17"),
                ("30 novembre 2021", "Lancement de la Charte du faire alliance"),
                ("14 juin 2022", "Création de la Fondation des Territoires"),
            ),
            widths=(0.3, 0.7),
        ),
    ),
)

FICHE_06 = Doc(
    file="fiche-repere-06-dynamiques-engagement-collectivites-2021.pdf",
    kind=FICHE,
    series="Fiche Repère",
    number="6",
    title="Les dynamiques d'engagement des collectivités territoriales",
    subtitle="Ce que disent les maires et les élus locaux de la co-construction",
    date="2021-11-16",
    url=SRC[14],
    sources=src(14, 23, 21, 37, 35, 40),
    columns=2,
    intro_height=100,
    body=(
        H1("Des élus ouverts au jouer collectif"),
        P(
            "Les collectivités territoriales sont les premiers partenaires des associations et des "
            "interlocuteurs naturels des entreprises. Comment les élus envisagent-ils leur rôle "
            "dans les alliances ? Cette fiche rassemble les repères issus des études de "
            "l'Observatoire des partenariats.",
            style="lead",
        ),
        ColumnBreak(),
        P(
            "L'étude IMPACT-Elus locaux, réalisée par Comisis-OpinionWay et publiée en novembre "
            "2020, montre une forte ouverture des élus : 64 % des élus locaux veulent s'appuyer sur "
            "le « jouer collectif » durant leur mandat."
        ),
        P(
            "Les maires vont dans le même sens. Selon les résultats présentés au 3e dîner « Elus & "
            "Entreprises », 92 % des maires reconnaissent l'utilité de la co-construction pour leur "
            "territoire."
        ),
        H2("Une volonté qui bute sur le « comment »"),
        P(
            "Reconnaître l'utilité d'une démarche n'est pas savoir la conduire. Selon les travaux "
            "de l'Observatoire, 76 % des maires considèrent que leur territoire est engagé dans une "
            "dynamique de co-construction, mais 46 % déclarent ne pas savoir comment la piloter."
        ),
        P(
            "Ce décalage explique l'attention portée aux outils. Les élus n'ont pas besoin d'être "
            "convaincus ; ils ont besoin de méthodes, d'exemples et de personnes capables d'animer "
            "la démarche avec eux."
        ),
        H2("L'innovation, premier bénéfice attendu"),
        P(
            "Les maires sont aussi ceux qui croient le plus à la capacité d'innovation des "
            "partenariats : 87 % d'entre eux les considèrent comme une source d'innovation pour "
            "répondre aux fragilités de leur territoire."
        ),
        Tbl(
            caption="Tableau 1 – Les maires et la co-construction",
            header=("Indicateur", "Part des maires"),
            rows=(
                ("Reconnaissent l'utilité de la co-construction", "92 %"),
                ("Voient dans les partenariats une source d'innovation", "87 %"),
                ("Jugent leur territoire engagé dans la co-construction", "76 %"),
                ("Ne savent pas comment piloter la démarche", "46 %"),
            ),
            widths=(0.68, 0.32),
            source="Sources : études de l'Observatoire des partenariats auprès des maires.",
        ),
        H1("Des outils pour passer à l'action"),
        P(
            "Pour aider les collectivités à se positionner, un flyer interactif, « les outils de la "
            "co-construction territoriale », a été dévoilé au 103e Congrès des maires"
            "[^L'Association des maires de France a organisé, dans le cadre du 103e Congrès, un "
            "premier forum consacré à la co-construction avec la société civile.], en novembre "
            "2021. Il rassemble plusieurs ressources, dont cette fiche-repère issue de l'étude "
            "IMPACT-Elus locaux de novembre 2020."
        ),
        P(
            "Les collectivités peuvent aussi s'appuyer sur un réseau de 350 « catalyseurs "
            "territoriaux ». Ces structures créent au quotidien des liens entre les collectivités, "
            "les entreprises, les associations et les initiatives citoyennes de leur territoire."
        ),
        Bullets(
            (
                "sensibiliser les acteurs et favoriser l'interconnaissance ;",
                "partager un diagnostic du territoire ;",
                "accompagner de nouvelles alliances ;",
                "piloter des expérimentations collectives.",
            )
        ),
        H1("Les fondations, partenaires des territoires"),
        P(
            "Les collectivités ne sont pas seules. L'étude IMPACT Fondations & Territoires, publiée "
            "le 23 septembre 2021, éclaire le rôle des fondations dans les dynamiques locales : "
            "42 fondations, représentatives de la diversité du secteur, ont été interrogées."
        ),
        P(
            "Une fiche acteur, « Dynamique d'engagement des Fondations », complète cette fiche-"
            "repère. Ensemble, elles donnent aux élus une vue des partenaires qu'ils peuvent "
            "mobiliser."
        ),
    ),
)


# ============================================================ bulletins de veille

BULLETIN_2015_10 = Doc(
    file="bulletin-veille-2015-10-phare-citoyens.pdf",
    kind=BULLETIN,
    series="Bulletin de veille",
    number="3",
    title="PHARE-Citoyens : les Français et les alliances en territoire",
    subtitle="Premiers résultats du programme PHARE",
    date="2015-10-12",
    url=SRC[34],
    sources=src(34, 8, 3, 30, 4, 5, 2),
    columns=2,
    intro_height=96,
    body=(
        H1("Les Français plébiscitent l'alliance entre acteurs"),
        P(
            "Premier volet du programme PHARE, l'étude PHARE-Citoyens a été publiée en septembre "
            "2015. Elle donne la parole aux habitants sur les fragilités de leur territoire et sur le "
            "rôle que peuvent jouer les partenariats entre associations, entreprises et pouvoirs "
            "publics.",
            style="lead",
        ),
        ColumnBreak(),
        H2("Une enquête nationale"),
        P(
            "Plus de 2 000 personnes ont été interrogées. L'objectif était double : savoir quels "
            "enjeux les Français jugent prioritaires pour leur territoire, et mesurer ce qu'ils "
            "attendent des alliances entre les acteurs pour y répondre."
        ),
        P(
            "Le résultat le plus commenté concerne le « devoir d'alliance » : 69 % des Français "
            "estiment qu'il existe un devoir d'alliance entre les acteurs. Autrement dit, une large "
            "majorité considère que les organisations ont la responsabilité de coopérer."
        ),
        H2("Les enjeux prioritaires"),
        P(
            "Les personnes interrogées ont noté sur 10 plusieurs enjeux de leur territoire. L'emploi "
            "est l'enjeu jugé le plus important, avec une note de 7,1/10. Vient ensuite la "
            "sécurité, notée 7/10, devant le pouvoir d'achat (6,6/10) et le développement "
            "économique (6,5/10). L'environnement et la lutte contre l'exclusion obtiennent chacun "
            "6,3/10."
        ),
        P(
            "Ces notes sont proches les unes des autres : aucun enjeu n'est jugé secondaire. C'est "
            "une première indication de la complexité des attentes, que ni l'action publique seule "
            "ni l'initiative privée seule ne peuvent satisfaire."
        ),
        H2("Des partenariats jugés utiles"),
        P(
            "Les Français voient dans les partenariats un levier d'action concret. Ils sont 49 % à "
            "leur prêter un impact fort sur l'emploi, 46 % sur le développement économique et 42 % "
            "sur l'environnement ; 36 % citent la précarité et l'éducation."
        ),
        Quote(
            "Les citoyens n'opposent pas l'économique et le social : ils attendent des acteurs "
            "qu'ils conjuguent leurs forces là où les besoins sont les plus pressants.",
            author="La rédaction",
        ),
        H1("Et maintenant ?"),
        P(
            "PHARE-Citoyens ouvre une série. Le programme PHARE, conduit par l'Observatoire des "
            "partenariats, prévoit de donner successivement la parole à toutes les parties "
            "prenantes des territoires. Les volets consacrés aux entreprises, en octobre, puis aux "
            "associations, en novembre, compléteront ce premier regard."
        ),
        Box(
            "Le programme PHARE en bref",
            (
                "Six volets sont annoncés : les citoyens, les entreprises, les associations, une "
                "série de rapports régionaux, des diagnostics sectoriels et, pour finir, les "
                "institutions. Les résultats régionaux et sectoriels sont attendus en 2016.",
            ),
        ),
        H1("En bref"),
        H2("Le RAMEAU, laboratoire de recherche empirique"),
        P(
            "Créé en 2006, Le RAMEAU observe et accompagne les alliances entre acteurs au service du "
            "bien commun. C'est avec la Caisse des Dépôts qu'il a fondé l'Observatoire des "
            "partenariats, qui conduit le programme PHARE."
        ),
        H2("Retour sur ARPEA"),
        P(
            "PHARE prend la suite du programme ARPEA (2008-2012), dont le rapport quinquennal a été "
            "présenté le 11 décembre 2012. À la demande de la ministre Valérie Fourneyron, un "
            "rapport dressant l'état des lieux des partenariats entre associations et entreprises a "
            "ensuite été publié début 2014."
        ),
        H2("Une direction scientifique bénévole"),
        P(
            "Les études de l'Observatoire sont placées sous la direction scientifique d'Anne Robin, "
            "fondatrice de COMISIS, qui exerce cette mission à titre bénévole."
        ),
        P(
            "Le prochain numéro de ce bulletin reviendra sur les résultats de PHARE-Entreprises.",
            style="small",
        ),
    ),
)

BULLETIN_2018_05 = Doc(
    file="bulletin-veille-2018-05-parcours-cget-co-construction.pdf",
    kind=BULLETIN,
    series="Bulletin de veille",
    number="4",
    title="Co-construction territoriale : un parcours d'expérience avec le CGET",
    subtitle="Onze territoires pionniers pour apprendre de pair à pair",
    date="2018-05-28",
    url=SRC[15],
    sources=src(15, 33, 17, 21, 12),
    body=(
        H1("Un parcours de dix-huit mois"),
        P(
            "Le Commissariat général à l'égalité des territoires (CGET) et Le RAMEAU lancent un "
            "« parcours d'expérience » consacré à la co-construction territoriale. D'une durée de "
            "18 mois, il réunit 11 territoires pionniers, choisis pour la diversité de leurs "
            "situations — des grandes villes aux espaces ruraux — et de leurs structures : "
            "collectivités, établissements publics, institutions académiques, entreprises, "
            "fondations et associations.",
            style="lead",
        ),
        P(
            "La première session s'est tenue le 3 mai 2018. Elle a permis aux participants de "
            "dresser ensemble un état des lieux de la co-construction territoriale : ce qui "
            "fonctionne, ce qui bloque, et ce qu'il faudrait savoir faire pour aller plus loin. "
            "D'autres sessions suivront dans les mois qui viennent."
        ),
        H2("Une méthode de pair à pair"),
        P(
            "Le principe du parcours est de faire travailler les acteurs entre eux plutôt que de "
            "leur délivrer un enseignement descendant. Chaque territoire apporte son expérience, "
            "ses conditions de réussite et les obstacles qu'il a rencontrés. L'ambition est de "
            "produire collectivement des méthodes et des outils de formation, puis de les diffuser "
            "à d'autres territoires."
        ),
        Bullets(
            (
                "partager des expériences concrètes de co-construction ;",
                "identifier les conditions de réussite et les obstacles ;",
                "concevoir ensemble des outils de formation ;",
                "préparer leur diffusion à grande échelle.",
            )
        ),
        H1("Pourquoi maintenant ?"),
        P(
            "Le parcours s'appuie sur dix ans d'observation. Les études du programme PHARE ont "
            "montré que les maires voient massivement dans les partenariats une source "
            "d'innovation : c'est le cas de 87 % d'entre eux selon le volet PHARE-Institutions. Le "
            "même volet, publié le 29 novembre 2016, a distingué cinq profils de maires face à la "
            "co-construction."
        ),
        P(
            "Le programme IMPACT, lancé en novembre 2017 pour la période 2018-2022, prend désormais "
            "le relais. Il s'intéresse aux effets des alliances, et le parcours d'expérience en "
            "sera l'un des terrains d'observation."
        ),
        Box(
            "À la source : « Agir ensemble en Territoire »",
            (
                "La démarche « Agir ensemble en Territoire » a été initiée en 2010, à la suite de "
                "l'étude ARPEA-Collectivités locales réalisée par Comisis-OpinionWay. Elle a été "
                "expérimentée dans trois territoires pilotes : l'Alsace, avec Alsace Active ; "
                "Poitou-Charentes, avec le Groupe La Poste ; et Paris-Est Marne & Bois.",
                "Le parcours d'expérience avec le CGET prolonge cette histoire en passant de "
                "l'expérimentation à la formation.",
            ),
        ),
        H1("Ce qu'il faudra suivre"),
        P(
            "Plusieurs questions restent ouvertes. Comment former des animateurs capables "
            "d'accompagner les alliances locales ? Comment reconnaître ce métier émergent dans les "
            "organisations ? Comment financer un travail de lien dont les effets se mesurent sur "
            "plusieurs années ? Le parcours n'apportera pas toutes les réponses, mais il devrait "
            "permettre de les formuler à partir de l'expérience du terrain."
        ),
        H1("En bref"),
        H2("IMPACT : les partenaires du programme"),
        P(
            "Le programme IMPACT (2018-2022) est mené avec la Caisse des Dépôts, l'Institut CDC "
            "pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU. Il s'organise "
            "autour de trois axes : l'innovation sociétale et territoriale, la performance des "
            "organisations et la confiance."
        ),
        H2("Relire la note sur les modèles de co-construction"),
        P(
            "Publiée le 29 février 2016, la note de réflexion du RAMEAU sur les modèles de "
            "co-construction en territoire reste une bonne introduction au sujet. Elle rappelait "
            "notamment que 65 % des pionniers des alliances en territoire estiment que leur "
            "territoire est engagé dans cette dynamique."
        ),
        P(
            "Ce bulletin rendra compte des prochaines sessions et des premiers outils produits.",
            style="small",
        ),
    ),
)

BULLETIN_2020_11 = Doc(
    file="bulletin-veille-2020-11-donnees-sortie-de-crise.pdf",
    kind=BULLETIN,
    series="Bulletin de veille",
    number="9",
    title="Des données pour agir en sortie de crise",
    subtitle="Novembre 2020 : rapports régionaux, élus locaux et mission ministérielle",
    date="2020-11-30",
    url=SRC[1],
    sources=src(1, 24, 25, 23, 43, 39, 17, 2, 8),
    columns=2,
    body=(
        H1("Un mois de novembre tenu malgré tout"),
        P(
            "L'Observatoire des partenariats s'était fixé un cap pour le mois de novembre, et il l'a "
            "tenu malgré le contexte sanitaire. Le Congrès des maires, qui devait en être le point "
            "d'orgue, a été annulé ; les publications et les rendez-vous ont été maintenus, pour "
            "l'essentiel à distance."
        ),
        Tbl(
            caption="L'agenda de novembre 2020",
            header=("Date", "Événement"),
            rows=(
                (
                    "15 novembre",
                    "Dossier sur les coopérations territoriales dans le n°628 de JURIS Associations",
                ),
                ("23 novembre", "3e dîner « Elus & Entreprises »"),
                ("26 novembre", "11e rapport régional de l'Observatoire : Normandie"),
                ("26 novembre", "5e webinaire « l'ODD 17 en pratique »"),
            ),
            widths=(0.3, 0.7),
        ),
        P(
            "Le 11e rapport régional de l'Observatoire des partenariats, consacré à la Normandie, a "
            "été publié le 26 novembre 2020. Il présente le profil de la région, ses fragilités "
            "prioritaires, telles qu'elles sont mesurées et telles que ses habitants les perçoivent, "
            "ainsi que les dynamiques d'alliances qui s'y développent pour y répondre."
        ),
        P(
            "La date n'avait pas été choisie au hasard : elle devait coïncider avec la fin du "
            "Congrès des maires. Le même jour, le 5e webinaire du cycle « l'ODD 17 en pratique » a "
            "mis en valeur les trois types de données que produit l'Observatoire, des analyses de "
            "cadrage sur la maturité de l'écosystème aux études territoriales."
        ),
        H2("Le 3e dîner « Elus & Entreprises »"),
        P(
            "Le 23 novembre, le 3e dîner « Elus & Entreprises » a été l'occasion de présenter les "
            "résultats de l'étude IMPACT-Elus locaux et de faire trois annonces pour accompagner les "
            "collectivités : l'entrée du RAMEAU dans la Chaire InterActions d'AgroParisTech, une "
            "nouvelle étape pour la Fondation des Territoires et la création du Fonds ODD 17."
        ),
        P(
            "Parmi les résultats présentés ce soir-là : 64 % des élus locaux veulent s'appuyer sur "
            "le « jouer collectif » durant leur mandat (IMPACT-Elus locaux, novembre 2020)."
        ),
        ColumnBreak(),
        H1("Sortie de crise : des données pour agir vite et bien"),
        P(
            "Pour aider les acteurs à préparer la sortie de crise, l'Observatoire a inventorié plus "
            "de 250 données issues de ses travaux. Elles montrent que la co-construction est perçue "
            "comme un levier de résilience : 81 % des Français et 84 % des dirigeants de TPE et de "
            "PME jugent utile de « jouer collectif » en sortie de crise."
        ),
        P(
            "Ces données sont organisées autour des trois indicateurs du programme IMPACT : "
            "l'innovation, la performance et la confiance[^Le programme IMPACT (2018-2022) mesure "
            "les effets des alliances sur l'innovation, sur la performance des organisations et "
            "sur la confiance entre les acteurs.]. L'idée est simple : chacun doit pouvoir trouver "
            "rapidement le chiffre qui éclaire sa décision, qu'il soit élu, chef d'entreprise ou "
            "responsable associatif."
        ),
        Bullets(
            (
                "innovation : ce que les alliances permettent d'inventer ;",
                "performance : ce qu'elles apportent à chaque organisation ;",
                "confiance : ce qu'elles changent entre les acteurs d'un territoire.",
            )
        ),
        H1("La mission ministérielle sur les alliances"),
        P(
            "Confiée en 2019 par Gabriel Attal, à l'occasion du Forum national des associations et "
            "fondations (FNAF), à la députée Cathy Racon-Bouzon et à Charles-Benoît Heidsieck, la "
            "mission ministérielle sur les alliances d'intérêt général a rendu son rapport le 7 mai "
            "2020."
        ),
        P(
            "Un bilan a été dressé le 17 octobre 2020. Les travaux de la mission s'appuient "
            "largement sur les données de l'Observatoire, et ses suites seront suivies de près dans "
            "les prochains numéros de ce bulletin."
        ),
        Box(
            "À retenir",
            (
                "Publications maintenues, données rassemblées pour la sortie de crise, nouveaux "
                "outils annoncés : malgré l'annulation du Congrès des maires, novembre 2020 aura été "
                "un mois dense pour les alliances en territoire.",
            ),
        ),
        H1("En bref"),
        H2("Fondation des Territoires : une nouvelle étape"),
        P(
            "Annoncée lors du 3e dîner « Elus & Entreprises », la nouvelle étape de la Fondation des "
            "Territoires s'ouvre en décembre. Sa préfiguration, lancée en juillet 2018, entre ainsi "
            "dans sa troisième phase."
        ),
        H2("Agir ensemble en Territoire, dix ans déjà"),
        P(
            "La démarche « Agir ensemble en Territoire » a été initiée en 2010, à la suite de "
            "l'étude ARPEA-Collectivités locales réalisée par Comisis-OpinionWay. Dix ans plus tard, "
            "ses enseignements nourrissent les outils proposés aux collectivités."
        ),
        H2("Trois programmes, un même fil"),
        P(
            "Depuis sa création en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec "
            "le MEDEF et le Mouvement associatif, l'Observatoire des partenariats a conduit trois "
            "programmes d'études : ARPEA (2008-2012), PHARE (2013-2018) et IMPACT (2018-2022). Les "
            "données publiées ce mois-ci s'inscrivent dans ce dernier programme."
        ),
        H2("Le RAMEAU, laboratoire de terrain"),
        P(
            "Depuis 2006, Le RAMEAU a mené des expérimentations auprès de plus de 500 organisations. "
            "Ces expériences de terrain, confrontées aux données de l'Observatoire, alimentent les "
            "outils mis à la disposition des territoires pour la sortie de crise."
        ),
        H2("À venir"),
        P(
            "Le prochain numéro reviendra sur le Fonds ODD 17 et sur les suites de la mission "
            "ministérielle consacrée aux alliances d'intérêt général.",
            style="small",
        ),
    ),
)

VOLUME_2021 = "Veille des alliances, volume 2021"
VOLUME_2022 = "Veille des alliances, volume 2022"

BULLETIN_2021_07 = Doc(
    file="bulletin-veille-2021-07-odd-17-medoc.pdf",
    kind=BULLETIN,
    series="Bulletin de veille",
    number="6",
    title="ODD 17 : comprendre et outiller le « faire alliance »",
    subtitle="La note de décryptage du Comité 21 et la méthode M.E.D.O.C.",
    date="2021-07-12",
    url=SRC[9],
    sources=src(9, 11, 37, 20, 18),
    columns=2,
    intro_height=96,
    volume=VOLUME_2021,
    first_label=21,
    body=(
        H1("L'ODD 17, un objectif pas comme les autres"),
        P(
            "Parmi les 17 objectifs de développement durable adoptés par les Nations unies, le "
            "dix-septième occupe une place à part : il ne porte pas sur un thème comme l'eau, "
            "l'énergie ou l'éducation, mais sur la manière d'agir ensemble pour atteindre tous les "
            "autres.",
            style="lead",
        ),
        ColumnBreak(),
        P(
            "L'ODD 17 est consacré aux partenariats pour la réalisation des objectifs. Il souligne "
            "le rôle des coopérations et des alliances stratégiques pour relever des défis communs. "
            "C'est en ce sens un objectif transversal : sans lui, les seize autres restent hors "
            "de portée."
        ),
        H2("Une note pour décrypter"),
        P(
            "Le 5 juillet, le Comité 21 et ses partenaires ont présenté une note de décryptage "
            "intitulée « ODD 17 : Sens, décryptages, déclinaisons ». Elle illustre les 19 cibles de "
            "l'ODD 17, du global au local, à partir d'exemples concrets de projets portés par des "
            "États, des collectivités, des associations ou des entreprises."
        ),
        P(
            "La note met aussi en perspective la dimension stratégique et politique de l'ODD 17 "
            "dans un environnement de plus en plus complexe et incertain. Elle répond à deux "
            "questions centrales :"
        ),
        Bullets(
            (
                "comment accélérer l'atteinte de nos ambitions ?",
                "comment rendre l'ODD 17 opérationnel ?",
            )
        ),
        P(
            "Elle est le fruit de plusieurs mois de travail d'un collectif d'organisations de la "
            "société civile, orchestré par le Comité 21, auquel Le RAMEAU a participé."
        ),
        H1("M.E.D.O.C. : de l'art à la méthode"),
        P(
            "Comprendre l'ODD 17 ne suffit pas : encore faut-il apprendre à faire alliance. Pour "
            "passer de l'intention à la pratique, Le RAMEAU propose une grille simple, baptisée "
            "M.E.D.O.C., pour Méthodes, Exemples, Données, Outils et Compétences."
        ),
        Tbl(
            caption="Les cinq ressources de M.E.D.O.C.",
            header=("Ressource", "À quoi elle sert"),
            rows=(
                ("Méthodes", "structurer une démarche d'alliance, étape par étape"),
                ("Exemples", "s'inspirer d'alliances qui fonctionnent"),
                ("Données", "objectiver les besoins et les pratiques"),
                ("Outils", "passer à l'action avec des supports concrets"),
                ("Compétences", "former celles et ceux qui animent les alliances"),
            ),
            widths=(0.38, 0.62),
        ),
        P(
            "Les ressources correspondantes sont rassemblées sur la plateforme www.odd17.org, "
            "ouverte à tous les acteurs qui souhaitent s'approprier le « faire alliance »."
        ),
        H2("Pourquoi « de l'art à la méthode » ?"),
        P(
            "Longtemps, les alliances réussies ont reposé sur le talent de quelques personnes, "
            "capables de rapprocher des mondes qui s'ignoraient. Cet art reste précieux, mais il ne "
            "se transmet pas facilement. En le traduisant en méthodes, en données et en "
            "compétences, on le rend accessible au plus grand nombre[^M.E.D.O.C. : Méthodes, "
            "Exemples, Données, Outils, Compétences.]."
        ),
        H1("En bref"),
        H2("Le Fonds ODD 17 en expérimentation"),
        P(
            "Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 soutient "
            "l'ingénierie d'alliance de projets d'intérêt général. Il dispose d'une dotation de "
            "1,5 M€ pour une expérimentation sur 3 ans."
        ),
        H2("Droit de l'alliance : la proposition de loi suit son cours"),
        P(
            "Déposée en février par la députée Cathy Racon-Bouzon, la proposition de loi visant à "
            "reconnaître un « droit de l'alliance d'intérêt général » a été agréée par le Bureau de "
            "l'Assemblée nationale et publiée au Journal officiel. Elle prolonge la « feuille de "
            "route » ministérielle de 21 mesures pour accélérer les alliances."
        ),
    ),
)

BULLETIN_2021_10 = Doc(
    file="bulletin-veille-2021-10-fonds-odd-17-fondations.pdf",
    kind=BULLETIN,
    series="Bulletin de veille",
    number="8",
    title="Fonds ODD 17 et fondations : investir dans l'alliance",
    subtitle="Un fonds d'expérimentation et une étude sur l'engagement territorial des fondations",
    date="2021-10-18",
    url=SRC[37],
    sources=src(37, 1, 35, 40, 26, 14),
    volume=VOLUME_2021,
    first_label=29,
    body=(
        H1("Le Fonds ODD 17"),
        P(
            "Faire coopérer des acteurs différents sur un territoire demande du temps, des "
            "compétences et de l'ingénierie. Ce travail de lien est rarement financé. C'est pour "
            "y remédier qu'a été créé le Fonds ODD 17.",
            style="lead",
        ),
        P(
            "Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies pour "
            "soutenir l'ingénierie d'alliance de projets d'intérêt général réunissant plusieurs "
            "types d'acteurs. Sa création avait été annoncée le 23 novembre 2020, lors du 3e dîner "
            "« Elus & Entreprises »."
        ),
        P(
            "Le Fonds bénéficie d'une dotation de 1,5 M€ pour une expérimentation sur 3 ans. Il "
            "s'inscrit dans le cadre de la « feuille de route » ministérielle d'accélération des "
            "alliances stratégiques[^La « feuille de route » ministérielle est issue de la mission "
            "confiée en 2019 à Cathy Racon-Bouzon et Charles-Benoît Heidsieck.]."
        ),
        KeyFigures(
            (
                ("1,5 M€", "de dotation"),
                ("3 ans", "d'expérimentation"),
                ("350", "« catalyseurs territoriaux »"),
            )
        ),
        P(
            "Le Fonds s'appuie sur la diversité des 350 « catalyseurs territoriaux » qui créent "
            "chaque jour des liens entre les collectivités, les entreprises, les associations et les "
            "initiatives citoyennes de leur territoire. Fondations territoriales, pôles de "
            "coopération, associations d'animation locale : leurs formes varient, leur fonction est "
            "la même."
        ),
        H2("Ce que le Fonds finance"),
        Bullets(
            (
                "l'ingénierie qui permet à une alliance de naître : diagnostic, animation, "
                "mise en relation ;",
                "des expérimentations collectives sur les territoires ;",
                "la capitalisation et le partage des enseignements.",
            )
        ),
        H1("Les fondations et les territoires"),
        P(
            "Publiée le 23 septembre 2021, l'étude IMPACT Fondations & Territoires est un nouveau "
            "volet du programme IMPACT de l'Observatoire des partenariats. Elle s'intéresse aux "
            "pratiques territoriales des fondations : 42 fondations, présentes sur l'ensemble de la "
            "métropole et représentatives de la diversité du secteur, ont été interrogées."
        ),
        P(
            "Les répondants s'accordent sur un point : le « jouer collectif » est incontournable, "
            "ou au moins utile, pour réduire les fragilités des territoires et faire émerger de "
            "nouveaux moteurs de développement."
        ),
        Quote(
            "Les fondations ne sont pas seulement des financeurs : elles peuvent être des "
            "architectes d'alliances, parce qu'elles ont le temps long et la liberté d'expérimenter.",
            author="La rédaction",
        ),
        P(
            "Une fiche acteur, « Dynamique d'engagement des Fondations », présente les principaux "
            "enseignements de ces travaux. Elle souligne le rôle structurant que peuvent jouer les "
            "fondations dans la mise en œuvre de l'ODD 17."
        ),
        H1("En bref"),
        H2("Associations employeuses : l'étude est parue"),
        P(
            "L'étude IMPACT – Associations & Territoires a été publiée le 16 septembre 2021. Elle "
            "porte sur les 148 000 associations qui emploient au moins un salarié et montre que "
            "98 % d'entre elles nouent des partenariats sur leur territoire."
        ),
        H2("Rendez-vous au Congrès des maires"),
        P(
            "Le 103e Congrès des maires se tiendra en novembre. L'Observatoire des partenariats y "
            "présentera des outils destinés à aider les collectivités à se positionner dans les "
            "démarches de co-construction."
        ),
    ),
)

BULLETIN_2021_12 = Doc(
    file="bulletin-veille-2021-12-charte-du-faire-alliance.pdf",
    kind=BULLETIN,
    series="Bulletin de veille",
    number="11",
    title="La Charte du faire alliance est lancée",
    subtitle="Un « contrat de confiance » pour les alliances d'intérêt général",
    date="2021-12-06",
    url=SRC[18],
    sources=src(18, 17, 19, 20, 14, 35, 40),
    columns=2,
    intro_height=92,
    volume=VOLUME_2021,
    first_label=41,
    body=(
        H1("Un lancement le jour du Giving Tuesday"),
        P(
            "La Charte du faire alliance a été dévoilée le 30 novembre 2021, jour du Giving "
            "Tuesday, à Saint-Maurice, sur le territoire de Paris-Est Marne & Bois. Elle propose "
            "aux acteurs qui veulent agir ensemble un cadre commun.",
            style="lead",
        ),
        ColumnBreak(),
        P(
            "Le lancement a eu lieu lors d'une soirée organisée par VitaWin. Le choix de la date "
            "n'a rien d'anodin : le Giving Tuesday est une journée mondiale consacrée à la "
            "générosité et à l'engagement. Y associer la Charte, c'est rappeler que l'alliance est "
            "aussi une forme de don : celui du temps, des compétences et de la confiance."
        ),
        H2("Trois mois de co-construction"),
        P(
            "Le texte est le fruit de trois mois de co-construction, pilotés par la Fondation des "
            "Territoires, alors en préfiguration. Des acteurs de toutes natures y ont contribué, "
            "conformément à l'esprit même de la démarche."
        ),
        P(
            "La Charte se présente comme un « contrat de confiance » entre les organisations qui "
            "décident de coopérer. Elle ne crée pas d'obligation juridique ; elle formalise un "
            "engagement moral et donne un langage commun à des partenaires qui n'ont pas les mêmes "
            "cultures."
        ),
        H2("Pourquoi une charte ?"),
        Bullets(
            (
                "pour reconnaître la valeur de l'alliance elle-même, et pas seulement celle des "
                "projets qu'elle produit ;",
                "pour donner des repères partagés à des organisations très différentes ;",
                "pour rendre visibles des coopérations qui restent souvent « sous les radars ».",
            )
        ),
        H1("À la racine : « Agir ensemble en Territoire »"),
        P(
            "La Charte s'inscrit dans une histoire plus longue. La démarche « Agir ensemble en "
            "Territoire » a été initiée en 2010, à la suite de l'étude ARPEA-Collectivités locales "
            "réalisée par Comisis-OpinionWay."
        ),
        P(
            "Trois territoires pilotes ont ouvert la voie : l'Alsace, avec Alsace Active ; "
            "Poitou-Charentes, avec le Groupe La Poste ; et Paris-Est Marne & Bois, qui accueille "
            "aujourd'hui le lancement de la Charte."
        ),
        H1("Vers un droit de l'alliance"),
        P(
            "La Charte accompagne une évolution du cadre juridique. En février, la députée Cathy "
            "Racon-Bouzon a déposé une proposition de loi visant à reconnaître un « droit de "
            "l'alliance d'intérêt général ». Charte et proposition de loi répondent à la même "
            "attente : donner aux alliances la reconnaissance qu'elles méritent[^Voir la fiche "
            "Repère n°3, « Le devoir d'alliance vu par les Français », édition 2021.]."
        ),
        Box(
            "Rejoindre la dynamique",
            (
                "Collectivités, entreprises, associations, fondations, établissements "
                "d'enseignement : toute organisation engagée dans une alliance d'intérêt général "
                "peut s'approprier la Charte et la faire vivre sur son territoire.",
            ),
        ),
        H1("En bref"),
        H2("Congrès des maires : les outils de la co-construction"),
        P(
            "Lors du 103e Congrès des maires, en novembre, un flyer interactif présentant « les "
            "outils de la co-construction territoriale » a été dévoilé. Il rassemble notamment la "
            "fiche-repère « Les dynamiques d'engagement des Collectivités territoriales », issue de "
            "l'étude IMPACT-Elus locaux de novembre 2020."
        ),
        H2("Les fondations et les territoires"),
        P(
            "Publiée le 23 septembre, l'étude IMPACT Fondations & Territoires a interrogé 42 "
            "fondations sur leurs pratiques territoriales. Une fiche acteur, « Dynamique "
            "d'engagement des Fondations », en résume les enseignements."
        ),
    ),
)

BULLETIN_2022_06 = Doc(
    file="bulletin-veille-2022-06-fondation-des-territoires.pdf",
    kind=BULLETIN,
    series="Bulletin de veille",
    number="5",
    title="Naissance de la Fondation des Territoires",
    subtitle="Quatre années de préfiguration pour un espace de dialogue à l'écoute des territoires",
    date="2022-06-30",
    url=SRC[39],
    sources=src(39, 46, 36, 18, 5, 8, 13, 47, 21, 37),
    volume=VOLUME_2022,
    first_label=17,
    body=(
        H1("Une fondation créée le 14 juin 2022"),
        P(
            "Après quatre années de préfiguration, la Fondation des Territoires a vu le jour. Son "
            "ambition : offrir aux acteurs locaux un lieu où dialoguer, apprendre et agir ensemble.",
            style="lead",
        ),
        P(
            "La Fondation des Territoires a été créée le 14 juin 2022, sous l'égide de la Fondation "
            "de Lille. Elle réunit 21 co-fondateurs, issus de mondes différents, qui ont choisi de "
            "s'engager ensemble au service des territoires."
        ),
        P(
            "Elle se présente comme un espace de dialogue à l'écoute des territoires, unique en "
            "France, inscrit dans la lignée de l'ODD 17, l'objectif de développement durable "
            "consacré aux partenariats. Ses fondateurs lui ont assigné trois missions, qui "
            "prolongent le travail engagé pendant la préfiguration."
        ),
        Box(
            "Pourquoi « sous l'égide » ?",
            (
                "Une fondation abritée n'a pas de personnalité juridique propre : elle est hébergée "
                "par une fondation dite abritante, qui en assure la gestion administrative et "
                "financière. Ce statut permet de démarrer rapidement, en s'appuyant sur une "
                "structure reconnue.",
            ),
        ),
        H1("Quatre années de préfiguration"),
        P(
            "La préfiguration a été lancée en juillet 2018. Elle s'est déroulée en trois étapes "
            "successives, dont le tableau ci-dessous rappelle le calendrier."
        ),
        Tbl(
            caption="Tableau 1 – Les trois étapes de la préfiguration",
            header=("Étape", "Période"),
            rows=(
                ("Première étape", "juillet 2018 – juillet 2019"),
                ("Deuxième étape", "août 2019 – novembre 2020"),
                ("Troisième étape", "décembre 2020 – mai 2022"),
            ),
            widths=(0.45, 0.55),
            source="Source : Fondation des Territoires, dossier de lancement.",
        ),
        P(
            "Chaque étape a élargi le cercle des partenaires et précisé le projet. En 2021, le "
            "programme « Fondations & Territoires » a fait l'objet d'un bilan de cheminement, qui a "
            "nourri la dernière ligne droite avant la création."
        ),
        H1("Déjà à l'œuvre : la Charte du faire alliance"),
        P(
            "Avant même sa création officielle, la Fondation des Territoires a montré ce qu'elle "
            "savait faire. Elle a piloté les trois mois de co-construction de la Charte du faire "
            "alliance, lancée le 30 novembre 2021 à Saint-Maurice."
        ),
        P(
            "Cette expérience a valeur de démonstration : réunir des acteurs différents autour d'un "
            "texte commun, dans un délai court, est exactement le type de travail que la "
            "Fondation entend faciliter sur les territoires."
        ),
        H1("Repères"),
        Bullets(
            (
                "juillet 2018 : lancement de la préfiguration ;",
                "30 novembre 2021 : lancement de la Charte du faire alliance ;",
                "14 juin 2022 : création de la Fondation des Territoires, avec 21 co-fondateurs ;",
                "fondation abritée par la Fondation de Lille.",
            )
        ),
        H1("En bref"),
        H2("Le RAMEAU en quelques chiffres"),
        P(
            "Association d'intérêt général créée en 2006, Le RAMEAU revendique quinze ans de "
            "recherche et cinq ans d'étude d'impact. Il a recensé plus de 1 000 exemples inspirants "
            "d'alliances et mené des expérimentations auprès de plus de 500 organisations."
        ),
        H2("Une équipe"),
        P(
            "Le RAMEAU est présidé par son fondateur, Charles-Benoît Heidsieck ; sa directrice "
            "générale est Laurence Weber. Les études de l'Observatoire des partenariats sont "
            "placées sous la direction scientifique d'Anne Robin."
        ),
        H2("Le programme IMPACT entre dans sa dernière année"),
        P(
            "Lancé en novembre 2017, le programme IMPACT de l'Observatoire des partenariats couvre la "
            "période 2018-2022. Ses volets successifs — associations, élus locaux, fondations, "
            "entreprises — ont permis de qualifier les effets des alliances selon trois axes : "
            "l'innovation sociétale et territoriale, la performance des organisations et la "
            "confiance."
        ),
        H2("Fonds ODD 17 : le temps du bilan approche"),
        P(
            "Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 avait été "
            "doté de 1,5 M€ pour une expérimentation sur 3 ans. Les enseignements de cette "
            "expérimentation seront présentés dans un prochain numéro."
        ),
        H2("Pour en savoir plus"),
        Bullets(
            (
                "le dossier de lancement de la Fondation des Territoires ;",
                "le bilan du cheminement 2021 du programme « Fondations & Territoires » ;",
                "la Charte du faire alliance, disponible auprès de la Fondation des Territoires.",
            )
        ),
    ),
)

BULLETIN_2024_12 = Doc(
    file="bulletin-veille-2024-12-elus-locaux-territoires-en-mouvement.pdf",
    kind=BULLETIN,
    series="Bulletin de veille",
    number="10",
    title="Élus locaux : des territoires en mouvement",
    subtitle="Résultats de l'étude IMPACTS & TRAJECTOIRES – Elus locaux (novembre 2024)",
    date="2024-12-09",
    url=SRC[22],
    sources=src(22, 18, 39, 23),
    columns=2,
    intro_height=92,
    body=(
        H1("Neuf maires sur dix voient leur territoire bouger"),
        P(
            "À mi-mandat, comment les maires perçoivent-ils l'évolution de leur territoire ? "
            "L'étude IMPACTS & TRAJECTOIRES – Elus locaux, publiée en novembre 2024, apporte des "
            "éléments de réponse, avec un éclairage particulier sur les petites communes.",
            style="lead",
        ),
        ColumnBreak(),
        H2("L'enquête"),
        P(
            "302 maires ont été interrogés par téléphone, du 30 septembre au 28 octobre 2024. Le "
            "choix du téléphone permet de joindre des élus de petites communes, souvent moins "
            "présents dans les enquêtes en ligne."
        ),
        P(
            "Les petites communes sont d'ailleurs largement représentées : 84 % des répondants sont "
            "maires de communes de moins de 2 000 habitants. Les résultats reflètent donc d'abord "
            "le regard de la France des bourgs et des villages."
        ),
        H2("Un territoire en mouvement"),
        P(
            "Pour 91 % des maires interrogés, leur territoire est en mouvement. Dans le détail, "
            "35 % estiment qu'il est fortement en mouvement ; les autres le jugent en mouvement, "
            "mais « ni plus ni moins »."
        ),
        Tbl(
            caption="Tableau 1 – Le mouvement du territoire vu par les maires",
            header=("Réponse des maires", "Part"),
            rows=(
                ("Territoire fortement en mouvement", "35 %"),
                ("En mouvement, « ni plus ni moins »", "56 %"),
                ("Ensemble : territoire en mouvement", "91 %"),
            ),
            widths=(0.72, 0.28),
            source="Source : IMPACTS & TRAJECTOIRES – Elus locaux, novembre 2024 ; 302 maires "
            "interrogés.",
        ),
        H1("Lire ces résultats"),
        P(
            "Que signifie « être en mouvement » pour un territoire ? Les maires y mettent sans doute "
            "des réalités diverses : arrivée de nouveaux habitants, projets collectifs, mutations "
            "économiques, initiatives associatives. L'étude ne dit pas si ce mouvement est vécu "
            "comme positif ou comme une source d'inquiétude ; elle constate qu'il est perçu par une "
            "très large majorité."
        ),
        P(
            "Ces résultats prolongent les études précédentes de l'Observatoire auprès des maires, "
            "de PHARE-Institutions en 2016 à IMPACT-Elus locaux en 2020. D'une étude à l'autre, un "
            "même constat revient : les élus locaux sont au cœur des dynamiques de coopération, et "
            "les petites communes n'en sont pas exclues."
        ),
        Box(
            "Précautions de lecture",
            (
                "Avec 302 répondants, majoritairement issus de petites communes, l'étude renseigne "
                "surtout sur le monde rural et les bourgs. Les comparaisons avec des enquêtes "
                "antérieures doivent tenir compte des différences de questions et de méthodes.",
            ),
        ),
        H2("Et après ?"),
        P(
            "À l'approche des élections municipales de 2026, ces données offrent aux candidats et "
            "aux équipes sortantes un point d'appui pour penser la suite : comment accompagner un "
            "territoire qui bouge, et avec qui ?"
        ),
        H1("En bref"),
        H2("Des outils toujours disponibles"),
        P(
            "La Charte du faire alliance, lancée le 30 novembre 2021 à Saint-Maurice, reste ouverte "
            "à toutes les organisations qui veulent s'engager. La Fondation des Territoires, créée "
            "le 14 juin 2022 sous l'égide de la Fondation de Lille, poursuit son travail de dialogue "
            "avec les territoires."
        ),
        H2("Rappel : ce que disaient les élus en 2020"),
        P(
            "Lors de l'étude IMPACT-Elus locaux de novembre 2020, 64 % des élus locaux déclaraient "
            "vouloir s'appuyer sur le « jouer collectif » durant leur mandat. La nouvelle enquête "
            "permet de mesurer le chemin parcouru depuis le début du mandat."
        ),
    ),
)


# ============================================================ études

ETUDE_2017 = Doc(
    file="etude-associations-partenariats-2017.pdf",
    kind=ETUDE,
    series="Étude",
    number="9",
    title="Associations & Partenariats : avec qui les associations travaillent-elles ?",
    subtitle="Enquête de Recherches & Solidarités et du RAMEAU auprès des responsables associatifs",
    date="2017-03-20",
    url=SRC[28],
    sources=src(28, 29, 12, 31, 42),
    extra={"short": "« Associations & Partenariats »"},
    body=(
        H1("1. Introduction"),
        P(
            "Les associations ne travaillent pas seules. Pour conduire leurs projets, elles "
            "s'appuient sur des collectivités, d'autres associations, des établissements "
            "d'enseignement, des entreprises. Mais avec qui, exactement, et dans quelles "
            "proportions ? Cette étude, conduite par Recherches & Solidarités et Le RAMEAU, dresse "
            "le portrait des partenaires des associations à partir du témoignage de leurs "
            "responsables.",
            style="lead",
        ),
        P(
            "La question des partenariats associatifs est souvent abordée par un seul bout : celui "
            "des relations avec les entreprises, parce qu'elles sont les plus visibles et les plus "
            "commentées. Or les entreprises ne sont qu'un partenaire parmi d'autres. Pour comprendre "
            "la place qu'elles occupent, il faut d'abord regarder l'ensemble du paysage."
        ),
        P(
            "C'est l'objet de cette enquête. Elle interroge les responsables associatifs sur "
            "l'ensemble de leurs partenaires, publics et privés, et permet de comparer la fréquence "
            "des différents types de relations. Elle s'intéresse aussi aux facteurs qui favorisent "
            "ou freinent le partenariat, au premier rang desquels la taille de l'association."
        ),
        P(
            "Les résultats présentés ici doivent être lus comme une photographie : ils décrivent "
            "une situation à un moment donné, telle que la perçoivent les responsables qui ont "
            "répondu. Ils n'ont pas vocation à juger les pratiques, mais à les rendre visibles."
        ),
        H1("2. Méthodologie"),
        P(
            "L'enquête a été conduite en mai et juin 2016 auprès de plus de 1 380 responsables "
            "associatifs. Les résultats ont été publiés en mars 2017 par Recherches & Solidarités et "
            "Le RAMEAU."
        ),
        P(
            "Les réponses peuvent être croisées avec les caractéristiques des associations, en "
            "particulier leur budget annuel. Ce croisement permet de repérer les différences entre "
            "petites et grandes structures, qui se révèlent importantes pour les partenariats avec "
            "les entreprises."
        ),
        Box(
            "Qu'appelle-t-on un partenaire ?",
            (
                "Dans ce document, on appelle partenaire une organisation avec laquelle "
                "l'association entretient une relation suivie pour conduire son projet : soutien "
                "financier, apport de compétences, mise à disposition de moyens, action menée en "
                "commun. C'est le sens courant du mot dans le monde associatif.",
            ),
        ),
        P(
            "Le présent rapport expose d'abord le nombre et la nature des partenaires des "
            "associations, puis s'arrête sur le cas des entreprises, avant de mettre ces "
            "résultats en perspective avec d'autres travaux et d'en tirer quelques enseignements."
        ),
        NewPage(),
        H1("3. Des associations multi-partenaires"),
        P(
            "Premier enseignement : les associations diversifient leurs relations. En moyenne, une "
            "association compte 2,5 partenaires de natures différentes. Le partenariat unique, "
            "exclusif, est loin d'être la règle."
        ),
        P(
            "Les collectivités territoriales arrivent en tête : 74 % des associations déclarent un "
            "partenariat avec une collectivité. Elles sont suivies de près par les autres "
            "associations et les fondations, citées par 72 % des répondants. Les établissements "
            "d'enseignement viennent ensuite, avec 47 %."
        ),
        P(
            "Les entreprises n'occupent que la quatrième place : 28 % des associations ont un "
            "partenariat avec une entreprise. Les structures d'insertion et les organismes de "
            "recherche ferment la marche, comme le montre le tableau ci-dessous."
        ),
        Tbl(
            caption="Tableau 1 – Les partenaires des associations",
            header=("Type de partenaire", "Part des associations"),
            rows=(
                ("Collectivités territoriales", "74 %"),
                ("Associations et fondations", "72 %"),
                ("Établissements d'enseignement", "47 %"),
                ("Entreprises", "28 %"),
                ("Structures d'insertion", "22 %"),
                ("Organismes de recherche", "9 %"),
            ),
            widths=(0.62, 0.38),
            source="Source : Recherches & Solidarités et Le RAMEAU, enquête mai-juin 2016 auprès "
            "de plus de 1 380 responsables associatifs ; plusieurs réponses possibles.",
        ),
        P(
            "La somme des pourcentages dépasse largement 100 %, puisque chaque association peut "
            "citer plusieurs types de partenaires. C'est précisément ce qui traduit le caractère "
            "multi-partenarial de la vie associative."
        ),
        H2("Une proximité d'abord locale"),
        P(
            "La prédominance des collectivités et des autres associations dit quelque chose de la "
            "géographie du partenariat : il se construit d'abord à proximité, avec des acteurs que "
            "l'on connaît et que l'on croise. Les établissements d'enseignement, troisièmes "
            "partenaires cités, relèvent de la même logique de voisinage."
        ),
        P(
            "Cette géographie de proximité a une conséquence pratique : pour une association, le "
            "premier cercle de partenaires se construit presque naturellement, au fil des "
            "rencontres et des projets. Aller au-delà — vers une entreprise, un organisme de "
            "recherche, une structure d'un autre secteur — demande en revanche un effort délibéré, "
            "du temps et souvent un intermédiaire."
        ),
        H2("Des partenariats qui se cumulent"),
        P(
            "Le caractère multi-partenarial des associations ne relève pas seulement de "
            "l'opportunité. Il traduit aussi une stratégie : diversifier ses partenaires, c'est "
            "réduire sa dépendance à l'égard d'un seul financeur, croiser des compétences "
            "complémentaires et donner plus de solidité à son projet. C'est souvent aussi une "
            "condition pour innover."
        ),
        NewPage(columns=2),
        H1("4. Les entreprises : une question de taille"),
        P(
            "Si les entreprises restent des partenaires minoritaires, leur présence varie fortement "
            "selon la taille de l'association. Parmi les associations dont le budget dépasse "
            "150 000 €, 50 % ont un partenariat avec une entreprise. Parmi celles dont le budget "
            "est inférieur à 10 000 €, elles ne sont que 20 %."
        ),
        Tbl(
            caption="Tableau 2 – Partenariat avec une entreprise selon le budget",
            header=("Budget annuel de l'association", "Avec une entreprise"),
            rows=(
                ("Moins de 10 000 €", "20 %"),
                ("Plus de 150 000 €", "50 %"),
            ),
            widths=(0.6, 0.4),
            source="Source : Recherches & Solidarités et Le RAMEAU, mars 2017.",
        ),
        P(
            "Plusieurs raisons peuvent expliquer cet écart. Une association plus importante dispose "
            "plus souvent de salariés capables de consacrer du temps à la recherche de partenaires "
            "et au suivi de la relation. Elle est aussi plus visible, et donc plus facilement "
            "identifiée par les entreprises qui souhaitent s'engager."
        ),
        P(
            "À l'inverse, les petites associations, qui reposent entièrement sur le bénévolat, "
            "manquent souvent de temps et de contacts. Elles ne sont pas moins intéressantes pour "
            "une entreprise, mais la rencontre se fait plus difficilement."
        ),
        H2("Ce que les associations attendent"),
        P(
            "Lorsqu'elles envisagent un partenariat avec une entreprise, les associations ne "
            "cherchent pas uniquement un financement. Elles peuvent aussi attendre des compétences, "
            "un réseau, des locaux ou du matériel, ou encore des débouchés pour les personnes "
            "qu'elles accompagnent. Cette diversité des attentes est une chance : elle multiplie "
            "les points d'entrée possibles dans la relation."
        ),
        P(
            "Encore faut-il que ces attentes soient formulées. Une association qui sait dire ce "
            "qu'elle apporte et ce qu'elle recherche a beaucoup plus de chances de trouver un "
            "partenaire qu'une association qui se présente seulement comme demandeuse."
        ),
        NewPage(columns=1),
        H1("5. Mise en perspective"),
        P(
            "Ces résultats rejoignent ceux d'autres travaux publiés par Le RAMEAU. Une note de "
            "réflexion consacrée aux modèles de co-construction en territoire, datée du 29 février "
            "2016, indiquait que 38 % des associations sont engagées avec des entreprises, et "
            "même 53 % parmi les associations employeuses."
        ),
        P(
            "Les deux chiffres — 28 % dans la présente enquête, 38 % dans la note — ne mesurent pas "
            "exactement la même chose : les questions, les périodes de référence et les "
            "populations interrogées diffèrent. Ils convergent pourtant sur l'essentiel : une "
            "minorité significative d'associations travaille avec des entreprises, et cette "
            "proportion augmente nettement avec la présence de salariés."
        ),
        P(
            "La même note rappelait l'attente des citoyens : 69 % des Français pensent que les "
            "partenariats entre les acteurs peuvent être source d'innovation pour mieux répondre "
            "aux fragilités de leur territoire[^Le RAMEAU, note de réflexion prospective « Les "
            "modèles de co-construction en territoire », 29 février 2016.]."
        ),
        H2("Une attente ancienne"),
        P(
            "Cette attente n'est pas nouvelle. Dès les premières études du programme ARPEA, "
            "l'Observatoire des partenariats mesurait l'impatience des Français : 86 % d'entre eux "
            "jugeaient urgent de créer des partenariats en 2008, et 84 % en 2012."
        ),
        P(
            "Entre 2008 et 2012, l'attente est donc restée très élevée. Elle constitue un point "
            "d'appui pour toutes les organisations qui souhaitent s'engager : les citoyens ne leur "
            "demandent pas de justifier leurs alliances, mais de les faire vivre."
        ),
        NewPage(),
        H1("6. Enseignements"),
        Bullets(
            (
                "Le partenariat associatif est d'abord territorial : collectivités et autres "
                "associations dominent très largement.",
                "Les associations diversifient leurs relations et comptent plusieurs types de "
                "partenaires.",
                "Les entreprises restent des partenaires minoritaires, mais leur place croît avec "
                "la taille de l'association.",
                "Les petites associations, nombreuses et bénévoles, ont besoin d'aide pour "
                "accéder au partenariat avec les entreprises.",
            )
        ),
        P(
            "Pour les pouvoirs publics comme pour les entreprises, l'enjeu est double : reconnaître "
            "la diversité des partenariats existants, et faciliter l'accès des petites structures "
            "à des relations qui restent aujourd'hui l'apanage des plus grandes."
        ),
        H1("7. Pour aller plus loin"),
        Bullets(
            (
                "les publications de Recherches & Solidarités sur la vie associative ;",
                "les études de l'Observatoire des partenariats, et notamment le rapport "
                "quinquennal du programme ARPEA présenté le 11 décembre 2012 ;",
                "la note de réflexion du RAMEAU sur les modèles de co-construction en territoire "
                "(29 février 2016).",
            )
        ),
    ),
)

ETUDE_2021 = Doc(
    file="etude-impact-associations-territoires-2021.pdf",
    kind=ETUDE,
    series="Étude",
    number="12",
    title="IMPACT – Associations & Territoires",
    subtitle="Les associations employeuses, leurs territoires et leurs partenaires",
    date="2021-09-16",
    url=SRC[26],
    sources=src(26, 21, 2, 4, 5, 25, 23, 11, 9, 37),
    front_matter=4,
    cover_toc=False,
    extra={"short": "IMPACT – Associations & Territoires"},
    body=(
        # ---------------------------------------------------------------- page ii
        H1("Avant-propos", toc=False),
        P(
            "Depuis sa création, l'Observatoire des partenariats s'attache à mesurer ce que l'on "
            "croit souvent connaître : la manière dont les acteurs d'un territoire travaillent "
            "ensemble. L'Observatoire des partenariats a été créé en 2008 par la Caisse des "
            "Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif. Ses "
            "travaux sont organisés en programmes de cinq ans : ARPEA (2008-2012), PHARE "
            "(2013-2018) puis IMPACT (2018-2022).",
        ),
        P(
            "Lancé en novembre 2017, le programme IMPACT est mené avec la Caisse des Dépôts, "
            "l'Institut CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU. "
            "Il cherche à qualifier les effets des alliances selon trois axes : l'innovation "
            "sociétale et territoriale, la performance des organisations et la confiance."
        ),
        P(
            "La présente étude en constitue l'un des volets. Elle donne la parole aux associations "
            "employeuses, c'est-à-dire à celles qui emploient au moins un salarié. Ces associations "
            "sont au cœur de la vie des territoires : elles y conduisent des projets, y créent des "
            "emplois et y tissent des relations avec une grande diversité d'acteurs."
        ),
        P(
            "Nous avons voulu comprendre comment elles voient leur territoire, quelles fragilités "
            "elles y observent, avec qui elles s'allient pour y répondre et sous quelles formes. "
            "Nous avons également cherché à savoir quelle place les objectifs de développement "
            "durable, et singulièrement l'ODD 17, occupent dans leur approche."
        ),
        P(
            "Que toutes les associations qui ont pris le temps de répondre soient ici remerciées. "
            "Leurs réponses permettent de sortir des idées reçues et de donner une image plus juste "
            "de la vie associative en territoire."
        ),
        P(
            "Note aux lecteurs : cette étude est un document de démonstration. Les chiffres cités "
            "sont ceux publiés par l'Observatoire des partenariats ; les commentaires et les "
            "analyses ont été rédigés pour ce projet.",
            style="small",
        ),
        NewPage(),
        # ---------------------------------------------------------------- page iii
        Toc("Sommaire"),
        NewPage(),
        # ---------------------------------------------------------------- page iv
        H1("Synthèse", toc=False),
        P(
            "L'étude IMPACT – Associations & Territoires porte sur les 148 000 associations qui "
            "emploient au moins un salarié. Ses principaux enseignements tiennent en quelques "
            "points.",
            style="lead",
        ),
        Bullets(
            (
                "**Le partenariat est la norme.** La quasi-totalité des associations employeuses "
                "nouent des partenariats avec les organisations publiques ou privées présentes sur "
                "leur territoire.",
                "**Les collectivités d'abord.** Les collectivités locales ou territoriales sont, "
                "de loin, le premier partenaire des associations, devant les autres structures "
                "d'intérêt général et les établissements scolaires.",
                "**Le local avant tout.** Les partenariats se nouent d'abord à l'échelle locale ou "
                "micro-locale, puis à l'échelle régionale.",
                "**Des coopérations diverses.** Le mécénat reste la forme la plus répandue, mais "
                "l'innovation sociétale, les pratiques responsables et la coopération économique "
                "sont aussi très présentes.",
                "**Les entreprises, un partenaire à part.** Le taux de partenariat avec les "
                "entreprises paraît isolé ; pourtant, les entreprises déclarent vouloir s'appuyer "
                "sur les structures d'intérêt général pour agir sur leurs territoires.",
                "**L'ODD 17 comme cadre.** Les objectifs de développement durable offrent un "
                "langage commun pour penser ces alliances.",
            )
        ),
        Box(
            "En un coup d'œil",
            (
                "98 % des associations employeuses ont des partenariats ; 89 % avec des "
                "collectivités locales ou territoriales ; 73 % au niveau local ou micro-local ; "
                "75 % pratiquent le mécénat.",
            ),
        ),
        NewPage(),
        ArabicStart(),
        # ---------------------------------------------------------------- chapter 1
        H1("1. Introduction : les associations, actrices des territoires"),
        P(
            "On présente souvent les associations comme des bénéficiaires : bénéficiaires de "
            "subventions publiques, de dons des particuliers, du mécénat des entreprises. Cette "
            "image n'est pas fausse, mais elle est incomplète. Les associations sont aussi des "
            "actrices à part entière des territoires, capables d'identifier des besoins, de "
            "mobiliser des partenaires et de construire des réponses."
        ),
        P(
            "Les associations employeuses occupent une place particulière dans ce paysage. Parce "
            "qu'elles emploient des salariés, elles s'inscrivent dans la durée, gèrent des budgets "
            "et des équipes, et entretiennent des relations suivies avec de nombreux "
            "interlocuteurs. Elles sont, en quelque sorte, les points d'ancrage du tissu associatif "
            "local."
        ),
        P(
            "Les programmes successifs de l'Observatoire des partenariats ont montré la montée en "
            "puissance des alliances entre acteurs. Les citoyens les réclament, les entreprises s'y "
            "engagent, les élus les encouragent. Il manquait un regard précis sur la manière dont "
            "les associations employeuses vivent ces alliances au quotidien : avec qui elles "
            "travaillent, à quelle échelle, et pour faire quoi."
        ),
        H2("Les questions de l'étude"),
        P("L'étude s'organise autour de quatre questions :"),
        Bullets(
            (
                "comment les associations employeuses perçoivent-elles leur territoire et ses "
                "fragilités ?",
                "avec quels types d'organisations nouent-elles des partenariats ?",
                "à quelle échelle géographique ces partenariats se construisent-ils ?",
                "quelles formes prennent leurs coopérations, et quelle place y occupent les "
                "objectifs de développement durable ?",
            )
        ),
        P(
            "Les chapitres qui suivent présentent les réponses à ces questions. Ils s'attachent à "
            "décrire plutôt qu'à juger : l'objectif est de donner aux associations, à leurs "
            "partenaires et aux pouvoirs publics une base commune pour dialoguer."
        ),
        H2("Ce qui a changé en dix ans"),
        P(
            "Lorsque l'Observatoire a commencé ses travaux, la question posée était celle de "
            "l'existence même des partenariats : les associations et les entreprises "
            "travaillaient-elles ensemble, et si oui, comment ? Dix ans plus tard, la question a "
            "changé de nature. Il ne s'agit plus de savoir si les alliances existent, mais de "
            "comprendre ce qu'elles produisent et comment les rendre plus efficaces."
        ),
        P(
            "Ce déplacement du regard explique l'orientation du programme IMPACT. Après l'état des "
            "lieux du programme ARPEA et l'éclairage des fragilités territoriales du programme "
            "PHARE, il s'agit désormais de qualifier les effets des alliances : sur l'innovation, "
            "sur la performance des organisations, sur la confiance entre les acteurs."
        ),
        P(
            "Les associations employeuses sont un bon point d'observation de ces effets. Leur "
            "taille leur permet de s'engager dans des relations suivies ; leur ancrage local les "
            "place au contact direct des besoins. Ce qu'elles disent de leurs partenariats éclaire "
            "donc, au-delà de leur propre situation, la dynamique de co-construction à l'œuvre "
            "dans les territoires."
        ),
        NewPage(),
        H1("2. Périmètre et méthode"),
        P(
            "Le périmètre de l'étude porte sur les 148 000 associations qui emploient au moins un "
            "salarié. Ce choix écarte les associations entièrement bénévoles, beaucoup plus "
            "nombreuses mais aux pratiques partenariales différentes, pour se concentrer sur les "
            "structures qui portent l'essentiel de l'emploi associatif."
        ),
        P(
            "Les responsables de ces associations ont été interrogés sur quatre thèmes : leur "
            "vision du territoire, les fragilités prioritaires qu'ils y observent, leurs pratiques "
            "partenariales et la place des objectifs de développement durable dans leur approche. "
            "Les résultats indiquent, pour chaque type de partenaire, la part des associations "
            "qui déclarent un partenariat."
        ),
        Box(
            "Comment lire les pourcentages",
            (
                "Sauf mention contraire, les pourcentages indiquent la part des associations "
                "employeuses concernées. Une même association pouvant avoir plusieurs types de "
                "partenaires, plusieurs échelles d'action et plusieurs formes de coopération, les "
                "totaux dépassent 100 %.",
            ),
        ),
        H2("Les limites de l'exercice"),
        P(
            "Comme toute enquête déclarative, l'étude repose sur ce que les responsables "
            "associatifs disent de leurs pratiques. Elle ne mesure ni l'intensité des partenariats, "
            "ni leur durée, ni les montants en jeu. Un partenariat déclaré peut recouvrir aussi bien "
            "une relation quotidienne qu'un échange annuel."
        ),
        P(
            "Par ailleurs, la notion même de partenaire peut être comprise différemment d'une "
            "association à l'autre. Certaines y incluent leurs financeurs publics, d'autres la "
            "réservent aux relations construites d'égal à égal. Ces différences de perception "
            "invitent à lire les résultats comme des ordres de grandeur plutôt que comme des "
            "mesures exactes."
        ),
        H2("Un rapprochement avec les autres volets"),
        P(
            "Les résultats ont été rapprochés de ceux des autres volets du programme IMPACT, "
            "consacrés notamment aux entreprises, aux élus locaux et aux citoyens. Ce croisement "
            "permet de confronter le regard des associations à celui de leurs partenaires."
        ),
        P(
            "Il permet aussi de mesurer le chemin parcouru depuis les premiers travaux de "
            "l'Observatoire. Les chiffres d'une étude à l'autre ne sont pas toujours directement "
            "comparables, car les questions et les populations interrogées évoluent ; mais les "
            "tendances qu'ils dessinent sont, elles, remarquablement stables."
        ),
        NewPage(columns=2),
        # ---------------------------------------------------------------- chapter 3
        H1("3. Les partenaires des associations"),
        P(
            "Premier enseignement, et non des moindres : le partenariat est la règle. Selon "
            "l'étude IMPACT – Associations & Territoires, 98 % des associations employeuses nouent "
            "des partenariats avec des organisations publiques ou privées présentes sur leur "
            "territoire."
        ),
        P(
            "Ce chiffre bat en brèche l'image d'associations isolées, repliées sur leur objet. "
            "Les associations employeuses vivent au contraire au milieu d'un réseau dense de "
            "relations, qu'elles entretiennent avec des acteurs de toutes natures."
        ),
        H2("Les collectivités, premier partenaire"),
        P(
            "Au premier rang des partenaires figurent les collectivités locales ou territoriales, "
            "avec lesquelles 89 % des associations employeuses entretiennent un partenariat. "
            "Communes, intercommunalités, départements et régions sont à la fois des financeurs, "
            "des prescripteurs et des interlocuteurs quotidiens."
        ),
        P(
            "Cette place s'explique aisément. Les collectivités exercent des compétences — action "
            "sociale, jeunesse, sport, culture, développement économique — qui recoupent largement "
            "les champs d'action des associations. Elles sont aussi, très concrètement, les "
            "acteurs publics les plus proches."
        ),
        H2("Le monde de l'intérêt général"),
        P(
            "Viennent ensuite les structures d'intérêt général — autres associations, fondations — "
            "citées par 73 % des associations. Les associations travaillent donc beaucoup entre "
            "elles, que ce soit pour mutualiser des moyens, monter des projets communs ou orienter "
            "des publics de l'une vers l'autre."
        ),
        ColumnBreak(),
        P(
            "Les établissements scolaires constituent le troisième partenaire : 70 % des "
            "associations employeuses travaillent avec eux. Écoles, collèges et lycées accueillent "
            "des interventions associatives dans des domaines aussi variés que le sport, la "
            "culture, la citoyenneté ou l'environnement."
        ),
        P(
            "Les collectifs d'associations sont cités par 56 % des répondants. Fédérations "
            "locales, réseaux thématiques, maisons des associations : ces collectifs jouent un rôle "
            "de ressource et de représentation, particulièrement utile aux petites structures."
        ),
        Tbl(
            caption="Tableau 1 – Les partenaires des associations employeuses",
            header=("Type de partenaire", "Part"),
            rows=(
                ("Collectivités locales ou territoriales", "89 %"),
                ("Structures d'intérêt général", "73 %"),
                ("Établissements scolaires", "70 %"),
                ("Collectifs d'associations", "56 %"),
                ("Acteurs publics nationaux", "52 %"),
                ("Fédérations professionnelles", "37 %"),
                ("Acteurs académiques", "35 %"),
            ),
            widths=(0.74, 0.26),
            source="Source : IMPACT – Associations & Territoires, Observatoire des partenariats, "
            "2021. Périmètre : 148 000 associations employeuses.",
        ),
        H2("Des partenaires plus lointains"),
        P(
            "Au-delà de ce premier cercle, les associations entretiennent aussi des relations avec "
            "les acteurs publics nationaux, les fédérations professionnelles, les acteurs "
            "académiques et les réseaux consulaires. Ces partenaires sont moins fréquents, mais "
            "ils ouvrent l'association à d'autres échelles et à d'autres savoirs."
        ),
        H2("Et les entreprises ?"),
        P(
            "Le taux de partenariat avec les entreprises semble, à première vue, isolé. Il serait "
            "pourtant hâtif d'en conclure à un désintérêt du monde économique : les résultats de "
            "l'étude IMPACT – Entreprises montrent que les entreprises entendent bien s'appuyer "
            "sur les structures d'intérêt général pour agir au service de leurs territoires "
            "d'implantation."
        ),
        P(
            "L'enjeu n'est donc pas tant de convaincre les entreprises que de faciliter la "
            "rencontre entre deux mondes qui ont intérêt à travailler ensemble, mais qui ne savent "
            "pas toujours comment s'y prendre[^Sur ce point, voir les travaux de l'Observatoire "
            "consacrés aux entreprises, notamment le volet IMPACT – Entreprises.]."
        ),
        # ---------------------------------------------------------------- chapter 4
        NewPage(),
        H1("4. Les échelles du partenariat"),
        P(
            "Où se nouent ces partenariats ? La réponse est sans ambiguïté : au plus près du "
            "terrain. Les associations travaillent en premier lieu avec des partenaires locaux ou "
            "micro-locaux, cités par 73 % d'entre elles. L'échelle régionale vient ensuite, avec "
            "47 %."
        ),
        P(
            "Cette prédominance du local n'est pas un repli. Elle traduit la nature même de "
            "l'action associative, qui répond à des besoins concrets, observés dans un quartier, "
            "une commune ou un bassin de vie. C'est à cette échelle que les acteurs se connaissent, "
            "se font confiance et peuvent agir vite."
        ),
        KeyFigures(
            (("73 %", "partenariats locaux ou micro-locaux"), ("47 %", "partenariats régionaux"))
        ),
        P(
            "L'échelle régionale joue un autre rôle. Elle permet de mutualiser des moyens, "
            "d'accéder à des financements plus importants et de partager des pratiques entre "
            "territoires voisins. Pour une association employeuse, savoir articuler le local et le "
            "régional est souvent une condition de développement."
        ),
        H2("Ce que cela implique"),
        Bullets(
            (
                "les dispositifs de soutien aux alliances doivent être pensés au plus près du "
                "terrain ;",
                "les acteurs régionaux ont un rôle d'appui et de mise en réseau à jouer ;",
                "les acteurs nationaux gagnent à s'appuyer sur les dynamiques locales existantes "
                "plutôt qu'à en créer de nouvelles.",
            )
        ),
        H2("Une question de confiance"),
        P(
            "Travailler à l'échelle locale, c'est aussi travailler avec des personnes que l'on "
            "connaît. La proximité facilite la confiance, qui est elle-même une condition de "
            "réussite des alliances. Le programme IMPACT en a fait l'un de ses trois axes "
            "d'analyse, aux côtés de l'innovation et de la performance."
        ),
        # ---------------------------------------------------------------- chapter 5
        NewPage(),
        H1("5. Les modes de coopération"),
        P(
            "Les partenariats des associations prennent des formes variées. Le mécénat reste la "
            "plus répandue : 75 % des associations employeuses en bénéficient. Mais il est loin "
            "d'être la seule."
        ),
        P(
            "L'innovation sociétale concerne 73 % des associations : il s'agit alors de concevoir "
            "avec des partenaires des réponses nouvelles à des besoins mal couverts. Les pratiques "
            "responsables, qui consistent à faire évoluer les manières de faire des organisations, "
            "en concernent 70 %."
        ),
        P(
            "Enfin, la coopération économique — achats, prestations, projets communs à dimension "
            "économique — est pratiquée par 58 % des associations employeuses."
        ),
        Tbl(
            caption="Tableau 2 – Les formes de coopération",
            header=("Mode de coopération", "Part"),
            rows=(
                ("Mécénat", "75 %"),
                ("Innovation sociétale", "73 %"),
                ("Pratiques responsables", "70 %"),
                ("Coopération économique", "58 %"),
            ),
            widths=(0.74, 0.26),
            source="Source : IMPACT – Associations & Territoires, Observatoire des partenariats, 2021.",
        ),
        P(
            "Ces quatre formes ne s'excluent pas. Une même relation peut commencer par du mécénat, "
            "évoluer vers un projet d'innovation commun, puis déboucher sur une coopération "
            "économique durable. C'est souvent ainsi que se construisent les alliances les plus "
            "solides : par étapes, à mesure que la confiance s'installe."
        ),
        H2("Le mécénat ne répond pas à tout"),
        P(
            "La place du mécénat ne doit pas masquer ses limites. Il apporte des ressources, mais "
            "il ne suffit pas à répondre à tous les besoins des associations, notamment en matière "
            "d'ingénierie de projet, de compétences ou d'accès à de nouveaux publics. D'où "
            "l'intérêt des autres formes de coopération, qui engagent davantage les partenaires."
        ),
        NewPage(columns=1),
        # ---------------------------------------------------------------- chapter 6
        H1("6. Regards croisés sur l'innovation"),
        P(
            "Les associations ne sont pas seules à voir dans les partenariats un levier "
            "d'innovation. Les travaux du programme IMPACT permettent de comparer les points de vue "
            "des différentes parties prenantes sur cette question."
        ),
        P(
            "Selon le programme IMPACT, 74 % des Français considèrent que les partenariats sont "
            "source d'innovation. C'est aussi l'avis de 81 % des dirigeants d'entreprise, de 86 % "
            "des responsables associatifs et de 87 % des maires."
        ),
        Tbl(
            caption="Tableau 3 – Les partenariats, source d'innovation : les regards croisés",
            header=("Population", "Part"),
            rows=(
                ("Français", "74 %"),
                ("Dirigeants d'entreprise", "81 %"),
                ("Responsables associatifs", "86 %"),
                ("Maires", "87 %"),
            ),
            widths=(0.7, 0.3),
            source="Source : programme IMPACT, Observatoire des partenariats.",
        ),
        P(
            "Les maires se montrent ainsi les plus convaincus. Ils sont aussi lucides sur les "
            "difficultés : si 76 % d'entre eux estiment que leur territoire est engagé dans une "
            "dynamique de co-construction, 46 % reconnaissent ne pas savoir comment la piloter."
        ),
        P(
            "Ce décalage entre conviction et savoir-faire est l'un des principaux enjeux des "
            "années à venir. Il concerne les élus, mais aussi les associations elles-mêmes, qui "
            "doivent souvent apprendre à animer des partenariats complexes sans y avoir été "
            "préparées."
        ),
        Box(
            "Innovation, performance, confiance",
            (
                "Le programme IMPACT retient trois indicateurs pour qualifier les effets des "
                "alliances : l'innovation, la performance et la confiance. Les résultats de cette "
                "étude concernent surtout le premier, mais les deux autres sont présents en "
                "filigrane : une association qui coopère gagne souvent en efficacité, et la "
                "coopération renforce la confiance entre les acteurs d'un territoire.",
            ),
        ),
        H2("Le regard des élus locaux"),
        P(
            "L'étude IMPACT-Elus locaux, réalisée par Comisis-OpinionWay en novembre 2020, "
            "confirme l'ouverture des élus : 64 % des élus locaux veulent s'appuyer sur le « jouer "
            "collectif » durant leur mandat. Pour les associations, c'est une opportunité : leurs "
            "premiers partenaires, les collectivités, sont prêts à aller plus loin."
        ),
        # ---------------------------------------------------------------- chapter 7
        NewPage(),
        H1("7. Les associations et les objectifs de développement durable"),
        P(
            "Adoptés par les Nations unies, les objectifs de développement durable offrent un "
            "cadre commun pour penser l'action des organisations. Seize d'entre eux portent sur des "
            "thèmes — l'eau, l'énergie, l'éducation, la santé… — tandis que le dix-septième, l'ODD "
            "17, est consacré aux partenariats."
        ),
        P(
            "L'ODD 17 se décline en 19 cibles, que la note « ODD 17 : Sens, décryptages, "
            "déclinaisons », présentée le 5 juillet 2021 par le Comité 21 et ses partenaires, "
            "illustre du global au local à partir d'exemples concrets."
        ),
        P(
            "Pour les associations, l'ODD 17 a une résonance particulière : il reconnaît que les "
            "défis communs ne peuvent être relevés qu'ensemble, ce que les associations "
            "pratiquent au quotidien. Il leur offre aussi un langage partagé avec les entreprises "
            "et les collectivités, de plus en plus nombreuses à se référer aux ODD."
        ),
        H2("Outiller le « faire alliance »"),
        P(
            "Pour aider les organisations à passer de l'intention à la pratique, Le RAMEAU a "
            "structuré ses ressources selon la grille M.E.D.O.C. : Méthodes, Exemples, Données, "
            "Outils et Compétences. Elles sont accessibles sur la plateforme www.odd17.org."
        ),
        H2("Ce que les ODD apportent aux associations"),
        Bullets(
            (
                "un langage commun avec les entreprises et les collectivités, qui facilite le "
                "dialogue ;",
                "une grille pour présenter leur contribution au-delà de leur objet propre ;",
                "une ouverture sur des enjeux globaux, déclinés à l'échelle de leur territoire ;",
                "une légitimité pour proposer des alliances, puisque l'ODD 17 en fait une "
                "condition de réussite de tous les autres objectifs.",
            )
        ),
        P(
            "Les associations n'ont pas attendu les ODD pour faire alliance. Mais le cadre qu'ils "
            "proposent peut les aider à rendre visible ce qu'elles font déjà, et à le faire "
            "reconnaître par des partenaires qui parlent de plus en plus ce langage."
        ),
        # ---------------------------------------------------------------- chapter 8
        NewPage(),
        H1("8. Enjeux et perspectives"),
        Quote(
            "Les associations apparaissent au cœur de la dynamique de co-construction "
            "territoriale : elles relient des acteurs qui, sans elles, ne se rencontreraient pas.",
            author="Enseignement de l'étude",
        ),
        P(
            "Au terme de cette étude, trois enjeux se dégagent pour les associations employeuses "
            "et leurs partenaires."
        ),
        Bullets(
            (
                "**Reconnaître le rôle d'ensemblier des associations.** Les associations relient "
                "des acteurs de toutes natures ; ce travail de lien mérite d'être reconnu et "
                "soutenu.",
                "**Financer l'ingénierie des alliances.** Une alliance ne naît pas spontanément : "
                "elle demande du temps, des compétences et de l'animation, rarement financés.",
                "**Former aux alliances.** Élus, dirigeants et responsables associatifs ont besoin "
                "de méthodes et d'outils pour piloter des démarches de co-construction.",
            )
        ),
        P(
            "Des réponses commencent à émerger. Le Fonds ODD 17, co-créé en 2020 par Le RAMEAU et "
            "la Fondation TotalEnergies, soutient l'ingénierie d'alliance de projets "
            "multipartites ; il bénéficie d'une dotation de 1,5 M€ pour une expérimentation sur 3 "
            "ans. Il s'appuie sur un réseau de 350 « catalyseurs territoriaux », qui animent au "
            "quotidien les coopérations locales."
        ),
        P(
            "Ces initiatives restent à consolider. Elles dessinent pourtant une voie : celle d'une "
            "action collective où les associations, loin d'être de simples bénéficiaires, "
            "deviennent des partenaires à part entière de la construction du bien commun."
        ),
        H2("Les questions que l'étude laisse ouvertes"),
        P(
            "Plusieurs questions mériteraient d'être approfondies dans les prochains travaux de "
            "l'Observatoire. Comment évoluent les partenariats d'une association au fil du temps ? "
            "Quels sont les effets concrets des alliances sur les publics accompagnés ? Comment "
            "les petites associations, non employeuses, peuvent-elles accéder aux mêmes "
            "dynamiques ? Autant de pistes pour la suite du programme IMPACT."
        ),
        NewPage(columns=2),
        # ---------------------------------------------------------------- annexes
        H1("Annexe A – Repères chronologiques"),
        Tbl(
            caption="Tableau 4 – L'Observatoire des partenariats en quelques dates",
            header=("Date", "Repère"),
            rows=(
                ("2006", "Création du RAMEAU"),
                ("2008", "Création de l'Observatoire des partenariats"),
                ("2008-2012", "Programme ARPEA"),
                ("11 décembre 2012", "Rapport quinquennal ARPEA"),
                ("2013-2018", "Programme PHARE"),
                ("novembre 2017", "Lancement du programme IMPACT"),
                ("2018-2022", "Programme IMPACT"),
                ("2020", "Création du Fonds ODD 17"),
                ("16 septembre 2021", "Publication de la présente étude"),
            ),
            widths=(0.42, 0.58),
        ),
        H1("Annexe B – Les volets du programme IMPACT cités"),
        Bullets(
            (
                "IMPACT – Associations & Territoires : la présente étude ;",
                "IMPACT – Entreprises : le regard des entreprises sur leurs partenariats avec les "
                "structures d'intérêt général ;",
                "IMPACT-Elus locaux : l'étude réalisée par Comisis-OpinionWay en novembre 2020 "
                "auprès des élus ;",
                "les travaux consacrés aux citoyens, qui mesurent les attentes des Français à "
                "l'égard des alliances.",
            )
        ),
        ColumnBreak(),
        H1("Annexe C – Glossaire"),
        Bullets(
            (
                "**Association employeuse** : association qui emploie au moins un salarié.",
                "**Catalyseur territorial** : structure qui anime les relations entre les acteurs "
                "d'un territoire et facilite l'émergence d'alliances.",
                "**Co-construction** : démarche par laquelle des acteurs de natures différentes "
                "conçoivent et conduisent ensemble une réponse à un besoin commun.",
                "**Mécénat** : soutien apporté sans contrepartie équivalente à une structure "
                "d'intérêt général, en numéraire, en nature ou en compétences.",
                "**ODD** : objectifs de développement durable, adoptés par les Nations unies ; "
                "l'ODD 17 porte sur les partenariats.",
                "**Pratiques responsables** : évolution des manières de faire d'une organisation "
                "pour mieux prendre en compte ses effets sociaux et environnementaux.",
            )
        ),
        P(
            "Cette étude est un document de démonstration rédigé pour ce projet. Les chiffres sont "
            "ceux publiés par l'Observatoire des partenariats et par les sources indiquées en "
            "couverture.",
            style="small",
        ),
    ),
)


DOCS = (
    FICHE_01,
    FICHE_02,
    FICHE_03,
    FICHE_04,
    FICHE_05,
    FICHE_06,
    BULLETIN_2015_10,
    BULLETIN_2018_05,
    BULLETIN_2020_11,
    BULLETIN_2021_07,
    BULLETIN_2021_10,
    BULLETIN_2021_12,
    BULLETIN_2022_06,
    BULLETIN_2024_12,
    ETUDE_2017,
    ETUDE_2021,
)
