# -*- coding: utf-8 -*-
"""Générateur déterministe des 6 PDF du jeu aveugle s68.

Usage : /work/main/.venv/bin/python make_docs.py [dossier_de_sortie]
Aucune date d'exécution, aucun hasard : deux exécutions donnent les mêmes octets.
"""
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY
from reportlab.platypus import Paragraph, Frame, Table, TableStyle, Spacer
from reportlab.platypus.flowables import Flowable

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
W, H = A4
FD = '/usr/share/fonts/truetype/dejavu/'

for name, f in [('DV', 'DejaVuSans.ttf'), ('DV-B', 'DejaVuSans-Bold.ttf'),
                ('DV-I', 'DejaVuSans-Oblique.ttf'), ('DV-BI', 'DejaVuSans-BoldOblique.ttf'),
                ('DVC', 'DejaVuSansCondensed.ttf'), ('DVC-B', 'DejaVuSansCondensed-Bold.ttf'),
                ('DVC-I', 'DejaVuSansCondensed-Oblique.ttf'), ('DVC-BI', 'DejaVuSansCondensed-BoldOblique.ttf'),
                ('DS', 'DejaVuSerif.ttf'), ('DS-B', 'DejaVuSerif-Bold.ttf'),
                ('DS-I', 'DejaVuSerif-Italic.ttf'), ('DS-BI', 'DejaVuSerif-BoldItalic.ttf')]:
    pdfmetrics.registerFont(TTFont(name, FD + f))
for fam in ('DV', 'DVC', 'DS'):
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + '-B')
    addMapping(fam, 0, 1, fam + '-I')
    addMapping(fam, 1, 1, fam + '-BI')

NB = '\u00a0'


def nb(s):
    """Espaces insécables : dans les nombres, avant % € : ; ! ? », après «, autour de « = »."""
    s = re.sub(r'(?<=\d) (?=\d{3}(?!\d))', NB, s)
    s = re.sub(r' (?=[%€:;!?»])', NB, s)
    s = s.replace('« ', '«' + NB)
    s = re.sub(r'(?<=\d) (?=(M€|k€|€|%))', NB, s)
    s = s.replace(' = ', NB + '=' + NB)
    s = re.sub(r'\bn° ', 'n°' + NB, s)
    return s


def st(name, font='DV', size=9.5, leading=None, align=TA_LEFT, color=colors.black, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3,
                          alignment=align, textColor=color, **kw)


class Overflow(Exception):
    pass


def para(c, text, style, x, ytop, w, ybot=None):
    """Dessine un paragraphe dont le haut est en ytop ; renvoie sa hauteur.
    Lève Overflow si le bas descend sous ybot (rien ne doit déborder)."""
    p = Paragraph(nb(text), style)
    _, h = p.wrap(w, 100000)
    if ybot is not None and ytop - h < ybot - 0.01:
        raise Overflow('%r dépasse (%.1f < %.1f)' % (text[:50], ytop - h, ybot))
    p.drawOn(c, x, ytop - h)
    return h


def par_h(text, style, w):
    p = Paragraph(nb(text), style)
    return p.wrap(w, 100000)[1]


def txt(c, x, y, s, font='DV', size=9, color=colors.black, align='left'):
    c.setFont(font, size)
    c.setFillColor(color)
    s = nb(s)
    if align == 'left':
        c.drawString(x, y, s)
    elif align == 'right':
        c.drawRightString(x, y, s)
    else:
        c.drawCentredString(x, y, s)
    c.setFillColor(colors.black)


def fill_frame(fr, story, c):
    """Remplit un cadre en coupant le dernier élément (paragraphe, tableau) s'il ne tient pas."""
    while story:
        head = story[0]
        if fr.add(head, c, trySplit=0):
            story.pop(0)
            continue
        parts = fr.split(head, c)
        if parts:
            story[0:1] = parts
            if fr.add(story[0], c, trySplit=0):
                story.pop(0)
        break


