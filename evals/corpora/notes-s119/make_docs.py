"""Corpus fictif notes-s119 : 5 PDF « à la manière » des publications de l'Observatoire des partenariats.

Déterministe : rl_config.invariant = 1, métadonnées vides. Les PDF sont écrits dans le dossier de ce script.
Usage : /work/main/.venv/bin/python make_docs.py
"""
import os
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.graphics.shapes import Drawing, Line, Rect, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    FrameBreak,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4
NBSP = "\u00a0"


def nb(text):
    """Espaces insécables : groupes de milliers, avant % et €, dans les guillemets, avant ? ! ; :."""
    text = re.sub(r"(\d) (?=\d{3}\b)", "\\1" + NBSP, text)
    text = re.sub(r"(\d) (?=\d{3}\b)", "\\1" + NBSP, text)
    text = re.sub(r"(\d) (?=(%|€|M€|points\b))", "\\1" + NBSP, text)
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    text = re.sub(r" (?=[?!;:](\s|$|<))", NBSP, text)
    return text


def S(name, font="Helvetica", size=10, leading=None, align=TA_LEFT, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3, alignment=align, **kw)


BODY = S("body", size=10, leading=13.5, spaceAfter=6)
BODYJ = S("bodyj", size=10, leading=13.5, spaceAfter=6, align=TA_JUSTIFY)
SMALL = S("small", size=8, leading=10, spaceAfter=2)
H1 = S("h1", font="Helvetica-Bold", size=20, leading=24, spaceAfter=6)
H2 = S("h2", font="Helvetica-Bold", size=13, leading=16, spaceBefore=6, spaceAfter=6)
H3 = S("h3", font="Helvetica-Bold", size=11, leading=14, spaceBefore=4, spaceAfter=4)
SUB = S("sub", font="Helvetica-Oblique", size=12, leading=15, spaceAfter=10)
CELL = S("cell", size=9.5, leading=12)
CELLB = S("cellb", font="Helvetica-Bold", size=9.5, leading=12)
BOX = S("box", size=10, leading=13)
BOXT = S("boxt", font="Helvetica-Bold", size=11, leading=14)
QUOTE = S("quote", font="Helvetica-Oblique", size=10.5, leading=14, spaceAfter=8, leftIndent=8, rightIndent=8)
# tribune (journal)
TT = S("tt", font="Times-Bold", size=22, leading=26, spaceAfter=8)
TCHAPO = S("tchapo", font="Times-Italic", size=12, leading=15, spaceAfter=10)
TBODY = S("tbody", font="Times-Roman", size=11, leading=14.5, spaceAfter=6, align=TA_LEFT, firstLineIndent=10)
TPULL = S("tpull", font="Times-BoldItalic", size=15, leading=19, spaceBefore=8, spaceAfter=10, align=TA_CENTER,
          textColor=colors.HexColor("#A61E22"))
TINTER = S("tinter", font="Times-Bold", size=11, leading=14, spaceBefore=4, spaceAfter=4)
TSIG = S("tsig", font="Times-Italic", size=9.5, leading=12, spaceAfter=6)
# lexique
LTERM = S("lterm", font="Helvetica-Bold", size=10.5, leading=13, spaceBefore=6, spaceAfter=1, textColor=colors.HexColor("#1F4E79"))
LDEF = S("ldef", size=9.5, leading=12.5, spaceAfter=4, align=TA_JUSTIFY)
FOOT = S("foot", size=7.5, leading=9.5, spaceAfter=1)


def P(text, style=BODY):
    return Paragraph(nb(text), style)


def box(rows, title=None, width=None, bg="#EAF1F8", style=BOX):
    data = []
    if title:
        data.append([Paragraph(nb(title), BOXT)])
    for r in rows:
        data.append([Paragraph(nb(r), style)])
    t = Table(data, colWidths=[width] if width else None)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1F4E79")),
        ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def table(rows, widths, header=True, total=False, align_right_from=1):
    data = []
    for i, r in enumerate(rows):
        st = CELLB if (header and i == 0) or (total and i == len(rows) - 1) else CELL
        data.append([Paragraph(nb(c), st) for c in r])
    t = Table(data, colWidths=widths)
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AA5B1")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2EC")))
    if total:
        cmds.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F0F4F8")))
    t.setStyle(TableStyle(cmds))
    return t


def footnotes(lines):
    out = [Spacer(1, 6), HRFlowable(width="35%", thickness=0.5, color=colors.grey, hAlign="LEFT", spaceAfter=3)]
    out += [Paragraph(nb(x), FOOT) for x in lines]
    return out


def make_doc(path, templates):
    doc = BaseDocTemplate(path, pagesize=A4, title="", author="", subject="", creator="", producer="", keywords="",
                          leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.2 * cm, bottomMargin=2 * cm)
    doc.addPageTemplates(templates)
    return doc


