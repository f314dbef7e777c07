# -*- coding: utf-8 -*-
"""Corpus fictif notes-s124 : 5 PDF « à la manière » de l'Observatoire des partenariats.

Déterministe : rl_config.invariant = 1, métadonnées vides. Écrit les PDF dans le dossier du script.
Usage : /work/main/.venv/bin/python make_docs.py
"""
import os
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, FrameBreak, NextPageTemplate)

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4

BODY = ParagraphStyle('body', fontName='Helvetica', fontSize=10, leading=13.5, spaceAfter=6)
SMALL = ParagraphStyle('small', parent=BODY, fontSize=8, leading=10.5)
H1 = ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=17, leading=21, spaceAfter=8,
                    textColor=colors.HexColor('#1d4e5f'))
H2 = ParagraphStyle('h2', fontName='Helvetica-Bold', fontSize=12, leading=15, spaceBefore=6, spaceAfter=4,
                    textColor=colors.HexColor('#1d4e5f'))
H3 = ParagraphStyle('h3', fontName='Helvetica-Bold', fontSize=10, leading=13, spaceBefore=4, spaceAfter=2)
CELL = ParagraphStyle('cell', parent=BODY, fontSize=9, leading=11.5, spaceAfter=0)
BOX = ParagraphStyle('box', parent=BODY, fontSize=10, leading=13, spaceAfter=2)
LIST = ParagraphStyle('list', parent=BODY, leftIndent=14, bulletIndent=4, spaceAfter=3)
QUOTE = ParagraphStyle('quote', parent=BODY, fontName='Helvetica-Oblique', leftIndent=18, rightIndent=18)


def P(t, s=BODY):
    return Paragraph(t, s)


def bullet(t):
    return Paragraph(t, LIST, bulletText='\u2022')


def box(lines, width=16.5 * cm, bg='#e8f1f4'):
    t = Table([[Paragraph(l, BOX)] for l in lines], colWidths=[width])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(bg)),
                           ('BOX', (0, 0), (-1, -1), 0.8, colors.HexColor('#1d4e5f')),
                           ('LEFTPADDING', (0, 0), (-1, -1), 8), ('RIGHTPADDING', (0, 0), (-1, -1), 8),
                           ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
    return t


