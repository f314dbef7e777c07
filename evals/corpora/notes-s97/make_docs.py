# -*- coding: utf-8 -*-
"""Corpus de démonstration « notes-s97 » : cinq publications fictives dans la forme de celles
de l'Observatoire des partenariats (Le RAMEAU).

Usage : /work/main/.venv/bin/python make_docs.py [dossier_de_sortie]
Déterministe : rl_config.invariant = 1, aucune date ni aucun hasard ; deux générations
successives donnent des fichiers identiques octet pour octet.
"""
import os
import re
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, FrameBreak,
                                KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else HERE
FONTS = '/usr/share/fonts/truetype/dejavu/'
W, H = A4

# --------------------------------------------------------------------------- polices
for name, fn in [('DV', 'DejaVuSans.ttf'), ('DVB', 'DejaVuSans-Bold.ttf'),
                 ('DVI', 'DejaVuSans-Oblique.ttf'), ('DVBI', 'DejaVuSans-BoldOblique.ttf'),
                 ('DVC', 'DejaVuSansCondensed.ttf'), ('DVCB', 'DejaVuSansCondensed-Bold.ttf'),
                 ('DVS', 'DejaVuSerif.ttf'), ('DVSB', 'DejaVuSerif-Bold.ttf'),
                 ('DVSI', 'DejaVuSerif-Italic.ttf'), ('DVSBI', 'DejaVuSerif-BoldItalic.ttf')]:
    pdfmetrics.registerFont(TTFont(name, FONTS + fn))
for fam, n, b, i, bi in [('DV', 'DV', 'DVB', 'DVI', 'DVBI'), ('DVS', 'DVS', 'DVSB', 'DVSI', 'DVSBI'),
                         ('DVC', 'DVC', 'DVCB', 'DVC', 'DVCB')]:
    addMapping(fam, 0, 0, n)
    addMapping(fam, 1, 0, b)
    addMapping(fam, 0, 1, i)
    addMapping(fam, 1, 1, bi)

NB = '\u00a0'  # espace insécable (reportlab ne coupe pas la ligne dessus)


def fr(s):
    """Typographie française : insécables avant % € : ; ? ! », après «, dans les milliers."""
    prev = None
    while prev != s:
        prev = s
        s = re.sub(r'\b(\d{1,3}) (?=\d{3}\b)', r'\1' + NB, s)
    s = re.sub(r'(\d) (M€|k€|€|%|millions?\b|milliards?\b)', r'\1' + NB + r'\2', s)
    s = re.sub(r' ([%€:;?!»])', NB + r'\1', s)
    s = s.replace('« ', '«' + NB)
    s = s.replace('n° ', 'n°' + NB)
    return s


# --------------------------------------------------------------------------- couleurs
TEAL = colors.HexColor('#0f6b6b')
TEAL_L = colors.HexColor('#e3f1f0')
ORANGE = colors.HexColor('#c8641e')
ORANGE_L = colors.HexColor('#fbeee3')
GREY = colors.HexColor('#555555')
GREY_L = colors.HexColor('#efefef')
NAVY = colors.HexColor('#1f3557')
NAVY_L = colors.HexColor('#e6ebf3')
PLUM = colors.HexColor('#6b2a5b')
PLUM_L = colors.HexColor('#f3e8f0')


def S(name, font='DV', size=9.5, leading=None, color=colors.black, align=TA_LEFT, before=0, after=4,
      left=0, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.32,
                          textColor=color, alignment=align, spaceBefore=before, spaceAfter=after,
                          leftIndent=left, **kw)


def P(text, style, **kw):
    return Paragraph(fr(text), style, **kw)


def bullets(items, style, bullet='•'):
    return [Paragraph(fr(t), style, bulletText=bullet) for t in items]


def box(flowables, bg, border=None, pad=8, width=None):
    t = Table([[flowables]], colWidths=[width] if width else None)
    cmds = [('BACKGROUND', (0, 0), (-1, -1), bg), ('LEFTPADDING', (0, 0), (-1, -1), pad),
            ('RIGHTPADDING', (0, 0), (-1, -1), pad), ('TOPPADDING', (0, 0), (-1, -1), pad),
            ('BOTTOMPADDING', (0, 0), (-1, -1), pad)]
    if border is not None:
        cmds.append(('BOX', (0, 0), (-1, -1), 0.8, border))
    t.setStyle(TableStyle(cmds))
    return t


