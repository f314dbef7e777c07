"""Deterministic generator of the 5 PDFs of figure-finder gold set V.

Run: /work/main/.venv/bin/python make_docs.py   (writes obs-v-0N-*.pdf next to this file)

Source-string conventions: "~" is U+00A0 (no-break space), "^" is U+202F (narrow no-break space);
"« " and " »" always get U+00A0 inside. Inline markup: <b>, <i>, <sup>.
Text is wrapped greedily at ordinary spaces only, left-aligned, never hyphenated. Every block is
placed at explicit coordinates; the text layer follows the drawing order.
"""
import os
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics, pdfdoc
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import isUnicode
from reportlab.lib.colors import HexColor, white, black

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = '/usr/share/fonts/truetype/dejavu/'
A4 = (595.28, 841.89)
A3L = (1190.55, 841.89)


class NbspTTFont(TTFont):
    """reportlab 5.1.0 TTFont.splitString without `if code==0xa0: code = 32`, so that U+00A0
    reaches the text layer (README-r decision 13 as restated in README-t/README-u)."""
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
                    raise pdfdoc.PDFError("Font %s is already frozen, cannot add new character U+%04X" % (self.fontName, code))
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


FAMILIES = {
    'Sans': ('DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'),
    'Cond': ('DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf', 'DejaVuSansCondensed-Oblique.ttf',
             'DejaVuSansCondensed-BoldOblique.ttf'),
    'Serif': ('DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSerif-Italic.ttf', 'DejaVuSerif-BoldItalic.ttf'),
}
for fam, files in FAMILIES.items():
    for suffix, fn in zip(('', '-B', '-I', '-BI'), files):
        pdfmetrics.registerFont(NbspTTFont(fam + suffix, FONTDIR + fn))


def fontname(fam, b=False, i=False):
    return fam + ('-BI' if b and i else '-B' if b else '-I' if i else '')


def prep(s):
    s = s.replace('~', '\u00a0').replace('^', '\u202f')
    s = s.replace('« ', '«\u00a0').replace(' »', '\u00a0»')
    return s


def parse(s, b0=False, i0=False):
    """Rich text -> list of (char, bold, italic, sup)."""
    s = prep(s)
    out = []
    b, i, sup = b0, i0, False
    k = 0
    while k < len(s):
        if s[k] == '<':
            j = s.index('>', k)
            tag = s[k + 1:j]
            if tag == 'b': b = True
            elif tag == '/b': b = b0
            elif tag == 'i': i = True
            elif tag == '/i': i = i0
            elif tag == 'sup': sup = True
            elif tag == '/sup': sup = False
            else: raise ValueError(tag)
            k = j + 1
            continue
        out.append((s[k], b, i, sup))
        k += 1
    return out


SUP = 0.62


def runs_of(chars):
    runs = []
    for ch, b, i, sup in chars:
        if runs and runs[-1][1:] == (b, i, sup):
            runs[-1][0] += ch
        else:
            runs.append([ch, b, i, sup])
    return [tuple(r) for r in runs]


def width(chars, fam, size):
    return sum(pdfmetrics.stringWidth(t, fontname(fam, b, i), size * (SUP if sup else 1))
               for t, b, i, sup in runs_of(chars))


def wrap(s, w, fam, size, b=False, i=False):
    chars = parse(s, b, i)
    words, cur = [], []
    for c in chars:
        if c[0] == ' ':
            words.append(cur)
            cur = []
        else:
            cur.append(c)
    words.append(cur)
    lines, line = [], []
    for word in words:
        if not word:
            continue
        cand = line + ([(' ', word[0][1], word[0][2], False)] if line else []) + word
        if line and width(cand, fam, size) > w:
            lines.append(line)
            line = list(word)
        else:
            line = cand
    if line:
        lines.append(line)
    return lines


def draw_chars(c, x, y, chars, fam, size, color=black, align='left'):
    if align != 'left':
        wd = width(chars, fam, size)
        x = x - wd if align == 'right' else x - wd / 2
    t = c.beginText(x, y)
    t.setFillColor(color)
    for txt, b, i, sup in runs_of(chars):
        t.setFont(fontname(fam, b, i), size * (SUP if sup else 1))
        t.setRise(size * 0.36 if sup else 0)
        t.textOut(txt)
    t.setRise(0)
    c.drawText(t)


def text(c, x, y, s, fam='Sans', size=10, color=black, align='left', b=False, i=False):
    """One line, no wrapping."""
    draw_chars(c, x, y, parse(s, b, i), fam, size, color, align)


def para(c, x, y, w, s, fam='Sans', size=10, leading=None, color=black, b=False, i=False):
    """Wrapped paragraph; y is the top; returns the y below the last line."""
    leading = leading or size * 1.3
    for line in wrap(s, w, fam, size, b, i):
        y -= leading
        draw_chars(c, x, y, line, fam, size, color)
    return y


class Flow:
    """Pours paragraphs through a list of frames (x, ytop, w, ybottom), in order."""
    def __init__(self, c, frames):
        self.c, self.frames, self.k = c, frames, 0
        self.y = frames[0][1]

    @property
    def x(self):
        return self.frames[self.k][0]

    @property
    def w(self):
        return self.frames[self.k][2]

    def next_frame(self):
        self.k += 1
        self.y = self.frames[self.k][1]

    def space(self, h):
        if self.y != self.frames[self.k][1]:
            self.y -= h

    def add(self, s, fam='Sans', size=10, leading=None, color=black, b=False, i=False, before=0, after=0,
            indent=0):
        leading = leading or size * 1.3
        self.space(before)
        for line in wrap(s, self.w - indent, fam, size, b, i):
            if self.y - leading < self.frames[self.k][3]:
                self.next_frame()
            self.y -= leading
            draw_chars(self.c, self.x + indent, self.y, line, fam, size, color)
        self.y -= after

    def block(self, h, fn, before=0, after=0):
        self.space(before)
        if self.y - h < self.frames[self.k][3]:
            self.next_frame()
        fn(self.x, self.y, self.w)
        self.y -= h + after


def rect(c, x, y, w, h, fill=None, stroke=None, lw=0.6):
    c.saveState()
    if fill is not None:
        c.setFillColor(fill)
    if stroke is not None:
        c.setStrokeColor(stroke)
        c.setLineWidth(lw)
    c.rect(x, y, w, h, fill=1 if fill is not None else 0, stroke=1 if stroke is not None else 0)
    c.restoreState()


def hline(c, x1, x2, y, color=black, lw=0.5):
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(lw)
    c.line(x1, y, x2, y)
    c.restoreState()


def new_canvas(name, size, title):
    path = os.path.join(HERE, name)
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor('Observatoire des partenariats (document de test)')
    c.setCreator('make_docs.py (set V)')
    return c


# ---------------------------------------------------------------------------------------------
# V-01  Bulletin de veille « Alliances & Territoires », n° 27, décembre 2021 (A4, two columns)
# ---------------------------------------------------------------------------------------------
NAVY = HexColor('#1f3a5f')
ORANGE = HexColor('#c8641e')
GREY = HexColor('#555555')
LIGHT = HexColor('#eef2f6')


