#!/usr/bin/env python3
"""Deterministic generator of the five s54 demo PDFs (Observatoire des partenariats).

Usage: /work/main/.venv/bin/python make_docs.py [OUTPUT_DIR]
(default OUTPUT_DIR = folder of this script)

Every page is laid out explicitly (frames filled with platypus flowables); an
overflow raises an error, so page counts are fixed. Content is written from
/work/shared/facts.md (figures and dates), in our own words.
"""
import os
import sys

from reportlab import rl_config

rl_config.invariant = 1  # fixed dates / ids -> identical bytes on every build

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DV-B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DV-I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DV-BI", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf")))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")

TEAL = colors.HexColor("#0F5C63")
TEAL_L = colors.HexColor("#DCEFF0")
ORANGE = colors.HexColor("#D9731A")
ORANGE_L = colors.HexColor("#FBE9D8")
GREY = colors.HexColor("#555555")
GREY_L = colors.HexColor("#EEEEEE")
PLUM = colors.HexColor("#5B2A5E")
PLUM_L = colors.HexColor("#EFE3F0")


def style(name, size=9.5, leading=None, font="DV", color=colors.black, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size,
                          leading=leading or size * 1.32, textColor=color,
                          alignment=TA_LEFT, hyphenationLang=None, **kw)


BODY = style("body", 9.5, spaceAfter=5)
BODY_S = style("body_s", 8.6, spaceAfter=4)
SMALL = style("small", 7.4, color=GREY)
FOOT = style("foot", 7.2, leading=9.2, spaceAfter=2)
H1 = style("h1", 17, font="DV-B", color=TEAL, spaceAfter=6)
H2 = style("h2", 12, font="DV-B", color=TEAL, spaceBefore=4, spaceAfter=4)
H3 = style("h3", 10, font="DV-B", color=ORANGE, spaceBefore=3, spaceAfter=3)
CELL = style("cell", 8.3, leading=10.4)
CELL_B = style("cell_b", 8.3, leading=10.4, font="DV-B")
CELL_W = style("cell_w", 8.3, leading=10.4, font="DV-B", color=colors.white)
BULLET = style("bullet", 9.2, leftIndent=11, bulletIndent=2, spaceAfter=3)


def P(text, st=BODY, bulletText=None):
    return Paragraph(text, st, bulletText=bulletText)


def bullets(items, st=BULLET):
    return [Paragraph(t, st, bulletText="•") for t in items]


