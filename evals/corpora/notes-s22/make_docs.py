# -*- coding: utf-8 -*-
"""Generate the 5 blind-evaluation PDFs of set s22 (deterministic).

Run: /work/main/.venv/bin/python make_docs.py
Writes obs-s22-NN-<slug>.pdf next to this script.
Each page is drawn by hand (canvas + Frame.addFromList) and the script
fails if any frame overflows, so the page of every sentence is fixed.
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

for name, fn in [
    ("DV", "DejaVuSans.ttf"),
    ("DV-B", "DejaVuSans-Bold.ttf"),
    ("DV-I", "DejaVuSans-Oblique.ttf"),
    ("DV-BI", "DejaVuSans-BoldOblique.ttf"),
    ("DVC", "DejaVuSansCondensed.ttf"),
    ("DVC-B", "DejaVuSansCondensed-Bold.ttf"),
    ("DVC-I", "DejaVuSansCondensed-Oblique.ttf"),
    ("DVC-BI", "DejaVuSansCondensed-BoldOblique.ttf"),
]:
    pdfmetrics.registerFont(TTFont(name, FONT_DIR + fn))
for fam in ("DV", "DVC"):
    addMapping(fam, 0, 0, fam)
    addMapping(fam, 1, 0, fam + "-B")
    addMapping(fam, 0, 1, fam + "-I")
    addMapping(fam, 1, 1, fam + "-BI")

NAVY = colors.HexColor("#1f3a5f")
TEAL = colors.HexColor("#1b7f79")
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#e9f1f1")
SAND = colors.HexColor("#f4efe4")


def S(name, **kw):
    base = dict(fontName="DV", fontSize=9.5, leading=12.5, alignment=TA_LEFT)
    base.update(kw)
    return ParagraphStyle(name, **base)


body = S("body", alignment=TA_JUSTIFY, spaceAfter=5)
body_small = S("bsmall", fontSize=8.6, leading=11, alignment=TA_JUSTIFY, spaceAfter=4)
h2 = S("h2", fontName="DV-B", fontSize=10.5, leading=13, textColor=NAVY, spaceBefore=6, spaceAfter=3)
h1 = S("h1", fontName="DV-B", fontSize=17, leading=21, textColor=NAVY, spaceAfter=4)
label = S("label", fontName="DV-B", fontSize=9, leading=11, textColor=TEAL)
edition = S("edition", fontName="DV-I", fontSize=8.5, leading=11, textColor=GREY, spaceAfter=6)
bullet = S("bullet", leftIndent=11, bulletIndent=2, spaceAfter=2, alignment=TA_LEFT)
foot = S("foot", fontSize=7.2, leading=9, textColor=GREY, spaceAfter=1.5)
cell = S("cell", fontName="DVC", fontSize=8.4, leading=10)
cellh = S("cellh", fontName="DVC-B", fontSize=8.2, leading=9.6, textColor=colors.white)


def P(text, style=body):
    return Paragraph(text, style)


def bullets(items, style=bullet, sym="•"):
    return [Paragraph(t, style, bulletText=sym) for t in items]


def fill(c, frame, flows, where):
    """Draw flowables in a frame; fail if anything does not fit."""
    rest = list(flows)
    frame.addFromList(rest, c)
    if rest:
        raise SystemExit("overflow in %s: %d flowables left (%r)" % (where, len(rest), rest[0]))


def chrome(c, W, H, banner, foot_left, foot_right, color=NAVY, top_band=True):
    c.saveState()
    if top_band:
        c.setFillColor(color)
        c.rect(0, H - 11 * mm, W, 11 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 8)
        c.drawString(14 * mm, H - 7 * mm, banner)
    c.setStrokeColor(color)
    c.setLineWidth(0.5)
    c.line(14 * mm, 12 * mm, W - 14 * mm, 12 * mm)
    c.setFillColor(GREY)
    c.setFont("DV", 7.2)
    c.drawString(14 * mm, 8 * mm, foot_left)
    c.drawRightString(W - 14 * mm, 8 * mm, foot_right)
    c.restoreState()


def new_canvas(fn, pagesize, title):
    c = canvas.Canvas(os.path.join(HERE, fn), pagesize=pagesize, invariant=1)
    c.setTitle(title)
    c.setAuthor("Observatoire des partenariats")
    c.setCreator("s22 make_docs.py")
    return c


# ---------------------------------------------------------------------------
# 01 — ÉTUDE, two columns with footnotes, printed pages 41-44
# ---------------------------------------------------------------------------
def doc01():
    fn = "obs-s22-01-etude-trajectoire-programmes.pdf"
    W, H = A4
    c = new_canvas(fn, A4, "D'un laboratoire à un observatoire")
    banner = "OBSERVATOIRE DES PARTENARIATS  ·  CAHIERS DE RECHERCHE"
    gut = 6 * mm
    left = 16 * mm
    colw = (W - 2 * left - gut) / 2

    def page(num_printed, top_flows, colL, colR, notes, top_h=0):
        chrome(c, W, H, banner, "Étude — trajectoire des programmes d'études", "page %d" % num_printed)
        y_top = H - 16 * mm
        if top_flows:
            fr = Frame(left, y_top - top_h, W - 2 * left, top_h, showBoundary=0, leftPadding=0, rightPadding=0)
            fill(c, fr, top_flows, "01 top p%d" % num_printed)
            y_top -= top_h
        foot_h = 34 * mm if notes else 0
        y_bot = 15 * mm + foot_h
        hcol = y_top - y_bot
        fill(c, Frame(left, y_bot, colw, hcol, leftPadding=0, rightPadding=0), colL, "01 L p%d" % num_printed)
        fill(c, Frame(left + colw + gut, y_bot, colw, hcol, leftPadding=0, rightPadding=0), colR, "01 R p%d" % num_printed)
        if notes:
            c.setStrokeColor(GREY)
            c.setLineWidth(0.4)
            c.line(left, y_bot - 1 * mm, left + 50 * mm, y_bot - 1 * mm)
            fill(c, Frame(left, 15 * mm, W - 2 * left, foot_h - 2 * mm, leftPadding=0, rightPadding=0, topPadding=2),
                 [P(n, foot) for n in notes], "01 notes p%d" % num_printed)
        c.showPage()

    # page 1 (printed 41)
    top = [
        P("ÉTUDE", label),
        P("D'un laboratoire à un observatoire : quinze ans de recherche sur les alliances entre associations et entreprises", h1),
        P("Troisième cahier de la série « Repères de recherche » — texte revu pour sa mise en ligne, hiver 2022-2023", edition),
    ]
    colL = [
        P("1. Un laboratoire né en 2006", h2),
        P("Le RAMEAU voit le jour en 2006. Il adopte la forme d'une association d'intérêt général et se décrit volontiers "
          "comme un « laboratoire de recherche empirique » : on y observe d'abord ce que font les acteurs de terrain, "
          "avant d'en tirer des modèles. La première de ses trois missions consiste à témoigner de ces pratiques."),
        P("Le recensement a pris de l'ampleur avec les années. Plus de 1 000 exemples inspirants ont été réunis, et les "
          "expérimentations conduites depuis la création touchent plus de 500 organisations."),
        P("Charles-Benoît Heidsieck en est le président-fondateur. La direction générale revient à Laurence Weber."),
        P("2. Un observatoire à plusieurs mains", h2),
        P("Deux ans après la naissance du laboratoire, l'Observatoire des partenariats est fondé, en 2008¹. "
          "L'initiative est portée conjointement par la Caisse des Dépôts et par Le RAMEAU ; le MEDEF et le Mouvement "
          "associatif s'y joignent comme partenaires."),
    ]
    colR = [
        P("Sa direction scientifique est confiée à Anne Robin. Fondatrice du cabinet COMISIS, cette dernière exerce "
          "la fonction à titre bénévole²."),
        P("3. Trois plans de cinq ans", h2),
        P("Les travaux s'ordonnent en programmes quinquennaux qui se succèdent sans se chevaucher. On en compte trois :"),
        *bullets(["ARPEA, de 2008 à 2012 ;", "PHARE, de 2013 à 2018³ ;", "IMPACT, de 2018 à 2022."]),
        P("Le sigle du premier a connu plusieurs graphies. Le rapport de synthèse de 2012 le déplie ainsi : "
          "« Analyse des Relations et des Partenariats entre Entreprises et Associations »⁴. Ce programme comportait "
          "10 volets, chacun consacré à un type d'acteur ou à un territoire."),
    ]
    notes = [
        "¹ Des documents plus anciens, dont l'étude ARPEA Entreprises &amp; Territoires de janvier 2011 et le rapport "
        "quinquennal, parlent d'un « Observatoire national des partenariats associations / entreprises » créé en 2007.",
        "² Le cabinet COMISIS a réalisé plusieurs enquêtes de l'Observatoire, certaines avec OpinionWay.",
        "³ Certaines présentations du cheminement arrêtent PHARE à 2017.",
        "⁴ On trouve aussi « Analyser les Relations Partenariales entre Entreprises et Associations » et, plus "
        "brièvement, « Analyse des Relations Associations-Entreprises ».",
    ]
    page(41, top, colL, colR, notes, top_h=42 * mm)

    # page 2 (printed 42)
    colL = [
        P("4. Ce que disait ARPEA", h2),
        P("Parmi les premiers constats, celui des citoyens frappe par sa constance. En 2008, une très large majorité "
          "de Français jugeait urgent de créer des partenariats entre associations et entreprises. La proportion "
          "atteignait 86 %. Quatre ans plus tard, la même mesure donnait encore 84 %⁵."),
        P("Les associations, elles, avaient déjà franchi le pas pour une bonne part : près de 46 % se disaient "
          "engagées avec au moins une entreprise."),
        P("Le regard des entreprises", h2),
        P("L'enquête ARPEA Entreprises &amp; Territoires est diffusée en janvier 2011. Elle montre un monde économique "
          "partagé en trois blocs inégaux. Un peu plus d'une entreprise sur cinq était passée à l'acte : 21 % "
          "développaient des partenariats. Un tiers, soit 33 %, déclarait le souhaiter ; les autres, 46 %, ne le "
          "souhaitaient pas."),
    ]
    colR = [
        P("5. Le bilan de 2012", h2),
        P("Le rapport quinquennal qui referme ARPEA est rendu public le 11 décembre 2012. Il sert de socle au "
          "programme suivant."),
        P("Le dialogue avec l'État s'intensifie ensuite. Valérie Fourneyron, alors ministre, demande un état des lieux "
          "des partenariats entre associations et entreprises. Celui-ci paraît au début de l'année 2014."),
        P("6. IMPACT, mesurer les effets", h2),
        P("Le troisième plan démarre en novembre 2017. Cinq partenaires le conduisent ensemble, à savoir :"),
        *bullets(["la Caisse des Dépôts ;", "l'Institut CDC pour la Recherche ;", "le Groupe La Poste ;",
                  "la Fondation TOTAL ;", "Le RAMEAU."]),
        P("Ses travaux s'articulent autour de trois axes : l'innovation sociétale et territoriale, la performance "
          "des organisations, et la confiance⁶."),
    ]
    notes = [
        "⁵ Les deux valeurs proviennent des vagues citoyennes d'ARPEA ; le volet ARPEA Citoyens retient 86 %.",
        "⁶ Une présentation du programme parle plutôt de trois indicateurs : innovation, performance, confiance.",
    ]
    page(42, None, colL, colR, notes)

    # page 3 (printed 43)
    colL = [
        P("7. Des territoires pionniers", h2),
        P("La démarche « Agir ensemble en Territoire » démarre en 2010. Elle prolonge l'étude ARPEA-Collectivités "
          "locales, réalisée par Comisis et OpinionWay, qui avait montré l'intérêt des élus pour ces coopérations."),
        P("Trois terrains pilotes l'ont mise à l'épreuve, chacun avec un acteur d'appui différent :"),
        *bullets(["l'Alsace, avec Alsace Active ;", "le Poitou-Charentes, avec le Groupe La Poste ;",
                  "Paris-Est Marne &amp; Bois."]),
        P("Ces trois expériences ont servi de banc d'essai aux outils de co-construction territoriale diffusés par "
          "la suite. Leur intérêt tient moins à leur taille qu'à la diversité des configurations : une région à forte "
          "tradition coopérative, une région rurale, un territoire urbain de l'Est parisien."),
    ]
    colR = [
        P("8. Méthode et limites", h2),
        P("L'Observatoire croise systématiquement plusieurs regards : celui des citoyens, celui des entreprises, celui "
          "des associations et, plus tard, celui des institutions. Chaque public est interrogé avec un questionnaire "
          "qui lui est propre, ce qui limite les comparaisons terme à terme."),
        P("Les pourcentages reproduits dans ce cahier sont ceux des publications de l'Observatoire. Lorsque deux "
          "éditions ne concordent pas, les deux valeurs sont signalées, avec leur date, plutôt que d'en retenir une "
          "seule."),
        P("Une autre limite tient aux intitulés. Les noms de programmes et de volets ont parfois changé d'un support "
          "à l'autre ; le lecteur rencontrera donc des libellés voisins pour désigner la même enquête."),
    ]
    page(43, None, colL, colR, None)

    # page 4 (printed 44)
    colL = [
        P("9. Ce que l'on retient", h2),
        P("Au terme de trois plans, le laboratoire revendique un double capital. D'un côté, 15 ans de recherche sur les "
          "relations partenariales ; de l'autre, 5 ans d'étude d'impact consacrés à la mesure des effets."),
        P("Il se présente désormais comme un « laboratoire d'innovations partenariales », formule qui insiste sur "
          "l'expérimentation plus que sur la seule observation."),
        P("Ce glissement de vocabulaire accompagne un changement de posture : après avoir décrit les alliances, il "
          "s'agit d'aider les acteurs à les conduire."),
    ]
    colR = [
        P("Pour aller plus loin", h2),
        P("Les cahiers précédents de la série traitent de la méthode d'enquête et de la lecture des résultats "
          "régionaux. Les rapports cités sont disponibles sur les sites du RAMEAU et de l'Observatoire.", body_small),
        *bullets(["Rapport quinquennal de l'Observatoire ;", "Étude ARPEA Entreprises &amp; Territoires ;",
                  "Présentation du programme IMPACT ;", "Pages « cheminement » de l'Observatoire."],
                 style=S("b2", parent=bullet, fontSize=8.6, leading=11)),
    ]
    page(44, None, colL, colR, None)
    c.save()


# ---------------------------------------------------------------------------
# 02 — DIAPORAMA, landscape slides, printed "n / 23"
# ---------------------------------------------------------------------------
def doc02():
    fn = "obs-s22-02-diaporama-phare.pdf"
    W, H = 842, 474
    c = new_canvas(fn, (W, H), "PHARE : la parole des citoyens et des maires")
    st_title = S("st", fontName="DV-B", fontSize=22, leading=27, textColor=NAVY, spaceAfter=10)
    st_line = S("sl", fontSize=15, leading=21, spaceAfter=4)
    st_big = S("sb", fontName="DV-B", fontSize=30, leading=36, textColor=TEAL, spaceAfter=2)
    st_note = S("sn", fontName="DV-I", fontSize=10, leading=13, textColor=GREY)
    st_bul = S("sbul", fontSize=15, leading=21, leftIndent=18, bulletIndent=4, spaceAfter=2)

    def slide(n, flows, right=None):
        c.setFillColor(SAND)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(TEAL)
        c.rect(0, H - 8, W, 8, stroke=0, fill=1)
        c.setFillColor(GREY)
        c.setFont("DV", 8)
        c.drawString(30, 16, "Observatoire des partenariats — PHARE, restitution en réunion de réseau")
        c.drawRightString(W - 30, 16, "%d / 23" % n)
        if right is None:
            fill(c, Frame(40, 36, W - 80, H - 70), flows, "02 slide %d" % n)
        else:
            fill(c, Frame(40, 36, (W - 80) * 0.55, H - 70), flows, "02 slide %d L" % n)
            fill(c, Frame(40 + (W - 80) * 0.57, 36, (W - 80) * 0.43, H - 70), right, "02 slide %d R" % n)
        c.showPage()

    slide(8, [
        P("DIAPORAMA", S("lab2", parent=label, fontSize=11)),
        P("PHARE : la parole des citoyens et des maires", st_title),
        P("Support projeté en réunion de réseau, version mise en ligne à l'hiver 2016-2017", st_note),
        Spacer(1, 10),
        P("Six volets publiés en un peu plus d'un an", S("s2", parent=st_line, fontName="DV-B")),
        *bullets(["Citoyens — septembre 2015", "Entreprises — octobre 2015", "Associations — novembre 2015",
                  "13 rapports régionaux — 2016", "Diagnostics sectoriels — juillet 2016",
                  "Institutions — automne 2016"], style=S("sb2", parent=st_bul, fontSize=13, leading=18)),
    ])
    slide(9, [
        P("PHARE-Citoyens", st_title),
        P("Qui a répondu ?", st_line),
        P("Plus de 2 000", st_big),
        P("personnes interrogées", st_line),
    ], right=[
        Spacer(1, 40),
        P("Une idée largement partagée", S("s3", parent=st_line, fontName="DV-B")),
        P("69 %", st_big),
        P("y voient un « devoir d'alliance »", st_line),
        P("Vague publiée en septembre 2015", st_note),
    ])
    slide(10, [
        P("Les attentes, notées sur 10", st_title),
        *bullets(["Emploi : 7,1", "Pouvoir d'achat : 6,6", "Développement économique : 6,5",
                  "Sécurité : 6,6 *", "Environnement : 6,3", "Exclusion : 6,3"], style=st_bul),
        Spacer(1, 8),
        P("* Une autre restitution publiée de la même enquête indique 7/10 pour la sécurité.", st_note),
    ])
    slide(11, [
        P("Où les partenariats pèsent le plus", st_title),
        P("Part des répondants jugeant l'impact « fort »", st_note),
        Spacer(1, 6),
        *bullets(["sur l'emploi : 49 %", "sur le développement économique : 46 %", "sur l'environnement : 42 %",
                  "sur la précarité : 36 %", "sur l'éducation : 36 %"], style=st_bul),
    ])
    slide(12, [
        P("PHARE-Institutions", st_title),
        P("Mise en ligne le 29 novembre 2016", st_line),
        P("Les maires y sont classés en 5 profils", st_line),
        P("87 % d'entre eux voient dans l'alliance un levier", st_line),
    ], right=[
        Spacer(1, 40),
        P("En regard", S("s4", parent=st_line, fontName="DV-B")),
        P("81 % des dirigeants", st_line),
        P("86 % des responsables associatifs", st_line),
        P("partagent ce constat", st_note),
    ])
    c.save()


# ---------------------------------------------------------------------------
# 03 — FICHE REPÈRE, tables with header cells on two lines
# ---------------------------------------------------------------------------
def doc03():
    fn = "obs-s22-03-fiche-partenaires-associations.pdf"
    W, H = A4
    c = new_canvas(fn, A4, "Avec qui les associations font-elles alliance ?")
    left = 20 * mm
    fw = W - 2 * left

    def page(n, flows):
        chrome(c, W, H, "FICHES REPÈRES  —  ASSOCIATIONS", "Collection Repères — fiche « partenaires des associations »",
               "Repères %d/3" % n, color=TEAL)
        fill(c, Frame(left, 16 * mm, fw, H - 32 * mm), flows, "03 p%d" % n)
        c.showPage()

    def table(rows, widths, head_rows=1):
        data = []
        for i, r in enumerate(rows):
            stl = cellh if i < head_rows else cell
            data.append([Paragraph(x, stl) for x in r])
        t = Table(data, colWidths=widths, repeatRows=head_rows)
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, head_rows - 1), TEAL),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9bbcbc")),
            ("ROWBACKGROUNDS", (0, head_rows), (-1, -1), [colors.white, LIGHT]),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        return t

    page(1, [
        P("FICHE REPÈRE", label),
        P("Avec qui les associations font-elles alliance ?", h1),
        P("Édition consolidée, établie à partir de deux enquêtes nationales et d'une note d'étape", edition),
        P("L'essentiel", h2),
        P("Le programme IMPACT s'est intéressé aux associations qui emploient des salariés. On en dénombre environ "
          "148 000 en France. Presque toutes entretiennent au moins une relation partenariale : la proportion "
          "atteint 98 %."),
        P("Ces partenariats ne se limitent pas aux entreprises, loin de là. Les pouvoirs publics locaux arrivent en "
          "tête, suivis par d'autres structures d'intérêt général et par le monde éducatif (voir le tableau page "
          "suivante)."),
        P("Deux sources, deux publics", h2),
        P("La fiche rapproche deux enquêtes qui n'interrogent pas exactement les mêmes personnes :"),
        *bullets([
            "<b>IMPACT – Associations &amp; Territoires</b> porte sur les associations employeuses ;",
            "<b>Associations &amp; Partenariats</b>, publiée en mars 2017 par Recherches &amp; Solidarités avec "
            "Le RAMEAU, repose sur un questionnaire rempli en mai et juin 2016 par plus de 1 380 responsables "
            "associatifs, employeurs ou non.",
        ]),
        P("Dans la seconde, chaque association déclare en moyenne 2,5 partenaires. Les catégories retenues par les "
          "deux questionnaires diffèrent : certaines lignes du tableau ne sont donc renseignées que pour l'une des "
          "sources."),
    ])

    hdr = ["Catégorie de partenaire",
           "Associations employeuses ayant ce partenaire<br/>(IMPACT – Associations &amp; Territoires)",
           "Responsables déclarant ce partenaire<br/>(enquête mai-juin 2016, publiée en mars 2017)"]
    rows = [hdr,
            ["Collectivités territoriales", "89 %", "74 %"],
            ["Structures d'intérêt général", "73 %", "—"],
            ["Établissements scolaires", "70 %", "—"],
            ["Enseignement", "—", "47 %"],
            ["Associations et fondations", "—", "72 %"],
            ["Collectifs d'associations", "56 %", "—"],
            ["Acteurs publics nationaux", "52 %", "—"],
            ["Fédérations professionnelles", "37 %", "—"],
            ["Acteurs académiques", "35 %", "—"],
            ["Recherche", "—", "9 %"],
            ["Entreprises", "—", "28 %"],
            ["Structures d'insertion", "—", "22 %"]]
    page(2, [
        P("Tableau 1 — Qui sont les partenaires ?", h2),
        P("Lecture : 89 % des associations employeuses ont un partenariat avec une collectivité territoriale "
          "(colonne IMPACT). Un tiret signale une catégorie absente du questionnaire concerné.", body_small),
        Spacer(1, 4),
        table(rows, [fw * 0.34, fw * 0.33, fw * 0.33]),
        Spacer(1, 8),
        P("Les deux colonnes ne s'additionnent pas et ne se comparent qu'avec prudence : la première ne couvre que "
          "les associations qui emploient, la seconde mêle petites et grandes structures.", body_small),
    ])

    rows2 = [["Dimension observée", "Modalité", "Part des associations<br/>employeuses concernées"],
             ["Échelle du partenariat", "Locale", "73 %"],
             ["Échelle du partenariat", "Régionale", "47 %"],
             ["Nature de la relation", "Mécénat", "75 %"],
             ["Nature de la relation", "Innovation sociétale", "73 %"],
             ["Nature de la relation", "Pratiques responsables", "70 %"],
             ["Nature de la relation", "Coopération économique", "58 %"]]
    page(3, [
        P("Tableau 2 — Échelles et formes des relations (IMPACT)", h2),
        table(rows2, [fw * 0.34, fw * 0.33, fw * 0.33]),
        Spacer(1, 8),
        P("La taille compte", h2),
        P("L'enquête de 2016 fait apparaître un net effet de taille. Parmi les associations dont le budget dépasse "
          "150 000 €, la moitié — 50 % — travaille avec au moins une entreprise. Chez les plus petites, celles qui "
          "disposent de moins de 10 000 €, elles ne sont que 20 % dans ce cas."),
        P("Un repère plus ancien", h2),
        P("Une note datée du 29 février 2016 donnait déjà un ordre de grandeur. Côté entreprises, 37 % de celles "
          "d'au moins 10 salariés avaient un partenariat associatif. Côté associations, la proportion était de 38 %, "
          "et montait à 53 % parmi les employeuses."),
    ])
    c.save()


# ---------------------------------------------------------------------------
# 04 — BULLETIN DE VEILLE, dated items, printed pages 11-14
# ---------------------------------------------------------------------------
def doc04():
    fn = "obs-s22-04-bulletin-veille.pdf"
    W, H = A4
    c = new_canvas(fn, A4, "Alliances et territoires — bulletin de veille")
    left = 18 * mm
    gut = 7 * mm
    side = 48 * mm
    mainw = W - 2 * left - side - gut
    date_st = S("date", fontName="DV-B", fontSize=9, leading=11, textColor=colors.white, backColor=TEAL,
                borderPadding=(2, 3, 2, 3), spaceBefore=8, spaceAfter=4)
    item_t = S("it", fontName="DV-B", fontSize=10.5, leading=13, textColor=NAVY, spaceAfter=2)
    side_st = S("side", fontSize=8.2, leading=10.5, textColor=GREY, spaceAfter=4)

    def item(date, title, paras):
        return [P(date, date_st), P(title, item_t)] + [P(t) for t in paras]

    def page(printed, main, sidebar):
        chrome(c, W, H, "VEILLE  ·  ALLIANCES & TERRITOIRES", "Bulletin de veille — compilation annuelle",
               "p. %d" % printed, color=TEAL)
        fill(c, Frame(left, 16 * mm, mainw, H - 32 * mm, leftPadding=0), main, "04 main p%d" % printed)
        c.setFillColor(LIGHT)
        c.rect(left + mainw + gut, 16 * mm, side, H - 32 * mm, stroke=0, fill=1)
        fill(c, Frame(left + mainw + gut, 16 * mm, side, H - 32 * mm), sidebar, "04 side p%d" % printed)
        c.showPage()

    page(11, [
        P("BULLETIN DE VEILLE", label),
        P("Alliances et territoires : les brèves à retenir", h1),
        P("Compilation annuelle des brèves, classées par date — les années manquantes n'étaient pas précisées dans "
          "les annonces d'origine", edition),
        *item("15 novembre", "Un dossier dans la presse juridique associative",
              ["La revue JURIS Associations consacre son n° 628 à un dossier sur les alliances entre acteurs de "
               "l'intérêt général."]),
        *item("23 novembre", "Troisième dîner « Élus &amp; Entreprises »",
              ["Les échanges se sont appuyés sur deux chiffres. Le premier porte sur les élus locaux : 64 % "
               "d'entre eux veulent s'appuyer sur le « jouer collectif ».",
               "Le second concerne les maires. Ils sont 92 % à reconnaître l'utilité de la co-construction."]),
        *item("26 novembre", "La Normandie a son rapport",
              ["Onzième de la série, le rapport régional de l'Observatoire consacré à la Normandie est publié ce "
               "jour. Le même après-midi se tient le 5e webinaire « l'ODD 17 en pratique »."]),
    ], [
        P("<b>Dans ce numéro</b>", side_st),
        P("Brèves d'automne — p. 11", side_st),
        P("Outils et financements — p. 12", side_st),
        P("Charte et fondation — p. 13", side_st),
        P("Enquête auprès des maires — p. 14", side_st),
    ])

    page(12, [
        *item("2020", "Un fonds pour expérimenter l'ODD 17",
              ["Le RAMEAU et la Fondation TotalEnergies co-créent le Fonds ODD 17. Sa dotation s'élève à 1,5 M€, "
               "destinés à une expérimentation étalée sur trois ans.",
               "Le dispositif s'appuie sur un réseau de 350 « catalyseurs territoriaux »."]),
        *item("7 mai 2020", "Remise du rapport de mission ministérielle",
              ["La mission avait été lancée lors du FNAF 2019 par Gabriel Attal. Il l'avait confiée à Cathy "
               "Racon-Bouzon et à Charles-Benoît Heidsieck.",
               "Ces derniers remettent leur rapport ce jour. Un point d'étape est prévu : le bilan sera dressé le "
               "17 octobre 2020."]),
        *item("Février", "Le « droit de l'alliance » devant les députés",
              ["Une proposition de loi sur le « droit de l'alliance d'intérêt général » est déposée. Elle est "
               "portée par Cathy Racon-Bouzon, agréée par le Bureau de l'Assemblée nationale et publiée au Journal "
               "officiel.",
               "Elle accompagne une « feuille de route » ministérielle qui compte 21 mesures."]),
    ], [
        P("<b>Repère</b>", side_st),
        P("FNAF : Forum national des associations et fondations.", side_st),
        P("Les montants et effectifs cités sont ceux annoncés lors du lancement des dispositifs.", side_st),
    ])

    page(13, [
        *item("30 novembre 2021", "La Charte du faire alliance dévoilée",
              ["Le texte est le fruit de trois mois de co-construction pilotés par la Fondation des Territoires. "
               "Il est présenté à Saint-Maurice, dans le territoire de Paris-Est Marne &amp; Bois, au cours d'une "
               "soirée VitaWin organisée pour le Giving Tuesday.",
               "Ses auteurs le présentent comme un « contrat de confiance » entre acteurs."]),
        *item("14 juin 2022", "Naissance de la Fondation des Territoires",
              ["La fondation est créée sous l'égide de la Fondation de Lille. Elle réunit 21 co-fondateurs et se "
               "donne trois missions.",
               "Sa préfiguration avait commencé en juillet 2018. Elle s'est déroulée en trois étapes : de juillet "
               "2018 à juillet 2019, d'août 2019 à novembre 2020, puis de décembre 2020 à mai 2022."]),
        *item("23 septembre", "Les fondations et leurs territoires",
              ["L'étude IMPACT Fondations &amp; Territoires est publiée. Elle s'appuie sur les réponses de 42 "
               "fondations."]),
    ], [
        P("<b>À noter</b>", side_st),
        P("Le site associations.gouv.fr situe la présentation de la Charte un « mardi 30 septembre ». Les autres "
          "annonces retiennent le 30 novembre 2021.", side_st),
    ])

    page(14, [
        *item("Novembre 2024", "Élus locaux : IMPACTS &amp; TRAJECTOIRES",
              ["La nouvelle enquête auprès des élus locaux a été menée par téléphone, du 30 septembre au 28 octobre "
               "2024. Au total, 302 maires y ont répondu.",
               "La grande majorité perçoit du mouvement sur son territoire : 91 % au total, dont 35 % qui le jugent "
               "fort et 56 % qui l'estiment ni plus ni moins marqué qu'ailleurs.",
               "L'échantillon reflète la France des petites communes. En effet, 84 % des répondants sont élus dans "
               "une commune de moins de 2 000 habitants."]),
        P("À suivre", h2),
        P("Les prochains numéros reviendront sur les rapports régionaux à venir et sur les premiers résultats "
          "des expérimentations territoriales."),
    ], [
        P("<b>Méthode</b>", side_st),
        P("Les brèves reprennent des annonces publiques. Les dates sont celles des annonces ; quand deux sources "
          "divergent, l'écart est signalé dans cette colonne.", side_st),
    ])
    c.save()


# ---------------------------------------------------------------------------
# 05 — NOTE with key-figure box
# ---------------------------------------------------------------------------
def doc05():
    fn = "obs-s22-05-note-odd17-methode.pdf"
    W, H = A4
    c = new_canvas(fn, A4, "ODD 17 : de l'envie d'alliance à la méthode")
    left = 22 * mm
    fw = W - 2 * left
    box_big = S("bb", fontName="DV-B", fontSize=18, leading=21, textColor=NAVY, alignment=TA_CENTER)
    box_txt = S("bt", fontSize=8.3, leading=10.2, alignment=TA_CENTER)

    def page(n, flows):
        chrome(c, W, H, "NOTE D'ANALYSE", "Le RAMEAU — note sur l'ODD 17", "feuillet %d" % (n + 1), color=NAVY)
        fill(c, Frame(left, 16 * mm, fw, H - 32 * mm), flows, "05 p%d" % n)
        c.showPage()

    def keybox():
        cells = [
            [P("81 %", box_big), P("92 %", box_big), P("84 %", box_big), P("plus de 250", box_big)],
            [P("des Français parlent d'un « devoir d'alliance »", box_txt),
             P("des maires disent avoir « besoin d'alliance »", box_txt),
             P("des dirigeants d'entreprise expriment une « envie d'alliance »", box_txt),
             P("données inventoriées pour agir en sortie de crise", box_txt)],
        ]
        t = Table(cells, colWidths=[fw / 4.0 - 2] * 4)
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
            ("BOX", (0, 0), (-1, -1), 1, NAVY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        return [P("CHIFFRES CLÉS", S("kc", fontName="DV-B", fontSize=8.5, textColor=TEAL)), t]

    page(1, [
        P("NOTE", label),
        P("ODD 17 : de l'envie d'alliance à la méthode", h1),
        P("Note d'analyse rédigée pour les partenaires du programme — version diffusée en ligne", edition),
        *keybox(),
        Spacer(1, 8),
        P("Une conviction installée", h2),
        P("Les enquêtes de l'Observatoire mesurent depuis plusieurs années la perception des partenariats. Tous les "
          "publics y voient une source d'innovation, à des degrés divers : 74 % des Français, 81 % des dirigeants "
          "d'entreprise, 86 % des responsables associatifs et 87 % des maires. Une autre restitution de la même série "
          "retient 69 % pour les citoyens."),
        P("Des maires engagés, mais démunis", h2),
        P("Du côté des communes, l'engagement est réel. Trois maires sur quatre — 76 % — considèrent que leur "
          "territoire est engagé dans cette voie."),
        P("Pourtant, près de la moitié bute sur la mise en œuvre. Ils sont 46 % à déclarer ne pas savoir comment "
          "piloter ces démarches."),
    ])
    page(2, [
        P("Un objectif, des cibles", h2),
        P("Le 5 juillet, le Comité 21 a publié une note intitulée « ODD 17 : Sens, décryptages, déclinaisons ». "
          "Elle rappelle que l'objectif consacré aux partenariats se décompose en 19 cibles."),
        P("Une boîte à outils en cinq lettres", h2),
        P("Les ressources rassemblées sur la plateforme www.odd17.org sont classées sous un acronyme, M.E.D.O.C. "
          "Chaque lettre correspond à une famille de ressources :"),
        *bullets(["Méthodes,", "Exemples,", "Données,", "Outils,", "Compétences."]),
        P("Un parcours pour les territoires", h2),
        P("Avec le CGET, Le RAMEAU a ouvert un parcours d'expérience réservé à 11 territoires pionniers. Le parcours "
          "s'étale sur 18 mois, et sa première session s'est tenue le 3 mai."),
        P("Le décompte n'est pas identique partout : une autre présentation évoque le CGET et 10 territoires pilotes.",
          body_small),
    ])
    page(3, [
        P("Après la crise sanitaire", h2),
        P("La sortie de la crise liée au Covid a servi de test. Interrogés sur l'utilité de la co-construction pour "
          "rendre les territoires plus résilients, 81 % des Français et 84 % des dirigeants de TPE et de PME l'ont "
          "jugée utile. L'expression retenue pour résumer cet état d'esprit : « jouer collectif en sortie de crise »."),
        P("Des outils pour chaque acteur", h2),
        P("Deux supports prolongent cette note. Le premier est une fiche-repère, « Les dynamiques d'engagement des "
          "Collectivités territoriales ». Elle s'appuie sur l'étude IMPACT-Elus locaux, conduite en novembre 2020 "
          "par Comisis et OpinionWay."),
        P("Le second est une fiche acteur, intitulée « Dynamique d'engagement des Fondations »."),
        P("En conclusion", h2),
        P("L'envie d'alliance ne fait plus débat ; c'est la capacité à l'organiser qui distingue désormais les "
          "territoires. Les outils présentés ici visent à réduire cet écart entre intention et pratique."),
    ])
    c.save()


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    print("ok")
