#!/usr/bin/env python
"""Deterministic generator of the 5 PDFs of figure-finder gold set AB.

Run: /work/main/.venv/bin/python make_docs.py

reportlab with rl_config.invariant = 1 and invariant=1 on every canvas. DejaVu fonts from
/usr/share/fonts/truetype/dejavu/ are registered through NbspTTFont (reportlab 5.1.0's
TTFont.splitString without the line that maps U+00A0 to a space), so U+00A0 reaches the text layer.
Lines 15-465 of set AA's make_docs.py (fonts, NbspTTFont, wrapping, Doc, Flow, table, hbars, grid,
turn, need) are copied unchanged below; the helpers after them are new in AB.

Source strings: `~` is U+00A0, « … » get U+00A0 inside, and a space before ; : ? ! becomes U+00A0.
Inline markup: <b>, <i>, <sup>. Text is wrapped greedily at ordinary spaces, never hyphenated.
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




# =========================================================================== helpers new in AA
RED = HexColor('#a23b2a')
PALE = HexColor('#f3f5f8')
MINT = HexColor('#e6f2ee')


class Overflow(Exception):
    pass


def need(y, ybot, what):
    if y < ybot:
        raise Overflow('%s: y=%.1f below %.1f' % (what, y, ybot))


def grid(c, x, y, widths, rows, fam='sans', size=8.8, leading=None, aligns=None, pad=3.2,
         head_fill=LIGHT, head_color=NAVY, line_color=GREY, group_fill=PALE, group_color=NAVY,
         bold_fill=None):
    """Table drawn row by row, cells left to right. A row is a list of cells, or
    ('group', text) for a full-width group row, or ('bold', cells) for a total row.
    The first row is the header. Returns the y below the table."""
    leading = leading or size * 1.3
    aligns = aligns or ['left'] + ['right'] * (len(widths) - 1)
    total = sum(widths)
    for r, row in enumerate(rows):
        if isinstance(row, tuple) and row[0] == 'group':
            lines = wrap('<b>%s</b>' % row[1], fam, size, total - 2 * pad)
            h = len(lines) * leading + 2 * pad
            box(c, x, y - h, total, h, fill=group_fill)
            yy = y - pad
            for line in lines:
                draw_line(c, x + pad, yy - size, line, fam, size, group_color)
                yy -= leading
            y -= h
            rule(c, x, y, x + total, line_color, 0.3)
            continue
        bold = r == 0 or (isinstance(row, tuple) and row[0] == 'bold')
        cells = row[1] if isinstance(row, tuple) else row
        cl = [wrap(('<b>%s</b>' % s) if bold else s, fam, size, wd - 2 * pad)
              for s, wd in zip(cells, widths)]
        h = max(len(k) for k in cl) * leading + 2 * pad
        if r == 0 and head_fill is not None:
            box(c, x, y - h, total, h, fill=head_fill)
        elif bold and bold_fill is not None:
            box(c, x, y - h, total, h, fill=bold_fill)
        cx = x
        for lines, wd, al in zip(cl, widths, aligns):
            yy = y - pad
            for line in lines:
                draw_line(c, cx + pad, yy - size, line, fam, size,
                          head_color if r == 0 else black, al, wd - 2 * pad)
                yy -= leading
            cx += wd
        y -= h
        rule(c, x, y, x + total, line_color, 0.5 if r == 0 else 0.3)
    return y


def turn(flow, stamp, who, s, fam='serif', size=10.5, leading=15.5, gutter=62, after=6,
         stamp_fam='mono', stamp_size=7.5):
    """A speaker turn of a verbatim: the timecode in a left gutter, then « WHO — text »."""
    full = '<b>%s</b> — %s' % (who, s) if who else s
    lines = wrap(full, fam, size, flow.w - gutter)
    if flow.y - leading * min(2, len(lines)) < flow.ybot:
        flow.next_frame()
    first = True
    for line in lines:
        if flow.y - leading < flow.ybot - 0.01:
            flow.next_frame()
        if first and stamp:
            text(flow.doc.c, flow.x, flow.y - size, stamp, stamp_fam, stamp_size, GREY)
        draw_line(flow.doc.c, flow.x + gutter, flow.y - size, line, fam, size, black)
        flow.y -= leading
        first = False
    flow.y -= after



# =========================================================================== helpers new in AB
L, R = 56, 539
W = R - L
BOT = 58


def std_page(head_left, head_right, foot):
    """start/end callbacks: running header and footer with the page number."""
    def start(d):
        c = d.c
        text(c, L, 812, head_left, 'sans', 8, GREY)
        text(c, L, 812, head_right, 'sans', 8, GREY, 'right', W)
        rule(c, L, 804, R, GREY, 0.5)

    def end(d):
        rule(d.c, L, 48, R, GREY, 0.4)
        text(d.c, L, 34, foot % d.page, 'sans', 8, GREY, 'center', W)
    return start, end


def heading(c, y, s, color=NAVY, size=11.5):
    text(c, L, y - size, "<b>%s</b>" % s, 'sans', size, color)
    return y - size - 7


def cap(c, y, s, x=L):
    text(c, x, y - 9, "<b>%s</b>" % s, 'sans', 8.6, NAVY)
    return y - 14


def boxed(c, y, title, body, fill=SAND, title_color=ORANGE, size=8.6, leading=11.6, x=L, w=W):
    """A shaded box with a bold title line and a wrapped body; returns the y below it."""
    h = para_height(w - 20, body, 'sans', size, leading) + 28
    box(c, x, y - h, w, h, fill=fill)
    text(c, x + 10, y - 15, "<b>%s</b>" % title, 'sans', 9, title_color)
    para(c, x + 10, y - 21, w - 20, body, 'sans', size, leading)
    return y - h


def dotted(c, x1, y, x2, color=GREY):
    c.setStrokeColor(color)
    c.setLineWidth(0.6)
    c.setDash(1, 2.2)
    c.line(x1, y, x2, y)
    c.setDash()


def vbars(c, x, y0, h, bars, maxv, ticks, bw=60, gap=44, size=9, color=TEAL):
    """Vertical bars on an axis of height h whose base is y0. Tick labels are drawn first (top
    down), then, for each bar, its data label above it and its x labels below it."""
    for t in reversed(ticks):
        ty = y0 + h * float(t) / maxv
        rule(c, x + 30, ty, x + 30 + len(bars) * (bw + gap) + gap / 2.0, HexColor('#d5dbe2'), 0.4)
        text(c, x, ty - 3, t, 'sans', size - 1.5, GREY, 'right', 24)
    rule(c, x + 30, y0, x + 30 + len(bars) * (bw + gap) + gap / 2.0, GREY, 0.7)
    bx = x + 30 + gap
    for value, shown, labels in bars:
        if value is not None:
            bh = h * float(value) / maxv
            box(c, bx, y0, bw, bh, fill=color)
        else:
            bh = 0
            c.setStrokeColor(GREY)
            c.setDash(2, 2)
            c.rect(bx, y0, bw, h * 0.25, stroke=1, fill=0)
            c.setDash()
            bh = h * 0.25
        text(c, bx, y0 + bh + 5, shown, 'sans', size + 1, black, 'center', bw)
        ly = y0 - 13
        for lab in labels:
            text(c, bx - 12, ly, lab, 'sans', size - 1, black, 'center', bw + 24)
            ly -= 11
        bx += bw + gap
    return y0 - 13 - 11 * max(len(b[2]) for b in bars)


# =========================================================================== AB-01
def ab01():
    """Appel à projets (règlement type): eligibility thresholds, award amounts, a table of prizes,
    a notation grid, a calendar, article numbers."""
    name = 'obs-ab-01-appel-a-projets-catalyseurs-territoriaux.pdf'
    start, end = std_page("Appel à projets « Faire alliance en territoire » · règlement type",
                          "version du 3 février 2025", "Règlement type — page %d/3")
    d = Doc(name, A4, start, end, "Appel à projets - Faire alliance en territoire - règlement type")
    c = d.c
    P = dict(fam='serif', size=9.8, leading=13.2)

    def art(y, s):
        y -= 4
        text(c, L, y - 10.5, "<b>%s</b>" % s, 'sans', 10.5, NAVY)
        return y - 17

    # ---------------------------------------------------------------- page 1
    box(c, 0, 692, 595, 104, fill=GREEN)
    text(c, L, 776, "APPEL À PROJETS · RÈGLEMENT TYPE", 'sans', 8.5, HexColor('#d8ecd6'))
    para(c, L, 768, W, "<b>Faire alliance en territoire : devenir catalyseur territorial</b>", 'serif', 19,
         23, white)
    text(c, L, 702, "Un modèle de règlement proposé par la rédaction aux alliances territoriales", 'sans',
         9.5, HexColor('#d8ecd6'))
    y = 680
    y = boxed(c, y, "À lire d'abord",
              "Ce règlement est un modèle : ses articles, ses seuils d'éligibilité, sa grille de notation et "
              "son calendrier sont ceux d'un appel type, que chaque alliance adapte. Les montants et le "
              "nombre de lauréats sont ceux que le Fonds ODD~17 a publiés ; un chiffre non publié est noté "
              "« n.p. ».")
    y -= 8
    y = boxed(c, y, "L'appel en bref",
              "Enveloppe : 1,5~M€, la dotation du Fonds ODD~17 · Lauréats visés : 350 catalyseurs "
              "territoriaux · Dépôt des dossiers : du 3 mars au 30 avril 2025, 12~h (article 5) · "
              "Informations : www.odd17.org", fill=MINT, title_color=GREEN)
    y -= 4
    y = art(y, "Article 1 – Objet de l'appel")
    y = para(c, L, y, W,
             "Le Fonds ODD~17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, finance une "
             "expérimentation sur trois ans auprès de « catalyseurs territoriaux » : des structures qui font "
             "naître des alliances entre associations, entreprises et collectivités. L'ODD~17, « Partenariats "
             "pour la réalisation des objectifs », compte 19 cibles<sup>1</sup>.", **P)
    y = art(y - 2, "Article 2 – Structures éligibles")
    for s in [
            "<b>2.1 Associations.</b> Sont éligibles les associations déclarées depuis au moins 2~ans. Celles "
            "dont le budget annuel est inférieur à 10~000~€ reçoivent une bonification de 5~points dans la "
            "grille de l'article 4.",
            "<b>2.2 Entreprises.</b> Sont éligibles les entreprises de toute taille, de moins de 10~salariés "
            "comme d'au moins 10~salariés, sans condition d'ancienneté.",
            "<b>2.3 Collectivités.</b> Les communes de moins de 2~000~habitants sont prioritaires ; les "
            "intercommunalités peuvent porter un dossier commun.",
            "<b>2.4 Exclusions.</b> Ne sont pas éligibles les structures créées depuis moins de 12~mois, ni "
            "les projets dont le budget total dépasse 150~000~€.",
            "<b>2.5 Composition.</b> Un dossier réunit au moins deux structures issues de deux familles "
            "différentes : association, entreprise ou collectivité."]:
        y = para(c, L, y, W, s, **P) - 3
    rule(c, L, y - 4, L + 120, GREY, 0.4)
    y = para(c, L, y - 8, W, "<sup>1</sup> Selon la note du Comité~21 « ODD~17 : Sens, décryptages, "
             "déclinaisons », parue un 5 juillet.", 'serif', 8, 10.5, GREY)
    need(y, BOT, 'ab01 p1')

    # ---------------------------------------------------------------- page 2
    d.new_page()
    y = 792
    y = art(y, "Article 3 – Montants et prix")
    y = para(c, L, y, W,
             "<b>3.1 Enveloppe.</b> L'enveloppe de l'appel est la dotation du Fonds ODD~17 : 1~500~000~€ "
             "pour une expérimentation de trois ans. Elle est répartie entre les prix du tableau 1.", **P)
    y = cap(c, y - 4, "Tableau 1 – Prix de l'appel")
    y = grid(c, L, y, [W - 3 * 100, 100, 100, 100], [
        ["Prix", "Lauréats (nombre)", "Montant par lauréat (en~€)", "Enveloppe (en~€)"],
        ["Prix « catalyseur territorial »", "350", "n.p.", "1~500~000"],
        ["Mention « alliance innovante »", "n.p.", "n.p.", "n.p."],
        ('bold', ["Total de l'appel", "350", "–", "1~500~000"]),
    ], size=8.8)
    y = para(c, L, y - 8, W,
             "<b>3.2 Montant par lauréat.</b> Le montant versé à chaque lauréat n'est pas publié. Divisée à "
             "parts égales entre les lauréats visés, la dotation ferait en moyenne 4~286~€ par catalyseur, "
             "soit environ 1~429~€ par an (calcul de la rédaction). Ce sont des moyennes, pas des montants "
             "votés.", **P)
    y = para(c, L, y - 3, W,
             "<b>3.3 Versement.</b> L'aide est versée en deux fois : à la signature de la convention, puis "
             "sur justificatifs. Elle ne peut dépasser le budget total du projet.", **P)
    y = art(y - 4, "Article 4 – Sélection et notation")
    y = para(c, L, y, W,
             "<b>4.1</b> Le comité de sélection note chaque dossier sur 100 selon la grille du tableau 2. "
             "Seuls les dossiers notés au moins 60 sont classés ; les mieux classés sont retenus dans la "
             "limite des prix disponibles.", **P)
    y = cap(c, y - 4, "Tableau 2 – Grille de notation (en points)")
    y = grid(c, L, y, [W - 110, 110], [
        ["Critère", "Points"],
        ["Qualité de l'alliance (familles d'acteurs réunies, gouvernance)", "40"],
        ["Ancrage territorial", "30"],
        ["Impact attendu sur le territoire", "20"],
        ["Budget et cofinancements", "10"],
        ('bold', ["Total de la grille", "100"]),
        ["Bonification des petites associations (article 2.1)", "+ 5"],
    ], size=8.8)
    y = para(c, L, y - 8, W,
             "<b>4.2</b> En cas d'égalité, le comité départage les dossiers par le critère « impact attendu ». "
             "Ses membres ne prennent pas part au vote sur un dossier qu'ils accompagnent.", **P)
    y = para(c, L, y - 3, W,
             "<b>4.3</b> Le comité rend un avis motivé à chaque porteur de projet, y compris quand le dossier "
             "n'est pas retenu.", **P)
    need(y, BOT, 'ab01 p2')

    # ---------------------------------------------------------------- page 3
    d.new_page()
    y = 792
    y = art(y, "Article 5 – Calendrier")
    y = cap(c, y - 2, "Tableau 3 – Les étapes de l'appel")
    y = grid(c, L, y, [W - 200, 200], [
        ["Étape", "Date"],
        ["Ouverture de l'appel", "lundi 3 mars 2025"],
        ["Webinaire de présentation", "jeudi 13 mars 2025, 11~h"],
        ["Date limite de dépôt des dossiers", "mercredi 30 avril 2025, 12~h"],
        ["Comité de sélection", "2 et 3 juin 2025"],
        ["Annonce des lauréats", "1er juillet 2025"],
        ["Début de l'accompagnement", "septembre 2025"],
    ], size=8.8, aligns=['left', 'left'])
    y = para(c, L, y - 8, W,
             "<b>5.2</b> Un dossier reçu après la date limite est irrecevable. Les lauréats disposent de "
             "15~jours pour signer leur convention.", **P)
    y = art(y - 4, "Article 6 – Engagements des lauréats")
    y = para(c, L, y, W,
             "Chaque lauréat signe la Charte du faire alliance, lancée le 30 novembre 2021 à Saint-Maurice, "
             "lors du Giving Tuesday<sup>2</sup>. Il répond aux questionnaires d'évaluation de "
             "l'expérimentation et cite ses partenaires.", **P)
    y = art(y - 4, "Article 7 – Pourquoi cet appel ? (note de contexte de la rédaction)")
    y = para(c, L, y, W,
             "Menée par téléphone du 30 septembre au 28 octobre 2024 auprès de 302 maires, l'enquête "
             "IMPACTS & TRAJECTOIRES – Elus locaux, publiée en novembre 2024, compte 91~% de maires qui "
             "jugent leur territoire en mouvement. Parmi les répondants, 84~% exercent dans une commune de "
             "moins de 2~000~habitants, le seuil retenu à l'article 2.3. Sans date, le plaidoyer pour le "
             "droit de l'alliance avance que 92~% des maires ressentent un « besoin d'alliance ».", **P)
    y = para(c, L, y - 3, W,
             "Depuis sa création en 2006, Le RAMEAU a mené des expérimentations auprès de plus de "
             "500~organisations ; cet appel en reprend la démarche.", **P)
    y = art(y - 4, "Article 8 – Dépôt et contact")
    y = para(c, L, y, W,
             "Les dossiers sont déposés en ligne, en un seul envoi par alliance. Informations et foire aux "
             "questions : www.odd17.org.", **P)
    rule(c, L, y - 6, L + 120, GREY, 0.4)
    y = para(c, L, y - 10, W, "<sup>2</sup> Une autre source date ce lancement du « mardi 30 septembre ».",
             'serif', 8, 10.5, GREY)
    need(y, BOT, 'ab01 p3')
    d.save()
    return name


# =========================================================================== AB-02
def ab02():
    """Compte rendu de comité de pilotage: attendance, a table of actions with progress in %,
    owners and due dates, results presented, decisions voted."""
    name = 'obs-ab-02-compte-rendu-comite-de-pilotage-phare.pdf'
    start, end = std_page("Programme PHARE · Comité de pilotage",
                          "Compte rendu de la séance du 12 décembre 2016", "CR du comité de pilotage — %d/2")
    d = Doc(name, A4, start, end, "Comité de pilotage du programme PHARE - compte rendu")
    c = d.c
    P = dict(fam='serif', size=9.8, leading=13.2)

    # ---------------------------------------------------------------- page 1
    y = 790
    y = para(c, L, y, W, "<b>Comité de pilotage du programme PHARE (2013-2018)<sup>1</sup></b>", 'serif',
             17, 21, NAVY)
    text(c, L, y - 11, "Séance du lundi 12 décembre 2016, Paris · compte rendu", 'sans', 9.5, GREY)
    y -= 26
    bw = (W - 12) / 2.0
    bh = 96
    box(c, L, y - bh, bw, bh, fill=LIGHT)
    text(c, L + 10, y - 15, "<b>Participants</b>", 'sans', 9, NAVY)
    para(c, L + 10, y - 22, bw - 20,
         "Présents : 9~membres sur 12, le quorum de 7~membres est atteint. Excusés : 3. Invités : 2, sans "
         "droit de vote. Présidence de séance : Agnès Lorrain. Secrétariat : Damien Roux.", 'sans', 8.6,
         11.6)
    x2 = L + bw + 12
    box(c, x2, y - bh, bw, bh, fill=SAND)
    text(c, x2 + 10, y - 15, "<b>Ordre du jour</b>", 'sans', 9, ORANGE)
    yy = y - 22
    for s in ["1. Approbation du compte rendu du 17 octobre 2016",
              "2. Avancement des volets du programme",
              "3. Résultats présentés au comité",
              "4. Décisions",
              "5. Prochaine séance"]:
        yy = para(c, x2 + 10, yy, bw - 20, s, 'sans', 8.6, 11.6)
    y -= bh + 12
    y = heading(c, y, "2. Avancement des volets du programme")
    y = para(c, L, y, W,
             "Bruno Castel, pour le pôle Études, présente le tableau de suivi. Chaque action a un pilote et "
             "une échéance ; l'avancement est noté à la date de la séance.", **P)
    y = cap(c, y - 4, "Tableau 1 – Suivi des actions")
    y = grid(c, L, y, [168, 100, 105, 110], [
        ["Action", "Pilote", "Échéance", "Avancement au 12 décembre 2016"],
        ["Volet Citoyens (PHARE-Citoyens)", "B. Castel", "septembre 2015", "achevé"],
        ["Volet Entreprises", "B. Castel", "octobre 2015", "achevé"],
        ["Volet Associations", "B. Castel", "novembre 2015", "achevé"],
        ["Rapports régionaux (13 prévus en 2016)<sup>2</sup>", "C. Vidal", "décembre 2016", "85~%"],
        ["Diagnostics sectoriels", "C. Vidal", "juillet 2016", "achevé"],
        ["Volet Institutions (PHARE-Institutions)", "direction scientifique", "29 novembre 2016", "achevé"],
        ('bold', ["Ensemble du programme (6 volets)", "A. Lorrain", "2018", "83~%"]),
    ], size=8.6, aligns=['left', 'left', 'left', 'right'])
    y = para(c, L, y - 8, W,
             "Le secrétaire de séance précise que cinq volets sont achevés. Seul le volet des rapports "
             "régionaux reste ouvert : deux rapports doivent encore paraître d'ici la fin de l'année.", **P)
    rule(c, L, y - 6, L + 120, GREY, 0.4)
    y = para(c, L, y - 10, W,
             "<sup>1</sup> Certaines publications datent le programme PHARE de 2013-2017.", 'serif', 8, 10.5,
             GREY)
    y = para(c, L, y - 1, W,
             "<sup>2</sup> Le 11e rapport régional, consacré à la Normandie, est paru le 26 novembre : 11 "
             "rapports sur 13 sont publiés. Les pourcentages d'avancement sont calculés par le secrétariat "
             "(volets ou rapports publiés, rapportés au total prévu).", 'serif', 8, 10.5, GREY)
    need(y, BOT, 'ab02 p1')

    # ---------------------------------------------------------------- page 2
    d.new_page()
    y = 792
    y = heading(c, y, "3. Résultats présentés au comité")
    y = para(c, L, y, W,
             "Élise Moreau, directrice d'études, rappelle les résultats des trois premiers volets, publiés de "
             "septembre à novembre 2015 : 69~% des Français, 81~% des dirigeants d'entreprise et 86~% des "
             "responsables associatifs partagent le constat d'un « devoir d'alliance ». Le volet Citoyens "
             "repose sur plus de 2~000 personnes interrogées.", **P)
    y = para(c, L, y - 3, W,
             "Publié le 29 novembre 2016, le volet Institutions compte 87~% de maires qui partagent ce "
             "constat ; il distingue cinq profils de maires. Un membre demande que ces résultats soient "
             "présentés aux élus au premier trimestre.", **P)
    y = heading(c, y - 6, "4. Décisions")
    for s in [
            "<b>Décision 1.</b> Le compte rendu de la séance du 17 octobre 2016 est approuvé à l'unanimité "
            "des 9~membres présents.",
            "<b>Décision 2.</b> Le comité valide la diffusion des rapports régionaux restants avant le "
            "31 décembre 2016 : 8 voix pour, 1 abstention, 0 voix contre.",
            "<b>Décision 3.</b> Le comité demande au pôle Études une note de synthèse du programme pour sa "
            "prochaine séance ; pilote : B. Castel."]:
        y = para(c, L, y, W, s, **P) - 4
    y = heading(c, y - 4, "5. Prochaine séance")
    y = para(c, L, y, W, "Lundi 6 mars 2017, 14~h~30, dans les locaux du RAMEAU.", **P)
    y -= 8
    y = boxed(c, y, "Relevé des actions",
              "Note de synthèse du programme : B. Castel, pour le 6 mars 2017 · Diffusion des rapports "
              "régionaux restants : C. Vidal, avant le 31 décembre 2016 · Présentation aux élus : direction "
              "scientifique, premier trimestre 2017.", fill=LIGHT, title_color=NAVY)
    y = para(c, L, y - 10, W,
             "Compte rendu établi par Damien Roux, secrétaire de séance, et diffusé le 19 décembre 2016 aux "
             "12~membres du comité.", 'sans', 8.2, 11, GREY)
    need(y, BOT, 'ab02 p2')
    d.save()
    return name


# =========================================================================== AB-03
def ab03():
    """Note comparing three editions of one survey: a series, changes in points and in %, a bar
    chart with axis ticks and data labels, a table édition · effectif · date de terrain · résultat."""
    name = 'obs-ab-03-note-trois-editions-enquete-citoyens.pdf'
    start, end = std_page("Note de comparaison · Une enquête, trois éditions", "mars 2025",
                          "Note de comparaison — %d/2")
    d = Doc(name, A4, start, end, "Une enquete, trois editions - note de comparaison")
    c = d.c
    P = dict(fam='serif', size=10, leading=13.8)

    # ---------------------------------------------------------------- page 1
    y = 790
    y = para(c, L, y, W, "<b>Les Français et l'urgence de s'allier : trois éditions de l'enquête "
             "citoyenne de l'Observatoire</b>", 'serif', 17, 21, NAVY)
    y = para(c, L, y - 6, W,
             "<b>L'Observatoire des partenariats interroge les Français depuis son premier programme, ARPEA "
             "(2008-2012). Cette note compare trois éditions : les deux mesures d'ARPEA – Citoyens, puis "
             "PHARE-Citoyens, publiée en septembre 2015.</b>", 'sans', 9.6, 13)
    y = heading(c, y - 8, "1. Une question, deux résultats")
    y = para(c, L, y, W,
             "En 2008, 86~% des Français jugeaient urgent de créer des partenariats entre associations et "
             "entreprises. Quatre ans plus tard, ils étaient encore 84~%. La part est donc passée de 86~% à "
             "84~% : un recul de 2~points, soit une baisse relative de 2,3~%, ou 0,5~point par an en "
             "moyenne (calculs de la rédaction).", **P)
    y = cap(c, y - 6, "Graphique 1 – Part des Français jugeant urgent de créer des partenariats "
                      "associations-entreprises (en %)")
    y = vbars(c, L + 20, y - 170, 150, [
        (86, "86", ["2008", "ARPEA – Citoyens"]),
        (84, "84", ["2012", "ARPEA – Citoyens"]),
        (None, "n.p.", ["septembre 2015", "PHARE-Citoyens"]),
    ], 100, ["0", "20", "40", "60", "80", "100"], bw=70, gap=60)
    y = para(c, L, y - 4, W,
             "Source : ARPEA – Citoyens (mesures de 2008 et de 2012) ; PHARE-Citoyens (publiée en septembre "
             "2015), qui ne repose pas la question.", 'sans', 8, 10.5, GREY)
    y = heading(c, y - 10, "2. Une troisième édition qui change de question")
    y = para(c, L, y, W,
             "Publiée en septembre 2015 après une enquête auprès de plus de 2~000 personnes, PHARE-Citoyens "
             "ne demande plus s'il est urgent de créer des partenariats : elle mesure un « devoir "
             "d'alliance », que 69~% des Français partagent. Le graphique n'a donc pas de troisième barre "
             "chiffrée, et la rédaction ne calcule pas d'écart entre les éditions.", **P)
    need(y, BOT, 'ab03 p1')

    # ---------------------------------------------------------------- page 2
    d.new_page()
    y = 792
    y = heading(c, y, "3. Les trois éditions en un tableau")
    y = cap(c, y - 2, "Tableau 1 – Éditions, effectifs, dates et résultats")
    y = grid(c, L, y, [52, 120, 88, 143, 80], [
        ["Édition", "Enquête", "Effectif", "Date de terrain", "Résultat (en~%)"],
        ["1re", "ARPEA – Citoyens", "n.p.", "2008", "86"],
        ["2e", "ARPEA – Citoyens", "n.p.", "2012", "84"],
        ["3e", "PHARE-Citoyens", "plus de 2~000", "n.p. (publiée en septembre 2015)", "n.p.<sup>a</sup>"],
    ], size=8.8, aligns=['left', 'left', 'right', 'left', 'right'])
    y = para(c, L, y - 5, W,
             "a. Question non reposée. La 3e édition mesure un « devoir d'alliance », partagé par 69~% des "
             "Français.", 'serif', 8.5, 11.5, GREY)
    y = cap(c, y - 8, "Tableau 2 – Évolutions entre deux éditions (calculs de la rédaction)")
    y = grid(c, L, y, [W - 2 * 130, 130, 130], [
        ["Entre les éditions", "Écart (en points)", "Évolution relative (en~%)"],
        ["2008 → 2012", "−2", "−2,3"],
        ["2012 → septembre 2015", "non calculable", "non calculable"],
    ], size=8.8)
    y = para(c, L, y - 5, W,
             "L'écart est la différence entre deux résultats ; l'évolution relative rapporte cet écart au "
             "premier résultat.", 'serif', 8.5, 11.5, GREY)
    y = heading(c, y - 10, "4. Dater un résultat")
    y = para(c, L, y, W,
             "Un résultat prend l'année du terrain de son enquête, non celle de la note qui le cite, ni celle "
             "de sa publication. L'enquête Associations & Partenariats, menée en mai-juin 2016 auprès de plus "
             "de 1~380 responsables associatifs et publiée en mars 2017, date ainsi de 2016 ses 74~% "
             "d'associations qui citent les collectivités parmi leurs partenaires. Quand le terrain n'est pas "
             "publié, comme pour PHARE-Citoyens, on retient la date de publication.", **P)
    y = heading(c, y - 8, "5. Une autre série, non comparable")
    y = para(c, L, y, W,
             "En janvier 2011, 21~% des entreprises développaient des partenariats avec des associations. "
             "Cinq ans plus tard, la note de l'Observatoire du 29 février 2016 en compte 37~% parmi les "
             "entreprises d'au moins 10~salariés. Les populations diffèrent : la rédaction ne calcule ni "
             "écart ni évolution.", **P)
    y -= 8
    y = boxed(c, y, "À retenir",
              "Une seule question a été posée dans les mêmes termes à deux éditions : celle de l'urgence, "
              "mesurée en 2008 puis en 2012. Les autres résultats ne forment pas une série.", fill=MINT,
              title_color=GREEN)
    need(y, BOT, 'ab03 p2')
    d.save()
    return name


# =========================================================================== AB-04
def ab04():
    """Rapport d'évaluation, avant / après: « passé de … à … », relative changes, factors in words,
    baselines and targets, an indicators table « Valeur initiale · Cible · Valeur 2024 »."""
    name = 'obs-ab-04-rapport-evaluation-avant-apres.pdf'
    start, end = std_page("Rapport d'évaluation · Alliances en territoire, avant et après", "juin 2025",
                          "Rapport d'évaluation — p. %d/3")
    d = Doc(name, A4, start, end, "Rapport d'evaluation - avant et apres")
    c = d.c
    P = dict(fam='serif', size=9.6, leading=13.0)

    # ---------------------------------------------------------------- page 1: two columns
    box(c, 0, 690, 595, 106, fill=PLUM)
    text(c, L, 776, "RAPPORT D'ÉVALUATION", 'sans', 8.5, HexColor('#e7d3e7'))
    para(c, L, 768, W, "<b>Avant, après : ce que les chiffres publiés permettent d'évaluer</b>", 'serif',
         18, 22, white)
    text(c, L, 702, "Programmes, opinion, territoires, associations : valeurs initiales et valeurs récentes",
         'sans', 9.2, HexColor('#e7d3e7'))
    gap = 18
    cw = (W - gap) / 2.0
    fl = Flow(d, [(L, 672, cw, 150, False), (L + cw + gap, 672, cw, 150, False)])

    def h(s):
        fl.add("<b>%s</b>" % s, 'sans', 10, 13, NAVY, before=6, after=3, keep=30)

    def p(s):
        fl.add(s, after=4, **P)

    h("1. Méthode")
    p("Pour chaque indicateur, ce rapport compare une valeur initiale et une valeur plus récente, quand "
      "l'une et l'autre sont publiées. Les évolutions (écarts en points, évolutions relatives en %, "
      "rapports du type « deux fois plus ») sont calculées par la rédaction ; aucune valeur n'est estimée. "
      "Une cible n'est donnée que si elle a été publiée.")
    h("2. Les programmes : des volets aux axes")
    p("Premier programme de l'Observatoire, ARPEA (2008-2012) comptait dix volets. Son successeur, PHARE "
      "(2013-2018)<sup>1</sup>, n'en compte plus que six : le nombre de volets est passé de 10 à 6, soit "
      "−40~% (calcul de la rédaction). Le programme IMPACT (2018-2022), lancé en novembre 2017, "
      "ne parle plus de volets mais d'axes : innovation sociétale et territoriale, performance des "
      "organisations, confiance.")
    h("3. Les Français : une mesure répétée")
    p("La part des Français jugeant urgent de créer des partenariats est passée de 86~% en 2008 à 84~% en "
      "2012, soit un recul de 2~points. C'est la seule mesure publiée deux fois dans les mêmes termes : "
      "l'opinion ne peut pas être suivie après 2012.")
    h("4. Les territoires : des pilotes aux pionniers")
    p("La démarche « Agir ensemble en Territoire », initiée en 2010, a commencé avec trois territoires "
      "pilotes. Le parcours d'expérience mené avec le CGET compte, lui, onze « territoires "
      "pionniers » : près de quatre fois plus (calcul de la rédaction). Sa première session "
      "s'est ouverte un 3 mai.")
    h("5. Associations : l'écart selon la taille")
    p("Dans l'enquête Associations & Partenariats (terrain de mai-juin 2016, publication en mars 2017), la "
      "moitié des associations dont le budget dépasse 150~000~€ ont un partenariat avec une entreprise, "
      "contre 20~% de celles dont le budget est inférieur à 10~000~€ : deux fois et demie plus.")
    h("6. Échelle locale et échelle régionale")
    p("Selon l'étude IMPACT – Associations & Territoires, non datée, 73~% des associations employeuses "
      "nouent des partenariats à l'échelle locale, contre 47~% à l'échelle régionale : l'échelle locale "
      "devance la régionale de 26~points, soit +55~% (calculs de la rédaction).")
    h("7. Le RAMEAU : recherche et impact")
    p("Le RAMEAU, créé en 2006, revendique 15~ans de recherche et 5~ans d'étude d'impact : la recherche a "
      "duré trois fois plus longtemps que l'étude d'impact. Aucune valeur initiale n'est publiée pour ses "
      "plus de 1~000 exemples inspirants.")
    y = 150
    rule(c, L, y - 4, L + 120, GREY, 0.4)
    y = para(c, L, y - 8, W, "<sup>1</sup> Certaines sources datent PHARE de 2013-2017.", 'serif', 8, 10.5,
             GREY)
    need(y, BOT, 'ab04 p1')

    # ---------------------------------------------------------------- page 2
    d.new_page()
    y = 792
    y = heading(c, y, "8. Indicateurs de suivi")
    y = cap(c, y, "Tableau 1 – Indicateurs : valeur initiale, cible et valeur 2024")
    y = grid(c, L, y, [W - 3 * 85, 85, 85, 85], [
        ["Indicateur", "Valeur initiale", "Cible", "Valeur 2024"],
        ["Catalyseurs territoriaux accompagnés (nombre)<sup>a</sup>", "n.p.", "350", "n.p."],
        ["Dotation du Fonds ODD~17 (en M€)<sup>a</sup>", "–", "1,5", "n.p."],
        ["Durée de l'expérimentation (en années)<sup>a</sup>", "–", "3", "–"],
        ["Maires jugeant leur territoire engagé ou en mouvement (en~%)<sup>b</sup>", "76", "n.p.", "91"],
        ["Français jugeant urgent de créer des partenariats (en~%)<sup>c</sup>", "86", "n.p.", "n.p."],
    ], size=8.8)
    NOTE = dict(fam='serif', size=8.5, leading=11.5, color=GREY)
    for s in [
            "a. Fonds ODD~17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies : cible fixée à la "
            "création du fonds ; les valeurs atteintes ne sont pas publiées.",
            "b. Valeur initiale : programme IMPACT (2018-2022), part des maires qui jugent leur territoire "
            "« engagé ». Valeur 2024 : 302 maires interrogés du 30 septembre au 28 octobre 2024, qui jugent "
            "leur territoire « en mouvement ». Les questions diffèrent : l'écart n'est pas calculé.",
            "c. Valeur initiale : ARPEA – Citoyens, 2008. La dernière mesure publiée, 84~% en 2012, n'est "
            "pas une valeur 2024."]:
        y = para(c, L, y - 4, W, s, **NOTE)
    y = heading(c, y - 10, "9. Cibles : ce qui est publié")
    y = para(c, L, y, W,
             "Le seul objectif chiffré publié est celui du Fonds ODD~17 : 350 catalyseurs territoriaux, avec "
             "une dotation de 1,5~M€ sur 3~ans. Aucune cible n'est publiée pour les indicateurs d'opinion, et "
             "la rédaction n'en invente pas : une ligne comme « objectif : 80~% d'ici 2027 » n'aurait ici "
             "aucune source.", **P)
    y -= 8
    y = boxed(c, y, "Lire le tableau 1",
              "Une case « n.p. » signale une valeur non publiée, une case « – » une valeur sans objet. La "
              "colonne « Valeur 2024 » ne reçoit que des résultats mesurés en 2024.", fill=LIGHT,
              title_color=NAVY)
    need(y, BOT, 'ab04 p2')

    # ---------------------------------------------------------------- page 3
    d.new_page()
    y = 792
    y = heading(c, y, "10. Synthèse des évolutions calculées")
    y = cap(c, y, "Tableau 2 – Avant, après (calculs de la rédaction)")
    y = grid(c, L, y, [150, 95, 58, 58, 122], [
        ["Indicateur", "Période ou comparaison", "Avant", "Après", "Évolution"],
        ["Volets par programme (nombre)", "2008-2012 → 2013-2018", "10", "6", "−40~%"],
        ["Français jugeant urgent de créer des partenariats (en~%)", "2008 → 2012", "86", "84",
         "−2 points"],
        ["Territoires accompagnés (nombre)", "2010 → sans date", "3", "11", "près de quatre fois plus"],
        ["Associations ayant un partenariat avec une entreprise (en~%)", "budget de moins de 10~000~€ → "
         "de plus de 150~000~€, 2016", "20", "50", "deux fois et demie plus"],
    ], size=8.4, aligns=['left', 'left', 'right', 'right', 'left'])
    y = para(c, L, y - 6, W,
             "Lecture : entre le programme ARPEA et le programme PHARE, le nombre de volets passe de 10 à 6. "
             "Les deux dernières lignes comparent des territoires ou des associations, pas deux dates.", 'serif',
             8.5, 11.5, GREY)
    y = heading(c, y - 10, "11. Ce que l'évaluation ne peut pas dire")
    y = para(c, L, y, W,
             "Sur les quatre évolutions du tableau 2, une seule porte sur la même question, posée à la même "
             "population à deux dates. Les chiffres les plus récents ne sont pas comparables aux plus "
             "anciens : en 2024, 91~% des maires jugent leur territoire en mouvement, mais aucune mesure "
             "antérieure ne porte sur cette question.", **P)
    y -= 8
    y = boxed(c, y, "Recommandations",
              "Publier les effectifs et les dates de terrain de chaque enquête ; reposer les mêmes questions "
              "d'une édition à l'autre ; publier les valeurs atteintes par le Fonds ODD~17 à la fin de "
              "l'expérimentation.", fill=SAND, title_color=ORANGE)
    need(y, BOT, 'ab04 p3')
    d.save()
    return name


# =========================================================================== AB-05
def ab05():
    """Questionnaire annoté: question numbers, answer boxes with codes and results, filter
    instructions, bases, a 0-10 grid."""
    name = 'obs-ab-05-questionnaires-annotes-citoyens-et-maires.pdf'
    start, end = std_page("Questionnaires annotés · questions posées et résultats publiés", "avril 2025",
                          "Questionnaires annotés — %d/3")
    d = Doc(name, A4, start, end, "Questionnaires annotes")
    c = d.c
    RX = R - 8          # right edge of the result column
    IND = 24

    def qtitle(y, q, s):
        y -= 6
        text(c, L, y - 10, "<b>%s</b>" % q, 'sans', 10, NAVY)
        y2 = para(c, L + IND + 8, y, W - IND - 8, "<b>%s</b>" % s, 'sans', 9.8, 12.8)
        return y2 - 2

    def answer(y, label, result, code_x=L + IND + 8):
        """☐ code label ……… result (label, then result, in that order in the text layer)."""
        w = text(c, code_x, y - 9.5, "☐ " + label, 'sans', 9.5)
        rw = pdfmetrics.stringWidth(result.replace('~', ' '), fontname('sans', True), 9.5)
        text(c, RX - 80, y - 9.5, "<b>%s</b>" % result, 'sans', 9.5, black, 'right', 80)
        dotted(c, code_x + w + 6, y - 8.5, RX - rw - 6)
        return y - 15

    def note(y, s, italic=True, color=GREY, size=8.8):
        return para(c, L + IND + 8, y, W - IND - 8, ("<i>%s</i>" % s) if italic else s, 'sans', size,
                    size * 1.32, color) - 2

    def sep(y):
        rule(c, L, y - 4, R, HexColor('#c9d1da'), 0.5)
        return y - 8

    # ---------------------------------------------------------------- page 1: PHARE-Citoyens
    y = 790
    y = para(c, L, y, W, "<b>PHARE-Citoyens : le questionnaire et ses résultats</b>", 'serif', 17, 21, NAVY)
    y -= 4
    y = boxed(c, y, "Comment lire ces questionnaires",
              "Chaque case de réponse est suivie du résultat publié, en % des personnes interrogées ou en "
              "note moyenne. « n.p. » : résultat non publié. Les codes de saisie (1, 2, 9…) précèdent "
              "chaque libellé ; les consignes de filtre sont en italique. Les intitulés sont résumés par la "
              "rédaction.")
    y -= 6
    y = grid(c, L, y, [130, W - 130], [
        ["Fiche de l'enquête", ""],
        ["Enquête", "PHARE-Citoyens, volet Citoyens du programme PHARE"],
        ["Publication", "septembre 2015"],
        ["Personnes interrogées", "plus de 2~000"],
        ["Date de terrain", "n.p. : les résultats sont datés de la publication"],
    ], size=8.8, aligns=['left', 'left'])
    y -= 4
    y = note(y, "Base de toutes les questions : ensemble des personnes interrogées.", italic=False,
             color=black)
    y = qtitle(y, "Q1", "Les associations, les entreprises et les pouvoirs publics ont-ils le devoir de "
                        "s'allier ?")
    y = answer(y, "1 Oui", "69~%")
    y = answer(y, "2 Non", "n.p.")
    y = answer(y, "9 Ne sait pas", "n.p.")
    y = note(y, "Non et ne sait pas, ensemble (calcul par différence) : 31~%", italic=False, color=black)
    y = note(y, "→ Si Q1 = 1, poser Q2 ; sinon, aller à Q3.")
    y = sep(y)
    y = qtitle(y, "Q2", "(Si Q1 = 1) Pourquoi les acteurs ont-ils ce devoir ?")
    y = note(y, "Question ouverte : réponses non publiées.", italic=False)
    y = sep(y)
    y = qtitle(y, "Q3", "Quelle importance accordez-vous à chacun des enjeux suivants ? Notez de 0, aucune "
                        "importance, à 10, importance maximale.")
    # 0-10 grid: header, then one row of boxes per topic, then the mean
    gx = L + 206
    cell = 17
    y -= 2
    for k in range(11):
        text(c, gx + k * cell, y - 9, str(k), 'sans', 8, GREY, 'center', cell)
    text(c, RX - 80, y - 9, "<b>Note moyenne</b>", 'sans', 8, GREY, 'right', 80)
    y -= 14
    rows = [("a. L'emploi", "7,1"), ("b. Le pouvoir d'achat", None), ("c. La sécurité<sup>1</sup>", None),
            ("d. Le développement économique", "6,5"), ("e. L'environnement", None), ("f. L'exclusion", None)]
    ys = []
    for lab, mean in rows:
        text(c, L + IND + 8, y - 9.5, lab, 'sans', 9.2)
        for k in range(11):
            text(c, gx + k * cell, y - 9.5, "☐", 'sans', 9.5, GREY, 'center', cell)
        if mean:
            text(c, RX - 80, y - 9.5, "<b>%s</b>" % mean, 'sans', 9.5, black, 'right', 80)
        ys.append(y)
        y -= 15
    # merged result cells for b-c and e-f, drawn after the rows
    for a, b, s in ((1, 2, "6,6 chacun"), (4, 5, "6,3 chacun")):
        ym = (ys[a] + ys[b]) / 2.0
        c.setStrokeColor(GREY)
        c.setLineWidth(0.6)
        c.line(RX - 72, ys[a] - 2, RX - 72, ys[b] - 12)
        text(c, RX - 80, ym - 9.5, "<b>%s</b>" % s, 'sans', 9.5, black, 'right', 80)
    y = note(y - 2, "<sup>1</sup> Une autre publication tirée de la même enquête attribue 7/10 à la "
                    "sécurité.", italic=False)
    need(y, BOT, 'ab05 p1')

    # ---------------------------------------------------------------- page 2: PHARE-Citoyens (suite)
    d.new_page()
    y = 792
    text(c, L, y - 10, "<b>PHARE-Citoyens (suite)</b> · enquête publiée en septembre 2015", 'sans', 10, NAVY)
    y -= 18
    y = qtitle(y, "Q4", "Sur quels enjeux attendez-vous des partenariats un impact fort ? Plusieurs réponses "
                        "possibles.")
    y = answer(y, "1 L'emploi", "49~%")
    y = answer(y, "2 Le développement économique", "46~%")
    y = answer(y, "3 L'environnement", "42~%")
    y = answer(y, "4 La précarité ☐ 5 L'éducation", "36~% chacune")
    y = answer(y, "6 Aucun de ces enjeux", "n.p.")
    y = note(y, "Total : plus de 100 %, plusieurs réponses étant possibles.", italic=False, color=black)
    y = sep(y)
    y = qtitle(y, "QS1", "Signalétique. Quel est votre âge ?")
    for lab in ["1 18-34 ans", "2 35-49 ans", "3 50-64 ans", "4 65 ans et plus"]:
        y = answer(y, lab, "n.p.")
    y = note(y, "Les résultats par âge ne sont pas publiés.", italic=False)
    y = sep(y)
    y = qtitle(y, "QS2", "Signalétique. Votre commune est-elle rurale ou urbaine ?")
    y = answer(y, "1 Rurale", "n.p.")
    y = answer(y, "2 Urbaine", "n.p.")
    y = note(y, "→ Fin du questionnaire.")
    y -= 6
    y = boxed(c, y, "Dater ces résultats",
              "Le terrain de PHARE-Citoyens n'est pas publié : ses résultats prennent l'année de leur "
              "publication, 2015, et non celle de ce document. Une autre source, le plaidoyer pour le droit "
              "de l'alliance, avance sans date que 81~% des Français ressentent un « devoir d'alliance ».",
              fill=LIGHT, title_color=NAVY)
    need(y, BOT, 'ab05 p2')

    # ---------------------------------------------------------------- page 3: maires 2024
    d.new_page()
    y = 790
    y = para(c, L, y, W, "<b>IMPACTS & TRAJECTOIRES – Elus locaux : le questionnaire et ses résultats</b>",
             'serif', 16, 20, NAVY)
    y -= 4
    y = grid(c, L, y, [130, W - 130], [
        ["Fiche de l'enquête", ""],
        ["Répondants", "302 maires"],
        ["Mode", "téléphone"],
        ["Terrain", "du 30 septembre au 28 octobre 2024"],
        ["Publication", "novembre 2024"],
    ], size=8.8, aligns=['left', 'left'])
    y -= 4
    y = note(y, "Base de toutes les questions, sauf mention : 302 répondants.", italic=False, color=black)
    y = qtitle(y, "QS1", "Combien d'habitants compte votre commune ?")
    y = answer(y, "1 Moins de 2~000 habitants", "84~%")
    y = answer(y, "2 De 2~000 habitants ou plus", "16~%")
    y = note(y, "La part des communes de 2~000 habitants ou plus est calculée par différence.", italic=False)
    y = sep(y)
    y = qtitle(y, "Q1", "Diriez-vous que votre territoire est en mouvement ?")
    y = answer(y, "1 Oui, fortement", "35~%")
    y = answer(y, "2 Oui, ni plus ni moins", "56~%")
    y = answer(y, "3 Non", "n.p.")
    y = answer(y, "9 Ne sait pas", "n.p.")
    y = note(y, "Sous-total « oui » (réponses 1 et 2) : 91~%. Non et ne sait pas, ensemble (par "
                "différence) : 9~%.", italic=False, color=black)
    y = note(y, "→ Si Q1 = 3 ou 9, aller à Q3 ; sinon, poser Q2.")
    y = sep(y)
    y = qtitle(y, "Q2", "(Si Q1 = 1 ou 2) Qu'est-ce qui met votre territoire en mouvement ?")
    y = note(y, "Question ouverte : réponses non publiées.", italic=False)
    y = sep(y)
    y = qtitle(y, "Q3", "Votre commune s'appuie-t-elle sur le « jouer collectif » pour agir ?")
    y = answer(y, "1 Oui", "n.p.")
    y = answer(y, "2 Non", "n.p.")
    y = note(y, "Repère, autre enquête : en novembre 2020, l'étude IMPACT-Elus locaux comptait 64~% d'élus "
                "locaux voulant s'appuyer sur le « jouer collectif ».", italic=False)
    y = note(y, "→ Fin du questionnaire. Durée moyenne de l'entretien : n.p.")
    need(y, BOT, 'ab05 p3')
    d.save()
    return name


DOCS = [ab01, ab02, ab03, ab04, ab05]

if __name__ == '__main__':
    for fn in DOCS:
        print(fn())
