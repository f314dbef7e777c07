# -*- coding: utf-8 -*-
"""Build the four s7 test documents about the Observatoire des partenariats.

Deterministic output (invariant=1). Facts come only from /work/shared/facts.md;
the sentences are new. Run: /work/main/.venv/bin/python make_docs.py
"""
import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                ListFlowable, ListItem, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DV", os.path.join(FONTDIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DVI", os.path.join(FONTDIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DVS", os.path.join(FONTDIR, "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", os.path.join(FONTDIR, "DejaVuSerif-Bold.ttf")))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")
registerFontFamily("DVS", normal="DVS", bold="DVSB", italic="DVS", boldItalic="DVSB")

W, H = A4
M = 2 * cm

BODY = ParagraphStyle("body", fontName="DVS", fontSize=9.5, leading=13, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontName="DV", fontSize=7.5, leading=10)
H2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=15, spaceBefore=6,
                    spaceAfter=4, textColor=colors.HexColor("#1f4e79"))
LABEL = ParagraphStyle("label", fontName="DVB", fontSize=10, leading=13,
                       textColor=colors.HexColor("#c0504d"), spaceAfter=6)
TITLE = ParagraphStyle("title", fontName="DVB", fontSize=20, leading=25, spaceAfter=8)
SUB = ParagraphStyle("sub", fontName="DV", fontSize=11, leading=15, spaceAfter=8,
                     textColor=colors.HexColor("#404040"))
CELL = ParagraphStyle("cell", fontName="DV", fontSize=8.5, leading=11)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="DVB")
BOX = ParagraphStyle("box", fontName="DV", fontSize=9, leading=12.5, spaceAfter=3)
BOXT = ParagraphStyle("boxt", fontName="DVB", fontSize=10, leading=13, spaceAfter=5,
                      textColor=colors.white)
SLIDE_T = ParagraphStyle("slidet", fontName="DVB", fontSize=19, leading=24, spaceAfter=14,
                         textColor=colors.HexColor("#1f4e79"))
SLIDE_H = ParagraphStyle("slideh", fontName="DVB", fontSize=14, leading=18, spaceBefore=10,
                         spaceAfter=6, textColor=colors.HexColor("#c0504d"))
SLIDE = ParagraphStyle("slide", fontName="DV", fontSize=13, leading=18, leftIndent=14)


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items, style=BODY):
    return ListFlowable([ListItem(P(t, style), leftIndent=12, value="•") for t in items],
                        bulletType="bullet", start="•", leftIndent=12, bulletFontName="DV")


def key_box(title, lines, width):
    rows = [[P(title, BOXT)]] + [[P(l, BOX)] for l in lines]
    t = Table(rows, colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e79")),
        ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#eaf1f8")),
        ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#1f4e79")),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
    ]))
    return t


