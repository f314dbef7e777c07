# Deterministic generator of the s10 blind documents (reportlab, invariant=1).
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, NextPageTemplate, PageBreak, FrameBreak, KeepTogether)

FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', FD + 'DejaVuSans-Oblique.ttf'))

body = ParagraphStyle('body', fontName='DV', fontSize=10, leading=14, spaceAfter=6)
small = ParagraphStyle('small', parent=body, fontSize=8.5, leading=11)
label = ParagraphStyle('label', fontName='DVB', fontSize=10, leading=14, textColor=colors.HexColor('#8a3b12'), spaceAfter=4)
title = ParagraphStyle('title', fontName='DVB', fontSize=20, leading=25, spaceAfter=8)
h2 = ParagraphStyle('h2', fontName='DVB', fontSize=13, leading=17, spaceBefore=6, spaceAfter=6)
year = ParagraphStyle('year', fontName='DVI', fontSize=11, leading=15, spaceAfter=12)
bullet = ParagraphStyle('bullet', parent=body, leftIndent=14, bulletIndent=4, spaceAfter=3, bulletFontName='DV')
slide_t = ParagraphStyle('slidet', fontName='DVB', fontSize=24, leading=30, spaceAfter=18)
slide_l = ParagraphStyle('slidel', fontName='DV', fontSize=18, leading=26, spaceAfter=6)
cell = ParagraphStyle('cell', fontName='DV', fontSize=9, leading=11)
cellb = ParagraphStyle('cellb', fontName='DVB', fontSize=9, leading=11)

def P(t, s=body): return Paragraph(t, s)
def B(items): return [Paragraph(i, bullet, bulletText='•') for i in items]

def make(fname, banner, footer, first_label, parts, pagesize=A4, first='cover'):
    W, H = pagesize
    m = 2 * cm
    def deco(canv, doc, cover=False):
        canv.saveState()
        canv.setFont('DV', 8)
        canv.drawString(m, H - 1.2 * cm, banner)
        canv.line(m, H - 1.35 * cm, W - m, H - 1.35 * cm)
        canv.drawString(m, 1.0 * cm, footer)
        if not cover and first_label is not None:
            canv.drawRightString(W - m, 1.0 * cm, str(first_label + doc.page - 2))
        canv.restoreState()
    full = Frame(m, 1.8 * cm, W - 2 * m, H - 3.6 * cm, id='full')
    gap = 0.8 * cm
    cw = (W - 2 * m - gap) / 2
    c1 = Frame(m, 1.8 * cm, cw, H - 3.6 * cm, id='c1')
    c2 = Frame(m + cw + gap, 1.8 * cm, cw, H - 3.6 * cm, id='c2')
    doc = BaseDocTemplate(fname, pagesize=pagesize, invariant=1, title=fname, author='Observatoire des partenariats')
    tpls = {'cover': PageTemplate('cover', [full], onPage=lambda c, d: deco(c, d, True)),
            'one': PageTemplate('one', [full], onPage=deco),
            'two': PageTemplate('two', [c1, c2], onPage=deco)}
    order = [first] + [k for k in ('cover', 'one', 'two') if k != first]
    doc.addPageTemplates([tpls[k] for k in order])
    doc.build(parts)

def table(rows, widths, header=True):
    data = [[Paragraph(str(c), cellb if (i == 0 and header) or j == 0 else cell) for j, c in enumerate(r)] for i, r in enumerate(rows)]
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.grey),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e8e0d0')),
                           ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    return t

def keybox(title_txt, lines, width):
    data = [[Paragraph(title_txt, cellb)]] + [[Paragraph(l, cell)] for l in lines]
    t = Table(data, colWidths=[width])
    t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1.2, colors.HexColor('#8a3b12')),
                           ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#fbf3e8')),
                           ('TOPPADDING', (0, 0), (-1, -1), 4)]))
    return t

WEB = 'www.observatoire-des-partenariats.fr'

