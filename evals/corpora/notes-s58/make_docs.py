#!/usr/bin/env python3
"""Génère 10 pages web courtes de l'Observatoire des partenariats « imprimées en PDF ».

Usage : python make_docs.py [DOSSIER_SORTIE]   (défaut : le dossier du script)

Chaque PDF imite l'impression navigateur d'une page du site : ligne d'impression
(date d'impression + titre), bandeau du site, menu, libellé de type en capitales,
fil d'Ariane, date de publication (ou aucune), corps (puces, tableaux, encadrés),
pied de page répété (mentions, copyright), puis adresse web + pagination en bas.
Les faits viennent de /work/shared/facts.md, reformulés.
"""
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, FrameBreak, NextPageTemplate,
                                PageBreak, KeepTogether)

FONT_DIR = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FONT_DIR + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DV-B', FONT_DIR + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DV-I', FONT_DIR + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('DV-BI', FONT_DIR + 'DejaVuSans-BoldOblique.ttf'))
addMapping('DV', 0, 0, 'DV')
addMapping('DV', 1, 0, 'DV-B')
addMapping('DV', 0, 1, 'DV-I')
addMapping('DV', 1, 1, 'DV-BI')

GREEN = colors.HexColor('#1f4e3d')
LIGHT = colors.HexColor('#e8efe9')
ACCENT = colors.HexColor('#b5522b')
GREY = colors.HexColor('#555555')

SITE = 'Observatoire des partenariats'
MENU = ['Accueil', 'Qui sommes-nous', 'Études', 'Fiches repères', 'Actualités',
        'Territoires', 'Veille', 'Contact']
FOOT1 = 'Mentions légales · Politique de confidentialité · Plan du site · Accessibilité · Nous écrire'
FOOT2 = '© 2008-2025 Le RAMEAU – Observatoire des partenariats. Reproduction autorisée avec mention de la source.'
BASE = 'https://observatoire-des-partenariats.fr'


def fix(s):
    """Espaces insécables typographiques, esperluette échappée."""
    s = s.replace(' & ', ' &amp; ')
    s = re.sub(r'(\d) (\d{3})', '\\1\u00a0\\2', s)
    s = re.sub(r'(\d) (\d{3})', '\\1\u00a0\\2', s)
    s = s.replace(' %', '\u00a0%').replace(' €', '\u00a0€').replace(' M€', '\u00a0M€')
    s = s.replace('« ', '«\u00a0').replace(' »', '\u00a0»')
    return s


def styles(width):
    ss = {}
    ss['body'] = ParagraphStyle('body', fontName='DV', fontSize=9.2, leading=13,
                                spaceAfter=5, alignment=TA_LEFT, splitLongWords=0)
    ss['chapo'] = ParagraphStyle('chapo', parent=ss['body'], fontName='DV-B', fontSize=10,
                                 leading=14, textColor=colors.HexColor('#333333'), spaceAfter=8)
    ss['h1'] = ParagraphStyle('h1', fontName='DV-B', fontSize=17, leading=21,
                              textColor=GREEN, spaceAfter=6, splitLongWords=0)
    ss['h2'] = ParagraphStyle('h2', fontName='DV-B', fontSize=11.5, leading=15,
                              textColor=GREEN, spaceBefore=7, spaceAfter=4, splitLongWords=0)
    ss['type'] = ParagraphStyle('type', fontName='DV-B', fontSize=8.5, leading=11,
                                textColor=colors.white, backColor=ACCENT, borderPadding=(2, 4, 2, 4),
                                spaceAfter=8)
    ss['crumb'] = ParagraphStyle('crumb', fontName='DV', fontSize=7.8, leading=10,
                                 textColor=GREY, spaceAfter=6)
    ss['date'] = ParagraphStyle('date', fontName='DV-I', fontSize=8.3, leading=11,
                                textColor=GREY, spaceAfter=8)
    ss['bullet'] = ParagraphStyle('bullet', parent=ss['body'], leftIndent=13, bulletIndent=3,
                                  spaceAfter=3)
    ss['cell'] = ParagraphStyle('cell', fontName='DV', fontSize=8.3, leading=10.8, splitLongWords=0)
    ss['cellb'] = ParagraphStyle('cellb', parent=ss['cell'], fontName='DV-B', textColor=colors.white)
    ss['big'] = ParagraphStyle('big', fontName='DV-B', fontSize=17, leading=20, textColor=ACCENT,
                               alignment=TA_CENTER)
    ss['biglab'] = ParagraphStyle('biglab', fontName='DV', fontSize=7.8, leading=10,
                                  alignment=TA_CENTER)
    ss['note'] = ParagraphStyle('note', parent=ss['body'], fontSize=8.6, leading=12, spaceAfter=0)
    ss['fn'] = ParagraphStyle('fn', fontName='DV', fontSize=7.2, leading=9.4, textColor=GREY,
                              spaceBefore=2, spaceAfter=1)
    return ss


