#!/usr/bin/env python3
"""Génère les 6 PDF du jeu s60 (obs-s60-NN-<slug>.pdf) dans le dossier de ce script.

Usage : /work/main/.venv/bin/python make_docs.py [dossier_sortie]

Les faits viennent de /work/shared/facts.md ; les phrases sont reformulées.
Police DejaVu Sans, pas de césure, rl_config.invariant = 1 (sortie reproductible au md5).
"""
import os
import re
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
PREFIX = 's60'

FONT_DIR = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FONT_DIR + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', FONT_DIR + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', FONT_DIR + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('DVBI', FONT_DIR + 'DejaVuSans-BoldOblique.ttf'))
addMapping('DV', 0, 0, 'DV')
addMapping('DV', 1, 0, 'DVB')
addMapping('DV', 0, 1, 'DVI')
addMapping('DV', 1, 1, 'DVBI')

# Couleurs
NAVY = colors.HexColor('#1F3A5F')
TEAL = colors.HexColor('#2A7F7A')
SAND = colors.HexColor('#F3EBDD')
LIGHT = colors.HexColor('#E8EEF4')
GREY = colors.HexColor('#5A5A5A')
ORANGE = colors.HexColor('#C8602B')


def st(name, **kw):
    base = dict(fontName='DV', fontSize=9.5, leading=13, hyphenationLang='',
                embeddedHyphenation=0, uriWasteReduce=0, bulletFontName='DV')
    base.update(kw)
    return ParagraphStyle(name, **base)


BODY = st('body', alignment=TA_LEFT, spaceAfter=5)
BODY_J = st('bodyj', spaceAfter=5)
SMALL = st('small', fontSize=7.5, leading=9.5, textColor=GREY)
FOOT = st('foot', fontSize=7, leading=9, textColor=GREY)
H1 = st('h1', fontName='DVB', fontSize=14, leading=18, textColor=NAVY, spaceBefore=6, spaceAfter=6)
H2 = st('h2', fontName='DVB', fontSize=11, leading=14, textColor=TEAL, spaceBefore=6, spaceAfter=4)
LABEL = st('label', fontName='DVB', fontSize=9, leading=11, textColor=ORANGE)
TITLE = st('title', fontName='DVB', fontSize=22, leading=27, textColor=NAVY, spaceAfter=8)
SUB = st('sub', fontSize=11, leading=15, textColor=GREY, spaceAfter=10)
CELL = st('cell', fontSize=8.5, leading=11)
CELLB = st('cellb', fontName='DVB', fontSize=8.5, leading=11)
CELLH = st('cellh', fontName='DVB', fontSize=8, leading=10, textColor=colors.white)
BULLET = st('bullet', fontSize=10, leading=14, leftIndent=12, bulletIndent=0, spaceAfter=3)


NBSP = '\u00a0'


def fix(text):
    """Espaces insécables : milliers, avant % et €, à l'intérieur des guillemets français."""
    text = re.sub(r'(\d) (?=\d{3}\b)', '\\1' + NBSP, text)
    text = re.sub(r' (?=[%€»])', NBSP, text)
    text = re.sub(r'« ', '«' + NBSP, text)
    return text


def PP(text, style, **kw):
    return Paragraph(fix(text), style, **kw)


def P(text, style=BODY):
    return PP(text, style)


def path(nn, slug):
    return os.path.join(OUT, f'obs-{PREFIX}-{nn}-{slug}.pdf')


def set_meta(c, title):
    c.setTitle(title)
    c.setAuthor('Observatoire des partenariats')
    c.setCreator('Observatoire des partenariats')
    c.setSubject(title)


# ---------------------------------------------------------------------------
# 01 — Rapport d'étude : sommaire, titres numérotés, notes de bas de page, tableau
# ---------------------------------------------------------------------------

