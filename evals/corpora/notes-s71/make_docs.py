#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generateur deterministe des 6 PDF du jeu aveugle s71.

Usage : python make_docs.py [DOSSIER_SORTIE]   (par defaut : le dossier du script)

Aucune date d'execution, aucun hasard : reportlab.rl_config.invariant = 1.
Les faits viennent de /work/shared/facts.md ; les phrases sont ecrites pour ce jeu.
Le mobilier documentaire invente (noms de collection, numeros imprimes, reference de
convention, personnes fictives designees par leur seule fonction...) est liste dans
README-questions.md.
"""
import os
import re
import sys

import reportlab
from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

FONT_DIR = '/usr/share/fonts/truetype/dejavu/'
for name, fn in [('Sans', 'DejaVuSans.ttf'), ('Sans-B', 'DejaVuSans-Bold.ttf'),
                 ('Sans-I', 'DejaVuSans-Oblique.ttf'), ('Sans-BI', 'DejaVuSans-BoldOblique.ttf'),
                 ('Serif', 'DejaVuSerif.ttf'), ('Serif-B', 'DejaVuSerif-Bold.ttf'),
                 ('Serif-I', 'DejaVuSerif-Italic.ttf'), ('Serif-BI', 'DejaVuSerif-BoldItalic.ttf'),
                 ('Cond', 'DejaVuSansCondensed.ttf'), ('Cond-B', 'DejaVuSansCondensed-Bold.ttf'),
                 ('Cond-I', 'DejaVuSansCondensed-Oblique.ttf'),
                 ('Cond-BI', 'DejaVuSansCondensed-BoldOblique.ttf')]:
    pdfmetrics.registerFont(TTFont(name, FONT_DIR + fn))
pdfmetrics.registerFontFamily('Sans', normal='Sans', bold='Sans-B', italic='Sans-I', boldItalic='Sans-BI')
pdfmetrics.registerFontFamily('Serif', normal='Serif', bold='Serif-B', italic='Serif-I', boldItalic='Serif-BI')
pdfmetrics.registerFontFamily('Cond', normal='Cond', bold='Cond-B', italic='Cond-I', boldItalic='Cond-BI')

NB = '\u00a0'
W, H = A4
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
PREFIX = 'obs-s71-'


def T(s):
    """Typographie francaise : espaces insecables dans les nombres et avant % EUR : ; ? ! et guillemets."""
    for _ in range(3):
        s = re.sub(r'(\d) (?=\d{3}(?!\d))', '\\1' + NB, s)
    s = re.sub(r' (?=[%€:;?!»])', NB, s)
    s = s.replace('« ', '«' + NB)
    s = s.replace(' M€', NB + 'M€')
    return s


def P(text, style):
    return Paragraph(T(text), style)


def S(name, font='Serif', size=9.5, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3, **kw)


def make_doc(fname, templates, story, title, author='s71'):
    path = os.path.join(OUT, fname)
    doc = BaseDocTemplate(path, pagesize=A4, pageTemplates=templates, title=title, author=author,
                          subject='Jeu aveugle s71', creator='make_docs.py s71', invariant=1)
    doc.build(story)
    return path


# ---------------------------------------------------------------------------------------------
# 1. Entretien (questions-reponses), 2 pages
# ---------------------------------------------------------------------------------------------
def doc1():
    fname = PREFIX + '01-entretien-responsable-etudes.pdf'
    mL, mR, mT, mB = 18 * mm, 18 * mm, 20 * mm, 18 * mm
    gut = 7 * mm
    colw = (W - mL - mR - gut) / 2
    title_h = 62 * mm
    quote_h = 58 * mm

    def page_deco(c, doc):
        n = doc.page
        printed = 13 + n  # pages imprimees 14 et 15 du magazine
        c.saveState()
        c.setFillColor(colors.HexColor('#7a1f3d'))
        c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('Sans-B', 9)
        c.drawString(mL, H - 8 * mm, T('CAHIERS DE L\u2019ENGAGEMENT PARTAGÉ'))
        c.setFont('Sans', 8)
        c.drawRightString(W - mR, H - 8 * mm, T('n° 12 · Rubrique « La parole à… »'))
        c.setFillColor(colors.black)
        c.setStrokeColor(colors.HexColor('#7a1f3d'))
        c.line(mL, mB - 4 * mm, W - mR, mB - 4 * mm)
        c.setFont('Sans', 7.5)
        if printed % 2 == 0:
            c.drawString(mL, mB - 9 * mm, T('%d   Cahiers de l\u2019engagement partagé · n° 12' % printed))
        else:
            c.drawRightString(W - mR, mB - 9 * mm, T('Cahiers de l\u2019engagement partagé · n° 12   %d' % printed))
        if n == 1:
            # encadre de citation (pull quote) pose en bas de la colonne droite
            x = mL + colw + gut
            y = mB
            c.setFillColor(colors.HexColor('#f6e9ee'))
            c.setStrokeColor(colors.HexColor('#7a1f3d'))
            c.setLineWidth(1.2)
            c.rect(x, y, colw, quote_h - 4 * mm, stroke=1, fill=1)
            c.setFillColor(colors.HexColor('#7a1f3d'))
            c.setFont('Serif-B', 40)
            c.drawString(x + 4 * mm, y + quote_h - 20 * mm, '\u201c')
            st = S('pq', 'Serif-BI', 13.5, 17, textColor=colors.HexColor('#5a0f2a'), alignment=TA_LEFT)
            p = P('En septembre 2015, 69 % des Français voyaient déjà dans l\u2019alliance un devoir.', st)
            pw, ph = p.wrap(colw - 14 * mm, quote_h)
            p.drawOn(c, x + 9 * mm, y + quote_h - 18 * mm - ph)
            c.setFont('Sans', 7.5)
            c.setFillColor(colors.black)
            c.drawString(x + 9 * mm, y + 6 * mm, T('— La responsable des études de l\u2019Observatoire'))
        c.restoreState()

    f_title = Frame(mL, H - mT - title_h, W - mL - mR, title_h, id='title', showBoundary=0)
    f1a = Frame(mL, mB, colw, H - mT - title_h - mB, id='c1')
    f1b = Frame(mL + colw + gut, mB + quote_h, colw, H - mT - title_h - mB - quote_h, id='c2')
    f2a = Frame(mL, mB, colw, H - mT - mB, id='d1')
    f2b = Frame(mL + colw + gut, mB, colw, H - mT - mB, id='d2')
    t1 = PageTemplate('first', [f_title, f1a, f1b], onPage=page_deco)
    t2 = PageTemplate('later', [f2a, f2b], onPage=page_deco)

    kick = S('kick', 'Sans-B', 9, textColor=colors.HexColor('#7a1f3d'))
    h1 = S('h1', 'Serif-B', 22, 26)
    stand = S('stand', 'Serif-I', 10.5, 14)
    q = S('q', 'Sans-B', 9, 11.5, spaceBefore=6, spaceAfter=2)
    a = S('a', 'Serif', 9.2, 12.2, alignment=TA_JUSTIFY)
    cap = S('cap', 'Sans-I', 7.2, 9)

    story = [NextPageTemplate('later'),
             P('ENTRETIEN', kick), Spacer(1, 2 * mm),
             P('« Mesurer les alliances, c\u2019est leur donner droit de cité »', h1), Spacer(1, 3 * mm),
             P('Depuis plus de quinze ans, l\u2019Observatoire des partenariats documente la manière dont '
               'associations, entreprises, collectivités et fondations travaillent ensemble. Sa responsable '
               'des études revient sur les dates qui comptent, sur les programmes successifs et sur ce que '
               'les enquêtes disent du pays. Propos recueillis par la rédaction.', stand),
             FrameBreak()]
    qa = [
        ('Comment présenteriez-vous l\u2019Observatoire à quelqu\u2019un qui n\u2019en a jamais entendu parler\u00a0?',
         'C\u2019est un dispositif d\u2019observation créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en '
         'partenariat avec le MEDEF et le Mouvement associatif. Son rôle est de mesurer, dans la durée, la '
         'façon dont les associations, les entreprises, les collectivités et les fondations construisent '
         'ensemble des réponses aux besoins des territoires. Le RAMEAU, qui l\u2019anime au quotidien, est '
         'lui-même une association d\u2019intérêt général née en 2006\u00a0; il se décrit volontiers comme un '
         '« laboratoire de recherche empirique ». Nous ne plaidons pas pour un modèle\u00a0: nous regardons ce '
         'que les acteurs font réellement, et nous le rendons visible.'),
        ('On lit pourtant une autre date de naissance dans certains documents…',
         'C\u2019est exact, et je préfère qu\u2019on le dise franchement. Dans des publications plus anciennes '
         '— l\u2019étude ARPEA Entreprises & Territoires de janvier 2011, ou encore le rapport quinquennal du '
         '11 décembre 2012 — la formule retenue était\u00a0: « Créé en 2007, l\u2019Observatoire national des '
         'partenariats associations / entreprises ». Nos présentations actuelles retiennent 2008. Les deux '
         'versions circulent\u00a0; lorsqu\u2019on cite l\u2019une, il est honnête de mentionner l\u2019autre.'),
        ('Qui garantit la rigueur des enquêtes\u00a0?',
         'La direction scientifique est assurée par Anne Robin, fondatrice de COMISIS, qui le fait '
         'bénévolement. Les terrains d\u2019enquête sont confiés à des instituts\u00a0: l\u2019étude '
         'ARPEA-Collectivités locales, par exemple, a été réalisée par Comisis et OpinionWay. Cette '
         'continuité de méthode est ce qui permet de comparer une vague à l\u2019autre.'),
        ('Le travail s\u2019organise en programmes de cinq ans. Lesquels\u00a0?',
         'Trois se sont succédé. ARPEA d\u2019abord, de 2008 à 2012, découpé en dix volets. Puis PHARE, de '
         '2013 à 2018 — certaines de nos pages écrivent 2013-2017, c\u2019est la même séquence avec une autre '
         'borne de fin. Enfin IMPACT, qui couvre 2018-2022 et a été lancé dès novembre 2017. Entre le premier '
         'et le deuxième programme, le rapport quinquennal a été rendu public le 11 décembre 2012.'),
        ('Que veut dire ARPEA, au juste\u00a0?',
         'Vous allez sourire\u00a0: le sigle a connu trois développements selon les supports. « Analyse des '
         'Relations et des Partenariats entre Entreprises et Associations » dans le rapport quinquennal\u00a0; '
         '« Analyser les Relations Partenariales entre Entreprises et Associations » sur une page plus '
         'récente\u00a0; « Analyse des Relations Associations-Entreprises » dans une présentation du programme '
         'd\u2019études. L\u2019esprit, lui, n\u2019a pas varié\u00a0: observer comment deux mondes qui se '
         'connaissaient mal apprennent à se parler.'),
        ('Et PHARE\u00a0?',
         'PHARE a été pensé en six volets. Les Citoyens en septembre 2015, les Entreprises en octobre 2015, '
         'les Associations en novembre 2015, puis treize rapports régionaux en 2016, des diagnostics '
         'sectoriels en juillet 2016 et, pour finir, les Institutions à l\u2019automne 2016. Ce dernier volet, '
         'PHARE-Institutions, est paru le 29 novembre 2016\u00a0; il distinguait cinq profils de maires, ce '
         'qui a beaucoup aidé les élus à se situer.'),
        ('Quels résultats vous ont le plus marquée\u00a0?',
         'Ceux du volet Citoyens. En septembre 2015, 69 % des Français estimaient que s\u2019allier relevait '
         'd\u2019un devoir. Chez les acteurs, la conviction était plus forte encore\u00a0: 81 % des dirigeants '
         'd\u2019entreprise et 86 % des responsables associatifs, et PHARE-Institutions a trouvé 87 % des '
         'maires sur la même ligne. Avant cela, ARPEA avait montré que 86 % des Français en 2008, puis 84 % en '
         '2012, jugeaient urgent de créer des partenariats — alors que près de 46 % des associations '
         'seulement étaient engagées avec une entreprise. L\u2019écart entre l\u2019attente et la pratique, '
         'c\u2019est tout notre sujet.'),
        ('Les pouvoirs publics se sont-ils saisis de ces travaux\u00a0?',
         'Oui, et assez tôt. La ministre Valérie Fourneyron a demandé un rapport dressant l\u2019état des '
         'lieux des partenariats entre associations et entreprises\u00a0; il a été publié début 2014. Par la '
         'suite, le sujet a pris une dimension territoriale, avec les maires et les collectivités au premier '
         'plan.'),
        ('Où en est le programme actuel\u00a0?',
         'IMPACT est conduit avec la Caisse des Dépôts, l\u2019Institut CDC pour la Recherche, le Groupe La '
         'Poste, la Fondation TOTAL et Le RAMEAU. Il suit trois axes\u00a0: l\u2019innovation sociétale et '
         'territoriale, la performance des organisations et la confiance. Autrement dit\u00a0: qu\u2019est-ce '
         'que les alliances changent, pour qui, et à quelles conditions.'),
        ('Un dernier mot\u00a0?',
         'Une invitation à la curiosité. Le RAMEAU a recensé plus de 1 000 exemples inspirants\u00a0; aucun '
         'n\u2019est un mode d\u2019emploi, tous sont des points de départ. Et quand vous lisez un chiffre '
         'chez nous, regardez toujours l\u2019année et la population interrogée\u00a0: c\u2019est la première '
         'leçon de l\u2019Observatoire.'),
    ]
    for i, (qq, aa) in enumerate(qa):
        story.append(P(qq, q))
        story.append(P(aa, a))
        if i == 5:
            story.append(Spacer(1, 2 * mm))
            story.append(P('Photo ci-contre\u00a0: la responsable des études lors d\u2019une rencontre '
                           'régionale (photographie non reproduite dans cette version).', cap))
    story.append(FrameBreak())
    ph = Table([[P('[ photo ]', S('phx', 'Sans-I', 9, 11, alignment=TA_CENTER, textColor=colors.grey))]],
               colWidths=[colw], rowHeights=[70 * mm])
    ph.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#dddddd')),
                            ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    story.append(ph)
    story.append(Spacer(1, 8 * mm))
    rh = S('rh', 'Sans-B', 10, 12, textColor=colors.white)
    rc = S('rc', 'Cond', 8.2, 10.2)
    rcb = S('rcb', 'Cond-B', 8.2, 10.2, textColor=colors.HexColor('#7a1f3d'))
    rep = [('2006', 'Création de Le RAMEAU, association d\u2019intérêt général.'),
           ('2008', 'Création de l\u2019Observatoire des partenariats (2007 dans des documents anciens).'),
           ('2008-2012', 'Programme ARPEA, en dix volets.'),
           ('11 déc. 2012', 'Rapport quinquennal.'),
           ('2013-2018', 'Programme PHARE, en six volets.'),
           ('Début 2014', 'Rapport d\u2019état des lieux demandé par la ministre Valérie Fourneyron.'),
           ('29 nov. 2016', 'Parution de PHARE-Institutions.'),
           ('Nov. 2017', 'Lancement du programme IMPACT (2018-2022).')]
    data = [[P('REPÈRES', rh), '']] + [[P(a_, rcb), P(b_, rc)] for a_, b_ in rep]
    tb = Table(data, colWidths=[colw * 0.3, colw * 0.7])
    tb.setStyle(TableStyle([('SPAN', (0, 0), (1, 0)), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#7a1f3d')),
                            ('BACKGROUND', (0, 1), (-1, -1), colors.HexColor('#f6e9ee')),
                            ('LINEBELOW', (0, 1), (-1, -2), 0.3, colors.HexColor('#c9a3b2')),
                            ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    story.append(tb)
    path = make_doc(fname, [t1, t2], story, 'Entretien — responsable des études')
    return path


# ---------------------------------------------------------------------------------------------
# 2. Convention de partenariat, 3 pages
# ---------------------------------------------------------------------------------------------
def doc2():
    fname = PREFIX + '02-convention-fonds-odd17.pdf'
    mL, mR, mT, mB = 22 * mm, 22 * mm, 26 * mm, 24 * mm
    ref = 'Convention n° FODD17/2020-03'

    def deco(c, doc):
        c.saveState()
        c.setFont('Sans', 7.5)
        c.setFillColor(colors.HexColor('#333333'))
        c.drawString(mL, H - 14 * mm, T(ref + ' — Le RAMEAU / Fondation TotalEnergies'))
        c.drawRightString(W - mR, H - 14 * mm, T('Version pour signature'))
        c.setStrokeColor(colors.HexColor('#1d4e89'))
        c.setLineWidth(0.8)
        c.line(mL, H - 16 * mm, W - mR, H - 16 * mm)
        c.line(mL, 17 * mm, W - mR, 17 * mm)
        c.drawString(mL, 12 * mm, T('Paraphes\u00a0:  ______  /  ______'))
        c.drawRightString(W - mR, 12 * mm, T('Page %d sur 3' % doc.page))
        c.restoreState()

    fr = Frame(mL, mB, W - mL - mR, H - mT - mB, id='body')
    tpl = PageTemplate('conv', [fr], onPage=deco)

    ttl = S('ttl', 'Sans-B', 14, 18, alignment=TA_CENTER, spaceAfter=2)
    sub = S('sub', 'Sans', 9, 12, alignment=TA_CENTER, spaceAfter=8)
    art = S('art', 'Sans-B', 9.5, 12, spaceBefore=7, spaceAfter=2, textColor=colors.HexColor('#1d4e89'))
    body = S('body', 'Serif', 9.6, 13.2, alignment=TA_JUSTIFY, spaceAfter=4)
    ital = S('ital', 'Serif-I', 9, 12, alignment=TA_JUSTIFY, spaceAfter=3)
    cell = S('cell', 'Cond', 7.8, 9.6)
    cellb = S('cellb', 'Cond-B', 7.8, 9.6, textColor=colors.white)
    foot = S('foot', 'Sans', 6.8, 8.5)
    sig = S('sig', 'Sans', 8.5, 11)

    st = [P('CONVENTION DE PARTENARIAT', ttl),
          P('relative au Fonds ODD 17 et à l\u2019expérimentation des « catalyseurs territoriaux »', sub),
          P('<b>Entre</b> Le RAMEAU, association d\u2019intérêt général créée en 2006, laboratoire '
            'd\u2019innovations partenariales, ci-après « Le RAMEAU »,', body),
          P('<b>Et</b> la Fondation TotalEnergies, ci-après « la Fondation »,', body),
          P('ensemble dénommées « les Parties ».', ital),
          P('PRÉAMBULE', art),
          P('Considérant que l\u2019objectif de développement durable n° 17 (ODD 17) se décline en 19 cibles, '
            'telles que rappelées par la note du Comité 21 « ODD 17\u00a0: Sens, décryptages, déclinaisons » '
            'parue le 5 juillet\u00a0;', body),
          P('Considérant que Le RAMEAU conduit, depuis sa création, des expérimentations auprès de plus de 500 '
            'organisations et met à disposition, sur la plateforme www.odd17.org, les ressources '
            'M.E.D.O.C.\u00a0;', body),
          P('Considérant la volonté commune des Parties de co-créer en 2020 un fonds dédié à la mise en '
            'pratique de l\u2019ODD 17 dans les territoires\u00a0;', body),
          P('il est convenu ce qui suit.', ital),
          P('Article 1 – Objet', art),
          P('La présente convention a pour objet d\u2019organiser la co-création, par Le RAMEAU et la Fondation, '
            'du Fonds ODD 17. Ce fonds finance une expérimentation destinée à faire émerger et à outiller '
            '350 « catalyseurs territoriaux ».', body),
          P('Article 2 – Définitions', art),
          P('Au sens de la présente convention, on entend par <b>M.E.D.O.C.</b> l\u2019ensemble de ressources '
            'mis en ligne sur www.odd17.org et organisé en cinq familles\u00a0: Méthodes, Exemples, Données, '
            'Outils, Compétences. On entend par <b>ODD 17</b> l\u2019objectif de développement durable consacré '
            'aux partenariats, et par <b>expérimentation</b> le programme décrit à l\u2019article 1.', body),
          P('Article 3 – Durée', art),
          P('L\u2019expérimentation est conduite sur une durée de 3 ans à compter de la signature de la présente '
            'convention. Elle peut être prolongée par avenant.', body),
          P('Article 4 – Dotation', art),
          P('Le Fonds ODD 17 est doté de 1,5 M€ pour l\u2019ensemble de l\u2019expérimentation sur 3 ans. Les '
            'modalités de versement sont précisées par échanges de lettres entre les Parties.<super>1</super>',
            body),
          P('Article 5 – Engagements de Le RAMEAU', art),
          P('Le RAMEAU met à la disposition de l\u2019expérimentation sa démarche de recherche empirique, ses '
            'exemples inspirants et les ressources M.E.D.O.C.\u00a0; il rend compte chaque année des '
            'enseignements tirés auprès de la Fondation.', body),
          P('Article 6 – Engagements de la Fondation', art),
          P('La Fondation verse la dotation prévue à l\u2019article 4 et associe ses équipes aux temps de '
            'partage organisés dans le cadre de l\u2019expérimentation.', body),
          P('Article 7 – Communication', art),
          P('Toute communication relative au Fonds ODD 17 mentionne les deux Parties. Les données de référence '
            'figurant en Annexe 1 peuvent être citées, sous réserve d\u2019indiquer leur source et leur date.',
            body),
          P('Article 8 – Résiliation', art),
          P('En cas de manquement grave de l\u2019une des Parties à ses obligations, l\u2019autre Partie peut '
            'résilier la présente convention par lettre recommandée avec accusé de réception, après une mise en '
            'demeure restée sans effet pendant un mois.', body),
          P('Article 9 – Confidentialité', art),
          P('Les documents de travail échangés entre les Parties pendant l\u2019expérimentation restent '
            'confidentiels jusqu\u2019à leur publication d\u2019un commun accord. Les enseignements consolidés ont '
            'vocation à être rendus publics.', body),
          P('Article 10 – Entrée en vigueur', art),
          P('La présente convention entre en vigueur à la date de sa signature par la dernière des Parties. '
            'Toute modification fait l\u2019objet d\u2019un avenant écrit signé par les deux Parties.', body),
          P('Article 11 – Litiges', art),
          P('Les Parties s\u2019efforcent de régler à l\u2019amiable tout différend né de l\u2019exécution de la '
            'présente convention. À défaut, le litige est porté devant les juridictions compétentes de Paris.',
            body),
          Spacer(1, 4 * mm),
          P('<super>1</super> Aucun échéancier annuel n\u2019est fixé par la présente convention.', foot),
          Spacer(1, 5 * mm),
          P('Fait à Paris, le ____________ 2020, en deux exemplaires originaux.', sig),
          Spacer(1, 3 * mm)]
    sigt = Table([[P('<b>Pour Le RAMEAU</b>', sig), P('<b>Pour la Fondation TotalEnergies</b>', sig)],
                  [P('Charles-Benoît Heidsieck<br/>Président-fondateur', sig),
                   P('Le Délégué général<br/>(nom porté à la signature)', sig)],
                  [P('<br/><br/><br/>Signature\u00a0:', sig), P('<br/><br/><br/>Signature\u00a0:', sig)]],
                 colWidths=[(W - mL - mR) / 2] * 2)
    sigt.setStyle(TableStyle([('BOX', (0, 0), (0, -1), 0.5, colors.grey),
                              ('BOX', (1, 0), (1, -1), 0.5, colors.grey),
                              ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st.append(KeepTogether([sigt]))
    st.append(Spacer(1, 4 * mm))
    st.append(P('Contreseing\u00a0: Laurence Weber, directrice générale de Le RAMEAU.', sig))
    st.append(Spacer(1, 6 * mm))
    st.append(P('ANNEXE 1 – Données de référence partagées par les Parties', art))
    st.append(P('Les données ci-dessous sont reprises des publications de l\u2019Observatoire des partenariats '
                'et de Le RAMEAU. Elles servent de repères communs pour l\u2019expérimentation.', body))
    rows = [['Thème', 'Population interrogée', 'Résultat', 'Source / remarque'],
            ['« Devoir d\u2019alliance »', 'Français', '81 %', 'Publications de Le RAMEAU'],
            ['« Besoin d\u2019alliance »', 'Maires', '92 %', 'Même source'],
            ['« Envie d\u2019alliance »', 'Dirigeants d\u2019entreprises', '84 %', 'Même source'],
            ['Utilité de la co-construction pour la résilience après la crise du Covid', 'Français', '81 %',
             '« Jouer collectif en sortie de crise »'],
            ['Utilité de la co-construction pour la résilience après la crise du Covid',
             'Dirigeants de TPE & PME', '84 %', '« Jouer collectif en sortie de crise »'],
            ['Données inventoriées pour agir en sortie de crise', '—', 'plus de 250', 'Inventaire publié par '
             'Le RAMEAU'],
            ['Partenariats, source d\u2019innovation', 'Maires', '87 %', 'Programme IMPACT'],
            ['Territoire engagé', 'Maires', '76 %', 'Programme IMPACT'],
            ['Ne savent pas piloter la co-construction', 'Maires', '46 %', 'Programme IMPACT'],
            ['Indicateurs de mesure retenus', '—', '3', 'Innovation, performance, confiance'],
            ['Organisations associées aux expérimentations', '—', 'plus de 500', 'Depuis 2006'],
            ['Exemples inspirants recensés', '—', 'plus de 1 000', 'Base de Le RAMEAU'],
            ['Cibles de l\u2019ODD 17', '—', '19', 'Note du Comité 21, 5 juillet'],
            ]
    data = []
    for i, r in enumerate(rows):
        stl = cellb if i == 0 else cell
        data.append([P(x, stl) for x in r])
    tw = W - mL - mR
    tb = Table(data, colWidths=[tw * 0.34, tw * 0.2, tw * 0.13, tw * 0.33], repeatRows=1)
    tb.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#1d4e89')),
                            ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#8899aa')),
                            ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                            ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, colors.HexColor('#eef2f7')])]))
    st.append(tb)
    st.append(Spacer(1, 3 * mm))
    st.append(P('Les valeurs de 81 % et de 84 % apparaissent deux fois dans ce tableau\u00a0: elles ne '
                'portent ni sur la même question ni, pour 84 %, sur la même population.', foot))
    st.append(Spacer(1, 6 * mm))
    st.append(P('ANNEXE 2 – Les cinq familles de ressources M.E.D.O.C.', art))
    st.append(P('Rappel de la définition donnée à l\u2019article 2. Les ressources sont accessibles sur la '
                'plateforme www.odd17.org.', body))
    md = [['Lettre', 'Famille de ressources']] + [[a_, b_] for a_, b_ in
          [('M', 'Méthodes'), ('E', 'Exemples'), ('D', 'Données'), ('O', 'Outils'), ('C', 'Compétences')]]
    tm = Table([[P(x, cellb if i == 0 else cell) for x in r] for i, r in enumerate(md)],
               colWidths=[tw * 0.15, tw * 0.5])
    tm.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#1d4e89')),
                            ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#8899aa'))]))
    st.append(tm)
    st.append(Spacer(1, 6 * mm))
    st.append(P('ANNEXE 3 – Le programme IMPACT en bref', art))
    st.append(P('Les enseignements de l\u2019expérimentation seront rapprochés de ceux du programme IMPACT '
                '(2018-2022), conduit avec la Caisse des Dépôts, l\u2019Institut CDC pour la Recherche, le Groupe '
                'La Poste, la Fondation TOTAL et Le RAMEAU. Ses trois axes sont l\u2019innovation sociétale et '
                'territoriale, la performance des organisations et la confiance.', body))
    st.append(Spacer(1, 10 * mm))
    st.append(P('Fin des annexes. Le présent document comporte trois pages numérotées, annexes comprises.', foot))
    return make_doc(fname, [tpl], st, ref)


# ---------------------------------------------------------------------------------------------
# 3. Resultats d'enquetes question par question, 3 pages
# ---------------------------------------------------------------------------------------------
def doc3():
    fname = PREFIX + '03-resultats-question-par-question.pdf'
    mL, mR, mT, mB = 20 * mm, 20 * mm, 24 * mm, 22 * mm

    def deco(c, doc):
        printed = 26 + doc.page
        c.saveState()
        c.setFillColor(colors.HexColor('#0f6b5b'))
        c.rect(mL, H - 15 * mm, 4 * mm, 6 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor('#0f6b5b'))
        c.setFont('Sans-B', 8)
        c.drawString(mL + 6 * mm, H - 13.5 * mm, T('CAHIER DE RÉSULTATS · PARTIE 3'))
        c.setFillColor(colors.black)
        c.setFont('Sans', 8)
        c.drawRightString(W - mR, H - 13.5 * mm, T('Les enquêtes, question par question'))
        c.setFont('Sans', 7.5)
        c.drawCentredString(W / 2, 11 * mm, T('— %d —' % printed))
        c.drawRightString(W - mR, 11 * mm, T('Observatoire des partenariats'))
        c.restoreState()

    fr = Frame(mL, mB, W - mL - mR, H - mT - mB, id='b')
    tpl = PageTemplate('s', [fr], onPage=deco)
    h1 = S('h1', 'Sans-B', 13, 16, spaceAfter=3, textColor=colors.HexColor('#0f6b5b'))
    h2 = S('h2', 'Sans-B', 10, 13, spaceBefore=4, spaceAfter=2)
    qst = S('qst', 'Sans-BI', 9, 11.5, spaceBefore=6, spaceAfter=3)
    body = S('body', 'Serif', 8.8, 11.4, alignment=TA_JUSTIFY, spaceAfter=2)
    base = S('base', 'Sans-I', 7.4, 9, spaceBefore=1.5, spaceAfter=5, textColor=colors.HexColor('#444444'))
    c_ = S('c', 'Cond', 8.2, 10)
    cb = S('cb', 'Cond-B', 8.2, 10, textColor=colors.white, alignment=TA_CENTER)
    cbl = S('cbl', 'Cond-B', 8.2, 10, textColor=colors.white)
    cr = S('cr', 'Cond', 8.2, 10, alignment=TA_RIGHT)
    crb = S('crb', 'Cond-B', 8.2, 10, alignment=TA_RIGHT)
    tw = W - mL - mR
    green = colors.HexColor('#0f6b5b')
    light = colors.HexColor('#e4f1ee')

    def qtable(head_span, sub, rows, widths, spans=(), bold_last=False):
        """head_span : liste de (texte, ncols) pour la 1re ligne d'en-tete ; sub : 2e ligne."""
        r0 = []
        style = [('BACKGROUND', (0, 0), (-1, 1), green), ('GRID', (0, 0), (-1, -1), 0.35, colors.HexColor('#9bb')),
                 ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('ROWBACKGROUNDS', (0, 2), (-1, -1), [colors.white, light])]
        col = 0
        for txt, n in head_span:
            r0.append(P(txt, cb if col else cbl))
            for _ in range(n - 1):
                r0.append('')
            if n > 1:
                style.append(('SPAN', (col, 0), (col + n - 1, 0)))
            col += n
        r1 = [P(x, cb if i else cbl) for i, x in enumerate(sub)]
        data = [r0, r1]
        for sp in spans:
            style.append(sp)
        for k, r in enumerate(rows):
            last = bold_last and k == len(rows) - 1
            data.append([P(r[0], c_)] + [P(x, crb if last else cr) for x in r[1:]])
        t = Table(data, colWidths=[tw * w for w in widths], repeatRows=2)
        t.setStyle(TableStyle(style))
        return t

    st = []
    st.append(P('3.1 Enquête « Associations & Partenariats »', h1))
    st.append(P('Enquête conduite par Recherches & Solidarités avec Le RAMEAU en mai et juin 2016, publiée en mars '
                '2017. Plus de 1 380 responsables associatifs ont répondu. Les tableaux reprennent les questions '
                'dans l\u2019ordre du questionnaire\u00a0; les réponses multiples expliquent que les totaux dépassent '
                '100 %.', body))
    st.append(P('Q1. Avec quels types de partenaires votre association travaille-t-elle\u00a0? (plusieurs réponses '
                'possibles)', qst))
    st.append(qtable([('Type de partenaire', 1), ('Associations concernées', 2)], ['', '%', 'Rang'],
                     [['Collectivités territoriales', '74 %', '1'],
                      ['Autres associations ou fondations', '72 %', '2'],
                      ['Établissements d\u2019enseignement', '47 %', '3'],
                      ['Entreprises', '28 %', '4'],
                      ['Structures d\u2019insertion', '22 %', '5'],
                      ['Organismes de recherche', '9 %', '6']], [0.6, 0.2, 0.2],
                     spans=[('SPAN', (0, 0), (0, 1))]))
    st.append(P('Base\u00a0: plus de 1 380 responsables associatifs répondants.', base))
    st.append(P('Q2. Combien de types de partenaires votre association mobilise-t-elle en moyenne\u00a0?', qst))
    st.append(qtable([('Indicateur', 1), ('Ensemble des répondants', 2)], ['', 'Valeur', 'Unité'],
                     [['Nombre moyen de partenaires', '2,5', 'partenaires']], [0.6, 0.2, 0.2],
                     spans=[('SPAN', (0, 0), (0, 1))]))
    st.append(P('Base\u00a0: plus de 1 380 responsables associatifs répondants.', base))
    st.append(P('Q3. Votre association a-t-elle un partenariat avec une entreprise\u00a0? (résultat selon le '
                'budget annuel)', qst))
    st.append(qtable([('Réponse', 1), ('Budget annuel de l\u2019association', 2)],
                     ['', 'moins de 10 000 €', 'plus de 150 000 €'],
                     [['Oui, au moins un partenariat avec une entreprise', '20 %', '50 %']], [0.5, 0.25, 0.25],
                     spans=[('SPAN', (0, 0), (0, 1))]))
    st.append(P('Base\u00a0: plus de 1 380 responsables associatifs répondants, ventilés par tranche de budget.',
                base))
    st.append(P('Lecture\u00a0: la moitié des associations dont le budget dépasse 150 000 € ont noué un partenariat '
                'avec une entreprise, contre une sur cinq parmi les plus petites.', body))
    st.append(Spacer(1, 4 * mm))
    st.append(CondPageBreak(30 * mm))

    st.append(P('3.2 Étude IMPACT – Associations & Territoires', h1))
    st.append(P('L\u2019étude porte sur l\u2019univers des 148 000 associations employeuses. Elle interroge la '
                'place des partenariats dans leur action et l\u2019échelle à laquelle ils se nouent.', body))
    st.append(P('Q4. Votre association a-t-elle aujourd\u2019hui des partenaires\u00a0?', qst))
    st.append(qtable([('Réponse', 1), ('Associations employeuses', 2)], ['', '%', 'Lecture'],
                     [['Oui, au moins un partenariat', '98 %', 'quasi-totalité']], [0.5, 0.2, 0.3],
                     spans=[('SPAN', (0, 0), (0, 1))]))
    st.append(P('Base\u00a0: associations employeuses répondantes (effectif de l\u2019échantillon non repris dans '
                'ce cahier).', base))
    st.append(P('Q5. Avec quels acteurs ces partenariats sont-ils noués\u00a0? (plusieurs réponses possibles)', qst))
    st.append(qtable([('Acteur partenaire', 1), ('Associations ayant des partenariats', 2)], ['', '%', 'Rang'],
                     [['Collectivités', '89 %', '1'],
                      ['Structures d\u2019intérêt général', '73 %', '2'],
                      ['Établissements scolaires', '70 %', '3'],
                      ['Collectifs d\u2019associations', '56 %', '4'],
                      ['Acteurs publics nationaux', '52 %', '5'],
                      ['Fédérations professionnelles', '37 %', '6'],
                      ['Acteurs académiques', '35 %', '7']], [0.6, 0.2, 0.2],
                     spans=[('SPAN', (0, 0), (0, 1))]))
    st.append(P('Base\u00a0: associations employeuses ayant au moins un partenariat.', base))
    st.append(P('Q6. À quelle échelle ces partenariats se déploient-ils\u00a0?', qst))
    st.append(qtable([('Échelle', 1), ('Associations ayant des partenariats', 2)], ['', '%', 'Rang'],
                     [['Locale', '73 %', '1'], ['Régionale', '47 %', '2']], [0.6, 0.2, 0.2],
                     spans=[('SPAN', (0, 0), (0, 1))]))
    st.append(P('Base\u00a0: associations employeuses ayant au moins un partenariat.', base))
    st.append(P('Q7. Quelles formes prennent vos partenariats avec les entreprises\u00a0?', qst))
    st.append(qtable([('Forme de partenariat', 1), ('Associations concernées', 2)], ['', '%', 'Rang'],
                     [['Mécénat', '75 %', '1'], ['Innovation sociétale', '73 %', '2'],
                      ['Pratiques responsables', '70 %', '3'], ['Coopération économique', '58 %', '4']],
                     [0.6, 0.2, 0.2], spans=[('SPAN', (0, 0), (0, 1))]))
    st.append(P('Base\u00a0: associations employeuses ayant au moins un partenariat.', base))
    st.append(P('Attention\u00a0: dans cette étude, la valeur de 73 % revient trois fois, avec trois sens '
                'différents\u00a0: structures d\u2019intérêt général (Q5), échelle locale (Q6) et innovation '
                'sociétale (Q7).', body))
    st.append(Spacer(1, 4 * mm))
    st.append(CondPageBreak(30 * mm))

    st.append(P('3.3 IMPACTS & TRAJECTOIRES – Élus locaux (novembre 2024)', h1))
    st.append(P('Enquête réalisée par téléphone du 30 septembre au 28 octobre 2024 auprès de 302 maires.', body))
    st.append(P('Q8. Diriez-vous que votre territoire est en mouvement\u00a0?', qst))
    st.append(qtable([('Réponse', 1), ('Territoire en mouvement\u00a0: 91 %', 2)],
                     ['', 'fortement', 'ni plus ni moins'],
                     [['Maires répondants', '35 %', '56 %']], [0.5, 0.25, 0.25],
                     spans=[('SPAN', (0, 0), (0, 1))]))
    st.append(P('Base\u00a0: 302 maires répondants.', base))
    st.append(P('Q9. Quelle est la taille de votre commune\u00a0?', qst))
    st.append(qtable([('Taille de commune', 1), ('Maires répondants', 2)], ['', '%', 'Remarque'],
                     [['Moins de 2 000 habitants', '84 %', 'majorité des répondants']], [0.5, 0.2, 0.3],
                     spans=[('SPAN', (0, 0), (0, 1))]))
    st.append(P('Base\u00a0: 302 maires répondants. Aucune ventilation par région n\u2019est publiée pour cette '
                'vague.', base))
    st.append(Spacer(1, 2 * mm))
    st.append(P('3.4 Rappel\u00a0: PHARE-Citoyens (septembre 2015)', h1))
    st.append(P('Plus de 2 000 personnes interrogées. Deux questions sont reprises ici. Pour la sécurité, les '
                'sources publiées divergent\u00a0: une publication lui attribue 6,6/10, une autre 7/10.', body))
    st.append(P('Q10. Sur une échelle de 0 à 10, quelle priorité accordez-vous aux enjeux suivants\u00a0?', qst))
    st.append(qtable([('Enjeu', 1), ('Note moyenne', 2)], ['', 'sur 10', 'Rang'],
                     [['Emploi', '7,1', '1'], ['Pouvoir d\u2019achat', '6,6', '2 ex aequo'],
                      ['Sécurité', '6,6 *', '2 ex aequo'], ['Développement économique', '6,5', '4'],
                      ['Environnement', '6,3', '5 ex aequo'], ['Exclusion', '6,3', '5 ex aequo']],
                     [0.6, 0.2, 0.2], spans=[('SPAN', (0, 0), (0, 1))]))
    st.append(P('Base\u00a0: plus de 2 000 personnes interrogées. * Une autre publication des mêmes résultats '
                'indique 7/10 pour la sécurité\u00a0; les deux valeurs coexistent dans les sources.', base))
    st.append(P('Q11. Sur quels sujets les partenariats entre associations et entreprises ont-ils un impact '
                'fort\u00a0?', qst))
    st.append(qtable([('Sujet', 1), ('Personnes interrogées', 2)], ['', '% « impact fort »', 'Rang'],
                     [['Emploi', '49 %', '1'], ['Développement économique', '46 %', '2'],
                      ['Environnement', '42 %', '3'], ['Précarité', '36 %', '4 ex aequo'],
                      ['Éducation', '36 %', '4 ex aequo']], [0.6, 0.2, 0.2],
                     spans=[('SPAN', (0, 0), (0, 1))]))
    st.append(P('Base\u00a0: plus de 2 000 personnes interrogées.', base))
    return make_doc(fname, [tpl], st, 'Cahier de résultats — partie 3')


