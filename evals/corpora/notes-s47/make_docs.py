#!/usr/bin/env python3
"""Deterministic generator of the five s47 demo PDFs (Observatoire des partenariats).

Usage:  python make_docs.py [OUTPUT_DIR]     (default: the folder of this script)

reportlab, DejaVu Sans, left-aligned text, no hyphenation, rl_config.invariant = 1.
Every page is laid out explicitly (PageBreak / FrameBreak), so the page on which a
passage lands is fixed; the script checks the page count of every document.
"""
import os
import sys

from reportlab import rl_config

rl_config.invariant = 1
rl_config.hyphenationLang = ''
rl_config.embeddedHyphenation = 0

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

FONT_DIR = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FONT_DIR + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DV-B', FONT_DIR + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DV-I', FONT_DIR + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('DV-BI', FONT_DIR + 'DejaVuSans-BoldOblique.ttf'))
pdfmetrics.registerFontFamily('DV', normal='DV', bold='DV-B', italic='DV-I', boldItalic='DV-BI')

PREFIX = 's47'
GREEN = colors.HexColor('#1f6f5c')
LIGHT = colors.HexColor('#e6f2ee')
ORANGE = colors.HexColor('#c8641e')
SAND = colors.HexColor('#fbf1e6')
BLUE = colors.HexColor('#234e86')
PALE = colors.HexColor('#e8eef7')
GREY = colors.HexColor('#555555')


def st(name, size=9.5, lead=None, font='DV', color=colors.black, before=0, after=4, left=0, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.35,
                          textColor=color, spaceBefore=before, spaceAfter=after,
                          leftIndent=left, alignment=TA_LEFT, hyphenationLang='',
                          embeddedHyphenation=0, splitLongWords=0, **kw)


BODY = st('body')
BODY_S = st('body_s', 8.8)
SMALL = st('small', 7.8, color=GREY)
FOOT = st('foot', 7.2, lead=9.2, color=GREY, after=1)
H1 = st('h1', 17, font='DV-B', color=GREEN, after=6)
H2 = st('h2', 12, font='DV-B', color=GREEN, before=6, after=4)
H3 = st('h3', 10, font='DV-B', color=colors.black, before=4, after=2)
BULLET = st('bullet', 9.3, left=12, after=2, bulletIndent=2)
CELL = st('cell', 8.6, after=0)
CELL_B = st('cell_b', 8.6, font='DV-B', after=0)
CELL_W = st('cell_w', 8.6, font='DV-B', color=colors.white, after=0)
BIG = st('big', 24, lead=28, font='DV-B', color=GREEN, after=0)
BIG_O = st('big_o', 24, lead=28, font='DV-B', color=ORANGE, after=0)


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items, style=BULLET):
    return [Paragraph(t, style, bulletText='•') for t in items]


def table(rows, widths, head_bg=GREEN, zebra=LIGHT, font_size=8.6):
    data = []
    for i, row in enumerate(rows):
        sty = CELL_W if i == 0 else CELL
        data.append([Paragraph(str(c), sty) for c in row])
    t = Table(data, colWidths=widths, hAlign='LEFT')
    cmds = [('BACKGROUND', (0, 0), (-1, 0), head_bg),
            ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
            ('LINEBELOW', (0, 0), (-1, -1), 0.4, colors.HexColor('#bbbbbb')),
            ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]
    for i in range(1, len(rows)):
        if i % 2 == 0:
            cmds.append(('BACKGROUND', (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(cmds))
    return t


def keybox(number, text, width, bg=LIGHT, big=BIG):
    t = Table([[Paragraph(number, big), Paragraph(text, BODY_S)]],
              colWidths=[width * 0.3, width * 0.7], hAlign='LEFT')
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), bg),
                           ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                           ('LEFTPADDING', (0, 0), (-1, -1), 8),
                           ('TOPPADDING', (0, 0), (-1, -1), 7),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 7)]))
    return t


def box(flowables, width, bg=SAND, border=ORANGE):
    t = Table([[flowables]], colWidths=[width], hAlign='LEFT')
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), bg),
                           ('LINEBEFORE', (0, 0), (0, -1), 3, border),
                           ('LEFTPADDING', (0, 0), (-1, -1), 9),
                           ('RIGHTPADDING', (0, 0), (-1, -1), 8),
                           ('TOPPADDING', (0, 0), (-1, -1), 6),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    return t


def banner(title, subtitle, width, bg=GREEN):
    t = Table([[Paragraph(title, st('bt', 16, font='DV-B', color=colors.white, after=2))],
               [Paragraph(subtitle, st('bs', 9.5, color=colors.white, after=0))]],
              colWidths=[width], hAlign='LEFT')
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), bg),
                           ('LEFTPADDING', (0, 0), (-1, -1), 10),
                           ('TOPPADDING', (0, 0), (-1, -1), 6),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    return t