def data_table(rows, widths, head_bg, font='DVC', size=8.6, zebra=GREY_L, align_from=1, bold_last=False):
    sty_l = S('tl', font, size, after=0)
    sty_h = S('th', font + 'B' if font in ('DV', 'DVC') else font, size, after=0, color=colors.white)
    sty_hr = S('thr', sty_h.fontName, size, after=0, color=colors.white, align=TA_RIGHT)
    sty_r = S('tr', font, size, after=0, align=TA_RIGHT)
    sty_lb = S('tlb', sty_h.fontName, size, after=0)
    sty_rb = S('trb', sty_h.fontName, size, after=0, align=TA_RIGHT)
    data = []
    for i, row in enumerate(rows):
        line = []
        for j, cell in enumerate(row):
            if i == 0:
                st = sty_h if j < align_from else sty_hr
            elif bold_last and i == len(rows) - 1:
                st = sty_lb if j < align_from else sty_rb
            else:
                st = sty_l if j < align_from else sty_r
            line.append(Paragraph(fr(cell), st))
        data.append(line)
    t = Table(data, colWidths=widths, repeatRows=1)
    cmds = [('BACKGROUND', (0, 0), (-1, 0), head_bg), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
            ('LINEBELOW', (0, -1), (-1, -1), 0.6, head_bg), ('TOPPADDING', (0, 0), (-1, -1), 3),
            ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]
    for i in range(2, len(rows), 2):
        cmds.append(('BACKGROUND', (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(cmds))
    return t


def make_doc(fname, title, templates, pagesize=A4):
    doc = BaseDocTemplate(os.path.join(OUT, fname), pagesize=pagesize, title=title,
                          author='Observatoire des partenariats (corpus de démonstration)',
                          subject='Corpus de démonstration notes-s97', creator='make_docs.py',
                          producer='ReportLab', pageTemplates=templates)
    return doc


def hline(c, x1, x2, y, color=GREY, width=0.5):
    c.setStrokeColor(color)
    c.setLineWidth(width)
    c.line(x1, y, x2, y)


ML, MR = 50, 50           # marges latérales
CW = W - ML - MR          # largeur utile


# =========================================================================== document 01
def doc01():
    fname = 'obs-s97-01-note-conjoncture.pdf'
    body = S('b1', 'DV', 10, 13.8, align=TA_JUSTIFY, after=7)
    bodyc = S('b1c', 'DV', 9.8, 13.4, after=7)
    bodyl = S('b1l', 'DV', 9.4, 12.8, after=6)
    h2 = S('h2', 'DVB', 12.5, 15, TEAL, before=4, after=6)
    h3 = S('h3', 'DVB', 10, 13, TEAL, before=6, after=4)
    small = S('sm', 'DV', 7.6, 9.8, GREY, after=2)
    smalli = S('smi', 'DVI', 8.2, 10.5, GREY, after=6)
    cap = S('cap', 'DVB', 8.8, 11.5, TEAL, after=3)
    bul = S('bul', 'DV', 10, 13.6, left=12, after=5, bulletFontName='DV', bulletIndent=2)
    chap = S('chap', 'DV', 10.6, 14.5, colors.black, TA_JUSTIFY, after=10)

    def foot(c, n):
        hline(c, ML, W - MR, 42)
        c.setFont('DV', 7.5)
        c.setFillColor(GREY)
        c.drawString(ML, 30, 'Observatoire des partenariats – Le RAMEAU')
        c.drawRightString(W - MR, 30, '%d/4' % n)

    def first(c, d):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, H - 150, W, 150, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DVB', 9)
        c.drawString(ML, H - 45, 'OBSERVATOIRE DES PARTENARIATS')
        c.setFont('DVB', 23)
        c.drawString(ML, H - 85, 'Note de conjoncture des partenariats')
        c.setFont('DV', 10.5)
        c.drawString(ML, H - 112, fr('N° 7 — Troisième trimestre 2025 — publiée le 14 octobre 2025'))
        foot(c, d.page)
        c.restoreState()

    def other(c, d):
        c.saveState()
        c.setFont('DV', 7.5)
        c.setFillColor(TEAL)
        c.drawString(ML, H - 35, fr('Note de conjoncture des partenariats · n° 7'))
        c.drawRightString(W - MR, H - 35, '3e trimestre 2025')
        hline(c, ML, W - MR, H - 40, TEAL, 0.8)
        foot(c, d.page)
        c.restoreState()

    top, bot = H - 55, 55
    gap = 18
    colw = (CW - gap) / 2
    split = 430
    tpl = [
        PageTemplate('first', [Frame(ML, bot, CW, H - 170 - bot, id='f1')], onPage=first),
        PageTemplate('one', [Frame(ML, bot, CW, top - bot, id='o1')], onPage=other),
        PageTemplate('two', [Frame(ML, split, colw, top - split, id='l'),
                             Frame(ML + colw + gap, split, colw, top - split, id='r'),
                             Frame(ML, bot, CW, split - bot - 6, id='b')], onPage=other),
    ]
    doc = make_doc(fname, 'Note de conjoncture des partenariats n° 7 – 3e trimestre 2025', tpl)
    st = []
    # ---------------- page 1
    st.append(P("Chaque trimestre, l'Observatoire interroge un panel de 2 100 acteurs des territoires : "
                "1 150 responsables associatifs, 640 dirigeants d'entreprise et 310 maires. L'enquête de ce "
                "trimestre s'est déroulée du 1er au 19 septembre 2025, en ligne et par téléphone.", chap))
    ess = [P("L'essentiel du trimestre", S('eh', 'DVB', 11.5, 15, TEAL, after=6))]
    ess += bullets([
        "<b>Indice de confiance partenariale</b> : 6,4/10, contre 6,1/10 au deuxième trimestre et 5,9/10 "
        "un an plus tôt.",
        "<b>Associations</b> : 34 % ont engagé un nouveau partenariat au cours du trimestre, soit +3 points "
        "en un trimestre et +6 points sur un an.",
        "<b>Conventions</b> : celles signées avec des entreprises progressent de 12 % sur un an, celles "
        "signées avec des collectivités reculent de 4 %.",
        "<b>Maires</b> : la volonté d'ouvrir de nouvelles coopérations continue de progresser, surtout "
        "dans les petites communes (voir page 3).",
    ], bul)
    st.append(box(ess, TEAL_L, pad=12))
    st.append(Spacer(1, 16))
    st.append(P('Sommaire', h3))
    som = [['1.', 'Associations : l\'élan se confirme', '2'],
           ['2.', 'Entreprises : les plus grandes en tête', '3'],
           ['3.', 'Maires : la coopération s\'installe', '3'],
           ['4.', 'À surveiller', '4'],
           ['', 'Méthode et rappels des éditions précédentes', '4']]
    sl = S('sl', 'DV', 9.5, 13, after=0)
    sr = S('sr', 'DV', 9.5, 13, after=0, align=TA_RIGHT)
    t = Table([[Paragraph(fr(a), sl), Paragraph(fr(b), sl), Paragraph(fr(c_), sr)] for a, b, c_ in som],
              colWidths=[24, CW - 74, 50])
    t.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.lightgrey),
                           ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
    st.append(t)
    st.append(Spacer(1, 18))
    st.append(P("Cette note est établie à partir du baromètre trimestriel des alliances. Elle compare "
                "chaque indicateur au trimestre précédent et au même trimestre de l'année précédente ; "
                "les évolutions sont exprimées en points lorsqu'il s'agit de parts, en pourcentage "
                "lorsqu'il s'agit de volumes.", smalli))
    st.append(P('Éditorial', h3))
    st.append(P("Ce trimestre confirme une tendance que l'Observatoire relève depuis plusieurs éditions : "
                "la coopération entre acteurs d'un même territoire n'est plus l'affaire de quelques "
                "pionniers. Associations, entreprises et collectivités s'y engagent de manière plus "
                "régulière, même si les moyens consacrés à ces alliances restent très inégaux.", body))
    st.append(P("Cette note propose, comme les précédentes, une lecture rapide des principaux indicateurs, "
                "puis un éclairage sur chacune des familles d'acteurs interrogées. L'encadré final signale "
                "les signaux faibles qui appellent une vigilance particulière dans les mois à venir.", body))
    st.append(NextPageTemplate('one'))
    st.append(PageBreak())
    # ---------------- page 2
    st.append(P("1. Associations : l'élan se confirme", h2))
    st.append(P("Au troisième trimestre 2025, 34 % des associations du panel déclarent avoir noué au moins "
                "un nouveau partenariat, soit 3 points de plus qu'au printemps. Le mouvement est plus marqué "
                "chez les associations employeuses¹, dont 41 % sont dans ce cas.", body))
    st.append(P("La dynamique touche toutes les familles de partenaires, mais elle reste plus lente du côté "
                "des entreprises : les associations y consacrent du temps, sans toujours disposer des "
                "compétences nécessaires pour formaliser une convention.", body))
    st.append(Spacer(1, 4))
    st.append(P('Tableau 1 – Indicateurs associatifs (en % des associations du panel)', cap))
    st.append(data_table([
        ['Indicateur', 'T3 2025', 'T2 2025', 'T3 2024', 'Écart sur un an'],
        ['Nouveau partenariat au cours du trimestre', '34 %', '31 %', '28 %', '+6 pts'],
        ['Partenariat en cours avec une entreprise', '47 %', '46 %', '44 %', '+3 pts'],
    ], [CW - 4 * 72, 72, 72, 72, 72], TEAL))
    st.append(Spacer(1, 3))
    st.append(P("Lecture : au troisième trimestre 2025, 47 % des associations du panel avaient un "
                "partenariat en cours avec une entreprise.", smalli))
    st.append(P("Le nombre moyen de partenaires par association atteint 2,7, un niveau inédit depuis la "
                "création du baromètre ; l'enquête « Associations &amp; Partenariats » l'estimait à 2,5 en "
                "2016².", body))
    st.append(P("Les partenariats avec les collectivités restent, de loin, les plus répandus. Ils servent "
                "souvent de porte d'entrée : une association qui travaille déjà avec sa commune noue plus "
                "facilement une relation avec une entreprise du même bassin de vie. Les responsables "
                "interrogés citent, pour expliquer cette progression, la multiplication des appels à projets "
                "communs et la plus grande visibilité des dispositifs d'accompagnement.", body))
    st.append(P("Reste une ligne de partage nette entre les structures qui disposent d'un salarié chargé "
                "des relations extérieures et les autres : les premières transforment plus souvent un "
                "premier contact en convention signée, les secondes s'en remettent à l'engagement de leurs "
                "administrateurs bénévoles.", body))
    st.append(Spacer(1, 6))
    st.append(box([P("Zoom : les associations des territoires ruraux", S('zh', 'DVB', 10, 13, TEAL, after=4)),
                   P("Dans les territoires ruraux, la mairie reste le premier interlocuteur des associations. "
                     "Les responsables interrogés décrivent des relations anciennes, fondées sur la "
                     "confiance personnelle plus que sur des conventions écrites. Les partenariats avec les "
                     "entreprises y passent plus souvent par les artisans et les commerçants que par les "
                     "grands groupes, et prennent volontiers la forme de dons en nature ou de prêts de "
                     "matériel.", bodyl)], TEAL_L, pad=10))
    st.append(Spacer(1, 30))
    st.append(P("¹ Associations qui emploient au moins un salarié.<br/>"
                "² Enquête Recherches &amp; Solidarités – Le RAMEAU, conduite en mai-juin 2016 et publiée en "
                "mars 2017.", small))
    st.append(NextPageTemplate('two'))
    st.append(PageBreak())
    # ---------------- page 3
    body_saved = body
    body = bodyc
    st.append(P("2. Entreprises : les plus grandes en tête", h2))
    st.append(P("Parmi les 640 dirigeants interrogés, 47 % déclarent au moins un partenariat en cours avec "
                "une association. La proportion va de 44 % dans les entreprises de 10 à 49 salariés à 61 % "
                "dans celles de 250 salariés et plus¹.", body))
    st.append(P("Les conventions de mécénat signées au cours du trimestre totalisent 18,6 millions d'euros, "
                "soit 12 % de plus qu'au troisième trimestre 2024.", body))
    st.append(P("Les dirigeants mettent en avant l'ancrage local de leur entreprise et les attentes de "
                "leurs salariés. Les plus petites structures privilégient le mécénat de compétences, moins "
                "coûteux en trésorerie, tandis que les grandes entreprises développent des projets "
                "d'innovation sociétale avec des partenaires associatifs.", body))
    st.append(FrameBreak())
    st.append(P("3. Maires : la coopération s'installe", h2))
    st.append(P("Près de deux maires sur trois (63 %) comptent ouvrir une nouvelle coopération d'ici la fin "
                "de l'année. Ils n'étaient que 55 % au troisième trimestre 2024, soit une progression de "
                "8 points.", body))
    st.append(P("Les maires de communes de moins de 3 500 habitants se montrent les plus allants : 68 % "
                "d'entre eux comptent en ouvrir une, contre 52 % des maires des villes de 10 000 habitants "
                "et plus. Reste une fragilité : 46 % des maires avouent ne pas savoir piloter une telle "
                "démarche, soit exactement la part relevée par l'étude IMPACT.", body))
    st.append(P("Dans les villes moyennes, les maires citent plus volontiers les entreprises de leur bassin "
                "d'emploi comme partenaires potentiels. Dans les villages, ce sont les associations locales, "
                "souvent présentes de longue date, qui restent les interlocuteurs naturels de la mairie.", body))
    body = body_saved
    st.append(FrameBreak())
    st.append(P('Graphique 1 – Maires qui comptent ouvrir une nouvelle coopération (en %)', cap))
    d = Drawing(CW, 165)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 40, 22, CW - 80, 125
    bc.data = [(55, 57, 59, 61, 63)]
    bc.categoryAxis.categoryNames = ['T3 2024', 'T4 2024', 'T1 2025', 'T2 2025', 'T3 2025']
    bc.categoryAxis.labels.fontName = 'DV'
    bc.categoryAxis.labels.fontSize = 8
    bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, 80, 20
    bc.valueAxis.labels.fontName = 'DV'
    bc.valueAxis.labels.fontSize = 8
    bc.bars[0].fillColor = TEAL
    bc.barLabelFormat = '%d'
    bc.barLabels.fontName = 'DV'
    bc.barLabels.fontSize = 8
    bc.barLabels.nudge = 7
    d.add(bc)
    st.append(d)
    st.append(Spacer(1, 4))
    st.append(P("La progression est régulière depuis un an : d'un trimestre à l'autre, la part des maires qui "
                "envisagent une nouvelle coopération gagne un peu de terrain, sans à-coup.", body))
    st.append(P("¹ Les entreprises de moins de 10 salariés ne font pas partie du panel.", small))
    st.append(NextPageTemplate('one'))
    st.append(PageBreak())
    # ---------------- page 4
    w = [P('4. À surveiller', S('wh', 'DVB', 12.5, 15, ORANGE, after=6))]
    w += bullets([
        "<b>Trésorerie</b> : 27 % des associations employeuses anticipent des difficultés d'ici la fin de "
        "l'année, contre 21 % il y a un an.",
        "<b>Appels à projets</b> : 12 % seulement des associations dont le budget est inférieur à 10 000 € "
        "y ont répondu ce trimestre, contre 48 % de celles dont le budget dépasse 150 000 €.",
        "<b>Bénévolat</b> : le nombre moyen de bénévoles mobilisés par projet partenarial recule à 9, "
        "contre 11 au trimestre précédent.",
    ], bul)
    st.append(box(w, ORANGE_L, ORANGE, pad=12))
    st.append(Spacer(1, 14))
    st.append(P('Méthode', h3))
    st.append(P("Le panel est en partie renouvelé chaque année. Les résultats sont redressés selon la taille "
                "des structures et la région ; la marge d'erreur est d'environ 2 points pour les "
                "associations. Les réponses des maires, moins nombreuses, sont à lire avec prudence.", body))
    st.append(P('Rappels des éditions précédentes', h3))
    st.append(P("La note n° 3, parue en octobre 2024, situait l'indice de confiance partenariale à 5,9/10. "
                "La note n° 1, publiée au printemps 2024, reposait sur 1 020 associations, contre 1 150 "
                "aujourd'hui.", body))
    st.append(P("Rappel historique : en 2008, 86 % des Français jugeaient urgent de développer les "
                "partenariats entre associations et entreprises ; ils étaient 84 % en 2012 (programme "
                "ARPEA).", body))
    st.append(P("Depuis sa première édition, la note de conjoncture conserve les mêmes questions d'un "
                "trimestre à l'autre, afin de permettre des comparaisons dans la durée. Les séries complètes "
                "sont disponibles sur demande auprès de l'Observatoire.", body))
    st.append(P('Définitions', h3))
    st.append(P("Un partenariat désigne ici toute relation formalisée entre organisations de natures "
                "différentes (association, entreprise, collectivité, fondation), qu'elle prenne la forme "
                "d'un mécénat, d'une coopération économique, de pratiques responsables partagées ou d'un "
                "projet d'innovation sociétale. L'indice de confiance partenariale synthétise les réponses "
                "à plusieurs questions sur la qualité perçue des relations entre acteurs du territoire.", body))
    st.append(P('Prochaine parution', h3))
    st.append(P("La note n° 8, consacrée au quatrième trimestre 2025, paraîtra à la mi-janvier 2026.", body))
    st.append(Spacer(1, 20))
    st.append(P("Contact : Observatoire des partenariats, 12, rue des Alliances, 75010 Paris – "
                "tél. 01 23 45 67 89", small))
    doc.build(st)
    return fname


# =========================================================================== document 02
class Frise(Flowable):
    """Calendrier en frise horizontale."""

    def __init__(self, steps, color):
        super().__init__()
        self.steps = steps
        self.color = color

    def wrap(self, aw, ah):
        self.w = aw
        return aw, 105

    def draw(self):
        c = self.canv
        n = len(self.steps)
        step = self.w / n
        y = 62
        c.setStrokeColor(self.color)
        c.setLineWidth(2)
        c.line(step / 2, y, self.w - step / 2, y)
        for i, (year, lines) in enumerate(self.steps):
            x = step / 2 + i * step
            c.setFillColor(self.color)
            c.circle(x, y, 5, stroke=0, fill=1)
            c.setFont('DVB', 11)
            c.drawCentredString(x, y + 14, year)
            c.setFillColor(colors.black)
            c.setFont('DV', 8.2)
            for k, ln in enumerate(lines):
                c.drawCentredString(x, y - 18 - k * 10.5, fr(ln))


def doc02():
    fname = 'obs-s97-02-plaquette-programme.pdf'
    body = S('b2', 'DV', 10.2, 14, align=TA_JUSTIFY, after=8)
    bodyc = S('b2c', 'DV', 10, 13.8, after=8)
    bl2 = S('bl2', 'DV', 10, 13.6, left=12, after=4, bulletFontName='DV', bulletIndent=2)
    h2 = S('h22', 'DVB', 13, 16, NAVY, before=6, after=7)
    h3 = S('h23', 'DVB', 10.5, 13.5, NAVY, before=4, after=4)
    kn = S('kn', 'DVB', 27, 32, ORANGE, TA_CENTER, after=3)
    kl = S('kl', 'DV', 9.4, 12.2, NAVY, TA_CENTER, after=0)
    small = S('sm2', 'DV', 7.8, 10, GREY, after=2)
    num = S('num', 'DVB', 20, 22, ORANGE, TA_CENTER, after=0)

    def foot(c, n):
        c.setFont('DV', 7.5)
        c.setFillColor(NAVY)
        c.drawString(ML, 30, 'Alliances en territoires · Programme 2026-2030')
        if n > 1:
            c.drawRightString(W - MR, 30, str(n))

    def first(c, d):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, H - 190, W, 190, stroke=0, fill=1)
        c.setFillColor(ORANGE)
        c.rect(0, H - 196, W, 6, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV', 9.5)
        c.drawString(ML, H - 48, fr('Observatoire des partenariats – Fondation des Territoires'))
        c.setFont('DVB', 30)
        c.drawString(ML, H - 95, 'Alliances en territoires')
        c.setFont('DV', 13)
        c.drawString(ML, H - 125, 'Programme 2026-2030')
        c.setFont('DVI', 9.5)
        c.drawString(ML, H - 160, fr('Plaquette de présentation · janvier 2026'))
        foot(c, d.page)
        c.restoreState()

    def other(c, d):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, H - 28, W, 28, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DVB', 8.5)
        c.drawString(ML, H - 18, 'ALLIANCES EN TERRITOIRES')
        foot(c, d.page)
        c.restoreState()

    top, bot = H - 50, 55
    gap = 22
    colw = (CW - gap) / 2
    tpl = [PageTemplate('first', [Frame(ML, bot, CW, H - 215 - bot, id='c')], onPage=first),
           PageTemplate('two', [Frame(ML, bot, colw, top - bot, id='l'),
                                Frame(ML + colw + gap, bot, colw, top - bot, id='r')], onPage=other),
           PageTemplate('one', [Frame(ML, bot, CW, top - bot, id='o')], onPage=other)]
    doc = make_doc(fname, 'Alliances en territoires – programme 2026-2030', tpl)
    st = []
    # ---------------- page 1
    st.append(P("Depuis 2006, Le RAMEAU a expérimenté de nouvelles formes d'alliances auprès de plus de "
                "500 organisations. Le programme « Alliances en territoires » prend le relais du Fonds "
                "ODD 17, co-créé en 2020 avec la Fondation TotalEnergies, qui a mobilisé 1,5 M€ sur 3 ans "
                "et fait émerger 350 catalyseurs territoriaux.", S('i2', 'DV', 10.8, 15, align=TA_JUSTIFY,
                                                                   after=12)))
    st.append(P('Nos objectifs à horizon 2030', h2))
    cells = [[[P('100', kn), P('territoires engagés', kl)],
              [P('5 000', kn), P('organisations accompagnées', kl)],
              [P('60 %', kn), P('des territoires engagés situés en zone rurale', kl)],
              [P('12 M€', kn), P('de projets co-financés', kl)]]]
    kt = Table(cells, colWidths=[CW / 4] * 4)
    kt.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), NAVY_L), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                            ('LINEAFTER', (0, 0), (-2, -1), 1.5, colors.white),
                            ('TOPPADDING', (0, 0), (-1, -1), 16), ('BOTTOMPADDING', (0, 0), (-1, -1), 16)]))
    st.append(kt)
    st.append(Spacer(1, 16))
    st.append(P('Pourquoi ce programme ?', h2))
    st.append(P("Les attentes n'ont jamais été aussi fortes : 81 % des Français évoquent un devoir "
                "d'alliance, 92 % des maires un besoin d'alliance et 84 % des dirigeants d'entreprise une "
                "envie d'alliance. Pourtant, près d'un maire sur deux (46 %) reconnaît ne pas savoir "
                "piloter une démarche de co-construction.", body))
    st.append(P("Les acteurs veulent agir ensemble, mais ils manquent de méthodes, de lieux et de temps "
                "pour le faire. « Alliances en territoires » leur propose un cadre commun : un diagnostic "
                "partagé, un accompagnement dans la durée et une communauté de pairs pour échanger sur les "
                "pratiques qui fonctionnent.", body))
    st.append(P("Notre ambition est simple : que chaque territoire qui le souhaite trouve, près de chez lui, "
                "les méthodes et les appuis pour faire alliance. Le programme s'appuie pour cela sur les "
                "enseignements de la recherche empirique conduite par Le RAMEAU et sur les données de "
                "l'Observatoire des partenariats.", body))
    quote = P("« Faire alliance ne se décrète pas : cela s'apprend, territoire par territoire. »",
              S('q2', 'DVI', 11.5, 15.5, NAVY, TA_CENTER, after=0))
    st.append(Spacer(1, 8))
    st.append(box([quote], colors.white, ORANGE, pad=12))
    st.append(NextPageTemplate('two'))
    st.append(PageBreak())
    # ---------------- page 2
    st.append(P('Objectifs à horizon 2030', h2))

    def obj(n, title, text):
        t = Table([[P(n, num), [P(title, h3), P(text, bodyc)]]], colWidths=[30, colw - 30])
        t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                               ('LINEBELOW', (0, 0), (-1, -1), 0.4, colors.lightgrey),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 8)]))
        return t

    st.append(obj('1', 'Mailler le territoire',
                  "Engager 100 territoires, dont au moins 40 situés dans des communes de moins de "
                  "3 500 habitants ; le programme démarre avec 24 territoires pilotes."))
    st.append(obj('2', 'Accompagner les acteurs',
                  "Accompagner 5 000 organisations, dont 2 000 associations et 1 500 entreprises, les autres "
                  "étant des collectivités et des fondations."))
    st.append(obj('3', 'Installer le dialogue',
                  "Porter à 70 % la part des territoires engagés dotés d'un lieu de dialogue permanent entre "
                  "acteurs, contre 35 % en 2025."))
    st.append(Spacer(1, 8))
    st.append(P("Chaque objectif fait l'objet d'un suivi annuel, publié par l'Observatoire des "
                "partenariats et discuté avec les territoires eux-mêmes.", bodyc))
    st.append(P("Méthode d'accompagnement", h3))
    st += bullets(["un diagnostic partagé des besoins et des ressources du territoire ;",
                   "la mobilisation des acteurs autour d'une feuille de route commune ;",
                   "la mise en œuvre de projets pilotes, avec l'appui des partenaires ;",
                   "l'évaluation et la capitalisation des enseignements, diffusés à l'ensemble du réseau."],
                  bl2, '–')
    st.append(FrameBreak())
    st.append(P('Moyens', h2))
    st.append(P("<b>Budget.</b> 9,6 M€ sur 5 ans, réunis auprès de fondations, de partenaires publics et "
                "d'entreprises mécènes (voir page 3).", bodyc))
    st.append(P("<b>Équipe.</b> 14 salariés et une soixantaine de bénévoles experts, issus pour la "
                "plupart des entreprises partenaires.", bodyc))
    st.append(P("<b>Outils.</b> La plateforme M.E.D.O.C. (Méthodes, Exemples, Données, Outils, "
                "Compétences) et les fiches-repères de l'Observatoire, mises à jour au fil des "
                "enquêtes.", bodyc))
    st.append(P("<b>Accompagnement.</b> Chaque territoire bénéficie d'un diagnostic partagé, d'un "
                "référent désigné et d'un accès aux ressources du programme. Les territoires les plus "
                "avancés deviennent à leur tour des lieux d'accueil pour les nouveaux venus.", bodyc))
    st.append(P("<b>Évaluation.</b> Un comité scientifique indépendant suit la démarche et rend un avis "
                "public à mi-parcours, puis au terme du programme.", bodyc))
    st.append(P("<b>Gouvernance.</b> Un comité de pilotage réunit les partenaires fondateurs et des "
                "représentants des territoires engagés. Il arbitre les priorités, valide l'entrée de "
                "nouveaux territoires et veille à l'équilibre entre zones rurales et urbaines.", bodyc))
    st.append(P("<b>Communauté.</b> Les territoires engagés se retrouvent lors de journées d'échange "
                "régionales et sur un espace en ligne où ils partagent outils, retours d'expérience et "
                "difficultés rencontrées.", bodyc))
    st.append(NextPageTemplate('one'))
    st.append(PageBreak())
    # ---------------- page 3
    st.append(P('Partenaires', h2))
    st.append(P("Le programme réunit 12 partenaires fondateurs, parmi lesquels la Caisse des Dépôts et la "
                "Fondation des Territoires, elle-même créée en juin 2022 par 21 co-fondateurs. Il s'inscrit "
                "dans le cadre ouvert par la loi n° 2014-856 du 31 juillet 2014 relative à l'économie "
                "sociale et solidaire.", body))
    st.append(P('Plan de financement 2026-2030', h3))
    st.append(data_table([
        ['Apport', 'Montant', 'Part du budget'],
        ['Fondations partenaires', '4,2 M€', '44 %'],
        ['Partenaires publics', '3 M€', '31 %'],
        ['Entreprises mécènes', '2,4 M€', '25 %'],
    ], [CW - 2 * 110, 110, 110], NAVY, zebra=NAVY_L))
    st.append(Spacer(1, 3))
    st.append(P("Note : parts arrondies à l'unité.", S('n2', 'DVI', 8, 10.5, GREY, after=10)))
    st.append(P('Calendrier', h2))
    st.append(Frise([('2026', ['Lancement', '24 territoires', 'pilotes']),
                     ('2027', ['45 territoires', 'engagés']),
                     ('2028', ['Évaluation', 'à mi-parcours']),
                     ('2029', ['80 territoires', 'engagés']),
                     ('2030', ['100 territoires', 'Bilan final'])], ORANGE))
    st.append(Spacer(1, 10))
    st.append(P("Les territoires rejoignent le programme par vagues successives, après un appel à "
                "manifestation d'intérêt lancé chaque printemps. Le bilan final sera présenté lors des "
                "Rencontres de l'Observatoire.", body))
    st.append(P("Chaque vague commence par une phase de diagnostic, conduite avec les acteurs du "
                "territoire, puis par l'élaboration d'une feuille de route partagée. L'équipe du programme "
                "accompagne ensuite la mise en œuvre et organise, en fin de parcours, un retour "
                "d'expérience ouvert aux territoires de la vague suivante.", body))
    st.append(Spacer(1, 14))
    st.append(box([P("Rejoindre le programme", h3),
                   P("Collectivités, associations, entreprises et fondations peuvent manifester leur "
                     "intérêt auprès de l'équipe du programme, qui organise des réunions d'information "
                     "en région tout au long de l'année.", body)], NAVY_L, pad=10))
    st.append(Spacer(1, 14))
    st.append(P("Contact : Observatoire des partenariats, 12, rue des Alliances, 75010 Paris", small))
    doc.build(st)
    return fname


