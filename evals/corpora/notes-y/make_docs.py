#!/usr/bin/env python
"""Deterministic generator of the 5 PDFs of figure-finder gold set Y.

Run: /work/main/.venv/bin/python make_docs.py

reportlab with rl_config.invariant = 1 and invariant=1 on every canvas; DejaVu fonts from
/usr/share/fonts/truetype/dejavu/. The helpers (NbspTTFont, prep/wrap/draw_line, Doc, Flow, table,
hbars, footnotes) are copied unchanged from set X's make_docs.py, itself a copy of set W's:
NbspTTFont is reportlab 5.1.0's TTFont.splitString without the line that maps U+00A0 to a space,
so U+00A0 reaches the text layer.

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


# =========================================================================== Y-01
def y01():
    name = 'obs-y-01-resultats-detailles-publics.pdf'
    L, R = 64, 531
    W = R - L
    NOTES = {
        1: [],
        2: [],
        3: ["1. Publié le 29 novembre 2016, le volet Institutions distingue aussi cinq profils de maires."],
        4: ["1. Marge d'erreur théorique, calculée par la rédaction pour un échantillon aléatoire simple "
            "de cette taille, au seuil de confiance de 95~%, pour un résultat proche de 50~% ; les "
            "sources consultées ne donnent pas de marge d'erreur."],
    }

    def start(d):
        c = d.c
        text(c, L, 812, "Observatoire des partenariats · Résultats détaillés", 'sans', 7.8, GREY)
        text(c, L, 812, "février 2025", 'sans', 7.8, GREY, 'right', W)
        rule(c, L, 805, R, NAVY, 0.6)

    def end(d):
        c = d.c
        if NOTES[d.page]:
            footnotes(c, L, W, NOTES[d.page])
        text(c, L, 32, "page %d/4" % d.page, 'sans', 8, GREY, 'center', W)

    H = dict(fam='sans', size=13, leading=17, color=NAVY, before=6, after=6)
    P = dict(fam='serif', size=10.6, leading=15.2, after=6)
    CAP = dict(fam='sans', size=9.4, leading=12.6, color=NAVY, after=4)
    SRC = dict(fam='sans', size=7.9, leading=10.6, color=GREY, after=2)

    d = Doc(name, A4, start, end, "Les publics et l'alliance - résultats détaillés")
    c = d.c
    # ---- p1
    box(c, 0, 690, 595, 105, fill=NAVY)
    text(c, L, 770, "<b>RÉSULTATS DÉTAILLÉS</b>", 'sans', 9, BLUE2)
    text(c, L, 740, "<b>Les publics et l'alliance</b>", 'sans', 22, white)
    text(c, L, 712, "Français, associations, maires : ce que disent les enquêtes",
         'sans', 10, BLUE2)
    y = para(c, L, 672, W, "<i>Ce document rassemble les principaux résultats des enquêtes de l'Observatoire "
             "des partenariats et de ses partenaires auprès des Français, des associations et des "
             "maires. La méthodologie de chaque enquête est présentée en page~4.</i>",
             'serif', 10.6, 15, GREY) - 14
    blocks = [
        ("Les Français · PHARE-Citoyens, septembre 2015", [
            "L'emploi arrive en tête des enjeux (7,1/10), devant le pouvoir d'achat et la sécurité "
            "(6,6/10 chacun).",
            "49~% attendent des partenariats un impact fort sur l'emploi (contre 36~% sur la précarité "
            "comme sur l'éducation).",
            "69~% jugent que s'allier est un devoir.",
        ]),
        ("Les associations · Associations & Partenariats, enquête de mai-juin 2016", [
            "Une association compte en moyenne 2,5~partenaires ; les collectivités territoriales sont "
            "les plus citées (74~%).",
            "La moitié des associations dont le budget dépasse 150~000~€ ont un partenariat avec une "
            "entreprise (contre 20~% de celles dont le budget est inférieur à 10~000~€).",
        ]),
        ("Les maires · IMPACTS & TRAJECTOIRES – Elus locaux, novembre 2024", [
            "91~% voient leur territoire en mouvement (35~% fortement, 56~% ni plus ni moins).",
            "84~% des maires interrogés exercent dans une commune de moins de 2~000 habitants.",
        ]),
    ]
    bh = 40 + sum(22 + bullets_height(W - 40, items, 'serif', 10.4, 14.6, 4) for _, items in blocks)
    box(c, L, y - bh, W, bh, fill=SAND)
    text(c, L + 16, y - 24, "<b>L'essentiel</b>", 'sans', 13, NAVY)
    yy = y - 40
    for head, items in blocks:
        text(c, L + 16, yy - 10, "<b>%s</b>" % head, 'sans', 9.6, TEAL)
        yy = bullets(c, L + 20, yy - 18, W - 40, items, 'serif', 10.4, 14.6, 4) - 4
    y = y - bh - 22
    text(c, L, y, "<b>Sommaire</b>", 'sans', 10, NAVY)
    y = para(c, L, y - 8, W, "1. Les Français en 2015, p.~2 · 2. Les publics, d'une enquête à l'autre, "
             "p.~3 · Méthodologie, p.~4", 'sans', 9.4, 13)
    # ---- p2
    d.new_page()
    f = Flow(d, [(L, 790, W, 70, False)])
    f.add("<b>1. Les Français en 2015 : enjeux et attentes</b>", **H)
    f.add("Le volet Citoyens du programme PHARE a interrogé plus de 2~000 personnes. Chaque enjeu y "
          "était noté de 0 à 10 ; le tableau~1 les classe, du premier au dernier.", **P)
    f.skip(4)
    f.add("<b>Tableau 1 – Les enjeux et leur rang</b>", **CAP)
    y = table(c, L, f.y - 2, [W - 240, 150, 90], [
        ["Enjeu", "Note moyenne (sur 10)", "Rang"],
        ["Emploi", "7,1", "1"],
        ["Pouvoir d'achat, sécurité<sup>a</sup>", "6,6", "2 ex aequo"],
        ["Développement économique", "6,5", "4"],
        ["Environnement, exclusion", "6,3", "5 ex aequo"],
    ], 'sans', 9.2, 12.4, ['left', 'right', 'right'], head_fill=LIGHT, head_color=NAVY,
        line_color=GREY, pad=4.5)
    f = Flow(d, [(L, y - 5, W, 70, False)])
    f.add("a. Une autre publication tirée de la même enquête attribue 7/10 à la sécurité, qui serait "
          "alors deuxième, seule.", **SRC)
    f.skip(6)
    f.add("L'emploi devance de 0,5~point le pouvoir d'achat et la sécurité ; l'environnement et "
          "l'exclusion ferment la marche, à 0,8~point de l'emploi.", **P)
    f.skip(8)
    f.add("<b>Graphique 1 – Impact fort attendu des partenariats, par domaine (en~% des Français)</b>",
          **CAP)
    y = end_bars(c, L, f.y - 14, 170, 240, [
        ("Emploi", 49, "49~%"),
        ("Développement économique", 46, "46~%"),
        ("Environnement", 42, "42~%"),
        ("Précarité, éducation", 36, "36~%"),
    ], 60)
    f = Flow(d, [(L, y - 6, W, 70, False)])
    f.add("Lecture : chaque barre donne la part des Français qui attendent des partenariats un impact "
          "fort dans ce domaine.", **SRC)
    f.skip(6)
    f.add("Les impacts attendus suivent le même ordre que les enjeux : l'emploi d'abord, la précarité "
          "et l'éducation en dernier, 13~points plus bas.", **P)
    f.skip(8)
    f.add("<b>Graphique 2 – Jugent urgent de créer des partenariats entre associations et entreprises "
          "(en~% des Français)</b>", **CAP)
    legend(c, L + 170, f.y - 10, [("2008", NAVY), ("2012", BLUE2)])
    y = grouped_hbars(c, L, f.y - 24, 170, 240, [("Français", [(86, "86"), (84, "84")])], 100,
                      [NAVY, BLUE2], size=9.4, bar_h=13, inner=17)
    f = Flow(d, [(L, y - 2, W, 70, False)])
    f.add("Source : ARPEA – Citoyens.", **SRC)
    # ---- p3
    d.new_page()
    f = Flow(d, [(L, 790, W, 120, False)])
    f.add("<b>2. Les publics, d'une enquête à l'autre</b>", **H)
    f.add("Quatre publics ont répondu à la même question : s'allier est-il un devoir ? Les volets "
          "Citoyens, Entreprises et Associations de PHARE ont paru de septembre à novembre 2015, le volet "
          "Institutions<sup>1</sup>, consacré aux maires, en 2016.", **P)
    f.skip(4)
    f.add("<b>Graphique 3 – « S'allier est un devoir » : part de chaque public qui partage ce constat "
          "(en~%)</b>", **CAP)
    legend(c, L + 170, f.y - 10, [("2015", TEAL), ("2016", ORANGE)])
    y = grouped_hbars(c, L, f.y - 22, 170, 240, [
        ("Français", [(69, "69"), (None, "n.d.")]),
        ("Dirigeants d'entreprise", [(81, "81"), (None, "n.d.")]),
        ("Responsables associatifs", [(86, "86"), (None, "n.d.")]),
        ("Maires", [(None, "n.d."), (87, "87")]),
    ], 100, [TEAL, ORANGE])
    f = Flow(d, [(L, y - 2, W, 120, False)])
    f.add("Source : programme PHARE, volets Citoyens, Entreprises, Associations et Institutions. "
          "n.d. : non disponible.", **SRC)
    f.skip(10)
    f.add("<b>Les associations et leurs partenaires</b>", fam='sans', size=11, leading=15, color=TEAL,
          after=4)
    f.add("L'enquête Associations & Partenariats, menée en mai-juin 2016 et publiée en mars 2017, "
          "dresse la liste des partenaires que citent les associations (graphique~4).", **P)
    f.skip(4)
    f.add("<b>Graphique 4 – Partenaires cités par les associations (en~%)</b>", **CAP)
    y = end_bars(c, L, f.y - 14, 170, 240, [
        ("Collectivités territoriales", 74, "74"),
        ("Associations et fondations", 72, "72"),
        ("Établissements d'enseignement", 47, "47"),
        ("Entreprises", 28, "28"),
        ("Structures d'insertion", 22, "22"),
        ("Organismes de recherche", 9, "9"),
    ], 100, color=NAVY)
    f = Flow(d, [(L, y - 6, W, 100, False)])
    f.add("Source : Recherches & Solidarités et Le RAMEAU ; plus de 1~380 responsables associatifs "
          "interrogés.", **SRC)
    # ---- p4
    d.new_page()
    f = Flow(d, [(L, 790, W, 120, False)])
    f.add("<b>Méthodologie</b>", **H)
    f.add("Les résultats de ce document proviennent d'enquêtes publiées ; l'Observatoire n'en a pas "
          "refait les calculs. Le tableau ci-dessous donne, pour chacune, l'échantillon, le mode de "
          "recueil, les dates de terrain, la date de publication et la marge d'erreur.", **P)
    f.skip(4)
    f.add("<b>Tableau 2 – Fiche technique des enquêtes citées</b>", **CAP)
    y = table(c, L, f.y - 2, [112, 92, 58, 74, 62, 69], [
        ["Enquête", "Échantillon", "Recueil", "Terrain", "Publication", "Marge d'erreur<sup>1</sup>"],
        ["PHARE-Citoyens (Français)", "plus de 2~000 personnes", "non précisé", "non précisé",
         "septembre 2015", "± 2,2~points au plus"],
        ["Associations & Partenariats (associations)", "plus de 1~380 responsables associatifs",
         "non précisé", "mai-juin 2016", "mars 2017", "± 2,6~points au plus"],
        ["IMPACTS & TRAJECTOIRES – Elus locaux (maires)", "302 maires", "téléphone",
         "du 30 septembre au 28 octobre 2024", "novembre 2024", "± 5,6~points"],
        ["ARPEA – Citoyens (Français)", "non précisé", "non précisé", "mesures de 2008 et de 2012", "–",
         "non calculable"],
        ["PHARE-Institutions (maires)", "non précisé", "non précisé", "non précisé", "29 novembre 2016",
         "non calculable"],
    ], 'sans', 8.4, 11, head_fill=LIGHT, head_color=NAVY, line_color=GREY, pad=4)
    f = Flow(d, [(L, y - 14, W, 120, False)])
    f.add("<b>Lire une évolution</b>", fam='sans', size=11, leading=15, color=TEAL, after=4)
    f.add("Entre 2008 et 2012, la part des Français qui jugent urgent de créer des partenariats passe de "
          "86~% à 84~%. Faute d'échantillon connu, on ne peut dire si cet écart de 2~points dépasse la "
          "marge d'erreur.", **P)
    f.add("<b>Arrondis</b>", fam='sans', size=11, leading=15, color=TEAL, after=4, before=4)
    f.add("Les pourcentages sont arrondis à l'unité ; dans un même graphique, leur somme peut ne pas "
          "faire 100.", **P)
    d.save()
    return name


# =========================================================================== Y-02
def y02():
    name = 'obs-y-02-tableau-de-bord-indicateurs.pdf'
    PW, PH = landscape(A4)
    L, R = 40, 802
    W = R - L
    WID = [300, 168, 76, W - 544]
    HEAD = ('head', ["Indicateur", "Public", "Valeur", "Évolution ou écart"])
    d = Doc(name, landscape(A4), None, None, "Tableau de bord des indicateurs de l'alliance")
    c = d.c

    def top(p, title):
        box(c, 0, PH - 62, PW, 62, fill=NAVY)
        text(c, L, PH - 30, "<b>Tableau de bord des indicateurs de l'alliance</b>", 'sans', 16, white)
        text(c, L, PH - 48, "Observatoire des partenariats · mise à jour : mars 2025", 'sans', 9, BLUE2)
        text(c, L, PH - 40, "<b>%s</b>" % title, 'sans', 12, white, 'right', W)

    def foot(p, notes):
        if notes:
            footnotes(c, L, W, notes, ybase=44)
        rule(c, L, 30, R, NAVY, 0.4)
        text(c, L, 18, "Tableau de bord · page %d/3" % p, 'sans', 7.8, GREY, 'right', W)

    # ---- p1
    top(1, "1. Les Français")
    y = PH - 76
    bh = 44
    box(c, L, y - bh, W, bh, fill=SAND)
    para(c, L + 10, y - 7, W - 20,
         "<b>Comment lire.</b> ▲ ▼ ■ : sens de l'écart ou de l'évolution. « +5 pts » signifie cinq points "
         "de pourcentage de plus que la valeur de comparaison ; entre deux notes sur 10, l'écart "
         "s'exprime en points de note. Les écarts sont calculés par la rédaction à partir des valeurs "
         "publiées.", 'sans', 8.6, 11.6)
    y -= bh + 10
    y = scorecard(c, L, y, WID, [
        HEAD,
        ('group', "PHARE-Citoyens · septembre 2015"),
        ["Jugent que s'allier est un devoir", "Français", "69~%", "■ première mesure"],
        ["Note moyenne de l'emploi, premier enjeu", "Français", "7,1/10",
         "▲ +0,5~pt sur le pouvoir d'achat et la sécurité"],
        ["Note moyenne du pouvoir d'achat et de la sécurité<sup>1</sup>", "Français", "6,6/10",
         "■ ex aequo"],
        ["Note moyenne de l'environnement et de l'exclusion", "Français", "6,3/10",
         "▼ −0,8~pt sur l'emploi"],
        ["Attendent un impact fort sur l'emploi", "Français", "49~%",
         "▲ +13~pts sur la précarité et l'éducation"],
        ["Attendent un impact fort sur le développement économique", "Français", "46~%",
         "▼ −3~pts sur l'emploi"],
        ["Attendent un impact fort sur l'environnement", "Français", "42~%", "▼ −7~pts sur l'emploi"],
        ["Attendent un impact fort sur la précarité et sur l'éducation", "Français", "36~%", "■ chacune"],
        ('group', "ARPEA – Citoyens · mesures de 2008 et de 2012"),
        ["Jugent urgent de créer des partenariats entre associations et entreprises (dernière mesure)",
         "Français", "84~%", "▼ −2~pts depuis la première mesure (86~%)"],
        ('group', "Sortie de crise · sans date"),
        ["Jugent la co-construction utile pour rebondir", "Français", "81~%", "■ seule mesure"],
    ])
    foot(1, ["1. Une autre publication tirée de la même enquête attribue 7/10 à la sécurité."])
    # ---- p2
    d.new_page()
    top(2, "2. Entreprises et associations")
    y = scorecard(c, L, PH - 78, WID, [
        HEAD,
        ('group', "ARPEA Entreprises & Territoires · janvier 2011"),
        ["Développent des partenariats", "Entreprises", "21~%", "■"],
        ["Souhaitent en développer", "Entreprises", "33~%", "■"],
        ["Ne le souhaitent pas", "Entreprises", "46~%", "▲ +25~pts sur celles qui en développent"],
        ('group', "PHARE · volets Entreprises (octobre 2015) et Associations (novembre 2015)"),
        ["Jugent que s'allier est un devoir", "Dirigeants d'entreprise", "81~%", "■"],
        ["Jugent que s'allier est un devoir", "Responsables associatifs", "86~%",
         "▲ +5~pts sur les dirigeants d'entreprise"],
        ('group', "Note de l'Observatoire · 29 février 2016"),
        ["Engagés dans des partenariats", "Entreprises d'au moins 10 salariés", "37~%",
         "▼ −1~pt par rapport aux associations"],
        ["Engagés dans des partenariats", "Associations", "38~%", "■"],
        ["Engagés dans des partenariats", "dont associations employeuses", "53~%",
         "▲ +15~pts sur l'ensemble des associations"],
        ["Engagés dans des partenariats", "Pionniers", "65~%",
         "▲ +28~pts sur les entreprises d'au moins 10 salariés"],
        ('group', "Associations & Partenariats · enquête de mai-juin 2016, publiée en mars 2017"),
        ["Partenaires en moyenne", "Associations", "2,5", "■"],
        ["Comptent une collectivité territoriale parmi leurs partenaires<sup>1</sup>", "Associations",
         "74~%", "■"],
        ["Ont un partenariat avec une entreprise", "Associations dont le budget dépasse 150~000~€",
         "50~%", "▲ +30~pts sur celles dont le budget est inférieur à 10~000~€ (20~%)"],
    ])
    foot(2, ["1. L'étude IMPACT – Associations & Territoires, non datée, situe à 89~% la part des "
             "associations employeuses qui comptent une collectivité parmi leurs partenaires."])
    # ---- p3
    d.new_page()
    top(3, "3. Élus et territoires")
    y = scorecard(c, L, PH - 78, WID, [
        HEAD,
        ('group', "PHARE-Institutions · 29 novembre 2016"),
        ["Jugent que s'allier est un devoir", "Maires", "87~%", "■"],
        ["Profils de maires distingués", "–", "5", "■"],
        ('group', "IMPACT-Elus locaux · novembre 2020"),
        ["Veulent s'appuyer sur le « jouer collectif »", "Élus locaux", "64~%", "■"],
        ('group', "Programme IMPACT · 2018-2022"),
        ["Jugent leur territoire engagé", "Maires", "76~%", "■"],
        ["Ne savent pas comment piloter les alliances", "Maires", "46~%",
         "▼ −30~pts sur ceux qui jugent leur territoire engagé"],
        ('group', "IMPACTS & TRAJECTOIRES – Elus locaux · 2024 · 302 maires interrogés par téléphone"),
        ["Voient leur territoire en mouvement", "Maires", "91~%", "■ total des deux lignes suivantes"],
        ["Le voient fortement en mouvement", "Maires", "35~%", "■"],
        ["Le voient en mouvement, ni plus ni moins", "Maires", "56~%", "▲ +21~pts sur « fortement »"],
        ["Exercent dans une commune de moins de 2~000 habitants", "Maires interrogés", "84~%", "■"],
        ('group', "Plaidoyer pour le droit de l'alliance · sans date"),
        ["Ressentent un besoin d'alliance", "Maires", "92~%", "■"],
        ('group', "Fonds ODD 17 · 2020"),
        ["Dotation", "–", "1,5~M€", "■"],
        ["Durée de l'expérimentation", "–", "3 ans", "■"],
        ["Catalyseurs territoriaux visés", "–", "350", "■"],
        ('group', "Parcours d'expérience du CGET et du RAMEAU · sans date"),
        ["Territoires pionniers<sup>1</sup>", "–", "11", "■"],
    ])
    foot(3, ["1. Une autre source parle du « CGET et 10 territoires pilotes »."])
    d.save()
    return name


# =========================================================================== Y-03
def ttable(c, x, y, widths, rows, size=9, head=1):
    return table(c, x, y, widths, rows, 'sans', size, size * 1.32,
                 ['left'] + ['center'] * (len(widths) - 1), head=head, head_fill=LIGHT,
                 head_color=NAVY, line_color=GREY, pad=4.5)


def y03():
    name = 'obs-y-03-portrait-compare-des-publics.pdf'
    L, R = 64, 531
    W = R - L
    NOTES = {1: [], 2: [], 3: []}

    def start(d):
        c = d.c
        text(c, L, 812, "Portrait comparé des publics · note comparative", 'sans', 7.8, GREY)
        text(c, L, 812, "octobre 2023", 'sans', 7.8, GREY, 'right', W)
        rule(c, L, 805, R, PLUM, 0.6)

    def end(d):
        text(d.c, L, 32, "— %d —" % d.page, 'serif', 9, GREY, 'center', W)

    H = dict(fam='sans', size=12.5, leading=16.5, color=PLUM, before=8, after=6)
    P = dict(fam='serif', size=10.4, leading=15, after=6)
    CAP = dict(fam='sans', size=9.2, leading=12.4, color=PLUM, after=4)
    NOTE = dict(fam='sans', size=7.8, leading=10.4, color=GREY, after=2)

    d = Doc(name, A4, start, end, "Portrait comparé des publics")
    c = d.c
    # ---- p1
    text(c, L, 768, "<b>Portrait comparé des publics</b>", 'sans', 21, PLUM)
    text(c, L, 748, "Qui croit le plus aux partenariats ?", 'serif', 12, GREY)
    f = Flow(d, [(L, 728, W, 70, False)])
    f.add("Pour comparer les publics, cette note place les acteurs en colonnes et les questions en "
          "lignes : on lit un public de haut en bas, une question de gauche à droite. Un tiret signale "
          "une question qui n'a pas été posée à ce public.", **P)
    f.add("<b>1. Le programme IMPACT (2018-2022)</b>", **H)
    f.add("<b>Tableau 1 – L'innovation et le pilotage, public par public (en~%)</b>", **CAP)
    y = ttable(c, L, f.y - 2, [W - 292, 73, 73, 73, 73], [
        ["Question", "Français", "Dirigeants d'entreprise", "Responsables associatifs", "Maires"],
        ["Voient dans les partenariats une source d'innovation<sup>a</sup>", "74", "81", "86", "87"],
        ["Jugent leur territoire engagé", "–", "–", "–", "76"],
        ["Ne savent pas comment piloter les alliances", "–", "–", "–", "46"],
    ])
    f = Flow(d, [(L, y - 5, W, 70, False)])
    f.add("a. Une autre présentation des mêmes résultats retient 69~% des citoyens.", **NOTE)
    f.skip(8)
    f.add("Les maires sont les plus convaincus, les Français les moins : 13~points les séparent. Chez "
          "les maires, l'écart entre le sentiment d'engagement et la capacité à piloter les alliances "
          "atteint 30~points. Le programme, lancé en novembre 2017, s'organisait autour de trois axes : "
          "innovation sociétale et territoriale, performance des organisations, confiance.", **P)
    f.add("<b>2. Entreprises et associations en 2016</b>", **H)
    f.add("<b>Tableau 2 – L'engagement partenarial, public par public (en~%)</b>", **CAP)
    y = ttable(c, L, f.y - 2, [W - 292, 73, 73, 73, 73], [
        ["Question (source)", "Entreprises d'au moins 10 salariés", "Ensemble des associations",
         "dont associations employeuses", "Pionniers"],
        ["Engagés dans des partenariats (note de l'Observatoire du 29 février)", "37", "38", "53", "65"],
        ["Citent une entreprise parmi leurs partenaires (enquête Associations & Partenariats, mai-juin)",
         "–", "28", "–", "–"],
    ])
    f = Flow(d, [(L, y - 10, W, 70, False)])
    f.add("Lecture : les pionniers sont les plus engagés ; parmi les associations, les employeuses le "
          "sont davantage que l'ensemble.", **NOTE)
    # ---- p2
    d.new_page()
    f = Flow(d, [(L, 790, W, 70, False)])
    f.add("<b>3. Les associations : deux enquêtes côte à côte</b>", **H)
    f.add("Deux enquêtes décrivent les partenaires des associations, sur deux populations différentes. "
          "Chaque colonne du tableau~3 donne sa population, sa date et sa source.", **P)
    f.add("<b>Tableau 3 – Les associations et leurs partenaires</b>", **CAP)
    y = ttable(c, L, f.y - 2, [W - 250, 125, 125], [
        ["", "Ensemble des associations", "Associations employeuses"],
        ["Enquête", "Associations & Partenariats", "IMPACT – Associations & Territoires"],
        ["Terrain", "mai-juin 2016", "non daté"],
        ["Répondants", "plus de 1~380 responsables associatifs", "non précisé"],
        ["Population de référence", "–", "148~000 associations employeuses"],
        ["Ont au moins un partenaire (en~%)", "–", "98"],
        ["Partenaires en moyenne (nombre)", "2,5", "–"],
        ["<b>Partenaires cités (en~%)</b>", "", ""],
        ["Collectivités territoriales", "74", "89"],
        ["Associations et fondations", "72", "–"],
        ["Enseignement, établissements scolaires", "47", "70"],
        ["Entreprises", "28", "–"],
        ["Structures d'insertion", "22", "–"],
        ["Recherche, acteurs académiques", "9", "35"],
        ["Structures d'intérêt général", "–", "73"],
        ["Collectifs d'associations", "–", "56"],
        ["Acteurs publics nationaux", "–", "52"],
        ["Fédérations professionnelles", "–", "37"],
    ])
    f = Flow(d, [(L, y - 10, W, 70, False)])
    f.add("Dans la première colonne, les collectivités devancent de 2~points les associations et "
          "fondations. La taille de l'association compte aussi : selon l'enquête de la première colonne, "
          "la moitié des associations dont le budget dépasse 150~000~€ ont un partenariat avec une "
          "entreprise (contre 20~% de celles dont le budget est inférieur à 10~000~€).", **P)
    # ---- p3
    d.new_page()
    f = Flow(d, [(L, 790, W, 70, False)])
    f.add("<b>4. Les entreprises en 2011</b>", **H)
    f.add("En janvier 2011, l'étude ARPEA Entreprises & Territoires partageait les entreprises en trois "
          "groupes : celles qui développaient des partenariats (21~%), celles qui souhaitaient en "
          "développer (33~%) et celles qui ne le souhaitaient pas (46~%). Cinq ans plus tard, la note de "
          "l'Observatoire (tableau~2) mesure l'engagement des seules entreprises d'au moins 10 salariés.", **P)
    f.add("<b>5. Le plaidoyer : une mesure par public</b>", **H)
    f.add("Le plaidoyer pour le « droit de l'alliance d'intérêt général » pose à chaque public une "
          "question voisine, mais pas la même. Ses chiffres ne sont pas datés.", **P)
    f.add("<b>Tableau 4 – Devoir, envie ou besoin d'alliance (en~%, sans date)</b>", **CAP)
    y = ttable(c, L, f.y - 2, [W - 240, 80, 80, 80], [
        ["Ce que ressent le public", "Français", "Dirigeants d'entreprise", "Maires"],
        ["Un « devoir d'alliance »", "81", "–", "–"],
        ["Une « envie d'alliance »", "–", "84", "–"],
        ["Un « besoin d'alliance »", "–", "–", "92"],
    ])
    f = Flow(d, [(L, y - 10, W, 70, False)])
    f.add("Lecture : le chiffre des maires ne se compare pas directement à celui des Français, puisque "
          "la question diffère d'un public à l'autre.", **NOTE)
    f.skip(14)
    y = f.y
    KEEP = [
        "Les maires sont en tête sur l'innovation, les pionniers sur l'engagement partenarial.",
        "Les deux enquêtes sur les associations placent les collectivités au premier rang des partenaires.",
        "Les chiffres du plaidoyer ne sont pas datés et ne se comparent pas d'un public à l'autre.",
    ]
    bh = 46 + bullets_height(W - 28, KEEP, 'serif', 10.2, 14, 2)
    box(c, L, y - bh, W, bh, fill=HexColor('#f3ecf3'))
    text(c, L + 14, y - 22, "<b>Ce qu'il faut retenir</b>", 'sans', 11.5, PLUM)
    bullets(c, L + 14, y - 32, W - 28, KEEP, 'serif', 10.2, 14, 2)
    d.save()
    return name


# =========================================================================== Y-04
BIB = [
    # (page, year heading, [(number, reference, annotation)])
    (1, "2011", [
        ("[1]", "<b>ARPEA Entreprises & Territoires</b>, Observatoire des partenariats, janvier.",
         "L'étude décrit des entreprises partagées : une minorité développe des partenariats (21~%), "
         "d'autres souhaitent en développer (33~%). Elle présente l'Observatoire comme « créé en "
         "2007 »<sup>1</sup>."),
    ]),
    (1, "2012", [
        ("[2]", "<b>Rapport quinquennal du programme ARPEA</b>, Observatoire des partenariats, 11 décembre.",
         "Bilan du programme ARPEA (2008-2012) et de ses dix volets. Selon le programme, 84~% des "
         "Français jugent urgent de créer des partenariats entre associations et entreprises (contre "
         "86~% en 2008) ; côté associations, près de 46~% sont engagées avec une entreprise."),
    ]),
    (1, "2014", [
        ("[3]", "<b>Rapport sur l'état des lieux des partenariats associations-entreprises</b>, demandé "
         "par la ministre Valérie Fourneyron, début de l'année.",
         "Un état des lieux des partenariats entre associations et entreprises."),
    ]),
    (2, "2015", [
        ("[4]", "<b>PHARE-Citoyens</b>, programme PHARE, septembre.",
         "Plus de 2~000 personnes interrogées. L'emploi est l'enjeu le mieux noté (7,1/10) ; 69~% des "
         "Français jugent que s'allier est un devoir."),
        ("[5]", "<b>PHARE-Entreprises</b>, octobre.",
         "81~% des dirigeants d'entreprise partagent ce constat du devoir d'alliance."),
        ("[6]", "<b>PHARE-Associations</b>, novembre.",
         "Même constat pour 86~% des responsables associatifs."),
    ]),
    (2, "2016", [
        ("[7]", "<b>Note sur les modèles de co-construction</b>, Observatoire des partenariats, 29 février.",
         "Part des acteurs engagés dans des partenariats : entreprises d'au moins 10 salariés (37~%), "
         "associations (38~%), dont associations employeuses (53~%), pionniers (65~%)."),
        ("[8]", "<b>PHARE-Institutions</b>, 29 novembre.",
         "Après [4], [5] et [6], le volet consacré aux maires : 87~% d'entre eux partagent le constat "
         "d'un devoir d'alliance ; l'étude distingue cinq profils de maires."),
        ("[9]", "<b>Rapports régionaux du programme PHARE</b><sup>2</sup>.",
         "Treize rapports au total ; le onzième, consacré à la Normandie, a paru le 26 novembre."),
    ]),
    (3, "2017", [
        ("[10]", "<b>Associations & Partenariats</b>, Recherches & Solidarités et Le RAMEAU, mars.",
         "Enquête de mai-juin 2016 auprès de plus de 1~380 responsables associatifs. Une association "
         "compte en moyenne 2,5~partenaires ; les plus cités sont les collectivités territoriales "
         "(74~%), les associations et fondations (72~%), loin devant les entreprises (28~%)."),
    ]),
    (3, "2020", [
        ("[11]", "<b>IMPACT-Elus locaux</b>, Comisis-OpinionWay, novembre.",
         "64~% des élus locaux veulent s'appuyer sur le « jouer collectif »."),
        ("[12]", "<b>Fonds ODD 17</b>, co-créé par Le RAMEAU et la Fondation TotalEnergies.",
         "Une dotation de 1,5~M€ pour une expérimentation sur 3 ans, auprès de 350 « catalyseurs "
         "territoriaux »."),
    ]),
    (3, "2022", [
        ("[13]", "<b>Fondation des Territoires</b>, créée le 14 juin sous l'égide de la Fondation de Lille.",
         "Elle réunit 21 co-fondateurs."),
    ]),
    (4, "2024", [
        ("[14]", "<b>IMPACTS & TRAJECTOIRES – Elus locaux</b>, novembre.",
         "302 maires interrogés par téléphone, du 30 septembre au 28 octobre. 91~% voient leur territoire "
         "en mouvement (35~% fortement, 56~% ni plus ni moins)."),
    ]),
    (4, "Sans date", [
        ("[15]", "<b>Plaidoyer pour le « droit de l'alliance d'intérêt général »</b>, Le RAMEAU.",
         "81~% des Français ressentent un « devoir d'alliance », 92~% des maires un « besoin "
         "d'alliance » et 84~% des dirigeants d'entreprise une « envie d'alliance ». La feuille de "
         "route ministérielle compte 21 mesures."),
        ("[16]", "<b>IMPACT – Associations & Territoires</b>, programme IMPACT.",
         "148~000 associations employeuses, dont 98~% ont des partenaires."),
        ("[17]", "<b>IMPACT Fondations & Territoires</b>, publiée le 23 septembre.",
         "42 fondations interrogées."),
        ("[18]", "<b>« ODD 17 : Sens, décryptages, déclinaisons »</b>, note du Comité 21, 5 juillet.",
         "L'ODD 17 compte 19 cibles."),
    ]),
]


def y04():
    name = 'obs-y-04-bibliographie-commentee.pdf'
    L, R = 64, 531
    W = R - L
    GUT = 64
    NOTES = {
        1: ["1. Les publications plus récentes datent la création de l'Observatoire de 2008."],
        2: ["2. Le programme PHARE (2013-2018) compte six volets ; deux sources le datent de 2013-2017."],
        3: [],
        4: [],
    }

    def start(d):
        c = d.c
        text(c, L, 812, "Observatoire des partenariats · Bibliographie commentée", 'sans', 7.8, GREY)
        text(c, L, 812, "décembre 2024", 'sans', 7.8, GREY, 'right', W)
        rule(c, L, 805, R, GREEN, 0.6)

    def end(d):
        c = d.c
        if NOTES[d.page]:
            footnotes(c, L, W, NOTES[d.page])
        text(c, L, 32, "Bibliographie · p. %d" % d.page, 'sans', 8, GREY, 'right', W)

    d = Doc(name, A4, start, end, "Bibliographie commentée de l'Observatoire")
    c = d.c
    text(c, L, 766, "<b>Les publications de l'Observatoire</b>", 'sans', 20, GREEN)
    text(c, L, 744, "Bibliographie commentée, de la première étude à la plus récente", 'serif', 12, GREY)
    y = para(c, L, 726, W, "<i>Les notices sont classées par année de parution (de création, pour les "
             "dispositifs) ; l'année n'est donnée qu'une fois, en tête de section. Chaque notice donne la référence, puis les chiffres "
             "principaux. Les numéros entre crochets renvoient d'une notice à l'autre.</i>",
             'serif', 10.2, 14.4, GREY) - 10
    page = 1
    for pg, year, entries in BIB:
        if pg != page:
            d.new_page()
            page = pg
            y = 786
        rule(c, L, y - 2, R, HexColor('#cfe0cf'), 0.5)
        text(c, L, y - 12 - 10.2, "<b>%s</b>" % year, 'sans', 15 if year[0].isdigit() else 11, GREEN)
        yy = y - 12
        for num, ref, ann in entries:
            text(c, L + GUT, yy - 10.2, "<b>%s</b>" % num, 'sans', 10.2, GREEN)
            yy = para(c, L + GUT + 32, yy, W - GUT - 32, ref, 'sans', 10.2, 14) - 3
            yy = para(c, L + GUT + 32, yy, W - GUT - 32, ann, 'serif', 10.8, 15.4, HexColor('#333333')) - 12
        y = min(yy, y - 40) - 10
        assert y > 110, (name, page, year, y)
        if (page, year) == (1, "2014"):
            bh = 62
            box(c, L, y - 10 - bh, W, bh, fill=PALE)
            para(c, L + 12, y - 22, W - 24, "<b>Repères.</b> Créé en 2008, l'Observatoire a conduit trois "
                 "programmes quinquennaux : ARPEA (2008-2012), PHARE (2013-2018) et IMPACT (2018-2022), "
                 "lancé en novembre 2017. Les notices suivent cet ordre.", 'sans', 9.8, 13.6)
            y -= bh + 20
    d.save()
    return name


# =========================================================================== Y-05
RANKS = {
    1: [
        ("Les partenariats, source d'innovation", "Programme IMPACT (2018-2022), part de chaque public",
         [("1er", "Maires", "87~%"), ("2e", "Responsables associatifs", "86~%"),
          ("3e", "Dirigeants d'entreprise", "81~%"), ("4e", "Français<sup>1</sup>", "74~%")]),
        ("Les formes de partenariat des associations employeuses",
         "Étude IMPACT – Associations & Territoires, non datée, part des associations employeuses",
         [("1re", "Mécénat", "75~%"), ("2e", "Innovation sociétale", "73~%"),
          ("3e", "Pratiques responsables", "70~%"), ("4e", "Coopération économique", "58~%")]),
    ],
    2: [
        ("Les impacts attendus des partenariats", "PHARE-Citoyens, septembre 2015, part des Français",
         [("1er", "Emploi", "49~%"), ("2e", "Développement économique", "46~%"),
          ("3e", "Environnement", "42~%"), ("4e", "Précarité, éducation (chacune)", "36~%")]),
        ("Les échelles de partenariat des associations employeuses",
         "Étude IMPACT – Associations & Territoires, non datée",
         [("1re", "Échelle locale", "73~%"), ("2e", "Échelle régionale", "47~%")]),
        ("Le mouvement des territoires, vu par les maires",
         "IMPACTS & TRAJECTOIRES – Elus locaux, novembre 2024",
         [("1er", "En mouvement, ni plus ni moins", "56~%"), ("2e", "Fortement en mouvement", "35~%")]),
    ],
}


def y05():
    name = 'obs-y-05-classements-de-l-alliance.pdf'
    L, R = 64, 531
    W = R - L
    NOTES = {
        1: ["1. Une autre présentation des mêmes résultats retient 69~% des citoyens, ce qui ne change "
            "pas le rang."],
        2: [],
    }

    def start(d):
        c = d.c
        text(c, L, 812, "Les classements de l'alliance · Observatoire des partenariats", 'sans', 7.8, GREY)
        text(c, L, 812, "juin 2024", 'sans', 7.8, GREY, 'right', W)
        rule(c, L, 805, R, CORAL, 0.6)

    def end(d):
        c = d.c
        if NOTES[d.page]:
            footnotes(c, L, W, NOTES[d.page])
        text(c, L, 32, "%d/2" % d.page, 'sans', 8, GREY, 'center', W)

    d = Doc(name, A4, start, end, "Les classements de l'alliance")
    c = d.c
    for p in (1, 2):
        if p > 1:
            d.new_page()
            y = 786
        else:
            text(c, L, 768, "<b>Les classements de l'alliance</b>", 'sans', 21, CORAL)
            y = para(c, L, 754, W, "<i>Qui arrive en tête ? Chaque classement reprend une seule "
                     "enquête ; sa source et sa date figurent une fois, sous le titre.</i>",
                     'serif', 10.6, 15, GREY) - 14
        for title, source, ranks in RANKS[p]:
            text(c, L, y - 14, "<b>%s</b>" % title, 'sans', 13, NAVY)
            y = para(c, L, y - 20, W, source, 'sans', 8.8, 12, GREY) - 6
            top = max(v for _, _, v in [(a, b, float(v.split('~')[0])) for a, b, v in ranks])
            for rk, label, val in ranks:
                box(c, L, y - 22, 34, 22, fill=CORAL, radius=3)
                text(c, L, y - 15, "<b>%s</b>" % rk, 'sans', 10, white, 'center', 34)
                text(c, L + 44, y - 15, label, 'sans', 10.2, black)
                v = float(val.split('~')[0])
                box(c, L + 250, y - 17, 170 * v / top, 12, fill=HexColor('#f1c7bd'))
                text(c, L + 250, y - 15, "<b>%s</b>" % val, 'sans', 10, black, 'right', 210)
                y -= 28
            y -= 16
        if p == 1:
            y = para(c, L, y - 4, W, "<b>Les enjeux des Français, notés sur 10 (PHARE-Citoyens, même "
                     "enquête que les impacts attendus de la page~2).</b>", 'sans', 10, 13.5, NAVY) - 4
            y = bullets(c, L + 4, y, W - 4, [
                "Premier : l'emploi (7,1/10).",
                "Deuxièmes ex aequo : le pouvoir d'achat et la sécurité (6,6/10).",
                "Quatrième : le développement économique (6,5/10).",
                "Derniers ex aequo : l'environnement et l'exclusion (6,3/10).",
            ], 'serif', 10.4, 14.4, 2)
        assert y > 100, (name, p, y)
    d.save()
    return name


DOCS = [y01, y02, y03, y04, y05]

if __name__ == '__main__':
    for fn in DOCS:
        print(fn())
