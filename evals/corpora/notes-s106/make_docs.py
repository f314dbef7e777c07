# -*- coding: utf-8 -*-
"""Corpus notes-s106 : 5 PDF fictifs « à la manière » des publications de l'Observatoire des partenariats.

Déterministe : rl_config.invariant = 1, métadonnées vides, aucune date ni hasard.
Usage : /work/main/.venv/bin/python make_docs.py   (écrit les PDF dans le dossier du script)
"""
import os
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus.flowables import TopPadder  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
    Paragraph, Spacer, Table, TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4
NB = "\u00a0"

# ---------------------------------------------------------------- typographie


def nb(s):
    """Espaces insécables : milliers (1 204), avant %, €, M€, pts, pt, h."""
    s = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", NB, s)
    s = re.sub(r"(?<=\d) (?=(%|€|M€|pts?\b|h\b))", NB, s)
    return s


BASE = ParagraphStyle("base", fontName="Helvetica", fontSize=10.5, leading=14.5, spaceAfter=7)
SMALL = ParagraphStyle("small", parent=BASE, fontSize=7.5, leading=9.5, spaceAfter=2)
H1 = ParagraphStyle("h1", parent=BASE, fontName="Helvetica-Bold", fontSize=15, leading=18, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=BASE, fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=4, spaceAfter=5)
H3 = ParagraphStyle("h3", parent=BASE, fontName="Helvetica-Bold", fontSize=10, leading=12.5, spaceBefore=2, spaceAfter=3)
BOX = ParagraphStyle("box", parent=BASE, fontSize=10, leading=13, spaceAfter=4)
QUOTE = ParagraphStyle("quote", parent=BASE, fontName="Helvetica-Oblique", leftIndent=14, spaceAfter=1)
SIGN = ParagraphStyle("sign", parent=BASE, fontSize=8.5, leftIndent=14, spaceAfter=8, textColor=colors.HexColor("#444444"))
BULLET = ParagraphStyle("bullet", parent=BASE, leftIndent=12, bulletIndent=2)
CELL = ParagraphStyle("cell", parent=BASE, fontSize=9, leading=11, spaceAfter=0)
COL = ParagraphStyle("col", parent=BASE, fontSize=9.6, leading=12.8, spaceAfter=7)
COLH = ParagraphStyle("colh", parent=H3, fontSize=9.5, leading=11.5, textColor=colors.HexColor("#1f4e5f"))


def P(text, style=BASE):
    return Paragraph(nb(text), style)


def B(text, style=BULLET):
    return Paragraph(nb(text), style, bulletText="\u2022")


def boxed(flowables, width, bg="#eef3f1", border="#5b8a72"):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(border)),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def grid(rows, widths, header=True, align_right_from=None, size=9, extra=()):
    data = [[nb(c) if isinstance(c, str) else c for c in r] for r in rows]
    t = Table(data, colWidths=widths)
    st = [
        ("FONTNAME", (0, 0), (-1, -1), "Helvetica"), ("FONTSIZE", (0, 0), (-1, -1), size),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5a0")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        st += [("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e4df"))]
    if align_right_from is not None:
        st.append(("ALIGN", (align_right_from, 0), (-1, -1), "RIGHT"))
    st += list(extra)
    t.setStyle(TableStyle(st))
    return t


# ---------------------------------------------------------------- gabarits

M = 20 * mm
CW = W - 2 * M  # largeur utile


def templates(header_footer):
    single = PageTemplate(id="single", frames=[Frame(M, 22 * mm, CW, H - 44 * mm, id="main")],
                          onPage=header_footer)
    top_h = 30 * mm
    two = PageTemplate(id="two", frames=[
        Frame(M, H - 22 * mm - top_h, CW, top_h, id="top"),
        Frame(M, 22 * mm, CW / 2 - 3 * mm, H - 44 * mm - top_h, id="c1"),
        Frame(M + CW / 2 + 3 * mm, 22 * mm, CW / 2 - 3 * mm, H - 44 * mm - top_h, id="c2"),
    ], onPage=header_footer)
    mast = 34 * mm
    cw3 = (CW - 8 * mm) / 3
    three = PageTemplate(id="three", frames=[
        Frame(M, H - 20 * mm - mast, CW, mast, id="mast"),
        *[Frame(M + i * (cw3 + 4 * mm), 22 * mm, cw3, H - 42 * mm - mast, id="k%d" % i) for i in range(3)],
    ], onPage=header_footer)
    three_plain = PageTemplate(id="three_plain", frames=[
        Frame(M + i * (cw3 + 4 * mm), 22 * mm, cw3, H - 44 * mm, id="q%d" % i) for i in range(3)
    ], onPage=header_footer)
    return [single, two, three, three_plain]


def make_hf(top_left, top_right, bottom):
    """bottom(pdf_page) -> (gauche, centre, droite) ; top_right peut dépendre de la page."""
    def hf(c, doc):
        c.setTitle("")
        c.setAuthor("")
        c.setSubject("")
        c.setCreator("")
        c.setProducer("")
        c.setKeywords("")
        n = doc.page
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        tl = top_left(n) if callable(top_left) else top_left
        tr = top_right(n) if callable(top_right) else top_right
        if tl:
            c.drawString(M, H - 13 * mm, tl)
        if tr:
            c.drawRightString(W - M, H - 13 * mm, tr)
        c.setStrokeColor(colors.HexColor("#9aa5a0"))
        c.setLineWidth(0.4)
        c.line(M, H - 15 * mm, W - M, H - 15 * mm)
        c.line(M, 16 * mm, W - M, 16 * mm)
        left, centre, right = bottom(n)
        if left:
            c.drawString(M, 11 * mm, left)
        if centre:
            c.drawCentredString(W / 2, 11 * mm, centre)
        if right:
            c.drawRightString(W - M, 11 * mm, right)
        c.restoreState()
    return hf


def build(name, story, hf, expected_pages):
    path = os.path.join(HERE, name)
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=22 * mm,
                          bottomMargin=22 * mm, title="", author="", subject="", creator="",
                          producer="", keywords="", invariant=1)
    doc.addPageTemplates(templates(hf))
    doc.build(story)
    if doc.page != expected_pages:
        raise SystemExit("%s : %d pages au lieu de %d (débordement ?)" % (name, doc.page, expected_pages))
    return path


