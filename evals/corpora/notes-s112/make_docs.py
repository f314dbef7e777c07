# -*- coding: utf-8 -*-
"""Corpus fictif notes-s112 : cinq PDF « à la manière » des publications de l'Observatoire des partenariats.

Script déterministe : rl_config.invariant = 1, métadonnées vides, polices DejaVu (TTF) embarquées.
Usage : /work/main/.venv/bin/python make_docs.py   (écrit les PDF dans le dossier du script)
Tout organisme, personne, adresse, téléphone et chiffre est inventé, sauf les faits repris de
/work/shared/facts.md (numéros de source dans README.md).
"""
import os
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.graphics.shapes import Drawing, Line, Rect, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,  # noqa: E402
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

from reportlab.platypus.flowables import Flowable  # noqa: E402


class BottomNotes(Flowable):
    """Notes de bas de page : occupe la place restante du cadre et dessine les notes tout en bas."""

    def __init__(self, paras):
        Flowable.__init__(self)
        self.paras = paras

    def wrap(self, aw, ah):
        self.aw = aw
        self.hs = [p.wrap(aw, ah)[1] for p in self.paras]
        self.height = max(ah - 2, sum(self.hs) + 8)
        return aw, self.height

    def draw(self):
        c = self.canv
        y = sum(self.hs)
        c.setStrokeColor(colors.HexColor("#888888"))
        c.setLineWidth(0.5)
        c.line(0, y + 7, 45 * mm, y + 7)
        for p, h in zip(self.paras, self.hs):
            y -= h
            p.drawOn(c, 0, y)


HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu"
for name, fn in [("Sans", "DejaVuSans.ttf"), ("Sans-B", "DejaVuSans-Bold.ttf"),
                 ("Sans-I", "DejaVuSans-Oblique.ttf"), ("Serif", "DejaVuSerif.ttf"),
                 ("Serif-B", "DejaVuSerif-Bold.ttf"), ("Serif-I", "DejaVuSerif-Italic.ttf"),
                 ("Cond", "DejaVuSansCondensed.ttf"), ("Cond-B", "DejaVuSansCondensed-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONTDIR, fn)))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-B")
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-B")
pdfmetrics.registerFontFamily("Cond", normal="Cond", bold="Cond-B", italic="Cond", boldItalic="Cond-B")

W, H = A4
NB = "\u00a0"


def fr(s):
    """Espaces insécables à la française (milliers, avant %, €, M€, ?, :, ;, guillemets)."""
    s = re.sub(r"(?<=\d) (?=\d)", NB, s)
    s = re.sub(r"(?<=\d) (?=(%|€|M€|h\b|points?\b|ans\b|salariés\b))", NB, s)
    s = s.replace("« ", "«" + NB).replace(" »", NB + "»")
    s = re.sub(r" (?=[?;:!])", NB, s)
    return s


def st(name, font="Sans", size=9.5, lead=None, **kw):
    kw.setdefault("bulletFontName", font)
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.38, **kw)


def P(text, style):
    return Paragraph(fr(text), style)


def box(flowables, width, bg="#eef3f8", border="#4a6d8c", pad=6):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                           ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(border)),
                           ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                           ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]))
    return t


def grid(rows, widths, style, head_style=None, head=True, zebra=True, align_right_from=1, font_size=None):
    data = []
    for i, r in enumerate(rows):
        s = head_style if (head and i == 0 and head_style) else style
        data.append([P(c, s) if isinstance(c, str) else c for c in r])
    t = Table(data, colWidths=widths, repeatRows=0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a9bb0")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if head:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2ec")))
    if zebra:
        for i in range(1 if head else 0, len(rows)):
            if i % 2 == 0:
                cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f5f7fa")))
    t.setStyle(TableStyle(cmds))
    return t


class Doc(BaseDocTemplate):
    def __init__(self, filename, header, footer, **kw):
        self.header, self.footer = header, footer
        BaseDocTemplate.__init__(self, filename, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                 topMargin=22 * mm, bottomMargin=20 * mm, title="", author="", subject="",
                                 creator="", producer="", keywords="", invariant=1, **kw)

    def deco(self, canv, doc):
        canv.saveState()
        self.header(canv, doc.page)
        self.footer(canv, doc.page)
        canv.restoreState()


def one_col(doc, id_="one"):
    return PageTemplate(id=id_, frames=[Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id=id_ + "f")],
                        onPage=doc.deco)


def top_two_col(doc, top_h, id_="toptwo", gap=8 * mm):
    """Un bandeau pleine largeur en haut, puis deux colonnes."""
    fw = (doc.width - gap) / 2
    y_top = doc.bottomMargin + doc.height - top_h
    frames = [Frame(doc.leftMargin, y_top, doc.width, top_h, id=id_ + "t"),
              Frame(doc.leftMargin, doc.bottomMargin, fw, doc.height - top_h, id=id_ + "a"),
              Frame(doc.leftMargin + fw + gap, doc.bottomMargin, fw, doc.height - top_h, id=id_ + "b")]
    return PageTemplate(id=id_, frames=frames, onPage=doc.deco)


def text_line(canv, x, y, s, font="Sans", size=7.5, align="left", color="#444444"):
    canv.setFont(font, size)
    canv.setFillColor(colors.HexColor(color))
    s = fr(s)
    if align == "left":
        canv.drawString(x, y, s)
    elif align == "right":
        canv.drawRightString(x, y, s)
    else:
        canv.drawCentredString(x, y, s)


