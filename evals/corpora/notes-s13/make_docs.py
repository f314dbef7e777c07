#!/usr/bin/env python3
"""Deterministic generator of the 5 synthetic publications of question set s13.

Run:  /work/main/.venv/bin/python make_docs.py
Writes obs-s13-NN-<slug>.pdf next to this script.  Facts come from
/work/shared/facts.md; all sentences are written for this set.
"""
from reportlab import rl_config
rl_config.invariant = 1

import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, FrameBreak, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FONT_DIR + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVC-B", FONT_DIR + "DejaVuSansCondensed-Bold.ttf"))
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DV-B")
addMapping("DV", 0, 1, "DV-I")
addMapping("DV", 1, 1, "DV-BI")

W, H = A4

# ---------------------------------------------------------------- styles
def S(name, **kw):
    base = dict(fontName="DV", fontSize=9.5, leading=13, alignment=TA_JUSTIFY)
    base.update(kw)
    return ParagraphStyle(name, **base)

body = S("body")
body_left = S("body_left", alignment=TA_LEFT)
small = S("small", fontSize=7.5, leading=10, alignment=TA_LEFT)
label = S("label", fontName="DV-B", fontSize=9, leading=12, textColor=colors.white,
          alignment=TA_LEFT)
title = S("title", fontName="DV-B", fontSize=19, leading=24, alignment=TA_LEFT,
          spaceBefore=6, spaceAfter=4)
edition = S("edition", fontName="DV-I", fontSize=9, leading=12, alignment=TA_LEFT,
            textColor=colors.HexColor("#555555"), spaceAfter=8)
h2 = S("h2", fontName="DV-B", fontSize=11.5, leading=15, alignment=TA_LEFT,
       spaceBefore=8, spaceAfter=4, textColor=colors.HexColor("#1f4e79"))
h3 = S("h3", fontName="DV-B", fontSize=10, leading=13, alignment=TA_LEFT,
       spaceBefore=6, spaceAfter=2)
bullet = S("bullet", leftIndent=12, bulletIndent=2, alignment=TA_LEFT,
           bulletFontName="DV")
cell = S("cell", fontSize=8.5, leading=11, alignment=TA_LEFT)
cellb = S("cellb", fontName="DV-B", fontSize=8.5, leading=11, alignment=TA_LEFT)
bignum = S("bignum", fontName="DV-B", fontSize=22, leading=26, alignment=TA_CENTER,
           textColor=colors.HexColor("#1f4e79"))
bigcap = S("bigcap", fontSize=8.5, leading=11, alignment=TA_CENTER)


NBSP = "\u00a0"


def fr(text):
    """French typography: no line break before : ; ? ! » nor after «."""
    for a, b in ((" :", NBSP + ":"), (" ;", NBSP + ";"), (" ?", NBSP + "?"),
                 (" !", NBSP + "!"), (" »", NBSP + "»"), ("« ", "«" + NBSP)):
        text = text.replace(a, b)
    return text


def P(text, style=body):
    return Paragraph(fr(text), style)


class FillTo(Flowable):
    """Takes all the space left in the frame except `reserve` points."""

    def __init__(self, reserve):
        Flowable.__init__(self)
        self.reserve = reserve

    def wrap(self, aw, ah):
        self.height = max(0, ah - self.reserve - 1)
        return (aw, self.height)

    def draw(self):
        pass


def footnotes(paras, width):
    """Flowables that push `paras` (footnote paragraphs) to the bottom of the frame."""
    reserve = 6
    for p in paras:
        reserve += p.wrap(width, 10000)[1]
    return [FillTo(reserve)] + paras


def bullets(items, style=bullet, sym="•"):
    return [Paragraph(fr(t), style, bulletText=sym) for t in items]


def label_box(text, color="#1f4e79"):
    t = Table([[P(text, label)]], colWidths=[45 * mm])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(color)),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    t.hAlign = "LEFT"
    return t


def keyfig_box(pairs, width, color="#e8f0f8"):
    """pairs: list of (big, caption) -> one row of boxes."""
    n = len(pairs)
    row = [[P(b, bignum), P(c, bigcap)] for b, c in pairs]
    data = [[Table([[r[0]], [r[1]]], colWidths=[width / n - 8]) for r in row]]
    t = Table(data, colWidths=[width / n] * n)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(color)),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1f4e79")),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.HexColor("#9fb6cd")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def data_table(rows, widths, header_bg="#1f4e79", zebra="#f2f2f2"):
    """rows[0] is the header row (white bold text on a coloured band)."""
    hdr = ParagraphStyle("hdrw", parent=cellb, textColor=colors.white)
    data = [[P(c, hdr) for c in rows[0]]] + [[P(c, cell) for c in r] for r in rows[1:]]
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_bg)),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    for i in range(2, len(rows), 2):
        style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor(zebra)))
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def boxed(flowables, width, bg="#fff7e0", border="#c9a227"):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(border)),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def make_doc(path, title_meta, page_templates):
    doc = BaseDocTemplate(path, pagesize=A4, title=title_meta,
                          author="Observatoire des partenariats (jeu de test s13)",
                          subject=title_meta, creator="make_docs.py s13",
                          leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=22 * mm, bottomMargin=20 * mm)
    doc.addPageTemplates(page_templates)
    return doc