# ---------------- Doc 01: IMPACT Associations (cover + 2 pages, printed pages 14-15)
d1 = [
    P('ÉTUDE', label),
    P('Les associations employeuses et leurs alliances', title),
    P('Programme IMPACT – volet Associations &amp; Territoires', h2),
    P('Édition 2025', year),
    P("Ce cahier rend compte d'un des travaux conduits dans le cadre du programme IMPACT. "
      "Ce programme est porté collectivement. La Caisse des Dépôts, l'Institut CDC pour la Recherche, "
      "le Groupe La Poste, la Fondation TOTAL et Le RAMEAU en sont les partenaires."),
    P("Le programme observe les effets des alliances selon trois axes : l'innovation sociétale et "
      "territoriale, la performance des organisations et la confiance."),
    NextPageTemplate('two'), PageBreak(),
    P('1. Un réflexe devenu général', h2),
    P("Le champ de l'étude couvre les associations qui emploient au moins un salarié. On en dénombre "
      "148 000 sur le territoire national."),
    P("La relation partenariale y est presque universelle. 98 % d'entre elles déclarent au moins un partenaire."),
    P("L'échelle de ces coopérations reste avant tout de proximité : 73 % des associations employeuses "
      "agissent avec des partenaires à l'échelon local. La dimension régionale concerne 47 % d'entre elles."),
    FrameBreak(),
    P('2. Quatre façons de coopérer', h2),
    P("Les formes de partenariat se cumulent. Le mécénat arrive en tête et concerne 75 % des répondants."),
    P("Vient ensuite l'innovation sociétale. Elle est citée par 73 % des associations."),
    P("Les pratiques responsables suivent de près. Elles rassemblent 70 % des réponses, "
      "devant la coopération économique, mentionnée par 58 %."),
    NextPageTemplate('one'), PageBreak(),
    P('3. Avec qui les associations font-elles alliance ?', h2),
    P("Le tableau rapproche deux enquêtes. Les pourcentages indiquent la part d'associations qui "
      "déclarent chaque type de partenaire ; « n.d. » signale une catégorie absente de l'enquête."),
    table([['Type de partenaire', 'Enquête Associations &amp; Partenariats (2017)', 'Étude IMPACT – Associations &amp; Territoires'],
           ['Collectivités territoriales', '74 %', '89 %'],
           ['Établissements scolaires et d\'enseignement', '47 %', '70 %'],
           ['Associations et fondations', '72 %', 'n.d.'],
           ["Collectifs d'associations", 'n.d.', '56 %'],
           ["Structures d'intérêt général", 'n.d.', '73 %'],
           ['Acteurs publics nationaux', 'n.d.', '52 %'],
           ['Fédérations professionnelles', 'n.d.', '37 %'],
           ['Recherche et monde académique', '9 %', '35 %'],
           ['Entreprises', '28 %', 'n.d.'],
           ["Structures d'insertion", '22 %', 'n.d.']],
          [6.5 * cm, 5 * cm, 5.5 * cm]),
    Spacer(1, 10),
    P("L'enquête de 2017 a été publiée en mars par Recherches &amp; Solidarités avec Le RAMEAU. Le terrain "
      "s'était déroulé en mai et juin 2016. Plus de 1 380 responsables associatifs y ont répondu.", small),
    P("Une association y compte en moyenne 2,5 partenaires.", small),
    P('La taille du budget pèse lourd', h2),
    P("Les grandes structures s'ouvrent davantage au monde économique. Parmi les associations dont le "
      "budget dépasse 150 000 €, la moitié a noué un partenariat avec une entreprise. Sous la barre des "
      "10 000 € de budget, elles ne sont que 20 %."),
]
make('obs-s10-01-impact-associations.pdf', 'Observatoire des partenariats · Programme IMPACT · Cahier Associations',
     WEB + ' — Le RAMEAU', 14, d1)

