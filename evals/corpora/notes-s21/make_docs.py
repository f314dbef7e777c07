#!/usr/bin/env python3
"""Deterministic generator of the 5 demo PDFs of question set s21.

Run:  /work/main/.venv/bin/python make_docs.py
Writes obs-s21-NN-<slug>.pdf next to this script.
Facts come from /work/shared/facts.md; every sentence is written for this set.
"""
import os

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVBI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DVB")
addMapping("DV", 0, 1, "DVI")
addMapping("DV", 1, 1, "DVBI")

PREFIX = "s21"


# ---------------------------------------------------------------- styles
def st(name, size=9.5, lead=None, bold=False, align=TA_JUSTIFY, color=colors.black,
       before=0, after=4, indent=0, italic=False):
    font = "DVB" if bold else ("DVI" if italic else "DV")
    return ParagraphStyle(name, fontName=font, fontSize=size,
                          leading=lead or size * 1.32, alignment=align,
                          textColor=color, spaceBefore=before, spaceAfter=after,
                          leftIndent=indent)


BODY = st("body")
BODY_L = st("bodyl", align=TA_LEFT)
SMALL = st("small", size=7.5, after=2)
LABEL = st("label", size=9, bold=True, align=TA_LEFT, color=colors.HexColor("#8a1c1c"), after=2)
TITLE = st("title", size=19, bold=True, align=TA_LEFT, after=6, lead=23)
SUB = st("sub", size=11, align=TA_LEFT, italic=True, after=4,
         color=colors.HexColor("#333333"))
ED = st("ed", size=8.5, align=TA_LEFT, color=colors.HexColor("#555555"), after=10)
H2 = st("h2", size=12, bold=True, align=TA_LEFT, before=6, after=4,
        color=colors.HexColor("#1d3557"))
H3 = st("h3", size=10, bold=True, align=TA_LEFT, before=4, after=3)
BUL = st("bul", indent=12, align=TA_LEFT, after=2)
CELL = st("cell", size=8.5, align=TA_LEFT, after=0)
CELLB = st("cellb", size=8.5, bold=True, align=TA_LEFT, after=0)
BOXNUM = st("boxnum", size=22, bold=True, align=TA_CENTER,
            color=colors.HexColor("#8a1c1c"), after=0, lead=26)
BOXTXT = st("boxtxt", size=8.5, align=TA_CENTER, after=0)


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items, style=BUL, mark="–"):
    return [Paragraph(f"{mark} {it}", style) for it in items]


def footnotes(notes):
    out = [Spacer(1, 6), HRFlowable(width="35%", thickness=0.5, color=colors.grey,
                                    hAlign="LEFT", spaceAfter=3)]
    for n in notes:
        out.append(Paragraph(n, SMALL))
    return out


def grid(rows, widths, header=True, zebra=True, font_size=None):
    data = []
    for i, r in enumerate(rows):
        style = CELLB if (header and i == 0) else CELL
        data.append([Paragraph(str(c), style) for c in r])
    t = Table(data, colWidths=widths, hAlign="LEFT")
    cmds = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")))
    if zebra:
        for i in range(1 if header else 0, len(rows)):
            if i % 2 == 0:
                cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f4f4f4")))
    t.setStyle(TableStyle(cmds))
    return t


