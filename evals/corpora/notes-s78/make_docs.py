#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generateur deterministe des 6 PDF du jeu aveugle s78.

Usage : /work/main/.venv/bin/python make_docs.py [DOSSIER_SORTIE]
Aucune date d'execution, aucun hasard : rl_config.invariant = 1.
Les chiffres sur l'Observatoire viennent de /work/shared/facts.md ; le contexte
(Reseau Alliances Val-de-Loire, personnages, menu, grille) est invente.
"""
import calendar
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

FD = '/usr/share/fonts/truetype/dejavu/'
for name, f in [('DV', 'DejaVuSans.ttf'), ('DVB', 'DejaVuSans-Bold.ttf'),
                ('DVI', 'DejaVuSans-Oblique.ttf'), ('DVS', 'DejaVuSerif.ttf'),
                ('DVSB', 'DejaVuSerif-Bold.ttf'), ('DVSI', 'DejaVuSerif-Italic.ttf'),
                ('DVC', 'DejaVuSansCondensed.ttf'), ('DVCB', 'DejaVuSansCondensed-Bold.ttf'),
                ('DVM', 'DejaVuSansMono.ttf'), ('DVMB', 'DejaVuSansMono-Bold.ttf')]:
    pdfmetrics.registerFont(TTFont(name, FD + f))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('DV', normal='DV', bold='DVB', italic='DVI', boldItalic='DVB')
registerFontFamily('DVS', normal='DVS', bold='DVSB', italic='DVSI', boldItalic='DVSB')
registerFontFamily('DVC', normal='DVC', bold='DVCB', italic='DVC', boldItalic='DVCB')

NB = '\u00a0'
_args = [a for a in sys.argv[1:] if not a.startswith('-')]
OUT = _args[0] if _args else os.path.dirname(os.path.abspath(__file__))


def fr(s):
    """Espaces insecables : milliers, avant % EUR : ; ? ! >> et apres <<."""
    s = re.sub(r'(?<=\d) (?=\d{3}\b)', NB, s)
    s = re.sub(r' (?=[%\u20ac:;?!\u00bb])', NB, s)
    s = re.sub(r'\u00ab ', '\u00ab' + NB, s)
    return s


def P(text, font='DV', size=9, lead=None, color=black, align=TA_LEFT, bold=False):
    st = ParagraphStyle('x', fontName=('DVB' if bold and font == 'DV' else font), fontSize=size,
                        leading=lead or size * 1.25, textColor=color, alignment=align)
    return Paragraph(fr(text), st)


def para(c, text, x, ytop, w, **kw):
    """Dessine un paragraphe dont le haut est a ytop ; renvoie sa hauteur."""
    p = P(text, **kw)
    _, h = p.wrap(w, 10000)
    p.drawOn(c, x, ytop - h)
    return h


def para_h(text, w, **kw):
    p = P(text, **kw)
    return p.wrap(w, 10000)[1]


def txt(c, x, y, s, font='DV', size=9, color=black, align='l'):
    c.setFont(font, size)
    c.setFillColor(color)
    s = fr(s)
    if align == 'c':
        c.drawCentredString(x, y, s)
    elif align == 'r':
        c.drawRightString(x, y, s)
    else:
        c.drawString(x, y, s)
    c.setFillColor(black)


def new_canvas(fname, size, title):
    c = canvas.Canvas(os.path.join(OUT, fname), pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor('Réseau Alliances Val-de-Loire (document de démonstration)')
    c.setCreator('make_docs.py s78')
    return c


# ---------------------------------------------------------------------------
# 01 : bande dessinee en cases avec bulles
# ---------------------------------------------------------------------------
INK = HexColor('#222222')
BUBBLE_BG = white
CAPTION_BG = HexColor('#FFF1B8')


def bubble(c, x, ytop, w, who, text, tail_dx=20, shout=False):
    body = '<b>%s</b> — %s' % (who, text) if who else text
    h = para_h(body, w - 8, font='DV', size=8.2)
    c.setStrokeColor(INK)
    c.setFillColor(BUBBLE_BG)
    c.setLineWidth(1.4 if shout else 0.8)
    c.roundRect(x, ytop - h - 8, w, h + 8, 7, stroke=1, fill=1)
    # queue de la bulle
    p = c.beginPath()
    bx = x + tail_dx
    by = ytop - h - 8
    p.moveTo(bx, by + 0.6)
    p.lineTo(bx + 4, by - 9)
    p.lineTo(bx + 11, by + 0.6)
    c.drawPath(p, stroke=1, fill=1)
    c.setStrokeColor(BUBBLE_BG)
    c.line(bx + 1, by, bx + 10, by)
    c.setFillColor(black)
    para(c, body, x + 4, ytop - 4, w - 8, font='DV', size=8.2)
    return h + 8 + 12


def caption(c, x, ytop, w, text):
    h = para_h(text, w - 8, font='DVSI', size=8)
    c.setFillColor(CAPTION_BG)
    c.setStrokeColor(INK)
    c.setLineWidth(0.6)
    c.rect(x, ytop - h - 6, w, h + 6, stroke=1, fill=1)
    c.setFillColor(black)
    para(c, text, x + 4, ytop - 3, w - 8, font='DVSI', size=8)
    return h + 6 + 5


def figure_sketch(c, x, y, label):
    """Un personnage schematique (tete + corps) et son nom en petit."""
    c.setStrokeColor(HexColor('#777777'))
    c.setLineWidth(0.8)
    c.circle(x, y + 30, 7, stroke=1, fill=0)
    c.line(x, y + 23, x, y + 6)
    c.line(x, y + 18, x - 8, y + 10)
    c.line(x, y + 18, x + 8, y + 10)
    c.line(x, y + 6, x - 6, y - 6)
    c.line(x, y + 6, x + 6, y - 6)
    txt(c, x, y - 14, label, font='DVC', size=6, color=HexColor('#777777'), align='c')


def bd_page(c, W, H, planche, printed, panels):
    # en-tete
    c.setFillColor(HexColor('#C0392B'))
    c.rect(0, H - 16 * mm, W, 16 * mm, stroke=0, fill=1)
    txt(c, 14 * mm, H - 10.5 * mm, 'LÉA & MALIK AU COMPTOIR DES ALLIANCES', font='DVB', size=13,
        color=white)
    txt(c, W - 14 * mm, H - 10.5 * mm, 'Planche %d' % planche, font='DVB', size=11, color=white,
        align='r')
    # pied de page
    c.setStrokeColor(INK)
    c.setLineWidth(0.4)
    c.line(14 * mm, 13 * mm, W - 14 * mm, 13 * mm)
    txt(c, 14 * mm, 8.5 * mm, 'Album « Alliances en bulles » — scénario et dessin : atelier BD du Réseau '
        'Alliances Val-de-Loire — alliances-valdeloire.example.fr', font='DVC', size=6.5)
    txt(c, W - 14 * mm, 8.5 * mm, '— %d —' % printed, font='DVB', size=8, align='r')
    txt(c, 14 * mm, 5 * mm, '© 2024 Réseau Alliances Val-de-Loire. Reproduction libre à des fins '
        'non commerciales, avec mention de la source. Chiffres : publications de l’Observatoire des '
        'partenariats.', font='DVC', size=5.5, color=HexColor('#555555'))
    # cases : les cadres d'abord, puis le contenu dans l'ordre inverse (ordre du flux ≠ lecture)
    for (x, y, w, h, items, chars) in panels:
        c.setStrokeColor(INK)
        c.setLineWidth(2)
        c.rect(x, y, w, h, stroke=1, fill=0)
        for i, ch in enumerate(chars):
            figure_sketch(c, x + 22 + i * (w - 44) / max(1, len(chars) - 1) if len(chars) > 1
                          else x + w / 2, y + 18, ch)
    for (x, y, w, h, items, chars) in reversed(panels):
        yy = y + h - 5
        for kind, a, b in items:
            if kind == 'cap':
                yy -= caption(c, x + 5, yy, w - 10, a)
            elif kind == 'b':
                yy -= bubble(c, x + 6, yy, w - 12, a, b)
            elif kind == 'bl':
                yy -= bubble(c, x + 6, yy, w - 12, a, b, tail_dx=w - 40)
            elif kind == 'screen':
                hh = para_h(a, w - 30, font='DVM', size=7.5)
                c.setFillColor(HexColor('#1D2B3A'))
                c.rect(x + 10, yy - hh - 10, w - 20, hh + 10, stroke=0, fill=1)
                para(c, a, x + 15, yy - 5, w - 30, font='DVM', size=7.5, color=HexColor('#E8F6FF'))
                yy -= hh + 16
            elif kind == 'sfx':
                txt(c, x + w - 12, y + 62, a, font='DVB', size=13, color=HexColor('#C0392B'), align='r')
        assert yy > y + 45, ('case trop pleine', items[0])


def doc01():
    W, H = A4
    c = new_canvas('obs-s78-01-bd-alliances-en-bulles.pdf', A4, 'Alliances en bulles — planches 14 à 16')
    L, R = 14 * mm, W - 14 * mm
    top = H - 20 * mm
    gw = (R - L - 6) / 2
    # ---------------- planche 14
    hh = 78 * mm
    panels = [
        (L, top - hh, gw, hh, [
            ('cap', 'Tours, un mardi soir, au local du Réseau Alliances Val-de-Loire. Léa vient '
                    'd’arriver comme bénévole.', None),
            ('b', 'LÉA', 'Dis, Malik, c’est qui le patron de ce fameux RAMEAU dont tout le monde parle ici ?'),
            ('bl', 'MALIK', 'Son président-fondateur, c’est Charles-Benoît Heidsieck. Et la directrice '
                            'générale, c’est Laurence Weber.'),
        ], ['Léa', 'Malik']),
        (L + gw + 6, top - hh, gw, hh, [
            ('b', 'LÉA', 'Et il existe depuis quand, ton RAMEAU ?'),
            ('bl', 'MALIK', 'Depuis 2006. C’est une association reconnue d’intérêt général. Eux-mêmes se '
                            'décrivent comme un « laboratoire de recherche empirique ».'),
            ('b', 'LÉA', 'Un labo… sans blouse blanche, donc.'),
        ], ['Léa', 'Malik']),
        (L, top - 2 * hh - 6, gw, hh, [
            ('b', 'LÉA', 'Et l’Observatoire des partenariats, c’est la même maison ?'),
            ('bl', 'MALIK', 'Pas tout à fait. L’Observatoire est né en 2008 : la Caisse des Dépôts et '
                            'Le RAMEAU l’ont lancé ensemble, avec le MEDEF et le Mouvement associatif '
                            'comme partenaires.'),
        ], ['Léa', 'Malik']),
        (L + gw + 6, top - 2 * hh - 6, gw, hh, [
            ('b', 'LÉA', 'Mais qui tient la plume des études ?'),
            ('bl', 'MALIK', 'La direction scientifique est assurée par Anne Robin, la fondatrice de '
                            'COMISIS. Et elle le fait bénévolement !'),
            ('sfx', 'WOUAH !', None),
        ], ['Léa', 'Malik']),
        (L, top - 3 * hh - 12, R - L, hh - 6, [
            ('cap', 'Sur le tableau de liège, Malik a épinglé une fiche : « Plus de 1 000 exemples '
                    'inspirants recensés — 15 ans de recherche — 5 ans d’étude d’impact ».', None),
            ('b', 'LÉA', 'Plus de mille exemples ? Et ils font quoi, au juste, de tout ça ?'),
            ('bl', 'MALIK', 'Ils se donnent trois missions. La première, c’est de témoigner de ce qui '
                            'marche sur le terrain. La suite… à la planche d’après !'),
        ], ['Léa', 'Malik', 'Odile']),
    ]
    bd_page(c, W, H, 14, 28, panels)
    c.showPage()
    # ---------------- planche 15
    hh1, hh2 = 70 * mm, 88 * mm
    gw3 = (R - L - 12) / 3
    panels = [
        (L, top - hh1, gw3, hh1, [
            ('cap', 'Malik sort un vieux classeur rouge.', None),
            ('bl', 'MALIK', 'Premier plan de cinq ans : ARPEA, de 2008 à 2012. Dix volets '
                            'd’études !'),
        ], ['Malik']),
        (L + gw3 + 6, top - hh1, gw3, hh1, [
            ('bl', 'MALIK', 'Ensuite PHARE, de 2013 à 2018.'),
            ('b', 'LÉA', 'Et après PHARE ?'),
            ('bl', 'MALIK', 'IMPACT, pour 2018-2022, lancé dès novembre 2017.'),
        ], ['Malik', 'Léa']),
        (L + 2 * (gw3 + 6), top - hh1, gw3, hh1, [
            ('b', 'LÉA', 'ARPEA, ça veut dire quoi ?'),
            ('bl', 'MALIK', '« Analyser les Relations Partenariales entre Entreprises et '
                            'Associations ». Ouf.'),
        ], ['Léa', 'Malik']),
        (L, top - hh1 - hh2 - 6, R - L, hh2, [
            ('cap', 'Le classeur PHARE contient six intercalaires de couleur.', None),
            ('bl', 'MALIK', 'PHARE, c’est six volets : Citoyens en septembre 2015, Entreprises en '
                            'octobre 2015, Associations en novembre 2015, puis 13 rapports régionaux en '
                            '2016, des diagnostics sectoriels en juillet 2016 et enfin le volet '
                            'Institutions à l’automne 2016.'),
            ('b', 'LÉA', 'Six volets en un an et demi… ils ne chôment pas.'),
        ], ['Malik', 'Léa']),
        (L, top - hh1 - 2 * hh2 - 12, R - L, hh2 - 12, [
            ('b', 'LÉA', 'Et IMPACT, ils le font tout seuls ?'),
            ('bl', 'MALIK', 'Non : avec la Caisse des Dépôts, l’Institut CDC pour la Recherche, le '
                            'Groupe La Poste et la Fondation TOTAL, en plus du RAMEAU. Trois axes : '
                            'l’innovation sociétale et territoriale, la performance des organisations, '
                            'et la confiance.'),
            ('b', 'LÉA', 'La confiance ! Voilà un axe qui me plaît.'),
        ], ['Léa', 'Malik']),
    ]
    bd_page(c, W, H, 15, 29, panels)
    c.showPage()
    # ---------------- planche 16
    hh = 118 * mm
    panels = [
        (L, top - hh, R - L, hh, [
            ('cap', 'Le soir même, Léa allume la télé du local. Une émission rediffuse les résultats de '
                    'PHARE-Citoyens (septembre 2015).', None),
            ('screen', 'PHARE-CITOYENS — plus de 2 000 personnes interrogées<br/>'
                       '69 % des Français : « devoir d’alliance »<br/>'
                       'Priorités notées sur 10 : emploi 7,1 · pouvoir d’achat 6,6 · '
                       'développement économique 6,5 · sécurité 6,6 · environnement 6,3 · '
                       'exclusion 6,3<br/>'
                       'Impacts forts attendus des partenariats : emploi 49 % · développement '
                       'économique 46 % · environnement 42 % · précarité 36 % · éducation 36 %', None),
            ('b', 'LÉA', 'L’emploi arrive en tête avec 7,1 sur 10. Logique.'),
        ], ['Léa']),
        (L, top - 2 * hh + 20 * mm - 6, (R - L - 6) / 2, hh - 20 * mm, [
            ('bl', 'MALIK', 'Et les autres ? 81 % des dirigeants d’entreprise et 86 % des responsables '
                            'associatifs partagent ce devoir d’alliance.'),
            ('b', 'LÉA', 'Et les maires ?'),
        ], ['Malik', 'Léa']),
        (L + (R - L) / 2 + 3, top - 2 * hh + 20 * mm - 6, (R - L - 6) / 2, hh - 20 * mm, [
            ('bl', 'MALIK', '87 % des maires, d’après PHARE-Institutions.'),
            ('b', 'LÉA', 'Bon. Demain, je m’inscris à l’atelier.'),
            ('cap', 'À suivre dans la planche 17…', None),
        ], ['Malik', 'Léa']),
    ]
    bd_page(c, W, H, 16, 30, panels)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 02 : carte de restaurant solidaire
# ---------------------------------------------------------------------------
CREAM = HexColor('#FBF6EC')
BROWN = HexColor('#5A3A1B')


def menu_frame(c, W, H, printed):
    c.setFillColor(CREAM)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setStrokeColor(BROWN)
    c.setLineWidth(2)
    c.rect(9 * mm, 9 * mm, W - 18 * mm, H - 18 * mm, stroke=1, fill=0)
    c.setLineWidth(0.5)
    c.rect(11 * mm, 11 * mm, W - 22 * mm, H - 22 * mm, stroke=1, fill=0)
    txt(c, W / 2, H - 20 * mm, '—  LE COMPTOIR SOLIDAIRE  —', font='DVSB', size=17, color=BROWN, align='c')
    txt(c, W / 2, H - 26 * mm, 'restaurant d’insertion — 8 quai Paul-Bert, Tours — '
        'comptoir-solidaire.example.fr', font='DVSI', size=8, color=BROWN, align='c')
    txt(c, W / 2, 14 * mm, 'Carte — page %d  ·  prix nets, service compris  ·  liste des allergènes '
        'disponible au comptoir' % printed, font='DVSI', size=7, color=BROWN, align='c')


def dish(c, x, ytop, w, name, price, desc):
    c.setFont('DVSB', 10)
    name = fr(name)
    price = fr(price)
    nw = c.stringWidth(name, 'DVSB', 10)
    pw = c.stringWidth(price, 'DVSB', 10)
    c.setFillColor(BROWN)
    c.drawString(x, ytop - 10, name)
    c.drawRightString(x + w, ytop - 10, price)
    c.setFont('DVS', 8)
    dots = ''
    dw = c.stringWidth(' .', 'DVS', 8)
    n = int((w - nw - pw - 8) / dw)
    dots = ' .' * max(0, n)
    c.drawString(x + nw + 2, ytop - 10, dots)
    c.setFillColor(black)
    h = para(c, desc, x + 6, ytop - 14, w - 12, font='DVSI', size=8, color=HexColor('#333333'))
    return 14 + h + 9


def section_title(c, x, ytop, w, title):
    txt(c, x + w / 2, ytop - 12, title, font='DVSB', size=12.5, color=BROWN, align='c')
    c.setStrokeColor(BROWN)
    c.setLineWidth(0.6)
    tw = c.stringWidth(fr(title), 'DVSB', 12.5) / 2 + 8
    c.line(x + 10, ytop - 17, x + w / 2 - tw, ytop - 17)
    c.line(x + w / 2 + tw, ytop - 17, x + w - 10, ytop - 17)
    return 26


def doc02():
    W, H = A4
    c = new_canvas('obs-s78-02-carte-comptoir-solidaire.pdf', A4, 'Le Comptoir solidaire — carte Alliances')
    L = 17 * mm
    colw = (W - 2 * L - 8 * mm) / 2
    x2 = L + colw + 8 * mm
    # ---- page 1
    menu_frame(c, W, H, 2)
    y0 = H - 33 * mm
    h = para(c, '<b>Carte d’automne « Alliances »</b> — servie lors du 3<super>e</super> dîner « Élus &amp; '
             'Entreprises », le 23 novembre. Chaque plat porte un chiffre tiré des études de '
             'l’Observatoire des partenariats : bon appétit, et bonne lecture !', L, y0, W - 2 * L,
             font='DVS', size=9, align=TA_CENTER, color=BROWN)
    y = y0 - h - 6
    ya = y
    ya -= section_title(c, L, ya, colw, 'Entrées')
    ya -= dish(c, L, ya, colw, 'Velouté du devoir d’alliance', '6,50 €',
               'Potimarron et châtaigne. 81 % des Français estiment qu’il y a un « devoir d’alliance ».')
    ya -= dish(c, L, ya, colw, 'Tartine des maires', '7,00 €',
               'Pain de campagne, rillettes de Tours. 92 % des maires expriment un « besoin '
               'd’alliance ».')
    ya -= dish(c, L, ya, colw, 'Salade des dirigeants', '7,50 €',
               'Chèvre de Sainte-Maure, noix. 84 % des dirigeants d’entreprises ont « envie '
               'd’alliance ».')
    ya -= section_title(c, L, ya, colw, 'Plats')
    ya -= dish(c, L, ya, colw, 'Pot-au-feu de l’innovation', '14,00 €',
               'Voient dans les partenariats une source d’innovation : 74 % des Français, 81 % des '
               'dirigeants d’entreprise, 86 % des responsables associatifs et 87 % des maires.')
    ya -= dish(c, L, ya, colw, 'Risotto du territoire engagé', '13,50 €',
               'Champignons des caves de Touraine. 76 % des maires jugent leur territoire engagé… '
               'mais 46 % ne savent pas comment piloter la démarche.')
    ya -= dish(c, L, ya, colw, 'Parmentier du jouer collectif', '12,50 €',
               '64 % des élus locaux veulent s’appuyer sur le « jouer collectif » ; 92 % des maires '
               'reconnaissent l’utilité de la co-construction.')
    yb = y
    yb -= section_title(c, x2, yb, colw, 'Plat du jour')
    yb -= dish(c, x2, yb, colw, 'Assiette des associations', '11,00 €',
               'Inspirée de l’étude IMPACT – Associations &amp; Territoires. La France compte 148 000 '
               'associations employeuses, et 98 % d’entre elles ont des partenariats.')
    # encadre « la composition de l'assiette »
    box = [('collectivités', '89 %'), ('structures d’intérêt général', '73 %'),
           ('établissements scolaires', '70 %'), ('collectifs d’associations', '56 %'),
           ('acteurs publics nationaux', '52 %'), ('fédérations professionnelles', '37 %'),
           ('acteurs académiques', '35 %')]
    bh = 18 + 12 * len(box) + 4
    c.setFillColor(white)
    c.setStrokeColor(BROWN)
    c.roundRect(x2 + 4, yb - bh, colw - 8, bh, 5, stroke=1, fill=1)
    txt(c, x2 + 10, yb - 12, 'Partenaires des associations employeuses', font='DVSB', size=8,
        color=BROWN)
    for i, (k, v) in enumerate(box):
        txt(c, x2 + 14, yb - 26 - 12 * i, '• ' + k, font='DVS', size=8)
        txt(c, x2 + colw - 12, yb - 26 - 12 * i, v, font='DVSB', size=8, align='r')
    yb -= bh + 8
    box2 = [('échelle locale', '73 %'), ('échelle régionale', '47 %'), ('mécénat', '75 %'),
            ('innovation sociétale', '73 %'), ('pratiques responsables', '70 %'),
            ('coopération économique', '58 %')]
    bh = 18 + 12 * len(box2) + 4
    c.setFillColor(white)
    c.roundRect(x2 + 4, yb - bh, colw - 8, bh, 5, stroke=1, fill=1)
    txt(c, x2 + 10, yb - 12, 'Où et comment ? (même étude)', font='DVSB', size=8, color=BROWN)
    for i, (k, v) in enumerate(box2):
        txt(c, x2 + 14, yb - 26 - 12 * i, '• ' + k, font='DVS', size=8)
        txt(c, x2 + colw - 12, yb - 26 - 12 * i, v, font='DVSB', size=8, align='r')
    yb -= bh + 8
    yb -= section_title(c, x2, yb, colw, 'Formules')
    yb -= dish(c, x2, yb, colw, 'Formule « Élu »', '19,50 €', 'Entrée + plat, ou plat + dessert.')
    yb -= dish(c, x2, yb, colw, 'Formule « Bénévole »', '9,00 €', 'Plat du jour + café, sur présentation '
               'de la carte du réseau.')
    assert min(ya, yb) > 20 * mm, (ya, yb)
    c.showPage()
    # ---- page 2
    menu_frame(c, W, H, 3)
    y = H - 36 * mm
    ya = y
    ya -= section_title(c, L, ya, colw, 'Desserts')
    ya -= dish(c, L, ya, colw, 'Tarte « Sortie de crise »', '6,00 €',
               'Pommes du Val de Loire. Pour 81 % des Français et 84 % des dirigeants de TPE &amp; PME, '
               'co-construire est utile pour rebondir après la crise du Covid : il faut « jouer '
               'collectif ». Plus de 250 données ont été inventoriées pour agir.')
    ya -= dish(c, L, ya, colw, 'Île flottante ODD 17', '5,50 €',
               'Le Fonds ODD 17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies : une '
               'dotation de 1,5 M€ pour expérimenter pendant 3 ans, avec 350 « catalyseurs '
               'territoriaux ».')
    ya -= dish(c, L, ya, colw, 'Crumble de la loi', '6,00 €',
               'En hommage à la proposition de loi sur le « droit de l’alliance d’intérêt général », '
               'portée par la députée Cathy Racon-Bouzon et déposée en février, et à la « feuille de '
               'route » ministérielle et ses 21 mesures.')
    yb = y
    yb -= section_title(c, x2, yb, colw, 'Boissons')
    yb -= dish(c, x2, yb, colw, 'Cocktail « Sécurité »', '4,50 €',
               'Sans alcool. Dans PHARE-Citoyens, les Français ont donné à la sécurité la note de '
               '7/10 parmi leurs priorités (chiffre relayé par la presse spécialisée).')
    yb -= dish(c, x2, yb, colw, 'Jus de pomme de Touraine', '3,00 €', 'Pressé à Vouvray.')
    yb -= dish(c, x2, yb, colw, 'Café de l’alliance', '1,80 €', 'Torréfié par un ESAT partenaire.')
    yb -= 6
    # mentions du restaurant
    ym = min(ya, yb) - 10
    c.setStrokeColor(BROWN)
    c.line(L, ym, W - L, ym)
    h = para(c, '<b>Le Comptoir solidaire</b> est un chantier d’insertion géré par une association loi 1901 '
             'membre du Réseau Alliances Val-de-Loire. Les chiffres de cette carte proviennent des '
             'publications de l’Observatoire des partenariats et du RAMEAU ; les noms des plats sont de '
             'notre invention. Ouvert du lundi au vendredi, midi seulement, et le soir sur réservation '
             'pour les groupes.', L, ym - 6, W - 2 * L, font='DVS', size=8, color=BROWN)
    ym -= h + 14
    h = para(c, 'Origine des viandes : France. Fait maison sauf mention contraire. Licence restaurant '
             'n° 37-2019-0412. Ne pas jeter sur la voie publique.', L, ym, W - 2 * L, font='DVSI',
             size=7, color=BROWN)
    assert ym - h > 20 * mm
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 03 : mots croises avec definitions et grille remplie
# ---------------------------------------------------------------------------
CW_WORDS = [
    # (mot, definition) : mots places automatiquement, deterministe
    ('COMISIS', 'Cabinet fondé par Anne Robin, directrice scientifique de l’Observatoire.'),
    ('ARPEA', 'Premier plan quinquennal de l’Observatoire (2008-2012).'),
    ('IMPACT', 'Programme lancé en novembre 2017.'),
    ('PHARE', 'Il a pris la suite d’ARPEA.'),
    ('ATTAL', 'Gabriel, il a confié une mission ministérielle au FNAF 2019.'),
    ('LILLE', 'La Fondation des Territoires est née sous l’égide de la fondation de cette ville.'),
    ('MEDOC', 'Sigle de Méthodes, Exemples, Données, Outils, Compétences.'),
    ('NORMANDIE', 'Région du 11e rapport régional de l’Observatoire.'),
    ('VITAWIN', 'Soirée au cours de laquelle la Charte du faire alliance a été présentée.'),
    ('CONFIANCE', 'Troisième axe du programme IMPACT.'),
    ('DIXNEUF', 'Nombre de cibles de l’ODD 17 (en lettres).'),
    ('FOURNEYRON', 'Ministre qui a demandé un état des lieux des partenariats associations-entreprises.'),
    ('OPINIONWAY', 'Institut associé à Comisis pour l’étude ARPEA-Collectivités locales.'),
    ('CGET', 'Il a lancé avec Le Rameau un parcours d’expérience pour des territoires.'),
]


# Disposition calculee une fois pour toutes (recherche hors ligne), figee ici : (mot, ligne, colonne, sens)
CW_LAYOUT = [('FOURNEYRON', 5, 2, 'H'), ('CONFIANCE', 4, 3, 'V'), ('MEDOC', 12, 2, 'H'), ('ARPEA', 4, 5, 'V'),
             ('ATTAL', 9, 0, 'H'), ('OPINIONWAY', 1, 0, 'V'), ('LILLE', 1, 7, 'V'), ('PHARE', 2, 0, 'H'),
             ('DIXNEUF', 2, 6, 'H'), ('NORMANDIE', 4, 10, 'V'), ('COMISIS', 11, 7, 'H'), ('CGET', 0, 4, 'V'),
             ('IMPACT', 8, 7, 'H'), ('VITAWIN', 6, 12, 'V')]
CW_ROWS, CW_COLS = 13, 14


def build_grid(words):
    dfn = dict(words)
    grid = {}
    placed = []
    for w, r, col, d in CW_LAYOUT:
        dr, dc = (0, 1) if d == 'H' else (1, 0)
        for i, ch in enumerate(w):
            assert grid.get((r + dr * i, col + dc * i), ch) == ch, w
            grid[(r + dr * i, col + dc * i)] = ch
        placed.append((w, r, col, d, dfn[w]))
    assert len(placed) == len(words)
    return grid, placed, []


def draw_grid(c, x0, ytop, cell, n, grid, starts, filled):
    for r in range(CW_ROWS):
        for col in range(CW_COLS):
            x = x0 + col * cell
            y = ytop - (r + 1) * cell
            if (r, col) in grid:
                c.setFillColor(white)
                c.setStrokeColor(black)
                c.setLineWidth(0.6)
                c.rect(x, y, cell, cell, stroke=1, fill=1)
                if (r, col) in starts:
                    txt(c, x + 1.2, y + cell - 5.5, str(starts[(r, col)]), font='DVC', size=5)
                if filled:
                    txt(c, x + cell / 2, y + cell * 0.28, grid[(r, col)], font='DVMB', size=cell * 0.55,
                        align='c')
            else:
                c.setFillColor(HexColor('#2B2B2B'))
                c.rect(x, y, cell, cell, stroke=0, fill=1)
    c.setFillColor(black)
    # numeros de colonnes et lignes
    for i in range(CW_COLS):
        txt(c, x0 + i * cell + cell / 2, ytop + 3, str(i + 1), font='DVC', size=6, align='c')
    for i in range(CW_ROWS):
        txt(c, x0 - 3, ytop - (i + 1) * cell + cell * 0.3, 'ABCDEFGHIJKLMNO'[i], font='DVC', size=6,
            align='r')


def cw_frame(c, W, H, printed, rubrique):
    c.setFillColor(HexColor('#0E5E6F'))
    c.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
    txt(c, 15 * mm, H - 9 * mm, 'TERRITOIRES SOLIDAIRES MAG', font='DVB', size=12, color=white)
    txt(c, W - 15 * mm, H - 9 * mm, 'n° 57 — hiver 2024 · ' + rubrique, font='DV', size=8.5, color=white,
        align='r')
    c.setStrokeColor(HexColor('#0E5E6F'))
    c.line(15 * mm, 12 * mm, W - 15 * mm, 12 * mm)
    txt(c, 15 * mm, 7.5 * mm, 'Territoires Solidaires Mag — trimestriel du Réseau Alliances Val-de-Loire — '
        'ISSN en cours — territoires-solidaires.example.fr', font='DVC', size=6.5)
    txt(c, W - 15 * mm, 7.5 * mm, str(printed), font='DVB', size=9, align='r')


def doc03():
    W, H = A4
    c = new_canvas('obs-s78-03-mots-croises-alliances.pdf', A4, 'Mots croisés de l’alliance — grille n° 12')
    n = CW_COLS
    grid, placed, left = build_grid(CW_WORDS)
    assert not left, left
    # numerotation a la francaise : horizontaux numerotes par ligne (chiffres romains), verticaux par
    # colonne (chiffres arabes) -> on numerote simplement dans l'ordre de lecture
    order = sorted(placed, key=lambda p: (p[1], p[2]))
    starts = {}
    num = 0
    numbered = []
    for w, r, col, d, dfn in order:
        if (r, col) not in starts:
            num += 1
            starts[(r, col)] = num
        numbered.append((starts[(r, col)], w, r, col, d, dfn))
    hor = sorted([p for p in numbered if p[4] == 'H'])
    ver = sorted([p for p in numbered if p[4] == 'V'])
    cell = 9.5 * mm
    # ---- page 1 : grille vide + definitions
    cw_frame(c, W, H, 42, 'Jeux')
    txt(c, 15 * mm, H - 24 * mm, 'Les mots croisés de l’alliance', font='DVSB', size=18)
    txt(c, 15 * mm, H - 30 * mm, 'Grille n° 12 — niveau : bénévole confirmé · solution en page 43',
        font='DVSI', size=9)
    x0 = (W - n * cell) / 2
    draw_grid(c, x0, H - 38 * mm, cell, n, grid, starts, False)
    ytop = H - 38 * mm - CW_ROWS * cell - 8 * mm
    colw = (W - 30 * mm - 8 * mm) / 2
    txt(c, 15 * mm, ytop, 'HORIZONTALEMENT', font='DVB', size=9)
    txt(c, 15 * mm + colw + 8 * mm, ytop, 'VERTICALEMENT', font='DVB', size=9)
    ya = yb = ytop - 4
    for k, w, r, col, d, dfn in hor:
        ya -= para(c, '<b>%d.</b> %s <font color="#777777">(%d lettres)</font>' % (k, dfn, len(w)),
                   15 * mm, ya, colw, font='DVS', size=8) + 2
    for k, w, r, col, d, dfn in ver:
        yb -= para(c, '<b>%d.</b> %s <font color="#777777">(%d lettres)</font>' % (k, dfn, len(w)),
                   15 * mm + colw + 8 * mm, yb, colw, font='DVS', size=8) + 2
    assert min(ya, yb) > 15 * mm, (ya, yb)
    c.showPage()
    # ---- page 2 : solution (grille remplie) + liste des reponses
    cw_frame(c, W, H, 43, 'Jeux — solutions')
    txt(c, 15 * mm, H - 24 * mm, 'Solution de la grille n° 12', font='DVSB', size=16)
    cell2 = 8.2 * mm
    x0 = 15 * mm + 4
    draw_grid(c, x0, H - 34 * mm, cell2, n, grid, starts, True)
    xr = x0 + n * cell2 + 8 * mm
    wr = W - 15 * mm - xr
    y = H - 34 * mm
    txt(c, xr, y, 'Les réponses', font='DVB', size=9)
    y -= 6
    for k, w, r, col, d, dfn in sorted(numbered):
        y -= para(c, '%d %s : <b>%s</b>' % (k, 'hor.' if d == 'H' else 'vert.', w), xr, y, wr,
                  font='DVC', size=7.5) + 1
    yb = H - 34 * mm - CW_ROWS * cell2 - 10 * mm
    txt(c, 15 * mm, yb, 'LE COIN DU SAVOIR (1/2) — pour aller plus loin', font='DVB', size=10,
        color=HexColor('#0E5E6F'))
    yb -= 6
    w2 = (W - 30 * mm - 8 * mm) / 2
    ya = yb
    ya -= para(c, '<b>COMISIS.</b> Anne Robin, qui a fondé ce cabinet, assure bénévolement la direction '
               'scientifique de l’Observatoire des partenariats.', 15 * mm, ya, w2, font='DVS', size=8.5) + 5
    ya -= para(c, '<b>FOURNEYRON.</b> La ministre Valérie Fourneyron avait demandé un rapport faisant '
               'l’état des lieux des partenariats entre associations et entreprises ; il a été publié '
               'début 2014.', 15 * mm, ya, w2, font='DVS', size=8.5) + 5
    ya -= para(c, '<b>OPINIONWAY.</b> Avec Comisis, l’institut a réalisé l’étude ARPEA-Collectivités '
               'locales, point de départ de la démarche « Agir ensemble en Territoire » en 2010.',
               15 * mm, ya, w2, font='DVS', size=8.5) + 5
    xb = 15 * mm + w2 + 8 * mm
    yc = yb
    yc -= para(c, '<b>NORMANDIE.</b> Le 11<super>e</super> rapport régional de l’Observatoire, consacré à '
               'la Normandie, est sorti le 26 novembre. Le même mois : un dossier dans JURIS Associations '
               'n° 628 le 15 novembre, le 3<super>e</super> dîner « Élus &amp; Entreprises » le 23 et, le '
               '26, le 5<super>e</super> webinaire « l’ODD 17 en pratique ».', xb, yc, w2, font='DVS',
               size=8.5) + 5
    yc -= para(c, '<b>VITAWIN.</b> C’est lors de cette soirée, à Saint-Maurice, que la Charte du faire '
               'alliance a été présentée au public.', xb, yc, w2, font='DVS', size=8.5) + 5
    assert min(ya, yc) > 15 * mm, (ya, yc)
    c.showPage()
    # ---- page 3 : coin du savoir (suite) + jeu bonus
    cw_frame(c, W, H, 44, 'Jeux — le coin du savoir')
    y = H - 26 * mm
    txt(c, 15 * mm, y, 'LE COIN DU SAVOIR (2/2)', font='DVB', size=12, color=HexColor('#0E5E6F'))
    y -= 8
    L = 15 * mm
    ww = W - 30 * mm
    blocks = [
        '<b>LILLE — la Fondation des Territoires.</b> Sa préfiguration a démarré en juillet 2018 et '
        's’est déroulée en trois étapes (07/18 à 07/19, puis 08/19 à 11/20, puis 12/20 à 05/22). La '
        'fondation a vu le jour le 14 juin 2022, abritée par la Fondation de Lille, avec 21 '
        'co-fondateurs et trois missions.',
        '<b>MEDOC.</b> Derrière ce sigle, qui n’a rien d’un vin : M.E.D.O.C. = Méthodes, Exemples, '
        'Données, Outils, Compétences. Ces ressources sont rassemblées sur la plateforme www.odd17.org.',
        '<b>DIXNEUF.</b> L’ODD 17 compte 19 cibles. C’est ce que rappelait une note du Comité 21, '
        '« ODD 17 : Sens, décryptages, déclinaisons », diffusée un 5 juillet.',
        '<b>ATTAL.</b> Au FNAF 2019, Gabriel Attal a confié une mission ministérielle à la députée '
        'Cathy Racon-Bouzon et à Charles-Benoît Heidsieck.',
        '<b>CGET.</b> Avec Le Rameau, le CGET a monté un parcours d’expérience pour des territoires '
        'pionniers (voir notre calendrier pour les dates).',
        '<b>IMPACT / CONFIANCE.</b> Les trois indicateurs suivis par le programme IMPACT : '
        'l’innovation, la performance et la confiance.',
    ]
    for b in blocks:
        y -= para(c, b, L, y, ww, font='DVS', size=9.5, lead=13) + 7
    y -= 8
    c.setStrokeColor(HexColor('#0E5E6F'))
    c.setDash(3, 2)
    bh = 64 * mm
    c.rect(L, y - bh, ww, bh, stroke=1, fill=0)
    c.setDash()
    txt(c, L + 6, y - 14, 'JEU BONUS — le mot mystère', font='DVB', size=10)
    para(c, 'Avec les lettres des cases A5, C7 et H9 de la grille, formez le nom d’un outil cher au '
         'réseau. Indice : il se signe, et on l’appelle aussi « contrat de confiance ». Réponse dans le '
         'prochain numéro !', L + 6, y - 20, ww - 12, font='DVS', size=9)
    # petite grille de sudoku decorative
    sx, sy, sc = L + ww - 6 - 9 * 5 * mm, y - bh + 6, 5 * mm
    digits = '534678912672195348198342567'
    for i in range(3):
        for j in range(9):
            c.rect(sx + j * sc, sy + (2 - i) * sc, sc, sc, stroke=1, fill=0)
            if (i * 9 + j) % 3 == 0:
                txt(c, sx + j * sc + sc / 2, sy + (2 - i) * sc + 4, digits[i * 9 + j], font='DVM', size=8,
                    align='c')
    txt(c, sx, sy + 3 * sc + 3, 'Mini-sudoku (3 lignes) :', font='DVC', size=7)
    assert y - bh > 15 * mm
    c.showPage()
    c.save()
    return numbered


# ---------------------------------------------------------------------------
# 04 : calendrier mural mois par mois
# ---------------------------------------------------------------------------
MOIS = ['JANVIER', 'FÉVRIER', 'MARS', 'AVRIL', 'MAI', 'JUIN', 'JUILLET', 'AOÛT', 'SEPTEMBRE',
        'OCTOBRE', 'NOVEMBRE', 'DÉCEMBRE']
EVENTS = {
    1: [(None, 'Janvier 2011 : étude ARPEA Entreprises & Territoires. 21 % des entreprises développent '
               'des partenariats, 33 % le souhaitent, 46 % ne le souhaitent pas.'),
        (15, 'Vœux du réseau au local de Tours (invitation à venir).')],
    2: [(28, 'Pas de 29 février en 2026 ! On salue le 28 la note du 29 février 2016 sur les modèles '
             'de co-construction : 37 % des entreprises d’au moins 10 salariés, 38 % des associations '
             '(53 % des employeuses) et 65 % des pionniers.')],
    3: [(None, 'Mars 2017 : sortie de l’étude « Associations & Partenariats » (Recherches & '
               'Solidarités et Le RAMEAU). Détails dans le livret du bénévole.'),
        (17, 'Atelier « premiers pas » pour les nouveaux bénévoles.')],
    4: [(14, 'Assemblée du réseau — salle des fêtes de Joué-lès-Tours.'),
        (None, 'Avril : appel aux bénévoles pour les rencontres de l’été.')],
    5: [(3, '3 mai : première session du parcours d’expérience monté par le CGET et Le Rameau, '
            'avec 11 territoires pionniers, pour 18 mois.'),
        (7, '7 mai 2020 : remise du rapport de la mission ministérielle confiée à Cathy '
            'Racon-Bouzon et Charles-Benoît Heidsieck.')],
    6: [(14, '14 juin 2022 : naissance de la Fondation des Territoires, sous l’égide de la Fondation '
             'de Lille, avec 21 co-fondateurs.')],
    7: [(5, '5 juillet : note du Comité 21 sur l’ODD 17 et ses 19 cibles.'),
        (None, 'Juillet 2016 : diagnostics sectoriels PHARE. Juillet 2018 : début de la préfiguration '
               'de la Fondation des Territoires.')],
    8: [(None, 'Août : le local est fermé du 3 au 21. Bonnes vacances !')],
    9: [(23, '23 septembre : publication de l’étude IMPACT Fondations & Territoires, avec 42 '
             'fondations interrogées.'),
        (30, '30 septembre 2024 : début de l’enquête IMPACTS & TRAJECTOIRES – Élus locaux.')],
    10: [(17, '17 octobre 2020 : bilan de la mission ministérielle.'),
         (28, '28 octobre 2024 : fin du terrain ; 302 maires interrogés par téléphone.')],
    11: [(None, 'Novembre 2017 : lancement du programme IMPACT. Novembre 2020 : étude IMPACT-Élus '
                'locaux (Comisis-OpinionWay), d’où la fiche-repère « Les dynamiques d’engagement des '
                'Collectivités territoriales ».'),
         (29, '29 novembre 2016 : publication de PHARE-Institutions, qui distingue 5 profils de maires.'),
         (30, '30 novembre 2021 : la Charte du faire alliance est lancée à Saint-Maurice, le jour du '
              'Giving Tuesday.')],
    12: [(11, '11 décembre 2012 : rapport quinquennal de l’Observatoire.'),
         (None, 'Novembre 2024 (résultats) : 91 % des maires voient leur territoire en mouvement '
                '(35 % fortement, 56 % ni plus ni moins) ; 84 % des répondants vivent dans des '
                'communes de moins de 2 000 habitants.')],
}


def cal_month(c, x, ytop, w, h, m):
    YEAR = 2026
    c.setFillColor(HexColor('#2E7D32'))
    c.rect(x, ytop - 9 * mm, w, 9 * mm, stroke=0, fill=1)
    txt(c, x + 4, ytop - 6.3 * mm, '%s %d' % (MOIS[m - 1], YEAR), font='DVB', size=11, color=white)
    gw = w * 0.46
    cw = gw / 7
    ch = 6.2 * mm
    gy = ytop - 9 * mm - 2
    for i, d in enumerate('LMMJVSD'):
        txt(c, x + i * cw + cw / 2, gy - 8, d, font='DVCB', size=7, align='c')
    marked = {d for d, _ in EVENTS.get(m, []) if d}
    weeks = calendar.Calendar(0).monthdayscalendar(YEAR, m)
    for wi, wk in enumerate(weeks):
        for di, d in enumerate(wk):
            if not d:
                continue
            cx = x + di * cw
            cy = gy - 12 - (wi + 1) * ch
            c.setStrokeColor(HexColor('#BBBBBB'))
            c.setLineWidth(0.4)
            c.rect(cx, cy, cw, ch, stroke=1, fill=0)
            if d in marked:
                c.setFillColor(HexColor('#FFD54F'))
                c.circle(cx + cw / 2, cy + ch / 2, ch * 0.42, stroke=0, fill=1)
            txt(c, cx + cw / 2, cy + ch * 0.3, str(d), font='DVC', size=7.5,
                color=HexColor('#C62828') if di == 6 else black, align='c')
    # colonne des evenements a droite de la grille
    ex = x + gw + 4 * mm
    ew = w - gw - 4 * mm
    y = ytop - 9 * mm - 4
    for d, t in EVENTS.get(m, []):
        mark = '●' if d else '◆'
        y -= para(c, '<font name="DVCB" color="#2E7D32">%s</font>  %s' % (mark, t), ex, y, ew,
                  font='DVC', size=7.4, lead=9) + 3
    assert y > ytop - h, (m, y, ytop - h)
    c.setStrokeColor(HexColor('#2E7D32'))
    c.setLineWidth(0.8)
    c.rect(x, ytop - h, w, h, stroke=1, fill=0)


def doc04():
    W, H = landscape(A4)
    c = new_canvas('obs-s78-04-calendrier-mural-2026.pdf', (W, H), 'Calendrier 2026 — les 12 mois de l’alliance')
    L = 12 * mm
    for pg in range(3):
        c.setFillColor(HexColor('#E8F5E9'))
        c.rect(0, H - 17 * mm, W, 17 * mm, stroke=0, fill=1)
        txt(c, L, H - 11 * mm, 'CALENDRIER 2026 · LES 12 MOIS DE L’ALLIANCE', font='DVB', size=15,
            color=HexColor('#1B5E20'))
        txt(c, W - L, H - 11 * mm, '[◎ RÉSEAU ALLIANCES VAL-DE-LOIRE]', font='DVB', size=9,
            color=HexColor('#1B5E20'), align='r')
        gw = (W - 2 * L - 8 * mm) / 2
        gh = (H - 17 * mm - 22 * mm - 6 * mm) / 2
        for k in range(4):
            m = pg * 4 + k + 1
            x = L + (k % 2) * (gw + 8 * mm)
            ytop = H - 21 * mm - (k // 2) * (gh + 6 * mm)
            cal_month(c, x, ytop, gw, gh, m)
        c.setStrokeColor(HexColor('#1B5E20'))
        c.line(L, 14 * mm, W - L, 14 * mm)
        txt(c, L, 9.5 * mm, 'Les dates anniversaires (années d’origine indiquées) viennent des publications '
            'de l’Observatoire des partenariats et du RAMEAU. Les rendez-vous du réseau sont donnés '
            'sous réserve.', font='DVC', size=7)
        txt(c, L, 5.5 * mm, 'Réseau Alliances Val-de-Loire — 12 rue des Tanneurs, 37000 Tours — '
            'alliances-valdeloire.example.fr — Imprimé sur papier recyclé. Ne pas jeter sur la voie '
            'publique.', font='DVC', size=6.5, color=HexColor('#555555'))
        txt(c, W - L, 9.5 * mm, 'feuillet %d / 4' % (pg + 2), font='DVB', size=8, align='r')
        c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 05 : carte postale recto-verso
# ---------------------------------------------------------------------------
def postcard_verso(c, W, H, message, adresse, cachet, numero, recto_note):
    c.setFillColor(HexColor('#FFFDF7'))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    mid = W * 0.56
    c.setStrokeColor(HexColor('#999999'))
    c.setLineWidth(0.6)
    c.line(mid, 10 * mm, mid, H - 10 * mm)
    txt(c, 6 * mm, H - 6 * mm, 'CARTE POSTALE', font='DVSB', size=7, color=HexColor('#777777'))
    txt(c, mid - 3 * mm, H - 6 * mm, 'Série « Terres d’alliance » · n° %d · verso' % numero, font='DVC',
        size=5.6, color=HexColor('#777777'), align='r')
    y = H - 10 * mm
    para(c, message, 6 * mm, y, mid - 10 * mm, font='DVSI', size=6.9, lead=8.4, color=HexColor('#1A237E'))
    # timbre
    sw, sh = 19 * mm, 23 * mm
    sx, sy = W - 6 * mm - sw, H - 6 * mm - sh
    c.setDash(1, 1.5)
    c.rect(sx, sy, sw, sh, stroke=1, fill=0)
    c.setDash()
    txt(c, sx + sw / 2, sy + sh / 2 + 2, 'TIMBRE', font='DVC', size=6, color=HexColor('#999999'), align='c')
    txt(c, sx + sw / 2, sy + sh / 2 - 6, 'LETTRE VERTE', font='DVC', size=5, color=HexColor('#999999'),
        align='c')
    # cachet de la poste (cercle + texte)
    c.setStrokeColor(HexColor('#555555'))
    c.circle(sx - 5 * mm, sy + 5 * mm, 9 * mm, stroke=1, fill=0)
    txt(c, sx - 5 * mm, sy + 6 * mm, cachet[0], font='DVCB', size=6, color=HexColor('#555555'), align='c')
    txt(c, sx - 5 * mm, sy + 2.5 * mm, cachet[1], font='DVC', size=5.5, color=HexColor('#555555'), align='c')
    # adresse
    ay = H * 0.46
    for i, line in enumerate(adresse):
        c.setStrokeColor(HexColor('#BBBBBB'))
        c.line(mid + 5 * mm, ay - i * 8 * mm - 2, W - 6 * mm, ay - i * 8 * mm - 2)
        txt(c, mid + 6 * mm, ay - i * 8 * mm, line, font='DVSI', size=7.5, color=HexColor('#1A237E'))
    txt(c, 6 * mm, 5 * mm, recto_note, font='DVC', size=5, color=HexColor('#777777'))
    txt(c, W - 6 * mm, 5 * mm, 'Édition Réseau Alliances Val-de-Loire · alliances-valdeloire.example.fr',
        font='DVC', size=5, color=HexColor('#777777'), align='r')


def doc05():
    W, H = 148 * mm, 105 * mm
    c = new_canvas('obs-s78-05-cartes-postales-alliance.pdf', (W, H), 'Cartes postales « Terres d’alliance »')
    # ---- page 1 : recto de la carte n° 7
    c.setFillColor(HexColor('#1E3A5F'))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(HexColor('#3E6A99'))
    c.rect(6 * mm, 6 * mm, W - 12 * mm, H - 12 * mm, stroke=0, fill=1)
    for i in range(6):
        c.setFillColor(HexColor(['#F4D35E', '#EE964B', '#F95738', '#0D3B66', '#FAF0CA', '#9BC1BC'][i]))
        c.circle(20 * mm + i * 21 * mm, 24 * mm, 8 * mm, stroke=0, fill=1)
    txt(c, W / 2, H - 26 * mm, 'Bons baisers', font='DVSB', size=24, color=white, align='c')
    txt(c, W / 2, H - 38 * mm, 'de Saint-Maurice', font='DVSB', size=20, color=HexColor('#F4D35E'), align='c')
    txt(c, W / 2, H - 47 * mm, 'Paris-Est Marne & Bois · Val-de-Marne', font='DVSI', size=9, color=white,
        align='c')
    txt(c, W / 2, 9 * mm, '[photo : la salle de la soirée VitaWin, décorée aux couleurs de la charte]',
        font='DVC', size=6, color=white, align='c')
    txt(c, W - 8 * mm, H - 10 * mm, 'n° 7', font='DVB', size=8, color=white, align='r')
    txt(c, 8 * mm, H - 10 * mm, '✦ TERRES D’ALLIANCE ✦', font='DVB', size=7, color=white)
    c.showPage()
    # ---- page 2 : verso de la carte n° 7
    msg = ('Chère Odile,<br/>Grande émotion ce soir à Saint-Maurice : la Charte du faire alliance a été '
           'dévoilée ce mardi 30 septembre, pour le Giving Tuesday, pendant une soirée VitaWin. Trois mois '
           'de co-construction, pilotés par la Fondation des Territoires, pour aboutir à ce qu’ils '
           'appellent un « contrat de confiance ». Le territoire de Paris-Est Marne &amp; Bois était '
           'l’un des pilotes de « Agir ensemble en Territoire », ça se sentait dans la salle.<br/>'
           'Je te rapporte un exemplaire signé pour le local. Bises à toute l’équipe !<br/>— Malik')
    postcard_verso(c, W, H, msg, ['Odile Marchand', 'Réseau Alliances Val-de-Loire', '12 rue des Tanneurs',
                                  '37000 TOURS'], ('94 ST-MAURICE', 'VAL-DE-MARNE'), 7,
                   'Au recto : « Bons baisers de Saint-Maurice ».')
    c.showPage()
    # ---- page 3 : verso de la carte n° 8 (le recto n'est pas reproduit)
    msg = ('Salut la compagnie !<br/>Petite escale en Poitou-Charentes, l’un des trois territoires pilotes '
           'de la démarche « Agir ensemble en Territoire », lancée en 2010 à la suite de l’étude '
           'ARPEA-Collectivités locales (Comisis-OpinionWay). Ici c’est le Groupe La Poste qui a porté '
           'le projet ; en Alsace, c’était Alsace Active. On m’a aussi parlé du travail du CGET avec '
           '10 territoires pilotes. Et j’apprends que Le RAMEAU a mené des expérimentations auprès de '
           'plus de 500 organisations depuis 2006 !<br/>À mardi, Léa')
    postcard_verso(c, W, H, msg, ['L’équipe du local', 'Réseau Alliances Val-de-Loire', '12 rue des Tanneurs',
                                  '37000 TOURS'], ('86 POITIERS', 'VIENNE'), 8,
                   'Carte n° 8 — au recto (non reproduit) : le marais poitevin.')
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 06 : livret d'accueil du benevole avec pictogrammes en texte
# ---------------------------------------------------------------------------
TEAL = HexColor('#00695C')


def picto_item(c, x, ytop, w, picto, text, size=8.6):
    c.setFillColor(TEAL)
    c.roundRect(x, ytop - 13, 17, 13, 3, stroke=0, fill=1)
    txt(c, x + 8.5, ytop - 9.6, picto, font='DVB', size=7.5, color=white, align='c')
    h = para(c, text, x + 22, ytop, w - 22, font='DV', size=size, lead=size * 1.3)
    return max(h, 13) + 6


def livret_frame(c, W, H, printed, chapitre):
    c.setFillColor(TEAL)
    c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
    txt(c, 10 * mm, H - 7.8 * mm, 'LIVRET D’ACCUEIL DU BÉNÉVOLE', font='DVB', size=9, color=white)
    txt(c, W - 10 * mm, H - 7.8 * mm, chapitre, font='DV', size=7.5, color=white, align='r')
    c.setStrokeColor(TEAL)
    c.line(10 * mm, 11 * mm, W - 10 * mm, 11 * mm)
    txt(c, 10 * mm, 7 * mm, 'Réseau Alliances Val-de-Loire · édition 2024 · usage interne', font='DVC',
        size=6.2)
    txt(c, W - 10 * mm, 7 * mm, 'page %d' % printed, font='DVB', size=7.5, align='r')


def doc06():
    W, H = A5
    c = new_canvas('obs-s78-06-livret-accueil-benevole.pdf', A5, 'Livret d’accueil du bénévole — extrait')
    L = 10 * mm
    ww = W - 2 * L
    # ---- page 1
    livret_frame(c, W, H, 4, '1. Bienvenue')
    y = H - 20 * mm
    txt(c, L, y, 'Bienvenue parmi nous ! ☺', font='DVB', size=14, color=TEAL)
    y -= 8 * mm
    # legende des pictogrammes
    c.setStrokeColor(TEAL)
    c.setFillColor(HexColor('#E0F2F1'))
    c.roundRect(L, y - 17 * mm, ww, 17 * mm, 4, stroke=1, fill=1)
    txt(c, L + 4, y - 5 * mm, 'Comment lire ce livret — les pictogrammes :', font='DVB', size=7.5)
    txt(c, L + 4, y - 10 * mm, '[i] à savoir    [!] important    [✔] à faire    [☎] contact    '
        '[€] frais    [⌂] lieux', font='DVM', size=6.4)
    txt(c, L + 4, y - 14.5 * mm, 'Les chiffres cités viennent des études de l’Observatoire des partenariats.',
        font='DVI', size=6.5)
    y -= 17 * mm + 6 * mm
    y -= picto_item(c, L, y, ww, 'i', 'Notre réseau relaie, en Touraine et dans le Loir-et-Cher, les '
                    'travaux sur les alliances entre associations, entreprises et collectivités.')
    y -= picto_item(c, L, y, ww, 'i', '« Créé en 2007, l’Observatoire national des partenariats '
                    'associations / entreprises » : c’est ainsi que se présentaient ses premières '
                    'publications, comme l’étude ARPEA Entreprises &amp; Territoires (janvier 2011) ou le '
                    'rapport quinquennal.')
    y -= picto_item(c, L, y, ww, '!', 'Nous ne parlons jamais au nom de l’Observatoire : nous citons '
                    'ses chiffres, avec leur source et leur date.')
    y -= picto_item(c, L, y, ww, '⌂', 'Le local : 12 rue des Tanneurs à Tours, au rez-de-chaussée, '
                    'accessible en fauteuil.')
    y -= picto_item(c, L, y, ww, '€', 'Vos frais de déplacement sont remboursés sur justificatif, selon '
                    'le barème voté chaque année en assemblée.')
    assert y > 14 * mm, y
    c.showPage()
    # ---- page 2
    livret_frame(c, W, H, 5, '2. Les repères')
    y = H - 20 * mm
    txt(c, L, y, 'Les repères à connaître', font='DVB', size=13, color=TEAL)
    y -= 7 * mm
    y -= picto_item(c, L, y, ww, 'i', '<b>ARPEA</b> (2008-2012) : « Analyse des Relations et des '
                    'Partenariats entre Entreprises et Associations ». Le programme comptait 10 volets.')
    y -= picto_item(c, L, y, ww, 'i', '<b>PHARE</b> a couvert la période 2013-2017.')
    y -= picto_item(c, L, y, ww, 'i', 'Le rapport quinquennal de l’Observatoire a été rendu public le '
                    '11 décembre 2012.')
    y -= picto_item(c, L, y, ww, '!', 'Côté citoyens : 86 % des Français jugeaient urgent de créer des '
                    'partenariats en 2008, et encore 84 % en 2012.')
    y -= picto_item(c, L, y, ww, '!', 'Côté associations : près de 46 % d’entre elles étaient engagées '
                    'avec une entreprise à l’époque d’ARPEA.')
    y -= 3 * mm
    c.setFillColor(HexColor('#FFF8E1'))
    c.setStrokeColor(HexColor('#F9A825'))
    bh = 27 * mm
    c.roundRect(L, y - bh, ww, bh, 4, stroke=1, fill=1)
    txt(c, L + 4, y - 5 * mm, '[✔] Ta première semaine', font='DVB', size=8.5)
    yy = y - 7 * mm
    for item in ['□ Lire ce livret jusqu’au bout (oui, même la page 6).',
                 '□ Passer au local pour récupérer ton badge.',
                 '□ T’inscrire à l’atelier « premiers pas » (voir le calendrier).',
                 '□ Choisir une équipe : accueil, ateliers ou communication.']:
        yy -= para(c, item, L + 6, yy, ww - 12, font='DV', size=7.8) + 1.5
    assert yy > y - bh
    y -= bh
    assert y > 14 * mm, y
    c.showPage()
    # ---- page 3
    livret_frame(c, W, H, 6, '3. Les associations et leurs partenaires')
    y = H - 20 * mm
    txt(c, L, y, 'Qui sont les partenaires des associations ?', font='DVB', size=11.5, color=TEAL)
    y -= 5 * mm
    y -= para(c, 'Repères tirés de l’étude « Associations &amp; Partenariats » de Recherches &amp; '
              'Solidarités et du RAMEAU (mars 2017). L’enquête a été menée en mai-juin 2016 auprès de '
              'plus de 1 380 responsables associatifs.', L, y, ww, font='DVI', size=7.8) + 4
    y -= picto_item(c, L, y, ww, 'i', 'En moyenne, une association compte 2,5 partenaires.')
    rows = [('⌂', 'collectivités territoriales', '74 %'), ('☺', 'autres associations ou fondations', '72 %'),
            ('✎', 'établissements d’enseignement', '47 %'), ('€', 'entreprises', '28 %'),
            ('➜', 'structures d’insertion', '22 %'), ('⚗', 'organismes de recherche', '9 %')]
    for i, (pi, k, v) in enumerate(rows):
        yy = y - i * 6.2 * mm
        c.setFillColor(HexColor('#E0F2F1') if i % 2 == 0 else white)
        c.rect(L, yy - 6.2 * mm, ww, 6.2 * mm, stroke=0, fill=1)
        txt(c, L + 4, yy - 4.3 * mm, '[%s]' % pi, font='DVM', size=7.5, color=TEAL)
        txt(c, L + 11 * mm, yy - 4.3 * mm, k, font='DV', size=7.6)
        # barre proportionnelle
        bw = (ww - 78 * mm) * int(v.split()[0]) / 100.0
        c.setFillColor(TEAL)
        c.rect(L + 64 * mm, yy - 4.6 * mm, bw, 3 * mm, stroke=0, fill=1)
        txt(c, L + ww - 2, yy - 4.3 * mm, v, font='DVB', size=8, align='r')
    y -= len(rows) * 6.2 * mm + 5 * mm
    y -= picto_item(c, L, y, ww, '!', 'La taille compte : la moitié (50 %) des associations dont le '
                    'budget dépasse 150 000 € ont un partenariat avec une entreprise, contre 20 % de '
                    'celles qui ont moins de 10 000 €.')
    y -= picto_item(c, L, y, ww, '☎', 'Une question ? Référente accueil : Odile Marchand, au local, '
                    'ou par le formulaire du site alliances-valdeloire.example.fr.')
    assert y > 14 * mm, y
    c.showPage()
    c.save()


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    doc01()
    doc02()
    numbered = doc03()
    doc04()
    doc05()
    doc06()
    if '-v' in sys.argv:
        for k in numbered:
            print(k[:5])
