# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 synthetic publications of question set s27.

Run:  /work/main/.venv/bin/python make_docs.py
Writes obs-s27-NN-<slug>.pdf next to this file.  Facts come from
/work/shared/facts.md; every sentence is written for this set.
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
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")


def style(name, size=9.5, lead=None, font="DV", color=colors.black, align=TA_LEFT,
          before=0, after=4, left=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.35,
                          textColor=color, alignment=align, spaceBefore=before,
                          spaceAfter=after, leftIndent=left)


BODY = style("body")
SMALL = style("small", 7.5)
NOTE = style("note", 7, color=colors.HexColor("#333333"))
LABEL = style("label", 8.5, font="DV-B", color=colors.HexColor("#8a1c1c"), after=2)
TITLE = style("title", 17, font="DV-B", after=4)
EDITION = style("edition", 8.5, font="DV-I", color=colors.HexColor("#444444"), after=10)
H2 = style("h2", 11.5, font="DV-B", before=6, after=4, color=colors.HexColor("#1d3557"))
H3 = style("h3", 9.8, font="DV-B", before=5, after=2)
BUL = style("bul", 9.5, left=10)
CELL = style("cell", 8.5, after=0)
CELLB = style("cellb", 8.5, font="DV-B", after=0)


def P(text, st=BODY):
    return Paragraph(text, st)