def v01():
    W, H = A4
    c = new_canvas('obs-v-01-bulletin-veille-n27.pdf', A4, 'Alliances & Territoires, bulletin de veille n° 27')
    L, R = 42, W - 42
    CW = (R - L - 18) / 2
    X1, X2 = L, L + CW + 18

    def header():
        text(c, L, 812, 'Alliances & Territoires · bulletin de veille', 'Sans', 8.5, NAVY, b=True)
        text(c, R, 812, 'N° 27 · décembre~2021', 'Sans', 8.5, NAVY, align='right')
        hline(c, L, R, 805, NAVY, 0.8)

    def footer(n):
        hline(c, L, R, 52, GREY, 0.4)
        text(c, L, 40, 'Observatoire des partenariats · Le RAMEAU', 'Sans', 7.5, GREY)
        text(c, R, 40, '%d/3' % n, 'Sans', 7.5, GREY, align='right')

    def footnotes(y, notes):
        hline(c, L, L + 120, y + 4, GREY, 0.4)
        for n in notes:
            y = para(c, L, y, R - L, n, 'Sans', 7.5, 9.5, GREY)
        return y

    # ---- page 1
    rect(c, 0, H - 112, W, 112, fill=NAVY)
    text(c, L, H - 38, "BULLETIN DE VEILLE DE L'OBSERVATOIRE DES PARTENARIATS", 'Sans', 8, white)
    text(c, L, H - 72, 'Alliances & Territoires', 'Sans', 28, white, b=True)
    text(c, R, H - 72, 'N° 27 · décembre~2021', 'Sans', 11, white, align='right')
    y = H - 140
    text(c, L, y, 'À LA UNE', 'Sans', 9, ORANGE, b=True)
    y = para(c, L, y - 4, R - L, 'La Charte du faire alliance, un « contrat de confiance »', 'Sans', 18, 22, NAVY, b=True)
    y = para(c, L, y - 4, R - L,
             "Co-construite sous le pilotage de la Fondation des Territoires, la Charte du faire alliance a été "
             "dévoilée le 30~novembre~2021, jour du Giving Tuesday, lors d'une soirée VitaWin à "
             "Saint-Maurice<sup>1</sup>, au cœur du territoire de Paris-Est Marne & Bois.", 'Sans', 11, 15, b=True)
    top = y - 16
    f1 = Flow(c, [(X1, top, CW, 150)])
    f1.add('Trois chiffres, aucune date', 'Sans', 12, 16, NAVY, b=True)
    f1.add("Le plaidoyer pour un « droit de l'alliance d'intérêt général », que la Charte prolonge, s'appuie sur "
           "des résultats de l'Observatoire : 81~% des Français voient dans l'alliance un devoir, 92~% des maires "
           "en expriment le besoin et, chez les dirigeants d'entreprise, l'envie d'alliance atteint 84~%.",
           'Sans', 9.5, 13, before=4)
    f1.add("Ni ce plaidoyer ni les communiqués qui le relaient ne disent de quelle enquête, ni de quelle année, "
           "viennent ces pourcentages.", 'Sans', 9.5, 13, before=5)
    f1.add('Une démarche née en 2010', 'Sans', 12, 16, NAVY, b=True, before=12)
    f1.add("La Charte prolonge « Agir ensemble en Territoire », démarche lancée après l'étude "
           "ARPEA-Collectivités locales de Comisis et d'OpinionWay. Elle a d'abord été expérimentée sur trois "
           "territoires pilotes : l'Alsace avec Alsace Active, le Poitou-Charentes avec le Groupe La Poste, et "
           "Paris-Est Marne & Bois.", 'Sans', 9.5, 13, before=4)
    f1.add("Le parcours d'expérience ouvert ensuite par le CGET et Le RAMEAU a réuni onze territoires "
           "pionniers<sup>2</sup> ; sa première session s'est tenue le 3~mai.", 'Sans', 9.5, 13, before=5)
    f2 = Flow(c, [(X2, top, CW, 150)])
    f2.add('Du rapport à la proposition de loi', 'Sans', 12, 16, NAVY, b=True)
    f2.add("Confiée lors du FNAF 2019 par Gabriel Attal à Cathy Racon-Bouzon et à Charles-Benoît Heidsieck, "
           "la mission ministérielle a remis son rapport le 7~mai~2020, puis présenté son bilan le "
           "17~octobre~2020.", 'Sans', 9.5, 13, before=4)
    f2.add("Il en est sorti une « feuille de route » ministérielle de vingt et une mesures. Une proposition de "
           "loi reconnaissant un « droit de l'alliance d'intérêt général », déposée en février par Cathy "
           "Racon-Bouzon, a ensuite été agréée par le Bureau de l'Assemblée nationale et publiée au Journal "
           "officiel.", 'Sans', 9.5, 13, before=5)

    def lu(x, ytop, w):
        rect(c, x, ytop - 70, w, 70, fill=LIGHT)
        text(c, x + 10, ytop - 18, 'Lu pour vous', 'Sans', 10, ORANGE, b=True)
        para(c, x + 10, ytop - 22, w - 20, "JURIS Associations consacre son n°~628 à un dossier sur les alliances "
             "entre associations et entreprises.", 'Sans', 9, 12, i=True)
    f2.block(70, lu, before=16)
    footnotes(128, ["1. Une page du site associations.gouv.fr annonce la même soirée pour le « mardi "
                    "30~septembre ».",
                    "2. Une autre présentation du même parcours parle du « CGET et 10~territoires pilotes »."])
    footer(1)
    c.showPage()

    # ---- page 2
    header()
    y = para(c, L, 790, R - L, 'DONNÉES', 'Sans', 9, color=ORANGE, b=True)
    y = para(c, L, y, R - L, "Programme IMPACT : l'alliance vue par quatre publics", 'Sans', 17, 21, NAVY, b=True)
    top = y - 14
    fl = Flow(c, [(X1, top, CW, 420), (X2, top, CW, 420)])
    fl.add("Lancé en novembre 2017 pour la période 2018-2022, le programme IMPACT est conduit avec la Caisse "
           "des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU. "
           "Il s'organise autour de trois axes : l'innovation sociétale et territoriale, la performance des "
           "organisations et la confiance.", 'Sans', 9.5, 13)
    fl.add("Ses premiers résultats placent les maires en tête des publics qui voient dans les partenariats une "
           "source d'innovation.", 'Sans', 9.5, 13, before=5)

    def tab(x, ytop, w):
        yy = para(c, x, ytop, w, "Les partenariats, source d'innovation (programme IMPACT)", 'Sans', 8.5, 11,
                  NAVY, b=True)
        yy -= 4
        rect(c, x, yy - 16, w, 16, fill=NAVY)
        text(c, x + 6, yy - 11.5, 'Public', 'Sans', 8.5, white, b=True)
        text(c, x + w - 6, yy - 11.5, 'Part (en~%)', 'Sans', 8.5, white, b=True, align='right')
        yy -= 16
        rows = [('Français<sup>3</sup>', '74'), ("Dirigeants d'entreprise", '81'),
                ('Responsables associatifs', '86'), ('Maires', '87')]
        for k, (a, v) in enumerate(rows):
            if k % 2:
                rect(c, x, yy - 15, w, 15, fill=LIGHT)
            text(c, x + 6, yy - 10.5, a, 'Sans', 8.5)
            text(c, x + w - 6, yy - 10.5, v, 'Sans', 8.5, align='right')
            yy -= 15
        hline(c, x, x + w, yy, NAVY, 0.6)
    fl.block(112, tab, before=10, after=6)
    fl.add("Les mêmes travaux montrent que 76~% des maires jugent leur territoire engagé ; pourtant, 46~% "
           "d'entre eux reconnaissent ne pas savoir piloter ces alliances, un écart que la Charte cherche "
           "précisément à combler en proposant un cadre commun aux élus, aux entreprises et aux associations "
           "de leur territoire, quelle que soit la taille de la commune.", 'Sans', 9.5, 13, before=5)
    fl.add('Élus locaux : le « jouer collectif »', 'Sans', 12, 16, NAVY, b=True, before=12)
    fl.add("En novembre 2020, l'étude IMPACT-Elus locaux, réalisée par Comisis et OpinionWay, indiquait que "
           "64~% des élus locaux veulent s'appuyer sur le « jouer collectif ». Elle a donné naissance à la "
           "fiche-repère « Les dynamiques d'engagement des Collectivités territoriales », dévoilée au Congrès "
           "des maires.", 'Sans', 9.5, 13, before=4)
    yb = min(fl.y, 420) - 24
    rect(c, L, yb - 92, R - L, 92, fill=LIGHT)
    text(c, L + 12, yb - 20, "ODD 17 : une note pour s'y retrouver", 'Sans', 12, NAVY, b=True)
    para(c, L + 12, yb - 26, R - L - 24,
         "Parue le 5~juillet, la note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons » rappelle que "
         "cet objectif compte dix-neuf cibles. Les ressources de la plateforme M.E.D.O.C. (Méthodes, Exemples, "
         "Données, Outils, Compétences) aident les acteurs à les traduire sur leur territoire.", 'Sans', 9.5, 13)
    footnotes(128, ["3. Un autre article qui reprend ces résultats écrit « 69~% des citoyens »."])
    footer(2)
    c.showPage()

    # ---- page 3
    header()
    y = para(c, L, 790, R - L, 'PORTRAIT', 'Sans', 9, color=ORANGE, b=True)
    y = para(c, L, y, R - L, 'Le RAMEAU en chiffres', 'Sans', 17, 21, NAVY, b=True)
    y -= 10
    rect(c, L, y - 92, R - L, 92, fill=LIGHT)
    bw = (R - L) / 4
    nums = ['15', '5', '500', '1.000']
    labels = [['ans de recherche'], ["ans d'étude d'impact"], ['organisations accompagnées', 'depuis 2006'],
              ['exemples inspirants', 'recensés']]
    for k, n in enumerate(nums):
        text(c, L + k * bw + bw / 2, y - 34, n, 'Sans', 26, ORANGE, b=True, align='center')
    for k, lab in enumerate(labels):
        for j, ln in enumerate(lab):
            text(c, L + k * bw + bw / 2, y - 66 - j * 10, ln, 'Sans', 8, NAVY, align='center')
    top = y - 114
    f1 = Flow(c, [(X1, top, CW, 150)])
    f1.add('Une fondation en préfiguration', 'Sans', 12, 16, NAVY, b=True)
    f1.add("Lancée en juillet 2018, la préfiguration de la Fondation des Territoires se déroule en trois "
           "étapes. La troisième, ouverte en décembre 2020, doit s'achever en mai 2022 : la fondation n'a donc "
           "pas encore d'existence juridique.", 'Sans', 9.5, 13, before=4)
    f1.add("De l'ARPEA à IMPACT", 'Sans', 12, 16, NAVY, b=True, before=12)
    f1.add("Créé en 2008 par la Caisse des Dépôts et Le RAMEAU<sup>4</sup>, avec le MEDEF et le Mouvement "
           "associatif, l'Observatoire des partenariats a d'abord conduit l'ARPEA (2008-2012), en dix volets, "
           "puis PHARE (2013-2018)<sup>5</sup>, en six volets, avant de lancer IMPACT.", 'Sans', 9.5, 13,
           before=4)
    f2 = Flow(c, [(X2, top, CW, 150)])
    f2.add("Un laboratoire d'intérêt général", 'Sans', 12, 16, NAVY, b=True)
    f2.add("Association d'intérêt général, Le RAMEAU se présente comme un « laboratoire de recherche "
           "empirique ». Son président-fondateur, Charles-Benoît Heidsieck, et sa directrice générale, Laurence "
           "Weber, en portent les missions, à commencer par celle de témoigner.", 'Sans', 9.5, 13, before=4)
    f2.add("La direction scientifique de l'Observatoire est assurée bénévolement par Anne Robin, fondatrice "
           "de COMISIS.", 'Sans', 9.5, 13, before=5)
    footnotes(128, ["4. Des documents plus anciens, de 2011 et 2012, écrivent : « Créé en 2007, l'Observatoire "
                    "national des partenariats associations / entreprises ».",
                    "5. Le site de l'Observatoire présente PHARE sur la période 2013-2017."])
    footer(3)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# V-02  Étude, chapitre 2 « Les entreprises » (A4, serif, margin section numbers, folios 31-34)
