#!/usr/bin/env python3
"""Génère les 6 PDF du jeu à l'aveugle s61 (obs-s61-NN-<slug>.pdf).

Usage : /work/main/.venv/bin/python make_docs.py [dossier_de_sortie]
Les faits viennent de /work/shared/facts.md ; les phrases, la mise en page et les
horaires du programme de l'affiche sont propres à ce jeu.
"""
import os
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT, TA_JUSTIFY
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether, LongTable,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)
from reportlab.platypus.flowables import HRFlowable

FONT_DIR = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FONT_DIR + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DV-B', FONT_DIR + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DV-I', FONT_DIR + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('DV-BI', FONT_DIR + 'DejaVuSans-BoldOblique.ttf'))
pdfmetrics.registerFont(TTFont('DVC', FONT_DIR + 'DejaVuSansCondensed.ttf'))
pdfmetrics.registerFont(TTFont('DVC-B', FONT_DIR + 'DejaVuSansCondensed-Bold.ttf'))
addMapping('DV', 0, 0, 'DV')
addMapping('DV', 1, 0, 'DV-B')
addMapping('DV', 0, 1, 'DV-I')
addMapping('DV', 1, 1, 'DV-BI')
addMapping('DVC', 0, 0, 'DVC')
addMapping('DVC', 1, 0, 'DVC-B')
addMapping('DVC', 0, 1, 'DVC')
addMapping('DVC', 1, 1, 'DVC-B')

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
NB = '\u00a0'  # espace insécable (évite « 148 » en fin de ligne et « 000 » au début de la suivante)


def fr(text):
    """Typographie française : espaces insécables avant : ; ? ! » et après «."""
    for a, b in ((' :', NB + ':'), (' ;', NB + ';'), (' ?', NB + '?'), (' !', NB + '!'),
                 ('« ', '«' + NB), (' »', NB + '»')):
        text = text.replace(a, b)
    return text


def P(text, style):
    return Paragraph(fr(text), style)


def B(text, style, bullet):
    return Paragraph(fr(text), style, bulletText=bullet)


def st(name, **kw):
    base = dict(fontName='DV', fontSize=9.5, leading=13, textColor=colors.HexColor('#1d1d1b'),
                bulletFontName='DV')
    base.update(kw)
    return ParagraphStyle(name, **base)


def meta(doc, title, subject):
    doc.title = title
    doc.author = 'Le RAMEAU – Observatoire des partenariats'
    doc.subject = subject
    doc.creator = 'make_docs.py (jeu s61)'


# ---------------------------------------------------------------------------------------
# 01 — Communiqué de presse (2 pages A4)
# ---------------------------------------------------------------------------------------
def doc01():
    path = os.path.join(OUT, 'obs-s61-01-communique-droit-alliance.pdf')
    W, H = A4
    green = colors.HexColor('#1f6f5c')
    pale = colors.HexColor('#e8f2ee')

    def page(c, d):
        c.saveState()
        c.setFillColor(green)
        c.rect(0, H - 2.6 * cm, W, 2.6 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 15)
        c.drawString(2 * cm, H - 1.35 * cm, 'COMMUNIQUÉ DE PRESSE')
        c.setFont('DV', 9)
        c.drawString(2 * cm, H - 2.0 * cm, 'Le RAMEAU · Observatoire des partenariats')
        c.drawRightString(W - 2 * cm, H - 1.35 * cm, 'DIFFUSION IMMÉDIATE')
        c.drawRightString(W - 2 * cm, H - 2.0 * cm, 'Alliances d’intérêt général')
        # pied de page : contact presse
        c.setStrokeColor(green)
        c.setLineWidth(0.8)
        c.line(2 * cm, 2.3 * cm, W - 2 * cm, 2.3 * cm)
        c.setFillColor(colors.HexColor('#333333'))
        c.setFont('DV-B', 8)
        c.drawString(2 * cm, 1.8 * cm, 'CONTACT PRESSE')
        c.setFont('DV', 8)
        c.drawString(2 * cm, 1.35 * cm,
                     'Pôle communication du RAMEAU · www.lerameau.fr (rubrique « Presse ») · '
                     'observatoire-des-partenariats.fr')
        c.drawRightString(W - 2 * cm, 1.8 * cm, 'Page %d / 2' % d.page)
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                          topMargin=3.4 * cm, bottomMargin=2.9 * cm)
    meta(doc, 'Communiqué de presse – droit de l’alliance d’intérêt général',
         'Communiqué de presse')
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id='f')
    doc.addPageTemplates([PageTemplate('p', [fr], onPage=page)])

    title = st('t', fontName='DV-B', fontSize=19, leading=24, textColor=green, spaceAfter=10)
    chapo = st('c', fontName='DV-B', fontSize=10.5, leading=15, spaceAfter=10)
    body = st('b', alignment=TA_JUSTIFY, spaceAfter=8)
    quote = st('q', fontName='DV-I', fontSize=11, leading=16, textColor=green, leftIndent=14,
               rightIndent=14, spaceBefore=4, spaceAfter=2)
    attrib = st('a', fontSize=8.5, leading=11, leftIndent=14, alignment=TA_LEFT, spaceAfter=12,
                textColor=colors.HexColor('#555555'))
    h2 = st('h2', fontName='DV-B', fontSize=11.5, leading=15, textColor=green, spaceBefore=8,
            spaceAfter=6)
    small = st('s', fontSize=8.5, leading=11.5, alignment=TA_JUSTIFY)
    boxh = st('bh', fontName='DV-B', fontSize=9, leading=12, textColor=green, spaceAfter=3)

    story = []
    story.append(P('Le droit de l’alliance d’intérêt général passe de la mission à la loi', title))
    story.append(P('Agréée par le Bureau de l’Assemblée nationale puis publiée au Journal officiel, '
                   'la proposition de loi portée par Cathy Racon-Bouzon donne une base juridique au '
                   '« faire alliance ». Elle s’accompagne d’une feuille de route du ministère, forte de '
                   '21' + NB + 'mesures.', chapo))
    story.append(P('Déposée en février, la proposition de loi reconnaît un droit de l’alliance '
                   'd’intérêt général : associations, entreprises, collectivités et fondations '
                   'peuvent s’engager ensemble au service du bien commun, dans un cadre désormais '
                   'reconnu. Le texte a franchi deux étapes décisives : son agrément par le Bureau '
                   'de l’Assemblée nationale, puis sa publication au Journal officiel.', body))
    story.append(P('Cette reconnaissance s’appuie sur une attente mesurée de longue date par les '
                   'travaux de l’Observatoire des partenariats. Les trois publics interrogés — les '
                   'citoyens, les maires et les dirigeants d’entreprise — expriment chacun, avec '
                   'leurs propres mots, la même aspiration à coopérer.', body))

    kc = st('kc', fontName='DV-B', fontSize=20, leading=24, textColor=green, alignment=TA_CENTER)
    kl = st('kl', fontSize=8.5, leading=11, alignment=TA_CENTER)
    cells = [[P('81' + NB + '%', kc), P('92' + NB + '%', kc), P('84' + NB + '%', kc)],
             [P('des Français parlent d’un « devoir d’alliance »', kl),
              P('des maires disent avoir « besoin d’alliance »', kl),
              P('des dirigeants d’entreprise ont « envie d’alliance »', kl)]]
    t = Table(cells, colWidths=[doc.width / 3.0] * 3)
    t.setStyle(TableStyle([
        ('BACKGROUND', (0, 0), (-1, -1), pale),
        ('LINEABOVE', (0, 0), (-1, 0), 2, green),
        ('LINEAFTER', (0, 0), (1, -1), 0.5, colors.white),
        ('TOPPADDING', (0, 0), (-1, -1), 6), ('BOTTOMPADDING', (0, 0), (-1, -1), 6),
    ]))
    story.append(P('LES CHIFFRES QUI FONDENT LA DÉMARCHE', boxh))
    story.append(t)
    story.append(Spacer(1, 12))
    story.append(P('« Les Français, les maires et les chefs d’entreprise l’avaient dit avant nous : '
                   'ils veulent agir ensemble. La loi reconnaît enfin ce que les territoires '
                   'expérimentent depuis des années. »', quote))
    story.append(P('— Charles-Benoît Heidsieck, président-fondateur du RAMEAU', attrib))
    story.append(P('Pour les acteurs de terrain, l’enjeu est désormais de passer du principe à la '
                   'pratique : identifier les besoins non couverts d’un territoire, réunir les '
                   'organisations capables d’y répondre et inscrire leur coopération dans la durée. '
                   'La feuille de route ministérielle détaille les mesures d’accompagnement prévues '
                   'pour y parvenir.', body))

    story.append(PageBreak())
    story.append(P('Aux origines du texte : une mission ministérielle', h2))
    story.append(P('La proposition de loi prolonge une mission ministérielle : lors du FNAF 2019, '
                   'Gabriel Attal en avait chargé Cathy Racon-Bouzon et Charles-Benoît Heidsieck. '
                   'Le rapport de mission a été remis le 7 mai 2020 ; un bilan d’étape a ensuite '
                   'été présenté le 17 octobre 2020.', body))
    story.append(P('« Vingt et une mesures, c’est un engagement concret. Il s’agit maintenant '
                   'd’outiller chaque territoire pour qu’il puisse s’en saisir, avec ses propres '
                   'acteurs. »', quote))
    story.append(P('— Laurence Weber, directrice générale du RAMEAU', attrib))
    story.append(P('Les prochaines étapes', h2))
    bl = st('bl', leftIndent=12, bulletIndent=2, spaceAfter=3)
    for item in ['diffuser le texte publié et la feuille de route auprès des réseaux associatifs, '
                 'des entreprises et des élus ;',
                 'partager les méthodes issues de quinze années de recherche empirique ;',
                 'suivre, territoire par territoire, la mise en œuvre des mesures annoncées.']:
        story.append(B(item, bl, '•'))
    story.append(Spacer(1, 14))

    about = [
        P('À PROPOS DU RAMEAU', boxh),
        P('Fondé en 2006, Le RAMEAU est une association d’intérêt général qui se présente comme un '
          '« laboratoire de recherche empirique » consacré aux alliances, et parfois comme un '
          '« laboratoire d’innovations partenariales ». Quinze ans de recherche, dont cinq d’étude '
          'd’impact, lui ont permis de recenser plus de 1' + NB + '000 exemples inspirants. Depuis '
          'sa création, plus de 500 organisations ont pris part à ses expérimentations. '
          'Il exerce trois missions, la première étant de témoigner.', small),
        Spacer(1, 8),
        P('À PROPOS DE L’OBSERVATOIRE DES PARTENARIATS', boxh),
        P('L’Observatoire des partenariats est né en 2008 d’une initiative de la Caisse des Dépôts '
          'et du RAMEAU, à laquelle se sont associés le MEDEF et le Mouvement associatif. Des '
          'documents plus anciens '
          '(publications de janvier 2011 et de décembre 2012) le présentent toutefois sous le nom '
          'd’« Observatoire national des partenariats associations / entreprises », « créé en '
          '2007 ».', small),
    ]
    box = Table([[about]], colWidths=[doc.width])
    box.setStyle(TableStyle([
        ('BOX', (0, 0), (-1, -1), 1, green),
        ('BACKGROUND', (0, 0), (-1, -1), pale),
        ('LEFTPADDING', (0, 0), (-1, -1), 10), ('RIGHTPADDING', (0, 0), (-1, -1), 10),
        ('TOPPADDING', (0, 0), (-1, -1), 8), ('BOTTOMPADDING', (0, 0), (-1, -1), 8),
    ]))
    story.append(box)
    doc.build(story)
    return path