# --------------------------------------------------------------------------------------------
# 1. Règlement d'un prix / appel à candidatures
# --------------------------------------------------------------------------------------------
def doc1(path):
    def header(c, n):
        text_line(c, 20 * mm, H - 12 * mm, "Fondation Vallée-Commune — Trophées de l'alliance locale")
        text_line(c, W - 20 * mm, H - 12 * mm, "Règlement adopté le 14 janvier 2025", align="right")
        c.setStrokeColor(colors.HexColor("#7a8f3c"))
        c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)

    def footer(c, n):
        text_line(c, W / 2, 11 * mm, "Règlement 2025 — page %d/3" % n, align="center")

    d = Doc(path, header, footer)
    d.addPageTemplates([one_col(d)])
    body = st("b1", justification=4)
    h1 = st("h1", "Sans-B", 19, textColor=colors.HexColor("#4f6419"), spaceAfter=4)
    h2 = st("h2", "Sans-B", 11.5, textColor=colors.HexColor("#4f6419"), spaceBefore=8, spaceAfter=4)
    sub = st("sub", "Sans-I", 11, spaceAfter=10)
    cell = st("cell", size=9)
    cellb = st("cellb", "Sans-B", 9)
    small = st("small", size=7.5)
    li = st("li", leftIndent=12, bulletIndent=2, spaceAfter=2)
    s = []
    # page 1
    s.append(P("Trophées de l'alliance locale", h1))
    s.append(P("Règlement de la 6<super>e</super> édition — appel à candidatures 2025", sub))
    s.append(P("Préambule", h2))
    s.append(P("Créés en 2019 par la Fondation Vallée-Commune, les Trophées récompensent les alliances nouées "
               "entre associations, entreprises et collectivités au service de leur territoire. Depuis leur "
               "création, ils ont distingué 58 alliances.", body))
    s.append(Spacer(1, 4))
    s.append(P("Ils répondent à une attente largement partagée : selon l'Observatoire des partenariats, 92 % des "
               "maires expriment un « besoin d'alliance ».", body))
    s.append(Spacer(1, 4))
    s.append(P("Pour cette édition, la dotation globale est portée à 180 000 €, contre 150 000 € en 2024.", body))
    s.append(P("Article 1 — Objet", h2))
    s.append(P("Les Trophées distinguent des coopérations concrètes, portées ensemble par des acteurs de nature "
               "différente, qui améliorent la vie quotidienne des habitants : accès à l'emploi, mobilité, "
               "alimentation, lien social, transition écologique. Ils valorisent autant la qualité de la relation "
               "entre partenaires que les résultats obtenus.", body))
    s.append(P("Article 2 — Catégories et dotations", h2))
    s.append(grid([["Catégorie", "Dotation par lauréat", "Nombre de prix"],
                   ["Alliance de proximité (communes de moins de 3 500 habitants<super>1</super>)", "20 000 €", "3"],
                   ["Alliance d'agglomération", "25 000 €", "2"],
                   ["Alliance émergente (alliance nouée depuis moins de 3 ans)", "10 000 €", "4"],
                   ["Coup de cœur du jury", "8 000 €", "1"]],
                  [95 * mm, 40 * mm, 35 * mm], cell, cellb))
    s.append(Spacer(1, 6))
    s.append(P("Les montants s'entendent nets de toute retenue. Un même lauréat ne peut être primé qu'une fois "
               "par catégorie.", body))
    s.append(BottomNotes([P("<super>1</super> Population municipale au 1<super>er</super> janvier 2025 (Insee).", small)]))
    s.append(PageBreak())
    # page 2
    s.append(P("Article 3 — Conditions d'éligibilité", h2))
    s.append(P("Peuvent concourir les alliances réunissant au moins une association régie par la loi du "
               "1<super>er</super> juillet 1901 et une entreprise ou une collectivité territoriale. Les conditions "
               "suivantes sont cumulatives :", body))
    s.append(Paragraph(fr("l'association porteuse a au moins 2 ans d'existence au 1<super>er</super> mars 2025 ;"),
                       li, bulletText="•"))
    s.append(Paragraph(fr("son budget annuel est inférieur à 500 000 € et elle emploie moins de 50 salariés ;"),
                       li, bulletText="•"))
    s.append(Paragraph(fr("l'alliance a produit de premiers résultats depuis 12 mois au minimum."), li,
                       bulletText="•"))
    s.append(Spacer(1, 4))
    s.append(P("En 2024, 41 % des dossiers reçus ont été jugés inéligibles ; pour deux d'entre eux sur trois, le "
               "budget dépassait le plafond.", body))
    s.append(P("Article 4 — Critères de sélection", h2))
    s.append(P("Chaque dossier reçoit une note sur 20, qui pondère l'impact territorial (40 %), la qualité de la "
               "coopération (30 %), la pérennité du modèle (20 %) et le caractère innovant (10 %).", body))
    s.append(P("Article 5 — Calendrier", h2))
    s.append(grid([["Ouverture des candidatures", "lundi 3 mars 2025"],
                   ["Clôture du dépôt en ligne", "vendredi 16 mai 2025, 12 h"],
                   ["Présélection", "24 dossiers retenus, annoncés le 20 juin 2025"],
                   ["Jury final", "mardi 9 septembre 2025 (9 membres, dont 3 chefs d'entreprise)"],
                   ["Remise des prix", "mardi 14 octobre 2025, Lyon"]],
                  [55 * mm, 115 * mm], cell, head=False))
    s.append(P("Article 6 — Accompagnement", h2))
    s.append(P("Le solde de la dotation, soit 22 000 €, finance un accompagnement des lauréats pendant 2 ans par "
               "des consultants bénévoles.", body))
    s.append(P("Les lauréats s'engagent à témoigner de leur démarche lors des rencontres organisées par la "
               "Fondation et à transmettre un bilan d'étape à l'issue de l'accompagnement. Les données "
               "personnelles recueillies sont traitées conformément au règlement général sur la protection des "
               "données.", body))
    s.append(Spacer(1, 14))
    s.append(box([P("<b>Secrétariat des Trophées</b> — 14 rue des Tanneurs, 69002 Lyon — tél. 04 65 71 19 60", cell)],
                 170 * mm, bg="#f2f5e8", border="#7a8f3c"))
    s.append(PageBreak())
    # page 3
    s.append(P("Article 7 — Bilan des éditions précédentes", h2))
    s.append(P("L'édition 2020 n'a pas eu lieu en raison de la crise sanitaire.", body))
    s.append(Spacer(1, 6))
    s.append(P("<b>Tableau 1 — Dossiers et lauréats par édition</b>", cell))
    s.append(Spacer(1, 3))
    s.append(grid([["Édition", "Dossiers reçus", "Lauréats"],
                   ["1<super>re</super> édition (2019)", "64", "6"],
                   ["2<super>e</super> édition (2021)", "87", "8"],
                   ["3<super>e</super> édition (2022)<super>2</super>", "112", "9"],
                   ["4<super>e</super> édition (2023)", "131", "10"],
                   ["5<super>e</super> édition (2024)", "149", "10"]],
                  [80 * mm, 45 * mm, 45 * mm], cell, cellb))
    s.append(Spacer(1, 8))
    s.append(P("Au total, 43 alliances ont été primées ; s'y ajoutent 15 mentions spéciales du jury.", body))
    s.append(P("Les alliances primées ont été suivies après la remise des prix : la plupart poursuivent leur "
               "activité, souvent élargie à de nouveaux partenaires. Les lauréats des éditions précédentes ne "
               "peuvent pas concourir de nouveau dans la même catégorie.", body))
    s.append(P("Article 8 — Acceptation du règlement", h2))
    s.append(P("La participation aux Trophées vaut acceptation pleine et entière du présent règlement. Le jury "
               "tranche souverainement toute question qui n'y serait pas prévue.", body))
    s.append(Spacer(1, 4))
    s.append(P("Le présent règlement est déposé auprès de M<super>e</super> Claire Laurent, commissaire de justice, "
               "8 place Bellecour, 69002 Lyon. Il peut être consulté sur simple demande au 04 65 71 19 61.", body))
    s.append(BottomNotes([P("<super>2</super> La catégorie « Alliance émergente » a été créée pour la 3<super>e</super> "
                            "édition.", small)]))
    d.build(s)