# ---------------------------------------------------------------------------------------------
WINE = HexColor('#7a1f3d')
SAND = HexColor('#f5efe6')


def v02():
    W, H = A4
    c = new_canvas('obs-v-02-etude-chapitre-entreprises.pdf', A4, "L'alliance en chiffres, chapitre 2")
    TX, TW, MX = 150, 385, 78
    FS, LD = 10.5, 15

    def running_head():
        text(c, MX, 806, "L'alliance en chiffres", 'Serif', 8.5, GREY, i=True)
        text(c, TX + TW, 806, 'Chapitre 2 · Les entreprises', 'Serif', 8.5, GREY, align='right')
        hline(c, MX, TX + TW, 798, GREY, 0.4)

    def folio(n):
        text(c, (MX + TX + TW) / 2, 36, str(n), 'Serif', 9, GREY, align='center')

    def section(f, num, title):
        f.space(16)
        y = f.y - 15
        text(c, MX, y, num, 'Serif', 12, WINE, b=True)
        f.add(title, 'Serif', 12, 15, WINE, b=True)
        f.y -= 4

    def footnote(y, s):
        hline(c, TX, TX + 110, y + 4, GREY, 0.4)
        para(c, TX, y, TW, s, 'Serif', 8, 10, GREY)

    # ---- page 1 (folio 31)
    text(c, MX, 760, 'CHAPITRE', 'Serif', 10, WINE, b=True)
    text(c, MX, 700, '2', 'Serif', 60, WINE, b=True)
    y = para(c, TX, 752, TW, "Les entreprises, de l'envie d'alliance à l'engagement", 'Serif', 20, 25, b=True)
    f = Flow(c, [(TX, y - 10, TW, 60)])
    f.add("Ce chapitre rassemble quatre sources publiées entre 2011 et 2020 : l'étude ARPEA Entreprises & "
          "Territoires, la note de février 2016 sur les modèles de co-construction, le programme PHARE et les "
          "données réunies pour la sortie de crise.", 'Serif', FS, LD, GREY, i=True)
    section(f, '2.1', 'Une minorité engagée, une majorité à convaincre')
    f.add("En janvier 2011, l'étude ARPEA Entreprises & Territoires donnait pour la première fois une mesure de "
          "l'engagement des entreprises dans leur territoire. Son résultat tient en trois chiffres, que "
          "représente la figure 2.1.", 'Serif', FS, LD)

    def fig21(x, ytop, w):
        yy = para(c, x, ytop, w, 'Figure 2.1 — Les entreprises face aux partenariats (en~% des entreprises)',
                  'Serif', 9, 12, WINE, b=True)
        rows = [('développent des partenariats', 21), ('souhaitent en développer', 33),
                ('ne le souhaitent pas', 46)]
        for lab, v in rows:
            yy -= 20
            text(c, x, yy, lab, 'Serif', 9)
            rect(c, x + 150, yy - 3, v * 4.2, 12, fill=WINE)
            text(c, x + 150 + v * 4.2 + 5, yy, str(v), 'Serif', 9, b=True)
        para(c, x, yy - 6, w, 'Source : ARPEA Entreprises & Territoires, Observatoire des partenariats, janvier 2011.',
             'Serif', 8, 10, GREY, i=True)
    f.block(104, fig21, before=10, after=6)
    f.add("Autrement dit, les 46~% d'entreprises qui ne souhaitaient pas s'engager étaient alors plus "
          "nombreuses que celles qui avaient déjà franchi le pas, et que celles qui l'envisageaient.",
          'Serif', FS, LD)
    section(f, '2.2', 'Les pionniers en avance')
    f.add("La note du 29~février~2016 sur les modèles de co-construction situe les entreprises parmi les autres "
          "acteurs. 37~% des entreprises d'au moins 10~salariés y déclarent un partenariat, contre 38~% des "
          "associations et 53~% des associations employeuses. Les pionniers, eux, sont 65~% à le faire.",
          'Serif', FS, LD)
    f.add("Il faut lire ces proportions avec prudence. La note ne dit pas si les partenariats déclarés sont "
          "anciens ou récents, ni s'ils engagent la direction de l'entreprise ou seulement l'un de ses "
          "établissements.", 'Serif', FS, LD, before=6)
    folio(31)
    c.showPage()

    # ---- page 2 (folio 32)
    running_head()
    f = Flow(c, [(TX, 780, TW, 60)])
    section(f, '2.3', "Le devoir d'alliance selon les publics")
    f.add("Le programme PHARE a interrogé tour à tour les citoyens, les entreprises, les associations puis les "
          "institutions. Les dirigeants d'entreprise ne sont pas en reste : 81~% d'entre eux estiment que "
          "s'allier est un devoir, presque autant que les responsables associatifs (86~%) et nettement plus que "
          "les Français (69~%).", 'Serif', FS, LD)

    def tab21(x, ytop, w):
        yy = para(c, x, ytop, w, "Tableau 2.1 — Le « devoir d'alliance » dans le programme PHARE (en~% de chaque "
                  "public)", 'Serif', 9, 12, WINE, b=True)
        cols = [0, 120, 235, w]
        yy -= 4
        hline(c, x, x + w, yy, WINE, 0.8)
        for k, hd in enumerate(['Public', 'Volet', 'Parution']):
            text(c, x + cols[k], yy - 12, hd, 'Serif', 8.5, WINE, b=True)
        text(c, x + w, yy - 12, 'Part', 'Serif', 8.5, WINE, b=True, align='right')
        yy -= 17
        hline(c, x, x + w, yy, WINE, 0.4)
        rows = [('Français', 'PHARE-Citoyens', 'septembre~2015', '69'),
                ("Dirigeants d'entreprise", 'PHARE-Entreprises', 'octobre~2015', '81'),
                ('Responsables associatifs', 'PHARE-Associations', 'novembre~2015', '86'),
                ('Maires', 'PHARE-Institutions', '29~novembre~2016', '87')]
        for row in rows:
            yy -= 14
            for k in range(3):
                text(c, x + cols[k], yy, row[k], 'Serif', 8.5)
            text(c, x + w, yy, row[3], 'Serif', 8.5, align='right')
        yy -= 6
        hline(c, x, x + w, yy, WINE, 0.8)
        para(c, x, yy - 2, w, "Note : le volet PHARE-Institutions est paru l'année suivante.", 'Serif', 8, 10,
             GREY, i=True)
    f.block(124, tab21, before=12, after=4)
    f.add("La comparaison demande des précautions : chaque volet a son propre échantillon et son propre "
          "calendrier de publication, que rappelle le tableau.", 'Serif', FS, LD)
    section(f, '2.4', 'Une envie sans date')
    f.add("Un quatrième chiffre circule largement : 84~% des dirigeants d'entreprises auraient « envie "
          "d'alliance »<sup>1</sup>. Aucune des sources qui le citent ne précise ni l'enquête ni l'année.",
          'Serif', FS, LD)
    f.add("Ce chiffre est pourtant devenu un argument à part entière. On le retrouve dans les plaidoyers en "
          "faveur d'un droit de l'alliance, où il voisine avec des résultats d'enquêtes datées sans que rien ne "
          "l'en distingue. Pour le citer, mieux vaut dire d'où il vient, ou reconnaître qu'on ne le sait pas.",
          'Serif', FS, LD, before=6)
    footnote(90, "1. Chiffre repris dans le plaidoyer pour le « droit de l'alliance d'intérêt général », que la "
             "Charte du faire alliance a prolongé en 2021, à côté du « besoin d'alliance » de 92~% des maires.")
    folio(32)
    c.showPage()

    # ---- page 3 (folio 33)
    running_head()
    f = Flow(c, [(TX, 780, TW, 60)])
    section(f, '2.5', 'Après le choc de 2020')
    f.add("Au sortir du premier confinement, Le RAMEAU a inventorié plus de 250~données pour éclairer la "
          "reprise. Deux d'entre elles concernent les entreprises et le grand public : 84~% des dirigeants de "
          "TPE et de PME, comme 81~% des Français, jugent la co-construction utile pour rebondir.",
          'Serif', FS, LD)
    f.add("Ces données ont été rassemblées pour éclairer les décisions des acteurs publics et privés au moment "
          "de la reprise.", 'Serif', FS, LD, before=6)

    def box(x, ytop, w):
        rect(c, x - 8, ytop - 92, w + 16, 92, fill=SAND)
        yy = para(c, x, ytop - 4, w, 'Encadré 2.1 — Comparer ce qui est comparable', 'Serif', 9.5, 13, WINE,
                  b=True)
        para(c, x, yy - 2, w, "Les chiffres de ce chapitre ne portent ni sur les mêmes entreprises ni sur les "
             "mêmes années : le seuil de 10~salariés de la note de 2016 n'existe pas dans l'étude de 2011, et "
             "les TPE et PME de 2020 forment encore un autre public.", 'Serif', 9, 12.5)
    f.block(92, box, before=14, after=4)
    section(f, '2.6', 'Le regard des associations')
    f.add("Vues des associations, les entreprises restent des partenaires parmi d'autres. L'enquête "
          "Associations & Partenariats de Recherches & Solidarités et du RAMEAU, menée en mai-juin 2016 auprès "
          "de plus de 1~380~responsables associatifs et publiée en mars 2017, les classe au quatrième rang "
          "(tableau 2.2).", 'Serif', FS, LD)

    def tab22(x, ytop, w):
        yy = para(c, x, ytop, w, 'Tableau 2.2 — Partenaires cités par les associations (en~% des associations)',
                  'Serif', 9, 12, WINE, b=True)
        yy -= 4
        hline(c, x, x + w, yy, WINE, 0.8)
        rows = [('Collectivités territoriales', '74'), ('Associations et fondations', '72'),
                ("Établissements d'enseignement", '47'), ('Entreprises', '28'),
                ("Structures d'insertion", '22'), ('Organismes de recherche', '9')]
        for a, v in rows:
            yy -= 14
            text(c, x, yy, a, 'Serif', 8.5)
            text(c, x + 260, yy, v, 'Serif', 8.5, align='right')
        yy -= 6
        hline(c, x, x + w, yy, WINE, 0.8)
    f.block(112, tab22, before=12, after=4)
    f.add("En moyenne, chaque association compte 2,5~partenaires.", 'Serif', FS, LD)
    folio(33)
    c.showPage()

    # ---- page 4 (folio 34)
    running_head()
    f = Flow(c, [(TX, 780, TW, 60)])
    f.add("Dans la même enquête Associations & Partenariats, le budget pèse lourd. Parmi les associations dont "
          "le budget dépasse 150~000~€, 50~% ont une entreprise pour partenaire ; sous le seuil de 10~000~€, "
          "elles ne sont plus que 20~%.", 'Serif', FS, LD)
    f.add("Le programme ARPEA (2008-2012) comptait déjà près de 46~% d'associations engagées avec une "
          "entreprise.", 'Serif', FS, LD, before=6)
    section(f, '2.7', "Ce qu'il faut retenir")

    def keys(x, ytop, w):
        rect(c, x - 8, ytop - 78, w + 16, 78, fill=SAND)
        yy = ytop - 4
        for s in ['• En 2011, 21~% des entreprises développaient des partenariats.',
                  '• En 2016, 65~% des pionniers en avaient noué un.',
                  '• 84~% des dirigeants de TPE et de PME voient dans la co-construction un levier pour rebondir.']:
            yy = para(c, x, yy, w, s, 'Serif', 9.5, 13)
            yy -= 5
    f.block(78, keys, before=8, after=8)
    f.add("Entre 2011 et 2020, les chiffres ont changé de public plus que de niveau : ils décrivent une envie "
          "d'alliance que peu d'entreprises ont déjà transformée en engagement.", 'Serif', FS, LD)
    f.add("La suite de l'ouvrage montre comment les collectivités territoriales et leurs élus s'inscrivent à "
          "leur tour dans ces alliances.", 'Serif', FS, LD, before=6)
    folio(34)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# V-03  Rapport d'activité 2020 du RAMEAU (A4; cover with contents, key-figure tiles, tables)