# =================================================================== DOC 1
# Rapport RSE d'une entreprise (fictive) : pages imprimées 18-20.

def doc1():
    hf = make_hf("GROUPE VERDANE \u00b7 RAPPORT DE RESPONSABILIT\u00c9 SOCI\u00c9TALE 2023",
                 "Chapitre 4 \u2014 Engagement soci\u00e9tal",
                 lambda n: ("Publi\u00e9 le 11 avril 2024", None, "page %d" % (17 + n)))
    s = []
    s.append(P("4. Engagement sociétal et partenariats", H1))
    s.append(P("4.1 Mécénat et engagement des collaborateurs", H2))
    s.append(P("Au cours de l’exercice 2023, Verdane a poursuivi sa feuille de route « Ancrages 2025 », adoptée "
               "par le conseil d’administration. Le tableau ci-dessous compare les indicateurs de l’exercice 2023 "
               "à ceux de l’exercice précédent ; les définitions figurent en page 21."))
    s.append(P("Tableau 4.1 \u2014 Indicateurs d’engagement sociétal", H3))
    lab1 = Paragraph("Collaborateurs engagés en mécénat de compétences<super>1</super>", CELL)
    s.append(grid([
        ["Code", "Indicateur", "2022", "2023", "Unité"],
        ["SOC-01", lab1, "212", "264", "nombre"],
        ["SOC-02", "Part des collaborateurs ayant mené une action solidaire", "18,5", "22,1", "%"],
        ["SOC-03", "Budget de mécénat financier", "1,42", "1,67", "M€"],
        ["SOC-04", "Associations partenaires soutenues", "37", "41", "nombre"],
    ], [16 * mm, 98 * mm, 18 * mm, 18 * mm, 20 * mm], align_right_from=2))
    s.append(Spacer(1, 8))
    s.append(boxed([
        P("<b>Commentaire</b>", BOX),
        P("La part des collaborateurs engagés dans une action solidaire progresse de 3,6 pts sur l’exercice. "
          "Elle reste toutefois en deçà de la cible de 25 % que le groupe s’est fixée pour 2025.", BOX),
        P("Le mécénat de compétences a mobilisé 264 collaborateurs en 2023. Parmi eux, 71 sont cadres ; "
          "la direction souhaite élargir le dispositif aux équipes des magasins.", BOX),
    ], CW))
    s.append(Spacer(1, 10))
    s.append(P("Le budget de mécénat financier couvre les dons en numéraire versés aux associations et fondations "
               "partenaires ; il n’inclut ni les dons de produits ni la valorisation du temps des salariés."))
    s.append(P("Les actions soutenues sont choisies par un comité qui réunit des représentants du personnel, de la "
               "direction de la communication et des associations partenaires. Chaque projet fait l’objet d’une "
               "convention qui précise les objectifs poursuivis, les moyens engagés et les modalités d’évaluation."))
    s.append(P("Le mécénat de compétences prend la forme de missions courtes, réalisées sur le temps de travail, "
               "ou d’un accompagnement au long cours d’une association par un binôme de salariés volontaires."))
    s.append(TopPadder(P("<super>1</super> Périmètre France : sociétés françaises du groupe, hors filiale Verdane Logistique "
               "cédée en cours d’exercice 2022.", SMALL)))
    s.append(PageBreak())

    s.append(P("4.2 Achats responsables et ancrage territorial", H2))
    s.append(P("Verdane privilégie les fournisseurs implantés dans ses territoires d’activité et les structures de "
               "l’insertion par l’activité économique. Le tableau 4.2 en rend compte."))
    s.append(P("Tableau 4.2 \u2014 Achats et ancrage territorial", H3))
    s.append(grid([
        ["Code", "Indicateur", "2022", "2023", "Unité"],
        ["ACH-01", "Achats auprès de structures d’insertion", "3,9", "4,6", "M€"],
        ["ACH-02", "Part des achats alimentaires d’origine régionale", "31", "34", "%"],
        ["ACH-03", "Fournisseurs de moins de 50 salariés", "412", "455", "nombre"],
    ], [16 * mm, 98 * mm, 18 * mm, 18 * mm, 20 * mm], align_right_from=2))
    s.append(Spacer(1, 10))
    s.append(boxed([
        P("<b>Repère \u2014 ce que dit l’Observatoire des partenariats</b>", BOX),
        P("Dans sa note du 29 février 2016, l’Observatoire des partenariats estimait que 37 % des entreprises "
          "d’au moins 10 salariés avaient noué un partenariat avec une association. Côté associatif, la "
          "proportion atteignait 38 %, et même 53 % parmi les associations employeuses.", BOX),
    ], CW, bg="#f4efe4", border="#b08d57"))
    s.append(Spacer(1, 10))
    s.append(P("Au regard de ces repères, Verdane se situe dans la moyenne haute : trois sites sur quatre disposent "
               "désormais d’un partenaire associatif identifié, le plus souvent une banque alimentaire ou une "
               "association d’aide aux devoirs."))
    s.append(P("Les achats auprès des structures d’insertion portent principalement sur la logistique, l’entretien "
               "des espaces verts et la restauration d’entreprise."))
    s.append(P("La politique d’achats responsables est pilotée par la direction des achats, en lien avec les "
               "directions régionales. Les acheteurs disposent d’une grille d’évaluation qui intègre des critères "
               "sociaux et environnementaux ; elle est révisée chaque année avec les fédérations de l’insertion."))
    s.append(P("Le groupe accompagne aussi ses fournisseurs régionaux dans leur propre démarche de responsabilité "
               "sociétale, au travers de clubs d’échanges organisés dans chaque bassin d’emploi."))
    s.append(PageBreak())

    s.append(P("4.3 Dialogue avec les parties prenantes", H2))
    s.append(P("Chaque année, Verdane interroge les associations qu’elle soutient sur la qualité de la relation "
               "partenariale."))
    s.append(P("Tableau 4.3 \u2014 Qualité du dialogue partenarial", H3))
    s.append(grid([
        ["Code", "Indicateur", "2022", "2023", "Unité"],
        ["DIA-01", "Satisfaction des associations partenaires (note sur 10)", "7,4", "7,8", "/10"],
        ["DIA-02", "Associations répondantes à l’enquête partenaires", "29", "36", "nombre"],
    ], [16 * mm, 98 * mm, 18 * mm, 18 * mm, 20 * mm], align_right_from=2))
    s.append(Spacer(1, 10))
    s.append(boxed([
        P("<b>Méthodologie</b>", BOX),
        P("L’enquête partenaires 2023 a été conduite du 4 au 22 mars 2024 auprès des 41 associations soutenues ; "
          "36 d’entre elles ont répondu, soit un taux de réponse de 88 %.", BOX),
    ], CW))
    s.append(Spacer(1, 10))
    s.append(P("Le dialogue passe aussi par les équipes : 62 % des directeurs de magasin et 45 % des collaborateurs "
               "du siège déclarent connaître au moins une association partenaire du groupe<super>2</super>."))
    s.append(P("En 2023, le groupe a enfin créé le Fonds Verdane pour les territoires, doté de 2,5 millions d’euros "
               "sur trois ans, afin de cofinancer des projets portés conjointement par une association et une "
               "collectivité."))
    s.append(P("Perspectives. Le groupe entend associer davantage les collectivités à la gouvernance de ce fonds et "
               "publier chaque année un bilan détaillé des projets soutenus, validé par le comité des parties "
               "prenantes."))
    s.append(TopPadder(P("<super>2</super> Enquête interne réalisée par le cabinet Ardoise Conseil du 2 au 16 octobre 2023 ; "
               "1 150 collaborateurs interrogés.", SMALL)))
    return build("obs-s106-01-rapport-rse.pdf", s, hf, 3)


