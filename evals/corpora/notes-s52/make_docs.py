#!/usr/bin/env python3
"""Deterministic generator of the 5 s52 test PDFs (Observatoire des partenariats forms).

Usage: /work/main/.venv/bin/python make_docs.py OUTDIR
Content is written from /work/shared/facts.md (facts only; wording is ours).
"""
import os
import sys

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVBI", FD + "DejaVuSans-BoldOblique.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DVB")
addMapping("DV", 0, 1, "DVI")
addMapping("DV", 1, 1, "DVBI")

TEAL = HexColor("#0f5c63")
ORANGE = HexColor("#d9822b")
LIGHT = HexColor("#e8f1f2")
GREY = HexColor("#555555")
SAND = HexColor("#f6efe4")


def st(name, size=9.5, lead=None, font="DV", color=black, before=0, after=4, left=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3,
                          textColor=color, alignment=TA_LEFT, spaceBefore=before,
                          spaceAfter=after, leftIndent=left, hyphenationLang=None,
                          embeddedHyphenation=0, uriWasteReduce=0)


BODY = st("body")
SMALL = st("small", 8, color=GREY)
H1 = st("h1", 17, font="DVB", color=TEAL, after=8)
H2 = st("h2", 12, font="DVB", color=TEAL, before=6, after=4)
H3 = st("h3", 10.5, font="DVB", color=black, before=4, after=2)
BUL = st("bul", 9.5, left=10)
NOTE = st("note", 7.5, color=GREY, after=1)


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items, style=BUL):
    return [Paragraph("• " + t, style) for t in items]


def fill(c, frame_specs):
    """frame_specs: list of (x, y, w, h, flowables). Fails if anything does not fit."""
    for x, y, w, h, flow in frame_specs:
        fr = Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                   showBoundary=0)
        rest = list(flow)
        fr.addFromList(rest, c)
        if rest:
            raise SystemExit("overflow in frame at %s,%s: %r" % (x, y, rest[0]))


def new_canvas(path, size, title):
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor("Observatoire des partenariats")
    c.setCreator("make_docs.py s52")
    c.setSubject(title)
    return c