# ---------------------------------------------------------------------------------------
# 02 — Rapport annuel : deux colonnes + colonne latérale de chiffres clés (3 pages A4)
# ---------------------------------------------------------------------------------------
def doc02():
    path = os.path.join(OUT, 'obs-s61-02-rapport-annuel-2020.pdf')
    W, H = A4
    plum = colors.HexColor('#6b2d5c')
    orange = colors.HexColor('#c8581b')
    side_bg = colors.HexColor('#f3ecf1')
    first_printed = 22

    side_x, side_w = 1.5 * cm, 4.6 * cm
    gap = 0.6 * cm
    col_w = (W - side_x - side_w - gap - 1.5 * cm - 0.6 * cm) / 2.0
    colA_x = side_x + side_w + gap
    colB_x = colA_x + col_w + 0.6 * cm
    bottom = 2.6 * cm

    def page(c, d, title=None):
        c.saveState()
        c.setFillColor(side_bg)
        top = (H - 3.9 * cm) if title else (H - 2.0 * cm)
        c.rect(side_x, bottom - 0.3 * cm, side_w, top - bottom + 0.5 * cm, stroke=0, fill=1)
        c.setFillColor(plum)
        c.setFont('DV-B', 8)
        c.drawString(side_x, H - 1.3 * cm, 'RAPPORT ANNUEL 2020')
        c.setFont('DV', 8)
        c.drawRightString(W - 1.5 * cm, H - 1.3 * cm, 'Observatoire des partenariats · Le RAMEAU')
        c.setStrokeColor(plum)
        c.setLineWidth(1.2)
        c.line(side_x, H - 1.5 * cm, W - 1.5 * cm, H - 1.5 * cm)
        c.setLineWidth(0.5)
        c.line(side_x, 1.9 * cm, W - 1.5 * cm, 1.9 * cm)
        c.setFont('DV', 7.5)
        c.setFillColor(colors.HexColor('#555555'))
        c.drawString(side_x, 1.4 * cm, 'Chapitre 3 · Des données pour agir ensemble')
        c.setFont('DV-B', 11)
        c.setFillColor(plum)
        c.drawRightString(W - 1.5 * cm, 1.35 * cm, str(first_printed + d.page - 1))
        if title:
            c.setFont('DV-B', 8)
            c.setFillColor(orange)
            c.drawString(colA_x, H - 2.35 * cm, 'CHAPITRE 3')
            c.setFont('DV-B', 20)
            c.setFillColor(plum)
            c.drawString(colA_x, H - 3.25 * cm, title)
        c.restoreState()

    def first(c, d):
        page(c, d, 'Des données pour agir ensemble')

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=side_x, rightMargin=1.5 * cm,
                          topMargin=2 * cm, bottomMargin=bottom)
    meta(doc, 'Rapport annuel 2020 – chapitre 3', 'Rapport annuel')
    top_first = H - 3.9 * cm
    top_other = H - 2.0 * cm

    def frames(top):
        return [Frame(side_x + 0.2 * cm, bottom, side_w - 0.4 * cm, top - bottom, id='side',
                      leftPadding=4, rightPadding=4),
                Frame(colA_x, bottom, col_w, top - bottom, id='a', leftPadding=0, rightPadding=0),
                Frame(colB_x, bottom, col_w, top - bottom, id='b', leftPadding=0, rightPadding=0)]

    doc.addPageTemplates([PageTemplate('first', frames(top_first), onPage=first),
                          PageTemplate('other', frames(top_other), onPage=page)])

    sideh = st('sh', fontName='DV-B', fontSize=9, leading=12, textColor=plum, spaceBefore=4,
               spaceAfter=6)
    big = st('big', fontName='DV-B', fontSize=22, leading=26, textColor=orange)
    bigl = st('bigl', fontSize=8.6, leading=11.5, spaceAfter=16)
    h = st('h', fontName='DV-B', fontSize=12, leading=15, textColor=orange, spaceBefore=8,
           spaceAfter=5)
    body = st('body', fontSize=9.6, leading=13.6, alignment=TA_LEFT, spaceAfter=7)
    note = st('note', fontSize=6.8, leading=8.6, textColor=colors.HexColor('#555555'))
    bl = st('bl', fontSize=9.6, leading=13.2, leftIndent=10, bulletIndent=0, spaceAfter=2)

    def side(items):
        out = [P('CHIFFRES CLÉS', sideh)]
        for num, lab in items:
            out.append(P(num, big))
            out.append(P(lab, bigl))
        return out

    story = [NextPageTemplate('other')]
    # --- page 22 ---
    story += side([('1,5' + NB + 'M€', 'dotation du Fonds ODD 17'),
                   ('3' + NB + 'ans', 'durée de l’expérimentation financée'),
                   ('350', '« catalyseurs territoriaux » visés'),
                   ('19', 'cibles rattachées à l’ODD 17')])
    story.append(FrameBreak())
    story += [
        P('Le Fonds ODD 17, un levier d’expérimentation', h),
        P('Né en 2020 de l’initiative conjointe du RAMEAU et de la Fondation TotalEnergies, le Fonds '
          'ODD 17 finance une expérimentation menée sur trois ans. Sa dotation s’élève à '
          '1,5' + NB + 'M€.', body),
        P('L’ambition est de faire émerger 350 « catalyseurs territoriaux » : des personnes et des '
          'structures capables de réunir, localement, les acteurs qui ont intérêt à coopérer.', body),
        P('Pourquoi un fonds dédié ?', h),
        P('Les alliances se nouent rarement sans une fonction d’animation. En finançant cette '
          'fonction, le fonds teste une hypothèse simple : un territoire qui dispose d’un '
          'catalyseur passe plus vite de l’intention à l’action collective.', body),
    ]
    story.append(FrameBreak())
    story += [
        P('M.E.D.O.C., une boîte à outils en ligne', h),
        P('Les ressources accumulées sont rassemblées sur la plateforme www.odd17.org, organisée '
          'selon cinq entrées qui forment le sigle M.E.D.O.C. :', body),
    ]
    for w in ['Méthodes', 'Exemples', 'Données', 'Outils', 'Compétences']:
        story.append(B(w, bl, '▸'))
    story += [
        Spacer(1, 4),
        P('L’ODD 17 en clair', h),
        P('Le dix-septième objectif de développement durable, consacré aux partenariats, se '
          'décline en 19' + NB + 'cibles. Une note du Comité 21 intitulée « ODD 17 : Sens, '
          'décryptages, déclinaisons », diffusée un 5 juillet, en propose une lecture '
          'détaillée.<super>1</super>', body),
        Spacer(1, 10),
        HRFlowable(width='40%', thickness=0.5, color=colors.grey, hAlign='LEFT'),
        P('<super>1</super> Note signalée par associations.gouv.fr ; les cibles y sont regroupées '
          'par thème.', note),
    ]
    story.append(FrameBreak())
    # --- page 23 ---
    story += side([('81' + NB + '%', 'des Français jugent la co-construction utile pour la '
                                      'résilience après la crise sanitaire'),
                   ('84' + NB + '%', 'des dirigeants de TPE & PME partagent cet avis'),
                   ('+' + NB + 'de' + NB + '250', 'données inventoriées pour agir'),
                   ('64' + NB + '%', 'des élus locaux veulent s’appuyer sur le « jouer collectif »')])
    story.append(FrameBreak())
    story += [
        P('Sortir de crise en jouant collectif', h),
        P('Au sortir de la crise du Covid, l’Observatoire a voulu savoir si la coopération entre '
          'acteurs était perçue comme une ressource. La réponse est nette : côté citoyens, '
          '81' + NB + '% jugent utile de co-construire pour rebondir ; côté dirigeants de TPE & '
          'PME, la proportion atteint 84' + NB + '%.', body),
        P('Pour aider les décideurs à « jouer collectif en sortie de crise », plus de 250 données '
          'ont été inventoriées et rendues accessibles, afin d’agir vite et bien.', body),
        P('Les élus locaux en première ligne', h),
        P('Du côté des collectivités, 64' + NB + '% des élus locaux déclarent vouloir s’appuyer '
          'sur le « jouer collectif », et 92' + NB + '% des maires reconnaissent l’utilité de la '
          'co-construction. Ces résultats ont nourri les échanges du dîner « Élus & Entreprises ».',
          body),
    ]
    story.append(FrameBreak())
    story += [
        P('Une fiche-repère pour les collectivités', h),
        P('L’étude IMPACT-Élus locaux, réalisée en novembre 2020 avec Comisis et OpinionWay, a '
          'donné naissance à une fiche-repère : « Les dynamiques d’engagement des Collectivités '
          'territoriales ». Elle aide chaque équipe municipale à situer sa propre démarche.', body),
        P('Une fiche comparable existe pour un autre type d’acteur : la fiche « Dynamique '
          'd’engagement des Fondations ».', body),
        P('Ce que retiennent les équipes', h),
    ]
    for it in ['des chiffres récents, utilisables en conseil municipal ;',
               'des exemples de coopérations déjà engagées ;',
               'une grille pour situer son territoire.']:
        story.append(B(it, bl, '▸'))
    story.append(FrameBreak())
    # --- page 24 ---
    story += side([('74' + NB + '%', 'des Français voient dans les partenariats une source '
                                      'd’innovation'),
                   ('87' + NB + '%', 'des maires partagent ce constat'),
                   ('76' + NB + '%', 'des maires jugent leur territoire engagé'),
                   ('46' + NB + '%', 'des maires ne savent pas comment piloter')])
    story.append(FrameBreak())
    story += [
        P('IMPACT : mesurer pour convaincre', h),
        P('Le programme IMPACT couvre la période 2018-2022 ; il a été lancé en novembre 2017. Il '
          'réunit Le RAMEAU, la Caisse des Dépôts et l’Institut CDC pour la Recherche, le Groupe '
          'La Poste et la Fondation TOTAL.', body),
        P('Trois axes structurent les travaux :', body),
    ]
    for it in ['l’innovation sociétale et territoriale ;', 'la performance des organisations ;',
               'la confiance.']:
        story.append(B(it, bl, '▸'))
    story += [
        Spacer(1, 4),
        P('Les partenariats, source d’innovation', h),
        P('Selon le programme, les partenariats sont une source d’innovation pour 87' + NB + '% '
          'des maires, 86' + NB + '% des responsables associatifs, 81' + NB + '% des dirigeants '
          'd’entreprise et 74' + NB + '% des Français. Une autre présentation des mêmes '
          'résultats retient toutefois 69' + NB + '% des citoyens.<super>2</super>', body),
    ]
    story.append(FrameBreak())
    story += [
        P('Côté maires, 76' + NB + '% estiment que leur territoire est engagé, mais 46' + NB + '% '
          'disent ne pas savoir piloter ces coopérations.', body),
        P('Trois programmes successifs', h),
        P('Depuis sa création, l’Observatoire a enchaîné trois plans quinquennaux : ARPEA '
          '(2008-2012), puis PHARE (2013-2018), puis IMPACT (2018-2022). Certaines présentations '
          'datent toutefois PHARE de 2013-2017.', body),
        P('Une direction scientifique bénévole', h),
        P('La direction scientifique de l’Observatoire est assurée bénévolement par Anne Robin, '
          'fondatrice de COMISIS.', body),
        Spacer(1, 10),
        HRFlowable(width='40%', thickness=0.5, color=colors.grey, hAlign='LEFT'),
        P('<super>2</super> Écart entre deux supports de présentation du programme IMPACT ; les '
          'autres pourcentages sont identiques.', note),
    ]
    doc.build(story)
    return path


