# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 demo PDFs of question set s20.

Run:  /work/main/.venv/bin/python make_docs.py
Writes obs-s20-NN-<slug>.pdf next to this file. Facts come from
/work/shared/facts.md; the wording is new. No randomness, invariant mode on.
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
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FONT_DIR + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVC-B", FONT_DIR + "DejaVuSansCondensed-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily

registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")
registerFontFamily("DVC", normal="DVC", bold="DVC-B", italic="DVC", boldItalic="DVC-B")

INK = colors.HexColor("#1d2b3a")
ACCENT = colors.HexColor("#2f6f4e")
ACCENT2 = colors.HexColor("#8a3b12")
GREY = colors.HexColor("#666666")
PALE = colors.HexColor("#eef3ef")
PALE2 = colors.HexColor("#f6ede6")


def st(name, **kw):
    base = dict(fontName="DV", fontSize=9.5, leading=13, textColor=INK)
    base.update(kw)
    return ParagraphStyle(name, **base)


BODY = st("body", alignment=TA_JUSTIFY)
BODY_L = st("bodyl")
SMALL = st("small", fontSize=7.5, leading=9.5, textColor=GREY)
NOTE = st("note", fontSize=7.5, leading=9.5)
LABEL = st("label", fontName="DV-B", fontSize=9, leading=11, textColor=ACCENT)
TITLE = st("title", fontName="DV-B", fontSize=19, leading=23)
SUB = st("sub", fontName="DV-I", fontSize=9.5, leading=12.5, textColor=GREY)
H2 = st("h2", fontName="DV-B", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4, textColor=ACCENT)
H3 = st("h3", fontName="DV-B", fontSize=10, leading=13, spaceBefore=4, spaceAfter=2)
BULLET = st("bullet", leftIndent=12, bulletIndent=2)
CELL = st("cell", fontSize=8.5, leading=10.5)
CELL_B = st("cellb", fontName="DV-B", fontSize=8.5, leading=10.5)
BIG = st("big", fontName="DV-B", fontSize=22, leading=26, textColor=ACCENT, alignment=TA_CENTER)
BIGCAP = st("bigcap", fontSize=8.5, leading=11, alignment=TA_CENTER)


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items, style=BULLET, char="•"):
    return [Paragraph(t, style, bulletText=char) for t in items]


def table(rows, widths, header=True, zebra=PALE, font_size=8.5):
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(str(c), CELL_B if (header and i == 0) else CELL) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa7a0")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), zebra))
    t.setStyle(TableStyle(style))
    return t