def table(rows, widths, head=True, zebra=True, fs=None):
    data = []
    for i, r in enumerate(rows):
        st = CELLB if (head and i == 0) else CELL
        data.append([Paragraph(str(c), st) for c in r])
    t = Table(data, colWidths=widths, repeatRows=0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if head:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe7ef")))
    if zebra:
        for i in range(2 if head else 1, len(rows), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f4f4f4")))
    t.setStyle(TableStyle(cmds))
    return t


def keybox(lines, width, bg="#fff3d6"):
    data = [[Paragraph(l, style("kb", 9.5, font="DV-B" if i == 0 else "DV", after=0))]
            for i, l in enumerate(lines)]
    t = Table(data, colWidths=[width])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#c98a00")),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    return t


def make_decor(banner, footer, numbering, pagesize):
    """numbering(pdf_page_index) -> printed page string or None."""
    W, H = pagesize

    def deco(canv, doc):
        canv.saveState()
        n = canv.getPageNumber()
        canv.setFont("DV", 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(15 * mm, H - 10 * mm, banner)
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.line(15 * mm, H - 11.5 * mm, W - 15 * mm, H - 11.5 * mm)
        canv.line(15 * mm, 12.5 * mm, W - 15 * mm, 12.5 * mm)
        canv.drawString(15 * mm, 8.5 * mm, footer)
        printed = numbering(n)
        if printed:
            canv.drawRightString(W - 15 * mm, 8.5 * mm, printed)
        canv.restoreState()
    return deco


def build(fname, story, banner, footer, numbering, pagesize=A4, columns=1, first_single=False):
    W, H = pagesize
    doc = BaseDocTemplate(os.path.join(HERE, fname), pagesize=pagesize,
                          leftMargin=15 * mm, rightMargin=15 * mm,
                          topMargin=16 * mm, bottomMargin=17 * mm,
                          title=fname[:-4], author="Observatoire des partenariats (jeu de test s27)",
                          subject="document de démonstration", creator="make_docs.py s27")
    deco = make_decor(banner, footer, numbering, pagesize)
    fw = W - 30 * mm
    fh = H - 33 * mm
    one = Frame(15 * mm, 17 * mm, fw, fh, id="one", leftPadding=0, rightPadding=0)
    gap = 7 * mm
    cw = (fw - gap) / 2
    c1 = Frame(15 * mm, 17 * mm, cw, fh, id="c1", leftPadding=0, rightPadding=0)
    c2 = Frame(15 * mm + cw + gap, 17 * mm, cw, fh, id="c2", leftPadding=0, rightPadding=0)
    templates = [PageTemplate(id="single", frames=[one], onPage=deco),
                 PageTemplate(id="two", frames=[c1, c2], onPage=deco)]
    if columns == 2 and not first_single:
        templates = templates[::-1]
    doc.addPageTemplates(templates)
    doc.build(story)


# ---------------------------------------------------------------------------
# 01 — frise chronologique (printed pages 112-114)
# ---------------------------------------------------------------------------
def doc01():
    fw = A4[0] - 30 * mm
    s = []
    s.append(P("REPÈRES CHRONOLOGIQUES", LABEL))
    s.append(P("D’un laboratoire à une fondation : la frise commentée de l’Observatoire", TITLE))
    s.append(P("Cahier de mémoire n° 4 — texte arrêté au cours de l’été 2022", EDITION))
    s.append(P("Les acteurs du départ", H2))
    s.append(P("Tout commence par une association. Le RAMEAU voit le jour en 2006 ; elle se "
               "présente volontiers comme un « laboratoire de recherche empirique » consacré aux "
               "alliances entre acteurs, sous statut associatif d’intérêt général. Charles-Benoît "
               "Heidsieck en est le président-fondateur. À ses côtés, la direction générale est "
               "confiée à Laurence Weber."))
    s.append(P("Deux ans plus tard naît l’Observatoire des partenariats<super>1</super>. C’était en "
               "2008, à l’initiative conjointe de la Caisse des Dépôts et du RAMEAU ; le MEDEF et le "
               "Mouvement associatif s’associent à la démarche en tant que partenaires."))
    s.append(P("La solidité des enquêtes doit beaucoup à une personne. Anne Robin, qui a fondé le "
               "cabinet COMISIS, en assure la direction scientifique ; elle le fait à titre bénévole."))
    s.append(P("Trois plans de cinq ans", H2))
    s.append(P("Le travail de l’Observatoire s’organise en programmes quinquennaux, résumés ci-dessous.",
               BODY))
    s.append(table([
        ["Plan", "Années couvertes", "Ce qu’il faut retenir"],
        ["ARPEA", "2008-2012", "Premier programme, découpé en 10 volets. Sigle développé : Analyse "
                               "des Relations et des Partenariats entre Entreprises et Associations."],
        ["PHARE", "2013-2018", "Certaines présentations le bornent à 2013-2017."],
        ["IMPACT", "2018-2022", "Lancé dès novembre 2017, avant même le début de sa période."],
    ], [25 * mm, 30 * mm, fw - 55 * mm]))
    s.append(Spacer(1, 14))
    s.append(P("_____", NOTE))
    s.append(P("<super>1</super> Plusieurs documents antérieurs, dont le rapport quinquennal de 2012, "
               "font remonter à 2007 la naissance de l’« Observatoire national des partenariats "
               "associations / entreprises ».", NOTE))
    s.append(PageBreak())

    s.append(P("La frise, jalon par jalon", H2))
    s.append(P("Les dates qui suivent couvrent la fin du premier plan et l’ensemble du deuxième. "
               "On les lit ligne par ligne : à gauche le moment, au centre le jalon, à droite le "
               "commentaire de la rédaction."))
    s.append(table([
        ["Moment", "Jalon", "Commentaire"],
        ["11 décembre 2012", "Rapport quinquennal", "Il referme le cycle ARPEA et en dresse le bilan."],
        ["Début 2014", "État des lieux des partenariats associations-entreprises",
         "Travail demandé par la ministre Valérie Fourneyron."],
        ["Septembre 2015", "PHARE-Citoyens", "Premier des six volets du programme."],
        ["Octobre 2015", "PHARE-Entreprises", "Deuxième volet."],
        ["Novembre 2015", "PHARE-Associations", "Troisième volet."],
        ["Courant 2016", "13 rapports régionaux", "Déclinaison des résultats, région par région."],
        ["Juillet 2016", "Diagnostics sectoriels", "Lecture par grands secteurs."],
        ["29 novembre 2016", "PHARE-Institutions", "Il fait apparaître 5 profils de maires."],
        ["Novembre 2017", "Lancement d’IMPACT", "Troisième plan quinquennal."],
    ], [32 * mm, 60 * mm, fw - 92 * mm]))
    s.append(Spacer(1, 8))
    s.append(P("Le dernier volet de PHARE s’est donc intéressé aux institutions publiques. C’est lui "
               "qui a servi de base, plus tard, aux outils destinés aux élus."))
    s.append(PageBreak())

    s.append(P("2018-2022 : de la préfiguration à la création", H2))
    s.append(P("L’idée d’une fondation tournée vers les territoires se concrétise en juillet 2018, "
               "lorsque démarre sa préfiguration. Celle-ci s’étale sur trois étapes :"))
    for b in ["de juillet 2018 à juillet 2019 ;", "d’août 2019 à novembre 2020 ;",
              "de décembre 2020 à mai 2022."]:
        s.append(P("• " + b, BUL))
    s.append(P("La Fondation des Territoires est finalement créée le 14 juin 2022. Elle est placée "
               "sous l’égide de la Fondation de Lille. Ses co-fondateurs sont au nombre de 21, et "
               "trois missions lui sont confiées.", BODY))
    s.append(Spacer(1, 4))
    s.append(keybox(["En bref", "21 co-fondateurs", "3 étapes de préfiguration", "3 missions"], 70 * mm))
    s.append(Spacer(1, 6))
    s.append(P("Le volet politique", H3))
    s.append(P("En parallèle, le sujet gagne les cabinets ministériels. Au FNAF 2019, Gabriel Attal "
               "confie une mission à Cathy Racon-Bouzon et à Charles-Benoît Heidsieck. La députée et "
               "ce dernier remettent leurs conclusions le 7 mai 2020. Un bilan d’étape est dressé "
               "quelques mois plus tard, le 17 octobre 2020."))
    build("obs-s27-01-reperes-chronologiques.pdf", s,
          "Observatoire des partenariats · Cahiers de mémoire",
          "Frise commentée — reproduction libre avec mention de la source",
          lambda n: "— %d —" % (111 + n))


# ---------------------------------------------------------------------------
# 02 — lettre d'information en deux colonnes
# ---------------------------------------------------------------------------
def doc02():
    W = A4[0] - 30 * mm
    cw = (W - 7 * mm) / 2
    s = []
    s.append(P("LA LETTRE — NUMÉRO THÉMATIQUE", LABEL))
    s.append(P("Les Français et l’alliance : ce que racontent dix ans de sondages", style("t2", 14, font="DV-B")))
    s.append(P("Lettre n° 23 · parution de l’hiver 2020-2021", EDITION))
    s.append(P("Une constance qui frappe", H3))
    s.append(P("Quand l’Observatoire a commencé à interroger le grand public, la question tenait en une "
               "ligne : faut-il rapprocher associations et entreprises ? La réponse a peu bougé depuis."))
    s.append(P("Lors de la première vague, en 2008, les sondés étaient 86 % à juger urgent de créer des "
               "partenariats entre elles. Quatre ans après, en 2012, la proportion restait très haute : "
               "84 %."))
    s.append(P("Le programme PHARE a pris la suite. Son volet consacré aux citoyens a été publié en "
               "septembre 2015. Il s’appuie sur un échantillon large : plus de 2 000 personnes ont "
               "été interrogées."))
    s.append(P("Une majorité d’entre elles parle d’un « devoir d’alliance ». La proportion atteint 69 %."))
    s.append(FrameBreak())
    s.append(keybox(["Chiffre du numéro", "69 % des Français évoquent un « devoir d’alliance »",
                     "PHARE-Citoyens, septembre 2015"], cw))
    s.append(Spacer(1, 8))
    s.append(P("Pourquoi ce numéro ?", H3))
    s.append(P("Nos lecteurs nous demandent souvent si l’opinion a changé avec la crise sanitaire. "
               "Ce numéro rassemble les résultats déjà publiés, sans nouvelle enquête, pour en "
               "faciliter la lecture. Les pages suivantes détaillent les attentes enjeu par enjeu, "
               "puis la période récente."))
    s.append(P("Les chiffres cités proviennent des publications de l’Observatoire ; ils ne sont pas "
               "toujours mesurés sur les mêmes populations."))
    s.append(PageBreak())

    s.append(P("Les attentes, enjeu par enjeu", H3))
    s.append(P("Dans PHARE-Citoyens, les personnes interrogées notaient l’importance de chaque enjeu "
               "sur une échelle de 0 à 10. Le tableau reprend les moyennes."))
    s.append(table([
        ["Enjeu", "Note moyenne"],
        ["Emploi", "7,1/10"], ["Pouvoir d’achat", "6,6/10"], ["Sécurité", "6,6/10"],
        ["Développement économique", "6,5/10"], ["Environnement", "6,3/10"], ["Exclusion", "6,3/10"],
    ], [cw * 0.62, cw * 0.38]))
    s.append(Spacer(1, 6))
    s.append(P("L’emploi arrive donc nettement devant, l’environnement et l’exclusion fermant la marche "
               "à égalité.", SMALL))
    s.append(FrameBreak())
    s.append(P("Là où les alliances pèsent", H3))
    s.append(P("Sur quels terrains les partenariats peuvent-ils faire la différence ? Pour près d’un "
               "Français sur deux, c’est l’emploi qui vient en tête. Exactement 49 % y voient un "
               "impact fort."))
    s.append(P("Suivent le développement économique (46 %) et l’environnement (42 %). La précarité et "
               "l’éducation ferment la liste ; chacune recueille 36 %."))
    s.append(P("Ce classement rejoint celui des notes : les Français attendent des alliances qu’elles "
               "agissent d’abord sur l’activité."))
    s.append(PageBreak())

    s.append(P("Après la crise sanitaire", H3))
    s.append(P("Les enquêtes conduites autour de 2020 prolongent la tendance. Le devoir d’alliance est "
               "désormais cité par 81 % des Français."))
    s.append(P("Les maires vont plus loin encore : 92 % d’entre eux disent avoir besoin d’alliances. "
               "Côté dirigeants d’entreprise, on parle plutôt d’envie ; elle est partagée par 84 % "
               "d’entre eux."))
    s.append(FrameBreak())
    s.append(P("Des données pour rebondir", H3))
    s.append(P("Pour éclairer la sortie de crise, l’Observatoire a dressé l’inventaire des données "
               "disponibles. Plus de 250 ont été recensées."))
    s.append(P("Elles montrent que jouer collectif est jugé utile pour traverser la période : c’est "
               "l’avis de 81 % des Français comme de 84 % des dirigeants de TPE et PME."))
    s.append(P("Prochain numéro : les élus locaux.", SMALL))
    build("obs-s27-02-lettre-citoyens.pdf", s,
          "LA LETTRE de l’Observatoire des partenariats — n° 23",
          "Diffusion gratuite · lettre trimestrielle",
          lambda n: "page %d" % n, columns=2)


# ---------------------------------------------------------------------------
# 03 — diaporama 16:9 (printed slide numbers 14-18 of 32)
# ---------------------------------------------------------------------------
SLIDE = (960, 540)
ST = style("st", 26, font="DV-B", color=colors.HexColor("#1d3557"), after=14)
SL = style("sl", 20, lead=30, after=6)
SLS = style("sls", 13, lead=18, color=colors.HexColor("#444444"))


def doc03():
    W = SLIDE[0] - 30 * mm
    s = []
    s.append(Spacer(1, 40))
    s.append(P("DIAPORAMA DE RESTITUTION", style("l3", 14, font="DV-B", color=colors.HexColor("#8a1c1c"))))
    s.append(P("IMPACT – Associations &amp; Territoires", style("t3", 34, font="DV-B", after=10)))
    s.append(P("Les partenariats vus depuis le terrain associatif", style("t3b", 20, after=18)))
    s.append(P("Séance de restitution · support mis en ligne après la plénière, extrait", SLS))
    s.append(PageBreak())

    s.append(P("Qui a-t-on regardé ?", ST))
    for l in ["Champ : les associations employeuses",
              "Leur nombre en France : 148 000",
              "Presque toutes ont noué des partenariats",
              "→ 98 % d’entre elles"]:
        s.append(P(l, SL))
    s.append(PageBreak())

    s.append(P("Avec qui ?", ST))
    rows = [["Type de partenaire", "Part des associations employeuses"],
            ["Collectivités territoriales", "89 %"],
            ["Structures d’intérêt général", "73 %"],
            ["Établissements scolaires", "70 %"],
            ["Collectifs d’associations", "56 %"],
            ["Acteurs publics nationaux", "52 %"],
            ["Fédérations professionnelles", "37 %"],
            ["Acteurs académiques", "35 %"]]
    data = [[Paragraph(a, style("c3", 15, font="DV-B" if i == 0 else "DV", after=0)),
             Paragraph(b, style("c3r", 15, font="DV-B", after=0))] for i, (a, b) in enumerate(rows)]
    t = Table(data, colWidths=[W * 0.55, W * 0.35])
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#aaaaaa")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe7ef"))]))
    s.append(t)
    s.append(PageBreak())

    s.append(P("À quelle échelle ? Sous quelle forme ?", ST))
    left = [Paragraph("Échelle", style("b1", 18, font="DV-B")),
            Paragraph("Local : 73 %", SL), Paragraph("Régional : 47 %", SL)]
    right = [Paragraph("Forme", style("b2", 18, font="DV-B")),
             Paragraph("Mécénat : 75 %", SL), Paragraph("Innovation sociétale : 73 %", SL),
             Paragraph("Pratiques responsables : 70 %", SL),
             Paragraph("Coopération économique : 58 %", SL)]
    t = Table([[left, right]], colWidths=[W * 0.4, W * 0.55])
    t.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 1, colors.HexColor("#1d3557")),
                           ("BOX", (1, 0), (1, 0), 1, colors.HexColor("#1d3557")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 12)]))
    s.append(t)
    s.append(PageBreak())

    s.append(P("Le programme derrière l’étude", ST))
    for l in ["IMPACT, troisième plan quinquennal de l’Observatoire",
              "Mené par : Caisse des Dépôts · Institut CDC pour la Recherche · Groupe La Poste · "
              "Fondation TOTAL · Le RAMEAU",
              "Trois axes d’analyse :"]:
        s.append(P(l, style("sl2", 17, lead=24, after=6)))
    for l in ["innovation sociétale et territoriale", "performance des organisations", "confiance"]:
        s.append(P("▸ " + l, style("sl3", 17, lead=24, left=24, after=4)))
    build("obs-s27-03-diaporama-associations.pdf", s,
          "IMPACT – Associations & Territoires · restitution",
          "Observatoire des partenariats — support de présentation",
          lambda n: "%d / 32" % (13 + n), pagesize=SLIDE)


