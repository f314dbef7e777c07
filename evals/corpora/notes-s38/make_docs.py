# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 demo PDFs of the s38 blind question set.

Run:  /work/main/.venv/bin/python make_docs.py
Writes obs-s38-NN-<slug>.pdf next to this script.
Facts come from /work/shared/facts.md; the wording is original.
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI",
                              boldItalic="DVB")

INK = colors.HexColor("#1d3557")
ACCENT = colors.HexColor("#e76f51")
PALE = colors.HexColor("#eef3f8")
GREY = colors.HexColor("#666666")

# ---------------------------------------------------------------- styles
S = {
    "label": ParagraphStyle("label", fontName="DVB", fontSize=9, leading=12,
                            textColor=ACCENT, spaceAfter=4),
    "title": ParagraphStyle("title", fontName="DVB", fontSize=19, leading=23,
                            textColor=INK, spaceAfter=6),
    "edition": ParagraphStyle("edition", fontName="DVI", fontSize=9,
                              leading=12, textColor=GREY, spaceAfter=10),
    "h2": ParagraphStyle("h2", fontName="DVB", fontSize=12, leading=15,
                         textColor=INK, spaceBefore=6, spaceAfter=5),
    "body": ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13,
                           alignment=TA_JUSTIFY, spaceAfter=6),
    "bullet": ParagraphStyle("bullet", fontName="DV", fontSize=9.5,
                             leading=13, leftIndent=12, bulletIndent=2,
                             spaceAfter=2),
    "note": ParagraphStyle("note", fontName="DV", fontSize=7.5, leading=9.5,
                           textColor=GREY, spaceBefore=4, spaceAfter=2),
    "cell": ParagraphStyle("cell", fontName="DV", fontSize=8.5, leading=11),
    "cellb": ParagraphStyle("cellb", fontName="DVB", fontSize=8.5,
                            leading=11, textColor=colors.white),
    "big": ParagraphStyle("big", fontName="DVB", fontSize=20, leading=24,
                          textColor=ACCENT, alignment=TA_CENTER),
    "boxtxt": ParagraphStyle("boxtxt", fontName="DV", fontSize=9,
                             leading=12, textColor=INK),
    # slides
    "s_title": ParagraphStyle("s_title", fontName="DVB", fontSize=24,
                              leading=30, textColor=INK, spaceAfter=14),
    "s_line": ParagraphStyle("s_line", fontName="DV", fontSize=15,
                             leading=21, leftIndent=14, bulletIndent=0,
                             spaceAfter=4),
    "s_small": ParagraphStyle("s_small", fontName="DVI", fontSize=10,
                              leading=13, textColor=GREY, spaceBefore=8),
    "s_cover": ParagraphStyle("s_cover", fontName="DVB", fontSize=30,
                              leading=36, textColor=INK, alignment=TA_LEFT,
                              spaceAfter=12),
}


def P(text, style="body"):
    return Paragraph(text, S[style])


def bullets(items, style="bullet", mark="•"):
    return [Paragraph(t, S[style], bulletText=mark) for t in items]


def table(rows, widths, head=True):
    data = []
    for i, row in enumerate(rows):
        st = "cellb" if (head and i == 0) else "cell"
        data.append([Paragraph(c, S[st]) for c in row])
    t = Table(data, colWidths=widths)
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa8b8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if head:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), INK))
    for i in range(1 if head else 0, len(rows)):
        if i % 2 == 0:
            cmds.append(("BACKGROUND", (0, i), (-1, i), PALE))
    t.setStyle(TableStyle(cmds))
    return t


