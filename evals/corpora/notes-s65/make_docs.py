#!/usr/bin/env python3
"""Générateur déterministe des 6 PDF du jeu s65 (Observatoire des partenariats).

Usage : /work/main/.venv/bin/python make_docs.py [dossier_sortie]
Aucune date d'exécution, aucun hasard : deux exécutions donnent des octets identiques.
"""
import os
import re
import sys

import reportlab.rl_config as rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak,  # noqa: E402
                                KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVBI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FONT_DIR + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", FONT_DIR + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DS", FONT_DIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DSI", FONT_DIR + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("DSB", FONT_DIR + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVBI")
pdfmetrics.registerFontFamily("DS", normal="DS", bold="DSB", italic="DSI", boldItalic="DSB")
pdfmetrics.registerFontFamily("DVC", normal="DVC", bold="DVCB", italic="DVC", boldItalic="DVCB")

W, H = A4
NB = "\u00a0"
PREFIX = "obs-s65-"

# ---------------------------------------------------------------- typographie


def fr(text):
    """Espaces insécables françaises : dans les nombres, avant % € : ; ? ! » et après «."""
    t = text
    for _ in range(3):
        t = re.sub(r"(\d) (\d{3})(?!\d)", r"\1" + NB + r"\2", t)
    t = re.sub(r" ([%€:;?!»])", NB + r"\1", t)
    t = t.replace("« ", "«" + NB)
    t = re.sub(r"(\d) h (\d)", r"\1" + NB + "h" + NB + r"\2", t)
    t = re.sub(r"(\d) h\b", r"\1" + NB + "h", t)
    t = re.sub(r"(\d) (M€|ans|mois|fondations|maires|cibles)\b", r"\1" + NB + r"\2", t)
    return t


def S(name, font="DV", size=9.5, leading=None, color=colors.black, align=TA_LEFT, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size,
                          leading=leading or size * 1.3, textColor=color,
                          alignment=align, **kw)


def P(text, style):
    return Paragraph(fr(text), style)


def draw_par(c, text, style, x, y_top, w):
    """Dessine un paragraphe dont le haut est en y_top ; renvoie le bas."""
    p = P(text, style)
    _, h = p.wrap(w, 2000)
    p.drawOn(c, x, y_top - h)
    return y_top - h


def s(c, font, size, x, y, text, color=colors.black, align="left"):
    c.setFont(font, size)
    c.setFillColor(color)
    t = fr(text)
    if align == "left":
        c.drawString(x, y, t)
    elif align == "right":
        c.drawRightString(x, y, t)
    else:
        c.drawCentredString(x, y, t)


def new_canvas(path, title, subject):
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("Observatoire des partenariats")
    c.setSubject(subject)
    c.setCreator("make_docs.py (jeu s65)")
    return c


# ======================================================================
# 01  Rapport annuel avec infographies (4 pages, double page 2-3)
# ======================================================================
TEAL = colors.HexColor("#0f6b6b")
ORANGE = colors.HexColor("#e07b24")
SAND = colors.HexColor("#f4ede1")
GREY = colors.HexColor("#555555")


