#!/usr/bin/env python
"""Deterministic generator of the five s42 demo PDFs (Observatoire des partenariats).

Usage: python make_docs.py [output_dir]   (default: the folder of this script)

Facts come from /work/shared/facts.md; every sentence is written for this set.
Each document has its own layout: a study extract with printed page numbers that
differ from the PDF pages, a fiche Repere, a two-column bulletin de veille, a 16:9
slide deck and a short note with footnotes.
"""
import os
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)
from pypdf import PdfReader

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DV-B")
addMapping("DV", 0, 1, "DV-I")
addMapping("DV", 1, 1, "DV-BI")

PREFIX = "s42"


def style(name, size=10, leading=None, font="DV", color=colors.black, space_after=4,
          space_before=0, left=0):
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading or size * 1.3,
        alignment=TA_LEFT, textColor=color, spaceAfter=space_after,
        spaceBefore=space_before, leftIndent=left, hyphenationLang="",
        splitLongWords=0, embeddedHyphenation=0, uriWasteReduce=0)


def P(text, st):
    return Paragraph(text, st)


def bullets(items, st, sign="•"):
    out = []
    for it in items:
        out.append(Paragraph(sign + " " + it, st))
    return out


def simple_table(rows, widths, font_size=9, header_bg=colors.HexColor("#1f4e79"),
                 zebra=colors.HexColor("#eef3f8")):
    cell = style("cell%d" % font_size, size=font_size, space_after=0)
    cellb = style("cellb%d" % font_size, size=font_size, font="DV-B", space_after=0,
                  color=colors.white)
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(str(c), cellb if i == 0 else cell) for c in r])
    t = Table(data, colWidths=widths)
    ts = [("BACKGROUND", (0, 0), (-1, 0), header_bg),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb4c8")),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for i in range(1, len(rows)):
        if i % 2 == 0:
            ts.append(("BACKGROUND", (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(ts))
    return t


def keybox(pairs, width, bg=colors.HexColor("#fff4d6"), num_color=colors.HexColor("#b35c00"),
           num_size=20, label_size=8.5):
    """A row of key-figure boxes: pairs = [(figure, label), ...]."""
    num = style("kbnum%d" % num_size, size=num_size, font="DV-B", color=num_color,
                space_after=2, leading=num_size * 1.15)
    lab = style("kblab%d" % label_size, size=label_size, space_after=0)
    cells = [[Paragraph(n, num), Paragraph(l, lab)] for n, l in pairs]
    w = width / len(pairs)
    t = Table([cells], colWidths=[w] * len(pairs))
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.8, num_color),
        ("INNERGRID", (0, 0), (-1, -1), 0.8, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def check_pages(path, expected):
    n = len(PdfReader(path).pages)
    assert n == expected, "%s: %d pages, expected %d" % (path, n, expected)
    return n


# ---------------------------------------------------------------------------
# 01 - study extract, printed page numbers 14-18 on PDF pages 2-6
# ---------------------------------------------------------------------------
def doc01(out):
    path = os.path.join(out, "obs-%s-01-etude-quinze-ans-de-mesure.pdf" % PREFIX)
    W, H = A4
    FIRST_PRINTED = 13  # PDF page 2 carries printed number 14

    def cover(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.rect(0, H - 60 * mm, W, 60 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 11)
        c.drawString(20 * mm, H - 15 * mm, "OBSERVATOIRE DES PARTENARIATS  ·  CAHIERS DE L'OBSERVATOIRE")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DV", 8)
        c.drawString(20 * mm, 12 * mm, "Extrait : chapitre 2 (pages 14 à 18 de l'édition imprimée)")
        c.restoreState()

    def inner(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.rect(0, H - 14 * mm, W, 14 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DV", 8.5)
        c.drawString(20 * mm, H - 9 * mm, "Cahiers de l'Observatoire  |  Quinze ans de mesure des alliances")
        c.drawRightString(W - 20 * mm, H - 9 * mm, "Chapitre 2 — Les programmes d'études")
        c.setStrokeColor(colors.HexColor("#1f4e79"))
        c.line(20 * mm, 16 * mm, W - 20 * mm, 16 * mm)
        c.setFillColor(colors.HexColor("#333333"))
        c.setFont("DV", 8)
        c.drawString(20 * mm, 11 * mm, "Le RAMEAU — Observatoire des partenariats")
        c.setFont("DV-B", 10)
        c.drawRightString(W - 20 * mm, 11 * mm, str(FIRST_PRINTED + d.page - 1))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=22 * mm, bottomMargin=22 * mm,
                          title="Quinze ans de mesure des alliances (extrait)",
                          author="Observatoire des partenariats", subject="Étude", creator="make_docs.py s42")
    fw = W - 40 * mm
    f_cover = Frame(20 * mm, 25 * mm, fw, H - 95 * mm, id="c")
    f_main = Frame(20 * mm, 22 * mm, fw, H - 44 * mm, id="m")
    doc.addPageTemplates([PageTemplate("cover", [f_cover], onPage=cover),
                          PageTemplate("inner", [f_main], onPage=inner)])
    from reportlab.platypus.doctemplate import NextPageTemplate

    h1 = style("h1", 22, font="DV-B", color=colors.HexColor("#1f4e79"), space_after=10)
    h2 = style("h2", 14, font="DV-B", color=colors.HexColor("#1f4e79"), space_after=6, space_before=6)
    h3 = style("h3", 11, font="DV-B", color=colors.HexColor("#333333"), space_after=4, space_before=4)
    body = style("body", 10, leading=14, space_after=6)
    small = style("small", 8, leading=10, color=colors.HexColor("#444444"), space_after=2)
    bl = style("bl", 10, leading=13.5, left=10, space_after=3)
    s = []
    # --- PDF page 1: cover (no printed number)
    s.append(Spacer(1, 30 * mm))
    s.append(P("Quinze ans de mesure des alliances", h1))
    s.append(P("De l'état des lieux à l'évaluation d'impact : ARPEA, PHARE et IMPACT", h2))
    s.append(Spacer(1, 8 * mm))
    s.append(P("Ce cahier retrace la manière dont l'Observatoire des partenariats a construit, programme "
               "après programme, une connaissance chiffrée des relations entre associations, entreprises, "
               "collectivités et citoyens. Le présent extrait reproduit le chapitre consacré aux trois "
               "plans quinquennaux d'études.", body))
    s.append(P("Sommaire de l'extrait", h3))
    s += bullets(["2.1 Un observatoire né d'une alliance",
                  "2.2 ARPEA : dresser l'état des lieux",
                  "2.3 PHARE : six volets pour éclairer les acteurs",
                  "2.4 Ce que les citoyens attendent des partenariats",
                  "2.5 IMPACT : passer à l'évaluation"], bl)
    s.append(NextPageTemplate("inner"))
    s.append(PageBreak())
    # --- PDF page 2 / printed 14
    s.append(P("2.1 Un observatoire né d'une alliance", h2))
    s.append(P("L'Observatoire des partenariats a vu le jour en 2008. Il a été fondé par la Caisse des "
               "Dépôts et Le RAMEAU, avec le concours du MEDEF et du Mouvement associatif<super>1</super>. "
               "Son rôle consiste à objectiver les pratiques partenariales en France, pour que chacun "
               "puisse s'appuyer sur des données plutôt que sur des impressions.", body))
    s.append(P("Le RAMEAU lui-même est plus ancien : l'association a été créée en 2006 et se présente comme "
               "un laboratoire de recherche empirique consacré aux alliances au service du bien commun.", body))
    s.append(P("La direction scientifique des travaux est assurée par Anne Robin. Fondatrice du cabinet "
               "COMISIS, elle exerce cette fonction à titre bénévole.", body))
    s.append(P("Trois plans quinquennaux structurent l'histoire de l'Observatoire", h3))
    s.append(P("Le tableau ci-dessous les résume ; leurs périmètres sont détaillés dans les sections suivantes.", body))
    s.append(simple_table([
        ["Programme", "Période", "Repère"],
        ["ARPEA", "2008-2012", "État des lieux des partenariats, en 10 volets"],
        ["PHARE", "2013-2018<super>2</super>", "Six volets publiés entre 2015 et 2016"],
        ["IMPACT", "2018-2022", "Programme lancé en novembre 2017"],
    ], [35 * mm, 35 * mm, fw - 70 * mm], font_size=9.5))
    s.append(Spacer(1, 6 * mm))
    s.append(P("Un bilan d'étape a été dressé à la fin du premier plan : le rapport quinquennal de "
               "l'Observatoire a été rendu public le 11 décembre 2012.", body))
    s.append(Spacer(1, 4 * mm))
    s.append(P("1. Des documents plus anciens donnent une autre date : la publication ARPEA Entreprises &amp; "
               "Territoires de janvier 2011 et le rapport quinquennal du 11 décembre 2012 évoquent un "
               "« Observatoire national des partenariats associations / entreprises » créé en 2007.", small))
    s.append(P("2. Certaines présentations de l'Observatoire indiquent 2013-2017 pour le programme PHARE.", small))
    s.append(PageBreak())
    # --- PDF page 3 / printed 15
    s.append(P("2.2 ARPEA : dresser l'état des lieux", h2))
    s.append(P("Le premier programme porte un nom dont la signification varie selon les documents. On "
               "en trouve au moins trois formulations :", body))
    s += bullets(["« Analyse des Relations et des Partenariats entre Entreprises et Associations » "
                  "(rapport quinquennal) ;",
                  "« Analyser les Relations Partenariales entre Entreprises et Associations » ;",
                  "« Analyse des Relations Associations-Entreprises »."], bl)
    s.append(P("Quelle que soit la formule retenue, ARPEA s'est déployé en 10 volets, chacun consacré à "
               "un public ou à un territoire.", body))
    s.append(P("Un sentiment d'urgence partagé", h3))
    s.append(P("Interrogés à deux reprises, les Français ont dit à quel point il leur semblait urgent de "
               "créer des partenariats entre associations et entreprises. Leur réponse a peu varié :", body))
    s.append(simple_table([
        ["Enquête ARPEA auprès des Français", "Part jugeant urgent de créer des partenariats"],
        ["Vague 2008", "86 %"],
        ["Vague 2012", "84 %"],
    ], [80 * mm, fw - 80 * mm], font_size=9.5))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Du côté des associations, le même programme estimait que près de 46 % d'entre elles "
               "étaient engagées avec au moins une entreprise.", body))
    s.append(P("Les entreprises et leurs territoires", h3))
    s.append(P("Publiée en janvier 2011, l'étude ARPEA Entreprises &amp; Territoires a sondé les "
               "entreprises sur leurs relations avec les associations. Elle distingue trois attitudes :", body))
    s.append(simple_table([
        ["Attitude des entreprises (janvier 2011)", "Part"],
        ["Développent déjà des partenariats", "21 %"],
        ["Souhaitent en développer", "33 %"],
        ["Ne le souhaitent pas", "46 %"],
    ], [110 * mm, fw - 110 * mm], font_size=9.5))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Autrement dit, plus d'une entreprise sur deux était soit engagée, soit prête à l'être.", body))
    s.append(PageBreak())
    # --- PDF page 4 / printed 16
    s.append(P("2.3 PHARE : six volets pour éclairer les acteurs", h2))
    s.append(P("Avant même la publication de PHARE, le sujet avait gagné les pouvoirs publics : la "
               "ministre Valérie Fourneyron avait commandé un rapport d'état des lieux des partenariats "
               "entre associations et entreprises, paru au début de l'année 2014.", body))
    s.append(P("Le deuxième programme s'est ensuite organisé en six volets, publiés dans l'ordre suivant :", body))
    s.append(simple_table([
        ["Volet", "Publication"],
        ["PHARE-Citoyens", "septembre 2015"],
        ["PHARE-Entreprises", "octobre 2015"],
        ["PHARE-Associations", "novembre 2015"],
        ["13 rapports régionaux", "2016"],
        ["Diagnostics sectoriels", "juillet 2016"],
        ["PHARE-Institutions", "automne 2016 (publié le 29 novembre 2016)"],
    ], [70 * mm, fw - 70 * mm], font_size=9.5))
    s.append(Spacer(1, 5 * mm))
    s.append(P("Le volet Institutions a mis en évidence 5 profils de maires face à la co-construction.", body))
    s.append(P("Le « devoir d'alliance » vu par chaque public", h3))
    s.append(P("Les enquêtes PHARE ont posé une question commune : faut-il que les acteurs fassent "
               "alliance ? Les réponses positives figurent ci-dessous.", body))
    s.append(keybox([("69 %", "des Français (PHARE-Citoyens, septembre 2015)"),
                     ("81 %", "des dirigeants d'entreprise"),
                     ("86 %", "des responsables associatifs"),
                     ("87 %", "des maires (PHARE-Institutions)")], fw))
    s.append(Spacer(1, 5 * mm))
    s.append(P("L'écart entre citoyens et maires, de près de vingt points, montre que ceux-ci se sentent "
               "davantage concernés que ceux-là par la nécessité de coopérer.", body))
    s.append(PageBreak())
    # --- PDF page 5 / printed 17
    s.append(P("2.4 Ce que les citoyens attendent des partenariats", h2))
    s.append(P("Premier volet du programme, PHARE-Citoyens a interrogé plus de 2 000 personnes. Elle "
               "leur a demandé de noter, de 0 à 10, l'importance de plusieurs enjeux pour leur territoire.", body))
    s.append(simple_table([
        ["Enjeu", "Note moyenne sur 10"],
        ["Emploi", "7,1"],
        ["Pouvoir d'achat", "6,6"],
        ["Sécurité", "6,6<super>3</super>"],
        ["Développement économique", "6,5"],
        ["Environnement", "6,3"],
        ["Exclusion", "6,3"],
    ], [90 * mm, fw - 90 * mm], font_size=9.5))
    s.append(Spacer(1, 5 * mm))
    s.append(P("La même enquête a demandé sur quels sujets les partenariats pouvaient avoir un impact fort. "
               "L'emploi arrive là encore en tête.", body))
    s.append(simple_table([
        ["Domaine où l'impact des partenariats est jugé fort", "Part des Français"],
        ["Emploi", "49 %"],
        ["Développement économique", "46 %"],
        ["Environnement", "42 %"],
        ["Précarité", "36 %"],
        ["Éducation", "36 %"],
    ], [110 * mm, fw - 110 * mm], font_size=9.5))
    s.append(Spacer(1, 5 * mm))
    s.append(P("Ces résultats dessinent une attente très concrète : c'est d'abord sur l'activité et l'emploi "
               "que les citoyens jugent les alliances.", body))
    s.append(Spacer(1, 4 * mm))
    s.append(P("3. Un compte rendu publié dans la presse spécialisée attribue à la sécurité une note de 7/10 ; "
               "la présentation des résultats retenue ici indique 6,6.", small))
    s.append(PageBreak())
    # --- PDF page 6 / printed 18
    s.append(P("2.5 IMPACT : passer à l'évaluation", h2))
    s.append(P("Lancé en novembre 2017, le programme IMPACT ne cherche plus seulement à décrire les "
               "partenariats : il veut en mesurer les effets. Il est conduit par un collectif d'acteurs "
               "que voici :", body))
    s += bullets(["la Caisse des Dépôts ;", "l'Institut CDC pour la Recherche ;", "le Groupe La Poste ;",
                  "la Fondation TOTAL ;", "Le RAMEAU."], bl)
    s.append(P("Ses travaux s'ordonnent selon trois axes : l'innovation sociétale et territoriale, la "
               "performance des organisations et la confiance.", body))
    s.append(P("Les partenariats, source d'innovation", h3))
    s.append(P("Tous les publics interrogés voient dans les partenariats une source d'innovation ; les "
               "maires sont les plus nombreux à le penser.", body))
    s.append(simple_table([
        ["Public", "Partenariats jugés source d'innovation"],
        ["Français", "74 %<super>4</super>"],
        ["Dirigeants d'entreprise", "81 %"],
        ["Responsables associatifs", "86 %"],
        ["Maires", "87 %"],
    ], [80 * mm, fw - 80 * mm], font_size=9.5))
    s.append(Spacer(1, 4 * mm))
    s.append(P("Les maires se montrent toutefois partagés : 76 % d'entre eux considèrent leur territoire "
               "comme engagé, mais 46 % déclarent ne pas savoir comment piloter ces dynamiques.", body))
    s.append(P("Au sortir de la crise sanitaire, la question de la résilience s'est ajoutée. Jouer collectif "
               "en sortie de crise paraît utile à 81 % des Français et à 84 % des dirigeants de TPE et PME ; "
               "pour l'éclairer, plus de 250 données ont été inventoriées.", body))
    s.append(Spacer(1, 3 * mm))
    s.append(P("4. Une autre publication reprend le même tableau mais avec « 69 % des citoyens ».", small))
    doc.build(s)
    return check_pages(path, 6)


# ---------------------------------------------------------------------------
# 02 - fiche Repere (4 pages, coloured banner, key-figure boxes)
# ---------------------------------------------------------------------------
def doc02(out):
    path = os.path.join(out, "obs-%s-02-fiche-repere-associations.pdf" % PREFIX)
    W, H = A4
    TOTAL = 4
    GREEN = colors.HexColor("#2e7d32")

    def page(c, d):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, H - 22 * mm, W, 22 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 16)
        c.drawString(18 * mm, H - 13 * mm, "FICHE REPÈRE")
        c.setFont("DV", 9)
        c.drawString(18 * mm, H - 18.5 * mm, "Observatoire des partenariats · Associations")
        c.setFillColor(colors.HexColor("#c8e6c9"))
        c.rect(W - 48 * mm, H - 22 * mm, 48 * mm, 22 * mm, fill=1, stroke=0)
        c.setFillColor(GREEN)
        c.setFont("DV-B", 10)
        c.drawCentredString(W - 24 * mm, H - 13 * mm, "Les associations")
        c.drawCentredString(W - 24 * mm, H - 18 * mm, "et leurs partenaires")
        c.setStrokeColor(GREEN)
        c.line(18 * mm, 14 * mm, W - 18 * mm, 14 * mm)
        c.setFillColor(colors.HexColor("#333333"))
        c.setFont("DV", 7.5)
        c.drawString(18 * mm, 9 * mm, "Fiches Repères de l'Observatoire — reproduction autorisée avec mention de la source")
        c.drawRightString(W - 18 * mm, 9 * mm, "Fiche %d / %d" % (d.page, TOTAL))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title="Fiche Repère : les associations et leurs partenaires",
                          author="Observatoire des partenariats", subject="Fiche Repère", creator="make_docs.py s42")
    fw = W - 36 * mm
    doc.addPageTemplates([PageTemplate("p", [Frame(18 * mm, 18 * mm, fw, H - 44 * mm, id="f")], onPage=page)])
    h1 = style("h1b", 17, font="DV-B", color=GREEN, space_after=6)
    h2 = style("h2b", 12, font="DV-B", color=GREEN, space_after=4, space_before=6)
    body = style("bodyb", 9.5, leading=13, space_after=5)
    small = style("smallb", 7.8, leading=10, color=colors.HexColor("#444444"), space_after=2)
    bl = style("blb", 9.5, leading=13, left=10, space_after=2)
    s = []
    # page 1
    s.append(P("Les associations employeuses, au cœur des alliances", h1))
    s.append(P("Cette fiche rassemble les principaux repères chiffrés sur la place des associations dans "
               "les partenariats. Elle s'appuie d'abord sur l'étude IMPACT – Associations &amp; Territoires, "
               "qui porte sur les associations qui emploient des salariés.", body))
    s.append(keybox([("148 000", "associations employeuses constituent le champ de l'étude IMPACT – "
                                 "Associations &amp; Territoires"),
                     ("98 %", "de ces associations employeuses déclarent au moins un partenariat")],
                    fw, bg=colors.HexColor("#e8f5e9"), num_color=GREEN, num_size=24, label_size=9))
    s.append(Spacer(1, 5 * mm))
    s.append(P("Avec qui les associations employeuses coopèrent-elles ?", h2))
    s.append(P("Les collectivités territoriales dominent largement. Elles sont suivies par les autres "
               "structures d'intérêt général et par le monde scolaire.", body))
    s.append(simple_table([
        ["Type de partenaire (IMPACT – Associations & Territoires)", "Part des associations employeuses"],
        ["Collectivités territoriales", "89 %"],
        ["Structures d'intérêt général", "73 %"],
        ["Établissements scolaires", "70 %"],
        ["Collectifs d'associations", "56 %"],
        ["Acteurs publics nationaux", "52 %"],
        ["Fédérations professionnelles", "37 %"],
        ["Acteurs académiques", "35 %"],
    ], [110 * mm, fw - 110 * mm], font_size=9, header_bg=GREEN, zebra=colors.HexColor("#f1f8f1")))
    s.append(Spacer(1, 3 * mm))
    s.append(P("Lecture : 89 % des associations employeuses déclarent un partenariat avec une collectivité.", small))
    s.append(PageBreak())
    # page 2
    s.append(P("À quelle échelle et pour quoi faire ?", h1))
    s.append(P("La proximité reste la règle. Les partenariats se nouent d'abord à l'échelle locale, et "
               "nettement moins à l'échelle régionale.", body))
    s.append(keybox([("73 %", "des associations employeuses ont des partenariats à l'échelle locale"),
                     ("47 %", "en ont à l'échelle régionale")],
                    fw, bg=colors.HexColor("#e8f5e9"), num_color=GREEN, num_size=22, label_size=9))
    s.append(Spacer(1, 5 * mm))
    s.append(P("Quatre formes de relation", h2))
    s.append(P("L'étude distingue quatre manières de travailler ensemble. Le mécénat reste la plus répandue :", body))
    s.append(simple_table([
        ["Forme de partenariat", "Part des associations employeuses concernées"],
        ["Mécénat", "75 %"],
        ["Innovation sociétale", "73 %"],
        ["Pratiques responsables", "70 %"],
        ["Coopération économique", "58 %"],
    ], [90 * mm, fw - 90 * mm], font_size=9, header_bg=GREEN, zebra=colors.HexColor("#f1f8f1")))
    s.append(Spacer(1, 5 * mm))
    s.append(P("La coopération économique, dernière de la liste, concerne tout de même plus de la moitié "
               "des associations employeuses.", body))
    s.append(P("À retenir", h2))
    s += bullets(["les partenariats sont quasi universels chez les associations employeuses ;",
                  "ils sont d'abord locaux ;",
                  "le mécénat coexiste avec des formes plus récentes, comme l'innovation sociétale."], bl)
    s.append(PageBreak())
    # page 3
    s.append(P("Un éclairage antérieur : l'enquête Associations &amp; Partenariats", h1))
    s.append(P("Publiée en mars 2017 par Recherches &amp; Solidarités et Le RAMEAU, l'étude « Associations "
               "&amp; Partenariats » reposait sur une enquête menée en mai et juin 2016 auprès de plus de "
               "1 380 responsables associatifs. Son champ n'est pas le même que celui d'IMPACT : elle couvre "
               "l'ensemble des associations, employeuses ou non.", body))
    s.append(keybox([("2,5", "partenaires en moyenne par association (enquête 2016)")],
                    fw * 0.6, bg=colors.HexColor("#e8f5e9"), num_color=GREEN, num_size=22, label_size=9))
    s.append(Spacer(1, 5 * mm))
    s.append(P("Les partenaires cités en 2016", h2))
    s.append(simple_table([
        ["Partenaire (enquête Associations & Partenariats)", "Part des associations"],
        ["Collectivités", "74 %"],
        ["Associations ou fondations", "72 %"],
        ["Enseignement", "47 %"],
        ["Entreprises", "28 %"],
        ["Structures d'insertion", "22 %"],
        ["Recherche", "9 %"],
    ], [110 * mm, fw - 110 * mm], font_size=9, header_bg=GREEN, zebra=colors.HexColor("#f1f8f1")))
    s.append(Spacer(1, 5 * mm))
    s.append(P("La taille compte", h2))
    s.append(P("Le lien avec une entreprise dépend fortement des moyens de l'association. La moitié des "
               "associations dont le budget dépasse 150 000 € en ont noué un ; elles ne sont que 20 % parmi "
               "celles qui disposent de moins de 10 000 €.", body))
    s.append(PageBreak())
    # page 4
    s.append(P("Les modèles de co-construction", h1))
    s.append(P("Une note datée du 29 février 2016 a examiné les modèles de co-construction entre "
               "organisations. Elle propose trois chiffres pour situer leur diffusion :", body))
    s += bullets(["37 % des entreprises d'au moins 10 salariés sont engagées dans une telle démarche ;",
                  "38 % des associations le sont, et 53 % des associations employeuses ;",
                  "65 % des pionniers ont franchi le pas."], bl)
    s.append(Spacer(1, 3 * mm))
    s.append(P("Mots clés de la fiche", h2))
    s.append(simple_table([
        ["Terme", "Sens retenu dans cette fiche"],
        ["Association employeuse", "Association qui rémunère au moins un salarié."],
        ["Partenariat", "Relation durable entre deux organisations qui mettent en commun des moyens "
                        "pour un objectif partagé."],
        ["Co-construction", "Démarche par laquelle des acteurs de natures différentes conçoivent "
                            "ensemble une réponse à un besoin du territoire."],
    ], [45 * mm, fw - 45 * mm], font_size=9, header_bg=GREEN, zebra=colors.HexColor("#f1f8f1")))
    s.append(Spacer(1, 5 * mm))
    s.append(P("Sources de la fiche", h2))
    s += bullets(["étude IMPACT – Associations &amp; Territoires (pages 1 et 2) ;",
                  "Recherches &amp; Solidarités et Le RAMEAU, « Associations &amp; Partenariats », mars 2017 (page 3) ;",
                  "note sur les modèles de co-construction, 29 février 2016 (page 4)."], bl)
    doc.build(s)
    return check_pages(path, 4)


# ---------------------------------------------------------------------------
# 03 - bulletin de veille in two columns (4 pages)
# ---------------------------------------------------------------------------
def doc03(out):
    path = os.path.join(out, "obs-%s-03-bulletin-veille-alliances.pdf" % PREFIX)
    W, H = A4
    RED = colors.HexColor("#8e1b3a")

    def page(c, d):
        c.saveState()
        c.setFillColor(RED)
        c.rect(0, H - 18 * mm, W, 18 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 15)
        c.drawString(15 * mm, H - 11.5 * mm, "VEILLE ALLIANCES")
        c.setFont("DV", 8.5)
        c.drawRightString(W - 15 * mm, H - 11 * mm, "Bulletin de veille de l'Observatoire des partenariats")
        c.setStrokeColor(colors.HexColor("#bbbbbb"))
        c.line(W / 2, 20 * mm, W / 2, H - 24 * mm)
        c.setStrokeColor(RED)
        c.line(15 * mm, 14 * mm, W - 15 * mm, 14 * mm)
        c.setFillColor(colors.HexColor("#333333"))
        c.setFont("DV", 7.5)
        c.drawString(15 * mm, 9 * mm, "Veille Alliances · informations rassemblées à partir de sources publiques")
        c.drawRightString(W - 15 * mm, 9 * mm, "p. %d" % d.page)
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title="Veille Alliances — bulletin de veille",
                          author="Observatoire des partenariats", subject="Bulletin de veille", creator="make_docs.py s42")
    gap = 8 * mm
    cw = (W - 30 * mm - gap) / 2
    fl = Frame(15 * mm, 18 * mm, cw, H - 44 * mm, id="L")
    fr = Frame(15 * mm + cw + gap, 18 * mm, cw, H - 44 * mm, id="R")
    doc.addPageTemplates([PageTemplate("two", [fl, fr], onPage=page)])
    h2 = style("h2c", 11.5, font="DV-B", color=RED, space_after=4, space_before=4)
    kicker = style("kick", 7.5, font="DV-B", color=colors.HexColor("#777777"), space_after=1)
    body = style("bodyc", 9, leading=12.2, space_after=5)
    small = style("smallc", 7.5, leading=9.5, color=colors.HexColor("#444444"), space_after=2)
    bl = style("blc", 9, leading=12, left=8, space_after=2)
    s = []
    # page 1, left column
    s.append(P("AGENDA", kicker))
    s.append(P("Un mois de novembre chargé", h2))
    s.append(P("Plusieurs rendez-vous se succèdent en novembre. Le calendrier retenu par la rédaction est "
               "le suivant :", body))
    s += bullets(["15 novembre : parution d'un dossier consacré aux alliances dans JURIS Associations n°628 ;",
                  "23 novembre : 3e dîner « Elus &amp; Entreprises » ;",
                  "26 novembre : 5e webinaire « l'ODD 17 en pratique » ;",
                  "26 novembre : publication du 11e rapport régional de l'Observatoire, consacré à la Normandie."], bl)
    s.append(P("Ce rapport normand prolonge la série des diagnostics régionaux ouverte avec le programme PHARE.", body))
    s.append(FrameBreak())
    # page 1, right column
    s.append(P("ÉLUS", kicker))
    s.append(P("Ce que les élus attendent du dîner", h2))
    s.append(P("Le dîner « Elus &amp; Entreprises » réunit des élus locaux et des dirigeants autour de la "
               "co-construction territoriale. Les chiffres présentés aux convives sont sans ambiguïté.", body))
    s.append(keybox([("64 %", "des élus locaux veulent s'appuyer sur le « jouer collectif »"),
                     ("92 %", "des maires reconnaissent l'utilité de la co-construction")],
                    cw, bg=colors.HexColor("#fbe9ee"), num_color=RED, num_size=17, label_size=8))
    s.append(Spacer(1, 3 * mm))
    s.append(P("Les organisateurs y voient une confirmation : sur le terrain, la coopération n'est plus "
               "une option mais une méthode.", body))
    s.append(PageBreak())
    # page 2, left
    s.append(P("ODD 17", kicker))
    s.append(P("Un fonds pour expérimenter", h2))
    s.append(P("Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. Il est "
               "doté de 1,5 M€ pour une expérimentation menée sur 3 ans.", body))
    s.append(P("Cette expérimentation s'appuie sur 350 « catalyseurs territoriaux », des acteurs qui "
               "facilitent localement la rencontre entre organisations.", body))
    s.append(P("Un objectif, dix-neuf cibles", h2))
    s.append(P("L'objectif de développement durable n°17, consacré aux partenariats, se décline en 19 "
               "cibles. Le Comité 21 les a décryptées dans une note intitulée « ODD 17 : Sens, décryptages, "
               "déclinaisons », présentée le 5 juillet.", body))
    s.append(FrameBreak())
    # page 2, right
    s.append(P("OUTILS", kicker))
    s.append(P("M.E.D.O.C., la boîte à outils de l'ODD 17", h2))
    s.append(P("La plateforme www.odd17.org met à disposition une démarche baptisée M.E.D.O.C. Chaque "
               "lettre de ce sigle désigne une famille de ressources :", body))
    s += bullets(["M comme Méthodes ;", "E comme Exemples ;", "D comme Données ;", "O comme Outils ;",
                  "C comme Compétences."], bl)
    s.append(P("Elle s'adresse autant aux collectivités qu'aux associations et aux entreprises qui "
               "veulent passer de l'intention à l'action.", body))
    s.append(PageBreak())
    # page 3, left
    s.append(P("CHARTE", kicker))
    s.append(P("La Charte du faire alliance dévoilée", h2))
    s.append(P("Fruit de 3 mois de co-construction pilotés par la Fondation des Territoires, la Charte du "
               "faire alliance a été lancée le 30 novembre 2021, jour du Giving Tuesday<super>*</super>.", body))
    s.append(P("Le lancement a eu lieu à Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois, "
               "lors d'une soirée organisée par VitaWin. Ses promoteurs la décrivent comme un « contrat de "
               "confiance » entre acteurs d'un même territoire.", body))
    s.append(Spacer(1, 2 * mm))
    s.append(P("* Une annonce publiée sur associations.gouv.fr situe ce lancement un « mardi 30 septembre ».", small))
    s.append(FrameBreak())
    # page 3, right
    s.append(P("HISTOIRE", kicker))
    s.append(P("Aux racines de la Charte", h2))
    s.append(P("La Charte prolonge la démarche « Agir ensemble en Territoire ». Celle-ci a été initiée en "
               "2010, à la suite de l'étude ARPEA-Collectivités locales réalisée avec Comisis et OpinionWay.", body))
    s.append(P("Trois territoires pilotes l'ont expérimentée, chacun avec un acteur de référence :", body))
    s += bullets(["l'Alsace, avec Alsace Active ;", "le Poitou-Charentes, avec le Groupe La Poste ;",
                  "Paris-Est Marne &amp; Bois."], bl)
    s.append(PageBreak())
    # page 4, left
    s.append(P("ÉTUDES", kicker))
    s.append(P("Les fondations face aux territoires", h2))
    s.append(P("L'étude IMPACT Fondations &amp; Territoires a été publiée le 23 septembre. Elle repose sur "
               "les réponses de 42 fondations interrogées sur leur ancrage territorial.", body))
    s.append(P("Elle est complétée par une fiche acteur intitulée « Dynamique d'engagement des Fondations ».", body))
    s.append(FrameBreak())
    # page 4, right
    s.append(P("COLLECTIVITÉS", kicker))
    s.append(P("Un nouvel outil pour les maires", h2))
    s.append(P("Présentée au Congrès des maires, la fiche-repère « Les dynamiques d'engagement des "
               "Collectivités territoriales » est tirée de l'étude IMPACT-Elus locaux, conduite en novembre "
               "2020 par Comisis et OpinionWay.", body))
    s.append(P("Elle aide les équipes municipales à situer leur commune parmi les dynamiques observées.", body))
    doc.build(s)
    return check_pages(path, 4)