# --------------------------------------------------------------------------------------------
# 2. Note de conjoncture de l'emploi associatif
# --------------------------------------------------------------------------------------------
def doc2(path):
    def header(c, n):
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.rect(0, H - 16 * mm, W, 16 * mm, stroke=0, fill=1)
        text_line(c, 20 * mm, H - 10 * mm, "Réseau Horizon Associations · Note de conjoncture n° 23", size=8.5,
                  color="#ffffff")
        text_line(c, W - 20 * mm, H - 10 * mm, "octobre 2024", size=8.5, align="right", color="#ffffff")

    def footer(c, n):
        text_line(c, W - 20 * mm, 11 * mm, "Cahier trimestriel de l'emploi — %d" % (n + 16), align="right")

    d = Doc(path, header, footer)
    d.addPageTemplates([top_two_col(d, 62 * mm), one_col(d)])
    body = st("b2", "Sans", 9.2, justification=4, spaceAfter=5)
    h1 = st("h1b", "Sans-B", 17, textColor=colors.HexColor("#1f4e79"), spaceAfter=6)
    h2 = st("h2b", "Sans-B", 10.5, textColor=colors.HexColor("#1f4e79"), spaceBefore=6, spaceAfter=4)
    cell = st("c2", "Cond", 8.8)
    cellb = st("c2b", "Cond-B", 8.8)
    boxs = st("bx2", "Sans", 9.5, leftIndent=10, bulletIndent=0, spaceAfter=2)
    small = st("sm2", "Sans", 7.5)
    s = []
    # page 1
    s.append(P("Emploi associatif : une croissance qui ralentit au T2 2024", h1))
    s.append(box([P("<b>L'essentiel</b>", st("e", "Sans-B", 10, spaceAfter=4)),
                  Paragraph(fr("1 812 400 salariés dans les associations au 30 juin 2024"), boxs, bulletText="■"),
                  Paragraph(fr("+0,9 % sur un an, contre +2,1 % un an plus tôt"), boxs, bulletText="■"),
                  Paragraph(fr("148 000 associations employeuses"), boxs, bulletText="■"),
                  Paragraph(fr("Près d'un salarié du privé sur dix travaille dans une association"), boxs,
                            bulletText="■")], d.width, bg="#e6eef7", border="#1f4e79"))
    s.append(FrameBreak())
    s.append(P("Un trimestre en demi-teinte", h2))
    s.append(P("Au deuxième trimestre 2024, l'emploi associatif a progressé de 0,2 % par rapport au trimestre "
               "précédent, après +0,4 % au premier trimestre.", body))
    s.append(P("Sur un an, 16 300 emplois ont été créés, contre 31 900 entre juin 2022 et juin 2023.", body))
    s.append(P("Le ralentissement touche l'ensemble des territoires, mais il est plus marqué dans les activités "
               "qui dépendent des financements publics, où les appels à projets se font attendre. Les "
               "structures de l'aide à domicile et de l'insertion résistent mieux.", body))
    s.append(P("Un marché du travail toujours tendu", h2))
    s.append(P("Les difficultés de recrutement persistent dans les métiers du soin, de l'animation et de "
               "l'accompagnement social. Les dirigeants interrogés citent d'abord les salaires, puis la "
               "pénibilité et l'éloignement des lieux de travail.", body))
    s.append(FrameBreak())
    s.append(P("Les petites structures en retrait", h2))
    s.append(P("Les associations de moins de 10 salariés, qui représentent 74 % des employeuses, ont perdu "
               "1 200 emplois.", body))
    s.append(P("Le salaire moyen par tête progresse de 2,7 %, un rythme proche de celui de l'ensemble du "
               "secteur privé.", body))
    s.append(P("Les structures moyennes et grandes continuent en revanche de recruter, notamment dans "
               "l'accompagnement des personnes âgées et l'insertion par l'activité économique. Les créations "
               "d'associations employeuses restent rares, et les fermetures concernent surtout des structures "
               "sans réserves financières.", body))
    s.append(P("Les fusions et les mutualisations d'emplois entre associations voisines se multiplient ; elles "
               "permettent de partager des fonctions support sans renoncer au projet associatif.", body))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())
    # page 2
    s.append(P("Les secteurs", h2))
    s.append(P("<b>Tableau 1 — Effectifs salariés par secteur d'activité, T2 2024</b>", cell))
    s.append(Spacer(1, 3))
    s.append(grid([["Secteur", "Effectifs T2 2024", "Glissement annuel", "Part du total"],
                   ["Action sociale sans hébergement", "512 300", "+1,4 %", "28,3 %"],
                   ["Hébergement médico-social", "389 700", "+0,6 %", "21,5 %"],
                   ["Enseignement", "176 200", "−0,8 %", "9,7 %"],
                   ["Sport", "104 900", "+2,3 %", "5,8 %"],
                   ["Culture et loisirs", "121 500", "−1,1 %", "6,7 %"],
                   ["Autres activités", "507 800", "+1,2 %", "28,0 %"],
                   ["Ensemble", "1 812 400", "+0,9 %", "100,0 %"]],
                  [70 * mm, 35 * mm, 35 * mm, 30 * mm], cell, cellb))
    s.append(Spacer(1, 3))
    s.append(P("Source : déclarations sociales nominatives, traitement Réseau Horizon Associations. Données "
               "corrigées des variations saisonnières.", small))
    s.append(Spacer(1, 8))
    s.append(P("Le sport reste le secteur le plus dynamique (+2,3 %), quand la culture et les loisirs reculent "
               "(−1,1 %). À eux deux, l'action sociale et l'hébergement médico-social concentrent la moitié des "
               "effectifs.", body))
    s.append(P("L'enseignement pâtit de la baisse des effectifs scolaires dans le privé sous contrat, tandis que "
               "l'hébergement médico-social reste freiné par les difficultés de recrutement plus que par la "
               "demande. Les activités culturelles, enfin, subissent la fin de plusieurs dispositifs de soutien "
               "exceptionnels.", body))
    s.append(PageBreak())
    # page 3
    s.append(P("Les régions", h2))
    s.append(P("<b>Tableau 2 — Salariés des associations, sélection de régions, T2 2024</b>", cell))
    s.append(Spacer(1, 3))
    s.append(grid([["Région", "Salariés T2 2024", "Glissement sur un an"],
                   ["Auvergne-Rhône-Alpes", "221 600", "+1,3 %"],
                   ["Bretagne", "88 900", "+0,4 %"],
                   ["Hauts-de-France", "154 200", "−0,3 %"],
                   ["Occitanie", "143 800", "+1,7 %"]],
                  [70 * mm, 50 * mm, 50 * mm], cell, cellb))
    s.append(Spacer(1, 8))
    s.append(P("L'Occitanie enregistre la plus forte progression (+1,7 %) : elle gagne 2 400 salariés en un an. "
               "Les Hauts-de-France sont la seule région du tableau en recul (−0,3 %).", body))
    s.append(P("Dans les communes rurales<super>1</super>, l'emploi associatif représente 12,4 % de l'emploi privé, "
               "contre 9,1 % en moyenne nationale.", body))
    s.append(P("Les écarts régionaux reflètent d'abord la structure sectorielle de chaque territoire : là où "
               "l'action sociale pèse lourd, l'emploi associatif résiste mieux. Ils tiennent aussi au dynamisme "
               "démographique et au soutien des collectivités, très variable d'un département à l'autre.", body))
    s.append(BottomNotes([P("<super>1</super> Communes de moins de 2 000 habitants. Champ de l'économie sociale et solidaire défini "
               "par la loi n° 2014-856 du 31 juillet 2014.", small)]))
    s.append(PageBreak())
    # page 4
    s.append(P("Tendance et perspectives", h2))
    s.append(P("<b>Tableau 3 — Glissement annuel de l'emploi associatif, par trimestre</b>", cell))
    s.append(Spacer(1, 3))
    s.append(grid([["Trimestre", "Glissement annuel"],
                   ["T3 2023", "+1,8 %"], ["T4 2023", "+1,5 %"], ["T1 2024", "+1,2 %"], ["T2 2024", "+0,9 %"]],
                  [60 * mm, 50 * mm], cell, cellb))
    s.append(Spacer(1, 8))
    s.append(P("La part des contrats à durée indéterminée gagne 0,6 point sur un an, à 67,3 %.", body))
    s.append(P("Notre enquête flash, menée du 2 au 20 septembre 2024 auprès de 1 046 dirigeants associatifs, "
               "montre que 31 % d'entre eux prévoient de recruter d'ici la fin de l'année et que 14 % envisagent "
               "de réduire leurs effectifs. Ils étaient 38 % à prévoir des embauches en septembre 2023.", body))
    s.append(P("Plus de quatre employeurs sur dix déclarent des difficultés de recrutement, surtout dans l'aide "
               "à domicile. Les réseaux de ce secteur estiment entre 8 000 et 10 000 le nombre de postes non "
               "pourvus.", body))
    s.append(P("Pour la fin de l'année, les signaux restent contrastés : les associations du sanitaire et du "
               "social anticipent une demande soutenue, celles de la culture et du sport attendent la "
               "confirmation de leurs subventions avant d'embaucher.", body))
    s.append(Spacer(1, 10))
    s.append(box([P("<b>Méthode.</b> Les effectifs sont arrêtés au dernier jour du trimestre ; un salarié qui "
                    "travaille pour plusieurs associations est compté dans chacune d'elles. Prochaine parution : "
                    "note n° 24, le 17 janvier 2025.", cell),
                  P("Cellule Emploi & Territoires — 27 avenue Jean-Jaurès, 31000 Toulouse — 05 36 49 87 30", cell)],
                 d.width, bg="#f3f3f3", border="#999999"))
    d.build(s)


