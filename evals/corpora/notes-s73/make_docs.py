#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generateur deterministe des 6 PDF du jeu aveugle s73.

Usage : python make_docs.py [DOSSIER_SORTIE]   (par defaut : le dossier de ce script)

Reseau fictif : Passerelles Centre-Val de Loire (reseau regional des alliances d'interet general).
Les chiffres sur l'Observatoire des partenariats / Le RAMEAU viennent de /work/shared/facts.md ;
le reste (noms du reseau, jury, laureats, offre de mission, consultation) est invente.
"""
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, FrameBreak, PageBreak, NextPageTemplate, Flowable,
                                KeepTogether)

FONT_DIR = '/usr/share/fonts/truetype/dejavu'
for name, fn in [('DV', 'DejaVuSans.ttf'), ('DV-B', 'DejaVuSans-Bold.ttf'),
                 ('DV-I', 'DejaVuSans-Oblique.ttf'), ('DV-BI', 'DejaVuSans-BoldOblique.ttf'),
                 ('DVS', 'DejaVuSerif.ttf'), ('DVS-B', 'DejaVuSerif-Bold.ttf'),
                 ('DVS-I', 'DejaVuSerif-Italic.ttf'), ('DVS-BI', 'DejaVuSerif-BoldItalic.ttf'),
                 ('DVC', 'DejaVuSansCondensed.ttf'), ('DVC-B', 'DejaVuSansCondensed-Bold.ttf'),
                 ('DVC-I', 'DejaVuSansCondensed-Oblique.ttf'),
                 ('DVC-BI', 'DejaVuSansCondensed-BoldOblique.ttf'),
                 ('DVM', 'DejaVuSansMono.ttf'), ('DVM-B', 'DejaVuSansMono-Bold.ttf')]:
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
for fam, r, b, i, bi in [('DV', 'DV', 'DV-B', 'DV-I', 'DV-BI'), ('DVS', 'DVS', 'DVS-B', 'DVS-I', 'DVS-BI'),
                         ('DVC', 'DVC', 'DVC-B', 'DVC-I', 'DVC-BI'), ('DVM', 'DVM', 'DVM-B', 'DVM', 'DVM-B')]:
    addMapping(fam, 0, 0, r)
    addMapping(fam, 1, 0, b)
    addMapping(fam, 0, 1, i)
    addMapping(fam, 1, 1, bi)

NB = '\u00a0'
W, H = A4
NETWORK = 'Passerelles Centre-Val de Loire'
WEB = 'www.reseau-passerelles-cvl.fr'
PFX = 'obs-s73'


def fr(s):
    """Espaces insecables : separateurs de milliers, avant % EUR : ; ? ! >> et apres <<."""
    for _ in range(2):
        s = re.sub(r'(?<=\d) (?=\d{3}(?!\d))', NB, s)
    s = re.sub(r' (?=[%€:;?!»])', NB, s)
    s = s.replace('« ', '«' + NB)
    s = s.replace('n° ', 'n°' + NB)
    return s


def st(name, font='DV', size=9, lead=None, align=TA_LEFT, color=colors.black, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25,
                          alignment=align, textColor=color, **kw)


def P(text, style):
    return Paragraph(fr(text), style)


def dstr(c, x, y, text, font='DV', size=8, color=colors.black, align='left'):
    c.setFont(font, size)
    c.setFillColor(color)
    t = fr(text)
    if align == 'left':
        c.drawString(x, y, t)
    elif align == 'right':
        c.drawRightString(x, y, t)
    else:
        c.drawCentredString(x, y, t)


def make_doc(path, title, templates):
    doc = BaseDocTemplate(path, pagesize=A4, title=title, author=NETWORK, subject='Jeu de test s73',
                          creator='make_docs.py (s73)', producer='ReportLab', invariant=1,
                          leftMargin=15 * mm, rightMargin=15 * mm, topMargin=20 * mm, bottomMargin=18 * mm)
    doc.addPageTemplates(templates)
    return doc


# ---------------------------------------------------------------------------------------------
# 1. Revue de presse : coupures de medias differents, deux colonnes inegales
# ---------------------------------------------------------------------------------------------
NAVY = colors.HexColor('#1d3557')
RUST = colors.HexColor('#9c3d1c')
GREY = colors.HexColor('#f0f0f0')
DGREY = colors.HexColor('#555555')


def doc1(out):
    path = os.path.join(out, PFX + '-01-revue-presse.pdf')
    lm, rm, top, bot = 14 * mm, 14 * mm, 30 * mm, 20 * mm
    gap = 7 * mm
    usable = W - lm - rm - gap
    wl, wr = usable * 0.62, usable * 0.38
    fh = H - top - bot

    def on_page(c, doc):
        n = doc.page
        c.saveState()
        # bandeau d'en-tete
        c.setFillColor(NAVY)
        c.rect(0, H - 20 * mm, W, 20 * mm, stroke=0, fill=1)
        dstr(c, lm, H - 11 * mm, '[P] PASSERELLES', 'DV-B', 14, colors.white)
        dstr(c, lm, H - 16 * mm, 'réseau régional des alliances d’intérêt général', 'DV-I', 7.5, colors.white)
        dstr(c, W - rm, H - 10.5 * mm, 'REVUE DE PRESSE « ALLIANCES EN TERRITOIRES »', 'DV-B', 9,
             colors.white, 'right')
        dstr(c, W - rm, H - 15.5 * mm, 'Dossier n° 9 · printemps 2025 · diffusion interne', 'DV', 7.5,
             colors.white, 'right')
        # filet vertical entre les colonnes inegales
        c.setStrokeColor(colors.HexColor('#999999'))
        c.setLineWidth(0.4)
        x = lm + wl + gap / 2
        c.line(x, bot, x, H - top + 4 * mm)
        # pied de page
        c.setStrokeColor(NAVY)
        c.line(lm, 14 * mm, W - rm, 14 * mm)
        dstr(c, lm, 10 * mm, 'Articles reproduits pour un usage interne, avec l’accord des éditeurs. '
             'Droits réservés aux titres cités.', 'DV-I', 6.5, DGREY)
        dstr(c, lm, 6.5 * mm, NETWORK + ' · 12 quai du Châtelet, 45000 Orléans · ' + WEB, 'DV', 6.5, DGREY)
        dstr(c, W - rm, 8 * mm, '— %d —' % (16 + n), 'DV-B', 10, NAVY, 'right')
        c.restoreState()

    frames = [Frame(lm, bot, wl, fh, id='L', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
              Frame(lm + wl + gap, bot, wr, fh, id='R', leftPadding=0, rightPadding=0, topPadding=0,
                    bottomPadding=0)]
    doc = make_doc(path, 'Revue de presse Alliances en territoires - dossier 9', [
        PageTemplate('press', frames=frames, onPage=on_page)])

    mast = st('mast', 'DVS-B', 12.5, 14, color=RUST)
    meta = st('meta', 'DV', 7, 9, color=DGREY)
    head_l = st('headl', 'DVS-B', 12, 14.5)
    head_r = st('headr', 'DVS-B', 10.5, 12.5)
    body_l = st('bodyl', 'DVS', 8.6, 11.4, TA_JUSTIFY)
    body_r = st('bodyr', 'DVS', 8.1, 10.6, TA_JUSTIFY)
    chap = st('chap', 'DVS-I', 8.6, 11.2, TA_JUSTIFY)

    def clip(journal, info, title, paras, width, narrow=False, chapo=None):
        inner = [P(journal, mast), Spacer(1, 1.5), P(info, meta), Spacer(1, 3), P(title, head_r if narrow else head_l),
                 Spacer(1, 3)]
        if chapo:
            inner += [P(chapo, chap), Spacer(1, 3)]
        for p in paras:
            inner += [P(p, body_r if narrow else body_l), Spacer(1, 2.5)]
        t = Table([[inner]], colWidths=[width])
        t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.HexColor('#777777')),
                               ('LEFTPADDING', (0, 0), (-1, -1), 6), ('RIGHTPADDING', (0, 0), (-1, -1), 6),
                               ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 4),
                               ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#fffdf7'))]))
        return [t, Spacer(1, 7)]

    s = []
    # ---- page 1, colonne large
    s += clip('L’ÉCHO DES TERRITOIRES',
              'Quotidien régional · jeudi 2 décembre 2021 · page 7 · rubrique « Solidarités »',
              '« Faire alliance » : une charte pour apprendre à se faire confiance',
              ['C’est à Saint-Maurice, sur le territoire de Paris-Est Marne & Bois, que la Charte du faire '
               'alliance a été présentée au public le 30 novembre 2021, jour du Giving Tuesday, au cours '
               'd’une soirée accueillie par VitaWin. Le texte n’est pas sorti d’un bureau : il a demandé '
               'trois mois de co-construction, sous le pilotage de la Fondation des Territoires.',
               'Ses promoteurs le décrivent comme un « contrat de confiance » entre des organisations qui '
               'n’ont pas l’habitude de travailler ensemble : associations, entreprises, collectivités, '
               'fondations. Le lieu n’a pas été choisi par hasard. Paris-Est Marne & Bois figurait, avec '
               'l’Alsace et le Poitou-Charentes, parmi les trois territoires pilotes de la démarche « Agir '
               'ensemble en Territoire », engagée en 2010 à la suite de l’étude ARPEA-Collectivités locales '
               'menée par Comisis et OpinionWay.',
               'En Alsace, c’est Alsace Active qui avait porté l’expérience ; en Poitou-Charentes, le Groupe '
               'La Poste. Dix ans plus tard, la charte se veut la traduction concrète de ces années '
               'd’essais.'], wl)
    s += clip('LE JOURNAL DE L’ESS',
              'Hebdomadaire national · vendredi 17 juin 2022 · page 3',
              'La Fondation des Territoires voit officiellement le jour',
              ['Annoncée depuis longtemps, la Fondation des Territoires existe désormais en bonne et due '
               'forme : elle a été créée le 14 juin 2022, sous l’égide de la Fondation de Lille, par 21 '
               'co-fondateurs. Elle se donne trois missions.',
               'Le chemin a été long. La préfiguration avait démarré en juillet 2018 et s’est déroulée en '
               'trois temps : de juillet 2018 à juillet 2019, d’août 2019 à novembre 2020, puis de décembre '
               '2020 à mai 2022.'], wl)
    s.append(FrameBreak())
    # ---- page 1, colonne etroite
    s += clip('SOLIDARITÉS HEBDO',
              'Mardi 6 octobre 2015 · page 11',
              'Les Français demandent aux acteurs de coopérer',
              ['Le volet PHARE-Citoyens de l’Observatoire des partenariats, publié en septembre 2015, '
               's’appuie sur plus de 2 000 personnes interrogées. Verdict : 69 % des Français jugent que '
               'les organisations ont un « devoir d’alliance ».',
               'Invités à noter sur 10 l’importance de plusieurs enjeux, les sondés placent l’emploi en '
               'tête (7,1/10), devant la sécurité (7/10) et le pouvoir d’achat (6,6/10).',
               'Là où les partenariats auraient un impact fort : l’emploi (49 %) et le développement '
               'économique (46 %) arrivent devant l’environnement (42 %).'], wr, narrow=True)
    somm = st('somm', 'DV', 7.6, 10)
    s.append(Table([[[P('<b>DANS CE DOSSIER</b>', st('sh', 'DV-B', 8.5, 11, color=NAVY)),
                      P('9 coupures de presse, de 2011 à 2024, classées par thème et non par date. '
                        'Le récapitulatif des sources figure en page 19.', somm),
                      Spacer(1, 3),
                      P('<b>Rappel :</b> les chiffres cités engagent les journaux qui les publient. Les '
                        'publications de l’Observatoire ne concordent pas toujours d’une édition à '
                        'l’autre ; vérifiez la date de chaque article.', somm)]]],
                   colWidths=[wr],
                   style=TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#e8eef5')),
                                     ('LEFTPADDING', (0, 0), (-1, -1), 6), ('RIGHTPADDING', (0, 0), (-1, -1), 6),
                                     ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)])))
    s.append(FrameBreak())
    # ---- page 2, colonne large
    s += clip('LA LETTRE DU MAIRE RURAL',
              'Hebdomadaire · mardi 3 décembre 2024 · page 5 · « Enquêtes »',
              'Neuf maires sur dix voient leur commune bouger',
              ['L’étude IMPACTS & TRAJECTOIRES – Élus locaux, parue en novembre 2024, repose sur un '
               'échantillon de 302 maires, interrogés par téléphone entre le 30 septembre et le 28 octobre '
               '2024.',
               'Premier enseignement : 91 % d’entre eux estiment que leur territoire est « en mouvement ». '
               'Le détail nuance ce chiffre : 35 % le voient bouger fortement, 56 % « ni plus ni moins ». '
               'L’échantillon fait la part belle aux petites communes, puisque 84 % des répondants sont '
               'maires d’une commune de moins de 2 000 habitants.',
               'L’étude ne fournit pas de ventilation par région, regrettent plusieurs associations '
               'd’élus.'], wl)
    s += clip('LE QUOTIDIEN DES POLITIQUES PUBLIQUES',
              'Vendredi 8 mai 2020 · page 9',
              'Vie associative : la mission Racon-Bouzon – Heidsieck rend sa copie',
              ['Lancée lors du Forum national des associations et fondations (FNAF) de 2019, la mission '
               'confiée par Gabriel Attal à la députée Cathy Racon-Bouzon et à '
               'Charles-Benoît Heidsieck, président-fondateur du RAMEAU, a remis son rapport le 7 mai '
               '2020.',
               'Le document plaide pour une reconnaissance des alliances entre associations, entreprises '
               'et pouvoirs publics. Ses auteurs promettent un point d’étape à l’automne.'], wl)
    s.append(FrameBreak())
    # ---- page 2, colonne etroite
    s += clip('FLASH ASSOS',
              'Lettre en ligne · lundi 19 octobre 2020 · brève, page 2',
              'Mission Attal : le bilan',
              ['Le bilan de la mission ministérielle sur l’engagement et les alliances a été présenté le '
               '17 octobre 2020, cinq mois après la remise du rapport.'], wr, narrow=True)
    s += clip('CARNET DES MÉCÈNES',
              'Bimestriel · mars-avril 2022 · page 22',
              'Un fonds pour faire vivre l’ODD 17 près de chez vous',
              ['Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 est doté de '
               '1,5 M€. Cette enveloppe finance une expérimentation sur trois ans.',
               'Le dispositif mise sur 350 « catalyseurs territoriaux », chargés de faire émerger des '
               'coopérations au plus près du terrain.'], wr, narrow=True)
    s.append(FrameBreak())
    # ---- page 3, colonne large
    s += clip('ENTREPRISES & TERRITOIRES MAGAZINE',
              'Mensuel · janvier 2011 · page 34 · archives',
              'Partenariats associatifs : les entreprises encore partagées',
              ['Une entreprise sur cinq seulement a franchi le pas. Selon l’étude ARPEA Entreprises & '
               'Territoires, 21 % des entreprises développent des partenariats avec des associations, '
               '33 % souhaiteraient le faire et 46 % ne le souhaitent pas.',
               'Ces résultats sont suivis par l’Observatoire national des partenariats associations / '
               'entreprises, qui a vu le jour en 2007 et publie désormais ses études par familles '
               'd’acteurs.'], wl)
    s += clip('LA GAZETTE DES COMMUNES DU CENTRE',
              'Jeudi 1er décembre 2016 · page 14',
              'Co-construction : cinq façons d’être maire',
              ['Le volet PHARE-Institutions de l’Observatoire des partenariats a été rendu public le '
               '29 novembre 2016. Il dresse cinq profils de maires face aux partenariats et sert de base à '
               'un référentiel sur la co-construction territoriale.',
               'Les élus interrogés sont 87 % à voir dans les partenariats une source d’innovation pour '
               'leur territoire.'], wl)
    s.append(FrameBreak())
    # ---- page 3, colonne etroite : recapitulatif des sources
    th = st('th', 'DV-B', 6.8, 8.4, color=colors.white)
    td = st('td', 'DV', 6.8, 8.4)
    rows = [[P('Titre', th), P('Date', th), P('Page', th)]]
    for t, d, p in [('Solidarités Hebdo', '6 oct. 2015', '11'),
                    ('Entreprises & Territoires Magazine', 'janv. 2011', '34'),
                    ('La Gazette des communes du Centre', '1er déc. 2016', '14'),
                    ('Flash Assos (brève)', '19 oct. 2020', '2'),
                    ('Le Quotidien des Politiques publiques', '8 mai 2020', '9'),
                    ('L’Écho des Territoires', '2 déc. 2021', '7'),
                    ('Carnet des Mécènes', 'mars-avril 2022', '22'),
                    ('Le Journal de l’ESS', '17 juin 2022', '3'),
                    ('La Lettre du Maire rural', '3 déc. 2024', '5')]:
        rows.append([P(t, td), P(d, td), P(p, td)])
    s.append(P('<b>RÉCAPITULATIF DES SOURCES</b>', st('rh', 'DV-B', 8.5, 11, color=NAVY)))
    s.append(Spacer(1, 3))
    s.append(Table(rows, colWidths=[wr * 0.5, wr * 0.33, wr * 0.17], repeatRows=1,
                   style=TableStyle([('BACKGROUND', (0, 0), (-1, 0), NAVY),
                                     ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#aaaaaa')),
                                     ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                     ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3),
                                     ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, GREY])])))
    s.append(Spacer(1, 6))
    s.append(P('Page = page de la parution d’origine. Dossier réalisé par le pôle Observatoire & '
               'données de Passerelles.', st('rn', 'DV-I', 6.8, 8.6, color=DGREY)))
    doc.build(s)
    return path


# ---------------------------------------------------------------------------------------------
# 2. Rapport du jury d'un prix : palmares, criteres notes, composition du jury
# ---------------------------------------------------------------------------------------------
GREEN = colors.HexColor('#2a6f4e')


def doc2(out):
    path = os.path.join(out, PFX + '-02-rapport-jury.pdf')
    lm = rm = 18 * mm

    def on_page(c, doc):
        n = doc.page
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(lm, H - 16 * mm, 9 * mm, 9 * mm, stroke=0, fill=1)
        dstr(c, lm + 4.5 * mm, H - 13.3 * mm, 'P', 'DV-B', 13, colors.white, 'center')
        dstr(c, lm + 12 * mm, H - 11 * mm, 'PRIX PASSERELLES DES ALLIANCES TERRITORIALES', 'DV-B', 9, GREEN)
        dstr(c, lm + 12 * mm, H - 15.5 * mm, '3e édition · 2024 · Rapport du jury', 'DV', 7.5, DGREY)
        dstr(c, W - rm, H - 11 * mm, 'Document public', 'DV-I', 7.5, DGREY, 'right')
        c.setStrokeColor(GREEN)
        c.setLineWidth(1.2)
        c.line(lm, H - 18 * mm, W - rm, H - 18 * mm)
        c.setLineWidth(0.4)
        c.line(lm, 15 * mm, W - rm, 15 * mm)
        dstr(c, lm, 10.5 * mm, NETWORK + ' — association loi 1901 — 12 quai du Châtelet, 45000 Orléans',
             'DV', 6.5, DGREY)
        dstr(c, lm, 7 * mm, WEB + '/prix — Le palmarès est publié sous réserve de la signature des '
             'conventions de dotation.', 'DV', 6.5, DGREY)
        dstr(c, W - rm, 9 * mm, 'page %d' % (4 + n), 'DV-B', 9, GREEN, 'right')
        c.restoreState()

    fr_ = Frame(lm, 20 * mm, W - lm - rm, H - 42 * mm, id='F', leftPadding=0, rightPadding=0)
    doc = make_doc(path, 'Prix Passerelles 2024 - rapport du jury', [PageTemplate('j', [fr_], onPage=on_page)])
    tw = W - lm - rm
    h1 = st('h1', 'DV-B', 15, 19, color=GREEN)
    h2 = st('h2', 'DV-B', 11, 14, color=GREEN, spaceBefore=6, spaceAfter=4)
    body = st('body', 'DV', 9, 12.2, TA_JUSTIFY, spaceAfter=4)
    th = st('th', 'DV-B', 8, 10, color=colors.white)
    td = st('td', 'DV', 8, 10.2)
    tdb = st('tdb', 'DV-B', 8, 10.2)
    tsty = [('BACKGROUND', (0, 0), (-1, 0), GREEN), ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#999999')),
            ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 4),
            ('RIGHTPADDING', (0, 0), (-1, -1), 4)]
    s = []
    s.append(P('Rapport du jury', h1))
    s.append(P('Délibération du 14 novembre 2024, Orléans', st('sub', 'DV-I', 9.5, 13, color=DGREY)))
    s.append(Spacer(1, 6))
    s.append(P('Le mot du président du jury', h2))
    s.append(P('Pour sa troisième édition, le Prix Passerelles a voulu récompenser des coopérations qui '
               'tiennent dans la durée, et pas seulement des projets bien présentés. Nous avons lu des '
               'dossiers venus des six départements de la région, portés par des associations, des '
               'entreprises de toutes tailles et des communes rurales comme urbaines.', body))
    s.append(P('Ce prix s’inscrit dans un mouvement plus large. L’Observatoire des partenariats, créé en '
               '2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement '
               'associatif, documente depuis longtemps l’appétit de coopération des Français. Ses derniers '
               'chiffres sont nets : 81 % des Français parlent d’un « devoir d’alliance », 92 % des maires '
               'disent en avoir besoin et 84 % des dirigeants d’entreprise en ont envie. Le jury a cherché '
               'les équipes qui transforment cette envie en actes.', body))
    s.append(P('— Hervé Castaing, président du jury', st('sig', 'DV-I', 9, 12, TA_RIGHT)))
    s.append(P('Critères notés', h2))
    s.append(P('Chaque membre du jury a noté chaque dossier recevable sur 100 points, répartis entre cinq '
               'critères. La note retenue est la moyenne des notes individuelles, arrondie à l’unité.', body))
    crit = [[P('N°', th), P('Critère', th), P('Ce que le jury regarde', th), P('Points', th)],
            [P('C1', tdb), P('Réponse à un besoin du territoire', td),
             P('Diagnostic partagé, public concerné, lien avec les priorités locales', td), P('25', td)],
            [P('C2', tdb), P('Qualité de la co-construction', td),
             P('Gouvernance commune, décisions prises ensemble, répartition des rôles', td), P('25', td)],
            [P('C3', tdb), P('Diversité des partenaires', td),
             P('Au moins deux familles d’acteurs (association, entreprise, collectivité, école…)', td),
             P('15', td)],
            [P('C4', tdb), P('Résultats mesurés', td),
             P('Indicateurs suivis, effets constatés, retours des bénéficiaires', td), P('20', td)],
            [P('C5', tdb), P('Capacité d’essaimage', td),
             P('Possibilité de reproduire l’alliance ailleurs, outils partagés', td), P('15', td)],
            [P('', td), P('<b>Total</b>', td), P('', td), P('<b>100</b>', td)]]
    s.append(Table(crit, colWidths=[12 * mm, 52 * mm, tw - 12 * mm - 52 * mm - 16 * mm, 16 * mm],
                   style=TableStyle(tsty + [('ALIGN', (3, 0), (3, -1), 'RIGHT'),
                                            ('BACKGROUND', (0, -1), (-1, -1), GREY)])))
    s.append(Spacer(1, 5))
    s.append(P('Une alliance qui obtient moins de 12 points sur le critère C2 ne peut pas être primée, '
               'quelle que soit sa note totale : le jury considère la co-construction comme le cœur du '
               'prix.', body))
    s.append(PageBreak())
    # ---- page 2 : palmares
    s.append(P('Palmarès par catégorie', h1))
    s.append(P('Dotations : 3 000 € pour chaque lauréat, 1 000 € pour chaque mention. Notes sur 100.',
               st('sub2', 'DV-I', 8.5, 11, color=DGREY)))
    s.append(Spacer(1, 6))
    pal = [[P('Catégorie', th), P('Distinction', th), P('Alliance primée', th), P('Note', th)]]
    data = [
        ('1. Alliance association – entreprise',
         [('Lauréat', 'Les Jardins de Sologne (chantier d’insertion, Romorantin-Lanthenay) avec la '
                      'Coopérative maraîchère du Val', '86'),
          ('Mention', 'Atelier vélo Roue Libre (Tours) avec l’entreprise Transports Mercier', '79')]),
        ('2. Coopération avec une collectivité',
         [('Lauréat', 'Commune de Châteaudun et l’association Les Mots Partagés (lecture dans les '
                      'hameaux)', '88'),
          ('Mention', 'Communauté de communes des Trois Rivières et l’épicerie sociale L’Escale', '77')]),
        ('3. Jeune alliance (moins de deux ans)',
         [('Lauréat', 'Le Bus des Droits (Vierzon) : accès aux droits porté par une association, une '
                      'mutuelle et le CCAS', '81'),
          ('Mention', 'Tiers-lieu La Fabrique (Dreux) avec trois artisans du bâtiment', '74')]),
        ('4. Prix spécial du jury « ODD 17 »',
         [('Lauréat', 'Collectif Loire Propre (Orléans) : nettoyage des berges avec des entreprises, des '
                      'écoles et la métropole', '90'),
          ('Mention', 'Pas de mention décernée', '—')]),
    ]
    spans = []
    r = 1
    for cat, items in data:
        for i, (dist, who, note) in enumerate(items):
            pal.append([P(cat if i == 0 else '', tdb), P(dist, tdb if dist == 'Lauréat' else td), P(who, td),
                        P(note, tdb)])
        spans.append(('SPAN', (0, r), (0, r + len(items) - 1)))
        spans.append(('BACKGROUND', (0, r), (0, r + len(items) - 1), GREY))
        r += len(items)
    s.append(Table(pal, colWidths=[42 * mm, 23 * mm, tw - 42 * mm - 23 * mm - 13 * mm, 13 * mm],
                   style=TableStyle(tsty + spans + [('ALIGN', (3, 0), (3, -1), 'RIGHT')])))
    s.append(Spacer(1, 8))
    s.append(P('Attendus du jury', h2))
    for t in ['<b>Les Jardins de Sologne.</b> Le jury salue une alliance économique réelle : la coopérative '
              'achète une partie des légumes produits par les salariés en insertion et forme les encadrants. '
              'Note la plus haute de la catégorie sur le critère C4.',
              '<b>Commune de Châteaudun et Les Mots Partagés.</b> Des bénévoles lisent à domicile dans les '
              'hameaux, la commune assure le transport et prête ses locaux. Le jury a apprécié la convention '
              'signée pour trois ans et la présence d’élus au comité de suivi.',
              '<b>Le Bus des Droits.</b> Une alliance récente mais déjà structurée, qui associe trois familles '
              'd’acteurs. Le jury encourage l’équipe à documenter ses résultats dès la deuxième année.',
              '<b>Collectif Loire Propre.</b> Meilleure note de l’édition. Le jury retient la capacité du '
              'collectif à entraîner des écoles, des entreprises et la métropole dans une action régulière, '
              'reproductible sur d’autres berges : c’est l’esprit même de l’ODD 17.']:
        s.append(P(t, body))
    s.append(PageBreak())
    # ---- page 3 : composition du jury
    s.append(P('Composition du jury', h1))
    s.append(Spacer(1, 4))
    jur = [[P('Membre', th), P('Fonction', th), P('Collège', th)],
           [P('Hervé Castaing', tdb), P('Président du jury ; ancien délégué régional d’un réseau '
                                        'd’entreprises solidaires', td), P('Personnes qualifiées', td)],
           [P('Anne-Sophie Morel', tdb), P('Adjointe à la vie associative d’une commune du Cher', td),
            P('Collectivités', td)],
           [P('Malik Haddad', tdb), P('Dirigeant d’une PME de logistique, Chartres', td), P('Entreprises', td)],
           [P('Claire Duvivier', tdb), P('Directrice d’une association d’aide à domicile, Tours', td),
            P('Associations', td)],
           [P('Yves Perrot', tdb), P('Enseignant-chercheur en sciences de gestion', td),
            P('Personnes qualifiées', td)],
           [P('Sandrine Lebœuf', tdb), P('Déléguée d’une fondation d’entreprise', td), P('Entreprises', td)],
           [P('Martine Ollivier', tdb), P('Présidente de Passerelles, voix consultative', td),
            P('Organisateur', td)]]
    s.append(Table(jur, colWidths=[38 * mm, tw - 38 * mm - 36 * mm, 36 * mm], style=TableStyle(tsty)))
    s.append(Spacer(1, 8))
    s.append(P('Règles de déontologie', h2))
    s.append(P('Chaque membre a signé une déclaration d’absence de conflit d’intérêts. Claire Duvivier, '
               'dont l’association est partenaire de l’Atelier vélo Roue Libre, ne s’est pas exprimée et n’a '
               'pas voté dans la catégorie 1. La présidente de Passerelles a assisté aux débats sans prendre '
               'part au vote. En cas d’égalité, la voix du président du jury est prépondérante.', body))
    s.append(P('Calendrier de l’édition 2024', h2))
    cal = [[P('Étape', th), P('Date', th)],
           [P('Ouverture de l’appel à candidatures', td), P('2 avril 2024', td)],
           [P('Clôture des dépôts', td), P('15 septembre 2024', td)],
           [P('Visites de terrain par les binômes du jury', td), P('du 1er au 25 octobre 2024', td)],
           [P('Délibération du jury, Orléans', td), P('14 novembre 2024', td)],
           [P('Remise des prix, Tours (Journée mondiale du bénévolat)', td), P('jeudi 5 décembre 2024', td)]]
    s.append(Table(cal, colWidths=[tw - 50 * mm, 50 * mm], style=TableStyle(tsty)))
    s.append(Spacer(1, 8))
    s.append(P('Recommandations pour la 4e édition', h2))
    for t in ['Demander à chaque candidat au moins un indicateur chiffré de résultat (critère C4).',
              'Créer une catégorie dédiée aux alliances avec des établissements scolaires.',
              'Publier les grilles de notation anonymisées en même temps que le palmarès.']:
        s.append(P('• ' + t, st('bul', 'DV', 9, 12, leftIndent=10, firstLineIndent=-8, spaceAfter=3)))
    doc.build(s)
    return path


# ---------------------------------------------------------------------------------------------
# 3. Offre de mission benevole avec encadre lateral
# ---------------------------------------------------------------------------------------------
TEAL = colors.HexColor('#0f6e76')


def doc3(out):
    path = os.path.join(out, PFX + '-03-mission-benevole.pdf')
    lm, rm = 15 * mm, 12 * mm
    side_w = 56 * mm
    gap = 7 * mm
    main_w = W - lm - rm - side_w - gap
    top, bot = 42 * mm, 22 * mm
    sx = lm + main_w + gap

    def on_page(c, doc):
        n = doc.page
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, H - 34 * mm, W, 34 * mm, stroke=0, fill=1)
        dstr(c, lm, H - 12 * mm, '[P] PASSERELLES · BOURSE AUX MISSIONS BÉNÉVOLES', 'DV-B', 8.5, colors.white)
        dstr(c, W - rm, H - 12 * mm, 'Réf. MB-2025-07', 'DVM-B', 8.5, colors.white, 'right')
        if n == 1:
            dstr(c, lm, H - 22 * mm, 'Référent·e bénévole « Alliances de proximité »', 'DV-B', 16, colors.white)
            dstr(c, lm, H - 29 * mm, 'Cher et Indre · 9 mois · environ 4 heures par semaine', 'DV', 10,
                 colors.white)
        else:
            dstr(c, lm, H - 22 * mm, 'Référent·e bénévole « Alliances de proximité » (suite)', 'DV-B', 13,
                 colors.white)
        # encadre lateral
        c.setFillColor(colors.HexColor('#e3f1f2'))
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.8)
        c.rect(sx - 3 * mm, bot - 2 * mm, side_w + 3 * mm, H - top - bot + 6 * mm, stroke=1, fill=1)
        c.setStrokeColor(colors.HexColor('#bbbbbb'))
        c.setLineWidth(0.4)
        c.line(lm, 15 * mm, W - rm, 15 * mm)
        dstr(c, lm, 10.5 * mm, 'Mission bénévole non rémunérée, encadrée par une convention d’engagement.',
             'DV', 6.5, DGREY)
        dstr(c, lm, 7 * mm, 'Offre publiée par ' + NETWORK + ' · ' + WEB + '/benevolat', 'DV', 6.5,
             DGREY)
        dstr(c, W - rm, 9 * mm, 'Offres de missions — p. %d' % (11 + n), 'DV-B', 8.5, TEAL, 'right')
        c.restoreState()

    fm = Frame(lm, bot, main_w, H - top - bot, id='main', leftPadding=0, rightPadding=0, topPadding=0)
    fs = Frame(sx, bot, side_w - 2 * mm, H - top - bot, id='side', leftPadding=0, rightPadding=0, topPadding=0)
    doc = make_doc(path, 'Mission benevole MB-2025-07', [PageTemplate('m', [fm, fs], onPage=on_page)])
    h2 = st('h2', 'DV-B', 11, 14, color=TEAL, spaceBefore=5, spaceAfter=3)
    body = st('body', 'DV', 9, 12.3, TA_JUSTIFY, spaceAfter=4)
    bul = st('bul', 'DV', 9, 12.3, leftIndent=11, firstLineIndent=-9, spaceAfter=2.5)
    sh = st('sh', 'DV-B', 9.5, 12, color=TEAL, spaceAfter=3)
    sb = st('sb', 'DVC', 8.2, 10.6, spaceAfter=3)
    big = st('big', 'DV-B', 17, 19, color=TEAL)
    s = []
    s.append(P('Le contexte', h2))
    s.append(P('Dans le Cher et dans l’Indre, beaucoup de coopérations entre associations, entreprises et '
               'communes existent déjà, mais elles restent peu connues en dehors de leur canton. Passerelles '
               'cherche une personne bénévole pour les repérer, les faire connaître et aider de nouvelles '
               'alliances à naître.', body))
    s.append(P('Vos missions', h2))
    for t in ['repérer, commune par commune, les coopérations existantes entre associations, entreprises '
              'et collectivités ;',
              'rencontrer les porteurs de projets et rédiger des fiches « exemple inspirant » d’une page, '
              'sur le modèle du réseau ;',
              'organiser deux fois par an un « café-alliances » local qui réunit élus, chefs d’entreprise et '
              'responsables associatifs ;',
              'relayer l’appel à candidatures du Prix Passerelles et aider les candidats à monter leur dossier ;',
              'faire remonter au pôle Observatoire & données les besoins repérés sur le terrain.']:
        s.append(P('▪ ' + t, bul))
    s.append(P('Le profil recherché', h2))
    for t in ['goût du contact et de l’écoute, aisance à l’oral devant un petit groupe ;',
              'bonne connaissance du tissu local, qu’il soit associatif, économique ou municipal ;',
              'qualités rédactionnelles et usage courant de la messagerie, de la visioconférence et d’un '
              'tableur ;',
              'permis B apprécié : une partie des rendez-vous se tient en zone rurale.']:
        s.append(P('▪ ' + t, bul))
    s.append(P('Aucun diplôme n’est exigé. Les candidatures de personnes retraitées, en activité ou en '
               'recherche d’emploi sont examinées de la même façon.', body))
    s.append(P('Les conditions', h2))
    for t in ['<b>Durée :</b> 9 mois renouvelables, de septembre 2025 à mai 2026.',
              '<b>Disponibilité :</b> environ 4 heures par semaine, dont une demi-journée de terrain par mois.',
              '<b>Lieu :</b> à domicile et à l’antenne de Bourges, avec des déplacements dans les deux '
              'départements.',
              '<b>Formation :</b> deux jours d’accueil à Orléans en octobre 2025, puis un binôme avec un '
              'référent expérimenté pendant le premier mois.',
              '<b>Frais :</b> frais de déplacement remboursés sur justificatifs, selon le barème voté par le '
              'conseil d’administration.',
              '<b>Cadre :</b> convention d’engagement bénévole ; assurance responsabilité civile prise en '
              'charge par le réseau.']:
        s.append(P('▪ ' + t, bul))
    s.append(FrameBreak())
    # encadre lateral page 1
    s.append(P('REPÈRES', sh))
    s.append(P('Ce que disent les études de l’Observatoire des partenariats', sb))
    s.append(Spacer(1, 3))
    s.append(P('148 000', big))
    s.append(P('associations employeuses en France, selon l’étude IMPACT – Associations & Territoires.', sb))
    s.append(P('98 %', big))
    s.append(P('d’entre elles ont noué au moins un partenariat.', sb))
    s.append(Spacer(1, 3))
    s.append(P('<b>Avec qui ?</b>', sb))
    for t in ['collectivités : 89 %', 'structures d’intérêt général : 73 %', 'établissements scolaires : 70 %',
              'collectifs d’associations : 56 %', 'acteurs publics nationaux : 52 %']:
        s.append(P('– ' + t, st('sbl', 'DVC', 8.2, 10.4, leftIndent=8, firstLineIndent=-6)))
    s.append(Spacer(1, 4))
    s.append(P('<b>À quelle échelle ?</b> Les partenariats se nouent d’abord au niveau local (73 %), puis '
               'régional (47 %).', sb))
    s.append(Spacer(1, 4))
    s.append(P('<b>1 000 exemples</b>', st('sb2', 'DV-B', 11, 13, color=TEAL)))
    s.append(P('Le RAMEAU, laboratoire d’innovations partenariales créé en 2006, a recensé plus de 1 000 '
               'exemples inspirants : vos fiches viendront enrichir cette base régionale.', sb))
    s.append(FrameBreak())
    # ---- page 2, colonne principale
    s.append(P('Ce que le réseau vous apporte', h2))
    for t in ['un accès aux études et aux outils de l’Observatoire des partenariats relayés par Passerelles ;',
              'des rencontres régulières avec les autres référents des six départements ;',
              'une attestation d’engagement détaillant les compétences mobilisées, utile pour une '
              'validation des acquis de l’expérience ;',
              'une invitation à la remise du Prix Passerelles.']:
        s.append(P('▪ ' + t, bul))
    s.append(P('Comment se passe la sélection', h2))
    steps = [[P('<b>1</b>', st('n', 'DV-B', 12, 14, TA_CENTER, colors.white)),
              P('<b>Candidature</b> : un CV court et quelques lignes de motivation, envoyés par courriel.', body)],
             [P('<b>2</b>', st('n', 'DV-B', 12, 14, TA_CENTER, colors.white)),
              P('<b>Entretien</b> : une heure, en visioconférence ou à Bourges, début juillet 2025.', body)],
             [P('<b>3</b>', st('n', 'DV-B', 12, 14, TA_CENTER, colors.white)),
              P('<b>Accueil</b> : signature de la convention et inscription à la formation d’octobre.', body)]]
    s.append(Table(steps, colWidths=[9 * mm, main_w - 9 * mm],
                   style=TableStyle([('BACKGROUND', (0, 0), (0, -1), TEAL), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                                     ('LINEBELOW', (0, 0), (-1, -2), 2, colors.white),
                                     ('LEFTPADDING', (1, 0), (1, -1), 6)])))
    s.append(P('Contact', h2))
    contact = [[P('<b>Nadia Cherif</b>, responsable du pôle Animation des territoires', body)],
               [P('Courriel : benevolat@reseau-passerelles-cvl.fr', body)],
               [P('<b>Candidatures avant le 30 juin 2025.</b> Merci d’indiquer la référence MB-2025-07 dans '
                  'l’objet du message.', body)]]
    s.append(Table(contact, colWidths=[main_w],
                   style=TableStyle([('BOX', (0, 0), (-1, -1), 0.8, TEAL),
                                     ('LEFTPADDING', (0, 0), (-1, -1), 6)])))
    s.append(Spacer(1, 6))
    s.append(P('Passerelles applique une politique d’égalité des chances : toutes les candidatures sont '
               'étudiées sans considération d’âge, de sexe ou d’origine. Les données transmises ne servent '
               'qu’à la sélection et sont supprimées six mois après la fin du recrutement.',
               st('leg', 'DV-I', 7.8, 10, TA_JUSTIFY, DGREY)))
    s.append(FrameBreak())
    # ---- page 2, encadre lateral : mots-cles
    s.append(P('MOTS-CLÉS DE LA MISSION', sh))
    for term, d in [('Catalyseur territorial',
                     'Personne ou structure qui, sur un territoire, provoque la rencontre entre '
                     'organisations différentes et les aide à bâtir une alliance. Le Fonds ODD 17 s’appuie '
                     'sur un réseau de 350 catalyseurs territoriaux.'),
                    ('Exemple inspirant',
                     'Alliance décrite sur une fiche d’une page (acteurs, besoin, résultats, contacts) pour '
                     'donner des idées à d’autres territoires.'),
                    ('Café-alliances',
                     'Rencontre informelle de deux heures, dans un lieu public, où chacun présente un '
                     'besoin ou une ressource.'),
                    ('ODD 17',
                     'Dix-septième objectif de développement durable de l’ONU, consacré aux partenariats ; '
                     'il se décline en 19 cibles.')]:
        s.append(P('<b>' + term + '</b>', st('kt', 'DV-B', 8.6, 11, color=TEAL)))
        s.append(P(d, sb))
        s.append(Spacer(1, 2))
    doc.build(s)
    return path


# ---------------------------------------------------------------------------------------------
# 4. Cahier des charges a exigences numerotees + tableau de conformite
# ---------------------------------------------------------------------------------------------
PURPLE = colors.HexColor('#4b3b72')


def doc4(out):
    path = os.path.join(out, PFX + '-04-cahier-des-charges.pdf')
    lm = rm = 17 * mm

    def on_page(c, doc):
        n = doc.page
        c.saveState()
        dstr(c, lm, H - 11 * mm, NETWORK.upper(), 'DV-B', 8, PURPLE)
        dstr(c, lm, H - 15 * mm, 'Consultation PCVL-2025-02 · Cahier des clauses techniques particulières',
             'DV', 7.5, DGREY)
        dstr(c, W - rm, H - 11 * mm, 'PLATEFORME « DONNÉES D’ALLIANCES »', 'DV-B', 8, PURPLE, 'right')
        dstr(c, W - rm, H - 15 * mm, 'Version 1.2 · diffusion restreinte aux candidats', 'DV', 7.5, DGREY,
             'right')
        c.setStrokeColor(PURPLE)
        c.setLineWidth(0.8)
        c.line(lm, H - 17.5 * mm, W - rm, H - 17.5 * mm)
        c.line(lm, 15 * mm, W - rm, 15 * mm)
        dstr(c, lm, 10.5 * mm, 'Document contractuel. Toute offre doit renseigner la colonne « Réponse du '
             'candidat » du tableau de conformité.', 'DV', 6.5, DGREY)
        dstr(c, lm, 7 * mm, WEB + '/marches · Pouvoir adjudicateur : ' + NETWORK, 'DV', 6.5, DGREY)
        dstr(c, W - rm, 9 * mm, 'Page %d sur 11' % (8 + n), 'DV-B', 8.5, PURPLE, 'right')
        c.restoreState()

    fr_ = Frame(lm, 19 * mm, W - lm - rm, H - 40 * mm, id='F', leftPadding=0, rightPadding=0)
    doc = make_doc(path, 'PCVL-2025-02 cahier des charges', [PageTemplate('c', [fr_], onPage=on_page)])
    tw = W - lm - rm
    h1 = st('h1', 'DV-B', 12.5, 16, color=PURPLE, spaceBefore=4, spaceAfter=4)
    h2 = st('h2', 'DV-B', 10, 13, color=PURPLE, spaceBefore=5, spaceAfter=3)
    body = st('body', 'DV', 8.8, 11.8, TA_JUSTIFY, spaceAfter=4)
    idst = st('id', 'DVM-B', 8.5, 11, color=PURPLE)
    rq = st('rq', 'DV', 8.6, 11.3, TA_JUSTIFY)
    pr = st('pr', 'DV-B', 8.3, 11, TA_CENTER)
    th = st('th', 'DV-B', 7.8, 9.8, color=colors.white)
    td = st('td', 'DV', 7.8, 9.8)

    def req_table(rows):
        data = [[P('Exigence', th), P('Libellé', th), P('Priorité', th)]]
        for rid, txt, p in rows:
            data.append([P(rid, idst), P(txt, rq), P(p, pr)])
        return Table(data, colWidths=[19 * mm, tw - 19 * mm - 18 * mm, 18 * mm], repeatRows=1,
                     style=TableStyle([('BACKGROUND', (0, 0), (-1, 0), PURPLE),
                                       ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#9a93b0')),
                                       ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                       ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, colors.HexColor('#f3f1f8')])]))

    s = []
    s.append(P('4. Objet et contexte de la prestation', h1))
    s.append(P('Le réseau ' + NETWORK + ' souhaite se doter d’une plateforme en ligne qui rassemble les '
               'données, méthodes et exemples d’alliances de la région. Elle doit s’appuyer sur les travaux '
               'de l’Observatoire des partenariats, organisés en plans quinquennaux successifs : ARPEA '
               '(Analyse des Relations et des Partenariats entre Entreprises et Associations) de 2008 à '
               '2012, PHARE de 2013 à 2018, puis IMPACT de 2018 à 2022.', body))
    s.append(P('Le programme IMPACT, lancé en novembre 2017, est conduit avec la Caisse des Dépôts, '
               'l’Institut CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU. Il est '
               'organisé en trois axes, que la plateforme devra rendre lisibles.', body))
    s.append(P('4.1 Conventions de lecture', h2))
    s.append(P('Chaque exigence porte un identifiant de la forme E<i>lot</i>.<i>numéro</i> (E1.1, E1.2…). '
               'Priorité : <b>E</b> = essentielle (son absence rend l’offre irrégulière) ; <b>I</b> = '
               'importante (notée) ; <b>S</b> = souhaitable (bonus).', body))
    s.append(P('4.2 Lot 1 — Contenus', h2))
    s.append(req_table([
        ('E1.1', 'Présenter les trois axes du programme IMPACT : innovation sociétale et territoriale ; '
                 'performance des organisations ; confiance.', 'E'),
        ('E1.2', 'Classer les ressources selon les cinq entrées M.E.D.O.C. — Méthodes, Exemples, Données, '
                 'Outils, Compétences — comme la plateforme www.odd17.org.', 'E'),
        ('E1.3', 'Permettre de rattacher chaque alliance recensée à une ou plusieurs des 19 cibles de '
                 'l’ODD 17.', 'I'),
        ('E1.4', 'Accueillir les fiches « exemple inspirant » rédigées par les référents bénévoles (modèle '
                 'd’une page, photographie facultative).', 'I'),
    ]))
    s.append(Spacer(1, 4))
    s.append(P('Les contenus éditoriaux sont fournis par le pouvoir adjudicateur ; le titulaire ne rédige '
               'aucun texte de fond.', body))
    s.append(PageBreak())
    # ---- page 2
    s.append(P('4.3 Lot 2 — Données et sources', h2))
    s.append(req_table([
        ('E2.1', 'Afficher, pour chaque chiffre, sa source, sa date de publication et la population '
                 'interrogée.', 'E'),
        ('E2.2', 'Conserver les valeurs successives d’un même indicateur lorsque deux publications '
                 'divergent, sans que l’une efface l’autre.', 'E'),
        ('E2.3', 'Importer au démarrage le corpus « sortie de crise » (plus de 250 données inventoriées), '
                 'dont les 81 % de Français et 84 % de dirigeants de TPE & PME qui jugent la '
                 'co-construction utile pour rebondir après la crise sanitaire.', 'I'),
        ('E2.4', 'Exporter l’ensemble des données aux formats CSV et JSON, sous Licence Ouverte 2.0.', 'S'),
    ]))
    s.append(P('4.4 Lot 3 — Exigences techniques', h2))
    s.append(req_table([
        ('E3.1', 'Respecter le référentiel RGAA 4.1, niveau AA, sur toutes les pages publiques.', 'E'),
        ('E3.2', 'Héberger les données sur le territoire de l’Union européenne.', 'E'),
        ('E3.3', 'Afficher toute page en moins de 2 secondes pour 95 % des requêtes.', 'I'),
        ('E3.4', 'Proposer une authentification unique aux référents ; aucune inscription n’est demandée '
                 'pour consulter.', 'S'),
    ]))
    s.append(P('4.5 Lot 4 — Accompagnement', h2))
    s.append(req_table([
        ('E4.1', 'Former les utilisateurs en deux sessions, en s’inspirant du Parcours d’expérience mené par '
                 'le CGET et Le Rameau (11 territoires pionniers, 18 mois d’accompagnement, première '
                 'session le 3 mai).', 'I'),
        ('E4.2', 'Assurer la maintenance corrective et évolutive pendant 3 ans après la mise en service.', 'E'),
        ('E4.3', 'Livrer une documentation d’utilisation rédigée en français.', 'E'),
    ]))
    s.append(P('Annexe A — Jeu d’indicateurs de référence (extrait)', h2))
    s.append(P('Notes d’importance sur 10 attribuées par les Français aux enjeux de leur territoire, '
               'étude PHARE-Citoyens (septembre 2015, plus de 2 000 personnes interrogées). À importer tel '
               'quel, conformément à E2.1.', body))
    ann = [[P('Enjeu', th), P('Note /10', th), P('Impact fort attendu des partenariats', th)],
           [P('Emploi', td), P('7,1', td), P('49 %', td)],
           [P('Sécurité', td), P('6,6', td), P('—', td)],
           [P('Pouvoir d’achat', td), P('6,6', td), P('—', td)],
           [P('Développement économique', td), P('6,5', td), P('46 %', td)],
           [P('Environnement', td), P('6,3', td), P('42 %', td)],
           [P('Exclusion', td), P('6,3', td), P('—', td)],
           [P('Précarité et éducation', td), P('—', td), P('36 %', td)]]
    s.append(Table(ann, colWidths=[60 * mm, 25 * mm, 60 * mm],
                   style=TableStyle([('BACKGROUND', (0, 0), (-1, 0), PURPLE),
                                     ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#9a93b0')),
                                     ('ALIGN', (1, 1), (-1, -1), 'CENTER')])))
    s.append(PageBreak())
    # ---- page 3 : tableau de conformite
    s.append(P('5. Tableau de conformité', h1))
    s.append(P('Analyse de l’offre n° 2 (DataCoop SCIC), remise le 12 septembre 2025. C = conforme ; '
               'PC = partiellement conforme ; NC = non conforme.', body))
    conf = [('E1.1', 'Trois axes IMPACT', 'E', 'C', 'Rubrique dédiée sur la page d’accueil'),
            ('E1.2', 'Entrées M.E.D.O.C.', 'E', 'C', 'Menu principal en cinq entrées'),
            ('E1.3', 'Rattachement aux 19 cibles', 'I', 'PC', 'Rattachement à l’ODD 17 seulement ; cibles '
                                                             'prévues en version 2'),
            ('E1.4', 'Fiches « exemple inspirant »', 'I', 'C', 'Gabarit fourni, maquette jointe'),
            ('E2.1', 'Source et date de chaque chiffre', 'E', 'C', 'Champs obligatoires à la saisie'),
            ('E2.2', 'Valeurs divergentes conservées', 'E', 'NC', 'Historique non prévu : la dernière '
                                                                 'valeur remplace la précédente'),
            ('E2.3', 'Corpus « sortie de crise »', 'I', 'C', 'Import chiffré au devis'),
            ('E2.4', 'Exports CSV et JSON', 'S', 'PC', 'CSV uniquement'),
            ('E3.1', 'RGAA 4.1 niveau AA', 'E', 'PC', 'Niveau A atteint, audit AA prévu'),
            ('E3.2', 'Hébergement dans l’UE', 'E', 'C', 'Hébergeur en France (Roubaix)'),
            ('E3.3', 'Pages en moins de 2 secondes', 'I', 'C', 'Engagement de service joint'),
            ('E3.4', 'Authentification unique', 'S', 'C', 'Connexion par lien magique'),
            ('E4.1', 'Deux sessions de formation', 'I', 'C', 'Sessions à Orléans et à Tours'),
            ('E4.2', 'Maintenance 3 ans', 'E', 'NC', 'Maintenance proposée sur 2 ans seulement'),
            ('E4.3', 'Documentation en français', 'E', 'C', 'Guide en ligne et PDF')]
    data = [[P('Exigence', th), P('Intitulé court', th), P('Prio.', th), P('Réponse du candidat', th),
             P('Justification / pièce', th)]]
    sty = [('BACKGROUND', (0, 0), (-1, 0), PURPLE), ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#9a93b0')),
           ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('ALIGN', (2, 1), (3, -1), 'CENTER')]
    for i, (rid, t, p, a, j) in enumerate(conf, 1):
        data.append([P(rid, idst), P(t, td), P(p, pr), P(a, pr), P(j, td)])
        col = {'C': '#dff0df', 'PC': '#fff1cc', 'NC': '#f7d6d2'}[a]
        sty.append(('BACKGROUND', (3, i), (3, i), colors.HexColor(col)))
    s.append(Table(data, colWidths=[19 * mm, 46 * mm, 13 * mm, 24 * mm, tw - 102 * mm], repeatRows=1,
                   style=TableStyle(sty)))
    s.append(Spacer(1, 5))
    s.append(P('<b>Synthèse :</b> 10 exigences conformes, 3 partiellement conformes et 2 non conformes. Les '
               'deux non-conformités portent sur des exigences essentielles (E2.2 et E4.2) : l’offre ne peut '
               'être retenue qu’après régularisation.', body))
    s.append(P('6. Calendrier de la consultation', h2))
    cal = [[P('Étape', th), P('Date', th)],
           [P('Date limite de remise des offres', td), P('15 septembre 2025, 12 h', td)],
           [P('Auditions des candidats retenus', td), P('2 octobre 2025', td)],
           [P('Notification du marché', td), P('au plus tard le 31 octobre 2025', td)],
           [P('Mise en service de la plateforme', td), P('1er février 2026', td)]]
    s.append(Table(cal, colWidths=[tw - 55 * mm, 55 * mm],
                   style=TableStyle([('BACKGROUND', (0, 0), (-1, 0), PURPLE),
                                     ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#9a93b0'))])))
    doc.build(s)
    return path


# ---------------------------------------------------------------------------------------------
# 5. Erratum (tableau au lieu de / lire) + version corrigee
# ---------------------------------------------------------------------------------------------
RED = colors.HexColor('#b3261e')


def doc5(out):
    path = os.path.join(out, PFX + '-05-erratum.pdf')
    lm = rm = 16 * mm
    gap = 6 * mm

    def on_page(c, doc):
        n = doc.page
        c.saveState()
        dstr(c, lm, H - 12 * mm, 'LA LETTRE DE PASSERELLES', 'DVS-B', 13, NAVY)
        dstr(c, lm, H - 16.5 * mm, 'n° 28 · avril 2025 · lettre d’information du réseau', 'DV', 7.5, DGREY)
        dstr(c, W - rm, H - 12 * mm, '[P]', 'DV-B', 13, NAVY, 'right')
        c.setStrokeColor(NAVY)
        c.setLineWidth(1)
        c.line(lm, H - 19 * mm, W - rm, H - 19 * mm)
        if n == 2:
            c.setLineWidth(0.4)
            c.setStrokeColor(colors.HexColor('#aaaaaa'))
            x = W / 2
            c.line(x, 22 * mm, x, H - 52 * mm)
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.4)
        c.line(lm, 15 * mm, W - rm, 15 * mm)
        dstr(c, lm, 10.5 * mm, 'Directrice de la publication : Martine Ollivier · Rédaction : pôle Observatoire '
             '& données', 'DV', 6.5, DGREY)
        dstr(c, lm, 7 * mm, NETWORK + ' · ' + WEB + '/lettre', 'DV', 6.5, DGREY)
        dstr(c, W - rm, 9 * mm, 'p. %d' % (3 + n), 'DVS-B', 10, NAVY, 'right')
        c.restoreState()

    f1 = Frame(lm, 20 * mm, W - lm - rm, H - 42 * mm, id='one', leftPadding=0, rightPadding=0)
    colw = (W - lm - rm - gap) / 2
    ftop = Frame(lm, H - 50 * mm, W - lm - rm, 29 * mm, id='top', leftPadding=0, rightPadding=0)
    fl = Frame(lm, 20 * mm, colw, H - 72 * mm, id='l', leftPadding=0, rightPadding=0)
    frr = Frame(lm + colw + gap, 20 * mm, colw, H - 72 * mm, id='r', leftPadding=0, rightPadding=0)
    doc = make_doc(path, 'Erratum Lettre 27', [PageTemplate('e1', [f1], onPage=on_page),
                                               PageTemplate('e2', [ftop, fl, frr], onPage=on_page)])
    tw = W - lm - rm
    h1 = st('h1', 'DVS-B', 20, 24, color=RED)
    h2 = st('h2', 'DVS-B', 12, 15, color=NAVY, spaceBefore=6, spaceAfter=4)
    body = st('body', 'DVS', 9.2, 12.6, TA_JUSTIFY, spaceAfter=5)
    th = st('th', 'DV-B', 8.2, 10.4, color=colors.white)
    td = st('td', 'DV', 8.2, 10.6)
    tds = st('tds', 'DV', 8.2, 10.6, color=colors.HexColor('#8a8a8a'))
    tdb = st('tdb', 'DV-B', 8.2, 10.6)
    s = [NextPageTemplate('e2')]
    s.append(P('ERRATUM', h1))
    s.append(P('Lettre n° 27 (mars 2025), article « Avec qui les associations font-elles alliance ? », '
               'pages 6 et' + NB + '7', st('sub', 'DVS-I', 10.5, 14)))
    s.append(Spacer(1, 8))
    s.append(P('Plusieurs chiffres de cet article ont été mal reportés lors de la mise en page : des '
               'virgules ont disparu, des chiffres ont été inversés et deux dates ont glissé. Le tableau '
               'ci-dessous recense toutes les corrections. La version corrigée de l’article est reproduite '
               'en page suivante ; c’est elle qui fait foi.', body))
    s.append(Spacer(1, 4))
    rows = [[P('Emplacement (Lettre n° 27)', th), P('Au lieu de', th), P('Lire', th)],
            ('p. 6, chapeau', '« plus de 1 830 responsables associatifs »', '« plus de 1 380 responsables '
                                                                            'associatifs »'),
            ('p. 6, 1er paragraphe', '« 25 partenaires en moyenne »', '« 2,5 partenaires en moyenne »'),
            ('p. 6, tableau, ligne « Entreprises »', '82 %', '28 %'),
            ('p. 6, tableau, ligne « Recherche »', '19 %', '9 %'),
            ('p. 6, 3e paragraphe', '« enquête réalisée en mai-juin 2017 »',
             '« enquête réalisée en mai-juin 2016 »'),
            ('p. 7, encadré', '« 35 % des associations »',
             '« 38 % des associations (53 % des associations employeuses) »'),
            ('p. 7, encadré', '« note du 28 février 2016 »', '« note du 29 février 2016 »')]
    data = [rows[0]] + [[P(a, tdb), P(b, tds), P(c, td)] for a, b, c in rows[1:]]
    s.append(Table(data, colWidths=[48 * mm, (tw - 48 * mm) / 2, (tw - 48 * mm) / 2],
                   style=TableStyle([('BACKGROUND', (0, 0), (-1, 0), NAVY),
                                     ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#999999')),
                                     ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                     ('BACKGROUND', (2, 1), (2, -1), colors.HexColor('#eef5ea'))])))
    s.append(Spacer(1, 8))
    s.append(P('D’où viennent les bons chiffres ?', h2))
    s.append(P('Ils sont tirés de l’étude « Associations & Partenariats » publiée en mars 2017 par '
               'Recherches & Solidarités et Le RAMEAU, et, pour l’encadré, d’une note de l’Observatoire des '
               'partenariats. Les autres chiffres de l’article étaient exacts et restent inchangés.', body))
    s.append(P('La rédaction présente ses excuses et remercie les deux lecteurs attentifs qui '
               'lui ont signalé ces erreurs.', body))
    s.append(Spacer(1, 8))
    s.append(Table([[P('<b>Bon à savoir.</b> Un erratum ne remplace pas la Lettre n° 27 : il la complète. '
                       'Dans vos citations, indiquez « Lettre n° 27, corrigée par l’erratum de la Lettre '
                       'n° 28 ».', st('box', 'DV', 8.5, 11.5))]], colWidths=[tw],
                   style=TableStyle([('BOX', (0, 0), (-1, -1), 0.8, RED),
                                     ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#fbeeee')),
                                     ('LEFTPADDING', (0, 0), (-1, -1), 8), ('TOPPADDING', (0, 0), (-1, -1), 6),
                                     ('BOTTOMPADDING', (0, 0), (-1, -1), 6)])))
    s.append(PageBreak())
    # ---- page 2 : version corrigee
    s.append(P('VERSION CORRIGÉE', st('vc', 'DV-B', 9, 12, color=RED)))
    s.append(P('Avec qui les associations font-elles alliance ?', st('t2', 'DVS-B', 17, 21, color=NAVY)))
    s.append(Spacer(1, 3))
    s.append(P('Enquêtés au printemps 2016, plus de 1 380 responsables associatifs ont décrit leurs '
               'partenaires. Portrait d’un monde associatif qui coopère d’abord avec le public.',
               st('chap', 'DVS-I', 10, 13.5, TA_JUSTIFY)))
    s.append(FrameBreak())
    body2 = st('body2', 'DVS', 8.9, 12, TA_JUSTIFY, spaceAfter=5)
    s.append(P('Une association entretient en moyenne 2,5 partenaires. C’est l’un des enseignements de '
               'l’étude « Associations & Partenariats », publiée en mars 2017 par Recherches & Solidarités et '
               'Le RAMEAU.', body2))
    s.append(P('Les collectivités arrivent largement en tête des partenaires cités, devant les autres '
               'associations et les fondations. Les entreprises ne viennent qu’en quatrième position, loin '
               'derrière le monde de l’enseignement.', body2))
    s.append(P('L’enquête a été réalisée en mai-juin 2016 auprès de responsables associatifs de toutes '
               'tailles et de tous secteurs.', body2))
    tdc = st('tdc', 'DV', 8, 10)
    part = [[P('<b>Partenaire</b>', tdc), P('<b>Part des associations</b>', tdc)]]
    for a, b in [('Collectivités', '74 %'), ('Associations, fondations', '72 %'), ('Enseignement', '47 %'),
                 ('Entreprises', '28 %'), ('Insertion', '22 %'), ('Recherche', '9 %')]:
        part.append([P(a, tdc), P(b, tdc)])
    s.append(Table(part, colWidths=[colw * 0.6, colw * 0.4],
                   style=TableStyle([('LINEBELOW', (0, 0), (-1, 0), 0.8, NAVY),
                                     ('LINEBELOW', (0, 1), (-1, -1), 0.2, colors.HexColor('#bbbbbb')),
                                     ('ALIGN', (1, 0), (1, -1), 'RIGHT')])))
    s.append(Spacer(1, 3))
    s.append(P('Source : Recherches & Solidarités, Le RAMEAU, mars 2017.', st('src', 'DV-I', 7, 9, color=DGREY)))
    s.append(FrameBreak())
    s.append(P('La taille compte. Le partenariat avec une entreprise dépend fortement du budget : la moitié '
               '(50 %) des associations qui gèrent plus de 150 000 € en ont un, contre 20 % de celles dont le '
               'budget est inférieur à 10 000 €.', body2))
    s.append(P('Pour les petites structures, la porte d’entrée reste la commune, qui prête des locaux, '
               'verse une subvention ou relaie les activités.', body2))
    box = [[P('<b>ENCADRÉ — Et du côté des entreprises ?</b>', st('bh', 'DV-B', 8.6, 11, color=NAVY))],
           [P('Selon une note de l’Observatoire des partenariats datée du 29 février 2016, 37 % des '
              'entreprises de 10 salariés et plus ont un partenariat avec une association. Côté associatif, '
              'la proportion atteint 38 % des associations (53 % des associations employeuses) et grimpe à '
              '65 % chez les « pionniers ».', st('bb', 'DV', 8.3, 11, TA_JUSTIFY))]]
    s.append(Table(box, colWidths=[colw],
                   style=TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#e8eef5')),
                                     ('LEFTPADDING', (0, 0), (-1, -1), 6), ('RIGHTPADDING', (0, 0), (-1, -1), 6),
                                     ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)])))
    s.append(Spacer(1, 6))
    s.append(P('Article paru dans la Lettre n° 27, pages 6 et' + NB + '7 ; version corrigée selon l’erratum '
               'ci-contre.', st('fn', 'DV-I', 7.2, 9.4, color=DGREY)))
    doc.build(s)
    return path


# ---------------------------------------------------------------------------------------------
# 6. Organigramme (boites en texte) + index alphabetique a renvois de pages
# ---------------------------------------------------------------------------------------------
ORANGE = colors.HexColor('#b35c00')


class OrgChart(Flowable):
    """Boites reliees par des traits, dessinees directement (texte dans les boites)."""

    def __init__(self, width, height, boxes, links):
        Flowable.__init__(self)
        self.width, self.height = width, height
        self.boxes, self.links = boxes, links

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setStrokeColor(colors.HexColor('#666666'))
        c.setLineWidth(0.8)
        for (x1, y1, x2, y2) in self.links:
            c.line(x1, y1, x2, y2)
        for b in self.boxes:
            x, y, w, h, title, lines, fill = b
            c.setFillColor(colors.HexColor(fill))
            c.setStrokeColor(ORANGE)
            c.roundRect(x, y, w, h, 3, stroke=1, fill=1)
            flow = [Paragraph(fr(title), st('bt', 'DV-B', 8.2, 10, TA_CENTER, colors.HexColor('#3a2000')))]
            for ln in lines:
                flow.append(Paragraph(fr(ln), st('bl', 'DVC', 7.4, 9.2, TA_CENTER)))
            sizes = [f.wrap(w - 8, h)[1] for f in flow]
            yy = y + (h + sum(sizes)) / 2
            for f, fh in zip(flow, sizes):
                yy -= fh
                f.drawOn(c, x + 4, yy)


def doc6(out):
    path = os.path.join(out, PFX + '-06-organigramme-index.pdf')
    lm = rm = 15 * mm

    def on_page(c, doc):
        n = doc.page
        c.saveState()
        c.setFillColor(ORANGE)
        c.rect(lm, H - 15 * mm, 3 * mm, 8 * mm, stroke=0, fill=1)
        dstr(c, lm + 5 * mm, H - 10.5 * mm, 'GUIDE DU RÉSEAU 2025', 'DV-B', 9, ORANGE)
        dstr(c, lm + 5 * mm, H - 14.5 * mm, NETWORK + ' · partie 5 : organisation et repères', 'DV', 7.5, DGREY)
        dstr(c, W - rm, H - 12 * mm, '[P] passerelles', 'DV-B', 10, ORANGE, 'right')
        c.setStrokeColor(ORANGE)
        c.setLineWidth(0.5)
        c.line(lm, H - 17 * mm, W - rm, H - 17 * mm)
        c.line(lm, 15 * mm, W - rm, 15 * mm)
        num = 45 + n
        if num % 2 == 0:   # page paire : numero a gauche, mentions a droite
            dstr(c, lm, 8.5 * mm, str(num), 'DV-B', 12, ORANGE, 'left')
            xa, al = W - rm, 'right'
        else:
            dstr(c, W - rm, 8.5 * mm, str(num), 'DV-B', 12, ORANGE, 'right')
            xa, al = lm, 'left'
        dstr(c, xa, 10.5 * mm, 'Guide remis à jour chaque année. Organigramme arrêté au 1er janvier 2025.',
             'DV', 6.5, DGREY, al)
        dstr(c, xa, 7 * mm, WEB + ' · ' + NETWORK, 'DV', 6.5, DGREY, al)
        c.restoreState()

    tw = W - lm - rm
    f1 = Frame(lm, 19 * mm, tw, H - 38 * mm, id='one', leftPadding=0, rightPadding=0)
    cw = (tw - 2 * 5 * mm) / 3
    top3 = Frame(lm, H - 40 * mm, tw, 21 * mm, id='t3', leftPadding=0, rightPadding=0)
    cols = [Frame(lm + i * (cw + 5 * mm), 19 * mm, cw, H - 60 * mm, id='c%d' % i, leftPadding=0,
                  rightPadding=0, topPadding=0) for i in range(3)]
    doc = make_doc(path, 'Guide du reseau 2025 - organigramme et index', [
        PageTemplate('org', [f1], onPage=on_page),
        PageTemplate('idx', [top3] + cols, onPage=on_page)])
    h1 = st('h1', 'DV-B', 14, 18, color=ORANGE)
    body = st('body', 'DV', 8.8, 11.8, TA_JUSTIFY, spaceAfter=4)
    s = []
    s.append(P('5.1 Qui fait quoi ? L’organigramme de Passerelles', h1))
    s.append(P('Organigramme au 1er janvier 2025. Les instances élues figurent en haut, l’équipe salariée '
               'et les bénévoles en bas.', st('sub', 'DV-I', 8.5, 11, color=DGREY)))
    s.append(Spacer(1, 6))
    CH = 178 * mm
    cx = tw / 2
    bw = 100 * mm
    Y = lambda v: CH - v * mm  # noqa: E731 (v = distance depuis le haut du dessin)
    boxes = [
        (cx - bw / 2, Y(20), bw, 18 * mm, 'ASSEMBLÉE GÉNÉRALE',
         ['quatre collèges : associations · entreprises · collectivités · personnes qualifiées'], '#fdf0e0'),
        (cx - bw / 2, Y(44), bw, 16 * mm, 'CONSEIL D’ADMINISTRATION',
         ['élu pour trois ans par l’assemblée générale'], '#fdf0e0'),
        (tw - 42 * mm, Y(44), 42 * mm, 16 * mm, 'COMITÉ D’ORIENTATION',
         ['scientifique, consultatif'], '#f4f4f4'),
        (cx - bw / 2, Y(74), bw, 24 * mm, 'BUREAU',
         ['Présidente : Martine Ollivier', 'Vice-président : Karim Benhaddou',
          'Secrétaire : Lucie Fabre · Trésorier : Jean-Paul Ricaud'], '#fdf0e0'),
        (cx - 35 * mm, Y(96), 70 * mm, 14 * mm, 'DÉLÉGUÉE GÉNÉRALE', ['Sophie Garnier'], '#fff8ee'),
    ]
    pw = (tw - 3 * 4 * mm) / 4
    poles = [('PÔLE OBSERVATOIRE & DONNÉES', 'Thomas Vasseur', 'études, revue de presse, plateforme'),
             ('PÔLE ANIMATION DES TERRITOIRES', 'Nadia Cherif', 'référents, cafés-alliances, bénévolat'),
             ('PÔLE PRIX & VALORISATION', 'Élodie Marchand', 'Prix Passerelles, Lettre, site web'),
             ('PÔLE ADMINISTRATION & FINANCES', 'Paul Dumas', 'budget, conventions, ressources humaines')]
    for i, (t, who, what) in enumerate(poles):
        boxes.append((i * (pw + 4 * mm), Y(132), pw, 26 * mm, t, [who, what], '#ffffff'))
    boxes.append((pw + 4 * mm, Y(172), pw * 2 + 4 * mm, 28 * mm, 'RÉFÉRENTS DÉPARTEMENTAUX BÉNÉVOLES',
                  ['Cher · Eure-et-Loir · Indre · Indre-et-Loire · Loir-et-Cher · Loiret',
                   'un ou une référente par département, rattachés au pôle Animation des territoires'],
                  '#f4f4f4'))
    links = [(cx, Y(20), cx, Y(28)), (cx, Y(44), cx, Y(50)), (cx + bw / 2, Y(36), tw - 42 * mm, Y(36)),
             (cx, Y(74), cx, Y(82)), (cx, Y(96), cx, Y(101)), (pw / 2, Y(101), tw - pw / 2, Y(101))]
    for i in range(4):
        x = i * (pw + 4 * mm) + pw / 2
        links.append((x, Y(101), x, Y(106)))
    x_anim = (pw + 4 * mm) + pw / 2
    links.append((x_anim, Y(132), x_anim, Y(144)))
    s.append(OrgChart(tw, CH, boxes, links))
    s.append(Spacer(1, 4))
    s.append(P('Les pôles sont placés sous l’autorité de la déléguée générale, elle-même responsable devant '
               'le bureau. Le comité d’orientation rend des avis au conseil d’administration.', body))
    s.append(PageBreak())
    # ---- page 2 : partenaires nationaux (boites)
    s.append(P('5.2 Nos partenaires nationaux : repères', h1))
    s.append(P('Passerelles n’est pas une antenne de ces organisations : il s’appuie sur leurs travaux et '
               'sur des conventions ponctuelles.', st('sub', 'DV-I', 8.5, 11, color=DGREY)))
    s.append(Spacer(1, 6))
    CH2 = 150 * mm
    Y2 = lambda v: CH2 - v * mm  # noqa: E731
    bw2 = (tw - 8 * mm) / 2
    boxes2 = [
        (cx - 30 * mm, Y2(16), 60 * mm, 14 * mm, 'PASSERELLES', ['réseau régional'], '#fdf0e0'),
        (0, Y2(62), bw2, 36 * mm, 'LE RAMEAU',
         ['association d’intérêt général créée en 2006', '« laboratoire de recherche empirique »',
          'Président-fondateur : Charles-Benoît Heidsieck', 'Directrice générale : Laurence Weber'],
         '#ffffff'),
        (bw2 + 8 * mm, Y2(62), bw2, 36 * mm, 'OBSERVATOIRE DES PARTENARIATS',
         ['programmes ARPEA, PHARE, IMPACT',
          'Direction scientifique : Anne Robin, fondatrice de COMISIS (à titre bénévole)',
          'rapport quinquennal publié le 11 décembre 2012'], '#ffffff'),
        (0, Y2(108), bw2, 36 * mm, 'FONDATION DES TERRITOIRES',
         ['pilote la Charte du faire alliance', 'trois missions', 'préfiguration engagée en juillet 2018'],
         '#ffffff'),
        (bw2 + 8 * mm, Y2(108), bw2, 36 * mm, 'FONDS ODD 17',
         ['co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies',
          'expérimentation sur trois ans', 'réseau de catalyseurs territoriaux'], '#ffffff'),
        (cx - 55 * mm, Y2(148), 110 * mm, 30 * mm, 'EXPÉRIMENTATION CGET – LE RAMEAU',
         ['co-construction territoriale : le CGET et 10 territoires pilotes',
          'la démarche « Agir ensemble en Territoire » date de 2010'], '#f4f4f4'),
    ]
    links2 = [(cx, Y2(16), cx, Y2(112)), (bw2 / 2, Y2(22), tw - bw2 / 2, Y2(22)),
              (bw2 / 2, Y2(22), bw2 / 2, Y2(26)), (tw - bw2 / 2, Y2(22), tw - bw2 / 2, Y2(26)),
              (bw2 / 2, Y2(67), tw - bw2 / 2, Y2(67)),
              (bw2 / 2, Y2(67), bw2 / 2, Y2(72)), (tw - bw2 / 2, Y2(67), tw - bw2 / 2, Y2(72)),
              (cx, Y2(112), cx, Y2(118))]
    s.append(OrgChart(tw, CH2, boxes2, links2))
    s.append(Spacer(1, 6))
    s.append(P('Les dates et chiffres de cette page reprennent les présentations publiques de chaque '
               'organisation ; ils peuvent différer de ceux d’autres publications. Voir aussi l’index, '
               'page 48.', body))
    s.append(NextPageTemplate('idx'))
    s.append(PageBreak())
    # ---- page 3 : index alphabetique en trois colonnes
    s.append(P('Index alphabétique', h1))
    s.append(P('Les numéros renvoient aux pages du guide. « → » signale un renvoi vers une autre entrée ; '
               'les pages en gras contiennent la présentation principale.', st('sub', 'DV-I', 8, 10.5,
                                                                                 color=DGREY)))
    s.append(FrameBreak())
    letter = st('letter', 'DV-B', 11, 14, color=ORANGE, spaceBefore=4, spaceAfter=1)
    ent = st('ent', 'DVC', 7.9, 10, leftIndent=8, firstLineIndent=-8, spaceAfter=1.2)
    index = [
        ('A', ['Agir ensemble en Territoire (démarche lancée en 2010) ........ 18, 47',
               'ARPEA (Analyser les Relations Partenariales entre Entreprises et Associations, 2008-2012) '
               '........ <b>14</b>',
               'Assemblée générale ........ <b>46</b>, 8',
               'Assurance des bénévoles ........ 39']),
        ('B', ['Bénévolat → Référents départementaux ; Mission bénévole',
               'Bureau ........ <b>46</b>']),
        ('C', ['Café-alliances ........ 24, 39',
               'Catalyseurs territoriaux → Fonds ODD 17',
               'CGET (expérimentation avec 10 territoires pilotes) ........ 27, 47',
               'Charte du faire alliance (dévoilée le mardi 30 septembre à Saint-Maurice) ........ 22, 47',
               'COMISIS → Robin (Anne)',
               'Comité d’orientation ........ 46',
               'Conseil d’administration ........ <b>46</b>, 9']),
        ('D', ['Déléguée générale ........ 46',
               'Devoir d’alliance ........ 12, 35']),
        ('E', ['Exemple inspirant (fiche) ........ 24-25',
               'Erratum de la Lettre n° 27 → Lettre de Passerelles']),
        ('F', ['Fondation des Territoires ........ 22, <b>47</b>',
               'Fonds ODD 17 ........ <b>30</b>, 47']),
        ('H', ['Heidsieck (Charles-Benoît) ........ 47']),
        ('I', ['IMPACT (programme, 2018-2022) ........ <b>15</b>',
               'IMPACTS & TRAJECTOIRES – Élus locaux ........ 17']),
        ('L', ['Lettre de Passerelles ........ 42-43',
               'Loi (proposition sur le droit de l’alliance) ........ 20']),
        ('M', ['M.E.D.O.C. → ODD 17',
               'Mission bénévole (offres) ........ 38-39']),
        ('N', ['Normandie (11e rapport régional de l’Observatoire, publié le 26 novembre) ........ 16']),
        ('O', ['Observatoire des partenariats ........ 12-15, <b>47</b>',
               'ODD 17 (19 cibles ; plateforme M.E.D.O.C.) ........ <b>28</b>-31']),
        ('P', ['PHARE (programme, 2013-2017) ........ <b>15</b>',
               'PHARE-Institutions (29 novembre 2016 ; 5 profils de maires) ........ 16',
               'Pôles de l’équipe ........ 46',
               'Prix Passerelles ........ <b>34</b>-37']),
        ('R', ['RAMEAU (Le) ........ 11, <b>47</b>',
               'Rapport quinquennal (11 décembre 2012) ........ 14',
               'Référents départementaux ........ 46, 38',
               'Robin (Anne) ........ 47']),
        ('T', ['Trésorerie → Pôle Administration & finances, 46']),
        ('W', ['Weber (Laurence) ........ 47']),
    ]
    for L, items in index:
        if L in ('I', 'P'):
            s.append(FrameBreak())
        s.append(P(L, letter))
        for it in items:
            s.append(P(it, ent))
    doc.build(s)
    return path


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for f in (doc1, doc2, doc3, doc4, doc5, doc6):
        print(f(out))


if __name__ == '__main__':
    main()
