# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 demo PDFs of question set s26.

Run:  /work/main/.venv/bin/python make_docs.py
Writes obs-s26-NN-<slug>.pdf next to this script.
Facts come from /work/shared/facts.md; the sentences are written for this set.
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate,
                                PageBreak, PageTemplate, FrameBreak, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVBI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI",
                              boldItalic="DVBI")

# ---------------------------------------------------------------- styles
BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13,
                      spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5,
                       spaceAfter=2)
LABEL = ParagraphStyle("label", fontName="DVB", fontSize=9, leading=11,
                       textColor=colors.HexColor("#8a1c1c"), spaceAfter=4)
TITLE = ParagraphStyle("title", fontName="DVB", fontSize=18, leading=22,
                       spaceAfter=6)
EDITION = ParagraphStyle("edition", fontName="DVI", fontSize=9, leading=12,
                         textColor=colors.HexColor("#444444"), spaceAfter=10)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=14,
                    spaceBefore=6, spaceAfter=4,
                    textColor=colors.HexColor("#1d3c5a"))
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=12,
                        bulletIndent=2, spaceAfter=2)
CELL = ParagraphStyle("cell", fontName="DV", fontSize=8.5, leading=10.5)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="DVB")
BIG = ParagraphStyle("big", fontName="DVB", fontSize=22, leading=26,
                     alignment=TA_CENTER,
                     textColor=colors.HexColor("#8a1c1c"))
BIGCAP = ParagraphStyle("bigcap", fontName="DV", fontSize=8.5, leading=10.5,
                        alignment=TA_CENTER)
# slides
S_LABEL = ParagraphStyle("slabel", fontName="DVB", fontSize=12, leading=15,
                         textColor=colors.HexColor("#8a1c1c"), spaceAfter=6)
S_TITLE = ParagraphStyle("stitle", fontName="DVB", fontSize=26, leading=31,
                         spaceAfter=10)
S_H = ParagraphStyle("sh", fontName="DVB", fontSize=19, leading=23,
                     spaceAfter=12, textColor=colors.HexColor("#1d3c5a"))
S_LINE = ParagraphStyle("sline", fontName="DV", fontSize=14, leading=19,
                        leftIndent=16, bulletIndent=2, spaceAfter=5)
S_NOTE = ParagraphStyle("snote", fontName="DVI", fontSize=10, leading=13,
                        spaceBefore=8)
S_CELL = ParagraphStyle("scell", fontName="DV", fontSize=12, leading=15)
S_CELLB = ParagraphStyle("scellb", parent=S_CELL, fontName="DVB")


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items, style=BULLET):
    return [Paragraph(t, style, bulletText="•") for t in items]


def grid(rows, widths, head=True, cell=CELL, cellb=CELLB, zebra=True):
    data = []
    for i, r in enumerate(rows):
        st = cellb if (head and i == 0) else cell
        data.append([Paragraph(str(c), st) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if head:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0),
                     colors.HexColor("#dde6ef")))
    if zebra:
        for i in range(2, len(rows), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i),
                         colors.HexColor("#f4f4f4")))
    t.setStyle(TableStyle(cmds))
    return t


