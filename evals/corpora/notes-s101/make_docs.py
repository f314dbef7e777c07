# -*- coding: utf-8 -*-
"""Corpus fictif notes-s101 : 5 PDF « à la manière » des publications de l'Observatoire des partenariats.

Déterministe : rl_config.invariant = 1, métadonnées titre / auteur / sujet / créateur / producteur vides.
Usage : /work/main/.venv/bin/python make_docs.py   (écrit les PDF dans le dossier du script)
"""
import os

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (HRFlowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13.5, spaceAfter=6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10, spaceAfter=2)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=10,
                    textColor=colors.HexColor("#1d4e6b"))
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6,
                    spaceAfter=6, textColor=colors.HexColor("#1d4e6b"))
BOX = ParagraphStyle("box", parent=BODY, fontSize=10, leading=13, spaceAfter=3)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=14, bulletIndent=2)
CENTER = ParagraphStyle("center", parent=BODY, alignment=TA_CENTER)


def P(text, style=BODY):
    return Paragraph(text, style)


def box(lines, width=16 * cm, bg="#eef4f7"):
    t = Table([[[P(x, BOX) for x in lines]]], colWidths=[width])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1d4e6b")),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(bg)),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def table(rows, widths, header_rows=1, spans=(), style_extra=()):
    data = [[P(c, CELLB if i < header_rows else CELL) if isinstance(c, str) else c for c in r]
            for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths, repeatRows=0)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
          ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#dbe7ee")),
          ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for a, b in spans:
        st.append(("SPAN", a, b))
    st.extend(style_extra)
    t.setStyle(TableStyle(st))
    return t


def two_cols(left, right, gap=0.6 * cm):
    wcol = (16 * cm - gap) / 2
    t = Table([[left, "", right]], colWidths=[wcol, gap, wcol])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def notes(lines):
    out = [Spacer(1, 8), HRFlowable(width="35%", thickness=0.5, color=colors.grey, hAlign="LEFT"), Spacer(1, 3)]
    out += [P(x, SMALL) for x in lines]
    return out


def build(name, story, header, footer):
    """header(page_index) / footer(page_index) -> (texte gauche, texte droite)."""

    def deco(canv, doc):
        i = canv.getPageNumber()
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(colors.HexColor("#555555"))
        hl, hr = header(i)
        canv.drawString(2.5 * cm, H - 1.4 * cm, hl)
        canv.drawRightString(W - 2.5 * cm, H - 1.4 * cm, hr)
        canv.line(2.5 * cm, H - 1.55 * cm, W - 2.5 * cm, H - 1.55 * cm)
        fl, fr = footer(i)
        canv.drawString(2.5 * cm, 1.2 * cm, fl)
        canv.drawRightString(W - 2.5 * cm, 1.2 * cm, fr)
        canv.restoreState()

    path = os.path.join(HERE, name)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.2 * cm,
                            bottomMargin=2.0 * cm, title="", author="", subject="", creator="", producer="",
                            keywords="")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    return path