# ---------------------------------------------------------------------------------------------
# 4. Page de journal en trois colonnes, 3 pages (placement manuel par cadres)
# ---------------------------------------------------------------------------------------------
def doc4():
    fname = PREFIX + '04-journal-echo-des-alliances.pdf'
    path = os.path.join(OUT, fname)
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle('L\u2019Écho des alliances n° 7')
    c.setAuthor('s71')
    c.setSubject('Jeu aveugle s71')
    c.setCreator('make_docs.py s71')
    mL, mR = 14 * mm, 14 * mm
    gut = 5 * mm
    colw = (W - mL - mR - 2 * gut) / 3
    xs = [mL + i * (colw + gut) for i in range(3)]
    wide2 = 2 * colw + gut
    wide3 = 3 * colw + 2 * gut
    red = colors.HexColor('#b3261e')
    bottom = 16 * mm

    kick = S('k', 'Sans-B', 7.5, 9, textColor=red)
    hd = S('hd', 'Serif-B', 15, 17.5, spaceAfter=3)
    hdw = S('hdw', 'Serif-B', 19, 22, spaceAfter=3)
    hds = S('hds', 'Serif-B', 11.5, 13.5, spaceAfter=2)
    chap = S('chap', 'Serif-I', 9.6, 12.4, spaceAfter=4)
    body = S('b', 'Serif', 8.6, 11, alignment=TA_JUSTIFY, spaceAfter=3)
    cont = S('cont', 'Sans-BI', 7.5, 9, alignment=TA_RIGHT, textColor=red)
    contl = S('contl', 'Sans-BI', 7.5, 9, textColor=red, spaceAfter=2)
    brief = S('br', 'Cond', 8, 10, alignment=TA_LEFT, spaceAfter=3)
    boxh = S('bxh', 'Sans-B', 9, 11, textColor=colors.white)
    capst = S('cap', 'Sans-I', 7, 8.6)

    def fr(x, y, w, h, name):
        return Frame(x, y, w, h, id=name, leftPadding=2, rightPadding=2, topPadding=2, bottomPadding=2)

    def fill_chain(frames, flows):
        rest = list(flows)
        for f in frames:
            f.addFromList(rest, c)
        if rest:
            raise RuntimeError('debordement apres %s : %d elements' % (frames[-1].id, len(rest)))

    def vrule(x, y0, y1):
        c.setLineWidth(0.3)
        c.setStrokeColor(colors.black)
        c.line(x, y0, x, y1)

    def hrule(x0, x1, y, w=0.6):
        c.setLineWidth(w)
        c.setStrokeColor(colors.black)
        c.line(x0, y, x1, y)

    def photo(w, h, label):
        t = Table([[P(label, S('ph', 'Sans-I', 8, 10, alignment=TA_CENTER, textColor=colors.grey))]],
                  colWidths=[w], rowHeights=[h])
        t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#d9d9d9')),
                               ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
        return t

    def folio(n):
        c.setFont('Sans', 7)
        c.setFillColor(colors.black)
        c.drawCentredString(W / 2, 9 * mm, T('— %d —' % n))
        hrule(mL, W - mR, bottom - 2 * mm, 0.4)

    def small_head(n):
        c.setFillColor(colors.black)
        c.setFont('Serif-B', 11)
        c.drawString(mL, H - 13 * mm, T('L\u2019Écho des alliances'))
        c.setFont('Sans', 7.5)
        c.drawRightString(W - mR, H - 13 * mm, T('n° 7 · décembre · page %d' % n))
        hrule(mL, W - mR, H - 15 * mm, 0.8)
        return H - 18 * mm

    # =============== page 1
    c.setFillColor(colors.black)
    c.setFont('Serif-B', 30)
    c.drawString(mL, H - 24 * mm, T('L\u2019Écho des alliances'))
    c.setFont('Sans', 7.5)
    c.drawString(mL, H - 29 * mm, T('Lettre d\u2019information sur les partenariats d\u2019intérêt général · n° 7'))
    c.drawRightString(W - mR, H - 29 * mm, T('Édition de décembre · 3 pages'))
    hrule(mL, W - mR, H - 31 * mm, 2)
    hrule(mL, W - mR, H - 32.2 * mm, 0.4)
    top = H - 35 * mm
    band_h = 30 * mm
    band_top = bottom + band_h
    head_h = 42 * mm
    # titre de une sur colonnes 1-2
    fill_chain([fr(xs[0], top - head_h, wide2, head_h, 'p1head')], [
        P('CHARTE', kick),
        P('La Charte du faire alliance dévoilée à Saint-Maurice', hdw),
        P('Un « contrat de confiance » entre acteurs d\u2019un même territoire\u00a0: c\u2019est ainsi que ses '
          'promoteurs présentent la Charte du faire alliance. Le texte est le fruit de trois mois de '
          'co-construction pilotés par la Fondation des Territoires.', chap),
    ])
    ytxt = top - head_h
    charte = [
        P('La charte a été lancée le 30 novembre 2021, à l\u2019occasion du Giving Tuesday, lors d\u2019une '
          'soirée organisée avec VitaWin à Saint-Maurice, sur le territoire de Paris-Est Marne & Bois. Le '
          'choix du lieu n\u2019est pas anodin\u00a0: ce territoire fait partie des pilotes de la démarche '
          '« Agir ensemble en Territoire » (lire page 2).', body),
        P('Une précision s\u2019impose pour les lecteurs attentifs\u00a0: une annonce publiée sur un site '
          'ministériel évoquait le « mardi 30 septembre » pour cette soirée. Les comptes rendus de '
          'l\u2019événement retiennent le 30 novembre 2021, jour du Giving Tuesday. Nous donnons ici les deux '
          'versions, faute d\u2019avoir pu trancher autrement que par les comptes rendus.', body),
        P('Le texte ne crée pas d\u2019obligation juridique. Il propose des repères partagés à ceux qui veulent '
          'travailler ensemble — associations, entreprises, collectivités, fondations — et les invite à se '
          'reconnaître mutuellement comme partenaires, avec leurs différences de taille, de culture et de '
          'calendrier.', body),
        P('Ses artisans insistent sur le mot « confiance ». Une charte, disent-ils, ne remplace ni une '
          'convention ni un budget\u00a0; elle fixe la manière dont on se parle avant de signer quoi que ce '
          'soit. C\u2019est en ce sens qu\u2019ils parlent d\u2019un « contrat de confiance »\u00a0: un engagement '
          'moral, lisible par tous, qui précède les engagements juridiques et financiers.', body),
        P('Pour les trois mois de co-construction, la Fondation des Territoires a réuni des acteurs de '
          'terrain qui, chacun à sa façon, pratiquaient déjà l\u2019alliance. Le texte final se veut court. '
          'Une responsable associative présente à Saint-Maurice le résume ainsi\u00a0: « On ne découvre rien, '
          'mais on se donne enfin les mêmes mots. »', body),
        photo(wide2 / 2 - 6, 52 * mm, '[ photo\u00a0: la soirée de lancement ]'),
        Spacer(1, 2 * mm),
        P('Reste à faire vivre la charte. Ses promoteurs comptent sur les territoires déjà engagés pour la '
          'diffuser, et sur les réseaux d\u2019élus, d\u2019entreprises et d\u2019associations pour la relayer. '
          'Rendez-vous est pris pour un premier bilan, que la rédaction suivra.', body),
        P('Légende de la photo ci-dessus\u00a0: la soirée de lancement, à Saint-Maurice (photographie '
          'non reproduite).', capst),
    ]
    fill_chain([fr(xs[0], band_top + 2 * mm, colw, ytxt - band_top - 2 * mm, 'p1a'),
                fr(xs[1], band_top + 2 * mm, colw, ytxt - band_top - 2 * mm, 'p1b')], charte)
    # colonne 3
    sommaire = Table([[P('DANS CE NUMÉRO', boxh)],
                      [P('<b>Page 2.</b> Vers un droit de l\u2019alliance d\u2019intérêt général · « Agir ensemble '
                         'en Territoire » · Un parcours pour les territoires pionniers', brief)],
                      [P('<b>Page 3.</b> Suite de la Fondation des Territoires · Le dîner « Élus & Entreprises » · '
                         'Agenda · Études', brief)]], colWidths=[colw - 4])
    sommaire.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), colors.black),
                                  ('BOX', (0, 0), (-1, -1), 0.8, colors.black)]))
    fill_chain([fr(xs[2], band_top + 2 * mm, colw, top - band_top - 2 * mm, 'p1c')], [
        P('FONDATION', kick),
        P('La Fondation des Territoires a vu le jour', hd),
        P('Il aura fallu près de quatre ans de préfiguration. Lancée en juillet 2018, la démarche a suivi trois '
          'étapes\u00a0: de juillet 2018 à juillet 2019, d\u2019août 2019 à novembre 2020, puis de décembre 2020 '
          'à mai 2022.', body),
        P('La Fondation des Territoires a été créée le 14 juin 2022 sous l\u2019égide de la Fondation de Lille. '
          'Elle réunit 21 co-fondateurs et s\u2019est donné trois missions.', body),
        P('Son ambition est de donner un cadre durable à ce qui, jusqu\u2019ici, reposait sur des initiatives '
          'dispersées\u00a0: la capacité des acteurs d\u2019un territoire à construire ensemble des réponses à '
          'leurs propres besoins. Ses fondateurs veulent en faire un point d\u2019appui pour les élus, les '
          'entreprises et les associations qui se lancent.', body),
        P('Suite page 3', cont),
        Spacer(1, 6 * mm),
        sommaire,
    ])
    # bandeau bas
    c.setFillColor(colors.HexColor('#f3ece0'))
    c.rect(mL, bottom, wide3, band_h - 2 * mm, stroke=0, fill=1)
    fill_chain([Frame(mL + 3 * mm, bottom + 1 * mm, wide3 - 6 * mm, band_h - 4 * mm, id='p1band',
                      leftPadding=0, rightPadding=0)], [
        P('EN BREF', kick),
        P('<b>ODD 17.</b> L\u2019objectif de développement durable consacré aux partenariats compte 19 cibles, '
          'rappelle la note du Comité 21 « ODD 17\u00a0: Sens, décryptages, déclinaisons », parue un 5 juillet. '
          '<b>Fonds ODD 17.</b> Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, il est doté de '
          '1,5 M€ pour une expérimentation de 3 ans et vise 350 « catalyseurs territoriaux ». '
          '<b>Plateforme.</b> Les ressources M.E.D.O.C. sont en ligne sur www.odd17.org.', brief),
    ])
    vrule(xs[1] - gut / 2, band_top + 1 * mm, ytxt - 1 * mm)
    vrule(xs[2] - gut / 2, band_top + 1 * mm, top)
    folio(1)
    c.showPage()

    # =============== page 2
    top = small_head(2)
    lawh = 25 * mm
    fill_chain([fr(mL, top - lawh, wide3, lawh, 'p2head')], [
        P('LÉGISLATION', kick),
        P('Vers un droit de l\u2019alliance d\u2019intérêt général', hdw),
        P('De la mission ministérielle à la proposition de loi\u00a0: retour sur une séquence ouverte en 2019.', chap),
    ])
    mid = 128 * mm  # limite entre le haut et le bas de page
    law = [
        P('L\u2019histoire commence au Forum national des associations et fondations (FNAF) de 2019. Gabriel '
          'Attal y confie une mission ministérielle à Cathy Racon-Bouzon et à Charles-Benoît Heidsieck, '
          'président-fondateur de Le RAMEAU.', body),
        P('Le rapport est remis le 7 mai 2020. Un bilan est dressé le 17 octobre 2020. Dans la foulée, une '
          '« feuille de route » ministérielle de 21 mesures est arrêtée.', body),
        P('Étape suivante\u00a0: une proposition de loi portée par Cathy Racon-Bouzon, déposée en février, '
          'agréée par le Bureau de l\u2019Assemblée nationale puis publiée au Journal officiel. Elle consacre '
          'un « droit de l\u2019alliance d\u2019intérêt général ».', body),
        P('Pour ses défenseurs, il ne s\u2019agit pas de créer une contrainte de plus, mais de reconnaître une '
          'pratique\u00a0: celle d\u2019acteurs de natures différentes qui décident d\u2019agir ensemble pour '
          'l\u2019intérêt général. La reconnaissance juridique doit, selon eux, sécuriser ceux qui prennent ce '
          'chemin et encourager ceux qui hésitent encore.', body),
        P('Les chiffres cités à l\u2019appui sont éloquents\u00a0: 81 % des Français évoquent un « devoir '
          'd\u2019alliance », 92 % des maires un « besoin d\u2019alliance » et 84 % des dirigeants '
          'd\u2019entreprises une « envie d\u2019alliance ».', body),
        P('Reste à savoir comment les acteurs s\u2019en saisiront\u00a0: comment reconnaître une alliance, '
          'comment en rendre compte, comment en mesurer les effets\u00a0? Ce sera affaire d\u2019expérience, '
          'territoire par territoire.', body),
    ]
    fill_chain([fr(xs[i], mid + 2 * mm, colw, top - lawh - mid - 2 * mm, 'p2l%d' % i) for i in range(2)], law)
    chrono = Table([[P('CHRONOLOGIE', boxh)],
                    [P('<b>2019.</b> Au FNAF, Gabriel Attal confie une mission ministérielle.', brief)],
                    [P('<b>7 mai 2020.</b> Remise du rapport de la mission.', brief)],
                    [P('<b>17 octobre 2020.</b> Bilan.', brief)],
                    [P('<b>Février.</b> Dépôt de la proposition de loi portée par Cathy Racon-Bouzon.', brief)],
                    [P('<b>Ensuite.</b> Agrément par le Bureau de l\u2019Assemblée nationale, publication au '
                       'Journal officiel\u00a0; feuille de route de 21 mesures.', brief)]],
                   colWidths=[colw - 4])
    chrono.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), colors.black),
                                ('BOX', (0, 0), (-1, -1), 0.8, colors.black),
                                ('LINEBELOW', (0, 1), (-1, -2), 0.3, colors.grey),
                                ('BACKGROUND', (0, 1), (-1, -1), colors.HexColor('#f2f2f2'))]))
    fill_chain([fr(xs[2], mid + 2 * mm, colw, top - lawh - mid - 2 * mm, 'p2l2')], [chrono])
    vrule(xs[1] - gut / 2, mid + 3 * mm, top - lawh)
    vrule(xs[2] - gut / 2, mid + 3 * mm, top - lawh)
    hrule(mL, W - mR, mid, 1.2)
    agir = [
        P('TERRITOIRES', kick),
        P('« Agir ensemble en Territoire », une démarche née en 2010', hd),
        P('La démarche « Agir ensemble en Territoire » a été initiée en 2010, au lendemain de l\u2019étude '
          'ARPEA-Collectivités locales menée par Comisis et OpinionWay. Elle s\u2019est appuyée sur trois '
          'territoires pilotes.', body),
        P('En Alsace, le pilote a été porté avec Alsace Active. En Poitou-Charentes, c\u2019est le Groupe La '
          'Poste qui a accompagné la démarche. Le troisième pilote est Paris-Est Marne & Bois, là même où '
          'la Charte du faire alliance a été dévoilée en 2021.', body),
        P('Dans chacun de ces territoires, l\u2019idée était la même\u00a0: partir des besoins identifiés '
          'localement, réunir autour de la table ceux qui peuvent y répondre, et outiller la coopération '
          'plutôt que de la proclamer. Les pilotes n\u2019ont pas suivi un modèle unique\u00a0; chacun a '
          'trouvé son rythme et ses porteurs.', body),
        P('Ces expériences ont nourri une conviction\u00a0: la co-construction territoriale ne se décrète '
          'pas, elle s\u2019outille. Elles ont aussi montré le rôle des structures d\u2019appui — réseaux, '
          'fondations, acteurs de la finance solidaire — pour faire durer les alliances au-delà du premier '
          'élan.', body),
        P('Plus de dix ans après, la démarche sert encore de référence à ceux qui veulent lancer une '
          'dynamique locale. Ses enseignements ont irrigué les travaux ultérieurs sur la co-construction '
          'territoriale.', body),
    ]
    fill_chain([fr(xs[0], bottom, colw, mid - bottom - 2 * mm, 'p2a'),
                fr(xs[1], bottom, colw, mid - bottom - 2 * mm, 'p2b')], agir)
    chiffre = Table([[P('LE CHIFFRE', boxh)],
                     [P('21', S('bign', 'Sans-B', 30, 34, alignment=TA_CENTER, textColor=red))],
                     [P('mesures dans la feuille de route ministérielle qui accompagne le droit de l\u2019alliance '
                        'd\u2019intérêt général.', S('bx', 'Cond', 8.2, 10, alignment=TA_CENTER))]],
                    colWidths=[colw - 4])
    chiffre.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), red), ('BOX', (0, 0), (-1, -1), 0.8, red),
                                 ('BACKGROUND', (0, 1), (-1, -1), colors.HexColor('#fbeeee'))]))
    fill_chain([fr(xs[2], bottom, colw, mid - bottom - 2 * mm, 'p2c')], [
        P('EXPÉRIMENTATION', kick),
        P('Un parcours pour les territoires pionniers', hds),
        P('Le CGET et Le RAMEAU ont lancé un parcours d\u2019expérience de 18 mois réunissant 11 territoires '
          'pionniers\u00a0; la première session s\u2019est tenue le 3 mai. Une autre présentation du même '
          'programme parle du « CGET et de 10 territoires pilotes »\u00a0: le décompte varie selon la source.',
          body),
        P('Le principe\u00a0: apprendre en faisant. Chaque territoire avance sur son projet\u00a0; les '
          'sessions communes servent à confronter les pratiques.', body),
        Spacer(1, 3 * mm),
        chiffre,
    ])
    vrule(xs[1] - gut / 2, bottom, mid - 2 * mm)
    vrule(xs[2] - gut / 2, bottom, mid - 2 * mm)
    folio(2)
    c.showPage()

    # =============== page 3
    top = small_head(3)
    agenda = Table([[P('AGENDA — NORMANDIE ET AU-DELÀ', boxh)],
                    [P('<b>15 novembre.</b> Dossier JURIS Associations n° 628 consacré aux alliances.', brief)],
                    [P('<b>23 novembre.</b> 3e dîner « Élus & Entreprises ».', brief)],
                    [P('<b>26 novembre.</b> Publication du 11e rapport régional de l\u2019Observatoire des '
                       'partenariats, consacré à la Normandie.', brief)],
                    [P('<b>26 novembre.</b> 5e webinaire « l\u2019ODD 17 en pratique ».', brief)]],
                   colWidths=[wide2 - 4])
    agenda.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), red),
                                ('BOX', (0, 0), (-1, -1), 0.8, red),
                                ('BACKGROUND', (0, 1), (-1, -1), colors.HexColor('#fbeeee'))]))
    fill_chain([fr(xs[0], bottom, colw, top - bottom, 'p3a')], [
        P('Suite de la page 1', contl),
        P('La Fondation des Territoires a vu le jour', hds),
        P('Pour ses promoteurs, la nouvelle fondation prolonge le travail engagé depuis des années sur la '
          'co-construction territoriale. Elle a notamment piloté les trois mois de co-construction de la Charte '
          'du faire alliance, avant même sa création officielle.', body),
        P('Le choix de la Fondation de Lille comme fondation abritante permet d\u2019avancer sans attendre une '
          'reconnaissance propre. Les 21 co-fondateurs, venus d\u2019horizons variés, siègent à ses côtés.',
          body),
        P('Les trois étapes de la préfiguration — juillet 2018 à juillet 2019, août 2019 à novembre 2020, '
          'décembre 2020 à mai 2022 — ont permis de tester le projet auprès des territoires avant de lui '
          'donner une forme juridique.', body),
        P('Ses trois missions doivent être précisées au fil des premiers exercices. La fondation ne publie pas, '
          'à ce stade, la composition de son bureau.', body),
        Spacer(1, 4 * mm),
        P('ÉTUDES', kick),
        P('Les fondations sous la loupe', hds),
        P('L\u2019étude IMPACT Fondations & Territoires a été publiée le 23 septembre\u00a0; 42 fondations ont '
          'été interrogées. Une fiche acteur, « Dynamique d\u2019engagement des Fondations », en reprend '
          'l\u2019essentiel.', body),
        P('Côté collectivités, la fiche-repère « Les dynamiques d\u2019engagement des Collectivités '
          'territoriales » est issue de l\u2019étude IMPACT-Élus locaux de novembre 2020, réalisée par '
          'Comisis et OpinionWay.', body),
    ])
    fill_chain([fr(xs[1], bottom, wide2, top - bottom, 'p3bc')], [
        P('DÎNER', kick),
        P('Élus et entreprises autour de la même table', hdw),
        P('Le dîner « Élus & Entreprises » s\u2019est imposé comme un rendez-vous. Deux chiffres ont animé la '
          'dernière édition\u00a0: 64 % des élus locaux veulent s\u2019appuyer sur le « jouer collectif », et '
          '92 % des maires reconnaissent l\u2019utilité de la co-construction. Ce 92 % n\u2019est pas celui du '
          '« besoin d\u2019alliance » cité en page 2, même s\u2019il porte sur les maires.', body),
        P('Autour de la table, la discussion a surtout porté sur la méthode\u00a0: comment passer d\u2019une '
          'intention partagée à des projets concrets, et comment associer les entreprises du territoire '
          'sans leur demander seulement de financer. Plusieurs élus ont plaidé pour des espaces de dialogue '
          'réguliers plutôt que des grands-messes.', body),
        Spacer(1, 3 * mm),
        agenda,
        Spacer(1, 5 * mm),
        photo(wide2 - 4, 85 * mm, '[ illustration\u00a0: carte des rapports régionaux ]'),
        Spacer(1, 2 * mm),
        P('La carte ci-dessus situe les rapports régionaux de l\u2019Observatoire\u00a0; le 11e, consacré à la '
          'Normandie, est paru le 26 novembre.', capst),
        Spacer(1, 6 * mm),
        P('L\u2019Écho des alliances — lettre d\u2019information, n° 7. Rédaction\u00a0: le comité de rédaction. '
          'Les articles peuvent être reproduits avec mention de la source.', S('ours', 'Sans', 6.8, 8.4,
                                                                               textColor=colors.grey)),
    ])
    vrule(xs[1] - gut / 2, bottom, top - 2 * mm)
    folio(3)
    c.showPage()
    c.save()
    return path


