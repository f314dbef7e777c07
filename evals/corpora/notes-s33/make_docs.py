# -*- coding: utf-8 -*-
"""Deterministic generator of the 5 s33 demo PDFs (reportlab, DejaVu fonts)."""
import os
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, NextPageTemplate, FrameBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', FD + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('DVS', FD + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('DVSB', FD + 'DejaVuSerif-Bold.ttf'))
pdfmetrics.registerFontFamily('DV', normal='DV', bold='DVB', italic='DVI', boldItalic='DVB')

def S(name, **kw):
    base = dict(fontName='DV', fontSize=9.5, leading=13)
    base.update(kw)
    return ParagraphStyle(name, **base)

body = S('body')
serif = S('serif', fontName='DVS', fontSize=10, leading=14)
small = S('small', fontSize=7.5, leading=10)
label = S('label', fontName='DVB', fontSize=9, textColor=colors.HexColor('#b04000'), spaceAfter=4)
title = S('title', fontName='DVB', fontSize=17, leading=21, spaceAfter=6)
edition = S('edition', fontName='DVI', fontSize=8.5, textColor=colors.grey, spaceAfter=10)
h2 = S('h2', fontName='DVB', fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
bullet = S('bullet', leftIndent=12, bulletIndent=2)
q = S('q', fontName='DVB', fontSize=9.5, leading=13, spaceBefore=6, textColor=colors.HexColor('#234'))
slide = S('slide', fontSize=13, leading=19)
big = S('big', fontName='DVB', fontSize=22, leading=26, alignment=1, textColor=colors.HexColor('#14507a'))
bigcap = S('bigcap', fontSize=8.5, leading=11, alignment=1)

def esc(t):
    return str(t).replace('& ', '&amp; ')

def P(t, st=body):
    return Paragraph(esc(t), st)

def bl(items, st=bullet):
    return [Paragraph(esc(i), st, bulletText='•') for i in items]

def table(rows, widths, head=True, fs=8.5):
    data = [[Paragraph(esc(c), S('tc', fontSize=fs, leading=fs + 3)) for c in r] for r in rows]
    t = Table(data, colWidths=widths)
    st = [('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if head:
        st.append(('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dde6ee')))
    t.setStyle(TableStyle(st))
    return t

def keybox(pairs, width):
    cells = [[Paragraph(v, big) for v, _ in pairs], [Paragraph(c, bigcap) for _, c in pairs]]
    t = Table(cells, colWidths=[width / len(pairs)] * len(pairs))
    t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1, colors.HexColor('#14507a')),
                           ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#eef4f8')),
                           ('LINEAFTER', (0, 0), (-2, -1), 0.5, colors.white)]))
    return t

def build(fname, story, banner, footer, pagenum, size=A4, twocol=None, margins=18 * mm):
    W, H = size
    path = os.path.join(HERE, fname)

    def deco(c, d):
        c.saveState()
        c.setFont('DV', 7.5)
        c.setFillColor(colors.HexColor('#555555'))
        c.drawString(margins, H - 11 * mm, banner)
        c.line(margins, H - 12.5 * mm, W - margins, H - 12.5 * mm)
        c.line(margins, 13 * mm, W - margins, 13 * mm)
        c.drawString(margins, 9 * mm, footer)
        c.drawRightString(W - margins, 9 * mm, pagenum(d.page))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=size, leftMargin=margins, rightMargin=margins,
                          topMargin=18 * mm, bottomMargin=18 * mm, title=fname[:-4],
                          author='Observatoire des partenariats (démo)', creator='make_docs.py s33')
    fw, fh = W - 2 * margins, H - 36 * mm
    one = PageTemplate('one', [Frame(margins, 18 * mm, fw, fh, id='f1')], onPage=deco)
    gap = 7 * mm
    cw = (fw - gap) / 2
    two = PageTemplate('two', [Frame(margins, 18 * mm, cw, fh, id='c1'),
                               Frame(margins + cw + gap, 18 * mm, cw, fh, id='c2')], onPage=deco)
    hh = 42 * mm
    first = PageTemplate('first', [Frame(margins, 18 * mm + fh - hh, fw, hh, id='h'),
                                   Frame(margins, 18 * mm, cw, fh - hh, id='d1'),
                                   Frame(margins + cw + gap, 18 * mm, cw, fh - hh, id='d2')], onPage=deco)
    doc.addPageTemplates([first, one, two] if twocol else [one, two, first])
    doc.build(story)

