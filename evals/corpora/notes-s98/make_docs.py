"""Générateur déterministe du corpus fictif notes-s98 (Observatoire des partenariats).

Usage : python make_docs.py [dossier_de_sortie]
Écrit cinq PDF (obs-s98-0K-<forme>.pdf) et vérifie le nombre de pages de chacun.
Aucune date ni aucun hasard : rl_config.invariant = 1.
"""
import os
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Frame, FrameBreak, HRFlowable, NextPageTemplate, PageBreak,
    PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.graphics.shapes import Drawing, String  # noqa: E402
from reportlab.graphics.charts.barcharts import VerticalBarChart  # noqa: E402

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONTDIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONTDIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FONTDIR + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVSI", FONTDIR + "DejaVuSerif-Italic.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402
registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")
registerFontFamily("DVS", normal="DVS", bold="DVSB", italic="DVSI", boldItalic="DVSB")

W, H = A4
M = 2 * cm
GREEN = colors.HexColor("#2f6b3a")
LIGHT = colors.HexColor("#e8f1e6")
GREY = colors.HexColor("#555555")

body = ParagraphStyle("body", fontName="DVS", fontSize=10.4, leading=14.6, alignment=TA_JUSTIFY, spaceAfter=5)
small = ParagraphStyle("small", parent=body, fontName="DV", fontSize=7.6, leading=9.8, spaceAfter=2,
                       alignment=0)
h1 = ParagraphStyle("h1", fontName="DVB", fontSize=17, leading=21, textColor=GREEN, spaceAfter=8)
h2 = ParagraphStyle("h2", fontName="DVB", fontSize=11.5, leading=14.5, textColor=GREEN, spaceBefore=6,
                    spaceAfter=4)
h3 = ParagraphStyle("h3", fontName="DVB", fontSize=9.8, leading=12.5, spaceBefore=4, spaceAfter=2)
chapo = ParagraphStyle("chapo", parent=body, fontName="DVSI", fontSize=10.4, leading=14.2)
cell = ParagraphStyle("cell", fontName="DV", fontSize=8.4, leading=10.6)
cellb = ParagraphStyle("cellb", parent=cell, fontName="DVB")
boxs = ParagraphStyle("box", fontName="DV", fontSize=8.8, leading=11.8, spaceAfter=3)
bigfig = ParagraphStyle("bigfig", fontName="DVB", fontSize=19, leading=23, textColor=GREEN, alignment=TA_CENTER)
bigcap = ParagraphStyle("bigcap", fontName="DV", fontSize=8.2, leading=10.4, alignment=TA_CENTER)
faqq = ParagraphStyle("faqq", fontName="DVB", fontSize=10.2, leading=13, textColor=GREEN, spaceBefore=7,
                      spaceAfter=3)


def P(t, s=body):
    return Paragraph(t, s)


def box(items, width=None, bg=LIGHT):
    t = Table([[items]], colWidths=[width] if width else None)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg), ("BOX", (0, 0), (-1, -1), 0.8, GREEN),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def grid(rows, widths, header_rows=1):
    data = [[Paragraph(str(c), cellb if r < header_rows or j == 0 else cell) for j, c in enumerate(row)]
            for r, row in enumerate(rows)]
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GREY),
                           ("BACKGROUND", (0, 0), (-1, header_rows - 1), LIGHT),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


def notes(*lines):
    out = [Spacer(1, 6), HRFlowable(width="35%", thickness=0.5, color=GREY, hAlign="LEFT", spaceAfter=3)]
    out += [P(x, small) for x in lines]
    return out