# ---------------- Doc 02: PHARE slides (landscape, 5 slides)
LS = landscape(A4)
sw = LS[0] - 4 * cm
d2 = [
    P('DIAPORAMA', label),
    P('PHARE 2013-2018', ParagraphStyle('big', parent=slide_t, fontSize=34, leading=42)),
    P("Le deuxième programme d'études de l'Observatoire des partenariats", slide_l),
    P('Support de présentation – 2017', year),
    NextPageTemplate('one'), PageBreak(),
    P('Six volets, de 2015 à 2016', slide_t),
    P('Citoyens : septembre 2015', slide_l),
    P('Entreprises : octobre 2015', slide_l),
    P('Associations : novembre 2015', slide_l),
    P('Treize rapports régionaux : 2016', slide_l),
    P('Diagnostics sectoriels : juillet 2016', slide_l),
    P('Institutions : automne 2016', slide_l),
    PageBreak(),
    P('PHARE-Citoyens : ce qui compte pour les Français', ParagraphStyle('st2', parent=slide_t, fontSize=20, leading=26, spaceAfter=10)),
    table([['Enjeu', 'Importance (note sur 10)', 'Impact jugé fort des partenariats'],
           ['Emploi', '7,1', '49 %'],
           ["Pouvoir d'achat", '6,6', 'n.c.'],
           ['Développement économique', '6,5', '46 %'],
           ['Environnement', '6,3', '42 %'],
           ['Exclusion', '6,3', 'n.c.'],
           ['Précarité', 'n.c.', '36 %'],
           ['Éducation', 'n.c.', '36 %']],
          [8 * cm, 7 * cm, 8 * cm]),
    Spacer(1, 8),
    P('Panel : plus de 2 000 personnes interrogées', slide_l),
    PageBreak(),
    P("Le « devoir d'alliance »", slide_t),
    P('Français : 69 % (PHARE-Citoyens, sept. 2015)', slide_l),
    P("Dirigeants d'entreprise : 81 %", slide_l),
    P('Responsables associatifs : 86 %', slide_l),
    P('Maires : 87 % (PHARE-Institutions)', slide_l),
    PageBreak(),
    P('Et après PHARE ?', slide_t),
    P('PHARE-Institutions publié le 29 novembre 2016', slide_l),
    P('Cinq profils de maires identifiés', slide_l),
    P('Relais : plan IMPACT 2018-2022', slide_l),
    P('Lancement en novembre 2017', slide_l),
]
make('obs-s10-02-phare-diaporama.pdf', 'Observatoire des partenariats — PHARE', WEB, 1, d2, pagesize=LS)

