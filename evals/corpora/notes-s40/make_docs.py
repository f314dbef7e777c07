# -*- coding: utf-8 -*-
"""Generate the 5 demo PDFs of the s40 blind question set (deterministic).

Run with: /work/main/.venv/bin/python make_docs.py
Writes obs-s40-NN-<slug>.pdf next to this file.
Facts come from /work/shared/facts.md; every sentence is written for this set.
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily

registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")

# ---------------------------------------------------------------- styles
BODY = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13, alignment=TA_LEFT,
                      spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9.5, spaceAfter=2)
LABEL = ParagraphStyle("label", parent=BODY, fontName="DV-B", fontSize=9, leading=11,
                       textColor=colors.HexColor("#8a1c1c"), spaceAfter=4)
TITLE = ParagraphStyle("title", parent=BODY, fontName="DV-B", fontSize=17, leading=21,
                       spaceAfter=6)
EDITION = ParagraphStyle("edition", parent=BODY, fontName="DV-I", fontSize=9, leading=12,
                         textColor=colors.HexColor("#444444"), spaceAfter=10)
H2 = ParagraphStyle("h2", parent=BODY, fontName="DV-B", fontSize=11.5, leading=15,
                    spaceBefore=6, spaceAfter=5, textColor=colors.HexColor("#1d3c6e"))
H3 = ParagraphStyle("h3", parent=BODY, fontName="DV-B", fontSize=10, leading=13,
                    spaceBefore=4, spaceAfter=3)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=12, bulletIndent=2, spaceAfter=2)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="DV-B")
BOXNUM = ParagraphStyle("boxnum", parent=BODY, fontName="DV-B", fontSize=20, leading=24,
                        alignment=TA_CENTER, textColor=colors.HexColor("#8a1c1c"), spaceAfter=0)
BOXTXT = ParagraphStyle("boxtxt", parent=BODY, fontSize=8.5, leading=11, alignment=TA_CENTER,
                        spaceAfter=0)
# slides
S_TITLE = ParagraphStyle("stitle", parent=BODY, fontName="DV-B", fontSize=24, leading=30,
                         textColor=colors.HexColor("#1d3c6e"), spaceAfter=14)
S_LINE = ParagraphStyle("sline", parent=BODY, fontSize=16, leading=22, spaceAfter=6)
S_BIG = ParagraphStyle("sbig", parent=BODY, fontName="DV-B", fontSize=30, leading=36,
                       textColor=colors.HexColor("#8a1c1c"), spaceAfter=2)
S_NOTE = ParagraphStyle("snote", parent=BODY, fontSize=10, leading=13,
                        textColor=colors.HexColor("#555555"))


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items, style=BULLET, sym="•"):
    return [Paragraph(t, style, bulletText=sym) for t in items]


def table(rows, widths, header=True, zebra=True):
    data = []
    for i, r in enumerate(rows):
        st = CELLB if (header and i == 0) else CELL
        data.append([Paragraph(str(c), st) for c in r])
    t = Table(data, colWidths=widths)
    cmds = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6f1")))
    if zebra:
        for i in range(2 if header else 1, len(rows), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f4f4f4")))
    t.setStyle(TableStyle(cmds))
    return t


def keybox(pairs, width):
    """Key-figure box: list of (figure, caption)."""
    n = len(pairs)
    cw = width / n
    row1 = [Paragraph(a, BOXNUM) for a, _ in pairs]
    row2 = [Paragraph(b, BOXTXT) for _, b in pairs]
    t = Table([row1, row2], colWidths=[cw] * n)
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#8a1c1c")),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.HexColor("#c9a0a0")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fbf3ee")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def framed(flowables, width, color="#1d3c6e"):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(color)),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f5fa")),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
    return t


def rule():
    t = Table([[""]], colWidths=[60 * mm], rowHeights=[2])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.black)]))
    return t


# ---------------------------------------------------------------- document builder
class Doc:
    def __init__(self, fname, pagesize, banner, footer, pnum, title):
        self.fname = os.path.join(HERE, fname)
        self.pagesize = pagesize
        self.banner = banner          # function(page) -> str
        self.footer = footer          # function(page) -> str
        self.pnum = pnum              # function(page) -> str or None (printed number)
        self.title = title

    def decorate(self, canv, doc):
        w, h = self.pagesize
        page = canv.getPageNumber()
        canv.saveState()
        canv.setFillColor(colors.HexColor("#1d3c6e"))
        canv.rect(0, h - 14 * mm, w, 14 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DV-B", 8.5)
        canv.drawString(15 * mm, h - 9 * mm, self.banner(page))
        canv.setFillColor(colors.HexColor("#555555"))
        canv.setFont("DV", 7.5)
        canv.drawString(15 * mm, 9 * mm, self.footer(page))
        num = self.pnum(page)
        if num:
            canv.setFont("DV-B", 9)
            canv.drawRightString(w - 15 * mm, 9 * mm, num)
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.line(15 * mm, 13 * mm, w - 15 * mm, 13 * mm)
        canv.restoreState()

    def build(self, story, expected_pages, first="one"):
        w, h = self.pagesize
        lm = 18 * mm
        top = 22 * mm
        bot = 18 * mm
        fw = w - 2 * lm
        fh = h - top - bot
        gap = 8 * mm
        one = PageTemplate("one", [Frame(lm, bot, fw, fh, id="f1")], onPage=self.decorate)
        cw = (fw - gap) / 2
        two = PageTemplate("two", [Frame(lm, bot, cw, fh, id="c1"),
                                   Frame(lm + cw + gap, bot, cw, fh, id="c2")],
                           onPage=self.decorate)
        doc = BaseDocTemplate(self.fname, pagesize=self.pagesize,
                              pageTemplates=[one, two] if first == "one" else [two, one],
                              title=self.title, author="Observatoire des partenariats (démo)",
                              subject=self.title, creator="make_docs.py s40")
        doc.build(story)
        from pypdf import PdfReader
        n = len(PdfReader(self.fname).pages)
        assert n == expected_pages, (self.fname, n, expected_pages)
        return fw, cw


A4W = A4[0] - 36 * mm  # usable width on A4 portrait
COLW = (A4W - 8 * mm) / 2


# ================================================================= DOC 1 : étude PHARE
def doc1():
    d = Doc("obs-s40-01-etude-phare-citoyens.pdf", A4,
            banner=lambda p: "OBSERVATOIRE DES PARTENARIATS  |  Programme PHARE  |  Regards croisés",
            footer=lambda p: "Étude de synthèse PHARE — Citoyens et Institutions — diffusion libre avec mention de la source",
            pnum=lambda p: "— %d —" % (13 + p),
            title="Ce que les Français attendent des alliances")
    s = []
    s += [P("ÉTUDE", LABEL),
          P("Ce que les Français attendent des alliances entre acteurs", TITLE),
          P("Synthèse relue et mise en forme en 2016 — cahier n° 2 des travaux PHARE", EDITION),
          P("Après une première période consacrée à l'observation des relations entre associations "
            "et entreprises, l'Observatoire a ouvert un second cycle, plus large, baptisé PHARE. "
            "Ce cycle s'étend de 2013 à 2018. Il ne se limite plus à deux familles d'acteurs : il "
            "interroge aussi les citoyens et les institutions publiques."),
          P("Le programme a été découpé en volets successifs, publiés entre l'automne 2015 et la "
            "fin de l'année 2016. Les voici dans l'ordre de leur parution :"),
          ]
    s += bullets(["le volet Citoyens, en septembre 2015 ;",
                  "le volet Entreprises, le mois suivant (octobre 2015) ;",
                  "le volet Associations, en novembre 2015 ;",
                  "une série de 13 rapports régionaux, échelonnés au long de 2016 ;",
                  "des diagnostics sectoriels, livrés en juillet 2016 ;",
                  "enfin le volet Institutions, à l'automne 2016."])
    s += [Spacer(1, 8),
          P("Le présent cahier rassemble ce qu'ont appris le premier et le dernier de ces volets. "
            "Le premier a mobilisé un échantillon important de la population. Ce dernier, au "
            "contraire, s'est concentré sur les élus municipaux."),
          Spacer(1, 6),
          keybox([("plus de 2 000", "personnes interrogées pour le volet Citoyens"),
                  ("6", "volets dans le programme PHARE"),
                  ("13", "rapports régionaux publiés en 2016")], A4W),
          Spacer(1, 10),
          P("<i>Lecture :</i> les chiffres de ce cahier sont arrondis à l'unité, sauf les notes "
            "moyennes, données avec une décimale.", SMALL),
          NextPageTemplate("two"), PageBreak()]
    # ---- page 2 (two columns)
    s += [P("1. Les priorités des Français", H2),
          P("On a d'abord demandé aux personnes interrogées de noter, de 0 à 10, l'importance "
            "qu'elles accordent à une série de grands enjeux de société. Le tableau ci-dessous "
            "reprend les moyennes obtenues."),
          table([["Enjeu", "Note moyenne /10"],
                 ["Emploi", "7,1"],
                 ["Pouvoir d'achat", "6,6"],
                 ["Sécurité", "6,6 ¹"],
                 ["Développement économique", "6,5"],
                 ["Environnement", "6,3"],
                 ["Exclusion", "6,3"]], [COLW * 0.62, COLW * 0.38]),
          Spacer(1, 6),
          P("L'écart entre le premier et le dernier enjeu reste modeste : moins d'un point "
            "sépare le haut et le bas du classement."),
          P("Les deux derniers enjeux arrivent à égalité. Ils ferment la marche, loin derrière "
            "les préoccupations d'ordre économique."),
          FrameBreak(),
          P("2. Là où les alliances changent la donne", H2),
          P("Seconde étape : pour chacun de ces domaines, les répondants ont indiqué si, à leurs "
            "yeux, les partenariats entre acteurs y produisent un impact fort."),
          P("Le domaine qui arrive en tête est celui du travail. Près d'une personne sur deux le "
            "cite : 49 % exactement."),
          P("Vient ensuite le développement économique. Il recueille 46 % des citations, soit "
            "trois points de moins."),
          P("L'environnement occupe la troisième marche. On le trouve cité par 42 % des "
            "personnes interrogées."),
          P("La précarité et l'éducation, elles, sont au coude à coude. Chacune obtient 36 %."),
          Spacer(1, 6),
          framed([P("<b>À retenir</b> — les Français n'attendent pas des alliances qu'elles "
                    "règlent tout, mais ils en perçoivent l'effet d'abord sur l'activité et "
                    "sur l'emploi.", CELL)], COLW),
          Spacer(1, 10), rule(),
          P("¹ Une autre restitution de la même enquête, reprise dans la presse, arrondit cette "
            "note à 7/10.", SMALL),
          NextPageTemplate("one"), PageBreak()]
    # ---- page 3
    s += [P("3. Le volet Institutions : la parole aux maires", H2),
          P("Dernier volet du programme, PHARE-Institutions a été rendu public le 29 novembre 2016. "
            "Il s'appuie sur l'écoute des élus municipaux et propose une typologie originale."),
          P("Celle-ci classe les maires selon leur manière d'aborder la co-construction avec les "
            "autres acteurs de leur territoire. On en dénombre cinq profils, du plus réservé au "
            "plus moteur."),
          P("4. Une conviction partagée", H2),
          P("En rapprochant les volets du programme, une même conviction ressort : faire alliance "
            "n'est plus une option. Le tableau suivant indique, pour chaque population, la part "
            "de ceux qui partagent cette conviction."),
          table([["Population interrogée", "Volet PHARE", "Part convaincue"],
                 ["Citoyens", "PHARE-Citoyens (sept. 2015)", "69 %"],
                 ["Dirigeants d'entreprise", "PHARE-Entreprises", "81 %"],
                 ["Responsables associatifs", "PHARE-Associations", "86 %"],
                 ["Maires", "PHARE-Institutions", "87 %"]],
                [A4W * 0.36, A4W * 0.40, A4W * 0.24]),
          Spacer(1, 8),
          P("Chez les citoyens, cette conviction prend la forme d'un véritable « devoir "
            "d'alliance ». Les élus, eux, l'expriment en termes d'utilité pour leur territoire."),
          P("La hiérarchie est nette : plus l'on est proche de l'action publique locale, plus la "
            "conviction est forte. Les maires ferment ainsi le tableau avec le score le plus "
            "élevé des quatre populations."),
          PageBreak()]
    # ---- page 4
    s += [P("5. Ce qu'il faut en retenir", H2),
          P("Trois enseignements se dégagent de cette lecture croisée :"),
          ]
    s += bullets(["l'emploi domine à la fois les attentes et la perception des effets ;",
                  "l'adhésion au principe d'alliance progresse à mesure que l'on se rapproche "
                  "du terrain ;",
                  "les maires ne forment pas un bloc homogène, d'où l'intérêt d'une typologie."])
    s += [Spacer(1, 8),
          P("6. Et après ?", H2),
          P("Les rapports régionaux publiés au long de 2016 ont permis de décliner ces résultats "
            "territoire par territoire. Le programme suivant prendra le relais pour mesurer les "
            "effets concrets des alliances, au-delà des perceptions."),
          Spacer(1, 10), rule(),
          P("Méthode : les volets ont été conduits par l'Observatoire des partenariats ; les "
            "chiffres cités proviennent des restitutions publiques de chaque volet.", SMALL),
          P("Les notes moyennes reposent sur une échelle de 0 (aucune importance) à 10 "
            "(importance maximale).", SMALL)]
    d.build(s, 4)


# ================================================================= DOC 2 : fiche repère associations
def doc2():
    letters = {1: "A", 2: "B", 3: "C"}
    d = Doc("obs-s40-02-fiche-repere-associations.pdf", A4,
            banner=lambda p: "FICHES REPÈRES — ASSOCIATIONS ET TERRITOIRES",
            footer=lambda p: "Observatoire des partenariats — fiche à usage pédagogique",
            pnum=lambda p: "Repère 7-%s" % letters[p],
            title="Associations : avec qui font-elles alliance ?")
    s = []
    s += [P("FICHE REPÈRE", LABEL),
          P("Associations : avec qui font-elles alliance ?", TITLE),
          P("Actualisée avec les résultats IMPACT – Associations &amp; Territoires ; le feuillet C "
            "reprend une enquête antérieure", EDITION),
          P("Le tissu associatif employeur est au cœur des dynamiques locales. Combien de "
            "structures cela représente-t-il ? Les associations qui salarient au moins une "
            "personne sont environ 148 000 en France."),
          P("Parmi elles, celles qui n'ont aucun partenaire sont devenues l'exception. Elles ne "
            "représentent plus qu'une toute petite minorité."),
          keybox([("148 000", "associations employeuses"),
                  ("98 %", "d'entre elles déclarent au moins un partenariat")], A4W),
          Spacer(1, 10),
          P("Avec qui ? Le tableau ci-dessous détaille la nature des partenaires, chaque "
            "association pouvant en citer plusieurs."),
          table([["Type de partenaire", "Part des associations concernées"],
                 ["Collectivités territoriales", "89 %"],
                 ["Structures d'intérêt général", "73 %"],
                 ["Établissements scolaires", "70 %"],
                 ["Collectifs d'associations", "56 %"],
                 ["Acteurs publics nationaux", "52 %"],
                 ["Fédérations professionnelles", "37 %"],
                 ["Acteurs académiques", "35 %"]], [A4W * 0.6, A4W * 0.4]),
          Spacer(1, 6),
          P("Source : étude IMPACT – Associations &amp; Territoires, Observatoire des "
            "partenariats.", SMALL),
          NextPageTemplate("two"), PageBreak()]
    # page 2, two columns
    s += [P("À quelle échelle ?", H2),
          P("La proximité reste la règle. Les partenariats noués à l'échelle locale sont "
            "de loin les plus fréquents."),
          P("Ils concernent près des trois quarts des associations. Le chiffre exact est de 73 %."),
          P("L'échelon suivant est moins fréquent. Un peu moins d'une association sur deux "
            "travaille avec des partenaires à l'échelle régionale : 47 %."),
          framed([P("<b>Bon à savoir</b> — une même association combine souvent plusieurs "
                    "échelles ; les pourcentages ne s'additionnent donc pas.", CELL)], COLW),
          Spacer(1, 6),
          P("Sous quelle forme ?", H2),
          P("Les partenariats prennent quatre grandes formes, annoncées ici de la plus courante à "
            "la moins courante :"),
          ]
    s += bullets(["le mécénat, dans 75 % des cas ;",
                  "l'innovation sociétale, à 73 % ;",
                  "les pratiques responsables, à 70 % ;",
                  "la coopération économique, qui ferme la liste avec 58 %."])
    s += [FrameBreak(),
          P("Comment lire ces résultats ?", H2),
          P("Le mécénat reste la porte d'entrée la plus familière. Il n'est pourtant plus seul : "
            "l'innovation sociétale le talonne de près."),
          P("Quant à la coopération économique, elle progresse mais demeure la forme la moins "
            "répandue. Elle suppose en effet un modèle d'activité partagé entre les partenaires."),
          P("Ces formes ne s'excluent pas. Une même relation peut commencer par un don puis "
            "évoluer vers un projet commun."),
          Spacer(1, 8),
          framed([P("<b>Question clé pour les dirigeants associatifs</b>", CELL),
                  P("Quelle forme de partenariat correspond à mon projet, et à quelle "
                    "échelle dois-je la rechercher ?", CELL)], COLW, color="#8a1c1c"),
          NextPageTemplate("one"), PageBreak()]
    # page 3
    s += [P("Feuillet C — un regard antérieur : l'enquête Associations &amp; Partenariats", H2),
          P("Avant l'étude IMPACT, une enquête conduite conjointement par Recherches &amp; "
            "Solidarités et Le RAMEAU avait déjà dressé un état des lieux. Ses résultats ont été "
            "publiés en mars 2017."),
          P("Le questionnaire avait circulé en mai et juin 2016. Plus de 1 380 responsables "
            "associatifs y ont répondu."),
          P("Premier constat : les associations ne se contentent pas d'un seul allié. Elles en "
            "comptent en moyenne 2,5."),
          table([["Partenaire cité (enquête 2016)", "Part des associations"],
                 ["Collectivités", "74 %"],
                 ["Autres associations ou fondations", "72 %"],
                 ["Établissements d'enseignement", "47 %"],
                 ["Entreprises", "28 %"],
                 ["Structures d'insertion", "22 %"],
                 ["Organismes de recherche", "9 %"]], [A4W * 0.6, A4W * 0.4]),
          Spacer(1, 8),
          P("Le lien avec les entreprises dépend fortement de la taille. Parmi les associations "
            "dont le budget dépasse 150 000 €, la moitié a noué un partenariat avec une entreprise "
            "(50 %)."),
          P("Chez les plus petites, celles dont le budget reste sous 10 000 €, ce n'est le cas que "
            "d'une sur cinq. La proportion tombe à 20 %."),
          Spacer(1, 6), rule(),
          P("Les deux enquêtes ne portent ni sur la même période ni sur le même champ ; leurs "
            "pourcentages ne doivent pas être comparés terme à terme.", SMALL)]
    d.build(s, 3)


# ================================================================= DOC 3 : bulletin de veille
def doc3():
    d = Doc("obs-s40-03-bulletin-veille.pdf", A4,
            banner=lambda p: "LA VEILLE DE L'OBSERVATOIRE  ·  Alliances & territoires  ·  numéro d'automne",
            footer=lambda p: "Bulletin de veille — reproduction autorisée avec citation",
            pnum=lambda p: "%d/3" % p,
            title="Bulletin de veille — numéro d'automne")
    s = [P("BULLETIN DE VEILLE", LABEL),
          P("Un automne chargé pour les alliances", H2),
          P("Numéro d'automne, préparé à la mi-novembre", EDITION),
          P("Agenda", H3),
          P("Plusieurs rendez-vous ont rythmé la seconde moitié de novembre. Ils sont rappelés "
            "ci-dessous dans l'ordre chronologique :"),
          ]
    s += bullets(["15 novembre : parution du dossier consacré aux alliances dans JURIS "
                  "Associations, n°628 ;",
                  "23 novembre : troisième édition du dîner « Elus &amp; Entreprises » ;",
                  "26 novembre : mise en ligne du onzième rapport régional de l'Observatoire ;",
                  "26 novembre également : cinquième webinaire « l'ODD 17 en pratique »."])
    s += [P("Focus région", H3),
          P("Le rapport régional du 26 novembre porte sur la Normandie. Il est le onzième de la "
            "série consacrée aux territoires."),
          P("Le dîner des élus", H3),
          P("Le dîner du 23 novembre a été l'occasion de rappeler deux résultats récents. Près de "
            "deux élus locaux sur trois souhaitent s'appuyer sur le « jouer collectif » : 64 %."),
          P("Du côté des maires, l'adhésion est presque unanime. Ils sont 92 % à reconnaître "
            "l'utilité de la co-construction."),
          FrameBreak(),
          P("Dossier : l'ODD 17", H2),
          P("Parmi les dix-sept objectifs de développement durable adoptés par les Nations unies, "
            "le dix-septième est consacré aux partenariats. Il se décline en 19 cibles."),
          P("Le Comité 21 lui a consacré une note intitulée « ODD 17 : Sens, décryptages, "
            "déclinaisons ». Celle-ci a été présentée un 5 juillet."),
          P("Pour outiller les acteurs, une plateforme a été ouverte à l'adresse www.odd17.org. "
            "Elle est organisée autour d'un acronyme :"),
          ]
    s += bullets(["M comme Méthodes,", "E comme Exemples,", "D comme Données,",
                  "O comme Outils,", "C comme Compétences."], sym="–")
    s += [P("Ensemble, ces cinq lettres forment le sigle M.E.D.O.C."),
          P("Le Fonds ODD 17", H3),
          P("Créé en 2020, ce fonds est né de l'initiative conjointe du RAMEAU et de la Fondation "
            "TotalEnergies. Il n'a pas vocation à durer indéfiniment."),
          P("Sa dotation, d'1,5 M€, finance une expérimentation prévue sur 3 ans."),
          NextPageTemplate("two"), PageBreak()]
    # page 2
    s += [P("Fondations : une étude attendue", H2),
          P("L'étude IMPACT consacrée aux fondations et à leur rôle dans les territoires a été "
            "publiée le 23 septembre. Elle repose sur un questionnaire adressé à des fondations "
            "de toutes tailles."),
          P("Au total, 42 fondations ont été interrogées. Leur regard complète celui des "
            "associations et des entreprises."),
          P("Une fiche acteur intitulée « Dynamique d'engagement des Fondations » en reprend "
            "les principaux enseignements."),
          Spacer(1, 6),
          P("Catalyseurs territoriaux", H3),
          P("Le Fonds ODD 17 s'appuie sur un réseau de relais de terrain. On les appelle les "
            "« catalyseurs territoriaux »."),
          P("Ce réseau en compte 350. Leur rôle : faire émerger et accompagner les alliances "
            "locales."),
          FrameBreak(),
          P("La Charte du faire alliance", H2),
          P("Fruit de trois mois de co-construction, la Charte du faire alliance a été élaborée "
            "sous le pilotage de la Fondation des Territoires."),
          P("Elle a été dévoilée le 30 novembre 2021, jour du Giving Tuesday. Le lancement a eu "
            "lieu à Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois, au cours "
            "d'une soirée organisée par VitaWin."),
          P("Ses promoteurs la présentent comme un « contrat de confiance » entre acteurs."),
          Spacer(1, 6),
          framed([P("<b>Le saviez-vous ?</b> Le Giving Tuesday est une journée mondiale de la "
                    "générosité, célébrée chaque année après le Black Friday.", CELL)], COLW),
          NextPageTemplate("one"), PageBreak()]
    # page 3
    s += [P("Ressources et lectures", H2),
          P("Pour approfondir les sujets de ce numéro, trois ressources sont proposées :"),
          ]
    s += bullets(["la fiche-repère « Les dynamiques d'engagement des Collectivités "
                  "territoriales », issue de l'étude IMPACT-Elus locaux ;",
                  "la note du Comité 21 sur l'ODD 17 ;",
                  "les rapports régionaux de l'Observatoire, disponibles par région."])
    s += [Spacer(1, 6),
          P("La fiche-repère sur les collectivités a été présentée au Congrès des maires. Elle "
            "s'appuie sur une enquête menée en novembre 2020 par Comisis-OpinionWay."),
          Spacer(1, 6),
          table([["Rendez-vous", "Date", "Format"],
                 ["Dossier JURIS Associations", "15 novembre", "Revue"],
                 ["Dîner « Elus &amp; Entreprises »", "23 novembre", "Dîner-débat"],
                 ["Rapport régional Normandie", "26 novembre", "Publication"],
                 ["Webinaire « l'ODD 17 en pratique »", "26 novembre", "En ligne"]],
                [A4W * 0.5, A4W * 0.25, A4W * 0.25]),
          Spacer(1, 8),
          P("Prochain numéro : au début de l'hiver.", SMALL)]
    d.build(s, 3, first="two")


# ================================================================= DOC 4 : diaporama élus locaux
SLIDE = (960, 540)


def doc4():
    d = Doc("obs-s40-04-diaporama-elus-locaux.pdf", SLIDE,
            banner=lambda p: "Élus locaux & alliances  —  support de présentation",
            footer=lambda p: "Observatoire des partenariats · Le RAMEAU",
            pnum=lambda p: (None if p == 1 else "diapositive %d" % (p - 1)),
            title="Élus locaux et alliances territoriales")
    s = []
    s += [Spacer(1, 40), P("DIAPORAMA", LABEL),
          P("Élus locaux et alliances territoriales", S_TITLE),
          P("Version projetée en novembre 2024", S_LINE),
          P("Résultats IMPACTS &amp; TRAJECTOIRES – Elus locaux, mis en regard d'études "
            "antérieures", S_NOTE),
          PageBreak()]
    # slide 1 (pdf p2)
    s += [P("Qui a répondu ?", S_TITLE),
          P("Une enquête par téléphone", S_LINE),
          P("Du 30 septembre au 28 octobre 2024", S_LINE),
          P("302 maires interrogés", S_BIG),
          P("84 % des répondants administrent une commune de moins de 2 000 habitants", S_LINE),
          PageBreak()]
    # slide 2 (pdf p3)
    s += [P("Des territoires en mouvement", S_TITLE),
          P("91 %", S_BIG),
          P("des maires voient leur territoire bouger", S_LINE),
          P("dont 35 % « fortement »", S_LINE),
          P("et 56 % « ni plus ni moins »", S_LINE),
          PageBreak()]
    # slide 3 (pdf p4)
    s += [P("Un même élan, trois publics", S_TITLE),
          table([["Public", "Ce qu'il exprime", "Part"],
                 ["Français", "un « devoir d'alliance »", "81 %"],
                 ["Maires", "un « besoin d'alliance »", "92 %"],
                 ["Dirigeants d'entreprise", "une « envie d'alliance »", "84 %"]],
                [260, 330, 120]),
          Spacer(1, 14),
          P("Ces trois chiffres ont accompagné la reconnaissance d'un droit de l'alliance "
            "d'intérêt général.", S_NOTE),
          PageBreak()]
    # slide 4 (pdf p5)
    s += [P("L'alliance, source d'innovation ?", S_TITLE),
          P("Oui pour 74 % des Français", S_LINE),
          P("… pour 81 % des dirigeants d'entreprise", S_LINE),
          P("… pour 86 % des responsables associatifs", S_LINE),
          P("… et pour 87 % des maires", S_LINE),
          Spacer(1, 8),
          P("Mais côté maires : 76 % jugent leur territoire engagé, et pourtant 46 % "
            "ne savent pas comment piloter ces dynamiques.", S_NOTE),
          PageBreak()]
    # slide 5 (pdf p6)
    s += [P("Sortir de la crise en jouant collectif", S_TITLE),
          P("Après la crise sanitaire, la co-construction est jugée utile pour rebondir :", S_LINE),
          P("81 % des Français", S_LINE),
          P("84 % des dirigeants de TPE &amp; PME", S_LINE),
          Spacer(1, 8),
          P("Pour agir vite et bien, plus de 250 données ont été inventoriées et mises à "
            "disposition.", S_NOTE),
          P("Sources : Observatoire des partenariats ; fiche-repère issue de l'étude "
            "IMPACT-Elus locaux (novembre 2020).", S_NOTE)]
    d.build(s, 6)


# ================================================================= DOC 5 : note repères historiques
def doc5():
    roman = {1: "iii", 2: "iv", 3: "v", 4: "vi"}
    d = Doc("obs-s40-05-note-reperes-historiques.pdf", A4,
            banner=lambda p: "NOTE DE SYNTHÈSE  —  Repères historiques de l'Observatoire",
            footer=lambda p: "Version consolidée à partir de publications parues entre 2011 et 2022",
            pnum=lambda p: "page %s" % roman[p],
            title="Quinze ans d'observation des alliances")
    s = []
    s += [P("NOTE", LABEL),
          P("Quinze ans d'observation des alliances : repères", TITLE),
          P("Texte de référence, révisé après la création de la Fondation des Territoires", EDITION),
          P("1. Les acteurs", H2),
          P("Le RAMEAU a vu le jour en 2006. Cette association d'intérêt général se définit "
            "volontiers comme un « laboratoire de recherche empirique » consacré aux alliances."),
          P("Son président-fondateur est Charles-Benoît Heidsieck. La direction générale est "
            "assurée par Laurence Weber."),
          P("Depuis sa création, l'association a conduit des expérimentations auprès de plus de "
            "500 organisations. Elle a également recensé plus de 1 000 exemples inspirants."),
          P("L'Observatoire des partenariats est né deux ans plus tard, en 2008. Il a été fondé "
            "par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement "
            "associatif ¹."),
          P("Sa direction scientifique est confiée à Anne Robin. Fondatrice de COMISIS, "
            "elle exerce cette mission à titre bénévole."),
          Spacer(1, 10), rule(),
          P("¹ Certains documents plus anciens, parus en 2011 et 2012, datent la naissance de "
            "l'Observatoire de 2007.", SMALL),
          PageBreak()]
    # page 2
    s += [P("2. Trois programmes quinquennaux", H2),
          P("L'activité de l'Observatoire s'organise en cycles de cinq ans. Chacun porte un nom "
            "et une ambition propres."),
          table([["Programme", "Période", "Repère"],
                 ["ARPEA", "2008-2012", "10 volets ; rapport quinquennal du 11 décembre 2012"],
                 ["PHARE", "2013-2018", "citoyens, entreprises, associations, institutions"],
                 ["IMPACT", "2018-2022", "lancé en novembre 2017"]],
                [A4W * 0.2, A4W * 0.2, A4W * 0.6]),
          Spacer(1, 6),
          P("Le sigle du premier programme se lit ainsi : « Analyse des Relations et des "
            "Partenariats entre Entreprises et Associations »."),
          P("Ce que montrait ARPEA", H3),
          P("Les Français jugeaient déjà urgent de créer des partenariats. Ils étaient 86 % à le "
            "penser en 2008, puis 84 % en 2012."),
          P("Côté entreprises, le volet Entreprises &amp; Territoires, paru en janvier 2011, "
            "dessinait trois groupes :"),
          ]
    s += bullets(["21 % des entreprises développaient déjà des partenariats ;",
                  "33 % souhaitaient le faire ;",
                  "46 % ne le souhaitaient pas."])
    s += [P("Agir ensemble en Territoire", H3),
          P("Une démarche territoriale est née en 2010, dans le prolongement de l'étude "
            "ARPEA-Collectivités locales menée avec Comisis-OpinionWay. Elle a été testée sur "
            "trois territoires pilotes : l'Alsace (avec Alsace Active), le Poitou-Charentes "
            "(avec le Groupe La Poste) et Paris-Est Marne &amp; Bois."),
          PageBreak()]
    # page 3 (two columns)
    s += [NextPageTemplate("two")]  # affects page 4; page 3 stays one column
    s += [P("3. De l'état des lieux à l'expérimentation", H2),
          P("À la demande de la ministre Valérie Fourneyron, un rapport dressant l'état des lieux "
            "des partenariats entre associations et entreprises a été établi. Il a été publié au "
            "début de 2014."),
          P("La note du 29 février 2016", H3),
          P("Consacrée aux modèles de co-construction, cette note chiffrait la diffusion des "
            "partenariats. Les entreprises d'au moins 10 salariés y étaient 37 % à en pratiquer."),
          P("Les associations faisaient à peine mieux, à 38 %. La proportion montait à 53 % "
            "parmi les associations employeuses, et à 65 % parmi les organisations pionnières."),
          P("Le programme IMPACT", H3),
          P("Il est conduit avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, le "
            "Groupe La Poste, la Fondation TOTAL et Le RAMEAU. Trois axes le structurent : "
            "l'innovation sociétale et territoriale, la performance des organisations et la "
            "confiance."),
          P("Un parcours pour les territoires", H3),
          P("Avec le CGET, Le RAMEAU a ouvert un parcours d'expérience sur la co-construction "
            "territoriale. Onze territoires pionniers y participent, pour une durée de 18 mois."),
          P("La première session s'est tenue le 3 mai."),
          PageBreak()]
    # page 4 (two columns)
    s += [P("4. La reconnaissance politique", H2),
          P("Lors du FNAF 2019, Gabriel Attal, alors membre du gouvernement, a confié une mission à deux "
            "personnalités : Cathy Racon-Bouzon, députée, et Charles-Benoît Heidsieck."),
          P("Leur rapport a été remis le 7 mai 2020. Un bilan d'étape a suivi le 17 octobre "
            "2020."),
          P("La députée a ensuite porté une proposition de loi sur le « droit de l'alliance "
            "d'intérêt général ». Ce texte a été déposé en février."),
          P("Une « feuille de route » ministérielle l'accompagne. Elle compte 21 mesures."),
          FrameBreak(),
          P("5. La Fondation des Territoires", H2),
          P("Sa préfiguration a démarré en juillet 2018 et s'est déroulée en trois étapes."),
          P("La fondation a officiellement vu le jour le 14 juin 2022. Elle est abritée par la "
            "Fondation de Lille."),
          P("Ses co-fondateurs sont au nombre de 21. Ils lui ont assigné trois missions."),
          Spacer(1, 8),
          framed([P("<b>En résumé</b> — de l'observation (2008) à l'institution (2022), le "
                    "cheminement aura duré près de quinze ans.", CELL)], COLW)]
    d.build(s, 4)


if __name__ == "__main__":
    doc1()
    doc2()
    doc3()
    doc4()
    doc5()
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".pdf"):
            print(f)
