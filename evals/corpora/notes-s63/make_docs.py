#!/usr/bin/env python3
"""Génère les 6 PDF du jeu s63 (corpus de démonstration, Observatoire des partenariats).

Usage : python make_docs.py [DOSSIER_DE_SORTIE]   (par défaut : le dossier du script)

Formes : 01 procès-verbal d'assemblée générale, 02 page web imprimée, 03 glossaire en
deux colonnes, 04 agenda en tableau sur deux pages, 05 fiche pratique pas à pas,
06 rapport en paysage avec tableau continué (en-tête répété).
Les faits viennent de /work/shared/facts.md ; les phrases sont rédigées pour ce jeu.
Police DejaVu Sans, pas de césure, rl_config.invariant = 1 (sorties identiques au md5).
"""
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether, FrameBreak, PageBreak,
                                CondPageBreak)

FONT_DIR = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FONT_DIR + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DV-B', FONT_DIR + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DV-I', FONT_DIR + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('DV-BI', FONT_DIR + 'DejaVuSans-BoldOblique.ttf'))
addMapping('DV', 0, 0, 'DV')
addMapping('DV', 1, 0, 'DV-B')
addMapping('DV', 0, 1, 'DV-I')
addMapping('DV', 1, 1, 'DV-BI')

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
PREFIX = 's63'

NBSP = '\u00a0'
INK = colors.HexColor('#1d2b36')
TEAL = colors.HexColor('#0f6e6e')
PALE = colors.HexColor('#e7f2f1')
SAND = colors.HexColor('#f6efe0')
GREY = colors.HexColor('#6b7378')
LIGHT = colors.HexColor('#eef0f2')
RED = colors.HexColor('#9c2f2f')


def fr(text):
    """Espaces insécables à la française : milliers (« 148 000 ») et pourcentages (« 73 % »)."""
    text = re.sub(r'(?<=\d) (?=\d{3}(?!\d))', NBSP, text)
    text = re.sub(r'(?<=\d) (?=%)', NBSP, text)
    text = re.sub(r'(?<=\d) (?=€)', NBSP, text)
    text = text.replace(' M€', NBSP + 'M€')
    text = text.replace('n° ', 'n°' + NBSP)
    text = text.replace('« ', '«' + NBSP).replace(' »', NBSP + '»')
    return text


def style(name, size=9.5, lead=None, font='DV', color=INK, align=TA_LEFT, before=0, after=4,
          left=0, first=0, bullet_indent=0):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.32,
                          textColor=color, alignment=align, spaceBefore=before,
                          spaceAfter=after, leftIndent=left, firstLineIndent=first,
                          bulletIndent=bullet_indent, splitLongWords=0, hyphenationLang='',
                          embeddedHyphenation=0, uriWasteReduce=0)


def P(text, st):
    return Paragraph(fr(text), st)


def make_doc(path, pagesize, templates, title, author='Le RAMEAU – Observatoire des partenariats'):
    doc = BaseDocTemplate(path, pagesize=pagesize, title=title, author=author,
                          subject=title, creator='corpus de démonstration s63',
                          producer='ReportLab', invariant=1,
                          leftMargin=18 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                          bottomMargin=18 * mm)
    doc.addPageTemplates(templates)
    return doc