# ---------------------------------------------------------------------------------------
# 03 — Affiche A3 paysage (1 page)
# ---------------------------------------------------------------------------------------
def doc03():
    from reportlab.pdfgen import canvas as cv
    path = os.path.join(OUT, 'obs-s61-03-affiche-giving-tuesday.pdf')
    W, H = landscape(A3)
    c = cv.Canvas(path, pagesize=(W, H))
    c.setTitle('Affiche – dévoilement de la Charte du faire alliance')
    c.setAuthor('Le RAMEAU – Observatoire des partenariats')
    c.setSubject('Affiche')
    navy = colors.HexColor('#14284b')
    gold = colors.HexColor('#e0a526')
    light = colors.HexColor('#f4f1e8')

    c.setFillColor(navy)
    c.rect(0, 0, W * 0.42, H, stroke=0, fill=1)
    c.setFillColor(light)
    c.rect(W * 0.42, 0, W * 0.58, H, stroke=0, fill=1)

    lx = 2.2 * cm
    c.setFillColor(gold)
    c.setFont('DV-B', 16)
    c.drawString(lx, H - 3 * cm, 'GIVING TUESDAY')
    c.setFillColor(colors.white)
    c.setFont('DV-B', 40)
    c.drawString(lx, H - 5.6 * cm, 'Charte du')
    c.drawString(lx, H - 7.4 * cm, 'faire alliance')
    c.setFont('DV', 17)
    c.drawString(lx, H - 9.2 * cm, 'Soirée de dévoilement')

    c.setFillColor(gold)
    c.rect(lx, H - 12.8 * cm, 14.2 * cm, 2.6 * cm, stroke=0, fill=1)
    c.setFillColor(navy)
    c.setFont('DV-B', 24)
    c.drawString(lx + 0.5 * cm, H - 11.3 * cm, 'Mardi 30 novembre 2021')
    c.setFont('DV', 13)
    c.drawString(lx + 0.5 * cm, H - 12.3 * cm, 'à partir de 18 h · soirée VitaWin')

    c.setFillColor(colors.white)
    c.setFont('DV-B', 13)
    c.drawString(lx, H - 14.6 * cm, 'LIEU')
    c.setFont('DV', 15)
    c.drawString(lx, H - 15.6 * cm, 'Saint-Maurice')
    c.setFont('DV', 12)
    c.drawString(lx, H - 16.5 * cm, 'Territoire Paris-Est Marne & Bois')

    pst = st('ps', fontSize=11, leading=15, textColor=colors.white)
    txt = P('Pendant trois mois, la Fondation des Territoires a piloté une écriture à plusieurs '
            'mains. Le résultat tient en un texte court : un « contrat de confiance » que chaque '
            'organisation peut signer pour s’engager à coopérer.', pst)
    w, hh = txt.wrap(12.5 * cm, 6 * cm)
    txt.drawOn(c, lx, H - 18.0 * cm - hh)

    c.setFillColor(gold)
    c.setFont('DV-B', 10)
    c.drawString(lx, 2.6 * cm, 'Le RAMEAU · Fondation des Territoires')
    c.setFillColor(colors.white)
    c.setFont('DV', 10)
    c.drawString(lx, 1.9 * cm, 'www.lerameau.fr')

    # Programme en blocs horaires
    rx = W * 0.42 + 1.8 * cm
    rw = W * 0.58 - 3.6 * cm
    c.setFillColor(navy)
    c.setFont('DV-B', 22)
    c.drawString(rx, H - 3 * cm, 'PROGRAMME DE LA SOIRÉE')
    c.setStrokeColor(gold)
    c.setLineWidth(3)
    c.line(rx, H - 3.5 * cm, rx + 6 * cm, H - 3.5 * cm)

    blocks = [
        ('18 h 00', 'Accueil', 'Ouverture des portes, café et présentation des organisations '
                               'présentes.'),
        ('18 h 30', 'Aux racines de la Charte',
         'Retour sur « Agir ensemble en Territoire », démarche initiée en 2010 à la suite de '
         'l’étude ARPEA-Collectivités locales menée avec Comisis et OpinionWay.'),
        ('19 h 00', 'La parole aux territoires pilotes',
         'Alsace, avec Alsace Active ; Poitou-Charentes, avec le Groupe La Poste ; '
         'Paris-Est Marne & Bois, qui accueille la soirée.'),
        ('19 h 45', 'Trois mois de co-construction',
         'Comment la Fondation des Territoires a conduit l’écriture collective du texte.'),
        ('20 h 15', 'Dévoilement de la Charte du faire alliance',
         'Lecture publique du « contrat de confiance » et premières signatures.'),
        ('21 h 00', 'Soirée VitaWin', 'Temps d’échange convivial entre participants.'),
    ]
    tst = st('pt', fontName='DV-B', fontSize=15, leading=19, textColor=navy)
    dst = st('pd', fontSize=12, leading=16, textColor=colors.HexColor('#333333'))
    y = H - 4.6 * cm
    bh = 3.8 * cm
    for hour, tit, desc in blocks:
        c.setFillColor(colors.white)
        c.setStrokeColor(colors.HexColor('#d8d2c0'))
        c.setLineWidth(0.8)
        c.roundRect(rx, y - bh, rw, bh - 0.3 * cm, 6, stroke=1, fill=1)
        c.setFillColor(navy)
        c.roundRect(rx, y - bh, 4.2 * cm, bh - 0.3 * cm, 6, stroke=0, fill=1)
        c.setFillColor(gold)
        c.setFont('DV-B', 20)
        c.drawCentredString(rx + 2.1 * cm, y - bh / 2.0 - 0.45 * cm, hour)
        p1 = P(tit, tst)
        w1, h1 = p1.wrap(rw - 5.2 * cm, 2 * cm)
        p2 = P(desc, dst)
        w2, h2 = p2.wrap(rw - 5.2 * cm, 3 * cm)
        top = y - 0.55 * cm
        p1.drawOn(c, rx + 4.7 * cm, top - h1)
        p2.drawOn(c, rx + 4.7 * cm, top - h1 - 0.15 * cm - h2)
        y -= bh
    c.showPage()
    c.save()
    return path