# ---------------------------------------------------------------- doc 1
def doc1():
    s = [P('COMPTE RENDU D\'ASSEMBLÉE', label),
         P('Assemblée des partenaires de l\'Observatoire : retour sur le programme PHARE', title),
         P('Procès-verbal rédigé après la réunion plénière du printemps 2017 — document réservé aux membres', edition),
         P('La séance est ouverte par Charles-Benoît Heidsieck, président-fondateur du RAMEAU. Il rappelle que '
           'l\'Observatoire arrive au terme de son deuxième plan quinquennal et propose de dresser un bilan de celui-ci '
           'avant d\'ouvrir le chantier suivant. Anne Robin, qui assure bénévolement la direction scientifique, '
           'présente ensuite les résultats.'),
         P('L\'ordre du jour, adopté sans modification, comportait les points suivants :'),
         *bl(['le calendrier des publications du programme ;',
              'les enseignements de l\'enquête auprès des citoyens ;',
              'le volet consacré aux institutions et aux maires ;',
              'les questions diverses.']),
         P('1. Calendrier des publications', h2),
         P('La directrice scientifique a projeté le tableau ci-dessous, qui récapitule la sortie des six volets. '
           'Elle souligne que le volet régional a pris la forme d\'une série et non d\'un document unique.'),
         Spacer(1, 4),
         table([['Volet du programme', 'Mise à disposition', 'Observation'],
                ['Citoyens', 'septembre 2015', 'premier volet publié'],
                ['Entreprises', 'octobre 2015', '—'],
                ['Associations', 'novembre 2015', '—'],
                ['Rapports régionaux', '2016', '13 rapports, un par région'],
                ['Diagnostics sectoriels', 'juillet 2016', '—'],
                ['Institutions', 'automne 2016', 'voir point 3']],
               [55 * mm, 45 * mm, 70 * mm]),
         Spacer(1, 6),
         P('Un membre demande si le calendrier a été tenu. La réponse est positive pour l\'ensemble des volets, '
           'le dernier ayant été remis avant la fin de l\'année civile.'),
         PageBreak(),
         P('2. Ce que pensent les citoyens', h2),
         P('L\'enquête citoyenne repose sur un échantillon représentatif. Plus de 2 000 personnes y ont répondu, '
           'ce qui permet des analyses par tranche d\'âge.'),
         P('Les répondants devaient dire, sur une échelle de 0 à 10, à quel point chaque enjeu compte pour leur '
           'territoire. Le classement qui en résulte est le suivant.'),
         Spacer(1, 4),
         table([['Enjeu territorial', 'Note moyenne (sur 10)'],
                ['Emploi', '7,1'], ['Pouvoir d\'achat', '6,6'], ['Sécurité', '6,6¹'],
                ['Développement économique', '6,5'], ['Environnement', '6,3'], ['Exclusion', '6,3']],
               [80 * mm, 50 * mm]),
         Spacer(1, 6),
         P('Une seconde question portait sur l\'effet attendu des alliances entre acteurs. C\'est sur l\'emploi que '
           'les attentes sont les plus fortes : 49 % des personnes interrogées y voient un impact fort. Viennent '
           'ensuite le développement économique, cité par 46 %, puis l\'environnement. Ce dernier recueille 42 %. '
           'La précarité et l\'éducation ferment la marche, à égalité, avec 36 % chacune.'),
         P('Enfin, l\'assemblée relève que 69 % des citoyens considèrent que nouer des alliances est désormais un devoir.'),
         Spacer(1, 10),
         P('¹ Une autre restitution publique de la même enquête attribue à la sécurité une note de 7/10 ; '
           'l\'écart n\'a pas été tranché en séance.', small),
         PageBreak(),
         P('3. Le volet Institutions', h2),
         P('Le dernier volet du programme a été rendu public le 29 novembre 2016. Il s\'appuie sur une typologie '
           'qui distingue cinq profils de maires selon leur rapport à la co-construction. La directrice scientifique '
           'insiste sur un chiffre : 87 % des maires estiment que les partenariats sont source d\'innovation.'),
         P('Plusieurs membres font observer que les dates du programme varient selon les supports. Certains documents '
           'le situent sur la période 2013-2018, d\'autres sur 2013-2017. Le secrétariat est chargé d\'harmoniser la '
           'présentation.'),
         P('4. Questions diverses', h2),
         P('Le président annonce que le plan suivant, baptisé IMPACT, sera lancé en novembre 2017. Il s\'organisera '
           'autour de trois axes :'),
         *bl(['l\'innovation sociétale et territoriale ;', 'la performance des organisations ;', 'la confiance.']),
         P('Aucune autre question n\'étant soulevée, la séance est levée à 18 h 10.'),
         ]
    build('obs-s33-01-compte-rendu-assemblee-phare.pdf', s,
          'Observatoire des partenariats · Vie des instances · Assemblée plénière',
          'Compte rendu — ne pas diffuser hors du réseau',
          lambda n: 'CR %d' % (20 + n))