def keybox(pairs, width, cols=None):
    """Key-figure box: pairs of (big figure, caption)."""
    cols = cols or len(pairs)
    cells = [[Paragraph(b, BIG), Paragraph(c, BIGCAP)] for b, c in pairs]
    row = [Table([[x[0]], [x[1]]], colWidths=[width / cols - 8])
           for x in cells]
    t = Table([row], colWidths=[width / cols] * cols)
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#8a1c1c")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbf1ee")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def framed(flow, width, colour="#1d3c5a"):
    t = Table([[flow]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(colour)),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f7")),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    return t


# ------------------------------------------------------------ doc engine
class Doc(BaseDocTemplate):
    def __init__(self, path, banner, footer, page_label, pagesize=A4,
                 margins=(18 * mm, 18 * mm, 22 * mm, 20 * mm), title="",
                 first="one"):
        self.banner = banner
        self.footer = footer
        self.page_label = page_label      # function(pdf_page_no) -> str/None
        lm, rm, tm, bm = margins
        BaseDocTemplate.__init__(self, path, pagesize=pagesize,
                                 leftMargin=lm, rightMargin=rm,
                                 topMargin=tm, bottomMargin=bm,
                                 title=title, author="Observatoire des partenariats (démo s26)",
                                 subject=title, creator="make_docs.py s26")
        W, H = pagesize
        fw = W - lm - rm
        fh = H - tm - bm
        gap = 7 * mm
        one = Frame(lm, bm, fw, fh, id="one")
        left = Frame(lm, bm, (fw - gap) / 2, fh, id="left")
        right = Frame(lm + (fw + gap) / 2, bm, (fw - gap) / 2, fh, id="right")
        hh = 48 * mm
        head = Frame(lm, bm + fh - hh, fw, hh, id="head")
        left2 = Frame(lm, bm, (fw - gap) / 2, fh - hh, id="left2")
        right2 = Frame(lm + (fw + gap) / 2, bm, (fw - gap) / 2, fh - hh,
                       id="right2")
        tpls = {
            "one": PageTemplate(id="one", frames=[one], onPage=self.decorate),
            "two": PageTemplate(id="two", frames=[left, right],
                                onPage=self.decorate),
            "head2": PageTemplate(id="head2", frames=[head, left2, right2],
                                  onPage=self.decorate),
        }
        order = [first] + [k for k in ("one", "two", "head2") if k != first]
        self.addPageTemplates([tpls[k] for k in order])
        self.fw = fw

    def decorate(self, canv, doc):
        W, H = self.pagesize
        n = canv.getPageNumber()
        canv.saveState()
        canv.setFont("DV", 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(self.leftMargin, H - 12 * mm, self.banner(n))
        canv.setStrokeColor(colors.HexColor("#8a1c1c"))
        canv.setLineWidth(0.6)
        canv.line(self.leftMargin, H - 13.5 * mm, W - self.rightMargin,
                  H - 13.5 * mm)
        canv.line(self.leftMargin, 14 * mm, W - self.rightMargin, 14 * mm)
        canv.drawString(self.leftMargin, 10 * mm, self.footer(n))
        lab = self.page_label(n)
        if lab:
            canv.drawRightString(W - self.rightMargin, 10 * mm, lab)
        canv.restoreState()


def build(name, story, **kw):
    path = os.path.join(HERE, name)
    d = Doc(path, **kw)
    d.build(story)
    return path


# ======================================================== DOCUMENT 01
def doc01():
    """FICHE REPÈRE PHARE-Citoyens, printed pages 12-14."""
    name = "obs-s26-01-phare-citoyens-fiche.pdf"
    W = A4[0] - 36 * mm
    s = []
    s += [P("FICHE REPÈRE · CITOYENS", LABEL),
          P("Ce que les Français attendent des alliances entre acteurs", TITLE),
          P("Collection « Repères » de l’Observatoire des partenariats — "
            "volet PHARE-Citoyens, paru en septembre 2015", EDITION)]
    s.append(P(
        "Le programme PHARE a pris la suite des premiers travaux de "
        "l’Observatoire pour mesurer la façon dont chaque famille d’acteurs "
        "regarde les partenariats. Son premier volet a donné la parole au "
        "grand public. Plus de 2 000 personnes ont été interrogées, un "
        "échantillon construit pour refléter la population française."))
    s.append(P(
        "Une question centrale ouvrait l’enquête : les organisations "
        "(entreprises, associations, pouvoirs publics) ont-elles le devoir "
        "de s’allier pour répondre aux fragilités du pays ? La réponse est "
        "nette. Une large majorité en est convaincue."))
    s.append(keybox([
        ("69 %", "des Français estiment que les organisations ont un "
                 "« devoir d’alliance »"),
        ("2 000+", "personnes ayant répondu au questionnaire citoyen"),
        ("6", "volets composent au total le programme PHARE")], W))
    s.append(Spacer(1, 8))
    s.append(P("Une attente partagée, à des degrés divers", H2))
    s.append(P(
        "Le niveau d’adhésion du grand public reste en retrait de celui "
        "des autres acteurs interrogés dans les volets suivants. Chez les "
        "dirigeants d’entreprise, la proportion monte à 81 %. Elle atteint "
        "86 % chez les responsables associatifs, qui sont ainsi les plus "
        "nombreux à partager cette conviction."))
    s.append(P(
        "Les citoyens ne se contentent pas d’un principe. Ils hiérarchisent "
        "aussi les sujets sur lesquels ces alliances leur paraissent les "
        "plus urgentes, comme le montre la page suivante."))
    s.append(PageBreak())
    # page 2
    s.append(P("Les priorités du quotidien", H2))
    s.append(P(
        "Les personnes interrogées ont d’abord noté de 0 à 10 l’importance "
        "de plusieurs enjeux. On leur a ensuite demandé sur quels sujets "
        "les partenariats pouvaient avoir un effet fort. Le tableau "
        "rapproche les deux mesures ; une case « n.c. » signale une "
        "mesure non communiquée."))
    s.append(grid([
        ["Enjeu", "Note de priorité (sur 10)",
         "Part jugeant l’impact des partenariats fort"],
        ["Emploi", "7,1", "49 %"],
        ["Pouvoir d’achat", "6,6", "n.c."],
        ["Sécurité", "6,6 (1)", "n.c."],
        ["Développement économique", "6,5", "46 %"],
        ["Environnement", "6,3", "42 %"],
        ["Exclusion", "6,3", "n.c."],
        ["Précarité", "n.c.", "36 %"],
        ["Éducation", "n.c.", "36 %"],
    ], [W * 0.40, W * 0.25, W * 0.35]))
    s.append(Spacer(1, 8))
    s.append(P(
        "L’emploi domine les deux classements. C’est aussi sur ce terrain "
        "que les Français attendent le plus des coopérations entre "
        "entreprises, associations et collectivités : près d’une personne "
        "sur deux y voit un impact fort."))
    s.append(P(
        "À l’autre bout de l’échelle, l’environnement et l’exclusion "
        "reçoivent la même note. Le premier n’en est pas moins cité par "
        "plus de quatre personnes sur dix comme un domaine où les "
        "partenariats changent réellement les choses."))
    s.append(Spacer(1, 10))
    s.append(P("(1) Note publiée dans la restitution des résultats. Une "
               "présentation ultérieure de la même enquête a arrondi la "
               "note de la sécurité à 7/10 ; les deux valeurs circulent.",
               SMALL))
    s.append(PageBreak())
    # page 3
    s.append(P("Un programme en six temps", H2))
    s.append(P(
        "Le volet citoyen n’était que le premier d’une série. Le programme "
        "PHARE s’est ensuite déroulé selon le calendrier suivant :"))
    s += bullets([
        "volet Citoyens : septembre 2015 ;",
        "volet Entreprises : octobre 2015 ;",
        "volet Associations : novembre 2015 ;",
        "13 rapports régionaux : au fil de l’année 2016 ;",
        "diagnostics sectoriels : juillet 2016 ;",
        "volet Institutions : automne 2016.",
    ])
    s.append(Spacer(1, 6))
    s.append(P(
        "Ce dernier volet a bouclé l’ensemble en interrogeant les élus. "
        "Il complète le regard des citoyens par celui des décideurs "
        "publics locaux."))
    s.append(framed(P(
        "<b>À retenir.</b> Les citoyens ne demandent pas aux acteurs de "
        "se substituer les uns aux autres, mais de conjuguer leurs forces "
        "sur les sujets qui pèsent sur leur vie quotidienne.", BODY),
        W - 16))
    return build(
        name, s,
        banner=lambda n: "OBSERVATOIRE DES PARTENARIATS  |  Fiches repères — "
                         "Citoyens",
        footer=lambda n: "PHARE-Citoyens · fiche repère",
        page_label=lambda n: "p. %d" % (11 + n),
        title="Fiche repère PHARE-Citoyens")


# ======================================================== DOCUMENT 02
def doc02():
    """ÉTUDE Associations & Territoires (two-column pages), printed 27-30."""
    name = "obs-s26-02-associations-territoires-etude.pdf"
    W = A4[0] - 36 * mm
    CW = (W - 7 * mm) / 2
    s = []
    s += [P("ÉTUDE", LABEL),
          P("Associations & Territoires : la carte des partenariats "
            "associatifs", TITLE),
          P("Programme IMPACT 2018-2022 · volet consacré aux associations "
            "employeuses — texte de synthèse", EDITION)]
    s.append(P(
        "Cette synthèse présente les principaux résultats du volet "
        "associatif du programme IMPACT. L’enquête porte sur les "
        "associations qui emploient au moins un salarié. Elles sont "
        "148 000 en France, soit le cœur économique du secteur."))
    s.append(P(
        "Le constat d’ensemble tient en un chiffre. Pratiquement toutes "
        "ces structures travaillent avec au moins un partenaire : 98 % "
        "d’entre elles déclarent un partenariat, quelle qu’en soit la "
        "forme."))
    s.append(keybox([
        ("148 000", "associations employeuses dans le champ de l’étude"),
        ("98 %", "d’entre elles ont noué au moins un partenariat")], W))
    s.append(Spacer(1, 8))
    s.append(P(
        "Les pages suivantes détaillent avec qui, à quelle échelle et "
        "pour quoi faire. Une dernière page remet ces résultats en "
        "perspective avec deux travaux antérieurs."))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())
    # page 2, two columns
    s.append(P("1. Avec qui ?", H2))
    s.append(P(
        "Les collectivités territoriales arrivent en tête des partenaires "
        "des associations employeuses, loin devant les autres catégories. "
        "Le tableau ci-dessous classe les principaux types de partenaires "
        "cités."))
    s.append(grid([
        ["Type de partenaire", "Associations concernées"],
        ["Collectivités territoriales", "89 %"],
        ["Structures d’intérêt général", "73 %"],
        ["Établissements scolaires", "70 %"],
        ["Collectifs d’associations", "56 %"],
        ["Acteurs publics nationaux", "52 %"],
        ["Fédérations professionnelles", "37 %"],
        ["Acteurs académiques", "35 %"],
    ], [CW * 0.62, CW * 0.38]))
    s.append(Spacer(1, 6))
    s.append(P(
        "On notera que les acteurs académiques ferment la marche, "
        "derrière les fédérations professionnelles. Les écarts entre ces "
        "deux catégories restent cependant faibles."))
    s.append(P("2. À quelle échelle ?", H2))
    s.append(P(
        "La proximité l’emporte. Près des trois quarts des associations "
        "conduisent des partenariats à l’échelle locale : 73 %."))
    s.append(P(
        "L’échelon régional vient ensuite. Il concerne un peu moins de la "
        "moitié des structures. La proportion observée est de 47 %."))
    s.append(P(
        "Ces deux niveaux se cumulent souvent : une même association peut "
        "travailler avec sa commune et avec la région qui finance son "
        "projet."))
    s.append(P("3. Pour quoi faire ?", H2))
    s.append(P(
        "Les partenariats poursuivent des finalités variées. Quatre "
        "grandes familles d’objectifs ressortent des réponses :"))
    s += bullets([
        "le mécénat, cité par 75 % des associations ;",
        "l’innovation sociétale (73 %) ;",
        "les pratiques responsables (70 %) ;",
        "la coopération économique (58 %).",
    ])
    s.append(P(
        "La dernière de ces familles, plus récente, progresse avec les "
        "achats responsables et les projets communs de services."))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())
    # page 3
    s.append(P("Regard en arrière : l’enquête Associations &amp; "
               "Partenariats", H2))
    s.append(P(
        "Une publication de mars 2017, réalisée avec Recherches &amp; "
        "Solidarités, avait déjà exploré la question. Elle reposait sur "
        "une enquête conduite en mai et juin 2016 auprès de plus de 1 380 "
        "responsables associatifs (1)."))
    s.append(P(
        "Ses résultats ne se comparent pas terme à terme avec ceux "
        "d’IMPACT, car le champ et les catégories diffèrent. En moyenne, "
        "une association y déclarait 2,5 partenaires. La répartition par "
        "type était la suivante :"))
    s.append(grid([
        ["Partenaire cité (enquête 2016)", "Part des associations"],
        ["Collectivités", "74 %"],
        ["Associations et fondations", "72 %"],
        ["Établissements d’enseignement", "47 %"],
        ["Entreprises", "28 %"],
        ["Structures d’insertion", "22 %"],
        ["Organismes de recherche", "9 %"],
    ], [W * 0.6, W * 0.4]))
    s.append(Spacer(1, 8))
    s.append(P(
        "La taille compte. Parmi les associations dont le budget dépasse "
        "150 000 €, la moitié travaillent avec une entreprise. Pour les "
        "plus petites, sous 10 000 € de budget, c’est le cas d’une sur "
        "cinq seulement, soit 20 %."))
    s.append(Spacer(1, 10))
    s.append(P("(1) Enquête en ligne ; les répondants sont des dirigeants "
               "bénévoles ou salariés d’associations de toutes tailles.",
               SMALL))
    s.append(PageBreak())
    # page 4
    s.append(P("Pour mémoire : la note de février 2016", H2))
    s.append(P(
        "Une note datée du 29 février 2016 avait dressé un premier état "
        "des lieux des modèles de co-construction. Côté entreprises, "
        "elle estimait que 37 % de celles de 10 salariés et plus "
        "pratiquaient des partenariats avec des associations."))
    s.append(P(
        "Côté associatif, la proportion d’ensemble était voisine, à 38 %. "
        "Elle grimpait toutefois à 53 % chez les associations "
        "employeuses, celles-là mêmes qu’étudie le volet IMPACT."))
    s.append(framed(P(
        "<b>Lecture.</b> D’une étude à l’autre, les définitions du "
        "partenariat et les populations interrogées changent : une "
        "association employeuse n’est pas une association quelconque, et "
        "un partenariat avec une collectivité n’est pas un partenariat "
        "avec une entreprise. Les chiffres de ces pages doivent donc être "
        "lus avec leur source.", BODY), W - 16))
    return build(
        name, s,
        banner=lambda n: "Le RAMEAU · Observatoire des partenariats — "
                         "Programme IMPACT",
        footer=lambda n: "Étude Associations & Territoires",
        page_label=lambda n: "— %d —" % (26 + n),
        title="Étude Associations & Territoires")


