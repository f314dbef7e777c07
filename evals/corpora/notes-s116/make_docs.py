# -*- coding: utf-8 -*-
"""Corpus fictif notes-s116 : cinq PDF « à la manière » des publications de l'Observatoire des partenariats.

Script déterministe : rl_config.invariant = 1, métadonnées (titre, auteur, sujet, créateur, producteur) vides,
polices de base (Helvetica, non embarquées), aucune date ni aléa. Deux exécutions donnent des fichiers identiques.

Usage : /work/main/.venv/bin/python make_docs.py      (écrit les PDF dans le dossier du script)
"""
import os
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4

# --------------------------------------------------------------------------- styles
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, spaceAfter=3)
NOTE = ParagraphStyle("note", parent=BODY, fontName="Helvetica-Oblique", fontSize=8, leading=10, spaceAfter=3)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=16, leading=19, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=11.5, leading=14, spaceBefore=4,
                    spaceAfter=5)
H3 = ParagraphStyle("h3", parent=BODY, fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceAfter=3)
BIG = ParagraphStyle("big", parent=BODY, fontName="Helvetica-Bold", fontSize=40, leading=44, alignment=TA_CENTER,
                     textColor=colors.HexColor("#b03a2e"), spaceAfter=4)
CENTER = ParagraphStyle("center", parent=BODY, alignment=TA_CENTER)
QUOTE = ParagraphStyle("quote", parent=BODY, fontName="Helvetica-Oblique", leftIndent=10, rightIndent=6,
                       textColor=colors.HexColor("#333333"))
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=10, bulletIndent=0, spaceAfter=3)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")

ACCENT = {1: "#1f5f8b", 2: "#2e6b3a", 3: "#7a3e8e", 4: "#8b5a1f", 5: "#1f7a7a"}


NBSP = "&nbsp;"


def typo(text):
    """Espaces insécables à la française : milliers, avant %, €, k€, M€, dans les guillemets."""
    text = re.sub(r"(\d) (?=\d{3}(?!\d))", r"\1" + NBSP, text)
    text = re.sub(r"(\d) (?=%|\u20ac|k\u20ac|M\u20ac)", r"\1" + NBSP, text)
    text = text.replace("\u00ab ", "\u00ab" + NBSP).replace(" \u00bb", NBSP + "\u00bb")
    return text


def P(text, style=BODY):
    return Paragraph(typo(text), style)


def B(text):
    return Paragraph(typo(text), BULLET, bulletText="\u2013")


def boxed(flowables, width, bg="#f2f2f2", border="#888888", pad=6):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(border)),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]))
    return t