# ---------------------------------------------------------------------------------------------------------
# (a) Note de plaidoyer : 3 pages PDF, pages imprimées 2 à 4
# ---------------------------------------------------------------------------------------------------------
def doc_a():
    s = []
    s.append(P("Faire alliance : un levier que les politiques publiques sous-estiment", H1))
    s.append(P("Note de plaidoyer du Collectif Territoires Solidaires, à l'attention des parlementaires et des "
               "associations d'élus.", BODY))
    s.append(P("En 2015, 69 % des Français estimaient déjà que faire alliance relevait d'un devoir<super>1</super>. "
               "Six ans plus tard, ils sont 81 % à le penser<super>2</super>, et la proportion atteint 92 % chez "
               "les maires."))
    s.append(P("Les études de terrain vont dans le même sens. Selon l'enquête conduite en mai-juin 2016 auprès de "
               "plus de 1 380 responsables associatifs<super>3</super>, une association compte en moyenne 2,5 "
               "partenaires ; 74 % travaillent avec une collectivité et 28 % seulement avec une entreprise."))
    s.append(Spacer(1, 4))
    s.append(box(["<b>Encadré - Ce que coûte l'isolement</b>",
                  "Dans les communes de moins de 3 500 habitants, 6 associations sur 10 déclarent n'avoir aucun "
                  "partenaire privé<super>4</super>. Elles sont pourtant les premières à porter les services de "
                  "proximité."]))
    s += notes([
        "1. Observatoire des partenariats, PHARE-Citoyens, enquête réalisée en 2015 auprès de plus de 2 000 "
        "personnes, publiée en septembre 2015.",
        "2. Le RAMEAU, « Le droit à l'alliance d'intérêt général », terrain fin 2020, parution en 2021.",
        "3. Recherches &amp; Solidarités et Le RAMEAU, « Associations &amp; Partenariats », enquête de mai-juin "
        "2016, parution en mars 2017.",
        "4. Institut Lucane, Baromètre de la vie associative rurale, terrain d'octobre 2021 auprès de 812 "
        "associations, publié en 2022.",
    ])
    s.append(PageBreak())

    s.append(P("1. Des élus prêts, mais démunis", H2))
    s.append(P("Les maires sont nombreux à voir leur territoire bouger : 76 % le jugent engagé, mais 46 % avouent "
               "ne pas savoir piloter les coopérations<super>5</super>."))
    s.append(P("La dernière vague d'enquête confirme ce diagnostic. Interrogés par téléphone du 30 septembre au "
               "28 octobre, 302 maires ont répondu<super>6</super> : 91 % d'entre eux voient leur territoire en "
               "mouvement. Parmi les répondants, 84 % dirigent une commune de moins de 2 000 habitants."))
    s.append(P("Les petites communes sont aussi les moins équipées. D'après l'Agence Cantor<super>7</super>, 58 % des "
               "communes de moins de 1 000 habitants n'ont aucun agent dédié à la vie associative, contre 17 % de "
               "celles de plus de 10 000 habitants."))
    s.append(Spacer(1, 4))
    s.append(box(["<b>Chiffre clé</b>",
                  "64 % des élus locaux souhaitent s'appuyer sur le « jouer collectif »<super>8</super>."],
                 width=9 * cm, bg="#fdf3e3"))
    s += notes([
        "5. Observatoire des partenariats, programme IMPACT 2018-2022, volet « élus locaux ».",
        "6. Observatoire des partenariats, IMPACTS &amp; TRAJECTOIRES - Élus locaux, terrain du 30 septembre au 28 "
        "octobre 2024, parution en novembre 2024.",
        "7. Agence Cantor, « Les moyens des communes pour la vie locale », données 2022 portant sur 1 204 "
        "communes, rapport publié en juin 2023.",
        "8. Synthèse du 3e dîner « Élus &amp; Entreprises », 2019.",
    ])
    s.append(PageBreak())

    s.append(P("2. Nos propositions", H2))
    s.append(P("Proposition 1 - Doter chaque intercommunalité d'un fonds d'amorçage : 50 000 € par an pendant "
               "3 ans suffiraient, selon nos calculs, à lancer une coopération durable.", BULLET, ))
    s.append(P("Proposition 2 - Former 1 élu sur 5 aux méthodes de co-construction d'ici 2027 ; le coût de ce "
               "plan est estimé à 12 M€ sur la période.", BULLET))
    s.append(P("Proposition 3 - Reconnaître un droit de l'alliance d'intérêt général, comme le prévoit la "
               "proposition de loi déposée en février par la députée Cathy Racon-Bouzon, accompagnée d'une "
               "feuille de route de 21 mesures<super>9</super>.", BULLET))
    s.append(P("Ces propositions s'appuient sur l'expérience accumulée par Le RAMEAU, qui a mené des "
               "expérimentations auprès de plus de 500 organisations depuis 2006 et recensé plus de 1 000 "
               "exemples inspirants<super>10</super>."))
    s.append(P("Cette note est cosignée par 37 réseaux associatifs et 4 fédérations d'élus."))
    s += notes([
        "9. Texte agréé par le Bureau de l'Assemblée nationale ; voir aussi la loi n° 2014-856 du 31 juillet "
        "2014 relative à l'économie sociale et solidaire.",
        "10. Le RAMEAU, présentation institutionnelle, 2022.",
    ])
    s.append(Spacer(1, 14))
    s.append(P("Contact presse : Inès Marrou, 01 45 67 89 12 - Collectif Territoires Solidaires, 18 rue des "
               "Tanneurs, 69001 Lyon", SMALL))

    build("obs-s101-01-note-plaidoyer.pdf", s,
          lambda i: ("Collectif Territoires Solidaires - Note de plaidoyer n° 12", "Janvier 2025"),
          lambda i: ("Faire alliance, un levier sous-estimé", "- %d -" % (i + 1)))