def keybox(pairs, width):
    data = [[Paragraph(a, S["big"]), Paragraph(b, S["boxtxt"])]
            for a, b in pairs]
    t = Table(data, colWidths=[width * 0.36, width * 0.64])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
        ("BACKGROUND", (0, 0), (-1, -1), PALE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


# ---------------------------------------------------------------- builder
def build(fname, pagesize, banner, footer, templates, story, title,
          first=None):
    """templates: dict name -> list of (x, y, w, h) frames (in points).
    first: name of the template used by page 1 (default: first key)."""
    W, H = pagesize

    def deco(canv, doc):
        canv.saveState()
        canv.setFillColor(INK)
        canv.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DVB", 8.5)
        canv.drawString(15 * mm, H - 9 * mm, banner)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.8)
        canv.line(15 * mm, 13 * mm, W - 15 * mm, 13 * mm)
        canv.setFillColor(GREY)
        canv.setFont("DV", 7.5)
        left, right = footer(doc.page)
        canv.drawString(15 * mm, 8 * mm, left)
        if right:
            canv.drawRightString(W - 15 * mm, 8 * mm, right)
        canv.restoreState()

    doc = BaseDocTemplate(os.path.join(HERE, fname), pagesize=pagesize,
                          title=title, author="Observatoire des partenariats",
                          subject=title, creator="make_docs.py s38",
                          producer="reportlab")
    pts = []
    names = list(templates)
    if first:
        names.remove(first)
        names.insert(0, first)
    for name in names:
        frames = templates[name]
        fr = [Frame(x, y, w, h, id="%s%d" % (name, i), leftPadding=0,
                    rightPadding=0, topPadding=0, bottomPadding=0)
              for i, (x, y, w, h) in enumerate(frames)]
        pts.append(PageTemplate(id=name, frames=fr, onPage=deco))
    doc.addPageTemplates(pts)
    doc.build(story)


def portrait_templates(header_h=0):
    W, H = A4
    m = 18 * mm
    top = H - 22 * mm
    bottom = 20 * mm
    gap = 8 * mm
    colw = (W - 2 * m - gap) / 2
    t = {
        "one": [(m, bottom, W - 2 * m, top - bottom)],
        "two": [(m, bottom, colw, top - bottom),
                (m + colw + gap, bottom, colw, top - bottom)],
    }
    if header_h:
        t["headtwo"] = [(m, top - header_h, W - 2 * m, header_h),
                        (m, bottom, colw, top - header_h - bottom - 4 * mm),
                        (m + colw + gap, bottom, colw,
                         top - header_h - bottom - 4 * mm)]
    return t, colw, W - 2 * m


