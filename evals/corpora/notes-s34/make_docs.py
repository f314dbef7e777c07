# -*- coding: utf-8 -*-
"""Deterministic generator of 5 demo PDFs (prefix s34). Run: /work/main/.venv/bin/python make_docs.py"""
import os
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, NextPageTemplate, PageBreak, KeepTogether)
from reportlab.lib.styles import ParagraphStyle

FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', FD + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('DVS', FD + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('DVSB', FD + 'DejaVuSerif-Bold.ttf'))
OUT = os.path.dirname(os.path.abspath(__file__))

def st(name, font='DV', size=9.5, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.35, **kw)

BODY = st('body', spaceAfter=5)
SERIF = st('serif', 'DVS', 10, spaceAfter=6)
SMALL = st('small', size=7.5, spaceAfter=2)
LABEL = st('label', 'DVB', 9, textColor=colors.HexColor('#8a1c1c'), spaceAfter=2)
TITLE = st('title', 'DVB', 18, 22, spaceAfter=6)
SUB = st('sub', 'DVI', 9.5, spaceAfter=10, textColor=colors.HexColor('#444444'))
H2 = st('h2', 'DVB', 11.5, spaceBefore=6, spaceAfter=4, textColor=colors.HexColor('#1c3f8a'))
BUL = st('bul', leftIndent=12, bulletIndent=2, spaceAfter=2)
SLT = st('slt', 'DVB', 20, 26, spaceAfter=12, textColor=colors.HexColor('#0b4f6c'))
SLB = st('slb', 'DV', 14, 20, leftIndent=16, bulletIndent=0, spaceAfter=6)
SLN = st('sln', 'DVI', 10, 14, textColor=colors.HexColor('#555555'))
Q = st('q', 'DVB', 10.5, spaceBefore=8, spaceAfter=3, textColor=colors.HexColor('#5a2d82'))

def P(t, s=BODY):
    return Paragraph(t, s)

def bullets(items, s=BUL, sym='•'):
    return [Paragraph(i, s, bulletText=sym) for i in items]

def table(rows, widths, head=True, size=8.5):
    t = Table([[Paragraph(str(c), st('tc', 'DVB' if (head and r == 0) else 'DV', size)) for c in row]
               for r, row in enumerate(rows)], colWidths=widths)
    sty = [('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if head:
        sty.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dde6f2')))
    t.setStyle(TableStyle(sty))
    return t

def keybox(lines, width):
    t = Table([[Paragraph(l, st('kb', 'DVB', 10, 14))] for l in lines], colWidths=[width])
    t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1.2, colors.HexColor('#8a1c1c')),
                           ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#fbf1e6')),
                           ('LEFTPADDING', (0, 0), (-1, -1), 8)]))
    return t

def make(fname, pagesize, templates, story):
    doc = BaseDocTemplate(os.path.join(OUT, fname), pagesize=pagesize, pageTemplates=templates,
                          title=fname[:-4], author='Observatoire des partenariats (démo)',
                          creator='make_docs.py', producer='reportlab')
    doc.build(story)