# ---------------------------------------------------------------- 01: slide deck 16:9
def hbar_chart(c, x, y, w, rows, vmax=100, unit=" %", bar_h=26, gap=16, label_w=230,
               color=TEAL):
    """Horizontal bars, value printed as a text label at the end of each bar."""
    cy = y
    for label, val, txt in rows:
        c.setFillColor(black)
        c.setFont("DV", 12)
        c.drawString(x, cy + 8, label)
        bw = (w - label_w - 70) * float(val) / vmax
        c.setFillColor(color)
        c.rect(x + label_w, cy, bw, bar_h, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("DVB", 13)
        c.drawString(x + label_w + bw + 8, cy + 8, txt if txt else ("%s%s" % (val, unit)))
        cy -= bar_h + gap
    return cy


def slide_frame(c, W, H, num, kicker, title, source):
    c.setFillColor(TEAL)
    c.rect(0, H - 46, W, 46, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("DV", 11)
    c.drawString(30, H - 28, "Observatoire des partenariats · Restitution « Faire alliance en territoire »")
    c.drawRightString(W - 30, H - 28, kicker)
    c.setFillColor(TEAL)
    c.setFont("DVB", 24)
    c.drawString(30, H - 90, title)
    c.setStrokeColor(ORANGE)
    c.setLineWidth(3)
    c.line(30, H - 100, 130, H - 100)
    c.setFillColor(GREY)
    c.setFont("DV", 9)
    c.drawString(30, 20, "Source : " + source)
    c.drawRightString(W - 30, 20, "Le RAMEAU · diapositive %d / 32" % num)


def comment_box(c, x, y, w, h, flows):
    c.setFillColor(LIGHT)
    c.rect(x, y, w, h, stroke=0, fill=1)
    fill(c, [(x + 12, y + 10, w - 24, h - 20, flows)])


def doc01(path):
    W, H = 960, 540
    c = new_canvas(path, (W, H), "Faire alliance en territoire : les chiffres de la restitution")
    BIG = st("big", 13, lead=17)
    BIGB = st("bigb", 14, font="DVB", color=TEAL, after=6)

    # slide 14
    slide_frame(c, W, H, 14, "Programme IMPACT",
                "Les partenariats, source d'innovation",
                "programme IMPACT (Le RAMEAU), indicateur « innovation »")
    c.setFont("DV", 12)
    c.setFillColor(GREY)
    c.drawString(40, 400, "Part de chaque public qui voit dans les partenariats une source d'innovation")
    hbar_chart(c, 40, 350, 560, [("Français", 74, None), ("Dirigeants d'entreprise", 81, None),
                                ("Responsables associatifs", 86, None), ("Maires", 87, None)])
    comment_box(c, 630, 90, 300, 320, [
        P("Lecture", BIGB),
        P("Les quatre publics convergent : de 74 % chez les Français à 87 % chez les maires.", BIG),
        P("Côté élus, 76 % des maires jugent leur territoire engagé, mais 46 % ne savent pas "
          "comment piloter la démarche.", BIG),
        P("Attention : une autre restitution du même programme affiche 69 % pour les citoyens "
          "(au lieu de 74 %).", st("warn", 11.5, color=ORANGE)),
    ])
    c.showPage()

    # slide 15
    slide_frame(c, W, H, 15, "Droit de l'alliance",
                "Devoir, besoin, envie : l'alliance plébiscitée",
                "chiffres cités lors de la reconnaissance du droit de l'alliance d'intérêt général")
    c.setFont("DV", 12)
    c.setFillColor(GREY)
    c.drawString(40, 400, "Adhésion à l'idée d'alliance, selon le public interrogé")
    hbar_chart(c, 40, 350, 560, [("Français : « devoir d'alliance »", 81, None),
                                ("Maires : « besoin d'alliance »", 92, None),
                                ("Dirigeants : « envie d'alliance »", 84, None)],
               color=ORANGE, label_w=260)
    comment_box(c, 630, 90, 300, 320, [
        P("Repère historique", BIGB),
        P("En septembre 2015, l'enquête PHARE-Citoyens mesurait le « devoir d'alliance » "
          "à 69 % chez les Français.", BIG),
        P("Le chiffre de 81 % présenté ici appartient à la période récente : il ne faut pas "
          "confondre les deux mesures.", BIG),
    ])
    c.showPage()

    # slide 16 : stacked bar
    slide_frame(c, W, H, 16, "IMPACTS & TRAJECTOIRES",
                "Les maires face au mouvement de leur territoire",
                "IMPACTS & TRAJECTOIRES – Élus locaux, novembre 2024")
    c.setFont("DV", 12)
    c.setFillColor(GREY)
    c.drawString(40, 400, "Votre territoire est-il en mouvement ? (réponses des maires)")
    x0, y0, tw = 40, 320, 540
    a = tw * 35 / 100.0
    b = tw * 56 / 100.0
    c.setFillColor(TEAL)
    c.rect(x0, y0, a, 50, stroke=0, fill=1)
    c.setFillColor(HexColor("#6aa5ab"))
    c.rect(x0 + a, y0, b, 50, stroke=0, fill=1)
    c.setFillColor(HexColor("#cccccc"))
    c.rect(x0 + a + b, y0, tw - a - b, 50, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("DVB", 14)
    c.drawString(x0 + 10, y0 + 18, "35 % fortement")
    c.drawString(x0 + a + 10, y0 + 18, "56 % ni plus ni moins")
    c.setFillColor(black)
    c.setFont("DVB", 18)
    c.drawString(x0, y0 - 40, "Total : 91 % des maires voient leur")
    c.drawString(x0, y0 - 62, "territoire en mouvement")
    c.setFont("DV", 12)
    c.drawString(x0, y0 - 92, "Le reste des répondants ne perçoit pas de mouvement.")
    comment_box(c, 630, 90, 300, 320, [
        P("Fiche technique", BIGB),
        P("302 maires interrogés par téléphone, du 30 septembre au 28 octobre 2024.", BIG),
        P("84 % des répondants administrent une commune de moins de 2 000 habitants.", BIG),
        P("Enquête publiée en novembre 2024.", BIG),
    ])
    c.showPage()

    # slide 17 : PHARE-Citoyens notes /10
    slide_frame(c, W, H, 17, "PHARE-Citoyens",
                "Les priorités des Français (notes sur 10)",
                "PHARE-Citoyens, septembre 2015, plus de 2 000 personnes interrogées")
    c.setFont("DV", 12)
    c.setFillColor(GREY)
    c.drawString(40, 400, "Importance accordée à chaque enjeu, note moyenne sur 10")
    hbar_chart(c, 40, 360, 560, [("Emploi", 7.1, "7,1 / 10"), ("Pouvoir d'achat", 6.6, "6,6 / 10"),
                                ("Sécurité (*)", 6.6, "6,6 / 10"),
                                ("Développement économique", 6.5, "6,5 / 10"),
                                ("Environnement", 6.3, "6,3 / 10"), ("Exclusion", 6.3, "6,3 / 10")],
               vmax=10, bar_h=20, gap=14)
    comment_box(c, 630, 90, 300, 320, [
        P("Note de lecture", BIGB),
        P("L'emploi arrive nettement en tête avec 7,1 sur 10.", BIG),
        P("(*) Sécurité : la présentation des résultats sur le site de capitalisation donne 6,6 ; "
          "un article de presse de la même période indique 7 sur 10.", st("warn2", 11.5, color=ORANGE)),
    ])
    c.showPage()

    # slide 18 : impacts forts
    slide_frame(c, W, H, 18, "PHARE-Citoyens",
                "Où les partenariats ont-ils un impact fort ?",
                "PHARE-Citoyens, septembre 2015")
    c.setFont("DV", 12)
    c.setFillColor(GREY)
    c.drawString(40, 400, "Part des Français qui attribuent un impact fort aux partenariats, par domaine")
    hbar_chart(c, 40, 350, 560, [("Emploi", 49, None), ("Développement économique", 46, None),
                                ("Environnement", 42, None), ("Précarité", 36, None),
                                ("Éducation", 36, None)], color=ORANGE, bar_h=22, gap=14)
    comment_box(c, 630, 90, 300, 320, [
        P("À retenir", BIGB),
        P("L'emploi est à la fois la première priorité des Français et le domaine où l'effet "
          "des partenariats est le plus reconnu (49 %).", BIG),
        P("Précarité et éducation sont à égalité, à 36 %.", BIG),
    ])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 02: bulletin de veille (2 cols)
def doc02(path):
    W, H = A4
    c = new_canvas(path, A4, "Veille partenariale n°14")
    HEAD = st("nh", 11, font="DVB", color=TEAL, before=6, after=2)
    TAG = st("tag", 7.5, font="DVB", color=ORANGE, after=1)
    TXT = st("txt", 9, lead=12)
    M, G = 42, 18
    colw = (W - 2 * M - G) / 2.0

    def item(tag, head, *texts):
        out = [P(tag.upper(), TAG), P(head, HEAD)]
        out += [P(t, TXT) for t in texts]
        out.append(Spacer(1, 4))
        return out

    def chrome(printed, first=False):
        if first:
            c.setFillColor(TEAL)
            c.rect(0, H - 120, W, 120, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("DVB", 26)
            c.drawString(M, H - 62, "VEILLE PARTENARIALE")
            c.setFont("DV", 11)
            c.drawString(M, H - 84, "Bulletin de l'Observatoire des partenariats · numéro 14")
            c.drawString(M, H - 100, "Brèves, agenda et repères sur les alliances d'intérêt général")
            top = H - 140
        else:
            c.setFillColor(TEAL)
            c.setFont("DVB", 9)
            c.drawString(M, H - 30, "VEILLE PARTENARIALE · n°14")
            c.setFont("DV", 9)
            c.drawRightString(W - M, H - 30, "Observatoire des partenariats")
            c.setStrokeColor(TEAL)
            c.setLineWidth(0.8)
            c.line(M, H - 36, W - M, H - 36)
            top = H - 50
        c.setStrokeColor(HexColor("#bbbbbb"))
        c.setLineWidth(0.5)
        c.line(M + colw + G / 2.0, 60, M + colw + G / 2.0, top)
        c.setFillColor(GREY)
        c.setFont("DV", 8)
        c.drawString(M, 30, "Veille partenariale n°14 · cahier détachable")
        c.drawRightString(W - M, 30, "%d" % printed)
        return top

    # page 1
    top = chrome(17, first=True)
    left = (item("Édito", "Un automne chargé",
                 "Rapports régionaux, dîners d'élus, webinaires : ce numéro rassemble les "
                 "rendez-vous de l'automne et les dernières publications de l'Observatoire.")
            + item("Publication", "Normandie : le 11e rapport régional",
                   "Le onzième rapport régional de l'Observatoire est consacré à la Normandie. "
                   "Il a été publié le 26 novembre et dresse un état des lieux des alliances "
                   "entre acteurs normands.")
            + item("Agenda", "Trois rendez-vous en novembre",
                   "15 novembre : dossier consacré aux alliances dans JURIS Associations n°628.",
                   "23 novembre : 3e dîner « Élus & Entreprises ».",
                   "26 novembre : 5e webinaire « l'ODD 17 en pratique »."))
    right = (item("Élus", "Dîner Élus & Entreprises : jouer collectif",
                  "Les chiffres présentés aux convives : 64 % des élus locaux veulent s'appuyer "
                  "sur le « jouer collectif », et 92 % des maires reconnaissent l'utilité de la "
                  "co-construction.",
                  "Les échanges ont porté sur la manière de passer de l'intention à des projets "
                  "communs entre mairies et entreprises du territoire.")
             + item("En bref", "Sortie de crise : des données pour agir",
                    "Pour l'après-Covid, 81 % des Français et 84 % des dirigeants de TPE & PME "
                    "jugent la co-construction utile à la résilience des territoires. Plus de "
                    "250 données ont été inventoriées pour outiller les décideurs."))
    fill(c, [(M, 60, colw, top - 60, left), (M + colw + G, 60, colw, top - 60, right)])
    c.showPage()

    # page 2
    top = chrome(18)
    left = (item("ODD 17", "Le Fonds ODD 17",
                 "Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 "
                 "dispose d'une dotation de 1,5 M€ pour une expérimentation sur trois ans.",
                 "L'objectif affiché : faire émerger 350 « catalyseurs territoriaux » capables "
                 "d'animer les alliances locales.")
            + item("Décryptage", "ODD 17 : combien de cibles ?",
                   "L'objectif de développement durable n°17 compte 19 cibles. La note du Comité 21 "
                   "« ODD 17 : Sens, décryptages, déclinaisons », présentée le 5 juillet, les "
                   "passe en revue."))
    right = (item("Outil", "M.E.D.O.C., c'est quoi ?",
                  "Derrière l'acronyme M.E.D.O.C. se cachent cinq ressources : Méthodes, Exemples, "
                  "Données, Outils, Compétences. Elles sont rassemblées sur la plateforme "
                  "www.odd17.org.")
             + item("Étude", "Fondations & Territoires",
                    "L'étude IMPACT consacrée aux fondations et aux territoires a été publiée le "
                    "23 septembre. Elle repose sur 42 fondations interrogées.",
                    "Elle complète la fiche acteur « Dynamique d'engagement des Fondations »."))
    fill(c, [(M, 60, colw, top - 60, left), (M + colw + G, 60, colw, top - 60, right)])
    c.showPage()

    # page 3
    top = chrome(19)
    left = (item("Institution", "Fondation des Territoires : les étapes",
                 "La préfiguration a été lancée en juillet 2018 et s'est déroulée en trois "
                 "étapes : juillet 2018 à juillet 2019, août 2019 à novembre 2020, puis décembre "
                 "2020 à mai 2022.",
                 "La Fondation a été créée le 14 juin 2022 sous l'égide de la Fondation de Lille. "
                 "Elle réunit 21 co-fondateurs et s'est donné trois missions."))
    right = (item("Charte", "La Charte du faire alliance",
                  "Fruit de trois mois de co-construction pilotés par la Fondation des "
                  "Territoires, la Charte se présente comme un « contrat de confiance » entre "
                  "acteurs.",
                  "Elle a été lancée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice "
                  "(Paris-Est Marne & Bois), lors d'une soirée VitaWin.",
                  "À noter : l'annonce publiée sur associations.gouv.fr évoque un « mardi "
                  "30 septembre », date qui diffère de celle retenue par les organisateurs."))
    fill(c, [(M, 60, colw, top - 60, left), (M + colw + G, 60, colw, top - 60, right)])
    c.showPage()

    # page 4
    top = chrome(20)
    left = (item("Droit", "Vers un droit de l'alliance",
                 "Lors du FNAF 2019, Gabriel Attal a confié une mission ministérielle à Cathy "
                 "Racon-Bouzon et Charles-Benoît Heidsieck. Le rapport a été remis le 7 mai 2020 "
                 "et un bilan a été dressé le 17 octobre 2020.",
                 "La proposition de loi sur le « droit de l'alliance d'intérêt général », portée "
                 "par Cathy Racon-Bouzon et déposée en février, a été agréée par le Bureau de "
                 "l'Assemblée nationale puis publiée au Journal officiel. Une feuille de route "
                 "ministérielle de 21 mesures l'accompagne."))
    right = (item("Territoires", "Parcours d'expérience avec le CGET",
                  "Le CGET et Le RAMEAU ont ouvert un parcours d'expérience de 18 mois réunissant "
                  "11 territoires pionniers ; la première session s'est tenue le 3 mai.",
                  "Une autre présentation du dispositif parle du « CGET et 10 territoires "
                  "pilotes » : le nombre varie selon la source.")
             + item("Mesure", "Trois indicateurs pour IMPACT",
                    "Pour suivre les effets des alliances, le programme IMPACT retient trois "
                    "indicateurs : innovation, performance et confiance."))
    fill(c, [(M, 60, colw, top - 60, left), (M + colw + G, 60, colw, top - 60, right)])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 03: synthèse territoriale
def tbl(data, widths, head_bg=TEAL, zebra=True, size=8.5):
    cells = [[Paragraph(str(x), st("tc%d" % size, size, lead=size * 1.25, after=0,
                                   font="DVB" if r == 0 else "DV",
                                   color=white if r == 0 else black)) for x in row]
             for r, row in enumerate(data)]
    t = Table(cells, colWidths=widths)
    style = [("BACKGROUND", (0, 0), (-1, 0), head_bg), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("GRID", (0, 0), (-1, -1), 0.4, HexColor("#9bb8bb")),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if zebra:
        for r in range(2, len(data), 2):
            style.append(("BACKGROUND", (0, r), (-1, r), LIGHT))
    t.setStyle(TableStyle(style))
    return t


def doc03(path):
    W, H = A4
    c = new_canvas(path, A4, "Synthèse : associations et territoires")
    M = 50

    def chrome(printed, section):
        c.setFillColor(SAND)
        c.rect(0, H - 40, W, 40, stroke=0, fill=1)
        c.setFillColor(TEAL)
        c.setFont("DVB", 9)
        c.drawString(M, H - 25, "SYNTHÈSE · Associations & Territoires")
        c.setFont("DV", 9)
        c.drawRightString(W - M, H - 25, section)
        c.setFillColor(GREY)
        c.setFont("DV", 8)
        c.drawString(M, 28, "Observatoire des partenariats · Le RAMEAU · Synthèse territoriale")
        c.drawRightString(W - M, 28, "page %d" % printed)

    # page 1
    chrome(7, "L'essentiel")
    c.setFillColor(TEAL)
    c.rect(M, H - 170, W - 2 * M, 110, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("DVB", 20)
    c.drawString(M + 16, H - 95, "Associations & Territoires")
    c.setFont("DV", 11)
    c.drawString(M + 16, H - 118, "Synthèse de l'étude IMPACT sur les associations employeuses")
    c.drawString(M + 16, H - 136, "et mise en perspective territoriale")
    # key figure boxes
    boxes = [("148 000", "associations employeuses\ndans le champ de l'étude"),
             ("98 %", "d'entre elles déclarent\nau moins un partenariat"),
             ("89 %", "travaillent avec\nles collectivités")]
    bw = (W - 2 * M - 20) / 3.0
    for i, (big, cap) in enumerate(boxes):
        x = M + i * (bw + 10)
        c.setFillColor(LIGHT)
        c.rect(x, H - 290, bw, 100, stroke=0, fill=1)
        c.setFillColor(ORANGE)
        c.setFont("DVB", 24)
        c.drawString(x + 12, H - 230, big)
        c.setFillColor(black)
        c.setFont("DV", 9)
        for j, line in enumerate(cap.split("\n")):
            c.drawString(x + 12, H - 252 - j * 12, line)
    flows = [P("Ce que montre l'étude", H2),
             P("Le partenariat est devenu la norme pour les associations qui emploient des "
               "salariés : sur les 148 000 associations employeuses, la quasi-totalité (98 %) "
               "déclare au moins une relation partenariale. Les collectivités sont de loin le "
               "premier partenaire, devant les structures d'intérêt général et les "
               "établissements scolaires."),
             P("Les alliances se nouent d'abord à l'échelle locale (73 %), et près d'une "
               "association sur deux agit aussi à l'échelle régionale (47 %)."),
             P("Méthode", H3),
             P("Cette synthèse reprend les résultats nationaux de l'étude IMPACT – Associations & "
               "Territoires. Les résultats ne sont pas ventilés par région : le tableau de la "
               "page 10 recense les territoires d'expérimentation, sans chiffres régionaux.",
               SMALL)]
    fill(c, [(M, 60, W - 2 * M, H - 310 - 60, flows)])
    c.showPage()

    # page 2
    chrome(8, "Avec qui ? Comment ?")
    flows = [P("Avec qui les associations employeuses font-elles alliance ?", H1),
             tbl([["Type de partenaire", "Part des associations employeuses"],
                  ["Collectivités", "89 %"], ["Structures d'intérêt général", "73 %"],
                  ["Établissements scolaires", "70 %"], ["Collectifs d'associations", "56 %"],
                  ["Acteurs publics nationaux", "52 %"], ["Fédérations professionnelles", "37 %"],
                  ["Acteurs académiques", "35 %"]], [260, 200]),
             Spacer(1, 12),
             P("À quelle échelle ?", H2),
             tbl([["Échelle du partenariat", "Part"], ["Locale", "73 %"], ["Régionale", "47 %"]],
                 [260, 200]),
             Spacer(1, 12),
             P("Sous quelle forme ?", H2),
             tbl([["Forme de partenariat", "Part"], ["Mécénat", "75 %"],
                  ["Innovation sociétale", "73 %"], ["Pratiques responsables", "70 %"],
                  ["Coopération économique", "58 %"]], [260, 200]),
             Spacer(1, 8),
             P("Source : étude IMPACT – Associations & Territoires (Le RAMEAU). Plusieurs réponses "
               "possibles : les totaux dépassent 100 %.", SMALL)]
    fill(c, [(M, 60, W - 2 * M, H - 110, flows)])
    c.showPage()

    # page 3
    chrome(9, "Mise en perspective")
    flows = [P("Ce qui a changé depuis l'enquête de 2016", H1),
             P("L'étude « Associations & Partenariats », publiée en mars 2017 par Recherches & "
               "Solidarités avec Le RAMEAU, offre un point de comparaison. Elle repose sur une "
               "enquête menée en mai et juin 2016 auprès de plus de 1 380 responsables "
               "associatifs, toutes associations confondues (et pas seulement les employeuses)."),
             P("Les associations y comptaient en moyenne 2,5 partenaires."),
             tbl([["Partenaire (enquête 2016, publiée en 2017)", "Part des associations"],
                  ["Collectivités", "74 %"], ["Associations ou fondations", "72 %"],
                  ["Établissements d'enseignement", "47 %"], ["Entreprises", "28 %"],
                  ["Structures d'insertion", "22 %"], ["Organismes de recherche", "9 %"]],
                 [280, 180]),
             Spacer(1, 10),
             P("La taille compte", H2),
             P("Le partenariat avec une entreprise dépend fortement du budget : il concerne 50 % des "
               "associations de plus de 150 000 € de budget, contre 20 % de celles de moins de "
               "10 000 €."),
             P("Un repère plus ancien", H2),
             P("La note du 29 février 2016 sur les modèles de co-construction estimait que 37 % des "
               "entreprises d'au moins 10 salariés et 38 % des associations étaient engagées dans "
               "des partenariats ; la proportion atteignait 53 % parmi les associations "
               "employeuses et 65 % chez les « pionniers »."),
             P("Attention aux comparaisons : les populations et les questions diffèrent d'une "
               "enquête à l'autre (89 % de collectivités chez les employeuses selon IMPACT, "
               "74 % pour l'ensemble des associations en 2016).", SMALL)]
    fill(c, [(M, 60, W - 2 * M, H - 110, flows)])
    c.showPage()

    # page 4 : table by region
    chrome(10, "Territoires")
    flows = [P("Les territoires d'expérimentation, région par région", H1),
             P("Le tableau ci-dessous rassemble les territoires cités dans les travaux de "
               "l'Observatoire. Il ne comporte aucun résultat chiffré régional."),
             tbl([["Région / territoire", "Démarche", "Acteur relais", "Repère de date"],
                  ["Alsace (Grand Est)", "Agir ensemble en Territoire, territoire pilote",
                   "Alsace Active", "démarche initiée en 2010"],
                  ["Poitou-Charentes (Nouvelle-Aquitaine)",
                   "Agir ensemble en Territoire, territoire pilote", "Groupe La Poste",
                   "démarche initiée en 2010"],
                  ["Paris-Est Marne & Bois (Île-de-France)",
                   "Territoire pilote ; lancement de la Charte du faire alliance",
                   "Fondation des Territoires", "30 novembre 2021"],
                  ["Normandie", "11e rapport régional de l'Observatoire",
                   "Observatoire des partenariats", "publié le 26 novembre"],
                  ["13 régions", "Rapports régionaux du programme PHARE",
                   "Observatoire des partenariats", "2016"],
                  ["11 territoires pionniers", "Parcours d'expérience de 18 mois",
                   "CGET et Le RAMEAU", "1re session le 3 mai"]],
                 [120, 150, 110, 115], size=8.5),
             Spacer(1, 10),
             P("Origine de la démarche", H2),
             P("« Agir ensemble en Territoire » est née en 2010, dans le prolongement de l'étude "
               "ARPEA-Collectivités locales réalisée par Comisis et OpinionWay. Les trois "
               "territoires pilotes ont servi de terrain pour tester une méthode de "
               "co-construction entre collectivités, associations et entreprises."),
             P("Lecture", H3),
             P("Les 148 000 associations employeuses de l'étude IMPACT ne sont pas réparties par "
               "région dans cette synthèse.", SMALL)]
    fill(c, [(M, 60, W - 2 * M, H - 110, flows)])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 04: chiffres clés leaflet
def doc04(path):
    W, H = A4
    c = new_canvas(path, A4, "Chiffres clés des alliances")
    M = 40

    def chrome(printed, title, sub):
        c.setFillColor(ORANGE)
        c.rect(0, H - 90, W, 90, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("DV", 9)
        c.drawString(M, H - 24, "CHIFFRES CLÉS · Observatoire des partenariats")
        c.setFont("DVB", 22)
        c.drawString(M, H - 55, title)
        c.setFont("DV", 10.5)
        c.drawString(M, H - 75, sub)
        c.setFillColor(GREY)
        c.setFont("DV", 8)
        c.drawString(M, 24, "Dépliant « Chiffres clés » · Le RAMEAU")
        c.drawRightString(W - M, 24, "— %d —" % printed)

    def grid(boxes, cols=3, top=None, bh=132):
        top = top or H - 110
        bw = (W - 2 * M - (cols - 1) * 12) / float(cols)
        for i, (big, cap, src) in enumerate(boxes):
            r, k = divmod(i, cols)
            x = M + k * (bw + 12)
            y = top - (r + 1) * bh - r * 12
            c.setFillColor(LIGHT)
            c.rect(x, y, bw, bh, stroke=0, fill=1)
            c.setFillColor(TEAL)
            c.rect(x, y + bh - 4, bw, 4, stroke=0, fill=1)
            c.setFillColor(ORANGE)
            c.setFont("DVB", 24)
            c.drawString(x + 10, y + bh - 36, big)
            fill(c, [(x + 10, y + 8, bw - 20, bh - 50,
                      [P(cap, st("cap", 8.8, lead=11, after=2)),
                       P(src, st("src", 7, color=GREY, after=0))])])
        return top - ((len(boxes) + cols - 1) // cols) * (bh + 12)

    chrome(2, "Le RAMEAU en quelques chiffres", "Un laboratoire de recherche empirique au service des alliances")
    y = grid([("2006", "Création du RAMEAU, association d'intérêt général qui se définit comme un "
                       "« laboratoire d'innovations partenariales ».", "Présentation du RAMEAU"),
              ("3", "missions, dont celle de témoigner de ce que les alliances produisent.",
               "Présentation du RAMEAU"),
              ("+ de 1 000", "exemples inspirants recensés au fil des travaux.", "Présentation du RAMEAU"),
              ("15 ans", "de recherche sur les relations partenariales.", "Entretien, média Mediatico"),
              ("5 ans", "d'étude d'impact des alliances.", "Entretien, média Mediatico"),
              ("+ de 500", "organisations ont participé aux expérimentations du RAMEAU depuis 2006.",
               "Article « Les alliances innovantes, moteurs de confiance »"),
              ("2008", "Création de l'Observatoire des partenariats par la Caisse des Dépôts et "
                       "Le RAMEAU, avec le MEDEF et le Mouvement associatif.",
               "Site de l'Observatoire"),
              ("2007 ?", "Des documents plus anciens (2011, 2012) datent de 2007 la naissance de "
                         "l'« Observatoire national des partenariats associations / entreprises ».",
               "ARPEA Entreprises & Territoires ; rapport quinquennal"),
              ("1,5 M€", "Dotation du Fonds ODD 17 pour trois ans d'expérimentation.",
               "Présentation du Fonds ODD 17")])
    c.showPage()

    chrome(3, "Les Français et l'alliance", "Vingt ans de mesures auprès des citoyens")
    grid([("86 %", "des Français jugeaient urgent de créer des partenariats en 2008 (ARPEA).",
           "ARPEA, 2008"),
          ("84 %", "des Français partageaient ce sentiment d'urgence en 2012.", "ARPEA, 2012"),
          ("69 %", "des Français évoquaient un « devoir d'alliance » en septembre 2015.",
           "PHARE-Citoyens"),
          ("81 %", "des Français parlent aujourd'hui d'un « devoir d'alliance ».",
           "Droit de l'alliance d'intérêt général"),
          ("81 %", "des Français jugent utile de « jouer collectif » pour sortir de la crise "
                   "sanitaire.", "Sortie de crise, données post-Covid"),
          ("74 %", "des Français voient dans les partenariats une source d'innovation.",
           "Programme IMPACT"),
          ("+ de 2 000", "personnes interrogées pour PHARE-Citoyens.", "PHARE-Citoyens, 2015"),
          ("7,1 / 10", "note de l'emploi, première priorité des Français.", "PHARE-Citoyens, 2015"),
          ("49 %", "des Français voient un impact fort des partenariats sur l'emploi.",
           "PHARE-Citoyens, 2015")])
    c.showPage()

    chrome(4, "Entreprises et associations", "Qui s'engage, qui hésite ?")
    grid([("21 %", "des entreprises développent des partenariats avec des associations.",
           "ARPEA Entreprises & Territoires, janvier 2011"),
          ("33 %", "des entreprises souhaitent en développer.",
           "ARPEA Entreprises & Territoires, janvier 2011"),
          ("46 %", "des entreprises ne le souhaitent pas.",
           "ARPEA Entreprises & Territoires, janvier 2011"),
          ("46 %", "des associations environ sont engagées avec une entreprise.",
           "Étude ARPEA, état des lieux"),
          ("84 %", "des dirigeants de TPE & PME jugent la co-construction utile pour la "
                   "résilience après le Covid.", "Sortie de crise, données post-Covid"),
          ("81 %", "des dirigeants d'entreprise voient dans les partenariats une source "
                   "d'innovation.", "Programme IMPACT"),
          ("86 %", "des responsables associatifs partagent ce constat.", "Programme IMPACT"),
          ("2,5", "partenaires en moyenne par association.",
           "Associations & Partenariats, mars 2017"),
          ("28 %", "des associations comptent une entreprise parmi leurs partenaires.",
           "Associations & Partenariats, mars 2017")])
    c.showPage()

    chrome(5, "Élus et territoires", "Les maires, premiers artisans de la co-construction")
    grid([("87 %", "des maires voient dans les partenariats une source d'innovation.",
           "PHARE-Institutions et programme IMPACT"),
          ("5", "profils de maires identifiés par PHARE-Institutions (29 novembre 2016).",
           "PHARE-Institutions"),
          ("92 %", "des maires reconnaissent l'utilité de la co-construction.",
           "Dîner « Élus & Entreprises »"),
          ("64 %", "des élus locaux veulent s'appuyer sur le « jouer collectif ».",
           "Dîner « Élus & Entreprises »"),
          ("76 %", "des maires estiment leur territoire engagé…", "Programme IMPACT"),
          ("46 %", "… mais ne savent pas comment piloter la dynamique.", "Programme IMPACT"),
          ("302", "maires interrogés à l'automne 2024.", "IMPACTS & TRAJECTOIRES – Élus locaux"),
          ("91 %", "des maires voient leur territoire en mouvement.",
           "IMPACTS & TRAJECTOIRES – Élus locaux, nov. 2024"),
          ("350", "catalyseurs territoriaux visés par le Fonds ODD 17.", "Fonds ODD 17")])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 05: étude chapter w/ footnotes
def doc05(path):
    W, H = A4
    c = new_canvas(path, A4, "Quinze ans de recherche sur les alliances, chapitre 2")
    M = 62
    TX = st("tx", 10, lead=14, after=6)

    def chrome(printed, notes):
        c.setFillColor(GREY)
        c.setFont("DVI", 8.5)
        if printed % 2:
            c.drawString(M, H - 36, "Chapitre 2 · Les étapes d'un programme de recherche")
            c.drawRightString(W - M, H - 36, "%d" % printed)
        else:
            c.drawString(M, H - 36, "%d" % printed)
            c.drawRightString(W - M, H - 36, "Quinze ans de recherche sur les alliances")
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(M, H - 42, W - M, H - 42)
        c.setFont("DV", 7.5)
        c.drawString(M, 26, "Observatoire des partenariats · Étude · Édition de travail")
        # footnotes block
        fl = [P(n, NOTE) for n in notes]
        c.line(M, 130, M + 120, 130)
        fill(c, [(M, 40, W - 2 * M, 85, fl)])

    def body(flows, top=H - 60):
        fill(c, [(M, 140, W - 2 * M, top - 140, flows)])

    # p37
    chrome(37, ["1 Deux documents plus anciens, l'étude ARPEA Entreprises & Territoires de janvier "
                "2011 et le rapport quinquennal du 11 décembre 2012, écrivent : « Créé en 2007, "
                "l'Observatoire national des partenariats associations / entreprises ».",
                "2 Une autre présentation du programme d'études indique que l'Observatoire a été "
                "« créé en 2008 par Le RAMEAU en partenariat avec la Caisse des Dépôts ».",
                "3 Anne Robin assure cette direction scientifique à titre bénévole."])
    c.setFillColor(TEAL)
    c.setFont("DVB", 11)
    c.drawString(M, H - 80, "CHAPITRE 2")
    body([Spacer(1, 30),
          P("Les étapes d'un programme de recherche", H1),
          P("2.1 Un laboratoire né en 2006", H2),
          P("Le RAMEAU voit le jour en 2006 sous statut associatif d'intérêt général. Il se "
            "présente comme un « laboratoire de recherche empirique » consacré aux alliances entre "
            "organisations de natures différentes. Son président-fondateur est Charles-Benoît "
            "Heidsieck ; la direction générale est assurée par Laurence Weber.", TX),
          P("2.2 L'Observatoire des partenariats", H2),
          P("L'Observatoire des partenariats est créé en 2008 par la Caisse des Dépôts et Le RAMEAU, "
            "en partenariat avec le MEDEF et le Mouvement associatif<super>1, 2</super>. Sa "
            "direction scientifique est confiée à Anne Robin, fondatrice de COMISIS<super>3</super>.",
            TX),
          P("Dès l'origine, l'Observatoire se donne pour tâche de mesurer, de façon régulière, la "
            "perception des partenariats par les citoyens, les entreprises, les associations et "
            "les collectivités.", TX)], top=H - 60)
    c.showPage()

    # p38
    chrome(38, ["4 Les dates de PHARE varient selon les pages : 2013-2018 dans la présentation "
                "générale des plans, 2013-2017 sur la page « Le cheminement » et dans la "
                "présentation du programme d'études.",
                "5 Trois développements coexistent : « Analyse des Relations et des Partenariats "
                "entre Entreprises et Associations » (rapport quinquennal), « Analyser les Relations "
                "Partenariales entre Entreprises et Associations » (page « D comme Données ») et "
                "« Analyse des Relations Associations-Entreprises » (programme d'études)."])
    body([P("2.3 Trois plans quinquennaux", H2),
          P("Le travail de l'Observatoire s'organise en plans de cinq ans, qui portent chacun un "
            "nom de programme.", TX),
          tbl([["Programme", "Période", "Repère"],
               ["ARPEA", "2008-2012", "10 volets ; rapport quinquennal le 11 décembre 2012"],
               ["PHARE", "2013-2018 (note 4)", "6 volets publiés entre 2015 et 2016"],
               ["IMPACT", "2018-2022", "lancé en novembre 2017"]], [90, 120, 226], size=9),
          Spacer(1, 10),
          P("Le sigle ARPEA signifie « Analyse des Relations et des Partenariats entre Entreprises "
            "et Associations »<super>5</super>. Le programme comptait 10 volets, qui ont couvert "
            "successivement les citoyens, les entreprises, les associations et les collectivités "
            "locales.", TX),
          P("Le bilan de ces cinq premières années est présenté dans le rapport quinquennal du "
            "11 décembre 2012. Il sert ensuite de socle au programme PHARE.", TX)])
    c.showPage()

    # p39
    chrome(39, ["6 Le rapport sur l'état des lieux des partenariats associations-entreprises, "
                "demandé par la ministre, a été publié début 2014.",
                "7 PHARE-Institutions a été publié le 29 novembre 2016 ; il distingue 5 profils de "
                "maires."])
    body([P("2.4 PHARE : six volets en deux ans", H2),
          P("La ministre Valérie Fourneyron a demandé un rapport dressant l'état des lieux des "
            "partenariats entre associations et entreprises<super>6</super>. Dans la même "
            "période, le programme PHARE a été publié en six volets :", TX)]
         + bullets(["PHARE-Citoyens, septembre 2015 ;", "PHARE-Entreprises, octobre 2015 ;",
                    "PHARE-Associations, novembre 2015 ;", "13 rapports régionaux, en 2016 ;",
                    "diagnostics sectoriels, juillet 2016 ;",
                    "PHARE-Institutions, à l'automne 2016<super>7</super>."], st("b5", 10, lead=14, left=12, after=3))
         + [Spacer(1, 6),
            P("Les maires au cœur du dernier volet", H3),
            P("Selon PHARE-Institutions, 87 % des maires considèrent les partenariats comme une "
              "source d'innovation. Le volet citoyen relevait de son côté que 69 % des Français "
              "ressentaient un « devoir d'alliance ».", TX)])
    c.showPage()

    # p40
    chrome(40, ["8 Une autre présentation parle de trois indicateurs plutôt que de trois axes : "
                "innovation, performance et confiance.",
                "9 Étude IMPACT-Élus locaux, novembre 2020, réalisée par Comisis et OpinionWay."])
    body([P("2.5 IMPACT : mesurer les effets des alliances", H2),
          P("Lancé en novembre 2017 pour la période 2018-2022, le programme IMPACT est conduit par "
            "cinq partenaires :", TX)]
         + bullets(["la Caisse des Dépôts ;", "l'Institut CDC pour la Recherche ;",
                    "le Groupe La Poste ;", "la Fondation TOTAL ;", "Le RAMEAU."],
                   st("b6", 10, lead=14, left=12, after=3))
         + [Spacer(1, 6),
            P("Il s'articule autour de trois axes<super>8</super> : l'innovation sociétale et "
              "territoriale, la performance des organisations, et la confiance.", TX),
            P("Des résultats traduits en outils", H3),
            P("Les enquêtes IMPACT ont donné naissance à des fiches pratiques. La fiche-repère « Les "
              "dynamiques d'engagement des Collectivités territoriales » est issue de l'étude "
              "IMPACT-Élus locaux<super>9</super>, tandis que la fiche acteur « Dynamique "
              "d'engagement des Fondations » s'adresse aux fondations.", TX)])
    c.showPage()

    # p41
    chrome(41, ["10 Une autre source évoque le « CGET et 10 territoires pilotes ».",
                "11 La Charte a été lancée le 30 novembre 2021 ; voir le bulletin de veille n°14."])
    body([P("2.6 Du diagnostic à l'action territoriale", H2),
          P("La démarche « Agir ensemble en Territoire » a été initiée en 2010, après l'étude "
            "ARPEA-Collectivités locales menée par Comisis et OpinionWay. Trois territoires l'ont "
            "expérimentée en premier : l'Alsace avec Alsace Active, le Poitou-Charentes avec le "
            "Groupe La Poste, et Paris-Est Marne & Bois.", TX),
          P("Plus tard, le parcours d'expérience ouvert avec le CGET a associé 11 territoires "
            "pionniers pendant 18 mois<super>10</super>. Le territoire de Paris-Est Marne & Bois "
            "a ensuite accueilli le lancement de la Charte du faire alliance<super>11</super>.", TX),
          Spacer(1, 8),
          tbl([["Ce qu'il faut retenir du chapitre"],
               ["Trois plans successifs : ARPEA, PHARE, IMPACT."],
               ["Une date de création de l'Observatoire discutée : 2008, ou 2007 dans les "
                "documents anciens."],
               ["Un passage progressif de la mesure à l'outillage des territoires."]], [436],
              size=9.5)])
    c.showPage()
    c.save()


DOCS = [
    ("obs-s52-01-diaporama-faire-alliance.pdf", doc01),
    ("obs-s52-02-bulletin-veille-n14.pdf", doc02),
    ("obs-s52-03-synthese-associations-territoires.pdf", doc03),
    ("obs-s52-04-chiffres-cles.pdf", doc04),
    ("obs-s52-05-etude-chapitre2.pdf", doc05),
]

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, fn in DOCS:
        fn(os.path.join(out, name))
        print(name)