# ================================================================ DOC 01
def doc01():
    tpl, colw, fullw = portrait_templates()
    st = [NextPageTemplate("one")]
    st += [
        P("ÉTUDE", "label"),
        P("Les associations employeuses et leurs alliés sur le terrain",
          "title"),
        P("Synthèse des résultats — programme IMPACT, volet « Associations "
          "&amp; Territoires » (version de diffusion, cahier paginé à part)",
          "edition"),
        P("Quel est le poids réel des coopérations dans la vie associative ? "
          "Pour y répondre, l’Observatoire a resserré son regard sur une "
          "population précise : les associations qui salarient au moins une "
          "personne. Elles forment un ensemble plus étroit que le monde "
          "associatif pris dans son entier, mais elles portent l’essentiel "
          "de l’emploi du secteur."),
        P("Combien sont-elles ? Le périmètre retenu pour l’étude en compte "
          "148 000 sur l’ensemble du territoire national."),
        P("Le premier enseignement tient en une ligne. Parmi ces structures, "
          "la quasi-totalité déclare entretenir au moins une relation "
          "partenariale : 98 % d’entre elles sont dans ce cas. Autrement "
          "dit, l’association qui avance seule fait figure d’exception."),
        Spacer(1, 6),
        keybox([("148 000", "associations employeuses dans le champ de "
                            "l’étude"),
                ("98 %", "d’entre elles déclarent au moins un partenaire")],
               fullw * 0.75),
        Spacer(1, 10),
        P("Mode d’emploi du cahier", "h2"),
        P("Ce cahier présente d’abord la nature des partenaires (p. 15), puis "
          "l’échelle géographique et les formes que prennent ces "
          "coopérations (p. 16). Il se termine par une mise en regard avec "
          "une enquête antérieure conduite avec Recherches &amp; Solidarités "
          "(p. 17)."),
        P("Les pourcentages portent sur les associations employeuses "
          "interrogées. Une même association peut citer plusieurs types de "
          "partenaires ou plusieurs formes de coopération."),
        NextPageTemplate("two"), PageBreak(),
    ]
    # page 2 : two columns, partner table
    st += [
        P("1. Avec qui les associations coopèrent-elles ?", "h2"),
        P("Les pouvoirs publics locaux arrivent loin devant. Près de neuf "
          "associations employeuses sur dix les citent : la proportion "
          "exacte est de 89 %. Rien d’étonnant à cela, puisque communes, "
          "départements et régions sont à la fois financeurs, prescripteurs "
          "et voisins immédiats."),
        P("Viennent ensuite les autres acteurs d’intérêt général, puis le "
          "monde éducatif. Le tableau ci-dessous détaille chaque famille de "
          "partenaires. Il se lit en ligne : pour chaque type d’acteur, la "
          "colonne de droite donne la part des associations employeuses qui "
          "déclarent au moins une relation avec lui."),
        table([["Type de partenaire", "Part des associations"],
               ["Collectivités territoriales", "89 %"],
               ["Structures d’intérêt général", "73 %"],
               ["Établissements scolaires", "70 %"],
               ["Collectifs d’associations", "56 %"],
               ["Acteurs publics nationaux", "52 %"],
               ["Fédérations professionnelles", "37 %"],
               ["Acteurs académiques", "35 %"]],
              [colw * 0.62, colw * 0.38]),
        Spacer(1, 6),
        P("Source : programme IMPACT, volet Associations &amp; Territoires.",
          "note"),
        FrameBreak(),
        P("Lecture du tableau", "h2"),
        P("Les fédérations professionnelles devancent de peu le monde "
          "académique. Ce dernier reste le partenaire le moins souvent cité "
          "de toute la liste, un peu au-dessus du tiers des structures."),
        P("Les collectifs d’associations occupent une place intermédiaire. "
          "Un peu plus d’une structure sur deux s’appuie sur eux, ce qui "
          "confirme l’importance des réseaux entre pairs."),
        P("Quant aux acteurs publics nationaux, ils sont cités par une "
          "courte majorité. Leur présence tient souvent à des programmes "
          "ou à des agréments d’État."),
        NextPageTemplate("two"), PageBreak(),
    ]
    # page 3 : scale and forms
    st += [
        P("2. À quelle échelle et sous quelle forme ?", "h2"),
        P("La coopération associative se vit d’abord au plus près du "
          "terrain. Dans leur grande majorité, les partenariats se nouent à "
          "l’échelon local : c’est le cas pour 73 % des associations "
          "employeuses."),
        P("La dimension régionale, elle, concerne un peu moins d’une "
          "association sur deux. Elle est citée par 47 % des structures."),
        P("Cette géographie dessine un tissu de proximité. Elle explique "
          "aussi pourquoi les collectivités restent l’interlocuteur "
          "numéro un."),
        FrameBreak(),
        P("Quant aux formes de coopération, l’enquête en distingue quatre. "
          "Les voici, de la plus répandue à la moins fréquente¹ :"),
    ]
    st += bullets([
        "le mécénat, sous toutes ses formes : 75 % ;",
        "l’innovation sociétale menée à plusieurs : 73 % ;",
        "les pratiques responsables partagées : 70 % ;",
        "la coopération économique : 58 %.",
    ])
    st += [
        Spacer(1, 4),
        P("Le mécénat reste donc la porte d’entrée la plus fréquente. Il ne "
          "résume pourtant plus la relation : la coopération économique, "
          "longtemps marginale, concerne désormais plus de la moitié des "
          "structures."),
        keybox([("3 sur 4", "associations employeuses pratiquent le "
                            "mécénat avec au moins un partenaire")], colw),
        P("¹ Plusieurs réponses possibles : les totaux dépassent 100 %.",
          "note"),
        NextPageTemplate("one"), PageBreak(),
    ]
    # page 4 : comparison with Recherches & Solidarites
    st += [
        P("3. Regard croisé : l’enquête Associations &amp; Partenariats",
          "h2"),
        P("Quelques années plus tôt, un autre éclairage avait été apporté "
          "par une publication commune de Recherches &amp; Solidarités et du "
          "RAMEAU. Parue en mars 2017, elle reposait sur une consultation "
          "menée en mai et juin 2016."),
        P("Plus de 1 380 responsables associatifs y avaient pris part. Ils "
          "dirigeaient des structures de toutes tailles, employeuses ou non, "
          "ce qui interdit une comparaison terme à terme avec les pages "
          "précédentes²."),
        P("Premier constat de cette enquête : une association travaille "
          "rarement avec un seul allié. Elle en mobilise 2,5 en moyenne."),
        table([["Partenaires cités (consultation 2016)",
                "Part des répondants"],
               ["Collectivités", "74 %"],
               ["Associations ou fondations", "72 %"],
               ["Établissements d’enseignement", "47 %"],
               ["Entreprises", "28 %"],
               ["Structures d’insertion", "22 %"],
               ["Organismes de recherche", "9 %"]],
              [fullw * 0.55, fullw * 0.25]),
        Spacer(1, 8),
        P("La taille budgétaire pèse lourd dans la relation avec le monde "
          "économique. Parmi les associations dont le budget dépasse "
          "150 000 €, la moitié a noué un partenariat avec une entreprise, "
          "soit 50 %. Chez celles qui disposent de moins de 10 000 €, la "
          "proportion tombe à 20 %."),
        P("Les petites structures ne sont pas pour autant isolées : elles "
          "se tournent davantage vers la commune et vers les autres "
          "associations du quartier."),
        Spacer(1, 6),
        P("² Écart avec la p. 15 : 74 % de citations des collectivités ici, "
          "contre 89 % dans le volet IMPACT. Les deux populations diffèrent "
          "(toutes associations d’un côté, associations employeuses de "
          "l’autre).", "note"),
    ]
    build("obs-s38-01-associations-partenaires.pdf", A4,
          "Observatoire des partenariats · Programme IMPACT · Cahier "
          "« Associations & Territoires »",
          lambda n: ("Le RAMEAU — reproduction autorisée avec mention de la "
                     "source", "p. %d" % (n + 13)),
          tpl, st, "Les associations employeuses et leurs alliés")