def keybox(pairs, width, bg=PALE):
    """Key-figure box: list of (figure, caption)."""
    cells = [[Paragraph(f, BIG), Paragraph(c, BIGCAP)] for f, c in pairs]
    rows = []
    for f, c in pairs:
        rows.append([Paragraph(f, BIG)])
        rows.append([Paragraph(c, BIGCAP)])
    t = Table(rows, colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def boxed(flowables, width, bg=PALE2, border=ACCENT2):
    t = Table([[f] for f in flowables], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.8, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def make_doc(path, title, page_deco, templates, story, pagesize=A4):
    doc = BaseDocTemplate(path, pagesize=pagesize, title=title,
                          author="Observatoire des partenariats (document de démonstration)",
                          subject=title, creator="make_docs.py s20", producer="reportlab",
                          leftMargin=18 * mm, rightMargin=18 * mm,
                          topMargin=22 * mm, bottomMargin=20 * mm)
    pts = []
    for tid, frames in templates:
        pts.append(PageTemplate(id=tid, frames=frames, onPage=page_deco))
    doc.addPageTemplates(pts)
    doc.build(story)


# ---------------------------------------------------------------------------
# Document 1 — FICHE REPÈRE, PHARE-Citoyens (3 pages, printed pages 41-43)
# ---------------------------------------------------------------------------

def doc1():
    path = os.path.join(HERE, "obs-s20-01-phare-citoyens-reperes.pdf")
    W, H = A4

    def deco(c, d):
        c.saveState()
        c.setFillColor(ACCENT)
        c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 8.5)
        c.drawString(18 * mm, H - 8 * mm, "OBSERVATOIRE DES PARTENARIATS  ·  Fiches repères  ·  Série Citoyens")
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(18 * mm, 10 * mm, "Fiche repère n° 7 — reproduction autorisée avec mention de la source")
        c.setFont("DV-B", 9)
        c.drawRightString(W - 18 * mm, 10 * mm, "p. %d" % (40 + d.page))
        c.restoreState()

    lm, bm = 18 * mm, 20 * mm
    fw, fh = W - 36 * mm, H - 42 * mm
    one = Frame(lm, bm, fw, fh, id="one")
    gap = 7 * mm
    cw = (fw - gap) / 2
    two_l = Frame(lm, bm, cw, fh, id="l")
    two_r = Frame(lm + cw + gap, bm, cw, fh, id="r")

    s = []
    s.append(P("FICHE REPÈRE", LABEL))
    s.append(Spacer(1, 2))
    s.append(P("Ce que les Français attendent des alliances : les enseignements de PHARE-Citoyens", TITLE))
    s.append(Spacer(1, 4))
    s.append(P("Fiche remise à jour à l’automne 2015, à partir du volet Citoyens du programme PHARE", SUB))
    s.append(Spacer(1, 10))
    intro = [
        P("En septembre 2015, le volet consacré aux citoyens a ouvert la série des publications du "
          "programme PHARE. Il s’appuie sur un sondage d’opinion de grande ampleur : plus de 2 000 personnes "
          "ont été interrogées sur les enjeux de leur territoire et sur le rôle qu’y jouent les "
          "coopérations entre acteurs."),
        Spacer(1, 6),
        P("La question centrale portait sur la nécessité de s’allier. Une majorité nette se dégage : "
          "pour la plupart des personnes sondées, associations, entreprises et pouvoirs publics ont le "
          "<i>devoir</i> de travailler ensemble. La proportion exacte figure dans l’encadré ci-contre."),
    ]
    box = keybox([("69 %", "des Français considèrent que faire alliance est un devoir pour les acteurs "
                           "de leur territoire")], 58 * mm)
    t = Table([[intro, box]], colWidths=[fw - 64 * mm, 64 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (1, 0), (1, 0), 6)]))
    s.append(t)
    s.append(Spacer(1, 12))
    s.append(P("1. Quels enjeux comptent le plus ?", H2))
    s.append(P("Les sondés devaient noter, sur une échelle de 0 à 10, l’importance de chaque enjeu pour leur "
               "territoire, puis dire si les partenariats entre organisations y produisent un effet fort. "
               "Le tableau se lit en ligne : une ligne par enjeu, une colonne par question."))
    s.append(Spacer(1, 6))
    rows = [
        ["Enjeu du territoire", "Note de priorité (sur 10)", "Part estimant que les partenariats ont un impact fort"],
        ["Emploi", "7,1", "49 %"],
        ["Pouvoir d’achat", "6,6", "—"],
        ["Développement économique", "6,5", "46 %"],
        ["Sécurité", "6,6 ¹", "—"],
        ["Environnement", "6,3", "42 %"],
        ["Exclusion", "6,3", "—"],
        ["Précarité", "—", "36 %"],
        ["Éducation", "—", "36 %"],
    ]
    s.append(table(rows, [60 * mm, 40 * mm, fw - 100 * mm]))
    s.append(Spacer(1, 4))
    s.append(P("— : enjeu qui n’a pas été soumis à la question correspondante.", SMALL))
    s.append(P("¹ Certains comptes rendus de presse ont arrondi cette note à 7 sur 10 ; la fiche reprend la "
               "valeur publiée dans le rapport.", SMALL))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())

    # page 2 — two columns of commentary
    s.append(P("2. Lecture commentée", H2))
    s.append(P("L’emploi domine le classement des priorités. C’est aussi sur ce terrain que les personnes "
               "interrogées voient le plus clairement l’utilité des coopérations : près d’une sur deux les "
               "juge décisives."))
    s.append(Spacer(1, 5))
    s.append(P("Le développement économique suit de près. Ce dernier recueille une note un peu plus basse "
               "que le pouvoir d’achat, mais il bénéficie d’une perception plus favorable quant à l’effet "
               "des partenariats."))
    s.append(Spacer(1, 5))
    s.append(P("L’environnement ferme la marche des priorités, à égalité avec l’exclusion. Il n’en est pas "
               "moins un domaine où les alliances sont jugées efficaces par une part notable de l’opinion."))
    s.append(Spacer(1, 5))
    s.append(P("Sur la précarité comme sur l’éducation, le jugement est plus réservé. Un peu plus d’un "
               "tiers des répondants y voient un impact fort des partenariats."))
    s.append(Spacer(1, 8))
    s.append(P("Méthode", H3))
    s.append(P("L’enquête a été menée auprès du grand public. Les notes présentées sont des moyennes ; "
               "les parts sont calculées sur l’ensemble des personnes ayant répondu à la question."))
    s.append(FrameBreak())
    s.append(P("Après les citoyens, les autres publics", H3))
    s.append(P("Le volet Citoyens n’est que la première pierre du programme. Il a été suivi, quelques semaines "
               "plus tard, par deux autres publications :"))
    s.extend(bullets(["le volet Entreprises, paru en octobre 2015 ;",
                      "le volet Associations, publié en novembre 2015."]))
    s.append(Spacer(1, 5))
    s.append(P("Les chiffres de ces deux volets feront l’objet de fiches repères distinctes."))
    s.append(Spacer(1, 8))
    s.append(boxed([P("<b>Bon à savoir</b>", BODY_L),
                    P("Une note n’est pas une part : un enjeu noté 6 sur 10 n’est pas un enjeu que six "
                      "Français sur dix placent en tête. Les deux colonnes du tableau ne doivent donc pas "
                      "être additionnées ni comparées directement.", BODY_L)], cw - 2))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())

    # page 3 — historical reminder + bullets
    s.append(P("3. Un regard dans le rétroviseur", H2))
    s.append(P("Bien avant PHARE, le programme ARPEA avait déjà interrogé le grand public. La question posée "
               "était légèrement différente : il s’agissait de savoir s’il est urgent de créer des "
               "partenariats entre associations et entreprises."))
    s.append(Spacer(1, 5))
    s.append(P("La première mesure date de 2008. Cette année-là, 86 % des Français répondaient par "
               "l’affirmative. La seconde mesure, quatre ans plus tard, aboutit à un résultat très proche. "
               "En 2012, la proportion s’établit à 84 %."))
    s.append(Spacer(1, 10))
    s.append(P("Trois enseignements peuvent être tirés de cette fiche :"))
    s.extend(bullets([
        "l’attente d’alliances est majoritaire et stable d’une enquête à l’autre ;",
        "l’emploi reste le premier terrain sur lequel les Français attendent des résultats concrets ;",
        "la confiance dans l’efficacité des partenariats varie fortement selon les enjeux.",
    ]))
    s.append(Spacer(1, 14))
    s.append(P("Sources : Observatoire des partenariats, programme PHARE, volet Citoyens (septembre 2015) ; "
               "programme ARPEA, enquêtes auprès du grand public (2008 et 2012).", SMALL))

    make_doc(path, "Fiche repère — PHARE-Citoyens", deco,
             [("one", [one]), ("two", [two_l, two_r])], s)
    return path