def numbered_canvas(draw_total):
    """Canevas qui connaît le nombre total de pages (« 1/2 », « feuillet 1 sur 3 »)."""
    from reportlab.pdfgen import canvas as _canvas

    class NumberedCanvas(_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._saved_pages = []

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                draw_total(self, self._pageNumber, total)
                super().showPage()
            super().save()
    return NumberedCanvas


def out(name):
    return os.path.join(OUT, f'obs-{PREFIX}-{name}.pdf')


# ---------------------------------------------------------------------------
# 01 — Procès-verbal d'assemblée générale
# ---------------------------------------------------------------------------
def doc01():
    path = out('01-proces-verbal-ag')
    W, H = A4
    body = style('b01', 9.6, after=5)
    small = style('s01', 8, color=GREY)
    h = style('h01', 10.5, font='DV-B', color=TEAL, before=7, after=4)
    title = style('t01', 15, font='DV-B', align=TA_CENTER, after=3)
    sub = style('st01', 9.5, align=TA_CENTER, color=GREY, after=8)
    item = style('i01', 9.4, left=16, first=0, bullet_indent=3, after=2)
    cell = style('c01', 8.4, after=0)
    cellb = style('cb01', 8.4, font='DV-B', after=0, color=colors.white)
    box = style('bx01', 9, after=2)
    folios = {1: 47, 2: 48, 3: 49}

    def on_page(canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont('DV-B', 10)
        canv.drawString(18 * mm, H - 9 * mm, 'LE RAMEAU')
        canv.setFont('DV', 7)
        canv.drawString(18 * mm, H - 12.3 * mm, 'Association d’intérêt général · laboratoire de recherche empirique')
        canv.setFont('DV-B', 8)
        canv.drawRightString(W - 18 * mm, H - 9 * mm, 'PROCÈS-VERBAL · ASSEMBLÉE GÉNÉRALE ORDINAIRE')
        canv.setStrokeColor(GREY)
        canv.setLineWidth(0.4)
        canv.line(18 * mm, 14 * mm, W - 18 * mm, 14 * mm)
        canv.setFillColor(GREY)
        canv.setFont('DV', 7.5)
        canv.drawString(18 * mm, 9.5 * mm, f'Registre des délibérations — folio {folios.get(n, n)}')
        canv.drawCentredString(W / 2, 9.5 * mm, 'Paraphe du président de séance : ........')
        canv.restoreState()

    def total01(canv, n, total):
        canv.saveState()
        canv.setFillColor(GREY)
        canv.setFont('DV', 7.5)
        canv.drawRightString(W - 18 * mm, 9.5 * mm, f'PV AG ordinaire 2022 — feuillet {n} sur {total}')
        canv.restoreState()

    frame = Frame(18 * mm, 18 * mm, W - 36 * mm, H - 38 * mm, id='f', showBoundary=0)
    doc = make_doc(path, A4, [PageTemplate('pv', [frame], onPage=on_page)],
                   'Procès-verbal de l’assemblée générale ordinaire 2022')
    s = []
    s.append(P('PROCÈS-VERBAL DE L’ASSEMBLÉE GÉNÉRALE ORDINAIRE', title))
    s.append(P('Séance du mardi 28 juin 2022 · réunion en format mixte (salle et visioconférence) · exercice 2021', sub))
    s.append(P('L’assemblée générale ordinaire de l’association Le RAMEAU s’ouvre à 17 h 30 sous la présidence de '
               '<b>Charles-Benoît Heidsieck</b>, président-fondateur. Un membre du conseil d’administration, désigné en '
               'début de séance, tient le secrétariat. La feuille de présence et les pouvoirs reçus sont annexés au '
               'registre<super>1</super>. Le quorum statutaire étant atteint avec 44 membres présents ou représentés, '
               'l’assemblée peut valablement délibérer sur l’ordre du jour adressé avec la convocation.', body))
    s.append(P('ORDRE DU JOUR', h))
    odj = ['Approbation du procès-verbal de la précédente assemblée ;',
           'Rapport moral du président-fondateur ;',
           'Rapport d’activité présenté par la directrice générale ;',
           'Point d’étape sur l’Observatoire des partenariats (direction scientifique) ;',
           'Rapport financier et approbation des comptes de l’exercice ;',
           'Vote des résolutions ;',
           'Questions diverses.']
    for i, t in enumerate(odj, 1):
        s.append(Paragraph(fr(t), item, bulletText=f'{i}.'))
    s.append(P('1. Approbation du procès-verbal précédent', h))
    s.append(P('Le procès-verbal de la dernière assemblée, diffusé aux membres avec la convocation, n’appelle aucune '
               'observation. Il est soumis au vote (résolution n° 1).', body))
    s.append(P('2. Rapport moral', h))
    s.append(P('Le président-fondateur retrace le chemin parcouru depuis la naissance de l’association en <b>2006</b>. '
               'Le RAMEAU a choisi dès l’origine un statut associatif d’intérêt général et se présente comme un '
               '« laboratoire d’innovations partenariales ». Ses trois missions, dont la première consiste à témoigner '
               'de ce qui se fait sur le terrain, structurent toujours son action. Il rappelle que plus de 1 000 exemples '
               'inspirants ont été repérés et documentés, que l’équipe cumule 15 ans de recherche, dont 5 ans '
               'consacrés à l’étude d’impact, et que des expérimentations ont été conduites auprès de plus de 500 '
               'organisations depuis la création.', body))
    s.append(P('Il souligne que ces travaux n’ont de sens que partagés : les résultats sont mis gratuitement à la '
               'disposition des acteurs, associations, entreprises, collectivités et fondations, qui souhaitent '
               'agir ensemble.', body))
    s.append(P('3. Rapport d’activité', h))
    s.append(P('<b>Laurence Weber</b>, directrice générale, présente les faits marquants de l’exercice.', body))
    s.append(P('<b>Fondation des Territoires.</b> La préfiguration, engagée en juillet 2018, s’est déroulée en trois '
               'temps : de juillet 2018 à juillet 2019, d’août 2019 à novembre 2020, puis de décembre 2020 à mai 2022. '
               'La fondation a été officiellement créée le <b>14 juin 2022</b>, abritée par la Fondation de Lille, '
               'avec 21 co-fondateurs ; trois missions lui sont assignées.', body))
    s.append(P('<b>Fonds ODD 17.</b> Lancé en 2020 avec la Fondation TotalEnergies, ce fonds dispose d’une dotation '
               'de 1,5 M€ destinée à une expérimentation conduite sur trois ans ; il s’appuie sur un réseau de 350 '
               '« catalyseurs territoriaux ».', body))
    s.append(P('<b>Charte du faire alliance.</b> Fruit de trois mois de co-construction pilotés par la Fondation des '
               'Territoires, la charte se présente comme un « contrat de confiance » entre les acteurs qui la signent. '
               'Elle prolonge la démarche « Agir ensemble en Territoire », initiée en 2010 à la suite de l’étude '
               'ARPEA-Collectivités locales et expérimentée d’abord en Alsace, en Poitou-Charentes et sur le '
               'territoire de Paris-Est Marne & Bois.', body))
    key = Table([[P('<b>Chiffres clés présentés en séance</b>', box), '', ''],
                 [P('<font size="15"><b>21</b></font><br/>co-fondateurs de la Fondation des Territoires', box),
                  P('<font size="15"><b>1,5 M€</b></font><br/>dotation du Fonds ODD 17 (3 ans)', box),
                  P('<font size="15"><b>350</b></font><br/>catalyseurs territoriaux', box)]],
                colWidths=[(W - 36 * mm) / 3] * 3)
    key.setStyle(TableStyle([('SPAN', (0, 0), (2, 0)), ('BACKGROUND', (0, 0), (-1, -1), PALE),
                             ('BOX', (0, 0), (-1, -1), 0.8, TEAL), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                             ('LEFTPADDING', (0, 0), (-1, -1), 7), ('TOPPADDING', (0, 0), (-1, -1), 4),
                             ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
    s.append(Spacer(1, 3))
    s.append(key)
    s.append(Spacer(1, 6))
    s.append(P('<b>Mission ministérielle.</b> Confiée lors du FNAF 2019 par Gabriel Attal à Cathy Racon-Bouzon et '
               'Charles-Benoît Heidsieck, la mission a donné lieu à un rapport remis le <b>7 mai 2020</b>, puis à un '
               'bilan présenté le 17 octobre 2020. Le travail se poursuit avec la proposition de loi relative au '
               '« droit de l’alliance d’intérêt général », portée par Cathy Racon-Bouzon.', body))
    s.append(P('4. Point d’étape sur l’Observatoire des partenariats', h))
    s.append(P('<b>Anne Robin</b>, qui assure bénévolement la direction scientifique de l’Observatoire et a fondé le '
               'cabinet COMISIS, fait le point sur le programme quinquennal IMPACT (2018-2022). Lancé en novembre 2017, '
               'il associe la Caisse des Dépôts, l’Institut CDC pour la Recherche, le Groupe La Poste, la Fondation '
               'TOTAL et Le RAMEAU. Ses travaux s’ordonnent autour de trois axes : l’innovation sociétale et '
               'territoriale, la performance des organisations et la confiance.', body))
    s.append(P('Elle rappelle que l’Observatoire, créé en 2008 par la Caisse des Dépôts et Le RAMEAU en partenariat avec '
               'le MEDEF et le Mouvement associatif, conduit ainsi son troisième programme quinquennal, après ARPEA '
               '(2008-2012) et PHARE (2013-2018). Du côté des fondations, l’étude IMPACT Fondations & Territoires a '
               'recueilli le point de vue de 42 fondations ; une fiche acteur, « Dynamique d’engagement des '
               'Fondations », en tire les enseignements pratiques.', body))
    s.append(P('Elle cite les résultats de la séquence « sortie de crise » : 81 % des Français et 84 % des dirigeants '
               'de TPE et de PME jugent la co-construction utile pour rendre les territoires plus résilients après la '
               'crise sanitaire ; plus de 250 données ont été inventoriées pour éclairer l’action.', body))
    s.append(P('5. Rapport financier', h))
    s.append(P('Le trésorier donne lecture du rapport financier de l’exercice 2021. Les comptes annuels et le rapport '
               'de gestion étaient tenus à la disposition des membres quinze jours avant la séance. Aucune question '
               'n’est posée sur les comptes.', body))
    s.append(CondPageBreak(60 * mm))
    s.append(P('6. Vote des résolutions', h))
    s.append(P('Les résolutions suivantes sont successivement mises aux voix à main levée, les membres connectés '
               'votant par voie électronique.', body))
    rows = [[P('N°', cellb), P('Objet de la résolution', cellb), P('Pour', cellb), P('Contre', cellb),
             P('Abst.', cellb), P('Décision', cellb)]]
    res = [('1', 'Approbation du procès-verbal de la précédente assemblée générale', '44', '0', '0', 'Adoptée à l’unanimité'),
           ('2', 'Approbation du rapport moral du président-fondateur', '44', '0', '0', 'Adoptée à l’unanimité'),
           ('3', 'Approbation du rapport d’activité', '43', '0', '1', 'Adoptée'),
           ('4', 'Approbation des comptes de l’exercice 2021 et affectation du résultat au report à nouveau', '41', '0', '3', 'Adoptée'),
           ('5', 'Quitus donné au conseil d’administration pour sa gestion', '42', '1', '1', 'Adoptée'),
           ('6', 'L’assemblée prend acte de la création de la Fondation des Territoires le 14 juin 2022 et mandate '
                 'le conseil pour accompagner ses premiers pas', '44', '0', '0', 'Adoptée à l’unanimité')]
    for r in res:
        rows.append([P(r[0], cell), P(r[1], cell), P(r[2], cell), P(r[3], cell), P(r[4], cell), P(r[5], cell)])
    t = Table(rows, colWidths=[10 * mm, 82 * mm, 13 * mm, 14 * mm, 13 * mm, 42 * mm], repeatRows=1)
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), TEAL), ('GRID', (0, 0), (-1, -1), 0.4, GREY),
                           ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, LIGHT]),
                           ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 3),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(P('7. Questions diverses', h))
    s.append(P('Un membre demande si les enseignements de l’Observatoire peuvent être lus territoire par territoire. '
               'Il lui est répondu que l’approche régionale a pris la forme de 13 rapports régionaux publiés en 2016 '
               'dans le cadre du programme PHARE, et que le 11e d’entre eux, consacré à la Normandie, est paru un '
               '26 novembre.', body))
    s.append(P('Un autre membre demande que la présentation du Fonds ODD 17 soit diffusée aux adhérents ; la '
               'directrice générale s’y engage.', body))
    s.append(P('L’ordre du jour étant épuisé, le président lève la séance à 19 h 10. De tout ce qui précède, il est '
               'dressé le présent procès-verbal, signé par le président et le secrétaire de séance.', body))
    sig = Table([[P('Le président de séance<br/><br/><i>Charles-Benoît Heidsieck</i>', body),
                  P('Le secrétaire de séance<br/><br/><i>(signature)</i>', body)]],
                colWidths=[(W - 36 * mm) / 2] * 2)
    sig.setStyle(TableStyle([('TOPPADDING', (0, 0), (-1, -1), 8)]))
    s.append(sig)
    s.append(Spacer(1, 8))
    s.append(P('<super>1</super> Les pouvoirs sont conservés au siège avec la feuille de présence ; ils peuvent être '
               'consultés par tout membre sur demande.', small))
    s.append(P('PIÈCES ANNEXÉES AU REGISTRE', h))
    for i, t_ in enumerate(['Feuille de présence et pouvoirs des membres représentés',
                            'Rapport moral du président-fondateur',
                            'Rapport d’activité de l’exercice 2021',
                            'Comptes annuels de l’exercice 2021 et rapport financier',
                            'Texte intégral des six résolutions soumises au vote'], 1):
        s.append(Paragraph(fr(t_), item, bulletText=f'A{i}'))
    doc.build(s, canvasmaker=numbered_canvas(total01))
    return path


