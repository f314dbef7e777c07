#!/usr/bin/env python3
"""Génère les PDF du jeu à l'aveugle s59 (Observatoire des partenariats / Le RAMEAU).

Usage : python make_docs.py [DOSSIER_DE_SORTIE]   (par défaut : le dossier du script)

Six documents, faits repris de /work/shared/facts.md, phrases réécrites :
  obs-s59-01-bulletin-veille.pdf        bulletin de veille, brèves sur deux colonnes
  obs-s59-02-entretien-heidsieck.pdf    entretien questions / réponses
  obs-s59-03-compte-rendu-comite.pdf    compte rendu de réunion + diapositive 16:9 en annexe
  obs-s59-04-fiche-repere-opinion.pdf   fiche Repère, tableaux années en colonnes
  obs-s59-05-glossaire.pdf              glossaire sur deux colonnes
  obs-s59-06-depliant-faire-alliance.pdf dépliant trois volets (A4 paysage)
"""
import os
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, FrameBreak,
                                KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)
from reportlab.lib.fonts import addMapping

FONT_DIR = '/usr/share/fonts/truetype/dejavu/'
for name, fname in [('DV', 'DejaVuSans.ttf'), ('DV-B', 'DejaVuSans-Bold.ttf'),
                    ('DV-I', 'DejaVuSans-Oblique.ttf'), ('DV-BI', 'DejaVuSans-BoldOblique.ttf'),
                    ('DVC', 'DejaVuSansCondensed.ttf'), ('DVC-B', 'DejaVuSansCondensed-Bold.ttf')]:
    pdfmetrics.registerFont(TTFont(name, FONT_DIR + fname))
addMapping('DV', 0, 0, 'DV')
addMapping('DV', 1, 0, 'DV-B')
addMapping('DV', 0, 1, 'DV-I')
addMapping('DV', 1, 1, 'DV-BI')
addMapping('DVC', 0, 0, 'DVC')
addMapping('DVC', 1, 0, 'DVC-B')
addMapping('DVC', 0, 1, 'DVC')
addMapping('DVC', 1, 1, 'DVC-B')

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)

VERT = colors.HexColor('#2E6B4F')
VERT_CLAIR = colors.HexColor('#E4F0E8')
BLEU = colors.HexColor('#1F4E79')
BLEU_CLAIR = colors.HexColor('#E6EEF6')
ORANGE = colors.HexColor('#C0561B')
GRIS = colors.HexColor('#555555')
GRIS_CLAIR = colors.HexColor('#EEEEEE')


def S(name, **kw):
    base = dict(fontName='DV', fontSize=9, leading=12, alignment=TA_LEFT)
    base.update(kw)
    return ParagraphStyle(name, **base)


def P(text, style, **kw):
    # guillemets français : espace insécable pour éviter « orphelins » en fin de ligne
    text = text.replace('« ', '«\u00a0').replace(' »', '\u00a0»').replace(' ?', '\u00a0?')
    return Paragraph(text, style, **kw)


def meta(doc, title, subject):
    doc.title = title
    doc.author = 'Observatoire des partenariats'
    doc.subject = subject
    doc.creator = 'make_docs.py (s59)'