# ---------------------------------------------------------------------------
# 04 - 16:9 slide deck of short lines (6 slides)
# ---------------------------------------------------------------------------
def doc04(out):
    path = os.path.join(out, "obs-%s-04-diaporama-maires.pdf" % PREFIX)
    W, H = 960, 540
    TOTAL = 6
    NAVY = colors.HexColor("#243b55")
    ORANGE = colors.HexColor("#e07a1f")

    def slide(c, d):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, H - 34, W, 34, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 12)
        c.drawString(30, H - 22, "Les maires et le jouer collectif")
        c.setFont("DV", 10)
        c.drawRightString(W - 30, H - 22, "Observatoire des partenariats")
        c.setFillColor(ORANGE)
        c.rect(0, 0, W, 6, fill=1, stroke=0)
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DV", 9)
        c.drawString(30, 16, "Repères 2016-2024 · élus locaux")
        c.drawRightString(W - 30, 16, "%d / %d" % (d.page, TOTAL))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=(W, H), title="Les maires et le jouer collectif — repères 2016-2024",
                          author="Observatoire des partenariats", subject="Diaporama", creator="make_docs.py s42")
    doc.addPageTemplates([PageTemplate("s", [Frame(40, 36, W - 80, H - 84, id="s")], onPage=slide)])
    title = style("st", 28, font="DV-B", color=NAVY, space_after=12)
    sub = style("ss", 16, color=ORANGE, space_after=10)
    line = style("sl", 17, leading=24, space_after=6)
    bl = style("sbl", 17, leading=24, left=14, space_after=4)
    note = style("sn", 11, color=colors.HexColor("#555555"), space_after=2)
    s = []
    # slide 1
    s.append(Spacer(1, 70))
    s.append(P("Les maires et le jouer collectif", style("bigt", 36, font="DV-B", color=NAVY, space_after=14)))
    s.append(P("Huit ans d'enquêtes auprès des élus locaux", sub))
    s.append(P("PHARE-Institutions · IMPACT · IMPACTS &amp; TRAJECTOIRES", line))
    s.append(PageBreak())
    # slide 2
    s.append(P("2016 : PHARE-Institutions", title))
    s += bullets(["Publié le 29 novembre 2016", "Dernier des six volets de PHARE",
                  "87 % des maires : les acteurs doivent faire alliance",
                  "Il distingue 5 profils de maires"], bl, sign="▸")
    s.append(Spacer(1, 10))
    s.append(P("À la suite de ce volet, Le RAMEAU a lancé un référentiel de la co-construction territoriale.", note))
    s.append(PageBreak())
    # slide 3
    s.append(P("Engagés… mais démunis", title))
    s.append(P("Ce que disent les maires (programme IMPACT) :", line))
    s.append(keybox([("76 %", "jugent leur territoire engagé"),
                     ("46 %", "ne savent pas piloter la dynamique")],
                    W - 80, bg=colors.HexColor("#fdf0e4"), num_color=ORANGE, num_size=40, label_size=15))
    s.append(Spacer(1, 14))
    s.append(P("Le besoin d'outils est donc réel.", line))
    s.append(PageBreak())
    # slide 4
    s.append(P("2024 : IMPACTS &amp; TRAJECTOIRES – Élus locaux", title))
    s.append(P("L'enquête de novembre 2024 en bref :", line))
    s += bullets(["302 maires interrogés", "Du 30 septembre au 28 octobre 2024", "Entretiens par téléphone",
                  "84 % des répondants : communes de moins de 2 000 habitants"], bl, sign="▸")
    s.append(PageBreak())
    # slide 5
    s.append(P("Un territoire en mouvement ?", title))
    s.append(P("En 2024, 91 % des maires voient leur territoire en mouvement.", line))
    s.append(P("Ce total se décompose ainsi :", line))
    bar_w = W - 80
    t = Table([[Paragraph("35 % fortement", style("b1", 15, font="DV-B", color=colors.white, space_after=0)),
                Paragraph("56 % ni plus ni moins", style("b2", 15, font="DV-B", color=colors.white, space_after=0)),
                Paragraph("autres", style("b3", 12, color=colors.black, space_after=0))]],
              colWidths=[bar_w * 0.35, bar_w * 0.56, bar_w * 0.09], rowHeights=[46])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), ORANGE), ("BACKGROUND", (1, 0), (1, 0), NAVY),
                           ("BACKGROUND", (2, 0), (2, 0), colors.HexColor("#dddddd")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s.append(t)
    s.append(Spacer(1, 12))
    s.append(P("Source : IMPACTS &amp; TRAJECTOIRES – Élus locaux, novembre 2024.", note))
    s.append(PageBreak())
    # slide 6
    s.append(P("Alliance : trois publics, un même élan", title))
    s += bullets(["Français : 81 % évoquent un « devoir d'alliance »",
                  "Maires : 92 % expriment un « besoin d'alliance »",
                  "Dirigeants d'entreprise : 84 % ont « envie d'alliance »"], bl, sign="▸")
    s.append(Spacer(1, 10))
    s.append(P("Chiffres mis en avant lors de la reconnaissance du droit de l'alliance d'intérêt général.", note))
    doc.build(s)
    return check_pages(path, 6)


# ---------------------------------------------------------------------------
# 05 - note de synthese (3 pages, footnotes)
# ---------------------------------------------------------------------------
def doc05(out):
    path = os.path.join(out, "obs-%s-05-note-droit-alliance.pdf" % PREFIX)
    W, H = A4
    TOTAL = 3
    GREY = colors.HexColor("#4a4a4a")
    TEAL = colors.HexColor("#00695c")

    def page(c, d):
        c.saveState()
        c.setStrokeColor(TEAL)
        c.setLineWidth(2)
        c.line(25 * mm, H - 15 * mm, W - 25 * mm, H - 15 * mm)
        c.setFillColor(TEAL)
        c.setFont("DV-B", 9)
        c.drawString(25 * mm, H - 12 * mm, "NOTE DE SYNTHÈSE")
        c.setFillColor(GREY)
        c.setFont("DV", 8.5)
        c.drawRightString(W - 25 * mm, H - 12 * mm, "Le RAMEAU · droit de l'alliance")
        c.setLineWidth(0.5)
        c.line(25 * mm, 15 * mm, W - 25 * mm, 15 * mm)
        c.setFont("DV", 7.5)
        c.drawString(25 * mm, 10 * mm, "Note à diffusion libre — les sources sont indiquées en notes de bas de page")
        c.drawRightString(W - 25 * mm, 10 * mm, "%d/%d" % (d.page, TOTAL))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, title="Note : du rapport ministériel au droit de l'alliance",
                          author="Le RAMEAU", subject="Note", creator="make_docs.py s42")
    fw = W - 50 * mm
    doc.addPageTemplates([PageTemplate("n", [Frame(25 * mm, 20 * mm, fw, H - 42 * mm, id="n")], onPage=page)])
    h1 = style("h1n", 16, font="DV-B", color=TEAL, space_after=8)
    h2 = style("h2n", 11.5, font="DV-B", color=TEAL, space_after=4, space_before=8)
    body = style("bodyn", 10, leading=14.5, space_after=7)
    small = style("smalln", 7.8, leading=10, color=GREY, space_after=2)
    bl = style("bln", 10, leading=14, left=10, space_after=3)
    s = []
    # page 1
    s.append(P("Du rapport ministériel au droit de l'alliance", h1))
    s.append(P("Objet de la note : retracer les étapes qui ont conduit à la reconnaissance d'un droit de "
               "l'alliance d'intérêt général, et présenter les structures qui portent cette dynamique.", body))
    s.append(P("1. Qui est Le RAMEAU ?", h2))
    s.append(P("Créé en 2006, Le RAMEAU est une association d'intérêt général. Il se définit comme un "
               "« laboratoire d'innovations partenariales » et poursuit trois missions, dont la première "
               "consiste à témoigner de ce que produisent les alliances.", body))
    s.append(P("Son fonds d'observation est considérable : il a recensé plus de 1 000 exemples inspirants, "
               "cumule 15 ans de recherche et 5 ans d'étude d'impact, et a mené des expérimentations auprès "
               "de plus de 500 organisations depuis sa création.", body))
    s.append(P("Sa gouvernance repose sur deux personnes clés :", body))
    s += bullets(["Charles-Benoît Heidsieck, président-fondateur ;",
                  "Laurence Weber, directrice générale."], bl)
    s.append(P("2. Une mission confiée par le Gouvernement", h2))
    s.append(P("À l'occasion du FNAF 2019, Gabriel Attal a confié une mission ministérielle à Cathy "
               "Racon-Bouzon et à Charles-Benoît Heidsieck. Leur rapport a été remis le 7 mai "
               "2020 ; un bilan de sa mise en œuvre a été présenté le 17 octobre 2020<super>1</super>.", body))
    s.append(Spacer(1, 4 * mm))
    s.append(P("1. Source : publications du site co-construisonsdemain.org.", small))
    s.append(PageBreak())
    # page 2
    s.append(P("3. De la feuille de route à la loi", h2))
    s.append(P("Le rapport a débouché sur une « feuille de route » ministérielle de 21 mesures. L'une "
               "d'elles visait à inscrire la démarche dans la loi.", body))
    s.append(P("Portée par Cathy Racon-Bouzon, la proposition de loi relative au « droit de l'alliance "
               "d'intérêt général » a été déposée en février. Elle a ensuite été agréée par le Bureau de "
               "l'Assemblée nationale, puis publiée au Journal officiel.", body))
    s.append(P("Pour Le RAMEAU, ce texte consacre une pratique déjà largement répandue sur le terrain.", body))
    s.append(P("4. Un parcours pour les territoires pionniers", h2))
    s.append(P("Parallèlement, le CGET et Le RAMEAU ont lancé un parcours d'expérience sur la "
               "co-construction territoriale. Il réunit 11 territoires pionniers<super>2</super> pendant "
               "18 mois ; la première session s'est tenue le 3 mai.", body))
    s.append(Spacer(1, 4 * mm))
    s.append(P("2. Une autre présentation de Le RAMEAU parle du « CGET et 10 territoires pilotes ».", small))
    s.append(PageBreak())
    # page 3
    s.append(P("5. La Fondation des Territoires", h2))
    s.append(P("La Fondation des Territoires est l'aboutissement d'une longue préfiguration, lancée en "
               "juillet 2018. Celle-ci s'est déroulée en trois étapes :", body))
    s.append(simple_table([
        ["Étape de la préfiguration", "Période"],
        ["Étape 1", "juillet 2018 – juillet 2019"],
        ["Étape 2", "août 2019 – novembre 2020"],
        ["Étape 3", "décembre 2020 – mai 2022"],
    ], [70 * mm, fw - 70 * mm], font_size=9.5, header_bg=TEAL, zebra=colors.HexColor("#e0f2f1")))
    s.append(Spacer(1, 5 * mm))
    s.append(P("Elle a été créée le 14 juin 2022 sous l'égide de la Fondation de Lille. Elle compte "
               "21 co-fondateurs et s'est donné 3 missions.", body))
    s.append(P("C'est elle qui a piloté la co-construction de la Charte du faire alliance.", body))
    s.append(P("En guise de conclusion", h2))
    s.append(P("Du rapport ministériel à la création d'une fondation dédiée, la démarche a changé "
               "d'échelle : elle ne repose plus sur quelques pionniers, mais sur un cadre reconnu par la "
               "loi et sur des acteurs qui s'engagent à le faire vivre dans les territoires.", body))
    doc.build(s)
    return check_pages(path, 3)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for fn in (doc01, doc02, doc03, doc04, doc05):
        n = fn(out)
        print(fn.__name__, n, "pages")


if __name__ == "__main__":
    main()
