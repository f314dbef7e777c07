#!/usr/bin/env python3
"""Deterministic generator of the 5 PDFs of figure-finder gold set T.

Run: /work/main/.venv/bin/python make_docs.py   (writes obs-t-0*.pdf next to this file)

reportlab with rl_config.invariant = 1 and invariant=1 on every canvas; DejaVu TTF fonts registered
through NbspTTFont (see README-t.md, decision 13) so that U+00A0 and U+202F reach the text layer.
In the source strings below, '~' stands for U+00A0 (no-break space) and '^' for U+202F (narrow no-break
space). Paragraphs are left-aligned and never hyphenated; markup: <b>, <i>, <sup>.
"""
import os
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib.colors import Color, HexColor, white, black  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase import ttfonts as _tt  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = '/usr/share/fonts/truetype/dejavu'


class NbspTTFont(_tt.TTFont):
    """TTFont whose splitString keeps U+00A0 (reportlab 5.1.0 maps it to U+0020).

    Copy of reportlab 5.1.0 TTFont.splitString without the line
    ``if code==0xa0: code = 32``.
    """

    def splitString(self, text, doc, encoding='utf-8'):
        asciiReadable = self._asciiReadable
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = _tt.TTFont.State(asciiReadable, self)
        _31skip = 31 if asciiReadable and state.nextCode < 32 else -256
        curSet = -1
        cur = []
        results = []
        if not _tt.isUnicode(text):
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
                    raise _tt.pdfdoc.PDFError("Font %s is already frozen, cannot add new character U+%04X"
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
    'S': 'DejaVuSans.ttf', 'SB': 'DejaVuSans-Bold.ttf', 'SI': 'DejaVuSans-Oblique.ttf',
    'SBI': 'DejaVuSans-BoldOblique.ttf',
    'C': 'DejaVuSansCondensed.ttf', 'CB': 'DejaVuSansCondensed-Bold.ttf', 'CI': 'DejaVuSansCondensed-Oblique.ttf',
    'CBI': 'DejaVuSansCondensed-BoldOblique.ttf',
    'R': 'DejaVuSerif.ttf', 'RB': 'DejaVuSerif-Bold.ttf', 'RI': 'DejaVuSerif-Italic.ttf',
    'RBI': 'DejaVuSerif-BoldItalic.ttf',
    'EL': 'DejaVuSans-ExtraLight.ttf', 'M': 'DejaVuSansMono.ttf',
}
for _name, _file in FONTS.items():
    pdfmetrics.registerFont(NbspTTFont(_name, os.path.join(FONTDIR, _file)))

FAMILIES = {
    'sans': {'r': 'S', 'b': 'SB', 'i': 'SI', 'bi': 'SBI'},
    'cond': {'r': 'C', 'b': 'CB', 'i': 'CI', 'bi': 'CBI'},
    'serif': {'r': 'R', 'b': 'RB', 'i': 'RI', 'bi': 'RBI'},
}

A4 = (595.28, 841.89)
A4L = (841.89, 595.28)


def T(s):
    """Source string -> printed string: '~' -> U+00A0, '^' -> U+202F."""
    s = s.replace('« ', '«~').replace(' »', '~»')
    return s.replace('~', '\u00a0').replace('^', '\u202f')


def sw(s, font, size):
    return pdfmetrics.stringWidth(s, font, size)


# ---------------------------------------------------------------- inline markup and wrapping

TAG = re.compile(r'(</?(?:b|i|sup)>)')


def _atoms(text, fam, base):
    """Split marked-up text into words; a word is a list of (string, style-key, sup)."""
    bold = base in ('b', 'bi')
    ital = base in ('i', 'bi')
    sup = False
    words = [[]]
    for part in TAG.split(T(text)):
        if part in ('<b>', '</b>', '<i>', '</i>', '<sup>', '</sup>'):
            on = not part.startswith('</')
            if 'b>' in part:
                bold = on
            elif 'i>' in part:
                ital = on
            else:
                sup = on
            continue
        if not part:
            continue
        key = ('b' if bold else '') + ('i' if ital else '') or 'r'
        chunks = part.split(' ')
        for k, ch in enumerate(chunks):
            if k > 0:
                words.append([])
            if ch:
                words[-1].append((ch, key, sup))
    return [w for w in words if w]


def _wwidth(word, fam, size):
    f = FAMILIES[fam]
    tot = 0
    for s, key, sup in word:
        tot += sw(s, f[key], size * 0.62 if sup else size)
    return tot


def wrap(text, width, fam='sans', size=9, style='r', first_indent=0):
    words = _atoms(text, fam, style)
    space = sw(' ', FAMILIES[fam]['r'], size)
    lines, cur, curw = [], [], 0
    for w in words:
        ww = _wwidth(w, fam, size)
        lim = width - (first_indent if not lines else 0)
        if cur and curw + space + ww > lim:
            lines.append(cur)
            cur, curw = [w], ww
        else:
            curw = curw + (space if cur else 0) + ww
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def draw_line(c, x, y, words, fam='sans', size=9, color=black):
    f = FAMILIES[fam]
    t = c.beginText(x, y)
    t.setFillColor(color)
    for i, w in enumerate(words):
        if i:
            t.setFont(f['r'], size)
            t.setRise(0)
            t.textOut(' ')
        for s, key, sup in w:
            if sup:
                t.setFont(f[key], size * 0.62)
                t.setRise(size * 0.38)
            else:
                t.setFont(f[key], size)
                t.setRise(0)
            t.textOut(s)
    t.setRise(0)
    c.drawText(t)


def para(c, x, y, w, text, fam='sans', size=9, lead=None, style='r', color=black, after=0, indent=0):
    """Draw a wrapped paragraph whose first baseline is y; return the y of the next baseline."""
    lead = lead or size * 1.3
    for k, ln in enumerate(wrap(text, w, fam, size, style, indent)):
        draw_line(c, x + (indent if k == 0 else 0), y, ln, fam, size, color)
        y -= lead
    return y - after


def text(c, x, y, s, font='S', size=9, color=black, anchor='l'):
    s = T(s)
    c.setFont(font, size)
    c.setFillColor(color)
    if anchor == 'c':
        c.drawCentredString(x, y, s)
    elif anchor == 'r':
        c.drawRightString(x, y, s)
    else:
        c.drawString(x, y, s)


def flow(c, paras, cols, fam='serif', size=9, lead=None, color=black):
    """Flow paragraphs line by line through column boxes (x, ytop, width, ybottom).

    A paragraph is a dict: text, optional style, size, after (space after), drop (drop-cap letters
    already drawn: number of indented lines and indent width).  Paragraphs may break across columns.
    Returns (column index, y) where the flow stopped."""
    lead = lead or size * 1.32
    ci = 0
    x, y, w, yb = cols[0]
    for p in paras:
        psize = p.get('size', size)
        plead = p.get('lead', lead if psize == size else psize * 1.32)
        pfam = p.get('fam', fam)
        dl, dw = p.get('drop', (0, 0))
        # wrap with indent on the first dl lines: wrap twice (indented part, then the rest)
        words = _atoms(p['text'], pfam, p.get('style', 'r'))
        space = sw(' ', FAMILIES[pfam]['r'], psize)
        lines = []
        cur, curw = [], 0
        for wd in words:
            ww = _wwidth(wd, pfam, psize)
            lim = w - (dw if len(lines) < dl else 0)
            if cur and curw + space + ww > lim:
                lines.append(cur)
                cur, curw = [wd], ww
            else:
                curw = curw + (space if cur else 0) + ww
                cur.append(wd)
        if cur:
            lines.append(cur)
        for k, ln in enumerate(lines):
            if y < yb:
                ci += 1
                x, y, w, yb = cols[ci]
            draw_line(c, x + (dw if k < dl else 0), y, ln, pfam, psize, p.get('color', color))
            y -= plead
        y -= p.get('after', lead * 0.5)
    return ci, y