def build(path, templates, story, expected_pages, meta):
    doc = BaseDocTemplate(path, pagesize=templates[0].pagesize, pageTemplates=templates,
                          title=meta['title'], author='Observatoire des partenariats / Le RAMEAU',
                          subject=meta.get('subject', ''), creator='make_docs.py (s47)',
                          leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
    doc.build(story)
    if doc.page != expected_pages:
        raise SystemExit('%s: %d pages, expected %d' % (path, doc.page, expected_pages))


# ---------------------------------------------------------------------------
# 01 — Étude, chapitre 3 (A4 portrait, running header, footnotes)
# ---------------------------------------------------------------------------
def doc01(out):
    W, H = A4
    M = 2.0 * cm
    fw = W - 2 * M
    FN_H = 3.0 * cm

    def deco(c, doc):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, H - 0.6 * cm, W, 0.6 * cm, stroke=0, fill=1)
        c.setFont('DV', 7.5)
        c.setFillColor(GREY)
        c.drawString(M, H - 1.25 * cm,
                     'Observatoire des partenariats  |  Étude « Regards citoyens sur les alliances »')
        c.drawRightString(W - M, H - 1.25 * cm, 'Chapitre 3 — Le regard des citoyens')
        c.setStrokeColor(GREEN)
        c.line(M, H - 1.45 * cm, W - M, H - 1.45 * cm)
        c.line(M, 1.6 * cm, W - M, 1.6 * cm)
        c.drawString(M, 1.1 * cm, 'Le RAMEAU — Observatoire des partenariats')
        c.setFont('DV-B', 9)
        c.setFillColor(GREEN)
        c.drawRightString(W - M, 1.1 * cm, '— %d —' % (36 + doc.page))
        c.restoreState()

    main = Frame(M, 1.8 * cm + FN_H, fw, H - 3.5 * cm - FN_H - 1.8 * cm, id='main',
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    fn = Frame(M, 1.8 * cm, fw, FN_H, id='fn', leftPadding=0, rightPadding=0,
               topPadding=4, bottomPadding=0, showBoundary=0)
    tpl = PageTemplate('p', frames=[main, fn], onPage=deco, pagesize=A4)

    def fnrule():
        t = Table([['']], colWidths=[5 * cm], rowHeights=[2], hAlign='LEFT')
        t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, -1), 0.6, GREY)]))
        return t

    s = []
    # page 1 (printed 37)
    s += [banner('CHAPITRE 3', 'Le regard des citoyens : du « devoir d’alliance » aux attentes locales', fw),
          Spacer(1, 10),
          P('Premier des six volets du programme PHARE, l’étude PHARE-Citoyens a été rendue publique en '
            'septembre 2015. Elle interroge le rapport des Français aux alliances entre associations, '
            'entreprises et pouvoirs publics, à partir d’un questionnaire soumis à plus de 2 000 personnes'
            '<super>1</super>.'),
          P('La question centrale était simple : les acteurs d’un territoire ont-ils une obligation morale '
            'de travailler ensemble lorsque les difficultés dépassent les moyens de chacun ? La réponse '
            'l’a été tout autant.'),
          Spacer(1, 4),
          keybox('69 %', 'des Français considèrent qu’il existe un « devoir d’alliance » entre associations, '
                 'entreprises et acteurs publics (PHARE-Citoyens, septembre 2015).', fw),
          Spacer(1, 8),
          P('Ce résultat a fait date. Les citoyens ne demandent plus seulement aux organisations de bien '
            'remplir leur mission propre : ils attendent d’elles qu’elles coopèrent, en particulier sur les '
            'sujets qui touchent à la vie quotidienne (emploi, pouvoir d’achat, sécurité).'),
          P('Le chapitre présente d’abord les enjeux jugés prioritaires pour le territoire (section 3.1), '
            'puis les domaines dans lesquels l’impact des partenariats est perçu comme fort (section 3.2), '
            'avant de suivre l’évolution de ces perceptions au-delà de 2015 (section 3.3). Une synthèse '
            'termine le chapitre.'),
          P('Les chiffres cités proviennent des publications de l’Observatoire. Lorsque deux présentations '
            'd’un même résultat divergent, la note de bas de page le signale.'),
          FrameBreak(), fnrule(),
          P('<super>1</super> Volet « Citoyens » du programme PHARE (2013-2018). Les résultats détaillés par '
            'tranche d’âge et par taille de commune ne sont pas repris dans ce chapitre.', FOOT),
          PageBreak()]
    # page 2 (printed 38)
    s += [P('3.1 Les enjeux prioritaires dans les territoires', H2),
          P('Invités à noter de 0 à 10 l’importance de plusieurs enjeux pour leur territoire, les '
            'répondants de PHARE-Citoyens placent l’emploi nettement en tête. Le tableau 3.1 reprend '
            'les notes moyennes publiées<super>2</super>.'),
          Spacer(1, 4),
          table([['Enjeu pour le territoire', 'Note moyenne (sur 10)', 'Rang'],
                 ['Emploi', '7,1', '1'],
                 ['Pouvoir d’achat', '6,6', '2 (ex aequo)'],
                 ['Sécurité', '6,6', '2 (ex aequo)'],
                 ['Développement économique', '6,5', '4'],
                 ['Environnement', '6,3', '5 (ex aequo)'],
                 ['Exclusion', '6,3', '5 (ex aequo)']],
                [7.5 * cm, 4.5 * cm, 3.5 * cm]),
          P('Tableau 3.1 — Importance des enjeux pour le territoire, PHARE-Citoyens (2015).', SMALL),
          Spacer(1, 6),
          P('Trois observations se dégagent. L’écart entre l’emploi et les autres enjeux est le plus net '
            'de l’ensemble : un demi-point sépare le premier du deuxième rang. Le pouvoir d’achat et la '
            'sécurité arrivent ensuite, au même niveau. Enfin, l’environnement et l’exclusion ferment la '
            'marche à égalité.'),
          P('Un rang plus bas ne signifie pas un désintérêt : toutes les notes dépassent 6 sur 10. '
            'La hiérarchie renseigne surtout sur l’ordre dans lequel les citoyens attendent des '
            'réponses de la part des acteurs de leur territoire.'),
          P('Ces priorités se retrouvent lorsque l’on interroge les répondants sur l’effet des '
            'partenariats : les domaines les mieux notés ici sont aussi ceux où l’impact des alliances '
            'paraît le plus visible (section suivante).'),
          FrameBreak(), fnrule(),
          P('<super>2</super> Notes arrondies au dixième, telles que publiées lors de la présentation des '
            'résultats de PHARE-Citoyens.', FOOT),
          PageBreak()]
    # page 3 (printed 39)
    s += [P('3.2 Là où les partenariats changent la donne', H2),
          P('Une seconde série de questions porte sur l’impact des partenariats. Pour chaque domaine, '
            'les personnes interrogées indiquent si l’effet des alliances leur paraît fort. Part des '
            'répondants qui jugent l’impact fort :'),
          table([['Domaine', 'Impact jugé fort'],
                 ['Emploi', '49 %'],
                 ['Développement économique', '46 %'],
                 ['Environnement', '42 %'],
                 ['Lutte contre la précarité', '36 %'],
                 ['Éducation', '36 %']],
                [9 * cm, 4.5 * cm]),
          P('Graphique 3.2 (données) — Domaines où les partenariats ont un impact fort, '
            'PHARE-Citoyens (2015).', SMALL),
          Spacer(1, 6),
          P('L’emploi, premier enjeu du territoire, est aussi le premier domaine d’impact : près d’un '
            'répondant sur deux y voit un effet fort des alliances. L’environnement, pourtant en bas du '
            'tableau des priorités, arrive en troisième position, devant la précarité et l’éducation.'),
          Spacer(1, 4),
          box([P('Repère historique — les mesures ARPEA', H3),
               P('Le premier programme de l’Observatoire posait déjà une question voisine aux citoyens. '
                 'En 2008, 86 % des Français jugeaient urgent de créer des partenariats entre '
                 'associations et entreprises ; ils étaient 84 % en 2012, au terme du plan quinquennal.',
                 BODY_S),
               P('Ces deux points de mesure encadrent le plan ARPEA (2008-2012).', BODY_S)], fw),
          PageBreak()]
    # page 4 (printed 40)
    s += [P('3.3 Après 2015 : des attentes qui se confirment', H2),
          P('Les mesures réalisées dans le cadre du programme IMPACT prolongent les constats de '
            'PHARE-Citoyens. Au lancement du programme, 74 % des Français voyaient dans les partenariats '
            'une source d’innovation<super>3</super>.'),
          P('La sortie de la crise sanitaire a donné lieu à un exercice particulier : plus de 250 données '
            'ont été inventoriées pour éclairer les décisions. 81 % des Français y jugent la '
            'co-construction utile pour la résilience des territoires, autrement dit pour « jouer '
            'collectif en sortie de crise ».'),
          Spacer(1, 4),
          table([['Mesure', 'Ce qui est mesuré', 'Français'],
                 ['ARPEA, 2008', 'Urgence à créer des partenariats', '86 %'],
                 ['ARPEA, 2012', 'Urgence à créer des partenariats', '84 %'],
                 ['PHARE-Citoyens, 2015', '« Devoir d’alliance »', '69 %'],
                 ['IMPACT, lancement', 'Partenariats, source d’innovation', '74 %'],
                 ['Sortie de crise', 'Utilité de la co-construction (résilience post-Covid)', '81 %'],
                 ['Plaidoyer pour le droit d’alliance', '« Devoir d’alliance »', '81 %']],
                [4.6 * cm, 8.4 * cm, 2.6 * cm]),
          P('Tableau 3.3 — Quinze ans de mesures auprès des citoyens.', SMALL),
          Spacer(1, 6),
          P('Le « devoir d’alliance » progresse donc de 69 % à 81 % entre PHARE-Citoyens et les chiffres '
            'mis en avant lors du plaidoyer pour un droit de l’alliance d’intérêt général. Les deux '
            'mesures ne reposent pas sur le même questionnaire : la comparaison indique une tendance, '
            'pas une variation au point près.'),
          FrameBreak(), fnrule(),
          P('<super>3</super> Une autre présentation de ces résultats, relayée par un réseau partenaire, '
            'indique « 69 % des citoyens » pour la même question.', FOOT),
          PageBreak()]
    # page 5 (printed 41)
    s += [P('Ce qu’il faut retenir', H2)]
    s += bullets(['Une attente ancienne : 86 % des Français jugeaient urgent de créer des partenariats en '
                  '2008, 84 % en 2012.',
                  'Un « devoir d’alliance » exprimé par 69 % des Français en 2015, puis par 81 % dans les '
                  'chiffres les plus récents.',
                  'L’emploi, premier enjeu (7,1 sur 10) et premier domaine d’impact des partenariats '
                  '(49 % d’impact fort).',
                  'Des élus et des dirigeants sur la même ligne : 87 % des maires et 81 % des dirigeants '
                  'd’entreprise voient dans les partenariats une source d’innovation (chiffres IMPACT).'])
    s += [Spacer(1, 8),
          box([P('Méthode et sources', H3),
               P('PHARE-Citoyens : plus de 2 000 personnes interrogées ; résultats publiés en '
                 'septembre 2015. Les mesures ARPEA, IMPACT et celles de la sortie de crise proviennent '
                 'des publications de l’Observatoire des partenariats.', BODY_S),
               P('Les valeurs sont reproduites telles que publiées ; elles ne sont pas recalculées.',
                 BODY_S)], fw, bg=LIGHT, border=GREEN),
          Spacer(1, 8),
          P('À lire dans le chapitre 4', H3),
          P('Le regard des maires : PHARE-Institutions (publié le 29 novembre 2016) et ses cinq profils '
            'de maires.'),
          P('Le regard des entreprises et des associations : volets PHARE-Entreprises (octobre 2015) et '
            'PHARE-Associations (novembre 2015).')]
    build(os.path.join(out, 'obs-%s-01-etude-chapitre-regards-citoyens.pdf' % PREFIX), [tpl], s, 5,
          {'title': 'Étude — Chapitre 3 : Le regard des citoyens'})


