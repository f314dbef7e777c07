#!/usr/bin/env python
"""Deterministic generator of the 5 PDFs of figure-finder gold set X.

Run: /work/main/.venv/bin/python make_docs.py

reportlab with rl_config.invariant = 1 and invariant=1 on every canvas; DejaVu fonts from
/usr/share/fonts/truetype/dejavu/. The helpers (NbspTTFont, prep/wrap/draw_line, Doc, Flow, table)
are copied from set W's make_docs.py: NbspTTFont is reportlab 5.1.0's TTFont.splitString without the
line that maps U+00A0 to a space, so U+00A0 and U+202F reach the text layer.

Source strings: `~` is U+00A0, `^` is U+202F, « … » get U+00A0 inside, and a space before ; : ? !
becomes U+00A0 (French typography). Inline markup: <b>, <i>, <sup>. Text is wrapped greedily at
ordinary spaces, left-aligned, never hyphenated.
"""
import os
import re

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics, pdfdoc
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import isUnicode
from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.pagesizes import A4, landscape

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = '/usr/share/fonts/truetype/dejavu'


# --------------------------------------------------------------------------- fonts
class NbspTTFont(TTFont):
    """TTFont whose splitString keeps U+00A0 (reportlab 5.1.0 maps it to U+0020)."""

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
            # (reportlab maps 0xa0 to 32 here; this subclass does not)
            if code in assignments:
                n = assignments[code]
            elif code not in charToGlyph:
                n = 0
            else:
                if state.frozen:
                    raise pdfdoc.PDFError("Font %s is already frozen, cannot add new character U+%04X"
                                          % (self.fontName, code))
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


FAM = {
    'sans': ('DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique', 'DejaVuSans-BoldOblique'),
    'serif': ('DejaVuSerif', 'DejaVuSerif-Bold', 'DejaVuSerif-Italic', 'DejaVuSerif-BoldItalic'),
    'cond': ('DejaVuSansCondensed', 'DejaVuSansCondensed-Bold', 'DejaVuSansCondensed-Oblique',
             'DejaVuSansCondensed-BoldOblique'),
    'mono': ('DejaVuSansMono', 'DejaVuSansMono-Bold', 'DejaVuSansMono-Oblique',
             'DejaVuSansMono-BoldOblique'),
}
for _fam in FAM.values():
    for _name in _fam:
        pdfmetrics.registerFont(NbspTTFont(_name, os.path.join(FONTDIR, _name + '.ttf')))


def fontname(fam, b=False, i=False):
    return FAM[fam][(1 if b else 0) + (2 if i else 0)]


# --------------------------------------------------------------------------- text
def prep(s):
    s = s.replace('~', '\u00a0').replace('^', '\u202f')
    s = s.replace('« ', '«\u00a0').replace(' »', '\u00a0»')
    for p in ';:?!':
        s = s.replace(' ' + p, '\u00a0' + p)
    return s


TAG = re.compile(r'</?(b|i|sup)>')


def runs(s):
    b = i = sup = False
    out = []
    pos = 0
    for m in TAG.finditer(s):
        if m.start() > pos:
            out.append((s[pos:m.start()], b, i, sup))
        on = not m.group(0).startswith('</')
        if m.group(1) == 'b':
            b = on
        elif m.group(1) == 'i':
            i = on
        else:
            sup = on
        pos = m.end()
    if pos < len(s):
        out.append((s[pos:], b, i, sup))
    return out


def words(s):
    """Split marked-up text at ordinary spaces into words (lists of styled segments)."""
    ws = [[]]
    for text, b, i, sup in runs(prep(s)):
        parts = text.split(' ')
        for k, p in enumerate(parts):
            if k:
                ws.append([])
            if p:
                ws[-1].append((p, b, i, sup))
    return [w for w in ws if w]


SUP_SCALE, SUP_RISE = 0.62, 0.38


def seg_width(seg, fam, size):
    text, b, i, sup = seg
    return pdfmetrics.stringWidth(text, fontname(fam, b, i), size * SUP_SCALE if sup else size)


def word_width(w, fam, size):
    return sum(seg_width(s, fam, size) for s in w)


def space_width(fam, size):
    return pdfmetrics.stringWidth(' ', fontname(fam), size)


def wrap(s, fam, size, width):
    lines, cur, curw = [], [], 0.0
    sp = space_width(fam, size)
    for w in words(s):
        ww = word_width(w, fam, size)
        if cur and curw + sp + ww > width:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            curw = curw + sp + ww if cur else ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def line_width(line, fam, size):
    return sum(word_width(w, fam, size) for w in line) + space_width(fam, size) * (len(line) - 1)


def draw_line(c, x, y, line, fam, size, color=black, align='left', width=None):
    if align != 'left':
        lw = line_width(line, fam, size)
        x = x + (width - lw) if align == 'right' else x + (width - lw) / 2.0
    t = c.beginText(x, y)
    t.setFillColor(color)
    for k, w in enumerate(line):
        if k:
            t.setFont(fontname(fam), size)
            t.setRise(0)
            t.textOut(' ')
        for text, b, i, sup in w:
            t.setFont(fontname(fam, b, i), size * SUP_SCALE if sup else size)
            t.setRise(size * SUP_RISE if sup else 0)
            t.textOut(text)
    t.setRise(0)
    c.drawText(t)


def text(c, x, y, s, fam='sans', size=10, color=black, align='left', width=None):
    """One line, no wrapping (align: left at x, right/center inside [x, x+width])."""
    line = [w for w in words(s)]
    if width is None:
        width = 0
    draw_line(c, x, y, line, fam, size, color, align, width)
    return line_width(line, fam, size)


def para(c, x, y, w, s, fam='sans', size=10, leading=None, color=black, align='left'):
    """Wrapped paragraph; y is the top; returns the y below the last line."""
    leading = leading or size * 1.35
    for line in wrap(s, fam, size, w):
        draw_line(c, x, y - size, line, fam, size, color, align, w)
        y -= leading
    return y


def para_height(w, s, fam='sans', size=10, leading=None):
    leading = leading or size * 1.35
    return len(wrap(s, fam, size, w)) * leading


