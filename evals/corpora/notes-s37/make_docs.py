# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 demo PDFs of question set s37.

Run:  /work/main/.venv/bin/python make_docs.py
Writes obs-s37-NN-<slug>.pdf next to this script.
Facts come from /work/shared/facts.md; the wording is original.
"""
import os

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FONT_DIR + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVC-B", FONT_DIR + "DejaVuSansCondensed-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-B")

# ---------------------------------------------------------------- styles
BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5, spaceAfter=2)
LABEL = ParagraphStyle("label", fontName="DV-B", fontSize=9, leading=11,
                       textColor=colors.HexColor("#8a1c1c"), spaceAfter=4)
TITLE = ParagraphStyle("title", fontName="DV-B", fontSize=19, leading=23, spaceAfter=6)
EDITION = ParagraphStyle("edition", fontName="DV-I", fontSize=9, leading=12,
                         textColor=colors.HexColor("#444444"), spaceAfter=10)
H2 = ParagraphStyle("h2", fontName="DV-B", fontSize=11.5, leading=14, spaceBefore=6,
                    spaceAfter=4, textColor=colors.HexColor("#1d3b5c"))
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=12, bulletIndent=2, spaceAfter=2,
                        bulletFontName="DV")
CELL = ParagraphStyle("cell", fontName="DV", fontSize=8.5, leading=10.5)
CELLB = ParagraphStyle("cellb", fontName="DV-B", fontSize=8.5, leading=10.5)
BIG = ParagraphStyle("big", fontName="DV-B", fontSize=20, leading=23, alignment=TA_CENTER,
                     textColor=colors.HexColor("#8a1c1c"))
BIGTXT = ParagraphStyle("bigtxt", fontName="DV", fontSize=8.5, leading=10.5, alignment=TA_CENTER)


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items):
    return [Paragraph(t, BULLET, bulletText="•") for t in items]


def data_table(rows, widths, header=True):
    data = []
    for i, r in enumerate(rows):
        st = CELLB if (header and i == 0) else CELL
        data.append([Paragraph(str(c), st) for c in r])
    t = Table(data, colWidths=widths, hAlign="LEFT")
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f8c99")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe7ef")))
    t.setStyle(TableStyle(style))
    return t


def key_box(pairs, width):
    """A row of key-figure boxes: pairs = [(figure, caption), ...]."""
    n = len(pairs)
    cells = [[Paragraph(f, BIG) for f, _ in pairs], [Paragraph(c, BIGTXT) for _, c in pairs]]
    t = Table(cells, colWidths=[width / n] * n)
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#8a1c1c")),
                           ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.HexColor("#8a1c1c")),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbf1ee")),
                           ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def make_doc(path, title, decorate, margins=(18 * mm, 18 * mm, 22 * mm, 20 * mm), first="one"):
    left, right, top, bottom = margins
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=left, rightMargin=right,
                          topMargin=top, bottomMargin=bottom, title=title,
                          author="Observatoire des partenariats (document de démonstration)",
                          subject=title, creator="make_docs.py s37", producer="ReportLab")
    w, h = A4
    fw = w - left - right
    fh = h - top - bottom
    one = Frame(left, bottom, fw, fh, id="one", leftPadding=0, rightPadding=0,
                topPadding=0, bottomPadding=0)
    gap = 7 * mm
    cw = (fw - gap) / 2
    c1 = Frame(left, bottom, cw, fh, id="c1", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    c2 = Frame(left + cw + gap, bottom, cw, fh, id="c2", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    head_h = 42 * mm
    top = Frame(left, bottom + fh - head_h, fw, head_h, id="head", leftPadding=0,
                rightPadding=0, topPadding=0, bottomPadding=0)
    h1 = Frame(left, bottom, cw, fh - head_h, id="h1", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    h2 = Frame(left + cw + gap, bottom, cw, fh - head_h, id="h2", leftPadding=0,
               rightPadding=0, topPadding=0, bottomPadding=0)
    templates = [PageTemplate(id="one", frames=[one], onPage=decorate),
                 PageTemplate(id="two", frames=[c1, c2], onPage=decorate),
                 PageTemplate(id="head2", frames=[top, h1, h2], onPage=decorate)]
    templates.sort(key=lambda t: t.id != first)
    doc.addPageTemplates(templates)
    doc._fw = fw
    doc._cw = cw
    return doc


def banner_footer(banner, footer_fmt, offset, color="#1d3b5c", first_page_plain=False):
    def deco(c, doc):
        w, h = A4
        n = doc.page
        c.saveState()
        if not (first_page_plain and n == 1):
            c.setFillColor(colors.HexColor(color))
            c.rect(0, h - 12 * mm, w, 12 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DV-B", 8)
            c.drawString(18 * mm, h - 7.5 * mm, banner)
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DV", 7.5)
        c.line(18 * mm, 14 * mm, w - 18 * mm, 14 * mm)
        txt = footer_fmt.format(p=n + offset)
        c.drawString(18 * mm, 9 * mm, txt)
        c.restoreState()
    return deco


# =================================================================== DOC 1
def doc1():
    path = os.path.join(HERE, "obs-s37-01-fiche-repere-associations-territoires.pdf")
    deco = banner_footer("OBSERVATOIRE DES PARTENARIATS  ·  Collection « Repères territoriaux »",
                         "Fiche repère n° 7 · Associations & territoires · page {p}", 13,
                         color="#8a1c1c")
    doc = make_doc(path, "Fiche repère n°7 – Associations et territoires", deco)
    fw = doc._fw
    s = []
    s.append(P("FICHE REPÈRE · N° 7", LABEL))
    s.append(P("Associations et territoires : la carte des alliances", TITLE))
    s.append(P("Mise à jour de printemps, d'après les résultats du programme IMPACT "
               "(volet « Associations &amp; Territoires »)", EDITION))
    s.append(P("Les associations qui emploient au moins une personne forment le socle de cette "
               "fiche. On en compte 148 000 sur le territoire national, de la petite structure "
               "d'aide à domicile au grand réseau d'éducation populaire."))
    s.append(key_box([("148 000", "associations employeuses dans le champ observé"),
                      ("98 %", "d'entre elles déclarent au moins une relation partenariale"),
                      ("73 %", "de ces alliances se nouent à l'échelle locale")], fw))
    s.append(Spacer(1, 8))
    s.append(P("Travailler seule est devenu l'exception.", H2))
    s.append(P("La quasi-totalité des structures interrogées citent au moins un partenaire. Elles "
               "ne se contentent d'ailleurs pas d'un seul type d'interlocuteur : les pouvoirs "
               "publics locaux, les écoles, d'autres associations et, dans une moindre mesure, les "
               "entreprises composent un paysage très varié. Celui-ci est détaillé page suivante."))
    s.append(P("L'échelle de proximité domine nettement. Près des trois quarts des partenariats sont "
               "conduits au niveau local ; le niveau régional vient ensuite. Il concerne 47 % des "
               "associations employeuses."))
    s.append(P("Repères de lecture", H2))
    s.append(P("Les pourcentages ne s'additionnent pas : une même association peut avoir plusieurs "
               "catégories de partenaires et plusieurs formes de coopération.<super>1</super>"))
    s.append(Spacer(1, 20))
    s.append(P("<super>1</super> Les données proviennent du volet associatif du programme IMPACT "
               "conduit par l'Observatoire des partenariats. Elles portent sur les seules "
               "associations employeuses.", SMALL))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())
    # page 2 (two columns)
    s.append(P("Qui sont les partenaires ?", H2))
    s.append(P("Le tableau ci-dessous croise chaque famille de partenaires avec la part des "
               "associations employeuses qui déclarent travailler avec elle."))
    s.append(data_table([["Famille de partenaires", "Part des associations"],
                         ["Collectivités territoriales", "89 %"],
                         ["Structures d'intérêt général", "73 %"],
                         ["Établissements scolaires", "70 %"],
                         ["Collectifs d'associations", "56 %"],
                         ["Acteurs publics nationaux", "52 %"],
                         ["Fédérations professionnelles", "37 %"],
                         ["Acteurs académiques", "35 %"]], [doc._cw * 0.62, doc._cw * 0.38]))
    s.append(Spacer(1, 6))
    s.append(P("Les collectivités arrivent très loin devant. Elles sont suivies par les autres "
               "structures d'intérêt général. À l'autre bout du classement, le monde de la recherche "
               "et de l'enseignement supérieur reste un partenaire plus rare."))
    s.append(FrameBreak())
    s.append(P("Sous quelle forme ?", H2))
    s.append(P("Quatre grandes formes de coopération ont été mesurées. Elles se répartissent "
               "ainsi :"))
    s.append(data_table([["Forme de coopération", "Part"],
                         ["Mécénat (financier, en nature, de compétences)", "75 %"],
                         ["Innovation sociétale", "73 %"],
                         ["Pratiques responsables", "70 %"],
                         ["Coopération économique", "58 %"]], [doc._cw * 0.72, doc._cw * 0.28]))
    s.append(Spacer(1, 6))
    s.append(P("Le mécénat reste la porte d'entrée la plus courante. Il n'est toutefois plus "
               "seul : l'innovation sociétale le talonne, signe que les alliances visent de plus "
               "en plus à inventer des réponses nouvelles plutôt qu'à financer l'existant."))
    s.append(P("Quant à la coopération économique, elle progresse mais reste minoritaire chez les "
               "plus petites structures."))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())
    # page 3
    s.append(P("Pour mémoire : l'enquête de 2016", H2))
    s.append(P("Une photographie antérieure permet de mesurer le chemin parcouru. Elle provient "
               "de l'étude « Associations &amp; Partenariats », fruit d'un travail commun entre "
               "Recherches &amp; Solidarités et Le RAMEAU, parue en mars 2017. Le questionnaire "
               "avait circulé au printemps précédent, de mai à juin 2016."))
    s.append(P("Plus de 1 380 responsables associatifs y avaient répondu. Chacune de leurs "
               "associations travaillait alors, en moyenne, avec 2,5 partenaires."))
    s.append(data_table([["Type de partenaire (enquête 2016)", "Associations concernées"],
                         ["Collectivités", "74 %"],
                         ["Autres associations ou fondations", "72 %"],
                         ["Établissements d'enseignement", "47 %"],
                         ["Entreprises", "28 %"],
                         ["Structures d'insertion", "22 %"],
                         ["Organismes de recherche", "9 %"]], [fw * 0.55, fw * 0.30]))
    s.append(Spacer(1, 8))
    s.append(P("Le poids du budget", H2))
    s.append(P("La taille de l'association pesait lourd sur l'accès aux entreprises. Parmi les "
               "structures disposant de plus de 150 000 € de budget, la moitié déclarait un "
               "partenariat avec une entreprise : 50 %. Ce dernier chiffre tombait à 20 % pour les "
               "associations vivant avec moins de 10 000 €."))
    s.append(P("Comparer les deux sources demande de la prudence : les champs ne sont pas les "
               "mêmes (toutes associations en 2016, seules les employeuses dans le programme "
               "IMPACT) et les libellés des catégories diffèrent.<super>2</super>"))
    s.append(Spacer(1, 18))
    s.append(P("<super>2</super> Par exemple, la catégorie « établissements scolaires » du "
               "programme IMPACT n'est pas strictement équivalente aux « établissements "
               "d'enseignement » de l'enquête de 2016.", SMALL))
    doc.build(s)
    return path


# =================================================================== DOC 2
def doc2():
    path = os.path.join(HERE, "obs-s37-02-etude-phare-citoyens.pdf")
    deco = banner_footer("PROGRAMME PHARE  —  Regards croisés sur les alliances",
                         "Étude PHARE-Citoyens · synthèse · {p}", 2, first_page_plain=True)
    doc = make_doc(path, "Étude PHARE-Citoyens – synthèse", deco)
    fw = doc._fw
    s = []
    s.append(Spacer(1, 20))
    s.append(P("ÉTUDE", LABEL))
    s.append(P("PHARE-Citoyens : ce que les Français attendent des alliances", TITLE))
    s.append(P("Synthèse des résultats, rentrée 2015 — premier volet publié du programme PHARE",
               EDITION))
    s.append(P("Que pensent les habitants des coopérations entre associations, entreprises et "
               "pouvoirs publics ? Pour le savoir, l'Observatoire des partenariats a ouvert son "
               "nouveau cycle d'études par le regard du grand public."))
    s.append(P("Le questionnaire a été soumis à un large échantillon représentatif. Au total, plus "
               "de 2 000 personnes y ont répondu."))
    s.append(P("La synthèse s'organise en trois temps : la perception des fragilités de chaque "
               "territoire, l'utilité attendue des partenariats, puis la place de ces résultats "
               "dans l'ensemble du programme."))
    s.append(Spacer(1, 12))
    s.append(key_box([("+ de 2 000", "personnes interrogées"),
                      ("7,1 / 10", "note moyenne de l'enjeu le plus sensible"),
                      ("0 à 10", "échelle utilisée pour noter chaque enjeu")], fw))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())
    # page 2
    s.append(P("1. Des territoires jugés fragiles", H2))
    s.append(P("Les répondants ont noté, sur une échelle de 0 à 10, l'intensité de plusieurs "
               "enjeux dans leur propre territoire. Plus la note est haute, plus l'enjeu est "
               "ressenti comme préoccupant."))
    s.append(data_table([["Enjeu du territoire", "Note / 10"],
                         ["Emploi", "7,1"],
                         ["Pouvoir d'achat", "6,6"],
                         ["Sécurité", "6,6"],
                         ["Développement économique", "6,5"],
                         ["Environnement", "6,3"],
                         ["Exclusion", "6,3"]], [doc._cw * 0.65, doc._cw * 0.35]))
    s.append(Spacer(1, 6))
    s.append(P("L'emploi se détache. Il devance d'un demi-point le pouvoir d'achat, lui-même "
               "au coude à coude avec la sécurité."))
    s.append(FrameBreak())
    s.append(P("2. Là où les partenariats peuvent peser", H2))
    s.append(P("On a ensuite demandé dans quels domaines une coopération entre acteurs aurait un "
               "effet important. Quatre domaines ressortent :"))
    s.extend(bullets(["l'emploi, cité par 49 % des personnes ;",
                      "le développement économique, à 46 % ;",
                      "l'environnement, qui recueille 42 % ;",
                      "la précarité et l'éducation, à égalité avec 36 % chacune."]))
    s.append(Spacer(1, 4))
    s.append(P("Ces domaines recoupent en partie les fragilités du tableau de gauche. "
               "L'environnement fait exception : moins bien classé comme inquiétude, il est "
               "pourtant perçu comme un terrain favorable aux alliances."))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())
    # page 3
    s.append(P("3. Une attente forte de coopération", H2))
    s.append(P("Une question portait sur la responsabilité de chacun à agir ensemble. Près de sept "
               "Français sur dix s'y reconnaissent : 69 % considèrent que nouer des alliances "
               "relève d'un véritable devoir."))
    s.append(P("Ce sentiment n'est pas propre au grand public. Les autres volets du programme "
               "l'ont mesuré auprès des autres familles d'acteurs, avec des niveaux encore plus "
               "élevés :"))
    s.append(data_table([["Population interrogée", "Volet PHARE", "Part favorable"],
                         ["Français (grand public)", "Citoyens", "69 %"],
                         ["Dirigeants d'entreprise", "Entreprises", "81 %"],
                         ["Responsables associatifs", "Associations", "86 %"],
                         ["Maires", "Institutions", "87 %"]],
                        [fw * 0.40, fw * 0.25, fw * 0.25]))
    s.append(Spacer(1, 8))
    s.append(P("Les élus municipaux se montrent donc les plus convaincus. Leur point de vue a fait "
               "l'objet d'un volet à part entière, présenté plus loin."))
    s.append(P("Encadré — Méthode", H2))
    s.append(P("Enquête en ligne auprès d'un échantillon national. Les résultats ont été redressés "
               "selon les quotas habituels (sexe, âge, profession, région). Les chiffres des "
               "autres volets proviennent de leurs propres publications.<super>*</super>"))
    s.append(Spacer(1, 14))
    s.append(P("<super>*</super> Les comparaisons entre volets restent indicatives : les "
               "questionnaires ont été adaptés à chaque population.", SMALL))
    s.append(PageBreak())
    # page 4
    s.append(P("4. Le programme PHARE en six volets", H2))
    s.append(P("PHARE-Citoyens ouvre une série de publications échelonnées sur un peu plus d'un "
               "an. Le calendrier est le suivant :"))
    s.append(data_table([["Volet", "Publication"],
                         ["PHARE-Citoyens", "septembre 2015"],
                         ["PHARE-Entreprises", "octobre 2015"],
                         ["PHARE-Associations", "novembre 2015"],
                         ["13 rapports régionaux", "courant 2016"],
                         ["Diagnostics sectoriels", "juillet 2016"],
                         ["PHARE-Institutions", "automne 2016"]], [fw * 0.45, fw * 0.30]))
    s.append(Spacer(1, 8))
    s.append(P("Le dernier volet donne la parole aux élus. Il a été rendu public le 29 novembre "
               "2016."))
    s.append(P("Il distingue 5 profils de maires selon leur manière d'envisager la "
               "co-construction avec les acteurs de leur commune. Ce volet a également servi de "
               "base à un référentiel sur la co-construction territoriale."))
    doc.build(s)
    return path


# =================================================================== DOC 3 (slides)
def doc3():
    path = os.path.join(HERE, "obs-s37-03-diaporama-elus-locaux-2024.pdf")
    W, H = landscape(A4)
    c = canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("Diaporama – IMPACTS & TRAJECTOIRES – Élus locaux")
    c.setAuthor("Observatoire des partenariats (document de démonstration)")
    c.setCreator("make_docs.py s37")
    navy = colors.HexColor("#12355b")
    accent = colors.HexColor("#e07a1f")

    def frame(slide_no, heading):
        c.setFillColor(navy)
        c.rect(0, H - 22 * mm, W, 22 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 20)
        c.drawString(16 * mm, H - 14.5 * mm, heading)
        c.setFont("DV", 8)
        c.drawRightString(W - 12 * mm, H - 8 * mm, "IMPACTS & TRAJECTOIRES · Élus locaux")
        c.setFillColor(colors.HexColor("#666666"))
        c.setFont("DV", 8)
        c.drawString(16 * mm, 8 * mm, "Observatoire des partenariats — restitution, novembre 2024")
        if slide_no is not None:
            c.drawRightString(W - 12 * mm, 8 * mm, "diapo %d" % slide_no)

    def lines(x, y, items, size=17, gap=10 * mm, font="DV"):
        for it in items:
            c.setFillColor(colors.black)
            c.setFont(font, size)
            c.drawString(x, y, it)
            y -= gap
        return y

    def big(x, y, fig, caption, size=40):
        c.setFillColor(accent)
        c.setFont("DV-B", size)
        c.drawString(x, y, fig)
        c.setFillColor(colors.black)
        c.setFont("DV", 12)
        yy = y - 8 * mm
        for part in caption:
            c.drawString(x, yy, part)
            yy -= 5.5 * mm

    # slide: cover (no number)
    c.setFillColor(navy)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(accent)
    c.setFont("DV-B", 13)
    c.drawString(22 * mm, H - 45 * mm, "DIAPORAMA")
    c.setFillColor(colors.white)
    c.setFont("DV-B", 30)
    c.drawString(22 * mm, H - 65 * mm, "IMPACTS & TRAJECTOIRES")
    c.drawString(22 * mm, H - 80 * mm, "Élus locaux")
    c.setFont("DV-I", 13)
    c.drawString(22 * mm, H - 97 * mm, "Vague de l'automne 2024 — support de présentation")
    c.setFont("DV", 10)
    c.drawString(22 * mm, 20 * mm, "Observatoire des partenariats · Le RAMEAU")
    c.showPage()

    # slide 1: method
    frame(1, "Qui a répondu ?")
    y = lines(20 * mm, H - 45 * mm, [
        "Une enquête par téléphone",
        "Terrain : du 30 septembre au 28 octobre 2024",
        "Échantillon : 302 maires",
        "Une majorité de petites communes :",
    ])
    big(30 * mm, y - 8 * mm, "84 %", ["des répondants administrent une commune",
                                       "de moins de 2 000 habitants"])
    c.setFont("DV-I", 9)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(20 * mm, 20 * mm, "Lecture : la structure de l'échantillon reflète le poids des "
                 "communes rurales dans le paysage municipal.")
    c.showPage()

    # slide 2: territoire en mouvement
    frame(2, "Des territoires qui bougent")
    c.setFont("DV", 15)
    c.setFillColor(colors.black)
    c.drawString(20 * mm, H - 42 * mm, "Question : votre territoire est-il en mouvement ?")
    big(20 * mm, H - 75 * mm, "91 %", ["répondent oui"], size=54)
    big(110 * mm, H - 75 * mm, "35 %", ["« fortement »"], size=34)
    big(180 * mm, H - 75 * mm, "56 %", ["« ni plus ni moins", "qu'avant »"], size=34)
    lines(20 * mm, H - 125 * mm, [
        "Le mouvement est presque unanime.",
        "Il reste pourtant modéré pour la majorité des communes.",
    ], size=13, gap=7 * mm)
    c.showPage()

    # slide 3: rappel 2020
    frame(3, "Rappel : la vague de 2020")
    lines(20 * mm, H - 40 * mm, [
        "Étude IMPACT-Élus locaux, novembre 2020",
        "Réalisation : Comisis et OpinionWay",
        "Résultats repris dans la fiche-repère",
        "« Les dynamiques d'engagement des Collectivités territoriales »",
    ], size=14, gap=8 * mm)
    big(20 * mm, H - 110 * mm, "76 %", ["des maires jugent leur", "territoire engagé"], size=32)
    big(105 * mm, H - 110 * mm, "46 %", ["ne savent pas comment", "piloter cette dynamique"],
        size=32)
    big(190 * mm, H - 110 * mm, "87 %", ["voient les partenariats", "comme source d'innovation"],
        size=32)
    c.showPage()

    # slide 4: droit a l'alliance
    frame(4, "Une envie d'alliance partagée")
    lines(20 * mm, H - 40 * mm, ["Trois publics, un même besoin de faire ensemble :"],
          size=15)
    big(20 * mm, H - 72 * mm, "92 %", ["des maires expriment", "un besoin d'alliance"], size=34)
    big(105 * mm, H - 72 * mm, "84 %", ["des dirigeants d'entreprise", "en ont l'envie"], size=34)
    big(190 * mm, H - 72 * mm, "81 %", ["des Français y voient", "un devoir"], size=34)
    lines(20 * mm, H - 120 * mm, [
        "Côté élus, le « jouer collectif » gagne du terrain :",
        "64 % des élus locaux souhaitent s'appuyer dessus.",
    ], size=14, gap=8 * mm)
    c.setFont("DV-I", 8.5)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(20 * mm, 20 * mm, "Sources : publications de l'Observatoire reprises lors de la "
                 "reconnaissance du droit à l'alliance d'intérêt général.")
    c.showPage()
    c.save()
    return path


# =================================================================== DOC 4
def doc4():
    path = os.path.join(HERE, "obs-s37-04-bulletin-veille-alliances.pdf")
    deco = banner_footer("BULLETIN DE VEILLE  ·  Alliances & intérêt général",
                         "Veille n° 37 — feuillet {p}/4", 0, color="#2e5e3e")
    doc = make_doc(path, "Bulletin de veille n°37 – Alliances d'intérêt général", deco,
                   first="head2")
    fw = doc._fw
    cw = doc._cw
    s = []
    s.append(P("BULLETIN DE VEILLE", LABEL))
    s.append(P("Alliances d'intérêt général : ce qui a bougé", TITLE))
    s.append(P("Numéro 37 — compilation des faits marquants, rédigée au fil de l'année 2022",
               EDITION))
    s.append(NextPageTemplate("two"))
    s.append(FrameBreak())
    s.append(P("Une mission venue du Gouvernement", H2))
    s.append(P("Tout commence lors du FNAF 2019. Le secrétaire d'État Gabriel Attal y annonce une "
               "mission consacrée aux alliances entre acteurs de l'intérêt général."))
    s.append(P("Il la confie à un duo : la députée Cathy Racon-Bouzon et Charles-Benoît "
               "Heidsieck. Ce dernier préside Le RAMEAU, qu'il a fondé."))
    s.append(P("Le travail aboutit au printemps suivant. Le rapport est remis le 7 mai 2020, en "
               "plein confinement."))
    s.append(P("Un point d'étape a lieu quelques mois plus tard. Ce bilan est présenté le 17 "
               "octobre 2020."))
    s.append(FrameBreak())
    s.append(P("Vers un droit de l'alliance", H2))
    s.append(P("La suite est législative. Une proposition de loi relative au « droit de "
               "l'alliance d'intérêt général » est portée par Cathy Racon-Bouzon ; elle a été "
               "déposée en février."))
    s.append(P("Agréée par le Bureau de l'Assemblée nationale, elle a ensuite été publiée au "
               "Journal officiel. En parallèle, le ministère s'est doté d'une feuille de route "
               "comptant 21 mesures."))
    s.append(key_box([("21", "mesures dans la feuille de route ministérielle")], cw))
    s.append(PageBreak())
    # page 2
    s.append(P("Un fonds pour l'ODD 17", H2))
    s.append(P("En 2020, Le RAMEAU et la Fondation TotalEnergies créent ensemble le Fonds ODD 17. "
               "Ce dernier est doté de 1,5 M€."))
    s.append(P("La somme finance une expérimentation conduite sur 3 ans. Elle s'appuie sur un "
               "réseau de 350 « catalyseurs territoriaux » chargés de faire naître des alliances "
               "locales."))
    s.append(key_box([("1,5 M€", "dotation"), ("350", "catalyseurs")], cw))
    s.append(Spacer(1, 6))
    s.append(P("Rappel : que recouvre l'ODD 17 ?", H2))
    s.append(P("Le dix-septième objectif de développement durable porte sur les partenariats. "
               "Il se décline en 19 cibles.<super>1</super>"))
    s.append(FrameBreak())
    s.append(P("La boîte à outils M.E.D.O.C.", H2))
    s.append(P("Pour outiller les acteurs, la plateforme www.odd17.org regroupe ses ressources "
               "sous un acronyme. Chaque lettre désigne une famille :"))
    s.extend(bullets(["M pour Méthodes ;", "E pour Exemples ;", "D pour Données ;",
                      "O pour Outils ;", "C pour Compétences."]))
    s.append(P("Autrement dit, M.E.D.O.C. signifie Méthodes, Exemples, Données, Outils, "
               "Compétences."))
    s.append(Spacer(1, 30))
    s.append(P("<super>1</super> Voir la note du Comité 21 « ODD 17 : Sens, décryptages, "
               "déclinaisons », présentée un 5 juillet.", SMALL))
    s.append(PageBreak())
    # page 3
    s.append(P("Naissance de la Fondation des Territoires", H2))
    s.append(P("La préfiguration démarre en juillet 2018. Elle se déroule en trois étapes, de "
               "juillet 2018 à mai 2022."))
    s.append(data_table([["Étape", "Période"],
                         ["1", "07/2018 – 07/2019"],
                         ["2", "08/2019 – 11/2020"],
                         ["3", "12/2020 – 05/2022"]], [cw * 0.3, cw * 0.6]))
    s.append(Spacer(1, 5))
    s.append(P("La création officielle intervient le 14 juin 2022. La nouvelle fondation est "
               "abritée par la Fondation de Lille, sous l'égide de laquelle elle est placée."))
    s.append(P("Elle réunit 21 co-fondateurs et s'est fixé trois missions."))
    s.append(FrameBreak())
    s.append(P("La Charte du faire alliance", H2))
    s.append(P("Avant même sa création, la future fondation a piloté l'écriture d'une charte. Sa "
               "co-construction a pris 3 mois."))
    s.append(P("Le texte se présente comme un « contrat de confiance » entre partenaires. Il a été "
               "dévoilé le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice (territoire "
               "Paris-Est Marne &amp; Bois), au cours d'une soirée VitaWin.<super>2</super>"))
    s.append(P("Ce territoire n'a pas été choisi au hasard : il compte parmi les pilotes de la "
               "démarche « Agir ensemble en Territoire », lancée en 2010, aux côtés de l'Alsace "
               "et du Poitou-Charentes."))
    s.append(Spacer(1, 20))
    s.append(P("<super>2</super> Une dépêche en ligne a daté l'événement d'un « mardi 30 "
               "septembre » ; nous retenons ici la date du Giving Tuesday.", SMALL))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())
    # page 4
    s.append(P("Études parues", H2))
    s.append(P("L'étude IMPACT consacrée aux fondations et à leur rôle dans les territoires a été "
               "publiée un 23 septembre. Son échantillon : 42 fondations interrogées."))
    s.append(P("Elle a été accompagnée d'une fiche acteur intitulée « Dynamique d'engagement des "
               "Fondations »."))
    s.append(P("Dans nos archives : un mois de novembre chargé", H2))
    s.append(P("Un ancien agenda de l'Observatoire illustre le rythme des publications. Il "
               "alignait, sur quelques jours :"))
    s.append(data_table([["Date", "Événement"],
                         ["15 novembre", "dossier de JURIS Associations (n° 628)"],
                         ["23 novembre", "3e dîner « Élus &amp; Entreprises »"],
                         ["26 novembre", "11e rapport régional, consacré à la Normandie"],
                         ["26 novembre", "5e webinaire « l'ODD 17 en pratique »"]],
                        [fw * 0.22, fw * 0.60]))
    s.append(Spacer(1, 8))
    s.append(P("Le même jour, l'Observatoire publiait donc une étude régionale et animait un "
               "webinaire."))
    doc.build(s)
    return path


# =================================================================== DOC 5
def doc5():
    path = os.path.join(HERE, "obs-s37-05-note-historique-observatoire.pdf")
    deco = banner_footer("Le RAMEAU  |  Observatoire des partenariats  |  Documents de référence",
                         "– {p} –        Note de synthèse « Quinze ans d'Observatoire »", 20,
                         color="#4b3a6b")
    doc = make_doc(path, "Note de synthèse – Quinze ans d'Observatoire", deco)
    fw = doc._fw
    s = []
    s.append(P("NOTE DE SYNTHÈSE", LABEL))
    s.append(P("Quinze ans d'Observatoire : repères et chemins", TITLE))
    s.append(P("Texte revu et complété — version diffusée en 2021, extrait des pages 21 à 24",
               EDITION))
    s.append(P("Le RAMEAU", H2))
    s.append(P("Le RAMEAU voit le jour en 2006. Association d'intérêt général, elle se décrit "
               "comme un « laboratoire de recherche empirique » dédié aux alliances entre "
               "organisations."))
    s.append(P("Sa démarche repose sur trois missions, dont la première consiste à témoigner de "
               "ce qui se construit sur le terrain. Elle a recensé plus de 1 000 exemples "
               "inspirants et mené des expérimentations auprès de plus de 500 organisations."))
    s.append(P("Deux noms reviennent dans toutes les publications :"))
    s.extend(bullets(["Charles-Benoît Heidsieck, président-fondateur ;",
                      "Laurence Weber, directrice générale."]))
    s.append(P("La seconde pilote l'équipe au quotidien ; le premier porte la parole de "
               "l'association auprès des pouvoirs publics."))
    s.append(PageBreak())
    # page 2
    s.append(P("Un observatoire né d'une alliance", H2))
    s.append(P("L'Observatoire des partenariats est lancé en 2008. Ses fondateurs sont la Caisse "
               "des Dépôts et Le RAMEAU, rejoints comme partenaires par le MEDEF et le Mouvement "
               "associatif.<super>1</super>"))
    s.append(P("La rigueur méthodologique est confiée à une spécialiste des études. Il s'agit "
               "d'Anne Robin, fondatrice du cabinet COMISIS ; elle assure la direction "
               "scientifique à titre bénévole."))
    s.append(P("Trois plans de cinq ans", H2))
    s.append(P("Les travaux s'organisent en programmes quinquennaux successifs, résumés "
               "ci-dessous :"))
    s.append(data_table([["Programme", "Période", "Remarque"],
                         ["ARPEA", "2008 – 2012", "premier état des lieux"],
                         ["PHARE", "2013 – 2018", "certaines pages indiquent 2013 – 2017"],
                         ["IMPACT", "2018 – 2022", "lancé en novembre 2017"]],
                        [fw * 0.2, fw * 0.25, fw * 0.45]))
    s.append(Spacer(1, 30))
    s.append(P("<super>1</super> Des documents plus anciens évoquent un « Observatoire national "
               "des partenariats associations / entreprises » créé en 2007.", SMALL))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())
    # page 3
    s.append(P("ARPEA, le premier cycle", H2))
    s.append(P("Le sigle a connu plusieurs formulations. La plus complète est « Analyse des "
               "Relations et des Partenariats entre Entreprises et Associations » ; on trouve "
               "aussi « Analyser les Relations Partenariales entre Entreprises et Associations »."))
    s.append(P("Le programme comptait 10 volets. Son rapport quinquennal a été présenté le 11 "
               "décembre 2012."))
    s.append(P("Un de ses fils rouges : l'urgence perçue par le grand public. En 2008, 86 % des "
               "Français jugeaient urgent de développer des partenariats entre associations et "
               "entreprises. Quatre ans plus tard, ils étaient encore 84 %."))
    s.append(P("À la même période, près de 46 % des associations déclaraient une relation avec "
               "au moins une entreprise."))
    s.append(FrameBreak())
    s.append(P("Le regard des entreprises (janvier 2011)", H2))
    s.append(P("Le volet ARPEA « Entreprises &amp; Territoires » classait les entreprises en trois "
               "groupes :"))
    s.append(data_table([["Position de l'entreprise", "Part"],
                         ["développe déjà des partenariats", "21 %"],
                         ["souhaite en développer", "33 %"],
                         ["ne le souhaite pas", "46 %"]], [doc._cw * 0.7, doc._cw * 0.3]))
    s.append(Spacer(1, 6))
    s.append(P("Une demande publique", H2))
    s.append(P("Les pouvoirs publics s'emparent ensuite du sujet. La ministre Valérie Fourneyron "
               "commande un état des lieux des partenariats entre associations et entreprises ; "
               "celui-ci paraît au début de 2014."))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())
    # page 4
    s.append(P("Modèles de co-construction : la note de 2016", H2))
    s.append(P("Une note datée du 29 février 2016 fait le point sur l'engagement des différents "
               "acteurs. Les chiffres se lisent ainsi :"))
    s.append(data_table([["Population", "Part engagée dans des partenariats"],
                         ["Entreprises de 10 salariés et plus", "37 %"],
                         ["Associations (ensemble)", "38 %"],
                         ["dont associations employeuses", "53 %"],
                         ["Organisations « pionnières »", "65 %"]], [fw * 0.5, fw * 0.35]))
    s.append(Spacer(1, 8))
    s.append(P("Le programme IMPACT", H2))
    s.append(P("Le troisième cycle est mené à plusieurs. Aux côtés du RAMEAU, on trouve la Caisse "
               "des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste et la Fondation "
               "TOTAL."))
    s.append(P("Il s'articule autour de trois axes :"))
    s.extend(bullets(["l'innovation sociétale et territoriale ;",
                      "la performance des organisations ;",
                      "la confiance."]))
    s.append(P("Ces trois axes servent aussi d'indicateurs pour mesurer les effets des "
               "alliances."))
    doc.build(s)
    return path


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5):
        print(f())
