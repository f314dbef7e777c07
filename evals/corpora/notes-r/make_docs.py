"""Deterministic generator of the 5 PDFs of figure-finder gold set R.

Run: /work/main/.venv/bin/python make_docs.py   (writes obs-r-0K-<slug>.pdf next to this file)

reportlab with rl_config.invariant = 1, DejaVu Sans TTF, left-aligned paragraphs, no hyphenation.
Every page is drawn at explicit coordinates (no automatic page flow), so the page of every
sentence is fixed by this file. In the source text « ~ » stands for a no-break space (U+00A0).
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu/"

class NbspTTFont(TTFont):
    """DejaVu TTF font that keeps U+00A0 in the PDF text layer.

    reportlab's TTFont.splitString maps every no-break space to a plain space before encoding
    (« if code==0xa0: code = 32 »), so the extracted text would never hold a U+00A0. This copy of
    splitString (reportlab 5.1.0) differs only by that line: the no-break space keeps its own code, is
    drawn with the space glyph (same width) and is written as U+00A0 in the ToUnicode map.
    """

    def splitString(self, text, doc, encoding="utf-8"):
        asciiReadable = self._asciiReadable
        try:
            state = self.state[doc]
        except KeyError:
            state = self.state[doc] = TTFont.State(asciiReadable, self)
        _31skip = 31 if asciiReadable and state.nextCode < 32 else -256
        curSet = -1
        cur = []
        results = []
        if not isinstance(text, str):
            text = text.decode("utf-8")
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
                curSet = n >> 8
                cur = []
            cur.append(n & 0xFF)
        if cur:
            results.append((curSet, bytes(cur)))
        return results


TTFont = NbspTTFont  # noqa: F811  (all fonts below keep U+00A0)

pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONTDIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVBI", FONTDIR + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FONTDIR + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", FONTDIR + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVBI")
pdfmetrics.registerFontFamily("DVC", normal="DVC", bold="DVCB", italic="DVC", boldItalic="DVCB")

NAVY = colors.HexColor("#1f3b5a")
TEAL = colors.HexColor("#1d7874")
SAND = colors.HexColor("#f3ead8")
MIST = colors.HexColor("#e6eef5")
GREY = colors.HexColor("#555555")
RUST = colors.HexColor("#b5542c")


def T(s):
    """« ~ » in the source stands for a no-break space (U+00A0), « ^ » for a narrow one (U+202F).

    « ^ » is only used in strings drawn with drawString: reportlab's Paragraph would break the line
    there and write a plain space."""
    return s.replace("~", "\u00a0").replace("^", "\u202f")


def style(name, font="DV", size=10, leading=None, color=colors.black, **kw):
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading or size * 1.3,
        textColor=color,
        alignment=TA_LEFT,
        hyphenationLang="",
        embeddedHyphenation=0,
        **kw,
    )


S = {
    "body": style("body", size=10, leading=13.5),
    "bodyc": style("bodyc", font="DVC", size=9.5, leading=12.5),
    "small": style("small", size=8, leading=10, color=GREY),
    "h1": style("h1", font="DVB", size=18, leading=22, color=NAVY),
    "h2": style("h2", font="DVB", size=12, leading=15, color=TEAL),
    "h3": style("h3", font="DVB", size=10.5, leading=13, color=NAVY),
    "label": style("label", font="DVB", size=8.5, leading=11, color=RUST),
    "edition": style("edition", font="DVI", size=9.5, leading=12, color=GREY),
    "intro": style("intro", font="DV", size=11, leading=15, color=NAVY),
    "q": style("q", font="DVB", size=10, leading=13.5, color=TEAL),
    "bullet": style("bullet", size=10, leading=13.5, leftIndent=12, bulletIndent=2, bulletFontName="DV"),
    "cell": style("cell", size=9, leading=11.5),
    "cellb": style("cellb", font="DVB", size=9, leading=11.5, color=colors.white),
    "bignum": style("bignum", font="DVB", size=26, leading=30, color=RUST),
    "boxlabel": style("boxlabel", font="DVB", size=8, leading=10, color=TEAL),
    "boxtext": style("boxtext", size=9.5, leading=12),
    "caption": style("caption", font="DVI", size=8.5, leading=11, color=GREY),
    "foot": style("foot", size=7.5, leading=9.5, color=GREY),
}


def P(text, st="body"):
    return Paragraph(T(text), S[st] if isinstance(st, str) else st)


def bullets(items, st="bullet", sym="\u2022"):
    return [Paragraph(T(t), S[st], bulletText=sym) for t in items]


class Col:
    """A column with a y cursor: flowables are wrapped and drawn top-down at fixed coordinates."""

    def __init__(self, c, x, ytop, width, ybottom, name="col"):
        self.c, self.x, self.y, self.w, self.ybot, self.name = c, x, ytop, width, ybottom, name

    def add(self, flow, after=6):
        if isinstance(flow, (list, tuple)):
            for i, f in enumerate(flow):
                self.add(f, after if i == len(flow) - 1 else 2)
            return
        _, h = flow.wrap(self.w, 10000)
        if self.y - h < self.ybot:
            raise SystemExit(f"overflow in {self.name}: need {h:.1f}, have {self.y - self.ybot:.1f}")
        flow.drawOn(self.c, self.x, self.y - h)
        self.y -= h + after

    def skip(self, dy):
        self.y -= dy


def box(flows, width, bg=SAND, border=None, pad=7):
    t = Table([[flows]], colWidths=[width])
    cmds = [
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]
    if border:
        cmds.append(("BOX", (0, 0), (-1, -1), 1, border))
    t.setStyle(TableStyle(cmds))
    return t


def grid(rows, widths, header_bg=NAVY, zebra=MIST, header=True):
    data = []
    for i, r in enumerate(rows):
        st = "cellb" if (header and i == 0) else "cell"
        data.append([P(x, st) for x in r])
    t = Table(data, colWidths=widths)
    cmds = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#b0b8c0")),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), header_bg))
    for i in range(1 if header else 0, len(rows)):
        if i % 2 == 0:
            cmds.append(("BACKGROUND", (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(cmds))
    return t


def text_at(c, x, y, s, font="DV", size=9, color=colors.black):
    c.setFont(font, size)
    c.setFillColor(color)
    c.drawString(x, y, T(s))
    c.setFillColor(colors.black)


def text_right(c, x, y, s, font="DV", size=9, color=colors.black):
    c.setFont(font, size)
    c.setFillColor(color)
    c.drawRightString(x, y, T(s))
    c.setFillColor(colors.black)


def new_canvas(fname, size, title):
    c = canvas.Canvas(os.path.join(HERE, fname), pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor("Observatoire des partenariats (document de démonstration)")
    c.setCreator("make_docs.py")
    c.setSubject("")
    c.setKeywords("")
    return c


W, H = A4
M = 50  # margin


# --------------------------------------------------------------------------------------------
# 01 - newsletter, 3 pages
# --------------------------------------------------------------------------------------------
def doc01():
    fname = "obs-r-01-lettre-maires-jouer-collectif.pdf"
    c = new_canvas(fname, A4, "La Lettre de l'Observatoire n° 14")

    def banner():
        c.setFillColor(NAVY)
        c.rect(0, H - 70, W, 70, stroke=0, fill=1)
        text_at(c, M, H - 42, "LA LETTRE DE L'OBSERVATOIRE DES PARTENARIATS", "DVB", 12, colors.white)
        text_right(c, W - M, H - 42, "N°~14 · décembre 2024", "DV", 10, colors.white)

    def footer(n):
        c.setStrokeColor(GREY)
        c.line(M, 40, W - M, 40)
        text_at(c, M, 28, "La Lettre de l'Observatoire · n°~14 · décembre 2024", "DV", 7.5, GREY)
        text_right(c, W - M, 28, f"page {n} sur 3", "DV", 7.5, GREY)

    # ---- page 1
    banner()
    top = Col(c, M, H - 90, W - 2 * M, 60, "01p1top")
    top.add(P("DOSSIER DU MOIS", "label"), 3)
    top.add(P("Les maires, premiers artisans du jouer collectif", "h1"), 4)
    top.add(P("D'après l'étude IMPACTS & TRAJECTOIRES – Elus locaux, publiée en novembre 2024", "edition"), 10)
    top.add(P("Du 30~septembre au 28~octobre 2024, 302 maires ont répondu par téléphone aux questions de "
              "l'Observatoire. Leur diagnostic est clair : le territoire bouge, et il bouge ensemble.", "intro"), 14)
    ycols = top.y
    cw = (W - 2 * M - 20) / 2
    c1 = Col(c, M, ycols, cw, 150, "01p1c1")
    c1.add(P("Un territoire en mouvement", "h2"), 4)
    c1.add(P("Ils sont 91~% à décrire leur territoire comme «~en mouvement~». Pour 35~% d'entre eux, "
             "ce mouvement est fort ; 56~% le jugent ni plus ni moins marqué qu'auparavant."))
    c1.add(P("Le panel ressemble à la France des petites communes : 84% des répondants sont maires d'une "
             "commune de moins de 2~000 habitants."))
    c2 = Col(c, M + cw + 20, ycols, cw, 150, "01p1c2")
    c2.add(P("Une attente qui ne date pas d'hier", "h2"), 4)
    c2.add(P("En novembre 2020 déjà, l'étude IMPACT-Elus locaux montrait que 64~% des élus locaux voulaient "
             "s'appuyer sur le «~jouer collectif~». Du côté des maires, ils étaient 92~% à reconnaître "
             "l'utilité de la co-construction<super>1</super>."), 12)
    c2.add(box([P("EN UN CHIFFRE", "boxlabel"), P("91~%", "bignum"),
                P("des maires voient leur territoire en mouvement", "boxtext")], cw))
    c.setStrokeColor(GREY)
    c.line(M, 120, M + 120, 120)
    fb = Col(c, M, 114, W - 2 * M, 45, "01p1foot")
    fb.add(P("1 Chiffres repris par la fiche-repère «~Les dynamiques d'engagement des Collectivités "
             "territoriales~», issue de l'étude IMPACT-Elus locaux (Comisis-OpinionWay, nov.~2020).", "foot"))
    footer(1)
    c.showPage()

    # ---- page 2
    banner()
    main = Col(c, M, H - 95, 330, 60, "01p2main")
    main.add(P("Entretien avec Laurence Weber, directrice générale du RAMEAU", "h1"), 12)
    qa = [
        ("Quelle part des maires juge son territoire engagé ?",
         "Une large majorité : 76~%, selon le programme IMPACT. Mais 46~% d'entre eux ne savent pas "
         "comment piloter cette dynamique."),
        ("Les maires sont-ils seuls à croire aux alliances ?",
         "Non, et c'est ce qui frappe. Les partenariats sont une source d'innovation pour 74~% des "
         "Français, 81~% des dirigeants d'entreprise, 86~% des responsables associatifs et 87~% des maires."),
        ("Quel est le rôle de l'Observatoire dans ce paysage ?",
         "Donner des repères partagés. Créé en 2008 par la Caisse des Dépôts et Le RAMEAU, il observe ce "
         "qui se noue entre les acteurs. Le RAMEAU, lui, a recensé plus de 1.000 exemples inspirants."),
        ("Et demain ?",
         "Outiller les élus. La fiche-repère dévoilée au Congrès des maires leur donne une méthode ; le "
         "Fonds ODD~17, créé en 2020, soutient déjà des catalyseurs sur le terrain."),
    ]
    for q, a in qa:
        main.add(P(q, "q"), 3)
        main.add(P(a), 10)
    side = Col(c, M + 350, H - 140, W - 2 * M - 350, 60, "01p2side")
    side.add(box([P("LE CHIFFRE QUI INTERPELLE", "boxlabel"), P("46~%", "bignum"),
                  P("des maires ne savent pas piloter la dynamique de leur territoire", "boxtext")],
                 W - 2 * M - 350, bg=MIST))
    footer(2)
    c.showPage()

    # ---- page 3
    banner()
    main = Col(c, M, H - 95, W - 2 * M, 60, "01p3")
    main.add(P("Vu des associations", "h1"), 8)
    main.add(P("Les communes ne sont pas seules à s'engager. L'étude IMPACT – Associations & Territoires "
               "recense 148~000 associations employeuses, et 98~% d'entre elles ont des partenariats."), 8)
    main.add(P("Ce qu'en disent les associations employeuses :", "h3"), 4)
    main.add(bullets([
        "les collectivités sont un partenaire pour 89~% d'entre elles ;",
        "73~% inscrivent leurs partenariats à l'échelle locale ;",
        "47~%, à l'échelle régionale.",
    ]), 12)
    main.add(P("Regard croisé", "h2"), 4)
    main.add(P("Les enquêtes se rejoignent : communes et associations voient dans le territoire le premier "
               "espace d'alliance."), 16)
    main.add(box([P("MÉTHODE", "boxlabel"),
                  P("Enquête IMPACTS & TRAJECTOIRES – Elus locaux : 302 maires interrogés par téléphone, du "
                    "30~sept. au 28~oct.~2024, par l'Observatoire des partenariats.", "boxtext")],
                 W - 2 * M, bg=MIST, border=TEAL), 14)
    main.add(P("Prochain numéro : n°~15, mars 2025.", "edition"))
    footer(3)
    c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------
# 02 - slide deck, 4 slides (16:9)
# --------------------------------------------------------------------------------------------
def doc02():
    fname = "obs-r-02-diaporama-faire-alliance.pdf"
    SW, SH = 800, 450
    c = new_canvas(fname, (SW, SH), "Faire alliance : ce que disent les chiffres")

    def frame(title, source, n):
        c.setFillColor(NAVY)
        c.rect(0, SH - 60, SW, 60, stroke=0, fill=1)
        text_at(c, 40, SH - 40, title, "DVB", 22, colors.white)
        c.setStrokeColor(TEAL)
        c.line(40, 34, SW - 40, 34)
        if source:
            text_at(c, 40, 20, source, "DVI", 9, GREY)
        text_right(c, SW - 40, 20, f"{n} / 4", "DVB", 9, GREY)

    # ---- slide 1
    c.setFillColor(NAVY)
    c.rect(0, 0, SW, SH, stroke=0, fill=1)
    text_at(c, 60, SH - 60, "OBSERVATOIRE DES PARTENARIATS · LE RAMEAU", "DVB", 11, SAND)
    text_at(c, 60, SH - 160, "Faire alliance :", "DVB", 34, colors.white)
    text_at(c, 60, SH - 205, "ce que disent les chiffres", "DVB", 34, colors.white)
    text_at(c, 60, SH - 255, "Atelier de lancement de la Charte du faire alliance", "DV", 16, SAND)
    text_at(c, 60, SH - 280, "Saint-Maurice · 30~novembre 2021", "DV", 14, SAND)
    text_at(c, 60, 70, "Depuis 2006, Le RAMEAU a mené des expérimentations auprès de plus de 500 organisations.",
            "DVI", 12, colors.white)
    text_right(c, SW - 40, 20, "1 / 4", "DVB", 9, SAND)
    c.showPage()

    # ---- slide 2
    frame("Un devoir, un besoin, une envie",
          "Source : Le RAMEAU, «~Le droit de l'alliance d'intérêt général enfin reconnu~»", 2)
    cols = [("81~%", "des Français", "jugent que s'allier est un devoir"),
            ("92~%", "des maires", "expriment un besoin d'alliance"),
            ("84%", "des dirigeants d'entreprise", "disent avoir envie d'alliance")]
    bw = (SW - 80 - 40) / 3
    for i, (num, pop, meas) in enumerate(cols):
        x = 40 + i * (bw + 20)
        c.setFillColor(SAND)
        c.rect(x, 110, bw, 250, stroke=0, fill=1)
        text_at(c, x + 18, 290, num, "DVB", 44, RUST)
        col = Col(c, x + 18, 262, bw - 36, 115, f"02s2c{i}")
        col.add(P(pop, style("pop", font="DVB", size=14, leading=17, color=NAVY)), 6)
        col.add(P(meas, style("m", size=13, leading=17)))
    text_at(c, 40, 70, "Ces chiffres fondent la proposition de loi sur le droit de l'alliance d'intérêt général.",
            "DV", 12, NAVY)
    c.showPage()

    # ---- slide 3
    frame("PHARE-Citoyens : ce que les Français attendent",
          "Source : Observatoire des partenariats, PHARE-Citoyens, septembre 2015", 3)
    left = Col(c, 40, SH - 85, 340, 60, "02s3l")
    left.add(P("Importance des enjeux (note sur 10)", "h2"), 6)
    left.add(grid([["Emploi", "7,1"], ["Sécurité", "7"], ["Pouvoir d'achat", "6,6"],
                   ["Développement économique", "6,5"], ["Environnement, exclusion", "6,3"]],
                  [260, 80], header=False))
    right = Col(c, 420, SH - 85, 340, 60, "02s3r")
    right.add(P("Impact fort attendu des partenariats", "h2"), 6)
    right.add(grid([["Emploi", "49~%"], ["Développement économique", "46~%"], ["Environnement", "42~%"],
                    ["Précarité, éducation", "36~%"]], [260, 80], header=False))
    text_at(c, 40, 60, "Plus de 2^000 Français interrogés", "DVB", 13, RUST)
    c.showPage()

    # ---- slide 4
    frame("Sortie de crise : jouer collectif",
          "Source : Observatoire des partenariats, «~Sortie de crise : des données pour agir~», 2020", 4)
    text_at(c, 40, SH - 100, "La co-construction est-elle utile pour rebondir après la crise de la Covid-19 ?",
            "DVI", 15, NAVY)
    text_at(c, 60, SH - 160, "Oui pour 81^% des Français", "DVB", 26, RUST)
    text_at(c, 60, SH - 205, "Oui pour 84~% des dirigeants de TPE & PME", "DVB", 26, RUST)
    text_at(c, 60, SH - 265, "+ de 250 données inventoriées pour agir vite et bien", "DV", 16, NAVY)
    text_at(c, 60, SH - 300, "Le programme IMPACT (2018-2022) suit trois indicateurs : innovation, performance, confiance.",
            "DV", 13, NAVY)
    c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------
# 03 - study synthesis with tables, 4 pages
# --------------------------------------------------------------------------------------------
def doc03():
    fname = "obs-r-03-synthese-qui-s-allie-avec-qui.pdf"
    c = new_canvas(fname, A4, "Synthèse d'études : qui s'allie avec qui ?")

    def chrome(n):
        text_at(c, M, H - 30, "Observatoire des partenariats · Synthèse d'études · juin 2022", "DVI", 8, GREY)
        c.setStrokeColor(TEAL)
        c.line(M, H - 36, W - M, H - 36)
        c.line(M, 42, W - M, 42)
        text_at(c, W / 2 - 12, 28, f"page {n}", "DV", 8, GREY)

    # ---- page 1
    chrome(1)
    m = Col(c, M, H - 70, W - 2 * M, 60, "03p1")
    m.add(P("SYNTHÈSE D'ÉTUDES", "label"), 4)
    m.add(P("Qui s'allie avec qui ? Associations, entreprises et territoires", "h1"), 14)
    m.add(P("Cette synthèse rassemble les principaux résultats publiés par l'Observatoire des partenariats et "
            "ses partenaires depuis 2011. Elle compare les pratiques des associations et des entreprises, puis "
            "les met en perspective.", "intro"), 16)
    m.add(P("Sommaire", "h2"), 4)
    m.add([P("1. Les partenaires des associations – p.~2"),
           P("2. Entreprises et associations engagées – p.~3"),
           P("3. Regards sur le long terme – p.~4")], 20)
    kw = (W - 2 * M) / 3
    kt = Table([[P("148~000", "bignum"), P("98~%", "bignum"), P("2,5", "bignum")],
                [P("associations employeuses", "boxtext"), P("d'entre elles ont des partenariats", "boxtext"),
                 P("partenaires par association, en moyenne", "boxtext")]],
               colWidths=[kw] * 3)
    kt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SAND), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, 0), 10),
                            ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
                            ("LINEAFTER", (0, 0), (1, -1), 0.8, colors.white)]))
    m.add(P("Chiffres clés", "h2"), 4)
    m.add(kt, 4)
    m.add(P("Sources : étude IMPACT – Associations & Territoires ; enquête Associations & Partenariats de 2016.",
            "caption"))
    c.showPage()

    # ---- page 2
    chrome(2)
    m = Col(c, M, H - 70, W - 2 * M, 60, "03p2")
    m.add(P("1. Les partenaires des associations", "h1"), 10)
    m.add(P("L'enquête Associations & Partenariats a été conduite en mai et juin 2016 par Recherches & "
            "Solidarités et Le RAMEAU, auprès de plus de 1~380 responsables associatifs. Ses résultats ont été "
            "publiés en mars 2017."), 8)
    m.add(P("En moyenne, une association travaille avec 2,5 partenaires. Le tableau 1 détaille leur nature."), 10)
    m.add(grid([["Type de partenaire", "Associations ayant ce partenaire (%)"],
                ["Collectivités territoriales", "74"], ["Associations et fondations", "72"],
                ["Établissements d'enseignement", "47"], ["Entreprises", "28"],
                ["Structures d'insertion", "22"], ["Organismes de recherche", "9"]], [250, 200]), 3)
    m.add(P("Tableau 1 – Partenaires cités par les responsables associatifs, enquête de mai-juin 2016.",
            "caption"), 14)
    m.add(P("Le budget fait la différence. 50~% des associations dont le budget dépasse 150~000~€ ont un "
            "partenariat avec une entreprise, contre 20~% de celles dont le budget est inférieur à 10~000~€."))
    c.showPage()

    # ---- page 3
    chrome(3)
    m = Col(c, M, H - 70, W - 2 * M, 60, "03p3")
    m.add(P("2. Entreprises et associations engagées", "h1"), 10)
    m.add(P("Une note du 29 février 2016 compare l'engagement des entreprises et celui des associations "
            "(tableau 2)."), 8)
    m.add(grid([["", "Entreprises d'au moins 10 salariés", "Associations", "dont associations employeuses"],
                ["Part engagée dans un partenariat", "37~%", "38~%", "53~%"]], [150, 130, 95, 120]), 3)
    m.add(P("Tableau 2 – Part des acteurs engagés dans un partenariat, note du 29 février 2016.", "caption"), 8)
    m.add(P("Chez les pionniers, cette part atteint 65~%."), 14)
    m.add(P("L'étude ARPEA Entreprises & Territoires, publiée en janvier 2011, dressait un premier état des "
            "lieux côté entreprises."), 8)
    m.add(grid([["Position à l'égard des partenariats", "Part des entreprises"],
                ["Développent des partenariats", "21~%"], ["Souhaitent en développer", "33~%"],
                ["Ne le souhaitent pas", "46~%"]], [250, 150]), 3)
    m.add(P("Tableau 3 – Étude ARPEA Entreprises & Territoires, janvier 2011.", "caption"), 14)
    m.add(P("Du côté des associations employeuses, l'étude IMPACT – Associations & Territoires décrit les "
            "formes de ces alliances : le mécénat arrive en tête (75~%), devant l'innovation sociétale (73~%), "
            "les pratiques responsables (70~%) et la coopération économique (58~%)."))
    c.showPage()

    # ---- page 4 (two columns)
    chrome(4)
    m = Col(c, M, H - 70, W - 2 * M, 60, "03p4")
    m.add(P("3. Regards sur le long terme", "h1"), 12)
    cw = (W - 2 * M - 24) / 2
    c1 = Col(c, M, m.y, cw, 130, "03p4c1")
    c1.add(P("Les partenaires des associations employeuses", "h2"), 4)
    c1.add(P("Selon l'étude IMPACT – Associations & Territoires, les collectivités restent le partenaire le plus "
             "cité :"), 4)
    c1.add(bullets(["collectivités : 89 %", "structures d'intérêt général : 73 %",
                    "établissements scolaires : 70 %", "collectifs d'associations : 56 %",
                    "acteurs publics nationaux : 52 %", "fédérations professionnelles : 37 %",
                    "acteurs académiques : 35 %"], sym="\u203a"))
    c2 = Col(c, M + cw + 24, m.y, cw, 130, "03p4c2")
    c2.add(P("ARPEA (2008-2012) : une urgence ancienne", "h2"), 4)
    c2.add(P("En 2008, 86~% des Français jugeaient urgent de créer des partenariats<super>1</super> ; en 2012, "
             "ils étaient encore 84~%."))
    c2.add(P("Côté associations, près de 46~% étaient engagées avec une entreprise."))
    c2.add(P("ARPEA a ouvert la voie à PHARE (2013-2018), puis au programme IMPACT (2018-2022)."))
    c.setStrokeColor(GREY)
    c.line(M, 110, M + 120, 110)
    fb = Col(c, M, 104, W - 2 * M, 45, "03p4foot")
    fb.add(P("1 ARPEA-Citoyens, l'un des 10 volets du programme.", "foot"))
    c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------
# 04 - fiche Repère with a chronology, 3 pages
# --------------------------------------------------------------------------------------------
def doc04():
    fname = "obs-r-04-fiche-repere-faire-alliance-territoire.pdf"
    c = new_canvas(fname, A4, "Fiche Repère n° 6 : faire alliance en territoire")

    def chrome(n):
        c.setFillColor(TEAL)
        c.rect(W - 190, H - 50, 190, 50, stroke=0, fill=1)
        text_at(c, W - 175, H - 32, "FICHE REPÈRE N°~6", "DVB", 12, colors.white)
        c.setStrokeColor(TEAL)
        c.line(M, 45, W - M, 45)
        text_at(c, M, 30, "Le RAMEAU · Observatoire des partenariats · octobre 2022", "DV", 7.5, GREY)
        text_right(c, W - M, 30, f"— {n}/3", "DV", 7.5, GREY)

    # ---- page 1
    chrome(1)
    m = Col(c, M, H - 75, W - 2 * M, 60, "04p1")
    m.add(P("Faire alliance en territoire", "h1"), 4)
    m.add(P("De la démarche «~Agir ensemble en Territoire~» à la Fondation des Territoires", "edition"), 3)
    m.add(P("Édition d'octobre 2022", "small"), 14)
    m.add(P("L'ODD~17 invite tous les acteurs à «~faire alliance~». Cette fiche retrace la façon dont Le RAMEAU "
            "et ses partenaires l'ont traduit dans les territoires.", "intro"), 14)
    m.add(P("L'essentiel", "h2"), 5)
    m.add(bullets([
        "L'ODD~17 se décline en 19 cibles, décryptées par une note du Comité~21 parue le 5~juillet.",
        "Onze territoires pionniers ont suivi le parcours d'expérience lancé par le CGET et Le RAMEAU ; "
        "la 1re session s'est ouverte le 3~mai.",
        "Co-créé en 2020 avec la Fondation TotalEnergies, le Fonds ODD~17 est doté de 1,5~M€ pour une "
        "expérimentation sur 3~ans.",
        "Il s'appuie sur 350 «~catalyseurs territoriaux~».",
    ], sym="\u25aa"), 14)
    m.add(P("Trois territoires pilotes", "h2"), 5)
    m.add(P("Initiée en 2010, après l'étude ARPEA-Collectivités locales menée par Comisis-OpinionWay, la "
            "démarche «~Agir ensemble en Territoire~» a d'abord été testée en Alsace, en Poitou-Charentes et à "
            "Paris-Est Marne & Bois."))
    m.add(P("Chaque pilote s'est appuyé sur un acteur local, comme Alsace Active en Alsace ou le Groupe La Poste "
            "en Poitou-Charentes."))
    c.showPage()

    # ---- page 2
    chrome(2)
    m = Col(c, M, H - 75, W - 2 * M, 60, "04p2")
    m.add(P("Chronologie", "h1"), 10)
    m.add(grid([["Date", "Étape"],
                ["2010", "Lancement de la démarche «~Agir ensemble en Territoire~»"],
                ["juillet 2018", "Début de la préfiguration de la Fondation des Territoires"],
                ["2019", "Mission ministérielle confiée par Gabriel Attal lors du FNAF~2019"],
                ["7~mai 2020", "Remise du rapport de la mission"],
                ["2020", "Co-création du Fonds ODD~17"],
                ["17~octobre 2020", "Bilan de la mission"],
                ["30~novembre 2021", "Lancement de la Charte du faire alliance à Saint-Maurice, pour le "
                                     "Giving Tuesday<super>1</super>"],
                ["14~juin 2022", "Création de la Fondation des Territoires par 21 co-fondateurs, sous l'égide "
                                 "de la Fondation de Lille"]],
               [100, W - 2 * M - 100]), 16)
    m.add(P("La préfiguration", "h2"), 4)
    m.add(P("La préfiguration s'est déroulée en trois étapes : de juillet 2018 à juillet 2019, d'août 2019 à "
            "novembre 2020, puis de décembre 2020 à mai 2022."), 12)
    m.add(P("Une charte co-construite", "h2"), 4)
    m.add(P("Pilotée par la Fondation des Territoires, la Charte du faire alliance propose un «~contrat de "
            "confiance~» entre acteurs. Elle a été dévoilée lors d'une soirée VitaWin."))
    c.setStrokeColor(GREY)
    c.line(M, 100, M + 120, 100)
    fb = Col(c, M, 94, W - 2 * M, 50, "04p2foot")
    fb.add(P("1 Une annonce en ligne situe ce lancement au «~mardi 30~septembre~».", "foot"))
    c.showPage()

    # ---- page 3
    chrome(3)
    m = Col(c, M, H - 75, W - 2 * M, 60, "04p3")
    m.add(P("Du rapport à la loi", "h1"), 10)
    m.add(P("La mission ministérielle a été confiée à deux personnalités, Cathy Racon-Bouzon et Charles-Benoît "
            "Heidsieck. Leur rapport a ouvert la voie à une proposition de loi sur le «~droit de l'alliance "
            "d'intérêt général~», déposée en février, et à une feuille de route ministérielle de 21~mesures."), 14)
    m.add(box([P("EN QUESTION", "boxlabel"),
               P("Les partenariats, source d'innovation ? Oui pour 69~% des citoyens, 81~% des dirigeants "
                 "d'entreprise, 86~% des responsables associatifs et 87~% des maires.", "boxtext")],
              W - 2 * M, bg=SAND, border=RUST), 16)
    m.add(P("Les fondations, relais des territoires", "h2"), 5)
    m.add(P("Publiée le 23~septembre, l'étude IMPACT Fondations & Territoires repose sur 42 fondations "
            "interrogées. La Fondation des Territoires, elle, s'est donné trois missions."), 20)
    m.add(P("Note : une autre source évoque 10 territoires pilotes pour le parcours du CGET.", "caption"))
    c.showPage()
    c.save()


# --------------------------------------------------------------------------------------------
# 05 - bulletin in two columns, 3 pages
# --------------------------------------------------------------------------------------------
def doc05():
    fname = "obs-r-05-bulletin-phare-2016.pdf"
    c = new_canvas(fname, A4, "Bulletin de veille n° 7")
    cw = (W - 2 * M - 22) / 2

    def banner():
        c.setFillColor(TEAL)
        c.rect(0, H - 64, W, 64, stroke=0, fill=1)
        text_at(c, M, H - 34, "BULLETIN DE VEILLE", "DVB", 16, colors.white)
        text_at(c, M, H - 52, "Observatoire des partenariats", "DV", 9, colors.white)
        text_right(c, W - M, H - 40, "N°~7 · décembre 2016", "DVB", 11, colors.white)

    def footer(n):
        c.setStrokeColor(GREY)
        c.line(M, 40, W - M, 40)
        text_at(c, M, 28, f"Bulletin de veille n°~7 – décembre 2016 – {n}/3", "DV", 7.5, GREY)

    # ---- page 1
    banner()
    intro = Col(c, M, H - 80, W - 2 * M, 60, "05p1intro")
    intro.add(box([P("En cette fin d'année 2016, le programme PHARE livre ses derniers volets. Ce numéro fait le "
                     "point sur les régions, les maires et les citoyens.", "intro")], W - 2 * M, bg=MIST), 14)
    c1 = Col(c, M, intro.y, cw, 60, "05p1c1")
    c1.add(P("Normandie : le 11e rapport régional", "h2"), 4)
    c1.add(P("Publié le 26~novembre, le rapport consacré à la Normandie est le 11e de la série. Au total, "
             "13 rapports régionaux auront été publiés en 2016."))
    c1.add(P("PHARE (2013-2018) se déploie en six volets : Citoyens en septembre 2015, Entreprises en octobre "
             "2015, Associations en novembre 2015, puis les rapports régionaux, les diagnostics sectoriels de "
             "juillet 2016 et, à l'automne, les Institutions."), 12)
    c1.add(P("Agenda de novembre", "h2"), 4)
    c1.add(bullets(["15~nov. : dossier dans JURIS Associations n°628",
                    "23~nov. : 3e dîner «~Elus & Entreprises~»",
                    "26~nov. : 5e webinaire «~l'ODD~17 en pratique~»"], sym="\u2013"))
    c2 = Col(c, M + cw + 22, intro.y, cw, 60, "05p1c2")
    c2.add(P("PHARE-Institutions : cinq profils de maires", "h2"), 4)
    c2.add(P("Le volet Institutions, publié le 29~novembre 2016, distingue cinq profils de maires. Les élus y "
             "voient d'abord un levier : 87~% des maires considèrent les partenariats comme une source "
             "d'innovation pour leur territoire."), 14)
    c2.add(box([P("LE CHIFFRE", "boxlabel"), P("13", "bignum"),
                P("rapports régionaux publiés en 2016", "boxtext")], cw))
    footer(1)
    c.showPage()

    # ---- page 2
    banner()
    m = Col(c, M, H - 85, W - 2 * M, 60, "05p2")
    m.add(P("PHARE-Citoyens : ce que les Français attendent de leur territoire", "h1"), 12)
    c1 = Col(c, M, m.y, cw, 130, "05p2c1")
    c1.add(P("Interrogés en septembre 2015, plus de 2~000 Français ont noté de 0 à 10 l'importance de chaque "
             "enjeu pour leur territoire."), 8)
    c1.add(grid([["Enjeu", "Note des Français (sur~10)"], ["Emploi", "7,1"],
                 ["Pouvoir d'achat, sécurité<super>1</super>", "6,6"], ["Développement économique", "6,5"],
                 ["Environnement, exclusion", "6,3"]], [cw - 90, 90], header_bg=TEAL))
    c2 = Col(c, M + cw + 22, m.y, cw, 130, "05p2c2")
    c2.add(P("Les impacts attendus", "h2"), 4)
    c2.add(P("Où les partenariats auront-ils un impact fort ? Les Français citent l'emploi (49 %), le "
             "développement économique (46 %) et l'environnement (42 %). La précarité et l'éducation suivent, "
             "à 36 % chacune."))
    c2.add(P("Ils sont par ailleurs 69~% à juger que s'allier est un devoir."))
    c.setStrokeColor(GREY)
    c.line(M, 110, M + 120, 110)
    fb = Col(c, M, 104, W - 2 * M, 45, "05p2foot")
    fb.add(P("1 Une autre présentation des mêmes résultats attribue à la sécurité une note de 7/10.", "foot"))
    footer(2)
    c.showPage()

    # ---- page 3
    banner()
    m = Col(c, M, H - 85, W - 2 * M, 60, "05p3")
    m.add(P("Repères", "h1"), 12)
    c1 = Col(c, M, m.y, cw, 130, "05p3c1")
    c1.add(P("L'Observatoire des partenariats", "h2"), 4)
    c1.add(P("Créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement "
             "associatif<super>2</super>, l'Observatoire est dirigé scientifiquement par Anne Robin, fondatrice "
             "de COMISIS."))
    c1.add(P("Son premier programme, ARPEA (2008-2012), comptait dix volets. Le rapport quinquennal a été "
             "présenté le 11~décembre 2012."))
    c1.add(P("À la demande de la ministre Valérie Fourneyron, un état des lieux des partenariats entre "
             "associations et entreprises a été publié début 2014."))
    c2 = Col(c, M + cw + 22, m.y, cw, 130, "05p3c2")
    c2.add(P("Le RAMEAU en bref", "h2"), 4)
    c2.add(P("Créé en 2006, Le RAMEAU est une association d'intérêt général, «~laboratoire de recherche "
             "empirique~». Il s'est fixé 3~missions, dont celle de témoigner."))
    c2.add(P("Son président-fondateur est Charles-Benoît Heidsieck."), 14)
    c2.add(box([P("À VENIR", "boxlabel"),
                P("Les 12e et 13e rapports régionaux sont attendus en décembre.", "boxtext"),
                P("Prochain bulletin : n°~8, mars 2017.", "boxtext")], cw, bg=SAND, border=TEAL))
    c.setStrokeColor(GREY)
    c.line(M, 110, M + 120, 110)
    fb = Col(c, M, 104, W - 2 * M, 45, "05p3foot")
    fb.add(P("2 Des documents plus anciens datent sa création de 2007.", "foot"))
    footer(3)
    c.showPage()
    c.save()


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    for f in sorted(os.listdir(HERE)):
        if f.startswith("obs-r-") and f.endswith(".pdf"):
            print(f)