# ---------------------------------------------------------------------------
# 02 — Page web imprimée en PDF
# ---------------------------------------------------------------------------
def doc02():
    path = out('02-page-web-phare')
    W, H = A4
    URL = 'https://observatoire-des-partenariats.fr/programmes/phare-cinq-ans-pour-eclairer-les-alliances'
    body = style('b02', 9.6, after=5)
    h1 = style('h102', 17, font='DV-B', after=4, lead=21)
    h2 = style('h202', 11.5, font='DV-B', color=TEAL, before=8, after=4)
    meta = style('m02', 8.2, color=GREY, after=8)
    crumb = style('c02', 8, color=GREY, after=6)
    cell = style('ce02', 8.6, after=0)
    cellb = style('cb02', 8.6, font='DV-B', after=0)
    bul = style('bu02', 9.4, left=12, bullet_indent=2, after=2)
    com_name = style('cn02', 8.8, font='DV-B', after=1)
    com = style('co02', 8.8, after=3)
    note = style('n02', 7.8, color=GREY, after=3)

    def on_page(canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        canv.setFont('DV', 7.5)
        canv.setFillColor(colors.black)
        canv.drawString(10 * mm, H - 7 * mm, '14/03/2017 09:52')
        canv.drawCentredString(W / 2 + 10 * mm, H - 7 * mm,
                               'PHARE : cinq ans pour éclairer les alliances – Observatoire des partenariats')
        canv.drawString(10 * mm, 7 * mm, URL)
        canv.restoreState()
        if n == 1:
            canv.saveState()
            canv.setFillColor(INK)
            canv.rect(12 * mm, H - 30 * mm, W - 24 * mm, 17 * mm, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont('DV-B', 13)
            canv.drawString(17 * mm, H - 21 * mm, 'OBSERVATOIRE DES PARTENARIATS')
            canv.setFont('DV', 7.5)
            canv.drawString(17 * mm, H - 26.5 * mm, 'Associations · Entreprises · Collectivités · Fondations')
            canv.setFont('DV', 8)
            canv.drawRightString(W - 17 * mm, H - 21 * mm, 'Rechercher   |   Lettre d’information   |   Contact')
            canv.setFillColor(TEAL)
            canv.rect(12 * mm, H - 38 * mm, W - 24 * mm, 8 * mm, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont('DV-B', 8.5)
            x = 17 * mm
            for item in ['Accueil', 'L’Observatoire', 'Programmes ▾', 'Études', 'Territoires', 'Publications',
                         'Agenda']:
                canv.drawString(x, H - 35.3 * mm, item)
                x += pdfmetrics.stringWidth(item, 'DV-B', 8.5) + 7 * mm
            assert x < W - 12 * mm, 'menu trop large'
            canv.restoreState()

    first = Frame(14 * mm, 14 * mm, W - 28 * mm, H - 55 * mm, id='f1')
    later = Frame(14 * mm, 14 * mm, W - 28 * mm, H - 26 * mm, id='f2')
    doc = make_doc(path, A4, [PageTemplate('first', [first], onPage=on_page),
                              PageTemplate('later', [later], onPage=on_page)],
                   'PHARE : cinq ans pour éclairer les alliances')
    from reportlab.platypus.doctemplate import NextPageTemplate
    s = [NextPageTemplate('later')]
    s.append(P('Accueil › Programmes › Programmes quinquennaux › PHARE', crumb))
    s.append(P('PHARE : cinq ans pour éclairer les alliances', h1))
    s.append(P('Publié le 2 février 2014 · Mis à jour le 12 janvier 2017 · Rubrique : Programmes · Temps de lecture : 6 min', meta))
    kb = style('kb02', 8.4, align=TA_CENTER, after=0)
    kt = Table([[P('<font size="14"><b>6</b></font><br/>volets publiés', kb),
                 P('<font size="14"><b>13</b></font><br/>rapports régionaux', kb),
                 P('<font size="14"><b>2 000+</b></font><br/>citoyens interrogés', kb),
                 P('<font size="14"><b>5</b></font><br/>profils de maires', kb)]],
               colWidths=[(W - 28 * mm) / 4] * 4)
    kt.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), SAND), ('LINEAFTER', (0, 0), (-2, -1), 1, colors.white),
                            ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    s += [kt, Spacer(1, 8)]
    s.append(P('Après ARPEA (2008-2012), premier cycle d’études de l’Observatoire, le programme <b>PHARE</b> a pris le '
               'relais pour la période <b>2013-2018</b>. Certaines de nos plaquettes de présentation, imprimées plus tôt, '
               'mentionnent une période <b>2013-2017</b> : il s’agit du même programme. Son successeur, IMPACT, couvre '
               '2018-2022 et a été lancé en novembre 2017.', body))
    s.append(P('PHARE visait à donner à chaque acteur une image fidèle de la manière dont se nouent, sur le terrain, '
               'les relations entre associations, entreprises et pouvoirs publics. Il s’est déployé en six volets, '
               'publiés au fil de deux années.', body))
    s.append(P('Six volets, six rendez-vous', h2))
    rows = [[P('Volet', cellb), P('Parution', cellb), P('Ce qu’il faut en retenir', cellb)],
            [P('PHARE-Citoyens', cell), P('septembre 2015', cell), P('Le regard du grand public sur les alliances', cell)],
            [P('PHARE-Entreprises', cell), P('octobre 2015', cell), P('Les pratiques des entreprises', cell)],
            [P('PHARE-Associations', cell), P('novembre 2015', cell), P('Les pratiques des associations', cell)],
            [P('Rapports régionaux', cell), P('2016', cell), P('13 rapports, un par région', cell)],
            [P('Diagnostics sectoriels', cell), P('juillet 2016', cell), P('Lecture par secteur d’activité', cell)],
            [P('PHARE-Institutions', cell), P('automne 2016', cell), P('Mis en ligne le 29 novembre 2016 ; cinq profils de maires', cell)]]
    t = Table(rows, colWidths=[44 * mm, 32 * mm, W - 28 * mm - 76 * mm])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), PALE), ('LINEBELOW', (0, 0), (-1, -1), 0.4, GREY),
                           ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 3),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
    s.append(t)
    s.append(P('Ce que pensent les Français', h2))
    s.append(P('Pour le volet citoyen, plus de 2 000 personnes ont été interrogées. Les répondants ont d’abord noté, '
               'sur une échelle de 0 à 10, l’importance qu’ils accordent à plusieurs enjeux de leur territoire.', body))
    rows = [[P('Enjeu du territoire', cellb), P('Note moyenne sur 10', cellb)],
            [P('Emploi', cell), P('7,1/10', cell)],
            [P('Pouvoir d’achat', cell), P('6,6/10', cell)],
            [P('Sécurité', cell), P('6,6/10 <font color="#9c2f2f">(7/10 selon un article de presse de l’époque*)</font>', cell)],
            [P('Développement économique', cell), P('6,5/10', cell)],
            [P('Environnement', cell), P('6,3/10', cell)],
            [P('Exclusion', cell), P('6,3/10', cell)]]
    t = Table(rows, colWidths=[70 * mm, 80 * mm])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), PALE), ('LINEBELOW', (0, 0), (-1, -1), 0.4, GREY),
                           ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5)]))
    s.append(t)
    s.append(P('* Notre restitution indique 6,6 ; un compte rendu publié dans la presse spécialisée a retenu 7/10 pour la '
               'sécurité. Nous signalons l’écart sans pouvoir le trancher.', note))
    s.append(P('Invités ensuite à dire où les partenariats produisent les effets les plus forts, les Français citent '
               'l’emploi (49 %), le développement économique (46 %), l’environnement (42 %), puis, à égalité, la '
               'précarité et l’éducation (36 %).', body))
    s.append(P('Un « devoir d’alliance » largement partagé', h2))
    s.append(P('En septembre 2015, 69 % des Français estimaient que nouer des alliances entre acteurs relevait d’un devoir. '
               'Ce sentiment se retrouve chez 81 % des dirigeants d’entreprise et 86 % des responsables associatifs. '
               'Le volet Institutions complète le tableau : 87 % des maires partagent cette conviction.', body))
    s.append(P('Le maire, pivot des alliances locales', h2))
    s.append(P('Mis en ligne le 29 novembre 2016, PHARE-Institutions propose une typologie en cinq profils de maires, '
               'selon leur manière d’envisager la co-construction avec les associations et les entreprises de leur '
               'commune. Ce travail a nourri le référentiel de co-construction territoriale diffusé ensuite auprès '
               'des élus.', body))
    s.append(P('Télécharger les publications', h2))
    rows = [[P('Document', cellb), P('Format', cellb), P('Mis en ligne', cellb)],
            [P('PHARE-Citoyens – synthèse des résultats', cell), P('PDF, 1,2 Mo', cell), P('septembre 2015', cell)],
            [P('PHARE-Entreprises – synthèse', cell), P('PDF, 0,9 Mo', cell), P('octobre 2015', cell)],
            [P('PHARE-Associations – synthèse', cell), P('PDF, 1,1 Mo', cell), P('novembre 2015', cell)],
            [P('Rapports régionaux (13 fichiers)', cell), P('ZIP, 14 Mo', cell), P('2016', cell)],
            [P('PHARE-Institutions – les cinq profils de maires', cell), P('PDF, 1,6 Mo', cell), P('29 novembre 2016', cell)]]
    t = Table(rows, colWidths=[100 * mm, 30 * mm, W - 28 * mm - 130 * mm])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), PALE), ('LINEBELOW', (0, 0), (-1, -1), 0.4, GREY),
                           ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5)]))
    s.append(t)
    s.append(P('À lire aussi', h2))
    for t_ in ['ARPEA : le premier état des lieux (2008-2012)', 'IMPACT : mesurer les effets des alliances (2018-2022)',
               'Les 13 rapports régionaux en téléchargement', 'Méthodologie des enquêtes PHARE']:
        s.append(Paragraph(fr('<u>' + t_ + '</u>'), bul, bulletText='›'))
    s.append(Spacer(1, 4))
    s.append(P('Partager : ✉ Courriel · Imprimer · Copier le lien', meta))
    s.append(P('Commentaires (6)', h2))
    comments = [
        ('elu_rural_71', '3 décembre 2016 à 18:04',
         'Les cinq profils de maires m’ont beaucoup parlé, je me reconnais dans l’un d’eux. Existe-t-il un découpage '
         'des résultats par département ?'),
        ('↳ Observatoire des partenariats (modérateur)', '5 décembre 2016 à 09:12',
         'Merci pour votre message. La lecture territoriale de PHARE a pris la forme de 13 rapports régionaux publiés '
         'en 2016 ; il n’existe pas de découpage départemental.'),
        ('benevole.banque-alimentaire', '9 janvier 2017 à 21:37',
         'J’ai vu passer deux notes différentes pour la sécurité, 6,6 et 7 sur 10. Laquelle est la bonne ?'),
        ('↳ Observatoire des partenariats (modérateur)', '12 janvier 2017 à 10:05',
         'Nous avons ajouté une note sous le tableau : 6,6/10 dans notre restitution, 7/10 dans un article de presse.'),
        ('coord.pole-ess', '20 janvier 2017 à 14:26',
         'Merci pour ce panorama. Les volets Entreprises et Associations seront-ils refaits l’an prochain avec les '
         'mêmes questions ?'),
        ('↳ Observatoire des partenariats (modérateur)', '23 janvier 2017 à 08:47',
         'PHARE arrive à son terme. Le programme suivant, IMPACT, prendra le relais pour la période 2018-2022 ; '
         'il mettra l’accent sur la mesure des effets des alliances.'),
    ]
    for who, when, txt in comments:
        s.append(KeepTogether([P(f'{who} <font color="#6b7378" size="7.5">· {when}</font>', com_name), P(txt, com),
                               P('<font color="#0f6e6e">Répondre</font>', note)]))
    s.append(Spacer(1, 6))
    s.append(P('Laisser un commentaire — votre adresse de messagerie ne sera pas publiée. Les champs obligatoires sont '
               'indiqués avec *', note))
    s.append(Spacer(1, 6))
    foot = Table([[P('<b>Observatoire des partenariats</b><br/>Études et ressources sur les alliances entre '
                     'associations, entreprises, collectivités et fondations.', note),
                   P('<b>Rubriques</b><br/>Programmes · Études · Territoires · Publications · Agenda', note),
                   P('<b>Suivez-nous</b><br/>Lettre d’information mensuelle · Flux RSS', note)]],
                 colWidths=[(W - 28 * mm) / 3] * 3)
    foot.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), LIGHT), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                              ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    s.append(foot)
    s.append(P('Mentions légales · Plan du site · Accessibilité : partiellement conforme · Gestion des cookies · '
               '© Observatoire des partenariats', note))
    s.append(Spacer(1, 8))
    ck = Table([[P('Ce site utilise des cookies de mesure d’audience. En poursuivant votre navigation, vous acceptez '
                   'leur utilisation.   [ Accepter ]   [ Paramétrer ]', note)]], colWidths=[W - 28 * mm])
    ck.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, GREY), ('TOPPADDING', (0, 0), (-1, -1), 5),
                            ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
    s.append(ck)

    def total02(canv, n, total):
        canv.saveState()
        canv.setFont('DV', 7.5)
        canv.setFillColor(colors.black)
        canv.drawRightString(W - 10 * mm, 7 * mm, f'{n}/{total}')
        canv.restoreState()
    doc.build(s, canvasmaker=numbered_canvas(total02))
    return path