# ======================================================== DOCUMENT 03
def doc03():
    """BULLETIN DE VEILLE élus locaux, page numbers = PDF pages."""
    name = "obs-s26-03-elus-locaux-bulletin.pdf"
    W = A4[0] - 36 * mm
    CW = (W - 7 * mm) / 2
    s = []
    s += [P("BULLETIN DE VEILLE", LABEL),
          P("Élus locaux : le territoire, premier terrain des alliances",
            TITLE),
          P("Bulletin n° 14 · diffusé en décembre 2024", EDITION),
          P("Ce numéro rassemble les enquêtes récentes et plus anciennes "
            "qui éclairent la place des maires dans les coopérations "
            "locales.", BODY),
          FrameBreak()]
    s.append(P("L’enquête de l’automne", H2))
    s.append(P(
        "Le dernier baromètre IMPACTS &amp; TRAJECTOIRES consacré aux élus "
        "locaux a été publié en novembre 2024. Les maires ont été joints "
        "par téléphone, du 30 septembre au 28 octobre 2024."))
    s.append(P(
        "L’échantillon rassemble 302 maires. Il est à l’image de la France "
        "communale : 84 % des répondants dirigent une commune de moins de "
        "2 000 habitants."))
    s.append(P(
        "Première leçon, les maires décrivent des territoires qui bougent. "
        "Au total, 91 % estiment que leur territoire est en mouvement."))
    s.append(P(
        "Ce total recouvre deux intensités. Une minorité (35 %) le voit "
        "bouger fortement ; pour la majorité, 56 %, le mouvement n’est ni "
        "plus ni moins marqué qu’avant."))
    s.append(keybox([("302", "maires interrogés à l’automne 2024"),
                     ("91 %", "voient leur territoire en mouvement")], CW,
                    cols=1))
    s.append(Spacer(1, 6))
    s.append(P("Ce que disait déjà PHARE-Institutions", H2))
    s.append(P(
        "Le volet institutionnel du programme PHARE, rendu public le "
        "29 novembre 2016, avait esquissé une typologie. Il distinguait "
        "cinq profils de maires face aux partenariats."))
    s.append(P(
        "Les maires y apparaissaient comme les plus convaincus de tous : "
        "87 % d’entre eux voyaient dans les partenariats une source "
        "d’innovation. Ils étaient aussi 76 % à décrire leur territoire "
        "comme engagé."))
    s.append(P(
        "Mais ces élus avouaient une difficulté. Près de la moitié d’entre "
        "eux, 46 %, ne savaient pas comment piloter ces dynamiques."))
    s.append(P("Le « jouer collectif » à l’ordre du jour", H2))
    s.append(P(
        "Lors du troisième dîner « Élus &amp; Entreprises », organisé un "
        "23 novembre, deux chiffres ont servi de point de départ aux "
        "échanges. Le premier : 64 % des élus locaux souhaitent s’appuyer "
        "sur le « jouer collectif »."))
    s.append(P(
        "Le second porte sur la méthode. Les maires sont 92 % à reconnaître "
        "l’utilité de la co-construction."))
    s.append(P(
        "Un outil est né de ces travaux : la fiche-repère « Les dynamiques "
        "d’engagement des Collectivités territoriales ». Elle s’appuie "
        "sur l’étude IMPACT-Élus locaux de novembre 2020, réalisée avec "
        "Comisis et OpinionWay."))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())
    # page 2
    s.append(P("Expérimenter : deux démarches de terrain", H2))
    s.append(P(
        "La démarche « Agir ensemble en Territoire » est plus ancienne que "
        "les baromètres récents. Elle a été initiée en 2010, à la suite de "
        "l’étude ARPEA consacrée aux collectivités locales et conduite par "
        "Comisis et OpinionWay."))
    s.append(P(
        "Trois territoires ont servi de pilotes. Ils ont chacun été "
        "accompagnés par un acteur relais :"))
    s += bullets([
        "l’Alsace, avec Alsace Active ;",
        "le Poitou-Charentes, avec le Groupe La Poste ;",
        "Paris-Est Marne &amp; Bois.",
    ])
    s.append(Spacer(1, 6))
    s.append(P(
        "La seconde démarche associe le CGET et Le RAMEAU. Ce parcours "
        "d’expérience sur la co-construction territoriale a réuni 11 "
        "territoires pionniers (1). Il s’étale sur 18 mois ; sa première "
        "session s’est tenue le 3 mai."))
    s.append(grid([
        ["Démarche", "Lancement", "Format"],
        ["Agir ensemble en Territoire", "2010", "3 territoires pilotes"],
        ["Parcours d’expérience CGET – Le RAMEAU", "1re session le 3 mai",
         "11 territoires pionniers, 18 mois"],
    ], [W * 0.42, W * 0.22, W * 0.36]))
    s.append(Spacer(1, 10))
    s.append(P("(1) Une autre présentation du même dispositif évoque « le "
               "CGET et 10 territoires pilotes ». Le décompte dépend de la "
               "date à laquelle il a été fait.", SMALL))
    s.append(PageBreak())
    # page 3
    s.append(P("Le coin des lecteurs", H2))
    s.append(P(
        "Plusieurs lecteurs nous ont demandé comment situer ces enquêtes "
        "les unes par rapport aux autres. Le tableau ci-dessous rappelle, "
        "pour chacune, la population interrogée et l’indicateur phare "
        "cité dans ce bulletin."))
    s.append(grid([
        ["Enquête", "Population", "Indicateur repris ici"],
        ["IMPACTS & TRAJECTOIRES – Élus locaux (2024)", "maires",
         "territoire en mouvement"],
        ["PHARE-Institutions (2016)", "maires",
         "partenariats source d’innovation"],
        ["IMPACT-Élus locaux (2020)", "élus locaux",
         "dynamiques d’engagement"],
        ["ARPEA – Collectivités locales", "collectivités",
         "point de départ d’Agir ensemble"],
    ], [W * 0.42, W * 0.2, W * 0.38]))
    s.append(Spacer(1, 8))
    s.append(P(
        "Les prochains numéros reviendront sur les résultats détaillés "
        "par taille de commune."))
    return build(
        name, s,
        banner=lambda n: "VEILLE TERRITOIRES — Observatoire des partenariats",
        footer=lambda n: "Bulletin de veille n° 14 · décembre 2024",
        page_label=lambda n: "%d / 3" % n,
        title="Bulletin de veille Élus locaux", first="head2")


