# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 s23 evaluation PDFs (reportlab, DejaVu Sans).

Run:  /work/main/.venv/bin/python make_docs.py
Writes obs-s23-NN-<slug>.pdf next to this script. Facts come from /work/shared/facts.md;
every sentence is written for this set.
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily

registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")

INK = colors.HexColor("#1d2b3a")
ACCENT = colors.HexColor("#2f6b4f")
PALE = colors.HexColor("#e8f1ec")
GREY = colors.HexColor("#6b6b6b")


def st(name, size=9.5, lead=None, font="DV", color=INK, align=TA_LEFT, before=0, after=4, left=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.35,
                          textColor=color, alignment=align, spaceBefore=before, spaceAfter=after,
                          leftIndent=left)


S = {
    "label": st("label", 8.5, font="DV-B", color=ACCENT, after=2),
    "title": st("title", 19, 23, font="DV-B", after=6),
    "title_c": st("title_c", 24, 29, font="DV-B", align=TA_CENTER, after=8),
    "edition": st("edition", 9, font="DV-I", color=GREY, after=10),
    "edition_c": st("edition_c", 11, font="DV-I", color=GREY, align=TA_CENTER, after=10),
    "h2": st("h2", 12, 15, font="DV-B", color=ACCENT, before=6, after=4),
    "h3": st("h3", 10.5, 13, font="DV-B", before=4, after=3),
    "body": st("body", 9.5, 13.2),
    "small": st("small", 8.5, 11.5),
    "foot": st("foot", 7.5, 9.6, color=GREY, after=2),
    "bullet": st("bullet", 9.5, 13, left=10, after=2),
    "slide_t": st("slide_t", 22, 27, font="DV-B", color=ACCENT, after=14),
    "slide_l": st("slide_l", 17, 24, after=8),
    "slide_big": st("slide_big", 30, 36, font="DV-B", after=4),
    "slide_s": st("slide_s", 11, 14, font="DV-I", color=GREY, after=4),
    "cell": st("cell", 8.8, 11, after=0),
    "cell_b": st("cell_b", 8.8, 11, font="DV-B", after=0),
    "kf_num": st("kf_num", 20, 23, font="DV-B", color=ACCENT, align=TA_CENTER, after=0),
    "kf_txt": st("kf_txt", 8.5, 10.5, align=TA_CENTER, after=0),
}


def P(text, style="body"):
    return Paragraph(text, S[style])


def bullets(items, style="bullet", mark="•"):
    return [Paragraph(f"{mark}&nbsp;&nbsp;{t}", S[style]) for t in items]


def table(rows, widths, header=True, zebra=True):
    data = [[Paragraph(str(c), S["cell_b"] if (header and i == 0) else S["cell"]) for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.4, GREY),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), PALE))
    if zebra:
        for i in range(2, len(rows), 2):
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f6f6f6")))
    t.setStyle(TableStyle(style))
    return t


def keyfigs(pairs, width, ncols=2, title=None):
    """Key-figure box: big number above a short caption, ncols per row."""
    cells = [[Paragraph(n, S["kf_num"]), Paragraph(c, S["kf_txt"])] for n, c in pairs]
    rows = []
    for i in range(0, len(cells), ncols):
        chunk = cells[i:i + ncols]
        while len(chunk) < ncols:
            chunk.append(["", ""])
        rows.append([Table([[c[0]], [c[1]]], colWidths=[width / ncols - 8]) for c in chunk])
    inner = Table(rows, colWidths=[width / ncols] * ncols)
    inner.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    content = [[Paragraph(title, S["h3"])]] if title else []
    content.append([inner])
    box = Table(content, colWidths=[width])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, ACCENT),
                             ("BACKGROUND", (0, 0), (-1, -1), PALE),
                             ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    return box