# ---------------------------------------------------------------------------
# 02 — Fiche Repère (A4, banner on every page, key-figure boxes, tables)
# ---------------------------------------------------------------------------
def doc02(out):
    W, H = A4
    M = 1.8 * cm
    fw = W - 2 * M

    def deco(c, doc):
        c.saveState()
        c.setFillColor(ORANGE)
        c.rect(0, H - 2.0 * cm, W, 2.0 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 15)
        c.drawString(M, H - 1.15 * cm, 'FICHE REPÈRE')
        c.setFont('DV', 9)
        c.drawString(M, H - 1.65 * cm, 'Les associations et leurs partenaires')
        c.drawRightString(W - M, H - 1.15 * cm, 'Observatoire des partenariats')
        c.drawRightString(W - M, H - 1.65 * cm, 'Collection « Repères »')
        c.setFillColor(GREY)
        c.setFont('DV', 7.5)
        c.drawString(M, 1.0 * cm, 'Fiches Repères de l’Observatoire des partenariats — Associations')
        c.setFont('DV-B', 9)
        c.setFillColor(ORANGE)
        c.drawRightString(W - M, 1.0 * cm, 'p. %d' % (11 + doc.page))
        c.restoreState()

    main = Frame(M, 1.6 * cm, fw, H - 2.6 * cm - 1.6 * cm, id='main',
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    tpl = PageTemplate('p', frames=[main], onPage=deco, pagesize=A4)
    third = fw / 3 - 4

    def kf(n, t, bg):
        tb = Table([[Paragraph(n, BIG_O)], [Paragraph(t, BODY_S)]], colWidths=[third])
        tb.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), bg),
                                ('LEFTPADDING', (0, 0), (-1, -1), 8),
                                ('TOPPADDING', (0, 0), (-1, -1), 6),
                                ('BOTTOMPADDING', (0, 0), (-1, -1), 6),
                                ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
        return tb

    s = []
    # page 1 (p. 12)
    row = Table([[kf('148 000', 'associations employeuses dans le champ de l’étude IMPACT – '
                     'Associations &amp; Territoires', SAND),
                  kf('98 %', 'de ces associations employeuses déclarent au moins un partenariat', SAND),
                  kf('89 %', 'travaillent avec une collectivité territoriale, premier type de '
                     'partenaire', SAND)]],
                colWidths=[third + 6] * 3, hAlign='LEFT')
    row.setStyle(TableStyle([('LEFTPADDING', (0, 0), (-1, -1), 0), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s += [P('Les associations et leurs partenaires : ce que disent les études', H1),
          P('Repères chiffrés issus des travaux de l’Observatoire des partenariats', st('sub', 10, color=GREY)),
          Spacer(1, 6), row, Spacer(1, 10),
          P('Cette fiche rassemble les repères publiés sur les partenariats noués par les associations. '
            'Deux enquêtes coexistent. L’étude IMPACT – Associations &amp; Territoires porte sur les '
            'associations employeuses ; l’enquête Associations &amp; Partenariats, conduite avec '
            'Recherches &amp; Solidarités, interroge des responsables de toutes les associations. '
            'Leurs périmètres diffèrent : les pourcentages ne se comparent pas directement.'),
          P('Comment lire cette fiche', H3)]
    s += bullets(['Page suivante : les partenaires, les échelles et les formes de partenariat selon '
                  'IMPACT – Associations &amp; Territoires.',
                  'Page 14 : les résultats de l’enquête Associations &amp; Partenariats (2017).',
                  'Page 15 : la relation avec les entreprises, et des ressources pour aller plus loin.'])
    s += [Spacer(1, 8),
          box([P('À retenir', H3),
               P('Le partenariat est devenu la norme pour les associations employeuses : presque toutes '
                 'en déclarent au moins un. Les collectivités territoriales restent le premier '
                 'interlocuteur, quelle que soit l’enquête considérée.', BODY_S)], fw),
          PageBreak()]
    # page 2 (p. 13)
    s += [P('1. Avec qui, à quelle échelle, sous quelle forme ?', H2),
          P('Étude IMPACT – Associations &amp; Territoires — part des associations employeuses '
            'concernées.', SMALL),
          P('Les partenaires', H3),
          table([['Type de partenaire', 'Associations employeuses concernées'],
                 ['Collectivités territoriales', '89 %'],
                 ['Structures d’intérêt général', '73 %'],
                 ['Établissements scolaires', '70 %'],
                 ['Collectifs d’associations', '56 %'],
                 ['Acteurs publics nationaux', '52 %'],
                 ['Fédérations professionnelles', '37 %'],
                 ['Acteurs académiques', '35 %']],
                [9.5 * cm, 6.5 * cm], head_bg=ORANGE, zebra=SAND),
          Spacer(1, 6),
          P('L’échelle des partenariats', H3),
          table([['Échelle', 'Associations employeuses concernées'],
                 ['Locale', '73 %'],
                 ['Régionale', '47 %']],
                [9.5 * cm, 6.5 * cm], head_bg=ORANGE, zebra=SAND),
          Spacer(1, 6),
          P('Les formes de partenariat', H3),
          table([['Forme', 'Associations employeuses concernées'],
                 ['Mécénat', '75 %'],
                 ['Innovation sociétale', '73 %'],
                 ['Pratiques responsables', '70 %'],
                 ['Coopération économique', '58 %']],
                [9.5 * cm, 6.5 * cm], head_bg=ORANGE, zebra=SAND),
          Spacer(1, 6),
          P('Lecture : 73 % des associations employeuses ont un partenaire parmi les structures '
            'd’intérêt général ; le même pourcentage mène des partenariats à l’échelle locale et des '
            'partenariats d’innovation sociétale. Trois questions différentes, une même valeur.', BODY_S),
          PageBreak()]
    # page 3 (p. 14)
    s += [P('2. L’enquête Associations &amp; Partenariats (2017)', H2),
          box([P('Publiée en mars 2017 par Recherches &amp; Solidarités et Le RAMEAU. Questionnaire '
                 'administré en mai-juin 2016 auprès de plus de 1 380 responsables associatifs.', BODY_S)],
              fw, bg=PALE, border=BLUE),
          Spacer(1, 6),
          P('En moyenne, une association déclare 2,5 partenaires. Les collectivités arrivent en tête, '
            'suivies de près par les autres associations et fondations.'),
          table([['Partenaire', 'Part des associations répondantes'],
                 ['Collectivités', '74 %'],
                 ['Associations ou fondations', '72 %'],
                 ['Établissements d’enseignement', '47 %'],
                 ['Entreprises', '28 %'],
                 ['Structures d’insertion', '22 %'],
                 ['Organismes de recherche', '9 %']],
                [9.5 * cm, 6.5 * cm], head_bg=BLUE, zebra=PALE),
          Spacer(1, 6),
          P('L’effet taille', H3),
          P('Le partenariat avec une entreprise dépend fortement du budget : 50 % des associations '
            'dont le budget dépasse 150 000 € en ont un, contre 20 % de celles dont le budget est '
            'inférieur à 10 000 €.'),
          Spacer(1, 4),
          box([P('Ne pas confondre', H3),
               P('89 % (IMPACT, associations employeuses) et 74 % (Associations &amp; Partenariats, '
                 'ensemble des répondants) décrivent tous deux le lien avec les collectivités, mais '
                 'sur des populations différentes.', BODY_S)], fw),
          PageBreak()]
    # page 4 (p. 15)
    s += [P('3. Et les entreprises ?', H2),
          P('La note du 29 février 2016 consacrée aux modèles de co-construction estime que 38 % des '
            'associations ont noué un partenariat avec une entreprise. La proportion atteint 53 % '
            'parmi les associations employeuses.'),
          P('Les travaux antérieurs du programme ARPEA faisaient déjà état de près de 46 % '
            'd’associations engagées aux côtés d’une entreprise.'),
          Spacer(1, 4),
          keybox('86 %', 'des responsables associatifs voient dans les partenariats une source '
                 'd’innovation (programme IMPACT).', fw, bg=SAND, big=BIG_O),
          Spacer(1, 8),
          P('Pour aller plus loin', H3)]
    s += bullets(['Fiche acteur « Dynamique d’engagement des Fondations ».',
                  'Fiche-repère « Les dynamiques d’engagement des Collectivités territoriales ».',
                  'Note d’analyse de l’Observatoire sur quinze ans d’alliances (entreprises, associations, '
                  'territoires).'])
    s += [Spacer(1, 8),
          P('Sources : étude IMPACT – Associations &amp; Territoires ; enquête Associations &amp; '
            'Partenariats (Recherches &amp; Solidarités, Le RAMEAU, mars 2017) ; note du 29 février 2016 ; '
            'travaux ARPEA.', SMALL)]
    build(os.path.join(out, 'obs-%s-02-fiche-repere-associations.pdf' % PREFIX), [tpl], s, 4,
          {'title': 'Fiche Repère — Les associations et leurs partenaires'})


# ---------------------------------------------------------------------------
# 03 — Bulletin de veille (A4, two columns, masthead, agenda)
# ---------------------------------------------------------------------------
def doc03(out):
    W, H = A4
    M = 1.6 * cm
    gap = 0.7 * cm
    cw = (W - 2 * M - gap) / 2
    CB = st('cb', 8.9, lead=12)
    CH = st('ch', 11, font='DV-B', color=BLUE, before=4, after=3)
    KICK = st('kick', 7.5, font='DV-B', color=ORANGE, after=1)

    def une(c, doc):
        c.saveState()
        c.setFillColor(BLUE)
        c.rect(0, H - 3.6 * cm, W, 3.6 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 24)
        c.drawString(M, H - 1.7 * cm, 'LA VEILLE DES ALLIANCES')
        c.setFont('DV', 10)
        c.drawString(M, H - 2.4 * cm, 'Bulletin de veille de l’Observatoire des partenariats')
        c.drawString(M, H - 2.95 * cm, 'Dossier : territoires, fondations et droit de l’alliance')
        c.setStrokeColor(colors.HexColor('#cccccc'))
        c.line(M + cw + gap / 2, 1.6 * cm, M + cw + gap / 2, H - 4.0 * cm)
        c.setFillColor(GREY)
        c.setFont('DV', 7.5)
        c.drawString(M, 1.0 * cm, 'La Veille des alliances — une')
        c.restoreState()

    def inner(c, doc):
        c.saveState()
        c.setFont('DV', 7.5)
        c.setFillColor(BLUE)
        c.drawString(M, H - 1.1 * cm, 'LA VEILLE DES ALLIANCES  ·  Bulletin de veille')
        c.drawRightString(W - M, H - 1.1 * cm, 'Observatoire des partenariats')
        c.setStrokeColor(BLUE)
        c.line(M, H - 1.3 * cm, W - M, H - 1.3 * cm)
        c.setStrokeColor(colors.HexColor('#cccccc'))
        c.line(M + cw + gap / 2, 1.6 * cm, M + cw + gap / 2, H - 1.6 * cm)
        c.setFillColor(GREY)
        c.drawString(M, 1.0 * cm, 'La Veille des alliances')
        c.setFont('DV-B', 9)
        c.setFillColor(BLUE)
        c.drawRightString(W - M, 1.0 * cm, 'page %d' % (doc.page - 1))
        c.restoreState()

    def cols(top):
        return [Frame(M, 1.6 * cm, cw, top - 1.6 * cm, id='c1', leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0),
                Frame(M + cw + gap, 1.6 * cm, cw, top - 1.6 * cm, id='c2', leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)]

    t_une = PageTemplate('une', frames=cols(H - 4.0 * cm), onPage=une, pagesize=A4)
    t_in = PageTemplate('inner', frames=cols(H - 1.7 * cm), onPage=inner, pagesize=A4)

    def kb(n, t, size=18):
        return keybox(n, t, cw, bg=PALE, big=st('bb%d' % size, size, lead=size * 1.2, font='DV-B',
                                                    color=BLUE))

    def cb(items):
        return [Paragraph(t, st('cbl', 8.7, lead=11.5, left=10, after=2, bulletIndent=1),
                          bulletText='•') for t in items]

    s = [NextPageTemplate('inner')]
    # page 1 — une (unnumbered)
    s += [P('ÉDITO', KICK),
          P('Ce numéro rassemble les nouvelles qui dessinent un paysage : une fondation dédiée aux '
            'territoires, une charte pour « faire alliance », un fonds pour expérimenter l’ODD 17 et '
            'un droit de l’alliance en voie de reconnaissance. En pages intérieures, les derniers '
            'chiffres sur les maires et l’agenda de fin d’année.', CB),
          P('FONDATIONS', KICK),
          P('La Fondation des Territoires est née', CH),
          P('Elle a été créée le 14 juin 2022, sous l’égide de la Fondation de Lille, par 21 '
            'co-fondateurs. Elle s’est donné trois missions.', CB),
          P('Sa naissance conclut une préfiguration lancée en juillet 2018 et conduite en trois '
            'étapes :', CB)]
    s += cb(['de juillet 2018 à juillet 2019 ;',
             'd’août 2019 à novembre 2020 ;',
             'de décembre 2020 à mai 2022.'])
    s += [P('La préfiguration a aussi servi de cadre à des travaux collectifs, dont la Charte '
            'présentée ci-contre.', CB),
          FrameBreak(),
          P('CHARTE', KICK),
          P('Une Charte pour « faire alliance »', CH),
          P('Fruit de trois mois de co-construction pilotés par la Fondation des Territoires, la '
            'Charte du faire alliance a été dévoilée à Saint-Maurice, sur le territoire de Paris-Est '
            'Marne &amp; Bois, lors d’une soirée organisée avec VitaWin.', CB),
          kb('30 novembre 2021', 'Date de la présentation de la Charte, jour du Giving Tuesday.', size=11),
          Spacer(1, 6),
          P('Le texte se présente comme un « contrat de confiance » entre les acteurs qui décident '
            'd’agir ensemble sur un territoire. Il s’inscrit dans la continuité de la démarche '
            '« Agir ensemble en Territoire ».', CB),
          P('À SUIVRE', KICK),
          P('La diffusion de la Charte auprès des réseaux d’élus et d’entreprises fera l’objet d’un '
            'point dans un prochain numéro.', CB),
          PageBreak()]
    # page 2 (printed 1)
    s += [P('POLITIQUES PUBLIQUES', KICK),
          P('Droit de l’alliance : de la mission au texte', CH),
          P('Lors du FNAF 2019, Gabriel Attal a confié une mission ministérielle à Cathy '
            'Racon-Bouzon et Charles-Benoît Heidsieck. Leur rapport a été remis le 7 mai 2020 ; '
            'un bilan a été dressé le 17 octobre 2020.', CB),
          P('Les travaux ont débouché sur une « feuille de route » ministérielle de 21 mesures, puis '
            'sur une proposition de loi relative au « droit de l’alliance d’intérêt général », portée '
            'par Cathy Racon-Bouzon. Déposée en février, elle a été agréée par le Bureau de '
            'l’Assemblée nationale et publiée au Journal officiel.', CB),
          P('Les chiffres du plaidoyer', CH),
          kb('81 %', 'des Français expriment un « devoir d’alliance ».'),
          Spacer(1, 3),
          kb('92 %', 'des maires disent leur « besoin d’alliance ».'),
          Spacer(1, 3),
          kb('84 %', 'des dirigeants d’entreprises font part de leur « envie d’alliance ».'),
          FrameBreak(),
          P('ODD 17', KICK),
          P('Le Fonds ODD 17 en trois chiffres', CH),
          P('Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 soutient '
            'les acteurs qui font vivre les alliances au plus près du terrain.', CB)]
    s += cb(['une dotation de 1,5 M€ ;',
             'une expérimentation conduite sur 3 ans ;',
             '350 « catalyseurs territoriaux » visés.'])
    s += [P('Rappel : l’ODD 17 compte 19 cibles. La note du Comité 21 « ODD 17 : Sens, décryptages, '
            'déclinaisons » les présente ; elle a été publiée le 5 juillet.', CB),
          P('OUTILS', KICK),
          P('Les ressources méthodologiques rassemblées par Le RAMEAU sont accessibles en ligne sur '
            'la plateforme www.odd17.org.', CB),
          PageBreak()]
    # page 3 (printed 2)
    s += [P('ÉLUS LOCAUX', KICK),
          P('Maires : « un territoire en mouvement »', CH),
          P('L’enquête IMPACTS &amp; TRAJECTOIRES – Elus locaux, publiée en novembre 2024, a interrogé '
            '302 maires par téléphone, du 30 septembre au 28 octobre 2024.', CB),
          kb('91 %', 'des maires interrogés estiment que leur territoire est en mouvement.'),
          Spacer(1, 4),
          P('Dans le détail, 35 % le jugent fortement en mouvement et 56 % « ni plus ni moins » '
            'qu’auparavant. L’échantillon reflète la France des petites communes : 84 % des '
            'répondants exercent dans une commune de moins de 2 000 habitants.', CB),
          P('Outil', CH),
          P('La fiche-repère « Les dynamiques d’engagement des Collectivités territoriales », issue de '
            'l’étude IMPACT-Elus locaux (novembre 2020, Comisis-OpinionWay), a été présentée au '
            'Congrès des maires.', CB),
          FrameBreak(),
          P('RAPPELS', KICK),
          P('Ce que disaient les enquêtes précédentes', CH)]
    s += cb(['64 % des élus locaux veulent s’appuyer sur le « jouer collectif ».',
             '92 % des maires reconnaissent l’utilité de la co-construction (chiffre présenté lors du '
             'dîner « Elus &amp; Entreprises »).',
             'PHARE-Institutions, publié le 29 novembre 2016, distingue 5 profils de maires ; 87 % '
             'des maires y voient dans les partenariats une source d’innovation.'])
    s += [P('ARCHIVES', KICK),
          P('PHARE-Citoyens, relu', CH),
          P('La présentation de PHARE-Citoyens parue dans la presse à l’automne 2015 classait '
            'l’emploi en tête des enjeux (7,1 sur 10) et créditait la sécurité d’une note de 7 sur 10.',
            CB),
          P('Elle rappelait aussi que plus de 2 000 personnes avaient été interrogées.', CB),
          PageBreak()]
    # page 4 (printed 3)
    s += [P('ÉTUDES', KICK),
          P('Fondations et territoires', CH),
          P('L’étude IMPACT Fondations &amp; Territoires a été publiée le 23 septembre. 42 fondations '
            'ont été interrogées sur leur rôle dans les dynamiques territoriales.', CB),
          P('EXPÉRIMENTATION', KICK),
          P('Des territoires pilotes pour la co-construction', CH),
          P('Le CGET et Le RAMEAU conduisent une expérimentation de la co-construction territoriale '
            'avec 10 territoires pilotes. Chacun y confronte ses pratiques à celles des autres.', CB),
          P('Le RAMEAU a mené des expérimentations auprès de plus de 500 organisations depuis 2006.',
            CB),
          FrameBreak(),
          P('AGENDA', KICK),
          P('Les rendez-vous de novembre', CH),
          table([['Date', 'Rendez-vous'],
                 ['15 novembre', 'Parution du dossier JURIS Associations n°628'],
                 ['23 novembre', '3e dîner « Elus &amp; Entreprises »'],
                 ['26 novembre', 'Publication du 11e rapport régional de l’Observatoire : Normandie'],
                 ['26 novembre', '5e webinaire « l’ODD 17 en pratique »']],
                [2.4 * cm, cw - 2.4 * cm], head_bg=BLUE, zebra=PALE),
          Spacer(1, 8),
          P('À LIRE', KICK)]
    s += cb(['Fiche acteur « Dynamique d’engagement des Fondations ».',
             'Note d’analyse : quinze ans d’alliances entre associations, entreprises et territoires.'])
    build(os.path.join(out, 'obs-%s-03-bulletin-veille-deux-colonnes.pdf' % PREFIX), [t_une, t_in], s, 4,
          {'title': 'La Veille des alliances — bulletin de veille'})


# ---------------------------------------------------------------------------
# 04 — Slide deck 16:9
# ---------------------------------------------------------------------------
def doc04(out):
    W, H = 960, 540
    M = 40
    fw = W - 2 * M
    TITLES = {2: 'D’ARPEA à IMPACT : trois plans quinquennaux',
              3: 'Qui porte IMPACT ? Des partenaires et trois axes',
              4: 'Les partenariats, source d’innovation',
              5: 'Rappel : les six volets du programme PHARE',
              6: 'Des données pour agir vite et bien'}

    def cover(c, doc):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(ORANGE)
        c.rect(0, 0, 18, H, stroke=0, fill=1)
        c.restoreState()

    def slide(c, doc):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, H - 62, W, 62, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 22)
        c.drawString(M, H - 42, TITLES.get(doc.page, ''))
        c.setFillColor(GREY)
        c.setFont('DV', 9)
        c.drawString(M, 18, 'Observatoire des partenariats  ·  Programme IMPACT  ·  Présentation aux partenaires')
        c.setFillColor(GREEN)
        c.setFont('DV-B', 11)
        c.drawRightString(W - M, 18, str(doc.page - 1))
        c.restoreState()

    SB = st('sb', 14, lead=19, after=6)
    SBL = st('sbl', 14, lead=19, left=18, after=6, bulletIndent=4)
    CT = st('ct', 12, lead=16, after=0)
    CTB = st('ctb', 12, lead=16, font='DV-B', color=colors.white, after=0)

    def sbul(items):
        return [Paragraph(t, SBL, bulletText='•') for t in items]

    def sttable(rows, widths, head=GREEN, zebra=LIGHT):
        data = [[Paragraph(x, CTB if i == 0 else CT) for x in r] for i, r in enumerate(rows)]
        t = Table(data, colWidths=widths, hAlign='LEFT')
        cmds = [('BACKGROUND', (0, 0), (-1, 0), head), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                ('LINEBELOW', (0, 0), (-1, -1), 0.5, colors.HexColor('#bbbbbb')),
                ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]
        for i in range(2, len(rows), 2):
            cmds.append(('BACKGROUND', (0, i), (-1, i), zebra))
        t.setStyle(TableStyle(cmds))
        return t

    def fig(n, t, bg=LIGHT, col=GREEN):
        tb = Table([[Paragraph(n, st('fn_', 34, lead=40, font='DV-B', color=col, after=0))],
                    [Paragraph(t, st('ft_', 12, lead=15, after=0))]], colWidths=[fw / 4 - 10])
        tb.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), bg),
                                ('LEFTPADDING', (0, 0), (-1, -1), 10),
                                ('TOPPADDING', (0, 0), (-1, -1), 10),
                                ('BOTTOMPADDING', (0, 0), (-1, -1), 10),
                                ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
        return tb

    f_cover = Frame(M + 30, 60, fw - 30, H - 120, id='cv', leftPadding=0, rightPadding=0,
                    topPadding=0, bottomPadding=0)
    f_main = Frame(M, 40, fw, H - 62 - 40 - 16, id='sm', leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
    t_cover = PageTemplate('cover', frames=[f_cover], onPage=cover, pagesize=(W, H))
    t_slide = PageTemplate('slide', frames=[f_main], onPage=slide, pagesize=(W, H))

    s = [NextPageTemplate('slide'), Spacer(1, 90),
         P('Programme IMPACT 2018-2022', st('cv1', 40, lead=48, font='DV-B', color=colors.white, after=10)),
         P('Mesurer l’impact des alliances : innovation, performance, confiance',
           st('cv2', 20, lead=26, color=colors.white, after=30)),
         P('Observatoire des partenariats  ·  Le RAMEAU', st('cv3', 14, color=colors.white, after=4)),
         P('Présentation aux partenaires du programme', st('cv4', 12, color=colors.white)),
         PageBreak()]
    # slide 2 (printed 1)
    s += [sttable([['Jalon', 'Ce qu’il faut savoir'],
                   ['2006', 'Création du RAMEAU, association d’intérêt général'],
                   ['2008', 'Création de l’Observatoire des partenariats par la Caisse des Dépôts et '
                            'Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif'],
                   ['ARPEA 2008-2012', 'Premier plan quinquennal, 10 volets ; rapport quinquennal '
                                       'présenté le 11 décembre 2012'],
                   ['PHARE 2013-2018', 'Deuxième plan : 6 volets, des citoyens aux institutions'],
                   ['IMPACT 2018-2022', 'Troisième plan, lancé en novembre 2017']],
                  [190, fw - 190]),
          Spacer(1, 10),
          P('Un fil conducteur : observer, puis comprendre, puis mesurer l’impact des alliances.', SB),
          PageBreak()]
    # slide 3 (printed 2)
    left = [P('Un programme mené avec :', st('lh', 15, font='DV-B', color=GREEN, after=8))]
    left += sbul(['la Caisse des Dépôts', 'l’Institut CDC pour la Recherche', 'le Groupe La Poste',
                  'la Fondation TOTAL', 'Le RAMEAU'])
    right = [P('Trois axes d’analyse', st('rh', 15, font='DV-B', color=ORANGE, after=8))]
    for i, a in enumerate(['Innovation sociétale et territoriale', 'Performance des organisations',
                           'Confiance'], 1):
        right.append(box([P('Axe %d — %s' % (i, a), st('ax', 14, lead=18, font='DV-B', after=0))],
                         fw / 2 - 20))
        right.append(Spacer(1, 8))
    two = Table([[left, right]], colWidths=[fw / 2, fw / 2], hAlign='LEFT')
    two.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
    s += [two, Spacer(1, 6),
          P('À chaque axe correspond un indicateur suivi dans la durée : innovation, performance, '
            'confiance.', SB),
          PageBreak()]
    # slide 4 (printed 3)
    figs = Table([[fig('74 %', 'des Français'), fig('81 %', 'des dirigeants d’entreprise'),
                   fig('86 %', 'des responsables associatifs'), fig('87 %', 'des maires')]],
                 colWidths=[fw / 4] * 4, hAlign='LEFT')
    figs.setStyle(TableStyle([('LEFTPADDING', (0, 0), (-1, -1), 0), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s += [P('Part de chaque population qui voit dans les partenariats une source d’innovation :', SB),
          figs, Spacer(1, 14),
          box([P('Côté maires : 76 % estiment que leur territoire est engagé… mais 46 % ne savent pas '
                 'comment piloter la dynamique.', st('mx', 14, lead=19, after=0))], fw),
          PageBreak()]
    # slide 5 (printed 4)
    s += [sttable([['Volet', 'Publication'],
                   ['PHARE-Citoyens', 'septembre 2015'],
                   ['PHARE-Entreprises', 'octobre 2015'],
                   ['PHARE-Associations', 'novembre 2015'],
                   ['13 rapports régionaux', '2016'],
                   ['Diagnostics sectoriels', 'juillet 2016'],
                   ['PHARE-Institutions', 'automne 2016 (29 novembre 2016)']],
                  [420, fw - 420]),
          Spacer(1, 8),
          P('PHARE-Institutions décrit cinq profils de maires.', SB),
          PageBreak()]
    # slide 6 (printed 5)
    leftd = [P('Sortie de crise : jouer collectif', st('lh2', 15, font='DV-B', color=GREEN, after=8))]
    leftd += sbul(['plus de 250 données inventoriées pour éclairer la décision',
                   '81 % des Français et 84 % des dirigeants de TPE &amp; PME jugent la co-construction '
                   'utile pour la résilience post-Covid.'])
    rightd = [box([P('M.E.D.O.C.', st('md', 22, lead=26, font='DV-B', color=ORANGE, after=6)),
                   P('Méthodes, Exemples, Données, Outils, Compétences', st('md2', 14, lead=18, after=6)),
                   P('Les ressources sont regroupées sur la plateforme www.odd17.org.', st('md3', 12, after=0))],
                  fw / 2 - 20)]
    two2 = Table([[leftd, rightd]], colWidths=[fw / 2, fw / 2], hAlign='LEFT')
    two2.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0)]))
    s += [two2]
    build(os.path.join(out, 'obs-%s-04-diaporama-programme-impact.pdf' % PREFIX), [t_cover, t_slide], s, 6,
          {'title': 'Programme IMPACT 2018-2022 — présentation'})


