#!/usr/bin/env python3
"""Deterministic generator of the 5 blind test PDFs (prefix s48).

Usage: /work/main/.venv/bin/python make_docs.py [OUTDIR]
OUTDIR defaults to the folder of this script.  Same input -> same bytes
(rl_config.invariant = 1, fixed metadata, no clock, no randomness).
Content is built from /work/shared/facts.md, rewritten in our own words.
"""
import os
import sys

from reportlab import rl_config
rl_config.invariant = 1
rl_config.hyphenationLang = ''

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle, PageBreak,
                                FrameBreak, NextPageTemplate, KeepTogether)

FONT_DIR = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FONT_DIR + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DV-B', FONT_DIR + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DV-I', FONT_DIR + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('DV-BI', FONT_DIR + 'DejaVuSans-BoldOblique.ttf'))
pdfmetrics.registerFontFamily('DV', normal='DV', bold='DV-B', italic='DV-I',
                              boldItalic='DV-BI')

PREFIX = 's48'
W, H = A4


def style(name, size=9.5, lead=None, font='DV', color=colors.black, before=0,
          after=4, left=0, bullet=False):
    st = ParagraphStyle(name, fontName=font, fontSize=size,
                        leading=lead or size * 1.32, textColor=color,
                        alignment=TA_LEFT, spaceBefore=before, spaceAfter=after,
                        leftIndent=left, hyphenationLang='',
                        embeddedHyphenation=0, splitLongWords=0)
    if bullet:
        st.leftIndent = left or 12
        st.bulletIndent = 2
        st.bulletFontName = 'DV'
    return st


BODY = style('body')
SMALL = style('small', size=8, after=2)
TINY = style('tiny', size=7, after=1, color=colors.HexColor('#444444'))
BUL = style('bul', bullet=True, after=2)
H1 = style('h1', size=17, font='DV-B', after=8)
H2 = style('h2', size=12, font='DV-B', before=6, after=4)
H3 = style('h3', size=10, font='DV-B', before=4, after=3)


def P(text, st=BODY):
    return Paragraph(text, st)


def bullets(items, st=BUL):
    return [Paragraph(t, st, bulletText='•') for t in items]