# =================================================================== DOC 2
# Dossier de presse (fictif) : communiqué, chiffres clés, citations, fiche contact.

def doc2():
    hf = make_hf("DOSSIER DE PRESSE \u2014 Baromètre des alliances locales",
                 "Paris, le 12 mars 2025",
                 lambda n: ("Fondation Alvéa \u00b7 Réseau Trame des territoires", None, "%d/3" % n))
    s = []
    s.append(P("<b>COMMUNIQUÉ DE PRESSE</b> \u2014 sous embargo jusqu’au 12 mars 2025 à 9 h", SMALL))
    s.append(Spacer(1, 4))
    s.append(P("Alliances locales : les maires passent à l’action, les entreprises hésitent encore", H1))
    s.append(P("<b>Pour la troisième édition de son baromètre, la Fondation Alvéa a interrogé 1 204 décideurs "
               "locaux. Près de deux maires sur trois disent avoir engagé une alliance en 2024.</b>"))
    s.append(P("Réalisée du 4 au 29 novembre 2024 auprès de 402 maires, 401 dirigeants d’entreprise et 401 "
               "responsables associatifs, l’enquête montre un net décalage entre ces publics."))
    s.append(P("64 % des maires déclarent coopérer avec au moins une entreprise de leur territoire, contre 41 % en "
               "2022 lors de la précédente édition. Chez les dirigeants d’entreprise, ils ne sont que 38 % à le "
               "faire, et 27 % n’envisagent aucune démarche d’ici 2026."))
    s.append(P("Les responsables associatifs restent les plus engagés : 71 % d’entre eux citent une collectivité "
               "parmi leurs partenaires, et plus de la moitié (54 %) une entreprise."))
    s.append(P("Le baromètre explore aussi les freins à la coopération : manque de temps, méconnaissance des "
               "interlocuteurs, crainte d’une instrumentalisation. Les maires des petites communes insistent sur le "
               "besoin d’un appui en ingénierie, tandis que les dirigeants attendent des interlocuteurs identifiés au "
               "sein des collectivités."))
    s.append(P("Les résultats détaillés, par taille de commune et par région, seront présentés le 12 mars 2025 au "
               "Palais du Luxembourg, en présence des présidents des réseaux partenaires de l’étude."))
    s.append(PageBreak())

    s.append(P("Les chiffres clés", H2))
    kf = [
        ["1 204", "personnes interrogées"],
        ["3e", "édition depuis 2020"],
        ["64 %", "des maires engagés dans au moins une alliance"],
        ["4,9/10", "note moyenne de confiance des dirigeants envers les collectivités"],
        ["2,3", "partenaires par association en moyenne"],
        ["12 %", "des communes de moins de 1 000 habitants disposent d’un référent partenariats"],
    ]
    rows = [[Paragraph("<font size=15><b>%s</b></font>" % nb(a), CELL), Paragraph(nb(b), CELL)] for a, b in kf]
    t = Table(rows, colWidths=[32 * mm, CW - 32 * mm - 16])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8eef6")),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#3a5d8f")),
        ("LINEBELOW", (0, 0), (-1, -2), 0.3, colors.HexColor("#b7c6dc")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    s.append(t)
    s.append(Spacer(1, 14))
    s.append(P("Ils ont dit", H2))
    s.append(P("« En deux ans, nous sommes passés de quatre à onze conventions avec des entreprises du bassin. »", QUOTE))
    s.append(P("Hélène Garrigue, maire de Saint-Aubin-des-Prés (Orne, 1 870 habitants)", SIGN))
    s.append(P("« Une entreprise sur cinq nous sollicite désormais directement, sans passer par la mairie. »", QUOTE))
    s.append(P("Karim Benhadj, président de l’association Val Solidaire", SIGN))
    s.append(P("« Notre fondation consacrera 800 000 € au programme d’accompagnement en 2025. »", QUOTE))
    s.append(P("Marianne Coste, déléguée générale de la Fondation Alvéa", SIGN))
    s.append(P("« Le baromètre nous donne enfin une photographie partagée, que nous pourrons discuter avec les "
               "élus comme avec les chefs d’entreprise. »", QUOTE))
    s.append(P("Bertrand Lagarde, délégué général du Réseau Trame des territoires", SIGN))
    s.append(Spacer(1, 6))
    s.append(P("L’infographie et les visuels du baromètre sont disponibles sur demande auprès du service de presse.",
               SMALL))
    s.append(PageBreak())

    s.append(P("Ce que disaient les éditions précédentes et l’Observatoire", H2))
    s.append(P("En 2020, lors de la première édition, seuls 29 % des maires interrogés déclaraient une alliance avec "
               "une entreprise."))
    s.append(P("Ces résultats font écho aux travaux de l’Observatoire des partenariats : 92 % des maires y exprimaient "
               "un « besoin d’alliance », tandis que 84 % des dirigeants d’entreprise en avaient « envie » et que 81 % "
               "des Français y voyaient un « devoir »."))
    s.append(P("Dès septembre 2015, l’étude PHARE-Citoyens relevait que 69 % des Français considéraient l’alliance "
               "comme un devoir. Les associations employeuses, au nombre de 148 000, déclarent pour leur part à 98 % "
               "au moins un partenariat (étude IMPACT \u2014 Associations &amp; Territoires)."))
    s.append(P("À propos", H2))
    s.append(P("La Fondation Alvéa, créée en 2011 sous l’égide de la Fondation de France, soutient 63 projets par an "
               "avec une équipe de 14 salariés. Le Réseau Trame des territoires fédère 27 réseaux départementaux et "
               "quelque 3 400 associations adhérentes. Il anime un centre de ressources ouvert à tous les acteurs "
               "locaux."))
    s.append(Spacer(1, 8))
    s.append(boxed([
        P("<b>Contact presse</b>", BOX),
        P("Julie Ferrand \u2014 tél. 01 53 24 87 60 \u2014 presse@alvea-fondation.fr", BOX),
        P("Fondation Alvéa, 48 rue de la Folie-Regnault, 75011 Paris", BOX),
    ], CW, bg="#f2f2f2", border="#888888"))
    return build("obs-s106-02-dossier-presse.pdf", s, hf, 3)


# =================================================================== DOC 3
# Compte rendu d'assemblée générale (association fictive).

def doc3():
    hf = make_hf("Les Passerelles du Val \u2014 association régie par la loi du 1er juillet 1901",
                 "9 place du Marché, 37000 Tours",
                 lambda n: ("AG ordinaire du 14 juin 2024 \u2014 compte rendu", None, "Page %d sur 4" % n))
    s = []
    s.append(P("Compte rendu de l’assemblée générale ordinaire du 14 juin 2024", H1))
    s.append(P("Ordre du jour : (1) rapport moral ; (2) rapport d’activité ; (3) rapport financier et affectation du "
               "résultat ; (4) votes ; (5) renouvellement du conseil d’administration.", SMALL))
    s.append(Spacer(1, 4))
    s.append(P("1. Ouverture de la séance", H2))
    s.append(P("La séance est ouverte à 18 h 30 par Mme Odile Ferrier, présidente. 187 adhérents sont présents ou "
               "représentés sur les 412 membres à jour de cotisation, soit 45 %. Le quorum statutaire du quart des "
               "membres étant atteint, l’assemblée peut valablement délibérer."))
    s.append(P("2. Rapport moral", H2))
    s.append(P("L’année 2023 a été celle de la consolidation. Nos 126 bénévoles ont accompagné 1 480 familles, soit "
               "près de 300 de plus qu’en 2022. Ils étaient 96 en 2019, lors de notre dixième anniversaire. Deux tiers "
               "d’entre eux ont aujourd’hui moins de 35 ans."))
    s.append(P("Notre partenariat avec la ville de Tours et la caisse locale du Crédit coopératif, renouvelé pour trois "
               "ans, nous a permis d’ouvrir un second local dans le quartier des Fontaines."))
    s.append(P("La présidente remercie les partenaires publics et privés ainsi que l’ensemble des bénévoles, sans "
               "lesquels aucune de ces actions n’aurait été possible."))
    s.append(PageBreak())

    s.append(P("2. Rapport moral (suite)", H2))
    s.append(P("La présidente rappelle que, selon l’enquête Associations &amp; Partenariats de Recherches &amp; "
               "Solidarités et du RAMEAU, une association compte en moyenne 2,5 partenaires, les collectivités étant "
               "citées par 74 % d’entre elles et les entreprises par 28 %. Avec neuf partenaires actifs, la nôtre fait "
               "figure d’exception."))
    s.append(P("3. Rapport d’activité", H2))
    s.append(P("Le secrétaire, M. Marc Tellier, présente les actions conduites en 2023 :"))
    s.append(B("Épicerie solidaire : 612 familles inscrites, dont 41 % de familles monoparentales ;"))
    s.append(B("Soutien scolaire : 214 enfants suivis par 58 bénévoles, dont 12 étudiants en service civique ;"))
    s.append(B("Ateliers numériques : 96 ateliers animés, pour 740 participations ;"))
    s.append(B("Permanences d’accès aux droits : ouverture d’une troisième permanence à Joué-lès-Tours."))
    s.append(P("Le secrétaire insiste sur la montée en puissance des ateliers numériques, devenus un lieu de "
               "rencontre entre générations, et sur l’appui décisif des entreprises du territoire pour le prêt de "
               "matériel informatique."))
    s.append(P("Le rapport d’activité complet, illustré, est consultable au siège et sur le site de l’association."))
    s.append(PageBreak())

    s.append(P("4. Rapport financier", H2))
    s.append(P("M. Alain Dufresne, trésorier, présente les comptes de l’exercice clos le 31 décembre 2023, certifiés "
               "sans réserve par le commissaire aux comptes."))
    s.append(P("Compte de résultat simplifié (en euros)", H3))
    bold = ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")
    s.append(grid([
        ["Poste", "Exercice 2023"],
        ["Charges", ""],
        ["Achats et charges externes", "96 400"],
        ["Salaires et charges sociales", "118 250"],
        ["Dotations aux amortissements", "7 900"],
        ["Total des charges", "222 550"],
        ["Produits", ""],
        ["Subventions publiques", "142 300"],
        ["Mécénat et dons", "61 800"],
        ["Cotisations et participations", "25 840"],
        ["Total des produits", "229 940"],
        ["Résultat de l’exercice (excédent)", "7 390"],
    ], [110 * mm, 40 * mm], align_right_from=1, size=9, extra=[
        bold,
        ("FONTNAME", (0, 1), (-1, 1), "Helvetica-Bold"), ("FONTNAME", (0, 6), (-1, 6), "Helvetica-Bold"),
        ("FONTNAME", (0, 5), (-1, 5), "Helvetica-Bold"), ("FONTNAME", (0, 10), (-1, 10), "Helvetica-Bold"),
        ("FONTNAME", (0, 11), (-1, 11), "Helvetica-Bold"),
        ("BACKGROUND", (0, 11), (-1, 11), colors.HexColor("#eef3f1")),
    ]))
    s.append(Spacer(1, 10))
    s.append(P("Le résultat, un excédent de 7 390 €, sera affecté au fonds associatif. Les subventions publiques "
               "représentent 62 % des produits, contre 68 % en 2022."))
    s.append(P("Le trésorier souligne la diversification des ressources, condition de l’indépendance de "
               "l’association, et remercie les donateurs particuliers."))
    s.append(PageBreak())

    s.append(P("5. Votes", H2))
    s.append(P("Les résolutions sont soumises au vote à main levée."))
    s.append(B("Résolution n° 1 \u2014 approbation du rapport moral : 181 voix pour, 0 contre, 6 abstentions."))
    s.append(B("Résolution n° 2 \u2014 approbation des comptes 2023 et affectation du résultat : 179 voix pour, "
               "3 contre, 5 abstentions."))
    s.append(B("Résolution n° 3 \u2014 fixation de la cotisation 2025 à 20 € : adoptée à l’unanimité."))
    s.append(P("6. Élection au conseil d’administration", H2))
    s.append(P("Quatre sièges étaient à pourvoir. Ont été élus au premier tour : Mme Lina Haddad (164 voix), "
               "M. Paul Verger (158 voix) et Mme Sofia Lemaire (151 voix) ; M. Jacques Orsini a été élu au second "
               "tour."))
    s.append(P("Questions diverses. Plusieurs adhérents demandent l’ouverture de l’épicerie le samedi matin ; le "
               "conseil étudiera cette proposition lors de sa prochaine réunion et en informera les membres par "
               "courriel."))
    s.append(P("L’ordre du jour étant épuisé, la séance est levée à 20 h 15. La prochaine assemblée générale se "
               "tiendra en juin 2025."))
    s.append(Spacer(1, 12))
    s.append(P("La présidente, Odile Ferrier \u2014 Le secrétaire de séance, Marc Tellier", SIGN))
    return build("obs-s106-03-compte-rendu-ag.pdf", s, hf, 4)


# =================================================================== DOC 4
# Étude territoriale avec classement des régions (pages imprimées 12-15).

def doc4():
    hf = make_hf("Territoria \u00b7 Baromètre régional de la co-construction 2023",
                 lambda n: "\u2014 %d \u2014" % (11 + n),
                 lambda n: ("Édition de février 2024", None, None))
    s = []
    s.append(P("2. Méthodologie et repères", H1))
    s.append(P("L’enquête a été conduite du 11 septembre au 24 novembre 2023 auprès de 2 310 structures : 1 020 "
               "communes, 690 entreprises et 600 associations, réparties dans les 13 régions métropolitaines."))
    s.append(P("Les communes de moins de 3 500 habitants, qui représentent 71 % de l’échantillon communal, ont été "
               "surpondérées. Cette troisième vague succède à celles de 2019 et de 2021 ; les évolutions portent sur "
               "les 1 847 structures ayant répondu en 2021 comme en 2023."))
    s.append(Spacer(1, 6))
    s.append(boxed([
        P("<b>Lecture</b>", BOX),
        P("Un indice de 100 correspond à la moyenne nationale. La marge d’erreur est de ± 2,1 points pour "
          "l’ensemble de l’échantillon.", BOX),
    ], CW))
    s.append(Spacer(1, 10))
    s.append(P("En 2016, le volet PHARE-Institutions de l’Observatoire des partenariats établissait déjà que 87 % des "
               "maires jugeaient les alliances nécessaires ; notre baromètre mesure désormais le passage à l’acte."))
    s.append(P("Les résultats sont présentés par région (partie 3), puis analysés par type de structure (partie 4)."))
    s.append(P("Le questionnaire, identique d’une vague à l’autre, interroge les structures sur leurs partenaires, sur "
               "la nature des coopérations engagées et sur les freins rencontrés. Les réponses ont été redressées par "
               "région, par type de structure et par taille, afin de rendre les vagues comparables."))
    s.append(PageBreak())

    s.append(P("3. Classement des régions", H1))
    s.append(P("Part des communes engagées dans une alliance avec une entreprise ou une association, et évolution "
               "depuis la vague précédente."))
    s.append(grid([
        ["Rang", "Région", "Part des communes engagées", "Évolution 2021-2023"],
        ["1", "Bretagne", "58 %", "+6 pts"],
        ["2", "Pays de la Loire", "54 %", "+4 pts"],
        ["3", "Auvergne-Rhône-Alpes", "51 %", "+5 pts"],
        ["4", "Occitanie", "47 %", "\u20131 pt"],
        ["\u2026", "\u2026", "\u2026", "\u2026"],
        ["13", "Corse", "22 %", "+3 pts"],
    ], [15 * mm, 52 * mm, 58 * mm, 45 * mm], align_right_from=2, size=9.5,
        extra=[("ALIGN", (0, 0), (0, -1), "CENTER")]))
    s.append(Spacer(1, 8))
    s.append(P("Moyenne nationale : 43 % des communes engagées."))
    s.append(P("Note : les régions classées de 5 à 12 figurent en annexe, page 31.", SMALL))
    s.append(Spacer(1, 6))
    s.append(P("La Bretagne conserve la tête du classement qu’elle occupait déjà lors de la vague précédente ; "
               "l’Occitanie est la seule région du haut de tableau à reculer."))
    s.append(P("Les écarts entre régions tiennent pour partie à l’ancienneté des réseaux d’accompagnement : là où des "
               "structures d’appui à la coopération existent de longue date, les communes s’engagent plus volontiers "
               "et plus durablement."))
    s.append(PageBreak())

    s.append(P("La carte en un coup d’œil", H1))
    s.append(P("Part des associations ayant au moins un partenaire entreprise, par région (la carte de l’édition "
               "imprimée est restituée ici sous forme de liste)."))
    s.append(P("Légende : vert foncé, plus de 45 % ; vert moyen, de 30 à 45 % ; vert clair, moins de 30 %", SMALL))
    s.append(Spacer(1, 4))
    s.append(B("<b>Plus de 45 %</b> : Bretagne (49 %), Grand Est (47 %)"))
    s.append(B("<b>De 30 à 45 %</b> : Normandie (41 %), Nouvelle-Aquitaine (38 %), Île-de-France (36 %)"))
    s.append(B("<b>Moins de 30 %</b> : Centre-Val de Loire (27 %), Corse (19 %)"))
    s.append(Spacer(1, 4))
    s.append(P("Les six autres régions se situent dans la tranche intermédiaire. Entre la Bretagne et la Corse, "
               "l’écart atteint 30 points."))
    s.append(P("Source : Territoria, vague 3 (terrain 2023), 600 associations.", SMALL))
    s.append(Spacer(1, 6))
    s.append(P("La hiérarchie des régions diffère ici sensiblement de celle des communes : certaines régions où les "
               "communes s’engagent peu comptent au contraire un tissu associatif très tourné vers les entreprises, "
               "souvent grâce à des clubs de mécènes actifs à l’échelle départementale."))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())

    s.append(P("4. Analyse par type de structure", H1))
    s.append(P("Au-delà du classement, plusieurs dynamiques se dégagent de la vague 2023.", BASE))
    s.append(FrameBreak())
    s.append(P("Dans les régions de tête, les maires ne sont pas seuls à s’engager : 61 % des entreprises bretonnes "
               "et 57 % des associations ligériennes déclarent un partenariat local.", COL))
    s.append(P("Les communes de moins de 1 000 habitants rattrapent leur retard. Elles sont 39 % à déclarer une "
               "alliance, contre 24 % en 2019, lors de la première vague.", COL))
    s.append(P("À l’inverse, près d’un tiers des communes de plus de 20 000 habitants (32 %) n’ont engagé aucune "
               "démarche.", COL))
    s.append(P("Interrogés sur leurs freins, les élus citent d’abord le manque de temps (48 %), puis l’absence "
               "d’interlocuteur identifié (35 %).", COL))
    s.append(P("Ces freins sont plus souvent cités dans les communes rurales, où le secrétariat de mairie assure "
               "seul l’ensemble des tâches administratives.", COL))
    s.append(FrameBreak())
    s.append(P("Les élus donnent à leur coopération avec les entreprises une note moyenne de 6,2 sur 10, contre 5,4 "
               "en 2021.", COL))
    s.append(P("En conclusion, l’étude recommande de porter à 2 500 d’ici 2027 le nombre de référents partenariats, "
               "aujourd’hui estimé à 1 150 dans l’ensemble des régions.", COL))
    s.append(P("Ces référents, souvent agents de développement local, jouent un rôle d’interface entre élus, "
               "entreprises et associations.", COL))
    return build("obs-s106-04-etude-territoriale.pdf", s, hf, 4)