# ---------------------------------------------------------------------------------------
# 04 — Questionnaires annotés (3 pages A4), résultats en % à droite de chaque modalité
# ---------------------------------------------------------------------------------------
def doc04():
    path = os.path.join(OUT, 'obs-s61-04-questionnaires-annotes.pdf')
    W, H = A4
    teal = colors.HexColor('#0f5f73')
    bar = colors.HexColor('#8cc3cf')
    first_printed = 7

    def page(c, d):
        c.saveState()
        c.setFillColor(teal)
        c.rect(0, H - 1.6 * cm, W, 1.6 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 10)
        c.drawString(1.8 * cm, H - 1.0 * cm, 'QUESTIONNAIRES ANNOTÉS')
        c.setFont('DV', 8.5)
        c.drawRightString(W - 1.8 * cm, H - 1.0 * cm,
                          'Annexe 2 · Résultats publiés reportés en regard des réponses')
        c.setFillColor(colors.HexColor('#555555'))
        c.setFont('DV', 7.5)
        c.drawString(1.8 * cm, 1.2 * cm, 'Observatoire des partenariats · Cahier d’enquêtes')
        c.drawRightString(W - 1.8 * cm, 1.2 * cm, 'A2 – %d' % (first_printed + d.page - 1))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                          topMargin=2.3 * cm, bottomMargin=1.9 * cm)
    meta(doc, 'Questionnaires annotés – résultats publiés', 'Questionnaire annoté')
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id='f')
    doc.addPageTemplates([PageTemplate('p', [fr], onPage=page)])

    survey = st('sv', fontName='DV-B', fontSize=13, leading=16, textColor=teal, spaceAfter=2)
    sinfo = st('si', fontSize=8.3, leading=11, textColor=colors.HexColor('#444444'), spaceAfter=8)
    qst = st('qs', fontName='DV-B', fontSize=9.5, leading=12.5, spaceBefore=6, spaceAfter=3)
    hint = st('hi', fontName='DV-I', fontSize=7.8, leading=10, textColor=colors.HexColor('#666666'),
              spaceAfter=3)
    opt = st('op', fontSize=9, leading=11.5)
    pct = st('pc', fontName='DV-B', fontSize=9.5, leading=11.5, textColor=teal, alignment=TA_RIGHT)
    ann = st('an', fontName='DV-I', fontSize=7.8, leading=10, textColor=colors.HexColor('#8a3b12'),
             spaceBefore=2, spaceAfter=4)

    class Bar(Table):
        pass

    def barcell(v, width=4.2 * cm):
        if v is None:
            return ''
        bw = max(1, width * v / 100.0)
        t = Table([['']], colWidths=[bw], rowHeights=[7])
        t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), bar),
                               ('LEFTPADDING', (0, 0), (-1, -1), 0),
                               ('RIGHTPADDING', (0, 0), (-1, -1), 0)]))
        t.hAlign = 'LEFT'
        return t

    def question(num, text, options, hint_text=None, note=None):
        out = [P('Q%s. %s' % (num, text), qst)]
        if hint_text:
            out.append(P(hint_text, hint))
        rows = []
        for label, shown, v in options:
            rows.append([P('☐', opt), P(label, opt), barcell(v), P(shown, pct)])
        t = Table(rows, colWidths=[0.6 * cm, doc.width - 0.6 * cm - 4.6 * cm - 2.2 * cm,
                                   4.6 * cm, 2.2 * cm])
        t.setStyle(TableStyle([
            ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
            ('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.HexColor('#d0d7da')),
            ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5),
        ]))
        out.append(t)
        if note:
            out.append(P(note, ann))
        return KeepTogether(out)

    def pc(v):
        return ('%s' % v).replace('.', ',') + NB + '%'

    story = []
    # --- page A2-7 : IMPACT – Associations & Territoires
    story.append(P('Enquête IMPACT – Associations & Territoires', survey))
    story.append(P('Champ : les 148' + NB + '000 associations employeuses. Les pourcentages '
                   'imprimés à droite sont ceux publiés pour chaque modalité ; ils ne sont pas '
                   'additifs lorsque plusieurs réponses sont possibles.', sinfo))
    story.append(question('1', 'Votre association entretient-elle au moins un partenariat ?',
                          [('Oui', pc(98), 98), ('Non', 'n.p.', None)],
                          note='Annotation : la part des « non » n’est pas publiée (n.p.).'))
    story.append(question('2', 'Avec quels types d’acteurs votre association a-t-elle noué des '
                          'partenariats ?',
                          [('Collectivités territoriales', pc(89), 89),
                           ('Structures d’intérêt général', pc(73), 73),
                           ('Établissements scolaires', pc(70), 70),
                           ('Collectifs d’associations', pc(56), 56),
                           ('Acteurs publics nationaux', pc(52), 52),
                           ('Fédérations professionnelles', pc(37), 37),
                           ('Acteurs académiques', pc(35), 35)],
                          hint_text='Plusieurs réponses possibles.'))
    story.append(question('3', 'À quelle échelle ces partenariats se déploient-ils ?',
                          [('Échelle locale', pc(73), 73), ('Échelle régionale', pc(47), 47)],
                          hint_text='Plusieurs réponses possibles.'))
    story.append(question('4', 'Quelle forme prennent ces partenariats ?',
                          [('Mécénat', pc(75), 75),
                           ('Innovation sociétale', pc(73), 73),
                           ('Pratiques responsables', pc(70), 70),
                           ('Coopération économique', pc(58), 58)],
                          hint_text='Plusieurs réponses possibles.',
                          note='Annotation : le taux de 73' + NB + '% revient trois fois sur '
                               'cette page (Q2, Q3, Q4) pour des modalités différentes.'))
    story.append(PageBreak())

    # --- page A2-8 : Associations & Partenariats (2017) + ARPEA Entreprises & Territoires (2011)
    story.append(P('Enquête « Associations & Partenariats »', survey))
    story.append(P('Recherches & Solidarités et Le RAMEAU · publication de mars 2017 · '
                   'questionnaire administré en mai-juin 2016 auprès de plus de 1' + NB + '380 '
                   'responsables associatifs.', sinfo))
    story.append(question('5', 'Avec quels partenaires votre association travaille-t-elle ?',
                          [('Collectivités', pc(74), 74),
                           ('Autres associations ou fondations', pc(72), 72),
                           ('Établissements d’enseignement', pc(47), 47),
                           ('Entreprises', pc(28), 28),
                           ('Structures d’insertion', pc(22), 22),
                           ('Organismes de recherche', pc(9), 9)],
                          hint_text='Plusieurs réponses possibles.',
                          note='Annotation : une association cite en moyenne 2,5 partenaires.'))
    story.append(question('6', 'Votre association a-t-elle un partenariat avec une entreprise ? '
                          '(réponses « oui » selon le budget annuel)',
                          [('Budget supérieur à 150' + NB + '000 €', pc(50), 50),
                           ('Budget inférieur à 10' + NB + '000 €', pc(20), 20)],
                          note='Annotation : seules les deux tranches extrêmes sont publiées.'))
    story.append(Spacer(1, 8))
    story.append(P('Étude ARPEA – Entreprises & Territoires', survey))
    story.append(P('Publication de janvier 2011 · population : entreprises.', sinfo))
    story.append(question('7', 'Votre entreprise développe-t-elle des partenariats avec des '
                          'associations ?',
                          [('Oui, elle en développe', pc(21), 21),
                           ('Non, mais elle le souhaite', pc(33), 33),
                           ('Non, et elle ne le souhaite pas', pc(46), 46)],
                          hint_text='Une seule réponse.',
                          note='Annotation : total des trois modalités = 100' + NB + '%.'))
    story.append(PageBreak())

    # --- page A2-9 : PHARE-Citoyens (2015) + IMPACTS & TRAJECTOIRES – Élus locaux (2024)
    story.append(P('Enquête PHARE-Citoyens', survey))
    story.append(P('Résultats publiés en septembre 2015 · plus de 2' + NB + '000 personnes '
                   'interrogées.', sinfo))
    story.append(question('8', 'Sur une échelle de 0 à 10, quelle importance accordez-vous aux '
                          'enjeux suivants pour votre territoire ?',
                          [('Emploi', '7,1/10', 71), ('Pouvoir d’achat', '6,6/10', 66),
                           ('Sécurité', '6,6/10', 66), ('Développement économique', '6,5/10', 65),
                           ('Environnement', '6,3/10', 63), ('Exclusion', '6,3/10', 63)],
                          hint_text='Note moyenne imprimée à droite (barre = note × 10).',
                          note='Annotation : pour la sécurité, un autre compte rendu de la même '
                               'enquête indique 7/10 au lieu de 6,6/10.'))
    story.append(question('9', 'Sur quels sujets les partenariats entre acteurs ont-ils, selon '
                          'vous, un impact fort ?',
                          [('Emploi', pc(49), 49), ('Développement économique', pc(46), 46),
                           ('Environnement', pc(42), 42), ('Précarité', pc(36), 36),
                           ('Éducation', pc(36), 36)],
                          hint_text='Plusieurs réponses possibles.',
                          note='Annotation : 69' + NB + '% des répondants évoquent par ailleurs '
                               'un « devoir d’alliance ».'))
    story.append(Spacer(1, 6))
    story.append(P('IMPACTS & TRAJECTOIRES – Élus locaux', survey))
    story.append(P('Publication de novembre 2024 · 302 maires interrogés par téléphone du '
                   '30 septembre au 28 octobre 2024 · 84' + NB + '% des répondants exercent dans '
                   'une commune de moins de 2' + NB + '000 habitants.', sinfo))
    story.append(question('10', 'Diriez-vous que votre territoire est « en mouvement » ?',
                          [('Oui, fortement', pc(35), 35),
                           ('Oui, ni plus ni moins qu’avant', pc(56), 56),
                           ('Sous-total « en mouvement »', pc(91), 91)],
                          note='Annotation : les autres modalités ne sont pas publiées.'))
    doc.build(story)
    return path