# --------------------------------------------------------------------------- document
class Doc:
    def __init__(self, name, size, start=None, end=None, title=''):
        self.name = name
        self.path = os.path.join(HERE, name)
        self.c = canvas.Canvas(self.path, pagesize=size, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor('Observatoire des partenariats')
        self.W, self.H = size
        self.page = 1
        self.start, self.end = start, end
        self.notes = {}
        if self.start:
            self.start(self)

    def new_page(self):
        if self.end:
            self.end(self)
        self.c.showPage()
        self.page += 1
        if self.start:
            self.start(self)

    def save(self):
        if self.end:
            self.end(self)
        self.c.save()


class Flow:
    """Pours paragraphs through frames (x, ytop, width, ybottom, newpage_before)."""

    def __init__(self, doc, frames):
        self.doc = doc
        self.frames = frames
        self.fi = 0
        self.y = frames[0][1]

    @property
    def x(self):
        return self.frames[self.fi][0]

    @property
    def w(self):
        return self.frames[self.fi][2]

    @property
    def ybot(self):
        return self.frames[self.fi][3]

    def next_frame(self):
        self.fi += 1
        if self.fi >= len(self.frames):
            raise RuntimeError('%s: flow overflows its frames' % self.doc.name)
        if self.frames[self.fi][4]:
            self.doc.new_page()
        self.y = self.frames[self.fi][1]

    def add(self, s, fam='sans', size=10, leading=None, color=black, before=0, after=0,
            indent=0, keep=0, bg=None):
        """keep: extra height that must fit below the paragraph's first line(s)."""
        leading = leading or size * 1.35
        lines = wrap(s, fam, size, self.w - indent)
        if self.y != self.frames[self.fi][1]:
            self.y -= before
        if keep and self.y - leading * len(lines) - keep < self.ybot:
            self.next_frame()
        for line in lines:
            if self.y - leading < self.ybot - 0.01:
                self.next_frame()
            draw_line(self.doc.c, self.x + indent, self.y - size, line, fam, size, color)
            self.y -= leading
        self.y -= after

    def skip(self, h):
        self.y -= h

    def space_left(self):
        return self.y - self.ybot


# --------------------------------------------------------------------------- drawing helpers
def rule(c, x1, y, x2, color, width=0.6):
    c.setStrokeColor(color)
    c.setLineWidth(width)
    c.line(x1, y, x2, y)


def box(c, x, y, w, h, fill=None, stroke=None, width=0.8, radius=0):
    if fill is not None:
        c.setFillColor(fill)
    if stroke is not None:
        c.setStrokeColor(stroke)
        c.setLineWidth(width)
    if radius:
        c.roundRect(x, y, w, h, radius, stroke=1 if stroke is not None else 0,
                    fill=1 if fill is not None else 0)
    else:
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)


def table(c, x, y, widths, rows, fam='sans', size=9, leading=None, aligns=None, head=1,
          head_fill=None, head_color=black, zebra=None, line_color=None, pad=4):
    """Draws rows top-down, cells left to right; returns the y below the table."""
    leading = leading or size * 1.3
    aligns = aligns or ['left'] * len(widths)
    for r, row in enumerate(rows):
        cells = [wrap(('<b>%s</b>' % s) if r < head else s, fam, size, wd - 2 * pad)
                 for s, wd in zip(row, widths)]
        h = max(len(cl) for cl in cells) * leading + 2 * pad
        total = sum(widths)
        if r < head and head_fill is not None:
            box(c, x, y - h, total, h, fill=head_fill)
        elif zebra is not None and r % 2 == 0:
            box(c, x, y - h, total, h, fill=zebra)
        cx = x
        for cl, wd, al in zip(cells, widths, aligns):
            yy = y - pad
            for line in cl:
                draw_line(c, cx + pad, yy - size, line, fam, size,
                          head_color if r < head else black, al, wd - 2 * pad)
                yy -= leading
            cx += wd
        y -= h
        if line_color is not None:
            rule(c, x, y, x + total, line_color, 0.4)
    return y


NAVY = HexColor('#1f3a5f')
TEAL = HexColor('#177e89')
ORANGE = HexColor('#d9822b')
GREY = HexColor('#666666')
LIGHT = HexColor('#eef2f6')
SAND = HexColor('#f6efe3')
GREEN = HexColor('#3c7a3a')
PLUM = HexColor('#6b3a6b')


def hbars(c, x, y, label_w, bar_w, bars, maxv, fam='sans', size=9, gap=20, color=TEAL,
          ticks=None):
    """Horizontal bars: label, bar, value (drawn in that order per bar); then tick labels."""
    for label, value, shown in bars:
        draw_line(c, x, y, words(label), fam, size, black, 'right', label_w - 8)
        bw = bar_w * value / float(maxv)
        box(c, x + label_w, y - 2, bw, size + 2, fill=color)
        text(c, x + label_w + bw + 5, y, shown, fam, size, black)
        y -= gap
    if ticks:
        rule(c, x + label_w, y + gap - 8, x + label_w + bar_w, GREY, 0.4)
        yt = y + gap - 18
        for t in ticks:
            tx = x + label_w + bar_w * float(t) / maxv
            w = pdfmetrics.stringWidth(t, fontname(fam), size - 1.5)
            text(c, tx - w / 2, yt, t, fam, size - 1.5, GREY)
        y -= 14
    return y




BRICK = HexColor('#a23b2a')
OLIVE = HexColor('#5a6b2f')
PALE = HexColor('#f3f6ea')
ROSE = HexColor('#f8ecea')


def footnotes(c, L, W, notes, fam='sans', size=7.6, leading=10, color=GREY, ybase=56):
    """Draws footnotes upward from ybase; returns the top y of the notes block."""
    h = sum(para_height(W, n, fam, size, leading) + 2 for n in notes)
    y = ybase + h
    rule(c, L, y + 6, L + 110, GREY, 0.5)
    top = y + 6
    for n in notes:
        y = para(c, L, y, W, n, fam, size, leading, color) - 2
    return top


def series_table(c, x, y, widths, rows, size=9, fill=LIGHT, head_color=NAVY):
    return table(c, x, y, widths, rows, 'sans', size, size * 1.35,
                 ['left'] + ['right'] * (len(widths) - 1), head_fill=fill, head_color=head_color,
                 line_color=GREY, pad=4.5)