def pictogram(c, kind, x, y, size, col):
    """Petits pictogrammes dessinés (pas de texte)."""
    c.saveState()
    c.setFillColor(col)
    c.setStrokeColor(col)
    if kind == "maison":
        c.rect(x, y, size, size * 0.6, fill=1, stroke=0)
        p = c.beginPath()
        p.moveTo(x - 3, y + size * 0.6)
        p.lineTo(x + size / 2, y + size)
        p.lineTo(x + size + 3, y + size * 0.6)
        p.close()
        c.drawPath(p, fill=1, stroke=0)
    elif kind == "loupe":
        c.setLineWidth(3)
        c.circle(x + size * 0.4, y + size * 0.6, size * 0.3, fill=0, stroke=1)
        c.line(x + size * 0.6, y + size * 0.38, x + size, y)
    elif kind == "personnes":
        for i in range(3):
            cx = x + size * (0.2 + 0.3 * i)
            c.circle(cx, y + size * 0.75, size * 0.12, fill=1, stroke=0)
            c.rect(cx - size * 0.12, y, size * 0.24, size * 0.5, fill=1, stroke=0)
    elif kind == "horloge":
        c.setLineWidth(2.5)
        c.circle(x + size / 2, y + size / 2, size / 2, fill=0, stroke=1)
        c.line(x + size / 2, y + size / 2, x + size / 2, y + size * 0.85)
        c.line(x + size / 2, y + size / 2, x + size * 0.8, y + size / 2)
    elif kind == "piece":
        c.circle(x + size / 2, y + size / 2, size / 2, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.circle(x + size / 2, y + size / 2, size / 3, fill=1, stroke=0)
    elif kind == "cible":
        for r, f in ((0.5, col), (0.34, colors.white), (0.18, col)):
            c.setFillColor(f)
            c.circle(x + size / 2, y + size / 2, size * r, fill=1, stroke=0)
    elif kind == "lien":
        c.setLineWidth(3)
        c.circle(x + size * 0.3, y + size / 2, size * 0.25, fill=0, stroke=1)
        c.circle(x + size * 0.7, y + size / 2, size * 0.25, fill=0, stroke=1)
    c.restoreState()


def ra_frame(c, printed, side):
    """Bandeau courant + folio imprimé du rapport annuel."""
    c.setFillColor(TEAL)
    c.rect(0, H - 22, W, 22, fill=1, stroke=0)
    s(c, "DVB", 7.5, 30 if side == "L" else W - 30, H - 15,
      "OBSERVATOIRE DES PARTENARIATS · RAPPORT ANNUEL 2022",
      colors.white, "left" if side == "L" else "right")
    c.setStrokeColor(TEAL)
    c.line(30, 40, W - 30, 40)
    if side == "L":
        s(c, "DVB", 10, 30, 26, printed, TEAL)
        s(c, "DV", 7, 60, 26, "Les Cahiers de l'Observatoire n° 7", GREY)
    else:
        s(c, "DVB", 10, W - 30, 26, printed, TEAL, "right")
        s(c, "DV", 7, W - 60, 26, "Faire alliance pour le bien commun", GREY, "right")


def fig_box(c, x, y, w, h, key, big, unit, pict, col):
    c.setFillColor(SAND)
    c.roundRect(x, y, w, h, 8, fill=1, stroke=0)
    pictogram(c, pict, x + 12, y + h - 44, 30, col)
    # pastille-clé
    c.setFillColor(col)
    c.circle(x + w - 18, y + h - 18, 10, fill=1, stroke=0)
    s(c, "DVB", 10, x + w - 18, y + h - 21.5, key, colors.white, "center")
    s(c, "DVB", 34, x + 12, y + 38, big, col)
    if unit:
        s(c, "DV", 11, x + 12, y + 18, unit, GREY)


def doc01(path):
    c = new_canvas(path, "Rapport annuel 2022 – Observatoire des partenariats",
                   "Rapport annuel avec infographies")
    # ---- page 1 : couverture
    c.setFillColor(TEAL)
    c.rect(0, 0, W, H, fill=1, stroke=0)
    c.setFillColor(ORANGE)
    c.rect(0, H * 0.38, W, 8, fill=1, stroke=0)
    s(c, "DV", 11, 50, H - 80, "Les Cahiers de l'Observatoire n° 7", colors.white)
    s(c, "DVB", 40, 50, H - 250, "RAPPORT", colors.white)
    s(c, "DVB", 40, 50, H - 300, "ANNUEL 2022", colors.white)
    s(c, "DV", 15, 50, H - 340, "Observatoire des partenariats", colors.white)
    s(c, "DVI", 12, 50, H - 362, "Faire alliance pour le bien commun", colors.white)
    st = S("cov", "DV", 10, color=colors.white, leading=14)
    draw_par(c, "Un laboratoire de recherche empirique au service des alliances entre "
             "associations, entreprises, collectivités territoriales et fondations. "
             "Ce rapport rassemble, en infographies, les repères de l'année et les "
             "grands chantiers conduits avec nos partenaires.", st, 50, H * 0.38 - 40, 300)
    s(c, "DV", 8, 50, 40, "Édition de juin 2023 · diffusion libre · ne pas vendre", colors.white)
    c.showPage()

    # ---- page 2 (folio imprimé 4) : page gauche de la double page
    ra_frame(c, "4", "L")
    s(c, "DVB", 44, 30, H - 95, "L'ANNÉE EN", TEAL)
    s(c, "DV", 9, 30, H - 118, "Double page · les chiffres à retenir (légende en page de droite)", GREY)
    bw, bh, gap = 255, 150, 18
    x1, x2 = 30, 30 + bw + gap
    ys = [H - 300, H - 300 - bh - gap, H - 300 - 2 * (bh + gap)]
    fig_box(c, x1, ys[0], bw, bh, "A", "2006", "", "maison", TEAL)
    fig_box(c, x2, ys[0], bw, bh, "B", "2008", "", "loupe", ORANGE)
    fig_box(c, x1, ys[1], bw, bh, "C", "1 000", "exemples et plus", "cible", ORANGE)
    fig_box(c, x2, ys[1], bw, bh, "D", "500", "organisations et plus", "personnes", TEAL)
    fig_box(c, x1, ys[2], bw, bh, "E", "15 ans", "et 5 ans", "horloge", TEAL)
    fig_box(c, x2, ys[2], bw, bh, "F", "3", "missions", "lien", ORANGE)
    st = S("q", "DSI", 10.5, color=TEAL, leading=14)
    draw_par(c, "« Nos trois missions n'ont pas changé depuis l'origine, à commencer par "
             "la première : témoigner. » — le bureau de l'Observatoire", st, 30, ys[2] - 22, 520)
    c.showPage()

    # ---- page 3 (folio imprimé 5) : page droite de la double page
    ra_frame(c, "5", "R")
    s(c, "DVB", 44, W - 30, H - 95, "CHIFFRES", ORANGE, "right")
    bw3, bh3 = 170, 132
    gx = [30, 30 + bw3 + 14]
    gy = [H - 270, H - 270 - bh3 - 14, H - 270 - 2 * (bh3 + 14)]
    fig_box(c, gx[0], gy[0], bw3, bh3, "G", "148 000", "", "personnes", TEAL)
    fig_box(c, gx[1], gy[0], bw3, bh3, "H", "98 %", "", "lien", ORANGE)
    fig_box(c, gx[0], gy[1], bw3, bh3, "I", "1,5 M€", "sur 3 ans", "piece", ORANGE)
    fig_box(c, gx[1], gy[1], bw3, bh3, "J", "350", "", "cible", TEAL)
    fig_box(c, gx[0], gy[2], bw3, bh3, "K", "21", "", "personnes", TEAL)
    fig_box(c, gx[1], gy[2], bw3, bh3, "L", "19", "cibles", "cible", ORANGE)
    # colonne de légende, détachée des chiffres
    lx, lw = 30 + 2 * bw3 + 28 + 4, W - 30 - (30 + 2 * bw3 + 28 + 4)
    c.setFillColor(colors.HexColor("#e8f1f1"))
    c.rect(lx - 6, gy[2], lw + 6, H - 150 - gy[2], fill=1, stroke=0)
    s(c, "DVB", 9, lx, H - 165, "LÉGENDE", TEAL)
    leg = [
        ("A", "Création du RAMEAU, association d'intérêt général."),
        ("B", "Création de l'Observatoire des partenariats."),
        ("C", "Exemples inspirants recensés."),
        ("D", "Organisations ayant pris part aux expérimentations du RAMEAU depuis 2006."),
        ("E", "De recherche, dont 5 ans d'étude d'impact."),
        ("F", "Missions du RAMEAU, dont témoigner."),
        ("G", "Associations employeuses (étude IMPACT – Associations & Territoires)."),
        ("H", "Part de ces associations qui ont des partenariats."),
        ("I", "Dotation du Fonds ODD 17 pour une expérimentation."),
        ("J", "Catalyseurs territoriaux visés par le Fonds ODD 17."),
        ("K", "Co-fondateurs de la Fondation des Territoires."),
        ("L", "Cibles de l'ODD 17, objectif « partenariats »."),
    ]
    st = S("leg", "DVC", 7.6, leading=9.6)
    y = H - 178
    for k, t in leg:
        y = draw_par(c, "<b>%s</b> · %s" % (k, t), st, lx, y, lw - 4) - 5
    s(c, "DVI", 7, 30, 52, "Sources : travaux de l'Observatoire et du RAMEAU ; chiffres arrondis tels que publiés.", GREY)
    c.showPage()

    # ---- page 4 (folio imprimé 6) : rapport d'activité
    ra_frame(c, "6", "L")
    s(c, "DVB", 20, 30, H - 70, "Rapport d'activité", TEAL)
    h2 = S("h2", "DVB", 10.5, color=ORANGE, leading=13, spaceBefore=6, spaceAfter=2)
    bd = S("bd", "DS", 8.6, leading=11.6)
    col_w, gap = 255, 25
    left = [
        ("Qui sommes-nous ?",
         "Le RAMEAU a été créé en 2006 ; c'est une association d'intérêt général qui se "
         "présente comme un « laboratoire de recherche empirique » consacré aux innovations "
         "partenariales. Il revendique 15 ans de recherche et 5 ans d'étude d'impact, plus "
         "de 1 000 exemples inspirants recensés et des expérimentations conduites auprès de "
         "plus de 500 organisations depuis 2006."),
        ("L'Observatoire, une création à deux dates",
         "L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le "
         "RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif. Des documents plus "
         "anciens (une étude de janvier 2011 et le rapport quinquennal du 11 décembre 2012) "
         "écrivent pourtant : « Créé en 2007, l'Observatoire national des partenariats "
         "associations / entreprises ». Nous citons les deux dates."),
        ("Gouvernance",
         "Président-fondateur : Charles-Benoît Heidsieck. Directrice générale : Laurence Weber. "
         "La direction scientifique est assurée bénévolement par Anne Robin, fondatrice de COMISIS."),
        ("Le programme IMPACT",
         "Troisième plan quinquennal après ARPEA (2008-2012) et PHARE (2013-2018), le programme "
         "IMPACT couvre 2018-2022 ; il a été lancé en novembre 2017. Il est mené avec la Caisse "
         "des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL "
         "et Le RAMEAU, autour de trois axes : l'innovation sociétale et territoriale, la "
         "performance des organisations et la confiance."),
    ]
    right = [
        ("La Fondation des Territoires",
         "Sa préfiguration a été lancée en juillet 2018, en trois étapes (07/18-07/19, "
         "08/19-11/20, 12/20-05/22). Elle a été créée le 14 juin 2022 sous l'égide de la "
         "Fondation de Lille, avec 21 co-fondateurs et trois missions."),
        ("Le Fonds ODD 17",
         "Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 dispose "
         "d'une dotation de 1,5 M€ pour une expérimentation sur 3 ans ; elle vise 350 "
         "« catalyseurs territoriaux »."),
        ("Les associations employeuses",
         "L'étude IMPACT – Associations & Territoires porte sur les 148 000 associations "
         "employeuses : 98 % d'entre elles ont des partenariats."),
    ]
    for colx, blocks in ((30, left), (30 + col_w + gap, right)):
        y = H - 90
        for t, b in blocks:
            y = draw_par(c, t, h2, colx, y - 6, col_w)
            y = draw_par(c, b, bd, colx, y - 2, col_w)
    # encadré contact
    c.setFillColor(SAND)
    c.roundRect(30 + col_w + gap, 70, col_w, 150, 6, fill=1, stroke=0)
    st = S("ct", "DV", 8.4, leading=11.5)
    draw_par(c, "<b>NOUS CONTACTER</b><br/>Observatoire des partenariats<br/>"
             "Formulaire en ligne : www.observatoire-des-partenariats.fr/contact<br/>"
             "Les demandes de données sont traitées via ce formulaire uniquement.<br/>"
             "Crédits : conception graphique interne ; pictogrammes dessinés pour ce cahier.",
             st, 30 + col_w + gap + 10, 210, col_w - 20)
    c.showPage()
    c.save()


# ======================================================================
# 02  Compte rendu d'atelier participatif (3 pages)
# ======================================================================
NOTE_COLS = [colors.HexColor(h) for h in ("#fff3a3", "#ffd1dc", "#c9f0d0", "#cfe3ff", "#ffe0b5")]
INK = colors.HexColor("#2b2b6b")


def at_frame(c, printed):
    c.setFillColor(INK)
    c.rect(30, H - 48, W - 60, 26, fill=1, stroke=0)
    s(c, "DVB", 9, 40, H - 39, "RECUEIL DES ATELIERS · COMPTE RENDU N° 3", colors.white)
    s(c, "DV", 8, W - 40, H - 39, "Atelier « Faire alliance en territoire »", colors.white, "right")
    s(c, "DV", 7.5, 30, 28, "Document de travail – diffusion aux participants", GREY)
    s(c, "DVB", 9, W - 30, 28, "p. " + printed, INK, "right")


def sticky(c, x, y, w, h, text, col):
    c.setFillColor(colors.HexColor("#bbbbbb"))
    c.rect(x + 3, y - 3, w, h, fill=1, stroke=0)
    c.setFillColor(col)
    c.rect(x, y, w, h, fill=1, stroke=0)
    c.setFillColor(colors.HexColor("#d9534f"))
    c.circle(x + w / 2, y + h - 6, 4, fill=1, stroke=0)
    st = S("st", "DVC", 9.2, leading=11.8, align=TA_CENTER, color=INK)
    p = P(text, st)
    _, ph = p.wrap(w - 16, h)
    p.drawOn(c, x + 8, y + (h - ph) / 2 - 4)


def verbatim(c, x, y_top, w, text, who):
    st = S("vb", "DSI", 9.6, leading=13, color=INK)
    sw = S("vw", "DV", 7.8, leading=10, color=GREY, align=TA_RIGHT)
    p1, p2 = P("« " + text + " »", st), P("— " + who, sw)
    _, h1 = p1.wrap(w - 24, 500)
    _, h2 = p2.wrap(w - 24, 500)
    hh = h1 + h2 + 16
    c.setFillColor(colors.HexColor("#f1f1f8"))
    c.rect(x, y_top - hh, w, hh, fill=1, stroke=0)
    c.setFillColor(INK)
    c.rect(x, y_top - hh, 4, hh, fill=1, stroke=0)
    p1.drawOn(c, x + 14, y_top - 8 - h1)
    p2.drawOn(c, x + 14, y_top - 10 - h1 - h2)
    return y_top - hh


def doc02(path):
    c = new_canvas(path, "Compte rendu d'atelier participatif – Faire alliance en territoire",
                   "Atelier participatif : verbatims et mur d'idées")
    h1 = S("h1", "DVB", 16, color=INK, leading=20)
    h2 = S("h2", "DVB", 10.5, color=INK, leading=13)
    bd = S("bd", "DV", 9, leading=12.5)
    # ---- page 1
    at_frame(c, "12")
    y = draw_par(c, "Compte rendu d'atelier participatif<br/>« Faire alliance en territoire »",
                 h1, 30, H - 70, 535)
    y = draw_par(c, "<b>Format :</b> atelier de trois heures, en plénière puis en sous-groupes. "
                 "<b>Animation :</b> l'équipe d'animation de l'Observatoire. <b>Participants :</b> "
                 "responsables associatifs, dirigeants d'entreprise, élus et agents de collectivités, "
                 "représentants de fondations. <b>Objectif :</b> partager les enseignements des "
                 "démarches territoriales et préparer une charte locale.", bd, 30, y - 10, 535)
    y = draw_par(c, "1. Rappel introductif : d'où vient la démarche ?", h2, 30, y - 14, 535)
    y = draw_par(c, "L'animatrice a rappelé que la démarche « Agir ensemble en Territoire » a été "
                 "initiée en 2010, à la suite de l'étude ARPEA-Collectivités locales réalisée par "
                 "Comisis-OpinionWay. Trois territoires ont servi de pilotes : l'Alsace (avec Alsace "
                 "Active), le Poitou-Charentes (avec le Groupe La Poste) et Paris-Est Marne & Bois.",
                 bd, 30, y - 4, 535)
    y = draw_par(c, "2. Tour de table : paroles de participants", h2, 30, y - 14, 535)
    y = verbatim(c, 30, y - 8, 535,
                 "Chez nous, on a commencé par un petit-déjeuner entre le club d'entreprises et "
                 "deux associations. Personne ne savait par où prendre le sujet, et puis on s'est "
                 "rendu compte qu'on parlait des mêmes jeunes.",
                 "une responsable d'association d'insertion")
    y = verbatim(c, 30, y - 10, 535,
                 "Moi, ce que j'attends, c'est un contrat de confiance. Pas un énième partenariat "
                 "sur le papier : des engagements qu'on relit ensemble chaque année.",
                 "un dirigeant de PME du bâtiment")
    y = verbatim(c, 30, y - 10, 535,
                 "La mairie n'a pas vocation à tout piloter. Notre rôle, c'est d'ouvrir la salle, "
                 "de mettre les gens autour de la table et de tenir le calendrier.",
                 "une adjointe au maire chargée de la vie associative")
    y = verbatim(c, 30, y - 10, 535,
                 "Les fondations peuvent prendre le risque du démarrage. Après, il faut que le "
                 "territoire s'approprie le projet.",
                 "un chargé de mission d'une fondation territoriale")
    c.showPage()

    # ---- page 2 : mur d'idées
    at_frame(c, "13")
    y = draw_par(c, "3. Le mur d'idées (restitution des post-it)", h2, 30, H - 70, 535)
    draw_par(c, "Chaque sous-groupe a affiché ses idées ; elles sont reproduites telles "
             "qu'écrites, sans ordre de priorité.", bd, 30, y - 4, 535)
    notes = [
        "Co-construire la charte en 3 mois, pas plus",
        "Un « contrat de confiance » entre acteurs",
        "S'inspirer des 11 territoires pionniers du parcours CGET",
        "Parcours d'expérience : 18 mois",
        "Première session du parcours : le 3 mai",
        "Pilotes : Alsace Active et Groupe La Poste",
        "Associer la Fondation des Territoires au pilotage",
        "Un élu référent + un chef d'entreprise référent",
        "Relire nos engagements chaque année",
        "Faire témoigner les habitants",
        "Cartographier qui fait quoi sur le territoire",
        "Attention : une autre fiche parle de 10 territoires pilotes",
    ]
    nw, nh, gx, gy = 160, 100, 27, 24
    x0, y0 = 38, H - 250
    for i, t in enumerate(notes):
        r, col = divmod(i, 3)
        sticky(c, x0 + col * (nw + gx), y0 - r * (nh + gy), nw, nh, t, NOTE_COLS[(i * 2) % 5])
    c.showPage()

    # ---- page 3 : synthèse
    at_frame(c, "14")
    y = draw_par(c, "4. Ce que nous retenons", h2, 30, H - 70, 535)
    y = draw_par(c, "La Charte du faire alliance a servi de fil rouge. Elle est le fruit de trois "
                 "mois de co-construction pilotés par la Fondation des Territoires et se présente "
                 "comme un « contrat de confiance » entre les acteurs d'un territoire. Elle a été "
                 "dévoilée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice "
                 "(Paris-Est Marne & Bois), lors d'une soirée VitaWin.", bd, 30, y - 4, 535)
    # encadré "à vérifier" : conflit de dates sur la même page
    c.setFillColor(colors.HexColor("#fff6d6"))
    c.setStrokeColor(ORANGE)
    bx_top = y - 12
    c.rect(30, bx_top - 62, 535, 62, fill=1, stroke=1)
    draw_par(c, "<b>⚠ À vérifier avant diffusion.</b> La page d'associations.gouv.fr consacrée à "
             "la charte indique une autre date : « mardi 30 septembre ». Les autres sources "
             "donnent le 30 novembre 2021. Les deux mentions sont reproduites ici.",
             bd, 40, bx_top - 8, 515)
    y = bx_top - 62
    y = draw_par(c, "Sur le parcours d'expérience lancé par le CGET et Le Rameau, les sources "
                 "divergent également : 11 territoires pionniers accompagnés pendant 18 mois selon "
                 "l'annonce du lancement, mais « le CGET et 10 territoires pilotes » selon une autre "
                 "publication du RAMEAU.", bd, 30, y - 14, 535)
    y = verbatim(c, 30, y - 12, 535,
                 "Ce qui m'a frappée, c'est qu'on a parlé de confiance avant de parler d'argent.",
                 "une participante, représentante d'un collectif d'associations")
    y = draw_par(c, "5. Prochaines étapes", h2, 30, y - 16, 535)
    steps = ["Rédiger une première version de la charte locale à partir du mur d'idées ;",
             "désigner un binôme de référents (un élu, un chef d'entreprise) ;",
             "organiser un atelier de relecture avec les habitants ;",
             "partager ce compte rendu avec l'ensemble des participants."]
    for st_ in steps:
        y = draw_par(c, "•  " + st_, bd, 40, y - 3, 520)
    draw_par(c, "<i>Compte rendu établi par l'équipe d'animation. Les verbatims sont anonymisés : "
             "seuls les rôles des personnes sont indiqués.</i>",
             S("f", "DVI", 7.8, color=GREY), 30, 70, 535)
    c.showPage()
    c.save()


# ======================================================================
# 03  Tableau de bord trimestriel (3 pages, tableau sur 2 pages)
# ======================================================================
NAVY = colors.HexColor("#1d3557")
LIGHT = colors.HexColor("#eef2f7")


def tb_decor(printed_start):
    def deco(c, doc):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, H - 30, W, 30, fill=1, stroke=0)
        s(c, "DVB", 9, 30, H - 19, "TABLEAU DE BORD TRIMESTRIEL · T4", colors.white)
        s(c, "DV", 8, W - 30, H - 19, "Lettre de pilotage de l'Observatoire des partenariats",
          colors.white, "right")
        c.setStrokeColor(NAVY)
        c.line(30, 36, W - 30, 36)
        s(c, "DV", 7, 30, 24, "Usage interne · indicateurs publiés, compilés par l'équipe études", GREY)
        s(c, "DVB", 9, W - 30, 24, str(printed_start + doc.page - 1), NAVY, "right")
        c.restoreState()
    return deco