# ---------------------------------------------------------------------------------------
# 05 — Lettre ouverte du président (2 pages A4)
# ---------------------------------------------------------------------------------------
def doc05():
    path = os.path.join(OUT, 'obs-s61-05-lettre-ouverte-president.pdf')
    W, H = A4
    ink = colors.HexColor('#2b3a2f')
    accent = colors.HexColor('#7a8f3b')

    def page(c, d):
        c.saveState()
        c.setFillColor(accent)
        c.rect(0, 0, 0.6 * cm, H, stroke=0, fill=1)
        c.setFillColor(ink)
        c.setFont('DV-B', 15)
        c.drawString(2.4 * cm, H - 2.0 * cm, 'Le RAMEAU')
        c.setFont('DV', 8)
        c.drawString(2.4 * cm, H - 2.5 * cm, 'Laboratoire de recherche empirique sur les alliances')
        if d.page == 1:
            c.setFont('DV', 10)
            c.drawRightString(W - 2.2 * cm, H - 2.0 * cm, 'Paris, le 14 juin 2022')
        c.setFont('DV', 8)
        c.setFillColor(colors.HexColor('#666666'))
        c.drawCentredString(W / 2.0, 1.3 * cm, '– %d –' % d.page)
        c.drawRightString(W - 2.2 * cm, 1.3 * cm, 'www.lerameau.fr')
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.2 * cm,
                          topMargin=3.4 * cm, bottomMargin=2.2 * cm)
    meta(doc, 'Lettre ouverte du président-fondateur', 'Lettre ouverte')
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id='f')
    doc.addPageTemplates([PageTemplate('p', [fr], onPage=page)])

    label = st('lb', fontName='DV-B', fontSize=9, leading=12, textColor=accent, spaceAfter=4)
    dest = st('de', fontName='DV-B', fontSize=13, leading=17, textColor=ink, spaceAfter=14)
    body = st('bo', fontSize=10, leading=15, alignment=TA_JUSTIFY, spaceAfter=9)
    bl = st('bl', fontSize=10, leading=14, leftIndent=14, bulletIndent=3, spaceAfter=3)
    sig = st('sg', fontName='DV-B', fontSize=10.5, leading=14, alignment=TA_RIGHT)
    sigf = st('sf', fontSize=9, leading=12, alignment=TA_RIGHT, textColor=colors.HexColor('#555555'))
    sigscript = st('ss', fontName='DV-BI', fontSize=16, leading=20, alignment=TA_RIGHT,
                   textColor=colors.HexColor('#274a78'))

    story = [
        P('LETTRE OUVERTE', label),
        P('Aux femmes et aux hommes qui font vivre l’intérêt général dans les territoires', dest),
        P('Madame, Monsieur,', body),
        P('Il y a seize ans, en 2006, nous avons fondé Le RAMEAU avec une conviction : les réponses '
          'aux fragilités de notre pays ne viendront ni d’un seul acteur ni d’un seul secteur. '
          'Depuis, quinze années de recherche nous ont appris que cette conviction était partagée '
          'bien au-delà de nos cercles.', body),
        P('Aujourd’hui même, une étape que nous préparons depuis quatre ans est franchie : la '
          'Fondation des Territoires est créée, sous l’égide de la Fondation de Lille. Elle réunit '
          '21 co-fondateurs et s’est donné trois missions au service des coopérations locales.',
          body),
        P('Sa préfiguration, lancée en juillet 2018, s’est déroulée en trois temps :', body),
    ]
    for it in ['de juillet 2018 à juillet 2019, une première phase d’exploration ;',
               'd’août 2019 à novembre 2020, une deuxième phase de consolidation ;',
               'de décembre 2020 à mai 2022, une troisième phase de mise en place.']:
        story.append(B(it, bl, '–'))
    story += [
        Spacer(1, 6),
        P('Ce chemin s’est nourri des études de l’Observatoire des partenariats. Notre note du '
          '29 février 2016 montrait déjà que 37' + NB + '% des entreprises de 10 salariés et plus '
          'et 38' + NB + '% des associations — 53' + NB + '% parmi les associations employeuses — '
          'étaient engagées dans des partenariats, et que 65' + NB + '% des « pionniers » '
          'l’étaient aussi.', body),
        P('Quelques mois plus tard, le 29 novembre 2016, l’étude PHARE-Institutions dessinait cinq '
          'profils de maires et montrait que 87' + NB + '% d’entre eux partageaient cette '
          'conviction d’un devoir d’alliance.', body),
        PageBreak(),
        P('Les fondations, elles aussi, se sont mises en mouvement. L’étude IMPACT Fondations & '
          'Territoires, publiée un 23 septembre, a donné la parole à 42 fondations ; elle a été '
          'prolongée par une fiche acteur consacrée à la dynamique d’engagement des fondations.',
          body),
        P('Les citoyens n’ont jamais cessé de nous le dire. En 2008, 86' + NB + '% des Français '
          'jugeaient urgent de créer des partenariats ; en 2012, ils étaient encore 84' + NB + '%. '
          'Le besoin est là ; ce qui manquait, c’était un lieu pour l’organiser dans la durée.',
          body),
        P('C’est le rôle que nous confions désormais à la Fondation des Territoires. Je vous invite '
          'à la rejoindre, à faire connaître ses travaux et à apporter vos propres expériences : '
          'c’est de la diversité des territoires que naîtront les méthodes de demain.', body),
        P('Je vous prie de croire, Madame, Monsieur, à l’assurance de mon engagement fidèle.', body),
        Spacer(1, 18),
        P('C.-B. Heidsieck', sigscript),
        P('Charles-Benoît Heidsieck', sig),
        P('Président-fondateur du RAMEAU', sigf),
    ]
    doc.build(story)
    return path