# --------------------------------------------------------------------------------------------
# 3. Livre blanc de plaidoyer
# --------------------------------------------------------------------------------------------
def doc3(path):
    def header(c, n):
        if n > 1:
            text_line(c, 20 * mm, H - 12 * mm, "Collectif Alliances 2030 · Livre blanc · mars 2025", font="Serif-I",
                      size=8)

    def footer(c, n):
        if n > 1:
            text_line(c, W / 2, 11 * mm, "%d" % (n - 1), font="Serif", size=9, align="center")

    d = Doc(path, header, footer)
    d.addPageTemplates([one_col(d)])
    body = st("b3", "Serif", 10, justification=4, spaceAfter=6)
    h1 = st("h13", "Serif-B", 26, lead=32, textColor=colors.HexColor("#8c2d19"), alignment=TA_CENTER)
    h2 = st("h23", "Serif-B", 13, textColor=colors.HexColor("#8c2d19"), spaceBefore=6, spaceAfter=6)
    cover = st("cv3", "Serif-I", 12, alignment=TA_CENTER, spaceAfter=4)
    big = st("big", "Serif-B", 24, lead=28, textColor=colors.HexColor("#8c2d19"), alignment=TA_CENTER)
    bigt = st("bigt", "Serif", 10, alignment=TA_CENTER)
    small = st("sm3", "Serif", 7.8)
    prop = st("pr3", "Serif", 10, leftIndent=0, spaceAfter=7, justification=4)
    s = []
    # page 1 : couverture
    s.append(Spacer(1, 20))
    s.append(P("Livre blanc n° 3 — mars 2025", cover))
    s.append(Spacer(1, 10))
    s.append(P("Faire alliance d'ici 2030", h1))
    s.append(Spacer(1, 8))
    s.append(P("Plaidoyer pour des territoires qui coopèrent", cover))
    s.append(P("Préface de Jeanne Morvan, présidente du Collectif Alliances 2030", cover))
    s.append(Spacer(1, 30))

    def shock(n, t):
        return box([P(n, big), P(t, bigt)], 78 * mm, bg="#fbeee9", border="#8c2d19", pad=8)

    cells = [[shock("81 %", "des Français estiment que faire alliance est un devoir"),
              shock("92 %", "des maires ressentent un besoin d'alliance")],
             [shock("84 %", "des dirigeants d'entreprise ont envie d'alliance"),
              shock("148 000", "associations employeuses, dont 98 % ont au moins un partenariat")]]
    t = Table(cells, colWidths=[85 * mm, 85 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s.append(t)
    s.append(Spacer(1, 40))
    s.append(P("Sources des chiffres : Observatoire des partenariats ; étude IMPACT – Associations & Territoires.",
               st("srcc", "Serif-I", 8.5, alignment=TA_CENTER)))
    s.append(PageBreak())
    # page 2 : constats 1-4
    s.append(P("I. Les constats", h2))
    s.append(P("Les alliances entre associations, entreprises, collectivités et fondations ne sont plus une "
               "curiosité : elles sont devenues l'un des moyens ordinaires de répondre aux fragilités des "
               "territoires. Encore faut-il que chacun sache pourquoi s'engager et comment s'y prendre. Les "
               "constats qui suivent rassemblent des études publiées à des dates différentes ; nous les citons "
               "avec leur année, car elles ne décrivent pas toutes la même période.", body))
    s.append(P("<b>Constat 1.</b> En 2008, 86 % des Français jugeaient urgent de créer des partenariats<super>1</super> ; "
               "ils étaient encore 84 % en 2012.", body))
    s.append(P("<b>Constat 2.</b> Selon l'enquête « Associations & Partenariats » (mai-juin 2016)<super>2</super>, les "
               "associations comptent en moyenne 2,5 partenaires ; 74 % travaillent avec des collectivités, mais "
               "28 % seulement avec des entreprises.", body))
    s.append(P("<b>Constat 3.</b> La taille compte : dans la même enquête, 50 % des associations dont le budget "
               "dépasse 150 000 € ont un partenariat avec une entreprise, contre 20 % de celles dont le budget est "
               "inférieur à 10 000 €.", body))
    s.append(P("<b>Constat 4.</b> Côté entreprises, l'étude ARPEA Entreprises & Territoires (janvier 2011) montrait "
               "que 21 % des entreprises développaient des partenariats, 33 % le souhaitaient et 46 % ne le "
               "souhaitaient pas.", body))
    s.append(P("Ces chiffres racontent une même histoire : l'envie de coopérer est massive, mais le passage à "
               "l'acte reste inégal selon la taille des structures et leur secteur.", body))
    s.append(BottomNotes([P("<super>1</super> Programme ARPEA de l'Observatoire des partenariats.", small),
                          P("<super>2</super> Recherches & Solidarités et Le RAMEAU, enquête auprès de plus de "
                            "1 380 responsables associatifs.", small)]))
    s.append(PageBreak())
    # page 3 : constats 5-7 + encadré
    s.append(P("<b>Constat 5.</b> En février 2016, 37 % des entreprises d'au moins 10 salariés et 38 % des associations "
               "— 53 % des employeuses — étaient engagées dans un partenariat.", body))
    s.append(box([P("<b>Le saviez-vous ?</b>", st("sv", "Serif-B", 10.5, spaceAfter=3)),
                  P("Depuis sa création en 2006, Le RAMEAU a mené des expérimentations auprès de plus de 500 "
                    "organisations et recensé plus de 1 000 exemples inspirants.", st("svb", "Serif", 10))],
                 d.width, bg="#fbeee9", border="#8c2d19", pad=8))
    s.append(Spacer(1, 8))
    s.append(P("<b>Constat 6.</b> Chez les élus locaux, 64 % veulent s'appuyer sur le « jouer collectif », mais "
               "46 % des maires ne savent pas piloter ces démarches.", body))
    s.append(P("<b>Constat 7.</b> Les fondations restent en retrait. L'étude IMPACT Fondations & Territoires en a "
               "interrogé 42. Notre propre sondage, mené en décembre 2024 auprès de 120 fondations, indique qu'un "
               "tiers seulement déclarent un ancrage territorial structuré.", body))
    s.append(P("Ce que nous en retenons", h2))
    s.append(P("Les acteurs veulent coopérer, mais les moyens de l'ingénierie manquent : personne n'est chargé de "
               "réunir les partenaires, de traduire les attentes des uns dans la langue des autres, ni de suivre "
               "les résultats. Nos propositions visent d'abord à financer ce travail de liaison, trop souvent "
               "assuré bénévolement et à la marge.", body))
    s.append(PageBreak())
    # page 4 : propositions
    s.append(P("II. Nos propositions", h2))
    props = [
        "Créer 300 « maisons de l'alliance » d'ici 2028.",
        "Porter à 50 % d'ici 2030 la part des associations employeuses ayant un partenariat d'entreprise "
        "(28 % aujourd'hui), soit un gain de 22 points.",
        "Doter le Fonds ODD 17 de 5 M€ supplémentaires, après une première dotation de 1,5 M€ pour 3 ans (2020).",
        "Former 350 catalyseurs territoriaux supplémentaires.",
        "Réserver d'ici 2027 1 % des budgets de mécénat des entreprises de plus de 250 salariés à l'ingénierie "
        "d'alliance.",
        "Inscrire le droit de l'alliance dans la loi, comme le prévoit la feuille de route ministérielle de "
        "21 mesures.",
        "Publier chaque année un baromètre national de l'alliance.",
    ]
    for i, p in enumerate(props, 1):
        s.append(P("<b>Proposition %d —</b> %s" % (i, p), prop))
    s.append(Spacer(1, 6))
    s.append(P("Ces propositions ont été débattues lors de rencontres régionales ouvertes aux élus, aux "
               "dirigeants associatifs et aux chefs d'entreprise. Elles n'engagent que le Collectif.", body))
    s.append(Spacer(1, 20))
    s.append(box([P("Collectif Alliances 2030 — 8 place de la Comédie, 34000 Montpellier — contact@alliances2030.example",
                    st("ct", "Serif", 9, alignment=TA_CENTER))], d.width, bg="#ffffff", border="#8c2d19"))
    d.build(s)


# --------------------------------------------------------------------------------------------
# 4. Portraits de mécènes
# --------------------------------------------------------------------------------------------
def doc4(path):
    def header(c, n):
        text_line(c, 20 * mm, H - 12 * mm, "Portraits de mécènes engagés en territoire", font="Sans-B", size=8.5,
                  color="#5b3a78")
        text_line(c, W - 20 * mm, H - 12 * mm, "Cahier n° 5 · décembre 2024", align="right", size=8.5)

    def footer(c, n):
        text_line(c, 20 * mm, 11 * mm, "Observatoire des mécènes territoriaux — %d" % (n + 8), size=8)

    d = Doc(path, header, footer)
    d.addPageTemplates([top_two_col(d, 34 * mm, id_="p1", gap=7 * mm), top_two_col(d, 8 * mm, id_="p2", gap=7 * mm),
                        one_col(d)])
    h1 = st("h14", "Sans-B", 17, textColor=colors.HexColor("#5b3a78"), spaceAfter=6)
    intro = st("in4", "Sans", 9.5, justification=4)
    name = st("nm4", "Sans-B", 11.5, textColor=colors.HexColor("#ffffff"))
    lab = st("lb4", "Sans", 9, lead=12.5)
    quote = st("q4", "Sans-I", 8.5)
    fw = (d.width - 7 * mm) / 2

    def fiche(title, lines, width, q=None):
        rows = [[P(title, name)]] + [[P(l, lab)] for l in lines]
        if q:
            rows.append([P(q, quote)])
        t = Table(rows, colWidths=[width])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#5b3a78")),
                               ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#5b3a78")),
                               ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.HexColor("#c9bcd6")),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        return t

    s = []
    # page 1
    s.append(P("Ils financent les alliances locales", h1))
    s.append(P("Chiffres déclarés par les mécènes pour l'exercice 2023, recueillis entre septembre et novembre 2024. "
               "Chaque fiche présente le statut, le budget consacré au mécénat, l'équipe, les projets soutenus et la "
               "répartition du budget par domaine.", intro))
    s.append(FrameBreak())
    s.append(fiche("Fondation Aubépine",
                   ["<b>Statut :</b> fondation familiale sous égide, créée en 2011",
                    "<b>Siège :</b> Angers (49)",
                    "<b>Budget annuel :</b> 850 000 €",
                    "<b>Équipe :</b> 7 salariés",
                    "<b>Projets soutenus :</b> 64",
                    "<b>Répartition du budget :</b> insertion 45 % · éducation 30 % · environnement 25 %"],
                   fw, q="« Nous finançons peu de projets, mais sur la durée. » Hélène Varin, déléguée générale"))
    s.append(Spacer(1, 8))
    s.append(P("Créée par une famille de pépiniéristes, la fondation accompagne des chantiers d'insertion et des "
               "écoles de production. Elle finance rarement un projet seul : elle exige un partenaire public ou "
               "une entreprise locale à ses côtés.", intro))
    s.append(FrameBreak())
    s.append(fiche("Groupe Ferrand & Fils",
                   ["<b>Statut :</b> entreprise de taille intermédiaire fondée en 1962",
                    "<b>Siège :</b> 12 boulevard Carnot, 59800 Lille",
                    "<b>Effectif :</b> 1 240 collaborateurs",
                    "<b>Budget de mécénat :</b> 1,2 M€",
                    "<b>Projets soutenus :</b> 38",
                    "<b>Répartition du budget :</b> culture 40 % · sport 35 % · solidarité 25 %"],
                   fw, q="« Le mécénat est devenu un sujet de comité de direction. » Marc Ferrand, président"))
    s.append(Spacer(1, 8))
    s.append(P("Le groupe a confié la sélection des projets à un comité mixte, où siègent des salariés élus et "
               "des représentants d'associations du bassin lillois. Il privilégie les clubs et les lieux "
               "culturels des quartiers prioritaires.", intro))
    s.append(NextPageTemplate("p2"))
    s.append(PageBreak())
    # page 2
    s.append(FrameBreak())
    s.append(fiche("Fondation Cap Littoral",
                   ["<b>Statut :</b> fondation abritée par la Fondation du Grand Ouest depuis 2016",
                    "<b>Budget annuel :</b> 2,4 M€",
                    "<b>Équipe :</b> 3 salariés, appuyés par 25 bénévoles",
                    "<b>Projets soutenus :</b> plus de 90",
                    "<b>Répartition du budget :</b> environnement 60 % · insertion 40 %"], fw))
    s.append(Spacer(1, 8))
    s.append(P("Née de la volonté d'un armateur de la côte, la fondation soutient la restauration des dunes et "
               "l'insertion de jeunes par les métiers de la mer. Elle travaille surtout avec les communes "
               "littorales et les lycées maritimes.", intro))
    s.append(FrameBreak())
    s.append(fiche("Mutuelle des Coteaux",
                   ["<b>Statut :</b> mutuelle d'assurance créée en 1948",
                    "<b>Effectif :</b> 430 salariés",
                    "<b>Budget de mécénat :</b> 310 000 €, en hausse de 12 % sur un an",
                    "<b>Projets soutenus :</b> 27",
                    "<b>Répartition du budget :</b> santé 55 % · sport 45 %"], fw))
    s.append(Spacer(1, 8))
    s.append(P("La mutuelle a ouvert son comité de sélection à des sociétaires bénévoles. Elle accompagne "
               "surtout des clubs sportifs ruraux et des associations de prévention, avec lesquels elle signe "
               "des conventions pluriannuelles.", intro))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())
    # page 3
    s.append(fiche("Fondation Marguerite-Aubrac",
                   ["<b>Statut :</b> reconnue d'utilité publique par décret du 3 mai 1999",
                    "<b>Budget annuel :</b> 620 000 €",
                    "<b>Équipe :</b> deux salariés",
                    "<b>Projets soutenus :</b> 41, dont plus de la moitié en milieu rural"], d.width))
    s.append(Spacer(1, 10))
    s.append(fiche("Imprimerie Delval",
                   ["<b>Statut :</b> PME familiale de 85 salariés, 62100 Calais",
                    "<b>Mécénat de compétences :</b> 1 300 heures offertes",
                    "<b>Budget de mécénat :</b> 45 000 €",
                    "<b>Projets soutenus :</b> 9",
                    "Un salarié sur quatre a participé à au moins une mission."], d.width))
    s.append(Spacer(1, 10))
    s.append(fiche("Fonds de dotation Rives & Ponts",
                   ["<b>Statut :</b> fonds de dotation créé en 2020",
                    "<b>Dotation initiale :</b> 2 M€",
                    "<b>Projets soutenus :</b> 14, avec trois collectivités partenaires",
                    "<b>Durée des conventions :</b> 3 ans"], d.width))
    s.append(Spacer(1, 14))
    s.append(P("Plusieurs profils se dessinent au fil de ces portraits : des fondations familiales attachées à un "
               "territoire, des entreprises qui associent leurs salariés, et des fonds plus récents qui "
               "cherchent d'abord à fédérer des collectivités.", intro))
    s.append(Spacer(1, 6))
    s.append(P("Pour figurer dans le prochain cahier, contactez l'équipe au 03 53 01 55 08.", intro))
    d.build(s)