# ======================================================== DOCUMENT 04
def doc04():
    """DIAPORAMA, landscape slides, cover not numbered (slide k = page k+1)."""
    name = "obs-s26-04-reperes-historiques-diaporama.pdf"
    PS = landscape(A4)
    W = PS[0] - 40 * mm
    s = []
    s += [Spacer(1, 30 * mm),
          P("DIAPORAMA", S_LABEL),
          P("Le RAMEAU et l’Observatoire des partenariats : repères "
            "historiques", S_TITLE),
          P("Support d’intervention — jeu de diapositives de référence, "
            "complété à chaque nouveau programme", S_NOTE),
          PageBreak()]
    # slide 1: two blocks side by side
    s += [P("Le RAMEAU et son Observatoire", S_H)]
    colw = W / 2 - 6
    left = [P("<b>Le RAMEAU</b>", S_LINE)] + bullets([
        "Association d’intérêt général, créée en 2006",
        "Se présente comme un « laboratoire de recherche empirique »",
        "Président-fondateur : Charles-Benoît Heidsieck",
        "Directrice générale : Laurence Weber",
        "Plus de 1 000 exemples inspirants recensés",
        "Des expérimentations menées avec plus de 500 organisations (1)",
    ], S_LINE)
    right = [P("<b>L’Observatoire des partenariats</b>", S_LINE)] + bullets([
        "Créé en 2008",
        "À l’initiative de la Caisse des Dépôts et du RAMEAU",
        "En partenariat avec le MEDEF et le Mouvement associatif",
        "Direction scientifique : Anne Robin",
        "Elle a fondé COMISIS et exerce ce rôle bénévolement (2)",
    ], S_LINE)
    t = Table([[left, right]], colWidths=[colw, colw])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEAFTER", (0, 0), (0, 0), 0.6,
                            colors.HexColor("#8a1c1c"))]))
    s.append(t)
    s.append(P("(1) Ce dernier chiffre couvre toute la période écoulée "
               "depuis la création de l’association.", S_NOTE))
    s.append(P("(2) Attention : des documents de 2011 et 2012 présentent "
               "l’« Observatoire national des partenariats associations / "
               "entreprises » comme créé en 2007.", S_NOTE))
    s.append(PageBreak())
    # slide 2
    s += [P("Trois plans quinquennaux", S_H)]
    s.append(grid([
        ["Programme", "Période", "Repère"],
        ["ARPEA", "2008-2012", "10 volets ; rapport quinquennal le "
                              "11 décembre 2012"],
        ["PHARE", "2013-2018 (1)", "6 volets publiés de 2015 à 2016"],
        ["IMPACT", "2018-2022", "lancé en novembre 2017"],
    ], [W * 0.2, W * 0.25, W * 0.55], cell=S_CELL, cellb=S_CELLB))
    s.append(P("ARPEA : « Analyse des Relations et des Partenariats entre "
               "Entreprises et Associations » (d’autres supports emploient "
               "des intitulés voisins).", S_NOTE))
    s.append(P("(1) Certaines pages de présentation bornent PHARE à "
               "2013-2017.", S_NOTE))
    s.append(PageBreak())
    # slide 3
    s += [P("ARPEA : premiers chiffres", S_H)]
    s += bullets([
        "Urgence de créer des partenariats, selon les Français :",
        "86 % en 2008",
        "84 % en 2012",
        "Entreprises &amp; Territoires (janvier 2011) :",
        "21 % des entreprises développent des partenariats",
        "33 % souhaitent le faire ; 46 % ne le souhaitent pas",
    ], S_LINE)
    s.append(P("Après ARPEA, la ministre Valérie Fourneyron demande un "
               "état des lieux des partenariats associations-entreprises ; "
               "le rapport paraît début 2014.", S_NOTE))
    s.append(PageBreak())
    # slide 4
    s += [P("IMPACT : qui et quoi ?", S_H)]
    s.append(P("Cinq partenaires pilotent le programme :", S_LINE))
    s += bullets([
        "Caisse des Dépôts · Institut CDC pour la Recherche",
        "Groupe La Poste · Fondation TOTAL · Le RAMEAU",
    ], S_LINE)
    s.append(P("Il s’organise autour de trois axes :", S_LINE))
    s += bullets([
        "innovation sociétale et territoriale",
        "performance des organisations",
        "confiance",
    ], S_LINE)
    return build(
        name, s,
        pagesize=PS,
        margins=(20 * mm, 20 * mm, 20 * mm, 20 * mm),
        banner=lambda n: "Le RAMEAU — repères historiques",
        footer=lambda n: "Diaporama · usage pédagogique",
        page_label=lambda n: (None if n == 1 else "Diapositive %d" % (n - 1)),
        title="Diaporama repères historiques")


