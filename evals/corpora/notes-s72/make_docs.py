#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generateur deterministe des 6 PDF du jeu aveugle s72.

Usage : /work/main/.venv/bin/python make_docs.py [DOSSIER_DE_SORTIE]
(par defaut : le dossier de ce script). Aucune date d'execution, aucun hasard.
Faits : /work/shared/facts.md ; mobilier de document invente liste dans README-questions.md.
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
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

FONT_DIR = '/usr/share/fonts/truetype/dejavu/'
for name, fn in [('DV', 'DejaVuSans.ttf'), ('DV-B', 'DejaVuSans-Bold.ttf'),
                 ('DV-I', 'DejaVuSans-Oblique.ttf'), ('DV-BI', 'DejaVuSans-BoldOblique.ttf'),
                 ('DS', 'DejaVuSerif.ttf'), ('DS-B', 'DejaVuSerif-Bold.ttf'),
                 ('DS-I', 'DejaVuSerif-Italic.ttf'), ('DS-BI', 'DejaVuSerif-BoldItalic.ttf'),
                 ('DVC', 'DejaVuSansCondensed.ttf'), ('DVC-B', 'DejaVuSansCondensed-Bold.ttf'),
                 ('DVC-I', 'DejaVuSansCondensed-Oblique.ttf'),
                 ('DVC-BI', 'DejaVuSansCondensed-BoldOblique.ttf')]:
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('DV', normal='DV', bold='DV-B', italic='DV-I', boldItalic='DV-BI')
registerFontFamily('DS', normal='DS', bold='DS-B', italic='DS-I', boldItalic='DS-BI')
registerFontFamily('DVC', normal='DVC', bold='DVC-B', italic='DVC-I', boldItalic='DVC-BI')

NB = '\u00a0'


def fr(s):
    """Typographie francaise : espaces insecables dans les nombres et avant % EUR : ; ? ! »."""
    s = re.sub(r'(\d) (?=\d{3}\b)', '\\1' + NB, s)
    s = re.sub(r'(\d) (?=\d{3}\b)', '\\1' + NB, s)
    s = re.sub(r' (?=(?:M€|k€|€|%|:|;|\?|!|»))', NB, s)
    s = s.replace('« ', '«' + NB)
    return s


class Overflow(Exception):
    pass


def P(text, style):
    return Paragraph(fr(text), style)


def stack(c, flows, x, ytop, w, ybottom, gap=0.0, label=''):
    """Pose les flowables de haut en bas ; leve Overflow si on passe sous ybottom."""
    y = ytop
    for i, f in enumerate(flows):
        fw, fh = f.wrap(w, 10000)
        if i > 0:
            y -= f.getSpaceBefore()
        if y - fh < ybottom - 0.01:
            raise Overflow('%s : debordement (%.1f < %.1f)' % (label, y - fh, ybottom))
        f.drawOn(c, x, y - fh)
        y -= fh + gap + f.getSpaceAfter()
    return y


def height(flows, w, gap=0.0):
    h = 0
    for i, f in enumerate(flows):
        h += f.wrap(w, 10000)[1] + gap + f.getSpaceAfter() + (f.getSpaceBefore() if i else 0)
    return h


def new_canvas(path, size, title, subject):
    c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor('Jeu d\'evaluation s72 (documents de demonstration)')
    c.setSubject(subject)
    c.setCreator('make_docs.py (s72)')
    return c


