# -*- coding: utf-8 -*-
"""Corpus fictif notes-s111 : cinq PDF « à la manière » des publications de l'Observatoire des partenariats.

Script déterministe : rl_config.invariant = 1, métadonnées (titre, auteur, sujet, créateur, producteur,
mots-clés) vides. Deux exécutions donnent des fichiers identiques octet pour octet.

Usage : /work/main/.venv/bin/python make_docs.py   (écrit les PDF dans le dossier du script)
"""
import os
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.graphics.shapes import Drawing, Line, Rect, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4

# ---------------------------------------------------------------- styles
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10.5, spaceAfter=3)
NOTE = ParagraphStyle("note", parent=BODY, fontSize=7.5, leading=9.5, spaceAfter=2, textColor=colors.HexColor("#333333"))
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=6,
                       textColor=colors.HexColor("#123C69"))
SUB = ParagraphStyle("sub", fontName="Helvetica-Oblique", fontSize=10.5, leading=14, spaceAfter=10,
                     textColor=colors.HexColor("#444444"))
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4,
                    textColor=colors.HexColor("#123C69"))
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=3, spaceAfter=3)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
BIG = ParagraphStyle("big", fontName="Helvetica-Bold", fontSize=22, leading=26, alignment=TA_CENTER,
                     textColor=colors.HexColor("#B23A48"), spaceAfter=2)
BOXTXT = ParagraphStyle("boxtxt", parent=BODY, fontSize=8.5, leading=11, alignment=TA_CENTER, spaceAfter=0)
FICHE_T = ParagraphStyle("fichet", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceAfter=2,
                         textColor=colors.HexColor("#2E6B3F"))
FICHE = ParagraphStyle("fiche", parent=BODY, fontSize=8.8, leading=11.5, spaceAfter=2)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=12, bulletIndent=2, spaceAfter=3)

GRID = [
    ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE6F0")),
    ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


NBSP = "\u00a0"


def nb(text):
    """Espaces insécables : séparateur de milliers, avant %, € et M€ (pas de coupure au milieu d'un nombre)."""
    text = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", NBSP, text)
    return re.sub(r" (?=%|€|M€)", NBSP, text)


def P(text, style=BODY):
    return Paragraph(nb(text), style)


def table(rows, widths, extra=(), align_right_from=1):
    rows = [[nb(c) if isinstance(c, str) else c for c in row] for row in rows]
    t = Table(rows, colWidths=widths, hAlign="LEFT")
    style = list(GRID) + [("ALIGN", (align_right_from, 1), (-1, -1), "RIGHT")] + list(extra)
    t.setStyle(TableStyle(style))
    return t


def boxed(flowables, width, bg="#F3F0E6", border="#B8A77A"):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(border)),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def columns(left, right, widths, gap_line=True):
    t = Table([[left, right]], colWidths=widths)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]
    if gap_line:
        style.append(("LINEBEFORE", (1, 0), (1, 0), 0.5, colors.HexColor("#AAAAAA")))
    t.setStyle(TableStyle(style))
    return t


