# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 demo PDFs of question set s17.

Run:  /work/main/.venv/bin/python make_docs.py
Writes obs-s17-NN-<slug>.pdf next to this script.  Facts come from
/work/shared/facts.md; every sentence is written for this set.
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FONT_DIR + "DejaVuSansCondensed.ttf"))
from reportlab.lib.fonts import addMapping  # noqa: E402

addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DVB")
addMapping("DV", 0, 1, "DVI")
addMapping("DV", 1, 1, "DVB")

# ---------------------------------------------------------------- styles
BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13, spaceAfter=6)
BODY_S = ParagraphStyle("bodys", parent=BODY, fontSize=8.8, leading=12)
LABEL = ParagraphStyle("label", fontName="DVB", fontSize=9, leading=11,
                       textColor=colors.HexColor("#8a2d1c"), spaceAfter=4)
TITLE = ParagraphStyle("title", fontName="DVB", fontSize=19, leading=23, spaceAfter=6)
EDITION = ParagraphStyle("edition", fontName="DVI", fontSize=9, leading=12,
                         textColor=colors.HexColor("#444444"), spaceAfter=12)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=14, spaceBefore=6,
                    spaceAfter=5, textColor=colors.HexColor("#1d4e63"))
H3 = ParagraphStyle("h3", fontName="DVB", fontSize=10, leading=13, spaceBefore=4, spaceAfter=3)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=14, bulletIndent=4, spaceAfter=3,
                        bulletFontName="DV")
FOOTNOTE = ParagraphStyle("fn", fontName="DV", fontSize=7.2, leading=9,
                          textColor=colors.HexColor("#333333"), spaceAfter=2)
BOXNUM = ParagraphStyle("boxnum", fontName="DVB", fontSize=20, leading=23, alignment=TA_CENTER,
                        textColor=colors.HexColor("#8a2d1c"))
BOXTXT = ParagraphStyle("boxtxt", fontName="DV", fontSize=8.5, leading=11, alignment=TA_CENTER)
CELL = ParagraphStyle("cell", fontName="DV", fontSize=8.6, leading=11)
CELLB = ParagraphStyle("cellb", fontName="DVB", fontSize=8.6, leading=11)


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items, style=BULLET, sym="•"):
    return [Paragraph(t, style, bulletText=sym) for t in items]


def keybox(pairs, width, color="#f3e7df"):
    """A row of key-figure boxes: pairs = [(figure, caption), ...]."""
    cells = [[Paragraph(f, BOXNUM) for f, _ in pairs],
             [Paragraph(c, BOXTXT) for _, c in pairs]]
    colw = width / len(pairs)
    t = Table(cells, colWidths=[colw] * len(pairs))
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(color)),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#8a2d1c")),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return t


def grid(rows, widths, header_bg="#1d4e63"):
    data = []
    for i, r in enumerate(rows):
        st = CELLB if i == 0 else CELL
        data.append([Paragraph(str(c), st) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_bg)),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef3f5")]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    # header paragraphs in white
    for c in data[0]:
        c.style = ParagraphStyle("hw", parent=CELLB, textColor=colors.white)
    return t


def make_doc(path, pagesize, templates, story, title):
    doc = BaseDocTemplate(path, pagesize=pagesize, pageTemplates=templates,
                          title=title, author="Observatoire des partenariats (démo)",
                          creator="make_docs.py", subject="", invariant=1)
    doc.build(story)


