# -*- coding: utf-8 -*-
"""Generate the 5 s19 demo PDFs (deterministic).

Run with /work/main/.venv/bin/python make_docs.py ; writes obs-s19-NN-*.pdf next to this file.
Facts come from /work/shared/facts.md ; every sentence is written for this set.
"""
import os

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONTDIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", FONTDIR + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONTDIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", FONTDIR + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS-I", FONTDIR + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")
pdfmetrics.registerFontFamily("DVS", normal="DVS", bold="DVS-B", italic="DVS-I", boldItalic="DVS-B")

NAVY = colors.HexColor("#1F3A5F")
TEAL = colors.HexColor("#2A7F7A")
SAND = colors.HexColor("#F3EBDD")
GREY = colors.HexColor("#666666")
LIGHT = colors.HexColor("#E8EEF4")


def styles(base="DV", size=9.5, lead=13):
    s = {}
    s["body"] = ParagraphStyle("body", fontName=base, fontSize=size, leading=lead,
                               alignment=TA_JUSTIFY, spaceAfter=5)
    s["bodyl"] = ParagraphStyle("bodyl", parent=s["body"], alignment=TA_LEFT)
    s["label"] = ParagraphStyle("label", fontName="DV-B", fontSize=9, leading=12,
                                textColor=TEAL, spaceAfter=4)
    s["title"] = ParagraphStyle("title", fontName="DV-B", fontSize=19, leading=24,
                                textColor=NAVY, spaceAfter=6)
    s["edition"] = ParagraphStyle("edition", fontName="DV-I", fontSize=9, leading=12,
                                  textColor=GREY, spaceAfter=10)
    s["h2"] = ParagraphStyle("h2", fontName="DV-B", fontSize=12, leading=15,
                             textColor=NAVY, spaceBefore=6, spaceAfter=5)
    s["h3"] = ParagraphStyle("h3", fontName="DV-B", fontSize=10, leading=13,
                             textColor=TEAL, spaceBefore=4, spaceAfter=3)
    s["bullet"] = ParagraphStyle("bullet", parent=s["body"], leftIndent=12,
                                 bulletIndent=2, alignment=TA_LEFT, spaceAfter=2)
    s["note"] = ParagraphStyle("note", fontName="DV", fontSize=7.2, leading=9.2,
                               textColor=GREY, spaceAfter=2)
    s["cell"] = ParagraphStyle("cell", fontName="DV", fontSize=8.6, leading=11)
    s["cellb"] = ParagraphStyle("cellb", fontName="DV-B", fontSize=8.6, leading=11)
    s["big"] = ParagraphStyle("big", fontName="DV-B", fontSize=22, leading=26,
                              textColor=colors.white, alignment=TA_CENTER)
    s["bigcap"] = ParagraphStyle("bigcap", fontName="DV", fontSize=8.5, leading=11,
                                 textColor=colors.white, alignment=TA_CENTER)
    s["quote"] = ParagraphStyle("quote", fontName="DV-I", fontSize=9.5, leading=13,
                                leftIndent=10, textColor=NAVY, spaceAfter=6)
    return s


def keybox(items, width, bg=NAVY, cols=None):
    """items: list of (big, caption). Returns a Table drawn as a key-figure box."""
    st = styles()
    cols = cols or len(items)
    cells = [[Paragraph(b, st["big"]), Paragraph(c, st["bigcap"])] for b, c in items]
    row = []
    for b, c in cells:
        row.append([b, Spacer(1, 2), c])
    data = [row[i:i + cols] for i in range(0, len(row), cols)]
    t = Table(data, colWidths=[width / cols] * cols)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ("LINEAFTER", (0, 0), (-2, -1), 0.6, colors.white),
    ]))
    return t


def grid(rows, widths, header=True, zebra=True, size=8.6):
    st = styles()
    cs = ParagraphStyle("c", parent=st["cell"], fontSize=size, leading=size + 2.4)
    cb = ParagraphStyle("cb", parent=st["cellb"], fontSize=size, leading=size + 2.4)
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(str(x), cb if (header and i == 0) else cs) for x in r])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    sty = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#A0A8B0")),
           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        sty.append(("BACKGROUND", (0, 0), (-1, 0), LIGHT))
    if zebra:
        for i in range(2 if header else 1, len(rows), 2):
            sty.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F7F7F7")))
    t.setStyle(TableStyle(sty))
    return t


class Doc(BaseDocTemplate):
    def __init__(self, path, pagesize, title, decorate, **kw):
        BaseDocTemplate.__init__(self, path, pagesize=pagesize, title=title,
                                 author="Observatoire des partenariats (jeu de démonstration)",
                                 subject=title, creator="make_docs.py", **kw)
        self.decorate = decorate


def build(path, pagesize, title, templates, story, decorate):
    doc = Doc(path, pagesize, title, decorate,
              leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=2.2 * cm, bottomMargin=2 * cm)
    pts = []
    for name, frames in templates:
        pts.append(PageTemplate(id=name, frames=frames,
                                onPage=lambda c, d: d.decorate(c, d)))
    doc.addPageTemplates(pts)
    doc.build(story)
    return path