def rect(c, x, y, w, h, fill=None, stroke=None, lw=0.6, r=0):
    if fill is not None:
        c.setFillColor(fill)
    if stroke is not None:
        c.setStrokeColor(stroke)
        c.setLineWidth(lw)
    if r:
        c.roundRect(x, y, w, h, r, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
    else:
        c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)


def hline(c, x1, x2, y, color=black, lw=0.5):
    c.setStrokeColor(color)
    c.setLineWidth(lw)
    c.line(x1, y, x2, y)


def new_canvas(name, size, title):
    c = canvas.Canvas(os.path.join(HERE, name), pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor('Observatoire des partenariats')
    c.setCreator('make_docs.py (gold set T)')
    return c


# ================================================================ documents
# (the document functions are defined below)


# ---------------------------------------------------------------- T-01 tribune, three columns, serif

RED = HexColor('#A8322D')
INK = HexColor('#1E1E1E')
GREY = HexColor('#8A8A8A')
PALE = HexColor('#EDE7E0')


def tribune_frame(c, n):
    W, H = A4
    text(c, 40, 812, 'OBSERVATOIRE DES PARTENARIATS', 'SB', 8.5, INK)
    text(c, W - 40, 812, 'Tribune n°~3 · décembre 2021', 'S', 8.5, GREY, 'r')
    hline(c, 40, W - 40, 804, INK, 1.2)
    hline(c, 40, W - 40, 44, GREY, 0.4)
    text(c, W / 2, 30, str(n), 'R', 9, INK, 'c')


def pull_quote(c, x, y, w, s):
    hline(c, x, x + w, y + 14, RED, 1.5)
    y2 = para(c, x, y, w, s, 'serif', 12.5, 16, 'bi', RED)
    hline(c, x, x + w, y2 + 6, RED, 1.5)


def footnotes(c, x, y, w, notes):
    hline(c, x, x + 120, y + 10, GREY, 0.5)
    for n in notes:
        y = para(c, x, y, w, n, 'serif', 7.2, 9.2, 'r', INK, 1)


def doc_t01():
    W, H = A4
    c = new_canvas('obs-t-01-tribune-du-devoir-au-droit.pdf', A4, 'Tribune — Faire alliance : du devoir au droit')
    cw, gap = 161, 16
    X = [40, 40 + cw + gap, 40 + 2 * (cw + gap)]

    # ---- page 1
    tribune_frame(c, 1)
    text(c, 40, 778, 'TRIBUNE', 'SB', 9, RED)
    text(c, 40, 748, 'Faire alliance : du devoir au droit', 'RB', 27, INK)
    para(c, 40, 724, 515, 'Par Charles-Benoît Heidsieck, président-fondateur du RAMEAU, et Laurence Weber, '
         'directrice générale', 'serif', 9.5, 12, 'i', GREY)
    y = para(c, 40, 694, 515,
             'Le 30~novembre 2021, jour du Giving Tuesday, la Charte du faire alliance a été dévoilée à '
             'Saint-Maurice. Elle arrive au bon moment : 81~% des Français<sup>1</sup> jugent que s\'allier est un '
             'devoir, 92~% des maires disent en avoir besoin, et les dirigeants d\'entreprise sont 84~% à en avoir '
             'envie.', 'serif', 12, 15.5, 'b', INK)
    top = y - 14
    hline(c, 40, W - 40, top + 8, GREY, 0.4)
    # drop cap
    c.setFont('RB', 34)
    c.setFillColor(RED)
    c.drawString(X[0], top - 24, 'L')
    body = [
        dict(text='e texte signé à Saint-Maurice, en Paris-Est Marne & Bois, se veut un « contrat de confiance » '
                  'entre associations, entreprises, collectivités et citoyens. Il est le fruit d\'une co-construction '
                  'pilotée par la Fondation des Territoires, dont la préfiguration a été lancée en juillet~2018.',
             drop=(3, 27)),
        dict(text='Ce contrat ne tombe pas du ciel. Lors du FNAF~2019, Gabriel Attal a confié à Cathy Racon-Bouzon '
                  'et à l\'un d\'entre nous une mission sur l\'alliance au service de l\'intérêt général. Le rapport '
                  'a été remis le 7~mai 2020, et son bilan présenté le 17~octobre 2020. Une « feuille de route » '
                  'ministérielle de 21~mesures en est issue.'),
        dict(text='La proposition de loi qui en découle, déposée en février par Cathy Racon-Bouzon, veut '
                  'reconnaître un « droit de l\'alliance d\'intérêt général ». Agréée par le Bureau de l\'Assemblée '
                  'nationale, elle a été publiée au Journal officiel.'),
        dict(text='<b>Un droit, pourquoi ?</b> Parce que l\'envie est là, chez les citoyens comme chez les élus '
                  'et les dirigeants, mais que les moyens manquent. Les maires en donnent la mesure : 87~% voient dans '
                  'les partenariats une source d\'innovation, 76~% jugent leur territoire engagé, mais 46~% '
                  'reconnaissent ne pas savoir piloter ces alliances.'),
        dict(text='Ces chiffres viennent du programme IMPACT. Lancé en novembre~2017 pour la période 2018-2022, il '
                  'est mené avec la Caisse des Dépôts, l\'Institut CDC pour la Recherche, le Groupe La Poste et la '
                  'Fondation TOTAL, autour de trois axes : l\'innovation sociétale et territoriale, la performance '
                  'des organisations et la confiance.'),
        dict(text='Il reste à faire de cette envie une capacité. C\'est tout l\'enjeu d\'un droit qui ne créera '
                  'pas l\'alliance à la place des acteurs, mais qui lui donnera un cadre et une légitimité.'),
    ]
    photo_top = top - 4
    cols = [(X[0], top - 12, cw, 110), (X[1], top - 12, cw, 110), (X[2], photo_top - 150, cw, 110)]
    flow(c, body, cols, 'serif', 9.6, 13)
    # photo placeholder in column 3 and its caption
    rect(c, X[2], photo_top - 96, cw, 92, fill=PALE)
    text(c, X[2] + cw / 2, photo_top - 52, '[photo]', 'RI', 9, GREY, 'c')
    para(c, X[2], photo_top - 108, cw, 'Saint-Maurice, 30~novembre 2021 : lancement de la Charte lors d\'une '
         'soirée VitaWin.', 'serif', 7.5, 9.5, 'i', GREY)
    pull_quote(c, X[2], 286, cw, '« 92~% des maires disent avoir besoin d\'alliance. »')
    footnotes(c, 40, 84, 515, [
        '<sup>1</sup> Le volet PHARE-Citoyens de septembre~2015 donnait 69~% de Français pour qui s\'allier était '
        'un devoir.'])
    c.showPage()

    # ---- page 2
    tribune_frame(c, 2)
    text(c, 40, 782, 'Quinze ans de recherche, un même constat', 'RB', 16, INK)
    top = 758
    body = [
        dict(text='Le RAMEAU, association d\'intérêt général créée en 2006, s\'est donné trois missions, dont celle '
                  'de témoigner. Avec l\'Observatoire des partenariats<sup>2</sup>, il a d\'abord conduit le '
                  'programme ARPEA, de 2008 à 2012, en dix volets.'),
        dict(text='Dès 2008, 86~% des Français jugeaient urgent de créer des partenariats. Au terme du programme, '
                  'lors du rapport quinquennal du 11~décembre 2012, ils étaient encore 84~% à le penser.'),
        dict(text='Les associations, elles, avançaient déjà : près de 46~% d\'entre elles étaient engagées aux côtés '
                  'd\'une entreprise.'),
        dict(text='PHARE, ou l\'écoute des citoyens', style='b', size=11, lead=14, after=4),
        dict(text='Le programme PHARE (2013-2018)<sup>3</sup> a suivi, en six volets. Son volet Citoyens, publié '
                  'en septembre~2015, reposait sur plus de 2~000 personnes interrogées.'),
        dict(text='Leur verdict était net. Sur une échelle de 0 à 10, ils attendaient d\'abord des alliances un '
                  'effet sur l\'emploi (7,1 sur 10), puis sur le pouvoir d\'achat et la sécurité<sup>4</sup> (6,6 '
                  'chacun), devant le développement économique (6,5). Environnement et exclusion fermaient la '
                  'marche, à 6,3.'),
        dict(text='Surtout, 69~% d\'entre eux voyaient déjà dans l\'alliance un devoir. Le mot reviendra souvent.'),
        dict(text='Ce que disent les territoires', style='b', size=11, lead=14, after=4),
        dict(text='Ce constat ne se limite pas aux grandes enquêtes nationales. Dans chaque région, les acteurs '
                  'rencontrés décrivent la même chose : des partenaires qui se connaissent mal, des projets qui '
                  'naissent d\'une rencontre, et le besoin d\'un tiers de confiance pour passer de l\'intuition à '
                  'l\'action.'),
    ]
    cols = [(X[0], top, cw, 120), (X[1], top, cw, 300), (X[2], top, cw, 120)]
    flow(c, body, cols, 'serif', 9.6, 13)
    pull_quote(c, X[2], 600, cw, '« 69~% des Français voyaient déjà dans l\'alliance un devoir. »')
    footnotes(c, 40, 96, 515, [
        '<sup>2</sup> Créé en 2008 selon ses fondateurs ; des documents parus en 2011 et en 2012 le disent né en 2007.',
        '<sup>3</sup> La présentation en ligne du programme retient la période 2013-2017.',
        '<sup>4</sup> Un article de presse paru à l\'époque attribuait 7/10 à la sécurité.'])
    c.showPage()

    # ---- page 3
    tribune_frame(c, 3)
    text(c, 40, 782, 'Des entreprises aux maires', 'RB', 16, INK)
    top = 758
    body = [
        dict(text='Les volets Entreprises et Associations, parus en octobre et en novembre~2015, ont confirmé le '
                  'mouvement : 81~% des dirigeants et 86~% des responsables associatifs partageaient ce sentiment.'),
        dict(text='Côté élus, le volet Institutions, publié le 29~novembre 2016, a donné la parole aux maires : '
                  '87~% d\'entre eux voyaient l\'alliance comme un devoir, et l\'étude a distingué cinq profils de '
                  'maires.'),
        dict(text='Cette même année, treize rapports régionaux ont décliné ces résultats ; le onzième, consacré '
                  'à la Normandie, est paru le 26~novembre.'),
        dict(text='Du constat au droit', style='b', size=11, lead=14, after=4),
        dict(text='Au printemps~2020, la crise a rebattu les cartes. Le RAMEAU a alors inventorié plus de '
                  '250~données pour agir vite, et 84~% des dirigeants de TPE et de PME jugeaient la co-construction '
                  'utile pour sortir de la crise.'),
        dict(text='Les partenariats sont aussi, aux yeux du public, une source d\'innovation<sup>5</sup>. '
                  'L\'alliance n\'est donc plus une option : c\'est une attente. Reste à lui donner un cadre.'),
    ]
    cols = [(X[0], top, cw, 330), (X[1], top, cw, 330), (X[2], top, cw, 330)]
    flow(c, body, cols, 'serif', 9.6, 13)
    # signature box across the page
    rect(c, 40, 190, 515, 120, fill=PALE)
    para(c, 54, 290, 487, '<b>Les auteurs.</b> Charles-Benoît Heidsieck a fondé Le RAMEAU en 2006 et le préside. '
         'Laurence Weber en est la directrice générale. La direction scientifique de l\'Observatoire est assurée '
         'bénévolement par Anne Robin, fondatrice de COMISIS.', 'serif', 9.2, 12.5)
    para(c, 54, 236, 487, '<b>Lire aussi.</b> Le dossier de JURIS Associations n°~628, consacré aux alliances '
         'entre associations et entreprises.', 'serif', 9.2, 12.5)
    footnotes(c, 40, 96, 515, [
        '<sup>5</sup> Selon le programme IMPACT, 74~% des Français partagent cet avis ; une autre présentation du '
        'même programme parle de 69~% des citoyens.'])
    c.showPage()
    c.save()



# ---------------------------------------------------------------- T-02 dashboard, landscape

NAVY = HexColor('#1D3557')
TEAL = HexColor('#2A9D8F')
TEAL2 = HexColor('#8FD3C9')
ORANGE = HexColor('#E76F51')
SAND = HexColor('#F4F1EA')
MID = HexColor('#6B7280')


def dash_frame(c, n, section):
    W, H = A4L
    rect(c, 0, H - 48, W, 48, fill=NAVY)
    text(c, 30, H - 30, 'TABLEAU DE BORD DES ALLIANCES', 'SB', 15, white)
    text(c, W - 30, H - 30, 'Mise à jour : décembre~2024', 'S', 9.5, white, 'r')
    tabs = ['Maires et élus', 'Associations', 'Entreprises', 'Citoyens']
    x = 30
    for k, tb in enumerate(tabs):
        w = sw(tb, 'SB', 9) + 20
        rect(c, x, H - 74, w, 18, fill=TEAL if k == n - 1 else SAND, r=3)
        text(c, x + 10, H - 68, tb, 'SB', 9, white if k == n - 1 else MID)
        x += w + 6
    text(c, W - 30, H - 68, section, 'SBI', 9, NAVY, 'r')
    hline(c, 30, W - 30, 26, MID, 0.3)
    text(c, 30, 14, 'Observatoire des partenariats · Tableau de bord des alliances', 'S', 7.5, MID)
    text(c, W - 30, 14, 'page ' + str(n) + ' / 4', 'S', 7.5, MID, 'r')


def panel(c, x, y, w, h, title):
    rect(c, x, y, w, h, fill=SAND, r=6)
    text(c, x + 14, y + h - 22, title, 'SB', 11, NAVY)


def doc_t02():
    W, H = A4L
    c = new_canvas('obs-t-02-tableau-de-bord-alliances.pdf', A4L, 'Tableau de bord des alliances — décembre 2024')

    # ---- page 1 : maires et élus locaux
    dash_frame(c, 1, 'Ce que disent les maires')
    # panel A: stacked bar
    panel(c, 30, 300, 470, 200, 'Votre territoire est-il en mouvement ?')
    text(c, 44, 462, 'Réponses des maires', 'SI', 8.5, MID)
    bx, by, bw = 44, 405, 360
    rect(c, bx, by, bw * 0.35, 34, fill=TEAL)
    rect(c, bx + bw * 0.35, by, bw * 0.56, 34, fill=TEAL2)
    rect(c, bx + bw * 0.91, by, bw * 0.09, 34, fill=HexColor('#DDDDDD'))
    text(c, bx + bw * 0.175, by + 12, '35~%', 'SB', 12, white, 'c')
    text(c, bx + bw * 0.63, by + 12, '56~%', 'SB', 12, NAVY, 'c')
    text(c, bx + bw + 10, by + 10, '= 91~%', 'SB', 15, NAVY)
    rect(c, bx, 380, 9, 9, fill=TEAL)
    text(c, bx + 14, 381, 'En mouvement, fortement', 'S', 8.5, NAVY)
    rect(c, bx + 170, 380, 9, 9, fill=TEAL2)
    text(c, bx + 184, 381, 'En mouvement, ni plus ni moins', 'S', 8.5, NAVY)
    para(c, 44, 352, 440, 'Lecture : les maires sont 91~% à voir leur territoire en mouvement, dont 35~% '
         'fortement.', 'sans', 8.5, 11, 'i', NAVY)
    para(c, 44, 322, 440, 'Source : IMPACTS & TRAJECTOIRES – Élus locaux, 302~maires interrogés par téléphone du '
         '30~septembre au 28~octobre 2024.', 'sans', 7.5, 9.5, 'r', MID)
    # panel B: gauge
    panel(c, 516, 300, 296, 200, 'Qui a répondu ?')
    cx, cy, r = 664, 372, 70
    c.setFillColor(HexColor('#DDDDDD'))
    c.wedge(cx - r, cy - r, cx + r, cy + r, 0, 180, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.wedge(cx - r, cy - r, cx + r, cy + r, 180 - 180 * 0.84, 180 * 0.84, stroke=0, fill=1)
    c.setFillColor(SAND)
    c.circle(cx, cy, r * 0.62, stroke=0, fill=1)
    text(c, cx - r, cy - 14, '0~%', 'S', 7.5, MID, 'c')
    text(c, cx + r, cy - 14, '100~%', 'S', 7.5, MID, 'c')
    text(c, cx, cy + 6, '84~%', 'SB', 20, ORANGE, 'c')
    para(c, 540, 340, 250, 'des répondants sont maires de communes de moins de 2~000 habitants.', 'sans', 8.5,
         11, 'r', NAVY)
    text(c, 540, 314, 'Même source.', 'S', 7.5, MID)
    # panel C: two tiles
    for k, (big, lab, src) in enumerate([
            ('64^%', 'des élus locaux veulent s\'appuyer sur le « jouer collectif »', 'IMPACT-Élus locaux, nov.~2020'),
            ('92^%', 'des maires reconnaissent l\'utilité de la co-construction', 'Parole de maires')]):
        x = 30 + k * 242
        rect(c, x, 60, 228, 220, fill=white, stroke=TEAL, lw=1.2, r=6)
        text(c, x + 16, 210, big, 'SB', 40, TEAL)
        para(c, x + 16, 180, 196, lab, 'sans', 10, 13, 'b', NAVY)
        text(c, x + 16, 76, src, 'SI', 8, MID)
    # panel D: small table
    panel(c, 516, 60, 296, 220, 'Les maires et l\'alliance')
    text(c, 530, 232, 'Indicateur', 'SB', 8.5, MID)
    text(c, 796, 232, 'Maires (%)', 'SB', 8.5, MID, 'r')
    hline(c, 530, 798, 226, MID, 0.4)
    rows = [('Les partenariats sont une source d\'innovation', '87'), ('Leur territoire est engagé', '76'),
            ('Ils ne savent pas piloter ces alliances', '46')]
    for k, (lab, v) in enumerate(rows):
        yy = 208 - k * 26
        text(c, 530, yy, lab, 'S', 9, NAVY)
        text(c, 796, yy, v, 'SB', 10, NAVY, 'r')
        hline(c, 530, 798, yy - 9, HexColor('#D9D4C7'), 0.4)
    text(c, 530, 76, 'Source : programme IMPACT.', 'S', 7.5, MID)
    c.showPage()

    # ---- page 2 : associations
    dash_frame(c, 2, 'Les associations employeuses et leurs partenaires')
    # KPI strip, numbers drawn first, then labels
    rect(c, 30, 420, 250, 90, fill=NAVY, r=6)
    rect(c, 290, 420, 250, 90, fill=TEAL, r=6)
    text(c, 46, 472, '148~000', 'SB', 26, white)
    text(c, 306, 472, '98~%', 'SB', 26, white)
    text(c, 46, 452, 'associations employeuses', 'S', 10, white)
    text(c, 306, 452, 'd\'entre elles ont noué des partenariats', 'S', 10, white)
    text(c, 46, 430, 'IMPACT – Associations & Territoires', 'SI', 7.5, white)
    text(c, 306, 430, 'Même étude', 'SI', 7.5, white)
    # bar chart
    panel(c, 30, 40, 510, 368, 'Avec qui ? (en % des associations employeuses)')
    bars = [('Collectivités territoriales', 89), ('Structures d\'intérêt général', 73),
            ('Établissements scolaires', 70), ('Collectifs d\'associations', 56),
            ('Acteurs publics nationaux', 52), ('Fédérations professionnelles', 37),
            ('Acteurs académiques', 35)]
    x0, scale = 200, 3.0
    for k, (lab, v) in enumerate(bars):
        yy = 340 - k * 38
        text(c, 190, yy + 6, lab, 'S', 9, NAVY, 'r')
        rect(c, x0, yy, v * scale, 22, fill=TEAL)
        text(c, x0 + v * scale + 6, yy + 7, str(v), 'SB', 10, NAVY)
    for t in (0, 25, 50, 75, 100):
        hline(c, x0 + t * scale, x0 + t * scale, 66, MID, 0.3)
        text(c, x0 + t * scale, 54, str(t), 'S', 7.5, MID, 'c')
    # comparison table (2016 survey)
    panel(c, 556, 40, 256, 470, 'Un autre regard')
    para(c, 570, 464, 228, 'L\'enquête Associations & Partenariats, menée en mai-juin 2016 auprès de plus de '
         '1~380 responsables associatifs, interroge toutes les associations, employeuses ou non.', 'sans', 8.5, 11)
    text(c, 570, 394, 'Partenaire cité', 'SB', 8, MID)
    text(c, 798, 394, '% des associations', 'SB', 8, MID, 'r')
    hline(c, 570, 798, 388, MID, 0.4)
    rows = [('Collectivités territoriales', '74'), ('Associations, fondations', '72'),
            ('Établissements d\'enseignement', '47'), ('Entreprises', '28'), ('Structures d\'insertion', '22'),
            ('Organismes de recherche', '9')]
    for k, (lab, v) in enumerate(rows):
        yy = 372 - k * 22
        text(c, 570, yy, lab, 'S', 8.5, NAVY)
        text(c, 798, yy, v, 'SB', 9, NAVY, 'r')
    para(c, 570, 224, 228, 'En moyenne, une association de cet échantillon compte 2,5~partenaires.', 'sans', 8.5,
         11, 'b', NAVY)
    para(c, 570, 190, 228, 'Attention : ces proportions ne se comparent pas directement aux barres de gauche, qui '
         'ne portent que sur les associations employeuses.', 'sans', 8, 10.5, 'i', MID)
    text(c, 570, 56, 'Source : Recherches & Solidarités et Le RAMEAU, mars~2017.', 'S', 7, MID)
    c.showPage()

    # ---- page 3 : entreprises
    dash_frame(c, 3, 'Les entreprises face à l\'alliance')
    panel(c, 30, 330, 782, 170, 'Les entreprises et les partenariats avec les associations')
    bx, by, bw = 44, 410, 754
    segs = [(0.21, TEAL, '21~%', 'développent des partenariats'), (0.33, TEAL2, '33~%', 'souhaitent en développer'),
            (0.46, HexColor('#E9C46A'), '46~%', 'ne le souhaitent pas')]
    xx = bx
    for f, col, big, lab in segs:
        rect(c, xx, by, bw * f, 40, fill=col)
        text(c, xx + 10, by + 14, big, 'SB', 14, NAVY)
        xx += bw * f
    xx = bx
    for f, col, big, lab in segs:
        text(c, xx + 10, by - 16, lab, 'S', 9, NAVY)
        xx += bw * f
    text(c, 44, 346, 'Source : étude ARPEA Entreprises & Territoires, janvier~2011.', 'S', 7.5, MID)
    # tiles: the 2016 note
    panel(c, 30, 40, 470, 276, 'Qui s\'engage ? La note du 29~février 2016')
    tiles = [('37~%', 'des entreprises d\'au moins 10~salariés'), ('38~%', 'des associations…'),
             ('53~%', '… et des associations employeuses'), ('65~%', 'chez les pionniers')]
    for k, (big, lab) in enumerate(tiles):
        x = 44 + (k % 2) * 228
        y = 214 - (k // 2) * 100
        rect(c, x, y - 30, 214, 82, fill=white, r=5)
        text(c, x + 12, y + 20, big, 'SB', 24, ORANGE)
        text(c, x + 12, y - 4, lab, 'S', 9, NAVY)
    para(c, 44, 70, 440, 'Part des organisations engagées dans au moins un partenariat entre associations et '
         'entreprises.', 'sans', 8, 10, 'i', MID)
    # right: dirigeants
    panel(c, 516, 40, 296, 276, 'Ce qu\'en disent les dirigeants')
    text(c, 532, 240, '84~%', 'SB', 30, TEAL)
    para(c, 532, 218, 264, 'des dirigeants d\'entreprise ont envie d\'alliance.', 'sans', 9.5, 12, 'b', NAVY)
    text(c, 532, 160, '81~%', 'SB', 30, TEAL)
    para(c, 532, 138, 264, 'd\'entre eux voient dans les partenariats une source d\'innovation.', 'sans', 9.5, 12,
         'b', NAVY)
    para(c, 532, 70, 264, 'Sources : Le RAMEAU ; programme IMPACT.', 'sans', 7.5, 9.5, 'r', MID)
    c.showPage()

    # ---- page 4 : citoyens
    dash_frame(c, 4, 'Les Français et les alliances')
    panel(c, 30, 250, 380, 250, 'Juger urgent de créer des partenariats')
    text(c, 44, 462, 'en % des Français · études ARPEA', 'SI', 8.5, MID)
    px = [110, 330]
    py = [380, 368]
    c.setStrokeColor(TEAL)
    c.setLineWidth(2.5)
    c.line(px[0], py[0], px[1], py[1])
    hline(c, 60, 380, 300, MID, 0.5)
    for k, (yr, v) in enumerate([('2008', '86'), ('2012', '84')]):
        c.setFillColor(TEAL)
        c.circle(px[k], py[k], 5, stroke=0, fill=1)
        text(c, px[k], py[k] + 12, v, 'SB', 14, NAVY, 'c')
    for k, (yr, v) in enumerate([('2008', '86'), ('2012', '84')]):
        text(c, px[k], 286, yr, 'S', 9, MID, 'c')
    text(c, 44, 262, 'Source : Observatoire des partenariats, programme ARPEA.', 'S', 7.5, MID)
    # right: devoir d'alliance
    panel(c, 426, 250, 386, 250, 'S\'allier, un devoir ?')
    text(c, 442, 410, '69~%', 'SB', 34, ORANGE)
    para(c, 560, 430, 236, 'des Français le pensaient en septembre~2015 (PHARE-Citoyens).', 'sans', 9.5, 12, 'b', NAVY)
    hline(c, 442, 796, 370, MID, 0.3)
    para(c, 442, 346, 350, 'Repère plus récent : ils sont 81~% à juger que s\'allier est un devoir.', 'sans', 9.5,
         12, 'r', NAVY)
    para(c, 442, 300, 350, 'Les deux chiffres ne viennent pas de la même enquête.', 'sans', 8, 10, 'i', MID)
    # bottom: impacts expected, icons row
    panel(c, 30, 40, 560, 196, 'Impacts forts attendus des partenariats')
    items = [('49~%', 'Emploi'), ('46~%', 'Développement économique'), ('42~%', 'Environnement'),
             ('36~%', 'Précarité et éducation')]
    for k, (big, lab) in enumerate(items):
        x = 44 + k * 136
        c.setFillColor(TEAL2)
        c.circle(x + 28, 158, 22, stroke=0, fill=1)
        text(c, x + 60, 152, big, 'SB', 16, NAVY)
        para(c, x, 118, 126, lab, 'sans', 9, 11, 'r', NAVY)
    para(c, 44, 66, 530, 'Source : PHARE-Citoyens, septembre~2015, plus de 2^000 personnes interrogées.', 'sans',
         7.5, 9.5, 'r', MID)
    panel(c, 606, 40, 206, 196, 'Source d\'innovation')
    text(c, 620, 150, '74~%', 'SB', 30, TEAL)
    para(c, 620, 124, 180, 'des Français voient dans les partenariats une source d\'innovation.', 'sans', 9, 11.5,
         'b', NAVY)
    text(c, 620, 56, 'Programme IMPACT', 'SI', 7.5, MID)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- T-03 fiche méthode (questions and tables)

PLUM = HexColor('#5B3A74')
LILAC = HexColor('#EFE8F4')


def fm_frame(c, n):
    W, H = A4
    rect(c, 0, H - 20, W, 20, fill=PLUM)
    text(c, 48, H - 40, 'FICHE MÉTHODE', 'CB', 9, PLUM)
    text(c, W - 48, H - 40, 'Observatoire des partenariats · janvier~2025', 'C', 8.5, MID, 'r')
    hline(c, 48, W - 48, 40, PLUM, 0.6)
    text(c, 48, 27, 'Citer un chiffre de l\'Observatoire', 'CI', 8, MID)
    text(c, W - 48, 27, 'Fiche méthode — ' + str(n), 'C', 8, MID, 'r')


def question(c, y, label, title):
    rect(c, 48, y - 6, 30, 22, fill=PLUM, r=3)
    text(c, 63, y, label, 'CB', 10, white, 'c')
    text(c, 88, y, title, 'CB', 13, PLUM)
    return y - 26


def grid_table(c, x, y, colw, header, rows, size=8.3, lead=10.5, head_font='CB', interleave=True):
    """Table with wrapped cells.  With interleave=True each visual line is drawn across the row, cell by
    cell (so wrapped cells interleave in the text layer)."""
    def wrapped(cells, fam, style):
        return [wrap(cl, colw[k] - 8, fam, size, style) for k, cl in enumerate(cells)]
    for cells, style, fill in [(header, 'b', LILAC)] + [(r, 'r', None) for r in rows]:
        ws = wrapped(cells, 'cond', style)
        n = max(len(w) for w in ws)
        h = n * lead + 8
        if fill is not None:
            rect(c, x, y - h, sum(colw), h, fill=fill)
        if interleave:
            for i in range(n):
                xx = x
                for k, w in enumerate(ws):
                    if i < len(w):
                        draw_line(c, xx + 4, y - 4 - size - i * lead, w[i], 'cond', size, NAVY)
                    xx += colw[k]
        else:
            xx = x
            for k, w in enumerate(ws):
                for i, ln in enumerate(w):
                    draw_line(c, xx + 4, y - 4 - size - i * lead, ln, 'cond', size, NAVY)
                xx += colw[k]
        y -= h
        hline(c, x, x + sum(colw), y, HexColor('#C9BBD6'), 0.5)
    return y


def doc_t03():
    W, H = A4
    c = new_canvas('obs-t-03-fiche-methode-citer-un-chiffre.pdf', A4, 'Fiche méthode — Citer un chiffre')
    tw = W - 96

    # ---- page 1
    fm_frame(c, 1)
    text(c, 48, 770, 'Citer un chiffre de l\'Observatoire', 'CB', 22, NAVY)
    text(c, 48, 748, 'Population, date, source : le mode d\'emploi', 'C', 13, PLUM)
    y = para(c, 48, 718, tw, 'Un chiffre n\'a de sens qu\'avec trois repères : la population qu\'il compte, la date à '
             'laquelle il a été mesuré et l\'enquête qui l\'a produit. Cette fiche reprend les enquêtes les plus '
             'citées et montre, exemples à l\'appui, comment les lire sans les trahir.', 'cond', 10.5, 14, after=10)
    text(c, 48, y, 'Tableau 1 – Les enquêtes citées dans cette fiche', 'CB', 9.5, NAVY)
    y = grid_table(c, 48, y - 8, [130, 90, 115, 82, 82.28],
                   ['Enquête', 'Population', 'Terrain', 'Répondants (nombre)', 'Publication'],
                   [['PHARE-Citoyens', 'Français', 'non précisé', 'plus de 2~000', 'septembre~2015'],
                    ['Associations & Partenariats (Recherches & Solidarités, Le RAMEAU)', 'responsables associatifs',
                     'mai-juin 2016', 'plus de 1~380', 'mars~2017'],
                    ['IMPACTS & TRAJECTOIRES – Élus locaux', 'maires', '30~sept. – 28~oct. 2024, par téléphone',
                     '302', 'novembre~2024'],
                    ['IMPACT – Fondations & Territoires', 'fondations', 'non précisé', '42',
                     '23~septembre (année non précisée)']])
    y = question(c, y - 30, 'Q1', 'Quelle date retenir ?')
    y = para(c, 48, y, tw, 'Une enquête a deux dates : celle du terrain et celle de la publication. L\'enquête '
             'Associations & Partenariats a été menée au printemps 2016 mais publiée en mars~2017 ; ses résultats, '
             'comme les 2,5~partenaires déclarés en moyenne par association, datent du terrain. Citer « en 2017 » '
             'reste admis, à condition de préciser qu\'il s\'agit de la publication.', 'cond', 10, 13.5, after=8)
    y = para(c, 48, y, tw, 'À l\'inverse, l\'étude IMPACT – Fondations & Territoires n\'indique que le jour de sa '
             'publication, un 23~septembre : faute d\'année, ses résultats restent sans date.', 'cond', 10, 13.5,
             after=8)
    y = para(c, 48, y, tw, 'Certains chiffres circulent enfin sans aucune date, comme les 92~% de maires qui disent '
             'avoir besoin d\'alliance. Mieux vaut alors l\'écrire que d\'en inventer une.', 'cond', 10, 13.5)
    c.showPage()

    # ---- page 2
    fm_frame(c, 2)
    y = question(c, 770, 'Q2', 'Qui est compté ?')
    y = para(c, 48, y, tw, 'Dans l\'enquête IMPACTS & TRAJECTOIRES – Élus locaux (novembre~2024), 84~% des '
             'répondants sont maires de communes de moins de 2~000 habitants : ce chiffre décrit l\'échantillon, pas '
             'l\'ensemble des maires de France.', 'cond', 10, 13.5, after=8)
    y = para(c, 48, y, tw, 'De même, la note du 29~février 2016 distingue les associations dans leur ensemble '
             '(38~%) des seules associations employeuses (53~%) : la seconde population est incluse dans la '
             'première.', 'cond', 10, 13.5, after=8)
    y = para(c, 48, y, tw, 'Les seuils, eux, font partie de la population. Selon l\'enquête Associations & '
             'Partenariats, 50~% des associations dont le budget dépasse 150~000~€ ont un partenaire entreprise, '
             'contre 20~% de celles dont le budget est inférieur à 10~000~€.', 'cond', 10, 13.5, after=14)
    # encadré: à écrire / à éviter
    rect(c, 48, y - 88, tw, 96, fill=LILAC, r=4)
    text(c, 60, y - 8, 'À écrire', 'CB', 9.5, PLUM)
    text(c, 60 + tw / 2, y - 8, 'À éviter', 'CB', 9.5, PLUM)
    para(c, 60, y - 26, tw / 2 - 24, '« Parmi les associations employeuses, 53~% étaient engagées dans un '
         'partenariat en 2016. »', 'cond', 9.5, 12.5, 'i', NAVY)
    para(c, 60 + tw / 2, y - 26, tw / 2 - 24, '« La majorité des associations ont un partenaire entreprise. »',
         'cond', 9.5, 12.5, 'i', NAVY)
    para(c, 60, y - 70, tw - 24, 'La seconde phrase oublie le mot « employeuses » et la date.', 'cond', 8.5, 11, 'r',
         MID)
    y = question(c, y - 128, 'Q3', 'Une note sur 10, comment la lire ?')
    y = para(c, 48, y, tw, 'Les notes de PHARE-Citoyens (septembre~2015) vont de 0 à 10. La note moyenne que les '
             'Français donnent à l\'effet des alliances sur l\'emploi, 7,1, n\'est pas un pourcentage : elle ne se '
             'lit pas « 71~% ».', 'cond', 10, 13.5, after=8)
    y = para(c, 48, y, tw, 'Elle se compare aux autres notes de la même échelle : 6,5 pour le développement '
             'économique, 6,3 pour l\'environnement comme pour l\'exclusion.', 'cond', 10, 13.5)
    c.showPage()

    # ---- page 3
    fm_frame(c, 3)
    y = question(c, 770, 'Q4', 'Deux sources divergent : que faire ?')
    y = para(c, 48, y, tw, 'Citez les deux, chacune avec sa date et sa source, plutôt que d\'en choisir une. Le '
             'tableau 2 recense les écarts connus.', 'cond', 10, 13.5, after=12)
    text(c, 48, y, 'Tableau 2 – Quelques écarts connus', 'CB', 9.5, NAVY)
    y = grid_table(c, 48, y - 8, [180, 159.64, 159.64],
                   ['Sujet', 'Version A', 'Version B'],
                   [['Note de la sécurité (PHARE-Citoyens, sur 10)', '6,6', '7'],
                    ['Partenariats source d\'innovation (programme IMPACT)', '74~% des Français', '69~% des citoyens'],
                    ['Parcours d\'expérience du CGET', '11 territoires pionniers', '10 territoires pilotes'],
                    ['Création de l\'Observatoire', '2008', '2007 (documents de 2011 et 2012)'],
                    ['Programme PHARE', '2013-2018', '2013-2017'],
                    ['Lancement de la Charte du faire alliance', '30~novembre 2021', 'mardi 30~septembre']],
                   interleave=False)
    y = question(c, y - 30, 'Q5', 'Quelques mots à connaître')
    gl = [
        '<b>ARPEA.</b> Premier programme de l\'Observatoire (2008-2012). Trois intitulés coexistent, dont '
        '« Analyse des Relations et des Partenariats entre Entreprises et Associations ».',
        '<b>M.E.D.O.C.</b> Méthodes, Exemples, Données, Outils, Compétences : la boîte à outils de la plateforme '
        'consacrée à l\'ODD~17.',
        '<b>ODD~17.</b> Dernier des objectifs de développement durable, consacré aux partenariats ; il compte '
        '19~cibles.',
        '<b>Plans quinquennaux.</b> ARPEA, puis PHARE, puis IMPACT : un programme d\'études tous les cinq ans.',
    ]
    for g in gl:
        y = para(c, 48, y, tw, g, 'cond', 10, 13.5, after=7)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- T-04 compte rendu de webinaire (timecodes)

GREEN = HexColor('#2F6B3A')
PALEG = HexColor('#EAF2EA')


def cr_frame(c, n):
    W, H = A4
    rect(c, 0, H - 56, W, 56, fill=GREEN)
    text(c, 48, H - 34, 'COMPTE RENDU', 'SB', 14, white)
    text(c, W - 48, H - 34, 'Cycle « l\'ODD~17 en pratique »', 'S', 9.5, white, 'r')
    hline(c, 48, W - 48, 42, GREEN, 0.6)
    text(c, 48, 28, 'Webinaire du 26~novembre', 'S', 8, MID)
    text(c, W - 48, 28, 'p.~' + str(n) + '/4', 'S', 8, MID, 'r')


def turn(c, y, tc, who, body, w=440):
    text(c, 48, y, tc, 'M', 8.5, MID)
    text(c, 107, y, who, 'SB', 9.5, GREEN)
    y -= 14
    for b in body:
        y = para(c, 107, y, w, b, 'sans', 9.3, 12.6, after=5)
    return y - 8


def chat_box(c, y, lines, w=440):
    h = 0
    for who, msg in lines:
        h += len(wrap('<b>' + who + '</b> ' + msg, w - 24, 'sans', 9, 'r')) * 12 + 6
    rect(c, 107, y - h - 20, w, h + 30, fill=PALEG, r=5)
    text(c, 119, y, 'Questions du chat', 'SBI', 9, GREEN)
    y -= 16
    for who, msg in lines:
        y = para(c, 119, y, w - 24, '<b>' + who + '</b> ' + msg, 'sans', 9, 12, after=6)
    return y - 16


def doc_t04():
    W, H = A4
    c = new_canvas('obs-t-04-compte-rendu-webinaire-odd17.pdf', A4, 'Compte rendu — 5e webinaire « l\'ODD 17 en pratique »')

    # ---- page 1
    cr_frame(c, 1)
    text(c, 48, 748, '5e webinaire « l\'ODD~17 en pratique »', 'SB', 19, NAVY)
    text(c, 48, 728, 'Diffusé en direct le 26~novembre, de 11~h à 12~h~30', 'S', 10.5, GREEN)
    y = para(c, 48, 704, 499, '<b>Intervenants :</b> Anne Robin, fondatrice de COMISIS et directrice scientifique '
             'de l\'Observatoire des partenariats ; Charles-Benoît Heidsieck, président-fondateur du RAMEAU. '
             '<b>Animation :</b> l\'équipe du RAMEAU.', 'sans', 9.3, 12.6, after=10)
    rect(c, 48, y - 70, 499, 80, stroke=GREEN, lw=0.8, r=4)
    text(c, 60, y - 8, 'Au programme', 'SB', 9.5, GREEN)
    for k, s in enumerate(['1. L\'ODD~17 en quelques mots', '2. Ce que disent les données',
                           '3. Agir en territoire', '4. Questions du chat']):
        text(c, 60 + (k % 2) * 240, y - 28 - (k // 2) * 16, s, 'S', 9.3, NAVY)
    y -= 100
    y = turn(c, y, '00:00', 'Animation', [
        'Bienvenue à ce cinquième rendez-vous du cycle. L\'actualité de l\'Observatoire est chargée : le '
        '15~novembre, JURIS Associations a publié son dossier n°~628 ; le 23~novembre s\'est tenu le 3e dîner '
        '« Elus & Entreprises » ; et le onzième rapport régional, consacré à la Normandie, paraît aujourd\'hui '
        'même.'])
    y = turn(c, y, '00:04', 'Anne Robin', [
        'L\'ODD~17 est le seul des objectifs de développement durable qui porte sur les partenariats eux-mêmes. Il '
        'se décline en 19~cibles.',
        'Pour les comprendre, je vous renvoie à la note du Comité~21 « ODD 17 : Sens, décryptages, déclinaisons », '
        'parue un 5~juillet.'])
    y = turn(c, y, '00:09', 'Anne Robin', [
        'Pourquoi cet objectif parle-t-il autant aux territoires ? Parce que les acteurs eux-mêmes le demandent, '
        'et que les données de l\'Observatoire le montrent. C\'est l\'objet de la partie suivante.'])
    c.showPage()

    # ---- page 2
    cr_frame(c, 2)
    y = 760
    text(c, 48, y, 'Ce que disent les données', 'SB', 13, NAVY)
    y -= 26
    y = turn(c, y, '00:12', 'Anne Robin', [
        'Commençons par les élus. Les maires sont 92~% à reconnaître l\'utilité de la co-construction. Et quand on '
        'interroge plus largement les élus locaux, soixante-quatre pour cent veulent s\'appuyer sur le « jouer '
        'collectif ».'])
    y = turn(c, y, '00:17', 'Anne Robin', [
        'Côté associations, l\'étude IMPACT – Associations & Territoires porte sur les 148~000 associations '
        'employeuses. Presque toutes ont noué des partenariats : 98~% d\'entre elles.',
        'Sous quelle forme ? Celles-ci privilégient le mécénat (75~%), devant l\'innovation sociétale (73~%) et les '
        'pratiques responsables (70~%). La coopération économique, elle, en concerne 58~%.'])
    y = chat_box(c, y, [
        ('Une bénévole :', '« Ces 98 % valent-ils aussi pour les petites associations sans salarié ? »'),
        ('Anne Robin :', 'Non. L\'étude ne porte que sur les associations employeuses ; pour l\'ensemble des '
                         'associations, il faut se reporter à d\'autres enquêtes.')])
    y = turn(c, y - 6, '00:26', 'Anne Robin', [
        'Dernier regard, les fondations. L\'étude IMPACT – Fondations & Territoires, publiée le 23~septembre, a '
        'interrogé quarante-deux fondations sur leur rôle dans les territoires.'])
    c.showPage()

    # ---- page 3
    cr_frame(c, 3)
    y = 760
    text(c, 48, y, 'Agir en territoire', 'SB', 13, NAVY)
    y -= 26
    y = turn(c, y, '00:31', 'Charles-Benoît Heidsieck', [
        'Ces chiffres, nous les avons vus naître sur le terrain. Le RAMEAU a mené des expérimentations auprès de '
        'plus de 500~organisations et recensé plus de 1^000 exemples inspirants.',
        'Dès 2010, la démarche « Agir ensemble en Territoire » a ouvert la voie, après l\'étude ARPEA-Collectivités '
        'locales, avec trois territoires pilotes : l\'Alsace, le Poitou-Charentes et Paris-Est Marne & Bois.',
        'Plus récemment, le parcours d\'expérience conduit avec le CGET a réuni onze territoires pionniers ; la '
        'première session s\'est tenue un 3~mai.'])
    y = chat_box(c, y - 4, [
        ('Un élu d\'une commune de moins de 2~000 habitants :', '« Par où commencer, sans service dédié ? »'),
        ('Charles-Benoît Heidsieck :', 'Par un diagnostic partagé. Les outils de la plateforme M.E.D.O.C. sont '
                                       'faits pour cela.'),
        ('Une participante :', '« Où retrouver le détail des 19 cibles ? »'),
        ('Anne Robin :', 'Sur www.odd17.org, qui rassemble méthodes, exemples et données.')])
    c.showPage()

    # ---- page 4
    cr_frame(c, 4)
    y = 760
    text(c, 48, y, 'Relevé des suites', 'SB', 13, NAVY)
    y -= 22
    for s in ['1. Le diaporama et l\'enregistrement sont envoyés aux inscrits.',
              '2. La note du Comité~21 est jointe à ce compte rendu.',
              '3. Prochain rendez-vous : le 6e webinaire du cycle, en janvier.']:
        y = para(c, 60, y, 480, s, 'sans', 9.5, 12.6, after=4)
    y -= 18
    text(c, 48, y, 'Annexe – Les chiffres cités pendant le webinaire', 'SB', 11, NAVY)
    y -= 10
    colw = [62, 170, 120, 147.28]
    head = ['Chiffre', 'Ce qu\'il mesure', 'Population', 'Source citée']
    rows = [['92~%', 'utilité de la co-construction', 'maires', 'dîner « Elus & Entreprises »'],
            ['64~%', 'appui sur le « jouer collectif »', 'élus locaux', 'même source'],
            ['98~%', 'partenariats noués', 'associations employeuses', 'IMPACT – Associations & Territoires'],
            ['75~%', 'mécénat', 'associations employeuses', 'IMPACT – Associations & Territoires'],
            ['42', 'fondations interrogées', '–', 'IMPACT – Fondations & Territoires'],
            ['19', 'cibles de l\'ODD~17', '–', 'note du Comité~21']]
    rect(c, 48, y - 20, sum(colw), 20, fill=PALEG)
    xx = 48
    for k, h in enumerate(head):
        text(c, xx + 5, y - 14, h, 'SB', 8.5, GREEN)
        xx += colw[k]
    y -= 20
    for r in rows:
        ws = [wrap(cl, colw[k] - 10, 'sans', 8.5) for k, cl in enumerate(r)]
        n = max(len(w) for w in ws)
        xx = 48
        for k, w in enumerate(ws):
            for i, ln in enumerate(w):
                draw_line(c, xx + 5, y - 13 - i * 11, ln, 'sans', 8.5, NAVY)
            xx += colw[k]
        y -= n * 11 + 9
        hline(c, 48, 48 + sum(colw), y + 2, HexColor('#BFD8BF'), 0.5)
    para(c, 48, y - 16, 499, 'Les chiffres sont repris tels qu\'ils ont été cités ; leur date est celle de '
         'l\'enquête d\'origine, que le compte rendu ne précise pas.', 'sans', 8, 10.5, 'i', MID)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- T-05 dépliant trois volets (landscape, recto-verso)

OCHRE = HexColor('#C8811A')
CREAM = HexColor('#FBF6EC')
DARK = HexColor('#3D2C1E')


def doc_t05():
    W, H = A4L
    pw = W / 3
    c = new_canvas('obs-t-05-depliant-le-rameau.pdf', A4L, 'Le RAMEAU en bref — dépliant, septembre 2022')

    # ---- page 1 (outside): drawn cover first, then the flap, then the back panel
    # cover (right third)
    x0 = 2 * pw
    rect(c, x0, 0, pw, H, fill=DARK)
    text(c, x0 + 30, H - 70, 'LE RAMEAU', 'SB', 26, white)
    para(c, x0 + 30, H - 100, pw - 60, 'Un laboratoire de recherche empirique au service des alliances', 'sans', 12,
         15, 'r', white)
    text(c, x0 + 30, 300, '15', 'SB', 54, OCHRE)
    text(c, x0 + 150, 300, '5', 'SB', 54, OCHRE)
    text(c, x0 + 30, 278, 'ans de recherche', 'S', 10, white)
    text(c, x0 + 150, 278, 'ans d\'étude d\'impact', 'S', 10, white)
    text(c, x0 + 30, 40, 'Édition septembre~2022', 'SI', 9, white)
    # flap (left third)
    x0 = 0
    rect(c, x0, 0, pw, H, fill=CREAM)
    text(c, x0 + 26, H - 56, 'La Fondation des Territoires', 'SB', 14, DARK)
    y = para(c, x0 + 26, H - 84, pw - 52, 'Créée le 14~juin 2022 sous l\'égide de la Fondation de Lille, elle '
             'réunit 21~co-fondateurs autour d\'une conviction : les territoires avancent quand leurs acteurs '
             's\'allient.', 'sans', 9.5, 13, after=10)
    steps = [('Étape 1', 'juillet~2018 – juillet~2019', 'lancement de la préfiguration'),
             ('Étape 2', 'août~2019 – novembre~2020', 'expérimentation'),
             ('Étape 3', 'décembre~2020 – mai~2022', 'création')]
    for k, (a, b, d) in enumerate(steps):
        yy = y - 10 - k * 58
        c.setFillColor(OCHRE)
        c.circle(x0 + 34, yy + 3, 5, stroke=0, fill=1)
        text(c, x0 + 48, yy, a, 'SB', 9.5, OCHRE)
        text(c, x0 + 48, yy - 14, b, 'S', 9, DARK)
        text(c, x0 + 48, yy - 27, d, 'SI', 8.5, MID)
    para(c, x0 + 26, y - 200, pw - 52, 'Elle a piloté la co-construction de la Charte du faire alliance, '
         'lancée le 30~novembre 2021.', 'sans', 9.5, 13)
    # back (middle third)
    x0 = pw
    text(c, x0 + 26, H - 56, 'Qui sommes-nous ?', 'SB', 14, DARK)
    y = para(c, x0 + 26, H - 84, pw - 52, 'Le RAMEAU est une association d\'intérêt général créée en 2006. '
             'Laboratoire d\'innovations partenariales, il s\'est donné trois missions, dont celle de témoigner.',
             'sans', 9.5, 13, after=10)
    y = para(c, x0 + 26, y, pw - 52, 'Président-fondateur : Charles-Benoît Heidsieck. Directrice générale : '
             'Laurence Weber.', 'sans', 9.5, 13, after=10)
    rect(c, x0 + 26, 120, 90, 90, stroke=DARK, lw=0.8)
    text(c, x0 + 71, 161, '[QR]', 'S', 9, MID, 'c')
    para(c, x0 + 26, 100, pw - 52, 'www.lerameau.fr · observatoire-des-partenariats.fr', 'sans', 8.5, 11, 'r', DARK)
    c.showPage()

    # ---- page 2 (inside), three panels from left to right
    x0 = 0
    text(c, x0 + 26, H - 56, 'Observer, expérimenter', 'SB', 14, DARK)
    y = para(c, x0 + 26, H - 84, pw - 52, 'Depuis 2006, Le RAMEAU a mené des expérimentations auprès de plus de '
             '500~organisations.', 'sans', 9.5, 13, after=10)
    y = para(c, x0 + 26, y, pw - 52, 'Ses travaux s\'appuient sur plus de 1.000 exemples inspirants, recensés '
             'partout en France.', 'sans', 9.5, 13, after=10)
    para(c, x0 + 26, y, pw - 52, 'Une conviction guide ce travail : personne ne peut relever seul les défis de '
         'son territoire.', 'sans', 9.5, 13, 'i', MID)
    x0 = pw
    rect(c, x0, 0, pw, H, fill=CREAM)
    text(c, x0 + 26, H - 56, 'L\'Observatoire des partenariats', 'SB', 14, DARK)
    y = para(c, x0 + 26, H - 84, pw - 52, 'Créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat '
             'avec le MEDEF et le Mouvement associatif, il suit les alliances entre acteurs à travers des plans '
             'quinquennaux.', 'sans', 9.5, 13, after=14)
    text(c, x0 + 26, y, 'Programme', 'SB', 8.5, OCHRE)
    text(c, x0 + 120, y, 'Période', 'SB', 8.5, OCHRE)
    text(c, x0 + 200, y, 'Structure', 'SB', 8.5, OCHRE)
    hline(c, x0 + 26, x0 + pw - 26, y - 6, OCHRE, 0.6)
    for k, (a, b, d) in enumerate([('ARPEA', '2008-2012', '10 volets'), ('PHARE', '2013-2018', '6 volets'),
                                   ('IMPACT', '2018-2022', '3 axes')]):
        yy = y - 24 - k * 20
        text(c, x0 + 26, yy, a, 'SB', 9.5, DARK)
        text(c, x0 + 120, yy, b, 'S', 9.5, DARK)
        text(c, x0 + 200, yy, d, 'S', 9.5, DARK)
    para(c, x0 + 26, y - 100, pw - 52, 'Direction scientifique : Anne Robin, fondatrice de COMISIS.', 'sans', 8.5,
         11, 'i', MID)
    x0 = 2 * pw
    text(c, x0 + 26, H - 56, 'Agir : le Fonds ODD~17', 'SB', 14, DARK)
    y = para(c, x0 + 26, H - 84, pw - 52, 'Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds '
             'ODD~17 a reçu une dotation de 1,5~M€ pour une expérimentation sur 3~ans.', 'sans', 9.5, 13, after=10)
    y = para(c, x0 + 26, y, pw - 52, 'Il s\'appuie sur 350 « catalyseurs territoriaux », chargés de faire naître '
             'les alliances au plus près du terrain.', 'sans', 9.5, 13, after=10)
    c.showPage()
    c.save()


def main():
    for f in (doc_t01, doc_t02, doc_t03, doc_t04, doc_t05):
        f()


if __name__ == '__main__':
    main()
