#!/usr/bin/env python3
"""Générateur déterministe des 5 documents du jeu de questions à l'aveugle s56.

Usage : python make_docs.py [dossier_de_sortie]   (défaut : dossier de ce script)

reportlab, rl_config.invariant = 1, police DejaVu Sans, texte aligné à gauche,
aucune césure. Chaque « page logique » se termine par un saut de page explicite ;
le script vérifie à la fin le nombre de pages de chaque PDF.
"""
import os
import sys

from reportlab import rl_config

rl_config.invariant = 1
rl_config.hyphenationLang = ''
rl_config.embeddedHyphenation = 0

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, PageBreak, FrameBreak,
                                NextPageTemplate, KeepTogether)

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

# ---------------------------------------------------------------- palette
VERT = colors.HexColor('#1f6f5c')
VERT_CLAIR = colors.HexColor('#e3f1ec')
BLEU = colors.HexColor('#1d3f72')
BLEU_CLAIR = colors.HexColor('#e6edf7')
ORANGE = colors.HexColor('#c8611b')
ORANGE_CLAIR = colors.HexColor('#fbeee3')
GRIS = colors.HexColor('#555555')
GRIS_CLAIR = colors.HexColor('#eeeeee')


def st(name, size=9.5, lead=None, font='DV', color=colors.black, before=0, after=4,
       left=0, first=0, back=None):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.32,
                          textColor=color, spaceBefore=before, spaceAfter=after,
                          leftIndent=left, firstLineIndent=first, alignment=TA_LEFT,
                          hyphenationLang='', embeddedHyphenation=0, uriWasteReduce=0,
                          backColor=back)


BODY = st('body')
BODY_S = st('body_s', 8.6)
SMALL = st('small', 7.6, color=GRIS)
FOOT = st('foot', 7.2, after=1.5)
H1 = st('h1', 17, font='DV-B', color=BLEU, after=6)
H2 = st('h2', 11.5, font='DV-B', color=VERT, before=5, after=3)
H3 = st('h3', 9.8, font='DV-B', color=BLEU, before=3, after=2)
BUL = st('bul', 9.2, left=11, first=-8, after=2.5)
QUOTE = st('quote', 9.2, font='DV-I', color=colors.HexColor('#333333'), left=10)
CELL = st('cell', 8.3, after=0)
CELL_B = st('cell_b', 8.3, font='DV-B', after=0, color=colors.white)


def P(text, style=BODY):
    return Paragraph(text, style)


def bullets(items, style=BUL, sym='•'):
    return [Paragraph(f'{sym}&nbsp;&nbsp;{t}', style) for t in items]


def numbered(items, style=BUL):
    return [Paragraph(f'<b>{i}.</b>&nbsp;&nbsp;{t}', style) for i, t in enumerate(items, 1)]


def table(rows, widths, head=BLEU, zebra=GRIS_CLAIR, cell=CELL, cell_b=CELL_B):
    data = []
    for r, row in enumerate(rows):
        data.append([Paragraph(str(c), cell_b if r == 0 else cell) for c in row])
    t = Table(data, colWidths=widths, hAlign='LEFT')
    style = [('BACKGROUND', (0, 0), (-1, 0), head),
             ('VALIGN', (0, 0), (-1, -1), 'TOP'),
             ('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.HexColor('#bbbbbb')),
             ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5)]
    for r in range(1, len(rows)):
        if r % 2 == 0:
            style.append(('BACKGROUND', (0, r), (-1, r), zebra))
    t.setStyle(TableStyle(style))
    return t


def keybox(big, text, width, back=VERT_CLAIR, fg=VERT, big_size=20):
    bs = st('kb_big', big_size, font='DV-B', color=fg, after=1)
    ts = st('kb_txt', 8.4, after=0)
    t = Table([[Paragraph(big, bs)], [Paragraph(text, ts)]], colWidths=[width], hAlign='LEFT')
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), back),
                           ('LINEBEFORE', (0, 0), (0, -1), 3, fg),
                           ('LEFTPADDING', (0, 0), (-1, -1), 7),
                           ('TOPPADDING', (0, 0), (-1, -1), 3),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
    return t


def encadre(flows, width, back=ORANGE_CLAIR, line=ORANGE):
    t = Table([[f] for f in flows], colWidths=[width], hAlign='LEFT')
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), back),
                           ('BOX', (0, 0), (-1, -1), 0.8, line),
                           ('LEFTPADDING', (0, 0), (-1, -1), 6),
                           ('RIGHTPADDING', (0, 0), (-1, -1), 6),
                           ('TOPPADDING', (0, 0), (-1, -1), 2),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]))
    return t


def build(fname, pagesize, templates, story, expected_pages, title, author='Observatoire des partenariats'):
    path = os.path.join(OUT, fname)
    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=0, rightMargin=0, topMargin=0,
                          bottomMargin=0, title=title, author=author,
                          subject='Observatoire des partenariats', creator='make_docs.py (s56)')
    doc.addPageTemplates(templates)
    doc.build(story)
    from pypdf import PdfReader
    n = len(PdfReader(path).pages)
    if n != expected_pages and not os.environ.get('S56_NOCHECK'):
        raise SystemExit(f'{fname}: {n} pages, {expected_pages} attendues (débordement ?)')
    print(f'{fname}: {n} pages')


