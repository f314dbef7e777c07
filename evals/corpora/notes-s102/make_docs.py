# -*- coding: utf-8 -*-
"""Corpus fictif notes-s102 : 5 PDF de 3 pages. Déterministe (rl_config.invariant = 1)."""
import os
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
ss = getSampleStyleSheet()
B = ParagraphStyle('b', parent=ss['Normal'], fontName='Helvetica', fontSize=10.5, leading=14, spaceAfter=7)
H1 = ParagraphStyle('h1', parent=ss['Heading1'], fontName='Helvetica-Bold', fontSize=16, leading=20, spaceAfter=10)
H2 = ParagraphStyle('h2', parent=ss['Heading2'], fontName='Helvetica-Bold', fontSize=12.5, leading=16, spaceAfter=6)
SM = ParagraphStyle('sm', parent=B, fontSize=8.5, leading=11)
TILE = ParagraphStyle('tile', parent=B, fontSize=10, leading=13, alignment=1)
CELL = ParagraphStyle('cell', parent=B, fontSize=10, leading=13, spaceAfter=0)


def box(paras, bg=colors.HexColor('#EEF2F7')):
    t = Table([[p] for p in paras], colWidths=[16 * cm])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), bg), ('BOX', (0, 0), (-1, -1), 0.8, colors.grey),
                           ('LEFTPADDING', (0, 0), (-1, -1), 8), ('RIGHTPADDING', (0, 0), (-1, -1), 8)]))
    return t


def table(rows, widths):
    data = [[Paragraph(c, CELL) for c in r] for r in rows]
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#DDE5EE')),
                           ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    return t


def tiles(cells, ncol=2):
    rows, row = [], []
    for c in cells:
        row.append(Paragraph(c, TILE))
        if len(row) == ncol:
            rows.append(row); row = []
    if row:
        rows.append(row + [''] * (ncol - len(row)))
    t = Table(rows, colWidths=[16 * cm / ncol] * ncol, rowHeights=[3.2 * cm] * len(rows))
    t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1, colors.white), ('INNERGRID', (0, 0), (-1, -1), 4, colors.white),
                           ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#E7F0E4')),
                           ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    return t


def build(name, pages, header, footer):
    """pages: liste de listes de flowables ; header/footer : fonctions (n_pdf) -> str."""
    path = os.path.join(HERE, name)

    def deco(canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        canv.setFont('Helvetica', 8)
        canv.drawString(2.5 * cm, A4[1] - 1.4 * cm, header(n))
        canv.drawString(2.5 * cm, 1.2 * cm, footer(n))
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2.2 * cm,
                            bottomMargin=2.2 * cm, title='', author='', subject='', creator='', producer='',
                            keywords='')
    story = []
    for i, p in enumerate(pages):
        story += p
        if i < len(pages) - 1:
            story.append(PageBreak())
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


P = lambda t, s=B: Paragraph(t, s)

