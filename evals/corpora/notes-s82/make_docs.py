#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generateur deterministe des 6 PDF du jeu aveugle s82.

Usage : /work/main/.venv/bin/python make_docs.py [dossier_de_sortie]
(par defaut : le dossier de ce script)

Formes : 01 note de conjoncture flechee, 02 fiches d'amendement, 03 matrice de
materialite, 04 fil de messages courts imprime, 05 notes de reunion telegraphiques,
06 storyboard video. Aucun hasard, aucune date d'execution (rl_config.invariant = 1).
"""
import os
import re
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.lib.fonts import addMapping

FD = '/usr/share/fonts/truetype/dejavu/'
for name, fn in [('DV', 'DejaVuSans.ttf'), ('DV-B', 'DejaVuSans-Bold.ttf'),
                 ('DV-I', 'DejaVuSans-Oblique.ttf'), ('DV-BI', 'DejaVuSans-BoldOblique.ttf'),
                 ('DVS', 'DejaVuSerif.ttf'), ('DVS-B', 'DejaVuSerif-Bold.ttf'),
                 ('DVS-I', 'DejaVuSerif-Italic.ttf'), ('DVS-BI', 'DejaVuSerif-BoldItalic.ttf'),
                 ('DVC', 'DejaVuSansCondensed.ttf'), ('DVC-B', 'DejaVuSansCondensed-Bold.ttf'),
                 ('DVC-I', 'DejaVuSansCondensed-Oblique.ttf'),
                 ('DVC-BI', 'DejaVuSansCondensed-BoldOblique.ttf'),
                 ('DVM', 'DejaVuSansMono.ttf'), ('DVM-B', 'DejaVuSansMono-Bold.ttf'),
                 ('DVM-I', 'DejaVuSansMono-Oblique.ttf'), ('DVM-BI', 'DejaVuSansMono-BoldOblique.ttf')]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))
for fam in ('DV', 'DVS', 'DVC', 'DVM'):
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + '-B')
    addMapping(fam, 0, 1, fam + '-I')
    addMapping(fam, 1, 1, fam + '-BI')

NB = '\u00a0'      # espace insecable
NNB = '\u202f'     # espace fine insecable (milliers)


def fr(s, wrap=True):
    """Typographie francaise : espace insecable dans les nombres (1 000) et avant % EUR : ; ? !,
    et a l'interieur des guillemets.

    Texte a la ligne (Paragraph, wrap=True) : U+00A0, seul caractere que reportlab ne coupe pas
    (il traite U+202F comme une espace secable). Texte pose sans retour a la ligne (drawString,
    wrap=False) : U+202F (espace fine insecable), conservee telle quelle dans la couche texte.
    """
    sp = NB if wrap else NNB
    s = re.sub(r'(?<=\d) (?=\d{3}(?!\d))', sp, s)
    s = re.sub(r'(?<=\d) (?=\d{3}(?!\d))', sp, s)
    s = re.sub(r' (?=[%€:;?!])', sp, s)
    s = s.replace(' »', NB + '»').replace('« ', '«' + NB)
    return s


def style(name, font='DV', size=9, lead=None, color=colors.black, align=TA_LEFT, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25,
                          textColor=color, alignment=align, **kw)


def para(c, text, x, ytop, w, st):
    p = Paragraph(fr(text), st)
    _, h = p.wrap(w, 5000)
    p.drawOn(c, x, ytop - h)
    return h


def txt(c, x, y, s, font='DV', size=9, color=colors.black, align='l'):
    c.setFont(font, size)
    c.setFillColor(color)
    s = fr(s, wrap=False)
    if align == 'r':
        c.drawRightString(x, y, s)
    elif align == 'c':
        c.drawCentredString(x, y, s)
    else:
        c.drawString(x, y, s)
    c.setFillColor(colors.black)


def table(c, data, x, ytop, widths, st, extra=None, cellst=None):
    cs = cellst or style('cell', size=8)
    rows = []
    for r in data:
        rows.append([Paragraph(fr(v), cs) if isinstance(v, str) else v for v in r])
    t = Table(rows, colWidths=widths)
    base = [('VALIGN', (0, 0), (-1, -1), 'TOP'),
            ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#8a8a8a')),
            ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3),
            ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]
    t.setStyle(TableStyle(base + (extra or [])))
    _, h = t.wrap(sum(widths), 5000)
    t.drawOn(c, x, ytop - h)
    return h


def new_canvas(path, title, pagesize):
    c = canvas.Canvas(path, pagesize=pagesize, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor('Jeu de démonstration s82 (documents fictifs)')
    c.setSubject('Observatoire des partenariats — corpus de démonstration')
    c.setCreator('make_docs.py (reportlab)')
    c.setProducer('reportlab')
    return c


GREY = colors.HexColor('#555555')
LIGHT = colors.HexColor('#eeeeee')

# ---------------------------------------------------------------------------
# 01 — note de conjoncture flechee
# ---------------------------------------------------------------------------


def doc01(path):
    W, H = A4
    c = new_canvas(path, 'Note de conjoncture des alliances n° 9', A4)
    NAVY = colors.HexColor('#1d3557')
    UP = colors.HexColor('#1b7f3b')
    DOWN = colors.HexColor('#b3261e')

    def frame(printed):
        c.setFillColor(NAVY)
        c.rect(0, H - 46, W, 46, stroke=0, fill=1)
        txt(c, 36, H - 28, 'NOTE DE CONJONCTURE DES ALLIANCES', 'DV-B', 13, colors.white)
        txt(c, 36, H - 40, 'Lettre trimestrielle du Réseau Alliances & Territoires · n° 9 · édition d\'hiver',
            'DV', 7.5, colors.white)
        txt(c, W - 36, H - 26, '◆ R·A·T', 'DV-B', 14, colors.white, 'r')
        txt(c, W - 36, H - 38, 'réseau régional', 'DV-I', 7, colors.white, 'r')
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.6)
        c.line(36, 44, W - 36, 44)
        txt(c, 36, 33, 'Réseau Alliances & Territoires — association fictive, document de démonstration. '
            'Reproduction autorisée avec mention de la source.', 'DV', 6.5, GREY)
        txt(c, 36, 24, 'www.alliances-territoires.example · Directrice de la publication : la présidente du réseau '
            '· ISSN en cours d\'attribution', 'DV', 6.5, GREY)
        txt(c, W - 36, 28, '— %s —' % printed, 'DV-B', 9, NAVY, 'r')

    arrow_st = style('arr', 'DV-B', 10, align=TA_CENTER)

    def arrow(sym):
        col = {'▲': UP, '▼': DOWN}.get(sym, GREY)
        return Paragraph('<font color="%s">%s</font>' % (col.hexval().replace('0x', '#'), sym), arrow_st)

    hdr = style('hdr', 'DV-B', 7.5, color=colors.white)
    cell = style('cell1', 'DV', 7.8, 9.6)
    hstyle = [('BACKGROUND', (0, 0), (-1, 0), NAVY), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
    widths = [168, 66, 34, 48, 118, 89]

    def head_row():
        return [Paragraph(s, hdr) for s in ('Indicateur', 'Dernière valeur', 'Tend.', 'Var.',
                                            'Mesure de référence', 'Source publiée')]

    # ---- page 1 (imprimee 5)
    frame(5)
    y = H - 74
    y -= para(c, 'Le climat des alliances : ce que disent les baromètres', 36, y, W - 72,
              style('t', 'DVS-B', 17, 21, NAVY))
    y -= 6
    y -= para(c, 'Chaque trimestre, la cellule de veille du réseau rassemble les chiffres publiés par '
              'l\'Observatoire des partenariats et Le RAMEAU, puis les met en regard d\'une mesure plus '
              'ancienne. Une flèche ne dit pas qu\'une tendance est acquise : elle signale seulement le sens '
              'de l\'écart entre deux publications.', 36, y, W - 72, style('chap', 'DVS-I', 9.5, 13))
    y -= 8
    c.setFillColor(LIGHT)
    c.rect(36, y - 22, W - 72, 22, stroke=0, fill=1)
    para(c, '<b>Lecture</b> : <font color="#1b7f3b">▲</font> hausse · <font color="#b3261e">▼</font> baisse · '
         '= stable · n.c. non comparable. Les variations sont données en points de pourcentage (pts) '
         'entre la dernière valeur et la mesure de référence.', 42, y - 4, W - 84, style('lg', 'DV', 7.6, 9.5))
    y -= 34
    y -= para(c, '1. L\'opinion des Français', 36, y, 300, style('h2', 'DV-B', 11, 14, NAVY))
    y -= 4
    d = [head_row(),
         ['Français jugeant urgent de créer des partenariats associations-entreprises', '84 % (2012)',
          arrow('▼'), '−2 pts', '86 % (2008)', 'Études ARPEA'],
         ['Français estimant avoir un « devoir d\'alliance »', '81 %', arrow('▲'), '+12 pts',
          '69 % (PHARE-Citoyens, sept. 2015)', 'Le RAMEAU, droit de l\'alliance'],
         ['Français voyant dans les partenariats une source d\'innovation', '74 %', arrow('='), 'n.c.',
          '— (pas de mesure antérieure homogène)', 'Programme IMPACT']]
    y -= table(c, d, 36, y, widths, None, hstyle, cell)
    y -= 14
    y -= para(c, '2. Les organisations', 36, y, 300, style('h2', 'DV-B', 11, 14, NAVY))
    y -= 4
    d = [head_row(),
         ['Dirigeants d\'entreprise : les partenariats, source d\'innovation', '81 %', arrow('='), '0 pt',
          '81 % (PHARE)', 'PHARE puis IMPACT'],
         ['Responsables associatifs : les partenariats, source d\'innovation', '86 %', arrow('='), '0 pt',
          '86 % (PHARE)', 'PHARE puis IMPACT'],
         ['Entreprises engagées dans au moins un partenariat associatif', '37 % *', arrow('▲'), '+16 pts *',
          '21 % (ARPEA Entreprises &amp; Territoires, janv. 2011)', 'Note du 29 février 2016'],
         ['Associations engagées avec une entreprise', '38 %', arrow('='), 'n.c.',
          'dont 53 % des associations employeuses', 'Note du 29 février 2016']]
    y -= table(c, d, 36, y, widths, None, hstyle, cell)
    y -= 4
    y -= para(c, '* Périmètres différents : la note de 2016 porte sur les entreprises de 10 salariés et plus, '
              'l\'étude de 2011 sur l\'ensemble des entreprises. L\'écart est indicatif.', 36, y, W - 72,
              style('fn', 'DV-I', 7, 8.8, GREY))
    y -= 14
    # zoom 2011
    bh = 150
    c.setStrokeColor(NAVY)
    c.setLineWidth(0.8)
    c.rect(36, y - bh, W - 72, bh, stroke=1, fill=0)
    para(c, 'Zoom · janvier 2011 : où en étaient les entreprises ?', 46, y - 8, 400,
         style('zt', 'DV-B', 9.5, 12, NAVY))
    para(c, 'L\'étude ARPEA Entreprises &amp; Territoires répartissait les entreprises en trois groupes. '
         'Près d\'une sur deux ne voyait alors pas l\'intérêt de s\'engager.', 46, y - 24, 250,
         style('zb', 'DV', 8, 10.5))
    bars = [('développent des partenariats', 21, UP), ('souhaitent en développer', 33, colors.HexColor('#e9a23b')),
            ('ne le souhaitent pas', 46, DOWN)]
    by = y - 40
    for lab, v, col in bars:
        c.setFillColor(col)
        c.rect(310, by - 10, v * 4.2, 12, stroke=0, fill=1)
        txt(c, 310 + v * 4.2 + 4, by - 7, '%d %%' % v, 'DV-B', 8.5)
        txt(c, 310, by + 5, lab, 'DV', 7.5, GREY)
        by -= 34
    txt(c, 46, y - bh + 10, 'Base : entreprises interrogées pour ARPEA Entreprises & Territoires (janvier 2011).',
        'DV-I', 6.8, GREY)
    c.showPage()

    # ---- page 2 (imprimee 6)
    frame(6)
    y = H - 72
    y -= para(c, '3. Les élus locaux', 36, y, 300, style('h2', 'DV-B', 11, 14, NAVY))
    y -= 4
    d = [head_row(),
         ['Maires : les partenariats, source d\'innovation', '87 %', arrow('='), '0 pt',
          '87 % (PHARE-Institutions)', 'PHARE puis IMPACT'],
         ['Maires reconnaissant l\'utilité de la co-construction', '92 %', arrow('='), 'n.c.',
          '—', 'Dîners « Élus &amp; Entreprises »'],
         ['Élus locaux voulant s\'appuyer sur le « jouer collectif »', '64 %', arrow('='), 'n.c.', '—',
          'Dîners « Élus &amp; Entreprises »'],
         ['Maires jugeant leur territoire engagé', '76 %', arrow('='), 'n.c.',
          'mais 46 % ne savent pas piloter la démarche', 'Programme IMPACT']]
    y -= table(c, d, 36, y, widths, None, hstyle, cell)
    y -= 14
    # encadre vague 2024
    bh = 118
    c.setFillColor(colors.HexColor('#e8eef6'))
    c.rect(36, y - bh, W - 72, bh, stroke=0, fill=1)
    c.setFillColor(NAVY)
    c.rect(36, y - bh, 5, bh, stroke=0, fill=1)
    para(c, 'Dernière vague · IMPACTS &amp; TRAJECTOIRES – Élus locaux (novembre 2024)', 50, y - 8, 480,
         style('zt2', 'DV-B', 9.5, 12, NAVY))
    para(c, 'Échantillon : 302 maires, interrogés par téléphone du 30 septembre au 28 octobre 2024. '
         'Parmi eux, 84 % exercent dans des communes de moins de 2 000 habitants : la lecture vaut donc '
         'd\'abord pour la France des petites communes.', 50, y - 26, 250, style('zb2', 'DV', 8.2, 11))
    rows = [('▲', 'territoire « en mouvement »', '91 %', UP), ('▲', 'dont fortement', '35 %', UP),
            ('=', 'dont ni plus ni moins qu\'avant', '56 %', GREY)]
    ry = y - 30
    for sym, lab, val, col in rows:
        txt(c, 330, ry, sym, 'DV-B', 11, col)
        txt(c, 348, ry, lab, 'DV', 8.5)
        txt(c, W - 50, ry, val, 'DV-B', 11, NAVY, 'r')
        c.setStrokeColor(colors.HexColor('#b9c6d8'))
        c.setLineWidth(0.4)
        c.line(330, ry - 7, W - 50, ry - 7)
        ry -= 26
    y -= bh + 16
    y -= para(c, '4. Les attentes des citoyens (PHARE-Citoyens)', 36, y, 400, style('h2', 'DV-B', 11, 14, NAVY))
    y -= 2
    y -= para(c, 'Notes d\'importance sur 10 attribuées aux enjeux du territoire ; la variation est l\'écart, '
              'en points de note, avec l\'enjeu placé en tête (l\'emploi). Plus de 2 000 personnes ont '
              'répondu à l\'enquête.', 36, y, W - 72, style('p', 'DV', 8.2, 11))
    y -= 6
    hdr2 = [Paragraph(s, hdr) for s in ('Enjeu', 'Note /10', 'Tend.', 'Écart à l\'emploi', 'Impact fort attendu des partenariats')]
    d = [hdr2,
         ['Emploi', '7,1', arrow('='), 'réf.', '49 %'],
         ['Pouvoir d\'achat', '6,6', arrow('▼'), '−0,5 pt', '—'],
         ['Sécurité', '6,6', arrow('▼'), '−0,5 pt', '—'],
         ['Développement économique', '6,5', arrow('▼'), '−0,6 pt', '46 %'],
         ['Environnement', '6,3', arrow('▼'), '−0,8 pt', '42 %'],
         ['Exclusion', '6,3', arrow('▼'), '−0,8 pt', '—'],
         ['Précarité et éducation', '—', arrow('='), 'n.c.', '36 %']]
    y -= table(c, d, 36, y, [170, 60, 40, 90, 163], None, hstyle, cell)
    y -= 12
    para(c, 'Commentaire de la cellule de veille : les citoyens attendent des alliances des effets '
         'concrets sur l\'emploi avant tout ; l\'environnement, moins bien noté comme priorité, reste '
         'un domaine où plus de quatre répondants sur dix anticipent un impact fort.', 36, y, W - 72,
         style('com', 'DVS-I', 8.8, 12, NAVY))
    c.showPage()

    # ---- page 3 (imprimee 7)
    frame(7)
    y = H - 72
    y -= para(c, '5. Agenda de la période', 36, y, 300, style('h2', 'DV-B', 11, 14, NAVY))
    y -= 4
    hdr3 = [Paragraph(s, hdr) for s in ('Date', 'Rendez-vous', 'À retenir')]
    d = [hdr3,
         ['15 nov.', 'Dossier JURIS Associations n° 628', 'Un dossier consacré aux alliances'],
         ['23 nov.', '3e dîner « Élus &amp; Entreprises »', 'Rencontre entre maires et dirigeants'],
         ['26 nov.', '11e rapport régional de l\'Observatoire des partenariats : Normandie', 'Publication'],
         ['26 nov.', '5e webinaire « l\'ODD 17 en pratique »', 'En ligne']]
    y -= table(c, d, 36, y, [60, 270, 193], None, hstyle, cell)
    y -= 18
    y -= para(c, '6. Repères pour bien lire les séries', 36, y, 400, style('h2', 'DV-B', 11, 14, NAVY))
    y -= 4
    col_w = (W - 72 - 16) / 2
    left = ('<b>Des noms qui changent.</b> Les premières publications ne parlaient pas encore '
            'd\'« Observatoire des partenariats ». L\'étude ARPEA Entreprises &amp; Territoires de janvier 2011 '
            'présente ainsi un « Observatoire national des partenariats associations / entreprises », '
            'créé en 2007 selon ce document. Les publications plus récentes retiennent une autre date : '
            'nous signalons l\'écart sans le trancher.')
    right = ('<b>Des bases qui diffèrent.</b> Une flèche compare deux chiffres publiés ; elle ne corrige ni '
             'les différences de questionnaire ni celles de population. Quand la base change (entreprises de '
             '10 salariés et plus, maires, responsables associatifs), nous l\'indiquons par un astérisque '
             'ou par la mention n.c.')
    h1 = para(c, left, 36, y, col_w, style('cl', 'DVS', 8.6, 12))
    h2 = para(c, right, 36 + col_w + 16, y, col_w, style('cr', 'DVS', 8.6, 12))
    y -= max(h1, h2) + 18
    y -= para(c, '7. Méthode', 36, y, 400, style('h2', 'DV-B', 11, 14, NAVY))
    y -= 4
    y -= para(c, 'Les valeurs reprennent les résultats publiés par l\'Observatoire des partenariats, Le RAMEAU '
              'et leurs partenaires ; les variations sont calculées par la cellule de veille du réseau, en '
              'points de pourcentage, par simple différence. Aucune donnée n\'a été redressée. Les dates '
              'de publication sont celles indiquées par les sources.', 36, y, W - 72, style('m', 'DV', 8.2, 11))
    y -= 20
    c.setStrokeColor(GREY)
    c.setDash(2, 2)
    c.rect(36, y - 70, W - 72, 70, stroke=1, fill=0)
    c.setDash()
    para(c, '<b>Mentions légales</b> — Note éditée par le Réseau Alliances &amp; Territoires (association '
         'fictive créée pour un exercice de démonstration). Les chiffres cités proviennent de publications '
         'de l\'Observatoire des partenariats ; les commentaires n\'engagent que le réseau. Prochaine note : '
         'édition de printemps. Contact : veille@alliances-territoires.example', 44, y - 8, W - 88,
         style('ml', 'DV', 7.4, 9.8, GREY))
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 02 — fiches d'amendement
# ---------------------------------------------------------------------------


def doc02(path):
    W, H = A4
    c = new_canvas(path, 'Simulation parlementaire — fiches d\'amendement', A4)

    def stamp(label, col):
        c.saveState()
        c.translate(W - 105, H - 118)
        c.rotate(12)
        c.setStrokeColor(col)
        c.setFillColor(col)
        c.setLineWidth(2)
        c.roundRect(-62, -16, 124, 32, 4, stroke=1, fill=0)
        c.setFont('DV-B', 15)
        c.drawCentredString(0, -6, label)
        c.restoreState()

    def page(num, article, authors, disp, expose, sort_label, sort_col, sort_note, printed, avis):
        # en-tete
        txt(c, 40, H - 40, 'ASSEMBLÉE DES ALLIANCES', 'DVS-B', 11)
        txt(c, 40, H - 52, 'Simulation parlementaire — session pédagogique', 'DVS-I', 8, GREY)
        txt(c, W - 40, H - 40, 'Commission des affaires sociales', 'DVS', 8.5, align='r')
        txt(c, W - 40, H - 52, 'Examen du texte en commission', 'DVS-I', 8, GREY, 'r')
        c.setLineWidth(1.2)
        c.line(40, H - 60, W - 40, H - 60)
        c.setLineWidth(0.4)
        c.line(40, H - 63, W - 40, H - 63)
        y = H - 86
        txt(c, 40, y, article, 'DVS-B', 10)
        txt(c, 300, y, 'N° %s' % num, 'DVS-B', 16)
        y -= 30
        y -= para(c, 'PROPOSITION DE LOI', 40, y, 380, style('pl', 'DVS-B', 9.5, 12))
        y -= para(c, 'visant à reconnaître un droit de l\'alliance d\'intérêt général', 40, y, 380,
                  style('pl2', 'DVS-I', 9.5, 12))
        y -= 14
        y -= para(c, 'AMENDEMENT', 40, y, W - 80, style('am', 'DVS-B', 13, 16, align=TA_CENTER))
        y -= para(c, 'présenté par ' + authors, 40, y, W - 80, style('au', 'DVS', 9, 12, align=TA_CENTER))
        y -= 16
        y -= para(c, '- - - - - - - - - -', 40, y, W - 80, style('sep', 'DVS', 9, 12, align=TA_CENTER))
        y -= 10
        # dispositif avec numerotation d'alineas en marge
        for i, (lab, body) in enumerate(disp):
            if lab:
                txt(c, 48, y - 10, lab, 'DVS-I', 7.5, GREY)
            y -= para(c, body, 90, y, W - 150, style('dp', 'DVS', 10, 14)) + 6
        y -= 10
        y -= para(c, 'EXPOSÉ SOMMAIRE', 40, y, W - 80, style('es', 'DVS-B', 10.5, 13, align=TA_CENTER))
        y -= 8
        for ptxt in expose:
            y -= para(c, ptxt, 40, y, W - 80, style('ex', 'DVS', 9.2, 13, firstLineIndent=14)) + 5
        # bloc sort
        y -= 10
        c.setFillColor(LIGHT)
        c.rect(40, y - 40, W - 80, 40, stroke=0, fill=1)
        para(c, '<b>Sort de l\'amendement</b> : %s' % sort_note, 48, y - 6, W - 96,
             style('so', 'DV', 8.5, 11.5))
        stamp(sort_label, sort_col)
        y -= 58
        hs = style('hav', 'DV-B', 7.8, color=colors.white)
        d = [[Paragraph(t, hs) for t in ('Étape', 'Position', 'Observation')]] + [list(r) for r in avis]
        table(c, d, 40, y, [150, 110, W - 80 - 260], None,
              [('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#444444'))], style('cav', 'DV', 7.8, 10))
        # pied
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.4)
        c.line(40, 50, W - 40, 50)
        txt(c, 40, 38, 'simulation-alliances.example — amendements fictifs rédigés pour un exercice ; '
            'faits cités : publications de l\'Observatoire des partenariats et du RAMEAU.',
            'DV', 6.3, GREY)
        txt(c, W - 40, 26, '%s — %s' % (num, printed), 'DVS-B', 8.5, align='r')
        txt(c, 40, 26, 'Document de séance — ne vaut pas publication officielle', 'DV-I', 6.3, GREY)
        c.showPage()

    page('AS12', 'ARTICLE PREMIER', 'Mme Élise Marcadet et M. Yanis Forgeot, membres de la simulation',
         [('alinéa 1', 'Après l\'alinéa 2, insérer l\'alinéa suivant :'),
          ('alinéa 2', '« Les collectivités territoriales, les associations, les fondations et les entreprises '
           'peuvent conclure entre elles des alliances d\'intérêt général. Ces alliances reposent sur une '
           'co-construction des objectifs, des moyens et de l\'évaluation. »')],
         ['Cet amendement inscrit dans la loi la co-construction, qui est au cœur des travaux menés depuis '
          'plusieurs années. Lors du FNAF 2019, le ministre Gabriel Attal a confié une mission à la députée '
          'Cathy Racon-Bouzon et à Charles-Benoît Heidsieck, président-fondateur du RAMEAU. Leur rapport a été '
          'remis le 7 mai 2020 ; un premier bilan a été dressé le 17 octobre 2020.',
          'La proposition de loi, portée par Cathy Racon-Bouzon et déposée en février, a été agréée par le '
          'Bureau de l\'Assemblée puis publiée au Journal officiel. Elle s\'inscrit dans une « feuille de route » '
          'ministérielle de 21 mesures. Nommer explicitement les partenaires possibles rend le droit '
          'lisible pour les acteurs de terrain.'],
         'ADOPTÉ', colors.HexColor('#1b7f3b'),
         'ADOPTÉ par la commission, avec l\'avis favorable du rapporteur de séance. L\'alinéa est intégré au '
         'texte de la commission.', '1/1',
         [('Avis du rapporteur de séance', 'Favorable', 'Rédaction jugée cohérente avec l\'article 1er.'),
          ('Avis du « Gouvernement » (simulation)', 'Sagesse', 'Pas d\'opposition de principe.'),
          ('Vote de la commission', 'Adopté', 'À main levée.')])

    page('AS27', 'APRÈS L\'ARTICLE 2', 'M. Hugo Tessandier, membre de la simulation',
         [('alinéa 1', 'Après l\'article 2, insérer un article ainsi rédigé :'),
          ('alinéa 2', '« Dans un délai d\'un an à compter de la promulgation de la présente loi, le Gouvernement '
           'remet au Parlement un rapport évaluant la place des alliances d\'intérêt général dans les politiques '
           'territoriales. »')],
         ['Les attentes exprimées sont fortes et convergentes. Selon les chiffres publiés par Le RAMEAU au '
          'moment de la reconnaissance du droit de l\'alliance, 81 % des Français considèrent qu\'il existe '
          'un « devoir d\'alliance », 92 % des maires expriment un « besoin d\'alliance » et 84 % des dirigeants '
          'd\'entreprises une « envie d\'alliance ».',
          'Un rapport permettrait de suivre dans le temps l\'appropriation de ce droit par les territoires '
          'et d\'éclairer le Parlement sur les freins rencontrés.'],
         'RETIRÉ', colors.HexColor('#b36b00'),
         'RETIRÉ par son auteur avant la discussion, après l\'engagement du rapporteur de séance à reprendre '
         'la question du suivi lors de l\'examen en séance.', '1/1',
         [('Avis du rapporteur de séance', 'Demande de retrait', 'Un suivi sera proposé en séance.'),
          ('Avis du « Gouvernement » (simulation)', '—', 'Non exprimé.'),
          ('Vote de la commission', 'Sans objet', 'Amendement retiré avant la discussion.')])

    page('AS31', 'ARTICLE 3', 'Mme Nadia Oulhaci, membre de la simulation',
         [('alinéa 1', 'Compléter l\'alinéa 4 par la phrase suivante :'),
          ('alinéa 2', '« L\'État encourage la mise en réseau des catalyseurs territoriaux qui accompagnent '
           'les alliances d\'intérêt général. »')],
         ['Des outils existent déjà pour faire vivre les alliances au plus près du terrain. Le Fonds ODD 17, '
          'co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, dispose d\'une dotation de 1,5 M€ '
          'destinée à une expérimentation sur 3 ans. Il s\'appuie sur 350 « catalyseurs territoriaux ».',
          'Reconnaître leur rôle dans la loi donnerait une base aux collectivités qui souhaitent les '
          'soutenir.'],
         'REJETÉ', colors.HexColor('#b3261e'),
         'REJETÉ : le rapporteur de séance a estimé que la disposition relevait du domaine réglementaire ; '
         'avis défavorable, vote contre à la majorité des membres présents.', '1/1',
         [('Avis du rapporteur de séance', 'Défavorable', 'Domaine réglementaire.'),
          ('Avis du « Gouvernement » (simulation)', 'Défavorable', 'Même analyse.'),
          ('Vote de la commission', 'Rejeté', 'Majorité des membres présents.')])
    c.save()


# ---------------------------------------------------------------------------
# 03 — matrice de materialite
# ---------------------------------------------------------------------------

ENJEUX = [
    # n, libelle, categorie, frequence %, priorite (1..4)
    (1, 'Collectivités territoriales', 'Partenaire', 89, 4),
    (2, 'Structures d\'intérêt général', 'Partenaire', 73, 3),
    (3, 'Établissements scolaires', 'Partenaire', 70, 2),
    (4, 'Collectifs d\'associations', 'Partenaire', 56, 3),
    (5, 'Acteurs publics nationaux', 'Partenaire', 52, 1),
    (6, 'Fédérations professionnelles', 'Partenaire', 37, 2),
    (7, 'Acteurs académiques', 'Partenaire', 35, 1),
    (8, 'Mécénat', 'Forme', 75, 4),
    (9, 'Innovation sociétale', 'Forme', 73, 4),
    (10, 'Pratiques responsables', 'Forme', 70, 2),
    (11, 'Coopération économique', 'Forme', 58, 3),
    (12, 'Échelle locale', 'Échelle', 73, 3),
    (13, 'Échelle régionale', 'Échelle', 47, 2),
]
PRIO = {1: 'modérée', 2: 'moyenne', 3: 'forte', 4: 'très forte'}


def doc03(path):
    L = landscape(A4)
    c = new_canvas(path, 'Matrice de matérialité des partenariats associatifs', L)
    TEAL = colors.HexColor('#0f6e6e')

    def frame(w, h, printed):
        txt(c, 36, h - 30, 'FÉDÉRATION RÉGIONALE DES EMPLOYEURS ASSOCIATIFS', 'DV-B', 8, TEAL)
        txt(c, 36, h - 41, 'Cartographie des enjeux partenariaux — annexe M du rapport d\'orientation',
            'DV', 7.5, GREY)
        txt(c, w - 36, h - 33, '▣ FREA', 'DV-B', 13, TEAL, 'r')
        c.setStrokeColor(TEAL)
        c.setLineWidth(1)
        c.line(36, h - 48, w - 36, h - 48)
        c.line(36, 40, w - 36, 40)
        txt(c, 36, 29, 'FREA (fédération fictive, document de démonstration) · frea-alliances.example',
            'DV', 6.5, GREY)
        txt(c, 36, 20, 'Données : étude IMPACT – Associations & Territoires ; cotation des priorités : '
            'atelier du réseau.', 'DV', 6.5, GREY)
        txt(c, w - 36, 28, 'page %s' % printed, 'DV-B', 8.5, TEAL, 'r')

    # ---- page 1 : la matrice (paysage)
    W, H = L
    c.setPageSize(L)
    frame(W, H, 'M-1')
    txt(c, 36, H - 72, 'Matrice de matérialité : partenaires, formes et échelles des partenariats associatifs',
        'DV-B', 13)
    # encadre contexte
    para(c, 'Le point de départ : 148 000 associations employeuses, dont 98 % déclarent au moins un '
         'partenariat. Chaque enjeu est placé selon la part des associations concernées (axe horizontal) '
         'et la priorité que lui donnent les membres du réseau (axe vertical).', 36, H - 82, 440,
         style('ctx', 'DV', 8.2, 10.8))
    # axes
    x0, y0, pw, ph = 70, 70, 470, 360
    xmin, xmax = 30, 95
    c.setStrokeColor(colors.HexColor('#cccccc'))
    c.setLineWidth(0.4)
    for v in range(30, 96, 10):
        xx = x0 + (v - xmin) / (xmax - xmin) * pw
        c.line(xx, y0, xx, y0 + ph)
        txt(c, xx, y0 - 12, '%d %%' % v, 'DV', 7, GREY, 'c')
    levels = [1, 2, 3, 4]
    for lv in levels:
        yy = y0 + (lv - 0.5) / 4 * ph
        c.line(x0, yy, x0 + pw, yy)
        txt(c, x0 - 4, yy - 3, PRIO[lv], 'DV', 7, GREY, 'r')
    # quadrants
    c.setStrokeColor(TEAL)
    c.setDash(4, 3)
    xm = x0 + (62.5 - xmin) / (xmax - xmin) * pw
    ym = y0 + ph / 2
    c.line(xm, y0, xm, y0 + ph)
    c.line(x0, ym, x0 + pw, ym)
    c.setDash()
    c.setLineWidth(1)
    c.setStrokeColor(colors.black)
    c.line(x0, y0, x0 + pw, y0)
    c.line(x0, y0, x0, y0 + ph)
    txt(c, x0 + 6, y0 + ph - 12, 'À SURVEILLER', 'DV-B', 7.5, TEAL)
    txt(c, x0 + pw - 6, y0 + ph - 12, 'PRIORITAIRE', 'DV-B', 7.5, TEAL, 'r')
    txt(c, x0 + 6, y0 + 6, 'MARGINAL', 'DV-B', 7.5, TEAL)
    txt(c, x0 + pw - 6, y0 + 6, 'SOCLE À ENTRETENIR', 'DV-B', 7.5, TEAL, 'r')
    txt(c, x0 + pw / 2, y0 - 26, 'Part des associations employeuses concernées (%)', 'DV-I', 7.5, align='c')
    c.saveState()
    c.translate(x0 - 48, y0 + ph / 2)
    c.rotate(90)
    txt(c, 0, 0, 'Priorité exprimée par le réseau (atelier)', 'DV-I', 7.5, align='c')
    c.restoreState()
    # decalages explicites pour eviter les chevauchements (enjeux de coordonnees proches)
    offs = {2: (-9, 0), 12: (9, 0), 3: (-9, 0), 10: (9, 0), 9: (-8, 0), 8: (6, 0), 4: (-3, 0), 11: (3, 0)}
    catcol = {'Partenaire': colors.HexColor('#0f6e6e'), 'Forme': colors.HexColor('#c05621'),
              'Échelle': colors.HexColor('#5a4fcf')}

    def dot(xx, yy, n, col, r=8, size=7.5):
        c.setFillColor(col)
        c.circle(xx, yy, r, stroke=0, fill=1)
        txt(c, xx, yy - size * 0.45, str(n), 'DV-B', size, colors.white, 'c')

    for n, lab, cat, f, p in ENJEUX:
        xx = x0 + (f - xmin) / (xmax - xmin) * pw
        yy = y0 + (p - 0.5) / 4 * ph
        dx, dy = offs.get(n, (0, 0))
        dot(xx + dx, yy + dy, n, catcol[cat])
    # legende a droite
    lx = 585
    ly = H - 120
    txt(c, lx, ly, 'Légende des enjeux', 'DV-B', 9.5)
    ly -= 16
    for cat, lab in (('Partenaire', 'Type de partenaire'), ('Forme', 'Forme de partenariat'),
                     ('Échelle', 'Échelle d\'action')):
        c.setFillColor(catcol[cat])
        c.circle(lx + 5, ly + 3, 4, stroke=0, fill=1)
        txt(c, lx + 14, ly, lab, 'DV', 7.8)
        ly -= 12
    ly -= 6
    for n, lab, cat, f, p in ENJEUX:
        dot(lx + 6, ly + 3, n, catcol[cat], 6, 6.5)
        txt(c, lx + 18, ly, lab, 'DV', 8.2)
        ly -= 14.5
    para(c, 'Les valeurs exactes figurent dans la liste numérotée, page suivante. Les enjeux de même '
         'coordonnée sont légèrement décalés pour rester lisibles.', lx, ly - 4, 220,
         style('lgn', 'DV-I', 7, 9, GREY))
    c.showPage()

    # ---- page 2 : liste numerotee (portrait)
    W, H = A4
    c.setPageSize(A4)
    frame(W, H, 'M-2')
    y = H - 70
    y -= para(c, 'Liste des enjeux numérotés', 36, y, 400, style('h', 'DV-B', 13, 16))
    y -= 4
    y -= para(c, 'Fréquence : part des associations employeuses concernées, d\'après l\'étude IMPACT – '
              'Associations &amp; Territoires. Priorité : cotation qualitative issue de l\'atelier des membres '
              'du réseau, sans valeur statistique.', 36, y, W - 72, style('i', 'DV', 8, 10.5))
    y -= 8
    hs = style('h3', 'DV-B', 7.8, color=colors.white)
    comm = {1: 'Premier partenaire, de loin : les conventions locales structurent l\'action.',
            2: 'Alliances entre structures d\'intérêt général.',
            3: 'Écoles, collèges, lycées : un ancrage éducatif fort.',
            4: 'Coopération entre pairs, souvent informelle.',
            5: 'Relation plus lointaine, liée aux financements nationaux.',
            6: 'Lien avec le monde économique organisé.',
            7: 'Universités et laboratoires : la moins fréquente des relations.',
            8: 'Forme la plus répandue de partenariat.',
            9: 'Partenariats qui expérimentent des réponses nouvelles.',
            10: 'Partenariats centrés sur les pratiques responsables.',
            11: 'Coopération économique entre partenaires.',
            12: 'Ancrage de proximité, majoritaire.',
            13: 'Échelon régional, plus rare.'}
    d = [[Paragraph(s, hs) for s in ('N°', 'Enjeu', 'Catégorie', 'Fréquence', 'Priorité', 'Commentaire')]]
    for n, lab, cat, f, p in ENJEUX:
        d.append(['%d' % n, '<b>%s</b>' % lab, cat, '%d %%' % f, PRIO[p], comm[n]])
    y -= table(c, d, 36, y, [26, 130, 62, 62, 56, 187],
               None, [('BACKGROUND', (0, 0), (-1, 0), TEAL),
                      ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, colors.HexColor('#eef6f6')])],
               style('c3', 'DV', 7.8, 9.8))
    y -= 14
    para(c, 'Lecture : l\'enjeu n° 1 concerne 89 % des associations employeuses et a été jugé de priorité très '
         'forte par le réseau. Les enjeux n° 8 à 11 décrivent les quatre formes de partenariat mesurées ; '
         'une même association peut en combiner plusieurs, d\'où des totaux supérieurs à 100 %.',
         36, y, W - 72, style('lec', 'DVS-I', 8.5, 11.5, TEAL))
    c.showPage()

    # ---- page 3 : comparaison et methode
    frame(W, H, 'M-3')
    y = H - 70
    y -= para(c, 'Point de comparaison : l\'enquête « Associations &amp; Partenariats »', 36, y, W - 72,
              style('h', 'DV-B', 13, 16))
    y -= 6
    y -= para(c, 'Publiée en mars 2017 par Recherches &amp; Solidarités et Le RAMEAU, cette enquête a été '
              'conduite en mai–juin 2016 auprès de plus de 1 380 responsables associatifs. Les questions ne '
              'sont pas identiques à celles de l\'étude IMPACT : les pourcentages ne doivent donc pas être '
              'soustraits les uns des autres.', 36, y, W - 72, style('p3', 'DV', 8.6, 12))
    y -= 10
    hs = style('h4', 'DV-B', 8, color=colors.white)
    d = [[Paragraph(s, hs) for s in ('Partenaire cité', 'Part des associations', 'Lecture')],
         ['Collectivités', '74 %', 'Toujours le premier partenaire'],
         ['Associations ou fondations', '72 %', 'Partenariats entre pairs'],
         ['Enseignement', '47 %', ''],
         ['Entreprises', '28 %', 'Un peu plus d\'une association sur quatre'],
         ['Structures d\'insertion', '22 %', ''],
         ['Recherche', '9 %', 'Le moins cité']]
    y -= table(c, d, 36, y, [170, 110, 243], None, [('BACKGROUND', (0, 0), (-1, 0), TEAL)],
               style('c4', 'DV', 8.2, 10.5))
    y -= 14
    # encadre chiffres
    bw = (W - 72 - 20) / 3
    boxes = [('2,5', 'partenaires en moyenne par association'),
             ('50 %', 'des associations de plus de 150 000 € de budget ont un partenariat avec une entreprise'),
             ('20 %', 'seulement des associations de moins de 10 000 € de budget sont dans ce cas')]
    for i, (big, small) in enumerate(boxes):
        bx = 36 + i * (bw + 10)
        c.setFillColor(colors.HexColor('#eef6f6'))
        c.rect(bx, y - 92, bw, 92, stroke=0, fill=1)
        txt(c, bx + bw / 2, y - 34, big, 'DV-B', 22, TEAL, 'c')
        para(c, small, bx + 8, y - 44, bw - 16, style('bs', 'DV', 7.8, 10, align=TA_CENTER))
    y -= 110
    y -= para(c, 'Comment la matrice a été construite', 36, y, 400, style('h5', 'DV-B', 11, 14))
    y -= 4
    steps = ['Relevé des fréquences publiées par l\'étude IMPACT – Associations &amp; Territoires '
             '(partenaires, formes de partenariat, échelles d\'action).',
             'Atelier des membres du réseau : chaque enjeu reçoit une priorité qualitative (modérée, '
             'moyenne, forte, très forte) par consensus.',
             'Placement sur la matrice ; le seuil vertical (62,5 %) sépare les enjeux majoritaires des '
             'autres, le seuil horizontal sépare les priorités fortes des autres.',
             'Relecture par le bureau de la fédération avant diffusion aux adhérents.']
    for i, s in enumerate(steps, 1):
        txt(c, 40, y - 10, '%d.' % i, 'DV-B', 8.6, TEAL)
        y -= para(c, s, 56, y, W - 92, style('st', 'DV', 8.6, 12)) + 4
    y -= 10
    para(c, 'Document interne de la FREA, fédération fictive. Les cotations de priorité sont des opinions '
         'du réseau et non des résultats d\'enquête.', 36, y, W - 72, style('ft', 'DV-I', 7.2, 9.5, GREY))
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 04 — fil de messages courts imprime
# ---------------------------------------------------------------------------


def doc04(path):
    W, H = A4
    c = new_canvas(path, 'Brindille — fil @AlliancesEst94', A4)
    BLUE = colors.HexColor('#1a73a8')
    COLW = 396
    X0 = 152

    def chrome(printed):
        txt(c, 28, H - 20, '01/12/2021 08:14', 'DV', 7, GREY)
        txt(c, W / 2, H - 20, 'Brindille — Fil de @AlliancesEst94 : « Charte du faire alliance »', 'DV', 7,
            GREY, 'c')
        txt(c, 28, 18, 'https://brindille.example/@AlliancesEst94/fil/charte-faire-alliance', 'DV', 7, GREY)
        txt(c, W - 28, 18, printed, 'DV', 7, GREY, 'r')
        # barre laterale du reseau
        txt(c, 40, H - 60, '❦ brindille', 'DV-B', 12, BLUE)
        for i, it in enumerate(['Accueil', 'Explorer', 'Notifications', 'Messages', 'Profil']):
            txt(c, 40, H - 90 - i * 18, it, 'DV', 8, GREY)
        c.setStrokeColor(colors.HexColor('#dddddd'))
        c.setLineWidth(0.6)
        c.line(X0 - 8, 34, X0 - 8, H - 36)
        c.line(X0 + COLW + 8, 34, X0 + COLW + 8, H - 36)

    state = {'y': 0}

    def post(name, handle, hour, body, counts, level=0, quote=None, thread_line=False):
        y = state['y']
        ind = level * 34
        x = X0 + ind
        w = COLW - ind
        # avatar
        c.setFillColor(colors.HexColor(['#1a73a8', '#8e44ad', '#c0392b', '#16a085', '#d35400'][len(handle) % 5]))
        c.circle(x + 14, y - 14, 12, stroke=0, fill=1)
        initials = ''.join(p[0] for p in name.split() if p[0].isalpha())[:2].upper()
        txt(c, x + 14, y - 17.5, initials, 'DV-B', 8, colors.white, 'c')
        txt(c, x + 34, y - 10, name, 'DV-B', 8.5)
        nw = pdfmetrics.stringWidth(fr(name, wrap=False), 'DV-B', 8.5)
        txt(c, x + 38 + nw, y - 10, '@%s · %s' % (handle, hour), 'DV', 7.8, GREY)
        h = para(c, body, x + 34, y - 16, w - 38, style('pb', 'DV', 8.6, 11.6))
        yy = y - 16 - h - 4
        if quote:
            qh_name, qh_handle, qh_hour, qbody = quote
            qp = Paragraph(fr(qbody), style('qb', 'DV', 8, 10.6))
            _, qh = qp.wrap(w - 52, 3000)
            c.setStrokeColor(colors.HexColor('#c8c8c8'))
            c.roundRect(x + 34, yy - qh - 22, w - 40, qh + 20, 6, stroke=1, fill=0)
            txt(c, x + 41, yy - 12, '%s @%s · %s' % (qh_name, qh_handle, qh_hour), 'DV-B', 7.5, GREY)
            qp.drawOn(c, x + 41, yy - 16 - qh)
            yy -= qh + 28
        rep, sh, lk = counts
        txt(c, x + 34, yy - 8, '↩ %d      ↻ %d      ♥ %d      ⇪' % (rep, sh, lk), 'DV', 7.8, GREY)
        yy -= 16
        if thread_line:
            c.setStrokeColor(colors.HexColor('#cfd8dc'))
            c.setLineWidth(1.5)
            c.line(x + 14, y - 28, x + 14, yy - 2)
        c.setStrokeColor(colors.HexColor('#eeeeee'))
        c.setLineWidth(0.6)
        c.line(x, yy - 4, X0 + COLW, yy - 4)
        state['y'] = yy - 12

    # ---- page 1 (imprimee 2/4)
    chrome('2/4')
    state['y'] = H - 50
    post('Alliances Est 94', 'AlliancesEst94', '18:31',
         'Ce soir on est à Saint-Maurice (Paris-Est Marne &amp; Bois) pour le lancement de la '
         '<b>Charte du faire alliance</b>. C\'est #GivingTuesday : mardi 30 novembre 2021, soirée VitaWin. '
         'On live-brindille tout ici ↓', (4, 18, 57), thread_line=True)
    post('Alliances Est 94', 'AlliancesEst94', '18:47',
         'Premier rappel au micro : le texte a été co-construit en 3 mois, un travail piloté par la '
         'Fondation des Territoires. Associations, entreprises, collectivités ont tenu la plume ensemble.',
         (3, 12, 40))
    post('Juju (asso quartier)', 'juju_asso', '18:52',
         '3 mois seulement ?? pour un texte qui engage autant de monde c\'est rapide non', (1, 0, 6), level=1)
    post('Alliances Est 94', 'AlliancesEst94', '18:55',
         '@juju_asso 3 mois d\'écriture, oui, mais sur un terrain préparé depuis des années par les '
         'démarches territoriales. Le texte reste court exprès.', (0, 1, 9), level=2)
    post('Alliances Est 94', 'AlliancesEst94', '18:58',
         'Le mot qui revient dans toutes les prises de parole : la charte se veut un « contrat de '
         'confiance » entre celles et ceux qui s\'allient pour l\'intérêt général. #FaireAlliance',
         (2, 25, 73))
    post('Karim R.', 'Karim_RSE', '19:03',
         'Un contrat de confiance, j\'achète. Reste à voir comment on le fait vivre dans les PME du '
         'territoire, pas seulement dans les grands groupes.', (1, 3, 15), level=1)
    c.showPage()

    # ---- page 2 (imprimee 3/4)
    chrome('3/4')
    state['y'] = H - 50
    post('Alliances Est 94', 'AlliancesEst94', '19:12',
         'Pour celles et ceux qui demandent « pourquoi maintenant ? », ce rappel partagé plus tôt dans '
         'la journée :', (5, 31, 88),
         quote=('Données pour agir', 'DonneesPourAgir', '11:02',
                'Sortie de crise : 81 % des Français et 84 % des dirigeants de TPE &amp; PME jugent la '
                'co-construction utile pour rebondir après le Covid. Plus de 250 données ont été '
                'inventoriées pour aider à « jouer collectif ».'))
    post('Mamie bénévole', 'mamie_benevole', '19:20',
         'c quoi exactement les odd ?? on entend que ça ce soir, on est pas tous des experts hein',
         (2, 0, 11), thread_line=True)
    post('Alliances Est 94', 'AlliancesEst94', '19:24',
         '@mamie_benevole Ce sont les Objectifs de développement durable de l\'ONU. Le n° 17 parle des '
         'partenariats ; il compte 19 cibles. Pour aller plus loin, la note du Comité 21 « ODD 17 : Sens, '
         'décryptages, déclinaisons », sortie un 5 juillet.', (1, 7, 30), level=1)
    post('Mamie bénévole', 'mamie_benevole', '19:26', 'merci !! je me coucherai moins bête :-)',
         (0, 0, 4), level=2)
    post('Observatrice citoyenne', 'Observ_citoyen', '19:31',
         'Petit rappel chiffré : dans PHARE-Citoyens, les Français notaient la sécurité 7/10 parmi les '
         'enjeux de leur territoire. Mais c\'est sur l\'emploi qu\'ils attendent d\'abord les partenariats.',
         (3, 9, 27))
    c.showPage()

    # ---- page 3 (imprimee 4/4)
    chrome('4/4')
    state['y'] = H - 50
    post('Alliances Est 94', 'AlliancesEst94', '19:40',
         'La Fondation des Territoires, qui a piloté l\'écriture, est encore en préfiguration : la démarche a '
         'été lancée en juillet 2018 et avance par étapes.', (2, 6, 22), thread_line=True)
    post('Juju (asso quartier)', 'juju_asso', '19:44',
         'et elle sera créée officiellement quand du coup ?', (1, 0, 3), level=1)
    post('Alliances Est 94', 'AlliancesEst94', '19:47',
         '@juju_asso Pas de date annoncée ce soir. On vous tient au courant dès qu\'on sait !', (0, 0, 5),
         level=2)
    post('Alliances Est 94', 'AlliancesEst94', '21:05',
         'Fin de soirée. Merci à toutes et tous d\'avoir suivi ce fil ! Compte rendu complet demain sur '
         'notre site. #FaireAlliance #GivingTuesday', (6, 14, 96))
    y = state['y'] - 10
    c.setFillColor(colors.HexColor('#f5f8fa'))
    c.rect(X0, y - 46, COLW, 46, stroke=0, fill=1)
    para(c, 'Fin du fil · 15 messages affichés sur 15 · Les compteurs (réponses ↩, partages ↻, '
         'mentions j\'aime ♥) sont ceux relevés au moment de l\'impression.', X0 + 8, y - 8, COLW - 16,
         style('ff', 'DV-I', 7.5, 10, GREY))
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 05 — notes de reunion telegraphiques
# ---------------------------------------------------------------------------


def doc05(path):
    W, H = A4
    c = new_canvas(path, 'Notes réunion pôle Territoires', A4)
    INK = colors.HexColor('#22305a')
    MARG = 92

    def frame(printed):
        # papier quadrille leger + marge
        c.setStrokeColor(colors.HexColor('#e3ebf5'))
        c.setLineWidth(0.3)
        for yy in range(40, int(H) - 36, 14):
            c.line(30, yy, W - 30, yy)
        c.setStrokeColor(colors.HexColor('#e39a9a'))
        c.setLineWidth(0.8)
        c.line(MARG, 36, MARG, H - 36)
        txt(c, 36, H - 26, 'Alliances Est 94 · pôle Territoires', 'DVM-B', 7.5, INK)
        txt(c, W - 36, H - 26, 'CR réu. équipe du 12/01 — notes VL, non relues', 'DVM', 7.5, INK, 'r')
        txt(c, 36, 20, 'usage interne — ne pas diffuser · structure fictive (document de démonstration)',
            'DVM', 6.5, GREY)
        txt(c, W - 36, 20, 'p. %s' % printed, 'DVM-B', 8, INK, 'r')

    ms = style('m', 'DVM', 8.4, 13.6, INK)
    mb = style('mb', 'DVM-B', 8.8, 14, INK)
    state = {'y': 0}

    def line(s, indent=0, bold=False, who=None):
        y = state['y']
        if who:
            txt(c, 38, y - 10, who, 'DVM-B', 8, colors.HexColor('#a33'))
        h = para(c, s, MARG + 8 + indent * 16, y, W - MARG - 44 - indent * 16, mb if bold else ms)
        state['y'] = y - h - 1

    def gap(n=6):
        state['y'] -= n

    # ---- page 1 (imprimee p. 4)
    frame(4)
    state['y'] = H - 50
    line('Prés. : VL, MB, SD, AK (stag.) — Exc. : JPR', who='qui')
    line('ODJ : 1) histo AeT  2) parcours CGET  3) FdT  4) charte  5) div.')
    gap(10)
    line('1) Histo « Agir ensemble en Territoire » (AeT)', bold=True)
    line('- initiée en 2010 → suite à l\'étude ARPEA-Collectivités locales (Comisis-OpinionWay)', 1)
    line('- 3 terr. pilotes :', 1)
    line('• Alsace → porté par Alsace Active', 2)
    line('• Poitou-Charentes → Groupe La Poste', 2)
    line('• Paris-Est Marne &amp; Bois (PEMB) → cf. partenaires locaux', 2)
    line('- NB : ARPEA = « Analyser les Relations Partenariales entre Entreprises et Associations » '
         '(formulation site LR ; d\'autres formulations circulent !) — 10 volets', 1)
    line('- chrono plans quinq. : ARPEA 2008-2012 → PHARE 2013-2017 → IMPACT 2018-2022 (lancé nov. 2017)', 1)
    line('→ vérif. bornes PHARE avant newsletter', 1, who='MB')
    gap(10)
    line('2) Parcours d\'expé CGET + LR', bold=True)
    line('- 11 terr. pionniers / 18 mois', 1)
    line('- 1re session : 3 mai', 1)
    line('- obj. : outiller la co-constr. terr. (élus, assos, ent.) → cf. réf. co-constr.', 1)
    line('- qq retours positifs des pionniers, mais pb de tps pour les petites communes', 1)
    line('→ récup. liste des 11 terr. (pas dans le dossier partagé)', 1, who='SD')
    gap(10)
    line('Rappels divers pris au vol :', bold=True)
    line('- DS de l\'OdP = A. Robin (Comisis), bénévole ; suivi IMPACT via CDC + Inst. CDC p/ la Rech. ?? → à clarifier', 1)
    line('- FNAF : voir si intervention possible l\'an prochain', 1)
    line('- pas de chiffres nouveaux côté OdP ce trim. → reprendre note de conj. RAT', 1)
    line('(suite p. 5)', 0)
    c.showPage()

    # ---- page 2 (imprimee p. 5)
    frame(5)
    state['y'] = H - 50
    line('3) FdT (Fondation des Territoires)', bold=True)
    line('- préfig. lancée 07/2018, en 3 étapes : 07/18-07/19 ; 08/19-11/20 ; 12/20-05/22', 1)
    line('- créée le 14/06/2022, sous l\'égide de la Fondation de Lille', 1)
    line('- 21 co-fondateurs ; 3 missions (détail → plaquette FdT)', 1)
    line('- → lien à faire avec notre adhésion ? (CA de mars)', 1)
    line('→ demander à la FdT la liste des co-fondateurs', 1, who='AK')
    gap(10)
    line('4) Charte du faire alliance', bold=True)
    line('- asso.gouv.fr : charte dévoilée « mardi 30 septembre » au Giving Tuesday, St-Maurice', 1)
    line('- date à recouper avant diffusion (notre fil Brindille dit autre chose ?)', 1)
    line('- rappel : « contrat de confiance » = formule à reprendre dans nos supports', 1)
    line('→ mail à la FdT + relire notre fil', 1, who='VL')
    gap(10)
    line('5) Divers', bold=True)
    line('- AG : salle réservée, convoc. à envoyer J-15', 1)
    line('- newsletter : 1 brève ODD 17 + 1 brève FdT', 1)
    line('- prochaine réu : à caler (sondage en ligne)', 1)
    gap(14)
    # releve d'actions
    y = state['y']
    hs = style('ha', 'DVM-B', 7.6, color=colors.white)
    d = [[Paragraph(s, hs) for s in ('N°', 'Action', 'Qui', 'Éch.')],
         ['A1', 'Vérifier les bornes du programme PHARE', 'MB', 'fin janv.'],
         ['A2', 'Récupérer la liste des territoires du parcours CGET', 'SD', 'fin janv.'],
         ['A3', 'Liste des co-fondateurs de la FdT', 'AK', 'févr.'],
         ['A4', 'Recouper la date de lancement de la charte', 'VL', 'avant newsletter'],
         ['A5', 'Convocation AG', 'VL', 'J-15']]
    table(c, d, MARG + 8, y, [30, 270, 40, 100],
          None, [('BACKGROUND', (0, 0), (-1, 0), INK)], style('ca', 'DVM', 7.6, 9.8, INK))
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 06 — storyboard video
# ---------------------------------------------------------------------------

VIGNETTES = [
    # planche A
    (8, 'Une graine tombe sur un sol clair ; une tige pousse et se divise en rameaux.',
     'Le RAMEAU · depuis 2006',
     'En 2006 naît Le RAMEAU, une association d\'intérêt général qui se voit comme un laboratoire de '
     'recherche empirique sur les alliances.'),
    (9, 'Un mur de vignettes se remplit, case après case, jusqu\'à saturer l\'écran.',
     '+ de 1 000 exemples inspirants',
     'Plus de mille exemples inspirants ont été repérés, analysés, puis partagés.'),
    (10, 'Deux mains se serrent ; au-dessus, deux logos en texte : CAISSE DES DÉPÔTS × LE RAMEAU.',
     '2008 · naissance de l\'Observatoire des partenariats',
     'En 2008, la Caisse des Dépôts et Le RAMEAU créent l\'Observatoire des partenariats, avec le MEDEF et '
     'le Mouvement associatif comme partenaires.'),
    (8, 'Portrait dessiné au trait, lunettes, carnet de questionnaires à la main.',
     'Direction scientifique : Anne Robin (COMISIS)',
     'Sa direction scientifique est assurée, à titre bénévole, par Anne Robin, fondatrice de COMISIS.'),
    (10, 'Frise : un premier segment s\'allume, découpé en dix cases.',
     'ARPEA · 2008-2012 · 10 volets',
     'Premier programme : ARPEA, pour « Analyse des Relations et des Partenariats entre Entreprises et '
     'Associations ». Dix volets en cinq ans.'),
    (7, 'Un rapport épais se pose sur une table ; tampon sur la couverture.',
     '11 décembre 2012 · rapport quinquennal',
     'Le 11 décembre 2012, un rapport quinquennal dresse le bilan de ces cinq années.'),
    # planche B
    (9, 'Façade d\'un ministère ; une enveloppe part vers le bureau de la ministre.',
     'Début 2014 · état des lieux demandé par la ministre',
     'À la demande de la ministre Valérie Fourneyron, un état des lieux des partenariats entre associations '
     'et entreprises est publié début 2014.'),
    (12, 'Six tuiles apparaissent une à une autour du mot PHARE.',
     'PHARE · 2013-2018 · 6 volets',
     'Le programme PHARE compte six volets : Citoyens en septembre 2015, Entreprises en octobre 2015, '
     'Associations en novembre 2015, 13 rapports régionaux en 2016, des diagnostics sectoriels en '
     'juillet 2016 et, à l\'automne 2016, les Institutions.'),
    (8, 'Cinq silhouettes de maires, chacune avec un pictogramme différent.',
     '29 novembre 2016 · PHARE-Institutions · 5 profils de maires',
     'Le 29 novembre 2016, le volet Institutions dessine cinq profils de maires face aux alliances.'),
    (9, 'Carte de France stylisée ; des points s\'allument un à un.',
     'CGET + Le RAMEAU · 10 territoires pilotes',
     'Avec le CGET, la co-construction territoriale s\'expérimente dans dix territoires pilotes.'),
    (10, 'Cinq logos en texte se rangent en cercle autour du mot IMPACT.',
     'IMPACT · 2018-2022 · lancé en novembre 2017',
     'Lancé en novembre 2017, le programme IMPACT réunit la Caisse des Dépôts, l\'Institut CDC pour la '
     'Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU.'),
    (8, 'Trois flèches partent du centre vers trois pictogrammes.',
     '3 axes : innovation sociétale et territoriale · performance des organisations · confiance',
     'Trois axes guident ce travail : l\'innovation sociétale et territoriale, la performance des '
     'organisations et la confiance.'),
    # planche C
    (9, 'Écran d\'ordinateur : une plateforme s\'ouvre sur cinq onglets.',
     'M.E.D.O.C. · www.odd17.org',
     'Sur la plateforme odd17.org, la boîte à outils M.E.D.O.C. rassemble Méthodes, Exemples, Données, '
     'Outils et Compétences.'),
    (7, 'La roue colorée des ODD ; le segment 17 se détache et grossit.',
     'ODD 17 · 19 cibles',
     'L\'ODD 17, celui des partenariats, se décline en 19 cibles.'),
    (8, 'Un réseau de fondations, reliées par des lignes, s\'étend sur une carte.',
     '23 septembre · étude IMPACT Fondations & Territoires · 42 fondations interrogées',
     'Publiée un 23 septembre, l\'étude IMPACT Fondations &amp; Territoires donne la parole à 42 fondations.'),
    (9, 'Une fiche cartonnée glisse sur le bureau d\'une élue.',
     'Fiche-repère · Les dynamiques d\'engagement des Collectivités territoriales',
     'Issue de l\'étude IMPACT-Élus locaux de novembre 2020, menée avec Comisis-OpinionWay, une fiche-repère '
     'décrit comment les collectivités s\'engagent.'),
    (8, 'Compteurs qui défilent puis se figent.',
     '15 ans de recherche · 5 ans d\'étude d\'impact · + de 500 organisations',
     'Quinze ans de recherche, cinq ans d\'étude d\'impact, et des expérimentations auprès de plus de 500 '
     'organisations depuis 2006.'),
    (10, 'Générique sur fond uni ; les rameaux de la première scène reviennent.',
     'Président-fondateur : Charles-Benoît Heidsieck · Directrice générale : Laurence Weber',
     '(musique seule, pas de voix off)'),
]


def doc06(path):
    L = landscape(A4)
    W, H = L
    c = new_canvas(path, 'Storyboard — Faire alliance', L)
    PLUM = colors.HexColor('#5b2a86')
    total = sum(v[0] for v in VIGNETTES)

    def mmss(s):
        return '%02d:%02d' % (s // 60, s % 60)

    start = 0
    for planche in range(3):
        letter = 'ABC'[planche]
        c.setFillColor(PLUM)
        c.rect(0, H - 40, W, 40, stroke=0, fill=1)
        txt(c, 28, H - 25, 'STORYBOARD · « Faire alliance : l\'Observatoire en images »', 'DV-B', 12, colors.white)
        txt(c, W - 28, H - 25, 'film motion design · durée totale %s · version 3' % mmss(total), 'DV', 8.5,
            colors.white, 'r')
        txt(c, 28, 16, 'Studio Bouture (fictif) pour le Réseau Alliances & Territoires · document de travail, '
            'ne pas diffuser · storyboard-alliances.example', 'DV', 6.5, GREY)
        txt(c, W - 28, 16, 'PLANCHE %s / C' % letter, 'DV-B', 8.5, PLUM, 'r')
        cw, chh = (W - 56 - 2 * 14) / 3, 250
        for k in range(6):
            idx = planche * 6 + k
            dur, scene, leg, vo = VIGNETTES[idx]
            col, row = k % 3, k // 3
            x = 28 + col * (cw + 14)
            ytop = H - 52 - row * (chh + 8)
            # bandeau numero + timecode
            txt(c, x, ytop - 10, '#%02d' % (idx + 1), 'DV-B', 10, PLUM)
            txt(c, x + cw, ytop - 10, 'TC %s → %s · durée %d s' % (mmss(start), mmss(start + dur), dur), 'DVM', 7,
                GREY, 'r')
            # cadre image 16:9
            fh = cw * 9 / 16 * 0.88
            fy = ytop - 16 - fh
            c.setFillColor(colors.HexColor('#f1ecf6'))
            c.setStrokeColor(PLUM)
            c.setLineWidth(0.8)
            c.rect(x, fy, cw, fh, stroke=1, fill=1)
            c.setStrokeColor(colors.HexColor('#d9cbe8'))
            c.line(x, fy, x + cw, fy + fh)
            c.line(x, fy + fh, x + cw, fy)
            c.setFillColor(colors.white)
            c.rect(x + 10, fy + 10, cw - 20, fh - 20, stroke=0, fill=1)
            para(c, '<i>Image</i> : ' + scene, x + 16, fy + fh - 16, cw - 32, style('sc', 'DVC-I', 7.6, 9.8, GREY))
            # legende a l'ecran + voix off
            yy = fy - 6
            yy -= para(c, '<b>Légende à l\'écran :</b> ' + leg.replace('&', '&amp;'), x, yy, cw,
                       style('lg6', 'DVC', 7.8, 10))
            yy -= 3
            para(c, '<b>VO :</b> ' + vo, x, yy, cw, style('vo', 'DVC-I', 7.8, 10))
            start += dur
        c.showPage()
    c.save()


DOCS = [('obs-s82-01-note-conjoncture.pdf', doc01), ('obs-s82-02-amendements.pdf', doc02),
        ('obs-s82-03-matrice-materialite.pdf', doc03), ('obs-s82-04-fil-messages.pdf', doc04),
        ('obs-s82-05-notes-reunion.pdf', doc05), ('obs-s82-06-storyboard.pdf', doc06)]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, fn in DOCS:
        fn(os.path.join(out, name))
        print('écrit', os.path.join(out, name))


if __name__ == '__main__':
    main()
