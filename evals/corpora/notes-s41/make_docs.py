# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 demo PDFs of question set s41.

Run with: /work/main/.venv/bin/python make_docs.py
Writes obs-s41-NN-<slug>.pdf next to this script.
Facts come from /work/shared/facts.md; all sentences are written for this set.
"""
import os

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I",
                              boldItalic="DV-BI")

PREFIX = "s41"

# ---------------------------------------------------------------- styles
def S(name, **kw):
    base = dict(fontName="DV", fontSize=9.5, leading=13, alignment=TA_LEFT,
                bulletFontName="DV")
    base.update(kw)
    return ParagraphStyle(name, **base)

BODY = S("body")
BODY_J = S("bodyj", alignment=4)
SMALL = S("small", fontSize=7.5, leading=9.5, textColor=colors.HexColor("#333333"))
NOTE = S("note", fontSize=7, leading=9, fontName="DV-I")
LABEL = S("label", fontName="DV-B", fontSize=9, leading=11,
          textColor=colors.HexColor("#B03A2E"))
TITLE = S("title", fontName="DV-B", fontSize=19, leading=23, spaceAfter=4)
EDITION = S("edition", fontName="DV-I", fontSize=8.5, leading=11,
            textColor=colors.HexColor("#555555"), spaceAfter=8)
CHAPO = S("chapo", fontName="DV-B", fontSize=10.5, leading=14, spaceAfter=6)
H2 = S("h2", fontName="DV-B", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4,
       textColor=colors.HexColor("#1F4E79"))
H3 = S("h3", fontName="DV-B", fontSize=10, leading=13, spaceBefore=6, spaceAfter=2)
BULLET = S("bullet", leftIndent=12, bulletIndent=2)
CELL = S("cell", fontSize=8.5, leading=10.5)
CELL_B = S("cellb", fontName="DV-B", fontSize=8.5, leading=10.5)
KEYNUM = S("keynum", fontName="DV-B", fontSize=22, leading=26, alignment=TA_CENTER,
           textColor=colors.HexColor("#1F4E79"))
KEYTXT = S("keytxt", fontSize=8.5, leading=11, alignment=TA_CENTER)

# slide styles
SL_TITLE = S("sltitle", fontName="DV-B", fontSize=22, leading=27, spaceAfter=10,
             textColor=colors.HexColor("#0B5345"))
SL_LINE = S("slline", fontSize=15, leading=21, leftIndent=18, bulletIndent=0)
SL_SUB = S("slsub", fontSize=13, leading=18, leftIndent=40, bulletIndent=22)
SL_NOTE = S("slnote", fontName="DV-I", fontSize=10, leading=13,
            textColor=colors.HexColor("#555555"))
SL_CELL = S("slcell", fontSize=12, leading=15)
SL_CELL_B = S("slcellb", fontName="DV-B", fontSize=12, leading=15)


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items, style=BULLET, char="•"):
    return [Paragraph(t, style, bulletText=char) for t in items]


def table(rows, widths, header=True, style_cell=CELL, style_head=CELL_B,
          zebra=True, grid=True):
    data = []
    for i, r in enumerate(rows):
        st = style_head if (header and i == 0) else style_cell
        data.append([Paragraph(str(c), st) for c in r])
    t = Table(data, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D6EAF8")))
    if zebra:
        for i in range(2 if header else 1, len(rows), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F4F6F7")))
    t.setStyle(TableStyle(cmds))
    return t


def keybox(pairs, width):
    """Key-figure box: list of (number, text) shown side by side."""
    n = len(pairs)
    row1 = [Paragraph(a, KEYNUM) for a, _ in pairs]
    row2 = [Paragraph(b, KEYTXT) for _, b in pairs]
    t = Table([row1, row2], colWidths=[width / n] * n)
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#1F4E79")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EBF5FB")),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.HexColor("#1F4E79")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def framed(flowables, width, bg="#FEF9E7", border="#B7950B"):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor(border)),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def footnote_rule():
    t = Table([[""]], colWidths=[50 * mm], rowHeights=[2])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.black)]))
    return t


# ---------------------------------------------------------------- doc builder
def build(filename, story, pagesize, banner, footer_left, printed,
          two_col_pages=(), margins=(18 * mm, 18 * mm, 22 * mm, 20 * mm),
          title="", first="one"):
    """printed: function(pdf_page_index_1_based) -> printed page label or ''."""
    W, H = pagesize
    lm, rm, tm, bm = margins
    fw = W - lm - rm
    fh = H - tm - bm
    gap = 7 * mm

    def decorate(canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        canv.setFillColor(colors.HexColor("#1F4E79"))
        canv.rect(0, H - 11 * mm, W, 11 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DV-B", 8)
        canv.drawString(lm, H - 7 * mm, banner[0])
        canv.setFont("DV", 8)
        canv.drawRightString(W - rm, H - 7 * mm, banner[1])
        canv.setStrokeColor(colors.HexColor("#888888"))
        canv.setLineWidth(0.4)
        canv.line(lm, 13 * mm, W - rm, 13 * mm)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.setFont("DV", 7)
        canv.drawString(lm, 9 * mm, footer_left)
        lab = printed(n)
        if lab:
            canv.setFont("DV-B", 8)
            canv.drawRightString(W - rm, 9 * mm, lab)
        canv.restoreState()

    one = PageTemplate(id="one", frames=[Frame(lm, bm, fw, fh, id="f1",
                                               leftPadding=0, rightPadding=0,
                                               topPadding=0, bottomPadding=0)],
                       onPage=decorate)
    cw = (fw - gap) / 2
    two = PageTemplate(id="two", frames=[
        Frame(lm, bm, cw, fh, id="c1", leftPadding=0, rightPadding=0,
              topPadding=0, bottomPadding=0),
        Frame(lm + cw + gap, bm, cw, fh, id="c2", leftPadding=0, rightPadding=0,
              topPadding=0, bottomPadding=0)], onPage=decorate)
    doc = BaseDocTemplate(os.path.join(HERE, filename), pagesize=pagesize,
                          pageTemplates=[one, two] if first == "one" else [two, one],
                          title=title,
                          author="Observatoire des partenariats (document de démonstration)",
                          subject="", creator="make_docs.py", producer="reportlab")
    doc.build(story)
    return fw, cw


A4W = A4[0] - 36 * mm
COLW = (A4W - 7 * mm) / 2


# ================================================================ DOC 1
def doc1():
    fn = "obs-%s-01-phare-citoyens-fiche.pdf" % PREFIX
    st = []
    st.append(P("FICHE REPÈRE · n° 7", LABEL))
    st.append(P("PHARE-Citoyens : ce que les Français attendent des alliances entre acteurs", TITLE))
    st.append(P("Version diffusée à l’automne 2015, relue pour la présente collection", EDITION))
    st.append(P("Le programme PHARE a pris la suite des premiers travaux de l’Observatoire. "
                "Son volet consacré au grand public a ouvert la série.", CHAPO))
    st.append(P("Un volet parmi six", H2))
    st.append(P("Les résultats obtenus auprès des citoyens ont été rendus publics en septembre 2015. "
                "D’autres publications ont suivi à un rythme soutenu ; la liste ci-dessous en "
                "rappelle l’ordre de parution :", BODY_J))
    st += bullets([
        "volet Citoyens : septembre 2015 ;",
        "volet Entreprises : octobre 2015 ;",
        "volet Associations : novembre 2015 ;",
        "13 rapports régionaux : au fil de l’année 2016 ;",
        "diagnostics sectoriels : juillet 2016 ;",
        "volet Institutions : automne 2016.",
    ])
    st.append(Spacer(1, 6))
    st.append(P("Qui a été interrogé ?", H2))
    st.append(P("L’enquête repose sur un échantillon de la population française. Sa taille "
                "est confortable pour ce type d’exercice. Plus de 2 000 personnes ont en effet "
                "accepté de répondre au questionnaire.", BODY_J))
    st.append(Spacer(1, 10))
    st.append(keybox([("6 volets", "publiés entre septembre 2015 et l’automne 2016"),
                      ("1er", "le volet Citoyens ouvre la série PHARE")], A4W))
    st.append(Spacer(1, 10))
    st.append(P("La fiche s’inscrit dans la collection des repères de l’Observatoire des "
                "partenariats, qui documente depuis 2008 les relations entre associations, "
                "entreprises et acteurs publics.", SMALL))
    st.append(PageBreak())
    # page 2 : table
    st.append(P("Les attentes prioritaires", H2))
    st.append(P("Chaque répondant devait attribuer une note sur 10 à plusieurs enjeux de son "
                "territoire. Le tableau croise ces notes avec une seconde mesure : la part des "
                "répondants pour qui les partenariats ont un impact fort sur le même enjeu.", BODY_J))
    st.append(Spacer(1, 6))
    rows = [["Enjeu", "Attente (note sur 10)", "Impact fort des partenariats"],
            ["Emploi", "7,1", "49 %"],
            ["Pouvoir d’achat", "6,6", "n.c."],
            ["Sécurité¹", "6,6", "n.c."],
            ["Développement économique", "6,5", "46 %"],
            ["Environnement", "6,3", "42 %"],
            ["Exclusion", "6,3", "n.c."],
            ["Précarité", "n.c.", "36 %"],
            ["Éducation", "n.c.", "36 %"]]
    st.append(table(rows, [70 * mm, 45 * mm, 55 * mm]))
    st.append(P("n.c. : valeur non communiquée dans la restitution publique.", NOTE))
    st.append(Spacer(1, 8))
    st.append(P("L’emploi arrive donc en tête des deux colonnes. C’est lui, aussi, qui recueille "
                "la plus forte proportion d’avis positifs sur l’effet concret des alliances, "
                "devant le développement économique.", BODY_J))
    st.append(Spacer(1, 150))
    st.append(footnote_rule())
    st.append(P("¹ Une reprise de presse parue à l’époque attribue la note de 7/10 à la sécurité ; "
                "la restitution officielle retient la valeur figurant dans le tableau.", NOTE))
    st.append(PageBreak())
    # page 3
    st.append(P("Un « devoir d’alliance » largement reconnu", H2))
    st.append(keybox([("69 %", "des Français considèrent que s’allier est un devoir pour les "
                               "organisations (PHARE-Citoyens, septembre 2015)")], A4W))
    st.append(Spacer(1, 8))
    st.append(P("Les autres volets du programme permettent la comparaison. Chez les dirigeants "
                "d’entreprise, la proportion équivalente monte à 81 %. Elle est plus élevée "
                "encore parmi les responsables associatifs : 86 %. Quant aux maires, interrogés "
                "dans le volet Institutions, ils sont 87 % à partager cette conviction.", BODY_J))
    st.append(P("Ce qu’il faut retenir", H3))
    st.append(P("Trois enseignements se dégagent de ce volet :", BODY))
    st += bullets([
        "les attentes se concentrent sur l’emploi et le pouvoir d’achat ;",
        "les citoyens perçoivent les effets des partenariats d’abord sur l’économie locale ;",
        "l’idée d’alliance est majoritaire, mais moins affirmée que chez les acteurs organisés.",
    ])
    build(fn, st, A4, ("OBSERVATOIRE DES PARTENARIATS", "Collection « Fiches repères »"),
          "Fiche repère PHARE-Citoyens — reproduction autorisée avec mention de la source",
          lambda n: "p. %d" % (20 + n), title="PHARE-Citoyens — fiche repère")


# ================================================================ DOC 2
def doc2():
    fn = "obs-%s-02-associations-territoires-etude.pdf" % PREFIX
    st = []
    st.append(P("ÉTUDE", LABEL))
    st.append(P("Associations &amp; Territoires : un tissu d’alliances", TITLE))
    st.append(P("Cahier n° 2 de la série IMPACT (2018-2022) — texte de référence, tirage unique", EDITION))
    st.append(keybox([("148 000", "associations employeuses dans le champ de l’étude"),
                      ("98 %", "d’entre elles déclarent au moins un partenaire")], A4W))
    st.append(Spacer(1, 10))
    st.append(P("Pourquoi ce champ ?", H2))
    st.append(P("Pourquoi s’intéresser d’abord aux associations qui salarient ? Parce qu’elles "
                "structurent une large part de l’action locale, de l’aide à domicile au sport. "
                "Le champ retenu les rassemble toutes, soit 148 000 structures.", BODY_J))
    st.append(P("La quasi-totalité d’entre elles travaille déjà avec d’autres organisations. "
                "Le taux mesuré atteint 98 %. Autrement dit, l’association isolée est devenue "
                "l’exception.", BODY_J))
    st.append(P("Ce cahier relève du programme IMPACT, qui s’appuie sur trois indicateurs : "
                "l’innovation, la performance et la confiance. Il décrit successivement les "
                "partenaires des associations, l’échelle de leurs alliances puis leurs formes.", BODY_J))
    st.append(NextPageTemplate("two"))
    st.append(PageBreak())
    # page 2 two columns
    st.append(P("Avec qui ?", H2))
    st.append(P("Les collectivités territoriales dominent très nettement la liste des "
                "partenaires. Les structures d’intérêt général et le monde scolaire suivent, "
                "loin devant les acteurs de la recherche.", BODY_J))
    st.append(Spacer(1, 4))
    rows = [["Type de partenaire", "Part des associations"],
            ["Collectivités territoriales", "89 %"],
            ["Structures d’intérêt général", "73 %"],
            ["Établissements scolaires", "70 %"],
            ["Collectifs d’associations", "56 %"],
            ["Acteurs publics nationaux", "52 %"],
            ["Fédérations professionnelles", "37 %"],
            ["Acteurs académiques", "35 %"]]
    st.append(table(rows, [COLW * 0.62, COLW * 0.38]))
    st.append(P("Base : associations employeuses déclarant au moins un partenaire ; plusieurs "
                "réponses possibles.", NOTE))
    st.append(Spacer(1, 6))
    st.append(P("Le classement surprend peu. Il confirme toutefois que l’entreprise n’est "
                "qu’un partenaire parmi d’autres dans l’écosystème associatif.", BODY_J))
    st.append(FrameBreak())
    st.append(P("À quelle échelle ?", H2))
    st.append(P("La proximité reste la règle. Environ trois associations partenaires sur "
                "quatre agissent avec des acteurs de leur territoire immédiat ; la proportion "
                "exacte est de 73 %.", BODY_J))
    st.append(P("Le niveau régional mobilise moins. Il concerne 47 % d’entre elles, souvent "
                "parce qu’une fédération ou un financeur régional sert de relais.", BODY_J))
    st.append(P("Ce que cela change", H3))
    st.append(P("Pour les pouvoirs publics locaux, ces chiffres rappellent que l’alliance se "
                "construit d’abord dans la commune ou l’intercommunalité. Pour les têtes de "
                "réseau, ils invitent à outiller l’échelon régional.", BODY_J))
    st.append(PageBreak())
    # page 3 two columns
    st.append(P("Sous quelles formes ?", H2))
    st.append(P("Quatre grandes formes de relations ont été mesurées. Les voici, de la plus "
                "répandue à la moins répandue :", BODY_J))
    st += bullets([
        "le mécénat, cité par 75 % des associations partenaires ;",
        "l’innovation sociétale (73 %) ;",
        "les pratiques responsables (70 %) ;",
        "la coopération économique, qui ferme la marche avec 58 %.",
    ])
    st.append(FrameBreak())
    st.append(P("Des formes qui se cumulent", H2))
    st.append(P("Ces formes ne s’excluent pas. Une même association peut recevoir un soutien "
                "financier, co-construire un service nouveau avec une collectivité et partager "
                "des pratiques avec une entreprise voisine.", BODY_J))
    st.append(P("Le mécénat reste la porte d’entrée la plus fréquente. Il ouvre souvent la voie "
                "à des relations plus stratégiques, où chacun apporte ses compétences.", BODY_J))
    st.append(NextPageTemplate("one"))
    st.append(PageBreak())
    # page 4
    st.append(P("Regard croisé : l’enquête « Associations &amp; Partenariats »", H2))
    box = [P("Publiée en mars 2017 par Recherches &amp; Solidarités et Le RAMEAU, cette enquête¹ a "
             "été conduite plus tôt. Son questionnaire a circulé en mai et juin 2016. Plus de "
             "1 380 responsables associatifs l’ont rempli.", BODY_J),
           Spacer(1, 4),
           P("Chaque association y déclare en moyenne 2,5 partenaires.", BODY_J)]
    st.append(framed(box, A4W))
    st.append(Spacer(1, 8))
    rows = [["Partenaire déclaré (enquête 2016)", "Part des associations"],
            ["Collectivités", "74 %"],
            ["Associations ou fondations", "72 %"],
            ["Établissements d’enseignement", "47 %"],
            ["Entreprises", "28 %"],
            ["Structures d’insertion", "22 %"],
            ["Organismes de recherche", "9 %"]]
    st.append(table(rows, [100 * mm, 60 * mm]))
    st.append(Spacer(1, 8))
    st.append(P("La taille compte. Parmi les associations dont le budget dépasse 150 000 €, "
                "la moitié (50 %) a noué un partenariat avec une entreprise. Chez les plus "
                "petites, sous 10 000 € de budget annuel, ce n’est le cas que de 20 %.", BODY_J))
    st.append(Spacer(1, 120))
    st.append(footnote_rule())
    st.append(P("¹ Les deux enquêtes ne portent ni sur le même champ ni sur la même période : "
                "leurs pourcentages ne se comparent qu’avec prudence.", NOTE))
    build(fn, st, A4, ("Le RAMEAU · Observatoire des partenariats",
                       "Étude IMPACT – Associations & Territoires"),
          "Programme IMPACT 2018-2022 · cahier n° 2",
          lambda n: "— %d —" % (13 + n), title="Associations & Territoires")


# ================================================================ DOC 3
def doc3():
    fn = "obs-%s-03-elus-locaux-veille.pdf" % PREFIX
    st = []
    st.append(P("BULLETIN DE VEILLE", LABEL))
    st.append(P("Maires : un territoire « en mouvement »", S("t3", fontName="DV-B", fontSize=16, leading=20)))
    st.append(P("Numéro bouclé fin novembre 2024 · parution irrégulière", EDITION))
    st.append(P("L’enquête IMPACTS &amp; TRAJECTOIRES consacrée aux élus locaux est parue en "
                "novembre 2024. Ce dernier baromètre donne directement la parole aux maires.", BODY_J))
    st.append(P("Méthode", H3))
    st.append(P("Comment a-t-elle été menée ? Par téléphone, entre le 30 septembre et le "
                "28 octobre 2024. Au total, 302 maires y ont répondu.", BODY_J))
    st.append(P("Le profil des répondants reflète la France des petites communes. Ils sont "
                "84 % à diriger une commune de moins de 2 000 habitants.", BODY_J))
    st.append(FrameBreak())
    st.append(keybox([("91 %", "des maires interrogés voient leur territoire « en mouvement »")], COLW))
    st.append(Spacer(1, 6))
    st.append(P("Résultat principal", H3))
    st.append(P("Neuf maires sur dix décrivent donc une dynamique. Parmi eux, 35 % jugent leur "
                "territoire fortement en mouvement et 56 % « ni plus ni moins » en mouvement.", BODY_J))
    st.append(P("La nuance compte : la majorité ne décrit pas un bouleversement, mais un "
                "mouvement ordinaire, qu’il s’agit d’accompagner.", BODY_J))
    st.append(NextPageTemplate("one"))
    st.append(PageBreak())
    # page 2
    st.append(P("Rétrospective : ce que l’on savait déjà", H2))
    st.append(P("2016 — PHARE-Institutions", H3))
    st.append(P("Le volet institutionnel du programme PHARE a été publié le 29 novembre 2016. "
                "Il proposait une typologie des maires. Celle-ci distingue cinq profils.", BODY_J))
    st.append(P("2020 — IMPACT-Elus locaux", H3))
    st.append(P("Conduite par Comisis et OpinionWay en novembre 2020, cette étude a nourri une "
                "fiche-repère intitulée « Les dynamiques d’engagement des Collectivités "
                "territoriales ». Celle-ci a été dévoilée au Congrès des maires.", BODY_J))
    st.append(P("Des constats contrastés", H3))
    st.append(P("D’après les travaux du programme IMPACT, 76 % des maires estiment que leur "
                "territoire est engagé. Une difficulté apparaît pourtant. Près de la moitié "
                "d’entre eux, 46 %, reconnaissent ne pas savoir comment piloter ces dynamiques.", BODY_J))
    st.append(Spacer(1, 8))
    rows = [["Année", "Enquête", "Apport principal"],
            ["2016", "PHARE-Institutions", "typologie des maires"],
            ["2020", "IMPACT-Elus locaux (Comisis-OpinionWay)", "fiche-repère sur l’engagement des collectivités"],
            ["2024", "IMPACTS & TRAJECTOIRES – Elus locaux", "mesure du « mouvement » des territoires"]]
    st.append(table(rows, [18 * mm, 70 * mm, 86 * mm]))
    st.append(PageBreak())
    # page 3
    st.append(P("Mémoire de veille : un mois de novembre passé", H2))
    st.append(P("Pour mémoire, voici l’agenda d’un mois de novembre particulièrement chargé "
                "dans les années du programme PHARE :", BODY))
    rows = [["Date", "Rendez-vous"],
            ["15 novembre", "parution d’un dossier dans JURIS Associations (n° 628)"],
            ["23 novembre", "3e dîner « Elus &amp; Entreprises »"],
            ["26 novembre", "publication du 11e rapport régional de l’Observatoire, consacré à la Normandie"],
            ["26 novembre", "5e webinaire « l’ODD 17 en pratique »"]]
    st.append(table(rows, [30 * mm, 140 * mm]))
    st.append(Spacer(1, 8))
    st.append(P("Brève", H3))
    st.append(P("Au dîner « Elus &amp; Entreprises », un chiffre a servi de point de départ aux "
                "échanges : 64 % des élus locaux disent vouloir s’appuyer sur le « jouer "
                "collectif ». Un second l’a complété. Les maires sont 92 % à reconnaître "
                "l’utilité de la co-construction.", BODY_J))
    build(fn, st, A4, ("BULLETIN DE VEILLE · n° 12", "Élus & territoires"),
          "Observatoire des partenariats — bulletin de veille",
          lambda n: "page %d/3" % n, title="Bulletin de veille n° 12", first="two")


# ================================================================ DOC 4 (slides)
def doc4():
    fn = "obs-%s-04-reperes-diaporama.pdf" % PREFIX
    PW = landscape(A4)[0] - 40 * mm
    st = []
    st.append(Spacer(1, 30))
    st.append(P("DIAPORAMA", S("lab4", fontName="DV-B", fontSize=14, leading=18,
                               textColor=colors.HexColor("#B03A2E"))))
    st.append(Spacer(1, 8))
    st.append(P("De l’ARPEA à IMPACT : repères sur l’Observatoire des partenariats",
                S("t4", fontName="DV-B", fontSize=28, leading=34)))
    st.append(Spacer(1, 10))
    st.append(P("Support projeté lors d’une rencontre partenaires — version non datée, chiffres "
                "arrêtés sur les publications", S("e4", fontName="DV-I", fontSize=13, leading=17,
                                                  textColor=colors.HexColor("#555555"))))
    st.append(Spacer(1, 24))
    st.append(P("15 ans de recherche · 5 ans d’étude d’impact · plus de 1 000 exemples "
                "inspirants recensés", SL_LINE))
    st.append(PageBreak())
    # slide 2
    st.append(P("Qui est derrière l’Observatoire ?", SL_TITLE))
    st += bullets([
        "Le RAMEAU : né en 2006, association d’intérêt général",
        "Se présente comme un « laboratoire de recherche empirique »",
        "À sa tête : Charles-Benoît Heidsieck, président-fondateur",
        "Direction générale : Laurence Weber",
        "L’Observatoire : lancé en 2008 par la Caisse des Dépôts et Le RAMEAU",
        "… en partenariat avec le MEDEF et le Mouvement associatif",
        "Direction scientifique : Anne Robin, à titre bénévole",
    ], SL_LINE, "▪")
    st += bullets(["elle a fondé le cabinet COMISIS"], SL_SUB, "–")
    st.append(Spacer(1, 10))
    st.append(P("NB : des documents plus anciens font remonter la création de l’Observatoire à 2007.", SL_NOTE))
    st.append(PageBreak())
    # slide 3
    st.append(P("Trois plans quinquennaux", SL_TITLE))
    rows = [["Plan", "Années", "Jalon"],
            ["ARPEA", "2008-2012", "rapport quinquennal remis le 11 décembre 2012"],
            ["PHARE", "2013-2018", "6 volets publiés entre 2015 et 2016"],
            ["IMPACT", "2018-2022", "lancé dès novembre 2017"]]
    st.append(table(rows, [45 * mm, 55 * mm, PW - 100 * mm], style_cell=SL_CELL,
                    style_head=SL_CELL_B))
    st.append(Spacer(1, 14))
    st.append(P("Chaque plan couvre environ cinq ans et change de question centrale : "
                "comprendre, éclairer, puis mesurer.", SL_NOTE))
    st.append(PageBreak())
    # slide 4
    st.append(P("ARPEA : les premiers chiffres", SL_TITLE))
    st += bullets([
        "Nom complet : Analyse des Relations et des Partenariats entre Entreprises et Associations",
        "10 volets d’études",
        "Urgence de créer des partenariats, selon les Français :",
    ], SL_LINE, "▪")
    st += bullets(["86 % en 2008", "84 % en 2012"], SL_SUB, "–")
    st += bullets(["Entreprises &amp; Territoires (janvier 2011) :"], SL_LINE, "▪")
    st += bullets(["21 % des entreprises développent des partenariats",
                   "33 % souhaitent le faire",
                   "46 % ne le souhaitent pas"], SL_SUB, "–")
    st.append(PageBreak())
    # slide 5
    st.append(P("Note du 29 février 2016 : qui est déjà partenaire ?", SL_TITLE))
    st += bullets([
        "37 % des entreprises de 10 salariés et plus",
        "38 % des associations…",
        "… et 53 % des associations employeuses",
        "65 % des organisations « pionnières »",
    ], SL_LINE, "▪")
    st.append(Spacer(1, 14))
    st.append(P("Lecture : part des organisations engagées dans au moins un partenariat.", SL_NOTE))
    st.append(PageBreak())
    # slide 6
    st.append(P("IMPACT (2018-2022) : avec qui, pour quoi ?", SL_TITLE))
    st += bullets(["Programme mené avec :"], SL_LINE, "▪")
    st += bullets(["la Caisse des Dépôts et l’Institut CDC pour la Recherche",
                   "le Groupe La Poste",
                   "la Fondation TOTAL",
                   "Le RAMEAU"], SL_SUB, "–")
    st += bullets(["3 axes : innovation sociétale et territoriale · performance des "
                   "organisations · confiance",
                   "Les partenariats, source d’innovation pour :"], SL_LINE, "▪")
    st += bullets(["74 % des Français · 81 % des dirigeants d’entreprise",
                   "86 % des responsables associatifs · 87 % des maires"], SL_SUB, "–")
    build(fn, st, landscape(A4), ("Observatoire des partenariats", "Diaporama · repères"),
          "Le RAMEAU — support de présentation",
          lambda n: "" if n == 1 else "%d / 5" % (n - 1),
          margins=(20 * mm, 20 * mm, 22 * mm, 20 * mm), title="De l'ARPEA à IMPACT")


# ================================================================ DOC 5
def doc5():
    fn = "obs-%s-05-droit-alliance-note.pdf" % PREFIX
    st = []
    st.append(P("NOTE DE SYNTHÈSE", LABEL))
    st.append(P("Du devoir d’alliance au droit d’alliance", TITLE))
    st.append(P("Rédaction close à l’été 2022, quelques semaines après la naissance de la "
                "Fondation des Territoires", EDITION))
    st.append(P("1. Une mission confiée par le Gouvernement", H2))
    st.append(P("C’est lors du FNAF 2019 que Gabriel Attal a annoncé une mission sur les "
                "alliances d’intérêt général. Il l’a confiée à deux personnalités : Cathy "
                "Racon-Bouzon et Charles-Benoît Heidsieck.", BODY_J))
    st.append(P("Leur rapport a été remis le 7 mai 2020. Un bilan a suivi quelques mois plus "
                "tard ; il est daté du 17 octobre 2020.", BODY_J))
    st.append(P("2. Vers une reconnaissance dans la loi", H2))
    st.append(P("Cathy Racon-Bouzon a ensuite porté une proposition de loi visant à reconnaître "
                "un « droit de l’alliance d’intérêt général ». Déposée en février, elle a été "
                "agréée par le Bureau de l’Assemblée nationale, puis publiée au Journal "
                "officiel.", BODY_J))
    st.append(P("En parallèle, le ministère a arrêté sa propre « feuille de route ». Celle-ci "
                "compte 21 mesures.", BODY_J))
    st.append(Spacer(1, 8))
    st.append(keybox([("81 %", "des Français : devoir d’alliance"),
                      ("92 %", "des maires : besoin d’alliance"),
                      ("84 %", "des dirigeants d’entreprises : envie d’alliance")], A4W))
    st.append(P("Chiffres mis en avant lors du débat sur le droit de l’alliance.", NOTE))
    st.append(PageBreak())
    # page 2
    st.append(P("3. La Charte du faire alliance", H2))
    st.append(P("Fruit de trois mois de co-construction pilotés par la Fondation des "
                "Territoires, la charte se présente comme un « contrat de confiance » entre "
                "acteurs.", BODY_J))
    st.append(P("Son lancement a eu lieu le 30 novembre 2021, jour du Giving Tuesday. Le lieu "
                "choisi : Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois, lors "
                "d’une soirée VitaWin¹.", BODY_J))
    st.append(P("Une démarche plus ancienne", H3))
    st.append(P("La charte prolonge « Agir ensemble en Territoire ». Cette démarche a été "
                "initiée en 2010, à la suite de l’étude ARPEA-Collectivités locales conduite "
                "par Comisis-OpinionWay. Trois territoires l’ont expérimentée les premiers :", BODY_J))
    st += bullets(["l’Alsace, avec Alsace Active ;",
                   "le Poitou-Charentes, avec le Groupe La Poste ;",
                   "Paris-Est Marne &amp; Bois."])
    st.append(Spacer(1, 200))
    st.append(footnote_rule())
    st.append(P("¹ Une page d’information publique date ce lancement d’un « mardi 30 septembre » ; "
                "les autres sources concordent sur la date de novembre.", NOTE))
    st.append(NextPageTemplate("two"))
    st.append(PageBreak())
    # page 3 two columns
    st.append(P("4. La Fondation des Territoires", H2))
    st.append(P("Sa préfiguration a démarré en juillet 2018. Elle s’est déroulée en trois "
                "étapes :", BODY_J))
    rows = [["Étape", "Période"],
            ["1", "juillet 2018 – juillet 2019"],
            ["2", "août 2019 – novembre 2020"],
            ["3", "décembre 2020 – mai 2022"]]
    st.append(table(rows, [COLW * 0.3, COLW * 0.7]))
    st.append(Spacer(1, 6))
    st.append(P("La fondation a vu le jour le 14 juin 2022. Elle a été créée sous l’égide de la "
                "Fondation de Lille.", BODY_J))
    st.append(P("Vingt et un acteurs l’ont portée ensemble : elle compte 21 co-fondateurs. "
                "Elle s’est donné trois missions.", BODY_J))
    st.append(FrameBreak())
    st.append(P("5. Le Fonds ODD 17", H2))
    st.append(P("Le RAMEAU et la Fondation TotalEnergies l’ont co-créé en 2020.", BODY_J))
    st.append(P("Sa dotation s’élève à 1,5 M€. Elle finance une expérimentation prévue sur "
                "trois ans.", BODY_J))
    st.append(P("Objectif affiché : faire émerger 350 « catalyseurs territoriaux ».", BODY_J))
    st.append(Spacer(1, 6))
    st.append(framed([P("Pour rappel, Le RAMEAU revendique des expérimentations menées "
                        "auprès de plus de 500 organisations depuis 2006.", SMALL)], COLW))
    st.append(NextPageTemplate("one"))
    st.append(PageBreak())
    # page 4
    st.append(P("6. Boîte à outils et références", H2))
    st.append(P("Quelques repères utiles, classés par nature :", BODY))
    st += bullets([
        "Parcours d’expérience CGET – Le RAMEAU : 11 territoires pionniers, accompagnés "
        "pendant 18 mois ; la première session s’est tenue un 3 mai².",
        "M.E.D.O.C. : acronyme de Méthodes, Exemples, Données, Outils, Compétences, "
        "rassemblés sur la plateforme www.odd17.org.",
        "ODD 17 : 19 cibles, décryptées dans la note du Comité 21 « ODD 17 : Sens, "
        "décryptages, déclinaisons », présentée un 5 juillet.",
        "Étude IMPACT Fondations &amp; Territoires : parue un 23 septembre ; 42 fondations "
        "y ont été interrogées.",
        "Sortie de crise : plus de 250 données inventoriées ; 81 % des Français et 84 % des "
        "dirigeants de TPE &amp; PME jugent la co-construction utile pour rebondir.",
    ])
    st.append(Spacer(1, 250))
    st.append(footnote_rule())
    st.append(P("² Une autre présentation du même dispositif évoque « 10 territoires pilotes ».", NOTE))
    build(fn, st, A4, ("NOTE DE SYNTHÈSE", "Faire alliance : jalons 2018-2022"),
          "Le RAMEAU · Observatoire des partenariats",
          lambda n: "feuillet %d" % (4 + n), title="Du devoir d'alliance au droit d'alliance")


if __name__ == "__main__":
    doc1()
    doc2()
    doc3()
    doc4()
    doc5()
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".pdf"):
            print(f)
