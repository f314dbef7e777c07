"""Deterministic generator of the 5 PDFs of figure-finder gold set S.

Run: /work/main/.venv/bin/python make_docs.py   (writes obs-s-0N-*.pdf next to this file)

Every page is drawn at explicit coordinates with reportlab (rl_config.invariant = 1) and the
DejaVu Sans TTF family. Paragraphs are left-aligned and never hyphenated.
Inline markup in paragraphs: <b>..</b>, <i>..</i>, <sup>..</sup> (footnote calls).
U+00A0 and U+202F are kept in the text layer by NbspTTFont (see README-s.md, decision 13 of set R).
"""
import os
import re

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics, pdfdoc
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import isUnicode
from reportlab.lib.colors import Color, black, white

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = '/usr/share/fonts/truetype/dejavu/'

NB = '\u00a0'   # no-break space
NN = '\u202f'   # narrow no-break space


class NbspTTFont(TTFont):
    """Copy of reportlab 5.1.0 TTFont.splitString without the line that maps U+00A0 to U+0020."""

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


FONTS = {
    'R': 'DejaVuSans.ttf', 'B': 'DejaVuSans-Bold.ttf', 'I': 'DejaVuSans-Oblique.ttf',
    'BI': 'DejaVuSans-BoldOblique.ttf', 'C': 'DejaVuSansCondensed.ttf',
    'CB': 'DejaVuSansCondensed-Bold.ttf', 'CI': 'DejaVuSansCondensed-Oblique.ttf',
}
for _k, _f in FONTS.items():
    pdfmetrics.registerFont(NbspTTFont('S' + _k, FONTDIR + _f))


def col(h):
    h = h.lstrip('#')
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


GREY = col('555555')
LIGHT = col('eeeeee')

# --------------------------------------------------------------------------- rich text

TAG = re.compile(r'(</?b>|</?i>|</?sup>)')


def parse_runs(markup):
    """-> list of (text, bold, italic, sup)"""
    runs, b, i, s = [], False, False, False
    for part in TAG.split(markup):
        if part == '<b>': b = True
        elif part == '</b>': b = False
        elif part == '<i>': i = True
        elif part == '</i>': i = False
        elif part == '<sup>': s = True
        elif part == '</sup>': s = False
        elif part:
            runs.append((part, b, i, s))
    return runs


def words_of(markup):
    """Split into words on U+0020 only (no-break spaces stay inside words)."""
    words, cur = [], []
    for text, b, i, s in parse_runs(markup):
        pieces = text.split(' ')
        for k, p in enumerate(pieces):
            if k > 0:
                if cur:
                    words.append(cur)
                cur = []
            if p:
                cur.append((p, b, i, s))
    if cur:
        words.append(cur)
    return words


class Style:
    def __init__(self, fam='', size=9.5, leading=None, color=black):
        self.fam, self.size = fam, size          # fam '' (Sans) or 'C' (Condensed)
        self.leading = leading or size * 1.38
        self.color = color

    def font(self, b, i):
        key = self.fam + ('B' if b else '') + ('I' if i else '')
        if key not in FONTS:
            key = self.fam + ('B' if b else 'I' if i else '') or 'R'
        if key == '':
            key = 'R'
        return 'S' + key


def seg_width(st, seg):
    text, b, i, s = seg
    size = st.size * (0.62 if s else 1)
    return pdfmetrics.stringWidth(text, st.font(b, i), size)


def word_width(st, w):
    return sum(seg_width(st, s) for s in w)


def para(c, x, y, width, markup, st, first_indent=0.0):
    """Draw a left-aligned paragraph; y is the baseline of the first line. Returns next baseline."""
    space = pdfmetrics.stringWidth(' ', st.font(False, False), st.size)
    lines, cur, curw = [], [], 0.0
    avail = width - first_indent
    for w in words_of(markup):
        ww = word_width(st, w)
        if cur and curw + space + ww > avail:
            lines.append(cur)
            cur, curw, avail = [], 0.0, width
        curw = curw + (space if cur else 0) + ww
        cur.append(w)
    if cur:
        lines.append(cur)
    c.setFillColor(st.color)
    for n, line in enumerate(lines):
        t = c.beginText(x + (first_indent if n == 0 else 0), y)
        for k, w in enumerate(line):
            if k:
                t.setFont(st.font(False, False), st.size)
                t.setRise(0)
                t.textOut(' ')
            for text, b, i, s in w:
                t.setFont(st.font(b, i), st.size * (0.62 if s else 1))
                t.setRise(st.size * 0.36 if s else 0)
                t.textOut(text)
        t.setRise(0)
        c.drawText(t)
        y -= st.leading
    c.setFillColor(black)
    return y


def n_lines(width, markup, st):
    """Number of lines para() would draw."""
    space = pdfmetrics.stringWidth(' ', st.font(False, False), st.size)
    n, curw, started = 1, 0.0, False
    for w in words_of(markup):
        ww = word_width(st, w)
        if started and curw + space + ww > width:
            n, curw = n + 1, ww
        else:
            curw = curw + (space if started else 0) + ww
        started = True
    return n


def line(c, x, y, text, font='SR', size=9, color=black, align='l'):
    c.setFillColor(color)
    c.setFont(font, size)
    if align == 'l':
        c.drawString(x, y, text)
    elif align == 'r':
        c.drawRightString(x, y, text)
    else:
        c.drawCentredString(x, y, text)
    c.setFillColor(black)


def rect(c, x, y, w, h, fill, stroke=None):
    c.setFillColor(fill)
    if stroke is not None:
        c.setStrokeColor(stroke)
    c.rect(x, y, w, h, fill=1, stroke=1 if stroke is not None else 0)
    c.setFillColor(black)
    c.setStrokeColor(black)


def hrule(c, x1, x2, y, color=GREY, width=0.5):
    c.setStrokeColor(color)
    c.setLineWidth(width)
    c.line(x1, y, x2, y)
    c.setStrokeColor(black)