# ---------------------------------------------------------------------------
# Document 1 : chapitre de working paper avec notes de bas de page
# ---------------------------------------------------------------------------
def doc1(path):
    W, H = A4
    c = new_canvas(path, A4, 'Mesurer les alliances : genèse d\'un observatoire',
                   'Cahiers de recherche partenariale, WP 7, chapitre 3')
    body = ParagraphStyle('b1', fontName='DS', fontSize=10, leading=13.6, alignment=TA_JUSTIFY,
                          firstLineIndent=14)
    h2 = ParagraphStyle('h2', fontName='DS-B', fontSize=11, leading=14, spaceBefore=4)
    fn = ParagraphStyle('fn', fontName='DS', fontSize=7.6, leading=9.6, alignment=TA_JUSTIFY,
                        leftIndent=10, firstLineIndent=-10)
    fnc = ParagraphStyle('fnc', parent=fn, leftIndent=10, firstLineIndent=0)
    small = ParagraphStyle('sm', fontName='DS-I', fontSize=8.5, leading=11)
    L, R = 62, W - 62
    TW = R - L

    def furniture(n_printed, first=False):
        c.setFont('DS-I', 8)
        c.setFillColor(colors.HexColor('#444444'))
        if not first:
            c.drawString(L, H - 40, 'Cahiers de recherche partenariale · Working paper n° 7')
            c.drawRightString(R, H - 40, 'Chapitre 3 — Mesurer les alliances')
            c.setLineWidth(0.4)
            c.line(L, H - 45, R, H - 45)
        c.setFont('DS', 9)
        c.setFillColor(colors.black)
        c.drawCentredString(W / 2, 34, str(n_printed))

    def notes_block(notes):
        flows = [P(t, fnc if t.startswith('(suite') else fn) for t in notes]
        h = height(flows, TW, 2)
        ytop = 52 + h
        c.setLineWidth(0.5)
        c.line(L, ytop + 6, L + 140, ytop + 6)
        stack(c, flows, L, ytop, TW, 50, 2, 'doc1 notes')
        return ytop + 14

    def sup(n):
        return '<super>%d</super>' % n

    # ---- page 1 (imprimee 41)
    furniture(41, first=True)
    fl = [
        P('Chapitre 3', ParagraphStyle('k', fontName='DS-I', fontSize=10, leading=13,
                                        textColor=colors.HexColor('#7a1f1f'))),
        P('Mesurer les alliances : genèse d\'un observatoire',
          ParagraphStyle('t', fontName='DS-B', fontSize=17, leading=21)),
        P('Version de travail — ne pas citer sans l\'accord des auteurs', small),
        Spacer(1, 8),
        P('3.1 Un laboratoire avant l\'observatoire', h2),
        P('Lorsqu\'elle est fondée en 2006, l\'association Le RAMEAU adopte un statut associatif '
          'd\'intérêt général et se définit d\'emblée comme un « laboratoire de recherche empirique »'
          + sup(1) + '. Son approche consiste à repérer les alliances qui fonctionnent déjà entre '
          'associations, entreprises et collectivités, à les qualifier, puis à en tirer des '
          'enseignements transférables' + sup(2) + '. Ce choix de méthode explique qu\'un instrument '
          'de mesure ait été pensé très tôt, bien avant que la co-construction territoriale '
          'n\'entre dans le vocabulaire courant des politiques publiques' + sup(3) + '.', body),
        P('3.2 Une date de naissance discutée', h2),
        P('La chronologie la plus souvent reprise aujourd\'hui fait naître l\'Observatoire des '
          'partenariats en 2008 : il est alors créé par la Caisse des Dépôts et Le RAMEAU, en '
          'partenariat avec le MEDEF et le Mouvement associatif' + sup(4) + '. Les documents de la '
          'première période ne sont pourtant pas unanimes, puisque certains datent la création '
          'd\'une année plus tôt' + sup(5) + '. La direction scientifique de l\'Observatoire est '
          'assurée, à titre bénévole, par Anne Robin' + sup(6) + '.', body),
        P('3.3 Le premier cycle quinquennal : ARPEA (2008-2012)', h2),
        P('Le premier programme pluriannuel de l\'Observatoire porte le nom d\'ARPEA et s\'étend de '
          '2008 à 2012. Son intitulé exact varie selon les supports, ce qui ne facilite pas la '
          'recherche documentaire' + sup(7) + '. Il se décline en 10 volets d\'études, adressés '
          'successivement aux différents acteurs des alliances : citoyens, associations, '
          'entreprises et collectivités.', body),
    ]
    notes = [
        '1. L\'association se présente aussi comme un « laboratoire d\'innovations partenariales ». '
        'Elle s\'assigne trois missions, dont la première est de témoigner.',
        '2. Ses présentations font état de plus de 1 000 exemples inspirants recensés, de 15 ans de '
        'recherche et de 5 ans d\'étude d\'impact.',
        '3. Le RAMEAU indique avoir mené des expérimentations auprès de plus de 500 organisations '
        'depuis 2006.',
        '4. Formulation retenue par le site de l\'Observatoire. Une présentation du programme '
        'd\'études écrit, de façon un peu différente, que l\'Observatoire a été « créé en 2008 par '
        'Le RAMEAU en partenariat avec la Caisse des Dépôts ».',
        '5. Ainsi l\'étude ARPEA Entreprises &amp; Territoires (janvier 2011) et le rapport quinquennal '
        'du 11 décembre 2012 s\'ouvrent-ils sur la formule : « Créé en 2007, l\'Observatoire national '
        'des partenariats associations / entreprises… ». Nous retenons 2008 dans la suite du texte, '
        'sans prétendre trancher.',
        '6. Anne Robin est la fondatrice de COMISIS.',
        '7. Trois développements de l\'acronyme circulent. Le rapport quinquennal de 2012 écrit '
        '« Analyse des Relations et des Partenariats entre Entreprises et Associations » ; la page '
        '« D comme Données » de Le RAMEAU, « Analyser les Relations Partenariales entre Entreprises '
        'et Associations » ; la présentation du programme d\'études, plus brièvement, « Analyse des '
        'Relations Associations-Entreprises ». Les enquêtes menées auprès des Français au début et à '
        'la fin du cycle donnent des résultats voisins : en 2008, 86 % d\'entre eux jugent urgent de '
        'créer des partenariats ; ils sont encore 84 % en 2012. Côté associations, près de 46 % se '
        'déclarent engagées aux côtés d\'une entreprise. L\'étude ARPEA Entreprises &amp; Territoires, '
        'parue en janvier 2011, interroge l\'autre rive du partenariat : 21 % des entreprises',
    ]
    ylim = notes_block(notes)
    stack(c, fl, L, H - 62, TW, ylim, 2, 'doc1 p1')
    c.showPage()

    # ---- page 2 (imprimee 42)
    furniture(42)
    fl = [
        P('Parmi ces volets, celui consacré aux collectivités locales, réalisé avec Comisis et '
          'OpinionWay, a eu une postérité particulière : c\'est à sa suite qu\'est initiée, en 2010, la '
          'démarche « Agir ensemble en Territoire »' + sup(8) + '. Le cycle se clôt par la remise du '
          'rapport quinquennal, le 11 décembre 2012' + sup(9) + '.', body),
        P('3.4 Une commande ministérielle', h2),
        P('Dans le prolongement de ces travaux, la ministre Valérie Fourneyron demande un état des '
          'lieux des partenariats entre associations et entreprises. Le rapport correspondant est '
          'publié au début de l\'année 2014' + sup(10) + '.', body),
        P('3.5 PHARE : six volets pour un diagnostic partagé', h2),
        P('Le deuxième plan quinquennal, baptisé PHARE, est daté de 2013-2018' + sup(11) + '. Il se '
          'déploie en six volets, publiés entre septembre 2015 et l\'automne 2016 (tableau 3.1). Le '
          'premier, consacré aux citoyens, a beaucoup circulé' + sup(12) + ' ; le dernier, consacré '
          'aux institutions, a été rendu public le 29 novembre 2016' + sup(13) + '.', body),
        Spacer(1, 6),
    ]
    tstyle = ParagraphStyle('tc', fontName='DS', fontSize=8.6, leading=10.5)
    tbold = ParagraphStyle('tcb', parent=tstyle, fontName='DS-B')
    rows = [[P('Volet', tbold), P('Parution', tbold)],
            [P('PHARE-Citoyens', tstyle), P('septembre 2015', tstyle)],
            [P('PHARE-Entreprises', tstyle), P('octobre 2015', tstyle)],
            [P('PHARE-Associations', tstyle), P('novembre 2015', tstyle)],
            [P('13 rapports régionaux', tstyle), P('2016', tstyle)],
            [P('Diagnostics sectoriels', tstyle), P('juillet 2016', tstyle)],
            [P('PHARE-Institutions', tstyle), P('automne 2016', tstyle)]]
    t = Table(rows, colWidths=[150, 110])
    t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 0.8, colors.black),
                           ('LINEBELOW', (0, 0), (-1, 0), 0.5, colors.black),
                           ('LINEBELOW', (0, -1), (-1, -1), 0.8, colors.black),
                           ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                           ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]))
    notes = [
        '(suite de la note 7) développent des partenariats avec des associations, 33 % souhaitent le '
        'faire et 46 % ne le souhaitent pas. On prendra garde au fait que le même taux de 46 % décrit, '
        'selon la population interrogée, des réalités opposées.',
        '8. Les trois territoires pilotes en sont l\'Alsace, avec Alsace Active ; le Poitou-Charentes, '
        'avec le Groupe La Poste ; et Paris-Est Marne &amp; Bois.',
        '9. La même date est donnée par la page « Le cheminement » du site de l\'Observatoire et par le '
        'rapport lui-même.',
        '10. Voir la présentation du programme d\'études de l\'Observatoire, qui mentionne cette demande.',
        '11. La page « Le cheminement » et la présentation du programme d\'études indiquent, elles, '
        '2013-2017. Le plan suivant, IMPACT, est lancé dès novembre 2017, ce qui peut expliquer cette '
        'seconde borne.',
        '12. Publié en septembre 2015 et fondé sur plus de 2 000 personnes interrogées, PHARE-Citoyens '
        'établit que 69 % des Français reconnaissent un « devoir d\'alliance ». Il mesure aussi les '
        'attentes par enjeu, notées sur 10 : emploi 7,1 ; pouvoir d\'achat 6,6 ; développement '
        'économique 6,5 ; sécurité 6,6 ; environnement et exclusion 6,3. Une autre restitution de la '
        'même enquête attribue toutefois 7/10 à la sécurité. Les impacts jugés forts des partenariats '
        'portent sur l\'emploi (49 %), le développement économique (46 %), l\'environnement (42 %), la '
        'précarité et l\'éducation (36 %).',
        '13. PHARE-Institutions distingue cinq profils de maires ; 87 % des maires y voient dans les '
        'partenariats une source d\'innovation.',
    ]
    ylim = notes_block(notes)
    y = stack(c, fl, L, H - 62, TW, ylim, 2, 'doc1 p2')
    tw, th = t.wrap(TW, 1000)
    if y - th < ylim:
        raise Overflow('doc1 p2 tableau')
    t.drawOn(c, L + (TW - tw) / 2, y - th)
    c.showPage()

    # ---- page 3 (imprimee 43)
    furniture(43)
    cap = ParagraphStyle('cap', fontName='DS-I', fontSize=8.6, leading=11, alignment=TA_CENTER)
    fl = [
        P('Tableau 3.1 (page 42) — Calendrier des six volets du programme PHARE. '
          'Source : site de l\'Observatoire des partenariats.', cap),
        Spacer(1, 8),
        P('3.6 IMPACT (2018-2022) : de la mesure à l\'évaluation', h2),
        P('Lancé en novembre 2017, le troisième plan, IMPACT, couvre la période 2018-2022. Il est '
          'conduit avec la Caisse des Dépôts, l\'Institut CDC pour la Recherche, le Groupe La Poste, '
          'la Fondation TOTAL et Le RAMEAU' + sup(14) + '. Trois axes structurent le programme : '
          'l\'innovation sociétale et territoriale, la performance des organisations et la '
          'confiance' + sup(15) + '. Les résultats publiés confirment que l\'idée d\'un partenariat '
          'source d\'innovation est largement partagée par les différents acteurs' + sup(16) + '.', body),
        P('3.7 Conclusion provisoire', h2),
        P('De 2008 à 2022, trois plans quinquennaux se sont donc succédé : ARPEA, PHARE puis IMPACT. '
          'Chacun a déplacé le regard, des relations entre associations et entreprises vers '
          'l\'ensemble des acteurs d\'un territoire, puis vers l\'évaluation de l\'impact. Le '
          'chapitre suivant examine la manière dont ces données ont été mobilisées par l\'action '
          'publique.', body),
        Spacer(1, 10),
        P('Bibliographie sélective du chapitre', ParagraphStyle('bh', fontName='DS-B', fontSize=9,
                                                                 leading=12)),
        P('Observatoire des partenariats, « Le cheminement » et « Le programme PHARE » (pages web). — '
          'Le RAMEAU, « D comme Données » et « Le programme IMPACT » (pages web). — Présentation du '
          'programme d\'études de l\'Observatoire (document en ligne).',
          ParagraphStyle('bib', fontName='DS', fontSize=8.6, leading=11)),
    ]
    notes = [
        '14. Composition indiquée sur la page de présentation du programme IMPACT.',
        '15. Une autre présentation parle de trois « indicateurs » : innovation, performance, confiance.',
        '16. Selon la présentation du programme, 74 % des Français, 81 % des dirigeants d\'entreprise, '
        '86 % des responsables associatifs et 87 % des maires voient dans les partenariats une source '
        'd\'innovation ; 76 % des maires considèrent leur territoire comme engagé, mais 46 % disent ne '
        'pas savoir piloter. Une reprise de ces chiffres sur un autre site donne « 69 % des citoyens » '
        'au lieu de 74 %.',
    ]
    ylim = notes_block(notes)
    stack(c, fl, L, H - 62, TW, ylim, 2, 'doc1 p3')
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Document 2 : tableau comparatif des editions sur deux pages + commentaire
# ---------------------------------------------------------------------------
def doc2(path):
    size = landscape(A4)
    W, H = size
    c = new_canvas(path, size, 'Ce que disent les éditions successives',
                   'Fiche de synthèse n° 3 : tableau comparatif des éditions')
    L, R = 40, W - 40
    TW = R - L
    cell = ParagraphStyle('cell', fontName='DVC', fontSize=8.2, leading=9.8)
    cellc = ParagraphStyle('cellc', parent=cell, alignment=TA_CENTER)
    head = ParagraphStyle('head', fontName='DVC-B', fontSize=8.2, leading=9.8, alignment=TA_CENTER,
                          textColor=colors.white)
    headl = ParagraphStyle('headl', parent=head, alignment=TA_LEFT)
    grp = ParagraphStyle('grp', fontName='DVC-B', fontSize=8.6, leading=10.4,
                         textColor=colors.HexColor('#1d3b5a'))
    years = ['2008', '2011', '2012', '2015', '2016', '2017', '2018-2022', '2024']

    def banner(n_printed, cont):
        c.setFillColor(colors.HexColor('#1d3b5a'))
        c.rect(0, H - 38, W, 38, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 12)
        c.drawString(L, H - 24, 'FICHE DE SYNTHÈSE N° 3 · Ce que disent les éditions successives')
        c.setFont('DV', 8.5)
        c.drawRightString(R, H - 24, 'Observatoire des partenariats — données publiées, 2008-2024')
        c.setFillColor(colors.black)
        c.setFont('DV', 8)
        c.drawString(L, 22, 'Fiche de synthèse n° 3 — édition de travail')
        c.drawRightString(R, 22, 'p. %d' % n_printed)
        if cont:
            c.setFont('DV-I', 8)
            c.drawRightString(R, H - 52, 'Tableau 1 (suite) — l\'en-tête est répété')

    def header_row():
        return ([P('Indicateur (part des répondants, sauf mention)', headl)] +
                [P(y, head) for y in years])

    def row(label, vals):
        return [P(label, cell)] + [P(v, cellc) for v in vals]

    D = '—'
    part1 = [
        ('g', 'FRANÇAIS'),
        ('r', 'Jugent urgent de créer des partenariats', ['86 %', D, '84 %', D, D, D, D, D]),
        ('r', 'Reconnaissent un « devoir d\'alliance »', [D, D, D, '69 %', D, D, '81 % (a)', D]),
        ('r', 'Voient dans les partenariats une source d\'innovation',
         [D, D, D, D, D, D, '74 % (b)', D]),
        ('r', 'Jugent la co-construction utile pour la résilience post-Covid',
         [D, D, D, D, D, D, '81 %', D]),
        ('r', 'Attente « emploi » (note sur 10)', [D, D, D, '7,1', D, D, D, D]),
        ('r', 'Attente « sécurité » (note sur 10)', [D, D, D, '6,6 (c)', D, D, D, D]),
        ('r', 'Impact fort attendu des partenariats sur l\'emploi', [D, D, D, '49 %', D, D, D, D]),
        ('g', 'ENTREPRISES ET DIRIGEANTS'),
        ('r', 'Entreprises développant des partenariats avec des associations',
         [D, '21 %', D, D, '37 % (d)', D, D, D]),
        ('r', 'Entreprises souhaitant en développer', [D, '33 %', D, D, D, D, D, D]),
        ('r', 'Entreprises ne le souhaitant pas', [D, '46 %', D, D, D, D, D, D]),
        ('r', 'Dirigeants : partenariats source d\'innovation', [D, D, D, D, D, D, '81 %', D]),
        ('r', 'Dirigeants : « envie d\'alliance »', [D, D, D, D, D, D, '84 %', D]),
        ('r', 'Dirigeants de TPE &amp; PME : co-construction utile post-Covid',
         [D, D, D, D, D, D, '84 %', D]),
    ]
    part2 = [
        ('g', 'ASSOCIATIONS'),
        ('r', 'Associations engagées dans des partenariats avec des entreprises',
         [D, D, D, D, '38 % (e)', D, D, D]),
        ('r', 'Nombre moyen de partenaires par association', [D, D, D, D, D, '2,5 (f)', D, D]),
        ('r', 'Citent une collectivité parmi leurs partenaires', [D, D, D, D, D, '74 % (f)', '89 % (g)', D]),
        ('r', 'Citent une entreprise parmi leurs partenaires', [D, D, D, D, D, '28 % (f)', D, D]),
        ('r', 'Responsables associatifs : partenariats source d\'innovation',
         [D, D, D, D, D, D, '86 %', D]),
        ('r', 'Associations employeuses ayant des partenariats', [D, D, D, D, D, D, '98 % (g)', D]),
        ('g', 'MAIRES ET ÉLUS LOCAUX'),
        ('r', 'Maires : partenariats source d\'innovation', [D, D, D, D, '87 %', D, '87 %', D]),
        ('r', 'Maires exprimant un « besoin d\'alliance »', [D, D, D, D, D, D, '92 %', D]),
        ('r', 'Maires jugeant leur territoire engagé', [D, D, D, D, D, D, '76 %', D]),
        ('r', 'Maires déclarant ne pas savoir piloter', [D, D, D, D, D, D, '46 %', D]),
        ('r', 'Maires jugeant leur territoire « en mouvement »', [D, D, D, D, D, D, D, '91 % (h)']),
        ('r', '… dont « fortement »', [D, D, D, D, D, D, D, '35 %']),
        ('r', '… dont « ni plus ni moins »', [D, D, D, D, D, D, D, '56 %']),
        ('g', 'TAILLE DES ÉCHANTILLONS PUBLIÉS'),
        ('r', 'Personnes interrogées (Français, PHARE-Citoyens)', [D, D, D, 'plus de 2 000', D, D, D, D]),
        ('r', 'Responsables associatifs (Recherches &amp; Solidarités)',
         [D, D, D, D, D, 'plus de 1 380', D, D]),
        ('r', 'Maires (IMPACTS &amp; TRAJECTOIRES – Élus locaux)', [D, D, D, D, D, D, D, '302']),
    ]
    colw = [238] + [(TW - 238) / 8.0] * 8

    def build(part):
        data = [header_row()]
        st = [('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#1d3b5a')),
              ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
              ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#9aa8b8')),
              ('TOPPADDING', (0, 0), (-1, -1), 2.2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.2)]
        for item in part:
            if item[0] == 'g':
                data.append([P(item[1], grp)] + [''] * 8)
                i = len(data) - 1
                st += [('SPAN', (0, i), (-1, i)),
                       ('BACKGROUND', (0, i), (-1, i), colors.HexColor('#e3eaf2'))]
            else:
                data.append(row(item[1], item[2]))
                i = len(data) - 1
                if i % 2 == 0:
                    st.append(('BACKGROUND', (0, i), (-1, i), colors.HexColor('#f6f8fa')))
        t = Table(data, colWidths=colw, repeatRows=1)
        t.setStyle(TableStyle(st))
        return t

    ttl = ParagraphStyle('ttl', fontName='DV-B', fontSize=11, leading=14)
    intro = ParagraphStyle('intro', fontName='DV', fontSize=8.6, leading=11)
    note = ParagraphStyle('note', fontName='DVC', fontSize=7.4, leading=9)

    # page 1 (imprimee 12)
    banner(12, False)
    fl = [P('Tableau 1 — Principaux indicateurs publiés, par année de mesure', ttl),
          P('Lecture : une case « — » signifie que l\'indicateur n\'a pas été publié pour cette année. '
            'Les colonnes correspondent à l\'année de l\'enquête ou de sa publication ; la colonne '
            '2018-2022 regroupe les résultats diffusés pendant le programme IMPACT. Les lettres '
            'renvoient aux notes placées sous la suite du tableau, page 13.', intro),
          Spacer(1, 6), build(part1)]
    stack(c, fl, L, H - 50, TW, 40, 2, 'doc2 p1')
    c.showPage()

    # page 2 (imprimee 13)
    banner(13, True)
    notes = [
        '(a) Taux publié pendant le programme IMPACT ; en 2015, PHARE-Citoyens donnait 69 %. '
        '(b) Une reprise des mêmes résultats indique « 69 % des citoyens » au lieu de 74 %. '
        '(c) Une autre restitution de PHARE-Citoyens attribue 7/10 à la sécurité. '
        '(d) Note du 29 février 2016 : entreprises d\'au moins 10 salariés ; le taux de 21 % '
        '(ARPEA Entreprises &amp; Territoires, janvier 2011) porte sur l\'ensemble des entreprises. '
        '(e) Même note : 53 % des associations employeuses. '
        '(f) Enquête Recherches &amp; Solidarités et Le RAMEAU réalisée en mai-juin 2016, publiée en '
        'mars 2017. (g) Étude IMPACT – Associations &amp; Territoires, portant sur 148 000 associations '
        'employeuses. (h) Enquête téléphonique menée du 30 septembre au 28 octobre 2024, publiée en '
        'novembre 2024.',
    ]
    fl = [Spacer(1, 6), build(part2), Spacer(1, 5)] + [P(n, note) for n in notes]
    stack(c, fl, L, H - 56, TW, 40, 2, 'doc2 p2')
    c.showPage()

    # page 3 (imprimee 14) : commentaire en deux colonnes
    banner(14, False)
    cb = ParagraphStyle('cb', fontName='DV', fontSize=9, leading=12.4, alignment=TA_JUSTIFY)
    ch = ParagraphStyle('ch', fontName='DV-B', fontSize=10, leading=13,
                        textColor=colors.HexColor('#1d3b5a'))
    c.setFont('DV-B', 13)
    c.drawString(L, H - 70, 'Commentaire : des chiffres à comparer avec prudence')
    gapc = 26
    cw = (TW - gapc) / 2
    col1 = [
        P('Des questions qui changent d\'une édition à l\'autre', ch),
        P('La tentation est grande de lire la première ligne du tableau comme une série : 86 % en '
          '2008, 84 % en 2012, puis 69 % en 2015 et 81 % plus récemment. Ce serait une erreur. Les '
          'deux premiers taux mesurent l\'urgence de créer des partenariats ; les deux suivants '
          'portent sur le « devoir d\'alliance ». Seules les mesures d\'une même question peuvent être '
          'rapprochées : de 2008 à 2012, la part des Français jugeant les partenariats urgents ne '
          'recule que de deux points.', cb),
        Spacer(1, 4),
        P('Des populations qui ne se recouvrent pas', ch),
        P('Côté entreprises, le taux de 21 % relevé en janvier 2011 et celui de 37 % publié le '
          '29 février 2016 ne décrivent pas la même population : le second ne retient que les '
          'entreprises d\'au moins 10 salariés. De même, les 74 % d\'associations citant une '
          'collectivité (enquête Recherches &amp; Solidarités) et les 89 % de l\'étude IMPACT – '
          'Associations &amp; Territoires ne sont pas comparables : la seconde ne porte que sur les '
          'associations employeuses.', cb),
    ]
    col2 = [
        P('Le regard des maires, de PHARE à 2024', ch),
        P('L\'édition IMPACTS &amp; TRAJECTOIRES – Élus locaux, publiée en novembre 2024, repose sur '
          '302 maires interrogés par téléphone. Elle montre un territoire perçu « en mouvement » par '
          '91 % d\'entre eux. Attention : 84 % des répondants exercent dans des communes de moins de '
          '2 000 habitants, ce qui colore fortement le résultat. Ce taux de 84 % n\'a rien à voir '
          'avec celui des dirigeants d\'entreprise qui expriment une « envie d\'alliance ».', cb),
        Spacer(1, 4),
        P('Deux « 92 % » à ne pas confondre', ch),
        P('Le tableau retient 92 % de maires exprimant un « besoin d\'alliance ». Une autre '
          'publication indique que 92 % des maires reconnaissent l\'utilité de la co-construction, '
          'et que 64 % des élus locaux veulent s\'appuyer sur le « jouer collectif ». Les formulations '
          'diffèrent ; les deux chiffres de 92 % ne doivent pas être additionnés ni opposés.', cb),
        Spacer(1, 4),
        P('Plus de 250 données inventoriées', ch),
        P('Pour la sortie de crise sanitaire, l\'Observatoire a inventorié plus de 250 données '
          'utiles à l\'action ; les indicateurs « post-Covid » du tableau en sont issus.', cb),
    ]
    stack(c, col1, L, H - 84, cw, 40, 3, 'doc2 p3 c1')
    stack(c, col2, L + cw + gapc, H - 84, cw, 40, 3, 'doc2 p3 c2')
    c.setStrokeColor(colors.HexColor('#9aa8b8'))
    c.line(L + cw + gapc / 2, H - 84, L + cw + gapc / 2, 60)
    c.setStrokeColor(colors.black)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Document 3 : annuaire regional en grille de fiches
