"""Corpus fictif notes-s121 : 5 PDF « à la manière » des publications de l'Observatoire des partenariats.

Déterministe : rl_config.invariant = 1, métadonnées vides. Les PDF sont écrits dans le dossier du script.
Usage : /work/main/.venv/bin/python make_docs.py
"""
import os
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart  # noqa: E402
from reportlab.graphics.shapes import Drawing, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
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
W, H = A4
NBSP = "\u00a0"


def nb(s):
    """Espaces insécables dans les nombres et avant les unités / la ponctuation haute."""
    for _ in range(3):
        s = re.sub(r"(\d) (\d{3})(?!\d)", "\\1" + NBSP + "\\2", s)
    s = re.sub(r"(\d) (%|€|k€|M€|Md€|pts?\b|points?\b)", "\\1" + NBSP + "\\2", s)
    s = s.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
    for p in (":", ";", "!", "?"):
        s = s.replace(" " + p, NBSP + p)
    return s


# ---------------------------------------------------------------- styles
def st(name, **kw):
    base = dict(fontName="Helvetica", fontSize=9.5, leading=12.5, spaceAfter=4)
    base.update(kw)
    return ParagraphStyle(name, **base)


S = {
    "body": st("body"),
    "small": st("small", fontSize=7.5, leading=9.5),
    "foot": st("foot", fontSize=7.5, leading=9.5, textColor=colors.HexColor("#333333")),
    "title": st("title", fontName="Helvetica-Bold", fontSize=17, leading=21, spaceAfter=6,
                textColor=colors.HexColor("#1b4f72")),
    "subtitle": st("subtitle", fontName="Helvetica-Oblique", fontSize=10.5, leading=13.5, spaceAfter=6),
    "h1": st("h1", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=4, spaceAfter=6,
             textColor=colors.HexColor("#1b4f72")),
    "h2": st("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13.5, spaceBefore=4, spaceAfter=4),
    "bullet": st("bullet", leftIndent=12, bulletIndent=2, spaceAfter=3),
    "cell": st("cell", fontSize=8.5, leading=10.5, spaceAfter=0),
    "cellb": st("cellb", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5, spaceAfter=0),
    "cellr": st("cellr", fontSize=8.5, leading=10.5, spaceAfter=0, alignment=TA_RIGHT),
    "cellbr": st("cellbr", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5, spaceAfter=0,
                 alignment=TA_RIGHT),
    "box": st("box", fontSize=9, leading=12, spaceAfter=3),
    "boxh": st("boxh", fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceAfter=3,
               textColor=colors.HexColor("#7b241c")),
    "big": st("big", fontName="Helvetica-Bold", fontSize=18, leading=22, alignment=TA_CENTER,
              textColor=colors.HexColor("#0e6655"), spaceAfter=2),
    "cardlab": st("cardlab", fontSize=8, leading=10, alignment=TA_CENTER, spaceAfter=0),
    "menu": st("menu", fontName="Helvetica-Bold", fontSize=8.5, leading=11, textColor=colors.white),
    "crumb": st("crumb", fontSize=8, leading=10, textColor=colors.HexColor("#555555")),
    "mono": st("mono", fontName="Courier", fontSize=8, leading=10),
}


def P(text, style="body"):
    return Paragraph(nb(text), S[style])


def B(text, style="bullet", bullet="•"):
    return Paragraph(nb(text), S[style], bulletText=bullet)


def boxed(flowables, width, bg="#f4f6f7", border="#1b4f72"):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(border)),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def data_table(rows, widths, header_rows=1, bold_rows=(), indent_rows=()):
    """rows : listes de chaînes ; 1re colonne à gauche, les autres à droite."""
    out = []
    for i, row in enumerate(rows):
        cells = []
        for j, c in enumerate(row):
            if i < header_rows:
                cells.append(Paragraph(nb(c), S["cellb"]))
            elif j == 0:
                txt = ("&nbsp;&nbsp;&nbsp;" + nb(c)) if i in indent_rows else nb(c)
                cells.append(Paragraph(txt, S["cellb"] if i in bold_rows else S["cell"]))
            else:
                cells.append(Paragraph(nb(c), S["cellbr"] if i in bold_rows else S["cellr"]))
        out.append(cells)
    t = Table(out, colWidths=widths, repeatRows=header_rows)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#aab7b8")),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#d6eaf8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def footnote_rule():
    t = Table([[""]], colWidths=[50 * mm], rowHeights=[2])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.black)]))
    t.hAlign = "LEFT"
    return t