# ---------------------------------------------------------------- doc 2
def doc2():
    s = [P('FICHE PRATIQUE N° 7', label),
         P('Faire alliance sur son territoire : jalons et repères', title),
         P('Version révisée de l\'hiver 2022-2023, à imprimer recto verso', edition),
         P('Vous animez une collectivité, une association ou une entreprise et vous voulez agir avec d\'autres ? '
           'Cette fiche retrace les étapes qui ont structuré la démarche nationale.', serif),
         FrameBreak(),
         P('Une démarche née de l\'étude', h2),
         P('La démarche « Agir ensemble en Territoire » a démarré en 2010. Elle faisait suite à l\'étude '
           'ARPEA-Collectivités locales, réalisée par Comisis et OpinionWay.'),
         P('Trois territoires ont servi de pilotes, chacun avec un partenaire chef de file :'),
         *bl(['l\'Alsace, avec Alsace Active ;', 'le Poitou-Charentes, avec le Groupe La Poste ;',
              'Paris-Est Marne & Bois.']),
         P('Une charte écrite à plusieurs mains', h2),
         P('La Charte du faire alliance a été rédigée collectivement. La co-construction a duré trois mois et '
           'la Fondation des Territoires en a assuré le pilotage.'),
         P('Le texte a été présenté au public lors du Giving Tuesday. Ce soir-là, le 30 novembre 2021, la soirée '
           'VitaWin se tenait à Saint-Maurice, sur le territoire de Paris-Est Marne & Bois².'),
         P('Ses auteurs la décrivent comme un « contrat de confiance » entre acteurs qui choisissent de coopérer.'),
         FrameBreak(),
         keybox([('3 mois', 'de co-construction'), ('2010', 'lancement')], 70 * mm),
         Spacer(1, 8),
         P('Bon à savoir', h2),
         P('Pour une première rencontre entre partenaires, la fiche recommande de partir d\'un besoin concret du '
           'territoire plutôt que d\'un organigramme. Les retours des pilotes montrent que la confiance se construit '
           'par de petits projets menés à terme.'),
         P('Checklist de démarrage', h2),
         *bl(['identifier un besoin partagé ;', 'nommer un binôme d\'animation ;',
              'fixer un premier rendez-vous de bilan à six mois.']),
         Spacer(1, 20),
         P('² Un communiqué publié sur un site ministériel date la même soirée du « mardi 30 septembre ». '
           'Les autres sources retiennent le 30 novembre 2021.', small),
         NextPageTemplate('two'), PageBreak(),
         P('La Fondation des Territoires', h2),
         P('Avant d\'exister juridiquement, la fondation a connu une longue préfiguration. Celle-ci a commencé en '
           'juillet 2018 et s\'est déroulée en trois temps, résumés ci-dessous.'),
         table([['Étape', 'Début', 'Fin'],
                ['1', 'juillet 2018', 'juillet 2019'],
                ['2', 'août 2019', 'novembre 2020'],
                ['3', 'décembre 2020', 'mai 2022']], [14 * mm, 33 * mm, 33 * mm]),
         Spacer(1, 6),
         P('La création officielle est intervenue le 14 juin 2022. Elle a été abritée par la Fondation de Lille, '
           'sous l\'égide de laquelle elle est placée. Vingt et un acteurs l\'ont portée sur les fonts baptismaux : '
           'on compte 21 co-fondateurs. Trois missions lui sont assignées.'),
         FrameBreak(),
         P('Se former en parcours', h2),
         P('Avec le CGET, Le RAMEAU a proposé un parcours d\'expérience aux territoires volontaires. Onze territoires '
           'pionniers y ont pris part. Ce parcours s\'étale sur 18 mois ; sa première session a eu lieu le 3 mai.'),
         P('Une présentation plus ancienne évoque pour sa part « 10 territoires pilotes » aux côtés du CGET.', small),
         Spacer(1, 8),
         keybox([('21', 'co-fondateurs'), ('11', 'territoires pionniers')], 70 * mm),
         ]
    build('obs-s33-02-fiche-pratique-faire-alliance.pdf', s,
          'FICHE PRATIQUE · Coopérer en territoire · Le RAMEAU / Observatoire',
          'Fiche 7 — reproduction libre avec mention de la source',
          lambda n: 'recto' if n == 1 else 'verso', twocol=True)

