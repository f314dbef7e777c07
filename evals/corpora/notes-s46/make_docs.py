#!/usr/bin/env python3
"""Deterministic generator of the five s46 test PDFs (Observatoire des partenariats).

Usage: make_docs.py [output_dir]   (default: the folder of this script)
All text is original wording built from /work/shared/facts.md.
"""
import os
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', FD + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('DVBI', FD + 'DejaVuSans-BoldOblique.ttf'))
addMapping('DV', 0, 0, 'DV')
addMapping('DV', 1, 0, 'DVB')
addMapping('DV', 0, 1, 'DVI')
addMapping('DV', 1, 1, 'DVBI')

TEAL = colors.HexColor('#00707a')
TEAL_L = colors.HexColor('#d9eef0')
ORANGE = colors.HexColor('#d9730d')
ORANGE_L = colors.HexColor('#fbe8d3')
GREY = colors.HexColor('#555555')
GREY_L = colors.HexColor('#eeeeee')
NAVY = colors.HexColor('#1f2d4d')


def style(name, **kw):
    base = dict(fontName='DV', fontSize=9.5, leading=13, alignment=TA_LEFT,
                hyphenationLang='', embeddedHyphenation=0, splitLongWords=0,
                textColor=colors.black)
    base.update(kw)
    return ParagraphStyle(name, **base)


S = {
    'body': style('body', spaceAfter=5),
    'bodys': style('bodys', fontSize=8.8, leading=12, spaceAfter=4),
    'chap': style('chap', fontName='DVI', fontSize=10.5, leading=15, textColor=GREY, spaceAfter=8),
    'h1': style('h1', fontName='DVB', fontSize=17, leading=21, textColor=NAVY, spaceAfter=8),
    'h2': style('h2', fontName='DVB', fontSize=12, leading=15, textColor=TEAL, spaceBefore=6, spaceAfter=5),
    'h3': style('h3', fontName='DVB', fontSize=10, leading=13, textColor=ORANGE, spaceBefore=4, spaceAfter=3),
    'small': style('small', fontSize=7.6, leading=10, textColor=GREY, spaceAfter=3),
    'cell': style('cell', fontSize=8.6, leading=11),
    'cellb': style('cellb', fontName='DVB', fontSize=8.6, leading=11),
    'cellw': style('cellw', fontName='DVB', fontSize=8.6, leading=11, textColor=colors.white),
    'big': style('big', fontName='DVB', fontSize=20, leading=23, textColor=TEAL),
    'bigo': style('bigo', fontName='DVB', fontSize=20, leading=23, textColor=ORANGE),
    'boxt': style('boxt', fontSize=8.4, leading=11),
    'bullet': style('bullet', leftIndent=11, bulletIndent=1, spaceAfter=3),
    'fn': style('fn', fontSize=7.2, leading=9.2, textColor=GREY),
}


def P(text, st='body'):
    return Paragraph(text, S[st])


def bullets(items, st='bullet'):
    return [Paragraph(t, S[st], bulletText='•') for t in items]


def keyfigs(pairs, width, big='big', bg=TEAL_L):
    """Row of key-figure boxes: pairs of (figure, label)."""
    n = len(pairs)
    cw = width / n
    row = [[P(f, big), P(lbl, 'boxt')] for f, lbl in pairs]
    cells = [Table([[c[0]], [c[1]]], colWidths=[cw - 10]) for c in row]
    for c in cells:
        c.setStyle(TableStyle([('LEFTPADDING', (0, 0), (-1, -1), 2),
                               ('RIGHTPADDING', (0, 0), (-1, -1), 2)]))
    t = Table([cells], colWidths=[cw] * n)
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), bg),
                           ('LINEAFTER', (0, 0), (-2, -1), 2, colors.white),
                           ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                           ('TOPPADDING', (0, 0), (-1, -1), 6),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    return t


def box(flowables, width, bg=ORANGE_L, border=ORANGE):
    t = Table([[f] for f in flowables], colWidths=[width])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), bg),
                           ('BOX', (0, 0), (-1, -1), 0.8, border),
                           ('LEFTPADDING', (0, 0), (-1, -1), 7),
                           ('RIGHTPADDING', (0, 0), (-1, -1), 7),
                           ('TOPPADDING', (0, 0), (-1, -1), 3),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
    return t