# ---------------------------------------------------------------------------
# 01 — Bulletin de veille
# ---------------------------------------------------------------------------
def doc_bulletin():
    path = os.path.join(OUT, 'obs-s59-01-bulletin-veille.pdf')
    W, H = A4
    M = 16 * mm
    gap = 7 * mm
    colw = (W - 2 * M - gap) / 2
    printed = {1: 5, 2: 6, 3: 7}

    def deco(c, doc, first):
        n = doc.page
        c.saveState()
        if first:
            c.setFillColor(VERT)
            c.rect(0, H - 46 * mm, W, 46 * mm, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont('DV-B', 8)
            c.drawString(M, H - 12 * mm, 'BULLETIN DE VEILLE  ·  N° 14')
            c.setFont('DV-B', 22)
            c.drawString(M, H - 25 * mm, 'Veille Alliances & Territoires')
            c.setFont('DV', 9.5)
            c.drawString(M, H - 33 * mm,
                         'Brèves, études et rendez-vous repérés par l’Observatoire des partenariats')
            c.setFont('DV-I', 8)
            c.drawRightString(W - M, H - 12 * mm, 'Diffusion : réseaux partenaires')
            c.setFont('DV', 8)
            c.drawString(M, H - 41 * mm, 'observatoire-des-partenariats.fr  ·  www.lerameau.fr')
        else:
            c.setFillColor(VERT)
            c.rect(0, H - 14 * mm, W, 14 * mm, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont('DV-B', 8.5)
            c.drawString(M, H - 9 * mm, 'VEILLE ALLIANCES & TERRITOIRES')
            c.setFont('DV', 8)
            c.drawRightString(W - M, H - 9 * mm, 'Bulletin de veille n° 14 — suite')
        # filet entre colonnes
        c.setStrokeColor(colors.HexColor('#BBBBBB'))
        c.setLineWidth(0.4)
        top = H - (52 * mm if first else 20 * mm)
        c.line(W / 2, 18 * mm, W / 2, top)
        # pied de page
        c.setFillColor(GRIS)
        c.setFont('DV', 7.5)
        c.drawString(M, 9 * mm, 'Observatoire des partenariats — Veille Alliances & Territoires, n° 14')
        c.setFont('DV-B', 9)
        c.drawRightString(W - M, 9 * mm, 'p. %d' % printed.get(n, n + 4))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=M, rightMargin=M,
                          topMargin=20 * mm, bottomMargin=18 * mm)
    meta(doc, 'Veille Alliances & Territoires n° 14', 'Bulletin de veille')
    f1 = [Frame(M, 18 * mm, colw, H - 70 * mm, id='c1', showBoundary=0),
          Frame(M + colw + gap, 18 * mm, colw, H - 70 * mm, id='c2')]
    f2 = [Frame(M, 18 * mm, colw, H - 40 * mm, id='d1'),
          Frame(M + colw + gap, 18 * mm, colw, H - 40 * mm, id='d2')]
    doc.addPageTemplates([
        PageTemplate('first', frames=f1, onPage=lambda c, d: deco(c, d, True),
                     autoNextPageTemplate='later'),
        PageTemplate('later', frames=f2, onPage=lambda c, d: deco(c, d, False)),
    ])

    t = S('bt', fontName='DV-B', fontSize=8.6, leading=11, textColor=VERT,
          spaceBefore=8, spaceAfter=3, keepWithNext=1)
    b = S('bb', fontSize=8.8, leading=12, alignment=TA_JUSTIFY, spaceAfter=3)
    li = S('bl', fontSize=8.8, leading=12, leftIndent=10, bulletIndent=0, spaceAfter=1)
    kf = S('kf', fontName='DV-B', fontSize=15, leading=17, textColor=ORANGE, alignment=TA_CENTER)
    kl = S('kl', fontSize=7.6, leading=9.5, alignment=TA_CENTER, textColor=GRIS)
    small = S('sm', fontName='DV-I', fontSize=7.5, leading=9.5, textColor=GRIS)

    story = []
    story.append(P('DANS CE NUMÉRO', S('dn', fontName='DV-B', fontSize=8, textColor=GRIS)))
    for x in ['Normandie et agenda de novembre', 'Élus, entreprises et « jouer collectif »',
              'Fondations, ODD 17 et collectivités', 'Associations : combien de partenaires ?']:
        story.append(P(x, li, bulletText='›'))

    story.append(P('NORMANDIE : LE ONZIÈME PANORAMA RÉGIONAL EST EN LIGNE', t))
    story.append(P('L’Observatoire des partenariats a mis en ligne le 26 novembre son 11e rapport '
                   'régional, consacré cette fois à la Normandie. Ce nouveau panorama s’ajoute à la '
                   'série des portraits territoriaux qui permettent de comparer, d’une région à '
                   'l’autre, la manière dont associations, entreprises et collectivités apprennent '
                   'à travailler ensemble.', b))

    story.append(P('AGENDA DE NOVEMBRE : TROIS DATES À RETENIR', t))
    story.append(P('Le mois est chargé pour les acteurs de l’alliance :', b))
    story.append(P('le 15 novembre, un dossier de la revue JURIS Associations (n° 628) ;', li, bulletText='•'))
    story.append(P('le 23 novembre, le 3e dîner « Elus &amp; Entreprises » ;', li, bulletText='•'))
    story.append(P('le 26 novembre, le 5e webinaire du cycle « l’ODD 17 en pratique ».', li,
                   bulletText='•'))

    story.append(P('DÎNER ÉLUS &amp; ENTREPRISES : DEUX REPÈRES POUR LANCER LE DÉBAT', t))
    story.append(P('Pour nourrir la conversation autour de la table, deux indicateurs ont été '
                   'présentés aux convives. Près de deux élus locaux sur trois, 64 % précisément, '
                   'disent vouloir s’appuyer sur le « jouer collectif » pour mener leurs projets. '
                   'Et la quasi-totalité des maires, 92 %, reconnaissent l’utilité de la '
                   'co-construction.', b))

    box = Table([[P('64 %', kf), P('92 %', kf)],
                 [P('des élus locaux misent sur le « jouer collectif »', kl),
                  P('des maires jugent la co-construction utile', kl)]],
                colWidths=[colw / 2 - 4, colw / 2 - 4])
    box.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), VERT_CLAIR),
                             ('BOX', (0, 0), (-1, -1), 0.6, VERT),
                             ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                             ('TOPPADDING', (0, 0), (-1, -1), 4),
                             ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
    story.append(Spacer(1, 4))
    story.append(P('CHIFFRES CLÉS', S('ck', fontName='DV-B', fontSize=7.5, textColor=ORANGE)))
    story.append(box)

    story.append(P('SORTIE DE CRISE : L’ENVIE DE JOUER COLLECTIF', t))
    story.append(P('La crise sanitaire n’a pas entamé le goût de la coopération. Selon les '
                   'enquêtes réunies par Le RAMEAU, 81 % des Français et 84 % des dirigeants de '
                   'TPE et de PME considèrent que co-construire est utile pour rebondir et rendre '
                   'les territoires plus résilients. Pour aider les décideurs à agir vite et bien, '
                   'plus de 250 données ont été inventoriées puis mises à disposition. Elles sont '
                   'rangées sous trois indicateurs : innovation, performance et confiance.', b))

    story.append(P('FONDATIONS : QUARANTE-DEUX TÉMOIGNAGES SUR LEUR ANCRAGE LOCAL', t))
    story.append(P('Rendue publique le 23 septembre, l’étude IMPACT « Fondations &amp; Territoires » '
                   'repose sur les réponses de 42 fondations. Ses enseignements nourrissent la '
                   'fiche acteur « Dynamique d’engagement des Fondations », consacrée à la manière '
                   'dont ces structures s’engagent aux côtés des acteurs de leur territoire.', b))

    story.append(P('ODD 17 : UNE NOTE POUR S’Y RETROUVER', t))
    story.append(P('Le Comité 21 a publié le 5 juillet une note intitulée « ODD 17 : Sens, '
                   'décryptages, déclinaisons ». Elle passe en revue les 19 cibles de l’objectif '
                   'de développement durable dédié aux partenariats et en propose une lecture '
                   'accessible aux acteurs de terrain.', b))

    story.append(P('CONGRÈS DES MAIRES : UN OUTIL POUR LES COLLECTIVITÉS', t))
    story.append(P('Présentée au Congrès des maires, la fiche-repère « Les dynamiques d’engagement '
                   'des Collectivités territoriales » tire les leçons de l’étude IMPACT-Elus locaux, '
                   'réalisée en novembre 2020 par Comisis et OpinionWay. Elle aide les équipes '
                   'municipales à situer leur commune et à repérer les leviers de coopération '
                   'disponibles autour d’elles.', b))

    story.append(P('ASSOCIATIONS : DEUX PARTENAIRES ET DEMI EN MOYENNE', t))
    story.append(P('Publiée en mars 2017 par Recherches &amp; Solidarités et Le RAMEAU, l’étude '
                   '« Associations &amp; Partenariats » s’appuie sur une enquête menée en mai et juin '
                   '2016 auprès de plus de 1 380 responsables associatifs. Premier constat : une '
                   'association compte en moyenne 2,5 partenaires. Deuxième constat : la palette '
                   'des partenaires est large, mais inégale. Les réponses citent, par ordre de '
                   'fréquence :', b))
    for x in ['les collectivités territoriales : 74 % ;',
              'les autres associations et les fondations : 72 % ;',
              'les établissements d’enseignement : 47 % ;',
              'les entreprises : 28 % ;',
              'les structures d’insertion : 22 % ;',
              'les organismes de recherche : 9 %.']:
        story.append(P(x, li, bulletText='•'))
    story.append(P('Troisième constat : la taille de l’association pèse lourd. La moitié (50 %) '
                   'des associations dont le budget dépasse 150 000 € ont noué un partenariat '
                   'avec une entreprise, contre 20 % seulement de celles qui disposent de moins '
                   'de 10 000 €. Les petites structures, souvent sans salarié, manquent de temps '
                   'pour aller frapper à la porte des entreprises de leur bassin de vie, alors '
                   'même qu’elles y sont parfois très connues.', b))

    story.append(P('NOTE DU 29 FÉVRIER 2016 : QUI COOPÈRE DÉJÀ ?', t))
    story.append(P('Une note de l’Observatoire datée du 29 février 2016 dresse un état des lieux '
                   'des modèles de co-construction. On y apprend que 37 % des entreprises de 10 '
                   'salariés et plus sont engagées dans des partenariats, de même que 38 % des '
                   'associations ; chez les associations employeuses, la proportion grimpe à '
                   '53 %.', b))

    story.append(P('LE RAMEAU : UN LABORATOIRE DE TERRAIN', t))
    story.append(P('Depuis 2006, Le RAMEAU a mené des expérimentations auprès de plus de 500 '
                   'organisations. Cette matière première alimente les publications de '
                   'l’Observatoire et les outils mis à la disposition des territoires.', b))

    story.append(P('MÉTHODE : UN POURCENTAGE NE VAUT QUE PAR SA BASE', t))
    story.append(P('Plusieurs chiffres de ce numéro se ressemblent, autour de 80 %. Ils ne mesurent '
                   'pourtant ni la même chose, ni auprès du même public. Avant de rapprocher deux '
                   'résultats, trois vérifications s’imposent : qui a été interrogé, à quelle date, '
                   'et sur quelle question exacte. Deux présentations d’une même enquête peuvent '
                   'd’ailleurs arrondir ou formuler différemment un résultat ; dans ce cas, mieux '
                   'vaut citer les deux versions avec leur source.', b))

    story.append(P('COURRIER : TOUTES LES RÉGIONS SONT-ELLES COUVERTES ?', t))
    story.append(P('Plusieurs lecteurs demandent si chaque région dispose de son panorama. Les '
                   'rapports régionaux paraissent au fil des travaux et ne suivent pas un calendrier '
                   'fixe ; la liste à jour est tenue sur le site de l’Observatoire. Les résultats '
                   'nationaux, eux, ne sont pas ventilés par région dans ce bulletin.', b))

    story.append(P('RESSOURCES EN LIGNE', t))
    for x in ['observatoire-des-partenariats.fr : études, fiches et rapports régionaux ;',
              'www.lerameau.fr : actualités et publications du laboratoire ;',
              'www.odd17.org : plateforme d’outils pour passer à l’action.']:
        story.append(P(x, li, bulletText='→'))

    story.append(P('À SUIVRE DANS LE PROCHAIN NUMÉRO', t))
    story.append(P('Les retours des participants au webinaire « l’ODD 17 en pratique » et une '
                   'sélection de ressources pour préparer les rencontres régionales.', b))
    story.append(Spacer(1, 6))
    story.append(P('Ce bulletin rassemble des informations publiques. Les chiffres cités sont ceux '
                   'des études mentionnées ; se reporter aux publications originales pour les '
                   'questions de méthode.', small))

    story.append(FrameBreak())
    story.append(P('À PROPOS DE CE BULLETIN', t))
    story.append(P('Veille Alliances &amp; Territoires signale des études, des outils et des '
                   'rendez-vous utiles aux acteurs qui coopèrent sur leur territoire. Chaque brève '
                   'renvoie à une publication ou à un événement public ; la rédaction ne reprend '
                   'que des chiffres déjà publiés.', b))
    form = Table([[P('<b>S’ABONNER</b> — recevoir les prochains numéros', S('fa', fontSize=8.5, leading=11))],
                  [P('Nom : ........................................................', S('fb', fontSize=8.5, leading=16))],
                  [P('Organisation : ..........................................', S('fc', fontSize=8.5, leading=16))],
                  [P('Type : □ association  □ entreprise  □ collectivité  □ fondation', S('fd', fontSize=8.2, leading=14))],
                  [P('Courriel : ...............................................', S('fe', fontSize=8.5, leading=16))]],
                 colWidths=[colw])
    form.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, VERT),
                              ('BACKGROUND', (0, 0), (-1, 0), VERT_CLAIR),
                              ('LEFTPADDING', (0, 0), (-1, -1), 6)]))
    story.append(Spacer(1, 6))
    story.append(form)
    story.append(P('LES BRÈVES DE CE NUMÉRO, EN UN COUP D’ŒIL', t))
    recap = Table([[P('<b>Rubrique</b>', S('r0', fontSize=8, leading=10)), P('<b>Nombre</b>', S('r1', fontSize=8, leading=10))],
                   [P('Études et enquêtes', S('r2', fontSize=8, leading=10)), P('4', S('r3', fontSize=8, leading=10))],
                   [P('Rendez-vous et événements', S('r4', fontSize=8, leading=10)), P('3', S('r5', fontSize=8, leading=10))],
                   [P('Outils et méthode', S('r6', fontSize=8, leading=10)), P('3', S('r7', fontSize=8, leading=10))]],
                  colWidths=[colw * 0.7, colw * 0.3])
    recap.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#AAAAAA')),
                               ('BACKGROUND', (0, 0), (-1, 0), GRIS_CLAIR)]))
    story.append(recap)
    story.append(Spacer(1, 10))
    story.append(P('Rédaction : équipe de l’Observatoire des partenariats. Reproduction autorisée '
                   'avec mention de la source.', small))
    doc.build(story)
    return path


