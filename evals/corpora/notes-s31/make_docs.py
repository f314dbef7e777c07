# -*- coding: utf-8 -*-
"""Deterministic generator of 5 demo PDFs (prefix s31) for the blind question set.

Run:  /work/main/.venv/bin/python make_docs.py
Writes obs-s31-NN-<slug>.pdf next to this script.
Facts come from /work/shared/facts.md; all sentences are original wording.
"""
import os

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                FrameBreak)

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


def S(name, size=9.5, lead=None, font="DV", color=colors.black, align=TA_LEFT,
      before=0, after=4, left=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3,
                          textColor=color, alignment=align, spaceBefore=before,
                          spaceAfter=after, leftIndent=left)


BODY = S("body")
SMALL = S("small", 8, after=2)
LABEL = S("label", 9, font="DVB", color=colors.HexColor("#8a1c2b"), after=2)
TITLE = S("title", 19, 23, font="DVB", color=colors.HexColor("#1b2f4b"), after=6)
EDITION = S("edition", 9, font="DVI", color=colors.HexColor("#555555"), after=10)
H2 = S("h2", 12, font="DVB", color=colors.HexColor("#1b2f4b"), before=6, after=4)
H3 = S("h3", 10, font="DVB", before=4, after=3)
BULLET = S("bullet", 9.5, left=12, after=2)
QUEST = S("quest", 10, font="DVB", color=colors.HexColor("#8a1c2b"), before=6, after=3)
SLIDE_T = S("slide_t", 22, 27, font="DVB", color=colors.HexColor("#1b2f4b"), after=10)
SLIDE_L = S("slide_l", 15, 21, after=6)
CENTER = S("center", 9.5, align=TA_CENTER)


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items, style=BULLET):
    return [Paragraph("• " + it, style) for it in items]


