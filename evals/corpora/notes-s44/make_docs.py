#!/usr/bin/env python3
"""Deterministic generator of the five s44 demo PDFs (Observatoire des partenariats).

Facts (figures, dates, names) come from /work/shared/facts.md; the wording is original.
Usage:  python make_docs.py [output_dir]      (default: the folder of this script)
"""
import os
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")

PREFIX = "obs-s44"


def st(name, size=9.5, lead=None, font="DV", color=colors.black, before=0, after=4, left=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.35,
                          textColor=color, alignment=TA_LEFT, spaceBefore=before,
                          spaceAfter=after, leftIndent=left, hyphenationLang=None,
                          allowWidows=1, allowOrphans=1)


def bullets(items, style, sym="•"):
    out = []
    for it in items:
        s = ParagraphStyle("b", parent=style, leftIndent=style.leftIndent + 12, bulletIndent=style.leftIndent + 2)
        out.append(Paragraph(it, s, bulletText=sym))
    return out


def grid_table(rows, widths, head_bg, font_size=8.5, zebra=None):
    cell = st("cell", size=font_size, after=0)
    cellb = st("cellb", size=font_size, font="DV-B", color=colors.white, after=0)
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(str(c), cellb if i == 0 else cell) for c in r])
    t = Table(data, colWidths=widths)
    style = [("BACKGROUND", (0, 0), (-1, 0), head_bg),
             ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if zebra:
        for i in range(1, len(rows)):
            if i % 2 == 0:
                style.append(("BACKGROUND", (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(style))
    return t


def keyfig_boxes(items, total_width, bg, fg, num_size=20, cap_size=8):
    """items: list of (number, caption). One row of boxes."""
    n = len(items)
    w = total_width / n
    num = st("kfn", size=num_size, font="DV-B", color=fg, after=1)
    cap = st("kfc", size=cap_size, color=colors.black, after=0)
    row = [[Paragraph(a, num), Paragraph(b, cap)] for a, b in items]
    cells = [[r] for r in row]
    t = Table([[Table([[x[0]], [x[1]]], colWidths=[w - 10]) for x in row]], colWidths=[w] * n)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("BOX", (0, 0), (-1, -1), 0.6, fg),
                           ("LINEAFTER", (0, 0), (-2, -1), 0.6, colors.white),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def boxed(flowables, width, bg, border):
    t = Table([[f] for f in flowables], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("BOX", (0, 0), (-1, -1), 0.8, border),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    return t


def build(path, pagesize, templates, story, title, expected_pages):
    doc = BaseDocTemplate(path, pagesize=pagesize, pageTemplates=templates, title=title,
                          author="Observatoire des partenariats (document de démonstration)",
                          subject=title, creator="make_docs.py s44", invariant=1)
    doc.build(story)
    from pypdf import PdfReader
    n = len(PdfReader(path).pages)
    assert n == expected_pages, f"{path}: {n} pages, expected {expected_pages}"
    assert 3 <= n <= 6
    return n


# ---------------------------------------------------------------------------
# 1. Étude PHARE (printed pages 22-26 differ from PDF pages 1-5), A4 portrait
# ---------------------------------------------------------------------------
def doc1(out):
    W, H = A4
    teal = colors.HexColor("#1f6f78")
    path = os.path.join(out, f"{PREFIX}-01-etude-phare-regards-croises.pdf")
    notes = {
        2: ["(1) Une autre restitution publique de la même enquête crédite la sécurité d’une note de 7/10 ; "
            "le tableau reprend la valeur du rapport détaillé."],
        4: ["(2) Note d’analyse sur les modèles de co-construction, datée du 29 février 2016."],
    }

    def on_page(c, d):
        p = d.page
        c.saveState()
        c.setFillColor(teal)
        c.rect(0, H - 18 * mm, W, 18 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 10)
        c.drawString(18 * mm, H - 11 * mm, "OBSERVATOIRE DES PARTENARIATS")
        c.setFont("DV", 9)
        c.drawRightString(W - 18 * mm, H - 11 * mm, "Étude « Regards croisés sur les alliances » · Chapitre 3")
        c.setStrokeColor(teal)
        c.line(18 * mm, 22 * mm, W - 18 * mm, 22 * mm)
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DV", 7.5)
        y = 26 * mm
        for n in reversed(notes.get(p, [])):
            c.drawString(18 * mm, y, n)
            y += 4 * mm
        c.setFont("DV", 8)
        c.drawString(18 * mm, 15 * mm, "Le programme PHARE (2013-2018) — cahier de synthèse")
        c.setFont("DV-B", 10)
        c.drawRightString(W - 18 * mm, 15 * mm, str(21 + p))
        c.restoreState()

    frame = Frame(18 * mm, 36 * mm, W - 36 * mm, H - 62 * mm, id="f")
    tpl = PageTemplate(id="p", frames=[frame], onPage=on_page)
    h1 = st("h1", 16, font="DV-B", color=teal, after=8)
    h2 = st("h2", 12, font="DV-B", color=teal, before=6, after=5)
    body = st("body", 9.8)
    small = st("small", 8.5, color=colors.HexColor("#444444"))
    CW = W - 36 * mm
    s = []
    # page 1 (printed 22)
    s.append(Paragraph("3. PHARE, six éclairages sur les alliances", h1))
    s.append(Paragraph(
        "Une fois le premier cycle ARPEA refermé, l’Observatoire des partenariats a engagé en 2013 un nouveau "
        "programme quinquennal, PHARE. Selon les supports, ce programme couvre les années 2013-2018 ou "
        "s’arrête en 2017. Son ambition tient en une phrase : mesurer, population par population, ce que "
        "chacun attend des alliances entre associations, entreprises et pouvoirs publics.", body))
    s.append(Paragraph(
        "Le programme a pris la forme de six volets, parus à quelques mois d’intervalle entre l’automne 2015 "
        "et la fin de l’année 2016. Ils se présentent ainsi :", body))
    s.extend(bullets([
        "PHARE-Citoyens, paru en septembre 2015 ;",
        "PHARE-Entreprises, paru en octobre 2015 ;",
        "PHARE-Associations, paru en novembre 2015 ;",
        "13 rapports régionaux, publiés au fil de l’année 2016 ;",
        "des diagnostics sectoriels, diffusés en juillet 2016 ;",
        "PHARE-Institutions, rendu public à l’automne 2016.",
    ], body))
    s.append(Spacer(1, 6))
    s.append(grid_table([
        ["Volet", "Public étudié", "Parution"],
        ["Citoyens", "Français de 18 ans et plus", "septembre 2015"],
        ["Entreprises", "dirigeants d’entreprise", "octobre 2015"],
        ["Associations", "responsables associatifs", "novembre 2015"],
        ["Régions", "13 rapports régionaux", "2016"],
        ["Secteurs", "diagnostics sectoriels", "juillet 2016"],
        ["Institutions", "maires et élus", "automne 2016"],
    ], [35 * mm, 70 * mm, 40 * mm], teal, zebra=colors.HexColor("#e6f2f3")))
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "Chaque volet reprend le même fil conducteur, ce qui autorise des comparaisons d’un public à l’autre. "
        "Les pages suivantes en reprennent les principaux enseignements, en commençant par le regard des citoyens.",
        body))
    s.append(PageBreak())
    # page 2 (printed 23)
    s.append(Paragraph("3.1 Ce que disent les citoyens", h2))
    s.append(Paragraph(
        "Le volet consacré aux citoyens a ouvert la série en septembre 2015. Il s’appuie sur un échantillon de "
        "plus de 2 000 personnes interrogées. Une majorité nette s’en dégage : 69 % d’entre elles estiment que "
        "faire alliance relève d’un devoir pour les acteurs de leur territoire.", body))
    s.append(Paragraph(
        "Les répondants ont également noté, sur une échelle de 0 à 10, l’importance qu’ils accordent à plusieurs "
        "enjeux du quotidien. Le tableau ci-dessous classe ces enjeux par note décroissante.", body))
    s.append(grid_table([
        ["Enjeu", "Note moyenne sur 10"],
        ["Emploi", "7,1"],
        ["Pouvoir d’achat", "6,6"],
        ["Sécurité (1)", "6,6"],
        ["Développement économique", "6,5"],
        ["Environnement", "6,3"],
        ["Exclusion", "6,3"],
    ], [80 * mm, 50 * mm], teal, zebra=colors.HexColor("#e6f2f3")))
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "L’emploi arrive nettement en tête. Il devance de un demi-point le pouvoir d’achat, tandis que "
        "l’environnement et l’exclusion ferment la marche à égalité.", body))
    s.append(PageBreak())
    # page 3 (printed 24)
    s.append(Paragraph("3.2 Où les partenariats peuvent-ils peser ?", h2))
    s.append(Paragraph(
        "Les mêmes personnes ont ensuite désigné les domaines dans lesquels une alliance entre acteurs aurait, "
        "à leurs yeux, des effets forts. L’emploi domine encore : près d’un répondant sur deux le cite.", body))
    s.append(keyfig_boxes([("49 %", "emploi"), ("46 %", "développement économique"),
                           ("42 %", "environnement"), ("36 %", "précarité"), ("36 %", "éducation")],
                          CW, colors.HexColor("#e6f2f3"), teal))
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "Ces attentes rejoignent celles des deux autres publics interrogés à l’automne 2015. Les dirigeants "
        "d’entreprise y adhèrent à 81 % ; les responsables associatifs vont plus loin encore, avec 86 % "
        "d’opinions favorables à l’idée que les alliances sont devenues nécessaires.", body))
    s.append(Paragraph(
        "Leur convergence frappe d’autant plus que les deux univers se connaissent mal. Elle sera confirmée un an "
        "plus tard du côté des élus locaux.", body))
    s.append(PageBreak())
    # page 4 (printed 25)
    s.append(Paragraph("3.3 Le regard des maires", h2))
    s.append(Paragraph(
        "Le dernier volet du programme a été rendu public le 29 novembre 2016. Il s’intéresse aux maires. "
        "87 % d’entre eux partagent la conviction que les alliances sont nécessaires sur leur territoire.", body))
    s.append(Paragraph(
        "Au-delà de ce constat, l’analyse des réponses fait apparaître cinq profils de maires, qui se distinguent "
        "par leur manière d’aborder la co-construction avec les associations et les entreprises.", body))
    s.append(Paragraph("3.4 Qui pratique déjà le partenariat ?", h2))
    s.append(Paragraph(
        "Une note d’analyse (2) a mesuré, de son côté, la part des organisations déjà engagées dans un "
        "partenariat. Elle varie fortement selon le type de structure :", body))
    s.append(grid_table([
        ["Population", "Part engagée dans un partenariat"],
        ["Entreprises de 10 salariés et plus", "37 %"],
        ["Associations (ensemble)", "38 %"],
        ["Associations employeuses", "53 %"],
        ["Organisations pionnières", "65 %"],
    ], [90 * mm, 55 * mm], teal, zebra=colors.HexColor("#e6f2f3")))
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Parmi les associations, la présence de salariés change la donne : la proportion passe de 38 % à 53 %.",
        body))
    s.append(PageBreak())
    # page 5 (printed 26)
    s.append(Paragraph("3.5 Ce qu’il faut retenir", h2))
    s.append(Paragraph("Quatre publics, une même conviction. La synthèse ci-dessous rapproche les taux relevés :", body))
    s.append(keyfig_boxes([("69 %", "des Français (sept. 2015)"), ("81 %", "des dirigeants d’entreprise"),
                           ("86 %", "des responsables associatifs"), ("87 %", "des maires (nov. 2016)")],
                          CW, colors.HexColor("#e6f2f3"), teal))
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "Ces résultats ont préparé le cycle suivant. L’Observatoire l’a baptisé IMPACT ; il en sera question "
        "au chapitre 4.", body))
    s.append(Paragraph(
        "Méthode. Les volets PHARE reposent sur des enquêtes par questionnaire auprès de chaque public. "
        "Les taux présentés dans ce chapitre sont arrondis à l’unité.", small))
    return build(path, A4, [tpl], s, "Étude PHARE — regards croisés (chapitre 3)", 5)