# =========================================================================== document 03
def doc03():
    fname = 'obs-s97-03-tableau-classes-taille.pdf'
    body = S('b3', 'DV', 9.2, 12.7, align=TA_JUSTIFY, after=6)
    h1 = S('h31', 'DVB', 15, 18, PLUM, after=8)
    h2 = S('h32', 'DVB', 11.5, 14.5, PLUM, before=8, after=6)
    cap = S('cap3', 'DVB', 8.8, 11.5, PLUM, after=4)
    note = S('n3', 'DVI', 7.9, 10.4, GREY, after=3)
    first_page = 21
    PW, PH = 170 * mm, 240 * mm
    ml = 42
    cw = PW - 2 * ml

    def deco(c, d):
        c.saveState()
        c.setFont('DV', 7.5)
        c.setFillColor(PLUM)
        c.drawString(ml, PH - 32, fr('Cahier de l\'Observatoire n° 5 · novembre 2025'))
        c.drawRightString(PW - ml, PH - 32, 'Chapitre 3 – Les partenariats selon la taille')
        hline(c, ml, PW - ml, PH - 37, PLUM, 0.8)
        n = first_page + d.page - 1
        c.setFont('DVB', 9)
        if n % 2:
            c.drawRightString(PW - ml, 26, str(n))
        else:
            c.drawString(ml, 26, str(n))
        c.restoreState()

    tpl = [PageTemplate('one', [Frame(ml, 44, cw, PH - 48 - 44, id='o')], onPage=deco)]
    doc = make_doc(fname, 'Cahier de l\'Observatoire n° 5 – chapitre 3 (extrait)', tpl, (PW, PH))
    st = []
    # ---------------- page 1 (imprimée 21)
    st.append(P("3. Les partenariats selon la taille des acteurs", h1))
    st.append(P("Ce chapitre rapproche, classe de taille par classe de taille, les résultats de plusieurs "
                "enquêtes de l'Observatoire. Pour les associations, il s'appuie sur l'enquête « Associations "
                "&amp; Partenariats », conduite en mai-juin 2016 auprès de plus de 1 380 responsables et "
                "publiée en mars 2017.", body))
    st.append(P("3.1 Associations : le budget fait la différence", h2))
    st.append(P("Tableau 3.1 – Associations ayant au moins un partenariat, selon le budget annuel (en %)",
                cap))
    st.append(data_table([
        ["Budget annuel de l'association", 'Avec une entreprise', 'Avec une collectivité'],
        ['Moins de 10 000 €', '20 %', '67 %'],
        ['De 10 000 à 50 000 €', '27 %', '76 %'],
        ['De 50 000 à 150 000 €', '38 %', '82 %'],
        ['Plus de 150 000 €', '50 %', '86 %'],
        ['Ensemble', '28 %', '74 %'],
    ], [cw - 2 * 95, 95, 95], PLUM, zebra=PLUM_L, bold_last=True))
    st.append(Spacer(1, 4))
    st.append(P("Lecture : 50 % des associations dont le budget dépasse 150 000 € ont au moins un partenariat "
                "avec une entreprise. Plusieurs réponses possibles : le total d'une ligne peut dépasser "
                "100 %.", note))
    st.append(Spacer(1, 6))
    st.append(P("Entre les plus petites et les plus grandes associations, l'écart atteint 30 points pour "
                "les partenariats d'entreprise. Il est beaucoup plus faible pour les collectivités, qui "
                "restent le premier partenaire des associations quelle que soit leur taille.", body))
    st.append(P("Cette hiérarchie s'explique d'abord par les moyens humains : une association dotée de "
                "salariés peut consacrer du temps à la recherche de partenaires, à la rédaction des "
                "conventions et au suivi des projets. Les plus petites structures, animées par des "
                "bénévoles, s'appuient davantage sur la relation de proximité avec leur commune.", body))
    st.append(P("Les résultats de l'enquête de 2016 ont depuis été confirmés, dans leurs grandes lignes, "
                "par les travaux conduits dans le cadre du programme IMPACT. La hiérarchie des partenaires "
                "est restée la même ; seule l'intensité des relations a évolué.", body))
    st.append(box([P("Méthode", S('m3', 'DVB', 9.5, 12.5, PLUM, after=3)),
                   P("Les classes de taille reprennent celles publiées par chaque enquête. Elles ne sont "
                     "donc pas strictement comparables d'une population à l'autre : un budget, une "
                     "population communale et un effectif salarié ne mesurent pas la même chose.", body)],
                  PLUM_L, pad=8))
    st.append(PageBreak())
    # ---------------- page 2 (imprimée 22)
    st.append(P("3.2 Communes : les maires des petites communes aussi en mouvement", h2))
    st.append(P("L'étude IMPACTS &amp; TRAJECTOIRES – Élus locaux, conduite par téléphone du 30 septembre "
                "au 28 octobre 2024, donne la parole aux maires : 84 % des répondants dirigent une commune "
                "de moins de 2 000 habitants.", body))
    st.append(P("Tableau 3.2 – Maires selon la taille de la commune (en %)", cap))
    st.append(data_table([
        ['Population de la commune', 'Part des répondants', 'Territoire « en mouvement »'],
        ['Moins de 500 habitants', '41 %', '88 %'],
        ['De 500 à 1 999 habitants', '43 %', '92 %'],
        ['De 2 000 à 9 999 habitants', '12 %', '94 %'],
        ['10 000 habitants et plus', '4 %', '96 %'],
        ['Ensemble', '–', '91 %'],
    ], [cw - 2 * 100, 100, 100], PLUM, zebra=PLUM_L, bold_last=True))
    st.append(Spacer(1, 4))
    st.append(P("Note : 35 % des maires jugent leur territoire « fortement » en mouvement, 56 % « ni plus ni "
                "moins ».", note))
    st.append(Spacer(1, 6))
    st.append(P("Les écarts entre classes de taille restent modestes : l'adhésion au « jouer collectif » "
                "dépend peu de la population communale. Les maires des plus petites communes, souvent "
                "dépourvus de services techniques, voient dans la coopération un moyen de maintenir des "
                "services de proximité ; ceux des villes moyennes y cherchent plutôt des relais auprès des "
                "entreprises.", body))
    st.append(P("Au-delà de 3 500 habitants, les communes disposent plus souvent d'un agent chargé de la vie "
                "associative, ce qui facilite la conduite de projets partagés. En deçà, c'est le maire "
                "lui-même, ou un adjoint, qui porte la relation avec les partenaires.", body))
    st.append(P("Cette organisation a une conséquence pratique : dans les petites communes, la "
                "coopération repose sur quelques personnes, et s'arrête parfois avec elles. Les maires "
                "interrogés le savent, et plusieurs disent chercher à l'inscrire dans des conventions qui "
                "survivront aux changements d'équipe.", body))
    st.append(P("Source : IMPACTS &amp; TRAJECTOIRES – Élus locaux, novembre 2024 ; 302 maires interrogés.",
                note))
    st.append(PageBreak())
    # ---------------- page 3 (imprimée 23)
    st.append(P("3.3 Entreprises : la pratique croît avec l'effectif", h2))
    st.append(P("En 2016, 37 % des entreprises d'au moins 10 salariés entretenaient un partenariat avec une "
                "association. Cinq ans plus tôt, l'étude ARPEA Entreprises &amp; Territoires (janvier 2011) "
                "comptait 21 % d'entreprises engagées dans des partenariats, 33 % qui souhaitaient s'y "
                "lancer et 46 % qui ne le souhaitaient pas.", body))
    st.append(P("Tableau 3.3 – Dirigeants déclarant au moins un partenariat associatif, selon l'effectif "
                "(baromètre, 3e trimestre 2025)", cap))
    st.append(data_table([
        ['Effectif salarié', 'Part des dirigeants', 'Écart sur un an (points)'],
        ['De 10 à 49 salariés', '44 %', '+4'],
        ['De 50 à 249 salariés', '52 %', '+2'],
        ['250 salariés et plus', '61 %', '\u22121'],
        ['Ensemble', '47 %', '+3'],
    ], [cw - 2 * 100, 100, 100], PLUM, zebra=PLUM_L, bold_last=True))
    st.append(Spacer(1, 4))
    st.append(P("Note : effectif en équivalent temps plein ; les entreprises de moins de 10 salariés ne sont "
                "pas interrogées. Lecture : 61 % des dirigeants d'entreprises de 250 salariés et plus "
                "déclarent au moins un partenariat associatif.", note))
    st.append(Spacer(1, 6))
    st.append(P("La progression est la plus nette dans les petites entreprises, qui découvrent le mécénat "
                "de compétences et les partenariats de proximité. Les grandes entreprises, déjà très "
                "engagées, marquent le pas : leurs dirigeants évoquent des arbitrages budgétaires et une "
                "volonté de concentrer leurs moyens sur quelques partenaires de long terme.", body))
    st.append(P("Les entreprises de taille intermédiaire occupent une position charnière : assez grandes "
                "pour dégager des moyens, assez proches de leur territoire pour connaître les associations "
                "locales, elles sont souvent citées par les maires comme les partenaires les plus "
                "faciles à mobiliser.", body))
    st.append(Spacer(1, 8))
    st.append(box([P("Ce qu'il faut retenir", S('r3', 'DVB', 10, 13, PLUM, after=4)),
                   P("Quelle que soit la population observée, la taille reste un facteur de différenciation "
                     "majeur : elle détermine les moyens disponibles pour nouer des alliances, plus que "
                     "l'envie de le faire, largement partagée par les petites structures comme par les "
                     "grandes.", body)], PLUM_L, pad=10))
    doc.build(st)
    return fname