def build_flow(spec, ss, width):
    """Transforme la liste de blocs en flowables."""
    fl = []
    for b in spec['blocks']:
        kind = b[0]
        if kind == 'h':
            fl.append(Paragraph(fix(b[1]), ss['h2']))
        elif kind == 'p':
            fl.append(Paragraph(fix(b[1]), ss['body']))
        elif kind == 'chapo':
            fl.append(Paragraph(fix(b[1]), ss['chapo']))
        elif kind == 'ul':
            for it in b[1]:
                fl.append(Paragraph(fix(it), ss['bullet'], bulletText='•'))
            fl.append(Spacer(1, 3))
        elif kind == 'table':
            rows, fracs = b[1], b[2]
            data = []
            for i, r in enumerate(rows):
                st = ss['cellb'] if i == 0 else ss['cell']
                data.append([Paragraph(fix(c), st) for c in r])
            t = Table(data, colWidths=[width * f for f in fracs], repeatRows=1)
            t.setStyle(TableStyle([
                ('BACKGROUND', (0, 0), (-1, 0), GREEN),
                ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, LIGHT]),
                ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9fb5a6')),
                ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3),
            ]))
            fl.append(t)
            fl.append(Spacer(1, 7))
        elif kind == 'keys':
            title, items = b[1], b[2]
            n = len(items)
            cw = width / n
            cells = [[Paragraph(fix(v), ss['big']) for v, _ in items],
                     [Paragraph(fix(l), ss['biglab']) for _, l in items]]
            inner = Table(cells, colWidths=[cw - 2] * n)
            inner.setStyle(TableStyle([
                ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                ('LINEAFTER', (0, 0), (-2, -1), 0.5, colors.HexColor('#c9d6cc')),
            ]))
            outer = Table([[Paragraph(fix(title), ParagraphStyle('kt', parent=ss['cell'],
                                                                  fontName='DV-B', textColor=GREEN))],
                           [inner]], colWidths=[width])
            outer.setStyle(TableStyle([
                ('BACKGROUND', (0, 0), (-1, -1), LIGHT),
                ('BOX', (0, 0), (-1, -1), 0.8, GREEN),
                ('LEFTPADDING', (0, 0), (-1, -1), 4), ('RIGHTPADDING', (0, 0), (-1, -1), 4),
            ]))
            fl.append(KeepTogether([outer, Spacer(1, 8)]))
        elif kind == 'box':
            title, paras = b[1], b[2]
            inner = [Paragraph('<b>' + fix(title) + '</b>', ss['note'])]
            for p in paras:
                inner.append(Paragraph(fix(p), ss['note']))
            t = Table([[x] for x in inner], colWidths=[width])
            t.setStyle(TableStyle([
                ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#fbf1e9')),
                ('LINEBEFORE', (0, 0), (0, -1), 3, ACCENT),
                ('LEFTPADDING', (0, 0), (-1, -1), 8),
                ('TOPPADDING', (0, 0), (-1, -1), 2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2),
            ]))
            fl.append(KeepTogether([t, Spacer(1, 8)]))
        elif kind == 'fn':
            fl.append(Paragraph(fix(b[1]), ss['fn']))
        elif kind == 'framebreak':
            fl.append(FrameBreak())
        elif kind == 'pagebreak':
            fl.append(PageBreak())
        else:
            raise ValueError(kind)
    return fl


def make_canvas_class(spec):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                self._browser_footer(n)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)

        def _browser_footer(self, n):
            w, h = self._pagesize
            off = spec.get('print_offset', 0)
            total = spec.get('print_total', n)
            self.setFont('DV', 7)
            self.setFillColor(colors.black)
            self.drawString(24, 14, spec['url'])
            self.drawRightString(w - 24, 14, '%d/%d' % (self._pageNumber + off, total))
    return NumberedCanvas


