# -*- coding: utf-8 -*-
"""Générateur déterministe des 6 PDF du jeu s66 (Observatoire des partenariats).

Usage : python make_docs.py [dossier_de_sortie]
Aucune date d'exécution, aucun aléa : reportlab.rl_config.invariant = 1.
"""
import os
import re
import sys

import reportlab.rl_config
reportlab.rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
for name, fn in [("DV", "DejaVuSans.ttf"), ("DV-B", "DejaVuSans-Bold.ttf"),
                 ("DV-I", "DejaVuSans-Oblique.ttf"), ("DV-BI", "DejaVuSans-BoldOblique.ttf"),
                 ("DS", "DejaVuSerif.ttf"), ("DS-B", "DejaVuSerif-Bold.ttf"),
                 ("DS-I", "DejaVuSerif-Italic.ttf"), ("DS-BI", "DejaVuSerif-BoldItalic.ttf"),
                 ("DC", "DejaVuSansCondensed.ttf"), ("DC-B", "DejaVuSansCondensed-Bold.ttf"),
                 ("DC-I", "DejaVuSansCondensed-Oblique.ttf"),
                 ("DC-BI", "DejaVuSansCondensed-BoldOblique.ttf")]:
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONTDIR, fn)))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")
registerFontFamily("DS", normal="DS", bold="DS-B", italic="DS-I", boldItalic="DS-BI")
registerFontFamily("DC", normal="DC", bold="DC-B", italic="DC-I", boldItalic="DC-BI")

NB = "\u00a0"


def fr(s):
    """Typographie française : espaces insécables dans les nombres et avant % € : ; ? ! »."""
    s = re.sub(r"(\d) (?=\d{3}\b)", "\\1" + NB, s)
    s = re.sub(r"(\d) (?=\d{3}\b)", "\\1" + NB, s)
    s = re.sub(r" ([%€:;?!»])", NB + "\\1", s)
    s = s.replace("« ", "«" + NB)
    s = s.replace("& ", "&amp; ")
    return s


def P(text, style):
    return Paragraph(fr(text), style)


def S(name, font="DV", size=9, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size,
                          leading=lead or size * 1.3, **kw)


BLUE = colors.HexColor("#1d4e7a")
TEAL = colors.HexColor("#13806f")
ORANGE = colors.HexColor("#c8641e")
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#eef3f7")
SAND = colors.HexColor("#f6efe4")


def build(path, story, templates, **kw):
    doc = BaseDocTemplate(path, pagesize=kw.pop("pagesize", A4), pageTemplates=templates,
                          title=kw.pop("title", ""), author="Observatoire des partenariats",
                          subject=kw.pop("subject", ""), creator="make_docs.py s66",
                          **kw)
    doc.build(story)


def bars(width, data):
    from reportlab.graphics.shapes import Drawing, Rect, String
    h = 150
    d = Drawing(width, h)
    n = len(data)
    bw = width / (n * 1.6)
    for i, (lab, v) in enumerate(data):
        x = 10 + i * bw * 1.6
        bh = (h - 40) * v / 100.0
        d.add(Rect(x, 20, bw, bh, fillColor=[TEAL, BLUE, ORANGE][i % 3], strokeColor=None))
        d.add(String(x + bw / 2, 24 + bh, fr("%d %%" % v), fontName="DV-B", fontSize=9,
                     textAnchor="middle"))
        d.add(String(x + bw / 2, 6, lab, fontName="DV", fontSize=8, textAnchor="middle"))
    return d


