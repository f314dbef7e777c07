#!/usr/bin/env python
"""Deterministic generator of the 5 PDFs of figure-finder gold set W.

Run: /work/main/.venv/bin/python make_docs.py

reportlab with rl_config.invariant = 1 and invariant=1 on every canvas. DejaVu fonts are
registered through NbspTTFont (reportlab 5.1.0's TTFont.splitString without the line that maps
U+00A0 to a space), so U+00A0 and U+202F reach the text layer.

Source strings: `~` is U+00A0, `^` is U+202F, « … » get U+00A0 inside, and a space before ; : ? !
becomes U+00A0 (French typography). Inline markup:
<b>, <i>, <sup>. Text is wrapped greedily at ordinary spaces, left-aligned, never hyphenated.
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


# =========================================================================== W-01
def w01():
    name = 'obs-w-01-note-analyse-n8-associations-employeuses.pdf'
    L, R = 72, 533
    W = R - L
    FS, FL = 8, 10.5
    NOTES = {
        1: ["1. Source : étude IMPACT – Associations & Territoires, menée dans le cadre du programme "
            "IMPACT. Sauf mention contraire, les pourcentages de cette note en sont issus.",
            "2. Note de l'Observatoire du 29 février 2016 sur les modèles de co-construction. La même "
            "note situait à 37~% la part des entreprises d'au moins 10~salariés engagées dans des "
            "partenariats."],
        2: ["3. Base : associations employeuses. Sur un champ plus large, toutes associations "
            "confondues, l'enquête Associations & Partenariats de 2016 plaçait les collectivités "
            "à 74~% (voir page 3)."],
        3: ["4. Certaines présentations de l'enquête la datent de 2017, année de sa publication."],
        4: ["5. Programme ARPEA (2008-2012), premier programme quinquennal de l'Observatoire.",
            "6. Une autre présentation des mêmes résultats parle de 69~% des citoyens."],
    }

    def notes_h(p):
        return sum(para_height(W, n, 'serif', FS, FL) + 3 for n in NOTES.get(p, []))

    def ybot(p):
        return 58 + notes_h(p) + 22

    def start(d):
        c = d.c
        text(c, L, 812, "Les Notes de l'Observatoire des partenariats", 'sans', 8, GREY)
        text(c, L, 812, "N° 8 · juin 2022", 'sans', 8, GREY, 'right', W)
        rule(c, L, 804, R, GREY, 0.5)

    def end(d):
        c = d.c
        ns = NOTES.get(d.page, [])
        if ns:
            y = 58 + notes_h(d.page)
            rule(c, L, y + 8, L + 110, GREY, 0.5)
            for n in ns:
                y = para(c, L, y, W, n, 'serif', FS, FL, GREY) - 3
        text(c, L, 34, "— %d —" % d.page, 'serif', 9, GREY, 'center', W)

    d = Doc(name, A4, start, end, "Note d'analyse n° 8 - Associations employeuses")
    c = d.c
    box(c, 0, 647, 595, 145, fill=NAVY)
    text(c, L, 766, "NOTE D'ANALYSE · ASSOCIATIONS", 'sans', 8.5, HexColor('#9fd3da'))
    para(c, L, 750, W, "<b>Associations employeuses : le partenariat est devenu la règle</b>",
         'serif', 24, 30, white)
    text(c, L, 672, "Note n°~8 · Observatoire des partenariats", 'sans', 9, HexColor('#9fd3da'))
    y = para(c, L, 633, W,
             "<i>L'étude IMPACT – Associations & Territoires décrit les alliances des associations "
             "employeuses : avec qui elles les nouent, à quelle échelle et sous quelle forme. Cette "
             "note en présente les résultats et les met en regard de deux travaux plus anciens de "
             "l'Observatoire.</i>", 'serif', 11.5, 16.5, GREY)
    bh = 112
    y -= 10
    box(c, L, y - bh, W, bh, fill=LIGHT)
    text(c, L + 10, y - 18, "<b>Les sources de cette note</b>", 'sans', 9.5, NAVY)
    para(c, L + 10, y - 26, W - 20,
         "L'étude IMPACT – Associations & Territoires, sur les associations employeuses ; l'enquête "
         "Associations & Partenariats de Recherches & Solidarités et du RAMEAU, sur l'ensemble des "
         "associations ; la note de l'Observatoire sur les modèles de co-construction, parue le "
         "29 février 2016. La note reprend les résultats de l'étude IMPACT sans les dater : elle ne "
         "reproduit pas le calendrier de l'étude.", 'sans', 9, 13)
    y -= bh + 6
    f = Flow(d, [(L, y, W, ybot(1), False), (L, 782, W, ybot(2), True)])
    H = dict(fam='sans', size=11.5, leading=15, color=NAVY, before=10, after=4, keep=40)
    P = dict(fam='serif', size=10.5, leading=15.5, after=7)
    f.add("<b>1. Une pratique presque générale</b>", **H)
    f.add("La France compte 148~000 associations employeuses<sup>1</sup>. Presque toutes ont des "
          "partenaires : 98~% d'entre elles en déclarent au moins un.", **P)
    f.add("Par associations employeuses, on entend celles qui emploient des salariés. C'est sur "
          "elles que porte l'étude : sur leurs partenaires, sur l'échelle à laquelle elles nouent "
          "leurs alliances et sur la forme que prennent celles-ci, du mécénat à la coopération "
          "économique.", **P)
    f.add("Le mouvement n'est pas nouveau. Une note antérieure de l'Observatoire<sup>2</sup> comptait "
          "déjà 53~% d'associations employeuses engagées dans des partenariats, contre 38~% pour "
          "l'ensemble des associations. Les deux séries ne sont pas directement comparables, car "
          "leurs sources diffèrent.", **P)
    f.add("<b>2. Avec qui ? Les collectivités d'abord</b>", **H)
    f.add("Les collectivités territoriales arrivent en tête des partenaires cités, devant les "
          "structures d'intérêt général et les établissements scolaires (tableau~1). Ces trois "
          "catégories forment le premier cercle des alliances associatives, loin devant les "
          "partenaires nationaux ou professionnels. Pour les collectifs d'associations et les "
          "acteurs publics nationaux, les parts restent élevées, avec respectivement 56~% et 52~% ; "
          "elles tombent à 37~% pour les fédérations professionnelles et à 35~% pour les acteurs "
          "académiques.", **P)
    y = f.y - 10
    text(c, L, y, "<b>Tableau 1 – Les partenaires des associations employeuses</b>", 'sans', 9.5, NAVY)
    y = table(c, L, y - 8, [290, W - 290], [
        ["Type de partenaire", "Part des associations employeuses (en~%)<sup>3</sup>"],
        ["Collectivités territoriales", "89"],
        ["Structures d'intérêt général", "73"],
        ["Établissements scolaires", "70"],
        ["Collectifs d'associations", "56"],
        ["Acteurs publics nationaux", "52"],
        ["Fédérations professionnelles", "37"],
        ["Acteurs académiques", "35"],
    ], 'serif', 9.5, 13, ['left', 'right'], head_fill=LIGHT, head_color=NAVY, line_color=GREY, pad=5)
    y = para(c, L, y - 6, W, "Source : étude IMPACT – Associations & Territoires.", 'serif', 8.5, 11, GREY)
    y = para(c, L, y - 1, W, "Lecture : 89~% des associations employeuses comptent une collectivité "
             "territoriale parmi leurs partenaires.", 'serif', 8.5, 11, GREY)
    f = Flow(d, [(L, y - 10, W, ybot(2), False)])
    f.add("Les établissements scolaires, cités par 70~% des associations employeuses, complètent ce "
          "premier cercle. Les acteurs académiques restent, à l'inverse, les partenaires les moins "
          "fréquents.", **P)
    y = f.y - 6
    bh = 86
    box(c, L, y - bh, W, bh, stroke=TEAL, width=0.8)
    text(c, L + 10, y - 17, "<b>Encadré – Comment lire le tableau 1 ?</b>", 'sans', 9.5, TEAL)
    para(c, L + 10, y - 25, W - 20,
         "Une association employeuse peut citer plusieurs types de partenaires : les parts ne "
         "s'additionnent donc pas, et leur somme dépasse 100~%. Chaque ligne se lit isolément, "
         "comme une part de l'ensemble des associations employeuses.", 'serif', 9.5, 13.5)
    f = Flow(d, [(L, y - bh - 8, W, ybot(2), False)])
    f.add("<b>3. Sous quelles formes ?</b>", **H)
    f.add("Le mécénat reste la forme de partenariat la plus répandue, mais l'innovation sociétale le "
          "talonne et les pratiques responsables suivent de près (graphique~1).", **P)
    d.new_page()
    y = 772
    text(c, L, y, "<b>Graphique 1 – Les formes de partenariat des associations employeuses (en~%)</b>",
         'sans', 9.5, NAVY)
    y = hbars(c, L, y - 26, 150, 260, [("Mécénat", 75, "75"), ("Innovation sociétale", 73, "73"),
                                        ("Pratiques responsables", 70, "70"),
                                        ("Coopération économique", 58, "58")], 80, 'sans', 9,
              gap=22, color=TEAL, ticks=['0', '20', '40', '60', '80'])
    y = para(c, L, y - 6, W, "Source : étude IMPACT – Associations & Territoires.", 'serif', 8.5, 11, GREY)
    f = Flow(d, [(L, y - 10, W, ybot(3), False)])
    f.add("La coopération économique, citée par 58~% des associations employeuses, reste la moins "
          "fréquente des quatre formes étudiées.", **P)
    f.add("<b>4. Un point de comparaison : Associations & Partenariats</b>", **H)
    f.add("L'enquête Associations & Partenariats, conduite par Recherches & Solidarités et Le RAMEAU, "
          "a interrogé plus de 1~380 responsables associatifs<sup>4</sup>. Son champ est plus large : "
          "toutes les associations, et non les seules employeuses.", **P)
    f.add("Les collectivités y arrivaient déjà en tête, avec 74~%, devant les autres associations et "
          "fondations (tableau~2). En moyenne, chaque association déclarait 2,5~partenaires.", **P)
    y = f.y - 8
    text(c, L, y, "<b>Tableau 2 – Les partenaires cités par les associations (en~%)</b>", 'sans', 9.5, NAVY)
    y = table(c, L, y - 8, [290, W - 290], [
        ["Partenaire", "Part des associations"],
        ["Collectivités", "74"],
        ["Associations et fondations", "72"],
        ["Enseignement", "47"],
        ["Entreprises", "28"],
        ["Structures d'insertion", "22"],
        ["Recherche", "9"],
    ], 'serif', 9.5, 13, ['left', 'right'], head_fill=LIGHT, head_color=NAVY, line_color=GREY)
    y = para(c, L, y - 6, W, "Source : Recherches & Solidarités et Le RAMEAU, Associations & "
             "Partenariats, mars 2017 ; enquête de mai-juin 2016.", 'serif', 8.5, 11, GREY)
    f = Flow(d, [(L, y - 12, W, ybot(3), False)])
    f.add("La taille de l'association pèse aussi. Dans la même enquête, la part des associations "
          "ayant un partenariat avec une entreprise allait de 20~% pour celles dont le budget est "
          "inférieur à 10~000~€ à 50~% pour celles dont le budget dépasse 150~000~€.", **P)
    d.new_page()
    f = Flow(d, [(L, 782, W, ybot(4), False)])
    f.add("<b>5. À quelle échelle ?</b>", **H)
    f.add("Le partenariat se noue d'abord près de chez soi : 73~% des associations employeuses ont "
          "des partenaires à l'échelle locale, et 47~% à l'échelle régionale.", **P)
    f.add("Le constat rejoint celui de l'Observatoire à ses débuts : près de 46~% des associations "
          "étaient alors engagées avec une entreprise<sup>5</sup>.", **P)
    f.add("<b>6. Les partenariats, source d'innovation</b>", **H)
    f.add("Le programme IMPACT a aussi interrogé les acteurs sur ce que leur apportent les "
          "partenariats. Pour 86~% des responsables associatifs, ils sont une source d'innovation ; "
          "c'est aussi l'avis de 81~% des dirigeants d'entreprise, de 87~% des maires et de 74~% des "
          "Français<sup>6</sup>.", **P)
    y = f.y - 14
    bh = 104
    box(c, L, y - bh, W, bh, fill=SAND)
    text(c, L + 12, y - 18, "<b>Ce qu'il faut retenir</b>", 'sans', 10, ORANGE)
    cols = [L + 12, L + 12 + W / 3.0, L + 12 + 2 * W / 3.0]
    for cx, n in zip(cols, ["148^000", "98^%", "89^%"]):
        text(c, cx, y - 50, "<b>%s</b>" % n, 'sans', 24, NAVY)
    for cx, lab in zip(cols, ["associations employeuses en France",
                              "déclarent au moins un partenariat",
                              "comptent une collectivité parmi leurs partenaires"]):
        para(c, cx, y - 62, W / 3.0 - 24, lab, 'sans', 8.5, 11)
    y = y - bh - 14
    para(c, L, y, W, "<i>Pour citer cette note : Les Notes de l'Observatoire des partenariats, n°~8, "
         "juin 2022.</i>", 'serif', 8.5, 11, GREY)
    d.save()
    return name



# =========================================================================== W-02
LEXIQUE = [
    ('letter', 'A'),
    ("Agir ensemble en Territoire",
     "Démarche initiée en 2010, à la suite de l'étude ARPEA-Collectivités locales réalisée avec "
     "Comisis-OpinionWay. Elle a d'abord été expérimentée dans trois territoires pilotes : l'Alsace, "
     "avec Alsace Active ; le Poitou-Charentes, avec le Groupe La Poste ; Paris-Est Marne & Bois. "
     "→ Parcours d'expérience, p.~{Parcours d'expérience}."),
    ("Alliance d'intérêt général (droit de l')",
     "Proposition de loi portée par Cathy Racon-Bouzon, déposée en février, agréée par le "
     "Bureau de l'Assemblée nationale et publiée au Journal officiel. Le plaidoyer qui l'accompagne "
     "cite une « feuille de route » ministérielle de vingt et une mesures."),
    ("ARPEA",
     "Premier programme quinquennal de l'Observatoire (2008-2012), conduit en dix volets. Le sigle "
     "se développe de plusieurs façons selon les documents : « Analyse des Relations et des "
     "Partenariats entre Entreprises et Associations », « Analyser les Relations Partenariales entre "
     "Entreprises et Associations » ou « Analyse des Relations Associations-Entreprises ». Ses "
     "enquêtes auprès des Français ont mesuré l'urgence de créer des partenariats : 86~% la "
     "jugeaient urgente en 2008, 84~% en 2012."),
    ('letter', 'C'),
    ("Catalyseurs territoriaux",
     "Acteurs locaux que le Fonds ODD 17 entend mobiliser sur les territoires. → Fonds ODD 17, "
     "p.~{Fonds ODD 17}."),
    ("Charte du faire alliance",
     "Lancée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice (Paris-Est Marne & Bois), "
     "lors de la soirée VitaWin<sup>1</sup>. Co-construite sous le pilotage de la Fondation des "
     "Territoires, elle se veut un « contrat de confiance ».",
     ["1. Une page d'associations.gouv.fr la date du « mardi 30 septembre »."]),
    ("Comité 21",
     "Auteur de la note « ODD 17 : Sens, décryptages, déclinaisons », parue le 5 juillet. → ODD 17, "
     "p.~{ODD 17}."),
    ('letter', 'D'),
    ("Données pour agir",
     "Inventaire de plus de 250 données sur la sortie de crise. La co-construction y est jugée utile "
     "pour rebondir par 81~% des Français et par 84~% des dirigeants de TPE et de PME."),
    ('letter', 'F'),
    ("Fondation des Territoires",
     "Créée le 14 juin 2022 sous l'égide de la Fondation de Lille, avec 21 co-fondateurs. Sa "
     "préfiguration, lancée en juillet 2018, s'est déroulée par étapes : 07/18 – 07/19, "
     "08/19 – 11/20, puis 12/20 – 05/22."),
    ("Fonds ODD 17",
     "Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. Doté de 1,5~M€, il finance une "
     "expérimentation de trois ans et vise 350 « catalyseurs territoriaux »."),
    ('letter', 'I'),
    ("IMPACT",
     "Troisième programme quinquennal (2018-2022), lancé en novembre 2017 avec la Caisse des Dépôts, "
     "l'Institut CDC pour la Recherche, le Groupe La Poste et la Fondation TOTAL. Il s'articule "
     "autour de trois axes : innovation sociétale et territoriale, performance des organisations, "
     "confiance."),
    ("IMPACT Fondations & Territoires",
     "Étude publiée le 23 septembre ; elle a interrogé 42 fondations."),
    ('letter', 'M'),
    ("M.E.D.O.C.",
     "Méthodes, Exemples, Données, Outils, Compétences : la plateforme en ligne de l'ODD 17, "
     "sur www.odd17.org."),
    ("Mission ministérielle",
     "Confiée lors du FNAF 2019 par Gabriel Attal à Cathy Racon-Bouzon et Charles-Benoît Heidsieck. "
     "Rapport remis le 7 mai 2020 ; bilan présenté le 17 octobre 2020."),
    ('letter', 'O'),
    ("Observatoire des partenariats",
     "Créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le "
     "Mouvement associatif<sup>2</sup>. Direction scientifique : Anne Robin, fondatrice de COMISIS, "
     "à titre bénévole.",
     ["2. Les documents de 2011 et de 2012 le disent créé en 2007."]),
    ("ODD 17",
     "Objectif de développement durable consacré aux partenariats ; il compte dix-neuf cibles. "
     "→ Comité 21, p.~{Comité 21} ; M.E.D.O.C., p.~{M.E.D.O.C.}."),
    ('letter', 'P'),
    ("Parcours d'expérience",
     "Expérimentation du CGET et du RAMEAU sur la co-construction territoriale, avec 11 territoires "
     "pionniers<sup>3</sup>. La première session s'est tenue le 3 mai.",
     ["3. Une autre source évoque « le CGET et 10 territoires pilotes »."]),
    ("PHARE",
     "Deuxième programme quinquennal (2013-2018)<sup>4</sup>, en six volets : PHARE-Citoyens "
     "(septembre 2015), PHARE-Entreprises (octobre 2015), PHARE-Associations (novembre 2015), "
     "13 rapports régionaux (2016), des diagnostics sectoriels (juillet 2016) et PHARE-Institutions "
     "(automne 2016).",
     ["4. 2013-2017 sur deux pages du site de l'Observatoire."]),
    ("PHARE-Institutions",
     "Volet publié le 29 novembre 2016 et consacré aux maires. Il distingue cinq profils de maires ; "
     "87~% d'entre eux partagent le constat d'un « devoir d'alliance »."),
    ('letter', 'R'),
    ("RAMEAU (Le)",
     "Association d'intérêt général créée en 2006, qui se présente comme un « laboratoire de "
     "recherche empirique » et s'est donné trois missions. Président-fondateur : Charles-Benoît "
     "Heidsieck ; directrice générale : Laurence Weber. Le RAMEAU fait état de 15 ans de recherche et "
     "de 5 ans d'étude d'impact, de plus de 1.000 exemples inspirants recensés et d'expérimentations "
     "menées auprès de plus de 500 organisations depuis 2006."),
    ("Rapport quinquennal",
     "Bilan du programme ARPEA, publié le 11 décembre 2012."),
    ("Rapport d'état des lieux",
     "Demandé par la ministre Valérie Fourneyron sur les partenariats entre associations et "
     "entreprises ; publié début 2014."),
]

CHRONO = [
    ("2006", "Création du RAMEAU."),
    ("2008", "Création de l'Observatoire des partenariats (2007 selon les documents de l'époque)."),
    ("2010", "« Agir ensemble en Territoire » : trois territoires pilotes."),
    ("2011", "Janvier : étude ARPEA Entreprises & Territoires."),
    ("2012", "11 décembre : rapport quinquennal."),
    ("2013", "Lancement du programme PHARE."),
    ("2016", "13 rapports régionaux ; PHARE-Institutions paraît le 29 novembre."),
    ("2017", "Novembre : lancement du programme IMPACT."),
    ("2018", "Juillet : début de la préfiguration de la Fondation des Territoires."),
    ("2020", "Fonds ODD 17 ; rapport de la mission ministérielle remis le 7 mai."),
    ("2021", "30 novembre : lancement de la Charte du faire alliance."),
    ("2022", "14 juin : création de la Fondation des Territoires, avec 21 co-fondateurs."),
]


def w02():
    name = 'obs-w-02-lexique-observatoire-edition-2023.pdf'
    PW, PH = 420, 595
    L, R = 34, 386
    HW = 96
    DX = L + HW + 8
    DW = R - DX
    FAMX, FS, LD = 'cond', 9.3, 12.9
    TOP, BOT = 540, 86

    def layout(pages_of):
        pages = [[]]
        notes = [[]]
        where = {}
        y = TOP
        for e in LEXIQUE:
            if e[0] == 'letter':
                if y - 22 - 3 * LD < BOT:
                    pages.append([]); notes.append([]); y = TOP
                if y != TOP:
                    y -= 6
                pages[-1].append(('letter', e[1], y))
                y -= 22
                continue
            head, body = e[0], e[1]
            ns = e[2] if len(e) > 2 else []
            body = re.sub(r'\{([^}]+)\}', lambda m: str(pages_of.get(m.group(1), 0)), body)
            hl = wrap('<b>%s</b>' % head, FAMX, FS, HW)
            dl = wrap(body, FAMX, FS, DW)
            if y - LD * max(len(hl), min(2, len(dl))) < BOT:
                pages.append([]); notes.append([]); y = TOP
            where[head] = len(pages)
            pages[-1].append(('head', hl, y))
            y0 = y
            for line in dl:
                if y - LD < BOT:
                    pages.append([]); notes.append([]); y = TOP
                    y0 = TOP + LD * 10
                pages[-1].append(('line', line, y))
                if any(seg[3] for w in line for seg in w):
                    notes[-1].extend(ns)
                y -= LD
            y = min(y, y0 - LD * len(hl))
            y -= 5
        return pages, notes, where

    _, _, where = layout({})
    pages, notes, where2 = layout(where)
    assert where == where2

    d = Doc(name, (PW, PH), None, None, "Lexique de l'Observatoire des partenariats - édition 2023")
    c = d.c
    for p, (ops, ns) in enumerate(zip(pages, notes), 1):
        if p > 1:
            d.new_page()
        text(c, L, 566, "<b>Lexique de l'Observatoire des partenariats</b>", 'cond', 8, TEAL)
        text(c, L, 566, "Édition 2023", 'cond', 8, GREY, 'right', R - L)
        rule(c, L, 559, R, TEAL, 0.8)
        if p == 1:
            pass
        for kind, obj, y in ops:
            if kind == 'letter':
                text(c, L, y - 15, "<b>%s</b>" % obj, 'sans', 15, TEAL)
                rule(c, L + 20, y - 10, R, TEAL, 0.4)
            elif kind == 'head':
                yy = y
                for line in obj:
                    draw_line(c, L, yy - FS, line, FAMX, FS, NAVY)
                    yy -= LD
            else:
                draw_line(c, DX, y - FS, obj, FAMX, FS, black)
        if ns:
            yy = 70
            rule(c, L, yy + 4, L + 80, GREY, 0.4)
            for n in ns:
                yy = para(c, L, yy, R - L, n, FAMX, 7.4, 9.5, GREY)
        if p == len(pages):
            y = chrono_y = min(y for _, _, y in ops) - 30
            box(c, L, 92, R - L, y - 92 + 8, fill=LIGHT)
            text(c, L + 10, y - 10, "<b>Repères chronologiques</b>", 'cond', 10.5, NAVY)
            y -= 22
            for yr, ev in CHRONO:
                text(c, L + 10, y - FS, "<b>%s</b>" % yr, 'cond', FS, TEAL)
                y = para(c, L + 50, y, R - L - 62, ev, FAMX, FS, LD) - 3
            para(c, L, 84, R - L, "<i>Lexique établi par l'équipe de l'Observatoire des partenariats. "
                 "Les définitions renvoient aux publications citées, avec leurs dates.</i>",
                 FAMX, 7.5, 9.5, GREY)
        rule(c, L, 30, R, TEAL, 0.4)
        text(c, L, 20, "Le RAMEAU · Observatoire des partenariats", 'cond', 7.5, GREY)
        text(c, L, 20, "%d" % p, 'cond', 8, GREY, 'right', R - L)
    d.save()
    return name


# =========================================================================== W-03
def w03():
    name = 'obs-w-03-lettre-transmission-etat-des-lieux-2014.pdf'
    L, R = 78, 530
    W = R - L
    FS, FL = 8, 10.5
    NOTES = {
        1: ["1. Plusieurs documents de l'Observatoire, dont l'étude ARPEA Entreprises & Territoires et le "
            "rapport quinquennal, font remonter sa création à 2007."],
        2: ["2. Le RAMEAU, créé en 2006, en assure la conduite avec la Caisse des Dépôts. Direction "
            "scientifique : Anne Robin, fondatrice de COMISIS."],
    }

    def notes_h(p):
        return sum(para_height(W, n, 'serif', FS, FL) + 3 for n in NOTES.get(p, []))

    def ybot(p):
        return 62 + notes_h(p) + 22

    def start(d):
        c = d.c
        box(c, 0, 0, 14, 842, fill=NAVY)
        if d.page > 1:
            text(c, L, 800, "Observatoire des partenariats · Lettre du 20 janvier 2014", 'sans', 8, GREY)
            rule(c, L, 793, R, GREY, 0.4)

    def end(d):
        c = d.c
        ns = NOTES.get(d.page, [])
        if ns:
            y = 62 + notes_h(d.page)
            rule(c, L, y + 8, L + 100, GREY, 0.4)
            for n in ns:
                y = para(c, L, y, W, n, 'serif', FS, FL, GREY) - 3
        text(c, L, 36, "%d/3" % d.page, 'sans', 8.5, GREY, 'right', W)

    d = Doc(name, A4, start, end, "Lettre de transmission - état des lieux des partenariats")
    c = d.c
    text(c, L, 780, "<b>Observatoire des partenariats</b>", 'sans', 15, NAVY)
    text(c, L, 765, "Caisse des Dépôts · Le RAMEAU", 'sans', 9, GREY)
    rule(c, L, 756, L + 190, NAVY, 1.2)
    y = 700
    for line in ["Madame la Ministre", "chargée de la Vie associative", "Paris"]:
        text(c, 330, y, line, 'serif', 10.5)
        y -= 15
    text(c, L, 606, "Paris, le 20 janvier 2014", 'serif', 10.5, black, 'right', W)
    y = 562
    for line in ["<b>N/Réf. :</b> OBS-2014-007",
                 "<b>Objet :</b> transmission du rapport d'état des lieux des partenariats "
                 "associations-entreprises",
                 "<b>Pièces jointes :</b> 2"]:
        y = para(c, L, y, W, line, 'serif', 10, 14)
        y -= 2
    f = Flow(d, [(L, y - 50, W, ybot(1), False), (L, 770, W, ybot(2), True)])
    P = dict(fam='serif', size=11, leading=17, after=11)
    f.add("Madame la Ministre,", **P)
    f.add("Vous avez souhaité disposer d'un état des lieux des partenariats entre associations et "
          "entreprises. Nous avons l'honneur de vous transmettre le rapport que l'Observatoire des "
          "partenariats a préparé à cette fin, accompagné d'une annexe qui en rassemble les principaux "
          "repères chiffrés.", **P)
    f.add("Créé en 2008 par la Caisse des Dépôts et Le RAMEAU<sup>1</sup>, l'Observatoire a conduit un "
          "premier programme d'études, ARPEA (2008-2012), en dix volets ; son bilan a fait l'objet "
          "d'un rapport quinquennal, publié le 11 décembre 2012.", **P)
    f.add("Ces travaux ont d'abord mesuré l'attente des Français. En 2008, 86~% d'entre eux jugeaient "
          "urgent de créer des partenariats entre associations et entreprises ; ils étaient encore "
          "84~% en 2012.", **P)
    f.add("Les associations, de leur côté, n'ont pas attendu : au cours de ce premier programme, près "
          "de 46~% d'entre elles se déclaraient engagées avec une entreprise.", **P)
    f.add("Du côté des entreprises, l'étude ARPEA Entreprises & Territoires, parue en janvier 2011, "
          "dresse un tableau contrasté : 21~% des entreprises développent des partenariats et 33~% "
          "souhaitent en développer, mais 46~% ne le souhaitent pas.", **P)
    f.add("Les territoires, enfin, sont devenus un terrain d'expérimentation. À la suite de l'étude "
          "ARPEA-Collectivités locales, réalisée avec Comisis-OpinionWay, nous avons initié en 2010 "
          "la démarche « Agir ensemble en Territoire », expérimentée d'abord dans trois territoires "
          "pilotes : l'Alsace, le Poitou-Charentes et Paris-Est Marne & Bois.", **P)
    f.add("L'Observatoire engage à présent son deuxième programme, PHARE<sup>2</sup>, lancé en 2013. Il "
          "poursuivra l'observation des partenariats auprès des citoyens, des entreprises, des "
          "associations et des territoires.", **P)
    f.add("Nous restons à votre disposition pour vous présenter ces résultats et vous prions d'agréer, "
          "Madame la Ministre, l'expression de notre haute considération.", **P)
    y = f.y - 18
    text(c, 330, y, "Pour l'Observatoire des partenariats,", 'serif', 11)
    text(c, 330, y - 16, "<i>l'équipe de recherche</i>", 'serif', 11)
    para(c, L, y - 60, W, "P.-S. : les chiffres cités dans cette lettre figurent, avec leurs dates, dans "
         "l'annexe jointe (page~3).", 'serif', 10, 14)
    d.new_page()
    text(c, L, 760, "<b>Annexe – Repères chiffrés</b>", 'sans', 15, NAVY)
    y = para(c, L, 748, W, "Chiffres cités dans la lettre du 20 janvier 2014, avec leur date et leur "
             "source.", 'serif', 10, 14, GREY)
    y -= 16
    text(c, L, y, "<b>Tableau A – Les entreprises face aux partenariats, janvier 2011 (en~% des "
         "entreprises)</b>", 'sans', 9.5, NAVY)
    y = table(c, L, y - 8, [320, W - 320], [
        ["Position des entreprises", "Part"],
        ["Développent des partenariats", "21"],
        ["Souhaitent en développer", "33"],
        ["Ne le souhaitent pas", "46"],
    ], 'serif', 10, 13.5, ['left', 'right'], head_fill=LIGHT, head_color=NAVY, line_color=GREY, pad=5)
    y = para(c, L, y - 6, W, "Source : étude ARPEA Entreprises & Territoires.", 'serif', 8.5, 11, GREY)
    y -= 20
    text(c, L, y, "<b>Tableau B – Les Français qui jugent urgent de créer des partenariats (en~%)</b>",
         'sans', 9.5, NAVY)
    y = table(c, L, y - 8, [260, (W - 260) / 2.0, (W - 260) / 2.0], [
        ["Enquête", "2008", "2012"],
        ["ARPEA – Citoyens", "86", "84"],
    ], 'serif', 10, 13.5, ['left', 'right', 'right'], head_fill=LIGHT, head_color=NAVY,
        line_color=GREY, pad=5)
    y = para(c, L, y - 6, W, "Lecture : en 2008, 86~% des Français jugeaient urgent de créer des "
             "partenariats entre associations et entreprises.", 'serif', 8.5, 11, GREY)
    y -= 20
    text(c, L, y, "<b>Tableau C – Repères d'activité (nombre)</b>", 'sans', 9.5, NAVY)
    y = table(c, L, y - 8, [260, 110, W - 370], [
        ["Repère", "Période", "Nombre"],
        ["Volets du programme ARPEA", "2008-2012", "10"],
        ["Territoires pilotes d'« Agir ensemble en Territoire »", "2010", "3"],
    ], 'serif', 10, 13.5, ['left', 'left', 'right'], head_fill=LIGHT, head_color=NAVY,
        line_color=GREY, pad=5)
    y = para(c, L, y - 6, W, "Sources : Observatoire des partenariats, programme ARPEA ; étude "
             "ARPEA-Collectivités locales (Comisis-OpinionWay).", 'serif', 8.5, 11, GREY)
    d.save()
    return name


# =========================================================================== W-04
REVUE_CARDS = {
    'C1': ('MEDIATICO',
         'Le RAMEAU, laboratoire de recherche',
         'Le portrait présente Le RAMEAU comme un « laboratoire de recherche empirique » au service des '
         "alliances pour le bien commun. L'association y met en avant 15 ans de recherche, 5 ans d'étude "
         "d'impact et plus de 1.000 exemples inspirants recensés.",
         [],
         'mediatico.fr/rameau-le-laboratoire-de-recherche-pour-des-alliances-au-service-du-bien-commun'),
    'C2': ('ISBL CONSULTANTS',
         'Accélérer les articulations au service du bien commun',
         "L'article rappelle que l'Observatoire des partenariats a été créé en 2008 et cite les enquêtes "
         'ARPEA : 86~% des Français jugeaient urgent de créer des partenariats en 2008, et 84~% en 2012.',
         [],
         'www.isbl-consultants.fr/institutions-citoyens-associations-entreprises-accelerer-articulations-service-bien-commun/'),
    'C3': ('DOCPLAYER',
         "ARPEA Entreprises & Territoires, l'étude de janvier 2011",
         'Le document en ligne donne la position des entreprises : 21~% développent des partenariats, 33~% '
         "souhaitent en développer et 46~% ne le souhaitent pas. L'Observatoire y est présenté comme « "
         'créé en 2007 ».',
         [],
         'docplayer.fr/9425152-etude-arpea-entreprises-territoires.html'),
    'C4': ('FDOCUMENTS',
         "Le rapport quinquennal de l'Observatoire",
         'Ce rapport, daté du 11 décembre 2012, dresse le bilan des dix volets du programme ARPEA '
         "(2008-2012). Il présente lui aussi l'Observatoire comme « créé en 2007 ».",
         [],
         'fdocuments.fr/document/observatoire-national-des-partenariats-associations-lorsque-humanisme-et.html'),
    'C5': ('YOUMATTER',
         'État des lieux des partenariats associations-entreprises',
         "L'article reprend l'état des lieux établi par Le RAMEAU : près de 46~% des associations y "
         'apparaissent engagées avec une entreprise.',
         [],
         'youmatter.world/fr/category-economy-business/etude-etat-des-lieux-partenariats-associations-entreprises-etude-rameau/'),
    'C6': ('AGORI',
         'Quels partenariats pour les associations ?',
         "L'article présente l'enquête Associations & Partenariats, publiée en mars 2017 par Recherches & "
         'Solidarités et Le RAMEAU : plus de 1~380 responsables associatifs interrogés en mai-juin 2016, '
         '2,5 partenaires en moyenne, et des entreprises citées par 28~% des associations.',
         [],
         'www.agori.fr/2017/05/22/quels-partenariats-les-associations-developpent-elles-avec-les-entreprises/'),
    'C7': ('DOSSIER FAMILIAL',
         'Les partenaires des associations',
         'Le magazine revient sur les associations interrogées dans la même enquête. Celles-ci citent '
         "d'abord les collectivités (74~%), puis les autres associations et fondations (72~%), "
         "l'enseignement (47~%), l'insertion (22~%) et la recherche (9~%).",
         [],
         'www.dossierfamilial.com/emploi/entreprise/quels-partenaires-pour-les-associations-85327'),
    'C8': ('ASSOCIATIONS.GOUV.FR',
         "Une note de décryptage sur l'ODD 17",
         'Le site public annonce la note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons », parue '
         "le 5 juillet, qui passe en revue les dix-neuf cibles de l'objectif.",
         [],
         'associations.gouv.fr/decouvrez-la-note-de-decryptages-sur-l-odd-17-le-5-juillet.html'),
    'C9': ('CARENEWS',
         'PHARE-Citoyens : des enjeux notés sur 10',
         "Les Français s'y montrent favorables à une alliance entre entreprises et associations. Sur "
         "l'enquête PHARE-Citoyens de septembre 2015, l'article attribue à la sécurité<sup>1</sup> une "
         'note de 7/10.',
         ['1. Une autre publication des mêmes résultats donne 6,6/10 à la sécurité, comme au pouvoir '
          "d'achat."],
         'www.carenews.com/fr/news/3956-phare-citoyens-les-francais-favorables-a-une-alliance-entreprises-associations'),
    'C10': ("FÉDÉRATION DES CAISSES D'ÉPARGNE",
         'Un référentiel pour la co-construction territoriale',
         "Publié le 29 novembre 2016, PHARE-Institutions distingue cinq profils de maires. L'article "
         "souligne que 87~% des maires partagent le constat d'un « devoir d'alliance ».",
         [],
         'www.federation.caisse-epargne.fr/le-rameau-lance-le-referentiel-co-construction-territoriale/'),
    'C11': ('CRESOL',
         'Innovation : 69~% ou 74~% ?',
         'Le site reprend les résultats du programme IMPACT sur les partenariats comme source '
         "d'innovation, avec 69~% des citoyens ; la page du programme indique 74~% des Français.",
         [],
         'coconstruction.cresol.fr/tag/mouvement/'),
    'C12': ('CARENEWS',
         'Sortie de crise : des données pour agir',
         "L'article présente un inventaire de plus de 250 données. La co-construction y est jugée utile "
         'pour rebondir par 81~% des Français et par 84~% des dirigeants de TPE et de PME.',
         [],
         'www.carenews.com/le-rameau/news/sortie-de-crise-des-donnees-pour-agir-efficacement'),
    'C13': ('CNER',
         'Le CGET et Le RAMEAU expérimentent la co-construction',
         "L'expérimentation réunit 11 territoires pionniers ; sa première session s'est tenue le 3 mai.",
         [],
         'www.cner-france.com/Actualites/Actualites-des-partenaires/Le-CGET-et-Le-Rameau-lancent-une-experimentation-sur-la-co-construction-territoriale'),
    'C14': ('MECENOVA',
         'Étude IMPACT Fondations & Territoires',
         "Publiée le 23 septembre, l'étude a interrogé 42 fondations.",
         [],
         'www.mecenova.org/le-rameau-etude-impact-fondations/'),
    'C15': ('MECENOVA',
         'Fondation des Territoires : interview croisée',
         "Créée le 14 juin 2022 sous l'égide de la Fondation de Lille, la Fondation des Territoires réunit "
         '21 co-fondateurs autour de trois missions.',
         [],
         'www.mecenova.org/interview-croisee-fondation-des-territoires-2/'),
    'C16': ('LETOWSKI',
         'Les analyses et études de novembre 2024',
         "La note signale l'enquête IMPACTS & TRAJECTOIRES – Elus locaux : 302 maires interrogés par "
         "téléphone du 30 septembre au 28 octobre 2024. Pour 91~% d'entre eux, leur territoire est en "
         'mouvement ; 84~% des répondants sont maires de communes de moins de 2~000 habitants.',
         [],
         'letowski.fr/note/analyses-et-etudes-de-novembre-2024/?p=31613'),
}
REVUE = [[['C1', 'C2', 'C3'], ['C4', 'C13']], [['C5', 'C6', 'C7'], ['C12', 'C14']], [['C8', 'C9', 'C10'], ['C11', 'C15', 'C16']]]


def w04():
    name = 'obs-w-04-revue-de-presse-decembre-2024.pdf'
    PW, PH = landscape(A4)
    M = 34
    GAP = 16
    CW = (PW - 2 * M - GAP) / 2.0
    COLS = [PLUM, TEAL, ORANGE, NAVY, GREEN]
    d = Doc(name, (PW, PH), None, None, "Revue de presse - L'Observatoire dans la presse")
    c = d.c
    n = len(REVUE)
    k = 0
    for p, columns in enumerate(REVUE, 1):
        if p > 1:
            d.new_page()
        box(c, 0, PH - 52, PW, 52, fill=PLUM)
        text(c, M, PH - 30, "<b>L'Observatoire dans la presse</b>", 'sans', 16, white)
        text(c, M, PH - 45, "Revue de presse · sélection de décembre 2024", 'sans', 8.5,
             HexColor('#e6d3e6'))
        text(c, M, PH - 30, "%d/%d" % (p, n), 'sans', 10, white, 'right', PW - 2 * M)
        top = PH - 66
        if p == 1:
            top = para(c, M, top, PW - 2 * M,
                       "<i>Des médias et des sites partenaires reprennent les travaux de l'Observatoire. "
                       "Les résumés sont de la rédaction ; les chiffres sont ceux que chaque article "
                       "met en avant.</i>", 'sans', 9, 12, GREY) - 6
        for ci, column in enumerate(columns):
            cx = M + ci * (CW + GAP)
            cy = top
            for cid in column:
                outlet, title, body, notes, url = REVUE_CARDS[cid]
                col = COLS[k % len(COLS)]
                k += 1
                IW = CW - 24
                h = 30 + para_height(IW, "<b>%s</b>" % title, 'sans', 12, 15) + 4 \
                    + para_height(IW, body, 'sans', 9.6, 13.6) \
                    + sum(para_height(IW, nt, 'sans', 7.8, 10) + 4 for nt in notes) + 26
                box(c, cx, cy - h, CW, h, stroke=col, width=0.9, radius=4)
                box(c, cx, cy - 5, CW, 5, fill=col)
                text(c, cx + 12, cy - 20, "<b>%s</b>" % outlet, 'sans', 8, col)
                y = para(c, cx + 12, cy - 26, IW, "<b>%s</b>" % title, 'sans', 12, 15, black)
                y = para(c, cx + 12, y - 4, IW, body, 'sans', 9.6, 13.6)
                for nt in notes:
                    y = para(c, cx + 12, y - 4, IW, nt, 'sans', 7.8, 10, GREY)
                size = 7.2
                while pdfmetrics.stringWidth("→ " + url, fontname('cond'), size) > IW:
                    size -= 0.2
                text(c, cx + 12, cy - h + 10, "→ " + url, 'cond', size, GREY)
                cy -= h + 12
                assert cy > 30, (p, cid)
            if p == 2 and ci == 1:
                h = 112
                box(c, cx, cy - h, CW, h, fill=SAND)
                text(c, cx + 12, cy - 18, "<b>Chiffres à retenir de l'enquête Associations & "
                     "Partenariats</b>", 'sans', 9, ORANGE)
                xs = [cx + 12, cx + 12 + CW / 3.0, cx + 12 + 2 * CW / 3.0]
                for xx, num in zip(xs, ["74^%", "1^380", "2,5"]):
                    text(c, xx, cy - 50, "<b>%s</b>" % num, 'sans', 22, PLUM)
                for xx, lab in zip(xs, ["des associations citent les collectivités",
                                        "responsables associatifs interrogés",
                                        "partenaires en moyenne par association"]):
                    para(c, xx, cy - 62, CW / 3.0 - 22, lab, 'sans', 8.5, 11)
                cy -= h + 12
        text(c, M, 18, "Observatoire des partenariats · revue de presse", 'sans', 7, GREY)
    d.save()
    return name


# =========================================================================== W-05
def w05():
    name = 'obs-w-05-page-web-agenda-novembre.pdf'
    PW, PH = A4
    M = 40
    URL = "https://www.lerameau.fr/agenda-de-novembre/"

    def start(d):
        c = d.c
        text(c, 22, PH - 16, "10/02/2025 16:05", 'sans', 7, black)
        text(c, 0, PH - 16, "Agenda de novembre – Le RAMEAU", 'sans', 7, black, 'center', PW)

    def end(d):
        c = d.c
        text(c, 22, 12, URL, 'sans', 7, black)
        text(c, 22, 12, "%d/2" % d.page, 'sans', 7, black, 'right', PW - 44)

    d = Doc(name, A4, start, end, "Agenda de novembre - Le RAMEAU")
    c = d.c
    # site header
    box(c, M, PH - 78, PW - 2 * M, 46, fill=GREEN)
    text(c, M + 14, PH - 62, "<b>Le RAMEAU</b>", 'serif', 18, white)
    text(c, M + 150, PH - 59, "Qui sommes-nous    Recherche    ODD 17    Publications    Contact",
         'sans', 8.5, white)
    text(c, M, PH - 96, "Accueil › Actualités › Agenda de novembre", 'sans', 7.5, GREY)
    MW = 338
    SX = M + MW + 24
    SW = PW - M - SX
    y = para(c, M, PH - 110, MW, "<b>Novembre : quatre rendez-vous pour faire alliance</b>", 'serif',
             19, 23, GREEN)
    text(c, M, y - 14, "Rubrique : Agenda · Lecture : 3 min", 'sans', 7.5, GREY)
    y -= 30
    y = para(c, M, y, MW, "L'Observatoire des partenariats et Le RAMEAU ont animé un mois de "
             "novembre chargé. Retour sur les temps forts, dans l'ordre du calendrier.", 'sans', 9.5,
             14) - 8
    events = [
        ("15", "nov.", "JURIS Associations n°~628",
         "Le dossier de ce numéro de la revue est paru le 15 novembre."),
        ("23", "nov.", "3e dîner « Elus & Entreprises »",
         "Au menu de ce troisième dîner, deux chiffres : 64~% des élus locaux veulent s'appuyer sur "
         "le « jouer collectif », selon l'étude IMPACT-Elus locaux de novembre 2020, et 92~% des "
         "maires reconnaissent l'utilité de la co-construction."),
        ("26", "nov.", "11e rapport régional : la Normandie",
         "L'Observatoire publie son 11e rapport régional, consacré à la Normandie. Les rapports "
         "régionaux forment l'un des six volets du programme PHARE ; treize ont paru en 2016."),
        ("26", "nov.", "5e webinaire « l'ODD 17 en pratique »",
         "Le cycle de webinaires consacré à l'ODD 17 se poursuit le même jour."),
    ]
    for day, month, title, body in events:
        box(c, M, y - 40, 40, 40, fill=LIGHT)
        text(c, M, y - 19, "<b>%s</b>" % day, 'sans', 14, GREEN, 'center', 40)
        text(c, M, y - 35, month, 'sans', 8, GREEN, 'center', 40)
        yy = para(c, M + 52, y, MW - 52, "<b>%s</b>" % title, 'sans', 11, 14, black)
        yy = para(c, M + 52, yy - 2, MW - 52, body, 'sans', 9.5, 14)
        y = min(yy, y - 40) - 14
    # key figures band
    bh = 92
    box(c, M, y - bh, MW, bh, fill=GREEN)
    text(c, M + 12, y - 16, "<b>L'Observatoire en repères</b>", 'sans', 9, white)
    xs = [M + 12, M + 12 + MW / 3.0, M + 12 + 2 * MW / 3.0]
    for xx, num in zip(xs, ["2008", "6", "13"]):
        text(c, xx, y - 46, "<b>%s</b>" % num, 'sans', 24, white)
    for xx, lab in zip(xs, ["création de l'Observatoire", "volets du programme PHARE",
                            "rapports régionaux parus en 2016"]):
        para(c, xx, y - 58, MW / 3.0 - 20, lab, 'sans', 8.5, 11, white)
    y -= bh + 16
    text(c, M, y, "Partager : LinkedIn · X · Courriel", 'sans', 8, GREY)
    # sidebar
    ys = PH - 112
    text(c, SX, ys, "<b>À lire aussi</b>", 'sans', 10, GREEN)
    rule(c, SX, ys - 5, SX + SW, GREEN, 0.8)
    ys -= 12
    for item in ["Fonds ODD 17 : 1,5~M€ sur 3 ans pour 350 catalyseurs territoriaux",
                 "Étude IMPACT Fondations & Territoires : 42 fondations interrogées",
                 "L'ODD 17 et ses 19 cibles, décryptées par le Comité 21"]:
        ys = para(c, SX, ys, SW, item, 'sans', 8.5, 12, NAVY) - 8
    ys -= 10
    text(c, SX, ys, "<b>Archives</b>", 'sans', 10, GREEN)
    rule(c, SX, ys - 5, SX + SW, GREEN, 0.8)
    ys -= 12
    for item in ["novembre (4)", "octobre (2)", "septembre (3)"]:
        ys = para(c, SX, ys, SW, item, 'sans', 8.5, 12, NAVY) - 2
    ys -= 14
    text(c, SX, ys, "<b>Mots-clés</b>", 'sans', 10, GREEN)
    rule(c, SX, ys - 5, SX + SW, GREEN, 0.8)
    para(c, SX, ys - 12, SW, "ODD 17 · co-construction · territoires · élus locaux", 'sans', 8.5, 12,
         NAVY)
    d.new_page()
    y = PH - 50
    text(c, M, y, "<b>Pour aller plus loin</b>", 'sans', 12, GREEN)
    rule(c, M, y - 6, M + MW, GREEN, 0.8)
    y -= 14
    for item in ["PHARE-Institutions, publié le 29 novembre 2016, propose cinq profils de maires.",
                 "L'étude IMPACT-Elus locaux (novembre 2020) a donné lieu à une fiche-repère, « Les "
                 "dynamiques d'engagement des Collectivités territoriales »."]:
        y = para(c, M, y, MW, "• " + item, 'sans', 9.5, 14) - 6
    y -= 10
    box(c, M, y - 70, MW, 70, fill=LIGHT)
    box(c, M, y - 70, 4, 70, fill=GREEN)
    yy = para(c, M + 16, y - 10, MW - 28, "<i>« 92~% des maires reconnaissent l'utilité de la "
              "co-construction. »</i>", 'serif', 12, 16, black)
    para(c, M + 16, yy - 4, MW - 28, "Chiffre présenté lors du 3e dîner « Elus & Entreprises ».",
         'sans', 8.5, 11, GREY)
    y -= 96
    text(c, M, y, "<b>Vous aimerez aussi</b>", 'sans', 12, GREEN)
    rule(c, M, y - 6, PW - M, GREEN, 0.8)
    y -= 16
    TW = (PW - 2 * M - 2 * 14) / 3.0
    low = y
    for k, (when, title) in enumerate([
            ("Septembre 2015", "PHARE-Citoyens : plus de 2~000 personnes interrogées"),
            ("Novembre 2024", "IMPACTS & TRAJECTOIRES – Elus locaux : 91~% des maires voient leur "
                              "territoire en mouvement"),
            ("30/11/2021", "La Charte du faire alliance est lancée à Saint-Maurice")]):
        tx = M + k * (TW + 14)
        box(c, tx, y - 28, TW, 28, fill=LIGHT)
        text(c, tx + 8, y - 17, "<b>%s</b>" % when, 'sans', 8.5, GREEN)
        low = min(low, para(c, tx, y - 36, TW, "<b>%s</b>" % title, 'sans', 9.5, 13, NAVY))
    y = low - 24
    text(c, M, y, "<b>Commentaires (0)</b>", 'sans', 11, GREEN)
    rule(c, M, y - 6, M + MW, GREEN, 0.8)
    y = para(c, M, y - 14, MW, "Aucun commentaire pour l'instant. Les commentaires sont modérés.",
             'sans', 9, 13, GREY)
    y -= 30
    box(c, M, y - 50, PW - 2 * M, 50, fill=GREEN)
    text(c, M + 14, y - 22, "<b>Inscrivez-vous à la lettre d'information du RAMEAU</b>", 'sans', 10,
         white)
    text(c, M + 14, y - 38, "Votre adresse électronique    S'inscrire", 'sans', 8.5, white)
    y -= 80
    rule(c, M, y, PW - M, GREY, 0.4)
    text(c, M, y - 14, "© Le RAMEAU 2025 · Mentions légales · Plan du site · Contact", 'sans', 7.5, GREY)
    d.save()
    return name

DOCS = [w01, w02, w03, w04, w05]

if __name__ == '__main__':
    for fn in DOCS:
        print(fn())
