#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generateur deterministe des 6 PDF du jeu aveugle s70.

Usage : /work/main/.venv/bin/python make_docs.py [DOSSIER_SORTIE]
Faits repris de /work/shared/facts.md ; phrases, mise en page et mobilier (titres de
collection, numeros imprimes, commune fictive, prix et dates de formations, personnes
citees par leur seul role) inventes pour ce jeu.
"""
import os
import re
import sys

import reportlab.rl_config
reportlab.rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DV-B', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DV-I', FD + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('DV-BI', FD + 'DejaVuSans-BoldOblique.ttf'))
pdfmetrics.registerFont(TTFont('DS', FD + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('DS-B', FD + 'DejaVuSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DS-I', FD + 'DejaVuSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('DS-BI', FD + 'DejaVuSerif-BoldItalic.ttf'))
pdfmetrics.registerFont(TTFont('DVC', FD + 'DejaVuSansCondensed.ttf'))
pdfmetrics.registerFont(TTFont('DVC-B', FD + 'DejaVuSansCondensed-Bold.ttf'))
from reportlab.lib.fonts import addMapping
for fam, r, b, i, bi in (('DV', 'DV', 'DV-B', 'DV-I', 'DV-BI'), ('DS', 'DS', 'DS-B', 'DS-I', 'DS-BI'),
                         ('DVC', 'DVC', 'DVC-B', 'DVC', 'DVC-B')):
    addMapping(fam, 0, 0, r)
    addMapping(fam, 1, 0, b)
    addMapping(fam, 0, 1, i)
    addMapping(fam, 1, 1, bi)

NB = '\u00a0'


def nb(s):
    """Espaces insecables : dans les nombres, avant % EUR : ; ? ! et dans les guillemets."""
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r'(\d) (\d{3})(?!\d)', '\\1' + NB + '\\2', s)
    s = re.sub(r'(\d) (M€|Mt|kt|h\b)', '\\1' + NB + '\\2', s)
    s = re.sub(r' ([%€:;?!»])', NB + '\\1', s)
    s = s.replace('« ', '«' + NB)
    return s


def P(text, style):
    return Paragraph(nb(text), style)


def S(name, font='DV', size=9, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.28, **kw)


def meta(c, title, subject):
    c.setTitle(title)
    c.setAuthor('Observatoire des partenariats (jeu d’évaluation s70)')
    c.setSubject(subject)
    c.setCreator('make_docs.py s70')


def draw_par(c, text, x, ytop, w, style):
    p = P(text, style)
    _, h = p.wrap(w, 1000)
    p.drawOn(c, x, ytop - h)
    return h


# ---------------------------------------------------------------- 01 infographie
def doc01(path):
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, pageCompression=1)
    meta(c, 'Repères — Les alliances en chiffres (livret infographique)', 'infographie')
    navy = colors.HexColor('#1d3557')
    teal = colors.HexColor('#2a9d8f')
    sand = colors.HexColor('#f4e9d8')
    coral = colors.HexColor('#e76f51')
    big = S('big', 'DV-B', 30, 32, textColor=navy)
    lab = S('lab', 'DV', 8.2, 10.2)
    labc = S('labc', 'DV', 8.2, 10.2, alignment=TA_CENTER)
    tiny = S('tiny', 'DV', 5.6, 6.8, textColor=colors.HexColor('#555555'))
    ttl = S('ttl', 'DV-B', 17, 20, textColor=colors.white)

    def banner(topic, printed):
        c.setFillColor(navy)
        c.rect(0, H - 26 * mm, W, 26 * mm, stroke=0, fill=1)
        c.setFillColor(teal)
        c.rect(0, H - 29 * mm, W, 3 * mm, stroke=0, fill=1)
        c.setFont('DV', 7.5)
        c.setFillColor(colors.white)
        c.drawString(15 * mm, H - 8 * mm, nb('REPÈRES · Les alliances en chiffres · livret n° 4'))
        c.drawRightString(W - 15 * mm, H - 8 * mm, 'Observatoire des partenariats')
        draw_par(c, topic, 15 * mm, H - 11 * mm, W - 30 * mm, ttl)
        c.setFillColor(navy)
        c.setFont('DV-B', 9)
        c.drawRightString(W - 15 * mm, 10 * mm, str(printed))
        c.setFont('DV', 6.5)
        c.drawString(15 * mm, 10 * mm, nb('Livret « Repères » — une page, un sujet'))

    def box(x, y, w, h, fill=sand):
        c.setFillColor(fill)
        c.setStrokeColor(colors.HexColor('#c9b79c'))
        c.roundRect(x, y, w, h, 3 * mm, stroke=1, fill=1)

    def person(x, y, s=1.0, col=teal):
        c.setFillColor(col)
        c.circle(x, y + 9 * s, 3 * s, stroke=0, fill=1)
        c.roundRect(x - 4 * s, y - 3 * s, 8 * s, 9 * s, 2 * s, stroke=0, fill=1)

    def house(x, y, s=1.0, col=coral):
        c.setFillColor(col)
        c.rect(x - 6 * s, y - 5 * s, 12 * s, 9 * s, stroke=0, fill=1)
        p = c.beginPath()
        p.moveTo(x - 8 * s, y + 4 * s)
        p.lineTo(x, y + 11 * s)
        p.lineTo(x + 8 * s, y + 4 * s)
        p.close()
        c.drawPath(p, stroke=0, fill=1)

    def bar(x, y, w, pct, col=teal, label=''):
        c.setFillColor(colors.HexColor('#dddddd'))
        c.rect(x, y, w, 4 * mm, stroke=0, fill=1)
        c.setFillColor(col)
        c.rect(x, y, w * pct / 100.0, 4 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont('DV', 7.8)
        c.drawString(x + w + 2 * mm, y + 1 * mm, nb(label))

    # ---- page 1 : les citoyens
    banner('Les Français et les alliances', 12)
    box(15 * mm, 188 * mm, 80 * mm, 62 * mm)
    person(25 * mm, 236 * mm, 1.4)
    person(35 * mm, 236 * mm, 1.4)
    person(45 * mm, 236 * mm, 1.4, navy)
    draw_par(c, '69 %', 55 * mm, 246 * mm, 40 * mm, big)
    draw_par(c, 'des Français estiment qu’il existe un « devoir d’alliance » entre acteurs '
             '(PHARE-Citoyens, septembre 2015).', 20 * mm, 224 * mm, 70 * mm, lab)
    draw_par(c, 'Plus de 2 000 personnes interrogées', 20 * mm, 199 * mm, 70 * mm,
             S('x', 'DV-B', 8.5, 10.5, textColor=coral))
    # boite notes /10, decalee a droite
    box(105 * mm, 160 * mm, 90 * mm, 95 * mm, colors.HexColor('#e8f1f2'))
    draw_par(c, 'Enjeux prioritaires (note sur 10)', 110 * mm, 251 * mm, 80 * mm,
             S('h', 'DV-B', 9, 11, textColor=navy))
    notes = [('Emploi', 7.1, '7,1'), ('Pouvoir d’achat', 6.6, '6,6'), ('Développement économique', 6.5, '6,5'),
             ('Sécurité', 6.6, '6,6'), ('Environnement', 6.3, '6,3'), ('Exclusion', 6.3, '6,3')]
    y = 236 * mm
    for name, v, txt in notes:
        c.setFont('DV', 7.8)
        c.setFillColor(colors.black)
        c.drawString(110 * mm, y + 5.5 * mm, nb(name))
        bar(110 * mm, y, 55 * mm, v * 10, navy, txt + ' / 10')
        y -= 12 * mm
    # cercles impacts
    draw_par(c, 'Là où les partenariats ont un impact fort, selon les Français', 15 * mm, 150 * mm, 180 * mm,
             S('h2', 'DV-B', 10, 12, textColor=navy))
    circ = [('49 %', 'emploi'), ('46 %', 'développement économique'), ('42 %', 'environnement'),
            ('36 %', 'précarité et éducation')]
    x = 32 * mm
    for val, name in circ:
        c.setFillColor(teal)
        c.circle(x, 120 * mm, 15 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 14)
        c.drawCentredString(x, 118 * mm, nb(val))
        draw_par(c, name, x - 20 * mm, 102 * mm, 40 * mm, labc)
        x += 46 * mm
    box(15 * mm, 35 * mm, 100 * mm, 50 * mm, colors.HexColor('#fdf1ec'))
    c.setFillColor(coral)
    c.rect(20 * mm, 70 * mm, 8 * mm, 8 * mm, stroke=0, fill=1)
    draw_par(c, '74 %', 35 * mm, 80 * mm, 40 * mm, big)
    draw_par(c, 'des Français voient dans les partenariats une source d’innovation (programme IMPACT). '
             'Une autre publication de la même série retient 69 % « des citoyens ».',
             20 * mm, 64 * mm, 90 * mm, lab)
    draw_par(c, 'À lire avec la page suivante : les maires, puis les associations.', 125 * mm, 70 * mm, 70 * mm,
             S('i', 'DV-I', 8, 10, textColor=colors.HexColor('#666666')))
    draw_par(c, 'Sources : Observatoire des partenariats, PHARE-Citoyens (sept. 2015) ; programme IMPACT. '
             'Notes /10 et impacts : résultats publiés de PHARE-Citoyens. Arrondis à l’unité.',
             15 * mm, 24 * mm, 180 * mm, tiny)
    c.showPage()

    # ---- page 2 : les maires (chiffres separes de leurs legendes)
    banner('Les maires face au « jouer collectif »', 13)
    c.setFillColor(navy)
    c.setFont('DV-B', 11)
    c.drawString(15 * mm, 255 * mm, nb('IMPACTS & TRAJECTOIRES – Élus locaux (novembre 2024)'))
    badges = [(40 * mm, 222 * mm, '302', '1'), (100 * mm, 232 * mm, '91 %', '2'), (160 * mm, 215 * mm, '84 %', '3'),
              (55 * mm, 168 * mm, '87 %', '4'), (120 * mm, 160 * mm, '76 %', '5'), (170 * mm, 172 * mm, '46 %', '6')]
    for x, y, val, k in badges:
        c.setFillColor(colors.HexColor('#e8f1f2'))
        c.circle(x, y, 19 * mm, stroke=0, fill=1)
        house(x, y + 9 * mm, 1.1)
        c.setFillColor(navy)
        c.setFont('DV-B', 20)
        c.drawCentredString(x, y - 4 * mm, nb(val))
        c.setFillColor(coral)
        c.circle(x + 15 * mm, y + 13 * mm, 3.2 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 8)
        c.drawCentredString(x + 15 * mm, y + 11.8 * mm, k)
    # detail 91 % : jauge
    box(15 * mm, 92 * mm, 180 * mm, 38 * mm)
    draw_par(c, 'Détail du ②', 20 * mm, 126 * mm, 60 * mm, S('h3', 'DV-B', 9, 11, textColor=navy))
    bar(20 * mm, 110 * mm, 100 * mm, 35, coral, '35 % : fortement en mouvement')
    bar(20 * mm, 100 * mm, 100 * mm, 56, teal, '56 % : en mouvement, ni plus ni moins')
    # legende en bas, loin des chiffres
    leg = S('leg', 'DV', 7.6, 9.4)
    items = ['① maires interrogés par téléphone, du 30 septembre au 28 octobre 2024.',
             '② des maires jugent leur territoire « en mouvement ».',
             '③ des répondants sont maires de communes de moins de 2 000 habitants.',
             '④ des maires voient dans les partenariats une source d’innovation.',
             '⑤ des maires considèrent leur territoire comme engagé.',
             '⑥ des maires disent ne pas savoir piloter une démarche partenariale.']
    y = 82 * mm
    c.setStrokeColor(navy)
    c.line(15 * mm, 85 * mm, 195 * mm, 85 * mm)
    for t in items:
        h = draw_par(c, t, 15 * mm, y, 180 * mm, leg)
        y -= h + 1.2 * mm
    draw_par(c, 'Sources : ① ② ③ enquête IMPACTS & TRAJECTOIRES – Élus locaux, novembre 2024 ; '
             '④ ⑤ ⑥ programme IMPACT de l’Observatoire des partenariats.', 15 * mm, 24 * mm, 180 * mm, tiny)
    c.showPage()

    # ---- page 3 : les associations
    banner('Les associations employeuses et leurs partenaires', 14)
    box(15 * mm, 212 * mm, 60 * mm, 45 * mm)
    draw_par(c, '148 000', 20 * mm, 252 * mm, 55 * mm, S('big2', 'DV-B', 24, 26, textColor=navy))
    draw_par(c, 'associations employeuses dans le champ de l’étude IMPACT – Associations &amp; Territoires',
             20 * mm, 238 * mm, 52 * mm, lab)
    box(80 * mm, 222 * mm, 45 * mm, 35 * mm, colors.HexColor('#fdf1ec'))
    draw_par(c, '98 %', 85 * mm, 252 * mm, 40 * mm, big)
    draw_par(c, 'ont au moins un partenariat', 85 * mm, 238 * mm, 38 * mm, lab)
    # echelles, a droite
    box(132 * mm, 212 * mm, 63 * mm, 45 * mm, colors.HexColor('#e8f1f2'))
    draw_par(c, 'À quelle échelle ?', 137 * mm, 253 * mm, 55 * mm, S('h4', 'DV-B', 9, 11, textColor=navy))
    draw_par(c, '73 %', 137 * mm, 244 * mm, 30 * mm, S('m', 'DV-B', 16, 18, textColor=teal))
    draw_par(c, 'local', 162 * mm, 241 * mm, 30 * mm, lab)
    draw_par(c, '47 %', 137 * mm, 230 * mm, 30 * mm, S('m2', 'DV-B', 16, 18, textColor=teal))
    draw_par(c, 'régional', 162 * mm, 227 * mm, 30 * mm, lab)
    # barres partenaires
    draw_par(c, 'Avec qui ? (part des associations employeuses travaillant avec chaque type de partenaire)',
             15 * mm, 203 * mm, 180 * mm, S('h5', 'DV-B', 9.5, 11.5, textColor=navy))
    parts = [('Collectivités territoriales', 89), ('Structures d’intérêt général', 73),
             ('Établissements scolaires', 70), ('Collectifs d’associations', 56),
             ('Acteurs publics nationaux', 52), ('Fédérations professionnelles', 37), ('Acteurs académiques', 35)]
    y = 188 * mm
    for name, v in parts:
        c.setFont('DV', 8)
        c.setFillColor(colors.black)
        c.drawString(15 * mm, y + 1 * mm, nb(name))
        bar(70 * mm, y, 90 * mm, v, navy, '%d %%' % v)
        y -= 9 * mm
    # types de partenariats : carres
    draw_par(c, 'Pour quoi faire ?', 15 * mm, 116 * mm, 180 * mm, S('h6', 'DV-B', 9.5, 11.5, textColor=navy))
    kinds = [('75 %', 'mécénat'), ('73 %', 'innovation sociétale'), ('70 %', 'pratiques responsables'),
             ('58 %', 'coopération économique')]
    x = 15 * mm
    for val, name in kinds:
        c.setFillColor(coral)
        c.rect(x, 78 * mm, 40 * mm, 30 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 18)
        c.drawCentredString(x + 20 * mm, 92 * mm, nb(val))
        draw_par(c, name, x, 74 * mm, 40 * mm, labc)
        x += 46 * mm
    draw_par(c, 'Source : étude IMPACT – Associations &amp; Territoires, Observatoire des partenariats. '
             'Réponses multiples : les totaux dépassent 100 %.', 15 * mm, 24 * mm, 180 * mm, tiny)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 02 idees recues
def doc02(path):
    W, H = A4
    navy = colors.HexColor('#3d405b')
    red = colors.HexColor('#b23a48')
    green = colors.HexColor('#2d6a4f')
    myth = S('myth', 'DS-I', 10.5, 13.5, textColor=red)
    fact = S('fact', 'DV', 9.6, 12.8, alignment=TA_LEFT)
    src = S('src', 'DV-I', 7, 8.8, textColor=colors.HexColor('#666666'))
    hdr = S('hdr', 'DV-B', 10, 12, textColor=colors.white)

    def on_page(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(navy)
        c.rect(0, H - 18 * mm, W, 18 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 12)
        c.drawString(15 * mm, H - 11 * mm, nb('Idées reçues / réalité'))
        c.setFont('DV', 7.5)
        c.drawRightString(W - 15 * mm, H - 11 * mm, nb('Fiche pratique n° 9 — Les partenariats en questions'))
        c.setFillColor(navy)
        c.setFont('DV', 7)
        c.drawString(15 * mm, 10 * mm, 'Observatoire des partenariats · fiches pratiques · édition de travail')
        c.setFont('DV-B', 8.5)
        c.drawRightString(W - 15 * mm, 10 * mm, 'page %d' % (6 + n))
        if n > 1:
            c.setFont('DV-I', 7)
            c.drawString(15 * mm, H - 23 * mm, nb('(suite du tableau de la page précédente)'))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=27 * mm,
                          bottomMargin=18 * mm, title='Idées reçues / réalité — les partenariats en questions',
                          author='Observatoire des partenariats (jeu d’évaluation s70)', subject='idées reçues',
                          creator='make_docs.py s70', invariant=1)
    fr = Frame(15 * mm, 18 * mm, W - 30 * mm, H - 45 * mm, id='f', leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate('p', [fr], onPage=on_page)])
    intro = S('intro', 'DV', 10, 13.5)
    story = [P('Elles reviennent dans chaque réunion de quartier ou de conseil d’administration. Cette fiche met '
               'en regard quelques affirmations fréquentes et ce que disent les travaux de l’Observatoire des '
               'partenariats. Colonne de gauche : ce que l’on entend. Colonne de droite : ce que montrent les '
               'enquêtes.', intro), Spacer(1, 4 * mm)]
    rows = [
        ('1. « Les alliances entre associations et entreprises, c’est une mode toute récente. »',
         'Non. Le RAMEAU, association d’intérêt général, existe depuis 2006. L’Observatoire des partenariats '
         'a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement '
         'associatif. Attention aux dates : des documents plus anciens (2011, 2012) présentent '
         '« l’Observatoire national des partenariats associations / entreprises » comme créé en 2007.'),
        ('2. « Les Français ne s’intéressent pas à ces partenariats. »',
         'Faux. Dans les enquêtes ARPEA, 86 % des Français en 2008, puis 84 % en 2012, jugeaient urgent de '
         'créer des partenariats. En septembre 2015, PHARE-Citoyens mesurait que 69 % des Français '
         'reconnaissent un « devoir d’alliance ».'),
        ('3. « Pour les Français, la sécurité passe avant tout. »',
         'Pas selon PHARE-Citoyens : l’emploi arrive en tête avec 7,1/10. La note de la sécurité diffère selon '
         'les présentations des résultats : 6,6/10 dans la publication de synthèse, 7/10 dans un article de '
         'presse consacré à la même enquête. Dans les deux cas, elle reste derrière l’emploi.'),
        ('4. « Toutes les entreprises ont déjà un partenaire associatif. »',
         'Loin de là. L’étude ARPEA Entreprises &amp; Territoires (janvier 2011) comptait 21 % d’entreprises '
         'développant des partenariats, 33 % qui souhaitaient en développer et 46 % qui ne le souhaitaient pas. '
         'La note du 29 février 2016 situe à 37 % la part des entreprises d’au moins 10 salariés engagées.'),
        ('5. « Une association, c’est un partenaire : une entreprise. »',
         'Non. L’enquête Associations &amp; Partenariats (Recherches &amp; Solidarités et Le RAMEAU, mars 2017, '
         'plus de 1 380 responsables interrogés en mai-juin 2016) relève 2,5 partenaires en moyenne. Les '
         'collectivités (74 %) et les autres associations ou fondations (72 %) viennent loin devant '
         'l’enseignement (47 %) et les entreprises (28 %), puis l’insertion (22 %) et la recherche (9 %).'),
        ('6. « Le mécénat d’entreprise, c’est réservé aux grosses associations. »',
         'C’est plus fréquent chez elles, sans leur être réservé : 50 % des associations dont le budget dépasse '
         '150 000 € ont un partenariat avec une entreprise, contre 20 % de celles qui disposent de moins de '
         '10 000 €. La note de février 2016 donne 38 % des associations, et 53 % des associations employeuses.'),
        ('7. « Les maires ne croient pas au travail en commun. »',
         'C’est l’inverse : 92 % des maires reconnaissent l’utilité de la co-construction et 64 % des élus locaux '
         'veulent s’appuyer sur le « jouer collectif ».'),
        ('8. « Après la crise sanitaire, chacun s’est replié sur soi. »',
         'Les données inventoriées (plus de 250) disent autre chose : 81 % des Français et 84 % des dirigeants de '
         'TPE &amp; PME jugent la co-construction utile pour la résilience de l’après-Covid, pour « jouer '
         'collectif en sortie de crise ».'),
        ('9. « Le RAMEAU, c’est un cabinet de conseil comme un autre. »',
         'Non : c’est une association d’intérêt général qui se présente comme un « laboratoire de recherche '
         'empirique ». Elle a recensé plus de 1 000 exemples inspirants et mené des expérimentations auprès de '
         'plus de 500 organisations depuis 2006.'),
        ('10. « Les partenariats, ce n’est que du mécénat. »',
         'Le mécénat reste le premier motif, sans être le seul. Parmi les associations employeuses (étude IMPACT – '
         'Associations &amp; Territoires), 75 % pratiquent le mécénat, 73 % l’innovation sociétale, 70 % des '
         'pratiques responsables et 58 % une coopération économique.'),
        ('11. « Les pouvoirs publics regardent ailleurs. »',
         'Une mission ministérielle a été confiée lors du FNAF 2019 à Cathy Racon-Bouzon et Charles-Benoît Heidsieck. '
         'Leur rapport a été remis le 7 mai 2020, et une feuille de route ministérielle en 21 mesures a suivi.'),
        ('12. « Les fondations financent de loin, sans connaître les territoires. »',
         'Les fondations ont été interrogées sur leur rôle dans les territoires : l’étude IMPACT Fondations &amp; '
         'Territoires, publiée le 23 septembre, repose sur 42 fondations, et une fiche acteur « Dynamique '
         'd’engagement des Fondations » en est tirée.'),
    ]
    data = [[P('Idée reçue', hdr), P('Réalité', hdr)]]
    for m, f in rows:
        data.append([P(m, myth), [P(f, fact), Spacer(1, 1.5 * mm),
                                  P('Source : Observatoire des partenariats / Le RAMEAU.', src)]])
    t = Table(data, colWidths=[62 * mm, W - 30 * mm - 62 * mm], repeatRows=1, splitByRow=1, splitInRow=1)
    st = [('BACKGROUND', (0, 0), (0, 0), red), ('BACKGROUND', (1, 0), (1, 0), green),
          ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LINEBELOW', (0, 1), (-1, -1), 0.4, colors.HexColor('#bbbbbb')),
          ('LEFTPADDING', (0, 0), (-1, -1), 5), ('RIGHTPADDING', (0, 0), (-1, -1), 5),
          ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 7)]
    for i in range(1, len(data)):
        st.append(('BACKGROUND', (0, i), (0, i), colors.HexColor('#fbeef0')))
    t.setStyle(TableStyle(st))
    story.append(t)
    story.append(Spacer(1, 6 * mm))
    story.append(P('Pour aller plus loin : les fiches « Repères » et la bibliographie sélective de '
                   'l’Observatoire. Contact : formulaire en ligne, rubrique « Écrire à l’Observatoire ».',
                   S('end', 'DV-I', 8, 10)))
    doc.build(story)


# ---------------------------------------------------------------- 03 deliberation
def doc03(path):
    W, H = A4
    body = S('body', 'DS', 9.6, 13, alignment=TA_JUSTIFY)
    vu = S('vu', 'DS', 9.6, 13, alignment=TA_JUSTIFY, leftIndent=8 * mm, firstLineIndent=-8 * mm, spaceAfter=3)
    art = S('art', 'DS-B', 10, 13, spaceBefore=6, spaceAfter=2)
    ctr = S('ctr', 'DS-B', 11, 14, alignment=TA_CENTER)
    folios = {1: 112, 2: 113, 3: 114}

    def on_page(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFont('DS', 7.5)
        c.drawString(20 * mm, H - 12 * mm, nb('Commune de Val-d’Aubrac-les-Saules (fictive) — Registre des délibérations'))
        c.drawRightString(W - 20 * mm, H - 12 * mm, nb('Folio n° %d' % folios.get(n, 0)))
        c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
        c.setFont('DS-I', 7)
        c.drawString(20 * mm, 12 * mm, nb('Délibération n° 2023-041 — séance du 16 mars 2023'))
        c.drawRightString(W - 20 * mm, 12 * mm, nb('Acte rendu exécutoire après transmission au contrôle de légalité'))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                          bottomMargin=20 * mm, title='Délibération — adhésion à la Charte du faire alliance',
                          author='Commune fictive (jeu d’évaluation s70)', subject='délibération du conseil municipal',
                          creator='make_docs.py s70', invariant=1)
    fr = Frame(20 * mm, 20 * mm, W - 40 * mm, H - 40 * mm, id='f', leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate('p', [fr], onPage=on_page)])
    st = []
    head = Table([[P('RÉPUBLIQUE FRANÇAISE<br/>Département fictif<br/>Commune de Val-d’Aubrac-les-Saules',
                     S('h', 'DS-B', 8.5, 11)),
                   P('Nombre de membres en exercice : 27<br/>Présents : 23<br/>Pouvoirs : 4<br/>Votants : 27',
                     S('h2', 'DS', 8.5, 11, alignment=TA_RIGHT))]], colWidths=[(W - 40 * mm) / 2] * 2)
    head.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('BOX', (1, 0), (1, 0), 0.5, colors.black)]))
    st += [head, Spacer(1, 6 * mm),
           P('EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL', ctr),
           P('Séance du jeudi 16 mars 2023', S('c2', 'DS', 9.5, 13, alignment=TA_CENTER)), Spacer(1, 3 * mm),
           P('<b>Objet : adhésion de la commune à la Charte du faire alliance et candidature au Fonds ODD 17</b>',
             S('obj', 'DS', 10, 13, alignment=TA_CENTER, borderWidth=0.6, borderColor=colors.black,
               borderPadding=5)), Spacer(1, 6 * mm),
           P('L’an deux mille vingt-trois, le seize mars, le conseil municipal, régulièrement convoqué, s’est réuni '
             'en séance publique sous la présidence du maire. Secrétaire de séance : le conseiller municipal le '
             'plus jeune.', body), Spacer(1, 3 * mm),
           P('Le conseil municipal,', body), Spacer(1, 2 * mm),
           P('<b>Vu</b> le code général des collectivités territoriales ;', vu),
           P('<b>Vu</b> la Charte du faire alliance, dévoilée le 30 novembre 2021, jour du Giving Tuesday, à '
             'Saint-Maurice (territoire de Paris-Est Marne &amp; Bois), au cours d’une soirée VitaWin ; un communiqué '
             'public de l’époque évoque pour sa part un lancement le « mardi 30 septembre » ;', vu),
           P('<b>Vu</b> la démarche « Agir ensemble en Territoire », engagée en 2010 à la suite de l’étude '
             'ARPEA-Collectivités locales réalisée par Comisis et OpinionWay ;', vu),
           P('<b>Vu</b> le Fonds ODD 17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, doté de '
             '1,5 M€ pour une expérimentation de 3 ans et visant à faire émerger 350 « catalyseurs territoriaux » ;',
             vu),
           P('<b>Vu</b> l’avis favorable de la commission « Vie associative et solidarités » ;', vu),
           P('<b>Considérant</b> que, selon les enquêtes publiées par Le RAMEAU, 81 % des Français reconnaissent un '
             '« devoir d’alliance », 92 % des maires expriment un « besoin d’alliance » et 84 % des dirigeants '
             'd’entreprise une « envie d’alliance » ;', vu),
           P('<b>Considérant</b> que l’étude PHARE-Institutions, publiée le 29 novembre 2016, distingue 5 profils de '
             'maires dans leur rapport à la co-construction territoriale ;', vu),
           P('<b>Considérant</b> que la Charte est conçue comme un « contrat de confiance » entre les acteurs d’un même '
             'territoire, qu’elle a été co-construite pendant 3 mois sous le pilotage de la Fondation des Territoires, '
             'et que son adoption n’emporte aucune contribution financière obligatoire ;', vu),
           P('<b>Considérant</b> la volonté de la commune de mieux coordonner les associations, les entreprises et les '
             'services municipaux autour de projets d’intérêt général ;', vu),
           Spacer(1, 3 * mm),
           P('Après en avoir délibéré,', body), Spacer(1, 2 * mm),
           P('DÉCIDE', S('dec', 'DS-B', 10.5, 14, alignment=TA_CENTER)),
           P('Article 1', art),
           P('La commune adhère à la Charte du faire alliance et s’engage à en respecter les principes dans ses '
             'relations avec les associations et les entreprises du territoire.', body),
           P('Article 2', art),
           P('Le maire est autorisé à présenter la candidature de la commune auprès du Fonds ODD 17, au titre de '
             'l’expérimentation des « catalyseurs territoriaux », et à signer tout document s’y rapportant.', body),
           P('Article 3', art),
           P('L’adjointe déléguée à la vie associative est désignée comme référente « alliances » de la commune. '
             'Elle rend compte chaque année au conseil municipal des actions engagées.', body),
           P('Article 4', art),
           P('Une enveloppe de 2 500 € est inscrite au budget 2023 (chapitre 011) pour l’organisation d’une première '
             'rencontre des acteurs locaux. Cette somme ne constitue pas une cotisation à la Charte.', body),
           P('Article 5', art),
           P('La présente délibération peut faire l’objet d’un recours devant le tribunal administratif dans un délai '
             'de deux mois à compter de sa publication.', body),
           Spacer(1, 6 * mm)]
    vote = Table([[P('<b>Résultat du vote</b>', S('v', 'DS', 9.5, 12)), ''],
                  [P('Pour', S('v1', 'DS', 9.5, 12)), P('24', S('v2', 'DS-B', 9.5, 12))],
                  [P('Contre', S('v3', 'DS', 9.5, 12)), P('1', S('v4', 'DS-B', 9.5, 12))],
                  [P('Abstentions', S('v5', 'DS', 9.5, 12)), P('2', S('v6', 'DS-B', 9.5, 12))]],
                 colWidths=[40 * mm, 20 * mm])
    vote.setStyle(TableStyle([('SPAN', (0, 0), (1, 0)), ('GRID', (0, 0), (-1, -1), 0.5, colors.black),
                              ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#eeeeee'))]))
    st += [vote, Spacer(1, 3 * mm),
           P('Adoptée à la majorité des suffrages exprimés.', body), Spacer(1, 10 * mm)]
    sig = Table([[P('Pour extrait certifié conforme,<br/>Fait à Val-d’Aubrac-les-Saules, le 17 mars 2023',
                    S('s1', 'DS', 9, 12)),
                  P('Le Maire,<br/><br/><i>[signature]</i><br/><br/>Le secrétaire de séance,<br/><br/>'
                    '<i>[signature]</i>', S('s2', 'DS', 9, 12, alignment=TA_CENTER))]],
                colWidths=[(W - 40 * mm) * 0.55, (W - 40 * mm) * 0.45])
    sig.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st += [sig, Spacer(1, 8 * mm),
           P('Publiée le 20 mars 2023 — transmise en préfecture le 20 mars 2023. Document fictif établi pour un jeu '
             'd’évaluation : la commune, les noms de fonctions et le vote sont inventés ; les faits cités dans les '
             '« Vu » et « Considérant » proviennent de publications de l’Observatoire des partenariats.',
             S('n', 'DS-I', 7.5, 9.5))]
    doc.build(st)


# ---------------------------------------------------------------- 04 catalogue
def doc04(path):
    W, H = A4
    navy = colors.HexColor('#264653')
    gold = colors.HexColor('#e9c46a')
    ttl = S('ttl', 'DV-B', 11, 13.5, textColor=navy)
    txt = S('txt', 'DV', 8.6, 11.2, alignment=TA_JUSTIFY)
    small = S('small', 'DV', 7.8, 9.8)
    smallb = S('smallb', 'DV-B', 7.8, 9.8)

    def on_page(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(gold)
        c.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
        c.setFillColor(navy)
        c.setFont('DV-B', 10)
        c.drawString(15 * mm, H - 9 * mm, 'CATALOGUE DES FORMATIONS')
        c.setFont('DV', 7.5)
        c.drawRightString(W - 15 * mm, H - 9 * mm, nb('Parcours « Faire alliance en territoire » — programme annuel'))
        c.setFont('DV-B', 9)
        c.drawCentredString(W / 2, 9 * mm, str(21 + n))
        c.setFont('DV', 6.5)
        c.drawString(15 * mm, 9 * mm, 'Tarifs nets de taxe, déjeuner inclus pour les journées en présentiel')
        c.drawRightString(W - 15 * mm, 9 * mm, nb('Inscriptions : formulaire en ligne, rubrique « Se former »'))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                          bottomMargin=17 * mm, title='Catalogue de formations — Faire alliance en territoire',
                          author='Observatoire des partenariats (jeu d’évaluation s70)', subject='catalogue de formations',
                          creator='make_docs.py s70', invariant=1)
    fr = Frame(15 * mm, 17 * mm, W - 30 * mm, H - 37 * mm, id='f', leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate('p', [fr], onPage=on_page)])
    CW = W - 30 * mm

    def course(code, title, desc, duree, prix, public, sessions, lieu_col='Lieu'):
        info = Table([[P('<b>Durée</b>', small), P(duree, small)],
                      [P('<b>Tarif</b>', small), P(prix, small)],
                      [P('<b>Public</b>', small), P(public, small)]], colWidths=[16 * mm, 44 * mm])
        info.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 2),
                                  ('TOPPADDING', (0, 0), (-1, -1), 1), ('BOTTOMPADDING', (0, 0), (-1, -1), 1)]))
        ses = [[P('N°', smallb), P('Dates', smallb), P(lieu_col, smallb)]]
        for s in sessions:
            ses.append([P(x, small) for x in s])
        sest = Table(ses, colWidths=[9 * mm, 29 * mm, 22 * mm])
        sest.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.3, colors.grey),
                                  ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#f1f1f1')),
                                  ('LEFTPADDING', (0, 0), (-1, -1), 2), ('TOPPADDING', (0, 0), (-1, -1), 1),
                                  ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]))
        right = [info, Spacer(1, 2 * mm), sest]
        left = [P('<font color="#e76f51">%s</font> · %s' % (code, title), ttl), Spacer(1, 1.5 * mm)]
        for d in desc:
            left.append(P(d, txt))
            left.append(Spacer(1, 1.2 * mm))
        t = Table([[left, right]], colWidths=[CW - 66 * mm, 66 * mm])
        t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, navy), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                               ('BACKGROUND', (1, 0), (1, 0), colors.HexColor('#fbf6e9')),
                               ('LEFTPADDING', (0, 0), (-1, -1), 5), ('RIGHTPADDING', (0, 0), (-1, -1), 4),
                               ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
        return t

    st = [P('Huit modules pour passer de l’intention à l’action', S('h1', 'DV-B', 15, 18, textColor=navy)),
          Spacer(1, 3 * mm),
          P('Chaque module s’appuie sur les travaux publiés de l’Observatoire des partenariats. Les sessions '
            'indiquées ci-dessous sont ouvertes aux élus, agents territoriaux, responsables associatifs et '
            'dirigeants d’entreprise. Les intitulés, tarifs et dates sont propres à ce catalogue.', txt),
          Spacer(1, 4 * mm)]
    st.append(course('F1', 'Comprendre l’ODD 17 et ses cibles',
                     ['L’ODD 17 compte 19 cibles. Le module part '
                      'de la note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons », rendue publique un 5 juillet, '
                      'pour montrer comment ces cibles se traduisent dans une politique locale.',
                      'Exercice : situer un projet de sa commune ou de son association au regard des cibles.'],
                     '1 jour (7 h)', '390 € par personne', 'élus, agents, bénévoles',
                     [('A', '14 mars', 'Lyon'), ('B', '20 juin', 'Paris'), ('C', '10 octobre', 'à distance')]))
    st.append(Spacer(1, 4 * mm))
    st.append(course('F2', 'S’outiller avec M.E.D.O.C.',
                     ['M.E.D.O.C. rassemble, sur la plateforme www.odd17.org, cinq familles de ressources : Méthodes, '
                      'Exemples, Données, Outils, Compétences. Le module fait parcourir chacune d’elles à partir d’un '
                      'cas concret apporté par les stagiaires.',
                      'Prérequis : aucun. Apporter un ordinateur portable.'],
                     '2 jours (14 h)', '720 € par personne', 'chargés de mission, coordinateurs',
                     [('A', '4 et 5 avril', 'Nantes'), ('B', '26 et 27 sept.', 'Lille')]))
    st.append(Spacer(1, 4 * mm))
    st.append(course('F3', 'Co-construire en territoire : retour sur un parcours d’expérience',
                     ['Le module revient sur le parcours d’expérience mené par le CGET et Le RAMEAU : 11 territoires '
                      'pionniers accompagnés pendant 18 mois, avec une première session le 3 mai. Une autre '
                      'présentation du même dispositif parle de « 10 territoires pilotes » ; le module explique cet '
                      'écart de décompte.',
                      'Méthode : études de cas, puis atelier de diagnostic partagé.'],
                     '3 demi-journées', '540 € par personne', 'équipes de direction des collectivités',
                     [('A', '7, 14 et 21 mai', 'à distance'), ('B', '5, 12 et 19 nov.', 'à distance')]))
    st.append(Spacer(1, 4 * mm))
    st.append(course('F4', 'Piloter l’engagement d’une collectivité',
                     ['Le support principal est la fiche-repère « Les dynamiques d’engagement des Collectivités '
                      'territoriales », tirée de l’étude IMPACT-Elus locaux (novembre 2020, Comisis-OpinionWay).',
                      'Point de départ : 76 % des maires jugent leur territoire engagé, mais 46 % disent ne pas savoir '
                      'piloter la démarche. Et 64 % des élus locaux veulent s’appuyer sur le « jouer collectif ».',
                      'Livrable : une feuille de route de pilotage en cinq étapes.'],
                     '1 jour (7 h)', '450 € ; gratuit pour les communes de moins de 2 000 habitants',
                     'maires, adjoints, DGS',
                     [('A', '30 janvier', 'Rennes'), ('B', '11 juin', 'Toulouse'), ('C', '3 décembre', 'Paris')]))
    st.append(Spacer(1, 4 * mm))
    st.append(course('F5', 'Fondations et territoires',
                     ['Construit sur l’étude IMPACT Fondations &amp; Territoires, publiée le 23 septembre, qui a '
                      'interrogé 42 fondations, et sur la fiche acteur « Dynamique d’engagement des Fondations ».',
                      'Pour qui ? Les fondations qui veulent ancrer leur action dans un territoire, et les acteurs '
                      'locaux qui souhaitent les solliciter.'],
                     '1 jour (7 h)', '450 € par personne', 'fondations, porteurs de projets',
                     [('A', '19 mars', 'Marseille'), ('B', '8 octobre', 'Paris')]))
    st.append(Spacer(1, 4 * mm))
    st.append(course('F6', 'Mesurer la valeur d’une alliance',
                     ['Le module reprend la grille du programme IMPACT et ses 3 axes : l’innovation sociétale et '
                      'territoriale, la performance des organisations et la confiance.',
                      'Chaque stagiaire repart avec un tableau de bord adapté à son partenariat.',
                      'Un module de suivi à distance (2 h) est proposé six mois après la formation.'],
                     '2 jours (14 h)', '760 € par personne', 'responsables RSE, directions associatives',
                     [('A', '23 et 24 janv.', 'Paris'), ('B', '15 et 16 mai', 'Bordeaux'), ('C', '18 et 19 sept.', 'Lyon'),
                      ('D', '27 et 28 nov.', 'Strasbourg')]))
    st.append(Spacer(1, 4 * mm))
    st.append(course('F7', 'Le cadre public des alliances',
                     ['Du rapport de la mission ministérielle, remis le 7 mai 2020, à la proposition de loi sur le '
                      '« droit de l’alliance d’intérêt général » : ce module retrace la construction du cadre public '
                      'et détaille la feuille de route ministérielle de 21 mesures.',
                      'Animation : une juriste spécialiste de la vie associative.'],
                     '1/2 journée (3 h 30)', '220 € par personne', 'juristes, directions générales',
                     [('A', '6 février', 'à distance'), ('B', '9 octobre', 'à distance')]))
    st.append(Spacer(1, 4 * mm))
    st.append(course('F8', 'Associations : diversifier ses partenaires',
                     ['Une association compte en moyenne 2,5 partenaires, surtout publics et associatifs. Ce module '
                      'aide les responsables associatifs à cartographier leurs partenaires actuels et à préparer une '
                      'première approche d’entreprise.',
                      'Cas pratiques tirés de l’enquête Associations &amp; Partenariats (mars 2017).'],
                     '1 jour (7 h)', '290 € ; 150 € pour les associations sans salarié', 'dirigeants et bénévoles',
                     [('A', '12 avril', 'Dijon'), ('B', '21 novembre', 'Clermont-Fd')]))
    st.append(Spacer(1, 6 * mm))
    st.append(P('Calendrier récapitulatif de l’année', S('h1b', 'DV-B', 12, 15, textColor=navy)))
    st.append(Spacer(1, 2 * mm))
    cal = [('Janvier', 'F6-A', '23 et 24 janv.', 'Paris'), ('Janvier', 'F4-A', '30 janvier', 'Rennes'),
           ('Février', 'F7-A', '6 février', 'à distance'), ('Mars', 'F1-A', '14 mars', 'Lyon'),
           ('Mars', 'F5-A', '19 mars', 'Marseille'), ('Avril', 'F2-A', '4 et 5 avril', 'Nantes'),
           ('Avril', 'F8-A', '12 avril', 'Dijon'), ('Mai', 'F3-A', '7, 14 et 21 mai', 'à distance'),
           ('Mai', 'F6-B', '15 et 16 mai', 'Bordeaux'), ('Juin', 'F4-B', '11 juin', 'Toulouse'),
           ('Juin', 'F1-B', '20 juin', 'Paris'), ('Septembre', 'F6-C', '18 et 19 sept.', 'Lyon'),
           ('Septembre', 'F2-B', '26 et 27 sept.', 'Lille'), ('Octobre', 'F5-B', '8 octobre', 'Paris'),
           ('Octobre', 'F7-B', '9 octobre', 'à distance'), ('Octobre', 'F1-C', '10 octobre', 'à distance'),
           ('Novembre', 'F3-B', '5, 12 et 19 nov.', 'à distance'), ('Novembre', 'F8-B', '21 novembre', 'Clermont-Ferrand'),
           ('Novembre', 'F6-D', '27 et 28 nov.', 'Strasbourg'), ('Décembre', 'F4-C', '3 décembre', 'Paris')]
    cd = [[P('<b>Mois</b>', small), P('<b>Module-session</b>', small), P('<b>Dates</b>', small),
           P('<b>Lieu</b>', small)]] + [[P(a, small), P(b, small), P(c_, small), P(d, small)] for a, b, c_, d in cal]
    ct = Table(cd, colWidths=[30 * mm, 35 * mm, 45 * mm, 50 * mm], repeatRows=1)
    ct.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.3, colors.grey),
                            ('BACKGROUND', (0, 0), (-1, 0), gold), ('TOPPADDING', (0, 0), (-1, -1), 4),
                            ('BOTTOMPADDING', (0, 0), (-1, -1), 5.5)]))
    st.append(ct)
    st.append(Spacer(1, 5 * mm))
    info = Table([[[P('<b>Modalités d’inscription</b>', ttl), Spacer(1, 2 * mm),
                    P('Les inscriptions se font par le formulaire en ligne, rubrique « Se former », au plus tard trois '
                      'semaines avant la session. Chaque session accueille de 8 à 16 stagiaires ; en dessous de 8 '
                      'inscrits, la session peut être reportée.', txt), Spacer(1, 1.5 * mm),
                    P('Les collectivités peuvent demander une session « intra » organisée sur leur territoire, pour un '
                      'groupe constitué d’élus, d’agents et de partenaires locaux.', txt), Spacer(1, 1.5 * mm),
                    P('Accessibilité : signalez tout besoin d’aménagement au moment de l’inscription.', txt)]]],
                 colWidths=[CW])
    info.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, gold), ('BACKGROUND', (0, 0), (-1, -1),
                              colors.HexColor('#fbf6e9')), ('LEFTPADDING', (0, 0), (-1, -1), 6),
                              ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    st.append(info)
    st.append(Spacer(1, 4 * mm))
    st.append(P('Conditions : toute annulation moins de 10 jours avant la session est due. Les sessions à distance '
                'se tiennent de 9 h 30 à 12 h 30.', S('cg', 'DV-I', 7.8, 9.8)))
    doc.build(st)


# ---------------------------------------------------------------- 05 etude de cas
def doc05(path):
    W, H = A4
    green = colors.HexColor('#386641')
    light = colors.HexColor('#f2e8cf')
    body = S('body', 'DS', 9.4, 13, alignment=TA_JUSTIFY)
    h2 = S('h2', 'DV-B', 11, 14, textColor=green, spaceBefore=4, spaceAfter=3)
    quote = S('q', 'DS-I', 10.5, 14, textColor=green)
    qrole = S('qr', 'DV', 7.5, 9.5, alignment=TA_RIGHT)
    tl = S('tl', 'DV', 7.3, 9.2)
    tlb = S('tlb', 'DV-B', 8, 10, textColor=green)
    MAINW = 128 * mm
    timeline = {
        1: [('2010', 'Lancement de la démarche « Agir ensemble en Territoire », après l’étude ARPEA-Collectivités '
             'locales (Comisis-OpinionWay).'),
            ('Pilotes', 'Alsace (avec Alsace Active), Poitou-Charentes (avec le Groupe La Poste) et Paris-Est '
             'Marne &amp; Bois.')],
        2: [('Juillet 2018', 'Début de la préfiguration de la Fondation des Territoires.'),
            ('07/18 – 07/19', 'Étape 1 de la préfiguration.'),
            ('08/19 – 11/20', 'Étape 2.'),
            ('12/20 – 05/22', 'Étape 3.'),
            ('2021', '3 mois de co-construction de la Charte.'),
            ('30 nov. 2021', 'Lancement de la Charte à Saint-Maurice.')],
        3: [('14 juin 2022', 'Création de la Fondation des Territoires, sous l’égide de la Fondation de Lille.'),
            ('Aujourd’hui', '21 co-fondateurs, 3 missions.')],
    }

    def on_page(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(green)
        c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 8.5)
        c.drawString(15 * mm, H - 8 * mm, nb('ÉTUDE DE CAS n° 3 · Alliances territoriales'))
        c.setFont('DV', 7.5)
        c.drawRightString(W - 15 * mm, H - 8 * mm, 'Paris-Est Marne & Bois')
        # marge chronologique
        x0 = 15 * mm + MAINW + 8 * mm
        c.setFillColor(light)
        c.rect(x0 - 3 * mm, 18 * mm, W - x0 - 12 * mm, H - 36 * mm, stroke=0, fill=1)
        c.setStrokeColor(green)
        c.setLineWidth(1.2)
        c.line(x0 + 1 * mm, 24 * mm, x0 + 1 * mm, H - 30 * mm)
        y = H - 26 * mm
        c.setFillColor(green)
        c.setFont('DV-B', 8)
        c.drawString(x0 - 1 * mm, y, 'REPÈRES')
        y -= 8 * mm
        for date, txt in timeline.get(n, []):
            c.setFillColor(green)
            c.circle(x0 + 1 * mm, y - 1.5 * mm, 1.6 * mm, stroke=0, fill=1)
            pw = W - x0 - 20 * mm
            p1 = P(date, tlb)
            _, h1 = p1.wrap(pw, 100)
            p1.drawOn(c, x0 + 5 * mm, y - h1 + 1 * mm)
            p2 = P(txt, tl)
            _, h2_ = p2.wrap(pw, 300)
            p2.drawOn(c, x0 + 5 * mm, y - h1 - h2_ + 0.5 * mm)
            y -= h1 + h2_ + 6 * mm
        c.setFillColor(colors.black)
        c.setFont('DV', 7)
        c.drawString(15 * mm, 10 * mm, nb('Les cahiers de l’Observatoire — études de cas'))
        c.setFont('DV-B', 8.5)
        c.drawRightString(15 * mm + MAINW, 10 * mm, str(35 + n))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm,
                          title='Étude de cas — de « Agir ensemble en Territoire » à la Charte du faire alliance',
                          author='Observatoire des partenariats (jeu d’évaluation s70)', subject='étude de cas',
                          creator='make_docs.py s70', invariant=1)
    fr = Frame(15 * mm, 18 * mm, MAINW, H - 36 * mm, id='main', leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate('p', [fr], onPage=on_page)])

    def pull(text, role):
        t = Table([[[P('« ' + text + ' »', quote), Spacer(1, 1.5 * mm), P('— ' + role, qrole)]]],
                  colWidths=[MAINW - 16 * mm])
        t.setStyle(TableStyle([('LINEBEFORE', (0, 0), (0, 0), 3, green), ('BACKGROUND', (0, 0), (-1, -1), light),
                               ('LEFTPADDING', (0, 0), (-1, -1), 8), ('TOPPADDING', (0, 0), (-1, -1), 6),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
        t.hAlign = 'RIGHT'
        return t

    st = [P('De « Agir ensemble en Territoire » à la Charte du faire alliance', S('t', 'DV-B', 16, 19, textColor=green)),
          Spacer(1, 2 * mm),
          P('Comment un territoire de l’est parisien est passé, en un peu plus de dix ans, d’une démarche pilote à '
            'un engagement écrit partagé par ses acteurs.', S('chap', 'DS-I', 10, 13.5)),
          Spacer(1, 4 * mm),
          P('1. Le point de départ : une étude auprès des collectivités', h2),
          P('Tout commence par un constat de terrain. L’étude ARPEA-Collectivités locales, conduite par Comisis et '
            'OpinionWay dans le cadre du premier programme de l’Observatoire des partenariats, interroge les '
            'collectivités sur leurs relations avec les associations et les entreprises. En 2010, Le RAMEAU initie alors la démarche « Agir '
            'ensemble en Territoire », dont l’objectif est d’outiller les acteurs locaux pour qu’ils construisent '
            'ensemble des réponses aux besoins de leur territoire.', body),
          Spacer(1, 2 * mm),
          P('Trois territoires servent de terrain d’essai. En Alsace, la démarche s’appuie sur Alsace Active ; en '
            'Poitou-Charentes, sur le Groupe La Poste ; le troisième pilote est Paris-Est Marne &amp; Bois, qui sert de '
            'fil conducteur à cette étude.', body),
          Spacer(1, 4 * mm),
          pull('Au début, chacun venait défendre son projet. Il a fallu plusieurs réunions pour que l’on parle '
               'enfin du territoire plutôt que de nos structures.', 'une responsable associative du territoire pilote'),
          Spacer(1, 4 * mm),
          P('2. Les premiers résultats', h2),
          P('Les premières années servent surtout à apprendre à travailler ensemble : cartographier qui fait quoi, '
            'identifier des besoins non couverts, et tester de petits projets communs. Le territoire de Paris-Est '
            'Marne &amp; Bois y gagne une habitude de dialogue qui lui servira plus tard, lorsqu’il accueillera le '
            'lancement d’une charte nationale.', body),
          Spacer(1, 2 * mm),
          P('Cette phase n’est pas exempte de difficultés. Les calendriers des collectivités, des associations et '
            'des entreprises ne coïncident pas, et la rotation des interlocuteurs oblige souvent à reprendre le fil. '
            'Les pilotes documentent ces écueils, qui nourriront ensuite les outils diffusés à l’échelle nationale.',
            body),
          Spacer(1, 2 * mm),
          P('Trois enseignements se dégagent de ces années pilotes. D’abord, la confiance se construit sur des '
            'projets modestes avant de porter des ambitions plus larges. Ensuite, un tiers neutre facilite le '
            'dialogue entre des acteurs qui n’ont pas les mêmes codes. Enfin, la mesure des résultats, même '
            'sommaire, aide à convaincre ceux qui hésitent encore.', body),
          PageBreak(),
          P('3. D’une démarche pilote à une fondation', h2),
          P('En juillet 2018 s’ouvre la préfiguration de la Fondation des Territoires. Elle se déroule en trois '
            'étapes : de juillet 2018 à juillet 2019, puis d’août 2019 à novembre 2020, enfin de décembre 2020 à '
            'mai 2022. L’idée est de donner un cadre durable à ce que les territoires pilotes ont expérimenté.', body),
          Spacer(1, 2 * mm),
          P('C’est pendant cette période que la Fondation des Territoires pilote la co-construction de la Charte du '
            'faire alliance. Le travail dure 3 mois et associe des acteurs de toute nature : collectivités, '
            'associations, entreprises, fondations. Le texte final se présente comme un « contrat de confiance » '
            'entre partenaires, plutôt que comme un règlement.', body),
          Spacer(1, 4 * mm),
          pull('Une charte, ce n’est pas un contrat juridique. C’est une façon de se dire, avant de commencer, ce '
               'que l’on attend les uns des autres.', 'un dirigeant de PME, membre du groupe de co-construction'),
          Spacer(1, 4 * mm),
          P('4. Le lancement à Saint-Maurice', h2),
          P('La Charte est présentée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice, au cœur du '
            'territoire de Paris-Est Marne &amp; Bois. Le lancement a lieu lors d’une soirée VitaWin. Pour les acteurs '
            'locaux, le choix du lieu vient reconnaître une décennie de travail commun.', body),
          Spacer(1, 2 * mm),
          P('Le symbole compte : le territoire qui avait servi de pilote à « Agir ensemble en Territoire » accueille '
            'le texte qui en tire les enseignements pour tous.', body),
          Spacer(1, 4 * mm),
          pull('Ce soir-là, nous avons compris que ce que nous faisions depuis des années avait un nom.',
               'une cheffe de projet de l’intercommunalité'),
          PageBreak(),
          P('5. Une fondation installée', h2),
          P('Le 14 juin 2022, la Fondation des Territoires est créée sous l’égide de la Fondation de Lille. Elle '
            'réunit 21 co-fondateurs et se donne 3 missions. Elle prend ainsi le relais de la préfiguration et '
            'porte désormais la Charte du faire alliance.', body),
          Spacer(1, 2 * mm),
          P('Pour Paris-Est Marne &amp; Bois, la suite se joue localement : faire vivre la Charte, accueillir de '
            'nouveaux signataires et partager les enseignements avec d’autres territoires.', body),
          Spacer(1, 2 * mm),
          P('6. Questions pour aller plus loin', h2),
          P('Comment un territoire peut-il s’approprier un texte national sans le vider de son sens ? Quelle place '
            'donner aux entreprises de petite taille, souvent absentes des instances ? Comment rendre compte, '
            'chaque année, de ce que la Charte a changé concrètement ? Ces questions servent de trame aux '
            'ateliers proposés aux territoires qui souhaitent s’inspirer de ce cas.', body),
          Spacer(1, 6 * mm)]
    keep = Table([[[P('CE QU’IL FAUT RETENIR', S('k', 'DV-B', 10, 13, textColor=colors.white)), Spacer(1, 2 * mm),
                    P('• 2010 : lancement d’« Agir ensemble en Territoire », avec trois pilotes.',
                      S('k1', 'DV', 8.8, 11.5, textColor=colors.white)),
                    P('• 3 mois de co-construction pour la Charte du faire alliance, pilotée par la Fondation des '
                      'Territoires.', S('k2', 'DV', 8.8, 11.5, textColor=colors.white)),
                    P('• 30 novembre 2021 : lancement à Saint-Maurice (Giving Tuesday).',
                      S('k3', 'DV', 8.8, 11.5, textColor=colors.white)),
                    P('• 14 juin 2022 : création de la Fondation des Territoires (21 co-fondateurs).',
                      S('k4', 'DV', 8.8, 11.5, textColor=colors.white))]]], colWidths=[MAINW])
    keep.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), green), ('LEFTPADDING', (0, 0), (-1, -1), 8),
                              ('TOPPADDING', (0, 0), (-1, -1), 8), ('BOTTOMPADDING', (0, 0), (-1, -1), 8)]))
    st += [keep, Spacer(1, 6 * mm),
           P('Méthode : étude de cas rédigée à partir des publications de Le RAMEAU et de l’Observatoire des '
             'partenariats. Les personnes citées ne sont désignées que par leur fonction.', S('m', 'DV-I', 7.5, 9.5))]
    doc.build(st)


# ---------------------------------------------------------------- 06 references + glossaire
def doc06(path):
    W, H = A4
    plum = colors.HexColor('#5f0f40')
    ent = S('ent', 'DS', 8.8, 11.8, alignment=TA_JUSTIFY, leftIndent=14 * mm, firstLineIndent=-14 * mm, spaceAfter=5)
    gl = S('gl', 'DS', 9.6, 12.8, alignment=TA_LEFT, spaceAfter=6)
    h1 = S('h1', 'DS-B', 14, 17, textColor=plum, spaceAfter=4)
    h2 = S('h2', 'DV-B', 9.5, 12, textColor=plum, spaceBefore=4, spaceAfter=3)
    foot = S('foot', 'DS', 6.8, 8.4)
    footnotes = {
        1: ['¹ Certaines présentations de l’Observatoire bornent PHARE à 2013-2017 ; la chronologie officielle du '
            'programme retient 2013-2018.',
            '² Le sigle ARPEA connaît plusieurs développements selon les documents : voir le glossaire.'],
        2: ['³ La proposition de loi a été déposée en février, selon les comptes rendus parus ensuite.',
            '⁴ Jour de publication seulement ; les années ne sont pas précisées dans la source de cette notice.'],
        3: [],
    }
    roman = {1: 'xi', 2: 'xii', 3: 'xiii'}

    def on_page(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFont('DS-I', 7.5)
        c.setFillColor(plum)
        c.drawString(18 * mm, H - 12 * mm, 'Observatoire des partenariats — Annexes')
        c.drawRightString(W - 18 * mm, H - 12 * mm, 'Références choisies et glossaire')
        c.setStrokeColor(plum)
        c.line(18 * mm, H - 14 * mm, W - 18 * mm, H - 14 * mm)
        fn = footnotes.get(n, [])
        y = 16 * mm + 9.5 * len(fn)
        if fn:
            c.line(18 * mm, y + 4, 70 * mm, y + 4)
        for t in fn:
            p = P(t, foot)
            _, h = p.wrap(W - 36 * mm, 50)
            p.drawOn(c, 18 * mm, y - h + 2)
            y -= h + 1.5
        c.setFillColor(colors.black)
        c.setFont('DS', 8)
        c.drawCentredString(W / 2, 9 * mm, roman[n])
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                          bottomMargin=36 * mm, title='Références choisies et glossaire',
                          author='Observatoire des partenariats (jeu d’évaluation s70)',
                          subject='bibliographie et glossaire', creator='make_docs.py s70', invariant=1)
    fr = Frame(18 * mm, 36 * mm, W - 36 * mm, H - 56 * mm, id='f', leftPadding=0, rightPadding=0)
    cw = (W - 36 * mm - 8 * mm) / 2
    g1 = Frame(18 * mm, 20 * mm, cw, H - 40 * mm, id='g1', leftPadding=0, rightPadding=0)
    g2 = Frame(18 * mm + cw + 8 * mm, 20 * mm, cw, H - 40 * mm, id='g2', leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate('refs', [fr], onPage=on_page),
                          PageTemplate('glos', [g1, g2], onPage=on_page)])

    def E(year, title, who, summary):
        return P('<b>%s</b>&nbsp;&nbsp;<i>%s</i>. %s. %s' % (year, title, who, summary), ent)

    st = [P('Références choisies', h1),
          P('Sélection commentée, classée par date. Les auteurs sont indiqués par leur rôle.',
            S('i', 'DS-I', 8.5, 11)), Spacer(1, 3 * mm),
          P('Programmes d’études', h2),
          E('2008-2012', 'Programme ARPEA²', 'Observatoire des partenariats, équipe d’études',
            'Premier plan quinquennal, organisé en 10 volets, qui dresse l’état des lieux des relations entre '
            'associations, entreprises et collectivités'),
          E('2012', 'Rapport quinquennal', 'Observatoire des partenariats, direction scientifique',
            'Bilan des cinq premières années, rendu public le 11 décembre 2012'),
          E('2013-2018', 'Programme PHARE¹', 'Observatoire des partenariats',
            'Deuxième plan quinquennal, en 6 volets : Citoyens (septembre 2015), Entreprises (octobre 2015), '
            'Associations (novembre 2015), 13 rapports régionaux (2016), diagnostics sectoriels (juillet 2016) et '
            'Institutions (automne 2016)'),
          E('2016', 'PHARE-Institutions', 'Observatoire des partenariats',
            'Publié le 29 novembre 2016 ; propose une typologie en 5 profils de maires'),
          E('2018-2022', 'Programme IMPACT', 'Caisse des Dépôts, Institut CDC pour la Recherche, Groupe La Poste, '
            'Fondation TOTAL et Le RAMEAU', 'Troisième plan quinquennal, lancé en novembre 2017, qui mesure les '
            'effets des alliances selon 3 axes'),
          P('Études et notes', h2),
          E('2011', 'ARPEA Entreprises &amp; Territoires', 'Observatoire national des partenariats',
            'Janvier 2011. Le document s’ouvre sur la formule « Créé en 2007, l’Observatoire national des '
            'partenariats associations / entreprises »'),
          E('2014', 'État des lieux des partenariats associations-entreprises', 'rapport demandé par la ministre '
            'Valérie Fourneyron', 'Publié au début de 2014'),
          E('2016', 'Note sur les modèles de co-construction', 'Observatoire des partenariats',
            'Datée du 29 février 2016 ; chiffre notamment l’engagement des entreprises d’au moins 10 salariés'),
          E('2017', 'Associations &amp; Partenariats', 'Recherches &amp; Solidarités et Le RAMEAU',
            'Mars 2017 ; enquête conduite en mai-juin 2016 auprès de plus de 1 380 responsables associatifs'),
          E('2020', 'IMPACT-Elus locaux', 'Comisis-OpinionWay pour l’Observatoire',
            'Novembre 2020 ; à l’origine de la fiche-repère sur les dynamiques d’engagement des collectivités'),
          PageBreak(),
          P('Rapports publics et textes', h2),
          E('2019-2020', 'Mission ministérielle sur les alliances', 'confiée par Gabriel Attal, alors au '
            'gouvernement, à une députée, Cathy Racon-Bouzon, et au président-fondateur du RAMEAU, Charles-Benoît '
            'Heidsieck', 'Annoncée lors du FNAF 2019 ; rapport remis le 7 mai 2020, bilan présenté le 17 octobre 2020'),
          E('s. d.', 'Feuille de route ministérielle', 'services du ministère',
            'Reprend les travaux de la mission sous la forme de 21 mesures'),
          E('s. d.', 'Proposition de loi « droit de l’alliance d’intérêt général »³', 'portée par la députée '
            'Cathy Racon-Bouzon', 'Agréée par le Bureau de l’Assemblée nationale et publiée au Journal officiel'),
          E('s. d.', 'Sortie de crise : des données pour agir', 'Le RAMEAU',
            'Inventaire de plus de 250 données ; 81 % des Français et 84 % des dirigeants de TPE &amp; PME '
            'jugent la co-construction utile pour la résilience'),
          P('Rapports régionaux et agenda d’un mois de novembre⁴', h2),
          E('15 nov.', 'Dossier JURIS Associations n° 628', 'rédaction de la revue', 'Dossier consacré aux alliances'),
          E('23 nov.', '3e dîner « Elus &amp; Entreprises »', 'Le RAMEAU, en hôte',
            'Rencontre entre maires et dirigeants autour du « jouer collectif »'),
          E('26 nov.', '11e rapport régional de l’Observatoire : Normandie', 'Observatoire des partenariats',
            'Publié le même jour que le 5e webinaire « l’ODD 17 en pratique »'),
          E('5 juillet', 'ODD 17 : Sens, décryptages, déclinaisons', 'Comité 21, note de décryptage',
            'Présente les 19 cibles de l’ODD 17'),
          E('2024', 'IMPACTS &amp; TRAJECTOIRES – Élus locaux', 'institut de sondage pour l’Observatoire',
            'Novembre 2024 ; 302 maires interrogés par téléphone'),
          NextPageTemplate('glos'), PageBreak(),
          P('Glossaire', h1)]
    gloss = [
        ('Le RAMEAU', 'Association d’intérêt général créée en 2006, qui se décrit comme un « laboratoire de '
         'recherche empirique » ou un « laboratoire d’innovations partenariales ». Président-fondateur : '
         'Charles-Benoît Heidsieck ; directrice générale : Laurence Weber.'),
        ('Observatoire des partenariats', 'Créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec '
         'le MEDEF et le Mouvement associatif. Sa direction scientifique est assurée bénévolement par Anne Robin, '
         'fondatrice de COMISIS.'),
        ('ARPEA', 'Premier programme (2008-2012). Trois développements du sigle circulent : « Analyse des Relations '
         'et des Partenariats entre Entreprises et Associations » (rapport quinquennal), « Analyser les Relations '
         'Partenariales entre Entreprises et Associations » et « Analyse des Relations Associations-Entreprises ».'),
        ('PHARE', 'Deuxième programme (2013-2018), en 6 volets ; voir les références.'),
        ('IMPACT', 'Troisième programme (2018-2022), lancé en novembre 2017. Ses 3 axes : innovation sociétale et '
         'territoriale, performance des organisations, confiance.'),
        ('Charte du faire alliance', 'Texte co-construit en 3 mois sous le pilotage de la Fondation des Territoires '
         'et présenté comme un « contrat de confiance ».'),
        ('Fondation des Territoires', 'Créée le 14 juin 2022 sous l’égide de la Fondation de Lille ; 21 '
         'co-fondateurs ; 3 missions.'),
        ('Fonds ODD 17', 'Fonds co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies ; dotation de 1,5 M€ '
         'pour une expérimentation sur 3 ans ; 350 « catalyseurs territoriaux ».'),
        ('M.E.D.O.C.', 'Méthodes, Exemples, Données, Outils, Compétences : les ressources de la plateforme '
         'www.odd17.org.'),
        ('ODD 17', 'Dix-septième objectif de développement durable, consacré aux partenariats ; il compte 19 cibles.'),
        ('Agir ensemble en Territoire', 'Démarche lancée en 2010 à la suite de l’étude ARPEA-Collectivités '
         'locales ; territoires pilotes : Alsace, Poitou-Charentes et Paris-Est Marne &amp; Bois.'),
        ('Catalyseur territorial', 'Acteur local chargé de faire émerger des alliances sur son territoire ; le '
         'Fonds ODD 17 en vise 350.'),
        ('PHARE-Citoyens', 'Volet « citoyens » de PHARE, publié en septembre 2015, fondé sur plus de 2 000 '
         'personnes interrogées.'),
        ('Co-construction territoriale', 'Manière de concevoir un projet de territoire à plusieurs, associations, '
         'entreprises et collectivités, dès sa conception et non à sa seule mise en œuvre.'),
    ]
    for k, v in gloss:
        st.append(P('<b>%s</b> — %s' % (k, v), gl))
    doc.build(st)


DOCS = [('obs-s70-01-reperes-infographie.pdf', doc01), ('obs-s70-02-idees-recues.pdf', doc02),
        ('obs-s70-03-deliberation-conseil.pdf', doc03), ('obs-s70-04-catalogue-formations.pdf', doc04),
        ('obs-s70-05-etude-de-cas.pdf', doc05), ('obs-s70-06-references-glossaire.pdf', doc06)]

if __name__ == '__main__':
    for name, fn in DOCS:
        fn(os.path.join(OUT, name))
        print('ecrit', name)
