#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generateur deterministe des 6 PDF du jeu aveugle s81.

Usage : /work/main/.venv/bin/python make_docs.py [DOSSIER_SORTIE]
(par defaut : le dossier de ce script).

Aucune date d'execution, aucun hasard : rl_config.invariant = 1.
Les chiffres sur l'Observatoire des partenariats / Le RAMEAU viennent de
/work/shared/facts.md ; le contexte (entreprise Ferrandine, reseau Alliances
Val-de-Saone, association Bocage en Commun, agence Coop'Terr, wiki
Wikialliances) est invente.
"""
import os
import re
import sys
import textwrap

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle,
                                NextPageTemplate)

FD = '/usr/share/fonts/truetype/dejavu/'
FONTS = {
    'DV': 'DejaVuSans.ttf', 'DVB': 'DejaVuSans-Bold.ttf', 'DVI': 'DejaVuSans-Oblique.ttf',
    'DVBI': 'DejaVuSans-BoldOblique.ttf',
    'DVC': 'DejaVuSansCondensed.ttf', 'DVCB': 'DejaVuSansCondensed-Bold.ttf',
    'DVCI': 'DejaVuSansCondensed-Oblique.ttf', 'DVCBI': 'DejaVuSansCondensed-BoldOblique.ttf',
    'DVS': 'DejaVuSerif.ttf', 'DVSB': 'DejaVuSerif-Bold.ttf', 'DVSI': 'DejaVuSerif-Italic.ttf',
    'DVSBI': 'DejaVuSerif-BoldItalic.ttf',
    'DVM': 'DejaVuSansMono.ttf', 'DVMB': 'DejaVuSansMono-Bold.ttf',
    'DVMI': 'DejaVuSansMono-Oblique.ttf', 'DVMBI': 'DejaVuSansMono-BoldOblique.ttf',
}
for _n, _f in FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, FD + _f))
pdfmetrics.registerFontFamily('DV', normal='DV', bold='DVB', italic='DVI', boldItalic='DVBI')
pdfmetrics.registerFontFamily('DVC', normal='DVC', bold='DVCB', italic='DVCI', boldItalic='DVCBI')
pdfmetrics.registerFontFamily('DVS', normal='DVS', bold='DVSB', italic='DVSI', boldItalic='DVSBI')
pdfmetrics.registerFontFamily('DVM', normal='DVM', bold='DVMB', italic='DVMI', boldItalic='DVMBI')

NB = '\u00a0'
PREFIX = 'obs-s81-'


def fr(s):
    """Typographie francaise : espaces insecables dans les nombres et avant % EUR : ; ? ! >>."""
    s = re.sub(r'(?<=\d) (?=\d{3}(?!\d))', NB, s)
    s = re.sub(r' (?=[%€:;?!»])', NB, s)
    s = s.replace('« ', '«' + NB)
    s = re.sub(r' (?=M€)', NB, s)
    # ne pas casser les URL ni les heures de courriel (":" colle aux chiffres)
    s = s.replace('https' + NB + ':', 'https:').replace('http' + NB + ':', 'http:')
    return s


def st(name, font='DV', size=9, leading=None, align=TA_LEFT, color=colors.black, **kw):
    color = kw.pop('textColor', color)
    align = kw.pop('alignment', align)
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3,
                          alignment=align, textColor=color, **kw)


class Overflow(Exception):
    pass


def para(c, text, x, ytop, w, style, ymin=None):
    """Dessine un paragraphe dont le haut est a ytop ; renvoie le y du bas."""
    p = Paragraph(fr(text), style)
    _, h = p.wrap(w, 5000)
    if ymin is not None and ytop - h < ymin:
        raise Overflow('%r deborde (%.1f < %.1f)' % (text[:40], ytop - h, ymin))
    p.drawOn(c, x, ytop - h)
    return ytop - h


def txt(c, x, y, s, font='DV', size=9, color=colors.black, align='l'):
    c.setFont(font, size)
    c.setFillColor(color)
    s = fr(s)
    if align == 'l':
        c.drawString(x, y, s)
    elif align == 'r':
        c.drawRightString(x, y, s)
    else:
        c.drawCentredString(x, y, s)
    c.setFillColor(colors.black)


def new_canvas(path, size, title, author, subject):
    c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator('make_docs.py (s81, reportlab)')
    c.setProducer('ReportLab (invariant)')
    return c


def table_at(c, data, colw, x, ytop, style_cmds, ymin, rowheights=None, repeat=0):
    t = Table(data, colWidths=colw, rowHeights=rowheights, repeatRows=repeat)
    t.setStyle(TableStyle(style_cmds))
    _, h = t.wrapOn(c, sum(colw), 5000)
    if ytop - h < ymin:
        raise Overflow('table deborde (%.1f < %.1f)' % (ytop - h, ymin))
    t.drawOn(c, x, ytop - h)
    return ytop - h


# ---------------------------------------------------------------------------
# Document 1 : rapport RSE d'entreprise (extrait) + index de correspondance GRI
# ---------------------------------------------------------------------------
GREEN = colors.HexColor('#1f6f5c')
LGREEN = colors.HexColor('#e3f1ec')


def doc1(out):
    W, H = A4
    c = new_canvas(out, A4, 'Ferrandine Services - Rapport RSE 2023 (extrait)',
                   'Ferrandine Services SA (fictif)', 'Ancrage territorial, index GRI')
    body = st('b1', 'DVS', 8.6, 11.6, TA_JUSTIFY)
    h2 = st('h2', 'DVB', 10, 13, color=GREEN)
    small = st('sm1', 'DV', 7, 9)
    cell = st('c1', 'DVC', 7.2, 8.8)
    cellb = st('c1b', 'DVCB', 7.2, 8.8, color=colors.white)

    def frame(printed, part):
        # en-tete
        c.setFillColor(GREEN)
        c.rect(0, H - 58, W, 58, stroke=0, fill=1)
        txt(c, 42, H - 32, '◆ FERRANDINE', 'DVB', 17, colors.white)
        txt(c, 44, H - 46, 'services aux territoires', 'DVI', 7.5, colors.white)
        txt(c, W - 42, H - 30, 'Rapport de responsabilité sociétale 2023', 'DVB', 9, colors.white, 'r')
        txt(c, W - 42, H - 43, part, 'DV', 7.5, colors.white, 'r')
        # pied de page
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.6)
        c.line(42, 46, W - 42, 46)
        txt(c, 42, 34, 'Ferrandine Services SA — Rapport RSE 2023 — www.ferrandine-groupe.fr',
            'DV', 7, colors.HexColor('#444444'))
        txt(c, 42, 25, 'Extrait diffusé : pages 62, 94 et 95 du rapport complet (112 pages).',
            'DVI', 6.5, colors.HexColor('#666666'))
        c.setFillColor(GREEN)
        c.rect(W - 78, 22, 36, 20, stroke=0, fill=1)
        txt(c, W - 60, 28, str(printed), 'DVB', 11, colors.white, 'c')

    # ---- page 1 (imprimee 62)
    frame(62, 'Chapitre 4 — Ancrage territorial')
    y = H - 86
    txt(c, 42, y, '4.3', 'DVB', 20, GREEN)
    txt(c, 84, y + 2, 'Faire alliance avec les acteurs d\u2019intérêt général', 'DVB', 15)
    y -= 14
    y = para(c, '<i>Depuis 2019, Ferrandine Services fait des partenariats avec les associations, '
                'les collectivités et les fondations un levier de sa performance locale. Cette '
                'section rappelle d\u2019abord les repères externes qui fondent notre démarche, puis '
                'présente nos engagements et leurs résultats pour l\u2019exercice 2023.</i>',
             42, y, W - 84, st('chap', 'DVS', 9.5, 13, TA_JUSTIFY, colors.HexColor('#333333')))
    y -= 12
    colw = (W - 84 - 18) / 2
    ymin = 200
    # colonne gauche
    yl = para(c, '4.3.1 Ce que disent les études de référence', 42, y, colw, h2)
    yl -= 4
    left = [
        'Pour orienter notre politique, nous nous appuyons sur les travaux de l\u2019Observatoire '
        'des partenariats, programme d\u2019études porté par la Caisse des Dépôts et Le RAMEAU, avec '
        'le MEDEF et le Mouvement associatif.',
        'Les chiffres rendus publics au moment de la reconnaissance du droit de l\u2019alliance '
        'd\u2019intérêt général sont sans ambiguïté : 84 % des dirigeants d\u2019entreprises disent avoir '
        '« envie d\u2019alliance », 92 % des maires en expriment le « besoin » et 81 % des Français y '
        'voient un « devoir ».',
        'Le mouvement vient de loin. En janvier 2011, l\u2019étude ARPEA Entreprises &amp; Territoires '
        'recensait 21 % d\u2019entreprises engagées dans des partenariats, 33 % qui souhaitaient s\u2019y '
        'lancer et 46 % qui ne le souhaitaient pas. Cinq ans plus tard, la note du 29 février 2016 '
        'consacrée aux modèles de co-construction situait à 37 % la part des entreprises d\u2019au '
        'moins 10 salariés engagées, contre 38 % des associations (53 % des associations '
        'employeuses) ; la proportion montait à 65 % chez les organisations « pionnières ».',
    ]
    for t_ in left:
        yl = para(c, t_, 42, yl, colw, body, ymin) - 5
    # colonne droite
    xr = 42 + colw + 18
    yr = para(c, '4.3.2 Notre politique de partenariats', xr, y, colw, h2)
    yr -= 4
    right = [
        'Notre feuille de route 2022-2025 repose sur trois principes : choisir des partenaires '
        'implantés dans les bassins où nous opérons, inscrire chaque engagement dans la durée '
        '(trois ans au moins) et y associer les équipes. En 2023, 134 associations étaient '
        'partenaires du Groupe et 58 % de nos partenariats avaient plus de trois ans.',
        'Le mécénat financier a atteint 1 240 000 €, complété par 3 850 heures de mécénat de '
        'compétences réalisées par 612 salariés bénévoles. Sur nos 58 sites, 41 conduisent au '
        'moins un partenariat local actif, soit 71 %.',
        'Signataire de la Charte du faire alliance depuis 2022, le Groupe suit de près la '
        'proposition de loi relative au droit de l\u2019alliance d\u2019intérêt général, portée par la '
        'députée Cathy Racon-Bouzon et déposée en février, ainsi que la feuille de route '
        'ministérielle de 21 mesures qui l\u2019accompagne.',
    ]
    for t_ in right:
        yr = para(c, t_, xr, yr, colw, body, ymin) - 5
    # separateur de colonnes
    c.setStrokeColor(colors.HexColor('#bbbbbb'))
    c.setLineWidth(0.4)
    c.line(42 + colw + 9, y, 42 + colw + 9, min(yl, yr) + 4)
    # bandeau chiffres cles
    yb = min(yl, yr) - 14
    bh = 92
    if yb - bh < 60:
        raise Overflow('doc1 bandeau')
    c.setFillColor(LGREEN)
    c.rect(42, yb - bh, W - 84, bh, stroke=0, fill=1)
    txt(c, 52, yb - 15, 'CHIFFRES CLÉS 2023 — PARTENARIATS', 'DVB', 8.5, GREEN)
    tiles = [('134', 'associations partenaires'), ('3 850 h', 'de mécénat de compétences'),
             ('612', 'salariés bénévoles'), ('71 %', 'des sites engagés localement')]
    tw = (W - 84 - 20) / 4
    for i, (v, l) in enumerate(tiles):
        x0 = 52 + i * tw
        txt(c, x0 + tw / 2 - 5, yb - 50, v, 'DVB', 19, GREEN, 'c')
        para(c, l, x0, yb - 58, tw - 10, st('tl', 'DV', 7.5, 9, TA_CENTER))
    txt(c, 52, yb - bh + 6, 'Définitions et périmètres : voir l\u2019index de correspondance, p. 94-95.',
        'DVI', 6.5, colors.HexColor('#555555'))
    # 4.3.3 : trois partenariats emblematiques (cartes)
    y3 = yb - bh - 18
    y3 = para(c, '4.3.3 Trois partenariats emblématiques', 42, y3, W - 84, h2) - 6
    cards = [
        ('Bassin lyonnais', 'Entretien de locaux associatifs et tutorat de jeunes en service civique '
         'avec un collectif de 14 associations de quartier. Engagement renouvelé jusqu\u2019en 2026.'),
        ('Pays de Saint-Nazaire', 'Tiers-lieu cofinancé avec la communauté d\u2019agglomération ; '
         'nos équipes y assurent 420 heures de mécénat de compétences par an (logistique, sécurité).'),
        ('Métropole lilloise', 'Parcours d\u2019insertion conçu avec deux structures d\u2019insertion '
         'par l\u2019activité économique : 37 personnes accompagnées, 21 embauches durables en 2023.'),
    ]
    cw3 = (W - 84 - 24) / 3
    for i, (t3, d3) in enumerate(cards):
        x3 = 42 + i * (cw3 + 12)
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.8)
        c.line(x3, y3, x3 + cw3, y3)
        yy3 = para(c, t3, x3, y3 - 4, cw3, st('ct', 'DVB', 8.6, 11, color=GREEN))
        para(c, d3, x3, yy3 - 2, cw3, st('cd3', 'DVS', 8, 10.8, TA_LEFT), 60)
    c.showPage()

    # ---- index GRI (pages imprimees 94 et 95)
    hdr = [Paragraph('Code', cellb), Paragraph('Indicateur / information', cellb),
           Paragraph('Page(s)', cellb), Paragraph('Valeur 2023', cellb),
           Paragraph('Commentaire / omission', cellb)]
    rows1 = [
        ('band', 'GRI 2 : Éléments généraux d\u2019information 2021'),
        ('GRI 2-1', 'Détails sur l\u2019organisation', '4', 'Ferrandine Services SA, siège à Lyon', '—'),
        ('GRI 2-2', 'Entités incluses dans le reporting de durabilité', '4', '3 filiales françaises',
         'Filiales étrangères exclues'),
        ('GRI 2-3', 'Période de reporting, fréquence et point de contact', '5',
         'du 1er janvier au 31 décembre 2023', 'Rapport annuel'),
        ('GRI 2-5', 'Vérification externe', '104', 'Organisme tiers indépendant', 'Assurance modérée'),
        ('GRI 2-7', 'Salariés', '12', '6 420 salariés au 31/12/2023', 'Effectif inscrit, CDI et CDD'),
        ('GRI 2-9', 'Structure de gouvernance et composition', '14', 'Conseil de 11 administrateurs',
         '—'),
        ('GRI 2-22', 'Déclaration sur la stratégie de développement durable', '2-3',
         'Message du directeur général', '—'),
        ('GRI 2-23', 'Engagements politiques', '8', 'Pacte mondial des Nations unies', 'Adhésion 2020'),
        ('GRI 2-28', 'Adhésion à des associations', '62', '12 réseaux et fédérations',
         'Liste publiée sur le site'),
        ('GRI 2-29', 'Approche de l\u2019implication des parties prenantes', '9',
         'Panel de 18 membres, réuni 2 fois', '—'),
        ('GRI 2-30', 'Conventions collectives', '27', '100 % des salariés', '—'),
        ('band', 'GRI 3 : Enjeux matériels 2021'),
        ('GRI 3-1', 'Processus de détermination des enjeux matériels', '6',
         'Analyse de matérialité 2022', 'Mise à jour prévue en 2025'),
        ('GRI 3-2', 'Liste des enjeux matériels', '7', '11 enjeux', 'Dont « ancrage territorial »'),
        ('band', 'GRI 201, 203 et 205 : Économie, impacts indirects, éthique'),
        ('GRI 201-1', 'Valeur économique directe générée et distribuée — dont dons et mécénat',
         '62', '1 240 000 €', 'Mécénat financier seul (a)'),
        ('GRI 203-1', 'Investissements dans les infrastructures et mécénat de services', '62',
         '5 tiers-lieux cofinancés', '—'),
        ('GRI 203-2', 'Impacts économiques indirects significatifs', '64',
         '214 emplois en insertion', 'Via 9 structures d\u2019insertion'),
        ('GRI 205-2', 'Communication et formation relatives à la lutte contre la corruption', '19',
         '92 % des managers formés', '—'),
    ]
    rows2 = [
        ('band', 'GRI 302, 305 : Énergie et émissions'),
        ('GRI 302-1', 'Consommation d\u2019énergie au sein de l\u2019organisation', '44', '41,2 GWh', '—'),
        ('GRI 305-1', 'Émissions directes de GES (champ d\u2019application 1)', '46', '7 850 t CO2e',
         'Flotte de véhicules incluse'),
        ('band', 'GRI 401 à 405 : Emploi, santé, formation, diversité'),
        ('GRI 401-1', 'Recrutement de nouveaux employés et rotation du personnel', '25', '1 130 embauches',
         '—'),
        ('GRI 403-9', 'Accidents du travail', '33', 'Taux de fréquence : 14,2', '—'),
        ('GRI 404-1', 'Nombre moyen d\u2019heures de formation par an et par salarié', '30', '21,5 h',
         '—'),
        ('GRI 405-1', 'Diversité des organes de gouvernance et des salariés', '29',
         '45 % de femmes au comité de direction', '—'),
        ('band', 'GRI 413, 414 et 415 : Communautés locales, fournisseurs, politique publique'),
        ('GRI 413-1', 'Activités impliquant la communauté locale', '62',
         '41 sites sur 58 (71 %)', 'Au moins un partenariat local actif'),
        ('GRI 413-2', 'Activités ayant des impacts négatifs sur les communautés locales', '—',
         'Aucune identifiée', '(b)'),
        ('GRI 414-1', 'Nouveaux fournisseurs analysés à l\u2019aide de critères sociaux', '52', '64 %', '—'),
        ('GRI 415-1', 'Contributions politiques', '64', '0 €', 'Interdites par le code éthique'),
        ('band', 'Indicateurs spécifiques Ferrandine (FER)'),
        ('FER-1', 'Associations partenaires', '62', '134', '—'),
        ('FER-2', 'Heures de mécénat de compétences', '62', '3 850 h', 'Temps de travail valorisé (c)'),
        ('FER-3', 'Salariés bénévoles engagés', '62', '612', '—'),
        ('FER-4', 'Part des partenariats de plus de 3 ans', '62', '58 %', '—'),
        ('band', 'Indicateurs de contexte (CTX) — sources externes citées p. 62'),
        ('CTX-1', 'Dirigeants d\u2019entreprise exprimant une « envie d\u2019alliance »', '62', '84 %',
         'Observatoire des partenariats'),
        ('CTX-2', 'Entreprises d\u2019au moins 10 salariés engagées dans un partenariat (note du '
         '29 février 2016)', '62', '37 %', 'Observatoire des partenariats'),
        ('CTX-3', 'Entreprises développant des partenariats (ARPEA Entreprises &amp; Territoires, '
         'janvier 2011)', '62', '21 %', 'Étude ARPEA'),
    ]
    cw = [52, 196, 40, 110, W - 84 - 52 - 196 - 40 - 110]

    def build(rows):
        data = [hdr]
        cmds = [('BACKGROUND', (0, 0), (-1, 0), GREEN),
                ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                ('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.HexColor('#9fb9b0')),
                ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3),
                ('LEFTPADDING', (0, 0), (-1, -1), 4), ('RIGHTPADDING', (0, 0), (-1, -1), 4)]
        for r in rows:
            i = len(data)
            if r[0] == 'band':
                data.append([Paragraph(fr(r[1]), st('bd', 'DVCB', 7.6, 9.2, color=GREEN)), '', '', '', ''])
                cmds += [('SPAN', (0, i), (-1, i)), ('BACKGROUND', (0, i), (-1, i), LGREEN)]
            else:
                data.append([Paragraph(fr(r[0]), st('cd', 'DVCB', 7.2, 8.8)),
                             Paragraph(fr(r[1]), cell),
                             Paragraph(fr(r[2]), st('pg', 'DVC', 7.2, 8.8, TA_CENTER)),
                             Paragraph(fr(r[3]), st('vl', 'DVCB', 7.2, 8.8)),
                             Paragraph(fr(r[4]), st('cm', 'DVCI', 7, 8.6))])
        return data, cmds

    # page imprimee 94
    frame(94, 'Annexes — Index de correspondance GRI')
    y = H - 88
    txt(c, 42, y, 'Index de correspondance GRI et indicateurs spécifiques', 'DVB', 14)
    y -= 10
    y = para(c, 'Référentiel : GRI Standards 2021, rapport établi « en référence » aux normes GRI. '
                'Les numéros de page renvoient à la pagination du rapport complet ; les valeurs '
                'portent sur l\u2019exercice 2023 (périmètre France, 58 sites).', 42, y, W - 84,
             st('intro', 'DV', 8, 10.5, TA_JUSTIFY))
    y -= 8
    data, cmds = build(rows1)
    table_at(c, data, cw, 42, y, cmds, 60)
    txt(c, W - 42, 62, 'Suite de l\u2019index page suivante ▸', 'DVI', 7, GREEN, 'r')
    c.showPage()

    # page imprimee 95
    frame(95, 'Annexes — Index de correspondance GRI')
    y = H - 88
    txt(c, 42, y, 'Index de correspondance GRI (suite)', 'DVB', 14)
    y -= 10
    data, cmds = build(rows2)
    y = table_at(c, data, cw, 42, y, cmds, 60) - 10
    notes = [
        '(a) Hors dons en nature, valorisés à 96 000 € en 2023.',
        '(b) Analyse conduite sur les 58 sites du périmètre France lors de la revue annuelle des risques.',
        '(c) Valorisation au coût salarial chargé : 187 000 €.',
    ]
    for n in notes:
        y = para(c, n, 42, y, W - 84, small, 60) - 2
    y -= 10
    c.setStrokeColor(colors.HexColor('#999999'))
    c.line(42, y, W - 42, y)
    y -= 6
    legal = ('<b>Mentions légales.</b> Ferrandine Services SA, société anonyme au capital de 4 200 000 €, '
             'siège social : 18 quai des Célestins, 69002 Lyon. Directeur de la publication : le '
             'directeur général. Les informations du présent rapport ont fait l\u2019objet d\u2019une '
             'vérification par un organisme tiers indépendant (avis reproduit p. 104). Rapport imprimé '
             'sur papier recyclé ; version accessible sur www.ferrandine-groupe.fr/rse.')
    para(c, legal, 42, y, W - 84, st('lg', 'DV', 6.8, 9, TA_JUSTIFY, colors.HexColor('#444444')), 60)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Document 2 : page de wiki imprimee, infobox a droite, renvois [1] [2]
# ---------------------------------------------------------------------------
WBLUE = colors.HexColor('#3366cc')


def doc2(out):
    W, H = A4
    LM, RM = 118, 36          # marge gauche = colonne de navigation
    TOP, BOT = 70, 50
    IBW = 178                 # largeur infobox
    IBX = W - RM - IBW
    body = st('wb', 'DV', 8.6, 12, TA_LEFT)
    h1 = st('wh1', 'DVS', 19, 23)
    h2 = st('wh2', 'DVS', 13, 16, spaceBefore=8, spaceAfter=3)
    li = st('wli', 'DV', 8.6, 12, leftIndent=12, bulletIndent=3, bulletFontName='DV',
            bulletFontSize=8.6)
    ref = st('wref', 'DV', 7.6, 10, leftIndent=16, bulletIndent=0, bulletFontName='DV',
             bulletFontSize=7.6)

    # infobox
    ib_rows = [
        ('Création', '2008'),
        ('Fondateurs', 'Caisse des Dépôts ; Le RAMEAU'),
        ('Partenaires', 'MEDEF ; Le Mouvement associatif'),
        ('Type', 'Programme d\u2019études et de recherche empirique'),
        ('Objet', 'Alliances entre associations, entreprises, collectivités et fondations'),
        ('Direction scientifique', 'Anne Robin (COMISIS)'),
        ('Programmes', 'ARPEA 2008-2012 ; PHARE 2013-2018 ; IMPACT 2018-2022'),
        ('Site web', 'observatoire-des-<br/>partenariats.fr'),
    ]
    ib_h = {}

    def draw_infobox(c):
        y = H - TOP - 52
        c.setFillColor(colors.HexColor('#f8f9fa'))
        c.setStrokeColor(colors.HexColor('#a2a9b1'))
        # hauteur calculee
        k = st('ibk', 'DVB', 7.4, 9.4)
        v = st('ibv', 'DV', 7.4, 9.4)
        hs = []
        for a, b in ib_rows:
            pa = Paragraph(fr(a), k)
            pb = Paragraph(fr(b), v)
            ha = pa.wrap(62, 500)[1]
            hb = pb.wrap(IBW - 80, 500)[1]
            hs.append((pa, pb, max(ha, hb) + 5))
        total = 22 + 44 + sum(h for _, _, h in hs) + 6
        c.rect(IBX, y - total, IBW, total, stroke=1, fill=1)
        c.setFillColor(colors.HexColor('#d6e4f5'))
        c.rect(IBX + 1, y - 21, IBW - 2, 20, stroke=0, fill=1)
        txt(c, IBX + IBW / 2, y - 15, 'Observatoire des partenariats', 'DVB', 8.6, colors.black, 'c')
        # "logo" en texte
        c.setFillColor(colors.white)
        c.rect(IBX + 10, y - 62, IBW - 20, 36, stroke=1, fill=1)
        txt(c, IBX + IBW / 2, y - 42, '[ logo ] OBSERVATOIRE', 'DVB', 8, colors.HexColor('#555555'), 'c')
        txt(c, IBX + IBW / 2, y - 54, 'des partenariats', 'DVI', 7.5, colors.HexColor('#555555'), 'c')
        yy = y - 66
        for pa, pb, h in hs:
            c.setStrokeColor(colors.HexColor('#dddddd'))
            c.line(IBX + 4, yy, IBX + IBW - 4, yy)
            pa.drawOn(c, IBX + 6, yy - 3 - pa.height)
            pb.drawOn(c, IBX + 74, yy - 3 - pb.height)
            yy -= h
        ib_h['bottom'] = y - total

    # mesure prealable de l'infobox (meme calcul)
    draw_infobox_measure = canvas.Canvas(os.devnull)
    draw_infobox(draw_infobox_measure)
    ib_bottom = ib_h['bottom']

    printed = {1: 2, 2: 3, 3: 4}

    def chrome(c, doc):
        pn = c.getPageNumber()
        # barre d'impression navigateur
        txt(c, 30, H - 22, '03/02/2025 14:26', 'DV', 7, colors.HexColor('#555555'))
        txt(c, W / 2, H - 22, 'Observatoire des partenariats — Wikialliances', 'DV', 7,
            colors.HexColor('#555555'), 'c')
        # bandeau du site
        txt(c, 30, H - 48, 'W', 'DVSB', 22, colors.HexColor('#333333'))
        txt(c, 60, H - 40, 'WIKIALLIANCES', 'DVSB', 9, colors.HexColor('#333333'))
        txt(c, 60, H - 50, 'L\u2019encyclopédie libre des coopérations', 'DVSI', 6.5,
            colors.HexColor('#555555'))
        txt(c, W - RM, H - 44, 'Article   Discussion   Lire   Modifier   Historique', 'DV', 7.2,
            WBLUE, 'r')
        c.setStrokeColor(colors.HexColor('#a7d7f9'))
        c.line(LM, H - TOP + 8, W - RM, H - TOP + 8)
        # navigation a gauche
        nav = ['Accueil', 'Portails thématiques', 'Article au hasard', 'Contact', '',
               'Contribuer', 'Débuter', 'Aide', 'Modifications récentes', '', 'Outils',
               'Pages liées', 'Version imprimable', 'Citer cette page']
        yy = H - TOP - 10
        for n in nav:
            if n:
                txt(c, 30, yy, n, 'DV', 6.8, WBLUE if n not in ('Contribuer', 'Outils') else
                    colors.HexColor('#555555'))
            yy -= 11
        # pied de page navigateur
        txt(c, 30, 22, 'https://wikialliances.org/wiki/Observatoire_des_partenariats', 'DV', 6.8,
            colors.HexColor('#555555'))
        txt(c, W - 30, 22, '%d/4' % printed.get(pn, pn), 'DV', 7, colors.HexColor('#555555'), 'r')
        if pn == 1:
            draw_infobox(c)

    doc = BaseDocTemplate(out, pagesize=A4, title='Observatoire des partenariats — Wikialliances',
                          author='Contributeurs de Wikialliances (fictif)',
                          subject='Page de wiki imprimée', creator='make_docs.py (s81, reportlab)',
                          invariant=1, leftMargin=LM, rightMargin=RM, topMargin=TOP,
                          bottomMargin=BOT)
    fw = W - LM - RM
    # page 1 : titre pleine largeur, puis texte a gauche de l'infobox, puis pleine largeur
    f_title = Frame(LM, H - TOP - 40, fw, 40, id='title', leftPadding=0, rightPadding=0,
                    topPadding=0, bottomPadding=0)
    f_narrow = Frame(LM, ib_bottom - 6, fw - IBW - 12, (H - TOP - 40) - (ib_bottom - 6),
                     id='narrow', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f_wide = Frame(LM, BOT, fw, ib_bottom - 6 - BOT, id='wide', leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
    f_full = Frame(LM, BOT, fw, H - TOP - BOT, id='full', leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id='first', frames=[f_title, f_narrow, f_wide], onPage=chrome),
                          PageTemplate(id='rest', frames=[f_full], onPage=chrome)])

    def P(t, s=body):
        return Paragraph(fr(t), s)

    sup = lambda n: '<super><font color="#3366cc">[%d]</font></super>' % n
    story = [P('Observatoire des partenariats', h1),
             P('<font size="7.5" color="#555555">Un article de Wikialliances, l\u2019encyclopédie '
               'libre des coopérations.</font>'),
             NextPageTemplate('rest'), FrameBreak()]
    story += [
        P('L\u2019<b>Observatoire des partenariats</b> est un programme d\u2019études français consacré '
          'aux alliances entre associations, entreprises, collectivités territoriales et '
          'fondations. Il a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat '
          'avec le MEDEF et le Mouvement associatif' + sup(1) + '.'),
        Spacer(1, 4),
        P('Ses travaux reposent sur des enquêtes quantitatives et qualitatives menées auprès des '
          'citoyens, des dirigeants d\u2019entreprises, des responsables associatifs et des élus. La '
          'direction scientifique en est assurée bénévolement par Anne Robin, fondatrice du cabinet '
          'COMISIS' + sup(2) + '.'),
        Spacer(1, 4),
        P('Sommaire', st('som', 'DVB', 8.6, 12)),
        P('1 Histoire<br/>2 Les programmes quinquennaux<br/>3 Travaux territoriaux<br/>'
          '4 Publications récentes<br/>5 Voir aussi<br/>6 Références', st('som2', 'DV', 8, 11, leftIndent=8,
                                                   textColor=WBLUE)),
        P('Histoire', h2),
        P('Le premier programme, ARPEA (« Analyser les Relations Partenariales entre Entreprises et '
          'Associations »), compte dix volets' + sup(1) + '. Son bilan est présenté dans un rapport '
          'quinquennal publié le 11 décembre 2012' + sup(3) + '.'),
        Spacer(1, 4),
        P('À la demande de la ministre Valérie Fourneyron, l\u2019Observatoire établit ensuite un état '
          'des lieux des partenariats entre associations et entreprises, publié début 2014' +
          sup(3) + '.'),
        P('Les programmes quinquennaux', h2),
        P('<b>PHARE (2013-2018).</b> Le deuxième programme se déploie en six volets' + sup(4) + ' :'),
    ]
    for it in ['PHARE-Citoyens : septembre 2015 ;', 'PHARE-Entreprises : octobre 2015 ;',
               'PHARE-Associations : novembre 2015 ;', '13 rapports régionaux : 2016 ;',
               'diagnostics sectoriels : juillet 2016 ;', 'PHARE-Institutions : automne 2016.']:
        story.append(Paragraph(fr(it), li, bulletText='•'))
    story += [
        Spacer(1, 4),
        P('Le volet Citoyens, fondé sur plus de 2 000 personnes interrogées, indique que 69 % des '
          'Français considèrent les alliances comme un « devoir »' + sup(5) + '. Selon un compte '
          'rendu de presse, les répondants y attribuaient à la sécurité une note de 7 sur 10 parmi '
          'leurs attentes prioritaires' + sup(6) + '. Le volet Institutions, publié le '
          '29 novembre 2016, distingue cinq profils de maires' + sup(7) + '.'),
        Spacer(1, 4),
        P('<b>IMPACT (2018-2022).</b> Lancé en novembre 2017, le troisième programme est conduit '
          'avec la Caisse des Dépôts, l\u2019Institut CDC pour la Recherche, le Groupe La Poste, la '
          'Fondation TOTAL et Le RAMEAU' + sup(8) + '. Il s\u2019organise autour de trois axes : '
          'l\u2019innovation sociétale et territoriale, la performance des organisations et la '
          'confiance.'),
    ]
    story += [
        P('Travaux territoriaux', h2),
        P('La démarche « Agir ensemble en Territoire » est née en 2010, dans le prolongement de '
          'l\u2019étude ARPEA-Collectivités locales réalisée avec Comisis-OpinionWay' + sup(9) + '.'),
        Spacer(1, 4),
        P('Avec le Commissariat général à l\u2019égalité des territoires (CGET), Le RAMEAU a ensuite '
          'proposé un parcours d\u2019expérience de 18 mois à 11 territoires pionniers ; la première '
          'session s\u2019est tenue le 3\u00a0mai' + sup(10) + '.'),
        P('Publications récentes', h2),
        P('Outre les rapports de programme, l\u2019Observatoire diffuse des publications plus '
          'courtes, dont' + sup(11) + ' :'),
    ]
    for it in ['la fiche-repère « Les dynamiques d\u2019engagement des Collectivités territoriales », '
               'tirée de l\u2019étude IMPACT-Élus locaux (novembre 2020) ;',
               'la fiche acteur « Dynamique d\u2019engagement des Fondations » ;',
               'l\u2019étude IMPACT Fondations &amp; Territoires, publiée le 23 septembre ;',
               'le 11<super>e</super> rapport régional, consacré à la Normandie, publié le '
               '26 novembre' + sup(12) + '.']:
        story.append(Paragraph(fr(it), li, bulletText='•'))
    story += [
        Spacer(1, 4),
        P('Le mois de la parution du rapport normand a aussi vu un dossier de la revue JURIS '
          'Associations (n° 628, le 15 novembre), le 3<super>e</super> dîner « Élus &amp; '
          'Entreprises » (23 novembre) et le 5<super>e</super> webinaire « l\u2019ODD 17 en '
          'pratique » (26 novembre)' + sup(12) + '.'),
        P('Voir aussi', h2),
    ]
    for it in ['<font color="#3366cc">Le RAMEAU</font> — laboratoire de recherche empirique créé en '
               '2006 ; président-fondateur : Charles-Benoît Heidsieck ; directrice générale : '
               'Laurence Weber.',
               '<font color="#3366cc">Fondation des Territoires</font>',
               '<font color="#3366cc">Objectif de développement durable 17</font>']:
        story.append(Paragraph(fr(it), li, bulletText='•'))
    story.append(P('Références', h2))
    refs = [
        'Le RAMEAU, « D comme Données », lerameau.fr/d-comme-donnees',
        'Présentation du programme d\u2019études, pdfslide.fr (consulté le 3 février 2025)',
        'Observatoire des partenariats, « Le cheminement », observatoire-des-partenariats.fr/le-cheminement',
        'Observatoire des partenariats, « Le programme PHARE », observatoire-des-partenariats.fr/le-programme-phare',
        'Le RAMEAU, « Les alliances innovantes, moteurs de confiance en territoires », lerameau.fr',
        'Carenews, « PHARE-Citoyens : les Français favorables à une alliance entreprises-associations »',
        'Fédération des Caisses d\u2019Épargne, « Le RAMEAU lance le référentiel co-construction territoriale »',
        'Le RAMEAU, « Le programme IMPACT », lerameau.fr/le-programme-impact',
        'Le RAMEAU, « À la racine de la Charte du faire alliance », lerameau.fr',
        'CNER, « Le CGET et Le Rameau lancent une expérimentation sur la co-construction territoriale »',
        'associations.gouv.fr ; lerameau.fr, pages « fiches-repères » (consultées le 3 février 2025)',
        'Le RAMEAU, « 11ème rapport régional de l\u2019Observatoire des partenariats : Normandie »',
    ]
    for i, r in enumerate(refs, 1):
        story.append(Paragraph(fr(r), ref, bulletText='%d.' % i))
    nav = Table([[Paragraph(fr('<b>Alliances et coopérations en France</b>'),
                            st('nvh', 'DV', 7.6, 9.6, TA_CENTER))],
                 [Paragraph(fr('<b>Acteurs</b> : <font color="#3366cc">Le RAMEAU</font> · '
                               '<font color="#3366cc">Caisse des Dépôts</font> · '
                               '<font color="#3366cc">Le Mouvement associatif</font> · '
                               '<font color="#3366cc">Fondation des Territoires</font> · '
                               '<font color="#3366cc">COMISIS</font>'), st('nv1', 'DV', 7.2, 9.6))],
                 [Paragraph(fr('<b>Programmes</b> : <font color="#3366cc">ARPEA</font> · '
                               '<font color="#3366cc">PHARE</font> · '
                               '<font color="#3366cc">IMPACT</font> · '
                               '<font color="#3366cc">Agir ensemble en Territoire</font>'),
                            st('nv2', 'DV', 7.2, 9.6))],
                 [Paragraph(fr('<b>Outils</b> : <font color="#3366cc">Charte du faire alliance</font> · '
                               '<font color="#3366cc">Fonds ODD 17</font> · '
                               '<font color="#3366cc">plateforme odd17.org</font>'),
                            st('nv3', 'DV', 7.2, 9.6))]],
                colWidths=[fw])
    nav.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.5, colors.HexColor('#a2a9b1')),
                             ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#ccccff')),
                             ('BACKGROUND', (0, 1), (-1, -1), colors.HexColor('#f8f9fa')),
                             ('LINEBELOW', (0, 0), (-1, -2), 0.3, colors.white)]))
    story += [Spacer(1, 8), nav]
    story += [
        Spacer(1, 8),
        P('<font size="7" color="#555555">Catégories : Économie sociale et solidaire | '
          'Mécénat | Études et enquêtes en France</font>'),
        Spacer(1, 4),
        P('<font size="6.5" color="#555555">Dernière modification de cette page le 28 janvier 2025. '
          'Le texte est disponible sous licence Creative Commons attribution, partage dans les '
          'mêmes conditions ; d\u2019autres conditions peuvent s\u2019appliquer. Wikialliances est un '
          'projet collaboratif : les contenus ne sont pas validés par les organismes décrits.</font>'),
    ]
    doc.build(story)


# ---------------------------------------------------------------------------
# Document 3 : fil de courriels imprime, citations ">" et signatures
# ---------------------------------------------------------------------------
def doc3(out):
    W, H = A4
    c = new_canvas(out, A4, 'Fil : Chiffres maires pour la réunion intercommunale',
                   'Réseau Alliances Val-de-Saône (fictif)', 'Courriels imprimés')
    X0, X1 = 44, W - 44
    disc = st('dc', 'DVI', 6.4, 8, textColor=colors.HexColor('#777777'), alignment=TA_JUSTIFY)
    printed = {1: 17, 2: 18, 3: 19}
    COLS = {0: colors.black, 1: colors.HexColor('#1d4f91'), 2: colors.HexColor('#6b4c9a'),
            3: colors.HexColor('#7a7a7a')}
    WRAP = 84

    def chrome(pn):
        txt(c, X0, H - 26, 'Webmail Alliances', 'DVB', 8, colors.HexColor('#333333'))
        txt(c, X0 + 88, H - 26, 'Claire Dumoulin <c.dumoulin@alliances-valdesaone.fr>', 'DV', 7.5,
            colors.HexColor('#555555'))
        txt(c, X1, H - 26, '%d/3' % pn, 'DV', 7.5, colors.HexColor('#555555'), 'r')
        c.setStrokeColor(colors.black)
        c.setLineWidth(1.2)
        c.line(X0, H - 32, X1, H - 32)
        # tampon du dossier (numerotation imprimee)
        c.saveState()
        c.setStrokeColor(colors.HexColor('#b03a2e'))
        c.setLineWidth(1)
        c.rect(X1 - 150, H - 70, 150, 30, stroke=1, fill=0)
        txt(c, X1 - 75, H - 52, 'CA du 21/11/2024 — pièce n° 4', 'DVB', 7.2,
            colors.HexColor('#b03a2e'), 'c')
        txt(c, X1 - 75, H - 64, 'p. %d' % printed[pn], 'DVB', 8, colors.HexColor('#b03a2e'), 'c')
        c.restoreState()
        txt(c, X0, 24, 'https://webmail.alliances-valdesaone.fr/?_task=mail&_uid=4127&_action=print',
            'DV', 6.5, colors.HexColor('#666666'))

    def header(y, rows):
        hgt = 12 * len(rows) + 8
        c.setFillColor(colors.HexColor('#eef1f5'))
        c.setStrokeColor(colors.HexColor('#c5ccd6'))
        c.rect(X0, y - hgt, X1 - X0, hgt, stroke=1, fill=1)
        yy = y - 13
        for k, v in rows:
            txt(c, X0 + 6, yy, k, 'DVB', 7.8, colors.HexColor('#333333'))
            txt(c, X0 + 52, yy, v, 'DV', 7.8, colors.black)
            yy -= 12
        return y - hgt - 12

    def plain(y, items, ymin=40):
        """Texte brut a la maniere d'un courriel : lignes coupees a WRAP caracteres,
        chaque ligne citee precedee de '>' (un par niveau)."""
        for depth, t_ in items:
            if t_ is None:
                y -= 5
                continue
            prefix = ('>' * depth + ' ') if depth else ''
            t2 = fr(t_).replace(NB, '\x00')
            wrapped = textwrap.wrap(t2, WRAP - len(prefix), break_long_words=False,
                                    break_on_hyphens=False) or ['']
            for ln in wrapped:
                if y < ymin:
                    raise Overflow('doc3 : %r' % t_[:40])
                c.setFont('DVM', 7.9)
                c.setFillColor(COLS[min(depth, 3)])
                c.drawString(X0 + 4, y, prefix + ln.replace('\x00', NB))
                y -= 10.6
        c.setFillColor(colors.black)
        return y

    def sigblock(depth, lines_):
        return [(depth, '-- ')] + [(depth, l) for l in lines_]

    # ---- page 1
    chrome(1)
    y = H - 84
    txt(c, X0, y, 'RE: Chiffres maires pour la réunion intercommunale', 'DVB', 12)
    txt(c, X0, y - 14, '7 messages (2 conversations) — affichage : du plus récent au plus ancien',
        'DVI', 7.2, colors.HexColor('#555555'))
    y -= 26
    y = header(y, [('De :', 'Thomas Guérand <t.guerand@alliances-valdesaone.fr>'),
                   ('À :', 'Claire Dumoulin <c.dumoulin@alliances-valdesaone.fr>'),
                   ('Cc :', 'Nadia Belkacem ; Pierre-Yves Lallemand'),
                   ('Date :', 'mardi 19 novembre 2024 18:07'),
                   ('Objet :', 'RE: Chiffres maires pour la réunion intercommunale')])
    items = [
        (0, 'Merci à toutes les deux. On garde la version de Nadia pour la diapositive 3, avec la '
            'source complète en bas de page. Je verse ce fil au dossier du conseil '
            'd\u2019administration du 21 novembre.'),
        (0, None),
        (0, 'Pour la réunion intercommunale du 6 décembre, prévoyez une version courte : trois '
            'chiffres, pas plus.'),
        (0, None),
    ] + sigblock(0, ['Thomas Guérand | Directeur',
                     'Réseau Alliances Val-de-Saône — 7 place de l\u2019Hôtel-de-Ville, 71100 '
                     'Chalon-sur-Saône',
                     'Tél. 03 85 00 41 27 — www.alliances-valdesaone.fr']) + [
        (0, None),
        (1, 'Le 19/11/2024 à 15:32, Nadia Belkacem a écrit :'),
        (1, 'Bonjour Claire,'),
        (1, 'Proposition de texte pour la diapositive 3 : « Selon l\u2019enquête IMPACTS & '
            'TRAJECTOIRES – Élus locaux (novembre 2024), 91 % des maires jugent leur territoire en '
            'mouvement : 35 % fortement, 56 % ni plus ni moins. »'),
        (1, 'J\u2019ajouterais que 84 % des répondants sont maires de communes de moins de '
            '2 000 habitants : cela parlera à nos élus ruraux.'),
        (1, 'Nadia'),
    ] + sigblock(1, ['Nadia Belkacem | Chargée de communication | Réseau Alliances Val-de-Saône']) + [
        (1, ''),
        (2, 'Le 18/11/2024 à 09:15, Claire Dumoulin a écrit :'),
        (2, 'Bonjour à tous,'),
        (2, 'voici les éléments rassemblés pour la réunion intercommunale :'),
        (2, '- l\u2019enquête IMPACTS & TRAJECTOIRES – Élus locaux a interrogé 302 maires, par '
            'téléphone, du 30 septembre au 28 octobre 2024 ;'),
        (2, '- au dîner « Élus & Entreprises », il a été rappelé que 64 % des élus locaux veulent '
            's\u2019appuyer sur le « jouer collectif » et que 92 % des maires reconnaissent '
            'l\u2019utilité de la co-construction ;'),
        (2, '- la fiche-repère « Les dynamiques d\u2019engagement des Collectivités territoriales », '
            'tirée de l\u2019étude IMPACT-Élus locaux de novembre 2020 (Comisis-OpinionWay), reste la '
            'meilleure porte d\u2019entrée pour les élus.'),
        (2, 'Claire'),
    ]
    y = plain(y, items, 80)
    para(c, 'Ce message et ses pièces jointes sont confidentiels et destinés à leurs seuls '
            'destinataires. Si vous l\u2019avez reçu par erreur, merci d\u2019en avertir '
            'l\u2019expéditeur et de le supprimer. Pensez à l\u2019environnement avant d\u2019imprimer '
            'ce courriel.', X0 + 4, y - 6, X1 - X0 - 8, disc, 36)
    c.showPage()

    # ---- page 2
    chrome(2)
    y = H - 84
    y = header(y, [('De :', 'Pierre-Yves Lallemand <maire@bresse-val-dore.fr>'),
                   ('À :', 'Claire Dumoulin <c.dumoulin@alliances-valdesaone.fr>'),
                   ('Date :', 'vendredi 15 novembre 2024 22:41'),
                   ('Objet :', 'Re: Idées pour la réunion des maires')])
    items = [
        (0, 'Bonsoir Claire,'),
        (0, None),
        (0, 'je retrouve dans mes archives une plaquette ARPEA Entreprises & Territoires de janvier '
            '2011. Elle présente « l\u2019Observatoire national des partenariats associations / '
            'entreprises » comme « créé en 2007 ». Je suppose que c\u2019est la même structure ? On '
            'le date de quand, finalement ?'),
        (0, None),
        (0, 'Autre point : sur le site associations.gouv.fr, la Charte du faire alliance est dite '
            'dévoilée le « mardi 30 septembre », à Saint-Maurice, à l\u2019occasion du Giving '
            'Tuesday. On pourrait proposer aux communes volontaires de la signer à leur tour.'),
        (0, None),
        (0, 'Bien à vous,'),
        (0, None),
    ] + sigblock(0, ['Pierre-Yves Lallemand',
                     'Maire de Bresse-Val-Doré — élu référent du Réseau Alliances Val-de-Saône',
                     'Mairie : 03 85 00 17 60']) + [
        (0, None),
        (1, 'Le 14/11/2024 à 11:02, Claire Dumoulin a écrit :'),
        (1, 'Pierre-Yves,'),
        (1, 'pour la partie « exemples », je pense au parcours d\u2019expérience lancé par le CGET '
            'avec Le RAMEAU : un article du RAMEAU parle de « CGET et 10 territoires pilotes ». Nos '
            'communautés de communes pourraient s\u2019en inspirer.'),
        (1, 'Je regarde aussi ce qui existe du côté du Fonds ODD 17 pour nos associations.'),
        (1, 'Claire'),
    ]
    y = plain(y, items, 300)
    y -= 14
    y = header(y, [('De :', 'Claire Dumoulin <c.dumoulin@alliances-valdesaone.fr>'),
                   ('À :', 'Pierre-Yves Lallemand <maire@bresse-val-dore.fr>'),
                   ('Date :', 'lundi 18 novembre 2024 08:52'),
                   ('Objet :', 'Re: Idées pour la réunion des maires')])
    items = [
        (0, 'Bonjour Pierre-Yves,'),
        (0, None),
        (0, 'merci pour ces pistes. Je vérifie la question de la date de création et je reviens '
            'vers vous avant le conseil d\u2019administration.'),
        (0, None),
        (1, 'On le date de quand, finalement ?'),
        (0, None),
        (0, 'Pour la Charte, je propose d\u2019en faire le fil rouge de notre plan d\u2019actions '
            '2025-2026 : diffusion dans les 38 communes du réseau et signature lors du prochain '
            'dîner « Élus & Entreprises ».'),
        (0, None),
        (0, 'Bonne journée,'),
        (0, None),
    ] + sigblock(0, ['Claire Dumoulin | Chargée de mission « alliances territoriales »',
                     'Réseau Alliances Val-de-Saône — Tél. 03 85 00 41 30',
                     'Du lundi au jeudi ; absente le vendredi'])
    plain(y, items, 40)
    c.showPage()

    # ---- page 3
    chrome(3)
    y = H - 84
    y = header(y, [('De :', 'Nadia Belkacem <n.belkacem@alliances-valdesaone.fr>'),
                   ('À :', 'Claire Dumoulin ; Thomas Guérand'),
                   ('Date :', 'lundi 18 novembre 2024 17:20'),
                   ('Objet :', 'Re: Chiffres maires pour la réunion intercommunale'),
                   ('PJ :', 'diapo3_v2.pptx (412 Ko)')])
    items = [
        (0, 'Claire, Thomas,'),
        (0, None),
        (0, 'avant de finaliser, je vous signale deux précautions de présentation :'),
        (0, '1. les 302 maires de l\u2019enquête de 2024 ne sont pas ceux de notre territoire : '
            'l\u2019échantillon est national. Évitons d\u2019écrire « nos maires pensent que... » ;'),
        (0, '2. les chiffres du dîner « Élus & Entreprises » (64 % et 92 %) ne viennent pas de la '
            'même enquête : je propose deux encadrés distincts, chacun avec sa source.'),
        (0, None),
        (0, 'Pour le visuel, je reprends la charte graphique du réseau (vert sauge et gris).'),
        (0, None),
        (0, 'Nadia'),
        (0, None),
    ] + sigblock(0, ['Nadia Belkacem | Chargée de communication',
                     'Réseau Alliances Val-de-Saône — Tél. 03 85 00 41 33']) + [
        (0, None),
        (1, 'Le 18/11/2024 à 09:15, Claire Dumoulin a écrit :'),
        (1, '[message cité intégralement en page 1 — coupé à l\u2019impression]'),
    ]
    y = plain(y, items, 140) - 14
    # bordereau de la piece
    bx_h = 92
    c.setStrokeColor(colors.HexColor('#999999'))
    c.setFillColor(colors.HexColor('#fafafa'))
    c.rect(X0, y - bx_h, X1 - X0, bx_h, stroke=1, fill=1)
    yy = para(c, '<b>Pièce n° 4 — bordereau</b>', X0 + 8, y - 8, X1 - X0 - 16,
              st('bh', 'DV', 8.4, 11))
    para(c, 'Fil de 7 courriels échangés du 14 au 19 novembre 2024 entre l\u2019équipe du réseau et '
            'son élu référent, préparatoire à la réunion intercommunale du 6 décembre 2024. Imprimé '
            'pour information des administrateurs ; les chiffres cités n\u2019ont pas fait l\u2019objet '
            'd\u2019une vérification par le bureau.',
         X0 + 8, yy - 3, X1 - X0 - 16, st('bord', 'DV', 7.8, 10.4, TA_JUSTIFY))
    txt(c, X0 + 8, y - bx_h + 8, 'Visa du secrétaire de séance : ______________________', 'DV', 7.6)
    para(c, 'Ce message et ses pièces jointes sont confidentiels et destinés à leurs seuls '
            'destinataires. Réseau Alliances Val-de-Saône, association loi 1901 — 7 place de '
            'l\u2019Hôtel-de-Ville, 71100 Chalon-sur-Saône.', X0 + 4, y - bx_h - 10, X1 - X0 - 8,
         disc, 36)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Document 4 : lettre de remerciement + recu fiscal (cerfa) + notice
# ---------------------------------------------------------------------------
BROWN = colors.HexColor('#7a4b1e')


def doc4(out):
    W, H = A4
    c = new_canvas(out, A4, 'Bocage en Commun - lettre et reçu fiscal n° 2024-0412',
                   'Bocage en Commun (fictif)', 'Reçu fiscal de don')
    body = st('l4', 'DVS', 9.4, 13.4, TA_JUSTIFY)
    ID = 'Reçu n° 2024-0412'

    def letterhead():
        txt(c, 50, H - 60, '✿', 'DVB', 18, BROWN)
        txt(c, 72, H - 60, 'Bocage en Commun', 'DVSB', 18, BROWN)
        txt(c, 52, H - 74, 'Association loi 1901 d\u2019intérêt général — alliances locales en Mayenne',
            'DVI', 7.5, colors.HexColor('#555555'))
        c.setStrokeColor(BROWN)
        c.setLineWidth(1.5)
        c.line(50, H - 82, W - 50, H - 82)
        txt(c, W - 50, H - 52, '12 rue des Tisserands — 53100 Mayenne', 'DV', 7.5,
            colors.HexColor('#444444'), 'r')
        txt(c, W - 50, H - 62, 'contact@bocage-en-commun.fr — www.bocage-en-commun.fr', 'DV', 7.5,
            colors.HexColor('#444444'), 'r')

    # ---- page 1 : lettre
    letterhead()
    y = H - 118
    for l in ['Madame Jeanne Vautrin', '4 chemin des Aulnes', '53100 Mayenne']:
        txt(c, 330, y, l, 'DVS', 9.6)
        y -= 13
    y -= 14
    txt(c, 330, y, 'Mayenne, le 9 décembre 2024', 'DVS', 9.6)
    y -= 26
    txt(c, 50, y, 'Objet : votre don du 3 décembre 2024 — reçu fiscal n° 2024-0412', 'DVSB', 9.6)
    y -= 22
    paras = [
        'Madame,',
        'Au nom du conseil d\u2019administration et des bénévoles de Bocage en Commun, je vous remercie '
        'très chaleureusement pour votre don de 180 €, reçu lors de notre collecte du Giving Tuesday.',
        'Votre soutien arrive à un moment important. Depuis 2023, notre association fait partie des '
        '« catalyseurs territoriaux » soutenus par le Fonds ODD 17. Ce fonds, co-créé en 2020 par Le '
        'RAMEAU et la Fondation TotalEnergies, est doté de 1,5 M€ pour une expérimentation conduite '
        'sur 3 ans, qui s\u2019appuie sur 350 catalyseurs territoriaux.',
        'Notre conviction est simple : aucune structure ne peut répondre seule aux fragilités de nos '
        'communes rurales. Les données nationales vont dans le même sens : selon l\u2019étude '
        'IMPACT – Associations &amp; Territoires, 98 % des 148 000 associations employeuses de notre '
        'pays ont noué des partenariats.',
        'Grâce à vous, nous pourrons en 2025 ouvrir un second point d\u2019accueil à '
        'Ambrières-les-Vallées, accompagner 25 binômes entre petites entreprises et associations, et '
        'organiser deux « cafés des alliances » avec les élus du Pays de Mayenne.',
        'Vous trouverez ci-joint votre reçu fiscal. Votre don ouvre droit à une réduction d\u2019impôt '
        'égale à 66 % de son montant, soit 118,80 € : après réduction, il ne vous coûte que 61,20 €.',
        'En vous renouvelant toute notre gratitude, je vous prie d\u2019agréer, Madame, l\u2019expression '
        'de mes sentiments les plus cordiaux.',
    ]
    for p_ in paras:
        y = para(c, p_, 50, y, W - 100, body, 150) - 7
    y -= 8
    txt(c, 330, y, 'Odile Ferrand', 'DVSI', 13, BROWN)
    txt(c, 330, y - 14, 'Présidente de Bocage en Commun', 'DVS', 9)
    # pied de lettre
    c.setStrokeColor(colors.HexColor('#bbbbbb'))
    c.setLineWidth(0.5)
    c.line(50, 70, W - 50, 70)
    para(c, 'Bocage en Commun — association déclarée en préfecture de la Mayenne, RNA W532000000. '
            'Vos données sont utilisées uniquement pour la gestion des dons et l\u2019envoi des reçus ; '
            'vous disposez d\u2019un droit d\u2019accès, de rectification et d\u2019effacement : '
            'dpo@bocage-en-commun.fr.', 50, 64, W - 100,
         st('lf', 'DV', 6.6, 8.6, TA_CENTER, colors.HexColor('#555555')))
    c.showPage()

    # ---- page 2 : recu fiscal
    X0, X1 = 40, W - 40
    c.setFillColor(colors.black)
    txt(c, X0, H - 40, 'Cerfa', 'DVB', 9)
    txt(c, X0, H - 51, 'n° 11580*04', 'DV', 8)
    txt(c, W / 2, H - 42, 'Reçu au titre des dons à certains organismes d\u2019intérêt général',
        'DVB', 11.5, colors.black, 'c')
    txt(c, W / 2, H - 56, 'Articles 200, 238 bis et 978 du code général des impôts (CGI)', 'DV', 8,
        colors.black, 'c')
    c.setLineWidth(1)
    c.rect(X1 - 170, H - 88, 170, 22, stroke=1, fill=0)
    txt(c, X1 - 165, H - 80, 'Numéro d\u2019ordre du reçu :', 'DV', 7)
    txt(c, X1 - 8, H - 80, '2024-0412', 'DVMB', 9, colors.black, 'r')

    def section(y, title, hgt):
        c.setFillColor(colors.HexColor('#d9d9d9'))
        c.rect(X0, y - 16, X1 - X0, 16, stroke=1, fill=1)
        txt(c, W / 2, y - 12, title, 'DVB', 9, colors.black, 'c')
        c.setFillColor(colors.white)
        c.rect(X0, y - 16 - hgt, X1 - X0, hgt, stroke=1, fill=0)
        return y - 16

    def field(x, y, label, value, w=None, font='DVM'):
        txt(c, x, y, label, 'DV', 7.6)
        lw = pdfmetrics.stringWidth(fr(label), 'DV', 7.6)
        if value:
            txt(c, x + lw + 4, y, value, font, 8.4, colors.HexColor('#0b2e6b'))
        if w:
            c.setDash(1, 2)
            c.setStrokeColor(colors.HexColor('#888888'))
            c.line(x + lw + 2, y - 2, x + w, y - 2)
            c.setDash()
            c.setStrokeColor(colors.black)

    def box(x, y, checked, label):
        c.setStrokeColor(colors.black)
        c.rect(x, y - 1, 8, 8, stroke=1, fill=0)
        if checked:
            txt(c, x + 1.3, y + 0.2, 'X', 'DVB', 7.5, colors.HexColor('#0b2e6b'))
        txt(c, x + 12, y, label, 'DV', 7.4)

    y = H - 100
    y = section(y, 'Bénéficiaire des versements', 118)
    field(X0 + 6, y - 14, 'Nom ou dénomination :', 'BOCAGE EN COMMUN', X1 - X0 - 12)
    field(X0 + 6, y - 30, 'Adresse : N°', '12', 110)
    field(X0 + 120, y - 30, 'Rue', 'des Tisserands', X1 - X0 - 126)
    field(X0 + 6, y - 46, 'Code postal', '53100', 110)
    field(X0 + 120, y - 46, 'Commune', 'MAYENNE', X1 - X0 - 126)
    para(c, 'Objet : <font name="DVM" color="#0b2e6b">favoriser les alliances entre associations, '
            'entreprises et collectivités du bocage mayennais au service de l\u2019intérêt général'
            '</font>', X0 + 6, y - 54, X1 - X0 - 12, st('obj', 'DV', 7.6, 10))
    txt(c, X0 + 6, y - 86, 'Cochez la case concernée :', 'DV', 7.6)
    box(X0 + 120, y - 86, False, 'Association ou fondation reconnue d\u2019utilité publique')
    box(X0 + 120, y - 98, True, 'Œuvre ou organisme d\u2019intérêt général')
    box(X0 + 120, y - 110, False, 'Autre organisme (préciser)')
    y -= 118 + 10
    y = section(y, 'Donateur', 52)
    field(X0 + 6, y - 14, 'Nom :', 'VAUTRIN', 240)
    field(X0 + 250, y - 14, 'Prénoms :', 'Jeanne', X1 - X0 - 256)
    field(X0 + 6, y - 30, 'Adresse :', '4 chemin des Aulnes', X1 - X0 - 12)
    field(X0 + 6, y - 46, 'Code postal', '53100', 110)
    field(X0 + 120, y - 46, 'Commune', 'MAYENNE', X1 - X0 - 126)
    y -= 52 + 10
    c.rect(X0, y - 222, X1 - X0, 222, stroke=1, fill=0)
    yy = para(c, 'Le bénéficiaire reconnaît avoir reçu au titre des dons et versements ouvrant droit à '
                 'réduction d\u2019impôt, la somme de :', X0 + 6, y - 6, X1 - X0 - 12,
              st('rc', 'DV', 7.8, 10))
    c.setLineWidth(1.2)
    c.rect(W / 2 - 70, yy - 28, 140, 22, stroke=1, fill=0)
    txt(c, W / 2, yy - 21, '*** 180,00 € ***', 'DVMB', 11, colors.HexColor('#0b2e6b'), 'c')
    c.setLineWidth(1)
    field(X0 + 6, yy - 44, 'Somme en toutes lettres :', 'cent quatre-vingts euros', X1 - X0 - 12)
    field(X0 + 6, yy - 60, 'Date du versement ou du don :', '03/12/2024', 230)
    yy -= 76
    txt(c, X0 + 6, yy, 'Le bénéficiaire certifie sur l\u2019honneur que les dons et versements qu\u2019il '
        'reçoit ouvrent droit à la réduction d\u2019impôt prévue à l\u2019article :', 'DV', 7.4)
    yy -= 14
    box(X0 + 20, yy, True, '200 du CGI')
    box(X0 + 130, yy, False, '238 bis du CGI')
    box(X0 + 250, yy, False, '978 du CGI')
    yy -= 20
    txt(c, X0 + 6, yy, 'Forme du don :', 'DVB', 7.4)
    box(X0 + 90, yy, False, 'Acte authentique')
    box(X0 + 190, yy, False, 'Acte sous seing privé')
    box(X0 + 305, yy, True, 'Déclaration de don manuel')
    box(X0 + 440, yy, False, 'Autres')
    yy -= 16
    txt(c, X0 + 6, yy, 'Nature du don :', 'DVB', 7.4)
    box(X0 + 90, yy, True, 'Numéraire')
    box(X0 + 190, yy, False, 'Titres de sociétés cotés')
    box(X0 + 305, yy, False, 'Autres')
    yy -= 16
    txt(c, X0 + 6, yy, 'En cas de don en numéraire, mode de versement du don :', 'DVB', 7.4)
    yy -= 14
    box(X0 + 20, yy, False, 'Remise d\u2019espèces')
    box(X0 + 130, yy, True, 'Chèque')
    box(X0 + 250, yy, False, 'Virement, prélèvement, carte bancaire')
    yy -= 22
    field(X0 + 6, yy, 'Date et signature :', 'Mayenne, le 09/12/2024', 250)
    txt(c, X1 - 130, yy - 2, 'Lucie Marchal', 'DVSI', 12, colors.HexColor('#0b2e6b'), 'c')
    txt(c, X1 - 130, yy - 14, 'trésorière de l\u2019association', 'DV', 7, colors.HexColor('#444444'), 'c')
    # pied
    txt(c, X0, 40, 'Exemplaire à conserver par le donateur', 'DVI', 7, colors.HexColor('#555555'))
    txt(c, X1, 40, ID + ' — page 1/2', 'DV', 7, colors.HexColor('#555555'), 'r')
    c.showPage()

    # ---- page 3 : notice au verso
    txt(c, X0, H - 50, 'Votre reçu fiscal : informations utiles', 'DVB', 14, BROWN)
    txt(c, X0, H - 64, 'À lire avant de remplir votre déclaration de revenus', 'DVI', 8.5,
        colors.HexColor('#555555'))
    y = H - 86
    sm = st('nt', 'DV', 8.4, 11.6, TA_JUSTIFY)
    blocks = [
        '<b>Réduction d\u2019impôt sur le revenu.</b> Les dons à un organisme d\u2019intérêt général '
        'ouvrent droit à une réduction égale à 66 % de leur montant, dans la limite de 20 % du revenu '
        'imposable. Si ce plafond est dépassé, l\u2019excédent est reportable sur les 5 années suivantes.',
        '<b>Déclaration.</b> Reportez le montant de votre don case 7UF de la déclaration de revenus '
        '(formulaire complémentaire 2042-RICI). Ne joignez pas ce reçu : conservez-le, il peut vous '
        'être demandé en cas de contrôle.',
        '<b>Ce que représente votre don.</b>',
    ]
    for b in blocks:
        y = para(c, b, X0, y, X1 - X0, sm, 80) - 8
    data = [['', 'Montant', 'Réduction (66 %)', 'Coût réel'],
            ['Votre don du 03/12/2024', '180,00 €', '118,80 €', '61,20 €'],
            ['Pour comparaison', '50,00 €', '33,00 €', '17,00 €'],
            ['', '100,00 €', '66,00 €', '34,00 €'],
            ['', '300,00 €', '198,00 €', '102,00 €']]
    data = [[fr(x) for x in r] for r in data]
    y = table_at(c, data, [150, 100, 110, 100], X0, y,
                 [('FONT', (0, 0), (-1, -1), 'DV', 8.4), ('FONT', (0, 0), (-1, 0), 'DVB', 8.4),
                  ('FONT', (0, 1), (-1, 1), 'DVB', 8.4),
                  ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#f1e6da')),
                  ('BACKGROUND', (0, 1), (-1, 1), colors.HexColor('#fbf6f0')),
                  ('ALIGN', (1, 0), (-1, -1), 'RIGHT'),
                  ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#b89b7a'))], 80) - 16
    more = [
        '<b>Qui peut délivrer ce reçu ?</b> Bocage en Commun est une association d\u2019intérêt '
        'général : elle a une activité non lucrative, une gestion désintéressée et ne fonctionne pas '
        'au profit d\u2019un cercle restreint de personnes. Le reçu est établi sur le modèle '
        'Cerfa n° 11580*04 et numéroté dans l\u2019ordre d\u2019encaissement des dons.',
        '<b>Et ensuite ?</b> Chaque donateur reçoit en mars un court bilan de l\u2019année. Vous pouvez '
        'demander à ne plus recevoir nos courriers à tout moment, par simple message à '
        'contact@bocage-en-commun.fr.',
        '<b>Mentions légales.</b> Bocage en Commun, association déclarée le 14 mars 2016 en préfecture '
        'de la Mayenne (RNA W532000000), siège : 12 rue des Tisserands, 53100 Mayenne. Directrice de '
        'la publication : Odile Ferrand, présidente. Conformément au règlement général sur la '
        'protection des données, vous disposez d\u2019un droit d\u2019accès, de rectification et '
        'd\u2019effacement (dpo@bocage-en-commun.fr).',
    ]
    for b in more:
        y = para(c, b, X0, y, X1 - X0, sm, 70) - 8
    txt(c, X0, 40, 'Notice au verso du reçu — ne pas détacher', 'DVI', 7, colors.HexColor('#555555'))
    txt(c, X1, 40, ID + ' — page 2/2', 'DV', 7, colors.HexColor('#555555'), 'r')
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Document 5 : plan d'actions en diagramme de Gantt (barres par trimestre, jalons, legende)
# ---------------------------------------------------------------------------
SAUGE = colors.HexColor('#5b7f6b')
LSAUGE = colors.HexColor('#b9d3c4')


def doc5(out):
    W, H = landscape(A4)
    c = new_canvas(out, (W, H), 'Réseau Alliances Val-de-Saône - plan d\u2019actions 2025-2026',
                   'Réseau Alliances Val-de-Saône (fictif)', 'Diagramme de Gantt')
    printed = {1: 5, 2: 6, 3: 7}
    RED = colors.HexColor('#b03a2e')
    DARK = colors.HexColor('#243b2f')

    def chrome(pn, title, sub):
        c.setFillColor(SAUGE)
        c.rect(0, H - 10, W, 10, stroke=0, fill=1)
        txt(c, 30, H - 34, '▲▲ ALLIANCES VAL-DE-SAÔNE', 'DVB', 10, SAUGE)
        txt(c, 30, H - 56, title, 'DVB', 14)
        txt(c, 30, H - 69, sub, 'DVI', 8, colors.HexColor('#555555'))
        txt(c, W - 30, H - 34, 'Plan d\u2019actions 2025-2026 — document de travail v3', 'DV', 7.5,
            colors.HexColor('#555555'), 'r')
        txt(c, 30, 18, 'Réseau Alliances Val-de-Saône — comité de pilotage du 9 janvier 2025 — '
            'www.alliances-valdesaone.fr', 'DV', 6.8, colors.HexColor('#666666'))
        txt(c, W - 30, 18, 'p. %d' % printed[pn], 'DVB', 8, SAUGE, 'r')

    def grid(x0, x1, ytop, ybot, years, label_y):
        nq = 4 * len(years)
        qw = (x1 - x0) / nq
        c.setStrokeColor(colors.HexColor('#cccccc'))
        for i in range(nq + 1):
            c.setLineWidth(0.9 if i % 4 == 0 else 0.3)
            c.line(x0 + i * qw, ytop, x0 + i * qw, ybot)
        for j, yr in enumerate(years):
            c.setFillColor(colors.HexColor('#eef3ef'))
            c.rect(x0 + j * 4 * qw + 0.5, label_y, 4 * qw - 1, 14, stroke=0, fill=1)
            txt(c, x0 + (j * 4 + 2) * qw, label_y + 4, str(yr), 'DVB', 8, colors.black, 'c')
            for q in range(4):
                txt(c, x0 + (j * 4 + q + 0.5) * qw, label_y - 10, 'T%d' % (q + 1), 'DV', 6.5,
                    colors.HexColor('#555555'), 'c')
        return qw

    def bar(xa, xb, y, h, fill, hatch=False):
        c.setFillColor(fill)
        c.setStrokeColor(SAUGE)
        c.setLineWidth(0.5)
        c.rect(xa, y, xb - xa, h, stroke=1, fill=1)
        if hatch:
            c.saveState()
            p = c.beginPath()
            p.rect(xa, y, xb - xa, h)
            c.clipPath(p, stroke=0, fill=0)
            c.setStrokeColor(colors.HexColor('#8aa596'))
            xx = xa - h
            while xx < xb:
                c.line(xx, y, xx + h, y + h)
                xx += 4
            c.restoreState()

    def diamond(x, y, s=5, col=RED):
        c.setFillColor(col)
        p = c.beginPath()
        p.moveTo(x, y + s)
        p.lineTo(x + s, y)
        p.lineTo(x, y - s)
        p.lineTo(x - s, y)
        p.close()
        c.drawPath(p, stroke=0, fill=1)

    def gantt(rows, y0, years, X0, X1, LX, labw, rh, pil=None):
        """rows : (libelle, pilote, barres, jalons) ;
        barre = (debut (a, m), fin (a, m), style, texte, position 'in'|'left'|'right') ;
        jalon = ((a, m, fraction), texte, position 'right'|'left'|'above')."""
        qw = (X1 - X0) / (4 * len(years))

        def xm(yr, mo, frac=0.0):
            return X0 + ((yr - years[0]) * 12 + (mo - 1) + frac) * qw / 3

        y = y0
        for i, (lab, pilote, bars, mss) in enumerate(rows):
            if i % 2 == 0:
                c.setFillColor(colors.HexColor('#f7f9f8'))
                c.rect(LX, y - 8, X1 - LX, rh - 4, stroke=0, fill=1)
            para(c, lab, LX, y + 16, labw, st('gl', 'DVC', 7.6, 9.2))
            if pilote:
                txt(c, pil, y + 3, '[%s]' % pilote, 'DVM', 7.5, colors.HexColor('#333333'), 'c')
            for a, b, sty, t_, pos in bars:
                xa, xb = xm(*a), xm(b[0], b[1], 1.0)
                if sty == 'done':
                    bar(xa, xb, y, 12, SAUGE)
                    tc, tf = colors.white, 'DVCB'
                elif sty == 'plan':
                    bar(xa, xb, y, 12, LSAUGE)
                    tc, tf = DARK, 'DVCB'
                else:
                    bar(xa, xb, y, 12, colors.white, True)
                    tc, tf = DARK, 'DVCI'
                if t_:
                    if pos == 'in':
                        txt(c, xa + 3, y + 3.4, t_, tf, 6.6, tc)
                    elif pos == 'left':
                        txt(c, xa - 4, y + 3.4, t_, 'DVC', 6.6, colors.HexColor('#333333'), 'r')
                    else:
                        txt(c, xb + 4, y + 3.4, t_, 'DVC', 6.6, colors.HexColor('#333333'))
            for (yr, mo, frac), t_, pos in mss:
                x = xm(yr, mo, frac)
                diamond(x, y + 6)
                if pos == 'right':
                    txt(c, x + 8, y + 3.4, t_, 'DVC', 6.6, RED)
                elif pos == 'left':
                    txt(c, x - 8, y + 3.4, t_, 'DVC', 6.6, RED, 'r')
                else:
                    txt(c, x, y + 14, t_, 'DVB', 6.6, RED, 'c')
            y -= rh
        return y

    # ---- page 1 : reperes nationaux 2017-2022
    chrome(1, 'Repères nationaux : de la préfiguration à la création de la Fondation des Territoires',
           'Rétroplanning de référence par trimestre (2017-2022), établi à partir des publications '
           'du RAMEAU et de ses partenaires')
    LX, X0, X1 = 30, 240, W - 30
    years = [2017, 2018, 2019, 2020, 2021, 2022]
    top = H - 100
    grid(X0, X1, top - 26, 84, years, top - 12)
    txt(c, LX, top - 8, 'Chantier', 'DVB', 8)
    rows = [
        ('Programme PHARE de l\u2019Observatoire', None,
         [((2017, 1), (2017, 12), 'done', '◂ PHARE 2013-2017', 'in')], []),
        ('Programme IMPACT de l\u2019Observatoire', None,
         [((2018, 1), (2022, 12), 'done', 'IMPACT 2018-2022', 'in')],
         [((2017, 11, 0.5), 'lancé en novembre 2017', 'left')]),
        ('Préfiguration de la Fondation des Territoires — étape 1', None,
         [((2018, 7), (2019, 7), 'done', '07/2018 → 07/2019', 'in')], []),
        ('Préfiguration — étape 2', None,
         [((2019, 8), (2020, 11), 'done', '08/2019 → 11/2020', 'in')], []),
        ('Préfiguration — étape 3', None,
         [((2020, 12), (2022, 5), 'done', '12/2020 → 05/2022', 'in')], []),
        ('Mission ministérielle « co-construction » (a)', None,
         [((2019, 10), (2020, 10), 'cond', 'confiée au FNAF 2019', 'left')],
         [((2020, 5, 0.2), '', 'right'),
          ((2020, 10, 0.55), '7 mai 2020 : rapport remis ; 17/10/2020 : bilan', 'right')]),
        ('Fonds ODD 17 — expérimentation sur 3 ans', None,
         [((2020, 1), (2022, 12), 'done', 'co-créé en 2020 — dotation 1,5 M€', 'in')], []),
        ('Étude IMPACT-Élus locaux (Comisis-OpinionWay)', None, [],
         [((2020, 11, 0.5), 'nov. 2020 : fiche-repère « collectivités »', 'right')]),
        ('Charte du faire alliance', None,
         [((2021, 9), (2021, 11), 'done', '3 mois de co-construction', 'left')],
         [((2021, 11, 0.97), '30/11/2021 : lancement', 'right')]),
        ('Fondation des Territoires', None, [],
         [((2022, 6, 0.45), 'création : 14/06/2022', 'left')]),
    ]
    gantt(rows, top - 50, years, X0, X1, LX, X0 - LX - 10, 34)
    para(c, '(a) Mission confiée par Gabriel Attal à Cathy Racon-Bouzon et Charles-Benoît Heidsieck ; '
            'début de barre positionné au FNAF 2019, trimestre indicatif (hachures). Les repères ◆ '
            'sont détaillés en page 7 (N1 à N5).', LX, 74, X1 - LX,
         st('gn', 'DVI', 7, 9, textColor=colors.HexColor('#444444')))
    c.showPage()

    # ---- page 2 : plan du reseau 2025-2026
    chrome(2, 'Plan d\u2019actions du réseau 2025-2026',
           'Barres par trimestre ; pilote entre crochets ; budget prévisionnel 2025-2026 : 86 000 € '
           '(détail p. 7)')
    LX, X0, X1 = 30, 300, W - 30
    years = [2025, 2026]
    top = H - 100
    grid(X0, X1, top - 26, 134, years, top - 12)
    txt(c, LX, top - 8, 'Action', 'DVB', 8)
    txt(c, 262, top - 8, 'Pilote', 'DVB', 8, colors.black, 'c')
    acts = [
        ('<b>A1</b> Restituer aux maires l\u2019enquête IMPACTS &amp; TRAJECTOIRES – Élus locaux', 'CD',
         [((2025, 1), (2025, 3), 'done', 'restitution', 'in')], [((2025, 3, 0.3), 'J1', 'above')]),
        ('<b>A2</b> Diffuser la Charte du faire alliance dans les 38 communes du réseau', 'TG',
         [((2025, 1), (2025, 12), 'plan', '38 communes', 'in')], [((2025, 12, 0.5), 'J3', 'above')]),
        ('<b>A3</b> Alimenter la plateforme M.E.D.O.C. (www.odd17.org) : 25 exemples locaux', 'NB',
         [((2025, 4), (2026, 6), 'plan', '25 exemples', 'in')], []),
        ('<b>A4</b> Former 40 binômes élus – responsables associatifs', 'CD',
         [((2025, 7), (2026, 3), 'plan', '40 binômes', 'in'),
          ((2026, 4), (2026, 6), 'cond', '', 'in')], []),
        ('<b>A5</b> Dîner « Élus &amp; Entreprises » n° 2', 'TG', [],
         [((2025, 11, 0.2), 'J2', 'above')]),
        ('<b>A6</b> Webinaires « l\u2019ODD 17 en pratique »', 'NB', [],
         [((2025, 5, 0.5), 'J4', 'above'), ((2026, 5, 0.5), 'J5', 'above')]),
        ('<b>A7</b> Évaluation à mi-parcours et rapport au conseil d\u2019administration', 'TG',
         [((2026, 7), (2026, 12), 'cond', 'si financement', 'left')],
         [((2026, 12, 0.6), 'J6', 'above')]),
        ('<b>A8</b> Accueillir deux nouvelles intercommunalités dans le réseau', 'TG',
         [((2026, 1), (2026, 6), 'cond', 'conditionnel', 'left')], []),
    ]
    gantt(acts, top - 56, years, X0, X1, LX, 210, 36, pil=262)
    # legende
    ly = 100
    c.setStrokeColor(colors.HexColor('#999999'))
    c.rect(LX, ly - 58, X1 - LX, 66, stroke=1, fill=0)
    txt(c, LX + 8, ly - 6, 'LÉGENDE', 'DVB', 7.5)
    items = [('done', 'réalisé ou en cours'), ('plan', 'prévu'),
             ('cond', 'conditionnel (selon financement)'), ('ms', 'jalon (J1 à J6, voir p. 7)')]
    lx = LX + 70
    for kind, lab in items:
        if kind == 'done':
            bar(lx, lx + 26, ly - 12, 9, SAUGE)
        elif kind == 'plan':
            bar(lx, lx + 26, ly - 12, 9, LSAUGE)
        elif kind == 'cond':
            bar(lx, lx + 26, ly - 12, 9, colors.white, True)
        else:
            diamond(lx + 13, ly - 7.5, 4.5)
        txt(c, lx + 32, ly - 10, lab, 'DV', 7.2)
        lx += 32 + pdfmetrics.stringWidth(fr(lab), 'DV', 7.2) + 26
    para(c, 'Pilotes : CD = Claire Dumoulin (chargée de mission) ; TG = Thomas Guérand (directeur) ; '
            'NB = Nadia Belkacem (communication). Trimestres civils : T1 = janvier-mars, T2 = '
            'avril-juin, T3 = juillet-septembre, T4 = octobre-décembre.', LX + 8, ly - 24,
         X1 - LX - 16, st('lgd', 'DV', 7.2, 9.4))
    c.showPage()

    # ---- page 3 : tableau des jalons, budget, definitions
    chrome(3, 'Repères, jalons, budget et définitions', 'Complément aux planches des pages 5 et 6')
    cs = st('jc', 'DVC', 7.4, 9.2)
    csb = st('jcb', 'DVCB', 7.4, 9.2, textColor=colors.white)
    rows = [
        ('Repère', 'Date', 'Événement', 'Source / remarque'),
        ('N1', '2010', 'Démarche « Agir ensemble en Territoire » initiée après l\u2019étude '
         'ARPEA-Collectivités locales (Comisis-OpinionWay) ; territoires pilotes : Alsace (Alsace '
         'Active), Poitou-Charentes (Groupe La Poste), Paris-Est Marne &amp; Bois', 'Le RAMEAU'),
        ('N2', 'juillet 2018', 'Lancement de la préfiguration de la Fondation des Territoires (3 étapes)',
         'Planche p. 5'),
        ('N3', '7 mai 2020', 'Remise du rapport de la mission ministérielle confiée par Gabriel Attal à '
         'Cathy Racon-Bouzon et Charles-Benoît Heidsieck', 'Bilan le 17 octobre 2020'),
        ('N4', '30 novembre 2021', 'Lancement de la Charte du faire alliance, soirée VitaWin à '
         'Saint-Maurice (Paris-Est Marne &amp; Bois), jour du Giving Tuesday', 'Carenews ; Le RAMEAU'),
        ('N5', '14 juin 2022', 'Création de la Fondation des Territoires sous l\u2019égide de la '
         'Fondation de Lille, avec 21 co-fondateurs', 'Fin de la préfiguration'),
        ('J1', 'mars 2025', 'Restitution de l\u2019enquête aux maires (réunion intercommunale)', 'A1'),
        ('J2', 'novembre 2025', 'Dîner « Élus &amp; Entreprises » n° 2 : signatures de la Charte', 'A5'),
        ('J3', 'décembre 2025', 'Bilan de la diffusion de la Charte dans les 38 communes', 'A2'),
        ('J4', 'mai 2025', 'Webinaire « l\u2019ODD 17 en pratique » n° 1', 'A6'),
        ('J5', 'mai 2026', 'Webinaire « l\u2019ODD 17 en pratique » n° 2', 'A6'),
        ('J6', 'décembre 2026', 'Rapport d\u2019évaluation à mi-parcours au conseil d\u2019administration',
         'A7, conditionnel'),
    ]
    data = []
    for i, r in enumerate(rows):
        s_ = csb if i == 0 else cs
        data.append([Paragraph(fr(x), s_) for x in r])
    y = H - 86
    tw = W - 60
    y = table_at(c, data, [46, 86, tw - 46 - 86 - 170, 170], 30, y,
                 [('BACKGROUND', (0, 0), (-1, 0), SAUGE),
                  ('BACKGROUND', (0, 1), (-1, 5), colors.HexColor('#f3f0e8')),
                  ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#aaaaaa')),
                  ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                  ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5)],
                 150) - 14
    # budget (gauche) et definitions (droite)
    bud = [('Action', 'Budget (€)'), ('A1 Restitution de l\u2019enquête', '4 000'),
           ('A2 Diffusion de la Charte', '12 000'), ('A3 Plateforme M.E.D.O.C.', '9 000'),
           ('A4 Binômes élus – associations', '31 000'), ('A5 Dîner « Élus &amp; Entreprises »', '8 000'),
           ('A6 Webinaires', '3 000'), ('A7 Évaluation (conditionnel)', '14 000'),
           ('A8 Nouvelles intercommunalités (conditionnel)', '5 000'), ('Total 2025-2026', '86 000')]
    bdata = [[Paragraph(fr(a), csb if i == 0 else (st('bt', 'DVCB', 7.4, 9.2) if i == len(bud) - 1
                                                    else cs)),
              Paragraph(fr(b), st('br%d' % i, 'DVCB' if i in (0, len(bud) - 1) else 'DVC', 7.4, 9.2,
                                  TA_RIGHT, colors.white if i == 0 else colors.black))]
             for i, (a, b) in enumerate(bud)]
    txt(c, 30, y, 'Budget prévisionnel par action', 'DVB', 8.5, SAUGE)
    table_at(c, bdata, [190, 70], 30, y - 6,
             [('BACKGROUND', (0, 0), (-1, 0), SAUGE), ('LINEABOVE', (0, -1), (-1, -1), 0.8, SAUGE),
              ('GRID', (0, 0), (-1, -2), 0.3, colors.HexColor('#cccccc')),
              ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)], 34)
    dx = 330
    txt(c, dx, y, 'Définitions', 'DVB', 8.5, SAUGE)
    yd = y - 8
    defs = [
        '<b>M.E.D.O.C.</b> — Méthodes, Exemples, Données, Outils, Compétences : ressources '
        'rassemblées sur la plateforme www.odd17.org, que le réseau alimente (action A3).',
        '<b>ODD 17</b> — « Partenariats pour la réalisation des objectifs » ; il compte 19 cibles, '
        'présentées dans la note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons » '
        '(5 juillet).',
        '<b>Charte du faire alliance</b> — « contrat de confiance » issu de 3 mois de '
        'co-construction pilotés par la Fondation des Territoires.',
        '<b>N / J</b> — N : repère national (planche p. 5) ; J : jalon du réseau (planche p. 6).',
    ]
    for d in defs:
        yd = para(c, d, dx, yd, W - 30 - dx, st('df', 'DV', 7.8, 10.2), 34) - 5
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Document 6 : annexe statistique (tableaux numerotes, notes et sources)
# ---------------------------------------------------------------------------
NAVY = colors.HexColor('#243a5e')


def doc6(out):
    W, H = A4
    c = new_canvas(out, A4, 'Atlas des coopérations territoriales 2025 - Annexe B',
                   'Agence Coop\u2019Terr (fictif)', 'Annexe statistique')
    printed = {1: 'B-2', 2: 'B-3', 3: 'B-4'}
    X0, X1 = 44, W - 44
    fw = X1 - X0
    GAP = 16
    hw = (fw - GAP) / 2
    tt = st('tt', 'DVB', 9, 11.4, textColor=NAVY)
    nt = st('nt6', 'DVI', 7, 9, textColor=colors.HexColor('#444444'))

    def chrome(pn):
        txt(c, X0, H - 34, 'Atlas des coopérations territoriales 2025', 'DVB', 8, NAVY)
        txt(c, X1, H - 34, 'Annexe B — Données de cadrage', 'DV', 8, NAVY, 'r')
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.8)
        c.line(X0, H - 40, X1, H - 40)
        c.line(X0, 40, X1, 40)
        txt(c, X0, 28, 'Agence Coop\u2019Terr — www.coopterr.fr — reproduction autorisée avec '
            'mention de la source', 'DV', 6.6, colors.HexColor('#555555'))
        txt(c, X1, 28, printed[pn], 'DVB', 9, NAVY, 'r')

    def T(x, y, w, title, head, rows, vcols, notes, ymin=48):
        """Tableau numerote : titre, tableau, puis notes et source dessous."""
        y = para(c, title, x, y, w, tt, ymin) - 3
        data = [[fr(v) for v in head]] + [[fr(v) for v in r] for r in rows]
        colw = [w - sum(vcols)] + list(vcols)
        y = table_at(c, data, colw, x, y,
                     [('FONT', (0, 0), (-1, -1), 'DVC', 8.4),
                      ('FONT', (0, 0), (-1, 0), 'DVCB', 8.4),
                      ('LINEABOVE', (0, 0), (-1, 0), 0.9, NAVY),
                      ('LINEBELOW', (0, 0), (-1, 0), 0.5, NAVY),
                      ('LINEBELOW', (0, -1), (-1, -1), 0.9, NAVY),
                      ('ALIGN', (1, 0), (-1, -1), 'RIGHT'),
                      ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3),
                      ('TOPPADDING', (0, 0), (-1, -1), 2.6), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.6)],
                     ymin) - 3
        for n in notes:
            y = para(c, n, x, y, w, nt, ymin) - 1
        return y

    def pair(y, left, right):
        yl = T(X0, y, hw, *left)
        yr = T(X0 + hw + GAP, y, hw, *right)
        return min(yl, yr) - 20

    # ---- page B-2
    chrome(1)
    y = H - 58
    y = para(c, 'Annexe B — Tableaux statistiques', X0, y, fw,
             st('ah', 'DVB', 13, 16, textColor=NAVY)) - 2
    y = para(c, 'Sauf mention contraire : pourcentages de répondants ; données nationales, non '
                'déclinées par région.', X0, y, fw, nt) - 12
    y = pair(y,
             ('Tableau B.1 — Attentes prioritaires des Français (note moyenne sur 10)',
              ['Domaine', 'Note', 'Rang'],
              [['Emploi', '7,1', '1'], ['Pouvoir d\u2019achat', '6,6', '2 ex.'],
               ['Sécurité', '6,6', '2 ex.'], ['Développement économique', '6,5', '4'],
               ['Environnement', '6,3', '5 ex.'], ['Exclusion', '6,3', '5 ex.']],
              [40, 36],
              ['Note : plus de 2 000 personnes interrogées ; ex. = ex aequo.',
               'Source : Observatoire des partenariats, PHARE-Citoyens (septembre 2015), d\u2019après la '
               'plateforme de capitalisation « impacts-fondations ».']),
             ('Tableau B.2 — Domaines où les partenariats ont un impact fort, selon les Français',
              ['Domaine', '%'],
              [['Emploi', '49 %'], ['Développement économique', '46 %'], ['Environnement', '42 %'],
               ['Précarité', '36 %'], ['Éducation', '36 %']],
              [50],
              ['Source : PHARE-Citoyens (septembre 2015).']))
    y = pair(y,
             ('Tableau B.3 — Les partenariats, source d\u2019innovation',
              ['Population', '%'],
              [['Français', '74 %'], ['Dirigeants d\u2019entreprise', '81 %'],
               ['Responsables associatifs', '86 %'], ['Maires', '87 %']],
              [50],
              ['Source : Le RAMEAU, présentation du programme IMPACT.']),
             ('Tableau B.4 — Les maires et l\u2019engagement de leur territoire',
              ['Indicateur', '%'],
              [['Territoire jugé engagé', '76 %'],
               ['Ne savent pas piloter la démarche', '46 %']],
              [50],
              ['Champ : maires.', 'Source : Le RAMEAU, présentation du programme IMPACT.']))
    y = T(X0, y, fw, 'Tableau B.5 — Entreprises et partenariats (janvier 2011)',
          ['Attitude des entreprises', 'Développent des partenariats', 'Souhaitent en développer',
           'Ne le souhaitent pas'],
          [['Part des entreprises', '21 %', '33 %', '46 %']],
          [142, 130, 112],
          ['Source : Observatoire national des partenariats, étude ARPEA Entreprises &amp; Territoires '
           '(janvier 2011).']) - 14
    y = T(X0, y, fw, 'Tableau B.6 — Jouer collectif en sortie de crise (résilience post-Covid)',
          ['Population', '% jugeant la co-construction utile'],
          [['Français', '81 %'], ['Dirigeants de TPE et PME', '84 %']],
          [170],
          ['Note : plus de 250 données inventoriées pour l\u2019occasion.',
           'Source : Carenews / Le RAMEAU, « Sortie de crise : des données pour agir efficacement ».'])
    c.showPage()

    # ---- page B-3
    chrome(2)
    y = H - 58
    y = pair(y,
             ('Tableau B.7 — Types de partenaires des associations (2016)',
              ['Type de partenaire', '%'],
              [['Collectivités territoriales', '74 %'], ['Associations ou fondations', '72 %'],
               ['Établissements d\u2019enseignement', '47 %'], ['Entreprises', '28 %'],
               ['Structures d\u2019insertion', '22 %'], ['Organismes de recherche', '9 %'],
               ['Nombre moyen de partenaires', '2,5']],
              [44],
              ['Note : enquête de mai-juin 2016 auprès de plus de 1 380 responsables associatifs.',
               'Source : Recherches &amp; Solidarités et Le RAMEAU, « Associations &amp; '
               'Partenariats », mars 2017.']),
             ('Tableau B.8 — Associations ayant un partenariat avec une entreprise, selon le budget',
              ['Budget annuel de l\u2019association', '%'],
              [['Plus de 150 000 €', '50 %'], ['Moins de 10 000 €', '20 %']],
              [44],
              ['Source : « Associations &amp; Partenariats », mars 2017 (même enquête que B.7).']))
    y = pair(y,
             ('Tableau B.9 — Partenaires des associations employeuses (étude IMPACT)',
              ['Partenaire', '%'],
              [['Collectivités', '89 %'], ['Structures d\u2019intérêt général', '73 %'],
               ['Établissements scolaires', '70 %'], ['Collectifs d\u2019associations', '56 %'],
               ['Acteurs publics nationaux', '52 %'], ['Fédérations professionnelles', '37 %'],
               ['Acteurs académiques', '35 %']],
              [44],
              ['Note : champ de 148 000 associations employeuses, dont 98 % déclarent au moins un '
               'partenariat.',
               'Source : Observatoire des partenariats, IMPACT – Associations &amp; Territoires.']),
             ('Tableau B.10 — Échelle et finalités de ces partenariats',
              ['Échelle ou finalité', '%'],
              [['Échelle locale', '73 %'], ['Échelle régionale', '47 %'], ['Mécénat', '75 %'],
               ['Innovation sociétale', '73 %'], ['Pratiques responsables', '70 %'],
               ['Coopération économique', '58 %']],
              [44],
              ['Source : IMPACT – Associations &amp; Territoires (même étude que B.9).']))
    y = T(X0, y, fw, 'Tableau B.11 — Enquête IMPACTS &amp; TRAJECTOIRES – Élus locaux : fiche technique '
          'et résultat principal',
          ['Caractéristique', 'Valeur'],
          [['Maires interrogés', '302'], ['Mode de recueil', 'téléphone'],
           ['Période de terrain', '30 sept. – 28 oct. 2024'],
           ['Répondants de communes de moins de 2 000 habitants', '84 %'],
           ['Territoire « en mouvement » (total)', '91 %'], ['… dont fortement', '35 %'],
           ['… dont ni plus ni moins', '56 %']],
          [150],
          ['Note : résultats nationaux ; l\u2019enquête ne publie pas de ventilation régionale.',
           'Source : Analyses et études de novembre 2024 (letowski.fr).'])
    c.showPage()

    # ---- page B-4
    chrome(3)
    y = H - 58
    y = pair(y,
             ('Tableau B.12 — Urgence à créer des partenariats, selon les Français (ARPEA)',
              ['Année', '%'],
              [['2008', '86 %'], ['2012', '84 %']],
              [50],
              ['Note : ARPEA = « Analyse des Relations et des Partenariats entre Entreprises et '
               'Associations ». Dans la même série, près de 46 % des associations étaient engagées '
               'avec une entreprise.',
               'Source : ISBL Consultants, d\u2019après l\u2019Observatoire des partenariats.']),
             ('Tableau B.13 — Étude IMPACT Fondations &amp; Territoires',
              ['Caractéristique', 'Valeur'],
              [['Fondations interrogées', '42'], ['Date de publication', '23 septembre']],
              [80],
              ['Source : Mécénova, « Le RAMEAU : étude IMPACT Fondations ».']))
    y = T(X0, y, fw, 'Tableau B.14 — Le RAMEAU en quelques repères',
          ['Repère', 'Valeur'],
          [['Année de création', '2006'],
           ['Organisations ayant participé à des expérimentations depuis la création', 'plus de 500'],
           ['Exemples inspirants recensés', 'plus de 1 000'], ['Années de recherche', '15'],
           ['Années d\u2019étude d\u2019impact', '5']],
          [150],
          ['Note : statut associatif d\u2019intérêt général.',
           'Sources : lerameau.fr (« Qui sommes-nous ») ; Mediatico ; Le RAMEAU, « Les alliances '
           'innovantes, moteurs de confiance en territoires ».']) - 14
    y = T(X0, y, fw, 'Tableau B.15 — Engagement partenarial selon le type d\u2019organisation (note du '
          '29 février 2016)',
          ['Type d\u2019organisation', 'Part engagée'],
          [['Entreprises d\u2019au moins 10 salariés', '37 %'], ['Associations (ensemble)', '38 %'],
           ['… dont associations employeuses', '53 %'], ['Organisations « pionnières »', '65 %']],
          [150],
          ['Source : note sur les modèles de co-construction du 29 février 2016.']) - 14
    para(c, 'Signes conventionnels : « — » donnée non disponible ; « ex. » ex aequo ; les totaux '
            'peuvent différer de 100 % (réponses multiples). Aucune donnée de ce recueil n\u2019est '
            'déclinée par région.', X0, y, fw, nt, 48)
    c.showPage()
    c.save()


DOCS = [
    ('01-rapport-rse-gri', doc1),
    ('02-wiki-observatoire', doc2),
    ('03-fil-courriels', doc3),
    ('04-recu-fiscal-don', doc4),
    ('05-gantt-plan-actions', doc5),
    ('06-annexe-statistique', doc6),
]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(outdir, exist_ok=True)
    for name, fn in DOCS:
        path = os.path.join(outdir, PREFIX + name + '.pdf')
        fn(path)
        print(path)


if __name__ == '__main__':
    main()
