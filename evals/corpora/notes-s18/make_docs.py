#!/usr/bin/env python3
"""Deterministic generator of the 5 test PDFs of question set s18.

Run:  /work/main/.venv/bin/python make_docs.py
Writes obs-s18-NN-<slug>.pdf next to this script. Facts come from
/work/shared/facts.md (second half of its fact tables); the wording is ours.
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
from reportlab.lib.fonts import addMapping

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
PREFIX = "s18"

pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FONT_DIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", FONT_DIR + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS-I", FONT_DIR + "DejaVuSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("DVS-BI", FONT_DIR + "DejaVuSerif-BoldItalic.ttf"))
for fam, n, b, i, bi in (("DV", "DV", "DV-B", "DV-I", "DV-BI"),
                         ("DVS", "DVS", "DVS-B", "DVS-I", "DVS-BI")):
    addMapping(fam, 0, 0, n)
    addMapping(fam, 1, 0, b)
    addMapping(fam, 0, 1, i)
    addMapping(fam, 1, 1, bi)


def out(nn, slug):
    return os.path.join(HERE, "obs-%s-%s-%s.pdf" % (PREFIX, nn, slug))


def styles(base="DV", size=9.5):
    s = {}
    s["body"] = ParagraphStyle("body", fontName=base, fontSize=size, leading=size * 1.35,
                               spaceAfter=5)
    s["small"] = ParagraphStyle("small", parent=s["body"], fontSize=7.5, leading=9.5)
    s["label"] = ParagraphStyle("label", fontName="DV-B", fontSize=9, leading=11,
                                textColor=colors.HexColor("#b03a2e"), spaceAfter=4)
    s["title"] = ParagraphStyle("title", fontName="DV-B", fontSize=20, leading=24,
                                spaceAfter=4)
    s["subtitle"] = ParagraphStyle("subtitle", fontName="DV-I", fontSize=12, leading=15,
                                   textColor=colors.HexColor("#444444"), spaceAfter=4)
    s["edition"] = ParagraphStyle("edition", fontName="DV", fontSize=8.5, leading=11,
                                  textColor=colors.HexColor("#666666"), spaceAfter=10)
    s["h"] = ParagraphStyle("h", fontName="DV-B", fontSize=11, leading=14, spaceBefore=6,
                            spaceAfter=4, textColor=colors.HexColor("#1f4e79"))
    s["bullet"] = ParagraphStyle("bullet", parent=s["body"], leftIndent=12, bulletIndent=2,
                                bulletFontName="DV")
    s["cell"] = ParagraphStyle("cell", fontName=base, fontSize=8.8, leading=11)
    s["cellb"] = ParagraphStyle("cellb", fontName="DV-B", fontSize=8.8, leading=11)
    s["kfig"] = ParagraphStyle("kfig", fontName="DV-B", fontSize=26, leading=30,
                               alignment=TA_CENTER, textColor=colors.HexColor("#b03a2e"))
    s["kcap"] = ParagraphStyle("kcap", fontName="DV", fontSize=8.5, leading=11,
                               alignment=TA_CENTER)
    return s


def keybox(st, figure, caption, width, color="#fdf2e9"):
    t = Table([[Paragraph(figure, st["kfig"])], [Paragraph(caption, st["kcap"])]],
              colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(color)),
        ("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#b03a2e")),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def grid(st, rows, widths, header_bg="#1f4e79"):
    data = [[Paragraph('<font color="white">%s</font>' % c, st["cellb"]) for c in rows[0]]]
    for r in rows[1:]:
        data.append([Paragraph(c, st["cell"]) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(header_bg)),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#eef3f8")]),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]))
    return t


def make_doc(path, title, on_page, margins=(20 * mm, 20 * mm, 24 * mm, 22 * mm),
             gap=8 * mm, pagesize=A4, first="one"):
    left, right, top, bottom = margins
    W, H = pagesize
    fw = W - left - right
    fh = H - top - bottom
    doc = BaseDocTemplate(path, pagesize=pagesize, title=title, author="Le RAMEAU (document de test)",
                          subject=title, creator="make_docs.py s18",
                          leftMargin=left, rightMargin=right, topMargin=top,
                          bottomMargin=bottom)
    one = Frame(left, bottom, fw, fh, id="one")
    cw = (fw - gap) / 2
    c1 = Frame(left, bottom, cw, fh, id="c1")
    c2 = Frame(left + cw + gap, bottom, cw, fh, id="c2")
    # head frame + two columns below it (for first pages with a title block)
    head_h = 62 * mm
    hd = Frame(left, bottom + fh - head_h, fw, head_h, id="hd")
    h1 = Frame(left, bottom, cw, fh - head_h, id="h1")
    h2 = Frame(left + cw + gap, bottom, cw, fh - head_h, id="h2")
    tpls = [
        PageTemplate(id="one", frames=[one], onPage=on_page),
        PageTemplate(id="two", frames=[c1, c2], onPage=on_page),
        PageTemplate(id="headtwo", frames=[hd, h1, h2], onPage=on_page),
    ]
    tpls.sort(key=lambda t: t.id != first)  # the first template is used for page 1
    doc.addPageTemplates(tpls)
    doc._fw = fw
    doc._cw = cw
    return doc


# ---------------------------------------------------------------------------
# Document 1 -- ÉTUDE, two columns, printed pages 12-15
# ---------------------------------------------------------------------------
def doc1():
    path = out("01", "impact-associations-territoires")
    st = styles()

    def on_page(c, d):
        W, H = A4
        c.saveState()
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 8)
        c.drawString(20 * mm, H - 9 * mm, "OBSERVATOIRE DES PARTENARIATS  ·  PROGRAMME IMPACT")
        c.setFont("DV", 8)
        c.drawRightString(W - 20 * mm, H - 9 * mm, "Cahier « Associations & Territoires »")
        c.setFillColor(colors.HexColor("#555555"))
        c.setStrokeColor(colors.HexColor("#999999"))
        c.line(20 * mm, 15 * mm, W - 20 * mm, 15 * mm)
        c.setFont("DV", 7.5)
        c.drawString(20 * mm, 10 * mm, "Le RAMEAU — tiré à part, diffusion restreinte")
        c.setFont("DV-B", 9)
        c.drawRightString(W - 20 * mm, 10 * mm, str(11 + d.page))
        c.restoreState()

    doc = make_doc(path, "IMPACT – Associations & Territoires", on_page, first="headtwo")
    cw = doc._cw
    S = []
    S.append(Paragraph("ÉTUDE", st["label"]))
    S.append(Paragraph("IMPACT – Associations &amp; Territoires", st["title"]))
    S.append(Paragraph("Les associations employeuses et leurs alliés de proximité", st["subtitle"]))
    S.append(Paragraph("Tiré à part du cahier n° 3 — reprend les pages 12 à 15 de l'édition de travail "
                       "du programme IMPACT", st["edition"]))
    S.append(FrameBreak())
    S.append(Paragraph("Le périmètre retenu", st["h"]))
    S.append(Paragraph(
        "L'étude ne couvre pas tout le monde associatif. Elle s'attache aux structures qui salarient au "
        "moins une personne, celles que l'on nomme les associations employeuses. On en compte environ "
        "148 000 sur l'ensemble du territoire national.", st["body"]))
    S.append(Paragraph(
        "Ce sont elles qui portent l'essentiel de l'emploi associatif. Ce sont aussi elles qui, par leur "
        "taille et leur ancrage, entretiennent le plus de relations avec d'autres organisations, publiques "
        "comme privées.", st["body"]))
    S.append(Paragraph("Un réflexe devenu presque général", st["h"]))
    S.append(Paragraph(
        "La question posée était simple : l'association entretient-elle au moins une relation "
        "partenariale, quelle qu'en soit la forme ? La réponse ne laisse guère de place au doute. "
        "La quasi-totalité répond oui. Elles sont 98 % dans ce cas.", st["body"]))
    S.append(Paragraph(
        "Ce chiffre ne renseigne pas, en revanche, sur l'intensité de ces liens ni sur la nature des "
        "partenaires. C'est l'objet des pages qui suivent.", st["body"]))
    S.append(FrameBreak())
    S.append(keybox(st, "98 %", "des associations employeuses déclarent au moins une relation "
                    "partenariale", cw))
    S.append(Spacer(1, 8))
    S.append(Paragraph(
        "Pour les auteurs, ce résultat marque la fin d'une époque où le partenariat restait l'affaire "
        "de quelques pionniers. Il est désormais la règle ; reste à savoir avec qui, à quelle échelle "
        "et pour quoi faire.", st["body"]))
    S.append(Paragraph(
        "Les réponses ont été regroupées par grandes familles d'acteurs, puis par échelle d'action et "
        "par forme de relation. Chaque famille est présentée avec la part des associations employeuses "
        "qui la citent.", st["body"]))
    S.append(NextPageTemplate("one"))
    S.append(PageBreak())
    # page 2 (printed 13)
    S.append(Paragraph("Qui sont les partenaires ?", st["h"]))
    S.append(Paragraph(
        "Le tableau ci-dessous donne, pour chaque famille de partenaires, la part des associations "
        "employeuses qui disent travailler avec elle<super>1</super>.", st["body"]))
    rows = [["Famille de partenaires", "Part des associations", "Rang"],
            ["Collectivités territoriales (communes, départements, régions)", "89 %", "1"],
            ["Structures d'intérêt général (associations, fondations)", "73 %", "2"],
            ["Établissements scolaires", "70 %", "3"],
            ["Collectifs d'associations", "56 %", "4"],
            ["Acteurs publics nationaux", "52 %", "5"],
            ["Fédérations professionnelles", "37 %", "6"],
            ["Acteurs académiques (universités, laboratoires)", "35 %", "7"]]
    S.append(grid(st, rows, [100 * mm, 40 * mm, 20 * mm]))
    S.append(Spacer(1, 10))
    S.append(Paragraph(
        "La hiérarchie est nette. Les collectivités arrivent très loin devant : elles sont "
        "l'interlocuteur naturel de l'immense majorité des associations. Le monde académique, lui, "
        "ferme la marche, juste derrière les fédérations professionnelles.", st["body"]))
    S.append(Paragraph(
        "Entre les deux, l'école occupe une place singulière. Elle devance les collectifs "
        "d'associations et les acteurs publics nationaux, signe que l'éducation reste un terrain "
        "d'alliance privilégié.", st["body"]))
    S.append(Spacer(1, 14))
    S.append(Paragraph(
        "<super>1</super> Plusieurs réponses étaient possibles ; la somme des pourcentages dépasse donc "
        "100 %.", st["small"]))
    S.append(NextPageTemplate("two"))
    S.append(PageBreak())
    # page 3 (printed 14)
    S.append(Paragraph("À quelle échelle ?", st["h"]))
    S.append(Paragraph(
        "Les associations employeuses nouent d'abord leurs alliances près de chez elles. L'échelon "
        "local est cité par 73 % d'entre elles.", st["body"]))
    S.append(Paragraph(
        "Le niveau régional vient ensuite, à bonne distance. Il est mentionné par 47 % des "
        "répondantes.", st["body"]))
    S.append(Paragraph(
        "Cette géographie du partenariat confirme le rôle de la proximité : on s'allie avec ceux que "
        "l'on connaît, sur un territoire que l'on partage.", st["body"]))
    S.append(Paragraph("Quelles formes prennent ces relations ?", st["h"]))
    S.append(Paragraph(
        "Le questionnaire distinguait quatre grandes formes de relations. Les voici, de la plus "
        "fréquente à la moins citée :", st["body"]))
    for b in ["le mécénat (soutien financier, en nature ou en compétences) : 75 % ;",
              "l'innovation sociétale, quand les partenaires inventent ensemble une réponse "
              "nouvelle : 73 % ;",
              "les pratiques responsables, qui font évoluer la manière d'agir de chacun : 70 % ;",
              "la coopération économique entre structures : 58 %."]:
        S.append(Paragraph(b, st["bullet"], bulletText="•"))
    S.append(FrameBreak())
    S.append(Paragraph(
        "Le mécénat reste donc la porte d'entrée la plus courante. Il n'est plus la seule : "
        "l'innovation sociétale le talonne, ce qui aurait surpris il y a quelques années.", st["body"]))
    S.append(Paragraph(
        "La coopération économique, enfin, progresse mais demeure minoritaire. Elle suppose des "
        "modèles plus aboutis, que peu d'associations ont encore formalisés.", st["body"]))
    S.append(Paragraph("Lecture croisée", st["h"]))
    S.append(Paragraph(
        "Les associations qui pratiquent l'innovation sociétale sont aussi celles qui diversifient le "
        "plus leurs partenaires. Ce dernier point mériterait une exploitation plus fine, prévue dans "
        "une prochaine livraison.", st["body"]))
    S.append(NextPageTemplate("one"))
    S.append(PageBreak())
    # page 4 (printed 15)
    S.append(Paragraph("Comment lire ces résultats", st["h"]))
    S.append(Paragraph(
        "Les chiffres présentés ici décrivent des déclarations : ils disent ce que les dirigeants "
        "associatifs perçoivent de leurs relations, non la valeur de ces relations. Ils doivent donc "
        "être lus comme un état des pratiques, à rapprocher des autres volets du programme.", st["body"]))
    S.append(Paragraph(
        "Le programme IMPACT s'organise autour de trois axes, rappelés ci-dessous :", st["body"]))
    for b in ["l'innovation sociétale et territoriale ;",
              "la performance des organisations ;",
              "la confiance entre acteurs."]:
        S.append(Paragraph(b, st["bullet"], bulletText="–"))
    S.append(Paragraph(
        "Il est conduit par Le RAMEAU avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, le "
        "Groupe La Poste et la Fondation TOTAL.", st["body"]))
    S.append(Spacer(1, 10))
    S.append(Paragraph(
        "Les volets consacrés aux collectivités et aux fondations font l'objet de publications "
        "séparées.", st["body"]))
    doc.build(S)


# ---------------------------------------------------------------------------
# Document 2 -- FICHE REPÈRE, single column + side box, printed "page x / 3"
# ---------------------------------------------------------------------------
def doc2():
    path = out("02", "fiche-associations-partenariats")
    st = styles("DVS", 10)

    def on_page(c, d):
        W, H = A4
        c.saveState()
        c.setFillColor(colors.HexColor("#117a65"))
        c.rect(20 * mm, H - 16 * mm, W - 40 * mm, 1.2 * mm, stroke=0, fill=1)
        c.setFont("DV-B", 8)
        c.drawString(20 * mm, H - 12 * mm, "LE RAMEAU × RECHERCHES & SOLIDARITÉS")
        c.setFont("DV-I", 8)
        c.drawRightString(W - 20 * mm, H - 12 * mm, "Fiche repère — Associations & Partenariats")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DV", 7.5)
        c.drawCentredString(W / 2, 11 * mm, "page %d / 3" % d.page)
        c.drawString(20 * mm, 11 * mm, "Reproduction autorisée avec mention de la source")
        c.restoreState()

    doc = make_doc(path, "Associations & Partenariats — fiche repère", on_page)
    fw = doc._fw
    S = [NextPageTemplate("one")]
    S.append(Paragraph("FICHE REPÈRE", st["label"]))
    S.append(Paragraph("Associations &amp; Partenariats", st["title"]))
    S.append(Paragraph("Avec qui les associations font-elles alliance ?", st["subtitle"]))
    S.append(Paragraph("Parution : mars 2017 · série « Repères », réalisée avec Recherches &amp; Solidarités",
                       st["edition"]))
    left = [
        Paragraph("D'où viennent les chiffres ?", st["h"]),
        Paragraph("D'une enquête en ligne ouverte au printemps 2016. Elle s'est déroulée sur deux mois, "
                  "en mai et en juin. Plus de 1 380 responsables associatifs y ont pris part, issus de "
                  "tous les secteurs et de toutes les tailles d'associations.", st["body"]),
        Paragraph("La fiche a été préparée par Le RAMEAU avec Recherches &amp; Solidarités, réseau "
                  "d'experts qui interroge depuis longtemps les dirigeants associatifs sur leurs "
                  "pratiques.", st["body"]),
        Paragraph("Combien de partenaires ?", st["h"]),
        Paragraph("Une association ne travaille que rarement avec un seul acteur. Combien en "
                  "mobilise-t-elle en moyenne ? L'enquête répond : 2,5.", st["body"]),
        Paragraph("Ce nombre varie selon l'ancienneté et le secteur ; il est plus élevé dans le "
                  "social et l'éducation que dans les loisirs.", st["body"]),
    ]
    box = Table([[Paragraph("En bref", st["cellb"])],
                 [Paragraph("Une association sur quatre environ s'est déjà alliée à une entreprise.",
                            st["cell"])],
                 [Paragraph("Les collectivités restent le premier partenaire.", st["cell"])],
                 [Paragraph("La taille du budget change tout pour l'accès aux entreprises.",
                            st["cell"])]],
                colWidths=[48 * mm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e8f6f3")),
                             ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#117a65")),
                             ("TOPPADDING", (0, 0), (-1, -1), 4)]))
    lay = Table([[left, box]], colWidths=[fw - 56 * mm, 56 * mm])
    lay.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (1, 0), (1, 0), 8)]))
    S.append(lay)
    S.append(PageBreak())
    # page 2
    S.append(Paragraph("La carte des partenaires", st["h"]))
    S.append(Paragraph("Chaque ligne indique la part des associations qui citent ce type de "
                       "partenaire (plusieurs réponses possibles).", st["body"]))
    rows = [["Type de partenaire", "Part des associations", "Observation"],
            ["Collectivités territoriales", "74 %", "premier partenaire, tous secteurs confondus"],
            ["Autres associations et fondations", "72 %", "alliances entre pairs"],
            ["Établissements d'enseignement", "47 %", "écoles, collèges, lycées, universités"],
            ["Entreprises", "28 %", "plus fréquent chez les grandes associations"],
            ["Structures de l'insertion", "22 %", "chantiers, entreprises d'insertion"],
            ["Organismes de recherche", "9 %", "encore marginal"]]
    S.append(grid(st, rows, [58 * mm, 35 * mm, 77 * mm], header_bg="#117a65"))
    S.append(Spacer(1, 10))
    S.append(Paragraph("Le budget, facteur décisif", st["h"]))
    S.append(Paragraph(
        "Le lien avec une entreprise dépend beaucoup de la taille de l'association. Au-dessus de "
        "150 000 € de budget annuel, une association sur deux a noué un partenariat avec une "
        "entreprise. La proportion est précisément de 50 %.", st["body"]))
    S.append(Paragraph(
        "À l'autre bout de l'échelle, sous le seuil de 10 000 €, elle tombe à 20 %. Les petites "
        "structures, souvent sans salarié, peinent à se rendre visibles des entreprises.", st["body"]))
    S.append(PageBreak())
    # page 3
    S.append(Paragraph("Petit lexique", st["h"]))
    S.append(Paragraph("Trois notions reviennent dans cette fiche ; voici le sens qui leur est donné :",
                       st["body"]))
    S.append(Paragraph(
        "<b>Partenariat</b> — relation durable entre une association et une autre organisation, "
        "fondée sur un objectif partagé et un engagement réciproque, qu'elle donne lieu ou non à un "
        "échange d'argent.", st["bullet"], bulletText="•"))
    S.append(Paragraph(
        "<b>Mécénat de compétences</b> — mise à disposition, par une entreprise, du savoir-faire de "
        "ses salariés pendant leur temps de travail, au profit d'une cause d'intérêt général.",
        st["bullet"], bulletText="•"))
    S.append(Paragraph(
        "<b>Structure de l'insertion</b> — organisme qui accompagne vers l'emploi des personnes qui "
        "en sont éloignées, en leur proposant une activité encadrée.", st["bullet"], bulletText="•"))
    S.append(Spacer(1, 8))
    S.append(Paragraph("Pour aller plus loin", st["h"]))
    S.append(Paragraph(
        "Les résultats détaillés par secteur et par région sont disponibles auprès des deux "
        "partenaires de la fiche. Ils seront actualisés lors de la prochaine vague d'enquête.",
        st["body"]))
    doc.build(S)


# ---------------------------------------------------------------------------
# Document 3 -- BULLETIN DE VEILLE, two columns, printed pages 4-6
# ---------------------------------------------------------------------------
def doc3():
    path = out("03", "veille-premieres-enquetes")
    st = styles("DV", 9)

    def on_page(c, d):
        W, H = A4
        c.saveState()
        c.setFont("DV-B", 8.5)
        c.setFillColor(colors.HexColor("#7d3c98"))
        c.drawString(20 * mm, H - 12 * mm, "BULLETIN DE VEILLE")
        c.setFont("DV", 8)
        c.setFillColor(colors.HexColor("#333333"))
        c.drawString(55 * mm, H - 12 * mm, "Partenariats & territoires — n° 14, hiver")
        c.setStrokeColor(colors.HexColor("#7d3c98"))
        c.line(20 * mm, H - 14.5 * mm, W - 20 * mm, H - 14.5 * mm)
        c.setFont("DV", 7.5)
        c.drawString(20 * mm, 11 * mm, "Rubrique Archives & brèves")
        c.drawRightString(W - 20 * mm, 11 * mm, "— %d —" % (3 + d.page))
        c.restoreState()

    doc = make_doc(path, "Bulletin de veille n° 14", on_page, first="headtwo")
    cw = doc._cw
    S = []
    S.append(Paragraph("BULLETIN DE VEILLE", st["label"]))
    S.append(Paragraph("Ce que disaient les premières enquêtes", st["title"]))
    S.append(Paragraph("Retour sur les mesures ARPEA et les notes qui ont suivi", st["subtitle"]))
    S.append(Paragraph("Numéro 14 — livraison d'hiver ; extrait des pages 4 à 6", st["edition"]))
    S.append(FrameBreak())
    S.append(Paragraph("ARPEA-Citoyens : l'urgence ressentie", st["h"]))
    S.append(Paragraph(
        "Dès la première vague, en 2008, l'opinion se montrait demandeuse. Une large majorité de "
        "Français jugeait alors urgent que associations et entreprises construisent des "
        "partenariats : 86 % d'entre eux.", st["body"]))
    S.append(Paragraph(
        "Quatre ans plus tard, la question a été reposée dans les mêmes termes. Le résultat de "
        "2012 s'établissait à 84 %, un léger tassement qui laisse le niveau très élevé.", st["body"]))
    S.append(Paragraph(
        "Entre les deux mesures, la crise financière était passée par là ; elle n'a pas entamé "
        "l'attente des citoyens.", st["body"]))
    S.append(FrameBreak())
    S.append(Paragraph("Côté associations", st["h"]))
    S.append(Paragraph(
        "Le même programme s'est penché sur le monde associatif. Il en ressortait qu'une "
        "association sur deux, ou presque, travaillait déjà avec le monde économique. Le chiffre "
        "exact : près de 46 % des associations étaient engagées avec une entreprise.", st["body"]))
    S.append(Paragraph(
        "Ces relations restaient alors souvent ponctuelles et peu formalisées<super>1</super>.",
        st["body"]))
    S.append(Spacer(1, 6))
    S.append(keybox(st, "2008 → 2012", "deux vagues de mesure auprès des citoyens", cw,
                    color="#f4ecf7"))
    S.append(Spacer(1, 6))
    S.append(Paragraph(
        "<super>1</super> Formalisation entendue ici comme la signature d'une convention écrite.",
        st["small"]))
    S.append(NextPageTemplate("two"))
    S.append(PageBreak())
    # page 2 (printed 5)
    S.append(Paragraph("ARPEA Entreprises &amp; Territoires", st["h"]))
    S.append(Paragraph(
        "Publiée en janvier 2011, cette étude interrogeait les entreprises sur leurs liens avec les "
        "associations. Elle les répartissait en trois groupes :", st["body"]))
    rows = [["Position des entreprises", "Part"],
            ["Développent déjà des partenariats", "21 %"],
            ["Souhaitent en développer", "33 %"],
            ["Ne le souhaitent pas", "46 %"]]
    S.append(grid(st, rows, [cw * 0.7, cw * 0.3], header_bg="#7d3c98"))
    S.append(Spacer(1, 6))
    S.append(Paragraph(
        "En clair, un tiers des entreprises se disaient prêtes à franchir le pas sans l'avoir encore "
        "fait ; c'est à elles que s'adressaient les premiers outils d'accompagnement.", st["body"]))
    S.append(FrameBreak())
    S.append(Paragraph("Une note datée du 29 février", st["h"]))
    S.append(Paragraph(
        "Publiée le 29 février 2016 — date rare —, cette note faisait le point sur les modèles de "
        "co-construction. Elle estimait à 37 % la part des entreprises d'au moins 10 salariés "
        "engagées dans un partenariat associatif.", st["body"]))
    S.append(Paragraph(
        "Du côté des associations, le taux d'ensemble était voisin : 38 %. Il grimpait nettement chez "
        "celles qui emploient des salariés. Pour ces dernières, il atteignait 53 %.", st["body"]))
    S.append(Paragraph(
        "La note insistait sur les « pionniers », ces organisations qui avaient expérimenté avant "
        "les autres et servaient de référence.", st["body"]))
    S.append(NextPageTemplate("two"))
    S.append(PageBreak())
    # page 3 (printed 6)
    S.append(Paragraph("Brèves", st["label"]))
    S.append(Paragraph("ODD 17 : une note pour décrypter", st["h"]))
    S.append(Paragraph(
        "Le Comité 21 a publié le 5 juillet une note intitulée « ODD 17 : Sens, décryptages, "
        "déclinaisons ». Elle détaille l'objectif consacré aux partenariats.", st["body"]))
    S.append(Paragraph(
        "Combien de cibles<super>2</super> cet objectif comporte-t-il ? La note en recense 19.",
        st["body"]))
    S.append(Paragraph("M.E.D.O.C., mode d'emploi", st["h"]))
    S.append(Paragraph(
        "La plateforme www.odd17.org range ses ressources sous cinq entrées, dont les initiales "
        "forment le sigle M.E.D.O.C. : Méthodes, Exemples, Données, Outils, Compétences.",
        st["body"]))
    S.append(FrameBreak())
    S.append(Paragraph("Le laboratoire en chiffres", st["h"]))
    S.append(Paragraph(
        "Depuis sa création en 2006, Le RAMEAU a conduit des expérimentations auprès de plus de 500 "
        "organisations.", st["body"]))
    S.append(Paragraph("À paraître", st["h"]))
    S.append(Paragraph(
        "Le prochain numéro reviendra sur les rapports régionaux et sur les démarches engagées par "
        "les collectivités.", st["body"]))
    S.append(Spacer(1, 20))
    S.append(Paragraph(
        "<super>2</super> Ces cibles couvrent notamment la finance, la technologie, le renforcement "
        "des capacités et les partenariats multi-acteurs.", st["small"]))
    doc.build(S)


# ---------------------------------------------------------------------------
# Document 4 -- DIAPORAMA, 16:9 slides drawn on canvas, printed slide numbers 7-11
# ---------------------------------------------------------------------------
def doc4():
    path = out("04", "diaporama-elus-locaux-2024")
    W, H = 960, 540
    c = rl_canvas.Canvas(path, pagesize=(W, H), invariant=1)
    c.setTitle("IMPACTS & TRAJECTOIRES – Élus locaux (diaporama)")
    c.setAuthor("Le RAMEAU (document de test)")
    c.setCreator("make_docs.py s18")

    def frame(num):
        c.setFillColor(colors.HexColor("#0e6655"))
        c.rect(0, H - 40, W, 40, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 13)
        c.drawString(30, H - 26, "Observatoire des partenariats")
        c.setFont("DV", 11)
        c.drawRightString(W - 30, H - 26, "Restitution élus locaux")
        c.setFillColor(colors.HexColor("#666666"))
        c.setFont("DV", 10)
        c.drawString(30, 18, "IMPACTS & TRAJECTOIRES – Élus locaux · novembre 2024")
        c.drawRightString(W - 30, 18, "%d / 24" % num)
        c.setFillColor(colors.black)

    def lines(items, x=60, y=H - 150, size=22, gap=40):
        for it in items:
            font, txt = ("DV-B", it[1:]) if it.startswith("*") else ("DV", it)
            sz = size + 6 if it.startswith("*") else size
            c.setFont(font, sz)
            c.drawString(x, y, txt)
            y -= gap
        return y

    # slide 7
    frame(7)
    c.setFont("DV-B", 16)
    c.setFillColor(colors.HexColor("#b03a2e"))
    c.drawString(60, H - 120, "DIAPORAMA")
    c.setFillColor(colors.black)
    c.setFont("DV-B", 34)
    c.drawString(60, H - 180, "IMPACTS & TRAJECTOIRES")
    c.drawString(60, H - 225, "Élus locaux")
    c.setFont("DV", 18)
    c.drawString(60, H - 280, "Restitution des résultats — vague de l'automne 2024")
    c.setFont("DV-I", 14)
    c.drawString(60, H - 320, "Extrait : diapositives 7 à 11")
    c.showPage()
    # slide 8
    frame(8)
    c.setFont("DV-B", 26)
    c.drawString(60, H - 95, "Comment l'enquête a été menée")
    lines(["Un échantillon de maires",
           "*302 répondants",
           "Interrogés par téléphone",
           "Terrain : du 30 septembre au 28 octobre 2024",
           "Profil : surtout des petites communes",
           "84 % des répondants élus de communes de moins de 2 000 habitants"], size=20, gap=46)
    c.showPage()
    # slide 9
    frame(9)
    c.setFont("DV-B", 26)
    c.drawString(60, H - 95, "Le territoire bouge-t-il ?")
    c.setFont("DV-I", 18)
    c.drawString(60, H - 140, "Question posée : votre territoire est-il en mouvement ?")
    c.setFont("DV", 20)
    c.drawString(60, H - 200, "Réponse positive")
    c.setFont("DV-B", 48)
    c.setFillColor(colors.HexColor("#0e6655"))
    c.drawString(60, H - 260, "91 %")
    c.setFillColor(colors.black)
    # bars
    for i, (lab, val) in enumerate((("fortement", 35), ("ni plus ni moins", 56))):
        y = H - 330 - i * 60
        c.setFont("DV", 16)
        c.drawString(60, y + 8, "dont « %s »" % lab)
        c.setFillColor(colors.HexColor("#76d7c4"))
        c.rect(330, y, val * 8, 28, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DV-B", 16)
        c.drawString(340 + val * 8, y + 8, "%d %%" % val)
    c.showPage()
    # slide 10
    frame(10)
    c.setFont("DV-B", 26)
    c.drawString(60, H - 95, "Rappel : la vague précédente")
    lines(["IMPACT-Élus locaux, novembre 2020",
           "Terrain confié à Comisis-OpinionWay",
           "Débouché : une fiche-repère",
           "« Les dynamiques d'engagement des Collectivités territoriales »",
           "Présentée aux maires comme un outil de co-construction territoriale"],
          size=19, gap=50)
    c.showPage()
    # slide 11
    frame(11)
    c.setFont("DV-B", 26)
    c.drawString(60, H - 95, "Les maires et l'alliance : autres repères")
    lines(["Mon territoire est engagé : 76 % des maires",
           "Mais comment piloter ? 46 % ne savent pas le faire",
           "S'appuyer sur le « jouer collectif » : 64 % des élus locaux",
           "La co-construction est utile : 92 % des maires"], size=20, gap=56)
    c.setFont("DV-I", 12)
    c.drawString(60, 60, "Sources : enquêtes de l'Observatoire ; repères présentés lors des rencontres élus-entreprises.")
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Document 5 -- NOTE, single column, numbered sections, printed "– 1 –" from PDF page 2
# ---------------------------------------------------------------------------
def doc5():
    path = out("05", "note-desir-alliance")
    st = styles("DVS", 10)

    def on_page(c, d):
        W, H = A4
        c.saveState()
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(22 * mm, H - 12 * mm, "NOTE DE SYNTHÈSE · Citoyens, entreprises, maires : le désir d'alliance")
        c.drawRightString(W - 22 * mm, H - 12 * mm, "Observatoire des partenariats")
        c.setStrokeColor(colors.HexColor("#aaaaaa"))
        c.line(22 * mm, H - 14 * mm, W - 22 * mm, H - 14 * mm)
        c.line(22 * mm, 16 * mm, W - 22 * mm, 16 * mm)
        c.drawString(22 * mm, 11 * mm, "Document de travail — ne pas citer sans l'accord des auteurs")
        if d.page > 1:
            c.drawRightString(W - 22 * mm, 11 * mm, "– %d –" % (d.page - 1))
        c.restoreState()

    doc = make_doc(path, "Le désir d'alliance vu par les Français", on_page,
                   margins=(22 * mm, 22 * mm, 24 * mm, 24 * mm))
    fw = doc._fw
    S = [NextPageTemplate("one")]
    S.append(Paragraph("NOTE", st["label"]))
    S.append(Paragraph("Le désir d'alliance vu par les Français", st["title"]))
    S.append(Paragraph("Ce que disent les enquêtes, de PHARE-Citoyens à la sortie de crise",
                       st["subtitle"]))
    S.append(Paragraph("Version révisée : intègre les résultats publiés après la crise sanitaire",
                       st["edition"]))
    S.append(Paragraph("1. Le point de départ : PHARE-Citoyens", st["h"]))
    S.append(Paragraph(
        "Les résultats du volet PHARE-Citoyens ont été rendus publics en septembre 2015. Ils "
        "reposaient sur un large échantillon : plus de 2 000 personnes ont été interrogées.",
        st["body"]))
    S.append(Paragraph(
        "Une majorité nette se dégageait déjà. Faire alliance apparaissait aux Français comme un "
        "devoir ; ils étaient 69 % à le penser.", st["body"]))
    S.append(Paragraph(
        "Cette conviction, forte mais pas encore écrasante, servira de point de comparaison pour les "
        "mesures suivantes (voir section 4).", st["body"]))
    S.append(PageBreak())
    # page 2 -> printed 1
    S.append(Paragraph("2. Les priorités des Français", st["h"]))
    S.append(Paragraph(
        "Les personnes interrogées devaient noter l'importance de plusieurs enjeux pour leur "
        "territoire, sur une échelle de 0 à 10. Le tableau les classe par note décroissante.",
        st["body"]))
    rows = [["Enjeu", "Note moyenne (sur 10)"],
            ["Emploi", "7,1"],
            ["Pouvoir d'achat", "6,6"],
            ["Sécurité", "6,6 <super>1</super>"],
            ["Développement économique", "6,5"],
            ["Environnement", "6,3"],
            ["Exclusion", "6,3"]]
    S.append(grid(st, rows, [90 * mm, 50 * mm], header_bg="#5d6d7e"))
    S.append(Spacer(1, 8))
    S.append(Paragraph("3. Là où les partenariats pèsent le plus", st["h"]))
    S.append(Paragraph(
        "Restait à savoir sur quels sujets les alliances produisent, selon les Français, des effets "
        "forts. Les réponses désignent d'abord l'emploi, puis l'économie :", st["body"]))
    for b in ["emploi : 49 % ;", "développement économique : 46 % ;", "environnement : 42 % ;",
              "précarité : 36 % ;", "éducation : 36 %."]:
        S.append(Paragraph(b, st["bullet"], bulletText="•"))
    S.append(Spacer(1, 12))
    S.append(Paragraph(
        "<super>1</super> Une autre restitution de la même enquête, reprise par la presse, arrondit la "
        "note de la sécurité à 7/10.", st["small"]))
    S.append(PageBreak())
    # page 3 -> printed 2
    S.append(Paragraph("4. Cinq ans plus tard", st["h"]))
    S.append(Paragraph(
        "La mesure du « devoir d'alliance » a été reprise auprès des Français. Elle atteint "
        "désormais 81 %.", st["body"]))
    S.append(Paragraph(
        "Chez les maires, on parle plutôt de besoin. Ils sont 92 % à exprimer ce besoin d'alliance. "
        "Les dirigeants d'entreprise, eux, en ont surtout envie ; ce dernier sentiment est partagé "
        "par 84 % d'entre eux.", st["body"]))
    S.append(Paragraph(
        "Autre question, autre éclairage : les partenariats sont-ils une source d'innovation ? Le "
        "tableau compare les quatre publics interrogés<super>2</super>.", st["body"]))
    rows = [["Public interrogé", "Voient les partenariats comme source d'innovation"],
            ["Français", "74 %"],
            ["Dirigeants d'entreprise", "81 %"],
            ["Responsables associatifs", "86 %"],
            ["Maires", "87 %"]]
    S.append(grid(st, rows, [70 * mm, 80 * mm], header_bg="#5d6d7e"))
    S.append(Spacer(1, 12))
    S.append(Paragraph(
        "<super>2</super> Une version antérieure de ce tableau, diffusée sur un site partenaire, "
        "indiquait 69 % pour les citoyens.", st["small"]))
    S.append(PageBreak())
    # page 4 -> printed 3
    S.append(Paragraph("5. Sortir de la crise ensemble", st["h"]))
    S.append(Paragraph(
        "Au sortir de la crise sanitaire, l'enquête a porté sur la co-construction comme moyen de "
        "rebondir. Jouer collectif paraît utile à 81 % des Français pour rendre les territoires plus "
        "résilients.", st["body"]))
    S.append(Paragraph(
        "Les dirigeants de TPE et de PME vont plus loin encore. Le taux monte chez eux à 84 %.",
        st["body"]))
    S.append(Paragraph(
        "Pour appuyer ces analyses, plus de 250 données ont été inventoriées et mises à disposition "
        "des acteurs.", st["body"]))
    S.append(Paragraph("6. Et les fondations ?", st["h"]))
    S.append(Paragraph(
        "L'étude IMPACT Fondations &amp; Territoires a été publiée le 23 septembre. Elle s'appuie sur "
        "un panel restreint mais significatif. 42 fondations y ont répondu.", st["body"]))
    S.append(Paragraph(
        "Elle a donné lieu à une fiche acteur, « Dynamique d'engagement des Fondations », qui "
        "décrit la manière dont elles s'impliquent dans les territoires.", st["body"]))
    S.append(Spacer(1, 8))
    S.append(keybox(st, "3 indicateurs", "innovation · performance · confiance", fw * 0.5,
                    color="#eaeded"))
    doc.build(S)


if __name__ == "__main__":
    doc1()
    doc2()
    doc3()
    doc4()
    doc5()
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".pdf"):
            print(f)