# ---------------------------------------------------------------------------
# 05 — Note d'analyse with footnotes (A4)
# ---------------------------------------------------------------------------
def doc05(out):
    W, H = A4
    M = 2.2 * cm
    fw = W - 2 * M
    FN_H = 3.4 * cm

    def deco(c, doc):
        c.saveState()
        c.setFont('DV-I', 7.5)
        c.setFillColor(GREY)
        c.drawString(M, H - 1.2 * cm, 'Note d’analyse — Quinze ans d’alliances')
        c.drawRightString(W - M, H - 1.2 * cm, 'Observatoire des partenariats')
        c.setStrokeColor(BLUE)
        c.setLineWidth(1.2)
        c.line(M, H - 1.4 * cm, W - M, H - 1.4 * cm)
        c.setLineWidth(0.5)
        c.line(M, 1.5 * cm, W - M, 1.5 * cm)
        c.setFont('DV', 7.5)
        c.drawString(M, 1.05 * cm, 'Le RAMEAU — document de travail')
        c.setFont('DV-B', 9)
        c.setFillColor(BLUE)
        c.drawRightString(W - M, 1.05 * cm, '%d' % (doc.page + 2))
        c.restoreState()

    main = Frame(M, 1.7 * cm + FN_H, fw, H - 3.3 * cm - FN_H - 1.7 * cm, id='main',
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    fn = Frame(M, 1.7 * cm, fw, FN_H, id='fn', leftPadding=0, rightPadding=0, topPadding=4,
               bottomPadding=0)
    tpl = PageTemplate('p', frames=[main, fn], onPage=deco, pagesize=A4)

    def fnrule():
        t = Table([['']], colWidths=[5 * cm], rowHeights=[2], hAlign='LEFT')
        t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, -1), 0.6, GREY)]))
        return t

    NH2 = st('nh2', 12, font='DV-B', color=BLUE, before=6, after=4)
    s = []
    # page 1 (printed 3)
    s += [banner('NOTE D’ANALYSE', 'Quinze ans d’alliances entre associations, entreprises et '
                 'territoires : acteurs, jalons, chiffres', fw, bg=BLUE),
          Spacer(1, 8),
          box([P('En bref', H3)] + bullets([
              'Un laboratoire associatif et un Observatoire qui documentent les alliances depuis plus '
              'de quinze ans.',
              'Des entreprises longtemps partagées, puis un engagement qui progresse.',
              'Des territoires qui expérimentent, jusqu’à une Charte commune.'], st('eb', 8.8, left=12, after=1,
                                                                                   bulletIndent=2)),
              fw, bg=PALE, border=BLUE),
          P('Les acteurs de la démarche', NH2),
          P('Le RAMEAU a été créé en 2006. Association d’intérêt général, il se décrit comme un '
            '« laboratoire de recherche empirique »<super>1</super> et poursuit trois missions, la '
            'première étant de témoigner de ce que produisent les alliances. Il a recensé plus de '
            '1 000 exemples inspirants.'),
          P('Son président-fondateur est Charles-Benoît Heidsieck ; la direction générale est assurée '
            'par Laurence Weber.'),
          P('La direction scientifique de l’Observatoire des partenariats est confiée à Anne Robin, '
            'fondatrice de COMISIS, qui l’exerce bénévolement<super>2</super>.'),
          P('Le RAMEAU revendique quinze ans de recherche, dont cinq ans d’étude d’impact, et des '
            'expérimentations conduites avec plus de 500 organisations depuis sa création.'),
          FrameBreak(), fnrule(),
          P('<super>1</super> Il se présente aussi comme un « laboratoire d’innovations partenariales ».', FOOT),
          P('<super>2</super> COMISIS est le cabinet d’études associé à plusieurs enquêtes de l’Observatoire, '
            'dont certaines réalisées avec OpinionWay.', FOOT),
          PageBreak()]
    # page 2 (printed 4)
    s += [P('1. Les années ARPEA : un premier état des lieux', NH2),
          P('Le premier programme porte un acronyme dont la lecture varie selon les documents : '
            '« Analyse des Relations et des Partenariats entre Entreprises et Associations », '
            '« Analyser les Relations Partenariales entre Entreprises et Associations » ou encore '
            '« Analyse des Relations Associations-Entreprises ». Il comprend 10 volets.'),
          P('Les documents de cette période s’ouvrent sur une formule qui date l’Observatoire autrement '
            'que les présentations ultérieures : « Créé en 2007, l’Observatoire national des '
            'partenariats associations / entreprises… »<super>3</super>.'),
          P('L’étude ARPEA Entreprises &amp; Territoires, publiée en janvier 2011, montre des '
            'entreprises partagées :'),
          table([['Position des entreprises (janvier 2011)', 'Part'],
                 ['Développent des partenariats avec des associations', '21 %'],
                 ['Souhaitent en développer', '33 %'],
                 ['Ne souhaitent pas en développer', '46 %']],
                [11 * cm, 4 * cm], head_bg=BLUE, zebra=PALE),
          Spacer(1, 6),
          P('Le plan s’achève par un rapport quinquennal présenté le 11 décembre 2012<super>4</super>.'),
          FrameBreak(), fnrule(),
          P('<super>3</super> Formule reprise dans l’étude ARPEA Entreprises &amp; Territoires (janvier 2011) '
            'et dans le rapport quinquennal. Les présentations plus récentes retiennent 2008.', FOOT),
          P('<super>4</super> Le rapport quinquennal reprend l’ensemble des volets du programme.', FOOT),
          PageBreak()]
    # page 3 (printed 5)
    s += [P('2. Le temps de PHARE : la montée en puissance', NH2),
          P('Le deuxième plan, PHARE, couvre la période 2013-2017<super>5</super>. Il s’ouvre dans un '
            'contexte d’intérêt public accru : la ministre Valérie Fourneyron demande un rapport '
            'd’état des lieux des partenariats entre associations et entreprises, publié début 2014.'),
          P('Deux ans plus tard, la note du 29 février 2016 consacrée aux modèles de co-construction '
            'mesure le chemin parcouru côté entreprises : 37 % des entreprises d’au moins 10 salariés '
            'ont noué un partenariat avec une association. La même note relève un taux de 65 % chez '
            'les « pionniers »<super>6</super>.'),
          Spacer(1, 4),
          keybox('37 %', 'des entreprises d’au moins 10 salariés ont un partenariat associatif '
                 '(note du 29 février 2016).', fw, bg=PALE,
                 big=st('b5', 24, lead=28, font='DV-B', color=BLUE)),
          Spacer(1, 6),
          P('Ces résultats tranchent avec ceux de janvier 2011, lorsque près de la moitié des '
            'entreprises ne souhaitaient pas développer de partenariats.'),
          FrameBreak(), fnrule(),
          P('<super>5</super> Certaines présentations prolongent le programme jusqu’en 2018.', FOOT),
          P('<super>6</super> Les chiffres de la note relatifs aux associations sont repris dans la fiche Repère '
            'consacrée aux associations.', FOOT),
          PageBreak()]
    # page 4 (printed 6)
    s += [P('3. Territoires : de l’expérimentation à la Charte', NH2),
          P('La démarche « Agir ensemble en Territoire » est initiée en 2010, à la suite de l’étude '
            'ARPEA-Collectivités locales réalisée par Comisis et OpinionWay. Trois territoires pilotes '
            'l’expérimentent :'),
          table([['Territoire pilote', 'Acteur associé'],
                 ['Alsace', 'Alsace Active'],
                 ['Poitou-Charentes', 'Groupe La Poste'],
                 ['Paris-Est Marne &amp; Bois', 'acteurs du territoire']],
                [8 * cm, 7 * cm], head_bg=BLUE, zebra=PALE),
          Spacer(1, 6),
          P('Avec le CGET, Le Rameau ouvre ensuite un parcours d’expérience réunissant 11 territoires '
            'pionniers pendant 18 mois ; la première session se tient le 3 mai.'),
          P('Aboutissement de cette histoire, la Charte du faire alliance est dévoilée le mardi '
            '30 septembre à Saint-Maurice<super>7</super>. Elle est pensée comme un « contrat de '
            'confiance » entre acteurs d’un même territoire.'),
          P('Côté collectivités, la fiche-repère « Les dynamiques d’engagement des Collectivités '
            'territoriales » prolonge l’étude IMPACT-Elus locaux de novembre 2020.'),
          FrameBreak(), fnrule(),
          P('<super>7</super> Date telle que publiée sur le site associations.gouv.fr.', FOOT)]
    build(os.path.join(out, 'obs-%s-05-note-analyse-notes-de-bas-de-page.pdf' % PREFIX), [tpl], s, 4,
          {'title': 'Note d’analyse — Quinze ans d’alliances'})


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for f in (doc01, doc02, doc03, doc04, doc05):
        f(out)
    print('5 PDFs written to', out)


if __name__ == '__main__':
    main()