# ---------------------------------------------------------------------------
# Document 2 — ÉTUDE, Associations & Territoires (4 pages, two columns,
# cover not numbered: printed page = PDF page - 1)
# ---------------------------------------------------------------------------

def doc2():
    path = os.path.join(HERE, "obs-s20-02-associations-territoires.pdf")
    W, H = A4

    def deco(c, d):
        c.saveState()
        if d.page == 1:
            c.setFillColor(ACCENT2)
            c.rect(0, 0, 10 * mm, H, stroke=0, fill=1)
            c.setFillColor(GREY)
            c.setFont("DV", 7.5)
            c.drawString(18 * mm, 10 * mm, "Le RAMEAU  ·  Observatoire des partenariats  ·  Programme IMPACT")
        else:
            c.setStrokeColor(ACCENT2)
            c.setLineWidth(1.2)
            c.line(18 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
            c.setFillColor(ACCENT2)
            c.setFont("DV-B", 8)
            c.drawString(18 * mm, H - 12 * mm, "ÉTUDE IMPACT — ASSOCIATIONS & TERRITOIRES")
            c.setFillColor(GREY)
            c.setFont("DV", 8)
            c.drawRightString(W - 18 * mm, H - 12 * mm, "La carte des alliances associatives")
            c.line(18 * mm, 14 * mm, W - 18 * mm, 14 * mm)
            c.setFont("DV", 7.5)
            c.drawString(18 * mm, 9 * mm, "Observatoire des partenariats — tous droits réservés")
            c.setFont("DV-B", 9)
            c.drawRightString(W - 18 * mm, 9 * mm, "— %d —" % (d.page - 1))
        c.restoreState()

    lm, bm = 18 * mm, 20 * mm
    fw, fh = W - 36 * mm, H - 42 * mm
    cover = Frame(25 * mm, bm, W - 43 * mm, fh, id="cover")
    gap = 8 * mm
    cw = (fw - gap) / 2
    l = Frame(lm, bm, cw, fh, id="l")
    r = Frame(lm + cw + gap, bm, cw, fh, id="r")

    s = []
    s.append(Spacer(1, 30 * mm))
    s.append(P("ÉTUDE", st("lab2", fontName="DV-B", fontSize=11, textColor=ACCENT2)))
    s.append(Spacer(1, 4))
    s.append(P("Associations &amp; Territoires : la carte des alliances associatives",
               st("t2", fontName="DV-B", fontSize=24, leading=29)))
    s.append(Spacer(1, 6))
    s.append(P("Une publication du programme IMPACT (2018-2022) de l’Observatoire des partenariats", SUB))
    s.append(Spacer(1, 18 * mm))
    s.append(P("L’essentiel en deux chiffres", H3))
    kb = Table([[Paragraph("148 000", BIG), Paragraph("98 %", BIG)],
                [Paragraph("associations employeuses composent le champ de l’étude", BIGCAP),
                 Paragraph("d’entre elles entretiennent au moins un partenariat", BIGCAP)]],
               colWidths=[70 * mm, 70 * mm])
    kb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), PALE2), ("BOX", (0, 0), (-1, -1), 0.8, ACCENT2),
                            ("LINEAFTER", (0, 0), (0, -1), 0.5, ACCENT2)]))
    s.append(kb)
    s.append(Spacer(1, 14 * mm))
    s.append(P("Le champ retenu est celui des associations qui emploient au moins un salarié. Elles sont le "
               "cœur économique du monde associatif et les plus exposées aux mutations de leurs territoires.",
               BODY))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())

    # page 2
    s.append(P("1. Avec qui les associations s’allient-elles ?", H2))
    s.append(P("Le partenariat est devenu la règle. Il reste à savoir avec quels interlocuteurs. Les "
               "associations employeuses citent d’abord les acteurs publics de proximité, puis un large "
               "éventail d’organisations d’intérêt général."))
    s.append(Spacer(1, 5))
    s.append(P("Le tableau ci-dessous donne, pour chaque famille de partenaires, la part des associations "
               "qui déclarent travailler avec elle.", BODY))
    s.append(Spacer(1, 5))
    s.append(table([
        ["Famille de partenaires", "Part des associations"],
        ["Collectivités territoriales", "89 %"],
        ["Structures d’intérêt général", "73 %"],
        ["Établissements scolaires", "70 %"],
        ["Collectifs d’associations", "56 %"],
        ["Acteurs publics nationaux", "52 %"],
        ["Fédérations professionnelles", "37 %"],
        ["Acteurs académiques ²", "35 %"],
    ], [cw * 0.66, cw * 0.34 - 1]))
    s.append(Spacer(1, 3))
    s.append(P("² Universités, écoles et laboratoires de recherche.", SMALL))
    s.append(FrameBreak())
    s.append(P("2. À quelle échelle ?", H2))
    s.append(P("La proximité l’emporte nettement. La grande majorité des coopérations se nouent à l’échelle "
               "de la commune ou de l’intercommunalité : c’est le cas pour près de trois associations sur "
               "quatre, soit 73 % d’entre elles."))
    s.append(Spacer(1, 5))
    s.append(P("L’échelon régional vient ensuite. Il concerne un peu moins de la moitié des structures. "
               "La proportion mesurée est de 47 %."))
    s.append(Spacer(1, 8))
    s.append(boxed([P("<b>À noter</b>", BODY_L),
                    P("Une même association peut coopérer à plusieurs échelles : les pourcentages ne "
                      "s’additionnent pas.", BODY_L)], cw - 2))
    s.append(PageBreak())

    # page 3
    s.append(P("3. Pour quoi faire ?", H2))
    s.append(P("Les alliances des associations ne se limitent pas à la recherche de financements. "
               "L’étude distingue quatre grandes formes de relations avec les entreprises et les autres "
               "acteurs, présentées ici de la plus fréquente à la moins fréquente :"))
    s.extend(bullets([
        "le mécénat, cité par 75 % des associations ;",
        "l’innovation sociétale, qui en concerne 73 % ;",
        "les pratiques responsables, mentionnées par 70 % ;",
        "la coopération économique, pour 58 % des répondants.",
    ]))
    s.append(Spacer(1, 6))
    s.append(P("Le mécénat arrive donc en tête, mais de peu. L’innovation sociétale le talonne : elle "
               "traduit la volonté des associations d’inventer avec leurs partenaires des réponses nouvelles "
               "aux besoins du territoire."))
    s.append(FrameBreak())
    s.append(P("Ce que disent les responsables", H3))
    s.append(P("Les entretiens qualitatifs conduits en parallèle de l’enquête confirment cette "
               "diversification. Ils montrent aussi que les partenariats les plus anciens tendent à "
               "combiner plusieurs formes à la fois : un mécène devient, au fil des années, un partenaire "
               "d’innovation ou un client."))
    s.append(Spacer(1, 6))
    s.append(P("Cette évolution suppose des compétences nouvelles au sein des associations, notamment pour "
               "piloter des relations qui engagent plusieurs services de part et d’autre."))
    s.append(PageBreak())

    # page 4
    s.append(P("4. Mise en perspective avec l’enquête de 2017", H2))
    s.append(P("En mars 2017, Recherches &amp; Solidarités et Le RAMEAU avaient publié une étude intitulée "
               "« Associations &amp; Partenariats ». Son terrain s’était déroulé en mai et juin 2016. "
               "Plus de 1 380 responsables associatifs y avaient pris part."))
    s.append(Spacer(1, 5))
    s.append(P("Une association y déclarait en moyenne 2,5 partenaires. Les familles citées étaient les "
               "suivantes :"))
    s.append(Spacer(1, 4))
    s.append(table([
        ["Partenaire (étude 2017)", "Part"],
        ["Collectivités", "74 %"],
        ["Associations ou fondations", "72 %"],
        ["Établissements d’enseignement", "47 %"],
        ["Entreprises", "28 %"],
        ["Structures d’insertion", "22 %"],
        ["Organismes de recherche", "9 %"],
    ], [cw * 0.66, cw * 0.34 - 1]))
    s.append(FrameBreak())
    s.append(P("La taille compte", H3))
    s.append(P("L’enquête de 2017 soulignait un fort effet de taille pour les liens avec les entreprises. "
               "Parmi les associations dont le budget dépasse 150 000 €, la moitié avait noué un "
               "partenariat avec une entreprise. Chez les plus petites, dont le budget est inférieur à "
               "10 000 €, elles n’étaient que 20 % dans ce cas."))
    s.append(Spacer(1, 6))
    s.append(P("Les deux enquêtes ne portent pas sur le même champ ni sur les mêmes questions : les "
               "pourcentages ne sont donc pas directement comparables³."))
    s.append(Spacer(1, 8))
    s.append(P("³ La présente étude porte sur les seules associations employeuses ; celle de 2017 "
               "interrogeait des responsables de toutes les associations.", SMALL))

    make_doc(path, "Étude IMPACT — Associations & Territoires", deco,
             [("cover", [cover]), ("two", [l, r])], s)
    return path