# ---------------------------------------------------------------- (a) note au CA
build('obs-s102-01-note-ca.pdf', [
    [P("Budget prévisionnel 2025 et écarts au réalisé 2024", H1),
     P("Le budget prévisionnel 2025 s'élève à 1,24 M€, contre un réalisé 2024 de 1 186 400 €."),
     P("L'association compte 412 adhérents au 31 décembre 2024, dont 37 bénévoles réguliers ; ils étaient 389 un an plus tôt."),
     P("Tableau 1 - Principales ressources", H2),
     table([["Poste", "Réalisé 2024", "Prévu 2025"],
            ["Subventions des collectivités", "486 000 €", "502 000 €"],
            ["Mécénat d'entreprises", "214 500 €", "240 000 €"]], [7 * cm, 4.5 * cm, 4.5 * cm]),
     Spacer(1, 10),
     P("Les montants sont arrondis à la centaine d'euros ; le détail figure en annexe 4 du dossier.", SM)],
    [P("Écarts au réalisé 2024", H1),
     P("Les charges de personnel ont dépassé la prévision de 7 %, soit 31 800 € de plus que prévu, après l'embauche de deux salariés en septembre 2024."),
     box([P("<b>Point d'attention.</b> Les fonds propres représentent 18 % du budget annuel, contre 25 % visés par le plan stratégique1 pour 2023-2026.", CELL)]),
     Spacer(1, 10),
     P("Les 58 communes adhérentes n'ont pas toutes suivi. Celles de moins de 3 500 habitants ont réduit leur soutien : elles ne représentent plus que 41 % du montant versé par les communes."),
     Spacer(1, 30),
     P("1. Plan stratégique adopté par l'assemblée générale du 22 juin 2023 (délibération n° 2023-07).", SM)],
    [P("Décisions proposées au conseil", H1),
     P("• Décision 1 : porter la cotisation annuelle de 25 € à 30 € à compter du 1er janvier 2026."),
     P("• Décision 2 : recruter un troisième animateur à mi-temps, pour un coût annuel estimé à 19 500 €."),
     P("• Décision 3 : affecter 60 % de l'excédent de 2024 aux fonds propres."),
     P("Quorum", H2),
     P("Sur les 15 administrateurs, 11 étaient présents ou représentés lors de la séance préparatoire du 3 mars 2025."),
     P("Le conseil statue à la majorité simple ; en cas d'égalité, la voix de la présidente est prépondérante.")],
], header=lambda n: "PASSERELLES SOLIDAIRES DU BOCAGE - Note au conseil d'administration - séance du 14 mars 2025",
   footer=lambda n: "Dossier de séance - page %d - 8 rue des Tanneurs, 53100 Mayenne - tél. 02 43 00 17 25" % (11 + n))

# ---------------------------------------------------------------- (b) rapport d'évaluation
build('obs-s102-02-rapport-evaluation.pdf', [
    [P("Évaluation du programme Cap Alliances Rurales (2021-2024)", H1),
     P("Le programme Cap Alliances Rurales a accompagné 64 associations et 23 entreprises de 2021 à 2024 sur trois territoires ruraux."),
     P("Une première évaluation, publiée en 2022, comptait alors 41 associations accompagnées."),
     box([P("<b>Encadré méthodologique n° 1 - L'enquête</b>", CELL),
          P("Enquête en ligne du 7 octobre au 29 novembre 2024 : 318 répondants, dont 142 dirigeants associatifs et 96 chefs d'entreprise.", CELL),
          P("Le taux de réponse atteint 38 % des personnes sollicitées.", CELL)]),
     Spacer(1, 8),
     P("Le rapport est publié en février 2025 par l'Atelier Prisme Évaluation.", SM)],
    [P("Indicateurs avant / après, par territoire", H1),
     P("Tableau 3 - Part des associations ayant au moins un partenaire entreprise (%)", H2),
     table([["Territoire", "Avant (2021)", "Après (2024)"],
            ["Haut-Jura", "22 %", "47 %"],
            ["Pays de Redon", "31 %", "52 %"],
            ["Val de Gartempe", "18 %", "29 %"]], [7 * cm, 4.5 * cm, 4.5 * cm]),
     Spacer(1, 10),
     P("Dans le Val de Gartempe, la progression est plus lente : elle y atteint 11 points, contre 25 points dans le Haut-Jura."),
     P("Source : enquêtes 2021 et 2024, Atelier Prisme Évaluation.", SM)],
    [P("Satisfaction et suites", H1),
     P("Les dirigeants associatifs donnent une note moyenne de 7,4/10 à l'accompagnement ; les chefs d'entreprise, 6,8/10."),
     P("Parmi les entreprises de moins de 50 salariés, 58 % déclarent vouloir poursuivre le partenariat au-delà de 2025."),
     box([P("<b>Encadré méthodologique n° 2 - Lire les écarts</b>", CELL),
          P("Un écart inférieur à 5 points n'est pas significatif compte tenu de la taille de l'échantillon (n = 318).", CELL)]),
     Spacer(1, 8),
     P("Le coût du programme s'établit à 2 150 € par association accompagnée, financé à 70 % par la région.")],
], header=lambda n: "Atelier Prisme Évaluation - Rapport final - février 2025",
   footer=lambda n: "- %d -" % (20 + n))