# ---------------------------------------------------------------- doc 3
def doc3():
    roman = {1: 'iv', 2: 'v', 3: 'vi'}
    def entry(src, date, head, paras):
        out = [P('<b>%s</b> — <i>%s</i>' % (src, date), S('src', fontSize=8.5, textColor=colors.HexColor('#7a1f1f'))),
               P(head, h2)]
        out += [P(x, serif) for x in paras]
        out.append(Spacer(1, 6))
        return out
    s = [P('REVUE DE PRESSE', label),
         P('Dix ans de chiffres sur les alliances entre associations et entreprises', title),
         P('Sélection commentée par le centre de documentation — numéro hors-série paru en 2016', edition)]
    s += entry('Lettre d\'information d\'un réseau d\'entreprises', 'janvier 2011',
               'Les entreprises face aux partenariats : un tiers attend de franchir le pas',
               ['« Créé en 2007, l\'Observatoire national des partenariats associations / entreprises » publie le volet '
                'consacré aux entreprises et aux territoires de son programme ARPEA, rapporte la lettre.',
                'Le tableau est contrasté. Une entreprise sur cinq environ est déjà passée à l\'acte : elles sont 21 % '
                'à développer des partenariats. Un tiers (33 %) déclare en avoir l\'intention.',
                'Reste un bloc réticent. Près de la moitié des entreprises, 46 %, ne souhaitent pas s\'engager.'])
    s += entry('Hebdomadaire spécialisé de l\'économie sociale', 'décembre 2012',
               'Cinq ans d\'observation réunis dans un rapport',
               ['Le rapport quinquennal a été présenté le 11 décembre 2012. Il referme le cycle ARPEA, dont l\'acronyme '
                'est développé ici en « Analyse des Relations et des Partenariats entre Entreprises et Associations ».',
                'Le journal relève la constance de l\'opinion. En 2012, 84 % des Français jugent urgent de développer '
                'des partenariats. Ils étaient 86 % quatre ans plus tôt, lors de la première mesure.'])
    s += [PageBreak()]
    s += entry('Suite de l\'article de décembre 2012', 'décembre 2012',
               'Des associations déjà nombreuses à coopérer',
               ['Côté associatif, l\'article cite un ordre de grandeur : près de 46 % des associations seraient engagées '
                'avec au moins une entreprise. Le programme a exploré la question sous dix angles, répartis en autant de volets.'])
    s += entry('Quotidien national, rubrique solidarités', 'février 2014',
               'Un état des lieux à la demande du gouvernement',
               ['La ministre Valérie Fourneyron avait demandé un état des lieux des partenariats entre associations et '
                'entreprises. Celui-ci a été rendu public au début de l\'année 2014.',
                'Selon le quotidien, elle souhaitait disposer d\'un diagnostic partagé avant d\'engager de nouvelles mesures.'])
    s += [PageBreak()]
    s += entry('Portail d\'information associative', 'mars 2016',
               'Modèles de co-construction : une note qui compte les pionniers',
               ['Une note datée du 29 février 2016 fait le point sur les pratiques. Chez les entreprises d\'au moins '
                '10 salariés, 37 % ont noué un partenariat.',
                'Les associations affichent un taux voisin, 38 %. Chez celles qui emploient des salariés, la proportion '
                'grimpe : elle atteint 53 %.',
                'La note s\'intéresse aussi aux organisations pionnières. Parmi elles, 65 % sont déjà engagées.'])
    s += [P('Encadré — repère documentaire', h2),
          table([['Source', 'Date de création de l\'Observatoire indiquée'],
                 ['Coupures de 2011 et 2012 (ci-dessus)', '2007'],
                 ['Présentation institutionnelle actuelle', '2008, par la Caisse des Dépôts et Le RAMEAU, '
                  'en partenariat avec le MEDEF et le Mouvement associatif']],
                [70 * mm, 100 * mm]),
          Spacer(1, 4),
          P('Le centre de documentation signale la divergence sans la trancher.', small)]
    build('obs-s33-03-revue-de-presse-dix-ans.pdf', s,
          'REVUE DE PRESSE · Centre de documentation · Partenariats associations-entreprises',
          'Les extraits sont résumés et reformulés par la rédaction',
          lambda n: roman[n])