# ---------------- Doc 03: history (2 pages, printed 1-2 on all? cover page counts)
d3 = [
    P('REPÈRES', label),
    P("Quinze ans d'Observatoire des partenariats", title),
    P('Publié en 2023', year),
    P('Une association laboratoire', h2),
    P("À l'origine de la démarche se trouve Le RAMEAU. Cette association, reconnue d'intérêt général, "
      "a vu le jour en 2006."),
    P("Elle se présente comme un « laboratoire de recherche empirique ». Depuis sa naissance, elle a mené "
      "des expérimentations avec plus de 500 organisations et recensé plus de 1 000 exemples inspirants."),
    P("Son président-fondateur est Charles-Benoît Heidsieck. La direction générale est assurée par Laurence Weber."),
    P("Un Observatoire à plusieurs mains", h2),
    P("L'Observatoire des partenariats est né deux ans après l'association. Il a été fondé en 2008 par la "
      "Caisse des Dépôts et Le RAMEAU, avec le concours du MEDEF et du Mouvement associatif."),
    P("Attention aux dates : des documents plus anciens, comme le rapport quinquennal, parlent d'un "
      "Observatoire national des partenariats créé en 2007.", small),
    P("Sa direction scientifique est confiée à Anne Robin. Fondatrice du cabinet COMISIS, elle exerce "
      "cette fonction à titre bénévole."),
    P("Trois plans quinquennaux ont structuré les travaux de l'Observatoire :"),
] + B(["ARPEA, de 2008 à 2012 ;", "PHARE, de 2013 à 2018 ;", "IMPACT, de 2018 à 2022, lancé dès novembre 2017."]) + [
    NextPageTemplate('one'), PageBreak(),
    P('Le temps d\'ARPEA', h2),
    P("Le sigle ARPEA signifie « Analyse des Relations et des Partenariats entre Entreprises et "
      "Associations ». Le programme comptait 10 volets."),
    P("Son bilan a pris la forme d'un rapport quinquennal. Ce document a été présenté le 11 décembre 2012."),
    P("Les citoyens ont été interrogés au début et à la fin du plan. Ils étaient 86 % en 2008 à juger urgent "
      "de développer des partenariats entre associations et entreprises. Quatre ans plus tard, la "
      "proportion restait élevée."),
    P("Elle atteignait 84 % en 2012."),
    P("Le volet ARPEA Entreprises &amp; Territoires, publié en janvier 2011, a mesuré l'appétit des entreprises. "
      "21 % développaient déjà des partenariats. Un tiers (33 %) le souhaitaient ; 46 % ne le souhaitaient pas."),
    P('Des travaux aux politiques publiques', h2),
    P("La ministre Valérie Fourneyron a commandé un état des lieux des partenariats entre associations et "
      "entreprises. Il a été publié au début de l'année 2014."),
    P("Une note datée du 29 février 2016 fait le point sur les pratiques. 37 % des entreprises d'au moins "
      "10 salariés ont un partenariat. Côté associations, la part est de 38 %, et monte à 53 % parmi les employeuses."),
    P("En 2019, lors du FNAF, Gabriel Attal a confié une mission à Cathy Racon-Bouzon et Charles-Benoît "
      "Heidsieck. Leur rapport a été remis le 7 mai 2020. Le bilan a suivi."),
    P("Il a été dressé le 17 octobre 2020."),
    P("Une proposition de loi sur le « droit de l'alliance d'intérêt général », portée par Cathy Racon-Bouzon, "
      "a été publiée au Journal officiel. Une feuille de route ministérielle l'accompagne ; elle compte 21 mesures."),
]
make('obs-s10-03-histoire-observatoire.pdf', 'Le RAMEAU · Observatoire des partenariats · Repères',
     'Retrouvez nos publications sur www.lerameau.fr', 2, d3)

# ---------------- Doc 04: newsletter Fondation des Territoires (2 pages)
d4 = [
    P("LETTRE D'INFORMATION", label),
    P('Fondation des Territoires : de la préfiguration à la Charte', title),
    P('Décembre 2022', year),
    NextPageTemplate('two'), FrameBreak() if False else Spacer(1, 0),
]
# page 1 is the cover template with a single frame; put two-column content on page 1 by using 'two' from the start
d4 = [
    P("LETTRE D'INFORMATION", label),
    P('Fondation des Territoires, de la préfiguration à la Charte', ParagraphStyle('t2', parent=title, fontSize=15, leading=19)),
    P('Décembre 2022', year),
    P('Une naissance préparée', h2),
    P("La préfiguration a débuté en juillet 2018. Elle s'est déroulée en trois étapes : de juillet 2018 à "
      "juillet 2019, d'août 2019 à novembre 2020, puis de décembre 2020 à mai 2022."),
    P("La fondation a été officiellement créée le 14 juin 2022. Elle est abritée par la Fondation de Lille."),
    P("Le tour de table est large. On compte 21 co-fondateurs."),
    P("La fondation poursuit trois missions."),
    FrameBreak(),
    P('La Charte du faire alliance', h2),
    P("La Charte a été écrite collectivement. Trois mois de co-construction, pilotés par la Fondation des "
      "Territoires, ont été nécessaires."),
    P("Elle a été dévoilée le 30 novembre 2021, jour du Giving Tuesday. La soirée VitaWin l'a accueillie à "
      "Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois."),
    P("Ses auteurs la décrivent comme un « contrat de confiance »."),
    P("Ses racines remontent à 2010. Cette année-là est née la démarche « Agir ensemble en Territoire », "
      "à la suite de l'étude ARPEA-Collectivités locales réalisée par Comisis-OpinionWay."),
    P("Les premiers territoires pilotes ont été l'Alsace, avec Alsace Active, le Poitou-Charentes, avec le "
      "Groupe La Poste, et Paris-Est Marne &amp; Bois."),
    NextPageTemplate('one'), PageBreak(),
    P("Le Fonds ODD 17 en bref", h2),
    keybox('CHIFFRES CLÉS', [
        'Année de création : 2020',
        'Co-fondateurs : Le RAMEAU et la Fondation TotalEnergies',
        'Dotation : 1,5 M€',
        "Durée de l'expérimentation : 3 ans",
        'Objectif : 350 « catalyseurs territoriaux »',
    ], 9 * cm),
    Spacer(1, 12),
    P("Pour outiller les acteurs, la plateforme www.odd17.org s'organise autour de l'approche M.E.D.O.C. "
      "Les cinq lettres désignent Méthodes, Exemples, Données, Outils et Compétences."),
    P("L'objectif de développement durable n° 17 porte sur les partenariats. Une note du Comité 21 intitulée "
      "« ODD 17 : Sens, décryptages, déclinaisons » a été présentée un 5 juillet. Elle rappelle que cet "
      "objectif se décline en 19 cibles."),
    P('Territoires pionniers', h2),
    P("Le CGET et Le RAMEAU ont lancé un parcours d'expérience sur la co-construction territoriale. "
      "Il a réuni 11 territoires pionniers pendant 18 mois ; la première session s'est tenue le 3 mai."),
]
make('obs-s10-04-fondation-territoires.pdf', 'La lettre des alliances territoriales · n° 12',
     'www.lerameau.fr · Fondation des Territoires', 2, d4, first='two')