# ---------------------------------------------------------------------------
# 04 — foire aux questions (printed pages 3-6)
# ---------------------------------------------------------------------------
Q = style("q", 10.5, font="DV-B", before=8, after=3, color=colors.HexColor("#1d3557"))


def doc04():
    s = []
    s.append(P("FOIRE AUX QUESTIONS", LABEL))
    s.append(P("Faire alliance en pratique : les questions qui reviennent", TITLE))
    s.append(P("Mise à jour 2022 — remplace la version diffusée au printemps précédent", EDITION))
    s.append(P("La Charte du faire alliance, c’est quoi exactement ?", Q))
    s.append(P("C’est un texte court, écrit à plusieurs mains au fil de trois mois de co-construction. "
               "La Fondation des Territoires en a assuré le pilotage. Ses promoteurs la décrivent "
               "comme un « contrat de confiance » entre les acteurs d’un même territoire."))
    s.append(P("Quand et où a-t-elle été présentée au public ?", Q))
    s.append(P("Elle a été dévoilée un soir de Giving Tuesday. C’était le 30 novembre 2021, à "
               "Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois, lors d’une soirée "
               "VitaWin."))
    s.append(P("D’où vient la démarche « Agir ensemble en Territoire » ?", Q))
    s.append(P("Elle remonte à 2010. L’étude ARPEA-Collectivités locales, conduite avec "
               "Comisis-OpinionWay, venait d’en faire apparaître le besoin. Trois territoires ont "
               "essuyé les plâtres :"))
    for b in ["l’Alsace, avec Alsace Active ;", "le Poitou-Charentes, avec le Groupe La Poste ;",
              "Paris-Est Marne &amp; Bois."]:
        s.append(P("– " + b, BUL))
    s.append(PageBreak())

    s.append(P("Combien de cibles compte l’ODD 17 ?", Q))
    s.append(P("On en dénombre 19. Le Comité 21 les passe en revue dans sa note « ODD 17 : Sens, "
               "décryptages, déclinaisons », diffusée un 5 juillet."))
    s.append(P("Qu’est-ce que M.E.D.O.C. ?", Q))
    s.append(P("C’est l’ossature de la plateforme www.odd17.org. Les cinq lettres renvoient à "
               "Méthodes, Exemples, Données, Outils et Compétences."))
    s.append(P("À quoi sert le Fonds ODD 17 ?", Q))
    s.append(P("Il a été lancé en 2020 à deux : Le RAMEAU et la Fondation TotalEnergies. Sa dotation "
               "s’élève à 1,5 M€. Cette somme finance une expérimentation conduite sur trois ans, "
               "qui s’appuie sur 350 « catalyseurs territoriaux »."))
    s.append(Spacer(1, 6))
    s.append(keybox(["Repère", "Un fonds, deux fondateurs, une expérimentation pluriannuelle."],
                    95 * mm, bg="#e8f1e4"))
    s.append(PageBreak())

    s.append(P("Existe-t-il un accompagnement pour les territoires qui se lancent ?", Q))
    s.append(P("Oui : le parcours d’expérience imaginé par le CGET et Le RAMEAU. Il réunit 11 "
               "territoires pionniers pendant 18 mois ; la première session s’est tenue un 3 mai."))
    s.append(P("Le droit de l’alliance est-il reconnu par la loi ?", Q))
    s.append(P("Une proposition de loi consacrant un « droit de l’alliance d’intérêt général » a été "
               "déposée en février. Cathy Racon-Bouzon en est la porteuse. Le Bureau de l’Assemblée "
               "nationale l’a agréée, puis elle a été publiée au Journal officiel."))
    s.append(P("Elle ne vient pas seule. Une « feuille de route » ministérielle l’accompagne ; "
               "celle-ci compte 21 mesures."))
    s.append(PageBreak())

    s.append(P("Quels outils pour les élus ?", Q))
    s.append(P("La fiche-repère « Les dynamiques d’engagement des Collectivités territoriales ». Elle "
               "découle de l’étude IMPACT-Elus locaux, réalisée en novembre 2020 par Comisis-OpinionWay."))
    s.append(P("Et pour les fondations ?", Q))
    s.append(P("L’étude IMPACT Fondations &amp; Territoires a été publiée un 23 septembre. Au total, "
               "42 fondations ont été interrogées. Une fiche acteur, « Dynamique d’engagement des "
               "Fondations », en reprend l’essentiel."))
    s.append(Spacer(1, 10))
    s.append(P("Vous ne trouvez pas votre question ? Les équipes de l’Observatoire complètent cette "
               "foire aux questions à chaque mise à jour.", SMALL))
    build("obs-s27-04-faq-faire-alliance.pdf", s,
          "Observatoire des partenariats — Foire aux questions",
          "FAQ « Faire alliance » · document d’information",
          lambda n: "%d" % (n + 2))