# ---------------------------------------------------------------------------------------------
TEAL = HexColor('#0f6e6e')
PALE = HexColor('#e6f2f1')


def v03():
    W, H = A4
    c = new_canvas('obs-v-03-rapport-activite-2020.pdf', A4, "Le RAMEAU, rapport d'activité 2020")
    L, R = 50, W - 50

    def header():
        text(c, L, 810, "Le RAMEAU · Rapport d'activité 2020", 'Sans', 8.5, TEAL, b=True)
        hline(c, L, R, 802, TEAL, 0.8)

    def footer(n):
        text(c, R, 36, str(n), 'Sans', 9, TEAL, b=True, align='right')

    def section(y, num, title):
        rect(c, L, y - 26, 26, 26, fill=TEAL)
        text(c, L + 13, y - 18, num, 'Sans', 13, white, b=True, align='center')
        text(c, L + 36, y - 18, title, 'Sans', 15, TEAL, b=True)
        return y - 40

    # ---- page 1: cover
    rect(c, 0, H - 330, W, 330, fill=TEAL)
    text(c, L, H - 70, 'LE RAMEAU', 'Sans', 12, white, b=True)
    text(c, L, H - 170, "Rapport d'activité 2020", 'Sans', 32, white, b=True)
    text(c, L, H - 200, "Année de crise, année d'alliances", 'Sans', 15, white, i=True)
    text(c, L, H - 300, 'Publié en juin 2021', 'Sans', 9, white)
    text(c, L, 470, 'Sommaire', 'Sans', 14, TEAL, b=True)
    rows = [('1', '2020 en chiffres', '2'), ('2', 'Des données pour la sortie de crise', '2'),
            ('3', "Les programmes de l'Observatoire", '3'), ('4', 'Le Fonds ODD 17 et la Fondation des Territoires', '4')]
    y = 448
    for a, b_, p in rows:
        text(c, L, y, a, 'Sans', 10.5, TEAL, b=True)
        text(c, L + 22, y, b_, 'Sans', 10.5)
        text(c, R, y, p, 'Sans', 10.5, TEAL, b=True, align='right')
        hline(c, L, R, y - 6, PALE, 0.8)
        y -= 22
    text(c, L, y - 18, 'Édito', 'Sans', 14, TEAL, b=True)
    y = para(c, L, y - 24, R - L,
             "Pour Le RAMEAU, 2020 restera l'année de deux rendez-vous : le rapport de la mission ministérielle "
             "sur les alliances, remis le 7~mai~2020, et son bilan, présenté le 17~octobre~2020.", 'Sans', 10, 14)
    y = para(c, L, y - 4, R - L,
             "Depuis 2006, Le RAMEAU a mené des expérimentations auprès de plus de 500~organisations ; cette "
             "année, la crise sanitaire a mis leurs alliances à l'épreuve. C'est aussi l'année où nous avons "
             "co-créé le Fonds ODD 17 avec la Fondation TotalEnergies (voir page 4).", 'Sans', 10, 14)
    text(c, R, y - 16, "L'équipe du RAMEAU", 'Sans', 10, TEAL, i=True, align='right')
    c.showPage()

    # ---- page 2
    header()
    y = section(c and 780, '1', '2020 en chiffres')
    tw, th, gap = (R - L - 20) / 3, 112, 10
    tiles = [[('250', ['données inventoriées', 'pour la sortie de crise']),
              ('64^%', ['des élus locaux veulent', '« jouer collectif »', '(novembre~2020)']),
              ('1,5^M€', ['de dotation pour le Fonds', 'ODD 17, co-créé avec la', 'Fondation TotalEnergies'])],
             [('350', ['catalyseurs territoriaux', 'visés par le Fonds']),
              ('3', ["ans d'expérimentation", 'prévus']),
              ('21', ['mesures dans la « feuille', 'de route » ministérielle'])]]
    for row in tiles:
        for k in range(3):
            rect(c, L + k * (tw + gap), y - th, tw, th, fill=PALE)
        for k, (n, _) in enumerate(row):
            text(c, L + k * (tw + gap) + tw / 2, y - 38, n, 'Sans', 26, TEAL, b=True, align='center')
        for k, (_, lab) in enumerate(row):
            for j, ln in enumerate(lab):
                text(c, L + k * (tw + gap) + tw / 2, y - 72 - j * 11, ln, 'Sans', 8.5, align='center')
        y -= th + gap
    y = section(y - 14, '2', 'Des données pour la sortie de crise')
    y = para(c, L, y, R - L,
             "Dès le printemps 2020, Le RAMEAU a inventorié plus de 250~données pour aider les acteurs à « jouer "
             "collectif en sortie de crise ». Deux résultats ressortent : 81~% des Français et 84~% des dirigeants "
             "de TPE et de PME estiment que la co-construction aide à rebondir.", 'Sans', 10, 14)
    y = para(c, L, y - 4, R - L, "Ces données ont aussi nourri les travaux de la mission ministérielle. "
             "Elles ont été mises à la disposition de tous, sous une forme courte, pour que chaque acteur puisse "
             "s'en saisir dans son territoire.", 'Sans', 10, 14)
    footer(2)
    c.showPage()

    # ---- page 3
    header()
    y = section(780, '3', "Les programmes de l'Observatoire")
    y = para(c, L, y, R - L, "Créé en 2008 par la Caisse des Dépôts et Le RAMEAU, l'Observatoire des "
             "partenariats avance par plans quinquennaux (tableau 1). Chacun combine des enquêtes auprès des "
             "différents publics, des diagnostics territoriaux et des travaux de capitalisation.", 'Sans', 10, 14)
    y -= 12
    text(c, L, y, "Tableau 1 — Plans quinquennaux de l'Observatoire", 'Sans', 9, TEAL, b=True)
    y -= 8
    cols = [L + 6, L + 110, L + 300, L + 330]
    rect(c, L, y - 30, R - L, 30, fill=TEAL)
    text(c, cols[0], y - 18, 'Programme', 'Sans', 8.5, white, b=True)
    text(c, cols[1], y - 18, 'Période', 'Sans', 8.5, white, b=True)
    text(c, cols[2], y - 12, 'Volets ou axes', 'Sans', 8.5, white, b=True, align='right')
    text(c, cols[2], y - 23, '(nombre)', 'Sans', 8.5, white, b=True, align='right')
    text(c, cols[3], y - 18, 'Lancement', 'Sans', 8.5, white, b=True)
    y -= 30
    for k, row in enumerate([('ARPEA', '2008-2012', '10', '–'), ('PHARE<sup>1</sup>', '2013-2018', '6', '–'),
                             ('IMPACT', '2018-2022', '3', 'novembre~2017')]):
        if k % 2:
            rect(c, L, y - 18, R - L, 18, fill=PALE)
        text(c, cols[0], y - 13, row[0], 'Sans', 9, b=True)
        text(c, cols[1], y - 13, row[1], 'Sans', 9)
        text(c, cols[2], y - 13, row[2], 'Sans', 9, align='right')
        text(c, cols[3], y - 13, row[3], 'Sans', 9)
        y -= 18
    hline(c, L, R, y, TEAL, 0.8)
    y = para(c, L, y - 14, R - L,
             "Le volet PHARE-Institutions, paru le 29~novembre~2016, a montré que 87~% des maires voient dans "
             "l'alliance un devoir ; il a aussi distingué cinq profils de maires. La même année, treize rapports "
             "régionaux ont décliné le programme dans les territoires.", 'Sans', 10, 14)
    y = para(c, L, y - 4, R - L,
             "En 2020, IMPACT a porté l'étude IMPACT-Elus locaux, réalisée en novembre par Comisis et "
             "OpinionWay, dont est issue la fiche-repère sur les collectivités territoriales.", 'Sans', 10, 14)
    hline(c, L, L + 110, 84, GREY, 0.4)
    para(c, L, 80, R - L, "1. Le site de l'Observatoire présente PHARE sur 2013-2017.", 'Sans', 8, 10, GREY)
    footer(3)
    c.showPage()

    # ---- page 4
    header()
    y = section(780, '4', 'Le Fonds ODD 17 et la Fondation des Territoires')
    text(c, L, y - 4, 'Tableau 2 — Fonds ODD 17 : engagements pris en 2020', 'Sans', 9, TEAL, b=True)
    y -= 12
    rect(c, L, y - 18, R - L, 18, fill=TEAL)
    text(c, L + 6, y - 13, 'Poste', 'Sans', 8.5, white, b=True)
    text(c, R - 6, y - 13, 'Montant', 'Sans', 8.5, white, b=True, align='right')
    y -= 18
    for k, (a, v) in enumerate([('Dotation (en M€)', '1,5'), ("Durée de l'expérimentation (en années)", '3'),
                                ('Catalyseurs territoriaux visés (nombre)', '350')]):
        if k % 2:
            rect(c, L, y - 18, R - L, 18, fill=PALE)
        text(c, L + 6, y - 13, a, 'Sans', 9)
        text(c, R - 6, y - 13, v, 'Sans', 9, b=True, align='right')
        y -= 18
    hline(c, L, R, y, TEAL, 0.8)
    y = para(c, L, y - 2, R - L, 'Source : Le RAMEAU et la Fondation TotalEnergies, co-fondateurs du Fonds.',
             'Sans', 8, 10, GREY, i=True)
    y = para(c, L, y - 14, R - L,
             "Préfigurée depuis juillet 2018, la Fondation des Territoires a achevé en 2020 sa deuxième étape "
             "(08/19 – 11/20) et ouvert la troisième (12/20 – 05/22).", 'Sans', 10, 14)
    y = para(c, L, y - 4, R - L, "Le Fonds, lui, soutient des démarches locales qui rapprochent associations, "
             "entreprises et collectivités autour des objectifs de développement durable.", 'Sans', 10, 14)
    y -= 18
    rect(c, L, y - 62, R - L, 62, fill=PALE)
    text(c, L + 12, y - 18, 'Nos partenaires', 'Sans', 11, TEAL, b=True)
    para(c, L + 12, y - 22, R - L - 24, "Le programme IMPACT est mené avec la Caisse des Dépôts, l'Institut CDC "
         "pour la Recherche, le Groupe La Poste et la Fondation TOTAL.", 'Sans', 9.5, 13)
    para(c, L, 100, R - L, "Pour citer ce document : Le RAMEAU, Rapport d'activité 2020, juin 2021, 4~p.",
         'Sans', 8, 10, GREY, i=True)
    footer(4)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# V-04  Poster scientifique PHARE-Citoyens (A3 landscape, four columns, two bar charts)