def make_doc(name, pages_cb, templates):
    path = os.path.join(HERE, name)
    doc = BaseDocTemplate(path, pagesize=A4, title="", author="", subject="", creator="",
                          producer="", keywords="", leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=22 * mm, bottomMargin=20 * mm)
    doc.addPageTemplates(templates)
    doc.build(pages_cb(doc))
    return path


def frames_one(tag, top=22 * mm, bottom=20 * mm):
    return [Frame(20 * mm, bottom, W - 40 * mm, H - top - bottom, id=tag + "f", showBoundary=0)]


def frames_two(tag, title_h, top=22 * mm, bottom=20 * mm, gap=7 * mm):
    fw = W - 40 * mm
    colw = (fw - gap) / 2
    y_title = H - top - title_h
    col_h = y_title - bottom
    return [
        Frame(20 * mm, y_title, fw, title_h, id=tag + "t", showBoundary=0),
        Frame(20 * mm, bottom, colw, col_h, id=tag + "c1", showBoundary=0),
        Frame(20 * mm + colw + gap, bottom, colw, col_h, id=tag + "c2", showBoundary=0),
    ]


COLW = (W - 40 * mm - 7 * mm) / 2
FULLW = W - 40 * mm


# ====================================================================== 01
def doc01():
    printed = {1: "3", 2: "4", 3: "5", 4: "6"}

    def deco(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, H - 12 * mm, nb("Observatoire des partenariats · Baromètre de l'engagement des salariés"))
        c.drawRightString(W - 20 * mm, H - 12 * mm, "Septembre 2024")
        c.setStrokeColor(colors.HexColor("#1b4f72"))
        c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
        c.line(20 * mm, 14 * mm, W - 20 * mm, 14 * mm)
        c.drawString(20 * mm, 10 * mm, nb("Baromètre de l'engagement des salariés 2024"))
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(W - 20 * mm, 10 * mm, printed[d.page])
        c.restoreState()

    templates = [
        PageTemplate(id="p1", frames=frames_two("a", 46 * mm), onPage=deco),
        PageTemplate(id="one", frames=frames_one("b"), onPage=deco),
        PageTemplate(id="p3", frames=frames_two("c", 14 * mm), onPage=deco),
    ]

    def story(doc):
        s = []
        # ---- page 1
        s += [
            P("Baromètre de l'engagement des salariés 2024", "title"),
            P("Mécénat de compétences et bénévolat : ce qu'en disent les salariés des entreprises de "
              "10 salariés et plus", "subtitle"),
            P("Enquête réalisée par l'institut Sondéa Conseil du 4 au 22 mars 2024 auprès de 1 512 salariés ; "
              "résultats publiés en septembre 2024."),
            FrameBreak(),
            P("L'essentiel", "h1"),
            P("Le mécénat de compétences gagne du terrain. 31 % des salariés interrogés ont déjà participé à une "
              "action de mécénat de compétences, contre 24 % lors de la précédente édition (2021)."),
            P("L'envie d'aller plus loin est forte : près d'un salarié sur deux (48 %) se dit prêt à y consacrer "
              "du temps de travail."),
            P("Le bénévolat hors du temps de travail concerne 2 salariés sur 10, une part stable depuis 2021."),
            P("Les salariés jugent ces actions utiles : ils leur attribuent une note moyenne de 7,2/10 pour leur "
              "utilité sociale."),
            P("Les pages suivantes détaillent ces résultats selon l'âge, le sexe et la taille de l'entreprise, "
              "puis présentent la méthode de l'enquête."),
            FrameBreak(),
            boxed([
                P("Repères : les entreprises et les partenariats", "boxh"),
                P("En février 2016, l'Observatoire des partenariats estimait que 37 % des entreprises de "
                  "10 salariés et plus avaient noué un partenariat avec une association (note du 29 février 2016).",
                  "box"),
                P("Elles n'étaient que 21 % à développer des partenariats en janvier 2011, selon l'étude ARPEA "
                  "Entreprises & Territoires.", "box"),
                P("Le baromètre prolonge ces travaux en donnant la parole aux salariés eux-mêmes.", "box"),
            ], COLW),
            NextPageTemplate("one"),
            PageBreak(),
        ]
        # ---- page 2
        chart = Drawing(FULLW, 62 * mm)
        bc = VerticalBarChart()
        bc.x, bc.y, bc.width, bc.height = 30 * mm, 10 * mm, 100 * mm, 44 * mm
        bc.data = [(38, 30, 26)]
        bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, 40, 10
        bc.categoryAxis.categoryNames = ["Moins de 30 ans", "30 à 49 ans", "50 ans et plus"]
        bc.bars[0].fillColor = colors.HexColor("#2e86c1")
        bc.valueAxis.labels.fontName = bc.categoryAxis.labels.fontName = "Helvetica"
        bc.valueAxis.labels.fontSize = bc.categoryAxis.labels.fontSize = 7.5
        chart.add(bc)
        chart.add(String(30 * mm, 58 * mm, nb("Graphique 1 – Mécénat de compétences selon l'âge (en %)"),
                         fontName="Helvetica-Bold", fontSize=8))
        s += [
            P("1. Qui s'engage ? Des écarts marqués selon l'âge", "h1"),
            P("Les salariés de moins de 30 ans sont les plus nombreux à franchir le pas du mécénat de compétences. "
              "Ils sont 38 % à l'avoir déjà pratiqué, soit douze points de plus que leurs aînés de 50 ans et plus. "
              "Cet écart se resserre : il atteignait 17 points en 2021."),
            Spacer(1, 3 * mm),
            P("<b>Tableau 1 – Participation selon la tranche d'âge<super>1</super> (en % des salariés de chaque "
              "tranche)</b>", "small"),
            data_table([
                ["Tranche d'âge", "Mécénat de compétences", "Bénévolat hors temps de travail"],
                ["Moins de 30 ans", "38 %", "15 %"],
                ["30 à 49 ans", "30 %", "19 %"],
                ["50 ans et plus", "26 %", "27 %"],
            ], [60 * mm, 50 * mm, 60 * mm]),
            Spacer(1, 5 * mm),
            chart,
            Spacer(1, 3 * mm),
            P("Le bénévolat suit la pente inverse : 27 % des 50 ans et plus donnent du temps hors travail, contre "
              "15 % des moins de 30 ans. L'âge moyen des bénévoles réguliers dépasse ainsi celui des salariés "
              "engagés dans le mécénat de compétences."),
            Spacer(1, 30 * mm),
            footnote_rule(),
            P("<super>1</super> Base : 412 répondants de moins de 30 ans, 655 de 30 à 49 ans et 445 de 50 ans "
              "et plus.", "foot"),
            NextPageTemplate("p3"),
            PageBreak(),
        ]
        # ---- page 3
        s += [
            P("2. Femmes, hommes, taille d'entreprise", "h1"),
            FrameBreak(),
            P("Les femmes s'engagent davantage que les hommes en dehors du travail. Elles sont 24 % à pratiquer un "
              "bénévolat régulier, contre 17 % des hommes."),
            P("Sur le mécénat de compétences, l'écart s'inverse : 33 % des hommes y ont participé, contre 29 % des "
              "femmes, soit quatre points d'écart."),
            P("La taille de l'entreprise pèse davantage que le sexe. Dans les entreprises de 10 à 49 salariés, "
              "seuls 14 % des salariés ont eu accès à un dispositif de mécénat de compétences. Ils sont 46 % dans "
              "les entreprises de 5 000 salariés et plus."),
            P("Entre les deux, les salariés des ETI (250 à 4 999 salariés) se situent à 35 %."),
            P("Dans les plus petites structures, l'engagement passe plus souvent par des initiatives personnelles "
              "que par un dispositif organisé par l'employeur."),
            FrameBreak(),
            boxed([
                P("Le chiffre à retenir", "boxh"),
                P("Deux tiers des salariés qui ont pratiqué le mécénat de compétences souhaitent renouveler "
                  "l'expérience.", "box"),
                P("Parmi ces volontaires, 58 % accepteraient d'y consacrer une partie de leurs congés.", "box"),
            ], COLW, bg="#fef9e7", border="#b7950b"),
            Spacer(1, 5 * mm),
            P("Lecture : 46 % des salariés des entreprises de 5 000 salariés et plus ont eu accès à un dispositif "
              "de mécénat de compétences.", "small"),
            NextPageTemplate("one"),
            PageBreak(),
        ]
        # ---- page 4
        s += [
            P("3. Méthodologie et repères", "h1"),
            boxed([
                P("Encadré méthodologique", "boxh"),
                P("Enquête en ligne menée du 4 au 22 mars 2024 auprès d'un échantillon de 1 512 salariés "
                  "d'entreprises de 10 salariés et plus, représentatif selon la méthode des quotas (sexe, âge, "
                  "taille d'entreprise, région).", "box"),
                P("Marge d'erreur : 2,5 points au plus.", "box"),
                P("Après contrôle, 61 questionnaires incohérents ont été écartés.", "box"),
            ], FULLW),
            Spacer(1, 5 * mm),
            P("Éditions précédentes", "h2"),
            P("Le baromètre est mené depuis 2018. Les éditions précédentes avaient interrogé 1 020 salariés (2018) "
              "et 1 204 salariés (2021)."),
            P("Cadre légal", "h2"),
            P("Le mécénat de compétences relève de la loi n° 2003-709 du 1<super>er</super> août 2003 relative au "
              "mécénat : l'entreprise bénéficie d'une réduction d'impôt égale à 60 % du coût salarial des "
              "collaborateurs mis à disposition."),
            Spacer(1, 8 * mm),
            P("Contact : Inès Garnier, Sondéa Conseil, 12 rue des Alliances, 75013 Paris – tél. 01 84 88 12 40",
              "small"),
        ]
        return s

    return make_doc("obs-s121-01-enquete-salaries.pdf", story, templates)


