#!/usr/bin/env python3
"""Deterministic generator of the 5 blind-test PDFs of set s50.

Usage: python make_docs.py [output_dir]   (default: the folder of this script)

Each document is a different form of Observatoire publication (chapitre d'étude,
fiche Repère, bulletin de veille en deux colonnes, diaporama 16:9, rapport avec notes
de bas de page). Content is written from /work/shared/facts.md; the conflicts that
facts.md flags are kept (two documents, or a document and its footnote, give two
versions). reportlab invariant mode makes two builds byte-identical.
"""
import os
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
pdfmetrics.registerFont(TTFont("DejaVu", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Oblique", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-BoldOblique", os.path.join(FONT_DIR, "DejaVuSans-BoldOblique.ttf")))
from reportlab.lib.fonts import addMapping

addMapping("DejaVu", 0, 0, "DejaVu")
addMapping("DejaVu", 1, 0, "DejaVu-Bold")
addMapping("DejaVu", 0, 1, "DejaVu-Oblique")
addMapping("DejaVu", 1, 1, "DejaVu-BoldOblique")

TEAL = colors.HexColor("#0B5563")
ORANGE = colors.HexColor("#D9731A")
LIGHT = colors.HexColor("#EEF4F5")
SAND = colors.HexColor("#FBF1E6")
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9AB3B8")

PREFIX = "s50"


def style(name, size=9.5, leading=None, font="DejaVu", color=colors.black, space_after=4,
          space_before=0, left=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.35,
                          textColor=color, alignment=TA_LEFT, spaceAfter=space_after,
                          spaceBefore=space_before, leftIndent=left, hyphenationLang="", bulletFontName="DejaVu",
                          embeddedHyphenation=0, uriWasteReduce=0)


BODY = style("body")
BODY_S = style("body_s", size=8.6)
SMALL = style("small", size=7.4, color=GREY, space_after=2)
H1 = style("h1", size=17, font="DejaVu-Bold", color=TEAL, space_after=8)
H2 = style("h2", size=12, font="DejaVu-Bold", color=TEAL, space_after=5, space_before=6)
H3 = style("h3", size=10, font="DejaVu-Bold", color=ORANGE, space_after=3, space_before=4)
BULLET = style("bullet", left=12)
CELL = style("cell", size=8.4, space_after=0)
CELL_B = style("cell_b", size=8.4, font="DejaVu-Bold", space_after=0)
CELL_W = style("cell_w", size=8.4, font="DejaVu-Bold", color=colors.white, space_after=0)
FIG = style("fig", size=22, font="DejaVu-Bold", color=ORANGE, space_after=0, leading=26)
FIG_TXT = style("fig_txt", size=8.6, space_after=0)
FOOT = style("foot", size=7, leading=8.8, color=GREY, space_after=1)


def P(text, st=BODY):
    return Paragraph(text, st)


def bullets(items, st=BULLET, sym="•"):
    return [Paragraph(it, st, bulletText=sym) for it in items]


