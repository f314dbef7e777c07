# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 s32 demo publications (reportlab).

Run: /work/main/.venv/bin/python make_docs.py   (writes the PDFs next to this file)
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
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, FrameBreak,
                                KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONTDIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", FONTDIR + "DejaVuSans-BoldOblique.ttf"))
from reportlab.lib.fonts import addMapping

addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DV-B")
addMapping("DV", 0, 1, "DV-I")
addMapping("DV", 1, 1, "DV-BI")

PREFIX = "s32"


def st(name, size=9.5, lead=None, font="DV", color=colors.black, align=TA_LEFT,
       before=0, after=4, left=0, first=0, back=None):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3,
                          textColor=color, alignment=align, spaceBefore=before,
                          spaceAfter=after, leftIndent=left, firstLineIndent=first,
                          backColor=back)


LABEL = st("label", 8.5, font="DV-B", color=colors.HexColor("#9c2a00"), after=2)
TITLE = st("title", 17, 21, font="DV-B", color=colors.HexColor("#1d3557"), after=4)
EDITION = st("edition", 8.5, font="DV-I", color=colors.HexColor("#555555"), after=10)
H2 = st("h2", 11.5, font="DV-B", color=colors.HexColor("#1d3557"), before=6, after=4)
H3 = st("h3", 10, font="DV-B", color=colors.HexColor("#333333"), before=4, after=2)
BODY = st("body", 9.5, 13)
SMALL = st("small", 7.5, 9.5, color=colors.HexColor("#333333"), after=2)
CELL = st("cell", 8.5, 10.5, after=0)
CELLB = st("cellb", 8.5, 10.5, font="DV-B", after=0)
BULLET = st("bullet", 9.5, 13, left=12, first=-8, after=2)
Q = st("q", 9.8, 13, font="DV-B", color=colors.HexColor("#0b5563"), before=6, after=2)


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items, style=BULLET):
    return [Paragraph("• " + it, style) for it in items]