# ---------------------------------------------------------------------------
# 01 — Bulletin de veille (brèves, deux colonnes)
# ---------------------------------------------------------------------------
def doc01():
    path = os.path.join(OUT, "obs-s66-01-bulletin-veille.pdf")
    W, H = A4
    M = 16 * mm
    gap = 7 * mm
    colw = (W - 2 * M - gap) / 2
    printed = {1: 23, 2: 24, 3: 25}

    def header(c, doc, first):
        c.saveState()
        pn = doc.page
        if first:
            c.setFillColor(BLUE)
            c.rect(0, H - 46 * mm, W, 46 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DV-B", 22)
            c.drawString(M, H - 20 * mm, fr("VEILLE ALLIANCES & TERRITOIRES").replace("&amp;", "&"))
            c.setFont("DV", 10)
            c.drawString(M, H - 28 * mm, fr("Bulletin de l'Observatoire des partenariats — n° 14, numéro rétrospectif"))
            c.setFont("DV-I", 8.5)
            c.drawString(M, H - 35 * mm, fr("Décembre 2024 · Une sélection de brèves parues dans nos derniers numéros"))
            c.setFont("DV-B", 9)
            c.drawRightString(W - M, H - 20 * mm, "Brèves")
        else:
            c.setFillColor(BLUE)
            c.rect(0, H - 13 * mm, W, 13 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DV-B", 8.5)
            c.drawString(M, H - 8.5 * mm, fr("VEILLE ALLIANCES & TERRITOIRES · n° 14").replace("&amp;", "&"))
            c.setFont("DV", 8)
            c.drawRightString(W - M, H - 8.5 * mm, fr("Brèves (suite)"))
        c.setStrokeColor(colors.HexColor("#999999"))
        c.setLineWidth(0.4)
        c.line(M + colw + gap / 2, 20 * mm, M + colw + gap / 2, H - (52 if first else 19) * mm)
        c.line(M, 14 * mm, W - M, 14 * mm)
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(M, 9 * mm, fr("Observatoire des partenariats · Veille Alliances & Territoires · reproduction autorisée avec mention de la source").replace("&amp;", "&"))
        c.setFont("DV-B", 9)
        c.drawRightString(W - M, 9 * mm, str(printed[pn]))
        c.restoreState()

    top1 = H - 52 * mm
    bot = 18 * mm
    f1 = [Frame(M, bot, colw, top1 - bot, id="a1", leftPadding=0, rightPadding=0),
          Frame(M + colw + gap, bot, colw, top1 - bot, id="b1", leftPadding=0, rightPadding=0)]
    top = H - 19 * mm
    f2 = [Frame(M, bot, colw, top - bot, id="a2", leftPadding=0, rightPadding=0),
          Frame(M + colw + gap, bot, colw, top - bot, id="b2", leftPadding=0, rightPadding=0)]
    t1 = PageTemplate("first", frames=f1, onPage=lambda c, d: header(c, d, True))
    t2 = PageTemplate("next", frames=f2, onPage=lambda c, d: header(c, d, False))

    st_t = S("t", "DV-B", 10.2, 12.6, textColor=BLUE, spaceBefore=7, spaceAfter=1)
    st_d = S("d", "DV-B", 7.3, 9, textColor=ORANGE, spaceAfter=2)
    st_b = S("b", "DS", 9.8, 13.4, alignment=TA_JUSTIFY)
    st_s = S("s", "DV-I", 7, 8.8, textColor=GREY, spaceBefore=2, spaceAfter=4)
    st_box = S("box", "DV", 7.8, 10)

    breves = [
        ("Normandie : le 11e rapport régional est en ligne",
         "Publié le 26 novembre",
         "L'Observatoire des partenariats poursuit son tour de France des régions. Après dix "
         "premiers portraits, le 11e rapport régional est consacré à la Normandie. Il rassemble les "
         "données de l'Observatoire pour ce territoire et des exemples de coopérations locales "
         "entre associations, entreprises et collectivités.",
         "Source : Le RAMEAU, annonce de publication du rapport régional Normandie"),
        ("Un dossier JURIS Associations sur les alliances",
         "Paru le 15 novembre",
         "La revue JURIS Associations consacre son dossier du n° 628 aux partenariats entre "
         "structures d'intérêt général et entreprises. L'Observatoire y a contribué.",
         "Source : Le RAMEAU, agenda du mois de novembre"),
        ("3e dîner « Elus & Entreprises »",
         "Le 23 novembre",
         "Troisième édition d'un format qui réunit autour d'une même table des élus locaux et des "
         "dirigeants d'entreprise. Deux chiffres ont servi de fil rouge à la soirée : 64 % des élus "
         "locaux veulent s'appuyer sur le « jouer collectif », et 92 % des maires reconnaissent "
         "l'utilité de la co-construction.",
         "Source : Le RAMEAU, « Dîner Elus & Entreprises : quel menu ? »"),
        ("5e webinaire « l'ODD 17 en pratique »",
         "Le 26 novembre",
         "Cinquième rendez-vous en ligne du cycle consacré à l'objectif de développement durable "
         "n° 17, celui des partenariats. Le même jour paraissait le rapport régional Normandie.",
         "Source : Le RAMEAU, agenda du mois de novembre"),
        ("Le droit de l'alliance d'intérêt général sur les rails",
         "Brève mise à jour en décembre 2024",
         "La proposition de loi visant à reconnaître un « droit de l'alliance d'intérêt général » "
         "est portée par la députée Cathy Racon-Bouzon. Déposée en février, elle a été agréée par "
         "le Bureau de l'Assemblée nationale et publiée au Journal officiel. Elle s'accompagne d'une "
         "« feuille de route » ministérielle de 21 mesures. Trois envies convergent, rappelle le "
         "texte : 81 % des Français ressentent un « devoir d'alliance », 92 % des maires un « besoin "
         "d'alliance » et 84 % des dirigeants d'entreprise une « envie d'alliance ».",
         "Source : Le RAMEAU, « Le droit à l'alliance d'intérêt général enfin reconnu »"),
        ("Retour sur la mission ministérielle",
         "Rapport remis le 7 mai 2020",
         "À l'issue du FNAF 2019, Gabriel Attal avait confié une mission sur les alliances à Cathy "
         "Racon-Bouzon et Charles-Benoît Heidsieck, président-fondateur du RAMEAU. Leur rapport a "
         "été remis le 7 mai 2020 ; un bilan a suivi le 17 octobre 2020.",
         "Source : co-construisonsdemain.org, rubrique « Les publications »"),
        ("La Charte du faire alliance dévoilée à Saint-Maurice",
         "Le 30 novembre 2021",
         "Fruit de trois mois de co-construction pilotés par la Fondation des Territoires, la Charte "
         "du faire alliance a été lancée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice "
         "(territoire Paris-Est Marne & Bois), lors d'une soirée organisée par VitaWin. Elle se "
         "présente comme un « contrat de confiance » entre acteurs d'un territoire.",
         "Source : Carenews et Le RAMEAU, « À la racine de la Charte du faire alliance »"),
        ("Naissance de la Fondation des Territoires",
         "Le 14 juin 2022",
         "Après une préfiguration lancée en juillet 2018, la Fondation des Territoires a été créée le "
         "14 juin 2022 sous l'égide de la Fondation de Lille. Elle compte 21 co-fondateurs et s'est "
         "donné trois missions.",
         "Source : Le RAMEAU, « Le RAMEAU, dernier acte »"),
        ("Fondations : une étude IMPACT dédiée",
         "Publiée le 23 septembre",
         "L'étude IMPACT « Fondations & Territoires » donne la parole à 42 fondations interrogées sur "
         "leur rôle dans les dynamiques territoriales. Une fiche acteur « Dynamique d'engagement des "
         "Fondations » en reprend les enseignements.",
         "Source : Mécénova, « Le RAMEAU : étude IMPACT Fondations »"),
        ("ODD 17 : une note pour décrypter",
         "Le 5 juillet",
         "Le Comité 21 publie la note « ODD 17 : Sens, décryptages, déclinaisons ». Rappel utile : "
         "l'ODD 17 se décline en 19 cibles.",
         "Source : associations.gouv.fr"),
        ("Un outil pour les maires au Congrès",
         "Novembre 2020",
         "La fiche-repère « Les dynamiques d'engagement des Collectivités territoriales » est tirée de "
         "l'étude IMPACT-Elus locaux, réalisée en novembre 2020 par Comisis-OpinionWay. Elle a été "
         "présentée aux élus lors du Congrès des maires.",
         "Source : associations.gouv.fr, « Un nouvel outil sur la co-construction territoriale »"),
        ("Sortie de crise : jouer collectif",
         "Brève parue en 2020",
         "Pour sortir de la crise sanitaire, 81 % des Français et 84 % des dirigeants de TPE & PME "
         "jugent utile de co-construire. Pour aider les acteurs, plus de 250 données ont été "
         "inventoriées et mises à disposition.",
         "Source : Carenews, « Sortie de crise : des données pour agir efficacement »"),
        ("Associations : combien de partenaires ?",
         "Mars 2017",
         "L'étude Associations & Partenariats, réalisée par Recherches & Solidarités avec Le RAMEAU, "
         "s'appuie sur une enquête de mai-juin 2016 auprès de plus de 1 380 responsables associatifs. "
         "Une association compte en moyenne 2,5 partenaires : les collectivités (74 %) et les autres "
         "associations ou fondations (72 %) arrivent en tête, loin devant les entreprises (28 %).",
         "Source : Agori et Dossier familial, mai 2017"),
        ("Maires : un territoire en mouvement",
         "Novembre 2024",
         "L'enquête IMPACTS & TRAJECTOIRES – Elus locaux a interrogé 302 maires. Résultat : 91 % "
         "estiment que leur territoire est en mouvement (35 % fortement, 56 % ni plus ni moins).",
         "Source : letowski.fr, « Analyses et études de novembre 2024 »"),
    ]
    story = [NextPageTemplate("next")]
    # encadré sommaire en tête de la 1re colonne
    som = Table([[P("<b>Dans ce numéro</b><br/>14 brèves, de la Normandie à la Fondation des "
                    "Territoires. Les dates indiquées sont celles des annonces d'origine ; "
                    "l'année n'est pas toujours précisée par la source.", st_box)]],
                colWidths=[colw])
    som.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), SAND),
                             ("BOX", (0, 0), (-1, -1), 0.6, ORANGE),
                             ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
    story.append(som)
    for i, (t, d, b, s) in enumerate(breves):
        story += [P(t, st_t), P(d, st_d), P(b, st_b), P(s, st_s)]
        if i == 6:
            err = Table([[P("<b>Erratum.</b> Une annonce publiée sur associations.gouv.fr situait ce "
                            "lancement au « mardi 30 septembre ». Les organisateurs, eux, datent la "
                            "soirée du Giving Tuesday, le 30 novembre 2021.", st_box)]],
                        colWidths=[colw])
            err.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, GREY),
                                     ("BACKGROUND", (0, 0), (-1, -1), LIGHT)]))
            story.append(err)
    # graphique, puis sa légende rejetée en tête de la colonne suivante
    story.append(P("Chiffres repères", st_t))
    story.append(bars(colw, [("Français", 81), ("Maires", 92), ("Dirigeants", 84)]))
    story.append(FrameBreak())
    story.append(P("<b>Graphique ci-contre.</b> Trois envies d'alliance, en % : « devoir d'alliance » "
                   "des Français, « besoin d'alliance » des maires, « envie d'alliance » des "
                   "dirigeants d'entreprise.", st_s))
    story.append(P("Repères chronologiques", st_t))
    chrono = [("2006", "Création du RAMEAU"), ("2008", "Création de l'Observatoire des partenariats"),
              ("2010", "Lancement de « Agir ensemble en Territoire »"),
              ("11 déc. 2012", "Rapport quinquennal ARPEA"),
              ("Début 2014", "Rapport d'état des lieux demandé par Valérie Fourneyron"),
              ("Sept. 2015", "PHARE-Citoyens"), ("29 nov. 2016", "PHARE-Institutions"),
              ("Nov. 2017", "Lancement du programme IMPACT"),
              ("Juil. 2018", "Préfiguration de la Fondation des Territoires"),
              ("2020", "Création du Fonds ODD 17"),
              ("7 mai 2020", "Remise du rapport de la mission ministérielle"),
              ("30 nov. 2021", "Lancement de la Charte du faire alliance"),
              ("14 juin 2022", "Création de la Fondation des Territoires"),
              ("Nov. 2024", "IMPACTS & TRAJECTOIRES – Elus locaux")]
    ct = Table([[P(a, st_d), P(b, st_box)] for a, b in chrono], colWidths=[colw * 0.3, colw * 0.7])
    ct.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(ct)
    story.append(Spacer(1, 8))
    contact = Table([[P("<b>Proposer une brève</b><br/>Écrivez-nous via le formulaire de la "
                        "rubrique « Contact » : www.veille-alliances.example/contact. La "
                        "rédaction répond sous quinze jours.", st_box)]], colWidths=[colw])
    contact.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, BLUE)]))
    story.append(contact)
    build(path, story, [t1, t2], leftMargin=M, rightMargin=M,
          title="Veille Alliances & Territoires n° 14")
    return path