# ---------------------------------------------------------------------------------------------
# 5. Transcription de discours d'ouverture, 3 pages
# ---------------------------------------------------------------------------------------------
def doc5():
    fname = PREFIX + '05-discours-ouverture-rencontres.pdf'
    mL, mR, mT, mB = 24 * mm, 24 * mm, 26 * mm, 24 * mm

    def deco(c, doc):
        c.saveState()
        c.setFont('Sans-I', 7.5)
        c.setFillColor(colors.HexColor('#555555'))
        c.drawString(mL, H - 15 * mm, T('Rencontres territoriales des alliances · Séance d\u2019ouverture'))
        c.drawRightString(W - mR, H - 15 * mm, T('Transcription — verbatim non relu'))
        c.setLineWidth(0.4)
        c.line(mL, H - 17 * mm, W - mR, H - 17 * mm)
        c.setFont('Sans', 8)
        c.drawCentredString(W / 2, 12 * mm, T('– %d –' % (4 + doc.page)))
        c.restoreState()

    fr = Frame(mL, mB, W - mL - mR, H - mT - mB, id='b')
    tpl = PageTemplate('d', [fr], onPage=deco)
    ttl = S('t', 'Serif-B', 15, 19, alignment=TA_CENTER, spaceAfter=3)
    sub = S('s', 'Serif-I', 9.5, 12, alignment=TA_CENTER, spaceAfter=10)
    spk = S('spk', 'Sans-B', 8.5, 11, spaceBefore=7, spaceAfter=1, textColor=colors.HexColor('#2b3a67'))
    body = S('body', 'Serif', 9.6, 13.2, alignment=TA_JUSTIFY, spaceAfter=4, firstLineIndent=5 * mm)
    stage = S('stage', 'Serif-I', 9.2, 12, spaceAfter=4, leftIndent=5 * mm, textColor=colors.HexColor('#555555'))
    foot = S('f', 'Sans', 7, 9)

    def sp(name):
        return P(name, spk)

    def b(t):
        return P(t, body)

    def sd(t):
        return P('<i>[' + t + ']</i>', stage)

    st = [P('Discours d\u2019ouverture', ttl),
          P('Rencontres territoriales des alliances — transcription de la séance plénière<super>1</super>', sub),
          sd('La salle se remplit. Lumières sur la tribune.'),
          sp('LA MAÎTRESSE DE CÉRÉMONIE'),
          b('Mesdames et Messieurs, bonjour et bienvenue. Nous allons commencer. J\u2019ai le plaisir '
            'd\u2019appeler à la tribune le délégué aux partenariats territoriaux, qui va ouvrir nos travaux.'),
          sd('Applaudissements'),
          sp('LE DÉLÉGUÉ AUX PARTENARIATS TERRITORIAUX'),
          b('Merci. Merci à toutes et à tous d\u2019être là, si nombreux, un matin de semaine. Je voudrais '
            'commencer par une date\u00a0: 2006. C\u2019est l\u2019année où Le RAMEAU a été créé, avec un statut '
            'associatif d\u2019intérêt général et une ambition un peu étrange à l\u2019époque\u00a0: être un '
            'laboratoire de recherche empirique sur les alliances. Un laboratoire, cela veut dire qu\u2019on '
            'observe avant de conclure.'),
          b('Trois missions guident ce laboratoire, et la première est de témoigner\u00a0: montrer ce qui se '
            'fait. Il y a aujourd\u2019hui plus de 1 000 exemples inspirants recensés. Il y a quinze ans de '
            'recherche, dont cinq ans d\u2019étude d\u2019impact. Et il y a des expérimentations conduites auprès de '
            'plus de 500 organisations depuis 2006.'),
          sd('Quelques applaudissements'),
          b('Certains d\u2019entre vous me diront\u00a0: « Tout cela, ce sont des convictions. » Alors parlons '
            'chiffres. Quand on a demandé si les partenariats étaient une source d\u2019innovation, 74 % des '
            'Français ont répondu oui — une autre édition de ces résultats parle de 69 % des citoyens, je vous '
            'donne les deux. Et ce sont 81 % des dirigeants d\u2019entreprise, 86 % des responsables associatifs '
            'et 87 % des maires qui ont dit la même chose.'),
          b('Chez les maires, justement, 76 % considèrent que leur territoire est engagé. Mais 46 % avouent ne '
            'pas savoir piloter cette dynamique. C\u2019est pour eux, c\u2019est pour vous, que nous sommes réunis '
            'aujourd\u2019hui.'),
          sd('Applaudissements'),
          sp('UNE VOIX DANS LA SALLE'),
          b('Et les habitants, dans tout ça\u00a0?'),
          sd('Rires'),
          sp('LE DÉLÉGUÉ AUX PARTENARIATS TERRITORIAUX'),
          b('Vous avez raison de poser la question, Madame. Les habitants sont au rendez-vous. 81 % des '
            'Français parlent d\u2019un « devoir d\u2019alliance ». 92 % des maires expriment un « besoin '
            'd\u2019alliance ». Et 84 % des dirigeants d\u2019entreprises ont une « envie d\u2019alliance ». Le '
            'devoir, le besoin, l\u2019envie\u00a0: je n\u2019ai pas trouvé meilleure devise.'),
          sd('Applaudissements prolongés'),
          b('Je veux aussi rappeler ce que la crise sanitaire nous a appris. Au sortir de la crise, 81 % des '
            'Français et 84 % des dirigeants de TPE et de PME jugeaient utile la co-construction pour rebondir — '
            'pour « jouer collectif en sortie de crise ». Et pour agir vite et bien, plus de 250 données ont été '
            'inventoriées et mises à disposition. Vous remarquerez que 81 % et 84 % reviennent souvent dans '
            'mes propos\u00a0: ce ne sont pas les mêmes questions, ni toujours les mêmes publics.'),
          b('Un mot, enfin, sur le droit. Une proposition de loi portée par Cathy Racon-Bouzon a consacré le '
            'droit de l\u2019alliance d\u2019intérêt général. Elle a été agréée par le Bureau de l\u2019Assemblée '
            'nationale et publiée au Journal officiel, et elle s\u2019accompagne d\u2019une feuille de route '
            'ministérielle de 21 mesures.'),
          sd('Applaudissements'),
          sp('LA MAÎTRESSE DE CÉRÉMONIE'),
          b('Merci. Avant la première table ronde, une question de calendrier revient souvent\u00a0: d\u2019où '
            'viennent les programmes dont on parlera ce matin\u00a0?'),
          sp('LE DÉLÉGUÉ AUX PARTENARIATS TERRITORIAUX'),
          b('Le programme IMPACT, qui a couvert les années 2018 à 2022, a été mené avec la Caisse des Dépôts, '
            'l\u2019Institut CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU. Il '
            'mesurait trois indicateurs\u00a0: l\u2019innovation, la performance et la confiance. Il a pris la '
            'suite de PHARE, qui avait lui-même pris la suite d\u2019ARPEA.'),
          b('Et si vous voulez retenir une seule chose de ce matin, retenez celle-ci\u00a0: l\u2019alliance '
            'n\u2019est pas un supplément d\u2019âme. C\u2019est une méthode. Je vous remercie.'),
          sd('Applaudissements. L\u2019orateur quitte la tribune.'),
          sp('LA MAÎTRESSE DE CÉRÉMONIE'),
          b('Merci beaucoup. Je vous propose une courte pause technique le temps d\u2019installer la première '
            'table ronde, consacrée aux maires et aux collectivités.'),
          sd('Pause. Fin de la séance d\u2019ouverture.'),
          Spacer(1, 6 * mm),
          P('<super>1</super> Transcription établie à partir de l\u2019enregistrement de la séance\u00a0; les '
            'intervenants sont désignés par leur fonction. Les indications entre crochets décrivent les '
            'réactions de la salle.', foot),
          ]
    return make_doc(fname, [tpl], st, 'Discours d\u2019ouverture — transcription')