# =========================================================================== X-01
def x01():
    name = 'obs-x-01-rapport-activite-bilan-2008-2024.pdf'
    L, R = 64, 531
    W = R - L
    NOTES = {
        1: ["1. Le rapport quinquennal de 2012, comme une étude parue en janvier 2011, dit "
            "l'Observatoire « créé en 2007 »."],
        2: ["2. Deux autres sources datent PHARE de 2013-2017."],
        3: ["3. Une autre présentation des mêmes résultats retient 69~% des citoyens."],
        4: [],
    }

    def start(d):
        c = d.c
        text(c, L, 812, "Observatoire des partenariats · Rapport d'activité, bilan 2008-2024", 'sans', 7.8, GREY)
        text(c, L, 812, "mars 2025", 'sans', 7.8, GREY, 'right', W)
        rule(c, L, 805, R, NAVY, 0.6)

    def end(d):
        c = d.c
        if NOTES[d.page]:
            footnotes(c, L, W, NOTES[d.page])
        text(c, L, 32, "%d / 4" % d.page, 'sans', 8, GREY, 'center', W)

    def ybot(p):
        return 56 + sum(para_height(W, n, 'sans', 7.6, 10) + 2 for n in NOTES[p]) + 22

    H = dict(fam='sans', size=12, leading=16, color=NAVY, before=10, after=5, keep=40)
    P = dict(fam='serif', size=10.2, leading=14.6, after=6)
    NOTE = dict(fam='sans', size=7.8, leading=10.4, color=GREY, after=2)

    d = Doc(name, A4, start, end, "Rapport d'activité - bilan 2008-2024")
    c = d.c
    # ---- p1
    box(c, 0, 690, 595, 105, fill=NAVY)
    text(c, L, 770, "<b>RAPPORT D'ACTIVITÉ</b>", 'sans', 9, HexColor('#9fd3da'))
    text(c, L, 740, "<b>Bilan 2008-2024 : les séries de l'Observatoire</b>", 'sans', 20, white)
    text(c, L, 712, "Observatoire des partenariats · publié en mars 2025", 'sans', 9, HexColor('#9fd3da'))
    f = Flow(d, [(L, 676, W, ybot(1), False)])
    f.add("<i>Créé en 2008 par la Caisse des Dépôts et Le RAMEAU<sup>1</sup>, en partenariat avec le MEDEF "
          "et le Mouvement associatif, l'Observatoire des partenariats mesure depuis l'origine la place "
          "des alliances entre associations, entreprises, collectivités et citoyens. Ce bilan reprend "
          "ses séries, programme par programme : ARPEA, PHARE, puis IMPACT.</i>",
          fam='serif', size=10.8, leading=15, color=GREY, after=4)
    f.add("<b>1. 2008-2012 : ARPEA, les premiers constats</b>", **H)
    f.add("Le premier programme quinquennal, ARPEA, a été conduit en dix volets. Son rapport "
          "quinquennal, publié le 11 décembre 2012, en tire le bilan.", **P)
    f.add("Côté citoyens, le constat est posé dès deux mille huit : 86~% des Français jugent alors "
          "urgent de créer des partenariats entre associations et entreprises. Quatre ans plus tard, "
          "ils sont encore 84~%.", **P)
    f.add("Les entreprises sont plus partagées. Selon l'étude ARPEA Entreprises & Territoires, publiée "
          "en janvier 2011, 21~% d'entre elles développent des partenariats et 33~% souhaitent en "
          "développer (tableau~1).", **P)
    y = f.y - 8
    text(c, L, y, "<b>Tableau 1 – Les séries d'ARPEA (en~%)</b>", 'sans', 9.5, NAVY)
    y = series_table(c, L, y - 7, [W - 180, 60, 60, 60], [
        ["Population et question", "2008", "2011", "2012"],
        ["Français : urgence de créer des partenariats", "86", "–", "84"],
        ["Entreprises : développent des partenariats<sup>a</sup>", "–", "21", "–"],
        ["Entreprises : souhaitent en développer<sup>a</sup>", "–", "33", "–"],
        ["Entreprises : ne le souhaitent pas<sup>a</sup>", "–", "46", "–"],
    ])
    f = Flow(d, [(L, y - 5, W, ybot(1), False)])
    f.add("a. Étude ARPEA Entreprises & Territoires, janvier 2011. – : pas de mesure cette année-là.", **NOTE)
    f.add("Lecture : en 2011, 46~% des entreprises ne souhaitaient pas développer de partenariats.", **NOTE)
    f.skip(6)
    f.add("Sur le terrain, la démarche « Agir ensemble en Territoire » est initiée en 2010, à la suite de "
          "l'étude ARPEA-Collectivités locales. Elle est d'abord expérimentée dans trois territoires "
          "pilotes : l'Alsace, le Poitou-Charentes et Paris-Est Marne & Bois.", **P)
    # ---- p2
    d.new_page()
    f = Flow(d, [(L, 790, W, ybot(2), False)])
    f.add("<b>2. 2013-2018 : PHARE, l'alliance vue par chaque public</b>", **H)
    f.add("Le deuxième programme, PHARE (2013-2018)<sup>2</sup>, s'est déployé en six volets, publiés de "
          "septembre 2015 à l'automne 2016 : un volet par public, des rapports régionaux et des "
          "diagnostics sectoriels.", **P)
    f.add("Le volet Citoyens, paru en septembre 2015, a interrogé plus de 2~000 personnes. L'emploi y "
          "arrive en tête des enjeux, noté 7,1 sur 10.", **P)
    f.add("Quatre publics ont répondu à une même question, celle du « devoir d'alliance » "
          "(tableau~2).", **P)
    y = f.y - 8
    text(c, L, y, "<b>Tableau 2 – Le « devoir d'alliance », public par public (en~%)</b>", 'sans', 9.5, NAVY)
    y = series_table(c, L, y - 7, [W - 140, 70, 70], [
        ["Public", "2015", "2016"],
        ["Français", "69", "–"],
        ["Dirigeants d'entreprise", "81", "–"],
        ["Responsables associatifs", "86", "–"],
        ["Maires<sup>b</sup>", "–", "87"],
    ])
    f = Flow(d, [(L, y - 5, W, ybot(2), False)])
    f.add("b. Volet PHARE-Institutions, publié le 29 novembre 2016.", **NOTE)
    f.skip(6)
    f.add("Les maires sont donc 87~% à partager ce constat en 2016, contre 69~% des Français un an plus "
          "tôt. PHARE-Institutions distingue par ailleurs cinq profils de maires.", **P)
    f.add("La même année, treize rapports régionaux sont parus ; le onzième, consacré à la Normandie, a "
          "été publié le 26 novembre.", **P)
    # ---- p3
    d.new_page()
    f = Flow(d, [(L, 790, W, ybot(3), False)])
    f.add("<b>3. 2018-2022 : IMPACT, mesurer les effets</b>", **H)
    f.add("Lancé en novembre 2017 avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe "
          "La Poste et la Fondation TOTAL, le troisième programme s'organise autour de trois axes : "
          "innovation sociétale et territoriale, performance des organisations, confiance.", **P)
    f.add("Premier enseignement : les partenariats sont une source d'innovation pour 74~% des Français, "
          "81~% des dirigeants d'entreprise, 86~% des responsables associatifs et 87~% des "
          "maires<sup>3</sup>.", **P)
    f.add("Les maires se disent engagés : 76~% jugent leur territoire engagé. Pourtant, 46~% d'entre eux "
          "ne savent pas comment piloter ces alliances.", **P)
    f.add("<b>4. Du constat au droit</b>", **H)
    f.add("Lors du FNAF 2019, Gabriel Attal confie une mission à Cathy Racon-Bouzon et Charles-Benoît "
          "Heidsieck. Le rapport est remis le 7 mai 2020, et un bilan est présenté le 17 octobre 2020.", **P)
    f.add("La proposition de loi sur le « droit de l'alliance d'intérêt général », portée par Cathy "
          "Racon-Bouzon, est agréée par le Bureau de l'Assemblée nationale et publiée au Journal "
          "officiel. Le plaidoyer qui l'accompagne cite une « feuille de route » ministérielle de "
          "21 mesures.", **P)
    # ---- p4
    d.new_page()
    f = Flow(d, [(L, 790, W, ybot(4), False)])
    f.add("<b>5. 2020 : des données pour agir</b>", **H)
    f.add("Au sortir de la crise sanitaire, Le RAMEAU inventorie plus de 250 données utiles à la "
          "reprise. La co-construction y apparaît utile pour rebondir à 81~% des Français et à 84~% des "
          "dirigeants de TPE et de PME.", **P)
    f.add("La même année, l'étude IMPACT-Elus locaux, réalisée en novembre 2020 avec Comisis-OpinionWay, "
          "montre que 64~% des élus locaux veulent s'appuyer sur le « jouer collectif ».", **P)
    f.add("Le Fonds ODD 17 est co-créé cette année-là par Le RAMEAU et la Fondation TotalEnergies : doté "
          "de 1,5~M€, il finance une expérimentation sur 3 ans et vise 350 « catalyseurs "
          "territoriaux ».", **P)
    f.add("<b>6. Les maires, de 2016 à 2024</b>", **H)
    f.add("Le tableau~3 suit les maires d'une enquête à l'autre. En 2024, l'étude IMPACTS & TRAJECTOIRES "
          "– Elus locaux a interrogé 302 maires par téléphone, du 30 septembre au 28 octobre 2024.", **P)
    y = f.y - 8
    text(c, L, y, "<b>Tableau 3 – Les maires et l'alliance (en~%)</b>", 'sans', 9.5, NAVY)
    y = series_table(c, L, y - 7, [W - 180, 60, 60, 60], [
        ["Question posée", "2016", "2020", "2024"],
        ["Maires : « devoir d'alliance »<sup>c</sup>", "87", "–", "–"],
        ["Élus locaux : s'appuyer sur le « jouer collectif »", "–", "64", "–"],
        ["Maires : territoire en mouvement", "–", "–", "91"],
        ["dont fortement en mouvement", "–", "–", "35"],
        ["dont ni plus ni moins", "–", "–", "56"],
    ])
    f = Flow(d, [(L, y - 5, W, ybot(4), False)])
    f.add("c. PHARE-Institutions, 29 novembre 2016. – : question non posée cette année-là.", **NOTE)
    f.skip(14)
    y = f.y
    bh = 62
    box(c, L, y - bh, W, bh, fill=SAND)
    para(c, L + 12, y - 12, W - 24,
         "<i>Le RAMEAU, qui a co-créé l'Observatoire, rappelle que depuis 2006 il a conduit des "
         "expérimentations auprès de plus de 500 organisations.</i>", 'serif', 10, 14.5, black)
    d.save()
    return name