# ---------------------------------------------------------------------------
# 02 — Entretien (questions/réponses, chapô, exergue répété)
# ---------------------------------------------------------------------------
def doc02():
    path = os.path.join(OUT, "obs-s66-02-entretien.pdf")
    W, H = A4
    M = 20 * mm
    printed = {1: 18, 2: 19, 3: 20}

    def page(c, doc):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(M, H - 15 * mm, W - 2 * M, 1.2 * mm, stroke=0, fill=1)
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(M, H - 12 * mm, fr("TERRITOIRES SOLIDAIRES MAG · n° 52 · Entretien"))
        c.drawRightString(W - M, H - 12 * mm, fr("« Faire alliance, c'est d'abord mesurer »"))
        c.setFont("DV-B", 10)
        num = str(printed[doc.page])
        if doc.page % 2:
            c.drawRightString(W - M, 11 * mm, num)
        else:
            c.drawString(M, 11 * mm, num)
        c.restoreState()

    frame = Frame(M, 18 * mm, W - 2 * M, H - 38 * mm, id="f", leftPadding=0, rightPadding=0)
    tpl = PageTemplate("p", frames=[frame], onPage=page)
    st_kick = S("k", "DV-B", 8, 10, textColor=TEAL, spaceAfter=4)
    st_title = S("ti", "DS-B", 21, 25, textColor=BLUE, spaceAfter=8)
    st_chapo = S("ch", "DS-B", 10.5, 14.5, alignment=TA_JUSTIFY, spaceAfter=10)
    st_q = S("q", "DV-B", 10, 13.5, textColor=TEAL, spaceBefore=10, spaceAfter=3)
    st_a = S("a", "DS", 10, 14.6, alignment=TA_JUSTIFY, spaceAfter=2)
    st_quote = S("qu", "DS-BI", 17, 22, textColor=ORANGE, alignment=TA_CENTER)
    st_sig = S("sg", "DV-I", 7.8, 10, textColor=GREY, spaceBefore=6)
    quote = ("« Les chiffres ne disent pas seulement qu'on peut faire alliance : ils disent "
             "qu'on le veut. »")

    def pull():
        t = Table([[P(quote, st_quote)]], colWidths=[W - 2 * M - 50 * mm])
        t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.5, ORANGE),
                               ("LINEBELOW", (0, -1), (-1, -1), 1.5, ORANGE),
                               ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
        return KeepTogether([Spacer(1, 6), t, Spacer(1, 6)])

    qa = [
        ("Le RAMEAU se présente comme un « laboratoire ». Pourquoi ce mot ?",
         "Parce que c'est notre manière de travailler. Le RAMEAU a été créé en 2006 ; c'est une "
         "association d'intérêt général qui se définit comme un « laboratoire de recherche "
         "empirique », on parle aussi de « laboratoire d'innovations partenariales ». Nous "
         "observons ce qui se fait sur le terrain avant de théoriser. Plus de 1 000 exemples "
         "inspirants ont été recensés, et nous avons mené des expérimentations auprès de plus de "
         "500 organisations depuis 2006. Au total, cela représente 15 ans de recherche et 5 ans "
         "d'étude d'impact. L'association a trois missions, la première étant de témoigner de ce "
         "qui fonctionne."),
        ("Et l'Observatoire des partenariats, d'où vient-il ?",
         "Il a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF "
         "et le Mouvement associatif. Vous trouverez dans des documents plus anciens une autre date : "
         "l'étude ARPEA – Entreprises & Territoires de janvier 2011 et le rapport quinquennal de 2012 parlent d'un « Observatoire national "
         "des partenariats associations / entreprises » créé en 2007. Les deux dates circulent, nous "
         "retenons 2008 pour la création de l'Observatoire sous sa forme actuelle."),
        ("Qui garantit la rigueur des études ?",
         "La direction scientifique est assurée par Anne Robin, fondatrice de COMISIS, qui le fait "
         "bénévolement. C'est un point important pour l'indépendance des travaux."),
        ("Comment les programmes se sont-ils enchaînés ?",
         "Par plans de cinq ans. Le premier, ARPEA, a couvert 2008-2012 ; son rapport quinquennal est "
         "paru le 11 décembre 2012. Est venu ensuite PHARE, de 2013 à 2018 — certaines présentations "
         "le datent 2013-2017. Puis IMPACT, pour 2018-2022, lancé en novembre 2017."),
        ("Et entre deux programmes, l'État s'en est mêlé…",
         "Oui : la ministre Valérie Fourneyron a demandé un rapport d'état des lieux des partenariats "
         "entre associations et entreprises, qui a été publié début 2014. C'était une reconnaissance "
         "du sujet au niveau national."),
        ("Qui porte le programme IMPACT ?",
         "Il est mené avec la Caisse des Dépôts, l'Institut CDC pour la Recherche, le Groupe La Poste "
         "et la Fondation TOTAL, aux côtés du RAMEAU. Il suit trois axes : l'innovation sociétale et "
         "territoriale, la performance des organisations et la confiance."),
        ("PHARE, concrètement, qu'a-t-il produit ?",
         "Six volets : les Citoyens en septembre 2015, les Entreprises en octobre 2015, les "
         "Associations en novembre 2015, puis 13 rapports régionaux en 2016, des diagnostics "
         "sectoriels en juillet 2016 et enfin les Institutions à l'automne 2016. Le volet "
         "PHARE-Institutions a été publié le 29 novembre 2016 ; il distingue 5 profils de maires."),
        ("Les maires sont-ils convaincus ?",
         "Très largement. Selon PHARE-Institutions, 87 % des maires voient dans les partenariats une "
         "source d'innovation. Et chez les citoyens, l'enquête PHARE-Citoyens de septembre 2015 "
         "montrait déjà que 69 % des Français ressentaient un « devoir d'alliance »."),
        ("Et du côté des associations ?",
         "Le programme IMPACT a étudié les 148 000 associations employeuses : 98 % d'entre elles ont "
         "des partenariats. Leurs premiers partenaires sont les collectivités, citées par 89 % "
         "d'entre elles. L'enquête Associations & Partenariats, menée avec Recherches & Solidarités "
         "et publiée en mars 2017, donnait déjà une moyenne de 2,5 partenaires par association."),
        ("Les entreprises suivent-elles le mouvement ?",
         "Elles avancent. Une note du 29 février 2016 montrait que 37 % des entreprises de 10 "
         "salariés et plus avaient un partenariat, contre 38 % des associations — 53 % des "
         "associations employeuses. Et l'ARPEA avait mesuré chez les citoyens une attente forte : "
         "86 % des Français en 2008, puis 84 % en 2012, jugeaient urgent de créer des partenariats."),
        ("Et les fondations ?",
         "Nous leur avons consacré une étude IMPACT, « Fondations & Territoires », publiée le 23 "
         "septembre : 42 fondations y ont été interrogées. Leur rôle est structurant, parce qu'elles "
         "peuvent prendre des risques que d'autres ne prennent pas."),
        ("Un dernier mot pour ceux qui hésitent ?",
         "Commencez petit, mais commencez. Et mesurez : sans données, une alliance reste une "
         "intuition."),
    ]
    story = [P("ENTRETIEN · RECHERCHE", st_kick),
             P("« Faire alliance, c'est d'abord mesurer »", st_title),
             P("Depuis plus de quinze ans, l'Observatoire des partenariats documente les alliances "
               "entre associations, entreprises, collectivités et fondations. Hélène Marçais, "
               "responsable des études de terrain au RAMEAU, revient sur l'histoire de ce "
               "programme de recherche, ses méthodes et ce que disent les chiffres. Propos "
               "recueillis par la rédaction.", st_chapo)]
    for i, (q, a) in enumerate(qa):
        story += [P(q, st_q), P(a, st_a)]
        if i == 1:
            story.append(pull())
        if i == 9:
            story.append(pull())
    rep = [("2006", "création du RAMEAU"), ("2008", "création de l'Observatoire (2007 selon des documents plus anciens)"),
           ("2008-2012", "programme ARPEA"), ("2013-2018", "programme PHARE"),
           ("2018-2022", "programme IMPACT")]
    rt = Table([[P("<b>Repères</b>", st_a)]] + [[P("<b>%s</b> — %s" % r, st_a)] for r in rep],
               colWidths=[W - 2 * M - 60 * mm])
    rt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                            ("BOX", (0, 0), (-1, -1), 0.6, TEAL)]))
    story += [Spacer(1, 10), KeepTogether(rt)]
    story.append(P("Entretien relu par l'intéressée. Les fonctions indiquées sont celles "
                   "exercées à la date de l'entretien.", st_sig))
    build(path, story, [tpl], title="Entretien — Faire alliance, c'est d'abord mesurer")
    return path


