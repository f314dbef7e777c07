# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 blind-QA documents of set s24.

Run:  /work/main/.venv/bin/python make_docs.py
Writes obs-s24-NN-<slug>.pdf next to this script. Figures come from
/work/shared/facts.md; every sentence is written for this set.
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

OUT = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FONT_DIR + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONT_DIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", FONT_DIR + "DejaVuSerif-Bold.ttf"))
from reportlab.lib.fonts import addMapping  # noqa: E402

addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DV-B")
addMapping("DV", 0, 1, "DV-I")
addMapping("DV", 1, 1, "DV-B")
addMapping("DVS", 0, 0, "DVS")
addMapping("DVS", 1, 0, "DVS-B")
addMapping("DVS", 0, 1, "DVS")
addMapping("DVS", 1, 1, "DVS-B")

INK = colors.HexColor("#1d2b3a")
ACCENT = colors.HexColor("#2f6f5e")
PALE = colors.HexColor("#e7f0ec")
GREY = colors.HexColor("#6b6b6b")


def st(name, **kw):
    base = dict(fontName="DV", fontSize=9.5, leading=12.5, textColor=INK)
    base.update(kw)
    return ParagraphStyle(name, **base)


S = {
    "label": st("label", fontName="DV-B", fontSize=9, textColor=ACCENT, spaceAfter=4),
    "title": st("title", fontName="DV-B", fontSize=19, leading=23, spaceAfter=6),
    "edition": st("edition", fontName="DV-I", fontSize=9, textColor=GREY, spaceAfter=10),
    "h2": st("h2", fontName="DV-B", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4, textColor=ACCENT),
    "h3": st("h3", fontName="DV-B", fontSize=10, leading=13, spaceBefore=6, spaceAfter=2),
    "body": st("body", spaceAfter=5),
    "serif": st("serif", fontName="DVS", fontSize=9.3, leading=12.6, spaceAfter=5),
    "bullet": st("bullet", leftIndent=12, bulletIndent=2, spaceAfter=2),
    "foot": st("foot", fontName="DV", fontSize=7.2, leading=9, textColor=GREY, spaceAfter=2),
    "small": st("small", fontName="DVC", fontSize=8, leading=10),
    "cell": st("cell", fontName="DVC", fontSize=8.6, leading=10.5),
    "cellb": st("cellb", fontName="DV-B", fontSize=8.6, leading=10.5),
    "slide_t": st("slide_t", fontName="DV-B", fontSize=24, leading=29, spaceAfter=10),
    "slide": st("slide", fontName="DV", fontSize=15, leading=20, spaceAfter=6),
    "slide_s": st("slide_s", fontName="DV-I", fontSize=11, leading=14, textColor=GREY, spaceAfter=4),
    "big": st("big", fontName="DV-B", fontSize=26, leading=30, textColor=ACCENT, alignment=TA_CENTER),
    "bigcap": st("bigcap", fontName="DV", fontSize=9.5, leading=12, alignment=TA_CENTER),
}


def P(text, style="body"):
    return Paragraph(text, S[style])


def bullets(items, style="bullet", sym="•"):
    return [Paragraph(t, S[style], bulletText=sym) for t in items]


def table(rows, widths, header=True, zebra=True, style_cell="cell"):
    data = []
    for i, r in enumerate(rows):
        sty = "cellb" if (header and i == 0) else style_cell
        data.append([Paragraph(str(c), S[sty]) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9fb5ab")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), PALE))
    if zebra:
        for i in range(2, len(rows), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f6f8f7")))
    t.setStyle(TableStyle(cmds))
    return t


def keybox(pairs, width, cols=None):
    """Key-figure boxes: pairs of (figure, caption)."""
    cols = cols or len(pairs)
    cells = [[Paragraph(f, S["big"]), Paragraph(c, S["bigcap"])] for f, c in pairs]
    row = []
    for f, c in cells:
        row.append([f, Spacer(1, 3), c])
    data = [row[i:i + cols] for i in range(0, len(row), cols)]
    t = Table(data, colWidths=[width / cols] * cols)
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1, ACCENT),
        ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.white),
        ("BACKGROUND", (0, 0), (-1, -1), PALE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]))
    return t