# ---------------------------------------------------------------------------
# 02 — Entretien (questions / réponses)
# ---------------------------------------------------------------------------
def doc_entretien():
    path = os.path.join(OUT, 'obs-s59-02-entretien-heidsieck.pdf')
    W, H = A4
    L = 30 * mm
    R = 22 * mm
    printed = {1: 22, 2: 23, 3: 24}

    def deco(c, doc):
        n = doc.page
        c.saveState()
        c.setFillColor(BLEU)
        c.rect(0, H - 11 * mm, W, 11 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 8)
        c.drawString(L, H - 7.5 * mm, 'LES CAHIERS DE L’ALLIANCE')
        c.drawRightString(W - R, H - 7.5 * mm, 'ENTRETIEN')
        # liseré vertical
        c.setFillColor(BLEU_CLAIR)
        c.rect(0, 0, 18 * mm, H - 11 * mm, fill=1, stroke=0)
        c.setFillColor(BLEU)
        c.setFont('DV-B', 14)
        num = printed.get(n, n + 21)
        c.drawCentredString(9 * mm, 14 * mm, str(num))
        c.setFillColor(GRIS)
        c.setFont('DV', 7.5)
        c.drawString(L, 10 * mm, 'Les Cahiers de l’alliance · n° 9 · Entretien avec Charles-Benoît Heidsieck')
        c.drawRightString(W - R, 10 * mm, 'www.lerameau.fr')
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=L, rightMargin=R,
                          topMargin=20 * mm, bottomMargin=20 * mm)
    meta(doc, 'Entretien — Charles-Benoît Heidsieck', 'Entretien')
    fr = Frame(L, 20 * mm, W - L - R, H - 38 * mm, id='main')
    doc.addPageTemplates([PageTemplate('p', frames=[fr], onPage=deco)])

    kicker = S('k', fontName='DV-B', fontSize=8, textColor=ORANGE, spaceAfter=4)
    title = S('t', fontName='DV-B', fontSize=19, leading=23, textColor=BLEU, spaceAfter=8)
    chapo = S('c', fontName='DV-I', fontSize=10, leading=14, spaceAfter=10, textColor=GRIS)
    q = S('q', fontName='DV-B', fontSize=10, leading=13.5, spaceBefore=9, spaceAfter=3,
          keepWithNext=1)
    a = S('a', fontSize=10, leading=14, alignment=TA_JUSTIFY, spaceAfter=3)
    quote = S('qq', fontName='DV-BI', fontSize=12.5, leading=16, textColor=BLEU, alignment=TA_CENTER)
    sig = S('sig', fontName='DV-I', fontSize=8.5, textColor=GRIS, alignment=TA_RIGHT, spaceBefore=10)

    story = [
        P('ENTRETIEN · PARTENARIATS ET TERRITOIRES', kicker),
        P('« Faire alliance n’est plus une option : c’est un devoir partagé »', title),
        P('Président-fondateur du RAMEAU, Charles-Benoît Heidsieck revient sur quinze années '
          'de recherche consacrées aux alliances entre associations, entreprises, collectivités '
          'et fondations, et sur la reconnaissance juridique qui se dessine.', chapo),

        P('Comment présenteriez-vous Le RAMEAU à quelqu’un qui n’en a jamais entendu parler ?', q),
        P('Nous sommes une association d’intérêt général, née en 2006. J’aime la décrire comme un '
          '« laboratoire de recherche empirique » : nous partons de ce que font réellement les '
          'acteurs, nous observons, nous comparons, puis nous modélisons. Nous avons trois missions, '
          'et la première consiste à témoigner de ce qui se fait sur le terrain. À ce jour, nous '
          'avons recensé plus de 1 000 exemples inspirants.', a),

        P('Quinze ans d’observation, qu’est-ce que cela vous a appris ?', q),
        P('Quinze années de recherche, dont cinq consacrées à l’étude d’impact, montrent que le '
          'mouvement est profond. Trois chiffres le résument : 81 % des Français estiment que faire '
          'alliance est un devoir, 92 % des maires disent en avoir besoin et 84 % des dirigeants '
          'd’entreprise en ont envie. Devoir, besoin, envie : quand ces trois mots se rejoignent, '
          'une société peut changer de méthode.', a),
    ]
    pq = Table([[P('« Devoir, besoin, envie : quand ces trois mots se rejoignent, une société '
                   'peut changer de méthode. »', quote)]], colWidths=[W - L - R - 30 * mm])
    pq.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 1.2, ORANGE),
                            ('LINEBELOW', (0, -1), (-1, -1), 1.2, ORANGE),
                            ('TOPPADDING', (0, 0), (-1, -1), 8),
                            ('BOTTOMPADDING', (0, 0), (-1, -1), 8)]))
    story += [Spacer(1, 6), pq, Spacer(1, 6)]
    story += [
        P('En 2019, les pouvoirs publics vous ont sollicité. Dans quel cadre ?', q),
        P('À l’occasion du FNAF 2019, Gabriel Attal nous a confié, à Cathy Racon-Bouzon et à '
          'moi-même, une mission ministérielle. Notre rapport a été remis le 7 mai 2020, et un bilan '
          'de ses suites a été dressé le 17 octobre 2020.', a),

        P('Cette mission a-t-elle débouché sur une traduction dans la loi ?', q),
        P('Oui, et c’est une étape historique. Une proposition de loi reconnaissant un « droit '
          'de l’alliance d’intérêt général » a été déposée en février. Portée par Cathy '
          'Racon-Bouzon, elle a été agréée par le Bureau de l’Assemblée nationale, puis publiée '
          'au Journal officiel. En parallèle, une « feuille de route » ministérielle de 21 '
          'mesures fixe le cap pour les services de l’État.', a),

        P('On parle beaucoup de la Fondation des Territoires. Comment est-elle née ?', q),
        P('Lentement, et c’est voulu ! Sa préfiguration a été lancée en juillet 2018 et s’est '
          'déroulée en trois étapes : de juillet 2018 à juillet 2019, puis d’août 2019 à novembre '
          '2020, enfin de décembre 2020 à mai 2022. La Fondation a été officiellement créée le '
          '14 juin 2022, sous l’égide de la Fondation de Lille, par 21 co-fondateurs. Elle '
          's’est donné trois missions au service des alliances territoriales.', a),

        P('Vous n’êtes pas seul à porter ces travaux…', q),
        P('Heureusement ! Laurence Weber, directrice générale du RAMEAU, conduit les équipes au '
          'quotidien. Et l’Observatoire des partenariats, que nous avons créé en 2008 avec la '
          'Caisse des Dépôts, bénéficie de la direction scientifique d’Anne Robin, fondatrice de '
          'COMISIS, qui l’assure bénévolement. Sans cette rigueur, nos chiffres '
          'n’auraient pas le même poids.', a),

        P('Les chiffres, justement : ne risquent-ils pas de lasser ?', q),
        P('Ils ne valent que s’ils aident à agir. C’est pourquoi nous publions des fiches courtes, '
          'des repères par type d’acteur et des outils que chacun peut s’approprier. Un maire, un '
          'chef d’entreprise ou une présidente d’association doivent pouvoir y trouver en dix '
          'minutes de quoi engager la discussion avec leurs voisins.', a),

        P('Qu’est-ce qui vous rend optimiste pour la suite ?', q),
        P('La maturité des acteurs. Il y a quinze ans, on nous demandait pourquoi coopérer. '
          'Aujourd’hui, on nous demande comment s’y prendre. C’est un changement considérable, '
          'et c’est exactement la question à laquelle un laboratoire doit aider à répondre.', a),
        P('Propos recueillis par la rédaction des Cahiers de l’alliance.', sig),
    ]
    bh = S('bh', fontName='DV-B', fontSize=9, leading=12, textColor=colors.white)
    bc = S('bc', fontName='DVC', fontSize=9, leading=12)
    bcb = S('bcb', fontName='DVC-B', fontSize=9, leading=12, textColor=BLEU)
    dates = [('2006', 'Création du RAMEAU, association d’intérêt général'),
             ('2008', 'Naissance de l’Observatoire des partenariats'),
             ('2019', 'Mission ministérielle confiée lors du FNAF'),
             ('7 mai 2020', 'Remise du rapport de mission'),
             ('juillet 2018 – mai 2022', 'Préfiguration de la Fondation des Territoires'),
             ('14 juin 2022', 'Création de la Fondation des Territoires')]
    rows = [[P('REPÈRES', bh), P('', bh)]] + [[P(d, bcb), P(t, bc)] for d, t in dates]
    rep = Table(rows, colWidths=[45 * mm, W - L - R - 45 * mm])
    rep.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), BLEU),
                             ('SPAN', (0, 0), (-1, 0)),
                             ('BACKGROUND', (0, 1), (-1, -1), BLEU_CLAIR),
                             ('LINEBELOW', (0, 1), (-1, -2), 0.3, colors.white),
                             ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    kf = S('kf', fontName='DV-B', fontSize=16, leading=19, textColor=ORANGE, alignment=TA_CENTER)
    kl = S('kl', fontSize=8, leading=10, alignment=TA_CENTER, textColor=GRIS)
    q4 = (W - L - R) / 4
    chif = Table([[P('1 000+', kf), P('15 ans', kf), P('5 ans', kf), P('3', kf)],
                  [P('exemples inspirants recensés', kl), P('de recherche', kl),
                   P('d’étude d’impact', kl), P('missions, dont témoigner', kl)]],
                 colWidths=[q4] * 4)
    chif.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, ORANGE),
                              ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                              ('TOPPADDING', (0, 0), (-1, -1), 5),
                              ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
    story += [Spacer(1, 18), KeepTogether([rep]), Spacer(1, 14),
              P('LE RAMEAU EN QUATRE CHIFFRES', S('lc', fontName='DV-B', fontSize=8.5,
                                                  textColor=ORANGE, spaceAfter=3)),
              chif]
    doc.build(story)
    return path