# ---------------------------------------------------------------- doc 4
def doc4():
    W = landscape(A4)[0] - 36 * mm
    s = [P('TABLEAU DE BORD', label),
         P('Les associations et leurs partenaires : les indicateurs à suivre', title),
         P('Édition consolidée — deux enquêtes présentées côte à côte, sans fusion des méthodes', edition),
         keybox([('148 000', 'associations employeuses dans le champ de l\'étude IMPACT'),
                 ('98 %', 'd\'entre elles déclarent au moins un partenariat')], W * 0.6),
         Spacer(1, 8),
         P('Planche A — Avec qui les associations employeuses travaillent-elles ? (étude IMPACT – Associations & Territoires)', h2),
         table([['Type de partenaire', 'Part des associations concernées'],
                ['Collectivités territoriales', '89 %'], ['Structures d\'intérêt général', '73 %'],
                ['Établissements scolaires', '70 %'], ['Collectifs d\'associations', '56 %'],
                ['Acteurs publics nationaux', '52 %'], ['Fédérations professionnelles', '37 %'],
                ['Acteurs académiques', '35 %']], [90 * mm, 60 * mm]),
         PageBreak(),
         P('Planche B — À quelle échelle et sous quelle forme ?', h2),
         P('La coopération reste d\'abord une affaire de proximité. Sept associations sur dix environ agissent avec '
           'leurs partenaires au niveau local : 73 %. L\'échelon régional vient loin derrière, à 47 %.'),
         Spacer(1, 6),
         table([['Forme de la relation', 'Part', 'Lecture'],
                ['Mécénat', '75 %', 'forme la plus répandue'],
                ['Innovation sociétale', '73 %', 'projets nouveaux menés à plusieurs'],
                ['Pratiques responsables', '70 %', 'accompagnement des pratiques'],
                ['Coopération économique', '58 %', 'la moins fréquente des quatre']],
               [70 * mm, 30 * mm, 90 * mm]),
         Spacer(1, 8),
         P('Attention : une même association peut relever de plusieurs formes de relation ; les pourcentages '
           'ne s\'additionnent pas.', small),
         PageBreak(),
         P('Planche C — L\'enquête « Associations & Partenariats » (Recherches & Solidarités et Le RAMEAU)', h2),
         P('Publiée en mars 2017, cette enquête a été administrée en mai et juin 2016. Plus de 1 380 responsables '
           'associatifs ont rempli le questionnaire. En moyenne, chaque association cite 2,5 partenaires.'),
         Spacer(1, 4),
         table([['Partenaire cité', 'Associations & Partenariats (2017)', 'Rappel IMPACT (planche A)'],
                ['Collectivités', '74 %', '89 %'],
                ['Autres associations ou fondations', '72 %', 'non mesuré'],
                ['Établissements d\'enseignement', '47 %', '70 % (scolaires)'],
                ['Entreprises', '28 %', 'non mesuré'],
                ['Structures d\'insertion', '22 %', 'non mesuré'],
                ['Organismes de recherche', '9 %', '35 % (académiques)']],
               [75 * mm, 65 * mm, 65 * mm]),
         Spacer(1, 6),
         P('La taille budgétaire joue fortement sur le lien avec les entreprises. Parmi les associations dont le budget '
           'dépasse 150 000 €, la moitié a un partenaire entreprise. Ce taux (50 %) tombe à 20 % pour celles qui '
           'disposent de moins de 10 000 €.'),
         ]
    build('obs-s33-04-tableau-de-bord-associations.pdf', s,
          'TABLEAU DE BORD · Associations & partenariats · Observatoire des partenariats',
          'Sources : étude IMPACT – Associations & Territoires ; Recherches & Solidarités / Le RAMEAU (2017)',
          lambda n: 'planche %s' % 'ABC'[n - 1], size=landscape(A4))