def make_doc(path, pagesize, banner, footer, printed, templates):
    """templates: list of (id, frames-builder(w,h)) ; printed(pdf_page)->str or None."""
    w, h = pagesize

    def on_page(canv, doc):
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, h - 14 * mm, w, 14 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DV-B", 8.5)
        canv.drawString(15 * mm, h - 9 * mm, banner)
        canv.setFillColor(GREY)
        canv.setFont("DV", 7.5)
        canv.drawString(15 * mm, 9 * mm, footer)
        num = printed(doc.page)
        if num:
            canv.setFont("DV-B", 8.5)
            canv.drawRightString(w - 15 * mm, 9 * mm, num)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=15 * mm, rightMargin=15 * mm,
                          topMargin=20 * mm, bottomMargin=18 * mm, title=os.path.basename(path),
                          author="Observatoire des partenariats (jeu d'évaluation s23)",
                          subject="", creator="make_docs.py", producer="reportlab")
    pts = []
    for tid, builder in templates:
        pts.append(PageTemplate(id=tid, frames=builder(doc), onPage=on_page))
    doc.addPageTemplates(pts)
    return doc


def one_col(doc):
    return [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f1",
                  leftPadding=0, rightPadding=0)]


def two_col(doc):
    gap = 8 * mm
    cw = (doc.width - gap) / 2
    return [Frame(doc.leftMargin, doc.bottomMargin, cw, doc.height, id="c1",
                  leftPadding=0, rightPadding=0),
            Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, doc.height, id="c2",
                  leftPadding=0, rightPadding=0)]


# ---------------------------------------------------------------------------------------------
# 01 — ÉTUDE : PHARE-Citoyens (table read row x column, footnote with a conflicting figure)
# ---------------------------------------------------------------------------------------------
def doc01():
    path = os.path.join(HERE, "obs-s23-01-phare-citoyens-attentes.pdf")
    doc = make_doc(path, A4, "OBSERVATOIRE DES PARTENARIATS  ·  PROGRAMME PHARE  ·  VOLET CITOYENS",
                   "Le RAMEAU — Observatoire des partenariats · Relecture d'une étude d'opinion",
                   lambda p: f"p. {20 + p}", [("one", one_col)])
    W = doc.width
    f = []
    f.append(P("ÉTUDE", "label"))
    f.append(P("Ce que les Français attendent des alliances entre acteurs", "title"))
    f.append(P("Relecture parue après la diffusion des résultats de septembre 2015", "edition"))
    f.append(P("Pourquoi cette enquête", "h2"))
    f.append(P("Le programme PHARE a consacré son premier volet aux citoyens. L'idée était simple : "
               "avant de mesurer ce que font les entreprises, les associations ou les élus, il fallait "
               "savoir ce que la population attend d'eux, et si elle voit d'un bon œil qu'ils "
               "travaillent ensemble."))
    f.append(P("Le questionnaire a été administré à un échantillon national. Plus de 2 000 personnes "
               "y ont répondu, ce qui autorise une lecture par grands enjeux mais pas une lecture "
               "fine par département."))
    f.append(P("Un sentiment d'obligation", "h2"))
    f.append(P("La question centrale portait sur l'idée que les organisations auraient désormais un "
               "« devoir d'alliance » face aux fragilités du pays. La réponse est nette. Plus de deux "
               "personnes sur trois partagent ce point de vue : 69 % des Français l'expriment dans "
               "l'édition publiée en septembre 2015."))
    f.append(P("Ce résultat n'est pas isolé. Il rejoint ce que disent les autres publics interrogés "
               "dans le même programme, même si, chez ces derniers, l'adhésion est encore plus forte. "
               "On y reviendra en fin de document."))
    f.append(P("Méthode de lecture", "h2"))
    f.append(P("Deux indicateurs ont été demandés pour chaque grand enjeu de société. Le premier est "
               "une note d'attente, sur une échelle de 0 à 10 : plus elle est élevée, plus les "
               "personnes jugent l'enjeu prioritaire pour leur territoire. Le second est la part des "
               "répondants qui pensent que les partenariats entre structures ont un impact fort sur "
               "cet enjeu. Les deux mesures ne couvrent pas exactement la même liste d'enjeux ; le "
               "tableau de la page suivante laisse donc des cases vides."))
    f.append(PageBreak())
    f.append(P("Enjeux : attentes et impact perçu des partenariats", "h2"))
    f.append(P("Le tableau croise, pour chaque enjeu (en ligne), la note d'attente et la part "
               "d'impact fort (en colonnes). « n.d. » signale une mesure non disponible pour cet "
               "enjeu."))
    rows = [["Enjeu", "Note d'attente (sur 10)", "Impact fort des partenariats (% des répondants)"],
            ["Emploi", "7,1", "49 %"],
            ["Pouvoir d'achat", "6,6", "n.d."],
            ["Sécurité", "6,6 ¹", "n.d."],
            ["Développement économique", "6,5", "46 %"],
            ["Environnement", "6,3", "42 %"],
            ["Exclusion", "6,3", "n.d."],
            ["Précarité", "n.d.", "36 %"],
            ["Éducation", "n.d.", "36 %"]]
    f.append(table(rows, [W * 0.36, W * 0.26, W * 0.38]))
    f.append(Spacer(1, 8))
    f.append(P("Ce qu'il faut retenir", "h3"))
    f.append(P("L'emploi arrive en tête sur les deux mesures à la fois. C'est aussi là que l'effet des "
               "coopérations paraît le plus tangible aux yeux des répondants. À l'inverse, "
               "l'environnement reçoit une note d'attente plus basse que les autres enjeux, alors "
               "même que plus de quatre personnes sur dix lui associent un impact fort."))
    f.append(Spacer(1, 40))
    f.append(P("¹ Une autre restitution des mêmes résultats, reprise par la presse spécialisée, "
               "attribue à la sécurité une note de 7/10 et non de 6,6. Nous n'avons pas pu établir "
               "laquelle des deux valeurs est la bonne ; les deux sont donc mentionnées.", "foot"))
    f.append(PageBreak())
    f.append(P("Et les autres publics ?", "h2"))
    f.append(P("Le même programme a interrogé d'autres catégories d'acteurs avec une question "
               "proche. Chez les dirigeants d'entreprise, l'adhésion à l'idée d'alliance atteint "
               "81 %. Elle monte à 86 % chez les responsables associatifs."))
    f.append(P("Restaient les élus. Leur volet, publié plus tard, a donné le chiffre le plus élevé : "
               "87 % des maires s'y retrouvent."))
    f.append(P("Limites", "h2"))
    f.append(P("Les enquêtes d'opinion ne disent rien, à elles seules, de ce qui se passe réellement "
               "sur le terrain. Elles mesurent une perception. C'est pourquoi le programme a complété "
               "ce volet par des études auprès des organisations elles-mêmes, puis par des rapports "
               "régionaux."))
    f.append(P("Autre limite : les enjeux ne sont pas tous formulés de la même façon d'une vague à "
               "l'autre. Les comparaisons dans le temps restent donc fragiles."))
    doc.build(f)
    return path