class Doc(BaseDocTemplate):
    def __init__(self, path, header, footer, first_printed, cover_unnumbered=False, first="one"):
        super().__init__(path, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=2.4 * cm,
                         bottomMargin=2.2 * cm, title="", author="", subject="", creator="", producer="")
        self.header, self.footer = header, footer
        self.first_printed, self.cover_unnumbered = first_printed, cover_unnumbered
        fw, fh = W - 2 * M, H - self.topMargin - self.bottomMargin
        gap = 0.7 * cm
        cw = (fw - gap) / 2
        one = Frame(M, self.bottomMargin, fw, fh, id="one", leftPadding=0, rightPadding=0,
                    topPadding=0, bottomPadding=0)
        left = Frame(M, self.bottomMargin, cw, fh, id="l", leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)
        right = Frame(M + cw + gap, self.bottomMargin, cw, fh, id="r", leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        # page « mixte » : bandeau pleine largeur en haut, puis deux colonnes
        top_h = 4.9 * cm
        topf = Frame(M, H - self.topMargin - top_h, fw, top_h, id="top", leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)
        l2 = Frame(M, self.bottomMargin, cw, fh - top_h - 0.3 * cm, id="l2", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
        r2 = Frame(M + cw + gap, self.bottomMargin, cw, fh - top_h - 0.3 * cm, id="r2", leftPadding=0,
                   rightPadding=0, topPadding=0, bottomPadding=0)
        tpls = [PageTemplate("one", [one], onPage=self.deco),
                PageTemplate("two", [left, right], onPage=self.deco),
                PageTemplate("mixed", [topf, l2, r2], onPage=self.deco)]
        tpls.sort(key=lambda t: t.id != first)
        self.addPageTemplates(tpls)

    def deco(self, c, doc):
        n = c.getPageNumber()
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(GREY)
        if not (self.cover_unnumbered and n == 1):
            c.drawString(M, H - 1.45 * cm, self.header)
            c.setStrokeColor(GREEN)
            c.setLineWidth(0.6)
            c.line(M, H - 1.6 * cm, W - M, H - 1.6 * cm)
            c.drawString(M, 1.25 * cm, self.footer)
            c.setFont("DVB", 8.5)
            c.drawRightString(W - M, 1.25 * cm, str(self.first_printed + n - 1))
        c.restoreState()


def build(path, header, footer, first_printed, story, expected_pages, cover_unnumbered=False, first="one"):
    doc = Doc(path, header, footer, first_printed, cover_unnumbered, first)
    doc.build(story)
    from pypdf import PdfReader
    n = len(PdfReader(path).pages)
    assert n == expected_pages, (path, n, expected_pages)
    return n


# ---------------------------------------------------------------------------------------------
# (a) Bulletin de veille, 4 pages, deux colonnes
# ---------------------------------------------------------------------------------------------
def doc_bulletin(out):
    s = []
    # --- page 1
    s += [P("Bulletin de veille — Ce que publient les autres", h1),
          P("Études, baromètres et panoramas parus ces derniers mois hors de l'Observatoire. Pour chaque "
            "étude, nous donnons l'année du terrain et celle de la parution, qui diffèrent souvent : un "
            "chiffre de 2023 publié en 2025 reste un chiffre de 2023.", chapo),
          box([P("<b>Mode d'emploi.</b> Les études résumées ici ne sont pas celles de l'Observatoire ; leurs "
                 "méthodes, leurs seuils et leurs populations diffèrent des nôtres. Comparez avec prudence.",
                 boxs)]),
          NextPageTemplate("two"), FrameBreak()]
    s += [P("Brève datée du 6 février 2025", small),
          P("Les petites associations sous tension", h2),
          P("<b>Fondation Sillons</b> — « Petites associations et hausse des coûts » (terrain : automne 2023 ; "
            "parution : février 2024)."),
          P("Sur 1 212 associations sans salarié interrogées<super>1</super>, 61 % disent avoir vu leurs charges "
            "augmenter depuis 2022, et 27 % ont renoncé à au moins une activité. Le loyer est cité en premier par "
            "les associations urbaines, l'assurance par les associations rurales."),
          P("La fondation relève aussi que près d'une association sur cinq envisage de mutualiser ses locaux "
            "avec une autre structure d'ici à 2026."),
          FrameBreak(),
          P("Brève datée du 20 mars 2025", small),
          P("Les maires ruraux plus ouverts", h2),
          P("<b>Institut Ancrages</b> — Baromètre des élus ruraux, 4e vague (terrain : octobre 2023 ; "
            "parution : mars 2024)."),
          P("Parmi les maires de communes de moins de 1 000 habitants, 58 % jugent « utiles » les partenariats "
            "avec les entreprises locales, contre 44 % lors de la 3e vague, en 2021. L'institut a interrogé "
            "611 maires au total."),
          ] + notes("<super>1</super> Questionnaire en ligne, quotas par région et par secteur d'activité ; "
                    "résultats non redressés.") + [PageBreak()]
    # --- page 2
    s += [NextPageTemplate("two"),
          P("Brève datée du 2 avril 2025", small),
          P("PME : l'engagement se joue dans la commune", h2),
          P("<b>Cabinet Trame &amp; Cie</b> — « Entreprises et territoires » (terrain : janvier-février 2024 ; "
            "parution : juin 2024)."),
          P("Les dirigeants de PME de 10 à 249 salariés sont 41 % à soutenir une association de leur commune ; "
            "chez ceux des entreprises de taille intermédiaire, la proportion monte à 53 %. Le budget médian "
            "consacré au mécénat local atteint 4 800 € par an."),
          P("Le cabinet note que ce budget a peu bougé depuis sa précédente enquête, parue en 2022."),
          FrameBreak(),
          P("Brève datée du 15 avril 2025", small),
          P("Tiers-lieux : des associations résidentes", h2),
          P("<b>Réseau des tiers-lieux de l'Ouest</b><super>2</super> — « Tiers-lieux et coopérations » "
            "(terrain : 2023 ; parution : janvier 2025)."),
          P("Le réseau recense 214 tiers-lieux répartis sur cinq départements. Deux tiers-lieux sur trois "
            "accueillent au moins une association résidente, et une convention d'occupation dure en moyenne "
            "2,5 ans."),
          ] + notes("<super>2</super> Réseau des tiers-lieux de l'Ouest, 12 rue des Olivettes, 44000 Nantes ; "
                    "tél. 02 40 12 34 56.") + [PageBreak()]
    # --- page 3
    s += [P("Brève datée du 5 mai 2025", small),
          P("Occitanie : un panorama régional", h2),
          P("<b>Observatoire régional de la vie associative d'Occitanie</b> — Panorama 2024 (terrain : printemps "
            "2024 ; parution : décembre 2024)."),
          P("La région compte environ 112 000 associations actives, dont 9 % emploient au moins un salarié. "
            "Un quart des associations employeuses déclarent un partenariat avec une entreprise, soit trois "
            "points de plus qu'en 2020."),
          P("Brève datée du 12 mai 2025", small),
          P("Fondations territoriales : trois ans de suivi", h2),
          P("<b>Chaire Coopérations, université de Lorraine</b> — « Les fondations territoriales » (terrain : "
            "2022-2023 ; parution : septembre 2024)."),
          FrameBreak(),
          P("L'équipe a suivi 36 fondations territoriales pendant trois ans. Leurs dotations vont de 50 000 € à "
            "2,4 M€, et la moitié d'entre elles ont été créées après 2015."),
          P("Brève datée du 22 mai 2025", small),
          P("Mécénat de compétences : une pratique qui progresse", h2),
          P("<b>Collectif Alliances Sud</b> — « Mécénat de compétences » (terrain : novembre 2024 ; parution : "
            "février 2025)."),
          P("Dans les entreprises de plus de 500 salariés, 17 % des salariés ont déjà pris part à un mécénat "
            "de compétences ; ils n'étaient que 11 % en 2019, selon la précédente édition."),
          NextPageTemplate("one"), PageBreak()]
    # --- page 4 : encadré « À lire aussi » et agenda
    s += [
          P("Agenda", h2),
          P("3 juin 2025 — 6e rencontre des catalyseurs territoriaux, à Lyon (69007)."),
          P("17 juin 2025 — webinaire « Mesurer une alliance », inscriptions au 01 84 60 20 30."),
          P("En bref", h2),
          P("Le Fonds ODD 17, doté de 1,5 M€ pour une expérimentation de trois ans, s'appuie désormais sur "
            "350 catalyseurs territoriaux."),
          Spacer(1, 8),
          box([P("<b>À lire aussi — les publications de l'Observatoire</b>", h3),
               P("• <i>IMPACTS &amp; TRAJECTOIRES – Élus locaux</i> (novembre 2024) : 302 maires interrogés par "
                 "téléphone ; 91 % voient leur territoire en mouvement.", boxs),
               P("• <i>IMPACT – Associations &amp; Territoires</i> : 98 % des 148 000 associations employeuses "
                 "ont au moins un partenaire.", boxs),
               P("• <i>Associations &amp; Partenariats</i> (mars 2017, terrain mai-juin 2016) : 2,5 partenaires "
                 "en moyenne par association.", boxs),
               P("• <i>IMPACT – Fondations &amp; Territoires</i> : 42 fondations interrogées.", boxs)]),
          Spacer(1, 10),
          P("Ce bulletin est rédigé par l'équipe de veille de l'Observatoire des partenariats. Les résumés "
            "n'engagent pas les organismes cités. Prochain numéro : juillet 2025.", small)]
    return build(os.path.join(out, "obs-s98-01-bulletin-veille.pdf"),
                 "Observatoire des partenariats · Bulletin de veille n° 31 · printemps 2025",
                 "Bulletin de veille n° 31 — reproduction autorisée avec mention de la source", 9, s, 4,
                 first="mixed")


# ---------------------------------------------------------------------------------------------
# (b) Fiche méthodologique d'enquête, 3 pages
# ---------------------------------------------------------------------------------------------
def doc_fiche(out):
    s = []
    s += [P("Annexe B — Fiche méthodologique", small),
          P("Enquête IMPACTS &amp; TRAJECTOIRES – Élus locaux 2024", h1),
          P("B.1 Carte d'identité de l'enquête", h2),
          grid([["Rubrique", "Contenu"],
                ["Commanditaire", "Observatoire des partenariats (Le RAMEAU)"],
                ["Réalisation", "Institut Qualiterra (nom fictif)"],
                ["Mode de recueil", "Entretiens par téléphone"],
                ["Période de terrain", "Du 30 septembre au 28 octobre 2024"],
                ["Publication", "Novembre 2024"],
                ["Taille de l'échantillon", "302 maires"]], [5 * cm, 12 * cm]),
          Spacer(1, 8),
          P("B.2 Échantillon", h2),
          P("L'échantillon a été construit par la méthode des quotas, croisant la taille de la commune et la "
            "région. Les maires de communes de moins de 2 000 habitants forment 84 % des répondants, une "
            "proportion proche de leur poids réel : ces communes représentent 86 % des communes du pays."),
          P("Le fichier de tirage comptait 34 935 communes ; 1 480 mairies ont été appelées pour obtenir les "
            "entretiens complets."),
          ] + notes("Les numéros des rubriques (B.1 à B.5) renvoient au sommaire de l'annexe.") + [PageBreak()]
    s += [P("B.3 Quotas et redressement", h2),
          P("Le tableau ci-dessous compare l'échantillon brut et l'échantillon redressé selon la taille de la "
            "commune. Le redressement rend aux petites communes leur poids réel."),
          grid([["Taille de la commune", "Entretiens (nombre)", "Échantillon brut", "Après redressement"],
                ["Moins de 500 habitants", "150", "50 %", "55 %"],
                ["De 500 à 1 999 habitants", "104", "34 %", "31 %"],
                ["2 000 habitants et plus", "48", "16 %", "14 %"]],
               [5.6 * cm, 3.6 * cm, 3.6 * cm, 4.2 * cm]),
          Spacer(1, 8),
          P("B.4 Marge d'erreur", h2),
          P("Pour cet échantillon, la marge d'erreur maximale est de plus ou moins 5,6 points, au niveau de "
            "confiance de 95 %. Elle est plus large pour les sous-groupes : elle atteint 14 points pour les "
            "maires des communes de 2 000 habitants et plus."),
          box([P("<b>Lecture.</b> Quand 56 % des maires répondent « oui, ni plus ni moins », la valeur vraie se "
                 "situe, avec une forte probabilité, entre 50 % et 62 %.", boxs)]),
          PageBreak()]
    s += [P("B.5 Questionnaire résumé", h2),
          P("Q1. Diriez-vous que votre territoire est en mouvement ? Oui, fortement : 35 % ; oui, ni plus ni "
            "moins : 56 % ; soit 91 % de réponses positives."),
          P("Q2. Votre commune a-t-elle engagé au moins une action avec une entreprise ou une association "
            "depuis 2020 ? (oui / non)"),
          P("Q3. Sur une échelle de 0 à 10, quelle note donnez-vous à la coopération entre acteurs de votre "
            "territoire ? Note moyenne : 6,4."),
          P("Q4. Quels freins rencontrez-vous ? (question ouverte, codée a posteriori)"),
          Spacer(1, 6),
          P("Rappel des éditions précédentes", h2),
          P("En novembre 2020, l'étude IMPACT-Élus locaux (Comisis-OpinionWay) avait montré que 64 % des élus "
            "locaux voulaient s'appuyer sur le « jouer collectif »."),
          P("Contact presse : Marion Lebrun (personne fictive), 01 84 60 20 31.", small)]
    return build(os.path.join(out, "obs-s98-02-fiche-methodologique.pdf"),
                 "Rapport IMPACTS & TRAJECTOIRES – Élus locaux · Annexe B",
                 "Observatoire des partenariats — fiche méthodologique", 41, s, 3)


# ---------------------------------------------------------------------------------------------
# (c) Éditorial suivi d'une foire aux questions, 3 pages
# ---------------------------------------------------------------------------------------------
def doc_faq(out):
    s = [P("Éditorial", h1),
         P("Le devoir d'alliance, dix ans après", h2),
         P("En septembre 2015, 69 % des Français estimaient déjà que les alliances entre associations, "
           "entreprises et pouvoirs publics étaient un devoir. Aujourd'hui, 81 % des Français parlent de « devoir "
           "d'alliance », 92 % des maires d'un « besoin d'alliance » et 84 % des dirigeants d'entreprise d'une "
           "« envie d'alliance »."),
         P("Ces chiffres ne tombent pas du ciel. Le RAMEAU, créé en 2006, a mené depuis sa création des "
           "expérimentations auprès de plus de 500 organisations, et l'Observatoire publie ses enquêtes depuis "
           "2008<super>1</super>. Chaque édition a été l'occasion de vérifier, sur le terrain, ce que les "
           "sondages laissaient entrevoir."),
         P("Reste une difficulté : 46 % des maires reconnaissent ne pas savoir piloter ces alliances, alors "
           "même que 76 % d'entre eux jugent leur territoire engagé. C'est à eux que s'adresse d'abord la foire "
           "aux questions qui suit."),
         Spacer(1, 6),
         P("Hélène Marchetti (personne fictive), déléguée de l'Observatoire — Paris, le 14 mars 2025", small),
         ] + notes("<super>1</super> Certains documents anciens datent de 2007 la création de l'Observatoire "
                   "national des partenariats.") + [PageBreak()]
    s += [P("Foire aux questions", h1),
          P("1. Combien d'associations employeuses ont des partenaires ?", faqq),
          P("Selon l'étude IMPACT – Associations &amp; Territoires (programme IMPACT 2018-2022), 98 % des "
            "148 000 associations employeuses ont au moins un partenaire. Les collectivités territoriales arrivent "
            "en tête (89 %), devant les structures d'intérêt général (73 %) et les établissements scolaires "
            "(70 %)."),
          P("2. Quelle part des maires voient leur territoire en mouvement ?", faqq),
          P("Ils sont 91 % parmi les 302 maires interrogés à l'automne 2024 : 35 % répondent « fortement » et "
            "56 % « ni plus ni moins »."),
          P("3. Combien de partenaires une association a-t-elle en moyenne ?", faqq),
          P("2,5. C'est la moyenne mesurée par l'enquête Associations &amp; Partenariats, conduite en mai-juin "
            "2016 auprès de plus de 1 380 responsables associatifs et publiée en mars 2017."),
          PageBreak()]
    s += [P("4. Quelle part des entreprises sont engagées ?", faqq),
          P("La note du 29 février 2016 chiffre à 37 % la part des entreprises d'au moins 10 salariés qui ont un "
            "partenariat avec une association. Côté associatif, la part est de 38 % pour l'ensemble des "
            "associations et de 53 % pour les associations employeuses."),
          P("5. Les chiffres ont-ils changé depuis ARPEA ?", faqq),
          P("Peu. 86 % des Français jugeaient urgent de créer des partenariats en 2008 ; ils étaient encore 84 % "
            "en 2012. En janvier 2011, seules 21 % des entreprises développaient des partenariats, 33 % "
            "souhaitaient le faire et 46 % ne le souhaitaient pas."),
          P("6. Ces alliances ont-elles un cadre juridique ?", faqq),
          P("Oui, en partie : la loi relative à l'économie sociale et solidaire<super>2</super> reconnaît les "
            "coopérations, et une proposition de loi sur le « droit de l'alliance d'intérêt général » a été "
            "déposée. La feuille de route ministérielle qui l'accompagne compte 21 mesures."),
          ] + notes("<super>2</super> Loi n° 2014-856 du 31 juillet 2014 relative à l'économie sociale et "
                    "solidaire.")
    return build(os.path.join(out, "obs-s98-03-editorial-faq.pdf"),
                 "Observatoire des partenariats · La lettre · mars 2025",
                 "La lettre de l'Observatoire — éditorial et questions fréquentes", 3, s, 3)


# ---------------------------------------------------------------------------------------------
# (d) Comparatif, 3 pages : colonnes = régions ou pays
# ---------------------------------------------------------------------------------------------
def chart():
    d = Drawing(460, 150)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 45, 25, 390, 105
    bc.data = [(55, 61, 52, 57)]
    bc.categoryAxis.categoryNames = ["Normandie", "Bretagne", "Grand Est", "France"]
    bc.categoryAxis.labels.fontName = "DV"
    bc.categoryAxis.labels.fontSize = 7.5
    bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, 70, 10
    bc.valueAxis.labels.fontName = "DV"
    bc.valueAxis.labels.fontSize = 7.5
    bc.bars[0].fillColor = GREEN
    d.add(bc)
    d.add(String(45, 140, "Graphique 1 – Part des associations employeuses partenaires d'une entreprise en 2024",
                 fontName="DV", fontSize=7.5))
    return d


def doc_comparatif(out):
    s = [P("Comparatif — Régions et pays", h1),
         P("Les partenariats entre associations et entreprises ne progressent pas au même rythme partout. Le "
           "11e rapport régional, consacré à la Normandie, a ouvert la voie à ces comparaisons ; cette note "
           "les prolonge avec des données régionales et étrangères."),
         P("Tableau 1 – Part des associations employeuses ayant au moins un partenariat avec une entreprise (%)",
           h3),
         grid([["Année", "Normandie", "Bretagne", "Grand Est", "France"],
               ["2016", "49", "56", "47", "53"],
               ["2024", "55", "61", "52", "57"]], [3 * cm, 3.5 * cm, 3.5 * cm, 3.5 * cm, 3.5 * cm]),
         P("Sources : note de l'Observatoire du 29 février 2016 pour la France en 2016 ; panels régionaux "
           "(fictifs) pour les autres cases.", small),
         Spacer(1, 6),
         P("En 2024, la Bretagne dépasse la moyenne nationale de 4 points, quand le Grand Est reste en "
           "dessous."),
         Spacer(1, 4),
         chart()]
    s += [PageBreak(),
          P("Tableau 2 – Comparaison internationale (dernière année disponible)", h3),
          grid([["Indicateur", "France", "Belgique", "Québec"],
                ["Année d'enquête", "2016", "2022", "2023"],
                ["Entreprises partenaires d'au moins une association", "37 %", "29 %", "44 %"],
                ["Budget médian d'un partenariat", "6 500 €", "5 200 €", "8 100 €"],
                ["Durée moyenne d'un partenariat", "3,2 ans", "2,8 ans", "4,1 ans"]],
               [7 * cm, 3.3 * cm, 3.3 * cm, 3.4 * cm]),
          Spacer(1, 6),
          P("Le Québec devance la France de 7 points sur la part d'entreprises partenaires. La comparaison reste "
            "fragile : en France, l'enquête porte sur les entreprises d'au moins 10 salariés, en Belgique sur "
            "celles d'au moins 5 salariés, et au Québec sur toutes les entreprises inscrites au registre."),
          ] + notes("Sources : Observatoire des partenariats (note du 29 février 2016) ; baromètre de la Fondation "
                    "Wallonie-Bruxelles Solidaires (organisme fictif) ; Réseau québécois des alliances (organisme "
                    "fictif). Montants québécois convertis en euros au taux moyen de l'année d'enquête.")
    s += [PageBreak(),
          P("Tableau 3 – Impact perçu des partenariats, note sur 10 (PHARE-Citoyens, septembre 2015)", h3),
          grid([["Domaine", "Hauts-de-France", "Nouvelle-Aquitaine", "Ensemble des répondants"],
                ["Emploi", "7,3", "6,9", "7,1"],
                ["Sécurité", "6,8", "6,4", "6,6<super>1</super>"],
                ["Environnement", "6,1", "6,5", "6,3"]],
               [4.4 * cm, 4 * cm, 4.2 * cm, 4.4 * cm]),
          Spacer(1, 6),
          P("Plus de 2 000 personnes ont été interrogées pour PHARE-Citoyens. Les écarts entre régions restent "
            "faibles, sauf pour la sécurité, jugée plus favorablement dans les Hauts-de-France."),
          ] + notes("<super>1</super> Sécurité : 6,6/10 dans la publication des résultats ; une autre présentation "
                    "de la même enquête indique 7/10.")
    return build(os.path.join(out, "obs-s98-04-comparatif.pdf"),
                 "Observatoire des partenariats · Comparatif régions et pays · édition 2025",
                 "Comparatif — les notes régionales sont fictives", 27, s, 3)


# ---------------------------------------------------------------------------------------------
# (e) Rétrospective « dix ans d'alliances », 4 pages
# ---------------------------------------------------------------------------------------------
def doc_retro(out):
    kf = Table([[P("+ de 1 000", bigfig), P("21", bigfig), P("19", bigfig)],
                [P("exemples inspirants recensés par Le RAMEAU", bigcap),
                 P("co-fondateurs de la Fondation des Territoires", bigcap),
                 P("cibles pour l'ODD 17", bigcap)]], colWidths=[5.6 * cm] * 3)
    kf.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    s = [Spacer(1, 2.5 * cm),
         P("Rapport annuel 2025 — chapitre 4", small),
         P("Dix ans d'alliances", ParagraphStyle("t", parent=h1, fontSize=30, leading=36)),
         P("Rétrospective 2015-2025 de l'Observatoire des partenariats", chapo),
         Spacer(1, 1 * cm), kf, Spacer(1, 1 * cm),
         P("Il y a dix ans paraissait le premier volet du programme PHARE. Depuis, l'Observatoire a multiplié les "
           "enquêtes, les rapports régionaux et les outils. Ce chapitre retrace ce chemin, année par année, et "
           "rappelle les chiffres de chaque édition avec leur date.", chapo),
         NextPageTemplate("two"), PageBreak()]
    s += [
          P("4.1 La chronologie", h2),
          P("<b>2015.</b> Le programme PHARE publie ses volets Citoyens (septembre), Entreprises (octobre) et "
            "Associations (novembre). Plus de 2 000 personnes sont interrogées pour le volet Citoyens : 69 % des "
            "Français y voient un « devoir d'alliance », et l'emploi reçoit la meilleure note, 7,1/10."),
          P("<b>2016.</b> Treize rapports régionaux paraissent, suivis en juillet des diagnostics sectoriels. Le "
            "29 novembre, PHARE-Institutions dresse cinq profils de maires ; 87 % d'entre eux voient dans les "
            "partenariats une source d'innovation."),
          FrameBreak(),
          P("<b>2017.</b> L'étude Associations &amp; Partenariats, conduite en 2016 auprès de plus de 1 380 "
            "responsables, paraît en mars. 74 % des associations citent les collectivités parmi leurs partenaires, "
            "28 % les entreprises."),
          P("Le budget pèse lourd : les associations dont le budget dépasse 150 000 € sont 50 % à travailler avec "
            "une entreprise, contre 20 % pour celles de moins de 10 000 €."),
          P("<b>2018.</b> Le programme IMPACT, lancé en novembre 2017, s'ouvre pour cinq ans avec la Caisse des "
            "Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste et la Fondation TOTAL."),
          NextPageTemplate("one"), PageBreak()]
    s += [
          P("4.2 Les étapes depuis 2018, en liste", h2),
          P("• <b>2018</b> — Parcours d'expérience avec le CGET : 11 territoires pionniers s'engagent pour "
            "18 mois<super>2</super>."),
          P("• <b>7 mai 2020</b> — Remise du rapport de la mission ministérielle sur les alliances."),
          P("• <b>2020</b> — Création du Fonds ODD 17 : 1,5 M€ sur 3 ans, au service de 350 catalyseurs "
            "territoriaux."),
          P("• <b>30 novembre 2021</b> — Lancement de la Charte du faire alliance à Saint-Maurice, après trois mois "
            "de co-construction<super>3</super>."),
          P("• <b>14 juin 2022</b> — Naissance de la Fondation des Territoires, sous l'égide de la Fondation de "
            "Lille."),
          P("• <b>Novembre 2024</b> — IMPACTS &amp; TRAJECTOIRES – Élus locaux : 302 maires interrogés, dont "
            "91 % voient leur territoire en mouvement."),
          ] + notes("<super>2</super> D'autres présentations du même parcours parlent de 10 territoires pilotes.",
                    "<super>3</super> Une page ministérielle date ce lancement du mardi 30 septembre.") + [
          PageBreak()]
    s += [P("4.3 Dix ans de chiffres : ce qui a bougé", h2),
          grid([["Indicateur", "ARPEA 2008", "ARPEA 2012", "PHARE 2015-2016", "IMPACT 2018-2022"],
                ["Français jugeant urgent de créer des partenariats", "86 %", "84 %", "–", "–"],
                ["Français parlant de « devoir d'alliance »", "–", "–", "69 %", "81 %"],
                ["Maires voyant les partenariats comme source d'innovation", "–", "–", "87 %", "87 %"]],
               [6.2 * cm, 2.5 * cm, 2.5 * cm, 2.9 * cm, 2.9 * cm]),
          Spacer(1, 8),
          P("En dix ans d'enquêtes, la part des Français qui parlent de devoir d'alliance a gagné 12 points, de "
            "69 % à 81 %. Celle des maires qui voient une source d'innovation dans les partenariats n'a pas "
            "bougé."),
          P("Prochaine édition de la rétrospective : 2026. Rédaction : Julien Ferrand (personne fictive).", small)]
    return build(os.path.join(out, "obs-s98-05-retrospective.pdf"),
                 "Observatoire des partenariats · Rapport annuel 2025 · chapitre 4",
                 "Rétrospective 2015-2025", 57, s, 4, cover_unnumbered=True)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    total = 0
    for f in (doc_bulletin, doc_fiche, doc_faq, doc_comparatif, doc_retro):
        total += f(out)
    assert 16 <= total <= 18, total
    print(f"{total} pages écrites dans {out}")


if __name__ == "__main__":
    main()