# ---------------------------------------------------------------------------------------------------------
# (b) Rapport d'activité annuel d'une fondation : 4 pages PDF, pages imprimées 12 à 15
# ---------------------------------------------------------------------------------------------------------
def doc_b():
    s = []
    s.append(P("Fondation Hélianthe - L'année 2023 en bref", H1))
    left = [box(["<b>Chiffres clés 2023</b>",
                 "4,2 M€ de budget engagé (3,6 M€ en 2022)",
                 "87 projets soutenus, contre 71 l'année précédente",
                 "plus de 12 500 bénéficiaires directs",
                 "19 départements couverts"], width=7.7 * cm)]
    right = [P("<b>Le mot de la présidente</b>"),
             P("« Notre budget a progressé de 17 % en un an. Pour la première fois, plus d'un tiers de nos "
               "soutiens est allé à des communes rurales. Je remercie les équipes et les bénévoles qui ont rendu "
               "cela possible. » - Claire Vasseur, présidente")]
    s.append(two_cols(left, right))
    s.append(Spacer(1, 10))
    s.append(P("Créée en 2011 sous l'égide de la Fondation de France, la Fondation Hélianthe soutient les "
               "coopérations entre associations, entreprises et collectivités dans les territoires ruraux. Elle "
               "emploie 9 salariés."))
    s.append(P("Le présent rapport couvre l'exercice clos le 31 décembre 2023 ; il a été approuvé par le conseil "
               "d'administration du 6 juin 2024."))
    s.append(PageBreak())

    s.append(P("1. Répartition des soutiens par domaine", H2))
    rows = [["Domaine", "Projets soutenus en 2023", "Part du budget 2023 (%)"],
            ["Insertion et emploi", "24", "30"],
            ["Éducation et jeunesse", "21", "23"],
            ["Environnement", "17", "21"],
            ["Santé et précarité", "15", "15"],
            ["Culture et lien social", "10", "11"]]
    s.append(table(rows, [7 * cm, 4.5 * cm, 4.5 * cm]))
    s.append(Spacer(1, 8))
    s.append(P("L'environnement progresse le plus : sa part passe de 14 % à 21 % du budget. La culture recule "
               "légèrement, faute de candidatures."))
    s.append(P("Source : comptabilité analytique de la fondation, exercice 2023.", SMALL))
    s.append(PageBreak())

    s.append(P("2. Les bénéficiaires", H2))
    left = [P("En 2023, les projets soutenus ont touché 12 640 bénéficiaires directs, dont 7 380 jeunes de moins "
              "de 26 ans. Ces derniers représentent 58 % du total, contre 52 % en 2022."),
            P("Parmi l'ensemble des bénéficiaires, les femmes sont 6 950, soit 55 %.")]
    right = [P("Les bénévoles mobilisés par les associations lauréates sont estimés à près de 1 900, soit trois "
               "cents de plus qu'en 2022."),
             P("Satisfaction : les structures accompagnées notent la fondation 8,4/10 (8,1/10 l'an dernier).")]
    s.append(two_cols(left, right))
    s.append(PageBreak())

    s.append(P("3. Comparaison avec l'exercice précédent", H2))
    rows = [["Indicateur", "2022", "2023", "Évolution"],
            ["Dossiers reçus", "312", "398", "+28 %"],
            ["Taux de sélection", "23 %", "22 %", "-1 pt"],
            ["Montant moyen par projet (€)", "50 700", "48 300", "-5 %"]]
    s.append(table(rows, [7 * cm, 3 * cm, 3 * cm, 3 * cm]))
    s.append(Spacer(1, 8))
    s.append(P("4. Perspectives 2024", H2))
    s.append(P("Pour 2024, le conseil d'administration a voté un budget de 4,5 M€, dont 15 % réservés au nouveau "
               "programme « Villages 2030 »."))
    s.append(Spacer(1, 10))
    s.append(P("Fondation Hélianthe, 4 place Bellecour, 69002 Lyon - Tél. 04 72 00 31 58", SMALL))

    build("obs-s101-02-rapport-activite.pdf", s,
          lambda i: ("Fondation Hélianthe", "Rapport d'activité 2023 - publié en juin 2024"),
          lambda i: ("Rapport d'activité 2023", "%d" % (i + 11)))