def new_canvas(fname, title, subject):
    c = canvas.Canvas(os.path.join(OUT, fname), pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor('Observatoire des partenariats (jeu de démonstration s68)')
    c.setSubject(subject)
    c.setCreator('make_docs.py s68')
    return c


# couleurs
TEAL = colors.HexColor('#1f6f78')
TEAL_L = colors.HexColor('#d9ecee')
ORANGE = colors.HexColor('#d9822b')
ORANGE_L = colors.HexColor('#fbe9d7')
GREY = colors.HexColor('#666666')
GREY_L = colors.HexColor('#eeeeee')
NAVY = colors.HexColor('#23395b')

# ---------------------------------------------------------------------------
# Document 1 : frise chronologique (brochure)
# ---------------------------------------------------------------------------

S1_EV = st('s1ev', size=9.2, leading=12.2)
S1_EVB = st('s1evb', font='DV-B', size=9.2, leading=12.2, color=TEAL)
S1_NOTE = st('s1note', size=7.4, leading=9.4, color=GREY)
S1_BOX = st('s1box', size=8.6, leading=11.2)


def doc1():
    c = new_canvas('obs-s68-01-frise-chronologique.pdf',
                   'Vingt ans d\'alliances : les grandes dates',
                   'Frise chronologique 2006-2024')
    BAND_X, BAND_W = 36, 64
    LANE_X = 106
    EV_X = 150
    EV_W = W - 40 - EV_X

    def furniture(printed, section):
        c.setFillColor(TEAL)
        c.rect(0, H - 30, W, 30, stroke=0, fill=1)
        txt(c, 36, H - 20, 'REPÈRES  ·  Vingt ans d\'alliances, 2006-2024', 'DV-B', 9, colors.white)
        txt(c, W - 36, H - 20, 'Collection « Repères » n° 7', 'DV', 8.5, colors.white, 'right')
        # bande des années
        c.setFillColor(TEAL_L)
        c.rect(BAND_X, 44, BAND_W, H - 30 - 44 - 8, stroke=0, fill=1)
        c.setFillColor(colors.black)
        # pied de page : numéro imprimé
        c.setStrokeColor(GREY)
        c.line(36, 36, W - 36, 36)
        txt(c, W - 36, 24, printed, 'DV-B', 10, TEAL, 'right')
        txt(c, 36, 24, 'Observatoire des partenariats  —  ' + section, 'DV', 7.5, GREY)

    def decade(y, label):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(BAND_X, y - 16, W - 40 - BAND_X, 16, stroke=0, fill=1)
        txt(c, EV_X, y - 12, label, 'DV-B', 9, colors.white)
        c.restoreState()
        return y - 22

    def year_row(y, year, items, ybot):
        """items : liste de (texte, style). Renvoie (y_haut, y_bas)."""
        top = y
        txt(c, BAND_X + 6, y - 16, year, 'DV-B', 17, NAVY)
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.6)
        c.line(BAND_X + BAND_W, y - 10, EV_X - 6, y - 10)
        for t, s in items:
            h = para(c, t, s, EV_X, y - 2, EV_W, ybot)
            y -= h + 4
        y -= 6
        c.setStrokeColor(colors.HexColor('#bbbbbb'))
        c.setLineWidth(0.3)
        c.line(EV_X, y + 3, W - 40, y + 3)
        return top, y

    def bar(x, y1, y2, label, color, cont_top=False, cont_bot=False):
        c.saveState()
        c.setFillColor(color)
        c.rect(x, y2, 11, y1 - y2, stroke=0, fill=1)
        c.setFillColor(colors.white)
        size = 7
        while size > 5 and pdfmetrics.stringWidth(nb(label), 'DVC-B', size) > (y1 - y2) - 8:
            size -= 0.5
        if pdfmetrics.stringWidth(nb(label), 'DVC-B', size) <= (y1 - y2) - 8:
            c.setFont('DVC-B', size)
            c.translate(x + 3 + size * 0.75, (y1 + y2) / 2)
            c.rotate(90)
            c.drawCentredString(0, 0, nb(label))
        c.restoreState()
        if cont_bot:
            txt(c, x + 5.5, y2 - 9, '▼', 'DV', 7, color, 'center')
        if cont_top:
            txt(c, x + 5.5, y1 + 3, '▲', 'DV', 7, color, 'center')

    # ---------------- page 1 (imprimée 22)
    furniture('22', 'Frise chronologique')
    y = H - 48
    y -= para(c, 'Vingt ans d\'alliances : les grandes dates', st('t', font='DS-B', size=20, leading=24, color=NAVY),
              EV_X, y, EV_W)
    y -= 4
    y -= para(c, 'De la naissance du RAMEAU à l\'enquête IMPACTS &amp; TRAJECTOIRES, les étapes qui ont '
                 'construit la connaissance des partenariats entre associations, entreprises, collectivités '
                 'et fondations. Les barres verticales signalent les programmes qui courent sur plusieurs années.',
              st('chap', font='DS-I', size=9.5, leading=12.5, color=GREY), EV_X, y, EV_W)
    y -= 10
    y = decade(y, 'ANNÉES 2000')
    YB = 118
    rows = {}
    rows['2006'] = year_row(y, '2006', [
        ('Naissance du RAMEAU', S1_EVB),
        ('L\'association, reconnue d\'intérêt général, se présente comme un « laboratoire de recherche '
         'empirique » consacré aux alliances. Elle se fixe trois missions, dont la première est de témoigner, '
         'et recensera au fil des années plus de 1 000 exemples inspirants.', S1_EV)], YB)
    y = rows['2006'][1]
    rows['2007'] = year_row(y, '2007', [
        ('Une première date de naissance ¹', S1_EVB),
        ('Les publications de la première période (l\'étude ARPEA Entreprises &amp; Territoires de janvier 2011, '
         'le rapport quinquennal de décembre 2012) parlent d\'un « Observatoire national des partenariats '
         'associations / entreprises » créé en 2007.', S1_EV)], YB)
    y = rows['2007'][1]
    rows['2008'] = year_row(y, '2008', [
        ('Création de l\'Observatoire des partenariats', S1_EVB),
        ('L\'Observatoire est créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF '
         'et le Mouvement associatif. Sa direction scientifique est confiée, à titre bénévole, à Anne Robin, '
         'fondatrice de COMISIS. Premier plan quinquennal : ARPEA (2008-2012). Cette année-là, 86 % des '
         'Français jugent urgent de créer des partenariats.', S1_EV)], YB)
    y = rows['2008'][1] - 4
    y = decade(y, 'ANNÉES 2010')
    rows['2010'] = year_row(y, '2010', [
        ('« Agir ensemble en Territoire »', S1_EVB),
        ('La démarche naît à la suite de l\'étude ARPEA-Collectivités locales (Comisis-OpinionWay). Trois '
         'territoires pilotes : l\'Alsace avec Alsace Active, le Poitou-Charentes avec le Groupe La Poste, '
         'et Paris-Est Marne &amp; Bois.', S1_EV)], YB)
    y = rows['2010'][1]
    rows['2011'] = year_row(y, '2011', [
        ('Janvier : ARPEA Entreprises &amp; Territoires', S1_EVB),
        ('21 % des entreprises développent des partenariats avec des associations, 33 % souhaitent le faire '
         'et 46 % ne le souhaitent pas.', S1_EV)], YB)
    y = rows['2011'][1]
    rows['2012'] = year_row(y, '2012', [
        ('11 décembre : le rapport quinquennal', S1_EVB),
        ('Il referme les 10 volets d\'ARPEA. Les Français qui jugent urgent de créer des partenariats sont '
         'désormais 84 %.', S1_EV)], YB)
    y = rows['2012'][1]
    rows['2013'] = year_row(y, '2013', [
        ('Deuxième plan : PHARE (2013-2018) ²', S1_EVB),
        ('Le deuxième plan quinquennal prend le relais d\'ARPEA ; ses premiers volets nationaux paraîtront '
         'en 2015.', S1_EV)], YB)
    y = rows['2013'][1]
    txt(c, W - 40, y - 8, 'Les années 2010 continuent page 23  →', 'DV-I', 8, TEAL, 'right')
    # barres qui courent sur plusieurs années
    bar(LANE_X, rows['2008'][0] - 4, rows['2012'][1] + 6, 'ARPEA 2008 → 2012', ORANGE)
    bar(LANE_X + 14, rows['2013'][0] - 4, YB - 4, 'PHARE 2013 →', TEAL, cont_bot=True)
    # notes de bas de page
    c.setStrokeColor(GREY)
    c.line(EV_X, 96, EV_X + 120, 96)
    para(c, '¹ Les documents plus récents retiennent 2008 ; l\'un d\'eux résume : « créé en 2008 par Le RAMEAU en '
            'partenariat avec la Caisse des Dépôts ».<br/>² Certaines présentations datent PHARE de 2013-2017, '
            'et non de 2013-2018.', S1_NOTE, EV_X, 92, EV_W, 40)
    c.showPage()

    # ---------------- page 2 (imprimée 23)
    furniture('23', 'Frise chronologique')
    y = H - 44
    y = decade(y, 'ANNÉES 2010 (suite)')
    YB = 60
    rows = {}
    rows['2014'] = year_row(y, '2014', [
        ('Début d\'année : l\'état des lieux', S1_EVB),
        ('Publication du rapport d\'état des lieux des partenariats associations-entreprises demandé par la '
         'ministre Valérie Fourneyron.', S1_EV)], YB)
    y = rows['2014'][1]
    rows['2015'] = year_row(y, '2015', [
        ('Les trois premiers volets de PHARE', S1_EVB),
        ('PHARE-Citoyens en septembre, PHARE-Entreprises en octobre, PHARE-Associations en novembre. '
         'D\'après PHARE-Citoyens, 69 % des Français reconnaissent un « devoir d\'alliance ».', S1_EV)], YB)
    y = rows['2015'][1]
    rows['2016'] = year_row(y, '2016', [
        ('L\'année des territoires', S1_EVB),
        ('13 rapports régionaux et, en juillet, des diagnostics sectoriels. Le 29 novembre, PHARE-Institutions '
         'dessine 5 profils de maires ; 87 % des maires voient dans les partenariats une source d\'innovation.',
         S1_EV)], YB)
    y = rows['2016'][1]
    rows['2017'] = year_row(y, '2017', [
        ('Mars : « Associations &amp; Partenariats »', S1_EVB),
        ('Étude réalisée avec Recherches &amp; Solidarités. En novembre, lancement du troisième plan '
         'quinquennal, IMPACT (2018-2022).', S1_EV)], YB)
    y = rows['2017'][1]
    rows['2018'] = year_row(y, '2018', [
        ('Juillet : la préfiguration de la Fondation des Territoires', S1_EVB),
        ('Elle se déroule en trois étapes : juillet 2018-juillet 2019, août 2019-novembre 2020, '
         'décembre 2020-mai 2022.', S1_EV)], YB)
    y = rows['2018'][1]
    rows['2019'] = year_row(y, '2019', [
        ('FNAF 2019 : une mission ministérielle', S1_EVB),
        ('Gabriel Attal la confie à Cathy Racon-Bouzon et à Charles-Benoît Heidsieck, président-fondateur '
         'du RAMEAU.', S1_EV)], YB)
    y = rows['2019'][1]
    # encadré IMPACT
    bx_top = y - 10
    bx_txt = ('<font name="DV-B" color="#1f6f78">Zoom — le programme IMPACT</font><br/>'
              'Mené avec la Caisse des Dépôts, l\'Institut CDC pour la Recherche, le Groupe La Poste, '
              'la Fondation TOTAL et Le RAMEAU, il s\'organise autour de trois axes : l\'innovation sociétale '
              'et territoriale, la performance des organisations et la confiance. Ses indicateurs portent sur '
              'l\'innovation, la performance et la confiance.')
    hb = par_h(bx_txt, S1_BOX, EV_W - 16)
    if bx_top - hb - 12 < YB:
        raise Overflow('encadré IMPACT')
    c.setFillColor(ORANGE_L)
    c.setStrokeColor(ORANGE)
    c.rect(EV_X, bx_top - hb - 12, EV_W, hb + 12, stroke=1, fill=1)
    c.setFillColor(colors.black)
    para(c, bx_txt, S1_BOX, EV_X + 8, bx_top - 6, EV_W - 16)
    # illustration (emplacement) avec sa légende décalée sous la marge
    iy = bx_top - hb - 30
    c.setFillColor(GREY_L)
    c.rect(EV_X, 150, EV_W, iy - 150, stroke=0, fill=1)
    txt(c, EV_X + EV_W / 2, (150 + iy) / 2, '[ illustration : carte de France des rapports régionaux ]', 'DV-I', 8.5,
        GREY, 'center')
    para(c, 'Ci-dessus : en 2016, 13 rapports régionaux complètent les volets nationaux de PHARE.',
         S1_NOTE, EV_X, 140, EV_W, 100)
    txt(c, W - 40, YB - 8, 'Les années 2020 page 24  →', 'DV-I', 8, TEAL, 'right')
    bar(LANE_X + 14, H - 66, rows['2018'][0] - 14, 'PHARE → 2018', TEAL, cont_top=True)
    bar(LANE_X, rows['2017'][1] + 4, YB - 4, 'IMPACT 2018 →', ORANGE, cont_bot=True)
    bar(LANE_X + 14, rows['2018'][0] - 4, YB - 4, 'préfiguration →', NAVY, cont_bot=True)
    c.showPage()

    # ---------------- page 3 (imprimée 24)
    furniture('24', 'Frise chronologique')
    y = H - 44
    y = decade(y, 'ANNÉES 2020')
    YB = 60
    rows = {}
    rows['2020'] = year_row(y, '2020', [
        ('Rapport, bilan et Fonds ODD 17', S1_EVB),
        ('Le rapport de la mission ministérielle est remis le 7 mai ; son bilan est dressé le 17 octobre. '
         'Le RAMEAU et la Fondation TotalEnergies co-créent le Fonds ODD 17. En novembre, l\'étude '
         'IMPACT-Elus locaux (Comisis-OpinionWay) donne naissance à une fiche-repère.', S1_EV)], YB)
    y = rows['2020'][1]
    rows['2021'] = year_row(y, '2021', [
        ('30 novembre 2021 : la Charte du faire alliance', S1_EVB),
        ('Le jour du Giving Tuesday, la Charte est lancée à Saint-Maurice (Paris-Est Marne &amp; Bois), au cours '
         'd\'une soirée VitaWin, après trois mois de co-construction pilotés par la Fondation des Territoires.',
         S1_EV)], YB)
    y = rows['2021'][1]
    rows['2022'] = year_row(y, '2022', [
        ('14 juin : la Fondation des Territoires voit le jour', S1_EVB),
        ('Créée sous l\'égide de la Fondation de Lille, elle réunit 21 co-fondateurs et se donne trois '
         'missions. Fin du plan IMPACT.', S1_EV)], YB)
    y = rows['2022'][1]
    rows['2024'] = year_row(y, '2024', [
        ('Novembre : IMPACTS &amp; TRAJECTOIRES – Elus locaux', S1_EVB),
        ('Une enquête téléphonique auprès de 302 maires mesure la dynamique des territoires.', S1_EV)], YB)
    y = rows['2024'][1]
    bar(LANE_X, H - 66, rows['2022'][1] + 6, 'IMPACT → 2022', ORANGE, cont_top=True)
    bar(LANE_X + 14, H - 66, rows['2022'][0] - 14, '→ mai 2022', NAVY, cont_top=True)
    # glossaire
    y -= 14
    y -= para(c, 'Sigles et appellations', st('h', font='DS-B', size=12, leading=15, color=NAVY), EV_X, y, EV_W)
    y -= 4
    gl = [
        '<b>ARPEA</b> — le sigle a connu trois développements selon les documents : « Analyse des Relations et '
        'des Partenariats entre Entreprises et Associations » (rapport quinquennal), « Analyser les Relations '
        'Partenariales entre Entreprises et Associations » et « Analyse des Relations Associations-Entreprises ». '
        'Le programme comptait 10 volets.',
        '<b>PHARE</b> — deuxième plan quinquennal, en 6 volets : Citoyens (septembre 2015), Entreprises '
        '(octobre 2015), Associations (novembre 2015), 13 rapports régionaux (2016), diagnostics sectoriels '
        '(juillet 2016), Institutions (automne 2016).',
        '<b>IMPACT</b> — troisième plan quinquennal (2018-2022), lancé en novembre 2017.',
    ]
    for g in gl:
        y -= para(c, g, S1_BOX, EV_X, y, EV_W, YB) + 5
    y -= 8
    para(c, 'Frise établie à partir des publications de l\'Observatoire des partenariats et du RAMEAU. '
            'Conception graphique : atelier de la collection « Repères ». Les dates sans jour précis sont '
            'données au mois près.', S1_NOTE, EV_X, y, EV_W, YB)
    c.showPage()
    c.save()

# ---------------------------------------------------------------------------
# Document 2 : résultats d'enquêtes, façon rapport de graphiques
# ---------------------------------------------------------------------------

S2_TXT = st('s2txt', size=9, leading=12, align=TA_JUSTIFY)
S2_SMALL = st('s2small', size=7.3, leading=9.2, color=GREY)
S2_H = st('s2h', font='DV-B', size=13, leading=16, color=NAVY)
S2_CT = st('s2ct', font='DV-B', size=9, leading=11.5, color=TEAL)


