# -*- coding: utf-8 -*-
"""Corpus fictif notes-s108 : 5 PDF « à la manière » des publications de l'Observatoire des partenariats.

Script déterministe : rl_config.invariant = 1, métadonnées vides, polices standard (non embarquées).
Usage : /work/main/.venv/bin/python make_docs.py   (écrit les PDF dans le dossier du script)
Tout organisme, personne et chiffre non repris de /work/shared/facts.md est inventé (voir README.md).
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.graphics.shapes import Drawing, Line, Rect, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
    Paragraph, Spacer, Table, TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4
LM = RM = 20 * mm
TOP = 24 * mm
BOT = 38 * mm  # place pour les notes de bas de page et le pied


def nb(s):
    """« ~ » = espace insécable (évite de couper « 1 512 » ou « 79 % » en fin de ligne)."""
    s = s.replace("~", "\u00a0")
    # typographie française : pas de « : », « ; », « ? » ou « » » en début de ligne
    for a in (" :", " ;", " ?", " \u00bb"):
        s = s.replace(a, "\u00a0" + a[1:])
    return s.replace("\u00ab ", "\u00ab\u00a0")


BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11, spaceAfter=3)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11.5, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=4)
SUB = ParagraphStyle("sub", parent=BODY, fontName="Helvetica-Oblique", fontSize=11, leading=14, spaceAfter=10)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=6,
                    spaceAfter=5, textColor=colors.HexColor("#1f4e79"))
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=4,
                    spaceAfter=3)
DATE = ParagraphStyle("date", parent=BODY, fontName="Helvetica-Oblique", fontSize=8.5, leading=10.5,
                      spaceAfter=2, textColor=colors.HexColor("#555555"))
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=12, bulletIndent=2, spaceAfter=3)
CAPTION = ParagraphStyle("caption", parent=BODY, fontName="Helvetica-Bold", fontSize=9, leading=11.5, spaceAfter=3)
KEY = ParagraphStyle("key", parent=BODY, fontName="Helvetica-Bold", fontSize=10, leading=13, alignment=TA_CENTER)


def P(text, style=BODY):
    return Paragraph(nb(text), style)


def B(text):
    return Paragraph(nb(text), BULLET, bulletText="\u2022")


def box(flowables, width, bg="#eef3f8"):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1f4e79")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def grid(rows, widths, header=True, align_right_from=1):
    data = []
    for i, row in enumerate(rows):
        st = CELLB if (header and i == 0) else CELL
        data.append([Paragraph(nb(c), st) for c in row])
    t = Table(data, colWidths=widths, repeatRows=0, hAlign="LEFT")
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8899aa")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")))
    t.setStyle(TableStyle(style))
    return t


class Doc:
    """Un PDF : en-tête, pied (numéro de page imprimé), notes de bas de page par page PDF."""

    def __init__(self, name, head_left, head_right, foot, footnotes=None):
        self.name = name
        self.head_left = head_left
        self.head_right = head_right
        self.foot = foot  # fonction page_pdf -> texte du pied
        self.footnotes = footnotes or {}

    def _header(self, canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#1f4e79"))
        canv.drawString(LM, H - 14 * mm, nb(self.head_left))
        canv.drawRightString(W - RM, H - 14 * mm, nb(self.head_right))
        canv.setStrokeColor(colors.HexColor("#1f4e79"))
        canv.line(LM, H - 16 * mm, W - RM, H - 16 * mm)
        canv.restoreState()

    def _footer(self, canv, doc):
        canv.saveState()
        notes = self.footnotes.get(doc.page, [])
        y = BOT - 6 * mm
        if notes:
            canv.setStrokeColor(colors.black)
            canv.line(LM, y + 3 * mm, LM + 50 * mm, y + 3 * mm)
            for n in notes:
                p = Paragraph(nb(n), SMALL)
                _, h = p.wrap(W - LM - RM, 40 * mm)
                p.drawOn(canv, LM, y - h + 1 * mm)
                y -= h + 1
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.line(LM, 14 * mm, W - RM, 14 * mm)
        canv.drawRightString(W - RM, 10 * mm, nb(self.foot(doc.page)))
        canv.restoreState()

    def build(self, story, first="one"):
        path = os.path.join(HERE, self.name)
        doc = BaseDocTemplate(path, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TOP,
                              bottomMargin=BOT, title="", author="", subject="", creator="", producer="",
                              keywords=[], invariant=1)
        fw = W - LM - RM
        fh = H - TOP - BOT
        one = Frame(LM, BOT, fw, fh, id="one", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        gap = 8 * mm
        cw = (fw - gap) / 2
        c1 = Frame(LM, BOT, cw, fh, id="c1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        c2 = Frame(LM + cw + gap, BOT, cw, fh, id="c2", leftPadding=0, rightPadding=0, topPadding=0,
                   bottomPadding=0)
        tpl = [PageTemplate(id="one", frames=[one], onPage=self._header, onPageEnd=self._footer),
               PageTemplate(id="two", frames=[c1, c2], onPage=self._header, onPageEnd=self._footer)]
        if first == "two":
            tpl.reverse()
        doc.addPageTemplates(tpl)
        doc.build(story)
        return path


def bar_chart(title, labels, values, ticks, width=230, height=150):
    """Graphique sans étiquette de valeur : seules les graduations et les libellés sont imprimés."""
    d = Drawing(width, height)
    x0, y0, w, h = 30, 22, width - 40, height - 45
    d.add(String(0, height - 10, nb(title), fontName="Helvetica-Bold", fontSize=8))
    top = ticks[-1]
    for t in ticks:
        y = y0 + h * t / top
        d.add(Line(x0, y, x0 + w, y, strokeColor=colors.HexColor("#cccccc"), strokeWidth=0.4))
        d.add(String(x0 - 4, y - 3, str(t), fontName="Helvetica", fontSize=7, textAnchor="end"))
    bw = w / (len(values) * 2)
    for i, (lab, v) in enumerate(zip(labels, values)):
        x = x0 + bw / 2 + i * 2 * bw
        d.add(Rect(x, y0, bw, h * v / top, fillColor=colors.HexColor("#1f4e79"), strokeColor=None))
        d.add(String(x + bw / 2, y0 - 11, lab, fontName="Helvetica", fontSize=7, textAnchor="middle"))
    return d


FW = W - LM - RM


# ---------------------------------------------------------------------------------------------------
# 1. Baromètre d'opinion en plusieurs vagues
# ---------------------------------------------------------------------------------------------------
def doc1():
    d = Doc("obs-s108-01-barometre.pdf",
            "Observatoire des partenariats · Baromètre Alliances & Citoyens",
            "Publication : mars 2025",
            lambda p: "Baromètre Alliances & Citoyens – vague 4 | page %d" % (p + 2),
            footnotes={1: ["1. Vague 1 : enquête PHARE-Citoyens de l'Observatoire des partenariats, plus de "
                           "2~000 personnes interrogées. Vague 2 : 2018. Vague 3 : 2021."]})
    s = []
    s.append(P("Baromètre Alliances & Citoyens – 4<super>e</super> vague", TITLE))
    s.append(P("Les Français et les alliances d'intérêt général, de 2015 à 2024", SUB))
    meth = grid([
        ["Méthodologie", ""],
        ["Échantillon", "1~512 personnes, représentatives de la population française âgée de 18~ans et plus "
                        "(méthode des quotas : sexe, âge, profession, région, catégorie d'agglomération)."],
        ["Terrain", "Du 14 au 28~novembre 2024 ; résultats publiés en mars 2025."],
        ["Recueil", "Questionnaire auto-administré en ligne (CAWI)."],
        ["Précision", "Marge d'erreur de ±~2,5~points pour un pourcentage de 50~%."],
        ["Institut", "Quadrant Opinion (institut fictif), 12 rue des Tanneurs, 69002 Lyon."],
    ], [32 * mm, FW - 32 * mm])
    meth.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#f3f6fa"))]))
    s.append(meth)
    s.append(Spacer(1, 8))
    s.append(P("1. Une urgence partagée, mais qui s'émousse", H1))
    s.append(P("Interrogés en novembre 2024, 79~% des Français jugent urgent de développer des partenariats entre "
               "associations, entreprises et pouvoirs publics. C'est 5~points de moins qu'en 2012 (84~%) et "
               "7~points de moins qu'en 2008 (86~%), date de la toute première mesure de l'Observatoire."))
    s.append(P("Le sentiment d'un « devoir d'alliance » progresse en revanche : 83~% des personnes interrogées "
               "l'expriment, contre 81~% lors de la vague 3 (2021) et 69~% lors de la vague 1, en septembre "
               "2015<super>1</super>."))
    s.append(P("Ces résultats confirment une tendance observée depuis la création de l'Observatoire : l'alliance "
               "entre acteurs est perçue comme une réponse aux fragilités des territoires plutôt que comme une "
               "option réservée aux grandes organisations."))
    s.append(PageBreak())

    # page 2
    s.append(P("2. Ce que les alliances devraient changer", H1))
    s.append(P("Sur une échelle de 0 à 10, les Français notent les enjeux sur lesquels les alliances devraient agir "
               "en priorité. Les enjeux ci-dessous ont été posés dans les mêmes termes en 2015 et en 2024."))
    s.append(P("Tableau 2 – Note moyenne attribuée à chaque enjeu (sur 10)", CAPTION))
    s.append(grid([
        ["Enjeu", "Vague 1 (2015)", "Vague 4 (2024)", "Évolution (points)"],
        ["Emploi", "7,1", "7,3", "+0,2"],
        ["Pouvoir d'achat", "6,6", "7,4", "+0,8"],
        ["Environnement et exclusion", "6,3", "7,0", "+0,7"],
    ], [60 * mm, 35 * mm, 35 * mm, FW - 130 * mm]))
    s.append(Spacer(1, 3))
    s.append(P("Lecture : en 2024, les Français attribuent en moyenne la note de 7,3 sur 10 à l'emploi.", SMALL))
    s.append(Spacer(1, 6))
    s.append(P("Le pouvoir d'achat gagne près d'un point et devient l'enjeu le mieux noté, devant l'emploi."))
    s.append(P("L'impact perçu des partenariats sur l'emploi se renforce lui aussi : 57~% des Français le jugent "
               "fort, contre 49~% lors de la vague 1. Parmi les actifs, ils sont même 61~% à le penser."))
    s.append(P("Les écarts entre enjeux restent faibles : aucun enjeu n'est jugé secondaire, ce qui plaide pour des "
               "alliances capables de traiter plusieurs sujets à la fois."))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())

    # page 3 (deux colonnes)
    s.append(P("3. Confiance et engagement", H1))
    s.append(P("La confiance accordée aux différents acteurs pour mener des projets communs évolue peu. Les "
               "Français font d'abord confiance :"))
    s.append(B("aux associations : 72~% (+3~points par rapport à 2021) ;"))
    s.append(B("aux collectivités locales : 64~% (stable) ;"))
    s.append(B("aux entreprises : 41~% (–4~points)."))
    s.append(P("Les jeunes de 18 à 24~ans sont les plus convaincus : 88~% d'entre eux voient dans les alliances "
               "une source d'innovation, contre 71~% des 65~ans et plus. Sur l'ensemble de l'échantillon, la "
               "proportion atteint 76~%."))
    s.append(FrameBreak())
    s.append(P("Passer à l'acte reste plus rare. Les cadres sont près de deux sur trois (65~%) à se dire prêts à "
               "s'engager bénévolement dans un projet commun ; les ouvriers, un peu plus d'un sur deux."))
    s.append(P("Enfin, un répondant sur cinq déclare avoir déjà participé à une action menée conjointement par une "
               "association et une entreprise."))
    s.append(Spacer(1, 6))
    s.append(bar_chart("Graphique 3 – « Devoir d'alliance » (valeurs en page 3)",
                       ["Vague 1", "Vague 3", "Vague 4"], [69, 81, 83], [0, 20, 40, 60, 80, 100]))
    d.build(s)
    return d.name


# ---------------------------------------------------------------------------------------------------
# 2. Fiche Repère thématique
# ---------------------------------------------------------------------------------------------------
def doc2():
    d = Doc("obs-s108-02-fiche-repere.pdf",
            "Observatoire des partenariats — Fiche Repère n° 7",
            "Octobre 2024",
            lambda p: "Fiche Repère n° 7 – %d/3" % p,
            footnotes={
                1: ["1. Direction de la statistique associative (organisme fictif), « Emploi associatif », "
                    "édition 2022, tableau 4."],
                2: ["2. Recherches & Solidarités et Le RAMEAU, « Associations & Partenariats », mars 2017."],
                3: ["Contact presse : Observatoire des partenariats – 01 53 24 87 90 – fiche révisée le "
                    "14/10/2024. Fiche établie en application de la loi n° 2022-1789 (texte fictif), article 12."],
            })
    s = []
    s.append(P("Les associations employeuses et leurs partenaires", TITLE))
    s.append(P("Fiche Repère thématique – chiffres choisis", SUB))
    keep = [P("Ce qu'il faut retenir", H2),
            B("On compte 148~000 associations employeuses en France (IMPACT – Associations & Territoires, "
              "Observatoire des partenariats, 2021)."),
            B("98~% d'entre elles ont au moins un partenaire, et 89~% travaillent avec une collectivité "
              "territoriale (même source)."),
            B("Elles emploient 1,8~million de salariés, soit près de 12~% des salariés du secteur privé "
              "(Direction de la statistique associative, 2022)<super>1</super>."),
            B("En 2016, 38~% des associations déclaraient un partenariat avec une entreprise ; la proportion "
              "montait à 53~% chez les employeuses (note de l'Observatoire, février 2016)."),
            B("Une association a en moyenne 2,5 partenaires (Recherches & Solidarités – Le RAMEAU, enquête de "
              "mai-juin 2016 publiée en mars 2017)."),
            B("Les partenariats d'entreprise apportent 410~M€ par an aux associations employeuses (Direction de "
              "la statistique associative, 2023)."),
            ]
    s.append(box(keep, FW))
    s.append(Spacer(1, 10))
    s.append(P("Cette fiche rassemble des chiffres publiés entre 2016 et 2024 par l'Observatoire des partenariats "
               "et par des organismes publics. Les années indiquées entre parenthèses sont celles des études, et "
               "non celle de la présente fiche."))
    s.append(P("Elle complète la fiche Repère consacrée aux collectivités territoriales et prépare l'édition "
               "suivante, centrée sur les fondations."))
    s.append(PageBreak())

    # page 2
    s.append(P("1. Avec qui les associations travaillent-elles ?", H1))
    s.append(P("Les collectivités territoriales restent le premier partenaire des associations employeuses, loin "
               "devant les acteurs académiques."))
    s.append(P("Part des associations employeuses ayant au moins un partenariat, par type de partenaire "
               "(IMPACT – Associations & Territoires, 2021)", CAPTION))
    s.append(grid([
        ["Type de partenaire", "Part des associations"],
        ["Collectivités territoriales", "89~%"],
        ["Structures d'intérêt général", "73~%"],
        ["Établissements scolaires", "70~%"],
        ["Collectifs d'associations", "56~%"],
        ["Acteurs publics nationaux", "52~%"],
        ["Fédérations professionnelles", "37~%"],
        ["Acteurs académiques", "35~%"],
    ], [90 * mm, 45 * mm]))
    s.append(Spacer(1, 8))
    s.append(P("Dans l'enquête de 2016 menée auprès de plus de 1~380 responsables associatifs, les collectivités "
               "étaient citées par 74~% des associations et les entreprises par 28~%<super>2</super>."))
    s.append(P("La moitié des associations dont le budget dépasse 150~000~€ ont un partenariat avec une "
               "entreprise, contre une sur cinq parmi celles de moins de 10~000~€."))
    s.append(PageBreak())

    # page 3
    s.append(P("2. À quelles échelles, sous quelles formes ?", H1))
    s.append(P("Les partenariats se nouent d'abord à l'échelle locale (73~%), puis régionale (47~%) (IMPACT – "
               "Associations & Territoires, 2021)."))
    s.append(P("Côté formes, le mécénat arrive en tête (75~%), devant l'innovation sociétale (73~%), les pratiques "
               "responsables (70~%) et la coopération économique (58~%)."))
    s.append(P("Côté entreprises, 37~% de celles d'au moins 10~salariés avaient noué un partenariat associatif, "
               "selon la note de l'Observatoire du 29 février 2016."))
    s.append(Spacer(1, 6))
    s.append(box([P("Un organisme public, d'autres chiffres", H2),
                  P("Selon l'Agence nationale des territoires solidaires (organisme fictif, rapport 2023), "
                    "6~200 conventions de partenariat ont été signées entre associations et collectivités en 2022, "
                    "pour un montant moyen de 18~500~€.")], FW, bg="#f6f1e7"))
    s.append(Spacer(1, 8))
    s.append(P("Pour aller plus loin : les fiches Repère de l'Observatoire sont disponibles sur demande auprès de "
               "l'équipe, ainsi que les questionnaires des études citées."))
    d.build(s)
    return d.name


# ---------------------------------------------------------------------------------------------------
# 3. Bulletin de veille
# ---------------------------------------------------------------------------------------------------
def doc3():
    d = Doc("obs-s108-03-bulletin-veille.pdf",
            "Bulletin de veille partenariale · n° 42",
            "Décembre 2024",
            lambda p: "Veille partenariale n° 42 – p. %d" % (p + 11))
    s = []

    def breve(titre, date, texte):
        s.append(P(titre, H2))
        s.append(P(date, DATE))
        s.append(P(texte))

    s.append(P("Les brèves du mois", H1))
    breve("Salariés : le mécénat de compétences gagne du terrain", "Brève du 12/11/2024",
          "Selon le baromètre Entreprises & Citoyenneté 2023 du cabinet Aléane (fictif), 34~% des salariés ont "
          "participé à une action de mécénat de compétences dans l'année, contre 27~% en 2020. Parmi eux, près "
          "de la moitié l'ont fait sur leur temps de travail.")
    breve("Bénévoles : un vivier qui rajeunit", "Brève du 19/11/2024",
          "L'enquête Bénévolat en France 2022 de l'Institut Héliade (fictif) estime à 12,5~millions le nombre de "
          "bénévoles associatifs, dont 2,1~millions ont moins de 35~ans.")
    s.append(FrameBreak())
    breve("Élus : la co-construction plébiscitée", "Brève du 26/11/2024",
          "Dans l'étude IMPACT – Élus locaux de novembre 2020, 92~% des maires reconnaissaient l'utilité de la "
          "co-construction et 64~% des élus locaux voulaient s'appuyer sur le « jouer collectif ». Les maires "
          "étaient aussi 76~% à juger leur territoire engagé, mais 46~% d'entre eux ne savaient pas comment "
          "piloter ces alliances.")
    s.append(P("Ces résultats restent une référence pour les associations d'élus qui préparent les prochaines "
               "rencontres régionales.", SMALL))
    s.append(PageBreak())

    # page 2
    breve("Fondations : plus de moyens pour agir ensemble", "Brève du 03/12/2024",
          "D'après le panorama 2021 du Centre d'études philanthropiques (fictif), les 2~700 fondations actives en "
          "France ont consacré 1,2~milliard d'euros à des projets menés en partenariat, soit 18~% de leurs "
          "dépenses. Parmi elles, 620 déclarent au moins un partenariat avec une entreprise.")
    s.append(FrameBreak())
    breve("PME : une pratique encore minoritaire", "Brève du 10/12/2024",
          "L'étude ARPEA – Entreprises & Territoires de janvier 2011 le montrait déjà : 21~% des entreprises "
          "développaient des partenariats avec des associations, 33~% le souhaitaient et 46~% ne le souhaitaient "
          "pas. En 2019, selon la Fédération des PME du Grand Ouest (fictive), 43~% des PME de 10 à 49~salariés "
          "soutenaient une association locale, pour un don médian de 1~500~€.")
    s.append(PageBreak())

    # page 3
    breve("Collectivités : la taille compte", "Brève du 17/12/2024",
          "D'après l'enquête 2018 de l'Association des petites communes solidaires (fictive), 27~% des communes "
          "de moins de 3~500~habitants avaient signé une convention avec une entreprise locale, contre 58~% des "
          "communes de plus de 10~000~habitants.")
    breve("Fonds ODD 17 : premier bilan d'étape", "Brève du 19/12/2024",
          "Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 a été doté de 1,5~M€ "
          "pour une expérimentation de trois ans, appuyée sur 350 « catalyseurs territoriaux ».")
    s.append(FrameBreak())
    breve("Jeunes : le service civique, passerelle vers l'alliance", "Brève du 20/12/2024",
          "Le rapport 2022 de l'Agence nationale de l'engagement civique (fictive) recense 145~000 jeunes "
          "volontaires ; 38~% d'entre eux ont effectué leur mission dans une association soutenue par une "
          "entreprise.")
    s.append(Spacer(1, 6))
    s.append(box([P("Agenda", H2),
                  P("23 janvier 2025 : 3<super>e</super> rencontre « Territoires & Alliances », Nantes (44000). "
                    "Inscriptions : 02 40 18 62 75.", SMALL),
                  P("À lire : Juris-Alliances n° 312, p. 18-21.", SMALL)], (FW - 8 * mm) / 2, bg="#f6f1e7"))
    d.build(s, first="two")
    return d.name


# ---------------------------------------------------------------------------------------------------
# 4. Rapport d'évaluation d'un programme pluriannuel
# ---------------------------------------------------------------------------------------------------
def doc4():
    d = Doc("obs-s108-04-rapport-evaluation.pdf",
            "Fondation Horizon Commun · Programme « Alliances en Territoires » 2021-2024",
            "Rapport d'évaluation",
            lambda p: "Version du 15 avril 2024 — %d" % (p + 13),
            footnotes={3: ["1. Budget exécuté au 31/12 de chaque exercice, hors valorisation du bénévolat."]})
    s = []
    s.append(P("Chapitre 2 — Synthèse de l'évaluation", TITLE))
    s.append(Spacer(1, 6))
    s.append(P("Lancé en janvier 2021 pour quatre ans, le programme « Alliances en Territoires » dispose d'une "
               "enveloppe de 4,2~M€. Fin 2023, il avait accompagné 128 projets répartis dans 9 départements."))
    s.append(P("Au 31 décembre 2023, 86~% de ces projets étaient toujours actifs. En 2023, les trois quarts des "
               "structures accompagnées sont des associations ; les autres sont pour l'essentiel des entreprises "
               "d'insertion (18~%)."))
    s.append(Spacer(1, 6))
    kw = FW / 3
    keyt = Table([[P("Repères 2023", KEY), "", ""],
                  [P("1~940<br/>bénévoles mobilisés", KEY), P("312<br/>salariés en parcours d'insertion", KEY),
                   P("52<br/>partenaires privés", KEY)]], colWidths=[kw, kw, kw])
    keyt.setStyle(TableStyle([
        ("SPAN", (0, 0), (-1, 0)), ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#1f4e79")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f8")),
        ("LINEBEFORE", (1, 1), (-1, 1), 0.5, colors.HexColor("#1f4e79")),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    s.append(keyt)
    s.append(Spacer(1, 8))
    s.append(P("L'évaluation a été conduite par un cabinet indépendant entre janvier et mars 2024, à partir des "
               "bilans annuels, d'entretiens avec les porteurs de projets et d'un questionnaire en ligne."))
    s.append(PageBreak())

    # page 2
    s.append(P("2.1 Indicateurs de suivi", H1))
    s.append(P("Le tableau ci-dessous retrace les exercices clos du programme."))
    s.append(P("Tableau 3 – Indicateurs de suivi (exercices 2021 à 2023)", CAPTION))
    s.append(grid([
        ["Indicateur", "2021", "2022", "2023", "Évolution 2021-2023"],
        ["Projets accompagnés", "41", "87", "128", "+212~%"],
        ["Partenaires privés engagés", "19", "33", "52", "+174~%"],
        ["Part des financements privés", "22~%", "27~%", "31~%", "+9~pts"],
    ], [58 * mm, 22 * mm, 22 * mm, 22 * mm, FW - 124 * mm]))
    s.append(Spacer(1, 8))
    s.append(P("Avec 128 projets en 2023, le programme a dépassé son objectif intermédiaire ; la part des "
               "financements privés a gagné 9~points depuis 2021."))
    s.append(P("La dynamique est portée par les départements entrés les premiers dans le programme, où les "
               "partenariats se renouvellent d'un exercice à l'autre."))
    s.append(PageBreak())

    # page 3
    s.append(P("2.2 Bénéficiaires et moyens", H1))
    s.append(P("Tableau 4 – Bénévoles et budget (exercices 2021 à 2023)", CAPTION))
    s.append(grid([
        ["Indicateur", "2021", "2022", "2023", "Évolution"],
        ["Bénévoles mobilisés", "620", "1~310", "1~940", "+213~%"],
        ["Budget annuel exécuté (k€)<super>1</super>", "890", "1~150", "1~380", "+55~%"],
    ], [58 * mm, 22 * mm, 22 * mm, 22 * mm, FW - 124 * mm]))
    s.append(Spacer(1, 8))
    s.append(P("Les bénévoles mobilisés, 620 en 2021, sont 1~940 en 2023. Un tiers d'entre eux sont des salariés "
               "d'entreprises partenaires engagés en mécénat de compétences."))
    s.append(P("Rapporté aux 128 projets, le coût moyen par projet s'établit à 10~800~€ en 2023."))
    s.append(PageBreak())

    # page 4
    s.append(P("2.3 Objectifs pour 2026", H1))
    s.append(P("À l'issue de l'évaluation, le comité de pilotage réuni le 5 mars 2024 a fixé les objectifs "
               "suivants pour 2026, dans le cadre de l'article 7 de la convention-cadre :"))
    s.append(B("accompagner 200 projets, contre 128 en 2023 ;"))
    s.append(B("porter la part des financements privés à 40~% ;"))
    s.append(B("mobiliser 3~000 bénévoles, dont au moins un quart issus d'entreprises partenaires ;"))
    s.append(B("étendre le programme à 12 départements, dont 4 en zone rurale."))
    s.append(P("2.4 Ce qu'en disent les porteurs de projets", H1))
    s.append(P("Les porteurs de projets interrogés en février 2024 (n~=~96) donnent à l'accompagnement une note "
               "moyenne de 8,2/10. Ils sont 71~% à le recommander sans réserve."))
    s.append(P("Ils demandent surtout davantage de temps d'échange entre pairs et un appui renforcé sur la "
               "recherche de financements privés."))
    d.build(s)
    return d.name


# ---------------------------------------------------------------------------------------------------
# 5. Portrait de territoire
# ---------------------------------------------------------------------------------------------------
ROMAN = {1: "II", 2: "III", 3: "IV", 4: "V"}


def doc5():
    d = Doc("obs-s108-05-portrait-territoire.pdf",
            "Observatoire régional des alliances (fictif) · Portrait de territoire",
            "Édition janvier 2025 · données 2023",
            lambda p: "Loire-Anjou-Maine — %s" % ROMAN[p],
            footnotes={4: ["Observatoire régional des alliances (fictif) · 7 quai Ferdinand-Favre, 44000 Nantes · "
                           "02 51 84 30 17"]})
    s = []
    s.append(P("Portrait de territoire : les alliances en Loire-Anjou-Maine", TITLE))
    s.append(P("Ce portrait s'appuie sur l'enquête régionale conduite du 2 mai au 30 juin 2023 auprès des communes "
               "et sur les comptes des structures recensées. Il est publié en janvier 2025.", SUB))
    s.append(P("1. Les communes engagées, département par département", H1))
    s.append(P("Tableau 1 – Communes engagées dans au moins une alliance (2023)", CAPTION))
    s.append(grid([
        ["Département", "Communes", "dont engagées", "Part"],
        ["Loire-Atlantique (44)", "212", "122", "58~%"],
        ["Maine-et-Loire (49)", "183", "85", "46~%"],
        ["Mayenne (53)", "246", "130", "53~%"],
    ], [60 * mm, 30 * mm, 35 * mm, 30 * mm]))
    s.append(Spacer(1, 8))
    s.append(P("Au total, 337 communes sur 641 sont engagées, soit 53~%. La Mayenne (53) se situe ainsi exactement "
               "dans la moyenne du territoire."))
    s.append(P("Les communes engagées le sont le plus souvent avec une association locale et une entreprise "
               "implantée sur leur sol ; les alliances à l'échelle intercommunale progressent."))
    s.append(PageBreak())

    # page 2
    s.append(P("2. Le poids de la taille des communes", H1))
    s.append(P("Tableau 2 – Part des communes engagées selon leur population (2023)", CAPTION))
    s.append(grid([
        ["Taille de la commune", "Part des communes engagées"],
        ["Moins de 1~000 habitants", "41~%"],
        ["De 1~000 à 3~499 habitants", "57~%"],
        ["De 3~500 à 9~999 habitants", "72~%"],
        ["10~000 habitants et plus", "88~%"],
    ], [80 * mm, 55 * mm]))
    s.append(Spacer(1, 8))
    s.append(P("Près de neuf villes sur dix de 10~000 habitants et plus ont noué au moins une alliance."))
    s.append(P("Dans les communes de moins de 3~500 habitants, 68~% des maires disent manquer d'ingénierie pour "
               "piloter une alliance ; dans les villes plus peuplées, ils ne sont que 39~%."))
    s.append(box([P("Rappel national", H2),
                  P("Publiée en novembre 2024, l'enquête IMPACTS & TRAJECTOIRES – Élus locaux a interrogé 302 "
                    "maires par téléphone, du 30 septembre au 28 octobre 2024 ; 84~% des répondants exerçaient "
                    "dans des communes de moins de 2~000 habitants.")], FW))
    s.append(PageBreak())

    # page 3
    s.append(P("3. Qui finance les alliances ?", H1))
    s.append(P("En 2023, les alliances recensées sur le territoire ont mobilisé 23,6~millions d'euros, dont "
               "8,7~millions d'euros de financements privés."))
    s.append(P("Tableau 3 – Structure des financements (2023, en % du total)", CAPTION))
    s.append(grid([
        ["Origine des fonds", "Part du total"],
        ["Subventions de l'État", "18~%"],
        ["Collectivités territoriales", "34~%"],
        ["Fonds européens", "7~%"],
        ["Mécénat d'entreprise", "26~%"],
        ["Fondations", "11~%"],
        ["Autres ressources", "4~%"],
        ["Total", "100~%"],
    ], [80 * mm, 40 * mm]))
    s.append(Spacer(1, 8))
    s.append(P("La part publique (59~%) recule de 6~points par rapport à 2020, au profit du mécénat et des "
               "fondations."))
    s.append(PageBreak())

    # page 4
    s.append(P("4. Les structures ressources du territoire", H1))
    s.append(grid([
        ["Structure", "Commune", "Salariés", "Bénévoles"],
        ["Maison des alliances de l'Erdre", "44240 Sucé-sur-Erdre", "6", "45"],
        ["Collectif Mayenne Solidaire", "53000 Laval", "3", "120"],
        ["Pôle ESS du Saumurois", "49400 Saumur", "11", "30"],
        ["Atelier Loire Entreprendre", "44000 Nantes", "4", "65"],
    ], [62 * mm, 48 * mm, 25 * mm, 25 * mm]))
    s.append(Spacer(1, 8))
    s.append(P("Ces structures emploient 24 salariés au total et s'appuient sur 260 bénévoles."))
    s.append(P("Méthode : enquête régionale 2023, 412 communes répondantes, soit un taux de réponse de 64~%.",
               SMALL))
    d.build(s)
    return d.name


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5):
        print(f())
