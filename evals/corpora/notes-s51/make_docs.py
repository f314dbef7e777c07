#!/usr/bin/env python3
"""Deterministic generator of the 5 s51 demo PDFs (Observatoire des partenariats).

Usage: /work/main/.venv/bin/python make_docs.py [OUTDIR]   (default: folder of this script)
Facts come from /work/shared/facts.md; every sentence is written for this set.
"""
import os
import sys

from reportlab import rl_config
rl_config.invariant = 1  # fixed IDs / dates -> byte-identical builds

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVu", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Oblique", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-BoldOblique", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold",
                   italic="DejaVu-Oblique", boldItalic="DejaVu-BoldOblique")

W, H = A4
NAVY = colors.HexColor("#1F3A5F")
TEAL = colors.HexColor("#1B7F79")
SAND = colors.HexColor("#F3EEDF")
MINT = colors.HexColor("#E3F2EF")
GREY = colors.HexColor("#5A5A5A")
ORANGE = colors.HexColor("#C8642B")


def style(name, size=9.5, leading=None, font="DejaVu", color=colors.black, space_after=4,
          space_before=0, left=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.32,
                          textColor=color, alignment=TA_LEFT, spaceAfter=space_after,
                          spaceBefore=space_before, leftIndent=left,
                          hyphenationLang="", embeddedHyphenation=0, uriWasteReduce=0)


BODY = style("body")
SMALL = style("small", 8, space_after=2)
NOTE = style("note", 7.4, leading=9.4, space_after=1.5, color=GREY)
H1 = style("h1", 17, font="DejaVu-Bold", color=NAVY, space_after=6)
H2 = style("h2", 12, font="DejaVu-Bold", color=TEAL, space_after=4, space_before=6)
H3 = style("h3", 10, font="DejaVu-Bold", color=NAVY, space_after=3, space_before=4)
BOX_T = style("boxt", 9.5, font="DejaVu-Bold", color=NAVY, space_after=3)
BOX = style("box", 8.4, space_after=2.5)
BUL = style("bul", 9.2, left=10, space_after=2)
Q = style("q", 10, font="DejaVu-Bold", color=TEAL, space_after=3, space_before=7)
BIG = style("big", 24, leading=27, font="DejaVu-Bold", color=ORANGE, space_after=1)
CELL = style("cell", 8.4, space_after=0)
CELLB = style("cellb", 8.4, font="DejaVu-Bold", space_after=0, color=colors.white)
CELLH = style("cellh", 8.4, font="DejaVu-Bold", space_after=0)


def P(text, st=BODY):
    return Paragraph(text, st)


def bullets(items, st=BUL):
    return [Paragraph("• " + t, st) for t in items]


def box(title, paras, width, bg=SAND, border=TEAL):
    inner = [P(title, BOX_T)] + [p if not isinstance(p, str) else P(p, BOX) for p in paras]
    t = Table([[inner]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.8, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def data_table(header, rows, widths):
    data = [[P(h, CELLB) for h in header]]
    for r in rows:
        data.append([P(r[0], CELLH)] + [P(c, CELL) for c in r[1:]])
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), NAVY),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, MINT]),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9AB")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def figure_boxes(items, width, ncol=3):
    """Key-figure boxes: items = [(big, label), ...]."""
    cw = width / ncol
    cells, row = [], []
    for big, label in items:
        row.append([P(big, BIG), P(label, CELL)])
        if len(row) == ncol:
            cells.append(row)
            row = []
    if row:
        while len(row) < ncol:
            row.append("")
        cells.append(row)
    t = Table(cells, colWidths=[cw] * ncol)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), SAND),
        ("BOX", (0, 0), (-1, -1), 1, ORANGE),
        ("INNERGRID", (0, 0), (-1, -1), 3, colors.white),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return t


def make_doc(path, title, templates):
    doc = BaseDocTemplate(path, pagesize=A4,
                          title=title, author="Observatoire des partenariats (corpus de démonstration)",
                          subject=title, creator="make_docs.py s51", producer="ReportLab",
                          leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm, bottomMargin=18 * mm)
    doc.addPageTemplates(templates)
    return doc