# ---------------------------------------------------------------------------------------------
PLUM = HexColor('#4b2e83')
LILAC = HexColor('#efeaf7')


def v04():
    W, H = A3L
    c = new_canvas('obs-v-04-poster-phare-citoyens.pdf', A3L, 'Poster PHARE-Citoyens')
    M, G = 44, 30
    CW = (W - 2 * M - 2 * G) / 3
    X = [M + k * (CW + G) for k in range(3)]
    rect(c, 0, H - 120, W, 120, fill=PLUM)
    text(c, M, H - 54, 'PHARE-Citoyens : les Français et les alliances entre associations et entreprises', 'Sans',
         24, white, b=True)
    text(c, M, H - 92, 'Observatoire des partenariats — Le RAMEAU et la Caisse des Dépôts', 'Sans', 14, white)
    text(c, W - M, H - 92, 'Poster n°~14', 'Sans', 14, white, b=True, align='right')
    top = H - 150
    FS, LD = 13, 18.5

    def heading(f, s):
        f.space(18)
        f.add(s, 'Sans', 18, 24, PLUM, b=True)
        f.y -= 6

    # column 1
    f = Flow(c, [(X[0], top, CW, 50)])
    heading(f, '1. Contexte')
    f.add("Dès 2008, le programme ARPEA interrogeait les Français : 86~% jugeaient urgent de créer des "
          "partenariats entre associations et entreprises ; en 2012, ils étaient encore 84~%.", 'Sans', FS, LD)
    f.add("Le programme PHARE (2013-2018)<sup>1</sup> a prolongé ce travail en six volets ; le premier, "
          "PHARE-Citoyens, est paru en septembre~2015.", 'Sans', FS, LD, before=8)
    heading(f, '2. Méthode')
    f.add("Enquête auprès de plus de 2^000~personnes [2]. Chaque "
          "enjeu est noté de 0 à 10 ; pour chaque domaine, les personnes interrogées disent si elles attendent "
          "un impact fort des partenariats.", 'Sans', FS, LD)
    f.add("Les notes moyennes et les parts de réponses sont présentées telles que publiées, sans nouveau "
          "traitement des données.", 'Sans', FS, LD, before=8)

    # column 2: two bar charts
    f = Flow(c, [(X[1], top, CW, 50)])
    heading(f, '3. Résultats')

    def fig1(x, ytop, w):
        yy = para(c, x, ytop, w, "Figure 1 — Importance des enjeux pour les Français (note moyenne sur 10)",
                  'Sans', 12, 15.5, PLUM, b=True)
        rows = [('Emploi', '7,1', 7.1), ("Pouvoir d'achat, sécurité<sup>2</sup>", '6,6', 6.6),
                ('Développement économique', '6,5', 6.5), ('Environnement, exclusion', '6,3', 6.3)]
        x0, sc = x + 150, 15.5
        for lab, v, fv in rows:
            yy -= 40
            lines = wrap(lab, 142, 'Sans', 11)
            for j, ln in enumerate(lines):
                draw_chars(c, x, yy + 3 - j * 13 + (6 if len(lines) > 1 else 0), ln, 'Sans', 11)
            rect(c, x0, yy - 3, fv * sc, 20, fill=PLUM)
            text(c, x0 + fv * sc + 6, yy + 3, v, 'Sans', 13, b=True)
        hline(c, x0, x0 + 10 * sc, yy - 12, GREY, 0.6)
        for v in (0, 5, 10):
            text(c, x0 + v * sc, yy - 26, str(v), 'Sans', 10, GREY, align='center')
    f.block(240, fig1, after=10)

    def fig2(x, ytop, w):
        yy = para(c, x, ytop, w, "Figure 2 — Impact fort attendu des partenariats, par domaine (en~% des "
                  "Français, septembre~2015)", 'Sans', 12, 15.5, PLUM, b=True)
        rows = [('Emploi', 49), ('Développement économique', 46), ('Environnement', 42),
                ('Précarité, éducation', 36)]
        x0, sc = x + 150, 3.2
        for lab, v in rows:
            yy -= 40
            lines = wrap(lab, 142, 'Sans', 11)
            for j, ln in enumerate(lines):
                draw_chars(c, x, yy + 3 - j * 13 + (6 if len(lines) > 1 else 0), ln, 'Sans', 11)
            rect(c, x0, yy - 3, v * sc, 20, fill=PLUM)
            text(c, x0 + v * sc + 6, yy + 3, str(v), 'Sans', 13, b=True)
    f.block(220, fig2, before=20)

    # column 3
    f = Flow(c, [(X[2], top, CW, 50)])
    heading(f, '4. À retenir')

    def big(x, ytop, w):
        rect(c, x, ytop - 170, w, 170, fill=LILAC)
        text(c, x + w / 2, ytop - 72, '69^%', 'Sans', 56, PLUM, b=True, align='center')
        para(c, x + 20, ytop - 112, w - 40, "des Français voient dans l'alliance entre associations et entreprises "
             "un devoir", 'Sans', 13, 17, PLUM)
    f.block(170, big, after=12)
    f.add("L'emploi reste l'enjeu n°~1 des Français : c'est aussi le domaine où l'impact des partenariats est le "
          "plus attendu.", 'Sans', FS, LD)
    f.add("De l'ARPEA à PHARE, une large majorité de Français appelle associations et entreprises à travailler "
          "ensemble, même si la question posée a changé de forme.", 'Sans', FS, LD, before=8)
    heading(f, 'Références')
    for s in ["[1] « Le programme PHARE », site de l'Observatoire des partenariats.",
              "[2] « Publication des résultats de PHARE-Citoyens », plateforme Impacts & Fondations.",
              "[3] « PHARE-Citoyens : les Français favorables à une alliance entreprises-associations », Carenews."]:
        f.add(s, 'Sans', 10.5, 14, after=4)
    heading(f, 'Notes')
    for s in ["1. Le site de l'Observatoire présente PHARE sur 2013-2017.",
              "2. Un autre compte rendu de la même enquête [3] donne 7/10 pour la sécurité."]:
        f.add(s, 'Sans', 10.5, 14, after=4)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# V-05  Transcription du podcast « Les chiffres de l'alliance », épisode 9 (A4, numbers in words)
