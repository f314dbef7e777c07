#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Genere les 6 PDF du jeu aveugle s80 (deterministe : rl_config.invariant = 1).

Usage : python make_docs.py [DOSSIER_DE_SORTIE]   (par defaut : dossier du script)
"""
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Table, TableStyle

FD = '/usr/share/fonts/truetype/dejavu/'
for name, f in [('DV', 'DejaVuSans.ttf'), ('DV-B', 'DejaVuSans-Bold.ttf'),
                ('DV-I', 'DejaVuSans-Oblique.ttf'), ('DVS', 'DejaVuSerif.ttf'),
                ('DVS-B', 'DejaVuSerif-Bold.ttf'), ('DVS-I', 'DejaVuSerif-Italic.ttf'),
                ('DVC', 'DejaVuSansCondensed.ttf'), ('DVC-B', 'DejaVuSansCondensed-Bold.ttf'),
                ('DVM', 'DejaVuSansMono.ttf')]:
    pdfmetrics.registerFont(TTFont(name, FD + f))
pdfmetrics.registerFontFamily('DV', normal='DV', bold='DV-B', italic='DV-I', boldItalic='DV-B')
pdfmetrics.registerFontFamily('DVS', normal='DVS', bold='DVS-B', italic='DVS-I', boldItalic='DVS-B')
pdfmetrics.registerFontFamily('DVC', normal='DVC', bold='DVC-B', italic='DVC', boldItalic='DVC-B')

NB = '\u00a0'
NNB = '\u202f'


def fr(s):
    """Typographie francaise : espaces insecables dans les nombres et avant % EUR : ; ? ! »."""
    s = re.sub(r'(?<=\d) (?=\d{3}\b)', NB, s)
    s = re.sub(r'(?<=\d) (?=\d{3}\b)', NB, s)
    s = re.sub(r' (?=[%€:;?!»])', NB, s)
    s = s.replace('« ', '«' + NB)
    return s


def st(font='DV', size=9.5, lead=None, align=TA_JUSTIFY, color=colors.black, **kw):
    return ParagraphStyle('x', fontName=font, fontSize=size, leading=lead or size * 1.3,
                          alignment=align, textColor=color, **kw)


BODY = st()


def para(c, text, x, ytop, w, style=BODY):
    p = Paragraph(fr(text), style)
    _, h = p.wrapOn(c, w, 2000)
    p.drawOn(c, x, ytop - h)
    return ytop - h


def txt(c, x, y, s, font='DV', size=9, color=colors.black, align='l'):
    c.setFont(font, size)
    c.setFillColor(color)
    s = fr(s)
    if align == 'c':
        c.drawCentredString(x, y, s)
    elif align == 'r':
        c.drawRightString(x, y, s)
    else:
        c.drawString(x, y, s)
    c.setFillColor(colors.black)


def new_canvas(path, size, title):
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor('Observatoire des partenariats - jeu aveugle s80 (fictif)')
    c.setCreator('make_docs.py s80')
    c.setProducer('reportlab')
    return c


# ---------------------------------------------------------------- 01 fiche de lecture
def doc1(path):
    W, H = A4
    c = new_canvas(path, A4, 'Fiche de lecture - rapport quinquennal')
    green = colors.HexColor('#2f6b3a')

    def frame(pnum):
        c.setFillColor(green)
        c.rect(0, H - 16 * mm, W, 16 * mm, stroke=0, fill=1)
        txt(c, 18 * mm, H - 10 * mm, 'MÉDIATHÈQUE DU RÉSEAU ALLIANCES VAL-DE-LOIRE', 'DV-B', 10, colors.white)
        txt(c, W - 18 * mm, H - 10 * mm, 'Fiches de lecture · n° 37', 'DV', 9, colors.white, 'r')
        c.setStrokeColor(green)
        c.line(18 * mm, 16 * mm, W - 18 * mm, 16 * mm)
        txt(c, 18 * mm, 11 * mm, 'Fiches rédigées par des bénévoles · reproduction libre avec mention de la source · '
            'www.alliances-val-de-loire.example/lire', 'DV', 6.5, colors.grey)
        txt(c, W - 18 * mm, 11 * mm, 'p. %d' % pnum, 'DV-B', 9, green, 'r')

    # page 1 (imprimee 22)
    frame(22)
    txt(c, 18 * mm, H - 30 * mm, 'FICHE DE LECTURE', 'DV-B', 18, green)
    txt(c, 18 * mm, H - 37 * mm, 'Un bilan de cinq années d\'observation des alliances associations-entreprises',
        'DVS-I', 11)
    # encadre signaletique a gauche
    bx, bw = 18 * mm, 58 * mm
    top = H - 46 * mm
    c.setFillColor(colors.HexColor('#e8f1ea'))
    c.rect(bx, top - 120 * mm, bw, 120 * mm, stroke=0, fill=1)
    y = top - 4 * mm
    small = st('DVC', 8.2, 10.5, TA_LEFT)
    for k, v in [('Ouvrage', 'Rapport quinquennal de l\'Observatoire national des partenariats '
                  'associations / entreprises'),
                 ('Éditeur', 'Le RAMEAU, avec la Caisse des Dépôts'),
                 ('Parution', '11 décembre 2012'),
                 ('Programme couvert', 'ARPEA, 2008-2012'),
                 ('Direction scientifique', 'Anne Robin (COMISIS), à titre bénévole'),
                 ('Cote médiathèque', 'PART 361.7 RAM'),
                 ('Disponibilité', 'consultation sur place, prêt 3 semaines'),
                 ('Notre avis', '★★★★☆ — dense mais indispensable')]:
        y = para(c, '<b>%s</b><br/>%s' % (k, v), bx + 3 * mm, y, bw - 6 * mm, small) - 3 * mm
    # texte principal a droite
    x2 = bx + bw + 7 * mm
    w2 = W - 18 * mm - x2
    y = top
    body = st('DVS', 9.6, 13.2)
    h2 = st('DV-B', 10.5, 14, TA_LEFT, green)
    y = para(c, 'De quoi parle le livre\u00a0?', x2, y, w2, h2) - 1 * mm
    y = para(c, 'Le volume referme le premier cycle de travaux de l\'Observatoire. Dès sa première page, il '
             'rappelle qu\'il s\'agit de l\'« Observatoire national des partenariats associations / entreprises », '
             'et qu\'il a été créé en 2007. Les auteurs y rassemblent les résultats du programme ARPEA, sigle '
             'qu\'ils développent ainsi : Analyse des Relations et des Partenariats entre Entreprises et '
             'Associations. Le programme s\'est déployé en 10 volets, des citoyens jusqu\'aux territoires.',
             x2, y, w2, body) - 3 * mm
    y = para(c, 'Ce que nous avons retenu', x2, y, w2, h2) - 1 * mm
    y = para(c, 'Le chiffre qui ouvre le livre concerne l\'opinion publique : 86 % des Français jugeaient '
             'urgent de créer des partenariats en 2008, et ils sont encore 84 % à le penser en 2012 (p. 14 de '
             'l\'ouvrage). Autrement dit, l\'adhésion s\'est maintenue malgré la crise. Côté associations, '
             'l\'ouvrage estime que près de 46 % d\'entre elles sont engagées avec au moins une entreprise.',
             x2, y, w2, body) - 3 * mm
    y = para(c, 'Nous avons été frappés par le chapitre sur les entreprises et les territoires, qui reprend une '
             'étude de janvier 2011. On y lit que les entreprises se partagent en trois groupes presque égaux, '
             'résumés dans le tableau ci-dessous (p. 41 de l\'ouvrage).', x2, y, w2, body) - 3 * mm
    t = Table([[fr('Attitude des entreprises (janv. 2011)'), 'Part'],
               ['Développent déjà des partenariats', fr('21 %')],
               ['Souhaitent en développer', fr('33 %')],
               ['Ne le souhaitent pas', fr('46 %')]], colWidths=[w2 - 22 * mm, 22 * mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DVC', 8.5), ('FONT', (0, 0), (-1, 0), 'DVC-B', 8.5),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#cfe3d3')),
                           ('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('ALIGN', (1, 0), (1, -1), 'RIGHT')]))
    _, th = t.wrapOn(c, w2, 200)
    t.drawOn(c, x2, y - th)
    y -= th + 4 * mm
    y = para(c, '<i>Suite de la fiche page suivante.</i>', x2, y, w2, st('DV-I', 8, align=TA_LEFT))
    c.showPage()

    # page 2 (imprimee 23)
    frame(23)
    y = H - 28 * mm
    x, w = 18 * mm, W - 36 * mm
    y = para(c, 'Points forts', x, y, w, h2) - 1 * mm
    y = para(c, 'La méthode est solide : chaque volet croise une enquête quantitative et des entretiens, sous la '
             'responsabilité scientifique d\'Anne Robin, qui a fondé le cabinet COMISIS et suit les travaux '
             'sans être rémunérée. Les annexes détaillent les questionnaires, ce qui permettra de comparer avec '
             'les enquêtes suivantes.', x, y, w, body) - 3 * mm
    y = para(c, 'Points faibles', x, y, w, h2) - 1 * mm
    y = para(c, 'Le livre fait près de 200 pages et les graphiques sont parfois illisibles en noir et blanc. '
             'Attention aussi : les publications plus récentes de l\'Observatoire ne datent plus sa création de '
             'la même façon, il faut donc bien regarder l\'année de l\'édition que l\'on cite.', x, y, w, body) - 3 * mm
    y = para(c, 'Trois citations à garder', x, y, w, h2) - 2 * mm
    q = st('DVS-I', 9.4, 13, TA_LEFT, leftIndent=8 * mm, rightIndent=8 * mm)
    for s in ['« Le partenariat n\'est pas un supplément d\'âme : c\'est un mode de réponse aux fragilités. » (p. 9)',
              '« Les territoires sont le lieu naturel de la co-construction. » (p. 57)',
              '« Cinq ans d\'observation ne font qu\'ouvrir la voie. » (p. 188)']:
        y = para(c, s, x, y, w, q) - 2 * mm
    y -= 2 * mm
    y = para(c, 'Pour qui\u00a0?', x, y, w, h2) - 1 * mm
    y = para(c, 'Responsables associatifs qui préparent une demande de mécénat, étudiants, élus chargés de la '
             'vie associative. Pour un premier contact, lire d\'abord la synthèse de 12 pages placée en tête.',
             x, y, w, body) - 6 * mm
    c.setStrokeColor(green)
    c.setDash(2, 2)
    c.rect(x, y - 26 * mm, w, 26 * mm)
    c.setDash()
    para(c, '<b>Encadré de la médiathèque.</b> Cette fiche fait partie d\'une série consacrée aux publications '
         'sur les partenariats. Fiche n° 38 à paraître : un état des lieux demandé par la ministre Valérie '
         'Fourneyron et publié début 2014. Les fiches sont rédigées par des lecteurs bénévoles et n\'engagent '
         'pas les auteurs des ouvrages.', x + 4 * mm, y - 3 * mm, w - 8 * mm, st('DV', 8.5, 11.5))
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 02 rapport de stage
def doc2(path):
    W, H = A4
    c = new_canvas(path, A4, 'Rapport de stage - extrait')
    blue = colors.HexColor('#1d3f72')
    # couverture sans numero
    c.setStrokeColor(blue)
    c.setLineWidth(2)
    c.rect(15 * mm, 15 * mm, W - 30 * mm, H - 30 * mm)
    c.setLineWidth(1)
    txt(c, W / 2, H - 45 * mm, 'IUT de Tours — Licence professionnelle « Métiers de l\'économie sociale »',
        'DV', 9.5, blue, 'c')
    txt(c, W / 2, H - 95 * mm, 'RAPPORT DE STAGE', 'DV-B', 26, blue, 'c')
    txt(c, W / 2, H - 108 * mm, 'Mission « Observer les alliances locales »', 'DVS-I', 14, colors.black, 'c')
    txt(c, W / 2, H - 118 * mm, 'Stage de 12 semaines au Réseau Alliances Val-de-Loire', 'DVS', 11,
        colors.black, 'c')
    y = H - 160 * mm
    for l in ['Présenté par : Léa Fournier', 'Tuteur en structure : Mathieu Garnier, coordinateur',
              'Tutrice universitaire : Nadia Belkacem', 'Année universitaire 2024-2025',
              'Extrait diffusé : chapitre 2, pages 14 et 15']:
        txt(c, W / 2, y, l, 'DV', 10.5, colors.black, 'c')
        y -= 7 * mm
    txt(c, W / 2, 30 * mm, 'Document non confidentiel — diffusion interne au réseau', 'DV-I', 8, colors.grey, 'c')
    c.showPage()

    def frame(pnum):
        txt(c, 20 * mm, H - 13 * mm, 'Rapport de stage — L. Fournier', 'DV-I', 8, colors.grey)
        txt(c, W - 20 * mm, H - 13 * mm, 'Chapitre 2 · Le cadre national', 'DV-I', 8, colors.grey, 'r')
        c.setStrokeColor(colors.grey)
        c.line(20 * mm, H - 15 * mm, W - 20 * mm, H - 15 * mm)
        c.line(20 * mm, 18 * mm, W - 20 * mm, 18 * mm)
        txt(c, 20 * mm, 13 * mm, 'IUT de Tours · LP Métiers de l\'ESS · 2024-2025', 'DV', 7, colors.grey)
        txt(c, W - 20 * mm, 13 * mm, '— %d —' % pnum, 'DV', 9, colors.black, 'r')

    x, w = 25 * mm, W - 50 * mm
    body = st('DVS', 10, 14)
    h1 = st('DV-B', 12, 16, TA_LEFT, blue)
    h2 = st('DV-B', 10.5, 14, TA_LEFT, blue)
    frame(14)
    y = H - 25 * mm
    y = para(c, '2.1 Qui produit les données que j\'ai utilisées\u00a0?', x, y, w, h1) - 2 * mm
    y = para(c, 'Pendant mon stage, la plupart des chiffres cités dans les notes du réseau venaient de '
             'l\'Observatoire des partenariats. Mon tuteur m\'a d\'abord demandé de comprendre qui se cache '
             'derrière. L\'Observatoire a vu le jour en 2008 ; il a été lancé par la Caisse des Dépôts et '
             'Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif.', x, y, w, body) - 2 * mm
    y = para(c, 'Le RAMEAU est une association d\'intérêt général fondée en 2006. Elle se présente comme un '
             '« laboratoire de recherche empirique ». Son président-fondateur est Charles-Benoît Heidsieck et sa '
             'directrice générale Laurence Weber. Elle indique avoir mené des expérimentations avec plus de '
             '500 organisations depuis sa création.', x, y, w, body) - 4 * mm
    y = para(c, '2.2 Le programme PHARE, colonne vertébrale de mes fiches', x, y, w, h1) - 2 * mm
    y = para(c, 'Le deuxième plan quinquennal, PHARE, a succédé à ARPEA pour la période 2013-2018. Il s\'est '
             'décliné en six volets que j\'ai résumés pour l\'équipe dans le tableau 3.', x, y, w, body) - 3 * mm
    rows = [['Volet PHARE', 'Publication'], ['Citoyens', 'septembre 2015'], ['Entreprises', 'octobre 2015'],
            ['Associations', 'novembre 2015'], ['13 rapports régionaux', '2016'],
            ['Diagnostics sectoriels', 'juillet 2016'], ['Institutions', 'automne 2016 (29 novembre 2016)']]
    t = Table(rows, colWidths=[70 * mm, 70 * mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DV', 9), ('FONT', (0, 0), (-1, 0), 'DV-B', 9),
                           ('TEXTCOLOR', (0, 0), (-1, 0), colors.white),
                           ('BACKGROUND', (0, 0), (-1, 0), blue),
                           ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, colors.HexColor('#e6ecf5')]),
                           ('BOX', (0, 0), (-1, -1), 0.5, blue)]))
    _, th = t.wrapOn(c, w, 300)
    t.drawOn(c, x + 10 * mm, y - th)
    y -= th + 2 * mm
    y = para(c, 'Tableau 3 — Les six volets de PHARE (source : site de l\'Observatoire, consulté pendant le stage)',
             x, y, w, st('DV-I', 8, align=TA_CENTER)) - 4 * mm
    y = para(c, 'Le volet Institutions est celui qui a le plus servi au réseau : il classe les maires en cinq '
             'profils, ce qui aide à préparer un rendez-vous en mairie.', x, y, w, body)
    c.showPage()

    frame(15)
    y = H - 25 * mm
    y = para(c, '2.3 Ce que pensent les citoyens (PHARE-Citoyens, septembre 2015)', x, y, w, h1) - 2 * mm
    y = para(c, 'L\'enquête a interrogé plus de 2 000 personnes. 69 % des Français y estiment que les '
             'organisations ont un « devoir d\'alliance ». On leur a aussi demandé de noter sur 10 l\'importance '
             'de plusieurs enjeux pour leur territoire :', x, y, w, body) - 3 * mm
    rows = [['Enjeu', 'Note /10', 'Impact fort attendu des partenariats'],
            ['Emploi', '7,1', fr('49 %')], ['Pouvoir d\'achat', '6,6', '—'],
            ['Développement économique', '6,5', fr('46 %')], ['Sécurité', '6,6', '—'],
            ['Environnement', '6,3', fr('42 %')], ['Exclusion', '6,3', '—'],
            ['Précarité et éducation', '—', fr('36 %')]]
    t = Table(rows, colWidths=[55 * mm, 25 * mm, 70 * mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DV', 9), ('FONT', (0, 0), (-1, 0), 'DV-B', 9),
                           ('ALIGN', (1, 0), (-1, -1), 'CENTER'), ('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6ecf5'))]))
    _, th = t.wrapOn(c, w, 300)
    t.drawOn(c, x + 5 * mm, y - th)
    y -= th + 2 * mm
    y = para(c, 'Tableau 4 — Notes moyennes et impacts attendus (PHARE-Citoyens). « — » : non mesuré dans ma source.',
             x, y, w, st('DV-I', 8, align=TA_CENTER)) - 4 * mm
    y = para(c, '2.4 Une expérimentation qui concerne notre territoire', x, y, w, h1) - 2 * mm
    y = para(c, 'Le réseau a suivi de près le parcours d\'expérience sur la co-construction territoriale lancé '
             'par le CGET et Le RAMEAU. Il réunit 11 territoires pionniers pendant 18 mois ; la première session '
             's\'est tenue le 3 mai. Le Val-de-Loire n\'en fait pas partie, mais mon tuteur espère une seconde '
             'vague.', x, y, w, body) - 4 * mm
    y = para(c, '2.5 Mes tâches, semaine par semaine', x, y, w, h2) - 2 * mm
    rows = [['Sem.', 'Tâche', 'Livrable'],
            ['1-2', 'Lecture des publications de l\'Observatoire', 'Note de lecture'],
            ['3-5', 'Inventaire des partenariats locaux', 'Tableur de 64 fiches'],
            ['6-9', 'Entretiens avec des maires et des associations', '9 comptes rendus'],
            ['10-12', 'Rédaction et restitution', 'Rapport et diaporama']]
    t = Table(rows, colWidths=[15 * mm, 85 * mm, 50 * mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DVC', 8.5), ('FONT', (0, 0), (-1, 0), 'DVC-B', 8.5),
                           ('LINEBELOW', (0, 0), (-1, 0), 0.8, blue), ('LINEBELOW', (0, -1), (-1, -1), 0.8, blue)]))
    _, th = t.wrapOn(c, w, 300)
    t.drawOn(c, x + 5 * mm, y - th)
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 03 affiche + coupon
def doc3(path):
    W, H = A4
    c = new_canvas(path, A4, 'Affiche - soirée Faire alliance')
    red = colors.HexColor('#b3263c')
    c.setFillColor(red)
    c.rect(0, H - 95 * mm, W, 95 * mm, stroke=0, fill=1)
    txt(c, 15 * mm, H - 14 * mm, 'RÉSEAU ALLIANCES VAL-DE-LOIRE  ✦  MAISON DES ASSOCIATIONS DE BLOIS', 'DV-B', 9,
        colors.white)
    txt(c, W / 2, H - 38 * mm, 'FAIRE ALLIANCE,', 'DV-B', 34, colors.white, 'c')
    txt(c, W / 2, H - 53 * mm, 'ÇA SE FÊTE !', 'DV-B', 34, colors.white, 'c')
    txt(c, W / 2, H - 68 * mm, 'Soirée anniversaire de la Charte du faire alliance', 'DVS-I', 15, colors.white, 'c')
    txt(c, W / 2, H - 84 * mm, 'MARDI 2 DÉCEMBRE 2025 · 18 H 30 · SALLE DES FÊTES DE BLOIS', 'DV-B', 13,
        colors.white, 'c')
    x, w = 18 * mm, W - 36 * mm
    y = H - 103 * mm
    body = st('DV', 10, 13.5)
    y = para(c, 'Il y a quatre ans, la <b>Charte du faire alliance</b> était dévoilée le 30 novembre 2021, jour du '
             'Giving Tuesday, à Saint-Maurice (Paris-Est Marne &amp; Bois), lors d\'une soirée VitaWin. Elle '
             'est née de 3 mois de co-construction pilotés par la Fondation des Territoires et se veut un '
             '« contrat de confiance » entre tous ceux qui agissent pour leur territoire.', x, y, w, body) - 3 * mm
    # trois pastilles chiffres
    bw = (w - 8 * mm) / 3
    for i, (n, l) in enumerate([('81 %', 'des Français reconnaissent un « devoir d\'alliance »'),
                                ('92 %', 'des maires disent avoir « besoin d\'alliance »'),
                                ('84 %', 'des dirigeants d\'entreprise ont « envie d\'alliance »')]):
        bx = x + i * (bw + 4 * mm)
        c.setFillColor(colors.HexColor('#f6e3e6'))
        c.roundRect(bx, y - 30 * mm, bw, 30 * mm, 4 * mm, stroke=0, fill=1)
        txt(c, bx + bw / 2, y - 12 * mm, n, 'DV-B', 20, red, 'c')
        para(c, l, bx + 3 * mm, y - 15 * mm, bw - 6 * mm, st('DV', 8.5, 10.5, TA_CENTER))
    y -= 34 * mm
    y = para(c, 'Au programme : témoignages de bénévoles, signature de la charte par de nouvelles structures '
             'du Loir-et-Cher, buffet préparé par un chantier d\'insertion. Entrée libre sur inscription.',
             x, y, w, body) - 2 * mm
    # ligne de decoupe
    cut = 78 * mm
    c.setDash(4, 3)
    c.setStrokeColor(colors.black)
    c.line(8 * mm, cut, W - 8 * mm, cut)
    c.setDash()
    txt(c, 10 * mm, cut + 1.5 * mm, '✂  à découper', 'DV', 8, colors.grey)
    txt(c, x, cut - 10 * mm, 'COUPON D\'INSCRIPTION', 'DV-B', 12, red)
    txt(c, W - x, cut - 10 * mm, 'à déposer à l\'accueil ou à renvoyer avant le 25 novembre 2025', 'DV-I', 8.5,
        colors.black, 'r')
    yy = cut - 20 * mm
    for lab in ['Nom, prénom :', 'Structure :', 'Courriel :']:
        txt(c, x, yy, lab, 'DV', 9.5)
        c.setDash(1, 2)
        c.line(x + 30 * mm, yy - 1, W - x, yy - 1)
        c.setDash()
        yy -= 9 * mm
    txt(c, x, yy, 'Je viens :', 'DV', 9.5)
    for i, o in enumerate(['seul(e)', 'accompagné(e)', 'je souhaite signer la charte']):
        bx = x + 30 * mm + i * 45 * mm
        c.rect(bx, yy - 0.5 * mm, 3 * mm, 3 * mm)
        txt(c, bx + 5 * mm, yy, o, 'DV', 9)
    txt(c, W / 2, 12 * mm, 'Ne pas jeter sur la voie publique · www.alliances-val-de-loire.example · recto',
        'DV', 7, colors.grey, 'c')
    c.showPage()

    # verso
    txt(c, W / 2, H - 20 * mm, 'AU DOS DE L\'AFFICHE — POUR ALLER PLUS LOIN', 'DV-B', 13, red, 'c')
    c.setStrokeColor(red)
    c.line(18 * mm, H - 24 * mm, W - 18 * mm, H - 24 * mm)
    y = H - 32 * mm
    h2 = st('DV-B', 11, 14, TA_LEFT, red)
    y = para(c, 'D\'où vient la charte\u00a0?', x, y, w, h2) - 1 * mm
    y = para(c, 'Elle prolonge la démarche « Agir ensemble en Territoire », initiée en 2010 après l\'étude '
             'ARPEA-Collectivités locales réalisée par Comisis et OpinionWay. Trois territoires ont servi de '
             'pilotes :', x, y, w, body) - 1 * mm
    for s in ['l\'Alsace, avec Alsace Active ;', 'le Poitou-Charentes, avec le Groupe La Poste ;',
              'Paris-Est Marne &amp; Bois, là où la charte a finalement été présentée.']:
        y = para(c, '•\u00a0' + s, x + 5 * mm, y, w - 5 * mm, body)
    y -= 4 * mm
    y = para(c, 'Infos pratiques', x, y, w, h2) - 1 * mm
    rows = [['Lieu', 'Salle des fêtes, place de la Mairie, Blois'],
            ['Accès', 'à 10 minutes à pied de la gare ; parking gratuit'],
            ['Accessibilité', 'salle de plain-pied, boucle magnétique'],
            ['Renseignements', '02 54 00 00 00 (répondeur) · contact@alliances-val-de-loire.example']]
    t = Table([[a, fr(b)] for a, b in rows], colWidths=[35 * mm, w - 35 * mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DV', 9), ('FONT', (0, 0), (0, -1), 'DV-B', 9),
                           ('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    _, th = t.wrapOn(c, w, 300)
    t.drawOn(c, x, y - th)
    y -= th + 6 * mm
    # logos en texte
    txt(c, x, y, 'Avec le soutien de :', 'DV-I', 9)
    y -= 9 * mm
    for i, l in enumerate(['[ VILLE DE BLOIS ]', '[ CAF 41 ]', '[ FONDATION DU PAYS ]', '[ CRÉDIT LOCAL ]']):
        txt(c, x + i * 44 * mm, y, l, 'DVC-B', 9, colors.grey)
    para(c, 'Mentions : affiche éditée par le Réseau Alliances Val-de-Loire, association loi 1901. Les données '
         'personnelles du coupon servent uniquement à l\'organisation de la soirée et sont détruites après '
         'l\'événement. Imprimé par nos soins — verso.', x, 30 * mm, w, st('DV', 7.5, 10, color=colors.grey))
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 04 manuel scolaire
def doc4(path):
    W, H = 195 * mm, 265 * mm
    c = new_canvas(path, (W, H), 'Manuel - chapitre 7 Coopérer')
    teal = colors.HexColor('#0e7c86')
    orange = colors.HexColor('#d9822b')

    def frame(pnum, left):
        c.setFillColor(teal)
        if left:
            c.rect(0, 0, 8 * mm, H, stroke=0, fill=1)
        else:
            c.rect(W - 8 * mm, 0, 8 * mm, H, stroke=0, fill=1)
        txt(c, 15 * mm if left else W - 15 * mm, H - 10 * mm,
            'Chapitre 7 · Coopérer pour le bien commun', 'DV-B', 8, teal, 'l' if left else 'r')
        txt(c, 15 * mm if left else W - 15 * mm, 8 * mm, str(pnum), 'DV-B', 11, teal, 'l' if left else 'r')
        txt(c, W / 2, 8 * mm, 'EMC — Terminale · © Éditions du Préau (manuel fictif) · photocopie non autorisée',
            'DV', 6, colors.grey, 'c')

    def box(x, ytop, w, title, text, col, tsize=9):
        p = Paragraph(fr(text), st('DV', tsize, tsize * 1.35))
        _, h = p.wrapOn(c, w - 6 * mm, 1000)
        hh = h + 11 * mm
        c.setStrokeColor(col)
        c.setFillColor(colors.white)
        c.rect(x, ytop - hh, w, hh)
        c.setFillColor(col)
        c.rect(x, ytop - 6 * mm, w, 6 * mm, stroke=0, fill=1)
        txt(c, x + 2 * mm, ytop - 4.3 * mm, title, 'DV-B', 8.5, colors.white)
        p.drawOn(c, x + 3 * mm, ytop - 8 * mm - h)
        return ytop - hh

    # p.146
    frame(146, True)
    x0 = 15 * mm
    wf = W - 30 * mm
    y = H - 18 * mm
    txt(c, x0, y - 6 * mm, 'DOSSIER', 'DV-B', 9, orange)
    txt(c, x0, y - 16 * mm, 'Les alliances au service de l\'ODD 17', 'DV-B', 18, teal)
    y -= 22 * mm
    y = para(c, '<i>Problématique : comment associations, entreprises et collectivités peuvent-elles agir '
             'ensemble pour atteindre les objectifs de développement durable\u00a0?</i>', x0, y, wf,
             st('DVS-I', 10, 13)) - 4 * mm
    colw = (wf - 6 * mm) / 2
    y1 = box(x0, y, colw, 'Doc 1 — Un objectif pas comme les autres',
             'L\'objectif de développement durable n° 17 porte sur les partenariats. Il se décompose en '
             '19 cibles. Une note du Comité 21 publiée le 5 juillet, intitulée « ODD 17 : Sens, décryptages, '
             'déclinaisons », les passe en revue une par une.', teal)
    y2 = box(x0 + colw + 6 * mm, y, colw, 'Doc 2 — Un fonds pour expérimenter',
             'Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. Doté de '
             '1,5 M€, il finance une expérimentation sur 3 ans. Objectif : faire émerger 350 « catalyseurs '
             'territoriaux », des personnes capables de réunir les acteurs d\'un territoire.', teal)
    y = min(y1, y2) - 5 * mm
    y = box(x0, y, wf, 'Doc 3 — Ce que pensent les acteurs (programme IMPACT)',
            'Les partenariats sont vus comme une source d\'innovation par 74 % des Français, 81 % des '
            'dirigeants d\'entreprise, 86 % des responsables associatifs et 87 % des maires. Chez les maires, '
            '76 % jugent leur territoire engagé, mais 46 % reconnaissent ne pas savoir piloter ces alliances.',
            orange) - 5 * mm
    y = box(x0, y, wf, 'Vocabulaire',
            '<b>Catalyseur territorial</b> : personne ou structure qui aide les acteurs d\'un même territoire à '
            'se rencontrer et à construire un projet commun.<br/><b>Co-construction</b> : élaboration d\'une '
            'solution à plusieurs, chacun apportant ses compétences.', colors.HexColor('#6b6b6b'), 8.5)
    c.showPage()

    # p.147
    frame(147, False)
    y = H - 18 * mm
    y = box(x0, y, wf, 'Doc 4 — Avec qui les associations travaillent-elles\u00a0?',
            'Enquête Recherches &amp; Solidarités et Le RAMEAU publiée en mars 2017 (plus de 1 380 responsables '
            'interrogés en mai-juin 2016). Une association compte en moyenne 2,5 partenaires.', teal) - 2 * mm
    rows = [['Type de partenaire', 'Part des associations'], ['Collectivités territoriales', fr('74 %')],
            ['Associations et fondations', fr('72 %')], ['Établissements d\'enseignement', fr('47 %')],
            ['Entreprises', fr('28 %')], ['Structures d\'insertion', fr('22 %')], ['Recherche', fr('9 %')]]
    t = Table(rows, colWidths=[80 * mm, 45 * mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DV', 8.8), ('FONT', (0, 0), (-1, 0), 'DV-B', 8.8),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d5eef0')),
                           ('ALIGN', (1, 0), (1, -1), 'CENTER'), ('GRID', (0, 0), (-1, -1), 0.3, teal)]))
    _, th = t.wrapOn(c, wf, 300)
    t.drawOn(c, x0 + 15 * mm, y - th)
    y -= th + 3 * mm
    y = para(c, 'La taille compte : la moitié (50 %) des associations de plus de 150 000 € de budget ont un '
             'partenariat avec une entreprise, contre 20 % de celles qui ont moins de 10 000 €.', x0, y, wf,
             st('DV-I', 8.8, 12)) - 5 * mm
    y = box(x0, y, wf, 'Doc 5 — Les priorités des Français pour leur territoire',
            'Dans l\'enquête PHARE-Citoyens, les Français notent sur 10 plusieurs enjeux. L\'emploi arrive en '
            'tête (7,1/10) ; la sécurité obtient 7/10, le pouvoir d\'achat 6,6/10 et le développement '
            'économique 6,5/10.', orange) - 5 * mm
    y = box(x0, y, wf, 'Je retiens',
            'Le RAMEAU se décrit comme un « laboratoire d\'innovations partenariales ». Il poursuit '
            '3 missions et a recensé plus de 1 000 exemples inspirants. Pour aider les acteurs, il a '
            'rassemblé ses ressources sous le sigle M.E.D.O.C. : Méthodes, Exemples, Données, Outils, '
            'Compétences (plateforme www.odd17.org).', colors.HexColor('#3d8b3d'))
    c.showPage()

    # p.148 exercices
    frame(148, True)
    y = H - 18 * mm
    txt(c, x0, y - 6 * mm, 'EXERCICES', 'DV-B', 16, orange)
    y -= 12 * mm
    ex = st('DV', 9.3, 13)
    items = [
        ('1', 'Je comprends', 'a. Combien de cibles compte l\'ODD 17 (doc 1)\u00a0? b. Qui a co-créé le Fonds '
         'ODD 17, et en quelle année (doc 2)\u00a0?'),
        ('2', 'Je calcule', 'À partir du doc 2, calculez le montant moyen disponible par an pour '
         'l\'expérimentation. Arrondissez au millier d\'euros.'),
        ('3', 'J\'analyse un tableau', 'Classez les partenaires du doc 4 du plus fréquent au moins fréquent. '
         'Pourquoi les entreprises arrivent-elles seulement en quatrième position\u00a0?'),
        ('4', 'Je compare', 'Comparez la note de la sécurité dans le doc 5 avec celle que donnent d\'autres '
         'sources sur la même enquête. Que pouvez-vous en conclure sur la vérification des chiffres\u00a0?'),
        ('5', 'J\'argumente', 'En 15 lignes, expliquez pourquoi 46 % des maires disent ne pas savoir piloter '
         'les alliances alors que 76 % jugent leur territoire engagé (doc 3).'),
        ('6', 'Je m\'engage', 'Repérez dans votre commune une association et une entreprise qui pourraient '
         'travailler ensemble. Présentez votre idée en 3 diapositives.')]
    for n, tit, s in items:
        c.setFillColor(orange)
        c.circle(x0 + 3 * mm, y - 3 * mm, 3 * mm, stroke=0, fill=1)
        txt(c, x0 + 3 * mm, y - 4.3 * mm, n, 'DV-B', 9, colors.white, 'c')
        y = para(c, '<b>%s</b> — %s' % (tit, s), x0 + 9 * mm, y - 0.5 * mm, wf - 9 * mm, ex) - 5 * mm
    c.setStrokeColor(teal)
    c.setDash(3, 2)
    c.rect(x0, y - 30 * mm, wf, 30 * mm)
    c.setDash()
    para(c, '<b>Méthode BAC</b> — Citer une source, c\'est donner : l\'auteur, le titre, la date. Quand deux '
         'sources ne donnent pas le même chiffre, on les cite toutes les deux avec leur date plutôt que d\'en '
         'choisir une au hasard. Corrigés des exercices 1 à 3 : voir p. 290.', x0 + 4 * mm, y - 4 * mm,
         wf - 8 * mm, st('DV', 9, 12.5))
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 05 blog imprime
def doc5(path):
    W, H = A4
    c = new_canvas(path, A4, 'Carnet d\'une bénévole - billet imprimé')
    url = 'https://carnet-benevole.example/2023/01/fondation-des-territoires-mode-d-emploi/'
    purple = colors.HexColor('#5b3a87')

    def frame(n):
        txt(c, 10 * mm, H - 8 * mm, '14/03/2025 09:41', 'DV', 7)
        txt(c, W / 2, H - 8 * mm, 'La Fondation des Territoires, mode d\'emploi – Carnet d\'une bénévole', 'DV', 7,
            colors.black, 'c')
        txt(c, 10 * mm, 7 * mm, url, 'DV', 6.5)
        txt(c, W - 10 * mm, 7 * mm, '%d/3' % n, 'DV', 7, colors.black, 'r')

    x, w = 28 * mm, W - 56 * mm
    body = st('DVS', 10.2, 14.5)
    frame(1)
    y = H - 18 * mm
    txt(c, x, y - 6 * mm, 'Carnet d\'une bénévole', 'DVS-B', 20, purple)
    txt(c, W - x, y - 6 * mm, 'Accueil  |  Billets  |  À propos  |  Contact', 'DV', 8, colors.grey, 'r')
    c.setStrokeColor(purple)
    c.line(x, y - 10 * mm, W - x, y - 10 * mm)
    y -= 18 * mm
    y = para(c, 'La Fondation des Territoires, mode d\'emploi', x, y, w, st('DV-B', 16, 20, TA_LEFT)) - 1 * mm
    y = para(c, 'Publié le 18 janvier 2023 par <b>Mireille_du_41</b> · Catégorie : Vie associative · 6 commentaires',
             x, y, w, st('DV', 8, 11, TA_LEFT, colors.grey)) - 4 * mm
    for s in [
        'Vous êtes plusieurs à m\'avoir demandé, après notre réunion de décembre, ce qu\'était exactement cette '
        'fameuse Fondation des Territoires dont on entend parler partout. Je vous fais un résumé avec mes mots.',
        'L\'idée a mûri longtemps. La phase de préfiguration a démarré en juillet 2018 et s\'est déroulée en '
        'trois étapes : de juillet 2018 à juillet 2019, puis d\'août 2019 à novembre 2020, et enfin de décembre '
        '2020 à mai 2022. La fondation elle-même a vu le jour le 14 juin 2022, sous l\'égide de la Fondation de '
        'Lille. Elle compte 21 co-fondateurs et s\'est donné 3 missions.',
        'Ce que j\'ai trouvé le plus concret, c\'est la Charte du faire alliance. D\'après la page que j\'avais '
        'lue sur le site du ministère, elle a été dévoilée lors du Giving Tuesday, un « mardi 30 septembre », '
        'à Saint-Maurice. (Je vérifierai la date, ça me paraît bizarre pour un Giving Tuesday.)']:
        y = para(c, s, x, y, w, body) - 3 * mm
    c.setFillColor(colors.HexColor('#efe8f7'))
    c.rect(x, y - 24 * mm, w, 24 * mm, stroke=0, fill=1)
    para(c, '<b>[Image : photo de groupe — légende]</b> Les bénévoles du Loir-et-Cher à la réunion de décembre. '
         '(Les images ne sont pas imprimées.)', x + 4 * mm, y - 4 * mm, w - 8 * mm, st('DV-I', 8.5, 11))
    c.showPage()

    frame(2)
    y = H - 18 * mm
    for s in [
        '<b>Et la loi dans tout ça\u00a0?</b> Tout part d\'une mission confiée lors du FNAF 2019 par Gabriel '
        'Attal à la députée Cathy Racon-Bouzon et à Charles-Benoît Heidsieck. Leur rapport a été remis le '
        '7 mai 2020, et un bilan a été fait le 17 octobre 2020. Il en est sorti une « feuille de route » '
        'ministérielle de 21 mesures.',
        'Ensuite, Cathy Racon-Bouzon a porté une proposition de loi pour un « droit de l\'alliance d\'intérêt '
        'général ». Elle a été déposée en février, agréée par le Bureau de l\'Assemblée nationale et publiée '
        'au Journal officiel.',
        'Voilà, j\'espère que c\'est plus clair. N\'hésitez pas en commentaire !']:
        y = para(c, s, x, y, w, body) - 3 * mm
    txt(c, x, y - 3 * mm, 'Étiquettes : fondation · charte · loi · alliances', 'DV', 8, purple)
    y -= 12 * mm
    c.setStrokeColor(colors.grey)
    c.line(x, y, W - x, y)
    y -= 8 * mm
    txt(c, x, y, '6 commentaires', 'DV-B', 12)
    y -= 6 * mm

    def comment(y, who, when, text, depth=0):
        ind = depth * 12 * mm
        c.setFillColor(colors.HexColor('#dcd3ea') if depth == 0 else colors.HexColor('#eeeeee'))
        c.circle(x + ind + 4 * mm, y - 4 * mm, 4 * mm, stroke=0, fill=1)
        txt(c, x + ind + 4 * mm, y - 5.3 * mm, who[0].upper(), 'DV-B', 9, purple, 'c')
        txt(c, x + ind + 11 * mm, y - 3 * mm, who, 'DV-B', 9)
        txt(c, x + ind + 11 * mm + c.stringWidth(who, 'DV-B', 9) + 3 * mm, y - 3 * mm, when, 'DV', 7.5,
            colors.grey)
        y = para(c, text, x + ind + 11 * mm, y - 5 * mm, w - ind - 11 * mm, st('DV', 9, 12.2)) - 1.5 * mm
        txt(c, x + ind + 11 * mm, y - 2 * mm, 'Répondre', 'DV', 7, purple)
        return y - 8 * mm

    y = comment(y, 'Jojo37', '19 janvier 2023 à 8 h 12',
                'Merci !! Du coup les 21 cofondateurs c\'est qui, y a des entreprises dedans\u00a0?')
    y = comment(y, 'Mireille_du_41', '19 janvier 2023 à 10 h 03',
                'Oui il y a des entreprises, des fondations et des associations, mais je n\'ai pas la liste '
                'complète sous la main, désolée.', 1)
    c.showPage()

    frame(3)
    y = H - 18 * mm
    y = comment(y, 'Patrick R.', '21 janvier 2023 à 17 h 45',
                'Attention à la date de la charte : sur le site de Le RAMEAU c\'est le 30 novembre 2021, '
                'ce qui colle mieux avec le Giving Tuesday.')
    y = comment(y, 'Mireille_du_41', '21 janvier 2023 à 18 h 20',
                'Bien vu Patrick, les deux dates circulent. Je laisse mon texte tel quel et je renvoie vers ton '
                'commentaire.', 1)
    y = comment(y, 'Sandrine (asso Lire & Faire)', '2 février 2023 à 14 h 07',
                'Est-ce qu\'une petite asso comme la nôtre peut demander un soutien à la fondation\u00a0? On est '
                'trois bénévoles.')
    y = comment(y, 'Mireille_du_41', '3 février 2023 à 9 h 30',
                'Je pense que le mieux est de passer par le réseau départemental, je t\'envoie le contact en '
                'privé.', 1)
    y -= 6 * mm
    c.setStrokeColor(colors.grey)
    c.rect(x, y - 28 * mm, w, 28 * mm)
    txt(c, x + 4 * mm, y - 7 * mm, 'Laisser un commentaire', 'DV-B', 10)
    txt(c, x + 4 * mm, y - 14 * mm, 'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont '
        'indiqués avec *', 'DV', 7.5, colors.grey)
    c.rect(x + 4 * mm, y - 25 * mm, w - 8 * mm, 8 * mm)
    txt(c, W / 2, 20 * mm, '© 2025 Carnet d\'une bénévole — propulsé par un moteur de blog libre — mentions '
        'légales', 'DV', 7, colors.grey, 'c')
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 06 notice plateforme
def doc6(path):
    W, H = A4
    c = new_canvas(path, A4, 'Notice - Portail Données pour agir')
    navy = colors.HexColor('#203050')
    amber = colors.HexColor('#e0a020')

    def frame(n):
        c.setFillColor(navy)
        c.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
        txt(c, 15 * mm, H - 9 * mm, 'PORTAIL « DONNÉES POUR AGIR » — NOTICE D\'UTILISATION', 'DV-B', 9.5,
            colors.white)
        txt(c, W - 15 * mm, H - 9 * mm, 'Version 2.3 · réf. NOT-DPA-23', 'DV', 8, colors.white, 'r')
        txt(c, 15 * mm, 8 * mm, 'Support : assistance@donnees-pour-agir.example · notice fictive rédigée pour le '
            'Réseau Alliances Val-de-Loire', 'DV', 6.5, colors.grey)
        txt(c, W - 15 * mm, 8 * mm, 'Notice · page %s' % n, 'DV-B', 8, navy, 'r')

    def callout(cx, cy, n):
        c.setFillColor(amber)
        c.circle(cx, cy, 3 * mm, stroke=0, fill=1)
        txt(c, cx, cy - 1.3 * mm, str(n), 'DV-B', 9, colors.white, 'c')

    def screen(x, ytop, w, h, title):
        c.setStrokeColor(colors.grey)
        c.setFillColor(colors.HexColor('#f4f5f7'))
        c.rect(x, ytop - h, w, h, fill=1)
        c.setFillColor(colors.HexColor('#d9dce2'))
        c.rect(x, ytop - 6 * mm, w, 6 * mm, stroke=0, fill=1)
        for i in range(3):
            c.setFillColor([colors.red, colors.orange, colors.green][i])
            c.circle(x + 4 * mm + i * 4 * mm, ytop - 3 * mm, 1.2 * mm, stroke=0, fill=1)
        txt(c, x + 18 * mm, ytop - 4.2 * mm, title, 'DVM', 7, colors.black)

    x0, wf = 15 * mm, W - 30 * mm
    body = st('DV', 9.3, 12.6)
    h1 = st('DV-B', 13, 16, TA_LEFT, navy)
    # page A
    frame('A-1')
    y = H - 22 * mm
    y = para(c, '1. Premiers pas sur le portail', x0, y, wf, h1) - 2 * mm
    y = para(c, 'Le portail rassemble, dans un même moteur de recherche, les données publiées sur les alliances '
             'entre associations, entreprises et collectivités. À l\'ouverture, plus de 250 données sont '
             'inventoriées. La capture ci-dessous présente l\'écran d\'accueil ; les pastilles numérotées '
             'renvoient à la légende.', x0, y, wf, body) - 3 * mm
    sh = 78 * mm
    screen(x0, y, wf, sh, 'https://donnees-pour-agir.example/accueil')
    sx, sy = x0 + 5 * mm, y - 12 * mm
    c.setFillColor(colors.white)
    c.rect(sx, sy - 8 * mm, wf - 10 * mm, 8 * mm, fill=1)
    txt(c, sx + 3 * mm, sy - 5.3 * mm, 'Rechercher une donnée (ex. : maires, associations, emploi)…', 'DV-I', 8,
        colors.grey)
    callout(sx + wf - 14 * mm, sy - 4 * mm, 1)
    cw = (wf - 16 * mm) / 3
    cards = [('À LA UNE', 'Sortie de crise', '81 % des Français et 84 % des dirigeants de TPE & PME jugent la '
              'co-construction utile pour rebondir après la Covid.'),
             ('ÉTUDE', 'Fondations &amp; Territoires', 'Étude IMPACT publiée le 23 septembre : 42 fondations '
              'interrogées.'),
             ('NOTE', 'Modèles de co-construction', 'Note du 29 février 2016 : 37 % des entreprises de 10 salariés '
              'et plus sont partenaires.')]
    for i, (tag, t1, t2) in enumerate(cards):
        cx = sx + i * (cw + 3 * mm)
        ct = sy - 13 * mm
        c.setFillColor(colors.white)
        c.rect(cx, ct - 48 * mm, cw, 48 * mm, fill=1)
        txt(c, cx + 2 * mm, ct - 5 * mm, tag, 'DVC-B', 7, amber)
        yy = para(c, '<b>%s</b>' % t1, cx + 2 * mm, ct - 7 * mm, cw - 4 * mm, st('DVC', 8.5, 10.5, TA_LEFT))
        para(c, t2, cx + 2 * mm, yy - 1 * mm, cw - 4 * mm, st('DVC', 7.8, 10, TA_LEFT))
    callout(sx + cw - 2 * mm, sy - 14 * mm, 2)
    callout(sx + 2 * cw + 4 * mm, sy - 14 * mm, 3)
    y -= sh + 4 * mm
    leg = [('1', 'Barre de recherche : tapez un public ou un thème, les résultats s\'affichent sans valider.'),
           ('2', 'Carte « À la une » : la dernière donnée mise en avant par l\'équipe.'),
           ('3', 'Fiches « Note » : les notes de recherche, avec leur date de publication.')]
    for n, s in leg:
        callout(x0 + 3 * mm, y - 2.5 * mm, n)
        y = para(c, s, x0 + 9 * mm, y, wf - 9 * mm, body) - 2 * mm
    y -= 2 * mm
    c.setFillColor(colors.HexColor('#fff5dc'))
    c.rect(x0, y - 20 * mm, wf, 20 * mm, stroke=0, fill=1)
    para(c, '<b>Astuce</b> — La fiche « Note » détaille aussi les associations : 38 % d\'entre elles ont un '
         'partenariat avec une entreprise, et 53 % parmi les associations employeuses. Chez les « pionniers », '
         'on monte à 65 %.', x0 + 4 * mm, y - 3 * mm, wf - 8 * mm, body)
    c.showPage()

    # page A-2
    frame('A-2')
    y = H - 22 * mm
    y = para(c, '2. Lire une fiche « Étude »', x0, y, wf, h1) - 2 * mm
    y = para(c, 'Chaque fiche suit le même plan : une carte d\'identité de l\'enquête à gauche, les résultats '
             'clés à droite. Exemple avec l\'enquête auprès des maires publiée en novembre 2024.', x0, y, wf,
             body) - 3 * mm
    sh = 92 * mm
    screen(x0, y, wf, sh, 'https://donnees-pour-agir.example/etudes/impacts-trajectoires-elus-2024')
    lx = x0 + 4 * mm
    lw = 58 * mm
    ty = y - 10 * mm
    txt(c, lx, ty - 3 * mm, 'IMPACTS & TRAJECTOIRES – Elus locaux', 'DVC-B', 8.5, navy)
    ty -= 7 * mm
    for k, v in [('Échantillon', '302 maires'), ('Terrain', '30 sept. – 28 oct. 2024'),
                 ('Mode', 'par téléphone'), ('Communes', '84 % de moins de 2 000 hab.'),
                 ('Publication', 'novembre 2024')]:
        txt(c, lx, ty, k, 'DVC', 7.8, colors.grey)
        txt(c, lx + 22 * mm, ty, v, 'DVC-B', 7.8)
        ty -= 5.5 * mm
    callout(lx + 3 * mm, ty - 3 * mm, 4)
    rx = lx + lw + 6 * mm
    rw = wf - lw - 14 * mm
    ry = y - 11 * mm
    txt(c, rx, ry - 2 * mm, 'Un territoire en mouvement : 91 %', 'DV-B', 10, navy)
    ry -= 8 * mm
    for lab, v in [('fortement en mouvement', 35), ('ni plus ni moins qu\'avant', 56)]:
        c.setFillColor(amber)
        c.rect(rx, ry - 4 * mm, rw * v / 100.0, 4 * mm, stroke=0, fill=1)
        txt(c, rx + rw * v / 100.0 + 2 * mm, ry - 3 * mm, '%d %%' % v, 'DV-B', 8)
        txt(c, rx, ry - 8.5 * mm, lab, 'DV', 7.5, colors.grey)
        ry -= 14 * mm
    para(c, 'Autres repères sur les élus : 64 % des élus locaux veulent s\'appuyer sur le « jouer collectif » '
         'et 92 % des maires reconnaissent l\'utilité de la co-construction.', rx, ry, rw,
         st('DV', 8, 10.5, TA_LEFT))
    callout(rx + rw - 2 * mm, y - 12 * mm, 5)
    y -= sh + 4 * mm
    for n, s in [('4', 'Carte d\'identité : taille de l\'échantillon, dates du terrain, mode d\'interrogation.'),
                 ('5', 'Résultats clés : chaque barre se survole pour afficher la question posée.')]:
        callout(x0 + 3 * mm, y - 2.5 * mm, n)
        y = para(c, s, x0 + 9 * mm, y, wf - 9 * mm, body) - 2 * mm
    y -= 3 * mm
    y = para(c, '3. Les programmes derrière les données', x0, y, wf, h1) - 2 * mm
    y = para(c, 'La plupart des fiches viennent du programme IMPACT, mené avec la Caisse des Dépôts, l\'Institut '
             'CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU. Il s\'organise en '
             '3 axes : innovation sociétale et territoriale, performance des organisations, confiance. Il a '
             'été lancé en novembre 2017 pour la période 2018-2022.', x0, y, wf, body)
    c.showPage()

    # page A-3
    frame('A-3')
    y = H - 22 * mm
    y = para(c, '4. Filtrer par acteur : l\'exemple des associations', x0, y, wf, h1) - 2 * mm
    y = para(c, 'Le filtre « Associations » ouvre la fiche IMPACT – Associations &amp; Territoires. Elle porte '
             'sur 148 000 associations employeuses, dont 98 % ont des partenariats. Le tableau reproduit '
             'l\'onglet « Avec qui\u00a0? » ; l\'onglet « Comment\u00a0? » est résumé dessous.', x0, y, wf,
             body) - 3 * mm
    rows = [['Partenaire', 'Part', 'Échelle', 'Part'],
            ['Collectivités', fr('89 %'), 'Local', fr('73 %')],
            ['Structures d\'intérêt général', fr('73 %'), 'Régional', fr('47 %')],
            ['Établissements scolaires', fr('70 %'), '', ''],
            ['Collectifs d\'associations', fr('56 %'), '', ''],
            ['Acteurs publics nationaux', fr('52 %'), '', ''],
            ['Fédérations professionnelles', fr('37 %'), '', ''],
            ['Acteurs académiques', fr('35 %'), '', '']]
    t = Table(rows, colWidths=[62 * mm, 22 * mm, 30 * mm, 22 * mm])
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'DV', 8.8), ('FONT', (0, 0), (-1, 0), 'DV-B', 8.8),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e3e7ef')),
                           ('LINEAFTER', (1, 0), (1, -1), 1, navy), ('ALIGN', (1, 0), (1, -1), 'RIGHT'),
                           ('ALIGN', (3, 0), (3, -1), 'RIGHT'),
                           ('LINEBELOW', (0, 0), (-1, -1), 0.25, colors.grey)]))
    _, th = t.wrapOn(c, wf, 300)
    t.drawOn(c, x0 + 10 * mm, y - th)
    y -= th + 4 * mm
    y = para(c, 'Onglet « Comment\u00a0? » : mécénat 75 %, innovation sociétale 73 %, pratiques responsables 70 %, '
             'coopération économique 58 %.', x0, y, wf, body) - 5 * mm
    y = para(c, '5. Questions fréquentes du support', x0, y, wf, h1) - 2 * mm
    for q, a in [('Pourquoi certaines fiches parlent de 10 territoires et d\'autres de 11\u00a0?',
                  'Pour l\'expérimentation sur la co-construction territoriale, notre fiche source évoque le CGET '
                  'et 10 territoires pilotes. Nous signalons l\'écart sans le corriger : citez la source.'),
                 ('Je ne trouve pas de donnée pour ma commune.',
                  'Les enquêtes nationales ne descendent pas au niveau communal. Utilisez le filtre « Région » '
                  'pour les rapports régionaux quand ils existent.'),
                 ('Puis-je exporter une fiche\u00a0?',
                  'Oui, en PDF ou en CSV via le bouton « Exporter » en haut à droite de chaque fiche.')]:
        y = para(c, '<b>Q.</b> ' + q, x0, y, wf, st('DV-B', 9.3, 12.6)) - 0.5 * mm
        y = para(c, '<b>R.</b> ' + a, x0 + 6 * mm, y, wf - 6 * mm, body) - 3 * mm
    y -= 2 * mm
    para(c, 'Mentions légales : le portail est un outil de démonstration. Les chiffres proviennent des publications '
         'de l\'Observatoire des partenariats et de Le RAMEAU ; ils restent la propriété de leurs auteurs. '
         'Notice imprimable — ne pas modifier la numérotation A-1 à A-3.', x0, y, wf,
         st('DV', 7.2, 9.5, color=colors.grey))
    c.showPage()
    c.save()


DOCS = [('obs-s80-01-fiche-de-lecture.pdf', doc1), ('obs-s80-02-rapport-de-stage.pdf', doc2),
        ('obs-s80-03-affiche-coupon.pdf', doc3), ('obs-s80-04-manuel-scolaire.pdf', doc4),
        ('obs-s80-05-blog-commentaires.pdf', doc5), ('obs-s80-06-notice-plateforme.pdf', doc6)]

if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, fn in DOCS:
        fn(os.path.join(out, name))
        print(name)
