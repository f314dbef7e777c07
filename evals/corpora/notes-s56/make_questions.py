import json, sys

D1 = 'obs-s56-01-lettre-information.pdf'
D2 = 'obs-s56-02-etude-chapitre-associations.pdf'
D3 = 'obs-s56-03-compte-rendu-table-ronde-maires.pdf'
D4 = 'obs-s56-04-guide-pratique-faire-alliance.pdf'
D5 = 'obs-s56-05-diaporama-quinze-ans.pdf'
CAS = 'real-casino-dpef-2018.pdf'
TOT = 'real-total-dpef-2018-extrait.pdf'
EDF = 'real-edf-dpef-2018-extrait.pdf'
ESR = 'real-cpesr-barometre-esr-2023.pdf'
ETA = 'real-etalab-documentation-barometre-resultats.pdf'
MIT = 'real-miti-guide-gestion-donnees-recherche-v2.pdf'
PUL = 'real-pulse-reach-presentation.pdf'
REC = 'real-recoop-plaquette.pdf'

# (question, answer, must_contain, source, page, kind, follows_prev)
Q = [
 # --- lettre d'information
 ("Quand la Fondation des Territoires a-t-elle été officiellement créée, et sous l'égide de quelle fondation ?",
  "Elle a été créée le 14 juin 2022, sous l'égide de la Fondation de Lille.",
  ["14 juin 2022", "Fondation de Lille"], D1, 1, "when", False),
 ("et ya combien de cofondateurs ?",
  "La Fondation des Territoires réunit 21 co-fondateurs.",
  ["21 co-fondateurs"], D1, 1, "figure", True),
 ("c quand quils ont devoile la charte du faire alliance ? jai vu 2 dates differentes",
  "La lettre retient le mardi 30 novembre 2021 (Giving Tuesday, à Saint-Maurice), mais signale que la page d'associations.gouv.fr annonçant la soirée indique « mardi 30 septembre ».",
  ["30 novembre 2021", "30 septembre"], D1, 2, "when", False),
 ("Combien de temps a duré sa co-construction ?",
  "La Charte a été co-construite pendant trois mois, sous le pilotage de la Fondation des Territoires (alors en préfiguration).",
  ["trois mois de co-construction"], D1, 2, "figure", True),
 ("Quels pourcentages de Français, de maires et de dirigeants d'entreprises sont cités à l'appui de la proposition de loi sur le droit de l'alliance, et avec quelle formule pour chacun ?",
  "81 % des Français évoquent un « devoir d'alliance », 92 % des maires un « besoin d'alliance » et 84 % des dirigeants d'entreprises une « envie d'alliance ».",
  ["81", "92", "84"], D1, 3, "figure", False),
 ("À qui Gabriel Attal a-t-il confié la mission ministérielle sur les alliances, et quand le rapport a-t-il été remis ?",
  "La mission a été confiée, lors du FNAF 2019, à Cathy Racon-Bouzon et Charles-Benoît Heidsieck ; leur rapport a été remis le 7 mai 2020 (bilan le 17 octobre 2020).",
  ["Cathy Racon-Bouzon", "7 mai 2020"], D1, 3, "who", False),
 ("et la feuille de route du ministere elle a combien de mesures ?",
  "La « feuille de route » ministérielle compte 21 mesures.",
  ["21 mesures"], D1, 3, "figure", True),
 ("le fonds odd 17 cest qui qui la cree, quand, et il a combien d'argent ?",
  "Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies ; il est doté de 1,5 M€ pour une expérimentation sur trois ans.",
  ["Fondation TotalEnergies", "1,5 M€"], D1, 4, "who", False),
 # --- chapitre d'étude
 ("Combien d'associations employeuses l'étude IMPACT – Associations & Territoires couvre-t-elle, et quelle part d'entre elles a au moins un partenariat ?",
  "L'étude porte sur environ 148 000 associations employeuses, dont 98 % déclarent au moins un partenariat.",
  ["148 000", "98"], D2, 1, "figure", False),
 ("les assos employeuses elles font des partenariats surtout avec qui ? donne le top 3 avec les %",
  "D'après l'étude IMPACT : les collectivités territoriales (89 %), les structures d'intérêt général (73 %) et les établissements scolaires (70 %).",
  ["89", "73", "70"], D2, 2, "list", False),
 ("et c plutot local ou regional ?",
  "Surtout local : 73 % des associations employeuses citent l'échelle locale, contre 47 % l'échelle régionale.",
  ["73", "47"], D2, 2, "figure", True),
 ("Selon l'enquête « Associations & Partenariats » publiée en mars 2017, combien de partenaires une association a-t-elle en moyenne, et quelle part des répondants cite les entreprises ?",
  "Une association compte en moyenne 2,5 partenaires ; les entreprises sont citées par 28 % des répondants.",
  ["2,5 partenaires", "28"], D2, 3, "figure", False),
 ("Les collectivités sont-elles partenaires de 89 % ou de 74 % des associations ? D'où vient l'écart ?",
  "Les deux chiffres sont justes mais ne portent pas sur la même population : 89 % des associations employeuses (étude IMPACT) contre 74 % de l'ensemble des associations (enquête de 2017).",
  ["89", "74"], D2, 5, "figure", False),
 ("petite asso vs grosse asso : combien ont un partenariat avec une entreprise ?",
  "La moitié (50 %) des associations dont le budget dépasse 150 000 € ont un partenariat avec une entreprise, contre 20 % de celles qui ont moins de 10 000 €.",
  ["150 000 €", "20"], D2, 4, "figure", False),
 # --- compte rendu
 ("Combien de maires ont été interrogés pour l'étude IMPACTS & TRAJECTOIRES – Élus locaux, par quel moyen et sur quelle période ?",
  "302 maires ont été interrogés par téléphone, du 30 septembre au 28 octobre 2024.",
  ["302 maires", "28 octobre 2024"], D3, 2, "figure", False),
 ("et ils disent quoi, que leur territoire bouge ?",
  "91 % des maires jugent leur territoire en mouvement : 35 % fortement et 56 % « ni plus ni moins » qu'avant.",
  ["91", "35", "56"], D3, 2, "figure", True),
 ("Quels chiffres sur les élus locaux et les maires l'Observatoire avait-il présentés lors du 3e dîner « Élus & Entreprises » ?",
  "64 % des élus locaux souhaitent s'appuyer sur le « jouer collectif » et 92 % des maires reconnaissent l'utilité de la co-construction.",
  ["64", "92"], D3, 3, "figure", False),
 ("les maires ils savent piloter les alliances ou pas ?",
  "Pas tous : selon la synthèse du programme IMPACT, 46 % des maires disent ne pas savoir piloter les alliances, alors que 76 % voient leur territoire comme engagé.",
  ["46", "76"], D3, 4, "figure", False),
 # --- guide pratique
 ("Que signifie l'acronyme M.E.D.O.C. ?",
  "M.E.D.O.C. signifie Méthodes, Exemples, Données, Outils, Compétences (ressources de la plateforme www.odd17.org).",
  ["Méthodes", "Compétences"], D4, 2, "definition", False),
 ("Combien de territoires ont participé au parcours d'expérience sur la co-construction territoriale lancé par le CGET et Le RAMEAU ?",
  "Le communiqué de lancement parle de 11 territoires pionniers sur 18 mois (première session le 3 mai), mais une autre présentation évoque « le CGET et 10 territoires pilotes ».",
  ["11 territoires", "10 territoires pilotes"], D4, 4, "figure", False),
 ("Quels étaient les territoires pilotes de la démarche « Agir ensemble en Territoire », et quelle structure appuyait chacun d'eux ?",
  "L'Alsace (avec Alsace Active), le Poitou-Charentes (avec le Groupe La Poste) et Paris-Est Marne & Bois.",
  ["Alsace Active", "Poitou-Charentes", "Groupe La Poste"], D4, 3, "list", False),
 ("Elle a été lancée en quelle année, et à la suite de quelle étude ?",
  "La démarche a été initiée en 2010, après l'étude ARPEA-Collectivités locales réalisée avec Comisis et OpinionWay.",
  ["2010", "ARPEA-Collectivités locales"], D4, 3, "when", True),
 # --- diaporama
 ("En quelle année l'Observatoire des partenariats a-t-il été créé ?",
  "Les présentations actuelles indiquent 2008, par la Caisse des Dépôts et Le RAMEAU (en partenariat avec le MEDEF et le Mouvement associatif) ; des documents de 2011 et 2012 parlent toutefois d'une création en 2007.",
  ["2008", "2007"], D5, 1, "when", False),
 ("Quels sont les trois programmes quinquennaux de l'Observatoire et leurs périodes ?",
  "ARPEA (2008-2012), PHARE (2013-2018, ou 2013-2017 selon certaines présentations) et IMPACT (2018-2022, lancé en novembre 2017).",
  ["2008-2012", "2013-2018", "2018-2022"], D5, 2, "list", False),
 ("Que signifie le premier de ces sigles ?",
  "ARPEA connaît trois libellés ; le rapport quinquennal de 2012 retient « Analyse des Relations et des Partenariats entre Entreprises et Associations » (on trouve aussi « Analyser les Relations Partenariales entre Entreprises et Associations » et « Analyse des Relations Associations-Entreprises »).",
  ["Partenariats entre Entreprises et Associations", "Associations-Entreprises"], D5, 2, "definition", True),
 ("Dans PHARE-Citoyens, quelle note sur 10 les Français attribuent-ils à la sécurité ?",
  "La diapositive donne 6,6/10, mais signale qu'une autre restitution de l'enquête attribue 7/10 à la sécurité.",
  ["6,6", "7/10"], D5, 4, "figure", False),
 ("en janvier 2011 les entreprises voulaient faire des partenariats avec les assos ou pas ?",
  "Selon ARPEA Entreprises & Territoires (janvier 2011), 21 % des entreprises en développaient, 33 % souhaitaient en développer et 46 % ne le souhaitaient pas.",
  ["21", "33", "46"], D5, 5, "figure", False),
 ("Quelle part des Français voient les partenariats comme une source d'innovation, et qu'en pensent les maires ?",
  "74 % des Français selon le bilan présenté (une autre publication du même bilan indique 69 % des citoyens) ; 87 % des maires.",
  ["74", "69", "87"], D5, 5, "figure", False),
 # --- Casino
 ("Dans son document de référence 2018, combien de tonnes de produits le groupe Casino a-t-il apportées aux banques alimentaires en 2018, et à combien de repas cela correspond-il ?",
  "Plus de 25 100 tonnes de produits, soit l'équivalent de plus de 50 millions de repas.",
  ["25 100 tonnes", "50 millions de repas"], CAS, 29, "figure", False),
 ("Depuis quand accompagne-t-il la Fédération française des banques alimentaires ?",
  "Le groupe Casino accompagne la FFBA depuis 2009 et prévoyait de renouveler le partenariat en 2019 pour trois ans.",
  ["accompagne la FFBA depuis 2009"], CAS, 29, "when", True),
 ("chez casino le service civique c pour qui et ca dure combien de temps ?",
  "Le Service Civique, cité par Casino, permet aux jeunes de 16 à 25 ans de s'engager de 6 à 12 mois dans une mission d'intérêt général.",
  ["16 à 25 ans", "6 à 12 mois"], CAS, 30, "definition", False),
 ("Qu'est-ce que le programme « Engagement Citoyen » de la Fondation Casino, et combien de missions a-t-il permis ?",
  "C'est un programme de bénévolat de compétences lancé en 2016, avec un catalogue de missions sur une plateforme web au profit d'associations partenaires ; 123 missions ont été réalisées depuis le lancement en 2017.",
  ["bénévolat de compétences", "123 missions"], CAS, 31, "definition", False),
 # --- TOTAL
 ("Dans l'extrait du document de référence 2018 de TOTAL, quelle part des déchets a été recyclée ou valorisée en 2018, 2017 et 2016, et quel tonnage a été traité en 2018 ?",
  "57 % en 2018, 59 % en 2017 et 58 % en 2016 ; le Groupe a traité 573 kt de déchets en 2018.",
  ["57", "59", "573 kt"], TOT, 1, "figure", False),
 ("Avec quelle fondation TOTAL a-t-il signé en 2017 un accord pour neutraliser les émissions des voyages en avion de ses salariés ?",
  "Avec la Fondation GoodPlanet (présidée par Yann Arthus-Bertrand) : 8 400 biodigesteurs en Inde, pour éviter 50 000 t de CO2 par an sur 10 ans.",
  ["GoodPlanet"], TOT, 3, "who", False),
 ("Que désigne le sigle TCFD dans le chapitre climat de TOTAL ?",
  "La Task force on Climate-related Financial Disclosures, groupe de travail du Conseil de stabilité financière du G20 (recommandations finales publiées en juin 2017).",
  ["Task force on Climate-related Financial Disclosures"], TOT, 6, "definition", False),
 # --- EDF
 ("Avec quelles associations de protection de la nature EDF a-t-il noué des partenariats nationaux sur la biodiversité ?",
  "Notamment la Ligue pour la protection des oiseaux (LPO), Réserves naturelles de France, le Comité français de l'UICN, la FCBN, la FCEN, le Conservatoire du littoral et la SFEPM, aux côtés du MNHN.",
  ["Ligue pour la protection des oiseaux", "Conservatoire du littoral"], EDF, 6, "list", False),
 ("Qui préside le Conseil scientifique d'EDF ?",
  "Il est présidé par Sébastien Candel, président de l'Académie des sciences, et s'est réuni à trois reprises en 2018.",
  ["Sébastien Candel"], EDF, 3, "who", False),
 ("Combien de salariés d'EDF ont été formés au dialogue avec les parties prenantes en 2018, et combien d'heures cela représente-t-il ?",
  "269 salariés, soit 3 451 heures de formation (en hausse de 85 % par rapport à 2017).",
  ["269 salariés", "3 451 heures"], EDF, 6, "figure", False),
 ("Qu'est-ce qu'un « événement environnemental à enjeu » selon EDF ?",
  "Un événement qui affecte gravement l'environnement et qui a un fort impact médiatique ou un impact financier supérieur à 3 millions d'euros (y compris s'il peut porter atteinte à la santé humaine).",
  ["Événement environnemental à enjeu", "impact financier supérieur à 3 millions"], EDF, 5, "definition", False),
 # --- CPESR
 ("Combien de personnes ont répondu au baromètre de l'ESR 2023 de la CPESR ?",
  "2460 répondants ont rempli au moins la première partie et 2026 ont finalisé leur réponse ; le baromètre était ouvert de mars à octobre 2023.",
  ["2460", "2026"], ESR, 3, "figure", False),
 ("Et quelle part des opinions sur les conditions de travail sont positives ?",
  "40 % des opinions sur les conditions de travail sont positives, contre 42 % négatives.",
  ["40", "42"], ESR, 4, "figure", True),
 ("Envers quelles instances les répondants du baromètre de l'ESR 2023 expriment-ils le plus de défiance ?",
  "Le MESRI (91 % de défiance), l'État (89 %), l'ANR (77 %) et le Hcéres (75 %), suivis d'Udice (64 %) et des présidences (63 %).",
  ["MESRI", "91", "89"], ESR, 5, "list", False),
 ("Qui a dirigé l'enquête du baromètre de l'ESR 2023, et qui a effectué l'analyse OpenAI ?",
  "L'enquête a été dirigée par Julien Gossa ; l'analyse OpenAI a été effectuée par Jacques Haiech.",
  ["Julien Gossa", "Jacques Haiech"], ESR, 28, "who", False),
 # --- Etalab
 ("Dans la documentation du baromètre des résultats de l'action publique, quel organisme gère les contrats de service civique pour le compte de l'Agence du service civique ?",
  "L'Agence de services et de paiement.",
  ["Agence de services et de paiement"], ETA, 11, "who", False),
 ("Dans cette même documentation, à quel organisme remontent les résultats des audits de labellisation France Services pour consolidation ?",
  "À la direction de programme de l'Agence nationale de la cohésion des territoires, après candidature auprès des préfectures départementales et audit.",
  ["Agence nationale de la cohésion des territoires"], ETA, 69, "who", True),
 # --- MITI
 ("c koi la regle du 3-2-1 pour sauvegarder les donnees de recherche ?",
  "C'est garder 3 copies sur 2 supports différents, dont 1 sur un lieu déporté.",
  ["3 copies sur 2 supports différents"], MIT, 46, "definition", False),
 ("Qu'est-ce qu'un plan de gestion de données (PGD) selon le guide de bonnes pratiques sur la gestion des données de la recherche ?",
  "Un document formalisé, souvent livrable du projet, qui explique comment les données seront obtenues, documentées, analysées, disséminées et utilisées ; en anglais Data Management Plan (DMP).",
  ["Data Management Plan", "document formalisé"], MIT, 28, "definition", False),
 ("D'après le guide de bonnes pratiques sur les données de la recherche, à quelle date le RGPD est-il entré en vigueur ?",
  "Le RGPD est entré en vigueur le 25 mai 2018 dans toute l'Union européenne.",
  ["25 mai 2018"], MIT, 16, "when", False),
 # --- PULSE
 ("le projet reach ca coute combien et c qui qui paye le plus ?",
  "Le budget total est de 1,638 M€ ; le principal cofinanceur est l'Agence française de développement, pour 800 000 €.",
  ["1,638M€", "800 000€"], PUL, 2, "figure", False),
 ("Que veut dire son nom, et dans quels pays est-il mené ?",
  "REACH signifie « Rendre l'Entrepreneuriat Accessible à Chacun.e » ; le projet est mené en Afrique du Sud et au Sénégal.",
  ["Entrepreneuriat Accessible à Chacun.e", "Sénégal"], PUL, 2, "definition", True),
 ("Combien d'OSC intermédiaires le projet REACH prévoit-il de former, et comment se répartissent-elles entre les deux structures d'accompagnement ?",
  "50 OSC intermédiaires : 30 pour Jógjëf (Sénégal) et 20 pour Oribi (Afrique du Sud).",
  ["50 OSC intermédiaires", "Oribi : 20"], PUL, 7, "figure", False),
 # --- Re-Co
 ("Quels sont les types d'intervention que la coopérative Re-Co veut utiliser pour créer du logement abordable ?",
  "La rénovation, la surélévation, la complémentation et la réaffectation.",
  ["la rénovation, la surélévation, la complémentation et la réaffectation"], REC, 2, "list", False),
 ("re-co c quoi exactement et c base ou ?",
  "Re-Co est une société coopérative d'habitation, basée à Lausanne (Av. de Morges 63).",
  ["Lausanne", "Av. de Morges 63"], REC, 1, "who", False),
 # --- near misses (unanswerable)
 ("Quelles sont les trois missions de la Fondation des Territoires ?",
  "Les documents indiquent seulement que la Fondation des Territoires s'est donné trois missions, annoncées pour un prochain numéro ; leur contenu n'est pas donné.",
  [], None, None, "unanswerable", False),
 ("Quelle fonction occupait Gabriel Attal quand il a confié la mission sur le droit de l'alliance ?",
  "Les documents disent que Gabriel Attal a confié la mission lors du FNAF 2019, mais ne précisent pas sa fonction.",
  [], None, None, "unanswerable", False),
 ("combien d'argent le fonds odd 17 donne a chaque catalyseur territorial ?",
  "Les documents donnent la dotation totale (1,5 M€ sur trois ans) et le nombre de catalyseurs (350), mais aucun montant par catalyseur.",
  [], None, None, "unanswerable", False),
 ("Quelle part des associations employeuses de Normandie ont au moins un partenariat ?",
  "Le corpus donne 98 % pour l'ensemble des associations employeuses et mentionne un rapport régional Normandie, mais aucun chiffre sur les associations employeuses normandes.",
  [], None, None, "unanswerable", False),
 ("Dans l'enquête de 2020 auprès des élus locaux, quelle part des maires jugeaient leur territoire en mouvement ?",
  "Le chiffre de 91 % concerne l'étude de novembre 2024 ; pour l'étude IMPACT – Élus locaux de 2020, les documents ne donnent pas cette proportion.",
  [], None, None, "unanswerable", False),
 ("Quelle part des Français jugeaient urgent de créer des partenariats en 2010 ?",
  "Les documents donnent 86 % en 2008 et 84 % en 2012 (ARPEA), mais aucun chiffre pour 2010.",
  [], None, None, "unanswerable", False),
 ("combien de maires ont ete interroges pour phare-institutions ?",
  "Les documents donnent la date de PHARE-Institutions (29 novembre 2016), ses cinq profils de maires et le chiffre de 87 %, mais pas la taille de l'échantillon ; les 302 maires concernent l'étude de 2024.",
  [], None, None, "unanswerable", False),
]

# ordre final : on intercale les questions sans réponse pour ne pas les regrouper
order = list(range(len(Q)))
un = [i for i, q in enumerate(Q) if q[5] == 'unanswerable']
ans = [i for i in order if i not in un]
final = []
ai = 0
targets = [5, 13, 21, 29, 37, 45, 53]
ui = 0
while len(final) < len(Q):
    pos = len(final)
    nxt_is_follow = ai < len(ans) and Q[ans[ai]][6]
    if ui < len(un) and pos >= targets[ui] and not nxt_is_follow:
        final.append(un[ui]); ui += 1
    elif ai < len(ans):
        final.append(ans[ai]); ai += 1
    else:
        final.append(un[ui]); ui += 1

out = []
for n, i in enumerate(final, 1):
    q, a, mc, src, pg, kind, fol = Q[i]
    rec = {"id": f"s56{n:02d}", "question": q, "answer": a, "must_contain": mc,
           "source": src, "page": pg, "kind": kind}
    if fol:
        prev = out[-1]
        assert Q[final[n - 2]][3] is not None
        rec["follows"] = prev["id"]
    out.append(rec)
assert len(out) == 60, len(out)
with open(sys.argv[1], 'w', encoding='utf-8') as f:
    for r in out:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(out))