def doc01():
    fn = path('01', 'rapport-impact-acteurs')
    W, H = A4
    printed = {1: 12, 2: 13, 3: 14, 4: 15, 5: 16}
    footnotes = {
        2: ['1. ARPEA : « Analyse des Relations et des Partenariats entre Entreprises et Associations » '
            'dans le rapport quinquennal de 2012 ; on trouve aussi « Analyser les Relations Partenariales '
            'entre Entreprises et Associations » et « Analyse des Relations Associations-Entreprises ».',
            '2. Plusieurs présentations de l’Observatoire arrêtent PHARE en 2017 (période 2013-2017).'],
        3: ['3. Une autre édition de cette synthèse retient 69 % pour les citoyens.',
            '4. Dirigeants de TPE et de PME.',
            '5. Maires qui reconnaissent l’utilité de la co-construction.'],
        4: ['6. Base : associations employeuses déclarant au moins un partenariat ; plusieurs réponses possibles, '
            'le total dépasse donc 100 %.'],
        5: ['7. Deux documents plus anciens (janvier 2011 et décembre 2012) mentionnent un « Observatoire national '
            'des partenariats associations / entreprises » créé en 2007.'],
    }

    def on_page(c, d):
        n = c.getPageNumber()
        c.saveState()
        # bandeau haut
        c.setFillColor(NAVY)
        c.rect(0, H - 14 * mm, W, 14 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DVB', 8)
        c.drawString(18 * mm, H - 9 * mm, 'RAPPORT D’ÉTUDE')
        c.setFont('DV', 8)
        c.drawRightString(W - 18 * mm, H - 9 * mm, 'FAIRE ALLIANCE · LA PAROLE DE CHAQUE ACTEUR')
        # notes de bas de page
        notes = footnotes.get(n)
        y = 22 * mm
        if notes:
            paras = [PP(t, FOOT) for t in notes]
            hs = [p.wrap(W - 36 * mm, 100)[1] for p in paras]
            total = sum(hs) + 2 * (len(hs) - 1)
            top = y + total + 3 * mm
            c.setStrokeColor(GREY)
            c.setLineWidth(0.4)
            c.line(18 * mm, top, 70 * mm, top)
            yy = top - 2 * mm
            for p, h in zip(paras, hs):
                yy -= h
                p.drawOn(c, 18 * mm, yy)
                yy -= 2
        # pied de page
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.6)
        c.line(18 * mm, 15 * mm, W - 18 * mm, 15 * mm)
        c.setFillColor(GREY)
        c.setFont('DV', 7.5)
        c.drawString(18 * mm, 10 * mm, 'Observatoire des partenariats · www.observatoire-des-partenariats.fr')
        c.setFont('DVB', 9)
        c.drawRightString(W - 18 * mm, 10 * mm, str(printed[n]))
        c.restoreState()

    doc = BaseDocTemplate(fn, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                          topMargin=22 * mm, bottomMargin=48 * mm,
                          title='Faire alliance : la parole de chaque acteur',
                          author='Observatoire des partenariats', creator='Observatoire des partenariats',
                          subject='Rapport d’étude — programme IMPACT')
    frame = Frame(18 * mm, 48 * mm, W - 36 * mm, H - 70 * mm, id='f', leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate('p', [frame], onPage=on_page)])

    s = []
    s.append(Spacer(1, 8 * mm))
    s.append(P('RAPPORT D’ÉTUDE · PROGRAMME IMPACT', LABEL))
    s.append(Spacer(1, 3 * mm))
    s.append(P('Faire alliance : la parole de chaque acteur', TITLE))
    s.append(P('Ce que disent les citoyens, les dirigeants d’entreprise, les responsables associatifs '
               'et les maires des partenariats qu’ils nouent ou qu’ils attendent', SUB))
    s.append(Spacer(1, 6 * mm))
    s.append(P('SOMMAIRE', H2))
    toc = [
        ('1.', 'Un programme de recherche au long cours', '13', True),
        ('1.1', 'Trois cycles de cinq ans', '13', False),
        ('1.2', 'Qui porte IMPACT ?', '13', False),
        ('2.', 'Les résultats, acteur par acteur', '14', True),
        ('2.1', 'Tableau de synthèse', '14', False),
        ('2.2', 'Le cas particulier des maires', '14', False),
        ('3.', 'Le point de vue des associations employeuses', '15', True),
        ('3.1', 'Avec qui elles s’allient', '15', False),
        ('3.2', 'À quelle échelle et sous quelle forme', '15', False),
        ('4.', 'Cadre de l’étude', '16', True),
    ]
    rows = []
    for num, lab, pg, top in toc:
        stl = CELLB if top else CELL
        rows.append([PP(num, stl), PP(lab + ' ' + '.' * 8, stl), PP(pg, stl)])
    t = Table(rows, colWidths=[14 * mm, 130 * mm, 14 * mm])
    t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                           ('ALIGN', (2, 0), (2, -1), 'RIGHT'),
                           ('LINEBELOW', (0, 0), (-1, -1), 0.25, colors.HexColor('#C9D3DE')),
                           ('LEFTPADDING', (0, 0), (-1, -1), 2), ('RIGHTPADDING', (0, 0), (-1, -1), 2)]))
    s.append(t)
    s.append(Spacer(1, 10 * mm))
    box = Table([[P('<b>Avant-propos.</b> Ce rapport rapproche plusieurs vagues d’enquête conduites par '
                    'l’Observatoire des partenariats. Chaque chiffre est rattaché à la population interrogée ; '
                    'les résultats de vagues différentes ne doivent pas être additionnés.', BODY)]],
                colWidths=[W - 36 * mm])
    box.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), SAND),
                             ('BOX', (0, 0), (-1, -1), 0.5, ORANGE),
                             ('LEFTPADDING', (0, 0), (-1, -1), 8), ('RIGHTPADDING', (0, 0), (-1, -1), 8),
                             ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    s.append(box)
    s.append(PageBreak())

    # --- page 2 (imprimée 13)
    s.append(P('1. Un programme de recherche au long cours', H1))
    s.append(P('1.1 Trois cycles de cinq ans', H2))
    s.append(P('L’Observatoire des partenariats organise ses travaux en plans quinquennaux successifs. '
               'Le premier, ARPEA<super>1</super>, a couvert les années 2008 à 2012 et s’est décliné en dix volets. '
               'PHARE a pris la suite pour la période 2013-2018<super>2</super>. Le troisième plan, IMPACT, '
               'porte sur 2018-2022 ; il a été lancé dès novembre 2017.', BODY_J))
    s.append(P('Chaque cycle reprend les mêmes publics — citoyens, entreprises, associations, institutions — '
               'afin de suivre l’évolution des regards portés sur les alliances d’un plan à l’autre.', BODY_J))
    s.append(P('1.2 Qui porte IMPACT ?', H2))
    s.append(P('Le programme associe cinq partenaires : la Caisse des Dépôts, l’Institut CDC pour la Recherche, '
               'le Groupe La Poste, la Fondation TOTAL et Le RAMEAU. Il examine les effets des alliances '
               'sous trois angles :', BODY_J))
    for it in ['l’innovation sociétale et territoriale ;', 'la performance des organisations ;', 'la confiance.']:
        s.append(PP(it, BULLET, bulletText='•'))
    s.append(P('Ces trois angles servent aussi de grille de lecture aux indicateurs publiés : innovation, '
               'performance et confiance.', BODY_J))
    s.append(PageBreak())

    # --- page 3 (imprimée 14)
    s.append(P('2. Les résultats, acteur par acteur', H1))
    s.append(P('2.1 Tableau de synthèse', H2))
    s.append(P('Le tableau 1 rapproche, pour chacune des quatre catégories interrogées, trois indicateurs '
               'tirés de vagues d’enquête distinctes. La dernière colonne s’appuie sur un inventaire de plus de '
               '250 données rassemblées pour « jouer collectif en sortie de crise ».', BODY_J))
    s.append(P('<b>Tableau 1 — Résultats par type d’acteur</b> (part des répondants)', CELL))
    s.append(Spacer(1, 2 * mm))
    hdr = [PP('Type d’acteur', CELLH),
           PP('Les partenariats sont source d’innovation', CELLH),
           PP('Devoir, envie ou besoin d’alliance', CELLH),
           PP('Co-construction utile pour rebondir après la crise', CELLH)]
    data = [hdr,
            [PP('Citoyens', CELLB), P('74 %<super>3</super>', CELL), P('81 % (devoir)', CELL), P('81 %', CELL)],
            [PP('Dirigeants d’entreprise', CELLB), P('81 %', CELL), P('84 % (envie)', CELL),
             P('84 %<super>4</super>', CELL)],
            [PP('Responsables associatifs', CELLB), P('86 %', CELL), P('n.d.', CELL), P('n.d.', CELL)],
            [PP('Maires', CELLB), P('87 %', CELL), P('92 % (besoin)', CELL), P('92 %<super>5</super>', CELL)]]
    t = Table(data, colWidths=[42 * mm, 38 * mm, 38 * mm, 46 * mm])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), NAVY),
                           ('BACKGROUND', (0, 2), (-1, 2), LIGHT), ('BACKGROUND', (0, 4), (-1, 4), LIGHT),
                           ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9FB0C2')),
                           ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                           ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
    s.append(t)
    s.append(Spacer(1, 3 * mm))
    s.append(P('n.d. : question non posée à cette catégorie.', SMALL))
    s.append(P('2.2 Le cas particulier des maires', H2))
    s.append(P('Les maires sont les plus convaincus : 76 % considèrent que leur territoire est engagé dans des '
               'alliances. Mais l’outillage ne suit pas : 46 % reconnaissent ne pas savoir piloter ces '
               'dynamiques. Plus largement, 64 % des élus locaux veulent s’appuyer sur le « jouer collectif ».',
               BODY_J))
    s.append(PageBreak())

    # --- page 4 (imprimée 15)
    s.append(P('3. Le point de vue des associations employeuses', H1))
    s.append(P('Le volet IMPACT – Associations &amp; Territoires s’intéresse aux 148 000 associations qui '
               'emploient des salariés. La quasi-totalité d’entre elles, 98 %, entretiennent au moins une '
               'relation partenariale.', BODY_J))
    s.append(P('3.1 Avec qui elles s’allient', H2))
    hdr = [PP('Partenaire cité<super>6</super>', CELLH), PP('Part des associations', CELLH)]
    rows = [('Collectivités territoriales', '89 %'), ('Structures d’intérêt général', '73 %'),
            ('Établissements scolaires', '70 %'), ('Collectifs d’associations', '56 %'),
            ('Acteurs publics nationaux', '52 %'), ('Fédérations professionnelles', '37 %'),
            ('Acteurs académiques', '35 %')]
    data = [hdr] + [[PP(a, CELL), PP(b, CELLB)] for a, b in rows]
    t = Table(data, colWidths=[80 * mm, 40 * mm])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), TEAL),
                           ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, LIGHT]),
                           ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9FB0C2')),
                           ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
    s.append(t)
    s.append(P('3.2 À quelle échelle et sous quelle forme', H2))
    s.append(P('Le territoire de proximité domine : 73 % des associations nouent des partenariats à l’échelle '
               'locale, contre 47 % à l’échelle régionale. Quatre formes de relation ressortent : le mécénat '
               '(75 %), l’innovation sociétale (73 %), les pratiques responsables (70 %) et la coopération '
               'économique (58 %).', BODY_J))
    s.append(PageBreak())

    # --- page 5 (imprimée 16)
    s.append(P('4. Cadre de l’étude', H1))
    s.append(P('4.1 Une structure partagée', H2))
    s.append(P('L’Observatoire des partenariats a été fondé en 2008<super>7</super> par la Caisse des Dépôts et '
               'Le RAMEAU, avec le MEDEF et le Mouvement associatif comme partenaires.', BODY_J))
    s.append(P('4.2 Direction scientifique', H2))
    s.append(P('Les travaux sont conduits sous la direction scientifique d’Anne Robin, fondatrice de COMISIS, '
               'qui assure cette mission bénévolement.', BODY_J))
    s.append(P('4.3 Précautions de lecture', H2))
    for it in ['Les pourcentages proviennent d’enquêtes distinctes, menées à des dates différentes.',
               'Une même valeur peut apparaître pour des populations sans rapport entre elles.',
               'Les intitulés de programmes ont parfois varié d’une publication à l’autre.']:
        s.append(PP(it, BULLET, bulletText='–'))
    s.append(Spacer(1, 4 * mm))
    s.append(P('Contact et publications : www.lerameau.fr', SMALL))
    doc.build(s)
    return fn


