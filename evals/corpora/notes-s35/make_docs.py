# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 demo PDFs of question set s35.

Run:  /work/main/.venv/bin/python make_docs.py
Writes obs-s35-NN-<slug>.pdf next to this file.  Facts come from
/work/shared/facts.md; the wording is original.
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
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONT_DIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI",
                              boldItalic="DVB")

PREFIX = "s35"


# ---------------------------------------------------------------- styles
def st(name, size=10, lead=None, font="DV", align=TA_LEFT, color=colors.black,
       before=0, after=4, left=0):
    return ParagraphStyle(name, fontName=font, fontSize=size,
                          leading=lead or size * 1.3, alignment=align,
                          textColor=color, spaceBefore=before,
                          spaceAfter=after, leftIndent=left)


BODY = st("body", 9.5, after=5)
SMALL = st("small", 7.5, after=2)
LABEL = st("label", 9, font="DVB", color=colors.HexColor("#a33b20"), after=2)
TITLE = st("title", 19, lead=23, font="DVB", after=4)
EDITION = st("edition", 9, font="DVI", color=colors.HexColor("#555555"),
             after=10)
H2 = st("h2", 12, font="DVB", before=6, after=4,
        color=colors.HexColor("#1f4e79"))
H3 = st("h3", 10, font="DVB", before=4, after=3)
BULLET = st("bullet", 9.5, after=2, left=12)
CELL = st("cell", 8.5, after=0)
CELLB = st("cellb", 8.5, font="DVB", after=0)
BOXNUM = st("boxnum", 20, lead=24, font="DVB", align=TA_CENTER,
            color=colors.HexColor("#1f4e79"), after=0)
BOXTXT = st("boxtxt", 8.5, align=TA_CENTER, after=0)
SLIDE_T = st("slidet", 24, lead=30, font="DVB", after=14,
             color=colors.HexColor("#1f4e79"))
SLIDE_L = st("slidel", 17, lead=24, after=8)
SLIDE_S = st("slides", 11, lead=15, font="DVI", after=4,
             color=colors.HexColor("#555555"))


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items, style=BULLET):
    return [Paragraph("• " + it, style) for it in items]


def grid_table(rows, widths, header=True, zebra=True):
    data = []
    for i, r in enumerate(rows):
        s = CELLB if (header and i == 0) else CELL
        data.append([Paragraph(c, s) for c in r])
    t = Table(data, colWidths=widths)
    cmds = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8899aa")),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dbe5f1")))
    if zebra:
        for i in range(2, len(rows), 2):
            cmds.append(("BACKGROUND", (0, i), (-1, i),
                         colors.HexColor("#f3f6fa")))
    t.setStyle(TableStyle(cmds))
    return t


def keybox(pairs, width):
    """Key-figure box: list of (figure, caption)."""
    n = len(pairs)
    cw = width / n
    row1 = [Paragraph(f, BOXNUM) for f, _ in pairs]
    row2 = [Paragraph(c, BOXTXT) for _, c in pairs]
    t = Table([row1, row2], colWidths=[cw] * n)
    t.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#1f4e79")),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3f8")),
        ("LINEAFTER", (0, 0), (-2, -1), 0.5, colors.HexColor("#9fb3c8")),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return t


def rule(width):
    t = Table([[""]], colWidths=[width], rowHeights=[2])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.grey)]))
    return t


# ---------------------------------------------------------------- page decor
def decor(banner, footer_fn, pagesize=A4, band=colors.HexColor("#1f4e79")):
    W, H = pagesize

    def on_page(canv, doc):
        canv.saveState()
        canv.setFillColor(band)
        canv.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DVB", 8.5)
        canv.drawString(15 * mm, H - 8 * mm, banner)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.setFont("DV", 7.5)
        left, right = footer_fn(canv.getPageNumber())
        canv.drawString(15 * mm, 9 * mm, left)
        canv.drawRightString(W - 15 * mm, 9 * mm, right)
        canv.setStrokeColor(colors.HexColor("#999999"))
        canv.line(15 * mm, 13 * mm, W - 15 * mm, 13 * mm)
        canv.restoreState()

    return on_page


