#!/usr/bin/env python3
"""Deterministic generator of the 5 s12 demo PDFs (blind QA set).

Run: /work/main/.venv/bin/python make_docs.py  -> writes obs-s12-NN-*.pdf next to this file.
Facts come from /work/shared/facts.md; all wording is original.
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
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily

registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")
registerFontFamily("DVS", normal="DVS", bold="DVSB", italic="DVS", boldItalic="DVSB")

PREFIX = "s12"
GREEN = colors.HexColor("#2E6B4F")
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#E8F1EC")


def st(name, font="DV", size=9.5, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.35, **kw)


BODY = st("body", size=9.5)
BODYS = st("bodys", font="DVS", size=9.5)
SMALL = st("small", size=7.5, textColor=GREY)
LABEL = st("label", font="DVB", size=9, textColor=GREEN, spaceAfter=4)
TITLE = st("title", font="DVB", size=19, lead=23, spaceAfter=6)
EDITION = st("edition", font="DVI", size=9, textColor=GREY, spaceAfter=10)
H2 = st("h2", font="DVB", size=11.5, spaceBefore=8, spaceAfter=4, textColor=GREEN)
BUL = st("bul", size=9.5, leftIndent=12, bulletIndent=2)
FOOT = st("foot", size=7, textColor=GREY)
KEYN = st("keyn", font="DVB", size=20, lead=24, alignment=TA_CENTER, textColor=GREEN)
KEYT = st("keyt", size=8, alignment=TA_CENTER)
SLT = st("slt", font="DVB", size=22, lead=27, spaceAfter=14, textColor=GREEN)
SLB = st("slb", size=15, lead=21, leftIndent=18, bulletIndent=2, spaceAfter=6)
SLS = st("sls", size=9, textColor=GREY)
CELL = st("cell", size=8.5)
CELLB = st("cellb", font="DVB", size=8.5)


def P(t, s=BODY):
    return Paragraph(t, s)


def bullets(items, s=BUL):
    return [Paragraph(i, s, bulletText="•") for i in items]


def table(rows, widths, head=True, zebra=True):
    data = [[Paragraph(str(c), CELLB if (head and r == 0) else CELL) for c in row]
            for r, row in enumerate(rows)]
    t = Table(data, colWidths=widths)
    style = [("GRID", (0, 0), (-1, -1), 0.4, GREY), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if head:
        style.append(("BACKGROUND", (0, 0), (-1, 0), LIGHT))
    t.setStyle(TableStyle(style))
    return t


def keybox(items, ncol, width):
    cells = [[Paragraph(n, KEYN), Paragraph(t, KEYT)] for n, t in items]
    rows = []
    for i in range(0, len(cells), ncol):
        chunk = cells[i:i + ncol]
        while len(chunk) < ncol:
            chunk.append("")
        rows.append(chunk)
    data = [[(Table([[c[0]], [c[1]]], colWidths=[width / ncol - 8]) if c else "") for c in row]
            for row in rows]
    t = Table(data, colWidths=[width / ncol] * ncol)
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, GREEN),
                           ("INNERGRID", (0, 0), (-1, -1), 0.5, GREEN),
                           ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


def make_doc(fname, pagesize, banner, footer, pagenum, title_meta, twocol_pages=False):
    """pagenum(n) -> printed page label (or None) for PDF page n (1-based)."""
    W, H = pagesize
    lm = 18 * mm

    def deco(c, doc):
        n = doc.page
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVB", 8)
        c.drawString(lm, H - 7.5 * mm, banner)
        c.setFillColor(GREY)
        c.setFont("DV", 7)
        c.drawString(lm, 9 * mm, footer)
        lab = pagenum(n)
        if lab:
            c.drawRightString(W - lm, 9 * mm, lab)
        c.setStrokeColor(GREEN)
        c.line(lm, 13 * mm, W - lm, 13 * mm)
        c.restoreState()

    doc = BaseDocTemplate(os.path.join(HERE, fname), pagesize=pagesize, title=title_meta,
                          author="Observatoire des partenariats (document de démonstration)",
                          subject=title_meta, creator="make_docs.py s12", leftMargin=lm,
                          rightMargin=lm, topMargin=18 * mm, bottomMargin=18 * mm)
    fw = W - 2 * lm
    fh = H - 36 * mm
    one = Frame(lm, 18 * mm, fw, fh, id="one")
    gap = 8 * mm
    cw = (fw - gap) / 2
    left = Frame(lm, 18 * mm, cw, fh, id="left")
    right = Frame(lm + cw + gap, 18 * mm, cw, fh, id="right")
    doc.addPageTemplates([PageTemplate(id="one", frames=[one], onPage=deco),
                          PageTemplate(id="two", frames=[left, right], onPage=deco)])
    return doc, fw, cw


def header(label, title, edition):
    return [P(label, LABEL), P(title, TITLE), P(edition, EDITION)]


# ---------------------------------------------------------------- doc 1
def doc1():
    fname = f"obs-{PREFIX}-01-regard-citoyens.pdf"
    doc, fw, cw = make_doc(fname, A4, "OBSERVATOIRE DES PARTENARIATS  ·  REGARDS CROISÉS",
                           "Les Français et les alliances entre organisations — synthèse commentée",
                           lambda n: f"— {n + 11} —", "Les Français et les alliances")
    s = []
    s += header("ÉTUDE", "Les Français et les alliances : ce que pensent les citoyens",
                "Cahier « Regards croisés », texte établi à partir des vagues d’enquête de 2008 à 2015, "
                "complété par des mesures plus récentes")
    s.append(P("Pourquoi interroger le grand public sur des partenariats qui se nouent, le plus souvent, "
               "entre une entreprise, une association et une collectivité ? Parce que ces alliances "
               "prétendent servir le bien commun, et que les habitants en sont les premiers concernés. "
               "Ce cahier rassemble ce que l’Observatoire a appris d’eux."))
    s.append(P("Le socle de l’analyse", H2))
    s.append(P("Le programme PHARE a consacré son premier volet aux citoyens. Celui-ci a été rendu public "
               "en septembre 2015. Pour le construire, l’équipe a recueilli l’avis de plus de 2 000 "
               "personnes, représentatives de la population française."))
    s.append(P("Le résultat qui a le plus circulé tient en une phrase : une majorité nette considère que "
               "les organisations ont le devoir de s’allier pour répondre aux fragilités du pays. "
               "L’encadré ci-dessous en donne l’ampleur."))
    s.append(Spacer(1, 6))
    s.append(keybox([("69 %", "des Français estiment, en 2015, que faire alliance est un devoir "
                               "pour les organisations"),
                     ("plus de 2 000", "personnes interrogées pour le volet Citoyens")], 2, fw))
    s.append(Spacer(1, 8))
    s.append(P("Ce chiffre n’est pas isolé : il prolonge une série plus ancienne, ouverte dès la création de "
               "l’Observatoire, et qui sera discutée en page 14 de ce cahier. Les pages suivantes "
               "examinent d’abord les attentes des habitants, puis la manière dont ils perçoivent "
               "l’effet réel des partenariats sur leur vie quotidienne."))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())
    # page 2 two columns
    s.append(P("Des attentes hiérarchisées", H2))
    s.append(P("On a demandé aux personnes interrogées de noter, sur une échelle de 0 à 10, l’importance de "
               "plusieurs enjeux pour leur territoire. Le tableau reproduit les moyennes obtenues.", BODYS))
    s.append(Spacer(1, 4))
    s.append(table([["Enjeu", "Note moyenne (sur 10)"],
                    ["Emploi", "7,1"],
                    ["Pouvoir d’achat", "6,6"],
                    ["Sécurité", "6,6 ¹"],
                    ["Développement économique", "6,5"],
                    ["Environnement", "6,3"],
                    ["Lutte contre l’exclusion", "6,3"]], [cw * 0.6, cw * 0.4]))
    s.append(Spacer(1, 6))
    s.append(P("Sans surprise, le travail arrive en tête. Il devance d’un demi-point les préoccupations "
               "liées au niveau de vie, tandis que l’écologie et l’exclusion ferment la marche, à égalité.",
               BODYS))
    s.append(FrameBreak())
    s.append(P("Lecture", H2))
    s.append(P("Ces écarts restent modestes : aucun enjeu ne descend sous la barre de 6. Les citoyens ne "
               "demandent donc pas de choisir entre l’économie et la solidarité ; ils attendent des "
               "réponses sur tous les fronts à la fois.", BODYS))
    s.append(P("C’est précisément l’argument en faveur des alliances. Aucune organisation, seule, ne couvre "
               "un spectre aussi large ; une entreprise, une association et une mairie qui coopèrent le "
               "peuvent davantage.", BODYS))
    s.append(Spacer(1, 120))
    s.append(P("¹ Une autre restitution de la même enquête, reprise par la presse spécialisée, "
               "attribue à la sécurité la note de 7/10. Les deux valeurs sont données ici telles "
               "qu’elles ont été publiées.", FOOT))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())
    # page 3
    s.append(P("Là où les partenariats changent les choses", H2))
    s.append(P("Au-delà des attentes, l’enquête a cherché à savoir où les habitants voient un effet tangible "
               "des coopérations entre acteurs. La part de répondants qui jugent cet effet « fort » varie "
               "selon les domaines, comme le montre la liste suivante :"))
    s += bullets(["l’emploi : 49 % ;",
                  "le développement économique : 46 % ;",
                  "l’environnement : 42 % ;",
                  "la précarité : 36 % ;",
                  "l’éducation : 36 %."])
    s.append(Spacer(1, 6))
    s.append(P("Une conviction ancienne", H2))
    s.append(P("L’idée qu’il est urgent de rapprocher les mondes n’est pas apparue avec PHARE. Lors de la "
               "toute première mesure réalisée dans le cadre du programme ARPEA, en 2008, la question "
               "avait déjà été posée au grand public. La réponse était alors massive : 86 % des Français "
               "jugeaient urgent de développer des partenariats."))
    s.append(P("Quatre ans plus tard, lors de la vague de 2012, ce dernier indicateur restait presque "
               "au même niveau. Il s’établissait à 84 %, soit un recul de deux points seulement malgré la "
               "crise."))
    s.append(P("Note de méthode : les vagues ARPEA et PHARE ne posent pas exactement la même question. "
               "Le sentiment d’urgence (ARPEA) et le devoir d’alliance (PHARE) ne doivent donc pas être "
               "additionnés ni comparés point à point.", SMALL))
    s.append(PageBreak())
    # page 4
    s.append(P("Et depuis ?", H2))
    s.append(P("Les travaux les plus récents de l’Observatoire confirment, et renforcent, le diagnostic. "
               "Dans une mesure postérieure à la série PHARE, la proportion de Français qui voient dans "
               "l’alliance un devoir atteint 81 %."))
    s.append(P("La crise sanitaire a offert un autre angle. Interrogés sur la sortie de crise, les Français "
               "sont 81 % à juger utile de co-construire pour rendre les territoires plus résilients. "
               "Les dirigeants de TPE et de PME vont plus loin encore : ils sont 84 % à partager cet avis."))
    s.append(P("Pour appuyer ces constats, l’Observatoire a dressé un inventaire de plus de 250 données "
               "mobilisables par les acteurs qui veulent « jouer collectif » après la crise."))
    s.append(Spacer(1, 8))
    s.append(table([["Indicateur", "Population", "Valeur"],
                    ["Jouer collectif en sortie de crise", "Français", "81 %"],
                    ["Jouer collectif en sortie de crise", "Dirigeants de TPE et PME", "84 %"],
                    ["Données recensées pour agir", "—", "plus de 250"]],
                   [fw * 0.45, fw * 0.35, fw * 0.2]))
    s.append(Spacer(1, 10))
    s.append(P("En conclusion, les citoyens ne voient pas les alliances comme une affaire de spécialistes. "
               "Ils en attendent des effets concrets, d’abord sur l’emploi, et ils les soutiennent avec une "
               "constance remarquable d’une décennie à l’autre."))
    doc.build(s)


# ---------------------------------------------------------------- doc 2
def doc2():
    fname = f"obs-{PREFIX}-02-histoire-methodes.pdf"
    doc, fw, cw = make_doc(fname, A4, "LE RAMEAU  ·  OBSERVATOIRE DES PARTENARIATS  ·  FICHES REPÈRES",
                           "Fiche repère n° 2 — Histoire et méthodes",
                           lambda n: f"Fiche 2 · page {n}/3", "Histoire et méthodes de l'Observatoire")
    s = []
    s += header("FICHE REPÈRE", "D’où vient l’Observatoire des partenariats, et comment travaille-t-il ?",
                "Version mise à jour en 2022 — remplace la fiche de 2018")
    s.append(P("Le laboratoire à l’origine du dispositif", H2))
    s.append(P("Tout commence avec Le RAMEAU. Cette association d’intérêt général voit le jour en 2006 et se "
               "présente comme un laboratoire de recherche empirique consacré aux alliances au service du "
               "bien commun. Son président-fondateur est Charles-Benoît Heidsieck. La direction générale "
               "est assurée par Laurence Weber."))
    s.append(P("Deux ans après sa propre naissance, Le RAMEAU s’associe à un partenaire public de poids. "
               "C’est en effet en 2008 que la Caisse des Dépôts et Le RAMEAU fondent ensemble l’Observatoire "
               "des partenariats, en lien avec le MEDEF et le Mouvement associatif.²"))
    s.append(P("Une direction scientifique indépendante", H2))
    s.append(P("Les enquêtes sont supervisées par Anne Robin. Fondatrice du cabinet d’études COMISIS, "
               "elle exerce cette direction scientifique à titre bénévole, ce qui garantit la neutralité "
               "des protocoles vis-à-vis des financeurs."))
    s.append(P("Une démarche ancrée dans le terrain", H2))
    s.append(P("Depuis 2006, le laboratoire a conduit des expérimentations auprès de plus de 500 "
               "organisations. Il a par ailleurs recensé plus de 1 000 exemples inspirants qui nourrissent "
               "les publications de l’Observatoire."))
    s.append(Spacer(1, 30))
    s.append(P("² Certaines publications plus anciennes, notamment le rapport quinquennal de décembre 2012, "
               "situent la naissance de « l’Observatoire national des partenariats associations / "
               "entreprises » en 2007. La présente fiche retient la date de 2008, utilisée par les "
               "publications récentes.", FOOT))
    s.append(PageBreak())
    s.append(P("Trois programmes de cinq ans", H2))
    s.append(P("L’activité de l’Observatoire s’organise en plans quinquennaux successifs. Chacun porte un "
               "nom, une période et une question centrale."))
    s.append(Spacer(1, 4))
    s.append(table([["Programme", "Période", "Repères"],
                    ["ARPEA", "2008-2012", "dix volets d’étude ; bilan publié dans le rapport quinquennal "
                                           "du 11 décembre 2012"],
                    ["PHARE", "2013-2018 ³", "six volets, de septembre 2015 à l’automne 2016"],
                    ["IMPACT", "2018-2022", "lancement dès novembre 2017 ; trois axes d’évaluation"]],
                   [fw * 0.18, fw * 0.17, fw * 0.65]))
    s.append(Spacer(1, 6))
    s.append(P("Le sigle ARPEA se lit « Analyse des Relations et des Partenariats entre Entreprises et "
               "Associations ». Il circule sous des formulations légèrement différentes selon les supports, "
               "mais l’objet reste le même : comprendre comment ces deux mondes coopèrent."))
    s.append(P("Le programme PHARE comptait six volets. Ils ont été publiés dans l’ordre suivant :"))
    s += bullets(["Citoyens — septembre 2015 ;",
                  "Entreprises — octobre 2015 ;",
                  "Associations — novembre 2015 ;",
                  "treize rapports régionaux — 2016 ;",
                  "diagnostics sectoriels — juillet 2016 ;",
                  "Institutions — automne 2016."])
    s.append(Spacer(1, 20))
    s.append(P("³ Quelques présentations de l’Observatoire bornent PHARE à 2013-2017.", FOOT))
    s.append(PageBreak())
    s.append(P("Des partenaires pour mesurer l’impact", H2))
    s.append(P("Le programme IMPACT n’est pas porté par Le RAMEAU seul. Il réunit, autour de lui, la Caisse "
               "des Dépôts, l’Institut CDC pour la Recherche, le Groupe La Poste et la Fondation TOTAL. "
               "Ses trois axes sont l’innovation sociétale et territoriale, la performance des "
               "organisations et la confiance."))
    s.append(P("Une commande ministérielle", H2))
    s.append(P("La légitimité de l’Observatoire a été reconnue au plus haut niveau. La ministre Valérie "
               "Fourneyron lui a demandé de dresser un état des lieux des partenariats entre associations "
               "et entreprises. Ce rapport a été publié début 2014."))
    s.append(P("Une boîte à outils : M.E.D.O.C.", H2))
    s.append(P("Pour rendre ses travaux utilisables, l’Observatoire et Le RAMEAU les rangent selon cinq "
               "familles de ressources, résumées par l’acronyme M.E.D.O.C. :"))
    s += bullets(["M comme Méthodes,", "E comme Exemples,", "D comme Données,", "O comme Outils,",
                  "C comme Compétences."])
    s.append(P("L’ensemble est accessible sur la plateforme www.odd17.org."))
    doc.build(s)


# ---------------------------------------------------------------- doc 3
def doc3():
    fname = f"obs-{PREFIX}-03-elus-collectivites.pdf"
    doc, fw, cw = make_doc(fname, A4, "BULLETIN DE VEILLE  ·  TERRITOIRES & ALLIANCES",
                           "Observatoire des partenariats — veille « élus locaux »",
                           lambda n: None if n == 1 else f"p. {n - 1}", "Élus locaux et collectivités")
    s = []
    s += header("BULLETIN DE VEILLE", "Maires et collectivités : où en est le « faire ensemble » ?",
                "Numéro d’hiver, diffusé après la parution de novembre 2024")
    s.append(P("Au sommaire de ce numéro", H2))
    s += bullets(["la nouvelle enquête IMPACTS &amp; TRAJECTOIRES consacrée aux élus locaux ;",
                  "un retour sur dix ans de mesures auprès des maires ;",
                  "les démarches territoriales et l’agenda de l’Observatoire."])
    s.append(Spacer(1, 10))
    s.append(P("Les maires occupent une place singulière dans les alliances locales. Ils connaissent les "
               "fragilités de leur commune, ils disposent de leviers d’action, mais ils ne peuvent agir "
               "seuls. Ce bulletin fait le point sur ce qu’en disent les enquêtes de l’Observatoire."))
    s.append(Spacer(1, 10))
    s.append(P("Ce bulletin rassemble des informations déjà publiées ; il ne se substitue pas aux rapports "
               "complets.", SMALL))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())
    s.append(P("IMPACTS &amp; TRAJECTOIRES : les élus locaux", H2))
    s.append(P("La dernière enquête consacrée aux élus a été réalisée à l’automne 2024. Le questionnaire a "
               "été administré par téléphone, du 30 septembre au 28 octobre 2024.", BODYS))
    s.append(P("Combien d’élus y ont pris part ? Au total, 302 maires ont répondu. Ce dernier chiffre "
               "doit être lu avec une précision : la grande majorité d’entre eux dirige une petite "
               "commune. En effet, 84 % des répondants sont à la tête de communes de moins de 2 000 "
               "habitants.", BODYS))
    s.append(FrameBreak())
    s.append(P("Des territoires qui bougent", H2))
    s.append(P("Le principal enseignement porte sur la dynamique perçue. Pour 91 % des maires, leur "
               "territoire est « en mouvement ».", BODYS))
    s.append(P("Cette proportion recouvre deux intensités. Une partie des élus, 35 %, décrit un mouvement "
               "fort ; les autres, soit 56 %, parlent d’un mouvement ni plus ni moins marqué "
               "qu’auparavant.", BODYS))
    s.append(Spacer(1, 6))
    s.append(keybox([("302", "maires interrogés"), ("91 %", "territoire en mouvement"),
                     ("84 %", "communes de moins de 2 000 habitants")], 1, cw))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())
    s.append(P("Dix ans de regards d’élus", H2))
    s.append(P("L’Observatoire interroge les maires depuis longtemps. Le volet Institutions du programme "
               "PHARE a été publié le 29 novembre 2016. Il a permis de distinguer 5 profils de maires "
               "face aux partenariats."))
    s.append(P("Les enquêtes menées auprès des élus convergent sur plusieurs points, résumés dans le "
               "tableau ci-dessous."))
    s.append(Spacer(1, 4))
    s.append(table([["Constat", "Part des élus concernés"],
                    ["Les partenariats sont une source d’innovation", "87 % des maires"],
                    ["Mon territoire est engagé dans des alliances", "76 % des maires"],
                    ["… mais je ne sais pas comment piloter ces alliances", "46 % des maires"],
                    ["Ma commune a besoin d’alliances", "92 % des maires"],
                    ["Je veux m’appuyer sur le « jouer collectif »", "64 % des élus locaux"]],
                   [fw * 0.65, fw * 0.35]))
    s.append(Spacer(1, 8))
    s.append(P("Un outil pour les collectivités", H2))
    s.append(P("De l’étude IMPACT-Elus locaux, menée en novembre 2020 avec Comisis et OpinionWay, est née une "
               "fiche-repère intitulée « Les dynamiques d’engagement des Collectivités territoriales ». "
               "Elle a été présentée aux élus lors du congrès des maires."))
    s.append(PageBreak())
    s.append(P("Des démarches nées sur le terrain", H2))
    s.append(P("Bien avant ces enquêtes récentes, une démarche baptisée « Agir ensemble en Territoire » "
               "avait été engagée en 2010. Elle faisait suite à l’étude ARPEA-Collectivités locales, "
               "réalisée par Comisis et OpinionWay. Trois territoires ont servi de pilotes :"))
    s += bullets(["l’Alsace, avec Alsace Active ;",
                  "le Poitou-Charentes, avec le Groupe La Poste ;",
                  "le territoire de Paris-Est Marne &amp; Bois."])
    s.append(Spacer(1, 8))
    s.append(P("Agenda", H2))
    s.append(table([["Date", "Rendez-vous"],
                    ["15 novembre", "dossier consacré aux alliances dans JURIS Associations n° 628"],
                    ["23 novembre", "troisième dîner « Elus &amp; Entreprises »"],
                    ["26 novembre", "parution du 11e rapport régional, consacré à la Normandie, et 5e "
                                    "webinaire « l’ODD 17 en pratique »"]],
                   [fw * 0.2, fw * 0.8]))
    doc.build(s)


# ---------------------------------------------------------------- doc 4 (slides)
def doc4():
    fname = f"obs-{PREFIX}-04-co-construction.pdf"
    doc, fw, cw = make_doc(fname, landscape(A4), "CO-CONSTRUIRE POUR INNOVER EN TERRITOIRE",
                           "Le RAMEAU — support projeté, version 2022",
                           lambda n: f"diapositive {n + 6}", "Co-construction et innovation")
    s = []
    s.append(P("DIAPORAMA", LABEL))
    s.append(P("Co-construire pour innover : les alliances en actes", SLT))
    s.append(P("Séquence 2 du support — état des lieux projeté en 2022", EDITION))
    s.append(P("Qui voit dans les partenariats une source d’innovation ?", SLB))
    s += bullets(["Français : 74 % ⁴", "dirigeants d’entreprise : 81 %",
                  "responsables associatifs : 86 %", "maires : 87 %"], SLB)
    s.append(Spacer(1, 16))
    s.append(P("⁴ Une autre présentation des mêmes résultats indique 69 % pour les citoyens.", SLS))
    s.append(PageBreak())
    s.append(P("Expérimenter avec l’État", SLT))
    s += bullets(["un parcours d’expérience lancé par le CGET et Le RAMEAU",
                  "11 territoires pionniers embarqués ⁵",
                  "durée : 18 mois",
                  "première session : le 3 mai"], SLB)
    s.append(Spacer(1, 16))
    s.append(P("⁵ Un article du RAMEAU évoque, pour la même démarche, « 10 territoires pilotes ».", SLS))
    s.append(PageBreak())
    s.append(P("La Charte du faire alliance", SLT))
    s += bullets(["écrite en 3 mois de co-construction",
                  "pilotage : Fondation des Territoires",
                  "dévoilée le 30 novembre 2021, jour du Giving Tuesday",
                  "lieu : Saint-Maurice (Paris-Est Marne &amp; Bois), soirée VitaWin",
                  "son esprit : un « contrat de confiance » entre acteurs"], SLB)
    s.append(Spacer(1, 16))
    s.append(P("Une page d’actualité ministérielle mentionne un « mardi 30 septembre » ; "
               "les autres sources retiennent le 30 novembre 2021.", SLS))
    s.append(PageBreak())
    s.append(P("Fondation des Territoires", SLT))
    s += bullets(["préfiguration ouverte en juillet 2018",
                  "trois étapes : 07/2018-07/2019, 08/2019-11/2020, 12/2020-05/2022",
                  "création officielle : 14 juin 2022",
                  "abritée par la Fondation de Lille",
                  "21 co-fondateurs, 3 missions"], SLB)
    s.append(PageBreak())
    s.append(P("Outiller l’ODD 17", SLT))
    s += bullets(["l’ODD 17 se décline en 19 cibles",
                  "Fonds ODD 17 : co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies",
                  "dotation : 1,5 M€",
                  "une expérimentation prévue sur 3 ans",
                  "objectif : 350 « catalyseurs territoriaux »"], SLB)
    doc.build(s)


# ---------------------------------------------------------------- doc 5
def doc5():
    fname = f"obs-{PREFIX}-05-rapport-annuel.pdf"
    doc, fw, cw = make_doc(fname, A4, "RAPPORT ANNUEL — VERSION COURTE",
                           "Observatoire des partenariats · rapport d’activité abrégé",
                           lambda n: f"{n}", "Rapport annuel abrégé")
    s = []
    s += header("RAPPORT ANNUEL", "Une année d’alliances en bref",
                "Exercice 2020 — édition abrégée parue au premier semestre 2021")
    s.append(P("Éditorial", H2))
    s.append(P("L’année a été bouleversée par la crise sanitaire. Elle a aussi montré, plus que jamais, "
               "combien les coopérations entre associations, entreprises, collectivités et fondations "
               "étaient devenues indispensables. Ce rapport abrégé en retient l’essentiel : les chiffres "
               "clés, les résultats de l’étude sur les associations et les avancées institutionnelles."))
    s.append(P("Il ne reprend pas les enquêtes auprès des citoyens et des maires, présentées dans d’autres "
               "publications de l’Observatoire."))
    s.append(Spacer(1, 10))
    s.append(P("Sommaire", H2))
    s += bullets(["Chiffres clés (page 2)", "Les associations et leurs partenaires (page 3)",
                  "Vers un droit de l’alliance (page 4)"])
    s.append(PageBreak())
    s.append(P("CHIFFRES CLÉS", H2))
    s.append(keybox([("148 000", "associations employeuses dans le champ de l’étude IMPACT – "
                                 "Associations &amp; Territoires"),
                     ("98 %", "d’entre elles entretiennent au moins un partenariat"),
                     ("42", "fondations interrogées pour l’étude IMPACT Fondations &amp; Territoires, "
                            "publiée un 23 septembre"),
                     ("21", "mesures dans la feuille de route ministérielle")], 2, fw))
    s.append(Spacer(1, 12))
    s.append(P("Ces repères résument l’année ; les pages suivantes les détaillent et les replacent dans leur "
               "contexte.", SMALL))
    s.append(PageBreak())
    s.append(P("Les associations et leurs partenaires", H2))
    s.append(P("Avec qui les associations employeuses coopèrent-elles ? L’étude IMPACT – Associations &amp; "
               "Territoires répond à cette question type de partenaire par type de partenaire."))
    s.append(table([["Type de partenaire", "Part des associations employeuses"],
                    ["Collectivités territoriales", "89 %"],
                    ["Structures d’intérêt général", "73 %"],
                    ["Établissements scolaires", "70 %"],
                    ["Collectifs d’associations", "56 %"],
                    ["Acteurs publics nationaux", "52 %"],
                    ["Fédérations professionnelles", "37 %"],
                    ["Acteurs académiques", "35 %"]], [fw * 0.6, fw * 0.4]))
    s.append(Spacer(1, 6))
    s.append(P("Ces coopérations se jouent surtout à proximité : 73 % sont nouées à l’échelle locale, "
               "47 % à l’échelle régionale. Quant à leur nature, elles prennent des formes variées, "
               "énumérées ci-après :"))
    s += bullets(["le mécénat (75 %) ;", "l’innovation sociétale (73 %) ;",
                  "les pratiques responsables (70 %) ;", "la coopération économique (58 %)."])
    s.append(Spacer(1, 6))
    s.append(P("Pour mémoire, une enquête antérieure", H2))
    s.append(P("En mars 2017, Recherches &amp; Solidarités et Le RAMEAU ont publié « Associations &amp; "
               "Partenariats ». L’enquête, conduite en mai et juin 2016, a réuni plus de 1 380 responsables "
               "associatifs. Chaque association y déclarait en moyenne 2,5 partenaires."))
    s.append(P("La taille compte : la moitié (50 %) des associations dont le budget dépasse 150 000 € "
               "travaillent avec une entreprise. Chez celles qui disposent de moins de 10 000 €, la "
               "proportion tombe à 20 %."))
    s.append(PageBreak())
    s.append(P("Vers un droit de l’alliance", H2))
    s.append(P("Lors du FNAF 2019, Gabriel Attal a confié une mission ministérielle à la députée Cathy "
               "Racon-Bouzon et à Charles-Benoît Heidsieck. Le rapport issu de leurs travaux a été remis le "
               "7 mai 2020. Un bilan d’étape a suivi, le 17 octobre 2020."))
    s.append(P("Dans le prolongement, la députée a porté une proposition de loi sur le « droit de "
               "l’alliance d’intérêt général ». Le texte a reçu l’agrément du Bureau de l’Assemblée "
               "nationale avant sa publication au Journal officiel. Une feuille de route ministérielle "
               "l’accompagne (voir les chiffres clés)."))
    s.append(Spacer(1, 10))
    s.append(table([["Date", "Étape"],
                    ["FNAF 2019", "lancement de la mission"],
                    ["7 mai 2020", "remise du rapport"],
                    ["17 octobre 2020", "bilan d’étape"]], [fw * 0.3, fw * 0.7]))
    doc.build(s)


if __name__ == "__main__":
    doc1(); doc2(); doc3(); doc4(); doc5()
    print("ok")