def fig_table(header, rows, widths):
    data = [[P(h, CELLB) for h in header]] + [[P(c, CELLB if i == 0 else CELL)
                                              for i, c in enumerate(r)] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8ea9db")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return t


class Doc(BaseDocTemplate):
    """Banner + footer on every page except the cover; printed label = index + offset."""

    def __init__(self, path, banner, footer, offset=0, total=None, cover=False, **kw):
        super().__init__(path, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M + 0.6 * cm,
                         bottomMargin=M, invariant=1, title=kw.pop("title", ""),
                         author="Observatoire des partenariats (document de test s7)", **kw)
        self.banner, self.footer, self.offset, self.total = banner, footer, offset, total
        fw, fh = W - 2 * M, H - 2 * M - 0.6 * cm
        gap = 0.7 * cm
        colw = (fw - gap) / 2
        one = Frame(M, M, fw, fh, id="one")
        left = Frame(M, M, colw, fh, id="left")
        right = Frame(M + colw + gap, M, colw, fh, id="right")
        # a page whose top spans both columns, then two columns below
        top_h = 5.2 * cm
        top = Frame(M, M + fh - top_h, fw, top_h, id="top")
        l2 = Frame(M, M, colw, fh - top_h, id="l2")
        r2 = Frame(M + colw + gap, M, colw, fh - top_h, id="r2")
        self.colw = colw
        self.fw = fw
        tpls = []
        if cover:
            tpls.append(PageTemplate(id="cover", frames=[Frame(M, M, fw, H - 2 * M, id="c")],
                                     onPage=self.draw_cover))
        tpls += [PageTemplate(id="one", frames=[one], onPage=self.draw_page),
                 PageTemplate(id="two", frames=[left, right], onPage=self.draw_page),
                 PageTemplate(id="toptwo", frames=[top, l2, r2], onPage=self.draw_page)]
        self.addPageTemplates(tpls)

    def draw_cover(self, c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.rect(0, H - 3 * cm, W, 3 * cm, stroke=0, fill=1)
        c.rect(0, 0, W, 1.2 * cm, stroke=0, fill=1)
        c.restoreState()

    def draw_page(self, c, doc):
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(M, H - M + 0.2 * cm, self.banner)
        c.setStrokeColor(colors.HexColor("#1f4e79"))
        c.line(M, H - M + 0.05 * cm, W - M, H - M + 0.05 * cm)
        c.line(M, M - 0.35 * cm, W - M, M - 0.35 * cm)
        c.drawString(M, M - 0.75 * cm, self.footer)
        label = str(doc.page + self.offset)
        if self.total:
            label = "%s/%s" % (label, self.total)
        c.setFont("DVB", 8.5)
        c.drawRightString(W - M, M - 0.75 * cm, label)
        c.restoreState()


# ---------------------------------------------------------------- document 1
def doc1():
    path = os.path.join(HERE, "obs-s7-01-phare-regards-croises.pdf")
    d = Doc(path, "Observatoire des partenariats  |  Programme PHARE  |  Dossier de synthèse",
            "www.observatoire-des-partenariats.fr  —  Le RAMEAU", offset=12, cover=True,
            title="PHARE : regards croisés sur les alliances en France")
    s = []
    s += [Spacer(1, 4 * cm), P("DOSSIER DE SYNTHÈSE", LABEL),
          P("PHARE : regards croisés sur les alliances en France", TITLE),
          P("Citoyens, entreprises, associations, institutions : ce que révèle le deuxième "
            "plan quinquennal de l'Observatoire des partenariats", SUB),
          Spacer(1, 1 * cm), P("Édition 2017", ParagraphStyle("y", parent=SUB, fontName="DVB",
                                                              fontSize=14)),
          P("Une publication de l'Observatoire des partenariats, animé par Le RAMEAU", SUB),
          NextPageTemplate("two"), PageBreak()]
    # PDF page 2, printed 14
    s += [P("1. Un programme en six volets", H2),
          P("Après les travaux fondateurs du programme ARPEA, l'Observatoire des partenariats a "
            "ouvert un deuxième cycle d'études. Baptisé PHARE, ce plan quinquennal couvre la période "
            "2013-2018 ; certaines présentations le bornent toutefois à 2013-2017."),
          P("Le programme s'est déployé par étapes, chaque volet donnant la parole à une "
            "catégorie d'acteurs :"),
          bullets(["PHARE-Citoyens, publié en septembre 2015 ;",
                   "PHARE-Entreprises, en octobre 2015 ;",
                   "PHARE-Associations, en novembre 2015 ;",
                   "treize rapports régionaux, parus en 2016 ;",
                   "des diagnostics sectoriels, en juillet 2016 ;",
                   "PHARE-Institutions, à l'automne 2016."]),
          Spacer(1, 6),
          P("Cette progression permet de confronter les points de vue : ce que les habitants "
            "attendent, ce que les organisations pratiquent et ce que les élus observent sur leur "
            "territoire."),
          FrameBreak(),
          P("2. La parole aux citoyens", H2),
          P("Le volet consacré aux citoyens repose sur une enquête d'ampleur nationale. "
            "Plus de 2 000 personnes y ont répondu."),
          P("Une question portait sur la responsabilité collective face aux fragilités du pays : "
            "les acteurs doivent-ils unir leurs forces ? La réponse est nette. Pour 69 % des "
            "Français, s'allier relève d'un véritable « devoir d'alliance »."),
          P("Les répondants ont aussi noté les sujets qui leur paraissent prioritaires, puis "
            "indiqué dans quels domaines les partenariats peuvent peser le plus. Les résultats "
            "détaillés figurent dans le tableau 1, page suivante."),
          P("Il faut lire ces notes comme une hiérarchie des attentes plutôt que comme un "
            "jugement sur l'action publique : elles disent où les habitants espèrent des "
            "réponses concertées."),
          NextPageTemplate("one"), PageBreak()]
    # PDF page 3, printed 15
    s += [P("Tableau 1 — Priorités des citoyens et impacts attendus des partenariats "
            "(PHARE-Citoyens, septembre 2015)", H2),
          fig_table(["Domaine", "Note de priorité (sur 10)",
                     "Part jugeant fort l'impact des partenariats"],
                    [["Emploi", "7,1", "49 %"], ["Pouvoir d'achat", "6,6", "n.c."],
                     ["Sécurité", "6,6", "n.c."], ["Développement économique", "6,5", "46 %"],
                     ["Environnement", "6,3", "42 %"], ["Exclusion", "6,3", "n.c."],
                     ["Précarité", "n.c.", "36 %"], ["Éducation", "n.c.", "36 %"]],
                    [6 * cm, 4.5 * cm, 6.5 * cm]),
          Spacer(1, 4),
          P("n.c. : non communiqué. Une autre restitution publique de la même enquête attribue à "
            "la sécurité une note de 7/10.", SMALL),
          Spacer(1, 8),
          P("Lecture : l'emploi arrive en tête des préoccupations. C'est aussi le domaine où "
            "l'effet des alliances est jugé le plus fort."),
          P("3. Les maires et les institutions", H2),
          P("Dernier volet du programme, PHARE-Institutions a été rendu public le 29 novembre "
            "2016. L'étude distingue cinq profils de maires selon leur manière d'aborder la "
            "co-construction avec les acteurs de leur territoire."),
          P("Les élus rejoignent largement le diagnostic des citoyens. Interrogés sur le rôle des "
            "partenariats, 87 % des maires y voient une source d'innovation pour leur commune."),
          P("Cette convergence entre habitants et élus constitue l'un des enseignements majeurs "
            "du programme : la question n'est plus de savoir s'il faut coopérer, mais comment "
            "organiser la coopération."),
          NextPageTemplate("two"), PageBreak()]
    # PDF page 4, printed 16
    s += [P("4. Des partenariats déjà installés", H2),
          key_box("CHIFFRES CLÉS — note du 29 février 2016",
                  ["37 % des entreprises d'au moins 10 salariés sont engagées dans des partenariats",
                   "38 % des associations sont dans le même cas",
                   "53 % des associations employeuses"], d.colw),
          Spacer(1, 8),
          P("La note publiée le 29 février 2016 sur les modèles de co-construction rappelle que "
            "l'alliance n'est plus une exception. Elle reste pourtant minoritaire chez les "
            "entreprises comme chez les associations prises dans leur ensemble ; les structures "
            "qui emploient des salariés sont nettement plus avancées."),
          FrameBreak(),
          P("5. L'éclairage de l'enquête Associations &amp; Partenariats", H2),
          P("En mars 2017, Recherches &amp; Solidarités et Le RAMEAU ont publié une étude consacrée "
            "aux partenaires des associations. L'enquête avait été conduite en mai et juin 2016. "
            "Plus de 1 380 responsables associatifs y ont participé."),
          P("Une association travaille avec plusieurs interlocuteurs. En moyenne, elle en compte "
            "2,5."),
          P("Les partenaires les plus cités sont les suivants :"),
          bullets(["les collectivités : 74 % ;", "les associations et fondations : 72 % ;",
                   "l'enseignement : 47 % ;", "les entreprises : 28 % ;",
                   "les structures d'insertion : 22 % ;", "la recherche : 9 %."]),
          Spacer(1, 6),
          P("La taille de la structure pèse lourd. Parmi les associations dont le budget dépasse "
            "150 000 €, la moitié ont noué un partenariat avec une entreprise. Chez celles qui "
            "disposent de moins de 10 000 €, la proportion tombe à 20 %."),
          ]
    d.build(s)
    return path


# ---------------------------------------------------------------- document 2
def doc2():
    path = os.path.join(HERE, "obs-s7-02-reperes-historiques.pdf")
    d = Doc(path, "Le RAMEAU  ·  Observatoire des partenariats  ·  Fiche repères",
            "Plus d'informations : www.lerameau.fr", offset=0, total=2,
            title="Dix ans d'Observatoire des partenariats")
    s = []
    s += [P("FICHE REPÈRES", LABEL),
          P("Dix ans d'Observatoire des partenariats : les dates qui comptent", TITLE),
          P("Édition 2018 — des origines du RAMEAU au programme IMPACT", SUB),
          FrameBreak(),
          P("Le RAMEAU, un laboratoire", H2),
          P("Le RAMEAU est né en 2006. Cette association d'intérêt général se présente comme un "
            "« laboratoire de recherche empirique » consacré aux alliances entre acteurs de "
            "natures différentes."),
          P("Son président-fondateur est Charles-Benoît Heidsieck. La direction générale est "
            "assurée par Laurence Weber."),
          P("L'association s'est fixé trois missions, dont celle de témoigner. Depuis sa création, "
            "elle a recensé plus de 1 000 exemples inspirants et mené des expérimentations auprès "
            "de plus de 500 organisations."),
          P("Naissance de l'Observatoire", H2),
          P("L'Observatoire des partenariats voit le jour en 2008. Il est fondé par la Caisse des "
            "Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif."),
          P("Les premiers documents publiés retiennent une autre date. L'étude ARPEA Entreprises "
            "&amp; Territoires de janvier 2011, comme le rapport quinquennal de décembre 2012, "
            "évoquent un « Observatoire national des partenariats associations / entreprises » "
            "créé en 2007."),
          P("La direction scientifique est confiée à Anne Robin. Fondatrice du cabinet COMISIS, "
            "elle exerce cette responsabilité à titre bénévole."),
          FrameBreak(),
          P("Trois plans quinquennaux", H2),
          fig_table(["Plan", "Période", "Repère"],
                    [["ARPEA", "2008-2012", "10 volets ; rapport quinquennal le 11 décembre 2012"],
                     ["PHARE", "2013-2018", "6 volets publiés entre 2015 et 2016"],
                     ["IMPACT", "2018-2022", "lancé en novembre 2017"]],
                    [2.0 * cm, 2.4 * cm, d.colw - 4.4 * cm]),
          Spacer(1, 8),
          P("Le sigle ARPEA a connu plusieurs formulations selon les publications. La plus "
            "complète est « Analyse des Relations et des Partenariats entre Entreprises et "
            "Associations »."),
          P("Chaque plan prend appui sur le précédent : ARPEA a établi l'état des lieux, PHARE a "
            "croisé les regards des différents acteurs, IMPACT cherche à mesurer les effets "
            "des alliances."),
          key_box("CHIFFRES CLÉS",
                  ["2006 : création du RAMEAU", "2008 : création de l'Observatoire",
                   "3 plans quinquennaux", "plus de 1 000 exemples inspirants recensés"],
                  d.colw),
          NextPageTemplate("two"), PageBreak()]
    s += [P("Ce qu'a montré ARPEA", H2),
          P("Les citoyens ont été interrogés au début et à la fin du programme. En 2008, 86 % "
            "des Français jugeaient urgent de développer des partenariats. Quatre ans plus tard, "
            "ils étaient encore 84 %."),
          P("Côté associations, l'engagement était déjà réel : près de 46 % travaillaient aux "
            "côtés d'une entreprise."),
          P("L'étude ARPEA Entreprises &amp; Territoires, parue en janvier 2011, mesure l'appétit "
            "des entreprises pour ces coopérations. Le constat est contrasté. 21 % d'entre elles "
            "développent des partenariats, 33 % souhaitent s'y engager et 46 % ne le souhaitent "
            "pas."),
          P("Vers les pouvoirs publics", H2),
          P("Les travaux ont aussi nourri la décision publique. La ministre Valérie Fourneyron a "
            "demandé un état des lieux des partenariats entre associations et entreprises. Le "
            "rapport a été publié début 2014."),
          FrameBreak(),
          P("Des territoires pionniers", H2),
          P("En 2010, après l'étude ARPEA-Collectivités locales réalisée avec Comisis et "
            "OpinionWay, l'Observatoire a lancé la démarche « Agir ensemble en Territoire »."),
          P("Trois territoires ont servi de pilotes :"),
          bullets(["l'Alsace, avec Alsace Active ;", "le Poitou-Charentes, avec le Groupe La Poste ;",
                   "Paris-Est Marne &amp; Bois."]),
          Spacer(1, 6),
          P("Ces expériences ont montré qu'une démarche d'alliance se construit d'abord à "
            "l'échelle d'un territoire, avec un acteur capable de réunir les autres autour "
            "de la table."),
          ]
    # page 1 must use the top+two-columns template: make it the first template
    d.pageTemplates = [t for t in d.pageTemplates if t.id == "toptwo"] + \
        [t for t in d.pageTemplates if t.id != "toptwo"]
    d.build(s)
    return path


# ---------------------------------------------------------------- document 3
def doc3():
    path = os.path.join(HERE, "obs-s7-03-impact-associations-territoires.pdf")
    d = Doc(path, "Observatoire des partenariats — Programme IMPACT — Note d'analyse 2021",
            "www.observatoire-des-partenariats.fr", offset=21,
            title="IMPACT : mesurer ce que les alliances changent dans les territoires")
    s = [P("NOTE D'ANALYSE", LABEL),
         P("IMPACT : mesurer ce que les alliances changent dans les territoires", TITLE),
         P("Publiée en 2021 par l'Observatoire des partenariats", SUB),
         FrameBreak(),
         P("Un programme, cinq partenaires", H2),
         P("Troisième plan quinquennal de l'Observatoire, le programme IMPACT couvre la période "
           "2018-2022. Il est conduit avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, "
           "le Groupe La Poste, la Fondation TOTAL et Le RAMEAU."),
         P("Trois axes structurent les travaux :"),
         bullets(["l'innovation sociétale et territoriale ;", "la performance des organisations ;",
                  "la confiance."]),
         Spacer(1, 6),
         P("Ces trois axes servent aussi de grille de lecture : chaque étude du programme "
           "cherche à savoir si l'alliance a fait naître des solutions nouvelles, si elle a "
           "renforcé les structures qui s'y engagent et si elle a créé des liens durables."),
         FrameBreak(),
         P("Une conviction partagée", H2),
         P("Tous les publics interrogés voient dans les partenariats un levier pour innover. "
           "C'est le cas de 74 % des Français et de 81 % des dirigeants d'entreprise. Les "
           "responsables associatifs sont 86 % à le penser, et les maires 87 %."),
         P("Les élus locaux se montrent à la fois engagés et démunis. Une large majorité d'entre "
           "eux, 76 %, estiment que leur territoire est engagé dans cette dynamique. Pourtant, "
           "beaucoup reconnaissent leurs limites. 46 % ne savent pas comment piloter ces "
           "alliances."),
         P("Certaines reprises de ces résultats citent 69 % des citoyens au lieu de 74 %.", SMALL),
         NextPageTemplate("one"), PageBreak()]
    s += [P("Zoom : IMPACT – Associations &amp; Territoires", H2),
          P("Le volet consacré aux associations porte sur les structures qui emploient des "
            "salariés. La France en compte 148 000. Parmi elles, 98 % entretiennent des "
            "partenariats."),
          P("Tableau 2 — Avec qui les associations employeuses coopèrent-elles ?", H2),
          fig_table(["Type de partenaire", "Part des associations employeuses concernées"],
                    [["Collectivités territoriales", "89 %"],
                     ["Structures d'intérêt général", "73 %"],
                     ["Établissements scolaires", "70 %"],
                     ["Collectifs d'associations", "56 %"],
                     ["Acteurs publics nationaux", "52 %"],
                     ["Fédérations professionnelles", "37 %"],
                     ["Acteurs académiques", "35 %"]],
                    [8 * cm, 8 * cm]),
          Spacer(1, 10),
          P("Les coopérations se jouent d'abord au plus près du terrain. Le niveau local concerne "
            "73 % des associations employeuses, le niveau régional 47 %."),
          P("Quant aux formes prises par ces relations, quatre se détachent :"),
          bullets(["le mécénat, pour 75 % ;", "l'innovation sociétale, pour 73 % ;",
                   "les pratiques responsables, pour 70 % ;",
                   "la coopération économique, pour 58 %."]),
          Spacer(1, 6),
          P("Le partenariat n'est donc plus un simple apport financier : il devient un mode de "
            "fonctionnement ordinaire pour les associations qui emploient des salariés."),
          PageBreak()]
    s += [P("À RETENIR — SORTIE DE CRISE, ÉLUS, FONDATIONS", SLIDE_T),
          P("Jouer collectif en sortie de crise", SLIDE_H),
          P("• 81 % des Français : co-construction utile pour la résilience", SLIDE),
          P("• 84 % des dirigeants de TPE &amp; PME : même constat", SLIDE),
          P("• plus de 250 données inventoriées", SLIDE),
          P("Élus locaux", SLIDE_H),
          P("• 64 % des élus locaux : s'appuyer sur le « jouer collectif »", SLIDE),
          P("• 92 % des maires : utilité de la co-construction", SLIDE),
          P("• étude IMPACT-Elus locaux : novembre 2020, Comisis-OpinionWay", SLIDE),
          P("• fiche-repère : « Les dynamiques d'engagement des Collectivités territoriales »",
            SLIDE),
          P("Fondations", SLIDE_H),
          P("• étude IMPACT Fondations &amp; Territoires : parution le 23 septembre", SLIDE),
          P("• 42 fondations interrogées", SLIDE),
          P("• fiche acteur : « Dynamique d'engagement des Fondations »", SLIDE)]
    d.pageTemplates = [t for t in d.pageTemplates if t.id == "toptwo"] + \
        [t for t in d.pageTemplates if t.id != "toptwo"]
    d.build(s)
    return path


# ---------------------------------------------------------------- document 4
def doc4():
    path = os.path.join(HERE, "obs-s7-04-lettre-faire-alliance.pdf")
    d = Doc(path, "La lettre de l'Observatoire des partenariats  ·  Faire alliance",
            "www.lerameau.fr  ·  Observatoire des partenariats", offset=0, total=3,
            title="Du droit de l'alliance aux nouvelles données sur les maires")
    s = [P("LETTRE D'INFORMATION", LABEL),
         P("Du droit de l'alliance aux nouvelles données sur les maires", TITLE),
         P("Édition 2025 — l'essentiel de l'actualité de l'Observatoire des partenariats", SUB),
         FrameBreak(),
         P("Une mission ministérielle", H2),
         P("Lors du FNAF 2019, Gabriel Attal a confié une mission à deux personnalités : Cathy "
           "Racon-Bouzon et Charles-Benoît Heidsieck, président-fondateur du RAMEAU."),
         P("Le travail a abouti au printemps suivant. Le rapport a été remis le 7 mai 2020 ; un "
           "bilan a été dressé le 17 octobre 2020."),
         P("Vers un droit de l'alliance", H2),
         P("Cathy Racon-Bouzon a ensuite porté une proposition de loi destinée à reconnaître un "
           "« droit de l'alliance d'intérêt général ». Déposé en février, le texte a été agréé "
           "par le Bureau de l'Assemblée nationale, puis publié au Journal officiel."),
         P("Il s'accompagne d'une « feuille de route » ministérielle. Celle-ci rassemble 21 "
           "mesures."),
         FrameBreak(),
         key_box("CHIFFRES CLÉS — l'envie d'alliance",
                 ["81 % des Français : « devoir d'alliance »",
                  "92 % des maires : « besoin d'alliance »",
                  "84 % des dirigeants d'entreprises : « envie d'alliance »"], d.colw),
         Spacer(1, 10),
         P("Ces trois résultats, mis en avant lors de la reconnaissance du droit de l'alliance, "
           "montrent que l'attente dépasse largement le cercle des spécialistes : habitants, "
           "élus et chefs d'entreprise convergent."),
         NextPageTemplate("two"), PageBreak()]
    s += [P("La Charte du faire alliance", H2),
          P("Fruit de trois mois de co-construction pilotés par la Fondation des Territoires, la "
            "Charte du faire alliance se veut un « contrat de confiance » entre acteurs. Elle a "
            "été dévoilée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice, sur le "
            "territoire de Paris-Est Marne &amp; Bois, lors d'une soirée VitaWin¹."),
          P("La Fondation des Territoires", H2),
          P("Sa préfiguration a commencé en juillet 2018. Elle s'est déroulée en trois étapes :"),
          bullets(["de juillet 2018 à juillet 2019 ;", "d'août 2019 à novembre 2020 ;",
                   "de décembre 2020 à mai 2022."]),
          Spacer(1, 6),
          P("La fondation a été créée le 14 juin 2022, sous l'égide de la Fondation de Lille. "
            "Elle réunit 21 co-fondateurs et s'est donné trois missions."),
          P("¹ Une annonce publiée sur un site ministériel situe cette présentation un « mardi "
            "30 septembre ».", SMALL),
          FrameBreak(),
          P("Le Fonds ODD 17", H2),
          P("Le RAMEAU et la Fondation TotalEnergies ont co-créé ce fonds en 2020. Sa dotation "
            "s'élève à 1,5 M€. Elle finance une expérimentation conduite sur trois ans, qui "
            "s'appuie sur 350 « catalyseurs territoriaux »."),
          P("Boîte à outils", H2),
          P("L'ODD 17 comporte 19 cibles. La note du Comité 21 « ODD 17 : Sens, décryptages, "
            "déclinaisons », diffusée le 5 juillet, les passe en revue."),
          P("La plateforme www.odd17.org organise ses ressources selon le sigle M.E.D.O.C. Il "
            "désigne cinq familles : Méthodes, Exemples, Données, Outils, Compétences."),
          P("Expérimenter en territoire", H2),
          P("Le CGET et Le RAMEAU ont lancé un parcours d'expérience consacré à la "
            "co-construction territoriale. Il réunit 11 territoires pionniers pendant 18 mois ; "
            "la première session s'est tenue le 3 mai."),
          NextPageTemplate("one"), PageBreak()]
    s += [P("IMPACTS &amp; TRAJECTOIRES – ÉLUS LOCAUX", SLIDE_T),
          P("Novembre 2024", SLIDE_H),
          P("• échantillon : 302 maires", SLIDE),
          P("• terrain : du 30 septembre au 28 octobre 2024", SLIDE),
          P("• recueil : par téléphone", SLIDE),
          P("• 84 % des répondants : communes de moins de 2 000 habitants", SLIDE),
          P("Territoire en mouvement", SLIDE_H),
          P("• 91 % au total", SLIDE),
          P("• dont 35 % : fortement", SLIDE),
          P("• dont 56 % : ni plus ni moins", SLIDE),
          P("Archives : un mois de novembre à l'Observatoire", SLIDE_H),
          P("• 15 novembre : dossier JURIS Associations n°628", SLIDE),
          P("• 23 novembre : 3e dîner « Elus &amp; Entreprises »", SLIDE),
          P("• 26 novembre : 11e rapport régional, Normandie", SLIDE),
          P("• 26 novembre : 5e webinaire « l'ODD 17 en pratique »", SLIDE)]
    d.pageTemplates = [t for t in d.pageTemplates if t.id == "toptwo"] + \
        [t for t in d.pageTemplates if t.id != "toptwo"]
    d.build(s)
    return path


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4):
        print(f())