# ---------------------------------------------------------------------------
# 03 — Compte rendu de réunion (+ annexe 16:9)
# ---------------------------------------------------------------------------
def doc_compte_rendu():
    path = os.path.join(OUT, 'obs-s59-03-compte-rendu-comite.pdf')
    W, H = A4
    M = 22 * mm
    SW, SH = 842, 473.6  # diapositive 16:9
    printed = {1: '17', 2: '18', 3: '19', 4: '20'}

    def deco(c, doc):
        n = doc.page
        c.saveState()
        c.setFillColor(GRIS)
        c.setFont('DV-B', 8)
        c.drawString(M, H - 12 * mm, 'OBSERVATOIRE DES PARTENARIATS')
        c.setFont('DV', 8)
        c.drawRightString(W - M, H - 12 * mm, 'Comité de suivi IMPACT — séance de bilan')
        c.setStrokeColor(GRIS)
        c.setLineWidth(0.5)
        c.line(M, H - 14 * mm, W - M, H - 14 * mm)
        c.line(M, 15 * mm, W - M, 15 * mm)
        c.setFont('DV', 7.5)
        c.drawString(M, 10 * mm, 'Document interne — diffusion aux membres du comité et aux partenaires excusés')
        c.setFont('DV-B', 8.5)
        c.drawRightString(W - M, 10 * mm, 'Dossier de séance — p. %s' % printed.get(n, n + 16))
        c.restoreState()

    def deco_slide(c, doc):
        n = doc.page
        c.saveState()
        c.setFillColor(BLEU)
        c.rect(0, SH - 40, SW, 40, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 10)
        c.drawString(30, SH - 25, 'ANNEXE A  ·  DIAPOSITIVE PRÉSENTÉE EN SÉANCE')
        c.setFillColor(ORANGE)
        c.rect(0, 0, SW, 6, fill=1, stroke=0)
        c.setFillColor(GRIS)
        c.setFont('DV', 8)
        c.drawString(30, 16, 'Observatoire des partenariats · Comité de suivi IMPACT')
        c.drawRightString(SW - 30, 16, 'Dossier de séance — p. %s (annexe)' % printed.get(n, n + 16))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=M, rightMargin=M,
                          topMargin=20 * mm, bottomMargin=20 * mm)
    meta(doc, 'Compte rendu — Comité de suivi du programme IMPACT', 'Compte rendu de réunion')
    fr = Frame(M, 20 * mm, W - 2 * M, H - 40 * mm, id='main')
    sf = Frame(30, 30, SW - 60, SH - 80, id='slide')
    doc.addPageTemplates([PageTemplate('cr', frames=[fr], onPage=deco),
                          PageTemplate('slide', frames=[sf], onPage=deco_slide,
                                       pagesize=(SW, SH))])

    lab = S('lab', fontName='DV-B', fontSize=9, textColor=colors.white)
    title = S('ti', fontName='DV-B', fontSize=16, leading=20, textColor=BLEU, spaceAfter=4)
    sub = S('su', fontName='DV-I', fontSize=9.5, leading=13, textColor=GRIS, spaceAfter=8)
    h = S('h', fontName='DV-B', fontSize=10.5, leading=14, textColor=BLEU, spaceBefore=10,
          spaceAfter=4, keepWithNext=1)
    body = S('b', fontSize=9.3, leading=13, alignment=TA_JUSTIFY, spaceAfter=4)
    li = S('li', fontSize=9.3, leading=12.5, leftIndent=14, bulletIndent=2, spaceAfter=1.5)
    cell = S('ce', fontName='DVC', fontSize=8.6, leading=11)
    cellb = S('cb', fontName='DVC-B', fontSize=8.6, leading=11, textColor=colors.white)
    dec = S('de', fontSize=9.3, leading=13, leftIndent=20, bulletIndent=0, spaceAfter=4,
            alignment=TA_JUSTIFY)
    note = S('no', fontName='DV-I', fontSize=8, leading=10.5, textColor=GRIS, spaceAfter=6)

    band = Table([[P('COMPTE RENDU DE RÉUNION', lab)]], colWidths=[W - 2 * M])
    band.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), BLEU),
                              ('TOPPADDING', (0, 0), (-1, -1), 4),
                              ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
    story = [band, Spacer(1, 8),
             P('Comité de suivi du programme IMPACT — séance de bilan', title),
             P('Programme IMPACT (2018-2022) · Réunion plénière · Compte rendu validé par la '
               'présidence de séance', sub),
             P('Participants', h)]
    parts = [
        ('Présents', ['Charles-Benoît Heidsieck, président-fondateur du RAMEAU (présidence de séance)',
                      'Laurence Weber, directrice générale du RAMEAU',
                      'Anne Robin, directrice scientifique de l’Observatoire des partenariats, '
                      'fondatrice de COMISIS',
                      'un représentant de la Caisse des Dépôts',
                      'un représentant de l’Institut CDC pour la Recherche',
                      'une représentante du Groupe La Poste',
                      'un représentant de la Fondation TOTAL']),
        ('Excusés', ['les représentants du MEDEF et du Mouvement associatif, partenaires de '
                     'l’Observatoire']),
    ]
    rows = []
    for k, vals in parts:
        rows.append([P('<b>%s</b>' % k, cell),
                     [P(v, S('pl', parent=cell, leftIndent=8, bulletIndent=0), bulletText='–')
                      for v in vals]])
    tp = Table(rows, colWidths=[25 * mm, W - 2 * M - 25 * mm])
    tp.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                            ('LINEBELOW', (0, 0), (-1, -2), 0.4, colors.HexColor('#BBBBBB')),
                            ('BACKGROUND', (0, 0), (0, -1), BLEU_CLAIR)]))
    story.append(tp)
    story.append(P('Ordre du jour', h))
    for i, x in enumerate(['Rappel du cheminement de l’Observatoire',
                           'Résultats du volet Associations &amp; Territoires',
                           'Regards croisés : citoyens, entreprises, associations, maires',
                           'Décisions et suites à donner'], 1):
        story.append(P(x, li, bulletText='%d.' % i))

    story.append(P('1. Rappel du cheminement', h))
    story.append(P('La présidence ouvre la séance en rappelant que l’Observatoire des partenariats '
                   'a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le '
                   'MEDEF et le Mouvement associatif. Trois programmes quinquennaux se sont succédé : '
                   'ARPEA de 2008 à 2012, PHARE de 2013 à 2018, puis IMPACT, lancé en novembre 2017 '
                   'pour couvrir la période 2018-2022. Il est relevé que le site de l’Observatoire '
                   'présente PHARE sur la période 2013-2017 : les deux bornes circulent.', body))
    story.append(P('IMPACT est mené conjointement par la Caisse des Dépôts, l’Institut CDC pour la '
                   'Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU. Il s’organise '
                   'autour de trois axes : l’innovation sociétale et territoriale, la performance '
                   'des organisations et la confiance.', body))

    story.append(P('2. Résultats du volet Associations &amp; Territoires', h))
    story.append(P('La direction scientifique présente les résultats. Le champ couvre 148 000 '
                   'associations employeuses, dont 98 % déclarent entretenir des partenariats. Le '
                   'tableau ci-dessous reprend les principaux pourcentages commentés en séance.', body))
    data = [[P('Type de partenaire', cellb), P('%', cellb), P('Échelle / forme', cellb), P('%', cellb)],
            [P('Collectivités territoriales', cell), P('89 %', cell), P('Échelle locale', cell), P('73 %', cell)],
            [P('Structures d’intérêt général', cell), P('73 %', cell), P('Échelle régionale', cell), P('47 %', cell)],
            [P('Établissements scolaires', cell), P('70 %', cell), P('Mécénat', cell), P('75 %', cell)],
            [P('Collectifs d’associations', cell), P('56 %', cell), P('Innovation sociétale', cell), P('73 %', cell)],
            [P('Acteurs publics nationaux', cell), P('52 %', cell), P('Pratiques responsables', cell), P('70 %', cell)],
            [P('Fédérations professionnelles', cell), P('37 %', cell), P('Coopération économique', cell), P('58 %', cell)],
            [P('Acteurs académiques', cell), P('35 %', cell), P('', cell), P('', cell)]]
    cw = W - 2 * M
    tb = Table(data, colWidths=[cw * 0.36, cw * 0.12, cw * 0.36, cw * 0.16], repeatRows=1)
    tb.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), BLEU),
                            ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, BLEU_CLAIR]),
                            ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#999999')),
                            ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    story.append(tb)
    story.append(Spacer(1, 3))
    story.append(P('Lecture : 89 % des associations employeuses partenaires travaillent avec une '
                   'collectivité territoriale ; 75 % de ces partenariats prennent la forme du mécénat.', note))
    story.append(P('Le volet consacré aux fondations a également été évoqué ; il débouche sur la '
                   'fiche acteur « Dynamique d’engagement des Fondations ».', body))

    story.append(P('3. Regards croisés', h))
    story.append(P('Les partenariats sont perçus comme une source d’innovation par 74 % des Français, '
                   '81 % des dirigeants d’entreprise, 86 % des responsables associatifs et 87 % des '
                   'maires. Un membre du comité signale qu’une autre restitution des mêmes travaux '
                   'indique 69 % des citoyens, et non 74 %. Côté élus, 76 % des maires considèrent '
                   'leur territoire comme engagé, mais 46 % admettent ne pas savoir piloter ces '
                   'dynamiques.', body))

    story.append(CondPageBreak(60 * mm))
    story.append(P('4. Décisions', h))
    decisions = [
        'Le comité valide la restitution des résultats du volet Associations &amp; Territoires '
        'telle que présentée en séance.',
        'La fiche-repère consacrée aux collectivités territoriales sera diffusée aux réseaux '
        'd’élus partenaires.',
        'Les trois axes du programme (innovation sociétale et territoriale, performance des '
        'organisations, confiance) restent la grille de lecture commune à tous les volets.',
        'Lorsqu’un même indicateur circule avec deux valeurs (74 % ou 69 % pour les citoyens), '
        'les publications mentionneront les deux chiffres en note, avec leur source.',
        'La direction scientifique de l’Observatoire continue d’être assurée, à titre bénévole, '
        'par Anne Robin.',
        'Le secrétariat adressera le présent compte rendu aux partenaires excusés (MEDEF, '
        'Mouvement associatif).',
    ]
    for i, d in enumerate(decisions, 1):
        story.append(P(d, dec, bulletText='D%d' % i))
    story.append(P('Prochaines étapes', h))
    story.append(P('La présidence propose de consacrer la prochaine réunion à la préparation des '
                   'publications de fin de programme. L’ordre du jour sera arrêté par la direction '
                   'générale et communiqué aux membres au moins quinze jours à l’avance.', body))
    story.append(Spacer(1, 10))
    story.append(P('La séance est levée à l’issue de l’examen des décisions. Compte rendu établi par '
                   'le secrétariat du comité, relu par la présidence de séance.', note))

    # annexe 16:9
    story.append(NextPageTemplate('slide'))
    story.append(PageBreak())
    st = S('st', fontName='DV-B', fontSize=22, leading=26, textColor=BLEU, spaceAfter=4)
    ss = S('ss', fontSize=12, leading=15, textColor=GRIS, spaceAfter=14)
    bx_t = S('bxt', fontName='DV-B', fontSize=14, leading=17, textColor=colors.white,
             alignment=TA_CENTER)
    bx_b = S('bxb', fontSize=10.5, leading=13.5, alignment=TA_CENTER)
    story.append(P('IMPACT 2018-2022 en un coup d’œil', st))
    story.append(P('Lancé en novembre 2017 · cinq partenaires · trois axes de mesure', ss))
    boxes = Table([[P('Axe 1', bx_t), P('Axe 2', bx_t), P('Axe 3', bx_t)],
                   [P('Innovation sociétale et territoriale', bx_b),
                    P('Performance des organisations', bx_b),
                    P('Confiance', bx_b)]],
                  colWidths=[(SW - 80) / 3] * 3, rowHeights=[34, 110])
    boxes.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), VERT),
                               ('BACKGROUND', (0, 1), (-1, 1), VERT_CLAIR),
                               ('BOX', (0, 0), (0, -1), 1, colors.white),
                               ('BOX', (1, 0), (1, -1), 1, colors.white),
                               ('BOX', (2, 0), (2, -1), 1, colors.white),
                               ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    story.append(boxes)
    story.append(Spacer(1, 14))
    story.append(P('Trois indicateurs pour suivre les effets : innovation · performance · confiance',
                   S('ind', fontName='DV-B', fontSize=12, leading=15, textColor=ORANGE,
                     alignment=TA_CENTER)))
    story.append(Spacer(1, 14))
    story.append(P('Partenaires : Caisse des Dépôts · Institut CDC pour la Recherche · Groupe La Poste · '
                   'Fondation TOTAL · Le RAMEAU', S('pp', fontSize=10.5, leading=14, alignment=TA_CENTER)))
    doc.build(story)
    return path