# ====================================================================== 02
def doc02():
    def deco(c, d):
        c.saveState()
        c.setFont("Helvetica-Bold", 8)
        c.drawString(20 * mm, H - 12 * mm, nb("PASSERELLES SOLIDAIRES – Note au CA n° 2024-07"))
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 20 * mm, H - 12 * mm, "Séance du 14 novembre 2024")
        c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(20 * mm, 10 * mm, "Document interne – ne pas diffuser")
        c.drawRightString(W - 20 * mm, 10 * mm, "page %d/3" % d.page)
        c.restoreState()

    templates = [PageTemplate(id="one", frames=frames_one("a"), onPage=deco)]

    def story(doc):
        s = [
            P("Note au conseil d'administration", "title"),
            P("<b>Objet :</b> point d'étape au 30 septembre 2024, partenariat Fondation Horizon Commun, décisions "
              "budgétaires 2025"),
            P("<b>Rédaction :</b> C. Vasseur (DG) – <b>Destinataires :</b> membres du CA et du bureau"),
            Spacer(1, 4 * mm),
            P("1. Situation au 30 septembre 2024", "h1"),
            B("Effectif salarié : 23 ETP, dont 4 ETP en contrats aidés<super>*</super> (19 ETP fin 2023)."),
            B("Bénévoles actifs : 140, soit + 12 % par rapport à septembre 2023."),
            B("Budget 2024 réalisé à 96 % au 30/09."),
            B("Charges prévues 2024 : 1,84 M€ ; produits : 1,79 M€ ; déficit prévisionnel : 50 k€."),
            B("Fonds propres : 410 k€ au 31/12/2023."),
            Spacer(1, 4 * mm),
            P("Le déficit s'explique par le décalage du versement de la subvention régionale, attendu en "
              "janvier. Le bureau propose de ne pas puiser dans les fonds propres avant l'AG."),
            Spacer(1, 40 * mm),
            footnote_rule(),
            P("<super>*</super> PEC : parcours emploi compétences.", "foot"),
            PageBreak(),
            P("2. Partenariat avec la Fondation Horizon Commun (convention 2023-2025)", "h1"),
            B("Montant engagé : 300 k€ sur 3 ans, soit 100 k€/an ; 2/3 fléchés sur le programme « Premiers pas »."),
            B("Versé à ce jour : 200 k€ (tranches 2023 et 2024)."),
            B("Bénéficiaires 2024 : 312 jeunes accompagnés (objectif fixé par le CA : 280), dont 41 % de jeunes "
              "femmes."),
            B("Point de vigilance : le rapport intermédiaire conditionne le versement de la 3<super>e</super> "
              "tranche."),
            Spacer(1, 4 * mm),
            boxed([
                P("Rappel", "boxh"),
                P("La Fondation s'inscrit dans la dynamique du Fonds ODD 17, co-créé en 2020 par Le RAMEAU et la "
                  "Fondation TotalEnergies et doté de 1,5 M€ pour une expérimentation sur 3 ans.", "box"),
            ], FULLW),
            Spacer(1, 4 * mm),
            P("Le bureau recommande de présenter au CA de janvier un bilan qualitatif des parcours, en lien avec "
              "les référents de la Fondation."),
            PageBreak(),
            P("3. Décisions soumises au vote du CA", "h1"),
            B("Recruter 1,5 ETP de chargé(e) d'accompagnement au 1<super>er</super> février 2025 ; coût annuel "
              "chargé : 68 k€.", bullet="D1"),
            B("Porter la cotisation annuelle à 30 € (au lieu de 25 €), à compter de l'AG 2025.", bullet="D2"),
            B("Arrêter le budget 2025 à 1,95 M€, en hausse de 6 % par rapport à 2024.", bullet="D3"),
            Spacer(1, 3 * mm),
            P("4. Échéances", "h1"),
            B("Prochain CA : jeudi 23 janvier 2025, 18 h 30, salle 2."),
            B("Rapport intermédiaire à la Fondation : avant le 31 mars 2025."),
            B("AG ordinaire : samedi 14 juin 2025."),
            Spacer(1, 3 * mm),
            P("Rappel du quorum", "h2"),
            P("Le CA compte 14 administrateurs ; 9 étaient présents ou représentés lors de la séance du "
              "19 septembre 2024."),
            Spacer(1, 20 * mm),
            P("Passerelles Solidaires – association loi 1901 – 8, place du Marché, 49300 Villeneuve-sur-Maine – "
              "tél. 02 41 55 30 12", "small"),
        ]
        return s

    return make_doc("obs-s121-02-note-ca.pdf", story, templates)