# ---------------------------------------------------------------------------
# 02 — Infographie en diapositives 16:9 : grands chiffres isolés sur une grille
# ---------------------------------------------------------------------------

def doc02():
    fn = path('02', 'infographie-citoyens-elus')
    W, H = 960, 540
    c = rl_canvas.Canvas(fn, pagesize=(W, H), invariant=1)
    set_meta(c, 'Infographie — PHARE-Citoyens et élus locaux')
    pages = [
        dict(title='Les priorités des Français pour leur territoire',
             sub='PHARE-Citoyens · enquête publiée en septembre 2015 · plus de 2 000 personnes interrogées · '
                 'importance accordée à chaque enjeu, note sur 10',
             tiles=[('7,1/10', 'Emploi'), ('6,6/10', 'Pouvoir d’achat'), ('6,5/10', 'Développement économique'),
                    ('6,6/10 *', 'Sécurité'), ('6,3/10', 'Environnement'), ('6,3/10', 'Lutte contre l’exclusion')],
             note='* Un autre compte rendu de la même enquête attribue 7/10 à la sécurité.'),
        dict(title='Là où les alliances pèsent le plus',
             sub='PHARE-Citoyens · part des Français qui prêtent aux partenariats un impact fort, domaine par domaine',
             tiles=[('49 %', 'Emploi'), ('46 %', 'Développement économique'), ('42 %', 'Environnement'),
                    ('36 %', 'Précarité'), ('36 %', 'Éducation'), ('69 %', 'des Français ressentent un devoir d’alliance')],
             note='Lecture : 49 % des personnes interrogées jugent fort l’effet des partenariats sur l’emploi.'),
        dict(title='IMPACTS & TRAJECTOIRES — Élus locaux',
             sub='Baromètre publié en novembre 2024 · entretiens téléphoniques du 30 septembre au 28 octobre 2024',
             tiles=[('302', 'maires interrogés'), ('91 %', 'voient leur territoire en mouvement'),
                    ('35 %', 'le disent fortement en mouvement'), ('56 %', 'en mouvement « ni plus ni moins »'),
                    ('84 %', 'des répondants élus d’une commune de moins de 2 000 habitants')],
             note='Les 91 % regroupent les réponses « fortement » (35 %) et « ni plus ni moins » (56 %).'),
    ]
    legend_st = st('leg', fontSize=12, leading=15, alignment=TA_CENTER, textColor=NAVY)
    for i, pg in enumerate(pages, 1):
        c.setFillColor(colors.white)
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(NAVY)
        c.rect(0, H - 40, W, 40, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DVB', 12)
        c.drawString(30, H - 26, 'INFOGRAPHIE')
        c.setFont('DV', 10)
        c.drawRightString(W - 30, H - 26, 'Observatoire des partenariats')
        c.setFillColor(NAVY)
        c.setFont('DVB', 24)
        c.drawString(30, H - 80, pg['title'])
        p = PP(pg['sub'], st('s2', fontSize=11, leading=14, textColor=GREY))
        _, h = p.wrap(W - 60, 60)
        p.drawOn(c, 30, H - 92 - h)
        tiles = pg['tiles']
        ncol = 3
        nrow = (len(tiles) + ncol - 1) // ncol
        gx, gy = 30, 70
        gw, gh = W - 60, H - 200
        cw, ch = gw / ncol, gh / nrow
        for k, (big, leg) in enumerate(tiles):
            r, col = divmod(k, ncol)
            x = gx + col * cw
            y = gy + gh - (r + 1) * ch
            c.setFillColor(SAND if (r + col) % 2 == 0 else LIGHT)
            c.roundRect(x + 6, y + 6, cw - 12, ch - 12, 8, stroke=0, fill=1)
            c.setFillColor(ORANGE if k % 2 == 0 else TEAL)
            c.setFont('DVB', 44)
            c.drawCentredString(x + cw / 2, y + ch - 70, big)
            lp = PP(leg, legend_st)
            _, lh = lp.wrap(cw - 40, 60)
            lp.drawOn(c, x + 20, y + ch - 88 - lh)
        c.setFillColor(GREY)
        c.setFont('DVI', 9)
        c.drawString(30, 48, pg['note'])
        c.setStrokeColor(NAVY)
        c.line(30, 34, W - 30, 34)
        c.setFont('DV', 8.5)
        c.drawString(30, 20, 'observatoire-des-partenariats.fr')
        c.drawRightString(W - 30, 20, f'Infographie · {i}/3')
        c.showPage()
    c.save()
    return fn


# ---------------------------------------------------------------------------
# 03 — Lettre d'information, deux colonnes, éditorial signé
# ---------------------------------------------------------------------------

def doc03():
    fn = path('03', 'lettre-alliances')
    W, H = A4
    M = 15 * mm
    gap = 7 * mm
    colw = (W - 2 * M - gap) / 2

    def first(c, d):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, H - 48 * mm, W, 48 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DVB', 9)
        c.drawString(M, H - 12 * mm, 'LETTRE D’INFORMATION')
        c.setFont('DVB', 30)
        c.drawString(M, H - 28 * mm, 'Le Fil des alliances')
        c.setFont('DV', 10)
        c.drawString(M, H - 37 * mm, 'La lettre du RAMEAU et de l’Observatoire des partenariats')
        c.setFont('DV', 8)
        c.drawRightString(W - M, H - 12 * mm, 'www.lerameau.fr')
        footer(c)
        c.restoreState()

    def later(c, d):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DVB', 8)
        c.drawString(M, H - 8 * mm, 'LE FIL DES ALLIANCES')
        c.setFont('DV', 8)
        c.drawRightString(W - M, H - 8 * mm, 'Lettre d’information')
        footer(c)
        c.restoreState()

    def footer(c):
        c.setStrokeColor(TEAL)
        c.line(M, 13 * mm, W - M, 13 * mm)
        c.setFillColor(GREY)
        c.setFont('DV', 7.5)
        c.drawString(M, 8 * mm, 'Le RAMEAU · Observatoire des partenariats · www.observatoire-des-partenariats.fr')
        c.drawRightString(W - M, 8 * mm, f'{c.getPageNumber()}/4')

    doc = BaseDocTemplate(fn, pagesize=A4, title='Le Fil des alliances — lettre d’information',
                          author='Le RAMEAU', creator='Le RAMEAU', subject='Lettre d’information')
    f1 = [Frame(M, 18 * mm, colw, H - 72 * mm, id='a1', leftPadding=0, rightPadding=0),
          Frame(M + colw + gap, 18 * mm, colw, H - 72 * mm, id='a2', leftPadding=0, rightPadding=0)]
    f2 = [Frame(M, 18 * mm, colw, H - 36 * mm, id='b1', leftPadding=0, rightPadding=0),
          Frame(M + colw + gap, 18 * mm, colw, H - 36 * mm, id='b2', leftPadding=0, rightPadding=0)]
    doc.addPageTemplates([PageTemplate('first', f1, onPage=first), PageTemplate('later', f2, onPage=later)])

    ED = st('ed', fontName='DVI', fontSize=9.5, leading=13.5, spaceAfter=6)
    SIG = st('sig', fontName='DVB', fontSize=9.5, leading=12, alignment=TA_RIGHT)
    SIGF = st('sigf', fontSize=8.5, leading=11, alignment=TA_RIGHT, textColor=GREY, spaceAfter=8)
    KICK = st('kick', fontName='DVB', fontSize=8, leading=10, textColor=ORANGE, spaceBefore=4)
    HL = st('hl', fontName='DVB', fontSize=13, leading=16, textColor=NAVY, spaceAfter=5)

    def encadre(items, bg=SAND, border=ORANGE):
        t = Table([[items]], colWidths=[colw])
        t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), bg), ('BOX', (0, 0), (-1, -1), 0.6, border),
                               ('LEFTPADDING', (0, 0), (-1, -1), 6), ('RIGHTPADDING', (0, 0), (-1, -1), 6),
                               ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
        return t

    s = [NextPageTemplate('later')]
    # page 1, colonne 1 : éditorial
    s.append(P('ÉDITORIAL', KICK))
    s.append(P('Faire alliance n’est plus une option', HL))
    s.append(P('Quand Le RAMEAU est né, en 2006, nous avons choisi la forme d’une association d’intérêt général '
               'et une ambition simple : observer sans a priori ce que les alliances produisent réellement. '
               'Nous nous sommes voulus « laboratoire de recherche empirique » et laboratoire '
               'd’innovations partenariales.', ED))
    s.append(P('Quinze années de recherche et cinq années d’étude d’impact plus tard, nous avons recensé plus de '
               '1 000 exemples inspirants. Ils montrent que la coopération entre associations, entreprises, '
               'collectivités et fondations n’est pas un supplément d’âme : c’est une manière de répondre '
               'aux fragilités que personne ne peut traiter seul.', ED))
    s.append(P('Nos trois missions, à commencer par celle de témoigner, restent la boussole de nos travaux. '
               'Cette lettre en rend compte : une charte, un fonds, une fondation, et des rendez-vous à ne pas '
               'manquer cet automne.', ED))
    s.append(P('Charles-Benoît Heidsieck', SIG))
    s.append(P('Président-fondateur du RAMEAU', SIGF))
    s.append(FrameBreak())
    # page 1, colonne 2
    s.append(P('À LA UNE', KICK))
    s.append(P('Une charte pour sceller les alliances', HL))
    s.append(P('Comment formaliser la confiance entre des partenaires qui ne parlent pas la même langue ? '
               'C’est la question à laquelle répond la Charte du faire alliance, pensée comme un véritable '
               '« contrat de confiance » entre acteurs d’un même territoire.', BODY_J))
    s.append(P('Le texte est le fruit de trois mois de co-construction, sous le pilotage de la Fondation des '
               'Territoires. Il s’adresse aussi bien aux structures d’intérêt général qu’aux entreprises et '
               'aux collectivités qui souhaitent s’engager dans la durée.', BODY_J))
    s.append(P('Sa présentation publique a eu lieu à Saint-Maurice, sur le territoire de Paris-Est Marne &amp; '
               'Bois, lors d’une soirée organisée par VitaWin (lire page 2).', BODY_J))
    s.append(encadre([P('<b>EN BREF</b>', CELLB),
                      P('3 mois de travail collectif, une soirée de lancement, un engagement réciproque : '
                        'la charte se signe, mais surtout elle se vit.', CELL)]))
    s.append(PageBreak())
    # page 2
    s.append(P('CHARTE DU FAIRE ALLIANCE', KICK))
    s.append(P('Un lancement le jour du Giving Tuesday', HL))
    s.append(P('La charte a été dévoilée le 30 novembre 2021, date choisie pour coïncider avec le Giving '
               'Tuesday, journée mondiale de la générosité. La soirée VitaWin de Saint-Maurice a réuni des '
               'acteurs associatifs, économiques et publics du territoire.', BODY_J))
    s.append(encadre([P('<b>Une date, deux versions</b>', CELLB),
                      P('L’annonce publiée sur associations.gouv.fr évoque le « mardi 30 septembre ». '
                        'Les comptes rendus du RAMEAU et de Carenews retiennent le 30 novembre 2021.', CELL)],
                     bg=LIGHT, border=NAVY))
    s.append(Spacer(1, 3 * mm))
    s.append(P('« Signer, c’est reconnaître que chacun apporte une part de la réponse. »', ED))
    s.append(FrameBreak())
    s.append(P('AUX RACINES', KICK))
    s.append(P('Agir ensemble en Territoire', HL))
    s.append(P('La charte prolonge une démarche engagée en 2010. Cette année-là, l’étude ARPEA-Collectivités '
               'locales, réalisée par Comisis et OpinionWay, avait mis en évidence l’attente des élus ; la '
               'démarche « Agir ensemble en Territoire » en est issue.', BODY_J))
    s.append(P('Trois territoires ont essuyé les plâtres :', BODY))
    for it in ['l’Alsace, avec Alsace Active ;', 'le Poitou-Charentes, avec le Groupe La Poste ;',
               'Paris-Est Marne &amp; Bois.']:
        s.append(PP(it, BULLET, bulletText='•'))
    s.append(P('C’est d’ailleurs à Paris-Est Marne &amp; Bois que la charte a été présentée.', BODY_J))
    s.append(PageBreak())
    # page 3
    s.append(P('ODD 17', KICK))
    s.append(P('Un fonds pour les catalyseurs', HL))
    s.append(P('Créé en 2020 à l’initiative conjointe du RAMEAU et de la Fondation TotalEnergies, le Fonds '
               'ODD 17 finance une expérimentation de trois ans. Sa dotation atteint 1,5 M€.', BODY_J))
    s.append(P('L’objectif : faire émerger 350 « catalyseurs territoriaux », ces acteurs capables de réunir '
               'autour d’une même table des partenaires qui ne se seraient pas rencontrés spontanément.', BODY_J))
    s.append(encadre([P('<b>M.E.D.O.C., mode d’emploi</b>', CELLB),
                      P('Cinq lettres pour cinq ressources : Méthodes, Exemples, Données, Outils, Compétences. '
                        'Elles sont rassemblées sur la plateforme www.odd17.org.', CELL)]))
    s.append(FrameBreak())
    s.append(P('DÉCRYPTAGE', KICK))
    s.append(P('Un objectif, dix-neuf cibles', HL))
    s.append(P('Le Comité 21 a publié le 5 juillet une note intitulée « ODD 17 : Sens, décryptages, '
               'déclinaisons ». Elle rappelle que l’objectif consacré aux partenariats se décompose en 19 cibles.',
               BODY_J))
    s.append(P('OUTILS', KICK))
    s.append(P('Deux fiches pour passer à l’action', HL))
    s.append(P('La fiche-repère « Les dynamiques d’engagement des Collectivités territoriales » s’appuie sur '
               'l’étude IMPACT-Elus locaux de novembre 2020 (Comisis-OpinionWay). Une fiche acteur, '
               '« Dynamique d’engagement des Fondations », la complète.', BODY_J))
    s.append(PageBreak())
    # page 4
    s.append(P('FONDATION DES TERRITOIRES', KICK))
    s.append(P('De la préfiguration à la création', HL))
    s.append(P('Lancée en juillet 2018, la préfiguration s’est déroulée en trois étapes avant la création '
               'officielle de la Fondation des Territoires le 14 juin 2022, sous l’égide de la Fondation de '
               'Lille. Elle rassemble 21 co-fondateurs et s’est fixé trois missions.', BODY_J))
    s.append(P('FONDATIONS', KICK))
    s.append(P('42 fondations passées au crible', HL))
    s.append(P('L’étude IMPACT Fondations &amp; Territoires, publiée le 23 septembre, repose sur les réponses '
               'de 42 fondations interrogées.', BODY_J))
    s.append(FrameBreak())
    s.append(P('AGENDA', KICK))
    s.append(P('Les rendez-vous de novembre', HL))
    ag = [('15 novembre', 'Parution d’un dossier consacré aux alliances dans JURIS Associations n°628.'),
          ('23 novembre', '3e dîner « Elus &amp; Entreprises ».'),
          ('26 novembre', 'Publication du 11e rapport régional de l’Observatoire, consacré à la Normandie.'),
          ('26 novembre', '5e webinaire « l’ODD 17 en pratique ».')]
    data = [[PP('<b>%s</b>' % d, CELL), PP(x, CELL)] for d, x in ag]
    t = Table(data, colWidths=[24 * mm, colw - 24 * mm])
    t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                           ('LINEBELOW', (0, 0), (-1, -1), 0.3, TEAL),
                           ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
    s.append(t)
    s.append(Spacer(1, 4 * mm))
    s.append(P('Inscriptions et replays : www.lerameau.fr', SMALL))
    doc.build(s)
    return fn