# ---------------------------------------------------------------------------------------------
# 02 — DIAPORAMA : élus locaux 2024 (slides of short lines, landscape, slide numbers != pages)
# ---------------------------------------------------------------------------------------------
def doc02():
    path = os.path.join(HERE, "obs-s23-02-diaporama-maires-2024.pdf")
    pg = landscape(A4)
    doc = make_doc(path, pg, "IMPACTS & TRAJECTOIRES  —  ÉLUS LOCAUX",
                   "Observatoire des partenariats · support de la présentation orale",
                   lambda p: None if p == 1 else f"Diapositive {p - 1} / 4", [("one", one_col)])
    f = []
    f.append(Spacer(1, 40))
    f.append(P("DIAPORAMA", "label"))
    f.append(P("Les maires et la dynamique de leur territoire", "title_c"))
    f.append(P("Présentation des résultats — vague de l'automne, diffusée en novembre 2024",
               "edition_c"))
    f.append(Spacer(1, 30))
    f.append(P("Enquête Impacts &amp; Trajectoires, volet élus locaux", "slide_s"))
    f.append(P("Observatoire des partenariats — Le RAMEAU", "slide_s"))
    f.append(PageBreak())
    # slide 1
    f.append(P("Comment l'enquête a été faite", "slide_t"))
    f += bullets(["302 maires interrogés",
                  "Entretiens par téléphone",
                  "Terrain : du 30 septembre au 28 octobre 2024",
                  "Surtout des petites communes :",
                  "84 % des répondants vivent dans une commune de moins de 2 000 habitants"],
                 "slide_l", "▸")
    f.append(PageBreak())
    # slide 2
    f.append(P("Un territoire qui bouge", "slide_t"))
    f.append(P("« Mon territoire est en mouvement »", "slide_l"))
    f.append(P("91 %", "slide_big"))
    f.append(P("des maires le disent", "slide_s"))
    f += bullets(["Fortement : 35 %",
                  "Ni plus ni moins qu'avant : 56 %"], "slide_l", "▸")
    f.append(PageBreak())
    # slide 3
    f.append(P("Rappel : ce que disaient les vagues précédentes", "slide_t"))
    f += bullets(["87 % des maires : les partenariats sont source d'innovation",
                  "76 % jugent leur territoire engagé…",
                  "… mais 46 % ne savent pas comment piloter cette dynamique",
                  "92 % reconnaissent l'utilité de la co-construction",
                  "64 % des élus locaux veulent miser sur le « jouer collectif »"], "slide_l", "▸")
    f.append(Spacer(1, 10))
    f.append(P("Pour aller plus loin : la fiche-repère « Les dynamiques d'engagement des "
               "Collectivités territoriales », tirée de l'étude IMPACT-Élus locaux de novembre 2020 "
               "(Comisis-OpinionWay).", "slide_s"))
    f.append(PageBreak())
    # slide 4
    f.append(P("Et avant IMPACT : PHARE-Institutions", "slide_t"))
    f += bullets(["Publié le 29 novembre 2016",
                  "Dernier volet du programme PHARE",
                  "Il classait les maires en 5 profils",
                  "Base du référentiel de co-construction territoriale"], "slide_l", "▸")
    f.append(Spacer(1, 16))
    f.append(P("Questions / échanges", "slide_s"))
    doc.build(f)
    return path