# ---------------------------------------------------------------- (c) infographie recto-verso
build('obs-s102-03-infographie.pdf', [
    [P("L'ALLIANCE EN CHIFFRES - recto", H1),
     tiles(["<font size=20><b>69 %</b></font><br/>des Français ressentent un « devoir d'alliance » (PHARE-Citoyens, sept. 2015) [1]",
            "<font size=20><b>87 %</b></font><br/>des maires partagent ce constat (PHARE-Institutions, 2016) [2]",
            "<font size=20><b>148 000</b></font><br/>associations employeuses, dont 98 % ont au moins un partenaire [3]",
            "<font size=20><b>302</b></font><br/>maires interrogés par téléphone du 30 sept. au 28 oct. 2024 [4]",
            "<font size=20><b>91 %</b></font><br/>d'entre eux voient leur territoire en mouvement [4]",
            "<font size=14><b>Repères</b></font><br/>Sources numérotées au verso de la page 3"]),
     ],
    [P("L'ALLIANCE EN CHIFFRES - verso", H1),
     tiles(["<font size=20><b>1,5 M€</b></font><br/>de dotation pour le Fonds ODD 17, sur 3 ans [5]",
            "<font size=20><b>350</b></font><br/>« catalyseurs territoriaux » visés par le fonds [5]",
            "<font size=20><b>42</b></font><br/>fondations interrogées pour l'étude IMPACT Fondations &amp; Territoires [6]",
            "<font size=20><b>21</b></font><br/>co-fondateurs pour la Fondation des Territoires, créée le 14 juin 2022 [7]",
            "<font size=20><b>500</b></font><br/>Plus de 500 organisations ont participé aux expérimentations de Le RAMEAU depuis 2006 [8]",
            "<font size=14><b>Rappel</b></font><br/>En 2008, 86 % des Français jugeaient urgent de créer des partenariats ; ils étaient 84 % en 2012 [9]"]),
     ],
    [P("Zoom et sources", H1),
     box([P("<b>Zoom régional</b> (enquête fictive de la CCI Loire-Océan, juin 2024)", CELL),
          P("Entreprises de 10 à 49 salariés : 3 sur 10 ont un partenariat associatif.", CELL),
          P("Entreprises de moins de 10 salariés : 1 sur 4.", CELL)]),
     Spacer(1, 10),
     P("Note de lecture : 74 % des Français, 81 % des dirigeants d'entreprise, 86 % des responsables associatifs et 87 % des maires voient les partenariats comme source d'innovation [10]."),
     P("Sources", H2),
     P("[1] PHARE-Citoyens, Comisis-OpinionWay, septembre 2015. [2] PHARE-Institutions, 29 novembre 2016. [3] IMPACT - Associations &amp; Territoires. [4] IMPACTS &amp; TRAJECTOIRES - Élus locaux, novembre 2024. [5] Fonds ODD 17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. [6] Étude IMPACT Fondations &amp; Territoires. [7] Fondation des Territoires. [8] Le RAMEAU. [9] Études ARPEA 2008 et 2012. [10] Programme IMPACT.", SM)],
], header=lambda n: "Observatoire fictif des coopérations territoriales - infographie - décembre 2024",
   footer=lambda n: "Infographie %d/3" % n)