# --------------------------------------------------------------------------------------------
# 5. Résultats d'un questionnaire en ligne auprès des collectivités
# --------------------------------------------------------------------------------------------
def bar_chart(items, width=160 * mm, height=62 * mm):
    dr = Drawing(width, height)
    left, bottom = 44 * mm, 12 * mm
    plot_w = width - left - 8 * mm
    bar_h, gap = 7 * mm, 3 * mm
    n = len(items)
    top = bottom + n * (bar_h + gap)
    for i, (lab, v) in enumerate(items):
        y = top - (i + 1) * (bar_h + gap) + gap / 2
        dr.add(Rect(left, y, plot_w * v / 100.0, bar_h, fillColor=colors.HexColor("#2e7d6b"), strokeColor=None))
        dr.add(String(left - 3, y + bar_h / 2 - 3, lab, fontName="Sans", fontSize=7.5, textAnchor="end"))
    dr.add(Line(left, bottom, left + plot_w, bottom, strokeColor=colors.black, strokeWidth=0.5))
    for t in (0, 25, 50, 75, 100):
        x = left + plot_w * t / 100.0
        dr.add(Line(x, bottom, x, bottom - 2, strokeColor=colors.black, strokeWidth=0.5))
        dr.add(String(x, bottom - 10, str(t), fontName="Sans", fontSize=7, textAnchor="middle"))
    dr.add(String(left + plot_w, bottom - 20, "en % des répondants", fontName="Sans-I", fontSize=7,
                  textAnchor="end"))
    return dr