# ================================================================ DOC 02
def doc02():
    tpl, colw, fullw = portrait_templates()
    st = [NextPageTemplate("one")]
    st += [
        P("FICHE REPÈRE", "label"),
        P("Le RAMEAU et l’Observatoire des partenariats : qui fait quoi ?",
          "title"),
        P("Édition revue et corrigée, rédigée au moment du passage au "
          "troisième plan quinquennal", "edition"),
        P("Le laboratoire", "h2"),
        P("Le RAMEAU a vu le jour en 2006. C’est une structure associative "
          "reconnue d’intérêt général, qui se présente volontiers comme un "
          "« laboratoire de recherche empirique » consacré aux alliances "
          "entre acteurs."),
        P("Sa méthode part du terrain. Depuis sa naissance, il a "
          "expérimenté ses démarches auprès de plus de 500 organisations ; "
          "il a aussi recensé plus de 1 000 exemples inspirants."),
        P("À sa tête se trouve son président-fondateur, Charles-Benoît "
          "Heidsieck. La direction générale revient à Laurence Weber ; elle "
          "pilote les équipes au quotidien."),
        P("L’Observatoire", "h2"),
        P("L’Observatoire des partenariats est né en 2008 d’une initiative "
          "conjointe de la Caisse des Dépôts et du RAMEAU. Le MEDEF et le "
          "Mouvement associatif s’y sont joints en tant que partenaires."),
        P("Sa direction scientifique est confiée à Anne Robin. Cette "
          "dernière, fondatrice du cabinet COMISIS, exerce ce rôle à titre "
          "bénévole."),
        Spacer(1, 6),
        table([["Attention aux dates"],
               ["Certains documents plus anciens avancent une autre année. "
                "L’étude ARPEA Entreprises &amp; Territoires de janvier 2011, "
                "comme le rapport quinquennal du 11 décembre 2012, évoquent "
                "un « Observatoire national des partenariats associations / "
                "entreprises » créé en 2007."]],
              [fullw * 0.8]),
        NextPageTemplate("one"), PageBreak(),
    ]
    st += [
        P("Trois plans de cinq ans", "h2"),
        P("Les travaux de l’Observatoire s’organisent en cycles "
          "quinquennaux. Le tableau suivant les résume, du plus ancien au "
          "plus récent."),
        table([["Programme", "Période", "Repère"],
               ["ARPEA", "2008-2012", "10 volets d’étude"],
               ["PHARE", "2013-2018 ³", "6 volets publiés en 2015 et 2016"],
               ["IMPACT", "2018-2022", "lancé en novembre 2017"]],
              [fullw * 0.2, fullw * 0.25, fullw * 0.45]),
        P("³ Certaines présentations bornent PHARE à 2013-2017.", "note"),
        Spacer(1, 6),
        P("Que veut dire ARPEA ? La réponse varie selon les supports. Le "
          "rapport quinquennal développe le sigle en « Analyse des Relations "
          "et des Partenariats entre Entreprises et Associations ». D’autres "
          "pages du RAMEAU écrivent « Analyser les Relations Partenariales "
          "entre Entreprises et Associations », et une présentation du "
          "programme d’études se contente d’« Analyse des Relations "
          "Associations-Entreprises »."),
        P("Le premier cycle s’est clos par un bilan : le rapport "
          "quinquennal, rendu public le 11 décembre 2012. Peu après, la "
          "ministre Valérie Fourneyron a demandé un état des lieux des "
          "partenariats entre associations et entreprises. Ce rapport a "
          "paru au début de l’année 2014."),
        P("Le troisième plan associe cinq partenaires : la Caisse des "
          "Dépôts, l’Institut CDC pour la Recherche, le Groupe La Poste, la "
          "Fondation TOTAL et Le RAMEAU. Il s’articule autour de trois "
          "axes :"),
    ]
    st += bullets(["l’innovation sociétale et territoriale ;",
                   "la performance des organisations ;",
                   "la confiance."], mark="–")
    st += [NextPageTemplate("one"), PageBreak()]
    st += [
        P("Premiers chiffres, premières tendances", "h2"),
        P("Dès ses débuts, l’Observatoire a sondé l’opinion. En 2008, "
          "86 % des Français estimaient urgent de développer des "
          "partenariats entre associations et entreprises. Quatre ans plus "
          "tard, ils étaient encore 84 % à le penser."),
        P("Côté associatif, le même programme ARPEA évaluait à près de "
          "46 % la proportion d’associations déjà engagées aux côtés d’une "
          "entreprise."),
        P("L’étude ARPEA Entreprises &amp; Territoires, publiée en janvier "
          "2011, a interrogé l’autre rive. Ses résultats dessinent trois "
          "groupes d’entreprises :"),
    ]
    st += bullets(["celles qui développent déjà des partenariats : 21 % ;",
                   "celles qui souhaitent s’y engager : 33 % ;",
                   "celles qui ne le souhaitent pas : le solde, soit "
                   "46 %."], mark="–")
    st += [
        Spacer(1, 4),
        P("Une note datée du 29 février 2016 a actualisé ces ordres de "
          "grandeur. Elle chiffrait à 37 % la part des entreprises d’au "
          "moins 10 salariés engagées dans un partenariat. Pour les "
          "associations, elle retenait 38 %, et même 53 % parmi les "
          "associations employeuses. Chez les acteurs qualifiés de "
          "« pionniers », le taux grimpait à 65 %."),
        P("En quelques années, la relation entre associations et "
          "entreprises est donc passée du statut d’exception à celui de "
          "pratique courante, sans être encore généralisée."),
    ]
    build("obs-s38-02-fiche-reperes-observatoire.pdf", A4,
          "FICHE REPÈRE · Histoire & gouvernance de l’Observatoire",
          lambda n: ("Observatoire des partenariats — fiche n° 2",
                     "feuillet %d / 3" % n),
          tpl, st, "Le RAMEAU et l’Observatoire : qui fait quoi ?")