# ---------------------------------------------------------------------------
# 03 — Glossaire des alliances (deux colonnes)
# ---------------------------------------------------------------------------
GLOSSARY = [
    ('Agir ensemble en Territoire',
     'Démarche engagée en 2010, dans le prolongement de l’étude ARPEA-Collectivités locales réalisée par '
     'Comisis-OpinionWay. Trois territoires pilotes l’ont expérimentée : l’Alsace (avec Alsace Active), '
     'Poitou-Charentes (avec le Groupe La Poste) et Paris-Est Marne & Bois.',
     'Co-construction territoriale ; Charte du faire alliance'),
    ('Alliance',
     'Relation durable entre des acteurs de natures différentes (association, entreprise, collectivité, fondation, '
     'école…) qui mettent en commun des moyens pour répondre ensemble à un besoin du territoire.',
     'Droit de l’alliance d’intérêt général ; Co-construction territoriale'),
    ('ARPEA',
     'Premier programme quinquennal de l’Observatoire (2008-2012), organisé en 10 volets. Le sigle n’est pas '
     'développé de la même façon partout : « Analyse des Relations et des Partenariats entre Entreprises et '
     'Associations » dans le rapport quinquennal, « Analyser les Relations Partenariales entre Entreprises et '
     'Associations » sur une page de Le RAMEAU, et « Analyse des Relations Associations-Entreprises » dans une '
     'présentation du programme d’études.',
     'PHARE ; Rapport quinquennal'),
    ('Catalyseur territorial',
     'Personne ou structure qui fait naître et anime des coopérations sur un territoire. Le Fonds ODD 17 '
     's’appuie sur 350 « catalyseurs territoriaux ».',
     'Fonds ODD 17'),
    ('Charte du faire alliance',
     'Texte de référence présenté comme un « contrat de confiance » entre acteurs. Il est issu de trois mois de '
     'co-construction pilotés par la Fondation des Territoires et a été dévoilé le 30 novembre 2021, jour du Giving '
     'Tuesday, à Saint-Maurice (territoire Paris-Est Marne & Bois), au cours d’une soirée VitaWin. Attention : '
     'la page d’annonce publiée sur associations.gouv.fr parle d’un « mardi 30 septembre ».',
     'Fondation des Territoires ; Agir ensemble en Territoire'),
    ('COMISIS',
     'Cabinet d’études fondé par Anne Robin, qui assure par ailleurs bénévolement la direction scientifique de '
     'l’Observatoire des partenariats. Plusieurs enquêtes ont été conduites avec OpinionWay.',
     'Observatoire des partenariats'),
    ('Co-construction territoriale',
     'Manière de concevoir et de conduire un projet local en associant dès le départ tous les acteurs concernés. '
     'La fiche-repère « Les dynamiques d’engagement des Collectivités territoriales » en donne les clés ; elle est '
     'tirée de l’étude IMPACT-Élus locaux (novembre 2020, Comisis-OpinionWay).',
     'Fiche-repère ; Parcours d’expérience'),
    ('Droit de l’alliance d’intérêt général',
     'Objet d’une proposition de loi portée par Cathy Racon-Bouzon, déposée en février, agréée par le Bureau de '
     'l’Assemblée nationale puis publiée au Journal officiel. Une « feuille de route » ministérielle de 21 mesures '
     'l’accompagne.',
     'Alliance'),
    ('Fiche-repère',
     'Support court qui résume, pour un type d’acteur, les enseignements d’une étude. Une fiche acteur voisine, '
     '« Dynamique d’engagement des Fondations », existe pour les fondations.',
     'Co-construction territoriale'),
    ('Fondation des Territoires',
     'Fondation créée le 14 juin 2022 sous l’égide de la Fondation de Lille, par 21 co-fondateurs ; elle s’est vu '
     'confier trois missions. Sa préfiguration avait commencé en juillet 2018.',
     'Charte du faire alliance'),
    ('Fonds ODD 17',
     'Fonds co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, doté de 1,5 M€ pour une expérimentation '
     'menée sur trois ans.',
     'Catalyseur territorial ; ODD 17'),
    ('IMPACT',
     'Troisième programme quinquennal (2018-2022), lancé en novembre 2017 avec la Caisse des Dépôts, l’Institut CDC '
     'pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU. Il suit trois indicateurs : '
     'innovation, performance et confiance.',
     'PHARE ; ARPEA'),
    ('M.E.D.O.C.',
     'Moyen mnémotechnique désignant les ressources mises à disposition pour passer à l’action : Méthodes, '
     'Exemples, Données, Outils, Compétences. On les retrouve sur la plateforme www.odd17.org.',
     'ODD 17'),
    ('Observatoire des partenariats',
     'Dispositif d’études créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le '
     'Mouvement associatif. Des documents plus anciens (janvier 2011, décembre 2012) le font naître en 2007, sous '
     'le nom d’Observatoire national des partenariats associations / entreprises.',
     'ARPEA ; COMISIS'),
    ('ODD 17',
     'Dix-septième objectif de développement durable, consacré aux partenariats. La note du Comité 21 « ODD 17 : '
     'Sens, décryptages, déclinaisons », parue un 5 juillet, lui dénombre 19 cibles.',
     'M.E.D.O.C. ; Fonds ODD 17'),
    ('Parcours d’expérience',
     'Expérimentation conduite par le CGET et Le RAMEAU sur la co-construction territoriale : 11 territoires '
     'pionniers, un parcours de 18 mois, une première session le 3 mai. Un autre article évoque pour sa part '
     '« le CGET et 10 territoires pilotes ».',
     'Co-construction territoriale'),
    ('PHARE',
     'Deuxième programme quinquennal (2013-2018), décliné en six volets : Citoyens, Entreprises, Associations, '
     '13 rapports régionaux, diagnostics sectoriels et Institutions.',
     'ARPEA ; IMPACT'),
    ('Rapport quinquennal',
     'Bilan des cinq premières années d’études de l’Observatoire, rendu public le 11 décembre 2012.',
     'ARPEA'),
    ('Rapport d’état des lieux',
     'Rapport sur les partenariats entre associations et entreprises, demandé par la ministre Valérie Fourneyron '
     'et publié au début de 2014.',
     'Observatoire des partenariats'),
]