def keybox(fig, caption, width=7 * cm, bg="#e8eef6"):
    t = Table([[Paragraph('<font name="DVB" size="20">%s</font>' % fig, S("kb1", 20, 24, align=TA_CENTER))],
               [Paragraph(caption, S("kb2", 8.5, align=TA_CENTER))]],
              colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1b2f4b")),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def grid(rows, widths, header=True, size=8.5):
    data = [[Paragraph(str(c), S("cell", size, font="DVB" if (header and i == 0) else "DV"))
             for c in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde3ea")))
    t.setStyle(TableStyle(st))
    return t


class Doc:
    """One publication: page size, banner, footer text with printed page number, footnotes."""

    def __init__(self, fname, pagesize, banner, footer, printed, footnotes,
                 margins=(2 * cm, 2 * cm, 2.2 * cm, 3.4 * cm), footer_nonum=""):
        self.fname = fname
        self.footer_nonum = footer_nonum
        self.pagesize = pagesize
        self.banner = banner
        self.footer = footer          # format string with {n}
        self.printed = printed        # function pdf_page -> printed label or None
        self.footnotes = footnotes    # dict pdf_page -> list of strings
        self.margins = margins        # left, right, top, bottom

    def _decorate(self, canv, doc):
        w, h = self.pagesize
        pno = canv.getPageNumber()
        canv.saveState()
        # banner
        canv.setFillColor(colors.HexColor("#1b2f4b"))
        canv.rect(0, h - 1.1 * cm, w, 1.1 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DV", 8)
        canv.drawString(1.2 * cm, h - 0.7 * cm, self.banner)
        # footnotes
        notes = self.footnotes.get(pno, [])
        y = 1.9 * cm + 0.38 * cm * len(notes)
        if notes:
            canv.setStrokeColor(colors.HexColor("#888888"))
            canv.line(self.margins[0], y + 0.15 * cm, self.margins[0] + 5 * cm, y + 0.15 * cm)
            canv.setFillColor(colors.black)
            canv.setFont("DV", 7)
            for i, n in enumerate(notes):
                canv.drawString(self.margins[0], y - 0.38 * cm * (i + 1) + 0.1 * cm, n)
        # footer
        canv.setFillColor(colors.HexColor("#444444"))
        canv.setFont("DV", 7.5)
        label = self.printed(pno)
        txt = self.footer.format(n=label) if label is not None else self.footer_nonum
        canv.drawString(self.margins[0], 1.0 * cm, txt)
        canv.restoreState()

    def build(self, story, first="one"):
        w, h = self.pagesize
        l, r, t, b = self.margins
        fw, fh = w - l - r, h - t - b
        one = Frame(l, b, fw, fh, id="one", showBoundary=0)
        gap = 0.8 * cm
        cw = (fw - gap) / 2
        c1 = Frame(l, b, cw, fh, id="c1")
        c2 = Frame(l + cw + gap, b, cw, fh, id="c2")
        # header area + two columns below
        top_h = 5.2 * cm
        hdr = Frame(l, b + fh - top_h, fw, top_h, id="hdr")
        c1b = Frame(l, b, cw, fh - top_h, id="c1b")
        c2b = Frame(l + cw + gap, b, cw, fh - top_h, id="c2b")
        doc = BaseDocTemplate(os.path.join(HERE, self.fname), pagesize=self.pagesize,
                              leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b,
                              title=self.fname[:-4], author="Observatoire des partenariats (demo)",
                              creator="make_docs.py", subject="demo corpus")
        tpls = [
            PageTemplate(id="one", frames=[one], onPageEnd=self._decorate, pagesize=self.pagesize),
            PageTemplate(id="two", frames=[c1, c2], onPageEnd=self._decorate, pagesize=self.pagesize),
            PageTemplate(id="hdrtwo", frames=[hdr, c1b, c2b], onPageEnd=self._decorate, pagesize=self.pagesize),
        ]
        tpls.sort(key=lambda t: t.id != first)
        doc.addPageTemplates(tpls)
        doc.build(story)


# ---------------------------------------------------------------------------
# 01 — Synthèse d'étude : IMPACT Associations & Territoires (+ rappel 2017)
# ---------------------------------------------------------------------------
def doc01():
    fn = "obs-s31-01-synthese-associations-territoires.pdf"
    notes = {
        1: ["1. Le programme IMPACT associe la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste,",
            "    la Fondation TOTAL et Le RAMEAU. Ses trois axes : innovation sociétale et territoriale, performance des",
            "    organisations, confiance."],
        3: ["2. Enquête Recherches & Solidarités / Le RAMEAU, terrain de mai à juin 2016, résultats diffusés en mars 2017.",
            "3. Tranches de budget annuel ; les tranches intermédiaires ne sont pas reprises ici."],
    }
    d = Doc(fn, A4, "OBSERVATOIRE DES PARTENARIATS  ·  Repères IMPACT  ·  Associations & Territoires",
            "Synthèse Associations & Territoires — p. {n}", lambda p: p + 6, notes)
    st = []
    # page 1 (header frame then two columns)
    st += [P("SYNTHÈSE D'ÉTUDE", LABEL),
           P("Associations et territoires : le partenariat est devenu la norme", TITLE),
           P("Volet « Associations & Territoires » du programme IMPACT¹ — document de synthèse, diffusion courante", EDITION),
           P("Ce qu'il faut retenir en une minute : les associations qui emploient ne travaillent presque jamais seules, "
             "et leurs alliances se nouent d'abord au plus près du terrain.", S("chapo", 10, font="DVI")),
           FrameBreak()]
    st += [P("Un champ d'observation précis", H2),
           P("L'étude ne porte pas sur l'ensemble du monde associatif. Elle se concentre sur les structures qui "
             "salarient au moins une personne, celles que l'on appelle les associations employeuses."),
           P("Combien sont-elles ? Le recensement retenu par l'étude en compte environ 148 000 sur le territoire national. "
             "C'est sur cette population que portent tous les pourcentages de la présente synthèse."),
           P("Une pratique quasi universelle", H2),
           P("La question posée était simple : l'association entretient-elle au moins une relation partenariale "
             "avec une autre organisation ? La réponse l'est tout autant."),
           P("Seule une infime minorité répond par la négative. Les autres, soit 98 %, déclarent au moins un partenariat actif."),
           FrameBreak(),
           keybox("98 %", "des associations employeuses ont au moins un partenaire", width=7.5 * cm),
           Spacer(1, 8),
           keybox("148 000", "associations employeuses dans le champ de l'étude", width=7.5 * cm, bg="#f3ece0"),
           Spacer(1, 10),
           P("Pourquoi cette focale ?", H3),
           P("Les associations sans salarié fonctionnent selon d'autres logiques, fondées sur le seul bénévolat. "
             "Les mêler à l'analyse aurait brouillé la lecture des dynamiques territoriales."),
           NextPageTemplate("one"), PageBreak()]
    # page 2 : tables
    st += [P("Qui sont les partenaires ?", H2),
           P("Le tableau ci-dessous se lit ligne par ligne : pour chaque famille d'acteurs, la colonne de droite donne "
             "la part des associations employeuses qui déclarent au moins un partenariat avec elle. "
             "Une même association cite en général plusieurs familles, d'où un total supérieur à 100."),
           grid([["Famille de partenaires", "Rang", "Associations employeuses concernées"],
                 ["Collectivités territoriales", "1", "89 %"],
                 ["Structures d'intérêt général", "2", "73 %"],
                 ["Établissements scolaires", "3", "70 %"],
                 ["Collectifs d'associations", "4", "56 %"],
                 ["Acteurs publics nationaux", "5", "52 %"],
                 ["Fédérations professionnelles", "6", "37 %"],
                 ["Acteurs académiques (recherche, enseignement supérieur)", "7", "35 %"]],
                [8.5 * cm, 1.5 * cm, 6 * cm]),
           Spacer(1, 10),
           P("À quelle échelle ?", H2),
           P("Reste la question du périmètre géographique. Le niveau local domine nettement, puisque 73 % des "
             "associations y ancrent leurs alliances. Le niveau régional arrive en second. Il concerne un peu moins "
             "de la moitié d'entre elles : 47 %."),
           P("Sous quelles formes ?", H2),
           P("Les répondants pouvaient décrire la nature de leurs partenariats. Quatre formes ressortent, présentées "
             "ci-après de la plus à la moins fréquente :"),
           grid([["Forme de partenariat", "Part des associations"],
                 ["Mécénat (financier, en nature ou de compétences)", "75 %"],
                 ["Innovation sociétale", "73 %"],
                 ["Pratiques responsables", "70 %"],
                 ["Coopération économique", "58 %"]],
                [10 * cm, 6 * cm]),
           Spacer(1, 6),
           P("Le mécénat reste donc la porte d'entrée la plus répandue, mais il n'est plus la seule : la coopération "
             "économique concerne désormais plus d'une association sur deux.", SMALL),
           NextPageTemplate("two"), PageBreak()]
    # page 3 : two columns, reminder of 2017 survey
    st += [P("Pour mémoire : l'enquête de 2017", H2),
           P("Avant le programme IMPACT, une autre photographie avait été réalisée avec Recherches & Solidarités². "
             "Elle s'appuyait sur les réponses de plus de 1 380 responsables associatifs."),
           P("Le premier enseignement tenait au nombre de partenaires. En moyenne, chaque association en citait 2,5."),
           P("Le classement des partenaires était déjà dominé par la sphère publique locale. Il se présentait "
             "ainsi :"),
           *bullets(["collectivités territoriales : 74 % ;", "autres associations ou fondations : 72 % ;",
                     "établissements d'enseignement : 47 % ;", "entreprises : 28 % ;",
                     "structures d'insertion : 22 % ;", "organismes de recherche : 9 %."]),
           P("Les deux enquêtes n'emploient pas les mêmes catégories ni le même champ : elles ne se comparent "
             "qu'avec prudence.", SMALL),
           FrameBreak(),
           P("Le poids du budget", H2),
           P("Le partenariat avec une entreprise dépendait fortement de la taille de l'association. "
             "Le tableau suivant oppose les deux extrémités de l'échelle budgétaire³."),
           grid([["Budget annuel", "Partenariat avec une entreprise"],
                 ["Plus de 150 000 €", "50 %"],
                 ["Moins de 10 000 €", "20 %"]],
                [4 * cm, 4.2 * cm]),
           Spacer(1, 8),
           P("Autrement dit, une grande association avait deux fois et demie plus de chances qu'une petite de "
             "compter une entreprise parmi ses partenaires."),
           P("Ce constat a nourri les travaux ultérieurs de l'Observatoire sur l'accompagnement des petites structures."),
           ]
    d.build(st, first="hdrtwo")


# ---------------------------------------------------------------------------
# 02 — Infographie : PHARE-Citoyens (landscape, planches lettrées)
# ---------------------------------------------------------------------------
def doc02():
    fn = "obs-s31-02-infographie-phare-citoyens.pdf"
    notes = {
        1: ["Méthode : échantillon national de plus de 2 000 personnes, terrain conduit pour le programme PHARE, volet Citoyens."],
        2: ["* Une autre restitution publique des mêmes résultats attribue à la sécurité la note de 7/10."],
        4: ["Les scores des dirigeants, des responsables associatifs et des maires proviennent des autres volets de PHARE",
            "(Entreprises, Associations, Institutions)."],
    }
    letters = {1: None, 2: "A", 3: "B", 4: "C"}
    d = Doc(fn, landscape(A4), "PHARE-CITOYENS · L'essentiel en images · Observatoire des partenariats",
            "Infographie PHARE-Citoyens — planche {n}", lambda p: letters.get(p), notes,
            margins=(2.2 * cm, 2.2 * cm, 2.0 * cm, 3.0 * cm),
            footer_nonum="Infographie PHARE-Citoyens — couverture")
    st = []
    kb = lambda f, c, bg="#e8eef6": keybox(f, c, width=7.2 * cm, bg=bg)
    st += [P("INFOGRAPHIE", LABEL),
           P("Ce que les Français attendent des alliances entre acteurs", TITLE),
           P("Mise en images des résultats rendus publics en septembre 2015", EDITION),
           Table([[kb("+ de 2 000", "personnes interrogées"),
                   kb("69 %", "des Français jugent que s'allier est un devoir", "#f3ece0"),
                   kb("6", "thèmes prioritaires notés sur 10")]],
                 colWidths=[8 * cm, 8 * cm, 8 * cm]),
           Spacer(1, 14),
           P("Le « devoir d'alliance »", SLIDE_L),
           P("Une majorité nette de citoyens attend des entreprises, des associations et des pouvoirs publics "
             "qu'ils agissent ensemble plutôt que chacun de leur côté.", S("sl2", 12, 16)),
           PageBreak()]
    st += [P("Les priorités du territoire", SLIDE_T),
           P("Chaque enjeu a été noté de 0 à 10 selon son importance pour le territoire du répondant.", S("sl3", 12, 16)),
           grid([["Enjeu", "Note moyenne / 10"],
                 ["Emploi", "7,1"],
                 ["Pouvoir d'achat", "6,6"],
                 ["Sécurité", "6,6 *"],
                 ["Développement économique", "6,5"],
                 ["Environnement", "6,3"],
                 ["Exclusion", "6,3"]],
                [10 * cm, 6 * cm], size=12),
           Spacer(1, 8),
           P("L'emploi arrive seul en tête.", SLIDE_L),
           PageBreak()]
    st += [P("Là où les partenariats changent la donne", SLIDE_T),
           P("Question : sur quels sujets les alliances entre acteurs ont-elles, selon vous, un impact fort ?", S("sl4", 12, 16)),
           Spacer(1, 6),
           P("— Emploi : 49 %", SLIDE_L),
           P("— Développement économique : 46 %", SLIDE_L),
           P("— Environnement : 42 %", SLIDE_L),
           P("— Précarité : 36 %", SLIDE_L),
           P("— Éducation : 36 %", SLIDE_L),
           Spacer(1, 6),
           P("Près d'un Français sur deux associe donc les partenariats à un effet fort sur l'emploi.", S("sl5", 12, 16)),
           PageBreak()]
    st += [P("Regards croisés", SLIDE_T),
           P("Le même constat d'un devoir d'alliance a été soumis aux autres publics de PHARE.", S("sl6", 12, 16)),
           Table([[kb("69 %", "des citoyens"), kb("81 %", "des dirigeants d'entreprise", "#f3ece0"),
                   kb("86 %", "des responsables associatifs"), ],
                  [kb("87 %", "des maires", "#f3ece0"), "", ""]],
                 colWidths=[8 * cm, 8 * cm, 8 * cm]),
           Spacer(1, 8),
           P("Plus on est proche de l'action, plus la conviction est forte : les élus municipaux ferment la marche "
             "avec le score le plus élevé.", S("sl7", 12, 16)),
           ]
    d.build(st)


# ---------------------------------------------------------------------------
# 03 — Entretien : Fondation des Territoires, charte, Fonds ODD 17
# ---------------------------------------------------------------------------
def doc03():
    fn = "obs-s31-03-entretien-alliances-territoires.pdf"
    notes = {
        1: ["Notre interlocutrice est responsable du pôle territoires au sein de l'équipe du RAMEAU ; elle a souhaité",
            "s'exprimer sans que son nom soit publié."],
        3: ["¹ Démarche lancée à la suite de l'étude ARPEA-Collectivités locales (Comisis-OpinionWay)."],
    }
    d = Doc(fn, A4, "La Lettre des alliances  ·  Rubrique « Trois questions à… »  ·  Le RAMEAU",
            "La Lettre des alliances | {n}", lambda p: str(p + 13), notes)
    st = [P("ENTRETIEN", LABEL),
          P("« Faire alliance ne se décrète pas, cela se cultive »", TITLE),
          P("Propos recueillis pour le numéro d'été, au lendemain de la naissance officielle de la Fondation des Territoires",
            EDITION),
          P("Elle suit depuis l'origine le chantier de la Fondation des Territoires. Elle revient pour nous sur "
            "quatre années de préfiguration, sur la charte et sur le fonds dédié à l'ODD 17.", S("chapo3", 10, font="DVI")),
          FrameBreak(),
          P("La Fondation des Territoires existe enfin. Comment est-elle née ?", QUEST),
          P("Par étapes, et lentement, ce qui était voulu. Nous avons lancé la préfiguration en juillet 2018. "
            "Elle s'est déroulée en trois temps : une première séquence de juillet 2018 à juillet 2019, une "
            "deuxième d'août 2019 à novembre 2020, puis une dernière de décembre 2020 à mai 2022."),
          P("Et la création proprement dite ?", QUEST),
          P("Elle est intervenue le 14 juin 2022. La fondation est abritée : elle a été créée sous l'égide de la "
            "Fondation de Lille, ce qui nous a permis de démarrer sans lourdeur administrative."),
          FrameBreak(),
          P("Qui l'a portée ?", QUEST),
          P("Un tour de table assez large, volontairement. Ils sont 21 co-fondateurs à s'être engagés dès le départ. "
            "Ce nombre dit quelque chose : aucune organisation ne pouvait porter seule ce projet."),
          P("Quelles sont ses missions ?", QUEST),
          P("Elle en a trois. Toutes tournent autour d'une même idée : outiller ceux qui, sur le terrain, veulent "
            "agir ensemble."),
          NextPageTemplate("two"), PageBreak()]
    st += [P("Parlons de la Charte du faire alliance. D'où vient-elle ?", QUEST),
           P("D'un travail collectif d'environ trois mois. C'est la Fondation des Territoires qui a piloté cette "
             "co-construction, en réunissant des acteurs de tous horizons."),
           P("Et son lancement ?", QUEST),
           P("Nous voulions un moment symbolique. Nous avons choisi le Giving Tuesday, la journée mondiale de la "
             "générosité. La charte a donc été dévoilée un mardi de fin novembre."),
           P("C'était le 30 novembre 2021, à Saint-Maurice, sur le territoire de Paris-Est Marne & Bois, au cours "
             "d'une soirée VitaWin."),
           P("Que contient-elle, concrètement ?", QUEST),
           P("Ce n'est pas un règlement. Nous la décrivons plutôt comme un « contrat de confiance » : chacun y "
             "reconnaît ce qu'il apporte et ce qu'il attend des autres."),
           FrameBreak(),
           P("Le Fonds ODD 17 fait aussi partie du paysage…", QUEST),
           P("Oui, et il est antérieur à la Fondation. Nous l'avons co-créé en 2020 avec un partenaire "
             "d'entreprise engagé de longue date à nos côtés, la Fondation TotalEnergies."),
           P("Avec quels moyens ?", QUEST),
           P("Le fonds a reçu une dotation pour conduire une expérimentation. Elle s'élève à 1,5 M€, à engager "
             "sur trois ans."),
           P("Et sur le terrain ?", QUEST),
           P("L'ambition est de faire émerger des relais locaux. Nous les appelons les « catalyseurs territoriaux ». "
             "L'objectif en vise 350."),
           PageBreak()]
    st += [P("Tout cela s'inscrit dans une histoire plus ancienne ?", QUEST),
           P("Bien sûr. Avant la Fondation, il y a eu la démarche « Agir ensemble en Territoire »¹. "
             "Nous l'avons engagée en 2010."),
           P("Sur quels territoires ?", QUEST),
           P("Trois territoires ont joué le rôle de pilotes. Je les cite avec les structures qui nous ont accompagnés :"),
           *bullets(["l'Alsace, avec Alsace Active ;", "le Poitou-Charentes, avec le Groupe La Poste ;",
                     "Paris-Est Marne & Bois, où nous sommes revenus pour lancer la charte."]),
           P("Un dernier mot ?", QUEST),
           P("Les alliances demandent du temps, de la méthode et de la confiance. Ce sont des choses qui ne "
             "s'achètent pas ; elles se construisent.", S("last", 9.5, font="DVI")),
           FrameBreak(),
           P("Pour aller plus loin", H2),
           P("Le texte de la charte peut être obtenu auprès de la Fondation des Territoires. Les appels à "
             "candidatures du Fonds ODD 17 sont relayés dans cette lettre dès leur ouverture.", SMALL),
           Spacer(1, 6),
           keybox("3", "territoires pilotes pour « Agir ensemble en Territoire »", width=7.5 * cm),
           ]
    d.build(st, first="hdrtwo")


# ---------------------------------------------------------------------------
# 04 — Note de conjoncture : maires et élus locaux
# ---------------------------------------------------------------------------
def doc04():
    fn = "obs-s31-04-note-conjoncture-elus-locaux.pdf"
    notes = {
        1: ["Source : IMPACTS & TRAJECTOIRES – Élus locaux, enquête téléphonique, novembre 2024."],
        2: ["(a) Étude IMPACT-Élus locaux, novembre 2020, réalisée par Comisis-OpinionWay.",
            "(b) Chiffres présentés lors d'un dîner « Élus & Entreprises »."],
        3: ["(c) Une autre communication sur la même expérimentation mentionne « le CGET et 10 territoires pilotes »."],
    }
    d = Doc(fn, A4, "NOTE DE CONJONCTURE — ÉLUS LOCAUX ET CO-CONSTRUCTION TERRITORIALE",
            "Observatoire des partenariats · Note de conjoncture · page {n}",
            lambda p: None if p == 1 else str(p - 1), notes,
            footer_nonum="Observatoire des partenariats · Note de conjoncture · diffusion libre")
    st = [P("NOTE DE CONJONCTURE", LABEL),
          P("Maires et co-construction : où en sont les communes ?", TITLE),
          P("Actualisation de fin d'année 2024 — intègre la vague « IMPACTS & TRAJECTOIRES »", EDITION),
          P("La dernière vague d'enquête", H2),
          P("L'enquête a été conduite par téléphone auprès d'un échantillon de maires. Ils étaient 302 à y répondre, "
            "interrogés entre le 30 septembre et le 28 octobre 2024."),
          P("Le sentiment dominant est celui d'un territoire qui bouge. Neuf maires sur dix le partagent : "
            "91 % exactement."),
          P("Il faut toutefois nuancer. Ce chiffre agrège deux réponses distinctes, détaillées ci-dessous :"),
          *bullets(["un territoire « fortement » en mouvement : 35 % ;",
                    "un territoire en mouvement « ni plus ni moins » qu'avant : 56 %."]),
          Spacer(1, 6),
          Table([[keybox("302", "maires interrogés", width=5 * cm),
                  keybox("91 %", "voient leur territoire en mouvement", width=5 * cm, bg="#f3ece0"),
                  keybox("84 %", "des répondants en commune de moins de 2 000 habitants", width=5 * cm)]],
                colWidths=[5.6 * cm, 5.6 * cm, 5.6 * cm]),
          Spacer(1, 8),
          P("Un profil rural", H3),
          P("L'échantillon reflète la géographie communale française, faite d'une majorité de petites communes. "
            "Les répondants en témoignent : la plupart dirigent des villages ou des bourgs de moins de 2 000 habitants."),
          NextPageTemplate("two"), PageBreak()]
    st += [P("Les vagues précédentes", H2),
           P("La série ne commence pas en 2024. Dès le programme PHARE, un volet entier avait été consacré aux "
             "institutions et aux élus."),
           P("PHARE-Institutions a été rendu public le 29 novembre 2016. Il a notamment permis de distinguer "
             "cinq profils de maires, selon leur manière d'aborder les partenariats."),
           P("Quatre ans plus tard, l'étude IMPACT-Élus locaux(a) a pris le relais. C'est d'elle qu'est issue la "
             "fiche-repère « Les dynamiques d'engagement des Collectivités territoriales »."),
           P("Engagés mais démunis", H3),
           P("Cette étude de 2020 met au jour un paradoxe. Les trois quarts des maires considèrent leur territoire "
             "comme engagé : 76 % d'entre eux."),
           P("Pourtant, près de la moitié avouent ne pas savoir comment piloter cet engagement. Ils sont 46 % dans ce cas."),
           FrameBreak(),
           P("L'envie de jouer collectif", H2),
           P("D'autres chiffres, présentés aux élus et aux chefs d'entreprise(b), vont dans le même sens."),
           P("Près de deux élus locaux sur trois souhaitent désormais s'appuyer sur le « jouer collectif ». "
             "La proportion est de 64 %."),
           P("Quant à l'utilité de la co-construction, elle fait presque l'unanimité chez les maires : 92 % la "
             "reconnaissent."),
           Spacer(1, 6),
           grid([["Vague", "Parution", "Apport principal"],
                 ["PHARE-Institutions", "novembre 2016", "typologie des maires"],
                 ["IMPACT-Élus locaux", "novembre 2020", "fiche-repère collectivités"],
                 ["IMPACTS & TRAJECTOIRES", "novembre 2024", "dynamique des territoires"]],
                [3.2 * cm, 2.4 * cm, 2.6 * cm], size=7.5),
           NextPageTemplate("one"), PageBreak()]
    st += [P("Accompagner les territoires : le parcours d'expérience", H2),
           P("Au-delà de la mesure, l'Observatoire et Le RAMEAU se sont engagés dans l'expérimentation. Le principal "
             "dispositif a été conçu avec le CGET (Commissariat général à l'égalité des territoires)."),
           P("Ce parcours d'expérience réunissait 11 territoires pionniers(c). Il s'étalait sur 18 mois."),
           P("La première session s'est tenue le 3 mai. Elle a réuni les équipes des territoires autour d'un même "
             "objectif : apprendre à co-construire en s'appuyant sur les expériences des autres."),
           P("Ce qu'en retiennent les participants", H3),
           P("Les retours recueillis à l'issue du parcours convergent sur trois points :"),
           *bullets(["la nécessité d'un tiers de confiance pour réunir des acteurs qui ne se parlent pas ;",
                     "l'intérêt de partir des besoins du territoire plutôt que des dispositifs existants ;",
                     "le besoin d'outils simples pour suivre les alliances dans la durée."]),
           Spacer(1, 8),
           P("À suivre", H3),
           P("La prochaine note de conjoncture reviendra sur les attentes des entreprises vis-à-vis des collectivités."),
           ]
    d.build(st)


# ---------------------------------------------------------------------------
# 05 — Rapport d'activité : repères et jalons 2006-2022
# ---------------------------------------------------------------------------
def doc05():
    fn = "obs-s31-05-rapport-activite-jalons.pdf"
    notes = {
        1: ["1. Des publications plus anciennes (janvier 2011, décembre 2012) évoquent un « Observatoire national des",
            "    partenariats associations / entreprises » créé en 2007."],
        2: ["2. L'intitulé de ce programme a connu plusieurs formulations au fil des publications."],
        3: ["3. « Pionniers » : organisations déjà engagées de longue date dans des démarches de co-construction."],
        5: ["4. Note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons », diffusée un 5 juillet."],
    }
    d = Doc(fn, A4, "LE RAMEAU · OBSERVATOIRE DES PARTENARIATS · RAPPORT D'ACTIVITÉ",
            "— {n} —   Rapport d'activité · Repères et jalons", lambda p: str(p + 20), notes)
    st = [P("RAPPORT D'ACTIVITÉ", LABEL),
          P("Repères et jalons : quinze ans d'observation des alliances", TITLE),
          P("Bilan dressé au terme du programme IMPACT (2018-2022) — chapitre 2 du rapport", EDITION),
          P("Deux structures, une même ambition", H2),
          P("Le RAMEAU voit le jour en 2006. Il adopte un statut associatif d'intérêt général et se présente comme "
            "un « laboratoire de recherche empirique » consacré aux alliances."),
          P("Depuis sa création, il a mené des expérimentations auprès de plus de 500 organisations. Il a aussi "
            "recensé plus de 1 000 exemples inspirants."),
          P("Sa gouvernance associe un président-fondateur, Charles-Benoît Heidsieck, et une directrice générale, "
            "Laurence Weber."),
          P("L'Observatoire des partenariats naît deux ans plus tard, en 2008¹. Il est créé par la Caisse des Dépôts "
            "et Le RAMEAU. Le MEDEF et le Mouvement associatif s'y associent en tant que partenaires."),
          P("Une direction scientifique bénévole", H3),
          P("La conduite scientifique des études est confiée à Anne Robin. Cette dernière, fondatrice du cabinet "
            "COMISIS, exerce cette responsabilité à titre bénévole."),
          Spacer(1, 6),
          Table([[keybox("2006", "création du RAMEAU", width=4.8 * cm),
                  keybox("2008", "création de l'Observatoire", width=4.8 * cm, bg="#f3ece0"),
                  keybox("500+", "organisations accompagnées", width=4.8 * cm)]],
                colWidths=[5.4 * cm, 5.4 * cm, 5.4 * cm]),
          PageBreak()]
    st += [P("Trois programmes quinquennaux", H2),
           P("Les travaux de l'Observatoire s'organisent en cycles de cinq ans. Le tableau se lit par ligne."),
           grid([["Programme", "Période", "Précisions"],
                 ["ARPEA²", "2008-2012", "« Analyse des Relations et des Partenariats entre Entreprises et Associations » ; 10 volets ; rapport quinquennal du 11 décembre 2012"],
                 ["PHARE", "2013-2018", "6 volets (détail page suivante)"],
                 ["IMPACT", "2018-2022", "lancé en novembre 2017"]],
                [2.6 * cm, 2.6 * cm, 11.8 * cm]),
           Spacer(1, 8),
           P("Ce que disait ARPEA", H2),
           P("Le volet Citoyens d'ARPEA a été mesuré à deux reprises. À chaque fois, la question portait sur "
             "l'urgence de créer des partenariats entre acteurs."),
           P("En 2008, 86 % des Français la jugeaient urgente. Ils étaient encore 84 % en 2012."),
           P("Côté associations, près de 46 % se déclaraient engagées aux côtés d'une entreprise."),
           P("Les entreprises, elles, étaient plus partagées. L'étude ARPEA Entreprises & Territoires, parue en "
             "janvier 2011, les répartissait en trois groupes :"),
           *bullets(["celles qui développent déjà des partenariats : 21 % ;",
                     "celles qui souhaitent le faire : 33 % ;",
                     "celles qui ne le souhaitent pas : 46 %."]),
           PageBreak()]
    st += [P("PHARE en six volets", H2),
           P("Le programme PHARE s'est déployé en six publications successives, présentées ci-dessous dans l'ordre "
             "chronologique."),
           grid([["Volet", "Parution"],
                 ["Citoyens", "septembre 2015"],
                 ["Entreprises", "octobre 2015"],
                 ["Associations", "novembre 2015"],
                 ["13 rapports régionaux", "2016"],
                 ["Diagnostics sectoriels", "juillet 2016"],
                 ["Institutions", "automne 2016"]],
                [7 * cm, 5 * cm]),
           Spacer(1, 8),
           P("Une note sur les modèles de co-construction", H2),
           P("Une note datée du 29 février 2016 a mesuré la diffusion de la co-construction. Côté entreprises, "
             "le champ retenu est celui des structures d'au moins 10 salariés. Parmi elles, 37 % sont concernées."),
           P("Les associations se situent à un niveau voisin, avec 38 %. La proportion grimpe toutefois à 53 % "
             "lorsqu'on ne considère que les associations employeuses."),
           P("Quant aux pionniers³, ils sont 65 % à pratiquer ces modèles."),
           P("Un état des lieux demandé par l'État", H3),
           P("La ministre Valérie Fourneyron a sollicité un rapport dressant l'état des lieux des partenariats entre "
             "associations et entreprises. Celui-ci a été publié au début de l'année 2014."),
           PageBreak()]
    st += [P("Vers la reconnaissance politique (2019-2022)", H2),
           P("À l'occasion du FNAF 2019, Gabriel Attal a confié une mission ministérielle à deux personnalités : "
             "la députée Cathy Racon-Bouzon et Charles-Benoît Heidsieck."),
           P("Leur rapport a été remis le 7 mai 2020. Un bilan de sa mise en œuvre a suivi le 17 octobre 2020."),
           P("Le droit de l'alliance", H3),
           P("Dans le prolongement de ces travaux, une proposition de loi a été déposée en février. Elle vise à "
             "reconnaître un « droit de l'alliance d'intérêt général » et c'est Cathy Racon-Bouzon qui la porte."),
           P("Le texte a été agréé par le Bureau de l'Assemblée nationale, puis publié au Journal officiel. "
             "Il s'accompagne d'une feuille de route ministérielle comptant 21 mesures."),
           P("L'opinion, toujours en appui", H3),
           P("Les mesures les plus récentes confirment l'attente. Elles se résument en trois mots, un par public :"),
           grid([["Public", "Attente exprimée", "Part"],
                 ["Français", "« devoir d'alliance »", "81 %"],
                 ["Maires", "« besoin d'alliance »", "92 %"],
                 ["Dirigeants d'entreprise", "« envie d'alliance »", "84 %"]],
                [5 * cm, 6 * cm, 3 * cm]),
           PageBreak()]
    st += [P("L'ODD 17 comme fil rouge", H2),
           P("L'objectif de développement durable n° 17, consacré aux partenariats, se décline en 19 cibles⁴."),
           P("Pour le rendre opérationnel, Le RAMEAU a structuré ses ressources selon l'acronyme M.E.D.O.C. :"),
           *bullets(["Méthodes ;", "Exemples ;", "Données ;", "Outils ;", "Compétences."]),
           P("L'ensemble est accessible sur la plateforme www.odd17.org."),
           P("Un mois de novembre chargé", H2),
           P("Le calendrier ci-dessous retrace les temps forts d'un mois de novembre autour de la parution du "
             "11e rapport régional, consacré à la Normandie."),
           grid([["Date", "Événement"],
                 ["15 novembre", "Dossier dans JURIS Associations n°628"],
                 ["23 novembre", "3e dîner « Élus & Entreprises »"],
                 ["26 novembre", "Publication du 11e rapport régional : Normandie"],
                 ["26 novembre", "5e webinaire « l'ODD 17 en pratique »"]],
                [4 * cm, 11 * cm]),
           ]
    d.build(st)


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    for f in sorted(os.listdir(HERE)):
        if f.startswith("obs-s31-") and f.endswith(".pdf"):
            print(f)