# ---------------------------------------------------------------------------------------------
# 03 — FICHE REPÈRE : associations et partenaires (key-figure box, offset page numbers)
# ---------------------------------------------------------------------------------------------
def doc03():
    path = os.path.join(HERE, "obs-s23-03-fiche-repere-associations.pdf")
    doc = make_doc(path, A4, "FICHES REPÈRES DE L'OBSERVATOIRE  ·  LES ASSOCIATIONS",
                   "Observatoire des partenariats — fiche n° 3 de la série « acteurs »",
                   lambda p: f"— {13 + p} —", [("one", one_col)])
    W = doc.width
    f = []
    f.append(P("FICHE REPÈRE", "label"))
    f.append(P("Avec qui les associations font-elles alliance ?", "title"))
    f.append(P("Version consolidée réunissant deux sources : l'étude IMPACT – Associations &amp; "
               "Territoires et l'enquête menée avec Recherches &amp; Solidarités", "edition"))
    f.append(keyfigs([("148 000", "associations employeuses dans le champ de l'étude"),
                      ("98 %", "d'entre elles ont au moins un partenariat"),
                      ("73 %", "nouent des partenariats à l'échelle locale"),
                      ("47 %", "à l'échelle régionale")], W, 4,
                     "Chiffres clés — IMPACT – Associations &amp; Territoires"))
    f.append(Spacer(1, 8))
    f.append(P("Des partenaires très variés", "h2"))
    f.append(P("Le partenariat n'est pas l'exception dans le monde associatif : il est devenu la "
               "règle. Encore faut-il savoir avec qui. Les collectivités territoriales arrivent "
               "largement en tête. Elles sont citées par 89 % des associations employeuses."))
    f.append(P("Viennent ensuite d'autres structures d'intérêt général, mentionnées par 73 % "
               "d'entre elles, puis les établissements scolaires (70 %). Les collectifs "
               "d'associations sont cités par 56 % des répondantes, les acteurs publics nationaux "
               "par 52 %."))
    f.append(P("Deux catégories ferment la marche. Les fédérations professionnelles recueillent "
               "37 %. Quant au monde académique — universités, laboratoires —, il n'est partenaire "
               "que d'un peu plus d'une association sur trois : 35 %."))
    f.append(P("Une affaire de proximité", "h2"))
    f.append(P("La géographie des partenariats reste d'abord locale, comme le montre l'encadré "
               "ci-dessus. Le niveau régional concerne moins d'une association sur deux."))
    f.append(PageBreak())
    f.append(P("Quelles formes prennent ces partenariats ?", "h2"))
    f.append(P("L'étude distingue quatre façons de travailler ensemble. Elles ne s'excluent pas : une "
               "même association peut combiner plusieurs d'entre elles avec des partenaires "
               "différents."))
    f.append(P("La forme la plus répandue reste le soutien financier ou en nature. Le mécénat est "
               "ainsi pratiqué par les trois quarts des associations employeuses. Plus précisément, "
               "75 % d'entre elles y ont recours."))
    f.append(P("Juste derrière, on trouve l'innovation sociétale, c'est-à-dire la conception "
               "commune de réponses nouvelles à un besoin du territoire. Elle concerne 73 % des "
               "associations."))
    f.append(P("Les pratiques responsables — par exemple l'accompagnement d'une entreprise dans sa "
               "politique sociale ou environnementale — en concernent 70 %. La coopération "
               "économique, enfin, est citée par 58 % d'entre elles ; ce dernier chiffre est le "
               "plus bas des quatre, mais il reste majoritaire."))
    f.append(P("Ce qu'en retient l'Observatoire", "h3"))
    f.append(P("Les associations ne se contentent plus de recevoir : elles co-construisent. Les "
               "formes « hybrides » progressent, ce qui oblige les deux parties à se doter d'outils "
               "de suivi communs."))
    f.append(PageBreak())
    f.append(P("Un regard antérieur : l'enquête Associations &amp; Partenariats", "h2"))
    f.append(P("Avant l'étude IMPACT, Le RAMEAU avait publié avec Recherches &amp; Solidarités, en "
               "mars 2017, une enquête sur le même sujet. Son terrain s'était déroulé en mai-juin "
               "2016. Plus de 1 380 responsables associatifs y avaient répondu."))
    f.append(P("Le chiffre le plus cité de cette enquête concerne le nombre de partenaires. Une "
               "association en compte, en moyenne, 2,5."))
    f.append(P("La liste des partenaires était présentée ainsi :"))
    f += bullets(["les collectivités territoriales : 74 % ;",
                  "les autres associations ou fondations : 72 % ;",
                  "les établissements d'enseignement : 47 % ;",
                  "les entreprises : 28 % ;",
                  "les structures d'insertion : 22 % ;",
                  "les organismes de recherche : 9 %."])
    f.append(P("La taille compte beaucoup. Parmi les associations dont le budget dépasse 150 000 €, "
               "la moitié (50 %) travaillent avec une entreprise. La proportion tombe à 20 % chez "
               "celles qui disposent de moins de 10 000 €."))
    f.append(Spacer(1, 6))
    f.append(P("Des comparaisons délicates", "h3"))
    f.append(P("Les deux sources ne portent ni sur le même champ (toutes les associations d'un côté, "
               "les seules employeuses de l'autre) ni sur la même date. L'écart entre 74 % et 89 % "
               "pour les collectivités ne traduit donc pas une évolution."))
    f.append(Spacer(1, 14))
    f.append(P("Note de contexte — Une note de l'Observatoire datée du 29 février 2016 estimait que "
               "38 % des associations avaient un partenariat avec une entreprise ; chez les "
               "associations employeuses, la proportion atteignait 53 %. Côté entreprises, 37 % de "
               "celles d'au moins 10 salariés étaient concernées, et 65 % des entreprises dites "
               "« pionnières ».", "foot"))
    doc.build(f)
    return path