# =========================================================================== X-02
def x02():
    name = 'obs-x-02-table-ronde-faire-alliance-en-territoire.pdf'
    L, R = 64, 531
    W = R - L

    def start(d):
        c = d.c
        text(c, L, 812, "Compte rendu · Table ronde « Faire alliance en territoire » · 15 juin 2023",
             'sans', 7.8, GREY)
        rule(c, L, 805, R, PLUM, 0.6)

    def end(d):
        text(d.c, L, 32, "%d/4" % d.page, 'sans', 8, GREY, 'right', W)

    P = dict(fam='serif', size=11, leading=16.2, after=9)
    HM, BQ, NB, OT, CV = ("Hélène Marchal", "Bernard Quéré", "Nadia Benali", "Olivier Texier",
                          "Claire Vasseur")

    def turn(f, who, s):
        f.add("<b>%s</b> — %s" % (who, s), **P)

    d = Doc(name, A4, start, end, "Compte rendu de la table ronde « Faire alliance en territoire »")
    c = d.c
    # ---- p1
    text(c, L, 772, "<b>COMPTE RENDU</b>", 'sans', 9, PLUM)
    yt = para(c, L, 764, W, "<b>Table ronde « Faire alliance en territoire »</b>", 'serif', 21, 26, black)
    text(c, L, yt - 18, "Rencontres de l'Observatoire des partenariats · Paris, 15 juin 2023", 'sans', 9.5, GREY)
    y = yt - 34
    bh = 92
    box(c, L, y - bh, W, bh, fill=HexColor('#f3edf3'))
    text(c, L + 10, y - 16, "<b>Intervenants</b>", 'sans', 9.5, PLUM)
    yy = y - 30
    for who, role in ((HM, "journaliste, animatrice de la table ronde"),
                      (BQ, "maire"),
                      (NB, "directrice d'une association employeuse"),
                      (OT, "dirigeant d'une PME"),
                      (CV, "chargée d'études à l'Observatoire des partenariats")):
        text(c, L + 10, yy, "<b>%s</b>, %s" % (who, role), 'sans', 8.6, black)
        yy -= 12
    f = Flow(d, [(L, y - bh - 14, W, 60, False)])
    f.add("<i>La table ronde a réuni quatre intervenants et une animatrice autour d'une question : que "
          "disent les chiffres de l'Observatoire sur l'alliance en territoire ? Ce compte rendu reprend "
          "leurs propos ; les chiffres sont ceux qu'ils ont cités, avec les sources qu'ils ont "
          "données.</i>", fam='serif', size=10, leading=14.5, color=GREY, after=10)
    turn(f, HM, "Commençons par le plaidoyer pour un droit de l'alliance. Il avance trois chiffres : "
         "81~% des Français ressentent un « devoir d'alliance », 92~% des maires un « besoin "
         "d'alliance » et 84~% des dirigeants d'entreprise une « envie d'alliance ». Monsieur le maire, "
         "vous vous y retrouvez ?")
    turn(f, BQ, "Je fais partie des 92~%, sans hésiter. Dans ma commune, plus rien ne se fait seul. Et ce "
         "n'est pas nouveau : en 2016 déjà, PHARE-Institutions nous comptait 87~% à partager le constat "
         "d'un « devoir d'alliance ».")
    turn(f, HM, "Savez-vous pour autant piloter ces alliances ?")
    turn(f, BQ, "Pas toujours. Le programme IMPACT l'a mesuré : 76~% des maires jugent leur territoire "
         "engagé, mais 46~% d'entre nous ne savent pas comment piloter les alliances. Je me range "
         "plutôt dans la seconde catégorie.")
    turn(f, HM, "Et les élus locaux dans leur ensemble ?")
    turn(f, CV, "L'étude IMPACT-Elus locaux de novembre 2020 montre que 64~% d'entre eux veulent "
         "s'appuyer sur le « jouer collectif ».")
    # ---- p2
    d.new_page()
    f = Flow(d, [(L, 790, W, 60, False)])
    turn(f, HM, "Madame Benali, et du côté des associations ?")
    turn(f, NB, "Les associations employeuses sont 148~000 en France, et 98~% d'entre elles ont des "
         "partenaires : c'est ce que montre l'étude IMPACT – Associations & Territoires. Pour 89~%, ce "
         "partenaire est une collectivité.")
    turn(f, HM, "Des partenaires proches ?")
    turn(f, NB, "Oui : 73~% nouent des partenariats à l'échelle locale, contre 47~% à l'échelle "
         "régionale.")
    turn(f, CV, "Je complète avec l'enquête Associations & Partenariats de Recherches & Solidarités et du "
         "RAMEAU, menée en mai-juin 2016 auprès de plus de 1~380 responsables associatifs et publiée en "
         "mars 2017. Une association y déclarait 2,5~partenaires en moyenne, et les collectivités "
         "étaient citées par 74~% d'entre elles.")
    f.add("<b>Question de la salle</b> — Et les petites associations, celles qui n'ont presque pas de "
          "budget ?", **P)
    turn(f, CV, "La taille compte. Dans la même enquête, la moitié des associations dont le budget "
         "dépasse 150~000~€ avaient un partenariat avec une entreprise, contre 20~% de celles dont le "
         "budget est inférieur à 10~000~€.")
    turn(f, NB, "C'est exactement ce que nous vivons : sans salariés pour les porter, les partenariats "
         "restent rares.")
    # ---- p3
    d.new_page()
    f = Flow(d, [(L, 790, W, 60, False)])
    turn(f, HM, "Monsieur Texier, les entreprises ont longtemps été les plus réticentes.")
    turn(f, OT, "C'est vrai. En janvier 2011, l'étude ARPEA Entreprises & Territoires ne comptait que "
         "21~% d'entreprises développant des partenariats ; 33~% souhaitaient en développer et 46~% ne "
         "le souhaitaient pas.")
    turn(f, OT, "Cinq ans plus tard, la note de l'Observatoire du 29 février 2016 situait à 37~% la part "
         "des entreprises d'au moins 10~salariés engagées dans des partenariats. Chez les pionniers, on "
         "atteignait 65~%.")
    turn(f, HM, "Et depuis la crise sanitaire ?")
    turn(f, OT, "Les dirigeants de TPE et de PME sont 84~% à juger la co-construction utile pour "
         "rebondir, comme 81~% des Français. Je le constate tous les jours dans mon entreprise.")
    turn(f, CV, "Ces deux chiffres viennent de l'inventaire « Données pour agir », qui rassemble plus de "
         "250~données.")
    # ---- p4
    d.new_page()
    f = Flow(d, [(L, 790, W, 60, False)])
    turn(f, HM, "Claire Vasseur, comment l'alliance s'organise-t-elle sur les territoires ?")
    turn(f, CV, "Par étapes. Dès 2010, la démarche « Agir ensemble en Territoire » a démarré dans trois "
         "territoires pilotes. Plus tard, le CGET et Le RAMEAU ont lancé un parcours d'expérience avec "
         "onze territoires pionniers, dont la première session s'est tenue le 3 mai.")
    turn(f, BQ, "Dix territoires, j'avais lu ?")
    turn(f, CV, "C'est l'autre chiffre qui circule : une autre source parle du « CGET et 10 territoires "
         "pilotes ».")
    turn(f, HM, "Et les moyens ?")
    turn(f, NB, "Le Fonds ODD 17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, est doté "
         "de 1,5~M€ pour une expérimentation sur trois ans. Il vise 350 catalyseurs territoriaux.")
    turn(f, BQ, "Et la Fondation des Territoires, créée le 14 juin 2022 sous l'égide de la Fondation de "
         "Lille, réunit 21 co-fondateurs.")
    y = f.y - 10
    bh = 84
    box(c, L, y - bh, W, bh, fill=HexColor('#f3edf3'))
    box(c, L, y - bh, 4, bh, fill=PLUM)
    text(c, L + 14, y - 17, "<b>Les chiffres à retenir, selon la rédaction</b>", 'sans', 9.5, PLUM)
    yy = y - 32
    for s in ("92~% des maires disent avoir besoin d'alliance.",
              "148~000 associations employeuses en France.",
              "21~% des entreprises développaient des partenariats en 2011."):
        text(c, L + 14, yy, "• " + s, 'sans', 9, black)
        yy -= 15
    d.save()
    return name