def build(name, story, header, footer):
    """header(page) / footer(page) renvoient (texte gauche, texte droit)."""
    path = os.path.join(HERE, name)

    def on_page(canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        hl, hr = header(n)
        canv.setFont("Helvetica", 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        if hl:
            canv.drawString(2 * cm, H - 1.3 * cm, hl)
        if hr:
            canv.drawRightString(W - 2 * cm, H - 1.3 * cm, hr)
        canv.setStrokeColor(colors.HexColor("#BBBBBB"))
        canv.line(2 * cm, H - 1.45 * cm, W - 2 * cm, H - 1.45 * cm)
        fl, fr = footer(n)
        canv.line(2 * cm, 1.55 * cm, W - 2 * cm, 1.55 * cm)
        if fl:
            canv.drawString(2 * cm, 1.1 * cm, fl)
        if fr:
            canv.drawRightString(W - 2 * cm, 1.1 * cm, fr)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="", author="", subject="", creator="", producer="",
                            keywords=[])
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return path


FULL = W - 4 * cm  # largeur utile (17 cm)


# ====================================================================== 01 : règlement d'un prix
def doc01():
    s = []
    s.append(P("Prix Trajectoires communes 2025", TITLE))
    s.append(P("Règlement et appel à candidatures de la 6e édition", SUB))
    s.append(P("Article 1 - Objet du prix", H2))
    s.append(P("Créé en 2020 par le Fonds Horizon Alliances, le Prix Trajectoires communes distingue chaque année "
               "des alliances nouées entre associations, entreprises, collectivités et fondations au service d'un "
               "territoire. L'édition 2025 est dotée de 180 000 € au total, soit 15 000 € de plus qu'en 2024."))
    s.append(P("Article 2 - Dotations par catégorie", H2))
    rows = [["Catégorie", "Lauréat", "Prix du jury"],
            [P("1. Petites alliances locales<super>1</super>", CELL), "15 000 €", "5 000 €"],
            [P("2. Alliances pour l'emploi", CELL), "30 000 €", "10 000 €"],
            [P("3. Transition écologique", CELL), "30 000 €", "10 000 €"],
            [P("4. Grand prix national", CELL), "60 000 €", "20 000 €"]]
    s.append(table(rows, [8 * cm, 3.5 * cm, 3.5 * cm]))
    s.append(Spacer(1, 8))
    s.append(P("Les montants sont versés à la structure porteuse de l'alliance : 70 % à la remise du prix, le solde "
               "de 30 % sur présentation d'un bilan d'étape."))
    s.append(P("Le prix ne peut être cumulé avec une autre aide du Fonds Horizon Alliances pour le même projet. "
               "Une alliance lauréate ne peut candidater à nouveau dans la même catégorie avant l'édition 2028."))
    s.append(Spacer(1, 150))
    s.append(P("1. Catégorie réservée aux alliances implantées dans des communes de moins de 3 500 habitants.", NOTE))
    s.append(PageBreak())

    # --- page 2
    s.append(P("Article 3 - Qui peut candidater ?", H2))
    s.append(P("Le prix est ouvert aux alliances qui réunissent au moins deux structures de natures différentes. "
               "La structure porteuse doit :"))
    for b in ["être une association relevant de la loi du 1er juillet 1901 ou une fondation, créée depuis au moins "
              "3 ans à la date du dépôt ;",
              "employer moins de 50 salariés en équivalent temps plein ;",
              "disposer d'un budget annuel compris entre 20 000 € et 1,5 M€ (dernier exercice clos) ;",
              "avoir son siège en France métropolitaine ou dans un département d'outre-mer."]:
        s.append(Paragraph(nb(b), BULLET, bulletText="-"))
    s.append(P("Les entreprises de plus de 5 000 salariés peuvent être partenaires d'une alliance candidate, mais "
               "pas porteuses."))
    s.append(P("Article 4 - Calendrier 2025", H2))
    cal = [["Étape", "Date"],
           ["Ouverture du dépôt en ligne", "3 février 2025"],
           ["Clôture des candidatures", "31 mars 2025, 12 h"],
           ["Instruction et visites sur site", "du 14 avril au 16 mai 2025"],
           ["Jury national", "12 juin 2025"],
           ["Remise des prix, Hôtel de Région, 69002 Lyon", "2 octobre 2025"]]
    s.append(table(cal, [9 * cm, 5 * cm], align_right_from=2))
    s.append(P("Article 5 - Sélection des lauréats", H2))
    s.append(P("Le jury réunit 11 personnalités, dont 4 chefs d'entreprise, 3 responsables associatifs et 2 élus "
               "locaux. Il est présidé par Mme Hélène Vasseur, ancienne présidente du Fonds."))
    s.append(P("Chaque dossier reçoit une note sur 20, pondérée ainsi : ancrage territorial 40 %, qualité de la "
               "coopération 30 %, résultats mesurés 20 %, sobriété des moyens 10 %. Seuls les dossiers ayant "
               "obtenu au moins 12/20 à l'instruction sont présentés au jury."))
    s.append(Spacer(1, 6))
    s.append(boxed([P("<b>Renseignements</b> : secrétariat du prix, du lundi au vendredi, au 04 78 62 19 40 "
                      "ou par courrier au Fonds Horizon Alliances, 18 quai Saint-Vincent, 69001 Lyon.", SMALL)],
                   FULL))
    s.append(PageBreak())

    # --- page 3
    s.append(P("Article 6 - Bilan des éditions précédentes", H2))
    s.append(P("Depuis 2020, cinq éditions ont été organisées. Le tableau ci-dessous en rappelle quelques-unes."))
    bil = [["Édition", "Dossiers reçus", "Lauréats", "Montants versés"],
           ["1re édition (2020)", "168", "8", "100 000 €"],
           ["3e édition (2022)", "254", "10", "140 000 €"],
           ["5e édition (2024)", "331", "12", "165 000 €"]]
    s.append(table(bil, [5 * cm, 3.5 * cm, 3 * cm, 4 * cm]))
    s.append(Spacer(1, 8))
    s.append(P("Les candidatures ont presque doublé entre la première et la cinquième édition. Parmi les candidats "
               "de 2024, 58 % étaient des associations de moins de 10 salariés. Un an après la remise, les lauréats "
               "de 2022 déclaraient avoir créé 37 emplois."))
    s.append(P("Article 7 - Données personnelles", H2))
    s.append(P("Les données recueillies sont traitées conformément à la loi n° 78-17 du 6 janvier 1978 relative à "
               "l'informatique, aux fichiers et aux libertés ; elles sont conservées jusqu'à la clôture de "
               "l'édition suivante."))
    s.append(Spacer(1, 10))
    s.append(P("Règlement adopté par le conseil d'administration du Fonds Horizon Alliances le 14 janvier 2025.", SMALL))

    build("obs-s111-01-reglement-prix.pdf", s,
          header=lambda n: ("Fonds Horizon Alliances - Prix Trajectoires communes", "Règlement du 14 janvier 2025"),
          footer=lambda n: ("Règlement 2025", "page %d" % (n + 1)))


# ====================================================================== 02 : note de conjoncture
def bar_chart():
    d = Drawing(FULL, 150)
    data = [("Île-de-France", 262400), ("Auvergne-Rhône-Alpes", 221900), ("Hauts-de-France", 171300),
            ("Occitanie", 158200), ("Bretagne", 104600)]
    x0, scale = 120, 300.0 / 300000
    y = 118
    for name, v in data:
        d.add(String(x0 - 6, y + 3, name, fontName="Helvetica", fontSize=7.5, textAnchor="end"))
        d.add(Rect(x0, y, v * scale, 12, fillColor=colors.HexColor("#5B84B1"), strokeColor=None))
        y -= 21
    d.add(Line(x0, 18, x0 + 300, 18, strokeColor=colors.black, strokeWidth=0.5))
    for t in (0, 100000, 200000, 300000):
        xx = x0 + t * scale
        d.add(Line(xx, 15, xx, 18, strokeColor=colors.black, strokeWidth=0.5))
        d.add(String(xx, 5, "{:,}".format(t).replace(",", " "), fontName="Helvetica", fontSize=7, textAnchor="middle"))
    return d


def doc02():
    s = []
    s.append(P("L'emploi associatif au deuxième trimestre 2024", TITLE))
    s.append(P("Données arrêtées à fin juin 2024 (T2 2024), publiées le 17 octobre 2024", SUB))
    ess = [P("<b>L'essentiel</b>", H3)]
    for b in ["1 812 400 salariés dans les associations employeuses à la fin du T2 2024.",
              "+0,8 % sur un an, après +1,1 % au T2 2023.",
              "Près de quatre salariés associatifs sur dix travaillent dans l'action sociale.",
              "Masse salariale annuelle : 47,6 milliards d'euros (+2,9 %)."]:
        ess.append(Paragraph(nb(b), BULLET, bulletText="-"))
    s.append(boxed(ess, FULL, bg="#EAF1F8", border="#5B84B1"))
    s.append(Spacer(1, 10))
    s.append(P("Un tissu employeur très concentré", H2))
    s.append(P("Le tissu employeur reste très concentré. Les associations de moins de 10 salariés représentent 71 % "
               "des employeuses ; elles n'emploient pourtant que 16 % des salariés associatifs. À l'autre bout, "
               "celles de 250 salariés et plus, moins de 1 % des employeuses, en réunissent près d'un quart."))
    s.append(P("La hausse observée au printemps prolonge celle de l'hiver, sans l'accélérer : la progression reste "
               "inférieure à celle de l'emploi privé dans son ensemble."))
    s.append(Spacer(1, 210))
    s.append(P("Sources : déclarations sociales nominatives (DSN), traitement Institut Lisière ; champ : France "
               "entière hors Mayotte ; données brutes.", NOTE))
    s.append(PageBreak())

    # --- page 2
    s.append(P("1. Les secteurs : l'action sociale tire la hausse", H2))
    s.append(P("Tableau 1 - Effectifs salariés par secteur au T2 2024 et glissement sur un an", H3))
    rows = [["Secteur", "Effectifs T2 2024", "Glissement sur un an"],
            ["Action sociale", "712 300", "+1,4 %"],
            ["Enseignement, formation", "201 500", "+0,3 %"],
            ["Santé", "168 900", "-0,6 %"],
            ["Sport", "98 700", "+2,1 %"],
            ["Culture, spectacle", "84 200", "-1,2 %"]]
    s.append(table(rows, [7 * cm, 4 * cm, 4 * cm]))
    s.append(Spacer(1, 8))
    s.append(P("L'action sociale (+1,4 %) concentre à elle seule l'essentiel des créations nettes. Le sport "
               "progresse plus vite encore : avec +2,1 %, il compte environ 2 000 salariés de plus qu'au T2 2023. "
               "La santé est le seul autre secteur en recul. La culture, elle, perd 1,2 % ; c'est le troisième "
               "trimestre de baisse consécutif<super>2</super>."))
    s.append(Spacer(1, 250))
    s.append(P("2. Baisses successives au T4 2023, au T1 2024 et au T2 2024.", NOTE))
    s.append(PageBreak())

    # --- page 3
    s.append(P("2. Les régions : des contrastes marqués", H2))
    s.append(P("Tableau 2 - Effectifs salariés associatifs dans les principales régions employeuses", H3))
    rows = [["Région", "Effectifs T2 2024", "Glissement sur un an"],
            ["Île-de-France", "262 400", "+0,5 %"],
            ["Auvergne-Rhône-Alpes", "221 900", "+1,0 %"],
            ["Hauts-de-France", "171 300", "-0,4 %"],
            ["Occitanie", "158 200", "+0,9 %"],
            ["Bretagne", "104 600", "+1,7 %"]]
    s.append(table(rows, [7 * cm, 4 * cm, 4 * cm]))
    s.append(Spacer(1, 8))
    s.append(P("Graphique 1 - Effectifs salariés associatifs au T2 2024", H3))
    s.append(bar_chart())
    s.append(Spacer(1, 8))
    s.append(P("La Bretagne signe la plus forte hausse (+1,7 %), alors que les Hauts-de-France perdent 0,4 %. Dans "
               "cette dernière région, 11,2 % des salariés du privé travaillent pourtant dans une association, "
               "contre 9,6 % en moyenne nationale."))
    s.append(PageBreak())

    # --- page 4
    s.append(P("3. Trimestre après trimestre", H2))
    s.append(P("Tableau 3 - Effectifs salariés des associations et variation sur un trimestre", H3))
    rows = [["Trimestre", "Effectifs", "Variation sur un trimestre"],
            ["T2 2023", "1 798 000", "+0,4 %"],
            ["T3 2023", "1 790 600", "-0,4 %"],
            ["T4 2023", "1 801 200", "+0,6 %"],
            ["T1 2024", "1 806 900", "+0,3 %"],
            ["T2 2024", "1 812 400", "+0,3 %"]]
    s.append(table(rows, [5 * cm, 4 * cm, 5 * cm]))
    s.append(Spacer(1, 10))
    s.append(P("Méthode", H3))
    s.append(P("Les effectifs sont comptés le dernier jour de chaque trimestre (le 30 juin pour le T2). Les séries "
               "sont révisées à chaque publication ; la révision moyenne du glissement annuel est de 0,2 point."))
    s.append(P("Prochaine note : le 16 janvier 2025, avec les données du T3 2024."))
    s.append(Spacer(1, 10))
    s.append(boxed([P("Institut Lisière - Observatoire de l'emploi associatif, 14 place du Concert, 59000 Lille. "
                      "Contact presse : 03 20 41 58 07.", SMALL)], FULL, bg="#EEEEEE", border="#999999"))

    build("obs-s111-02-note-conjoncture-emploi.pdf", s,
          header=lambda n: ("Institut Lisière - Note de conjoncture de l'emploi associatif n° 14",
                            "17 octobre 2024"),
          footer=lambda n: ("Collection Conjoncture 2024", str(20 + n)))


# ====================================================================== 03 : livre blanc
def chiffre_box(num, label, width):
    return boxed([P(num, BIG), P(label, BOXTXT)], width, bg="#FBEFEF", border="#B23A48")


def doc03():
    s = []
    s.append(P("Faire alliance : une urgence territoriale", TITLE))
    s.append(P("Livre blanc du Collectif Alliances 2030", SUB))
    bw = (FULL - 0.6 * cm) / 3
    boxes = Table([[chiffre_box("69 %", "des Français jugent qu'il existe un « devoir d'alliance » "
                                        "(PHARE-Citoyens, 2015)", bw),
                    chiffre_box("92 %", "des maires disent avoir « besoin d'alliance »", bw),
                    chiffre_box("1 sur 5", "petites associations (budget inférieur à 10 000 €) seulement a noué "
                                           "un partenariat avec une entreprise", bw)]],
                  colWidths=[bw + 0.2 * cm] * 3)
    boxes.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(boxes)
    s.append(Spacer(1, 12))
    s.append(P("Un constat ancien, une réponse encore timide", H2))
    s.append(P("Le constat n'est pas neuf. En 2008, 86 % des Français jugeaient urgent de développer les "
               "partenariats entre associations et entreprises ; ils étaient encore 84 % à le penser en "
               "2012<super>1</super>."))
    s.append(P("Depuis, les enquêtes n'ont cessé de le confirmer : 74 % des Français, 81 % des dirigeants "
               "d'entreprise, 86 % des responsables associatifs et 87 % des maires voient dans les partenariats "
               "une source d'innovation<super>2</super>."))
    s.append(P("Pourtant, les alliances restent l'affaire de pionniers. Ce livre blanc rassemble les constats "
               "disponibles et formule des propositions concrètes, assorties d'objectifs datés."))
    s.append(Spacer(1, 230))
    s.append(P("1. Études ARPEA de l'Observatoire des partenariats, vagues 2008 et 2012.", NOTE))
    s.append(P("2. Programme IMPACT (2018-2022) de l'Observatoire des partenariats.", NOTE))
    s.append(PageBreak())

    # --- page 2 : deux colonnes
    cw = FULL / 2
    left = [P("Constat 1 - Les associations ne travaillent pas seules", H3),
            P("L'enquête « Associations & Partenariats », conduite en mai et juin 2016 auprès de plus de 1 380 "
              "responsables associatifs et publiée en mars 2017<super>3</super>, montre qu'une association compte "
              "en moyenne 2,5 partenaires."),
            P("Les collectivités arrivent en tête (74 %) ; les entreprises ne sont citées que par 28 % d'entre "
              "elles."),
            P("Constat 2 - La taille fait la différence", H3),
            P("50 % des associations dont le budget dépasse 150 000 € ont noué un partenariat avec une entreprise, "
              "contre 20 % de celles dont le budget est inférieur à 10 000 €.")]
    right = [P("Constat 3 - Les entreprises hésitent encore", H3),
             P("En janvier 2011, l'étude ARPEA Entreprises & Territoires établissait que 21 % des entreprises "
               "développaient des partenariats avec des associations ; 33 % le souhaitaient et 46 % ne le "
               "souhaitaient pas."),
             P("Constat 4 - L'engagement progresse", H3),
             P("Une note de l'Observatoire datée du 29 février 2016 comptait 37 % d'entreprises d'au moins 10 "
               "salariés engagées dans un partenariat, ainsi que 38 % des associations, dont 53 % des "
               "employeuses.")]
    s.append(P("Ce que disent les études", H2))
    s.append(columns(left, right, [cw, cw]))
    s.append(Spacer(1, 300))
    s.append(P("3. Recherches & Solidarités et Le RAMEAU, « Associations & Partenariats », mars 2017.", NOTE))
    s.append(PageBreak())

    # --- page 3 : propositions numérotées
    s.append(P("Nos propositions", H2))
    s.append(boxed([P("<b>Objectif 2030</b> : 1 000 catalyseurs d'alliances formés dans les territoires.", BOXTXT)],
                   FULL, bg="#FBEFEF", border="#B23A48"))
    s.append(Spacer(1, 8))
    props = [
        ("Un catalyseur d'alliances par bassin de vie.",
         "Le Fonds ODD 17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, a montré la voie : doté "
         "de 1,5 M€ pour une expérimentation sur 3 ans, il s'appuie sur 350 « catalyseurs territoriaux ». "
         "Objectif : 1 000 catalyseurs formés d'ici 2030."),
        ("Aucune petite commune à l'écart.",
         "Porter à 50 % d'ici 2028 la part des communes de moins de 3 500 habitants engagées dans au moins une "
         "alliance locale."),
        ("Un fonds d'amorçage pérenne.",
         "Mobiliser 20 millions d'euros par an de 2026 à 2030, soit 100 millions d'euros sur cinq ans."),
        ("Le droit de l'alliance dans la loi.",
         "Reconnaître le « droit de l'alliance d'intérêt général » et mettre en œuvre les 21 mesures de la "
         "feuille de route ministérielle, en complément de la loi n° 2014-856 du 31 juillet 2014 relative à "
         "l'économie sociale et solidaire."),
        ("Les grandes entreprises en première ligne.",
         "Qu'en 2030, deux tiers des entreprises de plus de 250 salariés soutiennent au moins une alliance "
         "territoriale."),
        ("Mesurer pour progresser.",
         "Consacrer dès 2026 1 % des crédits de chaque programme public de cohésion à l'évaluation des "
         "alliances."),
    ]
    for i, (t, body) in enumerate(props, 1):
        s.append(KeepTogether([P("<b>Proposition %d - %s</b>" % (i, t), BODY), P(body, BULLET)]))
    s.append(Spacer(1, 20))
    s.append(P("Collectif Alliances 2030 - 8 rue des Tanneurs, 75011 Paris - 01 45 67 89 10", SMALL))

    build("obs-s111-03-livre-blanc-plaidoyer.pdf", s,
          header=lambda n: ("Collectif Alliances 2030 - Livre blanc", "Paris, mars 2025"),
          footer=lambda n: ("Faire alliance : une urgence territoriale", "- %d -" % (n + 3)))


# ====================================================================== 04 : portraits de mécènes
def fiche(title, lines, width):
    fl = [P(title, FICHE_T)] + [P(line, FICHE) for line in lines]
    return boxed(fl, width, bg="#EEF5EE", border="#2E6B3F")


def doc04():
    s = []
    cw = (FULL - 0.5 * cm) / 2

    def pair(a, b):
        t = Table([[a, b]], colWidths=[cw + 0.25 * cm] * 2)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return t

    s.append(P("Portraits de mécènes engagés en territoires", TITLE))
    s.append(P("Les fiches ci-dessous ont été établies à partir d'entretiens conduits entre septembre et novembre "
               "2024. Les données financières portent sur l'exercice 2024, les projets soutenus sur l'année 2023. "
               "Ensemble, les mécènes présentés ont soutenu plus de 450 projets en 2023."))
    s.append(Spacer(1, 6))
    a = fiche("Fondation Lumen Terra",
              ["Fondation d'entreprise du groupe Verdalis - Lyon (69007)",
               "Année de création : 2011",
               "Dotation 2024 : 2,4 M€",
               "Équipe : 14 salariés",
               "Projets soutenus en 2023 : 126",
               "Domaines : insertion 45 % - éducation 30 % - environnement 25 %"], cw)
    b = fiche("Fondation Hélianthe",
              ["Fondation abritée - Rennes (35000)",
               "Création : 2017",
               "Budget 2024 : 850 000 €",
               "Équipe : 3 salariés",
               "Projets soutenus en 2023 : 41",
               "Domaines : culture 60 % - lien social 40 %"], cw)
    s.append(pair(a, b))
    s.append(Spacer(1, 10))
    s.append(P("Lumen Terra privilégie les projets pluriannuels ; Hélianthe, plus jeune, intervient surtout en "
               "amorçage.", BODY))
    s.append(PageBreak())

    # --- page 2 : fiches pleine largeur
    s.append(fiche("Brasserie Coudray",
                   ["Entreprise familiale (PME) - Angers (49100)",
                    "Effectif : 180 salariés",
                    "Budget mécénat 2024 : 310 000 €, dont 40 % en mécénat de compétences",
                    "Projets soutenus en 2023 : 18",
                    "Domaines : sport 50 % - patrimoine 50 %",
                    "Chaque salarié peut consacrer deux jours par an à une association partenaire ; 37 d'entre eux "
                    "l'ont fait en 2023."], FULL))
    s.append(Spacer(1, 12))
    s.append(fiche("Fondation des Territoires",
                   ["Fondation abritée sous l'égide de la Fondation de Lille, créée le 14 juin 2022",
                    "Préfiguration : près de quatre ans, lancée en juillet 2018, en 3 étapes (07/18-07/19, "
                    "08/19-11/20, 12/20-05/22)",
                    "Gouvernance : 21 co-fondateurs",
                    "Raison d'être : 3 missions au service des alliances en territoires",
                    "Elle a piloté la co-construction de la Charte du faire alliance, lancée le 30 novembre 2021."],
                   FULL))
    s.append(Spacer(1, 10))
    s.append(P("Les informations relatives à la Fondation des Territoires sont tirées de ses communications "
               "publiques ; elle n'a pas de budget propre publié.", SMALL))
    s.append(PageBreak())

    # --- page 3
    d = fiche("Fondation Aubépine",
              ["Fondation reconnue d'utilité publique - Strasbourg (67000)",
               "Création : 1987",
               "Budget 2024 : 3,1 M€",
               "Équipe : 21 salariés",
               "Projets soutenus en 2023 : 212, dont un tiers en zone rurale",
               "Domaines : solidarité 60 % - santé 40 %"], cw)
    e = fiche("Groupe Ferronnerie Dumas",
              ["ETI industrielle - Saint-Étienne (42000)",
               "Effectif : 1 450 salariés",
               "Mécénat 2024 : 620 000 €, soit 0,4 % du chiffre d'affaires",
               "Projets soutenus en 2023 : 57",
               "Domaines : environnement 70 % - insertion 30 %"], cw)
    s.append(P("Mécènes historiques de l'Est et de la Loire", H2))
    s.append(pair(d, e))
    s.append(Spacer(1, 12))
    s.append(P("Contacts : Réseau Mécènes en Régions, 5 rue Molière, 44000 Nantes - 02 40 12 34 56.", SMALL))

    build("obs-s111-04-portraits-mecenes.pdf", s,
          header=lambda n: ("Réseau Mécènes en Régions - Portraits de mécènes", "décembre 2024"),
          footer=lambda n: ("Recueil 2024", "Portraits - %d" % (n + 11)))


# ====================================================================== 05 : questionnaire collectivités
def doc05():
    s = []
    s.append(P("Collectivités et alliances locales", TITLE))
    s.append(P("Résultats du questionnaire en ligne de l'AECT, publiés le 12 mars 2025", SUB))
    s.append(boxed([P("<b>Méthode</b>", H3),
                    P("Questionnaire en ligne ouvert du 18 novembre au 20 décembre 2024 aux 4 812 collectivités "
                      "adhérentes de l'AECT. 1 034 collectivités l'ont rempli en entier, soit un taux de réponse "
                      "de 21,5 %. Les résultats ne sont pas redressés.", SMALL)], FULL, bg="#F1EEF6",
                   border="#6B5B95"))
    s.append(Spacer(1, 10))
    s.append(P("Profil des répondantes", H2))
    rows = [["Strate", "Collectivités répondantes", "Part"],
            [P("Communes de moins de 1 000 habitants", CELL), "412", "39,8 %"],
            [P("Communes de 1 000 à 10 000 habitants", CELL), "356", "34,4 %"],
            [P("Communes de plus de 10 000 habitants", CELL), "121", "11,7 %"],
            [P("Intercommunalités et départements", CELL), "145", "14,0 %"]]
    s.append(table(rows, [8 * cm, 4.5 * cm, 3 * cm]))
    s.append(Spacer(1, 8))
    s.append(P("Les communes rurales sont surreprésentées par rapport à la population des adhérentes ; les "
               "pourcentages par strate sont donc présentés séparément dans la suite du document."))
    s.append(PageBreak())

    # --- page 2
    s.append(P("Q1. Avec quels acteurs votre collectivité a-t-elle noué au moins une alliance depuis 2022 ?", H3))
    s.append(P("Plusieurs réponses possibles : le total dépasse 100 %. Base : 1 034 collectivités répondantes.", SMALL))
    rows = [["Acteur", "Part des répondantes"],
            ["Associations", "78 %"],
            ["Autres collectivités", "52 %"],
            ["Entreprises locales", "46 %"],
            ["Établissements scolaires", "39 %"],
            ["Fondations", "17 %"],
            ["Aucun de ces acteurs", "9 %"],
            ["Non-réponse", "3 %"]]
    s.append(table(rows, [8 * cm, 4 * cm]))
    s.append(Spacer(1, 6))
    s.append(P("Lecture : 78 % des collectivités répondantes ont noué au moins une alliance avec une association.",
               NOTE))
    s.append(Spacer(1, 6))
    s.append(P("Les entreprises sont nettement moins citées par les petites communes : 31 % de celles de moins de "
               "1 000 habitants, contre 64 % de celles de plus de 10 000 habitants."))
    s.append(PageBreak())

    # --- page 3
    s.append(P("Q2. Votre collectivité dispose-t-elle d'un élu ou d'un agent référent pour les partenariats ?", H3))
    s.append(P("En % des répondantes de chaque strate de communes.", SMALL))
    rows = [["Réponse", "Moins de 1 000 hab.", "1 000 à 10 000 hab.", "Plus de 10 000 hab."],
            ["Oui", "21 %", "38 %", "71 %"],
            ["Non", "76 %", "60 %", "27 %"],
            ["Non-réponse", "3 %", "2 %", "2 %"]]
    s.append(table(rows, [4 * cm, 4 * cm, 4 * cm, 4 * cm]))
    s.append(Spacer(1, 6))
    s.append(P("Plus de sept grandes communes sur dix ont désigné un référent ; c'est à peine une sur cinq parmi "
               "les plus petites."))
    s.append(P("Q3. Sur une échelle de 0 à 10, quelle utilité accordez-vous aux alliances locales ?", H3))
    s.append(P("Note moyenne : 7,2/10. Elle varie de 6,4/10 dans les communes de moins de 1 000 habitants à "
               "7,9/10 dans les intercommunalités."))
    s.append(PageBreak())

    # --- page 4
    s.append(P("Q4. Quels sont les principaux freins à vos alliances ? (trois réponses au maximum)", H3))
    rows = [["Frein cité", "Part des répondantes"],
            ["Manque de temps des élus", "58 %"],
            ["Manque de moyens financiers", "54 %"],
            ["Méconnaissance des partenaires potentiels", "41 %"],
            ["Absence d'ingénierie", "37 %"],
            ["Aucun frein", "6 %"],
            ["Non-réponse", "4 %"]]
    s.append(table(rows, [8 * cm, 4 * cm]))
    s.append(Spacer(1, 8))
    s.append(P("Mise en perspective", H2))
    s.append(P("Ces résultats rejoignent ceux de l'enquête téléphonique IMPACTS & TRAJECTOIRES - Élus locaux, "
               "publiée en novembre 2024. 302 maires y ont été interrogés du 30 septembre au 28 octobre 2024 ; "
               "91 % d'entre eux voyaient leur territoire « en mouvement », dont 35 % « fortement ». Dans cette "
               "enquête, 84 % des répondants étaient maires de communes de moins de 2 000 habitants."))
    s.append(Spacer(1, 10))
    s.append(boxed([P("AECT - Association des élus pour la coopération territoriale, association régie par la loi "
                      "du 1er juillet 1901 - 27 avenue Jean-Jaurès, 31000 Toulouse - 05 61 23 45 67. Cadre "
                      "juridique des compétences : article L. 1111-2 du code général des collectivités "
                      "territoriales.", SMALL)], FULL, bg="#EEEEEE", border="#999999"))

    build("obs-s111-05-questionnaire-collectivites.pdf", s,
          header=lambda n: ("AECT - Enquête « Collectivités et alliances locales »", "Publication : mars 2025"),
          footer=lambda n: ("Questionnaire 2024", "%d/6" % (n + 2)))


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    print("5 PDF écrits dans", HERE)