# ================================================================ DOC 03
def doc03():
    W, H = landscape(A4)
    m = 22 * mm
    tpl = {"slide": [(m, 20 * mm, W - 2 * m, H - 44 * mm)]}
    st = [
        Spacer(1, 20 * mm),
        P("DIAPORAMA", "label"),
        P("Les Français et les alliances d’intérêt général", "s_cover"),
        P("Résultats de l’enquête PHARE-Citoyens", "s_title"),
        P("Support projeté lors de la restitution de septembre 2015 — "
          "Observatoire des partenariats", "s_small"),
        PageBreak(),
        P("Une enquête, six volets", "s_title"),
        P("PHARE-Citoyens ouvre le programme PHARE", "s_line"),
        P("Plus de 2 000 personnes interrogées", "s_line"),
        P("Les autres publics suivront, volet après volet :", "s_line"),
    ]
    st += bullets(["Citoyens — septembre 2015",
                   "Entreprises — octobre 2015",
                   "Associations — novembre 2015",
                   "13 rapports régionaux — 2016",
                   "Diagnostics sectoriels — juillet 2016",
                   "Institutions — automne 2016"], style="s_line", mark="▸")
    st += [
        PageBreak(),
        P("Leurs préoccupations, notées sur 10", "s_title"),
        table([["Sujet", "Note moyenne"],
               ["Emploi", "7,1"],
               ["Pouvoir d’achat", "6,6"],
               ["Sécurité", "6,6 *"],
               ["Développement économique", "6,5"],
               ["Environnement", "6,3"],
               ["Exclusion", "6,3"]],
              [110 * mm, 50 * mm]),
        P("* Un compte rendu de presse de la même enquête attribue à la "
          "sécurité une note de 7/10.", "s_small"),
        PageBreak(),
        P("Où les partenariats pèsent le plus", "s_title"),
        P("Impact jugé « fort » par les répondants…", "s_line"),
    ]
    st += bullets(["sur l’emploi : 49 %",
                   "sur le développement économique : 46 %",
                   "sur l’environnement : 42 %",
                   "sur la précarité : 36 %",
                   "sur l’éducation : 36 %"], style="s_line", mark="▸")
    st += [
        PageBreak(),
        P("Un consensus qui dépasse les citoyens", "s_title"),
        P("69 % des Français : s’allier est un devoir", "s_line"),
        P("Même tonalité chez les autres publics interrogés par PHARE :",
          "s_line"),
    ]
    st += bullets(["81 % des dirigeants d’entreprise",
                   "86 % des responsables associatifs",
                   "87 % des maires"], style="s_line", mark="▸")
    st += [
        P("Le volet Institutions paraît le 29 novembre 2016.", "s_line"),
        P("Il classe les maires en 5 profils.", "s_line"),
    ]
    build("obs-s38-03-phare-citoyens-diaporama.pdf", landscape(A4),
          "PHARE-Citoyens · restitution des résultats",
          lambda n: ("Observatoire des partenariats — Le RAMEAU",
                     ("%d" % (n - 1)) if n > 1 else ""),
          tpl, st, "PHARE-Citoyens : les Français et les alliances")