def doc5(path):
    def header(c, n):
        text_line(c, 20 * mm, H - 12 * mm, "Réseau des territoires partenaires (RTP) — Résultats d'enquête",
                  size=8, color="#2e7d6b")
        text_line(c, W - 20 * mm, H - 12 * mm, "Publication : mars 2025", align="right", size=8)

    def footer(c, n):
        text_line(c, W / 2, 11 * mm, "RTP · Enquête Collectivités · %d" % n, align="center", size=8)

    d = Doc(path, header, footer)
    d.addPageTemplates([one_col(d)])
    body = st("b5", "Sans", 9.5, justification=4, spaceAfter=6)
    h1 = st("h15", "Sans-B", 16, textColor=colors.HexColor("#2e7d6b"), spaceAfter=6)
    h2 = st("h25", "Sans-B", 10.5, textColor=colors.HexColor("#2e7d6b"), spaceBefore=8, spaceAfter=5)
    chap = st("ch5", "Sans-I", 10, spaceAfter=8)
    cell = st("c5", "Sans", 9)
    cellb = st("c5b", "Sans-B", 9)
    small = st("sm5", "Sans", 7.8)
    s = []
    # page 1
    s.append(P("Collectivités et alliances locales : résultats du questionnaire en ligne", h1))
    s.append(P("Enquête en ligne réalisée du 4 novembre au 13 décembre 2024.", chap))
    s.append(P("Méthode", h2))
    s.append(P("Le questionnaire a été adressé à 3 200 collectivités adhérentes ou partenaires du réseau ; 612 y ont "
               "répondu, soit un taux de réponse de 19 %.", body))
    s.append(P("<b>Tableau 1 — Répondants par strate de population</b>", cell))
    s.append(Spacer(1, 3))
    s.append(grid([["Strate", "Répondants", "Part"],
                   ["Communes de moins de 1 000 habitants", "248", "41 %"],
                   ["Communes de 1 000 à 10 000 habitants", "203", "33 %"],
                   ["Communes de plus de 10 000 habitants", "97", "16 %"],
                   ["Intercommunalités et départements", "64", "10 %"],
                   ["Total", "612", "100 %"]],
                  [95 * mm, 40 * mm, 35 * mm], cell, cellb))
    s.append(Spacer(1, 8))
    s.append(P("Les communes de moins de 3 500 habitants représentent à elles seules 62 % des répondants.", body))
    s.append(P("Lecture : les communes rurales sont surreprésentées parmi les répondants au regard de leur poids "
               "dans la population, ce qui tient à la composition du réseau. Les résultats ne sont pas redressés ; "
               "ils décrivent les collectivités qui ont répondu, pas l'ensemble des collectivités françaises.",
               body))
    s.append(P("Le questionnaire comprenait des questions fermées, à réponse unique ou multiple, et des "
               "questions ouvertes dont les verbatims illustrent ce document.", body))
    s.append(PageBreak())
    # page 2
    s.append(P("Question 4 — Avec quels acteurs votre collectivité a-t-elle noué au moins un partenariat depuis "
               "2022 ?", h2))
    s.append(P("Plusieurs réponses possibles ; base : 612 répondants.", st("it5", "Sans-I", 9, spaceAfter=4)))
    s.append(grid([["Acteur cité", "Part des répondants"],
                   ["Associations locales", "78 %"],
                   ["Autres collectivités", "51 %"],
                   ["Entreprises du territoire", "46 %"],
                   ["Fondations", "12 %"],
                   ["Non-réponse", "4 %"]],
                  [95 * mm, 50 * mm], cell, cellb))
    s.append(P("Total supérieur à 100 % (plusieurs réponses possibles).", small))
    s.append(Spacer(1, 4))
    s.append(bar_chart([("Associations locales", 78), ("Autres collectivités", 51), ("Entreprises", 46),
                        ("Fondations", 12)]))
    s.append(Spacer(1, 6))
    s.append(P("Les communes de moins de 1 000 habitants ne sont que 31 % à citer les entreprises, contre 68 % de "
               "celles de plus de 10 000 habitants.", body))
    s.append(P("Parmi les intercommunalités, près de neuf sur dix déclarent un partenariat avec une association.",
               body))
    s.append(P("Question 5 — Qualité des partenariats", h2))
    s.append(P("Note moyenne attribuée à la qualité de ces partenariats : 6,8/10 (7,2/10 dans les communes de plus "
               "de 10 000 habitants).", body))
    s.append(PageBreak())
    # page 3
    s.append(P("Question 6 — Quels sont les principaux freins à ces partenariats ? (trois réponses au plus)", h2))
    s.append(grid([["Frein cité", "Moins de 1 000 hab.", "De 1 000 à 10 000 hab.", "Plus de 10 000 hab."],
                   ["Manque de temps des équipes", "64 %", "52 %", "38 %"],
                   ["Manque d'ingénierie de projet", "58 %", "47 %", "22 %"],
                   ["Méconnaissance des acteurs", "33 %", "29 %", "18 %"]],
                  [62 * mm, 36 * mm, 38 * mm, 34 * mm], cell, cellb))
    s.append(Spacer(1, 8))
    s.append(P("Les non-réponses à cette question atteignent 6 %.", body))
    s.append(P("Accompagnement", h2))
    s.append(P("Trois répondants sur quatre souhaitent être accompagnés ; ils n'étaient que deux sur trois lors de la "
               "précédente enquête, en 2021.", body))
    s.append(P("Verbatims", h2))
    s.append(P("« Nous n'avons personne pour monter les dossiers ; les associations non plus. » (maire d'une "
               "commune rurale)", st("v5", "Sans-I", 9.5, spaceAfter=4)))
    s.append(P("« Les entreprises du secteur sont prêtes, mais il manque un lieu pour se rencontrer. » "
               "(directrice générale des services d'une intercommunalité)", st("v5b", "Sans-I", 9.5, spaceAfter=4)))
    s.append(Spacer(1, 20))
    s.append(box([P("RTP — 3 quai des Chartrons, 33000 Bordeaux — 05 36 49 14 22", cell)], d.width,
                 bg="#eaf4f1", border="#2e7d6b"))
    d.build(s)


DOCS = [("obs-s112-01-appel-a-projets.pdf", doc1, 3),
        ("obs-s112-02-note-conjoncture.pdf", doc2, 4),
        ("obs-s112-03-livre-blanc.pdf", doc3, 4),
        ("obs-s112-04-portraits-mecenes.pdf", doc4, 3),
        ("obs-s112-05-questionnaire-collectivites.pdf", doc5, 3)]

if __name__ == "__main__":
    for fn, f, npages in DOCS:
        path = os.path.join(HERE, fn)
        f(path)
        print(fn)