# ====================================================================== 03
def doc03():
    printed = {1: "12", 2: "13", 3: "14", 4: "15"}

    def deco(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(20 * mm, H - 12 * mm,
                     nb("Évaluation d'impact du programme Tremplin Compétences – Rapport final – juin 2024"))
        c.line(20 * mm, H - 14 * mm, W - 20 * mm, H - 14 * mm)
        c.drawString(20 * mm, 10 * mm, "Cabinet Évalia pour Réseau Ancrages")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(W - 20 * mm, 10 * mm, printed[d.page])
        c.restoreState()

    templates = [
        PageTemplate(id="one", frames=frames_one("a"), onPage=deco),
        PageTemplate(id="two", frames=frames_two("b", 14 * mm), onPage=deco),
    ]

    def story(doc):
        s = [
            P("Chapitre 3 – Les effets du programme", "title"),
            P("3.1 Des bénéficiaires plus proches de l'emploi durable", "h1"),
            P("L'évaluation compare 186 bénéficiaires du programme à 214 jeunes d'un groupe de comparaison, suivis "
              "par les mêmes missions locales."),
            P("Entre l'entrée dans le programme (janvier 2022) et la mesure finale (juin 2023), la part des "
              "bénéficiaires en emploi durable<super>1</super> est passée de 12 % à 41 %. Sur la même période, "
              "celle des jeunes du groupe de comparaison est passée de 13 % à 29 %."),
            P("Le programme se traduit donc par un gain net de 13 points : 29 points de progression pour les "
              "bénéficiaires, contre 16 points pour le groupe de comparaison."),
            P("Cet effet est obtenu alors que les deux groupes étaient très proches à l'entrée, ce qui conforte la "
              "solidité de la comparaison."),
            Spacer(1, 70 * mm),
            footnote_rule(),
            P("<super>1</super> Emploi durable : CDI ou CDD de 6 mois et plus. Hors 9 jeunes sortis du dispositif "
              "avant son terme.", "foot"),
            PageBreak(),
            P("3.2 Confiance en soi et réseau professionnel", "h1"),
            P("<b>Tableau 3.2 – Indicateurs avant / après, bénéficiaires et groupe de comparaison</b>", "small"),
            data_table([
                ["Indicateur", "Bénéficiaires T0", "Bénéficiaires T2", "Comparaison T0", "Comparaison T2",
                 "Écart net"],
                ["Confiance en soi (note sur 10)", "4,8", "6,9", "5,0", "5,6", "+1,5 pt"],
                ["Réseau professionnel mobilisable (%)", "22", "57", "24", "31", "+28 pts"],
            ], [50 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm]),
            Spacer(1, 2 * mm),
            P("Lecture : 57 % des bénéficiaires déclarent disposer d'un réseau professionnel mobilisable à la fin "
              "du programme, contre 22 % à l'entrée.", "small"),
            Spacer(1, 4 * mm),
            P("L'effet sur la confiance en soi est plus modeste mais significatif au seuil de 5 %. Les bénéficiaires "
              "gagnent 2,1 points sur dix entre T0 et T2."),
            P("Les entretiens qualitatifs confirment ce résultat : les jeunes citent la régularité des rencontres "
              "avec leur mentor comme le premier facteur de confiance."),
            NextPageTemplate("two"),
            PageBreak(),
            P("3.3 Effets sur les entreprises partenaires", "h1"),
            FrameBreak(),
            P("Les 27 entreprises partenaires ont mobilisé 164 salariés mentors. Parmi ces mentors, 71 % estiment "
              "que l'expérience a renforcé leurs compétences managériales, et 8 sur 10 souhaitent poursuivre l'an "
              "prochain."),
            P("3.4 Coûts", "h2"),
            P("Le programme coûte 2 350 € par bénéficiaire, dont 1 400 € pris en charge par les entreprises "
              "partenaires. Son coût total sur 2022-2023 s'élève à 437 100 €."),
            FrameBreak(),
            boxed([
                P("Mise en perspective", "boxh"),
                P("Ces résultats font écho à l'étude IMPACT – Associations & Territoires (programme IMPACT "
                  "2018-2022), selon laquelle 98 % des 148 000 associations employeuses ont des partenariats.",
                  "box"),
            ], COLW, bg="#eafaf1", border="#117a65"),
            NextPageTemplate("one"),
            PageBreak(),
            boxed([
                P("Encadré 3 – Méthodologie de l'évaluation", "boxh"),
                P("Méthode : double différence sur données de panel, avec appariement sur l'âge (18-25 ans), le "
                  "niveau de diplôme et le quartier de résidence.", "box"),
                P("Échantillons : 186 bénéficiaires et 214 jeunes du groupe de comparaison, interrogés lors de "
                  "3 vagues d'enquête (T0 : janvier 2022 ; T1 : janvier 2023 ; T2 : juin 2023).", "box"),
                P("Taux de réponse à T2 : 88 % chez les bénéficiaires, 79 % dans le groupe de comparaison.", "box"),
                P("Précision : intervalle de confiance à 95 %, soit ± 4 points sur le taux d'emploi durable.", "box"),
            ], FULLW),
            Spacer(1, 5 * mm),
            P("Limites", "h2"),
            P("L'attrition a touché 17 % des jeunes suivis entre T0 et T2. Le comité de pilotage s'est réuni 5 fois "
              "entre mars 2022 et septembre 2023."),
            Spacer(1, 10 * mm),
            P("Cabinet Évalia – 14 bis, rue Pasteur – 69007 Lyon – convention d'évaluation n° 2021-0457", "small"),
        ]
        return s

    return make_doc("obs-s121-03-evaluation-impact.pdf", story, templates)


# ====================================================================== 04
def doc04():
    url = "https://www.obs-partenariats.example/ressources/chiffres-cles"

    def deco(c, d):
        c.saveState()
        c.setFont("Helvetica", 7)
        c.drawString(10 * mm, H - 8 * mm, "16/12/2024 09:15")
        c.drawCentredString(W / 2, H - 8 * mm, "Les partenariats en chiffres | Observatoire des partenariats")
        c.drawString(10 * mm, 7 * mm, url)
        c.drawRightString(W - 10 * mm, 7 * mm, "%d/2" % d.page)
        c.restoreState()

    templates = [PageTemplate(id="one", frames=frames_one("a", top=14 * mm, bottom=14 * mm), onPage=deco)]

    def card(big, lab):
        return [Paragraph(nb(big), S["big"]), Paragraph(nb(lab), S["cardlab"])]

    def story(doc):
        menu = Table([[Paragraph(nb(x), S["menu"]) for x in
                       ["Accueil", "L'Observatoire", "Études", "Chiffres clés", "Ressources", "Contact"]]],
                     colWidths=[FULLW / 6] * 6)
        menu.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#1b4f72"))]))
        cw = FULLW / 3
        cards = Table([
            [card("+ de 1 000", "exemples inspirants recensés par Le RAMEAU"),
             card("+ de 500", "organisations associées à des expérimentations depuis 2006"),
             card("87 %", "des maires voient dans les partenariats une source d'innovation "
                          "(PHARE-Institutions, 2016)")],
            [card("69 %", "des Français partagent un « devoir d'alliance » (PHARE-Citoyens, sept. 2015)"),
             card("2,5", "partenaires en moyenne par association (enquête mai-juin 2016)"),
             card("148 000", "associations employeuses (programme IMPACT 2018-2022)")],
        ], colWidths=[cw] * 3)
        cards.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#0e6655")),
            ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.white),
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8f6f3")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]))
        s = [
            P("<b>Observatoire des partenariats</b> – associations · entreprises · collectivités · fondations",
              "subtitle"),
            menu,
            Spacer(1, 3 * mm),
            P("Accueil › Ressources › Chiffres clés", "crumb"),
            P("Les partenariats en chiffres", "title"),
            P("<i>Mis à jour le 12 décembre 2024</i>", "crumb"),
            Spacer(1, 2 * mm),
            P("Créé en 2008 par la Caisse des Dépôts et Le RAMEAU, l'Observatoire des partenariats mesure depuis plus "
              "de quinze ans les alliances entre associations, entreprises, collectivités et fondations."),
            Spacer(1, 2 * mm),
            cards,
            Spacer(1, 5 * mm),
            P("À la une", "h1"),
            P("Le « devoir d'alliance » progresse : 81 % des Français le partagent aujourd'hui, contre 69 % en "
              "septembre 2015."),
            P("Parmi les 13 rapports régionaux du programme PHARE (2016), le 11<super>e</super> était consacré à la "
              "Normandie."),
            P("La proposition de loi sur le droit de l'alliance d'intérêt général s'accompagne d'une « feuille de "
              "route » ministérielle de 21 mesures."),
            PageBreak(),
            P("Dernières publications", "h1"),
            B("IMPACTS & TRAJECTOIRES – Élus locaux (novembre 2024) : 302 maires interrogés par téléphone du "
              "30 septembre au 28 octobre 2024. 91 % voient leur territoire en mouvement, dont 35 % fortement."),
            B("84 % des répondants sont maires de communes de moins de 2 000 habitants.", bullet="–",
              style="bullet"),
            B("Fonds ODD 17 : 350 « catalyseurs territoriaux » mobilisés pour faire vivre l'ODD 17 en territoire."),
            B("Fondation des Territoires : créée le 14 juin 2022 sous l'égide de la Fondation de Lille, avec "
              "21 co-fondateurs."),
            Spacer(1, 5 * mm),
            boxed([
                P("Lettre d'information", "boxh"),
                P("Rejoignez les 4 200 abonnés de notre lettre mensuelle : études, agenda, exemples inspirants.",
                  "box"),
                P("[ Votre adresse e-mail ]  [ Je m'abonne ]", "mono"),
            ], FULLW, bg="#fdedec", border="#922b21"),
            Spacer(1, 10 * mm),
            boxed([
                P("© 2024 Observatoire des partenariats · Mentions légales · Données personnelles · Plan du site · "
                  "Accessibilité : partiellement conforme", "small"),
                P("Nous écrire : 75 rue du Faubourg-Fictif, 75010 Paris · 01 53 24 88 10", "small"),
            ], FULLW, bg="#eaeded", border="#eaeded"),
        ]
        return s

    return make_doc("obs-s121-04-page-web.pdf", story, templates)