# ---------------------------------------------------------------------------
# 03 — Fiches projets territoriaux (2 fiches par page)
# ---------------------------------------------------------------------------
def doc03():
    path = os.path.join(OUT, "obs-s66-03-fiches-projets.pdf")
    W, H = A4
    M = 14 * mm
    printed = {1: 41, 2: 42, 3: 43}

    def page(c, doc):
        c.saveState()
        c.setFont("DV-B", 8)
        c.setFillColor(BLUE)
        c.drawString(M, H - 10 * mm, fr("FICHES PROJETS TERRITORIAUX · Recueil « Alliances en actes »"))
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawRightString(W - M, H - 10 * mm, "Observatoire des partenariats")
        c.drawString(M, 8 * mm, fr("Les fiches sont mises à jour au fil des publications ; voir la date en pied de fiche."))
        c.setFont("DV-B", 9)
        c.drawRightString(W - M, 8 * mm, fr("— %d —" % printed[doc.page]))
        c.restoreState()

    frame = Frame(M, 13 * mm, W - 2 * M, H - 27 * mm, id="f", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    tpl = PageTemplate("p", frames=[frame], onPage=page)
    st_band = S("band", "DV-B", 12.5, 15, textColor=colors.white)
    st_num = S("num", "DV", 8, 10, textColor=colors.white, alignment=TA_RIGHT)
    st_txt = S("tx", "DS", 9.6, 13.4, alignment=TA_JUSTIFY, spaceAfter=5)
    st_h = S("h", "DV-B", 8.3, 10.5, textColor=BLUE, spaceBefore=2, spaceAfter=2)
    st_kf = S("kf", "DV", 7.8, 10)
    st_kfh = S("kfh", "DV-B", 8.2, 10.5, textColor=ORANGE, spaceAfter=3)
    st_logo = S("lg", "DC-B", 7.2, 8.6, alignment=TA_CENTER, textColor=BLUE)
    st_foot = S("ft", "DV-I", 6.8, 8.5, textColor=GREY)
    fullw = W - 2 * M

    def card(num, title, color, body, facts, partners, foot):
        band = Table([[P(title, st_band), P("Fiche %s" % num, st_num)]],
                     colWidths=[fullw * 0.78, fullw * 0.22])
        band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), color),
                                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                  ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        main = [x for h, t in body for x in (P(h, st_h), P(t, st_txt))]
        side = [P("En bref", st_kfh)] + [P("• " + f, st_kf) for f in facts]
        sidet = Table([[side]], colWidths=[fullw * 0.32 - 8])
        sidet.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                                   ("BOX", (0, 0), (-1, -1), 0.5, color)]))
        mid = Table([[main, sidet]], colWidths=[fullw * 0.68, fullw * 0.32])
        mid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (0, 0), 0)]))
        n = len(partners)
        lw = (fullw - 72) / max(n, 1)
        logos = Table([[P("Partenaires", st_kfh)] + [P(p, st_logo) for p in partners]],
                      colWidths=[72] + [lw] * n)
        ls = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        for k in range(1, n + 1):
            ls += [("BOX", (k, 0), (k, 0), 0.8, color), ("BACKGROUND", (k, 0), (k, 0), colors.white)]
        logos.setStyle(TableStyle(ls))
        return KeepTogether([band, Spacer(1, 4), mid, Spacer(1, 3), logos, Spacer(1, 2),
                             P(foot, st_foot), Spacer(1, 12)])

    cards = [
        card("07", "Fonds ODD 17 : financer les catalyseurs d'alliances", TEAL,
             [("Le projet", "Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds "
               "ODD 17 soutient celles et ceux qui, sur un territoire, font se rencontrer les acteurs "
               "et rendent les alliances possibles. Le fonds mène une expérimentation sur trois ans."),
              ("Les bénéficiaires", "Le fonds s'adresse aux « catalyseurs territoriaux » : 350 d'entre "
               "eux ont été repérés. Ce sont des structures ou des personnes qui animent le "
               "dialogue entre associations, entreprises et collectivités.")],
             ["Création : 2020", "Dotation : 1,5 M€", "Durée : expérimentation sur 3 ans",
              "350 catalyseurs territoriaux"],
             ["Le RAMEAU", "Fondation TotalEnergies"],
             "Fiche établie d'après la page « Découvrir le Fonds ODD 17 ». Mise à jour : 2024."),
        card("08", "Fondation des Territoires", BLUE,
             [("Le projet", "Une fondation dédiée aux alliances territoriales, préparée pendant près de "
               "quatre ans. La préfiguration, lancée en juillet 2018, s'est déroulée en trois "
               "étapes : de juillet 2018 à juillet 2019, d'août 2019 à novembre 2020, puis de "
               "décembre 2020 à mai 2022."),
              ("Aujourd'hui", "La Fondation des Territoires a été créée le 14 juin 2022 sous l'égide "
               "de la Fondation de Lille. Elle réunit 21 co-fondateurs et s'est fixé trois missions. "
               "Elle a notamment piloté la co-construction de la Charte du faire alliance.")],
             ["Préfiguration : juillet 2018", "Étapes : 07/18-07/19, 08/19-11/20, 12/20-05/22",
              "Création : 14 juin 2022", "21 co-fondateurs", "3 missions"],
             ["Fondation de Lille", "21 co-fondateurs", "Le RAMEAU"],
             "Fiche établie d'après les annonces de lancement (2022). Mise à jour : 2024."),
        card("09", "Agir ensemble en Territoire", ORANGE,
             [("Origine", "La démarche « Agir ensemble en Territoire » a été initiée en 2010, à la "
               "suite de l'étude ARPEA-Collectivités locales conduite avec Comisis-OpinionWay. "
               "Elle est à la racine de la Charte du faire alliance."),
              ("Les territoires pilotes", "Trois territoires ont ouvert la voie : l'Alsace, avec "
               "Alsace Active ; le Poitou-Charentes, avec le Groupe La Poste ; et Paris-Est Marne "
               "& Bois.")],
             ["Lancement : 2010", "Étude d'origine : ARPEA-Collectivités locales",
              "Institut : Comisis-OpinionWay", "3 pilotes"],
             ["Alsace Active", "Groupe La Poste", "Paris-Est Marne & Bois"],
             "Fiche établie d'après « À la racine de la Charte du faire alliance ». Mise à jour : 2023."),
        card("10", "Parcours d'expérience sur la co-construction territoriale", TEAL,
             [("Le projet", "Le CGET et Le RAMEAU ont lancé ensemble un parcours d'expérience sur la "
               "co-construction territoriale. Il réunit 11 territoires pionniers pendant 18 mois. La "
               "1re session s'est tenue le 3 mai."),
              ("À noter", "Une autre présentation du RAMEAU évoque « le CGET et 10 territoires "
               "pilotes ». Nous indiquons les deux chiffres, faute de pouvoir les départager.")],
             ["Porteurs : CGET et Le RAMEAU", "11 territoires pionniers (10 selon une autre source)",
              "Durée : 18 mois", "1re session : 3 mai"],
             ["CGET", "Le RAMEAU", "Territoires pionniers"],
             "Fiche établie d'après l'annonce du CNER et Le RAMEAU. Mise à jour : 2023."),
        card("11", "Charte du faire alliance", BLUE,
             [("Le projet", "Un texte court, pensé comme un « contrat de confiance » entre les "
               "acteurs d'un territoire qui veulent agir ensemble. Il est le fruit de trois mois de "
               "co-construction pilotés par la Fondation des Territoires."),
              ("Le lancement", "La charte a été lancée le 30 novembre 2021, jour du Giving Tuesday, à "
               "Saint-Maurice, sur le territoire de Paris-Est Marne & Bois, au cours d'une soirée "
               "accueillie par VitaWin.")],
             ["Co-construction : 3 mois", "Pilote : Fondation des Territoires",
              "Lancement : 30 novembre 2021", "Lieu : Saint-Maurice"],
             ["Fondation des Territoires", "VitaWin", "Paris-Est Marne & Bois"],
             "Fiche établie d'après Carenews et Le RAMEAU. Mise à jour : 2022."),
        card("12", "Plateforme ODD 17 et kit M.E.D.O.C.", ORANGE,
             [("Le projet", "Pour outiller celles et ceux qui veulent faire alliance, Le RAMEAU met à "
               "disposition une plateforme, www.odd17.org, organisée autour de cinq familles de "
               "ressources."),
              ("Le sigle", "M.E.D.O.C. signifie Méthodes, Exemples, Données, Outils, Compétences. Les "
               "ressources accompagnent l'ODD 17, dont la note du Comité 21 rappelle qu'il compte 19 "
               "cibles.")],
             ["Adresse : www.odd17.org", "Sigle : M.E.D.O.C.", "5 familles de ressources",
              "ODD 17 : 19 cibles"],
             ["Le RAMEAU", "Comité 21"],
             "Fiche établie d'après « ODD 17 : de l'art de la méthode ». Mise à jour : 2023."),
    ]
    story = []
    half = (H - 27 * mm) / 2.0
    for i, cd in enumerate(cards):
        story.append(cd)
        if i % 2 == 0:
            h = sum(f.wrap(fullw, H)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in cd._content)
            story.append(Spacer(1, max(0, half - h - 2)))
        elif i < len(cards) - 1:
            story.append(PageBreak())
    build(path, story, [tpl], title="Fiches projets territoriaux")
    return path