# =================================================================== DOC 1
def doc1():
    path = os.path.join(HERE, "obs-s17-01-associations-territoires.pdf")
    W, H = A4
    m = 2 * cm
    gap = 0.7 * cm
    colw = (W - 2 * m - gap) / 2
    top_h = 7.4 * cm

    def deco(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#1d4e63"))
        c.rect(0, H - 1.1 * cm, W, 1.1 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 8)
        c.drawString(m, H - 0.7 * cm, "PROGRAMME IMPACT  ·  CAHIER « ASSOCIATIONS & TERRITOIRES »")
        c.setFont("DV", 8)
        c.drawRightString(W - m, H - 0.7 * cm, "Observatoire des partenariats")
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.HexColor("#999999"))
        c.line(m, 1.5 * cm, W - m, 1.5 * cm)
        c.setFont("DV", 7.5)
        c.drawString(m, 1.0 * cm, "Le RAMEAU — Observatoire des partenariats — document de travail diffusé aux partenaires")
        c.setFont("DVB", 9)
        c.drawRightString(W - m, 1.0 * cm, "p. %d" % (d.page + 13))
        c.restoreState()

    f_top = Frame(m, H - 1.6 * cm - top_h, W - 2 * m, top_h, id="top", showBoundary=0)
    f_l1 = Frame(m, 1.9 * cm, colw, H - 1.6 * cm - top_h - 1.9 * cm, id="l1")
    f_r1 = Frame(m + colw + gap, 1.9 * cm, colw, H - 1.6 * cm - top_h - 1.9 * cm, id="r1")
    f_one = Frame(m, 1.9 * cm, W - 2 * m, H - 1.6 * cm - 1.9 * cm, id="one")
    f_l = Frame(m, 1.9 * cm, colw, H - 1.6 * cm - 1.9 * cm, id="l")
    f_r = Frame(m + colw + gap, 1.9 * cm, colw, H - 1.6 * cm - 1.9 * cm, id="r")
    tpls = [
        PageTemplate("cover", [f_top, f_l1, f_r1], onPage=deco),
        PageTemplate("one", [f_one], onPage=deco),
        PageTemplate("two", [f_l, f_r], onPage=deco),
    ]
    s = []
    # ---- page 1 (printed p. 14)
    s += [P("ÉTUDE", LABEL),
          P("Associations &amp; Territoires : quand l’alliance devient un réflexe", TITLE),
          P("Troisième cahier thématique du programme IMPACT — version mise en circulation auprès "
            "des membres du comité de pilotage", EDITION),
          keybox([("148 000", "associations employeuses dans le champ de l’étude"),
                  ("98 %", "déclarent au moins un partenariat"),
                  ("3", "axes d’analyse : innovation, performance, confiance")], W - 2 * m),
          FrameBreak()]
    s += [P("Pourquoi ce cahier ?", H2),
          P("Le programme IMPACT est le troisième plan de travail de l’Observatoire des partenariats. "
            "Il associe au RAMEAU la Caisse des Dépôts, l’Institut CDC pour la Recherche, le Groupe "
            "La Poste et la Fondation TOTAL. Ensemble, ces partenaires cherchent à mesurer ce que les "
            "alliances changent réellement sur le terrain."),
          P("Trois angles structurent la lecture des résultats : l’innovation sociétale et territoriale, "
            "la performance des organisations et, enfin, la confiance entre acteurs. Ce cahier applique "
            "cette grille au monde associatif."),
          P("Qui a-t-on regardé ?", H2),
          P("Le périmètre retenu est celui des associations qui rémunèrent au moins une personne. "
            "En France, elles sont 148 000."),
          P("Ce sont elles qui portent l’essentiel de l’emploi associatif et qui, par leur taille, "
            "ont le plus souvent l’occasion de travailler avec d’autres organisations."),
          FrameBreak(),
          P("Un premier constat", H2),
          P("La question de départ était simple : l’association entretient-elle au moins une relation "
            "suivie avec un acteur extérieur, qu’il soit public, privé ou associatif ? La réponse l’est "
            "tout autant. Presque toutes répondent oui. La proportion atteint en effet 98 %."),
          P("Le partenariat n’est donc plus une pratique réservée à quelques pionnières : il fait partie "
            "du fonctionnement ordinaire des structures employeuses. Reste à savoir avec qui elles "
            "s’allient, à quelle échelle, et pour faire quoi. Les pages suivantes répondent à ces "
            "trois questions dans cet ordre."),
          P("Une précision de méthode s’impose avant d’entrer dans le détail. Chaque association "
            "pouvait citer plusieurs catégories de partenaires : les pourcentages qui suivent ne "
            "s’additionnent donc pas.", BODY_S),
          NextPageTemplate("one"), PageBreak()]
    # ---- page 2 (printed p. 15)
    rows = [["Catégorie de partenaire", "Part des associations employeuses", "Rang"],
            ["Collectivités territoriales", "89 %", "1"],
            ["Structures d’intérêt général (autres associations, fondations…)", "73 %", "2"],
            ["Établissements scolaires", "70 %", "3"],
            ["Collectifs d’associations", "56 %", "4"],
            ["Acteurs publics nationaux", "52 %", "5"],
            ["Fédérations professionnelles", "37 %", "6"],
            ["Acteurs académiques (universités, laboratoires)", "35 %", "7"]]
    s += [P("1. Avec qui ?", H2),
          P("Le tableau ci-dessous se lit ligne par ligne : pour chaque famille d’acteurs, la deuxième "
            "colonne indique quelle part des associations employeuses déclare travailler avec elle."),
          grid(rows, [9.5 * cm, 5 * cm, 2.5 * cm]),
          Spacer(1, 4),
          P("<i>Lecture : 56 % des associations employeuses coopèrent avec un collectif d’associations.</i>",
            BODY_S),
          P("Les partenaires publics de proximité dominent largement. Les acteurs académiques ferment "
            "la marche, juste derrière les fédérations professionnelles : ces derniers restent des "
            "interlocuteurs minoritaires, alors même que les associations disent manquer d’outils "
            "d’évaluation."),
          P("2. À quelle échelle ?", H2),
          P("La question de l’échelle a ensuite été posée aux mêmes répondants. Le niveau local domine "
            "nettement. Il rassemble 73 % des associations partenaires."),
          P("L’échelon régional vient loin derrière. Lui ne concerne que 47 % d’entre elles, ce qui "
            "confirme que l’alliance associative se construit d’abord à portée de main."),
          NextPageTemplate("two"), PageBreak()]
    # ---- page 3 (printed p. 16)
    s += [P("3. Pour faire quoi ?", H2),
          P("Les partenariats ne se ressemblent pas tous. L’étude distingue quatre grandes manières de "
            "travailler ensemble, qui peuvent coexister au sein d’une même association<super>1</super> :"),
          ] + bullets([
              "le mécénat, qu’il soit financier, en nature ou de compétences : 75 % ;",
              "l’innovation sociétale, autrement dit la co-construction de réponses nouvelles à un "
              "besoin du territoire : 73 % ;",
              "les pratiques responsables, lorsque l’association aide un partenaire à faire évoluer "
              "ses propres pratiques : 70 % ;",
              "la coopération économique, qui passe par des achats, des services ou des projets "
              "partagés : 58 %.",
          ]) + [
          P("Ce classement surprendra ceux qui réduisent encore la relation association-entreprise à "
            "un chèque. Le mécénat reste certes la forme la plus courante, mais l’innovation le talonne."),
          FrameBreak(),
          P("Ce que disent les responsables", H3),
          P("Les entretiens qualitatifs menés en complément font ressortir une même idée : le partenariat "
            "est vécu comme un moyen de mieux répondre aux besoins des habitants, pas comme une fin. "
            "Plusieurs responsables insistent sur le temps nécessaire pour bâtir la confiance<super>2</super>."),
          P("Ils soulignent aussi une difficulté récurrente : mesurer les effets. Peu d’associations "
            "disposent d’indicateurs partagés avec leurs partenaires, et celles qui en ont les ont "
            "souvent construits elles-mêmes."),
          Spacer(1, 8),
          P("<super>1</super> Plusieurs réponses étaient possibles : la somme des pourcentages dépasse 100.",
            FOOTNOTE),
          P("<super>2</super> La confiance est l’un des trois axes du programme IMPACT ; elle fera "
            "l’objet d’un cahier distinct.", FOOTNOTE),
          NextPageTemplate("one"), PageBreak()]
    # ---- page 4 (printed p. 17)
    rows2 = [["Partenaire cité", "Part des associations"],
             ["Collectivités", "74 %"],
             ["Autres associations ou fondations", "72 %"],
             ["Établissements d’enseignement", "47 %"],
             ["Entreprises", "28 %"],
             ["Structures d’insertion", "22 %"],
             ["Organismes de recherche", "9 %"]]
    s += [P("Pour mémoire : un regard plus ancien", H2),
          P("Une enquête antérieure permet de remettre ces résultats en perspective. Elle a été publiée "
            "en mars 2017 sous le titre « Associations &amp; Partenariats ». Recherches &amp; Solidarités "
            "l’a réalisée avec Le RAMEAU."),
          P("Le questionnaire avait circulé en mai-juin 2016. Plus de 1 380 responsables associatifs y "
            "ont répondu, toutes tailles d’associations confondues."),
          P("Son enseignement principal tient en un chiffre : une association travaille en moyenne avec "
            "2,5 partenaires. Le détail par type de partenaire figure ci-dessous."),
          grid(rows2, [9 * cm, 5 * cm], header_bg="#8a2d1c"),
          Spacer(1, 6),
          P("La taille budgétaire pèse lourd sur la relation avec les entreprises. Parmi les associations "
            "dont le budget dépasse 150 000 €, la moitié (50 %) a noué un tel partenariat. Sous le seuil "
            "de 10 000 €, elles ne sont que 20 %."),
          P("<b>Attention aux comparaisons.</b> Les deux enquêtes n’interrogent pas la même population : "
            "l’étude IMPACT se limite aux associations employeuses, alors que celle de 2017 inclut les "
            "associations sans salarié. Les écarts observés, notamment pour les collectivités, tiennent "
            "en grande partie à cette différence de champ.", BODY_S),
          ]
    make_doc(path, A4, tpls, s, "Associations & Territoires")