# ====================================================================== 05
def doc05():
    printed = {1: "p. 5", 2: "p. 6", 3: "p. 7", 4: "p. 8"}

    def deco(c, d):
        c.saveState()
        c.setFont("Helvetica-Bold", 8)
        c.setFillColor(colors.HexColor("#7d3c98"))
        c.drawString(20 * mm, H - 12 * mm, nb("Observatoire régional de l'ESS – Hautes-Marches"))
        c.drawRightString(W - 20 * mm, H - 12 * mm, "Panorama 2024")
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        c.drawString(20 * mm, 10 * mm, nb("Panorama de l'ESS en Hautes-Marches · édition 2024 · données 2022"))
        c.drawRightString(W - 20 * mm, 10 * mm, printed[d.page])
        c.restoreState()

    templates = [PageTemplate(id="one", frames=frames_one("a"), onPage=deco)]
    hdr = ["Famille / secteur", "Établissements", "Salariés", "ETP", "Masse salariale (M€)"]
    widths = [62 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm]

    def story(doc):
        cw = FULLW / 4
        kf = Table([[
            [Paragraph(nb("6 412"), S["big"]), Paragraph("établissements employeurs", S["cardlab"])],
            [Paragraph(nb("71 840"), S["big"]), Paragraph("salariés", S["cardlab"])],
            [Paragraph(nb("11,8 %"), S["big"]), Paragraph(nb("de l'emploi salarié privé"), S["cardlab"])],
            [Paragraph(nb("2,1 Md€"), S["big"]), Paragraph("de masse salariale brute", S["cardlab"])],
        ]], colWidths=[cw] * 4)
        kf.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f5eef8")),
            ("INNERGRID", (0, 0), (-1, -1), 1.5, colors.white),
            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]))
        chart = Drawing(FULLW, 52 * mm)
        hb = HorizontalBarChart()
        hb.x, hb.y, hb.width, hb.height = 40 * mm, 8 * mm, 100 * mm, 34 * mm
        hb.data = [(2.9, 5.5, 13.7, 77.9)]
        hb.valueAxis.valueMin, hb.valueAxis.valueMax, hb.valueAxis.valueStep = 0, 80, 20
        hb.categoryAxis.categoryNames = ["Fondations", "Mutuelles", "Coopératives", "Associations"]
        hb.bars[0].fillColor = colors.HexColor("#7d3c98")
        hb.valueAxis.labels.fontName = hb.categoryAxis.labels.fontName = "Helvetica"
        hb.valueAxis.labels.fontSize = hb.categoryAxis.labels.fontSize = 7.5
        chart.add(hb)
        chart.add(String(40 * mm, 47 * mm, nb("Graphique 2 – Répartition des salariés de l'ESS par famille (en %)"),
                         fontName="Helvetica-Bold", fontSize=8))
        s = [
            P("Panorama de l'économie sociale et solidaire en Hautes-Marches", "title"),
            P("Édition 2024 – données au 31 décembre 2022", "subtitle"),
            kf,
            Spacer(1, 5 * mm),
            P("Fin 2022, l'économie sociale et solidaire employait 71 840 salariés en Hautes-Marches, soit 11,8 % de "
              "l'emploi salarié privé de la région, contre 10,5 %<super>1</super> en France. Ses 6 412 établissements "
              "employeurs ont versé 2,1 milliards d'euros de rémunérations brutes."),
            P("Entre 2015 et 2022, l'emploi de l'ESS a progressé de 7,4 %, soit près de 4 950 postes "
              "supplémentaires, un rythme supérieur à celui du reste du privé (+ 5,2 %)."),
            P("Son poids est plus fort dans les communes de moins de 3 500 habitants, où elle représente 17,3 % de "
              "l'emploi salarié privé."),
            P("Cette 5<super>e</super> édition succède à celle de 2019 (données 2017), qui dénombrait 68 300 "
              "salariés."),
            Spacer(1, 60 * mm),
            footnote_rule(),
            P("<super>1</super> France entière hors Mayotte, même source.", "foot"),
            PageBreak(),
            P("L'emploi par famille et par secteur", "h1"),
            P("<b>Tableau 1 – Emploi dans l'ESS par famille et secteur d'activité au 31/12/2022 (1/2)</b>", "small"),
            data_table([
                hdr,
                ["Associations", "5 318", "55 960", "47 230", "1 512,6"],
                ["dont action sociale sans hébergement", "1 204", "18 750", "15 980", "468,3"],
                ["dont sport, arts et loisirs", "1 786", "6 120", "4 010", "104,9"],
            ], widths, bold_rows=(1,), indent_rows=(2, 3)),
            Spacer(1, 2 * mm),
            P("Champ : établissements employeurs hors agriculture et administrations publiques. Source : Insee, "
              "Flores 2022 ; traitement Observatoire régional de l'ESS.", "small"),
            Spacer(1, 4 * mm),
            P("Les associations concentrent l'essentiel des emplois de l'ESS régionale, en particulier dans "
              "l'action sociale, l'enseignement et la santé."),
            PageBreak(),
            P("<b>Tableau 1 (suite) – Emploi dans l'ESS par famille et secteur d'activité au 31/12/2022 (2/2)</b>",
              "small"),
            data_table([
                hdr,
                ["Coopératives", "742", "9 870", "9 310", "384,2"],
                ["dont banques coopératives", "318", "5 460", "5 220", "236,8"],
                ["Mutuelles", "261", "3 940", "3 720", "151,7"],
            ], widths, bold_rows=(1, 3), indent_rows=(2,)),
            Spacer(1, 2 * mm),
            P("Fondations et ensemble de l'ESS : voir p. 8.", "small"),
            Spacer(1, 6 * mm),
            chart,
            P("Les coopératives sont surtout présentes dans la banque, le commerce et l'agroalimentaire ; les "
              "mutuelles, dans l'assurance et la santé.", "body"),
            PageBreak(),
            P("<b>Tableau 1 (fin)</b>", "small"),
            data_table([
                hdr,
                ["Fondations", "91", "2 070", "s", "s"],
                ["Ensemble de l'ESS", "6 412", "71 840", "62 120", "2 101,0"],
            ], widths, bold_rows=(2,)),
            P("s : secret statistique.", "small"),
            Spacer(1, 5 * mm),
            P("Évolutions 2015-2022 et poids dans l'emploi salarié privé", "h1"),
            P("<b>Tableau 2 – Évolution de l'emploi et part dans l'emploi salarié privé, par famille</b>", "small"),
            data_table([
                ["Famille", "Évolution de l'emploi 2015-2022", "Part dans l'emploi privé 2022"],
                ["Associations", "+ 7,1 %", "9,2 %"],
                ["Coopératives", "+ 12,8 %", "1,6 %"],
                ["Mutuelles", "– 3,4 %", "0,6 %"],
            ], [62 * mm, 54 * mm, 54 * mm]),
            Spacer(1, 4 * mm),
            P("Note : l'ESS est définie par la loi n° 2014-856 du 31 juillet 2014 ; le périmètre retenu est celui "
              "de l'Insee.", "small"),
        ]
        return s

    return make_doc("obs-s121-05-panorama-ess.pdf", story, templates)


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05):
        print(f())