# ---------------------------------------------------------------------------
# 04 — Fiche Repère
# ---------------------------------------------------------------------------
def doc_fiche_repere():
    path = os.path.join(OUT, 'obs-s59-04-fiche-repere-opinion.pdf')
    W, H = A4
    L = 38 * mm
    R = 18 * mm
    printed = {1: 31, 2: 32, 3: 33}

    def deco(c, doc):
        n = doc.page
        c.saveState()
        c.setFillColor(ORANGE)
        c.rect(0, 0, 26 * mm, H, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 9)
        c.drawCentredString(13 * mm, H - 20 * mm, 'FICHE')
        c.drawCentredString(13 * mm, H - 25 * mm, 'REPÈRE')
        c.setFont('DV-B', 26)
        c.drawCentredString(13 * mm, H - 38 * mm, '7')
        c.setFont('DV-B', 11)
        c.drawCentredString(13 * mm, 14 * mm, '— %d —' % printed.get(n, n + 30))
        c.setFillColor(GRIS)
        c.setFont('DV', 7.5)
        c.drawString(L, H - 12 * mm, 'Observatoire des partenariats · Les Repères de l’opinion')
        c.drawRightString(W - R, H - 12 * mm, 'Fiche Repère n° 7 — Opinion et alliances')
        c.drawString(L, 10 * mm, 'Sources : publications de l’Observatoire des partenariats · '
                                 'observatoire-des-partenariats.fr')
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=L, rightMargin=R,
                          topMargin=18 * mm, bottomMargin=18 * mm)
    meta(doc, 'Fiche Repère n° 7 — Opinion et alliances', 'Fiche Repère')
    fr = Frame(L, 18 * mm, W - L - R, H - 34 * mm, id='main')
    doc.addPageTemplates([PageTemplate('p', frames=[fr], onPage=deco)])
    cw = W - L - R

    title = S('ti', fontName='DV-B', fontSize=15, leading=19, textColor=ORANGE, spaceAfter=6)
    h = S('h', fontName='DV-B', fontSize=10.5, leading=14, textColor=BLEU, spaceBefore=10,
          spaceAfter=4, keepWithNext=1)
    body = S('b', fontSize=9.5, leading=13.2, alignment=TA_JUSTIFY, spaceAfter=5)
    cell = S('ce', fontName='DVC', fontSize=9, leading=11.5)
    cellc = S('cc', parent=cell, alignment=TA_CENTER)
    head = S('hd', fontName='DVC-B', fontSize=9, leading=11.5, textColor=colors.white,
             alignment=TA_CENTER)
    headl = S('hl', parent=head, alignment=TA_LEFT)
    fn = S('fn', fontSize=7.6, leading=10, textColor=GRIS)
    boxs = S('bx', fontSize=9, leading=12.5)
    li = S('li', fontSize=9.3, leading=12.5, leftIndent=12, bulletIndent=0, spaceAfter=1)

    def tstyle(t):
        t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), BLEU),
                               ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, GRIS_CLAIR]),
                               ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#999999')),
                               ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                               ('TOPPADDING', (0, 0), (-1, -1), 3),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
        return t

    def rule():
        t = Table([['']], colWidths=[45 * mm], rowHeights=[2])
        t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 0.6, GRIS)]))
        t.hAlign = 'LEFT'
        return t

    story = []
    # page 1 — ARPEA 2008 / 2012
    story.append(P('Les Français et les partenariats associations-entreprises : deux mesures, '
                   '2008 et 2012', title))
    story.append(P('Pendant son premier programme quinquennal, ARPEA (2008-2012), l’Observatoire¹ a '
                   'interrogé à deux reprises les Français sur l’urgence de rapprocher associations et '
                   'entreprises. À quatre ans d’intervalle, la conviction reste massive, avec un léger '
                   'tassement.', body))
    t1 = tstyle(Table([
        [P('Indicateur', headl), P('2008', head), P('2012', head)],
        [P('Part des Français jugeant urgent de créer des partenariats entre associations et '
           'entreprises', cell), P('86 %', cellc), P('84 %', cellc)],
        [P('Publication de référence', cell), P('ARPEA-Citoyens', cellc),
         P('Rapport quinquennal du 11 décembre 2012', cellc)],
        [P('Évolution', cell), P('—', cellc), P('– 2 points', cellc)],
    ], colWidths=[cw * 0.5, cw * 0.22, cw * 0.28]))
    story.append(t1)
    story.append(Spacer(1, 8))
    box = Table([[[P('<b>Et du côté des organisations ?</b>', boxs),
                   P('L’étude ARPEA Entreprises &amp; Territoires (janvier 2011) distingue trois '
                     'groupes : 21 % des entreprises développent déjà des partenariats, 33 % '
                     'souhaitent le faire et 46 % ne le souhaitent pas.', boxs),
                   P('Côté associations, près de 46 % sont engagées avec au moins une entreprise.', boxs)]]],
                colWidths=[cw])
    box.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), BLEU_CLAIR),
                             ('LINEBEFORE', (0, 0), (0, -1), 3, BLEU),
                             ('LEFTPADDING', (0, 0), (-1, -1), 8),
                             ('TOPPADDING', (0, 0), (-1, -1), 6),
                             ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
    story.append(box)
    story.append(P('Ce qu’il faut retenir', h))
    for x in ['Aux deux dates, plus de huit Français sur dix jugent urgent de rapprocher '
              'associations et entreprises.',
              'L’écart entre l’opinion, très favorable, et la pratique des entreprises reste net.',
              'Les deux mesures ont servi de point de départ au programme suivant, PHARE.']:
        story.append(P(x, li, bulletText='•'))
    story.append(Spacer(1, 14))
    story.append(rule())
    story.append(P('¹ Les documents de cette période, dont le rapport quinquennal, présentent la '
                   'structure comme « l’Observatoire national des partenariats associations / '
                   'entreprises », « créé en 2007 ». Les présentations actuelles retiennent une '
                   'création en 2008 par la Caisse des Dépôts et Le RAMEAU.', fn))
    story.append(PageBreak())

    # page 2 — PHARE-Citoyens
    story.append(P('Ce que les Français attendent : l’enquête PHARE-Citoyens (septembre 2015)', title))
    story.append(P('Premier volet du programme PHARE, l’enquête auprès des citoyens a été conduite '
                   'auprès de plus de 2 000 personnes. Elle révèle que 69 % des Français considèrent '
                   'le fait de s’allier comme un devoir, et classe les sujets sur lesquels ils '
                   'attendent des réponses.', body))
    t2 = tstyle(Table([
        [P('Enjeu', headl), P('Note d’attente (sur 10)', head)],
        [P('Emploi', cell), P('7,1', cellc)],
        [P('Pouvoir d’achat', cell), P('6,6', cellc)],
        [P('Sécurité', cell), P('6,6 ²', cellc)],
        [P('Développement économique', cell), P('6,5', cellc)],
        [P('Environnement', cell), P('6,3', cellc)],
        [P('Exclusion', cell), P('6,3', cellc)],
    ], colWidths=[cw * 0.6, cw * 0.4]))
    story.append(t2)
    story.append(Spacer(1, 8))
    story.append(P('Là où les partenariats ont, selon eux, un impact fort', h))
    t3 = tstyle(Table([
        [P('Domaine', headl), P('Part des Français', head)],
        [P('Emploi', cell), P('49 %', cellc)],
        [P('Développement économique', cell), P('46 %', cellc)],
        [P('Environnement', cell), P('42 %', cellc)],
        [P('Précarité', cell), P('36 %', cellc)],
        [P('Éducation', cell), P('36 %', cellc)],
    ], colWidths=[cw * 0.6, cw * 0.4]))
    story.append(t3)
    story.append(P('Six volets pour PHARE', h))
    for x in ['Citoyens : septembre 2015', 'Entreprises : octobre 2015',
              'Associations : novembre 2015', '13 rapports régionaux : 2016',
              'Diagnostics sectoriels : juillet 2016', 'Institutions : automne 2016']:
        story.append(P(x, li, bulletText='•'))
    story.append(Spacer(1, 10))
    story.append(rule())
    story.append(P('² Note de 6,6 dans la restitution détaillée des résultats ; une autre présentation '
                   'de la même enquête attribue à la sécurité une note de 7/10.', fn))
    story.append(PageBreak())

    # page 3 — maires 2016 / 2024
    story.append(P('Les maires face aux alliances : 2016 et 2024', title))
    story.append(P('Deux enquêtes, à huit ans d’écart, éclairent le regard des maires. Elles ne posent '
                   'pas exactement les mêmes questions : la comparaison porte sur les ordres de grandeur '
                   'et sur la manière de lire le territoire.', body))
    t4 = tstyle(Table([
        [P('', headl), P('2016', head), P('2024', head)],
        [P('Enquête', cell), P('PHARE-Institutions', cellc),
         P('IMPACTS &amp; TRAJECTOIRES – Élus locaux', cellc)],
        [P('Publication', cell), P('29 novembre 2016', cellc), P('novembre 2024', cellc)],
        [P('Terrain', cell), P('—', cellc),
         P('du 30 septembre au 28 octobre 2024, par téléphone', cellc)],
        [P('Répondants', cell), P('—', cellc), P('302 maires', cellc)],
        [P('Résultat phare', cell),
         P('87 % des maires voient dans les partenariats une source d’innovation', cellc),
         P('91 % des maires voient leur territoire en mouvement', cellc)],
        [P('Pour aller plus loin', cell), P('typologie en 5 profils de maires', cellc),
         P('35 % « fortement », 56 % « ni plus ni moins »', cellc)],
    ], colWidths=[cw * 0.24, cw * 0.36, cw * 0.40]))
    story.append(t4)
    story.append(Spacer(1, 8))
    story.append(P('Précision sur l’échantillon de 2024 : 84 % des répondants exercent dans une '
                   'commune de moins de 2 000 habitants, ce qui reflète la structure communale '
                   'française.', body))
    story.append(P('Lecture', h))
    story.append(P('Entre les deux dates, le vocabulaire a glissé de l’innovation vers le mouvement : '
                   'les maires ne se demandent plus seulement si les alliances sont utiles, mais '
                   'comment elles transforment leur territoire.', body))
    doc.build(story)
    return path