# ---------------------------------------------------------------------------
# 2. Fiche Repère (A4, colour strip, key-figure boxes)
# ---------------------------------------------------------------------------
def doc2(out):
    W, H = A4
    plum = colors.HexColor("#6b2f6b")
    light = colors.HexColor("#f3e9f3")
    path = os.path.join(out, f"{PREFIX}-02-fiche-repere-associations-partenaires.pdf")
    notes = {
        1: ["* Enquête conduite par Recherches & Solidarités avec Le RAMEAU."],
        4: ["** Repère historique issu des travaux ARPEA (2008-2012)."],
    }

    def on_page(c, d):
        p = d.page
        c.saveState()
        c.setFillColor(plum)
        c.rect(0, 0, 9 * mm, H, stroke=0, fill=1)
        c.setFillColor(light)
        c.rect(9 * mm, H - 22 * mm, W - 9 * mm, 22 * mm, stroke=0, fill=1)
        c.setFillColor(plum)
        c.setFont("DV-B", 13)
        c.drawString(18 * mm, H - 13 * mm, "FICHE REPÈRE")
        c.setFont("DV", 9)
        c.drawString(58 * mm, H - 13 * mm, "Les associations et leurs partenaires")
        c.drawRightString(W - 15 * mm, H - 13 * mm, "Observatoire des partenariats")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DV", 7.5)
        y = 20 * mm
        for n in notes.get(p, []):
            c.drawString(18 * mm, y, n)
            y -= 4 * mm
        c.setFont("DV", 8)
        c.drawString(18 * mm, 9 * mm, "Fiche Repère · Associations")
        c.drawRightString(W - 15 * mm, 9 * mm, f"page {p}/4")
        c.restoreState()

    frame = Frame(18 * mm, 26 * mm, W - 33 * mm, H - 54 * mm, id="f")
    tpl = PageTemplate(id="p", frames=[frame], onPage=on_page)
    h1 = st("h1", 15, font="DV-B", color=plum, after=8)
    h2 = st("h2", 11.5, font="DV-B", color=plum, before=6, after=5)
    body = st("body", 9.8)
    CW = W - 33 * mm
    s = []
    # page 1
    s.append(Paragraph("Deux enquêtes, deux photographies du partenariat associatif", h1))
    s.append(Paragraph(
        "Cette fiche rapproche deux études qui décrivent les partenaires des associations. Elles n’interrogent pas "
        "le même public ; leurs pourcentages ne s’additionnent donc pas et se comparent avec prudence.", body))
    s.append(Paragraph("Repère 1 — l’enquête « Associations &amp; Partenariats »", h2))
    s.append(Paragraph(
        "La première a été publiée en mars 2017 *. Le questionnaire a circulé en mai et juin 2016 ; plus de "
        "1 380 responsables associatifs y ont répondu. Elle fournit un ordre de grandeur simple à retenir :", body))
    s.append(keyfig_boxes([("2,5", "partenaires en moyenne par association"),
                           ("1 380", "responsables associatifs répondants (au moins)"),
                           ("mars 2017", "date de publication")], CW, light, plum, num_size=18))
    s.append(Spacer(1, 8))
    s.append(Paragraph(
        "Ce chiffre moyen masque de grands écarts. La page suivante détaille la nature des partenaires et l’effet "
        "de la taille de l’association.", body))
    s.append(PageBreak())
    # page 2
    s.append(Paragraph("Avec qui les associations travaillent-elles ? (enquête 2017)", h2))
    s.append(Paragraph("Les partenaires cités se répartissent comme suit :", body))
    s.append(grid_table([
        ["Type de partenaire", "Part des associations concernées"],
        ["Collectivités territoriales", "74 %"],
        ["Autres associations ou fondations", "72 %"],
        ["Établissements d’enseignement", "47 %"],
        ["Entreprises", "28 %"],
        ["Structures d’insertion", "22 %"],
        ["Organismes de recherche", "9 %"],
    ], [95 * mm, 60 * mm], plum, zebra=light))
    s.append(Spacer(1, 8))
    s.append(Paragraph("L’effet du budget", h2))
    s.append(Paragraph(
        "Plus une association est dotée, plus elle s’ouvre aux entreprises. Parmi les associations dont le budget "
        "dépasse 150 000 €, la moitié (50 %) ont noué un partenariat avec une entreprise. Elles ne sont que 20 % "
        "dans ce cas lorsque le budget reste inférieur à 10 000 €.", body))
    s.append(PageBreak())
    # page 3
    s.append(Paragraph("Repère 2 — l’étude IMPACT – Associations &amp; Territoires", h2))
    s.append(Paragraph(
        "La seconde étude porte uniquement sur les associations employeuses. On en compte 148 000 en France. "
        "Presque toutes déclarent au moins un partenariat : 98 % d’entre elles.", body))
    s.append(keyfig_boxes([("148 000", "associations employeuses"), ("98 %", "ont des partenariats"),
                           ("73 %", "agissent à l’échelle locale"), ("47 %", "à l’échelle régionale")],
                          CW, light, plum, num_size=17))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Leurs partenaires, par ordre de fréquence :", body))
    s.append(grid_table([
        ["Partenaire des associations employeuses", "Part"],
        ["Collectivités territoriales", "89 %"],
        ["Structures d’intérêt général", "73 %"],
        ["Établissements scolaires", "70 %"],
        ["Collectifs d’associations", "56 %"],
        ["Acteurs publics nationaux", "52 %"],
        ["Fédérations professionnelles", "37 %"],
        ["Acteurs académiques", "35 %"],
    ], [110 * mm, 45 * mm], plum, zebra=light))
    s.append(PageBreak())
    # page 4
    s.append(Paragraph("Quelles formes prennent ces partenariats ?", h2))
    s.append(Paragraph(
        "L’étude IMPACT – Associations &amp; Territoires distingue quatre formes de relation. Le mécénat reste la "
        "plus répandue ; il concerne les trois quarts des associations employeuses.", body))
    s.append(grid_table([
        ["Forme de partenariat", "Part des associations employeuses"],
        ["Mécénat", "75 %"],
        ["Innovation sociétale", "73 %"],
        ["Pratiques responsables", "70 %"],
        ["Coopération économique", "58 %"],
    ], [95 * mm, 60 * mm], plum, zebra=light))
    s.append(Spacer(1, 10))
    s.append(boxed([
        Paragraph("<b>À lire avant de comparer</b>", st("bx", 10, color=plum)),
        Paragraph("Les collectivités apparaissent en tête dans les deux enquêtes, mais avec 74 % dans l’une et 89 % "
                  "dans l’autre. L’écart tient d’abord au champ : toutes les associations en 2017, les seules "
                  "associations employeuses dans l’étude IMPACT.", body),
        Paragraph("Pour mémoire, les travaux du premier cycle estimaient que près de 46 % des associations étaient "
                  "engagées aux côtés d’une entreprise **.", body),
    ], CW, light, plum))
    return build(path, A4, [tpl], s, "Fiche Repère — Les associations et leurs partenaires", 4)


