"""Corpus fictif notes-s107 : 5 PDF « à la manière » des publications de l'Observatoire des partenariats.

Script déterministe : `rl_config.invariant = 1`, métadonnées (titre, auteur, producteur, créateur) vides.
Les PDF sont écrits dans le dossier de ce script :

    /work/main/.venv/bin/python make_docs.py

Dans les textes ci-dessous, « ~ » est une espace insécable (remplacée par U+00A0 avant la mise en page).
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.graphics.shapes import Drawing, Line, Rect, String  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
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
LM = RM = 2.0 * cm
TM = 2.4 * cm
BM = 3.9 * cm  # place réservée aux notes de bas de page et au pied

NAVY = colors.HexColor("#1f3a5f")
TEAL = colors.HexColor("#2a7f7a")
LIGHT = colors.HexColor("#eef3f7")
SAND = colors.HexColor("#f6f1e7")
GREY = colors.HexColor("#666666")


def nb(s):
    s = s.replace("« ", "«~").replace(" »", "~»")
    return s.replace("~", "\u00a0")


# ---------------------------------------------------------------- styles
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=13.2, spaceAfter=6, alignment=TA_LEFT)
BODY_S = ParagraphStyle("bodys", parent=BODY, fontSize=8.8, leading=12, spaceAfter=5)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=19, leading=23, textColor=NAVY, spaceAfter=6)
SUB = ParagraphStyle("sub", fontName="Helvetica", fontSize=11, leading=14, textColor=TEAL, spaceAfter=12)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, textColor=NAVY, spaceBefore=6, spaceAfter=6)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=10, leading=13, textColor=TEAL, spaceAfter=4)
CAP = ParagraphStyle("cap", fontName="Helvetica-Oblique", fontSize=8.5, leading=11, textColor=GREY, spaceBefore=4, spaceAfter=4)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=8.8, leading=11)
CELL_B = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold", textColor=colors.white)
BIG = ParagraphStyle("big", fontName="Helvetica-Bold", fontSize=20, leading=24, textColor=TEAL, alignment=TA_CENTER)
BIGLAB = ParagraphStyle("biglab", fontName="Helvetica", fontSize=8.5, leading=11, alignment=TA_CENTER)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=12, bulletIndent=2, spaceAfter=4)
NOTE = ParagraphStyle("note", fontName="Helvetica", fontSize=7.4, leading=9.2)


def P(text, style=BODY):
    return Paragraph(nb(text), style)


def bullets(items, style=BUL):
    return [Paragraph(nb(t), style, bulletText="\u2022") for t in items]


def box(flowables, bg=LIGHT, width=None, border=NAVY):
    t = Table([[flowables]], colWidths=[width or (W - LM - RM)])
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), bg),
                ("BOX", (0, 0), (-1, -1), 0.8, border),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return t


def data_table(rows, col_widths, first_col_left=True):
    """rows[0] = en-tête ; les cellules texte passent par Paragraph."""
    data = []
    for i, row in enumerate(rows):
        st = CELL_B if i == 0 else CELL
        data.append([Paragraph(nb(c), st) for c in row])
    t = Table(data, colWidths=col_widths, repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa8b8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i in range(1, len(rows)):
        if i % 2 == 0:
            style.append(("BACKGROUND", (0, i), (-1, i), LIGHT))
    t.setStyle(TableStyle(style))
    return t


def keyfigs(cells, width=None):
    """Bandeau de chiffres clés : cells = [(gros chiffre, libellé), ...]."""
    width = width or (W - LM - RM)
    n = len(cells)
    row = [[Paragraph(nb(a), BIG), Paragraph(nb(b), BIGLAB)] for a, b in cells]
    t = Table([row], colWidths=[width / n] * n)
    t.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SAND),
                ("LINEAFTER", (0, 0), (-2, -1), 0.6, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return t


# ---------------------------------------------------------------- gabarit de document
class Doc:
    def __init__(self, fname, head_left, head_right, page_label, footnotes=None):
        self.path = os.path.join(HERE, fname)
        self.head_left = head_left
        self.head_right = head_right
        self.page_label = page_label  # fonction : index PDF (base 1) -> texte imprimé
        self.footnotes = footnotes or {}

    def on_page(self, canv, doc):
        canv.saveState()
        canv.setFillColor(NAVY)
        canv.rect(0, H - 1.2 * cm, W, 1.2 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 8)
        canv.drawString(LM, H - 0.75 * cm, nb(self.head_left))
        canv.setFont("Helvetica", 8)
        canv.drawRightString(W - RM, H - 0.75 * cm, nb(self.head_right))
        canv.restoreState()

    def on_page_end(self, canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        notes = self.footnotes.get(n)
        if notes:
            paras = [Paragraph(nb(t), NOTE) for t in notes]
            y = BM - 0.35 * cm
            heights = []
            for p in paras:
                _, h = p.wrap(W - LM - RM, 10 * cm)
                heights.append(h)
            top = 1.7 * cm + sum(heights) + 0.15 * cm * len(paras)
            assert top < y, (self.path, n, "notes trop longues")
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.5)
            canv.line(LM, top + 0.12 * cm, LM + 5 * cm, top + 0.12 * cm)
            yy = top
            for p, h in zip(paras, heights):
                yy -= h
                p.drawOn(canv, LM, yy)
                yy -= 0.15 * cm
        canv.setStrokeColor(NAVY)
        canv.setLineWidth(0.6)
        canv.line(LM, 1.45 * cm, W - RM, 1.45 * cm)
        canv.setFillColor(GREY)
        canv.setFont("Helvetica-Oblique", 7.5)
        canv.drawString(LM, 1.0 * cm, "Document de démonstration \u2014 données fictives")
        canv.setFont("Helvetica-Bold", 8.5)
        canv.setFillColor(NAVY)
        canv.drawRightString(W - RM, 1.0 * cm, nb(self.page_label(n)))
        canv.restoreState()

    def build(self, story, expected_pages, first="one"):
        doc = BaseDocTemplate(
            self.path,
            pagesize=A4,
            leftMargin=LM,
            rightMargin=RM,
            topMargin=TM,
            bottomMargin=BM,
            title="",
            author="",
            subject="",
            creator="",
            producer="",
            keywords="",
        )
        fw = W - LM - RM
        fh = H - TM - BM
        gap = 0.7 * cm
        cw = (fw - gap) / 2
        one = Frame(LM, BM, fw, fh, id="one", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        c1 = Frame(LM, BM, cw, fh, id="c1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        c2 = Frame(LM + cw + gap, BM, cw, fh, id="c2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [
            PageTemplate(id="one", frames=[one], onPage=self.on_page, onPageEnd=self.on_page_end),
            PageTemplate(id="two", frames=[c1, c2], onPage=self.on_page, onPageEnd=self.on_page_end),
        ]
        if first == "two":
            templates.reverse()
        doc.addPageTemplates(templates)
        doc.build(story)
        from pypdf import PdfReader

        n = len(PdfReader(self.path).pages)
        assert n == expected_pages, (self.path, n, expected_pages)
        return n


COLW2 = (W - LM - RM - 0.7 * cm) / 2


# ================================================================ 01 baromètre
def doc01():
    d = Doc(
        "obs-s107-01-barometre.pdf",
        "OBSERVATOIRE DES PARTENARIATS \u2014 Baromètre des alliances territoriales, vague 4",
        "Publié le 12 mars 2025",
        lambda n: "\u2014 %d \u2014" % (n + 2),
        footnotes={
            2: [
                "1. Observatoire des partenariats, PHARE-Citoyens, septembre 2015 : plus de 2~000 personnes interrogées.",
                "2. Chiffre rendu public lors de la reconnaissance du « droit de l'alliance d'intérêt général ».",
                "n.d. : non disponible, la population n'ayant pas été interrogée cette année-là.",
            ]
        },
    )
    s = []
    # ---- page 1
    s += [
        P("Baromètre des alliances territoriales", TITLE),
        P("4<super>e</super> vague \u2014 Regards croisés des Français, des dirigeants d'entreprise et des "
          "responsables associatifs", SUB),
        P("Le baromètre mesure pour la quatrième fois l'adhésion au « devoir d'alliance » entre associations, "
          "entreprises et collectivités. Cette vague a été conduite à la fin de l'année 2024 et publiée au printemps "
          "suivant ; ses résultats sont comparés à ceux des éditions de 2015, de 2019 et de 2021."),
        Spacer(1, 6),
        keyfigs(
            [
                ("83~%", "des Français jugent nécessaire de « faire alliance » (81~% lors de la vague de 2021)"),
                ("Deux sur trois", "c'est la part des dirigeants d'entreprise qui ont déjà noué un partenariat avec "
                                   "une association"),
                ("7,4/10", "note moyenne accordée par les Français à l'utilité des partenariats pour l'emploi local"),
            ]
        ),
        Spacer(1, 14),
        box(
            [
                P("Méthodologie", H3),
                P("<b>Échantillon :</b> 2~014 personnes représentatives de la population résidant en France, âgée "
                  "de 18 ans et plus (méthode des quotas : sexe, âge, profession, région, taille d'agglomération).", BODY_S),
                P("<b>Sur-échantillons :</b> 412 dirigeants d'entreprise et 305 responsables associatifs, interrogés "
                  "avec le même questionnaire.", BODY_S),
                P("<b>Dates de terrain :</b> du 18 novembre au 9 décembre 2024.", BODY_S),
                P("<b>Mode de recueil :</b> questionnaire auto-administré en ligne pour le grand public ; entretiens "
                  "par téléphone pour les dirigeants et les responsables associatifs.", BODY_S),
                P("<b>Marge d'erreur :</b> ±~2,2 points pour l'ensemble de l'échantillon.", BODY_S),
                P("<b>Réalisation :</b> institut Sémaphore Études, pour l'Observatoire des partenariats.", BODY_S),
            ]
        ),
        Spacer(1, 10),
        P("Les écarts entre vagues sont exprimés en points de pourcentage ; un écart inférieur à la marge d'erreur "
          "n'est pas significatif."),
        PageBreak(),
    ]
    # ---- page 2
    s += [
        P("1. Le devoir d'alliance gagne du terrain", H2),
        P("En 2024, 83~% des Français estiment que les associations, les entreprises et les collectivités ont le "
          "devoir de s'allier pour répondre aux fragilités de leur territoire. Ils étaient 69~% à le penser en 2015, "
          "lors du volet PHARE-Citoyens<super>1</super>, puis 81~% en 2021<super>2</super>. L'adhésion a donc "
          "progressé de 14 points depuis la première mesure."),
        P("Les dirigeants d'entreprise suivent le même mouvement, un cran en dessous : 79~% partagent aujourd'hui "
          "cette conviction, contre 72~% lors de la vague de 2019."),
        P("Tableau 1 \u2014 Adhésion au devoir d'alliance, selon la vague (en % de chaque population)", CAP),
        data_table(
            [
                ["Population", "2015", "2019", "2021", "2024", "Écart 2021-2024"],
                ["Français", "69~%", "78~%", "81~%", "83~%", "+2~pts"],
                ["Dirigeants d'entreprise", "n.d.", "72~%", "76~%", "79~%", "+3~pts"],
            ],
            [4.6 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm, 4.4 * cm],
        ),
        Spacer(1, 8),
        P("Chez les Français, la hausse est continue d'une vague à l'autre ; chez les dirigeants, elle s'est "
          "accélérée après la crise sanitaire."),
        NextPageTemplate("two"),
        PageBreak(),
    ]
    # ---- page 3 (deux colonnes)
    chart = Drawing(COLW2, 4.6 * cm)
    x0, y0, wbar = 2.6 * cm, 0.8 * cm, COLW2 - 3.0 * cm
    cats = [("Emploi local", 7.4), ("Pouvoir d'achat", 6.8), ("Cohésion sociale", 6.5), ("Sécurité", 6.1)]
    for i, (lab, v) in enumerate(cats):
        y = y0 + (3 - i) * 0.85 * cm
        chart.add(String(x0 - 0.15 * cm, y + 0.12 * cm, lab, fontName="Helvetica", fontSize=7.5, textAnchor="end"))
        chart.add(Rect(x0, y, wbar * v / 10.0, 0.5 * cm, fillColor=TEAL, strokeColor=None))
    for k in range(0, 11, 2):
        x = x0 + wbar * k / 10.0
        chart.add(Line(x, y0 - 0.1 * cm, x, y0 + 3.5 * cm, strokeColor=colors.HexColor("#cccccc"), strokeWidth=0.4))
        chart.add(String(x, y0 - 0.45 * cm, str(k), fontName="Helvetica", fontSize=7, textAnchor="middle"))
    s += [
        P("2. Ce que les partenariats apportent au territoire", H2),
        P("Invités à noter de 0 à 10 l'utilité des partenariats sur plusieurs enjeux, les Français placent l'emploi "
          "local en tête, avec 7,4/10, contre 7,1 lors du volet de 2015. Suivent le pouvoir d'achat (6,8) et la "
          "cohésion sociale (6,5) ; la sécurité ferme la marche à 6,1."),
        chart,
        P("Graphique 1 \u2014 Note moyenne d'utilité, Français, vague 2024", CAP),
        P("Les dirigeants d'entreprise sont plus réservés : 58~% d'entre eux jugent « fort » l'impact des "
          "partenariats sur l'emploi, soit 9 points de moins que les responsables associatifs (67~%)."),
        FrameBreak(),
        box(
            [
                P("Zoom \u2014 les moins de 35 ans", H3),
                P("Chez les moins de 35 ans, l'adhésion au devoir d'alliance atteint 88~%.", BODY_S),
                P("Ils sont aussi plus nombreux à avoir donné de leur temps à une action menée en partenariat : un "
                  "sur quatre, contre 17~% pour l'ensemble des répondants.", BODY_S),
            ],
            bg=SAND,
            width=COLW2,
            border=TEAL,
        ),
        Spacer(1, 10),
        P("À noter : la question sur la sécurité a été reformulée en 2021 ; la série n'est comparable qu'à partir de "
          "cette date. Les autres questions sont posées dans les mêmes termes depuis la première vague."),
        NextPageTemplate("one"),
        PageBreak(),
    ]
    # ---- page 4
    s += [
        P("3. Rappel des éditions précédentes", H2),
        *bullets(
            [
                "<b>Vague 1</b> \u2014 septembre 2015 : 2~006 personnes interrogées en ligne (volet PHARE-Citoyens).",
                "<b>Vague 2</b> \u2014 janvier 2019 : 1~985 personnes, dont 300 dirigeants d'entreprise.",
                "<b>Vague 3</b> \u2014 novembre 2021 : 2~031 personnes, dont 350 dirigeants d'entreprise et 280 "
                "responsables associatifs.",
            ]
        ),
        Spacer(1, 6),
        P("4. Engagement personnel", H2),
        P("Un Français sur cinq déclare avoir participé en 2024 à une action portée conjointement par une "
          "association et une entreprise ; ils n'étaient que 12~% dans ce cas en 2019. Parmi les responsables "
          "associatifs, la proportion atteint 41~%, en recul toutefois de 4 points par rapport à 2021."),
        Spacer(1, 10),
        box(
            [
                P("<b>Contact presse :</b> Observatoire des partenariats, 18 rue de la Concorde solidaire, 75008 "
                  "Paris \u2014 tél. 01~99~00~41~27.", BODY_S),
                P("<b>Prochaine vague :</b> terrain prévu à l'automne 2026, publication au printemps 2027.", BODY_S),
            ],
            bg=LIGHT,
        ),
    ]
    return d.build(s, 4)


# ================================================================ 02 fiche repère
def doc02():
    d = Doc(
        "obs-s107-02-fiche-repere.pdf",
        "FICHE REPÈRE N°~7 \u2014 Observatoire des partenariats",
        "Décembre 2024",
        lambda n: "Repère 7 \u00b7 page %d/3" % n,
        footnotes={
            1: ["1. Enquête Recherches & Solidarités \u2013 Le RAMEAU, 2016 ; voir le tableau page 2."],
            3: [
                "2. Étude IMPACT \u2013 Élus locaux (Comisis-OpinionWay), novembre 2020.",
                "3. Même source.",
                "4. HCCT, rapport annuel publié en 2024.",
            ],
        },
    )
    s = []
    # ---- page 1
    s += [
        P("Associations et entreprises : où en sont les partenariats ?", TITLE),
        P("Fiche Repère \u2014 les chiffres à connaître", SUB),
        P("Cette fiche rassemble des repères chiffrés publiés par l'Observatoire des partenariats et par des "
          "organismes publics. Chaque chiffre est suivi de sa source et de son année."),
        Spacer(1, 4),
        box(
            [
                P("Ce qu'il faut retenir", H3),
                *bullets(
                    [
                        "98~% des associations employeuses ont au moins un partenaire, toutes catégories confondues "
                        "(étude IMPACT \u2013 Associations & Territoires, 2021).",
                        "Elles sont environ 148~000 en France (même source).",
                        "37~% des entreprises d'au moins 10 salariés déclarent un partenariat avec une association, "
                        "contre 38~% des associations et 53~% des seules associations employeuses (note de "
                        "l'Observatoire, février 2016).",
                        "Une association compte en moyenne 2,5 partenaires (Recherches & Solidarités et Le RAMEAU, "
                        "enquête de mai-juin 2016 publiée en mars 2017).",
                        "En 2011, 21~% des entreprises développaient des partenariats avec des associations et 33~% "
                        "souhaitaient le faire (ARPEA \u2013 Entreprises & Territoires).",
                        "Les collectivités locales restent le premier partenaire : 74~% des associations travaillent "
                        "avec elles<super>1</super>.",
                    ]
                ),
            ],
            bg=SAND,
            border=TEAL,
        ),
        Spacer(1, 10),
        P("Les pages suivantes détaillent les partenaires des associations, puis la place des collectivités."),
        PageBreak(),
    ]
    # ---- page 2
    s += [
        P("1. Avec qui les associations font-elles alliance ?", H2),
        P("L'enquête conduite en 2016 auprès de plus de 1~380 responsables associatifs dresse la carte des "
          "partenaires."),
        P("Tableau 2 \u2014 Part des associations ayant noué un partenariat, par type de partenaire (enquête 2016, en %)",
          CAP),
        data_table(
            [
                ["Type de partenaire", "Part des associations"],
                ["Collectivités territoriales", "74~%"],
                ["Associations et fondations", "72~%"],
                ["Établissements d'enseignement", "47~%"],
                ["Entreprises", "28~%"],
                ["Structures d'insertion", "22~%"],
                ["Organismes de recherche", "9~%"],
            ],
            [8.0 * cm, 5.0 * cm],
        ),
        Spacer(1, 10),
        P("La taille compte : la moitié des associations dont le budget dépasse 150~000~€ ont un partenariat avec une "
          "entreprise, contre une sur cinq parmi celles dont le budget est inférieur à 10~000~€ (respectivement 50~% "
          "et 20~%)."),
        Spacer(1, 6),
        box(
            [
                P("Repères publics", H3),
                P("Selon le Centre public d'études de la vie associative (CPEVA, 2022), 1,3 million d'associations "
                  "sont actives en France, dont 11~% emploient au moins un salarié.", BODY_S),
            ]
        ),
        PageBreak(),
    ]
    # ---- page 3
    s += [
        P("2. Les collectivités, premières partenaires", H2),
        P("Depuis la loi n°~2014-856 du 31 juillet 2014 relative à l'économie sociale et solidaire, les coopérations "
          "entre collectivités, associations et entreprises se sont multipliées."),
        P("Les maires confirment cet élan : 92~% d'entre eux reconnaissent l'utilité de la "
          "co-construction<super>2</super>, et 64~% des élus locaux veulent s'appuyer sur le « jouer "
          "collectif »<super>3</super>."),
        P("Plus récemment, l'enquête IMPACTS & TRAJECTOIRES \u2013 Élus locaux, menée par téléphone du 30 septembre "
          "au 28 octobre 2024 auprès de 302 maires et publiée en novembre 2024, montre que 91~% d'entre eux voient "
          "leur territoire « en mouvement » : 35~% fortement, 56~% ni plus ni moins. Parmi les répondants, 84~% sont "
          "maires de communes de moins de 2~000 habitants."),
        Spacer(1, 6),
        box(
            [
                P("Du côté de l'État", H3),
                P("Le Haut-Commissariat aux coopérations territoriales (HCCT) recensait 1~240 contrats de coopération "
                  "territoriale en 2023, soit 18~% de plus qu'en 2021<super>4</super>.", BODY_S),
            ]
        ),
    ]
    return d.build(s, 3)


# ================================================================ 03 bulletin de veille
def breve(date_rub, text):
    return P("<b>%s</b> %s" % (date_rub, text), BODY)


def doc03():
    d = Doc(
        "obs-s107-03-bulletin-veille.pdf",
        "VEILLE PARTENARIALE \u2014 n°~42",
        "Février 2025",
        lambda n: "page %d" % (n + 13),
    )
    s = []
    # ---- page 1 (deux colonnes)
    s += [
        P("Veille partenariale", TITLE),
        P("Les brèves du mois", SUB),
        box([P("Au sommaire : brèves p. 14-15 \u00b7 chiffre du mois p. 16 \u00b7 agenda p. 16", BODY_S)],
            width=COLW2),
        Spacer(1, 8),
        breve("3 février 2025 \u2014 Salariés.",
              "Selon l'édition 2023 du baromètre « Engagement au travail » du cabinet Orée Conseil, 31~% des salariés "
              "du privé ont participé à une action de mécénat de compétences, contre 15~% en 2019. Parmi eux, 44~% "
              "l'ont fait sur leur temps de travail."),
        breve("5 février 2025 \u2014 Bénévoles.",
              "Le Carrefour du bénévolat estime, dans son étude de 2022, que 2,1 millions de bénévoles interviennent "
              "dans des projets associant une entreprise. Près de la moitié d'entre eux ont moins de 35 ans."),
        FrameBreak(),
        breve("7 février 2025 \u2014 Élus.",
              "D'après une enquête de l'Association des petites villes solidaires (2021), 7 élus municipaux sur 10 "
              "dans les communes de 3~500 à 20~000 habitants ont déjà signé une convention avec une entreprise locale, "
              "soit 12 points de plus qu'en 2017."),
        breve("10 février 2025 \u2014 Fondations.",
              "Le Panorama 2019 de la philanthropie de proximité, publié par la Fondation Horizons Communs, indique "
              "que 64~% des fondations territoriales cofinancent au moins un projet avec une collectivité ; une sur "
              "trois le fait avec une PME."),
        PageBreak(),
    ]
    # ---- page 2 (deux colonnes)
    s += [
        breve("12 février 2025 \u2014 PME.",
              "L'enquête annuelle 2024 de la Confédération des PME de l'Ouest montre que 46~% des dirigeants de PME "
              "de 10 à 249 salariés soutiennent une association de leur commune ; 18~% envisagent de le faire en 2025."),
        breve("14 février 2025 \u2014 Maires.",
              "L'étude PHARE-Institutions, publiée le 29 novembre 2016, distinguait cinq profils de maires. À "
              "l'époque, 87~% des maires voyaient déjà dans les partenariats une source d'innovation."),
        breve("17 février 2025 \u2014 Entreprises.",
              "En 2011, l'étude ARPEA \u2013 Entreprises & Territoires montrait que 46~% des entreprises ne souhaitaient "
              "pas développer de partenariat avec une association. Quatorze ans plus tard, le Réseau Alliances Ouest "
              "estime à 40~% la part des entreprises de plus de 50 salariés engagées dans au moins une alliance."),
        FrameBreak(),
        breve("19 février 2025 \u2014 Bénévoles de compétences.",
              "Une note de l'Institut Lien Social parue en 2018 chiffrait à 120~000 le nombre de bénévoles de "
              "compétences issus d'entreprises, dont un tiers de jeunes retraités."),
        breve("21 février 2025 \u2014 Fondations & ODD~17.",
              "Le Fonds ODD~17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, dispose d'une dotation "
              "de 1,5~M€ pour une expérimentation sur trois ans ; il s'appuie sur 350 « catalyseurs territoriaux »."),
        NextPageTemplate("one"),
        PageBreak(),
    ]
    # ---- page 3
    s += [
        P("Le chiffre du mois", H2),
        box(
            [
                P("250", BIG),
                P("Plus de 250 données ont été inventoriées par l'Observatoire pour agir en sortie de crise. Elles "
                  "montrent notamment que 81~% des Français et 84~% des dirigeants de TPE et de PME jugent utile de « "
                  "jouer collectif » (données publiées en novembre 2020).", BODY),
            ],
            bg=SAND,
            border=TEAL,
        ),
        Spacer(1, 8),
        P("Lu pour vous", H2),
        P("Le rapport de la mission ministérielle sur les alliances d'intérêt général, remis le 7 mai 2020, a "
          "débouché sur une « feuille de route » de 21 mesures."),
        P("Agenda", H2),
        *bullets(
            [
                "<b>4 mars 2025, 9~h~30</b> \u2014 3<super>e</super> matinale « Élus & Entreprises », Maison des "
                "associations, 12 rue des Tanneurs, 69003 Lyon. Inscriptions : 04~65~71~18~35.",
                "<b>18 mars 2025</b> \u2014 Webinaire n°~6 « Mesurer l'impact des alliances » : 45 places, inscription "
                "gratuite.",
            ]
        ),
        P("Abonnements", H2),
        P("La Veille partenariale compte aujourd'hui 3~400 abonnés, dont 27~% d'élus locaux."),
    ]
    return d.build(s, 3, first="two")


# ================================================================ 04 rapport d'évaluation
def doc04():
    d = Doc(
        "obs-s107-04-rapport-evaluation.pdf",
        "RAPPORT D'ÉVALUATION \u2014 Programme « Territoires en alliance » 2021-2024",
        "Juin 2025",
        lambda n: "%d" % (n + 20),
        footnotes={2: ["1. Données 2024 provisoires, consolidées en mars 2025."]},
    )
    s = []
    # ---- page 1
    s += [
        P("Programme « Territoires en alliance » 2021-2024", TITLE),
        P("Rapport d'évaluation finale \u2014 synthèse", SUB),
        P("Lancé en 2021 par la Fondation Cèdre Solidaire pour quatre exercices, le programme « Territoires en "
          "alliance » accompagne des coalitions locales réunissant associations, entreprises et collectivités dans 14 "
          "départements."),
        P("Doté de 4,8 millions d'euros sur la période, dont 62~% apportés par des fondations, il a soutenu 126 "
          "coalitions."),
        Spacer(1, 4),
        P("L'exercice 2024 en chiffres", H3),
        keyfigs(
            [
                ("41", "nouvelles coalitions"),
                ("1~870", "bénévoles mobilisés"),
                ("212", "entreprises partenaires"),
                ("9", "salariés dans l'équipe projet"),
            ]
        ),
        Spacer(1, 12),
        P("Méthode de l'évaluation", H3),
        P("L'évaluation s'appuie sur le tableau de suivi du programme, sur 38 entretiens conduits au premier "
          "trimestre 2025 et sur une enquête en ligne auprès des coordinateurs de coalition."),
        P("Le rapport complet comprend trois parties : les indicateurs, leur lecture, puis les objectifs de la phase "
          "suivante."),
        PageBreak(),
    ]
    # ---- page 2
    s += [
        P("1. Tableau de bord des indicateurs", H2),
        P("Les indicateurs sont arrêtés au 31 décembre de chaque exercice<super>1</super>. Le premier exercice, 2021, "
          "a servi de phase de lancement et n'est pas repris ci-dessous."),
        P("Tableau 1 \u2014 Indicateurs de suivi, exercices 2022 à 2024", CAP),
        data_table(
            [
                ["Indicateur", "2022", "2023", "2024", "Évolution 2022-2024"],
                ["Coalitions soutenues (cumul)", "58", "85", "126", "+117~%"],
                ["Bénévoles mobilisés dans l'année", "1~120", "1~540", "1~870", "+67~%"],
                ["Part des coalitions comptant au moins une PME", "41~%", "47~%", "52~%", "+11~pts"],
            ],
            [6.4 * cm, 2.0 * cm, 2.0 * cm, 2.0 * cm, 4.6 * cm],
        ),
        Spacer(1, 8),
        P("Lecture : en 2024, 52~% des coalitions comptaient au moins une PME, soit 11 points de plus qu'en 2022.",
          CAP),
        Spacer(1, 6),
        P("Les données proviennent des coordinateurs de coalition, qui les saisissent chaque trimestre dans l'outil "
          "de suivi ; l'équipe projet les contrôle avant chaque comité de pilotage."),
        PageBreak(),
    ]
    # ---- page 3
    s += [
        P("2. Ce que disent les chiffres", H2),
        P("Entre 2022 et 2024, le nombre de coalitions soutenues a plus que doublé, passant de 58 à 126. Les bénévoles "
          "mobilisés sont désormais près de 1~900 : ils étaient 1~120 deux ans plus tôt."),
        P("La présence des PME progresse aussi : un peu plus d'une coalition sur deux en compte au moins une en 2024 "
          "(52~%), contre 41~% en 2022. Les coalitions rurales, implantées dans des communes de moins de 3~500 "
          "habitants, représentent 38~% du total."),
        P("Sur l'ensemble de la période, les fondations ont apporté 2,98 millions d'euros, les collectivités 1,2 "
          "million et les entreprises 620~000~€."),
        P("Interrogés en avril 2025, 97 coordinateurs de coalition ont répondu à l'enquête en ligne : 8 sur 10 jugent "
          "que le programme a durablement renforcé la coopération locale."),
        PageBreak(),
    ]
    # ---- page 4
    s += [
        P("3. Objectifs 2025-2027 et recommandations", H2),
        P("Le comité de pilotage a fixé les objectifs suivants pour la deuxième phase du programme, qui s'achèvera en "
          "2027 :"),
        *bullets(
            [
                "atteindre 200 coalitions soutenues d'ici 2027 ;",
                "mobiliser chaque année au moins 3~000 bénévoles ;",
                "porter à 60~% la part des coalitions comptant au moins une PME ;",
                "ramener sous 20~% la part des financements publics dans le budget.",
            ]
        ),
        Spacer(1, 6),
        P("Le budget prévisionnel s'élève à 5,6~M€ pour trois ans, soit une hausse de 17~% par rapport à la période "
          "2021-2024."),
        P("Rappel : les dons des entreprises ouvrent droit à une réduction d'impôt de 60~% des sommes versées "
          "(article 238~bis du code général des impôts)."),
        Spacer(1, 10),
        box([P("Rapport établi par Évalia Conseil, 27 allée des Platanes, 31400 Toulouse \u2014 tél. 05~36~49~27~44 "
               "\u2014 juin 2025.", BODY_S)]),
    ]
    return d.build(s, 4)


# ================================================================ 05 portrait de territoire
def doc05():
    d = Doc(
        "obs-s107-05-portrait-territoire.pdf",
        "PORTRAITS RÉGIONAUX DES ALLIANCES \u2014 Bourgogne-Franche-Comté",
        "Avril 2025",
        lambda n: "p. %d" % (n + 7),
    )
    s = []
    # ---- page 1
    s += [
        P("Bourgogne-Franche-Comté : les alliances en chiffres", TITLE),
        P("Portrait de territoire \u2014 édition 2025", SUB),
        P("En 2023, la région comptait 11~400 associations employeuses, qui salariaient près de 96~000 personnes."),
        P("Le recensement de l'Observatoire est arrêté au 31 décembre 2024 ; il porte sur les départements pilotes du "
          "programme régional."),
        P("Tableau 1 \u2014 Partenariats recensés par département (au 31 décembre 2024)", CAP),
        data_table(
            [
                ["Département", "Coalitions actives", "Associations engagées"],
                ["Côte-d'Or (21)", "34", "410"],
                ["Doubs (25)", "29", "365"],
                ["Jura (39)", "12", "148"],
                ["Nièvre (58)", "9", "96"],
            ],
            [6.0 * cm, 4.5 * cm, 4.5 * cm],
        ),
        P("Source : Observatoire des partenariats, recensement 2024 ; codes départementaux entre parenthèses.", CAP),
        PageBreak(),
    ]
    # ---- page 2
    s += [
        P("1. Selon la taille des communes", H2),
        P("Sur les quelque 3~700 communes de la région, près de 2~000 comptent moins de 500 habitants."),
        P("Tableau 2 \u2014 Part des communes ayant au moins une action partenariale, selon leur population (2024)",
          CAP),
        data_table(
            [
                ["Population de la commune", "Part des communes"],
                ["Moins de 500 habitants", "14~%"],
                ["De 500 à 3~499 habitants", "31~%"],
                ["De 3~500 à 9~999 habitants", "58~%"],
                ["10~000 habitants et plus", "83~%"],
            ],
            [8.0 * cm, 5.0 * cm],
        ),
        Spacer(1, 6),
        P("2. Comment les coalitions se financent", H2),
        P("En 2024, les budgets des coalitions reposaient à 44~% sur des financements publics (État, région, "
          "départements, communes) et à 56~% sur des financements privés : 31 points proviennent des entreprises et "
          "25 des fondations."),
        P("Le budget médian d'une coalition atteint 38~500~€, mais un quart des coalitions disposent de moins de "
          "10~000~€."),
        PageBreak(),
    ]
    # ---- page 3
    s += [
        P("3. Structures repères", H2),
        P("Effectifs au 1<super>er</super> janvier 2025, déclarés par les structures."),
        *bullets(
            [
                "Maison de l'alliance du Doubs (Besançon) : 14 salariés et 220 bénévoles.",
                "Collectif Entreprendre solidaire de la Nièvre (Nevers) : 6 salariés et 85 bénévoles.",
                "Coopérative Les Jardins de la Seille (Jura) : 23 salariés en insertion et 40 bénévoles.",
                "Fondation Saône-Horizons (Chalon-sur-Saône) : 3 salariés et un conseil d'administration de 12 "
                "membres.",
            ]
        ),
        Spacer(1, 6),
        P("Ensemble, ces structures emploient 46 salariés."),
        P("Dans la région, les structures de l'économie sociale et solidaire représentent 11,2~% de l'emploi salarié "
          "privé (chiffres 2022)."),
        Spacer(1, 8),
        box([P("Antenne régionale de l'Observatoire : 9 rue des Alliances, 21000 Dijon \u2014 tél. 03~53~01~12~07.",
               BODY_S)]),
    ]
    return d.build(s, 3)


if __name__ == "__main__":
    total = 0
    for f in (doc01, doc02, doc03, doc04, doc05):
        total += f()
    print("pages PDF :", total)
