# -*- coding: utf-8 -*-
"""Corpus fictif notes-s104 : cinq PDF « à la manière » des publications de l'Observatoire des partenariats.

Déterministe : rl_config.invariant = 1, métadonnées (titre, auteur, sujet, créateur, producteur) vides.
Usage : /work/main/.venv/bin/python make_docs.py   (écrit les PDF dans le dossier du script)
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Flowable, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak,
    PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4
ML = MR = 20 * mm
MT = 22 * mm
MB = 20 * mm
CW = W - ML - MR

BLUE = colors.HexColor("#1F4E79")
LIGHT = colors.HexColor("#E8F0F8")
GREY = colors.HexColor("#555555")

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.6, spaceAfter=5)
BODY_S = ParagraphStyle("bodys", parent=BODY, fontSize=9, leading=11.8, spaceAfter=4)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=17, leading=21, textColor=BLUE, spaceAfter=6)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=BLUE, spaceBefore=6,
                    spaceAfter=5)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=BLUE, spaceBefore=4,
                    spaceAfter=3)
SUB = ParagraphStyle("sub", fontName="Helvetica-Oblique", fontSize=10, leading=13, textColor=GREY, spaceAfter=8)
CAP = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=9, leading=11.5, spaceBefore=4, spaceAfter=4)
NOTE = ParagraphStyle("note", fontName="Helvetica", fontSize=7.8, leading=9.8, textColor=GREY, spaceAfter=2)
PICTO = ParagraphStyle("picto", fontName="Helvetica-Oblique", fontSize=7.5, leading=9.5, textColor=GREY,
                       alignment=TA_CENTER)
BIG = ParagraphStyle("big", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=BLUE,
                     alignment=TA_CENTER)
BOXT = ParagraphStyle("boxt", fontName="Helvetica", fontSize=9, leading=11.5, alignment=TA_CENTER)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11, alignment=TA_LEFT)
BRIEF = ParagraphStyle("brief", parent=BODY, fontSize=9, leading=11.8, spaceAfter=7)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=12, bulletIndent=2, spaceAfter=4)


def P(text, style=BODY):
    return Paragraph(text, style)


def rule():
    t = Table([[""]], colWidths=[60 * mm], rowHeights=[2])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.5, GREY)]))
    t.hAlign = "LEFT"
    return t


class Bars(Flowable):
    """Graphique à barres : libellé (avec appel de note éventuel), barre, valeur ; graduations sous l'axe."""

    def __init__(self, rows, vmax, ticks, width=CW, label_w=62 * mm, bar_h=9, gap=8):
        super().__init__()
        self.rows, self.vmax, self.ticks = rows, vmax, ticks
        self.width, self.label_w, self.bar_h, self.gap = width, label_w, bar_h, gap
        self.scale_w = width - label_w - 20 * mm
        self.height = len(rows) * (bar_h + gap) + 18

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        x0 = self.label_w
        for i, row in enumerate(self.rows):
            label, value = row[0], row[1]
            call = row[2] if len(row) > 2 else None
            y = self.height - (i + 1) * (self.bar_h + self.gap)
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 9)
            t = c.beginText(0, y + 1.5)
            t.setFont("Helvetica", 9)
            t.textOut(label)
            if call:
                t.setFont("Helvetica", 6)
                t.setRise(3.5)
                t.textOut(call)
                t.setRise(0)
            c.drawText(t)
            bw = self.scale_w * value / self.vmax
            c.setFillColor(BLUE)
            c.rect(x0, y, bw, self.bar_h, fill=1, stroke=0)
            c.setFillColor(colors.black)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x0 + bw + 4, y + 1.5, "%s" % row[3] if len(row) > 3 else str(value).replace(".", ","))
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.line(x0, 12, x0 + self.scale_w, 12)
        c.setFont("Helvetica", 7)
        c.setFillColor(GREY)
        for t in self.ticks:
            x = x0 + self.scale_w * t / self.vmax
            c.line(x, 10, x, 14)
            c.drawCentredString(x, 2, str(t))


def make_doc(name, templates):
    path = os.path.join(HERE, name)
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT, bottomMargin=MB,
                          title="", author="", subject="", creator="", producer="", keywords="")
    doc.addPageTemplates(templates)
    return doc


