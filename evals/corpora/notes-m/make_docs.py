"""Deterministic generator of the five set-M documents (Observatoire des partenariats look-alikes).

Run: /work/main/.venv/bin/python make_docs.py
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Table, TableStyle

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FD + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", FD + "DejaVuSansCondensed-Bold.ttf"))

TEAL = colors.HexColor("#1f5f6b")
SAND = colors.HexColor("#efe6d2")
ORANGE = colors.HexColor("#c8641e")
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#e8eef0")

ST = {
    "p": ParagraphStyle("p", fontName="DV", fontSize=9, leading=12.5, spaceAfter=5),
    "pi": ParagraphStyle("pi", fontName="DVI", fontSize=9.5, leading=13, spaceAfter=6),
    "h": ParagraphStyle("h", fontName="DVB", fontSize=10.5, leading=14, spaceBefore=4, spaceAfter=4,
                        textColor=TEAL),
    "bul": ParagraphStyle("bul", fontName="DV", fontSize=9, leading=12.5, leftIndent=10, spaceAfter=3),
    "fn": ParagraphStyle("fn", fontName="DV", fontSize=7, leading=9),
    "cell": ParagraphStyle("cell", fontName="DV", fontSize=8.5, leading=10.5),
    "slide": ParagraphStyle("slide", fontName="DV", fontSize=15, leading=20, spaceAfter=8),
    "slides": ParagraphStyle("slides", fontName="DV", fontSize=12, leading=16, spaceAfter=6),
}


def esc(t):
    return t.replace("&", "&amp;")


def P(t, s="p"):
    return Paragraph(esc(t), ST[s])


def flow(c, x, y, w, h, items):
    f = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    rest = f.addFromList(list(items), c)
    if rest:
        raise SystemExit("frame overflow: %r" % (rest[0],))


def table(c, x, y_top, data, widths, header_bg=TEAL, font=8.5, zebra=True, bold_first_col=False):
    t = Table(data, colWidths=widths)
    style = [
        ("FONT", (0, 0), (-1, -1), "DV", font),
        ("FONT", (0, 0), (-1, 0), "DVB", font),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), header_bg),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if bold_first_col:
        style.append(("FONT", (0, 1), (0, -1), "DVB", font))
    if zebra:
        for i in range(2, len(data), 2):
            style.append(("BACKGROUND", (0, i), (-1, i), LIGHT))
    t.setStyle(TableStyle(style))
    w, h = t.wrapOn(c, sum(widths), 800)
    t.drawOn(c, x, y_top - h)
    return y_top - h


def band(c, W, H, left, right, color=TEAL, h=26):
    c.setFillColor(color)
    c.rect(0, H - h, W, h, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DVB", 8.5)
    c.drawString(36, H - h + 9, left)
    if right:
        c.setFont("DV", 8.5)
        c.drawRightString(W - 36, H - h + 9, right)
    c.setFillColor(colors.black)


def footer(c, W, left, right, y=24):
    c.setStrokeColor(colors.grey)
    c.setLineWidth(0.4)
    c.line(36, y + 11, W - 36, y + 11)
    c.setFillColor(GREY)
    c.setFont("DV", 7.5)
    c.drawString(36, y, left)
    if right:
        c.drawRightString(W - 36, y, right)
    c.setFillColor(colors.black)


def footnotes(c, x, y, w, notes):
    c.setStrokeColor(colors.grey)
    c.setLineWidth(0.4)
    c.line(x, y + 4, x + 120, y + 4)
    yy = y - 6
    for n in notes:
        p = P(n, "fn")
        _, h = p.wrap(w, 100)
        p.drawOn(c, x, yy - h)
        yy -= h + 2


def keybox(c, x, y, w, h, big, lines, fill=SAND, bigsize=22, color=ORANGE):
    c.setFillColor(fill)
    c.roundRect(x, y, w, h, 6, stroke=0, fill=1)
    c.setFillColor(color)
    c.setFont("DVB", bigsize)
    c.drawString(x + 10, y + h - bigsize - 8, big)
    c.setFillColor(colors.black)
    c.setFont("DV", 8.5)
    yy = y + h - bigsize - 22
    for ln in lines:
        c.drawString(x + 10, yy, ln)
        yy -= 11
    c.setFillColor(colors.black)


def new_canvas(name, title, size=A4):
    c = canvas.Canvas(os.path.join(OUT, name), pagesize=size)
    c.setTitle(title)
    c.setAuthor("Observatoire des partenariats")
    c.setSubject("Document de démonstration (jeu M)")
    return c


# ---------------------------------------------------------------------------
# 01 — Lettre de l'Observatoire, numéro spécial élus locaux (3 pages, A4 portrait)
# ---------------------------------------------------------------------------
def doc01():
    W, H = A4
    c = new_canvas("obs-m-01-lettre-elus-locaux.pdf", "La Lettre de l'Observatoire - élus locaux")
    banner = ("LA LETTRE DE L'OBSERVATOIRE DES PARTENARIATS", "N° 38 · décembre 2024")
    foot = "Observatoire des partenariats — Lettre n° 38"

    # page 1
    band(c, W, H, *banner)
    c.setFont("DVB", 21)
    c.setFillColor(TEAL)
    c.drawString(36, H - 68, "Les maires face au « jouer collectif »")
    c.setFillColor(colors.black)
    flow(c, 36, H - 128, W - 72, 48, [P(
        "Fin 2024, l'Observatoire a de nouveau donné la parole aux maires. Ce numéro met leurs réponses "
        "en regard des enquêtes conduites depuis 2016 auprès des élus, des citoyens et des dirigeants.", "pi")])
    c.setFont("DVB", 9.5)
    c.setFillColor(TEAL)
    c.drawString(36, H - 146, "Enquête 2024 auprès des maires : l'essentiel")
    bw = (W - 72 - 20) / 3
    by = H - 232
    keybox(c, 36, by, bw, 76, "302", ["maires interrogés", "par téléphone"])
    keybox(c, 36 + bw + 10, by, bw, 76, "91 %", ["voient leur territoire", "en mouvement"])
    keybox(c, 36 + 2 * (bw + 10), by, bw, 76, "84 %",
           ["des répondants élus d'une", "commune de moins de 2 000 hab."])
    colw = (W - 72 - 18) / 2
    top = by - 14
    flow(c, 36, 60, colw, top - 60, [
        P("Une enquête de terrain", "h"),
        P("L'enquête IMPACTS & TRAJECTOIRES – Elus locaux s'est déroulée du 30 sept. au 28 oct. 2024, par "
          "téléphone. Au total, 302 maires y ont répondu."),
        P("Le constat est net : 91 % des maires estiment que leur territoire est en mouvement. Pour 35 % "
          "d'entre eux il bouge fortement, pour 56 % ni plus ni moins qu'avant."),
        P("Le profil des répondants éclaire ce regard : 84 % d'entre eux sont élus d'une commune de moins "
          "de 2 000 habitants."),
        P("Des repères plus anciens", "h"),
        P("Lors du 3e dîner « Elus & Entreprises », le 23 novembre, l'Observatoire a rappelé quelques "
          "repères. 64 % des élus locaux souhaitent s'appuyer sur le « jouer collectif » ; côté maires, "
          "ils sont 92 % à reconnaître l'utilité de la co-construction."),
    ])
    flow(c, 36 + colw + 18, 60, colw, top - 60, [
        P("Le volet PHARE-Institutions, publié le 29 novembre 2016, distinguait 5 profils de maires et "
          "établissait que 87 % d'entre eux voyaient dans les partenariats une source d'innovation."),
        P("Les travaux du programme IMPACT ajoutent une nuance : si 76 % des maires jugent leur territoire "
          "engagé, 46 % avouent ne pas savoir piloter ces dynamiques."),
        P("Entre ces enquêtes, les questions ont changé et les échantillons aussi : les comparaisons "
          "directes appellent donc la prudence. Elles dessinent néanmoins une tendance, celle d'élus qui "
          "attendent des alliances concrètes avec les entreprises et les associations de leur territoire."),
    ])
    footer(c, W, foot, "1 / 3")
    c.showPage()

    # page 2
    band(c, W, H, *banner)
    c.setFont("DVB", 15)
    c.setFillColor(TEAL)
    c.drawString(36, H - 60, "Les partenariats, source d'innovation : qui le pense ?")
    c.setFillColor(colors.black)
    flow(c, 36, H - 130, W - 72, 60, [P(
        "Le tableau ci-dessous rassemble, pour quatre publics, la part de ceux qui voient dans les "
        "partenariats une source d'innovation. Les chiffres proviennent du programme IMPACT ; une reprise "
        "par un réseau régional<super>1</super> donne toutefois 69 % pour les citoyens.")])
    yb = table(c, 36, H - 136, [
        ["Public", "Partenariats source d'innovation"],
        ["Français", "74 %"],
        ["Dirigeants d'entreprise", "81 %"],
        ["Responsables associatifs", "86 %"],
        ["Maires", "87 %"],
    ], [220, 200])
    colw = (W - 72 - 18) / 2
    top = yb - 18
    flow(c, 36, 110, colw, top - 110, [
        P("Côté citoyens", "h"),
        P("En septembre 2015, PHARE-Citoyens mesurait le « devoir d'alliance » : 69 % des Français le "
          "reconnaissaient. Aujourd'hui, 81 % des Français l'expriment, quand 92 % des maires évoquent un "
          "« besoin d'alliance » et 84 % des dirigeants d'entreprises une « envie d'alliance »."),
    ])
    flow(c, 36 + colw + 18, 110, colw, top - 110, [
        P("Un laboratoire de terrain", "h"),
        P("Depuis 2006, Le RAMEAU a mené des expérimentations auprès de plus de 500 organisations."),
        P("« Sur 302 maires, plus de neuf sur dix voient bouger leur territoire. »", "pi"),
        P("— L'équipe de l'Observatoire"),
    ])
    footnotes(c, 36, 92, W - 72, [
        "<super>1</super> Réseau régional de la co-construction, qui reprend les chiffres du programme IMPACT."])
    footer(c, W, foot, "2 / 3")
    c.showPage()

    # page 3
    band(c, W, H, *banner)
    colw = (W - 72 - 18) / 2
    flow(c, 36, 120, colw, H - 60 - 120, [
        P("En bref", "h"),
        P("• Normandie : le 11e rapport régional de l'Observatoire est paru le 26 novembre.", "bul"),
        P("• JURIS Associations n°628 (15 nov.) consacre un dossier aux alliances.", "bul"),
        P("• 5e webinaire « l'ODD 17 en pratique » : rendez-vous le 26 nov.", "bul"),
        P("• Fondation des Territoires : 21 co-fondateurs et 3 missions.", "bul"),
    ])
    x2 = 36 + colw + 18
    c.setFillColor(LIGHT)
    c.rect(x2 - 6, 300, colw + 12, H - 60 - 300 + 8, stroke=0, fill=1)
    c.setFillColor(colors.black)
    flow(c, x2, 310, colw, H - 60 - 310, [
        Paragraph("Repères de méthode<super>2</super> – enquête 2024", ST["h"]),
        P("IMPACTS & TRAJECTOIRES – Elus locaux", "slides"),
        P("Échantillon : 302 maires", "slides"),
        P("Mode de recueil : téléphone", "slides"),
        P("Terrain : 30 sept.-28 oct. 2024", "slides"),
        P("Répondants élus de communes de moins de 2 000 habitants : 84 %", "slides"),
    ])
    footnotes(c, 36, 80, W - 72, ["<super>2</super> Les pourcentages sont arrondis à l'unité."])
    footer(c, W, foot, "3 / 3")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 02 — Diaporama PHARE-Citoyens (4 slides, A4 landscape)
# ---------------------------------------------------------------------------
def slide_frame(c, W, H, label, title, n):
    c.setFillColor(TEAL)
    c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DV", 8)
    c.drawString(40, H - 18, label)
    c.setFont("DVB", 20)
    c.drawString(40, H - 52, title)
    c.setFillColor(colors.black)
    footer(c, W, "PHARE-Citoyens · restitution", "diapositive %d" % n, y=18)


def doc02():
    W, H = landscape(A4)
    c = new_canvas("obs-m-02-diaporama-phare-citoyens.pdf", "PHARE-Citoyens - diaporama", landscape(A4))
    label = "OBSERVATOIRE DES PARTENARIATS · PROGRAMME PHARE"

    # slide 1
    slide_frame(c, W, H, label, "PHARE-Citoyens", 1)
    c.setFont("DVB", 24)
    c.setFillColor(TEAL)
    c.drawString(40, H - 120, "Ce que les Français attendent des alliances")
    c.setFillColor(GREY)
    c.setFont("DVI", 12)
    c.drawString(40, H - 145, "Diaporama de restitution · décembre 2016")
    c.setFillColor(colors.black)
    flow(c, 40, 150, 430, H - 180 - 150, [
        P("Enquête publiée en septembre 2015", "slide"),
        P("Plus de 2 000 personnes interrogées", "slide"),
        P("Le programme PHARE compte 6 volets", "slide"),
    ])
    c.setFillColor(SAND)
    c.roundRect(520, 170, 280, 200, 8, stroke=0, fill=1)
    c.setFillColor(colors.black)
    flow(c, 540, 185, 240, 170, [
        P("Sommaire", "h"),
        P("1. Les priorités", "slides"),
        P("2. Les impacts attendus", "slides"),
        P("3. Les volets de PHARE", "slides"),
    ])
    c.showPage()

    # slide 2
    slide_frame(c, W, H, label, "Les priorités des Français", 2)
    c.setFont("DVI", 12)
    c.setFillColor(GREY)
    c.drawString(40, H - 98, "Importance accordée à chaque enjeu, note moyenne sur 10")
    c.setFillColor(colors.black)
    rows = [("Emploi", "7,1", 7.1), ("Pouvoir d'achat", "6,6", 6.6), ("Sécurité", "6,6", 6.6),
            ("Développement économique", "6,5", 6.5), ("Environnement", "6,3", 6.3),
            ("Exclusion", "6,3", 6.3)]
    y = H - 140
    for lab, txt, v in rows:
        c.setFont("DV", 12)
        c.drawString(40, y, lab)
        c.setFillColor(TEAL)
        c.rect(230, y - 3, v * 32, 14, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DVB", 12)
        c.drawString(230 + v * 32 + 8, y, txt)
        y -= 36
    c.setFillColor(SAND)
    c.roundRect(580, 250, 220, 150, 8, stroke=0, fill=1)
    c.setFillColor(colors.black)
    flow(c, 595, 260, 190, 130, [
        P("Attention", "h"),
        P("Une diffusion antérieure de ces résultats attribuait 7/10 à la sécurité.", "slides"),
    ])
    c.setFont("DVI", 9)
    c.drawString(40, 60, "Source : PHARE-Citoyens, septembre 2015 – plus de 2 000 répondants.")
    c.showPage()

    # slide 3
    slide_frame(c, W, H, label, "Où les partenariats ont-ils un impact fort ?", 3)
    c.setFont("DVI", 12)
    c.setFillColor(GREY)
    c.drawString(40, H - 98, "Part des Français citant un impact fort, par domaine")
    c.setFillColor(colors.black)
    flow(c, 40, 200, 470, H - 120 - 200, [
        P("L'emploi d'abord (49 %), puis le développement économique (46 %)", "slide"),
        P("L'environnement : 42 %", "slide"),
        P("La précarité et l'éducation : 36 % chacune", "slide"),
    ])
    keybox(c, 560, 260, 240, 130, "69 %", ["reconnaissent un", "« devoir d'alliance »"], bigsize=40)
    flow(c, 40, 90, W - 80, 90, [
        P("Ils étaient 86 % en 2008 et 84 % en 2012 à juger urgent de créer des partenariats (ARPEA).",
          "slides"),
    ])
    c.setFont("DVI", 9)
    c.drawString(40, 60, "Sources : PHARE-Citoyens (septembre 2015) ; ARPEA (2008, 2012).")
    c.showPage()

    # slide 4
    slide_frame(c, W, H, label, "Les 6 volets du programme PHARE", 4)
    table(c, 40, H - 100, [
        ["Volet", "Publication"],
        ["Citoyens", "sept. 2015"],
        ["Entreprises", "oct. 2015"],
        ["Associations", "nov. 2015"],
        ["13 rapports régionaux", "2016"],
        ["Diagnostics sectoriels", "juillet 2016"],
        ["Institutions", "29 novembre 2016"],
    ], [220, 150], font=11)
    c.setFillColor(SAND)
    c.roundRect(470, 230, 330, 170, 8, stroke=0, fill=1)
    c.setFillColor(colors.black)
    flow(c, 485, 240, 300, 150, [
        P("Les partenariats, source d'innovation ? Oui pour :", "h"),
        P("81 % des dirigeants d'entreprise (volet Entreprises)", "slides"),
        P("86 % des responsables associatifs (volet Associations)", "slides"),
        P("87 % des maires (volet Institutions)", "slides"),
    ])
    flow(c, 40, 80, W - 80, 60, [P("Plan quinquennal : cinq ans d'études, 2013-2018.", "slide")])
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 03 — Dossier thématique associations (4 pages, A4 portrait)
# ---------------------------------------------------------------------------
def doc03():
    W, H = A4
    c = new_canvas("obs-m-03-dossier-associations-partenaires.pdf", "Les associations et leurs partenaires")
    foot = "Dossier thématique · Les associations et leurs partenaires"

    # page 1
    c.setFont("DV", 8)
    c.setFillColor(ORANGE)
    c.drawString(36, H - 40, "OBSERVATOIRE DES PARTENARIATS · DOSSIER THÉMATIQUE")
    c.setFillColor(TEAL)
    c.setFont("DVB", 24)
    c.drawString(36, H - 75, "Les associations et leurs partenaires")
    c.setFillColor(GREY)
    c.setFont("DVI", 10)
    c.drawString(36, H - 95, "Édition 2022 · synthèse de deux études")
    c.setFillColor(colors.black)
    flow(c, 36, H - 190, W - 72, 80, [P(
        "Ce dossier rapproche l'étude « Associations & Partenariats », publiée en mars 2017 par "
        "Recherches & Solidarités et Le RAMEAU, et l'étude IMPACT – Associations & Territoires. L'une "
        "s'appuie sur une enquête menée en mai-juin 2016 auprès de plus de 1 380 responsables "
        "associatifs ; l'autre porte sur les 148 000 associations employeuses.")])
    side = 170
    flow(c, 36, 60, W - 72 - side - 20, H - 205 - 60, [
        P("Pourquoi ce dossier ?", "h"),
        P("Les associations nouent des alliances avec des acteurs très divers. Mesurer ces liens suppose "
          "de savoir qui est interrogé, et quand."),
        P("Méthode", "h"),
        P("Les chiffres de l'étude de 2017 reposent sur des réponses recueillies en 2016. Ceux de l'étude "
          "IMPACT ne sont pas datés par la source : ils sont repris tels quels."),
        P("Le RAMEAU, de son côté, a recensé plus de 1.000 exemples inspirants de partenariats."),
    ])
    sx = W - 36 - side
    keybox(c, sx, H - 300, side, 90, "2,5", ["partenaires en moyenne", "par association"])
    keybox(c, sx, H - 400, side, 90, "98 %", ["des associations", "employeuses ont des", "partenariats"])
    keybox(c, sx, H - 500, side, 90, "1 380", ["responsables interrogés", "en 2016"])
    footer(c, W, foot, "page 1 sur 4")
    c.showPage()

    # page 2
    footer(c, W, foot, "page 2 sur 4")
    c.setFont("DV", 8)
    c.setFillColor(ORANGE)
    c.drawString(36, H - 40, "DOSSIER THÉMATIQUE · ÉDITION 2022")
    c.setFillColor(TEAL)
    c.setFont("DVB", 15)
    c.drawString(36, H - 65, "Avec qui les associations s'allient-elles ?")
    c.setFillColor(colors.black)
    c.setFont("DVB", 8.5)
    c.drawString(36, H - 90, "Tableau 1 – Partenaires cités par les associations (enquête mai-juin 2016)")
    hdr = Paragraph("<b>Part des associations</b><super>1</super>",
                    ParagraphStyle("hc", fontName="DVB", fontSize=8.5, leading=10, textColor=colors.white))
    yb = table(c, 36, H - 96, [
        ["Type de partenaire", hdr],
        ["Collectivités territoriales", "74 %"],
        ["Associations et fondations", "72 %"],
        ["Établissements d'enseignement", "47 %"],
        ["Entreprises", "28 %"],
        ["Structures d'insertion", "22 %"],
        ["Organismes de recherche", "9 %"],
    ], [250, 150])
    colw = (W - 72 - 18) / 2
    top = yb - 20
    flow(c, 36, 120, colw, top - 120, [
        P("En moyenne, une association déclare 2,5 partenaires. Le budget fait nettement la différence : "
          "50 % des associations dont le budget dépasse 150 000 € ont un partenaire entreprise, contre 20 % "
          "de celles dont le budget est inférieur à 10 000 €."),
    ])
    flow(c, 36 + colw + 18, 120, colw, top - 120, [
        P("Pour mémoire, les travaux ARPEA estimaient que près de 46 % des associations étaient engagées "
          "avec une entreprise. Ces mesures ne portent ni sur la même période ni sur la même question."),
    ])
    footnotes(c, 36, 100, W - 72, [
        "<super>1</super> Plusieurs réponses possibles : le total dépasse 100 %."])
    c.showPage()

    # page 3
    c.setFont("DV", 8)
    c.setFillColor(ORANGE)
    c.drawString(36, H - 40, "DOSSIER THÉMATIQUE · ÉDITION 2022")
    c.setFillColor(TEAL)
    c.setFont("DVB", 15)
    c.drawString(36, H - 65, "Les partenaires des associations employeuses")
    c.setFillColor(GREY)
    c.setFont("DVI", 9.5)
    c.drawString(36, H - 82, "Programme IMPACT – Associations & Territoires")
    c.setFillColor(colors.black)
    flow(c, 36, H - 140, W - 72, 50, [P(
        "Sur les 148 000 associations employeuses, 98 % déclarent avoir noué des partenariats. Le "
        "tableau 2 détaille avec qui.")])
    c.setFont("DVB", 8.5)
    c.drawString(36, H - 150, "Tableau 2 – Partenaires des associations employeuses")
    yb = table(c, 36, H - 156, [
        ["Partenaire", "Part des associations employeuses"],
        ["Collectivités", "89 %"],
        ["Structures d'intérêt général", "73 %"],
        ["Établissements scolaires", "70 %"],
        ["Collectifs d'associations", "56 %"],
        ["Acteurs publics nationaux", "52 %"],
        ["Fédérations professionnelles", "37 %"],
        ["Acteurs académiques", "35 %"],
    ], [250, 200])
    flow(c, 36, 60, W - 72, yb - 16 - 60, [
        P("L'ancrage est d'abord local (73 %), puis régional (47 %)."),
        P("Nature des partenariats", "h"),
        P("Objets des alliances nouées par ces associations :"),
        P("• mécénat : 75 %", "bul"),
        P("• innovation sociétale : 73 %", "bul"),
        P("• pratiques responsables : 70 %", "bul"),
        P("• coopération économique : 58 %", "bul"),
    ])
    footer(c, W, foot, "page 3 sur 4")
    c.showPage()

    # page 4
    c.setFont("DV", 8)
    c.setFillColor(ORANGE)
    c.drawString(36, H - 40, "DOSSIER THÉMATIQUE · ÉDITION 2022")
    c.setFillColor(TEAL)
    c.setFont("DVB", 15)
    c.drawString(36, H - 65, "Regards croisés")
    c.setFillColor(colors.black)
    colw = (W - 72 - 18) / 2
    flow(c, 36, 140, colw, H - 85 - 140, [
        P("La note du 29 février 2016", "h"),
        Paragraph("Une note publiée le 29 février 2016 sur les modèles de co-construction<super>2</super> "
                  "chiffrait l'engagement de part et d'autre.", ST["p"]),
        P("37 % des entreprises d'au moins 10 salariés déclaraient un partenariat avec le monde associatif. "
          "Du côté associatif, la proportion atteignait 38 % (53 % parmi les associations employeuses). "
          "Chez les pionniers, elle montait à 65 %."),
    ])
    flow(c, 36 + colw + 18, 140, colw, H - 85 - 140, [
        P("ARPEA Entreprises & Territoires (janvier 2011)", "h"),
        P("Dans cette étude, 21 % des entreprises développaient des partenariats, 33 % souhaitaient le faire "
          "et 46 % ne le souhaitaient pas."),
        P("Ces résultats anciens restent utiles pour mesurer le chemin parcouru depuis, à condition de "
          "rappeler qu'ils portent sur un autre champ."),
    ])
    footnotes(c, 36, 110, W - 72, [
        "<super>2</super> « Contexte et objectif de la note sur les modèles de co-construction »."])
    footer(c, W, foot, "page 4 sur 4")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 04 — Fiche-repère fonds et fondations (3 pages, A4 portrait)
# ---------------------------------------------------------------------------
def doc04():
    W, H = A4
    c = new_canvas("obs-m-04-fiche-fonds-fondations.pdf", "Fiche-repère - fonds et fondations")

    # page 1
    band(c, W, H, "FICHE-REPÈRE · OBSERVATOIRE DES PARTENARIATS", None, color=ORANGE)
    c.setFillColor(TEAL)
    c.setFont("DVB", 19)
    c.drawString(36, H - 65, "Fonds, fondations et alliances d'intérêt général")
    c.setFillColor(GREY)
    c.setFont("DVI", 10)
    c.drawString(36, H - 84, "Mise à jour : juin 2022")
    c.setFillColor(colors.black)
    bw = (W - 72 - 20) / 3
    boxes = [("1,5 M€", ["de dotation", "Fonds ODD 17"]), ("3 ans", ["d'expérimentation"]),
             ("350", ["catalyseurs", "territoriaux"]), ("42", ["fondations", "interrogées"]),
             ("21", ["co-fondateurs de la", "Fondation des Territoires"]), ("19", ["cibles pour", "l'ODD 17"])]
    for i, (big, lines) in enumerate(boxes):
        col, row = i % 3, i // 3
        keybox(c, 36 + col * (bw + 10), H - 180 - row * 86, bw, 76, big, lines,
               fill=LIGHT if row else SAND, color=TEAL if row else ORANGE)
    flow(c, 36, 60, W - 72, H - 290 - 60, [
        P("Le Fonds ODD 17", "h"),
        P("Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 dispose d'une "
          "dotation de 1,5 million d'euros. Cette somme finance une expérimentation de trois ans qui "
          "s'appuie sur 350 « catalyseurs territoriaux »."),
        P("Les fondations et les territoires", "h"),
        P("L'étude IMPACT Fondations & Territoires, publiée le 23 septembre, a interrogé 42 fondations sur "
          "leur rôle dans les dynamiques locales."),
    ])
    footer(c, W, "Fiche-repère – juin 2022", "1/3")
    c.showPage()

    # page 2
    band(c, W, H, "FICHE-REPÈRE · OBSERVATOIRE DES PARTENARIATS", None, color=ORANGE)
    colw = (W - 72 - 18) / 2
    flow(c, 36, 60, colw, H - 50 - 60, [
        P("La Fondation des Territoires", "h"),
        P("Sa préfiguration, lancée en juillet 2018, s'est déroulée en 3 étapes : de 07/18 à 07/19, de "
          "08/19 à 11/20, puis de 12/20 à 05/22."),
        P("Elle a été créée le 14 juin 2022 sous l'égide de la Fondation de Lille. Ses 21 co-fondateurs "
          "lui ont confié trois missions."),
        P("La Charte du faire alliance", "h"),
        P("Pilotée par la Fondation des Territoires, la Charte a été dévoilée le 30 novembre 2021, jour du "
          "Giving Tuesday, à Saint-Maurice. Un site ministériel la date pourtant du « mardi 30 septembre »."),
    ])
    flow(c, 36 + colw + 18, 60, colw, H - 50 - 60, [
        P("Le programme IMPACT (2018-2022)", "h"),
        P("Mené avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste, la "
          "Fondation TOTAL et Le RAMEAU, soit cinq partenaires, il s'organise autour de 3 axes : innovation "
          "sociétale et territoriale, performance des organisations, confiance."),
        P("M.E.D.O.C.", "h"),
        P("La plateforme www.odd17.org range ses ressources en 5 familles : Méthodes, Exemples, Données, "
          "Outils, Compétences."),
        P("Le Comité 21 a publié le 5 juillet une note, « ODD 17 : Sens, décryptages, déclinaisons », qui "
          "en détaille les 19 cibles."),
    ])
    footer(c, W, "Fiche-repère – juin 2022", "2/3")
    c.showPage()

    # page 3
    band(c, W, H, "FICHE-REPÈRE · OBSERVATOIRE DES PARTENARIATS", None, color=ORANGE)
    c.setFillColor(TEAL)
    c.setFont("DVB", 15)
    c.drawString(36, H - 60, "Vers un droit de l'alliance")
    c.setFillColor(colors.black)
    flow(c, 36, H - 190, W - 72, 115, [
        P("Mission ministérielle : confiée lors du FNAF 2019 par Gabriel Attal", "bul"),
        P("Rapport remis le 7 mai 2020, bilan le 17 octobre 2020", "bul"),
        P("Feuille de route ministérielle : 21 mesures", "bul"),
        P("Proposition de loi : déposée en février, portée par Cathy Racon-Bouzon", "bul"),
    ])
    c.setFont("DVB", 9)
    c.drawString(36, H - 205, "Pourquoi légiférer ? Les attentes mesurées")
    yb = table(c, 36, H - 211, [
        ["Public", "Part", "Attente"],
        ["Français", "81 %", "« devoir d'alliance »"],
        ["Maires", "92 %", "« besoin d'alliance »"],
        ["Dirigeants d'entreprises", "84 %", "« envie d'alliance »"],
    ], [190, 70, 180])
    flow(c, 36, 60, W - 72, yb - 14 - 60, [
        P("Attention aux homonymes : ailleurs, 81 % des Français et 84 % des dirigeants de TPE & PME jugent "
          "la co-construction utile pour la résilience après la crise."),
        P("Le RAMEAU en bref", "h"),
        P("• créé en 2006, association d'intérêt général ;", "bul"),
        P("• 3 missions, dont celle de témoigner ;", "bul"),
        P("• 15 ans de recherche et 5 ans d'étude d'impact ;", "bul"),
        P("• des expérimentations auprès de plus de 500 organisations depuis 2006.", "bul"),
    ])
    footer(c, W, "Fiche-repère – juin 2022", "3/3")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# 05 — Chronique ARPEA / sortie de crise (3 pages, A4 portrait, two columns)
# ---------------------------------------------------------------------------
def doc05():
    W, H = A4
    c = new_canvas("obs-m-05-chronique-arpea-sortie-de-crise.pdf", "Chronique de l'Observatoire")
    colw = (W - 72 - 18) / 2

    def head(title=None):
        c.setFont("DVCB", 9)
        c.setFillColor(TEAL)
        c.drawString(36, H - 36, "CHRONIQUE DE L'OBSERVATOIRE")
        c.setStrokeColor(TEAL)
        c.setLineWidth(1.2)
        c.line(36, H - 42, W - 36, H - 42)
        c.setFillColor(colors.black)
        if title:
            c.setFont("DVB", 15)
            c.setFillColor(TEAL)
            c.drawString(36, H - 66, title)
            c.setFillColor(colors.black)

    # page 1
    head()
    c.setFont("DVB", 18)
    c.setFillColor(TEAL)
    c.drawString(36, H - 72, "De l'ARPEA à la sortie de crise :")
    c.drawString(36, H - 94, "des chiffres et des dates")
    c.setFillColor(GREY)
    c.setFont("DVI", 10)
    c.drawString(36, H - 112, "Chronique n° 7 · décembre 2020")
    c.setFillColor(colors.black)
    top = H - 128
    flow(c, 36, 110, colw, top - 110, [
        P("Une date de naissance discutée", "h"),
        Paragraph("L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, "
                  "avec le MEDEF et le Mouvement associatif<super>1</super>. Des documents plus anciens, dont "
                  "le rapport quinquennal du 11 décembre 2012, le font pourtant naître en 2007.", ST["p"]),
        P("Le plan ARPEA (2008-2012)", "h"),
        P("Son programme d'études comptait 10 volets. Les enquêtes auprès des citoyens sont parlantes : "
          "86 % des Français jugeaient urgent de créer des partenariats en 2008, et ils étaient encore 84 % "
          "en 2012."),
        P("En janvier 2011, le volet Entreprises & Territoires dessinait un paysage partagé :"),
        P("– 21 % des entreprises développaient des partenariats ;", "bul"),
        P("– 33 % souhaitaient en développer ;", "bul"),
        P("– 46 % n'en souhaitaient pas.", "bul"),
    ])
    x2 = 36 + colw + 18
    flow(c, x2, top - 30, colw, 30, [P("Trois plans successifs", "h")])
    yb = table(c, x2, top - 34, [
        ["Plan", "Période", "Lancement"],
        ["ARPEA", "2008-2012", "2008"],
        ["PHARE", "2013-2018", "2013"],
        ["IMPACT", "2018-2022", "novembre 2017"],
    ], [60, 80, colw - 140])
    flow(c, x2, 110, colw, yb - 12 - 110, [
        P("Pour PHARE, certaines présentations retiennent la période 2013-2017."),
        P("D'un plan à l'autre, les questions posées ont évolué, ce qui rend les séries délicates à "
          "comparer."),
    ])
    footnotes(c, 36, 86, W - 72, [
        "<super>1</super> D'après la présentation en ligne de l'Observatoire des partenariats."])
    footer(c, W, "Chronique n° 7", "p. 1")
    c.showPage()

    # page 2
    head("Territoires : de l'expérimentation au parcours")
    top = H - 84
    flow(c, 36, 110, colw, top - 110, [
        Paragraph("Initiée en 2010 après l'étude ARPEA-Collectivités locales (Comisis-OpinionWay)"
                  "<super>2</super>, la démarche « Agir ensemble en Territoire » s'est appuyée sur 3 pilotes : "
                  "Alsace, Poitou-Charentes et Paris-Est Marne &amp; Bois.", ST["p"]),
        Paragraph("Avec le CGET, Le RAMEAU a ensuite ouvert un parcours d'expérience : 11 territoires "
                  "pionniers y ont pris part, la 1re session se tenant le 3 mai. Une autre présentation "
                  "évoque seulement 10 territoires pilotes<super>3</super>.", ST["p"]),
    ])
    x2 = 36 + colw + 18
    c.setFillColor(SAND)
    c.roundRect(x2, top - 190, colw, 190, 8, stroke=0, fill=1)
    c.setFillColor(ORANGE)
    c.setFont("DVB", 10)
    c.drawString(x2 + 12, top - 20, "Sortie de crise")
    c.setFont("DVB", 26)
    c.drawString(x2 + 12, top - 55, "81 %")
    c.setFillColor(colors.black)
    c.setFont("DV", 9)
    c.drawString(x2 + 12, top - 70, "des Français")
    c.setFillColor(ORANGE)
    c.setFont("DVB", 26)
    c.drawString(x2 + 12, top - 105, "84 %")
    c.setFillColor(colors.black)
    c.setFont("DV", 9)
    c.drawString(x2 + 12, top - 120, "des dirigeants de TPE & PME")
    flow(c, x2 + 12, top - 185, colw - 24, 55, [P(
        "jugent utile de co-construire pour rendre les territoires plus résilients après la crise du Covid.")])
    flow(c, x2, 110, colw, top - 205 - 110, [
        P("Pour outiller cette sortie de crise, plus de 250 données ont été inventoriées."),
        P("À ne pas confondre avec le « devoir d'alliance », exprimé lui aussi par 81 % des Français."),
    ])
    footnotes(c, 36, 86, W - 72, [
        "<super>2</super> Étude réalisée pour l'Observatoire.",
        "<super>3</super> Présentation « Les alliances innovantes, moteurs de confiance en territoires »."])
    footer(c, W, "Chronique n° 7", "p. 2")
    c.showPage()

    # page 3
    head("Ce que les chiffres disent du temps long")
    c.setFont("DVB", 9)
    c.drawString(36, H - 90, "Partenariats, source d'innovation : les chiffres selon la source")
    yb = table(c, 36, H - 96, [
        ["Public", "Programme IMPACT", "Réseau régional"],
        ["Citoyens", "74 %", "69 %"],
        ["Dirigeants d'entreprise", "81 %", "81 %"],
        ["Responsables associatifs", "86 %", "86 %"],
        ["Maires", "87 %", "87 %"],
    ], [200, 130, 130])
    flow(c, 36, yb - 60, W - 72, 44, [P(
        "Le volet PHARE-Citoyens de septembre 2015 retenait, lui, 69 % de Français reconnaissant un "
        "« devoir d'alliance ».")])
    c.setFont("DVB", 10)
    c.setFillColor(TEAL)
    c.drawString(36, yb - 80, "Le RAMEAU en chiffres")
    c.setFillColor(colors.black)
    items = [("2006", ["création"]),
             ("+ de 500", ["organisations associées à des", "expérimentations depuis 2006"]),
             ("+ de 1 000", ["exemples inspirants recensés"]),
             ("1,5 M€", ["sur 3 ans pour le Fonds ODD 17,", "co-créé en 2020"]),
             ("350", ["« catalyseurs territoriaux »"])]
    bw = (W - 72 - 10) / 2
    for i, (big, lines) in enumerate(items):
        col, row = i % 2, i // 2
        keybox(c, 36 + col * (bw + 10), yb - 170 - row * 84, bw, 74, big, lines, bigsize=18)
    footer(c, W, "Chronique n° 7", "p. 3")
    c.showPage()
    c.save()


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    print("ok")