def table(rows, widths, header=True, head_bg=TEAL, zebra=GREY_L, font_size=None):
    data = []
    for i, row in enumerate(rows):
        st = CELL_W if (header and i == 0) else CELL
        data.append([Paragraph(str(c), st) for c in row])
    t = Table(data, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#BBBBBB")),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
    for i in range(1 if header else 0, len(rows)):
        if i % 2 == 0:
            cmds.append(("BACKGROUND", (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(cmds))
    return t


def keybox(figure, label, width, bg=ORANGE_L, fg=ORANGE, fig_size=20):
    fs = style("kf", fig_size, font="DV-B", color=fg, leading=fig_size * 1.15)
    ls = style("kl", 8.2, leading=10.2)
    t = Table([[Paragraph(figure, fs)], [Paragraph(label, ls)]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("BOX", (0, 0), (-1, -1), 0.8, fg),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 4),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


def keyrow(items, total_width, gap=6, **kw):
    n = len(items)
    w = (total_width - gap * (n - 1)) / n
    cells = [keybox(f, l, w, **kw) for f, l in items]
    row, widths = [], []
    for i, c in enumerate(cells):
        row.append(c)
        widths.append(w)
        if i < n - 1:
            row.append("")
            widths.append(gap)
    t = Table([row], colWidths=widths)
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def boxed(flowables, width, bg=TEAL_L, border=TEAL):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("BOX", (0, 0), (-1, -1), 0.8, border),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                           ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def fill(c, x, y, w, h, flowables, pad=0, name="frame"):
    """Fill one frame; raise if anything does not fit (keeps page count fixed)."""
    f = Frame(x, y, w, h, leftPadding=pad, rightPadding=pad, topPadding=pad,
              bottomPadding=pad, showBoundary=0)
    items = list(flowables)
    f.addFromList(items, c)
    if items:
        raise RuntimeError("overflow in %s (%d flowables left)" % (name, len(items)))


def new_canvas(path, size, title, subject):
    c = rl_canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor("Observatoire des partenariats (document de démonstration)")
    c.setSubject(subject)
    c.setCreator("make_docs.py s54")
    return c


# ---------------------------------------------------------------------------
# 01 - Note de méthode with footnotes (A4 portrait), printed pages 5-9
# ---------------------------------------------------------------------------

def doc01(path):
    W, H = A4
    c = new_canvas(path, A4, "Note de méthode n° 3 - Quinze ans d'observation des partenariats",
                   "Histoire et méthode de l'Observatoire des partenariats")
    L, R = 20 * mm, W - 20 * mm
    CW = R - L

    def chrome(printed, section):
        c.setFillColor(TEAL)
        c.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 8.5)
        c.drawString(L, H - 9 * mm, "OBSERVATOIRE DES PARTENARIATS")
        c.setFont("DV", 8.5)
        c.drawRightString(R, H - 9 * mm, "Note de méthode n° 3 · " + section)
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(L, 14 * mm, R, 14 * mm)
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(L, 9 * mm, "Quinze ans d'observation des partenariats · Cahier méthodologique")
        c.setFont("DV-B", 9)
        c.drawRightString(R, 9 * mm, "— %d —" % printed)

    def footnotes(notes, top):
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.line(L, top, L + 50 * mm, top)
        fill(c, L, 17 * mm, CW, top - 19 * mm, [P(n, FOOT) for n in notes], name="notes")

    # page 1 (printed 5)
    chrome(5, "Origines")
    c.setFillColor(TEAL_L)
    c.rect(L, H - 52 * mm, CW, 32 * mm, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.setFont("DV-B", 19)
    c.drawString(L + 6 * mm, H - 31 * mm, "Quinze ans d'observation")
    c.drawString(L + 6 * mm, H - 39 * mm, "des partenariats")
    c.setFont("DV", 9.5)
    c.setFillColor(GREY)
    c.drawString(L + 6 * mm, H - 47 * mm,
                 "Histoire, gouvernance et méthode d'un dispositif d'étude au service des alliances")
    story = [
        P("1. Une naissance, deux dates", H2),
        P("L'Observatoire des partenariats naît en <b>2008</b> à l'initiative de la Caisse des Dépôts et "
          "de Le RAMEAU, avec le MEDEF et le Mouvement associatif comme partenaires<super>1</super>. "
          "Sa vocation est d'objectiver, enquête après enquête, la manière dont associations, entreprises, "
          "collectivités et citoyens construisent des relations au service du bien commun."),
        P("Le lecteur qui remonte aux premières publications rencontrera toutefois une autre date. "
          "La plaquette de l'étude ARPEA Entreprises &amp; Territoires (janvier 2011) et le rapport "
          "quinquennal rendu public le 11 décembre 2012 présentent « l'Observatoire national des "
          "partenariats associations / entreprises » comme <b>créé en 2007</b><super>2</super>. "
          "Les supports actuels retiennent 2008 ; nous signalons l'écart sans le trancher."),
        P("2. Un laboratoire comme maison mère", H2),
        P("Le RAMEAU, fondé en 2006, est une structure associative reconnue d'intérêt général. Il se "
          "décrit lui-même comme un « laboratoire de recherche empirique », parfois comme un "
          "« laboratoire d'innovations partenariales ». Ses trois missions s'ouvrent sur la première : "
          "témoigner de ce qui se fait sur le terrain<super>3</super>."),
        table([["Repère", "Le RAMEAU", "Observatoire des partenariats"],
               ["Création", "2006", "2008 (2007 dans les documents de 2011-2012)"],
               ["Statut", "Association d'intérêt général", "Dispositif d'études partagé"],
               ["Présidence / pilotage", "Charles-Benoît Heidsieck, président-fondateur",
                "Caisse des Dépôts et Le RAMEAU"],
               ["Direction", "Laurence Weber, directrice générale",
                "Direction scientifique : voir section 3"]],
              [32 * mm, 62 * mm, CW - 94 * mm]),
    ]
    fill(c, L, 62 * mm, CW, H - 58 * mm - 62 * mm, story, name="p1")
    footnotes([
        "<super>1</super> Certaines pages de présentation inversent l'ordre : « créé en 2008 par Le RAMEAU "
        "en partenariat avec la Caisse des Dépôts ».",
        "<super>2</super> ARPEA Entreprises &amp; Territoires, janvier 2011 ; Observatoire national des "
        "partenariats, rapport quinquennal du 11 décembre 2012.",
        "<super>3</super> Le RAMEAU met en avant plus de 1 000 exemples inspirants recensés, quinze ans de "
        "recherche et cinq ans d'étude d'impact.",
    ], 58 * mm)
    c.showPage()

    # page 2 (printed 6)
    chrome(6, "Gouvernance")
    story = [
        P("3. Une direction scientifique assurée bénévolement", H2),
        P("La direction scientifique de l'Observatoire est assurée par <b>Anne Robin</b>, "
          "fondatrice du cabinet COMISIS. Elle exerce cette fonction à titre bénévole<super>4</super>, "
          "ce qui fait de l'Observatoire un exemple, parmi d'autres, d'engagement de compétences au "
          "service d'un projet d'intérêt général."),
        P("Les enquêtes quantitatives sont pour l'essentiel réalisées par le tandem Comisis-OpinionWay : "
          "c'est le cas de l'étude ARPEA-Collectivités locales, qui a donné naissance en 2010 à la démarche "
          "« Agir ensemble en Territoire », comme de l'étude IMPACT-Elus locaux de novembre 2020."),
        P("4. Trois programmes de cinq ans", H2),
        P("Le travail est organisé en plans quinquennaux. Chacun fixe une question centrale, un "
          "calendrier de volets et une série de publications."),
        table([["Programme", "Période", "Question directrice", "Repères"],
               ["ARPEA", "2008-2012", "Mesurer l'état des relations entre entreprises et associations",
                "10 volets ; rapport quinquennal le 11 décembre 2012"],
               ["PHARE", "2013-2018<super>5</super>", "Éclairer les attentes de chaque famille d'acteurs",
                "6 volets entre septembre 2015 et l'automne 2016"],
               ["IMPACT", "2018-2022", "Qualifier les effets des alliances",
                "Lancé en novembre 2017 ; 3 axes"]],
              [25 * mm, 24 * mm, 62 * mm, CW - 111 * mm]),
        Spacer(1, 6),
        P("5. Ce que « observer » veut dire", H2),
        P("L'Observatoire ne se contente pas de sondages. Sa méthode croise trois registres : des enquêtes "
          "représentatives auprès des citoyens, des dirigeants et des élus ; des monographies de "
          "partenariats repérés sur le terrain ; des expérimentations conduites avec les territoires. "
          "Les résultats sont ensuite restitués par population, ce qui explique qu'un même pourcentage "
          "puisse renvoyer à des publics très différents selon l'étude citée."),
        boxed([P("<b>Conseil de lecture.</b> Avant de citer un chiffre de l'Observatoire, vérifier trois "
                 "éléments : l'étude (ARPEA, PHARE, IMPACT…), l'année de terrain et la population "
                 "interrogée (Français, maires, dirigeants, responsables associatifs).", BODY_S)],
              CW),
    ]
    fill(c, L, 44 * mm, CW, H - 20 * mm - 44 * mm, story, name="p2")
    footnotes([
        "<super>4</super> Le bénévolat d'Anne Robin est mentionné dans les présentations du programme "
        "PHARE et dans le document de présentation du programme d'études.",
        "<super>5</super> Certaines présentations du cheminement de l'Observatoire datent PHARE de "
        "2013-2017 ; le calendrier de référence retient 2013-2018.",
    ], 40 * mm)
    c.showPage()

    # page 3 (printed 7)
    chrome(7, "ARPEA")
    story = [
        P("6. ARPEA (2008-2012) : poser un premier état des lieux", H2),
        P("Le premier programme porte un sigle dont la lecture n'est pas stabilisée. Trois développés "
          "circulent selon les documents<super>6</super> :"),
    ] + bullets([
        "« Analyse des Relations et des Partenariats entre Entreprises et Associations » (rapport quinquennal) ;",
        "« Analyser les Relations Partenariales entre Entreprises et Associations » (page de présentation des données) ;",
        "« Analyse des Relations Associations-Entreprises » (présentation du programme d'études).",
    ]) + [
        P("Le programme compte <b>10 volets</b>. Il se clôt par le rapport quinquennal du 11 décembre 2012, "
          "qui rassemble les enseignements des cinq premières années."),
        P("Ce que disait ARPEA", H3),
        keyrow([("86 %", "des Français jugeaient urgent de créer des partenariats en 2008"),
                ("84 %", "des Français partageaient ce jugement en 2012"),
                ("46 %", "des associations environ étaient engagées avec une entreprise")], CW),
        Spacer(1, 6),
        P("Le volet Entreprises &amp; Territoires (janvier 2011) donne une photographie plus nuancée côté "
          "entreprises : une minorité seulement développe des partenariats, une autre souhaite le faire, "
          "et près de la moitié ne le souhaite pas (détail dans le rapport sur les élus et les territoires)."),
        P("7. De l'état des lieux à la demande ministérielle", H2),
        P("Dans le prolongement d'ARPEA, la ministre Valérie Fourneyron sollicite un rapport d'état des "
          "lieux des partenariats entre associations et entreprises. Ce rapport est publié début 2014 ; "
          "il fait la jonction entre le premier et le deuxième programme quinquennal."),
    ]
    fill(c, L, 40 * mm, CW, H - 20 * mm - 40 * mm, story, name="p3")
    footnotes([
        "<super>6</super> Le volet Citoyens du programme est parfois désigné « ARPEA Citoyens » ; il est la "
        "source des taux de 2008 et de 2012 cités ci-dessus.",
    ], 34 * mm)
    c.showPage()

    # page 4 (printed 8)
    chrome(8, "PHARE")
    story = [
        P("8. PHARE : donner la parole à chaque famille d'acteurs", H2),
        P("Le deuxième programme se déploie en six volets publiés en un peu plus d'un an. Chaque volet "
          "interroge une population différente, ce qui permet de comparer leurs regards sur les mêmes "
          "enjeux."),
        table([["Volet PHARE", "Publication", "Population ou objet"],
               ["PHARE-Citoyens", "septembre 2015", "Français (plus de 2 000 personnes interrogées)"],
               ["PHARE-Entreprises", "octobre 2015", "Dirigeants d'entreprises"],
               ["PHARE-Associations", "novembre 2015", "Responsables associatifs"],
               ["Rapports régionaux", "2016", "13 rapports, un par région"],
               ["Diagnostics sectoriels", "juillet 2016", "Secteurs d'activité"],
               ["PHARE-Institutions", "automne 2016 (29 novembre 2016)", "Maires et institutions"]],
              [42 * mm, 52 * mm, CW - 94 * mm]),
        Spacer(1, 6),
        P("PHARE-Institutions, présenté le 29 novembre 2016, distingue <b>cinq profils de maires</b> selon "
          "leur rapport à la co-construction territoriale. Le référentiel de co-construction territoriale "
          "qui l'accompagne a notamment été relayé par le réseau des Caisses d'Épargne<super>7</super>."),
        P("Une lecture croisée", H3),
        P("Le grand apport de PHARE est la comparaison. Les mêmes questions posées aux citoyens, aux "
          "dirigeants et aux responsables associatifs montrent une adhésion large, mais à des degrés "
          "différents : c'est chez les responsables associatifs et les maires que la conviction est la "
          "plus forte. Les chiffres détaillés figurent dans le support « Les Français et les alliances »."),
        boxed([P("<b>Rapports régionaux.</b> Les treize rapports régionaux de 2016 décrivent des "
                 "dynamiques locales ; ils ne reprennent pas l'ensemble des indicateurs nationaux et ne "
                 "sont pas détaillés dans cette note.", BODY_S)], CW, bg=ORANGE_L, border=ORANGE),
    ]
    fill(c, L, 36 * mm, CW, H - 20 * mm - 36 * mm, story, name="p4")
    footnotes([
        "<super>7</super> Fédération nationale des Caisses d'Épargne, annonce du référentiel de "
        "co-construction territoriale.",
    ], 30 * mm)
    c.showPage()

    # page 5 (printed 9)
    chrome(9, "IMPACT")
    story = [
        P("9. IMPACT : mesurer les effets", H2),
        P("Le troisième programme est lancé en novembre 2017 pour la période 2018-2022. Il est conduit "
          "par un collectif de cinq partenaires<super>8</super> :"),
    ] + bullets(["la Caisse des Dépôts ;", "l'Institut CDC pour la Recherche ;", "le Groupe La Poste ;",
                 "la Fondation TOTAL ;", "Le RAMEAU."]) + [
        P("Ses travaux s'organisent autour de trois axes : l'innovation sociétale et territoriale, la "
          "performance des organisations et la confiance. Les publications de synthèse parlent plus "
          "simplement de trois indicateurs : innovation, performance, confiance."),
        P("Des données pour agir", H3),
        P("Au sortir de la crise sanitaire, l'Observatoire a inventorié plus de 250 données utiles pour "
          "« jouer collectif en sortie de crise ». L'objectif : permettre aux décideurs d'agir vite et "
          "bien en s'appuyant sur des faits plutôt que sur des intuitions."),
        P("10. L'expérimentation comme méthode", H2),
        P("Le RAMEAU revendique des expérimentations menées auprès de plus de 500 organisations depuis "
          "2006. Côté territoires, sa présentation des « alliances innovantes, moteurs de confiance » "
          "évoque un travail conduit avec le CGET et <b>10 territoires pilotes</b>."),
        keyrow([("+ de 500", "organisations associées aux expérimentations depuis 2006"),
                ("+ de 1 000", "exemples inspirants recensés"),
                ("+ de 250", "données inventoriées pour la sortie de crise")], CW,
               bg=TEAL_L, fg=TEAL),
    ]
    fill(c, L, 34 * mm, CW, H - 20 * mm - 34 * mm, story, name="p5")
    footnotes([
        "<super>8</super> Présentation du programme IMPACT sur le site de Le RAMEAU.",
    ], 28 * mm)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 02 - Fiche Repère (A4), printed pages 13-16
# ---------------------------------------------------------------------------

def doc02(path):
    W, H = A4
    c = new_canvas(path, A4, "Fiche Repère - Associations et partenariats",
                   "Les associations et leurs partenaires : chiffres clés")
    L, R = 16 * mm, W - 16 * mm
    CW = R - L

    def chrome(printed, first=False):
        c.setFillColor(PLUM)
        c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 9)
        c.drawString(L, H - 8 * mm, "FICHE REPÈRE · ASSOCIATIONS")
        c.setFont("DV", 8)
        c.drawRightString(R, H - 8 * mm, "Collection « Repères » de l'Observatoire des partenariats")
        c.setFillColor(PLUM)
        c.rect(0, 0, 6 * mm, H, stroke=0, fill=1)
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(L, 8 * mm, "Fiche Repère « Associations : le partenariat devenu la norme »")
        c.setFont("DV-B", 9)
        c.drawRightString(R, 8 * mm, "p. %d" % printed)

    # page 1
    chrome(13, True)
    story = [
        P("Associations : le partenariat devenu la norme", style("t", 20, font="DV-B", color=PLUM,
                                                                   spaceAfter=4)),
        P("Ce que disent les enquêtes sur les alliances nouées par les associations avec les "
          "collectivités, les entreprises, l'école et la recherche.", style("st", 10.5, color=GREY,
                                                                              spaceAfter=10)),
        keyrow([("148 000", "associations employeuses dans le champ de l'étude IMPACT – Associations "
                            "&amp; Territoires"),
                ("98 %", "d'entre elles déclarent au moins un partenariat"),
                ("73 %", "ont des partenaires à l'échelle locale"),
                ("47 %", "en ont à l'échelle régionale")], CW, bg=PLUM_L, fg=PLUM),
        Spacer(1, 10),
        P("Pourquoi cette fiche ?", H2),
        P("Les associations ne travaillent plus seules. Qu'elles reposent entièrement sur des bénévoles ou "
          "qu'elles emploient des salariés, elles construisent des relations durables avec des acteurs "
          "très divers. Cette fiche rassemble les repères chiffrés publiés par l'Observatoire et ses "
          "partenaires, en précisant à chaque fois l'étude et la population concernées."),
        P("Trois sources sont mobilisées :"),
    ] + bullets([
        "l'étude <b>IMPACT – Associations &amp; Territoires</b>, centrée sur les associations employeuses ;",
        "l'enquête <b>Associations &amp; Partenariats</b> de Recherches &amp; Solidarités et Le RAMEAU "
        "(mars 2017), qui couvre aussi les petites associations ;",
        "les repères historiques d'<b>ARPEA</b> et la note du <b>29 février 2016</b> sur les modèles de "
        "co-construction.",
    ]) + [
        Spacer(1, 4),
        boxed([P("<b>Le mot bénévole dans cette fiche.</b> Les enquêtes citées interrogent des "
                 "dirigeants et responsables associatifs, souvent eux-mêmes bénévoles. Elles décrivent "
                 "les partenariats de leurs structures ; elles ne dénombrent ni les bénévoles ni les "
                 "heures données.", BODY_S)], CW, bg=GREY_L, border=GREY),
    ]
    fill(c, L, 16 * mm, CW, H - 20 * mm - 16 * mm, story, name="02p1")
    c.showPage()

    # page 2
    chrome(14)
    half = (CW - 8 * mm) / 2
    left = [
        P("Avec qui ? (IMPACT)", H2),
        P("Part des associations employeuses ayant des partenaires dans chaque famille d'acteurs :",
          BODY_S),
        table([["Partenaire", "Part"],
               ["Collectivités territoriales", "89 %"],
               ["Structures d'intérêt général", "73 %"],
               ["Établissements scolaires", "70 %"],
               ["Collectifs d'associations", "56 %"],
               ["Acteurs publics nationaux", "52 %"],
               ["Fédérations professionnelles", "37 %"],
               ["Acteurs académiques", "35 %"]], [half - 22 * mm, 22 * mm], head_bg=PLUM,
              zebra=PLUM_L),
        Spacer(1, 6),
        P("Les collectivités arrivent nettement en tête : pour neuf associations employeuses sur dix, "
          "la commune, le département ou la région est un partenaire.", BODY_S),
    ]
    right = [
        P("Sous quelle forme ? (IMPACT)", H2),
        P("Part des associations employeuses concernées par chaque forme de partenariat :", BODY_S),
        table([["Forme", "Part"],
               ["Mécénat", "75 %"],
               ["Innovation sociétale", "73 %"],
               ["Pratiques responsables", "70 %"],
               ["Coopération économique", "58 %"]], [half - 22 * mm, 22 * mm], head_bg=PLUM,
              zebra=PLUM_L),
        Spacer(1, 6),
        P("Petit lexique", H3),
        P("<b>Mécénat</b> : soutien apporté sans contrepartie équivalente (argent, produits, temps de "
          "salariés) à une cause d'intérêt général.", BODY_S),
        P("<b>Pratiques responsables</b> : l'association aide une organisation à faire évoluer ses "
          "pratiques (achats, ressources humaines, environnement).", BODY_S),
        P("<b>Coopération économique</b> : relation qui engage une activité économique commune, "
          "par exemple une prestation ou une filière partagée.", BODY_S),
        P("<b>Innovation sociétale</b> : co-construction d'une réponse nouvelle à un besoin social ou "
          "environnemental mal couvert.", BODY_S),
    ]
    fill(c, L, 16 * mm, half, H - 20 * mm - 16 * mm, left, name="02p2l")
    fill(c, L + half + 8 * mm, 16 * mm, half, H - 20 * mm - 16 * mm, right, name="02p2r")
    c.showPage()

    # page 3
    chrome(15)
    story = [
        P("Toutes les associations, pas seulement les employeuses", H2),
        P("L'enquête <b>Associations &amp; Partenariats</b>, publiée en mars 2017 par Recherches &amp; "
          "Solidarités et Le RAMEAU, repose sur un questionnaire administré en mai-juin 2016 auprès de "
          "plus de 1 380 responsables associatifs. Son périmètre plus large explique des taux différents "
          "de ceux d'IMPACT."),
        keyrow([("2,5", "partenaires en moyenne par association"),
                ("+ de 1 380", "responsables associatifs interrogés (mai-juin 2016)")], CW,
               bg=PLUM_L, fg=PLUM),
        Spacer(1, 8),
        table([["Type de partenaire (enquête 2016, publiée en mars 2017)", "Part des associations"],
               ["Collectivités territoriales", "74 %"],
               ["Autres associations ou fondations", "72 %"],
               ["Établissements d'enseignement", "47 %"],
               ["Entreprises", "28 %"],
               ["Structures d'insertion", "22 %"],
               ["Organismes de recherche", "9 %"]], [CW - 45 * mm, 45 * mm], head_bg=PLUM,
              zebra=PLUM_L),
        Spacer(1, 8),
        P("La taille compte", H3),
        P("Le partenariat avec une entreprise dépend fortement du budget : il concerne <b>50 %</b> des "
          "associations dont le budget dépasse 150 000 €, contre <b>20 %</b> de celles qui disposent de "
          "moins de 10 000 €. Les plus petites structures, souvent sans salarié et animées par des "
          "bénévoles, restent surtout tournées vers leur commune et vers d'autres associations."),
        boxed([P("<b>Attention aux comparaisons.</b> 89 % (IMPACT, associations employeuses) et 74 % "
                 "(Associations &amp; Partenariats, toutes associations) mesurent tous deux le partenariat "
                 "avec les collectivités, mais pas sur la même population.", BODY_S)], CW,
              bg=ORANGE_L, border=ORANGE),
    ]
    fill(c, L, 16 * mm, CW, H - 20 * mm - 16 * mm, story, name="02p3")
    c.showPage()

    # page 4
    chrome(16)
    story = [
        P("Repères dans le temps", H2),
        table([["Source", "Année", "Ce qui est mesuré", "Valeur"],
               ["ARPEA", "2008-2012", "Associations engagées avec une entreprise", "près de 46 %"],
               ["PHARE-Associations", "novembre 2015", "Volet consacré aux responsables associatifs",
                "—"],
               ["Note sur les modèles de co-construction", "29 février 2016",
                "Associations ayant un partenariat avec une entreprise", "38 %"],
               ["Même note", "29 février 2016", "… parmi les associations employeuses", "53 %"],
               ["Même note", "29 février 2016", "Entreprises de 10 salariés et plus ayant un partenariat "
                "avec une association", "37 %"],
               ["Même note", "29 février 2016", "Organisations « pionnières »", "65 %"]],
              [44 * mm, 27 * mm, CW - 44 * mm - 27 * mm - 24 * mm, 24 * mm], head_bg=PLUM,
              zebra=PLUM_L),
        Spacer(1, 8),
        P("Le regard des responsables associatifs", H3),
        P("Interrogés dans les enquêtes de l'Observatoire, <b>86 %</b> des responsables associatifs voient "
          "dans les partenariats une source d'innovation, soit davantage que les dirigeants d'entreprise "
          "(81 %) et que les Français dans leur ensemble."),
        P("À retenir", H2),
    ] + bullets([
        "Le partenariat est quasi universel chez les associations employeuses (98 %).",
        "Les collectivités sont le premier partenaire, quelle que soit l'enquête.",
        "L'entreprise reste un partenaire minoritaire pour l'ensemble des associations (28 % en 2016), "
        "mais fréquent chez les plus grandes.",
        "Le mécénat est la forme la plus répandue, devant l'innovation sociétale.",
        "L'ancrage est d'abord local (73 %), régional ensuite (47 %).",
    ]) + [
        Spacer(1, 6),
        P("Sources : étude IMPACT – Associations &amp; Territoires ; Recherches &amp; Solidarités et "
          "Le RAMEAU, Associations &amp; Partenariats, mars 2017 ; note du 29 février 2016 ; programme ARPEA.",
          SMALL),
    ]
    fill(c, L, 16 * mm, CW, H - 20 * mm - 16 * mm, story, name="02p4")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 03 - 16:9 slide deck, printed slide numbers 12-17
# ---------------------------------------------------------------------------

def doc03(path):
    W, H = 960, 540
    c = new_canvas(path, (W, H), "Les Français et les alliances - support d'intervention",
                   "Perception des partenariats par les citoyens")
    L, R = 48, W - 48
    CW = R - L
    TS = style("slide_t", 24, font="DV-B", color=TEAL, leading=29)
    SB = style("slide_b", 15, leading=20, spaceAfter=8)
    SBL = style("slide_bl", 15, leading=20, leftIndent=18, bulletIndent=4, spaceAfter=8)
    SN = style("slide_n", 10.5, color=GREY, leading=13)

    def chrome(num, title, dark=False):
        if dark:
            c.setFillColor(TEAL)
            c.rect(0, 0, W, H, stroke=0, fill=1)
        else:
            c.setFillColor(TEAL)
            c.rect(0, H - 8, W, 8, stroke=0, fill=1)
            c.setFillColor(ORANGE)
            c.rect(L, H - 88, 60, 4, stroke=0, fill=1)
            fill(c, L, H - 82, CW, 60, [P(title, TS)], name="title")
        c.setFillColor(colors.white if dark else GREY)
        c.setFont("DV", 9)
        c.drawString(L, 20, "Observatoire des partenariats · Les Français et les alliances")
        c.setFont("DV-B", 11)
        c.drawRightString(R, 20, str(num))

    # slide 1
    chrome(12, "", dark=True)
    c.setFillColor(colors.white)
    c.setFont("DV-B", 34)
    c.drawString(L, 330, "Les Français et les alliances")
    c.setFont("DV", 18)
    c.drawString(L, 295, "Ce que quinze ans d'enquêtes disent du regard des citoyens")
    c.setFillColor(ORANGE)
    c.rect(L, 270, 120, 5, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DV", 13)
    c.drawString(L, 235, "Support d'intervention · séquence « perception citoyenne »")
    c.drawString(L, 212, "Sources : ARPEA Citoyens, PHARE-Citoyens, programme IMPACT, droit de l'alliance")
    c.showPage()

    # slide 2
    chrome(13, "ARPEA : une urgence ressentie dès 2008")
    fill(c, L, 60, CW * 0.55, H - 110 - 60, [
        P("Dans le volet citoyens d'ARPEA (« ARPEA Citoyens »), les Français étaient interrogés sur "
          "l'urgence de créer des partenariats entre associations et entreprises.", SB),
        P("2008 : 86 % jugent cette création urgente", SBL, bulletText="•"),
        P("2012 : 84 % font le même constat", SBL, bulletText="•"),
        P("Une conviction massive et stable sur cinq ans, malgré la crise.", SB),
    ], name="s2l")
    fill(c, L + CW * 0.6, 90, CW * 0.4, H - 110 - 90, [
        keybox("86 %", "des Français, 2008 (ARPEA Citoyens)", CW * 0.4, fig_size=40),
        Spacer(1, 12),
        keybox("84 %", "des Français, 2012 (ARPEA Citoyens)", CW * 0.4, bg=TEAL_L, fg=TEAL,
               fig_size=40),
    ], name="s2r")
    c.showPage()

    # slide 3
    chrome(14, "PHARE-Citoyens (septembre 2015) : les priorités des Français")
    fill(c, L, 60, CW * 0.46, H - 110 - 60, [
        P("Plus de 2 000 personnes interrogées. Chaque enjeu reçoit une note moyenne sur 10.", SB),
        P("69 % des Français y expriment un « devoir d'alliance » entre acteurs.", SB),
        P("Notes moyennes sur 10, publication des résultats de PHARE-Citoyens.", SN),
    ], name="s3l")
    rows = [["Enjeu", "Note / 10"], ["Emploi", "7,1"], ["Pouvoir d'achat", "6,6"],
            ["Sécurité", "6,6"], ["Développement économique", "6,5"], ["Environnement", "6,3"],
            ["Exclusion", "6,3"]]
    big = style("bigcell", 13, leading=16)
    bigw = style("bigcellw", 13, leading=16, font="DV-B", color=colors.white)
    t = Table([[Paragraph(a, bigw if i == 0 else big), Paragraph(b, bigw if i == 0 else big)]
               for i, (a, b) in enumerate(rows)], colWidths=[CW * 0.32, CW * 0.14])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#BBBBBB")),
                           ("BACKGROUND", (0, 2), (-1, 2), TEAL_L),
                           ("BACKGROUND", (0, 4), (-1, 4), TEAL_L),
                           ("BACKGROUND", (0, 6), (-1, 6), TEAL_L)]))
    fill(c, L + CW * 0.52, 60, CW * 0.48, H - 110 - 60, [t], name="s3r")
    c.showPage()

    # slide 4
    chrome(15, "PHARE-Citoyens : où les partenariats ont-ils un impact fort ?")
    fill(c, L, H - 150, CW, 40, [P("Part des Français qui attribuent aux partenariats un impact fort, "
                                    "par domaine (PHARE-Citoyens, 2015)", SB)], name="s4h")
    bars = [("Emploi", 49), ("Développement économique", 46), ("Environnement", 42),
            ("Lutte contre la précarité", 36), ("Éducation", 36)]
    y = H - 190
    for label, v in bars:
        c.setFillColor(colors.black)
        c.setFont("DV", 14)
        c.drawString(L, y + 6, label)
        c.setFillColor(ORANGE)
        c.rect(L + 260, y, v * 9, 26, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DV-B", 14)
        c.drawString(L + 270 + v * 9, y + 6, "%d %%" % v)
        y -= 48
    fill(c, L, 40, CW, 40, [P("Lecture : près d'un Français sur deux voit un impact fort des "
                              "partenariats sur l'emploi.", SN)], name="s4n")
    c.showPage()

    # slide 5
    chrome(16, "IMPACT : les partenariats, source d'innovation")
    fill(c, L, 150, CW, H - 110 - 150, [
        keyrow([("74 %", "des Français"), ("81 %", "des dirigeants d'entreprise"),
                ("86 %", "des responsables associatifs"), ("87 %", "des maires")], CW, gap=14,
               fig_size=34),
        Spacer(1, 14),
        P("Part de chaque population qui considère les partenariats comme une source d'innovation "
          "(programme IMPACT). Côté maires, 76 % voient leur territoire engagé, mais 46 % ne savent pas "
          "comment piloter la co-construction.", SB),
    ], name="s5")
    fill(c, L, 40, CW, 100, [
        P("Note de source : une autre restitution du même programme, publiée sur un site partenaire "
          "consacré à la co-construction, indique <b>69 % des citoyens</b> au lieu de 74 %, les autres "
          "valeurs étant identiques.", SN),
    ], name="s5n")
    c.showPage()

    # slide 6
    chrome(17, "Du devoir d'alliance au droit de l'alliance")
    half = (CW - 30) / 2
    fill(c, L, 60, half, H - 110 - 60, [
        P("Pour appuyer le « droit de l'alliance d'intérêt général »", style("h", 15, font="DV-B",
                                                                          color=ORANGE, leading=19)),
        P("81 % des Français ressentent un « devoir d'alliance »", SBL, bulletText="•"),
        P("92 % des maires expriment un « besoin d'alliance »", SBL, bulletText="•"),
        P("84 % des dirigeants d'entreprises ont « envie d'alliance »", SBL, bulletText="•"),
    ], name="s6l")
    fill(c, L + half + 30, 60, half, H - 110 - 60, [
        P("Pour « jouer collectif en sortie de crise »", style("h2s", 15, font="DV-B", color=ORANGE,
                                                              leading=19)),
        P("81 % des Français et 84 % des dirigeants de TPE &amp; PME jugent la co-construction utile "
          "pour la résilience après la Covid.", SB),
        P("Plus de 250 données inventoriées par l'Observatoire pour agir vite et bien.", SB),
        P("Rappel : en 2015, PHARE-Citoyens mesurait le devoir d'alliance à 69 %.", SN),
    ], name="s6r")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 04 - Bulletin de veille, two columns (A4), printed pages 17-20
# ---------------------------------------------------------------------------

def doc04(path):
    W, H = A4
    c = new_canvas(path, A4, "Veille partenariale n° 27", "Bulletin de veille de l'Observatoire")
    L, R = 15 * mm, W - 15 * mm
    CW = R - L
    GAP = 7 * mm
    COL = (CW - GAP) / 2
    NH = style("nh", 11, font="DV-B", color=TEAL, spaceBefore=6, spaceAfter=3, leading=13.5)
    KICK = style("kick", 7.5, font="DV-B", color=ORANGE, spaceAfter=1)
    BB = style("bb", 8.9, leading=11.6, spaceAfter=4)
    BBL = style("bbl", 8.9, leading=11.6, leftIndent=10, bulletIndent=1, spaceAfter=2)

    def chrome(printed, first=False):
        if first:
            c.setFillColor(TEAL)
            c.rect(0, H - 40 * mm, W, 40 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DV-B", 26)
            c.drawString(L, H - 22 * mm, "Veille partenariale")
            c.setFont("DV", 10)
            c.drawString(L, H - 30 * mm, "Bulletin de veille de l'Observatoire des partenariats · n° 27")
            c.drawString(L, H - 35 * mm, "Agenda, publications, initiatives territoriales")
            top = H - 44 * mm
        else:
            c.setFillColor(TEAL)
            c.setFont("DV-B", 8.5)
            c.drawString(L, H - 11 * mm, "VEILLE PARTENARIALE · n° 27")
            c.setFont("DV", 8.5)
            c.drawRightString(R, H - 11 * mm, "Observatoire des partenariats")
            c.setStrokeColor(TEAL)
            c.setLineWidth(1.2)
            c.line(L, H - 13 * mm, R, H - 13 * mm)
            top = H - 17 * mm
        c.setStrokeColor(colors.HexColor("#BBBBBB"))
        c.setLineWidth(0.4)
        c.line(L + COL + GAP / 2, 16 * mm, L + COL + GAP / 2, top - 2 * mm)
        c.line(L, 13 * mm, R, 13 * mm)
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(L, 8.5 * mm, "Veille partenariale n° 27 · diffusion aux réseaux partenaires")
        c.setFont("DV-B", 9)
        c.drawRightString(R, 8.5 * mm, "%d" % printed)
        return top

    def cols(top, left, right, tag):
        h = top - 16 * mm
        fill(c, L, 16 * mm, COL, h, left, name=tag + "l")
        fill(c, L + COL + GAP, 16 * mm, COL, h, right, name=tag + "r")

    # page 1
    top = chrome(17, first=True)
    left = [
        P("ÉDITORIAL", KICK),
        P("Un automne chargé pour les alliances", NH),
        P("Ce numéro rassemble les rendez-vous de novembre, les nouveaux outils mis à disposition des "
          "territoires et les étapes institutionnelles qui, depuis 2019, ont progressivement donné une "
          "place à l'alliance dans le débat public. Il reprend aussi quelques chiffres de l'Observatoire "
          "cités lors des rencontres avec les élus.", BB),
        P("PUBLICATION", KICK),
        P("Normandie : le 11e rapport régional", NH),
        P("Le onzième rapport régional de l'Observatoire des partenariats, consacré à la Normandie, a été "
          "publié le <b>26 novembre</b>. Il décrit les coopérations entre associations, entreprises et "
          "collectivités de la région et les dynamiques propres à ses territoires.", BB),
        P("EN BREF", KICK),
        P("Un outil pour les communes", NH),
        P("La fiche-repère « Les dynamiques d'engagement des Collectivités territoriales », issue de "
          "l'étude IMPACT-Elus locaux menée avec Comisis-OpinionWay, a été dévoilée au Congrès des maires. "
          "Elle aide chaque collectivité à situer sa propre dynamique d'engagement.", BB),
        P("Côté fondations, la fiche acteur « Dynamique d'engagement des Fondations » complète la "
          "collection.", BB),
    ]
    right = [
        P("AGENDA", KICK),
        P("Les rendez-vous de novembre", NH),
        table([["Date", "Rendez-vous"],
               ["15 nov.", "Dossier de JURIS Associations n° 628 consacré aux alliances"],
               ["23 nov.", "3e dîner « Elus &amp; Entreprises »"],
               ["26 nov.", "5e webinaire « l'ODD 17 en pratique »"],
               ["26 nov.", "Publication du 11e rapport régional (Normandie)"]],
              [15 * mm, COL - 15 * mm]),
        Spacer(1, 5),
        P("DÎNER ÉLUS &amp; ENTREPRISES", KICK),
        P("Quel menu pour les territoires ?", NH),
        P("Le troisième dîner « Elus &amp; Entreprises » s'est appuyé sur deux résultats de "
          "l'Observatoire :", BB),
        P("64 % des élus locaux veulent s'appuyer sur le « jouer collectif » ;", BBL, bulletText="•"),
        P("92 % des maires reconnaissent l'utilité de la co-construction.", BBL, bulletText="•"),
        Spacer(1, 6),
        keybox("64 %", "des élus locaux veulent s'appuyer sur le « jouer collectif »", COL,
               bg=TEAL_L, fg=TEAL, fig_size=22),
    ]
    cols(top, left, right, "04p1")
    c.showPage()

    # page 2
    top = chrome(18)
    left = [
        P("CHARTE", KICK),
        P("La Charte du faire alliance est lancée", NH),
        P("Fruit de <b>trois mois de co-construction</b> pilotés par la Fondation des Territoires, la Charte "
          "du faire alliance a été dévoilée le <b>30 novembre 2021</b>, jour du Giving Tuesday, à "
          "Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois, lors d'une soirée VitaWin.", BB),
        P("Son ambition : proposer aux acteurs qui s'engagent ensemble un « contrat de confiance », "
          "c'est-à-dire un socle commun de principes à partager avant d'agir. Elle s'accompagne de trois "
          "récits qui racontent les alliances vécues.", BB),
        boxed([P("<b>Pourquoi Saint-Maurice ?</b> Paris-Est Marne &amp; Bois est l'un des territoires "
                 "pilotes de la démarche « Agir ensemble en Territoire ».", BB)], COL),
    ]
    right = [
        P("TERRITOIRES", KICK),
        P("« Agir ensemble en Territoire » : aux racines de la Charte", NH),
        P("La démarche est née en <b>2010</b>, au lendemain de l'étude ARPEA-Collectivités locales "
          "réalisée par Comisis-OpinionWay. Elle a été testée sur trois territoires pilotes :", BB),
        P("l'Alsace, avec Alsace Active ;", BBL, bulletText="•"),
        P("le Poitou-Charentes, avec le Groupe La Poste ;", BBL, bulletText="•"),
        P("Paris-Est Marne &amp; Bois.", BBL, bulletText="•"),
        P("Dix ans plus tard, ces expériences ont nourri les trois récits et la Charte : on ne "
          "décrète pas une alliance, on la prépare en installant la confiance entre les parties.", BB),
    ]
    cols(top, left, right, "04p2")
    c.showPage()

    # page 3
    top = chrome(19)
    left = [
        P("OUTILS", KICK),
        P("Le Fonds ODD 17 pour les catalyseurs territoriaux", NH),
        P("Co-créé en <b>2020</b> par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 dispose "
          "d'une dotation de <b>1,5 M€</b> pour une expérimentation de trois ans. Il vise à outiller "
          "350 « catalyseurs territoriaux », ces acteurs qui facilitent les alliances sur leur "
          "territoire.", BB),
        P("M.E.D.O.C., la boîte à outils", NH),
        P("La plateforme www.odd17.org rassemble les ressources sous l'acronyme M.E.D.O.C. : Méthodes, "
          "Exemples, Données, Outils, Compétences.", BB),
    ]
    right = [
        P("NOTE", KICK),
        P("L'ODD 17 décrypté", NH),
        P("Le Comité 21 a présenté le 5 juillet sa note « ODD 17 : Sens, décryptages, déclinaisons ». "
          "Elle rappelle que l'objectif de développement durable n° 17, consacré aux partenariats, "
          "compte <b>19 cibles</b>.", BB),
        P("REVUE DE PRESSE", KICK),
        P("PHARE-Citoyens vu par la presse", NH),
        P("À la sortie de PHARE-Citoyens, un article de presse titrait sur des Français favorables à "
          "une alliance entre entreprises et associations. Il situait l'emploi en tête des préoccupations "
          "et attribuait à la <b>sécurité une note de 7/10</b>, là où la publication des résultats "
          "retient 6,6.", BB),
    ]
    cols(top, left, right, "04p3")
    c.showPage()

    # page 4
    top = chrome(20)
    left = [
        P("INSTITUTIONS", KICK),
        P("De la mission ministérielle à la proposition de loi", NH),
        P("Lors du Forum national des associations et fondations (FNAF) de 2019, Gabriel Attal confie "
          "une mission à Cathy Racon-Bouzon et Charles-Benoît Heidsieck. Leur rapport est remis le "
          "<b>7 mai 2020</b> ; un bilan est dressé le <b>17 octobre 2020</b>.", BB),
        P("La proposition de loi sur le « droit de l'alliance d'intérêt général », portée par Cathy "
          "Racon-Bouzon, est déposée en février, agréée par le Bureau de l'Assemblée nationale et publiée "
          "au Journal officiel. Une « feuille de route » ministérielle de <b>21 mesures</b> l'accompagne.",
          BB),
    ]
    right = [
        P("FONDATION", KICK),
        P("La Fondation des Territoires voit le jour", NH),
        P("Après une préfiguration lancée en <b>juillet 2018</b>, la Fondation des Territoires est créée "
          "le <b>14 juin 2022</b>, sous l'égide de la Fondation de Lille, par 21 co-fondateurs. Elle "
          "se donne trois missions.", BB),
        table([["Étape de préfiguration", "Période"],
               ["Étape 1", "juillet 2018 – juillet 2019"],
               ["Étape 2", "août 2019 – novembre 2020"],
               ["Étape 3", "décembre 2020 – mai 2022"]], [COL * 0.5, COL * 0.5]),
        Spacer(1, 5),
        P("Elle a notamment piloté la co-construction de la Charte du faire alliance.", BB),
    ]
    cols(top, left, right, "04p4")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 05 - Rapport with tables (A4), printed pages 41-45
# ---------------------------------------------------------------------------

def doc05(path):
    W, H = A4
    c = new_canvas(path, A4, "Rapport - Élus locaux, entreprises et territoires",
                   "Chapitre 3 : la co-construction territoriale en chiffres")
    L, R = 22 * mm, W - 18 * mm
    CW = R - L

    def chrome(printed):
        c.setFillColor(ORANGE)
        c.rect(0, H - 6 * mm, W, 6 * mm, stroke=0, fill=1)
        c.setFillColor(GREY)
        c.setFont("DV-I", 8)
        c.drawString(L, H - 13 * mm, "Rapport annuel de l'Observatoire des partenariats")
        c.drawRightString(R, H - 13 * mm, "Chapitre 3 · Élus locaux, entreprises et territoires")
        c.setStrokeColor(ORANGE)
        c.setLineWidth(0.6)
        c.line(L, H - 15 * mm, R, H - 15 * mm)
        c.line(L, 14 * mm, R, 14 * mm)
        c.setFont("DV-B", 9.5)
        c.setFillColor(ORANGE)
        if printed % 2:
            c.drawRightString(R, 8.5 * mm, str(printed))
        else:
            c.drawString(L, 8.5 * mm, str(printed))

    TOP = H - 19 * mm
    BOT = 18 * mm

    # page 1 (41)
    chrome(41)
    story = [
        P("CHAPITRE 3", style("ck", 9, font="DV-B", color=ORANGE)),
        P("Élus locaux, entreprises et territoires : la co-construction en chiffres", H1),
        P("3.1 Les maires face aux transitions (novembre 2024)", H2),
        P("La plus récente enquête auprès des élus, <b>IMPACTS &amp; TRAJECTOIRES – Elus locaux</b>, a "
          "été publiée en novembre 2024. Ses conditions de réalisation sont résumées ci-dessous."),
        table([["Élément de méthode", "IMPACTS & TRAJECTOIRES – Elus locaux"],
               ["Population", "Maires"],
               ["Échantillon", "302 maires"],
               ["Terrain", "du 30 septembre au 28 octobre 2024"],
               ["Mode de recueil", "Entretiens par téléphone"],
               ["Profil des communes", "84 % des répondants dans des communes de moins de 2 000 habitants"]],
              [55 * mm, CW - 55 * mm], head_bg=ORANGE, zebra=ORANGE_L),
        Spacer(1, 8),
        P("Tableau 3.1 – Perception de la dynamique du territoire par les maires (2024)", H3),
        table([["Réponse", "Part des maires"],
               ["Territoire en mouvement (total)", "91 %"],
               ["… dont fortement en mouvement", "35 %"],
               ["… dont ni plus ni moins qu'avant", "56 %"]],
              [CW - 40 * mm, 40 * mm], head_bg=ORANGE, zebra=ORANGE_L),
        Spacer(1, 6),
        P("Neuf maires sur dix décrivent donc un territoire en mouvement, mais la majorité d'entre eux "
          "évoque un mouvement modéré. La forte proportion de petites communes dans l'échantillon invite "
          "à lire ces chiffres comme le regard de la France rurale et périurbaine."),
    ]
    fill(c, L, BOT, CW, TOP - BOT, story, name="05p1")
    c.showPage()

    # page 2 (42)
    chrome(42)
    story = [
        P("3.2 Maires : convaincus, mais en quête de méthode", H2),
        P("Les enquêtes précédentes éclairent ce résultat. Dans le programme IMPACT, <b>87 %</b> des "
          "maires considèrent les partenariats comme une source d'innovation ; 76 % estiment que leur "
          "territoire est engagé, mais <b>46 %</b> déclarent ne pas savoir piloter une démarche de "
          "co-construction."),
        table([["Étude", "Date", "Résultat clé chez les maires"],
               ["PHARE-Institutions", "29 novembre 2016", "5 profils de maires ; 87 % voient dans les "
                                                          "partenariats une source d'innovation"],
               ["IMPACT", "2018-2022", "76 % territoire engagé ; 46 % ne savent pas piloter"],
               ["Chiffres du droit de l'alliance", "non précisée", "92 % des maires expriment un "
                                                                 "besoin d'alliance"],
               ["IMPACTS & TRAJECTOIRES", "novembre 2024", "91 % territoire en mouvement"]],
              [45 * mm, 32 * mm, CW - 77 * mm], head_bg=ORANGE, zebra=ORANGE_L),
        Spacer(1, 8),
        P("3.3 Un outil pour les collectivités", H2),
        P("Pour répondre à ce besoin de méthode, l'Observatoire a tiré de l'étude <b>IMPACT-Elus locaux</b> "
          "(novembre 2020, Comisis-OpinionWay) une fiche-repère intitulée « Les dynamiques d'engagement "
          "des Collectivités territoriales ». Elle a été dévoilée au Congrès des maires et présente la "
          "co-construction territoriale comme un chemin que chaque collectivité peut situer."),
        boxed([P("<b>Lecture.</b> Le pourcentage de 92 % revient dans deux contextes : le « besoin "
                 "d'alliance » des maires et l'utilité de la co-construction reconnue par les maires "
                 "lors du dîner « Elus &amp; Entreprises ». Dans les deux cas, il s'agit des maires.",
                 BODY_S)], CW, bg=ORANGE_L, border=ORANGE),
    ]
    fill(c, L, BOT, CW, TOP - BOT, story, name="05p2")
    c.showPage()

    # page 3 (43)
    chrome(43)
    story = [
        P("3.4 Les entreprises : de la réserve à l'envie", H2),
        P("Tableau 3.2 – Entreprises et partenariats avec les associations", H3),
        table([["Source", "Population", "Indicateur", "Valeur"],
               ["ARPEA Entreprises & Territoires (janvier 2011)", "Entreprises",
                "Développent des partenariats", "21 %"],
               ["", "", "Souhaitent en développer", "33 %"],
               ["", "", "Ne le souhaitent pas", "46 %"],
               ["Note du 29 février 2016", "Entreprises de 10 salariés et plus",
                "Ont un partenariat avec une association", "37 %"],
               ["Programme IMPACT", "Dirigeants d'entreprise", "Partenariats source d'innovation",
                "81 %"],
               ["Chiffres du droit de l'alliance", "Dirigeants d'entreprises", "« Envie d'alliance »",
                "84 %"]],
              [50 * mm, 38 * mm, CW - 50 * mm - 38 * mm - 18 * mm, 18 * mm], head_bg=ORANGE,
              zebra=ORANGE_L),
        Spacer(1, 6),
        P("Le regard des entreprises a changé d'échelle : en 2011, près de la moitié des entreprises "
          "ne souhaitaient pas de partenariat ; dans les chiffres cités à l'appui du droit de l'alliance, "
          "plus de huit dirigeants sur dix disent leur envie d'alliance."),
        P("3.5 Les fondations, actrices de l'ancrage territorial", H2),
        P("L'étude <b>IMPACT Fondations &amp; Territoires</b>, publiée le 23 septembre, repose sur "
          "l'interrogation de <b>42 fondations</b>. Elle montre le rôle structurant des fondations dans "
          "les alliances territoriales et a donné lieu à une fiche acteur « Dynamique d'engagement des "
          "Fondations »."),
    ]
    fill(c, L, BOT, CW, TOP - BOT, story, name="05p3")
    c.showPage()

    # page 4 (44)
    chrome(44)
    story = [
        P("3.6 Expérimenter avec l'État : le parcours CGET", H2),
        P("Le Commissariat général à l'égalité des territoires (CGET) et Le RAMEAU ont lancé ensemble "
          "une expérimentation sur la co-construction territoriale, sous la forme d'un « parcours "
          "d'expérience »."),
        table([["Caractéristique", "Parcours d'expérience CGET – Le RAMEAU"],
               ["Territoires engagés", "11 territoires pionniers"],
               ["Durée", "18 mois"],
               ["Lancement", "1re session le 3 mai"],
               ["Objet", "Co-construction territoriale entre acteurs publics, économiques et associatifs"]],
              [50 * mm, CW - 50 * mm], head_bg=ORANGE, zebra=ORANGE_L),
        Spacer(1, 8),
        P("3.7 Le Fonds ODD 17 et les catalyseurs", H2),
        P("Dans le même esprit, le Fonds ODD 17 finance depuis 2020 l'outillage de catalyseurs "
          "territoriaux. Les modalités figurent dans le bulletin de veille de l'Observatoire ; retenons "
          "ici l'ordre de grandeur : 350 catalyseurs visés sur trois ans."),
        P("3.8 Ce que les territoires demandent", H2),
    ] + bullets([
        "des méthodes simples pour passer de l'envie au pilotage ;",
        "des données locales, région par région, pour convaincre les partenaires ;",
        "des lieux de rencontre entre élus et entreprises, comme les dîners « Elus &amp; Entreprises » ;",
        "une reconnaissance institutionnelle de l'alliance, objet de la proposition de loi sur le "
        "droit de l'alliance d'intérêt général.",
    ], BULLET)
    fill(c, L, BOT, CW, TOP - BOT, story, name="05p4")
    c.showPage()

    # page 5 (45)
    chrome(45)
    story = [
        P("Annexe 3 – Chronologie des jalons territoriaux", H2),
        table([["Date", "Jalon", "Source"],
               ["2010", "Lancement de « Agir ensemble en Territoire » après l'étude ARPEA-Collectivités "
                        "locales", "Le RAMEAU"],
               ["29 novembre 2016", "Publication de PHARE-Institutions (5 profils de maires)",
                "Caisses d'Épargne"],
               ["novembre 2017", "Lancement du programme IMPACT", "Le RAMEAU"],
               ["juillet 2018", "Début de la préfiguration de la Fondation des Territoires",
                "associations.gouv.fr"],
               ["7 mai 2020", "Remise du rapport de la mission Racon-Bouzon – Heidsieck",
                "co-construisonsdemain.org"],
               ["17 octobre 2020", "Bilan de la mission", "co-construisonsdemain.org"],
               ["novembre 2020", "Étude IMPACT-Elus locaux (Comisis-OpinionWay)", "associations.gouv.fr"],
               ["« mardi 30 septembre »", "Charte du faire alliance dévoilée au Giving Tuesday à "
                                          "Saint-Maurice (date telle qu'annoncée)", "associations.gouv.fr"],
               ["14 juin 2022", "Création de la Fondation des Territoires", "Le RAMEAU"],
               ["novembre 2024", "IMPACTS & TRAJECTOIRES – Elus locaux (302 maires)", "revue d'études"]],
              [34 * mm, CW - 34 * mm - 46 * mm, 46 * mm], head_bg=ORANGE, zebra=ORANGE_L),
        Spacer(1, 10),
        P("Annexe 4 – Fiches techniques des enquêtes citées", H2),
        table([["Enquête", "Population", "Effectif", "Terrain / publication"],
               ["IMPACTS & TRAJECTOIRES – Elus locaux", "Maires", "302", "30 sept. – 28 oct. 2024, "
                                                                       "par téléphone"],
               ["IMPACT Fondations & Territoires", "Fondations", "42", "publiée un 23 septembre"],
               ["Associations & Partenariats", "Responsables associatifs", "plus de 1 380",
                "mai-juin 2016 ; publiée en mars 2017"],
               ["PHARE-Citoyens", "Français", "plus de 2 000", "septembre 2015"],
               ["IMPACT-Elus locaux", "Élus locaux", "non repris ici", "novembre 2020, "
                                                                    "Comisis-OpinionWay"]],
              [52 * mm, 36 * mm, 26 * mm, CW - 114 * mm], head_bg=ORANGE, zebra=ORANGE_L),
        Spacer(1, 8),
        P("Note : les dates sont reprises telles que publiées par chaque source ; certaines se "
          "contredisent d'un support à l'autre et n'ont pas été harmonisées.", SMALL),
    ]
    fill(c, L, BOT, CW, TOP - BOT, story, name="05p5")
    c.showPage()
    c.save()


DOCS = [
    ("obs-s54-01-note-methode-historique.pdf", doc01),
    ("obs-s54-02-fiche-repere-associations.pdf", doc02),
    ("obs-s54-03-diaporama-citoyens-alliances.pdf", doc03),
    ("obs-s54-04-bulletin-veille-n27.pdf", doc04),
    ("obs-s54-05-rapport-elus-territoires.pdf", doc05),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, fn in DOCS:
        fn(os.path.join(out, name))
        print("wrote", os.path.join(out, name))


if __name__ == "__main__":
    main()