# ---------------------------------------------------------------- doc 1
def doc1():
    W, H = A4
    def deco(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor('#1c3f8a')); c.rect(0, H - 1.3 * cm, W, 1.3 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont('DVB', 9)
        c.drawString(1.5 * cm, H - 0.85 * cm, 'LA LETTRE DES ALLIANCES · Observatoire des partenariats')
        c.setFillColor(colors.black); c.setFont('DV', 7.5)
        c.drawString(1.5 * cm, 0.9 * cm, 'Bulletin trimestriel — reproduction libre avec mention de la source')
        c.drawRightString(W - 1.5 * cm, 0.9 * cm, 'p. %d' % (d.page + 11))
        c.restoreState()
    one = Frame(1.5 * cm, 1.6 * cm, W - 3 * cm, H - 3.4 * cm, id='one')
    cw = (W - 3.6 * cm) / 2
    two = [Frame(1.5 * cm, 1.6 * cm, cw, H - 3.4 * cm, id='c1'), Frame(2.1 * cm + cw, 1.6 * cm, cw, H - 3.4 * cm, id='c2')]
    tpl = [PageTemplate('one', [one], onPage=deco), PageTemplate('two', two, onPage=deco)]
    s = [P('BULLETIN TRIMESTRIEL', LABEL),
         P('Du programme PHARE aux rapports régionaux : où en sont les alliances ?', TITLE),
         P('Numéro d’automne, quatrième trimestre 2016 — diffusion aux membres du réseau', SUB),
         P('Ce bulletin revient sur un cycle d’études achevé en 2016. Le programme PHARE, deuxième plan '
           'quinquennal de l’Observatoire, a été construit en plusieurs volets successifs, chacun consacré à un '
           'public ou à une échelle d’analyse. Le calendrier de publication est rappelé ci-dessous.'),
         table([['Volet', 'Public ou échelle', 'Mise en ligne'],
                ['1', 'Citoyens', 'septembre 2015'],
                ['2', 'Entreprises', 'octobre 2015'],
                ['3', 'Associations', 'novembre 2015'],
                ['4', 'Régions (13 rapports régionaux)', 'année 2016'],
                ['5', 'Diagnostics sectoriels', 'juillet 2016'],
                ['6', 'Institutions', 'automne 2016']], [2 * cm, 8 * cm, 5 * cm]),
         Spacer(1, 8),
         P('Le dernier volet, consacré aux institutions, clôt ainsi le cycle. Sa date exacte de mise en ligne '
           'mérite d’être retenue : il a été rendu public le 29 novembre 2016. Les maires y sont répartis selon '
           'leur rapport à la co-construction ; l’analyse distingue cinq profils de maires.'),
         P('Ce que disent les citoyens', H2),
         P('Le volet Citoyens repose sur une enquête conduite auprès de plus de 2 000 personnes. On leur a demandé '
           'd’évaluer, sur une échelle de 10, l’importance de plusieurs enjeux de leur territoire. L’emploi arrive '
           'largement en tête. Il obtient la note de 7,1/10.'),
         P('Suivent le pouvoir d’achat (6,6) puis le développement économique (6,5). L’environnement et '
           'l’exclusion ferment la marche, chacun noté 6,3.'),
         NextPageTemplate('two'), PageBreak(),
         P('Sécurité : deux notes en circulation', H2),
         P('Pour la sécurité, deux relais de presse n’affichent pas la même note. Le premier, repris sur une '
           'plateforme de capitalisation, retient 6,6 sur 10. Un second article, publié par un média spécialisé '
           'dans l’engagement, mentionne une note de 7/10. Nous signalons l’écart sans le trancher.'),
         P('Où les partenariats pèsent-ils le plus ?', H2),
         P('Les personnes interrogées ont aussi désigné les domaines où les alliances entre acteurs ont, selon '
           'elles, un impact fort. Le classement obtenu est le suivant :'),
         ] + bullets(['emploi : 49 % ;', 'développement économique : 46 % ;', 'environnement : 42 % ;',
                      'précarité et éducation : 36 % chacune.']) + [
         P('Le « devoir d’alliance »', H2),
         P('Une majorité nette se dégage en septembre 2015. Près de sept Français sur dix estiment que les '
           'organisations ont un devoir de s’allier ; ils sont exactement 69 % dans ce cas.'),
         P('Les autres volets confirment la tendance : 81 % des dirigeants d’entreprise et 86 % des responsables '
           'associatifs vont dans le même sens. Côté élus, le volet Institutions relève 87 % de maires favorables.'),
         P('Normandie : la onzième étape', H2),
         P('La série des rapports régionaux se poursuit. Le onzième d’entre eux porte sur la Normandie. '
           'Il a été présenté le 26 novembre, le même jour qu’un rendez-vous en ligne décrit plus bas.'),
         P('Une note de conjoncture du 29 février 2016', H2),
         P('Une note de l’Observatoire datée du 29 février 2016 a mesuré la diffusion des partenariats. Parmi les '
           'entreprises d’au moins 10 salariés, 37 % sont concernées.'),
         P('Du côté associatif, la proportion atteint 38 % ; elle grimpe à 53 % chez les associations employeuses. '
           'Quant aux organisations pionnières, 65 % d’entre elles sont engagées.'),
         NextPageTemplate('one'), PageBreak(),
         P('Agenda du trimestre', H2),
         P('Trois rendez-vous ont rythmé la fin du mois de novembre. Ils sont récapitulés dans le tableau suivant.'),
         table([['Date', 'Rendez-vous', 'Format'],
                ['15 novembre', 'Dossier consacré aux alliances dans JURIS Associations n°628', 'revue'],
                ['23 novembre', '3e dîner « Elus & Entreprises »', 'dîner-débat'],
                ['26 novembre', '5e webinaire « l’ODD 17 en pratique »', 'en ligne']],
               [3 * cm, 9 * cm, 3 * cm]),
         Spacer(1, 10),
         P('Lors du dîner, un chiffre a servi de fil rouge aux échanges. 64 % des élus locaux souhaitent '
           's’appuyer sur le « jouer collectif ». Les participants ont également rappelé que 92 % des maires '
           'reconnaissent l’utilité de la co-construction.'),
         keybox(['6 volets publiés', '13 rapports régionaux', '3 rendez-vous en novembre'], 8 * cm),
         ]
    make('obs-s34-01-bulletin-trimestriel.pdf', A4, tpl, s)

# ---------------------------------------------------------------- doc 2 (slides)
def doc2():
    W, H = landscape(A4)
    def deco(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor('#0b4f6c')); c.rect(0, 0, 0.6 * cm, H, fill=1, stroke=0)
        c.setFont('DV', 8); c.setFillColor(colors.HexColor('#0b4f6c'))
        c.drawString(1.5 * cm, H - 0.9 * cm, 'DIAPORAMA · Présentation de résultats · programme IMPACT')
        c.drawRightString(W - 1.2 * cm, 0.8 * cm, 'diapositive %d / 4' % d.page)
        c.drawString(1.5 * cm, 0.8 * cm, 'Observatoire des partenariats — support de restitution')
        c.restoreState()
    fr = Frame(1.5 * cm, 1.4 * cm, W - 3 * cm, H - 2.8 * cm, id='s')
    tpl = [PageTemplate('s', [fr], onPage=deco)]
    B = lambda items: bullets(items, SLB, '▸')
    s = [P('PRÉSENTATION DE RÉSULTATS', LABEL),
         P('IMPACT – Associations &amp; Territoires', SLT),
         P('Restitution publique, édition de l’année 2021', SLN), Spacer(1, 12),
         ] + B(['Champ : les associations employeuses', 'Elles sont 148 000 en France',
                'Partenariats : une pratique quasi générale', '98 % en ont au moins un']) + [
         PageBreak(),
         P('Avec qui ? (part des associations concernées)', SLT),
         table([['Type de partenaire', 'Part'],
                ['Collectivités territoriales', '89 %'],
                ['Structures d’intérêt général', '73 %'],
                ['Établissements scolaires', '70 %'],
                ['Collectifs d’associations', '56 %'],
                ['Acteurs publics nationaux', '52 %'],
                ['Fédérations professionnelles', '37 %'],
                ['Acteurs académiques', '35 %']], [12 * cm, 4 * cm], size=11),
         Spacer(1, 8),
         P('Échelle : le local domine (73 %), le régional suit (47 %)', SLN),
         PageBreak(),
         P('Pour quoi faire ?', SLT),
         ] + B(['Mécénat : 75 %', 'Innovation sociétale : 73 %', 'Pratiques responsables : 70 %',
                'Coopération économique : 58 %']) + [
         Spacer(1, 10), P('Lecture : une association peut citer plusieurs objets de partenariat.', SLN),
         PageBreak(),
         P('Focus — IMPACTS &amp; TRAJECTOIRES – Elus locaux', SLT),
         P('Vague publiée en novembre 2024', SLN), Spacer(1, 6),
         ] + B(['302 maires interrogés par téléphone', 'Terrain : du 30 septembre au 28 octobre 2024',
                '91 % voient leur territoire en mouvement', 'dont 35 % « fortement » et 56 % « ni plus ni moins »',
                'Communes de moins de 2 000 habitants : 84 % des répondants'])
    make('obs-s34-02-presentation-resultats.pdf', landscape(A4), tpl, s)

# ---------------------------------------------------------------- doc 3 (open letter)
def doc3():
    W, H = A4
    def deco(c, d):
        c.saveState()
        c.setFont('DVSB', 8.5); c.drawCentredString(W / 2, H - 1.1 * cm, '— Tribune · Le RAMEAU —')
        c.setLineWidth(0.5); c.line(2.5 * cm, H - 1.3 * cm, W - 2.5 * cm, H - 1.3 * cm)
        c.setFont('DVS', 7.5)
        c.drawCentredString(W / 2, 1.0 * cm, 'Lettre ouverte aux décideurs publics et privés · folio %s' % ('i' * d.page))
        c.restoreState()
    fr = Frame(2.5 * cm, 1.8 * cm, W - 5 * cm, H - 3.6 * cm)
    tpl = [PageTemplate('l', [fr], onPage=deco)]
    s = [P('LETTRE OUVERTE', LABEL),
         P('Faire alliance n’est plus une option', st('t3', 'DVSB', 17, 21, spaceAfter=6)),
         P('Texte rendu public au printemps 2022, après la reconnaissance parlementaire du droit à l’alliance', SUB),
         P('Mesdames, Messieurs,', SERIF),
         P('Nous vous écrivons parce que les Français, les maires et les chefs d’entreprise ont déjà tranché. '
           'Interrogés sur la nécessité de s’allier, ils répondent massivement oui. Les chiffres sont sans '
           'ambiguïté : 81 % des Français parlent d’un « devoir d’alliance », 92 % des maires d’un « besoin '
           'd’alliance » et 84 % des dirigeants d’entreprise d’une « envie d’alliance ».', SERIF),
         P('Cette conviction a trouvé un prolongement politique. Lors du FNAF 2019, Gabriel Attal a confié une '
           'mission à deux personnalités : Cathy Racon-Bouzon, députée, et Charles-Benoît Heidsieck. '
           'Leur rapport a été remis le 7 mai 2020. Un bilan d’étape a suivi quelques mois plus tard ; '
           'il date du 17 octobre 2020.', SERIF),
         P('De ce travail est née une proposition de loi visant à reconnaître un « droit de l’alliance d’intérêt '
           'général ». Elle a été déposée en février. Celle-ci est portée par la députée déjà citée ; le Bureau de '
           'l’Assemblée nationale l’a agréée et elle figure au Journal officiel.', SERIF),
         P('Le gouvernement, pour sa part, a adopté une « feuille de route » ministérielle. Nous vous demandons '
           'd’en appliquer sans attendre les 21 mesures.', SERIF),
         PageBreak(),
         P('Une charte pour passer à l’acte', st('h3', 'DVSB', 11, spaceBefore=6, spaceAfter=4)),
         P('Nous vous invitons enfin à rejoindre la Charte du faire alliance. Elle est le fruit de trois mois de '
           'co-construction, pilotés par la Fondation des Territoires. Son lancement a eu lieu à Saint-Maurice, '
           'dans le territoire Paris-Est Marne &amp; Bois, au cours d’une soirée organisée avec VitaWin.', SERIF),
         P('La date retenue n’était pas anodine : le 30 novembre 2021, jour du Giving Tuesday¹. Ce texte se veut '
           'un « contrat de confiance » entre toutes les parties prenantes d’un territoire.', SERIF),
         Spacer(1, 8),
         P('Avec nos salutations engagées,', SERIF),
         P('Charles-Benoît Heidsieck, président-fondateur de Le RAMEAU<br/>'
           'et l’équipe de direction générale conduite par Laurence Weber', st('sig', 'DVI', 9.5, spaceAfter=14)),
         P('¹ Une page d’actualité ministérielle annonce, elle, un lancement le « mardi 30 septembre ». '
           'Les autres sources consultées retiennent le 30 novembre 2021.', SMALL),
         ]
    make('obs-s34-03-lettre-ouverte.pdf', A4, tpl, s)

# ---------------------------------------------------------------- doc 4 (territorial monograph)
def doc4():
    W, H = A4
    def deco(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor('#2e6b2e')); c.rect(W - 1.0 * cm, 0, 1.0 * cm, H, fill=1, stroke=0)
        c.setFillColor(colors.HexColor('#2e6b2e')); c.setFont('DVB', 8)
        c.drawString(2 * cm, H - 1.0 * cm, 'Monographies de territoire — Série « Alliances locales »')
        c.setFillColor(colors.black); c.setFont('DV', 7.5)
        c.drawString(2 * cm, 0.9 * cm, 'Cahier n° 3 · Le RAMEAU / Observatoire des partenariats')
        c.drawRightString(W - 1.5 * cm, 0.9 * cm, str(d.page + 40))
        c.restoreState()
    one = Frame(2 * cm, 1.5 * cm, W - 4 * cm, H - 3.2 * cm, id='o')
    cw = (W - 4.6 * cm) / 2
    two = [Frame(2 * cm, 1.5 * cm, cw, H - 3.2 * cm, id='a'), Frame(2.6 * cm + cw, 1.5 * cm, cw, H - 3.2 * cm, id='b')]
    tpl = [PageTemplate('o', [one], onPage=deco), PageTemplate('t', two, onPage=deco)]
    s = [P('MONOGRAPHIE DE TERRITOIRE', LABEL),
         P('Trois territoires pilotes et une fondation : la co-construction à l’échelle locale', TITLE),
         P('Mise à jour réalisée à l’été 2022, après la création de la fondation', SUB),
         NextPageTemplate('t'),
         P('1. Aux origines : « Agir ensemble en Territoire »', H2),
         P('La démarche remonte à 2010. Elle est née dans le sillage d’une étude ARPEA consacrée aux collectivités '
           'locales, réalisée avec Comisis et OpinionWay.'),
         P('Trois territoires ont servi de terrain d’expérimentation. Chacun s’est appuyé sur un acteur '
           'd’ancrage :'),
         ] + bullets(['l’Alsace, avec Alsace Active ;', 'le Poitou-Charentes, avec le Groupe La Poste ;',
                      'Paris-Est Marne &amp; Bois, territoire francilien.']) + [
         P('2. Un parcours d’expérience avec l’État', H2),
         P('Le Commissariat général à l’égalité des territoires (CGET) et Le RAMEAU ont ensuite ouvert un parcours '
           'commun. Il a réuni 11 territoires pionniers pendant 18 mois. La première session s’est tenue le 3 mai.'),
         P('Une autre publication parle toutefois de « 10 territoires pilotes » aux côtés du CGET². Ce dernier '
           'chiffre n’est pas repris dans le présent cahier.'),
         P('3. La Fondation des Territoires', H2),
         P('Sa préfiguration a débuté en juillet 2018. Elle s’est déroulée en trois étapes, détaillées dans le '
           'tableau de la page suivante.'),
         P('La fondation a vu le jour le 14 juin 2022. Elle est abritée par la Fondation de Lille ; 21 '
           'co-fondateurs l’ont portée sur les fonts baptismaux. Trois missions lui sont assignées.'),
         P('4. Le Fonds ODD 17', H2),
         P('Créé en 2020, ce fonds associe Le RAMEAU et la Fondation TotalEnergies. Il finance une '
           'expérimentation de trois ans.'),
         P('Sa dotation ? Elle s’élève à 1,5 M€. L’objectif est de faire émerger 350 « catalyseurs territoriaux ».'),
         P('5. Une boîte à outils : M.E.D.O.C.', H2),
         P('La plateforme www.odd17.org regroupe les ressources sous un acronyme facile à retenir. Il signifie : '
           'Méthodes, Exemples, Données, Outils, Compétences.'),
         NextPageTemplate('o'), PageBreak(),
         P('Annexe — Calendrier de préfiguration de la fondation', H2),
         table([['Étape', 'Début', 'Fin'],
                ['Étape 1', 'juillet 2018', 'juillet 2019'],
                ['Étape 2', 'août 2019', 'novembre 2020'],
                ['Étape 3', 'décembre 2020', 'mai 2022']], [5 * cm, 5 * cm, 5 * cm]),
         Spacer(1, 12),
         keybox(['3 étapes de préfiguration', '3 missions pour la fondation', '350 catalyseurs visés'], 9 * cm),
         Spacer(1, 16),
         P('² Article d’actualité de Le RAMEAU sur les alliances innovantes comme moteurs de confiance en '
           'territoires.', SMALL),
         ]
    make('obs-s34-04-monographie-territoire.pdf', A4, tpl, s)

# ---------------------------------------------------------------- doc 5 (FAQ)
def doc5():
    W, H = A4
    def deco(c, d):
        c.saveState()
        c.setFont('DVB', 8); c.setFillColor(colors.HexColor('#5a2d82'))
        c.drawRightString(W - 2 * cm, H - 1.0 * cm, 'FAQ · L’Observatoire en questions')
        c.setFillColor(colors.black); c.setFont('DV', 7.5)
        c.drawString(2 * cm, 0.9 * cm, 'Document d’information — version de janvier 2023')
        c.drawRightString(W - 2 * cm, 0.9 * cm, 'FAQ – %d/4' % d.page)
        c.restoreState()
    fr = Frame(2 * cm, 1.5 * cm, W - 4 * cm, H - 3.2 * cm)
    tpl = [PageTemplate('f', [fr], onPage=deco)]
    s = [P('FAQ', LABEL),
         P('Questions fréquentes sur l’Observatoire des partenariats', TITLE),
         P('Édition mise à jour début 2023 — à l’usage des nouveaux partenaires', SUB),
         P('Qui a fondé l’Observatoire, et quand ?', Q),
         P('L’Observatoire est né en 2008 à l’initiative de la Caisse des Dépôts et de Le RAMEAU. Le MEDEF et le '
           'Mouvement associatif sont associés à sa création en tant que partenaires.'),
         P('Attention aux archives : des publications plus anciennes, comme l’étude ARPEA Entreprises &amp; '
           'Territoires de janvier 2011, datent sa naissance de 2007.'),
         P('Et Le RAMEAU, de quoi s’agit-il ?', Q),
         P('C’est une association d’intérêt général fondée en 2006. Elle se présente comme un « laboratoire de '
           'recherche empirique ». Depuis sa création, elle a mené des expérimentations auprès de plus de 500 '
           'organisations et recensé plus de 1 000 exemples inspirants.'),
         P('Son président-fondateur est Charles-Benoît Heidsieck. La direction générale est assurée par '
           'Laurence Weber.'),
         P('Qui pilote les travaux scientifiques ?', Q),
         P('La direction scientifique revient à Anne Robin. Elle a fondé le cabinet COMISIS et exerce ce rôle '
           'bénévolement.'),
         PageBreak(),
         P('Comment les programmes se sont-ils succédé ?', Q),
         P('Trois plans quinquennaux se sont enchaînés. Le tableau ci-dessous en donne les bornes.'),
         table([['Programme', 'Période', 'Remarque'],
                ['ARPEA', '2008-2012', '10 volets ; rapport quinquennal du 11 décembre 2012'],
                ['PHARE', '2013-2018', 'certaines pages indiquent 2013-2017'],
                ['IMPACT', '2018-2022', 'lancé en novembre 2017']], [3.5 * cm, 3.5 * cm, 9.5 * cm]),
         Spacer(1, 6),
         P('Que veut dire ARPEA ?', Q),
         P('Le sigle n’a pas toujours été développé de la même façon. Le rapport de 2012 parle d’« Analyse des '
           'Relations et des Partenariats entre Entreprises et Associations ».'),
         P('Qui soutient le programme IMPACT ?', Q),
         P('Il est conduit avec plusieurs partenaires, énumérés ici :'),
         ] + bullets(['la Caisse des Dépôts ;', 'l’Institut CDC pour la Recherche ;', 'le Groupe La Poste ;',
                      'la Fondation TOTAL ;', 'Le RAMEAU.']) + [
         P('Trois axes structurent ses travaux : l’innovation sociétale et territoriale, la performance des '
           'organisations et la confiance.'),
         P('Un ministre a-t-il commandé un état des lieux ?', Q),
         P('Oui. Valérie Fourneyron a souhaité un rapport dressant l’état des lieux des partenariats entre '
           'associations et entreprises. Ce dernier a été publié au début de 2014.'),
         PageBreak(),
         P('Combien de partenaires une association a-t-elle en moyenne ?', Q),
         P('L’étude « Associations &amp; Partenariats », publiée en mars 2017 avec Recherches &amp; Solidarités, '
           's’appuie sur une enquête de mai-juin 2016. Plus de 1 380 responsables associatifs y ont répondu.'),
         P('Une association compte en moyenne 2,5 partenaires. La répartition par type est la suivante.'),
         table([['Partenaire', 'Associations concernées'],
                ['Collectivités', '74 %'], ['Associations ou fondations', '72 %'], ['Enseignement', '47 %'],
                ['Entreprises', '28 %'], ['Structures d’insertion', '22 %'], ['Recherche', '9 %']],
               [8 * cm, 6 * cm]),
         Spacer(1, 6),
         P('La taille joue beaucoup. Parmi les associations dont le budget dépasse 150 000 €, la moitié (50 %) a '
           'un partenariat avec une entreprise ; sous 10 000 €, elles ne sont que 20 %.'),
         P('Et du côté des entreprises, en 2011 ?', Q),
         P('L’étude ARPEA Entreprises &amp; Territoires apporte une photographie en trois tiers inégaux.'),
         keybox(['21 % développent des partenariats', '33 % souhaitent le faire', '46 % ne le souhaitent pas'],
                9 * cm),
         PageBreak(),
         P('Qu’est-ce que l’ODD 17 ?', Q),
         P('C’est l’objectif de développement durable consacré aux partenariats. Une note du Comité 21, intitulée '
           '« ODD 17 : Sens, décryptages, déclinaisons » et diffusée le 5 juillet, rappelle qu’il compte 19 cibles.'),
         P('Les Français jugent-ils urgent de s’allier ?', Q),
         P('Le programme ARPEA a posé la question deux fois. En 2008, 86 % des Français jugeaient urgent de créer '
           'des partenariats. Quatre ans plus tard, ils étaient 84 %.'),
         P('Et après la crise sanitaire ?', Q),
         P('Pour sortir de la crise, 81 % des Français et 84 % des dirigeants de TPE et PME jugent utile de '
           'co-construire. Plus de 250 données ont été inventoriées pour éclairer l’action.'),
         P('Où trouver les fiches repères ?', Q),
         P('La fiche « Les dynamiques d’engagement des Collectivités territoriales » est tirée de l’étude '
           'IMPACT-Elus locaux de novembre 2020, réalisée par Comisis et OpinionWay.'),
         ]
    make('obs-s34-05-faq-observatoire.pdf', A4, tpl, s)

if __name__ == '__main__':
    doc1(); doc2(); doc3(); doc4(); doc5()
    print('ok')