def table(rows, widths, header=True, zebra=True, head_bg=TEAL, font_size=None):
    data = []
    for i, row in enumerate(rows):
        cells = []
        for c in row:
            if isinstance(c, str):
                cells.append(Paragraph(c, CELL_W if (header and i == 0) else CELL))
            else:
                cells.append(c)
        data.append(cells)
    t = Table(data, colWidths=widths, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
    if zebra:
        for r in range(1 if header else 0, len(rows)):
            if r % 2 == 0:
                cmds.append(("BACKGROUND", (0, r), (-1, r), LIGHT))
    t.setStyle(TableStyle(cmds))
    return t


def keyfig(number, text, width, bg=SAND, border=ORANGE):
    t = Table([[Paragraph(number, FIG)], [Paragraph(text, FIG_TXT)]], colWidths=[width], hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("LINEBEFORE", (0, 0), (0, -1), 3, border),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return t


def keyrow(figs, total_width, gap=6):
    n = len(figs)
    w = (total_width - gap * (n - 1)) / n
    cells = []
    widths = []
    for i, (num, txt) in enumerate(figs):
        cells.append(keyfig(num, txt, w))
        widths.append(w)
        if i < n - 1:
            cells.append("")
            widths.append(gap)
    t = Table([cells], colWidths=widths, hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def box(flowables, width, bg=LIGHT, border=TEAL):
    t = Table([[f] for f in flowables], colWidths=[width], hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("BOX", (0, 0), (-1, -1), 0.8, border),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


def banner(title, subtitle, width, bg=TEAL):
    t = Table([[Paragraph(subtitle, style("bs", size=9, font="DejaVu-Bold", color=colors.HexColor("#F6C89F"),
                                          space_after=0))],
               [Paragraph(title, style("bt", size=17, font="DejaVu-Bold", color=colors.white, space_after=0,
                                       leading=21))]],
              colWidths=[width], hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("LEFTPADDING", (0, 0), (-1, -1), 12), ("TOPPADDING", (0, 0), (0, 0), 10),
                           ("BOTTOMPADDING", (0, -1), (-1, -1), 12)]))
    return t


def draw_footnotes(canv, notes, x, y_top, width):
    """Draw footnotes under a short rule, starting at y_top and going down."""
    if not notes:
        return
    canv.saveState()
    canv.setStrokeColor(GREY)
    canv.setLineWidth(0.4)
    canv.line(x, y_top, x + 4 * cm, y_top)
    y = y_top - 3
    for n in notes:
        p = Paragraph(n, FOOT)
        w, h = p.wrap(width, 200)
        p.drawOn(canv, x, y - h)
        y -= h + 1.5
    canv.restoreState()


def build(path, pagesize, templates, story, meta_title, meta_subject):
    doc = BaseDocTemplate(path, pagesize=pagesize, pageTemplates=templates, title=meta_title,
                          author="Observatoire des partenariats",
                          subject=meta_subject, creator="Observatoire des partenariats", producer="reportlab",
                          leftMargin=0, rightMargin=0, topMargin=0, bottomMargin=0)
    doc.build(story)


# ---------------------------------------------------------------------------
# 01 — Chapitre d'étude PHARE-Citoyens (A4 portrait, notes de bas de page)
# ---------------------------------------------------------------------------

def doc01(path):
    W, H = A4
    LM, RM = 2.2 * cm, 2.2 * cm
    TW = W - LM - RM
    first_printed = 23
    notes = {
        1: ["1. Le programme PHARE compte six volets : Citoyens (septembre 2015), Entreprises (octobre 2015), "
            "Associations (novembre 2015), 13 rapports régionaux (2016), diagnostics sectoriels (juillet 2016) "
            "et Institutions (automne 2016).",
            "2. Plus de 2 000 personnes ont répondu au questionnaire du volet Citoyens."],
        2: ["3. Lecture : chaque enjeu a reçu une note moyenne sur 10 ; plus la note est élevée, plus l'enjeu "
            "est jugé important pour le territoire du répondant.",
            "4. La sécurité et le pouvoir d'achat obtiennent exactement la même note moyenne dans cette publication."],
        3: ["5. Part des répondants qui attribuent aux partenariats un impact « fort » sur chaque domaine ; "
            "plusieurs domaines pouvaient être cités."],
        4: ["6. Le volet PHARE-Institutions a été publié le 29 novembre 2016.",
            "7. Baromètres ARPEA-Citoyens, premier programme de l'Observatoire (2008-2012)."],
    }

    def on_page(canv, doc):
        n = doc.page
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.rect(0, H - 1.1 * cm, W, 1.1 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DejaVu-Bold", 8)
        canv.drawString(LM, H - 0.7 * cm, "OBSERVATOIRE DES PARTENARIATS — PROGRAMME PHARE")
        canv.setFont("DejaVu", 8)
        canv.drawRightString(W - RM, H - 0.7 * cm, "Étude PHARE-Citoyens · septembre 2015")
        canv.setStrokeColor(RULE)
        canv.line(LM, 1.5 * cm, W - RM, 1.5 * cm)
        canv.setFillColor(GREY)
        canv.setFont("DejaVu", 7.5)
        canv.drawString(LM, 1.0 * cm, "Chapitre 2 · Ce que les Français attendent des alliances")
        canv.setFont("DejaVu-Bold", 9)
        canv.drawRightString(W - RM, 1.0 * cm, str(first_printed + n - 1))
        canv.restoreState()
        draw_footnotes(canv, notes.get(n), LM, 4.3 * cm, TW)

    frame = Frame(LM, 4.6 * cm, TW, H - 1.6 * cm - 4.6 * cm, id="main", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    tpl = PageTemplate(id="p", frames=[frame], onPage=on_page)

    s = []
    # page 1 (imprimée 23)
    s.append(banner("Ce que les Français attendent des alliances entre acteurs", "CHAPITRE 2", TW))
    s.append(Spacer(1, 10))
    s.append(P("Le volet Citoyens ouvre le programme PHARE, deuxième plan quinquennal de l'Observatoire des "
               "partenariats. Publié en septembre 2015, il a été suivi par les volets consacrés aux entreprises, "
               "aux associations, aux régions, aux secteurs puis aux institutions<super>1</super>. Ce chapitre "
               "rassemble ce que les citoyens disent des alliances entre associations, entreprises et "
               "collectivités, et de ce qu'ils en attendent pour leur territoire."))
    s.append(P("L'enquête a été conduite auprès de plus de 2 000 personnes<super>2</super>. Elle ne porte pas "
               "sur la connaissance des dispositifs de mécénat ou de coopération, mais sur une perception : "
               "les organisations doivent-elles s'allier pour répondre aux fragilités locales ?"))
    s.append(Spacer(1, 4))
    s.append(keyrow([("69 %", "des Français considèrent que les organisations ont un « devoir d'alliance » "
                              "face aux enjeux de leur territoire (PHARE-Citoyens, 2015)."),
                     ("2 000", "personnes et plus ont répondu à l'enquête, première brique du programme PHARE.")],
                    TW))
    s.append(Spacer(1, 8))
    s.append(P("2.1 Une conviction majoritaire", H2))
    s.append(P("Plus de deux Français sur trois partagent l'idée que les acteurs d'un territoire ne peuvent plus "
               "agir chacun de leur côté. Cette conviction n'est pas un engouement passager : elle prolonge les "
               "résultats des baromètres antérieurs de l'Observatoire, qui mesuraient déjà une forte attente de "
               "rapprochement entre le monde associatif et le monde économique."))
    s.append(P("Ce « devoir d'alliance » ne signifie pas que les citoyens attendent des partenariats qu'ils "
               "remplacent l'action publique. Les réponses dessinent plutôt une demande de complémentarité : "
               "chacun apporte ce qu'il sait faire, au service d'un diagnostic partagé."))
    s.append(P("Trois idées structurent la suite du chapitre :"))
    s.extend(bullets(["les priorités que les Français assignent à leur territoire (section 2.2) ;",
                      "les domaines où les partenariats produisent, selon eux, le plus d'effets (section 2.3) ;",
                      "la comparaison avec les autres publics interrogés dans le programme (section 2.4)."]))
    s.append(PageBreak())
    # page 2 (imprimée 24)
    s.append(P("2.2 Les priorités des Français pour leur territoire", H2))
    s.append(P("Interrogés sur l'importance de plusieurs enjeux locaux<super>3</super>, les répondants placent "
               "l'emploi loin devant les autres sujets. Le pouvoir d'achat et la sécurité suivent, à égalité, "
               "puis le développement économique. L'environnement et la lutte contre l'exclusion ferment la "
               "marche avec la même note."))
    s.append(Spacer(1, 4))
    s.append(P("Tableau 3 — Importance des enjeux du territoire, note moyenne sur 10", H3))
    s.append(table([["Enjeu du territoire", "Note moyenne (sur 10)", "Rang"],
                    ["Emploi", "7,1", "1"],
                    ["Pouvoir d'achat", "6,6", "2 (ex aequo)"],
                    ["Sécurité", "6,6", "2 (ex aequo)"],
                    ["Développement économique", "6,5", "4"],
                    ["Environnement", "6,3", "5 (ex aequo)"],
                    ["Exclusion", "6,3", "5 (ex aequo)"]],
                   [7.5 * cm, 4.5 * cm, 4.6 * cm]))
    s.append(P("Source : Observatoire des partenariats, PHARE-Citoyens, septembre 2015.", SMALL))
    s.append(Spacer(1, 6))
    s.append(P("L'écart entre l'emploi (7,1) et le développement économique (6,5) mérite d'être souligné : les "
               "citoyens distinguent le fait d'avoir un travail de la bonne santé économique générale de leur "
               "bassin de vie. La sécurité, au même niveau que le pouvoir d'achat<super>4</super>, rappelle que "
               "les attentes ne se limitent pas au champ économique."))
    s.append(box([P("Ce qu'il faut retenir", H3),
                  P("L'emploi est le seul enjeu qui dépasse 7 sur 10. Les cinq autres enjeux se tiennent dans un "
                    "intervalle étroit, entre 6,3 et 6,6.", BODY_S)], TW))
    s.append(PageBreak())
    # page 3 (imprimée 25)
    s.append(P("2.3 Là où les partenariats changent la donne", H2))
    s.append(P("Les Français ne jugent pas les alliances utiles partout de la même façon. Invités à dire sur "
               "quels domaines les partenariats ont un impact fort<super>5</super>, ils citent d'abord l'emploi, "
               "puis le développement économique et l'environnement."))
    s.append(P("Graphique 4 — Domaines sur lesquels les partenariats ont un impact fort", H3))
    bar_rows = [["Domaine", "Part des Français", ""]]
    for dom, val in [("Emploi", 49), ("Développement économique", 46), ("Environnement", 42),
                     ("Précarité", 36), ("Éducation", 36)]:
        bar = Table([[""]], colWidths=[val * 0.12 * cm], rowHeights=[0.32 * cm])
        bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ORANGE)]))
        bar_rows.append([dom, f"{val} %", bar])
    s.append(table(bar_rows, [6.2 * cm, 3.2 * cm, 7.2 * cm]))
    s.append(P("Source : PHARE-Citoyens, 2015. Plusieurs réponses possibles.", SMALL))
    s.append(Spacer(1, 6))
    s.append(P("Trois enseignements se dégagent :"))
    s.extend(bullets([
        "près d'un Français sur deux (49 %) voit dans les partenariats un levier fort pour l'emploi, ce qui "
        "rejoint la première priorité exprimée en section 2.2 ;",
        "l'environnement (42 %) est cité plus souvent comme domaine d'impact qu'il n'est classé parmi les "
        "priorités du territoire ;",
        "la précarité et l'éducation arrivent à égalité, à 36 %, et constituent un socle d'attentes sociales."]))
    s.append(P("Ces réponses invitent les acteurs locaux à choisir les sujets sur lesquels l'alliance apporte "
               "une valeur ajoutée visible, plutôt qu'à multiplier les partenariats de principe."))
    s.append(PageBreak())
    # page 4 (imprimée 26)
    s.append(P("2.4 Les Français et les autres publics du programme", H2))
    s.append(P("Le programme PHARE a posé des questions proches aux différents publics. Là où 69 % des "
               "citoyens reconnaissent un devoir d'alliance, les autres volets relèvent une adhésion encore "
               "plus marquée chez les acteurs eux-mêmes."))
    s.append(table([["Public interrogé (programme PHARE)", "Part favorable à l'alliance"],
                    ["Français (volet Citoyens, septembre 2015)", "69 %"],
                    ["Dirigeants d'entreprise (volet Entreprises)", "81 %"],
                    ["Responsables associatifs (volet Associations)", "86 %"],
                    ["Maires (volet Institutions)<super>6</super>", "87 %"]],
                   [11 * cm, 5.6 * cm]))
    s.append(Spacer(1, 6))
    s.append(P("Le volet Institutions complète ce tableau en distinguant cinq profils de maires selon leur "
               "manière d'aborder la co-construction avec les acteurs de leur commune."))
    s.append(P("Une attente déjà ancienne", H3))
    s.append(P("Les baromètres du programme ARPEA<super>7</super> montraient déjà une large adhésion des "
               "Français à l'idée de créer des partenariats, dès la première mesure puis à la fin du programme. "
               "La formulation des questions a changé entre ARPEA et PHARE ; les deux séries ne se comparent "
               "donc pas point à point."))
    s.append(box([P("Méthode en bref", H3),
                  P("Volet Citoyens du programme PHARE · publication : septembre 2015 · plus de 2 000 répondants "
                    "· notes d'importance sur 10 et part d'impacts jugés forts.", BODY_S)], TW))
    build(path, A4, [tpl], s, "PHARE-Citoyens — Chapitre 2", "Étude PHARE-Citoyens, chapitre 2")


