# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 PDFs of figure-finder set U.

Run: /work/main/.venv/bin/python make_docs.py
In the source strings, '~' stands for U+00A0 and '^' for U+202F; « … » get U+00A0 inside.
Inline markup: <b>, <i>, <sup>.  Text is wrapped greedily, left-aligned, never hyphenated.
"""
import os
import re

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import isUnicode

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = '/usr/share/fonts/truetype/dejavu/'


class NbspTTFont(TTFont):
    """TTFont whose splitString keeps U+00A0 (copy of reportlab 5.1.0's method without
    the line that maps U+00A0 to U+0020)."""

    def splitString(self, text, doc, encoding='utf-8'):
        asciiReadable = self._asciiReadable
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(asciiReadable, self)
        _31skip = 31 if asciiReadable and state.nextCode < 32 else -256
        curSet = -1
        cur = []
        results = []
        if not isUnicode(text):
            text = text.decode('utf-8')
        charToGlyph = self.face.charToGlyph
        assignments = state.assignments
        subsets = state.subsets
        for code in map(ord, text):
            if code in assignments:
                n = assignments[code]
            elif code not in charToGlyph:
                n = 0
            else:
                if state.frozen:
                    raise ValueError('font frozen')
                n = state.nextCode
                if n & 0xFF == 32:
                    if n != 32:
                        subsets[n >> 8].append(32)
                    state.nextCode += 1
                    n = state.nextCode
                if n > 32:
                    if not (n & 0xFF):
                        subsets.append([0])
                        state.nextCode += 1
                        n = state.nextCode
                    subsets[n >> 8].append(code)
                else:
                    if n == _31skip:
                        state.nextCode = 127
                    subsets[0][n] = code
                state.nextCode += 1
                assignments[code] = n
            if (n >> 8) != curSet:
                if cur:
                    results.append((curSet, bytes(cur)))
                curSet = (n >> 8)
                cur = []
            cur.append(n & 0xFF)
        if cur:
            results.append((curSet, bytes(cur)))
        return results


FONTFILES = {
    'S': 'DejaVuSans.ttf', 'SB': 'DejaVuSans-Bold.ttf', 'SI': 'DejaVuSans-Oblique.ttf',
    'C': 'DejaVuSansCondensed.ttf', 'CB': 'DejaVuSansCondensed-Bold.ttf',
    'CI': 'DejaVuSansCondensed-Oblique.ttf',
    'E': 'DejaVuSerif.ttf', 'EB': 'DejaVuSerif-Bold.ttf', 'EI': 'DejaVuSerif-Italic.ttf',
}
for _n, _f in FONTFILES.items():
    pdfmetrics.registerFont(NbspTTFont('U' + _n, FONTDIR + _f))

FAM = {'S': ('US', 'USB', 'USI'), 'C': ('UC', 'UCB', 'UCI'), 'E': ('UE', 'UEB', 'UEI')}

NAVY = colors.HexColor('#1d3557')
TEAL = colors.HexColor('#0f7c80')
SAND = colors.HexColor('#f4efe6')
GREY = colors.HexColor('#eeeeee')
ORANGE = colors.HexColor('#d9822b')
PLUM = colors.HexColor('#6a3d7c')
GREEN = colors.HexColor('#2e7d4f')
DARK = colors.HexColor('#222222')
MID = colors.HexColor('#666666')


def T(s):
    s = s.replace('~', '\u00a0').replace('^', '\u202f')
    s = s.replace('« ', '«\u00a0').replace(' »', '\u00a0»')
    return s


TAG = re.compile(r'(</?(?:b|i|sup)>)')


def runs_of(s):
    """Parse markup into a list of (char, style) with style in {'r','b','i','s','bs'}."""
    out = []
    b = i = sup = False
    for part in TAG.split(T(s)):
        if part == '<b>':
            b = True
        elif part == '</b>':
            b = False
        elif part == '<i>':
            i = True
        elif part == '</i>':
            i = False
        elif part == '<sup>':
            sup = True
        elif part == '</sup>':
            sup = False
        else:
            st = ('b' if b else 'i' if i else 'r') + ('s' if sup else '')
            out.extend((ch, st) for ch in part)
    return out


def font_of(fam, st):
    r, b, i = FAM[fam]
    return {'r': r, 'b': b, 'i': i}[st[0]]


def width(chars, fam, size):
    w = 0.0
    for ch, st in chars:
        fs = size * 0.62 if st.endswith('s') else size
        w += pdfmetrics.stringWidth(ch, font_of(fam, st), fs)
    return w


def draw_chars(c, x, y, chars, fam, size, color=DARK):
    t = c.beginText(x, y)
    t.setFillColor(color)
    groups = []
    for ch, st in chars:
        if groups and groups[-1][1] == st:
            groups[-1][0].append(ch)
        else:
            groups.append(([ch], st))
    for chs, st in groups:
        sup = st.endswith('s')
        fs = size * 0.62 if sup else size
        t.setFont(font_of(fam, st), fs)
        t.setRise(size * 0.35 if sup else 0)
        t.textOut(''.join(chs))
    t.setRise(0)
    c.drawText(t)


def line(c, x, y, s, fam='S', size=9, color=DARK, align='l'):
    chars = runs_of(s)
    if align != 'l':
        w = width(chars, fam, size)
        x = x - w if align == 'r' else x - w / 2
    draw_chars(c, x, y, chars, fam, size, color)


def wrap(s, w, fam, size):
    chars = runs_of(s)
    words, cur = [], []
    for ch in chars:
        if ch[0] == ' ':
            if cur:
                words.append(cur)
            cur = []
        else:
            cur.append(ch)
    if cur:
        words.append(cur)
    lines, ln = [], []
    sp = [(' ', 'r')]
    for wd in words:
        trial = ln + sp + wd if ln else wd
        if ln and width(trial, fam, size) > w:
            lines.append(ln)
            ln = wd
        else:
            ln = trial
    if ln:
        lines.append(ln)
    return lines


def para(c, x, y, w, s, fam='S', size=9, lead=None, color=DARK, after=None):
    lead = lead or size * 1.35
    for ln in wrap(s, w, fam, size):
        draw_chars(c, x, y, ln, fam, size, color)
        y -= lead
    return y - (lead * 0.45 if after is None else after)


def rect(c, x, y, w, h, fill, stroke=None):
    c.setFillColor(fill)
    if stroke is not None:
        c.setStrokeColor(stroke)
    c.rect(x, y, w, h, fill=1, stroke=1 if stroke is not None else 0)


def hline(c, x1, x2, y, color=MID, wd=0.5):
    c.setStrokeColor(color)
    c.setLineWidth(wd)
    c.line(x1, y, x2, y)


def newcanvas(name, size, title):
    path = os.path.join(HERE, name)
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor('Observatoire des partenariats (document de démonstration)')
    c.setCreator('make_docs.py')
    return c


# ---------------------------------------------------------------------------
# 01  La Lettre de l'Observatoire n° 12 (newsletter), A4, 3 pages
# ---------------------------------------------------------------------------

def lettre():
    W, H = A4
    c = newcanvas('obs-u-01-lettre-observatoire-n12.pdf', A4, "La Lettre de l'Observatoire n° 12")
    L, R = 18 * mm, W - 18 * mm

    def footer(n):
        hline(c, L, R, 16 * mm, TEAL, 0.8)
        line(c, L, 11 * mm, "La Lettre de l'Observatoire des partenariats · n°~12", 'S', 7.5, MID)
        line(c, R, 11 * mm, 'page %d sur 3' % n, 'S', 7.5, MID, 'r')

    def header():
        rect(c, 0, H - 16 * mm, W, 16 * mm, TEAL)
        line(c, L, H - 10.5 * mm, "<b>La Lettre de l'Observatoire</b>", 'S', 11, colors.white)
        line(c, R, H - 10.5 * mm, 'N°~12 · avril 2017', 'S', 9, colors.white, 'r')

    # ---- page 1
    rect(c, 0, H - 46 * mm, W, 46 * mm, TEAL)
    line(c, L, H - 20 * mm, "<b>La Lettre de l'Observatoire</b>", 'S', 26, colors.white)
    line(c, L, H - 29 * mm, 'des partenariats · Le RAMEAU', 'S', 13, colors.white)
    line(c, R, H - 40 * mm, 'N°~12 · avril 2017', 'S', 11, colors.white, 'r')
    mainw = 112 * mm
    y = H - 58 * mm
    line(c, L, y, '<b>À LA UNE</b>', 'S', 8, TEAL)
    y -= 9 * mm
    y = para(c, L, y, mainw, '<b>PHARE referme son cycle avec les maires</b>', 'S', 17, 20)
    y -= 2 * mm
    y = para(c, L, y, mainw, '<b>Publié le 29~novembre~2016, PHARE-Institutions est le dernier des six '
             'volets du programme PHARE (2013-2018)<sup>1</sup>.</b>', 'S', 10.5, 14.5)
    y -= 1 * mm
    for p in [
        "Son enseignement tient en un chiffre : les maires sont 87~% à voir dans les partenariats "
        "une source d'innovation pour leur territoire.",
        "L'étude distingue aussi cinq profils de maires, selon la façon dont chacun aborde la "
        "co-construction.",
        "Ce volet clôt une année dense. En juillet~2016 paraissaient les diagnostics sectoriels ; "
        "les treize rapports régionaux, eux, ont été publiés tout au long de l'année.",
        "Pour mémoire, le volet Citoyens, paru en septembre~2015, reposait sur plus de 2~000 "
        "personnes interrogées ; les volets Entreprises et Associations ont suivi en octobre puis "
        "en novembre~2015.",
    ]:
        y = para(c, L, y, mainw, p, 'S', 9.5, 13.5)
    # footnote
    hline(c, L, L + 40 * mm, 30 * mm)
    para(c, L, 26 * mm, mainw, '1. Certaines pages de présentation de l\'Observatoire datent PHARE de '
         '2013-2017.', 'S', 7.5, 10)
    # sidebar
    sx, sw = L + mainw + 8 * mm, R - (L + mainw + 8 * mm)
    top = H - 54 * mm
    rect(c, sx, top - 112 * mm, sw, 112 * mm, SAND)
    yy = top - 7 * mm
    yy = para(c, sx + 4 * mm, yy, sw - 8 * mm, '<b>En 2015, les autres publics</b>', 'S', 10, 13)
    ys = [yy - 8 * mm, yy - 36 * mm, yy - 64 * mm]
    for v, yv in zip(['69~%', '81~%', '86~%'], ys):      # numbers drawn first
        line(c, sx + 4 * mm, yv, '<b>' + v + '</b>', 'S', 20, ORANGE)
    labels = [
        "des Français parlent d'un « devoir d'alliance »",
        "des dirigeants d'entreprise voient dans les partenariats une source d'innovation",
        "des responsables associatifs partagent ce constat",
    ]
    for lab, yv in zip(labels, ys):
        para(c, sx + 4 * mm, yv - 7 * mm, sw - 8 * mm, lab, 'S', 8, 10.5)
    para(c, sx + 4 * mm, top - 104 * mm, sw - 8 * mm, '<i>Sources : PHARE-Citoyens, PHARE-Entreprises, '
         'PHARE-Associations.</i>', 'S', 7, 9)
    yy = top - 122 * mm
    line(c, sx, yy, '<b>À RELIRE</b>', 'S', 8, TEAL)
    para(c, sx, yy - 6 * mm, sw, "Lettre n°~11 : le dossier « Territoires ».", 'S', 8.5, 11)
    footer(1)
    c.showPage()

    # ---- page 2
    header()
    colw = (R - L - 8 * mm) / 2
    x1, x2 = L, L + colw + 8 * mm
    y = H - 28 * mm
    line(c, x1, y, '<b>DOSSIER</b>', 'S', 8, TEAL)
    y = para(c, x1, y - 8 * mm, colw, '<b>Associations : le partenariat se généralise</b>', 'S', 14, 17)
    for p in [
        "Publiée en mars~2017 par Recherches & Solidarités et Le RAMEAU, l'étude Associations & "
        "Partenariats s'appuie sur une enquête conduite en mai-juin~2016 auprès de plus de 1~380 "
        "responsables associatifs.",
        "Avec qui nouent-elles ces liens ? Les collectivités territoriales viennent en tête, citées "
        "par 74~% des associations, juste devant les associations et fondations (72~%).",
        "Suivent les établissements d'enseignement (47~%) et les entreprises (28~%) ; les structures "
        "d'insertion et les organismes de recherche ferment la marche, avec respectivement 22~% et 9~%.",
        "En moyenne, chaque association déclare 2,5~partenaires.",
        "Le budget pèse lourd : la moitié des associations dont le budget dépasse 150~000~€ "
        "travaillent avec une entreprise, contre 20~% de celles dont le budget est inférieur à "
        "10~000~€.",
    ]:
        y = para(c, x1, y, colw, p, 'S', 9.2, 13)
    y = H - 28 * mm
    line(c, x2, y, '<b>BRÈVES</b>', 'S', 8, TEAL)
    y = para(c, x2, y - 8 * mm, colw, '<b>Co-construire en territoire</b>', 'S', 12, 15)
    y = para(c, x2, y, colw, "Le CGET et Le RAMEAU ont ouvert un parcours d'expérience avec onze "
             "territoires pionniers<sup>2</sup> ; la 1re session s'est tenue le 3~mai.", 'S', 9.2, 13)
    y -= 3 * mm
    y = para(c, x2, y, colw, '<b>Un état des lieux pour la ministre</b>', 'S', 12, 15)
    y = para(c, x2, y, colw, "Demandé par la ministre Valérie Fourneyron, le rapport d'état des lieux "
             "des partenariats associations-entreprises avait été publié début~2014.", 'S', 9.2, 13)
    y -= 6 * mm
    rect(c, x2, y - 30 * mm, colw, 30 * mm, SAND)
    para(c, x2 + 5 * mm, y - 9 * mm, colw - 10 * mm, '<b>« 74~% des associations citent une '
         'collectivité parmi leurs partenaires. »</b>', 'E', 12, 16, TEAL)
    hline(c, L, L + 40 * mm, 30 * mm)
    para(c, L, 26 * mm, R - L, '2. Une autre présentation du même dispositif évoque 10 territoires '
         'pilotes.', 'S', 7.5, 10)
    footer(2)
    c.showPage()

    # ---- page 3
    header()
    y = H - 28 * mm
    line(c, x1, y, '<b>REGARDS CROISÉS</b>', 'S', 8, TEAL)
    y = para(c, x1, y - 8 * mm, colw, '<b>Les citoyens, de ARPEA à PHARE</b>', 'S', 14, 17)
    for p in [
        "En 2008, 86~% des Français jugeaient urgent de créer des partenariats ; quatre ans plus "
        "tard, ils étaient encore 84~%.",
        "En 2015, le volet Citoyens de PHARE a interrogé les attentes. Ils sont 49~% à espérer un "
        "impact fort sur l'emploi, 46~% sur le développement économique, 42~% sur l'environnement "
        "et 36~% sur la précarité comme sur l'éducation.",
    ]:
        y = para(c, x1, y, colw, p, 'S', 9.2, 13)
    y -= 4 * mm
    rect(c, x1, y - 38 * mm, colw, 38 * mm, GREY)
    yy = para(c, x1 + 4 * mm, y - 7 * mm, colw - 8 * mm, "<b>L'Observatoire en bref</b>", 'S', 10, 13)
    yy = para(c, x1 + 4 * mm, yy, colw - 8 * mm, "Créé par la Caisse des Dépôts et Le RAMEAU, "
              "l'Observatoire<sup>3</sup> a conduit ARPEA (2008-2012) en dix volets, puis PHARE.",
              'S', 8.5, 11.5)
    para(c, x1 + 4 * mm, yy, colw - 8 * mm, "Depuis sa création en 2006, Le RAMEAU a mené des "
         "expérimentations auprès de plus de 500 organisations.", 'S', 8.5, 11.5)
    y = H - 28 * mm
    line(c, x2, y, '<b>CALENDRIER DES PUBLICATIONS</b>', 'S', 8, TEAL)
    y -= 9 * mm
    for d, e in [('septembre 2015', 'PHARE-Citoyens'), ('octobre 2015', 'PHARE-Entreprises'),
                 ('novembre 2015', 'PHARE-Associations'), ('2016', '13 rapports régionaux'),
                 ('juillet 2016', 'diagnostics sectoriels'), ('29 novembre 2016', 'PHARE-Institutions'),
                 ('mars 2017', 'Associations & Partenariats')]:
        line(c, x2, y, '<b>' + d.replace(' ', '~') + '</b>', 'S', 9, TEAL)
        line(c, x2 + 38 * mm, y, e, 'S', 9)
        y -= 8 * mm
    hline(c, L, L + 40 * mm, 30 * mm)
    para(c, L, 26 * mm, R - L, "3. Le rapport quinquennal du 11~décembre~2012 présente l'Observatoire "
         "comme « créé en 2007 » ; ses présentations récentes retiennent 2008.", 'S', 7.5, 10)
    footer(3)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 02  Annexe statistique (tables), A4, 4 pages
# ---------------------------------------------------------------------------

def annexe():
    W, H = A4
    c = newcanvas('obs-u-02-annexe-statistique-series.pdf', A4, 'Annexe statistique — séries')
    L, R = 20 * mm, W - 20 * mm

    def frame(n, part):
        line(c, L, H - 14 * mm, 'Séries de l\'Observatoire des partenariats · annexe statistique, '
             'édition~2025', 'C', 8, MID)
        line(c, R, H - 14 * mm, part, 'C', 8, PLUM, 'r')
        hline(c, L, R, H - 16.5 * mm, PLUM, 1)
        hline(c, L, R, 15 * mm, PLUM, 0.5)
        line(c, R, 10 * mm, 'A-%d' % n, 'C', 8, MID, 'r')

    def table(y, cols, rows, size=8.5, rowh=6.5 * mm, head_lines=1, bold_first=True):
        """cols: list of (x_offset, width, align). rows: list of lists of cell strings.
        The first head_lines rows are a shaded header. Cells drawn row by row, left to right."""
        tw = R - L
        for ri, row in enumerate(rows):
            if ri < head_lines:
                rect(c, L, y - 2 * mm, tw, rowh, GREY)
            for (xo, w, al), cell in zip(cols, row):
                if not cell:
                    continue
                st = '<b>%s</b>' % cell if ri < head_lines and bold_first else cell
                if al == 'r':
                    line(c, L + xo + w, y, st, 'C', size, DARK, 'r')
                else:
                    line(c, L + xo, y, st, 'C', size, DARK)
            y -= rowh
            hline(c, L, R, y + rowh - 2 * mm, colors.HexColor('#cccccc'), 0.3)
        return y

    # ---- page 1 : citoyens
    frame(1, 'A · Citoyens')
    y = H - 30 * mm
    y = para(c, L, y, R - L, '<b>A. Les citoyens</b>', 'C', 16, 20)
    y = para(c, L, y, R - L, '<b>Tableau A.1 — Urgence des partenariats (en~% des Français)</b>',
             'C', 10, 13)
    y = table(y - 2 * mm, [(0, 100 * mm, 'l'), (110 * mm, 20 * mm, 'r'), (140 * mm, 20 * mm, 'r')],
              [['Indicateur ARPEA-Citoyens', '2008', '2012'],
               ['Jugent urgent de créer des partenariats', '86', '84']])
    y = para(c, L, y - 2 * mm, R - L, "Lecture : la part reste élevée d'une enquête à l'autre.",
             'C', 8, 10.5, MID)
    y -= 5 * mm
    y = para(c, L, y, R - L, '<b>Tableau A.2 — Note moyenne donnée à l\'action des partenariats, par '
             'enjeu (sur 10)</b>', 'C', 10, 13)
    y = table(y - 2 * mm, [(0, 120 * mm, 'l'), (140 * mm, 20 * mm, 'r')],
              [['Enjeu', 'Note'], ['Emploi', '7,1'], ["Pouvoir d'achat ; sécurité<sup>a</sup>", '6,6'],
               ['Développement économique', '6,5'], ['Environnement ; exclusion', '6,3']])
    y = para(c, L, y - 2 * mm, R - L, 'Base : plus de 2~000 personnes interrogées. Source : '
             'PHARE-Citoyens, septembre~2015.', 'C', 8, 10.5, MID)
    y = para(c, L, y, R - L, 'a. Une autre publication tirée de la même enquête attribue 7 sur 10 à '
             'la sécurité.', 'C', 8, 10.5, MID)
    y -= 5 * mm
    y = para(c, L, y, R - L, '<b>Tableau A.3 — Deux questions, deux dates (en~% des Français)</b>',
             'C', 10, 13)
    y = table(y - 2 * mm, [(0, 95 * mm, 'l'), (98 * mm, 15 * mm, 'r'), (120 * mm, 50 * mm, 'l')],
              [['Question', '%', 'Publication'],
               ["Ressentent un « devoir d'alliance »", '69', 'PHARE-Citoyens, 2015'],
               ['Jugent la co-construction utile pour rebondir', '81', 'données « sortie de crise », 2020']])
    para(c, L, y - 2 * mm, R - L, "Lecture : en 2015, une majorité de Français parlaient d'un "
         "devoir d'alliance.", 'C', 8, 10.5, MID)
    c.showPage()

    # ---- page 2 : entreprises
    frame(2, 'B · Entreprises')
    y = H - 30 * mm
    y = para(c, L, y, R - L, '<b>B. Les entreprises</b>', 'C', 16, 20)
    y = para(c, L, y, R - L, '<b>Tableau B.1 — ARPEA Entreprises & Territoires, janvier~2011 : '
             'répartition des entreprises (en~%)</b>', 'C', 10, 13)
    y = table(y - 2 * mm, [(0, 120 * mm, 'l'), (140 * mm, 20 * mm, 'r')],
              [['Position', '%'], ['Développent des partenariats', '21'],
               ['Souhaitent en développer', '33'], ['Ne le souhaitent pas', '46'], ['Total', '100']])
    y -= 5 * mm
    y = para(c, L, y, R - L, "<b>Tableau B.2 — Organisations engagées dans des partenariats, selon la "
             "note d'analyse du 29~février~2016</b>", 'C', 10, 13)
    y = table(y - 2 * mm, [(0, 120 * mm, 'l'), (140 * mm, 30 * mm, 'r')],
              [['Population', 'Part (en~%)'], ["Entreprises d'au moins 10 salariés", '37'],
               ['Associations', '38'], ['dont associations employeuses', '53'],
               ['Entreprises pionnières', '65']])
    y -= 6 * mm
    y = para(c, L, y, R - L, '<b>Les dirigeants</b>', 'C', 12, 15)
    for p in [
        "Côté dirigeants, le volet Entreprises de PHARE (octobre~2015) établit que 81~% d'entre eux "
        "voient dans les partenariats une source d'innovation.",
        "Au sortir de la crise sanitaire, la co-construction paraissait utile pour rebondir à 84~% "
        "des dirigeants de TPE et de PME (données publiées en 2020).",
    ]:
        y = para(c, L, y, R - L, p, 'C', 9.5, 13)
    c.showPage()

    # ---- page 3 : associations
    frame(3, 'C · Associations')
    y = H - 30 * mm
    y = para(c, L, y, R - L, '<b>C. Les associations employeuses</b>', 'C', 16, 20)
    for p in [
        "L'étude IMPACT – Associations & Territoires porte sur les 148~000 associations employeuses. "
        "Parmi elles, 98~% déclarent au moins un partenariat.",
    ]:
        y = para(c, L, y, R - L, p, 'C', 9.5, 13)
    y -= 2 * mm
    y = para(c, L, y, R - L, '<b>Tableau C.1 — Partenaires cités (en~% des associations employeuses '
             'ayant des partenariats)</b>', 'C', 10, 13)
    y = table(y - 2 * mm, [(0, 120 * mm, 'l'), (140 * mm, 20 * mm, 'r')],
              [['Type de partenaire', '%'], ['Collectivités territoriales<sup>1</sup>', '89'],
               ["Structures d'intérêt général", '73'], ['Établissements scolaires', '70'],
               ["Collectifs d'associations", '56'], ['Acteurs publics nationaux', '52'],
               ['Fédérations professionnelles', '37'], ['Acteurs académiques', '35']])
    y -= 4 * mm
    y = para(c, L, y, R - L, "Parmi les formes de partenariat, le mécénat domine (75~%), loin devant "
             "la coopération économique (58~%).", 'C', 9.5, 13)
    y = para(c, L, y, R - L, 'Source : programme IMPACT, étude Associations & Territoires.', 'C', 8,
             10.5, MID)
    hline(c, L, L + 40 * mm, 26 * mm)
    para(c, L, 22 * mm, R - L, "1. L'enquête Associations & Partenariats (2016) donnait 74~% pour les "
         "collectivités, toutes associations confondues.", 'C', 8, 10.5, MID)
    c.showPage()

    # ---- page 4 : sources
    frame(4, 'D · Sources')
    y = H - 30 * mm
    y = para(c, L, y, R - L, '<b>D. Les enquêtes mobilisées</b>', 'C', 16, 20)
    y = para(c, L, y, R - L, '<b>Tableau D.1 — Terrain, échantillon et publication</b>', 'C', 10, 13)
    y = table(y - 2 * mm, [(0, 62 * mm, 'l'), (64 * mm, 36 * mm, 'l'), (102 * mm, 36 * mm, 'l'),
                            (140 * mm, 30 * mm, 'l')],
              [['Enquête', 'Terrain', 'Échantillon', 'Publication'],
               ['PHARE-Citoyens', '—', '2~000 personnes', 'septembre~2015'],
               ['Associations & Partenariats', 'mai-juin~2016', '1~380 responsables', 'mars~2017'],
               ['IMPACTS & TRAJECTOIRES', '30/09-28/10/2024', '302 maires', 'novembre~2024'],
               ['IMPACT Fondations & Territoires', '—', '42 fondations', '23~septembre'],
               ['ARPEA Entreprises & Territoires', '—', '—', 'janvier~2011']], size=8)
    y = para(c, L, y - 2 * mm, R - L, "Note : les effectifs sont des minima (« plus de 2~000 », "
             "« plus de 1~380 »). Les dates de terrain ne sont pas toujours publiées.", 'C', 8, 10.5, MID)
    y -= 6 * mm
    y = para(c, L, y, R - L, '<b>Les programmes quinquennaux</b>', 'C', 12, 15)
    for p in [
        "ARPEA (2008-2012), PHARE (2013-2018) et IMPACT (2018-2022) se succèdent. Le troisième, lancé "
        "en novembre~2017, s'organise autour de trois axes : innovation sociétale et territoriale, "
        "performance des organisations, confiance.",
        "Ces séries seront complétées par les prochaines éditions.",
    ]:
        y = para(c, L, y, R - L, p, 'C', 9.5, 13)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 03  Frise chronologique, A4 landscape, 2 pages
# ---------------------------------------------------------------------------

def frise():
    W, H = landscape(A4)
    c = newcanvas('obs-u-03-frise-alliances-2006-2022.pdf', (W, H), 'La frise des alliances')
    L, R = 15 * mm, W - 15 * mm
    axis_y = H / 2 + 5 * mm

    def frame(n, title):
        rect(c, 0, H - 20 * mm, W, 20 * mm, NAVY)
        line(c, L, H - 13 * mm, '<b>' + title + '</b>', 'S', 16, colors.white)
        line(c, R, H - 13 * mm, 'Frise %d/2' % n, 'S', 9, colors.white, 'r')

    def axis(years):
        c.setStrokeColor(NAVY)
        c.setLineWidth(3)
        c.line(L, axis_y, R - 70 * mm, axis_y)
        span = (R - 70 * mm - L - 20 * mm) / (len(years) - 1)
        xs = []
        for i, yr in enumerate(years):      # axis labels drawn before the cards
            x = L + 10 * mm + i * span
            c.setFillColor(NAVY)
            c.circle(x, axis_y, 2.5 * mm, fill=1, stroke=0)
            line(c, x, axis_y - 8 * mm, '<b>%s</b>' % yr, 'S', 11, NAVY, 'c')
            xs.append(x)
        return xs, span

    def card(x, up, text, w, size=7.6, h=None):
        lines = wrap(text, w - 5 * mm, 'S', size)
        hh = h or (len(lines) * size * 1.3 + 5 * mm)
        y0 = axis_y + 12 * mm if up else axis_y - 14 * mm - hh
        rect(c, x - w / 2, y0, w, hh, SAND)
        yy = y0 + hh - 3 * mm - size
        for ln in lines:
            draw_chars(c, x - w / 2 + 2.5 * mm, yy, ln, 'S', size)
            yy -= size * 1.3

    # ---- page 1
    frame(1, 'De 2006 à 2012 : les années ARPEA')
    xs, span = axis(['2006', '2008', '2010', '2011', '2012'])
    cw = span - 3 * mm
    card(xs[0], True, "Le RAMEAU voit le jour, sous statut associatif d'intérêt général.", cw)
    card(xs[1], False, "L'Observatoire des partenariats naît de la Caisse des Dépôts et du "
         "RAMEAU<sup>1</sup>. Son programme ARPEA (2008-2012) comptera 10~volets. Premier constat : "
         "86~% des Français jugent urgent de créer des partenariats.", cw + 10 * mm)
    card(xs[2], True, "Après l'étude ARPEA-Collectivités locales, « Agir ensemble en Territoire » "
         "démarre avec trois territoires pilotes : Alsace, Poitou-Charentes, Paris-Est Marne & Bois.", cw)
    card(xs[3], False, "Janvier : ARPEA Entreprises & Territoires. 21~% des entreprises développent "
         "des partenariats, 33~% le souhaitent et 46~% ne le souhaitent pas.", cw)
    card(xs[4], True, "11~décembre : rapport quinquennal. Les Français sont encore 84~% à juger "
         "les partenariats urgents.", cw)
    # side box
    bx = R - 62 * mm
    rect(c, bx, 30 * mm, 62 * mm, H - 60 * mm, GREY)
    yy = para(c, bx + 4 * mm, H - 40 * mm, 54 * mm, '<b>Hors frise</b>', 'S', 11, 14)
    yy = para(c, bx + 4 * mm, yy, 54 * mm, "Sans date connue : une feuille de route ministérielle "
              "de 21 mesures.", 'S', 8.5, 11.5)
    yy = para(c, bx + 4 * mm, yy, 54 * mm, "L'ODD 17, lui, se décline en 19 cibles.", 'S', 8.5, 11.5)
    para(c, L, 14 * mm, R - L - 70 * mm, "1. Des documents plus anciens datent l'Observatoire de "
         "2007 (« Créé en 2007, l'Observatoire national des partenariats »).", 'S', 7, 9, MID)
    c.showPage()

    # ---- page 2
    frame(2, 'De 2013 à 2022 : de PHARE à la Fondation des Territoires')
    xs, span = axis(['2013', '2016', '2017', '2019', '2020', '2022'])
    cw = span - 2 * mm
    card(xs[0], True, "PHARE (2013-2018)<sup>2</sup> : six volets. En septembre~2015, son volet Citoyens "
         "interroge plus de 2^000 personnes.", cw + 4 * mm)
    card(xs[1], False, "29~novembre : PHARE-Institutions. 87~% des maires voient dans les partenariats "
         "une source d'innovation ; cinq profils de maires.", cw + 4 * mm)
    card(xs[2], True, "Novembre : lancement d'IMPACT pour 2018-2022, autour de 3~axes.", cw)
    card(xs[3], False, "FNAF 2019 : Gabriel Attal confie une mission à Cathy Racon-Bouzon et "
         "Charles-Benoît Heidsieck.", cw + 2 * mm)
    card(xs[4], True, "Le Fonds ODD 17 est co-créé avec la Fondation TotalEnergies : 1,5~M€ pour "
         "expérimenter sur 3~ans, avec 350 catalyseurs territoriaux. En novembre, 64~% des élus locaux "
         "veulent s'appuyer sur le « jouer collectif ».", cw + 8 * mm)
    card(xs[5], False, "14~juin : création de la Fondation des Territoires, sous l'égide de la "
         "Fondation de Lille, avec 21 co-fondateurs.", cw + 2 * mm)
    bx = R - 62 * mm
    rect(c, bx, 30 * mm, 62 * mm, H - 60 * mm, GREY)
    yy = para(c, bx + 4 * mm, H - 40 * mm, 54 * mm, '<b>Le RAMEAU en chiffres</b>', 'S', 11, 14)
    for p in ['15 ans de recherche', "5 ans d'étude d'impact", 'plus de 1.000 exemples inspirants '
              'recensés']:
        yy = para(c, bx + 4 * mm, yy, 54 * mm, '› ' + p, 'S', 9, 12)
    yy = para(c, bx + 4 * mm, yy - 4 * mm, 54 * mm, "Rapport de la mission remis le 7~mai~2020 ; "
              "bilan le 17~octobre~2020.", 'S', 8, 11)
    para(c, L, 14 * mm, R - L - 70 * mm, "2. La page « Le cheminement » indique 2013-2017.", 'S', 7, 9,
         MID)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 04  Fiche Repère n° 7 (fondations), A4, 2 pages
# ---------------------------------------------------------------------------

def fiche():
    W, H = A4
    c = newcanvas('obs-u-04-fiche-repere-fondations.pdf', A4, 'Fiche Repère n° 7')
    L, R = 15 * mm, W - 15 * mm
    colx = L + 58 * mm
    colw = R - colx

    def frame(n):
        rect(c, 0, H - 24 * mm, W, 24 * mm, GREEN)
        line(c, L, H - 12 * mm, '<b>FICHE REPÈRE N°~7</b>', 'S', 10, colors.white)
        line(c, L, H - 20 * mm, "<b>Les fondations, actrices de l'alliance</b>", 'S', 14, colors.white)
        line(c, R, H - 12 * mm, 'octobre~2022', 'S', 9, colors.white, 'r')
        line(c, W / 2, 10 * mm, '%d' % n, 'S', 8, MID, 'c')

    # ---- page 1
    frame(1)
    rect(c, L, 30 * mm, 52 * mm, H - 62 * mm, colors.HexColor('#e6f2ea'))
    yy = H - 40 * mm
    line(c, L + 4 * mm, yy, '<b>REPÈRES</b>', 'S', 9, GREEN)
    big = [('42', 'fondations interrogées par l\'étude IMPACT Fondations & Territoires'),
           ('1,5~M€', 'pour le Fonds ODD 17'),
           ('21', 'co-fondateurs pour la Fondation des Territoires')]
    ys = [yy - 16 * mm, yy - 52 * mm, yy - 88 * mm]
    for (v, _), yv in zip(big, ys):          # numbers first, labels after
        line(c, L + 4 * mm, yv, '<b>' + v + '</b>', 'S', 22, GREEN)
    for (_, lab), yv in zip(big, ys):
        para(c, L + 4 * mm, yv - 7 * mm, 44 * mm, lab, 'S', 8, 10.5)
    y = H - 36 * mm
    sections = [
        ('1. Une étude dédiée', [
            "L'étude IMPACT Fondations & Territoires, publiée le 23~septembre, a interrogé "
            "quarante-deux fondations sur leur engagement territorial.",
            "La fiche acteur « Dynamique d'engagement des Fondations » en prolonge les enseignements."]),
        ('2. Des fonds pour expérimenter', [
            "Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 est doté de "
            "1,5~million d'euros pour une expérimentation sur trois ans. Celle-ci mobilise 350 "
            "« catalyseurs territoriaux ».",
            "L'ODD 17 compte dix-neuf cibles, selon la note du Comité 21 parue le 5~juillet."]),
        ('3. Une fondation pour les territoires', [
            "Créée le 14~juin~2022 sous l'égide de la Fondation de Lille, la Fondation des Territoires "
            "réunit vingt et un co-fondateurs<sup>1</sup> et s'est donné trois missions."]),
    ]
    for head, ps in sections:
        y = para(c, colx, y, colw, '<b>' + head + '</b>', 'S', 11.5, 15)
        for p in ps:
            y = para(c, colx, y, colw, p, 'S', 9.3, 13.2)
        y -= 3 * mm
    hline(c, colx, colx + 40 * mm, 30 * mm)
    para(c, colx, 26 * mm, colw, "1. La préfiguration de la Fondation avait été lancée en juillet~2018.",
         'S', 7.5, 10, MID)
    c.showPage()

    # ---- page 2
    frame(2)
    y = H - 36 * mm
    y = para(c, L, y, R - L, '<b>Le cheminement de la Fondation des Territoires</b>', 'S', 12, 15)
    rows = [('Étape', 'Période', 'Objet'),
            ('Étape 1', '07/18 – 07/19', 'préfiguration et premiers partenaires'),
            ('Étape 2', '08/19 – 11/20', 'construction du programme'),
            ('Étape 3', '12/20 – 05/22', 'création de la fondation')]
    for i, (a, b, d) in enumerate(rows):
        if i == 0:
            rect(c, L, y - 2 * mm, R - L, 7 * mm, GREY)
        line(c, L + 2 * mm, y, ('<b>%s</b>' % a) if i == 0 else a, 'S', 9)
        line(c, L + 35 * mm, y, ('<b>%s</b>' % b) if i == 0 else b, 'S', 9)
        line(c, L + 80 * mm, y, ('<b>%s</b>' % d) if i == 0 else d, 'S', 9)
        y -= 7 * mm
    y -= 4 * mm
    for p in [
        "La Charte du faire alliance, co-construite sous le pilotage de la Fondation, a été lancée le "
        "30~novembre~2021 à Saint-Maurice<sup>2</sup>, pour le Giving Tuesday.",
        "Depuis 2006, Le RAMEAU a conduit des expérimentations auprès de plus de 500 organisations ; "
        "les fondations y tiennent une place croissante.",
        "Sur le terrain, « Agir ensemble en Territoire » s'appuie depuis 2010 sur des territoires "
        "pilotes, dont Paris-Est Marne & Bois, où la Charte a été dévoilée.",
    ]:
        y = para(c, L, y, R - L, p, 'S', 9.5, 13.5)
    y -= 4 * mm
    rect(c, L, y - 26 * mm, R - L, 26 * mm, colors.HexColor('#e6f2ea'))
    yy = para(c, L + 5 * mm, y - 8 * mm, R - L - 10 * mm, '<b>À retenir</b>', 'S', 10.5, 13)
    para(c, L + 5 * mm, yy, R - L - 10 * mm, "Quarante-deux fondations interrogées, un fonds de 1,5~M€, "
         "vingt et un co-fondateurs : les chiffres de la page 1 dessinent un engagement qui se "
         "structure.", 'S', 9, 12.5)
    hline(c, L, L + 40 * mm, 24 * mm)
    para(c, L, 20 * mm, R - L, "2. Le site associations.gouv.fr annonce un « mardi 30 septembre ».",
         'S', 7.5, 10, MID)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 05  Diaporama 16:9, 6 slides
# ---------------------------------------------------------------------------

def slides():
    W, H = 960, 540
    c = newcanvas('obs-u-05-diaporama-elus-locaux-16x9.pdf', (W, H), 'Élus locaux et alliances')
    L, R = 48, W - 48

    def frame(n, title):
        rect(c, 0, 0, W, H, colors.white)
        rect(c, 0, H - 70, W, 70, PLUM)
        line(c, L, H - 46, '<b>' + title + '</b>', 'S', 24, colors.white)
        line(c, L, 18, 'Le RAMEAU · Observatoire des partenariats · décembre~2024', 'S', 9, MID)
        line(c, R, 18, '%d / 6' % n, 'S', 9, MID, 'r')

    # slide 1
    rect(c, 0, 0, W, H, PLUM)
    line(c, L, H - 200, '<b>Élus locaux et alliances</b>', 'S', 40, colors.white)
    line(c, L, H - 245, 'Ce que disent les maires, de PHARE à IMPACTS & TRAJECTOIRES', 'S', 18,
         colors.white)
    line(c, L, H - 300, "Comité d'orientation · 5~décembre~2024", 'S', 14, colors.white)
    line(c, R, 18, '1 / 6', 'S', 9, colors.white, 'r')
    c.showPage()

    # slide 2
    frame(2, 'Au programme')
    y = H - 130
    for i, t in enumerate(["Les maires en 2016 : PHARE-Institutions", "Jouer collectif",
                           "Novembre 2024 : des territoires en mouvement", "Et maintenant ?"]):
        line(c, L + 20, y, '<b>%d</b>' % (i + 1), 'S', 26, PLUM)
        line(c, L + 70, y + 2, t, 'S', 20)
        y -= 70
    line(c, L + 20, 60, "Quatre temps, une question : comment les élus s'allient-ils ?", 'S', 12, MID)
    c.showPage()

    # slide 3
    frame(3, 'Les maires en 2016 : PHARE-Institutions')
    c.setStrokeColor(PLUM)
    c.setLineWidth(22)
    c.circle(230, 260, 110, fill=0, stroke=1)
    line(c, 230, 250, '<b>87^%</b>', 'S', 44, PLUM, 'c')
    line(c, 230, 110, "des maires voient dans les partenariats", 'S', 13, DARK, 'c')
    line(c, 230, 92, "une source d'innovation", 'S', 13, DARK, 'c')
    y = 380
    for p in ["Publié le 29~novembre~2016, le dernier volet de PHARE s'adresse aux institutions.",
              "Il distingue cinq profils de maires, du plus réservé au plus engagé.",
              "Un premier référentiel de la co-construction territoriale en découle."]:
        y = para(c, 440, y, 460, p, 'S', 16, 21, after=12)
    c.showPage()

    # slide 4
    frame(4, 'Jouer collectif')
    for x, v in [(250, '64^%'), (690, '92^%')]:
        line(c, x, 330, '<b>' + v + '</b>', 'S', 64, ORANGE, 'c')
    for x, ls in [(250, ['des élus locaux veulent', "s'appuyer sur le", '« jouer collectif »']),
                  (690, ['des maires reconnaissent', "l'utilité de la", 'co-construction'])]:
        y = 280
        for ln in ls:
            line(c, x, y, ln, 'S', 16, DARK, 'c')
            y -= 22
    para(c, L, 90, R - L, "Sources : 64~% : IMPACT-Elus locaux, novembre~2020. 92~% : présenté au "
         "3e dîner « Elus & Entreprises », sans date de terrain.", 'S', 10, 13, MID)
    c.showPage()

    # slide 5
    frame(5, 'Novembre 2024 : des territoires en mouvement')
    bx, bw = L, 560
    rect(c, bx, 330, bw * 0.35, 50, PLUM)
    rect(c, bx + bw * 0.35, 330, bw * 0.56, 50, colors.HexColor('#b48ec4'))
    rect(c, bx + bw * 0.91, 330, bw * 0.09, 50, GREY)
    line(c, bx + 10, 350, '<b>35^%</b>', 'S', 16, colors.white)
    line(c, bx + bw * 0.35 + 10, 350, '<b>56^%</b>', 'S', 16, colors.white)
    line(c, bx, 305, 'fortement en mouvement', 'S', 11, DARK)
    line(c, bx + bw * 0.35 + 10, 305, 'en mouvement, ni plus ni moins', 'S', 11, DARK)
    line(c, bx, 280, 'Part des maires dont le territoire est en mouvement', 'S', 11, MID)
    rect(c, 660, 250, 250, 140, SAND)
    line(c, 785, 330, '<b>91^%</b>', 'S', 48, PLUM, 'c')
    line(c, 785, 300, 'en mouvement, au total', 'S', 12, DARK, 'c')
    y = 220
    for p in ["302 maires interrogés par téléphone, du 30~septembre au 28~octobre~2024.",
              "Parmi eux, 84~% exercent dans une commune de moins de 2~000 habitants."]:
        y = para(c, L, y, R - L, p, 'S', 15, 20, after=10)
    c.showPage()

    # slide 6
    frame(6, 'Et maintenant ?')
    y = H - 130
    for p in ["Le programme IMPACT (2018-2022) l'avait montré : 76~% des maires jugent leur territoire "
              "engagé, mais 46~% d'entre eux ne savent pas comment piloter les alliances.",
              "Troisième piste après PHARE et IMPACT : outiller les élus avec la fiche-repère "
              "« Les dynamiques d'engagement des Collectivités territoriales ».",
              "La démarche « Agir ensemble en Territoire » reste ouverte aux nouveaux territoires."]:
        y = para(c, L, y, R - L, '› ' + p, 'S', 17, 23, after=14)
    c.showPage()
    c.save()


if __name__ == '__main__':
    lettre()
    annexe()
    frise()
    fiche()
    slides()