# =========================================================================== X-03
FRISE = {
    1: [("2006", ["Création du RAMEAU, association d'intérêt général qui se présente comme un "
                  "« laboratoire de recherche empirique ».",
                  "Depuis, plus de 500 organisations ont pris part à ses expérimentations."]),
        ("2008", ["Création de l'Observatoire des partenariats par la Caisse des Dépôts et Le "
                  "RAMEAU<sup>1</sup>.",
                  "Lancement d'ARPEA (2008-2012), premier programme quinquennal, en dix volets.",
                  "ARPEA – Citoyens : 86~% des Français jugent urgent de créer des partenariats."]),
        ("2010", ["Lancement d'« Agir ensemble en Territoire » après l'étude ARPEA-Collectivités locales.",
                  "Trois territoires pilotes : l'Alsace, le Poitou-Charentes, Paris-Est Marne & Bois."]),
        ("2011", ["<b>Janvier</b> : étude ARPEA Entreprises & Territoires.",
                  "21~% des entreprises développent des partenariats, 33~% le souhaitent, 46~% ne le "
                  "souhaitent pas."]),
        ("2012", ["<b>11 décembre</b> : rapport quinquennal d'ARPEA.",
                  "Les Français sont encore 84~% à juger urgent de créer des partenariats."])],
    2: [("2013-2015", ["<b>2013</b> : lancement de PHARE (2013-2018)<sup>2</sup>, en six volets.",
                       "<b>Septembre 2015</b> : PHARE-Citoyens, plus de 2~000 personnes interrogées ; "
                       "69~% des Français ressentent un « devoir d'alliance ».",
                       "<b>Octobre et novembre 2015</b> : volets Entreprises et Associations."]),
        ("2016", ["13 rapports régionaux ; diagnostics sectoriels en juillet.",
                  "<b>29 novembre</b> : PHARE-Institutions, cinq profils de maires ; 87~% des maires "
                  "partagent le constat d'un « devoir d'alliance »."]),
        ("2017-2019", ["<b>Novembre 2017</b> : lancement du programme IMPACT (2018-2022), autour de trois "
                       "axes.",
                       "<b>FNAF 2019</b> : Gabriel Attal confie une mission à Cathy Racon-Bouzon et "
                       "Charles-Benoît Heidsieck."]),
        ("2020", ["<b>7 mai</b> : remise du rapport de la mission ; bilan le 17 octobre.",
                  "Co-création du Fonds ODD 17 : 1,5~M€, une expérimentation sur 3 ans, 350 catalyseurs "
                  "territoriaux.",
                  "<b>Novembre</b> : IMPACT-Elus locaux ; 64~% des élus locaux veulent s'appuyer sur le "
                  "« jouer collectif »."]),
        ("2021-2022", ["<b>30 novembre 2021</b> : lancement de la Charte du faire alliance à "
                       "Saint-Maurice.",
                       "<b>14 juin 2022</b> : création de la Fondation des Territoires, avec 21 "
                       "co-fondateurs."]),
        ("2024", ["<b>Novembre</b> : IMPACTS & TRAJECTOIRES – Elus locaux.",
                  "302 maires interrogés ; 91~% voient leur territoire en mouvement."])],
}