# ---------------------------------------------------------------------------
# 05 — Glossaire
# ---------------------------------------------------------------------------
def doc_glossaire():
    path = os.path.join(OUT, 'obs-s59-05-glossaire.pdf')
    W, H = A4
    M = 18 * mm
    gap = 8 * mm
    colw = (W - 2 * M - gap) / 2
    roman = {1: 'xii', 2: 'xiii', 3: 'xiv'}

    def deco(c, doc):
        n = doc.page
        c.saveState()
        c.setFillColor(VERT)
        c.setFont('DV-B', 8)
        c.drawString(M, H - 11 * mm, 'GLOSSAIRE')
        c.setFillColor(GRIS)
        c.setFont('DV-I', 8)
        c.drawRightString(W - M, H - 11 * mm, 'Les mots de l’alliance — Observatoire des partenariats')
        c.setStrokeColor(VERT)
        c.setLineWidth(1)
        c.line(M, H - 13 * mm, W - M, H - 13 * mm)
        c.setFont('DV', 8.5)
        c.drawCentredString(W / 2, 10 * mm, roman.get(n, str(n)))
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=M, rightMargin=M,
                          topMargin=18 * mm, bottomMargin=18 * mm)
    meta(doc, 'Glossaire — Les mots de l’alliance', 'Glossaire')
    f = [Frame(M, 18 * mm, colw, H - 36 * mm, id='g1'),
         Frame(M + colw + gap, 18 * mm, colw, H - 36 * mm, id='g2')]
    doc.addPageTemplates([PageTemplate('g', frames=f, onPage=deco)])

    title = S('ti', fontName='DV-B', fontSize=17, leading=21, textColor=VERT, spaceAfter=4)
    intro = S('in', fontName='DV-I', fontSize=8.8, leading=12, textColor=GRIS, spaceAfter=8)
    letter = S('le', fontName='DV-B', fontSize=14, leading=17, textColor=ORANGE, spaceBefore=8,
               spaceAfter=2, keepWithNext=1)
    ent = S('en', fontSize=8.9, leading=12.2, alignment=TA_JUSTIFY, spaceAfter=6)

    entries = [
        ('A', [
            ('Agir ensemble en Territoire', 'Démarche initiée en 2010, à la suite de l’étude '
             'ARPEA-Collectivités locales menée par Comisis et OpinionWay. Elle a d’abord été testée '
             'dans trois territoires pilotes : l’Alsace (avec Alsace Active), le Poitou-Charentes (avec '
             'le Groupe La Poste) et Paris-Est Marne &amp; Bois.'),
            ('Alliance d’intérêt général', 'Coopération entre acteurs de nature différente '
             '(associations, entreprises, collectivités, fondations) au service d’un objectif '
             'commun d’intérêt général. Une proposition de loi, portée par Cathy Racon-Bouzon, '
             'vise à en reconnaître le « droit ».'),
            ('ARPEA', 'Premier programme quinquennal de l’Observatoire des partenariats '
             '(2008-2012), décliné en 10 volets. Le sigle n’a pas toujours été développé de la même '
             'façon : « Analyse des Relations et des Partenariats entre Entreprises et Associations » '
             'dans le rapport quinquennal, « Analyser les Relations Partenariales entre Entreprises et '
             'Associations » sur la page consacrée aux données, « Analyse des Relations '
             'Associations-Entreprises » dans la présentation du programme d’études.'),
        ]),
        ('C', [
            ('Catalyseurs territoriaux', 'Acteurs relais sur lesquels s’appuie le Fonds ODD 17 pour '
             'diffuser les pratiques d’alliance ; l’expérimentation prévoit d’en mobiliser 350.'),
            ('Charte du faire alliance', 'Texte d’engagement co-construit en trois mois, sous le '
             'pilotage de la Fondation des Territoires. Elle se présente comme un « contrat de '
             'confiance » entre les acteurs qui la signent.'),
            ('Comisis', 'Cabinet d’études fondé par Anne Robin. Associé à OpinionWay, il réalise '
             'plusieurs enquêtes de l’Observatoire des partenariats, dont l’étude IMPACT-Elus locaux.'),
            ('Co-construction territoriale', 'Manière de conduire un projet de territoire en '
             'associant, dès sa conception, les collectivités, les entreprises, les associations, '
             'les fondations et les habitants, plutôt qu’en les consultant une fois les choix faits.'),
        ]),
        ('D', [
            ('Devoir d’alliance', 'Expression reprise des enquêtes d’opinion : elle désigne la '
             'conviction que les acteurs d’un territoire ont l’obligation morale de coopérer pour '
             'répondre aux fragilités qu’aucun ne peut traiter seul.'),
        ]),
        ('E', [
            ('Exemple inspirant', 'Initiative de terrain repérée, documentée et partagée pour '
             'donner à d’autres l’envie et les moyens de s’en inspirer ; la base du RAMEAU en '
             'recense plus de 1 000.'),
        ]),
        ('F', [
            ('Feuille de route ministérielle', 'Ensemble de 21 mesures arrêté par le ministère pour '
             'accompagner le développement des alliances d’intérêt général.'),
            ('Fiche acteur', 'Synthèse de quelques pages consacrée à un type d’acteur (fondations, '
             'collectivités, entreprises…) : motivations, pratiques, freins et leviers d’engagement.'),
            ('Fiche-repère', 'Document court qui met en regard quelques chiffres clés et leur '
             'lecture, pour aider un décideur à situer son organisation ou son territoire.'),
            ('Fonds ODD 17', 'Fonds co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. '
             'Il est doté de 1,5 M€ pour conduire une expérimentation sur trois ans.'),
        ]),
        ('G', [
            ('Giving Tuesday', 'Journée mondiale de la générosité, organisée le mardi qui suit '
             'Thanksgiving ; elle a servi de cadre au lancement de la Charte du faire alliance.'),
        ]),
        ('I', [
            ('IMPACT', 'Troisième programme quinquennal de l’Observatoire (2018-2022), lancé en '
             'novembre 2017. Il mesure les effets des alliances sur trois plans : l’innovation '
             'sociétale et territoriale, la performance des organisations et la confiance.'),
        ]),
        ('J', [
            ('Jouer collectif', 'Formule employée dans les enquêtes auprès des élus et des '
             'dirigeants pour désigner la préférence pour des solutions construites à plusieurs.'),
        ]),
        ('M', [
            ('Mécénat', 'Soutien apporté par une entreprise à une cause d’intérêt général, en '
             'argent, en nature ou en compétences, sans contrepartie équivalente. C’est la forme '
             'de partenariat la plus répandue entre associations et entreprises.'),
            ('M.E.D.O.C.', 'Acronyme de Méthodes, Exemples, Données, Outils, Compétences : les cinq '
             'familles de ressources proposées sur la plateforme www.odd17.org pour passer de '
             'l’intention à la pratique.'),
        ]),
        ('O', [
            ('Observatoire des partenariats', 'Dispositif d’études créé en 2008 par la Caisse des '
             'Dépôts et Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif. '
             'Certaines présentations le disent « créé en 2008 par Le RAMEAU en partenariat avec la '
             'Caisse des Dépôts ». Sa direction scientifique est assurée par Anne Robin.'),
            ('ODD 17', 'Dix-septième des objectifs de développement durable adoptés par les Nations '
             'unies, consacré aux partenariats pour la réalisation des objectifs. Il se décline en '
             '19 cibles.'),
        ]),
        ('P', [
            ('Parcours d’expérience', 'Dispositif d’apprentissage entre territoires, organisé en '
             'sessions sur plusieurs mois ; celui qu’ont lancé le CGET et Le RAMEAU a duré 18 mois.'),
            ('PHARE', 'Deuxième programme quinquennal (2013-2018). Il comprend 6 volets, du volet '
             'Citoyens au volet Institutions, en passant par 13 rapports régionaux.'),
            ('Programme quinquennal', 'Cycle de cinq ans qui structure les travaux de '
             'l’Observatoire : ARPEA, puis PHARE, puis IMPACT.'),
        ]),
        ('R', [
            ('RAMEAU (Le)', 'Association d’intérêt général fondée en 2006, qui se définit comme un '
             '« laboratoire d’innovations partenariales ». Elle co-pilote l’Observatoire des '
             'partenariats.'),
            ('Rapport quinquennal', 'Bilan des cinq premières années de travaux de l’Observatoire, '
             'rendu public le 11 décembre 2012.'),
        ]),
        ('T', [
            ('Territoire pionnier', 'Territoire volontaire qui expérimente une démarche avant sa '
             'diffusion plus large ; c’est le terme employé pour le parcours d’expérience conduit '
             'avec le CGET.'),
        ]),
        ('V', [
            ('Volet', 'Sous-ensemble d’un programme, consacré à un public (citoyens, entreprises, '
             'associations, institutions) ou à un territoire.'),
        ]),
    ]
    story = [P('Les mots de l’alliance', title),
             P('Petit lexique des termes employés dans les publications de l’Observatoire des '
               'partenariats et du RAMEAU. Les renvois entre entrées sont signalés par le nom de '
               'l’entrée.', intro)]
    for L, items in entries:
        story.append(P(L, letter))
        for term, d in items:
            story.append(P('<b>%s</b> — %s' % (term, d), ent))
    doc.build(story)
    return path


