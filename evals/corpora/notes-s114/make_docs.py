# -*- coding: utf-8 -*-
"""Corpus fictif notes-s114 : cinq PDF « à la manière » des publications de l'Observatoire.

Déterministe : rl_config.invariant = 1, métadonnées vides, aucune date système.
Usage : /work/main/.venv/bin/python make_docs.py   (écrit les PDF à côté de ce script)
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageBreak, PageTemplate,
    Paragraph, Spacer, Table, TableStyle,
)
from reportlab.graphics.shapes import Drawing, Line, Rect, String  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NB = "\u00a0"  # espace insécable (milliers, avant %)


class EmptyMetaCanvas(rl_canvas.Canvas):
    """Canvas dont les métadonnées (titre, auteur, sujet, créateur, producteur) sont vides."""

    def __init__(self, *a, **k):
        k["invariant"] = 1
        super().__init__(*a, **k)
        self.setTitle("")
        self.setAuthor("")
        self.setSubject("")
        self.setCreator("")
        self.setKeywords("")
        self._doc.info.producer = ""


# ---------------------------------------------------------------- styles
def st(name, **kw):
    base = dict(fontName="Helvetica", fontSize=9.5, leading=12.5, alignment=TA_LEFT)
    base.update(kw)
    return ParagraphStyle(name, **base)


S_TITLE = st("title", fontName="Helvetica-Bold", fontSize=19, leading=23, textColor=colors.HexColor("#1d4e6b"))
S_SUB = st("sub", fontName="Helvetica-Oblique", fontSize=11, leading=14, textColor=colors.HexColor("#35586c"))
S_H = st("h", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=3,
         textColor=colors.HexColor("#1d4e6b"))
S_Q = st("q", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceBefore=7, spaceAfter=2,
         textColor=colors.HexColor("#7a2e1d"))
S_BODY = st("body", alignment=TA_JUSTIFY, spaceAfter=4)
S_SMALL = st("small", fontSize=8, leading=10)
S_CAP = st("cap", fontSize=8, leading=10, spaceAfter=4)
S_CELL = st("cell", fontSize=8.3, leading=10)
S_CELLB = st("cellb", fontName="Helvetica-Bold", fontSize=8.3, leading=10)
S_CELLR = st("cellr", fontSize=8.3, leading=10, alignment=TA_RIGHT)
S_BOX = st("box", fontSize=9, leading=12)
S_QUOTE = st("quote", fontName="Helvetica-Oblique", fontSize=10, leading=13.5)
S_PARA = st("para", alignment=TA_JUSTIFY, fontSize=10, leading=13.5, spaceAfter=6)
S_CENTER = st("center", alignment=TA_CENTER)


def P(text, style=S_BODY):
    return Paragraph(text, style)


def box(flowables, width, bg="#eef4f7", border="#1d4e6b"):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(border)),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def grid_table(data, widths, header_rows=1, align_right_from=1, zebra=True, font=8.3):
    t = Table(data, colWidths=widths, repeatRows=0)
    style = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", font),
        ("FONT", (0, 0), (-1, header_rows - 1), "Helvetica-Bold", font),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#d9e6ee")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f99a8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (align_right_from, header_rows), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        for r in range(header_rows, len(data)):
            if (r - header_rows) % 2 == 1:
                style.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f4f7f9")))
    t.setStyle(TableStyle(style))
    return t


def build(filename, pagesize, templates, story):
    path = os.path.join(HERE, filename)
    doc = BaseDocTemplate(path, pagesize=pagesize, pageTemplates=templates,
                          title="", author="", subject="", creator="", producer="", keywords="",
                          invariant=1)
    doc.build(story, canvasmaker=EmptyMetaCanvas)
    return path


def frame(x, y, w, h, fid):
    return Frame(x, y, w, h, id=fid, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                 showBoundary=0)


# ======================================================================
# 1. Foire aux questions « Les partenariats en questions » (4 pages, imprimées 5 à 8)
# ======================================================================
def doc1():
    W, H = A4
    lm, rm, tm, bm = 20 * mm, 20 * mm, 22 * mm, 20 * mm
    fw, fh = W - lm - rm, H - tm - bm
    gap = 8 * mm
    cw = (fw - gap) / 2

    def deco(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#35586c"))
        c.drawString(lm, H - 13 * mm, "Observatoire des partenariats · Collection « Repères », cahier n° 7")
        c.drawRightString(W - rm, H - 13 * mm, "Édition de mars 2025")
        c.setStrokeColor(colors.HexColor("#1d4e6b"))
        c.line(lm, H - 15 * mm, W - rm, H - 15 * mm)
        c.drawString(lm, 11 * mm, "Les partenariats en questions · document fictif de démonstration")
        c.drawRightString(W - rm, 11 * mm, "— %d —" % (doc.page + 4))
        c.restoreState()

    one = PageTemplate("one", [frame(lm, bm, fw, fh, "f1")], onPage=deco)
    two = PageTemplate("two", [frame(lm, bm, cw, fh, "c1"), frame(lm + cw + gap, bm, cw, fh, "c2")],
                       onPage=deco)

    s = []
    s.append(P("Les partenariats en questions", S_TITLE))
    s.append(Spacer(1, 3))
    s.append(P("Foire aux questions : les chiffres les plus demandés à l'Observatoire, avec leurs sources et "
               "leurs dates", S_SUB))
    s.append(Spacer(1, 8))
    s.append(P("Chaque réponse renvoie à l'enquête d'origine : les chiffres ne datent pas tous de la même année "
               "et ne portent pas toujours sur la même population. Les renvois entre questions permettent de "
               "les comparer sans les confondre.", S_BODY))
    s.append(P("Question 1. Les Français sont-ils favorables aux alliances ?", S_Q))
    s.append(P("Oui, et depuis longtemps. En 2008, 86" + NB + "% des Français jugeaient urgent de créer des "
               "partenariats entre associations et entreprises ; ils étaient encore 84" + NB + "% en 2012 "
               "(programme ARPEA). L'enquête PHARE-Citoyens de septembre 2015 mesurait un « devoir d'alliance » "
               "chez 69" + NB + "% d'entre eux. Le plaidoyer pour un droit de l'alliance d'intérêt général en "
               "compte aujourd'hui 81" + NB + "%. Voir aussi la question 9.", S_BODY))
    s.append(P("Question 2. Combien d'associations ont des partenaires ?", S_Q))
    s.append(P("Selon l'étude IMPACT – Associations & Territoires (programme 2018-2022), 98" + NB + "% des "
               "148" + NB + "000 associations employeuses ont noué au moins un partenariat. Une autre enquête, "
               "conduite en mai-juin 2016 et publiée en mars 2017, a recueilli les réponses de plus de "
               "1" + NB + "380 responsables associatifs. Leurs associations comptaient en moyenne 2,5 partenaires "
               "(voir la question 4 pour le détail par type).", S_BODY))
    s.append(P("Question 3. Et les entreprises ?", S_Q))
    s.append(P("En janvier 2011, l'étude ARPEA Entreprises & Territoires dénombrait 21" + NB + "% d'entreprises "
               "qui développaient des partenariats, 33" + NB + "% qui le souhaitaient et 46" + NB + "% qui ne le "
               "souhaitaient pas. Cinq ans plus tard, la note du 29 février 2016 relevait que 37" + NB + "% des "
               "entreprises d'au moins 10 salariés étaient engagées dans un partenariat associatif.", S_BODY))
    s.append(Spacer(1, 6))
    s.append(box([P("<b>Comment lire ces réponses ?</b> Une année entre parenthèses est celle du terrain de "
                    "l'enquête, pas celle de la parution. Les renvois « voir la question » mènent aux chiffres "
                    "voisins.", S_BOX)], fw))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())

    # ---- page 2 (imprimée 6), deux colonnes
    s.append(P("Question 4. Avec qui les associations s'allient-elles ?", S_Q))
    s.append(P("Avec les collectivités d'abord : 89" + NB + "% des associations employeuses en ont fait des "
               "partenaires selon l'étude IMPACT, contre 74" + NB + "% des associations interrogées en 2016 "
               "(question 2).", S_BODY))
    s.append(P("Viennent ensuite les structures d'intérêt général (73" + NB + "%) et les établissements scolaires "
               "(70" + NB + "%).", S_BODY))
    s.append(P("Les entreprises ne sont citées que par 28" + NB + "% des répondants de 2016.", S_BODY))
    s.append(P("Question 5. La taille de l'association compte-t-elle ?", S_Q))
    s.append(P("Beaucoup. Dans la même enquête de 2016, la moitié des associations dont le budget dépasse "
               "150" + NB + "000" + NB + "€ ont un partenariat avec une entreprise, contre une sur cinq parmi "
               "celles de moins de 10" + NB + "000" + NB + "€.", S_BODY))
    s.append(P("Autrement dit, plus le budget est élevé, plus l'entreprise devient un partenaire ordinaire. "
               "L'écart tient aussi au temps salarié disponible pour monter et suivre une relation "
               "partenariale, qui manque souvent aux petites structures. La question 4 donne la place des "
               "entreprises parmi l'ensemble des partenaires.", S_BODY))
    s.append(FrameBreak())
    s.append(box([P("<b>Le saviez-vous ?</b>", S_BOX),
                  P("Au début de 2016, 38" + NB + "% des associations — et 53" + NB + "% des employeuses — "
                    "avaient déjà noué un partenariat avec une entreprise. Chez les « pionniers », la proportion "
                    "montait à 65" + NB + "%.", S_BOX)], cw))
    s.append(Spacer(1, 8))
    s.append(P("Ces proportions viennent de la note publiée le 29 février 2016 : elles décrivent un moment, "
               "antérieur à l'étude IMPACT. Elles ne se comparent donc pas terme à terme avec les réponses des "
               "questions 2 et 4, recueillies selon d'autres méthodes.", S_BODY))
    s.append(P("Question 6. Que pensent les maires ?", S_Q))
    s.append(P("Les maires sont les plus demandeurs d'alliances de tous les acteurs interrogés par "
               "l'Observatoire ; la réponse détaillée figure en page suivante, avec l'enquête de l'automne "
               "2024.", S_BODY))
    s.append(PageBreak())

    # ---- page 3 (imprimée 7), deux colonnes
    s.append(P("Question 6 (suite). Que pensent les maires ?", S_Q))
    s.append(P("87" + NB + "% des maires voient dans les partenariats une source d'innovation "
               "(PHARE-Institutions, 2016).", S_BODY))
    s.append(P("Trois sur quatre (76" + NB + "%) estiment leur territoire engagé, mais 46" + NB + "% ne savent pas "
               "piloter ces alliances (programme IMPACT, 2018-2022).", S_BODY))
    s.append(P("L'enquête IMPACTS & TRAJECTOIRES a été menée par téléphone du 30 septembre au 28 octobre 2024 "
               "auprès de 302 maires.", S_BODY))
    s.append(P("91" + NB + "% voient leur territoire en mouvement, dont 35" + NB + "% «" + NB + "fortement" + NB + "».", S_BODY))
    s.append(P("Question 7. Les fondations s'engagent-elles ?", S_Q))
    s.append(P("L'étude IMPACT Fondations & Territoires a interrogé 42 fondations.", S_BODY))
    s.append(FrameBreak())
    s.append(P("Depuis le 14 juin 2022, la Fondation des Territoires, créée sous l'égide de la Fondation de "
               "Lille, réunit 21 co-fondateurs.", S_BODY))
    s.append(P("Question 8. Quels moyens pour expérimenter ?", S_Q))
    s.append(P("Le Fonds ODD 17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, dispose d'une "
               "dotation de 1,5" + NB + "M€ pour une expérimentation sur 3 ans.", S_BODY))
    s.append(P("Il vise 350 « catalyseurs territoriaux ».", S_BODY))
    s.append(Spacer(1, 6))
    s.append(box([P("<b>À retenir.</b> Un chiffre d'une enquête auprès des maires ne se transpose pas aux élus "
                    "locaux en général, ni d'une édition à l'autre : citez toujours l'année du terrain.", S_BOX)],
                 cw, bg="#f7efe9", border="#7a2e1d"))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())

    # ---- page 4 (imprimée 8), une colonne
    s.append(P("Question 9. Un même pourcentage désigne-t-il toujours la même chose ?", S_Q))
    s.append(P("Non. En novembre 2020, 81" + NB + "% des Français jugeaient la co-construction utile pour "
               "rebondir après la crise sanitaire, et 84" + NB + "% des dirigeants de TPE et de PME partageaient "
               "cet avis.", S_BODY))
    s.append(P("Dans l'étude IMPACT, 81" + NB + "% des dirigeants d'entreprise voient dans les partenariats une "
               "source d'innovation : même nombre, autre question, autre population. Ne le confondez pas avec le "
               "« devoir d'alliance » de la question 1.", S_BODY))
    s.append(P("Question 10. Combien de territoires ont suivi le parcours d'expérience du CGET ?", S_Q))
    s.append(P("Onze territoires pionniers, selon l'annonce du lancement ; d'autres documents parlent de 10 "
               "territoires pilotes. Le parcours durait 18 mois.", S_BODY))
    s.append(P("Question 11. Combien de mesures et de cibles ?", S_Q))
    s.append(P("La feuille de route ministérielle pour les alliances compte 21 mesures ; l'ODD 17 se décline "
               "quant à lui en 19 cibles.", S_BODY))
    s.append(P("Question 12. Depuis quand Le RAMEAU expérimente-t-il ?", S_Q))
    s.append(P("Le RAMEAU a mené des expérimentations auprès de plus de 500 organisations depuis 2006.", S_BODY))
    s.append(Spacer(1, 10))
    s.append(box([P("<b>Pour en savoir plus</b>", S_BOX),
                  P("Observatoire (adresse fictive) : 14 rue des Alliances, 75011 Paris · tél. 01 43 55 20 19", S_BOX),
                  P("Les questions 1 à 12 sont reprises chaque année ; la prochaine édition paraîtra en mars "
                    "2026.", S_BOX)], fw))
    return build("obs-s114-01-faq.pdf", A4, [one, two], s)


# ======================================================================
# 2. Tableau de bord trimestriel (3 pages paysage, imprimées 2/4 à 4/4)
# ======================================================================
def doc2():
    W, H = landscape(A4)
    lm, rm, tm, bm = 14 * mm, 14 * mm, 24 * mm, 18 * mm
    fw, fh = W - lm - rm, H - tm - bm

    def deco(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#23395d"))
        c.rect(0, H - 16 * mm, W, 16 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(lm, H - 10 * mm, "Fonds Horizon Commun · Programme « Passerelles solidaires »")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - rm, H - 10 * mm, "Tableau de bord trimestriel · T3 2024 · édité le 15/10/2024")
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont("Helvetica", 7.5)
        c.drawString(lm, 9 * mm, "Document fictif de démonstration · diffusion restreinte au comité de pilotage")
        c.drawRightString(W - rm, 9 * mm, "p. %d/4" % (doc.page + 1))
        c.restoreState()

    tpl = PageTemplate("land", [frame(lm, bm, fw, fh, "f")], onPage=deco)
    hdr = ["Indicateur", "T1", "T2", "T3", "T4", "Cible\nannuelle", "Réalisé\nau 30/09", "Taux\nd'atteinte",
           "Écart à\nla cible", "Commentaire"]
    widths = [62 * mm, 17 * mm, 17 * mm, 17 * mm, 14 * mm, 20 * mm, 20 * mm, 20 * mm, 19 * mm, None]
    used = sum(w for w in widths if w)
    widths[-1] = fw - used

    def row(label, vals, comment):
        return [P(label, S_CELLB)] + vals + [P(comment, S_CELL)]

    def table(rows):
        data = [hdr] + rows
        t = grid_table(data, widths, align_right_from=1)
        t.setStyle(TableStyle([("ALIGN", (1, 0), (-2, 0), "CENTER"), ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]))
        return t

    s = []
    # ---- page 1 (imprimée 2/4)
    s.append(P("Volet A — Publics accompagnés", S_H))
    s.append(box([P("<b>Synthèse au 30 septembre 2024.</b> Depuis janvier, le programme a accompagné "
                    "1" + NB + "240 jeunes, soit 77,5" + NB + "% de la cible annuelle. Il couvre désormais "
                    "3 départements et s'appuie sur 37 associations partenaires. Le T4 reste à réaliser ; "
                    "les cellules « — » ne sont pas encore renseignées et « n.d. » signale une donnée non "
                    "disponible.", S_BOX)], fw))
    s.append(Spacer(1, 8))
    s.append(table([
        row("Jeunes accompagnés (nombre)", ["410", "380", "450", "—", "1" + NB + "600", "1" + NB + "240",
                                           "77,5" + NB + "%", "-360"],
            "Pic de rentrée : 2 sessions ajoutées en septembre."),
        row("Part des jeunes orientés par une mission locale", ["—", "—", "—", "—", "40" + NB + "%", "n.d.",
                                                               "n.d.", "n.d."],
            "Indicateur annuel, mesuré en décembre."),
    ]))
    s.append(Spacer(1, 10))
    s.append(P("Lecture : au T2, 380 jeunes sont entrés dans le programme. Le réalisé cumule les trois "
               "premiers trimestres ; le taux d'atteinte rapporte ce cumul à la cible annuelle.", S_SMALL))
    s.append(PageBreak())

    # ---- page 2 (imprimée 3/4)
    s.append(P("Volet B — Partenaires et moyens", S_H))
    s.append(P("Montants en milliers d'euros (k€). Les écarts négatifs indiquent un retard sur la cible.",
               S_SMALL))
    s.append(Spacer(1, 6))
    s.append(table([
        row("Mécénat encaissé (k€)", ["120", "95", "140", "—", "480", "355", "74" + NB + "%", "– 125"],
            "Versement de 60 k€ attendu le 12/11 ; reliquat à relancer en T4."),
        row("Nouvelles entreprises mécènes (nombre)", ["6", "5", "7", "—", "20", "18", "90" + NB + "%", "– 2"],
            "Deux signatures prévues en T4."),
    ]))
    s.append(Spacer(1, 10))
    s.append(P("Point d'attention : le retard de mécénat est concentré sur 2 entreprises ; le comité du 15 "
               "octobre a validé un plan de relance.", S_SMALL))
    s.append(PageBreak())

    # ---- page 3 (imprimée 4/4)
    s.append(P("Volet C — Qualité et résultats", S_H))
    s.append(Spacer(1, 4))
    s.append(table([
        row("Taux de sortie positive à 6 mois (%)", ["62" + NB + "%", "68" + NB + "%", "71" + NB + "%", "—",
                                                    "75" + NB + "%", "67" + NB + "%", "89,3" + NB + "%",
                                                    "-8 pts"],
            "Réalisé = moyenne des trois trimestres ; T3 provisoire."),
        row("Satisfaction des entreprises (note sur 10)", ["—", "—", "—", "—", "7,5", "n.d.", "n.d.", "n.d."],
            "Enquête annuelle en décembre."),
    ]))
    s.append(Spacer(1, 12))
    s.append(box([P("<b>Points d'attention pour le T4</b>", S_BOX),
                  P("• 96 jeunes sont encore sans solution à la fin du T3 ; un tiers d'entre eux vivent en zone "
                    "rurale.", S_BOX),
                  P("• Budget de fonctionnement consommé : 212" + NB + "000" + NB + "€ sur une enveloppe annuelle "
                    "de 300" + NB + "000" + NB + "€.", S_BOX),
                  P("• Prochain comité de pilotage : 14 janvier 2025 · contact : 04 72 10 33 58 · 69003 Lyon.",
                    S_BOX)], fw * 0.7, bg="#fbf3e4", border="#a86b12"))
    return build("obs-s114-02-tableau-de-bord.pdf", landscape(A4), [tpl], s)


# ======================================================================
# 3. Étude de cas d'une alliance territoriale (4 pages, imprimées 12 à 15)
# ======================================================================
def doc3():
    W, H = A4
    lm, rm, tm, bm = 22 * mm, 22 * mm, 24 * mm, 20 * mm
    fw, fh = W - lm - rm, H - tm - bm

    def deco(c, doc):
        c.saveState()
        c.setFont("Helvetica-Oblique", 8)
        c.setFillColor(colors.HexColor("#4a5d3a"))
        c.drawString(lm, H - 13 * mm, "Recueil d'études de cas · Alliances territoriales")
        c.drawRightString(W - rm, H - 13 * mm, "Cas n° 3 · juin 2025")
        c.setStrokeColor(colors.HexColor("#4a5d3a"))
        c.line(lm, 15 * mm, W - rm, 15 * mm)
        c.setFont("Helvetica", 8)
        c.drawString(lm, 10 * mm, "Document fictif de démonstration")
        c.drawRightString(W - rm, 10 * mm, "%d" % (doc.page + 11))
        c.restoreState()

    tpl = PageTemplate("p", [frame(lm, bm, fw, fh, "f")], onPage=deco)
    green = colors.HexColor("#4a5d3a")
    S_T = st("t3", fontName="Helvetica-Bold", fontSize=17, leading=21, textColor=green)
    S_H3 = st("h3", fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=4,
              textColor=green)
    s = []
    # ---- page 1 (imprimée 12)
    s.append(P("L'Alliance du Val de Sorlin : se déplacer pour travailler (2019-2024)", S_T))
    s.append(Spacer(1, 6))
    s.append(P("Dans le Val de Sorlin, territoire rural de 23 communes et 41" + NB + "500 habitants, dont 17 "
               "communes de moins de 3" + NB + "500 habitants, une alliance réunit depuis 2019 la communauté de "
               "communes, 9 associations, 6 entreprises et 2 fondations autour d'un même constat : sans moyen "
               "de transport, pas d'emploi.", S_PARA))
    s.append(P("Chronologie", S_H3))
    chrono = [
        ("Mars 2019", "Diagnostic partagé : 212 jeunes de 16 à 25 ans sans solution de mobilité recensés."),
        ("Octobre 2019", "Signature de la convention par les 18 premiers membres."),
        ("2020-2021", "Pause partielle liée à la crise sanitaire : 4 des 9 actions prévues sont maintenues."),
        ("15 janvier 2022", "Ouverture de la plateforme mobilité et mise en service de 3 véhicules "
                            "électriques partagés."),
        ("Septembre 2023", "2e phase : entrée de 5 nouvelles entreprises dans l'alliance."),
        ("Mars 2024", "Évaluation à mi-parcours, présentée aux élus du territoire."),
    ]
    data = [[P("<b>%s</b>" % d, S_CELL), P(t, S_CELL)] for d, t in chrono]
    t = Table(data, colWidths=[32 * mm, fw - 32 * mm])
    t.setStyle(TableStyle([
        ("LINEBEFORE", (1, 0), (1, -1), 1.2, green),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(P("La suite de ce cas présente le budget de l'alliance, ses bénéficiaires et la parole de ses "
               "membres. Les noms des personnes citées ont été inventés.", S_PARA))
    s.append(PageBreak())

    # ---- page 2 (imprimée 13)
    s.append(P("Un budget pluriannuel porté par des financeurs privés", S_H3))
    s.append(P("Sur 2019-2024, le budget cumulé de l'alliance atteint 1,84 million d'euros, dont 62" + NB + "% de "
               "financements privés.", S_PARA))
    s.append(P("Tableau 1 — Budget annuel de l'alliance (en k€)", S_CAP))
    yrs = ["2019", "2020", "2021", "2022", "2023", "2024", "Total"]
    vals = ["145", "190", "260", "365", "410", "470", "1" + NB + "840"]
    s.append(grid_table([[""] + yrs, ["Budget annuel"] + vals], [36 * mm] + [(fw - 36 * mm) / 7] * 7))
    s.append(Spacer(1, 12))
    s.append(P("Tableau 2 — Répartition du budget cumulé par financeur", S_CAP))
    fin = [["Financeur", "Part du budget cumulé"],
           ["Fondations", "35" + NB + "%"],
           ["Entreprises", "27" + NB + "%"],
           ["Communauté de communes", "24" + NB + "%"],
           ["État et Région", "14" + NB + "%"]]
    s.append(grid_table(fin, [70 * mm, 45 * mm]))
    s.append(Spacer(1, 10))
    s.append(P("Source : comptes de l'alliance, exercices 2019 à 2024. Les financements privés regroupent "
               "les fondations et les entreprises.", S_SMALL))
    s.append(PageBreak())

    # ---- page 3 (imprimée 14)
    s.append(P("Les bénéficiaires", S_H3))
    s.append(P("Tableau 3 — Bénéficiaires 2019-2024 par public", S_CAP))
    ben = [["Public", "Nombre", "Part"],
           ["Jeunes de 16 à 25 ans", "640", "58" + NB + "%"],
           ["Demandeurs d'emploi de longue durée", "275", "25" + NB + "%"],
           ["Salariés en horaires décalés", "187", "17" + NB + "%"],
           ["Total", "1" + NB + "102", "100" + NB + "%"]]
    s.append(grid_table(ben, [80 * mm, 30 * mm, 30 * mm]))
    s.append(Spacer(1, 10))
    s.append(P("Parmi les 640 jeunes, 71" + NB + "% ont obtenu leur permis de conduire ou un moyen de transport "
               "durable ; ils n'étaient que 38" + NB + "% dans la première cohorte, en 2020.", S_PARA))
    s.append(P("Au total, 86 emplois ont été pourvus dans les 6 entreprises fondatrices, soit près d'un "
               "recrutement sur trois.", S_PARA))
    s.append(P("Les demandeurs d'emploi de longue durée sont ceux pour qui l'accompagnement a été le plus long : "
               "l'alliance a dû combiner aide au permis, garde d'enfants et horaires aménagés.", S_PARA))
    s.append(PageBreak())

    # ---- page 4 (imprimée 15)
    s.append(P("Ce qu'en disent les membres", S_H3))
    q1 = box([P("« Sur nos 14 salariés, quatre viennent du dispositif. Sans la plateforme, ils n'auraient pas pu "
                "prendre le poste de 5 heures. »", S_QUOTE),
              P("Nadia Ferrand, gérante d'une PME de logistique", S_SMALL)], fw / 2 - 4 * mm,
             bg="#eef2e8", border="#4a5d3a")
    q2 = box([P("« Nous avons vu passer 120 jeunes en 2023, contre 55 en 2021. »", S_QUOTE),
              P("Paul Amiel, directeur de la mission locale", S_SMALL)], fw / 2 - 4 * mm,
             bg="#eef2e8", border="#4a5d3a")
    t = Table([[q1, q2]], colWidths=[fw / 2, fw / 2])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(box([P("« Avec 3" + NB + "500" + NB + "€ de la fondation, nous avons équipé 9 vélos à assistance "
                    "électrique. Les 3/4 de nos bénévoles ont moins de 30 ans. »", S_QUOTE),
                  P("Lucie Berthaud, présidente de l'association Roue Libre Sorlin", S_SMALL)], fw,
                 bg="#eef2e8", border="#4a5d3a"))
    s.append(P("Et maintenant ?", S_H3))
    s.append(P("Pour 2025-2027, l'alliance vise 900 bénéficiaires supplémentaires et un budget de "
               "1,2" + NB + "M€ sur trois ans.", S_PARA))
    s.append(Spacer(1, 6))
    s.append(P("Contact : alliance.valdesorlin@exemple.fr · 05 49 00 12 34", S_SMALL))
    return build("obs-s114-03-etude-de-cas.pdf", A4, [tpl], s)


# ======================================================================
# 4. Avis consultatif à paragraphes numérotés (3 pages, imprimées i, 1, 2)
# ======================================================================
FOOTNOTES4 = {
    1: ["1 Observatoire des partenariats, programme ARPEA, volet Citoyens, 2008.",
        "2 PHARE-Citoyens, septembre 2015 ; plus de 2" + NB + "000 personnes interrogées.",
        "3 Le RAMEAU, dîner « Élus & Entreprises ».",
        "4 IMPACTS & TRAJECTOIRES – Élus locaux, terrain du 30 septembre au 28 octobre 2024, par téléphone."],
    2: ["5 Étude IMPACT – Associations & Territoires, programme 2018-2022 ; 148" + NB + "000 associations "
        "employeuses.",
        "6 Recherches & Solidarités et Le RAMEAU, enquête de mai-juin 2016, publiée en mars 2017.",
        "7 Étude IMPACT – Fondations & Territoires, publiée un 23 septembre."],
    3: ["8 Parcours d'expérience CGET – Le RAMEAU, 18 mois ; une autre source mentionne 10 territoires "
        "pilotes."],
}


def doc4():
    W, H = A4
    lm, rm, tm, bm = 25 * mm, 25 * mm, 25 * mm, 45 * mm
    fw, fh = W - lm - rm, H - tm - bm
    printed = {1: "i", 2: "1", 3: "2"}

    def deco(c, doc):
        c.saveState()
        c.setFont("Helvetica", 8)
        c.setFillColor(colors.HexColor("#5b3a6e"))
        c.drawString(lm, H - 14 * mm, "Conseil consultatif des alliances territoriales (CCAT)")
        c.drawRightString(W - rm, H - 14 * mm, "Avis n° 2025-03 · 22 mai 2025")
        notes = FOOTNOTES4.get(doc.page, [])
        y = bm - 8 * mm
        c.setStrokeColor(colors.black)
        c.line(lm, y + 4 * mm, lm + 50 * mm, y + 4 * mm)
        c.setFillColor(colors.black)
        for n in notes:
            num, rest = n.split(" ", 1)
            c.setFont("Helvetica", 5.5)
            c.drawString(lm, y + 1.6, num)
            c.setFont("Helvetica", 7.5)
            c.drawString(lm + 3 * mm, y, rest)
            y -= 9.5
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 10 * mm, printed[doc.page])
        c.drawString(lm, 10 * mm, "Document fictif de démonstration")
        c.restoreState()

    tpl = PageTemplate("p", [frame(lm, bm, fw, fh, "f")], onPage=deco)
    violet = colors.HexColor("#5b3a6e")
    S_T = st("t4", fontName="Helvetica-Bold", fontSize=15, leading=19, textColor=violet, alignment=TA_CENTER)
    S_H4 = st("h4", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=5,
              textColor=violet)

    def num(n, text):
        return P("<b>%d.</b> %s" % (n, text), S_PARA)

    def fn(k):
        return "<super>%d</super>" % k

    s = []
    # ---- page 1 (imprimée i)
    s.append(P("Avis n° 2025-03 sur le financement des alliances locales", S_T))
    s.append(Spacer(1, 4))
    s.append(P("Saisine du 3 février 2025 · avis adopté en séance plénière le 22 mai 2025 par 27 voix pour, "
               "2 contre et 3 abstentions", S_CENTER))
    s.append(Spacer(1, 6))
    s.append(P("I. Constats", S_H4))
    s.append(num(1, "Le Conseil constate que l'idée d'alliance s'est diffusée. En 2008, 86" + NB + "% des "
                 "Français jugeaient urgent de créer des partenariats" + fn(1) + " ; en 2015, 69" + NB + "% "
                 "évoquaient un « devoir d'alliance »" + fn(2) + "."))
    s.append(num(2, "Chez les élus, la demande est plus forte encore : 92" + NB + "% des maires reconnaissent "
                 "l'utilité de la co-construction et 64" + NB + "% des élus locaux souhaitent s'appuyer sur le "
                 "« jouer collectif »" + fn(3) + "."))
    s.append(num(3, "Ces attentes se heurtent à des moyens limités. Parmi les 302 maires interrogés à l'automne "
                 "2024" + fn(4) + ", 84" + NB + "% dirigent des communes de moins de 2" + NB + "000 habitants, "
                 "où l'ingénierie de projet fait souvent défaut."))
    s.append(PageBreak())

    # ---- page 2 (imprimée 1)
    s.append(num(4, "Les associations ne sont pas en reste : 98" + NB + "% des associations employeuses "
                 "déclarent au moins un partenariat" + fn(5) + ". Mais, dans l'enquête de 2016" + fn(6) + ", "
                 "moins d'une association sur trois (28" + NB + "%) comptait une entreprise parmi ses "
                 "partenaires."))
    s.append(num(5, "La taille reste déterminante : 50" + NB + "% des associations de plus de "
                 "150" + NB + "000" + NB + "€ de budget ont un partenariat avec une entreprise, contre "
                 "20" + NB + "% de celles de moins de 10" + NB + "000" + NB + "€" + fn(6) + "."))
    s.append(num(6, "Le financement privé des alliances progresse. Dans le Val de Sorlin, présenté au § 14, "
                 "62" + NB + "% du budget 2019-2024 provient de fondations et d'entreprises."))
    s.append(num(7, "Les fondations s'impliquent : 42 fondations ont répondu à l'étude IMPACT Fondations & "
                 "Territoires" + fn(7) + ", et la Fondation des Territoires compte 21 co-fondateurs depuis "
                 "juin 2022."))
    s.append(P("Le Conseil rappelle que ces alliances s'inscrivent dans le cadre de la loi du 1er juillet 1901 "
               "et de la loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire.",
               S_PARA))
    s.append(PageBreak())

    # ---- page 3 (imprimée 2)
    s.append(P("II. Recommandations", S_H4))
    s.append(num(8, "Recommandation n° 1 — Doter chaque intercommunalité d'un fonds d'amorçage de "
                 "50" + NB + "000" + NB + "€ par an pendant 3 ans, de 2026 à 2028."))
    s.append(num(9, "Recommandation n° 2 — Porter à 350 le nombre de « catalyseurs territoriaux » formés, "
                 "objectif déjà fixé par le Fonds ODD 17, créé en 2020 et doté de 1,5" + NB + "M€."))
    s.append(num(10, "Recommandation n° 3 — Évaluer chaque année les 21 mesures de la feuille de route "
                  "ministérielle et en publier le bilan."))
    s.append(num(11, "Le Conseil rappelle que 11 territoires pionniers ont suivi le parcours d'expérience du "
                  "CGET" + fn(8) + " et propose d'en réunir 30 d'ici 2027."))
    s.append(num(12, "Le présent avis a été préparé par un groupe de travail de 9 membres, au cours de 6 "
                  "réunions tenues entre février et mai 2025."))
    s.append(num(13, "Le Conseil se réunira de nouveau en 2026 pour suivre les recommandations 1 à 3."))
    s.append(num(14, "Annexe — Le Val de Sorlin a accompagné 1" + NB + "102 bénéficiaires depuis 2019, pour un "
                  "budget cumulé de 1,84" + NB + "M€."))
    return build("obs-s114-04-avis-consultatif.pdf", A4, [tpl], s)


# ======================================================================
# 5. Sondage à échelles d'accord (3 pages, imprimées 21 à 23)
# ======================================================================
def doc5():
    W, H = A4
    lm, rm, tm, bm = 20 * mm, 20 * mm, 24 * mm, 20 * mm
    fw, fh = W - lm - rm, H - tm - bm
    teal = colors.HexColor("#14626b")

    def deco(c, doc):
        c.saveState()
        c.setFillColor(teal)
        c.rect(lm, H - 16 * mm, fw, 1.2 * mm, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(lm, H - 13 * mm, "Baromètre des alliances 2025 · vague 3")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - rm, H - 13 * mm, "Institut Lumen Opinion pour l'Observatoire")
        c.setFillColor(colors.HexColor("#333333"))
        c.setFont("Helvetica", 8)
        c.drawString(lm, 10 * mm, "Publié le 18 mars 2025 · document fictif de démonstration")
        c.drawRightString(W - rm, 10 * mm, "%d" % (doc.page + 20))
        c.restoreState()

    tpl = PageTemplate("p", [frame(lm, bm, fw, fh, "f")], onPage=deco)
    S_T = st("t5", fontName="Helvetica-Bold", fontSize=18, leading=22, textColor=teal)
    S_H5 = st("h5", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=8, spaceAfter=5,
              textColor=teal)
    S_QQ = st("qq", fontName="Helvetica-Oblique", fontSize=10.5, leading=14, spaceAfter=6)

    def scale_table(cols, rows):
        data = [[""] + [P("<b>%s</b>" % c, st("ch", fontSize=8.3, leading=10, alignment=TA_CENTER)) for c in cols]]
        for lab, vals in rows:
            data.append([lab] + vals)
        t = grid_table(data, [62 * mm] + [(fw - 62 * mm) / len(cols)] * len(cols), font=9)
        sub = [i for i, (lab, _) in enumerate(rows, start=1) if lab.startswith("Sous-total")]
        for r in sub:
            t.setStyle(TableStyle([("FONT", (0, r), (-1, r), "Helvetica-Bold", 9),
                                   ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#d7ecec"))]))
        return t

    s = []
    # ---- page 1 (imprimée 21)
    s.append(P("Baromètre des alliances 2025", S_T))
    s.append(P("Ce que les Français, les dirigeants, les responsables associatifs et les maires pensent des "
               "alliances locales", S_SUB))
    s.append(Spacer(1, 8))
    s.append(box([P("<b>Fiche technique</b>", S_BOX),
                  P("Terrain : du 6 au 20 janvier 2025.", S_BOX),
                  P("Échantillons : 1" + NB + "012 Français âgés de 18 ans et plus (en ligne, méthode des quotas) ; "
                    "405 dirigeants d'entreprise de 10 salariés et plus ; 318 responsables associatifs ; 214 maires, "
                    "interrogés par téléphone.", S_BOX),
                  P("Rappel : la vague 1 (janvier 2021) portait sur 1" + NB + "003 Français ; la vague 2 "
                    "(janvier 2023), sur 1" + NB + "020.", S_BOX)], fw, bg="#e9f4f4", border="#14626b"))
    s.append(P("Principaux enseignements", S_H5))
    s.append(P("• Trois Français sur quatre (73" + NB + "%) jugent les alliances indispensables pour leur "
               "territoire, contre 68" + NB + "% en 2023.", S_BODY))
    s.append(P("• Les responsables associatifs sont les plus convaincus : 84" + NB + "% d'accord, dont "
               "41" + NB + "% « tout à fait ».", S_BODY))
    s.append(P("• Près d'un maire sur deux (47" + NB + "%) dit manquer de temps pour piloter une alliance.",
               S_BODY))
    s.append(P("• Les maires des petites communes demandent davantage d'appui extérieur (voir page 23).",
               S_BODY))
    s.append(Spacer(1, 6))
    s.append(P("Les résultats détaillés figurent aux pages 22 et 23. Les sous-totaux sont calculés sur les "
               "effectifs bruts, avant arrondi.", S_SMALL))
    s.append(PageBreak())

    # ---- page 2 (imprimée 22)
    s.append(P("Question 1", S_H5))
    s.append(P("« Les alliances entre associations, entreprises et collectivités sont indispensables pour "
               "répondre aux défis de mon territoire. »", S_QQ))
    s.append(scale_table(["Français (n = 1" + NB + "012)", "Dirigeants d'entreprise (n = 405)"], [
        ("Tout à fait d'accord", ["24" + NB + "%", "29" + NB + "%"]),
        ("Plutôt d'accord", ["49" + NB + "%", "50" + NB + "%"]),
        ("Sous-total d'accord", ["73" + NB + "%", "79" + NB + "%"]),
        ("Plutôt pas d'accord", ["18" + NB + "%", "15" + NB + "%"]),
        ("Pas du tout d'accord", ["9" + NB + "%", "6" + NB + "%"]),
    ]))
    s.append(Spacer(1, 8))
    s.append(P("Lecture : 73" + NB + "% des Français sont d'accord avec cette affirmation, dont 24" + NB + "% "
               "« tout à fait d'accord ».", S_SMALL))
    s.append(P("Base : ensemble des répondants de chaque échantillon. Terrain du 6 au 20 janvier 2025.", S_SMALL))
    s.append(PageBreak())

    # ---- page 3 (imprimée 23)
    s.append(P("Question 2 (posée aux maires)", S_H5))
    s.append(P("« Ma commune aurait besoin d'un appui extérieur pour monter une alliance. »", S_QQ))
    s.append(scale_table(["Maires de communes de moins de 3" + NB + "500 habitants (n = 132)",
                          "Maires de communes de 3" + NB + "500 habitants et plus (n = 82)"], [
        ("Tout à fait d'accord", ["38" + NB + "%", "21" + NB + "%"]),
        ("Plutôt d'accord", ["43" + NB + "%", "37" + NB + "%"]),
        ("Sous-total d'accord", ["81" + NB + "%", "58" + NB + "%"]),
        ("Plutôt pas d'accord", ["14" + NB + "%", "30" + NB + "%"]),
        ("Pas du tout d'accord", ["5" + NB + "%", "12" + NB + "%"]),
    ]))
    s.append(Spacer(1, 10))
    s.append(P("Graphique — Sous-total d'accord selon la taille de la commune (en %)", S_SMALL))
    d = Drawing(fw, 42 * mm)
    x0, y0, bw = 70, 18, 90
    axis_w = 300
    for g in (0, 25, 50, 75, 100):
        x = x0 + axis_w * g / 100.0
        d.add(Line(x, y0 - 3, x, y0 + 2 * 40 + 10, strokeColor=colors.HexColor("#bbbbbb"), strokeWidth=0.4))
        d.add(String(x, y0 - 12, str(g), fontName="Helvetica", fontSize=7, textAnchor="middle"))
    for i, (lab, v) in enumerate([("< 3 500 hab.", 81), ("3 500 hab. et +", 58)]):
        y = y0 + 50 - i * 40
        d.add(String(x0 - 6, y + 8, lab, fontName="Helvetica", fontSize=8, textAnchor="end"))
        d.add(Rect(x0, y, axis_w * v / 100.0, 22, fillColor=teal, strokeColor=None))
    s.append(d)
    s.append(Spacer(1, 4))
    s.append(P("Question posée aux seuls maires. Terrain du 6 au 20 janvier 2025.", S_SMALL))
    return build("obs-s114-05-sondage.pdf", A4, [tpl], s)


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5):
        print(f())