def make_doc(fname, title, pagesize, templates):
    path = os.path.join(HERE, fname)
    doc = BaseDocTemplate(path, pagesize=pagesize, title=title,
                          author="Observatoire des partenariats (démo)",
                          subject="Corpus de démonstration", creator="make_docs.py",
                          leftMargin=15 * mm, rightMargin=15 * mm,
                          topMargin=18 * mm, bottomMargin=18 * mm)
    doc.addPageTemplates(templates)
    return doc, path


def one_col(name, pagesize, on_page):
    W, H = pagesize
    f = Frame(15 * mm, 18 * mm, W - 30 * mm, H - 36 * mm, id=name + "f",
              leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    return PageTemplate(id=name, frames=[f], onPage=on_page, pagesize=pagesize)


def two_col(name, pagesize, on_page, head_h=0):
    W, H = pagesize
    gap = 8 * mm
    cw = (W - 30 * mm - gap) / 2
    frames = []
    top = H - 18 * mm
    if head_h:
        frames.append(Frame(15 * mm, top - head_h, W - 30 * mm, head_h,
                            id=name + "h", leftPadding=0, rightPadding=0,
                            topPadding=0, bottomPadding=0))
        top -= head_h
    hh = top - 18 * mm
    frames.append(Frame(15 * mm, 18 * mm, cw, hh, id=name + "l",
                        leftPadding=0, rightPadding=0, topPadding=0,
                        bottomPadding=0))
    frames.append(Frame(15 * mm + cw + gap, 18 * mm, cw, hh, id=name + "r",
                        leftPadding=0, rightPadding=0, topPadding=0,
                        bottomPadding=0))
    return PageTemplate(id=name, frames=frames, onPage=on_page,
                        pagesize=pagesize)


FULLW = A4[0] - 30 * mm
COLW = (A4[0] - 30 * mm - 8 * mm) / 2


# ====================================================================== 01
def doc01():
    fname = "obs-%s-01-associations-territoires.pdf" % PREFIX
    # printed page numbers 23..26 (extract of a larger cahier)
    on_page = decor("OBSERVATOIRE DES PARTENARIATS  ·  Cahier IMPACT  ·  Associations",
                    lambda n: ("Le RAMEAU — reproduction autorisée avec mention de la source",
                               "page %d" % (22 + n)))
    doc, path = make_doc(fname, "Associations et territoires", A4,
                         [one_col("one", A4, on_page),
                          two_col("two", A4, on_page)])
    s = []
    s.append(P("ÉTUDE", LABEL))
    s.append(P("Associations et territoires : la coopération devenue réflexe", TITLE))
    s.append(P("Programme IMPACT 2018-2022 · version consolidée du volet associatif, "
               "diffusée aux partenaires du programme", EDITION))
    s.append(P("Pourquoi ce cahier", H2))
    s.append(P("Le monde associatif ne se réduit pas à ses bénévoles. Une partie des "
               "structures salarie des équipes, parfois nombreuses, et c'est à elles que "
               "s'intéresse ce volet du programme IMPACT. On en dénombre 148 000 en France."))
    s.append(P("Chez ces associations employeuses, travailler avec d'autres n'a rien d'une "
               "exception. Presque toutes déclarent au moins une relation partenariale. "
               "La proportion observée est de 98 %, ce qui fait de la coopération une "
               "pratique quasi générale plutôt qu'un signe de modernité réservé à quelques-unes."))
    s.append(P("Le cahier décrit successivement les partenaires privilégiés, l'échelle "
               "géographique des alliances et les formes qu'elles prennent. Une dernière "
               "partie remet ces résultats en perspective avec une enquête plus ancienne, "
               "conduite auprès de l'ensemble des associations."))
    s.append(Spacer(1, 6))
    s.append(keybox([("148 000", "associations employeuses dans le périmètre de l'étude"),
                     ("98 %", "d'entre elles ont au moins un partenaire"),
                     ("7", "familles de partenaires passées en revue")], FULLW))
    s.append(Spacer(1, 8))
    s.append(P("Méthode en bref", H3))
    s.append(P("Les résultats proviennent du dispositif d'enquêtes du programme IMPACT, "
               "conduit par l'Observatoire des partenariats avec ses partenaires "
               "institutionnels. Les pourcentages se lisent en part des associations "
               "employeuses concernées ; une même association peut citer plusieurs "
               "partenaires, d'où des totaux supérieurs à 100."))
    s.append(PageBreak())
    # ---- page 2 : table
    s.append(P("1. Avec qui coopèrent-elles ?", H2))
    s.append(P("Le tableau ci-dessous classe les familles de partenaires selon la part "
               "d'associations employeuses qui déclarent travailler avec elles. Les "
               "acteurs publics de proximité dominent nettement."))
    rows = [["Famille de partenaires", "Part des associations employeuses", "Rang"],
            ["Collectivités territoriales", "89 %", "1"],
            ["Structures d'intérêt général (associations, fondations…)", "73 %", "2"],
            ["Établissements scolaires", "70 %", "3"],
            ["Collectifs d'associations", "56 %", "4"],
            ["Acteurs publics nationaux", "52 %", "5"],
            ["Fédérations professionnelles", "37 %", "6"],
            ["Acteurs académiques (universités, laboratoires)", "35 %", "7"]]
    s.append(grid_table(rows, [95 * mm, 55 * mm, 20 * mm]))
    s.append(Spacer(1, 4))
    s.append(P("Lecture : 52 % des associations employeuses ont noué une relation avec un "
               "acteur public de niveau national.", SMALL))
    s.append(Spacer(1, 8))
    s.append(P("Commentaire", H3))
    s.append(P("La hiérarchie n'a rien de surprenant pour qui connaît le terrain. Les "
               "communes, départements et régions restent les interlocuteurs naturels. "
               "Ce qui frappe davantage, c'est le poids du monde éducatif : l'école arrive "
               "juste derrière les autres structures d'intérêt général."))
    s.append(P("À l'inverse, les liens avec la recherche demeurent minoritaires. Ils ne "
               "concernent guère plus d'une association employeuse sur trois, un niveau "
               "proche de celui des fédérations professionnelles."))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())
    # ---- page 3 : two columns
    s.append(P("2. À quelle échelle ?", H2))
    s.append(P("L'ancrage de proximité l'emporte largement. Les partenariats conclus au "
               "niveau local concernent 73 % des associations employeuses."))
    s.append(P("Le niveau régional arrive ensuite. Il est cité par un peu moins de la "
               "moitié d'entre elles : 47 %."))
    s.append(P("Ces deux échelles ne s'excluent pas. Une même structure peut coopérer "
               "avec la mairie voisine et, en parallèle, s'inscrire dans un programme "
               "porté par la région ou par un réseau."))
    s.append(P("Ce que cela change", H3))
    s.append(P("Pour les financeurs, la conséquence est directe : la plupart des "
               "alliances associatives se construisent et se pilotent au plus près des "
               "habitants. Les outils d'accompagnement gagnent donc à être "
               "territorialisés."))
    s.append(FrameBreak())
    s.append(P("3. Sous quelles formes ?", H2))
    s.append(P("L'enquête distingue quatre registres de coopération. Classés du plus "
               "fréquent au moins fréquent, ce sont :"))
    s.extend(bullets(["le mécénat, pratiqué par 75 % des associations employeuses ;",
                      "l'innovation sociétale, à 73 % ;",
                      "les pratiques responsables, à 70 % ;",
                      "la coopération économique, à 58 %."]))
    s.append(Spacer(1, 4))
    s.append(P("Le mécénat reste donc la porte d'entrée la plus courante. Il n'est "
               "cependant plus seul : l'innovation sociétale le talonne. Elle traduit la "
               "volonté de construire ensemble des réponses nouvelles, au-delà du simple "
               "soutien financier."))
    s.append(P("La coopération économique ferme la marche. Elle suppose des relations "
               "plus engageantes, proches d'un partenariat d'affaires."))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())
    # ---- page 4 : retrospective + footnotes
    s.append(P("4. Regard rétrospectif : l'enquête « Associations & Partenariats »", H2))
    s.append(P("Un premier panorama avait été publié en mars 2017 par Le RAMEAU et "
               "Recherches & Solidarités¹. Il portait sur l'ensemble des associations, "
               "et non sur les seules employeuses."))
    s.append(P("Le questionnaire avait circulé en mai et juin 2016. Plus de 1 380 "
               "responsables associatifs y avaient répondu."))
    s.append(P("À l'époque, une association comptait en moyenne 2,5 partenaires. Le "
               "classement des partenaires cités était le suivant :"))
    rows = [["Partenaire cité", "Part des associations (2017)"],
            ["Collectivités", "74 %"],
            ["Associations et fondations", "72 %"],
            ["Établissements d'enseignement", "47 %"],
            ["Entreprises", "28 %"],
            ["Structures d'insertion", "22 %"],
            ["Organismes de recherche", "9 %"]]
    s.append(grid_table(rows, [90 * mm, 60 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("La taille budgétaire pesait lourd sur le lien avec les entreprises². "
               "Au-delà de 150 000 € de budget, la moitié des associations travaillaient "
               "avec une entreprise, soit 50 %. Sous le seuil de 10 000 €, elles n'étaient "
               "que 20 % dans ce cas."))
    s.append(P("Les deux enquêtes n'ont ni le même champ ni la même méthode ; les écarts "
               "de niveau entre elles doivent donc être lus avec prudence."))
    s.append(Spacer(1, 14))
    s.append(rule(60 * mm))
    s.append(P("¹ Étude conjointe « Associations & Partenariats », Le RAMEAU et "
               "Recherches & Solidarités, parution de mars 2017.", SMALL))
    s.append(P("² Les seuils de budget sont ceux retenus par l'enquête de 2016 ; ils ne "
               "sont pas repris par le programme IMPACT.", SMALL))
    doc.build(s)
    return path


# ====================================================================== 02
def doc02():
    fname = "obs-%s-02-phare-fiche-repere.pdf" % PREFIX
    on_page = decor("FICHE REPÈRE  ·  Programme PHARE  ·  Observatoire des partenariats",
                    lambda n: ("Fiche repère PHARE — document de travail", "%d / 3" % n),
                    band=colors.HexColor("#2e6b3a"))
    doc, path = make_doc(fname, "PHARE fiche repere", A4,
                         [one_col("one", A4, on_page),
                          two_col("two", A4, on_page)])
    s = []
    s.append(P("FICHE REPÈRE", LABEL))
    s.append(P("PHARE : ce qu'en disent les Français, les dirigeants et les maires", TITLE))
    s.append(P("Mise à jour de fin d'année 2016, une fois paru le volet consacré aux "
               "institutions", EDITION))
    s.append(P("Un programme en six temps", H2))
    s.append(P("Deuxième plan quinquennal de l'Observatoire des partenariats, PHARE a "
               "pris la suite d'ARPEA. Il couvre la période 2013-2018."))
    s.append(P("Ses résultats n'ont pas été livrés d'un bloc. Ils ont été publiés en six "
               "volets successifs, que voici :"))
    s.extend(bullets(["Citoyens — septembre 2015 ;",
                      "Entreprises — octobre 2015 ;",
                      "Associations — novembre 2015 ;",
                      "13 rapports régionaux — au fil de l'année 2016 ;",
                      "diagnostics sectoriels — juillet 2016 ;",
                      "Institutions — automne 2016."]))
    s.append(Spacer(1, 6))
    s.append(P("Chaque volet interroge une catégorie d'acteurs sur sa perception des "
               "alliances entre associations, entreprises, collectivités et citoyens. Les "
               "rapports régionaux déclinent ensuite ces constats territoire par territoire."))
    s.append(Spacer(1, 6))
    s.append(keybox([("6", "volets publiés"), ("13", "rapports régionaux"),
                     ("2013-2018", "période couverte")], FULLW))
    s.append(NextPageTemplate("two"))
    s.append(PageBreak())
    # ---- page 2 : two-column, citizens
    s.append(P("Focus : le volet Citoyens", H2))
    s.append(P("Le premier volet a été rendu public en septembre 2015. Plus de 2 000 "
               "personnes ont été interrogées pour le construire."))
    s.append(P("On leur a d'abord demandé de noter, sur une échelle de 0 à 10, "
               "l'importance de plusieurs enjeux pour leur territoire. Les moyennes "
               "obtenues sont reproduites ci-dessous."))
    rows = [["Enjeu", "Note /10"],
            ["Emploi", "7,1"],
            ["Pouvoir d'achat", "6,6"],
            ["Développement économique", "6,5"],
            ["Environnement", "6,3"],
            ["Exclusion", "6,3"]]
    s.append(grid_table(rows, [55 * mm, 25 * mm]))
    s.append(Spacer(1, 4))
    s.append(P("L'emploi domine nettement. Il devance le pouvoir d'achat de plus d'un "
               "demi-point."))
    s.append(FrameBreak())
    s.append(P("Où les alliances pèsent-elles le plus ?", H3))
    s.append(P("Les personnes interrogées devaient ensuite dire dans quels domaines les "
               "partenariats entre acteurs ont, selon elles, un impact fort."))
    s.append(P("L'emploi arrive encore en tête. Près d'une personne sur deux le cite : "
               "49 %."))
    s.append(P("Viennent ensuite le développement économique, avec 46 %, puis "
               "l'environnement. Ce dernier recueille 42 %."))
    s.append(P("La précarité et l'éducation ferment la marche. Elles sont citées à "
               "égalité, par 36 % des répondants."))
    s.append(Spacer(1, 6))
    s.append(keybox([("69 %", "des Français reconnaissent un « devoir d'alliance »")],
                    COLW))
    s.append(Spacer(1, 4))
    s.append(P("Source : PHARE-Citoyens, septembre 2015.", SMALL))
    s.append(NextPageTemplate("one"))
    s.append(PageBreak())
    # ---- page 3 : institutions + comparison table
    s.append(P("Le volet Institutions et la vue d'ensemble", H2))
    s.append(P("Le dernier volet est paru le 29 novembre 2016. Il s'adresse aux élus et "
               "dresse une typologie des maires face aux alliances. Celle-ci comporte "
               "cinq profils."))
    s.append(P("En rapprochant les volets, on obtient une lecture croisée de l'adhésion "
               "au « devoir d'alliance ». Le tableau ci-dessous la résume."))
    rows = [["Population interrogée", "Volet PHARE", "Adhésion au devoir d'alliance"],
            ["Citoyens", "Citoyens (sept. 2015)", "69 %"],
            ["Dirigeants d'entreprise", "Entreprises (oct. 2015)", "81 %"],
            ["Responsables associatifs", "Associations (nov. 2015)", "86 %"],
            ["Maires", "Institutions (nov. 2016)", "87 %"]]
    s.append(grid_table(rows, [60 * mm, 55 * mm, 55 * mm]))
    s.append(Spacer(1, 6))
    s.append(P("Plus on se rapproche des décideurs de terrain, plus l'adhésion "
               "progresse. Les maires ferment ainsi la marche du calendrier mais "
               "arrivent en tête du classement."))
    s.append(P("Ces chiffres ont nourri la suite des travaux de l'Observatoire, "
               "repris et prolongés par le plan quinquennal suivant."))
    doc.build(s)
    return path


# ====================================================================== 03
ROMAN = {1: "i", 2: "ii", 3: "iii", 4: "iv", 5: "v"}


def doc03():
    fname = "obs-%s-03-bulletin-veille.pdf" % PREFIX
    on_page = decor("BULLETIN DE VEILLE  ·  Alliances & intérêt général",
                    lambda n: ("Observatoire des partenariats — diffusion libre",
                               "feuillet %s" % ROMAN[n]),
                    band=colors.HexColor("#6b2e5f"))
    doc, path = make_doc(fname, "Bulletin de veille", A4,
                         [two_col("first", A4, on_page, head_h=38 * mm),
                          two_col("two", A4, on_page)])
    s = []
    s.append(P("BULLETIN DE VEILLE", LABEL))
    s.append(P("Repères institutionnels et actualités des alliances", TITLE))
    s.append(P("Numéro de synthèse, arrêté à l'été 2022", EDITION))
    s.append(FrameBreak())
    s.append(NextPageTemplate("two"))
    # left column page 1
    s.append(P("Qui fait quoi ?", H2))
    s.append(P("Le RAMEAU est une association d'intérêt général fondée en 2006. Elle se "
               "présente comme un laboratoire de recherche empirique consacré aux "
               "alliances."))
    s.append(P("Son président-fondateur est Charles-Benoît Heidsieck. La direction "
               "générale est assurée par Laurence Weber."))
    s.append(P("L'Observatoire des partenariats a vu le jour en 2008. Il a été créé par "
               "la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le "
               "Mouvement associatif."))
    s.append(P("La direction scientifique revient à Anne Robin. Elle a fondé le cabinet "
               "COMISIS et exerce cette mission bénévolement."))
    s.append(P("Trois plans quinquennaux", H2))
    s.append(P("Les travaux de l'Observatoire s'organisent en programmes de cinq ans :"))
    rows = [["Programme", "Période"],
            ["ARPEA", "2008-2012"],
            ["PHARE", "2013-2018"],
            ["IMPACT", "2018-2022"]]
    s.append(grid_table(rows, [35 * mm, 35 * mm]))
    s.append(Spacer(1, 4))
    s.append(P("Le sigle ARPEA signifie « Analyse des Relations et des Partenariats "
               "entre Entreprises et Associations ». Ce premier programme comptait dix "
               "volets."))
    s.append(FrameBreak())
    # right column page 1
    s.append(P("Les bilans d'étape", H2))
    s.append(P("Le rapport quinquennal, qui tirait les leçons d'ARPEA, a été présenté le "
               "11 décembre 2012."))
    s.append(P("Le troisième programme a pris le relais sans attendre la fin du "
               "précédent. IMPACT a en effet été lancé en novembre 2017."))
    s.append(P("Côté pouvoirs publics", H2))
    s.append(P("La ministre Valérie Fourneyron avait commandé un état des lieux des "
               "partenariats entre associations et entreprises. Ce rapport a été publié "
               "au début de l'année 2014."))
    s.append(P("Plus tard, à l'occasion du FNAF 2019, Gabriel Attal a confié une mission "
               "à Cathy Racon-Bouzon et à Charles-Benoît Heidsieck. Leur rapport a été "
               "remis le 7 mai 2020. Un bilan en a été dressé le 17 octobre 2020."))
    s.append(P("Dans la foulée, une « feuille de route » ministérielle de 21 mesures a "
               "été arrêtée. Cathy Racon-Bouzon a par ailleurs porté une proposition de "
               "loi sur le « droit de l'alliance d'intérêt général »."))
    s.append(PageBreak())
    # page 2
    s.append(P("La Charte du faire alliance", H2))
    s.append(P("Le texte est le fruit de trois mois de co-construction, pilotés par la "
               "Fondation des Territoires. Il se veut un « contrat de confiance » entre "
               "acteurs."))
    s.append(P("La charte a été dévoilée le 30 novembre 2021, jour du Giving Tuesday. La "
               "présentation s'est tenue à Saint-Maurice, sur le territoire de Paris-Est "
               "Marne & Bois, lors d'une soirée VitaWin."))
    s.append(P("Le Fonds ODD 17", H2))
    s.append(P("Le RAMEAU et la Fondation TotalEnergies ont co-créé ce fonds en 2020. Ce "
               "dernier dispose d'une dotation de 1,5 M€, prévue pour une expérimentation "
               "de trois ans."))
    s.append(P("L'ambition est de faire émerger 350 « catalyseurs territoriaux », "
               "capables d'animer les alliances locales."))
    s.append(FrameBreak())
    s.append(P("La Fondation des Territoires", H2))
    s.append(P("Sa préfiguration a démarré en juillet 2018. Elle s'est déroulée en trois "
               "étapes, jusqu'en mai 2022."))
    s.append(P("La fondation elle-même a été créée le 14 juin 2022, sous l'égide de la "
               "Fondation de Lille. Elle rassemble 21 co-fondateurs et s'est donné trois "
               "missions."))
    s.append(P("Agir ensemble en Territoire", H2))
    s.append(P("Cette démarche est née en 2010, à la suite de l'étude ARPEA-Collectivités "
               "locales réalisée avec Comisis-OpinionWay. Trois territoires l'ont "
               "expérimentée en premier :"))
    s.extend(bullets(["l'Alsace, avec Alsace Active ;",
                      "le Poitou-Charentes, avec le Groupe La Poste ;",
                      "Paris-Est Marne & Bois."]))
    s.append(PageBreak())
    # page 3
    s.append(P("Boîte à outils", H2))
    s.append(P("La plateforme www.odd17.org regroupe les ressources sous l'acronyme "
               "M.E.D.O.C. Les cinq lettres désignent les Méthodes, Exemples, Données, "
               "Outils et Compétences mis à disposition."))
    s.append(P("L'ODD 17, consacré aux partenariats, compte 19 cibles. Une note du "
               "Comité 21 intitulée « ODD 17 : Sens, décryptages, déclinaisons » en a "
               "proposé une lecture, présentée un 5 juillet."))
    s.append(FrameBreak())
    s.append(P("Agenda d'un mois de novembre", H2))
    s.append(P("Le 11e rapport régional de l'Observatoire, consacré à la Normandie, est "
               "paru le 26 novembre. Le même mois avaient eu lieu :"))
    s.extend(bullets(["le 15 novembre, un dossier dans JURIS Associations n°628 ;",
                      "le 23 novembre, le 3e dîner « Elus & Entreprises » ;",
                      "le 26 novembre, le 5e webinaire « l'ODD 17 en pratique »."]))
    doc.build(s)
    return path


# ====================================================================== 04
def doc04():
    fname = "obs-%s-04-diaporama-elus-locaux.pdf" % PREFIX
    LS = landscape(A4)
    # cover not numbered; slide numbers start at 1 on PDF page 2
    on_page = decor("IMPACTS & TRAJECTOIRES — Élus locaux  ·  Observatoire des partenariats",
                    lambda n: ("Restitution — novembre 2024",
                               "" if n == 1 else "diapositive %d" % (n - 1)),
                    pagesize=LS, band=colors.HexColor("#b35c00"))
    doc, path = make_doc(fname, "Diaporama elus locaux", LS,
                         [one_col("slide", LS, on_page)])
    s = []
    # cover
    s.append(Spacer(1, 30 * mm))
    s.append(P("DIAPORAMA", LABEL))
    s.append(P("IMPACTS & TRAJECTOIRES — Élus locaux", st("cov", 30, lead=36, font="DVB")))
    s.append(P("Restitution des résultats · novembre 2024", SLIDE_S))
    s.append(P("Observatoire des partenariats — programme d'études sur les alliances "
               "en territoire", SLIDE_S))
    s.append(PageBreak())
    # slide 1 method
    s.append(P("Comment l'enquête a été menée", SLIDE_T))
    s.append(P("302 maires interrogés", SLIDE_L))
    s.append(P("Entretiens par téléphone", SLIDE_L))
    s.append(P("Terrain : du 30 septembre au 28 octobre 2024", SLIDE_L))
    s.append(P("84 % des répondants : communes de moins de 2 000 habitants", SLIDE_L))
    s.append(P("Un échantillon à dominante rurale, à l'image du maillage communal.", SLIDE_S))
    s.append(PageBreak())
    # slide 2 territory in movement
    s.append(P("Un territoire en mouvement ?", SLIDE_T))
    s.append(P("91 % des maires : oui, leur territoire bouge", SLIDE_L))
    s.append(P("→ 35 % : « fortement »", SLIDE_L))
    s.append(P("→ 56 % : « ni plus ni moins » qu'ailleurs", SLIDE_L))
    s.append(P("La dynamique est largement partagée, mais son intensité varie.", SLIDE_S))
    s.append(PageBreak())
    # slide 3 earlier waves
    s.append(P("Rappel : ce que disaient les vagues précédentes", SLIDE_T))
    s.append(P("76 % des maires jugent leur territoire engagé", SLIDE_L))
    s.append(P("… mais 46 % ne savent pas comment piloter la démarche", SLIDE_L))
    s.append(P("64 % des élus locaux veulent miser sur le « jouer collectif »", SLIDE_L))
    s.append(P("Fiche-repère « Les dynamiques d'engagement des Collectivités "
               "territoriales » : étude IMPACT-Elus locaux, nov. 2020, Comisis-OpinionWay.",
               SLIDE_S))
    s.append(Spacer(1, 10))
    s.append(P("Regards croisés sur l'alliance", st("sub", 18, lead=24, font="DVB",
                                                   after=8, color=colors.HexColor("#b35c00"))))
    s.append(P("Français : 81 % parlent de « devoir d'alliance »", SLIDE_L))
    s.append(P("Dirigeants d'entreprise : 84 % expriment une « envie d'alliance »", SLIDE_L))
    s.append(P("Maires : 92 % disent avoir « besoin d'alliance »", SLIDE_L))
    s.append(P("Trois populations, trois mots différents, une même attente.", SLIDE_S))
    s.append(PageBreak())
    # slide 4 programme
    s.append(P("Le programme IMPACT en une diapositive", SLIDE_T))
    s.append(P("Trois axes de mesure :", SLIDE_L))
    s.append(P("1. innovation sociétale et territoriale", SLIDE_L))
    s.append(P("2. performance des organisations", SLIDE_L))
    s.append(P("3. confiance", SLIDE_L))
    s.append(P("Partenaires : Caisse des Dépôts, Institut CDC pour la Recherche, Groupe "
               "La Poste, Fondation TOTAL, Le RAMEAU.", SLIDE_S))
    doc.build(s)
    return path


# ====================================================================== 05
def doc05():
    fname = "obs-%s-05-note-historique.pdf" % PREFIX
    on_page = decor("NOTE D'ANALYSE  ·  Mesurer les alliances, 2008-2016",
                    lambda n: ("Dossier documentaire de l'Observatoire",
                               "— %d —" % (6 + n)),
                    band=colors.HexColor("#444444"))
    doc, path = make_doc(fname, "Note historique", A4,
                         [one_col("one", A4, on_page)])
    s = []
    s.append(P("NOTE D'ANALYSE", LABEL))
    s.append(P("Des premières enquêtes ARPEA à la note de 2016 : ce que les chiffres "
               "racontent", TITLE))
    s.append(P("Texte versé au dossier documentaire — relecture de 2021", EDITION))
    s.append(P("1. L'urgence vue par les Français", H2))
    s.append(P("Le sentiment d'urgence ne date pas d'hier. Dès 2008, les Français "
               "interrogés dans le cadre d'ARPEA jugeaient majoritairement urgent de "
               "développer des partenariats entre acteurs. Ils étaient alors 86 % à le "
               "penser¹."))
    s.append(P("Quatre ans plus tard, l'opinion n'avait guère bougé. En 2012, la "
               "proportion s'établissait à 84 %."))
    s.append(P("Du côté associatif, la même période montrait un engagement déjà "
               "significatif. Près de 46 % des associations étaient engagées avec une "
               "entreprise."))
    s.append(P("2. Les entreprises et leurs territoires", H2))
    s.append(P("L'étude ARPEA Entreprises & Territoires, publiée en janvier 2011, "
               "répartissait les entreprises en trois groupes :"))
    rows = [["Attitude face aux partenariats", "Part des entreprises"],
            ["En développent déjà", "21 %"],
            ["Souhaitent en développer", "33 %"],
            ["Ne le souhaitent pas", "46 %"]]
    s.append(grid_table(rows, [90 * mm, 50 * mm]))
    s.append(Spacer(1, 4))
    s.append(P("Autrement dit, plus de la moitié des entreprises étaient déjà engagées "
               "ou prêtes à l'être, tandis qu'un peu moins de la moitié restait à "
               "convaincre."))
    s.append(Spacer(1, 10))
    s.append(rule(60 * mm))
    s.append(P("¹ Enquête ARPEA-Citoyens. Le premier programme de l'Observatoire a été "
               "conduit de 2008 à 2012.", SMALL))
    s.append(PageBreak())
    # page 2
    s.append(P("3. La note du 29 février 2016", H2))
    s.append(P("Consacrée aux modèles de co-construction, cette note a mesuré la "
               "diffusion des partenariats dans chaque univers²."))
    s.append(P("Côté entreprises, le périmètre retenu est celui des structures d'au "
               "moins 10 salariés. Parmi elles, 37 % ont noué un partenariat."))
    s.append(P("Les associations font à peine mieux. Elles sont 38 % dans ce cas. Chez "
               "les associations employeuses, le taux grimpe nettement : il atteint 53 %."))
    s.append(P("Un dernier groupe se détache. Il s'agit des organisations qualifiées de "
               "« pionnières ». Parmi elles, la proportion monte à 65 %."))
    s.append(Spacer(1, 6))
    s.append(keybox([("37 %", "des entreprises de 10 salariés et plus"),
                     ("38 %", "des associations"),
                     ("53 %", "des associations employeuses")], FULLW))
    s.append(Spacer(1, 10))
    s.append(P("4. Ce qu'en retient Le RAMEAU", H2))
    s.append(P("Depuis sa création en 2006, le laboratoire a conduit des expérimentations "
               "auprès de plus de 500 organisations. Il a aussi recensé plus de 1 000 "
               "exemples inspirants, qui nourrissent ses publications."))
    s.append(P("Ces travaux se sont étalés sur quinze ans de recherche, dont cinq "
               "consacrés à l'étude d'impact."))
    s.append(Spacer(1, 10))
    s.append(rule(60 * mm))
    s.append(P("² Note « modèles de co-construction », Observatoire des partenariats, "
               "29 février 2016.", SMALL))
    doc.build(s)
    return path


if __name__ == "__main__":
    for fn in (doc01, doc02, doc03, doc04, doc05):
        p = fn()
        print(os.path.basename(p))
