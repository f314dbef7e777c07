# -*- coding: utf-8 -*-
"""Deterministic generator of the five set-N documents (Observatoire des partenariats).

Run: /work/main/.venv/bin/python make_docs.py
Writes obs-n-NN-<slug>.pdf next to this file.
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONTDIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVBI", FONTDIR + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVBI")

TEAL = colors.HexColor("#0f6b6b")
SAND = colors.HexColor("#f3ecdc")
PALE = colors.HexColor("#e4f1f1")
GREY = colors.HexColor("#555555")
RUST = colors.HexColor("#a4461f")

ST = {
    "label": ParagraphStyle("label", fontName="DVB", fontSize=8, leading=10, textColor=TEAL),
    "title": ParagraphStyle("title", fontName="DVB", fontSize=21, leading=25, spaceBefore=4, spaceAfter=4),
    "subtitle": ParagraphStyle("subtitle", fontName="DV", fontSize=12, leading=15, textColor=GREY,
                               spaceAfter=3),
    "edition": ParagraphStyle("edition", fontName="DVI", fontSize=8.5, leading=11, textColor=GREY,
                              spaceAfter=8),
    "h1": ParagraphStyle("h1", fontName="DVB", fontSize=14, leading=17, spaceBefore=6, spaceAfter=6,
                         textColor=TEAL),
    "h2": ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=4),
    "h3": ParagraphStyle("h3", fontName="DVB", fontSize=9.5, leading=12, spaceBefore=6, spaceAfter=2,
                         textColor=RUST),
    "body": ParagraphStyle("body", fontName="DV", fontSize=9.2, leading=12.6, alignment=TA_JUSTIFY,
                           spaceAfter=5),
    "bodyl": ParagraphStyle("bodyl", fontName="DV", fontSize=9.2, leading=12.6, alignment=TA_LEFT,
                            spaceAfter=5),
    "bullet": ParagraphStyle("bullet", fontName="DV", fontSize=9.2, leading=12.6, leftIndent=10,
                             firstLineIndent=-8, spaceAfter=3),
    "source": ParagraphStyle("source", fontName="DVI", fontSize=7.5, leading=9.5, textColor=GREY,
                             spaceBefore=2, spaceAfter=6),
    "foot": ParagraphStyle("foot", fontName="DV", fontSize=7.2, leading=9, textColor=GREY, spaceBefore=2),
    "boxbig": ParagraphStyle("boxbig", fontName="DVB", fontSize=19, leading=22, textColor=TEAL,
                             alignment=TA_CENTER),
    "boxlab": ParagraphStyle("boxlab", fontName="DV", fontSize=8.3, leading=10.5, alignment=TA_CENTER),
    "cell": ParagraphStyle("cell", fontName="DV", fontSize=8.6, leading=11),
    "cellb": ParagraphStyle("cellb", fontName="DVB", fontSize=8.6, leading=11),
    "quote": ParagraphStyle("quote", fontName="DVI", fontSize=10.5, leading=14, leftIndent=14,
                            rightIndent=14, textColor=RUST, spaceBefore=6, spaceAfter=6),
}


def P(text, style="body"):
    return Paragraph(text, ST[style])


def bullets(lines):
    return [P("• " + line, "bullet") for line in lines]


def rule_then_notes(notes):
    out = [Spacer(1, 4),
           Table([[""]], colWidths=[40 * mm], rowHeights=[1],
                 style=[("LINEABOVE", (0, 0), (-1, -1), 0.5, GREY)])]
    out += [P(n, "foot") for n in notes]
    return out


def keyfig_boxes(pairs, width, ncols):
    """Key-figure boxes: a grid of cells, each with a big figure and a label."""
    cells = [[P(big, "boxbig"), Spacer(1, 2), P(lab, "boxlab")] for big, lab in pairs]
    rows = [cells[i:i + ncols] for i in range(0, len(cells), ncols)]
    colw = width / ncols
    t = Table(rows, colWidths=[colw] * ncols)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), PALE),
        ("BOX", (0, 0), (-1, -1), 0.8, TEAL),
        ("INNERGRID", (0, 0), (-1, -1), 2.5, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return t


def data_table(header, rows, colwidths, align_right_from=1, zebra=True):
    data = [[P(h, "cellb") for h in header]]
    for r in rows:
        data.append([P(c, "cell") for c in r])
    t = Table(data, colWidths=colwidths, repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), SAND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, TEAL),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, TEAL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        for i in range(2, len(data), 2):
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f7f7f7")))
    t.setStyle(TableStyle(style))
    return t


def side_box(flowables, width, bg=SAND):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.6, RUST),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


# ---------------------------------------------------------------- page templates
PW, PH = A4
M = 18 * mm
GAP = 7 * mm
COLW = (PW - 2 * M - GAP) / 2
FULLW = PW - 2 * M


def make_templates(banner, footer_fmt, head_h=30 * mm):
    """'one': a single frame; 'two': a top frame then two columns."""

    def on_page(c, doc):
        c.saveState()
        if banner and doc.page > 1:
            c.setFillColor(TEAL)
            c.rect(0, PH - 11 * mm, PW, 11 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DVB", 8)
            c.drawString(M, PH - 7 * mm, banner)
        c.restoreState()

    def on_page_end(c, doc):
        c.saveState()
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(M, 13 * mm, PW - M, 13 * mm)
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(M, 9 * mm, footer_fmt.format(page=doc.page))
        c.restoreState()

    top = PH - 15 * mm
    bottom = 16 * mm
    one = PageTemplate(id="one", frames=[Frame(M, bottom, FULLW, top - bottom, id="f1")],
                       onPage=on_page, onPageEnd=on_page_end)
    two = PageTemplate(id="two", frames=[
        Frame(M, top - head_h, FULLW, head_h, id="head"),
        Frame(M, bottom, COLW, top - head_h - bottom, id="left"),
        Frame(M + COLW + GAP, bottom, COLW, top - head_h - bottom, id="right"),
    ], onPage=on_page, onPageEnd=on_page_end)
    return [one, two]


def build(fname, story, templates, title):
    path = os.path.join(HERE, fname)
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=15 * mm,
                          bottomMargin=16 * mm, title=title, author="Observatoire des partenariats",
                          creator="make_docs.py")
    doc.addPageTemplates(templates)
    doc.build(story)
    return path


# ======================================================================= doc 01
def doc01():
    fname = "obs-n-01-rapport-activite-2022.pdf"
    tpl = make_templates("OBSERVATOIRE DES PARTENARIATS · RAPPORT D'ACTIVITÉ",
                         "Le RAMEAU — Rapport d'activité 2022 | {page}", head_h=16 * mm)
    s = []
    # page 1 (one)
    s += [P("OBSERVATOIRE DES PARTENARIATS · LE RAMEAU", "label"),
          P("Rapport d'activité 2022", "title"),
          P("Édition de décembre 2022 · Document public", "edition"),
          P("Éditorial", "h1"),
          P("Créé en 2006, Le RAMEAU se définit comme un laboratoire de recherche empirique au service "
            "des alliances d'intérêt général. Il poursuit trois missions, la première étant de témoigner "
            "de ce qui se construit sur les territoires."),
          P("Depuis 2006, ses équipes ont conduit des expérimentations auprès de plus de 500 organisations "
            "et recensé plus de 1 000 exemples inspirants. Ce rapport retrace une année charnière : celle où "
            "le droit de l'alliance d'intérêt général a trouvé une traduction législative, avec une "
            "proposition de loi portée par Cathy Racon-Bouzon."),
          P("Les chiffres de l'alliance en 2021", "h2"),
          keyfig_boxes([("81 %", "des Français ressentent un « devoir d'alliance »"),
                        ("92 %", "des maires expriment un « besoin d'alliance »"),
                        ("84 %", "des dirigeants d'entreprise disent avoir « envie d'alliance »")],
                       FULLW, 3),
          P("Source : Observatoire des partenariats, résultats rendus publics lors de la reconnaissance "
            "du droit de l'alliance.", "source"),
          P("Charles-Benoît Heidsieck, président-fondateur, et Laurence Weber, directrice générale, "
            "remercient l'ensemble des partenaires qui ont rendu ce travail possible."),
          NextPageTemplate("two"), PageBreak()]
    # page 2 (two)
    s += [P("Un observatoire, trois plans quinquennaux", "h1"), FrameBreak(),
          P("L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en "
            "partenariat avec le MEDEF et le Mouvement associatif. Des documents plus anciens le font "
            "toutefois naître en 2007, sous le nom d'Observatoire national des partenariats associations / "
            "entreprises."),
          P("Sa direction scientifique est assurée bénévolement par Anne Robin, fondatrice de COMISIS."),
          P("ARPEA (2008-2012)", "h3"),
          P("Pour « Analyse des Relations et des Partenariats entre Entreprises et Associations », le "
            "programme ARPEA s'est déployé en 10 volets. Le rapport quinquennal qui en tire le bilan a été "
            "présenté le 11 décembre 2012."),
          P("PHARE (2013-2018)", "h3"),
          P("Le programme PHARE comptait six volets. Les enquêtes nationales ont ouvert le bal à l'automne "
            "2015 : Citoyens en septembre, Entreprises en octobre, Associations en novembre. Ont suivi "
            "13 rapports régionaux en 2016, des diagnostics sectoriels en juillet, puis le volet "
            "Institutions, qui distingue cinq profils de maires."),
          FrameBreak(),
          P("IMPACT (2018-2022)", "h3"),
          P("Lancé en novembre 2017, le programme IMPACT associe la Caisse des Dépôts, l'Institut CDC pour "
            "la Recherche, le Groupe La Poste et la Fondation TOTAL. Il s'articule autour de l'innovation "
            "sociétale et territoriale, de la performance des organisations et de la confiance."),
          P("Premier enseignement : les partenariats sont perçus comme une source d'innovation par 74 % des "
            "Français, 81 % des dirigeants d'entreprise, 86 % des responsables associatifs et 87 % des "
            "maires."),
          P("Les maires sont pourtant partagés. Si 76 % d'entre eux estiment que leur territoire est engagé, "
            "46 % avouent ne pas savoir piloter ces dynamiques."),
          NextPageTemplate("two"), PageBreak()]
    # page 3 (two)
    s += [P("Les chantiers de l'année", "h1"), FrameBreak(),
          P("Le Fonds ODD 17", "h2"),
          P("Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 dispose d'une "
            "dotation de 1,5 M€ pour une expérimentation conduite sur 3 ans. L'objectif est de faire émerger "
            "350 « catalyseurs territoriaux »<super>1</super>."),
          P("La Fondation des Territoires", "h2"),
          P("Sa préfiguration, lancée en juillet 2018, s'est déroulée en trois étapes. La Fondation a été "
            "créée le 14 juin 2022 sous l'égide de la Fondation de Lille. Elle réunit 21 co-fondateurs."),
          FrameBreak(),
          P("La Charte du faire alliance", "h2"),
          P("Pilotée par la Fondation des Territoires, la Charte du faire alliance a été dévoilée le "
            "30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice. Un communiqué la date du mardi "
            "30 septembre ; nous retenons la date de novembre, confirmée par les autres sources."),
          Spacer(1, 60 * mm)]
    s += rule_then_notes(["<super>1</super> Acteurs locaux capables d'animer la co-construction, dans "
                          "l'esprit de l'ODD 17 dont les 19 cibles servent de cadre à la démarche."])
    s += [NextPageTemplate("one"), PageBreak()]
    # page 4 (one)
    s += [P("Vers un droit de l'alliance", "h1"),
          P("À l'occasion du FNAF 2019, Gabriel Attal a confié une mission à Cathy Racon-Bouzon et "
            "Charles-Benoît Heidsieck. Leur rapport a été remis le 7 mai 2020, et un bilan a été présenté le "
            "17 octobre 2020. La feuille de route ministérielle qui en découle compte 21 mesures."),
          P("Nos programmes en un tableau", "h2"),
          data_table(["Programme", "Période", "Structure"],
                     [["ARPEA", "2008-2012", "10 volets"],
                      ["PHARE<super>2</super>", "2013-2018", "6 volets"],
                      ["IMPACT", "2018-2022", "3 axes"]],
                     [50 * mm, 45 * mm, 45 * mm]),
          Spacer(1, 10),
          side_box([P("Le RAMEAU en bref", "h2"),
                    P("+ de 500 organisations accompagnées depuis 2006", "bodyl"),
                    P("+ de 1 000 exemples inspirants recensés", "bodyl"),
                    P("15 ans de recherche empirique", "bodyl"),
                    P("5 ans d'étude d'impact", "bodyl")], 90 * mm),
          Spacer(1, 70 * mm)]
    s += rule_then_notes(["<super>2</super> Certaines présentations font s'achever PHARE en 2017."])
    return build(fname, s, tpl, "Rapport d'activité 2022")


# ======================================================================= doc 02
def doc02():
    fname = "obs-n-02-etude-associations-partenaires.pdf"
    tpl = make_templates("LES ÉTUDES DE L'OBSERVATOIRE",
                         "Les associations et leurs partenaires · septembre 2021 · {page}/4", head_h=14 * mm)
    s = []
    # page 1
    s += [P("LES ÉTUDES DE L'OBSERVATOIRE", "label"),
          P("Les associations et leurs partenaires", "title"),
          P("Regards croisés sur deux enquêtes", "subtitle"),
          P("Édition de septembre 2021 · Observatoire des partenariats", "edition"),
          side_box([P("L'essentiel", "h2")] + bullets([
              "98 % des associations employeuses déclarent des partenariats (IMPACT, 2021).",
              "Les collectivités territoriales sont le partenaire n° 1 : 89 % des associations les citent en "
              "2021.",
              "En 2016, une association comptait en moyenne 2,5 partenaires.",
              "L'entreprise reste un partenaire minoritaire : 28 % en 2016.",
          ]), FULLW, bg=PALE),
          P("Les sources", "h1"),
          P("Cette étude rapproche l'enquête « Associations & Partenariats », conduite par Recherches & "
            "Solidarités et Le RAMEAU en mai-juin 2016 auprès de plus de 1 380 responsables associatifs et "
            "publiée en mars 2017, et l'étude IMPACT – Associations & Territoires (2021), qui porte sur les "
            "148 000 associations employeuses."),
          P("Les questionnaires ne sont pas identiques : les catégories de partenaires diffèrent, et la "
            "comparaison doit rester prudente. Les tableaux signalent par un tiret les catégories qu'une "
            "source ne distingue pas."),
          PageBreak()]
    # page 2
    rows = [["Collectivités territoriales", "74", "89"],
            ["Associations et fondations", "72", "—"],
            ["Structures d'intérêt général", "—", "73"],
            ["Enseignement", "47", "—"],
            ["Établissements scolaires", "—", "70"],
            ["Collectifs d'associations", "—", "56"],
            ["Acteurs publics nationaux", "—", "52"],
            ["Fédérations professionnelles", "—", "37"],
            ["Acteurs académiques", "—", "35"],
            ["Recherche", "9", "—"],
            ["Entreprises", "28", "—"],
            ["Structures d'insertion", "22", "—"]]
    s += [P("1. Avec qui les associations s'allient-elles ?", "h1"),
          P("Le tableau ci-dessous rapproche, type par type, la part des associations qui citent chaque "
            "partenaire."),
          P("Tableau 1 – Part des associations citant chaque type de partenaire (en %)", "h3"),
          data_table(["Type de partenaire", "Enquête 2016", "IMPACT 2021"], rows,
                     [75 * mm, 35 * mm, 35 * mm]),
          P("Sources : Recherches & Solidarités et Le RAMEAU (enquête de mai-juin 2016) ; étude IMPACT – "
            "Associations & Territoires (2021).", "source"),
          P("D'une source à l'autre, les collectivités restent en tête, et les entreprises arrivent loin "
            "derrière l'enseignement."),
          NextPageTemplate("two"), PageBreak()]
    # page 3 (two columns)
    s += [P("2. À quelle échelle ?", "h1"), FrameBreak(),
          P("Le partenariat reste d'abord une affaire de proximité. Selon l'étude IMPACT, 73 % des "
            "associations employeuses nouent des partenariats à l'échelle locale ; l'échelle régionale vient "
            "ensuite, avec 47 %."),
          P("Source : étude IMPACT – Associations & Territoires, 2021.", "source"),
          P("La taille joue aussi. En 2016, la moitié des associations dont le budget dépasse 150 000 € "
            "avaient noué un partenariat avec une entreprise, contre 20 % de celles dont le budget est "
            "inférieur à 10 000 €."),
          P("Le programme ARPEA (2008-2012) notait déjà que près de 46 % des associations étaient engagées "
            "avec une entreprise."),
          FrameBreak(),
          side_box([P("Éclairage · note du 29 février 2016", "h3"),
                    P("Cette note mesurait la diffusion des partenariats chez les entreprises comme chez les "
                      "associations. 37 % des entreprises d'au moins 10 salariés étaient engagées, contre "
                      "38 % des associations."),
                    P("Parmi les associations employeuses, la proportion atteignait 53 %. Elle montait à "
                      "65 % chez les pionniers.")], COLW),
          NextPageTemplate("one"), PageBreak()]
    # page 4
    s += [P("3. Pour quoi faire ?", "h1"),
          P("Tableau 2 – Objets des partenariats des associations employeuses (IMPACT, 2021)", "h3"),
          data_table(["Objet du partenariat", "Part des associations"],
                     [["Mécénat", "75 %"], ["Innovation sociétale", "73 %"],
                      ["Pratiques responsables", "70 %"], ["Coopération économique", "58 %"]],
                     [75 * mm, 45 * mm]),
          Spacer(1, 6),
          P("Au total, 98 % des associations employeuses ont des partenariats ; le mécénat en reste le "
            "premier objet, devant l'innovation sociétale."),
          Spacer(1, 6),
          side_box([P("Méthodologie", "h3"),
                    P("Enquête 2016 : questionnaire en ligne administré en mai-juin 2016 ; plus de 1 380 "
                      "responsables associatifs ont répondu.", "bodyl"),
                    P("Étude IMPACT : le champ couvre les 148 000 associations employeuses.", "bodyl"),
                    P("Moyenne : chaque association de l'enquête 2016 déclarait 2,5 partenaires.", "bodyl")],
                   FULLW)]
    return build(fname, s, tpl, "Les associations et leurs partenaires")


# ======================================================================= doc 03 (slides)
def doc03():
    fname = "obs-n-03-diaporama-elus-locaux-2024.pdf"
    path = os.path.join(HERE, fname)
    W, H = landscape(A4)
    c = rl_canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("IMPACTS & TRAJECTOIRES – Elus locaux")
    c.setAuthor("Observatoire des partenariats")
    total = 4

    def frame(n, title):
        c.setFillColor(TEAL)
        c.rect(0, H - 26 * mm, W, 26 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 22)
        c.drawString(20 * mm, H - 17 * mm, title)
        c.setFillColor(GREY)
        c.setFont("DV", 8)
        c.drawString(20 * mm, 9 * mm, "IMPACTS & TRAJECTOIRES – Elus locaux · novembre 2024")
        c.drawRightString(W - 20 * mm, 9 * mm, "%d/%d" % (n, total))
        c.setFillColor(colors.black)

    def line(x, y, text, font="DV", size=15, color=colors.black):
        c.setFillColor(color)
        c.setFont(font, size)
        c.drawString(x, y, text)
        c.setFillColor(colors.black)

    # slide 1
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    line(25 * mm, H - 45 * mm, "OBSERVATOIRE DES PARTENARIATS", "DVB", 11, colors.white)
    line(25 * mm, H - 75 * mm, "IMPACTS & TRAJECTOIRES – Elus locaux", "DVB", 30, colors.white)
    line(25 * mm, H - 90 * mm, "Restitution de l'enquête auprès des maires", "DV", 16, colors.white)
    line(25 * mm, H - 125 * mm, "Enquête téléphonique", "DV", 14, colors.white)
    line(25 * mm, H - 135 * mm, "302 maires interrogés", "DVB", 14, colors.white)
    line(25 * mm, H - 145 * mm, "du 30 septembre au 28 octobre 2024", "DV", 14, colors.white)
    line(25 * mm, 12 * mm, "Novembre 2024 · 1/4", "DV", 9, colors.white)
    c.showPage()

    # slide 2
    frame(2, "Des territoires en mouvement")
    x1, x2 = 22 * mm, W / 2 + 15 * mm
    line(x1, H - 62 * mm, "91 %", "DVB", 48, TEAL)
    line(x1, H - 74 * mm, "des maires voient leur territoire en mouvement", "DV", 14)
    line(x1 + 6 * mm, H - 92 * mm, "dont 35 % « fortement »", "DV", 15)
    line(x1 + 6 * mm, H - 104 * mm, "et 56 % « ni plus ni moins »", "DV", 15)
    line(x2, H - 50 * mm, "Profil des répondants", "DVB", 15, RUST)
    line(x2, H - 64 * mm, "84 % dirigent une commune de", "DV", 14)
    line(x2, H - 72 * mm, "moins de 2 000 habitants", "DV", 14)
    line(x2, H - 110 * mm, "Base : 302 maires", "DVI", 11, GREY)
    c.showPage()

    # slide 3
    frame(3, "Le « jouer collectif », un acquis")
    x = 22 * mm
    line(x, H - 45 * mm, "IMPACT-Elus locaux · novembre 2020 · Comisis-OpinionWay", "DVB", 13, RUST)
    line(x, H - 60 * mm, "64 % des élus locaux veulent s'appuyer sur le « jouer collectif »", "DV", 15)
    line(x, H - 72 * mm, "92 % des maires reconnaissent l'utilité de la co-construction", "DV", 15)
    line(x, H - 98 * mm, "Sortie de crise · 2020", "DVB", 13, RUST)
    line(x, H - 113 * mm, "81 % des Français et 84 % des dirigeants de TPE & PME", "DV", 15)
    line(x, H - 123 * mm, "jugent la co-construction utile pour rebondir", "DV", 15)
    c.showPage()

    # slide 4
    frame(4, "Repères : ce que disaient les maires")
    x = 22 * mm
    line(x, H - 44 * mm, "2016 · PHARE-Institutions", "DVB", 13, RUST)
    line(x + 4 * mm, H - 55 * mm, "• cinq profils de maires identifiés", "DV", 14)
    line(x + 4 * mm, H - 65 * mm, "• 87 % des maires jugent nécessaire de faire alliance", "DV", 14)
    line(x, H - 83 * mm, "Programme IMPACT", "DVB", 13, RUST)
    line(x + 4 * mm, H - 94 * mm, "• 76 % des maires estiment leur territoire engagé", "DV", 14)
    line(x + 4 * mm, H - 104 * mm, "• mais 46 % ne savent pas piloter ces dynamiques", "DV", 14)
    line(x, H - 122 * mm, "2021 · Droit de l'alliance", "DVB", 13, RUST)
    line(x + 4 * mm, H - 133 * mm, "• 92 % des maires expriment un « besoin d'alliance »", "DV", 14)
    c.showPage()
    c.save()
    return path


# ======================================================================= doc 04
def doc04():
    fname = "obs-n-04-bulletin-veille-novembre-2020.pdf"
    one, two = make_templates(None, "Bulletin de veille n° 42 · page {page}", head_h=24 * mm)
    tpl = [two, one]  # page 1 starts on the two-column template
    # first page uses a banner drawn in the head frame as a table
    s = []
    banner = Table([[P("BULLETIN DE VEILLE · N° 42 · NOVEMBRE 2020", "label")],
                    [P("L'actualité des alliances d'intérêt général, vue par l'Observatoire des partenariats",
                       "subtitle")]], colWidths=[FULLW])
    banner.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE),
                                ("LINEBELOW", (0, -1), (-1, -1), 1.2, TEAL)]))
    s = [banner, FrameBreak(),
         P("Sortie de crise : des données pour agir", "h2"),
         P("Pour aider les territoires à jouer collectif en sortie de crise, l'Observatoire a inventorié "
           "plus de 250 données. Un résultat ressort nettement : 81 % des Français et 84 % des dirigeants "
           "de TPE & PME jugent la co-construction utile à la résilience."),
         P("Ces données sont regroupées selon 3 indicateurs : innovation, performance et confiance."),
         P("Fondations : un rôle structurant", "h2"),
         P("Publiée le 23 septembre, l'étude IMPACT Fondations & Territoires repose sur les réponses de "
           "42 fondations. Elles y décrivent leur rôle dans la dynamique d'engagement des territoires."),
         FrameBreak(),
         P("Normandie", "h2"),
         P("Le 11e rapport régional de l'Observatoire, consacré à la Normandie, sera publié le 26 novembre."),
         P("Agenda", "h2")]
    s += bullets(["15 novembre : dossier dans JURIS Associations n°628",
                  "23 novembre : 3e dîner « Elus & Entreprises »",
                  "26 novembre : 5e webinaire « l'ODD 17 en pratique »"])
    s += [NextPageTemplate("two"), PageBreak()]
    # page 2
    s += [P("Brèves", "h1"), FrameBreak(),
          P("Le chiffre du mois", "h2"),
          side_box([P("1,5 million d'euros", "boxbig"),
                    P("C'est la dotation du Fonds ODD 17, co-créé cette année par Le RAMEAU et la Fondation "
                      "TotalEnergies pour une expérimentation de trois ans.", "boxlab")], COLW, bg=PALE),
          P("ODD 17 : une note de décryptage", "h2"),
          P("Le Comité 21 a publié le 5 juillet la note « ODD 17 : Sens, décryptages, déclinaisons ». Elle "
            "rappelle que cet objectif compte 19 cibles."),
          FrameBreak(),
          P("Co-construction : le parcours CGET", "h2"),
          P("Lancé en 2018 avec le CGET, le parcours d'expérience rassemble onze territoires "
            "pionniers<super>1</super>. La première session s'est tenue le 3 mai."),
          P("Agir ensemble en Territoire", "h2"),
          P("Initiée en 2010 après l'étude ARPEA-Collectivités locales, la démarche a d'abord été testée dans "
            "trois territoires pilotes : l'Alsace, le Poitou-Charentes et Paris-Est Marne & Bois."),
          Spacer(1, 40 * mm)]
    s += rule_then_notes(["<super>1</super> Une présentation antérieure mentionnait « le CGET et 10 "
                          "territoires pilotes »."])
    s += [NextPageTemplate("one"), PageBreak()]
    # page 3
    s += [P("Dossier : l'opinion au fil des enquêtes", "h1"),
          P("En 2008, 86 % des Français jugeaient urgent de créer des partenariats entre associations et "
            "entreprises ; ils étaient encore 84 % en 2012."),
          P("Côté entreprises, l'étude ARPEA Entreprises & Territoires, parue en janvier 2011, décrivait un "
            "paysage partagé : 21 % développaient des partenariats, 33 % souhaitaient le faire et 46 % ne le "
            "souhaitaient pas."),
          P("Plus tard, le volet PHARE-Citoyens, publié en septembre 2015 après l'interrogation de plus de "
            "2 000 personnes, établissait que 69 % des Français ressentaient un « devoir d'alliance »."),
          P("« Ils sont aujourd'hui 74 % à voir dans les partenariats une source d'innovation », souligne le "
            "programme IMPACT.", "quote")]
    return build(fname, s, tpl, "Bulletin de veille novembre 2020")


# ======================================================================= doc 05
def doc05():
    fname = "obs-n-05-fiche-chiffres-cles-phare-citoyens.pdf"
    tpl = make_templates("FICHE CHIFFRES CLÉS · PHARE-CITOYENS",
                         "Fiche chiffres clés n° 3 · Observatoire des partenariats · page {page}",
                         head_h=14 * mm)
    s = []
    s += [P("FICHE CHIFFRES CLÉS · N° 3", "label"),
          P("Ce que les Français attendent des alliances", "title"),
          P("Volet Citoyens du programme PHARE · résultats de septembre 2015", "edition"),
          keyfig_boxes([("69 %", "des Français se sentent un « devoir d'alliance »"),
                        ("+ de 2 000", "personnes interrogées"),
                        ("7,1/10", "note accordée à l'emploi, premier enjeu"),
                        ("49 %", "voient un impact fort des partenariats sur l'emploi")], 120 * mm, 2),
          Spacer(1, 8),
          P("Réalisée en septembre 2015, l'enquête donne la parole aux citoyens sur les enjeux de leur "
            "territoire et sur le rôle qu'ils prêtent aux alliances entre associations, entreprises et "
            "pouvoirs publics."),
          P("Les pages suivantes détaillent les notes attribuées aux enjeux, puis la perception des autres "
            "acteurs."),
          NextPageTemplate("two"), PageBreak()]
    # page 2
    s += [P("Les enjeux du territoire (septembre 2015)", "h1"), FrameBreak(),
          P("Note moyenne attribuée par les Français, sur 10", "h3"),
          data_table(["Enjeu", "Note"],
                     [["Emploi", "7,1"], ["Pouvoir d'achat", "6,6"], ["Développement économique", "6,5"],
                      ["Sécurité<super>1</super>", "6,6"], ["Environnement", "6,3"], ["Exclusion", "6,3"]],
                     [COLW - 22 * mm, 22 * mm]),
          Spacer(1, 6),
          P("L'emploi arrive en tête ; l'environnement et l'exclusion ferment la marche."),
          FrameBreak(),
          P("Impact jugé fort des partenariats (part des Français)", "h3"),
          data_table(["Domaine", "Part"],
                     [["Emploi", "49 %"], ["Développement économique", "46 %"], ["Environnement", "42 %"],
                      ["Précarité et éducation", "36 %"]],
                     [COLW - 22 * mm, 22 * mm]),
          Spacer(1, 95 * mm)]
    s += rule_then_notes(["<super>1</super> Une autre présentation des résultats attribue à la sécurité une "
                          "note de 7/10."])
    s += [NextPageTemplate("one"), PageBreak()]
    # page 3
    s += [P("Et les autres acteurs ?", "h1"),
          P("Peu après les citoyens, le volet Entreprises (octobre 2015) montrait que 81 % des dirigeants "
            "partageaient ce sentiment ; en novembre, 86 % des responsables associatifs faisaient de même."),
          P("Les maires ont été interrogés pour PHARE-Institutions, publié le 29 novembre 2016 : ils sont "
            "87 % à partager ce constat."),
          P("Une mesure qui varie selon les sources", "h2"),
          P("Pour le programme IMPACT, 74 % des Français voient dans les partenariats une source "
            "d'innovation. Une autre page consacrée au même programme avance 69 % des citoyens pour cette "
            "même question."),
          P("Ces écarts rappellent qu'un chiffre doit toujours être cité avec sa source et sa date.")]
    return build(fname, s, tpl, "Fiche chiffres clés PHARE-Citoyens")


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05):
        print(f())