def new_canvas(name, size, title):
    c = canvas.Canvas(os.path.join(HERE, name), pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor('Observatoire des partenariats')
    c.setCreator('make_docs.py (set S)')
    return c


A4 = (595.28, 841.89)

# =========================================================================== doc 01
# Rapport annuel 2020 (A4, 3 pages): cover + édito + key-figure band, sections with a side box,
# tables of the programmes and of the Fonds ODD 17 commitments (unit and multiplier in headers).

NAVY = col('1f3a5f')
NAVY_L = col('dfe7f1')


def d01_frame(c, n):
    rect(c, 0, 800, A4[0], 42, NAVY)
    line(c, 56, 816, 'OBSERVATOIRE DES PARTENARIATS', 'SB', 9, white)
    line(c, 539, 816, 'RAPPORT ANNUEL 2020', 'SB', 9, white, 'r')
    hrule(c, 56, 539, 44)
    line(c, A4[0] / 2, 30, 'Rapport annuel 2020 · %d' % n, 'SR', 8, GREY, 'c')


def d01_heading(c, x, y, text, size=13):
    line(c, x, y, text, 'SB', size, NAVY)
    return y - size * 1.7


def doc01():
    c = new_canvas('obs-s-01-rapport-annuel-2020.pdf', A4, 'Rapport annuel 2020')
    body = Style(size=10, leading=14)
    small = Style(size=8.5, leading=11.5)
    W = 483

    # ---- page 1
    d01_frame(c, 1)
    line(c, 56, 760, 'Faire alliance quand tout s’arrête', 'SB', 24, NAVY)
    line(c, 56, 737, 'Rapport d’activité de l’exercice 2020, publié en juin 2021', 'SI', 11, GREY)
    y = d01_heading(c, 56, 700, 'Le mot du président-fondateur', 12)
    y = para(c, 56, y, W,
             'L’exercice 2020 restera celui où l’alliance a cessé d’être une idée pour devenir un réflexe. '
             'Depuis 2006, Le RAMEAU a conduit des expérimentations auprès de plus de 500' + NB +
             'organisations : jamais ces travaux n’avaient été autant sollicités qu’au printemps, lors du '
             'premier confinement.', body)
    y = para(c, 56, y - 6, W,
             'Ce rapport rend compte d’une année singulière. Il présente les données rassemblées pour la '
             'sortie de crise, la création du Fonds ODD' + NB + '17 et les résultats de l’étude IMPACT-Elus '
             'locaux. Il rappelle aussi d’où vient l’Observatoire, créé en 2008 par la Caisse des Dépôts et '
             'Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif.', body)
    y = para(c, 56, y - 4, W, '<i>Charles-Benoît Heidsieck, président-fondateur du RAMEAU</i>', body)

    # key-figure band: numbers drawn first, then the label lines across the four tiles
    top = y - 16
    rect(c, 56, top - 150, W, 150, NAVY_L)
    line(c, 70, top - 24, 'L’exercice 2020 en chiffres', 'SB', 12, NAVY)
    tiles_x = [70 + k * 118 for k in range(4)]
    for x in tiles_x[1:]:
        c.setStrokeColor(white); c.setLineWidth(2); c.line(x - 8, top - 40, x - 8, top - 138)
    nums = ['1,5' + NB + 'M€', '350', '+ de 250', '64' + NB + '%']
    for x, t in zip(tiles_x, nums):
        line(c, x, top - 66, t, 'SB', 19, NAVY)
    labels = [
        ['dotation du Fonds ODD 17', 'catalyseurs territoriaux', 'données inventoriées', 'des élus locaux veulent'],
        ['pour une expérimentation', 'mobilisés par le Fonds', 'pour agir en sortie', 's’appuyer sur le'],
        ['sur 3 ans', '', 'de crise', '« jouer collectif »'],
    ]
    for r, row in enumerate(labels):
        for x, t in zip(tiles_x, row):
            if t:
                line(c, x, top - 88 - r * 12, t, 'SR', 8.5)
    # table of contents with dotted leaders (the leaders are graphics, not text)
    y = d01_heading(c, 56, top - 186, 'Sommaire', 12)
    toc = [('1. Agir en sortie de crise', '2'), ('2. Les élus locaux, premiers relais', '2'),
           ('Repères', '2'), ('3. Tableau de bord', '3'), ('Perspectives pour 2021', '3')]
    for a, b in toc:
        line(c, 56, y, a, 'SR', 10)
        line(c, 539, y, b, 'SB', 10, NAVY, 'r')
        c.setDash(1, 3); hrule(c, 56 + pdfmetrics.stringWidth(a, 'SR', 10) + 6, 530, y + 1, GREY, 0.8)
        c.setDash()
        y -= 18
    c.showPage()

    # ---- page 2
    d01_frame(c, 2)
    y = d01_heading(c, 56, 770, '1. Agir en sortie de crise')
    MW = 315
    y = para(c, 56, y, MW,
             'Dès le printemps 2020, l’Observatoire a inventorié plus de 250 données utiles aux décideurs, '
             'afin d’aider chacun à agir vite et bien.', body)
    y = para(c, 56, y - 6, MW,
             'Les résultats publiés en 2020 sont sans ambiguïté. 81' + NB + '% des Français jugent la '
             'co-construction utile pour rebondir après la crise. Interrogés à leur tour, les dirigeants de '
             'TPE et de PME sont plus nombreux encore : 84' + NB + '% d’entre eux partagent ce jugement.', body)
    y = d01_heading(c, 56, y - 14, '2. Les élus locaux, premiers relais')
    y = para(c, 56, y, MW,
             'L’étude IMPACT-Elus locaux, réalisée par Comisis et OpinionWay en novembre 2020, montre un '
             'monde local prêt à coopérer : 64' + NB + '% des élus locaux veulent s’appuyer sur le '
             '«' + NB + 'jouer collectif' + NB + '». De cette étude est issue la fiche-repère '
             '«' + NB + 'Les dynamiques d’engagement des Collectivités territoriales' + NB + '».', body)
    y = para(c, 56, y - 6, MW,
             'Un autre chiffre, souvent cité lors des dîners «' + NB + 'Elus & Entreprises' + NB + '», va dans '
             'le même sens : 92' + NB + '% des maires reconnaissent l’utilité de la co-construction.', body)
    y = d01_heading(c, 56, y - 14, 'Repères')
    y = para(c, 56, y, MW,
             'Le RAMEAU a recensé plus de 1' + NN + '000 exemples inspirants d’alliances, qui nourrissent '
             'ses formations et ses publications.', body)
    y = para(c, 56, y - 6, MW,
             'Les objectifs de développement durable offrent un cadre commun : l’ODD' + NB + '17, consacré aux '
             'partenariats, compte 19 cibles, décryptées dans une note du Comité' + NB + '21 publiée le '
             '5 juillet.', body)
    # side box
    rect(c, 390, 640, 149, 130, NAVY_L)
    line(c, 400, 752, 'Zoom', 'SB', 10, NAVY)
    para(c, 400, 734, 130,
         'La méthode M.E.D.O.C. réunit Méthodes, Exemples, Données, Outils et Compétences. Elle est '
         'accessible à tous sur la plateforme www.odd17.org, ouverte aux territoires qui veulent '
         'expérimenter.', small)
    c.showPage()

    # ---- page 3
    d01_frame(c, 3)
    y = d01_heading(c, 56, 770, '3. Tableau de bord')
    y = para(c, 56, y, W,
             'Les tableaux ci-dessous résument les programmes suivis par l’Observatoire et les engagements '
             'du Fonds ODD' + NB + '17.', body)
    # Tableau 1
    y -= 8
    line(c, 56, y, 'Tableau 1 – Les plans quinquennaux de l’Observatoire', 'SB', 9.5, NAVY)
    y -= 8
    cols = [56, 125, 200, 290]
    rect(c, 56, y - 26, W, 26, NAVY)
    line(c, cols[0] + 4, y - 11, 'Programme', 'SB', 8.5, white)
    line(c, cols[1] + 4, y - 11, 'Période', 'SB', 8.5, white)
    line(c, cols[2] + 4, y - 11, 'Volets ou axes', 'SB', 8.5, white)
    line(c, cols[2] + 4, y - 22, '(nombre)', 'SB', 8.5, white)
    line(c, cols[3] + 4, y - 11, 'Objet', 'SB', 8.5, white)
    y -= 26
    rows = [
        ('ARPEA', '2008-2012', '10', 'Analyse des relations partenariales<sup>1</sup>'),
        ('PHARE<sup>2</sup>', '2013-2018', '6',
         'Citoyens, entreprises, associations, régions, secteurs, institutions'),
        ('IMPACT', '2018-2022', '3', 'Innovation, performance, confiance'),
    ]
    cst = Style(size=8.5, leading=11)
    for k, r in enumerate(rows):
        h = 20 if pdfmetrics.stringWidth(r[3], 'SR', 8.5) < 240 else 31
        if k % 2:
            rect(c, 56, y - h, W, h, NAVY_L)
        para(c, cols[0] + 4, y - 13, 65, r[0], cst)
        line(c, cols[1] + 4, y - 13, r[1], 'SR', 8.5)
        line(c, cols[2] + 30, y - 13, r[2], 'SR', 8.5)
        para(c, cols[3] + 4, y - 13, 240, r[3], cst)
        y -= h
    hrule(c, 56, 539, y)
    fn = Style(size=7.5, leading=10, color=GREY)
    y = para(c, 56, y - 11, W, '1 Le sigle ARPEA est aussi développé en «' + NB +
             'Analyse des Relations Associations-Entreprises' + NB + '».', fn)
    y = para(c, 56, y, W, '2 Certaines présentations bornent PHARE à 2013-2017.', fn)
    # Tableau 2
    y -= 16
    line(c, 56, y, 'Tableau 2 – Fonds ODD' + NB + '17 : engagements de l’exercice 2020 (montants en k€)',
         'SB', 9.5, NAVY)
    y -= 8
    rect(c, 56, y - 16, W, 16, NAVY)
    line(c, 60, y - 11, 'Poste', 'SB', 8.5, white)
    line(c, 535, y - 11, 'Valeur', 'SB', 8.5, white, 'r')
    y -= 16
    rows2 = [('Dotation de l’expérimentation', '1' + NB + '500'),
             ('Durée de l’expérimentation (années)', '3'),
             ('Catalyseurs territoriaux mobilisés (nombre)', '350')]
    for k, (a, b) in enumerate(rows2):
        if k % 2:
            rect(c, 56, y - 18, W, 18, NAVY_L)
        line(c, 60, y - 12, a, 'SR', 8.5)
        line(c, 535, y - 12, b, 'SR', 8.5, black, 'r')
        y -= 18
    hrule(c, 56, 539, y)
    y = para(c, 56, y - 13, W, '<i>Lecture : la dotation de 1,5' + NB + 'M€ finance une expérimentation sur '
             'trois ans, portée par 350 catalyseurs territoriaux.</i>', Style(size=8.5, leading=11.5))
    y = para(c, 56, y - 10, W,
             'Le Fonds ODD' + NB + '17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. '
             'Il s’adresse aux acteurs qui veulent expérimenter l’ODD' + NB + '17 dans leur territoire.', body)
    y = d01_heading(c, 56, y - 14, 'Perspectives pour 2021')
    y = para(c, 56, y, W,
             'Le programme IMPACT (2018-2022) entre dans sa dernière phase : ses résultats alimenteront les '
             'prochaines publications de l’Observatoire.', body)
    y = d01_heading(c, 56, y - 14, 'Gouvernance')
    y = para(c, 56, y, W,
             'Président-fondateur : Charles-Benoît Heidsieck. Directrice générale : Laurence Weber. '
             'Direction scientifique de l’Observatoire : Anne Robin, fondatrice de COMISIS, à titre bénévole.',
             body)
    c.showPage()
    c.save()

# =========================================================================== doc 02
# Note d'analyse (A4, 3 pages): wide left margin holding marginal notes, one body column,
# superscript footnote calls (one glued to a year, one glued to a percentage), footnotes at the foot.

TEAL = col('0f6b6b')
TEAL_L = col('e3f1f0')


def d02_frame(c, n):
    line(c, 40, 805, 'Observatoire des partenariats · Note d’analyse n°' + NB + '2', 'SR', 8.5, TEAL)
    line(c, 555, 805, '29 février 2016', 'SR', 8.5, TEAL, 'r')
    hrule(c, 40, 555, 798, TEAL, 0.8)
    line(c, 555, 30, '%d/3' % n, 'SB', 8.5, TEAL, 'r')


def d02_h(c, y, text):
    line(c, 180, y, text, 'SB', 11.5, TEAL)
    return y - 18


def d02_margin(c, y, head, markup):
    line(c, 40, y, head, 'SB', 7.5, TEAL)
    return para(c, 40, y - 12, 118, markup, Style(fam='C', size=8.5, leading=11, color=TEAL))


def d02_notes(c, notes):
    hrule(c, 180, 300, 118, GREY)
    y = 106
    for n in notes:
        y = para(c, 180, y, 375, n, Style(size=7.5, leading=10)) - 2


def doc02():
    c = new_canvas('obs-s-02-note-analyse-co-construction.pdf', A4, 'Note d’analyse n° 2')
    body = Style(size=9.8, leading=14)
    X, W = 180, 375

    # ---- page 1
    d02_frame(c, 1)
    y = para(c, X, 760, W, '<b>Les modèles de co-construction entre associations et entreprises</b>',
             Style(size=18, leading=23, color=TEAL))
    y = para(c, X, y - 4, W, '<i>Cette note rassemble les enseignements des études de l’Observatoire sur la '
             'manière dont associations et entreprises construisent ensemble.</i>', Style(size=10.5, leading=14.5))
    y = d02_h(c, y - 16, '1. Une conviction installée de longue date')
    ym1 = y
    y = para(c, X, y, W, 'Créé en 2008<sup>1</sup> par la Caisse des Dépôts et Le RAMEAU, l’Observatoire des '
             'partenariats a d’abord conduit le programme ARPEA (2008-2012), qui comptait dix volets.', body)
    y = para(c, X, y - 6, W, 'Dès 2008, 86' + NB + '% des Français jugeaient urgent de créer des partenariats '
             'entre associations et entreprises ; en 2012, ils étaient encore 84' + NB + '%.', body)
    y = para(c, X, y - 6, W, 'Du côté associatif, près de 46' + NB + '% des associations étaient alors engagées '
             'avec une entreprise<sup>2</sup>. Le rapport quinquennal, remis le 11' + NB + 'décembre 2012, a dressé '
             'le bilan de ce premier cycle.', body)
    y = d02_h(c, y - 16, '2. Un cadre public qui se précise')
    y = para(c, X, y, W, 'À la demande de la ministre Valérie Fourneyron, un rapport d’état des lieux des '
             'partenariats entre associations et entreprises a été publié début 2014. Il s’appuie largement '
             'sur les travaux de l’Observatoire.', body)
    d02_margin(c, ym1, 'EN BREF', '86' + NB + '% des Français jugeaient les partenariats urgents dès 2008.')
    d02_notes(c, ['1 Des documents publiés en 2011 et en 2012 datent cette création de 2007.',
                  '2 Programme ARPEA ; son sigle est développé de trois manières selon les documents.'])
    c.showPage()

    # ---- page 2
    d02_frame(c, 2)
    y = d02_h(c, 770, '3. Ce que disent les entreprises')
    y = para(c, X, y, W, 'Publiée en janvier 2011, l’étude ARPEA Entreprises & Territoires classait les '
             'entreprises selon leur attitude face aux partenariats avec les associations.', body)
    y -= 8
    line(c, X, y, 'Tableau 1 – Attitude des entreprises (en' + NB + '% des entreprises interrogées)',
         'SB', 9, TEAL)
    y -= 6
    for k, (a, b) in enumerate([('Développent des partenariats', '21'), ('Souhaitent en développer', '33'),
                                ('Ne le souhaitent pas', '46')]):
        rect(c, X, y - 18, 260, 18, TEAL_L if k % 2 == 0 else white)
        line(c, X + 6, y - 12, a, 'SR', 9)
        line(c, X + 250, y - 12, b, 'SB', 9, TEAL, 'r')
        y -= 18
    hrule(c, X, X + 260, y, TEAL, 0.8)
    y = para(c, X, y - 18, W, 'Celles qui ne souhaitaient pas s’engager restaient donc les plus nombreuses.', body)
    y = d02_h(c, y - 16, '4. Qui s’engage aujourd’hui ?')
    ym2 = y
    y = para(c, X, y, W, 'Les données réunies pour la présente note dessinent un engagement réel mais inégal. '
             'Parmi les entreprises d’au moins 10' + NB + 'salariés, 37' + NB + '% ont noué un partenariat avec '
             'une association. Côté associatif, la proportion est de 38' + NB + '%' + NB + '; parmi celles-ci, les '
             'associations employeuses atteignent 53' + NB + '%<sup>3</sup>. Chez les pionniers, elle monte à '
             '65' + NB + '%.', body)
    y = para(c, X, y - 6, W, 'Ces niveaux restent éloignés de l’envie exprimée par les citoyens, que le '
             'programme PHARE mesure depuis 2013.', body)
    d02_margin(c, ym2, 'À RETENIR', '37' + NB + '% des entreprises d’au moins 10' + NB + 'salariés ont un '
               'partenariat associatif.')
    d02_notes(c, ['3 Les associations employeuses sont une partie des associations : ce taux ne s’ajoute pas '
                  'au précédent.'])
    c.showPage()

    # ---- page 3
    d02_frame(c, 3)
    y = d02_h(c, 770, '5. PHARE (2013-2018) : le regard des citoyens')
    ym3 = y
    y = para(c, X, y, W, 'Le programme PHARE (2013-2018)<sup>4</sup> compte six volets. Publié en septembre '
             '2015, le volet PHARE-Citoyens s’appuie sur plus de 2' + NB + '000 personnes interrogées : '
             '69' + NB + '% des Français y voient dans l’alliance entre acteurs un devoir.', body)
    y = para(c, X, y - 6, W, 'Les Français notent les priorités de leur territoire : l’emploi arrive en tête '
             '(7,1/10), devant le pouvoir d’achat et la sécurité<sup>5</sup>, notés 6,6/10 chacun, puis le '
             'développement économique (6,5/10) ; l’environnement et l’exclusion ferment la marche, à 6,3/10 '
             'tous deux.', body)
    y = para(c, X, y - 6, W, 'Ils attendent des partenariats un impact fort sur l’emploi (49 %), le '
             'développement économique (46 %) et l’environnement (42 %) ; la précarité et l’éducation '
             'suivent, à 36 % chacune.', body)
    y = para(c, X, y - 6, W, 'Les dirigeants d’entreprise et les responsables associatifs partagent ce '
             'sentiment de devoir : 81' + NB + '% des premiers (PHARE-Entreprises, octobre 2015) et '
             '86' + NB + '% des seconds (PHARE-Associations, novembre 2015) le revendiquent.', body)
    y = para(c, X, y - 6, W, 'Le calendrier 2016 est chargé : treize rapports régionaux, des diagnostics '
             'sectoriels en juillet, puis le volet Institutions à l’automne.', body)
    ym = d02_margin(c, ym3, 'NOTES SUR 10', 'L’emploi devance toutes les autres priorités.')
    d02_margin(c, ym - 14, 'ÉCHANTILLON', 'Plus de 2' + NN + '000 Français interrogés.')
    d02_notes(c, ['4 Certaines présentations du programme le bornent à 2013-2017.',
                  '5 Une autre présentation des mêmes résultats attribue à la sécurité la note de 7/10.'])
    c.showPage()
    c.save()

# =========================================================================== doc 03
# Chapter of a book-format study (17 x 24 cm, 4 pages): chapter opener, running heads that
# alternate left/right, printed page numbers 41-44 (not the PDF page index), numbered sections,
# a horizontal bar chart with axis ticks, a table whose rows hold thresholds, a shaded box,
# a table whose population is in the caption and an "À retenir" box.

BOOK = (481.9, 680.3)
PLUM = col('6b2d5c')
PLUM_L = col('f3e8f0')


def d03_frame(c, printed, opener=False):
    w = BOOK[0]
    if opener:
        line(c, w / 2, 28, str(printed), 'SR', 8.5, GREY, 'c')
        return
    if printed % 2 == 0:
        line(c, 48, 648, str(printed), 'SB', 8.5, PLUM)
        line(c, 70, 648, 'Les partenariats en données · Cahier de l’Observatoire, édition 2022', 'SI', 7.5, GREY)
    else:
        line(c, w - 48, 648, str(printed), 'SB', 8.5, PLUM, 'r')
        line(c, w - 70, 648, 'Chapitre 3 · Les associations et leurs partenaires', 'SI', 7.5, GREY, 'r')
    hrule(c, 48, w - 48, 640, PLUM_L, 1)


def d03_h(c, y, num, text):
    line(c, 48, y, num, 'SB', 11, PLUM)
    line(c, 80, y, text, 'SB', 11, PLUM)
    return y - 17


def doc03():
    c = new_canvas('obs-s-03-cahier-chapitre-associations.pdf', BOOK, 'Cahier de l’Observatoire, chapitre 3')
    body = Style(size=9.3, leading=13.2)
    X, W = 48, BOOK[0] - 96

    # ---- page 1 (printed 41): chapter opener
    d03_frame(c, 41, opener=True)
    rect(c, 0, 560, BOOK[0], 120, PLUM)
    line(c, X, 630, 'Chapitre 3', 'SB', 12, white)
    line(c, X, 595, 'Les associations et leurs partenaires', 'SB', 20, white)
    y = para(c, X, 530, W, '<i>Ce chapitre croise les résultats de l’enquête Associations & Partenariats et '
             'ceux de l’étude IMPACT – Associations & Territoires.</i>', Style(size=10.5, leading=14.5, color=PLUM))
    y = d03_h(c, y - 14, '3.1', 'Une enquête de référence')
    y = para(c, X, y, W, 'L’enquête Associations & Partenariats a été conduite en mai et juin 2016 par '
             'Recherches & Solidarités et Le RAMEAU, auprès de plus de 1' + NB + '380 responsables '
             'associatifs ; ses résultats ont été publiés en mars 2017.', body)
    y = para(c, X, y - 5, W, 'Premier enseignement : les associations ne s’allient pas avec un seul acteur. '
             'Chacune déclare en moyenne 2,5 partenaires<sup>1</sup>, et ce chiffre cache de fortes '
             'différences selon le type de partenaire.', body)
    y = para(c, X, y - 5, W, 'Les collectivités territoriales sont le partenaire le plus fréquent. Les '
             'associations et fondations les suivent de près, tandis que les entreprises restent '
             'minoritaires (graphique 3).', body)
    hrule(c, X, X + 110, 96, GREY)
    para(c, X, 84, W, '1 L’étude IMPACT – Associations & Territoires, menée auprès des associations '
         'employeuses, aboutit à des proportions plus élevées : 89' + NB + '% d’entre elles déclarent un '
         'partenariat avec une collectivité.', Style(size=7.5, leading=10))
    c.showPage()

    # ---- page 2 (printed 42): bar chart
    d03_frame(c, 42)
    y = d03_h(c, 612, '3.2', 'Des partenaires très divers')
    y = para(c, X, y, W, 'Le graphique 3 détaille la part des associations qui travaillent avec chaque type '
             'de partenaire.', body)
    y -= 10
    line(c, X, y, 'Graphique 3 – Associations ayant un partenariat, par type de partenaire (en' + NB + '%)',
         'SB', 8.5, PLUM)
    bars = [('Collectivités territoriales', 74), ('Associations et fondations', 72),
            ('Établissements d’enseignement', 47), ('Entreprises', 28), ('Structures d’insertion', 22),
            ('Organismes de recherche', 9)]
    x0, scale = 190, 2.6     # 80 % -> 208 pt
    top = y - 14
    for k in range(5):       # grid lines at 0, 20, 40, 60, 80
        c.setStrokeColor(LIGHT); c.setLineWidth(0.6)
        c.line(x0 + k * 20 * scale, top + 4, x0 + k * 20 * scale, top - 6 * 24 + 6)
    yy = top
    for lab, v in bars:
        line(c, x0 - 6, yy - 11, lab, 'SR', 8.5, black, 'r')
        rect(c, x0, yy - 15, v * scale, 14, PLUM)
        line(c, x0 + v * scale + 4, yy - 11, str(v), 'SB', 8.5, PLUM)
        yy -= 24
    c.setStrokeColor(GREY); c.line(x0, top + 4, x0, yy + 6); c.setStrokeColor(black)
    for k in range(5):
        line(c, x0 + k * 20 * scale, yy - 4, str(k * 20), 'SR', 7.5, GREY, 'c')
    y = para(c, X, yy - 22, W, 'Source : enquête Associations & Partenariats, Recherches & Solidarités – '
             'Le RAMEAU, mai-juin 2016.', Style(size=7.5, leading=10, color=GREY))
    y = para(c, X, y - 2, W, '<i>Lecture : 74' + NB + '% des associations interrogées ont un partenariat avec '
             'une collectivité territoriale.</i>', Style(size=7.5, leading=10, color=GREY))
    y = para(c, X, y - 12, W, 'Les entreprises n’arrivent qu’au quatrième rang. Les structures d’insertion et '
             'les organismes de recherche ferment la marche.', body)
    c.showPage()

    # ---- page 3 (printed 43): thresholds in row labels, box
    d03_frame(c, 43)
    y = d03_h(c, 612, '3.3', 'La taille fait la différence')
    y = para(c, X, y, W, 'Le budget annuel pèse sur la capacité à nouer un partenariat avec une entreprise, '
             'comme le montre le tableau 5.', body)
    y -= 10
    y = para(c, X, y, W, '<b>Tableau 5 – Associations ayant un partenariat avec une entreprise, selon leur '
             'budget annuel (enquête de 2016)</b>', Style(size=8.5, leading=11, color=PLUM))
    y += 4
    rect(c, X, y - 16, W, 16, PLUM)
    line(c, X + 6, y - 11, 'Budget annuel', 'SB', 8.5, white)
    line(c, X + W - 6, y - 11, 'Part (%)', 'SB', 8.5, white, 'r')
    y -= 16
    for k, (a, b) in enumerate([('Inférieur à 10' + NB + '000' + NB + '€', '20'),
                                ('Supérieur à 150' + NB + '000' + NB + '€', '50')]):
        rect(c, X, y - 18, W, 18, PLUM_L if k % 2 else white)
        line(c, X + 6, y - 12, a, 'SR', 8.5)
        line(c, X + W - 6, y - 12, b, 'SR', 8.5, black, 'r')
        y -= 18
    hrule(c, X, X + W, y, PLUM, 0.8)
    y = para(c, X, y - 16, W, 'Les plus grandes structures sont donc nettement plus nombreuses à franchir '
             'le pas.', body)
    bt = y - 14
    rect(c, X, bt - 92, W, 92, PLUM_L)
    line(c, X + 10, bt - 16, 'Encadré – L’éclairage de l’étude IMPACT – Associations & Territoires', 'SB', 8.5, PLUM)
    para(c, X + 10, bt - 32, W - 20, 'L’étude porte sur les 148' + NB + '000 associations employeuses. Presque '
         'toutes ont noué des partenariats : c’est le cas de 98' + NB + '% d’entre elles. Celles-ci pratiquent '
         'd’abord le mécénat (75' + NB + '%) et l’innovation sociétale (73' + NB + '%), puis les pratiques '
         'responsables (70' + NB + '%) et la coopération économique (58' + NB + '%).', Style(size=8.8, leading=12.5))
    c.showPage()

    # ---- page 4 (printed 44)
    d03_frame(c, 44)
    y = d03_h(c, 612, '3.4', 'Une alliance d’abord locale')
    y = para(c, X, y, W, 'Pour les associations employeuses, l’échelle locale domine : 73' + NB + '% y nouent '
             'des partenariats, contre 47' + NB + '% à l’échelle régionale.', body)
    y = d03_h(c, y - 14, '3.5', 'Les autres partenaires')
    y = para(c, X, y, W, '<b>Tableau 6 – Partenaires des associations employeuses (étude IMPACT – '
             'Associations & Territoires)</b>', Style(size=8.5, leading=11, color=PLUM))
    y += 4
    rect(c, X, y - 16, W, 16, PLUM)
    line(c, X + 6, y - 11, 'Type de partenaire', 'SB', 8.5, white)
    line(c, X + W - 6, y - 11, 'Associations concernées', 'SB', 8.5, white, 'r')
    y -= 16
    rows = [('Collectivités', '89'), ('Collectifs d’associations', '56'), ('Acteurs publics nationaux', '52'),
            ('Fédérations professionnelles', '37'), ('Acteurs académiques', '35')]
    for k, (a, b) in enumerate(rows):
        rect(c, X, y - 17, W, 17, PLUM_L if k % 2 else white)
        line(c, X + 6, y - 12, a, 'SR', 8.5)
        line(c, X + W - 6, y - 12, b + NB + '%', 'SR', 8.5, black, 'r')
        y -= 17
    hrule(c, X, X + W, y, PLUM, 0.8)
    bt = y - 22
    rect(c, X, bt - 96, W, 96, white, PLUM)
    line(c, X + 10, bt - 15, 'À retenir', 'SB', 9.5, PLUM)
    yy = bt - 31
    for b in ['En moyenne, 2,5 partenaires par association (enquête de 2016).',
              '74' + NB + '% des associations travaillent avec une collectivité (enquête de 2016)…',
              '… et 89' + NB + '% pour les seules associations employeuses.',
              'Les entreprises ne sont citées que par 28' + NB + '% des associations (2016).']:
        line(c, X + 12, yy, '›', 'SB', 9, PLUM)
        yy = para(c, X + 22, yy, W - 34, b, Style(size=8.8, leading=12)) - 3
    c.showPage()
    c.save()

# =========================================================================== doc 04
# Slide deck 16:9 (800 x 450 pt, 4 slides): slide numbers with a leading zero, a timeline whose
# dates are drawn apart from their events, three big numbers drawn before their populations,
# a vertical bar chart whose values, labels and dates come apart, a boxed panel.

SLIDE = (800, 450)
ORANGE = col('c8551b')
DARK = col('2b2b2b')
SAND = col('f6ede6')


def d04_frame(c, n, title, source=None):
    rect(c, 0, 0, SLIDE[0], SLIDE[1], white)
    line(c, 40, 422, 'Le RAMEAU · Observatoire des partenariats', 'SR', 9, GREY)
    c.setFillColor(ORANGE); c.circle(755, 424, 14, fill=1, stroke=0); c.setFillColor(black)
    line(c, 755, 420, '%02d' % n, 'SB', 11, white, 'c')
    if title:
        line(c, 40, 372, title, 'SB', 26, DARK)
        rect(c, 40, 358, 60, 4, ORANGE)
    if source:
        hrule(c, 40, 760, 38, LIGHT, 1)
        line(c, 40, 24, source, 'SI', 8.5, GREY)


def doc04():
    c = new_canvas('obs-s-04-diaporama-droit-alliance.pdf', SLIDE, 'Faire de l’alliance un droit')

    # ---- slide 1: title + timeline
    d04_frame(c, 1, None)
    line(c, 40, 350, 'Faire de l’alliance un droit', 'SB', 34, DARK)
    line(c, 40, 318, 'Les données qui fondent la proposition de loi', 'SR', 17, ORANGE)
    xs = [110, 290, 470, 650]
    c.setStrokeColor(ORANGE); c.setLineWidth(3); c.line(60, 220, 740, 220); c.setStrokeColor(black)
    for x in xs:
        c.setFillColor(ORANGE); c.circle(x, 220, 7, fill=1, stroke=0); c.setFillColor(black)
    for x, t in zip(xs, ['FNAF 2019', '7 mai 2020', '17 octobre 2020', 'février']):
        line(c, x, 240, t, 'SB', 13, DARK, 'c')
    st = Style(size=10.5, leading=13.5)
    for x, t in zip(xs, ['Gabriel Attal confie une mission à Cathy Racon-Bouzon et Charles-Benoît Heidsieck',
                         'Remise du rapport de mission', 'Bilan de la mission',
                         'Dépôt de la proposition de loi']):
        para(c, x - 75, 196, 150, t, st)
    rect(c, 40, 48, 720, 40, SAND)
    line(c, 400, 63, 'Le RAMEAU : 15 ans de recherche · 5 ans d’étude d’impact · plus de 1' + NN +
         '000 exemples inspirants', 'SB', 12, DARK, 'c')
    c.showPage()

    # ---- slide 2: three big numbers, then populations, then measures
    d04_frame(c, 2, 'Un besoin d’alliance partagé',
              'Source : Le RAMEAU, « Le droit à l’alliance d’intérêt général enfin reconnu ».')
    xs = [150, 400, 650]
    for x, t in zip(xs, ['92' + NN + '%', '81' + NN + '%', '84' + NN + '%']):
        line(c, x, 255, t, 'SB', 54, ORANGE, 'c')
    for x, t in zip(xs, ['des maires', 'des Français', 'des dirigeants d’entreprise']):
        line(c, x, 222, t, 'SB', 15, DARK, 'c')
    for x, t in zip(xs, ['ressentent un besoin d’alliance', 'y voient un devoir d’alliance', 'en ont l’envie']):
        line(c, x, 202, t, 'SR', 12, DARK, 'c')
    rect(c, 40, 100, 720, 44, SAND)
    line(c, 400, 117, 'Repère : en 2015, les Français n’étaient que 69' + NN + '% à parler de devoir d’alliance '
         '(PHARE-Citoyens).', 'SR', 12, DARK, 'c')
    c.showPage()

    # ---- slide 3: vertical bar chart, values / labels / dates drawn row by row
    d04_frame(c, 3, 'Des élus en première ligne',
              'Sources : PHARE-Institutions (2016) ; programme IMPACT ; IMPACT-Elus locaux, Comisis-OpinionWay '
              '(novembre 2020).')
    vals = [87, 76, 64, 46]
    xs = [95, 195, 295, 395]
    base = 100
    for x, v in zip(xs, vals):
        rect(c, x - 30, base, 60, v * 2.3, ORANGE if v != 64 else DARK)
    for x, v in zip(xs, vals):
        line(c, x, base + v * 2.3 + 8, '%d' % v + NB + '%', 'SB', 15, DARK, 'c')
    for x, t in zip(xs, ['devoir d’alliance', 'territoire engagé', '« jouer collectif »', 'ne sait pas piloter']):
        line(c, x, base - 16, t, 'SB', 9, DARK, 'c')
    for x, t in zip(xs, ['maires, 2016', 'maires, IMPACT', 'élus locaux, nov. 2020', 'maires, IMPACT']):
        line(c, x, base - 29, t, 'SR', 8.5, GREY, 'c')
    rect(c, 480, 110, 280, 220, SAND)
    st = Style(size=12, leading=16)
    yy = para(c, 496, 304, 250, 'PHARE-Institutions, publié le 29 novembre 2016, distingue <b>cinq profils</b> '
              'de maires.', st)
    para(c, 496, yy - 14, 250, 'Le programme IMPACT suit <b>trois axes</b> : innovation, performance, '
         'confiance.', st)
    c.showPage()

    # ---- slide 4: bullets + boxed panel
    d04_frame(c, 4, 'Ce que la loi viendrait consacrer',
              'Source : Observatoire des partenariats, données pour la sortie de crise, 2020.')
    st = Style(size=14, leading=19)
    yy = 318
    for b in ['Une proposition de loi portée par Cathy Racon-Bouzon, agréée par le Bureau de l’Assemblée '
              'nationale et publiée au Journal officiel',
              'Une feuille de route ministérielle de vingt et une mesures',
              'Un droit reconnu à l’alliance d’intérêt général']:
        c.setFillColor(ORANGE); c.rect(44, yy + 3, 7, 7, fill=1, stroke=0); c.setFillColor(black)
        yy = para(c, 62, yy, 350, b, st) - 12
    rect(c, 450, 70, 310, 270, SAND)
    line(c, 470, 312, 'Et après la crise ?', 'SB', 15, ORANGE)
    line(c, 470, 268, '81' + NN + '%', 'SB', 34, DARK)
    line(c, 580, 272, 'des Français', 'SB', 13, DARK)
    line(c, 470, 220, '84' + NN + '%', 'SB', 34, DARK)
    line(c, 580, 224, 'des dirigeants de TPE', 'SB', 13, DARK)
    line(c, 580, 208, 'et de PME', 'SB', 13, DARK)
    para(c, 470, 176, 275, 'jugent la co-construction utile pour rebondir ; plus de 250 données ont été '
         'inventoriées pour les aider à agir.', Style(size=12, leading=16))
    c.showPage()
    c.save()

# =========================================================================== doc 05
# Press kit (A4, 3 pages): coloured sidebar with a table of contents, dateline and embargo time,
# a 3 x 2 key-figure grid whose numbers, labels and sub-labels come apart, a dated timeline table
# with "MM/YY" periods and mixed ordinals, an "À propos" box.

GREEN = col('2f6f3e')
GREEN_L = col('e6f0e8')


def d05_frame(c, n, toc=False):
    rect(c, 0, 0, 150, A4[1], GREEN)
    line(c, 24, 790, 'DOSSIER DE PRESSE', 'SB', 10, white)
    line(c, 24, 772, 'Fondation des Territoires', 'SR', 9.5, white)
    line(c, 24, 758, 'Juin 2022', 'SR', 9.5, white)
    if toc:
        line(c, 24, 700, 'Sommaire', 'SB', 10, white)
        for k, (a, b) in enumerate([('Communiqué', 'p. 1'), ('Chiffres clés', 'p. 2'), ('Repères', 'p. 3')]):
            line(c, 24, 680 - 16 * k, a, 'SR', 9, white)
            line(c, 130, 680 - 16 * k, b, 'SR', 9, white, 'r')
    line(c, 367, 28, '— %d —' % n, 'SR', 8.5, GREY, 'c')


def doc05():
    c = new_canvas('obs-s-05-dossier-presse-fondation-territoires.pdf', A4, 'Dossier de presse')
    X, W = 180, 375
    body = Style(size=10, leading=14.2)

    # ---- page 1: communiqué
    d05_frame(c, 1, toc=True)
    line(c, X, 790, 'COMMUNIQUÉ DE PRESSE', 'SB', 9, GREEN)
    line(c, X + W, 790, 'Paris, le 14 juin 2022', 'SR', 9, GREY, 'r')
    line(c, X + W, 777, 'Embargo : 14 juin 2022, 9' + NN + 'h' + NN + '30', 'SI', 8, GREY, 'r')
    y = para(c, X, 738, W, '<b>La Fondation des Territoires voit le jour</b>', Style(size=22, leading=27, color=GREEN))
    y = para(c, X, y - 4, W, '<b>Créée ce 14 juin sous l’égide de la Fondation de Lille, la Fondation des '
             'Territoires réunit 21 co-fondateurs. Ils lui confient ses missions au service de l’alliance dans '
             'les territoires.</b>', Style(size=11, leading=15.5))
    y = para(c, X, y - 8, W, 'Sa création conclut une préfiguration lancée en juillet 2018 et conduite en '
             'trois étapes, jusqu’en mai 2022. Le RAMEAU, qui l’a portée, y voit l’aboutissement de ses '
             'travaux sur l’alliance.', body)
    y = para(c, X, y - 14, W, '<b>Les fondations, actrices des territoires</b>', Style(size=12, color=GREEN))
    y = para(c, X, y - 2, W, 'L’étude IMPACT Fondations & Territoires, publiée le 23 septembre, a interrogé '
             '42 fondations. Celles-ci y décrivent leur rôle dans la vie locale ; la fiche acteur '
             '«' + NB + 'Dynamique d’engagement des Fondations' + NB + '» en tire les enseignements.', body)
    y = para(c, X, y - 14, W, '<b>Une charte pour faire alliance</b>', Style(size=12, color=GREEN))
    y = para(c, X, y - 2, W, 'Avant même sa création, la Fondation des Territoires a piloté la '
             'co-construction de la Charte du faire alliance, lancée le 30 novembre 2021 à Saint-Maurice, lors '
             'du Giving Tuesday<sup>1</sup>. Ce «' + NB + 'contrat de confiance' + NB + '» est ouvert à tous '
             'les acteurs.', body)
    hrule(c, X, X + 120, 92, GREY)
    para(c, X, 80, W, '1 Une annonce publique évoque un «' + NB + 'mardi 30 septembre' + NB + '».',
         Style(size=7.5, leading=10))
    c.showPage()

    # ---- page 2: key-figure grid (numbers row, label row, sub-label rows, tile by tile across)
    d05_frame(c, 2)
    line(c, X, 780, 'Chiffres clés', 'SB', 22, GREEN)
    tx = [X + k * 127 for k in range(3)]
    grid = [
        (720, ['21', '3', '42'], ['co-fondateurs', 'missions', 'fondations interrogées'],
         [['de la Fondation des', 'Territoires, créée en 2022'], ['confiées à la Fondation', 'des Territoires'],
          ['par l’étude IMPACT', 'Fondations & Territoires']]),
        (570, ['1,5' + NN + 'M€', '350', 'Onze'], ['dotation du Fonds ODD 17', 'catalyseurs territoriaux',
                                                  'territoires pionniers'],
         [['co-créé en 2020 avec la', 'Fondation TotalEnergies'], ['mobilisés par le même', 'fonds'],
          ['du parcours d’expérience', 'mené avec le CGET<sup>2</sup>']]),
    ]
    for top, nums, labs, subs in grid:
        for x in tx:
            rect(c, x, top - 122, 120, 122, GREEN_L)
        for x, t in zip(tx, nums):
            line(c, x + 10, top - 40, t, 'SB', 26, GREEN)
        for x, t in zip(tx, labs):
            line(c, x + 10, top - 62, t, 'SCB', 8.5, black)
        for r in range(2):
            for x, s in zip(tx, subs):
                para(c, x + 10, top - 78 - 12 * r, 110, s[r], Style(fam='C', size=8.5, leading=11))
    y = para(c, X, 420, W, 'Le Fonds ODD' + NB + '17 finance une expérimentation conduite sur trois ans. Ses '
             'catalyseurs relient, dans chaque territoire, associations, entreprises, collectivités et '
             'fondations.', body)
    hrule(c, X, X + 120, 92, GREY)
    para(c, X, 80, W, '2 Une autre présentation du même parcours évoque «' + NB + '10 territoires pilotes' +
         NB + '».', Style(size=7.5, leading=10))
    c.showPage()

    # ---- page 3: timeline table + À propos
    d05_frame(c, 3)
    line(c, X, 780, 'Repères', 'SB', 22, GREEN)
    y = 750
    rect(c, X, y - 18, W, 18, GREEN)
    line(c, X + 6, y - 12, 'Quand', 'SB', 9, white)
    line(c, X + 112, y - 12, 'Quoi', 'SB', 9, white)
    y -= 18
    rows = [('2010', 'Lancement de la démarche «' + NB + 'Agir ensemble en Territoire' + NB + '», après l’étude '
             'ARPEA-Collectivités locales (Comisis-OpinionWay)'),
            ('juillet 2018', 'Lancement de la préfiguration de la Fondation des Territoires'),
            ('07/18 – 07/19', 'Première étape de la préfiguration'),
            ('08/19 – 11/20', '2e étape : le cheminement se poursuit'),
            ('12/20 – 05/22', 'Troisième étape, jusqu’à la création'),
            ('30 novembre 2021', 'Lancement de la Charte du faire alliance, à Saint-Maurice'),
            ('14 juin 2022', 'Création de la Fondation des Territoires sous l’égide de la Fondation de Lille')]
    st = Style(size=9, leading=12)
    for k, (a, b) in enumerate(rows):
        h = 8 + 12 * n_lines(250, b, st)
        rect(c, X, y - h, W, h, GREEN_L if k % 2 else white)
        line(c, X + 6, y - 13, a, 'SB', 9, GREEN)
        para(c, X + 112, y - 13, 250, b, st)
        y -= h
    hrule(c, X, X + W, y, GREEN, 0.8)
    bt = y - 30
    rect(c, X, bt - 162, W, 162, white, GREEN)
    line(c, X + 12, bt - 20, 'À propos', 'SB', 11, GREEN)
    yy = para(c, X + 12, bt - 38, W - 24, 'Depuis 2006, Le RAMEAU, laboratoire de recherche empirique, a mené '
              'des expérimentations auprès de plus de 500 organisations et recensé plus de 1.000 exemples '
              'inspirants.', body)
    yy = para(c, X + 12, yy - 4, W - 24, 'L’Observatoire des partenariats, créé en 2008 par la Caisse des '
              'Dépôts et Le RAMEAU, mesure depuis lors l’état des alliances en France.', body)
    para(c, X + 12, yy - 4, W - 24, 'Le Fonds ODD' + NB + '17, co-créé en 2020 avec la Fondation TotalEnergies, '
         'mobilise 350 catalyseurs territoriaux.', body)
    c.showPage()
    c.save()


def main():
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()


if __name__ == '__main__':
    main()