# ---------------------------------------------------------------- (d) portrait d'entreprise mécène
build('obs-s102-04-portrait-mecene.pdf', [
    [P("Menuiseries Larcher : le mécénat comme métier", H1),
     P("Fondée en 1962 à Cholet, Menuiseries Larcher emploie aujourd'hui 184 salariés et a réalisé 27,6 millions d'euros de chiffre d'affaires en 2024."),
     P("Depuis 2018, l'entreprise consacre 0,8 % de son résultat net au mécénat, soit 96 000 € en 2024."),
     P("« Nous avons commencé avec deux associations du quartier ; nous en soutenons onze aujourd'hui », résume Hélène Larcher, présidente.")],
    [P("Les formes de l'engagement", H1),
     Table([[P("<b>Mécénat de compétences.</b> En 2024, 43 collaborateurs ont donné de leur temps à des associations, soit 23 % des salariés.", CELL),
             P("<b>Produits-partage.</b> 2 € sont reversés par fenêtre vendue de la gamme « Bocage », soit 18 400 € en 2024 au profit de 3 associations environnementales.", CELL)]],
           colWidths=[7.8 * cm, 7.8 * cm], style=[('VALIGN', (0, 0), (-1, -1), 'TOP'), ('RIGHTPADDING', (0, 0), (0, 0), 14)]),
     Spacer(1, 12),
     box([P("<b>Fonds de dotation Larcher Avenir - chiffres 2024</b>", CELL),
          P("Budget : 150 000 €", CELL), P("Projets soutenus : 27", CELL), P("Part consacrée à l'insertion : 45 %", CELL)])],
    [P("Paroles de dirigeante et perspectives", H1),
     P("« Quand 9 salariés sur 10 disent être fiers de ces partenariats, je sais que ce n'est pas du marketing » (baromètre interne, janvier 2025)."),
     P("Objectif 2027 : porter à 60 le nombre de collaborateurs engagés et à 1 % la part du résultat net consacrée au mécénat."),
     P("L'entreprise figure parmi les 12 lauréates 2024 du trophée régional « Entreprendre ensemble » (3e édition)."),
     P("En comparaison, 37 % des entreprises d'au moins 10 salariés déclaraient un partenariat associatif en 2016 (note de l'Observatoire du 29 février 2016)."),
     Spacer(1, 12),
     P("Contact : mecenat@larcher.example - 02 41 00 62 18 - 49300 Cholet", SM)],
], header=lambda n: "Étude de cas n° 7 - Entreprises mécènes en Pays de la Loire - avril 2025",
   footer=lambda n: "p. %d" % (30 + n))

# ---------------------------------------------------------------- (e) synthèse d'atelier participatif
build('obs-s102-05-synthese-atelier.pdf', [
    [P("Atelier « Faire alliance en Sud-Vendée » - synthèse", H1),
     P("Fontenay-le-Comte (85200), 3 juin 2025.", SM),
     P("L'atelier a réuni 46 participants : 19 élus, 15 responsables associatifs et 12 chefs d'entreprise."),
     P("Chacun disposait de 5 gommettes à répartir entre 8 priorités affichées au mur."),
     P("La précédente édition, en mars 2023, avait rassemblé 31 personnes.")],
    [P("Classement des priorités", H1),
     table([["Rang", "Priorité", "Gommettes", "Part des votes"],
            ["1", "Mutualiser les locaux vides", "58", "28 %"],
            ["2", "Créer un annuaire des compétences", "47", "22 %"],
            ["3", "Former les bénévoles à la gestion", "39", "19 %"]], [1.5 * cm, 8 * cm, 3 * cm, 3.5 * cm]),
     Spacer(1, 10),
     P("Au total, 210 gommettes ont été posées ; 4 participants n'ont pas voté.")],
    [P("Verbatims", H1),
     P("« Nous sommes 4 salariés pour 120 bénévoles, et personne n'a le temps de chercher des partenaires » (un responsable associatif)."),
     P("« Mon entreprise a donné 2 500 € l'an dernier sans savoir à qui s'adresser » (un chef d'entreprise)."),
     P("Deux tiers des élus présents se disent prêts à ouvrir un local dès 2026."),
     P("Les 8 propositions seront présentées au conseil communautaire, qui regroupe 27 communes."),
     P("Prochain atelier : jeudi 18 septembre 2025, salle n° 3 de la mairie, à 14 h.", SM)],
], header=lambda n: "Synthèse d'atelier - Conseil de développement Sud-Vendée - juin 2025",
   footer=lambda n: "Synthèse - page %d sur 4" % (n + 1))
