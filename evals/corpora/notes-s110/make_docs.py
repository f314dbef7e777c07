"""Corpus fictif notes-s110 : 5 PDF « à la manière » des publications de l'Observatoire des partenariats.

Usage : /work/main/.venv/bin/python make_docs.py
Écrit obs-s110-01-… à obs-s110-05-….pdf dans le dossier de ce script. Déterministe
(rl_config.invariant = 1, métadonnées vides) : deux exécutions donnent des fichiers identiques.
Tous les organismes, personnes et chiffres sont inventés, sauf les faits repris de
/work/shared/facts.md (voir README.md).
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.platypus import Paragraph, Table, TableStyle  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NB = "\u00a0"  # espace insécable (milliers, avant % et €)

W, H = A4
SLIDE = (960, 540)

# ---------------------------------------------------------------- styles
def st(name, font="Helvetica", size=9.5, leading=None, color=colors.black, align=0, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3,
                          textColor=color, alignment=align, **kw)


BODY = st("body", size=10.3, leading=14)
BODYB = st("bodyb", font="Helvetica-Bold", size=10.3, leading=14)
SMALL = st("small", size=7.6, leading=9.6)
SMALLI = st("smalli", font="Helvetica-Oblique", size=7.6, leading=9.6)
H1 = st("h1", font="Helvetica-Bold", size=16, leading=20, color=colors.HexColor("#1d3557"))
H2 = st("h2", font="Helvetica-Bold", size=11.5, leading=14.5, color=colors.HexColor("#1d3557"))
H3 = st("h3", font="Helvetica-Bold", size=10, leading=13, color=colors.HexColor("#457b9d"))
BLUE = colors.HexColor("#1d3557")
MID = colors.HexColor("#457b9d")
PALE = colors.HexColor("#e8f1f8")
SAND = colors.HexColor("#f6efe3")
RED = colors.HexColor("#c8553d")
GREEN = colors.HexColor("#2a7f62")
PALEGREEN = colors.HexColor("#e5f3ec")


class Page:
    """Petit outil de mise en page : paragraphes posés à la main, avec contrôle de débordement."""

    def __init__(self, c, size, bottom=55):
        self.c = c
        self.w, self.h = size
        self.bottom = bottom

    def para(self, text, x, ytop, width, style=BODY):
        # typographie française : pas de coupure de ligne après « ni avant » ou %
        text = text.replace("« ", "«" + NB).replace(" »", NB + "»").replace(" %", NB + "%")
        p = Paragraph(text, style)
        _, h = p.wrap(width, 5000)
        y = ytop - h
        if y < self.bottom - 1:
            raise RuntimeError(f"débordement : {text[:60]!r} (y={y:.0f})")
        p.drawOn(self.c, x, y)
        return y

    def paras(self, items, x, ytop, width, gap=5):
        y = ytop
        for text, style in items:
            y = self.para(text, x, y, width, style) - gap
        return y

    def table(self, data, x, ytop, col_widths, style_cmds, row_heights=None):
        t = Table(data, colWidths=col_widths, rowHeights=row_heights)
        t.setStyle(TableStyle(style_cmds))
        _, h = t.wrapOn(self.c, sum(col_widths), 5000)
        y = ytop - h
        if y < self.bottom - 1:
            raise RuntimeError(f"tableau en débordement (y={y:.0f})")
        t.drawOn(self.c, x, y)
        return y

    def box(self, x, ytop, width, height, fill, stroke=None):
        c = self.c
        c.saveState()
        c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
        c.rect(x, ytop - height, width, height, fill=1, stroke=1 if stroke is not None else 0)
        c.restoreState()

    def text(self, s, x, y, font="Helvetica", size=9, color=colors.black, align="left"):
        c = self.c
        c.saveState()
        c.setFont(font, size)
        c.setFillColor(color)
        if align == "right":
            c.drawRightString(x, y, s)
        elif align == "center":
            c.drawCentredString(x, y, s)
        else:
            c.drawString(x, y, s)
        c.restoreState()

    def bullet(self, text, x, ytop, width, style=BODY, mark="•", color=MID, indent=14, gap=6):
        """Item de liste : la puce est posée sur la première ligne du texte."""
        y = self.para(text, x + indent, ytop, width - indent, style)
        self.text(mark, x + 2, ytop - style.fontSize + 1, "Helvetica-Bold", style.fontSize + 1, color)
        return y - gap


def new_canvas(name, size=A4):
    path = os.path.join(HERE, name)
    c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
    c.setTitle("")
    c.setAuthor("")
    c.setProducer("")
    c.setCreator("")
    c.setSubject("")
    c.setKeywords("")
    return c


def n(s):
    """Remplace les espaces marquées « _ » par des insécables (milliers, %, €)."""
    return s.replace("_", NB)


TABLE_BASE = [
    ("FONT", (0, 0), (-1, -1), "Helvetica", 8.8),
    ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.8),
    ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
    ("BACKGROUND", (0, 0), (-1, 0), BLUE),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#b8c4d0")),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 3.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
]


# ====================================================================== 01
def doc01():
    c = new_canvas("obs-s110-01-rapport-enquete.pdf")
    L, R = 50, W - 50
    TW = R - L
    colw = (TW - 24) / 2

    def running(printed, chapter):
        pg.text("Baromètre des alliances territoriales 2025", L, H - 32, "Helvetica", 8, MID)
        pg.text(chapter, R, H - 32, "Helvetica-Oblique", 8, MID, "right")
        c.setStrokeColor(MID)
        c.setLineWidth(0.5)
        c.line(L, H - 38, R, H - 38)
        c.line(L, 42, R, 42)
        pg.text("Rapport d'enquête – mars 2025", L, 30, "Helvetica", 8, colors.grey)
        pg.text(str(printed), R, 30, "Helvetica-Bold", 9, BLUE, "right")

    def footnote(text):
        c.setStrokeColor(colors.grey)
        c.setLineWidth(0.5)
        c.line(L, 82, L + 120, 82)
        pg.para(text, L, 76, TW, SMALLI)

    # ---- page 1 : couverture (non numérotée)
    pg = Page(c, A4)
    pg.box(0, H, W, 170, BLUE)
    pg.text("OBSERVATOIRE DES PARTENARIATS", L, H - 45, "Helvetica-Bold", 10, colors.white)
    pg.para("Baromètre des alliances territoriales 2025", L, H - 62, TW,
            st("cv", font="Helvetica-Bold", size=24, leading=28, color=colors.white))
    pg.para("3<super>e</super> édition – Enquête auprès des maires, des dirigeants d'entreprise, des responsables "
            "associatifs et des Français", L, H - 100, TW - 40,
            st("cv2", size=11.5, leading=15, color=colors.white))
    pg.text("Rapport d'enquête – mars 2025", L, H - 155, "Helvetica-Bold", 9.5, colors.HexColor("#f1c453"))
    pg.text(n("Institut Tessel pour l'Observatoire des partenariats – terrain du 7 octobre au 15 novembre 2024"),
            L, H - 188, "Helvetica-Oblique", 8.5, MID)
    # L'essentiel
    y0 = H - 205
    pg.box(L, y0, TW, 200, PALE)
    y = pg.para("L'essentiel", L + 14, y0 - 12, TW - 28, H2) - 8
    for b in [
        n("<b>78_%</b> des maires jugent les alliances indispensables au développement de leur territoire, "
          "contre 72_% en 2021."),
        n("Près de deux dirigeants d'entreprise sur trois (64_%) déclarent au moins un partenariat avec une "
          "association."),
        n("Les associations interrogées citent en moyenne 2,7 partenaires, et 46_% d'entre elles travaillent "
          "avec au moins une entreprise."),
        n("Les Français restent en retrait : 59_% seulement connaissent une alliance près de chez eux."),
    ]:
        y = pg.bullet(b, L + 16, y, TW - 40, gap=8)
    # chiffres clés
    y = y0 - 200 - 24
    pg.para("Chiffres clés de l'échantillon", L, y, TW, H2)
    y -= 26
    half = TW / 2
    for i, (big, cap) in enumerate([(n("1_026"), "décideurs interrogés par téléphone"),
                                    (n("1_003"), "Français de 18 ans et plus interrogés en ligne")]):
        x = L + i * half
        pg.box(x + 4, y, half - 8, 70, SAND)
        pg.text(big, x + 18, y - 45, "Helvetica-Bold", 30, RED)
        pg.para(cap, x + 125, y - 20, half - 145, BODY)
    # sommaire
    y -= 105
    pg.para("Sommaire", L, y, TW, H2)
    y -= 34
    for label, p in [("1. Méthodologie et contexte", "3"), ("2. Les partenaires des associations", "4"),
                     ("3. Regards croisés par type d'acteur", "5"), ("4. Évolutions depuis 2018", "6")]:
        pg.text(label, L + 10, y, "Helvetica", 10.5)
        c.setDash(1, 2)
        c.setStrokeColor(colors.grey)
        c.line(L + 240, y + 2, R - 30, y + 2)
        c.setDash()
        pg.text(p, R - 10, y, "Helvetica-Bold", 10.5, BLUE, "right")
        y -= 20
    y -= 16
    pg.para("<i>Ce rapport présente les résultats nationaux. Des restitutions régionales sont organisées au "
            "printemps ; les données détaillées sont disponibles sur demande auprès de l'Observatoire.</i>",
            L, y, TW, BODY)
    pg.text("Document fictif réalisé pour un corpus de démonstration.", L, 30, "Helvetica-Oblique", 7, colors.grey)
    c.showPage()

    # ---- page 2 : chapitre 1 (imprimée 3)
    pg = Page(c, A4)
    running(3, "Chapitre 1")
    y = pg.para("1. Méthodologie et contexte", L, H - 60, TW, H1) - 12
    xl, xr = L, L + colw + 24
    yl = pg.paras([
        ("1.1 Qui a été interrogé ?", H3),
        (n("L'enquête a été conduite par téléphone auprès de 412 maires, 318 dirigeants d'entreprise et 296 "
           "responsables associatifs, et en ligne auprès de 1_003 Français âgés de 18 ans et plus."), BODY),
        (n("Les maires ont été tirés au sort dans des communes de toutes tailles ; 58_% d'entre eux dirigent "
           "une commune de moins de 3_500 habitants."), BODY),
        (n("Les dirigeants représentent des entreprises d'au moins 10 salariés. Parmi eux, 71_% sont à la tête "
           "d'une PME de 10 à 249 salariés."), BODY),
        ("Les responsables associatifs ont été choisis parmi les associations actives de chaque département, "
         "qu'elles emploient ou non des salariés.", BODY),
    ], xl, y, colw)
    yr = pg.paras([
        ("1.2 Une enquête reconduite", H3),
        ("Cette 3<super>e</super> édition fait suite à celles de 2018 et de 2021, qui avaient interrogé "
         "respectivement 845 et 967 décideurs.", BODY),
        ("Les résultats ont été redressés<super>1</super> selon la taille de commune, le secteur d'activité et "
         "la région.", BODY),
        ("La marge d'erreur maximale est de 2,2 points pour l'échantillon des Français et de 3,1 points pour "
         "celui des décideurs.", BODY),
        ("Le questionnaire reprend à l'identique les questions centrales des éditions précédentes, ce qui "
         "permet de suivre les évolutions sans rupture de série.", BODY),
    ], xr, y, colw)
    y = min(yl, yr) - 12
    pg.box(L, y, TW, 66, SAND)
    pg.para("Calendrier de l'enquête", L + 12, y - 10, TW - 24, H3)
    pg.para(n("Questionnaire testé auprès de 24 élus en septembre 2024 ; terrain du 7 octobre au 15 novembre "
              "2024 ; résultats présentés au comité de pilotage le 28 janvier 2025."), L + 12, y - 28, TW - 24, BODY)
    y -= 66 + 18
    yl = pg.paras([
        ("1.3 Ce que le baromètre appelle une alliance", H3),
        ("Une alliance désigne ici toute relation suivie entre des organisations de nature différente – "
         "collectivité, entreprise, association, fondation, établissement d'enseignement – qui poursuivent "
         "ensemble un objectif d'intérêt général.", BODY),
        ("Le mécénat ponctuel, sans projet commun, n'est pas compté comme une alliance ; le mécénat de "
         "compétences inscrit dans la durée l'est.", BODY),
    ], xl, y, colw)
    yr = pg.paras([
        ("1.4 Précautions de lecture", H3),
        ("Les décideurs s'expriment au nom de leur organisation : leurs réponses décrivent des pratiques "
         "déclarées, non des pratiques observées.", BODY),
        ("Les comparaisons entre populations portent sur des questions formulées de manière identique ; les "
         "écarts de quelques points ne sont pas significatifs.", BODY),
    ], xr, y, colw)
    footnote("1. Méthode des quotas puis calage sur marges ; voir l'annexe technique, p. 38.")
    c.showPage()

    # ---- page 3 : chapitre 2, graphique en barres (imprimée 4)
    pg = Page(c, A4)
    running(4, "Chapitre 2")
    y = pg.para("2. Les partenaires des associations", L, H - 60, TW, H1) - 10
    y = pg.para("Interrogés sur les acteurs avec lesquels leur association a mené au moins un projet commun au "
                "cours de l'année écoulée, les responsables associatifs placent les collectivités loin devant.",
                L, y, TW, BODY) - 16
    y = pg.para("Graphique 1 – Avec quels acteurs votre association a-t-elle mené au moins un projet commun ?",
                L, y, TW, H3) - 20
    bars = [("Collectivités territoriales", 87), ("Autres associations", 71), ("Établissements scolaires", 52),
            ("Entreprises", 46), ("Fondations", 31), ("Acteurs de la recherche", 12)]
    x0, scale = L + 150, 3.0
    for lab, v in bars:
        pg.text(lab, L, y, "Helvetica", 9.5)
        pg.box(x0, y + 10, v * scale, 13, MID)
        pg.text(n(f"{v}_%"), x0 + v * scale + 5, y, "Helvetica-Bold", 9.5, BLUE)
        y -= 23
    c.setStrokeColor(colors.grey)
    c.line(x0, y + 14, x0 + 100 * scale, y + 14)
    for g in (0, 25, 50, 75, 100):
        pg.text(str(g), x0 + g * scale, y + 2, "Helvetica", 7, colors.grey, "center")
    y -= 14
    y = pg.para(n("Base : 296 responsables associatifs. Plusieurs réponses possibles, total supérieur à 100_%."),
                L, y, TW, SMALL) - 2
    y = pg.para("Source : Baromètre des alliances territoriales 2025, Institut Tessel.", L, y, TW, SMALLI) - 18
    yl = pg.paras([
        ("Les collectivités en tête", H3),
        ("Près de neuf associations sur dix travaillent avec leur commune ou leur intercommunalité.", BODY),
        (n("Les entreprises n'arrivent qu'en quatrième position (46_%), un niveau proche de celui que relevait "
           "déjà le programme ARPEA, qui comptait près de 46_% d'associations engagées avec une entreprise."), BODY),
    ], L, y, colw)
    yr = pg.paras([
        ("L'effet employeur", H3),
        (n("Les associations employeuses se distinguent : 58_% citent une entreprise, contre 39_% des "
           "associations sans salarié."), BODY),
        ("Disposer d'un salarié chargé des partenariats reste, selon les responsables interrogés, la première "
         "condition d'un dialogue durable avec le monde économique.", BODY),
    ], L + colw + 24, y, colw)
    y = min(yl, yr) - 14
    pg.box(L, y, TW, 150, PALE)
    yy = pg.para("Paroles de responsables associatifs", L + 12, y - 10, TW - 24, H3) - 6
    for q in ["« Avec la mairie, on se voit toutes les semaines ; avec les entreprises, il faut tout recommencer "
              "à chaque changement d'interlocuteur. »",
              "« Les fondations nous ont aidés à passer un cap, mais leurs appels à projets demandent un temps "
              "que nous n'avons pas toujours. »",
              "« L'école du quartier est devenue un vrai partenaire : les enseignants viennent nous chercher. »"]:
        yy = pg.bullet(q, L + 12, yy, TW - 24, st("qq", font="Helvetica-Oblique", size=10, leading=13.5),
                       mark="›", gap=7)
    c.showPage()

    # ---- page 4 : chapitre 3, tableau croisé (imprimée 5)
    pg = Page(c, A4)
    running(5, "Chapitre 3")
    y = pg.para("3. Regards croisés par type d'acteur", L, H - 60, TW, H1) - 10
    y = pg.para("Maires, dirigeants et responsables associatifs partagent le même diagnostic, avec des intensités "
                "différentes : les associations restent les plus allantes.", L, y, TW, BODY) - 16
    y = pg.para("Tableau 2 – Part des répondants d'accord avec chaque affirmation, par type d'acteur (en %)",
                L, y, TW, H3) - 6
    data = [["Affirmation", "Maires", "Dirigeants\nd'entreprise", "Responsables\nassociatifs"],
            ["Les alliances sont une source d'innovation", "83", "74", "88"],
            ["Mon territoire manque de lieux de rencontre", "52", "47", "61"],
            ["Je souhaite développer de nouveaux partenariats", "69", "58", "79"]]
    y = pg.table(data, L, y, [245, 80, 85, 85], TABLE_BASE + [
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("FONT", (0, 1), (0, -1), "Helvetica", 9.5),
        ("FONT", (1, 1), (-1, -1), "Helvetica-Bold", 10),
        ("TOPPADDING", (0, 1), (-1, -1), 6), ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
        ("BACKGROUND", (0, 1), (-1, 1), PALE), ("BACKGROUND", (0, 3), (-1, 3), PALE)]) - 6
    y = pg.para(n("Lecture : 83_% des maires estiment que les alliances sont une source d'innovation."),
                L, y, TW, SMALLI) - 2
    y = pg.para("Base : ensemble des décideurs interrogés (voir chapitre 1).", L, y, TW, SMALL) - 18
    y = pg.paras([
        ("Une convergence sur l'innovation", H3),
        ("L'écart entre maires et dirigeants d'entreprise sur l'innovation n'est plus que de 9 points, contre "
         "17 points en 2021. Les entreprises, longtemps les plus réservées, rejoignent peu à peu les élus.", BODY),
        ("Des lieux qui manquent", H3),
        ("Sur le manque de lieux de rencontre, les associations se distinguent nettement des autres publics : "
         "ce sont elles qui portent le plus souvent l'effort d'organiser les réunions, de trouver une salle et "
         "d'inviter les partenaires.", BODY),
        ("Les maires des petites communes formulent la même demande, mais la rattachent plutôt à l'absence "
         "d'ingénierie intercommunale qu'à un manque de locaux.", BODY),
    ], L, y, TW) - 10
    pg.box(L + 60, y, TW - 120, 64, PALEGREEN)
    pg.para("À retenir", L + 74, y - 10, TW - 148, st("ar", font="Helvetica-Bold", size=10.5, color=GREEN))
    pg.para("Les responsables associatifs sont les plus nombreux à vouloir de nouveaux partenariats : près de "
            "quatre sur cinq.", L + 74, y - 28, TW - 148, BODY)
    c.showPage()

    # ---- page 5 : chapitre 4, évolutions (imprimée 6)
    pg = Page(c, A4)
    running(6, "Chapitre 4")
    y = pg.para("4. Évolutions depuis 2018", L, H - 60, TW, H1) - 10
    y = pg.para("Graphique 2 – Part des maires jugeant les alliances indispensables (en %)", L, y, TW, H3) - 20
    x0 = L + 60
    for yr_, v in (("2018", 61), ("2021", 72), ("2024", 78)):
        pg.text(yr_, L + 10, y, "Helvetica-Bold", 9.5)
        pg.box(x0, y + 10, v * 4, 13, RED if yr_ == "2024" else MID)
        pg.text(n(f"{v}_%"), x0 + v * 4 + 6, y, "Helvetica-Bold", 9.5, BLUE)
        y -= 24
    y = pg.para("Base : maires. Source : Baromètres des alliances territoriales 2018, 2021 et 2025, Institut Tessel.",
                L, y, TW, SMALLI) - 14
    y = pg.para("En six ans, la part des maires convaincus a gagné 17 points<super>2</super>. La progression a été plus "
                "rapide au début de la période qu'à la fin, signe d'un indicateur qui approche de son plafond.",
                L, y, TW, st("b15", size=10.3, leading=15)) - 16
    top = y
    pg.box(L, top, TW, 158, SAND)
    y = pg.para("Rappels : ce que disaient les études antérieures", L + 12, top - 10, TW - 24, H3) - 8
    for b in [
        n("En 2008, 86_% des Français jugeaient urgent de créer des partenariats ; ils étaient encore 84_% en 2012 "
          "(programme ARPEA)."),
        n("L'étude PHARE-Citoyens, publiée en septembre 2015 auprès de plus de 2_000 personnes, relevait un "
          "« devoir d'alliance » chez 69_% des Français."),
        n("Fin 2016, l'étude PHARE-Institutions relevait le même constat chez 87_% des maires."),
    ]:
        y = pg.bullet(b, L + 14, y, TW - 36, mark="–", gap=8)
    y = top - 158 - 18
    pg.paras([
        ("Ce que l'on peut en conclure", H3),
        ("Les questions et les populations ne sont pas strictement identiques d'une étude à l'autre : ces rappels "
         "situent des ordres de grandeur, ils ne forment pas une série. Ils confirment toutefois que l'adhésion "
         "au principe des alliances est ancienne et large ; le baromètre montre qu'elle se traduit désormais "
         "dans les pratiques.", BODY),
    ], L, y, TW)
    footnote("2. Les éditions 2018 et 2021 ont été réalisées par téléphone selon un protocole identique ; "
             "voir page 3.")
    c.showPage()
    c.save()


# ====================================================================== 02
def doc02():
    c = new_canvas("obs-s110-02-entretien-presse.pdf")
    L, R = 45, W - 45
    TW = R - L
    Q = st("q", font="Helvetica-Bold", size=10.3, leading=14, color=RED)
    A = st("a", size=10.3, leading=14.2)

    def header(printed, left):
        pg.box(0, H, W, 28, BLUE)
        label = "TERRITOIRES & ALLIANCES  •  N° 87  •  FÉVRIER 2025"
        if left:
            pg.text(str(printed), L, H - 19, "Helvetica-Bold", 11, colors.white)
            pg.text(label, R, H - 19, "Helvetica", 8, colors.white, "right")
        else:
            pg.text(label, L, H - 19, "Helvetica", 8, colors.white)
            pg.text(str(printed), R, H - 19, "Helvetica-Bold", 11, colors.white, "right")
        pg.text("ENTRETIEN", L, H - 48, "Helvetica-Bold", 8.5, RED)

    colw = (TW - 20) / 2

    def rule(y_top, y_bot):
        c.setStrokeColor(colors.HexColor("#cccccc"))
        c.setLineWidth(0.5)
        c.line(L + colw + 10, y_top, L + colw + 10, y_bot)

    # ---- page 1 (imprimée 22)
    pg = Page(c, A4, bottom=45)
    header(22, True)
    y = pg.para("« Huit maires sur dix ne veulent plus avancer seuls »", L, H - 62, TW,
                st("t2", font="Helvetica-Bold", size=24, leading=28, color=BLUE)) - 12
    y = pg.para(n("Plus de 2_000 personnes interrogées, dont 412 maires, entre octobre et novembre derniers : "
                  "Claire Montaubry, directrice de l'Institut Tessel, livre en avant-première les enseignements du "
                  "Baromètre des alliances territoriales, dont le rapport complet paraîtra en mars."), L, y, TW,
                st("chap", font="Helvetica-Bold", size=11.5, leading=15.5, color=colors.HexColor("#333333"))) - 16
    # photo
    pg.box(L, y, TW, 190, colors.HexColor("#d9dde2"))
    pg.text("[ photo ]", L + TW / 2, y - 100, "Helvetica-Oblique", 12, colors.grey, "center")
    y -= 194
    y = pg.para("Claire Montaubry dans les locaux de l'Institut Tessel, à Tours.", L, y, TW, SMALLI) - 14
    ytop = y
    yl = pg.paras([
        ("Votre baromètre en est à sa troisième édition. Qu'est-ce qui a changé depuis la première, en 2018 ?", Q),
        ("Le changement le plus net concerne les maires. En 2018, à peine six sur dix jugeaient les alliances "
         "indispensables ; aujourd'hui, c'est presque huit sur dix. Dix-sept points en six ans, pour ce type "
         "d'indicateur, c'est considérable.", A),
        ("Comment l'expliquez-vous ?", Q),
        ("Les élus ont vécu des crises successives où personne ne pouvait agir seul. Ils ont appris à réunir "
         "autour d'une table des acteurs qui ne se parlaient pas, et ils ne veulent plus revenir en arrière.", A),
        ("Les petites communes suivent-elles ?", Q),
        ("Oui, et c'est une surprise. On pensait les alliances réservées aux villes dotées de services étoffés ; "
         "ce sont souvent les bourgs ruraux qui innovent, parce qu'ils n'ont pas d'autre choix que de coopérer.", A),
    ], L, y, colw)
    yr = pg.paras([
        ("Et du côté des entreprises ?", Q),
        ("Elles bougent aussi. Deux dirigeants sur trois ont au moins un partenariat associatif, et parmi ceux qui "
         "n'en ont pas, un sur trois aimerait s'y mettre dans l'année. Dans les entreprises de moins de 50 "
         "salariés, on tombe à un peu plus de la moitié.", A),
        ("Qu'est-ce qui les freine ?", Q),
        ("Le temps, d'abord. Un dirigeant de petite entreprise fait tout lui-même ; il lui faut un interlocuteur "
         "identifié, une porte d'entrée simple, et des résultats visibles rapidement.", A),
        ("Les grandes entreprises sont-elles plus engagées ?", Q),
        ("Elles ont plus de moyens, mais pas forcément plus d'ancrage local. Les PME, elles, connaissent leurs "
         "voisins : quand elles s'engagent, c'est souvent pour longtemps, et sans grande communication.", A),
    ], L + colw + 20, y, colw)
    rule(ytop, min(yl, yr))
    c.showPage()

    # ---- page 2 (imprimée 23)
    pg = Page(c, A4, bottom=45)
    header(23, False)
    y = pg.para("Des associations en première ligne", L, H - 66, TW, st("it", font="Helvetica-Bold", size=14,
                                                                         color=BLUE)) - 12
    ytop = y
    yl = pg.paras([
        ("Les associations sont-elles prêtes à suivre ?", Q),
        ("Elles n'ont pas attendu ! Neuf sur dix travaillent déjà avec leur commune ou leur intercommunalité. Ce "
         "qui progresse le plus, ce sont les liens avec les entreprises : près d'une association sur deux en a "
         "noué au moins un, contre une sur trois il y a dix ans.", A),
        ("Avec quels moyens ?", Q),
        (n("C'est le nerf de la guerre. Un quart des associations employeuses que nous avons interrogées ont vu "
           "leurs subventions baisser en 2024. Et le mécénat ne compense pas : le don moyen d'une PME à une "
           "association de son territoire tourne autour de 3_000 euros par an. Seules 8_% des associations "
           "reçoivent plus de 10_000 euros de mécénat par an."), A),
        ("Faut-il s'en inquiéter ?", Q),
        ("Il faut surtout regarder ce que le mécénat finance. L'argent compte, mais ce que les associations "
         "attendent d'abord des entreprises, ce sont des compétences, des locaux, un réseau. Celles qui l'ont "
         "compris construisent des relations bien plus solides que les autres.", A),
        ("Et les bénévoles ?", Q),
        ("Ils restent le cœur du modèle. Mais le bénévolat change : plus ponctuel, plus exigeant sur le sens "
         "de la mission. Les associations qui s'allient à des entreprises y trouvent parfois un vivier de "
         "salariés prêts à s'engager.", A),
    ], L, y, colw)
    # encadré biographique
    bx = L + colw + 20
    pg.box(bx, y, colw, 262, SAND)
    yb = pg.para("BIO EXPRESS", bx + 12, y - 12, colw - 24, st("bio", font="Helvetica-Bold", size=10.5,
                                                                 color=RED)) - 8
    for yr_, txt in [("1974", "Naissance à Tours."),
                     ("1999", "Chargée d'études dans un institut de sondage parisien."),
                     ("2009", "Fonde l'Institut Tessel, qui emploie aujourd'hui 23 salariés."),
                     ("2010-2022", "Chargée de cours pendant 12 ans à l'université de Tours."),
                     ("2018", "Lance la 1<super>re</super> édition du Baromètre des alliances territoriales.")]:
        pg.text(yr_, bx + 12, yb - 10, "Helvetica-Bold", 9.5, BLUE)
        yb = pg.para(txt, bx + 82, yb, colw - 94, A) - 9
    pg.para("Mise à jour : février 2025", bx + 12, y - 244, colw - 24, SMALLI)
    yb = y - 262 - 18
    yb = pg.paras([
        ("Le mot juste", Q),
        ("« Je préfère parler d'alliance plutôt que de partenariat : le mot dit qu'on s'engage ensemble, sur "
         "la durée, et pas seulement qu'on signe une convention. »", st("mj", font="Helvetica-Oblique", size=10.3,
                                                                        leading=14.2)),
    ], bx, yb, colw)
    yb = yb - 12
    pg.box(bx, yb, colw, 104, PALE)
    pg.para("MÉTHODE", bx + 12, yb - 12, colw - 24, st("met", font="Helvetica-Bold", size=10, color=BLUE))
    pg.para(n("Enquête téléphonique auprès de 1_026 décideurs (maires, dirigeants d'entreprise, responsables "
              "associatifs) et enquête en ligne auprès de 1_003 Français de 18 ans et plus, du 7 octobre au "
              "15 novembre 2024."), bx + 12, yb - 28, colw - 24, st("metb", size=9.3, leading=12.5))
    rule(ytop, yl)
    c.showPage()

    # ---- page 3 (imprimée 24)
    pg = Page(c, A4, bottom=45)
    header(24, True)
    y = pg.para("« Il faut des lieux pour se rencontrer »", L, H - 66, TW, st("it", font="Helvetica-Bold", size=14,
                                                                             color=BLUE)) - 12
    ytop = y
    yl = pg.paras([
        ("Que manque-t-il pour aller plus loin ?", Q),
        (n("Du temps et des lieux. Dans les communes de moins de 3_500 habitants, 41_% des maires disent n'avoir "
           "aucun espace où réunir entreprises et associations. Ils sont pourtant les plus demandeurs : sept sur "
           "dix souhaitent un appui extérieur. Or, à peine 15_% des intercommunalités ont un chargé de mission "
           "dédié."), A),
        ("Le droit peut-il aider ?", Q),
        ("Oui. Depuis la loi n° 2014-856 du 31 juillet 2014, le cadre existe. La proposition de loi sur le droit "
         "de l'alliance d'intérêt général, portée par Cathy Racon-Bouzon, a ouvert la voie, et la feuille de "
         "route ministérielle comptait 21 mesures.", A),
        ("Qu'attendez-vous des pouvoirs publics ?", Q),
        ("De la constance. Les territoires qui avancent sont ceux où l'on a laissé le temps aux acteurs de se "
         "connaître, sans changer les règles à chaque appel à projets.", A),
    ], L, y, colw)
    yr = pg.paras([
        ("Et les fondations ?", Q),
        ("Elles ont un rôle à jouer, on le sait depuis l'étude IMPACT Fondations &amp; Territoires, qui en avait "
         "interrogé 42. Nous voulons aller plus loin.", A),
        ("C'est-à-dire ?", Q),
        (n("La prochaine édition du baromètre, fin 2026, portera sur un échantillon élargi à 1_500 décideurs et, "
           "pour la première fois, comprendra un volet consacré aux fondations : nous en interrogerons au moins "
           "150."), A),
        ("Un dernier mot ?", Q),
        ("Les chiffres ne font pas les alliances. Ils aident seulement à montrer à ceux qui hésitent que "
         "d'autres ont déjà franchi le pas, près de chez eux, et qu'ils ne le regrettent pas.", A),
    ], L + colw + 20, y, colw)
    rule(ytop, min(yl, yr))
    y = min(yl, yr) - 18
    pg.box(L + 40, y, TW - 80, 50, PALE)
    pg.para("« Sept maires sur dix veulent un appui extérieur »", L + 50, y - 14, TW - 100,
            st("pq", font="Helvetica-BoldOblique", size=15, leading=19, color=BLUE, align=TA_CENTER))
    y -= 50 + 22
    pg.box(L, y, TW, 56, SAND)
    pg.para("À LIRE AUSSI", L + 12, y - 10, TW - 24, st("ala", font="Helvetica-Bold", size=9.5, color=RED))
    pg.para("Notre dossier « Fondations : le virage territorial », n° 84, novembre 2024, pages 12 à 19.",
            L + 12, y - 26, TW - 24, BODY)
    y -= 56 + 20
    c.setStrokeColor(colors.grey)
    c.line(L, y, R, y)
    pg.para("Propos recueillis par Julien Carrade. Pour aller plus loin : Institut Tessel, 12 rue Colbert, "
            "37000 Tours, tél. 01 99 00 41 27.", L, y - 6, TW, SMALLI)
    c.showPage()
    c.save()


# ====================================================================== 03
def doc03():
    c = new_canvas("obs-s110-03-rapport-activite.pdf")
    L, R = 55, W - 55
    TW = R - L
    HG1 = st("h1g", font="Helvetica-Bold", size=16, leading=20, color=GREEN)
    HG2 = st("h2g", font="Helvetica-Bold", size=12.5, leading=16, color=GREEN)

    def footer(printed):
        c.setStrokeColor(GREEN)
        c.setLineWidth(1)
        c.line(L, 45, R, 45)
        pg.text("Alliances Val de Loire – Rapport d'activité 2024", L, 32, "Helvetica", 8, GREEN)
        pg.text(str(printed), R, 32, "Helvetica-Bold", 10, GREEN, "right")

    # ---- page 1 : couverture + mot du président
    pg = Page(c, A4)
    pg.box(0, H, W, 150, GREEN)
    pg.text("ALLIANCES VAL DE LOIRE", L, H - 50, "Helvetica-Bold", 12, colors.white)
    pg.text("Rapport d'activité 2024", L, H - 90, "Helvetica-Bold", 28, colors.white)
    pg.text("Présenté à l'assemblée générale du 15 mai 2025", L, H - 120, "Helvetica-Oblique", 10, colors.white)
    y = pg.para("Le mot du président", L, H - 185, TW, HG1) - 10
    y = pg.paras([
        ("En 2024, notre association a fêté ses 10 ans. Nous avons accompagné 64 alliances entre entreprises, "
         "associations et collectivités, soit 12 de plus qu'en 2023.", BODY),
        ("Ce résultat, nous le devons à nos 186 adhérents : 112 associations, 58 entreprises et 16 collectivités. "
         "Chacun, à sa mesure, a prouvé qu'on peut faire ensemble ce que personne ne réussirait seul.", BODY),
        ("L'année a aussi été celle des incertitudes budgétaires. Grâce à la fidélité de nos partenaires, nous "
         "terminons pourtant l'exercice à l'équilibre, et abordons l'avenir avec des ambitions renouvelées.", BODY),
        ("Je remercie nos bénévoles, notre équipe salariée et les membres du conseil d'administration, sans "
         "qui rien de ce que décrit ce rapport n'aurait été possible.", BODY),
        ("<i>Bernard Olivaud, président</i>", BODY),
    ], L, y, TW, gap=8)
    y -= 20
    pg.para("Chiffres clés", L, y, TW, HG2)
    y -= 28
    third = TW / 3
    for i, (big, cap) in enumerate([("2014", "année de création"), ("64", "alliances accompagnées"),
                                    ("186", "adhérents au 31 décembre")]):
        x = L + i * third
        pg.box(x + 4, y, third - 8, 80, PALEGREEN)
        pg.text(big, x + third / 2, y - 44, "Helvetica-Bold", 30, GREEN, "center")
        pg.text(cap, x + third / 2, y - 64, "Helvetica", 10, colors.black, "center")
    y -= 80 + 28
    y = pg.para("Notre mission", L, y, TW, HG2) - 6
    pg.para("Alliances Val de Loire rapproche les associations, les entreprises et les collectivités du territoire "
            "pour qu'elles construisent ensemble des réponses aux besoins de leurs habitants : emploi des jeunes, "
            "inclusion, transition écologique, vie des quartiers et des bourgs.", L, y, TW, BODY)
    c.showPage()

    # ---- page 2 : faits marquants (imprimée 3)
    pg = Page(c, A4)
    footer(3)
    y = pg.para("Faits marquants 2024", L, H - 60, TW, HG1) - 8
    y = pg.para("Une année rythmée par le lancement de nouveaux programmes et par l'ouverture de notre réseau au "
                "Loir-et-Cher.", L, y, TW, st("ital", font="Helvetica-Oblique", size=10.3, leading=14)) - 14
    months = [
        ("Janvier", "Lancement du club « Mécènes de Touraine » avec 14 entreprises fondatrices."),
        ("Février", n("Convention triennale signée avec la Région : 45_000_€ par an pendant 3 ans.")),
        ("Mars", "1<super>re</super> Rencontre des alliances à Blois : 230 participants, dont 38 % de dirigeants "
                 "d'entreprise."),
        ("Avril", n("Publication du guide « Réussir son premier partenariat », tiré à 1_500 exemplaires.")),
        ("Mai", "Assemblée générale le 23 mai : 3 nouveaux administrateurs élus."),
        ("Juin", "4<super>e</super> Forum emploi et handicap le 18 juin, avec 22 entreprises partenaires."),
        ("Juillet-août", "Pause estivale ; permanence téléphonique assurée au 02 61 91 24 37."),
        ("Septembre", "Lancement du programme « Tremplin 16-25 » : 52 jeunes accompagnés vers une première "
                      "expérience associative."),
        ("Octobre", "Journée d'étude à l'université de Tours sur la mesure d'impact des alliances."),
        ("Novembre", "9 de nos adhérents signent la Charte du faire alliance, lancée le 30 novembre 2021."),
        ("Décembre", n("Collecte de fin d'année : 18_400_€ réunis auprès de 212 donateurs.")),
        ("Tout au long de l'année", "Permanences d'accueil des porteurs de projets à Tours et à Blois, sur "
                                    "rendez-vous."),
    ]
    colw = (TW - 28) / 2
    ends = []
    for col in (0, 1):
        yy = y
        x = L + col * (colw + 28)
        for mname, txt in months[col * 6:(col + 1) * 6]:
            pg.text(mname.upper(), x, yy - 10, "Helvetica-Bold", 9, GREEN)
            c.setStrokeColor(GREEN)
            c.setLineWidth(0.8)
            c.line(x, yy - 15, x + 45, yy - 15)
            yy = pg.para(txt, x, yy - 21, colw, BODY) - 22
        ends.append(yy)
    y = min(ends) - 6
    pg.box(L, y, TW, 92, PALEGREEN)
    yy = pg.para("Le regard d'un adhérent", L + 14, y - 12, TW - 28, st("h3g", font="Helvetica-Bold", size=10.5,
                                                                     color=GREEN)) - 6
    pg.para("« Le club des mécènes nous a permis de rencontrer des associations que nous ne connaissions pas, à "
            "quelques rues de nos ateliers. Nous avons monté avec elles un projet d'insertion que nous n'aurions "
            "jamais imaginé seuls. » – <i>un dirigeant de PME du Chinonais</i>", L + 14, yy, TW - 28,
            st("ita", font="Helvetica-Oblique", size=10.3, leading=14))
    c.showPage()

    # ---- page 3 : bilan chiffré + comptes (imprimée 4)
    pg = Page(c, A4)
    footer(4)
    y = pg.para("Bilan chiffré de l'année", L, H - 60, TW, HG1) - 12
    for b in [n("1_960 personnes touchées par nos actions, en hausse de 14_% sur un an."),
              "41 bénévoles actifs et 5 salariés, soit 4,2 équivalents temps plein."]:
        y = pg.bullet(b, L, y, TW, color=GREEN, gap=7)
    y -= 16
    y = pg.para("Comptes simplifiés 2024", L, y, TW, HG2) - 8
    data = [["Poste", "Montant 2024 (en euros)"],
            ["Produits", ""],
            ["Subventions publiques", n("212_300")],
            ["Mécénat et dons", n("104_900")],
            ["Cotisations et prestations", n("25_100")],
            ["Total des produits", n("342_300")],
            ["Charges", ""],
            ["Total des charges", n("337_900")],
            ["Résultat de l'exercice", n("4_400")]]
    y = pg.table(data, L + 40, y, [260, 150], TABLE_BASE + [
        ("BACKGROUND", (0, 0), (-1, 0), GREEN),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 9.8),
        ("TOPPADDING", (0, 1), (-1, -1), 5), ("BOTTOMPADDING", (0, 1), (-1, -1), 5),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("FONT", (0, 1), (0, 1), "Helvetica-Bold", 9.8), ("FONT", (0, 6), (0, 6), "Helvetica-Bold", 9.8),
        ("BACKGROUND", (0, 1), (-1, 1), PALEGREEN), ("BACKGROUND", (0, 6), (-1, 6), PALEGREEN),
        ("FONT", (0, 5), (-1, 5), "Helvetica-Bold", 9.8), ("FONT", (0, 8), (-1, 8), "Helvetica-Bold", 9.8)]) - 8
    y = pg.para("Exercice clos le 31 décembre 2024 ; comptes approuvés par l'assemblée générale.", L + 40, y, TW - 40,
                SMALLI) - 18
    y = pg.paras([
        ("Commentaire du trésorier", HG2),
        (n("Les subventions publiques représentent 62_% de nos produits. Le mécénat progresse, mais l'association "
           "reste dépendante des financements des collectivités."), BODY),
        ("Les charges de personnel constituent l'essentiel de nos dépenses : notre valeur ajoutée tient à "
         "l'accompagnement humain des alliances, qui ne se délègue pas. Les frais de fonctionnement ont été "
         "contenus grâce à la mise à disposition gracieuse de locaux par la ville de Tours.", BODY),
        ("Le léger excédent sera affecté au fonds associatif, afin de renforcer une trésorerie encore fragile "
         "au regard des délais de versement des subventions.", BODY),
    ], L, y, TW, gap=7)
    c.showPage()

    # ---- page 4 : perspectives (imprimée 5)
    pg = Page(c, A4)
    footer(5)
    y = pg.para("Perspectives 2025", L, H - 60, TW, HG1) - 12
    y = pg.para("Pour 2025, le conseil d'administration s'est fixé des objectifs chiffrés :", L, y, TW, BODY) - 10
    for b in ["accompagner 80 alliances, contre 64 en 2024 ;",
              n("porter le budget à 375_000_€, dont 30_% de mécénat ;"),
              "atteindre 220 adhérents ;",
              "former 60 bénévoles à la conduite de projets partagés ;",
              "signer 3 nouvelles conventions pluriannuelles avec les intercommunalités ;",
              "recruter un 6<super>e</super> salarié, chargé de l'antenne de Blois (41000)."]:
        y = pg.bullet(b, L, y, TW, mark="›", color=GREEN, gap=7)
    y -= 12
    y = pg.paras([
        ("Nos priorités", HG2),
        ("Au-delà des chiffres, nous voulons mieux accompagner les petites communes rurales, qui restent à "
         "l'écart des dynamiques d'alliance faute d'ingénierie, et mieux mesurer ce que les alliances changent "
         "concrètement pour les habitants.", BODY),
        ("Nous poursuivrons enfin le travail engagé avec l'université de Tours pour outiller nos adhérents dans "
         "l'évaluation de leurs projets communs.", BODY),
    ], L, y, TW, gap=7) - 16
    pg.box(L, y, TW, 122, PALEGREEN)
    yy = pg.para("Nous contacter, nous soutenir", L + 12, y - 10, TW - 24,
                 st("h3g", font="Helvetica-Bold", size=10.5, color=GREEN)) - 6
    yy = pg.para("Alliances Val de Loire – 8, quai des Mariniers – 37000 Tours – 02 61 91 24 37", L + 12, yy, TW - 24,
                 BODY) - 6
    pg.para(n("Association régie par la loi du 1<super>er</super> juillet 1901, reconnue d'intérêt général. Les dons "
              "ouvrent droit à une réduction d'impôt de 66_% de leur montant, dans la limite de 20_% du revenu "
              "imposable (article 200 du code général des impôts)."), L + 12, yy, TW - 24, BODY)
    c.showPage()
    c.save()


# ====================================================================== 04
def doc04():
    c = new_canvas("obs-s110-04-synthese-europeenne.pdf")
    L, R = 50, W - 50
    TW = R - L

    def header(printed):
        pg.text("Observatoire des partenariats – Note de synthèse n° 12 – juin 2025", L, H - 32, "Helvetica", 8, MID)
        c.setStrokeColor(MID)
        c.line(L, H - 38, R, H - 38)
        pg.text(f"page {printed}/2", R, 30, "Helvetica", 8, colors.grey, "right")

    tstyle = TABLE_BASE + [("ALIGN", (1, 0), (-1, -1), "CENTER"),
                           ("FONT", (0, 1), (-1, -1), "Helvetica", 9.5),
                           ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 9.5),
                           ("BACKGROUND", (0, -1), (-1, -1), PALE)]

    # ---- page 1
    pg = Page(c, A4, bottom=45)
    header(1)
    y = pg.para("Alliances associations-entreprises : où en est l'Europe ?", L, H - 60, TW, H1) - 4
    y = pg.para("Synthèse comparative des dernières données nationales disponibles", L, y, TW,
                st("sub", font="Helvetica-Oblique", size=11, color=MID)) - 14
    y = pg.para("Les pays européens ne mesurent pas les alliances de la même façon : les enquêtes diffèrent par "
                "leur date, leur champ et leur méthode. Les chiffres ci-dessous, collectés entre 2016 et 2024, "
                "doivent donc être comparés avec prudence.", L, y, TW, BODY) - 14
    y = pg.para("Tableau 1 – Entreprises ayant au moins un partenariat avec une association", L, y, TW, H3) - 4
    data = [["Pays", "Part des entreprises (%)", "Année", "Note"],
            ["Allemagne", "41", "2022", "(a)"], ["Belgique", "33", "2023", "(b)"],
            ["Espagne", "29", "2021", "(c)"], ["France", "37", "2016", "(d)"],
            ["Italie", "26", "2023", "(e)"], ["Pays-Bas", "45", "2022", "(f)"],
            ["Suède", "38", "2024", "(g)"], ["Moyenne européenne", "35,6", "–", "(h)"]]
    y = pg.table(data, L, y, [170, 150, 90, 85], tstyle) - 6
    notes = [
        "(a) Enquête « Unternehmen &amp; Gemeinwohl », Institut Vogelsang ; entreprises de 10 salariés et plus.",
        "(b) Baromètre « Entreprendre ensemble », Fondation Meunier ; entreprises de 10 salariés et plus.",
        "(c) Encuesta « Empresas solidarias », Observatorio Ribera ; entreprises de 50 salariés et plus.",
        "(d) Note de l'Observatoire des partenariats du 29 février 2016 ; entreprises de 10 salariés et plus.",
        "(e) Rapporto « Imprese e Terzo settore », Centro Lanzi ; entreprises de 10 salariés et plus.",
        "(f) Monitor « Samen ondernemen », Bureau Van Dael ; entreprises de 5 salariés et plus.",
        "(g) Undersökning « Företag och civilsamhälle », Institutet Lind ; entreprises de toutes tailles.",
        "(h) Moyenne simple des pays du tableau, non pondérée par le nombre d'entreprises.",
    ]
    for t in notes:
        y = pg.para(t, L, y, TW, SMALL) - 1.5
    y -= 12
    y = pg.para(n("Lecture : aux Pays-Bas, 45_% des entreprises de 5 salariés et plus déclaraient en 2022 au moins "
                  "un partenariat avec une association."), L, y, TW, SMALLI) - 14
    pg.paras([
        ("Des écarts à relativiser", H3),
        ("L'écart entre le pays le plus engagé et le moins engagé atteint 19 points. Les différences de champ "
         "(seuil de taille, secteurs couverts) expliquent une partie de cet écart : à champ identique, les "
         "positions relatives de la Belgique et de la Suède pourraient s'inverser.", BODY),
        ("Les pays où les fondations d'entreprise sont anciennes et nombreuses affichent en général des taux plus "
         "élevés ; ceux où le mécénat repose surtout sur les dons de particuliers restent en retrait.", BODY),
    ], L, y, TW)
    c.showPage()

    # ---- page 2
    pg = Page(c, A4, bottom=45)
    header(2)
    y = pg.para("Tableau 2 – Associations ayant au moins un partenaire entreprise", L, H - 60, TW, H3) - 4
    data = [["Pays", "Part des associations (%)", "Année", "Note"],
            ["Allemagne", "31", "2021", "(i)"], ["Belgique", "36", "2023", "(j)"],
            ["Espagne", "n.d.", "–", "–"], ["France", "38", "2016", "(k)"],
            ["Italie", "24", "2022", "(l)"], ["Pays-Bas", "42", "2022", "(m)"],
            ["Suède", "n.d.", "–", "–"], ["Moyenne européenne", "34,2", "–", "(n)"]]
    y = pg.table(data, L, y, [170, 150, 90, 85], tstyle) - 6
    notes = [
        n("(i) Enquête « Vereine im Wandel », Stiftung Arnholt ; 2_400 associations interrogées."),
        "(j) Baromètre « Entreprendre ensemble », Fondation Meunier ; associations employeuses et non employeuses.",
        n("(k) Note de l'Observatoire des partenariats du 29 février 2016 ; la part atteint 53_% parmi les "
          "associations employeuses."),
        "(l) Rapporto « Imprese e Terzo settore », Centro Lanzi.",
        "(m) Monitor « Samen ondernemen », Bureau Van Dael.",
        "(n) Moyenne simple des pays renseignés ; l'Espagne et la Suède ne disposent pas de donnée comparable.",
        "n.d. : non disponible.",
    ]
    for t in notes:
        y = pg.para(t, L, y, TW, SMALL) - 1.5
    y -= 16
    y = pg.paras([
        ("Ce que montre la comparaison", H3),
        (n("La France se situe au-dessus de la moyenne pour les associations (38_% contre 34,2_%), alors "
           "qu'elle en est proche pour les entreprises. Les Pays-Bas arrivent en tête sur les deux "
           "indicateurs."), BODY),
        ("Partout, les associations employeuses sont plus souvent partenaires des entreprises que les "
         "associations reposant sur le seul bénévolat : la capacité à dédier du temps salarié aux relations "
         "extérieures apparaît comme un facteur commun.", BODY),
    ], L, y, TW) - 10
    pg.box(L, y, TW, 72, SAND)
    pg.para("Un indicateur complémentaire", L + 12, y - 10, TW - 24, H3)
    pg.para(n("Le montant moyen du mécénat reçu par association partenaire atteint 7_800_€ en France (2023) et "
              "9_400_€ en Allemagne (2021), selon les enquêtes nationales citées plus haut."),
            L + 12, y - 28, TW - 24, BODY)
    y -= 72 + 18
    pg.paras([
        ("Pour aller plus loin", H3),
        ("L'Observatoire propose d'harmoniser à terme les questions posées dans les différents pays, à commencer "
         "par la définition du partenariat et le seuil de taille des entreprises interrogées. Une prochaine note "
         "comparera les formes de partenariat : mécénat, coopération économique, innovation sociétale.", BODY),
    ], L, y, TW)
    c.showPage()
    c.save()


# ====================================================================== 05
def doc05():
    c = new_canvas("obs-s110-05-diaporama-restitution.pdf", SLIDE)
    SW, SH = SLIDE
    L, R = 50, SW - 50
    TW = R - L
    TITLE = st("slt", font="Helvetica-Bold", size=24, leading=29, color=BLUE)
    COMMENT = st("com", font="Helvetica-Oblique", size=12, leading=15, color=MID)

    def frame(num, source):
        pg.box(0, SH, SW, 8, RED)
        c.setStrokeColor(colors.HexColor("#cccccc"))
        c.line(L, 58, R, 58)
        pg.para(source, L, 52, TW - 120, SMALLI)
        pg.text("Restitution régionale – Orléans, 12 juin 2025", L, 18, "Helvetica", 7.5, colors.grey)
        pg.text(str(num), R, 22, "Helvetica-Bold", 14, RED, "right")

    def bigs(items, ytop, height=180):
        k = len(items)
        w = TW / k
        for i, (big, cap) in enumerate(items):
            x = L + i * w
            pg.box(x + 6, ytop, w - 12, height, PALE)
            pg.text(big, x + w / 2, ytop - 68, "Helvetica-Bold", 44, RED, "center")
            pg.para(cap, x + 18, ytop - 92, w - 36, st("cap", size=12.5, leading=15.5, align=TA_CENTER))

    # ---- diapo 1
    pg = Page(c, SLIDE, bottom=20)
    frame(1, n("Source : Institut Tessel, enquête du 7 octobre au 15 novembre 2024 auprès de 2_029 personnes en "
               "France."))
    pg.text("Baromètre des alliances territoriales 2025", L, SH - 90, "Helvetica-Bold", 30, BLUE)
    pg.text("Restitution régionale Centre-Val de Loire", L, SH - 125, "Helvetica", 20, MID)
    pg.text("Orléans – 12 juin 2025", L, SH - 155, "Helvetica-Oblique", 13, colors.grey)
    pg.text("L'échantillon régional", L, SH - 215, "Helvetica-Bold", 15, BLUE)
    w = TW / 4
    for i, (big, cap) in enumerate([("38", "maires"), ("27", "dirigeants d'entreprise"),
                                    ("25", "responsables associatifs"), ("96", "Français")]):
        x = L + i * w
        pg.box(x + 6, SH - 230, w - 12, 130, SAND)
        pg.text(big, x + w / 2, SH - 300, "Helvetica-Bold", 44, RED, "center")
        pg.text(cap, x + w / 2, SH - 330, "Helvetica", 13, colors.black, "center")
    c.showPage()

    # ---- diapo 6
    pg = Page(c, SLIDE, bottom=20)
    frame(6, "Base : 38 maires de la région (effectif réduit : résultats indicatifs). Source : Baromètre des "
             "alliances territoriales 2025, Institut Tessel.")
    pg.para("Les maires de la région sont plus convaincus que la moyenne nationale", L, SH - 40, TW, TITLE)
    bigs([(n("83_%"), "des maires de la région jugent les alliances indispensables"),
          (n("78_%"), "moyenne nationale"),
          (n("+5_pts"), "d'écart avec la France entière"),
          (n("68_%"), n("des maires de communes de moins de 3_500 habitants ont au moins un partenariat"))],
         SH - 120)
    pg.para("Un résultat porté par les intercommunalités rurales, très présentes dans l'échantillon régional.",
            L, SH - 330, TW, COMMENT)
    c.showPage()

    # ---- diapo 9
    pg = Page(c, SLIDE, bottom=20)
    frame(9, "Base : 27 dirigeants d'entreprise de la région, dont 19 ayant au moins un partenariat associatif. "
             "Source : Baromètre des alliances territoriales 2025, Institut Tessel.")
    pg.para("Les entreprises de la région misent d'abord sur le mécénat de compétences", L, SH - 40, TW, TITLE)
    bigs([(n("57_%"), "des dirigeants partenaires pratiquent le mécénat de compétences"),
          ("1 sur 4", "finance un projet associatif"),
          (n("4_200_€"), "don moyen déclaré par les PME partenaires"),
          ("7,2/10", "note moyenne de satisfaction des dirigeants partenaires")],
         SH - 120)
    pg.para("Le temps des salariés plutôt que le chèque : une tendance nette chez les PME industrielles.",
            L, SH - 330, TW, COMMENT)
    c.showPage()

    # ---- diapo 13
    pg = Page(c, SLIDE, bottom=20)
    frame(13, "Base : 25 responsables associatifs de la région. Source : Baromètre des alliances territoriales "
              "2025, Institut Tessel.")
    pg.para("Les associations attendent un appui pour changer d'échelle", L, SH - 40, TW, TITLE)
    bigs([("3 sur 4", "des responsables associatifs souhaitent être accompagnés"),
          (n("48_%"), "manquent de temps pour entretenir leurs partenariats"),
          ("2,4", "partenaires en moyenne par association"),
          ("6,8/10", "note donnée à l'appui des collectivités")],
         SH - 110)
    pg.para("Rappel : 2,5 partenaires en moyenne au niveau national en 2016 (enquête Recherches &amp; Solidarités – "
            "Le RAMEAU, publiée en mars 2017).", L, SH - 318, TW, COMMENT)
    c.showPage()
    c.save()


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    print("5 PDF écrits dans", HERE)
