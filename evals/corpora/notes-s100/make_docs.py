# -*- coding: utf-8 -*-
"""Corpus fictif notes-s100 : 5 PDF « à la manière » de l'Observatoire des partenariats.

Déterministe : rl_config.invariant = 1, métadonnées vides, aucune date système.
Usage : python make_docs.py   (écrit les PDF dans le dossier du script)
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import Paragraph, Table, TableStyle  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("Sans", os.path.join(FONTDIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("Sans-B", os.path.join(FONTDIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Serif", os.path.join(FONTDIR, "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("Serif-B", os.path.join(FONTDIR, "DejaVuSerif-Bold.ttf")))
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans", boldItalic="Sans-B")
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif", boldItalic="Serif-B")

BODY = ParagraphStyle("body", fontName="Serif", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=5)
SANS = ParagraphStyle("sans", fontName="Sans", fontSize=9.5, leading=12.5, spaceAfter=4)
SMALL = ParagraphStyle("small", fontName="Sans", fontSize=7.5, leading=9.5)
H1 = ParagraphStyle("h1", fontName="Sans-B", fontSize=18, leading=22, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="Sans-B", fontSize=12.5, leading=16, spaceAfter=5)
Q = ParagraphStyle("q", fontName="Sans-B", fontSize=10, leading=13.5, spaceAfter=4, textColor=colors.HexColor("#1d4e89"))
CHAPO = ParagraphStyle("chapo", fontName="Sans", fontSize=10.5, leading=14.5, spaceAfter=8, textColor=colors.HexColor("#333333"))
CENTER = ParagraphStyle("center", fontName="Sans", fontSize=9, leading=12, alignment=TA_CENTER)
BLUE = colors.HexColor("#1d4e89")
GREY = colors.HexColor("#e8edf3")


def new_canvas(name, pagesize=A4):
    c = canvas.Canvas(os.path.join(HERE, name), pagesize=pagesize, invariant=1, pageCompression=1)
    c.setTitle("")
    c.setAuthor("")
    c.setSubject("")
    c.setCreator("")
    c.setProducer("")
    c.setKeywords("")
    return c


def para(c, text, x, y, w, style=BODY):
    """Dessine un paragraphe dont le haut est en y ; renvoie le y du bas (espace après compris)."""
    p = Paragraph(text, style)
    _, h = p.wrap(w, 2000)
    p.drawOn(c, x, y - h)
    return y - h - style.spaceAfter


def paras(c, texts, x, y, w, style=BODY):
    for t in texts:
        y = para(c, t, x, y, w, style)
    return y


def box(c, x, y_top, w, h, fill=GREY):
    c.setFillColor(fill)
    c.setStrokeColor(BLUE)
    c.rect(x, y_top - h, w, h, fill=1, stroke=1)
    c.setFillColor(colors.black)


def header_footer(c, head, foot, pw, ph):
    c.setFont("Sans", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(40, ph - 28, head)
    c.drawString(40, 22, foot)
    c.setFillColor(colors.black)
    c.setStrokeColor(BLUE)
    c.line(40, ph - 34, pw - 40, ph - 34)


# ---------------------------------------------------------------------------
# (a) grand entretien croisé
# ---------------------------------------------------------------------------
def doc01():
    c = new_canvas("obs-s100-01-entretien-croise.pdf")
    pw, ph = A4
    W = pw - 100
    head = "Observatoire des partenariats · Les Cahiers de l'alliance n° 14 · mars 2025"

    # page 1 (imprimée 22)
    header_footer(c, head, "Les Cahiers de l'alliance – Grand entretien", pw, ph)
    c.setFont("Sans-B", 9)
    c.drawRightString(pw - 50, 22, "22")
    y = ph - 60
    y = para(c, "GRAND ENTRETIEN CROISÉ", 50, y, W, SANS)
    y = para(c, "« Sans alliance, rien ne tient »", 50, y, W, H1)
    y = para(c, "Hélène Corbières, maire de Valmorant, commune drômoise de 6 400 habitants, et Thierry Ansquer, "
                "président du groupe Sorelia (1 150 salariés), racontent quatre années de coopération. "
                "Propos recueillis par Julien Marsac.<super>1</super>", 50, y, W, CHAPO)
    qa = [
        ("q", "Observatoire : Madame la maire, pourquoi avoir lancé une alliance locale dès 2021 ?"),
        ("r", "<b>Hélène Corbières :</b> Parce que nous n'y arrivions plus seuls. Quand je suis arrivée à la mairie "
              "en 2020, nous travaillions avec 14 associations actives. Dans le quartier des Tanneurs, près de 40 % "
              "des jeunes de 16 à 25 ans n'étaient ni en emploi ni en formation. Aujourd'hui, nous travaillons avec "
              "23 associations et trois entreprises du bassin."),
        ("q", "Observatoire : Monsieur Ansquer, qu'est-ce qu'une entreprise de votre taille y gagne ?"),
        ("r", "<b>Thierry Ansquer :</b> D'abord des salariés plus engagés. Sur nos 1 150 collaborateurs, 212 ont donné "
              "au moins une demi-journée de mécénat de compétences l'an dernier, soit presque un sur cinq. "
              "Et je ne suis pas un cas isolé : 84 % des dirigeants d'entreprises disent avoir « envie "
              "d'alliance », c'est ce que mesure l'Observatoire. Ils ne sont pas tous passés à l'acte, "
              "mais l'envie est là."),
        ("q", "Observatoire : Et les habitants, ils suivent ?"),
        ("r", "<b>Hélène Corbières :</b> Ils nous l'ont dit : lors de la consultation de 2023, 1 870 habitants ont "
              "répondu, et sept sur dix souhaitaient que la mairie associe davantage les entreprises."),
    ]
    for kind, t in qa:
        y = para(c, t, 50, y, W, Q if kind == "q" else BODY)
    c.setStrokeColor(colors.grey)
    c.line(50, 62, 200, 62)
    para(c, "1. Entretien réalisé le 12 février 2025 à Valmorant, relu par les deux intervenants.", 50, 56, W, SMALL)
    c.showPage()

    # page 2 (imprimée 23)
    header_footer(c, head, "Les Cahiers de l'alliance – Grand entretien", pw, ph)
    c.setFont("Sans-B", 9)
    c.drawRightString(pw - 50, 22, "23")
    y = ph - 60
    qa = [
        ("q", "Observatoire : Combien coûte cette alliance, et qui la finance ?"),
        ("r", "<b>Hélène Corbières :</b> Le budget annuel est de 180 000 €. La commune en apporte 45 %, les "
              "entreprises un tiers, et le reste vient d'une fondation régionale. Ce n'est pas énorme : cela "
              "représente moins de 2 % de notre budget de fonctionnement."),
        ("r", "<b>Thierry Ansquer :</b> Chez Sorelia, nous y consacrons 60 000 € par an, et environ 35 salariés "
              "volontaires s'y relaient. Dans les entreprises de 250 salariés et plus, c'est devenu courant : selon "
              "notre fédération, 58 % d'entre elles ont au moins un partenariat associatif."),
        ("q", "Observatoire : Madame la maire, vos collègues élus partagent-ils ce constat ?"),
        ("r", "<b>Hélène Corbières :</b> Largement. L'Observatoire a interrogé 302 maires à l'automne 2024 : "
              "91 % voient leur territoire en mouvement.<super>2</super> Et ce ne sont pas que des grandes villes, "
              "loin de là : 84 % des répondants dirigent une commune de moins de 2 000 habitants."),
        ("q", "Observatoire : Monsieur Ansquer, que répondez-vous aux dirigeants qui hésitent ?"),
        ("r", "<b>Thierry Ansquer :</b> Que le retour sur investissement se mesure. Depuis 2021, "
              "nous avons compté 27 recrutements issus des structures partenaires, dont 11 en contrat "
              "à durée indéterminée."),
    ]
    for kind, t in qa:
        y = para(c, t, 50, y, W, Q if kind == "q" else BODY)
    c.setStrokeColor(colors.grey)
    c.line(50, 62, 200, 62)
    para(c, "2. Enquête IMPACTS &amp; TRAJECTOIRES – Élus locaux, menée par téléphone du 30 septembre au "
            "28 octobre 2024.", 50, 56, W, SMALL)
    c.showPage()

    # page 3 (imprimée 24)
    header_footer(c, head, "Les Cahiers de l'alliance – Grand entretien", pw, ph)
    c.setFont("Sans-B", 9)
    c.drawRightString(pw - 50, 22, "24")
    y = ph - 60
    qa = [
        ("q", "Observatoire : Quels résultats concrets aujourd'hui ?"),
        ("r", "<b>Hélène Corbières :</b> Au quartier des Tanneurs, la part des jeunes sans emploi ni formation est "
              "passée de 40 % en 2020 à 27 % en 2024. Nous avons aussi ouvert 2 tiers-lieux, qui ont accueilli "
              "3 100 visiteurs en 2024."),
        ("r", "<b>Thierry Ansquer :</b> De notre côté, le taux de rotation du personnel a baissé de 3 points depuis "
              "2022, et neuf salariés sur dix se disent fiers de l'engagement du groupe, d'après notre baromètre "
              "interne de janvier 2025, qui a recueilli 640 réponses."),
        ("q", "Observatoire : Un conseil pour les élus qui veulent se lancer ?"),
        ("r", "<b>Hélène Corbières :</b> Commencer petit. Notre première convention, signée en 2021, portait sur "
              "12 000 € et une seule action. La loi n° 2014-856 sur l'économie sociale et solidaire nous donnait "
              "déjà un cadre ; il suffisait de s'en saisir."),
        ("r", "<b>Thierry Ansquer :</b> Et qu'on ne croie pas que c'est réservé aux grands groupes : près de la "
              "moitié de nos partenaires sont des TPE de moins de 10 salariés."),
    ]
    for kind, t in qa:
        y = para(c, t, 50, y, W, Q if kind == "q" else BODY)
    y -= 10
    bh = 92
    box(c, 50, y, W, bh)
    yy = para(c, "<b>Valmorant en bref</b>", 62, y - 8, W - 24, SANS)
    items = [
        "Mairie : 2 place de la Halle, 26410 Valmorant · Tél. 04 75 61 22 30",
        "Associations partenaires de l'alliance : 23",
        "Budget de l'alliance : 180 000 € par an",
        "Prochain comité de pilotage : jeudi 3 avril 2025",
    ]
    for t in items:
        yy = para(c, "• " + t, 62, yy, W - 24, SANS)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# (b) baromètre exporté d'un diaporama : un graphique par page
# ---------------------------------------------------------------------------
def slide_frame(c, pw, ph, title, num):
    c.setFillColor(BLUE)
    c.rect(0, ph - 70, pw, 70, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Sans", 9)
    c.drawString(40, ph - 22, "Baromètre des alliances territoriales · vague 3 · mars 2025")
    c.setFillColor(colors.black)
    p = Paragraph(title, ParagraphStyle("st", fontName="Sans-B", fontSize=15, leading=19, textColor=colors.white))
    _, h = p.wrap(pw - 80, 60)
    p.drawOn(c, 40, ph - 30 - h)
    c.setFont("Sans", 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(40, 20, "Observatoire des partenariats – diffusion restreinte aux adhérents")
    c.drawRightString(pw - 40, 20, num)
    c.setFillColor(colors.black)


def hbars(c, x, y_top, rows, scale_max, label_w, bar_w, row_h=34):
    """rows : (libellé, valeur, texte valeur, texte rappel) ; dessine libellé puis valeur sur une même ligne."""
    y = y_top
    for label, val, vtxt, extra in rows:
        c.setFont("Sans", 10)
        c.drawString(x, y, label)
        c.setFillColor(BLUE)
        c.rect(x + label_w, y - 4, bar_w * val / scale_max, 16, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Sans-B", 10)
        c.drawString(x + label_w + bar_w * val / scale_max + 6, y, vtxt)
        if extra:
            c.setFont("Sans", 8.5)
            c.setFillColor(colors.HexColor("#666666"))
            c.drawString(x + label_w + bar_w * val / scale_max + 48, y, extra)
            c.setFillColor(colors.black)
        y -= row_h
    return y


def doc02():
    pw, ph = landscape(A4)
    c = new_canvas("obs-s100-02-barometre-diaporama.pdf", pagesize=(pw, ph))

    # diapositive 3 : camembert
    slide_frame(c, pw, ph, "Votre association a-t-elle noué au moins un partenariat avec une entreprise "
                           "au cours des 12 derniers mois ?", "3")
    cx, cy, r = 230, 280, 120
    parts = [("Oui, plusieurs partenariats", 31, "#1d4e89"), ("Oui, un seul partenariat", 17, "#4f81bd"),
             ("Non, mais c'est en projet", 22, "#9bbbd9"), ("Non", 30, "#c9d3de")]
    start = 90
    for lab, v, col in parts:
        ext = -360 * v / 100.0
        c.setFillColor(colors.HexColor(col))
        c.setStrokeColor(colors.white)
        c.wedge(cx - r, cy - r, cx + r, cy + r, start, ext, stroke=1, fill=1)
        start += ext
    c.setFillColor(colors.black)
    ly = 370
    for lab, v, col in parts:
        c.setFillColor(colors.HexColor(col))
        c.rect(420, ly - 2, 12, 12, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Sans", 11)
        c.drawString(440, ly, "%s : %d %%" % (lab, v))
        ly -= 26
    y = para(c, "<b>Total « oui » : 48 %</b> (+7 pts par rapport à la vague 2, en 2023 : 41 %)", 420, ly - 10, 360, SANS)
    y = para(c, "Base : 1 204 répondants (responsables associatifs), terrain du 6 au 27 janvier 2025, en ligne.",
             420, y - 6, 360, SANS)
    c.showPage()

    # diapositive 4 : barres horizontales
    slide_frame(c, pw, ph, "Avec quels types d'entreprises ? (plusieurs réponses possibles)", "4")
    rows = [("TPE (moins de 10 salariés)", 52, "52 %", "(2023 : 44 %)"),
            ("PME (10 à 249 salariés)", 46, "46 %", "(2023 : 47 %)"),
            ("ETI et grandes entreprises", 29, "29 %", "(2023 : 33 %)"),
            ("Entreprises de l'ESS", 18, "18 %", "(2023 : 12 %)")]
    y = hbars(c, 50, 430, rows, 60, 230, 360, row_h=52)
    c.setFont("Sans", 8)
    for i, g in enumerate(["0", "20", "40", "60"]):
        c.drawCentredString(280 + 120 * i, y + 24, g)
    para(c, "Base : 578 associations ayant au moins un partenariat avec une entreprise. Entre parenthèses, "
            "le résultat de la vague 2 (2023).", 50, y - 4, 700, SANS)
    c.showPage()

    # diapositive 6 : barres verticales (notes sur 10)
    slide_frame(c, pw, ph, "Sur une échelle de 0 à 10, quelle utilité accordez-vous aux partenariats pour… ?", "6")
    notes = [("l'emploi local", 7.2, "7,2"), ("le lien social", 7.8, "7,8"),
             ("la transition écologique", 6.4, "6,4"), ("l'attractivité du territoire", 6.9, "6,9")]
    base_y, x0 = 150, 110
    c.setFont("Sans", 8)
    for g in range(0, 11, 2):
        c.drawRightString(x0 - 10, base_y + g * 24 - 3, str(g))
    for i, (lab, v, t) in enumerate(notes):
        x = x0 + 20 + i * 140
        c.setFillColor(BLUE)
        c.rect(x, base_y, 70, v * 24, fill=1, stroke=0)
        c.setFillColor(colors.black)
        c.setFont("Sans-B", 11)
        c.drawCentredString(x + 35, base_y + v * 24 + 6, t)
        c.setFont("Sans", 9)
        c.drawCentredString(x + 35, base_y - 16, lab)
    y = para(c, "Moyenne des quatre notes : 7,1 sur 10.", 690, 420, 130, SANS)
    y = para(c, "Évolution depuis la vague 2 : lien social +0,3 pt ; transition écologique −0,5 pt.", 690, y - 6,
             130, SANS)
    para(c, "Base : 1 204 répondants.", 690, y - 6, 130, SANS)
    c.showPage()

    # diapositive 7 : comparaison des populations
    slide_frame(c, pw, ph, "Les partenariats sont-ils une source d'innovation ? Réponses « oui », "
                           "comparées aux repères nationaux", "7")
    rows = [("Responsables associatifs (baromètre 2025)", 79, "79 %", ""),
            ("Responsables associatifs (IMPACT)", 86, "86 %", ""),
            ("Maires (IMPACT)", 87, "87 %", ""),
            ("Dirigeants d'entreprise (IMPACT)", 81, "81 %", ""),
            ("Français (IMPACT)", 74, "74 %", "")]
    y = hbars(c, 50, 420, rows, 100, 290, 330, row_h=46)
    y = para(c, "Baromètre : +6 pts par rapport à la vague 2 (73 % en 2023). Base baromètre : 1 204 répondants.",
             50, y - 4, 740, SANS)
    para(c, "Repères IMPACT : programme d'études de l'Observatoire 2018-2022, résultats nationaux.", 50, y - 2, 740,
         SANS)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# (c) guide pratique avec cas d'étude numérotés
# ---------------------------------------------------------------------------
def case_title(c, x, y, w, text):
    c.setFillColor(BLUE)
    c.rect(x, y - 20, w, 20, fill=1, stroke=0)
    c.setFillColor(colors.white)
    c.setFont("Sans-B", 10.5)
    c.drawString(x + 8, y - 14, text)
    c.setFillColor(colors.black)
    return y - 28


def doc03():
    c = new_canvas("obs-s100-03-guide-cas-etude.pdf")
    pw, ph = A4
    W = pw - 100
    head = "Guide pratique · Monter un partenariat territorial · édition de mai 2025"

    # page 1 (imprimée 11)
    header_footer(c, head, "", pw, ph)
    c.setFont("Sans", 9)
    c.drawCentredString(pw / 2, 22, "— 11 —")
    y = ph - 60
    y = para(c, "Chapitre 3. Apprendre des autres", 50, y, W, H1)
    y = paras(c, [
        "Les cas présentés ici ont été recueillis entre 2022 et 2024 auprès de 41 structures : associations, "
        "entreprises et collectivités. Ils ne sont pas des modèles à copier, mais des points de repère.",
        "Pourquoi s'y intéresser ? Parce que l'envie est ancienne : en 2008, 86 % des Français jugeaient urgent "
        "de créer des partenariats entre associations et entreprises, et ils étaient encore 84 % en 2012.",
    ], 50, y, W)
    y = case_title(c, 50, y - 6, W, "Cas n° 1 – « Cuisines solidaires » à Berlaimont-sur-Sèvre")
    y = para(c, "Une commune de moins de 3 500 habitants, l'association Table Ouverte et la supérette Maréchal "
                "ont ouvert en septembre 2022 une cuisine partagée.", 50, y, W)
    rows = [["Budget", "24 500 € sur 2 ans, dont 8 000 € de mécénat en nature"],
            ["Bénéficiaires", "130 familles par an"],
            ["Emplois", "2 salariés en insertion recrutés"],
            ["Contact", "Table Ouverte, 8 rue des Lavandières, 79140 · 05 49 80 11 02"]]
    t = Table(rows, colWidths=[100, W - 100])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Sans", 9.5), ("FONT", (0, 0), (0, -1), "Sans-B", 9.5),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (0, -1), GREY),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    _, h = t.wrap(W, 400)
    t.drawOn(c, 50, y - h)
    y = y - h - 10
    para(c, "À retenir : le mécénat en nature (locaux, équipements) a représenté près d'un tiers du budget.", 50, y,
         W, SANS)
    c.showPage()

    # page 2 (imprimée 12) : deux colonnes
    header_footer(c, head, "", pw, ph)
    c.setFont("Sans", 9)
    c.drawCentredString(pw / 2, 22, "— 12 —")
    y = ph - 60
    y = case_title(c, 50, y, W, "Cas n° 2 – Une mobilité partagée au Pays de Haute-Ribière")
    colw = (W - 20) / 2
    yl = paras(c, [
        "Dans ce territoire rural, une flotte de 6 véhicules électriques partagés a été financée à 70 % par un "
        "constructeur régional et à 20 % par la communauté de communes ; les usagers paient le solde.",
        "Le projet court sur 3 ans, de 2023 à 2025, pour un budget total de 1,2 M€.",
    ], 50, y, colw)
    yr = paras(c, [
        "En 2024, 1 450 trajets ont été réalisés pour 380 usagers inscrits, dont les deux tiers ont plus de "
        "65 ans.",
        "Le transporteur local, qui emploie 9 chauffeurs, assure l'entretien des véhicules.",
    ], 50 + colw + 20, y, colw)
    y = min(yl, yr) - 14
    bh = 120
    box(c, 50, y, W, bh)
    yy = para(c, "<b>Pour aller plus loin : un fonds national en exemple</b>", 62, y - 8, W - 24, SANS)
    yy = para(c, "Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. "
                 "Il a reçu une dotation de 1,5 M€ pour une expérimentation sur 3 ans, appuyée sur 350 "
                 "« catalyseurs territoriaux ».", 62, yy, W - 24, SANS)
    para(c, "Voir aussi le chapitre 5, p. 27.", 62, yy, W - 24, SANS)
    y = y - bh - 16
    y = para(c, "Conseil n° 4 : écrivez la répartition du financement dans la convention dès la première année.",
             50, y, W, SANS)
    c.showPage()

    # page 3 (imprimée 13)
    header_footer(c, head, "", pw, ph)
    c.setFont("Sans", 9)
    c.drawCentredString(pw / 2, 22, "— 13 —")
    y = ph - 60
    y = case_title(c, 50, y, W, "Cas n° 3 – Des ateliers numériques au lycée Jean-Macé")
    y = paras(c, [
        "En 2024, 14 salariés de l'entreprise Novalink ont animé 96 ateliers pour 1 020 élèves de seconde, dont "
        "52 % de filles.",
        "Coût : 9 € par élève, soit environ 9 200 € au total, pris en charge par l'entreprise.",
    ], 50, y, W)
    y = case_title(c, 50, y - 8, W, "Cas n° 4 – Le fonds d'alliance de la Vallée du Lys")
    y = paras(c, [
        "Créé par 15 entreprises donatrices, le fonds a collecté 310 000 € en 2024. Il a soutenu 27 projets, "
        "avec une subvention moyenne de 11 500 €.",
        "Le comité d'attribution se réunit chaque trimestre ; dossier à déposer avant le 15 du mois.",
    ], 50, y, W)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# (d) synthèse régionale avec tableau croisé
# ---------------------------------------------------------------------------
def doc04():
    c = new_canvas("obs-s100-04-synthese-regionale.pdf")
    pw, ph = A4
    W = pw - 100
    head = "Observatoire des partenariats · Synthèse régionale Hautes-Terres · novembre 2025"

    # page 1 (imprimée 5)
    header_footer(c, head, "13e rapport régional – publié le 18 novembre 2025", pw, ph)
    c.setFont("Sans", 9)
    c.drawRightString(pw - 50, 22, "5")
    y = ph - 60
    y = para(c, "Les Hautes-Terres, une région d'alliances", 50, y, W, H1)
    y = para(c, "Enquête de terrain : avril à juin 2025, par questionnaire en ligne et téléphone.", 50, y, W, CHAPO)
    colw = (W - 24) / 2
    yl = paras(c, [
        "La région compte 1 312 communes, dont 1 057 de moins de 3 500 habitants. On y recense 21 400 "
        "associations, dont 2 900 employeuses, et 41 000 entreprises de 10 salariés et plus.",
        "L'enquête a interrogé 1 486 structures : 812 associations, 431 entreprises et 243 collectivités.",
    ], 50, y, colw)
    yr = paras(c, [
        "Le précédent rapport régional, en 2019, estimait à 38 % la part des entreprises partenaires "
        "d'au moins une association.",
        "Le présent document est le 13e rapport régional de l'Observatoire ; il suit la méthode nationale.",
    ], 50 + colw + 24, y, colw)
    c.showPage()

    # page 2 (imprimée 6) : tableau croisé
    header_footer(c, head, "13e rapport régional – publié le 18 novembre 2025", pw, ph)
    c.setFont("Sans", 9)
    c.drawRightString(pw - 50, 22, "6")
    y = ph - 60
    y = para(c, "Tableau 2 – Part des structures engagées dans au moins un partenariat, selon la taille de la "
                "commune d'implantation (en %)", 50, y, W, H2)
    data = [["Taille de la commune", "Associations", "Entreprises", "Collectivités"],
            ["Moins de 3 500 hab.", "48", "27", "78"],
            ["3 500 à 49 999 hab.", "63", "41", "88"],
            ["50 000 hab. et plus", "74", "52", "96"]]
    t = Table(data, colWidths=[170, 100, 100, 100])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Sans", 10), ("FONT", (0, 0), (-1, 0), "Sans-B", 10),
                           ("ALIGN", (1, 0), (-1, -1), "CENTER"), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), GREY)]))
    _, h = t.wrap(W, 400)
    t.drawOn(c, 50, y - h)
    y = y - h - 6
    y = para(c, "Source : enquête Hautes-Terres 2025, Observatoire des partenariats.", 50, y, W, SMALL)
    y -= 10
    y = paras(c, [
        "Lecture : dans les communes de moins de 3 500 habitants, 48 % des associations ont au moins un "
        "partenariat.",
        "L'écart entre petites et grandes communes atteint 26 points pour les associations et 25 points pour les "
        "entreprises ; il n'est que de 18 points pour les collectivités, déjà très engagées.",
    ], 50, y, W)
    c.showPage()

    # page 3 (imprimée 7)
    header_footer(c, head, "13e rapport régional – publié le 18 novembre 2025", pw, ph)
    c.setFont("Sans", 9)
    c.drawRightString(pw - 50, 22, "7")
    y = ph - 60
    y = para(c, "Les petites communes en première ligne", 50, y, W, H2)
    y = paras(c, [
        "Interrogés sur leurs freins, les élus des communes de moins de 3 500 habitants citent d'abord le manque "
        "de temps (62 %), puis le manque d'ingénierie (48 %).<super>1</super> Ceux des communes de 50 000 "
        "habitants et plus mettent en avant la complexité juridique (39 %).",
        "En moyenne, une association partenaire de la région compte 2,3 partenaires, contre 2,5 partenaires en "
        "moyenne au niveau national dans l'enquête de 2016.",
        "À l'échelle nationale, l'enquête IMPACTS &amp; TRAJECTOIRES de novembre 2024 comptait 35 % de maires "
        "voyant leur territoire « fortement » en mouvement.",
        "Perspectives : 17 projets d'alliance sont en préparation pour 2026, dont 5 portés par des fondations.",
    ], 50, y, W)
    c.setStrokeColor(colors.grey)
    c.line(50, 70, 200, 70)
    para(c, "1. Traitement statistique : cabinet Statéo, 12 rue des Arts, 31000 Toulouse.", 50, 64, W, SMALL)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# (e) lettre aux adhérents
# ---------------------------------------------------------------------------
def doc05():
    c = new_canvas("obs-s100-05-lettre-adherents.pdf")
    pw, ph = A4
    W = pw - 100
    head = "La Lettre du réseau Alliances &amp; Territoires · n° 47 · octobre 2025".replace("&amp;", "&")

    # page 1
    header_footer(c, head, "n° 47 – page 1", pw, ph)
    y = ph - 60
    y = para(c, "Éditorial", 50, y, W, H1)
    lw = W * 0.6
    yl = paras(c, [
        "Chers adhérents, notre réseau a franchi cet été le cap des 500 membres : nous sommes aujourd'hui 512, "
        "contre 430 il y a deux ans. Merci aux 37 nouveaux adhérents de 2025. Près de trois sur quatre sont des "
        "associations ; les autres sont des entreprises et des collectivités.",
        "Nous ne partons pas de rien. Le RAMEAU, créé en 2006, a mené des expérimentations auprès de plus de 500 "
        "organisations depuis sa création ; notre réseau s'en inspire.",
        "<i>Marion Teyssier, présidente</i>",
    ], 50, y, lw)
    bx, bw = 50 + lw + 16, W - lw - 16
    bh = 250
    box(c, bx, y, bw, bh)
    yy = para(c, "<b>Les chiffres du mois</b>", bx + 8, y - 8, bw - 16, SANS)
    for t in [
        "148 000 associations employeuses en France (étude IMPACT – Associations &amp; Territoires, 2018-2022)",
        "98 % d'entre elles ont au moins un partenariat",
        "1,5 M€ : la dotation du Fonds ODD 17, co-créé en 2020",
        "21 co-fondateurs pour la Fondation des Territoires, créée le 14 juin 2022",
        "6,5/10 : la note donnée à cette lettre par nos adhérents (sondage de septembre 2025, 214 réponses)",
    ]:
        yy = para(c, "■ " + t, bx + 8, yy - 2, bw - 16, SANS)
    c.showPage()

    # page 2 : agenda + brèves
    header_footer(c, head, "n° 47 – page 2", pw, ph)
    y = ph - 60
    y = para(c, "Agenda", 50, y, W, H1)
    for t in [
        "<b>14 novembre 2025</b> – Webinaire « Mesurer l'impact d'une alliance » (14h-15h30) : 250 places, "
        "inscription au 01 84 60 27 15.",
        "<b>20 novembre 2025</b> – 4e Rencontres des alliances territoriales, Lyon (69007) : 1 200 participants "
        "attendus et 40 intervenants.",
        "<b>2 décembre 2025</b> – Giving Tuesday : la Charte du faire alliance avait été lancée le 30 novembre 2021, "
        "après 3 mois de co-construction.",
        "<b>11 décembre 2025</b> – Assemblée générale : vote du budget 2026 (prévisionnel : 486 000 €, en hausse "
        "de 4 %).",
    ]:
        y = para(c, "• " + t, 50, y, W, SANS)
    y -= 8
    y = para(c, "Brèves", 50, y, W, H1)
    colw = (W - 20) / 2
    para(c, "<b>Nouvel adhérent.</b> La coopérative Terres d'Aubrac, qui compte 85 salariés, a rejoint le réseau "
            "en septembre.", 50, y, colw, BODY)
    para(c, "<b>Renouvellements.</b> Selon la fédération Alliances 64, 3 entreprises partenaires sur 10 du "
            "département ont renouvelé leur convention en 2024.", 50 + colw + 20, y, colw, BODY)
    c.showPage()

    # page 3 : vie du réseau
    header_footer(c, head, "n° 47 – page 3", pw, ph)
    y = ph - 60
    y = para(c, "Vie du réseau", 50, y, W, H1)
    y = paras(c, [
        "<b>Université d'été.</b> Les 3 et 4 juillet 2025, à Nantes, elle a réuni 326 participants, dont 41 % "
        "venus pour la première fois. Ils lui ont attribué une note de satisfaction de 8,4/10. L'édition 2023 "
        "avait réuni 280 personnes.",
        "<b>Cotisations 2026.</b> Elles restent inchangées : 120 € pour les associations de moins de 5 salariés, "
        "450 € pour les entreprises et les collectivités. Le taux de recouvrement des cotisations 2025 atteint "
        "93 %.",
        "<b>Il y a quatorze ans.</b> En 2011, l'étude ARPEA Entreprises &amp; Territoires montrait que 21 % des "
        "entreprises développaient des partenariats avec des associations et que 33 % souhaitaient le faire.",
    ], 50, y, W)
    y -= 10
    para(c, "Directrice de la publication : Marion Teyssier · ISSN 2491-3307 · Réseau Alliances &amp; Territoires, "
            "17 quai Perrache, 69002 Lyon.", 50, y, W, SMALL)
    c.showPage()
    c.save()


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