def keybox(pairs, width):
    """Key-figure box: list of (number, caption) side by side."""
    n = len(pairs)
    cells = [[Paragraph(num, BOXNUM) for num, _ in pairs],
             [Paragraph(cap, BOXTXT) for _, cap in pairs]]
    t = Table(cells, colWidths=[width / n] * n)
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#8a1c1c")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbf1ee")),
        ("LINEBEFORE", (1, 0), (-1, -1), 0.5, colors.HexColor("#d9b8b0")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def encadre(flowables, width, bg="#eef3f8", border="#1d3557"):
    t = Table([[f] for f in flowables], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(border)),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


# ---------------------------------------------------------------- doc builder
class Doc(BaseDocTemplate):
    def __init__(self, path, pagesize, banner, footer, pagenum, title, first="one", **kw):
        super().__init__(path, pagesize=pagesize, title=title,
                         author="Observatoire des partenariats (corpus de démonstration)",
                         subject="Corpus de démonstration s21", creator="make_docs.py s21",
                         producer="reportlab", **kw)
        self.banner = banner
        self.footer = footer
        self.pagenum = pagenum          # function(pdf_page) -> printed label or None
        W, H = pagesize
        m = self.leftMargin
        fw = W - 2 * m
        fh = H - self.topMargin - self.bottomMargin
        gap = 0.7 * cm
        one = Frame(m, self.bottomMargin, fw, fh, id="one")
        col1 = Frame(m, self.bottomMargin, (fw - gap) / 2, fh, id="c1")
        col2 = Frame(m + (fw - gap) / 2 + gap, self.bottomMargin, (fw - gap) / 2, fh, id="c2")
        # header area + two columns below (top part one frame, lower two columns)
        top_h = 5.2 * cm
        top = Frame(m, self.bottomMargin + fh - top_h, fw, top_h, id="top")
        lc1 = Frame(m, self.bottomMargin, (fw - gap) / 2, fh - top_h, id="lc1")
        lc2 = Frame(m + (fw - gap) / 2 + gap, self.bottomMargin, (fw - gap) / 2, fh - top_h,
                    id="lc2")
        tpls = [PageTemplate(id="one", frames=[one], onPage=self.decorate),
                PageTemplate(id="two", frames=[col1, col2], onPage=self.decorate),
                PageTemplate(id="toptwo", frames=[top, lc1, lc2], onPage=self.decorate)]
        tpls.sort(key=lambda t: t.id != first)
        self.addPageTemplates(tpls)
        self.fw = fw

    def decorate(self, canv, doc):
        W, H = self.pagesize
        n = canv.getPageNumber()
        canv.saveState()
        b = self.banner(n) if callable(self.banner) else self.banner
        if b:
            canv.setFillColor(colors.HexColor("#1d3557"))
            canv.rect(0, H - 1.05 * cm, W, 1.05 * cm, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont("DV", 8)
            canv.drawString(self.leftMargin, H - 0.68 * cm, b)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.setFont("DV", 7.5)
        f = self.footer(n) if callable(self.footer) else self.footer
        if f:
            canv.drawString(self.leftMargin, 0.8 * cm, f)
        lab = self.pagenum(n)
        if lab:
            canv.setFont("DVB", 8.5)
            canv.drawRightString(W - self.leftMargin, 0.8 * cm, lab)
        canv.setStrokeColor(colors.HexColor("#aaaaaa"))
        canv.line(self.leftMargin, 1.2 * cm, W - self.leftMargin, 1.2 * cm)
        canv.restoreState()


def build(slug, story, pagesize=A4, banner="", footer="", pagenum=lambda n: str(n),
          title="", margins=(1.8 * cm, 1.8 * cm, 1.9 * cm, 1.8 * cm), first="one"):
    path = os.path.join(HERE, f"obs-{PREFIX}-{slug}.pdf")
    l, r, t, b = margins
    d = Doc(path, pagesize, banner, footer, pagenum, title, first=first,
            leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b)
    d.build(story)
    return path, d


def fw_of(pagesize=A4, margin=1.8 * cm):
    return pagesize[0] - 2 * margin


# ======================================================================= DOC 01
def doc01():
    W = fw_of()
    colw = (W - 0.7 * cm) / 2
    s = []
    # ---- page 1 (one column, key-figure box)
    s += [P("ÉTUDE", LABEL),
          P("Les associations employeuses au cœur des alliances locales", TITLE),
          P("Synthèse des résultats du programme IMPACT – volet Associations &amp; Territoires, "
            "suivie d’un rappel de l’enquête Associations &amp; Partenariats", SUB),
          P("Cahier n° 7 de la collection « Repères territoriaux » — deuxième tirage, "
            "revu et corrigé par l’équipe de l’Observatoire", ED)]
    s.append(keybox([("148 000", "associations employeuses constituent le champ de l’étude"),
                     ("98 %", "d’entre elles déclarent au moins une relation partenariale")],
                    W))
    s.append(Spacer(1, 10))
    s += [P("Pourquoi regarder les associations employeuses ?", H2),
          P("Les structures qui salarient au moins une personne ne représentent qu’une "
            "fraction du monde associatif, mais elles portent l’essentiel des projets "
            "inscrits dans la durée. Ce sont elles que le volet Associations &amp; Territoires "
            "du programme IMPACT a observées de près. Leur rapport au territoire est "
            "rarement solitaire : une association isolée, sans aucun partenaire, fait "
            "figure d’exception dans l’échantillon."),
          P("La question posée n’était donc plus de savoir si les associations coopèrent, "
            "mais avec qui, à quelle échelle et sous quelle forme. Les pages qui suivent "
            "répondent à ces trois interrogations dans cet ordre, avant de revenir sur une "
            "enquête plus ancienne qui permet de mesurer le chemin parcouru."),
          P("Comment lire ce cahier", H2),
          P("Les pourcentages sont calculés sur l’ensemble des associations employeuses "
            "ayant répondu. Un même organisme peut cumuler plusieurs types de partenaires : "
            "les totaux dépassent donc largement cent. Les tableaux se lisent ligne par "
            "ligne ; la colonne de droite rappelle le rang de chaque catégorie."),
          P("Le programme IMPACT, qui a pris la suite du programme PHARE, mesure les effets "
            "des alliances sur trois registres : l’innovation sociétale et territoriale, la "
            "performance des organisations et la confiance. Le présent cahier ne traite que "
            "du premier niveau d’analyse, celui de la cartographie des relations."),
          ]
    s += footnotes(["Le périmètre retenu exclut les associations sans salarié, dont les "
                    "pratiques partenariales font l’objet d’autres travaux de l’Observatoire."])
    s += [NextPageTemplate("two"), PageBreak()]

    # ---- page 2 (two columns, table)
    s += [P("1. Avec qui les associations s’allient-elles ?", H2),
          P("Le premier cercle reste public et local. Les communes, intercommunalités, "
            "départements et régions arrivent nettement en tête des partenaires cités. "
            "Viennent ensuite les autres structures d’intérêt général, puis le monde "
            "scolaire, dont la place surprend souvent les lecteurs extérieurs au secteur."),
          P("Le tableau ci-dessous classe les familles d’acteurs selon la proportion "
            "d’associations employeuses qui déclarent travailler avec elles.")]
    s.append(grid([["Famille de partenaires", "Part des structures", "Rang"],
                   ["Collectivités territoriales", "89 %", "1"],
                   ["Structures d’intérêt général", "73 %", "2"],
                   ["Établissements scolaires", "70 %", "3"],
                   ["Collectifs d’associations", "56 %", "4"],
                   ["Acteurs publics nationaux", "52 %", "5"],
                   ["Fédérations professionnelles", "37 %", "6"],
                   ["Acteurs académiques", "35 %", "7"]],
                  [colw * 0.48, colw * 0.34, colw * 0.18]))
    s += [Spacer(1, 6),
          P("Source : Observatoire des partenariats, programme IMPACT, volet Associations "
            "&amp; Territoires. Plusieurs réponses possibles.", SMALL),
          FrameBreak(),
          P("Lecture", H3),
          P("La lecture croisée du tableau montre une hiérarchie stable : plus l’acteur est "
            "proche du terrain, plus il est cité. Les acteurs publics nationaux, pourtant "
            "financeurs historiques, ne concernent qu’un peu plus d’une association sur deux."),
          P("Le monde académique ferme la marche. Ce dernier reste un partenaire occasionnel, "
            "souvent mobilisé pour une évaluation ou une étude ponctuelle plutôt que pour "
            "un projet commun. Les fédérations professionnelles font à peine mieux."),
          P("À retenir", H3)]
    s += bullets(["les collectivités restent le partenaire quasi incontournable ;",
                  "l’école s’est installée durablement parmi les alliés des associations ;",
                  "les collectifs d’associations jouent un rôle de relais pour plus de la "
                  "moitié des structures."])
    s += [Spacer(1, 8),
          P("Ces résultats confirment une intuition partagée par les têtes de réseau : la "
            "coopération associative se construit d’abord à portée de main, avec des "
            "interlocuteurs que l’on croise régulièrement.")]
    s += [PageBreak()]

    # ---- page 3 (two columns, list announced by a sentence, split facts)
    s += [P("2. À quelle échelle ?", H2),
          P("Interrogées sur le périmètre de leurs alliances, les associations répondent "
            "sans ambiguïté. L’échelle locale domine."),
          P("Elle est citée par 73 % des associations employeuses. L’échelon régional vient "
            "loin derrière : 47 % seulement y nouent des partenariats, le plus souvent pour "
            "répondre à des appels à projets ou rejoindre des dispositifs de formation."),
          P("L’échelon national, lui, concerne surtout les associations affiliées à une "
            "fédération ou à un grand réseau."),
          P("3. Sous quelle forme ?", H2),
          P("Quatre grandes formes de coopération ressortent des réponses ; elles sont "
            "présentées ci-dessous de la plus fréquente à la moins fréquente :"),
          ]
    s += bullets(["le mécénat, sous toutes ses formes (financier, en nature, de "
                  "compétences) : 75 % ;",
                  "l’innovation sociétale, c’est-à-dire la conception commune de réponses "
                  "nouvelles : 73 % ;",
                  "les pratiques responsables, où l’association accompagne un partenaire dans "
                  "l’évolution de ses pratiques : 70 % ;",
                  "la coopération économique, qui passe par des achats, des prestations ou "
                  "des activités partagées : 58 %."], mark="•")
    s += [FrameBreak(),
          P("Ce que disent ces formes", H3),
          P("Le mécénat n’est plus la seule porte d’entrée. La part des associations "
            "engagées dans des démarches d’innovation est presque équivalente ; celle-ci "
            "traduit un changement de posture, l’association se présentant comme "
            "co-constructrice et non plus comme simple bénéficiaire."),
          P("La coopération économique progresse elle aussi. Elle reste toutefois la forme "
            "la moins répandue, car elle suppose un modèle économique capable d’absorber "
            "des relations commerciales."),
          P("Les responsables interrogés insistent sur un point : les formes se combinent. "
            "Une relation qui démarre par un don évolue souvent, au bout de quelques années, "
            "vers un projet co-construit."),
          ]
    s += footnotes(["Les pourcentages de ce chapitre portent sur les associations "
                    "employeuses ayant au moins un partenariat."])
    s += [NextPageTemplate("one"), PageBreak()]

    # ---- page 4 (one column, older survey, table + footnote)
    s += [P("Rappel : l’enquête Associations &amp; Partenariats", H2),
          P("Avant le programme IMPACT, une enquête conduite par Recherches &amp; Solidarités "
            "avec Le RAMEAU avait dressé un premier portrait. Ses résultats ont été rendus "
            "publics en mars 2017. Le questionnaire, lui, avait circulé au printemps "
            "précédent, en mai et juin 2016, et plus de 1 380 responsables associatifs y "
            "avaient répondu."),
          P("Une association déclarait alors 2,5 partenaires en moyenne. La répartition par "
            "type de partenaire figure dans le tableau suivant."),
          ]
    s.append(grid([["Type de partenaire (enquête 2016, publiée en 2017)", "Associations concernées"],
                   ["Collectivités territoriales", "74 %"],
                   ["Autres associations ou fondations", "72 %"],
                   ["Établissements d’enseignement", "47 %"],
                   ["Entreprises", "28 %"],
                   ["Structures d’insertion", "22 %"],
                   ["Organismes de recherche", "9 %"]],
                  [W * 0.62, W * 0.30]))
    s += [Spacer(1, 8),
          P("Le poids du budget", H3),
          P("La taille de l’association pèse lourd dans la relation avec le monde économique. "
            "Parmi les structures dont le budget annuel dépasse 150 000 €, la moitié "
            "— 50 % — comptait une entreprise parmi ses partenaires¹. Chez les plus petites, "
            "celles qui disposent de moins de 10 000 € par an, la proportion tombait à 20 %."),
          P("Comparer sans confondre", H3),
          P("Les deux enquêtes ne portent pas sur la même population : la plus ancienne "
            "interrogeait des responsables de toutes les associations, la plus récente se "
            "concentre sur les associations employeuses. Les écarts entre les deux séries "
            "de chiffres ne doivent donc pas être lus comme une évolution dans le temps."),
          ]
    s += footnotes(["¹ Il s’agit d’un partenariat déclaré avec au moins une entreprise, "
                    "quelle qu’en soit la forme (mécénat, prestation, projet commun).",
                    "Sources : Recherches &amp; Solidarités et Le RAMEAU, « Associations &amp; "
                    "Partenariats », mars 2017."])

    build("01-associations-territoires", s,
          banner="Observatoire des partenariats  ·  Cahier « Repères territoriaux » n° 7",
          footer="Le RAMEAU — reproduction autorisée avec mention de la source",
          pagenum=lambda n: f"p. {n + 13}",
          title="Les associations employeuses au cœur des alliances locales")


# ======================================================================= DOC 02
def doc02():
    PS = landscape(A4)
    W = fw_of(PS, 2.2 * cm)
    big = st("big", size=19, align=TA_LEFT, lead=27, after=6)
    bigb = st("bigb", size=26, bold=True, align=TA_LEFT, lead=32, after=10,
              color=colors.HexColor("#1d3557"))
    mid = st("mid", size=15, align=TA_LEFT, lead=21, after=5)
    s = []
    # slide 1 (title)
    s += [Spacer(1, 30), P("DIAPORAMA", st("lab2", size=13, bold=True, align=TA_LEFT,
                                           color=colors.HexColor("#8a1c1c"))),
          P("PHARE : ce que pensent les Français, les entreprises, les associations et "
            "les maires des alliances", st("t2", size=30, bold=True, align=TA_LEFT, lead=37,
                                            after=14)),
          P("Support projeté lors de la séance de restitution — programme quinquennal "
            "2013-2018", st("e2", size=13, italic=True, align=TA_LEFT,
                            color=colors.HexColor("#555555"), after=20)),
          P("Observatoire des partenariats · Le RAMEAU", mid),
          PageBreak()]
    # slide 2
    s += [P("Six volets, un calendrier", bigb),
          P("Le programme s’est déployé en six temps :", big)]
    s += bullets(["Citoyens — septembre 2015",
                  "Entreprises — octobre 2015",
                  "Associations — novembre 2015",
                  "13 rapports régionaux — au fil de 2016",
                  "Diagnostics sectoriels — juillet 2016",
                  "Institutions — automne 2016"], style=mid, mark="▸")
    s += [PageBreak()]
    # slide 3 (table)
    s += [P("PHARE-Citoyens : les priorités du quotidien", bigb),
          P("Plus de 2 000 personnes interrogées.", big),
          P("Importance accordée à chaque enjeu (note moyenne sur 10) :", mid)]
    t = grid([["Enjeu", "Note / 10"],
              ["Emploi", "7,1"], ["Pouvoir d’achat", "6,6"], ["Sécurité", "6,6"],
              ["Développement économique", "6,5"], ["Environnement", "6,3"],
              ["Exclusion", "6,3"]], [W * 0.45, W * 0.2])
    s += [t, PageBreak()]
    # slide 4
    s += [P("Là où les alliances changent la donne", bigb),
          P("Part des Français qui voient un impact fort des partenariats…", big)]
    s += bullets(["… sur l’emploi : 49 %",
                  "… sur le développement économique : 46 %",
                  "… sur l’environnement : 42 %",
                  "… sur la précarité et sur l’éducation : 36 %"], style=mid, mark="▸")
    s += [Spacer(1, 14),
          P("Septembre 2015 : 69 % des Français estiment que les organisations ont un "
            "« devoir d’alliance ».", big),
          PageBreak()]
    # slide 5
    s += [P("PHARE-Institutions", bigb),
          P("Dernier volet du programme.", big),
          P("Mis en ligne le 29 novembre 2016.", big),
          P("Il dresse une typologie des maires face à la co-construction : 5 profils.", big),
          P("Objectif : outiller les élus qui veulent passer de l’intention à l’action.", mid)]

    build("02-phare-diaporama", s, pagesize=PS,
          banner=lambda n: "" if n == 1 else "PHARE  |  restitution des résultats",
          footer="Observatoire des partenariats — programme PHARE",
          pagenum=lambda n: None if n == 1 else f"diapo {n - 1}",
          title="PHARE : ce que pensent les Français des alliances",
          margins=(2.2 * cm, 2.2 * cm, 1.8 * cm, 1.8 * cm))


# ======================================================================= DOC 03
ROMAN = {1: "i", 2: "ii", 3: "iii", 4: "iv", 5: "v"}


def doc03():
    W = fw_of()
    s = []
    # ---- page 1
    s += [P("FICHE REPÈRE", LABEL),
          P("Le RAMEAU et l’Observatoire des partenariats : repères historiques", TITLE),
          P("Fiche actualisée pour la rentrée — quatrième version, remplace les précédentes", ED),
          P("Un laboratoire associatif", H2),
          P("Le RAMEAU voit le jour en 2006. Il prend la forme d’une association reconnue "
            "d’intérêt général et se définit volontiers comme un « laboratoire de recherche "
            "empirique » consacré aux alliances entre organisations de natures différentes."),
          P("Sa méthode consiste à observer, expérimenter puis partager. Depuis sa création, "
            "il a conduit des expérimentations auprès de plus de 500 organisations. Plus de "
            "1 000 exemples inspirants ont par ailleurs été recensés et documentés."),
          P("Qui fait quoi ?", H2),
          P("Charles-Benoît Heidsieck a fondé l’association, qu’il préside. À ses côtés, "
            "l’équipe permanente est dirigée par Laurence Weber ; elle occupe la fonction de "
            "directrice générale et pilote notamment les partenariats de recherche."),
          P("Trois missions", H2),
          P("L’association s’est donné trois missions. La première consiste à témoigner "
            "de ce qui se fait sur le terrain, en documentant les alliances qui "
            "fonctionnent comme celles qui échouent."),
          P("Quinze ans de recherche et cinq années consacrées à l’étude d’impact forment "
            "aujourd’hui le socle de ses publications."),
          ]
    s += footnotes(["Les effectifs et les chiffres cités sont ceux communiqués par "
                    "l’association dans sa présentation institutionnelle."])
    s += [PageBreak()]
    # ---- page 2
    s += [P("L’Observatoire des partenariats", H2),
          P("L’Observatoire naît en 2008 de l’initiative conjointe de la Caisse des Dépôts et "
            "du RAMEAU, avec le concours du MEDEF et du Mouvement associatif². Sa direction "
            "scientifique est confiée à Anne Robin, fondatrice du cabinet COMISIS ; "
            "cette dernière exerce cette responsabilité à titre bénévole."),
          P("Trois plans quinquennaux", H2),
          P("Les travaux de l’Observatoire s’organisent en programmes successifs :"),
          ]
    s.append(grid([["Programme", "Période", "Remarque"],
                   ["ARPEA", "2008-2012", "10 volets d’étude ; bilan dans le rapport quinquennal"],
                   ["PHARE", "2013-2018³", "6 volets, dont un volet Institutions"],
                   ["IMPACT", "2018-2022", "lancé en novembre 2017"]],
                  [W * 0.2, W * 0.2, W * 0.55]))
    s += [Spacer(1, 8),
          P("Le programme IMPACT est porté collectivement. Ses partenaires sont au nombre "
            "de cinq :")]
    s += bullets(["la Caisse des Dépôts ;", "l’Institut CDC pour la Recherche ;",
                  "le Groupe La Poste ;", "la Fondation TOTAL ;", "Le RAMEAU."], mark="•")
    s += [P("Il s’articule autour de trois axes : l’innovation sociétale et territoriale, la "
            "performance des organisations et la confiance.")]
    s += footnotes(["² Des documents plus anciens, dont le rapport quinquennal de 2012, "
                    "font remonter la création de l’Observatoire à 2007.",
                    "³ Certaines présentations indiquent 2013-2017 pour ce même programme."])
    s += [PageBreak()]
    # ---- page 3
    s += [P("Ce que mesurait ARPEA", H2),
          P("Le premier programme, ARPEA — pour « Analyse des Relations et des Partenariats "
            "entre Entreprises et Associations » —, a suivi l’opinion des Français sur "
            "plusieurs années. En 2008, 86 % d’entre eux jugeaient urgent de développer des "
            "partenariats entre acteurs. Quatre ans plus tard, la conviction restait "
            "massive. Elle atteignait 84 % en 2012."),
          P("Côté associatif, près de 46 % des associations déclaraient déjà une relation "
            "avec au moins une entreprise."),
          P("Le volet Entreprises &amp; Territoires", H3),
          P("Publié en janvier 2011, ce volet interrogeait directement les entreprises. Il en "
            "ressortait trois groupes de taille inégale :"),
          ]
    s += bullets(["21 % développaient déjà des partenariats avec des associations ;",
                  "33 % souhaitaient s’y engager ;",
                  "les autres, soit près d’une sur deux, ne le souhaitaient pas."])
    s += [P("Le rapport quinquennal et la suite", H2),
          P("Le bilan des cinq premières années a été présenté le 11 décembre 2012. Il a "
            "nourri la réflexion publique : peu après, Valérie Fourneyron, alors ministre "
            "chargée de la vie associative, a demandé un état des lieux des partenariats "
            "entre associations et entreprises. Ce document a été publié au début de "
            "l’année 2014."),
          ]
    s += footnotes(["Sources : présentations publiques de l’Observatoire et du RAMEAU."])

    build("03-reperes-historiques", s,
          banner="FICHE REPÈRE · Histoire et gouvernance",
          footer=lambda n: f"Observatoire des partenariats — fiche 3 — feuillet {ROMAN[n]}",
          pagenum=lambda n: f"— {ROMAN[n]} —",
          title="Le RAMEAU et l’Observatoire : repères historiques")


# ======================================================================= DOC 04
def doc04():
    s = []
    W = fw_of()
    colw = (W - 0.7 * cm) / 2
    # ---- page 1: top block + two columns
    s += [NextPageTemplate("two"),
          P("BULLETIN DE VEILLE", LABEL),
          P("Alliances et intérêt général : la séquence politique 2019-2022", TITLE),
          P("Numéro d’hiver — parution trimestrielle, diffusion restreinte aux membres", ED),
          FrameBreak(),
          P("Une mission confiée par le Gouvernement", H2),
          P("Tout commence lors du Forum national des associations et fondations (FNAF) de "
            "2019. Gabriel Attal, alors en charge de la vie associative, y annonce une "
            "mission sur les alliances au service de l’intérêt général."),
          P("Il la confie à deux personnalités : la députée Cathy Racon-Bouzon et "
            "Charles-Benoît Heidsieck, président-fondateur du RAMEAU. Ces derniers "
            "consultent pendant plusieurs mois."),
          FrameBreak(),
          P("Un rapport, puis un bilan", H2),
          P("Le rapport est remis au ministre le 7 mai 2020, en plein confinement. "
            "Un point d’étape public a lieu quelques mois plus tard, le 17 octobre 2020 ; "
            "il permet de mesurer l’avancement des propositions."),
          P("Ce calendrier a pesé sur la suite : la crise sanitaire a rendu plus visible "
            "le besoin de coopération entre acteurs publics, associations et entreprises."),
          ]
    s += [PageBreak()]
    # ---- page 2 (two columns)
    s += [P("Vers un droit de l’alliance", H2),
          P("La députée a ensuite porté une proposition de loi visant à reconnaître un "
            "« droit de l’alliance d’intérêt général ». Déposée en février, elle a été agréée "
            "par le Bureau de l’Assemblée nationale puis publiée au Journal officiel."),
          P("Parallèlement, le ministère a arrêté une feuille de route de 21 mesures pour "
            "favoriser les coopérations."),
          P("Ce que disent les chiffres", H3),
          P("Les promoteurs du texte s’appuient sur trois résultats d’enquête, qui "
            "traduisent trois registres différents :"),
          ]
    s += bullets(["le devoir : 81 % des Français jugent que les organisations doivent "
                  "s’allier ;",
                  "le besoin : 92 % des maires disent avoir besoin d’alliances ;",
                  "l’envie : 84 % des dirigeants d’entreprise en expriment le souhait."])
    s += [FrameBreak(),
          P("Une démarche ancienne", H3),
          P("La réflexion n’est pas née avec la mission. En 2010, à la suite de l’étude "
            "ARPEA consacrée aux collectivités locales et réalisée par Comisis et "
            "OpinionWay, une démarche baptisée « Agir ensemble en Territoire » avait été "
            "engagée. Elle a été testée dans trois territoires pilotes :"),
          ]
    s += bullets(["l’Alsace, avec Alsace Active ;",
                  "le Poitou-Charentes, avec le Groupe La Poste ;",
                  "Paris-Est Marne &amp; Bois."], mark="•")
    s += [P("Ces expériences ont fourni la matière des outils diffusés ensuite aux élus.")]
    s += [PageBreak()]
    # ---- page 3
    s += [P("Une charte pour « faire alliance »", H2),
          P("La Charte du faire alliance est le fruit de trois mois de co-construction, "
            "pilotés par la Fondation des Territoires. Elle a été dévoilée le jour du "
            "Giving Tuesday, le 30 novembre 2021, à Saint-Maurice, sur le territoire de "
            "Paris-Est Marne &amp; Bois, au cours d’une soirée VitaWin⁴."),
          P("Ses signataires la présentent comme un « contrat de confiance » entre "
            "partenaires."),
          FrameBreak(),
          P("La Fondation des Territoires", H2),
          P("Sa préfiguration démarre en juillet 2018 et se déroule en trois étapes "
            "successives. La fondation est officiellement créée le 14 juin 2022, sous "
            "l’égide de la Fondation de Lille."),
          P("Elle réunit 21 co-fondateurs et s’est fixé trois missions."),
          ]
    s += footnotes(["⁴ Une annonce institutionnelle publiée à l’époque évoque par erreur un "
                    "« mardi 30 septembre »."])
    s += [PageBreak()]
    # ---- page 4
    s += [P("ODD 17 : outiller les territoires", H2),
          P("Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation "
            "TotalEnergies. Sa dotation s’élève à 1,5 M€, destinée à une expérimentation "
            "de trois ans. Celle-ci vise à faire émerger 350 « catalyseurs territoriaux »."),
          P("Les ressources sont regroupées sur la plateforme www.odd17.org, organisée selon "
            "l’acronyme M.E.D.O.C. : Méthodes, Exemples, Données, Outils, Compétences."),
          FrameBreak(),
          P("Repères", H3),
          P("L’ODD 17, consacré aux partenariats, compte 19 cibles. Une note du Comité 21, "
            "« ODD 17 : Sens, décryptages, déclinaisons », en propose une lecture détaillée ; "
            "elle a été présentée un 5 juillet."),
          P("Revue de presse", H3),
          P("Un article de presse consacré aux résultats de PHARE-Citoyens attribuait à la "
            "sécurité une note de 7/10, quand la publication de l’Observatoire retient 6,6."),
          ]

    build("04-veille-alliances", s,
          banner="Bulletin de veille · Alliances & intérêt général",
          footer="Observatoire des partenariats — bulletin de veille",
          pagenum=lambda n: f"{n}/4",
          title="Alliances et intérêt général : la séquence politique 2019-2022",
          first="toptwo")


# ======================================================================= DOC 05
def doc05():
    W = fw_of()
    s = []
    # ---- page 1 (cover, no printed number)
    s += [Spacer(1, 40), P("NOTE", LABEL),
          P("Maires et élus locaux : un territoire en mouvement", TITLE),
          P("Série IMPACTS &amp; TRAJECTOIRES — note diffusée en novembre 2024", ED),
          Spacer(1, 20),
          encadre([P("Objet de la note", H3),
                   P("Présenter les premiers enseignements de l’enquête conduite à l’automne "
                     "auprès des maires, puis les mettre en regard des vagues précédentes et "
                     "des travaux consacrés aux fondations."),
                   P("Public visé : équipes de l’Observatoire, partenaires du programme, "
                     "réseaux d’élus.")], W),
          PageBreak()]
    # ---- page 2
    s += [P("1. L’enquête de l’automne 2024", H2)]
    s.append(encadre([P("Méthodologie", H3),
                      P("Échantillon : 302 maires."),
                      P("Mode de recueil : entretiens par téléphone."),
                      P("Terrain : du 30 septembre au 28 octobre 2024."),
                      P("Profil : 84 % des répondants administrent une commune de moins de "
                        "2 000 habitants.")], W, bg="#f3f3f3", border="#777777"))
    s += [Spacer(1, 8),
          P("Les maires décrivent un territoire qui bouge. Interrogés sur la dynamique de "
            "leur commune, ils sont une écrasante majorité à la juger en mouvement. La "
            "proportion atteint 91 %."),
          P("Ce total recouvre deux situations : 35 % voient leur territoire fortement en "
            "mouvement, 56 % ni plus ni moins qu’auparavant."),
          P("Le poids des petites communes dans l’échantillon explique en partie la tonalité "
            "des réponses : dans ces territoires, l’élu connaît personnellement la plupart "
            "des acteurs associatifs et économiques."),
          PageBreak()]
    # ---- page 3
    s += [P("2. Rappel des vagues précédentes", H2),
          P("Le programme IMPACT avait posé la même question à quatre publics : les "
            "partenariats sont-ils une source d’innovation ? Les réponses positives se "
            "lisent dans le tableau ci-dessous."),
          ]
    s.append(grid([["Public interrogé", "Partenariats = source d’innovation"],
                   ["Français", "74 %"],
                   ["Dirigeants d’entreprise", "81 %"],
                   ["Responsables associatifs", "86 %"],
                   ["Maires", "87 %"]], [W * 0.45, W * 0.4]))
    s += [Spacer(1, 8),
          P("Chez les maires, l’adhésion ne se traduit pas toujours en capacité d’action. "
            "Trois sur quatre — 76 % — considèrent leur territoire comme engagé ; pourtant, "
            "46 % déclarent ne pas savoir piloter une démarche de co-construction."),
          P("Lors du troisième dîner « Élus &amp; Entreprises », deux autres chiffres avaient "
            "été mis en avant : 64 % des élus locaux veulent s’appuyer sur le « jouer "
            "collectif », et 92 % des maires reconnaissent l’utilité de la co-construction."),
          P("Une fiche-repère, « Les dynamiques d’engagement des Collectivités "
            "territoriales », a été tirée de l’étude IMPACT-Élus locaux de novembre 2020, "
            "menée avec Comisis et OpinionWay."),
          PageBreak()]
    # ---- page 4
    s += [P("3. Fondations, entreprises et territoires", H2),
          P("Une note du 29 février 2016 consacrée aux modèles de co-construction avait "
            "chiffré l’engagement des différents acteurs. Du côté économique, 37 % des "
            "entreprises de 10 salariés et plus étaient engagées dans au moins un "
            "partenariat."),
          P("Du côté associatif, la proportion était voisine : 38 % des associations, "
            "et 53 % parmi celles qui emploient des salariés. Chez les « pionniers », "
            "elle montait à 65 %."),
          P("Les fondations", H3),
          P("L’étude IMPACT consacrée aux fondations et aux territoires a été rendue publique "
            "un 23 septembre. Elle repose sur les réponses de 42 fondations."),
          P("Expérimenter avec l’État", H3),
          P("Le CGET et Le RAMEAU ont lancé un parcours d’expérience destiné à 11 territoires "
            "pionniers⁵. Le parcours s’étale sur 18 mois ; la première session s’est tenue "
            "un 3 mai."),
          ]
    s += footnotes(["⁵ Une autre présentation du dispositif mentionne « 10 territoires "
                    "pilotes »."])

    build("05-elus-locaux-note", s,
          banner=lambda n: "" if n == 1 else "NOTE · IMPACTS & TRAJECTOIRES — Élus locaux",
          footer=lambda n: "" if n == 1 else "Observatoire des partenariats — usage interne",
          pagenum=lambda n: None if n == 1 else f"Page {n - 1}",
          title="Maires et élus locaux : un territoire en mouvement")


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".pdf"):
            print(f)