def hbar(c, x, ytop, w, items, vmax, ticks, title, base, label_w=118, bar_h=17, gap=8,
         fmt_tick=lambda t: '%d %%' % t, split_text=True, color=TEAL):
    """Histogramme horizontal. items : (étiquette, valeur affichée, valeur numérique).
    split_text=True : toutes les étiquettes d'abord, puis les valeurs (comme un logiciel de graphiques)."""
    y = ytop
    if title:
        y -= para(c, title, S2_CT, x, y, w) + 4
    plot_x = x + label_w
    plot_w = w - label_w - 34
    n = len(items)
    top_plot = y
    ys = [top_plot - (i + 1) * bar_h - i * gap for i in range(n)]
    bottom = ys[-1] - 4
    # grille et graduations
    c.setStrokeColor(colors.HexColor('#cccccc'))
    c.setLineWidth(0.4)
    for t in ticks:
        tx = plot_x + plot_w * t / vmax
        c.line(tx, bottom, tx, top_plot)
    c.setStrokeColor(colors.black)
    c.line(plot_x, bottom, plot_x + plot_w, bottom)
    # barres
    for (lab, vs, v), yy in zip(items, ys):
        c.setFillColor(color)
        c.rect(plot_x, yy, plot_w * v / vmax, bar_h, stroke=0, fill=1)
    c.setFillColor(colors.black)
    labels = [(lab, yy) for (lab, vs, v), yy in zip(items, ys)]
    values = [(vs, plot_x + plot_w * v / vmax + 4, yy) for (lab, vs, v), yy in zip(items, ys)]
    if split_text:
        for lab, yy in labels:
            txt(c, plot_x - 5, yy + 3.5, lab, 'DVC', 8, colors.black, 'right')
        for vs, vx, yy in values:
            txt(c, vx, yy + 3.5, vs, 'DV-B', 8, NAVY)
    else:
        for (lab, yy), (vs, vx, _) in zip(labels, values):
            txt(c, plot_x - 5, yy + 3.5, lab, 'DVC', 8, colors.black, 'right')
            txt(c, vx, yy + 3.5, vs, 'DV-B', 8, NAVY)
    for t in ticks:
        tx = plot_x + plot_w * t / vmax
        txt(c, tx, bottom - 9, fmt_tick(t), 'DVC', 6.5, GREY, 'center')
    y = bottom - 14
    if base:
        y -= para(c, base, st('base', font='DV-I', size=7.2, leading=9, color=GREY), plot_x, y, w - label_w)
    return ytop - y


def doc2():
    c = new_canvas('obs-s68-02-resultats-enquetes.pdf',
                   'Les partenariats en chiffres : cahier de résultats',
                   'Résultats d\'enquêtes présentés en graphiques')
    L, R = 46, W - 46
    CW = R - L

    def furniture(printed, rubrique):
        c.setFillColor(NAVY)
        c.rect(0, H - 26, W, 26, stroke=0, fill=1)
        txt(c, L, H - 17, 'CAHIER DE RÉSULTATS  ·  Les partenariats en chiffres', 'DV-B', 8.5, colors.white)
        txt(c, R, H - 17, rubrique, 'DV', 8, colors.white, 'right')
        c.setStrokeColor(NAVY)
        c.line(L, 34, R, 34)
        txt(c, W / 2, 22, '— ' + printed + ' —', 'DV', 8.5, NAVY, 'center')
        txt(c, R, 22, 'Observatoire des partenariats', 'DV-I', 7, GREY, 'right')

    # ---------------- page 1 (imprimée 8)
    furniture('8', 'Citoyens')
    y = H - 52
    y -= para(c, '1. Ce que pensent les Français : PHARE-Citoyens', S2_H, L, y, CW) + 6
    y -= para(c, 'Publiée en septembre 2015, l\'enquête PHARE-Citoyens ouvre le deuxième programme de '
                 'l\'Observatoire. Elle mesure d\'abord les priorités des Français pour leur territoire, puis les '
                 'domaines où ils jugent l\'impact des partenariats le plus fort.', S2_TXT, L, y, CW - 150) + 10
    # chiffre-clé à droite
    c.setFillColor(ORANGE_L)
    c.rect(R - 136, H - 150, 136, 86, stroke=0, fill=1)
    txt(c, R - 68, H - 106, '69 %', 'DV-B', 26, ORANGE, 'center')
    para(c, 'des Français reconnaissent un « devoir d\'alliance » (PHARE-Citoyens, sept. 2015)',
         st('kc', size=7.6, leading=9.5, align=TA_CENTER), R - 130, H - 114, 124)
    y = min(y, H - 160)
    y -= hbar(c, L, y, CW, [
        ('Emploi', '7,1', 7.1), ('Pouvoir d\'achat', '6,6', 6.6), ('Sécurité *', '6,6', 6.6),
        ('Développement éco.', '6,5', 6.5), ('Environnement', '6,3', 6.3), ('Exclusion', '6,3', 6.3)],
        10, [0, 2, 4, 6, 8, 10], 'Graphique 1 — Priorités pour le territoire (note moyenne sur 10)',
        'n = plus de 2 000 personnes interrogées', fmt_tick=lambda t: str(t))
    y -= 2
    y -= para(c, '* Une autre présentation des mêmes résultats attribue à la sécurité une note de 7/10.',
              S2_SMALL, L + 118, y, CW - 118) + 16
    # graphique 2 sans titre : la légende est imprimée page suivante
    txt(c, L, y - 8, 'Impact jugé fort  ▸', 'DV-B', 8.5, TEAL)
    y -= 16
    y -= hbar(c, L, y, CW, [
        ('Emploi', '49 %', 49), ('Développement éco.', '46 %', 46), ('Environnement', '42 %', 42),
        ('Précarité', '36 %', 36), ('Éducation', '36 %', 36)],
        60, [0, 10, 20, 30, 40, 50, 60], None, 'n = plus de 2 000 personnes interrogées', color=ORANGE)
    y -= 8
    if y < 50:
        raise Overflow('doc2 p1')
    para(c, 'Lecture : la note mesure l\'importance accordée à chaque enjeu ; le pourcentage, la part des personnes '
            'qui jugent fort l\'impact des partenariats dans le domaine.', S2_SMALL, L, y, CW, 42)
    c.showPage()

    # ---------------- page 2 (imprimée 9)
    furniture('9', 'Associations')
    y = H - 46
    y -= para(c, '<font name="DV-B">Graphique 2 (page précédente)</font> — Domaines dans lesquels l\'impact des '
                 'partenariats est jugé fort, en % des personnes interrogées. Source : PHARE-Citoyens (2015).',
              S2_SMALL, L, y, CW) + 14
    y -= para(c, '2. Les associations et leurs partenaires', S2_H, L, y, CW) + 6
    y -= para(c, 'Réalisée par Recherches &amp; Solidarités et Le RAMEAU, l\'étude « Associations &amp; Partenariats » '
                 '(mars 2017) s\'appuie sur une enquête conduite en mai-juin 2016. Une association compte en moyenne '
                 '2,5 partenaires ; les collectivités arrivent en tête.', S2_TXT, L, y, CW) + 12
    y -= hbar(c, L, y, CW, [
        ('Collectivités', '74 %', 74), ('Assoc. / fondations', '72 %', 72), ('Enseignement', '47 %', 47),
        ('Entreprises', '28 %', 28), ('Insertion', '22 %', 22), ('Recherche', '9 %', 9)],
        80, [0, 20, 40, 60, 80], 'Graphique 3 — Types de partenaires des associations (%)',
        'n = plus de 1 380 responsables associatifs')
    y -= 16
    # graphique 4 : barres verticales
    y -= para(c, 'Graphique 4 — Part des associations ayant un partenariat avec une entreprise, selon le budget',
              S2_CT, L, y, CW) + 6
    gx, gw, gh = L + 150, 220, 170
    base_y = y - gh - 10
    c.setStrokeColor(colors.HexColor('#cccccc'))
    for t in (0, 20, 40, 60):
        yy = base_y + gh * t / 60
        c.line(gx, yy, gx + gw, yy)
        txt(c, gx - 4, yy - 2.5, '%d %%' % t, 'DVC', 6.5, GREY, 'right')
    for i, (lab, vs, v) in enumerate([('Budget < 10 000 €', '20 %', 20), ('Budget > 150 000 €', '50 %', 50)]):
        bx = gx + 35 + i * 100
        c.setFillColor(TEAL if i else ORANGE)
        c.rect(bx, base_y, 50, gh * v / 60, stroke=0, fill=1)
        txt(c, bx + 25, base_y + gh * v / 60 + 4, vs, 'DV-B', 8.5, NAVY, 'center')
        txt(c, bx + 25, base_y - 11, lab, 'DVC', 7.5, colors.black, 'center')
    y = base_y - 24
    y -= para(c, 'n = plus de 1 380 responsables associatifs (enquête mai-juin 2016)',
              st('b2', font='DV-I', size=7.2, leading=9, color=GREY), gx, y, CW - 150) + 10
    c.setFillColor(TEAL_L)
    c.rect(L, y - 40, CW, 40, stroke=0, fill=1)
    para(c, '<b>À retenir</b> — la moitié des associations dont le budget dépasse 150 000 € ont un partenariat '
            'avec une entreprise, contre une sur cinq parmi celles qui disposent de moins de 10 000 €.',
         st('ar', size=8.5, leading=11), L + 8, y - 6, CW - 16)
    if y - 40 < 44:
        raise Overflow('doc2 p2')
    c.showPage()

    # ---------------- page 3 (imprimée 10)
    furniture('10', 'Associations employeuses · Élus')
    y = H - 52
    y -= para(c, '3. Associations employeuses et élus locaux', S2_H, L, y, CW) + 6
    y -= para(c, 'L\'étude IMPACT – Associations &amp; Territoires porte sur les 148 000 associations employeuses : '
                 '98 % d\'entre elles ont des partenariats.', S2_TXT, L, y, CW) + 10
    y -= hbar(c, L, y, CW, [
        ('Collectivités', '89 %', 89), ('Struct. d\'intérêt général', '73 %', 73),
        ('Étab. scolaires', '70 %', 70), ('Collectifs d\'assoc.', '56 %', 56),
        ('Acteurs publics nat.', '52 %', 52), ('Fédérations prof.', '37 %', 37), ('Académiques', '35 %', 35)],
        100, [0, 25, 50, 75, 100], 'Graphique 5 — Avec qui les associations employeuses sont-elles partenaires ? (%)',
        'n = 148 000 associations employeuses (champ de l\'étude)', bar_h=14, gap=6)
    y -= 10
    # mini-tableau échelle / nature
    data = [['Échelle', '%', 'Nature du partenariat', '%'],
            ['Local', '73 %', 'Mécénat', '75 %'],
            ['Régional', '47 %', 'Innovation sociétale', '73 %'],
            ['', '', 'Pratiques responsables', '70 %'],
            ['', '', 'Coopération économique', '58 %']]
    data = [[nb(x) for x in row] for row in data]
    t = Table(data, colWidths=[90, 50, 160, 50])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DVC', 8), ('FONT', (0, 0), (-1, 0), 'DVC-B', 8),
                           ('BACKGROUND', (0, 0), (-1, 0), TEAL_L), ('ALIGN', (1, 0), (1, -1), 'RIGHT'),
                           ('ALIGN', (3, 0), (3, -1), 'RIGHT'), ('LINEBELOW', (0, 0), (-1, 0), 0.5, TEAL),
                           ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)]))
    tw, th = t.wrap(CW, 500)
    txt(c, L, y - 9, 'Tableau — échelle et nature des partenariats des associations employeuses', 'DV-B', 8.5, TEAL)
    t.drawOn(c, L + 60, y - 14 - th)
    y -= th + 20
    txt(c, L + 60, y - 4, 'n = 148 000 associations employeuses', 'DV-I', 7.2, GREY)
    y -= 20
    # graphique 6 : barre empilée élus
    y -= para(c, 'Graphique 6 — Les maires et la dynamique de leur territoire (IMPACTS &amp; TRAJECTOIRES – '
                 'Elus locaux, novembre 2024)', S2_CT, L, y, CW) + 8
    sx, sw = L + 118, CW - 118 - 30
    c.setFillColor(TEAL)
    c.rect(sx, y - 16, sw * 0.35, 16, stroke=0, fill=1)
    c.setFillColor(colors.HexColor('#7fb3ba'))
    c.rect(sx + sw * 0.35, y - 16, sw * 0.56, 16, stroke=0, fill=1)
    c.setFillColor(GREY_L)
    c.rect(sx + sw * 0.91, y - 16, sw * 0.09, 16, stroke=0, fill=1)
    txt(c, sx - 5, y - 11.5, 'Territoire en mouvement', 'DVC', 8, colors.black, 'right')
    txt(c, sx + sw * 0.175, y - 11.5, '35 %', 'DV-B', 8, colors.white, 'center')
    txt(c, sx + sw * 0.63, y - 11.5, '56 %', 'DV-B', 8, colors.white, 'center')
    txt(c, sx + sw + 4, y - 11.5, '91 %', 'DV-B', 9, NAVY)
    y -= 28
    txt(c, sx, y, '■', 'DVC', 8, TEAL)
    txt(c, sx + 10, y, 'fortement', 'DVC', 7, GREY)
    txt(c, sx + 55, y, '■', 'DVC', 8, colors.HexColor('#7fb3ba'))
    txt(c, sx + 65, y, 'ni plus ni moins', 'DVC', 7, GREY)
    txt(c, sx + 135, y, '(total : 91 % des maires)', 'DVC', 7, GREY)
    y -= 12
    y -= para(c, 'n = 302 maires ; 84 % des répondants administrent une commune de moins de 2 000 habitants',
              st('b6', font='DV-I', size=7.2, leading=9, color=GREY), sx, y, CW - 118) + 14
    # note de méthode, calée en bas de page
    if y < 130:
        raise Overflow('doc2 p3')
    y = 118
    c.setStrokeColor(GREY)
    c.line(L, y, R, y)
    y -= 4
    meth = ('<b>Note de méthode.</b> PHARE-Citoyens : enquête publiée en septembre 2015 auprès de plus de 2 000 '
            'personnes. « Associations &amp; Partenariats » : Recherches &amp; Solidarités et Le RAMEAU, '
            'questionnaire diffusé en mai-juin 2016 auprès de plus de 1 380 responsables associatifs, résultats '
            'publiés en mars 2017. IMPACT – Associations &amp; Territoires : champ des 148 000 associations '
            'employeuses. IMPACTS &amp; TRAJECTOIRES – Elus locaux : 302 maires interrogés par téléphone du '
            '30 septembre au 28 octobre 2024. Les pourcentages sont arrondis à l\'unité ; une même organisation '
            'pouvant avoir plusieurs partenaires, les totaux des graphiques 3 et 5 dépassent 100 %.')
    para(c, meth, S2_SMALL, L, y, CW, 40)
    c.showPage()
    c.save()