# ---------------------------------------------------------------------------------------------------------
# (c) Annexe statistique : 3 pages PDF, pages imprimées A-3 à A-5
# ---------------------------------------------------------------------------------------------------------
def doc_c():
    s = []
    s.append(P("Annexe statistique du Baromètre des coopérations locales, 3e édition", H1))
    s.append(P("Tableau A1 - Associations ayant au moins un partenariat avec une entreprise, selon le budget "
               "annuel", H2))
    rows = [["", "Part avec partenariat (%)", "", "Évolution", "Base 2024"],
            ["Budget annuel", "Édition 2022", "Édition 2024", "(points)", "(effectif)"],
            ["Moins de 10 000 €", "18", "21", "+3", "402"],
            ["Plus de 150 000 €", "49", "52", "+3", "180"],
            ["Ensemble des associations", "29", "31", "+2", "1 015"]]
    s.append(table(rows, [5.2 * cm, 2.7 * cm, 2.7 * cm, 2.6 * cm, 2.8 * cm], header_rows=2,
                   spans=[((1, 0), (2, 0))]))
    s.append(Spacer(1, 6))
    s.append(P("Lecture : en 2024, 52 % des associations dont le budget dépasse 150 000 € ont au moins un "
               "partenariat avec une entreprise, soit 3 points de plus qu'en 2022.", SMALL))
    s.append(P("Champ : associations actives en France métropolitaine. Source : OCL, Baromètre des coopérations "
               "locales, éditions 2022 et 2024.", SMALL))
    s.append(PageBreak())

    s.append(P("Tableau A2 - Types de partenaires des associations (plusieurs réponses possibles)", H2))
    rows = [["", "Ensemble (%)", "", "Employeuses (%)"],
            ["Type de partenaire", "2022", "2024", "2024"],
            ["Collectivités territoriales", "71", "74", "86"],
            ["Établissements d'enseignement", "44", "47", "58"],
            ["Entreprises", "29", "31", "42"]]
    s.append(table(rows, [6.4 * cm, 3.2 * cm, 3.2 * cm, 3.2 * cm], header_rows=2,
                   spans=[((1, 0), (2, 0))]))
    s.append(Spacer(1, 6))
    s.append(P("Bases : 968 associations en 2022, 1 015 en 2024, dont 388 associations employeuses.", SMALL))
    s.append(P("Total supérieur à 100 % : plusieurs réponses possibles. Les écarts inférieurs à 2 points ne "
               "sont pas significatifs.", SMALL))
    s.append(PageBreak())

    s.append(P("Tableau A3 - Rappel des éditions antérieures", H2))
    rows = [["Indicateur", "1re édition", "2e édition", "3e édition"],
            ["", "(terrain 2016)", "(terrain 2022)", "(terrain 2024)"],
            ["Partenaires par association (moyenne)", "2,5", "2,7", "2,9"],
            ["Associations ayant un partenariat entreprise (%)", "28", "29", "31"]]
    s.append(table(rows, [7 * cm, 3 * cm, 3 * cm, 3 * cm], header_rows=2))
    s.append(Spacer(1, 8))
    s.append(P("Notes méthodologiques", H2))
    s.append(P("Le terrain de la 3e édition s'est déroulé du 5 au 23 février 2024 auprès de 1 015 responsables "
               "associatifs (taux de réponse : 11,6 %). Les résultats sont pondérés ; la marge d'erreur est de "
               "± 3,1 points pour un résultat de 50 %."))
    s.append(P("Par rapport à la 1re édition (plus de 1 380 répondants en 2016), l'échantillon a diminué "
               "d'environ un quart."))
    s.append(P("Observatoire des coopérations locales (OCL) - annexe publiée en mai 2024.", SMALL))

    build("obs-s101-03-annexe-statistique.pdf", s,
          lambda i: ("Baromètre des coopérations locales - 3e édition", "Annexe statistique - mai 2024"),
          lambda i: ("OCL", "A-%d" % (i + 2)))