def doc03(path):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=30, rightMargin=30, topMargin=50,
                          bottomMargin=50, title="Tableau de bord trimestriel – indicateurs",
                          author="Observatoire des partenariats", subject="Tableau de bord",
                          creator="make_docs.py (jeu s65)", invariant=1)
    fr_ = Frame(30, 50, W - 60, H - 100, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("p", [fr_], onPage=tb_decor(17))])
    h1 = S("h1", "DVB", 17, color=NAVY, leading=21)
    h2 = S("h2", "DVB", 11, color=NAVY, leading=14, spaceBefore=8, spaceAfter=4)
    bd = S("bd", "DV", 8.8, leading=12)
    cell = S("cell", "DVC", 8, leading=10)
    cellb = S("cellb", "DVCB", 8, leading=10, color=colors.white)
    arrow = S("ar", "DVB", 13, leading=14, align=TA_CENTER)
    fn = S("fn", "DV", 7, leading=9, color=GREY)
    story = [P("Tableau de bord trimestriel des indicateurs d'alliance", h1), Spacer(1, 6),
             P("Ce tableau de bord rassemble, pour le quatrième trimestre, les derniers indicateurs "
               "publiés par l'Observatoire et ses partenaires d'études. Pour chaque indicateur, la "
               "colonne « Cible / référence » donne l'objectif ou la valeur de l'édition antérieure "
               "et la colonne « Atteint » la dernière valeur connue. Les flèches résument la "
               "tendance : ↑ hausse, ↓ baisse, → stable ; un tiret signale l'absence de donnée.", bd),
             Spacer(1, 6)]
    # encadré légende
    leg = Table([[P("<b>Légende</b>", cell), P("↑ en hausse", cell), P("↓ en baisse", cell),
                  P("→ stable", cell), P("— non disponible", cell), P("¹ ² … voir notes p. 19", cell)]],
                colWidths=[60, 85, 85, 70, 95, 140])
    leg.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                             ("BOX", (0, 0), (-1, -1), 0.5, NAVY)]))
    story += [leg, Spacer(1, 8), P("A. Indicateurs d'opinion et de pratiques", h2)]
    hdr = [P(t, cellb) for t in ("Indicateur", "Public", "Cible / référence", "Atteint",
                                 "Tend.", "Source / édition")]
    rows = [
        ("Jugent urgent de créer des partenariats", "Français", "86 % (2008)", "84 % (2012)", "↓",
         "Études ARPEA"),
        ("« Devoir d'alliance »", "Français", "69 % (sept. 2015)", "81 %", "↑",
         "PHARE-Citoyens puis publication sur le droit de l'alliance"),
        ("« Envie d'alliance »", "Dirigeants d'entreprise", "81 %", "84 %", "↑",
         "PHARE puis publication sur le droit de l'alliance"),
        ("« Besoin d'alliance »", "Maires", "87 % (PHARE-Institutions)", "92 %", "↑",
         "PHARE-Institutions puis publication sur le droit de l'alliance"),
        ("Partenariats source d'innovation", "Responsables associatifs", "86 %", "86 %", "→",
         "Programme IMPACT"),
        ("Partenariats source d'innovation", "Français", "—", "74 % ¹", "—",
         "Programme IMPACT ; autre publication : 69 %"),
        ("Partenariats source d'innovation", "Dirigeants d'entreprise", "—", "81 %", "—",
         "Programme IMPACT"),
        ("Territoire engagé", "Maires", "—", "76 %", "—", "Programme IMPACT"),
        ("Ne savent pas piloter les alliances", "Maires", "—", "46 %", "—", "Programme IMPACT"),
        ("Veulent s'appuyer sur le « jouer collectif »", "Élus locaux", "—", "64 %", "—",
         "Dîner « Elus & Entreprises »"),
        ("Territoire en mouvement", "Maires", "—", "91 % (nov. 2024)", "↑",
         "IMPACTS & TRAJECTOIRES – Elus locaux ²"),
        ("Développent des partenariats", "Entreprises", "21 % (janv. 2011)",
         "37 % (≥ 10 salariés, 2016)", "↑", "ARPEA Entreprises & Territoires ; note du 29 février 2016"),
        ("Engagées avec une entreprise", "Associations", "près de 46 %", "38 % (2016) ³", "↓",
         "ARPEA ; note du 29 février 2016"),
        ("Partenaire : collectivités", "Associations", "74 % (2017)", "89 %", "↑",
         "Associations & Partenariats ; IMPACT – Associations & Territoires"),
        ("Partenaire : enseignement / scolaire", "Associations", "47 % (2017)", "70 %", "↑",
         "idem"),
        ("Partenaire : associations, fondations, structures d'intérêt général", "Associations",
         "72 % (2017)", "73 %", "→", "idem"),
        ("Partenaire : recherche / académiques", "Associations", "9 % (2017)", "35 %", "↑", "idem"),
        ("Pionniers ayant noué une alliance", "Pionniers", "—", "65 % (2016)", "—",
         "note du 29 février 2016"),
    ]
    data = [hdr]
    for r in rows:
        data.append([P(r[0], cell), P(r[1], cell), P(r[2], cell), P(r[3], cell),
                     P(r[4], arrow), P(r[5], cell)])
    tA = Table(data, colWidths=[124, 74, 88, 88, 40, 121], repeatRows=1)
    tA.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa8bb")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    story += [tA, Spacer(1, 10), P("B. Programmes : cible et réalisé", h2)]
    hdrB = [P(t, cellb) for t in ("Programme", "Cible", "Atteint", "Tend.", "Commentaire")]
    rowsB = [
        ("Fonds ODD 17", "350 catalyseurs territoriaux ; dotation 1,5 M€ sur 3 ans",
         "non communiqué", "→", "Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies"),
        ("Parcours d'expérience CGET + Le Rameau", "11 territoires pionniers, 18 mois",
         "1re session le 3 mai", "↑", "Une autre source parle de 10 territoires pilotes"),
        ("Fondation des Territoires", "Fin de préfiguration : 05/22", "Créée le 14 juin 2022",
         "↑", "21 co-fondateurs, sous l'égide de la Fondation de Lille"),
        ("Rapports régionaux PHARE", "13 rapports régionaux (2016)",
         "11e rapport : Normandie, publié le 26 novembre", "↑", "Volet régional du programme PHARE"),
        ("Feuille de route ministérielle", "21 mesures", "—", "—",
         "Suite de la mission confiée par Gabriel Attal"),
        ("Charte du faire alliance", "3 mois de co-construction", "Lancée le 30 novembre 2021",
         "↑", "Pilotage : Fondation des Territoires"),
    ]
    dataB = [hdrB] + [[P(r[0], cell), P(r[1], cell), P(r[2], cell), P(r[3], arrow),
                       P(r[4], cell)] for r in rowsB]
    tB = Table(dataB, colWidths=[108, 123, 118, 40, 146], repeatRows=1)
    tB.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ORANGE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#fbeee2")]),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#c9a27e")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    story += [tB, PageBreak(), P("C. Commentaire du trimestre", h2)]
    for t in [
        "Les indicateurs d'opinion confirment la progression de l'adhésion aux alliances : la part "
        "des Français qui expriment un « devoir d'alliance » passe de 69 % lors de PHARE-Citoyens "
        "(septembre 2015) à 81 % dans la publication la plus récente, tandis que 84 % des dirigeants "
        "d'entreprise disent leur « envie d'alliance » et 92 % des maires leur « besoin d'alliance ».",
        "Le seul indicateur orienté à la baisse est ancien : la part des Français jugeant urgent de "
        "créer des partenariats était de 86 % en 2008 et de 84 % en 2012, selon les études ARPEA.",
        "Côté programmes, la cible de 350 catalyseurs territoriaux du Fonds ODD 17 reste la référence ; "
        "aucun chiffre de réalisation n'a été publié à ce stade. La Fondation des Territoires, créée le "
        "14 juin 2022, a achevé sa préfiguration.",
        "Côté associations, la comparaison entre l'étude Associations & Partenariats (2017) et l'étude "
        "IMPACT – Associations & Territoires doit être lue avec prudence : les deux enquêtes ne posent "
        "pas exactement les mêmes questions.",
    ]:
        story += [P(t, bd), Spacer(1, 5)]
    story += [Spacer(1, 8), P("Notes", h2)]
    for t in [
        "¹ Deux versions circulent pour les Français : 74 % selon la présentation du programme IMPACT, "
        "69 % des citoyens selon une autre publication reprenant les mêmes chiffres. Les deux sont "
        "conservées.",
        "² Enquête téléphonique auprès de 302 maires, du 30 septembre au 28 octobre 2024 ; 35 % "
        "jugent leur territoire fortement en mouvement et 56 % ni plus ni moins.",
        "³ 53 % parmi les associations employeuses. Même note : 37 % des entreprises de 10 salariés "
        "et plus.",
        "Les valeurs « Cible / référence » de la partie A sont des valeurs d'éditions antérieures et "
        "non des objectifs chiffrés.",
    ]:
        story += [P(t, fn), Spacer(1, 3)]
    doc.build(story)