# ================================================================ DOC 04
def doc04():
    tpl, colw, fullw = portrait_templates(header_h=40 * mm)
    st = [NextPageTemplate("headtwo")]
    st += [
        P("BULLETIN DE VEILLE", "label"),
        P("Maires et coopération : le territoire bouge", "title"),
        P("Numéro 7 — livraison de fin d’automne, bouclée après la parution "
          "de novembre 2024", "edition"),
        FrameBreak(),
        P("Enquête · IMPACTS &amp; TRAJECTOIRES – Elus locaux", "h2"),
        P("Publiée en novembre 2024, la nouvelle vague d’enquête auprès des "
          "élus locaux apporte un éclairage frais. Le terrain s’est déroulé "
          "par téléphone, du 30 septembre au 28 octobre 2024."),
        P("Au total, 302 maires ont répondu. La très grande majorité "
          "d’entre eux dirige de petites communes : 84 % des répondants "
          "administrent une commune de moins de 2 000 habitants."),
        P("Notre lecture : la petite taille des communes interrogées invite "
          "à la prudence avant toute comparaison avec les grandes villes."),
        FrameBreak(),
        keybox([("91 %", "des maires voient leur territoire en mouvement")],
               colw),
        Spacer(1, 6),
        P("Ce chiffre recouvre deux groupes. Un peu plus d’un tiers des "
          "maires perçoivent un mouvement fort : ils sont 35 %. Les autres, "
          "soit 56 %, décrivent un territoire en mouvement « ni plus ni "
          "moins »."),
        P("Le bulletin reviendra sur le détail par taille de commune dans "
          "un prochain numéro."),
        NextPageTemplate("two"), PageBreak(),
    ]
    st += [
        P("Rappels : ce que disaient les vagues précédentes", "h2"),
        P("En novembre 2020, l’étude IMPACT-Elus locaux, réalisée par "
          "Comisis-OpinionWay, avait nourri une fiche-repère intitulée "
          "« Les dynamiques d’engagement des Collectivités territoriales ». "
          "Cet outil a été dévoilé au Congrès des maires."),
        P("Elle livrait un double constat. D’un côté, 76 % des maires "
          "considéraient leur territoire comme engagé. De l’autre, 46 % "
          "reconnaissaient ne pas savoir piloter ces dynamiques."),
        P("Lors d’un dîner « Elus &amp; Entreprises », deux chiffres ont été "
          "mis en avant. Le premier : 64 % des élus locaux souhaitent "
          "s’appuyer sur le « jouer collectif ». Le second : 92 % des maires "
          "reconnaissent que la co-construction est utile."),
        FrameBreak(),
        P("Le programme IMPACT a aussi mesuré la perception des "
          "partenariats comme source d’innovation. Le résultat fait "
          "consensus, quel que soit le public :"),
    ]
    st += bullets(["74 % des Français¹ ;",
                   "81 % des dirigeants d’entreprise ;",
                   "86 % des responsables associatifs ;",
                   "87 % des maires."])
    st += [
        Spacer(1, 4),
        P("Les maires arrivent donc en tête. Ils sont aussi ceux qui "
          "réclament le plus d’outils pour passer à l’action."),
        P("¹ Une autre présentation des mêmes résultats retient 69 % pour "
          "les citoyens.", "note"),
        NextPageTemplate("two"), PageBreak(),
    ]
    st += [
        P("Sur les territoires", "h2"),
        P("Expérimentation · Le CGET et Le RAMEAU ont lancé ensemble un "
          "parcours d’expérience consacré à la co-construction "
          "territoriale. 11 territoires pionniers y prennent part, pour une "
          "durée de 18 mois. La première session s’est tenue le 3 mai²."),
        P("Historique · Ce parcours prolonge la démarche « Agir ensemble en "
          "Territoire ». Celle-ci a été initiée en 2010, dans le sillage de "
          "l’étude ARPEA-Collectivités locales conduite par "
          "Comisis-OpinionWay."),
        P("Trois territoires lui ont servi de pilotes : l’Alsace, avec "
          "Alsace Active ; le Poitou-Charentes, avec le Groupe La Poste ; "
          "enfin Paris-Est Marne &amp; Bois."),
        P("² Une autre communication évoque « le CGET et 10 territoires "
          "pilotes ».", "note"),
        FrameBreak(),
        P("Rétroviseur · un mois de novembre chargé (archives)", "h2"),
        table([["Date", "Rendez-vous"],
               ["15 nov.", "Dossier JURIS Associations n° 628"],
               ["23 nov.", "3e dîner « Elus &amp; Entreprises »"],
               ["26 nov.", "Publication du 11e rapport régional de "
                           "l’Observatoire : Normandie"],
               ["26 nov.", "5e webinaire « l’ODD 17 en pratique »"]],
              [colw * 0.25, colw * 0.75]),
    ]
    build("obs-s38-04-veille-elus-territoires.pdf", A4,
          "Bulletin de veille des partenariats — élus & territoires",
          lambda n: ("Bulletin de veille des partenariats · n° 7",
                     "%d" % (n + 7)),
          tpl, st, "Maires et coopération : le territoire bouge",
          first="headtwo")