# ---------------------------------------------------------------------------------------------
# 04 — BULLETIN DE VEILLE : two-column pages, bullet lists announced by a sentence, footnotes
# ---------------------------------------------------------------------------------------------
def doc04():
    path = os.path.join(HERE, "obs-s23-04-bulletin-veille-alliances.pdf")
    doc = make_doc(path, A4, "BULLETIN DE VEILLE  ·  ALLIANCES & TERRITOIRES",
                   "Veille réalisée à partir des sites et communiqués publics · Le RAMEAU",
                   lambda p: f"Veille · {p}/3", [("two", two_col)])
    f = []
    f.append(P("BULLETIN DE VEILLE", "label"))
    f.append(P("Agenda d'automne, ODD 17 et nouveaux outils", "title"))
    f.append(P("Numéro de fin novembre — les rendez-vous sont repris tels qu'ils avaient été "
               "annoncés", "edition"))
    f.append(P("Un mois de novembre chargé", "h2"))
    f.append(P("La seconde quinzaine de novembre a concentré quatre rendez-vous, que nous "
               "rappelons dans l'ordre où ils ont eu lieu :"))
    f += bullets(["le 15 novembre, la revue JURIS Associations a publié un dossier consacré aux "
                  "alliances, dans son n° 628 ;",
                  "le 23 novembre s'est tenu le 3e dîner « Élus &amp; Entreprises » ;",
                  "le 26 novembre, le 5e webinaire de la série « l'ODD 17 en pratique » a réuni "
                  "les praticiens ;",
                  "le même jour est paru le 11e rapport régional de l'Observatoire."])
    f.append(P("Ce dernier porte sur la Normandie. Il prolonge la série de rapports régionaux "
               "engagée sous PHARE, avec une grille de lecture désormais centrée sur les effets des "
               "alliances."))
    f.append(P("Fondations : une étude attendue", "h2"))
    f.append(P("L'étude IMPACT consacrée aux fondations et à leur ancrage territorial a été rendue "
               "publique le 23 septembre. Elle s'appuie sur un panel restreint. Au total, 42 "
               "fondations ont accepté d'y répondre."))
    f.append(P("L'Observatoire en a tiré une fiche acteur, « Dynamique d'engagement des "
               "Fondations », qui sert désormais de support aux échanges avec les réseaux de "
               "mécènes."))
    f.append(P("Trois chiffres pour situer le débat", "h2"))
    f.append(P("Les travaux récents convergent vers une même idée : chacun ressent le besoin de "
               "faire alliance, mais pas avec le même vocabulaire. Les trois formulations "
               "retenues par Le RAMEAU sont les suivantes :"))
    f += bullets(["81 % des Français parlent d'un « devoir d'alliance » ;",
                  "92 % des maires expriment un « besoin d'alliance » ;",
                  "84 % des dirigeants d'entreprise disent avoir « envie d'alliance »."])
    f.append(P("Ces chiffres ont été mis en avant lors du dépôt de la proposition de loi sur le droit "
               "de l'alliance d'intérêt général, présentée en page 3."))
    f.append(PageBreak())
    f.append(P("Le Fonds ODD 17", "h2"))
    f.append(P("Parmi les outils apparus ces dernières années, le Fonds ODD 17 occupe une place à "
               "part. Il a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies."))
    f.append(P("Sa dotation s'élève à 1,5 M€. Elle finance une expérimentation prévue sur trois "
               "ans, dont l'objectif est de faire émerger des relais locaux capables d'animer les "
               "coopérations."))
    f.append(P("Ces relais ont un nom : les « catalyseurs territoriaux ». Le fonds en vise 350."))
    f.append(P("L'ODD 17 en quelques repères", "h2"))
    f.append(P("L'objectif de développement durable n° 17 est celui des partenariats. Il est souvent "
               "cité sans être lu. Le Comité 21 a publié le 5 juillet une note intitulée « ODD 17 : "
               "Sens, décryptages, déclinaisons » qui en détaille le contenu. On y rappelle qu'il "
               "se décline en 19 cibles¹."))
    f.append(P("Une boîte à outils en cinq lettres", "h2"))
    f.append(P("La plateforme www.odd17.org regroupe les ressources disponibles sous un acronyme, "
               "M.E.D.O.C. Chaque lettre désigne une famille de ressources :"))
    f += bullets(["M pour Méthodes ;",
                  "E pour Exemples ;",
                  "D pour Données ;",
                  "O pour Outils ;",
                  "C pour Compétences."])
    f.append(P("L'ensemble est pensé pour être utilisé sans accompagnement, mais des sessions de "
               "prise en main sont proposées aux territoires qui le souhaitent."))
    f.append(Spacer(1, 20))
    f.append(P("¹ Les cibles de l'ODD 17 couvrent aussi bien la finance, la technologie et le "
               "commerce que les partenariats multi-acteurs proprement dits.", "foot"))
    f.append(PageBreak())
    f.append(P("La Charte du faire alliance", "h2"))
    f.append(P("La charte est le fruit de trois mois de co-construction. Ce travail a été piloté par "
               "la Fondation des Territoires."))
    f.append(P("Elle a été dévoilée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice, sur "
               "le territoire de Paris-Est Marne &amp; Bois, lors de la soirée VitaWin². Ses "
               "promoteurs la présentent comme un « contrat de confiance » entre acteurs d'un même "
               "territoire."))
    f.append(P("Une proposition de loi", "h2"))
    f.append(P("Portée par la députée Cathy Racon-Bouzon, la proposition de loi sur le « droit de "
               "l'alliance d'intérêt général » a été déposée en février. Elle a ensuite été agréée "
               "par le Bureau de l'Assemblée nationale et publiée au Journal officiel."))
    f.append(P("Elle s'inscrit dans une « feuille de route » ministérielle qui compte 21 mesures."))
    f.append(P("À suivre", "h2"))
    f.append(P("Nous reviendrons dans le prochain numéro sur la mise en œuvre de ces mesures et sur "
               "les premiers retours des catalyseurs territoriaux."))
    f.append(Spacer(1, 30))
    f.append(P("² Le site associations.gouv.fr a annoncé l'événement pour le « mardi 30 septembre » ; "
               "les autres sources consultées, dont celles du RAMEAU, retiennent le 30 novembre "
               "2021.", "foot"))
    doc.build(f)
    return path


