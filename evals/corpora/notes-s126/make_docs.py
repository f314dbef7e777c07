"""Génère les 5 PDF fictifs du corpus notes-s126 (déterministe).

Lancement : /work/main/.venv/bin/python make_docs.py  (écrit les PDF dans le dossier de ce script)
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4
ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["Normal"], fontName="Helvetica", fontSize=10.5, leading=14,
                      spaceAfter=7)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, spaceAfter=2)
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold", fontSize=16, leading=20,
                       spaceAfter=10)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=16, spaceBefore=6)
Q = ParagraphStyle("q", parent=BODY, fontName="Helvetica-Bold", spaceAfter=3)
BIG = ParagraphStyle("big", parent=BODY, fontName="Helvetica-Bold", fontSize=30, leading=34,
                     spaceAfter=0, textColor=colors.HexColor("#1f4e79"))
LEG = ParagraphStyle("leg", parent=BODY, fontSize=11, leading=14, spaceAfter=12)
CENTER = ParagraphStyle("center", parent=BODY, alignment=TA_CENTER)


def P(t, s=BODY):
    return Paragraph(t, s)


def rule():
    t = Table([[""]], colWidths=[6 * cm], rowHeights=[2])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black)]))
    t.hAlign = "LEFT"
    return t


def box(lines, width=16 * cm, bg="#e8eef6"):
    t = Table([[P(x)] for x in lines], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                           ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1f4e79")),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    return t


def grid(rows, widths):
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
                           ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                           ("FONTSIZE", (0, 0), (-1, -1), 10)]))
    t.hAlign = "LEFT"
    return t


def build(name, story, header, footer, two_cols=False, first_printed=1):
    path = os.path.join(HERE, name)

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        if header:
            canvas.drawString(2 * cm, H - 1.3 * cm, header)
        canvas.drawRightString(W - 2 * cm, 1.2 * cm, footer(doc.page + first_printed - 1))
        canvas.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                          bottomMargin=2 * cm, title="", author="", subject="", creator="", producer="",
                          keywords="")
    if two_cols:
        fw = (W - 4 * cm - 0.8 * cm) / 2
        frames = [Frame(2 * cm, 2 * cm, W - 4 * cm, 7 * cm, id="top"),
                  Frame(2 * cm, 9.2 * cm, fw, H - 11.2 * cm, id="c1"),
                  Frame(2 * cm + fw + 0.8 * cm, 9.2 * cm, fw, H - 11.2 * cm, id="c2")]
        # ordre de lecture : colonne 1, colonne 2, puis bandeau bas
        frames = [frames[1], frames[2], frames[0]]
    else:
        frames = [Frame(2 * cm, 2 * cm, W - 4 * cm, H - 4 * cm, id="f")]
    doc.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=deco)])
    doc.build(story)


# ---------------------------------------------------------------- 1. avis
def doc1():
    s = [P("Conseil consultatif régional des alliances territoriales du Val-d'Orbe (CCRAT)", H2),
         P("Avis n° 2023-07 relatif aux alliances entre associations, entreprises et collectivités", TITLE),
         P("Adopté en séance plénière le 14 mars 2023 par 41 voix pour, 3 contre et 5 abstentions."),
         P("Le Conseil,", H2),
         P("1. Considérant que 81 % des Français voient dans l'alliance entre acteurs un devoir<super>1</super>, "
           "et que 92 % des maires disent en avoir besoin<super>2</super> ;"),
         P("2. Considérant que l'Observatoire des partenariats, créé en 2008, a interrogé plus de 2 000 "
           "personnes pour son volet PHARE-Citoyens<super>3</super> ;"),
         P("3. Considérant que, dans la région, 214 associations employeuses sur 1 870 associations recensées "
           "ont signé au moins une convention avec une entreprise en 2022 ;"),
         P("4. Considérant que, parmi les 312 communes de moins de 3 500 habitants du territoire, 38 % "
           "seulement ont conclu un partenariat ;"),
         Spacer(1, 40), rule(),
         P("1 Le RAMEAU, note sur le droit de l'alliance d'intérêt général, 2021, p. 4.", SMALL),
         P("2 Ibid.", SMALL),
         P("3 Observatoire des partenariats, PHARE-Citoyens, septembre 2015.", SMALL),
         PageBreak(),
         P("5. Considérant que les partenariats sont jugés source d'innovation par 74 % des Français, 81 % "
           "des dirigeants d'entreprise, 86 % des responsables associatifs et 87 % des maires<super>4</super> ;"),
         P("6. Considérant que 76 % des maires estiment leur territoire engagé, mais que 46 % d'entre eux "
           "déclarent ne pas savoir piloter une telle démarche<super>4</super> ;"),
         P("7. Considérant enfin que la précédente édition de cet avis, adoptée en 2019, relevait que 27 % "
           "des entreprises de 10 salariés et plus avaient un partenariat associatif, contre 34 % "
           "aujourd'hui ;"),
         P("Émet les recommandations suivantes :", H2),
         P("Recommandation 1. Doter le fonds territorial d'alliance de 1,2 M€ sur trois ans, soit 400 000 € "
           "par an."),
         Spacer(1, 60), rule(),
         P("4 Programme IMPACT, Le RAMEAU et Caisse des Dépôts, 2018-2022.", SMALL),
         PageBreak(),
         P("Recommandation 2. Porter de 38 % à 60 % d'ici 2026 la part des communes de moins de 3 500 "
           "habitants engagées dans un partenariat."),
         P("Recommandation 3. Réunir deux fois par an les 24 membres du comité de suivi, dont 8 élus et "
           "6 chefs d'entreprise."),
         P("Recommandation 4. S'appuyer sur la loi n° 2014-856 du 31 juillet 2014 relative à l'économie "
           "sociale et solidaire et sur les 21 mesures de la feuille de route ministérielle<super>5</super>."),
         Spacer(1, 10),
         box(["<b>Résultat du vote</b>", "Pour : 41 - Contre : 3 - Abstention : 5",
              "Membres en exercice : 52"]),
         Spacer(1, 10),
         P("Le Conseil rappelle que son avis de 2019 avait été adopté à l'unanimité des 47 membres présents."),
         P("Pour le Conseil, la présidente, Hélène Marchadier-Roux"),
         Spacer(1, 40), rule(),
         P("5 Feuille de route présentée en février 2021 ; voir l'annexe II, p. 22.", SMALL)]
    build("obs-s126-01-avis.pdf", s, "CCRAT - séance plénière du 14 mars 2023",
          lambda n: f"Recueil des avis 2023 - {n}", first_printed=17)


# ---------------------------------------------------------------- 2. FAQ
def doc2():
    def qa(q, a):
        return [P(q, Q), P(a)]
    s = [P("Centre de ressources Alliances &amp; Territoires (CRAT)", H2),
         P("Les partenariats en questions : foire aux questions", TITLE)]
    s += qa("Combien d'associations employeuses ont noué des partenariats ?",
            "148 000 au total. Parmi elles, 98 % déclarent au moins un partenaire (étude IMPACT - "
            "Associations &amp; Territoires).")
    s += qa("Avec qui les associations employeuses travaillent-elles le plus ?",
            "D'abord avec les collectivités (89 %), puis avec les structures d'intérêt général (73 %) et les "
            "établissements scolaires (70 %).")
    s += qa("Et les entreprises, s'engagent-elles ?",
            "En janvier 2011, 21 % en développaient déjà ; 33 % souhaitaient le faire et 46 % ne le "
            "souhaitaient pas.")
    s += qa("Combien de partenaires une association compte-t-elle en moyenne ?",
            "En moyenne 2,5 partenaires, selon l'enquête menée en mai-juin 2016 et publiée en mars 2017 "
            "auprès de plus de 1 380 responsables associatifs.")
    s += [PageBreak()]
    s += qa("Les grandes associations sont-elles plus souvent partenaires d'une entreprise ?",
            "Oui : c'est le cas de 50 % de celles dont le budget dépasse 150 000 €, contre 20 % de celles "
            "dont le budget est inférieur à 10 000 €.")
    s += qa("Que pensent les maires des petites communes ?",
            "En novembre 2024, 302 maires ont été interrogés par téléphone ; 84 % d'entre eux dirigent une "
            "commune de moins de 2 000 habitants.")
    s += qa("Leur territoire bouge-t-il ?",
            "Pour 91 % d'entre eux, oui : 35 % le jugent fortement en mouvement et 56 % « ni plus ni "
            "moins ».")
    s += qa("Depuis quand l'Observatoire existe-t-il ?",
            "Depuis 2008 ; d'anciens documents indiquent toutefois 2007. Il a connu trois plans quinquennaux "
            "de cinq ans chacun.")
    s += [Spacer(1, 20),
          box(["Une question ? Appelez le 04 75 28 61 90 (du lundi au vendredi, de 9 h à 17 h)."]),
          PageBreak()]
    s += qa("Quelle note les Français donnent-ils à l'emploi comme enjeu prioritaire ?",
            "7,1 sur 10 (PHARE-Citoyens, septembre 2015), devant le pouvoir d'achat (6,6), la sécurité "
            "(6,6) et le développement économique (6,5).")
    s += qa("Un article donne 7 sur 10 pour la sécurité : qui croire ?",
            "Les deux sources existent : un article de presse de 2015 retient 7/10, la synthèse de "
            "l'Observatoire 6,6. Nous citons les deux.")
    s += qa("Combien de personnes ont répondu à PHARE-Citoyens ?", "Plus de deux mille.")
    s += qa("Le RAMEAU, c'est combien d'expérimentations ?",
            "Plus de 500 organisations accompagnées depuis 2006, et plus de 1 000 exemples inspirants "
            "recensés.")
    s += [Spacer(1, 30), P("CRAT, 12 rue des Tanneurs, 26000 Valence", SMALL)]
    build("obs-s126-02-faq.pdf", s, "", lambda n: f"FAQ Alliances - mise à jour du 5 février 2025 - {n}",
          first_printed=5)


# ---------------------------------------------------------------- 3. lettre
def doc3():
    s = [P("La Lettre du Réseau des fondations de l'Orbe - n° 14 - juin 2023", TITLE),
         P("Au 31 décembre 2022, les 27 fondations membres du réseau avaient collecté 3,4 millions d'euros, "
           "contre un peu plus de 3 millions un an plus tôt."),
         P("Elles ont reçu 9 650 dons, dont près de la moitié en ligne."),
         P("La progression tient surtout aux dons de fin d'année et à la campagne d'automne, relayée par "
           "l'ensemble des fondations membres."),
         FrameBreak(),
         P("Le mot de la présidente", H2),
         P("Cette année encore, la générosité de nos donateurs a permis de soutenir des projets menés avec "
           "les associations, les entreprises et les communes du bassin de l'Orbe."),
         FrameBreak(),
         box(["<b>En bref</b>", "Collecte 2022 : 3,4 M€ (+12 % par rapport à 2021)",
              "4 812 donateurs actifs", "Don moyen : 118 € (112 € en 2021)"]),
         PageBreak(),
         P("Qui sont nos donateurs ?", H2),
         P("Ils ont en moyenne 61 ans ; 58 % sont des femmes et 1 sur 4 donne chaque mois."),
         P("Les donateurs réguliers, au nombre de 1 203, versent en moyenne 19 € par mois, soit 228 € par an."),
         FrameBreak(),
         P("Le mécénat d'entreprise", H2),
         P("Les entreprises mécènes sont 64, contre 57 en 2021 ; leurs dons atteignent 1,1 M€, soit près "
           "d'un tiers de la collecte."),
         FrameBreak(),
         box(["<b>À noter</b> : les reçus fiscaux 2022 ont été envoyés fin janvier ; un duplicata peut être "
              "demandé au secrétariat."], bg="#f3ead9"),
         PageBreak(),
         P("Rappel : il y a cinq ans", H2),
         P("En 2017, le réseau comptait 19 fondations et 2 950 donateurs pour une collecte de 1,9 M€."),
         P("Études et fonds", H2),
         P("L'étude IMPACT Fondations &amp; Territoires, publiée le 23 septembre, a interrogé 42 fondations."),
         FrameBreak(),
         P("Le Fonds ODD 17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, dispose d'une "
           "dotation de 1,5 M€ pour une expérimentation sur 3 ans, avec 350 catalyseurs territoriaux."),
         FrameBreak(),
         box(["<b>Agenda</b> : assemblée générale le 28 septembre 2023 à 18 h 30, salle 3 de la Maison "
              "des fondations.",
              "Objectif 2023 : dépasser 5 000 donateurs et 4 M€ de collecte."])]
    build("obs-s126-03-lettre-fondations.pdf", s, "Réseau des fondations de l'Orbe - Lettre n° 14",
          lambda n: f"La Lettre n° 14 - juin 2023 - page {n}", two_cols=True)


# ---------------------------------------------------------------- 4. compte rendu
def doc4():
    rows = [["Collège", "Inscrits", "Présents"], ["Élus", "14", "11"], ["Entreprises", "22", "17"],
            ["Associations", "31", "26"], ["Habitants", "40", "29"]]
    s = [P("Atelier territorial « Faire alliance en Haut-Orbe »", TITLE),
         P("Compte rendu de la séance du 7 novembre 2023, salle polyvalente de Saint-Orbe", H2),
         P("Participants par collège", H2),
         grid(rows, [5 * cm, 3 * cm, 3 * cm]), Spacer(1, 10),
         P("Le taux de participation atteint 78 %, contre 64 % lors de l'atelier de 2022."),
         P("Animation : Maison de l'alliance du Haut-Orbe ; secrétariat de séance : Julien Ferrandou."),
         PageBreak(),
         P("Votes", H2),
         P("Motion 1 - création d'un fonds local de 250 000 € : adoptée par 61 voix pour, 9 contre et "
           "13 abstentions."),
         P("Motion 2 - charte commune : adoptée à l'unanimité des 83 votants."),
         P("Motion 3 - guichet unique : rejetée (27 pour, 44 contre, 12 abstentions)."),
         P("Parmi les habitants, deux sur trois ont voté contre ; les élus, eux, l'ont soutenue aux trois "
           "quarts."),
         PageBreak(),
         P("Décisions", H2),
         P("Décision 1 : le fonds est doté de 250 000 € pour 2024, abondé à 40 % par la communauté de "
           "communes et à 60 % par 12 entreprises du territoire."),
         P("Décision 2 : un groupe de 9 volontaires, dont 4 habitants, préparera la charte d'ici le "
           "15 mars 2024."),
         P("Décision 3 : la prochaine séance, la 4e depuis 2021, aura lieu à Saint-Orbe (07340)."),
         P("Rappel : lors de l'atelier 2022, 48 participants avaient retenu 5 priorités ; 3 seulement ont été "
           "engagées.")]
    build("obs-s126-04-compte-rendu-atelier.pdf", s, "Compte rendu rédigé le 20 novembre 2023",
          lambda n: f"CR atelier Haut-Orbe - {n}/3")


# ---------------------------------------------------------------- 5. infographie
def doc5():
    def big(n, leg):
        return [P(n, BIG), P(leg, LEG)]
    s = [P("L'alliance en chiffres - infographie de l'Observatoire - décembre 2021", TITLE)]
    s += big("81 %", "des Français voient dans l'alliance un devoir [picto : mains jointes]")
    s += big("92 %", "des maires disent en avoir besoin [picto : mairie]")
    s += big("84 %", "des dirigeants d'entreprise en ont envie [picto : usine]")
    s += big("64 %", "des élus locaux veulent « jouer collectif » (nov. 2020)")
    s += [P("--&gt; 69 % en 2015 : le « devoir d'alliance » a gagné 12 points en six ans"),
          P("Échelle : 0 ---- 25 ---- 50 ---- 75 ---- 100", SMALL),
          P("Sources : Le RAMEAU (2021) ; PHARE-Citoyens (sept. 2015) ; IMPACT-Élus locaux (nov. 2020).", SMALL),
          PageBreak()]
    s += big("148 000", "associations employeuses [picto : maison]")
    s += big("98 %", "d'entre elles ont au moins un partenaire")
    s += big("[picto : poignée de main] 75 %", "font du mécénat avec leurs partenaires")
    s += big("73 %", "innovent avec leurs partenaires")
    s += big("58 %", "coopèrent économiquement")
    s += [P("Échelle des partenariats : local 73 % / régional 47 %"),
          P("Source : étude IMPACT - Associations &amp; Territoires.", SMALL), PageBreak()]
    s += big("46 %", "des associations engagées avec une entreprise (ARPEA)")
    s += big("86 % --&gt; 84 %", "des Français jugeaient urgent de créer des partenariats (2008 --&gt; 2012)")
    s += big("37 %", "des entreprises de 10 salariés et plus (note du 29 février 2016)")
    s += big("38 %", "des associations, dont 53 % des employeuses")
    s += big("1,5 M€", "pour le Fonds ODD 17 (2020)")
    s += big("350", "catalyseurs territoriaux")
    s += [P("Infographie n° 3 - Contact : 01 43 22 18 75", SMALL)]
    build("obs-s126-05-infographie.pdf", s, "Observatoire des partenariats - décembre 2021",
          lambda n: f"{n}/3")


if __name__ == "__main__":
    doc1(); doc2(); doc3(); doc4(); doc5()