GLOSSARY += [
    ('Besoin, devoir et envie d’alliance',
     'Trois expressions employées pour qualifier l’attente de coopération selon le public interrogé : on parle de '
     '« devoir d’alliance » pour les citoyens, de « besoin d’alliance » pour les maires et d’« envie d’alliance » '
     'pour les dirigeants d’entreprise.',
     'Alliance ; Jouer collectif'),
    ('Exemple inspirant',
     'Initiative de terrain repérée, décrite et partagée pour donner des idées à d’autres territoires. Le RAMEAU en '
     'a fait l’un des piliers de sa mission de témoignage.',
     'Laboratoire d’innovations partenariales'),
    ('Formes de partenariat',
     'Les études distinguent quatre grandes familles de relations entre une association et ses partenaires : le '
     'mécénat, les pratiques responsables, la coopération économique et l’innovation sociétale.',
     'Alliance ; Innovation sociétale'),
    ('Giving Tuesday',
     'Journée mondiale consacrée à la générosité, fixée un mardi de fin d’année. Elle a été choisie pour dévoiler la '
     'Charte du faire alliance.',
     'Charte du faire alliance'),
    ('Innovation sociétale',
     'Réponse nouvelle à un besoin social ou environnemental, souvent née de la rencontre entre acteurs différents. '
     'C’est l’un des trois axes du programme IMPACT, avec la performance des organisations et la confiance.',
     'Formes de partenariat ; IMPACT'),
    ('Jouer collectif',
     'Formule employée par les élus locaux pour désigner le fait de s’appuyer sur l’ensemble des forces vives du '
     'territoire plutôt que d’agir seul ; elle est revenue avec force au moment de la sortie de crise sanitaire.',
     'Besoin, devoir et envie d’alliance'),
    ('Laboratoire d’innovations partenariales',
     'Manière dont Le RAMEAU, association d’intérêt général créée en 2006, décrit son rôle ; on trouve aussi '
     'l’expression « laboratoire de recherche empirique ».',
     'Exemple inspirant'),
    ('Programme quinquennal',
     'Cycle d’études de cinq ans qui structure le travail de l’Observatoire : ARPEA, puis PHARE, puis IMPACT.',
     'ARPEA ; PHARE ; IMPACT'),
    ('Référentiel de co-construction territoriale',
     'Outil destiné aux élus, lancé dans le sillage de PHARE-Institutions (29 novembre 2016), qui classe les maires '
     'en cinq profils selon leur rapport à la co-construction.',
     'Co-construction territoriale ; PHARE'),
    ('Territoire pionnier',
     'Territoire volontaire pour tester une démarche avant sa diffusion plus large, comme dans le parcours '
     'd’expérience conduit avec le CGET.',
     'Parcours d’expérience'),
]


def _gkey(entry):
    import unicodedata
    return unicodedata.normalize('NFD', entry[0]).encode('ascii', 'ignore').decode().lower()


GLOSSARY.sort(key=_gkey)


def doc03():
    path = out('03-glossaire-alliances')
    W, H = A4
    term = style('t03', 9.4, font='DV-B', color=TEAL, after=1)
    defi = style('d03', 8.7, after=1, lead=11.6)
    see = style('s03', 8, font='DV-I', color=GREY, after=7)
    title = style('ti03', 16, font='DV-B', after=2)
    intro = style('in03', 8.8, color=GREY, after=8)
    letter = style('l03', 13, font='DV-B', color=RED, before=2, after=3)
    printed = {1: 97, 2: 98, 3: 99}

    def on_page(canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        canv.setStrokeColor(RED)
        canv.setLineWidth(1.2)
        canv.line(18 * mm, H - 13 * mm, W - 18 * mm, H - 13 * mm)
        canv.setFont('DV-B', 7.8)
        canv.setFillColor(RED)
        canv.drawString(18 * mm, H - 11 * mm, 'CAHIER DE L’ALLIANCE')
        canv.setFillColor(GREY)
        canv.setFont('DV', 7.8)
        canv.drawRightString(W - 18 * mm, H - 11 * mm, 'ANNEXE B · GLOSSAIRE')
        canv.setStrokeColor(GREY)
        canv.setLineWidth(0.3)
        canv.line(W / 2, 19 * mm, W / 2, H - 48 * mm if n == 1 else H - 19 * mm)
        canv.setFont('DV', 8)
        canv.drawCentredString(W / 2, 10 * mm, f'— {printed.get(n, n)} —')
        canv.drawString(18 * mm, 10 * mm, 'Le RAMEAU · Observatoire des partenariats')
        canv.restoreState()

    gap = 8 * mm
    cw = (W - 36 * mm - gap) / 2
    top_first = H - 47 * mm
    f1 = [Frame(18 * mm, H - 47 * mm, W - 36 * mm, 30 * mm, id='head'),
          Frame(18 * mm, 18 * mm, cw, top_first - 18 * mm, id='c1'),
          Frame(18 * mm + cw + gap, 18 * mm, cw, top_first - 18 * mm, id='c2')]
    f2 = [Frame(18 * mm, 18 * mm, cw, H - 36 * mm, id='d1'),
          Frame(18 * mm + cw + gap, 18 * mm, cw, H - 36 * mm, id='d2')]
    from reportlab.platypus.doctemplate import NextPageTemplate
    doc = make_doc(path, A4, [PageTemplate('first', f1, onPage=on_page),
                              PageTemplate('next', f2, onPage=on_page)],
                   'Glossaire des alliances')
    s = [NextPageTemplate('next')]
    s.append(P('GLOSSAIRE DES ALLIANCES', title))
    s.append(P('Les mots des partenariats entre associations, entreprises, collectivités et fondations, tels qu’ils '
               'sont employés dans les publications de l’Observatoire. Les renvois « voir aussi » signalent les '
               'notions voisines.', intro))
    s.append(FrameBreak())
    current = None
    for t, d, v in GLOSSARY:
        first_letter = t[0].upper()
        block = []
        if first_letter != current:
            current = first_letter
            block.append(P(first_letter, letter))
        block += [P(t, term), P(d, defi), P('☞ Voir aussi : ' + v, see)]
        s.append(KeepTogether(block))
    s.append(FrameBreak())
    s.append(P('Sigles utilisés', letter))
    sig = [('AN', 'Assemblée nationale'), ('CDC', 'Caisse des Dépôts'),
           ('CGET', 'Commissariat général à l’égalité des territoires'),
           ('FNAF', 'Forum national des associations et fondations'), ('JO', 'Journal officiel'),
           ('ODD', 'objectif de développement durable'), ('PME', 'petites et moyennes entreprises'),
           ('TPE', 'très petites entreprises')]
    tb = Table([[P(f'<b>{a}</b>', defi), P(b, defi)] for a, b in sig], colWidths=[16 * mm, cw - 16 * mm])
    tb.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.3, GREY), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    s.append(tb)
    doc.build(s)
    return path