def draw_chrome(spec):
    def on_page(c, doc):
        w, h = doc.pagesize
        c.saveState()
        # ligne d'impression du navigateur
        c.setFont('DV', 7)
        c.setFillColor(colors.black)
        c.drawString(24, h - 16, spec['printed'])
        c.drawRightString(w - 24, h - 16, spec['tab'])
        # bandeau du site
        c.setFillColor(GREEN)
        c.rect(0, h - 66, w, 42, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 15)
        c.drawString(36, h - 47, SITE)
        c.setFont('DV', 7.5)
        c.drawString(36, h - 59, 'un programme de recherche porté par Le RAMEAU')
        c.setFont('DV', 8)
        c.drawRightString(w - 36, h - 45, 'Rechercher  |  Newsletter  |  EN')
        # menu
        c.setFillColor(LIGHT)
        c.rect(0, h - 84, w, 18, stroke=0, fill=1)
        c.setFillColor(GREEN)
        c.setFont('DV-B', 7.8)
        x = 36
        for m in MENU:
            c.drawString(x, h - 78, m.upper())
            x += pdfmetrics.stringWidth(m.upper(), 'DV-B', 7.8) + 16
        # pied de page du site
        c.setStrokeColor(colors.HexColor('#9fb5a6'))
        c.line(36, 50, w - 36, 50)
        c.setFillColor(GREY)
        c.setFont('DV', 6.8)
        c.drawString(36, 40, FOOT1)
        c.drawString(36, 31, FOOT2)
        c.restoreState()
    return on_page


def header_flow(spec, ss):
    fl = [Paragraph(spec['type'], ss['type']),
          Paragraph(fix(spec['crumb']), ss['crumb']),
          Paragraph(fix(spec['title']), ss['h1'])]
    if spec.get('date'):
        fl.append(Paragraph(fix(spec['date']), ss['date']))
    else:
        fl.append(Spacer(1, 6))
    return fl