def table(rows, widths, bold_rows=(), repeat=1, align_right_from=1):
    data = [[Paragraph(c, CELL) if isinstance(c, str) else c for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=repeat)
    st = [('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
          ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d5e5ea')),
          ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
    for r in bold_rows:
        st.append(('BACKGROUND', (0, r), (-1, r), colors.HexColor('#f2f2f2')))
    t.setStyle(TableStyle(st))
    return t


def build(name, story, header, footer, two_cols=False):
    path = os.path.join(HERE, name)
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                          topMargin=2.3 * cm, bottomMargin=2.3 * cm,
                          title='', author='', subject='', creator='', producer='', keywords='')
    fw = W - 4.4 * cm
    fh = H - 4.6 * cm
    if two_cols:
        gap = 0.8 * cm
        cw = (fw - gap) / 2
        frames = [Frame(2.2 * cm, 2.3 * cm, cw, fh, id='c1'),
                  Frame(2.2 * cm + cw + gap, 2.3 * cm, cw, fh, id='c2')]
    else:
        frames = [Frame(2.2 * cm, 2.3 * cm, fw, fh, id='f')]

    def on_page(c, d):
        c.saveState()
        c.setFont('Helvetica', 8)
        c.setFillColor(colors.HexColor('#555555'))
        c.drawString(2.2 * cm, H - 1.4 * cm, header(d.page))
        c.restoreState()

    def on_page_end(c, d):
        c.saveState()
        c.setFont('Helvetica', 8)
        c.setFillColor(colors.HexColor('#555555'))
        c.drawString(2.2 * cm, 1.3 * cm, footer(d.page))
        c.restoreState()

    doc.addPageTemplates([PageTemplate(id='p', frames=frames, onPage=on_page, onPageEnd=on_page_end)])
    doc.build(story)
    return path


# ---------------------------------------------------------------- 01 bulletin de veille
def doc01():
    s = []
    s += [P('Bulletin de veille n° 31', H1),
          P('Douze brèves, douze études : ce que disent les enquêtes récentes sur les alliances entre '
            'associations, entreprises, collectivités et fondations.', SMALL)]
    s += [P('Maires : un territoire en mouvement', H3),
          P('Interrogés par téléphone du 30 septembre au 28 octobre 2024 pour l\'étude IMPACTS &amp; TRAJECTOIRES '
            '\u2013 Elus locaux (Le RAMEAU, novembre 2024), 302 maires ont répondu ; 91 % d\'entre eux voient leur '
            'territoire en mouvement.')]
    s += [P('Bénévoles multi-engagés', H3),
          P('D\'après l\'enquête Engagements croisés (Fondation Ardoise, terrain 2023, parution 2024), 38 % des '
            'bénévoles de moins de 35 ans donnent du temps à plusieurs associations à la fois.')]
    s += [FrameBreak()]
    s += [P('Fondations : le collectif progresse', H3),
          P('Près de deux fondations sur trois (63 %) soutiennent désormais des projets portés à plusieurs '
            'structures, selon le panel Mécénat et territoires (Centre Hélios, 2024). Elles n\'étaient que 41 % '
            'lors de l\'édition 2019 du même panel.')]
    s += [P('PME et associations', H3),
          P('Les entreprises de 10 à 249 salariés citent en moyenne 2,3 partenaires associatifs, contre 1,4 pour '
            'les entreprises de moins de 10 salariés (Observatoire régional Grand-Ouest, 2024).')]
    s += [PageBreak()]
    s += [P('Secrétaires de mairie en première ligne', H3),
          P('Dans les communes de moins de 3 500 habitants, 58 % des secrétaires de mairie gèrent seuls les '
            'conventions passées avec les associations<super>1</super> (Association des secrétaires de mairie '
            'du Centre, 2024).')]
    s += [P('Collégiens solidaires', H3),
          P('Mille deux cents collégiens ont participé aux ateliers « Cité solidaire » pendant l\'année scolaire '
            '2023-2024, selon le bilan du rectorat de Dijon (2024) ; ils étaient 860 un an plus tôt.')]
    s += [FrameBreak()]
    s += [P('Mécénat de compétences', H3),
          P('Un salarié sur cinq a déjà participé à une mission de mécénat de compétences, indique l\'étude Temps '
            'partagé (cabinet Orée Conseil, 2023), qui a interrogé 1 500 salariés du secteur privé.')]
    s += [P('Insertion et bâtiment', H3),
          P('Les structures d\'insertion d\'Occitanie comptent 4 180 postes ouverts grâce à des partenariats avec '
            'le BTP, soit 12 % de plus qu\'en 2021 (bilan régional de l\'insertion, édition 2024).')]
    s += [Spacer(1, 8),
          P('<super>1</super> Enquête en ligne auprès de 1 012 secrétaires de mairie, menée en mai 2024.', SMALL)]
    s += [PageBreak()]
    s += [P('Seniors et clubs sportifs', H3),
          P('Les licenciés de 65 ans et plus représentent 17 % des bénévoles réguliers des clubs sportifs, selon '
            'le Comité du sport pour tous (2022), soit trois points de plus qu\'en 2018.')]
    s += [P('Une mutuelle aux côtés des villages', H3),
          P('La Caisse mutuelle des Vallées a versé 1,2 M€ à 140 associations rurales en 2024, d\'après son '
            'rapport annuel publié en avril 2025.')]
    s += [FrameBreak()]
    s += [P('Intercommunalités signataires', H3),
          P('Quinze communautés de communes ont signé la charte départementale du « faire ensemble » depuis le '
            '1<super>er</super> janvier 2022, et 4 autres sont en discussion (Département du Val-d\'Orbe, 2025).')]
    s += [P('Jeunes engagés', H3),
          P('Âgés de 16 à 25 ans, 145 000 jeunes ont effectué une mission d\'engagement civique en 2023, selon '
            'l\'Agence nationale de l\'engagement des jeunes (ANEJ, rapport 2024) ; 52 % d\'entre eux étaient des '
            'jeunes femmes.')]
    s += [Spacer(1, 6),
          box(['<b>À noter</b>', 'Prochain numéro : n° 32, juin 2025.',
               'Texte de référence : loi n° 2021-1109 du 24 août 2021, article 12.'],
              width=(W - 4.4 * cm - 0.8 * cm) / 2)]
    return build('obs-s124-01-bulletin-veille.pdf', s,
                 lambda p: 'Veille partenariale \u00b7 n° 31 \u00b7 mars 2025',
                 lambda p: 'Observatoire des alliances locales \u00b7 12 rue des Tanneurs, 69007 Lyon \u00b7 '
                           '04 72 18 36 90 \u00b7 page %d' % (13 + p), two_cols=True)


# ---------------------------------------------------------------- 02 étude sectorielle sport
def doc02():
    s = []
    s += [P('Les clubs sportifs et leurs partenaires', H1),
          P('Étude sectorielle « Sport » \u2013 édition 2025, enquête conduite à l\'automne 2024', H3),
          P('Entre le 7 octobre et le 29 novembre 2024, 1 146 associations sportives ont répondu au questionnaire '
            'en ligne de l\'Observatoire ; 312 d\'entre elles emploient au moins un salarié.'),
          Spacer(1, 4),
          box(['<b>Chiffres clés</b>',
               '97 % des associations sportives ont au moins un partenaire',
               '3,1 partenaires en moyenne par association',
               '74 % citent leur commune parmi leurs partenaires']),
          Spacer(1, 8),
          P('Ces résultats prolongent la première édition de l\'étude, parue en 2020 (terrain 2019) : 88 % des '
            'clubs déclaraient alors au moins un partenaire, pour 2,6 partenaires en moyenne.'),
          P('Le présent rapport suit le plan du questionnaire : partenaires cités, différences entre clubs, '
            'puis attentes des dirigeants.')]
    s += [PageBreak()]
    s += [P('1. Quels partenaires ?', H2),
          P('Interrogées sur les partenaires avec lesquels elles ont travaillé en 2024, les associations sportives '
            'placent les collectivités en tête (74 %), devant les entreprises (41 %) et les autres associations '
            '(37 %).'),
          P('Les établissements scolaires sont cités par 29 % d\'entre elles, les fondations par 9 % seulement.'),
          Spacer(1, 4),
          P('Part des associations ayant au moins un partenaire entreprise, selon la discipline', H3),
          table([['Discipline', 'Part des associations (%)'],
                 ['Football', '52 %'], ['Tennis', '47 %'], ['Natation', '33 %'], ['Judo', '28 %'],
                 ['Ensemble des disciplines', '41 %']], [8 * cm, 5 * cm], bold_rows=(5,)),
          Spacer(1, 4),
          P('Lecture : 52 % des clubs de football ont au moins un partenaire entreprise.', SMALL)]
    s += [PageBreak()]
    s += [P('2. Employeurs et petits clubs', H2),
          P('Les associations sportives employeuses se distinguent nettement. Les collectivités sont citées par '
            '89 % d\'entre elles, les entreprises par 56 %.'),
          P('Chez les clubs sans salarié, ces parts tombent respectivement à 71 % et 36 %.'),
          P('Les clubs dont le budget dépasse 100 000 € sont deux fois plus nombreux que les autres à avoir un '
            'partenaire entreprise : 64 %, contre 31 % pour ceux dont le budget est inférieur à 20 000 €.'),
          Spacer(1, 10),
          P('Base : 1 146 associations ; marge d\'erreur de \u00b1 2,9 points au plus ; plusieurs réponses '
            'possibles, total supérieur à 100 %.', SMALL)]
    s += [PageBreak()]
    s += [P('3. Ce que les clubs attendent', H2),
          P('Les attentes exprimées envers les partenaires sont d\'abord matérielles :'),
          bullet('un soutien financier, pour 61 % des associations sportives ;'),
          bullet('le prêt de matériel ou de véhicules, pour 43 % ;'),
          bullet('l\'accès à des équipements, pour 77 % ;'),
          bullet('du mécénat de compétences, pour 18 %.'),
          P('Une association sportive sur deux souhaite élargir ses partenariats d\'ici 2027.'),
          Spacer(1, 6),
          P('Méthode', H3),
          P('Le questionnaire a été diffusé par 11 comités départementaux et 3 ligues régionales ; les données '
            'ont été redressées selon la discipline.')]
    return build('obs-s124-02-etude-sectorielle-sport.pdf', s,
                 lambda p: 'Étude sectorielle \u00b7 Sport \u00b7 Les clubs et leurs partenaires',
                 lambda p: 'Observatoire des alliances locales \u2013 publié le 14 mars 2025 \u2013 p. %d' % (p + 2))


# ---------------------------------------------------------------- 03 tableau de bord
def doc03():
    s = []
    s += [P('Tableau de bord 2024 des conventions de partenariat', H1),
          P('Communauté d\'agglomération du Val-d\'Orbe \u2013 bilan arrêté au 31 décembre 2024', H3),
          P('Au 31 décembre 2024, l\'agglomération suivait 186 conventions actives avec 143 associations et 52 '
            'entreprises, pour un montant engagé de 2,4 millions d\'euros.'),
          P('Le tableau ci-dessous détaille, commune par commune, les conventions actives et les montants '
            'engagés. Les communes sont regroupées par secteur ; chaque secteur se termine par un sous-total.'),
          Spacer(1, 4),
          box(['<b>Faits marquants de l\'exercice</b>',
               'Ouverture de la maison des partenariats de Valmont, au printemps.',
               'Création d\'un guichet unique pour les demandes de conventions des associations.',
               'Signature de la charte départementale du « faire ensemble » par l\'agglomération.',
               'Première rencontre annuelle entre clubs d\'entreprises et têtes de réseau associatives.']),
          Spacer(1, 210)]
    rows = [['Commune (code postal)', 'Conventions actives', 'Montant engagé (k€)'],
            ['<b>Secteur Nord</b>', '', ''],
            ['Valmont (71230)', '24', '310'],
            ['Saint-Ortaire (71240)', '11', '95'],
            ['Bois-le-Roi (71250)', '7', '48'],
            ['Les Aubiers (71250)', '5', '32'],
            ['<b>Sous-total Secteur Nord</b>', '47', '485'],
            ['<b>Secteur Centre</b>', '', ''],
            ['Orbe-la-Ville (71200)', '58', '820'],
            ['Chantepie (71210)', '16', '140'],
            ['Mareuil (71210)', '9', '66'],
            ['<b>Sous-total Secteur Centre</b>', '83', '1 026'],
            ['<b>Secteur Sud</b>', '', ''],
            ['Roche-Haute (71300)', '21', '260'],
            ['Vaudrey (71310)', '13', '118'],
            ['Pressigny (71310)', '8', '54'],
            ['Fontclaire<super>1</super> (71320)', '14', '457'],
            ['<b>Sous-total Secteur Sud</b>', '56', '889'],
            ['<b>Total agglomération</b>', '186', '2 400']]
    s += [table(rows, [8 * cm, 4 * cm, 4.5 * cm], bold_rows=(1, 6, 7, 11, 12, 17, 18)),
          Spacer(1, 6),
          P('Montants en milliers d\'euros. Une convention peut réunir plusieurs communes ; elle est comptée dans '
            'la commune qui la porte.', SMALL),
          P('<super>1</super> Dont 300 k€ pour la réhabilitation du gymnase intercommunal.', SMALL)]
    s += [PageBreak()]
    s += [P('Évolution sur trois exercices', H2),
          table([['Indicateur', '2022', '2023', '2024'],
                 ['Conventions actives', '151', '168', '186'],
                 ['Montant engagé (M€)', '1,9', '2,1', '2,4']], [7 * cm, 3 * cm, 3 * cm, 3 * cm]),
          Spacer(1, 8),
          P('Le nombre de conventions a progressé de 23 % en deux ans.'),
          P('Le secteur Centre concentre à lui seul 43 % des montants engagés.'),
          P('Près d\'une convention sur trois (30 %) relève du secteur Sud.'),
          P('La durée moyenne d\'une convention est de 2,5 ans.'),
          Spacer(1, 6),
          P('Contact : service Vie associative, 71200 Orbe-la-Ville \u2013 03 85 44 19 02.', SMALL)]
    return build('obs-s124-03-tableau-de-bord.pdf', s,
                 lambda p: 'Val-d\'Orbe \u00b7 Tableau de bord des partenariats \u00b7 édité le 20 janvier 2025',
                 lambda p: 'Page %d/3' % p)


# ---------------------------------------------------------------- 04 consultation citoyenne
def doc04():
    s = []
    s += [P('Consultation citoyenne « Faire ensemble à Valmont »', H1),
          P('Synthèse des résultats', H3),
          P('Du 3 février au 16 mars 2025, 2 164 habitants ont répondu au questionnaire, en ligne ou sur papier ; '
            '318 ont en outre participé à l\'un des six ateliers de quartier.'),
          P('Profil des participants', H2),
          table([['Tranche d\'âge', 'Part des répondants', 'Part dans la population (recensement 2021)'],
                 ['Moins de 30 ans', '18 %', '27 %'],
                 ['30 à 49 ans', '31 %', '30 %'],
                 ['50 à 64 ans', '27 %', '22 %'],
                 ['65 ans et plus', '24 %', '21 %']], [5 * cm, 4.5 * cm, 7 * cm]),
          Spacer(1, 6),
          P('Les 65 ans et plus sont donc légèrement surreprésentés, les moins de 30 ans nettement '
            'sous-représentés.')]
    s += [PageBreak()]
    s += [P('Questions fermées', H2),
          P('<b>Q3.</b> Les associations et les entreprises de Valmont devraient-elles travailler davantage '
            'ensemble ?'),
          bullet('Oui, tout à fait : 46 %'), bullet('Oui, plutôt : 33 %'),
          bullet('Non, plutôt pas : 14 %'), bullet('Ne se prononce pas : 7 %'),
          P('Au total, près de quatre répondants sur cinq (79 %) répondent oui.'),
          P('Les moins de 30 ans sont les plus convaincus : 88 % d\'entre eux répondent oui, contre 71 % des 65 '
            'ans et plus.'),
          P('<b>Q7.</b> Sur une échelle de 0 à 10, quelle note donnez-vous à la vie associative de votre '
            'quartier ?'),
          P('La note moyenne est de 6,4/10 ; elle atteint 7,2 dans le quartier des Tilleuls.')]
    s += [PageBreak()]
    s += [P('Questions ouvertes', H2),
          P('Sur les 1 327 répondants qui ont rédigé une réponse à la question ouverte, 412 évoquent le manque de '
            'locaux partagés, 296 la mobilité et 187 l\'information sur les activités.'),
          P('Quelques verbatims', H3),
          P('« Il faut deux heures de bus pour rejoindre le gymnase du centre. » (homme, 17 ans)', QUOTE),
          P('« Les associations font tout, la mairie suit. » (femme, 71 ans)', QUOTE),
          P('« Un local commun, c\'est tout ce qu\'on demande. » (femme, 34 ans, quartier des Tilleuls)', QUOTE),
          P('Et maintenant ?', H2),
          P('La municipalité consacrera 150 000 € au budget participatif « Faire ensemble » en 2026, soit 4,5 € '
            'par habitant. Le maire, Jean-Pierre Lebrun, présentera le plan d\'action en conseil municipal.')]
    return build('obs-s124-04-consultation-citoyenne.pdf', s,
                 lambda p: 'Ville de Valmont \u00b7 Consultation « Faire ensemble » \u00b7 synthèse d\'avril 2025',
                 lambda p: 'Synthèse \u2013 page %d sur 3' % p)


# ---------------------------------------------------------------- 05 fiche repère rural
def doc05():
    s = []
    s += [P('Les partenariats dans les territoires ruraux', H1),
          box(['<b>Chiffres clés</b>',
               '84 % des maires répondants dirigent une commune de moins de 2 000 habitants (Elus locaux, 2024)',
               '62 % des associations rurales ont au moins un partenaire entreprise',
               '148 000 associations employeuses en France (étude IMPACT)',
               '92 % des maires disent avoir « besoin d\'alliance »']),
          Spacer(1, 8),
          P('En France, la ruralité rassemble près de 22 millions d\'habitants et 88 % des communes.'),
          P('Dans l\'enquête IMPACTS &amp; TRAJECTOIRES \u2013 Elus locaux (novembre 2024), 84 % des 302 maires '
            'interrogés dirigent une commune de moins de 2 000 habitants<super>1</super>.'),
          Spacer(1, 10),
          P('<super>1</super> Source : Le RAMEAU, enquête téléphonique, 30 septembre-28 octobre 2024.', SMALL)]
    s += [PageBreak()]
    s += [P('Seuils de taille et comparaison avec l\'urbain', H2),
          P('Part des associations ayant au moins un partenaire entreprise, selon la taille de la commune '
            '(enquête de l\'Observatoire, 2024)', H3),
          table([['Taille de la commune', 'Part des associations'],
                 ['Moins de 1 000 habitants', '58 %'],
                 ['De 1 000 à 3 499 habitants', '64 %'],
                 ['De 3 500 à 9 999 habitants', '61 %'],
                 ['Ensemble rural', '62 %'],
                 ['Urbain (10 000 habitants et plus)', '48 %']], [9 * cm, 5 * cm], bold_rows=(4,)),
          Spacer(1, 8),
          P('L\'écart avec l\'urbain atteint 14 points.'),
          P('Les associations rurales comptent en moyenne 1,8 partenaire, contre 2,7 en ville.'),
          P('Ce constat rejoint un chiffre plus ancien : en novembre 2020, 64 % des élus locaux disaient vouloir '
            's\'appuyer sur le « jouer collectif ».')]
    s += [PageBreak()]
    s += [P('Repères', H2),
          P('En 2008, 86 % des Français jugeaient urgent de créer des partenariats entre associations et '
            'entreprises ; quatre ans plus tard, ils étaient encore 84 %.'),
          P('Le Fonds ODD 17, co-créé en 2020, a été doté de 1,5 M€ pour une expérimentation de 3 ans auprès de '
            '350 catalyseurs territoriaux.'),
          P('À retenir', H3),
          bullet('sept intercommunalités rurales sur dix ont désigné un référent « partenariats » en 2024 ;'),
          bullet('la loi n° 2019-1461 du 27 décembre 2019 a renforcé le rôle des maires ruraux.')]
    return build('obs-s124-05-fiche-repere-rural.pdf', s,
                 lambda p: 'Fiche Repère n° 9 \u00b7 Territoires ruraux \u00b7 juin 2025',
                 lambda p: 'Observatoire des alliances locales \u00b7 21000 Dijon \u00b7 03 80 41 27 55 \u00b7 '
                           'Repère 9 \u2013 %d' % p)


if __name__ == '__main__':
    for f in (doc01, doc02, doc03, doc04, doc05):
        print(f())