# ---------------------------------------------------------------------------
# 06 — Dépliant trois volets
# ---------------------------------------------------------------------------
def doc_depliant():
    path = os.path.join(OUT, 'obs-s59-06-depliant-faire-alliance.pdf')
    W, H = landscape(A4)
    m = 10 * mm
    pw = W / 3

    def deco(c, doc):
        c.saveState()
        c.setStrokeColor(colors.HexColor('#BBBBBB'))
        c.setDash(2, 3)
        c.setLineWidth(0.4)
        c.line(pw, 5 * mm, pw, H - 5 * mm)
        c.line(2 * pw, 5 * mm, 2 * pw, H - 5 * mm)
        c.setDash()
        if doc.page == 1:
            # couverture = volet de droite
            c.setFillColor(VERT)
            c.rect(2 * pw, 0, pw, H, fill=1, stroke=0)
        else:
            c.setFillColor(VERT)
            c.rect(0, H - 9 * mm, W, 9 * mm, fill=1, stroke=0)
            c.setFillColor(colors.white)
            c.setFont('DV-B', 8)
            c.drawString(m, H - 6 * mm, 'FAIRE ALLIANCE EN TERRITOIRE')
            c.drawRightString(W - m, H - 6 * mm, 'VOLETS INTÉRIEURS')
        c.restoreState()

    doc = BaseDocTemplate(path, pagesize=(W, H), leftMargin=m, rightMargin=m,
                          topMargin=m, bottomMargin=m)
    meta(doc, 'Dépliant — Faire alliance en territoire', 'Dépliant')
    frames1 = [Frame(i * pw + m, m, pw - 2 * m, H - 2 * m, id='e%d' % i) for i in range(3)]
    frames2 = [Frame(i * pw + m, m, pw - 2 * m, H - 2 * m - 9 * mm, id='i%d' % i) for i in range(3)]
    doc.addPageTemplates([PageTemplate('ext', frames=frames1, onPage=deco, autoNextPageTemplate='int'),
                          PageTemplate('int', frames=frames2, onPage=deco)])

    h = S('h', fontName='DV-B', fontSize=14, leading=18, textColor=VERT, spaceBefore=6,
          spaceAfter=7, keepWithNext=1)
    b = S('b', fontSize=10.4, leading=14.6, alignment=TA_LEFT, spaceAfter=7)
    li = S('li', fontSize=10.4, leading=14.2, leftIndent=13, bulletIndent=0, spaceAfter=3)
    cov_k = S('ck', fontName='DV-B', fontSize=9, textColor=colors.white, spaceAfter=30)
    cov_t = S('ct', fontName='DV-B', fontSize=26, leading=31, textColor=colors.white, spaceAfter=14)
    cov_s = S('cs', fontSize=12, leading=16, textColor=colors.white)
    small = S('sm', fontSize=8.3, leading=11.5, textColor=GRIS)
    web = S('w', fontName='DV-B', fontSize=10, leading=15, textColor=BLEU)
    warn = S('wa', fontSize=9.6, leading=13.2)

    def encadre(paras, bg=VERT_CLAIR, edge=VERT):
        t = Table([[paras]], colWidths=[pw - 2 * m])
        t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), bg),
                               ('BOX', (0, 0), (-1, -1), 0.6, edge),
                               ('LEFTPADDING', (0, 0), (-1, -1), 6),
                               ('RIGHTPADDING', (0, 0), (-1, -1), 6),
                               ('TOPPADDING', (0, 0), (-1, -1), 5),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
        return t

    story = []
    # page 1, volet gauche (rabat) — parcours d'expérience
    story.append(P('Un parcours pour apprendre en marchant', h))
    story.append(P('Le CGET et Le RAMEAU ont lancé ensemble un parcours d’expérience consacré à la '
                   'co-construction territoriale. Onze territoires pionniers s’y sont engagés pour '
                   'une durée de 18 mois ; la première session s’est tenue le 3 mai.', b))
    story.append(P('Au programme de chaque session :', b))
    for x in ['un diagnostic partagé des ressources du territoire ;',
              'des échanges entre pairs sur les difficultés rencontrées ;',
              'des outils pour animer des alliances dans la durée.']:
        story.append(P(x, li, bulletText='•'))
    story.append(Spacer(1, 6))
    story.append(encadre([P('<b>Combien de territoires ?</b> Le communiqué de lancement parle de '
                            '11 territoires pionniers. Un article du site du RAMEAU '
                            'évoque pour sa part « le CGET et 10 territoires pilotes ».', warn)],
                         bg=colors.HexColor('#FBEFE6'), edge=ORANGE))
    story.append(FrameBreak())
    # volet central (dos) — contacts
    story.append(P('Pour aller plus loin', h))
    story.append(P('Les publications, fiches et outils cités dans ce dépliant sont consultables en '
                   'ligne :', b))
    for x in ['www.lerameau.fr', 'observatoire-des-partenariats.fr', 'www.odd17.org']:
        story.append(P(x, web))
    story.append(Spacer(1, 10))
    story.append(P('Le RAMEAU conduit depuis 2006 des travaux de recherche sur les alliances '
                   'd’intérêt général. Ses publications sont librement accessibles.', b))
    story.append(P('Comment lire ce dépliant ?', h))
    story.append(P('Les volets intérieurs présentent trois portes d’entrée. La démarche Agir '
                   'ensemble en Territoire montre d’où vient la méthode ; la Charte du faire '
                   'alliance fixe un cadre commun ; le parcours d’expérience permet d’apprendre '
                   'avec d’autres territoires. Chacun peut commencer par celle qui lui parle le plus.', b))
    story.append(Spacer(1, 30))
    story.append(P('Document d’information gratuit — ne peut être vendu. Imprimé sur papier recyclé.', small))
    story.append(FrameBreak())
    # volet droit (couverture)
    story.append(Spacer(1, 30))
    story.append(P('DÉPLIANT · LE RAMEAU', cov_k))
    story.append(P('Faire alliance en territoire', cov_t))
    story.append(P('Une charte, une démarche, un parcours : trois portes d’entrée pour coopérer '
                   'entre associations, entreprises et collectivités.', cov_s))
    story.append(FrameBreak())

    # page 2, volets intérieurs
    story.append(P('Agir ensemble en Territoire', h))
    story.append(P('La démarche a vu le jour en 2010, dans le prolongement de l’étude '
                   'ARPEA-Collectivités locales réalisée par Comisis et OpinionWay. Plutôt que de '
                   'proposer un modèle unique, elle part des acteurs déjà mobilisés localement.', b))
    story.append(P('Trois territoires ont ouvert la voie :', b))
    for x in ['l’Alsace, avec Alsace Active ;', 'le Poitou-Charentes, avec le Groupe La Poste ;',
              'Paris-Est Marne &amp; Bois.']:
        story.append(P(x, li, bulletText='•'))
    story.append(P('Chaque pilote a permis de tester des outils d’animation avant leur diffusion '
                   'plus large.', b))
    story.append(P('Pourquoi partir du terrain ?', h))
    story.append(P('Parce que les coopérations qui durent s’appuient sur des relations qui existent '
                   'déjà : un club d’entreprises, un réseau associatif, une intercommunalité '
                   'attentive. La démarche aide à les relier plutôt qu’à en créer de nouvelles.', b))
    story.append(FrameBreak())
    story.append(P('La Charte du faire alliance', h))
    story.append(P('Fruit de trois mois de co-construction pilotés par la Fondation des Territoires, '
                   'la charte a été dévoilée le 30 novembre 2021, à l’occasion du Giving Tuesday, à '
                   'Saint-Maurice, dans le territoire de Paris-Est Marne &amp; Bois, lors d’une soirée '
                   'VitaWin.', b))
    story.append(P('Elle se veut un « contrat de confiance » : chaque signataire s’engage sur une '
                   'manière de faire, pas seulement sur un projet.', b))
    story.append(encadre([P('<b>À noter :</b> l’annonce parue sur associations.gouv.fr situe ce '
                            'lancement au « mardi 30 septembre ». Les autres sources retiennent le '
                            '30 novembre 2021.', warn)], bg=colors.HexColor('#FBEFE6'), edge=ORANGE))
    story.append(FrameBreak())
    story.append(P('Ce que la charte change', h))
    for x in ['Reconnaître que chacun apporte une ressource différente.',
              'Se donner le temps de la confiance avant celui du projet.',
              'Évaluer ensemble les effets de l’alliance.',
              'Rendre compte aux habitants de ce qui a été fait.']:
        story.append(P(x, li, bulletText='✓'))
    story.append(Spacer(1, 10))
    rp = Table([[P('<b>REPÈRES</b>', S('rh', fontSize=9.6, leading=12, textColor=colors.white)), ''],
                [P('<b>2010</b>', warn), P('Naissance d’Agir ensemble en Territoire', warn)],
                [P('<b>3 mois</b>', warn), P('de co-construction de la charte', warn)],
                [P('<b>30/11/2021</b>', warn), P('Lancement de la charte à Saint-Maurice', warn)]],
               colWidths=[28 * mm, pw - 2 * m - 28 * mm])
    rp.setStyle(TableStyle([('SPAN', (0, 0), (-1, 0)), ('BACKGROUND', (0, 0), (-1, 0), VERT),
                            ('LINEBELOW', (0, 1), (-1, -1), 0.4, colors.HexColor('#BBBBBB')),
                            ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    story.append(rp)
    story.append(Spacer(1, 12))
    story.append(encadre([P('<b>Qui peut signer ?</b> Associations, entreprises, collectivités, '
                            'fondations, établissements d’enseignement : la charte s’adresse à toute '
                            'organisation prête à coopérer sur son territoire.', warn)]))
    doc.build(story)
    return path


if __name__ == '__main__':
    for f in (doc_bulletin, doc_entretien, doc_compte_rendu, doc_fiche_repere,
              doc_glossaire, doc_depliant):
        print(f())