# ---------------------------------------------------------------------------
# Document 3 : ordre du jour d'un comité de pilotage + relevé de décisions
# ---------------------------------------------------------------------------

S3_TXT = st('s3txt', size=9, leading=12)
S3_CELL = st('s3cell', font='DVC', size=8, leading=10)
S3_CELLB = st('s3cellb', font='DVC-B', size=8, leading=10, color=colors.white)
S3_AG = st('s3ag', size=9, leading=12, leftIndent=18, firstLineIndent=-18)


def doc3():
    c = new_canvas('obs-s68-03-comite-pilotage.pdf',
                   'Comité de pilotage n° 14 : ordre du jour et relevé de décisions',
                   'Programme IMPACT, comité de pilotage')
    L, R = 48, W - 48
    CW = R - L

    def furniture(printed, part):
        txt(c, L, H - 34, 'PROGRAMME IMPACT  —  COMITÉ DE PILOTAGE N° 14', 'DV-B', 9, NAVY)
        txt(c, R, H - 34, 'Document de travail — diffusion restreinte', 'DV-I', 7.5, colors.red, 'right')
        c.setStrokeColor(NAVY)
        c.setLineWidth(1.2)
        c.line(L, H - 40, R, H - 40)
        c.setLineWidth(0.5)
        c.line(L, 40, R, 40)
        txt(c, L, 28, part, 'DV', 7.5, GREY)
        txt(c, R, 28, printed, 'DV-B', 8.5, NAVY, 'right')

    # ---------------- page 1 : ordre du jour (imprimée « i »)
    furniture('page i', 'CP14 — ordre du jour')
    y = H - 64
    y -= para(c, 'Ordre du jour', st('h', font='DS-B', size=20, leading=24, color=NAVY), L, y, CW) + 4
    y -= para(c, 'Séance du jeudi 6 octobre 2022 — salle du conseil et visioconférence<br/>'
                 'Membres : représentants des cinq partenaires du programme IMPACT (Caisse des Dépôts, Institut CDC '
                 'pour la Recherche, Groupe La Poste, Fondation TOTAL, Le RAMEAU).<br/>'
                 'Secrétariat de séance : pôle études.', st('m', size=8.5, leading=11.5, color=GREY), L, y, CW) + 14
    items = [
        '1.\u2002Ouverture ; approbation du relevé de la séance n° 13 (10 min)',
        '2.\u2002Fondation des Territoires : point d\'étape après sa création le 14 juin 2022 sous l\'égide de la '
        'Fondation de Lille — 21 co-fondateurs, 3 missions (20 min)',
        '3.\u2002Fonds ODD 17 : suivi de l\'expérimentation sur 3 ans — dotation de 1,5 M€, objectif de 350 '
        '« catalyseurs territoriaux » (20 min)',
        '4.\u2002Charte du faire alliance : harmoniser la date de lancement dans nos supports (15 min)',
        '5.\u2002Parcours d\'expérience CGET – Le RAMEAU : quel nombre de territoires afficher ? (15 min)',
        '6.\u2002Plateforme M.E.D.O.C. (www.odd17.org) et note du Comité 21 sur l\'ODD 17 (15 min)',
        '7.\u2002Droit de l\'alliance d\'intérêt général : suivi de la proposition de loi et de la feuille de route '
        'ministérielle (15 min)',
        '8.\u2002Questions diverses',
    ]
    for it in items:
        y -= para(c, it, S3_AG, L + 10, y, CW - 10) + 7
    y -= 10
    # encadré rappel
    bx = ('<font name="DV-B" color="#23395b">Rappel — le programme IMPACT (2018-2022)</font><br/>'
          'Troisième plan quinquennal de l\'Observatoire, lancé en novembre 2017. Trois axes : innovation '
          'sociétale et territoriale ; performance des organisations ; confiance.')
    hb = par_h(bx, S3_TXT, CW - 20)
    c.setFillColor(GREY_L)
    c.rect(L, y - hb - 14, CW, hb + 14, stroke=0, fill=1)
    c.setFillColor(colors.black)
    para(c, bx, S3_TXT, L + 10, y - 7, CW - 20)
    y -= hb + 30
    y -= para(c, '<b>Documents joints</b> : relevé de décisions (pages 1 et 2 ci-après) ; tableau de bord du '
                 'Fonds ODD 17 ; revue de presse sur la Charte du faire alliance.', S3_TXT, L, y, CW, 60) + 6
    c.showPage()

    # ---------------- pages 2-3 : relevé de décisions sur deux pages, en-tête répété
    head = ['N°', 'Objet de la décision', 'Porteur', 'Échéance', 'Statut']
    rows = [
        ('D14-01', 'Le relevé de la séance n° 13 est approuvé sans modification.', 'Secrétariat', '—', 'Clos'),
        ('D14-02', 'Fondation des Territoires : reprendre dans tous les supports la date de création du 14 juin 2022 '
                   'et la mention « sous l\'égide de la Fondation de Lille ».', 'Pôle communication', '31/10/2022',
         'En cours'),
        ('D14-03', 'Présenter les 21 co-fondateurs de la Fondation des Territoires dans la prochaine lettre '
                   'd\'information.', 'Pôle communication', '15/11/2022', 'À faire'),
        ('D14-04', 'Rappeler dans le bilan annuel les trois étapes de la préfiguration de la Fondation des '
                   'Territoires : 07/18-07/19, 08/19-11/20, 12/20-05/22.', 'Pôle études', '15/12/2022', 'À faire'),
        ('D14-05', 'Fonds ODD 17 : l\'expérimentation sur 3 ans est confirmée, avec une dotation de 1,5 M€ ; le fonds '
                   'a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies.', 'Direction générale', '—',
         'Validé'),
        ('D14-06', 'Suivre l\'objectif de 350 catalyseurs territoriaux dans le tableau de bord trimestriel du fonds.',
         'Pôle territoires', '31/12/2022', 'En cours'),
        ('D14-07', 'Charte du faire alliance : la date de référence est le 30 novembre 2021 (Giving Tuesday, '
                   'Saint-Maurice). Un article relais annonce un lancement le « mardi 30 septembre » : l\'erreur '
                   'sera signalée à son éditeur.', 'Pôle communication', '20/10/2022', 'En cours'),
        ('D14-08', 'Rappeler que la Charte est issue de 3 mois de co-construction pilotés par la Fondation des '
                   'Territoires et qu\'elle se présente comme un « contrat de confiance ».', 'Pôle communication',
         '—', 'Clos'),
        ('D14-09', 'Parcours d\'expérience CGET – Le RAMEAU : afficher « 11 territoires pionniers » (parcours de '
                   '18 mois, 1re session le 3 mai). La mention « CGET et 10 territoires pilotes » d\'un article '
                   'antérieur est conservée en note.', 'Pôle études', '31/10/2022', 'Validé'),
        ('D14-10', 'M.E.D.O.C. : rappeler le sens du sigle — Méthodes, Exemples, Données, Outils, Compétences — '
                   'sur la page d\'accueil de la plateforme www.odd17.org.', 'Pôle numérique', '30/11/2022',
         'À faire'),
        ('D14-11', 'Mettre en ligne la note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons » (5 juillet), '
                   'qui détaille les 19 cibles de l\'ODD 17.', 'Pôle numérique', '30/11/2022', 'À faire'),
        ('D14-12', 'Droit de l\'alliance d\'intérêt général : suivre la proposition de loi portée par Cathy '
                   'Racon-Bouzon, déposée en février, agréée par le Bureau de l\'Assemblée nationale et publiée '
                   'au Journal officiel.', 'Direction générale', 'continu', 'En cours'),
        ('D14-13', 'Suivre la mise en œuvre de la feuille de route ministérielle de 21 mesures.',
         'Direction générale', 'continu', 'En cours'),
        ('D14-14', 'Rééditer la fiche-repère « Les dynamiques d\'engagement des Collectivités territoriales », '
                   'issue de l\'étude IMPACT-Elus locaux (novembre 2020, Comisis-OpinionWay).', 'Pôle territoires',
         '15/11/2022', 'À faire'),
        ('D14-15', 'Mettre à jour la fiche acteur « Dynamique d\'engagement des Fondations ».', 'Pôle études',
         '31/01/2023', 'À faire'),
        ('D14-16', 'Préparer le bilan du plan IMPACT (2018-2022) selon ses trois axes : innovation sociétale et '
                   'territoriale, performance des organisations, confiance.', 'Pôle études', '31/03/2023',
         'À faire'),
        ('D14-17', 'Dans toute présentation institutionnelle : l\'Observatoire a été créé en 2008 par la Caisse des '
                   'Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif ; la date de 2007 '
                   'des documents de 2011-2012 est signalée en note.', 'Secrétariat', '—', 'Validé'),
        ('D14-18', 'Historique du programme : rappeler que PHARE comptait 6 volets (Citoyens, Entreprises, '
                   'Associations, 13 rapports régionaux, diagnostics sectoriels, Institutions).', 'Pôle études',
         '15/12/2022', 'À faire'),
        ('D14-19', '« Agir ensemble en Territoire » (démarche initiée en 2010) : mettre à jour la fiche des trois '
                   'territoires pilotes — Alsace, Poitou-Charentes, Paris-Est Marne &amp; Bois.', 'Pôle territoires',
         '31/01/2023', 'À faire'),
        ('D14-20', 'Mission ministérielle : verser à l\'espace documentaire le rapport remis le 7 mai 2020 et le '
                   'bilan du 17 octobre 2020.', 'Secrétariat', '30/11/2022', 'En cours'),
        ('D14-21', 'Présentations du RAMEAU : retenir la formule « plus de 1 000 exemples inspirants recensés ».',
         'Pôle communication', '—', 'Validé'),
        ('D14-22', 'Prochaine séance : date à fixer par consultation écrite des membres.', 'Secrétariat',
         '31/10/2022', 'À faire'),
    ]
    data = [[Paragraph(nb(h), S3_CELLB) for h in head]]
    for r in rows:
        data.append([Paragraph(nb(x), S3_CELL) for x in r])
    tbl = Table(data, colWidths=[44, 270, 82, 54, 49], repeatRows=1)
    tbl.setStyle(TableStyle([
        ('BACKGROUND', (0, 0), (-1, 0), NAVY),
        ('VALIGN', (0, 0), (-1, -1), 'TOP'),
        ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#999999')),
        ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, GREY_L]),
        ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3),
    ]))
    story = [tbl]
    # page 2 (imprimée 1)
    furniture('relevé — page 1/2', 'CP14 — relevé de décisions')
    y = H - 62
    y -= para(c, 'Relevé de décisions', st('h', font='DS-B', size=16, leading=20, color=NAVY), L, y, CW) + 6
    y -= para(c, 'Relevé établi par le secrétariat de séance à partir des échanges du 6 octobre 2022. Chaque décision '
                 'porte un numéro D14-xx, un porteur (pôle ou direction), une échéance et un statut ; les décisions '
                 'encore ouvertes seront reprises en tête du relevé de la séance n° 15. Les points 2 à 7 de l\'ordre '
                 'du jour ont donné lieu à décision ; les questions diverses n\'appelaient pas de suite.',
              S3_TXT, L, y, CW) + 12
    fr = Frame(L, 140, CW, y - 140, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
    fill_frame(fr, story, c)
    if not story:
        raise Overflow('le relevé doit continuer sur la page suivante')
    txt(c, R, 128, 'suite page 2  ▸', 'DV-I', 8, NAVY, 'right')
    # bas de page 2 : note sur les statuts, volontairement séparée du tableau
    para(c, '<b>Statuts</b> — Validé : décision prise en séance. En cours : action engagée. À faire : action non '
            'commencée. Clos : sans suite à donner.', st('lg', size=7.5, leading=9.5, color=GREY), L, 88, CW, 44)
    c.showPage()
    # page 3 (imprimée 2)
    furniture('relevé — page 2/2', 'CP14 — relevé de décisions')
    y = H - 62
    y -= para(c, 'Relevé de décisions (suite)', st('h2', font='DS-B', size=13, leading=16, color=NAVY), L, y, CW) + 6
    fr = Frame(L, 60, CW, y - 60, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
    fill_frame(fr, story, c)
    if story:
        raise Overflow('relevé trop long')
    y = fr._y - 18
    para(c, 'Pour le comité : le secrétariat de séance. Relevé diffusé aux membres sous huit jours ; '
            'observations à adresser par le formulaire de l\'espace membres.', S3_TXT, L, y, CW, 50)
    c.showPage()
    c.save()

# ---------------------------------------------------------------------------
# Document 4 : annuaire des organisations membres et partenaires (fiches, 3 colonnes)
# ---------------------------------------------------------------------------

S4_F = st('s4f', font='DVC', size=7.7, leading=9.6)
S4_N = st('s4n', font='DV-B', size=9, leading=11, color=colors.white)
S4_TXT = st('s4txt', size=8.8, leading=11.6, align=TA_JUSTIFY)

CARDS = [
    ('Le RAMEAU', [('Fondée en', '2006'), ('Ville', 'n. c.'),
                   ('Domaine', 'association d\'intérêt général ; « laboratoire de recherche empirique » sur les '
                               'alliances, trois missions dont témoigner'),
                   ('Membres / salariés', 'n. c. — plus de 500 organisations associées à ses expérimentations '
                                          'depuis 2006'),
                   ('Dirigeants', 'Charles-Benoît Heidsieck, président-fondateur ; Laurence Weber, directrice '
                                  'générale'),
                   ('Contact', 'formulaire « Écrire au RAMEAU », lerameau.fr/contact')]),
    ('Observatoire des partenariats', [
        ('Créé en', '2008 (2007 dans les documents de 2011-2012)'), ('Ville', 'n. c.'),
        ('Domaine', 'observation des partenariats ; plans ARPEA, PHARE puis IMPACT'),
        ('Membres / salariés', 'n. c. — fondateurs : Caisse des Dépôts et Le RAMEAU ; partenaires : MEDEF et '
                               'Mouvement associatif'),
        ('Direction scientifique', 'Anne Robin (bénévole)'),
        ('Contact', 'formulaire en ligne, observatoire-des-partenariats.fr/contact')]),
    ('COMISIS', [('Fondée en', 'n. c.'), ('Ville', 'n. c.'),
                 ('Domaine', 'études ; fondée par Anne Robin ; enquêtes Comisis-OpinionWay (ARPEA-Collectivités '
                             'locales, IMPACT-Elus locaux)'),
                 ('Membres / salariés', 'n. c.'), ('Contact', 'n. c.')]),
    ('Caisse des Dépôts', [('Fondée en', 'n. c.'), ('Ville', 'n. c.'),
                           ('Domaine', 'co-fondatrice de l\'Observatoire (2008) ; partenaire du programme IMPACT'),
                           ('Membres / salariés', 'n. c.'), ('Contact', 'via le secrétariat de l\'Observatoire')]),
    ('Institut CDC pour la Recherche', [('Fondé en', 'n. c.'), ('Ville', 'n. c.'),
                                        ('Domaine', 'recherche ; partenaire du programme IMPACT'),
                                        ('Membres / salariés', 'n. c.'),
                                        ('Contact', 'via le secrétariat de l\'Observatoire')]),
    ('Groupe La Poste', [('Fondé en', 'n. c.'), ('Ville / territoire', 'Poitou-Charentes (territoire pilote)'),
                         ('Domaine', 'partenaire du programme IMPACT ; pilote d\'« Agir ensemble en Territoire » en '
                                     'Poitou-Charentes'),
                         ('Membres / salariés', 'n. c.'), ('Contact', 'n. c.')]),
    ('Fondation TotalEnergies', [('Fondée en', 'n. c.'), ('Ville', 'n. c.'),
                                 ('Domaine', 'mécénat ; partenaire du programme IMPACT (sous le nom de Fondation '
                                             'TOTAL) ; co-créatrice du Fonds ODD 17 en 2020'),
                                 ('Membres / salariés', 'n. c.'), ('Contact', 'n. c.')]),
    ('MEDEF', [('Fondé en', 'n. c.'), ('Ville', 'n. c.'),
               ('Domaine', 'organisation d\'entreprises ; partenaire de l\'Observatoire depuis 2008'),
               ('Membres / salariés', 'n. c.'), ('Contact', 'n. c.')]),
    ('Le Mouvement associatif', [('Fondé en', 'n. c.'), ('Ville', 'n. c.'),
                                 ('Domaine', 'représentation des associations ; partenaire de l\'Observatoire depuis '
                                             '2008'),
                                 ('Membres / salariés', 'n. c.'), ('Contact', 'n. c.')]),
    ('Fondation des Territoires', [
        ('Créée le', '14 juin 2022'), ('Ville', 'n. c. — abritée sous l\'égide de la Fondation de Lille'),
        ('Domaine', '3 missions ; a piloté les 3 mois de co-construction de la Charte du faire alliance'),
        ('Membres / salariés', '21 co-fondateurs ; salariés : n. c.'),
        ('Contact', 'formulaire « Rejoindre la Fondation », espace membres')]),
    ('Fondation de Lille', [('Fondée en', 'n. c.'), ('Ville', 'n. c.'),
                            ('Domaine', 'fondation abritante de la Fondation des Territoires'),
                            ('Membres / salariés', 'n. c.'), ('Contact', 'n. c.')]),
    ('Fonds ODD 17', [('Créé en', '2020'), ('Ville', 'n. c.'),
                      ('Domaine', 'co-créé par Le RAMEAU et la Fondation TotalEnergies ; dotation de 1,5 M€ pour une '
                                  'expérimentation sur 3 ans'),
                      ('Membres / salariés', 'réseau visé : 350 catalyseurs territoriaux'),
                      ('Contact', 'plateforme M.E.D.O.C., www.odd17.org')]),
    ('Alsace Active', [('Fondée en', 'n. c.'), ('Ville / territoire', 'Alsace (territoire pilote)'),
                       ('Domaine', 'pilote alsacien d\'« Agir ensemble en Territoire », démarche initiée en 2010'),
                       ('Membres / salariés', 'n. c.'), ('Contact', 'n. c.')]),
    ('Paris-Est Marne & Bois', [('Fondé en', 'n. c.'), ('Ville / territoire', 'Saint-Maurice'),
                                ('Domaine', 'territoire pilote d\'« Agir ensemble en Territoire » ; a accueilli le '
                                            'lancement de la Charte du faire alliance le 30 novembre 2021'),
                                ('Membres / salariés', 'n. c.'), ('Contact', 'n. c.')]),
    ('Recherches & Solidarités', [('Fondée en', 'n. c.'), ('Ville', 'n. c.'),
                                  ('Domaine', 'études ; co-auteur avec Le RAMEAU d\'« Associations & Partenariats » '
                                              '(mars 2017)'),
                                  ('Membres / salariés', 'n. c.'), ('Contact', 'n. c.')]),
    ('Comité 21', [('Fondé en', 'n. c.'), ('Ville', 'n. c.'),
                   ('Domaine', 'auteur de la note « ODD 17 : Sens, décryptages, déclinaisons » (5 juillet), qui '
                               'présente les 19 cibles de l\'ODD 17'),
                   ('Membres / salariés', 'n. c.'), ('Contact', 'n. c.')]),
    ('OpinionWay', [('Fondé en', 'n. c.'), ('Ville', 'n. c.'),
                    ('Domaine', 'institut d\'études, associé à COMISIS pour les enquêtes Comisis-OpinionWay'),
                    ('Membres / salariés', 'n. c.'), ('Contact', 'n. c.')]),
    ('CGET', [('Fondé en', 'n. c.'), ('Ville', 'n. c.'),
              ('Domaine', 'parcours d\'expérience avec Le RAMEAU : 11 territoires pionniers, 18 mois, 1re session le '
                          '3 mai'),
              ('Membres / salariés', 'n. c.'), ('Contact', 'n. c.')]),
]


def card(name, fields, w):
    rows = [[Paragraph(nb(name.replace('&', '&amp;')), S4_N)]]
    for k, v in fields:
        rows.append([Paragraph(nb('<font name="DVC-B">%s :</font> %s' % (k, v.replace('& ', '&amp; '))), S4_F)])
    t = Table(rows, colWidths=[w])
    t.setStyle(TableStyle([
        ('BACKGROUND', (0, 0), (-1, 0), TEAL), ('BOX', (0, 0), (-1, -1), 0.6, TEAL),
        ('BACKGROUND', (0, 1), (-1, -1), colors.HexColor('#f6fbfb')),
        ('TOPPADDING', (0, 0), (-1, -1), 1.6), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.6),
        ('TOPPADDING', (0, 0), (-1, 0), 3), ('BOTTOMPADDING', (0, 0), (-1, 0), 3),
    ]))
    return t


def doc4():
    c = new_canvas('obs-s68-04-annuaire-membres.pdf',
                   'Annuaire des organisations membres et partenaires',
                   'Fiches des organisations du réseau')
    L, R = 36, W - 36
    GAP = 10
    colw = (R - L - 2 * GAP) / 3
    where = {}

    def furniture(printed):
        c.setFillColor(TEAL)
        c.rect(L, H - 40, R - L, 3, stroke=0, fill=1)
        txt(c, L, H - 32, 'ANNUAIRE DU RÉSEAU', 'DV-B', 9, TEAL)
        txt(c, R, H - 32, 'Fiches mises à jour par les organisations elles-mêmes', 'DV-I', 7.5, GREY, 'right')
        c.setStrokeColor(TEAL)
        c.line(L, 34, R, 34)
        txt(c, L, 22, 'Annexe — Annuaire', 'DV', 7.5, GREY)
        txt(c, R, 22, printed, 'DV-B', 10, TEAL, 'right')

    queue = [(n, card(n, f, colw)) for n, f in CARDS]

    def fill(ytop, ybot, printed, maxn):
        """Pose les fiches colonne par colonne (lecture de haut en bas, puis colonne suivante)."""
        placed = 0
        for i in range(3):
            x = L + i * (colw + GAP)
            y = ytop
            while queue and placed < maxn:
                n, t = queue[0]
                h = t.wrap(colw, 10000)[1]
                if y - h < ybot:
                    break
                t.drawOn(c, x, y - h)
                where[n] = printed
                y -= h + 8
                queue.pop(0)
                placed += 1

    # ---------------- page 1 (imprimée 41)
    furniture('41')
    y = H - 58
    y -= para(c, 'Les organisations du réseau', st('h', font='DS-B', size=18, leading=22, color=NAVY), L, y, R - L)
    y -= 6
    y -= para(c, 'Chaque fiche indique l\'année de fondation, la ville ou le territoire, le domaine d\'action, le '
                 'nombre de membres ou de salariés et une ligne de contact. Les informations non transmises par '
                 'les organisations sont notées « n. c. » (non communiqué). Aucune fiche ne publie de numéro de '
                 'téléphone : les demandes passent par les formulaires indiqués.', S4_TXT, L, y, R - L)
    y -= 14
    fill(y, 48, '41', 99)
    c.showPage()
    # ---------------- page 2 (imprimée 42)
    furniture('42')
    fill(H - 52, 200, '42', 99)
    if queue:
        raise Overflow('annuaire : fiches restantes %r' % [q[0] for q in queue])
    # encadrés dans les colonnes restées libres
    bx = L + colw + GAP
    bw = 2 * colw + GAP
    yb = H - 52
    yb -= para(c, 'Les programmes de l\'Observatoire', st('pg', font='DV-B', size=10, leading=13, color=NAVY),
               bx, yb, bw) + 4
    prog = [['Programme', 'Période', 'Repère'],
            ['ARPEA', '2008-2012', '10 volets ; rapport quinquennal du 11 décembre 2012'],
            ['PHARE', '2013-2018', '6 volets ; PHARE-Institutions publié le 29 novembre 2016'],
            ['IMPACT', '2018-2022', 'lancé en novembre 2017 ; 3 axes']]
    prog = [[Paragraph(nb(x), S4_F) for x in row] for row in prog]
    tp = Table(prog, colWidths=[60, 60, bw - 120])
    tp.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), TEAL_L), ('LINEBELOW', (0, 0), (-1, -1), 0.3, TEAL),
                            ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    th = tp.wrap(bw, 500)[1]
    tp.drawOn(c, bx, yb - th)
    yb -= th + 18
    c.setFillColor(ORANGE_L)
    hb = par_h('x<br/>x<br/>x<br/>x', S4_TXT, bw - 16) + 10
    c.rect(bx, yb - hb, bw, hb, stroke=0, fill=1)
    c.setFillColor(colors.black)
    para(c, '<b>Mettre à jour votre fiche</b> — les organisations modifient elles-mêmes leur fiche avec le formulaire '
            '« Mettre à jour ma fiche » de l\'espace membres. Les modifications sont reprises dans l\'édition '
            'suivante de l\'annuaire ; les champs laissés vides restent notés « n. c. ».', S4_TXT, bx + 8, yb - 5,
         bw - 16)
    y = 188
    c.setStrokeColor(TEAL)
    c.line(L, y, R, y)
    y -= 8
    y -= para(c, 'Index des fiches', st('h3', font='DV-B', size=11, leading=14, color=NAVY), L, y, R - L) + 4
    doc4_index(c, y, where)