def decorations(banner_left, banner_right, footer_left, page_label):
    """page_label(n) -> printed page text for PDF page n (1-based) or None."""
    def draw(canv, doc):
        canv.saveState()
        canv.setFont("DVC", 7.5)
        canv.setFillColor(colors.HexColor("#1f4e79"))
        canv.drawString(20 * mm, H - 12 * mm, banner_left)
        canv.drawRightString(W - 20 * mm, H - 12 * mm, banner_right)
        canv.setStrokeColor(colors.HexColor("#1f4e79"))
        canv.setLineWidth(0.6)
        canv.line(20 * mm, H - 13.5 * mm, W - 20 * mm, H - 13.5 * mm)
        canv.line(20 * mm, 13 * mm, W - 20 * mm, 13 * mm)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.drawString(20 * mm, 9 * mm, footer_left)
        lab = page_label(doc.page)
        if lab:
            canv.setFont("DVC-B", 8)
            canv.drawRightString(W - 20 * mm, 9 * mm, lab)
        canv.restoreState()
    return draw


LM, RM, TM, BM = 20 * mm, 20 * mm, 22 * mm, 20 * mm
FW = W - LM - RM
FH = H - TM - BM
GAP = 7 * mm
CW = (FW - GAP) / 2


def tpl_one(tid, deco):
    return PageTemplate(id=tid, frames=[Frame(LM, BM, FW, FH, id=tid + "_f",
                                              leftPadding=0, rightPadding=0,
                                              topPadding=0, bottomPadding=0)],
                        onPage=deco)


def tpl_two(tid, deco):
    return PageTemplate(id=tid, frames=[
        Frame(LM, BM, CW, FH, id=tid + "_c1", leftPadding=0, rightPadding=0,
              topPadding=0, bottomPadding=0),
        Frame(LM + CW + GAP, BM, CW, FH, id=tid + "_c2", leftPadding=0,
              rightPadding=0, topPadding=0, bottomPadding=0)], onPage=deco)


