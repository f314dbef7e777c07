# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 demo publications of question set s39.

Run with:  /work/main/.venv/bin/python make_docs.py
Writes obs-s39-NN-<slug>.pdf next to this file. Facts come from
/work/shared/facts.md; every sentence is written for this set.
Each page is laid out explicitly (no automatic page flow), so a fact
always lands on the same PDF page; the script stops if a frame overflows.
"""
import os

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.fonts import addMapping

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "s39"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FONT_DIR + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVC-B", FONT_DIR + "DejaVuSansCondensed-Bold.ttf"))
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DV-B")
addMapping("DV", 0, 1, "DV-I")
addMapping("DV", 1, 1, "DV-BI")

INK = colors.HexColor("#1f2a44")
ACCENT = colors.HexColor("#2e7d6b")
ACCENT2 = colors.HexColor("#b5532a")
PALE = colors.HexColor("#e8f1ee")
PALE2 = colors.HexColor("#f6ece6")
GREY = colors.HexColor("#6b6b6b")

# ---------------------------------------------------------------- styles
def st(name, **kw):
    base = dict(fontName="DV", fontSize=9.5, leading=13, textColor=INK,
                alignment=TA_JUSTIFY, spaceAfter=5)
    base.update(kw)
    return ParagraphStyle(name, **base)

BODY = st("body")
BODY_L = st("bodyl", alignment=TA_LEFT)
SMALL = st("small", fontSize=7.5, leading=9.5, textColor=GREY, alignment=TA_LEFT)
NOTE = st("note", fontSize=7.5, leading=9.5, textColor=INK, alignment=TA_LEFT, spaceAfter=2)
LABEL = st("label", fontName="DV-B", fontSize=9, leading=11, textColor=ACCENT2,
           alignment=TA_LEFT, spaceAfter=4)
TITLE = st("title", fontName="DV-B", fontSize=19, leading=23, alignment=TA_LEFT, spaceAfter=6)
EDITION = st("edition", fontName="DV-I", fontSize=9, leading=12, textColor=GREY,
             alignment=TA_LEFT, spaceAfter=12)
H2 = st("h2", fontName="DV-B", fontSize=12, leading=15, textColor=ACCENT, alignment=TA_LEFT,
        spaceBefore=4, spaceAfter=6)
H3 = st("h3", fontName="DV-B", fontSize=10, leading=13, alignment=TA_LEFT, spaceAfter=4)
BULLET = st("bullet", leftIndent=12, bulletIndent=2, alignment=TA_LEFT, spaceAfter=3,
            bulletFontName="DV")
CELL = st("cell", fontSize=8.5, leading=10.5, alignment=TA_LEFT, spaceAfter=0)
CELL_B = st("cellb", fontName="DV-B", fontSize=8.5, leading=10.5, alignment=TA_LEFT,
            spaceAfter=0, textColor=colors.white)
BIG = st("big", fontName="DV-B", fontSize=26, leading=30, textColor=ACCENT, alignment=TA_CENTER,
         spaceAfter=2)
BOXTXT = st("boxtxt", fontSize=9, leading=12, alignment=TA_CENTER, spaceAfter=2)

# slide styles
S_TITLE = st("stitle", fontName="DV-B", fontSize=26, leading=31, alignment=TA_LEFT, spaceAfter=10)
S_HEAD = st("shead", fontName="DV-B", fontSize=22, leading=27, textColor=ACCENT,
            alignment=TA_LEFT, spaceAfter=14)
S_LINE = st("sline", fontSize=17, leading=23, alignment=TA_LEFT, spaceAfter=8)
S_LINE_S = st("slines", fontSize=13.5, leading=18, alignment=TA_LEFT, spaceAfter=7)
S_BIG = st("sbig", fontName="DV-B", fontSize=54, leading=60, textColor=ACCENT2,
           alignment=TA_LEFT, spaceAfter=4)
S_NOTE = st("snote", fontSize=10, leading=12, textColor=GREY, alignment=TA_LEFT)


def esc(text):
    return text.replace("&", "&amp;")


def P(text, style=BODY):
    return Paragraph(esc(text), style)


def bullets(items, style=BULLET, sym="•"):
    return [Paragraph(esc(t), style, bulletText=sym) for t in items]


def place(c, x, y, w, h, flow, pad=0):
    fr = Frame(x, y, w, h, leftPadding=pad, rightPadding=pad, topPadding=pad,
               bottomPadding=pad, showBoundary=0)
    rest = list(flow)
    fr.addFromList(rest, c)
    if rest:
        raise SystemExit("frame overflow on %s: %r" % (c._filename, rest[0]))


def data_table(rows, widths, head_bg=ACCENT, zebra=PALE, align_right_cols=()):
    data = []
    for i, row in enumerate(rows):
        data.append([Paragraph(esc(cell), CELL_B if i == 0 else CELL) for cell in row])
    t = Table(data, colWidths=widths)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), head_bg),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c9c9c9")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i in range(1, len(rows)):
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(style))
    return t


def key_box(big, caption, width, bg=PALE, border=ACCENT):
    inner = [Paragraph(esc(big), BIG), Paragraph(esc(caption), BOXTXT)]
    t = Table([[inner]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 1.2, border),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return t


def text_box(title, lines, width, bg=PALE2, border=ACCENT2):
    inner = [Paragraph(esc(title), H3)] + [Paragraph(esc(l), BODY_L) for l in lines]
    t = Table([[inner]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.8, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def new_canvas(name, size, title):
    path = os.path.join(HERE, name)
    c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("Observatoire des partenariats")
    c.setCreator("s39 make_docs.py")
    c.setSubject("Publication de démonstration")
    return c


def a4_chrome(c, banner_left, banner_right, footer_left, footer_right, color=ACCENT):
    w, h = A4
    c.setFillColor(color)
    c.rect(0, h - 28, w, 28, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DV-B", 8.5)
    c.drawString(40, h - 18, banner_left)
    c.setFont("DV", 8.5)
    c.drawRightString(w - 40, h - 18, banner_right)
    c.setStrokeColor(color)
    c.setLineWidth(0.6)
    c.line(40, 42, w - 40, 42)
    c.setFillColor(GREY)
    c.setFont("DV", 7.5)
    c.drawString(40, 30, footer_left)
    c.setFont("DV-B", 8.5)
    c.drawRightString(w - 40, 30, footer_right)


# ============================================================ document 01
def doc01():
    name = "obs-%s-01-associations-territoires.pdf" % PREFIX
    c = new_canvas(name, A4, "Associations & Territoires")
    W, H = A4
    L, R = 48, W - 48
    FW = R - L
    foot = "Le RAMEAU · Observatoire des partenariats · Cahiers IMPACT"
    ban = "OBSERVATOIRE DES PARTENARIATS — CAHIERS IMPACT"

    # --- page 1 (printed 12)
    a4_chrome(c, ban, "Associations & Territoires", foot, "— 12 —")
    flow = [
        P("ÉTUDE", LABEL),
        P("Associations & Territoires : ce que les alliances changent pour le monde associatif", TITLE),
        P("Cahier de résultats · édition consolidée, diffusée dans le cadre du programme IMPACT", EDITION),
        P("Le programme IMPACT a pris pour fil conducteur la mesure des effets produits par les "
          "alliances entre acteurs d’un même territoire. Ce cahier en restitue le volet associatif. "
          "Il repose sur une enquête quantitative menée auprès d’associations de toutes tailles et "
          "de tous secteurs, complétée par des entretiens avec des dirigeants bénévoles et salariés."),
        P("Le champ retenu est celui des associations qui rémunèrent au moins une personne. "
          "La France en compte 148 000, soit la partie du tissu associatif qui porte l’essentiel "
          "de l’emploi du secteur."),
        Spacer(1, 8),
        key_box("98 %", "Presque aucune association employeuse ne travaille seule : c’est la part "
                "de celles qui déclarent au moins une relation partenariale.", FW * 0.62),
        Spacer(1, 10),
        P("Ce résultat appelle une lecture prudente. Il ne renseigne ni sur l’intensité des relations "
          "ni sur leur durée ; il montre seulement que l’isolement est devenu l’exception. Les pages "
          "qui suivent précisent avec qui ces relations se nouent, à quelle échelle et sous quelle forme."),
        P("Les résultats sont présentés en trois temps : les partenaires, l’échelle d’action, puis les "
          "registres de coopération. Un rappel de l’enquête publiée en 2017 clôt le cahier."),
    ]
    place(c, L, 60, FW, H - 110, flow)
    c.showPage()

    # --- page 2 (printed 13) : two columns + table
    a4_chrome(c, ban, "Associations & Territoires", foot, "— 13 —")
    colw = (FW - 20) / 2
    top = H - 50
    c.setFillColor(ACCENT)
    c.setFont("DV-B", 13)
    c.drawString(L, top - 14, "1. Des partenaires d’abord publics et territoriaux")
    left = [
        P("On a demandé aux responsables d’indiquer les catégories d’organisations avec lesquelles "
          "leur association entretient une relation suivie, au-delà d’un simple contact ponctuel."),
        P("Le tableau ci-contre donne, pour chaque catégorie, la proportion d’associations qui la "
          "citent. Une même association pouvant en citer plusieurs, les pourcentages ne s’additionnent pas."),
        P("Les collectivités arrivent nettement en tête. Les autres structures d’intérêt général "
          "suivent, puis le monde scolaire, dont la place surprend souvent les lecteurs."),
        P("À l’autre bout du classement, les fédérations professionnelles devancent de peu les acteurs "
          "académiques : les laboratoires et universités restent des partenaires plus rares qu’on ne "
          "l’imagine."),
        P("Les acteurs publics nationaux occupent une position intermédiaire. Pour beaucoup de petites "
          "structures, ils restent lointains ; les plus grandes associations les mentionnent en revanche "
          "presque systématiquement."),
    ]
    right = [
        P("Tableau 1 — Avec qui les associations employeuses coopèrent-elles ?", H3),
        data_table([
            ["Catégorie de partenaire", "Associations concernées"],
            ["Collectivités territoriales", "89 %"],
            ["Structures d’intérêt général", "73 %"],
            ["Établissements scolaires", "70 %"],
            ["Collectifs d’associations", "56 %"],
            ["Acteurs publics nationaux", "52 %"],
            ["Fédérations professionnelles", "37 %"],
            ["Acteurs académiques", "35 %"],
        ], [colw * 0.62, colw * 0.38]),
        Spacer(1, 4),
        P("Lecture : un peu plus d’une association employeuse sur deux travaille avec un collectif "
          "d’associations.", SMALL),
    ]
    place(c, L, 60, colw, top - 30 - 60, left)
    place(c, L + colw + 20, 60, colw, top - 30 - 60, right)
    c.showPage()

    # --- page 3 (printed 14)
    a4_chrome(c, ban, "Associations & Territoires", foot, "— 14 —")
    flow = [
        P("2. Une action ancrée au plus près du terrain", H2),
        P("Interrogées sur l’échelle de leurs partenariats, les associations privilégient la proximité. "
          "L’échelon local est cité par 73 % d’entre elles. Le niveau régional vient ensuite ; il concerne "
          "47 % des associations."),
        P("La hiérarchie est la même quelle que soit la taille de la structure, même si les plus grosses "
          "associations multiplient davantage les échelles."),
        Spacer(1, 6),
        P("3. Plusieurs manières de travailler ensemble", H2),
        P("Les relations observées relèvent de registres distincts, que l’on peut résumer ainsi :"),
    ] + bullets([
        "le mécénat, qu’il soit financier, en nature ou en compétences : 75 % ;",
        "l’innovation sociétale, lorsque les partenaires conçoivent ensemble une réponse nouvelle : 73 % ;",
        "les pratiques responsables, quand l’association accompagne l’évolution des pratiques d’une "
        "organisation : 70 % ;",
        "la coopération économique, sous forme d’achats, de prestations ou de projets communs : 58 %.",
    ]) + [
        Spacer(1, 4),
        P("Une même association combine souvent plusieurs registres, si bien que le total dépasse "
          "largement cent.¹ Les entretiens montrent que le mécénat sert fréquemment de porte d’entrée, "
          "avant que la relation ne s’élargisse à d’autres formes."),
        Spacer(1, 150),
        P("¹ Les proportions sont calculées sur l’ensemble des associations employeuses ayant au moins "
          "un partenariat, toutes catégories de partenaires confondues.", NOTE),
    ]
    place(c, L, 60, FW, H - 110, flow)
    c.showPage()

    # --- page 4 (printed 15)
    a4_chrome(c, ban, "Associations & Territoires", foot, "— 15 —")
    flow = [
        P("Pour mémoire : l’enquête « Associations & Partenariats » de 2017", H2),
        P("Avant le programme IMPACT, une première photographie avait été publiée en mars 2017 par "
          "Recherches & Solidarités, associé pour l’occasion à Le RAMEAU. Elle reposait sur un "
          "questionnaire diffusé en mai et juin 2016. Plus de 1 380 responsables associatifs y avaient "
          "répondu."),
        P("Ce travail établissait qu’une association compte en moyenne 2,5 partenaires. Le classement "
          "qu’il proposait diffère sensiblement de celui présenté plus haut, ne serait-ce que parce que "
          "les catégories n’étaient pas découpées de la même façon :"),
        data_table([
            ["Type de partenaire (enquête 2016, publiée en 2017)", "Part des associations"],
            ["Collectivités territoriales", "74 %"],
            ["Autres associations ou fondations", "72 %"],
            ["Établissements d’enseignement", "47 %"],
            ["Entreprises", "28 %"],
            ["Structures d’insertion", "22 %"],
            ["Organismes de recherche", "9 %"],
        ], [FW * 0.6, FW * 0.25]),
        Spacer(1, 10),
        P("La taille budgétaire pèse lourd dans la relation avec les entreprises. Parmi les associations "
          "dont le budget dépasse 150 000 €, la moitié (50 %) ont noué un partenariat avec une entreprise. "
          "Ce n’est le cas que de 20 % de celles qui disposent de moins de 10 000 €."),
        P("Ces écarts rappellent que le partenariat d’entreprise suppose des moyens humains pour le "
          "construire et le suivre, ce dont les plus petites structures manquent souvent."),
    ]
    place(c, L, 60, FW, H - 110, flow)
    c.showPage()
    c.save()


# ============================================================ document 02
def doc02():
    name = "obs-%s-02-fiche-elus-locaux.pdf" % PREFIX
    c = new_canvas(name, A4, "Fiche repère — Les maires face aux alliances")
    W, H = A4
    L, R = 52, W - 52
    FW = R - L
    ban = "FICHE REPÈRE · ÉLUS & TERRITOIRES"
    foot = "Observatoire des partenariats — fiches repères pour les collectivités"

    # --- page 1
    a4_chrome(c, ban, "Observatoire des partenariats", foot, "Fiche 7 · p. 1/3", color=ACCENT2)
    head = [
        P("FICHE REPÈRE", LABEL),
        P("Les maires face aux alliances : des territoires qui bougent", TITLE),
        P("Fiche n° 7 — actualisée avec les résultats rendus publics en novembre 2024", EDITION),
    ]
    place(c, L, H - 170, FW, 130, head)
    boxw = FW * 0.38
    box = [text_box("Méthode", [
        "Enquête IMPACTS & TRAJECTOIRES – Élus locaux.",
        "Échantillon : 302 maires.",
        "Recueil : par téléphone, entre le 30 septembre et le 28 octobre 2024.",
        "Profil : les petites communes dominent. 84 % des répondants administrent une commune de "
        "moins de 2 000 habitants.",
    ], boxw)]
    place(c, R - boxw, 330, boxw, H - 175 - 330, box)
    mainw = FW - boxw - 18
    flow = [
        P("Un territoire en mouvement", H2),
        P("Premier enseignement de l’enquête : les maires décrivent des territoires qui changent. "
          "Au total, 91 % d’entre eux font ce constat."),
        P("Il faut toutefois distinguer deux intensités. Un peu plus d’un tiers des maires (35 %) "
          "jugent que leur commune bouge fortement. Pour 56 %, le mouvement existe, ni plus ni moins "
          "marqué qu’ailleurs."),
        P("Ce sentiment est partagé dans les petites communes rurales comme dans les villes moyennes. "
          "Il traduit moins une accélération brutale qu’une série de transformations continues : "
          "services, mobilités, installation de nouveaux habitants, vie associative."),
        P("Ce que cela implique", H3),
        P("Lorsque le territoire bouge, l’élu ne peut plus tout porter seul. Les maires décrivent la "
          "recherche de relais : associations locales, entreprises implantées sur la commune, "
          "habitants mobilisés autour d’un projet."),
    ]
    place(c, L, 330, mainw, H - 175 - 330, flow)
    bottom = [
        P("À retenir", H3),
        P("Cette fiche met en regard la dernière enquête et les travaux plus anciens de l’Observatoire. "
          "Les questions n’étant pas formulées de manière identique d’une édition à l’autre, les "
          "comparaisons terme à terme doivent être faites avec précaution.", BODY_L),
    ]
    place(c, L, 60, FW, 250, bottom)
    c.showPage()

    # --- page 2 : two columns
    a4_chrome(c, ban, "Observatoire des partenariats", foot, "Fiche 7 · p. 2/3", color=ACCENT2)
    colw = (FW - 22) / 2
    c.setFillColor(ACCENT2)
    c.setFont("DV-B", 13)
    c.drawString(L, H - 64, "Ce que disaient les enquêtes précédentes")
    left = [
        P("PHARE-Institutions", H3),
        P("Le volet PHARE-Institutions a été rendu public le 29 novembre 2016. Il proposait une "
          "typologie des maires en cinq profils, construite selon leur rapport à la co-construction "
          "avec les autres acteurs du territoire."),
        P("Ce dernier volet a contribué à faire connaître un référentiel de la co-construction "
          "territoriale, diffusé ensuite auprès des réseaux d’élus."),
        P("Engagement et pilotage", H3),
        P("Les travaux de l’Observatoire ont également mesuré l’engagement perçu. Environ trois maires "
          "sur quatre considèrent leur territoire comme engagé : 76 %."),
        P("Beaucoup reconnaissent pourtant une difficulté de méthode. Ils sont 46 % à déclarer ne pas "
          "savoir piloter ces dynamiques."),
    ]
    right = [
        P("Le « jouer collectif »", H3),
        P("Lors d’un dîner réunissant des élus et des chefs d’entreprise, l’Observatoire a mis en avant "
          "deux résultats. Près des deux tiers des élus locaux souhaitent s’appuyer sur le « jouer "
          "collectif ». La proportion exacte est de 64 %."),
        P("Quant à l’utilité de la co-construction, elle est reconnue par 92 % des maires."),
        Spacer(1, 6),
        key_box("64 %", "des élus locaux veulent s’appuyer sur le « jouer collectif »", colw,
                bg=PALE2, border=ACCENT2),
        Spacer(1, 8),
        P("Ces chiffres ne proviennent pas tous de la même enquête ; ils sont rassemblés ici pour "
          "situer la dernière édition dans une trajectoire.", SMALL),
    ]
    place(c, L, 60, colw, H - 80 - 60, left)
    place(c, L + colw + 22, 60, colw, H - 80 - 60, right)
    c.showPage()

    # --- page 3
    a4_chrome(c, ban, "Observatoire des partenariats", foot, "Fiche 7 · p. 3/3", color=ACCENT2)
    flow = [
        P("Un outil pour les collectivités", H2),
        P("La fiche-repère « Les dynamiques d’engagement des Collectivités territoriales » a été "
          "dévoilée lors du Congrès des maires. Elle prolonge l’étude IMPACT-Élus locaux, réalisée en "
          "novembre 2020 avec Comisis et OpinionWay."),
        P("Elle s’adresse aux élus qui souhaitent situer leur commune et choisir une manière d’agir. "
          "Elle s’organise autour des entrées suivantes :"),
    ] + bullets([
        "comprendre ce que recouvre la co-construction territoriale et ce qu’elle n’est pas ;",
        "situer sa collectivité parmi les dynamiques d’engagement observées ;",
        "identifier les partenaires mobilisables, de l’association de quartier à l’entreprise locale ;",
        "passer à l’action en s’appuyant sur des exemples d’autres communes.",
    ]) + [
        Spacer(1, 10),
        P("Pour aller plus loin", H3),
        P("Les fiches de cette série sont conçues pour être lues indépendamment. Elles renvoient aux "
          "rapports complets de l’Observatoire pour le détail des méthodes et des questionnaires."),
    ]
    place(c, L, 60, FW, H - 110, flow)
    c.showPage()
    c.save()


# ============================================================ document 03
def doc03():
    name = "obs-%s-03-bulletin-veille-jalons.pdf" % PREFIX
    c = new_canvas(name, A4, "Bulletin de veille — repères institutionnels")
    W, H = A4
    L, R = 44, W - 44
    FW = R - L
    colw = (FW - 20) / 2
    ban = "BULLETIN DE VEILLE · ALLIANCES & BIEN COMMUN"
    foot = "Hors-série — repères institutionnels et calendrier"

    # --- page 1 (printed 41)
    a4_chrome(c, ban, "Le RAMEAU", foot, "page 41", color=INK)
    head = [
        P("BULLETIN DE VEILLE", LABEL),
        P("Repères : près de vingt ans d’alliances au service du bien commun", TITLE),
        P("Numéro hors-série · hiver 2022-2023 · diffusion aux partenaires", EDITION),
    ]
    place(c, L, H - 160, FW, 120, head)
    left = [
        P("Le RAMEAU en quelques mots", H3),
        P("Créé en 2006, Le RAMEAU est une association d’intérêt général. Il se décrit comme un "
          "laboratoire de recherche empirique consacré aux alliances entre acteurs."),
        P("Depuis sa création, il a conduit des expérimentations auprès de plus de 500 organisations. "
          "Plus de 1 000 exemples inspirants ont par ailleurs été recensés."),
        P("L’association est dirigée par un binôme. Charles-Benoît Heidsieck l’a fondée et la préside ; "
          "la direction générale est confiée à Laurence Weber."),
    ]
    right = [
        P("L’Observatoire des partenariats", H3),
        P("L’Observatoire des partenariats a vu le jour en 2008, à l’initiative de la Caisse des Dépôts "
          "et de Le RAMEAU. Le MEDEF et Le Mouvement associatif y sont associés comme partenaires.¹"),
        P("Sa direction scientifique est assurée par Anne Robin. Celle-ci, qui a fondé le cabinet "
          "COMISIS, exerce cette fonction bénévolement."),
        P("Son rôle : produire des données de référence sur les relations entre associations, "
          "entreprises, collectivités et citoyens, et les mettre à disposition de tous."),
    ]
    place(c, L, 120, colw, H - 170 - 120, left)
    place(c, L + colw + 20, 120, colw, H - 170 - 120, right)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.4)
    c.line(L, 112, L + 150, 112)
    place(c, L, 55, FW, 52, [
        P("¹ Des documents plus anciens, dont le rapport quinquennal de décembre 2012, datent de 2007 la "
          "naissance de l’« Observatoire national des partenariats associations / entreprises ».", NOTE)])
    c.showPage()

    # --- page 2 (printed 42)
    a4_chrome(c, ban, "Le RAMEAU", foot, "page 42", color=INK)
    flow = [
        P("Trois plans quinquennaux", H2),
        data_table([
            ["Programme", "Période", "Repères"],
            ["ARPEA", "2008-2012", "10 volets ; rapport quinquennal présenté le 11 décembre 2012"],
            ["PHARE", "2013-2018²", "6 volets publiés entre septembre 2015 et l’automne 2016"],
            ["IMPACT", "2018-2022", "programme lancé en novembre 2017"],
        ], [FW * 0.18, FW * 0.18, FW * 0.64], head_bg=INK),
        Spacer(1, 8),
        P("Le sigle ARPEA n’a pas toujours été développé de la même façon. On le rencontre notamment "
          "sous la forme « Analyse des Relations et des Partenariats entre Entreprises et Associations »."),
        P("Pendant la période PHARE, la ministre Valérie Fourneyron a sollicité un état des lieux des "
          "partenariats entre associations et entreprises. Le rapport correspondant a été publié au début "
          "de l’année 2014."),
        P("Les volets de PHARE se sont succédé dans l’ordre suivant :"),
    ] + bullets([
        "Citoyens, en septembre 2015 ;",
        "Entreprises, en octobre 2015 ;",
        "Associations, en novembre 2015 ;",
        "13 rapports régionaux, en 2016 ;",
        "diagnostics sectoriels, en juillet 2016 ;",
        "Institutions, à l’automne 2016.",
    ]) + [
        Spacer(1, 6),
        P("Le programme IMPACT réunit la Caisse des Dépôts, l’Institut CDC pour la Recherche, le Groupe "
          "La Poste, la Fondation TOTAL et Le RAMEAU. Il s’articule autour de trois axes : l’innovation "
          "sociétale et territoriale, la performance des organisations et la confiance."),
        Spacer(1, 40),
        P("² Certaines présentations font s’achever PHARE en 2017.", NOTE),
    ]
    place(c, L, 55, FW, H - 100, flow)
    c.showPage()

    # --- page 3 (printed 43)
    a4_chrome(c, ban, "Le RAMEAU", foot, "page 43", color=INK)
    c.setFillColor(INK)
    c.setFont("DV-B", 13)
    c.drawString(L, H - 62, "De la mission ministérielle à la loi")
    left = [
        P("En 2019, à l’occasion du FNAF, Gabriel Attal a confié une mission à Cathy Racon-Bouzon et à "
          "Charles-Benoît Heidsieck. Leur rapport a été remis le 7 mai 2020."),
        P("Un premier bilan de sa mise en œuvre a été dressé le 17 octobre 2020."),
        P("Dans la foulée, Cathy Racon-Bouzon a porté une proposition de loi consacrant un « droit de "
          "l’alliance d’intérêt général ». Elle l’a déposée en février."),
        P("Le texte a été agréé par le Bureau de l’Assemblée nationale puis publié au Journal officiel. "
          "Une feuille de route ministérielle l’accompagne ; elle comprend 21 mesures."),
    ]
    right = [
        P("La Charte du faire alliance", H3),
        P("Fruit de trois mois de co-construction pilotés par la Fondation des Territoires, la Charte du "
          "faire alliance se présente comme un « contrat de confiance » entre acteurs."),
        P("Elle a été dévoilée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice "
          "(Paris-Est Marne & Bois), au cours d’une soirée VitaWin.³"),
        P("Ses racines remontent à la démarche territoriale engagée en Paris-Est Marne & Bois, l’un des "
          "premiers territoires pilotes de l’Observatoire."),
    ]
    place(c, L, 120, colw, H - 80 - 120, left)
    place(c, L + colw + 20, 120, colw, H - 80 - 120, right)
    c.setStrokeColor(GREY)
    c.line(L, 112, L + 150, 112)
    place(c, L, 55, FW, 52, [
        P("³ Un communiqué publié sur associations.gouv.fr mentionne un « mardi 30 septembre » ; les "
          "autres comptes rendus retiennent le 30 novembre.", NOTE)])
    c.showPage()

    # --- page 4 (printed 44)
    a4_chrome(c, ban, "Le RAMEAU", foot, "page 44", color=INK)
    flow = [
        P("Outils et structures", H2),
        P("Le Fonds ODD 17 est né en 2020 d’une initiative conjointe de Le RAMEAU et de la Fondation "
          "TotalEnergies. Sa dotation s’élève à 1,5 M€. Elle finance une expérimentation conduite sur "
          "trois ans, qui s’appuie sur 350 « catalyseurs territoriaux »."),
        P("La Fondation des Territoires a connu une longue préfiguration, lancée en juillet 2018 et menée "
          "en trois étapes : de juillet 2018 à juillet 2019, d’août 2019 à novembre 2020, puis de "
          "décembre 2020 à mai 2022. Elle a été officiellement créée le 14 juin 2022, sous l’égide de "
          "la Fondation de Lille. Ses co-fondateurs sont au nombre de 21."),
        Spacer(1, 8),
        P("Agenda de novembre (rappel)", H3),
        data_table([
            ["Date", "Rendez-vous"],
            ["15 nov.", "Dossier JURIS Associations n° 628"],
            ["23 nov.", "3e dîner « Élus & Entreprises »"],
            ["26 nov.", "Publication du 11e rapport régional de l’Observatoire : Normandie"],
            ["26 nov.", "5e webinaire « l’ODD 17 en pratique »"],
        ], [FW * 0.15, FW * 0.7], head_bg=INK),
    ]
    place(c, L, 55, FW, H - 100, flow)
    c.showPage()
    c.save()


# ============================================================ document 04 (slides)
SLIDE = (960, 540)


def slide_chrome(c, num, total_label="Rencontres « Faire alliance »"):
    w, h = SLIDE
    c.setFillColor(INK)
    c.rect(0, h - 34, w, 34, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DV-B", 11)
    c.drawString(30, h - 22, "OBSERVATOIRE DES PARTENARIATS")
    c.setFont("DV", 11)
    c.drawRightString(w - 30, h - 22, total_label)
    c.setFillColor(ACCENT2)
    c.rect(0, 0, w, 6, stroke=0, fill=1)
    c.setFillColor(GREY)
    c.setFont("DV", 9)
    c.drawString(30, 16, "Document de travail — reproduction autorisée avec mention de la source")
    c.setFont("DV-B", 12)
    c.drawRightString(w - 30, 16, "%d" % num)


def doc04():
    name = "obs-%s-04-diaporama-citoyens.pdf" % PREFIX
    c = new_canvas(name, SLIDE, "Diaporama — Les Français et les alliances")
    W, H = SLIDE

    # slide 8
    slide_chrome(c, 8)
    place(c, 50, 60, W - 100, H - 120, [
        P("DIAPORAMA", LABEL),
        P("Les Français et les alliances : dix ans d’opinion", S_TITLE),
        P("Extrait du support projeté (diapositives 8 à 12) — rencontres « Faire alliance »", EDITION),
        Spacer(1, 20),
        P("Trois sources mobilisées", S_LINE),
        P("• le programme ARPEA (2008-2012)", S_LINE_S),
        P("• l’enquête PHARE-Citoyens", S_LINE_S),
        P("• les enquêtes récentes de l’Observatoire", S_LINE_S),
    ])
    c.showPage()

    # slide 9
    slide_chrome(c, 9)
    place(c, 50, 60, W * 0.55, H - 120, [
        P("PHARE-Citoyens — septembre 2015", S_HEAD),
        P("Un échantillon large :", S_LINE),
        P("plus de 2 000 personnes interrogées", S_LINE),
        Spacer(1, 10),
        P("La question posée :", S_LINE),
        P("les acteurs ont-ils un « devoir d’alliance » ?", S_LINE),
    ])
    place(c, W * 0.62, 120, W * 0.32, H - 200, [
        P("69 %", S_BIG),
        P("des Français répondent oui", S_LINE),
    ])
    c.showPage()

    # slide 10 : table
    slide_chrome(c, 10)
    rows = [
        ["Enjeu prioritaire", "Note moyenne (sur 10)"],
        ["Emploi", "7,1"],
        ["Pouvoir d’achat", "6,6"],
        ["Sécurité", "6,6 *"],
        ["Développement économique", "6,5"],
        ["Environnement", "6,3"],
        ["Exclusion", "6,3"],
    ]
    data = []
    for i, r in enumerate(rows):
        stl = st("t%d" % i, fontName="DV-B" if i == 0 else "DV", fontSize=15, leading=19,
                 alignment=TA_LEFT, spaceAfter=0,
                 textColor=colors.white if i == 0 else INK)
        data.append([Paragraph(esc(x), stl) for x in r])
    t = Table(data, colWidths=[340, 230])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    place(c, 50, 50, W - 100, H - 110, [
        P("Ce qui compte pour les Français", S_HEAD),
        t,
        Spacer(1, 14),
        P("* Une autre restitution de la même enquête, reprise par la presse, attribue 7/10 à la "
          "sécurité.", S_NOTE),
    ])
    c.showPage()

    # slide 11 : bars
    slide_chrome(c, 11)
    place(c, 50, H - 130, W - 100, 80, [
        P("Où les partenariats ont-ils un impact fort ?", S_HEAD),
    ])
    bars = [("Emploi", 49), ("Développement économique", 46), ("Environnement", 42),
            ("Précarité", 36), ("Éducation", 36)]
    y = H - 175
    for label, v in bars:
        c.setFillColor(INK)
        c.setFont("DV", 15)
        c.drawRightString(330, y + 6, label)
        c.setFillColor(ACCENT if v > 40 else ACCENT2)
        c.rect(345, y, v * 9, 24, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont("DV-B", 15)
        c.drawString(345 + v * 9 + 10, y + 6, "%d %%" % v)
        y -= 52
    c.setFillColor(GREY)
    c.setFont("DV", 10)
    c.drawString(50, 40, "Part des Français jugeant l’impact des partenariats « fort » dans chaque domaine "
                 "— PHARE-Citoyens.")
    c.showPage()

    # slide 12
    slide_chrome(c, 12)
    colw = (W - 130) / 2
    place(c, 50, H - 120, W - 100, 70, [P("Une conviction qui s’installe", S_HEAD)])
    place(c, 50, 40, colw, H - 170, [
        P("ARPEA — créer des partenariats est urgent", S_LINE),
        P("2008 : 86 % des Français", S_LINE_S),
        P("2012 : 84 % des Français", S_LINE_S),
        Spacer(1, 10),
        P("Les partenariats, source d’innovation", S_LINE),
        P("Français : 74 %", S_LINE_S),
        P("Dirigeants d’entreprise : 81 %", S_LINE_S),
        P("Responsables associatifs : 86 %", S_LINE_S),
        P("Maires : 87 %", S_LINE_S),
    ])
    place(c, 50 + colw + 30, 40, colw, H - 170, [
        P("Sortir de la crise sanitaire", S_LINE),
        P("La co-construction, utile pour rebondir :", S_LINE_S),
        P("81 % des Français", S_LINE_S),
        P("84 % des dirigeants de TPE & PME", S_LINE_S),
        P("Plus de 250 données inventoriées", S_LINE_S),
        Spacer(1, 10),
        P("Aujourd’hui", S_LINE),
        P("devoir d’alliance : 81 % des Français", S_LINE_S),
        P("besoin d’alliance : 92 % des maires", S_LINE_S),
        P("envie d’alliance : 84 % des dirigeants", S_LINE_S),
    ])
    c.showPage()
    c.save()


# ============================================================ document 05
def doc05():
    name = "obs-%s-05-note-entreprises-fondations.pdf" % PREFIX
    c = new_canvas(name, A4, "Note — Entreprises, fondations, territoires")
    W, H = A4
    L, R = 56, W - 56
    FW = R - L
    ban = "NOTE D’ANALYSE · OBSERVATOIRE DES PARTENARIATS"
    foot = "Note n° 12 — entreprises, fondations, territoires"

    # --- page 1 : cover, no printed number
    w, h = A4
    c.setFillColor(ACCENT)
    c.rect(0, h - 300, w, 300, stroke=0, fill=1)
    place(c, L, h - 290, FW, 250, [
        P("NOTE", st("lw", fontName="DV-B", fontSize=12, textColor=colors.white, alignment=TA_LEFT)),
        P("Entreprises, fondations, territoires : l’état des engagements",
          st("tw", fontName="DV-B", fontSize=24, leading=29, textColor=colors.white, alignment=TA_LEFT)),
        P("Note d’analyse n° 12 · version du second semestre, mise en ligne sans date de révision",
          st("ew", fontName="DV-I", fontSize=10, leading=13, textColor=colors.white, alignment=TA_LEFT)),
    ])
    place(c, L, 120, FW, h - 340 - 120, [
        text_box("En bref", [
            "Cette note rassemble, pour un comité de suivi, les principaux repères disponibles sur "
            "l’engagement des entreprises et des fondations aux côtés des associations et des territoires.",
            "Elle s’ouvre sur les mesures de la présence des partenariats, se poursuit avec le rôle "
            "des fondations, et se termine par les expérimentations territoriales.",
        ], FW),
    ])
    c.setFillColor(GREY)
    c.setFont("DV", 8)
    c.drawString(L, 60, "Observatoire des partenariats — document de travail")
    c.showPage()

    # --- page 2 (printed 1)
    a4_chrome(c, ban, "Entreprises", foot, "1")
    flow = [
        P("1. Mesurer la présence des partenariats", H2),
        P("Une note datée du 29 février 2016 a proposé un premier comptage. Parmi les entreprises "
          "d’au moins 10 salariés, 37 % étaient engagées dans un partenariat avec une association."),
        P("Côté associatif, la proportion était voisine : 38 %. Elle grimpait à 53 % chez les "
          "associations employeuses. Quant aux acteurs qualifiés de « pionniers », ils atteignaient 65 %."),
        Spacer(1, 6),
        P("Un regard plus ancien", H3),
        P("L’étude ARPEA Entreprises & Territoires, publiée en janvier 2011, répartissait les entreprises "
          "en trois groupes :"),
        data_table([
            ["Position des entreprises (janvier 2011)", "Part"],
            ["Développent déjà des partenariats", "21 %"],
            ["Souhaitent en développer", "33 %"],
            ["Ne le souhaitent pas", "46 %"],
        ], [FW * 0.6, FW * 0.2]),
        Spacer(1, 8),
        P("Du côté des associations, le programme ARPEA estimait à près de la moitié la part de celles qui "
          "travaillaient avec une entreprise. Le chiffre avancé était de 46 %, une coïncidence avec la "
          "dernière ligne du tableau qu’il faut se garder de sur-interpréter."),
    ]
    place(c, L, 55, FW, H - 100, flow)
    c.showPage()

    # --- page 3 (printed 2) : two columns + box
    a4_chrome(c, ban, "Fondations", foot, "2")
    colw = (FW - 20) / 2
    c.setFillColor(ACCENT)
    c.setFont("DV-B", 12)
    c.drawString(L, H - 62, "2. Les fondations, actrices des territoires")
    left = [
        P("L’étude IMPACT consacrée aux fondations et aux territoires a été publiée un 23 septembre. "
          "Elle repose sur un questionnaire adressé à des fondations de tailles et de statuts variés."),
        P("Leur nombre est donné dans l’encadré ci-contre. Une fiche acteur, intitulée « Dynamique "
          "d’engagement des Fondations », en prolonge la lecture."),
        P("Les fondations y apparaissent comme des tiers de confiance : elles financent, mais elles "
          "relient aussi des acteurs qui ne se seraient pas rencontrés, et elles prennent le risque "
          "de l’expérimentation."),
    ]
    right = [
        key_box("42", "fondations interrogées pour l’étude IMPACT Fondations & Territoires", colw),
        Spacer(1, 10),
        P("Ce rôle structurant est particulièrement mis en avant à propos de l’ODD 17, l’objectif de "
          "développement durable consacré aux partenariats. Les fondations sont vues comme capables "
          "d’en faire une pratique plutôt qu’un slogan."),
    ]
    place(c, L, 60, colw, H - 80 - 60, left)
    place(c, L + colw + 20, 60, colw, H - 80 - 60, right)
    c.showPage()

    # --- page 4 (printed 3)
    a4_chrome(c, ban, "Territoires", foot, "3")
    flow = [
        P("3. Expérimenter avec les territoires", H2),
        P("La démarche « Agir ensemble en Territoire » a été initiée en 2010, à la suite de l’étude "
          "ARPEA-Collectivités locales menée avec Comisis et OpinionWay. Trois territoires ont servi de "
          "pilotes :"),
    ] + bullets([
        "l’Alsace, avec Alsace Active ;",
        "le Poitou-Charentes, avec le Groupe La Poste ;",
        "Paris-Est Marne & Bois.",
    ]) + [
        Spacer(1, 4),
        P("Plus tard, le CGET et Le RAMEAU ont conçu ensemble un parcours d’expérience d’une durée de "
          "18 mois. Ce dernier a réuni 11 territoires pionniers. La première session s’est tenue le 3 mai.⁴"),
        Spacer(1, 4),
        P("L’ODD 17 en pratique", H3),
        P("L’ODD 17 se décline en 19 cibles. La note du Comité 21 « ODD 17 : Sens, décryptages, "
          "déclinaisons », présentée le 5 juillet, les passe en revue."),
        P("Pour outiller les acteurs, la plateforme www.odd17.org s’appuie sur la démarche M.E.D.O.C., "
          "dont les lettres désignent les Méthodes, les Exemples, les Données, les Outils et les "
          "Compétences."),
        Spacer(1, 60),
        P("⁴ Une autre présentation de la même expérimentation évoque 10 territoires pilotes.", NOTE),
    ]
    place(c, L, 55, FW, H - 100, flow)
    c.showPage()
    c.save()


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    for f in sorted(os.listdir(HERE)):
        if f.startswith("obs-%s-" % PREFIX) and f.endswith(".pdf"):
            print(f)