# ======================================================================
# 04  Discours retranscrit (3 pages)
# ======================================================================
def sp_decor(c, doc):
    c.saveState()
    s(c, "DSI", 8, W / 2, H - 30, "Actes des Rencontres territoriales de l'alliance · Séance d'ouverture",
      GREY, "center")
    c.setStrokeColor(GREY)
    c.line(60, H - 36, W - 60, H - 36)
    s(c, "DS", 9, W / 2, 30, "— %d —" % (30 + doc.page), GREY, "center")
    c.restoreState()


def doc04(path):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=70, rightMargin=70, topMargin=60,
                          bottomMargin=55, title="Discours d'ouverture – transcription",
                          author="Observatoire des partenariats", subject="Discours retranscrit",
                          creator="make_docs.py (jeu s65)", invariant=1)
    doc.addPageTemplates([PageTemplate("p", [Frame(70, 55, W - 140, H - 115, id="f")],
                                       onPage=sp_decor)])
    h1 = S("h1", "DSB", 15, leading=19)
    meta = S("meta", "DSI", 9, leading=12, color=GREY)
    bd = S("bd", "DS", 10, leading=14.6, firstLineIndent=14, spaceAfter=5)
    stage = S("stage", "DSI", 9, leading=12, color=GREY, align=TA_CENTER, spaceAfter=5)
    fn = S("fn", "DS", 7.5, leading=9.5, color=GREY)
    story = [P("« Faire alliance, ce n'est plus une option »", h1), Spacer(1, 4),
             P("Discours d'ouverture prononcé par Hélène Marchal, présidente du comité "
               "d'orientation des Rencontres. Transcription de l'enregistrement ; le style oral a été "
               "conservé, les indications entre crochets sont de la transcription.*", meta),
             Spacer(1, 10)]
    paras = [
        "Bonjour à toutes et à tous. Merci, merci d'être là, aussi nombreux, un matin de semaine… "
        "Je vois des élus, je vois des chefs d'entreprise, je vois des responsables d'associations, "
        "des fondations — bref, je vois exactement la salle qu'on voulait. [Rires]",
        "Alors je vais commencer par un chiffre. Un seul, promis, enfin… on verra. [Rires] "
        "Soixante-neuf pour cent. Soixante-neuf pour cent des Français, quand on leur a posé la "
        "question lors de l'enquête PHARE-Citoyens, en septembre 2015, disaient qu'il y avait un "
        "« devoir d'alliance ». Un devoir ! Pas une envie, pas une mode : un devoir. Et ça, c'était "
        "sur plus de deux mille personnes interrogées, hein, ce n'est pas un sondage de couloir.",
        "[Applaudissements]",
        "Et on leur demandait aussi : sur quoi est-ce que les partenariats ont un impact fort ? "
        "L'emploi d'abord, 49 %. Le développement économique, 46 %. L'environnement, 42 %. Et puis "
        "la précarité et l'éducation, 36 % chacune. Quand on regarde les priorités, c'est pareil : "
        "l'emploi arrive en tête avec une note de sept virgule un sur dix, puis le pouvoir d'achat "
        "à 6,6, le développement économique à 6,5, l'environnement et l'exclusion à 6,3. La "
        "sécurité… alors là, attention, j'ai deux versions dans mes notes : six virgule six dans "
        "une publication, sept sur dix dans un article de presse. Je vous donne les deux, vous "
        "choisirez. [Rires]",
        "Ce qui est frappant, c'est que tout le monde dit la même chose. Quatre-vingt-un pour cent "
        "des dirigeants d'entreprise. Quatre-vingt-six pour cent des responsables associatifs. Et "
        "chez les maires, 87 %, c'était le volet PHARE-Institutions. [Applaudissements] Oui, vous "
        "pouvez applaudir les maires, ils sont là, ils sont au premier rang. [Rires]",
        "Je voudrais maintenant revenir sur un moment important. Lors du FNAF, en 2019, Gabriel "
        "Attal a confié une mission à Cathy Racon-Bouzon, députée, et à Charles-Benoît Heidsieck, "
        "le président-fondateur du RAMEAU. Leur rapport a été remis le 7 mai 2020 — en plein "
        "confinement, on s'en souvient — et un bilan a été fait le 17 octobre 2020.",
        "Et de là est sortie une feuille de route ministérielle. Vingt et une mesures. Vingt et une ! "
        "Et une proposition de loi, portée par Cathy Racon-Bouzon, pour reconnaître un « droit de "
        "l'alliance d'intérêt général ». Elle a été déposée en février, elle a été agréée par le "
        "Bureau de l'Assemblée nationale et publiée au Journal officiel.",
        "[Applaudissements prolongés]",
        "Et aujourd'hui, où en est-on ? Quatre-vingt-un pour cent des Français parlent de devoir "
        "d'alliance — vous voyez, on est passés de soixante-neuf à 81 %. Quatre-vingt-douze pour "
        "cent des maires disent qu'ils ont besoin d'alliance. Et 84 % des dirigeants d'entreprise "
        "en ont envie. Besoin, envie, devoir : tout est là.",
        "On me demande souvent : mais d'où vient tout ça ? Il faut remonter loin. Le RAMEAU a été "
        "créé en deux mille six. L'Observatoire des partenariats en 2008. Et très vite, il y a eu "
        "les plans quinquennaux : ARPEA d'abord, de 2008 à 2012, avec un rapport quinquennal "
        "présenté le onze décembre deux mille douze. Dans ARPEA, déjà, 86 % des Français jugeaient "
        "urgent de créer des partenariats en 2008 — et quatre-vingt-quatre pour cent en 2012.",
        "Puis il y a eu la ministre Valérie Fourneyron, qui a demandé un rapport d'état des lieux "
        "des partenariats entre associations et entreprises ; il a été publié début 2014. Puis "
        "PHARE, puis IMPACT. Chaque fois, on a mesuré, on a compté, on a écouté.",
        "[Un temps]",
        "Je ne vais pas être plus longue, parce que le vrai travail, c'est vous qui allez le faire "
        "dans les ateliers cet après-midi. Je vous demande juste une chose : repartez d'ici avec "
        "un nom, un seul, quelqu'un que vous ne connaissiez pas ce matin et avec qui vous allez "
        "faire quelque chose. Un seul nom ! C'est ça, faire alliance. Merci.",
        "[Applaudissements. La salle se lève.]",
    ]
    for t in paras:
        story.append(P(t, stage if t.startswith("[") and t.endswith("]") else bd))
    story += [Spacer(1, 14),
              P("* Transcription revue par le secrétariat des Rencontres. Les chiffres cités "
                "oralement ont été vérifiés sur les publications de l'Observatoire ; lorsque deux "
                "versions existent, l'oratrice les a données toutes deux. La durée de "
                "l'intervention et les questions de la salle ne sont pas reproduites.", fn)]
    doc.build(story)