# ---------------------------------------------------------------------------
# 04 — Annexe méthodologique (tableaux, notes de bas de page)
# ---------------------------------------------------------------------------
def doc04():
    path = os.path.join(OUT, "obs-s66-04-annexe-methodologique.pdf")
    W, H = A4
    M = 18 * mm
    printed = {1: "A-1", 2: "A-2", 3: "A-3"}
    notes = {
        1: ["(1) Certaines publications anciennes (étude ARPEA – Entreprises & Territoires de janvier 2011, rapport quinquennal "
            "du 11 décembre 2012) indiquent une création en 2007 de l'« Observatoire national des "
            "partenariats associations / entreprises ».",
            "(2) Trois intitulés coexistent pour ARPEA : « Analyse des Relations et des Partenariats "
            "entre Entreprises et Associations », « Analyser les Relations Partenariales entre "
            "Entreprises et Associations » et « Analyse des Relations Associations-Entreprises ». "
            "Le programme comptait 10 volets."],
        2: ["(3) La population de référence de l'étude IMPACT – Associations & Territoires est celle "
            "des 148 000 associations employeuses.",
            "(4) Marge théorique maximale, calculée pour une proportion de 50 % et un niveau de "
            "confiance de 95 %, sous l'hypothèse d'un sondage aléatoire simple.",
            "(5) Les enquêtes par quotas ne permettent pas, en toute rigueur, de calculer une marge "
            "d'erreur ; les valeurs du tableau 2 sont données à titre indicatif."],
    }

    def page(c, doc):
        c.saveState()
        c.setFillColor(GREY)
        c.setFont("DV", 7.5)
        c.drawString(M, H - 11 * mm, fr("Annexe méthodologique · Les études de l'Observatoire des partenariats"))
        c.drawRightString(W - M, H - 11 * mm, fr("Édition 2024"))
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(M, H - 13 * mm, W - M, H - 13 * mm)
        ns = notes.get(doc.page, [])
        y = 16 * mm
        st = S("fn", "DV", 6.6, 8.2)
        paras = [Paragraph(fr(n), st) for n in ns]
        hs = [p.wrap(W - 2 * M, 100)[1] for p in paras]
        tot = sum(hs) + 2 * (len(hs))
        if ns:
            c.line(M, y + tot + 3, M + 50 * mm, y + tot + 3)
        yy = y + tot
        for p, h in zip(paras, hs):
            yy -= h
            p.drawOn(c, M, yy)
            yy -= 2
        c.setFont("DV-B", 8.5)
        c.setFillColor(colors.black)
        c.drawCentredString(W / 2, 8 * mm, printed[doc.page])
        c.restoreState()

    # cadres de hauteur différente selon la place des notes
    def tpl(name, bottom):
        return PageTemplate(name, frames=[Frame(M, bottom, W - 2 * M, H - 17 * mm - bottom, id=name,
                                                leftPadding=0, rightPadding=0)], onPage=page)

    st_h1 = S("h1", "DV-B", 15, 19, textColor=BLUE, spaceAfter=6)
    st_h2 = S("h2", "DV-B", 10.5, 13, textColor=BLUE, spaceBefore=8, spaceAfter=4)
    st_p = S("p", "DS", 8.8, 12, alignment=TA_JUSTIFY, spaceAfter=4)
    st_c = S("c", "DC", 8.4, 10.6)
    st_cb = S("cb", "DC-B", 8.4, 10.6, textColor=colors.white)
    st_cap = S("cap", "DV-I", 7.5, 9.5, textColor=GREY, spaceBefore=3, spaceAfter=6)

    story = [NextPageTemplate("p2"),
             P("Annexe méthodologique", st_h1),
             P("Cette annexe rassemble, pour les principales études citées dans nos publications, "
               "les populations interrogées, la taille des échantillons, les dates de terrain et "
               "les instituts. L'Observatoire des partenariats a été créé en 2008 par la Caisse des "
               "Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif<super>1</super>. "
               "Ses études se sont succédé au fil de trois plans quinquennaux : ARPEA<super>2</super> "
               "(2008-2012), PHARE (2013-2018) et IMPACT (2018-2022). La direction scientifique est "
               "assurée bénévolement par Anne Robin, fondatrice de COMISIS.", st_p),
             P("Le programme PHARE s'est déployé en six volets : Citoyens (septembre 2015), "
               "Entreprises (octobre 2015), Associations (novembre 2015), 13 rapports régionaux "
               "(2016), diagnostics sectoriels (juillet 2016) et Institutions (automne 2016). Le "
               "programme IMPACT, lancé en novembre 2017, est mené avec la Caisse des Dépôts, "
               "l'Institut CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU.",
               st_p),
             P("Le premier plan, ARPEA, s'est conclu par un rapport quinquennal publié le 11 décembre "
               "2012. Entre deux plans, la ministre Valérie Fourneyron a demandé un rapport d'état des "
               "lieux des partenariats entre associations et entreprises, publié début 2014. Les "
               "études citées ci-dessous ont été conduites soit par l'Observatoire lui-même, soit "
               "avec des partenaires (Comisis-OpinionWay, Recherches & Solidarités). Lorsque la source "
               "ne précise pas la taille de l'échantillon, le tableau l'indique ; lorsque seule la date "
               "de publication est connue, elle est donnée à la place des dates de terrain.", st_p),
             P("1. Les études et leurs échantillons", st_h2),
             P("Tableau 1 — Populations, échantillons et dates de terrain. « n.c. » : non communiqué "
               "dans les sources consultées.", st_cap)]
    head = ["Étude", "Population", "Échantillon", "Terrain / publication", "Mode, institut"]
    rows = [
        ["ARPEA – Citoyens", "Français", "n.c.", "2008 puis 2012",
         "Enquête nationale ; 86 % (2008) puis 84 % (2012) jugent urgent de créer des partenariats"],
        ["ARPEA – Entreprises & Territoires", "Entreprises", "n.c.", "Publication janv. 2011",
         "21 % développent des partenariats, 33 % le souhaitent, 46 % ne le souhaitent pas"],
        ["ARPEA – Collectivités locales", "Collectivités locales", "n.c.", "Avant 2010",
         "Comisis-OpinionWay"],
        ["PHARE – Citoyens", "Français", "Plus de 2 000 personnes", "Septembre 2015",
         "Notes sur 10 des enjeux prioritaires"],
        ["PHARE – Entreprises", "Entreprises", "n.c.", "Octobre 2015", "Volet 2 du programme PHARE"],
        ["PHARE – Associations", "Associations", "n.c.", "Novembre 2015", "Volet 3 du programme PHARE"],
        ["PHARE – Rapports régionaux", "Régions", "13 rapports", "2016",
         "Déclinaisons territoriales des résultats"],
        ["PHARE – Institutions", "Maires", "n.c.", "Publication le 29 novembre 2016",
         "Typologie en 5 profils de maires"],
        ["Note sur les modèles de co-construction", "Entreprises et associations", "n.c.",
         "Note du 29 février 2016", "37 % des entreprises de 10 salariés et plus ; 38 % des associations"],
        ["Associations & Partenariats", "Responsables associatifs", "Plus de 1 380 responsables",
         "Enquête mai-juin 2016 ; publication mars 2017", "Recherches & Solidarités et Le RAMEAU"],
        ["IMPACT – Elus locaux", "Élus locaux", "n.c.", "Novembre 2020", "Comisis-OpinionWay"],
        ["IMPACT – Fondations & Territoires", "Fondations", "42 fondations",
         "Publication le 23 septembre", "Entretiens et questionnaire"],
        ["IMPACT – Associations & Territoires", "Associations employeuses<super>3</super>", "n.c.",
         "n.c.", "98 % des associations ont des partenariats"],
        ["IMPACTS & TRAJECTOIRES – Elus locaux", "Maires", "302 maires",
         "Du 30 septembre au 28 octobre 2024", "Par téléphone"],
    ]
    cw = [(W - 2 * M) * f for f in (0.21, 0.15, 0.15, 0.2, 0.29)]
    data = [[P(h, st_cb) for h in head]] + [[P(x, st_c) for x in r] for r in rows]
    t = Table(data, colWidths=cw, repeatRows=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), BLUE),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa7b4")),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    story.append(t)
    story += [
        P("Lecture : le tableau se poursuit sur la page suivante lorsque la mise en page l'exige ; "
          "l'en-tête est alors répété.", st_cap),
        P("2. Marges d'erreur", st_h2),
        P("Les marges ci-dessous sont théoriques<super>4</super>. Elles permettent d'apprécier la "
          "précision d'un pourcentage selon la taille de l'échantillon.", st_p),
        P("Tableau 2 — Marge d'erreur maximale selon l'échantillon", st_cap),
    ]
    t2 = Table([[P(x, st_cb) for x in ["Étude", "Échantillon", "Marge maximale (95 %)"]],
                [P(x, st_c) for x in ["IMPACTS & TRAJECTOIRES – Elus locaux (2024)", "302 maires", "± 5,6 points"]],
                [P(x, st_c) for x in ["Associations & Partenariats (2016)", "1 380 responsables", "± 2,6 points"]],
                [P(x, st_c) for x in ["PHARE – Citoyens (2015)", "2 000 personnes", "± 2,2 points"]]],
               colWidths=[(W - 2 * M) * f for f in (0.5, 0.25, 0.25)])
    t2.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), TEAL),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa7b4"))]))
    t2.repeatRows = 1
    story += [t2,
              P("3. Quotas et structure des échantillons", st_h2),
              P("Les enquêtes auprès des élus et des citoyens reposent sur des échantillons "
                "construits par quotas<super>5</super>. Le tableau 3 rappelle les variables de "
                "contrôle et, lorsqu'elle est publiée, la structure obtenue.", st_p),
              P("Tableau 3 — Variables de quotas et structure publiée", st_cap)]
    t3 = Table([[P(x, st_cb) for x in ["Étude", "Variables de quotas", "Structure publiée"]],
                [P(x, st_c) for x in ["IMPACTS & TRAJECTOIRES – Elus locaux", "Taille de commune, région",
                                       "84 % des répondants dans des communes de moins de 2 000 habitants"]],
                [P(x, st_c) for x in ["PHARE – Citoyens", "Sexe, âge, profession, région, taille d'agglomération",
                                       "Non publiée"]],
                [P(x, st_c) for x in ["Associations & Partenariats", "Taille budgétaire, secteur d'activité",
                                       "2,5 partenaires en moyenne par association"]]],
               colWidths=[(W - 2 * M) * f for f in (0.32, 0.33, 0.35)])
    t3.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), ORANGE),
                            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa7b4")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t3,
              P("4. Précautions de lecture", st_h2),
              P("Un même pourcentage peut désigner des réalités très différentes d'une étude à "
                "l'autre. Ainsi, « 46 % » apparaît trois fois dans nos publications : près de 46 % "
                "des associations sont engagées avec une entreprise (ARPEA) ; 46 % des entreprises ne "
                "souhaitent pas développer de partenariats (ARPEA – Entreprises & Territoires, janvier "
                "2011) ; enfin 46 % des maires ne savent pas piloter les alliances sur leur territoire, "
                "alors que 76 % d'entre eux jugent leur territoire engagé.", st_p),
              P("De même, les résultats sur les maires doivent être datés : 87 % des maires voyaient "
                "dans les partenariats une source d'innovation (PHARE-Institutions), tandis qu'en 2024, "
                "91 % des maires interrogés jugent leur territoire en mouvement — 35 % fortement, 56 % "
                "ni plus ni moins.", st_p),
              P("5. Glossaire", st_h2)]
    glo = [("ARPEA", "premier plan quinquennal (2008-2012) ; trois intitulés coexistent, dont « Analyse "
            "des Relations et des Partenariats entre Entreprises et Associations »."),
           ("PHARE", "deuxième plan (2013-2018), en six volets."),
           ("IMPACT", "troisième plan (2018-2022), lancé en novembre 2017 ; trois axes : innovation "
            "sociétale et territoriale, performance des organisations, confiance."),
           ("Catalyseurs territoriaux", "acteurs qui animent les alliances sur un territoire ; le Fonds "
            "ODD 17 en a identifié 350."),
           ("M.E.D.O.C.", "Méthodes, Exemples, Données, Outils, Compétences : les familles de ressources "
            "de la plateforme www.odd17.org."),
           ("ODD 17", "objectif de développement durable consacré aux partenariats ; il compte 19 cibles.")]
    story += [P("<b>%s</b> — %s" % g, st_p) for g in glo]
    story += [P("Enfin, la date d'une publication n'est pas celle du terrain : l'étude Associations & "
                "Partenariats, publiée en mars 2017, repose sur une enquête menée en mai-juin 2016.",
                st_p)]
    build(path, story, [tpl("p1", 40 * mm), tpl("p2", 42 * mm)],
          title="Annexe méthodologique")
    return path