def x03():
    name = 'obs-x-03-frise-chronologique-colonnes.pdf'
    PW, PH = landscape(A4)
    M = 36
    UW = PW - 2 * M
    FS, LD = 10, 13.8
    NOTES = {1: "1. Des documents plus anciens donnent 2007 comme année de création.",
             2: "2. Certaines sources datent PHARE de 2013-2017."}
    d = Doc(name, (PW, PH), None, None, "Frise chronologique - L'Observatoire et ses alliances")
    c = d.c
    for p in (1, 2):
        if p > 1:
            d.new_page()
        box(c, 0, PH - 78, PW, 78, fill=OLIVE)
        if p == 1:
            text(c, M, PH - 38, "<b>Frise chronologique · L'Observatoire et ses alliances</b>", 'sans', 18, white)
            text(c, M, PH - 60, "De deux mille six à deux mille vingt-quatre : une colonne par année ou "
                 "par période, les événements dessous.", 'sans', 9.5, HexColor('#e4ebcf'))
        else:
            text(c, M, PH - 38, "<b>Frise chronologique (suite)</b>", 'sans', 18, white)
            text(c, M, PH - 60, "Des programmes aux institutions : PHARE, IMPACT, le droit de l'alliance.",
                 'sans', 9.5, HexColor('#e4ebcf'))
        cols = FRISE[p]
        n = len(cols)
        gap = 12
        cw = (UW - gap * (n - 1)) / float(n)
        ytop = PH - 110
        rule(c, M, ytop - 24, PW - M, OLIVE, 1.4)
        if p == 1:
            # headers first, then the texts
            for k, (yr, _) in enumerate(cols):
                x = M + k * (cw + gap)
                text(c, x, ytop, "<b>%s</b>" % yr, 'sans', 15, OLIVE)
            for k, (yr, items) in enumerate(cols):
                x = M + k * (cw + gap)
                c.setFillColor(OLIVE)
                c.circle(x + 4, ytop - 24, 3.5, stroke=0, fill=1)
                y = ytop - 40
                for it in items:
                    y = para(c, x, y, cw, it, 'sans', FS, LD) - 6
        else:
            # column by column: header, then its text
            for k, (yr, items) in enumerate(cols):
                x = M + k * (cw + gap)
                text(c, x, ytop, "<b>%s</b>" % yr, 'sans', 15, OLIVE)
                c.setFillColor(OLIVE)
                c.circle(x + 4, ytop - 24, 3.5, stroke=0, fill=1)
                y = ytop - 40
                for it in items:
                    y = para(c, x, y, cw, it, 'sans', FS, LD) - 6
        if p == 1:
            bh = 46
            by = 118
            box(c, M, by, UW, bh, fill=PALE, stroke=OLIVE, width=0.6)
            text(c, M + 12, by + bh - 17, "<b>Repères sans date</b>", 'sans', 9.5, OLIVE)
            text(c, M + 12, by + bh - 33, "L'ODD 17 compte 19 cibles. La « feuille de route » ministérielle "
                 "du droit de l'alliance compte 21 mesures.", 'sans', FS, black)
        rule(c, M, 62, M + 110, GREY, 0.5)
        text(c, M, 50, NOTES[p], 'sans', 7.6, GREY)
        rule(c, M, 36, PW - M, OLIVE, 0.5)
        text(c, M, 24, "Observatoire des partenariats · édition 2025", 'sans', 7.8, GREY)
        text(c, M, 24, "Frise %d/2" % p, 'sans', 7.8, GREY, 'right', UW)
    d.save()
    return name


