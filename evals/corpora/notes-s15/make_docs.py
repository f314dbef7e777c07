"""Deterministic generator of the 5 demo PDFs of question set s15.

Run: /work/main/.venv/bin/python make_docs.py
Writes obs-s15-NN-<slug>.pdf next to this file. Facts come from /work/shared/facts.md;
the wording is original. Page content is placed explicitly (one function per page), so the
PDF page of every fact is fixed.
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))

SLIDE = (960, 540)
BOTTOM = 62


class Doc:
    def __init__(self, fname, size, title, banner, footer, pn, accent):
        self.path = os.path.join(HERE, fname)
        self.c = canvas.Canvas(self.path, pagesize=size, pageCompression=1)
        self.c.setTitle(title)
        self.c.setAuthor("Observatoire des partenariats (corpus de démonstration)")
        self.c.setCreator("make_docs.py s15")
        self.W, self.H = size
        self.banner = banner
        self.footer = footer
        self.pn = pn  # function pdf_page -> printed label (or None)
        self.accent = accent
        self.page = 0

    # -- page frame -------------------------------------------------------
    def start(self):
        self.page += 1
        c = self.c
        c.setFillColor(self.accent)
        c.rect(0, self.H - 30, self.W, 30, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV", 8.5)
        c.drawString(40, self.H - 19, self.banner)
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.grey)
        c.setLineWidth(0.5)
        c.line(40, 42, self.W - 40, 42)
        c.setFont("DV", 7.5)
        c.drawString(40, 30, self.footer)
        label = self.pn(self.page)
        if label:
            c.setFont("DVB", 8.5)
            c.drawRightString(self.W - 40, 30, label)

    def end(self):
        self.c.showPage()

    def save(self):
        self.c.save()

    # -- text helpers -----------------------------------------------------
    def para(self, x, y, w, text, font="DV", size=9.5, leading=None, color=colors.black):
        leading = leading or size * 1.38
        c = self.c
        c.setFont(font, size)
        c.setFillColor(color)
        for line in simpleSplit(text, font, size, w):
            if y < BOTTOM:
                raise RuntimeError("overflow on page %d of %s" % (self.page, self.path))
            c.drawString(x, y, line)
            y -= leading
        c.setFillColor(colors.black)
        return y - leading * 0.45

    def bullets(self, x, y, w, items, size=9.5, mark="•"):
        leading = size * 1.38
        c = self.c
        for it in items:
            lines = simpleSplit(it, "DV", size, w - 12)
            c.setFont("DV", size)
            c.drawString(x, y, mark)
            for line in lines:
                if y < BOTTOM:
                    raise RuntimeError("overflow (bullets) on page %d of %s" % (self.page, self.path))
                c.drawString(x + 12, y, line)
                y -= leading
            y -= 2
        return y - leading * 0.3

    def heading(self, x, y, text, size=11.5, color=None):
        self.c.setFont("DVB", size)
        self.c.setFillColor(color or self.accent)
        self.c.drawString(x, y, text)
        self.c.setFillColor(colors.black)
        return y - size * 1.7

    def table(self, x, y, widths, rows, size=8.5, header_fill=None):
        c = self.c
        leading = size * 1.3
        for r, row in enumerate(rows):
            font = "DVB" if r == 0 else "DV"
            wrapped = [simpleSplit(cell, font, size, wd - 8) for cell, wd in zip(row, widths)]
            h = max(len(wl) for wl in wrapped) * leading + 6
            if y - h < BOTTOM:
                raise RuntimeError("overflow (table) on page %d of %s" % (self.page, self.path))
            if r == 0:
                c.setFillColor(header_fill or colors.Color(0.88, 0.9, 0.94))
                c.rect(x, y - h, sum(widths), h, stroke=0, fill=1)
                c.setFillColor(colors.black)
            cx = x
            c.setFont(font, size)
            for wl, wd in zip(wrapped, widths):
                ty = y - size - 2
                for line in wl:
                    c.drawString(cx + 4, ty, line)
                    ty -= leading
                cx += wd
            c.setStrokeColor(colors.grey)
            c.setLineWidth(0.4)
            c.line(x, y - h, x + sum(widths), y - h)
            y -= h
        return y - 10

    def keybox(self, x, y, w, h, big, caption, size=20):
        c = self.c
        c.setStrokeColor(self.accent)
        c.setLineWidth(1.2)
        c.setFillColor(colors.Color(0.96, 0.96, 0.93))
        c.rect(x, y - h, w, h, stroke=1, fill=1)
        c.setFillColor(self.accent)
        c.setFont("DVB", size)
        c.drawString(x + 8, y - size - 6, big)
        c.setFillColor(colors.black)
        self.para(x + 8, y - size - 22, w - 16, caption, size=8.5)

    def footnotes(self, notes, size=7.2):
        c = self.c
        y = 50 + len(notes) * 10 + 8
        c.setStrokeColor(colors.grey)
        c.line(40, y + 4, 200, y + 4)
        c.setFont("DV", size)
        for n in notes:
            for line in simpleSplit(n, "DV", size, self.W - 80):
                c.drawString(40, y - 6, line)
                y -= size * 1.3

    def title_block(self, y, label, title, edition, w=None):
        w = w or self.W - 80
        c = self.c
        c.setFont("DVB", 9)
        c.setFillColor(self.accent)
        c.drawString(40, y, label)
        y -= 24
        c.setFillColor(colors.black)
        for line in simpleSplit(title, "DVB", 17, w):
            c.setFont("DVB", 17)
            c.drawString(40, y, line)
            y -= 22
        c.setFont("DVI", 9)
        c.setFillColor(colors.Color(0.3, 0.3, 0.3))
        c.drawString(40, y - 2, edition)
        c.setFillColor(colors.black)
        return y - 26


# ---------------------------------------------------------------------------
# 01 - ÉTUDE, PHARE-Citoyens (printed page numbers 14-16)
# ---------------------------------------------------------------------------
def doc01():
    d = Doc("obs-s15-01-phare-citoyens-attentes.pdf", A4,
            "Ce que les Français attendent des alliances",
            "OBSERVATOIRE DES PARTENARIATS  ·  Cahiers du programme PHARE  ·  Volet Citoyens",
            "Le RAMEAU — relecture de l'enquête citoyenne — diffusion libre avec citation de la source",
            lambda p: "page %d" % (p + 13), colors.Color(0.13, 0.3, 0.45))
    W = d.W
    colw = (W - 80 - 22) / 2
    x1, x2 = 40, 40 + colw + 22

    # page 1 -----------------------------------------------------------
    d.start()
    y = d.title_block(d.H - 62, "ÉTUDE",
                      "Ce que les Français attendent des alliances entre acteurs",
                      "Relecture commentée — données du volet Citoyens paru en septembre 2015")
    top = y
    y = d.heading(x1, y, "Un programme en plusieurs temps")
    y = d.para(x1, y, colw,
               "Le programme PHARE de l'Observatoire des partenariats a donné la parole tour à tour "
               "aux citoyens, aux entreprises, aux associations puis aux institutions. Le volet consacré "
               "aux citoyens a ouvert la série. Il est sorti en septembre 2015, avant ceux qui portaient "
               "sur les entreprises (octobre 2015) et sur les associations (novembre 2015).")
    y = d.para(x1, y, colw,
               "L'enquête repose sur un échantillon large. Plus de 2 000 personnes ont été interrogées, "
               "ce qui permet de lire les résultats par grandes catégories de population.")
    y = d.heading(x1, y, "Une attente nette")
    y = d.para(x1, y, colw,
               "La question centrale portait sur la responsabilité des acteurs face aux fragilités du pays. "
               "Une majorité claire s'en dégage. Elle s'élève à 69 % : c'est la part des Français pour "
               "lesquels entreprises, associations et pouvoirs publics ont un « devoir d'alliance ».")
    y2 = top
    d.keybox(x2, y2, colw, 78, "69 %",
             "des Français jugent que les acteurs ont un devoir d'alliance (volet Citoyens, 2015)")
    y2 -= 96
    y2 = d.heading(x2, y2, "Les autres publics sur la même ligne")
    y2 = d.para(x2, y2, colw,
                "Les volets publiés à l'automne 2015 montrent une convergence. Les dirigeants d'entreprise "
                "sont 81 % à partager ce point de vue ; chez les responsables associatifs, on monte à 86 %.")
    y2 = d.para(x2, y2, colw,
                "Ce dernier chiffre est le plus élevé des trois. Il confirme que le monde associatif se vit "
                "comme un pivot des coopérations locales.")
    y2 = d.heading(x2, y2, "Comment lire la suite")
    y2 = d.para(x2, y2, colw,
                "La page suivante croise deux mesures : la note de priorité donnée à chaque enjeu, sur une "
                "échelle de 0 à 10, et la part des répondants qui attribuent aux partenariats un effet fort "
                "sur cet enjeu.")
    d.end()

    # page 2 -----------------------------------------------------------
    d.start()
    y = d.heading(40, d.H - 64, "Priorités des Français et effet perçu des partenariats", size=13)
    y = d.para(40, y, W - 80,
               "Le tableau ci-dessous se lit ligne par ligne : pour chaque enjeu figurent la note moyenne "
               "de priorité et la part des personnes interrogées qui voient dans les partenariats un levier "
               "à fort impact. Un tiret signale une donnée non publiée.")
    rows = [
        ["Enjeu", "Note de priorité (sur 10)", "Part citant un impact fort des partenariats"],
        ["Emploi", "7,1", "49 %"],
        ["Pouvoir d'achat", "6,6", "—"],
        ["Développement économique", "6,5", "46 %"],
        ["Sécurité", "6,6 (1)", "—"],
        ["Environnement", "6,3", "42 %"],
        ["Exclusion", "6,3", "—"],
        ["Précarité", "—", "36 %"],
        ["Éducation", "—", "36 %"],
    ]
    y = d.table(40, y, [190, 140, 185], rows, size=9)
    y = d.para(40, y, W - 80,
               "L'emploi arrive en tête des deux colonnes. C'est aussi le domaine où l'effet des alliances "
               "paraît le plus tangible aux yeux du public.")
    y = d.para(40, y, W - 80,
               "À l'autre bout, environnement et exclusion ferment la marche des priorités. Le premier "
               "recueille pourtant un score d'impact proche de celui du développement économique.")
    d.footnotes([
        "(1) Une autre restitution publique de la même enquête donne pour la sécurité une note de 7/10 ; "
        "les deux valeurs circulent et ne sont pas réconciliées ici.",
    ])
    d.end()

    # page 3 -----------------------------------------------------------
    d.start()
    y = d.heading(40, d.H - 64, "Enseignements", size=13)
    y = d.para(40, y, W - 80, "La relecture du volet Citoyens conduit à trois constats :")
    y = d.bullets(40, y, W - 80, [
        "les attentes du public se concentrent sur ce qui touche à la vie quotidienne (travail, revenus) ;",
        "l'alliance entre acteurs n'est pas perçue comme un supplément d'âme mais comme une obligation ;",
        "l'effet attendu des coopérations reste inégal selon les domaines.",
    ])
    y = d.heading(40, y, "La suite du programme")
    y = d.para(40, y, W - 80,
               "Après les trois enquêtes nationales de l'automne 2015, PHARE s'est prolongé en 2016. "
               "Le programme comprend six volets au total. Les trois derniers sont énumérés ci-après :")
    y = d.bullets(40, y, W - 80, [
        "13 rapports régionaux publiés en 2016 ;",
        "des diagnostics sectoriels, parus en juillet 2016 ;",
        "un volet Institutions, à l'automne 2016.",
    ])
    y = d.para(40, y, W - 80,
               "Ce dernier volet donne la parole aux élus. Il fait l'objet d'une présentation distincte, "
               "centrée sur les maires.", font="DVI")
    d.end()
    d.save()


# ---------------------------------------------------------------------------
# 02 - FICHE REPÈRE, associations employeuses
# ---------------------------------------------------------------------------
def doc02():
    d = Doc("obs-s15-02-fiche-associations-partenaires.pdf", A4,
            "Les associations employeuses et leurs partenaires",
            "FICHE REPÈRE  ·  Observatoire des partenariats  ·  Série « Acteurs »",
            "Fiche établie à partir des études IMPACT – Associations & Territoires et Associations & Partenariats",
            lambda p: "Fiche — %d/3" % p, colors.Color(0.45, 0.2, 0.15))
    W = d.W
    # page 1
    d.start()
    y = d.title_block(d.H - 62, "FICHE REPÈRE",
                      "Les associations employeuses et leurs partenaires",
                      "Mise à jour de la fiche avec les résultats de l'étude IMPACT – Associations & Territoires")
    bw = (W - 80 - 20) / 3
    d.keybox(40, y, bw, 86, "148 000", "associations employeuses entrent dans le champ de l'étude")
    d.keybox(40 + bw + 10, y, bw, 86, "98 %", "d'entre elles déclarent au moins un partenariat")
    d.keybox(40 + 2 * (bw + 10), y, bw, 86, "73 %", "inscrivent leurs alliances à l'échelle locale")
    y -= 108
    y = d.heading(40, y, "De qui parle-t-on ?")
    y = d.para(40, y, W - 80,
               "L'étude IMPACT – Associations & Territoires s'intéresse aux seules associations qui "
               "emploient des salariés. On en compte environ 148 000 en France.")
    y = d.para(40, y, W - 80,
               "Presque aucune ne travaille seule. La part de celles qui entretiennent au moins une "
               "relation partenariale atteint en effet 98 %.")
    y = d.heading(40, y, "À quelle échelle ?")
    y = d.para(40, y, W - 80,
               "La proximité domine. Près de trois associations employeuses sur quatre (73 %) nouent "
               "leurs partenariats au niveau local, tandis que le niveau régional en concerne 47 %.")
    d.end()

    # page 2
    d.start()
    y = d.heading(40, d.H - 64, "Qui sont les partenaires ? Deux enquêtes côte à côte", size=13)
    y = d.para(40, y, W - 80,
               "Les deux études ne découpent pas les partenaires de la même façon. Le tableau les "
               "rapproche lorsque la catégorie est identique et laisse un tiret lorsqu'elle n'existe "
               "que dans l'une d'elles.")
    rows = [
        ["Type de partenaire", "Associations & Partenariats (publiée en mars 2017)",
         "IMPACT – Associations & Territoires"],
        ["Collectivités territoriales", "74 %", "89 %"],
        ["Autres associations et fondations", "72 %", "—"],
        ["Structures d'intérêt général", "—", "73 %"],
        ["Établissements scolaires", "—", "70 %"],
        ["Enseignement", "47 %", "—"],
        ["Collectifs d'associations", "—", "56 %"],
        ["Acteurs publics nationaux", "—", "52 %"],
        ["Fédérations professionnelles", "—", "37 %"],
        ["Acteurs académiques", "—", "35 %"],
        ["Entreprises", "28 %", "—"],
        ["Structures d'insertion", "22 %", "—"],
        ["Recherche", "9 %", "—"],
    ]
    y = d.table(40, y, [185, 165, 165], rows, size=9)
    y = d.para(40, y, W - 80,
               "Lecture : dans l'enquête de 2017, 28 % des associations citaient une entreprise parmi "
               "leurs partenaires. Cette même enquête établit qu'une association compte en moyenne "
               "2,5 partenaires.")
    y = d.para(40, y, W - 80,
               "Les collectivités restent de loin le premier allié. Elles gagnent du terrain d'une étude "
               "à l'autre, même si les champs couverts diffèrent (1).")
    d.footnotes(["(1) L'étude IMPACT porte sur les seules associations employeuses ; l'enquête de 2017 "
                 "couvre l'ensemble des associations répondantes."])
    d.end()

    # page 3
    d.start()
    y = d.heading(40, d.H - 64, "Quelles formes prennent ces alliances ?", size=13)
    y = d.para(40, y, W - 80,
               "Selon l'étude IMPACT, les associations employeuses combinent plusieurs façons de "
               "travailler avec leurs partenaires. Quatre modes ressortent :")
    y = d.bullets(40, y, W - 80, [
        "le mécénat, cité par 75 % d'entre elles ;",
        "l'innovation sociétale, à 73 % ;",
        "les pratiques responsables, à 70 % ;",
        "la coopération économique, à 58 %.",
    ])
    y = d.heading(40, y, "La taille de l'association pèse sur le lien avec l'entreprise")
    y = d.para(40, y, W - 80,
               "L'enquête de 2017 apporte un éclairage par niveau de budget. Parmi les associations "
               "disposant de plus de 150 000 €, la moitié (50 %) ont noué un partenariat avec une entreprise.")
    y = d.para(40, y, W - 80,
               "Chez les plus petites, celles dont le budget reste sous 10 000 €, elles ne sont plus que 20 %.")
    y = d.heading(40, y, "Sources")
    y = d.para(40, y, W - 80,
               "Associations & Partenariats : étude de Recherches & Solidarités conduite avec Le RAMEAU, "
               "publiée en mars 2017. Le questionnaire a circulé en mai-juin 2016 ; plus de 1 380 "
               "responsables associatifs y ont répondu.", size=8.5)
    y = d.para(40, y, W - 80,
               "IMPACT – Associations & Territoires : volet du programme IMPACT de l'Observatoire des "
               "partenariats consacré aux associations employeuses.", size=8.5)
    d.end()
    d.save()


# ---------------------------------------------------------------------------
# 03 - DIAPORAMA, maires et coopération (slides, printed number = page - 1)
# ---------------------------------------------------------------------------
def doc03():
    d = Doc("obs-s15-03-diaporama-maires-cooperation.pdf", SLIDE,
            "Maires et coopération territoriale",
            "Observatoire des partenariats — Maires & coopération — support de présentation",
            "Le RAMEAU  ·  diaporama commenté, version de diffusion",
            lambda p: None if p == 1 else "%d" % (p - 1), colors.Color(0.1, 0.4, 0.3))
    W, H = d.W, d.H
    c = d.c

    def slide_title(t, sub=None):
        c.setFont("DVB", 24)
        c.setFillColor(d.accent)
        c.drawString(60, H - 90, t)
        c.setFillColor(colors.black)
        if sub:
            c.setFont("DVI", 13)
            c.drawString(60, H - 118, sub)
        return H - 160

    def lines(y, items, size=17, gap=34, x=80):
        for it in items:
            c.setFont("DV", size)
            c.drawString(x - 20, y, "▪")
            c.drawString(x, y, it)
            y -= gap
        return y

    # slide 1 (title)
    d.start()
    c.setFont("DVB", 12)
    c.setFillColor(d.accent)
    c.drawString(60, H - 120, "DIAPORAMA")
    c.setFillColor(colors.black)
    c.setFont("DVB", 32)
    c.drawString(60, H - 190, "Maires et coopération territoriale")
    c.setFont("DV", 20)
    c.drawString(60, H - 228, "Ce que disent les élus, de PHARE à IMPACTS & TRAJECTOIRES")
    c.setFont("DVI", 13)
    c.drawString(60, H - 290, "Support projeté en réunion de réseau — diffusé avec ses notes après la séance")
    d.end()

    # slide 2
    d.start()
    y = slide_title("PHARE-Institutions", "Le volet « élus » du programme PHARE")
    y = lines(y, [
        "Mise en ligne : le 29 novembre 2016",
        "La typologie distingue 5 profils de maires",
        "87 % des maires voient dans les partenariats une source d'innovation",
        "Objectif : outiller les communes pour co-construire avec leur territoire",
    ])
    c.setFont("DVI", 11)
    c.drawString(60, 70, "Note : la typologie est reprise dans le référentiel de co-construction territoriale.")
    d.end()

    # slide 3
    d.start()
    y = slide_title("IMPACT – Élus locaux (2020)", "Une enquête, puis une fiche-repère")
    y = lines(y, [
        "Enquête menée par Comisis-OpinionWay",
        "Étude datée de novembre 2020",
        "Elle a nourri la fiche-repère",
        "« Les dynamiques d'engagement des Collectivités territoriales »",
    ])
    d.end()

    # slide 4
    d.start()
    y = slide_title("Ce que disent les maires", "Repères issus des travaux de l'Observatoire")
    bw = (W - 120 - 30) / 4
    data = [("64 %", "des élus locaux veulent s'appuyer sur le « jouer collectif »"),
            ("92 %", "des maires reconnaissent l'utilité de la co-construction"),
            ("76 %", "des maires décrivent un territoire engagé"),
            ("46 %", "des maires disent ne pas savoir piloter ces démarches")]
    for i, (big, cap) in enumerate(data):
        d.keybox(60 + i * (bw + 10), y, bw, 150, big, cap, size=30)
    c.setFont("DVI", 11)
    c.drawString(60, 80, "Le décalage entre les deux derniers chiffres appelle des outils de pilotage.")
    d.end()

    # slide 5
    d.start()
    y = slide_title("IMPACTS & TRAJECTOIRES – Élus locaux", "Étude parue en novembre 2024")
    y = lines(y, [
        "302 maires interrogés par téléphone",
        "Terrain : du 30 septembre au 28 octobre 2024",
        "91 % voient leur territoire en mouvement :",
        "    35 % fortement, 56 % ni plus ni moins",
        "84 % des répondants administrent une commune de moins de 2 000 habitants",
    ], size=16, gap=32)
    d.end()
    d.save()


# ---------------------------------------------------------------------------
# 04 - BULLETIN DE VEILLE (two columns, printed pages 4-6)
# ---------------------------------------------------------------------------
def doc04():
    d = Doc("obs-s15-04-bulletin-alliance-interet-general.pdf", A4,
            "Chronique de l'alliance d'intérêt général",
            "BULLETIN DE VEILLE  ·  Observatoire des partenariats  ·  Politiques publiques & alliances",
            "Bulletin de veille — chronique 2019-2022 — Le RAMEAU",
            lambda p: "— %d —" % (p + 3), colors.Color(0.35, 0.15, 0.45))
    W = d.W
    colw = (W - 80 - 22) / 2
    x1, x2 = 40, 40 + colw + 22

    # page 1
    d.start()
    y = d.title_block(d.H - 62, "BULLETIN DE VEILLE",
                      "Du rapport ministériel à la Charte : chronique de l'alliance d'intérêt général",
                      "Numéro récapitulatif couvrant les années 2019 à 2022")
    top = y
    y = d.heading(x1, y, "Une mission confiée en 2019")
    y = d.para(x1, y, colw,
               "Au FNAF 2019, Gabriel Attal a souhaité qu'une mission se penche sur les alliances au "
               "service de l'intérêt général. Il l'a confiée à Cathy Racon-Bouzon et à Charles-Benoît "
               "Heidsieck, président-fondateur du RAMEAU.")
    y = d.para(x1, y, colw,
               "Leurs conclusions ont été rendues au printemps suivant. La remise officielle du rapport "
               "date du 7 mai 2020.")
    y = d.para(x1, y, colw,
               "Un point d'étape a suivi à l'automne. Ce bilan a été présenté le 17 octobre 2020.")
    y = d.heading(x1, y, "Un droit reconnu")
    y = d.para(x1, y, colw,
               "Cathy Racon-Bouzon a ensuite porté une proposition de loi sur le « droit de l'alliance "
               "d'intérêt général ». Elle l'a déposée en février ; le texte, agréé par le Bureau de "
               "l'Assemblée nationale, a été publié au Journal officiel.")
    y2 = top
    y2 = d.heading(x2, y2, "L'opinion en trois chiffres")
    y2 = d.para(x2, y2, colw,
                "Les mesures de l'Observatoire citées à l'appui de ce texte sont les suivantes :")
    y2 = d.bullets(x2, y2, colw, [
        "81 % des Français parlent d'un « devoir d'alliance » ;",
        "92 % des maires expriment un « besoin d'alliance » ;",
        "84 % des dirigeants d'entreprises disent leur « envie d'alliance ».",
    ])
    y2 = d.heading(x2, y2, "Une feuille de route")
    y2 = d.para(x2, y2, colw,
                "Le ministère a traduit les propositions de la mission dans une feuille de route. "
                "Celle-ci comporte 21 mesures (1).")
    d.footnotes(["(1) Mesures présentées dans le prolongement du rapport ; leur mise en œuvre "
                 "s'échelonne sur plusieurs années."])
    d.end()

    # page 2
    d.start()
    y = d.heading(x1, d.H - 64, "La Charte du faire alliance")
    y = d.para(x1, y, colw,
               "Trois mois de co-construction ont été nécessaires pour écrire la Charte. La Fondation des "
               "Territoires a piloté ce travail collectif.")
    y = d.para(x1, y, colw,
               "Elle a été dévoilée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice, sur le "
               "territoire de Paris-Est Marne & Bois (2). La présentation a eu lieu au cours d'une soirée "
               "VitaWin.")
    y = d.para(x1, y, colw,
               "Ses promoteurs la décrivent comme un « contrat de confiance » entre acteurs d'un même "
               "territoire.")
    y2 = d.heading(x2, d.H - 64, "Aux racines : Agir ensemble en Territoire")
    y2 = d.para(x2, y2, colw,
                "La Charte prolonge une démarche plus ancienne. Celle-ci est née en 2010, à la suite de "
                "l'étude ARPEA-Collectivités locales réalisée avec Comisis-OpinionWay.")
    y2 = d.para(x2, y2, colw, "Trois territoires pilotes l'ont expérimentée :")
    y2 = d.bullets(x2, y2, colw, [
        "l'Alsace, avec Alsace Active ;",
        "le Poitou-Charentes, avec le Groupe La Poste ;",
        "Paris-Est Marne & Bois.",
    ])
    y2 = d.para(x2, y2, colw,
                "C'est dans ce dernier territoire que la Charte a été lancée, ce qui boucle une décennie "
                "d'expérimentations.", font="DVI", size=9)
    d.footnotes(["(2) Un communiqué publié sur associations.gouv.fr mentionne de son côté un « mardi "
                 "30 septembre » pour ce lancement."])
    d.end()

    # page 3
    d.start()
    y = d.heading(x1, d.H - 64, "Le Fonds ODD 17")
    y = d.para(x1, y, colw,
               "Le RAMEAU et la Fondation TotalEnergies ont créé ensemble ce fonds en 2020. Sa dotation "
               "s'élève à 1,5 M€, destinée à une expérimentation de 3 ans.")
    y = d.para(x1, y, colw,
               "L'objectif est d'accompagner l'émergence de 350 « catalyseurs territoriaux », ces "
               "acteurs qui font se rencontrer les organisations d'un territoire.")
    y = d.heading(x1, y, "Des ressources en ligne")
    y = d.para(x1, y, colw,
               "La plateforme www.odd17.org regroupe les ressources sous le sigle M.E.D.O.C. Il réunit "
               "les Méthodes, les Exemples, les Données, les Outils et les Compétences.")
    y = d.para(x1, y, colw,
               "L'ODD 17 se décline en 19 cibles. Une note du Comité 21, « ODD 17 : Sens, décryptages, "
               "déclinaisons », les détaille ; elle est parue un 5 juillet.")
    y2 = d.heading(x2, d.H - 64, "La Fondation des Territoires")
    y2 = d.para(x2, y2, colw,
                "Sa préfiguration a débuté en juillet 2018. Elle s'est déroulée en trois étapes :")
    y2 = d.table(x2, y2, [70, 85, 85], [
        ["Étape", "Début", "Fin"],
        ["1", "juillet 2018", "juillet 2019"],
        ["2", "août 2019", "novembre 2020"],
        ["3", "décembre 2020", "mai 2022"],
    ], size=8.5)
    y2 = d.para(x2, y2, colw,
                "La fondation a vu le jour le 14 juin 2022, abritée par la Fondation de Lille. Elle "
                "compte 21 co-fondateurs et s'est donné 3 missions.")
    d.end()
    d.save()


# ---------------------------------------------------------------------------
# 05 - NOTE, historical milestones (printed numbers: i, then 1..3)
# ---------------------------------------------------------------------------
def doc05():
    d = Doc("obs-s15-05-note-jalons-observatoire.pdf", A4,
            "Jalons et chiffres de référence de l'Observatoire",
            "NOTE DE CADRAGE  ·  Observatoire des partenariats  ·  Document de travail",
            "Note interne de cadrage — Le RAMEAU / Observatoire des partenariats",
            lambda p: "i" if p == 1 else "%d" % (p - 1), colors.Color(0.5, 0.35, 0.05))
    W = d.W

    # page 1
    d.start()
    y = d.title_block(d.H - 62, "NOTE",
                      "Quinze ans d'observation des partenariats : jalons et chiffres de référence",
                      "Texte de cadrage, version révisée pour les nouveaux partenaires")
    y = d.heading(40, y, "Le RAMEAU, un laboratoire")
    y = d.para(40, y, W - 80,
               "Le RAMEAU a vu le jour en 2006. Cette structure associative d'intérêt général se définit "
               "comme un « laboratoire de recherche empirique » consacré aux alliances.")
    y = d.para(40, y, W - 80,
               "Depuis sa création, elle a mené des expérimentations auprès de plus de 500 organisations "
               "et recensé plus de 1 000 exemples inspirants.")
    y = d.para(40, y, W - 80,
               "Son président-fondateur est Charles-Benoît Heidsieck. La direction générale est assurée "
               "par Laurence Weber.")
    y = d.heading(40, y, "L'Observatoire des partenariats")
    y = d.para(40, y, W - 80,
               "L'Observatoire est né en 2008 de l'initiative conjointe de la Caisse des Dépôts et du "
               "RAMEAU. Le MEDEF et le Mouvement associatif y sont associés comme partenaires (1).")
    y = d.para(40, y, W - 80,
               "Sa direction scientifique est confiée à Anne Robin. Cette dernière, fondatrice de COMISIS, "
               "exerce ce rôle à titre bénévole.")
    d.footnotes(["(1) Des documents plus anciens (janvier 2011, décembre 2012) situent sa création en 2007 et "
                 "le désignent comme « Observatoire national des partenariats associations / entreprises »."])
    d.end()

    # page 2
    d.start()
    y = d.heading(40, d.H - 64, "Trois programmes quinquennaux", size=13)
    y = d.para(40, y, W - 80,
               "Les travaux de l'Observatoire s'organisent en cycles de cinq ans. Chacun porte un nom "
               "et un nombre de volets propres :")
    y = d.table(40, y, [95, 150, 270], [
        ["Programme", "Période", "Repères"],
        ["ARPEA", "2008-2012", "10 volets ; rapport quinquennal publié le 11 décembre 2012"],
        ["PHARE", "2013-2018 (2013-2017 dans certaines présentations)", "6 volets, de septembre 2015 à l'automne 2016"],
        ["IMPACT", "2018-2022", "lancé en novembre 2017"],
    ], size=9)
    y = d.heading(40, y, "Que veut dire ARPEA ?")
    y = d.para(40, y, W - 80,
               "Le sigle n'a pas toujours été développé de la même manière. La forme la plus complète est "
               "« Analyse des Relations et des Partenariats entre Entreprises et Associations ».")
    y = d.para(40, y, W - 80,
               "On trouve aussi « Analyser les Relations Partenariales entre Entreprises et Associations » "
               "et, plus brièvement, « Analyse des Relations Associations-Entreprises ».")
    y = d.heading(40, y, "Un état des lieux à la demande de l'État")
    y = d.para(40, y, W - 80,
               "La ministre Valérie Fourneyron a sollicité un rapport dressant l'état des lieux des "
               "partenariats entre associations et entreprises. Il a été publié début 2014.")
    d.end()

    # page 3
    d.start()
    y = d.heading(40, d.H - 64, "Les mesures de la période ARPEA", size=13)
    y = d.para(40, y, W - 80,
               "Le baromètre citoyen a été reconduit à quatre ans d'intervalle. En 2008, 86 % des Français "
               "estimaient urgent de développer des partenariats ; ils étaient encore 84 % en 2012.")
    y = d.para(40, y, W - 80,
               "Côté associations, près de 46 % se déclaraient engagées aux côtés d'une entreprise.")
    y = d.heading(40, y, "Le regard des entreprises (janvier 2011)")
    y = d.para(40, y, W - 80,
               "L'étude ARPEA Entreprises & Territoires répartit les entreprises en trois groupes :")
    y = d.table(40, y, [260, 120], [
        ["Situation de l'entreprise", "Part"],
        ["Développe déjà des partenariats", "21 %"],
        ["Souhaite en développer", "33 %"],
        ["Ne le souhaite pas", "46 %"],
    ], size=9)
    y = d.para(40, y, W - 80,
               "Un tiers des entreprises se disait donc prêt à franchir le pas sans l'avoir encore fait.")
    d.end()

    # page 4
    d.start()
    y = d.heading(40, d.H - 64, "Repères de 2016", size=13)
    y = d.para(40, y, W - 80,
               "Une note datée du 29 février 2016 a mesuré la diffusion des partenariats. Parmi les "
               "entreprises d'au moins 10 salariés, elle en compte 37 % engagées.")
    y = d.para(40, y, W - 80,
               "Pour les associations, la proportion est de 38 %. Elle monte à 53 % chez celles qui "
               "emploient des salariés.")
    y = d.heading(40, y, "Le programme IMPACT")
    y = d.para(40, y, W - 80,
               "IMPACT est conduit par un tour de table réunissant la Caisse des Dépôts, l'Institut CDC "
               "pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU.")
    y = d.para(40, y, W - 80, "Il s'organise autour de trois axes :")
    y = d.bullets(40, y, W - 80, [
        "l'innovation sociétale et territoriale ;",
        "la performance des organisations ;",
        "la confiance.",
    ])
    d.end()
    d.save()


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    print("ok")