# ---------------------------------------------------------------------------
# 05 — Diaporama imprimé (4 diapositives par page)
# ---------------------------------------------------------------------------
def doc05():
    path = os.path.join(OUT, "obs-s66-05-diaporama.pdf")
    from reportlab.pdfgen import canvas as cv
    PW, PH = landscape(A4)
    c = cv.Canvas(path, pagesize=(PW, PH), invariant=1)
    c.setTitle("Alliances en territoires : ce que disent les données")
    c.setAuthor("Observatoire des partenariats")
    c.setCreator("make_docs.py s66")
    slides = [
        ("Alliances en territoires : ce que disent les données",
         ["Journée d'échanges des réseaux territoriaux", "Observatoire des partenariats",
          "Support imprimé — 12 diapositives"], None),
        ("Trois envies convergentes",
         ["81 % des Français : « devoir d'alliance »", "92 % des maires : « besoin d'alliance »",
          "84 % des dirigeants d'entreprise : « envie d'alliance »"], None),
        ("Les partenariats, source d'innovation",
         ["74 % des Français *", "81 % des dirigeants d'entreprise", "86 % des responsables associatifs",
          "87 % des maires"],
         "* Une autre présentation du programme IMPACT indique 69 % des citoyens."),
        ("Les maires face aux alliances",
         ["76 % des maires : territoire engagé", "Mais 46 % ne savent pas piloter",
          "Un besoin d'outils et de méthode"], None),
        ("PHARE-Citoyens : les priorités (notes /10)",
         ["Emploi : 7,1", "Pouvoir d'achat : 6,6", "Sécurité : 6,6 *", "Développement économique : 6,5",
          "Environnement et exclusion : 6,3"],
         "* Sécurité : 7/10 selon un autre compte rendu de l'étude (Carenews)."),
        ("PHARE-Citoyens : où les alliances ont un impact fort",
         ["Emploi : 49 %", "Développement économique : 46 %", "Environnement : 42 %",
          "Précarité et éducation : 36 %", "Plus de 2 000 personnes interrogées"], None),
        ("IMPACT – Associations & Territoires (1/2)",
         ["148 000 associations employeuses", "98 % ont des partenariats",
          "Avec les collectivités : 89 %", "Structures d'intérêt général : 73 %",
          "Établissements scolaires : 70 %", "Collectifs d'associations : 56 %"], None),
        ("IMPACT – Associations & Territoires (2/2)",
         ["Acteurs publics nationaux : 52 % ; fédérations professionnelles : 37 % ; académiques : 35 %",
          "Échelle : locale 73 %, régionale 47 %",
          "Mécénat 75 %, innovation sociétale 73 %", "Pratiques responsables 70 %, coopération économique 58 %"],
         None),
        ("Associations & Partenariats (mars 2017)",
         ["2,5 partenaires en moyenne", "Collectivités 74 % · associations/fondations 72 %",
          "Enseignement 47 % · entreprises 28 %", "Insertion 22 % · recherche 9 %"],
         "Enquête mai-juin 2016, plus de 1 380 responsables (Recherches & Solidarités)."),
        ("La taille compte",
         ["Partenariat avec une entreprise :", "50 % des associations de plus de 150 000 €",
          "contre 20 % de celles de moins de 10 000 €"], None),
        ("Note du 29 février 2016 : qui a un partenariat ?",
         ["37 % des entreprises de 10 salariés et plus", "38 % des associations (53 % des employeuses)",
          "65 % des pionniers"], None),
        ("Pour aller plus loin",
         ["Le RAMEAU : expérimentations auprès de plus de 500 organisations depuis 2006",
          "Ressources : www.odd17.org", "Merci de votre attention !"], None),
    ]
    mx, my = 14 * mm, 16 * mm
    gx, gy = 10 * mm, 10 * mm
    sw = (PW - 2 * mx - gx) / 2
    sh = (PH - 2 * my - gy - 8 * mm) / 2
    st_b = S("sb", "DV", 10.5, 13.5)
    st_n = S("sn", "DV-I", 7.2, 9, textColor=GREY)
    feuillets = ["Feuillet I", "Feuillet II", "Feuillet III"]
    for pg in range(3):
        c.setFont("DV", 8)
        c.setFillColor(GREY)
        c.drawString(mx, PH - 9 * mm, fr("Support de présentation · « Alliances en territoires » · 4 diapositives par page"))
        c.drawRightString(PW - mx, 8 * mm, fr(feuillets[pg] + " / III"))
        for k in range(4):
            idx = pg * 4 + k
            title, bullets, note = slides[idx]
            col, row = k % 2, k // 2
            x = mx + col * (sw + gx)
            y = PH - my - 6 * mm - (row + 1) * sh - row * gy
            c.setStrokeColor(colors.HexColor("#7a8896"))
            c.setLineWidth(0.8)
            c.setFillColor(colors.white)
            c.rect(x, y, sw, sh, stroke=1, fill=1)
            c.setFillColor(BLUE if idx else TEAL)
            c.rect(x, y + sh - 13 * mm, sw, 13 * mm, stroke=0, fill=1)
            tp = Paragraph(fr(title), S("st", "DV-B", 11.5, 13.5, textColor=colors.white))
            w, h = tp.wrap(sw - 10 * mm, 13 * mm)
            tp.drawOn(c, x + 5 * mm, y + sh - 6.5 * mm - h / 2)
            yy = y + sh - 19 * mm
            for b in bullets:
                bp = Paragraph(fr("▪ " + b), st_b)
                w, h = bp.wrap(sw - 12 * mm, sh)
                yy -= h
                bp.drawOn(c, x + 6 * mm, yy)
                yy -= 3
            if note:
                npg = Paragraph(fr(note), st_n)
                w, h = npg.wrap(sw - 30 * mm, 30)
                npg.drawOn(c, x + 5 * mm, y + 4 * mm)
            c.setFillColor(ORANGE)
            c.setFont("DV-B", 9)
            c.drawRightString(x + sw - 4 * mm, y + 4 * mm, "%d" % (idx + 1))
        c.showPage()
    c.save()
    return path