def frames_one(ps, top=2.2 * cm, bottom=2.0 * cm, side=1.8 * cm, tag="o"):
    w, h = ps
    return [Frame(side, bottom, w - 2 * side, h - top - bottom, id=tag + "1",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]


def frames_two(ps, top=2.2 * cm, bottom=2.0 * cm, side=1.8 * cm, gap=0.8 * cm, tag="t",
               head=0):
    w, h = ps
    fw = (w - 2 * side - gap) / 2
    fr = []
    if head:
        fr.append(Frame(side, h - top - head, w - 2 * side, head, id=tag + "h",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0))
    fr += [Frame(side, bottom, fw, h - top - bottom - head, id=tag + "l",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
           Frame(side + fw + gap, bottom, fw, h - top - bottom - head, id=tag + "r",
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]
    return fr


def bullets(items, st, sym="•"):
    return [Paragraph(x, st["bullet"], bulletText=sym) for x in items]


# ---------------------------------------------------------------------------
# 01 — ÉTUDE : IMPACT – Associations & Territoires (two columns, printed p. 12-15)
# ---------------------------------------------------------------------------
def doc01():
    path = os.path.join(HERE, "obs-s19-01-etude-associations-territoires.pdf")
    ps = A4
    st = styles()
    W = ps[0] - 3.6 * cm

    def deco(c, d):
        w, h = ps
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, h - 1.3 * cm, w, 1.3 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 8.5)
        c.drawString(1.8 * cm, h - 0.85 * cm, "OBSERVATOIRE DES PARTENARIATS  |  PROGRAMME IMPACT")
        c.setFont("DV", 8)
        c.drawRightString(w - 1.8 * cm, h - 0.85 * cm, "Cahier « Associations & Territoires »")
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(1.8 * cm, 1.1 * cm,
                     "Le RAMEAU — données issues du programme IMPACT ; reproduction libre avec mention de la source")
        c.setFont("DV-B", 9)
        c.drawRightString(w - 1.8 * cm, 1.1 * cm, "— %d —" % (d.page + 11))
        c.restoreState()

    tpl = [("p1", frames_two(ps, top=2.0 * cm, head=8.3 * cm, tag="a")),
           ("two", frames_two(ps, top=2.0 * cm, tag="b")),
           ("one", frames_one(ps, top=2.0 * cm, tag="c"))]
    s = []
    # page 1
    s += [Paragraph("ÉTUDE", st["label"]),
          Paragraph("Les associations employeuses et leurs alliances dans les territoires", st["title"]),
          Paragraph("Cahier de résultats — vague « Associations & Territoires » du programme IMPACT "
                    "(2018-2022), diffusion publique", st["edition"]),
          keybox([("148 000", "associations employeuses dans le champ de l'enquête"),
                  ("98 %", "d'entre elles ont au moins un partenaire"),
                  ("73 %", "de leurs partenariats se jouent à l'échelle locale")], W),
          FrameBreak()]
    s += [Paragraph("Pourquoi regarder les employeuses ?", st["h2"]),
          Paragraph("Le tissu associatif français est très divers, et la plupart des structures "
                    "fonctionnent sans aucun salarié. Cette vague du programme IMPACT se concentre "
                    "au contraire sur celles qui portent au moins un emploi : ce sont elles qui "
                    "structurent l'offre de services dans les bassins de vie.", st["body"]),
          Paragraph("Le champ retenu compte un peu moins de cent cinquante mille structures. "
                    "Plus exactement, on en dénombre 148 000 sur l'ensemble du territoire "
                    "national.", st["body"]),
          Paragraph("Le partenariat, une pratique devenue ordinaire", st["h2"]),
          Paragraph("Pour l'écrasante majorité de ces associations, travailler avec d'autres "
                    "n'est plus une exception. Seule une toute petite minorité déclare n'avoir "
                    "noué aucune relation durable avec un acteur extérieur.", st["body"]),
          FrameBreak(),
          Paragraph("La proportion de celles qui déclarent au moins un partenaire atteint en "
                    "effet un niveau record. Elle s'établit à 98 %, tous secteurs d'activité "
                    "confondus.", st["body"]),
          Paragraph("Ce résultat ne dit rien, à lui seul, de l'intensité des liens. Les pages "
                    "suivantes détaillent donc avec qui ces relations se nouent, à quelle échelle "
                    "elles se déploient et sous quelle forme elles se concrétisent.", st["body"]),
          Paragraph("Lecture : les pourcentages portent sur les associations employeuses ayant "
                    "répondu ; une même association peut citer plusieurs types de partenaires, "
                    "si bien que les totaux dépassent 100 %.", st["note"]),
          NextPageTemplate("two"), PageBreak()]
    # page 2 — table of partner types + échelle
    s += [Paragraph("1. Qui sont les partenaires ?", st["h2"]),
          Paragraph("Le premier cercle reste public et de proximité. Le tableau ci-dessous classe "
                    "les familles d'acteurs selon la part des associations employeuses qui les "
                    "citent.", st["body"]),
          grid([["Famille de partenaires", "Part des associations"],
                ["Collectivités territoriales", "89 %"],
                ["Structures d'intérêt général", "73 %"],
                ["Établissements scolaires", "70 %"],
                ["Collectifs d'associations", "56 %"],
                ["Acteurs publics nationaux", "52 %"],
                ["Fédérations professionnelles", "37 %"],
                ["Acteurs académiques", "35 %"]],
               [4.6 * cm, 3.4 * cm]),
          Spacer(1, 6),
          Paragraph("Source : programme IMPACT, vague Associations &amp; Territoires.", st["note"]),
          FrameBreak(),
          Paragraph("2. À quelle échelle ?", st["h2"]),
          Paragraph("Les relations se construisent d'abord au plus près du terrain : la commune, "
                    "l'intercommunalité, le quartier. Près des trois quarts des associations "
                    "situent leurs partenariats à ce niveau.", st["body"]),
          Paragraph("Le chiffre exact est de 73 % pour l'échelon local. L'échelon régional vient "
                    "ensuite ; il est cité par 47 % d'entre elles.", st["body"]),
          Paragraph("Cette géographie explique pourquoi la collectivité territoriale arrive en tête "
                    "des partenaires : c'est elle que l'on croise en premier lorsque l'on agit à "
                    "l'échelle d'un bassin de vie.", st["body"]),
          Paragraph("Les acteurs académiques ferment la marche du classement. Ce dernier "
                    "rang ne signifie pas un désintérêt : il traduit surtout la rareté des "
                    "laboratoires à proximité immédiate de nombreuses associations rurales.",
                    st["body"]),
          NextPageTemplate("two"), PageBreak()]
    # page 3 — modes of partnership
    s += [Paragraph("3. Sous quelles formes ?", st["h2"]),
          Paragraph("Quatre formes de collaboration reviennent le plus souvent dans les réponses. "
                    "Les voici, de la plus fréquente à la moins fréquente :", st["body"])]
    s += bullets(["le mécénat, pratiqué par 75 % des associations partenaires ;",
                  "l'innovation sociétale, à 73 % ;",
                  "les pratiques responsables, à 70 % ;",
                  "la coopération économique, à 58 %."], st)
    s += [Spacer(1, 6),
          Paragraph("Le mécénat reste donc la porte d'entrée la plus courante. Il est toutefois "
                    "rarement isolé : une association qui reçoit un soutien financier construit "
                    "souvent, dans un second temps, un projet commun avec le même partenaire.",
                    st["body"]),
          FrameBreak(),
          Paragraph("Ce que cela change pour les territoires", st["h2"]),
          Paragraph("Les associations employeuses jouent un rôle d'assembleur. Elles relient des "
                    "collectivités, des écoles, des entreprises et d'autres associations autour de "
                    "besoins qu'aucun acteur ne saurait couvrir seul.", st["body"]),
          Paragraph("Cette fonction reste pourtant peu outillée. Rares sont les structures qui "
                    "disposent d'une personne dédiée au suivi des partenariats ; la tâche repose "
                    "le plus souvent sur la direction ou sur des bénévoles du bureau.", st["body"]),
          Paragraph("« Nous faisons alliance sans le savoir : le mot est nouveau, la pratique "
                    "est ancienne. » — témoignage recueilli lors d'un atelier régional", st["quote"]),
          NextPageTemplate("one"), PageBreak()]
    # page 4 — earlier study (Recherches & Solidarités, 2017)
    s += [Paragraph("Pour comparer : l'enquête « Associations &amp; Partenariats »", st["h2"]),
          Paragraph("Un premier état des lieux avait été dressé avec Recherches &amp; Solidarités. "
                    "Publiée en mars 2017, cette enquête repose sur un questionnaire administré "
                    "en mai et juin 2016. Plus de 1 380 responsables associatifs y ont répondu "
                    "(1).", st["body"]),
          Paragraph("Son périmètre diffère de celui d'IMPACT : elle inclut des associations sans "
                    "salarié. Les pourcentages ne sont donc pas directement comparables avec ceux "
                    "des pages précédentes (2).", st["body"]),
          Paragraph("En moyenne, une association y déclare 2,5 partenaires. Leur répartition "
                    "figure dans le tableau suivant.", st["body"]),
          grid([["Type de partenaire (enquête 2016)", "Associations concernées"],
                ["Collectivités territoriales", "74 %"],
                ["Autres associations ou fondations", "72 %"],
                ["Établissements d'enseignement", "47 %"],
                ["Entreprises", "28 %"],
                ["Structures d'insertion", "22 %"],
                ["Organismes de recherche", "9 %"]],
               [8.5 * cm, 4.5 * cm]),
          Spacer(1, 8),
          Paragraph("La taille budgétaire pèse lourd. Parmi les associations dont le budget dépasse "
                    "150 000 €, la moitié travaille avec au moins une entreprise : 50 %. Chez les "
                    "plus petites, sous 10 000 € de budget, elles ne sont que 20 % dans ce cas.",
                    st["body"]),
          Spacer(1, 10),
          Paragraph("(1) Enquête en ligne conduite par Recherches &amp; Solidarités avec Le RAMEAU ; "
                    "résultats diffusés en mars 2017.", st["note"]),
          Paragraph("(2) Les collectivités sont citées par 89 % des associations employeuses dans "
                    "IMPACT, contre 74 % de l'ensemble des associations dans l'enquête de 2016 : "
                    "l'écart tient au périmètre autant qu'à la date.", st["note"])]
    return build(path, ps, "Les associations employeuses et leurs alliances dans les territoires",
                 tpl, s, deco)


# ---------------------------------------------------------------------------
# 02 — FICHE REPÈRE : élus locaux (boxes, tables, 3 pages, printed "Fiche 4 · 1/3")
# ---------------------------------------------------------------------------
def doc02():
    path = os.path.join(HERE, "obs-s19-02-fiche-repere-maires.pdf")
    ps = A4
    st = styles()
    W = ps[0] - 3.6 * cm

    def deco(c, d):
        w, h = ps
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, h - 0.5 * cm, w, 0.5 * cm, fill=1, stroke=0)
        c.setFillColor(NAVY)
        c.setFont("DV-B", 8)
        c.drawString(1.8 * cm, h - 1.2 * cm, "FICHES REPÈRES — Collectivités & co-construction")
        c.setFont("DV", 8)
        c.drawRightString(w - 1.8 * cm, h - 1.2 * cm, "Observatoire des partenariats")
        c.setStrokeColor(TEAL)
        c.line(1.8 * cm, 1.5 * cm, w - 1.8 * cm, 1.5 * cm)
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(1.8 * cm, 1.05 * cm, "Fiche n° 4 · Les maires face au « jouer collectif »")
        c.drawRightString(w - 1.8 * cm, 1.05 * cm, "Fiche 4 · %d/3" % d.page)
        c.restoreState()

    tpl = [("one", frames_one(ps, top=1.8 * cm, tag="a"))]
    s = [Paragraph("FICHE REPÈRE", st["label"]),
         Paragraph("Les maires et la dynamique de leur territoire", st["title"]),
         Paragraph("Mise à jour de fin d'année 2024, à partir de l'enquête IMPACTS &amp; "
                   "TRAJECTOIRES – Élus locaux", st["edition"]),
         Paragraph("Comment l'enquête a été menée", st["h2"]),
         Paragraph("Les maires ont été joints par téléphone. La collecte s'est déroulée du "
                   "30 septembre au 28 octobre 2024, et elle a permis de recueillir l'avis de "
                   "302 maires.", st["body"]),
         Paragraph("L'échantillon reflète la France des petites communes. Parmi les élus qui ont "
                   "répondu, 84 % administrent une commune de moins de 2 000 habitants.", st["body"]),
         Spacer(1, 4),
         keybox([("91 %", "des maires voient leur territoire en mouvement"),
                 ("35 %", "le jugent fortement en mouvement"),
                 ("56 %", "ni plus ni moins qu'ailleurs")], W, bg=TEAL),
         Spacer(1, 8),
         Paragraph("Un territoire qui bouge", st["h2"]),
         Paragraph("Interrogés sur l'évolution de leur commune et de ses alentours, les maires "
                   "sont très peu nombreux à décrire une situation figée. Le total de ceux qui "
                   "perçoivent un mouvement se décompose en deux groupes : une minorité "
                   "convaincue d'une dynamique forte et une majorité qui la juge comparable à "
                   "celle des territoires voisins.", st["body"]),
         Paragraph("Lecture : la somme de 35 % et de 56 % donne les 91 % affichés dans "
                   "l'encadré.", st["note"]),
         Paragraph("Une fiche qui prolonge un travail de 2020", st["h2"]),
         Paragraph("Elle s'appuie aussi sur la fiche-repère « Les dynamiques d'engagement des "
                   "Collectivités territoriales ». Celle-ci était issue de l'étude IMPACT-Élus "
                   "locaux, réalisée en novembre 2020 par Comisis et OpinionWay.", st["body"]),
         PageBreak()]
    # page 2 — PHARE-Institutions
    s += [Paragraph("Retour en arrière : le volet PHARE-Institutions", st["h2"]),
          Paragraph("Le programme PHARE s'est achevé par un volet consacré aux institutions. "
                    "Sa publication date du 29 novembre 2016 ; il propose une typologie qui "
                    "distingue cinq profils de maires.", st["body"]),
          Paragraph("Trois indicateurs en ont été retenus pour cette fiche :", st["body"]),
          grid([["Indicateur (maires, PHARE-Institutions)", "Valeur"],
                ["Voient dans les partenariats une source d'innovation", "87 %"],
                ["Estiment que leur territoire est engagé", "76 %"],
                ["Reconnaissent ne pas savoir piloter ces partenariats", "46 %"]],
               [11.5 * cm, 3 * cm]),
          Spacer(1, 8),
          Paragraph("Le dernier chiffre mérite attention. Près d'un maire sur deux admet qu'il "
                    "lui manque la méthode ; ce constat a nourri le référentiel de "
                    "co-construction territoriale lancé ensuite.", st["body"]),
          Spacer(1, 6),
          Paragraph("Les autres publics, au même moment", st["h3"]),
          Paragraph("Le programme posait la même question aux autres acteurs. Les réponses sont "
                    "voisines :", st["body"])]
    s += bullets(["74 % des Français considèrent les partenariats comme une source d'innovation ;",
                  "81 % des dirigeants d'entreprise partagent cet avis ;",
                  "86 % des responsables associatifs également."], st, sym="–")
    s += [Paragraph("Ces résultats sont repris du programme IMPACT, qui en a fait l'un de ses "
                    "indicateurs de référence.", st["note"]),
          PageBreak()]
    # page 3 — dîner élus & entreprises
    s += [Paragraph("Le « jouer collectif » vu par les élus", st["h2"]),
          Paragraph("Lors du troisième dîner « Élus &amp; Entreprises », organisé le 23 novembre, "
                    "deux résultats ont été mis en avant devant les participants.", st["body"]),
          Paragraph("Le premier concerne l'ensemble des élus locaux. Une nette majorité d'entre eux "
                    "souhaite s'appuyer sur la coopération entre acteurs pour conduire ses projets : "
                    "ils sont 64 % dans ce cas.", st["body"]),
          Paragraph("Le second porte sur les maires seulement. Ce sont 92 % d'entre eux qui "
                    "reconnaissent l'utilité de la co-construction.", st["body"]),
          Spacer(1, 6),
          keybox([("64 %", "des élus locaux misent sur le « jouer collectif »"),
                  ("92 %", "des maires jugent la co-construction utile")], W, bg=NAVY),
          Spacer(1, 10),
          Paragraph("À retenir", st["h3"])]
    s += bullets(["La quasi-totalité des maires décrit un territoire en mouvement.",
                  "Le besoin d'outils de pilotage reste le principal frein.",
                  "Les petites communes sont au cœur de l'échantillon 2024."], st)
    s += [Spacer(1, 8),
          Paragraph("Fiche réalisée par l'équipe de l'Observatoire. Les chiffres de 2016 et de 2024 "
                    "proviennent d'enquêtes distinctes ; ils ne doivent pas être lus comme une "
                    "série continue.", st["note"])]
    return build(path, ps, "Les maires et la dynamique de leur territoire", tpl, s, deco)


# ---------------------------------------------------------------------------
# 03 — DIAPORAMA : PHARE-Citoyens (landscape slides; cover unnumbered, then 1..4)
# ---------------------------------------------------------------------------
def doc03():
    path = os.path.join(HERE, "obs-s19-03-diaporama-phare-citoyens.pdf")
    ps = landscape(A4)
    st = styles(size=13, lead=18)
    big = ParagraphStyle("sl", fontName="DV", fontSize=15, leading=21, spaceAfter=6)
    bigb = ParagraphStyle("slb", parent=big, fontName="DV-B", textColor=NAVY)
    stitle = ParagraphStyle("st", fontName="DV-B", fontSize=24, leading=30, textColor=NAVY,
                            spaceAfter=12)
    W = ps[0] - 4 * cm

    def deco(c, d):
        w, h = ps
        c.saveState()
        c.setFillColor(SAND)
        c.rect(0, 0, w, h, fill=1, stroke=0)
        c.setFillColor(NAVY)
        c.rect(0, 0, 0.6 * cm, h, fill=1, stroke=0)
        c.setFillColor(GREY)
        c.setFont("DV", 8)
        c.drawString(2 * cm, h - 1.0 * cm, "Restitution PHARE-Citoyens · Observatoire des partenariats")
        c.drawString(2 * cm, 0.8 * cm, "Support de présentation — diffusion libre")
        if d.page > 1:
            c.setFont("DV-B", 10)
            c.drawRightString(w - 1.5 * cm, 0.8 * cm, "%d" % (d.page - 1))
        c.restoreState()

    tpl = [("one", [Frame(2 * cm, 1.6 * cm, ps[0] - 3.5 * cm, ps[1] - 3.2 * cm, id="s",
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)])]
    s = [Spacer(1, 2.2 * cm),
         Paragraph("DIAPORAMA", st["label"]),
         Paragraph("Ce que les Français attendent des alliances", ParagraphStyle(
             "cov", parent=stitle, fontSize=30, leading=36)),
         Paragraph("Volet PHARE-Citoyens — restitution présentée à l'automne, "
                   "d'après les résultats rendus publics en septembre 2015", st["edition"]),
         Spacer(1, 1 * cm),
         Paragraph("Enquête auprès de plus de 2 000 personnes", bigb),
         PageBreak()]
    # slide 1
    s += [Paragraph("Un « devoir d'alliance » largement partagé", stitle),
          Paragraph("On a demandé aux personnes interrogées si les acteurs devaient faire alliance.",
                    big),
          Paragraph("Plus de deux sur trois répondent oui.", big),
          Paragraph("→ 69 % des Français", bigb),
          Spacer(1, 0.6 * cm),
          Paragraph("Les autres publics sont encore plus nets :", big),
          Paragraph("→ dirigeants d'entreprise : 81 %", big),
          Paragraph("→ responsables associatifs : 86 %", big),
          PageBreak()]
    # slide 2 — notes /10
    s += [Paragraph("Les enjeux jugés prioritaires (note sur 10)", stitle),
          grid([["Enjeu", "Note moyenne /10"],
                ["Emploi", "7,1"],
                ["Pouvoir d'achat", "6,6"],
                ["Sécurité", "6,6 *"],
                ["Développement économique", "6,5"],
                ["Environnement", "6,3"],
                ["Exclusion", "6,3"]],
               [9 * cm, 5 * cm], size=12),
          Spacer(1, 0.4 * cm),
          Paragraph("* Une restitution de presse publiée à l'époque attribuait à la sécurité la note "
                    "de 7/10 ; nous reprenons ici la valeur de la synthèse officielle.",
                    ParagraphStyle("n3", parent=st["note"], fontSize=9, leading=12)),
          PageBreak()]
    # slide 3 — impacts forts
    s += [Paragraph("Où les partenariats ont-ils le plus d'effet ?", stitle),
          Paragraph("Part des Français qui attendent un impact fort, par domaine :", big),
          Paragraph("Emploi ........................ 49 %", big),
          Paragraph("Développement économique ...... 46 %", big),
          Paragraph("Environnement ................. 42 %", big),
          Paragraph("Précarité et éducation ........ 36 %", big),
          Spacer(1, 0.4 * cm),
          Paragraph("L'emploi arrive en tête, comme dans le classement des priorités.", bigb),
          PageBreak()]
    # slide 4 — histoire ARPEA / PHARE volets
    s += [Paragraph("Avant PHARE, et autour de lui", stitle),
          Paragraph("Sous le programme ARPEA, la question de l'urgence avait déjà été posée deux fois :",
                    big),
          Paragraph("2008 : 86 % jugeaient urgent de créer des partenariats — "
                    "2012 : ils étaient encore 84 %.", bigb),
          Spacer(1, 0.3 * cm),
          Paragraph("PHARE a ensuite publié six volets :", big),
          grid([["Volet", "Parution"],
                ["Citoyens", "septembre 2015"],
                ["Entreprises", "octobre 2015"],
                ["Associations", "novembre 2015"],
                ["13 rapports régionaux", "2016"],
                ["Diagnostics sectoriels", "juillet 2016"],
                ["Institutions", "automne 2016"]],
               [8 * cm, 6 * cm], size=10.5)]
    return build(path, ps, "Ce que les Français attendent des alliances", tpl, s, deco)


# ---------------------------------------------------------------------------
# 04 — NOTE : repères historiques (printed pages 4-7; page 3 two columns + footnotes)
# ---------------------------------------------------------------------------
def doc04():
    path = os.path.join(HERE, "obs-s19-04-note-reperes-historiques.pdf")
    ps = A4
    st = styles(base="DVS", size=9.8, lead=13.5)
    W = ps[0] - 3.6 * cm

    def deco(c, d):
        w, h = ps
        c.saveState()
        c.setFillColor(NAVY)
        c.setFont("DVS-I", 8.5)
        c.drawCentredString(w / 2, h - 1.1 * cm,
                            "Note de synthèse — D'un observatoire à un programme de recherche")
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.5)
        c.line(1.8 * cm, h - 1.3 * cm, w - 1.8 * cm, h - 1.3 * cm)
        c.setFillColor(GREY)
        c.setFont("DVS", 7.5)
        c.drawString(1.8 * cm, 1.0 * cm, "Le RAMEAU · Observatoire des partenariats · document de travail")
        c.setFont("DVS-B", 9)
        c.drawRightString(w - 1.8 * cm, 1.0 * cm, "p. %d" % (d.page + 3))
        c.restoreState()

    tpl = [("one", frames_one(ps, top=1.9 * cm, tag="a")),
           ("two", frames_two(ps, top=1.9 * cm, tag="b"))]
    s = [Paragraph("NOTE", st["label"]),
         Paragraph("Repères historiques : Le RAMEAU et l'Observatoire des partenariats",
                   ParagraphStyle("t4", parent=st["title"], fontName="DVS-B")),
         Paragraph("Version révisée, établie pour la rentrée — remplace la note d'étape précédente",
                   st["edition"]),
         Paragraph("Un laboratoire avant d'être un observatoire", st["h2"]),
         Paragraph("Tout commence avec Le RAMEAU. L'association est fondée en 2006 ; elle relève du "
                   "statut associatif d'intérêt général et se présente comme un « laboratoire de "
                   "recherche empirique » consacré aux alliances entre acteurs.", st["body"]),
         Paragraph("Sa méthode consiste à observer le terrain, à expérimenter puis à partager. "
                   "Depuis sa création, elle a mené des expérimentations auprès de plus de 500 "
                   "organisations, et elle a recensé plus de 1 000 exemples inspirants.", st["body"]),
         Paragraph("À sa tête, on trouve son président-fondateur, Charles-Benoît Heidsieck. "
                   "La direction générale est assurée par Laurence Weber.", st["body"]),
         Paragraph("La naissance de l'Observatoire", st["h2"]),
         Paragraph("Deux ans plus tard, un outil d'observation est mis en place. L'Observatoire "
                   "des partenariats est créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en "
                   "partenariat avec le MEDEF et le Mouvement associatif (1).", st["body"]),
         Paragraph("Sa direction scientifique est confiée à Anne Robin. Celle-ci, fondatrice du "
                   "cabinet COMISIS, l'exerce à titre bénévole.", st["body"]),
         Spacer(1, 14),
         Paragraph("(1) Certains documents plus anciens, comme le rapport quinquennal, évoquent un "
                   "« Observatoire national des partenariats associations / entreprises » créé en "
                   "2007. La présente note retient la date de 2008.", st["note"]),
         PageBreak()]
    # page 2 — timeline table
    s += [Paragraph("Trois plans quinquennaux", st["h2"]),
          Paragraph("Les travaux de l'Observatoire se sont organisés en programmes successifs, "
                    "chacun couvrant environ cinq années. Le tableau ci-dessous en donne la "
                    "chronologie.", st["body"]),
          grid([["Programme", "Période", "Ce qu'il faut en retenir"],
                ["ARPEA", "2008-2012", "Analyse des Relations et des Partenariats entre Entreprises "
                                       "et Associations ; 10 volets d'études"],
                ["PHARE", "2013-2018", "Six volets publiés entre 2015 et 2016, des Citoyens aux "
                                       "Institutions"],
                ["IMPACT", "2018-2022", "Lancé en novembre 2017 ; mesure des effets des alliances"]],
               [2.6 * cm, 2.6 * cm, W - 5.2 * cm]),
          Spacer(1, 8),
          Paragraph("Le bilan du premier cycle a été présenté sous la forme d'un rapport "
                    "quinquennal. Ce dernier a été rendu public le 11 décembre 2012.", st["body"]),
          Paragraph("Une commande ministérielle", st["h2"]),
          Paragraph("Le travail a ensuite reçu un écho institutionnel. La ministre Valérie "
                    "Fourneyron a demandé un état des lieux des partenariats entre associations et "
                    "entreprises ; elle en a obtenu la publication au début de l'année 2014.",
                    st["body"]),
          Paragraph("Le sigle ARPEA a connu plusieurs développements selon les documents (2). "
                    "On retiendra ici la forme la plus complète, citée dans le tableau.", st["body"]),
          Spacer(1, 12),
          Paragraph("(2) On rencontre aussi « Analyser les Relations Partenariales entre "
                    "Entreprises et Associations » et « Analyse des Relations "
                    "Associations-Entreprises ».", st["note"]),
          NextPageTemplate("two"), PageBreak()]
    # page 3 — IMPACT, two columns
    s += [Paragraph("Le programme IMPACT", st["h2"]),
          Paragraph("Pour sa troisième période, l'Observatoire s'est entouré d'un tour de table "
                    "élargi. Le programme est conduit avec plusieurs partenaires, que voici :",
                    st["body"])]
    s += bullets(["la Caisse des Dépôts ;", "l'Institut CDC pour la Recherche ;",
                  "le Groupe La Poste ;", "la Fondation TOTAL ;", "Le RAMEAU."], st)
    s += [Spacer(1, 4),
          Paragraph("Trois axes structurent ses travaux. Le premier porte sur l'innovation "
                    "sociétale et territoriale ; le deuxième sur la performance des "
                    "organisations ; le troisième sur la confiance.", st["body"]),
          FrameBreak(),
          Paragraph("Des outils pour passer à l'action", st["h2"]),
          Paragraph("En 2020, Le RAMEAU a co-créé un fonds avec la Fondation TotalEnergies : le "
                    "Fonds ODD 17. Il dispose d'une dotation de 1,5 M€ pour une expérimentation "
                    "conduite sur 3 ans.", st["body"]),
          Paragraph("Ce fonds s'appuie sur un réseau de relais locaux. On en compte 350, "
                    "baptisés « catalyseurs territoriaux ».", st["body"]),
          Paragraph("Les ressources méthodologiques sont rassemblées sur la plateforme "
                    "odd17.org sous le nom M.E.D.O.C. Ce sigle signifie Méthodes, Exemples, "
                    "Données, Outils, Compétences (3).", st["body"]),
          Spacer(1, 10),
          Paragraph("(3) Adresse complète : www.odd17.org.", st["note"]),
          NextPageTemplate("one"), PageBreak()]
    # page 4 — Fondation des Territoires
    s += [Paragraph("Vers une fondation", st["h2"]),
          Paragraph("La dernière étape du parcours est institutionnelle. Une préfiguration est "
                    "lancée en juillet 2018 et se déroule en trois temps, jusqu'en mai 2022.",
                    st["body"]),
          grid([["Étape", "Période"],
                ["Première étape", "juillet 2018 – juillet 2019"],
                ["Deuxième étape", "août 2019 – novembre 2020"],
                ["Troisième étape", "décembre 2020 – mai 2022"]],
               [6 * cm, 7 * cm]),
          Spacer(1, 8),
          Paragraph("La Fondation des Territoires voit le jour à l'issue de ce cheminement. Elle "
                    "est créée le 14 juin 2022, sous l'égide de la Fondation de Lille.", st["body"]),
          Paragraph("Elle réunit 21 co-fondateurs et s'est donné trois missions.", st["body"]),
          Paragraph("Ce que retiennent les acteurs", st["h2"]),
          Paragraph("Au terme de quinze années de recherche, dont cinq d'étude d'impact, le "
                    "message tient en une phrase : l'alliance n'est plus une option réservée à "
                    "quelques pionniers, elle devient une compétence que chaque organisation "
                    "peut acquérir.", st["body"])]
    return build(path, ps, "Repères historiques : Le RAMEAU et l'Observatoire des partenariats",
                 tpl, s, deco)