# =========================================================================== X-04
SRC_PLAIDOYER = "Source : plaidoyer pour le droit de l'alliance, sans date."
CLES = {
    1: ("Les Français", [
        dict(big="86~%", legend="des Français jugeaient urgent de créer des partenariats entre "
             "associations et entreprises.", extra="Ils étaient encore 84~% en 2012.",
             src="Source : ARPEA – Citoyens, 2008."),
        dict(big="69~%", legend="des Français ressentent un « devoir d'alliance ».",
             src="Source : PHARE-Citoyens, septembre 2015."),
        dict(big="81~%", legend="des Français ressentent un « devoir d'alliance », contre 69~% en "
             "septembre 2015.", src=SRC_PLAIDOYER),
        dict(big="7,1/10", legend="note moyenne que les Français donnent à l'emploi, premier des "
             "enjeux ; le pouvoir d'achat et la sécurité suivent, à 6,6/10 chacun.",
             src="Source : PHARE-Citoyens ; plus de 2~000 personnes interrogées."),
        dict(big="49~%", legend="des Français attendent des partenariats un impact fort sur l'emploi.",
             src="Source : PHARE-Citoyens."),
        dict(big="74~%", legend="des Français voient dans les partenariats une source d'innovation.",
             src="Source : programme IMPACT."),
    ]),
    2: ("Entreprises et associations", [
        dict(big="21~%", legend="des entreprises développent des partenariats ; 33~% souhaitent en "
             "développer, 46~% ne le souhaitent pas.",
             src="Source : ARPEA Entreprises & Territoires, janvier 2011."),
        dict(big="37~%", legend="des entreprises d'au moins 10~salariés sont engagées dans des "
             "partenariats, contre 21~% de l'ensemble des entreprises en 2011.",
             src="Source : note de l'Observatoire du 29 février 2016."),
        dict(big="84~%", legend="des dirigeants d'entreprise ont « envie d'alliance ».", src=SRC_PLAIDOYER),
        dict(label="Associations employeuses en France", big="148~000",
             extra="dont 98~% ont au moins un partenaire.",
             src="Source : étude IMPACT – Associations & Territoires."),
        dict(big="2,5", legend="partenaires en moyenne par association ; les collectivités sont citées "
             "par 74~% des associations.",
             src="Source : Associations & Partenariats, enquête de mai-juin 2016, publiée en mars 2017."),
        dict(big="89~%", legend="des associations employeuses comptent une collectivité parmi leurs "
             "partenaires.", src="Source : étude IMPACT – Associations & Territoires."),
    ]),
    3: ("Élus, territoires, fondations", [
        dict(big="92~%", legend="des maires ressentent un « besoin d'alliance ».", src=SRC_PLAIDOYER),
        dict(big="87~%", legend="des maires partagent le constat d'un « devoir d'alliance ».",
             src="Source : PHARE-Institutions, 29 novembre 2016."),
        dict(big="91~%", legend="des maires voient leur territoire en mouvement.",
             src="Source : IMPACTS & TRAJECTOIRES – Elus locaux, novembre 2024 ; 302 maires interrogés."),
        dict(big="64~%", legend="des élus locaux veulent s'appuyer sur le « jouer collectif ».",
             src="Source : IMPACT-Elus locaux, novembre 2020."),
        dict(big="1,5~M€", legend="dotation du Fonds ODD 17, co-créé en 2020, pour une expérimentation sur "
             "3 ans ; 350 catalyseurs territoriaux visés.", src="Source : Fonds ODD 17."),
        dict(big="Onze", legend="territoires pionniers pour le parcours d'expérience du CGET et du RAMEAU.",
             extra="Une autre source parle de 10 territoires pilotes.",
             src="Source : CGET et Le RAMEAU."),
    ]),
}


def x04():
    name = 'obs-x-04-fiche-chiffres-cles-edition-2025.pdf'
    PW, PH = A4
    L, R = 50, 545
    W = R - L
    d = Doc(name, A4, None, None, "Fiche chiffres clés de l'alliance - édition 2025")
    c = d.c
    for p in (1, 2, 3):
        if p > 1:
            d.new_page()
        theme, boxes = CLES[p]
        box(c, 0, PH - 96, PW, 96, fill=BRICK)
        text(c, L, PH - 40, "<b>Les chiffres clés de l'alliance</b>", 'sans', 20, white)
        text(c, L, PH - 64, "<b>%s</b>" % theme, 'sans', 12, HexColor('#f6d9d3'))
        text(c, L, PH - 82, "Fiche de l'Observatoire des partenariats · édition 2025", 'sans', 8.5,
             HexColor('#f6d9d3'))
        gap = 16
        bw = (W - gap) / 2.0
        bh = 206
        top = PH - 120
        for k, b in enumerate(boxes):
            col, row = k % 2, k // 2
            x = L + col * (bw + gap)
            y = top - row * (bh + gap)
            box(c, x, y - bh, bw, bh, fill=ROSE)
            box(c, x, y - 5, bw, 5, fill=BRICK)
            yy = y - 22
            if b.get('label'):
                yy = para(c, x + 14, yy, bw - 28, "<b>%s</b>" % b['label'], 'sans', 9.5, 13, BRICK) - 4
            text(c, x + 14, yy - 30, "<b>%s</b>" % b['big'], 'sans', 30, BRICK)
            yy -= 58
            if b.get('legend'):
                yy = para(c, x + 14, yy, bw - 28, b['legend'], 'sans', 9.6, 13.4) - 4
            if b.get('extra'):
                yy = para(c, x + 14, yy, bw - 28, b['extra'], 'sans', 9.6, 13.4) - 4
            para(c, x + 14, y - bh + 34, bw - 28, "<i>%s</i>" % b['src'], 'sans', 7.8, 10.4, GREY)
        rule(c, L, 40, R, BRICK, 0.5)
        text(c, L, 28, "Les chiffres clés de l'alliance · édition 2025", 'sans', 7.8, GREY)
        text(c, L, 28, "%d/3" % p, 'sans', 7.8, GREY, 'right', W)
    d.save()
    return name