def datatable(rows, widths, head=TEAL, zebra=True):
    data = []
    for i, r in enumerate(rows):
        data.append([P(c, 'cellw' if i == 0 else 'cell') for c in r])
    t = Table(data, colWidths=widths, repeatRows=1)
    st = [('BACKGROUND', (0, 0), (-1, 0), head),
          ('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.HexColor('#bbbbbb')),
          ('VALIGN', (0, 0), (-1, -1), 'TOP'),
          ('TOPPADDING', (0, 0), (-1, -1), 3),
          ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]
    if zebra:
        for i in range(2, len(rows), 2):
            st.append(('BACKGROUND', (0, i), (-1, i), GREY_L))
    t.setStyle(TableStyle(st))
    return t


class HBars(Flowable):
    """Simple horizontal bar chart (label, value in %)."""

    def __init__(self, data, width, title, bar_h=15, color=TEAL):
        super().__init__()
        self.data, self.width, self.title = data, width, title
        self.bar_h, self.color = bar_h, color
        self.height = 22 + len(data) * (bar_h + 7)

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFont('DVB', 8.8)
        c.setFillColor(NAVY)
        c.drawString(0, self.height - 11, self.title)
        lab_w = 150
        maxw = self.width - lab_w - 40
        y = self.height - 22 - self.bar_h
        for label, val in self.data:
            c.setFillColor(colors.black)
            c.setFont('DV', 8.6)
            c.drawString(0, y + 4, label)
            c.setFillColor(self.color)
            w = maxw * val / 60.0
            c.rect(lab_w, y, w, self.bar_h, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont('DVB', 8.6)
            c.drawString(lab_w + w + 4, y + 4, '%d %%' % val)
            y -= self.bar_h + 7


class Doc(BaseDocTemplate):
    def __init__(self, path, templates, title, pagesize=A4):
        super().__init__(path, pagesize=pagesize, title=title,
                         author='Observatoire des partenariats (jeu de test s46)',
                         subject=title, creator='make_docs.py s46', producer='ReportLab')
        self.addPageTemplates(templates)


def build_pages(doc, pages, switches=None):
    """pages: list of lists of flowables. switches: {page_index: template id for next page}."""
    story = []
    switches = switches or {}
    for i, pg in enumerate(pages):
        story.extend(pg)
        if i < len(pages) - 1:
            if i in switches:
                story.append(NextPageTemplate(switches[i]))
            story.append(PageBreak())
    doc.build(story)


W, H = A4

# ---------------------------------------------------------------------------
# 01 — Cahier de l'Observatoire, chapter of a study
# ---------------------------------------------------------------------------

def doc01(out):
    path = os.path.join(out, 'obs-s46-01-cahier-parole-citoyenne.pdf')
    first_printed = 31
    LM, RM = 22 * mm, 22 * mm
    fw = W - LM - RM

    def common(c, d):
        num = first_printed + d.page - 1
        c.saveState()
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.6)
        c.line(LM, 16 * mm, W - RM, 16 * mm)
        c.setFont('DV', 7.5)
        c.setFillColor(GREY)
        c.drawString(LM, 11 * mm, 'Observatoire des partenariats · Le RAMEAU')
        c.setFont('DVB', 9)
        c.setFillColor(TEAL)
        c.drawRightString(W - RM, 11 * mm, str(num))
        c.restoreState()

    def first(c, d):
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, H - 62 * mm, W, 62 * mm, stroke=0, fill=1)
        c.setFillColor(ORANGE)
        c.rect(0, H - 64 * mm, W, 2 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV', 9)
        c.drawString(LM, H - 14 * mm, 'Cahier de l\u2019Observatoire n°7 — Dix ans de paroles citoyennes')
        c.setFont('DVB', 30)
        c.drawString(LM, H - 33 * mm, 'Chapitre 2')
        c.setFont('DVB', 15)
        c.drawString(LM, H - 45 * mm, 'Ce que disent les Français des alliances')
        c.drawString(LM, H - 53 * mm, 'entre acteurs du territoire')
        c.restoreState()
        common(c, d)

    def later(c, d):
        c.saveState()
        c.setFont('DV', 7.5)
        c.setFillColor(GREY)
        c.drawString(LM, H - 12 * mm, 'Cahier de l\u2019Observatoire n°7 — Dix ans de paroles citoyennes')
        c.drawRightString(W - RM, H - 12 * mm, 'Chapitre 2 · Ce que disent les Français')
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(LM, H - 14 * mm, W - RM, H - 14 * mm)
        c.restoreState()
        common(c, d)

    t_first = PageTemplate('first', [Frame(LM, 22 * mm, fw, H - 64 * mm - 28 * mm, id='f1')], onPage=first)
    t_later = PageTemplate('later', [Frame(LM, 22 * mm, fw, H - 22 * mm - 22 * mm, id='f2')], onPage=later)
    doc = Doc(path, [t_first, t_later], 'Cahier n°7 — Chapitre 2 : ce que disent les Français')

    p1 = [
        P('Depuis 2008, l\u2019Observatoire des partenariats interroge régulièrement les citoyens. Trois '
          'générations d\u2019enquêtes se sont succédé : ARPEA, PHARE puis IMPACT. Ce chapitre les relit '
          'ensemble en laissant à chaque chiffre sa date et sa population.', 'chap'),
        P('2.1 Une attente ancienne : les mesures du programme ARPEA', 'h2'),
        P('Le premier programme quinquennal de l\u2019Observatoire, ARPEA, posait dès 2008 une question '
          'directe : faut-il créer sans tarder des partenariats entre associations et entreprises ? La réponse '
          'est restée massive d\u2019une mesure à l\u2019autre. En 2008, 86 % des Français jugeaient urgent de '
          'développer ces partenariats ; lors de la mesure de 2012, ils étaient encore 84 % à le penser.'),
        P('Le volet ARPEA-Citoyens retient lui aussi la valeur de 86 %, devenue une référence dans les '
          'présentations de l\u2019époque. Côté associatif, le mouvement était déjà engagé : près de 46 % des '
          'associations déclaraient une relation avec au moins une entreprise.'),
        Spacer(1, 4),
        keyfigs([('86 %', 'des Français jugent urgent de créer des partenariats — ARPEA, mesure 2008'),
                 ('84 %', 'même question, mesure 2012'),
                 ('46 %', 'des associations engagées avec une entreprise (ARPEA)')], fw),
        Spacer(1, 8),
        box([P('<b>Méthode — trois générations d\u2019enquêtes</b>', 'boxt')] + bullets([
            'ARPEA : premier plan quinquennal de l\u2019Observatoire, organisé en volets thématiques.',
            'PHARE : six volets, dont PHARE-Citoyens, dont les résultats sont présentés en 2.2 et 2.3.',
            'IMPACT : programme d\u2019étude d\u2019impact, qui mesure ce que les alliances changent.'], 'boxt'), fw),
    ]
    p2 = [
        P('2.2 PHARE-Citoyens : les priorités des Français', 'h2'),
        P('Publiée en septembre 2015, l\u2019enquête PHARE-Citoyens repose sur plus de 2 000 personnes '
          'interrogées. Elle demandait d\u2019abord de noter sur 10 l\u2019importance de plusieurs enjeux pour le '
          'territoire où l\u2019on vit. L\u2019emploi arrive nettement en tête, loin devant les autres sujets.'),
        Spacer(1, 3),
        P('Tableau 2.1 — Note d\u2019importance des enjeux (sur 10), PHARE-Citoyens 2015', 'h3'),
        datatable([['Enjeu pour le territoire', 'Note sur 10'],
                   ['Emploi', '7,1'],
                   ['Pouvoir d\u2019achat', '6,6'],
                   ['Sécurité', '6,6 (a)'],
                   ['Développement économique', '6,5'],
                   ['Environnement', '6,3'],
                   ['Exclusion', '6,3']], [fw * 0.6, fw * 0.25]),
        Spacer(1, 3),
        P('(a) Une autre restitution de la même enquête, diffusée par la presse spécialisée, attribue 7/10 à la '
          'sécurité. Les deux valeurs circulent ; le tableau reprend celle de la publication des résultats.', 'small'),
        Spacer(1, 6),
        P('Le même questionnaire mesurait l\u2019adhésion à l\u2019idée d\u2019un « devoir d\u2019alliance ». En 2015, '
          '69 % des Français estimaient que les acteurs de leur territoire devaient s\u2019allier pour répondre '
          'aux défis qu\u2019ils partagent. Ce niveau servira de point de comparaison aux mesures suivantes '
          '(voir 2.5).'),
    ]
    p3 = [
        P('2.3 Là où les partenariats changent la donne', 'h2'),
        P('PHARE-Citoyens demandait ensuite dans quels domaines les partenariats entre acteurs produisent, '
          'selon les répondants, un impact fort. Le classement recoupe en partie celui des priorités : '
          'l\u2019emploi vient en premier, devant le développement économique.'),
        Spacer(1, 6),
        HBars([('Emploi', 49), ('Développement économique', 46), ('Environnement', 42),
               ('Précarité', 36), ('Éducation', 36)], fw,
              'Graphique 2.2 — Français jugeant fort l\u2019impact des partenariats, par domaine (2015)'),
        Spacer(1, 8),
        P('Précarité et éducation arrivent à égalité, à 36 %. L\u2019environnement, qui n\u2019occupe que la '
          'cinquième place des priorités, recueille pourtant 42 % de réponses « impact fort » : les répondants '
          'y voient un terrain où l\u2019action commune est efficace, même s\u2019il ne figure pas en tête de '
          'leurs préoccupations.'),
        P('Lecture : 49 % des Français jugent fort l\u2019impact des partenariats sur l\u2019emploi.', 'small'),
    ]
    p4 = [
        P('2.4 Du constat à l\u2019innovation : les mesures du programme IMPACT', 'h2'),
        P('Avec le programme IMPACT, la question change d\u2019angle : il ne s\u2019agit plus seulement de savoir si '
          'les alliances sont souhaitables, mais si elles sont une source d\u2019innovation. La réponse est '
          'positive dans toutes les populations interrogées, avec une gradation nette des citoyens vers les '
          'élus.'),
        Spacer(1, 3),
        P('Tableau 2.3 — Les partenariats, source d\u2019innovation (programme IMPACT)', 'h3'),
        datatable([['Population interrogée', 'Part qui y voit une source d\u2019innovation'],
                   ['Français', '74 %'],
                   ['Dirigeants d\u2019entreprise', '81 %'],
                   ['Responsables associatifs', '86 %'],
                   ['Maires', '87 %']], [fw * 0.5, fw * 0.4]),
        Spacer(1, 8),
        box([P('<b>Deux chiffres pour les citoyens</b>', 'boxt'),
             P('La présentation du programme IMPACT retient 74 % des Français. Une synthèse publiée par un '
               'réseau régional de la co-construction reprend les mêmes résultats, mais avec 69 % des '
               'citoyens. L\u2019écart n\u2019est pas expliqué dans les documents : les deux valeurs sont citées.',
               'boxt')], fw),
        Spacer(1, 6),
        P('Chez les maires, la proportion atteint son niveau le plus haut des quatre populations. Les '
          'dirigeants d\u2019entreprise et les responsables associatifs se situent entre les deux.'),
    ]
    p5 = [
        P('2.5 2020 : le devoir d\u2019alliance progresse', 'h2'),
        box([P('<b>Définition — « devoir d\u2019alliance »</b>', 'boxt'),
             P('Dans les enquêtes de l\u2019Observatoire, l\u2019expression désigne la conviction que les '
               'organisations d\u2019un territoire (associations, entreprises, collectivités) et les citoyens ont '
               'la responsabilité d\u2019agir ensemble face aux fragilités qu\u2019aucun acteur ne peut traiter seul.',
               'boxt')], fw, bg=TEAL_L, border=TEAL),
        Spacer(1, 6),
        P('La mesure publiée en 2020, au moment où le droit de l\u2019alliance d\u2019intérêt général était mis en '
          'débat, montre une nette progression : 81 % des Français partagent désormais ce devoir '
          'd\u2019alliance, contre 69 % dans PHARE-Citoyens en 2015.'),
        P('La même publication complète le tableau pour les autres acteurs : 92 % des maires expriment un '
          '« besoin d\u2019alliance » et 84 % des dirigeants d\u2019entreprises une « envie d\u2019alliance ».'),
        Spacer(1, 4),
        keyfigs([('81 %', 'des Français : devoir d\u2019alliance (2020)'),
                 ('92 %', 'des maires : besoin d\u2019alliance'),
                 ('84 %', 'des dirigeants d\u2019entreprises : envie d\u2019alliance')], fw, big='bigo', bg=ORANGE_L),
        Spacer(1, 8),
        P('À retenir', 'h3'),
    ] + bullets([
        'L\u2019attente des citoyens est ancienne et stable depuis les premières mesures ARPEA.',
        'L\u2019emploi reste à la fois la première priorité et le premier terrain d\u2019impact des partenariats.',
        'Les élus sont les plus convaincus de la valeur d\u2019innovation des alliances.',
        'Lorsque deux éditions donnent des valeurs différentes, le texte les signale toutes les deux.'])
    build_pages(doc, [p1, p2, p3, p4, p5], {0: 'later'})
    return path, 5


# ---------------------------------------------------------------------------
# 02 — Fiche Repère
# ---------------------------------------------------------------------------

def doc02(out):
    path = os.path.join(out, 'obs-s46-02-fiche-repere-associations.pdf')
    first_printed = 47
    LM, RM = 18 * mm, 18 * mm
    fw = W - LM - RM

    def page(c, d):
        num = first_printed + d.page - 1
        c.saveState()
        c.setFillColor(ORANGE)
        c.rect(0, H - 20 * mm, W, 20 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DVB', 11)
        c.drawString(LM, H - 12.5 * mm, 'REPÈRE n°12 · Associations & Territoires')
        c.setFont('DV', 8)
        c.drawRightString(W - RM, H - 12.5 * mm, 'Observatoire des partenariats')
        c.setFillColor(TEAL)
        c.rect(0, 0, 8 * mm, H - 20 * mm, stroke=0, fill=1)
        c.setFont('DV', 7.5)
        c.setFillColor(GREY)
        c.drawString(LM, 10 * mm, 'Les Repères de l\u2019Observatoire — Le RAMEAU')
        c.setFont('DVB', 9)
        c.setFillColor(ORANGE)
        c.drawRightString(W - RM, 10 * mm, 'page %d' % num)
        c.restoreState()

    t = PageTemplate('p', [Frame(LM, 18 * mm, fw, H - 20 * mm - 26 * mm, id='f')], onPage=page)
    doc = Doc(path, [t], 'Repère n°12 — Associations & Territoires')

    p1 = [
        P('Les associations employeuses, au cœur des alliances territoriales', 'h1'),
        P('Ce Repère résume les résultats de l\u2019étude IMPACT – Associations &amp; Territoires, consacrée aux '
          'associations qui emploient des salariés. Il les met en regard, en dernière page, d\u2019une enquête '
          'plus ancienne conduite auprès de l\u2019ensemble des associations.', 'chap'),
        keyfigs([('148 000', 'associations employeuses : la population couverte par l\u2019étude'),
                 ('98 %', 'd\u2019entre elles ont au moins un partenariat'),
                 ('7', 'familles de partenaires suivies par l\u2019étude (détail page 48)')], fw),
        Spacer(1, 10),
        box([P('<b>Mots-clés</b>', 'boxt'),
             P('<b>Association employeuse</b> : association qui rémunère au moins un salarié.', 'boxt'),
             P('<b>Partenariat</b> : relation durable entre une association et une autre organisation — '
               'publique, privée ou associative — fondée sur un objectif partagé et des apports réciproques.',
               'boxt'),
             P('<b>Échelle du partenariat</b> : territoire sur lequel porte la relation (local, régional, '
               'national).', 'boxt')], fw, bg=TEAL_L, border=TEAL),
        Spacer(1, 10),
        P('Lecture', 'h3'),
        P('Presque toutes les associations employeuses déclarent au moins un partenaire. La question n\u2019est '
          'donc plus de savoir si elles coopèrent, mais avec qui, à quelle échelle et sous quelle forme : ce '
          'sont les trois entrées des pages suivantes.'),
    ]
    p2 = [
        P('Avec qui ?', 'h2'),
        P('Part des associations employeuses ayant un partenariat avec chaque famille d\u2019acteurs '
          '(IMPACT – Associations &amp; Territoires)', 'h3'),
        datatable([['Famille de partenaires', 'Part des associations employeuses'],
                   ['Collectivités territoriales', '89 %'],
                   ['Structures d\u2019intérêt général', '73 %'],
                   ['Établissements scolaires', '70 %'],
                   ['Collectifs d\u2019associations', '56 %'],
                   ['Acteurs publics nationaux', '52 %'],
                   ['Fédérations professionnelles', '37 %'],
                   ['Acteurs académiques', '35 %']], [fw * 0.55, fw * 0.4]),
        Spacer(1, 10),
        P('À quelle échelle ?', 'h2'),
        P('Les partenariats restent d\u2019abord des relations de proximité : 73 % des associations employeuses '
          'en nouent à l\u2019échelle locale, et 47 % à l\u2019échelle régionale.'),
        keyfigs([('73 %', 'partenariats à l\u2019échelle locale'),
                 ('47 %', 'partenariats à l\u2019échelle régionale')], fw * 0.7),
        Spacer(1, 8),
        P('Les acteurs académiques (35 %) arrivent juste derrière les fédérations professionnelles (37 %) ; '
          'le tableau est classé par ordre décroissant.', 'small'),
    ]
    p3 = [
        P('Pour quoi faire ? Les quatre formes de partenariat', 'h2'),
        P('L\u2019étude distingue quatre formes de relations. Une même association peut en combiner plusieurs.'),
        datatable([['Forme', 'Ce que recouvre la forme', 'Part'],
                   ['Mécénat', 'Soutien apporté à l\u2019association (argent, produits, compétences) sans '
                    'contrepartie équivalente', '75 %'],
                   ['Innovation sociétale', 'Conception commune de réponses nouvelles à un besoin du territoire',
                    '73 %'],
                   ['Pratiques responsables', 'Relation qui aide une organisation à faire évoluer ses propres '
                    'pratiques (achats, ressources humaines, environnement)', '70 %'],
                   ['Coopération économique', 'Échange de services ou mise en commun de moyens entre '
                    'partenaires, avec un intérêt économique pour chacun', '58 %']],
                  [fw * 0.24, fw * 0.6, fw * 0.12]),
        Spacer(1, 10),
        P('Le mécénat reste la forme la plus répandue, mais l\u2019innovation sociétale le suit de près. La '
          'coopération économique, moins fréquente, concerne tout de même plus d\u2019une association '
          'employeuse sur deux.'),
    ]
    p4 = [
        P('Pour mémoire : l\u2019étude Associations &amp; Partenariats (2017)', 'h2'),
        P('Publiée en mars 2017 par Recherches &amp; Solidarités avec Le RAMEAU, cette étude s\u2019appuie sur une '
          'enquête menée en mai et juin 2016 auprès de plus de 1 380 responsables associatifs. Elle couvre '
          'l\u2019ensemble des associations, employeuses ou non.'),
        keyfigs([('2,5', 'partenaires en moyenne par association (2017)')], fw * 0.45, big='bigo', bg=ORANGE_L),
        Spacer(1, 6),
        P('Types de partenaires cités (enquête 2016, publiée en 2017)', 'h3'),
        datatable([['Type de partenaire', 'Part des associations'],
                   ['Collectivités territoriales', '74 %'],
                   ['Autres associations ou fondations', '72 %'],
                   ['Établissements d\u2019enseignement', '47 %'],
                   ['Entreprises', '28 %'],
                   ['Structures d\u2019insertion', '22 %'],
                   ['Organismes de recherche', '9 %']], [fw * 0.55, fw * 0.3], head=ORANGE),
        Spacer(1, 6),
        P('Le partenariat avec une entreprise dépend fortement de la taille de l\u2019association : la moitié '
          '(50 %) de celles dont le budget dépasse 150 000 € en ont un, contre 20 % de celles dont le budget '
          'est inférieur à 10 000 €.'),
        box([P('<b>Attention aux comparaisons</b> : l\u2019étude IMPACT porte sur les seules associations '
               'employeuses, celle de 2017 sur toutes les associations. Les taux de partenariat avec les '
               'collectivités des deux études ne mesurent donc pas la même chose.', 'boxt')], fw),
    ]
    build_pages(doc, [p1, p2, p3, p4])
    return path, 4


# ---------------------------------------------------------------------------
# 03 — Bulletin de veille, two columns
# ---------------------------------------------------------------------------

def doc03(out):
    path = os.path.join(out, 'obs-s46-03-bulletin-veille-elus.pdf')
    first_printed = 112
    LM, RM, GAP = 15 * mm, 15 * mm, 7 * mm
    cw = (W - LM - RM - GAP) / 2
    bottom = 18 * mm

    def footer(c, d):
        num = first_printed + d.page - 1
        c.saveState()
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.5)
        c.line(LM, 13 * mm, W - RM, 13 * mm)
        c.setFont('DV', 7.3)
        c.setFillColor(GREY)
        c.drawString(LM, 9 * mm, 'Observatoire des partenariats — bulletin de veille')
        c.setFont('DVB', 8.5)
        c.setFillColor(NAVY)
        c.drawRightString(W - RM, 9 * mm, str(num))
        c.setStrokeColor(colors.HexColor('#cccccc'))
        c.line(LM + cw + GAP / 2, bottom, LM + cw + GAP / 2, d.colTop)
        c.restoreState()

    def first(c, d):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, H - 48 * mm, W, 48 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DVB', 26)
        c.drawString(LM, H - 22 * mm, 'La Veille des alliances')
        c.setFont('DV', 10)
        c.drawString(LM, H - 31 * mm, 'Bulletin n°38 · novembre-décembre 2024 · Spécial élus locaux')
        c.setFillColor(ORANGE)
        c.rect(LM, H - 40 * mm, 60 * mm, 3 * mm, stroke=0, fill=1)
        c.restoreState()
        d.colTop = H - 52 * mm
        footer(c, d)

    def later(c, d):
        c.saveState()
        c.setFillColor(NAVY)
        c.rect(0, H - 13 * mm, W, 13 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DVB', 8.5)
        c.drawString(LM, H - 8.5 * mm, 'LA VEILLE DES ALLIANCES · n°38')
        c.setFont('DV', 8)
        c.drawRightString(W - RM, H - 8.5 * mm, 'novembre-décembre 2024')
        c.restoreState()
        d.colTop = H - 17 * mm
        footer(c, d)

    top1 = H - 52 * mm
    top2 = H - 17 * mm
    t_first = PageTemplate('first', [Frame(LM, bottom, cw, top1 - bottom, id='a1'),
                                     Frame(LM + cw + GAP, bottom, cw, top1 - bottom, id='b1')], onPage=first)
    t_later = PageTemplate('later', [Frame(LM, bottom, cw, top2 - bottom, id='a2'),
                                     Frame(LM + cw + GAP, bottom, cw, top2 - bottom, id='b2')], onPage=later)
    doc = Doc(path, [t_first, t_later], 'La Veille des alliances n°38 — Spécial élus locaux')
    from reportlab.platypus import FrameBreak

    p1 = [
        box([P('<b>Au sommaire</b>', 'boxt'),
             P('p. 113 — Repères : ce que disaient les études précédentes', 'boxt'),
             P('p. 114 — Territoires pilotes et parcours d\u2019expérience', 'boxt'),
             P('p. 115 — La Charte du faire alliance', 'boxt'),
             P('p. 116 — Rétro et agenda', 'boxt')], cw, bg=GREY_L, border=GREY),
        Spacer(1, 8),
        P('À LA UNE', 'h3'),
        P('Maires : un territoire en mouvement', 'h2'),
        P('La nouvelle enquête IMPACTS &amp; TRAJECTOIRES – Elus locaux, publiée en novembre 2024, a interrogé '
          '302 maires par téléphone, du 30 septembre au 28 octobre 2024.'),
        P('Le constat principal est celui de territoires qui bougent : 91 % des maires estiment que leur '
          'territoire est en mouvement. Le détail nuance cette image : 35 % le jugent fortement en mouvement, '
          'tandis que 56 % répondent « ni plus ni moins ».'),
        FrameBreak(),
        keyfigs([('302', 'maires interrogés'), ('91 %', 'territoire en mouvement')], cw),
        Spacer(1, 8),
        P('Un échantillon de petites communes', 'h3'),
        P('84 % des répondants exercent leur mandat dans des communes de moins de 2 000 habitants. Les '
          'résultats décrivent donc d\u2019abord la France des villages et des bourgs, ce qu\u2019il faut garder '
          'en tête avant de les comparer aux études antérieures.'),
        P('Les résultats détaillés par thème seront présentés dans un prochain numéro.'),
    ]
    p2 = [
        P('REPÈRES', 'h3'),
        P('PHARE-Institutions, 29 novembre 2016', 'h2'),
        P('Dernier volet du programme PHARE, l\u2019étude PHARE-Institutions a été publiée le 29 novembre 2016. '
          'Elle distingue cinq profils de maires selon leur rapport à la co-construction et accompagnait le '
          'lancement d\u2019un référentiel consacré à la co-construction territoriale.'),
        P('IMPACT : engagés, mais démunis', 'h2'),
        P('Les mesures du programme IMPACT auprès des maires dessinent un paradoxe : 76 % considèrent que '
          'leur territoire est engagé, mais 46 % reconnaissent ne pas savoir piloter ces dynamiques.'),
        keyfigs([('76 %', 'territoire engagé'), ('46 %', 'ne savent pas piloter')], cw, big='bigo', bg=ORANGE_L),
        FrameBreak(),
        P('Une fiche-repère pour les collectivités', 'h2'),
        P('Issue de l\u2019étude IMPACT-Elus locaux de novembre 2020, réalisée avec Comisis-OpinionWay, la '
          'fiche-repère « Les dynamiques d\u2019engagement des Collectivités territoriales » a été dévoilée au '
          'Congrès des maires. Elle propose aux équipes municipales un outil de lecture de la co-construction.'),
        P('Élus et entreprises à table', 'h2'),
        P('Lors des échanges entre élus et entreprises, deux chiffres ont servi de fil rouge : 64 % des élus '
          'locaux souhaitent s\u2019appuyer sur le « jouer collectif », et 92 % des maires reconnaissent '
          'l\u2019utilité de la co-construction.'),
    ]
    p3 = [
        P('TERRITOIRES', 'h3'),
        P('Agir ensemble en Territoire : une démarche née en 2010', 'h2'),
        P('La démarche a été lancée en 2010, à la suite de l\u2019étude ARPEA-Collectivités locales réalisée avec '
          'Comisis-OpinionWay. Trois territoires pilotes l\u2019ont expérimentée :'),
    ] + bullets(['l\u2019Alsace, avec Alsace Active ;',
                 'le Poitou-Charentes, avec le Groupe La Poste ;',
                 'Paris-Est Marne &amp; Bois.']) + [
        P('Ces pilotes ont servi de base aux outils de co-construction diffusés ensuite aux autres territoires.'),
        FrameBreak(),
        P('Le parcours d\u2019expérience CGET – Le RAMEAU', 'h2'),
        P('Le Commissariat général à l\u2019égalité des territoires (CGET) et Le RAMEAU ont lancé une '
          'expérimentation de co-construction territoriale : un parcours d\u2019expérience de 18 mois réunissant '
          '11 territoires pionniers, ouvert par une première session le 3 mai.'),
        box([P('<b>Décompte à vérifier</b>', 'boxt'),
             P('Une autre présentation du même dispositif mentionne « le CGET et 10 territoires pilotes ». Les '
               'deux décomptes coexistent dans les publications.', 'boxt')], cw),
    ]
    p4 = [
        P('CHARTE', 'h3'),
        P('La Charte du faire alliance', 'h2'),
        P('Fruit de 3 mois de co-construction pilotés par la Fondation des Territoires, la Charte du faire '
          'alliance a été dévoilée le mardi 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice, sur le '
          'territoire de Paris-Est Marne &amp; Bois, lors d\u2019une soirée VitaWin.'),
        P('Elle se présente comme un « contrat de confiance » entre les organisations qui la signent.'),
        box([P('<b>Rectificatif de date</b>', 'boxt'),
             P('L\u2019annonce publiée sur le site associations.gouv.fr situe la soirée le « mardi 30 septembre ». '
               'Les autres comptes rendus retiennent le 30 novembre 2021, date du Giving Tuesday.', 'boxt')], cw),
        FrameBreak(),
        P('La Fondation des Territoires', 'h2'),
        P('Sa préfiguration a débuté en juillet 2018 et s\u2019est déroulée en trois étapes : juillet 2018 - '
          'juillet 2019, août 2019 - novembre 2020, puis décembre 2020 - mai 2022.'),
        P('La Fondation a été créée le 14 juin 2022, sous l\u2019égide de la Fondation de Lille, par 21 '
          'co-fondateurs. Elle s\u2019est donné trois missions.'),
    ]
    p5 = [
        P('RÉTRO', 'h3'),
        P('Un mois de novembre à l\u2019Observatoire', 'h2'),
        P('Extrait de l\u2019agenda publié dans un bulletin précédent (n°21).', 'small'),
        datatable([['Date', 'Événement'],
                   ['15 novembre', 'Dossier consacré aux alliances dans JURIS Associations n°628'],
                   ['23 novembre', '3e dîner « Elus &amp; Entreprises »'],
                   ['26 novembre', 'Publication du 11e rapport régional de l\u2019Observatoire, consacré à la '
                    'Normandie'],
                   ['26 novembre', '5e webinaire « l\u2019ODD 17 en pratique »']], [cw * 0.3, cw * 0.7],
                  head=NAVY),
        FrameBreak(),
        P('Les rapports régionaux', 'h2'),
        P('Les rapports régionaux déclinent territoire par territoire les enseignements nationaux. Le '
          'programme PHARE en prévoyait treize, publiés à partir de 2016.'),
        P('AGENDA', 'h3'),
        P('Les prochains rendez-vous seront annoncés dans le bulletin n°39.'),
    ]
    build_pages(doc, [p1, p2, p3, p4, p5], {0: 'later'})
    return path, 5


# ---------------------------------------------------------------------------
# 04 — 16:9 slide deck (extract, slides 14-19)
# ---------------------------------------------------------------------------

def doc04(out):
    path = os.path.join(out, 'obs-s46-04-diaporama-faire-alliance.pdf')
    SW, SH = 960, 540
    first_printed = 14
    c = rl_canvas.Canvas(path, pagesize=(SW, SH), invariant=1)
    c.setTitle('Faire alliance : repères 2006-2022 (extrait, diapositives 14 à 19)')
    c.setAuthor('Observatoire des partenariats (jeu de test s46)')
    c.setCreator('make_docs.py s46')
    sty = {
        't': style('st', fontName='DVB', fontSize=24, leading=28, textColor=colors.white),
        'b': style('sb', fontSize=15, leading=20, spaceAfter=6),
        'bs': style('sbs', fontSize=13, leading=17, spaceAfter=4),
        'n': style('sn', fontSize=10, leading=13, textColor=GREY),
        'k': style('sk', fontName='DVB', fontSize=30, leading=34, textColor=ORANGE),
        'kl': style('skl', fontSize=12, leading=15),
        'c': style('sc', fontSize=12, leading=15),
        'cw': style('scw', fontName='DVB', fontSize=12, leading=15, textColor=colors.white),
    }

    def para(text, st, x, ytop, w, bullet=False):
        p = Paragraph(text, sty[st], bulletText='•' if bullet else None)
        if bullet:
            p.style = ParagraphStyle('x', parent=sty[st], leftIndent=16, bulletIndent=2)
        _, h = p.wrap(w, SH)
        p.drawOn(c, x, ytop - h)
        return ytop - h - p.style.spaceAfter

    def frame(i, title):
        c.setFillColor(TEAL)
        c.rect(0, SH - 70, SW, 70, stroke=0, fill=1)
        c.setFillColor(ORANGE)
        c.rect(0, SH - 74, SW, 4, stroke=0, fill=1)
        para(title, 't', 40, SH - 20, SW - 80)
        c.setStrokeColor(colors.HexColor('#bbbbbb'))
        c.line(40, 34, SW - 40, 34)
        c.setFont('DV', 9)
        c.setFillColor(GREY)
        c.drawString(40, 20, 'Le RAMEAU · Observatoire des partenariats — conférence « Faire alliance »')
        c.setFont('DVB', 11)
        c.setFillColor(TEAL)
        c.drawRightString(SW - 40, 20, str(first_printed + i))

    def table(rows, widths, x, ytop):
        data = [[Paragraph(cl, sty['cw'] if r == 0 else sty['c']) for cl in row] for r, row in enumerate(rows)]
        t = Table(data, colWidths=widths)
        st = [('BACKGROUND', (0, 0), (-1, 0), NAVY),
              ('LINEBELOW', (0, 0), (-1, -1), 0.4, colors.HexColor('#bbbbbb')),
              ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]
        for i in range(2, len(rows), 2):
            st.append(('BACKGROUND', (0, i), (-1, i), GREY_L))
        t.setStyle(TableStyle(st))
        _, h = t.wrap(sum(widths), SH)
        t.drawOn(c, x, ytop - h)
        return ytop - h

    def panel(x, ytop, w, h, bg=TEAL_L):
        c.setFillColor(bg)
        c.roundRect(x, ytop - h, w, h, 8, stroke=0, fill=1)

    # slide 14
    frame(0, 'Le RAMEAU en bref')
    y = SH - 100
    for t in ['Créé en 2006, association d\u2019intérêt général',
              'Se définit comme un « laboratoire de recherche empirique » et un « laboratoire d\u2019innovations '
              'partenariales »',
              'Trois missions, la première étant de témoigner des alliances qui se construisent',
              'Plus de 1 000 exemples inspirants recensés',
              'Expérimentations auprès de plus de 500 organisations depuis 2006',
              '15 ans de recherche, dont 5 ans d\u2019étude d\u2019impact']:
        y = para(t, 'b', 40, y, 540, bullet=True)
    panel(620, SH - 100, 300, 170)
    para('<b>Gouvernance</b>', 'b', 640, SH - 115, 260)
    para('Président-fondateur : Charles-Benoît Heidsieck', 'bs', 640, SH - 150, 260)
    para('Directrice générale : Laurence Weber', 'bs', 640, SH - 200, 260)
    c.showPage()

    # slide 15
    frame(1, 'L\u2019Observatoire des partenariats : trois plans quinquennaux')
    para('Créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement '
         'associatif <super>(1)</super>', 'b', 40, SH - 100, 880)
    xs = [40, 340, 640]
    items = [('ARPEA', '2008-2012', 'Dix volets d\u2019études ; rapport quinquennal remis le 11 décembre 2012'),
             ('PHARE', '2013-2018 <super>(2)</super>', 'Six volets publiés en 2015 et 2016'),
             ('IMPACT', '2018-2022', 'Programme lancé en novembre 2017')]
    for x, (name, per, desc) in zip(xs, items):
        panel(x, SH - 170, 270, 200, bg=TEAL_L if name != 'PHARE' else ORANGE_L)
        para('<b>%s</b>' % name, 'k', x + 15, SH - 185, 240)
        para(per, 'b', x + 15, SH - 230, 240)
        para(desc, 'bs', x + 15, SH - 265, 240)
    c.setStrokeColor(ORANGE)
    c.setLineWidth(3)
    c.line(40, SH - 390, 920, SH - 390)
    c.setLineWidth(1)
    para('(1) Les publications de 2011 et 2012 présentent un Observatoire national des partenariats '
         '« créé en 2007 ».', 'n', 40, 78, 880)
    para('(2) Certaines pages de présentation datent PHARE de 2013-2017.', 'n', 40, 58, 880)
    c.showPage()

    # slide 16
    frame(2, 'PHARE : six volets publiés entre 2015 et 2016')
    table([['Volet', 'Publication'],
           ['PHARE-Citoyens', 'septembre 2015'],
           ['PHARE-Entreprises', 'octobre 2015'],
           ['PHARE-Associations', 'novembre 2015'],
           ['13 rapports régionaux', '2016'],
           ['Diagnostics sectoriels', 'juillet 2016'],
           ['PHARE-Institutions', 'automne 2016']], [330, 220], 40, SH - 100)
    panel(640, SH - 100, 280, 200, bg=ORANGE_L)
    para('Chaque volet interroge une population : citoyens, entreprises, associations, puis institutions. '
         'Les rapports régionaux déclinent les résultats par territoire.', 'bs', 655, SH - 115, 250)
    c.showPage()

    # slide 17
    frame(3, 'IMPACT : mesurer ce que changent les alliances')
    para('<b>Un programme mené à plusieurs</b>', 'b', 40, SH - 100, 420)
    y = SH - 135
    for t in ['Caisse des Dépôts', 'Institut CDC pour la Recherche', 'Groupe La Poste', 'Fondation TOTAL',
              'Le RAMEAU']:
        y = para(t, 'b', 40, y, 400, bullet=True)
    panel(500, SH - 100, 420, 220)
    para('<b>Trois axes</b>', 'b', 520, SH - 115, 380)
    y = SH - 150
    for t in ['innovation sociétale et territoriale', 'performance des organisations', 'confiance']:
        y = para(t, 'b', 520, y, 380, bullet=True)
    panel(500, SH - 340, 420, 70, bg=ORANGE_L)
    para('Trois indicateurs suivis : innovation, performance, confiance', 'bs', 520, SH - 360, 380)
    c.showPage()

    # slide 18
    frame(4, 'ODD 17 : de l\u2019art à la méthode')
    panel(40, SH - 100, 270, 300)
    para('<b>19</b>', 'k', 60, SH - 115, 230)
    para('cibles pour l\u2019ODD 17, décryptées dans la note du Comité 21 « ODD 17 : Sens, décryptages, '
         'déclinaisons », présentée un 5 juillet', 'bs', 60, SH - 160, 230)
    panel(345, SH - 100, 270, 300)
    para('<b>M.E.D.O.C.</b>', 'k', 365, SH - 115, 240)
    para('Méthodes, Exemples, Données, Outils, Compétences : les ressources réunies sur la plateforme '
         'www.odd17.org', 'bs', 365, SH - 160, 230)
    panel(650, SH - 100, 270, 300, bg=ORANGE_L)
    para('<b>Fonds ODD 17</b>', 'b', 670, SH - 115, 230)
    para('Co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies', 'bs', 670, SH - 150, 230)
    para('Dotation de 1,5 M€ pour une expérimentation sur 3 ans', 'bs', 670, SH - 210, 230)
    para('350 « catalyseurs territoriaux »', 'bs', 670, SH - 270, 230)
    c.showPage()

    # slide 19
    frame(5, 'Vers un droit de l\u2019alliance')
    table([['Étape', 'Ce qui se passe'],
           ['2019 (FNAF)', 'Au Forum national des associations et fondations, Gabriel Attal confie une mission '
            'à Cathy Racon-Bouzon et Charles-Benoît Heidsieck'],
           ['7 mai 2020', 'Remise du rapport de la mission'],
           ['17 octobre 2020', 'Bilan de la mission'],
           ['Février', 'Dépôt d\u2019une proposition de loi sur le « droit de l\u2019alliance d\u2019intérêt '
            'général », portée par Cathy Racon-Bouzon, agréée par le Bureau de l\u2019Assemblée nationale et '
            'publiée au Journal officiel'],
           ['Ensuite', 'Feuille de route ministérielle de 21 mesures']], [170, 710], 40, SH - 100)
    c.showPage()
    c.save()
    return path, 6


# ---------------------------------------------------------------------------
# 05 — Note d'analyse with footnotes
# ---------------------------------------------------------------------------

def doc05(out):
    path = os.path.join(out, 'obs-s46-05-note-entreprises-associations.pdf')
    first_printed = 61
    LM, RM = 25 * mm, 25 * mm
    fw = W - LM - RM
    FOOT = {
        1: ['1. Le sigle ARPEA n\u2019est pas développé de la même façon selon les documents : « Analyse des '
            'Relations et des Partenariats entre Entreprises et Associations » dans le rapport quinquennal, '
            '« Analyser les Relations Partenariales entre Entreprises et Associations » sur une page de '
            'présentation des données, « Analyse des Relations Associations-Entreprises » dans une présentation '
            'du programme d\u2019études. Le programme comptait 10 volets.',
            '2. Les trois positions forment un total de 100 %.'],
        2: ['3. Le champ de la note exclut les entreprises de moins de 10 salariés ; aucun taux n\u2019est publié '
            'pour elles.'],
        3: ['4. Voir aussi la fiche acteur « Dynamique d\u2019engagement des Fondations ».'],
        4: ['5. Voir la présentation du programme d\u2019études de l\u2019Observatoire.'],
    }

    def page(c, d):
        num = first_printed + d.page - 1
        c.saveState()
        c.setFont('DV', 7.5)
        c.setFillColor(GREY)
        c.drawString(LM, H - 13 * mm, 'Observatoire des partenariats · Note d\u2019analyse n°4')
        c.drawRightString(W - RM, H - 13 * mm, 'Entreprises et associations')
        c.setStrokeColor(TEAL)
        c.setLineWidth(1.2)
        c.line(LM, H - 15 * mm, W - RM, H - 15 * mm)
        # footnotes
        notes = FOOT.get(d.page, [])
        y = 44 * mm
        c.setStrokeColor(GREY)
        c.setLineWidth(0.4)
        c.line(LM, y, LM + 45 * mm, y)
        y -= 2 * mm
        for n in notes:
            p = Paragraph(n, S['fn'])
            _, h = p.wrap(fw, 40 * mm)
            p.drawOn(c, LM, y - h)
            y -= h + 1.5 * mm
        c.setFont('DVB', 9)
        c.setFillColor(TEAL)
        c.drawCentredString(W / 2, 10 * mm, '— %d —' % num)
        c.restoreState()

    t = PageTemplate('p', [Frame(LM, 46 * mm, fw, H - 46 * mm - 20 * mm, id='f')], onPage=page)
    doc = Doc(path, [t], 'Note d\u2019analyse n°4 — Entreprises et associations')

    p1 = [
        P('Entreprises et associations : vingt ans de rapprochement', 'h1'),
        box([P('<b>En bref</b> — Cette note rassemble les mesures de l\u2019Observatoire sur les relations entre '
               'entreprises et associations, de l\u2019état des lieux de 2011 aux travaux sur la sortie de crise.',
               'boxt')], fw, bg=TEAL_L, border=TEAL),
        Spacer(1, 6),
        P('1. 2011 : une minorité d\u2019entreprises engagées', 'h2'),
        P('L\u2019étude ARPEA Entreprises &amp; Territoires<super>1</super>, publiée en janvier 2011, dressait un état '
          'des lieux sans complaisance : 21 % des entreprises développaient des partenariats avec des '
          'associations, 33 % souhaitaient le faire et 46 % ne le souhaitaient pas.<super>2</super>'),
        P('Position des entreprises (janvier 2011)', 'h3'),
        datatable([['Position', 'Part des entreprises'],
                   ['Développent des partenariats', '21 %'],
                   ['Souhaitent en développer', '33 %'],
                   ['Ne le souhaitent pas', '46 %']], [fw * 0.55, fw * 0.35]),
    ]
    p2 = [
        P('2. 2016 : la note du 29 février', 'h2'),
        P('Cinq ans plus tard, la note publiée le 29 février 2016 sur les modèles de co-construction mesure le '
          'chemin parcouru. Parmi les entreprises de 10 salariés et plus<super>3</super>, 37 % ont désormais un '
          'partenariat avec une association.'),
        P('Côté associations, la proportion est voisine : 38 % ont un partenariat avec une entreprise, et 53 % '
          'parmi les associations employeuses. Chez les « pionniers » identifiés par la note, le taux atteint '
          '65 %.'),
        P('Part ayant un partenariat (note du 29 février 2016)', 'h3'),
        datatable([['Population', 'Part'],
                   ['Entreprises de 10 salariés et plus', '37 %'],
                   ['Associations (ensemble)', '38 %'],
                   ['Associations employeuses', '53 %'],
                   ['Pionniers', '65 %']], [fw * 0.55, fw * 0.35]),
    ]
    p3 = [
        P('3. Sortie de crise : jouer collectif', 'h2'),
        P('Pour éclairer la sortie de la crise sanitaire, l\u2019Observatoire a inventorié plus de 250 données. '
          'Deux d\u2019entre elles résument l\u2019état d\u2019esprit : 81 % des Français et 84 % des dirigeants de '
          'TPE et PME jugent utile la co-construction pour rendre les territoires plus résilients après la '
          'Covid, autrement dit pour « jouer collectif en sortie de crise ».'),
        keyfigs([('250+', 'données inventoriées'), ('81 %', 'des Français'),
                 ('84 %', 'des dirigeants de TPE et PME')], fw),
        Spacer(1, 6),
        P('4. Les fondations, troisième pilier', 'h2'),
        P('L\u2019étude IMPACT Fondations &amp; Territoires, publiée le 23 septembre, repose sur 42 fondations '
          'interrogées.<super>4</super> Elle éclaire le rôle des fondations dans les alliances territoriales, '
          'aux côtés des entreprises et des associations.'),
    ]
    p4 = [
        P('5. Le regard des pouvoirs publics', 'h2'),
        P('Le rapport quinquennal de l\u2019Observatoire a été remis le 11 décembre 2012. La ministre Valérie '
          'Fourneyron a ensuite demandé un rapport d\u2019état des lieux des partenariats entre associations et '
          'entreprises, publié début 2014.<super>5</super>'),
        P('6. Méthode et gouvernance des études', 'h2'),
        P('Les études de l\u2019Observatoire sont placées sous la direction scientifique d\u2019Anne Robin, '
          'fondatrice de COMISIS, qui exerce cette fonction bénévolement. Plusieurs terrains d\u2019enquête ont '
          'été réalisés avec Comisis-OpinionWay.'),
        P('Pour aller plus loin', 'h3'),
    ] + bullets(['Cahier de l\u2019Observatoire n°7 — Dix ans de paroles citoyennes',
                 'Repère n°12 — Associations &amp; Territoires',
                 'La Veille des alliances n°38 — Spécial élus locaux'])
    build_pages(doc, [p1, p2, p3, p4])
    return path, 4


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    from pypdf import PdfReader
    ok = True
    for fn in (doc01, doc02, doc03, doc04, doc05):
        path, expected = fn(out)
        n = len(PdfReader(path).pages)
        flag = 'OK' if n == expected else 'PAGE COUNT MISMATCH (expected %d)' % expected
        ok &= n == expected
        print('%s: %d pages %s' % (os.path.basename(path), n, flag))
    sys.exit(0 if ok else 1)


if __name__ == '__main__':
    main()