# ---------------------------------------------------------------------------
# 04 — Agenda / calendrier en tableau sur deux pages
# ---------------------------------------------------------------------------
AGENDA = [
    ('11 décembre 2012', '—', 'Observatoire des partenariats',
     'Publication du rapport quinquennal : bilan du programme ARPEA 2008-2012'),
    ('Début 2014', '—', 'Rapport demandé par la ministre Valérie Fourneyron',
     'État des lieux des partenariats entre associations et entreprises'),
    ('Septembre 2015', 'Enquête', 'Observatoire des partenariats',
     'PHARE-Citoyens : plus de 2 000 personnes interrogées'),
    ('Octobre 2015', '—', 'Observatoire des partenariats', 'PHARE-Entreprises'),
    ('Novembre 2015', '—', 'Observatoire des partenariats', 'PHARE-Associations'),
    ('29 février 2016', '—', 'Observatoire des partenariats',
     'Note sur les modèles de co-construction (entreprises, associations, pionniers)'),
    ('Mai-juin 2016', 'Enquête', 'Recherches & Solidarités · Le RAMEAU',
     'Terrain de l’enquête « Associations & Partenariats » (plus de 1 380 responsables associatifs)'),
    ('Juillet 2016', '—', 'Observatoire des partenariats', 'PHARE : diagnostics sectoriels'),
    ('29 novembre 2016', '—', 'Observatoire des partenariats',
     'PHARE-Institutions : cinq profils de maires'),
    ('Mars 2017', '—', 'Recherches & Solidarités · Le RAMEAU',
     'Parution de l’étude « Associations & Partenariats »'),
    ('Novembre 2017', '—', 'Caisse des Dépôts, Institut CDC pour la Recherche, Groupe La Poste, Fondation TOTAL, Le RAMEAU',
     'Lancement du programme IMPACT 2018-2022'),
    ('Juillet 2018', '—', 'Le RAMEAU et ses partenaires',
     'Début de la préfiguration de la Fondation des Territoires'),
    ('FNAF 2019', 'Forum FNAF', 'Gabriel Attal ; Cathy Racon-Bouzon ; Charles-Benoît Heidsieck',
     'Lancement de la mission ministérielle sur les alliances'),
    ('7 mai 2020', '—', 'Cathy Racon-Bouzon ; Charles-Benoît Heidsieck', 'Remise du rapport de mission'),
    ('17 octobre 2020', '—', 'Cathy Racon-Bouzon ; Charles-Benoît Heidsieck', 'Bilan de la mission'),
    ('Novembre 2020', 'Enquête', 'Comisis-OpinionWay',
     'Étude IMPACT-Élus locaux, d’où sort la fiche-repère sur les collectivités territoriales'),
    ('30 novembre 2021 (a)', 'Saint-Maurice (Paris-Est Marne & Bois), soirée VitaWin', 'Fondation des Territoires',
     'Giving Tuesday : présentation de la Charte du faire alliance'),
    ('14 juin 2022', '—', 'Fondation de Lille (égide) · 21 co-fondateurs', 'Création de la Fondation des Territoires'),
    ('30 sept.-28 oct. 2024', 'Enquête par téléphone', '302 maires interrogés',
     'Terrain du baromètre IMPACTS & TRAJECTOIRES – Élus locaux (publié en novembre 2024)'),
    ('3 mai (n.c.)', '—', 'CGET · Le RAMEAU',
     'Première session du parcours d’expérience : 11 territoires pionniers, 18 mois'),
    ('5 juillet (n.c.)', '—', 'Comité 21', 'Note « ODD 17 : Sens, décryptages, déclinaisons »'),
    ('23 septembre (n.c.)', '—', 'Observatoire des partenariats',
     'Publication de l’étude IMPACT Fondations & Territoires (42 fondations interrogées)'),
    ('15 novembre (n.c.)', 'Presse spécialisée', 'JURIS Associations', 'Dossier du n° 628'),
    ('23 novembre (n.c.)', 'Dîner', 'Élus et dirigeants d’entreprise', '3e dîner « Elus & Entreprises »'),
    ('26 novembre (n.c.)', 'En ligne', 'Le RAMEAU', '5e webinaire « l’ODD 17 en pratique »'),
    ('26 novembre (n.c.)', 'Normandie', 'Observatoire des partenariats', 'Parution du 11e rapport régional'),
]


def doc04():
    path = out('04-agenda-temps-forts')
    W, H = A4
    cell = style('c04', 8.4, after=0, lead=10.6)
    cellb = style('cb04', 8.4, font='DV-B', after=0, color=colors.white)
    sec = style('sec04', 8.4, font='DV-B', after=0, color=TEAL)
    title = style('t04', 15, font='DV-B', after=2)
    intro = style('i04', 8.6, color=GREY, after=6)
    note = style('n04', 7.8, color=GREY, after=2)
    printed = {1: 12, 2: 13}

    def on_page(canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        canv.setFillColor(SAND)
        canv.rect(0, H - 15 * mm, W, 15 * mm, stroke=0, fill=1)
        canv.setFillColor(RED)
        canv.setFont('DV-B', 9)
        canv.drawString(18 * mm, H - 9.5 * mm, 'AGENDA')
        canv.setFillColor(INK)
        canv.setFont('DV', 8)
        canv.drawString(36 * mm, H - 9.5 * mm, 'Centre de ressources de l’Observatoire des partenariats')
        canv.drawRightString(W - 18 * mm, H - 9.5 * mm, 'Calendrier rétrospectif des temps forts')
        canv.setFillColor(GREY)
        canv.setFont('DV', 7.5)
        canv.drawString(18 * mm, 10 * mm, 'n.c. : année non communiquée par la source · (a) voir la note en fin de tableau')
        canv.drawRightString(W - 18 * mm, 10 * mm, f'p. {printed.get(n, n)}')
        canv.restoreState()

    frame = Frame(18 * mm, 16 * mm, W - 36 * mm, H - 36 * mm, id='f')
    doc = make_doc(path, A4, [PageTemplate('ag', [frame], onPage=on_page)], 'Agenda des temps forts')
    s = [P('Temps forts de l’Observatoire, 2012-2024', title),
         P('Ce calendrier rassemble les rendez-vous, publications et lancements signalés dans nos sources, classés par '
           'date. Lorsque la source ne donne que le jour et le mois, l’événement est regroupé en fin de tableau.', intro)]
    rows = [[P('Date', cellb), P('Lieu / format', cellb), P('Intervenant·e·s / porteur', cellb), P('Thème', cellb)]]
    split_idx = None
    for i, (d, l, who, th) in enumerate(AGENDA):
        if '(n.c.)' in d and split_idx is None:
            split_idx = len(rows)
            rows.append([P('Rendez-vous dont l’année n’est pas communiquée', sec), '', '', ''])
        rows.append([P(d, cell), P(l, cell), P(who, cell), P(th, cell)])
    t = Table(rows, colWidths=[31 * mm, 38 * mm, 45 * mm, W - 36 * mm - 114 * mm], repeatRows=1)
    ts = [('BACKGROUND', (0, 0), (-1, 0), INK), ('GRID', (0, 0), (-1, -1), 0.35, GREY),
          ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 3.2),
          ('BOTTOMPADDING', (0, 0), (-1, -1), 3.2),
          ('SPAN', (0, split_idx), (-1, split_idx)), ('BACKGROUND', (0, split_idx), (-1, split_idx), PALE)]
    for r in range(1, len(rows)):
        if r != split_idx and r % 2 == 0:
            ts.append(('BACKGROUND', (0, r), (-1, r), LIGHT))
    t.setStyle(TableStyle(ts))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(P('(a) Date de la Charte du faire alliance : la plupart des sources retiennent le mardi 30 novembre 2021 '
               '(Giving Tuesday) ; la page d’annonce d’associations.gouv.fr indique « mardi 30 septembre ».', note))
    doc.build(s)
    return path


