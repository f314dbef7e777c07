#!/usr/bin/env python
"""Deterministic generator of the 5 PDFs of figure-finder gold set Z.

Run: /work/main/.venv/bin/python make_docs.py

reportlab with rl_config.invariant = 1 and invariant=1 on every canvas; DejaVu fonts from
/usr/share/fonts/truetype/dejavu/. The helpers (NbspTTFont, prep/wrap/draw_line, Doc, Flow, table,
hbars, footnotes, series_table, legend, grouped_hbars, end_bars, bullets, scorecard) are copied
unchanged from set Y's make_docs.py (itself a copy of X's and W's): NbspTTFont is reportlab 5.1.0's
TTFont.splitString without the line that maps U+00A0 to a space, so U+00A0 reaches the text layer.

Source strings: `~` is U+00A0, « … » get U+00A0 inside, and a space before ; : ? ! becomes U+00A0
(French typography). Inline markup: <b>, <i>, <sup>. Text is wrapped greedily at ordinary spaces,
left-aligned, never hyphenated. Every block is placed at explicit coordinates and the text layer
follows the drawing order.
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



# --------------------------------------------------------------------------- helpers new in set Y
BLUE2 = HexColor('#8fb3d9')
CORAL = HexColor('#c8553d')
MINT = HexColor('#e7f3ef')


def legend(c, x, y, items, size=8.5):
    """Legend: a small coloured square then its label, left to right."""
    for label, color in items:
        box(c, x, y - 1, 8, 8, fill=color)
        x += 12
        x += text(c, x, y, label, 'sans', size, black) + 16
    return y


def grouped_hbars(c, x, y, label_w, bar_w, groups, maxv, colors, size=8.8, bar_h=8.5, inner=11.5,
                  gap=9):
    """Horizontal bars grouped by category: for each group the label, then each bar with its value
    written at its end (or « n.d. » for a missing bar), in legend order. Returns the y below."""
    for label, values in groups:
        n = len(values)
        gh = n * inner
        ylab = y - gh / 2.0 - size * 0.35
        draw_line(c, x, ylab, words(label), 'sans', size, black, 'right', label_w - 8)
        yy = y
        for v, shown, col in zip([v for v, s in values], [s for v, s in values], colors):
            if v is None:
                text(c, x + label_w + 2, yy - bar_h + 1.2, shown, 'sans', size - 1, GREY)
            else:
                bw = bar_w * v / float(maxv)
                box(c, x + label_w, yy - bar_h, bw, bar_h, fill=col)
                text(c, x + label_w + bw + 4, yy - bar_h + 1.2, shown, 'sans', size - 0.5, black)
            yy -= inner
        y -= gh + gap
    return y


def end_bars(c, x, y, label_w, bar_w, bars, maxv, size=9, gap=17, color=TEAL, bar_h=10):
    """Horizontal bars with the value written at the end of each bar; no axis."""
    for label, v, shown in bars:
        draw_line(c, x, y, words(label), 'sans', size, black, 'right', label_w - 8)
        bw = bar_w * v / float(maxv)
        box(c, x + label_w, y - 2, bw, bar_h, fill=color)
        text(c, x + label_w + bw + 5, y, shown, 'sans', size, black)
        y -= gap
    return y


def bullets(c, x, y, w, items, fam='sans', size=9.6, leading=13.4, after=3, mark='•'):
    for s in items:
        text(c, x, y - size, mark, fam, size, NAVY)
        y = para(c, x + 12, y, w - 12, s, fam, size, leading) - after
    return y


def bullets_height(w, items, fam='sans', size=9.6, leading=13.4, after=3):
    return sum(para_height(w - 12, s, fam, size, leading) + after for s in items)


def scorecard(c, x, y, widths, rows, size=8.8, pad=4, group_fill=LIGHT, line=HexColor('#c9d6df')):
    """rows: ('head', [cells]) | ('group', text) | [cells]. Group rows span the whole width."""
    leading = size * 1.3
    total = sum(widths)
    for row in rows:
        if isinstance(row, tuple) and row[0] == 'group':
            lines = wrap('<b>%s</b>' % row[1], 'sans', size, total - 2 * pad)
            h = len(lines) * leading + 2 * pad
            box(c, x, y - h, total, h, fill=group_fill)
            yy = y - pad
            for ln in lines:
                draw_line(c, x + pad, yy - size, ln, 'sans', size, NAVY)
                yy -= leading
            y -= h
            continue
        head = isinstance(row, tuple) and row[0] == 'head'
        cells = row[1] if head else row
        wrapped = [wrap(('<b>%s</b>' % s) if head else s, 'sans', size, wd - 2 * pad)
                   for s, wd in zip(cells, widths)]
        h = max(len(cl) for cl in wrapped) * leading + 2 * pad
        if head:
            box(c, x, y - h, total, h, fill=NAVY)
        cx = x
        for k, (cl, wd) in enumerate(zip(wrapped, widths)):
            yy = y - pad
            al = 'right' if (k == 2 and not head) else 'left'
            for ln in cl:
                draw_line(c, cx + pad, yy - size, ln, 'sans', size, white if head else black, al,
                          wd - 2 * pad)
                yy -= leading
            cx += wd
        y -= h
        rule(c, x, y, x + total, line, 0.4)
    return y



# --------------------------------------------------------------------------- helpers new in set Z
INK = HexColor('#333333')
SKY = HexColor('#e8f1f8')
OFF = HexColor('#d5dbe3')


def person(c, x, y, h, color):
    """A pictogram of a person (shapes only, no text): head and body, bottom at y, centred on x."""
    r = h * 0.17
    c.setFillColor(color)
    c.circle(x, y + h - r, r, stroke=0, fill=1)
    c.roundRect(x - h * 0.21, y, h * 0.42, h * 0.6, h * 0.12, stroke=0, fill=1)


def picto_row(c, x, y, n, k, h=18, step=15, on=NAVY, off=OFF):
    """n pictograms, the first k filled."""
    for i in range(n):
        person(c, x + i * step + h * 0.21, y, h, on if i < k else off)
    return x + n * step


def pie(c, x, y, r, frac, color, back=OFF):
    """A pie pictogram: a full disc, then a wedge of the given fraction (shapes only)."""
    c.setFillColor(back)
    c.circle(x, y, r, stroke=0, fill=1)
    c.setFillColor(color)
    c.wedge(x - r, y - r, x + r, y + r, 90, -360 * frac, stroke=0, fill=1)


def gauge(c, x, y, v, color, n=10, w=14, h=12, gap=3):
    """Ten cells, the first v of them filled (the last one partly)."""
    for i in range(n):
        box(c, x + i * (w + gap), y, w, h, fill=OFF)
        part = max(0.0, min(1.0, v - i))
        if part > 0:
            box(c, x + i * (w + gap), y, w * part, h, fill=color)


def coin(c, x, y, r, color, label_color=white):
    """A round badge (shapes only)."""
    c.setFillColor(color)
    c.circle(x, y, r, stroke=0, fill=1)
    c.setFillColor(label_color)
    c.circle(x, y, r * 0.45, stroke=0, fill=1)


# =========================================================================== Z-01
def z01():
    name = 'obs-z-01-rapport-financier-fonds-odd17.pdf'
    L, R = 64, 531
    W = R - L

    def start(d):
        c = d.c
        text(c, L, 812, "Fonds ODD~17 · Rapport financier", 'sans', 7.8, GREY)
        text(c, L, 812, "septembre 2023", 'sans', 7.8, GREY, 'right', W)
        rule(c, L, 805, R, GREEN, 0.6)

    def end(d):
        text(d.c, L, 32, "Rapport financier · %d/4" % d.page, 'sans', 8, GREY, 'right', W)

    H = dict(fam='sans', size=13, leading=17, color=GREEN, before=8, after=6)
    P = dict(fam='serif', size=11, leading=16, after=7)
    CAP = dict(fam='sans', size=9.4, leading=12.6, color=GREEN, after=4)
    SRC = dict(fam='sans', size=7.9, leading=10.6, color=GREY, after=2)

    d = Doc(name, A4, start, end, "Fonds ODD 17 - rapport financier")
    c = d.c
    # ---- p1
    box(c, 0, 690, 595, 105, fill=GREEN)
    text(c, L, 770, "<b>RAPPORT FINANCIER</b>", 'sans', 9, PALE)
    text(c, L, 740, "<b>Fonds ODD~17 : les moyens de l'alliance</b>", 'sans', 22, white)
    text(c, L, 712, "Dotation, engagements publiés et ratios", 'sans', 10.5, PALE)
    f = Flow(d, [(L, 672, W, 70, False)])
    f.add("<i>Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD~17 a reçu une "
          "dotation de 1,5~M€ pour une expérimentation de trois ans auprès de 350 « catalyseurs "
          "territoriaux ». Ce rapport rassemble ce que les sources publiques disent de ces moyens, et "
          "rien de plus.</i>", fam='serif', size=11.4, leading=16.4, color=INK, after=14)
    y0 = f.y
    conv = ("<b>Conventions de présentation.</b> Les montants des tableaux sont exprimés en milliers "
            "d'euros (k€) ; 1~000~k€ font 1~M€. Les ratios sont calculés par la rédaction à partir des "
            "montants publiés et arrondis au dixième. « n.p. » signale un montant non publié dans nos "
            "sources, « – » une case sans objet.")
    bh = para_height(W - 28, conv, 'sans', 9.6, 13.6) + 22
    box(c, L, y0 - bh, W, bh, fill=PALE)
    para(c, L + 14, y0 - 11, W - 28, conv, 'sans', 9.6, 13.6)
    f = Flow(d, [(L, y0 - bh - 14, W, 70, False)])
    f.add("<b>Un fonds au nom d'un objectif</b>", **H)
    f.add("Le fonds porte le nom du dix-septième objectif de développement durable, « Partenariats pour "
          "la réalisation des objectifs ». La note du Comité~21 parue le 5~juillet en détaille les "
          "19~cibles.", **P)
    f.add("Le Fonds ODD~17 ne publie pas de comptes annuels dans les sources que nous avons consultées. "
          "Ce rapport s'en tient donc à sa dotation, replacée parmi les engagements de l'écosystème de "
          "l'alliance, et à quelques ratios qui aident à en mesurer l'ordre de grandeur.", **P)
    f.add("Pour qui veut aller plus loin sur l'ODD~17, Le RAMEAU rassemble méthodes et ressources sur la "
          "plateforme M.E.D.O.C. (Méthodes, Exemples, Données, Outils, Compétences), à l'adresse "
          "www.odd17.org.", **P)
    f.skip(8)
    y0 = f.y
    rows = [("Co-création", "Le RAMEAU et la Fondation TotalEnergies, en 2020"),
            ("Objet", "expérimenter l'ODD~17 dans les territoires"),
            ("Dotation", "voir le tableau~1, page~2"),
            ("Comptes annuels", "non publiés")]
    bh = 30 + 17 * len(rows)
    box(c, L, y0 - bh, W, bh, stroke=GREEN, width=0.8)
    text(c, L + 14, y0 - 18, "<b>Le fonds en bref</b>", 'sans', 10, GREEN)
    yy = y0 - 36
    for k, v in rows:
        text(c, L + 14, yy, "<b>%s</b>" % k, 'sans', 9.6, INK)
        text(c, L + 140, yy, v, 'sans', 9.6, INK)
        yy -= 17
    f = Flow(d, [(L, y0 - bh - 16, W, 70, False)])
    f.add("<b>Sommaire</b>", fam='sans', size=10, leading=14, color=GREEN, after=2)
    f.add("1. La dotation et les engagements, p.~2 · 2. Les ratios de la dotation, p.~3 · "
          "3. Les fondations dans l'alliance, p.~4", fam='sans', size=9.4, leading=13)
    # ---- p2
    d.new_page()
    f = Flow(d, [(L, 790, W, 70, False)])
    f.add("<b>1. La dotation et les engagements</b>", **H)
    f.add("Les sources publiques ne donnent qu'un montant : la dotation du Fonds ODD~17, annoncée à sa "
          "co-création. Le tableau~1 la replace, année par année, parmi les engagements de l'écosystème ; "
          "les autres montants n'y figurent pas, faute de publication.", **P)
    f.skip(4)
    f.add("<b>Tableau 1 – Engagements financiers publiés, par année (en k€)</b>", **CAP)
    y = table(c, L, f.y - 2, [W - 210, 70, 70, 70], [
        ["Engagement", "2018", "2020", "2022"],
        ["Préfiguration de la Fondation des Territoires, lancée en juillet 2018", "n.p.", "–", "–"],
        ["Dotation du Fonds ODD~17 (Le RAMEAU, Fondation TotalEnergies)", "–", "1~500", "–"],
        ["Création de la Fondation des Territoires, le 14 juin 2022", "–", "–", "n.p."],
        ["<b>Total des montants publiés</b>", "<b>–</b>", "<b>1~500</b>", "<b>–</b>"],
    ], 'sans', 9.2, 12.4, ['left', 'right', 'right', 'right'], head_fill=LIGHT, head_color=GREEN,
        line_color=GREY, pad=4.5)
    f = Flow(d, [(L, y - 5, W, 70, False)])
    f.add("Lecture : en 2020, le seul montant publié est la dotation du Fonds ODD~17, soit 1,5~M€ ; "
          "c'est aussi le total de la période.", **SRC)
    f.skip(10)
    f.add("<b>Tableau 2 – Moyens non financiers, par année</b>", **CAP)
    y = table(c, L, f.y - 2, [W - 140, 70, 70], [
        ["Indicateur", "2020", "2022"],
        ["Durée de l'expérimentation du Fonds ODD~17 (en années)", "3", "–"],
        ["Catalyseurs territoriaux visés par le fonds (nombre)", "350", "–"],
        ["Co-fondateurs de la Fondation des Territoires (nombre)", "–", "21"],
        ["Missions de la Fondation des Territoires (nombre)", "–", "3"],
    ], 'sans', 9.2, 12.4, ['left', 'right', 'right'], head_fill=LIGHT, head_color=GREEN,
        line_color=GREY, pad=4.5)
    f = Flow(d, [(L, y - 5, W, 70, False)])
    f.add("Source : Le RAMEAU ; Fondation des Territoires.", **SRC)
    f.skip(10)
    f.add("Les deux tableaux n'additionnent que ce qui est publié. Aucun budget annuel du fonds ni de la "
          "Fondation n'est rendu public dans les sources que nous avons consultées : une case « n.p. » "
          "n'est pas un zéro.", **P)
    f.skip(10)
    f.add("<b>Tableau 3 – Calendrier de la préfiguration de la Fondation des Territoires</b>", **CAP)
    y = table(c, L, f.y - 2, [90, 120, W - 210], [
        ["Étape", "Période", "Montant"],
        ["Étape 1", "07/18 – 07/19", "n.p."],
        ["Étape 2", "08/19 – 11/20", "n.p."],
        ["Étape 3", "12/20 – 05/22", "n.p."],
    ], 'sans', 9.2, 12.4, ['left', 'left', 'left'], head_fill=LIGHT, head_color=GREEN,
        line_color=GREY, pad=4.5)
    f = Flow(d, [(L, y - 5, W, 70, False)])
    f.add("Les périodes sont notées mois/année. La préfiguration n'est assortie d'aucun montant publié.",
          **SRC)
    # ---- p3
    d.new_page()
    f = Flow(d, [(L, 790, W, 70, False)])
    f.add("<b>2. Les ratios de la dotation</b>", **H)
    f.add("Rapportée à sa durée et au nombre de catalyseurs visés, la dotation annoncée en 2020 donne "
          "trois ratios simples. Ils sont calculés par la rédaction : le fonds n'en publie aucun, et ils "
          "ne disent rien du calendrier réel des versements.", **P)
    f.skip(4)
    f.add("<b>Tableau 4 – Ratios calculés par la rédaction (en k€, sauf mention contraire)</b>", **CAP)
    y = table(c, L, f.y - 2, [210, 70, W - 280], [
        ["Ligne", "Valeur", "Origine"],
        ["Dotation totale", "1~500", "montant publié"],
        ["Durée de l'expérimentation (en années)", "3", "durée publiée"],
        ["Catalyseurs territoriaux visés (nombre)", "350", "nombre publié"],
        ["Dotation moyenne par année", "500", "dotation divisée par la durée"],
        ["Dotation moyenne par catalyseur", "4,3", "dotation divisée par le nombre de catalyseurs"],
        ["Dotation moyenne par catalyseur et par année", "1,4", "ratio précédent divisé par la durée"],
    ], 'sans', 9.2, 12.4, ['left', 'right', 'left'], head_fill=LIGHT, head_color=GREEN,
        line_color=GREY, pad=4.5)
    f = Flow(d, [(L, y - 10, W, 70, False)])
    f.add("Chaque année d'expérimentation pèse donc 33,3~% de la dotation. Ces moyennes supposent un "
          "partage égal, ce que rien ne garantit : elles donnent un ordre de grandeur, pas un budget.", **P)
    f.add("<b>Lire un ratio.</b> Les 4,3~k€ par catalyseur ne sont pas un montant versé à chacun : c'est "
          "la dotation divisée par le nombre de catalyseurs visés.", **P)
    f.skip(8)
    f.add("<b>Repère : les associations et leur budget</b>", fam='sans', size=11, leading=15, color=GREEN,
          after=4)
    f.add("L'enquête Associations & Partenariats (Recherches & Solidarités et Le RAMEAU), menée en "
          "mai-juin 2016 auprès de plus de 1~380 responsables associatifs et publiée en mars 2017, montre le "
          "poids du budget dans l'accès aux entreprises (tableau~5).", **P)
    f.skip(2)
    f.add("<b>Tableau 5 – Associations ayant un partenariat avec une entreprise, selon leur budget (en %)</b>",
          **CAP)
    y = table(c, L, f.y - 2, [W - 100, 100], [
        ["Budget annuel de l'association", "Part"],
        ["Supérieur à 150~k€", "50"],
        ["Inférieur à 10~k€", "20"],
    ], 'sans', 9.2, 12.4, ['left', 'right'], head_fill=LIGHT, head_color=GREEN, line_color=GREY, pad=4.5)
    f = Flow(d, [(L, y - 5, W, 70, False)])
    f.add("Les seuils de budget de l'enquête sont donnés ici en k€, comme les montants du fonds ; "
          "150~k€ valent 150~000~€.", **SRC)
    # ---- p4
    d.new_page()
    f = Flow(d, [(L, 790, W, 70, False)])
    f.add("<b>3. Les fondations dans l'alliance</b>", **H)
    f.add("Le Fonds ODD~17 reste, dans nos sources, le seul engagement chiffré. Une fondation en est "
          "co-fondatrice, et d'autres travaux de l'Observatoire portent sur les fondations elles-mêmes.", **P)
    f.add("La Fondation TOTAL figurait déjà parmi les partenaires du programme IMPACT (2018-2022), lancé "
          "en novembre 2017 avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste "
          "et Le RAMEAU.", **P)
    f.add("L'étude IMPACT Fondations & Territoires, publiée le 23~septembre, a interrogé 42~fondations "
          "sur leur rôle dans les territoires.", **P)
    f.add("La Fondation des Territoires est née d'une préfiguration lancée en juillet 2018 et conduite "
          "jusqu'en mai 2022. Elle a été créée le 14~juin 2022 sous l'égide de la Fondation de Lille, "
          "par 21~co-fondateurs, et s'est donné trois missions.", **P)
    f.add("Le RAMEAU, de son côté, a mené depuis 2006 des expérimentations auprès de plus de "
          "500~organisations.", **P)
    f.add("Ce rapport ne dit rien de ce que les sources ne publient pas : ni budget de fonctionnement, ni "
          "calendrier de versement, ni montant par territoire.", **P)
    f.skip(12)
    f.add("<b>Notes annexes</b>", fam='sans', size=11, leading=15, color=GREEN, after=4)
    for n in ["<b>Note 1.</b> Dotation : montant global annoncé à la co-création du fonds ; sa "
              "répartition par année n'est pas publiée.",
              "<b>Note 2.</b> Catalyseurs territoriaux : nombre visé par l'expérimentation, non un nombre de "
              "bénéficiaires constaté.",
              "<b>Note 3.</b> Ratios : moyennes arithmétiques, sans hypothèse sur le calendrier des "
              "versements ; arrondis à la centaine d'euros près."]:
        f.add(n, fam='sans', size=9.4, leading=13.2, after=5)
    d.save()
    return name


# =========================================================================== Z-02
ARTICLE = [
    ('p', "<b>Ils sont 91~% à voir leur territoire en mouvement.</b> Publiée en novembre 2024, l'enquête "
          "IMPACTS & TRAJECTOIRES – Elus locaux a interrogé les maires par téléphone, du 30~septembre au "
          "28~octobre 2024. Les résultats dessinent des communes qui bougent, sans que l'intensité soit "
          "partout la même : 35~% des répondants jugent leur territoire fortement en mouvement, 56~% ni "
          "plus ni moins."),
    ('h', "Un besoin partagé"),
    ('p', "Le besoin d'alliance, lui, ne fait guère débat. Dans son plaidoyer pour un droit de l'alliance "
          "d'intérêt général, Le RAMEAU avance que 92~% des maires expriment un « besoin d'alliance ». Le "
          "même texte prête un « devoir d'alliance » à 81~% des Français et une « envie d'alliance » aux "
          "dirigeants d'entreprise, qui sont 84~% dans ce cas."),
    ('h', "Le droit de l'alliance en chantier"),
    ('p', "Le chantier juridique a son histoire. Lors du FNAF 2019, Gabriel Attal a confié une mission à "
          "Cathy Racon-Bouzon et à Charles-Benoît Heidsieck, président-fondateur du RAMEAU. Le rapport a "
          "été remis le 7~mai 2020 ; le bilan a suivi le 17~octobre 2020."),
    ('p', "Une proposition de loi sur le droit de l'alliance d'intérêt général, portée par Cathy "
          "Racon-Bouzon et déposée en février, a été agréée par le Bureau de l'Assemblée nationale. Une "
          "feuille de route ministérielle compte 21~mesures."),
    ('h', "2016, un premier référentiel"),
    ('p', "Le constat n'est pas neuf. Publié le 29~novembre, le volet Institutions du programme PHARE "
          "comptait 87~% de maires partageant le constat d'un devoir d'alliance, contre 69~% des Français "
          "un an plus tôt, soit 18~points d'écart. Il distinguait aussi cinq profils de maires."),
    ('p', "La même année, l'Observatoire des partenariats publiait treize rapports régionaux ; le onzième, "
          "consacré à la Normandie, est paru le 26~novembre."),
    ('h', "Savoir piloter, l'autre défi"),
    ('p', "Le programme IMPACT, mené de 2018 à 2022, avait déjà mesuré l'écart entre l'engagement et les "
          "moyens : 76~% des maires jugeaient leur territoire engagé, mais 46~% d'entre eux ne savaient "
          "pas comment piloter les alliances. Lancé en novembre 2017, ce programme s'articulait autour de "
          "trois axes : l'innovation sociétale et territoriale, la performance des organisations et la "
          "confiance."),
    ('p', "Les élus locaux se disent pourtant prêts à jouer collectif. En novembre 2020, l'étude "
          "IMPACT-Elus locaux, réalisée par Comisis-OpinionWay, en comptait 64~% désireux de s'appuyer "
          "sur le « jouer collectif »."),
    ('break', 3),
    ('h', "Un observatoire au long cours"),
    ('p', "Ces mesures s'inscrivent dans une longue série. Créé en 2008 par la Caisse des Dépôts et Le "
          "RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif, l'Observatoire des "
          "partenariats a conduit plusieurs programmes successifs."),
    ('p', "Le premier, ARPEA (2008-2012), comptait dix volets. Il avait trouvé 86~% des Français jugeant "
          "urgent de créer des partenariats entre associations et entreprises en 2008 ; ils étaient "
          "encore 84~% en 2012, soit 2~points de moins. Le rapport quinquennal qui en tire le bilan date "
          "du 11~décembre 2012."),
    ('p', "Le deuxième, PHARE (2013-2018), s'est déployé en six volets, dont celui consacré aux maires. "
          "Certaines publications le datent de 2013-2017."),
    ('h', "Ce qu'attendent les Français"),
    ('p', "Les Français, eux, avaient dit leurs attentes en septembre 2015, dans le volet Citoyens de "
          "PHARE, auprès de plus de 2~000 personnes. L'emploi y arrivait en tête des enjeux, noté 7,1 sur "
          "10, devant le pouvoir d'achat et la sécurité, à 6,6 chacun. Une autre publication tirée de la "
          "même enquête accorde toutefois 7 sur 10 à la sécurité."),
    ('p', "Les attentes suivaient le même ordre : 49~% des Français attendaient des partenariats un "
          "impact fort sur l'emploi, 42~% sur l'environnement et 36~% sur la précarité comme sur "
          "l'éducation."),
    ('h', "Les associations en première ligne"),
    ('p', "Les maires ne sont pas seuls. L'étude IMPACT – Associations & Territoires recense 148~000 "
          "associations employeuses, dont 98~% ont des partenariats ; pour 89~% d'entre elles, une "
          "collectivité territoriale figure parmi les partenaires."),
    ('p', "L'enquête Associations & Partenariats, menée en mai-juin 2016 auprès de plus de 1~380 "
          "responsables associatifs et publiée en mars 2017, donnait déjà la mesure : une association "
          "compte en moyenne 2,5~partenaires, et les collectivités territoriales sont citées par 74~% "
          "d'entre elles, loin devant les entreprises, à 28~%."),
    ('h', "Et les entreprises ?"),
    ('p', "Côté entreprises, le mouvement a été plus lent. En janvier 2011, l'étude ARPEA Entreprises & "
          "Territoires comptait 21~% d'entreprises développant des partenariats, 33~% souhaitant en "
          "développer et 46~% ne le souhaitant pas."),
    ('p', "Cinq ans plus tard, une note de l'Observatoire datée du 29~février 2016 en trouvait 37~% parmi "
          "celles d'au moins 10~salariés, et 65~% chez les pionniers."),
    ('h', "Les fondations aussi"),
    ('p', "Les fondations entrent à leur tour dans les études. Publiée un 23~septembre, l'étude IMPACT "
          "Fondations & Territoires a interrogé 42~fondations sur leur rôle dans les territoires."),
    ('p', "Reste l'ODD~17, « Partenariats pour la réalisation des objectifs », dont la note du Comité~21 "
          "parue le 5~juillet détaille les 19~cibles."),
    ('h', "Une charte pour faire alliance"),
    ('p', "Le 30~novembre 2021, jour du Giving Tuesday, la Charte du faire alliance a été lancée à "
          "Saint-Maurice, dans le territoire de Paris-Est Marne & Bois. Sa co-construction a été pilotée "
          "par la Fondation des Territoires, créée ensuite, le 14~juin 2022, par 21~co-fondateurs."),
    ('h', "Des données pour agir"),
    ('p', "Pour aider les acteurs à rebondir après la crise sanitaire, Le RAMEAU a inventorié plus de "
          "250~données. Il met aussi à disposition la plateforme M.E.D.O.C., pour Méthodes, Exemples, "
          "Données, Outils, Compétences. Créé en 2006, ce laboratoire dit avoir mené des expérimentations "
          "auprès de plus de 500~organisations depuis sa création."),
    ('break', 6),
    ('h', "Des territoires pionniers"),
    ('p', "Sur le terrain, les expériences ne datent pas d'hier. Initiée en 2010 après l'étude "
          "ARPEA-Collectivités locales, la démarche « Agir ensemble en Territoire » s'est appuyée sur "
          "trois pilotes : l'Alsace avec Alsace Active, le Poitou-Charentes avec le Groupe La Poste, et "
          "le territoire de Paris-Est Marne & Bois."),
    ('p', "Plus tard, le parcours d'expérience lancé par le CGET et Le RAMEAU a réuni 11~territoires "
          "pionniers ; un autre document parle de « 10~territoires pilotes »."),
    ('p', "Le Fonds ODD~17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, soutient quant "
          "à lui une expérimentation de trois ans menée avec 350 « catalyseurs territoriaux », grâce à "
          "une dotation de 1,5~M€."),
    ('p', "Reste, pour les maires comme pour leurs partenaires, à passer du besoin à la pratique."),
]


def z02():
    name = 'obs-z-02-article-presse-maires-alliance.pdf'
    L, R = 40, 555
    W = R - L
    G = 16
    CW = (W - 2 * G) / 3.0
    XS = [L, L + CW + G, L + 2 * (CW + G)]
    BOT = 58
    PULL = "« 98~% des associations employeuses ont des partenariats. »"

    def start(d):
        c = d.c
        if d.page > 1:
            text(c, L, 812, "<b>Le Journal des alliances</b> · jeudi 5 décembre 2024", 'serif', 8.4, GREY)
            text(c, L, 812, "Territoires", 'sans', 8, BRICK, 'right', W)
            rule(c, L, 805, R, INK, 0.8)

    def end(d):
        c = d.c
        for x in XS[1:]:
            rule_v(c, x - G / 2.0, d.col_top, d.col_bot)
        text(c, L, 34, "%d" % d.page, 'serif', 9, GREY, 'center', W)

    def rule_v(c, x, y1, y2):
        c.setStrokeColor(HexColor('#c8c8c8'))
        c.setLineWidth(0.4)
        c.line(x, y1, x, y2)

    d = Doc(name, A4, start, end, "Le Journal des alliances - les maires et l'alliance")
    c = d.c
    # ---- p1: masthead, title, chapeau
    text(c, L, 792, "<b>Le Journal des alliances</b>", 'serif', 28, INK)
    rule(c, L, 780, R, INK, 1.6)
    text(c, L, 768, "N° 118 · jeudi 5 décembre 2024", 'serif', 9, INK)
    text(c, L, 768, "Édition nationale", 'serif', 9, INK, 'right', W)
    rule(c, L, 761, R, INK, 0.6)
    text(c, L, 740, "<b>TERRITOIRES</b>", 'sans', 9, BRICK)
    y = para(c, L, 732, W, "<b>Maires : l'alliance, du besoin à la pratique</b>", 'serif', 26, 31, INK)
    y = para(c, L, y - 6, W, "<b>Une enquête publiée en novembre 2024 auprès de 302 maires le confirme : "
             "les territoires bougent. Le besoin d'alliance fait presque l'unanimité chez les élus ; savoir "
             "piloter ces coopérations reste plus rare.</b>", 'serif', 12.4, 17.4, INK)
    text(c, L, y - 14, "<i>Par la rédaction</i>", 'serif', 9.4, GREY)
    top1 = y - 28
    d.col_top = top1
    d.col_bot = BOT - 4
    # photo at the foot of column 3, page 1
    ph = 118
    box(c, XS[2], BOT + 34, CW, ph, fill=HexColor('#d9dee4'))
    for k in range(5):
        person(c, XS[2] + 22 + k * 28, BOT + 48, 40 + (k % 2) * 8, HexColor('#9aa6b2'))
    para(c, XS[2], BOT + 30, CW, "<i>Saint-Maurice, 30~novembre 2021 : lancement de la Charte du faire "
         "alliance.</i>", 'serif', 8.2, 10.4, GREY)
    frames = [(XS[0], top1, CW, BOT, False), (XS[1], top1, CW, BOT, False),
              (XS[2], top1, CW, BOT + 34 + ph + 10, False)]
    frames += [(XS[0], 790, CW, BOT, True), (XS[1], 790, CW, BOT, False), (XS[2], 680, CW, BOT, False)]
    frames += [(XS[0], 790, CW, 330, True)]
    f = Flow(d, frames)
    orig_next = f.next_frame

    def next_frame():
        orig_next()
        if f.fi in (3, 6):
            d.col_top = 790
        if f.fi == 6:
            d.col_bot = 326
        if f.fi == 5:
            # pull quote at the top of column 3, page 2
            cc = d.c
            rule(cc, XS[2], 786, XS[2] + CW, BRICK, 1.2)
            para(cc, XS[2], 776, CW, "<b>%s</b>" % PULL, 'serif', 13, 17.5, BRICK)
            rule(cc, XS[2], 690, XS[2] + CW, BRICK, 1.2)
    f.next_frame = next_frame
    for kind, s in ARTICLE:
        if kind == 'break':
            while f.fi < s:
                f.next_frame()
            continue
        if kind == 'h':
            f.add("<b>%s</b>" % s, fam='sans', size=10.4, leading=13.6, color=BRICK, before=8, after=3,
                  keep=28)
        else:
            f.add(s, fam='serif', size=10.2, leading=14.4, color=INK, after=5)
    # ---- p3, column 3: boxes
    x3 = XS[1]
    yb = 790
    rep = [
        "<b>2008</b> — Création de l'Observatoire des partenariats par la Caisse des Dépôts et Le RAMEAU.",
        "<b>2008-2012</b> — ARPEA, premier programme d'études.",
        "<b>2013-2018</b> — PHARE, deuxième programme.",
        "<b>2018-2022</b> — IMPACT, troisième programme.",
        "<b>2022</b> — Création de la Fondation des Territoires.",
    ]
    bh = 30 + sum(para_height(CW - 20, s, 'sans', 8.8, 12.2) + 5 for s in rep)
    box(c, x3, yb - bh, CW, bh, fill=ROSE)
    text(c, x3 + 10, yb - 18, "<b>REPÈRES</b>", 'sans', 9.4, BRICK)
    yy = yb - 28
    for s in rep:
        yy = para(c, x3 + 10, yy, CW - 20, s, 'sans', 8.8, 12.2, INK) - 5
    x3 = XS[2]
    yb = 790
    met = ("<b>MÉTHODE</b> L'enquête de 2024 a été menée par téléphone auprès de 302 maires. Parmi eux, "
           "84~% exercent dans une commune de moins de 2~000 habitants : l'enquête donne d'abord la "
           "parole aux petites communes.")
    bh = para_height(CW - 20, met, 'sans', 8.8, 12.2) + 20
    box(c, x3, yb - bh, CW, bh, fill=SKY)
    para(c, x3 + 10, yb - 10, CW - 20, met, 'sans', 8.8, 12.2, INK)
    yb = yb - bh - 16
    lire = "<b>LIRE AUSSI</b> Les associations en première ligne, page~2 ; les Français et leurs attentes, page~2."
    bh = para_height(CW - 20, lire, 'sans', 8.8, 12.2) + 20
    box(c, x3, yb - bh, CW, bh, fill=HexColor('#eeeeee'))
    para(c, x3 + 10, yb - 10, CW - 20, lire, 'sans', 8.8, 12.2, INK)
    # ---- p3, foot: a chart across the page
    yc = 306
    rule(c, L, yc + 6, R, INK, 0.8)
    text(c, L, yc - 12, "<b>Les maires, d'une enquête à l'autre (en % des maires)</b>", 'sans', 10.4, BRICK)
    y = end_bars(c, L, yc - 46, 260, 200, [
        ("Devoir d'alliance (PHARE-Institutions, 2016)", 87, "87~%"),
        ("Territoire engagé (programme IMPACT, 2018-2022)", 76, "76~%"),
        ("Territoire en mouvement (novembre 2024)", 91, "91~%"),
        ("Besoin d'alliance (plaidoyer, sans date)", 92, "92~%"),
    ], 100, size=9.8, gap=34, color=BRICK, bar_h=16)
    para(c, L, y - 2, W, "Source : Observatoire des partenariats et Le RAMEAU ; chaque barre porte la date de "
         "son enquête.", 'sans', 8, 10.6, GREY)
    d.save()
    return name


# =========================================================================== Z-03
BREVES = {
    1: ("Les enquêtes", [
        ("Janvier 2011", "L'étude ARPEA Entreprises & Territoires paraît : 21~% des entreprises développent "
         "des partenariats avec des associations, 33~% souhaitent en développer et 46~% ne le souhaitent pas."),
        ("Septembre 2015", "Le volet Citoyens du programme PHARE paraît. Plus de 2~000 personnes ont été "
         "interrogées : 69~% des Français jugent que s'allier est un devoir, et l'emploi arrive en tête "
         "des enjeux, noté 7,1 sur 10."),
        ("Octobre et novembre 2015", "Les volets Entreprises et Associations suivent : 81~% des dirigeants "
         "d'entreprise et 86~% des responsables associatifs partagent ce constat, soit 12 et 17~points de plus "
         "que les Français (calcul de la rédaction)."),
        ("29 février 2016", "Une note de l'Observatoire mesure l'engagement dans des partenariats : 37~% "
         "des entreprises d'au moins 10 salariés, 38~% des associations, dont 53~% des associations "
         "employeuses, et 65~% des pionniers."),
        ("29 novembre 2016", "PHARE-Institutions donne la parole aux maires : ils sont 87~% à partager le "
         "constat d'un devoir d'alliance. L'étude distingue cinq profils de maires."),
        ("2016", "Le programme PHARE publie 13 rapports régionaux au fil de l'année."),
        ("Mars 2017", "Recherches & Solidarités et Le RAMEAU publient Associations & Partenariats. Menée "
         "en mai-juin 2016 auprès de plus de 1~380 responsables, l'enquête compte 2,5~partenaires en "
         "moyenne par association ; les collectivités territoriales sont citées par 74~% d'entre elles."),
    ]),
    2: ("Les programmes et le droit", [
        ("11 décembre 2012", "Le rapport quinquennal dresse le bilan du programme ARPEA (2008-2012), "
         "conduit en dix volets. Les Français étaient 84~% à juger urgent de créer des partenariats "
         "entre associations et entreprises, contre 86~% en 2008, soit un recul de 2~points."),
        ("Début 2014", "Le rapport d'état des lieux des partenariats entre associations et entreprises, "
         "demandé par la ministre Valérie Fourneyron, est publié."),
        ("Novembre 2017", "Lancement du programme IMPACT pour la période 2018-2022, autour de trois axes : "
         "innovation sociétale et territoriale, performance des organisations, confiance. Parmi ses "
         "résultats, 76~% des maires jugent leur territoire engagé, mais 46~% ne savent pas piloter les "
         "alliances."),
        ("7 mai 2020", "La mission confiée lors du FNAF 2019 par Gabriel Attal à Cathy Racon-Bouzon et "
         "Charles-Benoît Heidsieck remet son rapport ; son bilan suit le 17 octobre 2020."),
        ("Février", "Dépôt de la proposition de loi sur le droit de l'alliance d'intérêt général, portée "
         "par Cathy Racon-Bouzon. Une feuille de route ministérielle compte par ailleurs 21~mesures."),
        ("2020", "Le RAMEAU et la Fondation TotalEnergies co-créent le Fonds ODD~17 : 1,5~M€ pour une "
         "expérimentation sur 3 ans, avec 350 catalyseurs territoriaux."),
        ("Novembre 2020", "L'étude IMPACT-Elus locaux paraît : 64~% des élus locaux veulent s'appuyer sur "
         "le « jouer collectif »."),
        ("30 novembre 2021", "Lancement de la Charte du faire alliance à Saint-Maurice, le jour du Giving "
         "Tuesday. La Lettre rappelle à cette occasion le chiffre phare du plaidoyer pour le droit de "
         "l'alliance : 92~% des maires expriment un « besoin d'alliance »."),
    ]),
    3: ("Les territoires et les fondations", [
        ("2010", "Après l'étude ARPEA-Collectivités locales, la démarche « Agir ensemble en Territoire » "
         "démarre avec trois pilotes : l'Alsace, le Poitou-Charentes et Paris-Est Marne & Bois."),
        ("Juillet 2018", "Lancement de la préfiguration de la Fondation des Territoires."),
        ("3 mai", "Première session du parcours d'expérience du CGET et du RAMEAU, avec "
         "11~territoires pionniers ; une autre source en compte 10."),
        ("14 juin 2022", "Création de la Fondation des Territoires sous l'égide de la Fondation de Lille, "
         "par 21~co-fondateurs."),
        ("23 septembre", "L'étude IMPACT Fondations & Territoires est publiée : 42~fondations ont été "
         "interrogées."),
        ("5 juillet", "Le Comité~21 publie sa note « ODD~17 : Sens, décryptages, déclinaisons » : l'ODD~17 "
         "compte 19~cibles."),
        ("Après la crise sanitaire", "Le RAMEAU inventorie plus de 250~données : 81~% des Français et "
         "84~% des dirigeants de TPE et de PME jugent la co-construction utile pour rebondir."),
    ]),
    4: ("Un mois de novembre", [
        ("15 novembre", "Parution du dossier de JURIS Associations n° 628."),
        ("23 novembre", "3e dîner « Elus & Entreprises ». Deux chiffres y sont mis en avant : 64~% des "
         "élus locaux veulent s'appuyer sur le « jouer collectif », et 92~% des maires reconnaissent "
         "l'utilité de la co-construction."),
        ("26 novembre", "Publication du 11e rapport régional de l'Observatoire, consacré à la Normandie, "
         "et 5e webinaire « l'ODD~17 en pratique »."),
        ("Novembre 2024", "IMPACTS & TRAJECTOIRES – Elus locaux : 302 maires interrogés du 30 septembre "
         "au 28 octobre 2024 ; 91~% voient leur territoire en mouvement, dont 35~% fortement."),
    ]),
    5: ("Le laboratoire", [
        ("2006", "Création du RAMEAU, association d'intérêt général qui se définit comme un laboratoire de "
         "recherche empirique ; il se donne trois missions."),
        ("Depuis 2006", "Le RAMEAU a mené des expérimentations auprès de plus de 500~organisations."),
    ]),
}


def z03():
    name = 'obs-z-03-lettre-information-breves.pdf'
    L, R = 54, 541
    W = R - L
    SIDE = 150
    GAP = 22
    MW = W - SIDE - GAP
    XS = L + MW + GAP

    def start(d):
        c = d.c
        if d.page > 1:
            text(c, L, 812, "<b>La Lettre des partenariats</b>", 'sans', 8, TEAL)
            text(c, L, 812, "n° 23 · janvier 2025", 'sans', 8, GREY, 'right', W)
            rule(c, L, 805, R, TEAL, 0.6)

    def end(d):
        text(d.c, L, 32, "La Lettre des partenariats · n° 23 · page %d/4" % d.page, 'sans', 8, GREY,
             'center', W)

    def breves(c, y, head, items):
        text(c, L, y - 12, "<b>%s</b>" % head.upper(), 'sans', 10.5, TEAL)
        rule(c, L, y - 18, L + MW, TEAL, 0.8)
        y -= 30
        for date, s in items:
            y = para(c, L, y, MW, "<b>%s</b> — %s" % (date, s), 'serif', 10.8, 15.4, INK) - 10
            rule(c, L, y + 4, L + 40, OFF, 0.5)
            y -= 4
        return y

    def side_box(c, y, title, body, fill=MINT, size=9, leading=12.8):
        bh = para_height(SIDE - 20, body, 'sans', size, leading) + 34
        box(c, XS, y - bh, SIDE, bh, fill=fill)
        text(c, XS + 10, y - 18, "<b>%s</b>" % title, 'sans', 9.4, TEAL)
        para(c, XS + 10, y - 26, SIDE - 20, body, 'sans', size, leading, INK)
        return y - bh - 14

    d = Doc(name, A4, start, end, "La Lettre des partenariats n° 23")
    c = d.c
    # ---- p1: masthead, édito, brèves
    box(c, 0, 730, 595, 112, fill=TEAL)
    text(c, L, 800, "<b>La Lettre des partenariats</b>", 'sans', 25, white)
    text(c, L, 778, "Observatoire des partenariats · lettre d'information", 'sans', 10, MINT)
    text(c, L, 748, "<b>n° 23 · janvier 2025</b>", 'sans', 10.5, white)
    text(c, L, 748, "Spécial brèves", 'sans', 10.5, white, 'right', W)
    y = para(c, L, 716, W, "<i>Cette lettre rassemble, date par date, des brèves publiées depuis la "
             "création de l'Observatoire en 2008. Chaque brève porte la date de l'événement qu'elle "
             "annonce ; les chiffres qu'elle cite ne sont pas toujours du même jour.</i>", 'serif', 10.6,
             15, GREY) - 10
    ys = y
    breves(c, y, *BREVES[1])
    ys = side_box(c, ys, "Au sommaire", "Les enquêtes, p.~1 · Les programmes et le droit, p.~2 · "
                  "Les territoires et les fondations, p.~3 · Un mois de novembre, p.~4")
    ys = side_box(c, ys, "Le chiffre du mois", "<b>148~000</b> associations employeuses, selon l'étude "
                  "IMPACT – Associations & Territoires. Parmi elles, 98~% ont des partenariats.",
                  fill=SAND)
    # ---- p2
    d.new_page()
    y = 790
    breves(c, y, *BREVES[2])
    side_box(c, 790, "Les programmes", "ARPEA, PHARE et IMPACT se sont succédé depuis la création de "
             "l'Observatoire par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le "
             "Mouvement associatif.")
    # ---- p3
    d.new_page()
    y = 790
    y = breves(c, y, *BREVES[3])
    side_box(c, 790, "À lire", "La note du Comité~21 sur l'ODD~17 et la plateforme M.E.D.O.C. : "
             "Méthodes, Exemples, Données, Outils, Compétences.")
    # ---- p4
    d.new_page()
    y = 790
    y = breves(c, y, *BREVES[4])
    y = breves(c, y - 10, *BREVES[5])
    ys = side_box(c, 790, "Novembre, mois chargé", "Ces rendez-vous sont annoncés sans leur année dans nos "
                  "sources ; nous les donnons tels quels.")
    ys = side_box(c, ys, "Le RAMEAU en bref", "15 ans de recherche, 5 ans d'étude d'impact et plus de "
                  "1.000 exemples inspirants recensés.", fill=MINT)
    side_box(c, ys, "Prochain numéro", "Les associations employeuses et leurs partenaires, dans la lettre "
             "n° 24.", fill=SAND)
    d.save()
    return name


# =========================================================================== Z-04
def z04():
    name = 'obs-z-04-synthese-regionale-territoires.pdf'
    PW, PH = landscape(A4)
    L, R = 48, PW - 48
    W = R - L
    G = 30
    CW = (W - G) / 2.0
    X2 = L + CW + G

    def start(d):
        c = d.c
        text(c, L, PH - 30, "Observatoire des partenariats · Synthèse régionale", 'sans', 7.8, GREY)
        text(c, L, PH - 30, "octobre 2023", 'sans', 7.8, GREY, 'right', W)
        rule(c, L, PH - 37, R, PLUM, 0.6)

    def end(d):
        text(d.c, L, 24, "— %d —" % d.page, 'sans', 8.5, GREY, 'center', W)

    H = dict(fam='sans', size=12.5, leading=16.5, color=PLUM, before=8, after=6)
    P = dict(fam='serif', size=10, leading=14, after=5)
    CAP = dict(fam='sans', size=9.2, leading=12.4, color=PLUM, after=4)
    SRC = dict(fam='sans', size=7.9, leading=10.6, color=GREY, after=2)

    d = Doc(name, (PW, PH), start, end, "Les régions et l'alliance - synthèse régionale")
    c = d.c
    # ---- p1
    box(c, 0, PH - 118, PW, 76, fill=PLUM)
    text(c, L, PH - 62, "<b>SYNTHÈSE RÉGIONALE</b>", 'sans', 8.6, HexColor('#e9d8e9'))
    text(c, L, PH - 88, "<b>Les régions et l'alliance</b>", 'sans', 20, white)
    text(c, L, PH - 106, "Ce que disent nos sources, région par région et public par public", 'sans', 10,
         HexColor('#e9d8e9'))
    f = Flow(d, [(L, PH - 130, W, 60, False)])
    f.add("Cette synthèse croise, région par région, ce que les sources de l'Observatoire disent des "
          "quatre publics de l'alliance : citoyens, entreprises, associations et collectivités. Les "
          "enquêtes nationales ne publient pas de résultats par région ; le tableau~1 donne donc, pour "
          "chaque région, les démarches et publications documentées, et en dernière ligne la référence "
          "nationale.", **P)
    f.skip(2)
    f.add("<b>Tableau 1 – Les régions et les publics : démarches documentées et référence nationale (part "
          "qui juge que s'allier est un devoir, en %)</b>", **CAP)
    npx = "n.p."
    y = table(c, L, f.y - 2, [150, 92, 116, 124, 122, W - 604], [
        ["Région", "Citoyens", "Entreprises", "Associations", "Collectivités", "Publications et dispositifs"],
        ["Grand Est (Alsace)", npx, npx, "Alsace Active, pilote d'« Agir ensemble en Territoire » dès "
         "2010", npx, "–"],
        ["Nouvelle-Aquitaine (Poitou-Charentes)", npx, "Groupe La Poste, pilote dès 2010", npx, npx,
         "–"],
        ["Île-de-France (Paris-Est Marne & Bois)", npx, npx, npx, "Territoire pilote dès 2010",
         "Charte du faire alliance lancée à Saint-Maurice le 30 novembre 2021"],
        ["Normandie", npx, npx, npx, npx, "11e rapport régional de l'Observatoire, publié le 26 novembre"],
        ["Occitanie", npx, npx, npx, npx, "Voyage d'étude du RAMEAU : 3 exemples inspirants"],
        ["Hauts-de-France", npx, npx, npx, npx, "Fondation des Territoires, créée sous l'égide de la "
         "Fondation de Lille le 14 juin 2022"],
        ["<b>France entière</b> (PHARE : Français, sept. 2015 ; dirigeants d'entreprise, oct. 2015 ; "
         "responsables associatifs, nov. 2015 ; maires, 29 nov. 2016)", "<b>69</b>", "<b>81</b>",
         "<b>86</b>", "<b>87</b>", "13 rapports régionaux en 2016"],
    ], 'sans', 8.4, 10.9, ['left'] * 6, head_fill=HexColor('#efe6ef'),
        head_color=PLUM, line_color=GREY, pad=4.5)
    f = Flow(d, [(L, y - 5, W, 44, False)])
    f.add("n.p. : non publié à l'échelle régionale dans nos sources ; – : sans objet. Lecture : en France, "
          "87 % des maires partagent le constat d'un devoir d'alliance ; aucune source ne donne ce chiffre "
          "par région.", **SRC)
    # ---- p2: two columns
    d.new_page()
    f = Flow(d, [(L, PH - 52, CW, 50, False)])
    f.add("<b>2. Région par région</b>", **H)
    for s in [
        "<b>Grand Est.</b> En Alsace, Alsace Active a été l'un des pilotes d'« Agir ensemble en "
        "Territoire », démarche initiée après l'étude ARPEA-Collectivités locales de Comisis-OpinionWay.",
        "<b>Nouvelle-Aquitaine.</b> Dans l'ancien Poitou-Charentes, le pilote a été porté avec le Groupe "
        "La Poste.",
        "<b>Île-de-France.</b> Le territoire de Paris-Est Marne & Bois, autre pilote, a accueilli à "
        "Saint-Maurice, le 30 novembre 2021, jour du Giving Tuesday, le lancement de la Charte du faire "
        "alliance.",
        "<b>Normandie.</b> Le 11e rapport régional de l'Observatoire lui est consacré ; il a été publié le "
        "26 novembre.",
        "<b>Occitanie.</b> Le voyage d'étude du RAMEAU y a retenu des exemples inspirants, présentés "
        "dans le tableau~1.",
        "<b>Hauts-de-France.</b> La Fondation des Territoires a été créée le 14 juin 2022 sous l'égide de "
        "la Fondation de Lille, par 21~co-fondateurs.",
    ]:
        f.add(s, **P)
    f.add("<b>3. Les territoires pionniers</b>", **H)
    f.add("Initiée en 2010, la démarche « Agir ensemble en Territoire » a réuni trois pilotes, un dans "
          "chacune des trois premières régions du tableau~1 : l'Alsace, le Poitou-Charentes et "
          "Paris-Est Marne & Bois.", **P)
    f.add("Le parcours d'expérience du CGET et du RAMEAU a ensuite réuni 11~territoires pionniers, dont la "
          "première session s'est tenue le 3 mai ; une autre source parle de 10~territoires pilotes.", **P)
    f.add("Le Fonds ODD~17, co-créé en 2020, finance une expérimentation de trois ans avec 350 "
          "catalyseurs territoriaux, pour une dotation de 1,5~M€.", **P)
    f = Flow(d, [(X2, PH - 52, CW, 50, False)])
    f.add("<b>4. À quelle échelle s'allie-t-on ?</b>", **H)
    f.add("L'étude IMPACT – Associations & Territoires porte sur les 148~000 associations employeuses ; "
          "98~% d'entre elles ont des partenariats. Elle distingue l'échelle à laquelle ces partenariats "
          "se nouent.", **P)
    f.skip(2)
    f.add("<b>Tableau 2 – Échelle des partenariats des associations employeuses (en %)</b>", **CAP)
    y = table(c, X2, f.y - 2, [CW - 90, 90], [
        ["Échelle", "Part"],
        ["Locale", "73"],
        ["Régionale", "47"],
    ], 'sans', 9.2, 12.4, ['left', 'right'], head_fill=HexColor('#efe6ef'), head_color=PLUM,
        line_color=GREY, pad=4.5)
    f = Flow(d, [(X2, y - 8, CW, 50, False)])
    f.add("L'échelle régionale arrive ainsi 26~points derrière l'échelle locale (écart calculé par la "
          "rédaction).", **P)
    f.add("<b>5. Les communes et leurs partenaires</b>", **H)
    f.add("Les 302 maires interrogés du 30 septembre au 28 octobre 2024 pour l'enquête IMPACTS & "
          "TRAJECTOIRES – Elus locaux exercent, pour 84~% d'entre eux, dans une commune de moins de "
          "2~000 habitants.", **P)
    f.skip(2)
    f.add("<b>Tableau 3 – Partenaires des associations employeuses, du local au national (en %)</b>", **CAP)
    y = table(c, X2, f.y - 2, [CW - 90, 90], [
        ["Partenaire", "Part"],
        ["Collectivités territoriales", "89"],
        ["Établissements scolaires", "70"],
        ["Collectifs d'associations", "56"],
        ["Acteurs publics nationaux", "52"],
        ["Fédérations professionnelles", "37"],
        ["Acteurs académiques", "35"],
    ], 'sans', 9.2, 12.4, ['left', 'right'], head_fill=HexColor('#efe6ef'), head_color=PLUM,
        line_color=GREY, pad=4.5)
    f = Flow(d, [(X2, y - 5, CW, 50, False)])
    f.add("Source : étude IMPACT – Associations & Territoires.", **SRC)
    d.save()
    return name


# =========================================================================== Z-05
TILES = {
    1: ("Les publics", [
        (('picto', 10, 8), "Plus de 8 Français sur 10", "ressentent un « devoir d'alliance »<sup>1</sup>"),
        (('picto', 10, 9), "Plus de 9 maires sur 10", "expriment un « besoin d'alliance »<sup>1</sup>"),
        (('picto', 4, 3), "Plus de 3 maires sur 4", "jugent leur territoire engagé<sup>2</sup>"),
        (('picto', 2, 1), "Près d'un maire sur deux", "ne sait pas comment piloter les "
         "alliances<sup>2</sup>"),
        (('pie', 0.69), "69~%", "des Français jugent que s'allier est un devoir<sup>3</sup>"),
        (('people',), "Plus de deux mille", "personnes interrogées pour le volet Citoyens de "
         "PHARE<sup>3</sup>"),
        (('gauge', 7.1), "7,1 sur 10", "la note moyenne de l'emploi, premier des enjeux des "
         "Français<sup>3</sup>"),
        (('pie', 0.91), "91~%", "des 302 maires interrogés voient leur territoire en mouvement<sup>4</sup>"),
    ], [
        "1. Plaidoyer pour le droit de l'alliance d'intérêt général, Le RAMEAU, sans date.",
        "2. Programme IMPACT, 2018-2022.",
        "3. PHARE-Citoyens, septembre 2015.",
        "4. IMPACTS & TRAJECTOIRES – Elus locaux, novembre 2024.",
    ]),
    2: ("Associations, entreprises, fondations", [
        (('people',), "148~000", "associations employeuses en France<sup>5</sup>"),
        (('pie', 0.98), "Quatre-vingt-dix-huit pour cent", "d'entre elles ont des partenariats<sup>5</sup>"),
        (('picto', 2, 1), "Une association sur deux", "dont le budget dépasse 150~000~€ a un partenariat "
         "avec une entreprise<sup>6</sup>"),
        (('picto', 5, 1), "Une sur cinq", "parmi celles dont le budget est inférieur à "
         "10~000~€<sup>6</sup>"),
        (('people',), "2,5", "partenaires en moyenne par association<sup>6</sup>"),
        (('pie', 0.21), "21~%", "des entreprises développent des partenariats ; 33~% souhaitent en "
         "développer<sup>7</sup>"),
        (('people',), "Quarante-deux", "fondations interrogées par l'étude IMPACT Fondations & "
         "Territoires<sup>8</sup>"),
        (('money',), "1,5 million d'euros", "pour le Fonds ODD~17 et ses 350 catalyseurs "
         "territoriaux<sup>9</sup>"),
    ], [
        "5. IMPACT – Associations & Territoires, étude non datée.",
        "6. Associations & Partenariats, enquête de mai-juin 2016, publiée en mars 2017.",
        "7. ARPEA Entreprises & Territoires, janvier 2011.",
        "8. IMPACT Fondations & Territoires, publiée un 23 septembre.",
        "9. Fonds ODD~17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies.",
    ]),
}


def z05():
    name = 'obs-z-05-infographie-alliance-en-chiffres.pdf'
    L, R = 40, 555
    W = R - L
    G = 14
    TW = (W - G) / 2.0
    TH = 136
    COLORS = [NAVY, TEAL, BRICK, PLUM, GREEN, ORANGE, NAVY, TEAL]

    def start(d):
        c = d.c
        box(c, 0, 752, 595, 90, fill=NAVY)
        text(c, L, 812, "<b>L'ALLIANCE EN CHIFFRES</b>", 'sans', 9, BLUE2)
        text(c, L, 784, "<b>%s</b>" % TILES[d.page][0], 'sans', 22, white)
        text(c, L, 764, "Infographie · mise à jour décembre 2024", 'sans', 9.5, BLUE2)

    def end(d):
        text(d.c, L, 26, "Infographie · %d/2" % d.page, 'sans', 8, GREY, 'right', W)

    d = Doc(name, A4, start, end, "L'alliance en chiffres - infographie")
    c = d.c
    for p in (1, 2):
        if p == 2:
            d.new_page()
        head, tiles, sources = TILES[p]
        for k, (pic, big, cap) in enumerate(tiles):
            col, row = k % 2, k // 2
            x = L + col * (TW + G)
            ytop = 736 - row * (TH + G)
            colr = COLORS[k]
            box(c, x, ytop - TH, TW, TH, fill=SKY)
            box(c, x, ytop - 5, TW, 5, fill=colr)
            if pic[0] == 'picto':
                n, on = pic[1], pic[2]
                h = 26 if n <= 5 else 22
                step = 30 if n <= 5 else 22
                picto_row(c, x + 14, ytop - 44, n, on, h, step, colr)
                yb = ytop - 70
            elif pic[0] == 'pie':
                pie(c, x + 32, ytop - 32, 17, pic[1], colr)
                yb = ytop - 70
            elif pic[0] == 'gauge':
                gauge(c, x + 14, ytop - 40, pic[1], colr)
                yb = ytop - 70
            elif pic[0] == 'people':
                for k2 in range(3):
                    person(c, x + 22 + k2 * 16, ytop - 48 + (k2 % 2) * 3, 24, colr)
                yb = ytop - 70
            else:
                for k2 in range(3):
                    coin(c, x + 30 + k2 * 9, ytop - 34 + k2 * 5, 14, colr, SKY)
                yb = ytop - 70
            size = 19
            while pdfmetrics.stringWidth(big.replace('~', ' '), fontname('sans', True), size) > TW - 28:
                size -= 0.5
            text(c, x + 14, yb, "<b>%s</b>" % big, 'sans', size, colr)
            para(c, x + 14, yb - 14, TW - 28, cap, 'sans', 9.6, 12.8, INK)
        ys = 736 - 4 * (TH + G) - 2
        text(c, L, ys - 10, "<b>Sources</b>", 'sans', 8.6, NAVY)
        yy = ys - 16
        for s in sources:
            yy = para(c, L, yy, W, s, 'sans', 8, 10.6, GREY)
        assert yy > 40, (name, p, yy)
    d.save()
    return name


DOCS = [z01, z02, z03, z04, z05]

if __name__ == '__main__':
    for fn in DOCS:
        print(fn())