# ---------------- Doc 05: Elus locaux 2024 (2 pages)
d5 = [
    P('NOTE DE SYNTHÈSE', label),
    P('Les maires face aux alliances territoriales', title),
    P('IMPACTS &amp; TRAJECTOIRES – Élus locaux · Parution 2025', year),
    keybox('CHIFFRES CLÉS DE L\'ENQUÊTE', [
        '302 maires interrogés',
        'Du 30 septembre au 28 octobre 2024',
        'Entretiens par téléphone',
        '91 % voient leur territoire en mouvement',
        '84 % des répondants : communes de moins de 2 000 habitants',
    ], 10 * cm),
    Spacer(1, 12),
    P("L'enquête dresse un constat de dynamisme. Une très large majorité des maires estime que son "
      "territoire bouge."),
    P("Ils sont 91 % dans ce cas. Parmi eux, 35 % parlent d'un mouvement fort, tandis que 56 % le jugent "
      "ni plus ni moins marqué qu'ailleurs."),
    P("Le panel reflète la France des petites communes. La grande majorité des élus interrogés dirigent une "
      "commune de moins de 2 000 habitants."),
    NextPageTemplate('one'), PageBreak(),
    P('Rappel des mesures précédentes', h2),
    P("Les enquêtes antérieures de l'Observatoire avaient déjà mis en lumière une attente forte. Le besoin "
      "d'alliance était exprimé par 92 % des maires."),
    P("L'envie d'alliance concernait 84 % des dirigeants d'entreprise. Le devoir d'alliance, lui, était "
      "ressenti par 81 % des Français."),
    P("Interrogés sur l'innovation, les maires étaient 87 % à voir dans les partenariats une source "
      "d'innovation. Les trois quarts (76 %) décrivaient leur territoire comme engagé."),
    P("Mais un frein demeurait. 46 % des maires reconnaissaient ne pas savoir piloter ces dynamiques."),
    P("Parmi les élus locaux, la volonté de s'appuyer sur le « jouer collectif » était partagée. 64 % la revendiquaient."),
    P("Une fiche-repère, « Les dynamiques d'engagement des Collectivités territoriales », est issue de "
      "l'étude IMPACT-Elus locaux. Celle-ci a été conduite par Comisis-OpinionWay en novembre 2020."),
    P("Après la crise sanitaire, 81 % des Français et 84 % des dirigeants de TPE et PME ont jugé la "
      "co-construction utile pour la résilience. L'Observatoire a inventorié plus de 250 données pour "
      "éclairer cette sortie de crise."),
]
make('obs-s10-05-elus-locaux-2024.pdf', 'Observatoire des partenariats · Note de synthèse',
     WEB + ' · Le RAMEAU', 1, d5)
print('ok')