# ---------------------------------------------------------------------------
# 05 — annexe statistique (printed A.1-A.4)
# ---------------------------------------------------------------------------
def doc05():
    fw = A4[0] - 30 * mm
    s = []
    s.append(P("ANNEXE STATISTIQUE", LABEL))
    s.append(P("Cahier de tableaux : entreprises, associations, élus locaux", TITLE))
    s.append(P("Compilation arrêtée en décembre 2024, à partir d’enquêtes publiées entre 2011 et 2024",
               EDITION))
    s.append(P("Tableau A1 — Les entreprises et les partenariats associatifs", H3))
    s.append(P("Source : étude ARPEA Entreprises &amp; Territoires, janvier 2011.", SMALL))
    s.append(table([
        ["Situation de l’entreprise", "Part"],
        ["Développe déjà des partenariats", "21 %"],
        ["N’en a pas, mais le souhaite", "33 %"],
        ["Ne le souhaite pas", "46 %"],
    ], [fw * 0.7, fw * 0.3]))
    s.append(P("Lecture : environ une entreprise sur cinq avait déjà franchi le pas.", NOTE))
    s.append(Spacer(1, 8))
    s.append(P("Tableau A2 — Taux d’engagement dans la co-construction", H3))
    s.append(P("Source : note du 29 février 2016 sur les modèles de co-construction.", SMALL))
    s.append(table([
        ["Population", "Taux"],
        ["Entreprises de 10 salariés et plus", "37 %"],
        ["Associations, ensemble", "38 %"],
        ["dont associations employeuses", "53 %"],
    ], [fw * 0.7, fw * 0.3]))
    s.append(PageBreak())

    s.append(P("Tableau A3 — Avec qui les associations travaillent-elles ?", H3))
    s.append(P("Source : Associations &amp; Partenariats, mars 2017<super>a</super>. Part des "
               "associations citant chaque type de partenaire.", SMALL))
    s.append(table([
        ["Partenaire", "Part"],
        ["Collectivités territoriales", "74 %"],
        ["Autres associations ou fondations", "72 %"],
        ["Établissements d’enseignement", "47 %"],
        ["Entreprises", "28 %"],
        ["Structures d’insertion", "22 %"],
        ["Organismes de recherche", "9 %"],
    ], [fw * 0.7, fw * 0.3]))
    s.append(Spacer(1, 6))
    s.append(P("Une association compte en moyenne 2,5 partenaires."))
    s.append(P("Le lien avec le monde économique dépend fortement de la taille. Il concerne la moitié "
               "des associations dont le budget dépasse 150 000 € : 50 %. Sous le seuil de 10 000 €, "
               "la proportion tombe à 20 %."))
    s.append(Spacer(1, 10))
    s.append(P("_____", NOTE))
    s.append(P("<super>a</super> Étude conduite par Recherches &amp; Solidarités avec Le RAMEAU ; "
               "questionnaire administré en mai et juin 2016 auprès de plus de 1 380 responsables "
               "associatifs.", NOTE))
    s.append(PageBreak())

    s.append(P("Tableau A4 — Les maires et la dynamique de leur territoire", H3))
    s.append(P("Source : IMPACTS &amp; TRAJECTOIRES – Élus locaux, novembre 2024.", SMALL))
    s.append(keybox(["Fiche technique",
                     "Échantillon : 302 maires",
                     "Mode de recueil : entretiens par téléphone",
                     "Terrain : du 30 septembre au 28 octobre 2024",
                     "84 % des répondants dirigent une commune de moins de 2 000 habitants"],
                    fw * 0.75, bg="#eef2f7"))
    s.append(Spacer(1, 8))
    s.append(table([
        ["Perception du territoire", "Part des maires"],
        ["En mouvement (total)", "91 %"],
        ["— dont fortement", "35 %"],
        ["— dont ni plus ni moins", "56 %"],
    ], [fw * 0.7, fw * 0.3]))
    s.append(PageBreak())

    s.append(P("Tableau A5 — Les partenariats, source d’innovation ?", H3))
    s.append(P("Source : programme IMPACT. Part de chaque population qui voit dans les partenariats "
               "une source d’innovation.", SMALL))
    s.append(table([
        ["Population", "Français", "Dirigeants d’entreprise", "Responsables associatifs", "Maires"],
        ["Source d’innovation", "74 %", "81 %", "86 %", "87 %"],
    ], [fw * 0.28, fw * 0.16, fw * 0.2, fw * 0.2, fw * 0.16]))
    s.append(Spacer(1, 8))
    s.append(P("Côté maires, deux chiffres gagnent à être rapprochés. Les trois quarts environ "
               "jugent leur territoire engagé : 76 %. Pourtant, près de la moitié reconnaît ne pas "
               "savoir piloter ces dynamiques ; ils sont 46 % dans ce cas."))
    s.append(P("Enfin, 64 % des élus locaux souhaitent s’appuyer sur le « jouer collectif »."))
    build("obs-s27-05-annexe-statistique.pdf", s,
          "Observatoire des partenariats · Annexe statistique",
          "Tableaux de synthèse — les sources sont indiquées sous chaque titre",
          lambda n: "A.%d" % n)


if __name__ == "__main__":
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    print("ok")