# =================================================================== DOC 2
def doc2():
    path = os.path.join(HERE, "obs-s17-02-phare-citoyens.pdf")
    W, H = A4
    m = 2.2 * cm

    def deco(c, d):
        c.saveState()
        c.setStrokeColor(colors.HexColor("#2f6b3a"))
        c.setLineWidth(3)
        c.line(m, H - 1.3 * cm, W - m, H - 1.3 * cm)
        c.setFont("DVB", 8)
        c.setFillColor(colors.HexColor("#2f6b3a"))
        c.drawString(m, H - 1.1 * cm, "FICHES REPÈRES DE L’OBSERVATOIRE")
        c.setFont("DV", 8)
        c.drawRightString(W - m, H - 1.1 * cm, "Série PHARE")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DVI", 7.5)
        side = "recto" if d.page == 1 else "verso"
        c.drawString(m, 1.1 * cm, "Fiche repère n° 7 — %s" % side)
        c.drawRightString(W - m, 1.1 * cm, "www.lerameau.fr — reproduction libre avec mention de la source")
        c.restoreState()

    f = Frame(m, 1.8 * cm, W - 2 * m, H - 1.6 * cm - 1.8 * cm, id="f")
    tpls = [PageTemplate("p", [f], onPage=deco)]
    s = [P("FICHE REPÈRE", LABEL),
         P("Ce que les citoyens attendent des alliances", TITLE),
         P("Volet « Citoyens » du programme PHARE — résultats rendus publics en septembre 2015", EDITION),
         P("Pour ce volet, l’Observatoire a voulu entendre le grand public. Plus de 2 000 personnes ont été "
           "interrogées sur les sujets qui les préoccupent et sur le rôle qu’elles prêtent aux partenariats "
           "entre associations, entreprises et pouvoirs publics."),
         keybox([("69 %", "des Français voient dans l’alliance entre acteurs un devoir"),
                 ("7,1 / 10", "l’importance accordée à l’emploi, enjeu n° 1"),
                 ("49 %", "jugent fort l’impact des partenariats sur l’emploi")], 16.6 * cm,
                color="#e4efe5"),
         Spacer(1, 10),
         P("Les enjeux jugés prioritaires", H2),
         P("Chaque répondant notait de 0 à 10 l’importance de plusieurs enjeux pour son territoire. "
           "Les moyennes obtenues sont les suivantes."),
         grid([["Enjeu", "Note moyenne (sur 10)"],
               ["Emploi", "7,1"],
               ["Pouvoir d’achat", "6,6"],
               ["Sécurité", "6,6 (a)"],
               ["Développement économique", "6,5"],
               ["Environnement", "6,3"],
               ["Exclusion", "6,3"]], [9 * cm, 5 * cm], header_bg="#2f6b3a"),
         P("(a) Une autre présentation publique de la même enquête arrondit ce score à 7/10.", FOOTNOTE),
         Spacer(1, 6),
         P("Là où les partenariats font la différence", H2),
         P("On a ensuite demandé aux mêmes personnes sur quels sujets les alliances pèsent vraiment. "
           "L’emploi arrive encore en tête : 49 % des répondants y voient un impact fort. Vient ensuite "
           "le développement économique. Pour lui, la part atteint 46 %."),
         P("L’environnement suit avec 42 %. La précarité et l’éducation ferment la marche, à égalité, "
           "avec 36 % chacune."),
         PageBreak(),
         P("PHARE en six volets", H2),
         P("Le programme PHARE a succédé à ARPEA. Il s’est déployé en plusieurs publications "
           "successives, que l’on peut rappeler dans l’ordre :"),
         ] + bullets([
             "le volet Citoyens, en septembre 2015 ;",
             "le volet Entreprises, en octobre 2015 ;",
             "le volet Associations, en novembre 2015 ;",
             "13 rapports régionaux, échelonnés au cours de l’année 2016 ;",
             "des diagnostics sectoriels, en juillet 2016 ;",
             "le volet Institutions, à l’automne 2016.",
         ]) + [
         P("Le volet Institutions", H2),
         P("Dernier de la série, ce volet s’est intéressé aux élus. Il a été rendu public le 29 novembre 2016. "
           "Ce dernier propose une typologie des maires qui distingue 5 profils, selon leur manière "
           "d’envisager la coopération avec les acteurs de leur commune."),
         P("Il confirme un large consensus : 87 % des maires considèrent les partenariats comme une source "
           "d’innovation pour leur territoire. Les autres volets aboutissaient à des niveaux proches chez "
           "les dirigeants d’entreprise (81 %) et chez les responsables associatifs (86 %)."),
         P("Ce qu’il faut retenir", H3),
         ] + bullets([
             "les citoyens placent l’emploi au premier rang de leurs préoccupations ;",
             "ils attendent des alliances qu’elles agissent d’abord sur ce terrain ;",
             "les élus, les dirigeants et les responsables associatifs partagent ce diagnostic.",
         ], sym="–")
    make_doc(path, A4, tpls, s, "PHARE-Citoyens")


