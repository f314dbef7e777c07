# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 set-Q documents (obs-q-NN-<slug>.pdf).

Run:  /work/main/.venv/bin/python make_docs.py
Facts come from /work/shared/facts.md; the wording is new.
"""
import os

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

for name, fn in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                 ("DV-I", "DejaVuSans-Oblique.ttf"), ("DV-BI", "DejaVuSans-BoldOblique.ttf"),
                 ("DVC", "DejaVuSansCondensed.ttf"), ("DVC-B", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, FONT_DIR + fn))
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DV-B")
addMapping("DV", 0, 1, "DV-I")
addMapping("DV", 1, 1, "DV-BI")
addMapping("DVC", 0, 0, "DVC")
addMapping("DVC", 1, 0, "DVC-B")
addMapping("DVC", 0, 1, "DVC")
addMapping("DVC", 1, 1, "DVC-B")

NB = "\u00a0"    # no-break space
NNB = "\u202f"   # narrow no-break space

TEAL = colors.HexColor("#1f5f6b")
OCHRE = colors.HexColor("#c8902e")
LIGHT = colors.HexColor("#eef4f4")
SAND = colors.HexColor("#f6efe2")
GREY = colors.HexColor("#555555")


def S(name, **kw):
    base = dict(fontName="DV", bulletFontName="DV", fontSize=9.5, leading=13, textColor=colors.black, alignment=TA_LEFT)
    base.update(kw)
    return ParagraphStyle(name, **base)


ST = {
    "label": S("label", fontName="DV-B", fontSize=8.5, leading=11, textColor=OCHRE),
    "title": S("title", fontName="DV-B", fontSize=19, leading=23, textColor=TEAL, spaceAfter=4),
    "edition": S("edition", fontName="DV-I", fontSize=9, leading=12, textColor=GREY, spaceAfter=8),
    "h2": S("h2", fontName="DV-B", fontSize=11.5, leading=15, textColor=TEAL, spaceBefore=6, spaceAfter=4),
    "h3": S("h3", fontName="DV-B", fontSize=9.5, leading=13, textColor=OCHRE, spaceBefore=4, spaceAfter=2),
    "body": S("body", spaceAfter=6),
    "lead": S("lead", fontSize=10.5, leading=14.5, spaceAfter=8),
    "small": S("small", fontSize=7.5, leading=10, textColor=GREY),
    "bullet": S("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3),
    "cell": S("cell", fontSize=8.5, leading=11),
    "cellb": S("cellb", fontName="DV-B", fontSize=8.5, leading=11, textColor=colors.white),
    "bignum": S("bignum", fontName="DV-B", fontSize=24, leading=28, textColor=TEAL, alignment=TA_CENTER),
    "boxlab": S("boxlab", fontSize=8.5, leading=11, alignment=TA_CENTER),
    "fn": S("fn", fontSize=7.2, leading=9.5, textColor=GREY),
}


def P(text, style="body"):
    return Paragraph(text, ST[style] if isinstance(style, str) else style)


def bullets(lines, style="bullet", sym="\u2022"):
    return [Paragraph(t, ST[style], bulletText=sym) for t in lines]


def grid_table(rows, widths, header_bg=TEAL, zebra=LIGHT, align_right_from=1):
    data = []
    for i, r in enumerate(rows):
        data.append([P(c, "cellb" if i == 0 else "cell") for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    cmds = [("BACKGROUND", (0, 0), (-1, 0), header_bg),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bb")),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for i in range(1, len(rows)):
        if i % 2 == 0:
            cmds.append(("BACKGROUND", (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(cmds))
    return t


def key_box(cells, widths, bg=SAND):
    """cells: list of (big, label). Rendered as two table rows (numbers, then labels)."""
    row1 = [P(b, "bignum") for b, _ in cells]
    row2 = [P(l, "boxlab") for _, l in cells]
    t = Table([row1, row2], colWidths=widths)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("BOX", (0, 0), (-1, -1), 0.8, OCHRE),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def boxed(flowables, width, bg=LIGHT, border=TEAL):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("BOX", (0, 0), (-1, -1), 0.8, border),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


# ---------------------------------------------------------------- templates (A4 portrait)
PW, PH = A4
M = 1.8 * cm
GAP = 0.7 * cm


def portrait_templates(decor, intro_h=6.2 * cm, fn_h=2.2 * cm):
    """one | two | intro_two | two_fn | intro_two_fn"""
    top = PH - 2.6 * cm
    bottom = 1.9 * cm
    w = PW - 2 * M
    cw = (w - GAP) / 2
    T = []
    T.append(PageTemplate("one", [Frame(M, bottom, w, top - bottom, id="main")], onPage=decor))
    T.append(PageTemplate("two", [Frame(M, bottom, cw, top - bottom, id="c1"),
                                  Frame(M + cw + GAP, bottom, cw, top - bottom, id="c2")], onPage=decor))
    T.append(PageTemplate("intro_two", [Frame(M, top - intro_h, w, intro_h, id="intro"),
                                        Frame(M, bottom, cw, top - intro_h - bottom, id="c1"),
                                        Frame(M + cw + GAP, bottom, cw, top - intro_h - bottom, id="c2")],
                          onPage=decor))
    T.append(PageTemplate("two_fn", [Frame(M, bottom + fn_h, cw, top - bottom - fn_h, id="c1"),
                                     Frame(M + cw + GAP, bottom + fn_h, cw, top - bottom - fn_h, id="c2"),
                                     Frame(M, bottom, w, fn_h, id="fn")], onPage=decor))
    T.append(PageTemplate("intro_two_fn", [Frame(M, top - intro_h, w, intro_h, id="intro"),
                                           Frame(M, bottom + fn_h, cw, top - intro_h - bottom - fn_h, id="c1"),
                                           Frame(M + cw + GAP, bottom + fn_h, cw,
                                                 top - intro_h - bottom - fn_h, id="c2"),
                                           Frame(M, bottom, w, fn_h, id="fn")], onPage=decor))
    T.append(PageTemplate("one_fn", [Frame(M, bottom + fn_h, w, top - bottom - fn_h, id="main"),
                                     Frame(M, bottom, w, fn_h, id="fn")], onPage=decor))
    return T


def build(path, pagesize, templates, pages, meta):
    """pages: list of (template_name, [frame1_flowables, frame2_flowables, ...])."""
    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=M, rightMargin=M, topMargin=M,
                          bottomMargin=M, title=meta["title"], author="Observatoire des partenariats",
                          subject=meta.get("subject", ""), creator="Observatoire des partenariats",
                          producer="Observatoire des partenariats", keywords="")
    doc.addPageTemplates(templates)
    story = []
    first = pages[0][0]
    # the first template must be the first one registered; reorder to make it so
    doc.pageTemplates.sort(key=lambda t: 0 if t.id == first else 1)
    for i, (tpl, frames) in enumerate(pages):
        for j, fl in enumerate(frames):
            story.extend(fl)
            if j < len(frames) - 1:
                story.append(FrameBreak())
        if i < len(pages) - 1:
            story.append(NextPageTemplate(pages[i + 1][0]))
            story.append(PageBreak())
    doc.build(story)


def out(name):
    return os.path.join(HERE, name)


# ================================================================ doc 01 : lettre PHARE-Citoyens
def doc01():
    n_pages = 3

    def decor(c, d):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, PH - 1.7 * cm, PW, 1.7 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 10)
        c.drawString(M, PH - 1.05 * cm, "OBSERVATOIRE DES PARTENARIATS")
        c.setFont("DV", 9)
        c.drawRightString(PW - M, PH - 1.05 * cm, "La Lettre de l'Observatoire \u2013 n\u00b0 7")
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(M, 1.0 * cm, "La Lettre de l'Observatoire \u00b7 octobre 2015")
        c.drawRightString(PW - M, 1.0 * cm, "%d/%d" % (c.getPageNumber(), n_pages))
        c.restoreState()

    cw = (PW - 2 * M - GAP) / 2
    p1_intro = [
        P("PROGRAMME PHARE \u00b7 VOLET CITOYENS", "label"),
        P("Ce que les Fran\u00e7ais attendent des alliances", "title"),
        P("\u00c9dition d'octobre 2015 \u2013 r\u00e9sultats du volet Citoyens", "edition"),
        P("Premier des six volets du programme PHARE<super>1</super>, le volet Citoyens a \u00e9t\u00e9 "
          "publi\u00e9 en septembre 2015. Plus de 2 000 personnes ont r\u00e9pondu \u00e0 l'enqu\u00eate.", "lead"),
    ]
    p1_c1 = [
        P("Un devoir d'alliance", "h2"),
        P("Pour 69 % des Fran\u00e7ais, s'allier entre associations, entreprises et pouvoirs publics est "
          "d\u00e9sormais un devoir."),
        P("Sur une \u00e9chelle de 0 \u00e0 10, ils accordent \u00e0 l'emploi une importance de 7,1/10, devant "
          "le pouvoir d'achat (6,6/10) et le d\u00e9veloppement \u00e9conomique (6,5/10)."),
        P("L'environnement et la lutte contre l'exclusion ferment la marche : 6,3/10 chacun."),
    ]
    p1_c2 = [
        P("L\u00e0 o\u00f9 les partenariats p\u00e8sent", "h2"),
        P("Dans quels domaines l'effet des partenariats est-il jug\u00e9 fort ? D'abord l'emploi, cit\u00e9 par "
          "49 % des personnes interrog\u00e9es, puis le d\u00e9veloppement \u00e9conomique (46 %)."),
        P("Viennent ensuite l'environnement, 42 %, et, \u00e0 \u00e9galit\u00e9, la pr\u00e9carit\u00e9 et "
          "l'\u00e9ducation, avec 36 % chacune."),
        Spacer(1, 8),
        key_box([("69 %", "des Fran\u00e7ais parlent d'un devoir d'alliance")], [cw - 10]),
    ]
    p1_fn = [
        P("1. PHARE : programme d'\u00e9tudes de l'Observatoire des partenariats pour la p\u00e9riode "
          "2013-2018.", "fn"),
    ]

    p2 = [
        P("Importance des enjeux et impact des partenariats", "h2"),
        P("Source : PHARE-Citoyens, septembre 2015", "edition"),
        grid_table([
            ["Enjeu", "Importance (note sur 10)", "Impact fort des partenariats (% des Fran\u00e7ais)"],
            ["Emploi", "7,1", "49 %"],
            ["D\u00e9veloppement \u00e9conomique", "6,5", "46 %"],
            ["S\u00e9curit\u00e9", "6,6", "\u2013"],
            ["Environnement", "6,3", "42 %"],
            ["Pr\u00e9carit\u00e9 et \u00e9ducation", "\u2013", "36 %"],
        ], [6.2 * cm, 4.2 * cm, 6.9 * cm]),
        Spacer(1, 4),
        P("Lecture : pour 49 % des Fran\u00e7ais, les partenariats ont un impact fort sur l'emploi.", "small"),
        Spacer(1, 10),
        P("Le programme PHARE en six volets (2013-2018)", "h2"),
    ] + bullets([
        "Citoyens : septembre 2015 \u2013 69 % des Fran\u00e7ais \u00e9voquent un devoir d'alliance.",
        "Entreprises : octobre 2015 \u2013 81 % des dirigeants voient dans les partenariats une source "
        "d'innovation.",
        "Associations : novembre 2015 \u2013 m\u00eame constat pour 86 % des responsables associatifs.",
        "R\u00e9gions : 13 rapports r\u00e9gionaux en 2016.",
        "Secteurs : diagnostics sectoriels publi\u00e9s en juillet 2016.",
        "Institutions : 29 novembre 2016 \u2013 87 % des maires partagent la conviction des entreprises ; "
        "l'\u00e9tude distingue 5 profils de maires.",
    ])

    p3 = [
        P("Rep\u00e8res et m\u00e9thode", "h2"),
        P("Ce que disaient d\u00e9j\u00e0 les Fran\u00e7ais", "h3"),
        P("En 2008, 86 % des Fran\u00e7ais jugeaient urgent de cr\u00e9er des partenariats ; en 2012, ils "
          "\u00e9taient encore 84 %."),
        Spacer(1, 8),
        boxed([
            P("M\u00e9thode", "h3"),
            P("\u00c9chantillon : plus de 2 000 personnes"),
            P("Publication : septembre 2015"),
            P("Questions : importance des enjeux (note de 0 \u00e0 10) ; domaines d'impact des partenariats"),
        ], PW - 2 * M),
        Spacer(1, 10),
        P("L'Observatoire des partenariats a \u00e9t\u00e9 cr\u00e9\u00e9 en 2008 par la Caisse des D\u00e9p\u00f4ts "
          "et Le RAMEAU ; son rapport quinquennal date du 11 d\u00e9cembre 2012."),
    ]

    build(out("obs-q-01-lettre-phare-citoyens.pdf"), A4, portrait_templates(decor, intro_h=6.0 * cm),
          [("intro_two_fn", [p1_intro, p1_c1, p1_c2, p1_fn]), ("one", [p2]), ("one", [p3])],
          {"title": "La Lettre de l'Observatoire - PHARE-Citoyens"})


# ================================================================ doc 02 : diaporama Elus locaux 2024
def doc02():
    SW, SH = 960, 540
    n_pages = 4
    st_title = S("st", fontName="DV-B", fontSize=30, leading=36, textColor=TEAL)
    st_sub = S("ss", fontName="DV", fontSize=16, leading=22, textColor=GREY)
    st_line = S("sl", fontName="DV", fontSize=20, leading=30)
    st_big = S("sb", fontName="DV-B", fontSize=64, leading=70, textColor=OCHRE)
    st_lab = S("slab", fontName="DV-B", fontSize=11, leading=14, textColor=OCHRE)
    st_cell = S("scell", fontName="DV", fontSize=12.5, leading=16)
    st_cellb = S("scellb", fontName="DV-B", fontSize=12.5, leading=16, textColor=colors.white)

    def decor(c, d):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, 0, 18, SH, stroke=0, fill=1)
        c.setFillColor(GREY)
        c.setFont("DV", 9)
        c.drawRightString(SW - 40, 18, "%d / %d" % (c.getPageNumber(), n_pages))
        c.restoreState()

    def decor_src(c, d):
        decor(c, d)
        c.saveState()
        c.setFillColor(GREY)
        c.setFont("DV-I", 9)
        c.drawString(40, 18, "Source : Observatoire des partenariats, IMPACTS & TRAJECTOIRES \u2013 \u00c9lus "
                             "locaux (novembre 2024)")
        c.restoreState()

    fr = lambda: [Frame(40, 40, SW - 80, SH - 80, id="s")]
    templates = [PageTemplate("cover", fr(), onPage=decor), PageTemplate("slide", fr(), onPage=decor_src)]

    s1 = [Spacer(1, 40), P("OBSERVATOIRE DES PARTENARIATS", st_lab), Spacer(1, 10),
          P("IMPACTS &amp; TRAJECTOIRES \u2013 \u00c9lus locaux", st_title),
          P("Restitution des r\u00e9sultats \u00b7 novembre 2024", st_sub), Spacer(1, 60),
          P("Une enqu\u00eate t\u00e9l\u00e9phonique aupr\u00e8s de 302 maires", st_line)]
    s2 = [P("M\u00e9thode", st_title), Spacer(1, 20),
          P("302 maires interrog\u00e9s", st_line),
          P("Par t\u00e9l\u00e9phone", st_line),
          P("Du 30 septembre au 28 octobre 2024", st_line),
          P("84% des r\u00e9pondants : communes de moins de 2 000 habitants", st_line)]
    s3 = [P("Un territoire en mouvement", st_title), Spacer(1, 16),
          P("91%", st_big),
          P("des maires le constatent", st_line), Spacer(1, 14),
          P("dont :", st_line),
          P("35% \u00ab fortement \u00bb", st_line),
          P("56% \u00ab ni plus ni moins \u00bb", st_line)]
    rows = [["Rep\u00e8re", "Qui ?", "Part", "\u00c9tude"],
            ["Vouloir s'appuyer sur le \u00ab jouer collectif \u00bb", "\u00c9lus locaux", "64%",
             "IMPACT-\u00c9lus locaux (nov. 2020)"],
            ["Reconna\u00eetre l'utilit\u00e9 de la co-construction", "Maires", "92%",
             "3e d\u00eener \u00ab \u00c9lus &amp; Entreprises \u00bb"],
            ["Voir les partenariats comme source d'innovation", "Maires", "87%", "PHARE-Institutions (2016)"],
            ["Juger son territoire engag\u00e9", "Maires", "76%", "Programme IMPACT"],
            ["Ne pas savoir piloter la d\u00e9marche", "Maires", "46%", "Programme IMPACT"]]
    data = [[Paragraph(c, st_cellb if i == 0 else st_cell) for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[330, 130, 80, 300])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#9bb")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s4 = [P("Rep\u00e8res des \u00e9ditions pr\u00e9c\u00e9dentes", st_title), Spacer(1, 18), t]

    build(out("obs-q-02-diaporama-elus-locaux-2024.pdf"), (SW, SH), templates,
          [("cover", [s1]), ("slide", [s2]), ("slide", [s3]), ("slide", [s4])],
          {"title": "IMPACTS & TRAJECTOIRES - Elus locaux - restitution"})


# ================================================================ doc 03 : etude associations
def doc03():
    def decor(c, d):
        c.saveState()
        c.setStrokeColor(OCHRE)
        c.setLineWidth(2)
        c.line(M, PH - 1.5 * cm, PW - M, PH - 1.5 * cm)
        c.setFillColor(GREY)
        c.setFont("DVC", 8)
        c.drawString(M, PH - 1.25 * cm, "IMPACT \u2013 Associations & Territoires \u00b7 Synth\u00e8se")
        c.setFont("DVC", 8)
        c.drawString(M, 1.0 * cm, "Observatoire des partenariats")
        c.drawRightString(PW - M, 1.0 * cm, "page %d" % c.getPageNumber())
        c.restoreState()

    w = PW - 2 * M
    cw = (w - GAP) / 2
    p1 = [
        P("\u00c9TUDE \u00b7 PROGRAMME IMPACT", "label"),
        P("Associations &amp; Territoires : les partenaires des associations employeuses", "title"),
        P("Synth\u00e8se des r\u00e9sultats \u2013 Observatoire des partenariats", "edition"),
        P("Le champ de l'\u00e9tude couvre 148" + NB + "000 associations employeuses. Chez elles, le "
          "partenariat est la r\u00e8gle plut\u00f4t que l'exception.", "lead"),
        key_box([("98" + NB + "%", "d'entre elles ont des partenariats")], [7 * cm]),
        Spacer(1, 10),
        P("Un ancrage de proximit\u00e9", "h2"),
        P("Cet ancrage est d'abord local : 73" + NB + "% des associations employeuses situent leurs "
          "partenariats \u00e0 l'\u00e9chelle de leur territoire, 47" + NB + "% \u00e0 l'\u00e9chelle "
          "r\u00e9gionale."),
    ]
    p2 = [
        P("1. Avec qui ?", "h2"),
        P("Tableau 1 \u2013 Part des associations employeuses ayant un partenariat, par type de partenaire",
          "h3"),
        grid_table([
            ["Type de partenaire", "Part des associations employeuses"],
            ["Collectivit\u00e9s territoriales", "89" + NB + "%"],
            ["Structures d'int\u00e9r\u00eat g\u00e9n\u00e9ral", "73" + NB + "%"],
            ["\u00c9tablissements scolaires", "70" + NB + "%"],
            ["Collectifs d'associations", "56" + NB + "%"],
            ["Acteurs publics nationaux", "52" + NB + "%"],
            ["F\u00e9d\u00e9rations professionnelles", "37" + NB + "%"],
            ["Acteurs acad\u00e9miques", "35" + NB + "%"],
        ], [8.5 * cm, 6 * cm]),
        Spacer(1, 4),
        P("Lecture : 89" + NB + "% des associations employeuses ont nou\u00e9 un partenariat avec une "
          "collectivit\u00e9 territoriale.", "small"),
        Spacer(1, 8),
        P("Les acteurs acad\u00e9miques arrivent en derni\u00e8re position, juste derri\u00e8re les "
          "f\u00e9d\u00e9rations professionnelles."),
    ]
    p3 = [
        P("2. Rep\u00e8res : l'enqu\u00eate de 2016", "h2"),
        P("Men\u00e9e en mai et juin 2016 aupr\u00e8s de plus de 1" + NB + "380 responsables associatifs par "
          "Recherches &amp; Solidarit\u00e9s et Le RAMEAU, l'enqu\u00eate Associations &amp; Partenariats "
          "dessinait d\u00e9j\u00e0 ce paysage. Les associations y comptaient en moyenne 2,5 partenaires."),
        P("Tableau 2 \u2013 Partenaires cit\u00e9s (enqu\u00eate 2016)", "h3"),
        grid_table([
            ["Partenaire", "Associations concern\u00e9es"],
            ["Collectivit\u00e9s", "74" + NB + "%"],
            ["Associations et fondations", "72" + NB + "%"],
            ["Enseignement", "47" + NB + "%"],
            ["Entreprises", "28" + NB + "%"],
            ["Structures d'insertion", "22" + NB + "%"],
            ["Recherche", "9" + NB + "%"],
        ], [8.5 * cm, 6 * cm]),
        Spacer(1, 8),
        P("Le budget fait la diff\u00e9rence : 50" + NB + "% des associations de plus de 150" + NB + "000" + NB
          + "\u20ac de budget ont un partenaire entreprise, contre 20" + NB + "% de celles qui disposent de "
          "moins de 10" + NB + "000" + NB + "\u20ac."),
        Spacer(1, 6),
        P("Source : Recherches &amp; Solidarit\u00e9s et Le RAMEAU, Associations &amp; Partenariats, mars 2017.",
          "small"),
    ]
    p4_c1 = [
        P("3. Comment ?", "h2"),
        P("Quatre formes de partenariat ressortent. Part des associations employeuses partenaires qui les "
          "pratiquent :"),
    ] + bullets(["m\u00e9c\u00e9nat : 75" + NB + "%",
                 "innovation soci\u00e9tale : 73" + NB + "%",
                 "pratiques responsables : 70" + NB + "%",
                 "coop\u00e9ration \u00e9conomique : 58" + NB + "%"])
    p4_c2 = [
        P("Entreprises et associations", "h2"),
        P("La note du 29 f\u00e9vrier 2016 croisait entreprises et associations : 37" + NB + "% des entreprises d'au moins "
          "10 salari\u00e9s et 38" + NB + "% des associations d\u00e9claraient un partenariat, une part qui "
          "atteignait 53" + NB + "% parmi les associations employeuses."),
        P("Plus t\u00f4t, les \u00e9tudes ARPEA (2008-2012) estimaient que pr\u00e8s de 46" + NB + "% des "
          "associations \u00e9taient engag\u00e9es avec une entreprise."),
    ]
    p4_fn = [P("Plusieurs r\u00e9ponses \u00e9taient possibles : les pourcentages ne s'additionnent pas.", "fn")]

    build(out("obs-q-03-etude-associations-partenaires.pdf"), A4, portrait_templates(decor, fn_h=1.6 * cm),
          [("one", [p1]), ("one", [p2]), ("one", [p3]), ("two_fn", [p4_c1, p4_c2, p4_fn])],
          {"title": "IMPACT - Associations & Territoires - synthese"})


# ================================================================ doc 04 : fiche-repere historique
def doc04():
    n_pages = 3

    def decor(c, d):
        c.saveState()
        c.setFillColor(OCHRE)
        c.rect(PW - M - 4.2 * cm, PH - 1.9 * cm, 4.2 * cm, 0.9 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 8.5)
        c.drawCentredString(PW - M - 2.1 * cm, PH - 1.55 * cm, "FICHE-REP\u00c8RE N\u00b0 3")
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(M, 1.0 * cm, "Le RAMEAU \u00b7 Observatoire des partenariats \u00b7 \u00e9dition de juin 2022")
        c.drawRightString(PW - M, 1.0 * cm, "%d" % c.getPageNumber())
        c.restoreState()

    w = PW - 2 * M
    p1 = [
        P("LE RAMEAU \u00b7 OBSERVATOIRE DES PARTENARIATS", "label"),
        P("Rep\u00e8res historiques", "title"),
        P("\u00c9dition de juin 2022", "edition"),
        P("Le RAMEAU en bref", "h2"),
    ] + bullets([
        "Cr\u00e9\u00e9 en 2006 sous statut associatif d'int\u00e9r\u00eat g\u00e9n\u00e9ral, il se d\u00e9finit "
        "comme un \u00ab laboratoire de recherche empirique \u00bb.",
        "Trois missions, dont celle de t\u00e9moigner.",
        "Plus de 1.000 exemples inspirants recens\u00e9s.",
        "Depuis 2006, des exp\u00e9rimentations aupr\u00e8s de plus de 500 organisations.",
        "15 ans de recherche, dont 5 ans d'\u00e9tude d'impact.",
        "Pr\u00e9sident-fondateur : Charles-Beno\u00eet Heidsieck ; directrice g\u00e9n\u00e9rale : Laurence Weber.",
    ]) + [
        P("Chronologie", "h2"),
        grid_table([
            ["Ann\u00e9e", "\u00c9tape", "Rep\u00e8re"],
            ["2006", "Cr\u00e9ation du RAMEAU", "\u2013"],
            ["2008", "Cr\u00e9ation de l'Observatoire des partenariats<super>1</super> par la Caisse des "
                     "D\u00e9p\u00f4ts et Le RAMEAU", "avec le MEDEF et le Mouvement associatif"],
            ["2008-2012", "Programme ARPEA", "10 volets"],
            ["11/12/2012", "Rapport quinquennal", "\u2013"],
            ["2013-2018", "Programme PHARE", "6 volets"],
            ["nov. 2017", "Lancement du programme IMPACT (2018-2022)", "5 partenaires"],
        ], [2.6 * cm, 8.6 * cm, w - 11.2 * cm]),
    ]
    p1_fn = [P("1. Des documents de janvier 2011 et de d\u00e9cembre 2012 datent sa cr\u00e9ation de 2007.",
               "fn")]

    p2_c1 = [
        P("Ce que les programmes ont mesur\u00e9", "h2"),
        P("ARPEA (2008-2012)", "h3"),
        P("Jug\u00e9e urgente par 86 % des Fran\u00e7ais en 2008, la cr\u00e9ation de partenariats l'\u00e9tait "
          "encore pour 84 % d'entre eux en 2012."),
        P("ARPEA Entreprises &amp; Territoires \u2013 janvier 2011", "h3"),
        P("21 % des entreprises d\u00e9veloppaient des partenariats ; 33 % souhaitaient s'y engager, 46 % non."),
    ]
    p2_c2 = [
        P("PHARE (2013-2018)", "h3"),
        P("Les citoyens d'abord : 69 % \u00e9voquaient en 2015 un devoir d'alliance."),
        P("Dans leurs priorit\u00e9s, l'emploi obtenait 7,1/10 et la s\u00e9curit\u00e9 7/10."),
        P("Chez les maires, 87 % voyaient dans les partenariats une source d'innovation (PHARE-Institutions, 2016)."),
        P("L'\u00e9tude PHARE-Institutions identifiait par ailleurs cinq profils de maires."),
    ]

    p3 = [
        P("IMPACT (2018-2022)", "h2"),
        P("Le programme s'articule autour de trois axes :"),
    ] + bullets(["innovation soci\u00e9tale et territoriale", "performance des organisations", "confiance"],
                sym="\u2013") + [
        P("Cinq partenaires : Caisse des D\u00e9p\u00f4ts, Institut CDC pour la Recherche, Groupe La Poste, "
          "Fondation TOTAL, Le RAMEAU."),
        Spacer(1, 6),
        boxed([
            P("Les partenariats, source d'innovation ? Oui pour 74 % des Fran\u00e7ais, 81 % des dirigeants "
              "d'entreprise, 86 % des responsables associatifs et 87 % des maires."),
            P("Une autre pr\u00e9sentation du programme donne 69 % pour les citoyens."),
        ], w),
        Spacer(1, 8),
        P("C\u00f4t\u00e9 \u00e9lus, 76 % des maires jugent leur territoire engag\u00e9 ; pourtant, 46 % d'entre "
          "eux ne savent pas piloter la d\u00e9marche."),
        P("En 2020, le Fonds ODD 17 a \u00e9t\u00e9 co-cr\u00e9\u00e9 avec la Fondation TotalEnergies ; sa "
          "dotation d'un million et demi d'euros finance une exp\u00e9rimentation de trois ans."),
    ]

    build(out("obs-q-04-fiche-reperes-historique.pdf"), A4, portrait_templates(decor, fn_h=1.4 * cm),
          [("one_fn", [p1, p1_fn]), ("two", [p2_c1, p2_c2]), ("one", [p3])],
          {"title": "Fiche-repere - reperes historiques"})


# ================================================================ doc 05 : bulletin faire alliance
def doc05():
    n_pages = 3

    def decor(c, d):
        c.saveState()
        c.setFillColor(OCHRE)
        c.rect(0, PH - 1.6 * cm, PW, 1.6 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 10)
        c.drawString(M, PH - 1.0 * cm, "BULLETIN DE VEILLE \u2013 OBSERVATOIRE DES PARTENARIATS")
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(M, 1.0 * cm, "Bulletin de veille n\u00b0 12 \u00b7 juillet 2022")
        c.drawRightString(PW - M, 1.0 * cm, "%d/%d" % (c.getPageNumber(), n_pages))
        c.restoreState()

    w = PW - 2 * M
    cw = (w - GAP) / 2
    p1_intro = [
        P("ALLIANCES D'INT\u00c9R\u00caT G\u00c9N\u00c9RAL", "label"),
        P("Du droit d'alliance aux outils de terrain", "title"),
        P("\u00c9dition de juillet 2022", "edition"),
    ]
    p1_c1 = [
        P("Un droit \u00e0 l'alliance", "h2"),
        P("Port\u00e9e par la d\u00e9put\u00e9e Cathy Racon-Bouzon, la proposition de loi sur le droit de "
          "l'alliance d'int\u00e9r\u00eat g\u00e9n\u00e9ral a \u00e9t\u00e9 agr\u00e9\u00e9e par le Bureau de "
          "l'Assembl\u00e9e nationale, puis publi\u00e9e au Journal officiel. Elle s'adosse \u00e0 trois "
          "constats de l'Observatoire :"),
    ] + bullets([
        "un \u00ab devoir d'alliance \u00bb pour 81 % des Fran\u00e7ais ;",
        "un \u00ab besoin d'alliance \u00bb pour 92 % des maires ;",
        "une \u00ab envie d'alliance \u00bb pour 84 % des dirigeants d'entreprise.",
    ]) + [
        P("Une feuille de route minist\u00e9rielle de 21 mesures l'accompagne."),
        P("Cette initiative prolonge la mission confi\u00e9e lors du FNAF 2019 par Gabriel Attal ; le rapport a "
          "\u00e9t\u00e9 remis le 7 mai 2020 et un bilan dress\u00e9 le 17 octobre 2020."),
    ]
    p1_c2 = [
        P("Le Fonds ODD 17", "h2"),
        P("Le RAMEAU et la Fondation TotalEnergies ont co-cr\u00e9\u00e9 le fonds en 2020."),
        P("Sa dotation : 1,5 M\u20ac, pour une exp\u00e9rimentation sur 3 ans."),
        P("Objectif : mobiliser 350 \u00ab catalyseurs territoriaux \u00bb."),
        P("Rappel : l'ODD 17 se d\u00e9cline en 19 cibles."),
    ]

    def tl_table(lines):
        t = Table([[P(a, "cell"), P(b, "cell")] for a, b in lines], colWidths=[4.2 * cm, w - 4.2 * cm])
        t.setStyle(TableStyle([("LINEBEFORE", (1, 0), (1, -1), 1.2, OCHRE),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        return t

    p2 = [
        P("La Fondation des Territoires", "h2"),
        tl_table([
            ("Juillet 2018", "lancement de la pr\u00e9figuration"),
            ("\u00c9tape 1", "07/18 \u2192 07/19"),
            ("\u00c9tape 2", "08/19 \u2192 11/20"),
            ("\u00c9tape 3", "12/20 \u2192 05/22"),
            ("14 juin 2022", "cr\u00e9ation sous l'\u00e9gide de la Fondation de Lille"),
        ]),
        Spacer(1, 8),
        key_box([("21", "co-fondateurs"), ("3", "missions")], [5 * cm, 5 * cm]),
        Spacer(1, 10),
        P("Sortie de crise : des donn\u00e9es pour agir", "h2"),
        P("Plus de 250 donn\u00e9es ont \u00e9t\u00e9 inventori\u00e9es pour \u00e9clairer la sortie de crise. "
          "Il en ressort que 81 % des Fran\u00e7ais et 84 % des dirigeants de TPE et de PME jugent utile de "
          "co-construire pour rendre les territoires plus r\u00e9silients."),
        P("Fondations", "h3"),
        P("L'\u00e9tude IMPACT Fondations &amp; Territoires, publi\u00e9e le 23 septembre, donne la parole "
          "\u00e0 42 fondations."),
    ]

    p3_c1 = [
        P("Sur le terrain", "h2"),
        P("Pilot\u00e9e par la Fondation des Territoires, la Charte du faire alliance a \u00e9t\u00e9 "
          "pr\u00e9sent\u00e9e le 30 novembre 2021, jour du Giving Tuesday, \u00e0 Saint-Maurice<super>1</super>."),
        P("Elle prolonge la d\u00e9marche \u00ab Agir ensemble en Territoire \u00bb, lanc\u00e9e en 2010 dans "
          "trois territoires pilotes : Alsace, Poitou-Charentes et Paris-Est Marne &amp; Bois."),
        P("Avec le CGET, Le RAMEAU a ouvert un parcours d'exp\u00e9rience \u00e0 11 territoires "
          "pionniers<super>2</super>."),
    ]
    p3_c2 = [
        boxed([P("Agenda de novembre (rappel)", "h3")] + bullets([
            "15 nov. \u00b7 dossier JURIS Associations n\u00b0628",
            "23 nov. \u00b7 3e d\u00eener \u00ab \u00c9lus &amp; Entreprises \u00bb",
            "26 nov. \u00b7 11e rapport r\u00e9gional : Normandie",
            "26 nov. \u00b7 5e webinaire \u00ab l'ODD 17 en pratique \u00bb",
        ], sym="\u203a"), cw, bg=SAND, border=OCHRE),
    ]
    p3_fn = [
        P("1. Un communiqu\u00e9 minist\u00e9riel la date du \u00ab mardi 30 septembre \u00bb.", "fn"),
        P("2. Une autre source parle de 10 territoires pilotes.", "fn"),
    ]

    build(out("obs-q-05-bulletin-faire-alliance.pdf"), A4, portrait_templates(decor, intro_h=3.6 * cm,
                                                                               fn_h=1.6 * cm),
          [("intro_two", [p1_intro, p1_c1, p1_c2]), ("one", [p2]), ("two_fn", [p3_c1, p3_c2, p3_fn])],
          {"title": "Bulletin de veille - du droit d'alliance aux outils de terrain"})


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".pdf"):
            print(f)