# ---------------------------------------------------------------------------------------------
# 05 — NOTE : histoire des programmes (timeline table, pronouns, footnotes, conflicts)
# ---------------------------------------------------------------------------------------------
def doc05():
    path = os.path.join(HERE, "obs-s23-05-note-histoire-programmes.pdf")
    doc = make_doc(path, A4, "NOTE DE SYNTHÈSE  ·  QUINZE ANS D'OBSERVATION DES PARTENARIATS",
                   "Document de travail — Le RAMEAU / Observatoire des partenariats",
                   lambda p: None if p == 1 else f"Note — feuillet {p} sur 4", [("one", one_col)])
    W = doc.width
    f = []
    f.append(P("NOTE", "label"))
    f.append(P("De l'ARPEA à IMPACT : comment l'Observatoire s'est construit", "title"))
    f.append(P("Texte établi à partir des publications de 2011 à 2022 ; pas de date d'édition unique",
               "edition"))
    f.append(P("Les origines", "h2"))
    f.append(P("Tout part d'une association. Le RAMEAU voit le jour en 2006 avec un statut "
               "associatif d'intérêt général. Elle se décrit volontiers comme un « laboratoire de "
               "recherche empirique » et revendique plus de 1 000 exemples inspirants recensés."))
    f.append(P("Son président-fondateur est Charles-Benoît Heidsieck. La direction générale est "
               "assurée par Laurence Weber."))
    f.append(P("L'Observatoire des partenariats naît deux ans plus tard, en 2008¹. Il est fondé par "
               "la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement "
               "associatif."))
    f.append(P("Une direction scientifique bénévole", "h2"))
    f.append(P("Dès le départ, la rigueur des études a été confiée à une personnalité extérieure. "
               "Anne Robin en assure la direction scientifique. Elle a fondé le cabinet COMISIS et "
               "exerce cette mission à titre bénévole."))
    f.append(P("Ce choix explique que plusieurs études de l'Observatoire aient été réalisées avec "
               "Comisis, souvent en association avec l'institut OpinionWay."))
    f.append(Spacer(1, 120))
    f.append(P("¹ Des documents plus anciens, comme l'étude ARPEA Entreprises &amp; Territoires de "
               "janvier 2011 ou le rapport quinquennal de décembre 2012, présentent « l'Observatoire "
               "national des partenariats associations / entreprises » comme « créé en 2007 ».",
               "foot"))
    f.append(PageBreak())
    f.append(P("Trois programmes de cinq ans", "h2"))
    f.append(P("Le tableau résume la succession des plans quinquennaux (une ligne par programme)."))
    rows = [["Programme", "Période", "Repère principal"],
            ["ARPEA", "2008-2012", "Rapport quinquennal du 11 décembre 2012 ; 10 volets"],
            ["PHARE", "2013-2018 ²", "Six volets publiés entre septembre 2015 et l'automne 2016"],
            ["IMPACT", "2018-2022", "Lancé en novembre 2017 ; trois axes d'évaluation"]]
    f.append(table(rows, [W * 0.18, W * 0.2, W * 0.62]))
    f.append(Spacer(1, 8))
    f.append(P("Un sigle, trois définitions", "h3"))
    f.append(P("Le premier programme n'a jamais eu de développement tout à fait stable. Selon les "
               "documents, ARPEA signifie « Analyse des Relations et des Partenariats entre "
               "Entreprises et Associations », « Analyser les Relations Partenariales entre "
               "Entreprises et Associations » ou encore « Analyse des Relations "
               "Associations-Entreprises »."))
    f.append(P("Les six volets de PHARE", "h3"))
    f.append(P("PHARE a été publié en plusieurs temps. Les volets se sont succédé comme suit :"))
    f += bullets(["Citoyens, en septembre 2015 ;",
                  "Entreprises, en octobre 2015 ;",
                  "Associations, en novembre 2015 ;",
                  "13 rapports régionaux, en 2016 ;",
                  "des diagnostics sectoriels, en juillet 2016 ;",
                  "Institutions, à l'automne 2016."])
    f.append(Spacer(1, 60))
    f.append(P("² Certaines présentations, dont le site de l'Observatoire, indiquent 2013-2017.",
               "foot"))
    f.append(PageBreak())
    f.append(P("Ce que l'ARPEA avait montré", "h2"))
    f.append(P("En janvier 2011, le volet Entreprises &amp; Territoires dressait un état des lieux "
               "assez contrasté. Une minorité d'entreprises, 21 %, développaient déjà des "
               "partenariats avec des associations."))
    f.append(P("Un tiers (33 %) disaient le souhaiter. Les autres, soit 46 %, ne le souhaitaient "
               "pas."))
    f.append(P("L'opinion publique, elle, était déjà acquise. Interrogés en 2008, 86 % des Français "
               "jugeaient urgent de créer des partenariats ; la proportion était de 84 % en 2012."))
    f.append(P("Un rapport pour le ministère", "h2"))
    f.append(P("À la suite de ces travaux, la ministre Valérie Fourneyron a demandé un état des lieux "
               "des partenariats entre associations et entreprises. Le rapport a été publié au "
               "début de 2014."))
    f.append(P("IMPACT : qui, et pour mesurer quoi ?", "h2"))
    f.append(P("Le troisième programme est conduit par un tour de table plus large que les "
               "précédents. Il réunit :"))
    f += bullets(["la Caisse des Dépôts ;",
                  "l'Institut CDC pour la Recherche ;",
                  "le Groupe La Poste ;",
                  "la Fondation TOTAL ;",
                  "Le RAMEAU."])
    f.append(P("Ses travaux s'organisent autour de trois axes : l'innovation sociétale et "
               "territoriale, la performance des organisations et la confiance."))
    f.append(PageBreak())
    f.append(P("Le passage aux territoires", "h2"))
    f.append(P("La démarche « Agir ensemble en Territoire » a été lancée en 2010. Elle faisait suite "
               "à l'étude ARPEA-Collectivités locales, réalisée par Comisis-OpinionWay. Trois "
               "territoires ont servi de pilotes : l'Alsace, avec Alsace Active ; le "
               "Poitou-Charentes, avec le Groupe La Poste ; et Paris-Est Marne &amp; Bois."))
    f.append(P("Plus tard, le CGET et Le RAMEAU ont ouvert un parcours d'expérience consacré à la "
               "co-construction territoriale. Il a rassemblé 11 territoires pionniers pendant 18 "
               "mois³. La première session a eu lieu le 3 mai."))
    f.append(P("Une mission ministérielle", "h2"))
    f.append(P("En 2019, lors du FNAF, Gabriel Attal a confié une mission à Cathy Racon-Bouzon et à "
               "Charles-Benoît Heidsieck. Ce dernier y a apporté l'expérience accumulée par "
               "l'Observatoire. Le rapport a été remis le 7 mai 2020, et un bilan a été présenté le "
               "17 octobre 2020."))
    f.append(P("La Fondation des Territoires", "h2"))
    f.append(P("Sa préfiguration a commencé en juillet 2018, en trois étapes successives. Elle a été "
               "officiellement créée le 14 juin 2022, sous l'égide de la Fondation de Lille. Elle "
               "compte 21 co-fondateurs et s'est donné trois missions."))
    f.append(Spacer(1, 40))
    f.append(P("³ Une autre présentation du RAMEAU évoque « le CGET et 10 territoires pilotes ».",
               "foot"))
    doc.build(f)
    return path


if __name__ == "__main__":
    for fn in (doc01, doc02, doc03, doc04, doc05):
        print(fn())
