#!/usr/bin/env python3
"""Corpus fictif notes-s120 : 5 PDF « à la manière » des publications de l'Observatoire des partenariats.

Déterministe : rl_config.invariant = 1, métadonnées vides, aucune date ni aléa.
Usage : python make_docs.py   (écrit les PDF dans le dossier du script)
"""
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.graphics.charts.barcharts import VerticalBarChart  # noqa: E402
from reportlab.graphics.shapes import Drawing, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
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

OUT = Path(__file__).resolve().parent
W, H = A4
M = 50  # marge

NB = "\u00a0"


def fx(s):
    """'~' -> espace insécable ; '&' -> entité XML."""
    return s.replace("&", "&amp;").replace("~", NB)


BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=6)
BODYJ = ParagraphStyle("bodyj", parent=BODY, alignment=4)
SMALL = ParagraphStyle("small", fontName="Helvetica", fontSize=7.5, leading=9.5, spaceAfter=3)
ITAL = ParagraphStyle("ital", fontName="Helvetica-Oblique", fontSize=10.5, leading=14, spaceAfter=8)
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=20, leading=24, spaceAfter=8)
H1N = ParagraphStyle("h1n", fontName="Times-Bold", fontSize=22, leading=26, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=6, spaceAfter=6)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=4, spaceAfter=4)
SUB = ParagraphStyle("sub", fontName="Helvetica", fontSize=11, leading=14, spaceAfter=10, textColor=colors.HexColor("#444444"))
BIG = ParagraphStyle("big", fontName="Helvetica-Bold", fontSize=17, leading=20, alignment=TA_CENTER,
                     textColor=colors.HexColor("#1d4e89"))
BIGLAB = ParagraphStyle("biglab", fontName="Helvetica", fontSize=8.5, leading=10.5, alignment=TA_CENTER)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.5, leading=10.5)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=12, bulletIndent=2)
NEWS = ParagraphStyle("news", fontName="Times-Roman", fontSize=10.5, leading=13.5, spaceAfter=6, alignment=4)
NEWSI = ParagraphStyle("newsi", parent=NEWS, fontName="Times-Italic", fontSize=11.5, leading=15)
LEX = ParagraphStyle("lex", fontName="Helvetica", fontSize=9, leading=12, spaceAfter=9)
RUBRIC = ParagraphStyle("rubric", fontName="Helvetica-Bold", fontSize=8.5, leading=10, textColor=colors.HexColor("#aa2222"),
                        spaceAfter=4)


def P(text, style=BODY, **kw):
    return Paragraph(fx(text), style, **kw)


def bullets(items, style=BULLET):
    return [Paragraph(fx(t), style, bulletText="•") for t in items]


def grid_table(rows, widths, header=True, zebra=False, align_right_from=None, fs=8.5):
    data = []
    for r in rows:
        data.append([Paragraph(fx(c), CELLB if (header and not data) else CELL) if isinstance(c, str) else c for c in r])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    st = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe7f1")))
    if zebra:
        for i in range(2, len(rows), 2):
            st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f4f4f4")))
    t.setStyle(TableStyle(st))
    return t


def boxed(flowables, width, bg="#eef3f8", border="#1d4e89"):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(border)),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def keyfig_box(cells, width):
    """Encadré de chiffres clés : liste de (grand nombre, libellé)."""
    n = len(cells)
    row = [[Paragraph(fx(big), BIG), Paragraph(fx(lab), BIGLAB)] for big, lab in cells]
    t = Table([row], colWidths=[width / n] * n)
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#1d4e89")),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bb3d1")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return t


def make_doc(name, story, templates, header_footer):
    path = OUT / name
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M,
                          title="", author="", subject="", creator="", producer="", keywords="")
    pts = []
    for tid, frames in templates:
        pts.append(PageTemplate(id=tid, frames=frames, onPage=header_footer))
    doc.addPageTemplates(pts)
    doc.build(story)
    return path


def full_frame(top=H - M - 14, bottom=M + 14, fid="full"):
    return Frame(M, bottom, W - 2 * M, top - bottom, id=fid, leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0)