# ---------------------------------------------------------------------------
# 04 — Actes de colloque : interventions, noms en intertitres
# ---------------------------------------------------------------------------

def doc04():
    fn = path('04', 'actes-rencontres')
    W, H = A4
    first_printed = 45
    M = 20 * mm

    def on_page(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(NAVY)
        c.setFont('DVB', 8)
        c.drawString(M, H - 12 * mm, 'ACTES DE COLLOQUE')
        c.setFont('DV', 8)
        c.drawRightString(W - M, H - 12 * mm, 'Rencontres de l’Observatoire des partenariats')
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.8)
        c.line(M, H - 14 * mm, W - M, H - 14 * mm)
        c.setLineWidth(0.4)
        c.line(M, 14 * mm, W - M, 14 * mm)
        c.setFillColor(GREY)
        c.setFont('DV', 7.5)
        c.drawString(M, 9 * mm, 'Mesurer pour mieux coopérer · actes')
        c.setFont('DVB', 9)
        pn = first_printed + n - 1
        if pn % 2:
            c.drawRightString(W - M, 9 * mm, str(pn))
        else:
            c.drawString(W / 2, 9 * mm, str(pn))
        c.restoreState()

    doc = BaseDocTemplate(fn, pagesize=A4, title='Actes — Mesurer pour mieux coopérer',
                          author='Observatoire des partenariats', creator='Observatoire des partenariats',
                          subject='Actes de colloque')
    frame = Frame(M, 20 * mm, W - 2 * M, H - 40 * mm, id='f', leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate('p', [frame], onPage=on_page)])
    SPK = st('spk', fontName='DVB', fontSize=13, leading=16, textColor=ORANGE, spaceBefore=8)
    ROLE = st('role', fontName='DVI', fontSize=9, leading=12, textColor=GREY, spaceAfter=6)
    Q = st('q', fontName='DVI', fontSize=9.5, leading=13, leftIndent=10, textColor=NAVY, spaceAfter=6)

    s = []
    s.append(P('Mesurer pour mieux coopérer', TITLE))
    s.append(P('Trois regards sur quinze ans d’études consacrées aux alliances entre associations, '
               'entreprises et pouvoirs publics. Les interventions sont reproduites sous une forme abrégée, '
               'relue par leurs auteurs.', SUB))
    s.append(P('Laurence Weber', SPK))
    s.append(P('Directrice générale du RAMEAU — « Ce que les associations nous ont appris »', ROLE))
    s.append(P('« Je voudrais partir de l’enquête menée avec Recherches &amp; Solidarités et publiée en mars 2017. '
               'Le questionnaire a circulé en mai et juin 2016 ; plus de 1 380 responsables associatifs y ont '
               'répondu. Premier enseignement : une association compte en moyenne 2,5 partenaires.', BODY_J))
    s.append(P('Les collectivités arrivent en tête (74 %), juste devant les autres associations ou les '
               'fondations (72 %). Viennent ensuite l’enseignement (47 %), les entreprises (28 %), les structures '
               'd’insertion (22 %) et la recherche (9 %).', BODY_J))
    s.append(P('Le budget change tout : la moitié des associations disposant de plus de 150 000 € ont un '
               'partenaire entreprise — 50 % exactement —, contre 20 % seulement pour celles qui vivent avec '
               'moins de 10 000 €. »', BODY_J))
    s.append(P('Question de la salle : les petites associations sont-elles condamnées à rester à l’écart ? '
               'Réponse : non, mais elles passent d’abord par les collectivités.', Q))
    s.append(PageBreak())
    s.append(P('Anne Robin', SPK))
    s.append(P('Direction scientifique de l’Observatoire, fondatrice de COMISIS — « D’où viennent nos données »',
               ROLE))
    s.append(P('« Un mot d’histoire d’abord. Nos documents actuels datent la naissance de l’Observatoire de 2008, '
               'à l’initiative du RAMEAU et de la Caisse des Dépôts. Vous trouverez pourtant, dans l’étude ARPEA '
               'Entreprises &amp; Territoires de janvier 2011 comme dans le rapport quinquennal du 11 décembre '
               '2012, la mention d’un « Observatoire national des partenariats associations / entreprises » '
               'créé en 2007. Les deux dates circulent ; je préfère vous le signaler.', BODY_J))
    s.append(P('Le premier programme, ARPEA, nous a donné une mesure de l’urgence ressentie : 86 % des Français '
               'en 2008, puis 84 % en 2012, estimaient urgent de développer des partenariats. À la même époque, '
               'près de 46 % des associations étaient déjà engagées aux côtés d’au moins une entreprise.', BODY_J))
    s.append(P('Du côté des entreprises, le volet Entreprises &amp; Territoires de janvier 2011 dessinait trois '
               'groupes : 21 % développaient des partenariats, 33 % souhaitaient s’y mettre et 46 % n’en '
               'voulaient pas.', BODY_J))
    s.append(PageBreak())
    s.append(P('Anne Robin (suite)', SPK))
    s.append(P('« PHARE a ensuite été déployé en six volets :', BODY))
    for it in ['Citoyens, en septembre 2015 ;', 'Entreprises, en octobre 2015 ;', 'Associations, en novembre 2015 ;',
               '13 rapports régionaux, en 2016 ;', 'des diagnostics sectoriels, en juillet 2016 ;',
               'Institutions, à l’automne 2016.']:
        s.append(PP(it, BULLET, bulletText='•'))
    s.append(P('Le volet Institutions a été rendu public le 29 novembre 2016 ; il distingue 5 profils de maires. '
               'Entre-temps, une note du 29 février 2016 avait chiffré l’engagement : 37 % des entreprises '
               'd’au moins 10 salariés, 38 % des associations — 53 % parmi les associations employeuses — et '
               '65 % des pionniers.', BODY_J))
    s.append(P('N’oublions pas l’impulsion politique : la ministre Valérie Fourneyron avait demandé un état des '
               'lieux des partenariats entre associations et entreprises, publié au début de 2014. »', BODY_J))
    s.append(PageBreak())
    s.append(P('Charles-Benoît Heidsieck', SPK))
    s.append(P('Président-fondateur du RAMEAU — « Du constat au droit »', ROLE))
    s.append(P('« Depuis 2006, Le RAMEAU a mené des expérimentations auprès de plus de 500 organisations. '
               'Les chiffres les plus récents confirment l’élan : 81 % des Français disent ressentir un devoir '
               'd’alliance, 92 % des maires en expriment le besoin et 84 % des dirigeants d’entreprise en ont '
               'l’envie.', BODY_J))
    s.append(P('Lors du FNAF 2019, Gabriel Attal a confié une mission à Cathy Racon-Bouzon et à moi-même. '
               'Le rapport a été remis le 7 mai 2020 et un bilan a été dressé le 17 octobre 2020. Une '
               '« feuille de route » ministérielle de 21 mesures en est issue.', BODY_J))
    s.append(P('Dernière étape : la proposition de loi visant à reconnaître un « droit de l’alliance d’intérêt '
               'général ». Portée par Cathy Racon-Bouzon et déposée en février, elle a été agréée par le Bureau '
               'de l’Assemblée nationale puis publiée au Journal officiel. »', BODY_J))
    s.append(Spacer(1, 6 * mm))
    s.append(P('Clôture des travaux. Les supports des interventions sont disponibles sur '
               'www.observatoire-des-partenariats.fr.', SMALL))
    doc.build(s)
    return fn