# =========================================================================== X-05
FAQ = {
    1: ("L'Observatoire et ses programmes", [
        ("Quand l'Observatoire a-t-il été créé ?",
         "En 2008, par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement "
         "associatif. Des documents de 2011 et de 2012 retiennent 2007 : citez la date avec sa source."),
        ("Quels programmes a-t-il conduits ?",
         "Des programmes quinquennaux successifs : ARPEA (2008-2012), PHARE (2013-2018, parfois daté "
         "2013-2017) et IMPACT (2018-2022)."),
        ("Combien de volets comptait ARPEA ?", "Dix."),
        ("Et PHARE ?",
         "Six volets : Citoyens, Entreprises et Associations en 2015, puis 13 rapports régionaux, des "
         "diagnostics sectoriels et Institutions en 2016."),
        ("Sur quoi porte IMPACT ?",
         "Lancé en novembre 2017, il s'articule autour de trois axes : innovation sociétale et "
         "territoriale, performance des organisations, confiance."),
        ("Avec combien d'organisations Le RAMEAU a-t-il travaillé ?",
         "Depuis 2006, il a mené des expérimentations auprès de plus de 500 organisations."),
    ]),
    2: ("Les chiffres", [
        ("Les partenariats sont-ils vus comme une source d'innovation ?",
         "Oui. Selon le programme IMPACT (2018-2022), c'est le cas de 74~% des Français, 81~% des "
         "dirigeants d'entreprise, 86~% des responsables associatifs et 87~% des maires. Une autre "
         "présentation des mêmes résultats donne 69~% des citoyens."),
        ("Les maires savent-ils piloter ces alliances ?",
         "Pas toujours. Dans le même programme, 76~% jugent leur territoire engagé, mais 46~% ne savent "
         "pas comment piloter les alliances."),
        ("Combien de maires ont répondu à l'enquête de 2024 ?",
         "302, interrogés par téléphone du 30 septembre au 28 octobre 2024. Parmi eux, 84~% exercent "
         "dans des communes de moins de 2~000~habitants."),
        ("Combien de personnes PHARE-Citoyens a-t-il interrogées ?",
         "Plus de deux mille, en septembre 2015."),
        ("Les chiffres sans date sont-ils utilisables ?",
         "Oui, à condition de le dire. Le chiffre de 148~000 associations employeuses, par exemple, "
         "vient d'une étude que nous ne datons pas."),
    ]),
    3: ("Les territoires et les outils", [
        ("Combien de cibles compte l'ODD 17 ?",
         "Dix-neuf, selon la note du Comité 21 parue le 5 juillet."),
        ("Qu'est-ce que le Fonds ODD 17 ?",
         "Un fonds co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. Doté de 1,5~M€, il "
         "finance une expérimentation sur 3 ans et vise 350 catalyseurs territoriaux."),
        ("Combien de territoires ont suivi le parcours d'expérience du CGET ?",
         "Onze territoires pionniers, selon le CGET et Le RAMEAU ; une autre source en cite 10."),
        ("Quand la Fondation des Territoires a-t-elle été créée ?",
         "Le 14 juin 2022, sous l'égide de la Fondation de Lille, avec vingt et un co-fondateurs."),
        ("Que recense « Données pour agir » ?",
         "Plus de 250 données sur la sortie de crise. Voir aussi la réponse sur les chiffres sans date, "
         "page 2."),
        ("Qu'est-ce que M.E.D.O.C. ?",
         "Méthodes, Exemples, Données, Outils, Compétences : la plateforme de l'ODD 17, sur "
         "www.odd17.org."),
    ]),
}


def x05():
    name = 'obs-x-05-faq-questions-frequentes.pdf'
    PW, PH = A4
    L, R = 70, 525
    W = R - L
    d = Doc(name, A4, None, None, "Questions fréquentes - Observatoire des partenariats")
    c = d.c
    for p in (1, 2, 3):
        if p > 1:
            d.new_page()
        text(c, L, 808, "<b>Observatoire des partenariats</b> · Foire aux questions", 'sans', 8, TEAL)
        text(c, L, 808, "mise à jour : janvier 2025", 'sans', 8, GREY, 'right', W)
        rule(c, L, 800, R, TEAL, 0.6)
        y = 786
        if p == 1:
            text(c, L, y - 24, "<b>Questions fréquentes</b>", 'sans', 22, NAVY)
            y = para(c, L, y - 36, W, "<i>Les réponses courtes aux questions que l'on nous pose le plus "
                     "souvent sur l'Observatoire, ses programmes et ses chiffres.</i>", 'serif', 10.5, 15,
                     GREY) - 8
        theme, qas = FAQ[p]
        box(c, L, y - 26, W, 26, fill=TEAL)
        text(c, L + 10, y - 17, "<b>%s</b>" % theme, 'sans', 11, white)
        y -= 44
        for q, a in qas:
            y = para(c, L, y, W, "<b>%s</b>" % q, 'sans', 11, 15.5, NAVY) - 4
            y = para(c, L + 14, y, W - 14, a, 'serif', 11.2, 16.8) - 10
            rule(c, L, y + 2, R, HexColor('#c9d6df'), 0.4)
            y -= 16
        assert y > 70, (name, p, y)
        rule(c, L, 44, R, TEAL, 0.4)
        text(c, L, 32, "FAQ · page %d/3" % p, 'sans', 7.8, GREY, 'right', W)
    d.save()
    return name


DOCS = [x01, x02, x03, x04, x05]

if __name__ == '__main__':
    for fn in DOCS:
        print(fn())