# ---------------------------------------------------------------------------
# 05 — Fiche pratique pas à pas
# ---------------------------------------------------------------------------
def doc05():
    path = out('05-fiche-pratique-alliance')
    W, H = A4
    body = style('b05', 9.4, after=4)
    title = style('t05', 16, font='DV-B', after=3, lead=20)
    kicker = style('k05', 8.5, font='DV-B', color=RED, after=2)
    intro = style('in05', 9.4, color=GREY, after=8)
    stepno = style('sn05', 20, font='DV-B', color=colors.white, align=TA_CENTER, lead=24)
    steph = style('sh05', 11, font='DV-B', color=TEAL, after=3)
    bul = style('bu05', 9.2, left=12, bullet_indent=2, after=2)
    boxh = style('bh05', 9.2, font='DV-B', color=RED, after=3)
    boxt = style('bt05', 8.9, after=2)
    printed = {1: '7.1', 2: '7.2', 3: '7.3'}

    def on_page(canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.rect(0, 0, 9 * mm, H, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont('DV-B', 8)
        canv.saveState()
        canv.translate(5.8 * mm, H / 2)
        canv.rotate(90)
        canv.drawCentredString(0, 0, 'FICHE PRATIQUE · FAIRE ALLIANCE SUR SON TERRITOIRE')
        canv.restoreState()
        canv.setFillColor(GREY)
        canv.setFont('DV', 7.5)
        canv.drawString(18 * mm, H - 11 * mm, 'Le RAMEAU · Boîte à outils des alliances · Fiche n° 7')
        canv.drawRightString(W - 16 * mm, H - 11 * mm, '✎ à photocopier librement')
        canv.drawString(18 * mm, 9 * mm, 'Ressources : www.odd17.org')
        canv.drawRightString(W - 16 * mm, 9 * mm, f'Fiche {printed.get(n, n)}')
        canv.restoreState()

    frame = Frame(18 * mm, 15 * mm, W - 34 * mm, H - 32 * mm, id='f')
    doc = make_doc(path, A4, [PageTemplate('fp', [frame], onPage=on_page)], 'Fiche pratique : bâtir une alliance territoriale')
    avail = W - 34 * mm

    def step(n, head, paras):
        num = Table([[Paragraph(str(n), stepno)]], colWidths=[12 * mm], rowHeights=[12 * mm])
        num.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), TEAL), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
        content = [P(head, steph)] + paras
        t = Table([[num, content]], colWidths=[16 * mm, avail - 16 * mm])
        t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
        return t

    def retenir(lines, head='⚠ À RETENIR'):
        content = [P(head, boxh)] + [Paragraph(fr(x), boxt, bulletText='✔') for x in lines]
        for c in content[1:]:
            c.style = ParagraphStyle('bx', parent=boxt, leftIndent=11, bulletIndent=0)
        t = Table([[content]], colWidths=[avail])
        t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), SAND), ('BOX', (0, 0), (-1, -1), 0.9, RED),
                               ('LEFTPADDING', (0, 0), (-1, -1), 8), ('RIGHTPADDING', (0, 0), (-1, -1), 8),
                               ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
        return KeepTogether([Spacer(1, 2), t, Spacer(1, 8)])

    s = [P('FICHE PRATIQUE N° 7', kicker),
         P('Bâtir une alliance sur son territoire, étape par étape', title),
         P('Pour : élus, responsables associatifs, dirigeants d’entreprise, fondations · Durée de lecture : 10 min · '
           'Niveau : débutant', intro),
         P('Légende des pictogrammes : ☞ conseil · ⚠ point de vigilance · ★ ressource à télécharger · ✔ à retenir', intro)]
    s.append(retenir(['81 % des Français ressentent un « devoir d’alliance », 92 % des maires expriment un « besoin '
                      'd’alliance » et 84 % des dirigeants d’entreprise une « envie d’alliance ».',
                      'Le sujet n’est donc pas de convaincre, mais d’outiller ceux qui veulent se lancer.'],
                     head='⚠ À RETENIR AVANT DE COMMENCER'))
    s.append(step(1, 'Faire le point sur son territoire', [
        P('Avant de chercher des partenaires, dressez un état des lieux : besoins non couverts, acteurs déjà engagés, '
          'initiatives existantes.', body),
        P('★ Appuyez-vous sur la fiche-repère « Les dynamiques d’engagement des Collectivités territoriales », '
          'issue de l’étude IMPACT-Élus locaux de novembre 2020 (Comisis-OpinionWay).', body),
        P('⚠ Les trois quarts des maires (76 %) jugent leur territoire engagé, mais 46 % déclarent ne pas savoir '
          'comment piloter une démarche d’alliance : prévoyez dès le départ qui coordonne.', body)]))
    s.append(step(2, 'Repérer les bons partenaires', [
        P('Listez les associations, entreprises, établissements scolaires, fondations et services publics présents '
          'localement. Un tableau à quatre colonnes (qui ? quelles ressources ? quelles attentes ? quel contact ?) '
          'suffit.', body),
        P('☞ Conseil : commencez petit, avec deux ou trois acteurs motivés, puis élargissez.', body)]))
    s.append(step(3, 'S’outiller avec M.E.D.O.C.', [
        P('Cinq familles de ressources aident à passer de l’intention à l’action :', body),
        Paragraph(fr('<b>M</b>éthodes · <b>E</b>xemples · <b>D</b>onnées · <b>O</b>utils · <b>C</b>ompétences'), bul,
                  bulletText='➜'),
        P('★ Toutes sont rassemblées sur la plateforme www.odd17.org.', body)]))
    s.append(retenir(['Les partenariats sont vus comme une source d’innovation par 74 % des Français, 81 % des dirigeants '
                      'd’entreprise, 86 % des responsables associatifs et 87 % des maires.',
                      'Une autre restitution de la même enquête retient 69 % des citoyens (au lieu de 74 %) : citez '
                      'votre source si vous reprenez ce chiffre.']))
    s.append(step(4, 'Formaliser l’engagement', [
        P('Écrivez noir sur blanc ce que chacun apporte et attend. La Charte du faire alliance peut servir de trame : '
          'elle se veut un « contrat de confiance » entre les signataires.', body),
        P('⚠ Une charte n’est pas un contrat de prestation : elle fixe un cadre de coopération, pas des livrables.', body)]))
    s.append(step(5, 'Faire vivre la coopération', [
        P('Fixez un rythme de rencontres, partagez les réussites et les difficultés, ouvrez le cercle à de nouveaux '
          'acteurs. Les démarches pilotes d’« Agir ensemble en Territoire » (Alsace, Poitou-Charentes, Paris-Est Marne '
          '& Bois) montrent l’intérêt d’un animateur identifié.', body)]))
    s.append(step(6, 'Mesurer ce que l’alliance change', [
        P('Suivez trois familles d’indicateurs, celles du programme IMPACT :', body),
        Paragraph(fr('l’<b>innovation</b> (solutions nouvelles apportées au territoire) ;'), bul, bulletText='➊'),
        Paragraph(fr('la <b>performance</b> des organisations partenaires ;'), bul, bulletText='➋'),
        Paragraph(fr('la <b>confiance</b> entre les acteurs.'), bul, bulletText='➌')]))
    s.append(retenir(['64 % des élus locaux souhaitent s’appuyer sur le « jouer collectif ».',
                      '92 % des maires reconnaissent l’utilité de la co-construction.',
                      'Ne confondez pas ce 92 % avec celui du « besoin d’alliance » cité en tête de fiche : il s’agit de '
                      'deux questions différentes.']))
    sub = style('sub05', 11, font='DV-B', color=TEAL, before=4, after=4)
    s.append(P('✗ Les erreurs fréquentes', sub))
    for x in ['Chercher d’abord un financeur plutôt qu’un partenaire : l’argent suit le projet, pas l’inverse.',
              'Oublier de nommer un coordinateur : c’est la difficulté citée par près de la moitié des maires.',
              'Signer une convention trop détaillée trop tôt, avant d’avoir appris à travailler ensemble.',
              'Ne rien mesurer : sans indicateurs, difficile de convaincre de nouveaux partenaires.']:
        s.append(Paragraph(fr(x), bul, bulletText='✗'))
    s.append(P('★ Pour aller plus loin', sub))
    for x in ['Le Fonds ODD 17, créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, soutient les catalyseurs '
              'territoriaux qui animent ces démarches.',
              'La fiche acteur « Dynamique d’engagement des Fondations » aide à associer une fondation au projet.',
              'La Fondation des Territoires accompagne la diffusion de la Charte du faire alliance.']:
        s.append(Paragraph(fr(x), bul, bulletText='★'))
    s.append(P('☑ Check-list avant de lancer votre alliance', sub))
    ck = [['☐', 'Le besoin du territoire est formulé en une phrase.'],
          ['☐', 'Au moins trois acteurs de natures différentes sont autour de la table.'],
          ['☐', 'Un coordinateur est désigné et disponible.'],
          ['☐', 'Les apports et attentes de chacun sont écrits.'],
          ['☐', 'Trois indicateurs de suivi sont choisis (innovation, performance, confiance).'],
          ['☐', 'Une date de premier bilan est fixée.']]
    ct = Table([[P(a, boxt), P(b, boxt)] for a, b in ck], colWidths=[8 * mm, avail - 8 * mm])
    ct.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.3, GREY), ('TOPPADDING', (0, 0), (-1, -1), 3),
                            ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
    s.append(ct)
    s.append(Spacer(1, 10))
    s.append(P('☎ Besoin d’aide ? Rapprochez-vous d’un catalyseur territorial de votre région.', intro))
    doc.build(s)
    return path


# ---------------------------------------------------------------------------
# 06 — Rapport en paysage, tableau continué avec en-tête répété
# ---------------------------------------------------------------------------
STUDIES = [
    ('ARPEA – volet Citoyens', '2008, puis 2012', 'Grand public',
     '86 % des Français jugeaient urgent de créer des partenariats en 2008, et 84 % en 2012. Près de 46 % des '
     'associations sont engagées avec une entreprise.', 'Programme ARPEA'),
    ('ARPEA Entreprises & Territoires', 'Janvier 2011', 'Entreprises',
     '21 % des entreprises développent des partenariats, 33 % souhaitent le faire, 46 % ne le souhaitent pas.',
     'Programme ARPEA'),
    ('PHARE-Citoyens', 'Septembre 2015', 'Plus de 2 000 personnes',
     '69 % des Français évoquent un « devoir d’alliance ». Emploi noté 7,1/10 parmi les enjeux du territoire.',
     'Programme PHARE'),
    ('Note sur les modèles de co-construction', '29 février 2016', 'Entreprises et associations',
     '37 % des entreprises de 10 salariés et plus sont engagées ; 38 % des associations (53 % des associations '
     'employeuses) ; 65 % des pionniers.', 'Observatoire'),
    ('Associations & Partenariats', 'Enquête mai-juin 2016 ; parution mars 2017',
     'Plus de 1 380 responsables associatifs',
     '2,5 partenaires en moyenne par association. Partenaires cités : collectivités 74 %, associations ou fondations '
     '72 %, enseignement 47 %, entreprises 28 %, structures d’insertion 22 %, recherche 9 %. Partenariat avec une '
     'entreprise : 50 % des associations au budget supérieur à 150 000 €, contre 20 % de celles sous 10 000 €.',
     'Recherches & Solidarités, Le RAMEAU'),
    ('IMPACT – Associations & Territoires', 'Programme IMPACT 2018-2022', '148 000 associations employeuses',
     '98 % ont des partenariats. Types de partenaires : collectivités 89 %, structures d’intérêt général 73 %, '
     'établissements scolaires 70 %, collectifs d’associations 56 %, acteurs publics nationaux 52 %, fédérations '
     'professionnelles 37 %, acteurs académiques 35 %. Échelle : locale 73 %, régionale 47 %. Nature : mécénat 75 %, '
     'innovation sociétale 73 %, pratiques responsables 70 %, coopération économique 58 %.',
     'Programme IMPACT'),
    ('IMPACT – Élus locaux', 'Novembre 2020', 'Élus locaux',
     '64 % des élus veulent s’appuyer sur le « jouer collectif » ; 92 % des maires reconnaissent l’utilité de la '
     'co-construction. Étude à l’origine d’une fiche-repère sur les collectivités territoriales.',
     'Comisis-OpinionWay'),
    ('Sortie de crise : jouer collectif', 'Après la crise sanitaire', 'Français ; dirigeants de TPE et PME',
     '81 % des Français et 84 % des dirigeants de TPE et PME jugent la co-construction utile à la résilience. '
     'Plus de 250 données inventoriées.', 'Le RAMEAU'),
    ('IMPACT Fondations & Territoires', 'Publication un 23 septembre', '42 fondations',
     'Regard des fondations sur leur rôle dans les territoires.', 'Observatoire'),
    ('IMPACTS & TRAJECTOIRES – Élus locaux', 'Du 30 septembre au 28 octobre 2024 (par téléphone) ; publication '
     'novembre 2024', '302 maires',
     '91 % voient leur territoire en mouvement (35 % fortement, 56 % ni plus ni moins). 84 % des répondants '
     'administrent une commune de moins de 2 000 habitants.', 'Observatoire'),
]