def doc4_index(c, y, where):
    L, R = 36, W - 36
    names = sorted(where, key=lambda s: s.lower().replace('le ', '', 1) if s.startswith('Le ') else s.lower())
    lines = ['%s ....... %s' % (n.replace('&', '&amp;'), where[n]) for n in names]
    half = (len(lines) + 1) // 2
    S = st('idx', font='DVC', size=8, leading=10.5)
    para(c, '<br/>'.join(lines[:half]), S, L, y, (R - L) / 2 - 10, 48)
    para(c, '<br/>'.join(lines[half:]), S, L + (R - L) / 2, y, (R - L) / 2, 48)
    c.showPage()
    c.save()

# ---------------------------------------------------------------------------
# Document 5 : entretien écrit (questions-réponses) avec une élue locale
# ---------------------------------------------------------------------------

S5_Q = st('s5q', font='DS-B', size=10, leading=13.5, color=NAVY, spaceBefore=8, spaceAfter=3)
S5_A = st('s5a', font='DS', size=9.8, leading=13.6, align=TA_JUSTIFY, spaceAfter=4)

INTERVIEW = [
    ('Pourquoi une maire de petite commune s\'intéresse-t-elle autant aux alliances ?',
     ['Parce que nous n\'avons pas le choix, et parce que nous ne sommes pas seuls à le penser. Dans une commune '
      'comme la mienne, l\'école, le dernier commerce, le transport à la demande, le lieu de soins : rien ne tient '
      'sans une association qui s\'engage, une entreprise qui prête ses compétences, une fondation qui accepte de '
      'prendre un risque.',
      'Quand l\'Observatoire des partenariats a interrogé 302 maires au téléphone, entre le 30 septembre et le '
      '28 octobre 2024<super>1</super>, 84 % des répondants administraient des communes de moins de 2 000 habitants. '
      'La question n\'est donc pas réservée aux grandes villes. Et 91 % de ces maires voient leur territoire en '
      'mouvement : 35 % fortement, 56 % ni plus ni moins qu\'avant. Ce chiffre m\'a frappée, car on décrit souvent '
      'la ruralité comme immobile. Ce n\'est pas ce que je vois.']),
    ('Les maires sont donc prêts ?',
     ['Prêts à vouloir, oui ; prêts à faire, pas toujours. Les chiffres de l\'Observatoire le disent très bien. '
      '87 % des maires considèrent les partenariats comme une source d\'innovation, davantage que les Français '
      'eux-mêmes (74 %), les dirigeants d\'entreprise (81 %) ou les responsables associatifs (86 %). 76 % des maires '
      'estiment que leur territoire est engagé. Mais 46 % reconnaissent qu\'ils ne savent pas piloter ces démarches.',
      'Vouloir l\'alliance ne suffit pas : encore faut-il savoir la piloter. Piloter, cela veut dire réunir les bonnes '
      'personnes autour de la table, fixer un objectif commun, suivre les résultats et accepter que chacun garde sa '
      'propre logique. On ne l\'apprend nulle part, ou presque, et certainement pas dans les formations que l\'on '
      'propose aux nouveaux élus.']),
    ('Vous citez souvent PHARE-Institutions. Qu\'y avez-vous appris ?',
     ['Que nous ne sommes pas tous pareils ! Publiée le 29 novembre 2016, l\'étude distingue 5 profils de maires '
      'face aux alliances. Je ne vous dirai pas lequel est le mien. Mais cette typologie a eu un grand mérite : '
      'elle a cessé de nous présenter comme un bloc. Le programme PHARE avait d\'ailleurs commencé par les citoyens, '
      'les entreprises et les associations, en 2015, avant de se tourner vers les institutions. Les élus sont '
      'arrivés en dernier, ce qui n\'était peut-être pas un hasard : nous sommes ceux qui ont le plus de mal à '
      'parler de nos propres pratiques.']),
    ('Vos administrés vous suivent-ils sur ce terrain ?',
     ['Plus qu\'on ne le croit. Quand PHARE-Citoyens a demandé aux Français leurs priorités pour leur territoire, '
      'l\'emploi est arrivé en tête, avec une note de 7,1 sur 10. Et c\'est précisément dans le domaine de l\'emploi '
      'que 49 % d\'entre eux jugent fort l\'impact des partenariats. Dès 2015, 69 % reconnaissaient un « devoir '
      'd\'alliance ».',
      'Ce n\'est pas nouveau, d\'ailleurs : en 2008, 86 % des Français jugeaient urgent de créer des partenariats, '
      'et ils étaient encore 84 % en 2012. Ce qui a changé, c\'est que nous, les élus, avons fini par les écouter.']),
    ('Et les associations de votre territoire ?',
     ['Elles n\'ont pas attendu les collectivités ! Selon l\'étude IMPACT – Associations &amp; Territoires, 98 % des '
      'associations employeuses ont des partenariats, et 89 % travaillent avec des collectivités ; 73 % de ces '
      'partenariats se nouent à l\'échelle locale. Attention toutefois aux comparaisons hâtives : une étude plus '
      'ancienne, « Associations &amp; Partenariats » (2017), menée auprès de plus de 1 380 responsables associatifs, '
      'trouvait 74 % de partenariats avec les collectivités. Les deux études n\'ont pas le même champ, donc pas '
      'les mêmes chiffres.']),
    ('Les entreprises, elles, ont longtemps été plus réticentes…',
     ['C\'est vrai. En janvier 2011, l\'étude ARPEA Entreprises &amp; Territoires montrait que 21 % des entreprises '
      'développaient des partenariats avec des associations, 33 % le souhaitaient et 46 % ne le souhaitaient pas. '
      'Dans ma commune, les artisans étaient dans ce dernier groupe. Ce qui les a fait bouger, c\'est la crise '
      'sanitaire : 84 % des dirigeants de TPE et de PME jugent la co-construction utile pour rebondir.']),
    ('Depuis, d\'autres outils sont-ils venus vous aider ?',
     ['Oui, et j\'en utilise un en particulier : la fiche-repère « Les dynamiques d\'engagement des Collectivités '
      'territoriales ». Elle est issue de l\'étude IMPACT-Elus locaux, réalisée en novembre 2020 par '
      'Comisis-OpinionWay. C\'est un document court, que je peux poser sur la table d\'un conseil municipal. Il '
      'montre que l\'engagement d\'une collectivité n\'est pas un état mais une trajectoire.',
      'J\'apprécie aussi la plateforme M.E.D.O.C., pour Méthodes, Exemples, Données, Outils, Compétences, qui '
      'rassemble des ressources pour mettre l\'ODD 17 en pratique. Mes services y vont chercher des exemples '
      'plutôt que des discours.']),
    ('Le « jouer collectif », n\'est-ce pas un slogan ?',
     ['Ce serait un slogan si les élus n\'y croyaient pas. Or 64 % des élus locaux disent vouloir s\'appuyer sur le '
      '« jouer collectif », et 92 % des maires reconnaissent l\'utilité de la co-construction.',
      'Le même chiffre revient ailleurs avec un autre sens : 92 % des maires expriment un « besoin d\'alliance », '
      'quand 81 % des Français parlent de « devoir d\'alliance » et 84 % des dirigeants d\'entreprise d\'« envie '
      'd\'alliance ». Devoir, besoin, envie : trois mots différents pour une même direction. Ce que je retiens '
      'surtout, c\'est qu\'on ne parle plus d\'une faveur que l\'un ferait à l\'autre, mais d\'une responsabilité '
      'partagée.']),
    ('Quelle place pour les fondations ?',
     ['Une place qui grandit. L\'étude IMPACT Fondations &amp; Territoires, publiée un 23 septembre, a interrogé '
      '42 fondations sur leur rôle local. Et le Fonds ODD 17, co-créé en 2020 par Le RAMEAU et la Fondation '
      'TotalEnergies, finance pendant 3 ans une expérimentation dotée de 1,5 M€, avec l\'ambition de faire émerger '
      '350 « catalyseurs territoriaux ». Un catalyseur, c\'est quelqu\'un qui fait se rencontrer des acteurs qui ne '
      'se seraient pas parlé. Dans une petite commune, c\'est souvent le secrétaire de mairie !']),
    ('Qu\'attendez-vous de la reconnaissance d\'un droit de l\'alliance ?',
     ['Une forme de sécurité. La proposition de loi sur le « droit de l\'alliance d\'intérêt général », portée par '
      'Cathy Racon-Bouzon et déposée en février, a été agréée par le Bureau de l\'Assemblée nationale puis publiée au '
      'Journal officiel. Elle s\'accompagne d\'une feuille de route ministérielle de 21 mesures. Pour un maire, cela '
      'change la manière de présenter un projet à ses services comme à ses partenaires : l\'alliance n\'est plus une '
      'bizarrerie, c\'est une pratique reconnue.']),
    ('Et la Charte du faire alliance, qu\'en faites-vous ?',
     ['Je la fais lire à chaque nouveau partenaire. Lancée le 30 novembre 2021, jour du Giving Tuesday, à '
      'Saint-Maurice, elle a été co-construite pendant trois mois sous le pilotage de la Fondation des Territoires. '
      'Elle se présente comme un « contrat de confiance ». C\'est exactement cela : un engagement moral entre '
      'partenaires, qui dit comment on se parle quand les choses vont mal.']),
    ('Et la Fondation des Territoires ?',
     ['Elle est née le 14 juin 2022, sous l\'égide de la Fondation de Lille, avec 21 co-fondateurs. Sa préfiguration '
      'avait commencé dès juillet 2018. Pour nous, élus, c\'est un lieu neutre : ni une administration, ni une '
      'entreprise, ni une association parmi d\'autres.']),
    ('Un conseil à un collègue maire qui hésite ?',
     ['Commencer petit, et ne pas rester seul. La démarche « Agir ensemble en Territoire », initiée en 2010, a '
      'montré avec ses territoires pilotes, l\'Alsace, le Poitou-Charentes et Paris-Est Marne &amp; Bois, que l\'on '
      'apprend en faisant. Et puis sortir de sa mairie : le 3e dîner « Elus &amp; Entreprises », le 23 novembre, '
      'est une bonne occasion de rencontrer des chefs d\'entreprise qui ne demandent qu\'à s\'engager.']),
]