def build(spec, outdir):
    pagesize = landscape(A4) if spec.get('landscape') else A4
    w, h = pagesize
    lm = rm = 42
    top = h - 96
    bottom = 58
    fw = w - lm - rm
    path = os.path.join(outdir, spec['file'])
    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=lm, rightMargin=rm,
                          topMargin=h - top, bottomMargin=bottom,
                          title=spec['tab'], author='Le RAMEAU', creator='Observatoire des partenariats',
                          subject=spec['url'], producer='ReportLab')
    on_page = draw_chrome(spec)
    ss = styles(fw)
    if spec.get('cols') == 2:
        head_h = spec.get('head_h', 120)
        gap = 18
        cw = (fw - gap) / 2
        f_top = Frame(lm, top - head_h, fw, head_h, id='top', leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        f1 = Frame(lm, bottom, cw, top - head_h - bottom, id='c1', leftPadding=0, rightPadding=0)
        f2 = Frame(lm + cw + gap, bottom, cw, top - head_h - bottom, id='c2', leftPadding=0,
                   rightPadding=0)
        g1 = Frame(lm, bottom, cw, top - bottom, id='d1', leftPadding=0, rightPadding=0)
        g2 = Frame(lm + cw + gap, bottom, cw, top - bottom, id='d2', leftPadding=0, rightPadding=0)
        doc.addPageTemplates([PageTemplate('first', [f_top, f1, f2], onPage=on_page),
                              PageTemplate('later', [g1, g2], onPage=on_page)])
        flow = header_flow(spec, ss) + [NextPageTemplate('later'), FrameBreak()]
        flow += build_flow(spec, ss, cw)
    else:
        f = Frame(lm, bottom, fw, top - bottom, id='main', leftPadding=0, rightPadding=0)
        doc.addPageTemplates([PageTemplate('one', [f], onPage=on_page)])
        flow = header_flow(spec, ss) + build_flow(spec, ss, fw)
    doc.build(flow, canvasmaker=make_canvas_class(spec))
    return path


# ----------------------------------------------------------------------------------------
# Contenu des 10 pages
# ----------------------------------------------------------------------------------------
DOCS = []

DOCS.append(dict(
    file='obs-s58-01-charte-faire-alliance.pdf',
    url=BASE + '/actualites/charte-du-faire-alliance-saint-maurice',
    tab='La Charte du faire alliance présentée à Saint-Maurice – Observatoire des partenariats',
    printed='14/03/2025 09:12',
    type='ACTUALITÉ',
    crumb='Accueil › Actualités › Territoires › Charte du faire alliance',
    title='Faire alliance : une charte pour poser les règles de la confiance',
    date='Publié le 2 décembre 2021 · Rubrique Territoires · Lecture 3 min',
    blocks=[
        ('chapo', 'Après un trimestre de travail collectif, le texte qui formalise la manière de '
                  'coopérer entre acteurs d\'un même territoire a été présenté lors d\'une soirée '
                  'à Saint-Maurice, sur le territoire de Paris-Est Marne & Bois.'),
        ('h', 'Une présentation le jour du Giving Tuesday'),
        ('p', 'La charte a été rendue publique le mardi 30 novembre 2021, jour du Giving Tuesday, '
              'au cours d\'une soirée VitaWin accueillie à Saint-Maurice. Les participants ont pu '
              'découvrir un texte court, pensé pour être signé puis mis en pratique.'),
        ('box', 'Deux dates en circulation', [
            'L\'annonce reprise sur le portail associations.gouv.fr situe la présentation au '
            '« mardi 30 septembre ». Les pages du RAMEAU et de Carenews retiennent le '
            '30 novembre 2021.']),
        ('h', 'Trois mois de co-construction'),
        ('p', 'Le texte a été élaboré en trois mois de co-construction, sous le pilotage de la '
              'Fondation des Territoires. Ses promoteurs le présentent comme un « contrat de '
              'confiance » entre celles et ceux qui décident d\'agir ensemble.'),
        ('ul', ['Un socle commun de principes, plutôt qu\'un règlement détaillé ;',
                'une démarche ouverte à tous les types d\'organisations ;',
                'un engagement qui se vérifie sur le terrain, dans la durée.']),
        ('h', 'D\'où vient la démarche ?'),
        ('p', 'La charte s\'inscrit dans le prolongement d\'« Agir ensemble en Territoire », '
              'démarche initiée en 2010 à la suite de l\'étude ARPEA-Collectivités locales, '
              'réalisée avec Comisis et OpinionWay. Trois territoires ont essuyé les plâtres :'),
        ('ul', ['l\'Alsace, avec Alsace Active ;',
                'le Poitou-Charentes, avec le Groupe La Poste ;',
                'Paris-Est Marne & Bois.']),
        ('fn', 'Photos de la soirée : galerie disponible dans l\'espace presse du site.'),
    ]))

DOCS.append(dict(
    file='obs-s58-02-qui-porte-observatoire.pdf',
    url=BASE + '/qui-sommes-nous',
    tab='Qui sommes-nous ? – Observatoire des partenariats',
    printed='14/03/2025 09:20',
    type='PRÉSENTATION',
    crumb='Accueil › Qui sommes-nous',
    title='Qui porte l\'Observatoire des partenariats ?',
    date=None,
    blocks=[
        ('chapo', 'Un dispositif de recherche partagé entre un acteur public, un laboratoire '
                  'associatif et les grands réseaux représentatifs des entreprises et des '
                  'associations.'),
        ('h', 'Une initiative conjointe'),
        ('p', 'L\'Observatoire des partenariats est né en 2008 de l\'initiative de la Caisse des '
              'Dépôts et du RAMEAU ; le MEDEF et le Mouvement associatif ont été associés à sa '
              'création en tant que partenaires.'),
        ('box', 'À propos de la date de création', [
            'Dans les publications plus anciennes – l\'étude ARPEA Entreprises & Territoires de '
            'janvier 2011 ou le rapport quinquennal du 11 décembre 2012 – on lit que '
            'l\'« Observatoire national des partenariats associations / entreprises » a été '
            'créé en 2007.']),
        ('h', 'Le RAMEAU, en bref'),
        ('ul', ['Association d\'intérêt général fondée en 2006.',
                'Se décrit tantôt comme un « laboratoire de recherche empirique », tantôt comme un '
                '« laboratoire d\'innovations partenariales ».',
                'Trois missions, dont celle de témoigner de ce que produisent les alliances.',
                'Plus de 1 000 exemples inspirants recensés à ce jour.',
                'Des expérimentations conduites avec plus de 500 organisations depuis 2006.',
                'Quinze années de recherche, dont cinq consacrées à l\'étude d\'impact.']),
        ('keys', 'Repères', [('2006', 'naissance du RAMEAU'),
                             ('2008', 'lancement de l\'Observatoire'),
                             ('1 000+', 'exemples inspirants'),
                             ('500+', 'organisations impliquées')]),
        ('h', 'Les visages du projet'),
        ('table', [['Rôle', 'Personne'],
                   ['Président-fondateur du RAMEAU', 'Charles-Benoît Heidsieck'],
                   ['Directrice générale du RAMEAU', 'Laurence Weber'],
                   ['Direction scientifique de l\'Observatoire (à titre bénévole)',
                    'Anne Robin, fondatrice de COMISIS']], [0.55, 0.45]),
    ]))

DOCS.append(dict(
    file='obs-s58-03-cheminement-programmes.pdf',
    url=BASE + '/le-cheminement',
    tab='Le cheminement de l\'Observatoire – Observatoire des partenariats',
    printed='14/03/2025 09:26',
    type='DOSSIER',
    crumb='Accueil › Études › Le cheminement',
    title='Trois programmes quinquennaux pour comprendre les alliances',
    date='Mis à jour le 4 février 2019',
    print_offset=2, print_total=4,
    blocks=[
        ('chapo', 'Depuis sa création, l\'Observatoire avance par cycles de cinq ans : chacun '
                  'pose une question nouvelle et s\'appuie sur les résultats du précédent.'),
        ('table', [['Programme', 'Période¹', 'Ce qu\'il faut retenir'],
                   ['ARPEA', '2008-2012', '10 volets ; rapport quinquennal rendu public le '
                                          '11 décembre 2012'],
                   ['PHARE', '2013-2018 (2013-2017 sur d\'autres pages du site)', '6 volets '
                    'publiés entre 2015 et 2016'],
                   ['IMPACT', '2018-2022', 'lancé en novembre 2017']], [0.18, 0.32, 0.50]),
        ('h', 'ARPEA : un même sigle, trois développements'),
        ('p', 'Selon les documents, le sigle du premier programme ne se développe pas de la même '
              'façon :'),
        ('ul', ['« Analyse des Relations et des Partenariats entre Entreprises et Associations » '
                '(rapport quinquennal de 2012) ;',
                '« Analyser les Relations Partenariales entre Entreprises et Associations » ;',
                '« Analyse des Relations Associations-Entreprises ».']),
        ('h', 'Un état des lieux à la demande de l\'État'),
        ('p', 'La ministre Valérie Fourneyron a sollicité un rapport faisant l\'état des lieux '
              'des partenariats entre associations et entreprises. Ce travail a été publié au '
              'début de l\'année 2014.'),
        ('fn', '¹ Les dates de période sont celles affichées sur les pages de présentation des '
               'programmes.'),
        ('pagebreak',),
        ('h', 'PHARE en six volets'),
        ('table', [['Volet', 'Sortie'],
                   ['PHARE-Citoyens', 'septembre 2015'],
                   ['PHARE-Entreprises', 'octobre 2015'],
                   ['PHARE-Associations', 'novembre 2015'],
                   ['13 rapports régionaux', '2016'],
                   ['Diagnostics sectoriels', 'juillet 2016'],
                   ['PHARE-Institutions', 'automne 2016']], [0.6, 0.4]),
        ('p', 'Dernier volet du cycle, PHARE-Institutions a été présenté le 29 novembre 2016. '
              'Il distingue 5 profils de maires face aux alliances.'),
        ('h', 'IMPACT : mesurer les effets'),
        ('p', 'Le programme IMPACT réunit la Caisse des Dépôts, l\'Institut CDC pour la Recherche, '
              'le Groupe La Poste, la Fondation TOTAL et Le RAMEAU. Il s\'organise autour de trois '
              'axes :'),
        ('ul', ['l\'innovation sociétale et territoriale ;',
                'la performance des organisations ;',
                'la confiance.']),
    ]))

DOCS.append(dict(
    file='obs-s58-04-veille-droit-alliance.pdf',
    url=BASE + '/veille/droit-alliance-interet-general',
    tab='Veille : vers un droit de l\'alliance – Observatoire des partenariats',
    printed='14/03/2025 09:31',
    type='BULLETIN DE VEILLE',
    crumb='Accueil › Veille › Cadre public',
    title='Veille n° 14 – Du rapport de mission à la proposition de loi',
    date=None,
    blocks=[
        ('chapo', 'Sélection commentée des étapes qui ont conduit à reconnaître un « droit de '
                  'l\'alliance d\'intérêt général ».'),
        ('h', 'Une mission confiée lors du FNAF 2019'),
        ('p', 'À l\'occasion du FNAF 2019, Gabriel Attal a confié une mission à Cathy '
              'Racon-Bouzon et Charles-Benoît Heidsieck. Le rapport qui en est issu a été remis '
              'le 7 mai 2020 ; un bilan a suivi le 17 octobre 2020.'),
        ('h', 'La traduction législative'),
        ('ul', ['Proposition de loi relative au « droit de l\'alliance d\'intérêt général », '
                'portée par Cathy Racon-Bouzon et déposée en février.',
                'Texte agréé par le Bureau de l\'Assemblée nationale, puis publié au Journal '
                'officiel.',
                'En parallèle, une feuille de route ministérielle de 21 mesures.']),
        ('keys', 'Ce que disent les enquêtes citées à l\'appui', [
            ('81 %', 'des Français évoquent un « devoir d\'alliance »'),
            ('92 %', 'des maires expriment un « besoin d\'alliance »'),
            ('84 %', 'des dirigeants d\'entreprise ont « envie d\'alliance »')]),
        ('h', 'À relire : jouer collectif en sortie de crise'),
        ('p', 'Dans une note publiée au sortir de la crise sanitaire, 81 % des Français et 84 % '
              'des dirigeants de TPE et de PME jugeaient la co-construction utile pour la '
              'résilience post-Covid. Plus de 250 données avaient été inventoriées pour '
              'l\'occasion.'),
        ('fn', 'Bulletin réalisé à partir de sources publiques ; liens vérifiés à la date de mise '
               'en ligne.'),
    ]))

DOCS.append(dict(
    file='obs-s58-05-impact-associations-territoires.pdf',
    url=BASE + '/etudes/impact-associations-et-territoires',
    tab='IMPACT – Associations & Territoires : les résultats – Observatoire des partenariats',
    printed='14/03/2025 09:38',
    type='ÉTUDE',
    crumb='Accueil › Études › Programme IMPACT › Associations & Territoires',
    title='IMPACT – Associations & Territoires : des associations très connectées',
    date='Publié le 7 février 2023',
    cols=2, head_h=112,
    blocks=[
        ('chapo', 'On compte en France 148 000 associations employeuses. L\'étude décrit avec qui '
                  'elles s\'allient, à quelle échelle et dans quel but.'),
        ('h', 'La quasi-totalité en partenariat'),
        ('p', 'Seule une petite minorité n\'a aucun partenaire : 98 % des associations '
              'employeuses déclarent au moins une relation partenariale.'),
        ('h', 'Avec qui ?'),
        ('table', [['Partenaire', 'Part'],
                   ['Collectivités territoriales', '89 %'],
                   ['Structures d\'intérêt général', '73 %'],
                   ['Établissements scolaires', '70 %'],
                   ['Collectifs d\'associations', '56 %'],
                   ['Acteurs publics nationaux', '52 %'],
                   ['Fédérations professionnelles', '37 %'],
                   ['Acteurs académiques', '35 %']], [0.72, 0.28]),
        ('fn', 'Plusieurs réponses possibles : le total dépasse 100 %.'),
        ('h', 'À quelle échelle ?'),
        ('p', 'Les partenariats se nouent d\'abord au plus près du terrain : 73 % à l\'échelle '
              'locale, 47 % à l\'échelle régionale.'),
        ('framebreak',),
        ('h', 'Pour quoi faire ?'),
        ('p', 'Quatre finalités ressortent nettement :'),
        ('ul', ['le mécénat : 75 % ;',
                'l\'innovation sociétale : 73 % ;',
                'les pratiques responsables : 70 % ;',
                'la coopération économique : 58 %.']),
        ('keys', 'En bref', [('148 000', 'associations employeuses'),
                             ('98 %', 'ont des partenariats')]),
        ('h', 'Ce que cela change'),
        ('p', 'Les collectivités restent le premier interlocuteur, mais la palette s\'élargit : '
              'écoles, réseaux associatifs et acteurs nationaux complètent le tableau. Pour les '
              'associations, l\'alliance n\'est plus l\'exception ; elle fait partie du '
              'fonctionnement ordinaire.'),
        ('box', 'Pour aller plus loin', ['Synthèse et infographies téléchargeables dans la '
                                         'rubrique Études du site.']),
    ]))

DOCS.append(dict(
    file='obs-s58-06-reperes-associations-entreprises.pdf',
    url=BASE + '/fiches-reperes/associations-et-entreprises-chiffres',
    tab='Associations et entreprises : repères chiffrés – Observatoire des partenariats',
    printed='14/03/2025 09:44',
    type='FICHE REPÈRE',
    crumb='Accueil › Fiches repères › Associations',
    title='Associations et entreprises : dix ans de repères chiffrés',
    date='Publié le 22 mai 2017',
    blocks=[
        ('h', 'L\'enquête « Associations & Partenariats » (mars 2017)'),
        ('p', 'Menée par Recherches & Solidarités avec Le RAMEAU, l\'enquête a été conduite en '
              'mai-juin 2016 auprès de plus de 1 380 responsables associatifs. Une association '
              'compte en moyenne 2,5 partenaires.'),
        ('table', [['Type de partenaire', 'Associations concernées'],
                   ['Collectivités', '74 %'],
                   ['Autres associations et fondations', '72 %'],
                   ['Établissements d\'enseignement', '47 %'],
                   ['Entreprises', '28 %'],
                   ['Structures d\'insertion', '22 %'],
                   ['Organismes de recherche', '9 %']], [0.6, 0.4]),
        ('p', 'La taille compte : la moitié (50 %) des associations dont le budget dépasse '
              '150 000 € travaillent avec une entreprise, contre 20 % de celles qui disposent '
              'de moins de 10 000 €.'),
        ('h', 'La note du 29 février 2016'),
        ('ul', ['37 % des entreprises d\'au moins 10 salariés sont engagées dans un partenariat ;',
                '38 % des associations le sont, et 53 % des associations employeuses ;',
                '65 % chez les « pionniers ».']),
        ('h', 'Les premiers repères ARPEA'),
        ('ul', ['Parmi les Français, 86 % en 2008 puis 84 % en 2012 jugent urgent de développer '
                'les partenariats.',
                'Près de 46 % des associations sont engagées aux côtés d\'au moins une entreprise.',
                'ARPEA Entreprises & Territoires (janvier 2011) : 21 % des entreprises '
                'développent des partenariats, 33 % le souhaitent et 46 % ne le souhaitent pas.']),
        ('fn', 'Sources : publications de l\'Observatoire et de ses partenaires d\'étude.'),
    ]))

DOCS.append(dict(
    file='obs-s58-07-phare-citoyens-chiffres.pdf',
    url=BASE + '/chiffres-cles/phare-citoyens',
    tab='PHARE-Citoyens : les chiffres clés – Observatoire des partenariats',
    printed='14/03/2025 09:51',
    type='CHIFFRES CLÉS',
    crumb='Accueil › Études › Programme PHARE › Citoyens',
    title='PHARE-Citoyens : ce que les Français attendent des alliances',
    date='Publié le 6 octobre 2015 – mis à jour le 12 décembre 2016',
    blocks=[
        ('chapo', 'Plus de 2 000 personnes ont répondu à l\'enquête PHARE-Citoyens, rendue '
                  'publique en septembre 2015. Pour 69 % des Français, faire alliance est un '
                  '« devoir ».'),
        ('h', 'Les sujets qui préoccupent (note sur 10)'),
        ('table', [['Enjeu', 'Note', 'Commentaire'],
                   ['Emploi', '7,1', 'en tête des préoccupations'],
                   ['Pouvoir d\'achat', '6,6', ''],
                   ['Sécurité', '6,6', 'une autre présentation des résultats indique 7/10'],
                   ['Développement économique', '6,5', ''],
                   ['Environnement', '6,3', ''],
                   ['Exclusion', '6,3', '']], [0.36, 0.14, 0.50]),
        ('h', 'Là où les partenariats ont le plus d\'effet'),
        ('p', 'Part des répondants qui attribuent un impact fort aux partenariats :'),
        ('ul', ['emploi : 49 % ;', 'développement économique : 46 % ;', 'environnement : 42 % ;',
                'précarité et éducation : 36 % chacun.']),
        ('pagebreak',),
        ('h', 'Mise à jour de décembre 2016 : l\'innovation vue par chacun'),
        ('p', 'Les partenariats sont perçus comme une source d\'innovation par :'),
        ('keys', 'Source d\'innovation', [('74 %', 'des Français'),
                                          ('81 %', 'des dirigeants d\'entreprise'),
                                          ('86 %', 'des responsables associatifs'),
                                          ('87 %', 'des maires')]),
        ('box', 'Une variante à connaître', [
            'Une version de cette synthèse diffusée par un réseau partenaire retient '
            '69 % des citoyens, et non 74 %, pour la perception de l\'innovation. Les autres '
            'chiffres sont identiques.']),
        ('p', 'Le chiffre des maires provient du volet PHARE-Institutions ; ceux des dirigeants '
              'et des responsables associatifs, des volets Entreprises et Associations.'),
    ]))

DOCS.append(dict(
    file='obs-s58-08-fonds-odd17.pdf',
    url=BASE + '/actualites/fonds-odd-17',
    tab='Le Fonds ODD 17 – Observatoire des partenariats',
    printed='14/03/2025 09:57',
    type='ACTUALITÉ',
    crumb='Accueil › Actualités › ODD 17',
    title='Un fonds pour expérimenter l\'ODD 17 dans les territoires',
    date='Publié le 10 septembre 2020',
    blocks=[
        ('chapo', 'Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation '
                  'TotalEnergies.'),
        ('keys', 'Le fonds en chiffres', [('1,5 M€', 'de dotation'),
                                          ('3 ans', 'd\'expérimentation'),
                                          ('350', '« catalyseurs territoriaux »')]),
        ('p', 'Sa dotation de 1,5 M€ finance une expérimentation sur 3 ans, qui s\'appuie sur 350 '
              '« catalyseurs territoriaux ».'),
        ('h', 'M.E.D.O.C. : les ressources en ligne'),
        ('p', 'La plateforme www.odd17.org rassemble les ressources sous cinq entrées, qui '
              'forment l\'acronyme M.E.D.O.C. :'),
        ('ul', ['Méthodes', 'Exemples', 'Données', 'Outils', 'Compétences']),
        ('h', 'L\'ODD 17, de quoi parle-t-on ?'),
        ('p', 'Le dix-septième objectif de développement durable, consacré aux partenariats, '
              'compte 19 cibles. C\'est ce que rappelle la note du Comité 21 « ODD 17 : Sens, '
              'décryptages, déclinaisons », présentée le 5 juillet.'),
        ('box', 'Agenda', ['26 novembre : 5e webinaire « l\'ODD 17 en pratique ».']),
    ]))

DOCS.append(dict(
    file='obs-s58-09-elus-locaux-trajectoires.pdf',
    url=BASE + '/etudes/impacts-trajectoires-elus-locaux-2024',
    tab='IMPACTS & TRAJECTOIRES – Élus locaux – Observatoire des partenariats',
    printed='14/03/2025 10:03',
    type='ÉTUDE',
    crumb='Accueil › Études › Élus locaux › Édition 2024',
    title='IMPACTS & TRAJECTOIRES – Élus locaux : des territoires en mouvement',
    date='Publié le 21 novembre 2024',
    landscape=True,
    blocks=[
        ('keys', 'Méthodologie', [('302', 'maires interrogés par téléphone'),
                                  ('30 sept. – 28 oct.', 'période de terrain 2024'),
                                  ('84 %', 'des répondants dans des communes de moins de '
                                           '2 000 habitants')]),
        ('p', 'L\'enquête a été conduite du 30 septembre au 28 octobre 2024 auprès de 302 maires. '
              'Résultat principal : 91 % d\'entre eux voient leur territoire en mouvement – 35 % '
              'fortement, 56 % ni plus ni moins qu\'avant.'),
        ('table', [['Perception du territoire', 'Part des maires'],
                   ['En mouvement, fortement', '35 %'],
                   ['En mouvement, ni plus ni moins', '56 %'],
                   ['Total « en mouvement »', '91 %']], [0.7, 0.3]),
        ('pagebreak',),
        ('h', 'Les éditions et travaux précédents'),
        ('ul', ['La fiche repère « Les dynamiques d\'engagement des Collectivités territoriales » '
                'est tirée de l\'étude IMPACT-Élus locaux de novembre 2020 (Comisis-OpinionWay).',
                '76 % des maires considèrent leur territoire comme engagé, mais 46 % ne savent pas '
                'comment piloter cette dynamique.',
                '64 % des élus locaux souhaitent s\'appuyer sur le « jouer collectif » ; 92 % des '
                'maires reconnaissent l\'utilité de la co-construction.',
                'Ces deux derniers chiffres ont nourri les échanges des dîners « Élus & '
                'Entreprises » ; le 3e s\'est tenu le 23 novembre.']),
        ('fn', 'Les pourcentages sont arrondis à l\'unité.'),
    ]))

DOCS.append(dict(
    file='obs-s58-10-fondation-territoires-agenda.pdf',
    url=BASE + '/veille/fondation-des-territoires-et-agenda',
    tab='Fondation des Territoires et agenda du réseau – Observatoire des partenariats',
    printed='14/03/2025 10:09',
    type='BULLETIN DE VEILLE',
    crumb='Accueil › Veille › Réseau',
    title='La Fondation des Territoires est née ; retour sur quelques rendez-vous',
    date='Publié le 20 juin 2022',
    blocks=[
        ('h', 'Création officielle'),
        ('p', 'La Fondation des Territoires a été créée le 14 juin 2022, sous l\'égide de la '
              'Fondation de Lille. Elle rassemble 21 co-fondateurs et s\'est donné trois '
              'missions.'),
        ('p', 'Sa préfiguration, lancée en juillet 2018, s\'est déroulée en trois temps :'),
        ('table', [['Étape', 'Période'],
                   ['1', 'juillet 2018 – juillet 2019'],
                   ['2', 'août 2019 – novembre 2020'],
                   ['3', 'décembre 2020 – mai 2022']], [0.3, 0.7]),
        ('h', 'Rétrospective : le parcours d\'expérience avec le CGET'),
        ('p', 'Avec le CGET, Le RAMEAU a proposé un parcours d\'expérience de 18 mois à 11 '
              'territoires pionniers ; la première session s\'est tenue le 3 mai.'),
        ('box', 'À noter', ['Une autre page consacrée à ce parcours parle du « CGET et 10 '
                            'territoires pilotes ».']),
        ('h', 'Les fondations dans les territoires'),
        ('p', 'L\'étude IMPACT Fondations & Territoires, publiée le 23 septembre, repose sur 42 '
              'fondations interrogées. Elle a donné lieu à une fiche acteur, « Dynamique '
              'd\'engagement des Fondations ».'),
        ('pagebreak',),
        ('h', 'Archives de l\'agenda : un mois de novembre chargé'),
        ('table', [['Date', 'Rendez-vous'],
                   ['15 novembre', 'Dossier de JURIS Associations n° 628'],
                   ['23 novembre', '3e dîner « Élus & Entreprises »'],
                   ['26 novembre', '11e rapport régional de l\'Observatoire, consacré à la '
                                   'Normandie'],
                   ['26 novembre', '5e webinaire « l\'ODD 17 en pratique »']], [0.25, 0.75]),
        ('fn', 'Les archives de l\'agenda sont conservées à titre documentaire.'),
    ]))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for spec in DOCS:
        print(build(spec, out))


if __name__ == '__main__':
    main()
