#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generateur deterministe des 6 PDF du jeu aveugle s69.

Usage : /work/main/.venv/bin/python make_docs.py [DOSSIER_SORTIE]
Aucune date d'execution, aucun hasard : deux executions donnent les memes octets.
Les faits viennent de /work/shared/facts.md ; les phrases sont propres a ce jeu.
"""
import os
import re
import sys

import reportlab.rl_config as rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, LongTable, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

FONTDIR = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FONTDIR + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DV-B', FONTDIR + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DV-I', FONTDIR + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('DV-BI', FONTDIR + 'DejaVuSans-BoldOblique.ttf'))
pdfmetrics.registerFont(TTFont('DVC', FONTDIR + 'DejaVuSansCondensed.ttf'))
pdfmetrics.registerFont(TTFont('DVC-B', FONTDIR + 'DejaVuSansCondensed-Bold.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('DV', normal='DV', bold='DV-B', italic='DV-I', boldItalic='DV-BI')
registerFontFamily('DVC', normal='DVC', bold='DVC-B', italic='DVC', boldItalic='DVC-B')

NB = '\u00a0'
PREFIX = 'obs-s69-'


def fr(t):
    """Espaces insecables : dans les nombres, avant % EUR : ; ? ! », apres «."""
    t = re.sub(r'(?<=\d) (?=\d{3}(?!\d))', NB, t)
    t = re.sub(r'(?<=\d) (?=(%|€|M€|k€|ans\b|mois\b|h\b))', NB, t)
    t = re.sub(r' (?=[%€:;?!»])', NB, t)
    t = t.replace('« ', '«' + NB)
    return t


def P(text, style):
    return Paragraph(fr(text), style)


def S(name, font='DV', size=9.5, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3, **kw)


BODY = S('body', size=9.3, alignment=TA_JUSTIFY, spaceAfter=4)
BODYL = S('bodyl', size=9.3, alignment=TA_LEFT, spaceAfter=4)
H1 = S('h1', 'DV-B', 17, 21, spaceAfter=6, textColor=colors.HexColor('#1F4E79'))
H2 = S('h2', 'DV-B', 11.5, 14.5, spaceBefore=6, spaceAfter=4, textColor=colors.HexColor('#1F4E79'))
H3 = S('h3', 'DV-B', 9.8, 12.5, spaceBefore=4, spaceAfter=3)
SIDE = S('side', 'DVC', 8.4, 10.8, spaceAfter=3)
SIDEH = S('sideh', 'DVC-B', 9.2, 11.5, spaceAfter=3, textColor=colors.HexColor('#7A3E00'))
NOTE = S('note', 'DV', 7, 8.8, spaceAfter=1)
SMALL = S('small', 'DV', 8, 10)
CELL = S('cell', 'DVC', 8.2, 10)
CELLB = S('cellb', 'DVC-B', 8.2, 10)
CELLH = S('cellh', 'DVC-B', 8.4, 10.2, textColor=colors.white)


def out(outdir, n, slug):
    return os.path.join(outdir, '%s%02d-%s.pdf' % (PREFIX, n, slug))


def set_meta(c, title):
    c.setTitle(title)
    c.setAuthor('Observatoire des partenariats (corpus de test s69)')
    c.setCreator('make_docs.py s69')
    c.setSubject(title)


# ---------------------------------------------------------------------------------------------
# 1. Rapport d'activite d'un reseau regional : corps en deux colonnes + encadres lateraux
# ---------------------------------------------------------------------------------------------
def doc1(outdir):
    path = out(outdir, 1, 'rapport-activite-reseau')
    W, H = A4
    mL, mR, top, bot = 16 * mm, 14 * mm, 26 * mm, 24 * mm
    side_w = 52 * mm
    gap = 5 * mm
    body_w = W - mL - mR - side_w - gap
    col_w = (body_w - gap) / 2
    printed = {1: 14, 2: 15, 3: 16}

    def deco(c, doc):
        c.saveState()
        pg = c.getPageNumber()
        c.setFillColor(colors.HexColor('#1F4E79'))
        c.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 9)
        c.drawString(mL, H - 9 * mm, fr('RÉSEAU DES TERRITOIRES DE L’OBSERVATOIRE'))
        c.setFont('DV', 8.5)
        c.drawRightString(W - mR, H - 9 * mm, fr('Rapport d’activité · chapitre 2 : le réseau en action'))
        # filet du cote des encadres
        c.setStrokeColor(colors.HexColor('#C9A227'))
        c.setLineWidth(1.2)
        x = mL + body_w + gap / 2
        c.line(x, bot, x, H - top)
        c.setFillColor(colors.HexColor('#555555'))
        c.setFont('DV', 7.5)
        c.drawString(mL, 12 * mm, fr('Observatoire des partenariats · Collection « Carnets du réseau » n° 7'))
        c.setFont('DV-B', 10)
        n = printed[pg]
        if n % 2 == 0:
            c.drawString(mL, 12 * mm + 9, str(n))
        else:
            c.drawRightString(W - mR, 12 * mm + 9, str(n))
        c.restoreState()

    fb = H - top
    fh = fb - bot
    frames_p1 = [
        Frame(mL, fb - 34 * mm, body_w, 34 * mm, id='title', leftPadding=0, rightPadding=0, topPadding=0,
              bottomPadding=0),
        Frame(mL, bot + 22 * mm, col_w, fh - 34 * mm - 22 * mm, id='c1', leftPadding=0, rightPadding=0,
              topPadding=0),
        Frame(mL + col_w + gap, bot + 22 * mm, col_w, fh - 34 * mm - 22 * mm, id='c2', leftPadding=0,
              rightPadding=0, topPadding=0),
        Frame(mL, bot, body_w, 20 * mm, id='fn', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(mL + body_w + gap, bot, side_w, fh, id='side', leftPadding=4, rightPadding=0, topPadding=0),
    ]
    frames_pn = [
        Frame(mL, bot + 18 * mm, col_w, fh - 18 * mm, id='c1', leftPadding=0, rightPadding=0, topPadding=0),
        Frame(mL + col_w + gap, bot + 18 * mm, col_w, fh - 18 * mm, id='c2', leftPadding=0, rightPadding=0,
              topPadding=0),
        Frame(mL, bot, body_w, 16 * mm, id='fn', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(mL + body_w + gap, bot, side_w, fh, id='side', leftPadding=4, rightPadding=0, topPadding=0),
    ]
    doc = BaseDocTemplate(path, pagesize=A4, title='Rapport d’activité du réseau des territoires',
                          author='Observatoire des partenariats (corpus de test s69)', creator='make_docs.py s69',
                          subject='Rapport d’activité', invariant=1)
    doc.addPageTemplates([PageTemplate('p1', frames_p1, onPage=deco),
                          PageTemplate('pn', frames_pn, onPage=deco)])

    def box(title, paras, bg='#FFF6DD'):
        inner = [P(title, SIDEH)] + [P(t, SIDE) for t in paras]
        t = Table([[inner]], colWidths=[side_w - 6])
        t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(bg)),
                               ('BOX', (0, 0), (-1, -1), 0.8, colors.HexColor('#C9A227')),
                               ('LEFTPADDING', (0, 0), (-1, -1), 5), ('RIGHTPADDING', (0, 0), (-1, -1), 5),
                               ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
        return t

    st = []
    st.append(NextPageTemplate('pn'))
    st.append(P('2.1 D’où vient le réseau', H1))
    st.append(P('Avant de raconter l’année, ce chapitre rappelle qui porte l’Observatoire des partenariats, '
                'quand il a vu le jour et avec quels alliés. Les encadrés de la marge donnent les repères '
                'utiles à la lecture.', S('chap', 'DV-I', 9.5, 12.5)))
    st.append(FrameBreak())
    st += [
        P('<b>Un laboratoire associatif.</b> Le RAMEAU est né en 2006. Association reconnue d’intérêt général, '
          'il se décrit comme un « laboratoire de recherche empirique » et, selon les textes, comme un '
          '« laboratoire d’innovations partenariales ». Il s’est donné trois missions, dont la première est de '
          'témoigner de ce qui se fait sur le terrain.', BODY),
        P('Depuis sa naissance, il a conduit des expérimentations auprès de plus de 500 organisations et recensé '
          'plus de 1 000 exemples inspirants. Il revendique quinze ans de recherche, dont cinq ans consacrés à '
          'l’étude d’impact.', BODY),
        P('<b>Un observatoire national.</b> L’Observatoire des partenariats a été créé en 2008 par la Caisse des '
          'Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif¹. Sa direction '
          'scientifique est assurée à titre bénévole par Anne Robin, fondatrice du cabinet COMISIS.', BODY),
        FrameBreak(),
        P('<b>Des plans de cinq ans.</b> Le travail de l’Observatoire suit des programmes quinquennaux : ARPEA '
          'pour 2008-2012, puis PHARE, puis IMPACT, lancé en novembre 2017 pour couvrir 2018-2022. Le rapport '
          'quinquennal du premier cycle a été rendu public le 11 décembre 2012.', BODY),
        P('<b>Deux figures.</b> Charles-Benoît Heidsieck est le président-fondateur du RAMEAU ; la direction '
          'générale est confiée à Laurence Weber.', BODY),
        P('<b>Une porte d’entrée régionale.</b> Les travaux nationaux se déclinent en rapports régionaux : le '
          'programme PHARE en a produit treize en 2016, et la série s’est poursuivie depuis (voir page 16).', BODY),
    ]
    st.append(FrameBreak())
    st.append(P('¹ Une variante de la présentation officielle dit « créé en 2008 par Le RAMEAU en partenariat avec '
                'la Caisse des Dépôts ». Les chiffres de ce chapitre sont ceux publiés par l’Observatoire ; '
                'aucun n’a été recalculé par le réseau.', NOTE))
    st.append(FrameBreak())
    st.append(box('REPÈRES', [
        '<b>2006</b> : naissance du RAMEAU.',
        '<b>2008</b> : création de l’Observatoire des partenariats.',
        '<b>Novembre 2017</b> : lancement du programme IMPACT.',
        '<b>+ de 500</b> organisations associées aux expérimentations.',
    ]))
    st.append(Spacer(1, 8))
    st.append(box('UN MILLÉSIME QUI VARIE', [
        'Attention aux sources anciennes : une étude de janvier 2011 (ARPEA Entreprises &amp; Territoires) et le '
        'rapport quinquennal du 11 décembre 2012 écrivent « Créé en 2007, l’Observatoire national des '
        'partenariats associations / entreprises ».',
        'Les présentations actuelles retiennent 2008. Le réseau cite les deux dates quand il parle des origines.',
    ], bg='#F2F2F2'))
    st.append(PageBreak())

    # page 2 (imprimee 15)
    st += [
        P('2.2 Agir ensemble en territoire', H2),
        P('La démarche « Agir ensemble en Territoire » a été initiée en 2010. Elle fait suite à l’étude '
          'ARPEA-Collectivités locales, réalisée avec Comisis et OpinionWay, qui avait montré l’attente des élus '
          'pour des méthodes concrètes.', BODY),
        P('Trois territoires ont servi de pilotes :', BODY),
        P('– l’Alsace, avec Alsace Active ;', BODYL),
        P('– le Poitou-Charentes, avec le Groupe La Poste ;', BODYL),
        P('– Paris-Est Marne &amp; Bois.', BODYL),
        P('Ces pilotes ont nourri la méthode de co-construction territoriale que le réseau diffuse aujourd’hui.',
          BODY),
        FrameBreak(),
        P('2.3 Un parcours pour les territoires pionniers', H2),
        P('Avec le CGET, Le RAMEAU a ouvert un parcours d’expérience destiné aux territoires qui veulent '
          'structurer leurs alliances locales. Le parcours réunit 11 territoires pionniers pendant 18 mois ; la '
          'première session s’est tenue le 3 mai².', BODY),
        P('Le format mêle temps collectifs, visites et travail à distance. Chaque territoire repart avec un '
          'diagnostic partagé et une feuille de route.', BODY),
        P('2.4 Ce que disent les maires', H2),
        P('Le volet PHARE-Institutions, publié le 29 novembre 2016, a proposé cinq profils de maires selon leur '
          'rapport aux alliances. Ce travail sert toujours de grille de lecture aux animateurs du réseau.', BODY),
        P('Dans le même esprit, la fiche-repère « Les dynamiques d’engagement des Collectivités territoriales » '
          'reprend les résultats de l’étude IMPACT-Elus locaux de novembre 2020 (Comisis-OpinionWay).', BODY),
    ]
    st.append(FrameBreak())
    st.append(P('² Un autre document de présentation parle du « CGET et 10 territoires pilotes ». Le réseau '
                'conserve ici le chiffre de 11 territoires pionniers, sans trancher entre les deux versions.',
                NOTE))
    st.append(FrameBreak())
    st.append(box('LES TROIS PILOTES', [
        'Alsace · Alsace Active', 'Poitou-Charentes · Groupe La Poste', 'Paris-Est Marne &amp; Bois',
    ]))
    st.append(Spacer(1, 8))
    st.append(box('LE PARCOURS EN BREF', [
        '<b>11</b> territoires pionniers', '<b>18 mois</b> d’accompagnement', '<b>3 mai</b> : 1re session',
        'Porteurs : CGET et Le RAMEAU',
    ], bg='#E8F0F8'))
    st.append(PageBreak())

    # page 3 (imprimee 16)
    st += [
        P('2.5 Un automne chargé', H2),
        P('La fin d’année a concentré les rendez-vous du réseau. Le onzième rapport régional de l’Observatoire, '
          'consacré à la Normandie, a été publié le 26 novembre. Il prolonge la série ouverte par les treize '
          'rapports régionaux de 2016.', BODY),
        P('Quelques jours plus tôt, le 15 novembre, la revue JURIS Associations consacrait un dossier aux '
          'alliances dans son numéro 628.', BODY),
        P('Le 23 novembre s’est tenu le troisième dîner « Elus &amp; Entreprises ». Les échanges se sont appuyés '
          'sur deux résultats : 64 % des élus locaux souhaitent s’appuyer sur le « jouer collectif », et 92 % des '
          'maires reconnaissent l’utilité de la co-construction.', BODY),
        P('Enfin, le 26 novembre, jour de la sortie du rapport normand, le cinquième webinaire « l’ODD 17 en '
          'pratique » a réuni les acteurs qui expérimentent l’objectif de développement durable consacré aux '
          'partenariats.', BODY),
        FrameBreak(),
        P('2.6 Les outils partagés', H2),
        P('Le réseau s’appuie sur la plateforme www.odd17.org, organisée selon la grille M.E.D.O.C. : Méthodes, '
          'Exemples, Données, Outils, Compétences.', BODY),
        P('Pour les fondations, la fiche acteur « Dynamique d’engagement des Fondations » complète l’étude IMPACT '
          'Fondations &amp; Territoires, publiée le 23 septembre après l’interrogation de 42 fondations.', BODY),
    ]
    st.append(FrameBreak())
    st.append(P('Sources : publications de l’Observatoire des partenariats et du RAMEAU. Les dates sans année '
                'sont données telles qu’elles figurent dans les annonces d’origine.', NOTE))
    st.append(FrameBreak())
    st.append(box('AGENDA DE NOVEMBRE', [
        '<b>15 nov.</b> Dossier JURIS Associations n° 628',
        '<b>23 nov.</b> 3e dîner « Elus &amp; Entreprises »',
        '<b>26 nov.</b> 11e rapport régional (Normandie)',
        '<b>26 nov.</b> 5e webinaire « l’ODD 17 en pratique »',
    ]))
    st.append(Spacer(1, 8))
    st.append(box('EN CHIFFRES', [
        '<b>64 %</b> des élus locaux misent sur le jouer collectif.',
        '<b>92 %</b> des maires jugent la co-construction utile.',
        '<b>42</b> fondations interrogées pour l’étude IMPACT Fondations &amp; Territoires.',
    ], bg='#E8F0F8'))
    doc.build(st)
    return path


# ---------------------------------------------------------------------------------------------
# 2. Diaporama exporte en PDF (paysage 16:9)
# ---------------------------------------------------------------------------------------------
def doc2(outdir):
    path = out(outdir, 2, 'diaporama-impact')
    W, H = 960, 540
    c = rl_canvas.Canvas(path, pagesize=(W, H), invariant=1)
    set_meta(c, 'Programme IMPACT : des données pour agir (diaporama)')
    navy = colors.HexColor('#12355B')
    total = 5

    def frame(n, title):
        c.setFillColor(colors.white)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(navy)
        c.rect(0, H - 88, W, 88, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 30)
        c.drawString(40, H - 58, fr(title))
        c.setFillColor(colors.HexColor('#C9A227'))
        c.rect(0, 0, W, 6, stroke=0, fill=1)
        c.setFillColor(colors.HexColor('#666666'))
        c.setFont('DV', 10)
        c.drawString(40, 16, fr('Observatoire des partenariats · Rencontre des réseaux'))
        c.drawRightString(W - 40, 16, '%d / %d' % (n, total))

    def bullets(x, y, items, size=19, width=480, lead=None):
        st = S('b%d' % size, 'DV', size, lead or size * 1.3, leftIndent=18, bulletIndent=0)
        for it in items:
            p = Paragraph(fr(it), st, bulletText='•')
            w, h = p.wrap(width, 400)
            p.drawOn(c, x, y - h)
            y -= h + 10
        return y

    def bigfig(x, y, value, caption, width=340):
        c.setFillColor(colors.HexColor('#C0392B'))
        c.setFont('DV-B', 96)
        c.drawCentredString(x + width / 2, y, fr(value))
        p = Paragraph(fr(caption), S('cap', 'DV-I', 15, 19, alignment=TA_CENTER,
                                     textColor=colors.HexColor('#333333')))
        w, h = p.wrap(width, 200)
        p.drawOn(c, x, y - 24 - h)

    def notes(text):
        c.setStrokeColor(colors.HexColor('#BBBBBB'))
        c.line(40, 78, W - 40, 78)
        p = Paragraph(fr('<b>Notes de l’intervenant :</b> ' + text),
                      S('nt', 'DV', 8.5, 11, textColor=colors.HexColor('#444444')))
        w, h = p.wrap(W - 80, 60)
        p.drawOn(c, 40, 72 - h)

    # 1
    frame(1, 'Le programme IMPACT')
    c.setFillColor(navy)
    c.setFont('DV', 18)
    c.drawString(40, H - 125, fr('Troisième plan quinquennal de l’Observatoire : 2018-2022'))
    y = bullets(40, H - 150, [
        'Lancé en novembre 2017, après ARPEA (2008-2012) et PHARE',
        'Mené avec la Caisse des Dépôts, l’Institut CDC pour la Recherche, le Groupe La Poste, '
        'la Fondation TOTAL et Le RAMEAU',
        'Trois axes : innovation sociétale et territoriale, performance des organisations, confiance',
    ], size=19, width=560)
    c.setFillColor(colors.HexColor('#EEF3F8'))
    c.roundRect(650, 140, 270, 250, 12, stroke=0, fill=1)
    c.setFillColor(navy)
    c.setFont('DV-B', 17)
    c.drawCentredString(785, 355, fr('3 indicateurs'))
    c.setFont('DV', 16)
    for i, t in enumerate(['innovation', 'performance', 'confiance']):
        c.drawCentredString(785, 310 - i * 40, t)
    notes('rappeler que les trois axes du programme se retrouvent dans les trois indicateurs suivis : '
          'innovation, performance, confiance. Le cycle précédent, PHARE, est daté 2013-2018 sur certains '
          'supports et 2013-2017 sur d’autres.')
    c.showPage()

    # 2
    frame(2, 'Les partenariats, source d’innovation')
    bigfig(40, H - 230, '87 %', 'des maires voient dans les partenariats une source d’innovation')
    y = bullets(440, H - 130, [
        '74 % des Français partagent ce constat',
        '81 % des dirigeants d’entreprise',
        '86 % des responsables associatifs',
        '76 % des maires jugent leur territoire engagé…',
        '… mais 46 % ne savent pas comment piloter la démarche',
    ], size=18, width=480)
    notes('sur un autre support de présentation, le chiffre des citoyens est donné à 69 % (« 69 % des citoyens ») '
          'au lieu de 74 % ; signaler l’écart si la question vient de la salle. Source : programme IMPACT.')
    c.showPage()

    # 3
    frame(3, 'IMPACTS & TRAJECTOIRES – Elus locaux')
    y = bullets(40, H - 125, [
        'Enquête de novembre 2024 auprès de 302 maires',
        'Interrogés par téléphone du 30 septembre au 28 octobre 2024',
        '35 % voient leur territoire fortement en mouvement, 56 % ni plus ni moins',
        '84 % des répondants dirigent une commune de moins de 2 000 habitants',
    ], size=18, width=500)
    c.setFillColor(colors.HexColor('#F7F1E1'))
    c.rect(580, 110, 340, 300, stroke=0, fill=1)
    bigfig(580, H - 250, '91 %', 'des maires estiment que leur territoire est en mouvement')
    c.showPage()

    # 4 : la figure est seule, sa legende arrive en bas, loin d'elle
    frame(4, 'Associations & Territoires')
    c.setFont('DV', 17)
    c.setFillColor(navy)
    c.drawString(40, H - 122, fr('148 000 associations employeuses · 98 % ont au moins un partenariat'))
    data = [('Collectivités', 89), ('Structures d’intérêt général', 73), ('Établissements scolaires', 70),
            ('Collectifs d’associations', 56), ('Acteurs publics nationaux', 52),
            ('Fédérations professionnelles', 37), ('Acteurs académiques', 35)]
    y0 = H - 160
    for i, (lab, v) in enumerate(data):
        yy = y0 - i * 36
        c.setFillColor(colors.HexColor('#333333'))
        c.setFont('DV', 14)
        c.drawRightString(330, yy - 18, fr(lab))
        c.setFillColor(colors.HexColor('#2E75B6'))
        c.rect(340, yy - 24, v * 3.2, 22, stroke=0, fill=1)
        c.setFillColor(colors.HexColor('#333333'))
        c.setFont('DV-B', 14)
        c.drawString(346 + v * 3.2, yy - 18, fr('%d %%' % v))
    c.setFillColor(colors.HexColor('#EEF3F8'))
    c.roundRect(690, 170, 240, 220, 10, stroke=0, fill=1)
    c.setFillColor(navy)
    c.setFont('DV-B', 14)
    c.drawString(705, 365, fr('Formes de partenariat'))
    c.setFont('DV', 13)
    for i, t in enumerate(['mécénat : 75 %', 'innovation sociétale : 73 %', 'pratiques responsables : 70 %',
                           'coopération économique : 58 %', 'échelle locale : 73 %', 'échelle régionale : 47 %']):
        c.drawString(705, 335 - i * 26, fr(t))
    p = Paragraph(fr('Figure 4 – Part des associations employeuses ayant noué un partenariat, par type de '
                     'partenaire (étude IMPACT – Associations &amp; Territoires).'),
                  S('cap4', 'DV-I', 12, 15, textColor=colors.HexColor('#333333')))
    w, h = p.wrap(W - 80, 60)
    p.drawOn(c, 40, 30)
    c.showPage()

    # 5
    frame(5, 'Sortir de crise en jouant collectif')
    bigfig(40, H - 230, '81 %', 'des Français jugent la co-construction utile pour rebondir après la crise')
    y = bullets(440, H - 130, [
        '84 % des dirigeants de TPE &amp; PME partagent cet avis',
        'Plus de 250 données inventoriées pour agir vite et bien',
        'Le « jouer collectif » comme levier de résilience post-Covid',
    ], size=18, width=480)
    notes('ne pas confondre ces 81 % avec les 81 % de Français qui évoquent un « devoir d’alliance » dans la '
          'communication sur le droit de l’alliance : ce sont deux questions différentes.')
    c.showPage()
    c.save()
    return path


# ---------------------------------------------------------------------------------------------
# 3. Communique de presse
# ---------------------------------------------------------------------------------------------
def doc3(outdir):
    path = out(outdir, 3, 'communique-presse')
    W, H = A4
    mL, mR = 20 * mm, 20 * mm

    def deco(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor('#8E1B3A'))
        c.rect(0, H - 22 * mm, W, 22 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 18)
        c.drawString(mL, H - 14 * mm, fr('COMMUNIQUÉ DE PRESSE'))
        c.setFont('DV', 9)
        c.drawRightString(W - mR, H - 14 * mm, fr('Observatoire des partenariats · Le RAMEAU'))
        c.setFillColor(colors.HexColor('#777777'))
        c.setFont('DV', 7.5)
        c.drawString(mL, 10 * mm, fr('Diffusion libre · Merci de citer « Observatoire des partenariats »'))
        c.drawRightString(W - mR, 10 * mm, fr('Page %d sur 2' % c.getPageNumber()))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=mL, rightMargin=mR, topMargin=30 * mm,
                          bottomMargin=18 * mm, title='Communiqué de presse – Charte du faire alliance',
                          author='Observatoire des partenariats (corpus de test s69)', creator='make_docs.py s69',
                          subject='Communiqué de presse', invariant=1)
    fw = W - mL - mR
    doc.addPageTemplates([PageTemplate('all', [Frame(mL, 18 * mm, fw, H - 48 * mm, id='f', leftPadding=0,
                                                     rightPadding=0)], onPage=deco)])
    T = S('t3', 'DV-B', 16, 20, spaceAfter=6, textColor=colors.HexColor('#8E1B3A'))
    CH = S('chap3', 'DV-B', 10.5, 14, spaceAfter=8)
    B = S('b3', 'DV', 10, 13.6, alignment=TA_JUSTIFY, spaceAfter=6)
    st = [
        P('La Charte du faire alliance est lancée : un « contrat de confiance » pour agir ensemble', T),
        P('Après trois mois de co-construction, le texte a été dévoilé à l’occasion du Giving Tuesday', CH),
        P('<b>SAINT-MAURICE, 1er décembre 2021</b> – La Charte du faire alliance a été présentée le '
          '30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice, sur le territoire de Paris-Est Marne &amp; '
          'Bois, au cours d’une soirée VitaWin. Elle est le fruit de trois mois de co-construction pilotés par la '
          'Fondation des Territoires.', B),
        P('Présentée comme un « contrat de confiance », la Charte propose à chaque organisation – association, '
          'entreprise, collectivité, fondation – un cadre commun pour construire des alliances d’intérêt '
          'général. Le choix de Saint-Maurice n’est pas un hasard : Paris-Est Marne &amp; Bois fut, avec '
          'l’Alsace et le Poitou-Charentes, l’un des territoires pilotes de la démarche « Agir ensemble en '
          'Territoire » initiée en 2010.', B),
    ]
    box = [P('CHIFFRES CLÉS', S('ckh', 'DV-B', 12, 15, textColor=colors.HexColor('#8E1B3A'), spaceAfter=4))]
    for v, t in [('81 %', 'des Français ressentent un « devoir d’alliance »'),
                 ('92 %', 'des maires expriment un « besoin d’alliance »'),
                 ('84 %', 'des dirigeants d’entreprises font part d’une « envie d’alliance »'),
                 ('21', 'mesures dans la feuille de route ministérielle')]:
        box.append(Table([[P(v, S('ckv', 'DV-B', 17, 20, textColor=colors.HexColor('#8E1B3A'))),
                           P(t, S('ckt', 'DV', 10, 13))]], colWidths=[28 * mm, fw - 40 * mm],
                         style=[('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
    bt = Table([[box]], colWidths=[fw - 6 * mm])
    bt.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1.4, colors.HexColor('#8E1B3A')),
                            ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#FBEFF2')),
                            ('LEFTPADDING', (0, 0), (-1, -1), 10), ('TOPPADDING', (0, 0), (-1, -1), 8),
                            ('BOTTOMPADDING', (0, 0), (-1, -1), 8)]))
    st += [Spacer(1, 4), bt, Spacer(1, 8)]
    st += [
        P('<b>Une étape vers un droit de l’alliance.</b> La Charte s’inscrit dans un mouvement plus large. En '
          'février, la députée Cathy Racon-Bouzon a déposé une proposition de loi visant à reconnaître un « droit '
          'de l’alliance d’intérêt général ». Le texte a été agréé par le Bureau de l’Assemblée nationale et '
          'publié au Journal officiel. Il accompagne une feuille de route ministérielle de 21 mesures.', B),
        P('Ce travail prolonge la mission ministérielle confiée lors du FNAF 2019 par Gabriel Attal à Cathy '
          'Racon-Bouzon et à Charles-Benoît Heidsieck. Leur rapport a été remis le 7 mai 2020, et un bilan '
          'd’étape a été dressé le 17 octobre 2020.', B),
        P('<i>Rectificatif : une annonce diffusée par ailleurs situait le lancement de la Charte au « mardi '
          '30 septembre ». Le présent communiqué retient le 30 novembre 2021, soirée du Giving Tuesday.</i>',
          S('rect', 'DV-I', 8.6, 11, textColor=colors.HexColor('#555555'))),
        PageBreak(),
        P('Ce que change la Charte', S('h3b', 'DV-B', 12.5, 16, spaceAfter=6, textColor=colors.HexColor('#8E1B3A'))),
        P('La Charte ne crée pas d’obligation juridique. Elle fixe un langage commun et des engagements '
          'réciproques, que chaque signataire peut décliner dans son territoire. Les trois mois de travail '
          'ont associé des acteurs de tous horizons, sous le pilotage de la Fondation des Territoires, '
          'dont la préfiguration avait été lancée en juillet 2018.', B),
        P('Les chiffres mis en avant lors de la soirée sont ceux publiés par Le RAMEAU au sujet du droit de '
          'l’alliance : ils traduisent une attente partagée par les citoyens, les maires et les dirigeants '
          'd’entreprises.', B),
        Spacer(1, 6),
        P('À propos du RAMEAU', S('ap', 'DV-B', 10.5, 13.5, spaceAfter=3)),
        P('Créé en 2006, Le RAMEAU est une association d’intérêt général qui se définit comme un laboratoire de '
          'recherche empirique sur les alliances au service du bien commun. Son président-fondateur est '
          'Charles-Benoît Heidsieck ; sa directrice générale est Laurence Weber.', B),
        P('À propos de l’Observatoire des partenariats', S('ap2', 'DV-B', 10.5, 13.5, spaceAfter=3)),
        P('Créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement '
          'associatif, l’Observatoire mesure l’état des relations entre associations, entreprises, collectivités '
          'et fondations.', B),
        Spacer(1, 10),
    ]
    contact = [P('CONTACT PRESSE', S('cph', 'DV-B', 11, 14, textColor=colors.white)),
               P('Élise Marchand, chargée des relations presse', S('cpt', 'DV', 10, 13.5, textColor=colors.white)),
               P('Formulaire : www.observatoire-partenariats.example/presse',
                 S('cpt2', 'DV', 10, 13.5, textColor=colors.white)),
               P('Courriel : presse@observatoire-partenariats.example',
                 S('cpt3', 'DV', 10, 13.5, textColor=colors.white))]
    ct = Table([[contact]], colWidths=[fw * 0.62])
    ct.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#3B3B3B')),
                            ('LEFTPADDING', (0, 0), (-1, -1), 10), ('TOPPADDING', (0, 0), (-1, -1), 8),
                            ('BOTTOMPADDING', (0, 0), (-1, -1), 10)]))
    st += [ct, Spacer(1, 6), P('— FIN —', S('fin', 'DV-B', 9, 12, alignment=TA_CENTER))]
    doc.build(st)
    return path


# ---------------------------------------------------------------------------------------------
# 4. Appel a projets
# ---------------------------------------------------------------------------------------------
def doc4(outdir):
    path = out(outdir, 4, 'appel-a-projets')
    W, H = A4
    mL, mR = 22 * mm, 18 * mm

    def deco(c, doc):
        c.saveState()
        pg = c.getPageNumber()
        c.setFillColor(colors.HexColor('#1B6E4F'))
        c.rect(0, 0, 9 * mm, H, stroke=0, fill=1)
        c.saveState()
        c.translate(6 * mm, H / 2)
        c.rotate(90)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 9)
        c.drawCentredString(0, 0, fr('FONDS ODD 17 · APPEL À PROJETS'))
        c.restoreState()
        c.setFillColor(colors.HexColor('#1B6E4F'))
        c.setFont('DV', 8)
        c.drawString(mL, H - 12 * mm, fr('Appel à projets « Catalyseurs territoriaux » – règlement'))
        c.drawRightString(W - mR, H - 12 * mm, fr('Réf. AAP-ODD17'))
        c.setStrokeColor(colors.HexColor('#1B6E4F'))
        c.line(mL, H - 14 * mm, W - mR, H - 14 * mm)
        c.setFont('DV', 8)
        c.setFillColor(colors.HexColor('#555555'))
        c.drawCentredString((W + 9 * mm) / 2, 10 * mm, fr('– %s –' % ['i', 'ii', 'iii', 'iv'][pg - 1]))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=mL, rightMargin=mR, topMargin=22 * mm,
                          bottomMargin=20 * mm, title='Appel à projets – Fonds ODD 17',
                          author='Observatoire des partenariats (corpus de test s69)', creator='make_docs.py s69',
                          subject='Appel à projets', invariant=1)
    fw = W - mL - mR
    doc.addPageTemplates([PageTemplate('all', [Frame(mL, 20 * mm, fw, H - 42 * mm, id='f', leftPadding=0,
                                                     rightPadding=0)], onPage=deco)])
    T = S('t4', 'DV-B', 19, 23, spaceAfter=4, textColor=colors.HexColor('#1B6E4F'))
    H4 = S('h4', 'DV-B', 12, 15, spaceBefore=8, spaceAfter=4, textColor=colors.HexColor('#1B6E4F'))
    B = S('b4', 'DV', 9.8, 13.2, alignment=TA_JUSTIFY, spaceAfter=5)
    LI = S('li4', 'DV', 9.8, 13.2, leftIndent=16, bulletIndent=2, spaceAfter=3)

    def num(items, start=1):
        return [Paragraph(fr(t), LI, bulletText='%d.' % (i + start)) for i, t in enumerate(items)]

    st = [
        P('Appel à projets « Catalyseurs territoriaux »', T),
        P('Fonds ODD 17 – expérimentation sur trois ans', S('st4', 'DV-I', 12, 15, spaceAfter=10)),
        P('1. Contexte', H4),
        P('Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. Il est doté de '
          '1,5 M€ pour une expérimentation conduite sur 3 ans. Son ambition : faire émerger 350 « catalyseurs '
          'territoriaux », c’est-à-dire des acteurs capables de réunir autour d’une même table associations, '
          'entreprises, collectivités et fondations.', B),
        P('L’objectif de développement durable n° 17 porte sur les partenariats. Il compte 19 cibles, décryptées '
          'dans la note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons », présentée le 5 juillet.', B),
        P('2. Qui peut répondre ?', H4),
        P('Sont éligibles les candidatures qui remplissent <b>toutes</b> les conditions suivantes :', B),
    ]
    st += num([
        'être portées par une organisation à but non lucratif, une collectivité, une entreprise ou une '
        'fondation, seule ou en consortium ;',
        'réunir au moins deux types d’acteurs différents (par exemple une association et une entreprise) ;',
        'viser un territoire précis, qu’il soit urbain, rural ou périurbain ;',
        's’engager à partager ses méthodes et ses résultats sur la plateforme commune ;',
        'désigner une personne référente pour la durée de l’expérimentation.',
    ])
    st += [
        P('Ne sont pas éligibles :', B),
    ]
    st += num([
        'les projets déjà achevés à la date du dépôt ;',
        'les demandes qui ne concernent qu’un seul acteur sans partenaire identifié.',
    ], start=6)
    st += [
        P('3. Ce que le Fonds apporte', H4),
        P('L’enveloppe globale de 1,5 M€ couvre les trois années de l’expérimentation. Elle finance '
          'l’accompagnement des catalyseurs et la mise à disposition des ressources. Le Fonds n’indique pas de '
          'plafond unique par projet : les montants sont arrêtés par le comité de sélection au vu des '
          'besoins.', B),
        P('Les lauréats accèdent à la boîte à outils M.E.D.O.C., hébergée sur www.odd17.org :', B),
    ]
    st += num(['Méthodes', 'Exemples', 'Données', 'Outils', 'Compétences'])
    st += [
        P('4. Critères d’appréciation', H4),
        P('Les dossiers sont appréciés au regard des trois axes du programme IMPACT :', B),
    ]
    st += num(['l’innovation sociétale et territoriale ;', 'la performance des organisations ;', 'la confiance.'])
    st += [
        P('Le comité regarde aussi la qualité du diagnostic partagé et la solidité de la gouvernance '
          'proposée.', B),
        P('5. Calendrier', H4),
        P('Le calendrier ci-dessous est donné à titre indicatif. Les dates sans mention contraire s’entendent à '
          'minuit, heure de Paris.', B),
    ]
    cal = [['Étape', 'Date', 'Commentaire'],
           ['Ouverture de l’appel', '14 mars 2022', 'dépôt en ligne'],
           ['Webinaire de présentation', '28 mars 2022', 'rediffusion disponible'],
           ['Clôture des candidatures', '13 mai 2022', 'aucun dossier accepté après cette date'],
           ['Audition des présélectionnés', 'juin 2022', 'sur convocation'],
           ['Annonce des lauréats', '5 juillet 2022', 'date anniversaire de la note ODD 17'],
           ['Démarrage de l’accompagnement', 'septembre 2022', 'pour la durée restante de l’expérimentation']]
    t = Table([[P(x, CELLH if i == 0 else (CELLB if j == 0 else CELL)) for j, x in enumerate(r)]
               for i, r in enumerate(cal)], colWidths=[55 * mm, 35 * mm, fw - 90 * mm], repeatRows=1)
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#1B6E4F')),
                           ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, colors.HexColor('#EAF4EF')]),
                           ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9FC5B3')),
                           ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    st += [t, Spacer(1, 8)]
    st += [
        P('6. Repères : le cheminement de la Fondation des Territoires', H4),
        P('Les catalyseurs pourront s’appuyer sur la Fondation des Territoires, dont la préfiguration a suivi '
          'trois étapes :', B),
    ]
    rep = [['Étape', 'Période'],
           ['Étape 1 de la préfiguration', 'juillet 2018 – juillet 2019'],
           ['Étape 2 de la préfiguration', 'août 2019 – novembre 2020'],
           ['Étape 3 de la préfiguration', 'décembre 2020 – mai 2022']]
    t2 = Table([[P(x, CELLH if i == 0 else CELL) for x in r] for i, r in enumerate(rep)],
               colWidths=[70 * mm, 60 * mm])
    t2.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#1B6E4F')),
                            ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9FC5B3'))]))
    st += [t2, Spacer(1, 6),
           P('7. Dépôt', H4),
           P('Les dossiers se déposent uniquement via le formulaire en ligne '
             '(www.fonds-odd17.example/candidater). Aucune candidature papier n’est examinée.', B)]
    doc.build(st)
    return path


# ---------------------------------------------------------------------------------------------
# 5. Proces-verbal d'assemblee generale
# ---------------------------------------------------------------------------------------------
def doc5(outdir):
    path = out(outdir, 5, 'proces-verbal-ag')
    W, H = A4
    mL, mR = 24 * mm, 22 * mm

    def deco(c, doc):
        c.saveState()
        pg = c.getPageNumber()
        c.setFont('DV', 7.5)
        c.setFillColor(colors.HexColor('#444444'))
        c.drawString(mL, H - 12 * mm, fr('Le RAMEAU · Procès-verbal de l’assemblée générale ordinaire'))
        c.drawRightString(W - mR, H - 12 * mm, fr('Paraphe : ____'))
        c.line(mL, H - 13.5 * mm, W - mR, H - 13.5 * mm)
        c.drawCentredString(W / 2, 10 * mm, fr('PV AGO – feuillet %d/2' % pg))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=mL, rightMargin=mR, topMargin=20 * mm,
                          bottomMargin=18 * mm, title='Procès-verbal de l’assemblée générale ordinaire',
                          author='Observatoire des partenariats (corpus de test s69)', creator='make_docs.py s69',
                          subject='Procès-verbal', invariant=1)
    fw = W - mL - mR
    doc.addPageTemplates([PageTemplate('all', [Frame(mL, 18 * mm, fw, H - 38 * mm, id='f', leftPadding=0,
                                                     rightPadding=0)], onPage=deco)])
    T = S('t5', 'DV-B', 15, 19, alignment=TA_CENTER, spaceAfter=3)
    B = S('b5', 'DV', 9.6, 12.8, alignment=TA_JUSTIFY, spaceAfter=5)
    RH = S('rh5', 'DV-B', 10.4, 13.5, spaceBefore=7, spaceAfter=3)
    V = S('v5', 'DVC', 8.8, 11, leftIndent=14, textColor=colors.HexColor('#1F3F66'), spaceAfter=4)

    def vote(pour, contre, abst):
        return P('Votants : %d – pour : %d – contre : %d – abstention : %d. <b>Résolution adoptée.</b>'
                 % (pour + contre + abst, pour, contre, abst), V)

    st = [
        P('PROCÈS-VERBAL DE L’ASSEMBLÉE GÉNÉRALE ORDINAIRE', T),
        P('du 30 juin 2022', S('d5', 'DV', 11, 14, alignment=TA_CENTER, spaceAfter=10)),
        P('L’assemblée générale ordinaire de l’association Le RAMEAU s’est réunie à Paris sur convocation du '
          'président. La séance est ouverte à 17 h 30.', B),
        P('<b>Bureau de séance.</b> La séance est présidée par Charles-Benoît Heidsieck, président-fondateur. '
          'Laurence Weber, directrice générale, présente les rapports. Anne Robin, directrice scientifique '
          'bénévole de l’Observatoire des partenariats et fondatrice de COMISIS, intervient sur le bilan des '
          'études. M. Hugo Lemaire est désigné secrétaire de séance ; Mme Sarah Benali est scrutatrice.', B),
        P('<b>Quorum.</b> La feuille de présence fait apparaître 41 membres présents ou représentés ; le quorum '
          'étant atteint, l’assemblée peut valablement délibérer.', B),
        P('<b>Ordre du jour :</b> rapport moral ; bilan du programme PHARE ; clôture du programme IMPACT ; '
          'Fondation des Territoires ; questions diverses.', B),
        P('Résolution n° 1 – Approbation du rapport moral', RH),
        P('La directrice générale rappelle les étapes de l’association. Créé en 2006, Le RAMEAU a conduit des '
          'expérimentations auprès de plus de 500 organisations. L’Observatoire des partenariats, fondé en 2008 '
          'avec la Caisse des Dépôts, a enchaîné trois plans quinquennaux : ARPEA (2008-2012), PHARE (2013-2018) '
          'et IMPACT (2018-2022), ce dernier lancé en novembre 2017.', B),
        P('Un membre fait observer que certains supports datent PHARE de 2013-2017, et non de 2013-2018. La '
          'directrice générale prend note des deux bornes et indique que le rapport moral mentionnera les deux '
          'versions.', B),
        vote(39, 0, 2),
        P('Résolution n° 2 – Prise d’acte du bilan du programme PHARE', RH),
        P('Anne Robin présente les six volets du programme PHARE :', B),
    ]
    LI = S('li5', 'DV', 9.6, 12.8, leftIndent=16, bulletIndent=4, spaceAfter=2)
    for t in ['PHARE-Citoyens, septembre 2015 ;', 'PHARE-Entreprises, octobre 2015 ;',
              'PHARE-Associations, novembre 2015 ;', '13 rapports régionaux, 2016 ;',
              'diagnostics sectoriels, juillet 2016 ;', 'PHARE-Institutions, automne 2016.']:
        st.append(Paragraph(fr(t), LI, bulletText='–'))
    st += [
        P('Elle précise que le volet Institutions a été publié le 29 novembre 2016 et qu’il distingue cinq '
          'profils de maires. Elle rappelle que PHARE-Citoyens reposait sur plus de 2 000 personnes '
          'interrogées.', B),
        vote(41, 0, 0),
        P('Résolution n° 3 – Retour sur le premier plan : ARPEA', RH),
        P('Le président rappelle que le sigle ARPEA n’a jamais eu une forme unique. Le rapport quinquennal du '
          '11 décembre 2012 écrit « Analyse des Relations et des Partenariats entre Entreprises et Associations » ; '
          'une page de présentation dit « Analyser les Relations Partenariales entre Entreprises et '
          'Associations » ; une plaquette retient « Analyse des Relations Associations-Entreprises ». Le programme '
          'comptait 10 volets.', B),
        P('Il rappelle aussi qu’à la demande de la ministre Valérie Fourneyron, un rapport d’état des lieux des '
          'partenariats associations-entreprises a été publié au début de 2014.', B),
        vote(38, 1, 2),
        P('Résolution n° 4 – Clôture du programme IMPACT', RH),
        P('La directrice générale présente la fin du programme IMPACT, conduit avec la Caisse des Dépôts, '
          'l’Institut CDC pour la Recherche, le Groupe La Poste et la Fondation TOTAL. Parmi les dernières '
          'publications figure l’étude IMPACT Fondations &amp; Territoires, publiée le 23 septembre, qui a '
          'interrogé 42 fondations.', B),
        P('L’étude IMPACT – Associations &amp; Territoires a porté sur 148 000 associations employeuses : '
          '98 % d’entre elles ont des partenariats, en premier lieu avec les collectivités (89 %).', B),
        vote(40, 0, 1),
        P('Résolution n° 5 – Fondation des Territoires', RH),
        P('Le président informe l’assemblée que la Fondation des Territoires a été créée le 14 juin 2022, sous '
          'l’égide de la Fondation de Lille, au terme d’une préfiguration lancée en juillet 2018. Elle réunit '
          '21 co-fondateurs et s’est donné trois missions. Elle a piloté les trois mois de co-construction de la '
          'Charte du faire alliance, lancée le 30 novembre 2021.', B),
        P('L’assemblée autorise le président à signer tout acte utile au soutien de la Fondation des '
          'Territoires.', B),
        vote(37, 2, 2),
        P('Questions diverses', RH),
        P('Un membre demande où en est le Fonds ODD 17, co-créé en 2020 avec la Fondation TotalEnergies. La '
          'directrice générale répond que l’expérimentation, dotée de 1,5 M€ sur trois ans, vise 350 '
          'catalyseurs territoriaux.', B),
        P('L’ordre du jour étant épuisé, la séance est levée à 19 h 10.', B),
        Spacer(1, 10),
    ]
    sig = Table([[P('Le président de séance<br/>Charles-Benoît Heidsieck', SMALL),
                  P('Le secrétaire de séance<br/>Hugo Lemaire', SMALL)]], colWidths=[fw / 2, fw / 2])
    sig.setStyle(TableStyle([('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 30)]))
    st.append(sig)
    doc.build(st)
    return path


# ---------------------------------------------------------------------------------------------
# 6. Synthese financiere simplifiee : tableau sur deux pages, en-tete repete, notes sous le tableau
# ---------------------------------------------------------------------------------------------
def doc6(outdir):
    path = out(outdir, 6, 'synthese-financiere')
    W, H = A4
    mL, mR = 18 * mm, 18 * mm
    printed = {1: 27, 2: 28}

    def deco(c, doc):
        c.saveState()
        pg = c.getPageNumber()
        c.setFont('DV-B', 8)
        c.setFillColor(colors.HexColor('#34495E'))
        c.drawString(mL, H - 12 * mm, fr('ANNEXE FINANCIÈRE'))
        c.setFont('DV', 8)
        c.drawRightString(W - mR, H - 12 * mm, fr('Fonds ODD 17 et programmes associés · exercices 2020 et 2021'))
        c.setStrokeColor(colors.HexColor('#34495E'))
        c.line(mL, H - 13.5 * mm, W - mR, H - 13.5 * mm)
        c.setFont('DV', 8.5)
        c.drawRightString(W - mR, 10 * mm, 'p. %d' % printed[pg])
        c.drawString(mL, 10 * mm, fr('Document de synthèse – chiffres arrondis'))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=mL, rightMargin=mR, topMargin=20 * mm,
                          bottomMargin=18 * mm, title='Synthèse financière simplifiée',
                          author='Observatoire des partenariats (corpus de test s69)', creator='make_docs.py s69',
                          subject='Synthèse financière', invariant=1)
    fw = W - mL - mR
    doc.addPageTemplates([PageTemplate('all', [Frame(mL, 18 * mm, fw, H - 38 * mm, id='f', leftPadding=0,
                                                     rightPadding=0)], onPage=deco)])
    T = S('t6', 'DV-B', 15, 19, spaceAfter=6, textColor=colors.HexColor('#34495E'))
    B = S('b6', 'DV', 9.5, 12.8, alignment=TA_JUSTIFY, spaceAfter=5)
    st = [
        P('Synthèse financière simplifiée : ressources et emplois', T),
        P('Cette annexe présente, sous une forme volontairement simplifiée, les ressources et les emplois '
          'rattachés au Fonds ODD 17 et aux programmes de l’Observatoire pour les exercices 2020 et 2021. Seuls '
          'les montants rendus publics sont indiqués ; les autres lignes portent la mention « n.c. » (non '
          'communiqué).', B),
        P('Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. Sa dotation de '
          '1,5 M€ finance une expérimentation de trois ans ; elle est présentée en une seule fois, à la date de '
          'création du fonds, et n’est pas ventilée par exercice.', B),
        P('La colonne « Repère » rappelle, pour chaque ligne, l’indicateur d’activité publié qui permet d’en '
          'apprécier la portée.', B),
        P('Méthode de lecture', S('ml6', 'DV-B', 10.5, 13.5, spaceBefore=4, spaceAfter=3)),
        P('Les ressources regroupent la dotation du Fonds ODD 17 et les apports des partenaires du programme '
          'IMPACT, mené avec la Caisse des Dépôts, l’Institut CDC pour la Recherche, le Groupe La Poste, la '
          'Fondation TOTAL et Le RAMEAU. Ces partenaires ne publient pas le détail de leurs contributions : '
          'les lignes correspondantes restent donc sans montant.', B),
        P('Les emplois sont présentés par action. Les études de l’Observatoire y figurent pour mémoire, avec '
          'leur principal indicateur ; leur coût n’est pas rendu public. Les lignes marquées « rappel » '
          'correspondent à des actions antérieures à la période, citées pour situer les travaux.', B),
        P('Aucun retraitement n’a été opéré : les montants sont repris tels qu’ils ont été annoncés, sans '
          'actualisation ni conversion. Le tiret signale qu’aucune somme n’est attendue sur l’exercice, ce qui '
          'ne veut pas dire que l’action était à l’arrêt.', B),
        Spacer(1, 4),
    ]
    hdr = ['Poste', '2020', '2021', 'Repère']
    rows = [
        ('RESSOURCES', None, None, None),
        ('Dotation du Fonds ODD 17 (Le RAMEAU et Fondation TotalEnergies)', '1,5 M€ (a)', '—',
         'expérimentation sur 3 ans'),
        ('Programme IMPACT – Caisse des Dépôts', 'n.c.', 'n.c.', 'partenaire fondateur de l’Observatoire (2008)'),
        ('Programme IMPACT – Institut CDC pour la Recherche', 'n.c.', 'n.c.', 'partenaire du programme'),
        ('Programme IMPACT – Groupe La Poste', 'n.c.', 'n.c.', 'aussi pilote en Poitou-Charentes'),
        ('Programme IMPACT – Fondation TOTAL', 'n.c.', 'n.c.', 'partenaire du programme'),
        ('Programme IMPACT – Le RAMEAU', 'n.c.', 'n.c.', 'porteur, créé en 2006'),
        ('Direction scientifique (Anne Robin, COMISIS)', '0 € (b)', '0 € (b)', 'mission assurée bénévolement'),
        ('Total des ressources publiées', '1,5 M€', '—', 'hors lignes n.c.'),
        ('EMPLOIS', None, None, None),
        ('Expérimentation du Fonds ODD 17', '1,5 M€ (a)', '—', 'sur 3 ans, non ventilé'),
        (' dont accompagnement des catalyseurs territoriaux', 'inclus (a)', 'inclus (a)', '350 catalyseurs visés'),
        (' dont plateforme M.E.D.O.C. (www.odd17.org)', 'inclus (a)', 'inclus (a)',
         'Méthodes, Exemples, Données, Outils, Compétences'),
        ('Étude IMPACT-Elus locaux (Comisis-OpinionWay)', 'n.c.', '—', 'publiée en novembre 2020'),
        ('Étude « Sortie de crise : des données pour agir »', 'n.c.', '—', 'plus de 250 données inventoriées'),
        ('Étude IMPACT Fondations & Territoires', 'n.c.', 'n.c.', '42 fondations interrogées'),
        ('Étude IMPACT – Associations & Territoires', 'n.c.', 'n.c.', '148 000 associations employeuses'),
        ('Mission ministérielle sur les alliances (c)', '—', '—', 'rapport remis le 7 mai 2020'),
        ('Préfiguration de la Fondation des Territoires', 'n.c.', 'n.c.', 'étape 2 puis étape 3'),
        ('Co-construction de la Charte du faire alliance', '—', 'n.c.', '3 mois, lancement le 30 novembre 2021'),
        ('Parcours d’expérience avec le CGET (rappel)', '—', '—', '11 territoires pionniers, 18 mois'),
        ('Rapports régionaux de l’Observatoire (rappel)', '—', '—', '13 rapports régionaux en 2016'),
        ('Total des emplois publiés', '1,5 M€', '—', 'hors lignes n.c.'),
    ]
    data = [[P(h, CELLH) for h in hdr]]
    style = [('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#34495E')),
             ('GRID', (0, 0), (-1, -1), 0.35, colors.HexColor('#AAB7C4')),
             ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
             ('ALIGN', (1, 1), (2, -1), 'RIGHT'),
             ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]
    for i, r in enumerate(rows, 1):
        if r[1] is None:
            data.append([P(r[0], CELLB), '', '', ''])
            style += [('SPAN', (0, i), (-1, i)), ('BACKGROUND', (0, i), (-1, i), colors.HexColor('#DCE3EA'))]
        else:
            bold = r[0].startswith('Total')
            data.append([P(r[0], CELLB if bold else CELL), P(r[1], CELLB if bold else CELL),
                         P(r[2], CELLB if bold else CELL), P(r[3], CELL)])
    t = LongTable(data, colWidths=[70 * mm, 23 * mm, 23 * mm, fw - 116 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    st.append(t)
    st.append(Spacer(1, 6))
    for n in ['(a) Dotation globale de 1,5 M€ pour une expérimentation sur trois ans ; la répartition entre '
              'exercices n’est pas publiée, d’où le tiret en 2021.',
              '(b) La direction scientifique de l’Observatoire est assurée bénévolement : aucun coût n’est '
              'inscrit.',
              '(c) Mission confiée lors du FNAF 2019 par Gabriel Attal à Cathy Racon-Bouzon et à '
              'Charles-Benoît Heidsieck ; bilan dressé le 17 octobre 2020. Aucun flux financier n’est rattaché à '
              'cette ligne.',
              'n.c. : non communiqué. — : sans objet pour l’exercice.']:
        st.append(P(n, NOTE))
    doc.build(st)
    return path


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    for f in (doc1, doc2, doc3, doc4, doc5, doc6):
        print(f(outdir))


if __name__ == '__main__':
    main()