# ================================================================ DOC 05
def doc05():
    tpl, colw, fullw = portrait_templates()
    st = [NextPageTemplate("one")]
    st += [
        P("NOTE", "label"),
        P("Du rapport ministériel au droit d’alliance : les étapes",
          "title"),
        P("Note de synthèse — rédigée après la création de la Fondation des "
          "Territoires, pages extraites d’un dossier plus large", "edition"),
        P("1. Une commande gouvernementale", "h2"),
        P("Tout commence au FNAF 2019¹. À cette occasion, Gabriel Attal a "
          "confié une mission à deux personnalités : Cathy Racon-Bouzon et "
          "Charles-Benoît Heidsieck, président-fondateur du RAMEAU."),
        P("Les deux missionnaires ont remis leur rapport le 7 mai 2020. Un "
          "bilan a suivi, le 17 octobre 2020."),
        P("Le Gouvernement en a tiré une « feuille de route » ministérielle. "
          "Celle-ci compte 21 mesures."),
        Spacer(1, 8),
        P("¹ FNAF : Forum national des associations et fondations.",
          "note"),
        NextPageTemplate("one"), PageBreak(),
        P("2. Une proposition de loi", "h2"),
        P("L’étape suivante est législative. Cathy Racon-Bouzon a porté une "
          "proposition de loi visant à reconnaître un « droit de l’alliance "
          "d’intérêt général ». Déposée en février, elle a été agréée par le "
          "Bureau de l’Assemblée nationale, puis publiée au Journal "
          "officiel."),
        P("Pourquoi un tel texte ? Parce que les attentes sont massives. "
          "Trois chiffres les résument :"),
    ]
    st += bullets(["81 % des Français parlent d’un « devoir d’alliance » ;",
                   "92 % des maires expriment un « besoin d’alliance » ;",
                   "84 % des dirigeants d’entreprise disent leur « envie "
                   "d’alliance »."])
    st += [
        Spacer(1, 8),
        keybox([("92 %", "des maires : le besoin d’alliance est le plus "
                         "fort chez les élus")], fullw * 0.7),
        NextPageTemplate("two"), PageBreak(),
        P("3. L’ODD 17 en pratique", "h2"),
        P("L’objectif de développement durable n° 17 porte sur les "
          "partenariats. Il se décline en 19 cibles, comme le rappelle la "
          "note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons », "
          "présentée un 5 juillet."),
        P("Pour outiller les acteurs, Le RAMEAU a conçu la plateforme "
          "www.odd17.org. Elle est organisée selon un acronyme, M.E.D.O.C., "
          "dont chaque lettre désigne une famille de ressources : Méthodes, "
          "Exemples, Données, Outils, Compétences."),
        FrameBreak(),
        P("Le Fonds ODD 17", "h2"),
        P("En 2020, Le RAMEAU et la Fondation TotalEnergies ont co-créé le "
          "Fonds ODD 17. Sa dotation s’élève à 1,5 M€."),
        P("Elle finance une expérimentation prévue sur 3 ans, qui s’appuie "
          "sur 350 « catalyseurs territoriaux »."),
        keybox([("1,5 M€", "dotation du Fonds ODD 17")], colw),
        NextPageTemplate("one"), PageBreak(),
        P("4. Fondations et territoires", "h2"),
        P("L’étude IMPACT Fondations &amp; Territoires a été publiée un "
          "23 septembre. Elle repose sur les réponses de 42 fondations."),
        P("La Fondation des Territoires est le fruit d’une longue "
          "préfiguration, lancée en juillet 2018. Celle-ci s’est déroulée "
          "en trois étapes :"),
        table([["Étape", "Période"],
               ["1", "juillet 2018 – juillet 2019"],
               ["2", "août 2019 – novembre 2020"],
               ["3", "décembre 2020 – mai 2022"]],
              [fullw * 0.15, fullw * 0.45]),
        Spacer(1, 6),
        P("Elle a été officiellement créée le 14 juin 2022, sous l’égide de "
          "la Fondation de Lille. Ses co-fondateurs sont au nombre de 21, et "
          "elle poursuit 3 missions."),
        P("La Charte du faire alliance", "h2"),
        P("Cette charte est issue de 3 mois de co-construction, pilotés par "
          "la Fondation des Territoires. Elle se présente comme un "
          "« contrat de confiance » entre alliés."),
        P("Son lancement a eu lieu le 30 novembre 2021, jour du Giving "
          "Tuesday, à Saint-Maurice (Paris-Est Marne &amp; Bois), lors "
          "d’une soirée VitaWin²."),
        P("² Une annonce publiée sur associations.gouv.fr mentionne, pour "
          "ce lancement, un « mardi 30 septembre ».", "note"),
    ]
    build("obs-s38-05-note-droit-alliance.pdf", A4,
          "Note d’analyse · Droit d’alliance et outils de l’ODD 17",
          lambda n: ("Le RAMEAU / Observatoire des partenariats — document "
                     "de travail", "– %d –" % (n + 4)),
          tpl, st, "Du rapport ministériel au droit d’alliance")


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