def doc06():
    path = out('06-rapport-synthese-paysage')
    W, H = landscape(A4)
    body = style('b06', 9.4, after=5)
    title = style('t06', 16, font='DV-B', after=2)
    kicker = style('k06', 8.5, font='DV-B', color=TEAL, after=2)
    cell = style('c06', 8.5, after=0, lead=11)
    cellb = style('cb06', 8.5, font='DV-B', after=0, color=colors.white)
    note = style('n06', 7.6, color=GREY, after=2)
    keyst = style('ks06', 8.6, after=0, align=TA_CENTER)
    printed = {1: 21, 2: 22, 3: 23}

    def on_page(canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        canv.setFillColor(INK)
        canv.setFont('DV-B', 8)
        canv.drawString(15 * mm, H - 10 * mm, 'RAPPORT DE SYNTHÈSE')
        canv.setFont('DV', 8)
        canv.drawString(60 * mm, H - 10 * mm, 'Observatoire des partenariats · Quinze ans d’enquêtes en un tableau')
        canv.drawRightString(W - 15 * mm, H - 10 * mm, 'Chapitre 2 · Les chiffres de référence')
        canv.setStrokeColor(TEAL)
        canv.setLineWidth(0.8)
        canv.line(15 * mm, H - 12.5 * mm, W - 15 * mm, H - 12.5 * mm)
        canv.setFillColor(GREY)
        canv.setFont('DV', 7.5)
        canv.drawString(15 * mm, 8 * mm, 'Sources : publications de l’Observatoire et de Le RAMEAU · chiffres arrondis tels que publiés')
        canv.drawRightString(W - 15 * mm, 8 * mm, f'page {printed.get(n, n)}')
        if n == 2:
            canv.setFillColor(RED)
            canv.setFont('DV-I', 7.5)
            canv.drawString(15 * mm, H - 17 * mm, 'Tableau 2.1 (suite)')
        canv.restoreState()

    frame = Frame(15 * mm, 13 * mm, W - 30 * mm, H - 33 * mm, id='f')
    doc = make_doc(path, landscape(A4), [PageTemplate('ls', [frame], onPage=on_page)],
                   'Rapport de synthèse : les chiffres de référence')
    s = [P('CHAPITRE 2', kicker), P('Les chiffres de référence des enquêtes, de 2008 à 2024', title),
         P('Ce chapitre réunit en un seul tableau les principaux résultats publiés par l’Observatoire des partenariats et '
           'ses partenaires depuis le premier programme quinquennal. Les populations interrogées diffèrent d’une étude à '
           'l’autre : un même pourcentage ne se compare donc pas d’une ligne à l’autre.', body)]
    kt = Table([[P('<font size="16"><b>148 000</b></font><br/>associations employeuses (IMPACT)', keyst),
                 P('<font size="16"><b>98 %</b></font><br/>d’entre elles ont des partenariats', keyst),
                 P('<font size="16"><b>302</b></font><br/>maires interrogés en 2024', keyst),
                 P('<font size="16"><b>2,5</b></font><br/>partenaires par association (2017)', keyst)]],
               colWidths=[(W - 30 * mm) / 4] * 4)
    kt.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), PALE), ('LINEAFTER', (0, 0), (-2, -1), 0.6, colors.white),
                            ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 7)]))
    s += [kt, Spacer(1, 8), P('<b>Tableau 2.1</b> — Synthèse des enquêtes, par ordre chronologique', body)]
    rows = [[P('Étude', cellb), P('Période / terrain', cellb), P('Population', cellb), P('Résultats clés', cellb),
             P('Porteur', cellb)]]
    for st in STUDIES:
        rows.append([P(f'<b>{st[0]}</b>', cell), P(st[1], cell), P(st[2], cell), P(st[3], cell), P(st[4], cell)])
    cw = [50 * mm, 42 * mm, 38 * mm, W - 30 * mm - 50 * mm - 42 * mm - 38 * mm - 38 * mm, 38 * mm]
    t = Table(rows, colWidths=cw, repeatRows=1)
    ts = [('BACKGROUND', (0, 0), (-1, 0), TEAL), ('GRID', (0, 0), (-1, -1), 0.35, GREY),
          ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 5),
          ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]
    for r in range(2, len(rows), 2):
        ts.append(('BACKGROUND', (0, r), (-1, r), LIGHT))
    t.setStyle(TableStyle(ts))
    s.append(t)
    s.append(Spacer(1, 6))
    s.append(P('Lecture : dans l’enquête IMPACT – Associations & Territoires, 89 % des associations employeuses ayant des '
               'partenariats en nouent avec des collectivités. Le taux de 73 % apparaît trois fois dans cette ligne, pour '
               'trois questions distinctes (structures d’intérêt général, échelle locale, innovation sociétale).', note))
    s.append(P('Le programme IMPACT a été conduit avec la Caisse des Dépôts, l’Institut CDC pour la Recherche, le Groupe '
               'La Poste, la Fondation TOTAL et Le RAMEAU.', note))
    s.append(PageBreak())
    h2 = style('h206', 12, font='DV-B', color=TEAL, before=4, after=5)
    s.append(P('2.2 Trois programmes, une même question', h2))
    s.append(P('Les enquêtes du tableau 2.1 s’inscrivent dans trois cycles de cinq ans. Chacun a déplacé la focale : '
               'ARPEA a dressé un premier état des lieux, PHARE a éclairé les pratiques de chaque famille d’acteurs, '
               'IMPACT s’est attaché à mesurer les effets produits par les alliances<super>1</super>.', body))
    rows = [[P('Programme', cellb), P('Période', cellb), P('Organisation', cellb), P('Jalon marquant', cellb)],
            [P('<b>ARPEA</b>', cell), P('2008-2012', cell), P('10 volets', cell),
             P('Rapport quinquennal rendu public le 11 décembre 2012', cell)],
            [P('<b>PHARE</b>', cell), P('2013-2018 (2013-2017 dans certaines présentations)<super>2</super>', cell),
             P('6 volets, dont 13 rapports régionaux', cell),
             P('PHARE-Institutions, publié le 29 novembre 2016 : cinq profils de maires', cell)],
            [P('<b>IMPACT</b>', cell), P('2018-2022, lancé en novembre 2017', cell),
             P('3 axes : innovation sociétale et territoriale, performance des organisations, confiance', cell),
             P('Étude IMPACT – Associations & Territoires (148 000 associations employeuses)', cell)]]
    t2 = Table(rows, colWidths=[35 * mm, 62 * mm, 80 * mm, W - 30 * mm - 177 * mm])
    t2.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), INK), ('GRID', (0, 0), (-1, -1), 0.35, GREY),
                            ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 5),
                            ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
    s += [t2, Spacer(1, 8)]
    s.append(P('2.3 Précautions de lecture', h2))
    for txt in ['Les pourcentages portent sur des populations différentes (Français, maires, dirigeants, responsables '
                'associatifs, associations employeuses) et ne s’additionnent pas.',
                'Une même année peut apparaître sous deux formes : date de terrain de l’enquête et date de publication.',
                'Les chiffres sont reproduits tels qu’ils ont été publiés, sans recalcul ni redressement.']:
        s.append(Paragraph(fr(txt), style('bl06', 9.2, left=12, bullet_indent=2, after=3), bulletText='•'))
    s.append(Spacer(1, 10))
    s.append(P('<super>1</super> L’Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le '
               'RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif.', note))
    s.append(P('<super>2</super> Les deux bornes de fin circulent dans les documents de présentation du programme ; nous '
               'les reproduisons toutes deux.', note))
    doc.build(s)
    return path


def main():
    os.makedirs(OUT, exist_ok=True)
    from pypdf import PdfReader
    total = 0
    for f in (doc01, doc02, doc03, doc04, doc05, doc06):
        p = f()
        n = len(PdfReader(p).pages)
        total += n
        print(f'{p} : {n} page(s)')
    print(f'total : {total} pages')


if __name__ == '__main__':
    main()
