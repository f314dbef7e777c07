#!/usr/bin/env python
"""Deterministic generator of the 5 PDFs of figure-finder gold set AA.

Run: /work/main/.venv/bin/python make_docs.py

reportlab with rl_config.invariant = 1 and invariant=1 on every canvas. DejaVu fonts from
/usr/share/fonts/truetype/dejavu/ are registered through NbspTTFont (reportlab 5.1.0's
TTFont.splitString without the line that maps U+00A0 to a space), so U+00A0 reaches the text layer.
Lines 14-386 of set W's make_docs.py (fonts, NbspTTFont, wrapping, Doc, Flow, table, hbars) are
copied unchanged below; the helpers after them are new in AA.

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


# =========================================================================== AA-01
def aa01():
    """Baromètre d'opinion: each question with its distribution (table and sentence) and its
    breakdowns by sub-population."""
    name = 'obs-aa-01-barometre-alliance-question-par-question.pdf'
    L, R = 56, 539
    W = R - L
    BOT = 58

    def start(d):
        c = d.c
        text(c, L, 812, "Baromètre de l'alliance · les réponses question par question", 'sans', 8, GREY)
        text(c, L, 812, "édition avril 2025", 'sans', 8, GREY, 'right', W)
        rule(c, L, 804, R, GREY, 0.5)

    def end(d):
        rule(d.c, L, 48, R, GREY, 0.4)
        text(d.c, L, 34, "Baromètre de l'alliance — page %d/4" % d.page, 'sans', 8, GREY, 'center', W)

    d = Doc(name, A4, start, end, "Baromètre de l'alliance - les réponses question par question")
    c = d.c
    P = dict(fam='serif', size=10, leading=13.6)

    def qhead(y, q, title, src):
        y -= 6
        box(c, L, y - 20, 34, 20, fill=NAVY)
        text(c, L, y - 14, "<b>%s</b>" % q, 'sans', 10, white, 'center', 34)
        y2 = para(c, L + 42, y - 1, W - 42, "<b>%s</b>" % title, 'sans', 10.5, 13.5, NAVY)
        y = min(y - 22, y2)
        y = para(c, L, y - 2, W, "<i>%s</i>" % src, 'sans', 8.2, 11, GREY)
        return y - 4

    def cap(y, s):
        text(c, L, y - 9, "<b>%s</b>" % s, 'sans', 8.6, NAVY)
        return y - 14

    # ---------------------------------------------------------------- page 1
    box(c, 0, 694, 595, 102, fill=NAVY)
    text(c, L, 774, "BAROMÈTRE DE L'ALLIANCE", 'sans', 8.5, HexColor('#9fd3da'))
    para(c, L, 766, W, "<b>Ce que répondent les entreprises, les Français, les associations et les "
         "maires</b>", 'serif', 18, 22, white)
    text(c, L, 704, "Huit questions, leurs réponses et leurs ventilations", 'sans', 9.5,
         HexColor('#9fd3da'))
    y = 682
    bh = 70
    box(c, L, y - bh, W, bh, fill=SAND)
    text(c, L + 10, y - 15, "<b>Comment lire ce baromètre</b>", 'sans', 9, ORANGE)
    para(c, L + 10, y - 21, W - 20,
         "Pour chaque question, un premier tableau donne la répartition des réponses et une phrase la "
         "résume ; un second tableau la ventile par sous-population quand la source le permet. Les "
         "intitulés des questions sont résumés par la rédaction. « n.p. » : chiffre non publié par la "
         "source. Les lignes « par différence » sont calculées par la rédaction : 100 moins le total "
         "publié.", 'sans', 8.4, 11.2)
    y -= bh + 6
    y = para(c, L, y, W, "<b>Sommaire</b> · Q1 Entreprises, p.~1 · Q2 à Q4 Français, p.~2 · Q5 Français, "
             "p.~3 · Q6 Associations, p.~3 · Q7 et Q8 Maires, p.~4", 'sans', 8.4, 11.5, NAVY)
    y = qhead(y - 6, "Q1", "Les entreprises développent-elles des partenariats avec des associations ?",
              "Base : entreprises · Source : étude ARPEA Entreprises & Territoires, publiée en janvier 2011")
    y = para(c, L, y, W,
             "En janvier 2011, 21~% des entreprises développent des partenariats avec des associations, "
             "33~% souhaitent en développer et 46~% ne le souhaitent pas. Au total, 54~% des entreprises "
             "sont donc engagées ou désireuses de l'être (calcul de la rédaction).", **P)
    y = cap(y - 2, "Tableau 1 – Répartition des réponses (en % des entreprises)")
    y = grid(c, L, y, [W - 110, 110], [
        ["Réponse", "Entreprises (en~%)"],
        ["Oui, elle en développe", "21"],
        ["Non, mais elle souhaite en développer", "33"],
        ('bold', ["Sous-total « oui » ou « souhaite » (calcul de la rédaction)", "54"]),
        ["Non, et elle ne le souhaite pas", "46"],
        ('bold', ["Total", "100"]),
    ])
    y = cap(y - 8, "Tableau 2 – Ventilation par sous-population (en % des entreprises)")
    y = grid(c, L, y, [W - 3 * 90, 90, 90, 90], [
        ["Sous-population", "Développent", "Souhaitent", "Ne souhaitent pas"],
        ('bold', ["Ensemble des entreprises", "21", "33", "46"]),
        ["Entreprises de moins de 10~salariés", "n.p.", "n.p.", "n.p."],
        ["Entreprises d'au moins 10~salariés", "n.p.", "n.p.", "n.p."],
        ["Selon la taille de la commune d'implantation", "n.p.", "n.p.", "n.p."],
    ])
    y = para(c, L, y - 5, W,
             "Repère, autre source : la note de l'Observatoire du 29 février 2016 situe à 37~% la part "
             "des entreprises d'au moins 10~salariés engagées dans des partenariats.", 'serif', 9, 12.5,
             GREY)
    y = cap(y - 8, "Les sources du baromètre")
    y = grid(c, L, y, [178, 52, 168, 85], [
        ["Enquête", "Questions", "Terrain ou publication", "Répondants"],
        ["ARPEA Entreprises & Territoires", "Q1", "publiée en janvier 2011", "n.p."],
        ["ARPEA – Citoyens", "Q2", "mesures de 2008 et de 2012", "n.p."],
        ["PHARE-Citoyens", "Q3 à Q5", "publiée en septembre 2015", "plus de 2~000"],
        ["Associations & Partenariats", "Q6", "mai-juin 2016 ; mars 2017", "plus de 1~380"],
        ["IMPACTS & TRAJECTOIRES", "Q7", "30 sept.-28 oct. 2024", "302"],
        ["Autres enquêtes auprès des élus", "Q8", "2016, 2020 ou sans date", "n.p."],
    ], size=8.2, aligns=['left', 'left', 'left', 'right'])
    need(y, BOT, 'aa01 p1')

    # ---------------------------------------------------------------- page 2
    d.new_page()
    y = 790
    y = qhead(y, "Q2", "Est-il urgent de créer des partenariats entre associations et entreprises ?",
              "Base : Français · Source : ARPEA – Citoyens, mesures de 2008 et de 2012")
    y = cap(y, "Tableau 3 – Répartition des réponses (en % des Français)")
    y = grid(c, L, y, [W - 160, 80, 80], [
        ["Réponse", "2008", "2012"],
        ["Oui, tout à fait", "n.p.", "n.p."],
        ["Oui, plutôt", "n.p.", "n.p."],
        ('bold', ["Total « oui »", "86", "84"]),
        ["Non ou sans réponse (par différence)", "14", "16"],
        ('bold', ["Total", "100", "100"]),
    ])
    y = para(c, L, y - 6, W,
             "Lecture : 86~% des Français jugeaient urgent de créer des partenariats en 2008 ; en 2012, "
             "ils étaient encore 84~%, soit 2~points de moins (calcul de la rédaction). Le détail « tout à "
             "fait » / « plutôt » n'est pas publié.", **P)
    y = cap(y - 2, "Tableau 4 – Ventilation par âge (en % des Français)")
    y = grid(c, L, y, [W - 5 * 62, 62, 62, 62, 62, 62], [
        ["Sous-population", "18-34 ans", "35-49 ans", "50-64 ans", "65 ans et plus", "Ensemble"],
        ["Total « oui », mesure de 2012", "n.p.", "n.p.", "n.p.", "n.p.", "84"],
    ])
    y = qhead(y - 8, "Q3", "Les acteurs ont-ils le devoir de s'allier ?",
              "Base : Français · Source : PHARE-Citoyens, septembre 2015, plus de 2~000 personnes "
              "interrogées")
    y = para(c, L, y, W,
             "En septembre 2015, 69~% des Français partagent le constat d'un « devoir d'alliance ». Les "
             "autres, soit 31~% par différence, ne le partagent pas ou ne se prononcent pas. Sans date, "
             "le plaidoyer pour le droit de l'alliance avance 81~% des Français.", **P)
    y = cap(y - 2, "Tableau 5 – Répartition des réponses (en % des Français)")
    y = grid(c, L, y, [W - 110, 110], [
        ["Réponse", "Français (en~%)"],
        ["Tout à fait d'accord", "n.p."],
        ["Plutôt d'accord", "n.p."],
        ('bold', ["Total « d'accord »", "69"]),
        ["Pas d'accord ou sans réponse (par différence)", "31"],
    ])
    y = cap(y - 8, "Tableau 6 – Ventilation par âge et par taille de commune (en % des Français)")
    y = grid(c, L, y, [W - 4 * 80, 80, 80, 80, 80], [
        ["Total « d'accord »", "Moins de 35 ans", "35 ans et plus", "Communes rurales",
         "Communes urbaines"],
        ["Septembre 2015", "n.p.", "n.p.", "n.p.", "n.p."],
    ])
    y = qhead(y - 8, "Q4", "Quelle importance accordez-vous à chaque enjeu, de 0 à 10 ?",
              "Base : Français · Source : PHARE-Citoyens, même enquête que Q3")
    y = cap(y, "Tableau 7 – Note moyenne par enjeu (sur 10)")
    y = grid(c, L, y, [W - 110, 110], [
        ["Enjeu", "Note moyenne"],
        ["Emploi", "7,1"],
        ["Pouvoir d'achat, sécurité<sup>a</sup>", "6,6"],
        ["Développement économique", "6,5"],
        ["Environnement, exclusion", "6,3"],
    ])
    y = para(c, L, y - 5, W,
             "a. Une autre publication tirée de la même enquête attribue 7/10 à la sécurité. La "
             "répartition des notes, de 0 à 10, n'est pas publiée.", 'serif', 8.5, 11.5, GREY)
    need(y, BOT, 'aa01 p2')
    # ---------------------------------------------------------------- page 3
    d.new_page()
    y = 790
    y = qhead(y, "Q5", "Sur quels enjeux attendez-vous un impact fort des partenariats ?",
              "Base : Français · Source : PHARE-Citoyens, septembre 2015 · plusieurs réponses possibles")
    y = para(c, L, y, W,
             "Les Français attendent d'abord des partenariats un impact fort sur l'emploi, cité par "
             "49~% d'entre eux. Viennent ensuite le développement économique et l'environnement ; la "
             "précarité et l'éducation ferment la marche, à 36~% chacune.", **P)
    y = cap(y - 2, "Tableau 8 – Impact fort attendu, par enjeu (en % des Français)")
    y = grid(c, L, y, [W - 110, 110], [
        ["Enjeu", "Français (en~%)"],
        ["Emploi", "49"],
        ["Développement économique", "46"],
        ["Environnement", "42"],
        ["Précarité, éducation", "36"],
    ])
    y = qhead(y - 10, "Q6", "Avec quels types de partenaires votre association travaille-t-elle ?",
              "Base : responsables associatifs · Source : Recherches & Solidarités et Le RAMEAU, "
              "Associations & Partenariats, enquête de mai-juin 2016 auprès de plus de 1~380 "
              "responsables associatifs, publiée en mars 2017 · plusieurs réponses possibles")
    y = cap(y, "Tableau 9 – Partenaires cités (en % des associations)")
    y = grid(c, L, y, [W - 110, 110], [
        ["Partenaire", "Associations (en~%)"],
        ["Collectivités", "74"],
        ["Associations et fondations", "72"],
        ["Enseignement", "47"],
        ["Entreprises", "28"],
        ["Structures d'insertion", "22"],
        ["Recherche", "9"],
        ('bold', ["Total (plusieurs réponses possibles)", "plus de 100"]),
    ])
    y = para(c, L, y - 6, W,
             "Lecture : les collectivités sont citées par 74~% des associations ; chaque association "
             "déclare en moyenne 2,5~partenaires. La moitié des associations dont le budget dépasse "
             "150~000~€ ont un partenariat avec une entreprise, contre 20~% de celles dont le budget est "
             "inférieur à 10~000~€.", **P)
    y = cap(y - 2, "Tableau 10 – Partenariat avec une entreprise, selon le budget annuel (en % des "
                   "associations)")
    y = grid(c, L, y, [W - 110, 110], [
        ["Sous-population", "Associations (en~%)"],
        ('bold', ["Ensemble des associations", "28"]),
        ["Budget annuel inférieur à 10~000~€", "20"],
        ["Budget annuel de 10~000 à 150~000~€", "n.p."],
        ["Budget annuel supérieur à 150~000~€", "50"],
        ["Selon l'âge du responsable associatif", "n.p."],
    ])
    need(y, BOT, 'aa01 p3')
    # ---------------------------------------------------------------- page 4
    d.new_page()
    y = 790
    y = qhead(y, "Q7", "Votre territoire est-il en mouvement ?",
              "Base : maires · Source : IMPACTS & TRAJECTOIRES – Elus locaux, 302 maires interrogés par "
              "téléphone du 30 septembre au 28 octobre 2024, publiée en novembre 2024")
    y = cap(y, "Tableau 11 – Répartition des réponses (en % des maires)")
    y = grid(c, L, y, [W - 110, 110], [
        ["Réponse", "Maires (en~%)"],
        ["Oui, fortement", "35"],
        ["Oui, ni plus ni moins", "56"],
        ('bold', ["Sous-total « oui »", "91"]),
        ["Non ou sans réponse (par différence)", "9"],
        ('bold', ["Total", "100"]),
    ])
    y = para(c, L, y - 6, W,
             "Lecture : 91~% des maires jugent leur territoire en mouvement, dont 35~% fortement. "
             "84~% des répondants exercent dans une commune de moins de 2~000~habitants ; la source ne "
             "ventile pas les réponses selon la taille de la commune.", **P)
    y = cap(y - 2, "Tableau 12 – Ventilation par taille de commune et par âge du maire")
    y = grid(c, L, y, [W - 4 * 78, 78, 78, 78, 78], [
        ["Sous-population", "Part des répondants (en~%)", "Oui, fortement (en~%)",
         "Oui, ni plus ni moins (en~%)", "Sous-total « oui » (en~%)"],
        ["Communes de moins de 2~000~habitants", "84", "n.p.", "n.p.", "n.p."],
        ["Communes de 2~000~habitants et plus (par différence)", "16", "n.p.", "n.p.", "n.p."],
        ["Maires de moins de 50~ans", "n.p.", "n.p.", "n.p.", "n.p."],
        ["Maires de 50~ans et plus", "n.p.", "n.p.", "n.p.", "n.p."],
    ])
    y = qhead(y - 10, "Q8", "Les maires et l'alliance, d'une enquête à l'autre",
              "Base : maires ou élus locaux · Sources : voir la colonne « Enquête »")
    y = cap(y, "Tableau 13 – Réponses « oui » publiées (en %)")
    y = grid(c, L, y, [190, 140, 93, 60], [
        ["Question (intitulé résumé)", "Enquête", "Date", "Oui (en~%)"],
        ["Partagent le constat d'un devoir d'alliance (maires)", "PHARE-Institutions",
         "29 novembre 2016", "87"],
        ["Veulent s'appuyer sur le « jouer collectif » (élus locaux)", "IMPACT-Elus locaux",
         "novembre 2020", "64"],
        ["Jugent leur territoire engagé (maires)", "programme IMPACT", "2018-2022", "76"],
        ["Ne savent pas comment piloter les alliances (maires)", "programme IMPACT", "2018-2022", "46"],
        ["Ressentent un « besoin d'alliance » (maires)", "plaidoyer pour le droit de l'alliance",
         "sans date", "92"],
    ], aligns=['left', 'left', 'left', 'right'])
    y = para(c, L, y - 6, W,
             "Aucune de ces sources ne publie le détail « tout à fait » / « plutôt », ni de ventilation "
             "par taille de commune ou par âge. Les enquêtes diffèrent par leur public et leur méthode : "
             "leurs chiffres ne forment pas une série.", **P)
    need(y, BOT, 'aa01 p4')
    d.save()
    return name


# =========================================================================== AA-02
def aa02():
    """Budget prévisionnel of a territorial alliance (the Fonds ODD 17): recettes / dépenses with
    sous-totaux, totaux, parts du total, amounts in € and in k€. No amount is invented: what the
    sources do not publish is printed « n.p. »; the averages are computed by the editors."""
    name = 'obs-aa-02-budget-previsionnel-fonds-odd17.pdf'
    L, R = 60, 535
    W = R - L
    BOT = 60

    def start(d):
        c = d.c
        text(c, L, 812, "Fonds ODD 17 · Budget prévisionnel de l'expérimentation", 'sans', 8, GREY)
        text(c, L, 812, "présentation de la rédaction, mai 2025", 'sans', 8, GREY, 'right', W)
        rule(c, L, 804, R, GREEN, 0.8)

    def end(d):
        rule(d.c, L, 48, R, GREY, 0.4)
        text(d.c, L, 34, "Budget prévisionnel · %d/2" % d.page, 'sans', 8, GREY, 'right', W)

    d = Doc(name, A4, start, end, "Fonds ODD 17 - budget prévisionnel d'une alliance territoriale")
    c = d.c
    P = dict(fam='serif', size=10.3, leading=14.5)

    def cap(y, s):
        text(c, L, y - 9, "<b>%s</b>" % s, 'sans', 9, GREEN)
        return y - 14

    def h2(y, s):
        text(c, L, y - 12, "<b>%s</b>" % s, 'sans', 12, GREEN)
        rule(c, L, y - 17, R, GREEN, 0.6)
        return y - 26

    # ---------------------------------------------------------------- page 1
    box(c, 0, 700, 595, 96, fill=GREEN)
    text(c, L, 774, "BUDGET PRÉVISIONNEL · ALLIANCE TERRITORIALE", 'sans', 8.5, HexColor('#cfe8cf'))
    para(c, L, 766, W, "<b>Fonds ODD 17 : le budget d'une alliance pour les territoires</b>", 'serif',
         19, 23, white)
    y = para(c, L, 688, W,
             "<i>Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 a reçu une "
             "dotation de 1,5~M€ pour une expérimentation de trois ans auprès de 350 « catalyseurs "
             "territoriaux ». Ce document présente cette dotation sous la forme d'un budget "
             "prévisionnel : recettes, dépenses, sous-totaux, totaux et parts du total.</i>",
             'serif', 11, 15.5, GREY)
    y -= 8
    bh = 64
    box(c, L, y - bh, W, bh, fill=MINT)
    text(c, L + 10, y - 15, "<b>Conventions de présentation</b>", 'sans', 9, GREEN)
    para(c, L + 10, y - 21, W - 20,
         "Montants en euros (€) et en milliers d'euros (k€) : 1~k€ vaut 1~000~€, et 1~000~k€ font "
         "1~M€. Parts en % du total de la colonne. « n.p. » : montant non publié par les sources, ce "
         "n'est pas un zéro. Les sources publient le montant de la dotation, pas sa répartition entre "
         "postes.", 'sans', 8.6, 11.8)
    y -= bh + 12
    y = h2(y, "1. Recettes et dépenses prévues")
    y = cap(y, "Tableau 1 – Budget prévisionnel de l'expérimentation, établi à la création du fonds")
    y = grid(c, L, y, [W - 3 * 80, 80, 80, 80], [
        ["Poste", "Montant (en~€)", "Montant (en~k€)", "Part du total (en~%)"],
        ('group', "RECETTES"),
        ["Apport de Le RAMEAU<sup>1</sup>", "n.p.", "n.p.", "n.p."],
        ["Apport de la Fondation TotalEnergies<sup>1</sup>", "n.p.", "n.p.", "n.p."],
        ('bold', ["Sous-total : dotation du Fonds ODD 17", "1~500~000", "1~500", "100,0"]),
        ["Autres recettes (cofinancements)", "n.p.", "n.p.", "n.p."],
        ('bold', ["Total des recettes publiées", "1~500~000", "1~500", "100,0"]),
        ('group', "DÉPENSES"),
        ["Accompagnement des 350 catalyseurs territoriaux", "n.p.", "n.p.", "n.p."],
        ["Autres dépenses de l'expérimentation", "n.p.", "n.p.", "n.p."],
        ('bold', ["Total des dépenses prévues<sup>2</sup>", "1~500~000", "1~500", "100,0"]),
        ('group', "ÉQUILIBRE"),
        ["Solde (recettes moins dépenses)<sup>3</sup>", "0", "0", "–"],
    ], size=8.8, bold_fill=PALE)
    y = para(c, L, y - 6, W,
             "Lecture : la dotation de 1~500~k€ constitue la totalité des recettes publiées.",
             'serif', 9, 12.5, GREY)
    y = para(c, L, y - 4, W,
             "1. Le partage de la dotation entre Le RAMEAU et la Fondation TotalEnergies n'est pas "
             "publié. "
             "2. Les dépenses sont prévues à hauteur de la dotation ; leur répartition entre postes n'est "
             "pas publiée. 3. Un budget prévisionnel se présente à l'équilibre : le solde est nul par "
             "construction.", 'serif', 8.5, 11.5, GREY)
    y -= 4
    y = h2(y, "2. Le fonds en bref")
    for item in ["Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies.",
                 "Dotation : 1,5~M€.",
                 "Durée de l'expérimentation : 3~ans.",
                 "Catalyseurs territoriaux visés : 350.",
                 "L'ODD 17 compte 19 cibles, selon la note du Comité 21 parue le 5 juillet.",
                 "Méthodes, exemples, données, outils et compétences : plateforme www.odd17.org."]:
        y = para(c, L + 12, y, W - 12, "• " + item, 'serif', 10, 13.6) - 2
    need(y, BOT, 'aa02 p1')
    # ---------------------------------------------------------------- page 2
    d.new_page()
    y = h2(790, "3. La dotation en moyennes, calculées par la rédaction")
    y = para(c, L, y, W,
             "Les sources ne publient ni calendrier de versement ni montant par catalyseur. Pour donner "
             "des ordres de grandeur, la rédaction a réparti la dotation annoncée en 2020 à parts égales "
             "entre les trois années de l'expérimentation et entre les 350 catalyseurs. Ce sont des moyennes, pas des "
             "montants votés ; elles ne disent rien de la répartition réelle.", **P)
    y = cap(y - 6, "Tableau 2 – Ventilation moyenne de la dotation (calcul de la rédaction)")
    y = grid(c, L, y, [W - 3 * 85, 85, 85, 85], [
        ["Ventilation", "Montant", "Montant arrondi", "Part du total"],
        ('group', "PAR ANNÉE"),
        ["Moyenne annuelle", "500~000~€", "500~k€", "33,3~%"],
        ('bold', ["Sous-total : années 1 et 2 (cumul)", "1~000~000~€", "1~000~k€", "66,7~%"]),
        ('bold', ["Total : années 1 à 3", "1~500~000~€", "1~500~k€", "100,0~%"]),
        ('group', "PAR CATALYSEUR TERRITORIAL"),
        ["Moyenne par catalyseur, sur la durée de l'expérimentation", "4~286~€", "4,3~k€", "0,3~%"],
        ["Moyenne par catalyseur et par an", "1~429~€", "1,4~k€", "0,1~%"],
    ], size=8.8, bold_fill=PALE)
    y = para(c, L, y - 6, W,
             "Lecture : en moyenne, chaque catalyseur territorial dispose de 4~286~€ sur la durée de "
             "l'expérimentation, soit environ 4,3~k€ ; la part de la dotation qui lui revient est "
             "inférieure à 1~%.", 'serif', 9, 12.5, GREY)
    y -= 8
    y = h2(y, "4. Lire les arrondis")
    y = para(c, L, y, W,
             "Les montants en k€ sont arrondis au dixième et les parts au dixième de point : trois parts "
             "de 33,3~% font 99,9~% et non 100~%. Deux années représentent 66,7~% de la dotation, soit "
             "1~M€ ; la troisième, le reste. Dans le tableau 2, la colonne « Montant » fait foi.", **P)
    y = h2(y - 12, "5. Repères : le budget des associations")
    y = para(c, L, y, W,
             "Pour situer ces montants, l'enquête Associations & Partenariats de Recherches & Solidarités "
             "et du RAMEAU, menée en mai-juin 2016 auprès de plus de 1~380 responsables associatifs et "
             "publiée en mars 2017, distingue les associations selon leur budget annuel. Le tableau 3 "
             "donne les seuils en euros et en milliers d'euros.", **P)
    y = cap(y - 6, "Tableau 3 – Partenariat avec une entreprise, selon le budget annuel de l'association")
    y = grid(c, L, y, [W - 3 * 85, 85, 85, 85], [
        ["Budget annuel de l'association", "Seuil (en~€)", "Seuil (en~k€)", "Associations (en~%)"],
        ["Inférieur au seuil", "10~000", "10", "20"],
        ["Supérieur au seuil", "150~000", "150", "50"],
        ('bold', ["Ensemble des associations", "–", "–", "28"]),
    ], size=8.8, bold_fill=PALE)
    y = para(c, L, y - 6, W,
             "Lecture : 20~% des associations dont le budget annuel est inférieur à 10~k€ ont un "
             "partenariat avec une entreprise.", 'serif', 9, 12.5, GREY)
    y -= 12
    y -= 8
    y = h2(y, "6. Ce que le budget ne dit pas")
    for item in ["le partage de la dotation entre Le RAMEAU et la Fondation TotalEnergies ;",
                 "le calendrier des versements et le montant versé à chaque catalyseur ;",
                 "les cofinancements éventuels des territoires ;",
                 "la répartition des dépenses entre leurs postes."]:
        y = para(c, L + 12, y, W - 12, "– " + item, 'serif', 10, 13.6) - 2
    need(y, BOT, 'aa02 p2')
    d.save()
    return name


# =========================================================================== AA-03
TURNS = [
    ("T. K.",
     "Lucie Morvan, vous êtes chargée d'études et vous avez passé des années dans les chiffres de "
     "l'Observatoire des partenariats. Première question, toute simple : d'où part-on ?"),
    ("L. M.",
     "On part de deux mille huit. Enfin… de deux mille huit ou de deux mille sept, selon les documents : "
     "les plus anciens disent deux mille sept, les plus récents l'autre date. Moi, je retiens la création "
     "avec la Caisse des Dépôts. Et Le RAMEAU, lui, existe depuis deux mille six."),
    ("T. K.", "Ça ne date pas d'hier, donc."),
    ("L. M.",
     "Non. Sur le site, on lit « quinze ans de recherche » et « cinq ans d'étude d'impact »… et plus d'un "
     "millier d'exemples inspirants recensés. Plus de cinq cents organisations accompagnées, aussi, "
     "depuis sa création."),
    ("T. K.", "Le premier programme, c'est ARPEA ?"),
    ("L. M.",
     "Oui, ARPEA, de deux mille huit à deux mille douze, en dix volets. Et le chiffre que tout le monde "
     "cite, c'est celui des Français : à l'époque, à peu près neuf Français sur dix jugeaient urgent de "
     "créer des partenariats entre associations et entreprises. Attendez, je regarde… [lit] 86~% en 2008, "
     "84~% en 2012. Bon, « neuf sur dix », c'était généreux. [rires]"),
    ("T. K.", "Et entre les deux mesures ?"),
    ("L. M.", "Deux points de moins en quatre ans. Pas de quoi parler de désamour."),
    ("T. K.", "Les entreprises, à la même époque ?"),
    ("L. M.",
     "C'est l'étude ARPEA Entreprises & Territoires, publiée en janvier deux mille onze. Là, en gros, "
     "une entreprise sur cinq développait des partenariats avec des associations — [lit] 21~% — ; un "
     "tiers souhaitait en développer, [lit] 33~% ; et presque la moitié ne le souhaitait pas : [lit] 46~%."),
    ("T. K.", "Vous arrondissez beaucoup."),
    ("L. M.",
     "À l'oral, oui. Sur le papier, jamais : dans une note, on écrit « 21~% », pas « une sur cinq ». "
     "C'est la première règle que j'apprends aux stagiaires."),
    ("T. K.", "La deuxième règle ?"),
    ("L. M.",
     "Toujours dire de quand date un chiffre. Et de qui il parle. Ça paraît bête, mais c'est là que tout "
     "se joue."),
    ("T. K.", "Cinq ans après ARPEA Entreprises & Territoires, il y a eu une note sur les modèles de "
     "co-construction."),
    ("L. M.",
     "Oui, la note du vingt-neuf février deux mille seize. Près de quatre entreprises sur dix, parmi "
     "celles d'au moins dix salariés, sont engagées dans des partenariats : [lit] 37~%. Côté associations, "
     "[lit] 38~% ; chez les associations employeuses, 53~% ; et les pionniers, eux, 65~%."),
    ("T. K.", "Qui veille à tous ces chiffres, côté scientifique ?"),
    ("L. M.",
     "Anne Robin, la fondatrice de COMISIS, assure la direction scientifique de l'Observatoire, "
     "bénévolement. Moi, je relis les chiffres un par un et je vérifie toujours toutes leurs sources."),
    ("T. K.", "Passons à PHARE."),
    ("L. M.",
     "PHARE, c'est le deuxième programme, de deux mille treize à deux mille dix-huit — certains "
     "documents écrivent deux mille dix-sept. Six volets. Le premier, PHARE-Citoyens, sort en septembre "
     "deux mille quinze : un peu plus de deux mille personnes interrogées. Et là, à peu près les deux "
     "tiers des Français disent que s'allier est un devoir. [lit] 69~%."),
    ("T. K.", "Seulement ? On entend souvent plus."),
    ("L. M.",
     "Vous pensez au plaidoyer pour le droit de l'alliance : quatre Français sur cinq, [lit] 81~%. Mais ce "
     "chiffre-là n'a pas de date. On ne sait pas quand il a été mesuré, donc je ne dirais pas que « ça a "
     "monté ». Je retire le mot, même. [rires]"),
    ("T. K.", "PHARE-Citoyens, c'était aussi des notes sur dix ?"),
    ("L. M.",
     "Oui, chaque enjeu noté de zéro à dix. L'emploi arrive en tête : sept virgule un. Puis le pouvoir "
     "d'achat et la sécurité, six virgule six tous les deux ; le développement économique, six virgule "
     "cinq ; l'environnement et l'exclusion, six virgule trois. Enfin, la sécurité… une autre publication "
     "de la même enquête lui donne sept. Je vous laisse choisir. [rires]"),
    ("T. K.", "Et les impacts attendus ?"),
    ("L. M.",
     "Près d'un Français sur deux attend un impact fort sur l'emploi. [lit] Emploi, 49~% ; développement "
     "économique, 46~% ; environnement, 42~% ; précarité et éducation, 36~% chacune."),
    ("T. K.", "Les associations, maintenant."),
    ("L. M.",
     "Deux sources, qu'il ne faut pas mélanger. D'abord l'enquête Associations & Partenariats, de "
     "Recherches & Solidarités avec Le RAMEAU, menée en mai-juin deux mille seize et publiée en mars deux "
     "mille dix-sept. Près de mille quatre cents responsables associatifs ont répondu… [lit] plus de "
     "1~380. Deux virgule cinq partenaires en moyenne par association. Les collectivités en tête, citées "
     "par les trois quarts des associations — [lit] 74~% —, puis les autres associations et fondations, "
     "72~%."),
    ("L. M.",
     "Les entreprises, elles, ne sont citées que par une association sur quatre, à peu près : [lit] 28~%. "
     "Et la taille compte beaucoup : au-dessus de cent cinquante mille euros de budget, c'est la moitié ; "
     "en dessous de dix mille euros, une sur cinq. [lit] 50~% contre 20~%."),
    ("T. K.", "Et l'autre source ?"),
    ("L. M.",
     "L'étude IMPACT – Associations & Territoires. Elle ne porte que sur les associations employeuses. Il "
     "y en a près de cent cinquante mille en France… [lit] 148~000. Quasiment toutes ont des "
     "partenariats : [lit] 98~%. Neuf sur dix travaillent avec une collectivité, [lit] 89~%. Et elles "
     "s'allient d'abord près de chez elles : [lit] 73~% à l'échelle locale, contre 47~% à l'échelle "
     "régionale."),
    ("T. K.", "Cette étude-là, elle date de quand ?"),
    ("L. M.",
     "On ne la date pas. Je préfère le dire franchement plutôt que d'inventer une année."),
    ("T. K.", "Et les fondations ?"),
    ("L. M.",
     "Une quarantaine de fondations interrogées pour l'étude IMPACT Fondations & Territoires, publiée un "
     "vingt-trois septembre. Quarante-deux, exactement. Sans l'année, là encore."),
    ("L. M.",
     "Et puis il y a le Fonds ODD 17, co-créé en deux mille vingt avec la Fondation TotalEnergies : un "
     "million et demi d'euros, sur trois ans, pour trois cent cinquante catalyseurs territoriaux. Faites "
     "le calcul : un peu plus de quatre mille euros par catalyseur, sur toute la durée."),
    ("T. K.", "Et la Fondation des Territoires ?"),
    ("L. M.",
     "Créée le quatorze juin deux mille vingt-deux, sous l'égide de la Fondation de Lille, par une "
     "vingtaine de co-fondateurs… vingt et un, je crois. Oui, c'est ça. Avec trois missions."),
    ("T. K.", "Parlons des maires."),
    ("L. M.",
     "Alors… en deux mille seize, PHARE-Institutions, publié le vingt-neuf novembre : quatre-vingt-sept "
     "pour cent des maires partagent le constat d'un devoir d'alliance. Et cinq profils de maires. La même "
     "année, treize rapports régionaux ; le onzième, sur la Normandie, sort un vingt-six novembre."),
    ("L. M.",
     "En novembre deux mille vingt, l'étude IMPACT-Elus locaux : soixante-quatre pour cent des élus "
     "locaux veulent s'appuyer sur le « jouer collectif ». À peu près deux sur trois."),
    ("L. M.",
     "Et le programme IMPACT, de deux mille dix-huit à deux mille vingt-deux : soixante-seize pour cent "
     "des maires jugent leur territoire engagé… mais quarante-six pour cent ne savent pas comment piloter "
     "les alliances. Presque un sur deux."),
    ("T. K.", "Le même programme a aussi posé la question de l'innovation ?"),
    ("L. M.",
     "Oui : les partenariats sont-ils une source d'innovation ? Trois Français sur quatre le pensent, "
     "[lit] 74~% ; une autre présentation dit 69~% des citoyens. Chez les dirigeants d'entreprise, 81~% ; "
     "chez les responsables associatifs, 86~%. Les maires sont encore plus nombreux à le dire."),
    ("T. K.", "Et la dernière enquête ?"),
    ("L. M.",
     "IMPACTS & TRAJECTOIRES, en deux mille vingt-quatre. Près de trois cents maires interrogés par "
     "téléphone… [lit] 302, du 30 septembre au 28 octobre 2024. Neuf maires sur dix voient leur territoire "
     "en mouvement : [lit] 91~%. Un bon tiers fortement, [lit] 35~%, et 56~% ni plus ni moins. Et [lit] "
     "84~% des répondants sont dans des communes de moins de 2~000 habitants."),
    ("T. K.", "Un dernier chiffre ?"),
    ("L. M.",
     "Quatre-vingt-douze pour cent des maires disent avoir besoin d'alliance. Sans date, encore. Et puis… "
     "onze territoires pionniers pour le parcours du CGET, lancé un trois mai — ou dix, selon les "
     "sources. [rires] Même les petits chiffres bougent."),
    ("T. K.", "Et le droit de l'alliance ?"),
    ("L. M.",
     "Une proposition de loi, et une feuille de route ministérielle de vingt et une mesures. Avant cela, "
     "la mission confiée par Gabriel Attal, dont le rapport a été remis le sept mai deux mille vingt ; le "
     "bilan, c'était le dix-sept octobre deux mille vingt."),
    ("T. K.", "Et avant la mission ?"),
    ("L. M.",
     "Avant, il y a eu le rapport quinquennal de l'Observatoire, le onze décembre deux mille douze, puis "
     "l'état des lieux des partenariats entre associations et entreprises demandé par la ministre "
     "Valérie Fourneyron, publié début deux mille quatorze."),
    ("T. K.", "Pour finir : l'ODD 17 ?"),
    ("L. M.",
     "Dix-neuf cibles, selon la note du Comité 21 parue un cinq juillet. Et une plateforme, "
     "www.odd17.org : méthodes, exemples, données, outils, compétences. C'est ce que veut dire M.E.D.O.C."),
    ("L. M.",
     "Si je peux ajouter une chose : pour la sortie de crise, plus de deux cent cinquante données ont "
     "été inventoriées, pour aider chacun à co-construire. Sans date, là encore."),
    ("T. K.", "Et la Charte du faire alliance ?"),
    ("L. M.",
     "Une co-construction pilotée par la Fondation des Territoires, puis un lancement le trente "
     "novembre deux mille vingt et un, pour le Giving Tuesday, à Saint-Maurice. Un site officiel a écrit "
     "« mardi trente septembre » ; les deux dates circulent."),
    ("T. K.", "Et sur le terrain, où tout cela a-t-il commencé ?"),
    ("L. M.",
     "Avec la démarche « Agir ensemble en Territoire », initiée en deux mille dix après l'étude ARPEA "
     "sur les collectivités locales. Trois territoires pilotes : l'Alsace, le Poitou-Charentes et "
     "Paris-Est Marne & Bois."),
    ("T. K.", "Trois conseils pour finir, à qui veut citer ces chiffres ?"),
    ("L. M.",
     "Un : donner la date, ou dire qu'il n'y en a pas. Deux : donner la population ; des Français, des "
     "maires ou des associations employeuses, ce n'est pas la même chose. Trois : ne pas arrondir à "
     "l'écrit. Et un quatrième, gratuit : quand deux sources se contredisent, citer les deux, avec leurs "
     "dates."),
    ("T. K.", "Merci, Lucie Morvan."),
    ("L. M.", "Merci à vous. [Fin de l'enregistrement]"),
]


def stamped():
    """Timecodes from the word count: 2,6 words a second, plus 2 seconds between turns."""
    t, out = 4, []
    for who, s in TURNS:
        out.append(('%02d:%02d:%02d' % (t // 3600, t // 60 % 60, t % 60), who, s))
        t += int(len(s.split()) / 2.6) + 2
    return out


def duration_minutes():
    last = stamped()[-1][0]
    return int(last[3:5]) + (1 if int(last[6:8]) >= 30 else 0)


def aa03():
    """Verbatim of a long interview: figures said in spoken language (« à peu près les deux tiers »,
    « une entreprise sur cinq », « près de trois cents ») mixed with precise figures read from notes."""
    name = 'obs-aa-03-verbatim-entretien-chiffres.pdf'
    L, R = 62, 533
    W = R - L
    BOT = 64

    def start(d):
        c = d.c
        text(c, L, 812, "Verbatim · Entretien avec Lucie Morvan, chargée d'études", 'sans', 8, GREY)
        text(c, L, 812, "transcription intégrale", 'sans', 8, GREY, 'right', W)
        rule(c, L, 804, R, PLUM, 0.8)

    def end(d):
        rule(d.c, L, 50, R, GREY, 0.4)
        text(d.c, L, 36, "Verbatim — p. %d/5" % d.page, 'sans', 8, GREY, 'center', W)

    d = Doc(name, A4, start, end, "Verbatim - entretien sur les chiffres de l'alliance")
    c = d.c
    text(c, L, 772, "VERBATIM", 'sans', 9, PLUM)
    y = para(c, L, 762, W, "<b>« À l'oral, on arrondit ; sur le papier, jamais »</b>", 'serif', 20, 25,
             PLUM)
    y = para(c, L, y - 4, W, "Entretien avec Lucie Morvan, chargée d'études, sur les chiffres de "
             "l'Observatoire des partenariats", 'sans', 10.5, 14, GREY)
    y -= 10
    bh = 72
    box(c, L, y - bh, W, bh, fill=PALE)
    box(c, L, y - bh, 3, bh, fill=PLUM)
    para(c, L + 12, y - 10, W - 22,
         "Entretien réalisé à Paris le 14 mars 2025 par Thomas Kerjean (T. K.) avec Lucie Morvan (L. M.). "
         "Durée de l'enregistrement : %d minutes. Transcription intégrale : les hésitations et les reprises "
         "sont conservées. [lit] signale un passage que l'interviewée lit sur ses fiches ; les nombres lus "
         "sont transcrits en chiffres, les nombres dits de mémoire en lettres." % duration_minutes(),
         'sans', 8.8, 12.4)
    y -= bh + 14
    frames = [(L, y, W, BOT, False)] + [(L, 790, W, BOT, True)] * 4
    f = Flow(d, frames)
    for stamp, who, s in stamped():
        turn(f, stamp, who, s, size=10.8, leading=15.6, after=5.5)
    d.save()
    return name


# =========================================================================== AA-04
def aa04():
    """Comparative table of regions: territories in rows, indicators in columns with their unit in
    the header, notes under the table."""
    name = 'obs-aa-04-tableau-comparatif-regions.pdf'
    PW, PH = landscape(A4)
    L, R = 40, PW - 40
    W = R - L
    BOT = 52

    def start(d):
        c = d.c
        text(c, L, PH - 28, "Observatoire des partenariats · Les territoires de l'alliance", 'sans', 8, GREY)
        text(c, L, PH - 28, "tableau comparatif, juin 2025", 'sans', 8, GREY, 'right', W)
        rule(c, L, PH - 35, R, TEAL, 0.8)

    def end(d):
        rule(d.c, L, 40, R, GREY, 0.4)
        text(d.c, L, 28, "Tableau comparatif — %d/2" % d.page, 'sans', 8, GREY, 'right', W)

    d = Doc(name, landscape(A4), start, end, "Les territoires de l'alliance - tableau comparatif")
    c = d.c
    NOTE = dict(fam='serif', size=8.4, leading=11.2, color=GREY)

    # ---------------------------------------------------------------- page 1
    y = PH - 50
    y = para(c, L, y, W, "<b>Les territoires de l'alliance : ce que les sources publient, région par "
             "région</b>", 'serif', 17, 21, TEAL)
    y = para(c, L, y - 2, W,
             "Le tableau 1 compare six régions et la France entière sur sept indicateurs ; l'en-tête de "
             "chaque colonne donne son unité. Les sources publient peu de chiffres à l'échelle régionale : "
             "la plupart des cases régionales sont « n.p. », et la dernière ligne donne la référence "
             "nationale.", 'serif', 10, 13.5)
    y -= 6
    text(c, L, y - 9, "<b>Tableau 1 – Les régions et les démarches de l'alliance</b>", 'sans', 9, TEAL)
    y -= 14
    y = grid(c, L, y, [168, 86, 86, 86, 112, 86, 86, 72], [
        ["Territoire", "Entrée comme territoire pilote (année)<sup>a</sup>",
         "Rapport régional PHARE (rang de parution)<sup>b</sup>",
         "Exemples inspirants présentés (nombre)<sup>c</sup>", "Étape de l'alliance accueillie (date)<sup>d</sup>",
         "Territoires pionniers du parcours CGET (nombre)<sup>e</sup>",
         "Catalyseurs territoriaux visés (nombre)<sup>f</sup>", "Maires interrogés en 2024 (nombre)"],
        ["Grand Est (Alsace)", "2010", "n.p.", "n.p.", "–", "n.p.", "n.p.", "n.p."],
        ["Nouvelle-Aquitaine (Poitou-Charentes)", "2010", "n.p.", "n.p.", "–", "n.p.", "n.p.", "n.p."],
        ["Île-de-France (Paris-Est Marne & Bois)", "2010", "n.p.", "n.p.", "30/11/2021", "n.p.", "n.p.",
         "n.p."],
        ["Normandie", "–", "11e", "n.p.", "26 novembre", "n.p.", "n.p.", "n.p."],
        ["Occitanie", "–", "n.p.", "3", "–", "n.p.", "n.p.", "n.p."],
        ["Hauts-de-France", "–", "n.p.", "n.p.", "14/06/2022", "n.p.", "n.p.", "n.p."],
        ('bold', ["France entière", "–", "13", "plus de 1~000", "–", "11", "350", "302"]),
    ], size=8.6, bold_fill=PALE)
    y -= 6
    for n in [
        "Unités : l'en-tête de chaque colonne donne la sienne. n.p. : non publié à l'échelle régionale. "
        "– : sans objet. Les régions sont désignées par leur nom actuel, l'ancienne région ou le "
        "territoire entre parenthèses.",
        "a. Démarche « Agir ensemble en Territoire », initiée en 2010 ; les territoires pilotes sont ceux "
        "des trois premières lignes.",
        "b. Pour les régions, rang de parution du rapport régional ; la Normandie est le sujet du onzième, "
        "publié le 26 novembre. Pour la France entière, nombre de rapports régionaux parus en 2016.",
        "c. Occitanie : voyage d'étude du RAMEAU, 3 exemples inspirants. France entière : Le RAMEAU en "
        "recense plus de 1~000, sans date.",
        "d. Île-de-France : lancement de la Charte du faire alliance à Saint-Maurice, le jour du Giving "
        "Tuesday ; une autre source indique « mardi 30 septembre ». Hauts-de-France : création de la "
        "Fondation des Territoires, sous l'égide de la Fondation de Lille.",
        "e. Parcours d'expérience du CGET et du RAMEAU, sans date ; une autre source parle de "
        "10 territoires pilotes.",
        "f. Catalyseurs territoriaux visés par le Fonds ODD 17, co-créé en 2020.",
        "Lecture : en France, 302 maires ont été interrogés en 2024 ; aucune source ne publie ce nombre "
        "par région."]:
        y = para(c, L, y, W, n, **NOTE) - 2
    need(y, BOT, 'aa04 p1')
    # ---------------------------------------------------------------- page 2
    d.new_page()
    y = PH - 50
    text(c, L, y - 9, "<b>Tableau 2 – Les associations employeuses et les maires : référence nationale, "
         "faute de chiffres régionaux</b>", 'sans', 9, TEAL)
    y -= 14
    y = grid(c, L, y, [168, 92, 92, 122, 92, 92, 124], [
        ["Territoire", "Associations employeuses (nombre)", "Ayant des partenariats (en~%)",
         "Avec une collectivité territoriale parmi leurs partenaires (en~%)",
         "Partenaires à l'échelle locale (en~%)", "Partenaires à l'échelle régionale (en~%)",
         "Maires jugeant leur territoire en mouvement (en~%)"],
        ["Grand Est", "n.p.", "n.p.", "n.p.", "n.p.", "n.p.", "n.p."],
        ["Nouvelle-Aquitaine", "n.p.", "n.p.", "n.p.", "n.p.", "n.p.", "n.p."],
        ["Île-de-France", "n.p.", "n.p.", "n.p.", "n.p.", "n.p.", "n.p."],
        ["Normandie", "n.p.", "n.p.", "n.p.", "n.p.", "n.p.", "n.p."],
        ["Occitanie", "n.p.", "n.p.", "n.p.", "n.p.", "n.p.", "n.p."],
        ["Hauts-de-France", "n.p.", "n.p.", "n.p.", "n.p.", "n.p.", "n.p."],
        ('bold', ["France entière", "148~000", "98", "89", "73", "47", "91"]),
    ], size=8.6, bold_fill=PALE)
    y -= 6
    for n in [
        "Colonnes 2 à 6 : étude IMPACT – Associations & Territoires, non datée ; les parts sont calculées "
        "sur les associations employeuses. Colonne 7 : IMPACTS & TRAJECTOIRES – Elus locaux, 302 maires "
        "interrogés par téléphone du 30 septembre au 28 octobre 2024.",
        "Lecture : en France, 73~% des associations employeuses ont des partenaires à l'échelle locale ; "
        "la source ne publie pas cette part région par région."]:
        y = para(c, L, y, W, n, **NOTE) - 2
    y -= 10
    text(c, L, y - 9, "<b>Tableau 3 – Les communes des maires interrogés en 2024</b>", 'sans', 9, TEAL)
    y -= 14
    y = grid(c, L, y, [300, 180, 180], [
        ["Territoire", "Part des maires répondants", "Maires répondants (nombre)"],
        ["Communes de moins de 2~000 habitants", "84~%", "environ 254"],
        ["Communes de 2~000 habitants et plus", "16~%", "environ 48"],
        ('bold', ["Ensemble des communes des répondants", "100~%", "302"]),
    ], size=8.6, bold_fill=PALE)
    y -= 6
    for n in [
        "Source : IMPACTS & TRAJECTOIRES – Elus locaux, publiée en novembre 2024 (part des communes de "
        "moins de 2~000 habitants). La part des communes de 2~000 habitants et plus est obtenue par "
        "différence ; les effectifs sont calculés par la rédaction (84~% et 16~% de 302) et arrondis à "
        "l'unité."]:
        y = para(c, L, y, W, n, **NOTE) - 2
    y -= 10
    y = para(c, L, y, W, "<b>Ce que ces tableaux permettent de comparer</b>", 'sans', 10, 13, TEAL)
    y = para(c, L, y - 2, W,
             "Aucun indicateur chiffré n'est publié région par région : les régions ne se comparent entre "
             "elles que par les démarches qu'elles ont accueillies (tableau 1). Les chiffres nationaux de "
             "la dernière ligne ne se répartissent pas entre les régions, et leurs dates diffèrent d'une "
             "colonne à l'autre : 2010, 2016, 2020, 2024, ou pas de date du tout.", 'serif', 10, 13.5)
    need(y, BOT, 'aa04 p2')
    d.save()
    return name


# =========================================================================== AA-05
def aa05():
    """A methodology and fiche technique page dense in numbers (sample, fieldwork dates, margins of
    error, quotas), followed by a results page."""
    name = 'obs-aa-05-methodologie-et-resultats-maires-2024.pdf'
    L, R = 56, 539
    W = R - L
    BOT = 58

    def start(d):
        c = d.c
        text(c, L, 812, "IMPACTS & TRAJECTOIRES – Elus locaux · enquête de 2024", 'sans', 8, GREY)
        text(c, L, 812, "fiche de l'Observatoire, janvier 2025", 'sans', 8, GREY, 'right', W)
        rule(c, L, 804, R, NAVY, 0.8)

    def end(d):
        rule(d.c, L, 46, R, GREY, 0.4)
        text(d.c, L, 33, "Méthodologie et résultats · %d/2" % d.page, 'sans', 8, GREY, 'center', W)

    d = Doc(name, A4, start, end, "Enquête auprès des maires 2024 - méthodologie et résultats")
    c = d.c
    NOTE = dict(fam='serif', size=8.2, leading=10.8, color=GREY)

    def cap(y, s):
        text(c, L, y - 9, "<b>%s</b>" % s, 'sans', 8.8, NAVY)
        return y - 14

    # ---------------------------------------------------------------- page 1
    y = 790
    y = para(c, L, y, W, "<b>Méthodologie et fiche technique</b>", 'serif', 18, 22, NAVY)
    y = para(c, L, y - 2, W,
             "L'enquête IMPACTS & TRAJECTOIRES – Elus locaux a été conduite par téléphone du 30 septembre "
             "au 28 octobre 2024, soit 29 jours de terrain, auprès de 302 maires ; ses résultats ont été "
             "publiés en novembre 2024. Parmi les répondants, 84~% exercent dans une commune de moins de "
             "2~000 habitants, soit environ 254 maires ; les 16~% restants, environ 48 maires, exercent "
             "dans une commune de 2~000 habitants ou plus. Pour un résultat de 50~%, la marge d'erreur "
             "est au plus de ±~5,6 points sur l'ensemble des répondants, de ±~6,1 points sur les communes "
             "de moins de 2~000 habitants et de ±~14,1 points sur les autres. La durée du terrain, la "
             "part de 16~%, les effectifs et les marges sont calculés par la rédaction.", 'serif', 9.8,
             13.4)
    y = cap(y - 8, "Tableau 1 – Fiche technique")
    y = grid(c, L, y, [170, W - 170], [
        ["Rubrique", "Contenu"],
        ["Enquête", "IMPACTS & TRAJECTOIRES – Elus locaux"],
        ["Population interrogée", "maires"],
        ["Échantillon", "302 maires répondants"],
        ["Mode de recueil", "entretiens par téléphone"],
        ["Dates de terrain", "du 30/09/2024 au 28/10/2024"],
        ["Durée du terrain", "29 jours, du premier au dernier jour inclus"],
        ["Publication des résultats", "novembre 2024"],
        ["Quotas et redressement", "non publiés (voir le tableau 2)"],
        ["Marge d'erreur maximale", "±~5,6 points, au niveau de confiance de 95~%"],
    ], size=8.6, aligns=['left', 'left'])
    y = cap(y - 8, "Tableau 2 – Quotas et structure de l'échantillon")
    y = grid(c, L, y, [110, 190, 93, 90], [
        ["Variable", "Modalité", "Structure observée (en~%)", "Quota fixé"],
        ["Taille de commune", "moins de 2~000 habitants", "84", "n.p."],
        ["Taille de commune", "2~000 habitants et plus (par différence)", "16", "n.p."],
        ["Région", "toutes", "n.p.", "n.p."],
        ["Âge du maire", "toutes tranches", "n.p.", "n.p."],
        ["Sexe du maire", "femmes, hommes", "n.p.", "n.p."],
        ["Redressement", "–", "–", "n.p."],
    ], size=8.6, aligns=['left', 'left', 'right', 'right'])
    y = cap(y - 8, "Tableau 3 – Marge d'erreur selon le résultat et l'effectif (en points, calcul de la "
                   "rédaction)")
    y = grid(c, L, y, [155, 108, 110, 110], [
        ["Résultat observé", "Ensemble (302 maires)", "Moins de 2~000 hab. (environ 254)",
         "2~000 hab. et plus (environ 48)"],
        ["10~% ou 90~%", "±~3,4", "±~3,7", "±~8,5"],
        ["20~% ou 80~%", "±~4,5", "±~4,9", "±~11,3"],
        ["40~% ou 60~%", "±~5,5", "±~6,0", "±~13,9"],
        ["50~%", "±~5,6", "±~6,1", "±~14,1"],
    ], size=8.6)
    y -= 5
    for n in [
        "Formule : marge = 1,96 × √(p × (1 − p) / n), où p est le résultat observé et n l'effectif, au "
        "niveau de confiance de 95~%, pour un échantillon aléatoire simple. La source ne précise ni la "
        "méthode d'échantillonnage ni les quotas : ces marges sont des ordres de grandeur.",
        "Effectifs par taille de commune : 84~% et 16~% de 302, arrondis à l'unité."]:
        y = para(c, L, y, W, n, **NOTE) - 2
    need(y, BOT, 'aa05 p1')
    # ---------------------------------------------------------------- page 2
    d.new_page()
    y = 790
    y = para(c, L, y, W, "<b>Résultats</b>", 'serif', 18, 22, NAVY)
    y = para(c, L, y - 2, W,
             "Question posée aux 302 maires (intitulé résumé) : « Votre territoire est-il en mouvement ? »",
             'serif', 10, 13.6)
    y = cap(y - 6, "Tableau 4 – Réponses, marges d'erreur et intervalles de confiance")
    y = grid(c, L, y, [173, 80, 110, 120], [
        ["Réponse", "Maires (en~%)", "Marge d'erreur (en points)", "Intervalle de confiance à 95~% "
         "(en~%)"],
        ["Oui, fortement", "35", "±~5,4", "de 29,6 à 40,4"],
        ["Oui, ni plus ni moins", "56", "±~5,6", "de 50,4 à 61,6"],
        ('bold', ["Total « oui »", "91", "±~3,2", "de 87,8 à 94,2"]),
        ["Autres réponses (par différence)", "9", "–", "–"],
    ], size=8.6, bold_fill=PALE)
    y = para(c, L, y - 6, W,
             "Lecture : 91~% des maires jugent leur territoire en mouvement ; compte tenu de la marge "
             "d'erreur, la part de l'ensemble des maires se situe vraisemblablement entre 87,8~% et "
             "94,2~%. Les maires qui le jugent « fortement » en mouvement sont 35~% ; ceux qui le jugent "
             "« ni plus ni moins » en mouvement, 56~%, soit 21 points de plus (calcul de la rédaction), un écart nettement "
             "supérieur à la marge d'erreur de chacun des deux résultats.", 'serif', 9.8, 13.4)
    y = cap(y - 6, "Tableau 5 – Résultats par taille de commune")
    y = grid(c, L, y, [173, 100, 100, 110], [
        ["Taille de commune", "Part des répondants (en~%)", "Total « oui » (en~%)",
         "Marge pour un résultat de 50~% (en points)"],
        ["Moins de 2~000 habitants", "84", "n.p.", "±~6,1"],
        ["2~000 habitants et plus", "16", "n.p.", "±~14,1"],
        ('bold', ["Ensemble", "100", "91", "voir la page 1"]),
    ], size=8.6, bold_fill=PALE)
    y = para(c, L, y - 5, W,
             "La source ne publie pas les réponses par taille de commune ; la dernière colonne indique la "
             "précision qu'auraient ces résultats.", **NOTE)
    y = cap(y - 8, "Tableau 6 – Repères d'autres enquêtes auprès des élus (questions et méthodes différentes)")
    y = grid(c, L, y, [190, 130, 88, 75], [
        ["Résultat", "Enquête", "Date", "Part (en~%)"],
        ["Maires partageant le constat d'un devoir d'alliance", "PHARE-Institutions", "29/11/2016", "87"],
        ["Élus locaux voulant s'appuyer sur le « jouer collectif »", "IMPACT-Elus locaux", "nov. 2020",
         "64"],
        ["Maires jugeant leur territoire engagé", "programme IMPACT", "2018-2022", "76"],
        ["Maires ne sachant pas comment piloter les alliances", "programme IMPACT", "2018-2022", "46"],
        ["Maires ressentant un « besoin d'alliance »", "plaidoyer", "sans date", "92"],
    ], size=8.6, aligns=['left', 'left', 'left', 'right'])
    y -= 5
    for n in [
        "Les marges et intervalles sont calculés par la rédaction (formule en page 1). Les échantillons des "
        "enquêtes du tableau 6 ne sont pas publiés : aucune marge d'erreur ne peut leur être associée, et "
        "leurs résultats ne se comparent pas à ceux de l'enquête de 2024."]:
        y = para(c, L, y, W, n, **NOTE) - 2
    need(y, BOT, 'aa05 p2')
    d.save()
    return name


DOCS = [aa01, aa02, aa03, aa04, aa05]

if __name__ == '__main__':
    for fn in DOCS:
        print(fn())