# ---------------------------------------------------------------------------------------
# 06 — Tableau comparatif des dispositifs (A4 paysage, en-têtes répétés)
# ---------------------------------------------------------------------------------------
def doc06():
    path = os.path.join(OUT, 'obs-s61-06-comparatif-dispositifs.pdf')
    W, H = landscape(A4)
    red = colors.HexColor('#9b1c2e')
    head_bg = colors.HexColor('#9b1c2e')
    zebra = colors.HexColor('#f7eef0')
    first_printed = 41

    def page(c, d):
        c.saveState()
        c.setFillColor(red)
        c.setFont('DV-B', 9)
        c.drawString(1.5 * cm, H - 1.1 * cm, 'ANNEXE B · TABLEAU COMPARATIF DES DISPOSITIFS')
        c.setFont('DV', 8)
        c.drawRightString(W - 1.5 * cm, H - 1.1 * cm,
                          'Observatoire des partenariats · repères 2006-2024')
        c.setStrokeColor(red)
        c.setLineWidth(0.6)
        c.line(1.5 * cm, H - 1.3 * cm, W - 1.5 * cm, H - 1.3 * cm)
        c.setFillColor(colors.HexColor('#555555'))
        c.setFont('DV', 7.5)
        c.drawString(1.5 * cm, 0.9 * cm,
                     'Les divergences entre sources sont signalées dans la dernière colonne.')
        c.setFont('DV-B', 9)
        c.drawRightString(W - 1.5 * cm, 0.9 * cm, 'B-%d' % (first_printed + d.page - 1))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=(W, H), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                          topMargin=1.7 * cm, bottomMargin=1.5 * cm)
    meta(doc, 'Tableau comparatif des dispositifs de partenariat', 'Tableau comparatif')
    fr = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id='f')
    doc.addPageTemplates([PageTemplate('p', [fr], onPage=page)])

    hst = st('hd', fontName='DVC-B', fontSize=8.2, leading=10, textColor=colors.white)
    cst = st('cl', fontName='DVC', fontSize=8.4, leading=10.8)
    nst = st('nm', fontName='DVC-B', fontSize=8.4, leading=10.4, textColor=red)
    wst = st('wn', fontName='DVC', fontSize=7.8, leading=10, textColor=colors.HexColor('#7a1020'))
    title = st('ti', fontName='DV-B', fontSize=14, leading=18, textColor=red, spaceAfter=4)
    intro = st('in', fontSize=8.5, leading=11.5, spaceAfter=8)

    header = ['Dispositif', 'Porteurs et partenaires', 'Date(s) clé(s)', 'Format et périmètre',
              'Chiffres et résultats', 'Divergences entre sources']
    rows = [
        ('Observatoire des partenariats',
         'Fondateurs : Caisse des Dépôts et Le RAMEAU ; associés : MEDEF, Mouvement associatif',
         'Création : 2008',
         'Observation nationale des alliances entre associations, entreprises, collectivités et '
         'fondations ; direction scientifique bénévole d’Anne Robin (fondatrice de COMISIS)',
         '—',
         '⚠ Documents de 2011 et 2012 : « créé en 2007 », sous le nom d’Observatoire national des '
         'partenariats associations / entreprises. Une autre présentation en attribue la création '
         'au RAMEAU, avec la Caisse des Dépôts pour partenaire.'),
        ('Programme ARPEA',
         'Observatoire des partenariats',
         '2008-2012 (premier plan quinquennal)',
         '10 volets d’étude, dont ARPEA-Citoyens, ARPEA-Entreprises & Territoires et '
         'ARPEA-Collectivités locales',
         'Part des Français jugeant urgent de créer des partenariats : 86' + NB + '% en 2008, '
         '84' + NB + '% en 2012 ; près de 46' + NB + '% des associations travaillent avec une '
         'entreprise',
         '⚠ Trois développements du sigle : « Analyse des Relations et des Partenariats entre '
         'Entreprises et Associations » ; « Analyser les Relations Partenariales entre Entreprises '
         'et Associations » ; « Analyse des Relations Associations-Entreprises ».'),
        ('Rapport quinquennal',
         'Observatoire des partenariats',
         'Publié le 11 décembre 2012',
         'Bilan des cinq premières années d’observation',
         '—',
         'Présente l’Observatoire comme « créé en 2007 » (voir première ligne).'),
        ('Rapport d’état des lieux associations / entreprises',
         'Demandé par la ministre Valérie Fourneyron',
         'Publié début 2014',
         'État des lieux national des relations entre associations et entreprises',
         '—', '—'),
        ('Le RAMEAU',
         'Association d’intérêt général, avec Charles-Benoît Heidsieck (président-fondateur) et '
         'Laurence Weber (directrice générale)',
         'Fondé en 2006',
         '« Laboratoire de recherche empirique » ou « laboratoire d’innovations partenariales » ; '
         'trois missions, dont témoigner',
         'Plus de 1' + NB + '000 exemples inspirants recensés ; plus de 500 organisations '
         'associées à ses expérimentations depuis 2006',
         '—'),
        ('Note sur les modèles de co-construction',
         'Observatoire des partenariats',
         'Note du 29 février 2016',
         'Taux d’engagement dans des partenariats, par type d’organisation',
         'Entreprises de 10 salariés et plus : 37' + NB + '% ; associations : 38' + NB + '% '
         '(53' + NB + '% des associations employeuses) ; pionniers : 65' + NB + '%',
         '—'),
        ('Programme PHARE',
         'Observatoire des partenariats',
         '2013-2018 (deuxième plan quinquennal)',
         'Six volets : citoyens (septembre 2015), entreprises (octobre 2015), associations '
         '(novembre 2015), diagnostics par secteur (juillet 2016), institutions (automne 2016) et '
         'treize rapports régionaux (2016)',
         '69' + NB + '% des Français évoquent un « devoir d’alliance » ; 81' + NB + '% des '
         'dirigeants, 86' + NB + '% des responsables associatifs et, dans PHARE-Institutions, '
         '87' + NB + '% des maires partagent cette vision',
         '⚠ Période indiquée 2013-2017 sur deux supports de présentation.'),
        ('PHARE-Institutions',
         'Observatoire des partenariats',
         'Publié le 29 novembre 2016',
         'Volet consacré aux élus ; typologie des communes',
         'Cinq profils de maires',
         '—'),
        ('Rapports régionaux',
         'Observatoire des partenariats',
         '11e rapport : Normandie, publié un 26 novembre',
         'Déclinaison régionale des résultats nationaux',
         'Le même mois : dossier JURIS Associations n°628 (15 nov.), 3e dîner « Élus & '
         'Entreprises » (23 nov.), 5e webinaire « l’ODD 17 en pratique » (26 nov.)',
         '—'),
        ('Programme IMPACT',
         'Le RAMEAU, Groupe La Poste, Fondation TOTAL, Caisse des Dépôts et Institut CDC pour la '
         'Recherche',
         '2018-2022 ; lancé en novembre 2017',
         'Trois axes : innovation sociétale et territoriale, performance des organisations, '
         'confiance',
         'Voir l’étude IMPACT – Associations & Territoires (annexe 2)',
         '—'),
        ('Enquête « Associations & Partenariats »',
         'Recherches & Solidarités et Le RAMEAU',
         'Publiée en mars 2017 ; terrain en mai-juin 2016',
         'Plus de 1' + NB + '380 responsables associatifs interrogés',
         '2,5 partenaires en moyenne par association ; partenariat avec une entreprise : '
         '50' + NB + '% des budgets de plus de 150' + NB + '000 € contre 20' + NB + '% des budgets '
         'de moins de 10' + NB + '000 €',
         '—'),
        ('Étude IMPACT Fondations & Territoires',
         'Observatoire des partenariats',
         'Publiée un 23 septembre',
         'Enquête auprès des fondations ; prolongée par la fiche acteur « Dynamique '
         'd’engagement des Fondations »',
         '42 fondations interrogées',
         '—'),
        ('« Agir ensemble en Territoire »',
         'Le RAMEAU ; territoires pilotes : Paris-Est Marne & Bois, Poitou-Charentes (avec le '
         'Groupe La Poste) et Alsace (avec Alsace Active)',
         'Initiée en 2010',
         'Démarche territoriale lancée après l’étude ARPEA-Collectivités locales '
         '(Comisis-OpinionWay)',
         '—', '—'),
        ('Parcours d’expérience sur la co-construction territoriale',
         'CGET et Le RAMEAU',
         'Première session le 3 mai',
         'Parcours de 18 mois',
         '11 territoires pionniers',
         '⚠ Une autre source parle du « CGET et 10 territoires pilotes ».'),
        ('Charte du faire alliance',
         'Fondation des Territoires (pilote de la co-construction)',
         'Dévoilée à Saint-Maurice le 30 novembre 2021, jour du Giving Tuesday',
         'Trois mois de co-construction ; un « contrat de confiance » entre signataires',
         'Dévoilée lors de la soirée VitaWin (Paris-Est Marne & Bois)',
         '⚠ Le site associations.gouv.fr annonce la soirée pour le « mardi 30 septembre ».'),
        ('Fonds ODD 17',
         'Le RAMEAU et la Fondation TotalEnergies',
         'Co-créé en 2020',
         'Expérimentation sur 3 ans',
         'Dotation de 1,5' + NB + 'M€ ; objectif de 350 « catalyseurs territoriaux »',
         '—'),
        ('Fondation des Territoires',
         '21 co-fondateurs ; sous l’égide de la Fondation de Lille',
         'Préfiguration lancée en juillet 2018 ; création le 14 juin 2022',
         'Trois étapes de préfiguration (07/2018-07/2019, 08/2019-11/2020, 12/2020-05/2022) ; '
         'trois missions',
         '—', '—'),
        ('IMPACTS & TRAJECTOIRES – Élus locaux',
         'Observatoire des partenariats',
         'Publiée en novembre 2024 ; terrain du 30 septembre au 28 octobre 2024',
         '302 maires interrogés par téléphone ; 84' + NB + '% des répondants dans des communes de '
         'moins de 2' + NB + '000 habitants',
         '91' + NB + '% des maires décrivent un territoire qui bouge : 35' + NB + '% fortement, '
         '56' + NB + '% ni plus ni moins qu’avant',
         '—'),
        ('Mission « droit de l’alliance »',
         'Commanditaire : Gabriel Attal (FNAF 2019) ; chargés de mission : Cathy Racon-Bouzon et '
         'Charles-Benoît Heidsieck',
         'Remise du rapport : 7 mai 2020 ; bilan d’étape : 17 octobre 2020',
         'Prolongée par une proposition de loi déposée en février, agréée par le Bureau de '
         'l’Assemblée nationale et publiée au Journal officiel',
         '21 mesures inscrites dans la feuille de route du ministère',
         '—'),
    ]
    data = [[P(h, hst) for h in header]]
    for r in rows:
        data.append([P(r[0], nst)] + [P(x, cst) for x in r[1:5]] + [P(r[5], wst)])
    cw = [3.6 * cm, 4.6 * cm, 3.9 * cm, 5.6 * cm, 4.8 * cm, 4.2 * cm]
    scale = doc.width / sum(cw)
    cw = [x * scale for x in cw]
    t = LongTable(data, colWidths=cw, repeatRows=1)
    style = [
        ('BACKGROUND', (0, 0), (-1, 0), head_bg),
        ('VALIGN', (0, 0), (-1, -1), 'TOP'),
        ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#c9b3b8')),
        ('TOPPADDING', (0, 0), (-1, -1), 7), ('BOTTOMPADDING', (0, 0), (-1, -1), 7),
        ('LEFTPADDING', (0, 0), (-1, -1), 4), ('RIGHTPADDING', (0, 0), (-1, -1), 4),
    ]
    for i in range(1, len(data)):
        if i % 2 == 0:
            style.append(('BACKGROUND', (0, i), (-1, i), zebra))
    t.setStyle(TableStyle(style))
    story = [P('Dispositifs de partenariat : tableau comparatif', title),
             P('Chaque ligne résume un dispositif, un programme ou une étape marquante. Les valeurs '
               'divergentes relevées d’une publication à l’autre sont conservées côte à côte.',
               intro),
             t]
    doc.build(story)
    return path


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for f in (doc01, doc02, doc03, doc04, doc05, doc06):
        p = f()
        print(p)