def full_frame(fid="main"):
    return Frame(ML, MB, CW, H - MT - MB, id=fid, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)


NOTES_H = 22 * mm


def notes_templates(onp, prefix=""):
    """Deux gabarits : pleine page, et page avec un cadre de notes de bas de page."""
    plain = PageTemplate(prefix + "plain", [full_frame()], onPage=onp)
    body = Frame(ML, MB + NOTES_H, CW, H - MT - MB - NOTES_H, id="body", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    notes = Frame(ML, MB, CW, NOTES_H, id="notes", leftPadding=0, rightPadding=0, topPadding=2,
                  bottomPadding=0)
    return plain, PageTemplate(prefix + "notes", [body, notes], onPage=onp)


def header_footer(left_head, right_head, left_foot, page_fmt, page_offset):
    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(GREY)
        canv.drawString(ML, H - 12 * mm, left_head)
        canv.drawRightString(W - MR, H - 12 * mm, right_head)
        canv.setStrokeColor(BLUE)
        canv.setLineWidth(0.8)
        canv.line(ML, H - 14 * mm, W - MR, H - 14 * mm)
        canv.line(ML, 14 * mm, W - MR, 14 * mm)
        canv.drawString(ML, 9 * mm, left_foot)
        canv.drawRightString(W - MR, 9 * mm, page_fmt % (doc.page + page_offset))
        canv.restoreState()
    return on_page


def grid_table(data, col_widths, header_rows=1, align_right_from=1, zebra=True):
    t = Table(data, colWidths=col_widths, hAlign="LEFT")
    st = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 9),
        ("FONT", (0, 0), (-1, header_rows - 1), "Helvetica-Bold", 8.5),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, BLUE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, BLUE),
        ("ALIGN", (align_right_from, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        for r in range(header_rows + 1, len(data), 2):
            st.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F5F5F5")))
    t.setStyle(TableStyle(st))
    return t


def kbox(picto, big, text, width):
    """Encadré de chiffre clé : pictogramme décrit, grand chiffre, libellé."""
    inner = Table([[P(picto, PICTO)], [P(big, BIG)], [P(text, BOXT)]], colWidths=[width - 8])
    inner.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return inner


def boxes(cells, ncols, width=CW, box_h=None):
    cw = width / ncols
    rows = [cells[i:i + ncols] for i in range(0, len(cells), ncols)]
    data = [[kbox(*c, cw) for c in r] for r in rows]
    t = Table(data, colWidths=[cw] * ncols, rowHeights=box_h)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 4),
          ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    for r in range(len(rows)):
        for c in range(ncols):
            st.append(("BOX", (c, r), (c, r), 1, BLUE))
            st.append(("BACKGROUND", (c, r), (c, r), LIGHT))
    t.setStyle(TableStyle(st))
    return t


def framed(flowables, width=CW, bg=LIGHT):
    t = Table([[f] for f in flowables], colWidths=[width])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, BLUE), ("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    return t


# --------------------------------------------------------------------------------------------------------
# (1) Fiche Repère : chiffres clés en encadrés et pictogrammes décrits
# --------------------------------------------------------------------------------------------------------
def doc1():
    name = "obs-s104-01-fiche-repere.pdf"
    onp = header_footer("Observatoire des partenariats · Repère n° 7", "Édition d’avril 2025",
                        "Observatoire des partenariats – 7, rue des Glycines, 75011 Paris – Tél. 01 99 00 36 90",
                        "%d/3", 0)
    doc = make_doc(name, [PageTemplate("p", [full_frame()], onPage=onp)])
    s = []
    # page 1
    s += [P("Les associations et leurs partenaires : chiffres clés", H1),
          P("Fiche Repère issue de l’étude IMPACT – Associations &amp; Territoires (programme IMPACT 2018-2022) "
            "et de l’enquête Associations &amp; Partenariats", SUB),
          P("Cette fiche rassemble les repères essentiels sur les alliances nouées par les associations. Elle "
            "s’appuie sur deux sources : l’étude IMPACT – Associations &amp; Territoires, consacrée aux 148 000 "
            "associations employeuses, et l’enquête Associations &amp; Partenariats, conduite en mai-juin 2016 "
            "auprès de plus de 1 380 responsables associatifs et publiée en mars 2017."),
          Spacer(1, 6),
          boxes([("[pictogramme : deux mains qui se serrent]", "98 %",
                  "des associations employeuses ont au moins un partenaire"),
                 ("[pictogramme : façade de mairie]", "89 %",
                  "d’entre elles travaillent avec une collectivité territoriale"),
                 ("[pictogramme : carte de France en pointillés]", "73 %",
                  "agissent avec leurs partenaires à l’échelle locale, 47 % à l’échelle régionale"),
                 ("[pictogramme : loupe]", "2,5",
                  "partenaires en moyenne par association (enquête 2016)")], 2),
          Spacer(1, 8),
          P("À lire : les pourcentages des encadrés portent sur les associations employeuses ; la moyenne de 2,5 "
            "partenaires porte sur l’ensemble des associations répondantes.", BODY_S),
          P("Pourquoi cette fiche ?", H3),
          P("Les associations ne travaillent plus seules. Elles tissent des liens avec des collectivités, des "
            "écoles, des entreprises ou d’autres associations, et ces liens changent leur manière d’agir. Cette "
            "fiche en donne une photographie simple, à partager avec les bénévoles, les élus et les partenaires "
            "financiers."),
          P("Sommaire : 1. Chiffres clés – 2. Avec qui ? – 3. Comment ?", BODY_S),
          PageBreak()]
    # page 2
    s += [P("2. Avec qui ? Les familles de partenaires", H2),
          P("Les associations employeuses combinent plusieurs familles de partenaires. Le tableau ci-dessous les "
            "classe selon la part des associations qui les citent."),
          P("Tableau – Familles de partenaires des associations employeuses", CAP),
          grid_table([["Famille de partenaires", "Part des associations\nemployeuses (en %)", "Rang"],
                      ["Collectivités territoriales", "89", "1"],
                      ["Structures d’intérêt général", "73", "2"],
                      ["Établissements scolaires", "70", "3"],
                      ["Collectifs d’associations", "56", "4"],
                      ["Acteurs publics nationaux", "52", "5"],
                      ["Fédérations professionnelles", "37", "6"],
                      ["Acteurs académiques", "35", "7"]], [75 * mm, 50 * mm, 20 * mm]),
          P("Source : étude IMPACT – Associations &amp; Territoires. Lecture : 56 % des associations employeuses "
            "travaillent avec un collectif d’associations.", NOTE),
          Spacer(1, 6),
          P("Ce que dit le classement", H3),
          P("Les collectivités restent le partenaire de référence. Les acteurs du monde éducatif et les autres "
            "structures d’intérêt général suivent de près, tandis que les acteurs académiques ferment la marche."),
          P("Un rappel utile", H3),
          P("Dans l’enquête Associations &amp; Partenariats de 2016, les entreprises n’arrivaient qu’en quatrième "
            "position : 28 % des associations les citaient, loin derrière les collectivités (74 %) et les autres "
            "associations ou fondations (72 %)."),
          PageBreak()]
    # page 3
    s += [P("3. Comment ? Les formes de partenariat", H2),
          P("Part des associations employeuses partenaires engagées dans chaque forme de relation", CAP),
          boxes([("[pictogramme : cœur]", "75 %", "pratiquent le mécénat"),
                 ("[pictogramme : ampoule]", "73 %", "innovent ensemble (innovation sociétale)"),
                 ("[pictogramme : feuille]", "70 %", "font évoluer leurs pratiques responsables"),
                 ("[pictogramme : engrenages]", "58 %", "coopèrent économiquement")], 4),
          Spacer(1, 8),
          P("Taille et moyens", H3),
          P("Le budget pèse sur l’accès aux entreprises. En 2016, la moitié des associations dont le budget dépasse "
            "150 000 € avaient un partenaire entreprise, contre 20 % de celles dont le budget est inférieur à "
            "10 000 €."),
          P("Un rappel de 2016", H3),
          P("Une note de l’Observatoire datée du 29 février 2016 estimait déjà que 37 % des entreprises d’au moins "
            "10 salariés étaient engagées dans un partenariat avec une association ; dans l’autre sens, c’était le "
            "cas de 38 % des associations, et même de 53 % des associations employeuses."),
          Spacer(1, 6),
          framed([P("<b>À retenir</b>", BODY_S),
                  P("Trois sur quatre : c’est la part des associations employeuses partenaires qui pratiquent le "
                    "mécénat.", BODY_S)]),
          Spacer(1, 8),
          P("Pour aller plus loin, l’Observatoire propose des fiches par secteur et par territoire, ainsi qu’un "
            "guide méthodologique destiné aux responsables associatifs.")]
    doc.build(s)
    return name


# --------------------------------------------------------------------------------------------------------
# (2) Bulletin de veille en deux colonnes avec brèves datées
# --------------------------------------------------------------------------------------------------------
def doc2():
    name = "obs-s104-02-bulletin-veille.pdf"
    onp = header_footer("Bulletin de veille de l’Observatoire des partenariats · n° 41", "novembre 2024",
                        "Veille partenariale – recueil 2024", "%d", 11)
    gap = 8 * mm
    colw = (CW - gap) / 2
    title_h = 32 * mm
    body_h = H - MT - MB

    def fr(x, y, w, h, fid, top=0):
        return Frame(x, y, w, h, id=fid, leftPadding=0, rightPadding=0, topPadding=top, bottomPadding=0)

    first = PageTemplate("first", [fr(ML, H - MT - title_h, CW, title_h, "title"),
                                   fr(ML, MB, colw, body_h - title_h, "c1"),
                                   fr(ML + colw + gap, MB, colw, body_h - title_h, "c2")], onPage=onp)
    later = PageTemplate("later", [fr(ML, MB, colw, body_h, "d1"),
                                   fr(ML + colw + gap, MB, colw, body_h, "d2")], onPage=onp)
    later_notes = PageTemplate("later_notes", [fr(ML, MB + NOTES_H, colw, body_h - NOTES_H, "e1"),
                                               fr(ML + colw + gap, MB + NOTES_H, colw, body_h - NOTES_H, "e2"),
                                               fr(ML, MB, CW, NOTES_H, "en", top=2)], onPage=onp)
    doc = make_doc(name, [first, later, later_notes])

    def brief(date_title, text):
        return P("<b>%s</b> %s" % (date_title, text), BRIEF)

    s = [P("Bulletin de veille n° 41", H1),
         P("Les brèves du mois, rassemblées le 29 novembre 2024 par l’équipe de veille", SUB),
         NextPageTemplate("later"), FrameBreak()]
    # page 1, colonne 1
    s += [P("1. Territoires", H2),
          brief("30 octobre 2024 – Les maires face au mouvement.",
                "L’enquête IMPACTS &amp; TRAJECTOIRES – Elus locaux a été conduite par téléphone du 30 septembre "
                "au 28 octobre 2024 auprès de 302 maires. Ils sont 91 % à voir leur territoire en mouvement : "
                "35 % fortement, 56 % ni plus ni moins. Par ailleurs, 84 % des répondants sont maires de "
                "communes de moins de 2 000 habitants."),
          brief("12 novembre 2024 – Fonds ODD 17.",
                "Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 dispose d’une "
                "dotation de 1,5 M€ pour une expérimentation sur 3 ans. Il s’appuie sur 350 « catalyseurs "
                "territoriaux »."),
          FrameBreak()]
    # page 1, colonne 2
    s += [P("2. Études", H2),
          brief("4 novembre 2024 – Retour sur PHARE-Citoyens.",
                "En septembre 2015, 69 % des Français estimaient que l’alliance entre acteurs était un devoir. "
                "Les sondés attribuaient alors 7,1/10 à l’emploi, 6,6 au pouvoir d’achat et 6,5 au "
                "développement économique."),
          brief("5 novembre 2024 – Lu pour vous.",
                "Un essai consacré aux « communs territoriaux » plaide pour des alliances plus sobres, construites "
                "autour de projets concrets plutôt que de grandes déclarations. Une lecture stimulante pour les "
                "élus comme pour les responsables associatifs."),
          PageBreak()]
    # page 2
    s += [brief("15 novembre 2024 – Associations et partenariats.",
                "Une étude régionale menée au printemps 2024 par le cabinet Alvéa Conseil auprès de 846 "
                "associations de l’Ouest confirme la tendance nationale : 62 % d’entre elles ont au moins un "
                "partenaire privé, contre 54 % lors de la précédente édition, en 2021."),
          P("3. Entreprises", H2),
          brief("18 octobre 2024 – Mécénat de compétences.",
                "Le groupe Brévial Services, qui emploie 1 240 salariés, a ouvert 45 missions de mécénat de "
                "compétences ; 60 % ont été pourvues dès la première semaine, et deux tiers des volontaires sont "
                "des femmes."),
          FrameBreak(),
          brief("25 octobre 2024 – Rappel juridique.",
                "La loi n° 2014-856 du 31 juillet 2014 relative à l’économie sociale et solidaire fête son "
                "dixième anniversaire. Selon la chambre régionale d’Armor, 214 entreprises du département s’en "
                "réclament désormais, soit 31 de plus qu’en 2022."),
          brief("28 octobre 2024 – Publication.",
                "Le guide « Faire alliance en territoire » rassemble des fiches pratiques, des témoignages et des "
                "outils d’auto-diagnostic. Il est téléchargeable gratuitement sur le site de l’Observatoire."),
          NextPageTemplate("later_notes"),
          PageBreak()]
    # page 3
    s += [P("4. Agenda et rappels", H2),
          brief("7 novembre 2024 – Parcours d’expérience.",
                "Lancé par le CGET et Le RAMEAU, le parcours avait réuni 11 territoires pionniers pendant 18 "
                "mois ; la 1<super>re</super> session s’était tenue le 3 mai. Une présentation plus ancienne "
                "évoquait 10 territoires pilotes<super>1</super>."),
          brief("21 novembre 2024 – Fondation des Territoires.",
                "Créée le 14 juin 2022 sous l’égide de la Fondation de Lille, elle rassemble 21 co-fondateurs "
                "autour de 3 missions."),
          brief("22 novembre 2024 – Dans les réseaux.",
                "Le réseau Cap Alliances 44, installé au 9, rue Arago, 44000 Nantes, compte 128 adhérents, dont "
                "37 entreprises et une vingtaine de collectivités."),
          FrameBreak(),
          P("À noter", H3),
          P("– 23 novembre : 3<super>e</super> dîner « Elus &amp; Entreprises »", BRIEF),
          P("– 26 novembre : 5<super>e</super> webinaire « l’ODD 17 en pratique »", BRIEF),
          P("– Rappel (novembre 2020) : 64 % des élus locaux veulent s’appuyer sur le « jouer collectif ».",
            BRIEF),
          P("Contact : veille@observatoire-partenariats.example – 01 99 00 36 90", BRIEF),
          FrameBreak(),
          rule(),
          P("1. Présentation de 2018 ; la fiche du CGET en retient 11.", NOTE)]
    doc.build(s)
    return name


# --------------------------------------------------------------------------------------------------------
# (3) Baromètre : tableaux croisés par taille de commune et par secteur
# --------------------------------------------------------------------------------------------------------
def doc3():
    name = "obs-s104-03-barometre.pdf"
    onp = header_footer("Baromètre des alliances locales · Vague 3", "janvier 2025",
                        "Observatoire des partenariats / Vireo Études", "Page %d", 1)
    doc = make_doc(name, [PageTemplate("p", [full_frame()], onPage=onp)])
    s = []
    # page 1
    s += [P("Baromètre des alliances locales 2024 – Troisième vague", H1),
          P("Maires et dirigeants d’entreprise face aux alliances territoriales", SUB),
          P("1. Méthodologie", H2),
          P("Enquête réalisée par téléphone du 3 au 21 juin 2024 auprès de 1 012 maires et de 640 dirigeants "
            "d’entreprises de 10 salariés et plus. Les résultats des vagues précédentes (2020 et 2022) sont "
            "rappelés entre parenthèses. La marge d’erreur est de ± 3 points pour les maires."),
          P("2. Principaux résultats", H2),
          P("Au total, 87 % des maires jugent les alliances utiles à leur territoire, contre 81 % des dirigeants "
            "d’entreprise. Ces derniers n’étaient que 76 % en 2022. Un maire sur deux (49 %) dit manquer "
            "d’outils pour piloter ces alliances."),
          P("Les maires restent ainsi les plus convaincus, mais l’écart avec les chefs d’entreprise se resserre "
            "d’une vague à l’autre. Le besoin d’outils de pilotage, lui, ne faiblit pas."),
          P("Les résultats de la vague 3 sont détaillés aux pages 3 à 5."),
          Spacer(1, 6),
          framed([P("<b>Comment lire ce baromètre</b>", BODY_S),
                  P("Chaque tableau croise une question avec la taille de la commune ou le secteur de "
                    "l’entreprise. Les valeurs sont des pourcentages de répondants, arrondis à l’unité.",
                    BODY_S)]),
          PageBreak()]
    # page 2
    s += [P("3. Les maires, selon la taille de la commune", H2),
          P("L’adhésion aux alliances progresse avec la taille de la commune (tableau 1)."),
          P("Tableau 1 – Maires jugeant les alliances utiles, selon la taille de la commune (en %)", CAP),
          grid_table([["Taille de la commune", "Vague 3 (2024)", "Vague 2 (2022)"],
                      ["Moins de 500 habitants", "82", "(78)"],
                      ["De 500 à 3 499 habitants", "86", "(83)"],
                      ["De 3 500 à 9 999 habitants", "90", "(88)"],
                      ["10 000 habitants et plus", "93", "(91)"],
                      ["Ensemble des maires", "87", "(84)"]], [75 * mm, 35 * mm, 35 * mm]),
          Spacer(1, 4),
          P("Lecture : 82 % des maires de communes de moins de 500 habitants jugent les alliances utiles (78 % en "
            "2022).", NOTE),
          Spacer(1, 6),
          P("L’écart entre les plus petites et les plus grandes communes atteint 11 points."),
          P("Les communes les plus petites, souvent dépourvues de services techniques, comptent davantage sur les "
            "associations locales pour porter des projets communs. Les villes moyennes, elles, mobilisent plus "
            "volontiers les entreprises de leur bassin d’emploi."),
          PageBreak()]
    # page 3
    s += [P("4. Les entreprises, selon le secteur et la taille", H2),
          P("Tableau 2 – Dirigeants ayant au moins un partenariat avec une association, selon le secteur et la "
            "taille de l’entreprise (en %, 2024)", CAP),
          grid_table([["Secteur", "10 à 49 salariés", "50 salariés et plus"],
                      ["Industrie", "24", "41"],
                      ["Construction", "18", "33"],
                      ["Commerce", "27", "38"],
                      ["Services", "31", "46"],
                      ["Ensemble", "26", "42"]], [60 * mm, 40 * mm, 40 * mm]),
          Spacer(1, 4),
          P("Lecture : 41 % des dirigeants d’entreprises industrielles de 50 salariés et plus ont au moins un "
            "partenariat associatif.", NOTE),
          P("Base : 640 dirigeants ; les effectifs inférieurs à 30 répondants sont à interpréter avec prudence "
            "(construction, 50 salariés et plus).", NOTE),
          Spacer(1, 6),
          P("Quel que soit le secteur, la taille de l’entreprise reste le facteur le plus discriminant. Les "
            "services devancent l’industrie, portés par les entreprises de conseil, de santé et de services à la "
            "personne."),
          PageBreak()]
    # page 4
    s += [P("5. Domaines prioritaires", H2),
          P("Tableau 3 – Domaines prioritaires des alliances pour les maires, selon la taille de la commune (en %, "
            "plusieurs réponses possibles)", CAP),
          grid_table([["Domaine", "Moins de 3 500 hab.", "3 500 hab. et plus"],
                      ["Emploi et insertion", "44", "58"],
                      ["Éducation et jeunesse", "39", "47"],
                      ["Transition écologique", "36", "52"]], [60 * mm, 40 * mm, 40 * mm]),
          P("Total supérieur à 100 % : plusieurs réponses possibles.", NOTE),
          Spacer(1, 6),
          P("Selon les vagues, entre 40 et 45 % des maires de communes rurales placent aussi la mobilité parmi "
            "leurs priorités."),
          P("Rappel : en 2015, les Français interrogés par PHARE-Citoyens jugeaient forts les impacts des "
            "partenariats sur l’emploi (49 %) et sur le développement économique (46 %)."),
          Spacer(1, 10),
          P("Prochaine vague : juin 2026. Contact : barometre@vireo-etudes.example – 05 36 49 12 34", BODY_S)]
    doc.build(s)
    return name


# --------------------------------------------------------------------------------------------------------
# (4) Rapport annuel d'une fondation : tableau financier (k€, M€), évolutions pluriannuelles
# --------------------------------------------------------------------------------------------------------
def doc4():
    name = "obs-s104-04-rapport-annuel-fondation.pdf"
    onp = header_footer("Fondation Solenne pour les territoires · Rapport annuel 2024", "publié en juin 2025",
                        "Fondation Solenne – rapport annuel", "– %d –", 2)
    plain, with_notes = notes_templates(onp)
    doc = make_doc(name, [plain, with_notes])
    s = []
    # page 1
    s += [P("Le mot de la présidente", H1),
          P("En 2024, la Fondation a soutenu 64 projets, pour un engagement total de 3,2 M€, en hausse de 14 % "
            "sur un an. Depuis sa création en 2012, elle a accompagné plus de 480 associations, dans 9 "
            "régions."),
          P("Le conseil d’administration compte 9 membres, dont 4 représentants des fondateurs. Nos 12 salariés "
            "et 35 bénévoles ont rendu ce travail possible."),
          P("Cette année encore, notre conviction reste la même : les alliances entre associations, entreprises "
            "et collectivités sont la meilleure réponse aux fragilités de nos territoires."),
          P("Je remercie chaleureusement nos donateurs, nos mécènes et les équipes associatives qui font vivre "
            "les projets au quotidien. Leur énergie est notre meilleure boussole."),
          Spacer(1, 6),
          P("Mathilde Corvel, présidente – Lyon, le 12 mai 2025", SUB),
          PageBreak()]
    # page 2
    s += [P("1. Ressources 2022-2024", H2),
          P("Les ressources de la Fondation reposent à près de 90 % sur la générosité des donateurs et des "
            "entreprises mécènes."),
          P("Tableau 1 – Ressources (en k€)", CAP),
          grid_table([["", "2022", "2023", "2024"],
                      ["Dons et mécénat", "1 850", "2 140", "2 460"],
                      ["Produits financiers", "210", "260", "315"],
                      ["Total des ressources", "2 060", "2 400", "2 775"]],
                     [70 * mm, 30 * mm, 30 * mm, 30 * mm]),
          Spacer(1, 6),
          P("Les ressources ont progressé de 35 % entre 2022 et 2024 et atteignent près de 2,8 M€."),
          P("La hausse des dons provient pour l’essentiel des entreprises mécènes du territoire, dont plusieurs "
            "ont choisi de s’engager dans la durée par des conventions pluriannuelles."),
          NextPageTemplate("notes"),
          PageBreak()]
    # page 3
    s += [P("2. Emplois et frais de fonctionnement", H2),
          P("Tableau 2 – Emplois (en k€)", CAP),
          grid_table([["", "2022", "2023", "2024"],
                      [P("Subventions aux projets<super>1</super>", CELL), "1 540", "1 790", "2 120"],
                      ["Frais de fonctionnement", "290", "305", "330"]],
                     [70 * mm, 30 * mm, 30 * mm, 30 * mm]),
          Spacer(1, 6),
          P("La part des frais de fonctionnement dans les emplois est passée de 15,8 % en 2022 à 13,5 % en 2024, "
            "soit un recul de 2,3 points."),
          P("Le montant moyen accordé par projet s’élève à 33 000 € en 2024."),
          FrameBreak(),
          rule(),
          P("1. Dont 120 k€ versés en 2024 au titre des prix « Alliances d’avenir ».", NOTE),
          NextPageTemplate("plain"),
          PageBreak()]
    # page 4
    s += [P("3. Évolution 2020-2024", H2),
          P("• Projets soutenus : 41 en 2020, 52 en 2022 et 64 en 2024.", BULLET),
          P("• Bénévoles mobilisés par les projets : près de 2 300 en 2024, contre 1 700 en 2020.", BULLET),
          P("• Part des projets situés en zone rurale : un tiers en 2020, 42 % en 2024.", BULLET),
          P("• Satisfaction des associations accompagnées : 8,2/10 en 2024 (7,6 en 2022).", BULLET),
          Spacer(1, 6),
          P("Objectif à l’horizon 2027 : 80 projets soutenus par an."),
          P("Les dons ouvrent droit à une réduction d’impôt de 66 % de leur montant (article 200 du code général "
            "des impôts)."),
          Spacer(1, 10),
          P("Fondation Solenne, reconnue d’utilité publique par décret du 3 mars 2014 – 12, quai des Tanneurs, "
            "69002 Lyon – 04 65 71 18 40", NOTE)]
    doc.build(s)
    return name


# --------------------------------------------------------------------------------------------------------
# (5) Synthèse régionale : graphiques à barres rendus en texte, renvois de notes de bas de page
# --------------------------------------------------------------------------------------------------------
def doc5():
    name = "obs-s104-05-synthese-regionale.pdf"
    onp = header_footer("Observatoire des partenariats · Synthèse régionale Normandie", "édition de mars 2025",
                        "Les alliances en territoire – Normandie", "p. %d", 5)
    plain, with_notes = notes_templates(onp)
    doc = make_doc(name, [with_notes, plain])
    s = []
    # page 1
    s += [P("Normandie : les alliances en territoire", H1),
          P("Le 11<super>e</super> rapport régional de l’Observatoire, consacré à la Normandie, a été publié le 26 "
            "novembre ; la présente synthèse en actualise les repères."),
          P("L’enquête régionale a interrogé 415 associations, 212 entreprises et 96 communes normandes entre "
            "octobre et décembre 2024."),
          P("Graphique 1 – Acteurs normands engagés dans au moins un partenariat (en %)", CAP),
          Bars([("Associations", 71), ("Entreprises", 38), ("Communes", 64, "1")], 100, [0, 25, 50, 75, 100]),
          Spacer(1, 8),
          P("Les associations normandes sont les plus engagées, loin devant les entreprises, dont beaucoup "
            "découvrent encore ce type de coopération."),
          FrameBreak(),
          rule(),
          P("1. Communes de moins de 3 500 habitants : 58 % ; communes de 3 500 habitants et plus : 79 %.", NOTE),
          PageBreak()]
    # page 2
    s += [P("Dans quels domaines ?", H2),
          P("Graphique 2 – Domaines d’action des partenariats (en % des associations partenaires)", CAP),
          Bars([("Emploi et insertion", 46), ("Éducation", 39), ("Environnement", 35), ("Culture", 22),
                ("Santé", 18)], 50, [0, 10, 20, 30, 40, 50]),
          Spacer(1, 8),
          P("Près de la moitié des associations partenaires (46 %) agissent pour l’emploi et "
            "l’insertion<super>2</super>. Elles mobilisent en moyenne 3,1 partenaires, contre 2,5 au niveau "
            "national en 2016."),
          P("Culture et santé, moins citées, reposent surtout sur des partenariats de proximité avec les communes."),
          FrameBreak(),
          rule(),
          P("2. À comparer avec les 49 % d’impacts forts sur l’emploi perçus par les Français (PHARE-Citoyens, "
            "2015), qui ne portent pas sur la même population.", NOTE),
          PageBreak()]
    # page 3
    s += [P("Où ?", H2),
          P("Graphique 3 – Partenariats recensés par département (nombre)", CAP),
          Bars([("Calvados (14)", 184), ("Eure (27)", 97), ("Manche (50)", 126), ("Orne (61)", 58),
                ("Seine-Maritime (76)", 231)], 250, [0, 50, 100, 150, 200, 250]),
          Spacer(1, 8),
          P("Au total, 696 partenariats ont été recensés<super>3</super>. La Seine-Maritime en concentre un tiers ; "
            "la Manche et l’Orne, plus rurales, en réunissent un peu plus d’un quart."),
          P("Pour en savoir plus : synthèse complète, pages 9 à 24."),
          FrameBreak(),
          rule(),
          P("3. Recensement de l’Observatoire arrêté au 31 décembre 2024 ; 12 partenariats sans localisation "
            "précise sont exclus.", NOTE)]
    doc.build(s)
    return name


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5):
        print(f())