# ---------------------------------------------------------------------------
# 02 — Fiche Repère (A4, bandeau, chiffres clés, tableaux)
# ---------------------------------------------------------------------------

def doc02(path):
    W, H = A4
    LM, RM = 1.8 * cm, 1.8 * cm
    TW = W - LM - RM
    first_printed = 12

    def on_page(canv, doc):
        n = doc.page
        canv.saveState()
        canv.setFillColor(ORANGE)
        canv.rect(0, H - 1.4 * cm, W, 1.4 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DejaVu-Bold", 10)
        canv.drawString(LM, H - 0.9 * cm, "LES REPÈRES DE L'OBSERVATOIRE")
        canv.setFont("DejaVu", 8.5)
        canv.drawRightString(W - RM, H - 0.9 * cm, "Fiche Repère n° 7 · Associations")
        canv.setFillColor(TEAL)
        canv.rect(0, 0, 0.5 * cm, H - 1.4 * cm, stroke=0, fill=1)
        canv.setFillColor(GREY)
        canv.setFont("DejaVu", 7.5)
        canv.drawString(LM, 1.0 * cm, "Observatoire des partenariats · Fiche Repère n° 7 · Les associations et leurs partenaires")
        canv.setFont("DejaVu-Bold", 9)
        canv.drawRightString(W - RM, 1.0 * cm, f"p. {first_printed + n - 1}")
        canv.restoreState()

    frame = Frame(LM, 1.8 * cm, TW, H - 2.0 * cm - 1.8 * cm, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    tpl = PageTemplate(id="f", frames=[frame], onPage=on_page)
    s = []
    # page 1 (p. 12)
    s.append(P("Les associations, actrices de la co-construction territoriale", H1))
    s.append(P("Cette fiche réunit les principaux repères chiffrés de l'Observatoire sur les relations "
               "partenariales des associations. Elle s'appuie d'abord sur l'étude IMPACT – Associations &amp; "
               "Territoires, menée auprès des associations employeuses, puis la met en regard de travaux plus "
               "anciens."))
    s.append(keyrow([("148 000", "associations employeuses : le champ couvert par l'étude IMPACT – Associations "
                                 "&amp; Territoires."),
                     ("98 %", "des associations employeuses ont au moins un partenariat (IMPACT)."),
                     ("2,5", "partenaires en moyenne par association selon l'étude Associations &amp; "
                             "Partenariats (2017).")], TW))
    s.append(Spacer(1, 10))
    s.append(P("Les sources de cette fiche", H2))
    s.append(table([["Étude", "Auteurs", "Date", "Ce qu'elle mesure"],
                    ["IMPACT – Associations &amp; Territoires", "Observatoire des partenariats",
                     "Programme IMPACT", "Types de partenaires, échelles et formes des relations"],
                    ["Associations &amp; Partenariats", "Recherches &amp; Solidarités et Le RAMEAU",
                     "Mars 2017 (enquête mai-juin 2016)", "Nombre et nature des partenaires"],
                    ["Note sur les modèles de co-construction", "Observatoire des partenariats",
                     "29 février 2016", "Diffusion des partenariats associations-entreprises"]],
                   [4.6 * cm, 4.3 * cm, 3.6 * cm, 4.9 * cm]))
    s.append(Spacer(1, 8))
    s.append(P("Comment lire cette fiche", H2))
    s.extend(bullets(["Les pourcentages ne se comparent pas d'une étude à l'autre : les populations et les "
                      "questions diffèrent.",
                      "Sauf mention contraire, les parts sont calculées sur les associations employeuses.",
                      "Les repères historiques (page 14) sont donnés pour situer les tendances."]))
    s.append(PageBreak())
    # page 2 (p. 13)
    s.append(P("1. Avec qui les associations font-elles alliance ?", H2))
    s.append(P("Selon l'étude IMPACT – Associations &amp; Territoires, les collectivités territoriales restent "
               "le premier partenaire des associations employeuses. Viennent ensuite les autres structures "
               "d'intérêt général et les établissements scolaires."))
    s.append(P("Tableau 1 — Partenaires des associations employeuses (IMPACT)", H3))
    s.append(table([["Type de partenaire", "Part des associations employeuses"],
                    ["Collectivités territoriales", "89 %"],
                    ["Structures d'intérêt général", "73 %"],
                    ["Établissements scolaires", "70 %"],
                    ["Collectifs d'associations", "56 %"],
                    ["Acteurs publics nationaux", "52 %"],
                    ["Fédérations professionnelles", "37 %"],
                    ["Acteurs académiques", "35 %"]],
                   [9.5 * cm, 7.9 * cm]))
    s.append(Spacer(1, 8))
    s.append(P("À quelle échelle ?", H3))
    s.append(P("Les partenariats se nouent avant tout au plus près du terrain : 73 % des associations "
               "employeuses déclarent des partenariats à l'échelle locale, contre 47 % à l'échelle régionale."))
    s.append(keyrow([("73 %", "partenariats à l'échelle locale"), ("47 %", "partenariats à l'échelle régionale")],
                    TW * 0.7))
    s.append(PageBreak())
    # page 3 (p. 14)
    s.append(P("2. Quelles formes prennent les relations avec les entreprises ?", H2))
    s.append(P("Lorsqu'elles travaillent avec des entreprises, les associations employeuses combinent plusieurs "
               "formes de relation. Le mécénat domine, mais l'innovation sociétale le suit de près."))
    s.append(table([["Forme de relation avec les entreprises (IMPACT)", "Part"],
                    ["Mécénat", "75 %"],
                    ["Innovation sociétale", "73 %"],
                    ["Pratiques responsables", "70 %"],
                    ["Coopération économique", "58 %"]],
                   [12 * cm, 5.4 * cm]))
    s.append(Spacer(1, 8))
    s.append(P("Repères historiques", H2))
    s.append(P("Les travaux antérieurs de l'Observatoire permettent de situer ces résultats :"))
    s.extend(bullets([
        "au temps du programme ARPEA, près de 46 % des associations se déclaraient engagées avec une entreprise ;",
        "la note du 29 février 2016 sur les modèles de co-construction relevait que 38 % des associations "
        "avaient un partenariat avec une entreprise, une part qui montait à 53 % parmi les associations "
        "employeuses ;",
        "la même note indiquait que 37 % des entreprises d'au moins 10 salariés avaient noué un partenariat "
        "avec une association, et que 65 % des « pionniers » s'étaient engagés dans cette voie."]))
    s.append(box([P("Attention aux comparaisons", H3),
                  P("Le taux de 98 % de l'étude IMPACT concerne tous les partenaires confondus, alors que les "
                    "taux de 38 % et 53 % de 2016 ne concernent que les partenariats avec une entreprise.",
                    BODY_S)], TW))
    s.append(PageBreak())
    # page 4 (p. 15)
    s.append(P("3. Le regard de l'étude Associations &amp; Partenariats (2017)", H2))
    s.append(P("Publiée en mars 2017 par Recherches &amp; Solidarités et Le RAMEAU, cette étude repose sur une "
               "enquête menée en mai et juin 2016 auprès de plus de 1 380 responsables associatifs. Une "
               "association y compte en moyenne 2,5 partenaires."))
    s.append(P("Tableau 2 — Partenaires cités par les responsables associatifs (2017)", H3))
    s.append(table([["Partenaire", "Part des associations"],
                    ["Collectivités", "74 %"],
                    ["Associations et fondations", "72 %"],
                    ["Établissements d'enseignement", "47 %"],
                    ["Entreprises", "28 %"],
                    ["Structures d'insertion", "22 %"],
                    ["Organismes de recherche", "9 %"]],
                   [10 * cm, 7.4 * cm]))
    s.append(Spacer(1, 8))
    s.append(P("La taille compte", H3))
    s.append(P("Le partenariat avec une entreprise dépend fortement du budget : 50 % des associations dont le "
               "budget dépasse 150 000 € ont un partenariat avec une entreprise, contre 20 % de celles dont le "
               "budget est inférieur à 10 000 €."))
    s.append(keyrow([("50 %", "des associations au budget supérieur à 150 000 €"),
                     ("20 %", "des associations au budget inférieur à 10 000 €")], TW * 0.8))
    s.append(Spacer(1, 8))
    s.append(P("Pour aller plus loin : fiches Repère consacrées aux entreprises, aux fondations et aux "
               "collectivités territoriales.", SMALL))
    build(path, A4, [tpl], s, "Fiche Repère n° 7 — Les associations et leurs partenaires",
          "Fiche Repère de l'Observatoire des partenariats")


# ---------------------------------------------------------------------------
# 03 — Bulletin de veille en deux colonnes
# ---------------------------------------------------------------------------

def doc03(path):
    W, H = A4
    LM, RM, GAP = 1.6 * cm, 1.6 * cm, 0.8 * cm
    CW = (W - LM - RM - GAP) / 2
    first_printed = 69

    def masthead(canv, doc):
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.rect(0, H - 4.2 * cm, W, 4.2 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DejaVu-Bold", 26)
        canv.drawString(LM, H - 2.0 * cm, "VEILLE PARTENARIALE")
        canv.setFont("DejaVu", 10)
        canv.drawString(LM, H - 2.8 * cm, "La lettre de veille de l'Observatoire des partenariats")
        canv.setFillColor(colors.HexColor("#F6C89F"))
        canv.setFont("DejaVu-Bold", 10)
        canv.drawString(LM, H - 3.5 * cm, "Numéro 18 · Sélection de brèves et d'agenda")
        footer(canv, doc)
        canv.restoreState()

    def running(canv, doc):
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.setFont("DejaVu-Bold", 8)
        canv.drawString(LM, H - 1.0 * cm, "VEILLE PARTENARIALE · n° 18")
        canv.setFont("DejaVu", 8)
        canv.drawRightString(W - RM, H - 1.0 * cm, "Observatoire des partenariats")
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(1.2)
        canv.line(LM, H - 1.2 * cm, W - RM, H - 1.2 * cm)
        footer(canv, doc)
        canv.restoreState()

    def footer(canv, doc):
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(LM, 1.4 * cm, W - RM, 1.4 * cm)
        canv.setFillColor(GREY)
        canv.setFont("DejaVu", 7.5)
        canv.drawString(LM, 0.9 * cm, "Veille partenariale — reproduction autorisée avec mention de la source")
        canv.setFont("DejaVu-Bold", 9)
        canv.drawRightString(W - RM, 0.9 * cm, f"p. {first_printed + doc.page - 1}")
        # gutter rule between columns
        canv.setStrokeColor(RULE)
        top = H - 4.6 * cm if doc.page == 1 else H - 1.6 * cm
        canv.line(LM + CW + GAP / 2, 1.8 * cm, LM + CW + GAP / 2, top)

    fh1 = H - 4.6 * cm - 1.8 * cm
    fh = H - 1.6 * cm - 1.8 * cm
    t1 = PageTemplate(id="first", frames=[Frame(LM, 1.8 * cm, CW, fh1, id="c1", leftPadding=0, rightPadding=0,
                                                topPadding=0, bottomPadding=0),
                                          Frame(LM + CW + GAP, 1.8 * cm, CW, fh1, id="c2", leftPadding=0,
                                                rightPadding=0, topPadding=0, bottomPadding=0)],
                      onPage=masthead)
    t2 = PageTemplate(id="next", frames=[Frame(LM, 1.8 * cm, CW, fh, id="d1", leftPadding=0, rightPadding=0,
                                               topPadding=0, bottomPadding=0),
                                         Frame(LM + CW + GAP, 1.8 * cm, CW, fh, id="d2", leftPadding=0,
                                               rightPadding=0, topPadding=0, bottomPadding=0)],
                     onPage=running)
    B = style("bb", size=8.8)
    BH = style("bh", size=11.5, font="DejaVu-Bold", color=TEAL, space_before=6, space_after=4)
    KIC = style("kic", size=7.5, font="DejaVu-Bold", color=ORANGE, space_after=1, space_before=4)
    BL = style("bl", size=8.8, left=10)
    s = [NextPageTemplate("next")]
    # ---- page 1, column 1
    s.append(P("À LA UNE", KIC))
    s.append(P("La Charte du faire alliance est lancée", style("une", size=14, font="DejaVu-Bold", color=TEAL,
                                                               leading=17, space_after=5)))
    s.append(P("La Charte du faire alliance a été présentée le 30 novembre 2021, jour du Giving Tuesday, à "
               "Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois, lors d'une soirée organisée "
               "avec VitaWin.", B))
    s.append(P("Le texte est le fruit de trois mois de co-construction, pilotés par la Fondation des "
               "Territoires. Il se veut un « contrat de confiance » entre les acteurs qui décident de travailler "
               "ensemble : collectivités, associations, entreprises, fondations et citoyens.", B))
    s.append(P("Aux racines de la charte", BH))
    s.append(P("La charte prolonge la démarche « Agir ensemble en Territoire », initiée en 2010 à la suite de "
               "l'étude ARPEA-Collectivités locales réalisée avec Comisis et OpinionWay. Trois territoires "
               "pilotes l'ont expérimentée :", B))
    s.extend(bullets(["l'Alsace, avec Alsace Active ;",
                      "Poitou-Charentes, avec le Groupe La Poste ;",
                      "Paris-Est Marne &amp; Bois."], BL))
    s.append(FrameBreak())
    # ---- page 1, column 2
    s.append(P("REVUE DE PRESSE", KIC))
    s.append(P("Deux dates pour un lancement", BH))
    s.append(P("Toutes les sources ne datent pas le dévoilement de la même façon. Le portail "
               "associations.gouv.fr, dans sa brève sur la charte dévoilée au Giving Tuesday à Saint-Maurice, "
               "évoque un « mardi 30 septembre », alors que les autres présentations retiennent le 30 novembre "
               "2021.", B))
    s.append(P("EN BREF", KIC))
    s.append(P("Le RAMEAU en quelques mots", BH))
    s.append(P("Créé en 2006, Le RAMEAU est une association d'intérêt général qui se présente comme un "
               "« laboratoire de recherche empirique » sur les alliances. Il a recensé plus de 1 000 exemples "
               "inspirants et mené des expérimentations auprès de plus de 500 organisations depuis sa "
               "création.", B))
    s.append(box([P("Chiffre du numéro", style("kk", size=8, font="DejaVu-Bold", color=TEAL, space_after=1)),
                  P("<b>1 000</b> exemples inspirants recensés par Le RAMEAU", B)], CW))
    s.append(P("Parcours d'expérience avec le CGET", BH))
    s.append(P("Le CGET et Le RAMEAU ont lancé un parcours d'expérience sur la co-construction territoriale : "
               "11 territoires pionniers s'y engagent pour 18 mois, avec une première session le 3 mai.", B))
    s.append(P("Une autre publication du RAMEAU, consacrée aux alliances innovantes comme moteurs de confiance "
               "en territoires, parle pour sa part « du CGET et de 10 territoires pilotes ».", B))
    s.append(PageBreak())
    # ---- page 2, column 1
    s.append(P("FINANCER L'ALLIANCE", KIC))
    s.append(P("Le Fonds ODD 17", BH))
    s.append(P("Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 soutient une "
               "expérimentation de trois ans. Il est doté de 1,5 M€ pour l'ensemble de cette période.", B))
    s.append(P("Son ambition : faire émerger et outiller 350 « catalyseurs territoriaux », ces acteurs qui "
               "facilitent les alliances au plus près du terrain.", B))
    s.append(keyfig("350", "catalyseurs territoriaux visés par le Fonds ODD 17", CW))
    s.append(P("OUTILS", KIC))
    s.append(P("M.E.D.O.C., la boîte à outils de l'ODD 17", BH))
    s.append(P("La plateforme www.odd17.org organise ses ressources selon cinq entrées, dont les initiales "
               "forment le sigle M.E.D.O.C. :", B))
    s.extend(bullets(["Méthodes ;", "Exemples ;", "Données ;", "Outils ;", "Compétences."], BL))
    s.append(FrameBreak())
    # ---- page 2, column 2
    s.append(P("GOUVERNANCE", KIC))
    s.append(P("La Fondation des Territoires voit le jour", BH))
    s.append(P("Après une longue préfiguration lancée en juillet 2018, la Fondation des Territoires a été créée "
               "le 14 juin 2022 sous l'égide de la Fondation de Lille. Elle réunit 21 co-fondateurs et s'est "
               "donné trois missions.", B))
    s.append(P("Les trois étapes de la préfiguration", style("th", size=8.5, font="DejaVu-Bold", color=ORANGE)))
    s.append(table([["Étape", "Période"],
                    ["1", "juillet 2018 – juillet 2019"],
                    ["2", "août 2019 – novembre 2020"],
                    ["3", "décembre 2020 – mai 2022"]],
                   [1.6 * cm, CW - 1.6 * cm]))
    s.append(Spacer(1, 4))
    s.append(P("ÉTUDES", KIC))
    s.append(P("IMPACT Fondations &amp; Territoires", BH))
    s.append(P("L'étude IMPACT consacrée aux fondations a été publiée le 23 septembre. Elle repose sur les "
               "réponses de 42 fondations et nourrit la fiche acteur « Dynamique d'engagement des "
               "Fondations ».", B))
    s.append(P("Décryptage : l'ODD 17 en 19 cibles", BH))
    s.append(P("Le Comité 21 a publié le 5 juillet une note intitulée « ODD 17 : Sens, décryptages, "
               "déclinaisons ». Elle rappelle que l'objectif de développement durable n° 17, consacré aux "
               "partenariats, se décline en 19 cibles.", B))
    s.append(PageBreak())
    # ---- page 3, column 1
    s.append(P("AGENDA DE NOVEMBRE", KIC))
    s.append(P("Un mois chargé pour l'Observatoire", BH))
    s.append(table([["Date", "Rendez-vous"],
                    ["15 novembre", "Dossier consacré aux alliances dans JURIS Associations n° 628"],
                    ["23 novembre", "3e dîner « Élus &amp; Entreprises »"],
                    ["26 novembre", "Publication du 11e rapport régional de l'Observatoire, consacré à la Normandie"],
                    ["26 novembre", "5e webinaire « l'ODD 17 en pratique »"]],
                   [2.2 * cm, CW - 2.2 * cm]))
    s.append(Spacer(1, 4))
    s.append(P("Retour sur le dîner Élus &amp; Entreprises", BH))
    s.append(P("Les échanges se sont appuyés sur deux chiffres de l'Observatoire : 64 % des élus locaux "
               "souhaitent s'appuyer sur le « jouer collectif », et 92 % des maires reconnaissent l'utilité de "
               "la co-construction.", B))
    s.append(FrameBreak())
    # ---- page 3, column 2
    s.append(P("REVUE DE PRESSE", KIC))
    s.append(P("PHARE-Citoyens vu par la presse", BH))
    s.append(P("Un site d'actualité de l'engagement a présenté les résultats de PHARE-Citoyens sous l'angle "
               "de Français favorables à une alliance entre entreprises et associations. L'article retient pour "
               "la sécurité une note de 7/10, et place l'emploi en tête des priorités.", B))
    s.append(P("Régions : la Normandie à l'honneur", BH))
    s.append(P("Le 11e rapport régional de l'Observatoire est consacré à la Normandie. Il met en lumière les "
               "dynamiques de coopération entre acteurs normands et les initiatives repérées sur le "
               "territoire.", B))
    s.append(P("À lire aussi", BH))
    s.extend(bullets(["la fiche Repère n° 7 sur les associations et leurs partenaires ;",
                      "la restitution de l'enquête auprès des maires ;",
                      "les repères historiques de l'Observatoire."], BL))
    build(path, A4, [t1, t2], s, "Veille partenariale n° 18", "Bulletin de veille de l'Observatoire")


# ---------------------------------------------------------------------------
# 04 — Diaporama 16:9 (restitution auprès des élus)
# ---------------------------------------------------------------------------

def doc04(path):
    W, H = 960, 540
    LM = 48
    TW = W - 2 * LM

    def cover(canv, doc):
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.rect(0, 0, W, H, stroke=0, fill=1)
        canv.setFillColor(ORANGE)
        canv.rect(0, 150, W, 8, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DejaVu-Bold", 34)
        canv.drawString(LM, 360, "Les maires et l'alliance territoriale")
        canv.setFont("DejaVu", 18)
        canv.drawString(LM, 320, "Restitution de l'enquête IMPACTS & TRAJECTOIRES – Élus locaux")
        canv.setFont("DejaVu", 13)
        canv.drawString(LM, 110, "Observatoire des partenariats · Novembre 2024")
        canv.restoreState()

    def slide(canv, doc):
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.rect(0, H - 14, W, 14, stroke=0, fill=1)
        canv.setFillColor(LIGHT)
        canv.rect(0, 0, W, 34, stroke=0, fill=1)
        canv.setFillColor(GREY)
        canv.setFont("DejaVu", 10)
        canv.drawString(LM, 13, "Observatoire des partenariats · Restitution élus locaux · novembre 2024")
        canv.setFont("DejaVu-Bold", 11)
        canv.drawRightString(W - LM, 13, f"{doc.page - 1}")
        canv.restoreState()

    cover_t = PageTemplate(id="cover", frames=[Frame(LM, 40, TW, 60, id="cv")], onPage=cover)
    body_t = PageTemplate(id="slide", frames=[Frame(LM, 44, TW, H - 44 - 30, id="sl", leftPadding=0,
                                                    rightPadding=0, topPadding=0, bottomPadding=0)],
                          onPage=slide)
    ST = style("st", size=24, font="DejaVu-Bold", color=TEAL, space_after=12, leading=28)
    SB = style("sb", size=14, leading=19, space_after=6)
    SBL = style("sbl", size=14, leading=19, space_after=6, left=18)
    BIG = style("big", size=46, font="DejaVu-Bold", color=ORANGE, leading=50, space_after=0)
    BIGT = style("bigt", size=13, leading=17, space_after=0)
    SRC = style("src", size=10, color=GREY, space_after=0)

    def bigbox(num, txt, w):
        t = Table([[Paragraph(num, BIG)], [Paragraph(txt, BIGT)]], colWidths=[w], hAlign="LEFT")
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SAND), ("LINEBEFORE", (0, 0), (0, -1), 5, ORANGE),
                               ("LEFTPADDING", (0, 0), (-1, -1), 14), ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
        return t

    def two_cols(left, right, wl, wr):
        t = Table([[left, right]], colWidths=[wl, wr], hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        return t

    s = [P("Document de restitution", style("cv", size=11, color=colors.white)), NextPageTemplate("slide"),
         PageBreak()]
    # slide 2 (numéro 1)
    s.append(P("Une enquête auprès de 302 maires", ST))
    left = [P("Enquête IMPACTS &amp; TRAJECTOIRES – Élus locaux, publiée en novembre 2024 :", SB)] + bullets([
        "302 maires interrogés ;",
        "par téléphone ;",
        "du 30 septembre au 28 octobre 2024."], SBL) + [
        P("La grande majorité des répondants administre une petite commune.", SB)]
    s.append(two_cols(left, bigbox("84 %", "des maires répondants sont élus dans des communes de moins de 2 000 "
                                           "habitants", 330), TW - 350, 350))
    s.append(PageBreak())
    # slide 3 (numéro 2)
    s.append(P("Des territoires en mouvement", ST))
    s.append(two_cols(bigbox("91 %", "des maires estiment que leur territoire est en mouvement", 300),
                      [P("Dont :", SB)] + bullets(["35 % « fortement » en mouvement ;",
                                                   "56 % « ni plus ni moins » en mouvement."], SBL) +
                      [Spacer(1, 10), P("Source : IMPACTS &amp; TRAJECTOIRES – Élus locaux, novembre 2024 "
                                        "(302 maires).", SRC)], 330, TW - 330))
    s.append(PageBreak())
    # slide 4 (numéro 3)
    s.append(P("Ce que disaient les enquêtes précédentes", ST))
    s.append(table([["Constat", "Part des maires", "Source"],
                    ["Les partenariats sont source d'innovation", "87 %", "Programme IMPACT"],
                    ["Leur territoire est engagé dans la co-construction", "76 %", "Programme IMPACT"],
                    ["Ne savent pas comment piloter cette dynamique", "46 %", "Programme IMPACT"],
                    ["Reconnaissent l'utilité de la co-construction", "92 %", "Dîner « Élus &amp; Entreprises »"]],
                   [470, 140, 250]))
    s.append(Spacer(1, 10))
    s.append(P("La fiche-repère « Les dynamiques d'engagement des Collectivités territoriales » est issue de "
               "l'étude IMPACT-Élus locaux de novembre 2020 (Comisis-OpinionWay).", SB))
    s.append(PageBreak())
    # slide 5 (numéro 4)
    s.append(P("Regards croisés sur l'alliance", ST))
    cols = Table([[bigbox("81 %", "des Français : un « devoir d'alliance »", 270),
                   bigbox("92 %", "des maires : un « besoin d'alliance »", 270),
                   bigbox("84 %", "des dirigeants d'entreprises : une « envie d'alliance »", 270)]],
                 colWidths=[288, 288, 288], hAlign="LEFT")
    cols.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(cols)
    s.append(Spacer(1, 12))
    s.append(P("Chiffres mis en avant lors de la reconnaissance du droit de l'alliance d'intérêt général.", SRC))
    s.append(Spacer(1, 8))
    s.append(P("En sortie de crise sanitaire, 81 % des Français et 84 % des dirigeants de TPE &amp; PME jugeaient "
               "la co-construction utile pour la résilience des territoires (« jouer collectif en sortie de "
               "crise ») ; plus de 250 données ont été inventoriées pour éclairer l'action.", SB))
    s.append(PageBreak())
    # slide 6 (numéro 5)
    s.append(P("Des repères pour agir ensemble", ST))
    s.extend(bullets([
        "PHARE-Institutions (publié le 29 novembre 2016) : cinq profils de maires face à la co-construction.",
        "Charte du faire alliance : un « contrat de confiance » lancé au Giving Tuesday 2021.",
        "Fondation des Territoires : créée le 14 juin 2022, 21 co-fondateurs.",
        "Droit de l'alliance d'intérêt général : une feuille de route ministérielle de 21 mesures."], SBL))
    s.append(Spacer(1, 12))
    s.append(P("Contact : Observatoire des partenariats · observatoire-des-partenariats.fr", SRC))
    build(path, (W, H), [cover_t, body_t], s, "Les maires et l'alliance territoriale",
          "Diaporama de restitution 16:9")


# ---------------------------------------------------------------------------
# 05 — Rapport avec tableaux et notes de bas de page
# ---------------------------------------------------------------------------

def doc05(path):
    W, H = A4
    LM, RM = 2.4 * cm, 2.0 * cm
    TW = W - LM - RM
    first_printed = 41
    notes = {
        1: ["1. Des documents plus anciens, comme l'étude ARPEA Entreprises &amp; Territoires (janvier 2011) ou le "
            "rapport quinquennal du 11 décembre 2012, indiquent : « Créé en 2007, l'Observatoire national des "
            "partenariats associations / entreprises ».",
            "2. Anne Robin exerce cette fonction à titre bénévole."],
        2: ["3. Certaines présentations de l'Observatoire bornent le programme PHARE à la période 2013-2017.",
            "4. Le programme IMPACT a été lancé en novembre 2017.",
            "5. Trois formulations circulent selon les documents ; aucune n'a été retenue comme officielle."],
        3: ["6. Baromètres ARPEA-Citoyens, mesures de 2008 et de 2012.",
            "7. ARPEA Entreprises &amp; Territoires, janvier 2011."],
        4: ["8. Le programme IMPACT retient trois indicateurs : innovation, performance, confiance.",
            "9. Une autre présentation des mêmes résultats mentionne 69 % des citoyens, au lieu de 74 % des Français."],
        5: ["10. La proposition de loi a été déposée en février ; elle a été agréée par le Bureau de l'Assemblée "
            "nationale puis publiée au Journal officiel."],
    }

    def on_page(canv, doc):
        n = doc.page
        canv.saveState()
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(2)
        canv.line(LM, H - 1.5 * cm, W - RM, H - 1.5 * cm)
        canv.setFillColor(TEAL)
        canv.setFont("DejaVu-Bold", 8)
        canv.drawString(LM, H - 1.25 * cm, "RAPPORT · L'OBSERVATOIRE DES PARTENARIATS EN PERSPECTIVE")
        canv.setFont("DejaVu", 8)
        canv.drawRightString(W - RM, H - 1.25 * cm, "Partie 3 · Repères historiques")
        canv.setFillColor(GREY)
        canv.setFont("DejaVu", 7.5)
        canv.drawString(LM, 1.0 * cm, "Le RAMEAU · Observatoire des partenariats")
        canv.setFont("DejaVu-Bold", 9)
        canv.drawRightString(W - RM, 1.0 * cm, f"— {first_printed + n - 1} —")
        canv.restoreState()
        draw_footnotes(canv, notes.get(n), LM, 4.2 * cm, TW)

    frame = Frame(LM, 4.5 * cm, TW, H - 2.0 * cm - 4.5 * cm, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)
    tpl = PageTemplate(id="r", frames=[frame], onPage=on_page)
    s = []
    # page 1 (41)
    s.append(P("3. Repères historiques", H1))
    s.append(P("3.1 Le RAMEAU et l'Observatoire", H2))
    s.append(P("Le RAMEAU a été créé en 2006. Association d'intérêt général, il se définit à la fois comme un "
               "« laboratoire de recherche empirique » et comme un « laboratoire d'innovations partenariales ». "
               "Il poursuit trois missions, dont la première consiste à témoigner de ce que les alliances "
               "produisent. Son président-fondateur est Charles-Benoît Heidsieck ; Laurence Weber en est la "
               "directrice générale."))
    s.append(P("L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en "
               "partenariat avec le MEDEF et le Mouvement associatif<super>1</super>. Sa direction scientifique "
               "est assurée par Anne Robin, fondatrice de COMISIS<super>2</super>."))
    s.append(table([["Repère", "Valeur"],
                    ["Années de recherche", "15 ans"],
                    ["Années d'étude d'impact", "5 ans"],
                    ["Exemples inspirants recensés", "plus de 1 000"],
                    ["Organisations accompagnées dans des expérimentations depuis 2006", "plus de 500"]],
                   [11.2 * cm, 5.3 * cm]))
    s.append(Spacer(1, 6))
    s.append(P("Ces repères témoignent d'une démarche cumulative : chaque programme s'appuie sur les données "
               "du précédent pour affiner les questions posées aux citoyens, aux entreprises, aux associations "
               "et aux territoires."))
    s.append(PageBreak())
    # page 2 (42)
    s.append(P("3.2 Trois plans quinquennaux", H2))
    s.append(P("Depuis sa création, l'Observatoire a organisé ses travaux en plans quinquennaux successifs."))
    s.append(table([["Programme", "Période", "Repère"],
                    ["ARPEA", "2008-2012", "10 volets ; rapport quinquennal du 11 décembre 2012"],
                    ["PHARE<super>3</super>", "2013-2018", "6 volets, de Citoyens (2015) à Institutions (2016)"],
                    ["IMPACT<super>4</super>", "2018-2022", "mesure de l'impact des alliances"]],
                   [3.2 * cm, 3.4 * cm, 9.9 * cm]))
    s.append(Spacer(1, 6))
    s.append(P("Que signifie ARPEA ?", H3))
    s.append(P("Le sigle du premier programme est développé de trois manières selon les documents<super>5</super> :"))
    s.extend(bullets(["« Analyse des Relations et des Partenariats entre Entreprises et Associations » (rapport "
                      "quinquennal de 2012) ;",
                      "« Analyser les Relations Partenariales entre Entreprises et Associations » (présentation "
                      "des données du RAMEAU) ;",
                      "« Analyse des Relations Associations-Entreprises » (présentation du programme d'études)."]))
    s.append(P("Une commande ministérielle", H3))
    s.append(P("À la demande de la ministre Valérie Fourneyron, l'Observatoire a dressé un état des lieux des "
               "partenariats entre associations et entreprises ; ce rapport a été publié début 2014."))
    s.append(PageBreak())
    # page 3 (43)
    s.append(P("3.3 Les enseignements du programme ARPEA", H2))
    s.append(P("Le programme ARPEA a installé les premiers indicateurs de l'Observatoire. Côté citoyens, "
               "l'attente de partenariats est restée très élevée d'un bout à l'autre du programme."))
    s.append(table([["Indicateur ARPEA", "2008", "2012"],
                    ["Français jugeant urgent de créer des partenariats<super>6</super>", "86 %", "84 %"]],
                   [10.5 * cm, 3 * cm, 3 * cm]))
    s.append(Spacer(1, 8))
    s.append(P("Côté entreprises, l'étude ARPEA Entreprises &amp; Territoires<super>7</super> dessinait un paysage "
               "plus partagé :"))
    s.append(table([["Position des entreprises vis-à-vis des partenariats", "Part"],
                    ["Développent des partenariats", "21 %"],
                    ["Souhaitent en développer", "33 %"],
                    ["Ne souhaitent pas en développer", "46 %"]],
                   [12 * cm, 4.5 * cm]))
    s.append(Spacer(1, 8))
    s.append(P("Enfin, près de 46 % des associations se déclaraient engagées avec une entreprise. Ce chiffre "
               "coïncide avec la part d'entreprises réticentes, mais les deux populations n'ont rien de "
               "commun : la coïncidence est fortuite."))
    s.append(box([P("Point de méthode", H3),
                  P("L'étude ARPEA-Collectivités locales, conduite avec Comisis et OpinionWay, a débouché en 2010 "
                    "sur la démarche « Agir ensemble en Territoire ».", BODY_S)], TW))
    s.append(PageBreak())
    # page 4 (44)
    s.append(P("3.4 Le programme IMPACT", H2))
    s.append(P("Le programme IMPACT a été mené avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, le "
               "Groupe La Poste, la Fondation TOTAL et Le RAMEAU. Il s'organise autour de trois axes : "
               "l'innovation sociétale et territoriale, la performance des organisations et la "
               "confiance<super>8</super>."))
    s.append(P("Les partenariats, source d'innovation", H3))
    s.append(table([["Public", "Voient les partenariats comme source d'innovation"],
                    ["Français<super>9</super>", "74 %"],
                    ["Dirigeants d'entreprise", "81 %"],
                    ["Responsables associatifs", "86 %"],
                    ["Maires", "87 %"]],
                   [7.5 * cm, 9 * cm]))
    s.append(Spacer(1, 6))
    s.append(P("Les maires apparaissent à la fois convaincus et démunis : 76 % considèrent leur territoire "
               "comme engagé, mais 46 % disent ne pas savoir piloter la dynamique partenariale."))
    s.append(keyrow([("76 %", "des maires : territoire engagé"), ("46 %", "des maires ne savent pas piloter")],
                    TW * 0.75))
    s.append(PageBreak())
    # page 5 (45)
    s.append(P("3.5 Vers un droit de l'alliance", H2))
    s.append(P("Lors du Forum national des associations et fondations (FNAF) de 2019, Gabriel Attal a confié une "
               "mission à Cathy Racon-Bouzon et Charles-Benoît Heidsieck. Leur rapport a été remis le 7 mai 2020, "
               "et un bilan a été dressé le 17 octobre 2020."))
    s.append(table([["Date", "Étape"],
                    ["FNAF 2019", "Lancement de la mission ministérielle"],
                    ["7 mai 2020", "Remise du rapport"],
                    ["17 octobre 2020", "Bilan de la mission"],
                    ["Février", "Dépôt de la proposition de loi<super>10</super>"]],
                   [4 * cm, 12.5 * cm]))
    s.append(Spacer(1, 6))
    s.append(P("Portée par Cathy Racon-Bouzon, la proposition de loi consacre un « droit de l'alliance d'intérêt "
               "général ». Elle s'accompagne d'une « feuille de route » ministérielle de 21 mesures."))
    s.append(P("Le rôle des fondations", H3))
    s.append(P("La fiche acteur « Dynamique d'engagement des Fondations » complète ce dispositif en montrant "
               "comment les fondations structurent les alliances sur les territoires."))
    build(path, A4, [tpl], s, "L'Observatoire des partenariats en perspective — Repères historiques",
          "Rapport, partie 3")


DOCS = [
    (f"obs-{PREFIX}-01-etude-phare-citoyens-chapitre2.pdf", doc01),
    (f"obs-{PREFIX}-02-fiche-repere-associations.pdf", doc02),
    (f"obs-{PREFIX}-03-bulletin-veille-n18.pdf", doc03),
    (f"obs-{PREFIX}-04-diaporama-maires-2024.pdf", doc04),
    (f"obs-{PREFIX}-05-rapport-reperes-historiques.pdf", doc05),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, fn in DOCS:
        fn(os.path.join(out, name))
        print("wrote", name)


if __name__ == "__main__":
    main()