# ======================================================== DOCUMENT 05
def doc05():
    """NOTE faire alliance, printed pages 41-45."""
    name = "obs-s26-05-faire-alliance-note.pdf"
    W = A4[0] - 36 * mm
    CW = (W - 7 * mm) / 2
    s = []
    s += [P("NOTE D’ANALYSE", LABEL),
          P("Faire alliance : du droit à l’expérimentation", TITLE),
          P("Rédaction achevée à l’été 2022 — reprend des éléments "
            "publiés entre 2019 et 2022", EDITION)]
    s.append(P("1. Une mission confiée par le Gouvernement", H2))
    s.append(P(
        "À l’occasion du FNAF 2019, Gabriel Attal a confié une mission à "
        "deux personnalités : la députée Cathy Racon-Bouzon et Charles-"
        "Benoît Heidsieck. Ce dernier préside Le RAMEAU, qu’il a fondé."))
    s.append(P(
        "Le rapport de mission a été remis au printemps suivant. La date "
        "retenue est celle du 7 mai 2020."))
    s.append(P(
        "Un point d’étape a suivi à l’automne. Ce bilan a été présenté le "
        "17 octobre 2020."))
    s.append(P(
        "La mission a débouché sur une « feuille de route » ministérielle. "
        "Elle compte 21 mesures. Sur le plan législatif, la députée a porté "
        "une proposition de loi sur le « droit de l’alliance d’intérêt "
        "général », déposée en février ; le texte a été agréé par le "
        "Bureau de l’Assemblée nationale puis publié au Journal officiel."))
    s.append(P("2. Ce que disent les baromètres", H2))
    s.append(P(
        "Les mesures d’opinion récentes vont dans le même sens. Elles "
        "opposent toutefois trois registres, selon la population "
        "interrogée :"))
    s += bullets([
        "un « devoir d’alliance » pour 81 % des Français ;",
        "un « besoin d’alliance » pour 92 % des maires ;",
        "une « envie d’alliance » pour 84 % des dirigeants d’entreprises.",
    ])
    s.append(P(
        "Au sortir de la crise sanitaire, une autre question portait sur "
        "l’utilité de la co-construction pour « jouer collectif en sortie "
        "de crise ». Les Français y ont répondu oui à 81 % ; les "
        "dirigeants de TPE et de PME, à 84 %. Plus de 250 données ont été "
        "inventoriées à cette occasion."))
    s.append(PageBreak())
    # page 2, two columns
    s.append(NextPageTemplate("two"))
    s.append(P("3. Le Fonds ODD 17", H2))
    s.append(P(
        "Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la "
        "Fondation TotalEnergies. Il finance une expérimentation de "
        "trois ans."))
    s.append(P(
        "Sa dotation s’élève à 1,5 M€. Elle doit permettre de faire "
        "émerger 350 « catalyseurs territoriaux »."))
    s.append(P(
        "L’ODD 17 est le dix-septième objectif de développement durable, "
        "celui des partenariats. Une note du Comité 21, « ODD 17 : Sens, "
        "décryptages, déclinaisons », présentée un 5 juillet, rappelle "
        "qu’il se décline en 19 cibles."))
    s.append(P(
        "Pour outiller les acteurs, la plateforme www.odd17.org regroupe "
        "des ressources sous le sigle M.E.D.O.C. Chaque lettre désigne une "
        "famille de ressources : Méthodes, Exemples, Données, Outils, "
        "Compétences."))
    s.append(P("4. La Fondation des Territoires", H2))
    s.append(P(
        "Sa préfiguration a été lancée en juillet 2018. Elle s’est "
        "déroulée en trois étapes :"))
    s += bullets([
        "de juillet 2018 à juillet 2019 ;",
        "d’août 2019 à novembre 2020 ;",
        "de décembre 2020 à mai 2022.",
    ])
    s.append(P(
        "La fondation a été créée le 14 juin 2022, sous l’égide de la "
        "Fondation de Lille. Elle réunit 21 co-fondateurs et s’est donné "
        "trois missions."))
    s.append(P(
        "C’est elle qui a piloté la co-construction de la Charte du faire "
        "alliance. Ce travail a duré trois mois."))
    s.append(P(
        "La Charte a été dévoilée le 30 novembre 2021, jour du Giving "
        "Tuesday, à Saint-Maurice, sur le territoire de Paris-Est Marne "
        "&amp; Bois, lors d’une soirée VitaWin (1). Elle se présente comme "
        "un « contrat de confiance »."))
    s.append(Spacer(1, 6))
    s.append(P("(1) Une annonce publiée par ailleurs mentionne un « mardi "
               "30 septembre » ; la date du Giving Tuesday, fin novembre, "
               "est celle retenue ici.", SMALL))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())
    # page 3
    s.append(P("5. Les fondations, acteurs des territoires", H2))
    s.append(P(
        "L’étude IMPACT Fondations &amp; Territoires a été publiée un "
        "23 septembre. Elle repose sur les réponses de 42 fondations."))
    s.append(P(
        "Elle a nourri une fiche acteur, « Dynamique d’engagement des "
        "Fondations », qui décrit le rôle structurant de ces dernières "
        "dans les alliances locales."))
    s.append(P("Novembre en bref", H2))
    s.append(P(
        "Un mois de novembre de l’Observatoire, tel qu’il figurait dans "
        "l’agenda publié alors :"))
    s.append(grid([
        ["Date", "Rendez-vous"],
        ["15 novembre", "Dossier JURIS Associations n° 628"],
        ["23 novembre", "3e dîner « Élus & Entreprises »"],
        ["26 novembre", "11e rapport régional de l’Observatoire : "
                        "Normandie"],
        ["26 novembre", "5e webinaire « l’ODD 17 en pratique »"],
    ], [W * 0.25, W * 0.75]))
    s.append(Spacer(1, 8))
    s.append(framed(P(
        "<b>En résumé.</b> Entre la mission de 2019-2020, le Fonds ODD 17 "
        "et la Fondation des Territoires, l’alliance est passée du stade "
        "de l’idée à celui de l’expérimentation outillée.", BODY), W - 16))
    return build(
        name, s,
        banner=lambda n: "NOTES DE L’OBSERVATOIRE  ·  Faire alliance",
        footer=lambda n: "Le RAMEAU — note d’analyse",
        page_label=lambda n: "page %d" % (40 + n),
        title="Note Faire alliance")


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05):
        print(f())