# =================================================================== DOC 5
# Lettre d'information trimestrielle en trois colonnes.

def doc5_story():
    hf = make_hf("La Lettre des alliances \u00b7 n° 23",
                 "4e trimestre 2024 \u2014 décembre 2024",
                 lambda n: ("Collectif Terres d’alliances", None, "%d" % n))
    s = []
    s.append(P("La Lettre des alliances", ParagraphStyle("m", parent=H1, fontSize=22, leading=26,
                                                         textColor=colors.HexColor("#1f4e5f"))))
    s.append(P("Lettre trimestrielle du Collectif Terres d’alliances \u2014 n° 23 \u2014 décembre 2024",
               ParagraphStyle("ms", parent=BASE, fontSize=9, textColor=colors.HexColor("#555555"))))
    s.append(FrameBreak())
    s.append(P("Éditorial", COLH))
    s.append(P("Ce trimestre, notre collectif compte 212 membres, dont 87 entreprises ; ils n’étaient que 140 à la "
               "fin de 2023.", COL))
    s.append(P("Le RAMEAU, qui a mené depuis 2006 des expérimentations auprès de plus de 500 organisations, nous "
               "rappelle qu’une alliance se construit dans la durée.", COL))
    s.append(P("C’est aussi le message que nous ont adressé les adhérents lors de nos rencontres d’automne : "
               "la confiance précède les projets, et les projets nourrissent à leur tour la confiance.", COL))
    s.append(P("<i>Nadia Rousset, présidente</i>", COL))
    s.append(FrameBreak())
    s.append(P("Éditorial (suite)", COLH))
    s.append(P("Le Fonds ODD 17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies et doté de 1,5 M€ pour "
               "une expérimentation sur 3 ans, en est un bon exemple.", COL))
    s.append(P("Nous ouvrirons en 2025 un cycle de rencontres consacré à l’évaluation des alliances : vos "
               "retours d’expérience y seront les bienvenus.", COL))
    s.append(boxed([P("<i>Photo : atelier de co-construction entre élus, chefs d’entreprise et bénévoles, "
                      "à Valence.</i>", SMALL)], (CW - 8 * mm) / 3 - 2, bg="#dde3e6", border="#aab4b9"))
    s.append(FrameBreak())
    s.append(P("Brèves", COLH))
    s.append(P("<b>Élus locaux.</b> 91 % des maires interrogés par l’enquête IMPACTS &amp; TRAJECTOIRES voient leur "
               "territoire en mouvement, dont 35 % « fortement ».", COL))
    s.append(P("<b>Petites communes.</b> 84 % des 302 maires répondants dirigent une commune de moins de 2 000 "
               "habitants.", COL))
    s.append(P("<b>Réseaux.</b> Notre collectif rejoint le groupe de travail national consacré aux alliances "
               "territoriales, aux côtés des réseaux d’élus et des fédérations associatives.", COL))
    s.append(NextPageTemplate("three_plain"))
    s.append(PageBreak())

    s.append(P("Brèves chiffrées", COLH))
    s.append(P("<b>Taille et partenariats.</b> Dans l’enquête conduite en 2016 par Recherches &amp; Solidarités et "
               "Le RAMEAU, 50 % des associations de plus de 150 000 € de budget avaient un partenariat avec une "
               "entreprise, contre 20 % de celles de moins de 10 000 €.", COL))
    s.append(P("<b>Mécénat.</b> La Fondation Ormeaux a versé 2,4 millions d’euros à 58 associations en 2023, soit "
               "41 400 € en moyenne.", COL))
    s.append(P("<b>Formation.</b> Le module « Construire une alliance locale » est désormais proposé en ligne à "
               "l’ensemble des adhérents, avec un accompagnement individuel sur demande.", COL))
    s.append(FrameBreak())
    s.append(P("Brèves chiffrées (suite)", COLH))
    s.append(P("<b>Emploi.</b> Dans la Drôme, les 19 entreprises du club « Vallée solidaire » ont accueilli 134 "
               "jeunes en stage ou en alternance.", COL))
    s.append(P("<b>Mémoire.</b> En 2008, 86 % des Français jugeaient urgent de créer des partenariats entre "
               "associations et entreprises ; ils étaient encore 84 % en 2012.", COL))
    s.append(P("<b>Publication.</b> Les actes de nos rencontres d’automne sont disponibles sur le site du "
               "collectif, avec les présentations des intervenants.", COL))
    s.append(FrameBreak())
    s.append(P("Agenda", COLH))
    s.append(P("<b>14 janvier 2025</b> \u2014 Webinaire « Mesurer l’impact d’une alliance », de 11 h à 12 h 30.", COL))
    s.append(P("<b>6 février 2025</b> \u2014 4<super>es</super> Rencontres des alliances de Bourgogne-Franche-Comté, "
               "Dijon (21000).", COL))
    s.append(P("<b>25 mars 2025</b> \u2014 Clôture des candidatures au prix « Alliances 2025 » : 12 lauréats recevront "
               "chacun 5 000 €.", COL))
    s.append(P("Inscriptions et programme détaillé auprès du secrétariat du collectif.", COL))
    s.append(PageBreak())

    s.append(P("Portrait : une alliance à Lannion", COLH))
    s.append(P("À Lannion (22300), la maison de santé, l’entreprise Armor Optique et l’association Clé de Sol ont "
               "monté ensemble un service de transport solidaire. En 2024, il a assuré 3 260 trajets pour 410 usagers, "
               "dont 72 % ont plus de 75 ans.", COL))
    s.append(P("Le service mobilise 23 chauffeurs bénévoles et un budget annuel de 46 000 €, financé aux deux tiers "
               "par l’entreprise.", COL))
    s.append(P("« Sans cette alliance, nos patients les plus isolés renonceraient à leurs rendez-vous », résume la "
               "coordinatrice de la maison de santé.", COL))
    s.append(FrameBreak())
    s.append(P("Chiffres du trimestre", COLH))
    s.append(B("7 nouvelles adhésions au collectif.", COL))
    s.append(B("4,6/10 : note moyenne donnée par les adhérents à la lisibilité des dispositifs publics (enquête "
               "flash d’octobre 2024, 118 répondants).", COL))
    s.append(B("+5 pts : progression de la part d’adhérents ayant signé une convention pluriannuelle, désormais à "
               "44 %.", COL))
    s.append(FrameBreak())
    s.append(P("Mentions", COLH))
    s.append(P("La Lettre des alliances, n° 23, ISSN 2779-4410. Directrice de la publication : Nadia Rousset.", COL))
    s.append(P("Collectif Terres d’alliances, 5 rue des Tanneurs, 69001 Lyon \u2014 tél. 04 72 00 18 36.", COL))
    s.append(P("Prochain numéro : mars 2025.", COL))
    s.append(P("Pour vous désinscrire ou signaler un changement d’adresse, écrivez au secrétariat du collectif.", COL))
    return s, hf


def build_doc5():
    s, hf = doc5_story()
    path = os.path.join(HERE, "obs-s106-05-lettre-trimestrielle.pdf")
    doc = BaseDocTemplate(path, pagesize=A4, title="", author="", subject="", creator="", producer="",
                          keywords="", invariant=1)
    tps = templates(hf)
    # première page : gabarit « three » (bandeau + trois colonnes)
    order = {t.id: t for t in tps}
    doc.addPageTemplates([order["three"], order["three_plain"], order["single"], order["two"]])
    doc.build(s)
    if doc.page != 3:
        raise SystemExit("doc5 : %d pages au lieu de 3" % doc.page)
    return path


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, build_doc5):
        print(f())