# ---------------------------------------------------------------------------
# 3. Bulletin de veille, two columns
# ---------------------------------------------------------------------------
def doc3(out):
    W, H = A4
    navy = colors.HexColor("#22315e")
    sand = colors.HexColor("#f4efe3")
    path = os.path.join(out, f"{PREFIX}-03-bulletin-veille-partenariale.pdf")
    notes = {2: ["(a) Une page du site associations.gouv.fr situe ce lancement un « mardi 30 septembre »."]}

    def first(c, d):
        c.saveState()
        c.setFillColor(navy)
        c.rect(0, H - 40 * mm, W, 40 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 22)
        c.drawString(15 * mm, H - 20 * mm, "Veille partenariale")
        c.setFont("DV", 10)
        c.drawString(15 * mm, H - 29 * mm, "Bulletin de veille de l’Observatoire des partenariats · n° 12 · édition d’automne")
        c.restoreState()
        common(c, d)

    def later(c, d):
        c.saveState()
        c.setFillColor(navy)
        c.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 9)
        c.drawString(15 * mm, H - 9 * mm, "Veille partenariale · n° 12")
        c.restoreState()
        common(c, d)

    def common(c, d):
        p = d.page
        c.saveState()
        c.setStrokeColor(navy)
        c.line(15 * mm, 17 * mm, W - 15 * mm, 17 * mm)
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DV", 7.5)
        y = 21 * mm
        for n in notes.get(p, []):
            c.drawString(15 * mm, y, n)
        c.setFont("DV", 8)
        c.drawString(15 * mm, 11 * mm, "Bulletin de veille — diffusion interne et partenaires")
        c.drawRightString(W - 15 * mm, 11 * mm, f"p. {p}")
        c.restoreState()

    gap = 8 * mm
    colw = (W - 30 * mm - gap) / 2
    f1 = [Frame(15 * mm, 26 * mm, colw, H - 72 * mm, id="a1"),
          Frame(15 * mm + colw + gap, 26 * mm, colw, H - 72 * mm, id="a2")]
    f2 = [Frame(15 * mm, 26 * mm, colw, H - 46 * mm, id="b1"),
          Frame(15 * mm + colw + gap, 26 * mm, colw, H - 46 * mm, id="b2")]
    tpls = [PageTemplate(id="first", frames=f1, onPage=first),
            PageTemplate(id="later", frames=f2, onPage=later)]
    h2 = st("h2", 11, font="DV-B", color=navy, before=4, after=4)
    kicker = st("k", 7.5, font="DV-B", color=colors.HexColor("#9a6b00"), after=1)
    body = st("body", 8.9)
    s = [NextPageTemplate("later")]
    # page 1, column 1
    s.append(Paragraph("AGENDA", kicker))
    s.append(Paragraph("Un mois de novembre chargé", h2))
    s.append(Paragraph("Quatre rendez-vous ont rythmé la seconde moitié du mois. Les voici dans l’ordre :", body))
    s.extend(bullets([
        "15 novembre : la revue JURIS Associations consacre son numéro 628 à un dossier sur les alliances ;",
        "23 novembre : troisième dîner « Élus &amp; Entreprises » ;",
        "26 novembre : parution du 11e rapport régional de l’Observatoire, consacré à la Normandie ;",
        "26 novembre : cinquième webinaire « l’ODD 17 en pratique ».",
    ], body))
    s.append(Paragraph(
        "Le rapport normand prolonge la série engagée avec les 13 rapports régionaux du programme PHARE. Il dresse "
        "l’état des coopérations entre acteurs de la région.", body))
    s.append(FrameBreak())
    # page 1, column 2
    s.append(Paragraph("RETOUR SUR", kicker))
    s.append(Paragraph("Le dîner « Élus &amp; Entreprises »", h2))
    s.append(Paragraph(
        "Les échanges se sont appuyés sur deux chiffres récents. Le premier concerne les élus locaux : 64 % "
        "d’entre eux souhaitent s’appuyer sur le « jouer collectif ».", body))
    s.append(Paragraph(
        "Le second vient des maires. Ils sont 92 % à reconnaître l’utilité de la co-construction pour leur "
        "commune.", body))
    s.append(Paragraph(
        "Les chefs d’entreprise présents ont, de leur côté, insisté sur le besoin d’interlocuteurs identifiés "
        "dans chaque territoire.", body))
    s.append(PageBreak())
    # page 2, column 1
    s.append(Paragraph("OUTILS", kicker))
    s.append(Paragraph("Le Fonds ODD 17 en bref", h2))
    s.append(Paragraph(
        "Le RAMEAU et la Fondation TotalEnergies ont co-créé ce fonds en 2020. Il a reçu une dotation de "
        "1,5 M€, destinée à une expérimentation conduite sur 3 ans.", body))
    s.append(Paragraph(
        "Son objectif : faire émerger et outiller 350 « catalyseurs territoriaux », ces acteurs qui aident les "
        "autres à faire alliance localement.", body))
    s.append(Paragraph("TEMPS FORT", kicker))
    s.append(Paragraph("La Charte du faire alliance", h2))
    s.append(Paragraph(
        "Fruit de trois mois de co-construction pilotés par la Fondation des Territoires, la charte a été dévoilée "
        "le 30 novembre 2021 (a), jour du Giving Tuesday. Le lancement a eu lieu à Saint-Maurice, sur le "
        "territoire de Paris-Est Marne &amp; Bois, lors d’une soirée VitaWin.", body))
    s.append(FrameBreak())
    # page 2, column 2
    s.append(Paragraph(
        "Ses promoteurs la présentent comme un « contrat de confiance » entre celles et ceux qui décident d’agir "
        "ensemble.", body))
    s.append(Paragraph("AUX ORIGINES", kicker))
    s.append(Paragraph("« Agir ensemble en Territoire »", h2))
    s.append(Paragraph(
        "La démarche remonte à 2010. Elle a suivi l’étude ARPEA-Collectivités locales, réalisée avec "
        "Comisis et OpinionWay. Trois territoires l’ont expérimentée les premiers :", body))
    s.extend(bullets([
        "l’Alsace, avec Alsace Active ;",
        "le Poitou-Charentes, avec le Groupe La Poste ;",
        "Paris-Est Marne &amp; Bois.",
    ], body))
    s.append(PageBreak())
    # page 3, column 1
    s.append(Paragraph("ÉTUDE", kicker))
    s.append(Paragraph("IMPACTS &amp; TRAJECTOIRES – Élus locaux", h2))
    s.append(Paragraph(
        "Publiée en novembre 2024, cette enquête donne la parole à 302 maires. Ils ont été interrogés par "
        "téléphone entre le 30 septembre et le 28 octobre 2024.", body))
    s.append(Paragraph(
        "Leur diagnostic est plutôt dynamique : 91 % voient leur territoire en mouvement. Parmi eux, 35 % le "
        "jugent fortement en mouvement et 56 % ni plus ni moins qu’auparavant.", body))
    s.append(FrameBreak())
    # page 3, column 2
    cell_w = colw
    s.append(grid_table([
        ["Repère", "Valeur"],
        ["Maires répondants", "302"],
        ["Territoire en mouvement", "91 %"],
        ["dont fortement", "35 %"],
        ["dont ni plus ni moins", "56 %"],
        ["Répondants de communes de moins de 2 000 habitants", "84 %"],
    ], [cell_w * 0.68, cell_w * 0.3], navy, font_size=8, zebra=sand))
    s.append(Spacer(1, 6))
    s.append(Paragraph(
        "Le profil des répondants explique en partie ce regard : une large majorité administre de petites "
        "communes rurales.", body))
    s.append(PageBreak())
    # page 4, column 1
    s.append(Paragraph("ACTEURS", kicker))
    s.append(Paragraph("La Fondation des Territoires", h2))
    s.append(Paragraph(
        "Sa préfiguration a commencé en juillet 2018. Elle s’est déroulée en trois étapes : juillet 2018 à "
        "juillet 2019, août 2019 à novembre 2020, puis décembre 2020 à mai 2022.", body))
    s.append(Paragraph(
        "La fondation a été créée le 14 juin 2022, sous l’égide de la Fondation de Lille. Elle réunit 21 "
        "co-fondateurs et s’est donné trois missions.", body))
    s.append(FrameBreak())
    # page 4, column 2
    s.append(Paragraph("À LIRE", kicker))
    s.append(Paragraph("Fondations et territoires", h2))
    s.append(Paragraph(
        "L’étude IMPACT consacrée aux fondations a été publiée le 23 septembre. 42 fondations y ont répondu. "
        "Une fiche acteur, « Dynamique d’engagement des Fondations », en reprend l’essentiel.", body))
    s.append(Paragraph(
        "Côté collectivités, la fiche-repère « Les dynamiques d’engagement des Collectivités territoriales » "
        "s’appuie sur l’étude IMPACT-Élus locaux de novembre 2020, réalisée par Comisis et OpinionWay.", body))
    return build(path, A4, tpls, s, "Veille partenariale — bulletin n° 12", 4)