# ======================================================================
# 05  Programme de colloque sur deux colonnes (3 pages)
# ======================================================================
PLUM = colors.HexColor("#6a1b4d")


def pc_decor(c, doc):
    c.saveState()
    c.setFillColor(PLUM)
    c.rect(0, H - 26, W, 26, fill=1, stroke=0)
    s(c, "DVB", 8.5, 30, H - 17, "COLLOQUE « L'ODD 17 EN TERRITOIRES »", colors.white)
    s(c, "DV", 8, W - 30, H - 17, "Programme détaillé", colors.white, "right")
    c.setStrokeColor(PLUM)
    c.line(W / 2, 60, W / 2, H - (250 if doc.page == 1 else 45))
    if doc.page > 1:
        s(c, "DVB", 9, W / 2, 26, str(doc.page), PLUM, "center")
    s(c, "DV", 7, 30, 26, "Programme susceptible de modifications", GREY)
    c.restoreState()


def pc_cover(c, doc):
    pc_decor(c, doc)
    c.saveState()
    c.setFillColor(colors.HexColor("#f6eaf1"))
    c.rect(30, H - 235, W - 60, 195, fill=1, stroke=0)
    s(c, "DVB", 24, 45, H - 85, "L'ODD 17 en territoires", PLUM)
    s(c, "DV", 13, 45, H - 108, "Colloque de l'Observatoire des partenariats", colors.black)
    s(c, "DVB", 12, 45, H - 140, "Jeudi 5 décembre 2024", PLUM)
    st = S("cv", "DV", 9.5, leading=13)
    draw_par(c, "Une journée pour partager les résultats des dernières études et les outils de "
             "l'ODD 17, l'objectif de développement durable consacré aux partenariats. Élus, "
             "entreprises, associations, fondations : toutes les parties prenantes sont invitées.",
             st, 45, H - 155, W - 120)
    c.restoreState()


