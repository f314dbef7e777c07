# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 demo PDFs of question set s30.

Run with: /work/main/.venv/bin/python make_docs.py
Writes obs-s30-NN-<slug>.pdf next to this script.
Facts come from /work/shared/facts.md; the wording is original.
"""
from reportlab import rl_config
rl_config.invariant = 1

import os

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"

pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVBI", FD + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FD + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", FD + "DejaVuSansCondensed-Bold.ttf"))
addMapping("DV", 0, 0, "DV")
addMapping("DV", 1, 0, "DVB")
addMapping("DV", 0, 1, "DVI")
addMapping("DV", 1, 1, "DVBI")
addMapping("DVC", 0, 0, "DVC")
addMapping("DVC", 1, 0, "DVCB")
addMapping("DVC", 0, 1, "DVC")
addMapping("DVC", 1, 1, "DVCB")


def st(name, size=9.5, leading=None, font="DV", color=colors.black,
       align=TA_LEFT, before=0, after=4, left=0):
    return ParagraphStyle(name, fontName=font, fontSize=size,
                          leading=leading or size * 1.3, textColor=color,
                          alignment=align, spaceBefore=before,
                          spaceAfter=after, leftIndent=left)


def P(text, style):
    return Paragraph(text, style)


def bullets(items, style, mark="•"):
    return [Paragraph(mark + "\u2002" + it, style) for it in items]


def make_doc(fname, pagesize, margins, templates, meta):
    l, r, t, b = margins
    doc = BaseDocTemplate(os.path.join(OUT, fname), pagesize=pagesize,
                          leftMargin=l, rightMargin=r, topMargin=t,
                          bottomMargin=b, title=meta["title"],
                          author=meta["author"], subject=meta["subject"],
                          creator="make_docs.py (s30)", invariant=1)
    doc.addPageTemplates(templates)
    return doc


def one_col(doc, pid, onpage):
    f = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
              id=pid + "f", leftPadding=0, rightPadding=0, topPadding=0,
              bottomPadding=0)
    return PageTemplate(id=pid, frames=[f], onPage=onpage)


def two_col(doc, pid, onpage, gap=8 * mm, ratio=0.5):
    w1 = (doc.width - gap) * ratio
    w2 = doc.width - gap - w1
    f1 = Frame(doc.leftMargin, doc.bottomMargin, w1, doc.height,
               id=pid + "a", leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    f2 = Frame(doc.leftMargin + w1 + gap, doc.bottomMargin, w2, doc.height,
               id=pid + "b", leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    return PageTemplate(id=pid, frames=[f1, f2], onPage=onpage)


def keybox(cells, widths, bg, fg=colors.white, big=20, small=8):
    bigst = st("kb_big", big, font="DVB", color=fg, align=TA_CENTER, after=2)
    smst = st("kb_small", small, font="DV", color=fg, align=TA_CENTER, after=0)
    row = [[P(a, bigst), P(b, smst)] for a, b in cells]
    t = Table([row], colWidths=widths)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEAFTER", (0, 0), (-2, -1), 1.5, colors.white),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return t


def grid(data, widths, head_bg, font_size=8.5, zebra=None, head_fg=colors.white):
    hs = st("g_head", font_size, font="DVB", color=head_fg, after=0)
    cs = st("g_cell", font_size, font="DV", after=0)
    rows = []
    for i, r in enumerate(data):
        rows.append([P(c, hs if i == 0 else cs) for c in r])
    t = Table(rows, colWidths=widths, repeatRows=1)
    cmds = [
        ("BACKGROUND", (0, 0), (-1, 0), head_bg),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if zebra:
        for i in range(2, len(data), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(cmds))
    return t


def framed(flowables, width, bg, border):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), bg),
        ("BOX", (0, 0), (-1, -1), 0.8, border),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return t


def footnote_rule(width):
    t = Table([[""]], colWidths=[width * 0.35], rowHeights=[2])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.grey)]))
    t.hAlign = "LEFT"
    return t


# --------------------------------------------------------------------------
# 01 - Lettre aux adhérents (A4 portrait, page 1 one column, then two columns)
# --------------------------------------------------------------------------
def doc01():
    green = colors.HexColor("#2f6b3a")
    pale = colors.HexColor("#e8f1e6")
    fname = "obs-s30-01-lettre-adherents.pdf"

    def onpage(c, d):
        w, h = A4
        c.saveState()
        c.setFillColor(green)
        c.rect(0, h - 16 * mm, w, 16 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 10)
        c.drawString(18 * mm, h - 10 * mm, "Le RAMEAU · la lettre des membres")
        c.setFont("DV", 9)
        c.drawRightString(w - 18 * mm, h - 10 * mm, "Numéro 14")
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DVI", 7.5)
        c.drawString(18 * mm, 10 * mm,
                     "Observatoire des partenariats — lettre diffusée aux adhérents")
        c.setFont("DV", 8)
        c.drawRightString(w - 18 * mm, 10 * mm, "— %d —" % d.page)
        c.setStrokeColor(green)
        c.line(18 * mm, 14 * mm, w - 18 * mm, 14 * mm)
        c.restoreState()

    doc = make_doc(fname, A4, (18 * mm, 18 * mm, 24 * mm, 20 * mm), [], {
        "title": "Lettre aux adhérents n° 14", "author": "Le RAMEAU",
        "subject": "Alliances en territoire"})
    doc.addPageTemplates([one_col(doc, "one", onpage), two_col(doc, "two", onpage)])

    label = st("lab", 8.5, font="DVB", color=green, after=2)
    title = st("tit", 20, 24, font="DVB", color=colors.HexColor("#1d3d23"), after=4)
    edit = st("ed", 9, font="DVI", color=colors.HexColor("#555555"), after=10)
    h2 = st("h2", 12, font="DVB", color=green, before=6, after=4)
    body = st("body", 9.5, 13.5, align=TA_JUSTIFY, after=5)
    bl = st("bl", 9.5, 13, left=8, after=2)
    sig = st("sig", 9, font="DVI", align=TA_RIGHT, after=8)
    fn = st("fn", 7.2, 9, color=colors.HexColor("#444444"), after=1)

    s = []
    s.append(P("LETTRE AUX ADHÉRENTS", label))
    s.append(P("Alliances en territoire : une année de jalons", title))
    s.append(P("Numéro 14, adressé aux membres au seuil de l’été 2022", edit))
    s.append(P("Éditorial", h2))
    s.append(P("Chères adhérentes, chers adhérents,", body))
    s.append(P("Ce numéro arrive au moment où un chantier ouvert il y a près de "
               "quatre ans trouve enfin son aboutissement. La préfiguration de la "
               "Fondation des Territoires avait démarré à l’été 2018 ; elle s’est "
               "déroulée en trois temps, dont le calendrier figure dans les pages "
               "qui suivent.", body))
    s.append(P("Le résultat est désormais acté. La fondation a vu le jour le "
               "14 juin 2022, abritée par la Fondation de Lille. Elle réunit "
               "21 co-fondateurs, rassemblés autour de trois missions.", body))
    s.append(P("Cette naissance ne sort pas de nulle part. Elle prolonge des années "
               "d’expérimentation avec les territoires, une charte écrite à "
               "plusieurs mains et un fonds consacré à l’objectif de développement "
               "durable n° 17. Nous revenons sur chacun de ces fils dans ce numéro, "
               "en espérant qu’il nourrisse vos propres projets.", body))
    s.append(P("Bonne lecture à toutes et à tous.", body))
    s.append(P("Laurence Weber, directrice générale du RAMEAU", sig))
    s.append(keybox([("21", "co-fondateurs pour la Fondation des Territoires"),
                     ("3", "étapes de préfiguration entre 2018 et 2022"),
                     ("19", "cibles rattachées à l’ODD 17")],
                    [58 * mm, 58 * mm, 58 * mm], green))
    s.append(Spacer(1, 8))
    s.append(P("Dans ce numéro", h2))
    s += bullets(["le chemin de la Fondation des Territoires, étape par étape ;",
                  "la charte du faire alliance et ses racines territoriales ;",
                  "le Fonds ODD 17 et le parcours mené avec l’État ;",
                  "une lecture conseillée pour l’été."], bl)
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())

    colw = (A4[0] - 36 * mm - 8 * mm) / 2
    s.append(P("Fondation des Territoires : le chemin parcouru", h2))
    s.append(P("Entre le lancement de la préfiguration et la création officielle, "
               "près de quatre années se sont écoulées. Le tableau ci-dessous en "
               "retrace les trois étapes.", body))
    s.append(grid([["Étape", "Période"],
                   ["Première", "juillet 2018 – juillet 2019"],
                   ["Deuxième", "août 2019 – novembre 2020"],
                   ["Troisième", "décembre 2020 – mai 2022"]],
                  [colw * 0.35, colw * 0.65], green, zebra=pale))
    s.append(Spacer(1, 6))
    s.append(P("Chaque étape a été ponctuée de rencontres entre les futurs "
               "membres fondateurs, collectivités, entreprises, associations et "
               "fondations, afin d’ajuster le projet avant son lancement.", body))
    s.append(P("La charte du faire alliance", h2))
    s.append(P("Trois mois de travail collectif, animés par la Fondation des "
               "Territoires, ont été nécessaires pour rédiger la charte du faire "
               "alliance. Le texte a été rendu public le 30 novembre 2021, jour du "
               "Giving Tuesday.", body))
    s.append(P("Le lieu n’avait rien d’un hasard. C’est à Saint-Maurice, au cœur "
               "du territoire de Paris-Est Marne & Bois, lors d’une soirée "
               "organisée par VitaWin, que la charte a été présentée. Ses auteurs "
               "la décrivent volontiers comme un « contrat de confiance » entre "
               "ceux qui s’engagent.", body))
    s.append(P("Aux racines : « Agir ensemble en Territoire »", h2))
    s.append(P("Cette démarche remonte à 2010. Elle est née à la suite de l’étude "
               "ARPEA-Collectivités locales, menée avec Comisis et OpinionWay.", body))
    s.append(P("Trois territoires lui ont servi de terrain d’essai :", body))
    s += bullets(["l’Alsace, accompagnée par Alsace Active ;",
                  "le Poitou-Charentes, avec le Groupe La Poste ;",
                  "Paris-Est Marne & Bois, qui accueillera plus tard le lancement "
                  "de la charte."], bl)
    s.append(P("Ces pilotes ont montré qu’une dynamique locale tient d’abord à la "
               "qualité du dialogue entre acteurs, bien avant les moyens "
               "financiers mobilisés.", body))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())

    s.append(P("Fonds ODD 17 : trois ans pour expérimenter", h2))
    s.append(P("Le RAMEAU et la Fondation TotalEnergies ont créé ensemble, en 2020, "
               "un fonds consacré à l’ODD 17. Sa raison d’être : financer une "
               "expérimentation étalée sur trois ans.", body))
    s.append(P("Pour la mener à bien, le fonds dispose d’une enveloppe de "
               "1,5 million d’euros. Ce dernier ambitionne de faire émerger "
               "350 « catalyseurs territoriaux », ces personnes ou structures qui "
               "facilitent les rapprochements sur le terrain.", body))
    s.append(P("Les ressources produites au fil de l’expérimentation sont "
               "rassemblées sur la plateforme odd17.org, organisée selon la grille "
               "M.E.D.O.C.¹", body))
    s.append(P("Un parcours mené avec l’État", h2))
    s.append(P("En parallèle, le CGET et Le RAMEAU ont conçu un parcours "
               "d’expérience consacré à la co-construction territoriale. Il "
               "s’adresse à 11 territoires pionniers.", body))
    s.append(P("Sa durée est de 18 mois. La première session s’est tenue un 3 mai.",
               body))
    s.append(P("À lire cet été", h2))
    s.append(P("Le Comité 21 a publié, un 5 juillet, une note intitulée « ODD 17 : "
               "Sens, décryptages, déclinaisons ». Elle décortique une à une les "
               "cibles de l’objectif et propose des exemples de mise en œuvre.",
               body))
    s.append(framed([P("<b>Bon à savoir</b>", body),
                     P("La lettre est adressée aux seuls membres. Les numéros "
                       "précédents restent disponibles auprès de l’équipe.", body)],
                    colw, pale, green))
    s.append(Spacer(1, 14))
    s.append(footnote_rule(colw))
    s.append(P("¹ Grille de lecture en cinq entrées : Méthodes, Exemples, "
               "Données, Outils, Compétences.", fn))
    doc.build(s)


# --------------------------------------------------------------------------
# 02 - Baromètre (extract of a larger volume: printed pages 21 to 24)
# --------------------------------------------------------------------------
def doc02():
    navy = colors.HexColor("#1f3b63")
    sky = colors.HexColor("#e3ebf5")
    orange = colors.HexColor("#d9822b")
    fname = "obs-s30-02-barometre-alliances.pdf"
    OFFSET = 20

    def onpage(c, d):
        w, h = A4
        c.saveState()
        c.setFillColor(navy)
        c.rect(0, h - 12 * mm, w, 12 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVCB", 9)
        c.drawString(15 * mm, h - 8 * mm, "BAROMÈTRE DES ALLIANCES EN TERRITOIRE")
        c.setFont("DVC", 8.5)
        c.drawRightString(w - 15 * mm, h - 8 * mm, "Cahier 3 · Territoires")
        c.setFillColor(orange)
        c.rect(w - 25 * mm, 6 * mm, 10 * mm, 8 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 9)
        c.drawCentredString(w - 20 * mm, 8.6 * mm, str(d.page + OFFSET))
        c.setFillColor(colors.HexColor("#555555"))
        c.setFont("DVC", 7.5)
        c.drawString(15 * mm, 9 * mm,
                     "Observatoire des partenariats · baromètre annuel · millésime 2025")
        c.restoreState()

    doc = make_doc(fname, A4, (15 * mm, 15 * mm, 20 * mm, 20 * mm), [], {
        "title": "Baromètre des alliances en territoire, cahier 3",
        "author": "Observatoire des partenariats", "subject": "Associations et maires"})
    doc.addPageTemplates([one_col(doc, "one", onpage),
                          two_col(doc, "two", onpage, gap=7 * mm, ratio=0.58)])

    label = st("lab2", 9, font="DVB", color=orange, after=2)
    title = st("tit2", 19, 23, font="DVB", color=navy, after=4)
    edit = st("ed2", 8.5, font="DV", color=colors.HexColor("#666666"), after=10)
    h2 = st("h2b", 12.5, font="DVB", color=navy, before=4, after=5)
    h3 = st("h3b", 10, font="DVB", color=orange, before=4, after=3)
    body = st("body2", 9.3, 13, align=TA_JUSTIFY, after=5)
    small = st("small2", 8, 10.5, color=colors.HexColor("#333333"), after=3)
    fn = st("fn2", 7, 8.8, color=colors.HexColor("#444444"), after=1)
    W = A4[0] - 30 * mm

    s = []
    s.append(P("BAROMÈTRE", label))
    s.append(P("Associations, maires : où en sont les alliances dans les "
               "territoires ?", title))
    s.append(P("Millésime 2025 — cahier n° 3, extrait correspondant aux pages 21 à 24 "
               "du volume complet", edit))
    s.append(P("Ce cahier rassemble deux éclairages complémentaires. Le premier "
               "porte sur les associations qui emploient des salariés et sur les "
               "partenaires avec lesquels elles travaillent. Le second donne la "
               "parole aux maires, interrogés à l’automne 2024 sur la façon dont "
               "leur territoire évolue.", body))
    s.append(Spacer(1, 4))
    s.append(keybox([("148 000", "associations employeuses dans le champ de "
                      "l’étude IMPACT – Associations &amp; Territoires"),
                     ("98 %", "d’entre elles déclarent au moins un partenariat"),
                     ("4", "natures de partenariat suivies dans ce cahier")],
                    [W / 3] * 3, navy, big=22))
    s.append(Spacer(1, 10))
    s.append(P("Sommaire du cahier", h3))
    s.append(grid([["Partie", "Thème", "Page"],
                   ["1", "Les associations employeuses et leurs partenaires", "22"],
                   ["2", "Les maires et les dynamiques de territoire", "23"],
                   ["3", "Repères, méthode et sources", "24"]],
                  [W * 0.12, W * 0.7, W * 0.18], navy, zebra=sky))
    s.append(Spacer(1, 10))
    s.append(P("Pourquoi un baromètre ?", h3))
    s.append(P("Les chiffres isolés disent peu de choses. Mis bout à bout, année "
               "après année, ils dessinent une trajectoire. C’est l’ambition de ce "
               "baromètre : donner à chacun des repères stables pour situer sa "
               "propre pratique des alliances, qu’il dirige une association, une "
               "entreprise ou une commune.", body))
    s.append(PageBreak())

    s.append(P("1. Les associations employeuses et leurs partenaires", h2))
    s.append(P("La quasi-totalité des associations employeuses travaillent avec "
               "au moins un partenaire. Reste à savoir lesquels. Le tableau 1 "
               "présente, pour chaque catégorie d’acteurs, la part des "
               "associations employeuses qui déclarent un partenariat avec elle.",
               body))
    s.append(P("Tableau 1 — Avec qui les associations employeuses nouent-elles "
               "des partenariats ?", h3))
    s.append(grid([["Catégorie de partenaire", "Part des associations employeuses"],
                   ["Collectivités territoriales", "89 %"],
                   ["Autres structures d’intérêt général", "73 %"],
                   ["Établissements scolaires", "70 %"],
                   ["Collectifs d’associations", "56 %"],
                   ["Acteurs publics nationaux", "52 %"],
                   ["Fédérations professionnelles", "37 %"],
                   ["Acteurs académiques", "35 %"]],
                  [W * 0.62, W * 0.38], navy, zebra=sky))
    s.append(Spacer(1, 8))
    s.append(P("L’échelle de ces partenariats reste d’abord locale. Tableau 2 et "
               "tableau 3 se lisent ligne par ligne.", body))
    t2 = grid([["Échelle", "Part"], ["Locale", "73 %"], ["Régionale", "47 %"]],
              [W * 0.25, W * 0.17], orange, zebra=sky)
    t3 = grid([["Nature du partenariat", "Part"],
               ["Mécénat", "75 %"],
               ["Innovation sociétale", "73 %"],
               ["Pratiques responsables", "70 %"],
               ["Coopération économique", "58 %"]],
              [W * 0.33, W * 0.17], orange, zebra=sky)
    both = Table([[[P("Tableau 2 — Échelle", h3), t2],
                   [P("Tableau 3 — Nature", h3), t3]]],
                 colWidths=[W * 0.45, W * 0.55])
    both.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(both)
    s.append(Spacer(1, 8))
    s.append(P("Le mécénat arrive en tête des natures de partenariat, mais il ne "
               "résume plus la relation : l’innovation sociétale et les pratiques "
               "responsables le suivent de près.", body))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())

    s.append(P("2. Les maires et les dynamiques de territoire", h2))
    s.append(P("L’enquête IMPACTS &amp; TRAJECTOIRES – Élus locaux a été publiée "
               "en novembre 2024. Elle repose sur les réponses de 302 maires, "
               "recueillies par téléphone.", body))
    s.append(P("Le terrain s’est étalé sur un mois environ. Les entretiens ont eu "
               "lieu du 30 septembre au 28 octobre 2024.", body))
    s.append(P("Un territoire qui bouge", h3))
    s.append(P("Neuf élus sur dix décrivent un territoire en mouvement. Plus "
               "précisément, 91 % des maires interrogés partagent ce constat.", body))
    s.append(P("Tous ne le vivent pas avec la même intensité. Une minorité, 35 %, "
               "estime que le mouvement est fort ; pour les 56 % restants, il n’est "
               "ni plus ni moins marqué qu’auparavant.", body))
    s.append(P("Qui a répondu ?", h3))
    s.append(P("L’échantillon reflète la France des petites communes. Parmi les "
               "répondants, 84 % administrent une commune de moins de 2 000 "
               "habitants.", body))
    s.append(FrameBreak())
    s.append(framed([P("<b>Pour mémoire</b>", small),
                     P("Dans une enquête antérieure, 64 % des élus locaux "
                       "disaient vouloir s’appuyer sur le « jouer collectif » pour "
                       "agir.", small),
                     P("Les travaux du programme IMPACT montraient déjà un "
                       "décalage : 76 % des maires voient leur territoire comme "
                       "engagé, mais 46 % d’entre eux reconnaissent ne pas savoir "
                       "piloter cette dynamique.", small)],
                    (W - 7 * mm) * 0.42, sky, navy))
    s.append(Spacer(1, 8))
    s.append(P("Lecture : un maire sur deux se dit démuni pour animer les "
               "coopérations, alors même qu’il en perçoit l’utilité.", small))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())

    s.append(P("3. Repères, méthode et sources", h2))
    s.append(P("Un repère plus ancien permet de mesurer le chemin parcouru. Le "
               "volet Institutions du programme PHARE a été rendu public le "
               "29 novembre 2016.", body))
    s.append(P("Il a permis de dresser une typologie des maires. Celle-ci "
               "distingue cinq profils, selon la manière dont chacun envisage les "
               "alliances avec les acteurs de sa commune.", body))
    s.append(P("Une fiche-repère intitulée « Les dynamiques d’engagement des "
               "Collectivités territoriales » complète ce cahier. Elle s’appuie sur "
               "l’étude IMPACT-Élus locaux de novembre 2020, dont le terrain a été "
               "confié à Comisis et OpinionWay.", body))
    s.append(P("Méthode", h3))
    s += bullets(["les pourcentages sont arrondis à l’unité ;",
                  "une association peut déclarer plusieurs catégories de "
                  "partenaires : les totaux dépassent donc 100 % ;",
                  "les résultats des maires portent sur l’ensemble des répondants, "
                  "sans redressement par taille de commune."],
                 st("bl2", 9, 12.5, left=8, after=2))
    s.append(Spacer(1, 10))
    s.append(footnote_rule(W))
    s.append(P("Sources : étude IMPACT – Associations &amp; Territoires ; enquête "
               "IMPACTS &amp; TRAJECTOIRES – Élus locaux (novembre 2024) ; "
               "PHARE-Institutions (2016) ; IMPACT-Élus locaux (novembre 2020).", fn))
    doc.build(s)


# --------------------------------------------------------------------------
# 03 - Compte rendu de colloque (printed pages 37 to 40, two columns)
# --------------------------------------------------------------------------
def doc03():
    plum = colors.HexColor("#5b2a4e")
    rose = colors.HexColor("#f4e9f0")
    fname = "obs-s30-03-colloque-quinze-ans.pdf"
    OFFSET = 36

    def onpage(c, d):
        w, h = A4
        c.saveState()
        c.setStrokeColor(plum)
        c.setLineWidth(2)
        c.line(16 * mm, h - 13 * mm, w - 16 * mm, h - 13 * mm)
        c.setFillColor(plum)
        c.setFont("DVI", 8.5)
        c.drawString(16 * mm, h - 11 * mm, "Rencontres de l’Observatoire · actes")
        c.drawRightString(w - 16 * mm, h - 11 * mm, "Séance plénière")
        c.setLineWidth(0.5)
        c.line(16 * mm, 13 * mm, w - 16 * mm, 13 * mm)
        c.setFont("DV", 7.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(16 * mm, 9 * mm,
                     "Compte rendu établi par le secrétariat de séance")
        c.setFont("DVB", 9)
        c.drawRightString(w - 16 * mm, 9 * mm, "Actes · %d" % (d.page + OFFSET))
        c.restoreState()

    doc = make_doc(fname, A4, (16 * mm, 16 * mm, 20 * mm, 19 * mm), [], {
        "title": "Quinze ans à mesurer les alliances — compte rendu",
        "author": "Rencontres de l’Observatoire", "subject": "Actes"})
    # first page: header block (one column) then two columns
    W = doc.width
    gap = 7 * mm
    colw = (W - gap) / 2
    head_h = 62 * mm
    fh = Frame(doc.leftMargin, doc.bottomMargin + doc.height - head_h, W, head_h,
               id="head", leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    fa = Frame(doc.leftMargin, doc.bottomMargin, colw, doc.height - head_h,
               id="c1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    fb = Frame(doc.leftMargin + colw + gap, doc.bottomMargin, colw,
               doc.height - head_h, id="c2", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    first = PageTemplate(id="first", frames=[fh, fa, fb], onPage=onpage)
    doc.addPageTemplates([first, two_col(doc, "two", onpage, gap=gap),
                          one_col(doc, "one", onpage)])

    label = st("lab3", 8.5, font="DVB", color=plum, after=3)
    title = st("tit3", 18, 22, font="DVB", color=plum, after=4)
    edit = st("ed3", 8.5, font="DVI", color=colors.HexColor("#666666"), after=6)
    chapo = st("chapo3", 10, 14, font="DVB", color=colors.HexColor("#333333"),
               align=TA_JUSTIFY, after=4)
    h2 = st("h2c", 11, font="DVB", color=plum, before=6, after=4)
    body = st("body3", 9.2, 12.8, align=TA_JUSTIFY, after=5)
    quote = st("q3", 9.5, 13, font="DVI", color=plum, left=6, after=6)
    small = st("sm3", 8, 10.5, after=2)

    s = []
    s.append(P("COMPTE RENDU DE COLLOQUE", label))
    s.append(P("Quinze ans à mesurer les alliances : ce que disent les données",
               title))
    s.append(P("Actes de la rencontre annuelle — texte relu par les intervenants, "
               "mis en ligne à l’automne 2021", edit))
    s.append(P("Devant un public d’élus, de dirigeants associatifs et de "
               "responsables d’entreprise, la rencontre a retracé l’histoire d’un "
               "programme de recherche au long cours et ouvert la discussion sur "
               "ses suites.", chapo))
    s.append(FrameBreak())
    s.append(P("Séance d’ouverture", h2))
    s.append(P("Charles-Benoît Heidsieck a ouvert la journée. Le président-fondateur "
               "du RAMEAU a commencé par rappeler l’origine de la structure.", body))
    s.append(P("Ce dernier l’a fondée en 2006, sous statut associatif d’intérêt "
               "général, pour en faire un « laboratoire de recherche empirique ». "
               "Depuis, l’équipe a conduit des expérimentations avec plus de 500 "
               "organisations et recensé plus d’un millier d’exemples inspirants.",
               body))
    s.append(P("Observer d’abord, modéliser ensuite : c’est, selon lui, la marque "
               "de fabrique de la démarche.", quote))
    s.append(P("Une direction scientifique bénévole", h2))
    s.append(P("Anne Robin a pris la parole à sa suite. Elle assure, à titre "
               "bénévole, la direction scientifique de l’Observatoire des "
               "partenariats.", body))
    s.append(P("Son parcours éclaire ce choix. Avant de rejoindre ces travaux, "
               "elle avait fondé COMISIS, une structure d’études.", body))
    s.append(P("Un observatoire né à plusieurs", h2))
    s.append(P("L’intervenante est revenue sur la création de l’Observatoire, en "
               "2008. Il est le fruit d’une initiative commune de la Caisse des "
               "Dépôts et du RAMEAU.", body))
    s.append(P("Deux partenaires se sont associés à la démarche : le MEDEF et le "
               "Mouvement associatif.", body))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())

    s.append(P("Trois programmes quinquennaux", h2))
    s.append(P("Le travail de l’Observatoire s’organise en cycles de cinq ans. Le "
               "tableau ci-dessous les récapitule.", body))
    s.append(grid([["Programme", "Période", "Jalon marquant"],
                   ["ARPEA", "2008-2012", "rapport quinquennal du 11 décembre 2012"],
                   ["PHARE", "2013-2018", "six volets publiés"],
                   ["IMPACT", "2018-2022", "lancement en novembre 2017"]],
                  [colw * 0.3, colw * 0.25, colw * 0.45], plum, font_size=8, zebra=rose))
    s.append(Spacer(1, 6))
    s.append(P("Le premier cycle tient son nom d’un acronyme. ARPEA signifie "
               "« Analyse des Relations et des Partenariats entre Entreprises et "
               "Associations ». Le programme comptait dix volets.", body))
    s.append(P("Ses résultats ont trouvé un écho politique. La ministre Valérie "
               "Fourneyron a ensuite demandé un état des lieux des partenariats "
               "entre associations et entreprises ; ce rapport a été publié au "
               "début de l’année 2014.", body))
    s.append(P("Les six volets de PHARE", h2))
    s.append(P("Le deuxième cycle a été publié par étapes, selon le calendrier "
               "suivant :", body))
    s.append(grid([["Volet", "Parution"],
                   ["Citoyens", "septembre 2015"],
                   ["Entreprises", "octobre 2015"],
                   ["Associations", "novembre 2015"],
                   ["13 rapports régionaux", "2016"],
                   ["Diagnostics sectoriels", "juillet 2016"],
                   ["Institutions", "automne 2016"]],
                  [colw * 0.55, colw * 0.45], plum, zebra=rose))
    s.append(Spacer(1, 6))
    s.append(P("Plusieurs participants ont souligné l’intérêt des rapports "
               "régionaux : ils ont permis à chaque territoire de se comparer à la "
               "moyenne nationale.", body))
    s.append(P("Le débat s’est ensuite porté sur la manière de rendre ces "
               "résultats utiles aux acteurs de terrain, au-delà des seuls "
               "spécialistes. Plusieurs intervenants ont plaidé pour des supports "
               "plus courts, à l’image des fiches-repères.", body))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())

    s.append(P("Table ronde : la parole des citoyens", h2))
    s.append(P("La deuxième séquence était consacrée au volet Citoyens de PHARE. "
               "Plus de 2 000 personnes avaient été interrogées pour l’occasion.",
               body))
    s.append(P("On leur avait demandé de noter, sur dix, l’importance de plusieurs "
               "enjeux pour leur territoire. L’emploi arrive en tête.", body))
    s.append(grid([["Enjeu", "Note sur 10"],
                   ["Emploi", "7,1"],
                   ["Pouvoir d’achat", "6,6"],
                   ["Développement économique", "6,5"],
                   ["Environnement", "6,3"],
                   ["Exclusion", "6,3"]],
                  [colw * 0.65, colw * 0.35], plum, zebra=rose))
    s.append(Spacer(1, 6))
    s.append(P("Interrogés sur les domaines où les partenariats ont un impact "
               "fort, les citoyens citent d’abord l’emploi (49 %), puis le "
               "développement économique (46 %) et l’environnement (42 %). La "
               "précarité et l’éducation suivent, à 36 % chacune.", body))
    s.append(P("Une conviction ancienne", h2))
    s.append(P("Un intervenant a rappelé que cette attente ne date pas d’hier. "
               "Dès le premier programme, la question avait été posée aux Français : "
               "faut-il créer d’urgence des partenariats entre associations et "
               "entreprises ?", body))
    s.append(P("En 2008, ils étaient 86 % à répondre par l’affirmative. Quatre ans "
               "plus tard, en 2012, la proportion restait de 84 %.", body))
    s.append(P("Selon PHARE-Citoyens, publié en septembre 2015, 69 % des Français "
               "estiment désormais qu’il existe un « devoir d’alliance ».", body))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())

    s.append(P("Le programme IMPACT et ses suites", h2))
    s.append(P("La dernière séquence a présenté le troisième cycle. Le programme "
               "IMPACT est porté par un collectif de partenaires, que l’on peut "
               "énumérer ainsi :", body))
    s += bullets(["la Caisse des Dépôts ;",
                  "l’Institut CDC pour la Recherche ;",
                  "le Groupe La Poste ;",
                  "la Fondation TOTAL ;",
                  "Le RAMEAU."], st("bl3", 9.2, 12.5, left=8, after=2))
    s.append(P("Ses travaux s’articulent autour de trois axes : l’innovation "
               "sociétale et territoriale, la performance des organisations, et la "
               "confiance.", body))
    s.append(P("Les fondations à l’étude", h2))
    s.append(P("L’un des premiers livrables du cycle concerne les fondations. "
               "L’étude IMPACT – Fondations &amp; Territoires a été publiée un "
               "23 septembre.", body))
    s.append(P("Elle s’appuie sur un panel restreint mais qualifié : 42 fondations "
               "ont été interrogées.", body))
    s.append(FrameBreak())
    s.append(P("Clôture", h2))
    s.append(P("En conclusion, les organisateurs ont insisté sur la continuité "
               "du dispositif : chaque cycle reprend des questions du précédent, "
               "ce qui permet de suivre les évolutions sur plus d’une décennie.",
               body))
    s.append(framed([P("<b>Les intervenants cités</b>", small),
                     P("Charles-Benoît Heidsieck", small),
                     P("Anne Robin", small),
                     P("Les animateurs des tables rondes ont souhaité ne pas être "
                       "nommés dans ce compte rendu.", small)],
                    colw, rose, plum))
    doc.build(s)


# --------------------------------------------------------------------------
# 04 - Dossier de presse (cover unnumbered, then printed 1, 2)
# --------------------------------------------------------------------------
def doc04():
    red = colors.HexColor("#a4262c")
    grey = colors.HexColor("#f2f2f2")
    fname = "obs-s30-04-dossier-presse-alliance.pdf"

    def onpage(c, d):
        w, h = A4
        c.saveState()
        c.setFillColor(red)
        c.rect(0, 0, 9 * mm, h, stroke=0, fill=1)
        c.saveState()
        c.translate(6 * mm, 20 * mm)
        c.rotate(90)
        c.setFillColor(colors.white)
        c.setFont("DVB", 9)
        c.drawString(0, 0, "DOSSIER DE PRESSE · droit de l’alliance d’intérêt général")
        c.restoreState()
        c.setFillColor(colors.HexColor("#444444"))
        c.setFont("DV", 8)
        c.drawRightString(w - 16 * mm, h - 11 * mm, "Le RAMEAU · Observatoire des partenariats")
        c.setFont("DV", 7.5)
        c.drawString(22 * mm, 10 * mm, "Contact presse : service communication du RAMEAU")
        if d.page > 1:
            c.setFont("DVB", 8.5)
            c.drawRightString(w - 16 * mm, 10 * mm, "p. %d" % (d.page - 1))
        c.restoreState()

    doc = make_doc(fname, A4, (22 * mm, 16 * mm, 20 * mm, 20 * mm), [], {
        "title": "Dossier de presse — faire alliance devient un droit",
        "author": "Le RAMEAU", "subject": "Presse"})
    doc.addPageTemplates([one_col(doc, "one", onpage),
                          two_col(doc, "two", onpage, gap=8 * mm)])
    W = doc.width
    colw = (W - 8 * mm) / 2

    label = st("lab4", 10, font="DVB", color=red, after=4)
    title = st("tit4", 24, 28, font="DVB", color=colors.HexColor("#222222"), after=6)
    edit = st("ed4", 9, font="DVI", color=colors.HexColor("#777777"), after=14)
    h2 = st("h2d", 12, font="DVB", color=red, before=6, after=4)
    qst = st("q4", 9.5, 13, font="DVB", color=colors.HexColor("#333333"), before=4, after=2)
    body = st("body4", 9.5, 13.5, align=TA_JUSTIFY, after=5)
    small = st("sm4", 8, 10.5, after=2)

    s = []
    s.append(P("DOSSIER DE PRESSE", label))
    s.append(P("Faire alliance devient un droit", title))
    s.append(P("Édition actualisée pour la presse après la parution au Journal "
               "officiel", edit))
    s.append(P("Trois chiffres pour comprendre l’attente", h2))
    s.append(keybox([("81 %", "des Français jugent qu’il existe un devoir "
                      "d’alliance"),
                     ("92 %", "des maires expriment un besoin d’alliance"),
                     ("84 %", "des dirigeants d’entreprise en ont envie")],
                    [W / 3] * 3, red, big=24))
    s.append(Spacer(1, 12))
    s.append(P("Depuis plus de quinze ans, les travaux de l’Observatoire des "
               "partenariats documentent l’envie de coopérer entre associations, "
               "entreprises et collectivités. Ce dossier retrace la manière dont "
               "ce constat s’est traduit dans la loi.", body))
    s.append(P("Au sommaire", h2))
    s += bullets(["page 1 : de la mission ministérielle à la loi ;",
                  "page 2 : les chiffres clés et la sortie de crise."],
                 st("bl4", 9.5, 13, left=8, after=2))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())

    s.append(P("De la mission ministérielle à la loi", h2))
    s.append(P("Questions-réponses", st("qr", 9, font="DVI", color=red, after=4)))
    s.append(P("D’où vient le texte ?", qst))
    s.append(P("Tout commence lors du FNAF 2019. Gabriel Attal y confie une "
               "mission à deux personnalités : Cathy Racon-Bouzon et Charles-Benoît "
               "Heidsieck.", body))
    s.append(P("Qu’a produit la mission ?", qst))
    s.append(P("Un rapport, remis au printemps suivant. Sa date de remise : le "
               "7 mai 2020. Un bilan d’étape a ensuite été dressé le 17 octobre "
               "2020.", body))
    s.append(P("Qui porte la proposition de loi ?", qst))
    s.append(P("Cathy Racon-Bouzon. Elle a déposé en février une proposition de loi "
               "consacrant le « droit de l’alliance d’intérêt général ». Le texte a "
               "été agréé par le Bureau de l’Assemblée nationale, puis publié au "
               "Journal officiel.", body))
    s.append(P("Et du côté du Gouvernement ?", qst))
    s.append(P("Une feuille de route ministérielle accompagne la démarche. Elle "
               "compte 21 mesures.", body))
    s.append(Spacer(1, 6))
    s.append(P("Chronologie", h2))
    s.append(grid([["Date", "Étape"],
                   ["2019", "mission confiée lors du FNAF"],
                   ["7 mai 2020", "remise du rapport de mission"],
                   ["17 octobre 2020", "bilan de la mission"],
                   ["février", "dépôt de la proposition de loi"],
                   ["ensuite", "agrément par le Bureau de l’Assemblée, publication au JO"]],
                  [W * 0.25, W * 0.75], red, zebra=grey))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())

    s.append(P("Les chiffres clés", h2))
    s.append(P("Les partenariats sont perçus comme une source d’innovation par "
               "une large majorité des acteurs interrogés. Le tableau se lit par "
               "ligne : chaque population, puis la part qui partage ce constat.",
               body))
    s.append(grid([["Population interrogée", "Partenariats = source d’innovation"],
                   ["Français", "74 %"],
                   ["Dirigeants d’entreprise", "81 %"],
                   ["Responsables associatifs", "86 %"],
                   ["Maires", "87 %"]],
                  [colw * 0.6, colw * 0.4], red, zebra=grey))
    s.append(Spacer(1, 6))
    s.append(P("Les élus sont les plus convaincus. Ce sont aussi eux qui "
               "expriment le plus fortement le besoin d’un cadre pour agir.", body))
    s.append(FrameBreak())
    s.append(P("La sortie de crise", h2))
    s.append(P("La crise sanitaire a renforcé le besoin de « jouer collectif ». "
               "Une large majorité des Français (81 %) et des dirigeants de TPE et "
               "PME (84 %) jugent la co-construction utile pour rebondir.", body))
    s.append(P("Pour éclairer la relance, l’Observatoire a dressé un inventaire "
               "des données disponibles. Celui-ci en recense plus de 250.", body))
    s.append(framed([P("<b>Le RAMEAU en bref</b>", small),
                     P("Association d’intérêt général, Le RAMEAU se présente comme "
                       "un laboratoire d’innovations partenariales. Il est présidé "
                       "par son fondateur, Charles-Benoît Heidsieck.", small)],
                    colw, grey, red))
    doc.build(s)


# --------------------------------------------------------------------------
# 05 - Diaporama / fiche méthode (16:9 slides, short lines)
# --------------------------------------------------------------------------
def doc05():
    teal = colors.HexColor("#0f6e6e")
    mint = colors.HexColor("#e0f2f1")
    SW, SH = 297 * mm, 167 * mm
    fname = "obs-s30-05-diaporama-associations.pdf"
    NPAGES = 5

    def onpage(c, d):
        c.saveState()
        c.setFillColor(teal)
        c.rect(0, SH - 11 * mm, SW, 11 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 9)
        c.drawString(12 * mm, SH - 7.5 * mm, "FICHE MÉTHODE · en diaporama")
        c.setFont("DV", 8.5)
        c.drawRightString(SW - 12 * mm, SH - 7.5 * mm, "Lire les chiffres des partenariats")
        c.setFillColor(colors.HexColor("#666666"))
        c.setFont("DV", 7.5)
        c.drawString(12 * mm, 6 * mm, "Atelier de l’Observatoire des partenariats")
        c.drawRightString(SW - 12 * mm, 6 * mm, "diapo %d / %d" % (d.page, NPAGES))
        c.restoreState()

    doc = make_doc(fname, (SW, SH), (16 * mm, 16 * mm, 18 * mm, 14 * mm), [], {
        "title": "Les associations et leurs partenaires : lire les chiffres",
        "author": "Observatoire des partenariats", "subject": "Diaporama"})
    doc.addPageTemplates([one_col(doc, "one", onpage),
                          two_col(doc, "two", onpage, gap=12 * mm)])
    W = doc.width
    colw = (W - 12 * mm) / 2

    label = st("lab5", 11, font="DVB", color=teal, after=6)
    title = st("tit5", 24, 29, font="DVB", color=colors.HexColor("#123b3b"), after=8)
    edit = st("ed5", 10, font="DVI", color=colors.HexColor("#666666"), after=10)
    stitle = st("st5", 17, 21, font="DVB", color=teal, after=10)
    line = st("ln5", 13, 18, after=5)
    line_s = st("ln5s", 11.5, 15, after=4)
    note = st("nt5", 8.5, 11, font="DVI", color=colors.HexColor("#555555"), after=2)

    s = []
    s.append(Spacer(1, 18))
    s.append(P("DIAPORAMA", label))
    s.append(P("Les associations et leurs partenaires : lire les chiffres", title))
    s.append(P("Support projeté pendant l’atelier, remis ensuite aux participants",
               edit))
    s.append(P("Cinq diapositives, trois études, une seule question : avec qui les "
               "associations font-elles alliance ?", line))
    s.append(PageBreak())

    s.append(P("Une enquête, deux auteurs", stitle))
    s += bullets(["Étude « Associations &amp; Partenariats »",
                  "Menée par Recherches &amp; Solidarités avec Le RAMEAU",
                  "Publication : mars 2017",
                  "Questionnaire en ligne : mai et juin 2016",
                  "Plus de 1 380 responsables associatifs ont répondu"], line, "▸")
    s.append(Spacer(1, 8))
    s.append(P("Point de méthode : les réponses portent sur les partenariats "
               "déclarés, quel qu’en soit le volume.", note))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())

    s.append(P("Avec qui ?", stitle))
    s.append(P("Chaque association en cite plusieurs.", line))
    s.append(P("Moyenne observée :", line))
    s.append(P("<b>2,5 partenaires</b> par association", line))
    s.append(Spacer(1, 10))
    s.append(P("À retenir : les pouvoirs publics locaux et le monde associatif "
               "restent les premiers alliés ; l’entreprise arrive loin derrière.",
               line_s))
    s.append(FrameBreak())
    s.append(Spacer(1, 20))
    s.append(grid([["Partenaire", "Associations concernées"],
                   ["Collectivités", "74 %"],
                   ["Associations et fondations", "72 %"],
                   ["Enseignement", "47 %"],
                   ["Entreprises", "28 %"],
                   ["Structures d’insertion", "22 %"],
                   ["Recherche", "9 %"]],
                  [colw * 0.62, colw * 0.38], teal, font_size=10.5, zebra=mint))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())

    s.append(P("La taille compte", stitle))
    s.append(P("Part des associations ayant un partenariat avec une entreprise, "
               "selon leur budget annuel :", line))
    s.append(grid([["Budget annuel de l’association", "Partenariat avec une entreprise"],
                   ["Plus de 150 000 €", "50 %"],
                   ["Moins de 10 000 €", "20 %"]],
                  [W * 0.5, W * 0.4], teal, font_size=11, zebra=mint))
    s.append(Spacer(1, 10))
    s.append(P("Lecture : une grande association a deux fois et demie plus de "
               "chances de travailler avec une entreprise qu’une petite.", line_s))
    s.append(PageBreak())

    s.append(P("Repères antérieurs", stitle))
    s.append(P("Note du 29 février 2016", st("h5", 13, font="DVB", after=4)))
    s += bullets(["37 % des entreprises de 10 salariés et plus déclarent un "
                  "partenariat avec une association",
                  "38 % des associations en déclarent un avec une entreprise",
                  "la proportion monte à 53 % chez les associations employeuses"],
                 line_s, "–")
    s.append(Spacer(1, 6))
    s.append(P("ARPEA Entreprises &amp; Territoires, janvier 2011",
               st("h5b", 13, font="DVB", after=4)))
    s += bullets(["21 % des entreprises développent des partenariats avec des "
                  "associations",
                  "33 % souhaiteraient le faire",
                  "46 % ne le souhaitent pas"], line_s, "–")
    doc.build(s)


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    print("ok")