PULL = 'Vouloir l\'alliance ne suffit pas : encore faut-il savoir la piloter.'


def doc5():
    c = new_canvas('obs-s68-05-entretien-elue.pdf',
                   'Entretien : « Dans nos communes, rien ne tient sans alliance »',
                   'Entretien écrit avec une élue locale')
    L, R = 50, W - 50
    GAP = 18
    colw = (R - L - GAP) / 2

    def furniture(printed):
        txt(c, L, H - 30, 'Territoires en alliance', 'DS-BI', 10, TEAL)
        txt(c, R, H - 30, 'ENTRETIEN', 'DV-B', 8, ORANGE, 'right')
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.5)
        c.line(L, H - 36, R, H - 36)
        c.line(L, 36, R, 36)
        txt(c, L if int(printed) % 2 == 0 else R, 24, printed, 'DS-B', 10, TEAL,
            'left' if int(printed) % 2 == 0 else 'right')
        txt(c, W / 2, 24, 'Territoires en alliance · n° 12', 'DS-I', 7.5, GREY, 'center')

    story = []
    for q, answers in INTERVIEW:
        story.append(Paragraph(nb(q), S5_Q))
        for a in answers:
            story.append(Paragraph(nb(a), S5_A))
    story.append(Spacer(1, 10))
    story.append(Paragraph(nb('<i>Propos recueillis par la rédaction.</i>'), S5_A))

    def fr(x, y0, y1, w):
        return Frame(x, y0, w, y1 - y0, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    # ---------------- page 1 (imprimée 14)
    furniture('14')
    y = H - 62
    y -= para(c, 'ENTRETIEN AVEC UNE MAIRE RURALE', st('k', font='DV-B', size=8, leading=10, color=ORANGE),
              L, y, R - L) + 4
    y -= para(c, '« Dans nos communes, rien ne tient sans alliance »',
              st('t5', font='DS-B', size=21, leading=25, color=NAVY), L, y, R - L - 150) + 8
    y -= para(c, 'Sylvie Aubertin, maire d\'une commune rurale et vice-présidente de sa communauté de communes, '
                 'explique pourquoi les partenariats entre collectivités, associations et entreprises sont devenus '
                 'son quotidien, et ce que les études de l\'Observatoire des partenariats lui ont appris.',
              st('ch5', font='DS-I', size=10, leading=13.5, color=GREY), L, y, R - L - 150) + 10
    # emplacement photo
    c.setFillColor(GREY_L)
    c.rect(R - 136, H - 196, 136, 124, stroke=0, fill=1)
    txt(c, R - 68, H - 138, '[ photo ]', 'DV-I', 9, GREY, 'center')
    txt(c, R - 68, H - 208, 'Sylvie Aubertin dans sa mairie.', 'DS-I', 7, GREY, 'center')
    ytop = min(y, H - 218)
    # note de bas de page
    c.setStrokeColor(GREY)
    c.line(L, 76, L + 90, 76)
    para(c, '1. Enquête IMPACTS &amp; TRAJECTOIRES – Elus locaux, publiée en novembre 2024.',
         st('fn', size=7, leading=9, color=GREY), L, 72, R - L, 44)
    flow_frames = [fr(L, 84, ytop, colw), fr(L + colw + GAP, 84, ytop, colw)]
    for f in flow_frames:
        fill_frame(f, story, c)
    c.showPage()

    # ---------------- page 2 (imprimée 15) : citation en exergue dans la colonne de droite
    furniture('15')
    qbox_top, qbox_bot = H - 250, H - 400
    c.setStrokeColor(ORANGE)
    c.setLineWidth(2)
    c.setFillColor(ORANGE_L)
    c.rect(L + colw + GAP, qbox_bot, colw, qbox_top - qbox_bot, stroke=1, fill=1)
    c.setLineWidth(0.5)
    c.setFillColor(colors.black)
    para(c, '« ' + PULL + ' »', st('pq', font='DS-BI', size=15, leading=20, color=ORANGE, align=TA_CENTER),
         L + colw + GAP + 12, qbox_top - 22, colw - 24, qbox_bot + 8)
    txt(c, L + colw + GAP + colw / 2, qbox_bot + 12, '— Sylvie Aubertin', 'DS-I', 8.5, GREY, 'center')
    frames = [fr(L, 50, H - 52, colw), fr(L + colw + GAP, qbox_top + 12, H - 52, colw),
              fr(L + colw + GAP, 50, qbox_bot - 12, colw)]
    for f in frames:
        fill_frame(f, story, c)
    c.showPage()

    # ---------------- page 3 (imprimée 16)
    furniture('16')
    frames = [fr(L, 190, H - 52, colw)]
    for f in frames:
        fill_frame(f, story, c)
    if story:
        raise Overflow('entretien trop long')
    # encadré biographique en bas de page
    c.setFillColor(TEAL_L)
    c.rect(L, 60, R - L, 112, stroke=0, fill=1)
    c.setFillColor(colors.black)
    yb = 162
    # colonne de droite : renvoi vers d'autres articles du numéro (habillage de magazine)
    xr = L + colw + GAP
    c.setStrokeColor(TEAL)
    c.setLineWidth(1.5)
    c.line(xr, H - 60, xr + colw, H - 60)
    c.setLineWidth(0.5)
    yr = H - 70
    yr -= para(c, 'À lire aussi dans ce numéro', st('al', font='DV-B', size=10, leading=13, color=TEAL),
               xr, yr, colw) + 6
    for t_, pg in [('Vingt ans d\'alliances : la frise', 'p. 22'), ('Le cahier de résultats', 'p. 8'),
                   ('Annuaire du réseau', 'p. 41')]:
        yr -= para(c, '<b>%s</b> — %s' % (t_, pg), st('al2', font='DS', size=9.5, leading=13), xr, yr, colw) + 4
    c.setFillColor(GREY_L)
    c.rect(xr, 250, colw, yr - 262, stroke=0, fill=1)
    txt(c, xr + colw / 2, (250 + yr - 12) / 2, '[ emplacement publicitaire ]', 'DV-I', 8.5, GREY, 'center')
    yb -= para(c, 'Repères', st('rp', font='DV-B', size=10, leading=13, color=TEAL), L + 12, yb, R - L - 24) + 4
    para(c, 'Sylvie Aubertin est maire d\'une commune rurale depuis deux mandats et vice-présidente de sa '
            'communauté de communes, chargée de la cohésion territoriale.<br/><br/>'
            'Pour aller plus loin : l\'enquête IMPACTS &amp; TRAJECTOIRES – Elus locaux (novembre 2024), '
            'PHARE-Institutions (29 novembre 2016) et la fiche-repère « Les dynamiques d\'engagement des '
            'Collectivités territoriales ».', st('bio', font='DS', size=9, leading=12.5), L + 12, yb, R - L - 24, 66)
    c.showPage()
    c.save()

# ---------------------------------------------------------------------------
# Document 6 : lettre d'information reçue par courriel, imprimée en PDF
# ---------------------------------------------------------------------------

S6_T = st('s6t', size=9.4, leading=13, spaceAfter=3)
S6_H = st('s6h', font='DV-B', size=11, leading=14, color=TEAL, spaceBefore=10, spaceAfter=3)
S6_LINK = st('s6l', size=8.8, leading=12, color=colors.HexColor('#1a55c4'), spaceAfter=4)
S6_FOOT = st('s6f', size=7.2, leading=9.4, color=GREY, align=TA_CENTER)


class Box(Flowable):
    """Bannière : emplacement d'image non chargée (cadre pointillé)."""
    def __init__(self, w, h, label):
        Flowable.__init__(self)
        self.w, self.h, self.label = w, h, label

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.setFillColor(GREY_L)
        c.setStrokeColor(colors.HexColor('#aaaaaa'))
        c.setDash(3, 2)
        c.rect(0, 0, self.w, self.h, stroke=1, fill=1)
        c.setDash()
        c.setFillColor(GREY)
        c.setFont('DV-I', 8.5)
        c.drawCentredString(self.w / 2, self.h / 2 - 3, nb(self.label))


def doc6():
    c = new_canvas('obs-s68-06-lettre-information.pdf',
                   'Lettre n° 38 — Observatoire des partenariats',
                   'Lettre d\'information imprimée depuis la messagerie')
    L, R = 58, W - 58
    CW = R - L
    URL = 'https://webmail.exemple.fr/?_task=mail&_uid=4812&_action=print'

    def furniture(n, total):
        txt(c, 24, H - 20, 'Messagerie — Lettre n° 38 — Observatoire des partenariats', 'DV', 7.5, GREY)
        txt(c, 24, 16, URL, 'DV', 7, GREY)
        txt(c, W - 24, 16, '%d/%d' % (n, total), 'DV', 7.5, GREY, 'right')

    def item(title, body, link='Lire la suite ›'):
        out = [Paragraph(nb(title), S6_H)]
        for b in body:
            out.append(Paragraph(nb(b), S6_T))
        out.append(Paragraph(nb('<u>%s</u>' % link), S6_LINK))
        return out

    story = [Box(CW, 70, '[ image non affichée : bannière « La lettre des alliances » ]'), Spacer(1, 10),
             Paragraph(nb('La lettre de l\'Observatoire des partenariats — n° 38'),
                       st('lt', font='DS-B', size=15, leading=19, color=NAVY, spaceAfter=6)),
             Paragraph(nb('<b>Édito.</b> Devoir, besoin, envie d\'alliance : 81 % des Français parlent d\'un « devoir '
                          'd\'alliance », 92 % des maires d\'un « besoin d\'alliance » et 84 % des dirigeants '
                          'd\'entreprise d\'une « envie d\'alliance ». En 2015, l\'enquête PHARE-Citoyens mesurait ce '
                          'devoir d\'alliance à 69 % : le chiffre a changé, la direction reste la même.'), S6_T)]
    story += item('11e rapport régional : la Normandie',
                  ['L\'Observatoire publie le 26 novembre son 11e rapport régional, consacré à la Normandie. '
                   'Il rejoint la collection des rapports régionaux, à retrouver dans l\'espace publications.'])
    story += item('Étude IMPACT Fondations &amp; Territoires',
                  ['Publiée le 23 septembre, l\'étude donne la parole à 42 fondations interrogées sur leur rôle dans '
                   'les territoires. À lire aussi : la fiche acteur « Dynamique d\'engagement des Fondations ».'])
    story += item('Agenda de novembre',
                  ['• 15 novembre : dossier de JURIS Associations n° 628 consacré aux alliances.<br/>'
                   '• 23 novembre : 3e dîner « Elus &amp; Entreprises ».<br/>'
                   '• 26 novembre : 5e webinaire « l\'ODD 17 en pratique », le jour même de la sortie du rapport '
                   'normand.'], 'Lire la suite et s\'inscrire ›')
    story += item('Sortie de crise : des données pour jouer collectif',
                  ['Plus de 250 données ont été inventoriées pour aider à agir vite et bien. Parmi elles : 81 % des '
                   'Français et 84 % des dirigeants de TPE &amp; PME jugent la co-construction utile à la résilience '
                   'après la crise du Covid.'])
    story += item('M.E.D.O.C., la boîte à outils de l\'ODD 17',
                  ['Méthodes, Exemples, Données, Outils, Compétences : la plateforme www.odd17.org rassemble les '
                   'ressources pour passer à l\'action. Rappel : l\'ODD 17 compte 19 cibles, détaillées dans la note '
                   'du Comité 21 du 5 juillet.'])
    story += item('Le droit de l\'alliance d\'intérêt général',
                  ['La proposition de loi portée par Cathy Racon-Bouzon a été agréée par le Bureau de l\'Assemblée '
                   'nationale et publiée au Journal officiel ; une feuille de route ministérielle de 21 mesures '
                   'l\'accompagne.'])
    story += item('Fonds ODD 17 : cap sur 350 catalyseurs',
                  ['Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 dispose d\'une '
                   'dotation de 1,5 M€ pour une expérimentation sur 3 ans. Objectif : faire émerger 350 « catalyseurs '
                   'territoriaux ».'])
    story += item('Rappel : la Charte du faire alliance',
                  ['Lancée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice lors d\'une soirée VitaWin, '
                   'la Charte est le fruit de 3 mois de co-construction pilotés par la Fondation des Territoires. '
                   'Elle se veut un « contrat de confiance » entre partenaires.'], 'Lire la Charte ›')
    story += [Spacer(1, 16),
              Paragraph(nb('Vous recevez cette lettre parce que vous êtes abonné(e) aux informations de '
                           'l\'Observatoire des partenariats.<br/><u>Se désinscrire</u>  ·  <u>Gérer mes '
                           'préférences</u>  ·  <u>Voir la version en ligne</u><br/>Pour nous écrire : formulaire de '
                           'contact du site (aucune réponse n\'est donnée à cette adresse d\'envoi).<br/>'
                           '© Le RAMEAU — Observatoire des partenariats'), S6_FOOT)]

    def fr(y0, y1):
        return Frame(L, y0, CW, y1 - y0, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    # ---------------- page 1
    furniture(1, 2)
    y = H - 46
    txt(c, L, y, 'Lettre n° 38 — La Normandie à l\'honneur, l\'ODD 17 en pratique', 'DV-B', 12, colors.black)
    y -= 10
    c.setStrokeColor(colors.HexColor('#cccccc'))
    c.line(L, y, R, y)
    y -= 4
    head = [('De :', 'Observatoire des partenariats &lt;lettre@observatoire-des-partenariats.fr&gt;'),
            ('À :', 'abonnes-lettre@liste.exemple.fr'),
            ('Date :', 'mardi 13 novembre, 09:14'),
            ('Objet :', 'Lettre n° 38 — La Normandie à l\'honneur, l\'ODD 17 en pratique')]
    for k, v in head:
        txt(c, L, y - 11, k, 'DV-B', 8.5, GREY)
        para(c, v, st('hv', size=8.5, leading=11), L + 48, y - 2, CW - 48)
        y -= 14
    y -= 4
    c.line(L, y, R, y)
    y -= 12
    f = fr(40, y)
    fill_frame(f, story, c)
    if not story:
        raise Overflow('la lettre doit continuer page 2')
    c.showPage()
    # ---------------- page 2
    furniture(2, 2)
    f = fr(40, H - 40)
    fill_frame(f, story, c)
    if story:
        raise Overflow('lettre trop longue')
    c.showPage()
    c.save()


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for fn in (doc1, doc2, doc3, doc4, doc5, doc6):
        fn()
    print('ok :', OUT)