# ---------------------------------------------------------------------------
# 05 — Chiffres clés : listes à puces très courtes
# ---------------------------------------------------------------------------

def doc05():
    fn = path('05', 'chiffres-cles')
    W, H = A4
    M = 20 * mm
    printed = {1: 7, 2: 8}

    def on_page(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(ORANGE)
        c.rect(0, H - 30 * mm, W, 30 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DVB', 26)
        c.drawString(M, H - 18 * mm, 'CHIFFRES CLÉS')
        c.setFont('DV', 9)
        c.drawString(M, H - 25 * mm, 'Le RAMEAU · Observatoire des partenariats')
        c.setFillColor(GREY)
        c.setFont('DV', 7.5)
        c.drawString(M, 10 * mm, 'Sources : publications du RAMEAU et de l’Observatoire des partenariats')
        c.setFont('DVB', 9)
        c.drawRightString(W - M, 10 * mm, 'p. %d' % printed[n])
        c.restoreState()

    doc = BaseDocTemplate(fn, pagesize=A4, title='Chiffres clés', author='Le RAMEAU', creator='Le RAMEAU',
                          subject='Chiffres clés')
    frame = Frame(M, 18 * mm, W - 2 * M, H - 56 * mm, id='f', leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate('p', [frame], onPage=on_page)])
    BL = st('bl', fontSize=11, leading=15, leftIndent=14, bulletIndent=2, spaceAfter=4)
    HH = st('hh', fontName='DVB', fontSize=12, leading=15, textColor=NAVY, spaceBefore=8, spaceAfter=6)

    def block(title, items):
        out = [P(title, HH)]
        for it in items:
            out.append(PP(it, BL, bulletText='▪'))
        return out

    s = []
    s += block('Le RAMEAU', ['<b>2006</b> : création', '<b>+ de 1 000</b> exemples inspirants recensés',
                             '<b>+ de 500</b> organisations associées aux expérimentations',
                             '<b>15 ans</b> de recherche', '<b>5 ans</b> d’étude d’impact', '<b>3</b> missions'])
    s += block('L’Observatoire', ['<b>2008</b> : création (2007 dans des documents de 2011 et 2012)',
                                  '<b>3</b> programmes de cinq ans : ARPEA, PHARE, IMPACT',
                                  '<b>10</b> volets pour ARPEA', '<b>6</b> volets pour PHARE',
                                  '<b>13</b> rapports régionaux en 2016',
                                  '<b>11 décembre 2012</b> : rapport quinquennal'])
    s.append(PageBreak())
    s += block('Territoires', ['<b>11</b> territoires pionniers pour le parcours d’expérience CGET – Le RAMEAU '
                               '(10 territoires pilotes selon une autre présentation)',
                               '<b>18 mois</b> de parcours', '<b>3 mai</b> : première session'])
    s += block('ODD 17', ['<b>1,5 M€</b> de dotation pour le Fonds ODD 17', '<b>3 ans</b> d’expérimentation',
                          '<b>350</b> catalyseurs territoriaux visés', '<b>19</b> cibles dans l’ODD 17'])
    s += block('Alliances et action publique', ['<b>21</b> co-fondateurs pour la Fondation des Territoires',
                                                '<b>21</b> mesures dans la feuille de route ministérielle',
                                                '<b>+ de 250</b> données inventoriées pour la sortie de crise',
                                                '<b>81 %</b> des Français : la co-construction aide à rebondir',
                                                '<b>84 %</b> des dirigeants de TPE-PME : même constat'])
    doc.build(s)
    return fn


# ---------------------------------------------------------------------------
# 06 — Chronologie dont le texte est en paysage (page portrait tournée de 90°)
# ---------------------------------------------------------------------------

def doc06():
    fn = path('06', 'chronologie-paysage')
    W, H = A4  # page physique portrait
    LW, LH = H, W  # surface utile en paysage
    # ReportLab échange largeur et hauteur de la MediaBox quand /Rotate vaut 90 : on lui donne
    # donc la taille paysage pour obtenir une page physique portrait affichée en paysage.
    c = rl_canvas.Canvas(fn, pagesize=(H, W), invariant=1)
    set_meta(c, 'Repères chronologiques')
    pages = [
        ('REPÈRES CHRONOLOGIQUES · 2006-2016', [
            ('2006', 'Naissance du RAMEAU, association d’intérêt général'),
            ('2008 *', 'L’Observatoire des partenariats voit le jour (Caisse des Dépôts et Le RAMEAU)'),
            ('2010', 'Démarche « Agir ensemble en Territoire », après l’étude ARPEA-Collectivités locales'),
            ('janvier 2011', 'Étude ARPEA Entreprises & Territoires'),
            ('11 décembre 2012', 'Rapport quinquennal de l’Observatoire'),
            ('début 2014', 'État des lieux demandé par la ministre Valérie Fourneyron'),
            ('septembre à novembre 2015', 'PHARE : volets Citoyens, Entreprises puis Associations'),
            ('29 février 2016', 'Note chiffrant l’engagement des entreprises et des associations'),
            ('juillet 2016', 'Diagnostics sectoriels PHARE'),
            ('29 novembre 2016', 'Publication de PHARE-Institutions (5 profils de maires)'),
        ], '* L’étude de janvier 2011 et le rapport quinquennal de décembre 2012 datent l’Observatoire de 2007.'),
        ('REPÈRES CHRONOLOGIQUES · 2017-2024', [
            ('mars 2017', 'Étude Associations & Partenariats avec Recherches & Solidarités'),
            ('novembre 2017', 'Lancement du programme IMPACT (2018-2022)'),
            ('juillet 2018', 'Début de la préfiguration de la Fondation des Territoires'),
            ('2019', 'Mission ministérielle confiée lors du FNAF'),
            ('7 mai 2020', 'Remise du rapport de mission'),
            ('17 octobre 2020', 'Bilan de la mission'),
            ('novembre 2020', 'Étude IMPACT-Elus locaux (Comisis-OpinionWay)'),
            ('30 novembre 2021 *', 'Charte du faire alliance dévoilée à Saint-Maurice'),
            ('14 juin 2022', 'Création de la Fondation des Territoires'),
            ('novembre 2024', 'Baromètre IMPACTS & TRAJECTOIRES – Elus locaux'),
        ], '* associations.gouv.fr annonçait la charte pour un « mardi 30 septembre ».'),
    ]
    for i, (title, rows, note) in enumerate(pages, 1):
        c.setPageRotation(90)
        c.saveState()
        c.translate(W, 0)
        c.rotate(90)
        # repère paysage : largeur LW, hauteur LH
        c.setFillColor(NAVY)
        c.rect(0, LH - 16 * mm, LW, 16 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DVB', 14)
        c.drawString(15 * mm, LH - 11 * mm, title)
        c.setFont('DV', 8)
        c.drawRightString(LW - 15 * mm, LH - 11 * mm, 'Observatoire des partenariats')
        data = [[PP('<b>Date</b>', CELLH), PP('<b>Événement</b>', CELLH)]]
        for d, e in rows:
            data.append([PP('<b>%s</b>' % d, CELL), PP(e.replace('&', '&amp;'), CELL)])
        t = Table(data, colWidths=[55 * mm, LW - 30 * mm - 55 * mm])
        t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), TEAL),
                               ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, LIGHT]),
                               ('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.HexColor('#9FB0C2')),
                               ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                               ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
        tw, th = t.wrap(LW - 30 * mm, LH)
        t.drawOn(c, 15 * mm, LH - 24 * mm - th)
        y = LH - 24 * mm - th - 8 * mm
        if i == 2:
            steps = [['Étape 1', 'juillet 2018 – juillet 2019'], ['Étape 2', 'août 2019 – novembre 2020'],
                     ['Étape 3', 'décembre 2020 – mai 2022']]
            lab = PP('<b>Fondation des Territoires : les trois étapes de la préfiguration</b>', CELL)
            _, lh = lab.wrap(LW - 30 * mm, 30)
            lab.drawOn(c, 15 * mm, y - lh + 4 * mm)
            st2 = Table([[PP('<b>%s</b>' % a, CELL) for a, b in steps],
                         [PP(b, CELL) for a, b in steps]], colWidths=[(LW - 30 * mm) / 3] * 3)
            st2.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, ORANGE),
                                     ('INNERGRID', (0, 0), (-1, -1), 0.3, ORANGE),
                                     ('BACKGROUND', (0, 0), (-1, 0), SAND)]))
            _, sh = st2.wrap(LW - 30 * mm, 60)
            st2.drawOn(c, 15 * mm, y - lh - sh + 2 * mm)
        c.setFillColor(GREY)
        c.setFont('DVI', 8)
        c.drawString(15 * mm, 16 * mm, note)
        c.setFont('DV', 8)
        c.drawString(15 * mm, 9 * mm, 'www.observatoire-des-partenariats.fr')
        c.drawRightString(LW - 15 * mm, 9 * mm, 'Chronologie · %d' % i)
        c.restoreState()
        c.showPage()
    c.save()
    return fn


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for f in (doc01, doc02, doc03, doc04, doc05, doc06):
        print(f())