def table(rows, widths, header_rows=1, bold_last=False, align_right_from=1):
    data = []
    for i, row in enumerate(rows):
        st = CELLB if (i < header_rows or (bold_last and i == len(rows) - 1)) else CELL
        data.append([Paragraph(typo(str(c)), st) for c in row])
    t = Table(data, colWidths=widths, repeatRows=0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e6e6e6")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    t.setStyle(TableStyle(style))
    return t


class Doc:
    """Un PDF construit page par page : chaque page reçoit ses cadres et leur contenu ; rien ne doit déborder."""

    def __init__(self, name, accent):
        self.path = os.path.join(HERE, name)
        self.c = rl_canvas.Canvas(self.path, pagesize=A4, invariant=1, pageCompression=1)
        for setter in (self.c.setTitle, self.c.setAuthor, self.c.setSubject, self.c.setCreator,
                       self.c.setProducer, self.c.setKeywords):
            setter("")
        self.accent = colors.HexColor(accent)
        self.n = 0

    def page(self, header_left, header_right, footer_left, footer_right, frames, footnotes=()):
        c = self.c
        self.n += 1
        # bandeau de tête
        c.setFillColor(self.accent)
        c.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(15 * mm, H - 9 * mm, header_left)
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 15 * mm, H - 9 * mm, header_right)
        # contenu
        for (x, y, w, h), flows in frames:
            fr = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, showBoundary=0)
            flows = list(flows)
            fr.addFromList(flows, c)
            if flows:
                raise SystemExit(f"{os.path.basename(self.path)} p.{self.n} : débordement de cadre ({len(flows)} "
                                 f"éléments restants)")
        # notes de bas de page : filet court puis notes, juste au-dessus du pied
        if footnotes:
            flows = [Paragraph(typo(t), SMALL) for t in footnotes]
            hgt = sum(f.wrap(FULLW, H)[1] + 3 for f in flows)
            y = 18 * mm
            c.setStrokeColor(colors.HexColor("#777777"))
            c.setLineWidth(0.5)
            c.line(LM, y + hgt + 2, LM + 40 * mm, y + hgt + 2)
            fr = Frame(LM, y, FULLW, hgt + 1, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            fr.addFromList(flows, c)
            assert not flows
        # pied de page
        c.setStrokeColor(self.accent)
        c.setLineWidth(0.6)
        c.line(15 * mm, 14 * mm, W - 15 * mm, 14 * mm)
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont("Helvetica", 7.5)
        c.drawString(15 * mm, 9 * mm, footer_left)
        c.drawRightString(W - 15 * mm, 9 * mm, footer_right)
        c.showPage()

    def save(self):
        self.c.save()


# zones utiles
LM = 15 * mm
TOP = H - 20 * mm
BOT = 18 * mm
FULLW = W - 2 * LM
GAP = 7 * mm
COLW = (FULLW - GAP) / 2


def full(y_top, y_bot):
    return (LM, y_bot, FULLW, y_top - y_bot)


def col(i, y_top, y_bot):
    return (LM + i * (COLW + GAP), y_bot, COLW, y_top - y_bot)


# =========================================================================== 1. lettre d'un réseau
def doc1():
    d = Doc("obs-s116-01-lettre-reseau.pdf", "#1f5f8b")
    hl, hr = "LA LETTRE DE TRAME \u2013 n\u00b0 58", "mars 2025"
    fl = "R\u00e9seau Trame solidaire des Deux-Vall\u00e9es \u2013 lettre mensuelle aux adh\u00e9rents"

    # ---- page 1
    top = [
        P("La Lettre de Trame", H1),
        P("Le r\u00e9seau des associations des Deux-Vall\u00e9es \u2013 \u00e9dition de mars 2025", SMALL),
        Spacer(1, 4),
        boxed([
            P("LE CHIFFRE DU MOIS", ParagraphStyle("k", parent=H3, alignment=TA_CENTER)),
            P("98 %", BIG),
            P("des associations employeuses d\u00e9clarent au moins un partenariat, selon l'\u00e9tude "
              "IMPACT \u2013 Associations &amp; Territoires de l'Observatoire des partenariats.", CENTER),
            P("Elles sont 148 000 en France.", CENTER),
        ], FULLW, bg="#fbeeee", border="#b03a2e", pad=8),
    ]
    left = [
        P("Br\u00e8ves", H2),
        P("Alliances locales : notre barom\u00e8tre", H3),
        P("Sur les 212 associations adh\u00e9rentes du r\u00e9seau, 131 ont r\u00e9pondu \u00e0 notre "
          "questionnaire de l'automne 2024. Parmi les r\u00e9pondantes, pr\u00e8s de deux sur trois (64 %) "
          "travaillent d\u00e9j\u00e0 avec leur commune, et 27 % avec au moins une entreprise du territoire."),
        P("Les r\u00e9sultats d\u00e9taill\u00e9s seront pr\u00e9sent\u00e9s \u00e0 l'assembl\u00e9e g\u00e9n\u00e9rale "
          "(voir l'agenda en page 3)."),
    ]
    right = [
        P("&nbsp;", H2),
        P("M\u00e9c\u00e9nat de comp\u00e9tences", H3),
        P("La Caisse solidaire des Mauges a mis 9 de ses salari\u00e9s \u00e0 la disposition de 4 associations "
          "du r\u00e9seau depuis janvier. Une convention type est disponible sur demande."),
        P("Bienvenue", H3),
        P("Le conseil d'administration du 11 f\u00e9vrier a valid\u00e9 l'adh\u00e9sion de l'Atelier v\u00e9lo "
          "des Rives, install\u00e9 au 7 rue du Pont-Neuf."),
    ]
    d.page(hl, hr, fl, "page 1",
           [(full(TOP, TOP - 64 * mm), top),
            (col(0, TOP - 68 * mm, BOT), left), (col(1, TOP - 68 * mm, BOT), right)])

    # ---- page 2 : portrait d'un adhérent
    top = [
        P("Portrait d'adh\u00e9rent : Les Jardins de la Br\u00e8che", H1),
        P("Chantier d'insertion mara\u00eecher \u00e0 Montfaucon-sur-\u00c8vre", SMALL),
    ]
    left = [
        P("Fond\u00e9e en 1998, l'association emploie aujourd'hui 23 salari\u00e9s en insertion et 6 permanents, "
          "\u00e9paul\u00e9s par quelque 140 b\u00e9n\u00e9voles."),
        P("Son budget atteint 1,2 million d'euros en 2024<super>1</super>, dont 38 % de subventions publiques et 11 % de "
          "m\u00e9c\u00e9nat."),
        P("Le taux de sortie positive (emploi ou formation) de ses salari\u00e9s en insertion est de 61 %, contre "
          "54 % en moyenne dans le d\u00e9partement, selon sa pr\u00e9sidente, Odile Marchais."),
        P("Depuis 2019, l'association a accueilli 312 personnes en parcours, dont un tiers de moins de 26 ans."),
        P("\u00ab Le jardin est un pr\u00e9texte : ce que nous cultivons d'abord, ce sont des liens \u00bb, "
          "r\u00e9sume-t-elle."),
    ]
    right = [
        boxed([
            P("L'association en chiffres", H3),
            B("23 salari\u00e9s en insertion"),
            B("6 permanents"),
            B("140 b\u00e9n\u00e9voles"),
            B("1,2 M\u20ac de budget"),
            B("4 200 paniers de l\u00e9gumes livr\u00e9s par an"),
        ], COLW, bg="#eaf2f8", border="#1f5f8b"),
        Spacer(1, 8),
        P("Contact : Les Jardins de la Br\u00e8che, lieu-dit La Br\u00e8che, 49230 Montfaucon-sur-\u00c8vre.", SMALL),
    ]
    d.page(hl, hr, fl, "page 2",
           [(full(TOP, TOP - 22 * mm), top),
            (col(0, TOP - 26 * mm, BOT + 20 * mm), left), (col(1, TOP - 26 * mm, BOT + 20 * mm), right)],
           footnotes=["1 Comptes 2024 approuv\u00e9s par l'assembl\u00e9e g\u00e9n\u00e9rale du 8 f\u00e9vrier 2025."])

    # ---- page 3 : agenda et brèves
    left = [
        P("Agenda", H2),
        B("<b>Jeudi 13 mars 2025, 18 h 30</b> \u2013 Assembl\u00e9e g\u00e9n\u00e9rale du r\u00e9seau, salle des "
          "Tisserands, 2 place du March\u00e9, 49310 Saint-Aubin-des-Rives."),
        B("<b>Mardi 25 mars 2025</b> \u2013 Atelier \u00ab R\u00e9pondre \u00e0 un appel \u00e0 projets \u00bb : "
          "12 places, inscription au 02 41 58 07 36."),
        B("<b>Samedi 5 avril 2025</b> \u2013 3e Forum des alliances locales, avec 40 à 50 exposants attendus."),
        Spacer(1, 6),
        P("Financement", H3),
        P("Le D\u00e9partement a renouvel\u00e9 son soutien au r\u00e9seau pour 2025-2027, \u00e0 hauteur de "
          "45 000 \u20ac par an."),
    ]
    right = [
        P("Rep\u00e8res nationaux", H2),
        P("En 2008, l'\u00e9tude ARPEA de l'Observatoire des partenariats montrait que 86 % des Fran\u00e7ais "
          "jugeaient urgent de cr\u00e9er des partenariats ; en 2012, ils \u00e9taient encore 84 %."),
        P("Aujourd'hui, 92 % des maires expriment un \u00ab besoin d'alliance \u00bb, contre 84 % des dirigeants "
          "d'entreprises qui en ont \u00ab envie \u00bb et 81 % des Fran\u00e7ais qui y voient un "
          "\u00ab devoir \u00bb."),
        Spacer(1, 6),
        boxed([
            P("R\u00e9seau Trame solidaire des Deux-Vall\u00e9es", H3),
            P("14 rue des Tanneurs, 49310 Saint-Aubin-des-Rives", SMALL),
            P("T\u00e9l. 02 41 58 07 36 \u2013 contact@trame-deuxvallees.org", SMALL),
            P("Directrice de la publication : Claire Voisin", SMALL),
        ], COLW, bg="#f2f2f2"),
    ]
    d.page(hl, hr, fl, "page 3",
           [(col(0, TOP, BOT), left), (col(1, TOP, BOT), right)])
    d.save()


# =========================================================================== 2. comptes d'une fondation
def doc2():
    d = Doc("obs-s116-02-comptes-fondation.pdf", "#2e6b3a")
    hl = "FONDATION TERRES COMMUNES \u2013 Rapport annuel 2024"
    hr = "Comptes annuels"
    fl = "Exercice clos le 31 d\u00e9cembre 2024 \u2013 comptes arr\u00eat\u00e9s par le conseil d'administration du 17 avril 2025"
    wt = [FULLW * 0.52, FULLW * 0.24, FULLW * 0.24]

    # ---- page 1 (imprimée 41)
    flows = [
        P("4. Comptes annuels 2024", H1),
        P("Reconnue d'utilit\u00e9 publique depuis 1987, la Fondation Terres Communes abrite 27 fondations et "
          "fonds sous \u00e9gide, dont 5 cr\u00e9\u00e9s au cours de l'exercice."),
        P("Les montants sont exprim\u00e9s en milliers d'euros (k\u20ac). La colonne N correspond \u00e0 "
          "l'exercice 2024, la colonne N-1 \u00e0 l'exercice 2023.", NOTE),
        Spacer(1, 4),
        P("Tableau 1 \u2013 Emplois de l'exercice (en k\u20ac)", H3),
        table([
            ["Emplois", "N (2024)", "N-1 (2023)"],
            ["Missions sociales (note 5)", "8 412", "7 936"],
            ["Frais de recherche de fonds", "946", "1 018"],
            ["Frais de fonctionnement", "1 127", "1 064"],
            ["Dotations aux provisions (note 6)", "215", "148"],
            ["Total des emplois", "10 700", "10 166"],
        ], wt, bold_last=True),
        Spacer(1, 6),
        P("Les missions sociales repr\u00e9sentent l'essentiel des emplois ; leur d\u00e9tail figure en note 5, "
          "page 43.", SMALL),
    ]
    d.page(hl, hr, fl, "41", [(full(TOP, BOT), flows)])

    # ---- page 2 (imprimée 42)
    flows = [
        P("Tableau 2 \u2013 Ressources de l'exercice (en k\u20ac)", H3),
        table([
            ["Ressources", "N (2024)", "N-1 (2023)"],
            ["Dons manuels", "3 284", "3 107"],
            ["Legs et donations (note 7)", "2 150", "2 640"],
            ["M\u00e9c\u00e9nat d'entreprises", "2 876", "2 412"],
            ["Subventions et concours publics", "1 538", "1 495"],
            ["Produits financiers", "1 062", "708"],
            ["Total des ressources", "10 910", "10 362"],
        ], wt, bold_last=True),
        Spacer(1, 6),
        P("Les ressources ne comprennent pas les contributions volontaires en nature, valoris\u00e9es "
          "s\u00e9par\u00e9ment dans le rapport d'activit\u00e9.", NOTE),
        P("Commentaire", H2),
        P("Les ressources collect\u00e9es aupr\u00e8s du public (dons manuels, legs et donations) restent la "
          "premi\u00e8re source de financement de la fondation. Le m\u00e9c\u00e9nat d'entreprises progresse "
          "pour la troisi\u00e8me ann\u00e9e cons\u00e9cutive. Les produits financiers b\u00e9n\u00e9ficient "
          "de la remont\u00e9e des taux."),
    ]
    d.page(hl, hr, fl, "42", [(full(TOP, BOT), flows)])

    # ---- page 3 (imprimée 43) : notes annexes
    left = [
        P("Notes annexes", H1),
        P("Note 5 \u2013 Missions sociales", H3),
        P("Les 8 412 k\u20ac de missions sociales de 2024 se r\u00e9partissent en 6 210 k\u20ac de subventions "
          "vers\u00e9es par les fonds abrit\u00e9s, 1 480 k\u20ac de programmes men\u00e9s en direct et "
          "722 k\u20ac d'accompagnement des porteurs de projets."),
        P("Les subventions ont b\u00e9n\u00e9fici\u00e9 \u00e0 186 associations, dont 41 situ\u00e9es dans des "
          "communes de moins de 3 500 habitants."),
    ]
    right = [
        P("&nbsp;", H1),
        P("Note 6 \u2013 Provisions", H3),
        P("La dotation de 215 k\u20ac couvre un litige prud'homal et le risque de non-recouvrement de deux "
          "promesses de legs."),
        P("Note 7 \u2013 Legs et donations", H3),
        P("Les legs et donations sont en baisse de 18,6 %. Cette baisse s'explique par le d\u00e9nouement en 2023 "
          "de la succession Lefranc, qui repr\u00e9sentait \u00e0 elle seule 940 k\u20ac."),
    ]
    d.page(hl, hr, fl, "43", [(col(0, TOP, BOT), left), (col(1, TOP, BOT), right)])

    # ---- page 4 (imprimée 44) : engagements pluriannuels
    flows = [
        P("Note 8 \u2013 Engagements pluriannuels (hors bilan)", H2),
        P("Au 31 d\u00e9cembre 2024, les engagements restant \u00e0 verser au titre de conventions pluriannuelles "
          "s'\u00e9l\u00e8vent \u00e0 3 950 k\u20ac, contre 3 120 k\u20ac au 31 d\u00e9cembre 2023. Leur "
          "\u00e9ch\u00e9ancier est le suivant :"),
        B("2025 : 1 720 k\u20ac"),
        B("2026 : 1 340 k\u20ac"),
        B("2027 et au-del\u00e0 : 890 k\u20ac"),
        Spacer(1, 4),
        P("Parmi ces engagements figure la contribution de la fondation \u00e0 une alliance territoriale de "
          "3 ans avec 12 collectivit\u00e9s du d\u00e9partement."),
        Spacer(1, 6),
        boxed([
            P("Pour m\u00e9moire", H3),
            P("\u00c0 titre de comparaison, le Fonds ODD 17, co-cr\u00e9\u00e9 en 2020 par Le RAMEAU et la "
              "Fondation TotalEnergies, a \u00e9t\u00e9 dot\u00e9 de 1,5 M\u20ac pour une exp\u00e9rimentation "
              "sur 3 ans, avec 350 \u00ab catalyseurs territoriaux \u00bb."),
        ], FULLW, bg="#eef5ee", border="#2e6b3a"),
        Spacer(1, 8),
        P("Les comptes ont \u00e9t\u00e9 certifi\u00e9s sans r\u00e9serve par le commissaire aux comptes. "
          "Ils sont publi\u00e9s au Journal officiel des associations et fondations d'entreprise.", NOTE),
    ]
    d.page(hl, hr, fl, "44", [(full(TOP, BOT), flows)])
    d.save()


# =========================================================================== 3. consultation citoyenne
def doc3():
    d = Doc("obs-s116-03-consultation-citoyenne.pdf", "#7a3e8e")
    hl = "CONSULTATION \u00ab AGIR ENSEMBLE \u00c0 VAL-D'AUR\u00c8LE \u00bb"
    hr = "Synth\u00e8se des r\u00e9sultats \u2013 mars 2025"
    fl = "Communaut\u00e9 d'agglom\u00e9ration de Val-d'Aur\u00e8le \u2013 synth\u00e8se r\u00e9dig\u00e9e par l'Atelier Tessiture"

    # ---- page 1 (imprimée 2/4)
    flows = [
        P("1. Qui a particip\u00e9 ?", H1),
        P("Du 4 novembre au 15 d\u00e9cembre 2024, la plateforme a recueilli 2 347 contributions "
          "d\u00e9pos\u00e9es par 1 126 participants."),
        P("Parmi eux, 318 ont aussi pris part \u00e0 l'une des r\u00e9unions publiques organis\u00e9es dans les "
          "communes."),
        Spacer(1, 4),
        P("Profil des participants par \u00e2ge", H3),
        table([
            ["Tranche d'\u00e2ge", "Participants", "Habitants de l'agglom\u00e9ration (Insee 2021)"],
            ["Moins de 25 ans", "8 %", "27 %"],
            ["25 \u00e0 49 ans", "41 %", "31 %"],
            ["50 \u00e0 64 ans", "29 %", "20 %"],
            ["65 ans et plus", "22 %", "22 %"],
        ], [FULLW * 0.34, FULLW * 0.22, FULLW * 0.44]),
        Spacer(1, 6),
        P("Lecture : 8 % des participants ont moins de 25 ans, alors que cette tranche d'\u00e2ge "
          "repr\u00e9sente 27 % des habitants.", NOTE),
        Spacer(1, 4),
        boxed([
            P("\u00c0 retenir", H3),
            P("Une participation plus \u00e2g\u00e9e que la population : les jeunes adultes restent les grands "
              "absents des consultations en ligne."),
        ], FULLW, bg="#f4eef7", border="#7a3e8e"),
    ]
    d.page(hl, hr, fl, "2/4", [(full(TOP, BOT), flows)])

    # ---- page 2 (imprimée 3/4)
    left = [
        P("2. Ce que disent les contributions", H1),
        P("\u00c0 la question ouverte \u00ab Qu'est-ce qui vous donnerait envie de vous engager avec d'autres "
          "dans votre quartier ? \u00bb, 1 004 r\u00e9ponses ont \u00e9t\u00e9 cod\u00e9es en th\u00e8mes (une "
          "r\u00e9ponse peut relever de plusieurs th\u00e8mes ; total sup\u00e9rieur \u00e0 100 %)."),
        table([
            ["Th\u00e8me", "Part des r\u00e9ponses"],
            ["Disposer de lieux partag\u00e9s", "37 %"],
            ["\u00catre mieux inform\u00e9 des initiatives", "31 %"],
            ["Avoir plus de temps libre", "24 %"],
            ["\u00catre accompagn\u00e9 par une association", "19 %"],
            ["Monter des projets avec les entreprises locales", "12 %"],
            ["Autres", "9 %"],
        ], [COLW * 0.72, COLW * 0.28]),
        Spacer(1, 6),
        P("Les lieux partag\u00e9s arrivent en t\u00eate chez les moins de 25 ans (52 %) comme chez les 65 ans "
          "et plus (41 %)."),
    ]
    right = [
        P("Verbatims", H2),
        P("\u00ab Il faudrait un lieu ouvert le soir ; dans mon immeuble, nous sommes 3 \u00e0 vouloir monter un "
          "jardin partag\u00e9. \u00bb (femme, 34 ans)", QUOTE),
        P("\u00ab Les associations font beaucoup, mais on ne sait jamais qui fait quoi. \u00bb (homme, 58 ans)",
          QUOTE),
        P("\u00ab Je travaille en horaires d\u00e9cal\u00e9s : il me faut des rendez-vous le week-end. \u00bb "
          "(femme, 41 ans)", QUOTE),
        Spacer(1, 6),
        P("Les verbatims sont reproduits tels que saisis, seules les fautes de frappe ont \u00e9t\u00e9 "
          "corrig\u00e9es.", NOTE),
    ]
    d.page(hl, hr, fl, "3/4", [(col(0, TOP, BOT), left), (col(1, TOP, BOT), right)])

    # ---- page 3 (imprimée 4/4)
    flows = [
        P("3. Et maintenant ?", H1),
        P("Le questionnaire se terminait par des questions ferm\u00e9es. 72 % des participants se disent "
          "pr\u00eats \u00e0 consacrer du temps \u00e0 un projet collectif de leur quartier, mais seuls 18 % l'ont "
          "d\u00e9j\u00e0 fait au cours de l'ann\u00e9e \u00e9coul\u00e9e."),
        P("Interrog\u00e9s sur le r\u00f4le de l'agglom\u00e9ration, ils lui donnent une note moyenne de 6,4/10 "
          "pour l'information sur les initiatives locales et de 5,2/10 pour le soutien aux associations."),
        P("\u00c0 titre de rep\u00e8re, dans l'enqu\u00eate PHARE-Citoyens<super>1</super> de l'Observatoire des partenariats "
          "(septembre 2015, plus de 2 000 personnes interrog\u00e9es), les sond\u00e9s notaient l'emploi 7,1/10 "
          "parmi les enjeux prioritaires de leur territoire, et l'environnement comme l'exclusion 6,3/10."),
        Spacer(1, 6),
        boxed([
            P("M\u00e9thode", H3),
            P("Consultation en ligne ouverte du 4 novembre au 15 d\u00e9cembre 2024 aux habitants de "
              "l'agglom\u00e9ration \u00e2g\u00e9s de 16 ans et plus. Contributions mod\u00e9r\u00e9es par "
              "l'Atelier Tessiture : 41 contributions hors sujet ont \u00e9t\u00e9 \u00e9cart\u00e9es.", SMALL),
            P("Codage des r\u00e9ponses ouvertes par deux analystes, avec un accord entre codeurs de 87 %.",
              SMALL),
            P("Contact : participation@val-daurele.fr \u2013 05 49 30 62 18", SMALL),
        ], FULLW, bg="#f4eef7", border="#7a3e8e"),
    ]
    d.page(hl, hr, fl, "4/4", [(full(TOP, BOT + 20 * mm), flows)],
           footnotes=["1 Programme PHARE 2013-2018 de l'Observatoire des partenariats, volet Citoyens, publi\u00e9 en "
                      "septembre 2015."])
    d.save()


# =========================================================================== 4. fiche territoire
def doc4():
    d = Doc("obs-s116-04-fiche-territoire.pdf", "#8b5a1f")
    hl = "FICHE TERRITOIRE n\u00b0 12 \u2013 HAUTE-SARR\u00c8NE"
    hr = "\u00c9dition du 6 octobre 2025"
    fl = "Observatoire territorial des coop\u00e9rations \u2013 fiche territoire Haute-Sarr\u00e8ne"
    wt = [58 * mm, 25 * mm, 31 * mm, 20 * mm, 17 * mm, 29 * mm]
    hdr = ["Indicateur", "Haute-Sarr\u00e8ne", "Nouvelle-Aquitaine", "France", "Ann\u00e9e", "Source"]

    # ---- page 1
    flows = [
        P("Haute-Sarr\u00e8ne : rep\u00e8res d\u00e9mographiques et associatifs", H1),
        P("Chaque ligne compare le d\u00e9partement \u00e0 sa r\u00e9gion et \u00e0 la France. Les ann\u00e9es "
          "et les sources diff\u00e8rent selon les lignes.", SMALL),
        Spacer(1, 4),
        table([
            hdr,
            ["Population (habitants)", "287 400", "6 081 000", "68 070 000", "2022", "Insee, recensement"],
            ["Part des habitants de 75 ans et plus (%)", "13,8", "12,1", "10,4", "2022", "Insee, recensement"],
            ["Associations employeuses pour 1 000 habitants", "2,6", "2,4", "2,2", "2023", "Urssaf, Insee"],
            ["Taux de ch\u00f4mage des actifs (%)", "6,9", "7,0", "7,4", "2024 (T4)", "Insee"],
        ], wt),
        Spacer(1, 8),
        P("Notes de lecture", H3),
        B("En 2022, 13,8 % des habitants de la Haute-Sarr\u00e8ne avaient 75 ans ou plus."),
        B("Le taux de ch\u00f4mage est celui du quatri\u00e8me trimestre, en moyenne trimestrielle."),
    ]
    d.page(hl, hr, fl, "1/3", [(full(TOP, BOT), flows)])

    # ---- page 2
    flows = [
        P("Partenariats et alliances locales", H1),
        table([
            hdr,
            ["Communes de moins de 3 500 habitants ayant au moins un partenariat associatif (%)", "58", "51", "47",
             "2024", "Enqu\u00eate communes"],
            ["Associations ayant un partenariat avec une entreprise (%)", "31", "26", "28", "2016",
             "Recherches &amp; Solidarit\u00e9s"],
            ["Maires jugeant leur territoire \u00ab en mouvement \u00bb(1) (%)", "88", "90", "91", "2024",
             "IMPACTS &amp; TRAJECTOIRES"],
        ], wt),
        Spacer(1, 8),
        P("Notes de lecture", H3),
        P("58 % des communes de moins de 3 500 habitants de Haute-Sarr\u00e8ne d\u00e9clarent au moins un "
          "partenariat avec une association (enqu\u00eate 2024), contre 47 % en moyenne en France."),
        P("La ligne \u00ab entreprises \u00bb provient de l'enqu\u00eate men\u00e9e en mai-juin 2016 par "
          "Recherches &amp; Solidarit\u00e9s avec Le RAMEAU, publi\u00e9e en mars 2017."),
    ]
    d.page(hl, hr, fl, "2/3", [(full(TOP, BOT + 20 * mm), flows)],
           footnotes=["(1) Enqu\u00eate IMPACTS &amp; TRAJECTOIRES \u2013 \u00c9lus locaux, conduite par "
                      "t\u00e9l\u00e9phone du 30 septembre au 28 octobre 2024 aupr\u00e8s de 302 maires. En France, "
                      "84 % des r\u00e9pondants sont maires de communes de moins de 2 000 habitants."])

    # ---- page 3
    flows = [
        P("Ressources et engagement", H1),
        table([
            hdr,
            ["Part des habitants b\u00e9n\u00e9voles dans une association (%)", "24", "23", "22", "2023",
             "Enqu\u00eate b\u00e9n\u00e9volat"],
            ["Dons d\u00e9clar\u00e9s par foyer donateur (\u20ac)", "292", "305", "341", "2022", "DGFiP"],
            ["Subventions des collectivit\u00e9s aux associations (M\u20ac)", "41,3", "712,5", "9 870", "2023",
             "Comptes des collectivit\u00e9s"],
        ], wt),
        Spacer(1, 8),
        P("Sources et notes", H3),
        P("Les subventions incluent les aides soumises au contrat d'engagement r\u00e9publicain (loi "
          "n\u00b0 2021-1109 du 24 ao\u00fbt 2021)."),
        P("Les donn\u00e9es de cette \u00e9dition ne sont pas directement comparables \u00e0 celles de "
          "l'\u00e9dition 2021 de la fiche, qui portait sur 2019 : le d\u00e9partement comptait alors 2,3 "
          "associations employeuses pour 1 000 habitants."),
        P("Fiche \u00e9tablie \u00e0 partir des donn\u00e9es disponibles au 30 septembre 2025.", NOTE),
    ]
    d.page(hl, hr, fl, "3/3", [(full(TOP, BOT), flows)])
    d.save()


class BarChart(Flowable):
    """Barres horizontales dessinées à la main : libellé, barre, valeur ; axe gradué de 0 à 8."""

    def __init__(self, bars):
        super().__init__()
        self.bars = bars

    def wrap(self, aw, ah):
        return (aw, len(self.bars) * 9 * mm + 12 * mm)

    def draw(self):
        c = self.canv
        x0, unit = 38 * mm, 14 * mm
        top = len(self.bars) * 9 * mm + 12 * mm
        c.setFont("Helvetica", 8.5)
        for i, (lab, v) in enumerate(self.bars):
            y = top - (i + 1) * 9 * mm
            c.setFillColor(colors.HexColor("#333333"))
            c.drawString(0, y + 1.5 * mm, lab)
            c.setFillColor(colors.HexColor("#1f7a7a"))
            c.rect(x0, y, v * unit, 5 * mm, stroke=0, fill=1)
            c.setFillColor(colors.HexColor("#333333"))
            c.drawString(x0 + v * unit + 2 * mm, y + 1.5 * mm, str(v))
        ya = 9 * mm
        c.setStrokeColor(colors.HexColor("#666666"))
        c.line(x0, ya, x0 + 8 * unit, ya)
        c.setFont("Helvetica", 7)
        for t in (0, 2, 4, 6, 8):
            c.line(x0 + t * unit, ya, x0 + t * unit, ya - 1.5 * mm)
            c.drawCentredString(x0 + t * unit, ya - 5 * mm, str(t))


# =========================================================================== 5. carte en texte
def doc5():
    d = Doc("obs-s116-05-carte-regions.pdf", "#1f7a7a")
    hl = "ATLAS DES ALLIANCES TERRITORIALES \u2013 \u00e9dition 2025"
    hr = "Chapitre 2 \u2013 Communes"
    fl = "Atlas des alliances territoriales, \u00e9dition 2025 (publi\u00e9e en mai 2025) \u2013 enqu\u00eate Alliances communales 2024"

    legend = boxed([
        P("L\u00e9gende (classes de la carte)", H3),
        B("moins de 20 %"),
        B("de 20 \u00e0 30 %"),
        B("de 30 \u00e0 40 %"),
        B("40 % et plus"),
    ], COLW, bg="#e8f4f4", border="#1f7a7a")

    # ---- page 1 (imprimée 12)
    top = [
        P("Carte 3 \u2013 Part des communes ayant conclu au moins une alliance locale en 2024, par r\u00e9gion", H1),
        P("En 2024, 34 % des communes de France m\u00e9tropolitaine avaient conclu au moins une alliance avec une "
          "association, une entreprise ou une fondation, contre 26 % lors de la pr\u00e9c\u00e9dente \u00e9dition "
          "de l'atlas, en 2021."),
        P("La carte n'est pas reproduite dans cette version accessible : chaque r\u00e9gion est list\u00e9e "
          "ci-dessous avec sa valeur et sa classe.", NOTE),
    ]
    left = [
        P("R\u00e9gions (valeur 2024 et classe)", H3),
        B("Auvergne-Rh\u00f4ne-Alpes : 37 % (de 30 \u00e0 40 %)"),
        B("Bourgogne-Franche-Comt\u00e9 : 29 % (de 20 \u00e0 30 %)"),
        B("Bretagne : 46 % (40 % et plus)"),
        B("Centre-Val de Loire : 24 % (de 20 \u00e0 30 %)"),
        B("Corse : 17 % (moins de 20 %)"),
        B("Grand Est : 33 % (de 30 \u00e0 40 %)"),
        B("Hauts-de-France : 31 % (de 30 \u00e0 40 %)"),
        P("Suite de la liste page 13.", NOTE),
    ]
    d.page(hl, hr, fl, "12",
           [(full(TOP, TOP - 40 * mm), top), (col(0, TOP - 44 * mm, BOT), left),
            (col(1, TOP - 44 * mm, BOT), [legend])])

    # ---- page 2 (imprimée 13)
    left = [
        P("R\u00e9gions (suite)", H3),
        B("\u00cele-de-France : 28 % (de 20 \u00e0 30 %)"),
        B("Normandie : 35 % (de 30 \u00e0 40 %)"),
        B("Nouvelle-Aquitaine : 38 % (de 30 \u00e0 40 %)"),
        B("Occitanie : 36 % (de 30 \u00e0 40 %)"),
        B("Pays de la Loire : 42 % (40 % et plus)"),
        B("Provence-Alpes-C\u00f4te d'Azur : 22 % (de 20 \u00e0 30 %)"),
        Spacer(1, 8),
        P("Moyenne nationale (France m\u00e9tropolitaine) : 34 %", H3),
    ]
    right = [
        boxed([
            P("Les extr\u00eames", H3),
            P("La Bretagne arrive en t\u00eate (46 %), devant les Pays de la Loire (42 %) ; la Corse ferme la "
              "marche (17 %)."),
            P("\u00c9cart entre la premi\u00e8re et la derni\u00e8re r\u00e9gion : 29 points."),
        ], COLW, bg="#e8f4f4", border="#1f7a7a"),
    ]
    d.page(hl, hr, fl, "13", [(col(0, TOP, BOT), left), (col(1, TOP, BOT), right)])

    # ---- page 3 (imprimée 14)
    flows = [
        P("Lecture et m\u00e9thode", H1),
        P("Les r\u00e9gions d'outre-mer ne figurent pas sur la carte : l'enqu\u00eate n'y a touch\u00e9 que 61 "
          "communes, trop peu pour publier une valeur par r\u00e9gion."),
        P("Champ : 9 412 communes ayant r\u00e9pondu sur 34 935 interrog\u00e9es, soit un taux de r\u00e9ponse "
          "de 26,9 %."),
        P("Les communes de moins de 1 000 habitants, plus nombreuses, sont moins souvent engag\u00e9es : 27 % "
          "d'entre elles, contre 49 % des communes de 10 000 habitants et plus."),
        Spacer(1, 6),
        P("Graphique 4 \u2013 Nombre de r\u00e9gions par classe", H3),
    ]
    flows.append(BarChart([("moins de 20 %", 1), ("de 20 \u00e0 30 %", 4), ("de 30 \u00e0 40 %", 6),
                           ("40 % et plus", 2)]))
    flows.append(P("Source : enqu\u00eate Alliances communales 2024, Atlas des alliances territoriales "
                   "(\u00e9dition 2025).", NOTE))
    d.page(hl, hr, fl, "14", [(full(TOP, BOT), flows)])
    d.save()


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5):
        f()
    print("PDF \u00e9crits dans", HERE)
