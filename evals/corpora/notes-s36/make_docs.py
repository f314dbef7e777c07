# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 demo publications of the s36 blind question set.

Run with: /work/main/.venv/bin/python make_docs.py
Writes obs-s36-NN-<slug>.pdf next to this script. Facts come from /work/shared/facts.md,
the wording is original. Same input -> same bytes (reportlab invariant mode).
"""
import os

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")

PREFIX = "s36"
NAVY = colors.HexColor("#1f3a5f")
TEAL = colors.HexColor("#1b7f79")
SAND = colors.HexColor("#f3ead7")
GREY = colors.HexColor("#6b6b6b")
LIGHT = colors.HexColor("#e8eef5")

# ---------------------------------------------------------------- styles
S = {}
S["label"] = ParagraphStyle("label", fontName="DV-B", fontSize=9, textColor=TEAL, spaceAfter=4, leading=11)
S["title"] = ParagraphStyle("title", fontName="DV-B", fontSize=19, leading=23, textColor=NAVY, spaceAfter=6)
S["edition"] = ParagraphStyle("edition", fontName="DV-I", fontSize=9, leading=12, textColor=GREY, spaceAfter=10)
S["h2"] = ParagraphStyle("h2", fontName="DV-B", fontSize=12, leading=15, textColor=NAVY, spaceBefore=8, spaceAfter=4)
S["body"] = ParagraphStyle("body", fontName="DV", fontSize=9.5, leading=13, spaceAfter=5)
S["small"] = ParagraphStyle("small", fontName="DV", fontSize=7.5, leading=9.5, textColor=GREY, spaceAfter=3)
S["bullet"] = ParagraphStyle("bullet", parent=S["body"], leftIndent=12, bulletIndent=2, spaceAfter=2, bulletFontName="DV")
S["cell"] = ParagraphStyle("cell", fontName="DV", fontSize=8.5, leading=10.5)
S["cellb"] = ParagraphStyle("cellb", fontName="DV-B", fontSize=8.5, leading=10.5, textColor=colors.white)
S["bignum"] = ParagraphStyle("bignum", fontName="DV-B", fontSize=20, leading=24, textColor=TEAL, alignment=TA_CENTER)
S["bigcap"] = ParagraphStyle("bigcap", fontName="DV", fontSize=8.5, leading=10.5, alignment=TA_CENTER)
S["box"] = ParagraphStyle("box", fontName="DV", fontSize=8.8, leading=11.5, spaceAfter=3)
S["boxh"] = ParagraphStyle("boxh", fontName="DV-B", fontSize=9.5, leading=12, textColor=NAVY, spaceAfter=3)


def P(text, style="body"):
    return Paragraph(text, S[style])


def bullets(items, char="•"):
    return [Paragraph(t, S["bullet"], bulletText=char) for t in items]


def keyfigs(pairs, width):
    """A row of key-figure boxes: [(number, caption), ...]."""
    n = len(pairs)
    row1 = [P(a, "bignum") for a, _ in pairs]
    row2 = [P(b, "bigcap") for _, b in pairs]
    t = Table([row1, row2], colWidths=[width / n] * n)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), SAND),
        ("BOX", (0, 0), (-1, -1), 0.8, TEAL),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def boxed(flowables, width, bg=LIGHT):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.6, NAVY),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def grid(rows, widths, header_bg=NAVY):
    data = []
    for i, r in enumerate(rows):
        data.append([P(c, "cellb" if i == 0 else "cell") for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    st = [
        ("BACKGROUND", (0, 0), (-1, 0), header_bg),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa7b5")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i in range(1, len(rows)):
        if i % 2 == 0:
            st.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f4f6f9")))
    t.setStyle(TableStyle(st))
    return t


# ---------------------------------------------------------------- page decorations
def make_decorator(banner, footer_left, printed):
    """printed(pdf_page_index_1_based) -> string of the printed page number or ''."""
    def deco(canv, doc):
        w, h = canv._pagesize
        canv.saveState()
        canv.setFillColor(NAVY)
        canv.rect(0, h - 1.15 * cm, w, 1.15 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DV-B", 8)
        canv.drawString(1.8 * cm, h - 0.75 * cm, banner)
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(0.6)
        canv.line(1.8 * cm, 1.45 * cm, w - 1.8 * cm, 1.45 * cm)
        canv.setFillColor(GREY)
        canv.setFont("DV", 7.5)
        canv.drawString(1.8 * cm, 1.0 * cm, footer_left)
        num = printed(canv.getPageNumber())
        if num:
            canv.drawRightString(w - 1.8 * cm, 1.0 * cm, num)
        canv.restoreState()
    return deco


def build_platypus(fname, story, banner, footer_left, printed, title):
    path = os.path.join(HERE, fname)
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                          topMargin=1.8 * cm, bottomMargin=2.0 * cm, title=title,
                          author="Observatoire des partenariats (corpus de démonstration)",
                          subject="Document de démonstration", creator="make_docs.py " + PREFIX)
    deco = make_decorator(banner, footer_left, printed)
    fw = A4[0] - 3.6 * cm
    fh = A4[1] - 3.8 * cm
    one = Frame(1.8 * cm, 2.0 * cm, fw, fh, id="one", leftPadding=0, rightPadding=0)
    gap = 0.7 * cm
    cw = (fw - gap) / 2
    left = Frame(1.8 * cm, 2.0 * cm, cw, fh, id="left", leftPadding=0, rightPadding=0)
    right = Frame(1.8 * cm + cw + gap, 2.0 * cm, cw, fh, id="right", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([
        PageTemplate(id="one", frames=[one], onPage=deco),
        PageTemplate(id="two", frames=[left, right], onPage=deco),
    ])
    doc.build(story)
    return path


FW = A4[0] - 3.6 * cm            # full text width
CW = (FW - 0.7 * cm) / 2         # column width


# ================================================================ document 01
def doc01():
    st = []
    st.append(P("ÉTUDE", "label"))
    st.append(P("Associations &amp; Territoires : le partenariat, un réflexe devenu la norme", "title"))
    st.append(P("Cahier publié au titre du programme quinquennal IMPACT (2018-2022) — "
                "série « Résultats »", "edition"))
    st.append(P("Ce cahier restitue le volet associatif du programme IMPACT. Il porte sur les structures "
                "qui emploient au moins un salarié, parce que ce sont elles qui portent l’essentiel des "
                "projets conduits avec d’autres acteurs dans les territoires."))
    st.append(P("Le périmètre retenu est donc celui des associations employeuses. Leur nombre s’établit à "
                "148 000 pour l’ensemble du pays."))
    st.append(Spacer(1, 6))
    st.append(keyfigs([("148 000", "associations employeuses dans le périmètre de l’étude"),
                       ("98 %", "déclarent au moins une relation partenariale"),
                       ("4", "formes de partenariat passées en revue")], FW))
    st.append(Spacer(1, 8))
    st.append(P("Le constat principal tient en peu de mots : l’isolement est devenu l’exception. Seule une "
                "toute petite minorité des structures interrogées dit ne travailler avec personne. Les "
                "autres, soit 98 %, citent au moins un partenaire."))
    st.append(P("Les pages qui suivent détaillent avec qui elles s’allient (p. 13), sous quelles formes et à "
                "quelle échelle (p. 14), puis rappellent ce qu’apprenait déjà l’enquête conduite en 2016 avec "
                "Recherches &amp; Solidarités (p. 14 et 15)."))
    st.append(P("Sommaire", "h2"))
    st += bullets(["1. Avec qui ? .......... 13", "2. Sous quelles formes, à quelle échelle ? .......... 14",
                   "3. Un regard en arrière : l’enquête 2016 .......... 14", "4. La taille compte .......... 15"],
                  char="›")
    st.append(PageBreak())
    # page 2 (printed 13)
    st.append(P("1. Avec qui ?", "h2"))
    st.append(P("Le tableau ci-dessous rapproche deux sources. La colonne du milieu reprend les résultats du "
                "programme IMPACT ; celle de droite, ceux de l’enquête « Associations &amp; Partenariats » "
                "réalisée en mai-juin 2016. Les rubriques ne se recouvrent pas toujours : un tiret signale "
                "qu’une source ne propose pas la catégorie."))
    rows = [["Type de partenaire", "IMPACT – Associations &amp; Territoires", "Enquête mai-juin 2016"],
            ["Collectivités territoriales", "89 %", "74 %"],
            ["Structures d’intérêt général", "73 %", "—"],
            ["Associations et fondations", "—", "72 %"],
            ["Établissements scolaires", "70 %", "—"],
            ["Enseignement (tous niveaux)", "—", "47 %"],
            ["Collectifs d’associations", "56 %", "—"],
            ["Acteurs publics nationaux", "52 %", "—"],
            ["Fédérations professionnelles", "37 %", "—"],
            ["Acteurs académiques", "35 %", "—"],
            ["Entreprises", "—", "28 %"],
            ["Structures d’insertion", "—", "22 %"],
            ["Organismes de recherche", "—", "9 %"]]
    st.append(grid(rows, [6.5 * cm, 5.2 * cm, 5.2 * cm]))
    st.append(P("Part des associations citant chaque type de partenaire. Plusieurs réponses possibles.", "small"))
    st.append(P("Lecture : dans l’enquête de 2016, 9 % des associations comptaient un organisme de recherche "
                "parmi leurs partenaires.", "small"))
    st.append(Spacer(1, 6))
    st.append(P("Les collectivités arrivent en tête dans les deux sources. Dans IMPACT, elles sont suivies par "
                "les structures d’intérêt général puis par les établissements scolaires ; les acteurs "
                "académiques ferment la marche."))
    st.append(NextPageTemplate("two"))
    st.append(PageBreak())
    # page 3 (printed 14) two columns
    st.append(P("2. Sous quelles formes, à quelle échelle ?", "h2"))
    st.append(P("Quatre formes de relation ont été proposées aux répondants. Classées de la plus fréquente à la "
                "moins fréquente, elles se présentent ainsi :"))
    st += bullets(["le mécénat, cité par 75 % des associations ;",
                   "l’innovation sociétale : 73 % ;",
                   "les pratiques responsables : 70 % ;",
                   "la coopération économique : 58 %."])
    st.append(P("L’échelle des partenariats reste avant tout celle de la proximité. Environ trois associations "
                "sur quatre agissent avec leurs partenaires au niveau local ; la proportion exacte est de 73 %."))
    st.append(P("Le niveau régional vient ensuite. Il concerne 47 % d’entre elles, soit un peu moins d’une "
                "sur deux."))
    st.append(boxed([P("Bon à savoir", "boxh"),
                     P("Une même association peut combiner plusieurs formes : un mécénat de compétences "
                       "et un projet d’innovation sociétale avec le même partenaire, par exemple.", "box")], CW))
    st.append(FrameBreak())
    st.append(P("3. Un regard en arrière : l’enquête 2016", "h2"))
    st.append(P("Avant IMPACT, Le RAMEAU et Recherches &amp; Solidarités avaient déjà sondé les dirigeants "
                "associatifs. Les réponses ont été recueillies en mai et juin 2016, puis publiées en "
                "mars 2017<super>1</super>."))
    st.append(P("Plus de 1 380 responsables ont pris part à l’exercice. Leurs réponses dessinent un monde "
                "associatif déjà très ouvert."))
    st.append(P("Un indicateur résume bien cette ouverture : le nombre de partenaires. Une association en "
                "déclarait en moyenne 2,5."))
    st.append(P("Les collectivités et les autres associations ou fondations formaient alors le premier cercle. "
                "Les entreprises n’arrivaient qu’en quatrième position."))
    st.append(Spacer(1, 10))
    st.append(P("<super>1</super> Recherches &amp; Solidarités et Le RAMEAU, « Associations &amp; Partenariats », "
                "mars 2017. Les pourcentages de cette enquête figurent dans la colonne de droite du tableau "
                "de la page 13.", "small"))
    st.append(NextPageTemplate("one"))
    st.append(PageBreak())
    # page 4 (printed 15)
    st.append(P("4. La taille compte", "h2"))
    st.append(P("Le lien avec une entreprise dépend fortement des moyens de l’association. Dans l’enquête de "
                "2016, les structures dont le budget dépasse 150 000 € étaient la moitié à en avoir noué un, "
                "soit 50 %."))
    st.append(P("Les plus modestes, sous la barre des 10 000 €, n’étaient que 20 % dans ce cas. Cet écart ne "
                "traduit pas un manque d’intérêt : il reflète surtout le temps et les compétences que demande "
                "la construction d’une relation durable."))
    st.append(Spacer(1, 6))
    st.append(boxed([P("À retenir", "boxh")] + bullets([
        "Le partenariat concerne la quasi-totalité des associations employeuses.",
        "Les collectivités territoriales restent le premier partenaire, quelle que soit la source.",
        "Le mécénat demeure la forme la plus répandue, devant l’innovation sociétale.",
        "La taille du budget pèse sur l’accès aux entreprises."]), FW, bg=SAND))
    st.append(Spacer(1, 10))
    st.append(P("Méthode", "h2"))
    st.append(P("Les résultats présentés proviennent de deux dispositifs distincts, menés à des dates "
                "différentes et dont les rubriques ne coïncident pas toujours.", "small"))
    printed = lambda n: "— %d —" % (11 + n)
    return build_platypus("obs-%s-01-associations-territoires.pdf" % PREFIX, st,
                          "OBSERVATOIRE DES PARTENARIATS  ·  Cahier IMPACT « Associations & Territoires »",
                          "Le RAMEAU — reproduction autorisée avec mention de la source", printed,
                          "Associations & Territoires")


# ================================================================ document 02
def doc02():
    st = []
    st.append(P("FICHE REPÈRE", "label"))
    st.append(P("Ce que les Français attendent des alliances entre acteurs", "title"))
    st.append(P("Programme PHARE, volet Citoyens — version actualisée en décembre 2016, après la parution du "
                "volet Institutions", "edition"))
    st.append(P("Premier des six volets du programme PHARE, l’étude Citoyens a été rendue publique en "
                "septembre 2015. Elle s’appuie sur un échantillon de plus de 2 000 personnes, interrogées sur "
                "leurs priorités et sur le rôle qu’elles prêtent aux coopérations entre acteurs."))
    st.append(P("L’idée qu’il faut agir ensemble fait largement consensus. Près de sept Français sur dix y "
                "voient même une obligation : ils sont 69 % à évoquer un « devoir d’alliance »."))
    st.append(keyfigs([("69 %", "évoquent un « devoir d’alliance »"),
                       ("+ de 2 000", "personnes interrogées"),
                       ("6", "volets dans le programme PHARE")], FW))
    st.append(P("Quelles priorités pour le pays ?", "h2"))
    st.append(P("Les répondants ont noté chaque enjeu de 0 à 10 selon l’importance qu’ils lui accordent. "
                "Le tableau reprend les moyennes obtenues."))
    rows = [["Enjeu", "Note moyenne (sur 10)"],
            ["Emploi", "7,1"],
            ["Pouvoir d’achat", "6,6"],
            ["Sécurité", "6,6 *"],
            ["Développement économique", "6,5"],
            ["Environnement", "6,3"],
            ["Exclusion", "6,3"]]
    st.append(grid(rows, [9 * cm, 5 * cm]))
    st.append(P("* Un compte rendu paru dans la presse spécialisée donne 7/10 pour la sécurité ; la présente "
                "fiche retient la valeur publiée dans la synthèse de l’étude.", "small"))
    st.append(P("L’emploi se détache nettement. Il obtient la note la plus élevée, loin devant l’environnement "
                "et l’exclusion, qui ferment le classement à égalité."))
    st.append(PageBreak())
    # page 2
    st.append(P("Où les partenariats font-ils la différence ?", "h2"))
    st.append(P("On a ensuite demandé aux personnes interrogées dans quels domaines une alliance entre "
                "entreprises, associations et pouvoirs publics aurait un impact fort. Quatre domaines "
                "ressortent :"))
    st += bullets(["l’emploi — 49 % ;", "le développement économique — 46 % ;", "l’environnement — 42 % ;",
                   "la précarité et l’éducation — 36 % chacune."])
    st.append(Spacer(1, 6))
    st.append(P("Les six volets de PHARE", "h2"))
    st.append(P("Le programme a été publié par étapes, entre l’automne 2015 et l’automne 2016 :"))
    rows = [["Volet", "Parution", "Public ou objet"],
            ["Citoyens", "septembre 2015", "grand public"],
            ["Entreprises", "octobre 2015", "dirigeants d’entreprise"],
            ["Associations", "novembre 2015", "responsables associatifs"],
            ["Rapports régionaux", "2016", "13 rapports, un par région"],
            ["Diagnostics sectoriels", "juillet 2016", "secteurs d’activité"],
            ["Institutions", "automne 2016", "maires et élus"]]
    st.append(grid(rows, [5 * cm, 4 * cm, 7.9 * cm], header_bg=TEAL))
    st.append(Spacer(1, 6))
    st.append(P("Les volets suivants confirment la tendance observée chez les citoyens. Côté entreprises, "
                "81 % des dirigeants partagent l’idée d’un devoir d’alliance. Les responsables associatifs "
                "vont plus loin encore : ils sont 86 % à y adhérer."))
    st.append(PageBreak())
    # page 3
    st.append(P("Le dernier volet : les Institutions", "h2"))
    st.append(P("C’est le 29 novembre 2016 que paraît PHARE-Institutions, qui clôt le programme. Ce dernier "
                "volet donne la parole aux maires. La quasi-totalité d’entre eux juge les alliances "
                "nécessaires : 87 %."))
    st.append(P("Il propose aussi une typologie. Les élus y sont répartis en 5 profils de maires, selon leur "
                "manière d’aborder la co-construction avec les acteurs de leur commune."))
    st.append(P("Ce travail a nourri le référentiel de co-construction territoriale présenté par Le RAMEAU."))
    st.append(Spacer(1, 8))
    st.append(boxed([P("En une phrase", "boxh"),
                     P("Citoyens, dirigeants, responsables associatifs et maires convergent : une large "
                       "majorité de chaque public considère que les défis du territoire ne se relèveront "
                       "qu’à plusieurs.", "box")], FW, bg=SAND))
    printed = lambda n: "Fiche repère PHARE-Citoyens — %d/3" % n
    return build_platypus("obs-%s-02-phare-citoyens.pdf" % PREFIX, st,
                          "FICHE REPÈRE  ·  Programme PHARE  ·  Volet Citoyens",
                          "Observatoire des partenariats — Le RAMEAU", printed, "PHARE-Citoyens")


# ================================================================ document 03
def doc03():
    st = []
    st.append(Spacer(1, 30))
    st.append(P("NOTE", "label"))
    st.append(P("Quinze ans d’Observatoire : repères pour comprendre", "title"))
    st.append(P("Note de capitalisation n° 3 — édition 2021", "edition"))
    st.append(P("Cette note retrace, pour les nouveaux partenaires, la manière dont se sont construits "
                "Le RAMEAU et l’Observatoire des partenariats : les dates, les personnes, les programmes "
                "et les premiers chiffres. Quinze ans de recherche et cinq ans d’étude d’impact y sont "
                "résumés en quelques pages."))
    st.append(Spacer(1, 10))
    st.append(keyfigs([("2006", "naissance du RAMEAU"),
                       ("+ de 1 000", "exemples inspirants recensés"),
                       ("+ de 500", "organisations associées à des expérimentations depuis 2006")], FW))
    st.append(Spacer(1, 14))
    st.append(P("Sommaire", "h2"))
    st += bullets(["Un laboratoire associatif .......... 1", "Trois plans quinquennaux .......... 2",
                   "Ce que disaient les premières mesures .......... 3"], char="›")
    st.append(NextPageTemplate("two"))
    st.append(PageBreak())
    # page 2 (printed 1)
    st.append(P("Un laboratoire associatif", "h2"))
    st.append(P("Le RAMEAU voit le jour en 2006. Il adopte le statut d’association d’intérêt général et se "
                "définit comme un « laboratoire de recherche empirique » consacré aux alliances entre "
                "organisations."))
    st.append(P("Trois missions lui sont assignées ; la première consiste à témoigner de ce qui se fait sur le "
                "terrain."))
    st.append(P("Sa gouvernance repose sur un binôme. Charles-Benoît Heidsieck en est le président-fondateur. "
                "La direction générale, elle, est assurée par Laurence Weber."))
    st.append(boxed([P("Repère", "boxh"),
                     P("Le RAMEAU se décrit aussi comme un « laboratoire d’innovations partenariales ».",
                       "box")], CW))
    st.append(FrameBreak())
    st.append(P("L’Observatoire des partenariats", "h2"))
    st.append(P("L’Observatoire est né en 2008 d’une initiative commune de la Caisse des Dépôts et du RAMEAU. "
                "Le MEDEF et le Mouvement associatif y sont associés comme partenaires<super>2</super>."))
    st.append(P("Sa direction scientifique est confiée à Anne Robin. Fondatrice du cabinet COMISIS, elle "
                "exerce cette responsabilité à titre bénévole."))
    st.append(P("Cette organisation légère explique en partie la longévité de l’Observatoire : les études "
                "s’appuient sur des partenaires qui financent et sur une équipe de recherche resserrée."))
    st.append(Spacer(1, 12))
    st.append(P("<super>2</super> Des publications plus anciennes, comme l’étude ARPEA Entreprises &amp; "
                "Territoires (janvier 2011) ou le rapport quinquennal de décembre 2012, présentent "
                "« l’Observatoire national des partenariats associations / entreprises » comme créé en 2007.",
                "small"))
    st.append(NextPageTemplate("one"))
    st.append(PageBreak())
    # page 3 (printed 2)
    st.append(P("Trois plans quinquennaux", "h2"))
    st.append(P("Les travaux de l’Observatoire s’organisent en programmes de cinq ans. Chacun porte un nom "
                "et une ambition propres."))
    rows = [["Programme", "Période", "Ce qu’il faut retenir"],
            ["ARPEA", "2008-2012", "10 volets ; bilan dans le rapport quinquennal du 11 décembre 2012"],
            ["PHARE", "2013-2018 <super>3</super>", "6 volets publiés en 2015 et 2016"],
            ["IMPACT", "2018-2022", "lancé en novembre 2017"]]
    st.append(grid(rows, [3.5 * cm, 3.5 * cm, 9.9 * cm]))
    st.append(P("<super>3</super> Certaines présentations du programme indiquent 2013-2017.", "small"))
    st.append(Spacer(1, 6))
    st.append(P("Le sigle ARPEA désigne l’« Analyse des Relations et des Partenariats entre Entreprises et "
                "Associations ». D’autres formulations ont circulé au fil des documents ; c’est celle du "
                "rapport quinquennal qui est reprise ici."))
    st.append(P("Une étape institutionnelle", "h2"))
    st.append(P("La ministre Valérie Fourneyron a demandé à l’Observatoire un état des lieux des partenariats "
                "entre associations et entreprises. Ce rapport a été publié début 2014."))
    st.append(P("Il a marqué le passage d’une démarche d’observation à une démarche de proposition, que "
                "prolongera le programme IMPACT."))
    st.append(PageBreak())
    # page 4 (printed 3)
    st.append(P("Ce que disaient les premières mesures", "h2"))
    st.append(P("En 2008, la première vague ARPEA interrogeait les Français sur l’urgence de rapprocher "
                "associations et entreprises. Ils étaient 86 % à juger ces partenariats urgents."))
    st.append(P("Quatre ans plus tard, en 2012, la proportion restait très élevée : 84 %. Côté associatif, près "
                "de 46 % des structures se déclaraient alors engagées avec une entreprise."))
    st.append(P("L’étude ARPEA Entreprises &amp; Territoires, parue en janvier 2011, distinguait trois groupes "
                "d’entreprises :"))
    st += bullets(["21 % développaient déjà des partenariats ;", "33 % souhaitaient en développer ;",
                   "46 % ne le souhaitaient pas."])
    st.append(P("Une note datée du 29 février 2016 a actualisé ces ordres de grandeur. Elle estimait à 37 % la "
                "part des entreprises d’au moins 10 salariés engagées dans un partenariat. Chez les "
                "associations, la proportion atteignait 38 % ; elle montait à 53 % parmi les associations "
                "employeuses."))
    st.append(Spacer(1, 8))
    st.append(boxed([P("Archives du bulletin — un mois de novembre", "boxh")] + bullets([
        "15 novembre : dossier JURIS Associations n° 628 ;",
        "23 novembre : 3e dîner « Élus &amp; Entreprises » ;",
        "26 novembre : parution du 11e rapport régional de l’Observatoire, consacré à la Normandie, "
        "et 5e webinaire « l’ODD 17 en pratique »."], char="–"), FW, bg=SAND))
    printed = lambda n: "" if n == 1 else "page %d" % (n - 1)
    return build_platypus("obs-%s-03-reperes-historiques.pdf" % PREFIX, st,
                          "LE RAMEAU  ·  Note de capitalisation",
                          "Document de travail — diffusion libre", printed, "Quinze ans d'Observatoire")


# ================================================================ document 04 (slides)
def doc04():
    path = os.path.join(HERE, "obs-%s-04-faire-alliance-diaporama.pdf" % PREFIX)
    size = landscape(A4)
    W, H = size
    c = rl_canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle("Faire alliance - diaporama")
    c.setAuthor("Observatoire des partenariats (corpus de démonstration)")
    c.setCreator("make_docs.py " + PREFIX)

    def frame(slide_no, heading):
        c.setFillColor(NAVY)
        c.rect(0, H - 1.6 * cm, W, 1.6 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DV-B", 10)
        c.drawString(1.5 * cm, H - 1.0 * cm, "FAIRE ALLIANCE · support de présentation")
        c.setFont("DV", 9)
        c.drawRightString(W - 1.5 * cm, H - 1.0 * cm, "Observatoire des partenariats")
        c.setFillColor(GREY)
        c.setFont("DV", 8)
        c.drawString(1.5 * cm, 0.8 * cm, "Le RAMEAU — document de travail, diffusion restreinte aux participants")
        c.drawRightString(W - 1.5 * cm, 0.8 * cm, "diapositive %d" % slide_no)
        c.setStrokeColor(TEAL)
        c.line(1.5 * cm, 1.2 * cm, W - 1.5 * cm, 1.2 * cm)
        if heading:
            c.setFillColor(NAVY)
            c.setFont("DV-B", 22)
            c.drawString(1.5 * cm, H - 3.3 * cm, heading)

    def lines(x, y, items, size=15, lead=0.95 * cm, font="DV", color=colors.black):
        c.setFont(font, size)
        c.setFillColor(color)
        for it in items:
            c.drawString(x, y, it)
            y -= lead
        return y

    def figure(x, y, w, h, num, cap1, cap2):
        c.setFillColor(SAND)
        c.setStrokeColor(TEAL)
        c.roundRect(x, y, w, h, 8, stroke=1, fill=1)
        c.setFillColor(TEAL)
        c.setFont("DV-B", 34)
        c.drawCentredString(x + w / 2, y + h - 1.9 * cm, num)
        c.setFillColor(colors.black)
        c.setFont("DV", 12)
        c.drawCentredString(x + w / 2, y + h - 3.0 * cm, cap1)
        c.drawCentredString(x + w / 2, y + h - 3.6 * cm, cap2)

    # slide 1 (printed "diapositive 2")
    frame(2, None)
    c.setFillColor(TEAL)
    c.setFont("DV-B", 11)
    c.drawString(1.5 * cm, H - 3.0 * cm, "DIAPORAMA")
    c.setFillColor(NAVY)
    c.setFont("DV-B", 26)
    c.drawString(1.5 * cm, H - 4.3 * cm, "Faire alliance : du constat au droit")
    c.setFillColor(GREY)
    c.setFont("DV-I", 11)
    c.drawString(1.5 * cm, H - 5.1 * cm, "Support d’intervention — version de l’été 2022")
    c.setFillColor(colors.black)
    c.setFont("DV", 14)
    c.drawString(1.5 * cm, H - 6.6 * cm, "Trois publics, une même attente :")
    bw = (W - 3 * cm - 2 * 0.8 * cm) / 3
    figure(1.5 * cm, 3.2 * cm, bw, 5.2 * cm, "81 %", "des Français évoquent", "un « devoir d’alliance »")
    figure(1.5 * cm + bw + 0.8 * cm, 3.2 * cm, bw, 5.2 * cm, "92 %", "des maires expriment", "un « besoin d’alliance »")
    figure(1.5 * cm + 2 * (bw + 0.8 * cm), 3.2 * cm, bw, 5.2 * cm, "84 %", "des dirigeants d’entreprise",
           "ont « envie d’alliance »")
    c.setFillColor(GREY)
    c.setFont("DV", 9)
    c.drawString(1.5 * cm, 2.2 * cm, "Sources : travaux de l’Observatoire des partenariats.")
    c.showPage()

    # slide 2
    frame(3, "Une mission, un rapport, une loi")
    y = lines(1.5 * cm, H - 5.0 * cm, [
        "2019 · Forum national des associations et fondations (FNAF)",
        "Gabriel Attal confie une mission ministérielle",
        "→ à Cathy Racon-Bouzon et Charles-Benoît Heidsieck",
        "7 mai 2020 : remise du rapport",
        "17 octobre 2020 : bilan d’étape",
        "Feuille de route ministérielle : 21 mesures",
    ])
    c.setFillColor(LIGHT)
    c.rect(1.5 * cm, 1.6 * cm, W - 3 * cm, 3.4 * cm, stroke=0, fill=1)
    lines(2.0 * cm, 4.3 * cm, [
        "Proposition de loi « droit de l’alliance d’intérêt général »",
        "portée par Cathy Racon-Bouzon, déposée en février",
        "agréée par le Bureau de l’Assemblée nationale, publiée au JO",
    ], size=13, lead=0.8 * cm, color=NAVY)
    c.showPage()

    # slide 3
    frame(4, "Outiller l’ODD 17")
    half = (W - 3 * cm - 1 * cm) / 2
    c.setFillColor(SAND)
    c.rect(1.5 * cm, 2.0 * cm, half, H - 7.0 * cm, stroke=0, fill=1)
    c.setFillColor(LIGHT)
    c.rect(1.5 * cm + half + 1 * cm, 2.0 * cm, half, H - 7.0 * cm, stroke=0, fill=1)
    lines(2.0 * cm, H - 5.8 * cm, ["Le Fonds ODD 17"], size=16, font="DV-B", color=NAVY)
    lines(2.0 * cm, H - 7.0 * cm, [
        "co-créé en 2020",
        "par Le RAMEAU et la Fondation TotalEnergies",
        "Dotation : 1,5 M€",
        "pour une expérimentation sur 3 ans",
        "Cible : 350 « catalyseurs territoriaux »",
    ], size=13, lead=0.85 * cm)
    x2 = 2.0 * cm + half + 1 * cm
    lines(x2, H - 5.8 * cm, ["Repères"], size=16, font="DV-B", color=NAVY)
    lines(x2, H - 7.0 * cm, [
        "L’ODD 17 compte 19 cibles",
        "(note du Comité 21 « ODD 17 : Sens, décryptages,",
        "déclinaisons », publiée un 5 juillet)",
        "Plateforme www.odd17.org : démarche M.E.D.O.C.",
        "M = Méthodes · E = Exemples · D = Données",
        "O = Outils · C = Compétences",
    ], size=12, lead=0.85 * cm)
    c.showPage()

    # slide 4
    frame(5, "La Charte du faire alliance")
    y = lines(1.5 * cm, H - 5.0 * cm, [
        "3 mois de co-construction",
        "pilotage : Fondation des Territoires",
        "Lancement : le 30 novembre 2021*, jour du Giving Tuesday",
        "Lieu : Saint-Maurice (Paris-Est Marne & Bois), soirée VitaWin",
        "Esprit : un « contrat de confiance » entre acteurs",
    ])
    c.setFillColor(GREY)
    c.setFont("DV-I", 9)
    c.drawString(1.5 * cm, 1.8 * cm, "* Une page ministérielle annonçait la date du « mardi 30 septembre » ; "
                 "les autres sources retiennent le 30 novembre 2021.")
    c.showPage()

    # slide 5
    frame(6, "Fondation des Territoires : la trajectoire")
    rows = [("07/2018 → 07/2019", "1re étape de préfiguration (lancée en juillet 2018)"),
            ("08/2019 → 11/2020", "2e étape"),
            ("12/2020 → 05/2022", "3e étape"),
            ("14 juin 2022", "création, sous l’égide de la Fondation de Lille")]
    y = H - 5.0 * cm
    for a, b in rows:
        c.setFillColor(TEAL)
        c.circle(1.8 * cm, y + 0.15 * cm, 0.15 * cm, stroke=0, fill=1)
        c.setFillColor(NAVY)
        c.setFont("DV-B", 14)
        c.drawString(2.3 * cm, y, a)
        c.setFillColor(colors.black)
        c.setFont("DV", 14)
        c.drawString(8.8 * cm, y, b)
        y -= 1.2 * cm
    c.setFillColor(SAND)
    c.rect(1.5 * cm, 1.7 * cm, W - 3 * cm, 2.4 * cm, stroke=0, fill=1)
    lines(2.0 * cm, 3.3 * cm, ["21 co-fondateurs", "3 missions"], size=14, lead=0.8 * cm, font="DV-B",
          color=NAVY)
    c.showPage()
    c.save()
    return path


# ================================================================ document 05
def doc05():
    st = []
    st.append(P("BULLETIN DE VEILLE", "label"))
    st.append(P("Maires : des territoires qui bougent", "title"))
    st.append(P("Bulletin n° 14 — paru en décembre 2024", "edition"))
    st.append(P("L’enquête IMPACTS &amp; TRAJECTOIRES – Élus locaux a été publiée en novembre 2024. Elle "
                "repose sur un échantillon de 302 maires."))
    st.append(P("Ceux-ci ont été joints par téléphone, entre le 30 septembre et le 28 octobre 2024. Le profil "
                "des répondants reflète la France des petites communes : 84 % d’entre eux administrent une "
                "commune de moins de 2 000 habitants."))
    st.append(keyfigs([("302", "maires interrogés"), ("91 %", "voient leur territoire en mouvement"),
                       ("84 %", "des répondants dans une commune de moins de 2 000 habitants")], FW))
    st.append(P("Premier enseignement : le mouvement", "h2"))
    st.append(P("Interrogés sur la dynamique de leur territoire, les maires sont 91 % à le décrire comme en "
                "mouvement. Ce total recouvre deux groupes de taille inégale."))
    st.append(P("Le premier, 35 % des répondants, juge que son territoire bouge fortement. Le second, 56 %, "
                "estime qu’il bouge « ni plus ni moins » qu’auparavant."))
    st.append(NextPageTemplate("two"))
    st.append(PageBreak())
    # page 2 two columns
    st.append(P("Rappel : les vagues précédentes", "h2"))
    st.append(P("Les données antérieures du programme IMPACT montraient déjà combien les partenariats "
                "nourrissent l’innovation. Cette conviction traverse tous les publics, à des degrés divers :"))
    st += bullets(["Français : 74 % ;", "dirigeants d’entreprise : 81 % ;", "responsables associatifs : 86 % ;",
                   "maires : 87 %."])
    st.append(P("Les maires se distinguent aussi par leur engagement : 76 % d’entre eux considèrent leur "
                "territoire comme engagé. Une difficulté demeure pourtant. Près de la moitié reconnaît ne pas "
                "savoir piloter ces coopérations ; ils sont 46 % dans ce cas."))
    st.append(FrameBreak())
    st.append(P("Autour de la table", "h2"))
    st.append(P("Lors du dîner « Élus &amp; Entreprises », deux autres chiffres ont été mis en avant. Le "
                "premier concerne les élus locaux : 64 % souhaitent s’appuyer sur le « jouer collectif »."))
    st.append(P("Le second porte sur la co-construction. Son utilité est reconnue par 92 % des maires."))
    st.append(boxed([P("Un outil pour les collectivités", "boxh"),
                     P("La fiche-repère « Les dynamiques d’engagement des Collectivités territoriales » "
                       "tire les enseignements de l’étude IMPACT-Élus locaux de novembre 2020, réalisée "
                       "avec Comisis-OpinionWay.", "box")], CW))
    st.append(NextPageTemplate("one"))
    st.append(PageBreak())
    # page 3
    st.append(P("Le programme IMPACT en bref", "h2"))
    st.append(P("Le programme est conduit par un collectif de cinq partenaires :"))
    st += bullets(["la Caisse des Dépôts ;", "l’Institut CDC pour la Recherche ;", "le Groupe La Poste ;",
                   "la Fondation TOTAL ;", "Le RAMEAU."])
    st.append(P("Ses travaux s’organisent autour de trois axes : l’innovation sociétale et territoriale, la "
                "performance des organisations et la confiance."))
    st.append(P("Côté fondations, l’étude IMPACT Fondations &amp; Territoires, publiée un 23 septembre, a "
                "recueilli le point de vue de 42 fondations."))
    st.append(P("Dans les territoires", "h2"))
    st.append(P("La démarche « Agir ensemble en Territoire » remonte à 2010. Elle a été lancée à la suite de "
                "l’étude ARPEA-Collectivités locales, réalisée par Comisis-OpinionWay."))
    st.append(P("Trois territoires lui ont servi de pilotes : l’Alsace, avec Alsace Active ; le "
                "Poitou-Charentes, avec le Groupe La Poste ; enfin Paris-Est Marne &amp; Bois."))
    st.append(P("Avec le CGET, Le RAMEAU a ensuite ouvert un parcours d’expérience de 18 mois. "
                "11 territoires pionniers y prennent part<super>4</super> ; la première session s’est tenue "
                "le 3 mai."))
    st.append(Spacer(1, 10))
    st.append(P("<super>4</super> Un autre compte rendu de la même démarche évoque « 10 territoires pilotes ».",
                "small"))
    printed = lambda n: "Bulletin de veille n° 14 · %d/3" % n
    return build_platypus("obs-%s-05-elus-locaux-2024.pdf" % PREFIX, st,
                          "BULLETIN DE VEILLE  ·  Territoires & alliances",
                          "Observatoire des partenariats — Le RAMEAU", printed, "Maires : des territoires qui bougent")


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05):
        print(f())