# ---------------------------------------------------------------------------
def doc3(path):
    W, H = A4
    c = new_canvas(path, A4, 'Annuaire des relais territoriaux',
                   'Carnet pratique n° 4 : qui contacter pour faire alliance')
    L, R = 40, W - 40
    TW = R - L
    terr = ParagraphStyle('terr', fontName='DV-B', fontSize=10, leading=12,
                          textColor=colors.HexColor('#0f5c4d'))
    lab = ParagraphStyle('lab', fontName='DV', fontSize=8.3, leading=10.6)
    form = ParagraphStyle('form', fontName='DVC-I', fontSize=7.8, leading=9.6,
                          textColor=colors.HexColor('#333333'))

    def banner(n_printed):
        c.setFillColor(colors.HexColor('#0f5c4d'))
        c.rect(0, H - 44, W, 44, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 13)
        c.drawString(L, H - 28, 'ANNUAIRE DES RELAIS TERRITORIAUX')
        c.setFont('DV', 8.5)
        c.drawRightString(R, H - 28, 'Carnet pratique n° 4 · Faire alliance en territoire')
        c.setFillColor(colors.black)
        c.setFont('DV', 8)
        c.drawCentredString(W / 2, 22, '— %d —' % n_printed)
        c.setFont('DV-I', 7)
        c.drawString(L, 22, 'Aucune coordonnée personnelle')
        c.drawRightString(R, 22, 'Adresses de formulaires indicatives')

    def card(x, ytop, w, h, territory, structure, role, url, tag=None):
        c.setStrokeColor(colors.HexColor('#0f5c4d'))
        c.setFillColor(colors.HexColor('#f2f8f6'))
        c.roundRect(x, ytop - h, w, h, 6, stroke=1, fill=1)
        c.setFillColor(colors.HexColor('#0f5c4d'))
        c.rect(x, ytop - h + 6, 4, h - 12, stroke=0, fill=1)
        c.setFillColor(colors.black)
        fl = [P(territory, terr), Spacer(1, 3),
              P('<b>Structure :</b> ' + structure, lab), Spacer(1, 2),
              P('<b>Rôle :</b> ' + role, lab)]
        stack(c, fl, x + 12, ytop - 9, w - 22, ytop - h + 30, 0, 'doc3 fiche ' + territory)
        stack(c, [P('Formulaire en ligne : ' + url, form)], x + 12, ytop - h + 24, w - 22,
              ytop - h + 4, 0, 'doc3 url ' + territory)
        if tag:
            c.setFont('DV-B', 6.5)
            c.setFillColor(colors.HexColor('#a04000'))
            c.drawRightString(x + w - 8, ytop - 12, tag)
            c.setFillColor(colors.black)

    cards_p1 = [
        ('ALSACE', 'Alsace Active',
         'Pilote de la démarche « Agir ensemble en Territoire », initiée en 2010 à la suite de '
         'l\'étude ARPEA-Collectivités locales.', 'contact-territoires.example/form/alsace', 'PILOTE'),
        ('POITOU-CHARENTES', 'Groupe La Poste',
         'Pilote de la démarche « Agir ensemble en Territoire » pour ce territoire.',
         'contact-territoires.example/form/poitou-charentes', 'PILOTE'),
        ('PARIS-EST MARNE &amp; BOIS', 'Territoire pilote (Saint-Maurice)',
         'Troisième pilote d\'« Agir ensemble en Territoire ». C\'est à Saint-Maurice que la Charte '
         'du faire alliance a été lancée, le 30 novembre 2021.',
         'contact-territoires.example/form/pemb', 'PILOTE'),
        ('NORMANDIE', 'Observatoire des partenariats',
         'Territoire du 11e rapport régional de l\'Observatoire, publié le 26 novembre.',
         'contact-territoires.example/form/normandie', None),
        ('OCCITANIE', 'Le RAMEAU',
         'Étape du voyage d\'étude PHARE, qui a fait connaître 3 exemples inspirants.',
         'contact-territoires.example/form/occitanie', None),
        ('13 RÉGIONS', 'Observatoire des partenariats',
         'Treize rapports régionaux publiés en 2016, volet territorial du programme PHARE.',
         'contact-territoires.example/form/regions', None),
    ]
    cards_p2 = [
        ('NATIONAL', 'Fondation des Territoires',
         'Créée le 14 juin 2022 sous l\'égide de la Fondation de Lille, après une préfiguration '
         'lancée en juillet 2018 ; 21 co-fondateurs ; 3 missions. A piloté la co-construction de la '
         'Charte du faire alliance.', 'contact-territoires.example/form/fondation-territoires', None),
        ('NATIONAL', 'Fonds ODD 17',
         'Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies ; anime un réseau de 350 '
         '« catalyseurs territoriaux ».', 'contact-territoires.example/form/fonds-odd17', None),
        ('NATIONAL', 'Parcours d\'expérience CGET – Le RAMEAU',
         '11 territoires pionniers accompagnés pendant 18 mois ; 1re session le 3 mai. Une autre '
         'présentation parle de « CGET et 10 territoires pilotes ».',
         'contact-territoires.example/form/parcours', 'À VÉRIFIER'),
        ('NATIONAL', 'Plateforme M.E.D.O.C. (www.odd17.org)',
         'Méthodes, Exemples, Données, Outils, Compétences : ressources pour mettre en œuvre '
         'l\'ODD 17.', 'contact-territoires.example/form/medoc', None),
        ('NATIONAL', 'Le RAMEAU',
         'Laboratoire de recherche empirique créé en 2006. Président-fondateur : Charles-Benoît '
         'Heidsieck ; directrice générale : Laurence Weber.',
         'contact-territoires.example/form/le-rameau', None),
        ('NATIONAL', 'Observatoire des partenariats',
         'Direction scientifique : Anne Robin, fondatrice de COMISIS, à titre bénévole.',
         'contact-territoires.example/form/observatoire', None),
    ]
    gx = 16
    cw = (TW - gx) / 2

    # page 1 (imprimee 27)
    banner(27)
    ib = ParagraphStyle('ib', fontName='DV', fontSize=9, leading=12.2, alignment=TA_JUSTIFY)
    fl = [P('Qui contacter pour engager une alliance ?', ParagraphStyle('h', fontName='DV-B',
                                                                          fontSize=14, leading=18)),
          P('Ce répertoire rassemble les points d\'entrée territoriaux et nationaux cités dans les '
            'publications de l\'Observatoire des partenariats et de Le RAMEAU. Il ne comporte, par '
            'principe, ni numéro de téléphone ni adresse électronique : chaque fiche renvoie vers un '
            'formulaire de contact en ligne. Les fiches marquées « PILOTE » signalent les trois '
            'territoires de la démarche « Agir ensemble en Territoire ».', ib)]
    y = stack(c, fl, L, H - 62, TW, 600, 3, 'doc3 intro')
    ch = 150
    ytop = y - 10
    for i, cd in enumerate(cards_p1):
        col, rw = i % 2, i // 2
        card(L + col * (cw + gx), ytop - rw * (ch + 12), cw, ch, *cd)
    c.showPage()

    # page 2 (imprimee 28)
    banner(28)
    c.setFont('DV-I', 8.5)
    c.drawString(L, H - 60, 'Relais nationaux (suite de l\'annuaire)')
    ch2 = 168
    ytop = H - 70
    for i, cd in enumerate(cards_p2):
        col, rw = i % 2, i // 2
        card(L + col * (cw + gx), ytop - rw * (ch2 + 12), cw, ch2, *cd)
    yb = ytop - 3 * (ch2 + 12) - 4
    legend = ParagraphStyle('lg', fontName='DV', fontSize=7.8, leading=10)
    box = [P('<b>Mode d\'emploi.</b> Les rôles sont repris tels qu\'ils sont publiés. Lorsqu\'une '
             'source diffère, la fiche porte la mention « À VÉRIFIER » et cite les deux versions. '
             'Les adresses de formulaires sont indicatives.', legend)]
    bh = height(box, TW - 20) + 12
    c.setStrokeColor(colors.HexColor('#0f5c4d'))
    c.rect(L, yb - bh, TW, bh, stroke=1, fill=0)
    stack(c, box, L + 10, yb - 6, TW - 20, 34, 0, 'doc3 legende')
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Document 4 : lettre du president
# ---------------------------------------------------------------------------
def doc4(path):
    W, H = A4
    c = new_canvas(path, A4, 'Lettre du Président-fondateur',
                   'Charte du faire alliance : suites du lancement')
    L, R = 150, W - 60
    TW = R - L
    body = ParagraphStyle('lb', fontName='DS', fontSize=10.2, leading=14.2, alignment=TA_JUSTIFY,
                          spaceAfter=6)
    side = ParagraphStyle('side', fontName='DV', fontSize=7.4, leading=9.6,
                          textColor=colors.HexColor('#5b3a1a'))

    def letterhead(page, of):
        c.setFillColor(colors.HexColor('#5b3a1a'))
        c.setFont('DS-B', 24)
        c.drawString(40, H - 62, 'Le RAMEAU')
        c.setFont('DS-I', 9)
        c.drawString(40, H - 77, 'Laboratoire de recherche empirique sur les alliances d\'intérêt général')
        c.setFont('DV', 7.5)
        c.drawRightString(W - 40, H - 56, 'Association d\'intérêt général créée en 2006')
        c.drawRightString(W - 40, H - 67, 'Formulaire de contact : lerameau-courrier.example/ecrire')
        c.setStrokeColor(colors.HexColor('#5b3a1a'))
        c.setLineWidth(1.2)
        c.line(40, H - 86, W - 40, H - 86)
        c.setFillColor(colors.black)
        c.setFont('DV', 7.5)
        c.drawCentredString(W / 2, 28, 'Le RAMEAU — courrier du Président-fondateur — page %d/%d' % (page, of))

    # page 1
    letterhead(1, 2)
    sidefl = [P('<b>NOS REPÈRES</b>', side), Spacer(1, 3),
              P('2006 — création de Le RAMEAU', side), Spacer(1, 2),
              P('2008 — création de l\'Observatoire des partenariats', side), Spacer(1, 2),
              P('2010 — démarche « Agir ensemble en Territoire »', side), Spacer(1, 2),
              P('Juillet 2018 — lancement de la préfiguration de la Fondation des Territoires', side),
              Spacer(1, 2),
              P('2020 — création du Fonds ODD 17', side)]
    c.setFillColor(colors.HexColor('#f7f1ea'))
    c.rect(40, H - 420, 92, 310, stroke=0, fill=1)
    c.setFillColor(colors.black)
    stack(c, sidefl, 46, H - 118, 80, H - 416, 0, 'doc4 reperes')
    addr = ParagraphStyle('addr', fontName='DS', fontSize=10, leading=13)
    stack(c, [P('Madame la Présidente', addr),
              P('Collectif « Territoires en commun »', addr),
              P('Pôle partenariats', addr)], 330, H - 112, W - 370, H - 170, 0, 'doc4 adresse')
    meta = ParagraphStyle('meta', fontName='DS', fontSize=9.5, leading=12.5)
    stack(c, [P('Paris, le 6 décembre 2021', meta),
              P('Réf. : CBH/2021-117', meta)], L, H - 190, TW, H - 230, 0, 'doc4 date')
    fl = [P('<b>Objet :</b> Charte du faire alliance — suites du lancement du 30 novembre', body),
          Spacer(1, 4),
          P('Madame la Présidente,', body),
          P('Je tenais à vous remercier personnellement de la contribution de votre collectif aux '
            'trois mois de co-construction qui ont permis d\'aboutir à la Charte du faire alliance. '
            'Ce travail, piloté par la Fondation des Territoires, alors en préfiguration, a réuni des '
            'acteurs très divers autour d\'une même conviction : une alliance repose sur un « contrat '
            'de confiance » entre ceux qui s\'engagent.', body),
          P('La Charte a été dévoilée le mardi 30 novembre 2021, jour du Giving Tuesday, à '
            'Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois, lors de la soirée VitaWin. '
            'Certaines annonces, dont celle relayée par le site associations.gouv.fr, ont mentionné un '
            '« mardi 30 septembre » : la date à retenir est bien celle du 30 novembre.', body),
          P('Ce lancement s\'inscrit dans une histoire plus longue. La démarche « Agir ensemble en '
            'Territoire » a été initiée en 2010, à la suite de l\'étude ARPEA-Collectivités locales '
            'conduite avec Comisis et OpinionWay. Elle s\'est appuyée sur trois territoires pilotes : '
            'l\'Alsace, avec Alsace Active, le Poitou-Charentes, avec le Groupe La Poste, et Paris-Est '
            'Marne &amp; Bois. Que la Charte soit née sur l\'un de ces territoires n\'est donc pas un '
            'hasard.', body)]
    stack(c, fl, L, H - 236, TW, 50, 0, 'doc4 p1')
    c.showPage()

    # page 2
    letterhead(2, 2)
    fl = [P('La Charte prolonge aussi la mission ministérielle que Gabriel Attal nous a confiée, à '
            'Cathy Racon-Bouzon et à moi-même, lors du FNAF 2019. Notre rapport a été remis le 7 mai '
            '2020, et un premier bilan en a été dressé le 17 octobre 2020.', body),
          P('Quant à la Fondation des Territoires, sa préfiguration, lancée en juillet 2018, est '
            'entrée dans sa troisième étape : ouverte en décembre 2020, celle-ci doit s\'achever en '
            'mai 2022. Les deux premières étapes s\'étaient déroulées de juillet 2018 à juillet 2019, '
            'puis d\'août 2019 à novembre 2020.', body),
          P('Je vous propose que nous nous retrouvions au cours du premier trimestre afin d\'examiner '
            'ensemble la manière dont votre collectif pourrait s\'associer à la Charte.', body),
          P('Je vous prie d\'agréer, Madame la Présidente, l\'expression de mes salutations les '
            'meilleures.', body),
          Spacer(1, 14)]
    y = stack(c, fl, L, H - 112, TW, 200, 0, 'doc4 p2')
    sig = ParagraphStyle('sig', fontName='DS-I', fontSize=10, leading=13)
    y = stack(c, [P('Charles-Benoît Heidsieck', ParagraphStyle('sn', fontName='DS-B', fontSize=10.5,
                                                                leading=14)),
                  P('Président-fondateur', sig)], L + TW / 2, y, TW / 2, 200, 0, 'doc4 signature')
    c.setStrokeColor(colors.HexColor('#5b3a1a'))
    c.setLineWidth(0.8)
    c.line(L + TW / 2, y + 34, L + TW / 2 + 120, y + 34)
    ps = ParagraphStyle('ps', fontName='DS-I', fontSize=9.6, leading=13, alignment=TA_JUSTIFY)
    y = stack(c, [Spacer(1, 16),
                  P('P.-S. : Vous me demandiez où en est le Fonds ODD 17. Co-créé en 2020 avec la '
                    'Fondation TotalEnergies, il est doté de 1,5 M€ pour une expérimentation sur 3 ans '
                    'et s\'appuie sur 350 « catalyseurs territoriaux ».', ps),
                  Spacer(1, 18),
                  P('Copie : Laurence Weber, directrice générale.',
                    ParagraphStyle('cc', fontName='DS', fontSize=8.5, leading=11))],
              L, y, TW, 50, 0, 'doc4 ps')
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Document 5 : programme de journee d'etude
# ---------------------------------------------------------------------------
def doc5(path):
    W, H = A4
    c = new_canvas(path, A4, 'Programme — Faire alliance en territoire',
                   'Journée d\'étude : quinze ans de données sur les alliances')
    L, R = 40, W - 40
    TW = R - L
    th = ParagraphStyle('th', fontName='DV-B', fontSize=8.4, leading=10.4, textColor=colors.white)
    td = ParagraphStyle('td', fontName='DV', fontSize=8.2, leading=10.4)
    tdb = ParagraphStyle('tdb', parent=td, fontName='DV-B')
    tdi = ParagraphStyle('tdi', parent=td, fontName='DV-I', textColor=colors.HexColor('#444444'))

    def banner(n, cont):
        c.setFillColor(colors.HexColor('#6b2c70'))
        c.rect(0, H - 50, W, 50, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 14)
        c.drawString(L, H - 26, 'FAIRE ALLIANCE EN TERRITOIRE')
        c.setFont('DV', 9)
        c.drawString(L, H - 41, 'Journée d\'étude · quinze ans de données sur les alliances')
        c.setFont('DV-B', 9)
        c.drawRightString(R, H - 26, 'Mardi 18 mars 2025')
        c.setFont('DV', 8)
        c.drawRightString(R, H - 41, 'Programme' + (' (suite)' if cont else ''))
        c.setFillColor(colors.black)
        c.setFont('DV', 7.5)
        c.drawString(L, 22, 'Collectif « Territoires en commun » — programme sous réserve de modifications')
        c.drawRightString(R, 22, '%d/3' % n)

    def table(rows):
        data = [[P('Horaire', th), P('Salle', th), P('Séance', th), P('Intervenants (rôles)', th)]]
        st = [('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#6b2c70')),
              ('VALIGN', (0, 0), (-1, -1), 'TOP'),
              ('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.HexColor('#b9a0bc')),
              ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]
        for r in rows:
            hr = r[0].replace(' h', NB + 'h').replace('h ', 'h' + NB)
            data.append([P(hr, tdb), P(r[1], td), P(r[2], td), P(r[3], tdi)])
            if r[1] in ('Hall', 'Patio'):
                st.append(('BACKGROUND', (0, len(data) - 1), (-1, len(data) - 1),
                           colors.HexColor('#f3edf4')))
        t = Table(data, colWidths=[84, 88, 226, TW - 398], repeatRows=1)
        t.setStyle(TableStyle(st))
        return t

    morning = [
        ('8 h 45 – 9 h 15', 'Hall', 'Accueil des participants, café', '—'),
        ('9 h 15 – 9 h 30', 'Amphithéâtre Lumière', '<b>Ouverture de la journée</b>',
         'Présidente du collectif organisateur'),
        ('9 h 30 – 10 h 30', 'Amphithéâtre Lumière',
         '<b>Plénière 1 — ARPEA, PHARE, IMPACT : quinze ans de plans quinquennaux</b><br/>'
         'De 2008 à 2022, trois programmes successifs : ARPEA (2008-2012), PHARE (2013-2018) et '
         'IMPACT (2018-2022, lancé en novembre 2017).',
         'Chargé d\'études d\'un observatoire régional ; grand témoin : ancien maire'),
        ('10 h 30 – 10 h 45', 'Hall', 'Pause', '—'),
        ('10 h 45 – 12 h', 'Salle Horizon',
         '<b>Atelier A — Les maires et le « jouer collectif »</b><br/>Résultats de l\'enquête '
         'IMPACTS &amp; TRAJECTOIRES – Élus locaux : 302 maires interrogés par téléphone du '
         '30 septembre au 28 octobre 2024 ; 91 % jugent leur territoire en mouvement (35 % '
         'fortement, 56 % ni plus ni moins).',
         'Chargée de mission « données » ; maire d\'une commune rurale'),
        ('10 h 45 – 12 h', 'Salle 2.14',
         '<b>Atelier B — Associations &amp; Territoires</b><br/>Ce que disent 148 000 associations '
         'employeuses : 98 % ont des partenariats, et les collectivités sont citées par 89 % '
         'd\'entre elles.',
         'Responsable d\'une fédération associative ; chercheuse associée'),
        ('12 h – 13 h 30', 'Patio', 'Déjeuner libre', '—'),
    ]
    afternoon = [
        ('13 h 30 – 14 h 45', 'Amphithéâtre Lumière',
         '<b>Table ronde — Du rapport ministériel au droit de l\'alliance</b><br/>La mission confiée '
         'lors du FNAF 2019 par Gabriel Attal à Cathy Racon-Bouzon et Charles-Benoît Heidsieck ; '
         'la proposition de loi sur le « droit de l\'alliance d\'intérêt général », portée par '
         'Cathy Racon-Bouzon et agréée par le Bureau de l\'Assemblée nationale ; la « feuille de '
         'route » ministérielle de 21 mesures.',
         'Juriste du droit associatif ; déléguée territoriale d\'une fondation ; animation : '
         'journaliste'),
        ('14 h 45 – 16 h', 'Salle Horizon',
         '<b>Atelier C — L\'ODD 17 en méthode</b><br/>Les 19 cibles de l\'ODD 17 (note du Comité 21 '
         '« ODD 17 : Sens, décryptages, déclinaisons », 5 juillet) et la plateforme M.E.D.O.C. '
         '(Méthodes, Exemples, Données, Outils, Compétences).',
         'Catalyseur territorial du Fonds ODD 17 ; formatrice'),
        ('14 h 45 – 16 h', 'Salle 2.14',
         '<b>Atelier D — Fondations et territoires</b><br/>L\'étude IMPACT Fondations &amp; '
         'Territoires, publiée le 23 septembre : 42 fondations interrogées.',
         'Responsable mécénat d\'une fondation familiale'),
        ('16 h – 16 h 30', 'Amphithéâtre Lumière',
         '<b>Clôture — La Fondation des Territoires et ses 3 missions</b><br/>Créée le 14 juin 2022 '
         'sous l\'égide de la Fondation de Lille, avec 21 co-fondateurs.',
         'Représentante de la Fondation des Territoires'),
    ]
    # page 1
    banner(1, False)
    intro = ParagraphStyle('in', fontName='DV', fontSize=9, leading=12, alignment=TA_JUSTIFY)
    quote = ParagraphStyle('q', fontName='DS-I', fontSize=10, leading=13.5,
                           textColor=colors.HexColor('#6b2c70'))
    fl = [P('Quinze ans d\'enquêtes sur les alliances entre associations, entreprises, collectivités '
            'et fondations : que nous apprennent-elles, et comment s\'en servir sur le terrain ? Cette '
            'journée alterne plénières et ateliers en parallèle. Les séances d\'une même tranche '
            'horaire se déroulent en même temps : choisissez-en une seule à l\'inscription.', intro),
          Spacer(1, 4),
          P('« Nous avons voulu une journée où les chiffres se discutent, pas seulement une journée où '
            'ils se présentent. » — Hélène Ravel, présidente du collectif organisateur', quote),
          Spacer(1, 8), table(morning)]
    stack(c, fl, L, H - 66, TW, 40, 2, 'doc5 p1')
    c.showPage()

    # page 2
    banner(2, True)
    roles = ParagraphStyle('ro', fontName='DV', fontSize=8.4, leading=11)
    fl = [table(afternoon), Spacer(1, 12),
          P('Qui parle ? Les intervenants, par rôle', ParagraphStyle('h', fontName='DV-B', fontSize=11,
                                                                      leading=14)),
          Spacer(1, 3)]
    people = [
        'Hélène Ravel — présidente du collectif organisateur (ouverture)',
        'Paul Sérignan — chargé d\'études d\'un observatoire régional (plénière 1)',
        'Martine Achard — ancienne maire, grand témoin (plénière 1)',
        'Inès Barkat — chargée de mission « données » (atelier A)',
        'Louis Vernet — maire d\'une commune rurale (atelier A)',
        'Claire Dumas — journaliste, animatrice de la table ronde',
        'Nora Lefèvre — catalyseur territorial du Fonds ODD 17 (atelier C)',
    ]
    fl += [P('• ' + p, roles) for p in people]
    fl += [Spacer(1, 6),
           P('Les personnes citées interviennent à titre de témoins ; leurs fonctions sont données '
             'pour information.', ParagraphStyle('sm', fontName='DV-I', fontSize=7.6, leading=9.6))]
    stack(c, fl, L, H - 66, TW, 40, 1, 'doc5 p2')
    c.showPage()

    # page 3 : informations pratiques (sans horaires) + encadre retrospectif
    banner(3, False)
    c.setFont('DV-B', 13)
    c.drawString(L, H - 80, 'Informations pratiques')
    bx = ParagraphStyle('bx', fontName='DV', fontSize=9, leading=12.5)
    info = [P('<b>Lieu :</b> centre de congrès ; l\'adresse exacte est envoyée avec la confirmation '
              'd\'inscription.', bx), Spacer(1, 4),
            P('<b>Inscription :</b> gratuite mais obligatoire, par le formulaire en ligne '
              'contact-territoires.example/form/journee ; une seule séance par tranche horaire.', bx),
            Spacer(1, 4),
            P('<b>Accessibilité :</b> toutes les salles sont accessibles aux personnes à mobilité '
              'réduite ; boucle magnétique dans l\'Amphithéâtre Lumière.', bx), Spacer(1, 4),
            P('<b>Restauration :</b> déjeuner libre ; plusieurs restaurants à proximité.', bx),
            Spacer(1, 4),
            P('<b>Supports :</b> les présentations seront mises en ligne après la journée.', bx)]
    bw = TW * 0.56
    bh = height(info, bw - 24) + 24
    ytop = H - 96
    c.setStrokeColor(colors.HexColor('#6b2c70'))
    c.setLineWidth(1.4)
    c.setFillColor(colors.HexColor('#f3edf4'))
    c.roundRect(L, ytop - bh, bw, bh, 8, stroke=1, fill=1)
    c.setFillColor(colors.black)
    stack(c, info, L + 12, ytop - 12, bw - 24, ytop - bh + 6, 0, 'doc5 infos')

    sx = L + bw + 18
    sw = R - sx
    side = ParagraphStyle('sd', fontName='DVC', fontSize=8.6, leading=11.4)
    sfl = [P('<b>RÉTROSPECTIVE — UN MOIS DE NOVEMBRE À L\'OBSERVATOIRE</b>', side), Spacer(1, 4),
           P('15 novembre : dossier JURIS Associations n° 628.', side), Spacer(1, 3),
           P('23 novembre : 3e dîner « Élus &amp; Entreprises ».', side), Spacer(1, 3),
           P('26 novembre : 5e webinaire « l\'ODD 17 en pratique ».', side), Spacer(1, 3),
           P('26 novembre : publication du 11e rapport régional, consacré à la Normandie.', side)]
    sh = height(sfl, sw - 16) + 16
    c.setFillColor(colors.HexColor('#fbf8e8'))
    c.rect(sx, ytop - sh, sw, sh, stroke=0, fill=1)
    c.setFillColor(colors.black)
    stack(c, sfl, sx + 8, ytop - 8, sw - 16, ytop - sh, 0, 'doc5 retro')

    y = min(ytop - bh, ytop - sh) - 20
    more = [P('Pour aller plus loin', ParagraphStyle('h', fontName='DV-B', fontSize=11, leading=14)),
            Spacer(1, 3),
            P('• Fiche-repère « Les dynamiques d\'engagement des Collectivités territoriales », issue de '
              'l\'étude IMPACT-Élus locaux (novembre 2020, Comisis-OpinionWay).', bx),
            P('• Fiche acteur « Dynamique d\'engagement des Fondations ».', bx),
            P('• Plateforme M.E.D.O.C. : www.odd17.org.', bx)]
    stack(c, more, L, y, TW, 40, 2, 'doc5 plus')
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------
# Document 6 : grille d'autodiagnostic avec reperes en marge
# ---------------------------------------------------------------------------
def doc6(path):
    W, H = A4
    c = new_canvas(path, A4, 'Autodiagnostic — prêts à faire alliance ?',
                   'Outil pratique n° 2 : grille d\'autodiagnostic pour associations')
    L = 40
    MAINW = 340
    MX = L + MAINW + 22
    MW = W - 36 - MX
    item = ParagraphStyle('it', fontName='DV', fontSize=9.4, leading=12.6, leftIndent=16,
                          firstLineIndent=-16)
    sec = ParagraphStyle('sec', fontName='DV-B', fontSize=11, leading=14,
                         textColor=colors.HexColor('#8a4b08'))
    mn = ParagraphStyle('mn', fontName='DVC', fontSize=7.6, leading=9.6,
                        textColor=colors.HexColor('#3d3d3d'))

    def frame(roman):
        c.setFillColor(colors.HexColor('#8a4b08'))
        c.rect(0, H - 30, W, 30, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 10)
        c.drawString(L, H - 19, 'OUTIL PRATIQUE N° 2 · AUTODIAGNOSTIC')
        c.setFont('DV', 8)
        c.drawRightString(W - 36, H - 19, 'À remplir en équipe, en 15 minutes')
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.HexColor('#d9b38c'))
        c.setLineWidth(0.6)
        c.line(MX - 11, H - 44, MX - 11, 50)
        c.setFont('DV-I', 7)
        c.drawString(MX, H - 44, 'REPÈRES CHIFFRÉS (marge)')
        c.setFont('DV', 8)
        c.drawCentredString(W / 2, 24, roman)

    def margin(notes, ytop):
        fl = []
        for n in notes:
            fl += [P(n, mn), Spacer(1, 7)]
        return stack(c, fl, MX, ytop, MW, 50, 0, 'doc6 marge')

    def items(prefix, lst):
        return [P('☐  <b>%s%d.</b> %s' % (prefix, i + 1, t), item) for i, t in enumerate(lst)]

    # page i
    frame('i')
    fl = [P('Votre association est-elle prête à faire alliance ?',
            ParagraphStyle('t', fontName='DV-B', fontSize=15, leading=19)),
          Spacer(1, 4),
          P('Cochez chaque affirmation qui décrit la situation actuelle de votre association. '
            'Chaque case cochée vaut 1 point. Reportez ensuite vos points dans la grille de la page '
            'ii. Les repères de la marge situent votre réponse par rapport aux associations '
            'interrogées par les études publiées.', ParagraphStyle('i', fontName='DV', fontSize=9,
                                                                   leading=12.2, alignment=TA_JUSTIFY)),
          Spacer(1, 10),
          P('A. Vos partenaires aujourd\'hui', sec), Spacer(1, 3)]
    fl += items('A', [
        'Nous avons au moins un partenariat formalisé avec une collectivité territoriale.',
        'Nous travaillons avec un établissement scolaire.',
        'Nous comptons au moins une entreprise parmi nos partenaires.',
        'Nous sommes membre d\'un collectif d\'associations.',
        'Nous avons au moins trois partenaires actifs.'])
    fl += [Spacer(1, 10), P('B. Ce que vous attendez de vos partenariats', sec), Spacer(1, 3)]
    fl += items('B', [
        'Nous recherchons du mécénat (financier, en nature ou de compétences).',
        'Nous co-construisons des projets d\'innovation sociétale avec nos partenaires.',
        'Nous accompagnons des partenaires dans leurs pratiques responsables.',
        'Nous développons une coopération économique avec au moins un partenaire.',
        'Nos partenariats ont une portée régionale, et pas seulement locale.'])
    stack(c, fl, L, H - 52, MAINW, 50, 3, 'doc6 p1')
    margin([
        '<b>REPÈRE A</b> — 98 % des associations employeuses ont des partenariats (étude IMPACT – '
        'Associations &amp; Territoires, 148 000 associations employeuses).',
        '<b>REPÈRE A1-A4</b> — Partenaires cités : collectivités 89 % ; structures d\'intérêt général '
        '73 % ; établissements scolaires 70 % ; collectifs d\'associations 56 % ; acteurs publics '
        'nationaux 52 % ; fédérations professionnelles 37 % ; acteurs académiques 35 %.',
        '<b>REPÈRE A5</b> — En moyenne, 2,5 partenaires par association (Recherches &amp; Solidarités '
        'et Le RAMEAU, mars 2017).',
        '<b>REPÈRE B1-B4</b> — Objets des partenariats : mécénat 75 % ; innovation sociétale 73 % ; '
        'pratiques responsables 70 % ; coopération économique 58 %.',
        '<b>REPÈRE B5</b> — Échelle des partenariats : locale 73 %, régionale 47 %.',
    ], H - 58)
    c.showPage()

    # page ii
    frame('ii')
    fl = [P('C. Pilotage et moyens', sec), Spacer(1, 3)]
    fl += items('C', [
        'Une personne est identifiée pour suivre nos partenariats.',
        'Nous faisons chaque année le bilan de nos partenariats.',
        'Nous avons déjà présenté nos résultats à un partenaire.',
        'Notre budget annuel dépasse 150 000 €.',
        'Nous connaissons les démarches de co-construction de notre territoire.'])
    fl += [Spacer(1, 14), P('Grille de score', sec), Spacer(1, 4)]
    gs = ParagraphStyle('gs', fontName='DV', fontSize=9, leading=11.5)
    gsb = ParagraphStyle('gsb', parent=gs, fontName='DV-B')
    grid = Table([[P('Partie', gsb), P('Points possibles', gsb), P('Vos points', gsb)],
                  [P('A. Vos partenaires aujourd\'hui', gs), P('5', gs), P('… / 5', gs)],
                  [P('B. Ce que vous attendez', gs), P('5', gs), P('… / 5', gs)],
                  [P('C. Pilotage et moyens', gs), P('5', gs), P('… / 5', gs)],
                  [P('<b>Total</b>', gs), P('<b>15</b>', gs), P('<b>… / 15</b>', gs)]],
                 colWidths=[170, 90, 80])
    grid.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.HexColor('#8a4b08')),
                              ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#f5e6d6')),
                              ('BACKGROUND', (0, -1), (-1, -1), colors.HexColor('#f5e6d6')),
                              ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
    fl += [grid, Spacer(1, 10),
           P('Astuce : si deux personnes de l\'équipe ne cochent pas les mêmes cases, gardez la '
             'réponse la plus prudente et notez le désaccord : c\'est souvent là que se trouve la '
             'première piste de progrès.', ParagraphStyle('a', fontName='DV-I', fontSize=8.6,
                                                          leading=11.4, alignment=TA_JUSTIFY))]
    stack(c, fl, L, H - 52, MAINW, 50, 3, 'doc6 p2')
    margin([
        '<b>REPÈRE C4</b> — 50 % des associations dont le budget dépasse 150 000 € ont un partenariat '
        'avec une entreprise, contre 20 % de celles dont le budget est inférieur à 10 000 €.',
        '<b>AUTRE ENQUÊTE, AUTRES CHIFFRES</b> — Dans l\'enquête Recherches &amp; Solidarités (plus de '
        '1 380 responsables interrogés en mai-juin 2016), les partenaires cités sont les collectivités '
        '(74 %), les associations ou fondations (72 %), l\'enseignement (47 %), les entreprises (28 %), '
        'l\'insertion (22 %) et la recherche (9 %).',
        '<b>LE SAVIEZ-VOUS ?</b> — Côté communes, 76 % des maires jugent leur territoire engagé, mais '
        '46 % disent ne pas savoir piloter.',
    ], H - 58)
    c.showPage()

    # page iii
    frame('iii')
    key = ParagraphStyle('k', fontName='DV', fontSize=9.4, leading=12.8, alignment=TA_JUSTIFY)
    keyh = ParagraphStyle('kh', fontName='DV-B', fontSize=10, leading=13)
    fl = [P('Lire votre résultat', ParagraphStyle('t', fontName='DV-B', fontSize=14, leading=18)),
          Spacer(1, 8)]
    for head, txt, col in [
            ('De 0 à 5 points : des partenariats encore ponctuels',
             'Vos relations avec d\'autres acteurs existent, mais restent occasionnelles. Commencez par '
             'identifier une personne référente et faites la liste de vos partenaires actuels.',
             '#fbe9e7'),
            ('De 6 à 10 points : une dynamique engagée',
             'Vous disposez d\'un socle de partenaires. L\'enjeu est désormais de piloter : fixer des '
             'objectifs communs, faire un bilan annuel, partager les résultats.', '#fff6dd'),
            ('De 11 à 15 points : prêts à faire alliance',
             'Votre association a les ressources pour s\'engager dans une alliance de territoire et '
             'pour en entraîner d\'autres. Pensez à documenter votre expérience pour la partager.',
             '#e8f4ea')]:
        blk = [P(head, keyh), Spacer(1, 2), P(txt, key)]
        hh = height(blk, MAINW - 20) + 16
        fl.append(('box', blk, hh, col))
    y = H - 52
    for f in fl:
        if isinstance(f, tuple):
            _, blk, hh, col = f
            c.setFillColor(colors.HexColor(col))
            c.rect(L, y - hh, MAINW, hh, stroke=0, fill=1)
            c.setFillColor(colors.black)
            stack(c, blk, L + 10, y - 8, MAINW - 20, y - hh, 0, 'doc6 cle')
            y -= hh + 8
        else:
            y = stack(c, [f], L, y, MAINW, 50, 0, 'doc6 p3')
    more = [Spacer(1, 8),
            P('Pour aller plus loin', sec), Spacer(1, 3),
            P('• Étude IMPACT Fondations &amp; Territoires, publiée le 23 septembre (42 fondations '
              'interrogées).', key),
            P('• Fiche acteur « Dynamique d\'engagement des Fondations ».', key),
            P('• Charte du faire alliance, lancée le 30 novembre 2021 à Saint-Maurice.', key)]
    stack(c, more, L, y, MAINW, 50, 2, 'doc6 p3 plus')
    margin([
        '<b>REPÈRE</b> — Note du 29 février 2016 : 38 % des associations sont engagées dans des '
        'partenariats avec des entreprises (53 % des associations employeuses), de même que 37 % des '
        'entreprises d\'au moins 10 salariés.',
        '<b>REPÈRE</b> — Côté maires, 92 % expriment un « besoin d\'alliance ».',
    ], H - 58)
    c.showPage()
    c.save()


DOCS = [
    ('obs-s72-01-memoire-genese.pdf', doc1),
    ('obs-s72-02-tableau-editions.pdf', doc2),
    ('obs-s72-03-annuaire-regional.pdf', doc3),
    ('obs-s72-04-lettre-president.pdf', doc4),
    ('obs-s72-05-programme-journee.pdf', doc5),
    ('obs-s72-06-autodiagnostic.pdf', doc6),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, fn in DOCS:
        fn(os.path.join(out, name))
        print('ecrit', name)


if __name__ == '__main__':
    main()