# ---------------------------------------------------------------- header / footer painters
def painter(running, footer_left, first_printed, banner=None, banner_h=0, color=NAVY,
            footnote_rule=None):
    def paint(canv, doc):
        canv.saveState()
        printed = first_printed + doc.page - 1
        if banner and doc.page == 1:
            canv.setFillColor(color)
            canv.rect(0, H - banner_h, W, banner_h, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont("DejaVu-Bold", banner[1])
            canv.drawString(18 * mm, H - banner_h + banner_h * 0.52, banner[0])
            canv.setFont("DejaVu", 9)
            canv.drawString(18 * mm, H - banner_h + banner_h * 0.22, banner[2])
        else:
            canv.setFillColor(color)
            canv.rect(0, H - 11 * mm, W, 11 * mm, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont("DejaVu", 8)
            canv.drawString(18 * mm, H - 7 * mm, running)
        canv.setStrokeColor(color)
        canv.setLineWidth(0.6)
        canv.line(18 * mm, 13 * mm, W - 18 * mm, 13 * mm)
        canv.setFillColor(GREY)
        canv.setFont("DejaVu", 7.5)
        canv.drawString(18 * mm, 8.5 * mm, footer_left)
        canv.setFont("DejaVu-Bold", 8.5)
        canv.drawRightString(W - 18 * mm, 8.5 * mm, "p. %d" % printed)
        if footnote_rule:
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.4)
            canv.line(22 * mm, footnote_rule, 70 * mm, footnote_rule)
        canv.restoreState()
    return paint


# ================================================================ 01 lettre d'information
def doc01(out):
    path = os.path.join(out, "obs-s51-01-lettre-information.pdf")
    gap = 6 * mm
    colw = (W - 36 * mm - gap) / 2
    top_cover = H - 42 * mm
    top_inner = H - 18 * mm
    bottom = 17 * mm
    paint = painter("La Lettre de l'Observatoire des partenariats · n° 34 · novembre",
                    "Observatoire des partenariats · Lettre d'information n° 34", 13,
                    banner=("La Lettre de l'Observatoire des partenariats", 19,
                            "Lettre d'information n° 34 · édition de novembre · diffusion aux membres et partenaires"),
                    banner_h=34 * mm)
    cover = PageTemplate("cover", frames=[
        Frame(18 * mm, bottom, colw, top_cover - bottom, id="c1", showBoundary=0),
        Frame(18 * mm + colw + gap, bottom, colw, top_cover - bottom, id="c2")], onPage=paint)
    inner = PageTemplate("inner", frames=[
        Frame(18 * mm, bottom, colw, top_inner - bottom, id="i1"),
        Frame(18 * mm + colw + gap, bottom, colw, top_inner - bottom, id="i2")], onPage=paint)
    doc = make_doc(path, "La Lettre de l'Observatoire des partenariats n° 34", [cover, inner])
    bw = colw - 2
    s = [NextPageTemplate("inner")]
    # ---- page 1 (printed 13)
    s += [P("Édito · Seize ans d'observation des alliances", H2),
          P("L'Observatoire des partenariats a vu le jour en 2008 à l'initiative de la Caisse des Dépôts "
            "et de Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif. Sa raison d'être "
            "n'a pas changé : documenter, chiffres à l'appui, la manière dont associations, entreprises, "
            "collectivités et citoyens construisent ensemble des réponses aux besoins de leurs territoires."),
          P("Cette lettre revient sur les rendez-vous de l'automne, sur deux outils récents, le Fonds ODD 17 "
            "et la Fondation des Territoires, et sur les données les plus utiles pour préparer la sortie de crise."),
          P("Un cheminement en trois programmes", H3),
          P("Les travaux se sont organisés en plans quinquennaux successifs :"),
          ] + bullets(["ARPEA, de 2008 à 2012, premier état des lieux des relations entre associations et entreprises ;",
                       "PHARE, de 2013 à 2018, qui a élargi le regard aux citoyens, aux institutions et aux régions ;",
                       "IMPACT, de 2018 à 2022, lancé dès novembre 2017 pour mesurer les effets des alliances."]) + [
          P("Chaque programme a repris les questions du précédent, ce qui permet aujourd'hui de suivre "
            "certains indicateurs sur plus d'une décennie."),
          FrameBreak(),
          box("Repères · Le RAMEAU", [
              "Créé en 2006, Le RAMEAU est une structure associative reconnue d'intérêt général. Il se présente "
              "comme un « laboratoire de recherche empirique » et comme un « laboratoire d'innovations partenariales ».",
              "<b>Président-fondateur</b> : Charles-Benoît Heidsieck.",
              "<b>Directrice générale</b> : Laurence Weber.",
              "<b>Direction scientifique de l'Observatoire</b> : Anne Robin, fondatrice de COMISIS, qui assure "
              "cette mission bénévolement.",
              "Plus de 1 000 exemples inspirants recensés ; des expérimentations menées auprès de plus de "
              "500 organisations depuis 2006 ; 15 ans de recherche et 5 ans d'étude d'impact."], bw),
          Spacer(1, 8),
          P("Une méthode : observer, puis expérimenter", H3),
          P("Les enquêtes de l'Observatoire sont réalisées avec des instituts et des partenaires académiques ; "
            "les résultats sont ensuite mis à l'épreuve dans des territoires pilotes, puis restitués sous forme "
            "de fiches, de rapports régionaux et de webinaires."),
          P("Cette double approche, quantitative et expérimentale, explique que les mêmes chiffres reviennent "
            "d'une publication à l'autre : ils servent de points de repère communs aux acteurs."),
          PageBreak()]
    # ---- page 2 (printed 14)
    s += [P("Agenda · un mois de novembre chargé", H2),
          P("Quatre rendez-vous ont rythmé la fin de l'automne :"),
          ] + bullets(["15 novembre : parution d'un dossier consacré aux alliances dans JURIS Associations n° 628 ;",
                       "23 novembre : troisième dîner « Elus &amp; Entreprises », consacré au rôle des maires ;",
                       "26 novembre : publication du 11e rapport régional de l'Observatoire, consacré à la Normandie ;",
                       "26 novembre également : 5e webinaire « l'ODD 17 en pratique »."]) + [
          P("Le rapport normand complète la série des portraits régionaux engagée avec le programme PHARE. "
            "Il décrit les acteurs mobilisés et les pratiques partenariales propres à la région."),
          box("Au menu du dîner « Elus &amp; Entreprises »", [
              "64 % des élus locaux déclarent vouloir s'appuyer sur le « jouer collectif » pour conduire "
              "leurs projets.",
              "92 % des maires reconnaissent l'utilité de la co-construction avec les acteurs de leur territoire."], bw, bg=MINT),
          FrameBreak(),
          P("ODD 17 : de l'art à la méthode", H2),
          P("L'objectif de développement durable n° 17 porte sur les partenariats. Il se décline en 19 cibles, "
            "que détaille la note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons », présentée le 5 juillet."),
          P("Pour passer de l'intention à l'action, Le RAMEAU a structuré ses ressources selon l'approche "
            "M.E.D.O.C. : Méthodes, Exemples, Données, Outils, Compétences. L'ensemble est rassemblé sur "
            "la plateforme www.odd17.org, en accès libre."),
          box("Le saviez-vous ?", [
              "Le webinaire du 26 novembre était le cinquième d'un cycle consacré à la mise en pratique de l'ODD 17 "
              "dans les territoires. Les enregistrements sont disponibles sur la plateforme."], bw),
          PageBreak()]
    # ---- page 3 (printed 15)
    s += [P("Deux outils pour agir dans les territoires", H2),
          P("Le Fonds ODD 17", H3),
          P("Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 dispose d'une "
            "dotation de 1,5 M€ destinée à une expérimentation sur 3 ans. Il s'appuie sur un réseau de "
            "350 « catalyseurs territoriaux », des personnes et structures qui facilitent localement "
            "la rencontre entre acteurs."),
          P("La Fondation des Territoires", H3),
          P("Sa préfiguration a commencé en juillet 2018 et s'est déroulée en trois étapes : de juillet 2018 "
            "à juillet 2019, d'août 2019 à novembre 2020, puis de décembre 2020 à mai 2022."),
          P("La fondation a été créée le 14 juin 2022 sous l'égide de la Fondation de Lille. Elle réunit "
            "21 co-fondateurs et poursuit trois missions."),
          FrameBreak(),
          box("Étude · Fondations &amp; Territoires", [
              "Publiée le 23 septembre dans le cadre du programme IMPACT, l'étude consacrée aux fondations "
              "repose sur l'interrogation de 42 fondations.",
              "Elle a donné lieu à une fiche acteur intitulée « Dynamique d'engagement des Fondations »."], bw, bg=MINT),
          Spacer(1, 8),
          P("Pourquoi des fondations territoriales ?", H3),
          P("Les fondations interrogées soulignent leur rôle d'assembleur : elles connaissent les associations, "
            "dialoguent avec les entreprises et peuvent financer des démarches collectives que personne ne "
            "porterait seul."),
          P("Le Fonds ODD 17 et la Fondation des Territoires répondent à ce besoin d'ingénierie partagée, "
            "l'un par l'expérimentation, l'autre par un cadre durable."),
          PageBreak()]
    # ---- page 4 (printed 16)
    s += [P("Sortie de crise : des données pour agir", H2),
          P("Au lendemain de la crise sanitaire, l'Observatoire a rassemblé plus de 250 données "
            "pour aider les décideurs à « jouer collectif en sortie de crise »."),
          P("Deux résultats résument l'état d'esprit : 81 % des Français et 84 % des dirigeants de TPE "
            "&amp; PME jugent la co-construction utile pour rendre les territoires plus résilients après le Covid."),
          P("Le programme IMPACT", H3),
          P("IMPACT a été conduit avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe "
            "La Poste, la Fondation TOTAL et Le RAMEAU. Il s'organise autour de trois axes :"),
          ] + bullets(["l'innovation sociétale et territoriale ;",
                       "la performance des organisations ;",
                       "la confiance."]) + [
          FrameBreak(),
          box("Le chiffre de la lettre : 74 %", [
              "Selon le programme IMPACT, 74 % des Français considèrent les partenariats comme une source "
              "d'innovation. C'est aussi l'avis de 81 % des dirigeants d'entreprise, de 86 % des responsables "
              "associatifs et de 87 % des maires.",
              "Côté communes, 76 % des maires estiment que leur territoire est engagé, mais 46 % disent ne pas "
              "savoir piloter ces dynamiques."], bw),
          Spacer(1, 8),
          P("À suivre dans le prochain numéro", H3),
          ] + bullets(["les premiers retours des catalyseurs territoriaux ;",
                       "un portrait de territoire pilote ;",
                       "le calendrier des prochains webinaires."]) + [
          P("Contact : la lettre est diffusée aux membres et partenaires de l'Observatoire.", SMALL)]
    doc.build(s)


# ================================================================ 02 note with footnotes
def doc02(out):
    path = os.path.join(out, "obs-s51-02-note-alliance.pdf")
    notes_h = 52 * mm
    bottom = 17 * mm
    top = H - 20 * mm
    rule_y = bottom + notes_h + 1.5 * mm
    paint = painter("Note d'analyse n° 7 · Du « faire alliance » au droit de l'alliance",
                    "Observatoire des partenariats · Note d'analyse n° 7", 21,
                    banner=("Note d'analyse n° 7", 18,
                            "Du « faire alliance » au droit de l'alliance d'intérêt général"),
                    banner_h=30 * mm, color=TEAL, footnote_rule=rule_y)
    tw = W - 36 * mm
    first = PageTemplate("first", frames=[
        Frame(18 * mm, bottom + notes_h + 3 * mm, tw, H - 36 * mm - (bottom + notes_h + 3 * mm), id="m1"),
        Frame(18 * mm, bottom, tw, notes_h, id="n1")], onPage=paint)
    later = PageTemplate("later", frames=[
        Frame(18 * mm, bottom + notes_h + 3 * mm, tw, top - (bottom + notes_h + 3 * mm), id="m"),
        Frame(18 * mm, bottom, tw, notes_h, id="n")], onPage=paint)
    doc = make_doc(path, "Note d'analyse n° 7 : du faire alliance au droit de l'alliance", [first, later])

    def fn(n, text):
        return P("<super>%d</super> %s" % (n, text), NOTE)

    s = [NextPageTemplate("later")]
    # ---- page 1 (printed 21)
    s += [P("Résumé", H2),
          P("Cette note retrace la manière dont une conviction née sur le terrain, celle qu'il faut « faire "
            "alliance », est devenue un sujet de politique publique, puis un projet de droit. Elle s'appuie "
            "sur les publications de Le RAMEAU et sur les travaux de l'Observatoire des partenariats."),
          P("1. Une attente largement partagée", H2),
          P("Les enquêtes récentes convergent. Pour 81 % des Français, faire alliance est un devoir ; "
            "92 % des maires en expriment le besoin ; 84 % des dirigeants d'entreprises en ont l'envie.<super>1</super> "
            "Devoir, besoin, envie : trois mots pour trois populations, mais une même direction."),
          P("2. Des territoires qui ont ouvert la voie", H2),
          P("La démarche « Agir ensemble en Territoire » a été initiée en 2010, à la suite de l'étude "
            "ARPEA-Collectivités locales réalisée par Comisis et OpinionWay.<super>2</super> "
            "Trois territoires pilotes l'ont expérimentée :"),
          ] + bullets(["l'Alsace, avec Alsace Active ;",
                       "le Poitou-Charentes, avec le Groupe La Poste ;",
                       "Paris-Est Marne &amp; Bois."]) + [
          P("Ces pilotes ont servi de base aux outils de co-construction territoriale diffusés ensuite "
            "auprès des collectivités."),
          FrameBreak(),
          fn(1, "Chiffres repris de la publication de Le RAMEAU consacrée à la reconnaissance du droit "
                "à l'alliance d'intérêt général. Ils ne doivent pas être confondus avec le résultat de "
                "PHARE-Citoyens (septembre 2015), qui porte sur une autre question et une autre date."),
          fn(2, "Comisis est le cabinet fondé par Anne Robin, qui assure la direction scientifique de "
                "l'Observatoire des partenariats."),
          PageBreak()]
    # ---- page 2 (printed 22)
    s += [P("3. De la mission ministérielle à la proposition de loi", H2),
          P("En 2019, à l'occasion du FNAF, Gabriel Attal a confié une mission sur les alliances d'intérêt "
            "général à Cathy Racon-Bouzon et à Charles-Benoît Heidsieck.<super>3</super> Leur rapport a été remis "
            "le 7 mai 2020 ; un bilan d'étape a suivi le 17 octobre 2020."),
          P("Les propositions ont été traduites dans une « feuille de route » ministérielle qui compte "
            "21 mesures. La plus structurante est une proposition de loi visant à reconnaître un « droit de "
            "l'alliance d'intérêt général », portée par Cathy Racon-Bouzon."),
          P("Le texte a été déposé en février.<super>4</super> Il a ensuite été agréé par le Bureau de "
            "l'Assemblée nationale et publié au Journal officiel."),
          box("Ce que recouvre le « droit de l'alliance »", [
              "Reconnaître que des organisations de nature différente peuvent agir ensemble au service du bien "
              "commun, et leur donner un cadre pour le faire, sans remettre en cause leurs missions propres."],
              W - 36 * mm - 2, bg=MINT),
          FrameBreak(),
          fn(3, "Le RAMEAU et le site co-construisonsdemain.org présentent les étapes de cette mission."),
          fn(4, "Le mois du dépôt est indiqué par les communiqués relatifs à la Charte du faire alliance ; "
                "l'année n'y est pas précisée."),
          PageBreak()]
    # ---- page 3 (printed 23)
    s += [P("4. La Charte du faire alliance", H2),
          P("Élaborée en trois mois de co-construction pilotés par la Fondation des Territoires, la Charte du "
            "faire alliance a été lancée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice, au cœur "
            "du territoire Paris-Est Marne &amp; Bois.<super>5</super> Le lancement a eu lieu lors d'une soirée "
            "organisée avec VitaWin."),
          P("La Charte se présente comme un « contrat de confiance » entre les acteurs qui la signent : "
            "elle ne crée pas d'obligation juridique, mais fixe un cadre commun de bonnes pratiques."),
          P("Trois récits accompagnent le texte pour rendre l'engagement concret, du point de vue d'un "
            "élu, d'un dirigeant d'entreprise et d'un responsable associatif."),
          FrameBreak(),
          fn(5, "Sources : Le RAMEAU et Carenews. Une annonce parue sur associations.gouv.fr situe pour sa part "
                "la présentation de la Charte un « mardi 30 septembre » ; la date du 30 novembre 2021 est "
                "celle que retiennent les autres sources."),
          PageBreak()]
    # ---- page 4 (printed 24)
    s += [P("5. Expérimenter avec l'État", H2),
          P("Le CGET et Le RAMEAU ont lancé un parcours d'expérience sur la co-construction territoriale. "
            "Il réunit 11 territoires pionniers pendant 18 mois ; la première session s'est tenue le 3 mai.<super>6</super>"),
          P("6. Une histoire plus ancienne", H2),
          P("Ces initiatives prolongent un travail engagé de longue date. Le rapport quinquennal de "
            "l'Observatoire a été rendu public le 11 décembre 2012. À la demande de la ministre Valérie "
            "Fourneyron, un rapport dressant l'état des lieux des partenariats entre associations et "
            "entreprises a ensuite été publié au début de 2014.<super>7</super>"),
          box("En résumé", bullets([
              "2010 : lancement d'« Agir ensemble en Territoire » ;",
              "7 mai 2020 : remise du rapport de la mission ministérielle ;",
              "17 octobre 2020 : bilan de la mission ;",
              "30 novembre 2021 : lancement de la Charte du faire alliance."], BOX), W - 36 * mm - 2),
          FrameBreak(),
          fn(6, "Une autre présentation de Le RAMEAU évoque « le CGET et 10 territoires pilotes » pour la même "
                "expérimentation."),
          fn(7, "Présentation du programme d'études de l'Observatoire (document de synthèse)."),
          ]
    doc.build(s)


# ================================================================ 03 rapport with tables
def doc03(out):
    path = os.path.join(out, "obs-s51-03-rapport-associations-partenaires.pdf")
    tw = W - 36 * mm
    bottom = 17 * mm
    paint = painter("Rapport · Les associations et leurs partenaires : dix ans de mesures",
                    "Observatoire des partenariats · Rapport d'étude · Chapitre 2", 41,
                    banner=("Les associations et leurs partenaires", 18,
                            "Rapport d'étude · Chapitre 2 · Dix ans de mesures de l'Observatoire"),
                    banner_h=30 * mm, color=NAVY)
    first = PageTemplate("first", frames=[Frame(18 * mm, bottom, tw, H - 36 * mm - bottom, id="f")], onPage=paint)
    later = PageTemplate("later", frames=[Frame(18 * mm, bottom, tw, H - 20 * mm - bottom, id="l")], onPage=paint)
    doc = make_doc(path, "Rapport : les associations et leurs partenaires", [first, later])
    s = [NextPageTemplate("later")]
    # ---- page 1 (printed 41)
    s += [P("2.1 Un observatoire né d'une question simple", H2),
          P("Comment associations et entreprises travaillent-elles ensemble ? C'est pour y répondre qu'a été "
            "lancé le premier programme d'études. Les documents de la période présentent l'outil en ces "
            "termes : « Créé en 2007, l'Observatoire national des partenariats associations / entreprises » "
            "(étude ARPEA Entreprises &amp; Territoires, janvier 2011 ; rapport quinquennal du 11 décembre 2012)."),
          P("Le nom du programme lui-même a connu plusieurs formulations. Le rapport quinquennal développe "
            "ARPEA en « Analyse des Relations et des Partenariats entre Entreprises et Associations » ; une "
            "autre présentation parle d'« Analyser les Relations Partenariales entre Entreprises et "
            "Associations », et une synthèse plus tardive d'« Analyse des Relations Associations-Entreprises ». "
            "Quelle que soit la formule, le programme comptait 10 volets."),
          P("2.2 Trois programmes, trois périodes", H2),
          data_table(["Programme", "Période", "Objet principal"], [
              ["ARPEA", "2008-2012", "état des lieux des relations associations-entreprises"],
              ["PHARE", "2013-2017", "élargissement aux citoyens, aux institutions et aux régions"],
              ["IMPACT", "2018-2022", "mesure des effets : innovation, performance, confiance"],
          ], [30 * mm, 30 * mm, tw - 60 * mm]),
          P("Tableau 1 · Les plans quinquennaux tels que présentés dans le document de synthèse du programme d'études.", SMALL),
          Spacer(1, 4),
          P("Les bornes de PHARE varient selon les documents : la synthèse retient 2013-2017, quand d'autres "
            "présentations parlent de 2013-2018, le programme IMPACT ayant été lancé en novembre 2017."),
          PageBreak()]
    # ---- page 2 (printed 42)
    s += [P("2.3 Les premières mesures (ARPEA)", H2),
          P("Dès les premières vagues, une majorité de Français jugeait urgent de développer les "
            "partenariats entre associations et entreprises."),
          data_table(["Indicateur ARPEA", "2008", "2012"], [
              ["Français jugeant urgent de créer des partenariats", "86 %", "84 %"],
          ], [tw - 60 * mm, 30 * mm, 30 * mm]),
          P("Tableau 2 · Opinion des Français, vagues ARPEA.", SMALL),
          Spacer(1, 4),
          P("Côté associations, ARPEA estimait que près de 46 % des associations étaient engagées avec au "
            "moins une entreprise."),
          P("Le volet ARPEA Entreprises &amp; Territoires, publié en janvier 2011, décrivait une situation "
            "plus contrastée chez les entreprises :"),
          data_table(["Attitude des entreprises (ARPEA Entreprises &amp; Territoires, janv. 2011)", "Part"], [
              ["développent des partenariats avec des associations", "21 %"],
              ["souhaitent en développer", "33 %"],
              ["ne souhaitent pas en développer", "46 %"],
          ], [tw - 30 * mm, 30 * mm]),
          P("Tableau 3 · Les entreprises face aux partenariats associatifs.", SMALL),
          Spacer(1, 4),
          box("Lecture", [
              "Le même chiffre, 46 %, désigne ici deux réalités différentes : la part des associations "
              "engagées avec une entreprise, et la part des entreprises qui ne souhaitent pas de partenariat."],
              tw - 2),
          PageBreak()]
    # ---- page 3 (printed 43)
    s += [P("2.4 Les associations et leurs partenaires en 2016", H2),
          P("L'étude « Associations &amp; Partenariats », publiée en mars 2017 par Recherches &amp; Solidarités "
            "et Le RAMEAU, repose sur une enquête conduite en mai et juin 2016 auprès de plus de 1 380 "
            "responsables associatifs. Une association compte en moyenne 2,5 partenaires."),
          data_table(["Type de partenaire", "Part des associations concernées"], [
              ["Collectivités territoriales", "74 %"],
              ["Autres associations ou fondations", "72 %"],
              ["Établissements d'enseignement", "47 %"],
              ["Entreprises", "28 %"],
              ["Structures d'insertion", "22 %"],
              ["Organismes de recherche", "9 %"],
          ], [tw - 60 * mm, 60 * mm]),
          P("Tableau 4 · Partenaires des associations (enquête mai-juin 2016).", SMALL),
          Spacer(1, 4),
          P("La taille compte : la moitié des associations dont le budget dépasse 150 000 € (50 %) a un "
            "partenariat avec une entreprise, contre 20 % de celles dont le budget est inférieur à 10 000 €."),
          P("2.5 La note du 29 février 2016", H2),
          P("Une note publiée le 29 février 2016 sur les modèles de co-construction proposait une photographie "
            "comparable des deux côtés : 37 % des entreprises d'au moins 10 salariés ont un partenariat "
            "associatif, de même que 38 % des associations, proportion qui atteint 53 % parmi les associations "
            "employeuses. Parmi les organisations qualifiées de pionnières, la proportion monte à 65 %."),
          PageBreak()]
    # ---- page 4 (printed 44)
    s += [P("2.6 IMPACT – Associations &amp; Territoires", H2),
          P("Le volet associatif du programme IMPACT porte sur les 148 000 associations employeuses. "
            "Parmi elles, 98 % ont au moins un partenariat."),
          data_table(["Partenaire", "Associations employeuses concernées"], [
              ["Collectivités territoriales", "89 %"],
              ["Structures d'intérêt général", "73 %"],
              ["Établissements scolaires", "70 %"],
              ["Collectifs d'associations", "56 %"],
              ["Acteurs publics nationaux", "52 %"],
              ["Fédérations professionnelles", "37 %"],
              ["Acteurs académiques", "35 %"],
          ], [tw - 60 * mm, 60 * mm]),
          P("Tableau 5 · Avec qui les associations employeuses sont-elles partenaires ?", SMALL),
          Spacer(1, 4),
          data_table(["Échelle ou forme du partenariat", "Part"], [
              ["Échelle locale", "73 %"],
              ["Échelle régionale", "47 %"],
              ["Mécénat", "75 %"],
              ["Innovation sociétale", "73 %"],
              ["Pratiques responsables", "70 %"],
              ["Coopération économique", "58 %"],
          ], [tw - 60 * mm, 60 * mm]),
          P("Tableau 6 · Échelles et formes des partenariats des associations employeuses.", SMALL),
          PageBreak()]
    # ---- page 5 (printed 45)
    s += [P("2.7 Ce que disent les comparaisons", H2),
          P("Les collectivités restent le premier partenaire des associations d'une étude à l'autre : 74 % "
            "dans l'enquête de 2016, 89 % dans IMPACT. L'écart tient d'abord aux populations étudiées : "
            "l'ensemble des associations dans le premier cas, les seules associations employeuses dans le "
            "second."),
          P("La place des entreprises progresse lorsque l'on passe des petites aux grandes associations, "
            "ce que confirment à la fois l'enquête de 2016 et la note de février 2016."),
          box("Méthode · précautions de lecture", bullets([
              "les pourcentages ne s'additionnent pas : une association peut avoir plusieurs types de partenaires ;",
              "les enquêtes n'ont pas été conduites auprès des mêmes échantillons ;",
              "aucune ventilation régionale n'est présentée dans ce chapitre."], BOX), tw - 2, bg=MINT),
          Spacer(1, 6),
          P("2.8 Pistes pour le chapitre suivant", H2),
          ] + bullets(["mesurer la durée moyenne des partenariats ;",
                       "distinguer les partenariats de mécénat et de coopération économique selon la taille ;",
                       "suivre l'évolution de la part des associations sans partenaire."])
    doc.build(s)


# ================================================================ 04 interview
def doc04(out):
    path = os.path.join(out, "obs-s51-04-entretien-phare.pdf")
    bottom = 17 * mm
    side_w = 55 * mm
    gap = 6 * mm
    tw = W - 36 * mm
    paint = painter("Entretien · Ce que les Français attendent des alliances",
                    "Observatoire des partenariats · Les Entretiens de l'Observatoire", 7,
                    banner=("Les Entretiens de l'Observatoire", 18,
                            "« Les Français attendent que l'on joue collectif » · entretien"),
                    banner_h=30 * mm, color=ORANGE)
    first = PageTemplate("first", frames=[
        Frame(18 * mm, bottom, side_w, H - 36 * mm - bottom, id="side"),
        Frame(18 * mm + side_w + gap, bottom, tw - side_w - gap, H - 36 * mm - bottom, id="main")], onPage=paint)
    later = PageTemplate("later", frames=[Frame(18 * mm, bottom, tw, H - 20 * mm - bottom, id="l")], onPage=paint)
    doc = make_doc(path, "Entretien : ce que les Français attendent des alliances", [first, later])
    s = [NextPageTemplate("later")]
    # ---- page 1 (printed 7)
    s += [box("L'invitée", [
              "<b>Mathilde Carrel</b>",
              "Chargée de mission études à l'Observatoire des partenariats, elle a coordonné l'exploitation "
              "du volet Citoyens du programme PHARE."], side_w - 2, bg=SAND, border=ORANGE),
          Spacer(1, 8),
          box("En bref", bullets([
              "PHARE : 6 volets entre 2015 et 2016 ;",
              "plus de 2 000 personnes interrogées pour le volet Citoyens ;",
              "publication de PHARE-Citoyens en septembre 2015."], BOX), side_w - 2, bg=MINT),
          FrameBreak(),
          P("Propos recueillis par la rédaction de la lettre.", SMALL),
          P("Qu'est-ce que le programme PHARE, en quelques mots ?", Q),
          P("<b>Mathilde Carrel</b> — C'est le deuxième programme quinquennal de l'Observatoire, après ARPEA. "
            "Il a couvert la période 2013-2018 et s'est déployé en six volets, publiés les uns après les autres :"),
          ] + bullets(["Citoyens, en septembre 2015 ;",
                       "Entreprises, en octobre 2015 ;",
                       "Associations, en novembre 2015 ;",
                       "13 rapports régionaux, en 2016 ;",
                       "des diagnostics sectoriels, en juillet 2016 ;",
                       "Institutions, à l'automne 2016."]) + [
          P("Pourquoi commencer par les citoyens ?", Q),
          P("<b>Mathilde Carrel</b> — Parce qu'on ne peut pas parler d'alliances sans savoir ce qu'en "
            "pensent les habitants. Les entreprises et les associations nous disaient déjà leur intérêt ; "
            "il manquait le regard de ceux pour qui l'on agit."),
          PageBreak()]
    # ---- page 2 (printed 8)
    s += [P("Que retenez-vous de PHARE-Citoyens ?", Q),
          P("<b>Mathilde Carrel</b> — D'abord l'ampleur de l'adhésion : en septembre 2015, 69 % des Français "
            "considéraient que faire alliance était un devoir. Nous avons interrogé plus de 2 000 personnes, "
            "ce qui donne de la solidité à ce résultat."),
          P("Nous leur avons aussi demandé de noter, sur 10, la priorité de différents enjeux pour leur "
            "territoire. Le tableau ci-dessous reprend ces notes."),
          data_table(["Enjeu pour le territoire", "Note de priorité (sur 10)"], [
              ["Emploi", "7,1"],
              ["Pouvoir d'achat", "6,6"],
              ["Sécurité", "6,6"],
              ["Développement économique", "6,5"],
              ["Environnement", "6,3"],
              ["Exclusion", "6,3"],
          ], [tw - 60 * mm, 60 * mm]),
          P("Tableau · PHARE-Citoyens, notes moyennes de priorité.", SMALL),
          Spacer(1, 4),
          box("Ce qu'en a retenu la presse", [
              "Une reprise parue chez Carenews lors de la publication attribuait à la sécurité une note de "
              "7/10, et non de 6,6 comme dans la restitution détaillée des résultats."], tw - 2, bg=SAND, border=ORANGE),
          P("L'emploi arrive donc en tête ?", Q),
          P("<b>Mathilde Carrel</b> — Nettement. Et c'est aussi le domaine où les Français attendent le plus "
            "des partenariats, comme le montre la question suivante du questionnaire."),
          PageBreak()]
    # ---- page 3 (printed 9)
    s += [P("Dans quels domaines les partenariats ont-ils, selon eux, le plus d'effet ?", Q),
          P("<b>Mathilde Carrel</b> — Nous avons demandé où les partenariats avaient un impact fort. "
            "L'emploi vient en premier avec 49 %, suivi du développement économique avec 46 % et de "
            "l'environnement avec 42 %. La lutte contre la précarité et l'éducation recueillent chacune 36 %."),
          P("Et les autres acteurs partagent-ils cette vision ?", Q),
          P("<b>Mathilde Carrel</b> — Oui, et c'est ce qui a frappé. Dans les volets PHARE suivants, 81 % des "
            "dirigeants d'entreprise et 86 % des responsables associatifs rejoignaient ce constat. Le volet "
            "Institutions a complété le tableau : 87 % des maires se montraient favorables aux alliances."),
          P("Que contient précisément le volet Institutions ?", Q),
          P("<b>Mathilde Carrel</b> — PHARE-Institutions a été publié le 29 novembre 2016. Il distingue "
            "5 profils de maires selon leur manière d'aborder la co-construction, ce qui a servi de base au "
            "référentiel de co-construction territoriale proposé aux communes."),
          box("À retenir", bullets([
              "69 % des Français : faire alliance est un devoir (PHARE-Citoyens, septembre 2015) ;",
              "81 % des dirigeants et 86 % des responsables associatifs partagent ce constat ;",
              "87 % des maires (PHARE-Institutions)."], BOX), tw - 2, bg=MINT),
          PageBreak()]
    # ---- page 4 (printed 10)
    s += [P("Qu'est-il advenu après PHARE ?", Q),
          P("<b>Mathilde Carrel</b> — Le programme IMPACT a pris le relais ; il a été lancé en novembre 2017. "
            "Il ne s'agissait plus seulement de décrire les partenariats mais d'en mesurer les effets, "
            "à travers trois indicateurs : l'innovation, la performance et la confiance."),
          P("Quel regard portez-vous sur ce parcours ?", Q),
          P("<b>Mathilde Carrel</b> — Le RAMEAU revendique 15 ans de recherche et 5 ans d'étude d'impact. "
            "Ce qui me frappe, c'est la continuité : les questions posées aux citoyens en 2015 restent "
            "pertinentes, et les réponses n'ont pas faibli."),
          P("Un conseil pour les élus qui veulent se lancer ?", Q),
          P("<b>Mathilde Carrel</b> — Partir des besoins du territoire plutôt que des dispositifs, et "
            "s'appuyer sur ceux qui ont déjà expérimenté. Les rapports régionaux sont une bonne porte d'entrée."),
          P("Entretien réalisé pour les Entretiens de l'Observatoire. Les chiffres cités proviennent des "
            "publications du programme PHARE.", SMALL)]
    doc.build(s)


# ================================================================ 05 fiche Repère
def doc05(out):
    path = os.path.join(out, "obs-s51-05-fiche-repere-elus.pdf")
    bottom = 17 * mm
    tw = W - 36 * mm
    paint = painter("Fiche Repère · Les élus locaux et la co-construction territoriale",
                    "Observatoire des partenariats · Collection Repères · fiche n° 12", 31,
                    banner=("REPÈRE · Les élus locaux et la co-construction", 17,
                            "Collection Repères · fiche n° 12 · chiffres clés et définitions"),
                    banner_h=30 * mm, color=TEAL)
    first = PageTemplate("first", frames=[Frame(18 * mm, bottom, tw, H - 36 * mm - bottom, id="f")], onPage=paint)
    later = PageTemplate("later", frames=[Frame(18 * mm, bottom, tw, H - 20 * mm - bottom, id="l")], onPage=paint)
    doc = make_doc(path, "Fiche Repère : les élus locaux et la co-construction territoriale", [first, later])
    s = [NextPageTemplate("later")]
    # ---- page 1 (printed 31)
    s += [P("L'enquête 2024 en chiffres clés", H2),
          P("L'étude IMPACTS &amp; TRAJECTOIRES – Elus locaux, publiée en novembre 2024, interroge les maires "
            "sur l'évolution de leur territoire et sur leur manière de travailler avec les autres acteurs."),
          figure_boxes([
              ("302", "maires interrogés par téléphone"),
              ("91 %", "voient leur territoire en mouvement"),
              ("35 %", "le jugent fortement en mouvement"),
              ("56 %", "le jugent en mouvement, ni plus ni moins"),
              ("84 %", "des répondants élus dans des communes de moins de 2 000 habitants"),
              ("4 sem.", "de terrain, du 30 septembre au 28 octobre 2024"),
          ], tw),
          Spacer(1, 8),
          box("Méthodologie", [
              "Enquête réalisée par téléphone du 30 septembre au 28 octobre 2024 auprès de 302 maires. "
              "L'échantillon reflète la prédominance des petites communes : 84 % des répondants sont maires "
              "de communes de moins de 2 000 habitants."], tw - 2, bg=MINT),
          Spacer(1, 6),
          P("Lecture : 91 % des maires perçoivent leur territoire en mouvement ; 35 % le jugent fortement "
            "en mouvement et 56 % « ni plus ni moins ».", SMALL),
          PageBreak()]
    # ---- page 2 (printed 32)
    s += [P("Ce que disaient les enquêtes précédentes", H2),
          P("La fiche-repère « Les dynamiques d'engagement des Collectivités territoriales » est issue de "
            "l'étude IMPACT-Elus locaux, conduite en novembre 2020 par Comisis et OpinionWay."),
          figure_boxes([
              ("76 %", "des maires jugent leur territoire engagé"),
              ("46 %", "des maires disent ne pas savoir piloter ces dynamiques"),
              ("87 %", "des maires voient les partenariats comme source d'innovation"),
              ("69 %", "des citoyens partagent cette vision de l'innovation"),
              ("92 %", "des maires expriment un besoin d'alliance"),
              ("64 %", "des élus locaux veulent s'appuyer sur le « jouer collectif »"),
          ], tw),
          Spacer(1, 6),
          P("Sur la question de l'innovation, cette fiche retient 69 % pour les citoyens, comme la "
            "présentation publiée par le réseau coconstruction.cresol ; d'autres publications du programme "
            "IMPACT indiquent 74 % des Français pour la même question.", SMALL),
          PageBreak()]
    # ---- page 3 (printed 33)
    s += [P("Les jalons de la co-construction territoriale", H2),
          data_table(["Date", "Jalon", "Ce qu'il faut retenir"], [
              ["2010", "« Agir ensemble en Territoire »", "démarche lancée après l'étude ARPEA-Collectivités locales"],
              ["29 novembre 2016", "PHARE-Institutions", "5 profils de maires ; 87 % des maires favorables aux alliances"],
              ["3 mai", "Parcours d'expérience CGET – Le RAMEAU", "11 territoires pionniers, sur 18 mois"],
              ["novembre 2020", "IMPACT-Elus locaux", "base de la fiche-repère sur les collectivités"],
              ["14 juin 2022", "Fondation des Territoires", "créée sous l'égide de la Fondation de Lille, 21 co-fondateurs"],
              ["novembre 2024", "IMPACTS &amp; TRAJECTOIRES – Elus locaux", "302 maires interrogés"],
          ], [30 * mm, 55 * mm, tw - 85 * mm]),
          Spacer(1, 8),
          box("Pour les communes : par où commencer ?", bullets([
              "identifier les acteurs déjà engagés sur le territoire ;",
              "s'appuyer sur un catalyseur territorial du Fonds ODD 17 ;",
              "utiliser le référentiel issu des 5 profils de maires ;",
              "signer la Charte du faire alliance pour afficher un cadre commun."], BOX), tw - 2),
          PageBreak()]
    # ---- page 4 (printed 34)
    s += [P("Définitions", H2),
          P("<b>Co-construction territoriale</b> : manière de conduire un projet de territoire en associant, "
            "dès sa conception, la collectivité, les associations, les entreprises et les habitants."),
          P("<b>Catalyseur territorial</b> : personne ou structure qui facilite localement la rencontre "
            "entre acteurs et l'émergence de projets communs ; le Fonds ODD 17 en mobilise 350."),
          P("<b>Jouer collectif</b> : expression employée dans les enquêtes auprès des élus pour désigner "
            "le fait de s'appuyer sur les autres acteurs du territoire plutôt que d'agir seul."),
          P("<b>Contrat de confiance</b> : formule qui résume l'esprit de la Charte du faire alliance, "
            "engagement volontaire sans portée juridique contraignante."),
          Spacer(1, 6),
          box("Sources de la fiche", bullets([
              "IMPACTS &amp; TRAJECTOIRES – Elus locaux, novembre 2024 ;",
              "IMPACT-Elus locaux, novembre 2020 (Comisis-OpinionWay) ;",
              "PHARE-Institutions, 29 novembre 2016 ;",
              "publications de Le RAMEAU sur la Charte du faire alliance et le Fonds ODD 17."], BOX), tw - 2, bg=MINT)]
    doc.build(s)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for f in (doc01, doc02, doc03, doc04, doc05):
        f(out)
    print("5 PDFs written to", out)


if __name__ == "__main__":
    main()