# ---------------------------------------------------------------------------
# Document 3 — NOTE DE SYNTHÈSE, jalons historiques (4 pages, printed 17-20)
# ---------------------------------------------------------------------------

def doc3():
    path = os.path.join(HERE, "obs-s20-03-jalons-observatoire.pdf")
    W, H = A4

    def deco(c, d):
        c.saveState()
        c.setFillColor(GREY)
        c.setFont("DV-I", 8)
        c.drawString(18 * mm, H - 12 * mm, "Centre de ressources · Histoire et méthodes")
        c.drawRightString(W - 18 * mm, H - 12 * mm, "Note de synthèse")
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(18 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
        c.setFont("DV", 7.5)
        c.drawString(18 * mm, 10 * mm, "Le RAMEAU — Observatoire des partenariats")
        c.setFont("DV-B", 10)
        c.drawCentredString(W / 2, 10 * mm, str(16 + d.page))
        c.restoreState()

    lm, bm = 22 * mm, 20 * mm
    fw, fh = W - 44 * mm, H - 42 * mm
    one = Frame(lm, bm, fw, fh, id="one")

    s = []
    s.append(P("NOTE DE SYNTHÈSE", LABEL))
    s.append(P("Quinze ans d’observation des partenariats : jalons, programmes et acteurs", TITLE))
    s.append(Spacer(1, 3))
    s.append(P("Texte de référence du centre de ressources, revu après la clôture du programme IMPACT", SUB))
    s.append(Spacer(1, 10))
    s.append(P("1. Deux structures, une même ambition", H2))
    s.append(P("Le RAMEAU a vu le jour en 2006. Association reconnue d’intérêt général, il se présente comme "
               "un « laboratoire de recherche empirique » consacré aux alliances entre acteurs de natures "
               "différentes. Depuis sa création, il a mené des expérimentations auprès de plus de 500 "
               "organisations et recensé plus de 1 000 exemples inspirants."))
    s.append(Spacer(1, 5))
    s.append(P("L’Observatoire des partenariats est né deux ans plus tard, en 2008, d’une initiative "
               "conjointe de la Caisse des Dépôts et du RAMEAU. Le MEDEF et le Mouvement associatif y ont "
               "été associés comme partenaires¹."))
    s.append(Spacer(1, 5))
    s.append(P("La direction scientifique des travaux revient à Anne Robin. Fondatrice du cabinet COMISIS, "
               "elle exerce cette responsabilité à titre bénévole. C’est elle qui garantit la cohérence "
               "des méthodes d’une enquête à l’autre."))
    s.append(Spacer(1, 10))
    s.append(P("2. Trois plans quinquennaux", H2))
    s.append(P("Les travaux de l’Observatoire s’organisent en programmes successifs d’environ cinq ans. "
               "Le tableau suivant les résume ; il se lit ligne par ligne."))
    s.append(Spacer(1, 5))
    s.append(table([
        ["Programme", "Période", "Repère marquant"],
        ["ARPEA", "2008-2012", "10 volets d’études ; rapport quinquennal présenté le 11 décembre 2012"],
        ["PHARE", "2013-2018 ²", "6 volets, dont 13 rapports régionaux"],
        ["IMPACT", "2018-2022", "programme lancé dès novembre 2017"],
    ], [28 * mm, 28 * mm, fw - 56 * mm]))
    s.append(Spacer(1, 8))
    s.append(P("¹ Des documents plus anciens, comme l’étude ARPEA Entreprises &amp; Territoires de janvier 2011 "
               "ou le rapport quinquennal de décembre 2012, datent la création de « l’Observatoire national "
               "des partenariats associations / entreprises » de 2007.", SMALL))
    s.append(P("² Certaines pages de présentation bornent PHARE à 2013-2017.", SMALL))
    s.append(PageBreak())

    # page 2 — ARPEA
    s.append(P("3. ARPEA, le temps de l’état des lieux", H2))
    s.append(P("Le sigle ARPEA désigne l’« Analyse des Relations et des Partenariats entre Entreprises et "
               "Associations ». Le programme a d’abord cherché à mesurer l’existant."))
    s.append(Spacer(1, 5))
    s.append(P("L’un de ses volets s’intéressait aux entreprises dans leurs territoires. Publiée en "
               "janvier 2011, l’étude ARPEA Entreprises &amp; Territoires distinguait "
               "trois attitudes. La première, minoritaire, est celle des entreprises qui développent déjà "
               "des partenariats : elles sont 21 %. Viennent ensuite celles qui souhaitent s’y engager, "
               "soit 33 %. Les autres, 46 %, ne le souhaitent pas."))
    s.append(Spacer(1, 5))
    s.append(P("Un autre volet, consacré aux collectivités locales et réalisé avec Comisis et OpinionWay, a "
               "donné naissance en 2010 à la démarche « Agir ensemble en Territoire »."))
    s.append(Spacer(1, 10))
    s.append(P("4. Une commande ministérielle", H2))
    s.append(P("À l’issue de ce premier cycle, la ministre Valérie Fourneyron a souhaité disposer d’un état "
               "des lieux des partenariats entre associations et entreprises. Ce rapport a été rendu public "
               "au début de l’année 2014."))
    s.append(Spacer(1, 10))
    s.append(P("5. Une note de recherche sur les modèles de co-construction", H2))
    s.append(P("Datée du 29 février 2016, une note de l’Observatoire a mesuré la diffusion des partenariats "
               "dans les organisations. Ses principaux résultats sont rassemblés ici :"))
    s.append(Spacer(1, 4))
    s.append(table([
        ["Population observée", "Part engagée dans des partenariats"],
        ["Entreprises d’au moins 10 salariés", "37 %"],
        ["Associations (toutes)", "38 %"],
        ["… dont associations employeuses", "53 %"],
        ["Organisations « pionnières »", "65 %"],
    ], [fw * 0.6, fw * 0.4]))
    s.append(PageBreak())

    # page 3 — PHARE
    s.append(P("6. PHARE, le temps de la compréhension", H2))
    s.append(P("Le deuxième programme a élargi le regard à l’ensemble des parties prenantes. Six volets "
               "se sont succédé sur un peu plus d’un an, dans l’ordre que voici :"))
    s.extend(bullets([
        "Citoyens — septembre 2015 ;",
        "Entreprises — octobre 2015 ;",
        "Associations — novembre 2015 ;",
        "13 rapports régionaux — tout au long de 2016 ;",
        "diagnostics sectoriels — juillet 2016 ;",
        "Institutions — automne 2016.",
    ], char="–"))
    s.append(Spacer(1, 6))
    s.append(P("Le dernier de ces volets mérite une mention particulière. Paru le 29 novembre 2016, "
               "PHARE-Institutions a établi une typologie des maires. Celle-ci distingue cinq profils."))
    s.append(Spacer(1, 6))
    s.append(P("Parmi les rapports régionaux, celui consacré à la Normandie était le onzième. Il a été "
               "publié un 26 novembre, au terme d’un mois riche en rendez-vous : un dossier de la revue "
               "JURIS Associations (n° 628) le 15, le troisième dîner « Elus &amp; Entreprises » le 23, puis, "
               "le jour même de la sortie du rapport, le cinquième webinaire « l’ODD 17 en pratique »."))
    s.append(Spacer(1, 10))
    s.append(P("7. IMPACT, le temps de l’évaluation", H2))
    s.append(P("Le troisième programme a été conduit avec un tour de table élargi. Y ont pris part :"))
    s.extend(bullets([
        "la Caisse des Dépôts ;",
        "l’Institut CDC pour la Recherche ;",
        "le Groupe La Poste ;",
        "la Fondation TOTAL ;",
        "Le RAMEAU.",
    ]))
    s.append(Spacer(1, 5))
    s.append(P("Ses travaux s’ordonnent autour de trois axes : l’innovation sociétale et territoriale, la "
               "performance des organisations et la confiance."))
    s.append(PageBreak())

    # page 4 — people and partners recap
    s.append(P("8. Qui fait quoi ? Récapitulatif", H2))
    s.append(table([
        ["Rôle", "Personne ou organisation"],
        ["Présidence-fondation du RAMEAU", "Charles-Benoît Heidsieck"],
        ["Direction générale du RAMEAU", "Laurence Weber"],
        ["Cofondateurs de l’Observatoire", "Caisse des Dépôts et Le RAMEAU"],
        ["Partenaires associés dès l’origine", "MEDEF, Mouvement associatif"],
    ], [fw * 0.5, fw * 0.5]))
    s.append(Spacer(1, 10))
    s.append(P("Les trois missions que s’est données Le RAMEAU, dont la première consiste à témoigner des "
               "pratiques observées, guident l’ensemble de ces travaux. Quinze années de recherche et cinq "
               "années d’étude d’impact ont ainsi nourri un corpus que le centre de ressources met "
               "aujourd’hui à la disposition de tous."))
    s.append(Spacer(1, 10))
    s.append(P("Document établi à partir des publications de l’Observatoire des partenariats et des pages de "
               "présentation du RAMEAU.", SMALL))

    make_doc(path, "Note de synthèse — jalons de l’Observatoire", deco, [("one", [one])], s)
    return path


# ---------------------------------------------------------------------------
# Document 4 — DIAPORAMA, ODD 17 (5 slides 16:9, printed slide numbers 12-16)
# ---------------------------------------------------------------------------

def doc4():
    path = os.path.join(HERE, "obs-s20-04-odd17-diaporama.pdf")
    SW, SH = 960, 540
    c = rl_canvas.Canvas(path, pagesize=(SW, SH), invariant=1)
    c.setTitle("Diaporama — Faire alliance pour l’ODD 17")
    c.setAuthor("Observatoire des partenariats (document de démonstration)")
    c.setSubject("Diaporama ODD 17")
    c.setCreator("make_docs.py s20")

    def frame(num, title):
        c.setFillColor(colors.HexColor("#12324a"))
        c.rect(0, SH - 70, SW, 70, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 26)
        c.drawString(40, SH - 48, title)
        c.setFillColor(GREY)
        c.setFont("DV", 10)
        c.drawString(40, 20, "Cycle « Territoires en action » — séance ODD 17")
        c.drawRightString(SW - 40, 20, "%d" % num)
        c.setStrokeColor(colors.HexColor("#c9a227"))
        c.setLineWidth(3)
        c.line(40, 36, 140, 36)

    def lines(x, y, items, size=19, gap=32, font="DV", color=INK):
        c.setFillColor(color)
        for it in items:
            if isinstance(it, tuple):
                f, t = it
            else:
                f, t = font, it
            c.setFont(f, size)
            c.drawString(x, y, t)
            y -= gap
        return y

    # slide 12 — title
    c.setFillColor(colors.HexColor("#12324a"))
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#c9a227"))
    c.setFont("DV-B", 14)
    c.drawString(60, 420, "DIAPORAMA")
    c.setFillColor(colors.white)
    c.setFont("DV-B", 34)
    c.drawString(60, 360, "Faire alliance pour l’ODD 17 :")
    c.drawString(60, 318, "outils, fonds et fondations")
    c.setFont("DV", 15)
    c.drawString(60, 250, "Support projeté lors de la séance ODD 17 du cycle « Territoires en action »")
    c.drawString(60, 226, "Extrait : diapositives 12 à 16")
    c.setFont("DV", 10)
    c.drawRightString(SW - 40, 20, "12")
    c.showPage()

    # slide 13 — ODD 17
    frame(13, "L’ODD 17 en bref")
    y = lines(50, 410, [
        "17e objectif de développement durable : les partenariats",
        "pour la réalisation des objectifs.",
        "",
        ("DV-B", "Combien de cibles ?"),
        "La note du Comité 21",
        "« ODD 17 : Sens, décryptages, déclinaisons »,",
        "présentée un 5 juillet, en recense 19.",
    ], size=18, gap=28)
    c.setFillColor(PALE)
    c.roundRect(590, 70, 330, 230, 10, stroke=0, fill=1)
    lines(610, 270, [("DV-B", "Boîte à outils M.E.D.O.C."), "M comme Méthodes", "E comme Exemples",
                     "D comme Données", "O comme Outils", "C comme Compétences", ("DV-I", "→ www.odd17.org")],
          size=15, gap=27)
    c.showPage()

    # slide 14 — Fonds ODD 17
    frame(14, "Le Fonds ODD 17")
    lines(50, 410, [
        "Cocréé en 2020",
        "par Le RAMEAU et la Fondation TotalEnergies",
        "",
        "Une expérimentation prévue sur trois ans",
        "Objectif : faire émerger 350 « catalyseurs territoriaux »",
    ], size=20, gap=32)
    c.setFillColor(colors.HexColor("#c9a227"))
    c.roundRect(640, 110, 270, 130, 10, stroke=0, fill=1)
    c.setFillColor(colors.HexColor("#12324a"))
    c.setFont("DV-B", 40)
    c.drawCentredString(775, 180, "1,5 M€")
    c.setFont("DV", 13)
    c.drawCentredString(775, 150, "de dotation pour l’expérimentation")
    c.showPage()

    # slide 15 — Fondation des Territoires
    frame(15, "La Fondation des Territoires")
    lines(50, 420, [
        "Une préfiguration ouverte en juillet 2018, en trois temps :",
    ], size=18, gap=30)
    data = [["Étape", "De", "À"], ["1", "07/2018", "07/2019"], ["2", "08/2019", "11/2020"],
            ["3", "12/2020", "05/2022"]]
    x0, y0 = 70, 370
    colw = [90, 140, 140]
    for i, row in enumerate(data):
        xx = x0
        for j, cell in enumerate(row):
            c.setFont("DV-B" if i == 0 else "DV", 15)
            c.setFillColor(INK)
            c.drawString(xx + 8, y0 - i * 28, cell)
            xx += colw[j]
    c.setStrokeColor(GREY)
    c.setLineWidth(0.5)
    c.rect(x0, y0 - 3 * 28 - 9, sum(colw), 4 * 28, stroke=1, fill=0)
    lines(50, 220, [
        ("DV-B", "Naissance officielle : le 14 juin 2022"),
        "sous l’égide de la Fondation de Lille",
        "21 cofondateurs · 3 missions",
    ], size=19, gap=30)
    c.showPage()

    # slide 16 — Charte du faire alliance
    frame(16, "La Charte du faire alliance")
    y = lines(50, 420, [
        "Trois mois de co-construction,",
        "pilotés par la Fondation des Territoires",
        "Un « contrat de confiance » entre acteurs",
        "",
        ("DV-B", "Dévoilée le 30 novembre 2021, jour du Giving Tuesday,"),
        ("DV-B", "à Saint-Maurice (Paris-Est Marne & Bois), soirée VitaWin *"),
        "",
        "À la racine : « Agir ensemble en Territoire » (depuis 2010)",
        "Territoires pilotes : Alsace (avec Alsace Active),",
        "Poitou-Charentes (avec le Groupe La Poste), Paris-Est Marne & Bois",
    ], size=17, gap=27)
    c.setFont("DV-I", 10)
    c.setFillColor(GREY)
    c.drawString(50, 52, "* Un article en ligne d’associations.gouv.fr mentionne, lui, un « mardi 30 septembre ».")
    c.showPage()
    c.save()
    return path


# ---------------------------------------------------------------------------
# Document 5 — BULLETIN DE VEILLE, élus locaux (3 pages, main column + sidebar)
# ---------------------------------------------------------------------------

def doc5():
    path = os.path.join(HERE, "obs-s20-05-veille-elus-locaux.pdf")
    W, H = A4

    def deco(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#12324a"))
        c.rect(0, H - 16 * mm, W, 16 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 10)
        c.drawString(15 * mm, H - 10 * mm, "BULLETIN DE VEILLE · n° 14")
        c.setFont("DV", 8.5)
        c.drawRightString(W - 15 * mm, H - 10 * mm, "Élus, territoires et alliances")
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(15 * mm, 9 * mm, "Veille documentaire de l’Observatoire des partenariats — diffusion libre")
        c.drawRightString(W - 15 * mm, 9 * mm, "feuillet %d sur 3" % d.page)
        c.restoreState()

    lm, bm = 15 * mm, 18 * mm
    fh = H - 40 * mm
    side_w = 52 * mm
    gap = 7 * mm
    main_w = W - 30 * mm - side_w - gap
    main = Frame(lm, bm, main_w, fh, id="main")
    side = Frame(lm + main_w + gap, bm, side_w, fh, id="side", showBoundary=0)
    SIDE = st("side", fontName="DVC", fontSize=8.5, leading=11)
    SIDE_H = st("sideh", fontName="DVC-B", fontSize=9.5, leading=12, textColor=ACCENT2)

    s = []
    s.append(P("BULLETIN DE VEILLE", LABEL))
    s.append(P("Maires et élus locaux : l’alliance vue des mairies", TITLE))
    s.append(Spacer(1, 3))
    s.append(P("Numéro de fin d’année 2024 — études récentes, rappels et textes de référence", SUB))
    s.append(Spacer(1, 8))
    s.append(P("À la une : IMPACTS &amp; TRAJECTOIRES – Elus locaux", H2))
    s.append(P("Publiée en novembre 2024, la nouvelle vague de l’étude consacrée aux élus locaux donne la "
               "parole aux maires. Ils ont été 302 à répondre. L’enquête a été conduite par téléphone, "
               "entre le 30 septembre et le 28 octobre 2024."))
    s.append(Spacer(1, 5))
    s.append(P("Le premier constat tient en un chiffre. 91 % des maires interrogés estiment que leur "
               "territoire est en mouvement. Ce total recouvre deux nuances : 35 % le jugent fortement en "
               "mouvement, tandis que 56 % le voient ni plus ni moins en mouvement qu’auparavant."))
    s.append(Spacer(1, 5))
    s.append(P("Ce portrait est d’abord celui des petites communes. Celles de moins de 2 000 habitants "
               "regroupent en effet 84 % des répondants, ce qui reflète la géographie réelle des mairies "
               "françaises."))
    s.append(Spacer(1, 5))
    s.append(P("L’étude s’inscrit dans la continuité d’une précédente enquête auprès des élus, réalisée en "
               "novembre 2020 avec Comisis et OpinionWay dans le cadre du programme IMPACT. De cette dernière "
               "est issue la fiche repère « Les dynamiques d’engagement des Collectivités territoriales », "
               "présentée au Congrès des maires."))
    s.append(FrameBreak())
    s.append(P("En bref", SIDE_H))
    s.append(P("<b>302</b> maires interrogés", SIDE))
    s.append(P("<b>Mode :</b> entretiens téléphoniques", SIDE))
    s.append(P("<b>Terrain :</b> 30/09 – 28/10/2024", SIDE))
    s.append(Spacer(1, 8))
    s.append(P("Lexique", SIDE_H))
    s.append(P("<b>Co-construction territoriale</b> : démarche par laquelle élus, associations, entreprises "
               "et habitants conçoivent ensemble les réponses aux besoins d’un territoire.", SIDE))
    s.append(PageBreak())

    # page 2
    s.append(P("Rétrospective : ce que disaient les enquêtes précédentes", H2))
    s.append(P("Lors de la présentation du programme IMPACT, quatre publics avaient été interrogés sur un même "
               "point : les partenariats sont-ils une source d’innovation ? Les réponses positives se "
               "répartissaient comme suit :"))
    s.append(Spacer(1, 4))
    s.append(table([
        ["Public interrogé", "Partenariats jugés source d’innovation"],
        ["Français", "74 % *"],
        ["Dirigeants d’entreprise", "81 %"],
        ["Responsables associatifs", "86 %"],
        ["Maires", "87 %"],
    ], [main_w * 0.55, main_w * 0.45]))
    s.append(P("* Une autre présentation du même programme indique 69 % pour les citoyens.", SMALL))
    s.append(Spacer(1, 6))
    s.append(P("Chez les maires, l’engagement affiché va de pair avec une difficulté pratique. Trois sur quatre "
               "considèrent leur territoire comme engagé : 76 % exactement. Pourtant, près de la moitié "
               "d’entre eux avouent ne pas savoir comment piloter les alliances. Ils sont 46 % dans ce cas."))
    s.append(Spacer(1, 6))
    s.append(P("Dîner « Elus &amp; Entreprises » : deux chiffres à retenir", H3))
    s.append(P("Lors de ce dîner, deux résultats d’enquête ont été rappelés. Le premier concerne l’ensemble "
               "des élus locaux : 64 % d’entre eux veulent s’appuyer sur le « jouer collectif ». Le second "
               "porte sur les seuls maires, dont 92 % reconnaissent que la co-construction est utile."))
    s.append(FrameBreak())
    s.append(P("Expérimentation", SIDE_H))
    s.append(P("Le CGET et Le RAMEAU ont lancé un parcours d’expérience sur la co-construction territoriale. "
               "Il réunit 11 territoires pionniers pendant 18 mois. La première session s’est tenue un 3 mai.",
               SIDE))
    s.append(Spacer(1, 4))
    s.append(P("Une autre page du RAMEAU parle, elle, de « 10 territoires pilotes ».", SIDE))
    s.append(PageBreak())

    # page 3
    s.append(P("Textes de référence : vers un droit de l’alliance", H2))
    s.append(P("En 2019, à l’occasion du FNAF, Gabriel Attal a confié une mission à deux personnalités : "
               "Cathy Racon-Bouzon et Charles-Benoît Heidsieck. Leur rapport a été remis le "
               "7 mai 2020. Un bilan d’étape a suivi le 17 octobre 2020."))
    s.append(Spacer(1, 5))
    s.append(P("Dans le prolongement de ces travaux, une proposition de loi relative au « droit de l’alliance "
               "d’intérêt général » a été déposée en février. Elle est portée par Cathy Racon-Bouzon. Le "
               "Bureau de l’Assemblée nationale l’a agréée et elle a été publiée au Journal officiel. "
               "Une « feuille de route » ministérielle l’accompagne ; elle compte 21 mesures."))
    s.append(Spacer(1, 6))
    s.append(P("Pour justifier ce nouveau droit, ses promoteurs citent trois chiffres, un par public :"))
    s.extend(bullets([
        "81 % des Français parlent d’un « devoir d’alliance » ;",
        "92 % des maires expriment un « besoin d’alliance » ;",
        "84 % des dirigeants d’entreprises disent avoir « envie d’alliance ».",
    ]))
    s.append(FrameBreak())
    s.append(P("À lire aussi", SIDE_H))
    s.append(P("La fiche repère sur les collectivités territoriales et la fiche acteur « Dynamique "
               "d’engagement des Fondations » complètent ce bulletin.", SIDE))
    s.append(Spacer(1, 6))
    s.append(P("Prochain numéro", SIDE_H))
    s.append(P("Fondations et territoires : ce que révèlent les enquêtes.", SIDE))

    make_doc(path, "Bulletin de veille — élus locaux", deco, [("p", [main, side])], s)
    return path


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5):
        p = f()
        print(os.path.basename(p))