# =====================================================================
# 01 — La Lettre de l'Observatoire (lettre d'information, A4, 2 colonnes)
# =====================================================================
def doc01():
    W, H = A4
    M = 16 * mm
    GAP = 7 * mm
    colw = (W - 2 * M - GAP) / 2
    OFFSET = 88  # pagination annuelle continue : PDF p.1 = page 89

    def deco(c, d, first=False):
        c.saveState()
        n = c.getPageNumber()
        if first:
            c.setFillColor(VERT)
            c.rect(0, H - 46 * mm, W, 46 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont('DV-B', 24)
            c.drawString(M, H - 20 * mm, 'La Lettre de l’Observatoire')
            c.setFont('DV', 10.5)
            c.drawString(M, H - 28 * mm, 'Observatoire des partenariats · Le RAMEAU')
            c.setFont('DV-B', 10.5)
            c.drawString(M, H - 37 * mm, 'N° 23 · Octobre 2022 · Spécial « faire alliance »')
            c.setFillColor(ORANGE)
            c.rect(W - M - 46 * mm, H - 43 * mm, 46 * mm, 20 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont('DV-B', 9)
            c.drawString(W - M - 43 * mm, H - 29 * mm, 'DANS CE NUMÉRO')
            c.setFont('DV', 7.6)
            c.drawString(W - M - 43 * mm, H - 34 * mm, 'Fondation des Territoires')
            c.drawString(W - M - 43 * mm, H - 38 * mm, 'Charte · Droit · Fonds ODD 17')
        else:
            c.setFillColor(VERT)
            c.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont('DV-B', 9)
            c.drawString(M, H - 9 * mm, 'La Lettre de l’Observatoire · n° 23')
            c.setFont('DV', 8.5)
            c.drawRightString(W - M, H - 9 * mm, 'Octobre 2022')
        c.setStrokeColor(VERT)
        c.setLineWidth(0.6)
        c.line(M, 13 * mm, W - M, 13 * mm)
        c.setFillColor(GRIS)
        c.setFont('DV', 7.5)
        c.drawString(M, 8.5 * mm, 'Observatoire des partenariats · Le RAMEAU · Lettre d’information · Collection 2022')
        c.setFont('DV-B', 9)
        c.drawRightString(W - M, 8.5 * mm, str(OFFSET + n))
        c.restoreState()

    top1 = H - 52 * mm
    top = H - 20 * mm
    bottom = 18 * mm
    f1_full = Frame(M, top1 - 50 * mm, W - 2 * M, 50 * mm, id='une', showBoundary=0,
                    leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f1_l = Frame(M, bottom, colw, top1 - 50 * mm - bottom - 3 * mm, id='l1', leftPadding=0,
                 rightPadding=0, topPadding=0, bottomPadding=0)
    f1_r = Frame(M + colw + GAP, bottom, colw, top1 - 50 * mm - bottom - 3 * mm, id='r1',
                 leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f_head = Frame(M, top - 22 * mm, W - 2 * M, 22 * mm, id='tete', leftPadding=0,
                   rightPadding=0, topPadding=0, bottomPadding=0)
    f_l = Frame(M, bottom, colw, top - 22 * mm - bottom - 2 * mm, id='l', leftPadding=0,
                rightPadding=0, topPadding=0, bottomPadding=0)
    f_r = Frame(M + colw + GAP, bottom, colw, top - 22 * mm - bottom - 2 * mm, id='r',
                leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    templates = [
        PageTemplate('couv', [f1_full, f1_l, f1_r], onPage=lambda c, d: deco(c, d, True)),
        PageTemplate('int', [f_head, f_l, f_r], onPage=lambda c, d: deco(c, d, False)),
    ]
    RUB = st('rub', 8, font='DV-B', color=ORANGE, after=1)
    s = []
    # ---------------- page 1
    s += [P('À LA UNE', RUB),
          P('Lille, 14 juin 2022 : la Fondation des Territoires voit le jour', H1),
          P('Après près de quatre années de préfiguration, la Fondation des Territoires a été '
            'officiellement créée le 14 juin 2022, sous l’égide de la Fondation de Lille. Elle réunit '
            '21 co-fondateurs et s’est donné trois missions, qui seront détaillées dans un prochain numéro.',
            st('chapo', 10.5, font='DV-B', color=GRIS)),
          FrameBreak()]
    s += [P('Éditorial', H2),
          P('Cette lettre d’automne ouvre une série consacrée au « faire alliance ». Quatre années '
            'ont été nécessaires pour passer d’une intuition, partagée dans les territoires pionniers, '
            'à une fondation dotée d’une gouvernance propre. Nous revenons sur ce cheminement, sur la '
            'Charte du faire alliance dévoilée fin 2021, sur la reconnaissance d’un droit de l’alliance '
            'et sur le Fonds ODD 17.'),
          P('<i>La rédaction</i>', BODY_S),
          P('Un cheminement en trois étapes', H2),
          P('La préfiguration a été lancée en juillet 2018. Elle s’est déroulée en trois temps '
            'successifs, chacun conclu par un bilan partagé avec les partenaires :'),
          table([['Étape', 'Période', 'Durée'],
                 ['1', 'juillet 2018 – juillet 2019', '13 mois'],
                 ['2', 'août 2019 – novembre 2020', '16 mois'],
                 ['3', 'décembre 2020 – mai 2022', '18 mois']],
                [14 * mm, 45 * mm, colw - 59 * mm], head=VERT, zebra=VERT_CLAIR),
          Spacer(1, 4),
          P('La création juridique est intervenue le mois suivant la fin de la troisième étape.', BODY_S),
          FrameBreak()]
    s += [keybox('21', 'co-fondateurs réunis autour de la Fondation des Territoires lors de sa '
                 'création, le 14 juin 2022.', colw),
          Spacer(1, 6),
          P('Une fondation abritée', H2),
          P('Le choix d’une fondation abritée par la Fondation de Lille permet de démarrer sans '
            'attendre une reconnaissance d’utilité publique, tout en bénéficiant d’un cadre '
            'éprouvé pour recevoir des dons.'),
          P('Ce qui change', H3)]
    s += bullets(['une gouvernance collégiale, ouverte aux co-fondateurs ;',
                  'un portage des outils issus de la préfiguration ;',
                  'un lien direct avec les travaux de l’Observatoire.'])
    s += [Spacer(1, 4),
          P('Pour en savoir plus : rubrique « Fondation » du site de l’Observatoire.', SMALL),
          NextPageTemplate('int'), PageBreak()]
    # ---------------- page 2
    s += [P('DOSSIER', RUB),
          P('La Charte du faire alliance, un « contrat de confiance »', H1),
          FrameBreak()]
    s += [P('Trois mois de co-construction', H2),
          P('La Charte du faire alliance est le fruit de trois mois de co-construction, pilotés '
            'par la Fondation des Territoires, alors en préfiguration. Le texte se présente comme '
            'un « contrat de confiance » entre celles et ceux qui décident d’agir ensemble au '
            'service du bien commun.'),
          P('Un dévoilement au Giving Tuesday', H2),
          P('La Charte a été dévoilée le mardi 30 novembre 2021, jour du Giving Tuesday, à '
            'Saint-Maurice, sur le territoire de Paris-Est Marne &amp; Bois, au cours d’une soirée '
            'organisée par VitaWin.'),
          encadre([P('<b>Précision de la rédaction</b>', BODY_S),
                   P('La page d’actualité publiée sur associations.gouv.fr pour annoncer la soirée '
                     'indique « mardi 30 septembre ». Nos archives, comme les autres comptes rendus '
                     'de l’événement, retiennent le 30 novembre 2021, date du Giving Tuesday.', BODY_S)],
                  colw),
          FrameBreak()]
    s += [P('Des racines anciennes', H2),
          P('La Charte prolonge la démarche « Agir ensemble en Territoire », initiée en 2010 à la '
            'suite de l’étude ARPEA-Collectivités locales. Trois territoires pilotes avaient alors '
            'ouvert la voie (voir notre guide pratique, étape 3).'),
          P('Ce que contient la Charte', H2)]
    s += bullets(['des principes d’action partagés par les signataires ;',
                  'des engagements réciproques, formulés comme un contrat de confiance ;',
                  'une invitation à rendre compte, chaque année, des alliances nouées.'])
    s += [Spacer(1, 5),
          P('« Signer la Charte, c’est accepter de regarder ce que l’on ne sait pas faire seul. »', QUOTE),
          P('— un participant de la soirée de Saint-Maurice', SMALL),
          PageBreak()]
    # ---------------- page 3
    s += [P('DROIT', RUB),
          P('Vers un droit de l’alliance d’intérêt général', H1),
          FrameBreak()]
    s += [P('Une mission ministérielle', H2),
          P('Lors du Forum national des associations et fondations (FNAF) de 2019, Gabriel Attal '
            'a confié une mission à Cathy Racon-Bouzon et Charles-Benoît Heidsieck. Leur rapport a '
            'été remis le 7 mai 2020 ; un premier bilan a été dressé le 17 octobre 2020.'),
          P('Une proposition de loi', H2),
          P('Portée par Cathy Racon-Bouzon et déposée en février, la proposition de loi relative '
            'au « droit de l’alliance d’intérêt général » a été agréée par le Bureau de '
            'l’Assemblée nationale puis publiée au Journal officiel. Elle s’accompagne d’une '
            '« feuille de route » ministérielle de 21 mesures.'),
          P('Chronologie', H3),
          table([['Quand', 'Quoi'],
                 ['FNAF 2019', 'mission confiée par Gabriel Attal'],
                 ['7 mai 2020', 'remise du rapport de mission'],
                 ['17 octobre 2020', 'premier bilan'],
                 ['février', 'dépôt de la proposition de loi']],
                [30 * mm, colw - 30 * mm], head=VERT, zebra=VERT_CLAIR),
          FrameBreak()]
    s += [P('Une attente largement partagée', H2),
          P('Les enquêtes citées à l’appui de ce texte montrent une convergence rare entre les '
            'trois publics interrogés :', BODY),
          table([['Public', 'Formulation', '%'],
                 ['Français', '« devoir d’alliance »', '81 %'],
                 ['Maires', '« besoin d’alliance »', '92 %'],
                 ['Dirigeants d’entreprises', '« envie d’alliance »', '84 %']],
                [30 * mm, 36 * mm, colw - 66 * mm], head=ORANGE, zebra=ORANGE_CLAIR),
          Spacer(1, 5),
          P('Ces trois mots — devoir, besoin, envie — résument, pour la rédaction, l’état '
            'd’esprit de chacun des publics.', BODY_S),
          Spacer(1, 6),
          encadre([P('<b>Le saviez-vous ?</b>', BODY_S),
                   P('La mission ministérielle a été conduite en binôme : celle qui portera ensuite '
                     'la proposition de loi et le président-fondateur du RAMEAU. Ce choix visait à '
                     'croiser deux regards sur l’alliance.', BODY_S)], colw,
                  back=VERT_CLAIR, line=VERT),
          PageBreak()]
    # ---------------- page 4
    s += [P('BRÈVES &amp; AGENDA', RUB),
          P('Fonds ODD 17, lectures et équipe', H1),
          FrameBreak()]
    s += [P('Le Fonds ODD 17', H2),
          P('Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies, le Fonds ODD 17 dispose '
            'd’une dotation de 1,5 M€ pour conduire une expérimentation sur trois ans. Il s’appuie '
            'sur un réseau de 350 « catalyseurs territoriaux ».'),
          keybox('350', 'catalyseurs territoriaux mobilisés par le Fonds ODD 17.', colw,
                 back=BLEU_CLAIR, fg=BLEU),
          Spacer(1, 5),
          P('Lu pour vous', H2),
          P('L’étude IMPACT – Fondations &amp; Territoires, publiée le 23 septembre, s’appuie sur '
            'les réponses de 42 fondations. Elle est complétée par la fiche acteur « Dynamique '
            'd’engagement des Fondations ».'),
          FrameBreak()]
    s += [P('L’équipe', H2)]
    s += bullets(['Charles-Benoît Heidsieck, président-fondateur du RAMEAU ;',
                  'Laurence Weber, directrice générale du RAMEAU ;',
                  'Anne Robin, fondatrice de COMISIS, assure bénévolement la direction scientifique '
                  'de l’Observatoire.'])
    s += [P('À noter', H2)]
    s += bullets(['prochain numéro : les trois missions de la Fondation des Territoires ;',
                  'la plateforme M.E.D.O.C. reste accessible sur www.odd17.org.'])
    s += [Spacer(1, 4),
          P('Les chiffres du numéro', H2),
          table([['Chiffre', 'De quoi parle-t-on ?'],
                 ['21', 'co-fondateurs de la Fondation des Territoires'],
                 ['21', 'mesures de la feuille de route ministérielle'],
                 ['3 mois', 'de co-construction de la Charte'],
                 ['1,5 M€', 'dotation du Fonds ODD 17, sur trois ans'],
                 ['350', 'catalyseurs territoriaux']],
                [20 * mm, colw - 20 * mm], head=ORANGE, zebra=ORANGE_CLAIR)]
    s += [Spacer(1, 6),
          P('La Lettre de l’Observatoire est éditée par Le RAMEAU. '
            'Reproduction autorisée avec mention de la source.', SMALL)]
    build('obs-s56-01-lettre-information.pdf', A4, templates, s, 4,
          'La Lettre de l’Observatoire n° 23 — octobre 2022')


# =====================================================================
# 02 — Chapitre d'étude avec notes de bas de page (A4, 1 colonne)
# =====================================================================
def doc02():
    W, H = A4
    M = 22 * mm
    OFFSET = 40  # pages 41 à 45 du recueil
    FN_H = 30 * mm

    def deco(c, d):
        c.saveState()
        n = c.getPageNumber()
        pr = OFFSET + n
        c.setFillColor(BLEU)
        c.rect(0, H - 4 * mm, W, 4 * mm, stroke=0, fill=1)
        c.setFont('DV', 7.8)
        c.setFillColor(GRIS)
        if pr % 2 == 0:
            c.drawString(M, H - 12 * mm, f'{pr}   Les associations et leurs partenaires')
        else:
            c.drawRightString(W - M, H - 12 * mm, f'Chapitre 3 · Des partenariats devenus la norme   {pr}')
        c.setStrokeColor(colors.HexColor('#999999'))
        c.setLineWidth(0.4)
        c.line(M, H - 14 * mm, W - M, H - 14 * mm)
        c.line(M, 12 * mm, W - M, 12 * mm)
        c.setFont('DV', 7)
        c.drawString(M, 8 * mm, 'Observatoire des partenariats · Recueil d’études « Associations » · '
                                'reproduction autorisée avec mention de la source')
        c.restoreState()

    def deco_first(c, d):
        deco(c, d)
        c.saveState()
        c.setFillColor(BLEU)
        c.rect(0, H - 62 * mm, W, 44 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV', 11)
        c.drawString(M, H - 30 * mm, 'CHAPITRE 3')
        c.setFont('DV-B', 20)
        c.drawString(M, H - 42 * mm, 'Des partenariats devenus la norme')
        c.setFont('DV', 10)
        c.drawString(M, H - 52 * mm, 'Ce que disent les enquêtes sur les associations et leurs partenaires')
        c.restoreState()

    def frames(first=False):
        topy = H - (68 if first else 20) * mm
        main = Frame(M, 16 * mm + FN_H, W - 2 * M, topy - 16 * mm - FN_H, id='main',
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        fn = Frame(M, 15 * mm, W - 2 * M, FN_H, id='notes', leftPadding=0, rightPadding=0,
                   topPadding=2, bottomPadding=0)
        return [main, fn]

    def fn_deco(c, d):
        pass

    templates = [PageTemplate('first', frames(True), onPage=deco_first),
                 PageTemplate('page', frames(False), onPage=deco)]

    def notes(items):
        out = [Table([['']], colWidths=[45 * mm], rowHeights=[1],
                     style=[('LINEABOVE', (0, 0), (-1, -1), 0.5, colors.black)], hAlign='LEFT')]
        out += [P(f'<super>{k}</super> {t}', FOOT) for k, t in items]
        return out

    s = []
    # ---------------- page 1 (41)
    s += [P('3.1 Une pratique presque universelle chez les associations employeuses', H2),
          P('Longtemps présenté comme l’affaire de quelques structures pionnières, le partenariat '
            'est aujourd’hui une réalité quotidienne pour la très grande majorité des associations '
            'qui emploient des salariés. L’étude IMPACT – Associations &amp; Territoires, menée dans '
            'le cadre du programme IMPACT de l’Observatoire<super>1</super>, porte sur les quelque '
            '148 000 associations employeuses que compte la France.'),
          P('Le résultat principal tient en un chiffre : 98 % d’entre elles déclarent au moins un '
            'partenariat. Autrement dit, l’association sans partenaire est devenue l’exception '
            'parmi les employeuses<super>2</super>.'),
          Table([[keybox('98 %', 'des associations employeuses ont au moins un partenariat '
                         '(IMPACT – Associations &amp; Territoires).', 75 * mm, back=BLEU_CLAIR, fg=BLEU),
                  keybox('148 000', 'associations employeuses : la population couverte par '
                         'l’étude IMPACT.', 75 * mm, back=BLEU_CLAIR, fg=BLEU)]],
                colWidths=[80 * mm, 80 * mm], hAlign='LEFT'),
          Spacer(1, 6),
          P('Ce constat appelle deux précisions. D’une part, il concerne les seules associations '
            'employeuses et ne peut pas être étendu tel quel à l’ensemble du monde associatif, '
            'dont la majorité fonctionne sans salarié. D’autre part, « avoir un partenariat » ne dit '
            'rien de l’intensité de la relation : un échange ponctuel avec une école et une '
            'convention pluriannuelle avec une collectivité sont ici comptés de la même façon.'),
          P('Les sections suivantes décrivent d’abord les partenaires (3.1.1), puis la nature des '
            'relations (3.1.2), avant de comparer ces résultats à ceux d’une enquête plus ancienne '
            'conduite auprès de l’ensemble des associations (3.2).'),
          FrameBreak()]
    s += notes([(1, 'Programme IMPACT (2018-2022), conduit avec la Caisse des Dépôts, l’Institut CDC '
                    'pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU.'),
                (2, 'Le terme « partenariat » recouvre ici toute relation suivie avec une organisation '
                    'extérieure, quelle que soit sa forme juridique.')])
    s += [NextPageTemplate('page'), PageBreak()]
    # ---------------- page 2 (42)
    s += [P('3.1.1 Les partenaires : les collectivités en tête', H3),
          P('Les collectivités territoriales arrivent largement en tête des partenaires cités par '
            'les associations employeuses : près de neuf sur dix travaillent avec au moins l’une '
            'd’entre elles. Viennent ensuite les autres structures d’intérêt général, puis les '
            'établissements scolaires.'),
          P('<b>Tableau 3.1 — Partenaires des associations employeuses (IMPACT – Associations &amp; '
            'Territoires), en % des associations</b>', BODY_S),
          table([['Type de partenaire', 'Part des associations employeuses'],
                 ['Collectivités territoriales', '89 %'],
                 ['Structures d’intérêt général', '73 %'],
                 ['Établissements scolaires', '70 %'],
                 ['Collectifs d’associations', '56 %'],
                 ['Acteurs publics nationaux', '52 %'],
                 ['Fédérations professionnelles', '37 %'],
                 ['Acteurs académiques', '35 %']],
                [90 * mm, 60 * mm]),
          Spacer(1, 6),
          P('<b>Une géographie de proximité.</b> Les partenariats se nouent d’abord à l’échelle '
            'locale, citée par 73 % des associations employeuses, loin devant l’échelle régionale '
            '(47 %)<super>3</super>. Ce résultat conforte l’idée que le territoire vécu reste le '
            'premier espace de coopération.'),
          P('On notera que les fédérations professionnelles (37 %) devancent légèrement les acteurs '
            'académiques (35 %), alors que l’ordre inverse est souvent supposé.'),
          FrameBreak()]
    s += notes([(3, 'Plusieurs réponses possibles : une même association peut agir à plusieurs '
                    'échelles. Les échelles nationale et internationale ne sont pas détaillées ici.')])
    s += [PageBreak()]
    # ---------------- page 3 (43)
    s += [P('3.1.2 La nature des relations', H3),
          P('<b>Tableau 3.2 — Formes de partenariat déclarées par les associations employeuses '
            '(IMPACT), en %</b>', BODY_S),
          table([['Forme de partenariat', '%'],
                 ['Mécénat', '75 %'],
                 ['Innovation sociétale', '73 %'],
                 ['Pratiques responsables', '70 %'],
                 ['Coopération économique', '58 %']],
                [90 * mm, 30 * mm], head=VERT, zebra=VERT_CLAIR),
          Spacer(1, 5),
          P('Le mécénat reste la porte d’entrée la plus fréquente, mais il n’est plus dominant : '
            'l’innovation sociétale et les pratiques responsables atteignent des niveaux voisins.'),
          P('3.2 Un éclairage complémentaire : l’enquête « Associations &amp; Partenariats »', H2),
          P('Publiée en mars 2017 par Recherches &amp; Solidarités et Le RAMEAU, l’enquête '
            '« Associations &amp; Partenariats » repose sur un questionnaire diffusé en mai et juin '
            '2016, auquel ont répondu plus de 1 380 responsables associatifs<super>4</super>. '
            'Contrairement à l’étude IMPACT, elle couvre les associations avec ou sans salarié.'),
          P('Une association y compte en moyenne 2,5 partenaires. Les collectivités sont citées par '
            '74 % des répondants, les associations et fondations par 72 %, l’enseignement par 47 %, '
            'les entreprises par 28 %, les structures d’insertion par 22 % et la recherche par 9 %.'),
          FrameBreak()]
    s += notes([(4, 'Recherches &amp; Solidarités et Le RAMEAU, « Associations &amp; Partenariats », '
                    'mars 2017. Questionnaire en ligne, mai-juin 2016.')])
    s += [PageBreak()]
    # ---------------- page 4 (44)
    s += [P('3.3 Le budget, facteur décisif pour le partenariat avec une entreprise', H2),
          P('L’enquête de 2017 montre que la probabilité de travailler avec une entreprise croît '
            'avec la taille de l’association : la moitié des associations dont le budget dépasse '
            '150 000 € ont un partenariat avec une entreprise, contre une sur cinq parmi celles '
            'qui disposent de moins de 10 000 €<super>5</super>.'),
          table([['Budget annuel de l’association', 'Part ayant un partenariat avec une entreprise'],
                 ['Moins de 10 000 €', '20 %'],
                 ['Plus de 150 000 €', '50 %']],
                [75 * mm, 75 * mm]),
          Spacer(1, 5),
          P('3.4 Des repères plus anciens', H2),
          P('Une note de l’Observatoire datée du 29 février 2016 offrait déjà une vue d’ensemble '
            'des deux côtés de la relation : 37 % des entreprises de 10 salariés et plus déclaraient '
            'un partenariat avec une association, tandis que 38 % des associations — et 53 % des '
            'seules associations employeuses — déclaraient un partenariat avec une entreprise. '
            'Parmi les organisations qualifiées de « pionnières », la proportion atteignait '
            '65 %<super>6</super>.'),
          P('Plus tôt encore, les travaux du programme ARPEA estimaient à près de 46 % la part des '
            'associations engagées avec une entreprise<super>7</super>.'),
          FrameBreak()]
    s += notes([(5, 'Les tranches intermédiaires de budget ne sont pas reprises dans ce chapitre.'),
                (6, 'Note « Modèles de co-construction », Observatoire des partenariats, 29 février 2016.'),
                (7, 'Programme ARPEA (2008-2012). Le chiffre est arrondi dans la source.')])
    s += [PageBreak()]
    # ---------------- page 5 (45)
    s += [P('À retenir', H2)]
    s += bullets(['Parmi les 148 000 associations employeuses, 98 % ont au moins un partenariat.',
                  'Les collectivités sont le premier partenaire, quelle que soit l’enquête : 89 % '
                  'des employeuses (IMPACT), 74 % de l’ensemble des associations (2017).',
                  'Le partenariat avec une entreprise reste minoritaire pour l’ensemble des '
                  'associations (28 % en 2017), mais il concerne la moitié des plus grandes.',
                  'Le mécénat (75 %) est désormais talonné par l’innovation sociétale (73 %).'])
    s += [Spacer(1, 6),
          encadre([P('<b>Méthodologie — précautions de lecture</b>', BODY_S),
                   P('Les deux enquêtes ne portent ni sur la même population (employeuses / '
                     'ensemble des associations), ni sur la même période. Leurs pourcentages ne '
                     'doivent pas être additionnés ou soustraits. Aucune ventilation par région '
                     'n’est présentée dans ce chapitre.', BODY_S)], W - 2 * M,
                  back=BLEU_CLAIR, line=BLEU),
          Spacer(1, 6),
          P('Sources du chapitre<super>8</super>', H3)]
    s += bullets(['Observatoire des partenariats, IMPACT – Associations &amp; Territoires.',
                  'Recherches &amp; Solidarités et Le RAMEAU, Associations &amp; Partenariats, mars 2017.',
                  'Observatoire des partenariats, note du 29 février 2016.',
                  'Observatoire des partenariats, programme ARPEA (2008-2012).'], style=st('bs', 8.4, left=11, first=-8, after=2))
    s += [FrameBreak()]
    s += notes([(8, 'Le chapitre 4 traite des fondations et le chapitre 5 des entreprises.')])
    build('obs-s56-02-etude-chapitre-associations.pdf', A4, templates, s, 5,
          'Recueil d’études — Chapitre 3 : Des partenariats devenus la norme')


# =====================================================================
# 03 — Compte rendu de table ronde (A4, page de garde non numérotée)
# =====================================================================
def doc03():
    W, H = A4
    M = 20 * mm

    def deco_cover(c, d):
        c.saveState()
        c.setFillColor(ORANGE)
        c.rect(0, 0, 12 * mm, H, stroke=0, fill=1)
        c.setFillColor(GRIS)
        c.setFont('DV', 8)
        c.drawString(M, 10 * mm, 'Observatoire des partenariats · Compte rendu · diffusion libre')
        c.restoreState()

    def deco(c, d):
        c.saveState()
        n = c.getPageNumber() - 1  # page de garde non numérotée
        c.setFillColor(ORANGE)
        c.rect(0, 0, 4 * mm, H, stroke=0, fill=1)
        c.setFont('DV-B', 8)
        c.setFillColor(ORANGE)
        c.drawString(M, H - 12 * mm, 'COMPTE RENDU')
        c.setFillColor(GRIS)
        c.setFont('DV', 8)
        c.drawRightString(W - M, H - 12 * mm, 'Table ronde « Le territoire en mouvement » · décembre 2024')
        c.setStrokeColor(ORANGE)
        c.line(M, H - 14.5 * mm, W - M, H - 14.5 * mm)
        c.line(M, 13 * mm, W - M, 13 * mm)
        c.setFont('DV', 7.5)
        c.drawString(M, 8.5 * mm, 'Observatoire des partenariats · Le RAMEAU')
        c.setFont('DV-B', 8.5)
        c.drawRightString(W - M, 8.5 * mm, f'– {n} –')
        c.restoreState()

    fr_cover = Frame(M + 6 * mm, 20 * mm, W - 2 * M - 6 * mm, H - 45 * mm, id='c', leftPadding=0,
                     rightPadding=0, topPadding=0, bottomPadding=0)
    fr = Frame(M, 17 * mm, W - 2 * M, H - 36 * mm, id='b', leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    templates = [PageTemplate('cover', [fr_cover], onPage=deco_cover),
                 PageTemplate('body', [fr], onPage=deco)]
    SPK = st('spk', 9.5, font='DV-B', color=BLEU, before=4, after=1)
    s = []
    # ---------------- page 1 : garde
    s += [Spacer(1, 30 * mm),
          P('Rencontres de l’Observatoire des partenariats', st('k', 11, color=ORANGE, font='DV-B')),
          P('Le territoire en mouvement : ce que disent les maires', st('t', 24, font='DV-B', color=BLEU, lead=30, after=10)),
          P('Compte rendu de la table ronde consacrée à la publication de l’étude IMPACTS &amp; '
            'TRAJECTOIRES – Élus locaux (novembre 2024)', st('st', 12, color=GRIS, lead=16, after=18)),
          table([['Rubrique', 'Contenu'],
                 ['Format', 'Table ronde de 90 minutes suivie d’un échange avec la salle'],
                 ['Intervenants', 'la direction scientifique de l’Observatoire ; une maire d’une commune '
                                  'rurale ; un dirigeant de PME ; une responsable associative'],
                 ['Animation', 'équipe de l’Observatoire des partenariats'],
                 ['Rédaction', 'compte rendu établi par l’équipe de l’Observatoire, non relu par les intervenants']],
                [35 * mm, W - 2 * M - 41 * mm], head=ORANGE, zebra=ORANGE_CLAIR),
          Spacer(1, 14),
          P('Sommaire', H2)]
    s += numbered(['Les chiffres de l’étude 2024', 'Regards croisés des intervenants',
                   'Mise en perspective : dix ans d’enquêtes auprès des maires',
                   'Questions de la salle et pistes'])
    s += [NextPageTemplate('body'), PageBreak()]
    # ---------------- page 2 : chiffres (printed 1)
    s += [P('1. Les chiffres de l’étude 2024', H1),
          P('La direction scientifique de l’Observatoire, assurée bénévolement par Anne Robin, '
            'fondatrice de COMISIS, a ouvert la séance par la présentation de l’enquête.'),
          P('Méthode', H3)]
    s += bullets(['302 maires interrogés par téléphone ;',
                  'terrain conduit du 30 septembre au 28 octobre 2024 ;',
                  '84 % des répondants exercent dans une commune de moins de 2 000 habitants, ce qui '
                  'reflète le poids des petites communes dans le paysage municipal.'])
    s += [Spacer(1, 4),
          Table([[keybox('91 %', 'des maires estiment que leur territoire est « en mouvement ».',
                         52 * mm, back=ORANGE_CLAIR, fg=ORANGE),
                  keybox('35 %', 'le jugent fortement en mouvement.', 52 * mm, back=ORANGE_CLAIR,
                         fg=ORANGE),
                  keybox('56 %', 'le jugent en mouvement, « ni plus ni moins » qu’avant.', 52 * mm,
                         back=ORANGE_CLAIR, fg=ORANGE)]],
                colWidths=[57 * mm, 57 * mm, 57 * mm], hAlign='LEFT'),
          Spacer(1, 6),
          P('Lecture', H3),
          P('Le total de 91 % s’obtient en additionnant les maires qui perçoivent un mouvement fort '
            '(35 %) et ceux qui perçoivent un mouvement « ni plus ni moins » marqué qu’auparavant '
            '(56 %). La direction scientifique a insisté sur la prudence nécessaire : le '
            'questionnaire porte sur une perception, et non sur une mesure de l’activité locale.'),
          P('L’étude ne publie pas de résultats par région ni par département : la taille de '
            'l’échantillon ne le permettrait pas avec une précision suffisante.'),
          PageBreak()]
    # ---------------- page 3 : regards croisés (printed 2)
    s += [P('2. Regards croisés des intervenants', H1),
          P('La maire d’une commune rurale', SPK),
          P('« Dans une commune comme la mienne, personne ne peut tout faire seul. L’école, '
            'l’association de parents et l’artisan du village finissent toujours par se retrouver '
            'autour de la même table. »', QUOTE),
          P('Elle rappelle qu’au 3e dîner « Élus &amp; Entreprises », organisé un 23 novembre, '
            'l’Observatoire avait présenté deux chiffres qui l’avaient marquée : 64 % des élus '
            'locaux souhaitent s’appuyer sur le « jouer collectif », et 92 % des maires '
            'reconnaissent l’utilité de la co-construction.'),
          P('Le dirigeant de PME', SPK),
          P('« Nous sommes sollicités tous les jours, mais rarement au bon moment. Ce qui manque, '
            'c’est un lieu où l’on se parle avant le projet, pas après. »', QUOTE),
          P('Il cite la démarche « Agir ensemble en Territoire » comme exemple d’espace de dialogue '
            'installé dans la durée.'),
          P('La responsable associative', SPK),
          P('« Les associations sont souvent l’huile dans les rouages. Encore faut-il qu’on nous '
            'invite à la table quand les décisions se prennent. »', QUOTE),
          P('Elle souligne que, dans les enquêtes de l’Observatoire, les collectivités sont le '
            'premier partenaire des associations employeuses.'),
          P('Synthèse de l’animatrice', SPK),
          P('Les trois intervenants convergent sur un point : le mouvement perçu par les maires ne '
            'se transforme en projets que si un pilotage partagé existe.'),
          PageBreak()]
    # ---------------- page 4 : perspective (printed 3)
    s += [P('3. Dix ans d’enquêtes auprès des maires', H1),
          P('Pour mettre l’étude 2024 en perspective, l’équipe a rappelé les principaux jalons '
            'des enquêtes conduites auprès des élus.'),
          table([['Étude', 'Date', 'Ce qu’il faut en retenir'],
                 ['PHARE-Institutions', '29 novembre 2016', '87 % des maires voient dans les '
                  'partenariats une source d’innovation ; cinq profils de maires identifiés'],
                 ['IMPACT – Élus locaux (Comisis-OpinionWay)', 'novembre 2020', 'base de la fiche-repère '
                  '« Les dynamiques d’engagement des Collectivités territoriales »'],
                 ['Programme IMPACT (synthèse)', '2018-2022', '76 % des maires voient leur territoire '
                  'comme engagé, mais 46 % disent ne pas savoir piloter les alliances'],
                 ['IMPACTS &amp; TRAJECTOIRES – Élus locaux', 'novembre 2024', '302 maires ; 91 % '
                  'jugent leur territoire en mouvement']],
                [52 * mm, 32 * mm, W - 2 * M - 84 * mm]),
          Spacer(1, 6),
          P('Le chiffre de 46 % a suscité le plus de réactions : près d’un maire sur deux reconnaît '
            'ne pas disposer des méthodes pour piloter une alliance. La fiche-repère issue de '
            'l’étude de 2020 a été conçue pour y répondre.'),
          P('4. Questions de la salle et pistes', H1)]
    s += numbered(['<b>Les petites communes sont-elles sur-représentées ?</b> Non : la part de '
                   '84 % de répondants dans des communes de moins de 2 000 habitants correspond à la '
                   'structure communale française.',
                   '<b>Existe-t-il un chiffre pour les intercommunalités ?</b> L’enquête 2024 n’a '
                   'interrogé que des maires.',
                   '<b>Quelle suite ?</b> Une nouvelle vague est envisagée ; son calendrier n’est '
                   'pas arrêté.'])
    s += [Spacer(1, 4),
          P('Compte rendu établi par l’équipe de l’Observatoire des partenariats.', SMALL)]
    build('obs-s56-03-compte-rendu-table-ronde-maires.pdf', A4, templates, s, 4,
          'Compte rendu — Table ronde « Le territoire en mouvement »')


# =====================================================================
# 04 — Guide pratique en étapes numérotées (A5 portrait)
# =====================================================================
def doc04():
    W, H = A5
    M = 13 * mm
    OFFSET = 2  # couverture + 2e de couverture non comprises : PDF p.2 = page 4

    def deco_cover(c, d):
        c.saveState()
        c.setFillColor(VERT)
        c.rect(0, H * 0.45, W, H * 0.55, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV', 9)
        c.drawString(M, H - 18 * mm, 'GUIDE PRATIQUE · Observatoire des partenariats')
        c.setFont('DV-B', 19)
        c.drawString(M, H - 40 * mm, 'Faire alliance')
        c.drawString(M, H - 49 * mm, 'en territoire')
        c.setFont('DV', 11)
        c.drawString(M, H - 60 * mm, 'Six étapes pour passer de l’envie à l’action')
        c.setFont('DV-B', 44)
        c.drawString(W - M - 28 * mm, H * 0.45 + 12 * mm, '1→6')
        c.restoreState()

    def deco(c, d):
        c.saveState()
        n = c.getPageNumber()
        c.setFillColor(VERT)
        c.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 7.5)
        c.drawString(M, H - 6 * mm, 'FAIRE ALLIANCE EN TERRITOIRE · guide pratique')
        c.setFillColor(GRIS)
        c.setFont('DV', 6.8)
        c.drawString(M, 7 * mm, 'Observatoire des partenariats · Le RAMEAU')
        c.setFont('DV-B', 8.5)
        c.setFillColor(VERT)
        c.drawRightString(W - M, 7 * mm, str(OFFSET + n))
        c.restoreState()

    fr_cover = Frame(M, 12 * mm, W - 2 * M, H * 0.45 - 16 * mm, id='cv', leftPadding=0,
                     rightPadding=0, topPadding=0, bottomPadding=0)
    fr = Frame(M, 12 * mm, W - 2 * M, H - 25 * mm, id='g', leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    templates = [PageTemplate('cover', [fr_cover], onPage=deco_cover),
                 PageTemplate('g', [fr], onPage=deco)]
    STEP = st('step', 12.5, font='DV-B', color=colors.white, back=VERT, after=5, lead=17)
    B = st('gb', 8.7)
    BL = st('gbl', 8.5, left=10, first=-8, after=2)
    CW = W - 2 * M
    s = []
    # ---------------- page 1 : couverture
    s += [P('À qui s’adresse ce guide ?', st('x', 10, font='DV-B', color=VERT)),
          P('Aux élus, dirigeants d’entreprise, responsables associatifs et agents publics qui '
            'souhaitent construire une alliance au service de leur territoire.', B),
          P('Il s’appuie sur les travaux de l’Observatoire des partenariats et sur les '
            'expérimentations du RAMEAU, menées depuis 2006 auprès de plus de 500 organisations.', B),
          NextPageTemplate('g'), PageBreak()]
    # ---------------- page 2 (4) : étapes 1 et 2
    s += [P(' Étape 1 · S’informer', STEP),
          P('Avant d’agir, chacun gagne à connaître le cadre commun. L’objectif de développement '
            'durable n° 17 (ODD 17), consacré aux partenariats, compte 19 cibles, présentées dans la '
            'note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons », diffusée un 5 juillet.', B),
          P('La plateforme www.odd17.org rassemble les ressources sous l’acronyme M.E.D.O.C. :', B)]
    s += bullets(['M — Méthodes', 'E — Exemples', 'D — Données', 'O — Outils',
                  'C — Compétences'], style=BL)
    s += [Spacer(1, 5),
          P(' Étape 2 · Se situer', STEP),
          P('Les données de sortie de crise montrent que la co-construction n’est pas une affaire '
            'de spécialistes : 81 % des Français et 84 % des dirigeants de TPE et de PME la jugent '
            'utile pour rendre les territoires plus résilients après la Covid. Plus de 250 données '
            'ont été inventoriées pour aider chacun à se situer.', B),
          keybox('250+', 'données inventoriées pour « jouer collectif en sortie de crise ».', CW),
          PageBreak()]
    # ---------------- page 3 (5) : étape 3
    s += [P(' Étape 3 · S’inspirer des pionniers', STEP),
          P('La démarche « Agir ensemble en Territoire » a été initiée en 2010, après l’étude '
            'ARPEA-Collectivités locales réalisée avec Comisis et OpinionWay. Trois territoires '
            'pilotes l’ont expérimentée :', B),
          table([['Territoire pilote', 'Structure d’appui'],
                 ['Alsace', 'Alsace Active'],
                 ['Poitou-Charentes', 'Groupe La Poste'],
                 ['Paris-Est Marne &amp; Bois', 'dynamique locale du territoire']],
                [CW * 0.5, CW * 0.5], head=VERT, zebra=VERT_CLAIR),
          Spacer(1, 5),
          P('Le RAMEAU a recensé plus de 1 000 exemples inspirants. Choisissez-en deux ou trois '
            'proches de votre contexte et identifiez ce qui les a rendus possibles.', B),
          P('<b>Astuce.</b> Un exemple n’est pas un modèle : retenez la méthode, pas la forme.', B),
          PageBreak()]
    # ---------------- page 4 (6) : étape 4
    s += [P(' Étape 4 · S’outiller et se former', STEP),
          P('Le Commissariat général à l’égalité des territoires (CGET) et Le RAMEAU ont lancé un '
            'parcours d’expérience consacré à la co-construction territoriale : 11 territoires '
            'pionniers, 18 mois de travail, une première session organisée le 3 mai.', B),
          encadre([P('<b>Attention, deux versions</b>', st('e', 8.3, font='DV-B')),
                   P('Une autre présentation de la même expérimentation évoque « le CGET et 10 '
                     'territoires pilotes ». Le communiqué de lancement retient 11 territoires '
                     'pionniers.', st('e2', 8.2))], CW),
          Spacer(1, 5),
          P('Le référentiel de co-construction territoriale s’appuie sur les cinq profils de maires '
            'identifiés par PHARE-Institutions. Repérez le profil de votre commune avant de '
            'proposer une démarche.', B)]
    s += numbered(['Nommez un binôme de pilotage (un élu, un acteur privé ou associatif).',
                   'Dressez la carte des acteurs déjà engagés.',
                   'Fixez un premier rendez-vous à trois mois.'], style=BL)
    s += [PageBreak()]
    # ---------------- page 5 (7) : étapes 5 et 6
    s += [P(' Étape 5 · S’engager', STEP),
          P('La Charte du faire alliance, dévoilée le 30 novembre 2021, se présente comme un '
            '« contrat de confiance ». La signer permet d’afficher un engagement réciproque.', B),
          P('Pour être accompagné localement, rapprochez-vous de l’un des 350 catalyseurs '
            'territoriaux du Fonds ODD 17.', B),
          P(' Étape 6 · Évaluer', STEP),
          P('Le programme IMPACT propose de mesurer les effets d’une alliance selon trois '
            'indicateurs : l’innovation, la performance et la confiance. Certaines présentations '
            'parlent de trois axes : innovation sociétale et territoriale, performance des '
            'organisations, confiance.', B),
          encadre([P('<b>Check-list finale</b>', st('c', 8.3, font='DV-B'))] +
                  numbered(['Les partenaires partagent-ils un objectif écrit ?',
                            'Un rendez-vous annuel de bilan est-il fixé ?',
                            'Les résultats sont-ils partagés avec les habitants ?'], style=BL),
                  CW, back=VERT_CLAIR, line=VERT),
          PageBreak()]
    # ---------------- page 6 (8) : 4e de couverture
    s += [P('Pour aller plus loin', st('x2', 12, font='DV-B', color=VERT, after=6))]
    s += bullets(['Observatoire des partenariats : études PHARE et IMPACT.',
                  'Plateforme M.E.D.O.C. : www.odd17.org.',
                  'Fondation des Territoires, créée le 14 juin 2022.'], style=BL)
    s += [Spacer(1, 8),
          P('Le RAMEAU, créé en 2006, est une association d’intérêt général qui se définit comme un '
            '« laboratoire de recherche empirique ». Ses trois missions commencent par « témoigner » '
            'de ce qui se fait dans les territoires.', B),
          P('Guide réalisé par l’équipe de l’Observatoire des partenariats. Les chiffres cités sont '
            'issus des publications mentionnées à chaque étape.', st('sm', 7, color=GRIS))]
    build('obs-s56-04-guide-pratique-faire-alliance.pdf', A5, templates, s, 6,
          'Guide pratique — Faire alliance en territoire')


# =====================================================================
# 05 — Diaporama 16:9 (extrait, diapositives 11 à 16)
# =====================================================================
def doc05():
    W, H = 960, 540
    M = 36
    OFFSET = 10

    def deco(c, d):
        c.saveState()
        n = c.getPageNumber()
        c.setFillColor(BLEU)
        c.rect(0, H - 62, W, 62, stroke=0, fill=1)
        c.setFillColor(ORANGE)
        c.rect(0, H - 66, W, 4, stroke=0, fill=1)
        c.setFillColor(colors.HexColor('#f4f4f4'))
        c.rect(0, 0, W, 30, stroke=0, fill=1)
        c.setFillColor(GRIS)
        c.setFont('DV', 9)
        c.drawString(M, 11, 'Observatoire des partenariats · Quinze ans de données sur les alliances · '
                            'séminaire partenaires')
        c.setFont('DV-B', 10)
        c.drawRightString(W - M, 11, f'{OFFSET + n} / 24')
        c.restoreState()

    fr_t = Frame(M, H - 58, W - 2 * M, 50, id='t', leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    cw = (W - 2 * M - 30) / 2
    fr_l = Frame(M, 40, cw, H - 120, id='l', leftPadding=0, rightPadding=0, topPadding=0,
                 bottomPadding=0)
    fr_r = Frame(M + cw + 30, 40, cw, H - 120, id='r', leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    templates = [PageTemplate('slide', [fr_t, fr_l, fr_r], onPage=deco)]
    T = st('T', 24, font='DV-B', color=colors.white, lead=28, after=0)
    TS = st('TS', 11, color=colors.HexColor('#dce6f5'), after=0)
    SB = st('SB', 14.5, lead=19, after=6)
    SBL = st('SBL', 14.5, lead=19, left=16, first=-12, after=5)
    SH = st('SH', 16.5, font='DV-B', color=VERT, after=7, before=3)
    SC = st('SC', 12.5, after=0)
    SCB = st('SCB', 12.5, font='DV-B', color=colors.white, after=0)

    def stable(rows, widths, head=BLEU, zebra=BLEU_CLAIR):
        return table(rows, widths, head=head, zebra=zebra, cell=SC, cell_b=SCB)

    s = []
    # ---------------- slide 11
    s += [P('Qui sommes-nous ?', T), P('Le RAMEAU et l’Observatoire des partenariats', TS), FrameBreak(),
          P('Le RAMEAU', SH)]
    s += bullets(['Créé en 2006, association d’intérêt général', '« Laboratoire de recherche empirique », '
                  'aussi décrit comme « laboratoire d’innovations partenariales »',
                  'Plus de 1 000 exemples inspirants recensés',
                  '15 ans de recherche, dont 5 ans d’étude d’impact',
                  'Président-fondateur : Charles-Benoît Heidsieck'], style=SBL)
    s += [FrameBreak(), P('L’Observatoire des partenariats', SH)]
    s += bullets(['Créé en 2008 par la Caisse des Dépôts et Le RAMEAU',
                  'En partenariat avec le MEDEF et le Mouvement associatif',
                  'Direction scientifique : Anne Robin (COMISIS), à titre bénévole'], style=SBL)
    s += [Spacer(1, 8),
          encadre([P('<b>Date de création : deux versions</b>', SC),
                   P('Les documents de 2011 (ARPEA Entreprises &amp; Territoires) et de 2012 (rapport '
                     'quinquennal) évoquent un « Observatoire national des partenariats associations / '
                     'entreprises » créé en 2007. Les présentations actuelles retiennent 2008.', SC)], cw),
          PageBreak()]
    # ---------------- slide 12
    s += [P('Trois programmes quinquennaux', T), P('De l’état des lieux à la mesure d’impact', TS),
          FrameBreak(),
          stable([['Programme', 'Période', 'Repère'],
                  ['ARPEA', '2008-2012', '10 volets ; rapport quinquennal le 11 décembre 2012'],
                  ['PHARE', '2013-2018 (2013-2017 selon certaines présentations)', '6 volets, 2015-2016'],
                  ['IMPACT', '2018-2022', 'lancé en novembre 2017']],
                 [95, 150, cw - 245]),
          Spacer(1, 10),
          P('À la demande de la ministre Valérie Fourneyron, un rapport d’état des lieux des '
            'partenariats entre associations et entreprises a été publié début 2014.', SB),
          FrameBreak(),
          P('ARPEA : un sigle, trois libellés', SH)]
    s += bullets(['« Analyse des Relations et des Partenariats entre Entreprises et Associations » '
                  '(rapport quinquennal, 2012)',
                  '« Analyser les Relations Partenariales entre Entreprises et Associations »',
                  '« Analyse des Relations Associations-Entreprises »'], style=SBL)
    s += [P('Les trois formulations circulent ; le rapport quinquennal de 2012 retient la première.', SB),
          PageBreak()]
    # ---------------- slide 13
    s += [P('PHARE : six volets', T), P('Le programme 2013-2018 en un coup d’œil', TS), FrameBreak(),
          stable([['Volet', 'Publication'],
                  ['PHARE-Citoyens', 'septembre 2015'],
                  ['PHARE-Entreprises', 'octobre 2015'],
                  ['PHARE-Associations', 'novembre 2015'],
                  ['13 rapports régionaux', '2016'],
                  ['Diagnostics sectoriels', 'juillet 2016'],
                  ['PHARE-Institutions', 'automne 2016 (29 novembre 2016)']],
                 [220, cw - 220]),
          FrameBreak(),
          P('Zoom sur les rapports régionaux', SH),
          P('Le 11e rapport régional, consacré à la Normandie, a été publié le 26 novembre. Le même '
            'mois :', SB)]
    s += bullets(['15 novembre : dossier JURIS Associations n° 628',
                  '23 novembre : 3e dîner « Élus &amp; Entreprises »',
                  '26 novembre : 5e webinaire « l’ODD 17 en pratique »'], style=SBL)
    s += [P('PHARE-Institutions a distingué 5 profils de maires.', SB), PageBreak()]
    # ---------------- slide 14
    s += [P('PHARE-Citoyens : les priorités des Français', T),
          P('Enquête auprès de plus de 2 000 personnes · septembre 2015', TS), FrameBreak(),
          P('Importance des enjeux (note sur 10)', SH),
          stable([['Enjeu', 'Note'],
                  ['Emploi', '7,1'],
                  ['Pouvoir d’achat', '6,6'],
                  ['Sécurité', '6,6*'],
                  ['Développement économique', '6,5'],
                  ['Environnement', '6,3'],
                  ['Exclusion', '6,3']],
                 [260, 90]),
          P('* Une autre restitution de l’enquête attribue à la sécurité la note de 7/10.',
            st('n', 9.5, color=GRIS)),
          FrameBreak(),
          P('Où les partenariats ont-ils un impact fort ?', SH),
          stable([['Domaine', '% des Français'],
                  ['Emploi', '49 %'],
                  ['Développement économique', '46 %'],
                  ['Environnement', '42 %'],
                  ['Précarité', '36 %'],
                  ['Éducation', '36 %']],
                 [260, 130], head=VERT, zebra=VERT_CLAIR),
          Spacer(1, 8),
          P('69 % des Français estiment qu’il existe un « devoir d’alliance » entre acteurs.', SB),
          PageBreak()]
    # ---------------- slide 15
    s += [P('Des tendances de fond', T), P('Ce que montrent ARPEA puis PHARE et IMPACT', TS), FrameBreak(),
          P('Urgence des partenariats (ARPEA Citoyens)', SH),
          stable([['Année', 'Français jugeant urgent de créer des partenariats'],
                  ['2008', '86 %'], ['2012', '84 %']], [70, cw - 70]),
          Spacer(1, 8),
          P('ARPEA Entreprises &amp; Territoires (janvier 2011)', SH)]
    s += bullets(['21 % des entreprises développent des partenariats',
                  '33 % souhaitent en développer',
                  '46 % ne le souhaitent pas'], style=SBL)
    s += [FrameBreak(),
          P('Les partenariats, source d’innovation', SH),
          stable([['Public', '%'],
                  ['Français', '74 % **'],
                  ['Dirigeants d’entreprise', '81 %'],
                  ['Responsables associatifs', '86 %'],
                  ['Maires', '87 %']],
                 [260, 130], head=VERT, zebra=VERT_CLAIR),
          P('** Une autre publication du même bilan indique 69 % des citoyens.', st('n2', 9.5, color=GRIS)),
          PageBreak()]
    # ---------------- slide 16
    s += [P('Le programme IMPACT', T), P('2018-2022 · lancé en novembre 2017', TS), FrameBreak(),
          P('Partenaires du programme', SH)]
    s += bullets(['Caisse des Dépôts', 'Institut CDC pour la Recherche', 'Groupe La Poste',
                  'Fondation TOTAL', 'Le RAMEAU'], style=SBL)
    s += [FrameBreak(), P('Trois axes de mesure', SH)]
    s += numbered(['Innovation sociétale et territoriale', 'Performance des organisations', 'Confiance'],
                  style=SBL)
    s += [Spacer(1, 8),
          P('Parmi les études du programme : IMPACT – Associations &amp; Territoires, IMPACT – '
            'Fondations &amp; Territoires (42 fondations) et IMPACT – Élus locaux (novembre 2020).', SB),
          P('Suite en diapositive 17 : les premiers résultats de la vague 2024.', st('n3', 10, color=GRIS))]
    build('obs-s56-05-diaporama-quinze-ans.pdf', (W, H), templates, s, 6,
          'Quinze ans de données sur les alliances — extrait du diaporama')


if __name__ == '__main__':
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