# ---------------------------------------------------------------------------------------------------------
# (d) Palmarès d'un appel à projets : 3 pages PDF, pages imprimées 1/3 à 3/3
# ---------------------------------------------------------------------------------------------------------
def doc_d():
    s = []
    s.append(P("Appel à projets « Alliances rurales » - Palmarès 2024", H1))
    s.append(P("Bilan de l'appel", H2))
    s.append(P("L'appel, ouvert du 15 mars au 31 mai 2024, a reçu 214 candidatures venues de 11 régions. Un jury "
               "de 11 membres, réuni le 8 octobre, en a retenu 9, soit un taux de sélection de 4,2 %."))
    s.append(P("Dotation totale : 620 000 €, soit en moyenne près de 69 000 € par lauréat."))
    s.append(P("Près de deux tiers des candidatures (64 %) émanaient d'associations de moins de 5 salariés. Les "
               "projets retenus toucheront au total 3 450 bénéficiaires, sur 36 mois au plus."))
    s.append(box(["<b>Pour mémoire</b>",
                  "La 1re édition, en 2022, avait reçu 146 candidatures et distingué 7 lauréats."],
                 width=12 * cm))
    s.append(PageBreak())

    hdr = ["N°", "Lauréat (commune, département)", "Projet", "Montant accordé (€)", "Durée",
           "Bénéficiaires prévus"]
    widths = [0.9 * cm, 4.3 * cm, 4.1 * cm, 2.4 * cm, 1.7 * cm, 2.6 * cm]
    s.append(P("Les lauréats (1/2)", H2))
    rows = [hdr,
            ["1", "Les Jardins du Causse (Millau, 12)", "Potagers partagés intergénérationnels", "85 000",
             "3 ans", "420"],
            ["2", "Coopérative Bois &amp; Liens (Ambert, 63)", "Filière bois local et insertion", "110 000",
             "3 ans", "260"],
            ["3", "Collectif Mobil'Aide (Lons-le-Saunier, 39)", "Transport solidaire à la demande", "72 000",
             "2 ans", "900"],
            ["4", "Les Petites Cantines du Perche (Nogent-le-Rotrou, 28)", "Cantine de village", "48 000",
             "2 ans", "310"]]
    s.append(table(rows, widths))
    s.append(Spacer(1, 6))
    s.append(P("Les montants sont versés par tranches ; les durées courent à compter de la signature de la "
               "convention.", SMALL))
    s.append(PageBreak())

    s.append(P("Les lauréats (2/2)", H2))
    rows = [hdr,
            ["5", "Radio Vallée Verte (Die, 26)", "Radio associative des villages", "40 000", "18 mois", "150"],
            ["6", "Maison des Savoirs Ruraux (Guéret, 23)", "Tiers-lieu numérique", "64 000", "2 ans", "380"],
            ["7", "Atelier Vélo Partagé (Aurillac, 15)", "Réparation et prêt de vélos", "35 000", "12 mois",
             "210"],
            ["8", "Fermes Ouvertes du Gers (Auch, 32)", "Accueil pédagogique à la ferme", "96 000", "3 ans",
             "640"],
            ["9", "Réseau Santé Montagne (Barcelonnette, 04)", "Navette vers les maisons de santé", "70 000",
             "24 mois", "180"]]
    s.append(table(rows, widths))
    s.append(Spacer(1, 8))
    s.append(P("Prochaine édition : dépôt des dossiers avant le 30 avril 2025. Renseignements : 03 80 44 12 90 - "
               "Fonds Convergences, 21000 Dijon.", SMALL))

    build("obs-s101-04-palmares-appel.pdf", s,
          lambda i: ("Fonds Convergences - Appel à projets « Alliances rurales »", "Palmarès publié le 12 décembre 2024"),
          lambda i: ("Fonds Convergences", "%d/3" % i))