# ---------------------------------------------------------------------------
# 4. Slide deck 16:9, short lines
# ---------------------------------------------------------------------------
def doc4(out):
    W, H = 960, 540
    red = colors.HexColor("#b23a2e")
    path = os.path.join(out, f"{PREFIX}-04-diaporama-reperes-historiques.pdf")

    def on_page(c, d):
        p = d.page
        c.saveState()
        if p > 1:
            c.setFillColor(red)
            c.rect(0, H - 70, W, 70, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#eeeeee"))
        c.rect(0, 0, W, 34, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont("DV", 11)
        c.drawString(40, 12, "Le RAMEAU · Observatoire des partenariats — Repères historiques")
        c.drawRightString(W - 40, 12, f"{p} / 6")
        c.restoreState()

    title_frame = Frame(40, 50, W - 80, H - 130, id="t")
    slide_frame = Frame(40, 46, W - 80, H - 130, id="s")
    ttl = Frame(40, H - 68, W - 80, 66, id="ttl")
    tpl1 = PageTemplate(id="cover", frames=[title_frame], onPage=on_page)
    tpl = PageTemplate(id="slide", frames=[ttl, slide_frame], onPage=on_page)
    big = st("big", 34, font="DV-B", color=red, after=14)
    sub = st("sub", 18, color=colors.HexColor("#333333"), after=8)
    stitle = st("stitle", 24, font="DV-B", color=colors.white, after=0)
    line = st("line", 17, lead=24, after=3)
    note = st("note", 12, color=colors.HexColor("#555555"), before=8)
    s = [NextPageTemplate("slide")]
    s.append(Spacer(1, 90))
    s.append(Paragraph("Quinze ans d’Observatoire", big))
    s.append(Paragraph("Dates, personnes et programmes", sub))
    s.append(Paragraph("Support de présentation · Le RAMEAU", sub))
    s.append(PageBreak())

    def slide(title, lines, foot=None):
        s.append(Paragraph(title, stitle))
        s.append(FrameBreak())
        s.extend(bullets(lines, line, sym="–"))
        if foot:
            s.append(Paragraph(foot, note))
        s.append(PageBreak())

    slide("Le RAMEAU en bref", [
        "Créé en 2006",
        "Association reconnue d’intérêt général",
        "Se définit comme un « laboratoire de recherche empirique »",
        "Trois missions, dont celle de témoigner",
        "Plus de 1 000 exemples inspirants recensés",
        "Plus de 500 organisations accompagnées depuis 2006",
        "Président-fondateur : Charles-Benoît Heidsieck",
        "Directrice générale : Laurence Weber",
    ])
    slide("L’Observatoire des partenariats", [
        "Né en 2008",
        "À l’initiative de la Caisse des Dépôts et du RAMEAU",
        "Avec le MEDEF et le Mouvement associatif",
        "Direction scientifique : Anne Robin",
        "Elle a fondé COMISIS",
        "Elle exerce cette fonction bénévolement",
    ], "Attention : des documents de 2011 et 2012 datent la création de l’Observatoire national "
       "des partenariats de 2007.")
    slide("Trois cycles de cinq ans", [
        "ARPEA : 2008-2012",
        "PHARE : 2013-2018 (2013-2017 sur certains supports)",
        "IMPACT : 2018-2022, lancé en novembre 2017",
        "Rapport quinquennal ARPEA : 11 décembre 2012",
        "Rapport d’état des lieux demandé par la ministre Valérie Fourneyron",
        "Il est paru au début de 2014",
    ])
    slide("ARPEA : un sigle, trois formulations", [
        "« Analyse des Relations et des Partenariats entre Entreprises et Associations »",
        "« Analyser les Relations Partenariales entre Entreprises et Associations »",
        "« Analyse des Relations Associations-Entreprises »",
        "Dix volets au total",
        "Urgence à créer des partenariats : 86 % des Français en 2008, 84 % en 2012",
        "Entreprises (janvier 2011) : 21 % en développent",
        "33 % le souhaitent, 46 % ne le souhaitent pas",
    ])
    slide("IMPACT : partenaires et axes", [
        "Mené avec la Caisse des Dépôts",
        "l’Institut CDC pour la Recherche",
        "le Groupe La Poste et la Fondation TOTAL",
        "et Le RAMEAU",
        "Axe 1 : innovation sociétale et territoriale",
        "Axe 2 : performance des organisations",
        "Axe 3 : confiance",
    ])
    s.pop()  # no trailing page break
    return build(path, (W, H), [tpl1, tpl], s, "Quinze ans d’Observatoire — repères historiques", 6)


# ---------------------------------------------------------------------------
# 5. Note (numbered paragraphs, footnotes)
# ---------------------------------------------------------------------------
def doc5(out):
    W, H = A4
    green = colors.HexColor("#2e6b3a")
    path = os.path.join(out, f"{PREFIX}-05-note-droit-alliance.pdf")
    notes = {
        2: ["[1] Dans le volet PHARE-Citoyens de septembre 2015, la part des Français évoquant un devoir "
            "d’alliance était de 69 %."],
        3: ["[2] Certaines présentations du programme retiennent 69 % pour les citoyens au lieu de 74 %.",
            "[3] Une autre source évoque « le CGET et 10 territoires pilotes »."],
        4: ["[4] Note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons », diffusée un 5 juillet."],
    }

    def on_page(c, d):
        p = d.page
        c.saveState()
        c.setStrokeColor(green)
        c.setLineWidth(2)
        c.line(20 * mm, H - 16 * mm, W - 20 * mm, H - 16 * mm)
        c.setFillColor(green)
        c.setFont("DV-B", 10)
        c.drawString(20 * mm, H - 13 * mm, "NOTE")
        c.setFont("DV", 8.5)
        c.drawRightString(W - 20 * mm, H - 13 * mm, "Observatoire des partenariats · Réf. N-05")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DV", 7.5)
        y = 24 * mm
        for n in notes.get(p, []):
            c.drawString(20 * mm, y, n)
            y -= 4 * mm
        c.setLineWidth(0.5)
        c.line(20 * mm, 13 * mm, W - 20 * mm, 13 * mm)
        c.setFont("DV", 8)
        c.drawString(20 * mm, 8 * mm, "Note « Du constat au droit d’alliance »")
        c.drawRightString(W - 20 * mm, 8 * mm, f"page {p} sur 4")
        c.restoreState()

    frame = Frame(20 * mm, 32 * mm, W - 40 * mm, H - 54 * mm, id="f")
    tpl = PageTemplate(id="p", frames=[frame], onPage=on_page)
    h1 = st("h1", 15, font="DV-B", color=green, after=6)
    meta = st("meta", 8.5, color=colors.HexColor("#555555"), after=10)
    h2 = st("h2", 11, font="DV-B", color=green, before=8, after=4)
    body = st("body", 9.8)
    CW = W - 40 * mm
    s = []
    # page 1
    s.append(Paragraph("Du constat au droit d’alliance", h1))
    s.append(Paragraph("Objet : retracer les étapes qui ont conduit à la reconnaissance d’un droit "
                       "de l’alliance d’intérêt général. Diffusion : libre.", meta))
    s.append(Paragraph("1. Une mission ministérielle", h2))
    s.append(Paragraph(
        "Lors du FNAF 2019, Gabriel Attal a confié une mission sur les alliances à deux personnalités : la "
        "députée Cathy Racon-Bouzon et le président-fondateur du RAMEAU, Charles-Benoît Heidsieck.", body))
    s.append(Paragraph(
        "Leur rapport a été remis le 7 mai 2020. Un bilan de sa mise en œuvre a été présenté le 17 octobre 2020.",
        body))
    s.append(Paragraph("2. Une proposition de loi", h2))
    s.append(Paragraph(
        "Cathy Racon-Bouzon a ensuite porté une proposition de loi visant à reconnaître un « droit de l’alliance "
        "d’intérêt général ». Déposée en février, elle a été agréée par le Bureau de l’Assemblée nationale puis "
        "publiée au Journal officiel.", body))
    s.append(Paragraph(
        "Elle s’accompagne d’une « feuille de route » ministérielle. Celle-ci compte 21 mesures.", body))
    s.append(PageBreak())
    # page 2
    s.append(Paragraph("3. Des chiffres qui fondent la démarche", h2))
    s.append(Paragraph(
        "Trois publics, trois verbes. Les études les plus récentes résument ainsi l’état d’esprit de chacun :",
        body))
    s.append(grid_table([
        ["Public", "Ce qu’il exprime", "Part"],
        ["Français", "un « devoir d’alliance » [1]", "81 %"],
        ["Maires", "un « besoin d’alliance »", "92 %"],
        ["Dirigeants d’entreprise", "une « envie d’alliance »", "84 %"],
    ], [55 * mm, 70 * mm, 30 * mm], green, zebra=colors.HexColor("#e8f1ea")))
    s.append(Spacer(1, 8))
    s.append(Paragraph("Jouer collectif en sortie de crise", h2))
    s.append(Paragraph(
        "La crise sanitaire a servi de test. Interrogés sur la résilience post-Covid, 81 % des Français et 84 % "
        "des dirigeants de TPE et PME jugent utile de co-construire avec les autres acteurs de leur territoire.",
        body))
    s.append(Paragraph(
        "Pour appuyer ces décisions, plus de 250 données ont été inventoriées et mises à disposition.", body))
    s.append(PageBreak())
    # page 3
    s.append(Paragraph("4. Le programme IMPACT : l’innovation comme fil rouge", h2))
    s.append(Paragraph(
        "Le programme IMPACT a posé une question commune à quatre publics : les partenariats sont-ils une source "
        "d’innovation ? La réponse est largement positive :", body))
    s.extend(bullets([
        "74 % des Français [2] ;",
        "81 % des dirigeants d’entreprise ;",
        "86 % des responsables associatifs ;",
        "87 % des maires.",
    ], body))
    s.append(Paragraph(
        "Les maires se montrent toutefois partagés sur la mise en œuvre. 76 % considèrent leur territoire comme "
        "engagé, mais 46 % ne savent pas comment piloter une telle dynamique.", body))
    s.append(Paragraph("5. Expérimenter sur le terrain", h2))
    s.append(Paragraph(
        "Le CGET et Le Rameau ont lancé ensemble un parcours d’expérience sur la co-construction territoriale. "
        "Il réunit 11 territoires pionniers [3] pendant 18 mois ; la première session s’est tenue le 3 mai.",
        body))
    s.append(PageBreak())
    # page 4
    s.append(Paragraph("6. Des outils partagés", h2))
    s.append(Paragraph(
        "La plateforme www.odd17.org rassemble les ressources produites. Elle est organisée autour d’un acronyme, "
        "M.E.D.O.C., dont chaque lettre désigne une famille de ressources :", body))
    s.extend(bullets(["M pour Méthodes ;", "E pour Exemples ;", "D pour Données ;", "O pour Outils ;",
                      "C pour Compétences."], body))
    s.append(Paragraph(
        "L’ODD 17, « partenariats pour la réalisation des objectifs », se décline en 19 cibles [4]. Il sert de "
        "cadre commun aux alliances décrites dans cette note.", body))
    s.append(Spacer(1, 8))
    s.append(boxed([
        Paragraph("<b>En résumé</b>", st("bx", 10, color=green)),
        Paragraph("2019 : mission confiée · 7 mai 2020 : rapport remis · 17 octobre 2020 : bilan · "
                  "21 mesures dans la feuille de route.", body),
    ], CW, colors.HexColor("#e8f1ea"), green))
    return build(path, A4, [tpl], s, "Note — Du constat au droit d’alliance", 4)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for f in (doc1, doc2, doc3, doc4, doc5):
        n = f(out)
        print(f.__name__, n, "pages")


if __name__ == "__main__":
    main()