# ---------------------------------------------------------------------------
# 05 — BULLETIN DE VEILLE (two columns everywhere, printed "n° 7 · p. 2")
# ---------------------------------------------------------------------------
def doc05():
    path = os.path.join(HERE, "obs-s19-05-bulletin-veille-alliances.pdf")
    ps = A4
    st = styles(size=9, lead=12.4)

    def deco(c, d):
        w, h = ps
        c.saveState()
        c.setFillColor(LIGHT)
        c.rect(0, h - 1.6 * cm, w, 1.6 * cm, fill=1, stroke=0)
        c.setFillColor(NAVY)
        c.setFont("DV-B", 10)
        c.drawString(1.8 * cm, h - 1.0 * cm, "VEILLE ALLIANCES")
        c.setFont("DV", 8)
        c.drawRightString(w - 1.8 * cm, h - 1.0 * cm, "Lettre d'information n° 7 — réseau des partenaires")
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(1.8 * cm, 1.0 * cm, "Les informations rapportées ici sont tirées de publications "
                                         "publiques de l'écosystème.")
        c.setFont("DV-B", 8)
        c.drawRightString(w - 1.8 * cm, 1.0 * cm, "n° 7 · p. %d" % (d.page + 1))
        c.restoreState()

    tpl = [("p1", frames_two(ps, top=2.2 * cm, head=3.4 * cm, tag="a")),
           ("two", frames_two(ps, top=2.2 * cm, tag="b"))]
    s = [Paragraph("BULLETIN DE VEILLE", st["label"]),
         Paragraph("Le droit d'alliance, de la mission au texte de loi", ParagraphStyle(
             "t5", parent=styles()["title"], fontSize=17, leading=21)),
         Paragraph("Numéro de veille diffusé après la rentrée ; couvre les annonces des derniers "
                   "mois", st["edition"]),
         FrameBreak()]
    # page 1
    s += [Paragraph("Une mission confiée au plus haut niveau", st["h2"]),
          Paragraph("Tout part d'une lettre de mission. À l'occasion du FNAF 2019, Gabriel Attal a "
                    "confié une mission sur les alliances à deux personnalités : la députée Cathy "
                    "Racon-Bouzon et Charles-Benoît Heidsieck.", st["body"]),
          Paragraph("Les deux corapporteurs ont rendu leurs conclusions au printemps suivant. Ils "
                    "les ont remises le 7 mai 2020.", st["body"]),
          Paragraph("Un bilan d'étape a suivi. Il a été présenté le 17 octobre 2020.", st["body"]),
          FrameBreak(),
          Paragraph("Trois chiffres pour un droit nouveau", st["h2"]),
          Paragraph("Les défenseurs du texte s'appuient sur une attente largement partagée. Trois "
                    "publics ont été interrogés :", st["body"])]
    s += bullets(["81 % des Français y voient un « devoir d'alliance » ;",
                  "92 % des maires expriment un « besoin d'alliance » ;",
                  "84 % des dirigeants d'entreprise disent leur « envie d'alliance »."], st)
    s += [Paragraph("La proposition de loi sur le « droit de l'alliance d'intérêt général » est "
                    "portée par Cathy Racon-Bouzon. Déposée en février, elle a été agréée par le "
                    "Bureau de l'Assemblée nationale puis publiée au Journal officiel.", st["body"]),
          Paragraph("Le gouvernement l'accompagne d'une « feuille de route » ministérielle. "
                    "Celle-ci comporte 21 mesures.", st["body"]),
          NextPageTemplate("two"), PageBreak()]
    # page 2 — Charte du faire alliance + Agir ensemble
    s += [Paragraph("La Charte du faire alliance", st["h2"]),
          Paragraph("La charte a été élaborée collectivement. Sa rédaction a demandé trois mois "
                    "de co-construction, sous le pilotage de la Fondation des Territoires.",
                    st["body"]),
          Paragraph("Elle a été dévoilée le 30 novembre 2021, jour du Giving Tuesday, à "
                    "Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois, au cours d'une "
                    "soirée VitaWin (4).", st["body"]),
          Paragraph("Ses auteurs la décrivent comme un « contrat de confiance » entre les "
                    "signataires.", st["body"]),
          Paragraph("(4) Une annonce publiée sur un site ministériel situait l'événement un « mardi "
                    "30 septembre » ; les autres sources retiennent le 30 novembre.", st["note"]),
          FrameBreak(),
          Paragraph("Aux racines : « Agir ensemble en Territoire »", st["h2"]),
          Paragraph("La charte prolonge une démarche plus ancienne. Celle-ci a été initiée en 2010, "
                    "dans la foulée de l'étude ARPEA-Collectivités locales menée par Comisis et "
                    "OpinionWay.", st["body"]),
          Paragraph("Elle a d'abord été testée sur trois territoires pilotes :", st["body"])]
    s += bullets(["l'Alsace, avec Alsace Active ;",
                  "le Poitou-Charentes, avec le Groupe La Poste ;",
                  "Paris-Est Marne &amp; Bois."], st)
    s += [NextPageTemplate("two"), PageBreak()]
    # page 3 — CGET parcours, ODD 17, IMPACT Fondations
    s += [Paragraph("Un parcours pour les territoires pionniers", st["h2"]),
          Paragraph("Le CGET et Le RAMEAU ont lancé ensemble un parcours d'expérience consacré à "
                    "la co-construction territoriale. Il réunit 11 territoires pionniers et s'étale "
                    "sur 18 mois (5).", st["body"]),
          Paragraph("La première session s'est tenue le 3 mai.", st["body"]),
          Paragraph("(5) Un autre article parle de « 10 territoires pilotes » ; nous retenons le "
                    "chiffre annoncé au lancement.", st["note"]),
          Paragraph("L'ODD 17 en clair", st["h2"]),
          Paragraph("L'objectif de développement durable n° 17 porte sur les partenariats. Il se "
                    "décline en 19 cibles, détaillées dans une note du Comité 21 intitulée « ODD 17 : "
                    "Sens, décryptages, déclinaisons », publiée un 5 juillet.", st["body"]),
          FrameBreak(),
          Paragraph("Fondations : une étude dédiée", st["h2"]),
          Paragraph("L'étude IMPACT Fondations &amp; Territoires est parue le 23 septembre. Elle "
                    "s'appuie sur les réponses de 42 fondations.", st["body"]),
          Paragraph("Une fiche acteur, « Dynamique d'engagement des Fondations », en reprend les "
                    "enseignements.", st["body"]),
          Paragraph("En région", st["h2"]),
          Paragraph("Le 11e rapport régional de l'Observatoire porte sur la Normandie. Il a été "
                    "publié le 26 novembre, quelques jours après le 3e dîner « Élus &amp; "
                    "Entreprises ».", st["body"]),
          Paragraph("Le même mois, le 5e webinaire « l'ODD 17 en pratique » a eu lieu le même jour "
                    "que cette publication.", st["body"]),
          NextPageTemplate("two"), PageBreak()]
    # page 4 — older figures: note 29 février 2016, ARPEA Entreprises & Territoires
    s += [Paragraph("Archives : ce que disaient les chiffres", st["h2"]),
          Paragraph("Une note datée du 29 février 2016 faisait le point sur l'engagement "
                    "partenarial. Elle distinguait les entreprises et les associations.",
                    st["body"]),
          Paragraph("Côté entreprises, la proportion retenue concernait celles de 10 salariés et "
                    "plus : 37 % d'entre elles étaient engagées.", st["body"]),
          Paragraph("Côté associations, la part était comparable, à 38 %. Elle montait à 53 % "
                    "chez les associations employeuses.", st["body"]),
          FrameBreak(),
          Paragraph("ARPEA Entreprises &amp; Territoires", st["h2"]),
          Paragraph("Publiée en janvier 2011, cette étude répartissait les entreprises en trois "
                    "groupes selon leur rapport aux partenariats associatifs.", st["body"]),
          grid([["Position des entreprises", "Part"],
                ["Développent déjà des partenariats", "21 %"],
                ["Souhaitent en développer", "33 %"],
                ["Ne le souhaitent pas", "46 %"]],
               [5.2 * cm, 2.4 * cm]),
          Spacer(1, 6),
          Paragraph("Autrement dit, une entreprise sur cinq seulement était alors passée à "
                    "l'acte.", st["body"])]
    return build(path, ps, "Le droit d'alliance, de la mission au texte de loi", tpl, s, deco)


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05):
        print(f())