# ---------------------------------------------------------------------------------------------------------
# (e) Compte rendu d'un webinaire : 3 pages PDF, pages imprimées 1 à 3
# ---------------------------------------------------------------------------------------------------------
def doc_e():
    s = []
    s.append(P("Compte rendu - « Coopérer en territoire : où en sont les élus ? »", H1))
    s.append(P("5e webinaire du cycle « L'ODD 17 en pratique », 26 novembre 2024, organisé par le Réseau Cap "
               "Alliances.", BODY))
    s.append(P("Le webinaire a réuni 186 participants en direct, pour 241 inscrits, pendant 1 h 30."))
    s.append(box(["<b>Sondage 1</b> - « Votre structure a-t-elle noué un nouveau partenariat en 2024 ? »",
                  "63 % des participants ont répondu oui, 29 % non et 8 % ne savaient pas (142 votants)."]))
    s.append(Spacer(1, 6))
    s.append(P("Ouvrant la séance, Marion Delcourt (Réseau Cap Alliances) a rappelé que l'ODD 17 compte 19 cibles "
               "et que le Fonds ODD 17, co-créé en 2020, dispose d'une dotation de 1,5 M€ sur 3 ans."))
    s.append(PageBreak())

    left = [P("<b>Intervention de Paul Mercadier</b>, maire d'une commune rurale de l'Ain (01) : « Les chiffres "
              "parlent d'eux-mêmes : 92 % des maires disent avoir besoin d'alliances, mais moins d'un sur deux "
              "sait par où commencer. »"),
            P("<b>Intervention de Sophie Nadaud</b> (Fondation Alizé) : elle a présenté l'étude IMPACT Fondations "
              "&amp; Territoires. Sur les 42 fondations interrogées, près des trois quarts financent déjà des "
              "projets co-construits avec des collectivités.")]
    right = [box(["<b>Sondage 2</b> - « Quel est votre principal frein ? »",
                  "Le manque de temps arrive en tête (41 %), devant le manque de financement (33 %) et la "
                  "méconnaissance des partenaires possibles (26 %). Ils étaient 128 à voter."], width=7.7 * cm)]
    s.append(two_cols(left, right))
    s.append(PageBreak())

    s.append(box(["<b>Sondage 3</b> - « Sur une échelle de 0 à 10, à quel point vous sentez-vous outillé pour "
                  "co-construire ? »",
                  "Note moyenne : 5,8/10 (6,3/10 lors du webinaire de juin 2024). Un tiers des votants donnent une "
                  "note inférieure ou égale à 4."]))
    s.append(Spacer(1, 6))
    s.append(P("<b>Intervention de Jean-Luc Ferrand</b> (conseil départemental) : « Dans notre département, 38 "
               "communes sur 112 ont signé une convention de coopération. »"))
    s.append(box(["<b>Sondage 4</b> - « Participerez-vous au prochain webinaire ? » : 71 % oui."]))
    s.append(Spacer(1, 6))
    s.append(P("Depuis son lancement en 2021, le cycle a rassemblé plus de 1 700 participants en cinq webinaires."))
    s.append(P("Prochain rendez-vous : 6e webinaire le 28 janvier 2025 à 11 h. Inscriptions : "
               "contact@capalliances.fr ou 05 56 12 34 70.", SMALL))

    build("obs-s101-05-compte-rendu-webinaire.pdf", s,
          lambda i: ("Réseau Cap Alliances - compte rendu", "Rédigé le 3 décembre 2024"),
          lambda i: ("Webinaire du 26/11/2024", "page %d" % i))


if __name__ == "__main__":
    for f in (doc_a, doc_b, doc_c, doc_d, doc_e):
        f()
    print("ok")