def frames_cols(n, top=2.3 * cm, bottom=2.0 * cm, gap=0.7 * cm, first_height=None, prefix="c"):
    """n colonnes ; si first_height est donné, un bandeau pleine largeur au-dessus."""
    left, right = 2 * cm, 2 * cm
    width = W - left - right
    frames = []
    y_top = H - top
    if first_height:
        frames.append(Frame(left, y_top - first_height, width, first_height, id=prefix + "head",
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0))
        y_top -= first_height
    cw = (width - gap * (n - 1)) / n
    for i in range(n):
        frames.append(Frame(left + i * (cw + gap), bottom, cw, y_top - bottom, id="%s%d" % (prefix, i),
                            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0))
    return frames


# ---------------------------------------------------------------------------------------------
# 1. Rapport annuel d'un fonds de dotation (4 pages, pages imprimées 6 à 9)
# ---------------------------------------------------------------------------------------------
def doc1():
    path = os.path.join(HERE, "obs-s119-01-rapport-fonds-dotation.pdf")
    first_printed = 6

    def on_page(c, d):
        c.saveState()
        c.setFont("Helvetica-Bold", 8)
        c.setFillColor(colors.HexColor("#1F4E79"))
        c.drawString(2 * cm, H - 1.3 * cm, "PASSERELLES SOLIDAIRES · Rapport annuel 2023")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 2 * cm, H - 1.3 * cm, "Exercice clos le 31 décembre 2023")
        c.setStrokeColor(colors.HexColor("#1F4E79"))
        c.line(2 * cm, H - 1.45 * cm, W - 2 * cm, H - 1.45 * cm)
        c.restoreState()

    def on_page_end(c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawString(2 * cm, 1.2 * cm, "Publié le 12 juin 2024")
        c.drawRightString(W - 2 * cm, 1.2 * cm, "— %d —" % (first_printed + d.page - 1))
        c.restoreState()

    one = PageTemplate(id="one", frames=[Frame(2 * cm, 2 * cm, W - 4 * cm, H - 4.3 * cm, id="f1")],
                       onPage=on_page, onPageEnd=on_page_end)
    two = PageTemplate(id="two", frames=frames_cols(2, first_height=1.4 * cm, prefix="t"),
                       onPage=on_page, onPageEnd=on_page_end)
    doc = make_doc(path, [one, two])
    fl = []
    # p. 1
    fl += [
        P("Rapport annuel 2023", H1),
        P("L'année où le fonds a changé d'échelle", SUB),
        P("Créé en 2015 sous le régime de l'article 140 de la loi n° 2008-776 du 4 août 2008, le fonds de dotation "
          "Passerelles Solidaires finance des alliances entre associations, entreprises et collectivités du Grand Ouest.", BODYJ),
        P("En 2023, il a engagé 2,4 M€, contre 1,9 M€ en 2022, soit une hausse de 26 %. Près des deux tiers de ces "
          "fonds (64 %) sont allés à des projets portés ensemble par au moins une association et une entreprise.", BODYJ),
        Spacer(1, 6),
        box(["2,4 M€ engagés", "14 projets soutenus", "3 870 bénéficiaires directs", "62 partenaires, dont 17 entreprises"],
            title="Chiffres clés 2023", width=8 * cm),
        Spacer(1, 10),
        P("Le conseil d'administration, réuni pour la 9e fois le 14 mars 2024, a approuvé ces comptes.", BODYJ),
        P("Comme le Fonds ODD 17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies et doté de 1,5 M€ pour "
          "une expérimentation sur 3 ans, notre fonds mise sur la durée : aucun projet n'est financé pour moins de deux "
          "exercices.", BODYJ),
        P("« Nous ne finançons pas des actions, nous finançons des alliances. » — Claire Ollivier, présidente du fonds",
          QUOTE),
        PageBreak(),
    ]
    # p. 2
    fl += [
        P("1. Les montants engagés par programme", H2),
        P("Les engagements sont votés par le conseil d'administration, puis versés par tranches au fil des projets.", BODYJ),
        P("Tableau 1 – Montants engagés par programme (en euros)", H3),
        table([
            ["Programme", "2023", "2022"],
            ["Emploi et insertion des jeunes", "820 000 €", "640 000 €"],
            ["Bien vieillir chez soi", "560 000 €", "530 000 €"],
            ["Handicap et inclusion", "545 000 €", "390 000 €"],
            ["Familles et parentalité", "475 000 €", "340 000 €"],
            ["Total", "2 400 000 €", "1 900 000 €"],
        ], [8 * cm, 3.5 * cm, 3.5 * cm], total=True),
        P("Montants votés au 31 décembre de chaque année.", SMALL),
        Spacer(1, 8),
        P("Le programme Handicap et inclusion progresse le plus vite : +40 % d'une année sur l'autre. Les frais de "
          "fonctionnement restent contenus à 7 % des ressources, sous le plafond de 10 % fixé à l'article 12 des statuts.",
          BODYJ),
        P("Les programmes Bien vieillir chez soi et Familles et parentalité seront évalués en 2025 par un cabinet "
          "indépendant, comme l'avait été le programme Emploi en 2021.", BODYJ),
        NextPageTemplate("two"),
        PageBreak(),
    ]
    # p. 3 (deux colonnes)
    fl += [
        P("2. Qui avons-nous aidé ?", H2),
        FrameBreak(),
        P("Jeunes", H3),
        P("Les jeunes de 16 à 25 ans restent le premier public du fonds : 1 640 bénéficiaires en 2023, contre 1 310 "
          "l'année précédente. Parmi eux, 58 % ont trouvé un emploi ou une formation dans l'année.", BODYJ),
        P("Seniors", H3),
        P("Les seniors accompagnés sont 920, dont près d'un tiers vivent seuls en zone rurale ; ils étaient 870 en 2022.",
          BODYJ),
        P("« Sans le fonds, nous n'aurions pas tenu la deuxième année. » — Nadia Ferreira, directrice de l'association "
          "Bol d'Air (Rezé)", QUOTE),
        FrameBreak(),
        P("Handicap", H3),
        P("Au total, 410 personnes en situation de handicap ont suivi un parcours vers l'emploi financé par le fonds, "
          "contre 285 en 2022.", BODYJ),
        P("Familles", H3),
        P("Enfin, 900 familles ont été soutenues. Elles sont deux sur trois à être monoparentales.", BODYJ),
        P("Un même bénéficiaire n'est compté qu'une fois, dans le programme qui l'a accompagné le plus longtemps.", SMALL),
        NextPageTemplate("one"),
        PageBreak(),
    ]
    # p. 4
    fl += [
        P("3. Ressources et gouvernance", H2),
        table([
            ["Répartition des bénéficiaires 2023", ""],
            ["Jeunes", "42 %"],
            ["Seniors", "24 %"],
            ["Personnes en situation de handicap", "11 %"],
            ["Familles", "23 %"],
        ], [8 * cm, 2.5 * cm]),
        Spacer(1, 10),
        P("En 2023, le fonds a collecté 2,6 M€ auprès de 41 mécènes ; trois donateurs historiques en apportent à eux "
          "seuls la moitié<super>1</super>.", BODYJ),
        P("L'équipe compte 4 salariés et une quarantaine de bénévoles<super>2</super>.", BODYJ),
        P("Les comptes sont certifiés par le cabinet Lemoine & Associés, commissaire aux comptes.", BODYJ),
    ]
    fl += footnotes([
        "<super>1</super> Dons et legs encaissés au 31 décembre 2023.",
        "<super>2</super> La précédente édition de ce rapport (exercice 2021) recensait 2 480 bénéficiaires et 3 salariés.",
    ])
    fl += [Spacer(1, 14),
           P("Passerelles Solidaires · 27 rue des Tanneurs · 44000 Nantes · 02 40 58 17 93", SMALL)]
    doc.build(fl)
    return path


# ---------------------------------------------------------------------------------------------
# 2. Tribune d'opinion dans un journal (2 pages, pages imprimées 22 et 23)
# ---------------------------------------------------------------------------------------------
def doc2():
    path = os.path.join(HERE, "obs-s119-02-tribune-opinion.pdf")

    def on_page(c, d):
        c.saveState()
        c.setFont("Times-Bold", 14)
        c.drawString(2 * cm, H - 1.35 * cm, "LE COURRIER DES TERRITOIRES")
        c.setFont("Times-Roman", 9)
        c.drawRightString(W - 2 * cm, H - 1.35 * cm, "Mardi 14 janvier 2025 · N° 4 512".replace("4 512", "4" + NBSP + "512"))
        c.setLineWidth(1.2)
        c.line(2 * cm, H - 1.55 * cm, W - 2 * cm, H - 1.55 * cm)
        c.restoreState()

    def on_page_end(c, d):
        c.saveState()
        c.setFont("Times-Bold", 9)
        c.drawString(2 * cm, 1.2 * cm, "OPINIONS")
        c.setFont("Times-Roman", 9)
        c.drawRightString(W - 2 * cm, 1.2 * cm, str(21 + d.page))
        c.restoreState()

    p1 = PageTemplate(id="p1", frames=frames_cols(3, first_height=4.4 * cm, gap=0.55 * cm, prefix="a"),
                      onPage=on_page, onPageEnd=on_page_end)
    p2 = PageTemplate(id="p2", frames=frames_cols(2, gap=0.8 * cm, prefix="b"),
                      onPage=on_page, onPageEnd=on_page_end)
    doc = make_doc(path, [p1, p2])
    fl = [
        P("TRIBUNE", S("kick", font="Helvetica-Bold", size=9, textColor=colors.HexColor("#A61E22"))),
        P("« Faire alliance n'est plus une option, c'est une nécessité »", TT),
        P("Alors que les budgets publics se resserrent, Hélène Marchetti, présidente de l'association Territoires en "
          "Commun, appelle les communes à s'allier avec leurs associations et leurs entreprises.", TCHAPO),
        FrameBreak(),
        P("On entend partout que la confiance s'effrite. Les chiffres racontent une autre histoire. En 2008, ils étaient "
          "86 % à juger urgent de créer des partenariats entre associations et entreprises (étude ARPEA de "
          "l'Observatoire des partenariats) ; quatre ans plus tard, ils étaient encore 84 %. Qui ? Les Français, tout "
          "simplement.", TBODY),
        P("Des maires en mouvement", TINTER),
        P("Les maires ne disent pas autre chose. Interrogés par téléphone à l'automne 2024 pour l'Observatoire, 302 "
          "d'entre eux ont répondu : 91 % voient leur territoire « en mouvement ». Précisons que 84 % des répondants "
          "dirigent des communes de moins de 2 000 habitants, là où chacun se connaît.", TBODY),
        P("Une enquête du cabinet Ancrages (2023) auprès de 1 200 dirigeants de PME va dans le même sens : ils sont "
          "63 % à avoir déjà soutenu une association de leur commune, mais seulement 18 % à l'avoir fait plus d'une "
          "fois.", TBODY),
        P("« Personne, seul, ne tiendra la distance. »", TPULL),
        P("Des associations à bout de souffle", TINTER),
        P("Côté associations, le tableau est plus nuancé. Près de la moitié d'entre elles disent manquer de bénévoles, "
          "selon le baromètre 2022 de l'Institut Cordée, et une sur cinq envisage de réduire ses activités.", TBODY),
        P("Ce n'est pas une fatalité. C'est même, à mes yeux, la meilleure raison de changer de méthode : personne, "
          "seul, ne tiendra la distance. Les communes le savent mieux que quiconque, elles qui voient chaque semaine "
          "des bénévoles s'épuiser et des entreprises chercher comment se rendre utiles.", TBODY),
        P("Le local, échelon naturel", TINTER),
        P("Je le constate dans ma propre commune : quand une entreprise prête ses locaux, qu'une association apporte "
          "ses bénévoles et que la mairie coordonne, les projets aboutissent. Ce qui manque, ce n'est ni l'envie ni les "
          "idées. C'est une méthode, un peu de temps, et la conviction que chacun y gagne.", TBODY),
        P("Les élus hésitent encore, par crainte de favoriser un acteur plutôt qu'un autre ou de sortir de leur rôle. "
          "Cette prudence se comprend. Elle ne doit pas devenir un alibi.", TBODY),
        FrameBreak(),
        box(["Les communes préparent leurs budgets dans un climat d'incertitude sur les dotations de l'État. Plusieurs "
             "associations d'élus appellent à « mutualiser plutôt que couper ». Le Courrier des Territoires ouvre ses "
             "pages aux acteurs locaux pour en débattre."], title="Contexte", bg="#F3EFE4",
            style=S("tbox1", font="Times-Roman", size=10.5, leading=13.5)),
        Spacer(1, 12),
        box(["« Dotations : les maires ruraux inquiets », page 8.",
             "« Mécénat de proximité, mode d'emploi », page 14."], title="À lire aussi", bg="#FFFFFF",
            style=S("tbox2", font="Times-Italic", size=10.5, leading=13.5)),
        NextPageTemplate("p2"),
        PageBreak(),
        P("Que faire ? D'abord, regarder ce qui marche. Depuis sa création en 2006, Le RAMEAU a recensé plus de 1 000 "
          "exemples inspirants d'alliances ; de Saint-Nazaire à Pamiers, les projets qui durent associent en moyenne "
          "3,4 partenaires.", TBODY),
        P("Ensuite, donner un cadre. La proposition de loi sur le droit de l'alliance d'intérêt général, portée par la "
          "députée Cathy Racon-Bouzon, et une feuille de route ministérielle de 21 mesures ont ouvert la voie.", TBODY),
        P("Enfin, financer. Chaque euro investi dans une alliance locale en mobilise 2,70 auprès d'autres financeurs, "
          "estimait en 2019 la Fondation Aubépine au terme d'une étude portant sur 45 projets.", TBODY),
        P("Près de 35 000 communes peuvent s'y mettre dès demain. Elles n'ont pas besoin d'une nouvelle loi : elles ont "
          "besoin qu'on leur fasse confiance.", TBODY),
        Spacer(1, 6),
        P("Hélène Marchetti est présidente de Territoires en Commun et adjointe au maire de Plouvern (Finistère). Elle "
          "a publié « Le Pacte local » (Éditions du Chêne-Liège, 2021).", TSIG),
        FrameBreak(),
        box([
            "69 % des Français estiment qu'il est de leur devoir de faire alliance (PHARE-Citoyens, septembre 2015).",
            "87 % des maires voient dans les partenariats une source d'innovation (PHARE-Institutions, 2016).",
            "1,5 M€ sur 3 ans : la dotation du Fonds ODD 17, créé en 2020.",
        ], title="Repères", bg="#F3EFE4", style=S("tbox", font="Times-Roman", size=10.5, leading=13.5)),
        Spacer(1, 10),
        P("Les tribunes publiées dans ces pages n'engagent que leurs auteurs. Pour proposer un texte : "
          "opinions@courrier-territoires.example", TSIG),
    ]
    doc.build(fl)
    return path


# ---------------------------------------------------------------------------------------------
# 3. Tableau de résultats par catégorie de collectivité (4 pages, pages imprimées 3 à 6)
# ---------------------------------------------------------------------------------------------
def bar_chart():
    d = Drawing(15 * cm, 6.6 * cm)
    x0, y0, hmax = 1.2 * cm, 1.0 * cm, 4.6 * cm
    d.add(Line(x0, y0, x0, y0 + hmax, strokeColor=colors.black, strokeWidth=0.6))
    d.add(Line(x0, y0, 14.6 * cm, y0, strokeColor=colors.black, strokeWidth=0.6))
    for v in (0, 25, 50, 75, 100):
        y = y0 + hmax * v / 100.0
        d.add(Line(x0 - 3, y, x0, y, strokeColor=colors.black, strokeWidth=0.6))
        d.add(String(x0 - 6, y - 3, str(v), fontName="Helvetica", fontSize=8, textAnchor="end"))
    bars = [("Communes", 81), ("Intercommunalités", 85), ("Départements", 90), ("Régions", 83)]
    bw, step = 1.8 * cm, 3.3 * cm
    for i, (lab, v) in enumerate(bars):
        x = x0 + 0.9 * cm + i * step
        h = hmax * v / 100.0
        d.add(Rect(x, y0, bw, h, fillColor=colors.HexColor("#4A7FB0"), strokeColor=None))
        d.add(String(x + bw / 2, y0 - 12, lab, fontName="Helvetica", fontSize=8.5, textAnchor="middle"))
        d.add(String(x + bw / 2, y0 + h + 4, "%d\u00a0%%" % v, fontName="Helvetica-Bold", fontSize=9, textAnchor="middle"))
    return d


def doc3():
    path = os.path.join(HERE, "obs-s119-03-tableau-collectivites.pdf")

    def on_page(c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(2 * cm, H - 1.3 * cm, "Baromètre Alliances & Collectivités · vague 2024")
        c.drawRightString(W - 2 * cm, H - 1.3 * cm, "Publié en mars 2025")
        c.restoreState()

    def on_page_end(c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 1.2 * cm, "Page %d" % (2 + d.page))
        c.restoreState()

    one = PageTemplate(id="one", frames=[Frame(2 * cm, 2 * cm, W - 4 * cm, H - 4.3 * cm, id="f1")],
                       onPage=on_page, onPageEnd=on_page_end)
    doc = make_doc(path, [one])
    fl = [
        P("Baromètre Alliances & Collectivités 2024", H1),
        P("Résultats par catégorie de collectivité", SUB),
        P("Trois ans après la première vague, 68 % des collectivités déclarent au moins un partenariat avec une "
          "association ou une entreprise, contre 57 % en 2021.", S("chapo", font="Helvetica-Bold", size=11, leading=15,
                                                                  spaceAfter=10)),
        box([
            "Enquête en ligne menée du 9 septembre au 18 octobre 2024 par l'institut Ipsilon<super>1</super> auprès de "
            "1 150 collectivités : 870 communes, 214 intercommunalités, 54 départements et 12 régions.",
            "Résultats redressés selon la strate de population ; les communes de moins de 3 500 habitants représentent "
            "71 % de l'échantillon communal.",
            "Marge d'erreur : ± 2,9 points sur l'ensemble.",
            "La première vague, en 2021, avait réuni 640 collectivités.",
        ], title="Méthode", bg="#EEF3E8"),
        Spacer(1, 12),
        P("Sommaire", H3),
        P("1. Vue d'ensemble ........ p. 4", BODY),
        P("2. Partenaires et utilité ........ p. 5", BODY),
        P("3. Freins et attentes ........ p. 6", BODY),
    ]
    fl += footnotes(["<super>1</super> Institut Ipsilon, 12 rue Paul-Bert, 69003 Lyon."])
    fl += [PageBreak()]
    # p. 2
    fl += [
        P("1. Vue d'ensemble", H2),
        P("Tableau 1 – Collectivités déclarant au moins un partenariat, par catégorie (2024)", H3),
        table([
            ["Catégorie", "Part", "Effectif"],
            ["Communes", "64 %", "557"],
            ["Intercommunalités", "79 %", "169"],
            ["Départements", "87 %", "47"],
            ["Régions", "92 %", "11"],
            ["Ensemble", "68 %", "784"],
        ], [7 * cm, 3 * cm, 3 * cm], total=True),
        Spacer(1, 10),
        P("Les régions sont presque toutes engagées ; les communes le sont nettement moins (64 %), et seulement 52 % de "
          "celles de moins de 3 500 habitants.", BODYJ),
        P("Lecture : 79 % des intercommunalités répondantes, soit 169 d'entre elles, déclarent au moins un partenariat.",
          S("lect", font="Helvetica-Oblique", size=9, leading=12)),
        PageBreak(),
    ]
    # p. 3
    fl += [
        P("2. Partenaires et utilité", H2),
        P("Graphique 1 – Part des collectivités jugeant leur partenariat utile, par catégorie (en %)", H3),
        bar_chart(),
        Spacer(1, 6),
        P("Les départements sont les plus convaincus : 90 % jugent leur partenariat utile, et ils sont 41 % à vouloir en "
          "nouer un nouveau d'ici 2026.", BODYJ),
        P("Dans les intercommunalités, deux répondants sur trois citent l'emploi comme premier sujet d'alliance ; dans "
          "les communes, c'est la jeunesse (38 %), devant le cadre de vie (29 %).", BODYJ),
        P("Tableau 2 – Budget annuel médian consacré aux partenariats (2024)", H3),
        table([
            ["Communes", "4 500 €"],
            ["Intercommunalités", "38 000 €"],
            ["Départements", "410 000 €"],
            ["Régions", "1,2 M€"],
        ], [7 * cm, 3 * cm], header=False),
        PageBreak(),
    ]
    # p. 4
    fl += [
        P("3. Freins et attentes", H2),
        P("Les freins restent ceux de 2021 : le manque de temps, cité par 58 % des communes, et le manque d'ingénierie, "
          "cité par 44 % des intercommunalités et 47 % des départements<super>2</super>.", BODYJ),
        P("Seules 9 % des communes de moins de 1 000 habitants disposent d'un agent dédié aux partenariats, contre 61 % "
          "de celles de plus de 20 000 habitants. En 2021, elles n'étaient que 5 % et 48 %.", BODYJ),
        P("Près de trois collectivités sur quatre (74 %) souhaitent un guichet unique à l'échelle du département.", BODYJ),
        P("Les 12 régions répondantes demandent, elles, un fonds commun cofinancé par l'État.", BODYJ),
        Spacer(1, 6),
        box(["68 % des collectivités ont au moins un partenariat."], title="À retenir", width=11 * cm),
        Spacer(1, 8),
        P("Prochaine vague : automne 2027 (3e édition). Contact presse : 04 72 33 18 60.", BODY),
    ]
    fl += footnotes(["<super>2</super> Compétences redéfinies par la loi n° 2015-991 du 7 août 2015 portant nouvelle "
                     "organisation territoriale de la République (NOTRe)."])
    doc.build(fl)
    return path


# ---------------------------------------------------------------------------------------------
# 4. Palmarès / compte rendu de jury d'un prix (4 pages, pages imprimées 10 à 13)
# ---------------------------------------------------------------------------------------------
def doc4():
    path = os.path.join(HERE, "obs-s119-04-palmares-prix.pdf")

    def on_page(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#5B2C6F"))
        c.rect(0, H - 1.6 * cm, W, 1.6 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(2 * cm, H - 1.0 * cm, "La Lettre de la Fondation Aubépine")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 2 * cm, H - 1.0 * cm, "n° 38 · décembre 2024")
        c.restoreState()

    def on_page_end(c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 2 * cm, 1.2 * cm, str(9 + d.page))
        c.restoreState()

    one = PageTemplate(id="one", frames=[Frame(2 * cm, 2 * cm, W - 4 * cm, H - 4.4 * cm, id="f1")],
                       onPage=on_page, onPageEnd=on_page_end)
    doc = make_doc(path, [one])
    LI = S("li", size=10, leading=13.5, spaceAfter=4, align=TA_JUSTIFY)

    def bullets(items):
        return ListFlowable([ListItem(P(x, LI), leftIndent=12) for x in items], bulletType="bullet", start="•",
                            leftIndent=12)

    fl = [
        P("Prix des Alliances Territoriales 2024 : le palmarès", H1),
        P("Compte rendu du jury du 21 novembre 2024", SUB),
        P("Pour sa 6e édition, le prix a reçu 187 dossiers, contre 142 en 2023 et 96 lors de la première édition, "
          "en 2019.", BODYJ),
        P("Le jury, présidé par Marc-Antoine Delorme et composé de onze membres, a retenu 24 dossiers pour l'audition, "
          "avant de désigner 8 lauréats dans 4 catégories.", BODYJ),
        P("La dotation totale atteint 120 000 €, soit 15 000 € par lauréat, auxquels s'ajoute un prix du public.",
          BODYJ),
        Spacer(1, 8),
        box(["« Jamais nous n'avions reçu autant de dossiers venus de petites communes. » Marc-Antoine Delorme, "
             "président du jury"], bg="#F4ECF7", width=13 * cm),
        Spacer(1, 8),
        P("Les lauréats ont été reçus à Lyon le 12 décembre, en présence des partenaires du prix.", BODYJ),
        PageBreak(),
        P("Qui sont les candidats ?", H2),
        bullets([
            "41 % des dossiers sont portés par une association seule, 37 % par un binôme association-entreprise et "
            "22 % par un consortium d'au moins trois acteurs.",
            "Les dossiers viennent de 13 régions ; près de 30 % émanent de communes de moins de 3 500 habitants.",
            "Les candidats sont jeunes : 46 % des structures ont moins de 5 ans d'existence, et un tiers d'entre elles "
            "emploient moins de 10 salariés.",
            "Le montant moyen demandé s'élevait à 18 400 € ; la demande la plus élevée atteignait 60 000 €.",
        ]),
        Spacer(1, 8),
        P("Le jury a noté chaque dossier selon la grille publiée dans le règlement (article 7), sur l'ancrage local, "
          "la qualité de l'alliance et l'impact attendu.", BODYJ),
        PageBreak(),
        P("Le palmarès par catégorie", H2),
        table([
            ["Catégorie", "Dossiers reçus", "Lauréats"],
            ["Emploi et insertion", "64", "2"],
            ["Transition écologique", "52", "2"],
            ["Jeunesse et éducation", "43", "2"],
            ["Bien vieillir", "28", "2"],
        ], [7 * cm, 3.5 * cm, 3 * cm]),
        Spacer(1, 10),
        P("<b>Emploi et insertion</b> — « Atelier Relais » (Vitré) et « Cap Métiers 56 » (Lorient). Le premier a "
          "accompagné 23 jeunes vers un emploi durable en 2024 ; le second fédère 9 entreprises du pays de Lorient.",
          BODYJ),
        P("<b>Transition écologique</b> — « Repair'Vallée » (Die) et « Les Jardins de Fontvive » (Pézenas). "
          "Repair'Vallée a remis en état 2 300 appareils en 2024 ; les Jardins emploient 17 salariés en insertion.",
          BODYJ),
        PageBreak(),
        P("<b>Jeunesse et éducation</b> — « Collège ouvert » (Roubaix) et « Bus des savoirs » (Guéret). Le Bus des "
          "savoirs a sillonné 31 communes de la Creuse ; Collège ouvert réunit 4 entreprises et deux associations "
          "autour de 260 élèves de 3e.", BODYJ),
        P("<b>Bien vieillir</b> — « Voisins & Cie » (79000 Niort) et « Téléphone d'argent » (Quimper). Ensemble, ils "
          "touchent près de 1 500 seniors isolés, dont les trois quarts ont plus de 75 ans.", BODYJ),
        P("<b>Prix du public</b> — « Repair'Vallée », avec 2 846 votes sur 9 120 exprimés, soit 31 %.", BODYJ),
        Spacer(1, 10),
        box(["Ouverture de la 7e édition le 3 mars 2025 ; dépôt des dossiers jusqu'au 30 avril 2025. "
             "Renseignements au 01 45 62 80 17."], title="Calendrier", bg="#F4ECF7", width=13 * cm),
    ]
    doc.build(fl)
    return path


# ---------------------------------------------------------------------------------------------
# 5. Lexique chiffré « les mots des partenariats » (3 pages, pages imprimées 45 à 47)
# ---------------------------------------------------------------------------------------------
def doc5():
    path = os.path.join(HERE, "obs-s119-05-lexique-chiffre.pdf")

    def on_page(c, d):
        c.saveState()
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(2 * cm, H - 1.3 * cm, "Les mots des partenariats — lexique chiffré")
        c.drawRightString(W - 2 * cm, H - 1.3 * cm, "Octobre 2024")
        c.restoreState()

    def on_page_end(c, d):
        c.saveState()
        c.setFont("Helvetica", 8)
        n = 44 + d.page
        if n % 2:
            c.drawRightString(W - 2 * cm, 1.2 * cm, str(n))
        else:
            c.drawString(2 * cm, 1.2 * cm, str(n))
        c.restoreState()

    first = PageTemplate(id="first", frames=frames_cols(2, first_height=3.0 * cm, gap=0.8 * cm, prefix="l"),
                         onPage=on_page, onPageEnd=on_page_end)
    two = PageTemplate(id="two", frames=frames_cols(2, gap=0.8 * cm, prefix="m"),
                       onPage=on_page, onPageEnd=on_page_end)
    doc = make_doc(path, [first, two])

    def entry(term, text):
        return KeepTogether([P(term, LTERM), P(text, LDEF)])

    fl = [
        P("Les mots des partenariats", H1),
        P("Un lexique chiffré : chaque mot, sa définition et des chiffres sourcés.", SUB),
        FrameBreak(),
        entry("Alliance", "Relation durable entre acteurs de natures différentes au service du bien commun. D'après "
              "Le RAMEAU, 81 % des Français y voient un devoir, 92 % des maires un besoin et 84 % des dirigeants "
              "d'entreprise une envie<super>1</super>."),
        entry("Association employeuse", "Association qui rémunère au moins un salarié. On en compte 148 000 en France ; "
              "98 % d'entre elles ont au moins un partenariat, selon l'étude IMPACT – Associations & Territoires "
              "(programme 2018-2022)<super>2</super>."),
        FrameBreak(),
        entry("Catalyseur territorial", "Acteur qui facilite la rencontre des organisations d'un territoire. Le Fonds "
              "ODD 17, créé en 2020, en a repéré 350 ; il est doté de 1,5 M€ sur 3 ans<super>3</super>."),
        entry("Co-construction", "Démarche par laquelle des acteurs différents définissent ensemble un projet. 64 % des "
              "élus locaux veulent s'appuyer sur le « jouer collectif », et 92 % des maires en reconnaissent "
              "l'utilité<super>4</super>."),
    ]
    fl += footnotes([
        "<super>1</super> Le RAMEAU, « Le droit de l'alliance d'intérêt général enfin reconnu ».",
        "<super>2</super> Résultats de l'étude publiés par Le RAMEAU.",
        "<super>3</super> Présentation du Fonds ODD 17 par Le RAMEAU.",
        "<super>4</super> Dîner « Elus & Entreprises », Le RAMEAU.",
    ])
    fl += [
        NextPageTemplate("two"),
        PageBreak(),
        entry("Entreprise engagée", "Entreprise qui noue des partenariats avec des structures d'intérêt général. Selon "
              "une note du 29 février 2016, 37 % des entreprises d'au moins 10 salariés en ont un, et 65 % des "
              "entreprises « pionnières »."),
        entry("Fondation territoriale", "Fondation qui agit pour un territoire donné. La Fondation des Territoires, "
              "créée le 14 juin 2022, réunit 21 co-fondateurs ; l'étude IMPACT Fondations & Territoires a interrogé "
              "42 fondations."),
        entry("Mécénat", "Don d'une entreprise à une cause d'intérêt général. Dans l'étude IMPACT, 75 % des "
              "associations employeuses le pratiquent avec leurs partenaires. Dans l'enquête de 2016, 50 % des "
              "associations dont le budget dépasse 150 000 € avaient un partenariat avec une entreprise, contre 20 % "
              "de celles de moins de 10 000 €."),
        FrameBreak(),
        entry("Observatoire des partenariats", "Créé en 2008 par la Caisse des Dépôts et Le RAMEAU, il a conduit "
              "3 programmes quinquennaux ; le premier, ARPEA (2008-2012), comptait 10 volets."),
        entry("ODD 17", "Dix-septième objectif de développement durable, consacré aux partenariats ; il se décline en "
              "19 cibles<super>5</super>."),
    ]
    fl += footnotes(["<super>5</super> Note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons »."])
    fl += [
        PageBreak(),
        entry("Partenaire", "Organisation avec laquelle on agit ensemble. Une association compte en moyenne 2,5 "
              "partenaires, d'après une enquête menée en mai-juin 2016 auprès de plus de 1 380 "
              "responsables<super>6</super> ; les collectivités sont citées par 74 % d'entre elles, les entreprises "
              "par 28 %."),
        entry("Territoire pionnier", "Territoire qui expérimente une démarche nouvelle de co-construction. Le parcours "
              "d'expérience lancé avec le CGET en a réuni 11 pendant 18 mois, la 1re session s'ouvrant un 3 mai."),
        FrameBreak(),
        entry("Valeur ajoutée", "Ce que l'alliance apporte de plus que chaque acteur seul. Les personnes interrogées "
              "pour PHARE-Citoyens (septembre 2015) en attendent d'abord des effets sur l'emploi, noté 7,1/10, puis "
              "sur le pouvoir d'achat (6,6)."),
        entry("Zone blanche", "Territoire où aucun partenariat n'est recensé. L'atlas 2023 de l'institut Ipsilon en "
              "dénombre une quarantaine sur 1 250 bassins de vie, soit environ 3 %."),
    ]
    fl += footnotes(["<super>6</super> Enquête Recherches & Solidarités et Le RAMEAU, publiée en mars 2017."])
    doc.build(fl)
    return path


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5):
        print(f())