def doc05(path):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=30, rightMargin=30, topMargin=40,
                          bottomMargin=50, title="Programme du colloque – L'ODD 17 en territoires",
                          author="Observatoire des partenariats", subject="Programme de colloque",
                          creator="make_docs.py (jeu s65)", invariant=1)
    cw = (W - 60 - 24) / 2
    f1 = [Frame(30, 55, cw, H - 310, id="a1"), Frame(30 + cw + 24, 55, cw, H - 310, id="a2")]
    f2 = [Frame(30, 55, cw, H - 100, id="b1"), Frame(30 + cw + 24, 55, cw, H - 100, id="b2")]
    doc.addPageTemplates([PageTemplate("cover", f1, onPage=pc_cover),
                          PageTemplate("body", f2, onPage=pc_decor)])
    tm = S("tm", "DVB", 10, color=PLUM, leading=12, spaceBefore=7)
    ti = S("ti", "DVB", 9.6, leading=12.5, spaceAfter=2)
    bd = S("bd", "DV", 8.6, leading=11.6, spaceAfter=3)
    spk = S("spk", "DVI", 8.2, leading=10.8, color=GREY, leftIndent=8, spaceAfter=1)
    sec = S("sec", "DVB", 11, color=colors.white, leading=14, backColor=PLUM, borderPadding=(3, 4, 3, 4),
            spaceBefore=6, spaceAfter=6)

    def slot(time, title, text=None, speakers=()):
        out = [P(time, tm), P(title, ti)]
        if text:
            out.append(P(text, bd))
        for sp in speakers:
            out.append(P(sp, spk))
        return out

    story = [NextPageTemplate("body"), P("MATINÉE", sec)]
    story += slot("8 h 30", "Accueil café et émargement")
    story += slot("9 h 15", "Ouverture",
                  "Mot d'accueil et présentation de la journée.",
                  ["Hélène Marchal, présidente du comité d'orientation"])
    story += slot("9 h 45", "Session 1 — Les maires et le « jouer collectif »",
                  "Présentation de l'enquête IMPACTS & TRAJECTOIRES – Elus locaux (novembre 2024) : "
                  "302 maires interrogés par téléphone du 30 septembre au 28 octobre 2024. 91 % "
                  "d'entre eux décrivent un territoire en mouvement (35 % fortement, 56 % ni plus ni "
                  "moins) ; 84 % des répondants vivent dans des communes de moins de 2 000 habitants.",
                  ["Claire Dumas, chargée d'études, présente les résultats",
                   "Jean-Paul Ferrand, maire d'une commune rurale, réagit",
                   "Modération : Sophie Lenoir, journaliste"])
    story += slot("11 h 00", "Pause")
    story += slot("11 h 20", "Session 2 — Fondations et territoires",
                  "Retour sur l'étude IMPACT Fondations & Territoires, publiée le 23 septembre : 42 "
                  "fondations interrogées. Présentation de la fiche acteur « Dynamique d'engagement "
                  "des Fondations ».",
                  ["Marc Olivier, délégué général d'une fondation d'entreprise",
                   "Nadia Benali, responsable du mécénat d'une fondation territoriale",
                   "Modération : Sophie Lenoir, journaliste"])
    story += slot("12 h 30", "Déjeuner sur place")
    story += [P("APRÈS-MIDI", sec)]
    story += slot("14 h 00", "Atelier A — L'ODD 17 : 19 cibles à décliner",
                  "L'ODD 17 compte 19 cibles. Lecture commentée de la note du Comité 21 « ODD 17 : "
                  "Sens, décryptages, déclinaisons », parue un 5 juillet.",
                  ["Antoine Roussel, chargé de mission développement durable"])
    story += slot("14 h 00", "Atelier B — M.E.D.O.C., la boîte à outils",
                  "Découverte de la plateforme www.odd17.org et de ses cinq entrées M.E.D.O.C. : "
                  "Méthodes, Exemples, Données, Outils, Compétences.",
                  ["Lucie Garnier, responsable des outils numériques"])
    story += slot("15 h 30", "Table ronde — Le programme IMPACT",
                  "Le programme IMPACT est conduit avec la Caisse des Dépôts, l'Institut CDC pour la "
                  "Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU. Trois axes : "
                  "innovation sociétale et territoriale, performance des organisations, confiance. "
                  "La fiche-repère « Les dynamiques d'engagement des Collectivités territoriales », "
                  "issue de l'étude IMPACT-Elus locaux (novembre 2020, Comisis-OpinionWay), sera "
                  "remise aux participants.",
                  ["Isabelle Fabre, directrice des partenariats d'un groupe de services",
                   "Karim Haddad, président d'un réseau d'associations",
                   "Élise Moreau, vice-présidente d'une intercommunalité"])
    story += slot("16 h 45", "Clôture",
                  "Synthèse de la journée et annonce des prochains rendez-vous.",
                  ["Hélène Marchal, présidente du comité d'orientation"])
    # encadré infos pratiques
    box = S("box", "DV", 8.4, leading=11.4)
    info = Table([[P("<b>INFOS PRATIQUES</b>", S("bh", "DVB", 9.5, color=colors.white))],
                  [P("<b>Lieu :</b> auditorium de la Maison des territoires, 12 rue des Alliances, "
                     "Paris 12e.<br/><b>Accès :</b> métro ligne 1, station Gare de Lyon ; parking public "
                     "à proximité.<br/><b>Inscription :</b> gratuite mais obligatoire, par le "
                     "formulaire en ligne observatoire-des-partenariats.fr/colloque.<br/>"
                     "<b>Accessibilité :</b> salle accessible aux personnes à mobilité réduite ; "
                     "boucle magnétique.<br/><b>Déjeuner :</b> offert aux participants inscrits.", box)],
                  [P("<b>À noter aussi</b><br/>15 nov. : dossier JURIS Associations n° 628.<br/>"
                     "23 nov. : 3e dîner « Elus & Entreprises ».<br/>26 nov. : 5e webinaire « l'ODD 17 "
                     "en pratique ».<br/>26 novembre : publication du 11e rapport régional, "
                     "consacré à la Normandie.", box)]],
                 colWidths=[cw])
    info.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), PLUM),
                              ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#f6eaf1")),
                              ("BOX", (0, 0), (-1, -1), 1, PLUM),
                              ("LINEBELOW", (0, 1), (-1, 1), 0.5, PLUM),
                              ("TOPPADDING", (0, 0), (-1, -1), 5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story += [Spacer(1, 10), KeepTogether(info)]
    story += [Spacer(1, 10), P("LES INTERVENANTS", sec)]
    for name, role in [
        ("Nadia Benali", "responsable du mécénat d'une fondation territoriale (session 2)"),
        ("Claire Dumas", "chargée d'études, présente l'enquête auprès des maires (session 1)"),
        ("Isabelle Fabre", "directrice des partenariats d'un groupe de services (table ronde)"),
        ("Jean-Paul Ferrand", "maire d'une commune rurale (session 1)"),
        ("Lucie Garnier", "responsable des outils numériques (atelier B)"),
        ("Karim Haddad", "président d'un réseau d'associations (table ronde)"),
        ("Sophie Lenoir", "journaliste, modératrice des sessions 1 et 2"),
        ("Hélène Marchal", "présidente du comité d'orientation (ouverture et clôture)"),
        ("Élise Moreau", "vice-présidente d'une intercommunalité (table ronde)"),
        ("Marc Olivier", "délégué général d'une fondation d'entreprise (session 2)"),
        ("Antoine Roussel", "chargé de mission développement durable (atelier A)"),
    ]:
        story.append(P("<b>%s</b> — %s" % (name, role), bd))
    story += [Spacer(1, 6), P("Les intervenants s'expriment à titre personnel. Les supports seront "
                              "mis en ligne après le colloque.", spk)]
    doc.build(story)


# ======================================================================
# 06  Fiche de synthèse bilingue FR / EN (2 pages)
# ======================================================================
GREEN = colors.HexColor("#2e6b30")


def fb_decor(c, doc):
    c.saveState()
    c.setFillColor(GREEN)
    c.rect(30, H - 44, W - 60, 20, fill=1, stroke=0)
    s(c, "DVB", 8.5, 38, H - 37, "FICHE DE SYNTHÈSE · SUMMARY SHEET", colors.white)
    s(c, "DV", 8, W - 38, H - 37, "Observatoire des partenariats", colors.white, "right")
    s(c, "DVB", 8, W / 2 - 12, H - 60, "FRANÇAIS", GREEN, "right")
    s(c, "DVB", 8, W / 2 + 12, H - 60, "ENGLISH", GREEN, "left")
    c.setStrokeColor(GREEN)
    c.line(W / 2, 50, W / 2, H - 52)
    s(c, "DV", 7.5, 30, 30, "Fiche n° 12 · Collection « Repères »", GREY)
    s(c, "DVB", 8, W - 30, 30, "%d / 2" % doc.page, GREEN, "right")
    c.restoreState()


def doc06(path):
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=30, rightMargin=30, topMargin=70,
                          bottomMargin=48, title="Fiche de synthèse bilingue – Associations & Partenariats",
                          author="Observatoire des partenariats", subject="Fiche bilingue",
                          creator="make_docs.py (jeu s65)", invariant=1)
    doc.addPageTemplates([PageTemplate("p", [Frame(30, 48, W - 60, H - 118, id="f",
                                                   leftPadding=0, rightPadding=0)],
                                       onPage=fb_decor)])
    hf = S("hf", "DVB", 10.5, color=GREEN, leading=13)
    he = S("he", "DVBI", 10.5, color=colors.HexColor("#5a7d5b"), leading=13)
    bf = S("bf", "DV", 8.6, leading=11.8)
    be = S("be", "DVI", 8.4, leading=11.6, color=colors.HexColor("#333333"))
    pairs = [
        ("h", "Associations & Partenariats : l'étude", "Associations & Partnerships: the study"),
        ("b", "Publiée en mars 2017 par Recherches & Solidarités et Le RAMEAU, l'étude repose sur "
              "une enquête conduite en mai-juin 2016 auprès de plus de 1 380 responsables "
              "associatifs.",
              "Published in March 2017 by Recherches & Solidarités and Le RAMEAU, the study is based "
              "on a survey carried out in May-June 2016 among more than 1,380 association leaders."),
        ("h", "Combien de partenaires ?", "How many partners?"),
        ("b", "Une association compte en moyenne 2,5 partenaires.",
              "On average, an association has 2.5 partners."),
        ("h", "Avec qui ?", "With whom?"),
        ("b", "Les collectivités territoriales arrivent en tête (74 %), devant les autres "
              "associations ou fondations (72 %) et les établissements d'enseignement (47 %). Les "
              "entreprises ne sont citées que par 28 % des associations, les structures d'insertion "
              "par 22 % et les organismes de recherche par 9 %.",
              "Local authorities come first (74%), ahead of other associations or foundations (72%) "
              "and schools and universities (47%). Companies are mentioned by only 28% of "
              "associations, integration bodies by 22% and research bodies by 9%."),
        ("h", "La taille compte", "Size matters"),
        ("b", "La moitié (50 %) des associations dont le budget dépasse 150 000 € ont un partenariat "
              "avec une entreprise, contre 20 % de celles dont le budget est inférieur à 10 000 €.",
              "Half (50%) of associations with a budget above €150,000 have a partnership with a "
              "company, against 20% of those with a budget below €10,000."),
        ("h", "Pour aller plus loin", "Further reading"),
        ("b", "Une note du 29 février 2016 sur les modèles de co-construction indiquait déjà que "
              "38 % des associations (53 % des associations employeuses) et 37 % des entreprises de "
              "10 salariés et plus sont engagées dans des partenariats.",
              "A note dated 29 February 2016 on co-construction models already showed that 38% of "
              "associations (53% of employer associations) and 37% of companies with 10 or more "
              "employees were involved in partnerships."),
        ("pb", None, None),
        ("h", "IMPACT – Associations & Territoires", "IMPACT – Associations & Territories"),
        ("b", "Cette étude porte sur les 148 000 associations employeuses. 98 % d'entre elles ont "
              "des partenariats.",
              "This study covers the 148,000 employer associations. 98% of them have partnerships."),
        ("h", "Leurs partenaires", "Their partners"),
        ("b", "Collectivités : 89 %. Structures d'intérêt général : 73 %. Établissements scolaires : "
              "70 %. Collectifs d'associations : 56 %. Acteurs publics nationaux : 52 %. Fédérations "
              "professionnelles : 37 %. Acteurs académiques : 35 %.",
              "Local authorities: 89%. Public-interest bodies: 73%. Schools: 70%. Collectives of "
              "associations: 56%. National public actors: 52%. Professional federations: 37%. "
              "Academic actors: 35%."),
        ("h", "À quelle échelle ?", "At what scale?"),
        ("b", "Les partenariats se nouent surtout à l'échelle locale (73 %), puis régionale (47 %).",
              "Partnerships are mostly local (73%), then regional (47%)."),
        ("h", "Quelles formes ?", "What forms?"),
        ("b", "Mécénat : 75 %. Innovation sociétale : 73 %. Pratiques responsables : 70 %. "
              "Coopération économique : 58 %.",
              "Sponsorship (mécénat): 75%. Social innovation: 73%. Responsible practices: 70%. "
              "Economic cooperation: 58%."),
        ("h", "Attention à la lecture", "Reading note"),
        ("b", "Un même pourcentage peut désigner des choses différentes : 73 % vaut à la fois pour "
              "les structures d'intérêt général, l'échelle locale et l'innovation sociétale.",
              "The same percentage may refer to different things: 73% applies to public-interest "
              "bodies, to the local scale and to social innovation."),
    ]
    story = []
    rows = [[P("Les partenariats des associations en bref", S("t", "DVB", 14, color=GREEN, leading=17)),
             P("Associations' partnerships at a glance", S("t2", "DVBI", 14, color=GREY, leading=17))]]
    half = (W - 60) / 2

    def flush():
        if rows:
            t = Table(rows, colWidths=[half, half])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (0, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (0, -1), 14),
                                   ("LEFTPADDING", (1, 0), (1, -1), 14),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            story.append(t)
            rows.clear()
    for kind, a, b in pairs:
        if kind == "pb":
            flush()
            story.append(PageBreak())
            continue
        if kind == "h":
            rows.append([P(a, hf), P(b, he)])
        else:
            rows.append([P(a, bf), P(b, be)])
    src = S("src", "DV", 7.2, color=GREY, leading=9.5)
    rows.append([P("Sources : étude Associations & Partenariats (Recherches & Solidarités, Le RAMEAU, "
                   "mars 2017) ; étude IMPACT – Associations & Territoires ; note du 29 février 2016.", src),
                 P("Sources: Associations & Partenariats study (Recherches & Solidarités, Le RAMEAU, "
                   "March 2017); IMPACT – Associations & Territoires study; note of 29 February 2016.", src)])
    flush()
    doc.build(story)


DOCS = [
    ("01-rapport-annuel-2022", doc01),
    ("02-atelier-participatif", doc02),
    ("03-tableau-de-bord-t4", doc03),
    ("04-discours-ouverture", doc04),
    ("05-programme-colloque-odd17", doc05),
    ("06-fiche-bilingue-associations", doc06),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for slug, fn in DOCS:
        path = os.path.join(out, PREFIX + slug + ".pdf")
        fn(path)
        print(path)


if __name__ == "__main__":
    main()
