# -*- coding: utf-8 -*-
"""Corpus fictif notes-s103 : 5 PDF de 3 pages, deterministes (reportlab, rl_config.invariant = 1)."""
import os
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, FrameBreak, Flowable, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
W, H = A4
body = ParagraphStyle('b', fontName='Helvetica', fontSize=10, leading=13.5, spaceAfter=6)
small = ParagraphStyle('s', parent=body, fontSize=8, leading=10, spaceAfter=3)
h1 = ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=16, leading=20, spaceAfter=10)
h2 = ParagraphStyle('h2', fontName='Helvetica-Bold', fontSize=12, leading=15, spaceAfter=6, spaceBefore=6)
box = ParagraphStyle('box', parent=body, backColor=colors.HexColor('#eef3f8'), borderPadding=6,
                     borderColor=colors.HexColor('#5577aa'), borderWidth=0.8, spaceBefore=8, spaceAfter=12)
li = ParagraphStyle('li', parent=body, leftIndent=14, bulletIndent=4)


def P(t, st=body):
    return Paragraph(t, st)


class Bars(Flowable):
    """Graphique en barres horizontales ; les valeurs sont du texte."""
    def __init__(self, title, rows, width=7.5 * cm, ticks=(0, 25, 50, 75, 100)):
        Flowable.__init__(self)
        self.title, self.rows, self.w, self.ticks = title, rows, width, ticks
        self.h = 22 + 16 * len(rows) + 16

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.setFont('Helvetica-Bold', 9)
        c.drawString(0, self.h - 10, self.title)
        lab_w, bar_w = 3.1 * cm, self.w - 3.1 * cm - 1.1 * cm
        y = self.h - 30
        for lab, val, txt in self.rows:
            c.setFont('Helvetica', 8)
            c.drawString(0, y, lab)
            c.setFillColor(colors.HexColor('#5577aa'))
            c.rect(lab_w, y - 1, bar_w * val / 100.0, 9, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.drawString(lab_w + bar_w * val / 100.0 + 3, y, txt)
            y -= 16
        c.setFont('Helvetica', 6.5)
        for t in self.ticks:
            c.drawString(lab_w + bar_w * t / 100.0 - 3, y + 2, str(t))


def tbl(data, widths, head=1):
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Helvetica', 9),
                           ('FONT', (0, 0), (-1, head - 1), 'Helvetica-Bold', 9),
                           ('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                           ('BACKGROUND', (0, 0), (-1, head - 1), colors.HexColor('#dde6f0')),
                           ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    return t


def build(name, story, header, footer, two_cols=False):
    path = os.path.join(HERE, name)
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.4 * cm,
                          bottomMargin=2.2 * cm, title='', author='', subject='', creator='', producer='',
                          keywords='')
    fw = W - 4 * cm
    fh = H - 4.6 * cm
    if two_cols:
        frames = [Frame(2 * cm, 2.2 * cm, fw / 2 - 0.3 * cm, fh, id='c1'),
                  Frame(2 * cm + fw / 2 + 0.3 * cm, 2.2 * cm, fw / 2 - 0.3 * cm, fh, id='c2')]
    else:
        frames = [Frame(2 * cm, 2.2 * cm, fw, fh, id='f')]

    def deco(c, d):
        c.saveState()
        c.setFont('Helvetica', 8)
        c.drawString(2 * cm, H - 1.5 * cm, header)
        c.drawRightString(W - 2 * cm, 1.3 * cm, footer(d.page))
        c.restoreState()
    doc.addPageTemplates([PageTemplate(id='p', frames=frames, onPage=deco)])
    doc.build(story)


# ---------------------------------------------------------------- (a) bulletin de veille europeen
def doc1():
    s = []
    s += [P('Veille européenne des alliances d\'intérêt général', h1),
          P('Ce numéro rassemble quatre études publiées entre 2023 et 2025 dans quatre pays voisins de la France.'),
          P('Belgique : les associations wallonnes et leurs entreprises', h2),
          P('En Belgique, la Fondation wallonne des Communs a interrogé 1 240 associations entre mars et mai 2023 ; '
            'son rapport n\'est paru qu\'en janvier 2025.'),
          P('Au total, 58 % d\'entre elles déclarent au moins un partenariat avec une entreprise<super>1</super>, '
            'contre 41 % lors de l\'édition de 2019.'),
          P('Le budget médian de ces partenariats atteint 12 500 € par an.'),
          P('<b>Lecture.</b> Les montants belges sont exprimés en euros ; aucune conversion n\'a été nécessaire.', box),
          Spacer(1, 30),
          P('1. Partenariat formalisé par une convention écrite, hors simple parrainage ponctuel.', small),
          PageBreak()]
    s += [P('Suisse et Allemagne : fondations et entreprises', h2),
          P('En Suisse, l\'Observatoire romand de l\'engagement a suivi 86 fondations donatrices en 2022 ; elles ont '
            'versé 2,3 millions de francs suisses, soit environ 2,4 M€, à des projets menés avec des communes.'),
          P('Près des deux tiers d\'entre elles (64 %) travaillent avec des communes de moins de 3 500 habitants.'),
          P('En Allemagne, une enquête de terrain conduite à l\'automne 2024 auprès de 2 015 entreprises de 50 salariés '
            'et plus montre que 37 % d\'entre elles soutiennent une association locale et que 12 % ont formalisé une '
            'alliance pluriannuelle.'),
          P('Les montants déclarés, 310 millions d\'euros au total, ont été convertis au taux moyen de 2024.'),
          P('Trois enquêtes en un coup d\'œil', h2),
          tbl([['Pays', 'Année de terrain', 'Parution', 'Répondants'],
               ['Belgique', '2023', '2025', '1 240'],
               ['Suisse', '2022', '2024', '86'],
               ['Allemagne', '2024', '2025', '2 015']], [4 * cm, 3.5 * cm, 3 * cm, 3 * cm]),
          PageBreak()]
    s += [P('Italie : des alliances territoriales en hausse', h2),
          P('En Italie, le réseau Alleanze Civiche a recensé 420 alliances territoriales en 2023, soit 15 % de plus '
            'qu\'en 2021.'),
          P('Un tiers de ces alliances associent au moins trois partenaires.'),
          P('Et en France ?', h2),
          P('En septembre 2015, l\'étude PHARE-Citoyens, menée auprès de plus de 2 000 personnes, indiquait déjà que '
            '69 % des Français considéraient l\'alliance entre acteurs comme un devoir.'),
          P('Pour recevoir ce bulletin : veille@alliances-europe.example, tél. 01 45 67 89 10, '
            '18 passage des Tisserands, 75011 Paris.', box)]
    build('obs-s103-01-bulletin-veille-europe.pdf', s,
          'Bulletin de veille européenne n° 14 - décembre 2025',
          lambda p: 'page %d' % (20 + p))


# ---------------------------------------------------------------- (b) appel a manifestation d'interet
def doc2():
    s = []
    s += [P('Appel à manifestation d\'intérêt « Alliances locales 2026 »', h1),
          P('Fondation Terres Communes, avec le Département du Haut-Vallon - publié le 15 janvier 2026', small),
          P('1. Objet et enveloppe', h2),
          P('L\'enveloppe totale de l\'appel s\'élève à 1,2 M€ pour la période 2026-2027.'),
          P('Chaque projet lauréat recevra au plus 40 000 €, et au moins 5 000 €.'),
          P('Environ 30 projets seront retenus.'),
          P('La subvention ne peut dépasser 50 % du budget du projet.'),
          P('Les associations de moins de 10 salariés sont prioritaires.'),
          PageBreak()]
    s += [P('2. Critères de sélection', h2),
          P('2.1 Ancrage territorial : 30 %', li, ),
          P('2.2 Diversité des partenaires : 25 %', li),
          P('2.3 Utilité sociale mesurable : 25 %', li),
          P('2.4 Modèle économique : 20 %', li),
          P('Le dossier doit réunir au moins deux partenaires de natures différentes, dont une collectivité.'),
          P('Les dossiers seront examinés par un jury de 9 membres.'),
          P('En 2024, la première édition avait reçu 112 dossiers et en avait retenu 27, soit un taux de sélection '
            'de 24 %.', box),
          PageBreak()]
    s += [P('3. Calendrier', h2),
          tbl([['Étape', 'Date'],
               ['Ouverture des candidatures', '15 janvier 2026'],
               ['Date limite de dépôt', '13 mars 2026 à 12 h'],
               ['Auditions', 'du 6 au 10 avril 2026'],
               ['Annonce des lauréats', '29 mai 2026']], [8 * cm, 6 * cm]),
          Spacer(1, 8),
          P('4. Modalités', h2),
          P('Les projets soutenus durent 2 ans.'),
          P('Versement : 70 % à la signature, le solde de 30 % sur justificatifs.'),
          P('Trois sessions d\'information en ligne sont proposées en février.'),
          P('Selon l\'enquête menée en mai-juin 2016 par Recherches & Solidarités et Le RAMEAU, une association '
            'compte en moyenne 2,5 partenaires.'),
          P('Cadre juridique : loi n° 2021-1109 du 24 août 2021. Contact : 04 72 10 20 30, 12 rue des Tilleuls, '
            '69003 Lyon.', small)]
    build('obs-s103-02-appel-manifestation-interet.pdf', s,
          'AMI Alliances locales 2026 - Fondation Terres Communes',
          lambda p: 'AMI 2026 - %d/3' % p)


# ---------------------------------------------------------------- (c) fiche repere deux colonnes
def doc3():
    s = []
    s += [P('Fiche Repère n° 7 : les partenaires des associations', h2),
          P('En mai-juin 2016, plus de 1 380 responsables associatifs ont répondu à l\'enquête Associations &amp; '
            'Partenariats, publiée en mars 2017.'),
          P('Ils déclarent en moyenne 2,5 partenaires.'),
          P('Les collectivités arrivent en tête des partenaires cités, loin devant les entreprises.'),
          FrameBreak(),
          Bars('Partenaires cités (% des associations)',
               [('Collectivités', 74, '74 %'), ('Assoc. et fondations', 72, '72 %'), ('Enseignement', 47, '47 %'),
                ('Entreprises', 28, '28 %'), ('Insertion', 22, '22 %'), ('Recherche', 9, '9 %')]),
          PageBreak()]
    s += [P('Taille et entreprises', h2),
          P('Les grandes associations s\'ouvrent davantage aux entreprises : 50 % de celles dont le budget dépasse '
            '150 000 € ont un partenariat avec une entreprise, contre 20 % des associations de moins de 10 000 €.'),
          P('L\'étude IMPACT - Associations &amp; Territoires porte sur les 148 000 associations employeuses ; 98 % '
            'd\'entre elles ont au moins un partenaire.'),
          FrameBreak(),
          Bars('Formes de partenariat (étude IMPACT)',
               [('Mécénat', 75, '75 %'), ('Innovation sociétale', 73, '73 %'),
                ('Pratiques responsables', 70, '70 %'), ('Coopération éco.', 58, '58 %')]),
          PageBreak()]
    s += [P('Échelles et rappels', h2),
          P('Pour mémoire, la note du 29 février 2016 estimait à 38 % la part des associations engagées avec une '
            'entreprise (53 % des associations employeuses).'),
          P('L\'étude ARPEA (2008-2012) relevait déjà que près de 46 % des associations étaient engagées avec une '
            'entreprise.'),
          P('<super>1</super> Plusieurs réponses possibles : le total dépasse 100 %.', small),
          FrameBreak(),
          Bars('Échelle des partenariats (étude IMPACT)<super>1</super>'.replace('<super>1</super>', ''),
               [('Locale', 73, '73 %'), ('Régionale', 47, '47 %')])]
    build('obs-s103-03-fiche-repere-deux-colonnes.pdf', s,
          'Observatoire des partenariats - Fiche Repère n° 7 - mars 2026',
          lambda p: 'Fiche Repère 7 - recto %d' % p, two_cols=True)


# ---------------------------------------------------------------- (d) proces-verbal de conseil municipal
def doc4():
    s = []
    s += [P('Commune de Saint-Aubin-des-Vergers - extrait du procès-verbal', h1),
          P('Séance du conseil municipal du 14 octobre 2025', h2),
          P('Présents : 23 conseillers sur 27 en exercice ; 2 pouvoirs.'),
          P('Délibération n° 2025-47 : subvention à l\'association Jardins partagés du Val', h2),
          P('Le conseil attribue une subvention de 8 500 € pour 2026, en complément d\'un mécénat de 12 000 € apporté '
            'en 2025 par la société Boulangeries Morel.'),
          P('Vote : 19 voix pour, 4 contre, 2 abstentions.', box),
          PageBreak()]
    s += [P('Délibération n° 2025-48 : convention d\'alliance territoriale', h2),
          P('La commune signe une convention avec le Département et deux entreprises locales.'),
          P('Avec 3 120 habitants, elle entre dans le dispositif réservé aux communes de moins de 3 500 habitants.'),
          P('Montant de la participation communale : 0,80 € par habitant, soit 2 496 €.'),
          P('M. le Maire rappelle qu\'en 2016, 87 % des maires jugeaient les partenariats source d\'innovation.'),
          P('Vote : unanimité des 25 votants.', box),
          PageBreak()]
    s += [P('Délibération n° 2025-49 : décision modificative n° 3', h2),
          P('Le conseil ouvre des crédits de 45 000 € en investissement et de 6 200 € en fonctionnement.'),
          P('Vote : 17 pour, 6 contre, 2 abstentions.', box),
          P('Questions diverses', h2),
          P('Le maire indique que la fête des associations du 6 septembre a réuni 38 associations et près de '
            '1 500 visiteurs.'),
          P('Prochaine séance : jeudi 11 décembre 2025 à 19 h. La séance est levée à 22 h 40.')]
    build('obs-s103-04-proces-verbal-conseil.pdf', s,
          'Registre des délibérations 2025 - Saint-Aubin-des-Vergers',
          lambda p: 'folio %d' % (111 + p))


# ---------------------------------------------------------------- (e) rapport RSE
def doc5():
    s = []
    s += [P('4.3 Engagement sociétal', h1),
          P('En 2025, le budget de mécénat du Groupe a atteint 3,4 millions d\'euros, contre 2,9 millions d\'euros '
            'en 2024.'),
          P('Mécénat de compétences : 18 600 heures ont été données par les salariés, soit environ 2 660 jours, '
            'contre 14 200 heures en 2024.'),
          P('Au total, 1 850 salariés se sont engagés dans au moins une action solidaire, soit 14 % de l\'effectif, '
            'contre 11 % l\'année précédente.'),
          P('L\'effectif total est de 13 200 salariés au 31 décembre 2025.'),
          PageBreak()]
    s += [P('4.3.1 Indicateurs d\'engagement sociétal', h2),
          tbl([['Indicateur', '2025', '2024', 'Évolution'],
               ['Associations soutenues', '142', '118', '+20 %'],
               ['Salariés engagés', '1 850', '1 560', '+19 %'],
               ['Heures de mécénat de compétences', '18 600', '14 200', '+31 %'],
               ['Jours de congé solidaire', '2 660', '2 030', '']],
              [7 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm]),
          Spacer(1, 8),
          P('Parmi les associations soutenues en 2024 figuraient 12 structures d\'insertion.'),
          PageBreak()]
    s += [P('4.3.2 Partenariats territoriaux', h2),
          P('Le Groupe a signé 9 conventions d\'alliance avec des collectivités, dont 4 avec des communes de moins '
            'de 2 000 habitants.'),
          P('Sur les 142 associations soutenues, 61 % sont situées dans les territoires d\'implantation du Groupe.'),
          P('Les salariés engagés ont attribué une note moyenne de 8,2/10 à leur expérience.'),
          P('Comme le relevait l\'étude ARPEA de janvier 2011, 21 % des entreprises développaient alors des '
            'partenariats et 33 % souhaitaient le faire.'),
          P('Informations publiées au titre de l\'article L. 225-102-1 du Code de commerce ; contribution à l\'ODD 17.',
            small)]
    build('obs-s103-05-rapport-rse.pdf', s,
          'Groupe Hélianthe Services - Rapport RSE 2025 (extraits)',
          lambda p: '%d' % (47 + p))


if __name__ == '__main__':
    for f in (doc1, doc2, doc3, doc4, doc5):
        f()