# ---------------------------------------------------------------------------------------------
GREEN = HexColor('#2f6b2f')
MINT = HexColor('#eaf3ea')


def v05():
    W, H = A4
    c = new_canvas('obs-v-05-podcast-episode-9-transcription.pdf', A4, "Les chiffres de l'alliance, épisode 9")
    L, R = 50, W - 50
    TX = 150
    TW = R - TX

    def header():
        text(c, L, 810, "Les chiffres de l'alliance · podcast de l'Observatoire des partenariats", 'Sans', 8.5,
             GREEN, b=True)
        text(c, R, 810, 'Épisode 9 · transcription', 'Sans', 8.5, GREEN, align='right')
        hline(c, L, R, 802, GREEN, 0.8)

    def footer(n):
        text(c, (L + R) / 2, 36, 'page %d sur 4' % n, 'Sans', 8, GREY, align='center')

    def turns(y, items):
        for who, s in items:
            lines = wrap(s, TW, 'Sans', 11.5)
            text(c, L, y - 16, who, 'Sans', 9, GREEN, b=True)
            for ln in lines:
                y -= 17
                draw_chars(c, TX, y, ln, 'Sans', 11.5)
            y -= 12
        return y

    A, C = 'ANIMATEUR', 'CHERCHEUSE'
    # ---- page 1
    header()
    y = para(c, L, 790, R - L, "Épisode 9 — Le territoire, échelle de l'alliance", 'Sans', 18, 24, GREEN, b=True)
    y = para(c, L, y - 4, R - L,
             "Transcription de l'épisode mis en ligne en décembre~2024. Les chiffres sont écrits en toutes "
             "lettres, comme ils ont été prononcés ; un tableau récapitulatif figure en dernière page.",
             'Sans', 9, 12.5, GREY, i=True)
    y = turns(y - 12, [
        (A, "Bonjour et bienvenue dans ce neuvième épisode. Aujourd'hui, nous parlons des maires et de leurs "
            "territoires. Commençons par l'enquête la plus récente : combien de maires ont répondu ?"),
        (C, "Trois cent deux, interrogés par téléphone du trente septembre au vingt-huit octobre 2024, pour "
            "l'étude IMPACTS & TRAJECTOIRES consacrée aux élus locaux."),
        (C, "Parmi eux, quatre-vingt-quatre pour cent dirigent des communes de moins de deux mille habitants."),
        (A, "Et comment voient-ils leur territoire ?"),
        (C, "Quatre-vingt-onze pour cent le disent en mouvement : trente-cinq pour cent fortement, cinquante-six "
            "pour cent ni plus ni moins qu'avant."),
        (A, "Les résultats ont été publiés en novembre 2024, c'est bien ça ?"),
        (C, "Oui. Et pour mesurer le chemin parcouru, il faut remonter à 2016."),
        (A, "Avec PHARE-Institutions ?"),
        (C, "Exactement. Publiée le vingt-neuf novembre 2016, elle montrait que quatre-vingt-sept pour cent des "
            "maires jugeaient l'alliance nécessaire, et elle distinguait cinq profils de maires."),
    ])
    footer(1)
    c.showPage()

    # ---- page 2
    header()
    y = turns(790, [
        (A, "Entre les deux, il y a eu 2020."),
        (C, "Oui, l'étude IMPACT-Elus locaux, en novembre 2020 : soixante-quatre pour cent des élus locaux "
            "voulaient s'appuyer sur le « jouer collectif »."),
        (C, "Et un autre chiffre revient souvent, sans date : quatre-vingt-douze pour cent des maires reconnaissent "
            "l'utilité de la co-construction. On l'a beaucoup entendu au troisième dîner « Elus & Entreprises », "
            "un vingt-trois novembre."),
        (A, "Les maires se sentent-ils armés pour autant ?"),
        (C, "Pas toujours. Dans le programme IMPACT, soixante-seize pour cent jugent leur territoire engagé, mais "
            "quarante-six pour cent d'entre eux ne savent pas piloter les alliances."),
        (A, "Passons aux associations."),
        (C, "L'étude IMPACT – Associations & Territoires porte sur cent quarante-huit mille associations "
            "employeuses. Quatre-vingt-dix-huit pour cent d'entre elles ont des partenariats."),
        (C, "Celles-ci travaillent d'abord près de chez elles : soixante-treize pour cent à l'échelle locale, "
            "quarante-sept pour cent à l'échelle régionale."),
        (A, "Et avec qui ?"),
        (C, "Avec les collectivités, pour quatre-vingt-neuf pour cent d'entre elles."),
    ])
    footer(2)
    c.showPage()

    # ---- page 3
    header()
    y = turns(790, [
        (A, "Et les fondations ?"),
        (C, "L'étude IMPACT Fondations & Territoires, publiée un vingt-trois septembre, a interrogé quarante-deux "
            "fondations."),
        (C, "Et depuis deux mille vingt, le Fonds ODD 17, co-créé par Le RAMEAU et la Fondation TotalEnergies, "
            "dispose d'un million et demi d'euros pour une expérimentation de trois ans. Il vise trois cent "
            "cinquante catalyseurs territoriaux."),
        (A, "Le territoire, c'est aussi une méthode ?"),
        (C, "Oui. Dès deux mille dix, « Agir ensemble en Territoire » a été testée sur trois territoires pilotes : "
            "l'Alsace, le Poitou-Charentes et Paris-Est Marne & Bois."),
        (C, "Plus tard, le CGET et Le RAMEAU ont lancé un parcours pour onze territoires pionniers ; une autre "
            "source parle de dix territoires pilotes."),
        (A, "Et l'Observatoire a publié des rapports régionaux."),
        (C, "Treize en 2016. Le onzième rapport régional, consacré à la Normandie, est paru un vingt-six "
            "novembre."),
        (A, "Merci. Rendez-vous au dixième épisode."),
    ])
    footer(3)
    c.showPage()

    # ---- page 4: recap table in digits
    header()
    y = para(c, L, 790, R - L, "Les chiffres cités dans l'épisode", 'Sans', 16, 22, GREEN, b=True)
    y = para(c, L, y - 2, R - L, "Tableau établi par la rédaction à partir des sources citées à l'antenne.",
             'Sans', 9, 12, GREY, i=True)
    y -= 10
    cols = [L + 6, L + 62, L + 215, L + 410]
    rect(c, L, y - 18, R - L, 18, fill=GREEN)
    for k, hd in enumerate(['Chiffre', 'Qui', 'Source', 'Date']):
        text(c, cols[k], y - 13, hd, 'Sans', 8.5, white, b=True)
    y -= 18
    rows = [('302', 'maires interrogés', 'IMPACTS & TRAJECTOIRES – Élus locaux', 'novembre~2024'),
            ('91~%', 'maires : territoire en mouvement', 'IMPACTS & TRAJECTOIRES – Élus locaux', 'novembre~2024'),
            ('87~%', 'maires', 'PHARE-Institutions', '29~novembre~2016'),
            ('64~%', 'élus locaux', 'IMPACT-Élus locaux', 'novembre~2020'),
            ('92~%', 'maires', 'dîner « Elus & Entreprises »', 'non daté'),
            ('98~%', 'associations employeuses', 'IMPACT – Associations & Territoires', 'non daté'),
            ('42', 'fondations interrogées', 'IMPACT Fondations & Territoires', '23~septembre'),
            ('11', 'territoires pionniers', 'parcours CGET – Le RAMEAU', 'non daté')]
    for k, row in enumerate(rows):
        if k % 2:
            rect(c, L, y - 17, R - L, 17, fill=MINT)
        for j, cell in enumerate(row):
            text(c, cols[j], y - 12, cell, 'Sans', 8.5, b=(j == 0))
        y -= 17
    hline(c, L, R, y, GREEN, 0.8)
    para(c, L, y - 4, R - L, "« Non daté » : la source ne donne ni l'année de l'enquête ni celle de la "
         "publication.", 'Sans', 8.5, 11, GREY, i=True)
    footer(4)
    c.showPage()
    c.save()


def main():
    v01()
    v02()
    v03()
    v04()
    v05()


if __name__ == '__main__':
    main()