def tpl_top_two(tid, deco, top_h):
    """full-width band on top, then two columns under it."""
    return PageTemplate(id=tid, frames=[
        Frame(LM, BM + FH - top_h, FW, top_h, id=tid + "_top", leftPadding=0,
              rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(LM, BM, CW, FH - top_h - 4 * mm, id=tid + "_c1", leftPadding=0,
              rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(LM + CW + GAP, BM, CW, FH - top_h - 4 * mm, id=tid + "_c2",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)],
        onPage=deco)


# ====================================================================== 01
def doc01():
    path = os.path.join(HERE, "obs-s13-01-associations-territoires.pdf")
    deco = decorations("Observatoire des partenariats  ·  Programme IMPACT",
                       "ÉTUDE  —  Associations & Territoires",
                       "Le RAMEAU — reproduction libre avec mention de la source",
                       lambda n: "p. %d" % (13 + n))  # printed 14..17
    doc = make_doc(path, "Associations & Territoires : la carte des alliances associatives",
                   [tpl_top_two("first", deco, 80 * mm), tpl_one("one", deco),
                    tpl_two("two", deco)])
    st = []
    # ---- PDF page 1 (printed p. 14)
    st += [label_box("ÉTUDE"),
           P("Associations &amp; Territoires : la carte des alliances associatives", title),
           P("Cahier de résultats du programme IMPACT (plan quinquennal 2018-2022) — "
             "chapitre 2, tiré à part", edition),
           P("Ce chapitre rassemble ce que le programme IMPACT a appris des associations qui "
             "salarient au moins une personne : avec qui elles s’allient, à quelle échelle et "
             "dans quel but. Il se lit indépendamment des autres chapitres du cahier."),
           Spacer(1, 6),
           keyfig_box([("148 000", "associations employeuses dans le champ observé"),
                       ("98 %", "d’entre elles ont au moins un partenaire"),
                       ("89 %", "travaillent avec une collectivité")], FW),
           Spacer(1, 4),
           P("Les pourcentages portent sur les associations employeuses ; plusieurs "
             "réponses étaient possibles.", small),
           FrameBreak()]
    st += [P("Pourquoi regarder les employeuses ?", h3),
           P("Les associations qui ont des salariés forment le noyau économique du monde "
             "associatif. Le périmètre de l’étude en retient un peu moins de cent cinquante "
             "mille, exactement 148 000. Elles portent l’essentiel de l’emploi associatif et "
             "sont donc les premières interlocutrices des collectivités comme des entreprises."),
           P("Un réflexe devenu ordinaire", h3),
           P("Faut-il encore démontrer que l’alliance s’est banalisée ? Presque toutes ces "
             "structures déclarent au moins un partenaire. Le taux atteint 98 %, ce qui range "
             "le partenariat parmi les pratiques courantes de gestion, au même titre que la "
             "recherche de financements ou le recrutement de bénévoles."),
           FrameBreak(),
           P("Ce que mesure ce chapitre", h3),
           P("Trois questions structurent les pages qui suivent. La première porte sur la "
             "nature des partenaires ; la deuxième sur l’échelle géographique des alliances ; "
             "la troisième sur leurs finalités. Un dernier encadré remet ces résultats en "
             "perspective avec une enquête plus ancienne."),
           P("Une même association pouvant citer plusieurs catégories, les totaux dépassent "
             "largement 100 %. Les résultats se lisent donc ligne à ligne.", body),
           NextPageTemplate("one"), PageBreak()]
    # ---- PDF page 2 (printed p. 15)
    st += [P("1. Avec qui ? Le palmarès des partenaires", h2),
           P("Le tableau ci-dessous classe les familles de partenaires selon la part des "
             "associations employeuses qui déclarent au moins une alliance avec elles."),
           Spacer(1, 6),
           data_table([
               ["Famille de partenaires", "Part des associations employeuses concernées", "Rang"],
               ["Collectivités territoriales", "89 %", "1"],
               ["Structures d’intérêt général (associations, fondations)", "73 %", "2"],
               ["Établissements scolaires", "70 %", "3"],
               ["Collectifs d’associations", "56 %", "4"],
               ["Acteurs publics nationaux", "52 %", "5"],
               ["Fédérations professionnelles", "37 %", "6"],
               ["Acteurs académiques (universités, laboratoires)", "35 %", "7"],
           ], [80 * mm, 65 * mm, 25 * mm]),
           Spacer(1, 4),
           P("Lecture : 56 % des associations employeuses ont noué au moins un partenariat "
             "avec un collectif d’associations. Source : programme IMPACT, volet "
             "Associations &amp; Territoires¹.", small),
           Spacer(1, 8),
           P("Les collectivités arrivent nettement en tête. Près de neuf employeuses sur dix "
             "travaillent avec elles, ce qui confirme le rôle pivot de l’échelon local dans "
             "la vie associative. Le monde éducatif suit de près : l’école est devenue un "
             "partenaire presque aussi fréquent que les autres associations."),
           P("À l’autre bout du classement, le monde académique reste plus rarement "
             "sollicité. Il n’en demeure pas moins cité par plus d’une association sur trois, "
             "un niveau qui aurait paru improbable il y a quinze ans."),
           *footnotes([P("¹ Les familles de partenaires ont été regroupées pour la lisibilité ; les "
             "entreprises font l’objet d’une analyse séparée, non reproduite dans ce tiré "
             "à part.", small)], FW),
           NextPageTemplate("two"), PageBreak()]
    # ---- PDF page 3 (printed p. 16)
    st += [P("2. À quelle échelle ?", h2),
           P("La proximité domine. Trois employeuses sur quatre — plus précisément 73 % — "
             "inscrivent au moins une alliance dans leur territoire immédiat : commune, "
             "quartier, bassin de vie."),
           P("L’échelon régional apparaît moins souvent. Il concerne pourtant près de la "
             "moitié des structures. La proportion s’établit à 47 %."),
           P("Ces deux niveaux ne s’excluent pas : une association qui coopère avec sa "
             "commune peut aussi s’adosser à un réseau régional pour mutualiser des "
             "fonctions support."),
           P("3. Pour quoi faire ?", h2),
           P("Le partenariat ne se résume pas à un soutien financier. L’étude distingue "
             "quatre finalités, présentées ici de la plus citée à la moins citée :"),
           ] + bullets([
               "le mécénat, évoqué par 75 % des associations employeuses ;",
               "l’innovation sociétale, à 73 % ;",
               "les pratiques responsables, à 70 % ;",
               "la coopération économique, à 58 %.",
           ]) + [
           P("Cette dernière, moins répandue, est pourtant celle qui transforme le plus "
             "les modèles économiques : achats partagés, mise en commun de locaux, "
             "réponses conjointes à des appels d’offres."),
           P("Ce qu’il faut retenir", h3),
           P("Les alliances associatives sont locales d’abord, multiples ensuite. Elles "
             "mêlent ressources financières et coopération de projet, et leur moteur "
             "reste la relation avec la collectivité."),
           NextPageTemplate("one"), PageBreak()]
    # ---- PDF page 4 (printed p. 17)
    st += [P("Encadré — Regard rétrospectif : l’enquête Associations &amp; Partenariats", h2),
           boxed([
               P("Publiée en mars 2017 par Recherches &amp; Solidarités avec Le RAMEAU, "
                 "elle s’appuyait sur une consultation conduite en mai et juin 2016. Plus "
                 "de 1 380 responsables associatifs y avaient répondu. Ces derniers "
                 "déclaraient en moyenne 2,5 partenaires.", body),
           ], FW),
           Spacer(1, 8),
           P("Le tableau reprend les familles de partenaires citées à l’époque, toutes "
             "associations confondues (avec ou sans salariés)²."),
           Spacer(1, 4),
           data_table([
               ["Type de partenaire (enquête 2016, publiée en 2017)", "Part des associations", "Rang"],
               ["Collectivités", "74 %", "1"],
               ["Autres associations ou fondations", "72 %", "2"],
               ["Établissements d’enseignement", "47 %", "3"],
               ["Entreprises", "28 %", "4"],
               ["Structures d’insertion", "22 %", "5"],
               ["Organismes de recherche", "9 %", "6"],
           ], [90 * mm, 50 * mm, 30 * mm], header_bg="#7f6000", zebra="#fbf3dc"),
           Spacer(1, 10),
           P("Le poids du budget", h3),
           P("La taille de l’association pesait lourd sur l’accès aux entreprises. La "
             "moitié des structures disposant de plus de 150 000 € de ressources avaient "
             "un partenaire de ce type, soit 50 %. Chez les plus modestes, celles qui "
             "vivaient avec moins de 10 000 €, la proportion tombait à 20 %."),
           *footnotes([P("² Les deux enquêtes ne portent pas sur le même champ : toutes associations "
             "en 2016, associations employeuses pour IMPACT. Les rapprochements sont "
             "indicatifs.", small)], FW)]
    doc.build(st)
    return path


# ====================================================================== 02
def doc02():
    path = os.path.join(HERE, "obs-s13-02-fiche-fondation-territoires.pdf")
    letters = {1: "feuillet A", 2: "feuillet B", 3: "feuillet C"}
    deco = decorations("FICHE REPÈRE n° 7  ·  Faire alliance en territoire",
                       "Observatoire des partenariats",
                       "Fiches repères — série « Territoires » — usage libre",
                       lambda n: letters.get(n))
    doc = make_doc(path, "La Fondation des Territoires et la Charte du faire alliance",
                   [tpl_one("one", deco), tpl_two("two", deco)])
    qa_q = ParagraphStyle("qa_q", parent=body_left, fontName="DV-B",
                          textColor=colors.HexColor("#7f1d1d"))
    st = []
    # ---- page 1
    st += [label_box("FICHE REPÈRE", "#7f1d1d"),
           P("La Fondation des Territoires et la Charte du faire alliance", title),
           P("Fiche actualisée après la naissance officielle de la fondation (juin 2022)",
             edition),
           P("D’où vient la démarche ?", h2),
           P("Tout part d’une étude. L’enquête ARPEA consacrée aux collectivités locales, "
             "réalisée par Comisis et OpinionWay, a mis en évidence le besoin d’outiller "
             "les territoires. Dans la foulée, en 2010, Le RAMEAU lance la démarche "
             "« Agir ensemble en Territoire »."),
           P("Elle a d’abord été éprouvée dans trois territoires pilotes, chacun "
             "accompagné par un partenaire local :"),
           ] + bullets([
               "l’Alsace, avec Alsace Active ;",
               "le Poitou-Charentes, avec le Groupe La Poste ;",
               "Paris-Est Marne &amp; Bois.",
           ]) + [
           P("Quatre ans de préfiguration", h2),
           P("Avant d’exister juridiquement, la future fondation a été préfigurée. Le "
             "chantier s’ouvre en juillet 2018 et se déroule en trois temps :"),
           Spacer(1, 4),
           data_table([
               ["Étape de préfiguration", "Début", "Fin"],
               ["Étape 1", "juillet 2018", "juillet 2019"],
               ["Étape 2", "août 2019", "novembre 2020"],
               ["Étape 3", "décembre 2020", "mai 2022"],
           ], [60 * mm, 55 * mm, 55 * mm], header_bg="#7f1d1d", zebra="#f7e9e9"),
           Spacer(1, 6),
           P("Les dates sont données au mois près ; chaque étape a fait l’objet d’un bilan "
             "d’étape partagé avec les partenaires.", small),
           PageBreak()]
    # ---- page 2
    st += [P("Naissance officielle", h2),
           P("La Fondation des Territoires voit le jour le 14 juin 2022. Elle est placée "
             "sous l’égide de la Fondation de Lille, qui l’abrite."),
           P("Ses membres fondateurs sont nombreux. On en compte 21, issus de familles "
             "d’acteurs différentes. La fondation s’est fixé trois missions."),
           Spacer(1, 6),
           P("La Charte du faire alliance en trois questions", h2),
           boxed([
               P("Qui l’a conçue ?", qa_q),
               P("Elle est le fruit de trois mois de co-construction. C’est la Fondation "
                 "des Territoires qui a piloté ce travail.", body),
               Spacer(1, 4),
               P("Quand et où a-t-elle été présentée ?", qa_q),
               P("Le 30 novembre 2021, jour du Giving Tuesday. La présentation a eu lieu à "
                 "Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois, au cours "
                 "d’une soirée organisée par VitaWin.", body),
               Spacer(1, 4),
               P("Comment la résumer ?", qa_q),
               P("Ses promoteurs la décrivent comme un « contrat de confiance » entre les "
                 "acteurs d’un même territoire.", body),
           ], FW, bg="#f7e9e9", border="#7f1d1d"),
           Spacer(1, 10),
           P("Un parcours pour les territoires", h2),
           P("En parallèle, le CGET et Le RAMEAU ont proposé un parcours d’expérience sur "
             "la co-construction territoriale. Onze territoires pionniers s’y sont engagés "
             "pour une durée de 18 mois ; la première session s’est tenue le 3 mai."),
           NextPageTemplate("two"), PageBreak()]
    # ---- page 3 (two columns)
    st += [P("Le Fonds ODD 17 en bref", h2),
           keyfig_box([("1,5 M€", "de dotation"), ("3 ans", "d’expérimentation")], CW),
           Spacer(1, 6),
           P("Le fonds a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. "
             "Sa dotation, d’un million et demi d’euros, finance une expérimentation de "
             "trois ans."),
           P("Celle-ci repose sur un réseau de 350 « catalyseurs territoriaux », chargés de "
             "faire émerger des alliances au plus près du terrain."),
           P("L’ODD 17, de quoi parle-t-on ?", h3),
           P("Le dix-septième objectif de développement durable porte sur les partenariats. "
             "Il se décline en 19 cibles, détaillées dans la note du Comité 21 « ODD 17 : "
             "Sens, décryptages, déclinaisons », présentée un 5 juillet."),
           FrameBreak(),
           P("Une boîte à outils : M.E.D.O.C.", h3),
           P("La plateforme www.odd17.org regroupe les ressources sous un acronyme "
             "facile à retenir. M.E.D.O.C. signifie Méthodes, Exemples, Données, Outils, "
             "Compétences."),
           P("À noter dans l’agenda de novembre", h3),
           P("Plusieurs rendez-vous se succèdent :"),
           ] + bullets([
               "15 novembre : dossier de JURIS Associations (n° 628) ;",
               "23 novembre : 3e dîner « Élus &amp; Entreprises » ;",
               "26 novembre : parution du 11e rapport régional de l’Observatoire, consacré "
               "à la Normandie, et 5e webinaire « l’ODD 17 en pratique ».",
           ], sym="›") + [
           Spacer(1, 6),
           P("Les dates de l’agenda sont celles annoncées par les organisateurs.", small)]
    doc.build(st)
    return path


# ====================================================================== 03
def doc03():
    path = os.path.join(HERE, "obs-s13-03-bulletin-phare.pdf")
    deco = decorations("BULLETIN DE VEILLE  ·  n° 12",
                       "Observatoire des partenariats — Le RAMEAU",
                       "Bulletin diffusé aux partenaires de l’Observatoire",
                       lambda n: "— %d —" % n)
    doc = make_doc(path, "PHARE : six volets pour photographier les alliances",
                   [tpl_top_two("first", deco, 52 * mm), tpl_two("two", deco)])
    st = []
    # ---- page 1
    st += [label_box("BULLETIN DE VEILLE", "#375623"),
           P("PHARE : six volets pour photographier les alliances", title),
           P("Numéro de décembre 2016 — spécial bilan du programme PHARE", edition),
           P("Au fil de 2015 et 2016, l’Observatoire a publié les volets successifs de son "
             "deuxième programme quinquennal. Ce numéro en rassemble les principaux "
             "enseignements, volet par volet."),
           FrameBreak(),
           P("Un deuxième plan quinquennal", h3),
           P("Après le premier cycle d’études, l’Observatoire a ouvert un nouveau programme "
             "baptisé PHARE. Il couvre la période 2013-2018 et s’organise en six volets, "
             "chacun consacré à une famille d’acteurs ou à un niveau d’analyse."),
           P("Le calendrier de publication figure dans le tableau ci-contre. On y voit "
             "que les trois volets « acteurs » sont sortis à un mois d’intervalle, à "
             "l’automne 2015."),
           P("Une photographie plutôt qu’un palmarès", h3),
           P("L’ambition n’est pas de classer les organisations, mais de décrire les "
             "pratiques et les attentes de chacun. Les mêmes questions ont donc été posées, "
             "autant que possible, aux citoyens, aux entreprises, aux associations et aux "
             "élus."),
           FrameBreak(),
           P("Calendrier des six volets", h3),
           data_table([
               ["Volet", "Parution"],
               ["PHARE-Citoyens", "septembre 2015"],
               ["PHARE-Entreprises", "octobre 2015"],
               ["PHARE-Associations", "novembre 2015"],
               ["Rapports régionaux (13)", "2016"],
               ["Diagnostics sectoriels", "juillet 2016"],
               ["PHARE-Institutions", "automne 2016"],
           ], [CW * 0.55, CW * 0.45], header_bg="#375623", zebra="#eaf1e4"),
           Spacer(1, 6),
           P("Les treize rapports régionaux ont été publiés au fil de l’année 2016.", small),
           NextPageTemplate("two"), PageBreak()]
    # ---- page 2
    st += [P("Zoom sur PHARE-Citoyens", h2),
           P("Ce premier volet a interrogé plus de 2 000 personnes. Il révèle un "
             "sentiment largement partagé : 69 % des Français estiment qu’il existe un "
             "« devoir d’alliance » entre acteurs."),
           P("Les sondés ont aussi noté l’importance de plusieurs enjeux de société. Le "
             "tableau suivant donne les notes moyennes obtenues, sur une échelle de 0 à 10."),
           data_table([
               ["Enjeu", "Note moyenne /10"],
               ["Emploi", "7,1"],
               ["Pouvoir d’achat", "6,6"],
               ["Sécurité", "6,6"],
               ["Développement économique", "6,5"],
               ["Environnement", "6,3"],
               ["Exclusion", "6,3"],
           ], [CW * 0.6, CW * 0.4], header_bg="#375623", zebra="#eaf1e4"),
           Spacer(1, 4),
           P("Lecture : l’emploi est l’enjeu jugé le plus important, devant le pouvoir "
             "d’achat et la sécurité, à égalité.", small),
           FrameBreak(),
           P("Où les alliances changeraient-elles la donne ?", h3),
           P("On a ensuite demandé aux personnes interrogées dans quels domaines les "
             "partenariats entre acteurs auraient un impact fort. Quatre domaines se "
             "détachent :"),
           ] + bullets([
               "l’emploi, pour 49 % des répondants ;",
               "le développement économique, pour 46 % ;",
               "l’environnement, pour 42 % ;",
               "la précarité et l’éducation, à égalité, pour 36 %.",
           ]) + [
           P("L’ordre est le même que celui des notes d’importance, à une nuance près : "
             "l’environnement remonte lorsque l’on parle d’impact concret."),
           P("À retenir", h3),
           P("Les citoyens ne voient pas l’alliance comme une affaire de spécialistes. Ils "
             "l’associent d’abord aux sujets du quotidien, à commencer par le travail."),
           PageBreak()]
    # ---- page 3
    st += [P("PHARE-Institutions, dernier volet", h2),
           P("Le volet consacré aux institutions a été rendu public le 29 novembre 2016. "
             "Il dresse une typologie des maires en cinq profils, selon leur manière "
             "d’aborder les coopérations locales."),
           P("Ces élus sont largement convaincus. Ils sont 87 % à voir dans les "
             "partenariats une source d’innovation pour leur territoire¹."),
           P("Un constat partagé", h3),
           P("La même conviction se retrouve dans les autres volets du programme. Les "
             "dirigeants d’entreprise la partagent à 81 %. Les responsables associatifs "
             "vont plus loin encore, avec 86 %."),
           FrameBreak(),
           P("Et maintenant ?", h3),
           P("Le programme PHARE s’achève avec ce dernier volet. Ses résultats serviront "
             "de point de départ au programme suivant, dont le lancement est annoncé pour "
             "la fin de l’année 2017."),
           P("Pour aller plus loin", h3),
           P("Les rapports complets de chaque volet sont disponibles auprès de "
             "l’Observatoire. Les rapports régionaux comportent, pour chaque territoire, "
             "des exemples de coopérations locales."),
           *footnotes([P("¹ Question posée aux maires : « Les partenariats entre acteurs sont-ils une "
             "source d’innovation pour votre territoire ? ».", small)], CW)]
    doc.build(st)
    return path


# ====================================================================== 04
def doc04():
    """Slide deck drawn directly on the canvas (landscape A4)."""
    path = os.path.join(HERE, "obs-s13-04-diaporama-elus-locaux-2024.pdf")
    pw, ph = landscape(A4)
    c = rl_canvas.Canvas(path, pagesize=(pw, ph), invariant=1)
    c.setTitle("Les maires face aux dynamiques territoriales — diaporama")
    c.setAuthor("Observatoire des partenariats (jeu de test s13)")
    c.setSubject("IMPACTS & TRAJECTOIRES – Élus locaux")
    c.setCreator("make_docs.py s13")
    navy = colors.HexColor("#203864")
    accent = colors.HexColor("#c55a11")

    def frame(slide_no):
        c.setFillColor(navy)
        c.rect(0, ph - 16 * mm, pw, 16 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVC-B", 10)
        c.drawString(15 * mm, ph - 10 * mm, "IMPACTS & TRAJECTOIRES · Élus locaux")
        c.setFont("DVC", 9)
        c.drawRightString(pw - 15 * mm, ph - 10 * mm, "Le RAMEAU · Observatoire des partenariats")
        c.setFillColor(colors.HexColor("#666666"))
        c.setFont("DVC", 8)
        c.drawString(15 * mm, 8 * mm, "Restitution — novembre 2024 — document de séance")
        if slide_no is not None:
            c.setFont("DVC-B", 10)
            c.drawRightString(pw - 15 * mm, 8 * mm, str(slide_no))
        c.setStrokeColor(accent)
        c.setLineWidth(1.2)
        c.line(15 * mm, 13 * mm, pw - 15 * mm, 13 * mm)

    def heading(text):
        c.setFillColor(navy)
        c.setFont("DV-B", 22)
        c.drawString(20 * mm, ph - 38 * mm, text)

    def lines(x, y, items, size=17, gap=13 * mm, font="DV"):
        for it in items:
            c.setFont(font, size)
            c.setFillColor(colors.black)
            c.drawString(x, y, it)
            y -= gap
        return y

    # slide 1 : cover (no printed number)
    frame(None)
    c.setFillColor(accent)
    c.rect(20 * mm, ph - 52 * mm, 42 * mm, 9 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DV-B", 11)
    c.drawString(23 * mm, ph - 49 * mm, "DIAPORAMA")
    c.setFillColor(navy)
    c.setFont("DV-B", 28)
    c.drawString(20 * mm, ph - 75 * mm, "Les maires face aux")
    c.drawString(20 * mm, ph - 88 * mm, "dynamiques territoriales")
    c.setFont("DV", 15)
    c.setFillColor(colors.black)
    c.drawString(20 * mm, ph - 105 * mm, "Enquête IMPACTS & TRAJECTOIRES – Élus locaux")
    c.setFont("DV-I", 12)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(20 * mm, ph - 118 * mm,
                 "Restitution de novembre 2024 · extrait : diapositives 8 à 11")
    c.showPage()

    # slide 2 : printed 8
    frame(8)
    heading("Qui a répondu ?")
    lines(25 * mm, ph - 60 * mm, [
        "▸ 302 maires",
        "▸ Interrogés par téléphone",
        "▸ Terrain : du 30 sept. au 28 oct. 2024",
        "▸ 84 % dirigent une commune de moins de 2 000 habitants",
    ])
    c.setFont("DV-I", 10)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(25 * mm, 30 * mm,
                 "Les petites communes sont majoritaires dans l’échantillon, comme dans le pays.")
    c.showPage()

    # slide 3 : printed 9
    frame(9)
    heading("Des territoires en mouvement")
    c.setFillColor(accent)
    c.setFont("DV-B", 60)
    c.drawString(25 * mm, ph - 85 * mm, "91 %")
    c.setFillColor(colors.black)
    c.setFont("DV", 16)
    c.drawString(25 * mm, ph - 100 * mm, "des maires voient leur territoire en mouvement")
    lines(150 * mm, ph - 70 * mm, [
        "dont 35 % : « fortement »",
        "dont 56 % : « ni plus ni moins »",
    ], size=15)
    c.showPage()

    # slide 4 : printed 10
    frame(10)
    heading("L’alliance : devoir, besoin, envie")
    cols = [("81 %", "des Français :", "un devoir d’alliance"),
            ("92 %", "des maires :", "un besoin d’alliance"),
            ("84 %", "des dirigeants d’entreprise :", "une envie d’alliance")]
    x = 22 * mm
    for big, l1, l2 in cols:
        c.setFillColor(colors.HexColor("#fbe5d6"))
        c.rect(x, ph - 130 * mm, 78 * mm, 75 * mm, stroke=0, fill=1)
        c.setFillColor(accent)
        c.setFont("DV-B", 36)
        c.drawString(x + 8 * mm, ph - 80 * mm, big)
        c.setFillColor(colors.black)
        c.setFont("DV", 12)
        c.drawString(x + 8 * mm, ph - 98 * mm, l1)
        c.setFont("DV-B", 12)
        c.drawString(x + 8 * mm, ph - 108 * mm, l2)
        x += 86 * mm
    c.setFont("DV-I", 9)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(22 * mm, 22 * mm,
                 "Chiffres rappelés lors de la reconnaissance du droit de l’alliance "
                 "d’intérêt général.")
    c.showPage()

    # slide 5 : printed 11
    frame(11)
    heading("Piloter l’engagement : le maillon faible")
    lines(25 * mm, ph - 60 * mm, [
        "▸ 76 % des maires : « mon territoire est engagé »",
        "▸ … mais 46 % ne savent pas comment le piloter",
        "▸ 64 % des élus locaux veulent miser sur le « jouer collectif »",
        "▸ 92 % des maires jugent la co-construction utile",
    ], size=16)
    c.setFont("DV-I", 10)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(25 * mm, 30 * mm,
                 "Repères issus d’enquêtes antérieures de l’Observatoire, rappelés pour "
                 "mise en perspective.")
    c.showPage()
    c.save()
    return path


# ====================================================================== 05
def doc05():
    path = os.path.join(HERE, "obs-s13-05-note-reperes-historiques.pdf")
    # cover page unnumbered, then printed 1, 2, 3 on PDF pages 2, 3, 4
    deco = decorations("NOTE DE SYNTHÈSE  ·  Repères historiques",
                       "Le RAMEAU / Observatoire des partenariats",
                       "Diffusion libre — citer « Note de synthèse, Observatoire des partenariats »",
                       lambda n: None if n == 1 else "– %d –" % (n - 1))
    doc = make_doc(path, "De l'ARPEA à IMPACT : quinze ans d'observation des alliances",
                   [tpl_one("one", deco), tpl_two("two", deco)])
    st = []
    # ---- page 1 (unnumbered)
    st += [label_box("NOTE", "#3f3f3f"),
           P("De l’ARPEA à IMPACT : quinze ans d’observation des alliances", title),
           P("Texte arrêté à l’automne 2020, après le bilan de la mission ministérielle",
             edition),
           P("Résumé", h2),
           P("Cette note retrace l’histoire d’un dispositif d’observation original, né de "
             "la rencontre entre un laboratoire associatif et une institution financière "
             "publique. Elle en rappelle les acteurs, les trois programmes successifs et "
             "les principaux résultats, puis la manière dont ces travaux ont nourri le "
             "débat public jusqu’en 2020."),
           P("Les acteurs", h2),
           P("À l’origine se trouve Le RAMEAU. L’association a été fondée en 2006 ; elle "
             "est reconnue d’intérêt général et se définit comme un « laboratoire de "
             "recherche empirique »."),
           P("Son président-fondateur est Charles-Benoît Heidsieck. La direction générale "
             "est assurée par Laurence Weber."),
           P("Depuis sa création, le laboratoire a mené des expérimentations auprès de plus "
             "de 500 organisations. Il a aussi recensé plus de 1 000 exemples inspirants "
             "d’alliances, qui alimentent ses travaux de modélisation."),
           PageBreak()]
    # ---- page 2 (printed 1)
    st += [P("1. L’Observatoire et ses programmes", h2),
           P("L’Observatoire des partenariats est né en 2008¹. Ses fondateurs sont la "
             "Caisse des Dépôts et Le RAMEAU, rejoints comme partenaires par le MEDEF et "
             "le Mouvement associatif."),
           P("Sa direction scientifique est confiée à Anne Robin. Fondatrice du cabinet "
             "COMISIS, elle exerce cette fonction à titre bénévole."),
           P("Trois plans quinquennaux se sont succédé. Le tableau en donne les bornes et "
             "un repère pour chacun."),
           Spacer(1, 4),
           data_table([
               ["Programme", "Période couverte", "Repère"],
               ["ARPEA", "2008-2012", "rapport quinquennal présenté le 11 décembre 2012"],
               ["PHARE", "2013-2018", "six volets publiés en 2015 et 2016"],
               ["IMPACT", "2018-2022", "lancé en novembre 2017"],
           ], [35 * mm, 40 * mm, 95 * mm], header_bg="#3f3f3f", zebra="#eeeeee"),
           Spacer(1, 8),
           P("Que recouvre le sigle ARPEA ?", h3),
           P("Le premier programme porte un nom long. ARPEA signifie « Analyse des "
             "Relations et des Partenariats entre Entreprises et Associations ». Il "
             "comptait dix volets."),
           P("Et IMPACT ?", h3),
           P("Le troisième programme a été conduit avec la Caisse des Dépôts, l’Institut "
             "CDC pour la Recherche, le Groupe La Poste et la Fondation TOTAL, aux côtés "
             "du RAMEAU. Il s’articule autour de trois axes : innovation sociétale et "
             "territoriale, performance des organisations, confiance."),
           *footnotes([P("¹ Certains documents anciens, notamment ceux publiés au début des années "
             "2010, datent la création de l’Observatoire de 2007.", small)], FW),
           NextPageTemplate("two"), PageBreak()]
    # ---- page 3 (printed 2) two columns
    st += [P("2. Ce que disaient les premières études", h2),
           P("Dès le premier programme, l’opinion publique s’est montrée favorable aux "
             "alliances. En 2008, 86 % des Français jugeaient urgent de développer des "
             "partenariats entre associations et entreprises. Quatre ans plus tard, ils "
             "étaient encore 84 % à le penser."),
           P("Côté entreprises, l’étude ARPEA Entreprises &amp; Territoires, publiée en "
             "janvier 2011, dessinait un paysage contrasté :"),
           data_table([
               ["Attitude des entreprises", "Part"],
               ["Développent déjà des partenariats", "21 %"],
               ["Souhaitent en développer", "33 %"],
               ["Ne le souhaitent pas", "46 %"],
           ], [CW * 0.7, CW * 0.3], header_bg="#3f3f3f", zebra="#eeeeee"),
           Spacer(1, 6),
           P("Un état des lieux demandé par l’État", h3),
           P("La ministre Valérie Fourneyron a ensuite sollicité un rapport d’état des "
             "lieux sur les partenariats entre associations et entreprises. Celui-ci a été "
             "publié début 2014."),
           FrameBreak(),
           P("Une mesure de la diffusion", h3),
           P("Une note publiée le 29 février 2016 a chiffré la diffusion des pratiques. "
             "Elle estimait à 37 % la part des entreprises d’au moins 10 salariés engagées "
             "dans un partenariat."),
           P("Les associations se situaient à un niveau voisin, avec 38 %. Ce taux montait "
             "à 53 % parmi celles qui emploient des salariés."),
           P("Une progression continue", h3),
           P("Ces mesures successives, prises avec des méthodes différentes, ne sont pas "
             "strictement comparables. Elles dessinent néanmoins une même trajectoire : "
             "l’alliance entre acteurs est passée en une dizaine d’années du statut "
             "d’exception à celui de pratique courante."),
           PageBreak()]
    # ---- page 4 (printed 3)
    st += [P("3. Vers un droit de l’alliance", h2),
           P("Lors du FNAF 2019, le secrétaire d’État Gabriel Attal a confié une mission "
             "sur les alliances à deux personnalités : la députée Cathy Racon-Bouzon et "
             "Charles-Benoît Heidsieck."),
           P("Leur rapport a été remis le 7 mai 2020. Un bilan de la mission a été dressé "
             "le 17 octobre 2020."),
           P("Dans le prolongement de ces travaux, une proposition de loi sur le « droit "
             "de l’alliance d’intérêt général » a été portée par Cathy Racon-Bouzon. "
             "Déposée au mois de février, elle a été agréée par le Bureau de l’Assemblée "
             "nationale et publiée au Journal officiel."),
           FrameBreak(),
           P("Une feuille de route", h3),
           P("Le ministère a de son côté arrêté une feuille de route. Elle compte 21 "
             "mesures destinées à faciliter les coopérations entre acteurs."),
           P("Ce que l’on retiendra", h3),
           P("En une douzaine d’années, l’observation des partenariats est passée du "
             "recensement de pratiques à la reconnaissance d’un droit. Le chemin n’est pas "
             "achevé : les outils de pilotage restent à consolider dans les territoires."),
           ]
    doc.build(st)
    return path


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05):
        print(f())