def two_cols(top=H - M - 14, bottom=M + 14, gap=18, prefix="c", split=0.5):
    w = W - 2 * M - gap
    w1 = w * split
    w2 = w - w1
    return [
        Frame(M, bottom, w1, top - bottom, id=prefix + "1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
        Frame(M + w1 + gap, bottom, w2, top - bottom, id=prefix + "2", leftPadding=0, rightPadding=0, topPadding=0,
              bottomPadding=0),
    ]


# ---------------------------------------------------------------------------
# 1. Rapport annuel d'un fonds de dotation
# ---------------------------------------------------------------------------
def doc1():
    printed = {1: None, 2: "4", 3: "5", 4: "6"}

    def hf(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(M, H - M + 6, "Fonds de dotation Alliances Vives · Rapport annuel 2024")
        c.drawRightString(W - M, H - M + 6, "Publié le 18 juin 2025")
        c.line(M, H - M + 2, W - M, H - M + 2)
        p = printed.get(d.page)
        if p:
            c.setFont("Helvetica-Bold", 9)
            c.drawCentredString(W / 2, M - 18, p)
        c.restoreState()

    s = []
    # --- page 1 : couverture, chiffres clés, édito
    s += [Spacer(1, 30), P("Rapport annuel 2024", H1),
          P("Fonds de dotation Alliances Vives — exercice clos le 31 décembre 2024", SUB), Spacer(1, 10)]
    s.append(P("L'année 2024 en chiffres", H3))
    s.append(keyfig_box([
        ("2,4~M€", "engagés en 2024 (2,1~M€ en 2023)"),
        ("38", "projets soutenus"),
        ("12~600", "bénéficiaires directs"),
        ("4", "programmes thématiques"),
    ], W - 2 * M))
    s += [Spacer(1, 18), P("Le mot du président", H2)]
    s.append(P("Créé en 2016, notre fonds de dotation a dépassé cette année le cap des 10~millions d'euros engagés "
               "depuis l'origine. Nous avons examiné 214~demandes de soutien, contre 176 l'année précédente, et retenu "
               "38 projets : c'est une sélectivité assumée.", BODYJ))
    s.append(P("Les trois quarts des projets retenus associent une association et au moins une entreprise de leur "
               "territoire ; les autres réunissent aussi une collectivité ou une fondation. Chaque dossier est instruit "
               "par deux bénévoles du comité de sélection, qui rencontrent les porteurs sur place.", BODYJ))
    s.append(P("Je remercie nos donateurs, nos bénévoles et les équipes qui rendent cet engagement possible.", BODYJ))
    s.append(P("L'année a aussi été celle d'un renouvellement de notre méthode : visites sur place, comités de suivi "
               "partagés avec les entreprises mécènes et publication de nos critères de sélection. Nous voulons que "
               "chaque euro confié au fonds soit suivi, expliqué et évalué.", BODYJ))
    s.append(P("<b>Henri Vasseur</b>, président", BODY))
    s += [Spacer(1, 14), P("Sommaire", H3)]
    s.append(grid_table([
        ["1. Montants engagés par programme", "4"],
        ["2. Bénéficiaires par public", "5"],
        ["3. Gouvernance et perspectives", "6"],
    ], [300, 40], header=False))
    s += [Spacer(1, 20), P("Les montants de ce rapport sont arrêtés au 31 mars 2025 (voir page 6).", SMALL),
          PageBreak()]

    # --- page 2 (imprimée 4) : tableau des montants par programme
    s += [P("1. Montants engagés par programme", H2),
          P("Le tableau ci-dessous détaille les montants votés pour chacun des programmes du fonds. Ce sont des "
            "montants votés, et non des montants décaissés<super>1</super>.", BODYJ), Spacer(1, 4)]
    s.append(grid_table([
        ["Programme", "2024", "2023"],
        ["1. Emploi et insertion", "820~k€", "760~k€"],
        ["2. Éducation et jeunesse", "610~k€", "590~k€"],
        ["3. Bien vieillir", "550~k€", "450~k€"],
        ["4. Handicap et inclusion", "420~k€", "300~k€"],
        ["Total", "2~400~k€", "2~100~k€"],
    ], [240, 100, 100], zebra=True))
    s += [Spacer(1, 4),
          P("Tableau 1 – Montants engagés (en milliers d'euros, k€), votes du conseil des 12 décembre 2023 et "
            "10 décembre 2024.", SMALL), Spacer(1, 10)]
    s.append(P("Le programme Bien vieillir est celui qui progresse le plus (+22~%). L'enveloppe Handicap et inclusion "
               "a, elle, été portée à 420~k€, soit 120~k€ de plus qu'en 2023.", BODYJ))
    s.append(P("Les programmes Emploi et insertion et Éducation et jeunesse restent les premiers postes du fonds.",
               BODYJ))
    s.append(P("Le comité de sélection veille à l'équilibre entre programmes et entre territoires, urbains comme "
               "ruraux. Les projets du programme Emploi et insertion associent le plus souvent une structure "
               "d'insertion par l'activité économique et des entreprises locales, qui apportent des missions, du "
               "tutorat et parfois des embauches. Ceux du programme Éducation et jeunesse reposent sur des "
               "établissements scolaires, des associations d'éducation populaire et des entreprises qui ouvrent "
               "leurs ateliers aux élèves.", BODYJ))
    s.append(P("Le programme Bien vieillir finance des actions de lutte contre l'isolement, du portage de repas "
               "solidaire aux visites de convivialité organisées avec des commerçants et des artisans.", BODYJ))
    s += [Spacer(1, 150), P("<super>1</super> Les décaissements de l'exercice figurent en annexe 3 du rapport "
                            "financier.", SMALL), NextPageTemplate("two"), PageBreak()]

    # --- page 3 (imprimée 5) : deux colonnes, bénéficiaires par public
    s += [P("2. Bénéficiaires par public", H2),
          P("En 2024, les projets soutenus ont touché 12~600 personnes, contre 10~900 en 2023.", BODYJ),
          P("Les jeunes restent le premier public du fonds. Ils représentent 42~% des bénéficiaires, une part stable. "
            "Près de la moitié d'entre eux vivent dans une commune de moins de 3~500 habitants, où l'offre "
            "d'accompagnement est la plus rare.", BODYJ),
          P("Les seniors progressent nettement, portés par le programme Bien vieillir.", BODYJ),
          P("Les personnes en situation de handicap sont accompagnées surtout vers l'emploi et la pratique "
            "sportive, en lien avec des clubs et des entreprises adaptées. Les familles, enfin, bénéficient "
            "d'actions de soutien à la parentalité et d'aide aux devoirs, souvent portées par des centres sociaux.",
            BODYJ),
          P("Ces chiffres ne disent pas tout : un même bénéficiaire peut être compté dans plusieurs projets. Le "
            "fonds travaille avec les porteurs à un suivi plus fin des parcours.", BODYJ),
          FrameBreak()]
    s += [P("Bénéficiaires 2024 par public (entre parenthèses : 2023)<super>2</super>", H3)]
    s += bullets([
        "Jeunes de 16 à 25 ans : 5~300 (4~800)",
        "Seniors de plus de 75 ans : 2~900 (2~100)",
        "Personnes en situation de handicap : 1~700 (1~500)",
        "Familles : 2~700 foyers (2~500)",
    ])
    s += [Spacer(1, 12), P("<super>2</super> Source : fiches de suivi des porteurs de projet, arrêtées au 15 février "
                           "2025.", SMALL), NextPageTemplate("full"), PageBreak()]

    # --- page 4 (imprimée 6) : gouvernance, encadré, adresse
    s += [P("3. Gouvernance et perspectives", H2),
          P("Le conseil d'administration compte neuf membres, dont quatre représentants des entreprises fondatrices. "
            "Il a tenu 5 séances en 2024.", BODYJ),
          P("Pour 2025, il a voté une enveloppe de 2,6~M€, en hausse de 8~%. Les frais de fonctionnement restent "
            "contenus à 6,5~% des ressources.", BODYJ), Spacer(1, 8)]
    s.append(boxed([
        P("Notre fonds et l'écosystème des alliances", H3),
        P("Les fonds de dotation ont été créés par la loi n° 2008-776 du 4 août 2008 de modernisation de "
          "l'économie.", BODY),
        P("Nous inscrivons notre action dans les travaux de l'Observatoire des partenariats, créé en 2008. Selon son "
          "programme IMPACT (2018-2022), 98~% des 148~000 associations employeuses ont au moins un partenariat.", BODY),
        P("Nous avons également rejoint le fonds ODD~17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, "
          "doté de 1,5~M€ pour une expérimentation de 3~ans.", BODY),
    ], W - 2 * M))
    s += [Spacer(1, 10),
          P("En 2025, le fonds ouvrira un appel à projets commun avec deux fondations d'entreprise, afin de "
            "soutenir des alliances en zone rurale. Il engagera aussi une évaluation externe de ses programmes, "
            "dont les conclusions seront rendues publiques.", BODYJ),
          P("Le conseil remercie les entreprises fondatrices, dont l'engagement dans la durée permet au fonds de "
            "prendre des risques mesurés aux côtés d'associations encore jeunes.", BODYJ),
          Spacer(1, 200), P("Alliances Vives · 12, rue des Tanneurs · 69002 Lyon · 01~99~00~41~82", SMALL)]

    return make_doc("obs-s120-01-rapport-fonds-dotation.pdf", s,
                    [("full", [full_frame()]), ("two", two_cols(split=0.55))], hf)


# ---------------------------------------------------------------------------
# 2. Tribune d'opinion dans un journal
# ---------------------------------------------------------------------------
def doc2():
    printed = {1: "22", 2: "23", 3: "24"}

    def hf(c, d):
        c.saveState()
        c.setFont("Times-Bold", 9)
        c.drawString(M, H - M + 6, "L'ÉCHO DES TERRITOIRES")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, H - M + 6, "Mardi 14 octobre 2025")
        c.drawRightString(W - M, H - M + 6, "Débats")
        c.setLineWidth(1.2)
        c.line(M, H - M + 2, W - M, H - M + 2)
        c.setFont("Times-Bold", 10)
        p = printed[d.page]
        if d.page % 2:
            c.drawRightString(W - M, M - 18, p)
        else:
            c.drawString(M, M - 18, p)
        c.restoreState()

    top_h = 118
    une = [Frame(M, H - M - 14 - top_h, W - 2 * M, top_h, id="une", leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0)] + two_cols(top=H - M - 14 - top_h - 6, prefix="u", gap=20)
    cols = two_cols(prefix="k", gap=20)

    s = []
    # --- page 1
    s += [P("DÉBATS · TRIBUNE", RUBRIC),
          P("« Faire alliance n'est plus une option, c'est une méthode »", H1N),
          P("Pour Claire Dumoulin-Servan, déléguée générale d'un réseau associatif, plus de quinze ans de mesures de "
            "l'Observatoire des partenariats plaident pour reconnaître enfin un droit de l'alliance.", NEWSI),
          FrameBreak()]
    s += [P("Les Français n'ont pas attendu les responsables politiques. Interrogés en 2015 par l'Observatoire des "
            "partenariats (PHARE-Citoyens), ils étaient déjà 69~% à considérer que les alliances entre associations, "
            "entreprises et pouvoirs publics relevaient d'un devoir. Ils sont aujourd'hui 81~% à le penser : douze "
            "points de plus.", NEWS),
          P("Les maires ne disent pas autre chose. 87~% d'entre eux voient dans les partenariats une source "
            "d'innovation pour leur territoire (PHARE-Institutions, 2016), et 92~% reconnaissent désormais un "
            "« besoin d'alliance ».", NEWS),
          P("On objectera que l'opinion est volatile. Elle ne l'est pas sur ce sujet. Depuis que l'Observatoire "
            "interroge citoyens, maires, dirigeants et responsables associatifs, la même conviction revient, "
            "enquête après enquête : les problèmes de nos territoires sont trop imbriqués pour être traités par un "
            "seul acteur.", NEWS),
          P("Le décrochage scolaire, l'isolement des aînés, la transition écologique des petites entreprises : "
            "aucun de ces sujets ne se règle depuis un bureau, ni depuis un seul budget.", NEWS),
          FrameBreak(),
          P("Quant aux dirigeants d'entreprise, ils sont 84~% à exprimer une « envie d'alliance ». Qui peut encore "
            "parler d'un sujet de niche ?", NEWS),
          P("Ces convictions ne datent pas d'hier. Dès 2008, les premières mesures de l'Observatoire montraient que "
            "86~% des Français jugeaient urgent de créer des partenariats ; quatre ans plus tard, ils étaient encore "
            "84~%.", NEWS),
          P("Ce qui manque n'est donc pas l'envie, mais le cadre : des règles, des financements et du temps pour "
            "apprendre à travailler ensemble.", NEWS),
          P("Les associations le savent mieux que personne. Elles vivent de subventions annuelles, de bénévoles "
            "épuisés et de projets qu'il faut réinventer à chaque appel d'offres. Les entreprises, de leur côté, "
            "cherchent à s'ancrer dans leur territoire sans toujours savoir à quelle porte frapper.", NEWS),
          NextPageTemplate("cols"), PageBreak()]
    # --- page 2
    s += [P("Le terrain confirme ces intentions. Une enquête menée en mai-juin 2016 auprès de plus de 1~380 "
            "responsables associatifs (Recherches & Solidarités et Le RAMEAU, publiée en mars 2017) montre qu'une "
            "association compte en moyenne 2,5 partenaires. Les collectivités arrivent en tête : 74~% des "
            "associations les citent, devant les autres associations et fondations (72~%). Les entreprises ne sont "
            "citées que par 28~% d'entre elles.", NEWS),
          P("La taille compte aussi : la moitié des associations dont le budget dépasse 150~000~€ ont noué un "
            "partenariat avec une entreprise, contre une sur cinq parmi celles qui disposent de moins de "
            "10~000~€.", NEWS),
          P("Autrement dit, l'alliance reste un luxe de structures déjà solides. C'est précisément ce qu'un droit de "
            "l'alliance doit corriger.", NEWS),
          P("Car les petites associations ne manquent ni d'idées ni d'énergie. Elles manquent de temps pour "
            "chercher des partenaires, d'ingénierie pour monter des projets communs et de reconnaissance quand "
            "elles y parviennent. Les collectivités, qui les connaissent, sont souvent les mieux placées pour "
            "jouer les intermédiaires.", NEWS),
          FrameBreak()]
    rep = [P("REPÈRES", RUBRIC)] + bullets([
        "2006 — création du RAMEAU, laboratoire de recherche empirique",
        "2008 — naissance de l'Observatoire des partenariats",
        "2020 — fonds ODD~17 : 350 catalyseurs territoriaux visés",
        "7 mai 2020 — remise du rapport de la mission ministérielle",
        "Feuille de route ministérielle : 21 mesures",
    ], ParagraphStyle("rb", parent=NEWS, fontName="Times-Roman", fontSize=9.5, leading=12, leftIndent=10,
                      bulletIndent=0, alignment=0))
    s += [boxed(rep, (W - 2 * M - 20) / 2, bg="#f6f1e7", border="#aa2222"), Spacer(1, 12),
          P("Un cadre existe déjà pour les fondations et les fonds de dotation ; il reste à l'étendre aux alliances "
            "elles-mêmes, qui réunissent des acteurs de statuts différents.", NEWS),
          P("Un tel droit ne créerait pas de guichet supplémentaire. Il donnerait une existence juridique à ce qui "
            "se fait déjà, sécuriserait les apports de chacun et permettrait d'évaluer ce que l'alliance produit "
            "réellement pour les habitants.", NEWS),
          PageBreak()]
    # --- page 3
    s += [P("Reste à changer d'échelle. Les élus locaux y sont prêts : 64~% veulent s'appuyer sur le « jouer "
            "collectif » (étude IMPACT-Élus locaux, Comisis-OpinionWay, novembre 2020).", NEWS),
          P("Et le mouvement s'accélère. À l'automne 2024, 91~% des 302 maires interrogés par téléphone décrivaient "
            "leur territoire comme « en mouvement », 35~% « fortement » et 56~% « ni plus ni moins ».", NEWS),
          P("Il faut dire que 84~% des répondants dirigent une commune de moins de 2~000 habitants : c'est là que "
            "l'alliance devient une nécessité.", NEWS),
          FrameBreak(),
          P("La Fondation des Territoires, créée le 14 juin 2022 par 21 co-fondateurs, montre la voie. À nous, "
            "désormais, d'inscrire le droit de l'alliance d'intérêt général dans la loi.", NEWS),
          P("Faire alliance n'est pas une mode. C'est une manière de gouverner les territoires qui respecte ce que "
            "chacun sait faire, et qui accepte de rendre des comptes ensemble.", NEWS),
          Spacer(1, 10),
          boxed([P("Claire Dumoulin-Servan est déléguée générale d'Ensemble en Commun, un réseau de 240 associations "
                   "du Grand Ouest.", ParagraphStyle("sig", parent=NEWS, fontName="Times-Italic", fontSize=9.5,
                                                     leading=12))], (W - 2 * M - 20) / 2, bg="#ffffff",
                border="#777777"),
          Spacer(1, 10),
          P("Les tribunes publiées n'engagent que leurs auteurs. Réagir : Courrier des lecteurs, 8, quai Turenne, "
            "44000 Nantes.", SMALL)]
    return make_doc("obs-s120-02-tribune-opinion.pdf", s, [("une", une), ("cols", cols)], hf)


# ---------------------------------------------------------------------------
# 3. Tableau de résultats par catégorie de collectivité
# ---------------------------------------------------------------------------
def doc3():
    printed = {1: None, 2: "7", 3: "8", 4: "9"}

    def hf(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(M, H - M + 6, "Baromètre des coopérations territoriales · 3e édition")
        c.drawRightString(W - M, H - M + 6, "Septembre 2025")
        c.line(M, H - M + 2, W - M, H - M + 2)
        p = printed.get(d.page)
        c.line(M, M - 6, W - M, M - 6)
        c.drawString(M, M - 18, "Institut Ardoise")
        if p:
            c.drawRightString(W - M, M - 18, "page " + p)
        c.restoreState()

    s = []
    # --- page 1
    s += [Spacer(1, 40), P("Baromètre des coopérations territoriales", H1),
          P("3e édition — Résultats détaillés par catégorie de collectivité", SUB), Spacer(1, 14)]
    s.append(boxed([
        P("Méthode", H3),
        P("Enquête en ligne réalisée du 3 février au 21 mars 2025 auprès des collectivités de France "
          "métropolitaine. 1~072 collectivités ont répondu : 812 communes, 186 intercommunalités, 61 départements et "
          "13 régions. Taux de réponse : 23~%.", BODY),
    ], W - 2 * M))
    s += [Spacer(1, 16), P("L'essentiel", H2),
          P("63~% des collectivités répondantes déclarent au moins un partenariat actif avec une association, une "
            "entreprise ou une fondation, contre 58~% lors de l'édition précédente (2022).", BODYJ),
          P("Les écarts entre catégories restent marqués, et la taille des communes demeure le premier facteur "
            "d'engagement.", BODYJ), Spacer(1, 16), P("Dans ce chapitre", H3)]
    s.append(grid_table([
        ["2.1 Qui coopère ?", "page 7"],
        ["2.2 Avec quels partenaires ?", "page 8"],
        ["2.3 Une tendance qui se confirme", "page 9"],
    ], [300, 60], header=False))
    s += [Spacer(1, 10), P("Les résultats sont présentés sans redressement. Les effectifs de chaque catégorie "
                           "figurent dans le tableau 1.", SMALL), PageBreak()]
    # --- page 2
    s += [P("2.1 Qui coopère ?", H2),
          P("Tableau 1 – Part des collectivités ayant au moins un partenariat, par catégorie", H3)]
    s.append(grid_table([
        ["Catégorie de collectivité", "Répondants (effectif)", "Au moins un partenariat (%)"],
        ["Communes de moins de 3~500 habitants", "540", "49~%"],
        ["Communes de 3~500 habitants et plus", "272", "71~%"],
        ["Intercommunalités", "186", "82~%"],
        ["Départements", "61", "89~%"],
        ["Régions", "13", "100~%"],
        ["Ensemble", "1~072", "63~%"],
    ], [230, 110, 150], zebra=True))
    s += [Spacer(1, 3),
          P("Source : Institut Ardoise, Baromètre des coopérations territoriales, enquête 2025 (n~=~1~072).", SMALL),
          P("Lecture : 82~% des intercommunalités répondantes déclarent au moins un partenariat.", SMALL),
          Spacer(1, 10),
          P("La taille fait la différence : moins de la moitié des communes de moins de 3~500 habitants (49~%) "
            "déclarent un partenariat, contre 71~% des communes plus peuplées. Les intercommunalités (82~%) et les "
            "départements (89~%) sont nettement plus engagés ; quant aux 13 régions répondantes, toutes en comptent "
            "au moins un.", BODYJ),
          P("L'intercommunalité apparaît souvent comme l'échelon qui porte les partenariats pour le compte des "
            "petites communes : mutualisation de l'ingénierie, appels à projets communs, clubs d'entreprises "
            "animés à l'échelle du bassin de vie. Plusieurs maires interrogés en entretien le confirment : "
            "sans appui intercommunal, la recherche de partenaires reste hors de portée d'une mairie sans "
            "service dédié.", BODYJ),
          PageBreak()]
    # --- page 3
    s += [P("2.2 Avec quels partenaires ?", H2),
          P("Tableau 2 – Partenaires cités, par catégorie de collectivité", H3)]
    s.append(grid_table([
        ["Partenaire cité", "Communes", "Intercommunalités", "Départements", "Régions"],
        ["Associations", "86~%", "78~%", "94~%", "92~%"],
        ["Entreprises", "34~%", "57~%", "48~%", "85~%"],
        ["Fondations", "31~%", "40~%", "59~%", "69~%"],
    ], [130, 90, 100, 90, 80]))
    s += [Spacer(1, 3),
          P("En % des collectivités ayant au moins un partenariat ; plusieurs réponses possibles, total supérieur à "
            "100~%.", SMALL),
          P("Lecture : 86~% des communes ayant au moins un partenariat citent une association.", SMALL),
          Spacer(1, 10),
          P("Les associations restent le premier partenaire, quelle que soit la catégorie. Les départements se "
            "distinguent : ils sont 59~% à travailler avec une fondation, près du double des communes (31~%). Côté "
            "entreprises, les régions dominent (85~%), loin devant les communes, dont un tiers seulement (34~%) "
            "citent une entreprise.", BODYJ),
          P("Les partenariats avec les entreprises prennent des formes variées : mécénat de compétences, "
            "prêt de locaux, achats responsables ou co-financement d'équipements. Les fondations, elles, "
            "interviennent surtout en appui de projets déjà engagés avec des associations du territoire.", BODYJ),
          PageBreak()]
    # --- page 4
    s += [P("2.3 Une tendance qui se confirme", H2),
          P("Tableau 3 – Rappel des éditions", H3)]
    s.append(grid_table([
        ["Édition", "Année de terrain", "Répondants", "Au moins un partenariat"],
        ["1re édition (publiée en 2019)", "2018", "640", "55~%"],
        ["2e édition (publiée en 2022)", "2021", "910", "58~%"],
        ["3e édition (publiée en 2025)", "2025", "1~072", "63~%"],
    ], [170, 100, 90, 130]))
    s += [Spacer(1, 8),
          P("En six ans, la part des collectivités engagées a gagné 8 points, et le nombre de répondants a presque "
            "doublé.", BODYJ)]
    d = Drawing(300, 150)
    bc = VerticalBarChart()
    bc.x, bc.y, bc.width, bc.height = 40, 25, 230, 105
    bc.data = [(55, 58, 63)]
    bc.categoryAxis.categoryNames = ["2019", "2022", "2025"]
    bc.valueAxis.valueMin, bc.valueAxis.valueMax, bc.valueAxis.valueStep = 0, 80, 20
    bc.bars[0].fillColor = colors.HexColor("#1d4e89")
    bc.categoryAxis.labels.fontName = "Helvetica"
    bc.valueAxis.labels.fontName = "Helvetica"
    d.add(bc)
    d.add(String(40, 140, "Part des collectivités engagées, par édition (%)", fontName="Helvetica-Bold", fontSize=8))
    s += [d, Spacer(1, 8)]
    s.append(boxed([
        P("Ce que disent les travaux de l'Observatoire des partenariats", H3),
        P("76~% des maires jugent leur territoire engagé, mais 46~% ne savent pas comment piloter ces alliances "
          "(programme IMPACT, 2018-2022). En 2016, 87~% des maires voyaient déjà dans les partenariats une source "
          "d'innovation (PHARE-Institutions).", BODY),
    ], W - 2 * M))
    s += [Spacer(1, 20), P("Institut Ardoise · 27, quai de la Fosse · 35000 Rennes · 01~99~00~27~15", SMALL)]
    return make_doc("obs-s120-03-tableau-collectivites.pdf", s, [("full", [full_frame()])], hf)


# ---------------------------------------------------------------------------
# 4. Palmarès / compte rendu de jury
# ---------------------------------------------------------------------------
def doc4():
    printed = {1: "3/8", 2: "4/8", 3: "5/8"}

    def hf(c, d):
        c.saveState()
        c.setFont("Helvetica", 7.5)
        c.drawString(M, H - M + 6, "Prix Trajectoires Communes · Compte rendu de la délibération du 2 juillet 2025")
        c.line(M, H - M + 2, W - M, H - M + 2)
        c.drawRightString(W - M, M - 18, printed[d.page])
        c.restoreState()

    top_h = 150
    p1 = [Frame(M, H - M - 14 - top_h, W - 2 * M, top_h, id="top", leftPadding=0, rightPadding=0, topPadding=0,
                bottomPadding=0)] + two_cols(top=H - M - 14 - top_h - 6, prefix="p", gap=20)
    s = []
    # --- page 1
    s += [Spacer(1, 10), P("Prix Trajectoires Communes 2025", H1), P("Palmarès et compte rendu du jury", SUB)]
    s.append(keyfig_box([("327", "dossiers reçus"), ("6", "lauréats"), ("90~000~€", "de dotations")], W - 2 * M))
    s += [FrameBreak(),
          P("Le jury de la 6e édition du prix s'est réuni le 2 juillet 2025 à Angers. Il a examiné 327 dossiers, "
            "contre 254 en 2024 et 198 lors de la 4e édition, en 2023.", BODYJ),
          P("Composé de 11 personnalités issues du monde associatif, de l'entreprise et des collectivités, il a "
            "d'abord retenu 18 finalistes, puis désigné 6 lauréats, qui se partagent une dotation globale de "
            "90~000 euros.", BODYJ),
          FrameBreak(),
          P("Signe de la vitalité du terrain, les alliances nées il y a moins de trois ans représentent 44~% des "
            "candidatures.", BODYJ),
          P("Le jury a salué la qualité des dossiers et la diversité des territoires représentés, des quartiers "
            "prioritaires aux bourgs ruraux.", BODYJ),
          P("Les délibérations se sont déroulées en deux temps : une audition des finalistes le matin, puis un "
            "débat à huis clos l'après-midi. Les critères étaient ceux du règlement : utilité sociale, qualité de "
            "l'alliance, potentiel d'essaimage et sobriété des moyens.", BODYJ),
          NextPageTemplate("full"), PageBreak()]
    # --- page 2
    s += [P("Palmarès 2025 par catégorie", H2)]
    s.append(grid_table([
        ["Catégorie", "Lauréat", "Dossiers reçus", "Dotation"],
        ["Emploi et insertion", "Atelier des Deux Rives & Menuiseries Garnier", "94", "20~000~€"],
        ["Éducation et jeunesse", "Cap Savoirs & Imprimerie du Lac", "81", "15~000~€"],
        ["Environnement", "Terre Commune & Coopérative Sillon", "72", "15~000~€"],
        ["Santé et bien vieillir", "Voisins d'Âge & Mutuelle des Bruyères", "48", "15~000~€"],
        ["Coup de cœur du jury", "Ferme des 4 Chemins & Collège Jean-Zay", "32", "10~000~€"],
        ["Prix du public", "Radio Quartiers 89 & Brasserie Ouvrière", "4~212 votes", "15~000~€"],
    ], [110, 200, 90, 90], zebra=True))
    s += [Spacer(1, 12),
          P("Avec 94 dossiers, la catégorie Emploi et insertion reste la plus disputée. Le jury a attribué le Coup de "
            "cœur à l'unanimité, une première depuis la création du prix en 2020.", BODYJ),
          P("Le Prix du public a été ouvert au vote en ligne pendant la seconde quinzaine de juin.", BODYJ),
          P("Le jury a particulièrement apprécié, chez l'Atelier des Deux Rives, la manière dont la menuiserie "
            "partenaire a adapté son organisation pour accueillir des salariés en parcours d'insertion. Chez "
            "Voisins d'Âge, il a retenu l'implication de la mutuelle dans le repérage des personnes isolées.", BODYJ),
          PageBreak()]
    # --- page 3
    s += [P("Qui sont les candidats ?", H2)]
    s += bullets([
        "58~% des dossiers sont portés par une association, 27~% par une entreprise et 15~% par une collectivité ou "
        "un établissement public.",
        "Deux candidats sur trois sont implantés dans une commune de moins de 10~000 habitants.",
        "Les alliances candidates réunissent en moyenne 4,2 partenaires.",
        "Un tiers des 30 lauréats des éditions 2020 à 2024 ont depuis essaimé leur projet dans un autre "
        "département<super>1</super>.",
    ])
    s += [Spacer(1, 8),
          P("Ces profils confirment l'ouverture du prix à des alliances de toutes tailles. Le jury souhaite "
            "néanmoins encourager davantage de candidatures venues des collectivités et des établissements "
            "d'enseignement.", BODYJ),
          Spacer(1, 8),
          boxed([P("Prochaine édition : dépôt des dossiers jusqu'au 15 mars 2026. Renseignements : 01~99~00~63~48.",
                   BODY)], W - 2 * M, bg="#f4f4f4", border="#777777"),
          Spacer(1, 250),
          P("<super>1</super> Suivi réalisé en mars 2025 auprès de 27 des 30 lauréats ; 3 n'ont pas répondu.", SMALL)]
    return make_doc("obs-s120-04-palmares-prix.pdf", s, [("p1", p1), ("full", [full_frame()])], hf)


# ---------------------------------------------------------------------------
# 5. Lexique chiffré
# ---------------------------------------------------------------------------
def doc5():
    printed = {1: "41", 2: "42", 3: "43"}

    def hf(c, d):
        c.saveState()
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(M, H - M + 6, "Cahiers de l'alliance n° 12 — novembre 2025")
        c.drawRightString(W - M, H - M + 6, "Les mots des partenariats")
        c.line(M, H - M + 2, W - M, H - M + 2)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(W / 2, M - 18, printed[d.page])
        c.restoreState()

    def entry(word, text):
        return P("<b>" + word + "</b> — " + text, LEX)

    srcs = ParagraphStyle("srcs", parent=SMALL, fontSize=7, leading=9)
    tpl = [("lex", two_cols(bottom=M + 110, prefix="l", gap=22) +
            [Frame(M, M + 6, W - 2 * M, 96, id="src", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)])]
    s = []
    # --- page 1
    s += [P("Les mots des partenariats", H1), P("Lexique chiffré, de A à Z, pour parler juste.", SUB),
          entry("Alliance", "Relation durable entre acteurs de natures différentes qui décident d'agir ensemble au "
                "service du bien commun, en mettant en commun des compétences, des moyens et une part de leur "
                "gouvernance. Elle se distingue du simple contrat par la durée et par la réciprocité. 81~% des Français y voient un devoir, et 84~% des dirigeants d'entreprise "
                "en expriment l'envie [1]."),
          entry("ARPEA", "Premier programme de l'Observatoire des partenariats (2008-2012), décliné en dix volets. Il a "
                "posé les bases d'une mesure régulière des relations entre associations et entreprises. "
                "En 2008, 86~% des Français jugeaient urgent de créer des partenariats [2]."),
          entry("Association employeuse", "Association qui salarie au moins une personne. Elle porte l'essentiel des "
                "activités de services aux habitants. On en compte 148~000 ; "
                "98~% d'entre elles ont au moins un partenariat [3]."),
          FrameBreak(),
          entry("Catalyseur territorial", "Acteur qui facilite les alliances sur un territoire : il repère les besoins, "
                "met les partenaires en relation et aide à formaliser leur engagement. Le fonds ODD~17, "
                "co-créé en 2020, en vise 350 et dispose de 1,5~M€ pour les accompagner [4]."),
          entry("Co-construction", "Élaboration commune d'un projet par des acteurs qui en partagent la "
                "responsabilité, de la définition du besoin à l'évaluation. Le mot désigne autant une méthode qu'une "
                "posture. 92~% des maires en reconnaissent l'utilité et 64~% des élus locaux veulent "
                "s'appuyer sur le « jouer collectif » [5]."),
          FrameBreak(),
          P("[1] Le RAMEAU, « Le droit à l'alliance d'intérêt général enfin reconnu ». [2] Observatoire des "
            "partenariats, programme ARPEA. [3] Observatoire des partenariats, IMPACT – Associations & Territoires, "
            "programme 2018-2022. [4] Le RAMEAU, « Découvrir le fonds ODD~17 ». [5] Étude IMPACT-Élus locaux, "
            "Comisis-OpinionWay, novembre 2020.", srcs),
          PageBreak()]
    # --- page 2
    s += [entry("Devoir d'alliance", "Conviction qu'agir ensemble est une obligation morale autant que pratique, "
                "face à des défis qu'aucun acteur ne peut relever seul. "
                "69~% des Français la partageaient en 2015 (PHARE-Citoyens) ; ils sont 81~% aujourd'hui [6]."),
          entry("Entreprise partenaire", "Entreprise engagée dans une relation suivie avec une association, au-delà du "
                "don ponctuel : mécénat, achats, coopération économique ou projet commun. En "
                "janvier 2011, 21~% des entreprises développaient des partenariats et 33~% souhaitaient le faire "
                "[7]."),
          entry("Fondation territoriale", "Fondation qui rassemble les acteurs d'un territoire autour de causes "
                "communes. Elle peut accueillir des fonds dédiés et accompagner des projets portés à "
                "plusieurs. La Fondation des Territoires, créée le 14 juin 2022, réunit 21 co-fondateurs autour de "
                "trois missions [8]."),
          FrameBreak(),
          entry("Innovation sociétale", "Réponse nouvelle à un besoin mal couvert, qui associe souvent des acteurs qui ne "
                "travaillaient pas ensemble. 87~% des maires et 86~% des "
                "responsables associatifs voient dans les partenariats une source d'innovation [9]."),
          entry("Mécénat", "Soutien, financier, en nature ou en compétences, apporté sans contrepartie "
                "équivalente à une cause d'intérêt général. 75~% des "
                "associations employeuses pratiquent le mécénat avec leurs partenaires ; la coopération économique "
                "n'en concerne que 58~% [3]."),
          FrameBreak(),
          P("[3] Observatoire des partenariats, IMPACT – Associations & Territoires, programme 2018-2022. "
            "[6] Observatoire des partenariats, PHARE-Citoyens (septembre 2015) ; Le RAMEAU. [7] Étude ARPEA "
            "Entreprises & Territoires, janvier 2011. [8] Le RAMEAU, « Le RAMEAU, dernier acte ». [9] PHARE-Associations "
            "(2015) et PHARE-Institutions (2016).", srcs),
          PageBreak()]
    # --- page 3
    s += [entry("Note sur 10", "Mesure d'opinion sur une échelle de 0 à 10, commode pour comparer des thèmes entre "
                "eux mais délicate à comparer d'une enquête à l'autre. En 2015, les Français attendaient des "
                "partenariats un impact sur l'emploi noté 7,1/10 et sur le développement économique noté 6,5/10 "
                "[10]."),
          entry("ODD~17", "Dix-septième objectif de développement durable des Nations unies, consacré aux "
                "partenariats. Il se décline en 19 cibles [11]. Il sert de cadre commun aux démarches "
                "d'alliance des acteurs publics et privés."),
          entry("Partenaire", "Organisation avec laquelle une autre s'allie pour un projet ou dans la durée. Une association en compte 2,5 en "
                "moyenne, selon une enquête menée auprès de plus de 1~380 responsables associatifs [12]."),
          FrameBreak(),
          entry("Territoire en mouvement", "Territoire dont les acteurs multiplient les coopérations et dont les élus perçoivent "
                "une dynamique collective. Neuf maires sur "
                "dix (91~%) décrivent le leur ainsi, dont 35~% « fortement » [13]."),
          entry("Zéro partenaire", "Situation devenue rare chez les associations employeuses : 2~% seulement n'en "
                "déclarent aucun [3]. Elle concerne surtout des structures isolées ou en création."),
          FrameBreak(),
          P("[3] Observatoire des partenariats, IMPACT – Associations & Territoires, programme 2018-2022. "
            "[10] PHARE-Citoyens, septembre 2015. [11] Comité 21, « ODD~17 : Sens, décryptages, déclinaisons », "
            "5 juillet. [12] Recherches & Solidarités et Le RAMEAU, enquête de mai-juin 2016, publiée en mars 2017. "
            "[13] IMPACTS & TRAJECTOIRES – Élus locaux, enquête téléphonique, novembre 2024.", srcs)]
    return make_doc("obs-s120-05-lexique-partenariats.pdf", s, tpl, hf)


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5):
        print(f().name)