def framed(flowables, width, bg=PALE):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, ACCENT),
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def make_decor(banner, footer_fmt, offset=0, pagesize=A4, align="right"):
    """Banner + footer drawn on every page; printed number = PDF page + offset."""

    def deco(canv, doc):
        w, h = pagesize
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(0, h - 11 * mm, w, 11 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DV-B", 8)
        canv.drawString(14 * mm, h - 7 * mm, banner)
        canv.setFillColor(GREY)
        canv.setFont("DV", 7.5)
        txt = footer_fmt.format(n=doc.page + offset)
        canv.setStrokeColor(colors.HexColor("#9fb5ab"))
        canv.line(14 * mm, 12 * mm, w - 14 * mm, 12 * mm)
        if align == "right":
            canv.drawRightString(w - 14 * mm, 7.5 * mm, txt)
        elif align == "center":
            canv.drawCentredString(w / 2, 7.5 * mm, txt)
        else:
            canv.drawString(14 * mm, 7.5 * mm, txt)
        canv.restoreState()

    return deco


def build(fname, story, templates, pagesize=A4, title="", author="Observatoire des partenariats"):
    path = os.path.join(OUT, fname)
    doc = BaseDocTemplate(
        path, pagesize=pagesize, title=title, author=author, subject=title,
        creator="make_docs.py (s24)", leftMargin=16 * mm, rightMargin=16 * mm,
        topMargin=18 * mm, bottomMargin=18 * mm,
    )
    doc.addPageTemplates(templates)
    doc.build(story)
    return path


def one_col(doc_id, deco, pagesize=A4):
    w, h = pagesize
    return PageTemplate(id=doc_id, frames=[Frame(16 * mm, 17 * mm, w - 32 * mm, h - 34 * mm, id=doc_id + "f")],
                        onPage=deco, pagesize=pagesize)


def two_col(doc_id, deco, pagesize=A4, top_reserve=0):
    w, h = pagesize
    gap = 7 * mm
    cw = (w - 32 * mm - gap) / 2
    fh = h - 34 * mm - top_reserve
    frames = []
    if top_reserve:
        frames.append(Frame(16 * mm, 17 * mm + fh, w - 32 * mm, top_reserve, id=doc_id + "top"))
    frames += [
        Frame(16 * mm, 17 * mm, cw, fh, id=doc_id + "L"),
        Frame(16 * mm + cw + gap, 17 * mm, cw, fh, id=doc_id + "R"),
    ]
    return PageTemplate(id=doc_id, frames=frames, onPage=deco, pagesize=pagesize)


# ---------------------------------------------------------------------------
# 01 — DIAPORAMA : IMPACT – Associations & Territoires (landscape slides,
#      printed slide numbers 12 to 15)
# ---------------------------------------------------------------------------
def doc01():
    ps = landscape(A4)
    deco = make_decor("OBSERVATOIRE DES PARTENARIATS  ·  PROGRAMME IMPACT  ·  RESTITUTION « ASSOCIATIONS »",
                      "Support projeté en séance — reprise libre avec citation de la source        diapositive {n}",
                      offset=11, pagesize=ps)
    tpl = one_col("slide", deco, ps)
    W = ps[0] - 32 * mm
    s = []
    # slide 12 (PDF p1)
    s += [P("DIAPORAMA", "label"),
          P("Associations &amp; Territoires : les employeurs associatifs et leurs alliances", "slide_t"),
          P("Jeu de diapositives de la séance de restitution — volet associatif du programme IMPACT", "edition"),
          Spacer(1, 6),
          P("Qui a-t-on regardé ?", "slide"),
          P("Pas toutes les associations : seulement celles qui salarient.", "slide"),
          P("Leur nombre, en France, sert de base à toute la lecture qui suit.", "slide"),
          Spacer(1, 8),
          keybox([("148 000", "associations employeuses dans le champ de l’étude")], W * 0.45),
          Spacer(1, 10),
          P("Les diapositives suivantes détaillent les partenaires, l’échelle et la forme des alliances.", "slide_s"),
          PageBreak()]
    # slide 13 (PDF p2)
    s += [P("Avec qui travaillent-elles ?", "slide_t"),
          P("Première surprise : l’isolement est l’exception.", "slide"),
          P("Presque toutes se sont déjà alliées avec au moins un autre acteur : 98 % d’entre elles.", "slide"),
          Spacer(1, 6),
          table([["Type de partenaire cité", "Part des associations employeuses concernées"],
                 ["Collectivités territoriales", "89 %"],
                 ["Structures d’intérêt général (associations, fondations…)", "73 %"],
                 ["Établissements scolaires", "70 %"],
                 ["Collectifs d’associations", "56 %"],
                 ["Acteurs publics nationaux", "52 %"],
                 ["Fédérations professionnelles", "37 %"],
                 ["Acteurs académiques (universités, recherche)", "35 %"]],
                [W * 0.55, W * 0.35]),
          Spacer(1, 6),
          P("Lecture : la mairie, le département ou la région restent le premier interlocuteur, loin devant le monde académique.", "slide_s"),
          PageBreak()]
    # slide 14 (PDF p3)
    s += [P("À quelle échelle ?", "slide_t"),
          P("D’abord la proximité.", "slide"),
          P("Le partenariat se noue le plus souvent à deux pas de l’association : c’est l’échelle locale.", "slide"),
          P("Elle concerne 73 % des associations qui ont des partenaires.", "slide"),
          Spacer(1, 6),
          P("Ensuite la région.", "slide"),
          P("Ce second cercle est moins fréquent. Il rassemble 47 % des associations partenaires.", "slide"),
          Spacer(1, 6),
          P("Les échelles se cumulent : une même association peut agir localement et régionalement.", "slide_s"),
          PageBreak()]
    # slide 15 (PDF p4)
    s += [P("Sous quelle forme ?", "slide_t"),
          P("Quatre façons de faire alliance, par ordre de fréquence :", "slide"),
          Spacer(1, 4),
          keybox([("75 %", "mécénat"), ("73 %", "innovation sociétale"),
                  ("70 %", "pratiques responsables"), ("58 %", "coopération économique")], W * 0.95, cols=4),
          Spacer(1, 10),
          P("Ce qu’il faut retenir de cette séquence :", "slide"),
          ] + bullets(["le don et le soutien restent la porte d’entrée ;",
                       "l’innovation arrive juste derrière ;",
                       "la coopération économique est la forme la moins répandue des quatre."], "slide") + [
          Spacer(1, 6),
          P("Source : Observatoire des partenariats, programme IMPACT, étude « Associations &amp; Territoires ».", "slide_s")]
    build("obs-s24-01-diaporama-impact-associations.pdf", s, [tpl], ps,
          title="Associations & Territoires - diaporama")


# ---------------------------------------------------------------------------
# 02 — ÉTUDE : Associations & Partenariats (two columns, printed pages 14-17,
#      footnotes)
# ---------------------------------------------------------------------------
def doc02():
    deco = make_decor("RECHERCHES & SOLIDARITÉS  ×  LE RAMEAU — ASSOCIATIONS & PARTENARIATS",
                      "Observatoire des partenariats — reproduction autorisée avec citation   |   page {n}",
                      offset=13)
    first = two_col("first", deco, top_reserve=52 * mm)
    rest = two_col("rest", deco)
    W = A4[0] - 32 * mm
    cw = (W - 7 * mm) / 2
    s = [P("ÉTUDE", "label"),
         P("Associations &amp; Partenariats : qui s’allie avec qui ?", "title"),
         P("Publication commune de Recherches &amp; Solidarités et du RAMEAU — parue en mars 2017", "edition"),
         P("Chapitre 2 — Le paysage des partenaires associatifs", "h2"),
         NextPageTemplate("rest"),
         FrameBreak()]
    # page 14 (PDF 1), column text
    s += [P("Comment l’enquête a été menée", "h3"),
          P("Le questionnaire a circulé au printemps, en ligne, auprès des dirigeants bénévoles et salariés "
            "d’associations de toutes tailles. Il est resté ouvert de mai à juin 2016.", "serif"),
          P("La participation a dépassé les attentes des deux partenaires. Au total, plus de 1 380 responsables "
            "associatifs ont rempli le questionnaire jusqu’au bout<super>1</super>.", "serif"),
          P("Les réponses ont ensuite été redressées selon le secteur d’activité et la présence ou non de salariés, "
            "afin que les résultats reflètent le paysage associatif et non le seul profil des plus mobilisés.", "serif"),
          P("Ce que l’on cherchait à savoir", "h3"),
          P("Trois questions guidaient l’analyse : combien de partenaires une association mobilise-t-elle, de quelle "
            "nature sont-ils, et la taille de la structure change-t-elle la donne ? Ce chapitre répond aux deux "
            "premières ; la troisième fait l’objet du chapitre suivant.", "serif"),
          P("Une précision de vocabulaire", "h3"),
          P("Par « partenariat », l’étude entend une relation suivie, formalisée ou non, qui engage les deux parties "
            "au-delà d’un échange ponctuel. Une simple subvention annuelle, sans autre lien, n’entre pas dans ce cadre.", "serif"),
          P("Cette définition, volontairement exigeante, explique que certains taux soient plus bas que ceux publiés "
            "par d’autres enquêtes, qui comptent toute forme de relation.", "serif"),
          Spacer(1, 8),
          P("<super>1</super> Les questionnaires incomplets ont été écartés ; seules les réponses finalisées "
            "sont prises en compte dans les pourcentages.", "foot"),
          PageBreak()]
    # page 15 (PDF 2)
    s += [P("Un réseau plutôt resserré", "h3"),
          P("Les associations ne multiplient pas les alliances. Elles s’appuient, en moyenne, sur un petit nombre "
            "d’acteurs qu’elles connaissent bien.", "serif"),
          P("Ce nombre moyen s’établit à 2,5 partenaires par association. Il cache de fortes disparités : certaines "
            "structures n’en citent qu’un, d’autres en déclarent plus de six.", "serif"),
          P("Les partenaires les plus cités", "h3"),
          P("Le tableau ci-dessous donne, pour chaque famille d’acteurs, la proportion d’associations qui la "
            "comptent parmi leurs partenaires<super>2</super>.", "serif"),
          table([["Famille de partenaires", "Associations concernées"],
                 ["Collectivités territoriales", "74 %"],
                 ["Autres associations ou fondations", "72 %"],
                 ["Établissements d’enseignement", "47 %"],
                 ["Entreprises", "28 %"],
                 ["Structures d’insertion", "22 %"],
                 ["Organismes de recherche", "9 %"]], [cw * 0.62, cw * 0.36]),
          Spacer(1, 6),
          P("Le secteur public local domine, suivi de près par le monde associatif lui-même. Les entreprises "
            "arrivent loin derrière : un peu plus d’une association sur quatre seulement les cite.", "serif"),
          P("La recherche reste marginale. Elle ne concerne qu’une petite minorité de structures, souvent "
            "positionnées dans la santé ou l’environnement.", "serif"),
          P("Des combinaisons typiques", "h3"),
          P("Le duo le plus fréquent associe une collectivité et une autre association. Viennent ensuite les "
            "triangles collectivité – association – établissement scolaire, très présents dans le sport et "
            "l’éducation populaire.", "serif"),
          Spacer(1, 6),
          P("<super>2</super> Plusieurs réponses possibles : le total dépasse 100 %.", "foot"),
          PageBreak()]
    # page 16 (PDF 3)
    s += [P("Chapitre 3 — Le poids de la taille", "h2"),
          P("La taille budgétaire est le facteur qui sépare le plus nettement les associations dans leur rapport "
            "aux entreprises. Deux catégories extrêmes suffisent à le montrer.", "serif"),
          P("Les plus grandes structures d’abord : celles dont le budget annuel dépasse 150 000 €. Parmi elles, "
            "la moitié entretient un partenariat avec au moins une entreprise, soit 50 %.", "serif"),
          P("À l’autre bout de l’échelle se trouvent les petites associations, qui fonctionnent avec moins de "
            "10 000 € par an. Pour elles, la proportion tombe à 20 %.", "serif"),
          P("Pourquoi un tel écart ?", "h3"),
          P("Les responsables interrogés avancent plusieurs raisons<super>3</super>. Elles tiennent moins à "
            "l’intérêt pour le partenariat qu’aux moyens disponibles pour le faire vivre :", "serif")]
    s += bullets(["le temps bénévole disponible pour prospecter ;",
                  "la capacité à rendre compte à un partenaire privé ;",
                  "la visibilité de l’association sur son territoire."])
    s += [P("Ce constat n’invite pas à la résignation. Plusieurs petites structures interrogées ont trouvé des "
            "partenaires grâce à un collectif ou à une fédération, qui mutualise la démarche.", "serif"),
          P("Un effet de seuil", "h3"),
          P("Entre les deux extrêmes, la progression est régulière : chaque tranche de budget ajoute quelques "
            "points. Aucun seuil brutal n’apparaît, ce qui plaide pour un accompagnement progressif plutôt que "
            "pour des dispositifs réservés aux grandes associations.", "serif"),
          Spacer(1, 8),
          P("<super>3</super> Question ouverte, recodée a posteriori ; les raisons citées ne sont pas exclusives "
            "les unes des autres.", "foot"),
          PageBreak()]
    # page 17 (PDF 4)
    s += [P("Pour situer ces résultats", "h2"),
          P("D’autres travaux de l’Observatoire des partenariats permettent de mettre ces chiffres en "
            "perspective. Le plus proche est une note de l’Observatoire consacrée aux modèles de "
            "co-construction, publiée le 29 février 2016.", "serif"),
          P("Elle mesurait la diffusion des partenariats des deux côtés de la relation :", "serif")]
    s += bullets(["côté entreprises, 37 % de celles qui comptent au moins 10 salariés ;",
                  "côté associations, 38 % de l’ensemble des associations ;",
                  "parmi les seules associations qui emploient des salariés, ce taux montait nettement."])
    s += [P("Ce dernier chiffre est à retenir. Il atteignait 53 %, ce qui rejoint le constat du chapitre 3 : "
            "la structuration favorise l’alliance.", "serif"),
          P("Attention aux comparaisons", "h3"),
          P("Les périmètres et les définitions diffèrent d’une enquête à l’autre. La note de 2016 raisonne sur "
            "l’ensemble des partenariats associations-entreprises, quand la présente étude décrit toutes les "
            "familles de partenaires. Les ordres de grandeur convergent néanmoins.", "serif"),
          Spacer(1, 6),
          framed([P("<b>En une phrase</b>", "body"),
                  P("Les associations s’allient d’abord avec leur territoire ; l’entreprise reste un partenaire "
                    "minoritaire, plus accessible aux structures dotées de moyens.", "body")], cw)]
    build("obs-s24-02-etude-associations-partenariats.pdf", s, [first, rest], title="Associations & Partenariats")


# ---------------------------------------------------------------------------
# 03 — FICHE REPÈRE : PHARE-Citoyens (3 pages, key figures, table, conflict
#      in a footnote)
# ---------------------------------------------------------------------------
def doc03():
    deco = make_decor("FICHE REPÈRE  ·  PROGRAMME PHARE  ·  VOLET CITOYENS",
                      "Fiche FR-03 — Observatoire des partenariats — feuillet {n} sur 3", offset=0, align="left")
    tpl = one_col("fr", deco)
    W = A4[0] - 32 * mm
    s = [P("FICHE REPÈRE", "label"),
         P("PHARE-Citoyens : ce que les Français attendent des alliances", "title"),
         P("Fiche n° 3 de la série PHARE — rédigée à partir des résultats rendus publics en septembre 2015", "edition"),
         keybox([("+ de 2 000", "personnes interrogées, représentatives de la population"),
                 ("69 %", "des Français jugent que les acteurs ont un « devoir d’alliance »")], W),
         Spacer(1, 10),
         P("Pourquoi cette enquête", "h2"),
         P("Le programme PHARE s’est ouvert par la parole des citoyens. Avant d’interroger entreprises, "
           "associations et institutions, l’Observatoire a voulu savoir si le grand public voyait dans le "
           "rapprochement des acteurs une réponse aux difficultés du pays.", "body"),
         P("La réponse est nette. Une large majorité estime que les organisations ne peuvent plus agir seules "
           "et qu’il leur revient de s’allier : c’est ce que l’étude appelle le « devoir d’alliance ».", "body"),
         P("Comment lire cette fiche", "h2"),
         P("Le feuillet 2 présente la hiérarchie des préoccupations des Français et les domaines où les "
           "partenariats leur semblent les plus utiles. Le feuillet 3 replace ces résultats dans la série des "
           "enquêtes citoyennes menées depuis 2008.", "body"),
         P("Les notes d’importance sont exprimées sur 10 ; les impacts sont exprimés en part de répondants "
           "qui jugent l’effet des partenariats « fort ».", "body"),
         PageBreak()]
    s += [P("Des préoccupations hiérarchisées", "h2"),
          P("Les personnes interrogées ont noté l’importance de plusieurs enjeux pour leur territoire. "
            "Le classement obtenu est le suivant.", "body"),
          table([["Enjeu", "Note moyenne d’importance (sur 10)"],
                 ["Emploi", "7,1"],
                 ["Pouvoir d’achat", "6,6"],
                 ["Sécurité", "6,6 *"],
                 ["Développement économique", "6,5"],
                 ["Environnement", "6,3"],
                 ["Exclusion", "6,3"]], [W * 0.5, W * 0.4]),
          P("* Un article de presse publié à la sortie de l’étude crédite la sécurité d’une note de 7/10. "
            "La présente fiche retient la valeur de la publication de l’Observatoire.", "foot"),
          Spacer(1, 6),
          P("Là où les partenariats comptent", "h2"),
          P("Interrogés ensuite sur l’effet concret des alliances entre acteurs, les Français distinguent "
            "quatre domaines où cet effet leur paraît fort :", "body")]
    s += bullets(["l’emploi, cité par 49 % des répondants ;",
                  "le développement économique, à 46 % ;",
                  "l’environnement, à 42 % ;",
                  "la précarité et l’éducation, à égalité, à 36 %."])
    s += [P("On retrouve l’emploi en tête dans les deux classements. Il est à la fois la première préoccupation "
            "et le domaine où les citoyens attendent le plus des partenariats.", "body"),
          PageBreak()]
    s += [P("Une conviction ancienne", "h2"),
          P("Le « devoir d’alliance » mesuré en 2015 prolonge une série plus ancienne. Dès le premier programme "
            "de l’Observatoire, ARPEA, les citoyens avaient été interrogés sur l’urgence de rapprocher "
            "associations et entreprises.", "body"),
          P("En 2008, la question a reçu un accueil massif. 86 % des Français jugeaient alors urgent de créer "
            "des partenariats.", "body"),
          P("La mesure a été reprise en 2012, au terme du programme. Le niveau avait à peine bougé : "
            "84 % partageaient toujours ce sentiment d’urgence.", "body"),
          P("Ce qui change avec PHARE", "h2"),
          P("Les enquêtes ARPEA posaient la question de l’urgence ; PHARE-Citoyens interroge la responsabilité. "
            "Les deux indicateurs ne sont donc pas directement comparables, mais ils décrivent une même attente.", "body"),
          Spacer(1, 8),
          framed([P("<b>Pour aller plus loin</b>", "body")] +
                 bullets(["les résultats PHARE-Entreprises et PHARE-Associations, publiés à l’automne 2015 ;",
                          "le rapport PHARE-Institutions, consacré aux élus locaux."]), W)]
    build("obs-s24-03-fiche-phare-citoyens.pdf", s, [tpl], title="PHARE-Citoyens - fiche repère")


# ---------------------------------------------------------------------------
# 04 — BULLETIN DE VEILLE : maires et co-construction (printed pages 2-4,
#      two columns on page 2, conflicting figure on page 3)
# ---------------------------------------------------------------------------
def doc04():
    deco = make_decor("BULLETIN DE VEILLE — CO-CONSTRUCTION TERRITORIALE — N° 7",
                      "Veille n° 7 · Le RAMEAU / Observatoire des partenariats · — {n} —", offset=1, align="center")
    one = one_col("one", deco)
    two = two_col("two", deco)
    W = A4[0] - 32 * mm
    cw = (W - 7 * mm) / 2
    s = [P("BULLETIN DE VEILLE", "label"),
         P("Maires et co-construction : ce que disent dix ans d’enquêtes", "title"),
         P("Numéro 7 — informations arrêtées à la fin de l’année 2024", "edition"),
         P("À la une : IMPACTS &amp; TRAJECTOIRES – Élus locaux", "h2"),
         P("La dernière vague d’enquête auprès des élus a été publiée en novembre 2024. Elle s’appuie sur un "
           "échantillon de 302 maires.", "body"),
         P("Le recueil s’est fait au téléphone. Les entretiens se sont étalés du 30 septembre au 28 octobre 2024.", "body"),
         P("Un territoire qui bouge", "h3"),
         P("Interrogés sur la dynamique de leur commune, les maires sont presque unanimes : 91 % décrivent un "
           "territoire en mouvement.", "body"),
         P("Ce total recouvre deux intensités. Un peu plus d’un tiers, 35 %, parlent d’un mouvement fort ; "
           "les autres, 56 %, d’un mouvement « ni plus ni moins » marqué qu’ailleurs.", "body"),
         P("Qui a répondu ?", "h3"),
         P("L’échantillon reflète la France des petites communes. Ainsi, 84 % des répondants dirigent une "
           "commune de moins de 2 000 habitants.", "body"),
         Spacer(1, 6),
         framed([P("<b>Notre lecture</b>", "body"),
                 P("La perception d’un territoire en mouvement est majoritaire même dans les très petites "
                   "communes. Elle ne dit rien, à elle seule, de la capacité des élus à accompagner ce mouvement : "
                   "c’est l’objet des repères rassemblés en page suivante.", "body")], W),
         NextPageTemplate("two"),
         PageBreak()]
    s += [P("Repères antérieurs", "h2"),
          P("PHARE-Institutions (2016)", "h3"),
          P("Dernier volet du programme PHARE, le rapport consacré aux institutions a été rendu public le "
            "29 novembre 2016. Il propose une typologie des élus.", "body"),
          P("Celle-ci distingue 5 profils de maires selon leur rapport à la co-construction. Elle a servi de "
            "base au référentiel présenté ensuite aux réseaux d’élus.", "body"),
          P("Le même rapport mesurait l’adhésion des maires à l’idée que les partenariats innovent. Ils étaient "
            "87 % à les considérer comme une source d’innovation pour leur territoire.", "body"),
          P("Le dîner « Élus &amp; Entreprises »", "h3"),
          P("À l’occasion de ce dîner, l’Observatoire a rappelé deux chiffres. Le premier concerne les élus "
            "locaux dans leur ensemble : 64 % souhaitent s’appuyer sur le « jouer collectif ».", "body"),
          P("Le second porte sur les seuls maires. 92 % d’entre eux reconnaissent l’utilité de la "
            "co-construction.", "body"),
          FrameBreak(),
          P("Engagement et pilotage", "h3"),
          P("Les travaux du programme IMPACT ajoutent une nuance importante. Les maires se disent engagés : "
            "76 % considèrent que leur territoire l’est.", "body"),
          P("Mais ils avouent aussi leurs limites. Près de la moitié, 46 %, ne savent pas comment piloter "
            "cette dynamique.", "body"),
          P("Un outil pour les élus", "h3"),
          P("Pour répondre à ce besoin, une fiche-repère intitulée « Les dynamiques d’engagement des "
            "Collectivités territoriales » a été dévoilée au Congrès des maires. Elle est tirée de l’étude "
            "IMPACT-Élus locaux, réalisée en novembre 2020 avec Comisis-OpinionWay.", "body"),
          P("Elle complète une fiche acteur sur la « Dynamique d’engagement des Fondations ».", "body"),
          Spacer(1, 6),
          framed([P("<b>À suivre</b> : le prochain numéro reviendra sur la place des entreprises dans ces "
                    "dynamiques territoriales.", "small")], cw),
          NextPageTemplate("one"),
          PageBreak()]
    s += [P("Sur le terrain", "h2"),
          P("La démarche « Agir ensemble en Territoire »", "h3"),
          P("Elle a été lancée en 2010. Son point de départ est l’étude ARPEA-Collectivités locales, conduite "
            "avec Comisis-OpinionWay, qui avait révélé l’attente des élus.", "body"),
          P("Trois territoires en ont essuyé les plâtres. Les voici, avec l’acteur qui les a portés :", "body")]
    s += bullets(["l’Alsace, avec Alsace Active ;",
                  "le Poitou-Charentes, avec le Groupe La Poste ;",
                  "Paris-Est Marne &amp; Bois, où la démarche a mobilisé élus et entreprises du territoire."])
    s += [P("Le parcours d’expérience avec le CGET", "h3"),
          P("Le Commissariat général à l’égalité des territoires et Le RAMEAU ont ensuite monté un parcours "
            "d’expérimentation sur la co-construction territoriale. Il réunit 11 territoires pionniers.", "body"),
          P("Sa durée est de 18 mois. La première session s’est tenue le 3 mai.", "body"),
          table([["Repère", "Valeur retenue", "Remarque"],
                 ["Territoires engagés", "11", "Un autre compte rendu évoque « 10 territoires pilotes »"],
                 ["Durée du parcours", "18 mois", "—"],
                 ["Première session", "3 mai", "année non précisée par la source"]],
                [W * 0.3, W * 0.22, W * 0.48]),
          Spacer(1, 8),
          P("Les chiffres divergents sont signalés tels quels : ce bulletin ne tranche pas entre les sources.", "foot")]
    build("obs-s24-04-bulletin-veille-maires.pdf", s, [one, two], title="Bulletin de veille n° 7")


# ---------------------------------------------------------------------------
# 05 — NOTE : jalons, acteurs et programmes (4 pages, timeline table,
#      footnotes, two columns on the last page)
# ---------------------------------------------------------------------------
def doc05():
    deco = make_decor("NOTE DE SYNTHÈSE — L’OBSERVATOIRE DES PARTENARIATS EN QUELQUES JALONS",
                      "Note de synthèse · version consolidée · f. {n}/4", offset=0)
    one = one_col("one", deco)
    two = two_col("two", deco)
    W = A4[0] - 32 * mm
    cw = (W - 7 * mm) / 2
    s = [P("NOTE", "label"),
         P("L’Observatoire des partenariats : jalons, acteurs et programmes", "title"),
         P("Synthèse documentaire — version consolidée après la création de la Fondation des Territoires", "edition"),
         P("1. Deux structures, une même ambition", "h2"),
         P("Le RAMEAU est né en 2006. Il s’agit d’une association d’intérêt général qui se présente "
           "comme un « laboratoire de recherche empirique » consacré aux alliances entre acteurs.", "body"),
         P("Son président-fondateur est Charles-Benoît Heidsieck. La direction générale est confiée à "
           "Laurence Weber.", "body"),
         P("L’Observatoire des partenariats est venu deux ans plus tard. Il a été créé en 2008 par la Caisse des "
           "Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif<super>1</super>.", "body"),
         P("Son rôle est d’objectiver : mesurer les pratiques partenariales, suivre leur évolution et mettre "
           "les résultats à disposition de tous.", "body"),
         P("2. Un dispositif en trois temps", "h2"),
         P("Chaque programme d’études couvre environ cinq ans. Les enquêtes y sont conduites par acteur "
           "(citoyens, entreprises, associations, institutions), puis croisées.", "body"),
         P("Au fil des programmes, le champ s’est élargi des seules relations associations-entreprises à "
           "l’ensemble des alliances au service du bien commun.", "body"),
         Spacer(1, 10),
         P("<super>1</super> Les documents les plus anciens (2011, 2012) datent la création de 2007 et emploient "
           "le nom d’« Observatoire national des partenariats associations / entreprises ».", "foot"),
         PageBreak()]
    s += [P("3. Les plans quinquennaux", "h2"),
          table([["Programme", "Période", "Ce qu’il faut en retenir"],
                 ["ARPEA", "2008-2012", "10 volets ; sigle développé de plusieurs façons selon les documents"],
                 ["PHARE", "2013-2018 <super>2</super>", "6 volets publiés de 2015 à 2016"],
                 ["IMPACT", "2018-2022", "lancé dès novembre 2017"]],
                [W * 0.18, W * 0.2, W * 0.62]),
          Spacer(1, 6),
          P("Le premier programme a donné lieu à un bilan d’ensemble. Ce rapport quinquennal a été présenté "
            "le 11 décembre 2012.", "body"),
          P("Il a été suivi d’une demande politique. Valérie Fourneyron, alors ministre, a souhaité un état des "
            "lieux des partenariats entre associations et entreprises ; le rapport est paru au début de 2014.", "body"),
          P("La direction scientifique", "h3"),
          P("Depuis l’origine, les études sont supervisées par Anne Robin, fondatrice du cabinet COMISIS. "
            "Elle exerce cette fonction à titre bénévole.", "body"),
          P("Le calendrier du programme PHARE", "h3"),
          P("Les six volets se sont succédé dans l’ordre suivant :", "body")]
    s += bullets(["Citoyens : septembre 2015 ;",
                  "Entreprises : octobre 2015 ;",
                  "Associations : novembre 2015 ;",
                  "rapports régionaux, au nombre de 13 : en 2016 ;",
                  "diagnostics sectoriels : juillet 2016 ;",
                  "Institutions : automne 2016."])
    s += [Spacer(1, 8),
          P("<super>2</super> Certaines présentations de l’Observatoire bornent PHARE à 2013-2017.", "foot"),
          PageBreak()]
    s += [P("4. Le programme IMPACT et ses suites", "h2"),
          P("IMPACT a été conduit avec un tour de table élargi. On y trouve la Caisse des Dépôts, l’Institut CDC "
            "pour la Recherche, le Groupe La Poste et la Fondation TOTAL, aux côtés du RAMEAU.", "body"),
          P("Il s’organise autour de trois axes : l’innovation sociétale et territoriale, la performance des "
            "organisations et la confiance.", "body"),
          P("Parmi ses livrables figure l’étude IMPACT – Fondations &amp; Territoires, publiée un 23 septembre. "
            "Elle repose sur les réponses de 42 fondations.", "body"),
          P("De l’étude à la loi", "h3"),
          P("En 2019, lors du Forum national des associations et fondations, Gabriel Attal a confié une mission "
            "ministérielle à deux personnalités : la députée Cathy Racon-Bouzon et Charles-Benoît Heidsieck.", "body"),
          P("Leur rapport a été remis le 7 mai 2020. Un bilan d’étape a suivi le 17 octobre 2020.", "body"),
          P("La mission a débouché sur deux prolongements. D’une part, une proposition de loi portée par la même "
            "députée pour reconnaître un « droit de l’alliance d’intérêt général ». D’autre part, une feuille de "
            "route ministérielle qui compte 21 mesures.", "body"),
          table([["Date", "Jalon"],
                 ["novembre 2017", "lancement du programme IMPACT"],
                 ["2019", "lettre de mission ministérielle"],
                 ["7 mai 2020", "remise du rapport de mission"],
                 ["17 octobre 2020", "bilan d’étape"]], [W * 0.25, W * 0.6]),
          NextPageTemplate("two"),
          PageBreak()]
    s += [P("5. Des outils pour passer à l’action", "h2"),
          P("Le Fonds ODD 17", "h3"),
          P("Il a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. Sa dotation de 1,5 M€ "
            "finance une expérimentation sur 3 ans.", "body"),
          P("L’objectif est d’outiller 350 « catalyseurs territoriaux », ces acteurs qui rapprochent les "
            "organisations d’un même territoire.", "body"),
          P("La Fondation des Territoires", "h3"),
          P("Sa préfiguration a démarré en juillet 2018 et s’est déroulée en trois étapes.", "body"),
          P("Elle a été officiellement créée le 14 juin 2022, sous l’égide de la Fondation de Lille. "
            "Elle réunit 21 co-fondateurs.", "body"),
          P("La Charte du faire alliance", "h3"),
          P("Co-construite pendant trois mois sous le pilotage de la Fondation des Territoires, elle a été "
            "dévoilée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice<super>3</super>.", "body"),
          FrameBreak(),
          P("M.E.D.O.C.", "h3"),
          P("Derrière ce sigle se cache la boîte à outils mise en ligne sur la plateforme odd17.org. Il "
            "regroupe cinq ressources : Méthodes, Exemples, Données, Outils, Compétences.", "body"),
          P("L’ODD 17 en bref", "h3"),
          P("Le dix-septième objectif de développement durable porte sur les partenariats. Il se décline en "
            "19 cibles, décryptées dans une note du Comité 21 parue un 5 juillet.", "body"),
          Spacer(1, 6),
          framed([P("<b>Repère</b>", "body"),
                  P("Depuis 2006, Le RAMEAU indique avoir mené des expérimentations auprès de plus de "
                    "500 organisations.", "body")], cw),
          Spacer(1, 10),
          P("<super>3</super> Un communiqué ministériel mentionne par erreur un « mardi 30 septembre ». "
            "La soirée s’est tenue sur le territoire de Paris-Est Marne &amp; Bois.", "foot")]
    build("obs-s24-05-note-jalons-observatoire.pdf", s, [one, two], title="Jalons de l'Observatoire")


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    print("ok")