# =================================================================== DOC 3 (slides)
def doc3():
    path = os.path.join(HERE, "obs-s17-03-elus-locaux-2024.pdf")
    W, H = landscape(A4)
    m = 1.8 * cm
    SL_T = ParagraphStyle("slt", fontName="DVB", fontSize=24, leading=28,
                          textColor=colors.HexColor("#5b2a86"), spaceAfter=14)
    SL_L = ParagraphStyle("sll", fontName="DV", fontSize=17, leading=24, spaceAfter=6,
                          leftIndent=22, bulletIndent=4, bulletFontName="DV")
    SL_S = ParagraphStyle("sls", fontName="DVI", fontSize=11, leading=14,
                          textColor=colors.HexColor("#555555"), spaceBefore=10)
    COV_T = ParagraphStyle("covt", fontName="DVB", fontSize=30, leading=36, alignment=TA_LEFT,
                           textColor=colors.white, spaceAfter=12)
    COV_S = ParagraphStyle("covs", fontName="DV", fontSize=14, leading=18, textColor=colors.white,
                           spaceAfter=8)

    def deco_cover(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#5b2a86"))
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#f2b705"))
        c.rect(0, 2.2 * cm, W, 0.25 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV", 9)
        c.drawString(m, 1.2 * cm, "Observatoire des partenariats · Le RAMEAU")
        c.restoreState()

    def deco(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#f2b705"))
        c.rect(0, H - 0.5 * cm, W, 0.5 * cm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#5b2a86"))
        c.setFont("DV", 8)
        c.drawString(m, 0.9 * cm, "IMPACTS & TRAJECTOIRES — Élus locaux · restitution")
        c.setFont("DVB", 10)
        c.drawRightString(W - m, 0.9 * cm, "%d" % (d.page - 1))
        c.restoreState()

    fc = Frame(m, 3 * cm, W - 2 * m, H - 5 * cm, id="c")
    fs = Frame(m, 1.6 * cm, W - 2 * m, H - 2.6 * cm, id="s")
    tpls = [PageTemplate("cover", [fc], onPage=deco_cover),
            PageTemplate("slide", [fs], onPage=deco)]
    B = lambda t: Paragraph(t, SL_L, bulletText="▸")  # noqa: E731
    s = [P("DIAPORAMA", ParagraphStyle("lab", parent=LABEL, textColor=colors.HexColor("#f2b705"),
                                        fontSize=12)),
         P("IMPACTS &amp; TRAJECTOIRES<br/>Élus locaux", COV_T),
         P("Restitution de l’enquête auprès des maires — séance de novembre 2024", COV_S),
         P("Support de présentation : chiffres clés et repères", COV_S),
         NextPageTemplate("slide"), PageBreak(),
         # slide 1
         P("Qui a répondu ?", SL_T),
         B("302 maires interrogés"),
         B("Entretiens conduits par téléphone"),
         B("Terrain : du 30 septembre au 28 octobre 2024"),
         B("Un panel à dominante rurale"),
         B("84 % des répondants : communes de moins de 2 000 habitants"),
         P("Ce profil reflète la géographie communale française, où les petites communes sont les plus "
           "nombreuses.", SL_S),
         PageBreak(),
         # slide 2
         P("Un territoire qui bouge ?", SL_T),
         B("Question posée : votre territoire est-il en mouvement ?"),
         B("Réponse positive : 91 % des maires"),
         B("… dont « fortement » : 35 %"),
         B("… dont « ni plus ni moins qu’avant » : 56 %"),
         P("La dynamique est largement partagée, mais elle est le plus souvent décrite comme régulière "
           "plutôt que spectaculaire.", SL_S),
         PageBreak(),
         # slide 3
         P("Repères des travaux précédents", SL_T),
         B("Novembre 2020 : étude IMPACT-Élus locaux (Comisis-OpinionWay)"),
         B("Elle a nourri la fiche repère « Les dynamiques d’engagement des Collectivités territoriales »"),
         B("76 % des maires décrivent leur territoire comme engagé"),
         B("Mais 46 % disent ne pas savoir piloter ces dynamiques"),
         B("64 % des élus locaux veulent s’appuyer sur le « jouer collectif »"),
         P("Sources : publications de l’Observatoire des partenariats antérieures à 2024.", SL_S),
         PageBreak(),
         # slide 4
         P("Et maintenant ?", SL_T),
         B("Partager ces résultats avec les associations d’élus"),
         B("Outiller les maires qui veulent passer de l’envie à l’action"),
         B("Croiser avec les réponses des entreprises et des associations"),
         B("Revenir vers les communes répondantes pour suivre les trajectoires"),
         P("Prochaine restitution prévue après l’analyse croisée des trois publics.", SL_S),
         ]
    make_doc(path, landscape(A4), tpls, s, "IMPACTS & TRAJECTOIRES - Elus locaux")


# =================================================================== DOC 4
def doc4():
    path = os.path.join(HERE, "obs-s17-04-reperes-historiques.pdf")
    W, H = A4
    m = 2.4 * cm
    ROMAN = {1: "i", 2: "ii", 3: "iii"}

    def deco(c, d):
        c.saveState()
        c.setFont("DVI", 8)
        c.setFillColor(colors.HexColor("#666666"))
        c.drawCentredString(W / 2, H - 1.2 * cm, "Note interne — Repères sur l’histoire de l’Observatoire des partenariats")
        c.setStrokeColor(colors.HexColor("#bbbbbb"))
        c.line(m, H - 1.4 * cm, W - m, H - 1.4 * cm)
        c.line(m, 1.6 * cm, W - m, 1.6 * cm)
        c.setFont("DV", 7.5)
        c.drawString(m, 1.1 * cm, "Le RAMEAU · usage documentaire")
        c.setFont("DVB", 9)
        c.drawRightString(W - m, 1.1 * cm, "— %s —" % ROMAN.get(d.page, str(d.page)))
        c.restoreState()

    f = Frame(m, 2.0 * cm, W - 2 * m, H - 1.8 * cm - 2.0 * cm, id="f")
    tpls = [PageTemplate("p", [f], onPage=deco)]
    s = [P("NOTE", LABEL),
         P("D’un laboratoire à un observatoire : repères 2006-2022", TITLE),
         P("Mise à jour réalisée après la création de la Fondation des Territoires", EDITION),
         P("Les origines", H2),
         P("Le RAMEAU voit le jour en 2006. Il s’agit d’une association reconnue d’intérêt général qui "
           "se présente volontiers comme un « laboratoire de recherche empirique » consacré aux "
           "alliances entre organisations de natures différentes."),
         P("Son président-fondateur est Charles-Benoît Heidsieck. La direction générale est assurée par "
           "Laurence Weber."),
         P("Deux ans plus tard naît l’Observatoire des partenariats. La Caisse des Dépôts et Le RAMEAU "
           "le fondent en 2008, avec l’appui du MEDEF et du Mouvement associatif<super>1</super>."),
         P("La direction scientifique", H2),
         P("Dès l’origine, les travaux de l’Observatoire sont encadrés par une direction scientifique. "
           "Elle est confiée à Anne Robin, fondatrice du cabinet COMISIS. Elle exerce cette fonction à "
           "titre bénévole, ce qui garantit une certaine distance vis-à-vis des commanditaires."),
         P("Ce dispositif, modeste en apparence, a permis de maintenir une méthode stable d’une enquête "
           "à l’autre et de comparer les résultats dans le temps."),
         Spacer(1, 30),
         P("<super>1</super> Certains documents plus anciens, notamment des publications de 2011 et 2012, "
           "indiquent que l’« Observatoire national des partenariats associations / entreprises » a été "
           "créé en 2007.", FOOTNOTE),
         PageBreak(),
         P("Trois programmes quinquennaux", H2),
         P("Depuis sa création, l’Observatoire organise son travail en cycles d’environ cinq ans. "
           "Le tableau ci-dessous les résume."),
         grid([["Programme", "Période", "Repère marquant"],
               ["ARPEA", "2008-2012", "Rapport quinquennal présenté le 11 décembre 2012 ; 10 volets"],
               ["PHARE", "2013-2018 (2)", "Six volets publiés entre 2015 et 2016"],
               ["IMPACT", "2018-2022", "Lancé en novembre 2017"]],
              [3 * cm, 3.4 * cm, 9.8 * cm], header_bg="#444444"),
         Spacer(1, 8),
         P("Le sigle ARPEA mérite une précision. Dans le rapport quinquennal, il désigne l’« Analyse des "
           "Relations et des Partenariats entre Entreprises et Associations ». D’autres supports en "
           "donnent une formulation légèrement différente, sans que le sens en soit modifié."),
         P("Entre deux programmes, les pouvoirs publics se sont saisis du sujet. La ministre Valérie "
           "Fourneyron a demandé un état des lieux des partenariats entre associations et entreprises ; "
           "ce rapport a été publié au début de 2014."),
         Spacer(1, 20),
         P("(2) Certaines présentations datent ce programme de 2013 à 2017.", FOOTNOTE),
         PageBreak(),
         P("Vers une reconnaissance publique", H2),
         P("En 2019, à l’occasion du Forum national des associations et fondations, Gabriel Attal confie "
           "une mission sur le sujet à deux personnalités : la députée Cathy Racon-Bouzon et "
           "Charles-Benoît Heidsieck. Leur rapport a été remis le 7 mai 2020. Un bilan d’étape a suivi, "
           "le 17 octobre 2020."),
         P("Cette dernière a ensuite porté une proposition de loi consacrant un « droit de l’alliance "
           "d’intérêt général ». En parallèle, une feuille de route ministérielle a fixé 21 mesures."),
         P("La Fondation des Territoires", H2),
         P("Sa préfiguration commence en juillet 2018 et se déroule en trois étapes. Elle est officiellement "
           "créée le 14 juin 2022, sous l’égide de la Fondation de Lille."),
         P("Le tour de table réunit 21 co-fondateurs. Quelques mois plus tôt, la fondation avait piloté "
           "trois mois de co-construction qui ont abouti à la Charte du faire alliance."),
         P("Celle-ci a été dévoilée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice "
           "(Paris-Est Marne &amp; Bois). Ses promoteurs la décrivent comme un « contrat de confiance »."),
         ]
    make_doc(path, A4, tpls, s, "Reperes historiques")


# =================================================================== DOC 5
def doc5():
    path = os.path.join(HERE, "obs-s17-05-bulletin-veille.pdf")
    W, H = A4
    m = 1.7 * cm
    gap = 0.6 * cm
    colw = (W - 2 * m - gap) / 2
    head_h = 4.0 * cm
    NEWS = ParagraphStyle("news", fontName="DVB", fontSize=10.5, leading=13, spaceBefore=6,
                          spaceAfter=3, textColor=colors.HexColor("#0b5f73"))
    DATE = ParagraphStyle("date", fontName="DVI", fontSize=7.8, leading=10, spaceAfter=3,
                          textColor=colors.HexColor("#777777"))

    def deco(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#0b5f73"))
        c.rect(m, H - 1.25 * cm, W - 2 * m, 0.45 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 8)
        c.drawString(m + 0.2 * cm, H - 1.1 * cm, "VEILLE PARTENARIALE")
        c.drawRightString(W - m - 0.2 * cm, H - 1.1 * cm, "Sélection commentée de l’Observatoire")
        c.setFillColor(colors.HexColor("#0b5f73"))
        c.setFont("DV", 7.5)
        c.drawString(m, 1.0 * cm, "Bulletin de veille — diffusion restreinte aux partenaires du réseau")
        c.drawRightString(W - m, 1.0 * cm, "feuillet %d/3" % d.page)
        c.restoreState()

    fh = Frame(m, H - 1.5 * cm - head_h, W - 2 * m, head_h, id="h")
    fl1 = Frame(m, 1.5 * cm, colw, H - 1.5 * cm - head_h - 1.5 * cm, id="l1")
    fr1 = Frame(m + colw + gap, 1.5 * cm, colw, H - 1.5 * cm - head_h - 1.5 * cm, id="r1")
    fl = Frame(m, 1.5 * cm, colw, H - 1.5 * cm - 1.5 * cm, id="l")
    fr = Frame(m + colw + gap, 1.5 * cm, colw, H - 1.5 * cm - 1.5 * cm, id="r")
    tpls = [PageTemplate("first", [fh, fl1, fr1], onPage=deco),
            PageTemplate("next", [fl, fr], onPage=deco)]
    s = [P("BULLETIN DE VEILLE", LABEL),
         P("Alliances, ODD 17 et territoires : ce qu’il fallait lire", TITLE),
         P("Numéro de rentrée — compilation des signaux repérés par l’équipe", EDITION),
         NextPageTemplate("next"),
         FrameBreak(),
         # --- col 1, page 1
         P("Entreprises : un tiers en attente", NEWS),
         P("Rappel d’étude — ARPEA Entreprises &amp; Territoires, janvier 2011", DATE),
         P("L’étude interrogeait les entreprises sur leurs relations avec les associations. À l’époque, "
           "21 % d’entre elles déclaraient déjà développer des partenariats."),
         P("Un deuxième groupe n’attendait qu’une occasion : 33 % souhaitaient s’y engager. Le reste, "
           "soit 46 %, ne le souhaitait pas."),
         P("Les citoyens, eux, pressent le mouvement", NEWS),
         P("Rappel d’étude — ARPEA Citoyens", DATE),
         P("La même série d’enquêtes demandait aux Français s’il était urgent de développer des "
           "partenariats entre acteurs. En 2008, 86 % répondaient par l’affirmative ; quatre ans plus "
           "tard, en 2012, ils étaient encore 84 %."),
         P("Une note sur les modèles de co-construction", NEWS),
         P("Publication du 29 février 2016", DATE),
         P("Cette note explore successivement la situation des entreprises et celle des associations. "
           "Côté entreprises de 10 salariés et plus, 37 % pratiquent déjà le partenariat."),
         P("Côté associatif, la proportion est de 38 % sur l’ensemble des structures. Elle grimpe à 53 % "
           "lorsqu’on ne retient que les associations employeuses."),
         FrameBreak(),
         # --- col 2, page 1
         P("Sortie de crise : jouer collectif", NEWS),
         P("Données mobilisées après le premier confinement", DATE),
         P("Pour aider les décideurs à agir vite, l’Observatoire a inventorié plus de 250 données. "
           "Deux chiffres en résument l’esprit."),
         P("81 % des Français jugent la co-construction utile pour rebondir après la crise sanitaire. "
           "Chez les dirigeants de TPE et de PME, la proportion monte à 84 %."),
         P("Un parcours pour les territoires pionniers", NEWS),
         P("Expérimentation CGET – Le RAMEAU", DATE),
         P("Le Commissariat général à l’égalité des territoires et Le RAMEAU ont ouvert un parcours "
           "d’expérience consacré à la co-construction territoriale. Il réunit 11 territoires pionniers "
           "sur une durée de 18 mois<super>1</super>."),
         P("La première session s’est tenue le 3 mai. Elle a permis aux équipes de comparer leurs "
           "diagnostics de départ."),
         P("<super>1</super> Une autre présentation du dispositif évoque 10 territoires pilotes.", FOOTNOTE),
         # page 2
         P("ODD 17 : des ressources pour passer à l’action", NEWS),
         P("Outils en ligne", DATE),
         P("La plateforme www.odd17.org rassemble les ressources utiles à qui veut faire alliance. "
           "Elle les organise selon un acronyme facile à retenir : M.E.D.O.C."),
         P("Chaque lettre renvoie à une famille de contenus. On y trouve des Méthodes, des Exemples, des "
           "Données, des Outils et des Compétences."),
         P("Décrypter l’objectif 17", NEWS),
         P("Note du Comité 21, parue un 5 juillet", DATE),
         P("Intitulée « ODD 17 : Sens, décryptages, déclinaisons », cette note revient sur l’objectif "
           "consacré aux partenariats. Il se décline en 19 cibles, souvent méconnues des acteurs de "
           "terrain."),
         P("Un fonds dédié", NEWS),
         P("Fonds ODD 17", DATE),
         P("Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. "
           "Sa dotation s’élève à 1,5 M€."),
         P("Cette somme finance une expérimentation de trois ans. Celle-ci s’appuie sur un réseau de "
           "350 « catalyseurs territoriaux »."),
         P("Les fondations et leurs territoires", NEWS),
         P("Étude IMPACT Fondations &amp; Territoires, publiée le 23 septembre", DATE),
         P("Comment les fondations perçoivent-elles leur rôle local ? Pour le savoir, l’Observatoire "
           "a interrogé 42 fondations de tailles et d’objets variés."),
         P("Ce panel est volontairement restreint : il s’agissait de comprendre des trajectoires plutôt "
           "que de produire une statistique nationale. Une fiche acteur, « Dynamique d’engagement des "
           "Fondations », en reprend les enseignements."),
         P("Normandie : un automne chargé", NEWS),
         P("Agenda de novembre", DATE),
         P("Le mois de novembre a concentré plusieurs rendez-vous. Le tableau ci-dessous les récapitule "
           "dans l’ordre chronologique."),
         grid([["Date", "Événement"],
               ["15 novembre", "Dossier JURIS Associations n° 628"],
               ["23 novembre", "3e dîner « Élus &amp; Entreprises »"],
               ["26 novembre", "11e rapport régional : Normandie"],
               ["26 novembre", "5e webinaire « l’ODD 17 en pratique »"]],
              [2.4 * cm, colw - 2.4 * cm], header_bg="#0b5f73"),
         Spacer(1, 6),
         P("La publication normande porte à onze le nombre de rapports régionaux de l’Observatoire.",
           BODY_S),
         PageBreak(),
         # page 3
         P("À noter dans les agendas", NEWS),
         P("Rubrique permanente", DATE),
         P("Le prochain numéro reviendra sur les suites données à la Charte du faire alliance et sur "
           "les premiers retours des catalyseurs territoriaux."),
         P("Les lecteurs qui souhaitent signaler une étude, un rapport ou un événement peuvent écrire à "
           "l’équipe de l’Observatoire, qui en assure la sélection."),
         P("Méthode de sélection", NEWS),
         P("Encadré", DATE),
         P("Les brèves de ce bulletin reprennent des publications déjà parues. Elles en résument les "
           "résultats sans les réinterpréter ; en cas de doute, la publication d’origine fait foi."),
         ]
    make_doc(path, A4, tpls, s, "Bulletin de veille")


if __name__ == "__main__":
    doc1()
    doc2()
    doc3()
    doc4()
    doc5()
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".pdf"):
            print(f)
