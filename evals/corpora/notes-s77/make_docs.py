#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generateur deterministe des 6 PDF du jeu s77 (reportlab, polices DejaVu).

Usage : /work/main/.venv/bin/python make_docs.py [DOSSIER_SORTIE]
"""
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether, FrameBreak, NextPageTemplate, PageBreak,
                                Flowable, CondPageBreak)

FD = '/usr/share/fonts/truetype/dejavu/'
for name, f in [('DV', 'DejaVuSans.ttf'), ('DVB', 'DejaVuSans-Bold.ttf'),
                ('DVI', 'DejaVuSans-Oblique.ttf'), ('DVBI', 'DejaVuSans-BoldOblique.ttf'),
                ('DVS', 'DejaVuSerif.ttf'), ('DVSB', 'DejaVuSerif-Bold.ttf'),
                ('DVSI', 'DejaVuSerif-Italic.ttf'), ('DVSBI', 'DejaVuSerif-BoldItalic.ttf'),
                ('DVC', 'DejaVuSansCondensed.ttf'), ('DVCB', 'DejaVuSansCondensed-Bold.ttf'),
                ('DVCI', 'DejaVuSansCondensed-Oblique.ttf'),
                ('DVCBI', 'DejaVuSansCondensed-BoldOblique.ttf')]:
    pdfmetrics.registerFont(TTFont(name, FD + f))
from reportlab.lib.fonts import addMapping
for fam, r, b, i, bi in [('DV', 'DV', 'DVB', 'DVI', 'DVBI'), ('DVS', 'DVS', 'DVSB', 'DVSI', 'DVSBI'),
                         ('DVC', 'DVC', 'DVCB', 'DVCI', 'DVCBI')]:
    addMapping(fam, 0, 0, r)
    addMapping(fam, 1, 0, b)
    addMapping(fam, 0, 1, i)
    addMapping(fam, 1, 1, bi)

NB = '\u00a0'
W, H = A4


def fr(s):
    """Espaces insecables : milliers, avant % EUR : ; ? ! >> et apres <<."""
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r'(\d) (\d{3})(?!\d)', '\\1' + NB + '\\2', s)
    s = re.sub(r' ([%€:;?!»])', NB + '\\1', s)
    s = s.replace('« ', '«' + NB)
    s = re.sub(r'\+ (?=\d)', '+' + NB, s)
    s = s.replace('n° ', 'n°' + NB)
    return s


def st(name, font='DV', size=9, lead=None, align=TA_JUSTIFY, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3,
                          alignment=align, **kw)


def P(text, style):
    return Paragraph(fr(text), style)


def ds(c, x, y, text, font='DV', size=8, align='left'):
    c.setFont(font, size)
    t = fr(text)
    if align == 'left':
        c.drawString(x, y, t)
    elif align == 'right':
        c.drawRightString(x, y, t)
    else:
        c.drawCentredString(x, y, t)


def meta(doc, title):
    doc.title = title
    doc.author = 'Jeu d\'evaluation s77 (documents fictifs)'
    doc.subject = title
    doc.creator = 'make_docs.py s77'
    doc.producer = 'ReportLab'


def grid(data, widths, style_cmds, repeat=0):
    t = Table(data, colWidths=widths, repeatRows=repeat)
    t.setStyle(TableStyle(style_cmds))
    return t


# --------------------------------------------------------------------------------------------
# 01 Rapport financier avec annexe en notes
# --------------------------------------------------------------------------------------------
def doc01(path):
    body = st('b1', 'DVS', 9.2, 12.4)
    h1 = st('h1', 'DVB', 16, 19, TA_LEFT, textColor=colors.HexColor('#1d4e3a'))
    h2 = st('h2', 'DVB', 10.5, 13, TA_LEFT, spaceBefore=6, spaceAfter=2,
            textColor=colors.HexColor('#1d4e3a'))
    small = st('sm', 'DVC', 7.6, 9.4)
    cell = st('cell', 'DVC', 8, 9.6, TA_LEFT)
    celr = st('celr', 'DVC', 8, 9.6, TA_RIGHT)
    celb = st('celb', 'DVCB', 8, 9.6, TA_LEFT)
    celbr = st('celbr', 'DVCB', 8, 9.6, TA_RIGHT)
    note = st('note', 'DVS', 8.2, 10.6)
    noteh = st('noteh', 'DVSB', 8.6, 11, TA_LEFT, spaceBefore=5, spaceAfter=1)
    printed = {1: 'RF-14', 2: 'RF-15', 3: 'RF-16'}

    def deco(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(colors.HexColor('#1d4e3a'))
        c.rect(15 * mm, H - 20 * mm, 9 * mm, 9 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        ds(c, 19.5 * mm, H - 16.8 * mm, 'ACB', 'DVB', 7, 'center')
        c.setFillColor(colors.HexColor('#1d4e3a'))
        ds(c, 26 * mm, H - 14.5 * mm, 'Alliances Cotentin-Bessin', 'DVB', 9)
        ds(c, 26 * mm, H - 18.5 * mm, 'Association loi 1901 · réseau d\'alliances territoriales · Manche et Calvados', 'DV', 7)
        ds(c, W - 15 * mm, H - 14.5 * mm, 'Assemblée générale ordinaire du 15 juin 2023', 'DV', 7.5, 'right')
        ds(c, W - 15 * mm, H - 18.5 * mm, 'Dossier de séance · document n° 3', 'DV', 7.5, 'right')
        c.setStrokeColor(colors.HexColor('#1d4e3a'))
        c.setLineWidth(0.6)
        c.line(15 * mm, H - 22 * mm, W - 15 * mm, H - 22 * mm)
        c.line(15 * mm, 17 * mm, W - 15 * mm, 17 * mm)
        c.setFillColor(colors.black)
        ds(c, 15 * mm, 12.5 * mm, 'Rapport financier 2022 · comptes arrêtés par le conseil d\'administration du 4 avril 2023', 'DV', 6.8)
        ds(c, 15 * mm, 9 * mm, '12 rue des Halles, 50000 Saint-Lô · www.alliances-cotentin-bessin.fr · tresorerie@alliances-cotentin-bessin.fr', 'DV', 6.8)
        ds(c, W - 15 * mm, 12 * mm, printed[n], 'DVB', 10, 'right')
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                          topMargin=26 * mm, bottomMargin=22 * mm)
    meta(doc, 'Rapport financier 2022 - Alliances Cotentin-Bessin')
    fw = W - 36 * mm
    one = Frame(18 * mm, 22 * mm, fw, H - 48 * mm, id='one')
    gap = 7 * mm
    cw = (fw - gap) / 2
    c1 = Frame(18 * mm, 22 * mm, cw, H - 48 * mm, id='c1')
    c2 = Frame(18 * mm + cw + gap, 22 * mm, cw, H - 48 * mm, id='c2')
    doc.addPageTemplates([PageTemplate('one', [one], onPage=deco),
                          PageTemplate('two', [c1, c2], onPage=deco)])
    s = []
    s.append(P('Rapport financier de l\'exercice 2022', h1))
    s.append(P('présenté par le trésorier, Hervé Lemonnier, au nom du conseil d\'administration', st('sub', 'DVI', 9.5, 12, TA_LEFT, textColor=colors.HexColor('#555555'))))
    s.append(Spacer(1, 5 * mm))
    kf = [[P('<b>Repères 2022</b> (en euros)', cell), ''],
          [P('Total des produits', cell), P('286 400', celbr)],
          [P('Total des charges', cell), P('279 950', celbr)],
          [P('Résultat de l\'exercice', cell), P('+ 6 450', celbr)],
          [P('Fonds associatifs au 31/12', cell), P('64 820', celbr)],
          [P('Trésorerie disponible', cell), P('5,1 mois de charges', celbr)]]
    kft = grid(kf, [42 * mm, 30 * mm], [
        ('SPAN', (0, 0), (1, 0)), ('BACKGROUND', (0, 0), (1, 0), colors.HexColor('#d9ebe2')),
        ('BOX', (0, 0), (-1, -1), 0.6, colors.HexColor('#1d4e3a')),
        ('LINEBELOW', (0, 1), (-1, -2), 0.25, colors.HexColor('#9bbfae')),
        ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')])
    intro = [P('1. L\'exercice en quelques lignes', h2),
             P('Les comptes de l\'exercice clos le 31 décembre 2022 font apparaître un excédent de 6 450 € '
               '(note 6), alors que l\'année 2021 s\'était terminée sur un déficit de 3 180 €. Nos ressources '
               'ont atteint 286 400 €, soit 12 % de plus qu\'en 2021 : cette hausse s\'explique surtout par le '
               'démarrage du projet « Catalyseurs du bocage » (note 3). Les charges progressent moins vite '
               '(+ 8,1 %), ce qui nous permet de reconstituer une partie des fonds propres entamés l\'an dernier.', body)]
    t = Table([[intro, kft]], colWidths=[fw - 76 * mm, 76 * mm])
    t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                           ('RIGHTPADDING', (0, 0), (0, 0), 6 * mm), ('RIGHTPADDING', (1, 0), (1, 0), 0)]))
    s.append(t)
    s.append(P('2. D\'où viennent nos ressources ?', h2))
    s.append(P('Près de la moitié des produits (48 %) provient de financements publics : Région Normandie, '
               'Département de la Manche et Communauté d\'agglomération du Cotentin (détail en note 3). Les '
               'fondations et le mécénat d\'entreprises en apportent 31 %, le reste (21 %) venant des cotisations '
               'des membres et des journées de formation que nous facturons. Aucune ressource ne dépasse à elle '
               'seule le quart du budget, ce qui limite notre dépendance à un financeur unique.', body))
    s.append(P('3. À quoi ont servi ces ressources ?', h2))
    s.append(P('Les salaires et charges sociales représentent 61 % des dépenses : l\'équipe compte 3,4 '
               'équivalents temps plein au 31 décembre (note 5). Les actions de terrain — rencontres, ateliers, '
               'restitutions d\'études — pèsent 27 % (note 4) et le fonctionnement courant 12 %. La hausse de ce '
               'dernier poste (+ 23,5 %) tient au déménagement de nos bureaux à Saint-Lô au printemps.', body))
    s.append(P('4. Le contexte de l\'année', h2))
    s.append(P('L\'année a été marquée par notre entrée dans l\'expérimentation nationale du Fonds ODD 17, dont '
               'les principes sont rappelés en note 3, et par l\'accueil, à l\'automne, de la restitution normande '
               'des travaux de l\'Observatoire des partenariats (note 4). Ces deux chantiers expliquent l\'essentiel '
               'de l\'augmentation des fonds dédiés, c\'est-à-dire des subventions reçues mais pas encore '
               'dépensées, qui passent de 35 000 € à 52 000 €.', body))
    s.append(P('5. Proposition d\'affectation du résultat', h2))
    s.append(P('Le conseil d\'administration propose à l\'assemblée d\'affecter la totalité de l\'excédent, soit '
               '6 450 €, au report à nouveau. Les fonds associatifs s\'établiraient ainsi à 64 820 €, ce qui '
               'couvre un peu moins de trois mois de charges de fonctionnement.', body))
    s.append(Spacer(1, 4 * mm))
    s.append(P('Les chiffres entre parenthèses dans les tableaux sont négatifs. Les renvois « note n » '
               'désignent l\'annexe aux comptes (page RF-16).', small))
    s.append(PageBreak())

    # page 2 : tableaux
    s.append(P('Compte de résultat simplifié (en euros)', h2))
    green = colors.HexColor('#1d4e3a')
    rows = [['Poste', 'Note', '2022', '2021', 'Variation'],
            ['PRODUITS', '', '', '', ''],
            ['Subventions publiques', '3', '137 500', '121 000', '+ 13,6 %'],
            ['Fondations et mécénat', '3', '88 800', '74 500', '+ 19,2 %'],
            ['Cotisations des membres', '—', '18 600', '17 900', '+ 3,9 %'],
            ['Prestations et formations', '—', '41 500', '42 300', '(1,9 %)'],
            ['Total des produits', '', '286 400', '255 700', '+ 12,0 %'],
            ['CHARGES', '', '', '', ''],
            ['Salaires et charges sociales', '5', '170 770', '163 200', '+ 4,6 %'],
            ['Actions et événements', '4', '75 590', '68 480', '+ 10,4 %'],
            ['Fonctionnement courant', '—', '33 590', '27 200', '+ 23,5 %'],
            ['Total des charges', '', '279 950', '258 880', '+ 8,1 %'],
            ['RÉSULTAT DE L\'EXERCICE', '6', '6 450', '(3 180)', 's.o.']]
    data = []
    for i, r in enumerate(rows):
        bold = i in (0, 1, 6, 7, 11, 12)
        data.append([P(r[0], celb if bold else cell), P(r[1], st('c', 'DVC', 8, 9.6, TA_CENTER)),
                     P(r[2], celbr if bold else celr), P(r[3], celbr if bold else celr),
                     P(r[4], celbr if bold else celr)])
    s.append(grid(data, [68 * mm, 14 * mm, 27 * mm, 27 * mm, 26 * mm], [
        ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d9ebe2')),
        ('BACKGROUND', (0, 1), (-1, 1), colors.HexColor('#f1f6f3')),
        ('BACKGROUND', (0, 7), (-1, 7), colors.HexColor('#f1f6f3')),
        ('LINEABOVE', (0, 6), (-1, 6), 0.8, green), ('LINEABOVE', (0, 11), (-1, 11), 0.8, green),
        ('LINEABOVE', (0, 12), (-1, 12), 1.2, green), ('LINEBELOW', (0, 12), (-1, 12), 1.2, green),
        ('BOX', (0, 0), (-1, -1), 0.5, green), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    s.append(Spacer(1, 2 * mm))
    s.append(P('s.o. : sans objet. La variation est calculée sur les montants arrondis à l\'euro.', small))
    s.append(Spacer(1, 5 * mm))
    s.append(P('Bilan simplifié au 31 décembre (en euros)', h2))
    rows = [['ACTIF', '2022', '2021', 'PASSIF', '2022', '2021'],
            ['Immobilisations nettes', '8 140', '9 960', 'Fonds associatifs', '64 820', '58 370'],
            ['Subventions à recevoir', '41 300', '28 700', 'Fonds dédiés (note 3)', '52 000', '35 000'],
            ['Trésorerie', '119 200', '102 600', 'Dettes fournisseurs et sociales', '51 820', '47 890'],
            ['Total actif', '168 640', '141 260', 'Total passif', '168 640', '141 260']]
    data = []
    for i, r in enumerate(rows):
        b = i in (0, 4)
        data.append([P(r[0], celb if b else cell), P(r[1], celbr if b else celr), P(r[2], celbr if b else celr),
                     P(r[3], celb if b else cell), P(r[4], celbr if b else celr), P(r[5], celbr if b else celr)])
    s.append(grid(data, [38 * mm, 19 * mm, 19 * mm, 46 * mm, 20 * mm, 20 * mm], [
        ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d9ebe2')),
        ('LINEAFTER', (2, 0), (2, -1), 1, green), ('LINEABOVE', (0, 4), (-1, 4), 0.8, green),
        ('BOX', (0, 0), (-1, -1), 0.5, green), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    s.append(Spacer(1, 5 * mm))
    s.append(P('Répartition des produits 2022', h2))
    bars = [('Financements publics', 48), ('Fondations et mécénat', 31), ('Cotisations et prestations', 21)]
    s.append(Bars(bars, fw, green))
    s.append(Spacer(1, 4 * mm))
    s.append(P('Lecture : sur 100 € de ressources, 48 € proviennent de financements publics. Les contributions '
               'bénévoles ne figurent pas dans ces montants ; elles sont évaluées séparément en note 2.', small))
    s.append(NextPageTemplate('two'))
    s.append(PageBreak())

    # page 3 : annexe en notes, deux colonnes
    s.append(P('ANNEXE AUX COMPTES — NOTES 1 À 6', st('ah', 'DVB', 10, 12, TA_LEFT, textColor=green)))
    notes = [
        ('Note 1 — Règles et méthodes comptables',
         'Les comptes sont établis selon le règlement ANC n° 2018-06 applicable aux personnes morales de droit '
         'privé à but non lucratif. L\'exercice couvre douze mois, du 1<super>er</super> janvier au 31 décembre 2022. Les '
         'subventions affectées à un projet et non consommées à la clôture sont inscrites en fonds dédiés.'),
        ('Note 2 — Contributions volontaires en nature',
         'Les bénévoles ont consacré 1 240 heures à l\'association en 2022 (animation de rencontres, tenue des '
         'stands, relecture des publications). Valorisées à 19 € de l\'heure, ces contributions représentent '
         '23 560 €. Elles sont mentionnées pour information et n\'entrent pas dans le compte de résultat.'),
        ('Note 3 — Subventions, mécénat et fonds dédiés',
         'Subventions publiques : Région Normandie 62 000 € ; Département de la Manche 45 500 € ; Communauté '
         'd\'agglomération du Cotentin 30 000 €, soit 137 500 €. Fondations et mécénat : participation du Fonds '
         'ODD 17 au projet « Catalyseurs du bocage » 40 000 € ; Fondation Terres de Manche 28 800 € ; mécénat de '
         'neuf entreprises locales 20 000 €, soit 88 800 €.<br/>'
         'Pour mémoire, le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. Il '
         'finance une expérimentation nationale prévue sur trois ans, avec une dotation de 1,5 M€, et s\'appuie '
         'sur un réseau de 350 « catalyseurs territoriaux », dont deux salariés de notre équipe font partie. '
         'Sur les 40 000 € reçus, 17 000 € restaient à engager au 31 décembre et ont été portés en fonds dédiés, '
         'qui atteignent 52 000 € au total.'),
        ('Note 4 — Actions et événements',
         'Le poste comprend quatorze rencontres territoriales et la restitution régionale de l\'Observatoire des '
         'partenariats. Le 11<super>e</super> rapport régional de l\'Observatoire, consacré à la Normandie, a été publié le '
         '26 novembre ; nous en avons organisé la présentation à Saint-Lô pour un coût de 6 300 €. Ce mois de '
         'novembre a aussi été rythmé par trois rendez-vous nationaux relayés auprès de nos membres : le dossier '
         'de JURIS Associations n° 628 (15 novembre), le 3<super>e</super> dîner « Élus &amp; Entreprises » (23 novembre) et le 5<super>e</super> '
         'webinaire « l\'ODD 17 en pratique » (26 novembre).'),
        ('Note 5 — Effectif et rémunérations',
         'L\'association emploie quatre salariés, soit 3,4 équivalents temps plein au 31 décembre 2022, contre 3,1 '
         'un an plus tôt. Les administrateurs exercent leur mandat à titre bénévole et ne perçoivent aucune '
         'rémunération ; leurs frais de déplacement sont remboursés sur justificatifs (1 150 € en 2022).'),
        ('Note 6 — Résultat et événements postérieurs à la clôture',
         'L\'excédent de 6 450 € est proposé en report à nouveau. Après la clôture, la Région Normandie a '
         'confirmé le renouvellement de sa convention pour la période 2023-2025. Aucun autre événement '
         'susceptible de modifier les comptes n\'est intervenu.'),
    ]
    for t_, x in notes:
        s.append(KeepTogether([P(t_, noteh), P(x, note)]))
    s.append(Spacer(1, 4 * mm))
    s.append(P('Comptes certifiés sans réserve par le cabinet Leroux &amp; Associés, commissaire aux comptes '
               '(rapport du 12 avril 2023, disponible au siège sur simple demande).', small))
    doc.build(s)


class Bars(Flowable):
    def __init__(self, items, width, col):
        Flowable.__init__(self)
        self.items, self.width, self.col = items, width, col
        self.height = len(items) * 8 * mm

    def draw(self):
        c = self.canv
        for i, (lab, v) in enumerate(self.items):
            y = self.height - (i + 1) * 8 * mm + 2 * mm
            c.setFont('DVC', 8)
            c.setFillColor(colors.black)
            c.drawString(0, y + 1.2 * mm, fr(lab))
            c.setFillColor(self.col)
            bw = (self.width - 60 * mm) * v / 60.0
            c.rect(48 * mm, y, bw, 4.5 * mm, fill=1, stroke=0)
            c.setFillColor(colors.black)
            c.drawString(48 * mm + bw + 2 * mm, y + 1.2 * mm, fr('%d %%' % v))


# --------------------------------------------------------------------------------------------
# 02 Reglement interieur a articles et alineas (deux colonnes)
# --------------------------------------------------------------------------------------------
def doc02(path):
    red = colors.HexColor('#7a1f2b')
    body = st('b2', 'DVS', 8.6, 11.2)
    art = st('art', 'DVSB', 9, 11.5, TA_LEFT, spaceBefore=6, spaceAfter=2, textColor=red)
    al = st('al', 'DVS', 8.6, 11.2, leftIndent=9, firstLineIndent=-9)
    it = st('it', 'DVS', 8.6, 11.2, leftIndent=20, firstLineIndent=-10)
    marg = st('mg', 'DVCI', 7.2, 9, TA_LEFT, textColor=colors.HexColor('#555555'))
    printed = {1: 5, 2: 6, 3: 7}

    def deco(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(red)
        ds(c, 18 * mm, H - 13 * mm, '◈ CERCLE DES SIGNATAIRES', 'DVB', 8)
        c.setFillColor(colors.black)
        ds(c, 18 * mm, H - 17 * mm, 'Charte du faire alliance · Paris-Est Marne & Bois', 'DV', 7)
        ds(c, W - 18 * mm, H - 13 * mm, 'Livret d\'accueil des membres', 'DVI', 7.5, 'right')
        ds(c, W - 18 * mm, H - 17 * mm, 'Partie II — Règlement intérieur', 'DVI', 7.5, 'right')
        c.setStrokeColor(red)
        c.setLineWidth(1.2)
        c.line(18 * mm, H - 19.5 * mm, W - 18 * mm, H - 19.5 * mm)
        c.setLineWidth(0.4)
        c.line(18 * mm, 16 * mm, W - 18 * mm, 16 * mm)
        ds(c, 18 * mm, 11.5 * mm, 'Version 2 — adoptée le 17 mars 2022, modifiée le 12 janvier 2023 · cercle-alliance-pemb.fr', 'DV', 6.8)
        ds(c, 18 * mm, 8 * mm, 'Document interne, reproduction autorisée pour les membres. Siège : Maison des associations, Saint-Maurice (94).', 'DV', 6.8)
        c.setFillColor(red)
        c.circle(W - 24 * mm, 11 * mm, 4.2 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        ds(c, W - 24 * mm, 9.8 * mm, str(printed[n]), 'DVB', 10, 'center')
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                          topMargin=24 * mm, bottomMargin=20 * mm)
    meta(doc, 'Règlement intérieur du Cercle des signataires - Paris-Est Marne & Bois')
    fw = W - 36 * mm
    gap = 8 * mm
    cw = (fw - gap) / 2
    top_h = 52 * mm
    fh = H - 24 * mm - 20 * mm
    t1 = Frame(18 * mm, H - 24 * mm - top_h, fw, top_h, id='top')
    a1 = Frame(18 * mm, 20 * mm, cw, fh - top_h, id='a1')
    a2 = Frame(18 * mm + cw + gap, 20 * mm, cw, fh - top_h, id='a2')
    b1 = Frame(18 * mm, 20 * mm, cw, fh, id='b1')
    b2 = Frame(18 * mm + cw + gap, 20 * mm, cw, fh, id='b2')

    def sep(c, d):
        deco(c, d)
        c.saveState()
        c.setStrokeColor(colors.HexColor('#bbbbbb'))
        c.setLineWidth(0.3)
        x = 18 * mm + cw + gap / 2
        c.line(x, 22 * mm, x, H - 24 * mm - (top_h if c.getPageNumber() == 1 else 0))
        c.restoreState()

    doc.addPageTemplates([PageTemplate('first', [t1, a1, a2], onPage=sep),
                          PageTemplate('next', [b1, b2], onPage=sep)])
    s = [NextPageTemplate('next')]
    s.append(P('RÈGLEMENT INTÉRIEUR', st('t', 'DVSB', 17, 20, TA_LEFT, textColor=red)))
    s.append(P('du Cercle des signataires de la Charte du faire alliance — territoire de Paris-Est Marne &amp; Bois',
               st('t2', 'DVS', 10, 13, TA_LEFT)))
    s.append(Spacer(1, 2 * mm))
    s.append(P('<b>Préambule.</b> La Charte du faire alliance est née de trois mois de co-construction placés sous '
               'le pilotage de la Fondation des Territoires. Elle a été présentée au public le 30 novembre 2021, '
               'à l\'occasion du Giving Tuesday, à Saint-Maurice, lors de la soirée VitaWin. Ceux qui la signent y '
               'voient un « contrat de confiance » entre acteurs d\'un même territoire. Paris-Est Marne &amp; Bois '
               'figure, avec l\'Alsace (autour d\'Alsace Active) et le Poitou-Charentes (avec le Groupe La Poste), '
               'parmi les trois territoires pilotes de la démarche « Agir ensemble en Territoire », engagée en 2010 '
               'dans le prolongement de l\'étude ARPEA-Collectivités locales conduite par Comisis et OpinionWay. '
               'Le présent règlement complète les statuts du Cercle ; il ne peut y déroger.', body))
    s.append(FrameBreak())

    def A(num, title, items):
        out = [P('Article %s — %s' % (num, title), art)]
        for x in items:
            if x.startswith('>'):
                out.append(P(x[1:], it))
            elif x.startswith('!'):
                out.append(P(x[1:], marg))
            else:
                out.append(P(x, al))
        return out

    arts = [
        ('1', 'Objet', ['(1) Le présent règlement précise les modalités de fonctionnement du Cercle prévues par les '
                        'statuts.', '(2) En cas de contradiction entre le règlement et les statuts, ces derniers '
                        'prévalent.']),
        ('2', 'Composition', ['(1) Le Cercle réunit des signataires de la Charte répartis en quatre collèges :',
                              '>1° associations et fondations ;', '>2° entreprises, quelle que soit leur taille ;',
                              '>3° collectivités territoriales et établissements publics ;',
                              '>4° personnes qualifiées, choisies pour leur expérience des alliances.',
                              '(2) Chaque membre relève d\'un seul collège. En cas de doute, le comité '
                              'd\'animation tranche.']),
        ('3', 'Adhésion', ['(1) Toute demande d\'adhésion est adressée par écrit au comité d\'animation.',
                           '(2) Le candidat doit avoir signé la Charte du faire alliance au préalable.',
                           '(3) La candidature est présentée par deux membres appartenant à des collèges '
                           'différents.',
                           '(4) Le comité d\'animation statue dans un délai de deux mois. Faute de réponse dans ce '
                           'délai, la demande est réputée rejetée.']),
        ('4', 'Cotisations', ['(1) L\'assemblée plénière fixe chaque année le barème des cotisations. Pour 2023, il '
                              's\'établit comme suit :',
                              '>a) associations dont le budget annuel est inférieur à 50 000 € : 20 € ;',
                              '>b) autres associations et fondations : 80 € ;',
                              '>c) entreprises de moins de 50 salariés : 150 € ;',
                              '>d) entreprises de 50 salariés et plus : 600 € ;',
                              '>e) collectivités : 0,05 € par habitant, dans la limite de 1 500 €.',
                              '(2) La cotisation est due au plus tard le 31 mars de l\'année en cours.',
                              '(3) Les personnes qualifiées sont dispensées de cotisation.',
                              '!Alinéa 1 modifié le 12 janvier 2023 (création de la tranche a).']),
        ('5', 'Comité d\'animation', ['(1) Le comité d\'animation compte douze membres, à raison de trois par '
                                      'collège, élus pour deux ans par l\'assemblée plénière.',
                                      '(2) Il est renouvelé par moitié chaque année.',
                                      '(3) Il désigne en son sein une coprésidence formée d\'un représentant '
                                      'associatif et d\'un représentant d\'entreprise.',
                                      '(4) Il se réunit au moins six fois par an, en présentiel ou à distance.',
                                      '(5) La Fondation des Territoires, créée le 14 juin 2022 sous l\'égide de la '
                                      'Fondation de Lille et réunissant 21 co-fondateurs, est invitée permanente '
                                      'du comité, sans voix délibérative.']),
        ('6', 'Assemblée plénière', ['(1) L\'assemblée plénière se tient une fois par an, de préférence dans la '
                                     'semaine du Giving Tuesday.',
                                     '(2) Les convocations sont envoyées au moins 21 jours à l\'avance, ordre du '
                                     'jour joint.',
                                     '(3) Elle délibère valablement si un tiers des membres à jour de cotisation '
                                     'sont présents ou représentés.',
                                     '(4) À défaut, une seconde assemblée est convoquée dans les quinze jours ; elle '
                                     'délibère sans condition de quorum.']),
        ('7', 'Votes', ['(1) Chaque membre dispose d\'une voix.',
                        '(2) Les décisions sont prises à la majorité simple des suffrages exprimés, sauf dans le cas '
                        'prévu à l\'article 11.',
                        '(3) Un membre présent ne peut détenir plus de deux pouvoirs.',
                        '(4) Le vote a lieu à bulletin secret si le quart des membres présents le demande.',
                        '!Alinéa 3 modifié le 12 janvier 2023 (auparavant : trois pouvoirs).']),
        ('8', 'Groupes de travail', ['(1) Le comité d\'animation peut créer des groupes de travail thématiques '
                                     'pour une durée limitée.',
                                     '(2) Des personnes extérieures au Cercle peuvent y être invitées.',
                                     '(3) Chaque groupe désigne un référent chargé d\'en rendre compte au comité.']),
        ('9', 'Confidentialité et communication', ['(1) Les informations échangées en réunion sur les projets '
                                                   'des membres ne peuvent être diffusées sans leur accord.',
                                                   '(2) L\'usage du nom et du logo du Cercle est soumis à l\'accord '
                                                   'préalable de la coprésidence.']),
        ('10', 'Perte de la qualité de membre', ['(1) La qualité de membre se perd :',
                                                  '>1° par démission adressée par écrit ;',
                                                  '>2° pour défaut de paiement de la cotisation après deux '
                                                  'relances ;',
                                                  '>3° pour manquement grave aux engagements de la Charte.',
                                                  '(2) Dans les cas prévus aux 2° et 3°, l\'intéressé est invité à '
                                                  'présenter ses observations dans un délai de quinze jours avant '
                                                  'toute décision du comité.']),
        ('11', 'Modification du règlement', ['(1) Le règlement peut être modifié par l\'assemblée plénière à la '
                                             'majorité des deux tiers des suffrages exprimés.',
                                             '(2) Le projet de modification est joint à la convocation.']),
        ('12', 'Référents de secteur', ['(1) Le comité d\'animation peut nommer des référents de secteur chargés '
                                        'd\'accueillir les nouveaux membres d\'une commune ou d\'un quartier.',
                                        '(2) Les référents sont nommés pour un an, renouvelable deux fois.',
                                        '(3) Ils ne disposent d\'aucun pouvoir de décision propre.']),
        ('13', 'Frais et remboursements', ['(1) Les fonctions exercées au sein du Cercle sont bénévoles.',
                                           '(2) Les frais engagés pour le compte du Cercle sont remboursés sur '
                                           'justificatifs, dans les conditions suivantes :',
                                           '>a) déplacements en transports collectifs : au coût réel ;',
                                           '>b) déplacements en véhicule personnel : selon le barème fiscal en '
                                           'vigueur ;',
                                           '>c) repas pris lors d\'une mission : dans la limite de 20 € par repas.',
                                           '(3) Toute demande de remboursement est présentée dans les trois mois '
                                           'suivant la dépense.']),
        ('14', 'Médiation', ['(1) Tout différend entre membres relatif à l\'application de la Charte est d\'abord '
                             'soumis à une médiation amiable.',
                             '(2) Le médiateur est choisi d\'un commun accord parmi les personnes qualifiées du '
                             'quatrième collège.',
                             '(3) À défaut d\'accord dans un délai d\'un mois, le comité d\'animation est saisi.']),
        ('15', 'Entrée en vigueur', ['(1) Le présent règlement entre en vigueur le lendemain de son adoption.',
                                     '(2) Il est remis à chaque nouveau membre avec le livret d\'accueil et tenu à '
                                     'la disposition de tous au siège.']),
    ]
    for a in arts:
        s.extend(A(*a))
    s.append(Spacer(1, 4 * mm))
    hist = [[P('<b>Historique des versions</b>', st('h', 'DVC', 7.8, 9.5, TA_LEFT)), ''],
            [P('Version 1', st('h', 'DVC', 7.8, 9.5, TA_LEFT)),
             P('Adoptée par l\'assemblée constitutive du 17 mars 2022.', st('h', 'DVC', 7.8, 9.5, TA_LEFT))],
            [P('Version 2', st('h', 'DVC', 7.8, 9.5, TA_LEFT)),
             P('Assemblée plénière du 12 janvier 2023 : articles 4 et 7 modifiés.', st('h', 'DVC', 7.8, 9.5, TA_LEFT))]]
    s.append(grid(hist, [18 * mm, cw - 18 * mm], repeat=1, style_cmds=[('SPAN', (0, 0), (1, 0)),
                                                  ('BOX', (0, 0), (-1, -1), 0.6, red),
                                                  ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#f3e3e5')),
                                                  ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s.append(PageBreak())
    s.append(P('ANNEXES AU RÈGLEMENT INTÉRIEUR', st('anx', 'DVSB', 11, 14, TA_LEFT, textColor=red)))
    s.append(P('Annexe 1 — Modèle de pouvoir (article 7, alinéa 3)', art))
    pw = st('pw', 'DVS', 8.4, 13, TA_LEFT)
    frm = [[P('Je soussigné(e) ........................................................, représentant '
              '........................................................ (collège n° ......), donne pouvoir à '
              '........................................................ pour me représenter à l\'assemblée plénière '
              'du ........................ et prendre part en mon nom à tous les votes inscrits à l\'ordre du jour.<br/><br/>'
              'Fait à ........................, le ........................ Signature :', pw)]]
    s.append(grid(frm, [cw], [('BOX', (0, 0), (-1, -1), 0.5, colors.grey), ('TOPPADDING', (0, 0), (-1, -1), 5),
                              ('BOTTOMPADDING', (0, 0), (-1, -1), 14)]))
    s.append(P('Rappel : un membre présent ne peut détenir plus de deux pouvoirs.', marg))
    s.append(P('Annexe 2 — Calendrier type d\'une année', art))
    cal = [('Janvier', 'Appel des cotisations'), ('31 mars', 'Date limite de paiement (art. 4, al. 2)'),
           ('Avril à juin', 'Groupes de travail thématiques'), ('Septembre', 'Appel à candidatures pour le comité'),
           ('Début novembre', 'Envoi des convocations (21 jours avant)'),
           ('Semaine du Giving Tuesday', 'Assemblée plénière annuelle'), ('Décembre', 'Renouvellement du comité')]
    cs = st('cs', 'DVC', 7.8, 9.5, TA_LEFT)
    s.append(grid([[P('<b>%s</b>' % a, cs), P(b, cs)] for a, b in cal], [32 * mm, cw - 32 * mm],
                  [('LINEBELOW', (0, 0), (-1, -2), 0.3, colors.HexColor('#d9b8bd')),
                   ('BOX', (0, 0), (-1, -1), 0.6, red), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s.append(FrameBreak())
    s.append(P('Annexe 3 — Exemples de calcul de la cotisation (article 4)', art))
    ex = [['Membre', 'Règle appliquée', 'Cotisation 2023'],
          ['Association au budget de 30 000 €', 'art. 4, al. 1, a)', '20 €'],
          ['Fondation d\'entreprise', 'art. 4, al. 1, b)', '80 €'],
          ['Entreprise de 120 salariés', 'art. 4, al. 1, d)', '600 €'],
          ['Commune de 9 000 habitants', '0,05 € × 9 000', '450 €'],
          ['Commune de 40 000 habitants', '0,05 € × 40 000 = 2 000 €, plafonné', '1 500 €'],
          ['Personne qualifiée', 'art. 4, al. 3', 'exonérée']]
    s.append(grid([[P(a, cs if i else st('csb', 'DVCB', 7.8, 9.5, TA_LEFT)), P(b, cs), P(c, cs)]
                   for i, (a, b, c) in enumerate(ex)], [cw * 0.42, cw * 0.36, cw * 0.22],
                  [('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#d9b8bd')),
                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#f3e3e5')), ('VALIGN', (0, 0), (-1, -1), 'TOP')],
                  repeat=1))
    s.append(P('Annexe 4 — Comité d\'animation au 12 janvier 2023', art))
    s.append(P('Coprésidence (art. 5, al. 3) : Hélène Dutertre, pour le collège des associations et fondations, et '
               'Karim Haddad, pour le collège des entreprises.', al))
    s.append(P('Secrétariat : assuré par la Maison des associations de Saint-Maurice, qui tient le registre des '
               'adhésions et des pouvoirs.', al))
    s.append(P('Invitée permanente : la Fondation des Territoires (art. 5, al. 5).', al))
    s.append(P('La liste nominative complète des douze membres du comité est affichée au siège et mise à jour après '
               'chaque assemblée plénière.', marg))
    doc.build(s)


# --------------------------------------------------------------------------------------------
# 03 Fiche d'evaluation avec bareme
# --------------------------------------------------------------------------------------------
def doc03(path):
    blue = colors.HexColor('#1f3d7a')
    cell = st('c3', 'DVC', 7.8, 9.4, TA_LEFT)
    cellc = st('c3c', 'DVC', 7.8, 9.4, TA_CENTER)
    cellb = st('c3b', 'DVCB', 7.8, 9.4, TA_LEFT)
    cellbc = st('c3bc', 'DVCB', 7.8, 9.4, TA_CENTER)
    body = st('b3', 'DV', 8.4, 11)
    sec = st('sec', 'DVB', 9.5, 12, TA_LEFT, textColor=colors.white)
    printed = {1: 'B-33', 2: 'B-34', 3: 'B-35'}

    def deco(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setStrokeColor(blue)
        c.setLineWidth(0.8)
        c.rect(15 * mm, H - 23 * mm, W - 30 * mm, 11 * mm, stroke=1, fill=0)
        c.setFillColor(blue)
        c.rect(15 * mm, H - 23 * mm, 24 * mm, 11 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        ds(c, 27 * mm, H - 18 * mm, 'CRANA', 'DVB', 9, 'center')
        ds(c, 27 * mm, H - 21.3 * mm, 'alliances', 'DV', 6, 'center')
        c.setFillColor(colors.black)
        ds(c, 42 * mm, H - 16.3 * mm, 'Comité régional des alliances de Nouvelle-Aquitaine', 'DVB', 8)
        ds(c, 42 * mm, H - 20.5 * mm, 'Appel « Alliances pour l\'ODD 17 » · session 2023 · FICHE D\'ÉVALUATION', 'DV', 7)
        ds(c, W - 17 * mm, H - 16.3 * mm, 'Dossier NA-2023-017', 'DVB', 8, 'right')
        ds(c, W - 17 * mm, H - 20.5 * mm, 'Confidentiel — usage du jury', 'DVI', 7, 'right')
        c.setLineWidth(0.4)
        c.line(15 * mm, 15 * mm, W - 15 * mm, 15 * mm)
        ds(c, 15 * mm, 11 * mm, 'Classeur des évaluations 2023 — annexe B · www.alliances-nouvelle-aquitaine.fr', 'DV', 6.8)
        ds(c, 15 * mm, 7.8 * mm, 'Fiche à retourner signée au secrétariat du comité avant le 29 septembre 2023.', 'DV', 6.8)
        ds(c, W - 15 * mm, 10 * mm, printed[n], 'DVB', 11, 'right')
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                          topMargin=27 * mm, bottomMargin=19 * mm)
    meta(doc, 'Fiche d\'évaluation NA-2023-017')
    fw = W - 30 * mm
    doc.addPageTemplates([PageTemplate('p', [Frame(15 * mm, 19 * mm, fw, H - 46 * mm, id='f')], onPage=deco)])

    def band(txt):
        t = Table([[P(txt, sec)]], colWidths=[fw])
        t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), blue), ('TOPPADDING', (0, 0), (-1, -1), 2),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
        return t

    s = []
    s.append(band('A. IDENTIFICATION DU PROJET'))
    ident = [
        ('Intitulé', 'La Fabrique des coopérations rurales'),
        ('Porteur', 'Association Les Jardins du Lien (Vienne), chef de file'),
        ('Partenaires', 'Menuiserie Bonnin SARL (entreprise, 14 salariés) ; commune de Saint-Pierre-des-Brandes '
                        '(collectivité) ; lycée agricole du Haut-Poitou (établissement scolaire)'),
        ('Durée demandée', '24 mois, de janvier 2024 à décembre 2025'),
        ('Montant sollicité', '38 000 € sur un budget total de 96 500 €'),
        ('Rapporteure', 'Claire Dufresne, membre du comité technique'),
        ('Second lecteur', 'Mehdi Aït-Salah, chargé de mission ESS'),
        ('Date de l\'évaluation', '14 septembre 2023'),
    ]
    s.append(grid([[P(a, cellb), P(b, cell)] for a, b in ident], [38 * mm, fw - 38 * mm], [
        ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#8ea0c8')),
        ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#e7ecf6')), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s.append(Spacer(1, 4 * mm))
    s.append(band('B. CONTRÔLE D\'ÉLIGIBILITÉ (cocher)'))
    elig = [('☒', 'Le porteur est une structure à but non lucratif.'),
            ('☒', 'Le projet associe au moins deux partenaires de natures différentes.'),
            ('☒', 'La durée du projet n\'excède pas 24 mois.'),
            ('☐', 'Un cofinancement public est acquis à la date du dépôt (demande en cours auprès du Département).'),
            ('☒', 'Le dossier comporte la lettre d\'engagement signée de chaque partenaire.')]
    s.append(grid([[P(a, st('cb', 'DV', 11, 12, TA_CENTER)), P(b, cell)] for a, b in elig],
                  [10 * mm, fw - 10 * mm], [('LINEBELOW', (0, 0), (-1, -2), 0.25, colors.HexColor('#cccccc')),
                                            ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    s.append(P('Éligibilité : <b>acquise</b>. Le critère non coché n\'est pas éliminatoire ; il fait l\'objet de la '
               'recommandation R2 (partie E).', body))
    s.append(Spacer(1, 4 * mm))
    s.append(band('C. BARÈME DE NOTATION'))
    s.append(Spacer(1, 1.5 * mm))
    s.append(P('Chaque sous-critère est noté dans la limite des points indiqués ; les demi-points sont admis. '
               'Le projet est retenu à partir de 60 points sur 100, bonification comprise.', body))
    s.append(Spacer(1, 1.5 * mm))
    rows = [['Critère', 'Sous-critère', 'Max.', 'Note', 'Appréciation'],
            ['C1 — Innovation sociétale et territoriale', '1.1 Réponse à un besoin identifié', '10', '8',
             'Diagnostic partagé avec la commune, solide.'],
            ['', '1.2 Caractère nouveau pour le territoire', '10', '7', 'Première alliance école-entreprise du canton.'],
            ['', '1.3 Potentiel d\'essaimage', '10', '5', 'Peu documenté à ce stade.'],
            ['', 'Sous-total C1', '30', '20', ''],
            ['C2 — Performance des organisations', '2.1 Gouvernance partagée', '10', '7',
             'Comité de pilotage trimestriel prévu.'],
            ['', '2.2 Solidité du modèle économique', '15', '9', 'Dépendance forte à la subvention demandée.'],
            ['', 'Sous-total C2', '25', '16', ''],
            ['C3 — Confiance', '3.1 Implication des habitants', '15', '12', 'Chantiers participatifs mensuels.'],
            ['', '3.2 Qualité de la relation entre partenaires', '10', '8,5', 'Partenaires déjà liés depuis 2021.'],
            ['', 'Sous-total C3', '25', '20,5', ''],
            ['C4 — Évaluation et mesure de l\'impact', '4.1 Indicateurs de suivi', '10', '6', 'Indicateurs trop nombreux (17).'],
            ['', '4.2 Usage des ressources M.E.D.O.C.', '10', '9', 'Outils de la plateforme bien mobilisés.'],
            ['', 'Sous-total C4', '20', '15', ''],
            ['TOTAL AVANT BONIFICATION', '', '100', '71,5', ''],
            ['Bonification « commune de moins de 2 000 habitants »', '', '+ 2', '+ 2', 'Saint-Pierre-des-Brandes : 1 120 hab.'],
            ['NOTE FINALE', '', '', '73,5/100', 'Supérieure au seuil de 60.']]
    data = []
    for i, r in enumerate(rows):
        bold = i == 0 or r[1].startswith('Sous-total') or i >= 14
        data.append([P(r[0], cellb), P(r[1], cellb if bold else cell), P(r[2], cellbc if bold else cellc),
                     P(r[3], cellbc if bold else cellc), P(r[4], cell)])
    cmds = [('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#8ea0c8')),
            ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#c9d4ec')),
            ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
            ('SPAN', (0, 1), (0, 4)), ('SPAN', (0, 5), (0, 7)), ('SPAN', (0, 8), (0, 10)), ('SPAN', (0, 11), (0, 13)),
            ('SPAN', (0, 14), (1, 14)), ('SPAN', (0, 15), (1, 15)), ('SPAN', (0, 16), (2, 16)),
            ('BACKGROUND', (1, 4), (-1, 4), colors.HexColor('#eef1f8')),
            ('BACKGROUND', (1, 7), (-1, 7), colors.HexColor('#eef1f8')),
            ('BACKGROUND', (1, 10), (-1, 10), colors.HexColor('#eef1f8')),
            ('BACKGROUND', (1, 13), (-1, 13), colors.HexColor('#eef1f8')),
            ('BACKGROUND', (0, 16), (-1, 16), colors.HexColor('#c9d4ec')),
            ('LINEABOVE', (0, 14), (-1, 14), 1.2, blue)]
    s.append(grid(data, [40 * mm, 52 * mm, 13 * mm, 18 * mm, fw - 123 * mm], cmds, repeat=1))
    s.append(Spacer(1, 5 * mm))
    dband = [band('D. REPÈRES POUR L\'ÉVALUATEUR'), Spacer(1, 2 * mm)]
    rep = [
        'Les critères C1 à C3 reprennent les trois axes du programme IMPACT de l\'Observatoire des partenariats '
        '— innovation sociétale et territoriale, performance des organisations, confiance —, programme conduit avec '
        'la Caisse des Dépôts, l\'Institut CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU.',
        'Selon ce programme, 87 % des maires considèrent les partenariats comme une source d\'innovation et 76 % '
        'jugent leur territoire engagé ; mais 46 % déclarent ne pas savoir comment piloter ces démarches. Le critère '
        '2.1 vise précisément cette difficulté de pilotage.',
        'M.E.D.O.C. désigne les cinq familles de ressources mises à disposition sur la plateforme www.odd17.org : '
        'Méthodes, Exemples, Données, Outils, Compétences. Le sous-critère 4.2 apprécie l\'usage qu\'en fait le '
        'porteur.',
        'L\'ODD 17 (« partenariats pour la réalisation des objectifs ») se décline en 19 cibles, détaillées dans la '
        'note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons » parue un 5 juillet.',
        'IMPACT (2018-2022) a pris la suite des programmes ARPEA (2008-2012) et PHARE (2013-2018).',
        'Pour apprécier le critère 1.3, le comité rappelle l\'expérimentation nationale de co-construction '
        'territoriale que Le RAMEAU présente comme associant le CGET et 10 territoires pilotes.',
    ]
    bl = [[P('▸', st('bu', 'DV', 8.4, 11, TA_CENTER, textColor=blue)), P(x, body)] for x in rep]
    s.append(KeepTogether(dband + [grid(bl, [6 * mm, fw - 6 * mm], [('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                                 ('BOX', (0, 0), (-1, -1), 0.5, blue),
                                                 ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#f5f7fc'))])]))
    s.append(Spacer(1, 5 * mm))
    s.append(band('E. AVIS DU RAPPORTEUR'))
    s.append(Spacer(1, 2 * mm))
    av = [[P('☒ Favorable', st('av', 'DVB', 9, 12, TA_LEFT)), P('☐ Avec réserves', st('av2', 'DV', 9, 12, TA_LEFT)),
           P('☐ Défavorable', st('av2', 'DV', 9, 12, TA_LEFT)), P('☐ Ajournement', st('av2', 'DV', 9, 12, TA_LEFT))]]
    s.append(grid(av, [fw / 4] * 4, [('BOX', (0, 0), (-1, -1), 0.5, blue)]))
    s.append(Spacer(1, 2 * mm))
    s.append(P('<b>Recommandations adressées au porteur</b> (à reprendre dans la convention) :', body))
    recs = ['R1. Ramener le tableau de bord de 17 à 6 indicateurs au plus, dont un indicateur de confiance.',
            'R2. Transmettre la décision du Département sur le cofinancement avant le 31 janvier 2024.',
            'R3. Formaliser, dès le sixième mois, un guide d\'essaimage à destination des communes voisines.']
    for r in recs:
        s.append(P(r, st('rr', 'DV', 8.4, 11, leftIndent=14, firstLineIndent=-14)))
    s.append(Spacer(1, 5 * mm))
    sig = [[P('<b>La rapporteure</b><br/>Claire Dufresne<br/>le 14 septembre 2023<br/><br/>[signature]', cell),
            P('<b>Le second lecteur</b><br/>Mehdi Aït-Salah<br/>le 18 septembre 2023<br/><br/>[signature]', cell),
            P('<b>Visa du président du comité</b><br/>Décision de sélection au comité du 10 octobre 2023<br/><br/>[cachet]', cell)]]
    s.append(grid(sig, [fw / 3] * 3, [('BOX', (0, 0), (-1, -1), 0.4, colors.grey),
                                     ('INNERGRID', (0, 0), (-1, -1), 0.4, colors.grey),
                                     ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                     ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 12)]))
    s.append(PageBreak())
    s.append(band('F. ANALYSE DU BUDGET PRÉVISIONNEL (en euros)'))
    s.append(Spacer(1, 2 * mm))
    rows = [['Dépenses', '2024', '2025', 'Total', 'Ressources', 'Montant'],
            ['Coordination (0,5 ETP)', '26 000', '26 000', '52 000', 'Appel CRANA (sollicité)', '38 000'],
            ['Matériaux et outillage', '12 500', '6 000', '18 500', 'Département (demandé)', '20 000'],
            ['Chantiers participatifs', '7 000', '7 000', '14 000', 'Mécénat de compétences Bonnin', '12 000'],
            ['Évaluation', '2 000', '4 000', '6 000', 'Autres fondations', '10 000'],
            ['Frais de structure', '3 000', '3 000', '6 000', 'Commune (mise à disposition)', '9 500'],
            ['', '', '', '', 'Fonds propres du porteur', '7 000'],
            ['TOTAL', '50 500', '46 000', '96 500', 'TOTAL', '96 500']]
    data = []
    for i, r in enumerate(rows):
        b = i in (0, 7)
        data.append([P(r[0], cellb if b else cell), P(r[1], cellbc if b else cellc), P(r[2], cellbc if b else cellc),
                     P(r[3], cellbc if b else cellc), P(r[4], cellb if b else cell), P(r[5], cellbc if b else cellc)])
    s.append(grid(data, [38 * mm, 17 * mm, 17 * mm, 18 * mm, fw - 110 * mm, 20 * mm], [
        ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#8ea0c8')),
        ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#c9d4ec')),
        ('BACKGROUND', (0, 7), (-1, 7), colors.HexColor('#eef1f8')),
        ('LINEAFTER', (3, 0), (3, -1), 1.2, blue), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    s.append(Spacer(1, 2 * mm))
    for x in ['La subvention sollicitée couvre 39 % du budget. Le plafond de l\'appel (40 % du coût total) est respecté.',
              'Le mécénat de compétences de la menuiserie correspond à 400 heures d\'encadrement d\'apprentis valorisées '
              'à 30 € de l\'heure.',
              'Point d\'attention : sans la participation du Département, le plan de financement présente un besoin non '
              'couvert de 20 000 €, d\'où la recommandation R2.']:
        s.append(P('▸ ' + x, st('bb', 'DV', 8.4, 11, leftIndent=9, firstLineIndent=-9)))
    s.append(Spacer(1, 5 * mm))
    s.append(band('G. HISTORIQUE DU DOSSIER'))
    s.append(Spacer(1, 2 * mm))
    hist = [['Date', 'Étape', 'Observation'],
            ['3 juillet 2023', 'Dépôt en ligne du dossier', 'Dossier complet, hors décision du Département'],
            ['24 juillet 2023', 'Accusé de réception', 'Envoyé par le secrétariat du comité'],
            ['6 septembre 2023', 'Entretien avec le porteur', 'Visio de 45 minutes avec la présidente et le menuisier'],
            ['14 septembre 2023', 'Évaluation par la rapporteure', 'Note finale 73,5/100'],
            ['18 septembre 2023', 'Contre-lecture', 'Pas d\'écart de plus de 5 points : pas de troisième lecture'],
            ['10 octobre 2023', 'Comité de sélection', 'Décision à notifier au porteur sous 15 jours']]
    data = [[P(a, cellb if i == 0 else cell), P(b, cellb if i == 0 else cell), P(c, cellb if i == 0 else cell)]
            for i, (a, b, c) in enumerate(hist)]
    s.append(grid(data, [30 * mm, 50 * mm, fw - 80 * mm], [
        ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#8ea0c8')),
        ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#c9d4ec')), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s.append(Spacer(1, 4 * mm))
    s.append(P('Règle de contre-lecture : lorsque les notes du rapporteur et du second lecteur diffèrent de plus de '
               '5 points, un troisième évaluateur est désigné par le président du comité. Ici, le second lecteur a '
               'proposé 70 points avant bonification, soit un écart de 1,5 point.', body))
    doc.build(s)


# --------------------------------------------------------------------------------------------
# 04 Compte rendu de visite de terrain avec encadres photo
# --------------------------------------------------------------------------------------------
class PhotoBox(Flowable):
    def __init__(self, width, height, label, col):
        Flowable.__init__(self)
        self.width, self.height, self.label, self.col = width, height, label, col

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(colors.HexColor('#e6e2da'))
        c.setStrokeColor(self.col)
        c.setLineWidth(0.8)
        c.rect(0, 0, self.width, self.height, fill=1, stroke=1)
        c.setStrokeColor(colors.HexColor('#c7c0b2'))
        c.setLineWidth(0.5)
        c.line(0, 0, self.width, self.height)
        c.line(0, self.height, self.width, 0)
        c.setFillColor(self.col)
        c.rect(self.width / 2 - 14 * mm, self.height / 2 - 3.5 * mm, 28 * mm, 7 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont('DVB', 8)
        c.drawCentredString(self.width / 2, self.height / 2 - 1.2 * mm, self.label)
        c.restoreState()


def doc04(path):
    ocre = colors.HexColor('#8a5a14')
    body = st('b4', 'DVS', 8.7, 11.4)
    h = st('h4', 'DVB', 9.6, 12, TA_LEFT, spaceBefore=5, spaceAfter=2, textColor=ocre, keepWithNext=1)
    cap = st('cap', 'DVCI', 7.3, 9, TA_LEFT, textColor=colors.HexColor('#444444'))
    cell = st('c4', 'DVC', 7.8, 9.4, TA_LEFT)
    cellb = st('c4b', 'DVCB', 7.8, 9.4, TA_LEFT)
    printed = {1: 'feuillet 21', 2: 'feuillet 22', 3: 'feuillet 23'}

    def deco(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(ocre)
        c.rect(0, H - 17 * mm, W, 17 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        ds(c, 16 * mm, H - 9.5 * mm, 'MISSION TERRITOIRES & ALLIANCES', 'DVB', 10)
        ds(c, 16 * mm, H - 13.8 * mm, 'Réseau départemental d\'appui aux coopérations locales · Lot-et-Garonne', 'DV', 7)
        ds(c, W - 16 * mm, H - 9.5 * mm, 'Registre des visites 2025', 'DVB', 8, 'right')
        ds(c, W - 16 * mm, H - 13.8 * mm, 'Compte rendu n° CRV-2025-07', 'DV', 7, 'right')
        c.setFillColor(colors.black)
        c.setStrokeColor(ocre)
        c.line(16 * mm, 15 * mm, W - 16 * mm, 15 * mm)
        ds(c, 16 * mm, 10.5 * mm, 'Diffusion : participants à la visite, conseil municipal, comité de suivi. Photos © Mission T&A, droits réservés.', 'DV', 6.6)
        ds(c, 16 * mm, 7.3 * mm, 'www.territoires-alliances47.fr · 05 53 00 00 00', 'DV', 6.6)
        ds(c, W - 16 * mm, 9 * mm, printed[n], 'DVBI', 9, 'right')
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                          topMargin=22 * mm, bottomMargin=19 * mm)
    meta(doc, 'Compte rendu de visite de terrain - Saint-Aubin-des-Prés')
    fw = W - 32 * mm
    gap = 7 * mm
    cw = (fw - gap) / 2
    top_h = 40 * mm
    fh = H - 22 * mm - 19 * mm
    doc.addPageTemplates([
        PageTemplate('first', [Frame(16 * mm, H - 22 * mm - top_h, fw, top_h, id='t'),
                               Frame(16 * mm, 19 * mm, cw, fh - top_h, id='l'),
                               Frame(16 * mm + cw + gap, 19 * mm, cw, fh - top_h, id='r')], onPage=deco),
        PageTemplate('next', [Frame(16 * mm, 19 * mm, cw, fh, id='l2'),
                              Frame(16 * mm + cw + gap, 19 * mm, cw, fh, id='r2')], onPage=deco),
        PageTemplate('full', [Frame(16 * mm, 19 * mm, fw, fh, id='full')], onPage=deco)])
    s = [NextPageTemplate('next')]
    s.append(P('Compte rendu de visite de terrain', st('t4', 'DVSB', 16, 19, TA_LEFT, textColor=ocre)))
    s.append(P('Commune de Saint-Aubin-des-Prés (1 450 habitants) — mercredi 12 mars 2025', st('t4b', 'DVS', 10, 13, TA_LEFT)))
    s.append(Spacer(1, 2 * mm))
    info = [[P('<b>Visiteurs</b>', cell), P('Lucie Barthe (chargée de mission), Karim Benali (stagiaire), deux élues '
                                           'de la communauté de communes', cell)],
            [P('<b>Accueil</b>', cell), P('Jean-Marc Vidal, maire ; Odile Carrère, adjointe à la vie associative', cell)],
            [P('<b>Programme</b>', cell), P('Arrivée 9 h 30 · trois étapes · déjeuner à la cantine · bilan en mairie '
                                           'jusqu\'à 15 h', cell)]]
    s.append(grid(info, [24 * mm, fw - 24 * mm], [('LINEBELOW', (0, 0), (-1, -2), 0.3, colors.HexColor('#d8c6a5')),
                                                  ('BOX', (0, 0), (-1, -1), 0.5, ocre),
                                                  ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s.append(FrameBreak())
    s.append(P('1. Pourquoi cette visite', h))
    s.append(P('La commune nous avait sollicités à l\'automne pour faire le point sur les coopérations nées depuis la '
               'fermeture de la gare. Elle fait partie de ces petites communes rurales qui, d\'après les enquêtes '
               'nationales, se vivent comme des territoires qui bougent : l\'étude IMPACTS &amp; TRAJECTOIRES – Élus '
               'locaux, parue en novembre 2024, a interrogé par téléphone 302 maires entre le 30 septembre et le '
               '28 octobre 2024. Parmi eux, 91 % décrivent leur territoire comme étant en mouvement (35 % fortement, '
               '56 % ni plus ni moins), et 84 % des répondants administrent une commune de moins de 2 000 habitants.', body))
    s.append(Spacer(1, 2 * mm))
    s.append(PhotoBox(cw, 36 * mm, 'PHOTO 1', ocre))
    s.append(P('Photo 1 — L\'ancienne gare, devenue tiers-lieu en 2023 : épicerie associative au rez-de-chaussée, '
               'bureaux partagés à l\'étage.', cap))
    s.append(P('2. Première étape : le tiers-lieu de la gare', h))
    s.append(P('Le bâtiment appartient à la commune, qui le met à disposition de l\'association La Voie Libre pour un '
               'loyer symbolique. Une entreprise de menuiserie voisine a fourni le mobilier et forme deux apprentis sur '
               'le chantier. Neuf bénévoles assurent les permanences de l\'épicerie, ouverte quatre demi-journées par '
               'semaine. Le maire insiste sur le fait qu\'aucun des trois partenaires n\'aurait porté le projet seul.', body))
    s.append(P('3. Deuxième étape : l\'atelier vélo', h))
    s.append(P('Installé dans l\'ancien hangar à marchandises, l\'atelier répare et revend des vélos récupérés en '
               'déchetterie. Il accueille des jeunes du lycée professionnel voisin en stage d\'observation.', body))
    s.append(PhotoBox(cw, 30 * mm, 'PHOTO 2', ocre))
    s.append(P('Photo 2 — Séance de réparation du samedi matin ; au fond, le stock de pièces détachées.', cap))
    s.append(P('4. Troisième étape : la cantine scolaire', h))
    s.append(P('Depuis la rentrée 2024, la cantine de l\'école est approvisionnée par deux exploitations de la commune. '
               'La mairie a simplifié ses marchés pour permettre ces achats de proximité. Les parents d\'élèves '
               'participent à la commission des menus.', body))
    s.append(PhotoBox(cw, 34 * mm, 'PHOTO 3', ocre))
    s.append(P('Photo 3 — Livraison des légumes à la cantine par l\'une des deux exploitations partenaires.', cap))
    s.append(P('5. Échange en mairie', h))
    s.append(P('Jean-Marc Vidal dit s\'être reconnu dans l\'un des cinq profils de maires décrits par l\'étude '
               'PHARE-Institutions, publiée le 29 novembre 2016 : celui qui connaît bien ses associations mais '
               'beaucoup moins les entreprises de sa commune. Il rappelle que, dans l\'enquête PHARE-Citoyens, la '
               'sécurité obtenait une note de 7/10 parmi les priorités des Français, derrière l\'emploi. Il retient '
               'aussi que 64 % des élus locaux souhaitent s\'appuyer sur le « jouer collectif » et que 92 % des maires '
               'reconnaissent l\'utilité de la co-construction.', body))
    s.append(P('Nous lui avons remis la fiche-repère « Les dynamiques d\'engagement des Collectivités territoriales », '
               'tirée de l\'étude IMPACT-Élus locaux de novembre 2020 (Comisis-OpinionWay).', body))
    s.append(PhotoBox(cw, 32 * mm, 'PHOTO 4', ocre))
    s.append(P('Photo 4 — Réunion de bilan en salle du conseil : Jean-Marc Vidal (au centre) et Odile Carrère.', cap))
    box = [[P('<b>Points de vigilance</b>', cellb)],
           [P('• Le tiers-lieu repose sur neuf bénévoles, dont six ont plus de 65 ans.', cell)],
           [P('• La convention d\'occupation de la gare arrive à échéance en juin 2026.', cell)],
           [P('• L\'atelier vélo n\'a pas d\'assurance couvrant l\'accueil de mineurs.', cell)]]
    s.append(Spacer(1, 3 * mm))
    s.append(grid(box, [cw], [('BOX', (0, 0), (-1, -1), 1, ocre), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#f3e7d3'))]))
    s.append(P('6. Suites à donner', h))
    act = [[P('<b>Action</b>', cell), P('<b>Porteur</b>', cell), P('<b>Échéance</b>', cell)],
           [P('Vérifier l\'assurance de l\'atelier vélo', cell), P('La Voie Libre', cell), P('30 avril 2025', cell)],
           [P('Préparer le renouvellement de la convention de la gare', cell), P('Mairie', cell), P('1<super>er</super> trimestre 2026', cell)],
           [P('Présenter l\'expérience au réseau départemental', cell), P('Mission T&amp;A', cell), P('Rencontre du 5 juin 2025', cell)],
           [P('Chercher deux nouveaux bénévoles pour l\'épicerie', cell), P('La Voie Libre', cell), P('Été 2025', cell)]]
    s.append(grid(act, [cw * 0.5, cw * 0.24, cw * 0.26], [('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#c9b48e')),
                                                          ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#f3e7d3')),
                                                          ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s.append(P('7. Ce que nous retenons', h))
    s.append(P('Les trois projets visités ont un point commun : chacun associe au moins une association, une '
               'entreprise et la commune, sans qu\'aucune convention d\'ensemble n\'ait été signée. La confiance '
               'repose sur quelques personnes, ce qui fait la force du dispositif mais aussi sa fragilité. Nous '
               'proposons à la commune d\'inscrire ces coopérations dans un document commun avant le renouvellement '
               'de la convention de la gare.', body))
    s.append(P('La visite confirme aussi un constat souvent entendu dans le département : les maires des petites '
               'communes sont demandeurs d\'outils simples pour piloter ces alliances, plus que de financements '
               'supplémentaires.', body))
    s.append(Spacer(1, 3 * mm))
    s.append(P('Compte rendu rédigé par Lucie Barthe le 17 mars 2025, relu par la commune.', cap))
    s.append(NextPageTemplate('full'))
    s.append(PageBreak())
    s.append(P('Planche photographique complémentaire', st('pp', 'DVSB', 12, 15, TA_LEFT, textColor=ocre)))
    s.append(P('Les légendes sont regroupées sous la planche ; les numéros se lisent de gauche à droite et de haut en bas.',
               cap))
    s.append(Spacer(1, 3 * mm))
    pw_ = (fw - 6 * mm) / 2
    pl = Table([[PhotoBox(pw_, 52 * mm, 'PHOTO 5', ocre), PhotoBox(pw_, 52 * mm, 'PHOTO 6', ocre)],
                [PhotoBox(pw_, 52 * mm, 'PHOTO 7', ocre), PhotoBox(pw_, 52 * mm, 'PHOTO 8', ocre)]],
               colWidths=[pw_ + 3 * mm, pw_ + 3 * mm], rowHeights=[56 * mm, 56 * mm])
    pl.setStyle(TableStyle([('LEFTPADDING', (0, 0), (-1, -1), 0), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s.append(pl)
    s.append(Spacer(1, 2 * mm))
    for x in ['<b>5</b> — Façade de l\'ancienne gare côté quai ; la fresque a été peinte par les élèves de l\'école '
              'en juin 2024.',
              '<b>6</b> — L\'épicerie associative un samedi matin : 70 références, dont un tiers de produits locaux.',
              '<b>7</b> — Les deux apprentis de la menuiserie devant l\'établi installé dans le tiers-lieu.',
              '<b>8</b> — Panneau d\'affichage de la mairie annonçant la prochaine réunion publique sur l\'avenir '
              'de la gare.']:
        s.append(P(x, st('lg', 'DVC', 8, 10.5, TA_LEFT)))
    s.append(Spacer(1, 5 * mm))
    s.append(P('Personnes rencontrées', h))
    ppl = [['Nom', 'Structure', 'Étape'],
           ['Jean-Marc Vidal', 'Maire de Saint-Aubin-des-Prés', 'Accueil, bilan'],
           ['Odile Carrère', 'Adjointe à la vie associative', 'Toutes'],
           ['Nadia Ferrand', 'Présidente de La Voie Libre', 'Tiers-lieu, atelier vélo'],
           ['Bruno Lacaze', 'Gérant de la menuiserie Lacaze', 'Tiers-lieu'],
           ['Sandrine Mourgues', 'Exploitante maraîchère, fournisseur de la cantine', 'Cantine'],
           ['Paul Dessens', 'Directeur de l\'école', 'Cantine']]
    s.append(grid([[P(a, cellb if i == 0 else cell), P(b, cellb if i == 0 else cell), P(c, cellb if i == 0 else cell)]
                   for i, (a, b, c) in enumerate(ppl)], [45 * mm, 85 * mm, fw - 130 * mm],
                  [('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#c9b48e')),
                   ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#f3e7d3'))]))
    doc.build(s)


# --------------------------------------------------------------------------------------------
# 05 Lettre de mission a objectifs numerotes
# --------------------------------------------------------------------------------------------
def doc05(path):
    teal = colors.HexColor('#0e5c63')
    body = st('b5', 'DVS', 9, 12.2)
    cell = st('c5', 'DVC', 7.9, 9.6, TA_LEFT)
    cellb = st('c5b', 'DVCB', 7.9, 9.6, TA_LEFT)
    printed = {1: 'Pièce 4 — p. 7', 2: 'Pièce 4 — p. 8'}

    def deco(c, d):
        n = c.getPageNumber()
        c.saveState()
        if n == 1:
            c.setFillColor(teal)
            c.circle(24 * mm, H - 20 * mm, 7 * mm, fill=1, stroke=0)
            c.setFillColor(colors.white)
            ds(c, 24 * mm, H - 21.3 * mm, 'FATC', 'DVB', 8, 'center')
            c.setFillColor(teal)
            ds(c, 34 * mm, H - 17 * mm, 'Fédération Alliances & Territoires', 'DVB', 11)
            ds(c, 34 * mm, H - 22 * mm, 'Centre-Val de Loire', 'DV', 9)
            c.setFillColor(colors.black)
            ds(c, W - 18 * mm, H - 16 * mm, '8 place du Martroi · 45000 Orléans', 'DV', 7.2, 'right')
            ds(c, W - 18 * mm, H - 19.5 * mm, 'contact@alliances-centre.fr · www.alliances-centre.fr', 'DV', 7.2, 'right')
            ds(c, W - 18 * mm, H - 23 * mm, 'Association reconnue d\'intérêt général', 'DVI', 7.2, 'right')
        else:
            ds(c, 18 * mm, H - 15 * mm, 'FATC — Lettre de mission de M. Thomas Girard (suite)', 'DVI', 7.5)
            c.setStrokeColor(teal)
            c.line(18 * mm, H - 17 * mm, W - 18 * mm, H - 17 * mm)
        c.setStrokeColor(teal)
        c.line(18 * mm, 16 * mm, W - 18 * mm, 16 * mm)
        ds(c, 18 * mm, 11.5 * mm, 'Dossier du conseil d\'administration du 6 mars 2023 · pièce n° 4', 'DV', 6.8)
        ds(c, 18 * mm, 8.2 * mm, 'FATC · association loi 1901 · les données personnelles sont traitées conformément au RGPD', 'DV', 6.8)
        ds(c, W - 18 * mm, 10 * mm, printed[n], 'DVB', 8.5, 'right')
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=32 * mm, bottomMargin=20 * mm)
    meta(doc, 'Lettre de mission - chargé de mission Droit de l\'alliance')
    fw = W - 40 * mm
    doc.addPageTemplates([PageTemplate('first', [Frame(20 * mm, 20 * mm, fw, H - 52 * mm, id='f1')], onPage=deco),
                          PageTemplate('next', [Frame(20 * mm, 20 * mm, fw, H - 42 * mm, id='f2')], onPage=deco)])
    s = [NextPageTemplate('next')]
    refs = [[P('N/Réf. : FATC/2023-041<br/>Affaire suivie par : Aline Perrot, vice-présidente<br/><br/>'
               '<b>Objet : lettre de mission</b>', st('r', 'DV', 8, 10.5, TA_LEFT)),
             P('Monsieur Thomas Girard<br/>Chargé de mission « Droit de l\'alliance »<br/>'
               'Fédération Alliances &amp; Territoires<br/><br/>Orléans, le 6 mars 2023', st('r2', 'DV', 9, 12, TA_LEFT))]]
    t = Table(refs, colWidths=[fw * 0.52, fw * 0.48])
    t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
    s.append(t)
    s.append(Spacer(1, 6 * mm))
    s.append(P('Monsieur,', body))
    s.append(Spacer(1, 2 * mm))
    paras = [
        'Le conseil d\'administration du 6 mars 2023 a décidé de vous confier la mission décrite ci-dessous. Cette '
        'lettre en précise le cadre, les objectifs et les moyens.',
        'Le cadre national a beaucoup évolué. Lors du FNAF 2019, Gabriel Attal a chargé Cathy Racon-Bouzon et '
        'Charles-Benoît Heidsieck d\'une mission sur les alliances d\'intérêt général ; leur rapport a été remis le '
        '7 mai 2020 et un premier bilan en a été tiré le 17 octobre 2020. Une proposition de loi consacrant un '
        '« droit de l\'alliance d\'intérêt général », portée par Cathy Racon-Bouzon et déposée en février, a ensuite '
        'été agréée par le Bureau de l\'Assemblée nationale puis publiée au Journal officiel. Elle s\'accompagne '
        'd\'une feuille de route ministérielle de 21 mesures.',
        'Les attentes sont fortes : selon les données relayées par Le RAMEAU, 81 % des Français estiment qu\'il '
        'existe un « devoir d\'alliance », 92 % des maires disent en avoir besoin et 84 % des dirigeants d\'entreprise '
        'en ont envie. Ces chiffres viennent des travaux de l\'Observatoire des partenariats, créé en 2008 par la '
        'Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif.',
        'Notre région peut s\'inspirer de l\'expérimentation menée par le CGET avec Le RAMEAU : un parcours de '
        '18 mois réunissant 11 territoires pionniers, dont la première session s\'est tenue un 3 mai. Elle peut '
        'aussi s\'appuyer sur la Charte du faire alliance ; le site associations.gouv.fr indique que celle-ci a été '
        'dévoilée le mardi 30 septembre, lors du Giving Tuesday de Saint-Maurice.',
    ]
    for x in paras:
        s.append(P(x, body))
        s.append(Spacer(1, 2 * mm))
    s.append(P('<b>Vos objectifs</b>', st('ob', 'DVB', 10, 13, TA_LEFT, textColor=teal)))
    s.append(Spacer(1, 1.5 * mm))
    objs = [['N°', 'Objectif', 'Indicateur de réussite', 'Échéance'],
            ['1', 'Recenser les alliances associations-entreprises-collectivités de la région',
             '60 fiches d\'alliance validées par les acteurs', '30 juin 2023'],
            ['2', 'Animer un atelier « droit de l\'alliance » dans chacun des six départements',
             '6 ateliers, 120 participants au total', '31 octobre 2023'],
            ['3', 'Accompagner des collectivités volontaires sur le modèle du parcours CGET',
             '5 collectivités engagées, dont 2 communautés de communes', '15 novembre 2023'],
            ['4', 'Organiser la journée régionale des alliances', 'Journée tenue le mardi 28 novembre 2023 ; '
             '200 inscrits', '28 novembre 2023'],
            ['5', 'Rédiger une note de plaidoyer régionale sur le droit de l\'alliance',
             'Note de 12 pages au plus, adoptée par le bureau', '15 décembre 2023']]
    data = []
    for i, r in enumerate(objs):
        data.append([P(r[0], cellb), P(r[1], cellb if i == 0 else cell), P(r[2], cellb if i == 0 else cell),
                     P(r[3], cellb if i == 0 else cell)])
    s.append(grid(data, [9 * mm, 66 * mm, 60 * mm, fw - 135 * mm], [
        ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#7fb0b4')),
        ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d5e9ea')),
        ('BACKGROUND', (0, 1), (0, -1), colors.HexColor('#eef6f6')),
        ('VALIGN', (0, 0), (-1, -1), 'TOP')], repeat=1))
    s.append(Spacer(1, 4 * mm))
    s.append(P('<b>Durée et moyens</b>', st('ob2', 'DVB', 10, 13, TA_LEFT, textColor=teal)))
    s.append(Spacer(1, 1 * mm))
    for x in ['La mission court du 13 mars au 22 décembre 2023. Vous y consacrez 80 % de votre temps de travail, '
              'le reste étant réservé à l\'accompagnement des adhérents.',
              'Un budget de fonctionnement de 18 000 € vous est alloué (déplacements, location de salles, '
              'impression). Toute dépense supérieure à 1 500 € est soumise à l\'accord préalable de la '
              'vice-présidente.',
              'Aline Perrot, vice-présidente, est votre référente. Vous lui présentez un point d\'avancement '
              'chaque premier lundi du mois et un bilan écrit au plus tard le 19 janvier 2024.']:
        s.append(P(x, body))
        s.append(Spacer(1, 1.5 * mm))
    s.append(P('Je vous remercie de bien vouloir retourner un exemplaire de cette lettre revêtu de votre signature, '
               'et vous prie d\'agréer, Monsieur, l\'expression de mes salutations les meilleures.', body))
    s.append(Spacer(1, 6 * mm))
    sig = [[P('La présidente,<br/><br/><br/><b>Sophie Marchal</b>', st('sg', 'DV', 9, 12, TA_LEFT)),
            P('Lu et approuvé, le chargé de mission,<br/><br/><br/><b>Thomas Girard</b>', st('sg', 'DV', 9, 12, TA_LEFT))]]
    s.append(Table(sig, colWidths=[fw / 2, fw / 2]))
    s.append(Spacer(1, 5 * mm))
    s.append(P('P.J. : fiche de poste ; modèle de fiche d\'alliance ; calendrier du conseil d\'administration.<br/>'
               'Copie : trésorier, déléguée du personnel.', st('pj', 'DVI', 7.8, 10, TA_LEFT)))
    s.append(Spacer(1, 8 * mm))
    s.append(P('Annexe — Déclinaison des objectifs', st('an', 'DVB', 11, 14, TA_LEFT, textColor=teal)))
    s.append(P('Les numéros renvoient au tableau « Vos objectifs ». Les sous-objectifs sont indicatifs et peuvent être '
               'ajustés avec la référente.', st('an2', 'DVI', 8, 10, TA_LEFT)))
    s.append(Spacer(1, 2 * mm))
    sub = [
        ('1', [('1.1', 'Établir la grille de la fiche d\'alliance (modèle joint) avant le 31 mars.'),
               ('1.2', 'Collecter les fiches avec l\'appui des six délégations départementales.'),
               ('1.3', 'Faire valider chaque fiche par au moins deux partenaires de l\'alliance décrite.')]),
        ('2', [('2.1', 'Tenir les ateliers selon le calendrier : Cher et Eure-et-Loir en mai ; Indre et Indre-et-Loire '
                       'en septembre ; Loir-et-Cher et Loiret en octobre.'),
               ('2.2', 'Présenter à chaque atelier la proposition de loi et la feuille de route de 21 mesures.')]),
        ('3', [('3.1', 'Lancer un appel à volontaires auprès des intercommunalités avant le 30 avril.'),
               ('3.2', 'Conduire trois séances de travail par collectivité, sur le modèle du parcours de 18 mois '
                       'suivi par les territoires pionniers.')]),
        ('4', [('4.1', 'Réserver une salle à Tours pour 250 personnes.'),
               ('4.2', 'Bâtir le programme avec les cinq collectivités de l\'objectif 3, qui y présenteront leurs '
                       'travaux.')]),
        ('5', [('5.1', 'Soumettre un plan détaillé au bureau le 1<super>er</super> décembre.'),
               ('5.2', 'Intégrer les enseignements des ateliers de l\'objectif 2.')]),
    ]
    rows = []
    for num, items in sub:
        for j, (k, v) in enumerate(items):
            rows.append([P('<b>Objectif %s</b>' % num if j == 0 else '', cell), P('<b>%s</b>' % k, cell), P(v, cell)])
    cmds = [('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LINEBELOW', (0, 0), (-1, -1), 0.25, colors.HexColor('#b5d3d5'))]
    r0 = 0
    for num, items in sub:
        cmds.append(('SPAN', (0, r0), (0, r0 + len(items) - 1)))
        cmds.append(('LINEBELOW', (0, r0 + len(items) - 1), (-1, r0 + len(items) - 1), 0.8, teal))
        r0 += len(items)
    s.append(grid(rows, [24 * mm, 11 * mm, fw - 35 * mm], cmds))
    s.append(Spacer(1, 4 * mm))
    s.append(P('<b>Règle de priorité.</b> En cas de retard, l\'objectif 4 prime sur tous les autres ; l\'objectif 5 peut '
               'être reporté au 31 janvier 2024 avec l\'accord du bureau.', body))
    doc.build(s)


# --------------------------------------------------------------------------------------------
# 06 Bilan pluriannuel, annees en colonnes
# --------------------------------------------------------------------------------------------
def doc06(path):
    plum = colors.HexColor('#4b2a66')
    cell = st('c6', 'DVC', 7.4, 8.9, TA_LEFT)
    cellc = st('c6c', 'DVC', 7.4, 8.9, TA_CENTER)
    cellb = st('c6b', 'DVCB', 7.4, 8.9, TA_LEFT)
    cellbc = st('c6bc', 'DVCB', 7.4, 8.9, TA_CENTER)
    h = st('h6', 'DVB', 9.5, 12, TA_LEFT, spaceBefore=4, spaceAfter=2, textColor=plum)
    fn = st('fn6', 'DVC', 6.8, 8.4, TA_LEFT)
    body = st('b6', 'DV', 8.2, 10.6)
    printed = {1: 'A-7', 2: 'A-8'}

    def deco(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(plum)
        c.rect(14 * mm, H - 17 * mm, 3 * mm, 8 * mm, fill=1, stroke=0)
        c.setFillColor(colors.black)
        ds(c, 19 * mm, H - 12 * mm, 'Centre de ressources Alliances Grand Est', 'DVB', 8.5)
        ds(c, 19 * mm, H - 16 * mm, 'Annexe statistique · édition 2025', 'DV', 7)
        ds(c, W - 14 * mm, H - 12 * mm, 'Bilan pluriannuel des études', 'DVI', 7.5, 'right')
        ds(c, W - 14 * mm, H - 16 * mm, 'de l\'Observatoire des partenariats', 'DVI', 7.5, 'right')
        c.setStrokeColor(plum)
        c.line(14 * mm, H - 19 * mm, W - 14 * mm, H - 19 * mm)
        c.line(14 * mm, 14 * mm, W - 14 * mm, 14 * mm)
        ds(c, 14 * mm, 9.5 * mm, 'Compilation réalisée à partir des publications de l\'Observatoire et de ses partenaires. '
                                  'ressources-alliances-grandest.fr', 'DV', 6.5)
        ds(c, 14 * mm, 6.5 * mm, 'Reproduction libre avec mention de la source. « — » : pas de mesure publiée cette année-là.', 'DV', 6.5)
        ds(c, W - 14 * mm, 8.5 * mm, printed[n], 'DVB', 10, 'right')
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm,
                          topMargin=22 * mm, bottomMargin=17 * mm)
    meta(doc, 'Bilan pluriannuel 2008-2024 des études de l\'Observatoire des partenariats')
    fw = W - 28 * mm
    doc.addPageTemplates([PageTemplate('p', [Frame(14 * mm, 17 * mm, fw, H - 39 * mm, id='f')], onPage=deco)])
    base = [('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#b6a6c6')),
            ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e4dcec')),
            ('BACKGROUND', (0, 1), (0, -1), colors.HexColor('#f6f3f9')),
            ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]

    def T(rows, widths, extra=()):
        data = []
        for i, r in enumerate(rows):
            data.append([P(x, (cellb if j == 0 or i == 0 else cellc) if i == 0 or j == 0 else cellc)
                         if j else P(x, cellb if i == 0 else cell) for j, x in enumerate(r)])
        return grid(data, widths, base + list(extra))

    s = []
    s.append(P('Bilan pluriannuel 2008–2024 : ce que disent les études, année par année',
               st('t6', 'DVB', 14, 17, TA_LEFT, textColor=plum)))
    s.append(P('Chaque tableau place les années en colonnes. Les libellés des questions ont été résumés ; les lettres '
               'renvoient aux notes placées sous chaque tableau.', body))
    s.append(P('Tableau 1 — Les trois cycles quinquennaux', h))
    rows = [['', '2008 – 2012', '2013 – 2017', '2018 – 2022'],
            ['Programme', 'ARPEA (a)', 'PHARE', 'IMPACT'],
            ['Découpage', '10 volets', '6 volets', '3 axes (b)'],
            ['Jalon marquant', 'Rapport quinquennal, 11 décembre 2012', 'PHARE-Institutions, 29 novembre 2016',
             'Lancement en novembre 2017'],
            ['Pilotage', 'Observatoire national des partenariats associations / entreprises, créé en 2007 (c)',
             'Direction scientifique : Anne Robin, fondatrice de COMISIS, à titre bénévole', '']]
    s.append(T(rows, [30 * mm, (fw - 30 * mm) / 3, (fw - 30 * mm) / 3, (fw - 30 * mm) / 3], [('SPAN', (2, 4), (3, 4))]))
    s.append(P('(a) Analyse des Relations et des Partenariats entre Entreprises et Associations. (b) Innovation sociétale '
               'et territoriale ; performance des organisations ; confiance. (c) Date de création retenue dans le rapport '
               'quinquennal de 2012 et dans l\'étude ARPEA Entreprises &amp; Territoires de janvier 2011.', fn))
    s.append(P('Tableau 2 — Citoyens', h))
    rows = [['Indicateur', '2008', '2012', '2015 (d)'],
            ['Jugent urgent de créer des partenariats associations-entreprises', '86 %', '84 %', '—'],
            ['Estiment qu\'il existe un « devoir d\'alliance »', '—', '—', '69 %'],
            ['Priorité « emploi » (note sur 10)', '—', '—', '7,1'],
            ['Priorité « pouvoir d\'achat » (note sur 10)', '—', '—', '6,6'],
            ['Priorité « sécurité » (note sur 10)', '—', '—', '6,6'],
            ['Priorité « développement économique » (note sur 10)', '—', '—', '6,5'],
            ['Priorités « environnement » et « exclusion » (note sur 10)', '—', '—', '6,3'],
            ['Impact fort des partenariats attendu sur l\'emploi', '—', '—', '49 %'],
            ['… sur le développement économique', '—', '—', '46 %'],
            ['… sur l\'environnement', '—', '—', '42 %'],
            ['… sur la précarité et sur l\'éducation', '—', '—', '36 %']]
    s.append(T(rows, [96 * mm, (fw - 96 * mm) / 3, (fw - 96 * mm) / 3, (fw - 96 * mm) / 3]))
    s.append(P('(d) Enquête PHARE-Citoyens publiée en septembre 2015, plus de 2 000 personnes interrogées.', fn))
    s.append(P('Tableau 3 — Entreprises', h))
    rows = [['Indicateur', 'janvier 2011 (e)', 'février 2016 (f)'],
            ['Développent des partenariats avec des associations', '21 %', '37 %'],
            ['Souhaitent en développer', '33 %', '—'],
            ['Ne le souhaitent pas', '46 %', '—']]
    s.append(T(rows, [96 * mm, (fw - 96 * mm) / 2, (fw - 96 * mm) / 2]))
    s.append(P('(e) Étude ARPEA Entreprises &amp; Territoires. (f) Note du 29 février 2016, entreprises de 10 salariés '
               'et plus.', fn))
    s.append(PageBreak())
    s.append(P('Tableau 4 — Associations', h))
    rows = [['Indicateur', 'février 2016 (g)', 'mars 2017 (h)'],
            ['Associations engagées dans des partenariats', '38 % (53 % des employeuses)', '—'],
            ['Partenaire : entreprises', '—', '28 %'],
            ['Nombre moyen de types de partenaires', '—', '2,5'],
            ['Partenaire : collectivités territoriales', '—', '74 %'],
            ['Partenaire : autres associations ou fondations', '—', '72 %'],
            ['Partenaire : établissements d\'enseignement', '—', '47 %'],
            ['Partenaire : structures d\'insertion', '—', '22 %'],
            ['Partenaire : organismes de recherche', '—', '9 %'],
            ['Partenariat avec une entreprise, budget supérieur à 150 000 €', '—', '50 %'],
            ['Partenariat avec une entreprise, budget inférieur à 10 000 €', '—', '20 %']]
    s.append(T(rows, [96 * mm, (fw - 96 * mm) / 2, (fw - 96 * mm) / 2]))
    s.append(P('(g) Note du 29 février 2016. (h) « Associations &amp; Partenariats », Recherches &amp; Solidarités et '
               'Le RAMEAU : enquête de mai-juin 2016 auprès de plus de 1 380 responsables associatifs.', fn))
    s.append(P('Tableau 5 — Maires et élus locaux', h))
    rows = [['Indicateur', '2016 (i)', '2020 (j)', '2024 (k)'],
            ['Voient les partenariats comme source d\'innovation', '87 %', '—', '—'],
            ['Typologie des maires', '5 profils', '—', '—'],
            ['Outil publié', '—', 'Fiche-repère « Les dynamiques d\'engagement des Collectivités territoriales »', '—'],
            ['Maires interrogés', '—', '—', '302'],
            ['Jugent leur territoire « en mouvement »', '—', '—', '91 %'],
            ['dont « fortement »', '—', '—', '35 %'],
            ['Répondants dans une commune de moins de 2 000 habitants', '—', '—', '84 %']]
    s.append(T(rows, [70 * mm, (fw - 70 * mm) * 0.25, (fw - 70 * mm) * 0.5, (fw - 70 * mm) * 0.25]))
    s.append(P('(i) PHARE-Institutions, 29 novembre 2016. (j) Étude IMPACT-Élus locaux, novembre 2020, '
               'Comisis-OpinionWay. (k) IMPACTS &amp; TRAJECTOIRES – Élus locaux, novembre 2024 : enquête '
               'téléphonique du 30 septembre au 28 octobre 2024.', fn))
    s.append(P('Tableau 6 — Autres jalons, année par année', h))
    yrs = ['2010', 'début 2014', '2015', '2016', 'juillet 2018', '2020', '2021', '2022']
    ev = ['Démarche « Agir ensemble en Territoire », après l\'étude ARPEA-Collectivités locales',
          'Rapport d\'état des lieux demandé par la ministre Valérie Fourneyron',
          'PHARE-Citoyens (sept.), PHARE-Entreprises (oct.), PHARE-Associations (nov.)',
          '13 rapports régionaux ; diagnostics sectoriels (juillet) ; PHARE-Institutions (automne)',
          'Préfiguration de la Fondation des Territoires',
          'Fonds ODD 17 ; rapport de mission remis le 7 mai',
          'Charte du faire alliance, 30 novembre',
          'Création de la Fondation des Territoires, 14 juin']
    cw6 = fw / 4
    evs = st('ev', 'DVC', 7.2, 8.8, TA_CENTER)
    s.append(grid([[P(y, cellbc) for y in yrs[:4]], [P(e, evs) for e in ev[:4]],
                   [P(y, cellbc) for y in yrs[4:]], [P(e, evs) for e in ev[4:]]],
                  [cw6] * 4, [('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#b6a6c6')),
                              ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e4dcec')),
                              ('BACKGROUND', (0, 2), (-1, 2), colors.HexColor('#e4dcec')),
                              ('LINEABOVE', (0, 2), (-1, 2), 1, plum),
                              ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s.append(P('Les trois étapes de la préfiguration de la Fondation des Territoires ont couru de juillet 2018 à '
               'juillet 2019, d\'août 2019 à novembre 2020, puis de décembre 2020 à mai 2022.', fn))
    s.append(P('Lecture transversale', h))
    s.append(P('D\'une enquête à l\'autre, les questions changent de libellé, si bien que les pourcentages ne se '
               'comparent pas terme à terme : le « devoir d\'alliance » de 2015 ne prolonge pas l\'« urgence » mesurée '
               'en 2008 et 2012. La tendance de fond reste pourtant lisible : les partenariats, d\'abord vus comme une '
               'affaire d\'entreprises mécènes, sont aujourd\'hui décrits par les maires comme un levier ordinaire de '
               'l\'action locale. Les années sans mesure (« — ») ne signifient pas une baisse, mais l\'absence de '
               'publication sur le sujet.', body))
    doc.build(s)


DOCS = [('obs-s77-01-rapport-financier.pdf', doc01),
        ('obs-s77-02-reglement-interieur.pdf', doc02),
        ('obs-s77-03-fiche-evaluation.pdf', doc03),
        ('obs-s77-04-visite-terrain.pdf', doc04),
        ('obs-s77-05-lettre-mission.pdf', doc05),
        ('obs-s77-06-bilan-pluriannuel.pdf', doc06)]

if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, fn_ in DOCS:
        fn_(os.path.join(out, name))
        print('ecrit', name)