# =========================================================================== document 04
def doc04():
    fname = 'obs-s97-04-tribune.pdf'
    body = S('b4', 'DVS', 10.2, 14.4, align=TA_JUSTIFY, after=8)
    ttl = S('t4', 'DVSB', 24, 28, colors.black, after=6)
    byl = S('by4', 'DVSI', 9.5, 12.5, GREY, after=8)
    chap = S('ch4', 'DVSB', 11.5, 15.5, colors.black, TA_JUSTIFY, after=4)
    inter = S('it4', 'DVSB', 10.5, 13.5, ORANGE, before=4, after=4)
    exe = S('ex4', 'DVSI', 13, 17, ORANGE, TA_CENTER, after=0)
    eh = S('eh4', 'DVB', 9.5, 12.5, colors.black, after=4)
    eb = S('eb4', 'DV', 9, 12.2, after=5, left=10, bulletFontName='DV', bulletIndent=0)
    sig = S('sg4', 'DVSI', 8.6, 11.5, GREY, after=0)

    def deco(c, d):
        c.saveState()
        c.setFont('DV', 7.5)
        c.setFillColor(GREY)
        c.drawString(ML, H - 34, fr('La Revue des territoires solidaires · n° 48 · mars 2025'))
        c.setFillColor(ORANGE)
        c.setFont('DVB', 8)
        c.drawRightString(W - MR, H - 34, 'TRIBUNE')
        hline(c, ML, W - MR, H - 40, colors.black, 0.6)
        n = 33 + d.page
        c.setFont('DVS', 9)
        c.setFillColor(colors.black)
        if n % 2:
            c.drawRightString(W - MR, 30, str(n))
        else:
            c.drawString(ML, 30, str(n))
        c.restoreState()

    top, bot = H - 52, 55
    gap = 20
    colw = (CW - gap) / 2
    head_h = 128
    tpl = [PageTemplate('first', [Frame(ML, top - head_h, CW, head_h, id='h'),
                                  Frame(ML, bot, colw, top - head_h - bot - 4, id='l'),
                                  Frame(ML + colw + gap, bot, colw, top - head_h - bot - 4, id='r')],
                        onPage=deco),
           PageTemplate('two', [Frame(ML, bot, colw, top - bot, id='l2'),
                                Frame(ML + colw + gap, bot, colw, top - bot, id='r2')], onPage=deco)]
    doc = make_doc(fname, 'Tribune – Faire alliance n\'est plus une option', tpl)
    st = []
    # ---------------- page 1 (imprimée 34)
    st.append(P("Faire alliance n'est plus une option", ttl))
    st.append(P("Par Hélène Marchal, chercheuse associée à l'Observatoire des partenariats", byl))
    st.append(P("Huit Français sur dix estiment que les acteurs d'un territoire ont le devoir de s'allier. "
                "Les maires sont plus nombreux encore à le réclamer. Qu'attendons-nous pour passer à "
                "l'acte ?", chap))
    st.append(FrameBreak())
    st.append(P("Il y a dix-sept ans, l'étude ARPEA posait une question simple : faut-il rapprocher "
                "associations et entreprises ? En 2008, 86 % des Français jugeaient urgent de le faire. "
                "Quatre ans plus tard, ils étaient encore 84 %.", body))
    st.append(P("Depuis, le constat s'est renforcé. Environ huit Français sur dix parlent aujourd'hui d'un "
                "« devoir d'alliance », près de neuf maires sur dix d'un « besoin d'alliance », et plus de "
                "huit dirigeants d'entreprise sur dix d'une « envie d'alliance ».", body))
    st.append(Spacer(1, 4))
    ex = Table([[P("« Près de neuf maires sur dix disent avoir besoin d'alliances. »", exe)]],
               colWidths=[colw])
    ex.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 1.5, ORANGE),
                            ('LINEBELOW', (0, -1), (-1, -1), 1.5, ORANGE),
                            ('TOPPADDING', (0, 0), (-1, -1), 10), ('BOTTOMPADDING', (0, 0), (-1, -1), 10)]))
    st.append(ex)
    st.append(Spacer(1, 10))
    st.append(P("Les associations n'ont pas attendu. La quasi-totalité de celles qui emploient des salariés "
                "travaillent déjà avec des partenaires, et près des trois quarts d'entre elles agissent "
                "d'abord à l'échelle locale.", body))
    st.append(P("Dans nos villages comme dans nos quartiers, ce sont elles qui tiennent le lien : elles "
                "connaissent les habitants, savent où sont les besoins et ont appris, souvent par nécessité, "
                "à frapper à plusieurs portes à la fois.", body))
    st.append(FrameBreak())
    st.append(P("Des élus en quête de méthode", inter))
    st.append(P("Les élus, eux, cherchent la méthode. Lors de l'étude IMPACT, menée entre 2018 et 2022, les "
                "trois quarts des maires voyaient leur territoire engagé, mais près d'un sur deux "
                "reconnaissait ne pas savoir piloter ces coopérations.", body))
    st.append(P("Une enquête plus récente, conduite à l'automne 2024 auprès d'environ 300 maires, montre "
                "que neuf sur dix voient leur territoire « en mouvement ».", body))
    st.append(P("Les entreprises suivent la même pente. En 2011, à peine une sur cinq développait des "
                "partenariats avec des associations ; un tiers seulement disait le souhaiter.", body))
    st.append(P("Autrement dit, l'envie existait déjà, mais les outils manquaient. Ce décalage entre "
                "l'intention et la pratique reste, aujourd'hui encore, le principal frein à la "
                "coopération.", body))
    st.append(P("Car coopérer prend du temps. Il faut apprendre à se connaître, accepter des cultures "
                "différentes, trouver un langage commun entre le maire, la présidente d'association et le "
                "chef d'entreprise. Ce temps-là n'est presque jamais financé.", body))
    st.append(NextPageTemplate('two'))
    st.append(PageBreak())
    # ---------------- page 2 (imprimée 35)
    st.append(P("Aujourd'hui, près de la moitié des entreprises d'au moins 10 salariés sont engagées auprès "
                "d'une association, et la proportion dépasse 60 % dans les plus grandes.", body))
    st.append(P("Des moyens encore modestes", inter))
    st.append(P("Les moyens, eux, restent modestes. Le Fonds ODD 17, lancé en 2020, a misé 1,5 million "
                "d'euros sur trois ans pour faire émerger quelque 350 catalyseurs territoriaux. C'est peu au "
                "regard des besoins ; c'est beaucoup au regard de ce qu'un petit budget peut amorcer.", body))
    st.append(P("Il faut aussi rappeler que l'Observatoire suit ces questions depuis 2008 : trois "
                "programmes quinquennaux, une quarantaine d'études et plus de 2 000 citoyens interrogés "
                "pour le seul volet PHARE-Citoyens de 2015.", body))
    st.append(P("À l'échelle d'un pays qui compte près de 150 000 associations employeuses, chaque point "
                "gagné compte.", body))
    st.append(P("Le problème n'est donc plus de convaincre. Il est d'outiller ceux qui sont déjà "
                "convaincus : leur donner des méthodes éprouvées, des lieux pour se rencontrer et un peu "
                "de temps rémunéré pour animer les coopérations.", body))
    st.append(P("Les territoires qui ont franchi le pas le disent tous : ce n'est pas l'argent qui a "
                "manqué le plus, c'est une personne chargée de faire le lien, de relancer, de tenir le "
                "calendrier et de rendre compte à chacun.", body))
    st.append(P("Cette fonction d'animation a un nom dans les territoires pionniers : on parle de "
                "catalyseurs, d'assembliers, de tiers de confiance. Elle mérite d'être reconnue, formée "
                "et financée comme un métier à part entière.", body))
    st.append(FrameBreak())
    enc = [P("Ce que disaient les enquêtes", eh)]
    enc += bullets(["<b>2008 · ARPEA</b> : 86 % des Français jugent urgent de créer des partenariats.",
                    "<b>2015 · PHARE-Citoyens</b> : 69 % des Français évoquent un « devoir d'alliance ».",
                    "<b>2016 · PHARE-Institutions</b> : 87 % des maires voient dans les partenariats une "
                    "source d'innovation."], eb, '■')
    st.append(box(enc, GREY_L, pad=9, width=colw))
    st.append(Spacer(1, 10))
    st.append(P("Passer à l'acte", inter))
    st.append(P("Je propose que chaque intercommunalité se dote, d'ici 2027, d'un lieu permanent de "
                "dialogue entre associations, entreprises et collectivités. La loi du 31 juillet 2014 "
                "relative à l'économie sociale et solidaire (n° 2014-856) en a posé les premières bases ; "
                "il reste à les faire vivre.", body))
    st.append(P("Faire alliance n'est plus une option. C'est une condition pour que nos territoires "
                "tiennent debout. Les acteurs sont prêts ; aux pouvoirs publics, désormais, de leur en "
                "donner les moyens.", body))
    st.append(Spacer(1, 10))
    st.append(P("Hélène Marchal est chercheuse associée à l'Observatoire des partenariats ; elle a coordonné "
                "le volet territorial du programme PHARE (2013-2018).", sig))
    doc.build(st)
    return fname