# ---------------------------------------------------------------------------------------------
# 6. Affiche / depliant : gros chiffres + verso en petits caracteres, 2 pages
# ---------------------------------------------------------------------------------------------
def doc6():
    fname = PREFIX + '06-affiche-chiffres-cles.pdf'
    path = os.path.join(OUT, fname)
    c = rl_canvas.Canvas(path, pagesize=A4, invariant=1)
    c.setTitle('L\u2019alliance en chiffres — affiche')
    c.setAuthor('s71')
    c.setSubject('Jeu aveugle s71')
    c.setCreator('make_docs.py s71')
    navy = colors.HexColor('#14213d')
    gold = colors.HexColor('#fca311')
    # recto
    c.setFillColor(navy)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(gold)
    c.setFont('Sans-B', 30)
    c.drawString(15 * mm, H - 28 * mm, T('L\u2019ALLIANCE'))
    c.setFillColor(colors.white)
    c.drawString(15 * mm, H - 40 * mm, T('EN CHIFFRES'))
    c.setFont('Sans', 9)
    c.drawString(15 * mm, H - 48 * mm, T('Associations, entreprises, collectivités, fondations\u00a0: ce que disent les repères.'))
    small = S('sm', 'Sans', 8.2, 10, textColor=colors.white, alignment=TA_CENTER)
    smallg = S('smg', 'Sans-B', 8.2, 10, textColor=gold, alignment=TA_CENTER)
    cells = [
        ('Association créée en', '2006', 'Le RAMEAU, laboratoire de recherche empirique sur les alliances'),
        (None, '+ de 1 000', 'exemples inspirants recensés'),
        (None, '+ de 500', 'organisations associées à des expérimentations depuis 2006'),
        ('L\u2019ODD 17 compte', '19', 'cibles (note du Comité 21)'),
        (None, '350', 'catalyseurs territoriaux visés par le Fonds ODD 17'),
        ('Fonds ODD 17 : une dotation de', '1,5 M€', 'pour une expérimentation sur 3\u00a0ans'),
        (None, '21', 'co-fondateurs de la Fondation des Territoires, créée le 14 juin 2022'),
        (None, '148 000', 'associations employeuses : l\u2019univers de l\u2019étude IMPACT – Associations & Territoires'),
        (None, '98 %', 'd\u2019entre elles ont des partenariats'),
        (None, '42', 'fondations interrogées pour l\u2019étude IMPACT Fondations & Territoires'),
        ('Une feuille de route ministérielle de', '21', 'mesures pour le droit de l\u2019alliance d\u2019intérêt général'),
        (None, '11', 'territoires pionniers, 18 mois de parcours CGET + Le RAMEAU'),
    ]
    cols, rows_ = 3, 4
    gx, gy = 15 * mm, 18 * mm
    cw = (W - 2 * gx) / cols
    top = H - 58 * mm
    chh = (top - gy) / rows_
    for i, (above, big, below) in enumerate(cells):
        r, k = divmod(i, cols)
        x0 = gx + k * cw
        y0 = top - (r + 1) * chh
        c.setStrokeColor(colors.HexColor('#2f3e63'))
        c.setLineWidth(0.6)
        c.rect(x0 + 2 * mm, y0 + 2 * mm, cw - 4 * mm, chh - 4 * mm, stroke=1, fill=0)
        cx = x0 + cw / 2
        size = 40 if len(big) <= 4 else (30 if len(big) <= 7 else 24)
        ybig = y0 + chh * 0.48
        if above:
            p = P(above, smallg)
            pw, ph = p.wrap(cw - 12 * mm, 30 * mm)
            p.drawOn(c, x0 + 6 * mm, ybig + size * 0.85 + 2 * mm)
        c.setFillColor(gold if i % 2 == 0 else colors.white)
        c.setFont('Sans-B', size)
        c.drawCentredString(cx, ybig, T(big))
        p = P(below, small)
        pw, ph = p.wrap(cw - 12 * mm, 30 * mm)
        p.drawOn(c, x0 + 6 * mm, ybig - 4 * mm - ph)
    c.setFillColor(colors.white)
    c.setFont('Sans', 6.5)
    c.drawString(15 * mm, 10 * mm, T('Sources et définitions au verso.'))
    c.drawRightString(W - 15 * mm, 10 * mm, T('Observatoire des partenariats · Le RAMEAU'))
    c.showPage()

    # verso : petits caracteres sur deux colonnes
    c.setFillColor(colors.black)
    c.setFont('Sans-B', 11)
    c.drawString(15 * mm, H - 20 * mm, T('Sources, définitions et mentions'))
    c.setLineWidth(0.5)
    c.line(15 * mm, H - 22 * mm, W - 15 * mm, H - 22 * mm)
    fine = S('fine', 'Cond', 7.8, 9.8, alignment=TA_JUSTIFY, spaceAfter=3)
    fineh = S('fineh', 'Cond-B', 8.4, 10.4, spaceBefore=5, spaceAfter=1)
    colw = (W - 30 * mm - 6 * mm) / 2
    fl = Frame(15 * mm, 20 * mm, colw, H - 45 * mm, id='v1', leftPadding=0, rightPadding=0)
    fr_ = Frame(15 * mm + colw + 6 * mm, 20 * mm, colw, H - 45 * mm, id='v2', leftPadding=0, rightPadding=0)
    items = [
        P('Le RAMEAU', fineh),
        P('Association créée en 2006, au statut d\u2019intérêt général, Le RAMEAU se présente comme un « laboratoire '
          'de recherche empirique » et un « laboratoire d\u2019innovations partenariales ». Il a recensé plus de '
          '1 000 exemples inspirants et conduit des expérimentations auprès de plus de 500 organisations depuis '
          '2006. Président-fondateur\u00a0: Charles-Benoît Heidsieck. Directrice générale\u00a0: Laurence Weber.',
          fine),
        P('ODD 17 et Fonds ODD 17', fineh),
        P('L\u2019ODD 17 compte 19 cibles, selon la note du Comité 21 « ODD 17\u00a0: Sens, décryptages, '
          'déclinaisons » publiée le 5 juillet. Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la '
          'Fondation TotalEnergies\u00a0; sa dotation de 1,5 M€ finance une expérimentation sur 3 ans visant '
          '350 « catalyseurs territoriaux ». M.E.D.O.C. signifie Méthodes, Exemples, Données, Outils, '
          'Compétences (plateforme www.odd17.org).', fine),
        P('Fondation des Territoires', fineh),
        P('Préfiguration lancée en juillet 2018\u00a0; création le 14 juin 2022 sous l\u2019égide de la Fondation '
          'de Lille\u00a0; 21 co-fondateurs\u00a0; trois missions.', fine),
        P('Études citées', fineh),
        P('IMPACT – Associations & Territoires\u00a0: 148 000 associations employeuses, dont 98 % ont des '
          'partenariats. IMPACT Fondations & Territoires\u00a0: 42 fondations interrogées, publication le 23 '
          'septembre. Parcours d\u2019expérience CGET + Le RAMEAU\u00a0: 11 territoires pionniers sur 18 mois '
          '(une autre source mentionne 10 territoires pilotes).', fine),
        P('Note du 29 février 2016 sur les modèles de co-construction', fineh),
        P('La note relève des niveaux d\u2019engagement de 37 % parmi les entreprises de 10 salariés et plus, de '
          '38 % parmi les associations — 53 % parmi les associations employeuses — et de 65 % parmi les '
          '« pionniers ».', fine),
        P('ARPEA Entreprises & Territoires (janvier 2011)', fineh),
        P('21 % des entreprises développent des partenariats avec des associations, 33 % souhaitent le faire et '
          '46 % ne le souhaitent pas. Attention\u00a0: ce 21 % n\u2019a aucun rapport avec les 21 co-fondateurs '
          'ni avec les 21 mesures du recto.', fine),
        P('Droit de l\u2019alliance', fineh),
        P('La proposition de loi relative au « droit de l\u2019alliance d\u2019intérêt général », portée par Cathy '
          'Racon-Bouzon, s\u2019accompagne d\u2019une feuille de route ministérielle de 21 mesures.', fine),
    ]
    coupon = Table([[P('<b>COUPON — recevoir la lettre d\u2019information</b>', fine)],
                    [P('Nom\u00a0: ........................................................', fine)],
                    [P('Organisation\u00a0: ...............................................', fine)],
                    [P('Courriel\u00a0: ...................................................', fine)],
                    [P('À renvoyer via le formulaire en ligne (voir « Contact »).', fine)]],
                   colWidths=[colw])
    coupon.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, colors.black),
                                ('LINEBELOW', (0, 0), (-1, 0), 0.4, colors.black)]))
    items_r = [
        P('Pour aller plus loin', fineh),
        P('— Rapport quinquennal de l\u2019Observatoire, 11 décembre 2012.', fine),
        P('— PHARE-Institutions, 29 novembre 2016 (cinq profils de maires).', fine),
        P('— Fiche-repère « Les dynamiques d\u2019engagement des Collectivités territoriales », issue de l\u2019étude '
          'IMPACT-Élus locaux (novembre 2020).', fine),
        P('— Fiche acteur « Dynamique d\u2019engagement des Fondations ».', fine),
        P('— Dossier JURIS Associations n° 628.', fine),
        P('Contact', fineh),
        P('Pour toute question sur ces chiffres, écrivez à l\u2019Observatoire via le formulaire en ligne\u00a0: '
          'observatoire-des-partenariats.fr/contact-affiche. Les demandes reçoivent une réponse écrite.', fine),
        Spacer(1, 4 * mm),
        coupon,
        Spacer(1, 4 * mm),
        P('Mentions', fineh),
        P('Affiche d\u2019information diffusée gratuitement. Ne pas jeter sur la voie publique. Les chiffres '
          'présentés sont des arrondis publiés par leurs sources\u00a0; se reporter aux études pour les '
          'populations et les dates de terrain. Réf. affiche\u00a0: OBS-AFF-07. Imprimé sur papier recyclé.', fine),
    ]
    rest = list(items_r)
    fr_.addFromList(rest, c)
    if rest:
        raise RuntimeError('debordement verso droite')
    rest = list(items)
    fl.addFromList(rest, c)
    if rest:
        raise RuntimeError('debordement verso')
    c.setFont('Sans', 6.5)
    c.drawString(15 * mm, 10 * mm, T('Verso'))
    c.showPage()
    c.save()
    return path


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for f in (doc1, doc2, doc3, doc4, doc5, doc6):
        p = f()
        import pypdf
        print(os.path.basename(p), len(pypdf.PdfReader(p).pages), 'pages')