def footnotes(notes):
    out = [Spacer(1, 4), Table([[""]], colWidths=[60 * mm], rowHeights=[1],
                                style=[("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.grey)])]
    for n in notes:
        out.append(Paragraph(n, SMALL))
    return out


def grid(rows, widths, header=True, zebra=True, head_bg="#1d3557", font_cells=True):
    data = []
    for i, r in enumerate(rows):
        style = CELLB if (header and i == 0) else CELL
        data.append([Paragraph(c, style) if font_cells else c for c in r])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if header:
        cmds += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_bg))]
        data[0] = [Paragraph(c.text if hasattr(c, "text") else c,
                             st("hd", 8.5, 10.5, font="DV-B", color=colors.white, after=0))
                   for c in rows[0]]
        t = Table(data, colWidths=widths, repeatRows=1)
    if zebra:
        for i in range(1 if header else 0, len(rows)):
            if i % 2 == 0:
                cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#eef2f7")))
    t.setStyle(TableStyle(cmds))
    return t


def keybox(figures, width, bg="#fdf0e6", fg="#9c2a00"):
    """A row of key-figure boxes: list of (big, caption)."""
    n = len(figures)
    big = st("big", 20, 23, font="DV-B", color=colors.HexColor(fg), align=TA_CENTER, after=1)
    cap = st("cap", 8, 10, align=TA_CENTER, after=0)
    cells = [[Paragraph(b, big), Paragraph(c, cap)] for b, c in figures]
    t = Table([cells], colWidths=[width / n] * n)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(fg)),
        ("INNERGRID", (0, 0), (-1, -1), 0.8, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def sidebox(title, flow, width, bg="#e8f1ee", edge="#2a7f62"):
    inner = [Paragraph(title, st("sbt", 9.5, font="DV-B", color=colors.HexColor(edge), after=3))]
    inner += flow
    t = Table([[inner]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                           ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor(edge)),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 6),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def build(fname, story, pagesize, frames_by_tpl, decorate, meta_title):
    path = os.path.join(HERE, fname)
    doc = BaseDocTemplate(path, pagesize=pagesize, title=meta_title,
                          author="Observatoire des partenariats (corpus de démonstration)",
                          subject="Publication de démonstration", creator="make_docs.py",
                          producer="reportlab", leftMargin=18 * mm, rightMargin=18 * mm,
                          topMargin=22 * mm, bottomMargin=20 * mm)
    tpls = [PageTemplate(id=k, frames=v, onPage=decorate) for k, v in frames_by_tpl]
    doc.addPageTemplates(tpls)
    doc.build(story)
    return path


# ---------------------------------------------------------------- geometry
PW, PH = A4
LM, RM, TM, BM = 18 * mm, 18 * mm, 24 * mm, 20 * mm
CW = PW - LM - RM


def one_col():
    return [Frame(LM, BM, CW, PH - TM - BM, id="main", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)]


def two_col(gap=8 * mm, top_band=0):
    w = (CW - gap) / 2
    h = PH - TM - BM - top_band
    return [Frame(LM, BM, w, h, id="left", leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0),
            Frame(LM + w + gap, BM, w, h, id="right", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)]


def head_and_two_col(head_h, gap=8 * mm):
    w = (CW - gap) / 2
    top = PH - TM
    fr = [Frame(LM, top - head_h, CW, head_h, id="head", leftPadding=0, rightPadding=0,
                topPadding=0, bottomPadding=0)]
    h = top - head_h - BM - 3 * mm
    fr += [Frame(LM, BM, w, h, id="l", leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0),
           Frame(LM + w + gap, BM, w, h, id="r", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)]
    return fr


# =================================================================== DOC 1
def doc1():
    fname = "obs-%s-01-chronologie-jalons.pdf" % PREFIX

    def deco(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#1d3557"))
        c.rect(0, PH - 14 * mm, PW, 14 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 8.5)
        c.drawString(LM, PH - 9 * mm, "OBSERVATOIRE DES PARTENARIATS")
        c.setFont("DV", 8.5)
        c.drawRightString(PW - RM, PH - 9 * mm, "Dossier documentaire n° 4 · Repères historiques")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DV-I", 7.5)
        c.drawString(LM, 10 * mm, "Reproduction autorisée avec mention de la source.")
        c.setFont("DV-B", 9)
        c.drawRightString(PW - RM, 10 * mm, "— %d —" % (d.page + 30))
        c.restoreState()

    s = []
    s += [P("CHRONOLOGIE", LABEL),
          P("Quinze ans d’alliances observées : les jalons du RAMEAU et de l’Observatoire "
            "des partenariats", TITLE),
          P("Dossier documentaire — version revue et complétée à l’automne 2022", EDITION)]
    s.append(P("Les partenariats entre associations, entreprises et collectivités ne se sont pas "
               "imposés du jour au lendemain. Les pages qui suivent retracent la façon dont une "
               "petite structure associative a monté, pas à pas, un dispositif d’observation puis "
               "un programme de recherche au long cours. Lorsque deux publications ne donnent pas "
               "la même date, l’écart est signalé en note plutôt que tranché."))
    s.append(P("1. Les origines", H2))
    s.append(P("Tout commence en 2006. Cette année-là naît Le RAMEAU, une association d’intérêt "
               "général qui se présente tantôt comme un « laboratoire de recherche empirique », "
               "tantôt comme un « laboratoire d’innovations partenariales ». Elle s’assigne trois "
               "missions, dont la première consiste à témoigner de ce qui se construit sur le "
               "terrain."))
    s.append(P("Deux ans plus tard, l’association se rapproche de la Caisse des Dépôts pour "
               "disposer d’un outil d’observation commun. C’est ainsi que l’Observatoire des "
               "partenariats est lancé en 2008<super>1</super>, avec le MEDEF et le Mouvement "
               "associatif comme partenaires."))
    s.append(Spacer(1, 4))
    s.append(sidebox("Qui pilote ?", [
        P("Le président-fondateur du RAMEAU est Charles-Benoît Heidsieck. La direction générale "
          "est confiée à Laurence Weber.", CELL),
        Spacer(1, 3),
        P("Côté Observatoire, la direction scientifique est tenue bénévolement par Anne Robin. "
          "Celle-ci est par ailleurs la fondatrice du cabinet d’études COMISIS.", CELL)], CW))
    s.append(Spacer(1, 8))
    s.append(keybox([("500+", "organisations associées à des expérimentations depuis 2006"),
                     ("1 000+", "exemples inspirants recensés"),
                     ("15 ans", "de recherche, dont 5 ans d’étude d’impact")], CW))
    s.append(Spacer(1, 10))
    s += footnotes([
        "1. Des documents plus anciens, publiés en 2011 et 2012, parlent d’un « Observatoire "
        "national des partenariats associations / entreprises » créé en 2007. Une autre "
        "présentation attribue la création au seul RAMEAU, « en partenariat avec la Caisse des "
        "Dépôts ». Nous retenons 2008, date reprise par les publications récentes."])
    s.append(PageBreak())

    # page 2
    s.append(P("2. Trois plans quinquennaux", H2))
    s.append(P("L’activité de recherche s’est organisée en cycles de cinq ans. Le tableau "
               "ci-dessous les résume ; chaque ligne se lit de gauche à droite."))
    s.append(grid([
        ["Cycle", "Période", "Ce qu’il faut retenir"],
        ["ARPEA", "2008-2012", "Dix volets d’études. Le rapport quinquennal qui clôt le cycle est "
                                "remis le 11 décembre 2012."],
        ["PHARE", "2013-2018<super>2</super>", "Six volets publiés entre septembre 2015 et "
                                                "l’automne 2016 (détail page suivante)."],
        ["IMPACT", "2018-2022", "Annoncé en novembre 2017 ; trois axes d’analyse."],
    ], [25 * mm, 28 * mm, CW - 53 * mm]))
    s.append(Spacer(1, 8))
    s.append(P("Un sigle, trois lectures", H3))
    s.append(P("Le sigle ARPEA n’a jamais été développé deux fois de la même façon. Dans le "
               "rapport quinquennal, il signifie « Analyse des Relations et des Partenariats entre "
               "Entreprises et Associations ». Le site de l’association préfère « Analyser les "
               "Relations Partenariales entre Entreprises et Associations », tandis qu’un "
               "document de présentation du programme d’études s’en tient à « Analyse des "
               "Relations Associations-Entreprises »."))
    s.append(P("Un jalon politique", H3))
    s.append(P("Entre le premier et le deuxième cycle, la question des partenariats remonte "
               "jusqu’au gouvernement. Valérie Fourneyron, alors ministre, demande un état des "
               "lieux des relations entre associations et entreprises. Ce rapport paraît au début "
               "de l’année 2014."))
    s.append(Spacer(1, 6))
    s += footnotes(["2. Le site de l’Observatoire et une présentation du programme d’études "
                    "indiquent 2013-2017."])
    s.append(PageBreak())

    # page 3
    s.append(P("3. PHARE, volet par volet", H2))
    s.append(P("Le deuxième programme s’est déployé en six publications. Les voici, dans l’ordre "
               "de leur parution :"))
    s += bullets(["PHARE-Citoyens, en septembre 2015 ;",
                  "PHARE-Entreprises, le mois suivant (octobre 2015) ;",
                  "PHARE-Associations, en novembre 2015 ;",
                  "une série de 13 rapports régionaux, échelonnés sur l’année 2016 ;",
                  "les diagnostics sectoriels, en juillet 2016 ;",
                  "enfin PHARE-Institutions, à l’automne 2016."])
    s.append(P("4. IMPACT, le troisième cycle", H2))
    s.append(P("Le dernier plan quinquennal couvre les années 2018 à 2022. Il associe cinq "
               "partenaires : la Caisse des Dépôts, l’Institut CDC pour la Recherche, le Groupe "
               "La Poste, la Fondation TOTAL et Le RAMEAU lui-même."))
    s.append(P("Ses travaux sont rangés sous trois axes. Le premier concerne l’innovation "
               "sociétale et territoriale. Le deuxième s’intéresse à la performance des "
               "organisations. Le troisième, enfin, porte sur la confiance."))
    s.append(Spacer(1, 6))
    s.append(sidebox("À retenir", [P("De 2006 à 2022, trois cycles de recherche se sont "
                                     "succédé sans interruption. Chacun a repris les questions "
                                     "laissées ouvertes par le précédent.", CELL)], CW,
                     bg="#f3eefa", edge="#5b3f8c"))
    build(fname, s, A4, [("one", one_col())], deco,
          "Chronologie : les jalons du RAMEAU et de l'Observatoire des partenariats")
    return fname


# =================================================================== DOC 2
def doc2():
    fname = "obs-%s-02-faire-alliance-questions.pdf" % PREFIX

    def deco(c, d):
        c.saveState()
        c.setStrokeColor(colors.HexColor("#0b5563"))
        c.setLineWidth(1.2)
        c.line(LM, PH - 15 * mm, PW - RM, PH - 15 * mm)
        c.setFont("DV-B", 8)
        c.setFillColor(colors.HexColor("#0b5563"))
        c.drawString(LM, PH - 13 * mm, "FAIRE ALLIANCE EN TERRITOIRE · FOIRE AUX QUESTIONS")
        c.setFont("DV", 8)
        c.drawRightString(PW - RM, PH - 13 * mm, "Observatoire des partenariats")
        c.line(LM, 14 * mm, PW - RM, 14 * mm)
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(LM, 10 * mm, "Document d’information — diffusion libre")
        c.drawRightString(PW - RM, 10 * mm, "page %d sur 3" % d.page)
        c.restoreState()

    s = []
    s += [P("QUESTIONS-RÉPONSES", LABEL),
          P("Faire alliance sur son territoire : ce que l’on nous demande le plus souvent",
            TITLE),
          P("Foire aux questions tenue à jour par l’équipe Territoires — mise à jour de mars 2023",
            EDITION)]
    s.append(FrameBreak())
    s.append(P("D’où vient la démarche « Agir ensemble en Territoire » ?", Q))
    s.append(P("Elle remonte à 2010. Son point de départ est une enquête : l’étude "
               "ARPEA-Collectivités locales, réalisée par Comisis et OpinionWay. Pour passer de "
               "l’enquête à la pratique, trois territoires ont servi de terrain d’essai :"))
    s += bullets(["l’Alsace, avec Alsace Active ;",
                  "le Poitou-Charentes, avec le Groupe La Poste ;",
                  "Paris-Est Marne & Bois."])
    s.append(P("Qu’est-ce que le parcours d’expérience mené avec le CGET ?", Q))
    s.append(P("Le Commissariat général à l’égalité des territoires (CGET) et Le RAMEAU ont "
               "conçu ensemble un parcours pour les territoires qui veulent expérimenter la "
               "co-construction. Ce parcours réunit 11 territoires pionniers<super>a</super>. Il "
               "s’étale sur 18 mois ; sa première session s’est tenue un 3 mai."))
    s.append(P("Qu’appelle-t-on la « Charte du faire alliance » ?", Q))
    s.append(P("C’est une sorte de « contrat de confiance » entre les acteurs d’un même "
               "territoire. Son texte est le fruit de trois mois de co-construction, pilotés par "
               "la Fondation des Territoires."))
    s.append(P("Quand et où a-t-elle été présentée ?", Q))
    s.append(P("Lors du Giving Tuesday, le 30 novembre 2021<super>b</super>. La présentation a "
               "eu lieu à Saint-Maurice, sur le territoire de Paris-Est Marne & Bois, pendant une "
               "soirée VitaWin."))
    s.append(Spacer(1, 6))
    s += footnotes([
        "a. Une autre présentation de la même expérimentation évoque « le CGET et 10 "
        "territoires pilotes ».",
        "b. Le site associations.gouv.fr mentionne un « mardi 30 septembre » ; les autres comptes "
        "rendus retiennent le 30 novembre 2021."])
    s.append(NextPageTemplate("cols"))
    s.append(PageBreak())

    # page 2
    s.append(P("Comment la Fondation des Territoires a-t-elle vu le jour ?", Q))
    s.append(P("Par étapes. La préfiguration démarre en juillet 2018. Elle se déroule en trois "
               "temps :"))
    s += bullets(["de juillet 2018 à juillet 2019 ;",
                  "d’août 2019 à novembre 2020 ;",
                  "de décembre 2020 à mai 2022."])
    s.append(P("La fondation est officiellement créée le 14 juin 2022. Elle est abritée par la "
               "Fondation de Lille, sous l’égide de laquelle elle a été constituée."))
    s.append(P("Qui sont ses fondateurs ?", Q))
    s.append(P("Elle n’a pas un fondateur mais 21 co-fondateurs. Ensemble, ils lui ont fixé "
               "trois missions."))
    s.append(P("À quoi sert le Fonds ODD 17 ?", Q))
    s.append(P("Ce fonds a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. Sa "
               "dotation s’élève à 1,5 million d’euros. Elle finance une expérimentation d’une "
               "durée de trois ans, qui s’appuie sur 350 « catalyseurs territoriaux »."))
    s.append(FrameBreak())
    s.append(P("Que signifie l’acronyme M.E.D.O.C. ?", Q))
    s.append(P("Il désigne cinq familles de ressources : Méthodes, Exemples, Données, Outils, "
               "Compétences. On les trouve réunies sur la plateforme www.odd17.org."))
    s.append(P("Combien de cibles l’ODD 17 comporte-t-il ?", Q))
    s.append(P("L’objectif de développement durable n° 17, celui des partenariats, se décline "
               "en 19 cibles. Le Comité 21 leur a consacré une note, « ODD 17 : Sens, "
               "décryptages, déclinaisons », diffusée un 5 juillet."))
    s.append(P("Existe-t-il des rapports par région ?", Q))
    s.append(P("Oui. Le 11e rapport régional de l’Observatoire est consacré à la Normandie. Il a "
               "été publié le 26 novembre."))
    s.append(P("Ce même mois de novembre a été chargé. Les rendez-vous se sont enchaînés :"))
    s += bullets(["le 15, un dossier dans JURIS Associations (n° 628) ;",
                  "le 23, le 3e dîner « Elus & Entreprises » ;",
                  "le 26, jour de la parution, le 5e webinaire « l’ODD 17 en pratique »."])
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())

    # page 3
    s.append(P("Je suis élu local : par où commencer ?", Q))
    s.append(P("Le plus simple est de partir de ce qui existe déjà. Les méthodes, les exemples et "
               "les outils cités plus haut sont en accès libre. Ils ont été conçus pour être "
               "repris tels quels ou adaptés. Ils ne supposent aucune adhésion préalable."))
    s.append(P("Et si je représente une entreprise ou une association ?", Q))
    s.append(P("La démarche est la même. La charte a justement été écrite pour être signée par "
               "des organisations de nature différente ; elle décrit la manière de travailler "
               "ensemble plutôt qu’un engagement financier."))
    s.append(Spacer(1, 10))
    s.append(sidebox("En résumé", bullets([
        "Une démarche territoriale née en 2010 ;",
        "un parcours d’expérimentation avec le CGET ;",
        "une charte et une fondation dédiée ;",
        "un fonds et une plateforme de ressources autour de l’ODD 17."], CELL), CW))
    two = two_col()
    build(fname, s, A4, [("first", head_and_two_col(32 * mm)), ("cols", two),
                         ("one", one_col())], deco,
          "FAQ : faire alliance sur son territoire")
    return fname


# =================================================================== DOC 3
def doc3():
    fname = "obs-%s-03-chiffres-associations.pdf" % PREFIX

    def deco(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#9c2a00"))
        c.rect(0, 0, 8 * mm, PH, stroke=0, fill=1)
        c.setFont("DV-B", 8)
        c.setFillColor(colors.HexColor("#9c2a00"))
        c.drawString(LM, PH - 12 * mm, "FICHES CHIFFRES DE L’OBSERVATOIRE · n° 3")
        c.setFont("DV", 8)
        c.drawRightString(PW - RM, PH - 12 * mm, "Associations & partenariats")
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont("DV", 7.5)
        c.drawString(LM, 10 * mm, "Sources : études de l’Observatoire des partenariats et de "
                                  "ses partenaires.")
        c.setFont("DV-B", 10)
        c.drawRightString(PW - RM, 10 * mm, "%d" % (d.page + 6))
        c.restoreState()

    s = []
    s += [P("FICHE CHIFFRES", LABEL),
          P("Associations et partenariats : les repères chiffrés", TITLE),
          P("Fiche actualisée en 2023 — elle remplace la fiche de même titre diffusée "
            "précédemment", EDITION)]
    s.append(P("A. L’étude IMPACT – Associations & Territoires", H2))
    s.append(P("L’étude porte sur les associations qui emploient au moins un salarié. Elles sont "
               "148 000 en France. Presque toutes travaillent déjà avec d’autres : la proportion "
               "atteint 98 %."))
    s.append(keybox([("148 000", "associations employeuses dans le champ de l’étude"),
                     ("98 %", "ont au moins un partenariat"),
                     ("73 % / 47 %", "partenariats noués à l’échelle locale / régionale")], CW))
    s.append(Spacer(1, 8))
    s.append(P("Avec qui les associations employeuses font-elles alliance ? Le tableau se lit "
               "ligne par ligne : type de partenaire, puis part des associations concernées."))
    s.append(grid([
        ["Type de partenaire", "Part des associations"],
        ["Collectivités territoriales", "89 %"],
        ["Structures d’intérêt général", "73 %"],
        ["Établissements scolaires", "70 %"],
        ["Collectifs d’associations", "56 %"],
        ["Acteurs publics nationaux", "52 %"],
        ["Fédérations professionnelles", "37 %"],
        ["Acteurs académiques", "35 %"],
    ], [CW * 0.62, CW * 0.38]))
    s.append(Spacer(1, 6))
    s.append(P("Pour quoi faire ? Quatre formes dominent. Le mécénat vient en tête (75 %). "
               "Suivent l’innovation sociétale (73 %) et les pratiques responsables (70 %), puis "
               "la coopération économique, citée par 58 % des répondants."))
    s.append(PageBreak())

    # page 2
    s.append(P("B. L’enquête « Associations & Partenariats » (mars 2017)", H2))
    s.append(P("Publiée en mars 2017, cette enquête a été conduite par Recherches & Solidarités "
               "avec Le RAMEAU. Le questionnaire a circulé en mai et juin 2016. Plus de 1 380 "
               "responsables associatifs y ont répondu."))
    s.append(P("Une association a en moyenne 2,5 partenaires. Le détail par famille figure "
               "ci-dessous."))
    s.append(grid([
        ["Famille de partenaires", "Part des associations", "Rang"],
        ["Collectivités", "74 %", "1"],
        ["Associations ou fondations", "72 %", "2"],
        ["Enseignement", "47 %", "3"],
        ["Entreprises", "28 %", "4"],
        ["Structures d’insertion", "22 %", "5"],
        ["Recherche", "9 %", "6"],
    ], [CW * 0.5, CW * 0.3, CW * 0.2], head_bg="#9c2a00"))
    s.append(Spacer(1, 8))
    s.append(P("Le lien avec les entreprises dépend fortement de la taille. Regardons les "
               "associations dont le budget dépasse 150 000 €. La moitié d’entre elles, soit "
               "50 %, ont un partenaire entreprise. Sous la barre des 10 000 € de budget, elles "
               "ne sont que 20 %."))
    s.append(Spacer(1, 6))
    s.append(sidebox("Attention aux comparaisons", [P(
        "Les deux études ne portent ni sur le même champ (toutes associations d’un côté, "
        "associations employeuses de l’autre), ni sur les mêmes catégories de partenaires. Leurs "
        "pourcentages ne doivent pas être mis bout à bout.", CELL)], CW))
    s.append(PageBreak())

    # page 3
    s.append(P("C. Les repères plus anciens", H2))
    s.append(P("Une note datée du 29 février 2016, consacrée aux modèles de co-construction, "
               "donnait déjà quelques ordres de grandeur. Elle chiffrait à 37 % les entreprises "
               "d’au moins 10 salariés concernées par ces démarches. Du côté des associations, "
               "la part était de 38 %, et de 53 % parmi celles qui emploient des salariés. Chez "
               "les pionniers, elle montait à 65 %."))
    s.append(P("Quelques années plus tôt, le programme ARPEA estimait que près de 46 % des "
               "associations étaient engagées avec une entreprise."))
    s.append(P("D. Et les fondations ?", H2))
    s.append(P("L’étude IMPACT – Fondations & Territoires est parue un 23 septembre. Elle "
               "repose sur l’interrogation de 42 fondations. Elle est complétée par une fiche "
               "acteur, « Dynamique d’engagement des Fondations »."))
    s.append(Spacer(1, 6))
    s.append(grid([
        ["Publication", "Date", "Population interrogée"],
        ["Note sur les modèles de co-construction", "29 février 2016", "entreprises et associations"],
        ["Associations & Partenariats", "mars 2017", "responsables associatifs"],
        ["IMPACT – Fondations & Territoires", "23 septembre", "fondations"],
    ], [CW * 0.45, CW * 0.22, CW * 0.33], head_bg="#555555"))
    build(fname, s, A4, [("one", one_col())], deco,
          "Fiche chiffres : associations et partenariats")
    return fname


# =================================================================== DOC 4
def doc4():
    fname = "obs-%s-04-panorama-regards-croises.pdf" % PREFIX

    def deco(c, d):
        c.saveState()
        c.setFont("DV-B", 8)
        c.setFillColor(colors.HexColor("#2a7f62"))
        c.drawString(LM, PH - 12 * mm, "PANORAMA · REGARDS CROISÉS SUR LES ALLIANCES")
        c.setFont("DV-I", 8)
        c.drawRightString(PW - RM, PH - 12 * mm, "Cahier n° 12")
        c.setStrokeColor(colors.HexColor("#2a7f62"))
        c.line(LM, PH - 14 * mm, PW - RM, PH - 14 * mm)
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont("DV", 7.5)
        num = d.page + 111
        if num % 2 == 0:
            c.drawString(LM, 10 * mm, "%d   |   Observatoire des partenariats" % num)
        else:
            c.drawRightString(PW - RM, 10 * mm, "Panorama sectoriel   |   %d" % num)
        c.restoreState()

    half = (CW - 8 * mm) / 2
    s = []
    s += [P("PANORAMA SECTORIEL", LABEL),
          P("Citoyens, maires, dirigeants : quinze ans de regards croisés sur les alliances",
            TITLE),
          P("Cahier n° 12, paru en décembre 2024", EDITION)]
    s.append(P("Depuis 2008, l’Observatoire interroge régulièrement les Français, les "
               "entreprises et les élus. Ce panorama rassemble les résultats marquants de ces "
               "enquêtes, dans l’ordre où elles ont été menées. Les pourcentages ne sont "
               "comparables qu’à l’intérieur d’une même enquête."))
    s.append(Spacer(1, 4))
    s.append(sidebox("Les enquêtes mobilisées", bullets([
        "ARPEA (2008 et 2012) et ARPEA Entreprises & Territoires (janvier 2011) ;",
        "PHARE-Citoyens (septembre 2015) et PHARE-Institutions (2016) ;",
        "IMPACT-Elus locaux (novembre 2020) ;",
        "IMPACTS & TRAJECTOIRES – Elus locaux (novembre 2024)."], CELL), CW))
    s.append(P("1. Une urgence déjà ressentie", H2))
    s.append(P("Dès la première enquête ARPEA, une large majorité de Français jugeait urgent de "
               "créer des partenariats entre acteurs. C’était le cas de 86 % d’entre eux en 2008."))
    s.append(P("La mesure a été refaite quatre ans plus tard. En 2012, la proportion restait à "
               "84 %, soit un recul de deux points seulement."))
    s.append(P("2. Les entreprises, entre pratique et intention", H2))
    s.append(P("L’étude ARPEA Entreprises & Territoires, parue en janvier 2011, distinguait trois "
               "attitudes. Le tableau se lit colonne par colonne."))
    s.append(grid([
        ["Développent des partenariats", "Souhaitent en développer", "Ne le souhaitent pas"],
        ["21 %", "33 %", "46 %"]], [CW / 3] * 3, zebra=False, head_bg="#2a7f62"))
    s.append(NextPageTemplate("cols"))
    s.append(PageBreak())

    # page 2 (two columns)
    s.append(P("3. Les citoyens face aux enjeux", H2))
    s.append(P("PHARE-Citoyens a été publié en septembre 2015. Plus de 2 000 personnes ont été "
               "interrogées. Parmi elles, 69 % estiment qu’il existe un « devoir d’alliance » "
               "entre les acteurs."))
    s.append(P("Les répondants devaient aussi noter, sur 10, l’importance de plusieurs enjeux "
               "pour leur territoire. Voici leurs notes moyennes :"))
    s.append(grid([
        ["Enjeu", "Note /10"],
        ["Emploi", "7,1"],
        ["Pouvoir d’achat", "6,6"],
        ["Sécurité", "6,6<super>*</super>"],
        ["Développement économique", "6,5"],
        ["Environnement", "6,3"],
        ["Exclusion", "6,3"],
    ], [half * 0.66, half * 0.34], head_bg="#2a7f62"))
    s.append(P("* Un compte rendu de presse paru à l’époque attribue à la sécurité la note de "
               "7/10.", SMALL))
    s.append(FrameBreak())
    s.append(P("Sur quels sujets les partenariats ont-ils, selon eux, l’impact le plus fort ? "
               "L’emploi arrive en tête. Il est cité par 49 % des personnes interrogées."))
    s.append(P("Viennent ensuite le développement économique (46 %) et l’environnement "
               "(42 %). La précarité et l’éducation ferment la marche, avec 36 % chacune."))
    s.append(Spacer(1, 6))
    s.append(sidebox("Lecture", [P("Les enjeux les mieux notés ne sont pas forcément ceux sur "
                                   "lesquels les partenariats sont jugés les plus efficaces ; "
                                   "l’emploi fait exception, en tête des deux classements.",
                                   CELL)], half, bg="#fdf0e6", edge="#9c2a00"))
    s.append(NextPageTemplate("cols"))
    s.append(PageBreak())

    # page 3 (two columns)
    s.append(P("4. Les maires", H2))
    s.append(P("PHARE-Institutions a été publié le 29 novembre 2016. L’étude ne se contente pas "
               "d’une moyenne : elle distingue 5 profils de maires selon leur rapport à la "
               "co-construction."))
    s.append(P("Quatre ans plus tard, l’étude IMPACT-Elus locaux, menée par Comisis-OpinionWay "
               "et parue en novembre 2020, a nourri une fiche-repère intitulée « Les dynamiques "
               "d’engagement des Collectivités territoriales »."))
    s.append(P("Le « jouer collectif » séduit : 64 % des élus locaux disent vouloir s’appuyer "
               "sur lui."))
    s.append(FrameBreak())
    s.append(P("5. Le dernier baromètre des élus", H2))
    s.append(P("La vague IMPACTS & TRAJECTOIRES – Elus locaux date de novembre 2024. Les "
               "interviews se sont déroulées par téléphone, du 30 septembre au 28 octobre 2024. "
               "302 maires y ont répondu."))
    s.append(P("L’échantillon est surtout rural : 84 % des répondants dirigent une commune de "
               "moins de 2 000 habitants."))
    s.append(grid([
        ["Votre territoire est-il en mouvement ?", "Part"],
        ["Oui, fortement", "35 %"],
        ["Oui, ni plus ni moins qu’avant", "56 %"],
        ["Total « en mouvement »", "91 %"],
    ], [half * 0.72, half * 0.28], head_bg="#2a7f62"))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())

    # page 4
    s.append(P("6. Ce qu’il faut retenir", H2))
    s.append(P("Quinze ans d’enquêtes dessinent une attente stable envers les alliances. Les "
               "chiffres changent d’une étude à l’autre, parce que les questions, les publics et "
               "les méthodes changent aussi. Ils convergent pourtant sur un point : les acteurs "
               "locaux se disent prêts, mais demandent des méthodes."))
    s.append(Spacer(1, 6))
    s.append(grid([
        ["Enquête", "Public", "Date de terrain ou de parution"],
        ["ARPEA", "Français", "2008 ; 2012"],
        ["ARPEA Entreprises & Territoires", "Entreprises", "janvier 2011"],
        ["PHARE-Citoyens", "Français", "septembre 2015"],
        ["PHARE-Institutions", "Maires", "29 novembre 2016"],
        ["IMPACT-Elus locaux", "Élus", "novembre 2020"],
        ["IMPACTS & TRAJECTOIRES – Elus locaux", "Maires", "novembre 2024"],
    ], [CW * 0.45, CW * 0.2, CW * 0.35], head_bg="#555555"))
    build(fname, s, A4, [("one", one_col()), ("cols", two_col())], deco,
          "Panorama : regards croisés sur les alliances")
    return fname


# =================================================================== DOC 5
def doc5():
    fname = "obs-%s-05-diaporama-droit-alliance.pdf" % PREFIX
    LW, LH = landscape(A4)
    SL = 22 * mm

    def deco(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#5b3f8c"))
        c.rect(0, LH - 12 * mm, LW, 12 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 9)
        c.drawString(SL, LH - 8 * mm, "LE RAMEAU · Observatoire des partenariats")
        c.setFont("DV", 9)
        c.drawRightString(LW - SL, LH - 8 * mm, "Bilan de programme")
        c.setFillColor(colors.HexColor("#5b3f8c"))
        c.setFont("DV", 8)
        c.drawString(SL, 9 * mm, "Support projeté en réunion de réseau — version remise aux "
                                 "participants")
        if d.page > 1:
            c.setFont("DV-B", 9)
            c.drawRightString(LW - SL, 9 * mm, "Diapositive %d / 4" % (d.page - 1))
        c.restoreState()

    fr = [Frame(SL, 18 * mm, LW - 2 * SL, LH - 40 * mm, id="slide", leftPadding=0,
                rightPadding=0, topPadding=0, bottomPadding=0)]
    STT = st("stt", 22, 27, font="DV-B", color=colors.HexColor("#5b3f8c"), after=12)
    LINE = st("line", 15, 21, after=6, left=16, first=-12)
    BIGT = st("bigt", 26, 32, font="DV-B", color=colors.HexColor("#1d3557"), after=10)

    def line(t):
        return Paragraph("▸ " + t, LINE)

    s = []
    s.append(Spacer(1, 20 * mm))
    s.append(P("DIAPORAMA", st("lab5", 11, font="DV-B", color=colors.HexColor("#9c2a00"))))
    s.append(P("De la mission ministérielle au droit d’alliance", BIGT))
    s.append(P("Bilan d’étape d’un chantier engagé en 2019", st("sub", 15, 20,
                                                                color=colors.HexColor("#555555"))))
    s.append(Spacer(1, 8))
    s.append(P("Présentation diffusée après la séance, sans les commentaires oraux",
               st("ed5", 10, font="DV-I", color=colors.HexColor("#555555"))))
    s.append(PageBreak())

    s.append(P("La mission, en quatre temps", STT))
    s.append(line("2019, au FNAF : Gabriel Attal confie une mission ministérielle"))
    s.append(line("Elle est menée par un binôme : Cathy Racon-Bouzon et Charles-Benoît Heidsieck"))
    s.append(line("7 mai 2020 : le rapport est remis"))
    s.append(line("17 octobre 2020 : un premier bilan est présenté"))
    s.append(PageBreak())

    s.append(P("Une attente forte, chez tous les acteurs", STT))
    s.append(line("Français : 81 % ressentent un « devoir d’alliance »"))
    s.append(line("Maires : 92 % expriment un « besoin d’alliance »"))
    s.append(line("Dirigeants d’entreprise : 84 % ont « envie d’alliance »"))
    s.append(Spacer(1, 6))
    s.append(P("Sortir de crise en jouant collectif", st("stt2", 16, 20, font="DV-B",
                                                         color=colors.HexColor("#5b3f8c"),
                                                         after=8)))
    s.append(line("Co-construire aide à la résilience après la Covid : c’est l’avis de 81 % des "
                  "Français"))
    s.append(line("… et de 84 % des dirigeants de TPE & PME"))
    s.append(line("Plus de 250 données inventoriées pour agir vite"))
    s.append(PageBreak())

    s.append(P("Les partenariats, moteurs d’innovation", STT))
    s.append(grid([
        ["Pour qui les partenariats sont-ils source d’innovation ?", "Part"],
        ["Français", "74 %"],
        ["Dirigeants d’entreprise", "81 %"],
        ["Responsables associatifs", "86 %"],
        ["Maires", "87 %"],
    ], [150 * mm, 40 * mm], head_bg="#5b3f8c"))
    s.append(Spacer(1, 10))
    s.append(line("76 % des maires décrivent leur territoire comme engagé"))
    s.append(line("Mais 46 % d’entre eux ne savent pas comment piloter la démarche"))
    s.append(PageBreak())

    s.append(P("Et maintenant : la traduction dans la loi", STT))
    s.append(line("Une proposition de loi : le « droit de l’alliance d’intérêt général »"))
    s.append(line("Portée par Cathy Racon-Bouzon, déposée en février"))
    s.append(line("Agréée par le Bureau de l’Assemblée nationale, puis publiée au Journal "
                  "officiel"))
    s.append(line("Côté gouvernement : une « feuille de route » ministérielle de 21 mesures"))
    build(fname, s, landscape(A4), [("slide", fr)], deco,
          "Diaporama : de la mission ministérielle au droit d'alliance")
    return fname


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5):
        print(f())