# ---------------------------------------------------------------------------
# 06 — Tribune signée, liste des signataires en petits caractères
# ---------------------------------------------------------------------------
def doc06():
    path = os.path.join(OUT, "obs-s66-06-tribune.pdf")
    W, H = A4
    M = 17 * mm
    gap = 6 * mm
    colw = (W - 2 * M - gap) / 2
    printed = {1: 26, 2: 27}

    def page(c, doc):
        c.saveState()
        c.setFillColor(colors.black)
        c.setFont("DS-B", 9)
        c.drawString(M, H - 11 * mm, "TRIBUNE")
        c.setFont("DS-I", 8)
        c.setFillColor(GREY)
        c.drawRightString(W - M, H - 11 * mm, fr("Les Cahiers de l'engagement · Idées & débats").replace("&amp;", "&"))
        c.setLineWidth(1.2)
        c.line(M, H - 13 * mm, W - M, H - 13 * mm)
        c.setLineWidth(0.4)
        c.line(M, 13 * mm, W - M, 13 * mm)
        c.setFont("DS", 8.5)
        c.setFillColor(colors.black)
        c.drawCentredString(W / 2, 8 * mm, str(printed[doc.page]))
        c.restoreState()

    top = H - 17 * mm
    bot = 16 * mm
    hdr_h = 46 * mm
    f1 = [Frame(M, top - hdr_h, W - 2 * M, hdr_h, id="hd", leftPadding=0, rightPadding=0),
          Frame(M, bot, colw, top - hdr_h - bot, id="c1", leftPadding=0, rightPadding=0),
          Frame(M + colw + gap, bot, colw, top - hdr_h - bot, id="c2", leftPadding=0, rightPadding=0)]
    f2 = [Frame(M, bot, colw, top - bot, id="d1", leftPadding=0, rightPadding=0),
          Frame(M + colw + gap, bot, colw, top - bot, id="d2", leftPadding=0, rightPadding=0)]
    t1 = PageTemplate("t1", frames=f1, onPage=page)
    t2 = PageTemplate("t2", frames=f2, onPage=page)
    st_title = S("tt", "DS-B", 22, 26, spaceAfter=8)
    st_chapo = S("cp", "DS-I", 10.5, 14, alignment=TA_JUSTIFY, spaceAfter=4)
    st_p = S("p", "DS", 10, 14.2, alignment=TA_JUSTIFY, firstLineIndent=10, spaceAfter=3)
    st_sub = S("sub", "DS-B", 9.6, 12.5, spaceBefore=6, spaceAfter=3)
    st_sig = S("sig", "DS-B", 9, 12, alignment=TA_RIGHT, spaceBefore=6)
    st_small = S("sm", "DC", 6.4, 7.8, alignment=TA_LEFT)
    st_smh = S("smh", "DC-B", 6.8, 8.4, spaceBefore=6, spaceAfter=2)

    body = [
        ("", "Il est des évidences qu'il faut écrire noir sur blanc. Aucun acteur, seul, ne viendra à "
         "bout des fragilités de nos territoires : ni l'État, ni les collectivités, ni les entreprises, "
         "ni les associations. Les Français l'ont compris avant nous : 81 % d'entre eux ressentent un "
         "« devoir d'alliance ». Les maires le vivent au quotidien, puisque 92 % expriment un « besoin "
         "d'alliance ». Et 84 % des dirigeants d'entreprise disent leur « envie d'alliance »."),
        ("", "Ces chiffres ne tombent pas du ciel. Ils prolongent quinze années de recherche menées "
         "par l'Observatoire des partenariats, qui montraient déjà, en 2015, que 69 % des Français "
         "ressentaient ce devoir d'alliance. La progression est nette ; la demande, massive."),
        ("Ce que disent les territoires", "Les partenariats ne sont pas une mode. Ils sont une "
         "source d'innovation pour 74 % des Français, 81 % des dirigeants d'entreprise, 86 % des "
         "responsables associatifs et 87 % des maires. Les maires, justement, sont 76 % à juger "
         "leur territoire engagé ; mais 46 % avouent ne pas savoir piloter ces alliances. C'est "
         "là que tout se joue : entre l'envie et la méthode."),
        ("", "Des territoires ont montré la voie. Dès 2010, la démarche « Agir ensemble en "
         "Territoire » a été expérimentée en Alsace, en Poitou-Charentes et à Paris-Est Marne & "
         "Bois. Depuis le 14 juin 2022, la Fondation des Territoires, forte de 21 co-fondateurs, "
         "prend le relais."),
        ("Un droit, enfin", "Nous saluons la proposition de loi portée par Cathy Racon-Bouzon pour "
         "reconnaître un « droit de l'alliance d'intérêt général ». Agréée par le Bureau de "
         "l'Assemblée nationale et publiée au Journal officiel, elle s'accompagne d'une feuille de "
         "route ministérielle de 21 mesures. C'est un premier pas. Il faut désormais que ce droit "
         "devienne un usage."),
        ("Des outils existent", "Les acteurs n'ont pas attendu la loi. Le Fonds ODD 17, co-créé en "
         "2020 par Le RAMEAU et la Fondation TotalEnergies, expérimente sur trois ans une dotation "
         "de 1,5 M€ au service des « catalyseurs territoriaux ». La Charte du faire alliance, lancée "
         "le 30 novembre 2021, offre un « contrat de confiance » à qui veut s'engager. Et 64 % des "
         "élus locaux veulent s'appuyer sur le « jouer collectif »."),
        ("Pourquoi maintenant", "La crise sanitaire a servi de révélateur. Au moment d'en sortir, "
         "81 % des Français et 84 % des dirigeants de TPE & PME jugeaient utile de co-construire "
         "pour rebondir. Plus de 250 données ont alors été inventoriées pour aider les acteurs à "
         "agir vite et bien. L'élan existe ; il ne doit pas retomber avec l'urgence."),
        ("", "Il serait pourtant faux de croire que tout est acquis. Les alliances demandent du "
         "temps, des personnes pour les animer et des financements qui ne les mettent pas en "
         "concurrence. Elles demandent surtout que chacun accepte de sortir de son rôle habituel : "
         "l'entreprise qui écoute l'association, la collectivité qui partage la décision, la "
         "fondation qui accepte de financer l'incertain."),
        ("Ce que nous demandons", "Nous demandons trois choses. D'abord, que chaque territoire "
         "dispose d'un lieu où les acteurs se rencontrent. Ensuite, que les financements publics "
         "valorisent la co-construction plutôt que la mise en concurrence. Enfin, que l'on mesure : "
         "sans évaluation partagée, une alliance reste une promesse."),
        ("", "L'ODD 17, objectif de développement durable consacré aux partenariats, compte 19 cibles. "
         "Il n'est pas un supplément d'âme : il est la condition des seize autres. Faire alliance "
         "n'est plus une option. C'est une méthode, et c'est maintenant."),
    ]
    story = [NextPageTemplate("t2"),
             P("Faire alliance n'est plus une option", st_title),
             P("Dirigeants associatifs, chefs d'entreprise, élus et responsables de fondations, les "
               "signataires de cette tribune appellent à faire du « droit de l'alliance d'intérêt "
               "général » une réalité dans chaque territoire. Ils s'appuient sur les données "
               "recueillies depuis 2008 par l'Observatoire des partenariats.", st_chapo),
             FrameBreak()]
    for h, t in body:
        if h:
            story.append(P(h, st_sub))
        story.append(P(t, st_p))
    story.append(P("Le collectif « Alliances 17 »", st_sig))
    story.append(P("Liste des signataires", st_smh))
    sigs = [
        ("Agnès Delorme", "présidente d'une association d'insertion par l'activité économique (Alsace)"),
        ("Bruno Kermarrec", "directeur général d'une PME industrielle (Poitou-Charentes)"),
        ("Chantal Obert", "maire d'une commune rurale de moins de 2 000 habitants"),
        ("Damien Farge", "délégué général d'une fondation d'entreprise"),
        ("Élise Nandjui", "coordinatrice d'un pôle territorial de coopération économique"),
        ("François Lebreton", "adjoint au maire chargé de la vie associative"),
        ("Gaëlle Surin", "responsable mécénat d'un groupe de distribution"),
        ("Hugo Mercadier", "secrétaire général d'une fédération sportive départementale"),
        ("Inès Bouchareb", "directrice d'un réseau d'épiceries solidaires"),
        ("Jean-Marc Quilès", "président d'une chambre consulaire régionale"),
        ("Karine Vasseur", "chercheuse en sciences de gestion"),
        ("Louis Penven", "animateur d'un tiers-lieu (Paris-Est Marne & Bois)"),
    ]
    for n, r in sigs:
        story.append(P("<b>%s</b>, %s ;" % (n, r), st_small))
    story.append(Spacer(1, 3))
    story.append(P("Les signataires s'expriment à titre personnel. Liste arrêtée à la date de "
                   "publication.", st_small))
    build(path, story, [t1, t2], title="Tribune — Faire alliance n'est plus une option")
    return path


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for f in (doc01, doc02, doc03, doc04, doc05, doc06):
        p = f()
        print(p)
