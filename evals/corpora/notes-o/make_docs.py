"""Deterministic generator of the 5 set-O documents (obs-o-NN-<slug>.pdf).

Run: /work/main/.venv/bin/python make_docs.py
Facts come from /work/shared/facts.md; wording and layout are written for this set.
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FONT_DIR + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVC-B", FONT_DIR + "DejaVuSansCondensed-Bold.ttf"))
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DV-B")
addMapping("DV", 0, 1, "DV-I")
addMapping("DV", 1, 1, "DV-BI")

W, H = A4
SLIDE = (842.0, 474.0)
NB = "\u00a0"  # no-break space

# colours of the Observatoire's imaginary house style
TEAL = colors.HexColor("#0f5e68")
ORANGE = colors.HexColor("#d9822b")
SAND = colors.HexColor("#f3ead8")
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#e8f1f2")


def st(name, **kw):
    base = dict(fontName="DV", fontSize=9.5, leading=12.6, textColor=colors.black, alignment=TA_LEFT,
                bulletFontName="DV")
    base.update(kw)
    return ParagraphStyle(name, **base)


BODY = st("body", alignment=TA_JUSTIFY)
BODY_L = st("bodyl")
SMALL = st("small", fontSize=7.5, leading=9.5, textColor=GREY)
NOTE = st("note", fontSize=7.3, leading=9.2, textColor=GREY)
H1 = st("h1", fontName="DV-B", fontSize=20, leading=24, textColor=TEAL)
H2 = st("h2", fontName="DV-B", fontSize=12.5, leading=15.5, textColor=TEAL, spaceBefore=4, spaceAfter=3)
H3 = st("h3", fontName="DV-B", fontSize=10, leading=12.5, textColor=ORANGE, spaceBefore=5, spaceAfter=2)
LABEL = st("label", fontName="DV-B", fontSize=8, leading=10, textColor=ORANGE)
EDITION = st("edition", fontName="DV-I", fontSize=8.6, leading=11, textColor=GREY)
BIG = st("big", fontName="DV-B", fontSize=22, leading=25, textColor=TEAL, alignment=TA_CENTER)
BIGL = st("bigl", fontName="DV-B", fontSize=22, leading=25, textColor=TEAL)
CAP = st("cap", fontSize=8.2, leading=10.2, alignment=TA_CENTER)
CAPL = st("capl", fontSize=8.2, leading=10.2)
CELL = st("cell", fontName="DVC", fontSize=8.4, leading=10.2)
CELLB = st("cellb", fontName="DVC-B", fontSize=8.4, leading=10.2, textColor=colors.white)
CELLR = st("cellr", fontName="DVC-B", fontSize=8.8, leading=10.4, alignment=TA_CENTER)
QUOTE = st("quote", fontName="DV-BI", fontSize=12, leading=15, textColor=ORANGE, alignment=TA_CENTER)
BULLET = st("bullet", leftIndent=10, bulletIndent=0, alignment=TA_LEFT)


def esc(text):
    return text.replace("&", "&amp;")


def P(text, style=BODY, **kw):
    return Paragraph(esc(text), style, **kw)


def B(text, style=BULLET):
    return Paragraph(esc(text), style, bulletText="•")


def place(c, x, y, w, h, flowables, pad=0):
    """Draw flowables in a frame; fail loudly if anything overflows."""
    items = list(flowables)
    fr = Frame(x, y, w, h, leftPadding=pad, rightPadding=pad, topPadding=pad, bottomPadding=pad,
               showBoundary=0)
    fr.addFromList(items, c)
    if items:
        raise RuntimeError("overflow in frame at %r: %d flowables left" % ((x, y, w, h), len(items)))


def banner(c, text, color=TEAL, pagesize=A4, height=22):
    pw, ph = pagesize
    c.setFillColor(color)
    c.rect(0, ph - height, pw, height, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DV-B", 8.5)
    c.drawString(36, ph - height + 7.5, text)
    c.setFillColor(colors.black)


def footer(c, left, right, pagesize=A4):
    pw, _ = pagesize
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(36, 34, pw - 36, 34)
    c.setFont("DV", 7.2)
    c.setFillColor(GREY)
    c.drawString(36, 24, left)
    c.drawRightString(pw - 36, 24, right)
    c.setFillColor(colors.black)


def keybox(cells, widths, bg=LIGHT, big=BIG, cap=CAP):
    row = [[P(a, big), P(b, cap)] for a, b in cells]
    t = Table([row], colWidths=widths)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return t


def grid(rows, widths, header=True, zebra=True, align_last="CENTER", font="DVC", size=8.4):
    """A table read row x column; rows are lists of plain strings (Paragraph for long cells)."""
    data = []
    for i, r in enumerate(rows):
        line = []
        for j, cell in enumerate(r):
            if header and i == 0:
                line.append(P(cell, CELLB))
            elif isinstance(cell, str) and len(cell) > 28:
                line.append(P(cell, CELL))
            else:
                line.append(cell)
        data.append(line)
    t = Table(data, colWidths=widths, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), font, size),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#b9c9cc")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), TEAL))
    if zebra:
        for i in range(1 if header else 0, len(rows)):
            if i % 2 == 0:
                style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f4f8f8")))
    if align_last:
        style.append(("ALIGN", (1, 1 if header else 0), (-1, -1), align_last))
    t.setStyle(TableStyle(style))
    return t


def new_canvas(name, title, pagesize=A4):
    path = os.path.join(HERE, name)
    c = canvas.Canvas(path, pagesize=pagesize, invariant=1)
    c.setTitle(title)
    c.setAuthor("Observatoire des partenariats")
    c.setCreator("make_docs.py (set O)")
    c.setSubject(title)
    return c


# ---------------------------------------------------------------------------------------------
# 01 - Baromètre Citoyens (3 pages, tables, key-figure box, footnotes)
# ---------------------------------------------------------------------------------------------
def doc01():
    c = new_canvas("obs-o-01-barometre-citoyens.pdf", "Baromètre Citoyens - octobre 2015")
    BAN = "L'OBSERVATOIRE DES PARTENARIATS  |  BAROMÈTRE CITOYENS"
    FOOT = "Baromètre Citoyens · octobre 2015"
    colw = (W - 72 - 18) / 2

    # page 1
    banner(c, BAN)
    place(c, 36, H - 150, W - 72, 120, [
        P("OBSERVATOIRE DES PARTENARIATS · PROGRAMME PHARE", LABEL),
        Spacer(1, 4),
        P("Ce que les Français attendent des alliances", H1),
        Spacer(1, 3),
        P("Édition d'octobre 2015 · Cahier n°3 · Programme PHARE", EDITION),
    ])
    place(c, 36, H - 285, W - 72, 130, [
        keybox([
            ("69" + NB + "%", "des Français voient dans l'alliance entre acteurs un devoir"),
            ("+ de 2" + NB + "000", "personnes interrogées pour PHARE-Citoyens"),
            ("49" + NB + "%", "jugent fort l'impact des partenariats sur l'emploi"),
        ], [(W - 72) / 3] * 3),
    ])
    place(c, 36, H - 360, W - 72, 70, [
        P("Après les enquêtes ARPEA, le programme PHARE a de nouveau interrogé le grand public. Ce cahier "
          "rassemble ce qu'il en ressort : ce que les citoyens attendent des entreprises, des associations "
          "et des pouvoirs publics, et la façon dont ils jugent leurs alliances.", st("lead", fontName="DV-I",
                                                                                    fontSize=10, leading=13.5)),
    ])
    left = [
        P("Un mandat clair pour les acteurs", H2),
        P("L'enquête PHARE-Citoyens<super>1</super> a été conduite en septembre. Ses résultats dessinent une "
          "attente forte : aux yeux des répondants, aucun acteur ne peut relever seul les défis de son "
          "territoire."),
        Spacer(1, 5),
        P("Sur les six enjeux soumis à leur jugement, l'emploi arrive nettement en tête. Viennent ensuite le "
          "pouvoir d'achat, la sécurité et le développement économique, puis l'environnement et la lutte "
          "contre l'exclusion."),
    ]
    right = [
        Spacer(1, 21),
        P("Le détail des notes figure page suivante. Il montre des écarts faibles entre enjeux : tous sont "
          "jugés importants."),
        Spacer(1, 5),
        P("Les Français ne se contentent pas d'un constat. Ils attendent des entreprises et des associations "
          "qu'elles agissent ensemble, avec les collectivités, sur les sujets du quotidien."),
    ]
    place(c, 36, H - 560, colw, 195, left)
    place(c, 36 + colw + 18, H - 560, colw, 195, right)
    place(c, 36, 44, W - 72, 30, [
        P("1 Enquête menée en septembre 2015 auprès d'un échantillon représentatif des Français.", NOTE),
    ])
    footer(c, FOOT, "page 1 sur 3")
    c.showPage()

    # page 2
    banner(c, BAN)
    t1 = grid([
        ["Enjeu", "Note"],
        ["Emploi", "7,1"],
        [P("Pouvoir d'achat et sécurité (à égalité)<super>1</super>", CELL), "6,6"],
        ["Développement économique", "6,5"],
        [P("Environnement et lutte contre l'exclusion (à égalité)", CELL), "6,3"],
    ], [190, 60])
    t2 = grid([
        ["Domaine", "Part"],
        ["Emploi", "49"],
        ["Développement économique", "46"],
        ["Environnement", "42"],
        ["Précarité et éducation", "36"],
    ], [190, 60])
    place(c, 36, H - 330, W - 72, 300, [
        P("Les notes, enjeu par enjeu", H2),
        P("Chaque personne interrogée a noté l'importance de six enjeux sur une échelle allant de 0 à 10."),
        Spacer(1, 8),
        P("Tableau 1. Importance des enjeux de société, note moyenne sur 10", H3),
        t1,
    ])
    place(c, 36, H - 480, W - 72, 225, [
        P("Tableau 2. Domaines où les partenariats ont un impact fort, selon les Français (en %)", H3),
        t2,
        Spacer(1, 8),
        P("Lecture : l'emploi est à la fois l'enjeu le mieux noté et le domaine où les alliances paraissent "
          "les plus efficaces."),
    ])
    # side box
    place(c, 330, H - 395, W - 366, 120, [
        Table([[P("Ces quatre domaines sont ceux où les citoyens voient déjà les alliances à l'œuvre.",
                  st("sb", fontName="DV-B", fontSize=10, leading=13, textColor=TEAL))]],
              colWidths=[W - 366], style=[("BACKGROUND", (0, 0), (-1, -1), SAND),
                                          ("TOPPADDING", (0, 0), (-1, -1), 9),
                                          ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]),
    ])
    place(c, 36, 44, W - 72, 30, [
        P("1 Un communiqué de presse diffusé à la même période attribuait à la sécurité la note de 7/10.", NOTE),
    ])
    footer(c, FOOT, "page 2 sur 3")
    c.showPage()

    # page 3
    banner(c, BAN)
    place(c, 36, H - 80, W - 72, 50, [P("Un regard citoyen qui ne se dément pas", H2)])
    left = [
        P("La question n'est pas neuve. En 2008, 86" + NB + "% des Français jugeaient urgent de créer des "
          "partenariats entre associations et entreprises ; ils étaient encore 84" + NB + "% à le penser en "
          "2012."),
        Spacer(1, 5),
        P("Ces mesures encadrent le programme ARPEA, dont les 10 volets ont couvert aussi bien le grand public "
          "que les entreprises, les associations et les collectivités."),
    ]
    right = [
        P("PHARE-Citoyens reformule la question autour du devoir d'alliance. Avec 69" + NB + "% d'adhésion, "
          "l'idée reste majoritaire, même si l'écart avec les chiffres d'ARPEA tient d'abord à la différence "
          "de formulation."),
        Spacer(1, 5),
        P("Ceux qui répondent ainsi ne réclament pas moins d'État : ils demandent que chacun prenne sa part."),
    ]
    place(c, 36, H - 300, colw, 220, left)
    place(c, 36 + colw + 18, H - 300, colw, 220, right)
    box = Table([[[P("Méthode", H3),
                   P("PHARE-Citoyens : plus de 2 000 personnes interrogées en septembre 2015.", BODY_L),
                   P("ARPEA-Citoyens : vagues de 2008 et de 2012.", BODY_L),
                   Spacer(1, 4),
                   P("Sources : Observatoire des partenariats, programmes ARPEA (2008-2012) et PHARE "
                     "(2013-2018).", SMALL)]]],
                colWidths=[W - 72],
                style=[("BACKGROUND", (0, 0), (-1, -1), SAND), ("LEFTPADDING", (0, 0), (-1, -1), 10),
                       ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)])
    place(c, 36, H - 440, W - 72, 130, [box])
    footer(c, FOOT, "page 3 sur 3")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# 02 - Rapport d'activité (4 pages, two columns, key-figure grid, table, footnotes)
# ---------------------------------------------------------------------------------------------
def doc02():
    c = new_canvas("obs-o-02-rapport-activite-rameau.pdf", "Le RAMEAU - Rapport d'activité 2021-2022")
    BAN = "LE RAMEAU · RAPPORT D'ACTIVITÉ"
    FOOT = "Le RAMEAU · Rapport d'activité 2021-2022"
    colw = (W - 72 - 20) / 2

    # page 1
    banner(c, BAN, color=ORANGE)
    place(c, 36, H - 120, W - 72, 90, [
        P("Ce que la recherche partenariale a construit", H1),
        Spacer(1, 4),
        P("Exercice 2021-2022 · édition de septembre 2022", EDITION),
    ])
    kw = (W - 72) / 4
    place(c, 36, H - 215, W - 72, 95, [
        keybox([
            ("2006", "création du RAMEAU, association d'intérêt général"),
            ("+ de 1" + NB + "000", "exemples inspirants recensés"),
            ("15 ans", "de recherche empirique"),
            ("5 ans", "d'étude d'impact"),
        ], [kw] * 4, bg=SAND),
    ])
    place(c, 36, H - 265, W - 72, 45, [
        P("Laboratoire de recherche empirique, Le RAMEAU s'est donné trois missions ; témoigner de ce qui se "
          "construit sur le terrain est l'une d'elles.", st("lead2", fontName="DV-I", fontSize=10,
                                                              leading=13.5)),
    ])
    left = [
        P("Une gouvernance resserrée", H2),
        P("Charles-Benoît Heidsieck a fondé l'association ; Laurence Weber en assure la direction générale."),
        Spacer(1, 4),
        P("L'Observatoire des partenariats est né en 2008 d'une initiative commune de la Caisse des Dépôts et "
          "du RAMEAU, avec le MEDEF et le Mouvement associatif pour partenaires."),
        Spacer(1, 4),
        P("Une date concurrente circule : le rapport quinquennal du 11 décembre 2012 évoque un « Observatoire "
          "national » créé en 2007."),
    ]
    right = [
        P("Des plans quinquennaux successifs", H2),
        P("Anne Robin, fondatrice de COMISIS, en assure bénévolement la direction scientifique."),
        Spacer(1, 4),
        P("ARPEA a couvert les années 2008 à 2012 ; PHARE a pris le relais de 2013 à 2018, avant qu'IMPACT, "
          "lancé en novembre 2017, n'ouvre la période 2018-2022."),
        Spacer(1, 4),
        P("ARPEA comptait 10 volets. PHARE en a publié 6 : Citoyens, Entreprises et Associations à l'automne "
          "2015, puis 13 rapports régionaux en 2016, des diagnostics sectoriels et le volet Institutions."),
    ]
    place(c, 36, 50, colw, H - 325, left)
    place(c, 36 + colw + 20, 50, colw, H - 325, right)
    c.setStrokeColor(ORANGE)
    c.line(36 + colw + 10, 300, 36 + colw + 10, H - 275)
    footer(c, FOOT, "p. 1")
    c.showPage()

    # page 2
    banner(c, BAN, color=ORANGE)
    t = grid([
        ["Programme", "Période", "Volets ou axes", "Temps fort"],
        ["ARPEA", "2008-2012", "10 volets", "rapport quinquennal (11/12/2012)"],
        ["PHARE", "2013-2018", "6 volets", "PHARE-Institutions (29/11/2016)"],
        ["IMPACT", "2018-2022", "3 axes", "lancement (novembre 2017)"],
    ], [90, 90, 100, W - 72 - 280], align_last=None)
    place(c, 36, H - 235, W - 72, 205, [
        P("Les programmes de l'Observatoire", H2),
        P("Repères : plans quinquennaux, volets et temps forts", H3),
        t,
        Spacer(1, 8),
        P("IMPACT associe la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste, la "
          "Fondation TOTAL et Le RAMEAU. Innovation sociétale et territoriale, performance des organisations, "
          "confiance : ses axes donnent aussi leurs noms aux indicateurs."),
        Spacer(1, 4),
        P("PHARE-Institutions, paru le 29 novembre 2016, distingue cinq profils de maires."),
    ])
    left = [
        P("De la mission ministérielle à la loi", H2),
        P("Lors du FNAF 2019, Gabriel Attal a confié à Cathy Racon-Bouzon et à Charles-Benoît Heidsieck une "
          "mission sur les alliances d'intérêt général."),
        Spacer(1, 4),
        P("Leur rapport a été remis le 7 mai 2020 ; le bilan a suivi le 17 octobre 2020."),
        Spacer(1, 4),
        P("La feuille de route ministérielle qui en est issue compte 21 mesures."),
    ]
    right = [
        Spacer(1, 20),
        P("Une proposition de loi sur le « droit de l'alliance d'intérêt général », portée par Cathy "
          "Racon-Bouzon et déposée en février, a ensuite été agréée par le Bureau de l'Assemblée nationale."),
        Spacer(1, 8),
        Table([[P("Ce que disent les enquêtes : 81" + NB + "% des Français ressentent un « devoir d'alliance », "
                  "92" + NB + "% des maires un « besoin d'alliance » et 84" + NB + "% des dirigeants "
                  "d'entreprises une « envie d'alliance ».", st("call", fontName="DV-B", fontSize=9.5,
                                                                leading=12.5, textColor=TEAL))]],
              colWidths=[colw], style=[("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                                       ("TOPPADDING", (0, 0), (-1, -1), 8),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]),
    ]
    place(c, 36, 50, colw, H - 300, left)
    place(c, 36 + colw + 20, 50, colw, H - 300, right)
    footer(c, FOOT, "p. 2")
    c.showPage()

    # page 3
    banner(c, BAN, color=ORANGE)
    place(c, 36, H - 75, W - 72, 45, [P("Outiller les territoires", H2)])
    left = [
        P("Le Fonds ODD 17", H3),
        P("Le RAMEAU et la Fondation TotalEnergies ont co-créé le Fonds ODD 17 en 2020. Doté de 1,5 M€, il "
          "finance une expérimentation sur 3 ans."),
        Spacer(1, 4),
        P("L'expérimentation mobilise 350 « catalyseurs territoriaux »."),
        Spacer(1, 4),
        P("Les ressources sont rassemblées sur www.odd17.org, autour de la méthode M.E.D.O.C. : méthodes, "
          "exemples, données, outils, compétences."),
        Spacer(1, 4),
        P("Pour mémoire, l'ODD 17 se décline en 19 cibles, comme le rappelle la note du Comité 21 parue un "
          "5 juillet."),
    ]
    right = [
        P("Des données pour agir", H3),
        P("Au sortir de la crise sanitaire, l'Observatoire a inventorié plus de 250 données utiles aux "
          "décideurs."),
        Spacer(1, 4),
        P("Elles montrent que 81 % des Français et 84 % des dirigeants de TPE & PME jugent utile de "
          "co-construire pour rendre les territoires plus résilients après la Covid."),
        P("Les fondations, actrices des territoires", H3),
        P("L'étude IMPACT Fondations & Territoires, parue un 23 septembre, s'appuie sur l'avis de 42 "
          "fondations."),
        Spacer(1, 4),
        P("Une fiche acteur, « Dynamique d'engagement des Fondations », en tire les enseignements."),
    ]
    place(c, 36, 50, colw, H - 130, left)
    place(c, 36 + colw + 20, 50, colw, H - 130, right)
    footer(c, FOOT, "p. 3")
    c.showPage()

    # page 4
    banner(c, BAN, color=ORANGE)
    place(c, 36, H - 75, W - 72, 45, [P("Faire alliance, sur le terrain", H2)])
    left = [
        P("Née en 2010 après l'étude ARPEA-Collectivités locales (Comisis-OpinionWay), la démarche « Agir "
          "ensemble en Territoire » a été expérimentée en Alsace avec Alsace Active, en Poitou-Charentes avec "
          "le Groupe La Poste et à Paris-Est Marne & Bois."),
        Spacer(1, 4),
        P("Avec le CGET, Le RAMEAU a ensuite proposé un parcours d'expérience à 11 territoires "
          "pionniers<super>1</super>. La session d'ouverture s'est tenue un 3 mai."),
        P("La Charte du faire alliance", H3),
        P("Co-construite sous le pilotage de la Fondation des Territoires, la Charte du faire alliance a été "
          "présentée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice<super>2</super>. Elle se "
          "veut un « contrat de confiance » entre acteurs."),
    ]
    right = [
        P("La Fondation des Territoires", H3),
        P("Préfigurée à partir de juillet 2018, elle a été créée le 14 juin 2022 sous l'égide de la Fondation "
          "de Lille."),
        Spacer(1, 4),
        P("Elle compte 21 co-fondateurs et s'est fixé trois missions."),
    ]
    place(c, 36, 120, colw, H - 200, left)
    place(c, 36 + colw + 20, 120, colw, H - 200, right)
    place(c, 36, 44, W - 72, 40, [
        P("1 Une autre présentation du même parcours parle de 10 territoires pilotes.", NOTE),
        P("2 Le site associations.gouv.fr retient une autre date : le mardi 30 septembre.", NOTE),
    ])
    footer(c, FOOT, "p. 4")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# 03 - Diaporama (4 slides, 16:9, short lines, bar chart)
# ---------------------------------------------------------------------------------------------
def slide_frame(c, title, n):
    sw, sh = SLIDE
    c.setFillColor(TEAL)
    c.rect(0, sh - 58, sw, 58, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DV", 8)
    c.drawString(30, sh - 18, "OBSERVATOIRE DES PARTENARIATS · PROGRAMME IMPACT")
    c.setFont("DV-B", 19)
    c.drawString(30, sh - 45, title)
    c.setFillColor(GREY)
    c.setFont("DV", 7.5)
    c.drawString(30, 16, "Diaporama de restitution · Associations & Territoires")
    c.drawRightString(sw - 30, 16, "%d / 4" % n)
    c.setFillColor(colors.black)


SL = st("sl", fontSize=14, leading=19)
SLB = st("slb", fontSize=14, leading=19, leftIndent=16, bulletIndent=2)
SLBIG = st("slbig", fontName="DV-B", fontSize=44, leading=50, textColor=ORANGE)
SLCAP = st("slcap", fontSize=13, leading=17)


def doc03():
    c = new_canvas("obs-o-03-diaporama-associations-territoires.pdf",
                   "Associations & Territoires - diaporama de restitution", pagesize=SLIDE)
    sw, sh = SLIDE

    # slide 1
    c.setFillColor(SAND)
    c.rect(0, 0, sw, sh, stroke=0, fill=1)
    c.setFillColor(TEAL)
    c.setFont("DV", 9)
    c.drawString(40, sh - 40, "OBSERVATOIRE DES PARTENARIATS · PROGRAMME IMPACT")
    c.setFont("DV-B", 32)
    c.drawString(40, sh - 95, "Associations & Territoires")
    c.setFont("DV-I", 14)
    c.setFillColor(GREY)
    c.drawString(40, sh - 122, "Restitution de l'étude IMPACT 2021")
    place(c, 40, 80, 330, 200, [
        P("148" + NB + "000", SLBIG),
        P("associations employeuses : le champ de l'étude", SLCAP),
    ])
    place(c, 430, 80, 370, 200, [
        P("Trois questions :", st("q", fontName="DV-B", fontSize=15, leading=20, textColor=TEAL)),
        Paragraph("avec qui ?", SLB, bulletText="—"),
        Paragraph("à quelle échelle ?", SLB, bulletText="—"),
        Paragraph("sous quelle forme ?", SLB, bulletText="—"),
    ])
    c.setFillColor(GREY)
    c.setFont("DV", 7.5)
    c.drawString(30, 16, "Diaporama de restitution · Associations & Territoires")
    c.drawRightString(sw - 30, 16, "1 / 4")
    c.showPage()

    # slide 2
    slide_frame(c, "Avec qui ? Des partenariats presque partout", 2)
    place(c, 30, 120, 260, 260, [
        P("98%", SLBIG),
        P("des associations employeuses ont des partenaires", SLCAP),
    ])
    rows = [
        ["Collectivités territoriales", "89" + NB + "%"],
        ["Structures d'intérêt général", "73" + NB + "%"],
        ["Établissements scolaires", "70" + NB + "%"],
        ["Collectifs d'associations", "56" + NB + "%"],
        ["Acteurs publics nationaux", "52" + NB + "%"],
        ["Fédérations professionnelles", "37" + NB + "%"],
        ["Acteurs académiques", "35" + NB + "%"],
    ]
    t = grid(rows, [260, 70], header=False, font="DV", size=11)
    place(c, 330, 60, 480, 340, [
        P("Part des associations employeuses travaillant avec…", st("th", fontName="DV-B", fontSize=11,
                                                                    leading=14, textColor=TEAL)),
        Spacer(1, 6),
        t,
        Spacer(1, 10),
        P("Les collectivités restent le partenaire le plus cité.", st("tl", fontName="DV-I", fontSize=11,
                                                                      leading=14)),
    ])
    c.showPage()

    # slide 3
    slide_frame(c, "À quelle échelle ?", 3)
    place(c, 40, 170, 330, 220, [
        P("73" + NB + "%", SLBIG),
        P("agissent à l'échelle locale", SLCAP),
        Spacer(1, 10),
        P("47" + NB + "%", SLBIG),
        P("à l'échelle régionale", SLCAP),
    ])
    place(c, 430, 170, 380, 220, [
        B("L'ancrage local domine nettement.", SLB),
        B("Le niveau régional vient ensuite.", SLB),
    ])
    place(c, 40, 40, 760, 60, [
        P("Pour mémoire — étude Associations & Partenariats (2017) : 74" + NB + "% des associations citaient "
          "les collectivités comme partenaires.", st("pm", fontName="DV-I", fontSize=10.5, leading=13.5,
                                                     textColor=GREY)),
    ])
    c.showPage()

    # slide 4 (bar chart drawn on the canvas)
    slide_frame(c, "Sous quelle forme ?", 4)
    bars = [("Mécénat", 75), ("Innovation sociétale", 73), ("Pratiques responsables", 70),
            ("Coopération économique", 58)]
    y = sh - 110
    for label, v in bars:
        c.setFillColor(colors.black)
        c.setFont("DV", 12)
        c.drawString(40, y + 4, label)
        c.setFillColor(ORANGE)
        c.rect(230, y, v * 4.2, 18, stroke=0, fill=1)
        c.setFillColor(TEAL)
        c.setFont("DV-B", 12)
        c.drawString(236 + v * 4.2, y + 4, "%d" % v + NB + "%")
        y -= 40
    place(c, 40, 60, 760, 90, [
        P("Le mécénat arrive en tête, à 75" + NB + "%, mais les formes plus engagées suivent de près.", SL),
        Spacer(1, 6),
        P("Source : Observatoire des partenariats, étude IMPACT – Associations & Territoires, 2021. Champ : "
          "associations employeuses.", st("src", fontSize=8, leading=10, textColor=GREY)),
    ])
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# 04 - Lettre (3 pages, letter, side box, pull quote, table with remarks, agenda list)
# ---------------------------------------------------------------------------------------------
def doc04():
    c = new_canvas("obs-o-04-lettre-elus-locaux.pdf", "La Lettre de l'Observatoire n°27")
    BAN = "LA LETTRE DE L'OBSERVATOIRE DES PARTENARIATS"
    FOOT = "La Lettre n°27 · décembre 2024"

    # page 1
    banner(c, BAN)
    place(c, 36, H - 115, W - 72, 85, [
        P("N° 27 · Décembre 2024 · Spécial élus locaux", EDITION),
        Spacer(1, 4),
        P("Les maires voient leur territoire bouger", H1),
    ])
    letter = [
        P("Madame, Monsieur,", BODY_L),
        Spacer(1, 6),
        P("Cette lettre est consacrée à l'enquête IMPACTS & TRAJECTOIRES – Elus locaux, publiée en novembre "
          "2024."),
        Spacer(1, 4),
        P("Du 30 septembre au 28 octobre 2024, 302 maires ont répondu à nos questions par téléphone."),
        Spacer(1, 4),
        P("Leur constat est sans appel : 91" + NB + "% d'entre eux voient leur territoire en mouvement."),
        Spacer(1, 4),
        P("Le mouvement est fort pour 35" + NB + "% des maires interrogés ; 56" + NB + "% le jugent ni plus ni "
          "moins marqué qu'auparavant."),
        Spacer(1, 4),
        P("Nous vous souhaitons une bonne lecture."),
        Spacer(1, 8),
        P("L'équipe de l'Observatoire", st("sig", fontName="DV-I")),
    ]
    place(c, 36, H - 470, 330, 345, letter)
    side = Table([[[P("Qui a répondu ?", H3),
                    P("Parmi les répondants, 84" + NB + "% administrent une commune de moins de 2" + NB + "000 "
                      "habitants.", BODY_L),
                    Spacer(1, 4),
                    P("Enquête téléphonique, automne 2024.", SMALL)]]],
                 colWidths=[W - 72 - 350],
                 style=[("BACKGROUND", (0, 0), (-1, -1), SAND), ("TOPPADDING", (0, 0), (-1, -1), 8),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 10), ("LEFTPADDING", (0, 0), (-1, -1), 9)])
    place(c, 36 + 350, H - 330, W - 72 - 350, 200, [side])
    footer(c, FOOT, "1/3")
    c.showPage()

    # page 2
    banner(c, BAN)
    colw = (W - 72 - 20) / 2
    place(c, 36, H - 75, W - 72, 45, [P("Ce que disaient les enquêtes précédentes", H2)])
    left = [
        P("En novembre 2020, l'étude IMPACT-Elus locaux (Comisis-OpinionWay) montrait déjà que "
          "64" + NB + "% des élus locaux voulaient s'appuyer sur le « jouer collectif »."),
        Spacer(1, 4),
        P("À la même période, les maires étaient 92" + NB + "% à reconnaître l'utilité de la co-construction."),
        Spacer(1, 4),
        P("Dès 2016, PHARE-Institutions avait établi que 87" + NB + "% des maires voyaient dans les partenariats "
          "une source d'innovation."),
        Spacer(1, 4),
        P("L'étude distinguait aussi cinq profils de maires."),
    ]
    right = [
        P("« 64" + NB + "% des élus locaux veulent jouer collectif »", QUOTE),
        Spacer(1, 10),
        P("Le programme IMPACT éclaire une autre facette : 76" + NB + "% des maires estiment leur territoire "
          "engagé, tandis que 46" + NB + "% disent ne pas savoir piloter les partenariats."),
        Spacer(1, 4),
        P("La fiche-repère « Les dynamiques d'engagement des Collectivités territoriales », issue de l'étude de "
          "novembre 2020, présente ces résultats en détail."),
    ]
    place(c, 36, 60, colw, H - 140, left)
    place(c, 36 + colw + 20, 60, colw, H - 140, right)
    footer(c, FOOT, "2/3")
    c.showPage()

    # page 3
    banner(c, BAN)
    t = grid([
        ["Population", "Part", "Remarque"],
        ["Français", "74" + NB + "%", P("69" + NB + "% des citoyens dans une autre restitution<super>1</super>",
                                        CELL)],
        ["Dirigeants d'entreprise", "81" + NB + "%", ""],
        ["Responsables associatifs", "86" + NB + "%", ""],
        ["Maires", "87" + NB + "%", ""],
    ], [150, 60, W - 72 - 210], align_last=None)
    place(c, 36, H - 270, W - 72, 240, [
        P("Repères : les partenariats, source d'innovation", H2),
        P("Part de chaque population qui voit dans les partenariats une source d'innovation (programme "
          "IMPACT)", H3),
        t,
    ])
    place(c, 36, H - 470, W - 72, 190, [
        P("Dans nos archives", H2),
        B("15 novembre : le dossier n°628 de JURIS Associations est consacré aux alliances."),
        B("23 novembre : 3e dîner « Elus & Entreprises »."),
        B("26 novembre : 5e webinaire « l'ODD 17 en pratique » et parution du 11e rapport régional, consacré "
          "à la Normandie."),
        Spacer(1, 6),
        P("À lire : fiche-repère sur les collectivités territoriales, édition de novembre 2020."),
    ])
    place(c, 36, 44, W - 72, 30, [P("1 Site du réseau CRESOL, rubrique « mouvement ».", NOTE)])
    footer(c, FOOT, "3/3")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# 05 - Fiche territoire (3 pages, key figures, tables without % signs, numbered list)
# ---------------------------------------------------------------------------------------------
def doc05():
    c = new_canvas("obs-o-05-fiche-territoire-normandie.pdf", "Fiche territoire Normandie - mars 2017")
    BAN = "FICHE TERRITOIRE · NORMANDIE"
    FOOT = "Fiche territoire Normandie · mars 2017"
    colw = (W - 72 - 20) / 2

    # page 1
    banner(c, BAN, color=ORANGE)
    place(c, 36, H - 130, W - 72, 100, [
        P("Associations et entreprises : repères pour agir en Normandie", H1),
        Spacer(1, 4),
        P("Mise à jour de mars 2017 · Observatoire des partenariats", EDITION),
    ])
    place(c, 36, H - 200, W - 72, 65, [
        P("Le 26 novembre, la Normandie a fait l'objet du 11e rapport régional de l'Observatoire. Cette fiche "
          "le complète par les repères nationaux de l'étude Associations & Partenariats, conduite par "
          "Recherches & Solidarités et Le RAMEAU."),
    ])
    place(c, 36, H - 290, 250, 85, [
        keybox([("2,5", "partenaires en moyenne par association"),
                ("+ de 1" + NB + "380", "responsables associatifs interrogés")], [125, 125]),
    ])
    place(c, 36, H - 330, 250, 35, [
        P("Enquête réalisée en mai et juin 2016, résultats publiés en mars 2017.", SMALL),
    ])
    t = grid([
        ["Partenaire", "Part"],
        ["Collectivités", "74"],
        ["Associations et fondations", "72"],
        ["Établissements d'enseignement", "47"],
        ["Entreprises", "28"],
        ["Structures d'insertion", "22"],
        ["Organismes de recherche", "9"],
    ], [170, 50])
    place(c, 310, H - 420, W - 346, 215, [
        P("Les partenaires des associations (en % des associations)", H3),
        t,
    ])
    footer(c, FOOT, "1/3")
    c.showPage()

    # page 2
    banner(c, BAN, color=ORANGE)
    left = [
        P("Le poids du budget", H2),
        P("Parmi les associations dont le budget dépasse 150 000 €, 50 % ont noué un partenariat avec une "
          "entreprise. Elles ne sont que 20 % quand leur budget reste inférieur à 10 000 €."),
        P("Le regard des entreprises", H2),
        P("Selon une note du 29 février 2016, 37 % des entreprises d'au moins 10 salariés mènent un "
          "partenariat avec une association."),
        Spacer(1, 4),
        P("Côté associatif, la proportion atteint 38 %, et 53 % parmi les associations employeuses ; elle "
          "grimpe à 65 % chez les pionniers<super>1</super>."),
    ]
    t = grid([
        ["Position des entreprises", "Part"],
        ["Développent des partenariats", "21" + NB + "%"],
        ["Souhaitent en développer", "33" + NB + "%"],
        ["Ne le souhaitent pas", "46" + NB + "%"],
    ], [colw - 60, 60])
    right = [
        P("Un regard en arrière", H2),
        P("L'étude ARPEA Entreprises & Territoires, publiée en janvier 2011, classait les entreprises en trois "
          "groupes :"),
        Spacer(1, 6),
        t,
    ]
    place(c, 36, 90, colw, H - 120, left)
    place(c, 36 + colw + 20, 90, colw, H - 120, right)
    place(c, 36, 44, W - 72, 30, [
        P("1 Entreprises et associations les plus avancées dans leurs pratiques partenariales.", NOTE),
    ])
    footer(c, FOOT, "2/3")
    c.showPage()

    # page 3
    banner(c, BAN, color=ORANGE)
    place(c, 36, H - 330, W - 72, 300, [
        P("Pour agir en Normandie", H2),
        P("1. Repérer les acteurs déjà engagés sur le territoire.", BODY_L),
        P("2. Identifier un besoin partagé.", BODY_L),
        P("3. Choisir la forme d'alliance adaptée.", BODY_L),
        Spacer(1, 8),
        P("Rappel : entre 2008 et 2012, les enquêtes ARPEA estimaient que près de 46 % des associations étaient "
          "engagées avec une entreprise."),
        Spacer(1, 4),
        P("Le RAMEAU, qui a conduit des expérimentations auprès de plus de 500 organisations depuis 2006, "
          "propose des outils pour chacune de ces étapes."),
        Spacer(1, 8),
        P("Contacts et ressources : observatoire-des-partenariats.fr", SMALL),
    ])
    footer(c, FOOT, "3/3")
    c.showPage()
    c.save()


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    print("written 5 PDFs in", HERE)