def table(rows, widths, head_bg='#1f4e79', zebra='#eef3f8', font_size=8.5,
          bold_first_col=False):
    st_cell = style('cell', size=font_size, after=0)
    st_head = style('head', size=font_size, font='DV-B', color=colors.white,
                    after=0)
    data = []
    for i, r in enumerate(rows):
        data.append([Paragraph(str(c), st_head if i == 0 else st_cell)
                     for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    cmds = [('BACKGROUND', (0, 0), (-1, 0), colors.HexColor(head_bg)),
            ('VALIGN', (0, 0), (-1, -1), 'TOP'),
            ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9aa7b4')),
            ('LEFTPADDING', (0, 0), (-1, -1), 4),
            ('RIGHTPADDING', (0, 0), (-1, -1), 4)]
    for i in range(1, len(rows)):
        if i % 2 == 0:
            cmds.append(('BACKGROUND', (0, i), (-1, i), colors.HexColor(zebra)))
    t.setStyle(TableStyle(cmds))
    return t


def keybox(big, text, bg='#fde9d9', fg='#9c2a00', width=80 * mm):
    st_big = style('kbig', size=20, font='DV-B', color=colors.HexColor(fg),
                   after=1)
    st_txt = style('ktxt', size=8.5, after=0)
    t = Table([[Paragraph(big, st_big)], [Paragraph(text, st_txt)]],
              colWidths=[width])
    t.setStyle(TableStyle([
        ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(bg)),
        ('BOX', (0, 0), (-1, -1), 1, colors.HexColor(fg)),
        ('LEFTPADDING', (0, 0), (-1, -1), 6),
        ('TOPPADDING', (0, 0), (-1, -1), 4),
        ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
    return t


def keystrip(items, bg, fg, total_width):
    """Row of key-figure boxes: items = [(big, text), ...]."""
    n = len(items)
    w = total_width / n
    st_big = style('ksbig', size=18, font='DV-B', color=colors.HexColor(fg),
                   after=0)
    st_txt = style('kstxt', size=8, after=0)
    row = [[Paragraph(b, st_big), Paragraph(t, st_txt)] for b, t in items]
    cells = []
    for b, t in row:
        inner = Table([[b], [t]], colWidths=[w - 10])
        inner.setStyle(TableStyle([('LEFTPADDING', (0, 0), (-1, -1), 2)]))
        cells.append(inner)
    t = Table([cells], colWidths=[w] * n)
    t.setStyle(TableStyle([
        ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(bg)),
        ('LINEAFTER', (0, 0), (-2, -1), 2, colors.white),
        ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    return t


def boxed(flowables, width, bg='#f2f2f2', border='#7f7f7f'):
    t = Table([[f] for f in flowables], colWidths=[width])
    t.setStyle(TableStyle([
        ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor(bg)),
        ('BOX', (0, 0), (-1, -1), 0.8, colors.HexColor(border)),
        ('LEFTPADDING', (0, 0), (-1, -1), 7),
        ('RIGHTPADDING', (0, 0), (-1, -1), 7)]))
    return t


def set_meta(c, title, subject):
    c.setTitle(title)
    c.setAuthor('Observatoire des partenariats (document de test)')
    c.setSubject(subject)
    c.setCreator('make_docs.py s48')


class Doc(BaseDocTemplate):
    def __init__(self, path, title, subject, **kw):
        BaseDocTemplate.__init__(self, path, pagesize=kw.pop('pagesize', A4),
                                 title=title, author='Observatoire des partenariats (document de test)',
                                 subject=subject, creator='make_docs.py s48',
                                 leftMargin=18 * mm, rightMargin=18 * mm,
                                 topMargin=22 * mm, bottomMargin=20 * mm, **kw)


def footnotes(c, notes, x, y0, width):
    """Draw footnotes (list of strings) upwards from y0 with a short rule."""
    st = style('fn', size=7.2, after=1)
    paras = [Paragraph(n, st) for n in notes]
    heights = [p.wrap(width, 200)[1] for p in paras]
    total = sum(heights) + 2 * len(paras)
    y = y0 + total
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    c.line(x, y + 4, x + 45 * mm, y + 4)
    for p, h in zip(paras, heights):
        y -= h
        p.drawOn(c, x, y)
        y -= 2
    return total


# ---------------------------------------------------------------------------
# 01  Étude : chapitre d'un Cahier de l'Observatoire (A4, notes de bas de page)
# ---------------------------------------------------------------------------
def doc01(out):
    path = os.path.join(out, 'obs-s48-01-cahier-regards-citoyens.pdf')
    first_printed = 23
    blue = colors.HexColor('#1f4e79')
    notes = {
        3: ['<super>1</super> Une présentation des mêmes résultats parue dans la presse '
            'spécialisée attribue à la sécurité une note de 7/10, et non de 6,6/10. '
            'Les deux valeurs circulent ; nous reproduisons celle du rapport de résultats.'],
        5: ['<super>2</super> Le calendrier du programme PHARE est présenté comme 2013-2018 '
            'dans le tableau des plans quinquennaux ; plusieurs pages de présentation de '
            'l’Observatoire le datent toutefois 2013-2017.'],
    }

    def on_page(c, d):
        n = d.page
        c.saveState()
        c.setFillColor(blue)
        c.rect(0, H - 14 * mm, W, 14 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 8.5)
        c.drawString(18 * mm, H - 9 * mm,
                     'CAHIER DE L’OBSERVATOIRE N°7  |  Dix ans de regards citoyens sur les alliances')
        c.setFont('DV', 8.5)
        c.drawRightString(W - 18 * mm, H - 9 * mm, 'Chapitre 2')
        c.setFillColor(colors.black)
        c.setFont('DV', 7.5)
        c.drawString(18 * mm, 10 * mm,
                     'Observatoire des partenariats – Le RAMEAU · édition de décembre 2018')
        c.setFont('DV-B', 9)
        c.drawRightString(W - 18 * mm, 10 * mm, '– %d –' % (first_printed + n - 1))
        if n in notes:
            footnotes(c, notes[n], 18 * mm, 17 * mm, W - 36 * mm)
        c.restoreState()

    d = Doc(path, 'Cahier de l’Observatoire n°7 – Chapitre 2 : ce que les Français attendent des alliances',
            'Étude – chapitre')
    fw = W - 36 * mm
    frame = Frame(18 * mm, 30 * mm, fw, H - 30 * mm - 22 * mm, id='body')
    d.addPageTemplates([PageTemplate('p', [frame], onPage=on_page)])

    s = []
    # ---- page 1 (p. 23)
    s.append(boxed([P('Chapitre 2', style('ck', size=10, font='DV-B',
                                           color=colors.HexColor('#c55a11'))),
                    P('Ce que les Français attendent des alliances', H1),
                    P('Dix ans de mesures auprès des citoyens : ARPEA-Citoyens (2008 et 2012), '
                      'puis PHARE-Citoyens (septembre 2015).', SMALL)],
                   fw, bg='#e8eef5', border='#1f4e79'))
    s.append(Spacer(1, 8))
    s.append(P('Depuis sa création, l’Observatoire des partenariats interroge régulièrement '
               'les Français sur la place qu’ils accordent aux relations entre associations, '
               'entreprises et pouvoirs publics. Ce chapitre rassemble les résultats des vagues '
               'citoyennes successives. Les chiffres y sont toujours rattachés à leur étude et à '
               'leur année : une même proportion peut en effet désigner des publics différents '
               'selon la vague considérée.'))
    s.append(P('2.1 Une urgence ressentie de longue date', H2))
    s.append(P('Lors du premier programme quinquennal, ARPEA, le volet consacré aux citoyens '
               'posait une question simple : faut-il créer dès maintenant des partenariats entre '
               'associations et entreprises ? En 2008, 86 % des Français jugeaient cette démarche '
               'urgente. Quatre ans plus tard, la mesure répétée en 2012 donnait encore 84 %. '
               'Le léger recul tient moins à un désintérêt qu’à l’installation du sujet dans le '
               'paysage : les partenariats ne sont plus perçus comme une nouveauté.'))
    s.append(keybox('86 % → 84 %',
                    'Part des Français jugeant urgent de créer des partenariats entre associations '
                    'et entreprises : 86 % en 2008, 84 % en 2012 (ARPEA-Citoyens).', width=fw))
    s.append(Spacer(1, 6))
    s.append(P('Cette stabilité à un niveau élevé a conduit l’Observatoire à changer d’angle '
               'pour le programme suivant. Plutôt que de demander si les alliances sont '
               'souhaitables, PHARE a cherché à savoir sur quels sujets elles sont attendues et '
               'quels effets les citoyens leur prêtent.'))
    s.append(P('Comment lire les chiffres de ce chapitre', H3))
    s += bullets(['les pourcentages portent sur l’ensemble des personnes interrogées de la vague citée ;',
                  'les notes sont données sur une échelle de 0 à 10 ;',
                  'les résultats des autres publics (dirigeants, responsables associatifs, maires) '
                  'sont repris à titre de comparaison, avec le volet PHARE dont ils sont issus.'])
    s.append(PageBreak())
    # ---- page 2 (p. 24)
    s.append(P('2.2 Le « devoir d’alliance » vu par les citoyens', H2))
    s.append(P('Le volet PHARE-Citoyens, publié en septembre 2015, repose sur une enquête '
               'auprès de plus de 2 000 personnes. Il introduit une notion qui fera date : le '
               '« devoir d’alliance ». 69 % des Français estiment que les organisations ont le '
               'devoir de s’allier pour répondre aux fragilités de leur territoire.'))
    s.append(keybox('69 %', 'des Français reconnaissent un « devoir d’alliance » '
                    '(PHARE-Citoyens, septembre 2015).', bg='#e2efda', fg='#375623',
                    width=fw))
    s.append(Spacer(1, 6))
    s.append(P('Les autres volets de PHARE permettent de comparer ce résultat à celui des '
               'acteurs eux-mêmes. Les citoyens se montrent un peu moins convaincus que les '
               'organisations, mais l’écart reste faible au regard des années précédentes.'))
    s.append(P('Tableau 2.1 – Adhésion à l’alliance selon les publics interrogés par PHARE', H3))
    s.append(table([
        ['Public', 'Volet du programme', 'Publication', 'Part favorable'],
        ['Français', 'PHARE-Citoyens', 'septembre 2015', '69 %'],
        ['Dirigeants d’entreprise', 'PHARE-Entreprises', 'octobre 2015', '81 %'],
        ['Responsables associatifs', 'PHARE-Associations', 'novembre 2015', '86 %'],
        ['Maires', 'PHARE-Institutions', 'automne 2016', '87 %'],
    ], [45 * mm, 45 * mm, 40 * mm, 30 * mm]))
    s.append(Spacer(1, 4))
    s.append(P('Source : Observatoire des partenariats, programme PHARE. Lecture : 87 % des '
               'maires interrogés pour PHARE-Institutions partagent ce point de vue.', TINY))
    s.append(P('Un résultat à replacer dans le temps', H3))
    s.append(P('Des enquêtes plus récentes, menées après la crise sanitaire, donnent des '
               'niveaux supérieurs pour les citoyens. Elles ne portent pas sur la même question '
               'ni sur le même échantillon : le chiffre de 69 % reste celui de septembre 2015 et '
               'ne doit pas être rapproché sans précaution des mesures ultérieures.'))
    s.append(PageBreak())
    # ---- page 3 (p. 25)
    s.append(P('2.3 Les priorités des Français pour leur territoire', H2))
    s.append(P('PHARE-Citoyens demandait aussi aux personnes interrogées de noter, de 0 à 10, '
               'l’importance de plusieurs enjeux pour leur territoire. L’emploi arrive nettement '
               'en tête, devant un groupe serré formé du pouvoir d’achat, de la sécurité et du '
               'développement économique.'))
    s.append(P('Tableau 2.2 – Importance des enjeux territoriaux (note moyenne sur 10)', H3))
    s.append(table([
        ['Enjeu', 'Note moyenne / 10', 'Rang'],
        ['Emploi', '7,1', '1'],
        ['Pouvoir d’achat', '6,6', '2 ex aequo'],
        ['Sécurité<super>1</super>', '6,6', '2 ex aequo'],
        ['Développement économique', '6,5', '4'],
        ['Environnement', '6,3', '5 ex aequo'],
        ['Exclusion', '6,3', '5 ex aequo'],
    ], [70 * mm, 45 * mm, 35 * mm], head_bg='#c55a11', zebra='#fbe5d6'))
    s.append(Spacer(1, 4))
    s.append(P('Source : PHARE-Citoyens, septembre 2015, plus de 2 000 répondants.', TINY))
    s.append(P('L’écart entre le premier et le dernier enjeu n’est que de 0,8 point : les '
               'Français ne hiérarchisent pas fortement leurs attentes. Ils attendent des '
               'réponses sur tous les fronts à la fois, ce qui plaide pour des démarches '
               'croisant plusieurs compétences plutôt que pour des actions isolées.'))
    s.append(P('Ce que les répondants en disent', H3))
    s += bullets(['l’emploi reste la préoccupation commune à toutes les tranches d’âge ;',
                  'environnement et exclusion obtiennent la même note, 6,3 sur 10 ;',
                  'la sécurité partage la deuxième place avec le pouvoir d’achat.'])
    s.append(PageBreak())
    # ---- page 4 (p. 26)
    s.append(P('2.4 Là où les partenariats ont le plus d’effet', H2))
    s.append(P('Interrogés sur les domaines où les partenariats entre organisations produisent '
               'un « impact fort », les Français placent là encore l’emploi en premier. Le '
               'classement des effets suit d’assez près celui des priorités, avec une exception : '
               'l’environnement, cinquième des priorités, remonte au troisième rang des effets '
               'perçus.'))
    s.append(P('Tableau 2.3 – Domaines où les partenariats ont un impact fort', H3))
    s.append(table([
        ['Domaine', 'Part des Français citant un impact fort'],
        ['Emploi', '49 %'],
        ['Développement économique', '46 %'],
        ['Environnement', '42 %'],
        ['Précarité', '36 %'],
        ['Éducation', '36 %'],
    ], [80 * mm, 70 * mm], head_bg='#375623', zebra='#e2efda'))
    s.append(Spacer(1, 4))
    s.append(P('Source : PHARE-Citoyens, septembre 2015.', TINY))
    s.append(Spacer(1, 6))
    s.append(boxed([P('Méthode de l’enquête PHARE-Citoyens', H3),
                    P('Enquête quantitative auprès d’un échantillon de plus de 2 000 personnes '
                      'représentatif de la population française. Premier des six volets du '
                      'programme PHARE, ses résultats ont été rendus publics en septembre 2015, '
                      'un mois avant ceux du volet Entreprises.', SMALL)], fw))
    s.append(Spacer(1, 6))
    s.append(P('Précarité et éducation recueillent chacune 36 % de citations. Ce niveau, plus '
               'faible, ne traduit pas une moindre attente : il reflète plutôt la difficulté, '
               'pour le grand public, d’identifier les partenariats qui agissent dans ces '
               'domaines, souvent portés par des associations de proximité.'))
    s.append(PageBreak())
    # ---- page 5 (p. 27)
    s.append(P('2.5 Les six volets de PHARE', H2))
    s.append(P('Le programme PHARE<super>2</super> a succédé à ARPEA (2008-2012). Il a été '
               'décliné en six volets, publiés entre septembre 2015 et la fin de l’année 2016.'))
    s.append(table([
        ['Volet', 'Publication', 'Remarque'],
        ['PHARE-Citoyens', 'septembre 2015', 'plus de 2 000 personnes interrogées'],
        ['PHARE-Entreprises', 'octobre 2015', 'dirigeants d’entreprise'],
        ['PHARE-Associations', 'novembre 2015', 'responsables associatifs'],
        ['Rapports régionaux', '2016', '13 rapports, un par région'],
        ['Diagnostics sectoriels', 'juillet 2016', 'approche par secteur'],
        ['PHARE-Institutions', 'automne 2016 (29 novembre 2016)', 'cinq profils de maires identifiés'],
    ], [45 * mm, 55 * mm, 60 * mm]))
    s.append(Spacer(1, 6))
    s.append(P('À retenir du chapitre', H3))
    s += bullets(['l’urgence des partenariats est ressentie par une large majorité de Français '
                  'depuis les premières mesures d’ARPEA ;',
                  'le « devoir d’alliance » est reconnu par plus de deux Français sur trois ;',
                  'l’emploi est à la fois la première priorité et le premier domaine où les '
                  'partenariats ont un effet perçu ;',
                  'le volet Institutions clôt la série des six volets PHARE.'])
    s.append(Spacer(1, 4))
    s.append(P('Le chapitre 3 présente les résultats du volet Entreprises.', SMALL))
    d.build(s)
    return path, 5


# ---------------------------------------------------------------------------
# 02  Fiche Repère (A4, bandeau, chiffres clés, tableaux)
# ---------------------------------------------------------------------------
def doc02(out):
    path = os.path.join(out, 'obs-s48-02-fiche-repere-associations.pdf')
    green = colors.HexColor('#2e7d32')
    first_printed = 61

    def on_page(c, d):
        n = d.page
        c.saveState()
        c.setFillColor(green)
        c.rect(0, H - 16 * mm, W, 16 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 11)
        c.drawString(18 * mm, H - 10.5 * mm, 'FICHE REPÈRE n°9 · ASSOCIATIONS')
        c.setFont('DV', 8)
        c.drawRightString(W - 18 * mm, H - 10.5 * mm,
                          'Recueil des fiches Repère de l’Observatoire – 2021')
        c.setFillColor(colors.HexColor('#555555'))
        c.setFont('DV', 7.5)
        c.drawString(18 * mm, 10 * mm, 'Le RAMEAU – Observatoire des partenariats')
        c.drawCentredString(W / 2, 10 * mm, 'Fiche 9/14')
        c.setFont('DV-B', 9)
        c.setFillColor(green)
        c.drawRightString(W - 18 * mm, 10 * mm, 'p. %d' % (first_printed + n - 1))
        c.restoreState()

    d = Doc(path, 'Fiche Repère n°9 – Les associations, premières bâtisseuses d’alliances',
            'Fiche Repère')
    fw = W - 36 * mm
    frame = Frame(18 * mm, 18 * mm, fw, H - 18 * mm - 24 * mm, id='body')
    d.addPageTemplates([PageTemplate('p', [frame], onPage=on_page)])
    s = []
    # ---- page 1 (p. 61)
    s.append(P('Les associations, premières bâtisseuses d’alliances', H1))
    s.append(P('Ce que disent l’étude IMPACT – Associations &amp; Territoires et l’étude '
               '« Associations &amp; Partenariats » (2017)', style('sub', size=10,
                                                                    color=green, after=8)))
    s.append(keystrip([('148 000', 'associations employeuses : population de l’étude IMPACT – '
                        'Associations &amp; Territoires'),
                       ('98 %', 'de ces associations employeuses ont au moins un partenariat'),
                       ('2,5', 'partenaires en moyenne par association (enquête de mai-juin 2016)')],
                      '#e8f5e9', '#2e7d32', fw))
    s.append(Spacer(1, 8))
    s.append(P('Pourquoi cette fiche ?', H2))
    s.append(P('Les associations sont souvent présentées comme les bénéficiaires des '
               'partenariats. Les données de l’Observatoire montrent au contraire qu’elles en '
               'sont le plus souvent les initiatrices et qu’elles tissent des liens avec une '
               'grande variété d’acteurs. Cette fiche rassemble les repères chiffrés issus de '
               'deux études aux méthodes différentes : il faut donc toujours préciser l’étude '
               'citée avant de comparer deux pourcentages.'))
    s.append(P('Un mouvement déjà large en 2016', H2))
    s.append(P('Une note d’analyse datée du 29 février 2016 estimait que 38 % des associations '
               'avaient noué un partenariat avec une entreprise, proportion qui montait à 53 % '
               'parmi les associations employeuses. Côté entreprises, la même note comptait '
               '37 % des entreprises de 10 salariés et plus engagées dans une relation avec une '
               'association, et 65 % parmi les « pionniers ».'))
    s.append(P('Au temps du programme ARPEA, près de 46 % des associations se disaient déjà '
               'engagées avec une entreprise : les méthodes ayant changé, ce chiffre ne se '
               'compare pas directement à celui de 2016.'))
    s.append(boxed([P('Deux études, deux populations', H3),
                    P('<b>IMPACT – Associations &amp; Territoires</b> : associations employeuses '
                      '(148 000 structures), programme IMPACT 2018-2022.', SMALL),
                    P('<b>Associations &amp; Partenariats</b> : enquête de Recherches &amp; '
                      'Solidarités avec Le RAMEAU, menée en mai-juin 2016 auprès de plus de '
                      '1 380 responsables associatifs, publiée en mars 2017.', SMALL)], fw,
                   bg='#f1f8e9', border='#2e7d32'))
    s.append(PageBreak())
    # ---- page 2 (p. 62)
    s.append(P('1. Avec qui les associations employeuses s’allient-elles ?', H2))
    s.append(P('Dans l’étude IMPACT – Associations &amp; Territoires, 98 % des associations '
               'employeuses déclarent au moins un partenariat. Les collectivités territoriales '
               'sont de loin le premier partenaire, devant les autres structures d’intérêt '
               'général et les établissements scolaires.'))
    s.append(P('Tableau 1 – Types de partenaires des associations employeuses', H3))
    s.append(table([
        ['Type de partenaire', 'Part des associations employeuses concernées'],
        ['Collectivités territoriales', '89 %'],
        ['Autres structures d’intérêt général', '73 %'],
        ['Établissements scolaires', '70 %'],
        ['Collectifs d’associations', '56 %'],
        ['Acteurs publics nationaux', '52 %'],
        ['Fédérations professionnelles', '37 %'],
        ['Acteurs académiques', '35 %'],
    ], [85 * mm, 85 * mm], head_bg='#2e7d32', zebra='#e8f5e9'))
    s.append(P('Source : IMPACT – Associations &amp; Territoires. Plusieurs réponses possibles.',
               TINY))
    s.append(Spacer(1, 6))
    s.append(P('2. À quelle échelle ?', H2))
    s.append(P('Les partenariats des associations employeuses restent d’abord ancrés dans la '
               'proximité : 73 % se nouent à l’échelle locale, tandis que 47 % se développent à '
               'l’échelle régionale. Les deux réponses ne s’excluent pas.'))
    s.append(keystrip([('73 %', 'partenariats à l’échelle locale'),
                       ('47 %', 'partenariats à l’échelle régionale')],
                      '#fff8e1', '#8d6e00', fw))
    s.append(Spacer(1, 6))
    s.append(P('Attention au chiffre de 73 % : il apparaît deux fois dans l’étude, pour '
               'l’échelle locale et pour les structures d’intérêt général, et une troisième fois '
               'page suivante pour l’innovation sociétale.', SMALL))
    s.append(PageBreak())
    # ---- page 3 (p. 63)
    s.append(P('3. Pour quoi faire ?', H2))
    s.append(P('Toujours selon l’étude IMPACT – Associations &amp; Territoires, les partenariats '
               'des associations employeuses poursuivent quatre grandes finalités. Le mécénat '
               'reste la forme la plus répandue, mais l’innovation sociétale le suit de près.'))
    s.append(table([
        ['Finalité du partenariat', 'Part des associations employeuses'],
        ['Mécénat', '75 %'],
        ['Innovation sociétale', '73 %'],
        ['Pratiques responsables', '70 %'],
        ['Coopération économique', '58 %'],
    ], [85 * mm, 85 * mm], head_bg='#2e7d32', zebra='#e8f5e9'))
    s.append(Spacer(1, 8))
    s.append(P('4. L’enquête « Associations &amp; Partenariats » (mars 2017)', H2))
    s.append(P('Réalisée par Recherches &amp; Solidarités en lien avec Le RAMEAU, l’enquête de '
               'mai-juin 2016 a recueilli l’avis de plus de 1 380 responsables associatifs, '
               'toutes tailles d’associations confondues. Chaque association y compte en moyenne '
               '2,5 partenaires.'))
    s.append(P('Tableau 2 – Partenaires cités par les responsables associatifs (2016)', H3))
    s.append(table([
        ['Partenaire', 'Part des associations'],
        ['Collectivités territoriales', '74 %'],
        ['Autres associations ou fondations', '72 %'],
        ['Établissements d’enseignement', '47 %'],
        ['Entreprises', '28 %'],
        ['Structures d’insertion', '22 %'],
        ['Organismes de recherche', '9 %'],
    ], [85 * mm, 85 * mm], head_bg='#6a1b9a', zebra='#f3e5f5'))
    s.append(P('Source : Recherches &amp; Solidarités et Le RAMEAU, « Associations &amp; '
               'Partenariats », mars 2017.', TINY))
    s.append(PageBreak())
    # ---- page 4 (p. 64)
    s.append(P('5. La taille compte', H2))
    s.append(P('Le partenariat avec une entreprise dépend fortement du budget de '
               'l’association. Dans l’enquête de 2016, la moitié des associations disposant de '
               'plus de 150 000 € de budget ont un partenaire entreprise, contre une sur cinq '
               'parmi celles dont le budget est inférieur à 10 000 €.'))
    s.append(table([
        ['Budget annuel de l’association', 'Part ayant un partenariat avec une entreprise'],
        ['Plus de 150 000 €', '50 %'],
        ['Moins de 10 000 €', '20 %'],
    ], [85 * mm, 85 * mm], head_bg='#6a1b9a', zebra='#f3e5f5'))
    s.append(Spacer(1, 8))
    s.append(boxed([P('Repères de lecture', H3)] + bullets([
        'Collectivités : 89 % dans IMPACT – Associations &amp; Territoires (associations '
        'employeuses) mais 74 % dans l’enquête de 2016 (toutes associations). Les deux chiffres '
        'sont justes : les populations diffèrent.',
        'Entreprises : 28 % des associations citent une entreprise parmi leurs partenaires '
        '(enquête 2016) ; la note de février 2016 retenait 38 %.',
        'Les pourcentages ne s’additionnent pas : plusieurs réponses étaient possibles.']),
        fw, bg='#fff3e0', border='#e65100'))
    s.append(Spacer(1, 8))
    s.append(P('Pour aller plus loin', H2))
    s += bullets(['Fiche Repère n°10 : les entreprises et leurs partenaires ;',
                  'Fiche Repère n°12 : les collectivités territoriales ;',
                  'rapport IMPACT – Associations &amp; Territoires (version intégrale).'])
    d.build(s)
    return path, 4


# ---------------------------------------------------------------------------
# 03  Bulletin de veille en deux colonnes
# ---------------------------------------------------------------------------
def doc03(out):
    path = os.path.join(out, 'obs-s48-03-veille-territoires-n14.pdf')
    red = colors.HexColor('#8e1b1b')
    first_printed = 53
    colw = (W - 36 * mm - 8 * mm) / 2

    def on_first(c, d):
        c.saveState()
        c.setFillColor(red)
        c.rect(0, H - 40 * mm, W, 40 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 24)
        c.drawString(18 * mm, H - 20 * mm, 'VEILLE TERRITOIRES')
        c.setFont('DV', 10)
        c.drawString(18 * mm, H - 28 * mm,
                     'Bulletin de veille de l’Observatoire des partenariats')
        c.setFont('DV-B', 10)
        c.drawString(18 * mm, H - 35 * mm, 'N°14 – décembre 2024')
        common(c, d)
        c.restoreState()

    def on_later(c, d):
        c.saveState()
        c.setStrokeColor(red)
        c.setLineWidth(1.5)
        c.line(18 * mm, H - 16 * mm, W - 18 * mm, H - 16 * mm)
        c.setFillColor(red)
        c.setFont('DV-B', 8.5)
        c.drawString(18 * mm, H - 13 * mm, 'VEILLE TERRITOIRES · n°14')
        c.setFont('DV', 8.5)
        c.drawRightString(W - 18 * mm, H - 13 * mm, 'décembre 2024')
        common(c, d)
        c.restoreState()

    def common(c, d):
        n = d.page
        c.setFillColor(colors.HexColor('#555555'))
        c.setFont('DV', 7.5)
        c.drawString(18 * mm, 10 * mm, 'Diffusion libre – merci de citer la source')
        c.setFont('DV-B', 9)
        c.setFillColor(red)
        c.drawRightString(W - 18 * mm, 10 * mm, '%d' % (first_printed + n - 1))
        c.setStrokeColor(colors.HexColor('#bbbbbb'))
        c.setLineWidth(0.5)
        top = H - 44 * mm if n == 1 else H - 20 * mm
        c.line(W / 2, 18 * mm, W / 2, top)

    d = Doc(path, 'Veille Territoires n°14 – décembre 2024', 'Bulletin de veille')
    f1 = [Frame(18 * mm, 18 * mm, colw, H - 18 * mm - 44 * mm, id='c1'),
          Frame(18 * mm + colw + 8 * mm, 18 * mm, colw, H - 18 * mm - 44 * mm, id='c2')]
    f2 = [Frame(18 * mm, 18 * mm, colw, H - 18 * mm - 20 * mm, id='d1'),
          Frame(18 * mm + colw + 8 * mm, 18 * mm, colw, H - 18 * mm - 20 * mm, id='d2')]
    d.addPageTemplates([PageTemplate('first', f1, onPage=on_first),
                        PageTemplate('later', f2, onPage=on_later)])
    B = style('b3', size=8.8)
    BU = style('bu3', size=8.8, bullet=True, after=2)
    H2c = style('h2c', size=11, font='DV-B', color=red, before=4, after=3)
    H3c = style('h3c', size=9, font='DV-B', before=3, after=2)
    s = [NextPageTemplate('later')]
    # ---- page 1 (p. 53) col 1
    s.append(P('À la une – Les maires et la dynamique de leur territoire', H2c))
    s.append(P('L’étude IMPACTS &amp; TRAJECTOIRES – Élus locaux, publiée en novembre 2024, '
               'donne la parole à 302 maires. Ils ont été interrogés par téléphone entre le '
               '30 septembre et le 28 octobre 2024.', B))
    s.append(P('Premier enseignement : 91 % des maires décrivent un territoire « en mouvement ». '
               'Dans le détail, 35 % le jugent fortement en mouvement et 56 % ni plus ni moins '
               'qu’auparavant.', B))
    s.append(keybox('91 %', 'des 302 maires interrogés en 2024 voient leur territoire en '
                    'mouvement (35 % fortement, 56 % ni plus ni moins).', bg='#f8e1e1',
                    fg='#8e1b1b', width=colw))
    s.append(Spacer(1, 5))
    s.append(P('Profil des répondants', H3c))
    s.append(P('L’échantillon reflète la France des petites communes : 84 % des répondants '
               'administrent une commune de moins de 2 000 habitants. Ce chiffre de 84 % ne doit '
               'pas être confondu avec d’autres résultats de l’Observatoire portant sur les '
               'dirigeants d’entreprise.', B))
    s.append(P('Méthode', H3c))
    s += bullets(['302 maires ;', 'entretiens téléphoniques ;',
                  'terrain du 30 septembre au 28 octobre 2024.'], BU)
    s.append(FrameBreak())
    # ---- page 1 col 2
    s.append(P('En bref', H2c))
    s.append(P('<b>Élus et « jouer collectif ».</b> Lors d’un dîner « Élus &amp; Entreprises », '
               'l’Observatoire rappelait que 64 % des élus locaux veulent s’appuyer sur le '
               '« jouer collectif » et que 92 % des maires reconnaissent l’utilité de la '
               'co-construction.', B))
    s.append(P('<b>Fiche-repère collectivités.</b> La fiche « Les dynamiques d’engagement des '
               'Collectivités territoriales », dévoilée au Congrès des maires, s’appuie sur '
               'l’étude IMPACT-Élus locaux réalisée en novembre 2020 par Comisis-OpinionWay.', B))
    s.append(P('<b>ODD 17.</b> La note du Comité 21 « ODD 17 : Sens, décryptages, '
               'déclinaisons », présentée un 5 juillet, rappelle que l’objectif 17 compte '
               '19 cibles.', B))
    s.append(P('<b>Besoin d’alliance.</b> 92 % des maires expriment un « besoin d’alliance », '
               'selon les chiffres repris lors de la reconnaissance du droit de l’alliance '
               'd’intérêt général.', B))
    s.append(boxed([P('Dans ce numéro', H3c)] + bullets([
        'À la une : 302 maires interrogés (p. 53)',
        'Rétrospective : dix ans de mesure auprès des élus (p. 54)',
        'Expérimentations territoriales (p. 55)',
        'Mémoire : un mois de novembre (p. 56)'], BU), colw, bg='#fbeaea',
        border='#8e1b1b'))
    s.append(PageBreak())
    # ---- page 2 (p. 54) col 1
    s.append(P('Rétrospective – Dix ans de mesure auprès des élus', H2c))
    s.append(P('Le volet PHARE-Institutions, publié le 29 novembre 2016, a été la première grande '
               'photographie des maires par l’Observatoire. Il distinguait cinq profils de maires '
               'selon leur manière d’aborder les alliances. À l’époque, 87 % des maires voyaient '
               'dans les partenariats une source d’innovation.', B))
    s.append(P('Quatre ans plus tard, l’étude IMPACT-Élus locaux (novembre 2020, '
               'Comisis-OpinionWay) montrait que 76 % des maires considèrent leur territoire '
               'comme engagé, mais que 46 % ne savent pas comment piloter cet engagement. '
               'C’est ce décalage qui a motivé la fiche-repère consacrée aux collectivités.', B))
    s.append(P('Un besoin exprimé avec constance', H3c))
    s.append(P('Les chiffres de 92 % reviennent dans deux sources distinctes : le « besoin '
               'd’alliance » des maires et l’utilité de la co-construction qu’ils reconnaissent. '
               'Il s’agit de deux questions différentes.', B))
    s.append(FrameBreak())
    # ---- page 2 col 2
    s.append(P('Tableau – Ce que disent les maires, étude par étude', H3c))
    s.append(table([
        ['Étude', 'Date', 'Résultat'],
        ['PHARE-Institutions', '29 nov. 2016', '87 % : partenariats source d’innovation ; 5 profils de maires'],
        ['IMPACT-Élus locaux', 'nov. 2020', '76 % : territoire engagé ; 46 % ne savent pas piloter'],
        ['IMPACTS &amp; TRAJECTOIRES – Élus locaux', 'nov. 2024', '91 % : territoire en mouvement (302 maires)'],
    ], [29 * mm, 16 * mm, colw - 45 * mm], head_bg='#8e1b1b', zebra='#fbeaea',
        font_size=7.5))
    s.append(Spacer(1, 6))
    s.append(P('Lecture', H3c))
    s.append(P('Les trois études n’interrogent ni les mêmes maires ni sur les mêmes questions. '
               'Elles dessinent cependant une trajectoire : d’une conviction (2016) à un '
               'engagement déclaré (2020), puis à un territoire perçu comme en mouvement (2024).',
               B))
    s.append(PageBreak())
    # ---- page 3 (p. 55) col 1
    s.append(P('Expérimentations territoriales', H2c))
    s.append(P('<b>Agir ensemble en Territoire.</b> La démarche est née en 2010, à la suite de '
               'l’étude ARPEA-Collectivités locales conduite avec Comisis-OpinionWay. Trois '
               'territoires pilotes l’ont expérimentée :', B))
    s += bullets(['l’Alsace, avec Alsace Active ;',
                  'le Poitou-Charentes, avec le Groupe La Poste ;',
                  'Paris-Est Marne &amp; Bois.'], BU)
    s.append(P('<b>Parcours d’expérience CGET – Le RAMEAU.</b> Ce parcours de co-construction '
               'territoriale réunit 11 territoires pionniers pendant 18 mois. La première '
               'session s’est tenue le 3 mai.', B))
    s.append(boxed([P('Deux chiffres pour un même parcours', H3c),
                    P('Le communiqué de lancement parle de 11 territoires pionniers ; une page '
                      'de présentation publiée ensuite par Le RAMEAU évoque « le CGET et 10 '
                      'territoires pilotes ». Nous signalons les deux versions.', SMALL)],
                   colw, bg='#fff3e0', border='#e65100'))
    s.append(FrameBreak())
    # ---- page 3 col 2
    s.append(P('Les entreprises et les territoires', H2c))
    s.append(P('L’étude ARPEA Entreprises &amp; Territoires, parue en janvier 2011, mesurait '
               'l’appétit des entreprises pour les partenariats locaux :', B))
    s.append(table([
        ['Position des entreprises (janv. 2011)', 'Part'],
        ['développent des partenariats', '21 %'],
        ['souhaitent en développer', '33 %'],
        ['ne le souhaitent pas', '46 %'],
    ], [colw - 20 * mm, 20 * mm], head_bg='#8e1b1b', zebra='#fbeaea', font_size=8))
    s.append(Spacer(1, 5))
    s.append(P('Près de la moitié des entreprises restaient donc à l’écart. Le chiffre de 46 % '
               'se retrouve ailleurs, avec un autre sens : c’est aussi la part des maires qui, en '
               '2020, ne savaient pas piloter l’engagement de leur territoire.', B))
    s.append(PageBreak())
    # ---- page 4 (p. 56) col 1
    s.append(P('Mémoire – Un mois de novembre à l’Observatoire', H2c))
    s.append(P('Nos archives gardent la trace d’un mois de novembre particulièrement dense, '
               'celui de la parution du 11e rapport régional. L’année n’est pas reprise '
               'ici ; l’ordre des rendez-vous était le suivant :', B))
    s.append(table([
        ['Date', 'Rendez-vous'],
        ['15 novembre', 'dossier de JURIS Associations n°628 consacré aux alliances'],
        ['23 novembre', '3e dîner « Élus &amp; Entreprises »'],
        ['26 novembre', 'publication du 11e rapport régional : Normandie'],
        ['26 novembre', '5e webinaire « l’ODD 17 en pratique »'],
    ], [22 * mm, colw - 22 * mm], head_bg='#8e1b1b', zebra='#fbeaea', font_size=8))
    s.append(FrameBreak())
    # ---- page 4 col 2
    s.append(P('À paraître', H2c))
    s += bullets(['synthèse nationale IMPACTS &amp; TRAJECTOIRES (début 2025) ;',
                  'fiche acteur « Dynamique d’engagement des Fondations » mise à jour ;',
                  'nouvelles ressources sur la plateforme odd17.org.'], BU)
    s.append(P('Contact', H3c))
    s.append(P('Observatoire des partenariats – Le RAMEAU. Les études citées sont consultables '
               'sur le site de l’Observatoire.', B))
    d.build(s)
    return path, 4


# ---------------------------------------------------------------------------
# 04  Support de présentation 16:9 (extrait, diapositives 11 à 16)
# ---------------------------------------------------------------------------
def doc04(out):
    path = os.path.join(out, 'obs-s48-04-diaporama-impact-odd17.pdf')
    SW, SH = 960, 540
    c = rl_canvas.Canvas(path, pagesize=(SW, SH), invariant=1)
    set_meta(c, 'IMPACT 2018-2022 : mesurer pour agir – extrait du support (diapositives 11 à 16)',
             'Diaporama 16:9')
    navy = colors.HexColor('#14325c')
    orange = colors.HexColor('#e07b00')
    first_slide = 11
    total = 24
    TXT = style('s_txt', size=15, lead=20, after=6)
    BUL_S = style('s_bul', size=15, lead=20, bullet=True, left=18, after=5)
    SM = style('s_sm', size=10.5, lead=13, after=2, color=colors.HexColor('#333333'))

    def frame_slide(i, title, subtitle=None):
        c.setFillColor(navy)
        c.rect(0, SH - 70, SW, 70, fill=1, stroke=0)
        c.setFillColor(orange)
        c.rect(0, SH - 74, SW, 4, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 24)
        c.drawString(40, SH - 45, title)
        if subtitle:
            c.setFont('DV', 11)
            c.drawString(40, SH - 63, subtitle)
        c.setFillColor(colors.HexColor('#666666'))
        c.setFont('DV', 9)
        c.drawString(40, 18, 'Le RAMEAU · Observatoire des partenariats — Programme IMPACT')
        c.setFont('DV-B', 10)
        c.drawRightString(SW - 40, 18, '%d / %d' % (first_slide + i - 1, total))
        c.setStrokeColor(colors.HexColor('#cccccc'))
        c.line(40, 32, SW - 40, 32)

    def flow(items, x, ytop, w):
        y = ytop
        for it in items:
            _, h = it.wrap(w, 1000)
            y -= h
            it.drawOn(c, x, y)
            y -= it.getSpaceAfter() if hasattr(it, 'getSpaceAfter') else 0
        return y

    def kbox(x, y, w, h, big, text, bg='#fff1e0', fg='#e07b00'):
        c.setFillColor(colors.HexColor(bg))
        c.setStrokeColor(colors.HexColor(fg))
        c.roundRect(x, y, w, h, 8, fill=1, stroke=1)
        c.setFillColor(colors.HexColor(fg))
        c.setFont('DV-B', 30)
        c.drawString(x + 12, y + h - 40, big)
        p = Paragraph(text, style('kb', size=11, lead=14))
        p.wrap(w - 24, h)
        p.drawOn(c, x + 12, y + 10)

    # slide 11
    frame_slide(1, 'IMPACT 2018-2022 : mesurer pour agir',
                'Extrait du support présenté au comité de pilotage – diapositives 11 à 16')
    flow([P('Un programme partenarial mené par :', TXT)] + bullets([
        'la Caisse des Dépôts et l’Institut CDC pour la Recherche ;',
        'le Groupe La Poste ;', 'la Fondation TOTAL ;', 'Le RAMEAU.'], BUL_S) +
        [P('Objectif : passer de la connaissance des partenariats à la mesure de leur impact, '
           'sur cinq ans, auprès de tous les publics de l’Observatoire.', TXT)],
         40, SH - 100, 520)
    kbox(600, 250, 320, 170, '5 ans', 'd’étude d’impact, après 15 ans de recherche : '
         'IMPACT prolonge ARPEA puis PHARE.')
    c.showPage()
    # slide 12
    frame_slide(2, 'Trois plans quinquennaux',
                'De la connaissance (ARPEA) à l’impact (IMPACT)')
    xs = [40, 340, 640]
    data = [('ARPEA', '2008-2012', '10 volets ; rapport quinquennal du 11 décembre 2012'),
            ('PHARE', '2013-2018*', '6 volets, de septembre 2015 à l’automne 2016'),
            ('IMPACT', '2018-2022', 'lancé en novembre 2017 ; 3 axes de mesure')]
    for x, (nm, yrs, txt) in zip(xs, data):
        c.setFillColor(colors.HexColor('#e8eef7'))
        c.roundRect(x, 190, 280, 240, 10, fill=1, stroke=0)
        c.setFillColor(navy)
        c.setFont('DV-B', 28)
        c.drawString(x + 16, 385, nm)
        c.setFillColor(orange)
        c.setFont('DV-B', 20)
        c.drawString(x + 16, 352, yrs)
        p = Paragraph(txt, style('tl', size=14, lead=18))
        p.wrap(248, 150)
        p.drawOn(c, x + 16, 330 - p.height)
    c.setStrokeColor(orange)
    c.setLineWidth(3)
    c.line(320, 310, 340, 310)
    c.line(620, 310, 640, 310)
    c.setLineWidth(1)
    p = Paragraph('* Certaines présentations de l’Observatoire datent PHARE de 2013-2017.', SM)
    p.wrap(880, 40)
    p.drawOn(c, 40, 60)
    c.showPage()
    # slide 13
    frame_slide(3, 'Trois axes, trois indicateurs',
                'Innovation sociétale et territoriale · performance des organisations · confiance')
    flow([P('Les trois axes du programme correspondent à trois indicateurs suivis dans le '
            'temps : innovation, performance, confiance.', TXT),
          P('Les partenariats, source d’innovation :', TXT)] + bullets([
        '74 % des Français* ;', '81 % des dirigeants d’entreprise ;',
        '86 % des responsables associatifs ;', '87 % des maires.'], BUL_S),
         40, SH - 100, 520)
    kbox(600, 300, 320, 130, '76 %', 'des maires jugent leur territoire engagé…')
    kbox(600, 150, 320, 130, '46 %', '… mais ne savent pas piloter cet engagement.',
         bg='#e8eef7', fg='#14325c')
    p = Paragraph('* Une autre version de ce support, diffusée par un réseau partenaire, '
                  'indique 69 % des citoyens pour ce même indicateur.', SM)
    p.wrap(520, 40)
    p.drawOn(c, 40, 60)
    c.showPage()
    # slide 14
    frame_slide(4, 'Sortie de crise : jouer collectif',
                'Des données pour agir vite et bien après la crise sanitaire')
    flow([P('La co-construction est jugée utile pour la résilience des territoires après le '
            'Covid :', TXT)] + bullets([
        'par 81 % des Français ;', 'par 84 % des dirigeants de TPE &amp; PME.'], BUL_S) +
        [P('Pour éclairer la sortie de crise, plus de 250 données ont été inventoriées et '
           'mises à disposition des décideurs.', TXT)],
         40, SH - 100, 520)
    kbox(600, 280, 320, 150, '81 % / 84 %', 'Français / dirigeants de TPE &amp; PME : '
         'la co-construction utile pour la résilience post-Covid.')
    kbox(600, 110, 320, 150, '+ de 250', 'données inventoriées pour « jouer collectif » en '
         'sortie de crise.', bg='#e8eef7', fg='#14325c')
    c.showPage()
    # slide 15
    frame_slide(5, 'Le Fonds ODD 17',
                'Faire de l’ODD 17 un levier d’action dans les territoires')
    flow(bullets([
        'Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies ;',
        'dotation de 1,5 M€ pour une expérimentation sur 3 ans ;',
        'objectif : 350 « catalyseurs territoriaux » ;',
        'ressources M.E.D.O.C. sur la plateforme www.odd17.org : Méthodes, Exemples, '
        'Données, Outils, Compétences.'], BUL_S),
         40, SH - 100, 540)
    kbox(620, 250, 300, 170, '19 cibles', 'pour l’ODD 17, selon la note du Comité 21 '
         '« ODD 17 : Sens, décryptages, déclinaisons ».')
    kbox(40, 70, 540, 110, '1,5 M€', 'Dotation du Fonds ODD 17 (expérimentation 3 ans).',
         bg='#e8eef7', fg='#14325c')
    c.showPage()
    # slide 16
    frame_slide(6, 'Fondations &amp; territoires'.replace('&amp;', '&'),
                'Le rôle structurant des fondations')
    flow([P('L’étude IMPACT Fondations &amp; Territoires a été publiée un 23 septembre. '
            'Elle repose sur 42 fondations interrogées.', TXT),
          P('Elle a donné lieu à une fiche acteur « Dynamique d’engagement des Fondations ».',
            TXT),
          P('Prochaines étapes :', TXT)] + bullets([
        'partager les résultats avec les réseaux de fondations ;',
        'croiser les données avec les rapports régionaux ;',
        'préparer la synthèse finale du programme IMPACT.'], BUL_S),
         40, SH - 100, 540)
    kbox(620, 260, 300, 160, '42', 'fondations interrogées pour l’étude IMPACT Fondations '
         '&amp; Territoires.')
    c.showPage()
    c.save()
    return path, 6


# ---------------------------------------------------------------------------
# 05  Note de synthèse avec notes de bas de page
# ---------------------------------------------------------------------------
def doc05(out):
    path = os.path.join(out, 'obs-s48-05-note-reperes-institutionnels.pdf')
    teal = colors.HexColor('#00695c')
    first_printed = 3
    notes = {
        1: ['<super>1</super> Des documents plus anciens – l’étude ARPEA Entreprises &amp; Territoires '
            '(janvier 2011) et le rapport quinquennal du 11 décembre 2012 – écrivent : « Créé en '
            '2007, l’Observatoire national des partenariats associations / entreprises ».',
            '<super>2</super> Une présentation du programme d’études formule la chose autrement : '
            'l’Observatoire aurait été « créé en 2008 par Le RAMEAU en partenariat avec la Caisse '
            'des Dépôts ».'],
        2: ['<super>3</super> Trois développements coexistent selon les documents : « Analyse des '
            'Relations et des Partenariats entre Entreprises et Associations » (rapport '
            'quinquennal), « Analyser les Relations Partenariales entre Entreprises et '
            'Associations », « Analyse des Relations Associations-Entreprises ».'],
        3: ['<super>4</super> Selon plusieurs sources, la proposition de loi a été déposée en '
            'février.'],
        4: ['<super>5</super> L’annonce publiée sur associations.gouv.fr situe le lancement un '
            '« mardi 30 septembre » ; les autres sources, dont Le RAMEAU, retiennent le 30 '
            'novembre 2021, jour du Giving Tuesday.'],
    }

    def on_page(c, d):
        n = d.page
        c.saveState()
        c.setFillColor(teal)
        c.rect(18 * mm, H - 15 * mm, 3 * mm, 7 * mm, fill=1, stroke=0)
        c.setFont('DV-B', 8.5)
        c.drawString(23 * mm, H - 12.5 * mm, 'NOTE DE SYNTHÈSE n°2022-03')
        c.setFillColor(colors.HexColor('#444444'))
        c.setFont('DV', 8.5)
        c.drawRightString(W - 18 * mm, H - 12.5 * mm,
                          'Quinze ans d’alliances : repères institutionnels')
        c.setStrokeColor(teal)
        c.line(18 * mm, H - 17 * mm, W - 18 * mm, H - 17 * mm)
        c.setFont('DV', 7.5)
        c.drawString(18 * mm, 10 * mm, 'Le RAMEAU – document de travail, juillet 2022')
        c.setFont('DV-B', 9)
        c.drawRightString(W - 18 * mm, 10 * mm, 'page %d' % (first_printed + n - 1))
        if n in notes:
            footnotes(c, notes[n], 18 * mm, 17 * mm, W - 36 * mm)
        c.restoreState()

    d = Doc(path, 'Note de synthèse n°2022-03 – Quinze ans d’alliances : repères institutionnels',
            'Note avec notes de bas de page')
    fw = W - 36 * mm
    frame = Frame(18 * mm, 42 * mm, fw, H - 42 * mm - 22 * mm, id='body')
    d.addPageTemplates([PageTemplate('p', [frame], onPage=on_page)])
    H2t = style('h2t', size=12, font='DV-B', color=teal, before=6, after=4)
    s = []
    # ---- page 1 (p. 3)
    s.append(P('1. Le RAMEAU et l’Observatoire', H2t))
    s.append(P('Le RAMEAU a été créé en 2006. Association d’intérêt général, il se '
               'définit comme un « laboratoire de recherche empirique », parfois aussi comme un '
               '« laboratoire d’innovations partenariales ». Il s’est donné trois missions, dont '
               'la première consiste à témoigner de ce que les alliances produisent. Son fonds '
               'documentaire recense plus de 1 000 exemples inspirants, issus de 15 ans de '
               'recherche et de 5 ans d’étude d’impact. Depuis 2006, ses expérimentations ont '
               'concerné plus de 500 organisations.'))
    s.append(P('L’association est présidée par son fondateur, Charles-Benoît Heidsieck. La '
               'direction générale est assurée par Laurence Weber.'))
    s.append(P('L’Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et '
               'Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif'
               '<super>1</super> <super>2</super>. Sa direction scientifique est confiée, à titre '
               'bénévole, à Anne Robin, fondatrice du cabinet COMISIS.'))
    s.append(table([
        ['Repère', 'Information retenue'],
        ['Création du RAMEAU', '2006'],
        ['Création de l’Observatoire', '2008 (2007 dans les documents anciens)'],
        ['Président-fondateur', 'Charles-Benoît Heidsieck'],
        ['Directrice générale', 'Laurence Weber'],
        ['Direction scientifique', 'Anne Robin (COMISIS), bénévolement'],
    ], [60 * mm, fw - 60 * mm], head_bg='#00695c', zebra='#e0f2f1'))
    s.append(PageBreak())
    # ---- page 2 (p. 4)
    s.append(P('2. Trois programmes, quinze ans de questions', H2t))
    s.append(P('Le premier programme quinquennal, ARPEA<super>3</super> (2008-2012), comptait '
               'dix volets. Il s’est achevé par un rapport quinquennal rendu public le '
               '11 décembre 2012. Lui ont succédé PHARE (2013-2018) puis IMPACT (2018-2022), '
               'ce dernier lancé dès novembre 2017.'))
    s.append(P('Entre-temps, la ministre Valérie Fourneyron avait demandé un rapport faisant '
               'l’état des lieux des partenariats entre associations et entreprises. Ce rapport '
               'a été publié au début de l’année 2014.'))
    s.append(table([
        ['Programme', 'Période', 'Jalon marquant'],
        ['ARPEA', '2008-2012', '10 volets ; rapport quinquennal le 11 décembre 2012'],
        ['PHARE', '2013-2018', '6 volets ; PHARE-Institutions le 29 novembre 2016'],
        ['IMPACT', '2018-2022', 'lancé en novembre 2017 ; trois axes'],
    ], [30 * mm, 30 * mm, fw - 60 * mm], head_bg='#00695c', zebra='#e0f2f1'))
    s.append(Spacer(1, 6))
    s.append(P('La démarche « Agir ensemble en Territoire », initiée en 2010 après l’étude '
               'ARPEA-Collectivités locales, a fait le lien entre la recherche et le terrain, '
               'avec trois pilotes : Alsace, Poitou-Charentes et Paris-Est Marne &amp; Bois.'))
    s.append(PageBreak())
    # ---- page 3 (p. 5)
    s.append(P('3. Vers un droit de l’alliance', H2t))
    s.append(P('Lors du Forum national des associations et fondations (FNAF) de 2019, Gabriel '
               'Attal a confié une mission à Cathy Racon-Bouzon et Charles-Benoît Heidsieck. Leur '
               'rapport a été remis le 7 mai 2020 ; un bilan d’étape a suivi le 17 octobre 2020.'))
    s.append(P('Dans le prolongement, une proposition de loi consacrant le « droit de l’alliance '
               'd’intérêt général » a été portée par Cathy Racon-Bouzon<super>4</super>. '
               'Agréée par le Bureau de l’Assemblée nationale, elle a été publiée au Journal '
               'officiel. Une « feuille de route » ministérielle de 21 mesures l’accompagne.'))
    s.append(keystrip([('81 %', 'des Français évoquent un « devoir d’alliance »'),
                       ('92 %', 'des maires expriment un « besoin d’alliance »'),
                       ('84 %', 'des dirigeants d’entreprise ont « envie d’alliance »')],
                      '#e0f2f1', '#00695c', fw))
    s.append(Spacer(1, 4))
    s.append(P('Chiffres mis en avant lors de la reconnaissance du droit de l’alliance. Pour les '
               'Français, la mesure de septembre 2015 (PHARE-Citoyens) donnait un niveau '
               'nettement inférieur.', TINY))
    s.append(PageBreak())
    # ---- page 4 (p. 6)
    s.append(P('4. La Charte du faire alliance', H2t))
    s.append(P('La Charte du faire alliance est le fruit de trois mois de co-construction, '
               'pilotés par la Fondation des Territoires. Présentée comme un « contrat de '
               'confiance » entre acteurs, elle a été lancée le 30 novembre 2021<super>5</super>, '
               'à l’occasion du Giving Tuesday, à Saint-Maurice (territoire de Paris-Est Marne '
               '&amp; Bois), lors d’une soirée organisée par VitaWin.'))
    s.append(boxed([P('Pourquoi Saint-Maurice ?', H3),
                    P('Paris-Est Marne &amp; Bois figure parmi les territoires pilotes de la '
                      'démarche « Agir ensemble en Territoire » engagée en 2010. Le choix du lieu '
                      'rappelle cette antériorité.', SMALL)], fw, bg='#e0f2f1',
                   border='#00695c'))
    s.append(Spacer(1, 6))
    s.append(P('Ce que la Charte demande aux signataires', H3))
    s += bullets(['reconnaître la complémentarité des acteurs d’un même territoire ;',
                  's’engager dans la durée plutôt que par opération ponctuelle ;',
                  'rendre compte des résultats obtenus ensemble.'])
    s.append(PageBreak())
    # ---- page 5 (p. 7)
    s.append(P('5. La Fondation des Territoires', H2t))
    s.append(P('La préfiguration de la Fondation des Territoires a été lancée en juillet 2018. '
               'Elle s’est déroulée en trois étapes avant la création officielle, le 14 juin '
               '2022, sous l’égide de la Fondation de Lille. La fondation réunit 21 '
               'co-fondateurs et s’est fixé trois missions.'))
    s.append(table([
        ['Étape', 'Période'],
        ['Étape 1 de la préfiguration', 'juillet 2018 – juillet 2019'],
        ['Étape 2 de la préfiguration', 'août 2019 – novembre 2020'],
        ['Étape 3 de la préfiguration', 'décembre 2020 – mai 2022'],
        ['Création sous l’égide de la Fondation de Lille', '14 juin 2022'],
    ], [90 * mm, fw - 90 * mm], head_bg='#00695c', zebra='#e0f2f1'))
    s.append(Spacer(1, 8))
    s.append(P('Chronologie résumée', H3))
    s += bullets(['2006 : création du RAMEAU ;',
                  '2008 : création de l’Observatoire des partenariats ;',
                  '2012 : rapport quinquennal d’ARPEA ;',
                  '2020 : remise du rapport de mission ministérielle ;',
                  '2021 : lancement de la Charte du faire alliance ;',
                  '2022 : création de la Fondation des Territoires.'])
    d.build(s)
    return path, 5


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    from pypdf import PdfReader
    for fn in (doc01, doc02, doc03, doc04, doc05):
        path, expected = fn(out)
        n = len(PdfReader(path).pages)
        status = 'ok' if n == expected else 'PAGE COUNT MISMATCH (%d != %d)' % (n, expected)
        print('%s: %d pages %s' % (os.path.basename(path), n, status))
        if n != expected:
            sys.exit(1)


if __name__ == '__main__':
    main()