# ---------------------------------------------------------------- doc 5
def doc5():
    s = [P('ENTRETIEN CROISÉ', label),
         P('« Les maires veulent jouer collectif » : deux regards sur l\'enquête auprès des élus', title),
         P('Propos recueillis fin 2024 — série « Dialogues », troisième numéro', edition),
         P('Une chargée d\'études de l\'Observatoire (C. E.) et un délégué aux coopérations territoriales (D. T.) '
           'commentent la dernière vague de l\'enquête IMPACTS & TRAJECTOIRES consacrée aux élus locaux, parue en '
           'novembre 2024. Les intervenants ont souhaité rester anonymes.', serif),
         P('Comment l\'enquête a-t-elle été conduite ?', q),
         P('<b>C. E.</b> — Nous avons interrogé 302 maires. Le terrain s\'est déroulé par téléphone, du 30 septembre '
           'au 28 octobre 2024.'),
         P('<b>D. T.</b> — Il faut regarder qui a répondu. Les petites communes dominent largement l\'échantillon. '
           'Elles représentent 84 % des répondants, puisqu\'il s\'agit de communes de moins de 2 000 habitants.'),
         P('Ce profil rural biaise-t-il les résultats ?', q),
         P('<b>C. E.</b> — Il les colore, sans les fausser : c\'est la réalité de la carte communale française. '
           'Les communes rurales sont aussi celles où la coopération est la plus quotidienne.'),
         PageBreak(),
         P('Les territoires bougent-ils ?', q),
         P('<b>D. T.</b> — C\'est le chiffre qui m\'a frappé. 91 % des maires décrivent un territoire en mouvement.'),
         P('<b>C. E.</b> — Il faut le décomposer. Pour 35 %, le mouvement est fort. Les autres, 56 %, parlent d\'un '
           'mouvement « ni plus ni moins » marqué qu\'avant.'),
         P('Qu\'en disaient les enquêtes précédentes ?', q),
         P('<b>C. E.</b> — L\'étude IMPACT-Elus locaux de novembre 2020, menée avec Comisis et OpinionWay, a donné lieu '
           'à une fiche-repère intitulée « Les dynamiques d\'engagement des Collectivités territoriales ». On y lisait '
           'déjà que 64 % des élus locaux souhaitaient s\'appuyer sur le « jouer collectif ».'),
         P('<b>D. T.</b> — Et les maires ne contestent pas l\'intérêt de la méthode. Ils sont 92 % à reconnaître '
           'l\'utilité de la co-construction.'),
         Spacer(1, 6),
         keybox([('302', 'maires interrogés'), ('91 %', 'territoire en mouvement'), ('84 %', 'communes rurales')],
                150 * mm),
         PageBreak(),
         P('Quels outils sont à la disposition des élus ?', q),
         P('<b>D. T.</b> — Je pense d\'abord au Fonds ODD 17. Le RAMEAU l\'a co-créé en 2020 avec la Fondation '
           'TotalEnergies. Ce dernier dispose d\'une dotation de 1,5 M€ pour une expérimentation sur trois ans. '
           'Il s\'appuie sur 350 « catalyseurs territoriaux ».'),
         P('<b>C. E.</b> — Il y a aussi les ressources de la plateforme odd17.org, organisées selon le sigle M.E.D.O.C. : '
           'Méthodes, Exemples, Données, Outils, Compétences.'),
         P('Et du côté de l\'État ?', q),
         P('<b>D. T.</b> — Lors du FNAF 2019, Gabriel Attal a confié une mission à deux personnalités. Il s\'agissait '
           'de Cathy Racon-Bouzon et de Charles-Benoît Heidsieck. Leur rapport a été remis le 7 mai 2020, et un bilan '
           'a été dressé le 17 octobre 2020.'),
         P('<b>C. E.</b> — La députée a ensuite porté une proposition de loi sur le « droit de l\'alliance d\'intérêt '
           'général ». Elle s\'inscrit dans une feuille de route ministérielle qui compte 21 mesures.'),
         P('Un dernier mot ?', q),
         P('<b>D. T.</b> — Les maires n\'attendent pas qu\'on leur explique la coopération ; ils attendent qu\'on les '
           'aide à la piloter.'),
         ]
    build('obs-s33-05-entretien-croise-elus.pdf', s,
          'DIALOGUES · Entretien croisé · Observatoire des partenariats',
          'Les propos ont été relus par les intervenants',
          lambda n: '— %d —' % (n + 1))

if __name__ == '__main__':
    doc1(); doc2(); doc3(); doc4(); doc5()
    print('ok')