# =========================================================================== document 05
def doc05():
    fname = 'obs-s97-05-synthese-colloque.pdf'
    ml5 = 64
    cw5 = W - 2 * ml5
    body = S('b5', 'DV', 10.6, 14.8, align=TA_JUSTIFY, after=8)
    h2 = S('h52', 'DVB', 13, 16.5, TEAL, before=10, after=7)
    kn = S('kn5', 'DVB', 22, 26, TEAL, TA_CENTER, after=1)
    kl = S('kl5', 'DV', 8.6, 11, GREY, TA_CENTER, after=0)
    verb = S('v5', 'DVI', 10.6, 14.6, colors.black, after=0)
    note = S('n5', 'DVI', 8, 10.5, GREY, after=3)
    cap = S('c5', 'DVB', 8.8, 11.5, TEAL, after=4)
    bl5 = S('bl5', 'DVB', 10, 13.6, TEAL, after=9)

    def verbatim(text):
        t = Table([[P(text, verb)]], colWidths=[cw5 - 30])
        t.setStyle(TableStyle([('LINEBEFORE', (0, 0), (0, -1), 3, ORANGE), ('BACKGROUND', (0, 0), (-1, -1),
                                                                           ORANGE_L),
                               ('LEFTPADDING', (0, 0), (-1, -1), 10), ('TOPPADDING', (0, 0), (-1, -1), 6),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 7)]))
        return [Spacer(1, 2), t, Spacer(1, 8)]

    def deco(c, d):
        c.saveState()
        if d.page > 1:
            c.setFont('DV', 7.5)
            c.setFillColor(TEAL)
            c.drawString(ml5, H - 35, 'Rencontres de l\'Observatoire des partenariats · Synthèse')
            hline(c, ml5, W - ml5, H - 40, TEAL, 0.8)
        c.setFont('DV', 8)
        c.setFillColor(GREY)
        c.drawCentredString(W / 2, 30, 'page %d' % d.page)
        c.restoreState()

    tpl = [PageTemplate('one', [Frame(ml5, 55, cw5, H - 50 - 55, id='o')], onPage=deco)]
    doc = make_doc(fname, 'Synthèse des Rencontres de l\'Observatoire des partenariats 2025', tpl)
    st = []
    # ---------------- page 1
    st.append(P("RENCONTRES DE L'OBSERVATOIRE DES PARTENARIATS", S('k5', 'DVB', 9, 12, TEAL, after=4)))
    st.append(P("Faire alliance en territoire : où en sommes-nous ?", S('t5', 'DVB', 20, 24, after=6)))
    st.append(P("Synthèse de la journée du 4 décembre 2025, Paris · publiée en janvier 2026",
                S('s5', 'DVI', 10, 13, GREY, after=14)))
    kc = [[[P('412', kn), P('inscrits', kl)], [P('356', kn), P('participants', kl)],
           [P('38', kn), P('intervenants', kl)], [P('4', kn), P('ateliers', kl)]]]
    kt = Table(kc, colWidths=[cw5 / 4] * 4)
    kt.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), TEAL_L), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                            ('LINEAFTER', (0, 0), (-2, -1), 1.5, colors.white),
                            ('TOPPADDING', (0, 0), (-1, -1), 10), ('BOTTOMPADDING', (0, 0), (-1, -1), 10)]))
    st.append(P('La journée en chiffres', cap))
    st.append(kt)
    st.append(Spacer(1, 14))
    st.append(P("Pour leur dixième édition, les Rencontres ont attiré un public varié : 41 % des "
                "participants venaient du monde associatif, 27 % d'une entreprise, 22 % d'une collectivité "
                "territoriale et 10 % d'une fondation ou d'un organisme public.", body))
    st.append(P("La matinée s'est ouverte sur un rappel des données de l'Observatoire : 98 % des "
                "associations employeuses comptent au moins un partenaire, et 89 % coopèrent avec une "
                "collectivité.", body))
    st.append(P("Plus de 60 élus avaient fait le déplacement, dont une vingtaine de maires de communes "
                "rurales.", body))
    st.append(P("En ouverture, la directrice de l'Observatoire a rappelé l'objet de ces Rencontres : "
                "confronter les données recueillies au fil des enquêtes à l'expérience de ceux qui font "
                "vivre les alliances au quotidien, et repartir avec des pistes d'action concrètes.", body))
    st.append(P("Les débats ont été rythmés par des témoignages de terrain, venus de territoires ruraux "
                "comme de quartiers urbains, et par les interventions de chercheurs associés à "
                "l'Observatoire.", body))
    st.append(P('Déroulé de la journée', h2))
    prog = [['9 h 30', 'Ouverture et rappel des données de l\'Observatoire'],
            ['10 h 15', 'Ateliers 1 et 2, en parallèle'],
            ['14 h', 'Ateliers 3 et 4, en parallèle'],
            ['16 h 30', 'Séance plénière, vote et conclusions']]
    pl = S('pl5', 'DVB', 9.2, 12.5, TEAL, after=0)
    pr = S('pr5', 'DV', 9.2, 12.5, after=0)
    pt = Table([[Paragraph(fr(a), pl), Paragraph(fr(b), pr)] for a, b in prog], colWidths=[70, cw5 - 70])
    pt.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.lightgrey),
                            ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
    st.append(pt)
    st.append(Spacer(1, 14))
    st.append(P("Cette synthèse reprend les principaux enseignements des ateliers et de la séance "
                "plénière. Les verbatims ont été relus par leurs auteurs, qui ont souhaité rester anonymes.",
                note))
    st.append(PageBreak())
    # ---------------- page 2
    st.append(P("Atelier 1 – Associations et entreprises : dépasser le mécénat", h2))
    st.append(P("Animé par une déléguée régionale de l'Observatoire, l'atelier a réuni 84 participants. "
                "Point de départ : si 75 % des associations employeuses pratiquent le mécénat avec leurs "
                "partenaires, elles ne sont que 58 % à s'engager dans une coopération économique.", body))
    st += verbatim("« Nous avons signé 3 conventions en deux ans, mais la plus importante ne nous rapporte "
                   "que 5 000 € par an », a témoigné la présidente d'une association d'insertion.")
    st += verbatim("« Dans notre entreprise de 45 salariés, un tiers des équipes a participé à au moins une "
                   "action solidaire », a précisé un dirigeant de PME.")
    st.append(P("Les échanges ont fait ressortir un besoin de méthode : comment passer d'un soutien "
                "financier ponctuel à un projet construit ensemble, avec des objectifs partagés et une "
                "évaluation commune ? Plusieurs participants ont plaidé pour des conventions pluriannuelles, "
                "qui laissent le temps de construire la confiance.", body))
    st.append(P("Pistes retenues : des conventions plus longues ; un interlocuteur identifié de chaque côté ; "
                "une évaluation construite dès le départ, avec les bénéficiaires.", bl5))
    st.append(P("Atelier 2 – Les communes rurales, laboratoires de la coopération", h2))
    st.append(P("Trente-deux participants ont débattu des coopérations dans les communes de moins de "
                "2 000 habitants, dont les maires représentaient 84 % des répondants de l'étude conduite à "
                "l'automne 2024.", body))
    st += verbatim("« Chez nous, 250 habitants et 6 associations : sans la mairie, rien ne tient », a résumé "
                   "une maire de la Creuse.")
    st.append(P("Les participants ont souligné le rôle des intercommunalités, capables de mutualiser "
                "l'ingénierie dont les petites communes ne disposent pas, et celui des associations "
                "départementales, qui connaissent le terrain. La question de la mobilité, celle des "
                "bénévoles comme celle des habitants, est revenue à plusieurs reprises.", body))
    st.append(P("Pistes retenues : mutualiser l'ingénierie à l'échelle intercommunale ; reconnaître le "
                "temps passé par les élus bénévoles ; associer les commerçants et les artisans aux projets "
                "de village.", bl5))
    st.append(PageBreak())
    # ---------------- page 3
    st.append(P("Atelier 3 – Mesurer l'impact des alliances", h2))
    st.append(P("Avec 57 participants, l'atelier a présenté une grille d'évaluation testée dans 11 "
                "territoires pionniers ; 7 d'entre eux disposent déjà d'indicateurs partagés.", body))
    st.append(P("Invités à noter leurs pratiques, les participants ont attribué en moyenne 6,8/10 à la "
                "maturité de leurs outils d'évaluation, contre 7,4/10 à la qualité de leurs relations "
                "partenariales.", body))
    st += verbatim("« On mesure ce qui se compte facilement. La confiance, elle, ne se compte pas », a "
                   "observé une chargée de mission.")
    st.append(P("Pistes retenues : partager quelques indicateurs simples entre partenaires ; mesurer aussi "
                "la qualité de la relation ; publier les résultats, même décevants.", bl5))
    st.append(P("Atelier 4 – Fondations et territoires", h2))
    st.append(P("L'étude IMPACT Fondations &amp; Territoires, fondée sur 42 fondations interrogées, a servi "
                "de fil rouge. Parmi les 46 participants, 15 représentaient une fondation.", body))
    st.append(P("La Fondation des Territoires, créée le 14 juin 2022 sous l'égide de la Fondation de Lille "
                "par 21 co-fondateurs, a présenté ses trois missions.", body))
    st += verbatim("« En 2024, nous avons consacré 40 % de notre budget à des projets co-construits, contre "
                   "15 % en 2020 », a indiqué le directeur d'une fondation régionale.")
    st.append(P("Les fondations se voient de plus en plus comme des « tiers de confiance », capables de "
                "réunir autour d'une même table des acteurs qui ne se parlaient pas. Plusieurs intervenants "
                "ont plaidé pour des financements pluriannuels, seuls à même de laisser aux alliances le "
                "temps de produire leurs effets.", body))
    st.append(P("En fin d'après-midi, les rapporteurs des ateliers ont présenté leurs conclusions en séance "
                "plénière. Un même fil les relie : les acteurs savent pourquoi coopérer ; ils demandent "
                "désormais du temps, des méthodes et des lieux pour le faire.", body))
    st.append(PageBreak())
    # ---------------- page 4
    st.append(P("Le vote en séance plénière", h2))
    st.append(P("En clôture, 214 participants ont voté à l'aide de boîtiers électroniques sur la "
                "proposition suivante : « Chaque intercommunalité devrait disposer d'un lieu permanent de "
                "dialogue entre associations, entreprises et collectivités. »", body))
    st.append(P("Résultats du vote (en % des votants)", cap))
    st.append(data_table([
        ['Réponse', 'Ensemble', 'Associations', 'Entreprises', 'Collectivités'],
        ['Pour', '71 %', '78 %', '62 %', '69 %'],
        ['Contre', '18 %', '12 %', '27 %', '20 %'],
    ], [cw5 - 4 * 90, 90, 90, 90, 90], TEAL))
    st.append(Spacer(1, 4))
    st.append(P("Note : les abstentions représentent 11 % des votants ; les votants sans rattachement déclaré "
                "sont comptés dans l'ensemble seulement. Lecture : 78 % des votants issus d'associations ont "
                "approuvé la proposition.", note))
    st.append(P("Conclusions", h2))
    st.append(P("En conclusion, le président de séance a rappelé que 81 % des Français et 84 % des "
                "dirigeants de TPE et de PME jugent utile de co-construire pour sortir de la crise.", body))
    st += verbatim("« La question n'est plus de savoir s'il faut coopérer, mais comment », a-t-il conclu.")
    st.append(P("Les grands témoins de la journée ont insisté sur un point : la coopération ne remplace pas "
                "l'action publique, elle la prolonge. Elle suppose que chacun reste dans son rôle, tout en "
                "acceptant de partager une partie de ses décisions avec d'autres.", body))
    st.append(P("Et après ?", h2))
    st.append(P("Les actes complets seront publiés au printemps 2026. La onzième édition des Rencontres aura "
                "lieu en décembre 2026 ; elle sera consacrée à la place des habitants dans les alliances "
                "territoriales.", body))
    st.append(Spacer(1, 10))
    st.append(box([P("Remerciements", S('rh5', 'DVB', 10, 13, TEAL, after=4)),
                   P("L'Observatoire remercie les intervenants, les rapporteurs des ateliers et l'ensemble "
                     "des participants, ainsi que les partenaires qui ont rendu possible l'organisation de "
                     "cette journée. Les supports présentés sont disponibles sur demande.", body)],
                  TEAL_L, pad=10))
    doc.build(st)
    return fname


EXPECTED = {'obs-s97-01-note-conjoncture.pdf': 4, 'obs-s97-02-plaquette-programme.pdf': 3,
            'obs-s97-03-tableau-classes-taille.pdf': 3, 'obs-s97-04-tribune.pdf': 2,
            'obs-s97-05-synthese-colloque.pdf': 4}

if __name__ == '__main__':
    from pypdf import PdfReader
    os.makedirs(OUT, exist_ok=True)
    for fn in (doc01, doc02, doc03, doc04, doc05):
        name = fn()
        n = len(PdfReader(os.path.join(OUT, name)).pages)
        assert n == EXPECTED[name], (name, n)
        print(name, n, 'pages')
