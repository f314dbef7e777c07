#!/usr/bin/env python3
"""Génère les 5 PDF du jeu s57 (corpus de démonstration « Observatoire des partenariats »).

Usage : python make_docs.py [DOSSIER_SORTIE]   (par défaut : le dossier du script)

Les faits proviennent de /work/shared/facts.md ; les phrases sont rédigées pour ce jeu.
Police DejaVu Sans, pas de césure, rl_config.invariant = 1 (sortie reproductible au md5).
"""
import os
import sys

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Paragraph,
                                Spacer, Table, TableStyle)

FONT_DIR = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FONT_DIR + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DV-B', FONT_DIR + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DV-I', FONT_DIR + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('DV-BI', FONT_DIR + 'DejaVuSans-BoldOblique.ttf'))
pdfmetrics.registerFontFamily('DV', normal='DV', bold='DV-B', italic='DV-I', boldItalic='DV-BI')

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
PREFIX = 's57'

NB = '\u00a0'      # espace insécable (chiffres, pourcentages)

VERT = colors.HexColor('#1f5f4a')
VERT_CLAIR = colors.HexColor('#e3efe9')
ORANGE = colors.HexColor('#c8631c')
GRIS = colors.HexColor('#555555')
GRIS_CLAIR = colors.HexColor('#eeeeee')


def st(name, **kw):
    base = dict(fontName='DV', fontSize=9.2, leading=12.4, textColor=colors.black,
                hyphenationLang=None, embeddedHyphenation=0, uriWasteReduce=0)
    base.update(kw)
    base = {k: v for k, v in base.items() if k in ParagraphStyle.defaults or k == 'name'}
    return ParagraphStyle(name, **base)


S = {
    'body': st('body', alignment=TA_LEFT, spaceAfter=4),
    'small': st('small', fontSize=7.6, leading=9.6, textColor=GRIS),
    'h1': st('h1', fontName='DV-B', fontSize=15, leading=19, textColor=VERT, spaceAfter=6),
    'h2': st('h2', fontName='DV-B', fontSize=11, leading=14, textColor=VERT, spaceBefore=6, spaceAfter=3),
    'h3': st('h3', fontName='DV-B', fontSize=9.6, leading=12.4, textColor=ORANGE, spaceBefore=4, spaceAfter=2),
    'q': st('q', fontName='DV-B', fontSize=10.4, leading=13.4, textColor=VERT, spaceBefore=9, spaceAfter=3),
    'bullet': st('bullet', leftIndent=10, bulletIndent=0),
    'cell': st('cell', fontSize=8.4, leading=10.6),
    'cellb': st('cellb', fontName='DV-B', fontSize=8.4, leading=10.6, textColor=colors.white),
    'kfig': st('kfig', fontName='DV-B', fontSize=17, leading=20, textColor=VERT, alignment=TA_CENTER),
    'klab': st('klab', fontSize=7.8, leading=9.8, alignment=TA_CENTER),
    'label': st('label', fontName='DV-B', fontSize=8, leading=10, textColor=ORANGE),
    'fn': st('fn', fontSize=7.2, leading=9.0, textColor=GRIS),
}


def P(text, style='body'):
    return Paragraph(text, S[style] if isinstance(style, str) else style)


def bullets(items, style='bullet'):
    return [Paragraph(t, S[style], bulletText='•') for t in items]


def keybox(pairs, width, cols=None):
    """Encadré de chiffres clés : liste de (chiffre, libellé)."""
    cols = cols or len(pairs)
    cells = [[P(v, 'kfig'), ] for v, _ in pairs]
    row1 = [P(v, 'kfig') for v, _ in pairs]
    row2 = [P(l, 'klab') for _, l in pairs]
    rows = []
    for i in range(0, len(pairs), cols):
        rows.append(row1[i:i + cols])
        rows.append(row2[i:i + cols])
    t = Table(rows, colWidths=[width / cols] * cols)
    t.setStyle(TableStyle([
        ('BACKGROUND', (0, 0), (-1, -1), VERT_CLAIR),
        ('BOX', (0, 0), (-1, -1), 1.2, VERT),
        ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
        ('TOPPADDING', (0, 0), (-1, -1), 3),
        ('BOTTOMPADDING', (0, 0), (-1, -1), 3),
    ]))
    return t


def datatable(header, rows, widths):
    data = [[P(h, 'cellb') for h in header]] + [[P(c, 'cell') for c in r] for r in rows]
    t = Table(data, colWidths=widths, repeatRows=1)
    sty = [
        ('BACKGROUND', (0, 0), (-1, 0), VERT),
        ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9bb5aa')),
        ('VALIGN', (0, 0), (-1, -1), 'TOP'),
        ('TOPPADDING', (0, 0), (-1, -1), 2.5),
        ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5),
    ]
    for i in range(1, len(data)):
        if i % 2 == 0:
            sty.append(('BACKGROUND', (0, i), (-1, i), GRIS_CLAIR))
    t.setStyle(TableStyle(sty))
    return t


def encadre(flowables, width, bg=VERT_CLAIR, border=VERT):
    t = Table([[flowables]], colWidths=[width])
    t.setStyle(TableStyle([
        ('BACKGROUND', (0, 0), (-1, -1), bg),
        ('BOX', (0, 0), (-1, -1), 0.9, border),
        ('LEFTPADDING', (0, 0), (-1, -1), 6),
        ('RIGHTPADDING', (0, 0), (-1, -1), 6),
        ('TOPPADDING', (0, 0), (-1, -1), 5),
        ('BOTTOMPADDING', (0, 0), (-1, -1), 5),
    ]))
    return t


def set_meta(canv, title, author='Observatoire des partenariats'):
    canv.setTitle(title)
    canv.setAuthor(author)
    canv.setSubject(title)
    canv.setCreator('make_docs.py (jeu s57)')


# ---------------------------------------------------------------------------
# 01 — Rapport annuel d'activité (A4, deux colonnes, encadrés, tableaux)
# ---------------------------------------------------------------------------

def doc01():
    path = os.path.join(OUT, f'obs-{PREFIX}-01-rapport-activite-2022.pdf')
    W, H = A4
    M = 1.7 * cm
    GAP = 0.7 * cm
    colw = (W - 2 * M - GAP) / 2
    top = H - 2.6 * cm
    bottom = 2.0 * cm
    PRINTED_OFFSET = 2  # page PDF 2 = page imprimée 4

    def cover(canv, doc):
        set_meta(canv, "Rapport annuel d'activité 2022 — Observatoire des partenariats")
        canv.saveState()
        canv.setFillColor(VERT)
        canv.rect(0, H - 9 * cm, W, 9 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont('DV-B', 11)
        canv.drawString(M, H - 2.2 * cm, 'OBSERVATOIRE DES PARTENARIATS  ·  LE RAMEAU')
        canv.setFont('DV-B', 28)
        canv.drawString(M, H - 4.6 * cm, "RAPPORT ANNUEL")
        canv.drawString(M, H - 5.9 * cm, "D'ACTIVITÉ")
        canv.setFont('DV', 14)
        canv.drawString(M, H - 7.3 * cm, 'Exercice 2022 — alliances au service du bien commun')
        canv.setFillColor(ORANGE)
        canv.rect(0, 0, W, 1.2 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont('DV', 8.5)
        canv.drawString(M, 0.45 * cm, 'www.observatoire-des-partenariats.fr   ·   www.lerameau.fr')
        canv.restoreState()

    def inner(canv, doc):
        canv.saveState()
        n = doc.page
        canv.setFillColor(VERT)
        canv.rect(0, H - 1.5 * cm, W, 1.5 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont('DV-B', 8.5)
        canv.drawString(M, H - 0.95 * cm, "RAPPORT ANNUEL D'ACTIVITÉ 2022")
        canv.setFont('DV', 8.5)
        canv.drawRightString(W - M, H - 0.95 * cm, 'Observatoire des partenariats')
        canv.setStrokeColor(VERT)
        canv.setLineWidth(0.6)
        canv.line(M, 1.45 * cm, W - M, 1.45 * cm)
        canv.setFillColor(GRIS)
        canv.setFont('DV', 7.5)
        canv.drawString(M, 0.95 * cm, "Le RAMEAU — laboratoire de recherche empirique sur les alliances")
        canv.setFont('DV-B', 9)
        printed = n + PRINTED_OFFSET
        if printed % 2 == 0:
            canv.drawString(M, 0.55 * cm, str(printed))
        else:
            canv.drawRightString(W - M, 0.55 * cm, str(printed))
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=M, rightMargin=M,
                          topMargin=2.6 * cm, bottomMargin=bottom, invariant=1)
    f_cover = Frame(M, 2.0 * cm, W - 2 * M, H - 11.5 * cm, id='cov')
    f1 = Frame(M, bottom, colw, top - bottom, id='c1')
    f2 = Frame(M + colw + GAP, bottom, colw, top - bottom, id='c2')
    doc.addPageTemplates([
        PageTemplate(id='cover', frames=[f_cover], onPage=cover),
        PageTemplate(id='two', frames=[f1, f2], onPage=inner),
    ])
    full = W - 2 * M
    s = []
    # --- page 1 : couverture
    s += [Spacer(1, 0.4 * cm), P('SOMMAIRE', 'label'), Spacer(1, 3)]
    s += bullets([
        'Qui sommes-nous ? — page 4',
        'Trois plans de recherche successifs — page 5',
        'Les associations et leurs alliances : chiffres clés — page 6',
        "Les temps forts de l'année — page 7",
        'Données pour agir et publications — page 8',
    ])
    s += [Spacer(1, 0.6 * cm)]
    s += [keybox([('2006', 'naissance du RAMEAU'), ('2008', "lancement de l'Observatoire"),
                  ('14 juin 2022', 'création de la Fondation des Territoires')], full)]
    s += [Spacer(1, 0.5 * cm), P(
        "Ce rapport retrace une année de travaux de l'Observatoire des partenariats : études, "
        "expérimentations territoriales et plaidoyer pour que les alliances entre associations, "
        "entreprises, collectivités et fondations deviennent un réflexe partagé.", 'body')]
    s += [NextPageTemplate('two'), PageBreak()]

    # --- page 2 (imprimée 4) : qui sommes-nous
    s += [P('Qui sommes-nous ?', 'h1')]
    s += [P("<b>Le RAMEAU</b> a vu le jour en 2006. Association reconnue d'intérêt général, elle se "
            "définit comme un « laboratoire de recherche empirique » consacré aux alliances entre "
            "acteurs de nature différente. Son président-fondateur est Charles-Benoît Heidsieck ; "
            "la direction générale est assurée par Laurence Weber.")]
    s += [P("Ses travaux poursuivent trois missions, la première consistant à témoigner de ce qui se "
            "fait déjà sur le terrain. Plus de 1" + NB + "000 exemples inspirants ont ainsi été "
            "recensés, et des expérimentations ont été conduites auprès de plus de 500 organisations "
            "depuis la création de l'association.")]
    s += [P('Un observatoire, plusieurs fondateurs', 'h2')]
    s += [P("L'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et "
            "Le RAMEAU, en partenariat avec le MEDEF et le Mouvement associatif. Il mesure, année "
            "après année, l'état des relations entre associations, entreprises et territoires.")]
    s += [encadre([P('DATE DE CRÉATION : DEUX VERSIONS', 'label'),
                   P("Nos publications les plus anciennes donnent une autre date : l'étude ARPEA "
                     "Entreprises &amp; Territoires (janvier 2011) et le rapport quinquennal "
                     "(11 décembre 2012) présentent un « Observatoire national des partenariats "
                     "associations / entreprises » créé en 2007. Les documents récents retiennent 2008.",
                     'small')], colw)]
    s += [P('Une direction scientifique bénévole', 'h2')]
    s += [P("La direction scientifique des travaux est confiée à Anne Robin, fondatrice de "
            "COMISIS, qui exerce cette responsabilité à titre bénévole.")]
    s += [FrameBreak()]
    s += [keybox([('1' + NB + '000+', 'exemples inspirants recensés'),
                  ('500+', 'organisations accompagnées dans des expérimentations')], colw)]
    s += [Spacer(1, 8)]
    s += [P('Une méthode : observer, expérimenter, transmettre', 'h2')]
    s += [P("L'approche repose sur quinze années de recherche et cinq années d'étude d'impact. "
            "Elle combine enquêtes statistiques, monographies de territoires et co-construction "
            "d'outils avec les acteurs eux-mêmes.")]
    s += bullets([
        "observer : sondages auprès des citoyens, des dirigeants, des associations et des élus ;",
        "expérimenter : accompagner des territoires pionniers sur plusieurs mois ;",
        "transmettre : fiches-repères, guides et plateformes en accès libre.",
    ])
    s += [P('Gouvernance', 'h2')]
    s += [datatable(['Fonction', 'Titulaire'],
                    [['Président-fondateur du RAMEAU', 'Charles-Benoît Heidsieck'],
                     ['Directrice générale du RAMEAU', 'Laurence Weber'],
                     ["Direction scientifique de l'Observatoire", 'Anne Robin (COMISIS)']],
                    [colw * 0.55, colw * 0.45])]
    s += [PageBreak()]

    # --- page 3 (imprimée 5) : plans quinquennaux
    s += [P('Trois plans de recherche successifs', 'h1')]
    s += [P("Depuis sa création, l'Observatoire organise ses travaux en programmes de cinq ans. "
            "Chacun interroge les mêmes publics pour mesurer les évolutions dans la durée.")]
    s += [datatable(['Plan', 'Période', 'Repère'],
                    [['ARPEA', '2008-2012', 'dix volets ; rapport quinquennal le 11 décembre 2012'],
                     ['PHARE', '2013-2018 (2013-2017 dans certaines présentations)',
                      'six volets publiés de 2015 à 2016'],
                     ['IMPACT', '2018-2022', 'lancé en novembre 2017']],
                    [colw * 0.28, colw * 0.34, colw * 0.38])]
    s += [Spacer(1, 4), P("Les bornes du programme PHARE varient selon les supports : la page de "
                           "présentation du programme indique 2013-2018, la frise du cheminement "
                           "indique 2013-2017.", 'small')]
    s += [P('Un état des lieux demandé par le ministère', 'h2')]
    s += [P("À la demande de la ministre Valérie Fourneyron, un rapport dressant l'état des lieux "
            "des partenariats entre associations et entreprises a été rédigé ; il a été rendu "
            "public au début de l'année 2014.")]
    s += [FrameBreak()]
    s += [P('IMPACT : cinq partenaires, trois axes', 'h2')]
    s += [P("Le programme IMPACT a été conduit avec un tour de table de cinq partenaires :")]
    s += bullets(['la Caisse des Dépôts ;', "l'Institut CDC pour la Recherche ;",
                  'le Groupe La Poste ;', 'la Fondation TOTAL ;', 'Le RAMEAU.'])
    s += [P("Il évalue l'effet des alliances selon trois axes :")]
    s += bullets(["l'innovation sociétale et territoriale ;", 'la performance des organisations ;',
                  'la confiance.'])
    s += [encadre([P('À RETENIR', 'label'),
                   P("Un tableau de bord public reprend ces trois dimensions sous la forme de "
                     "trois indicateurs : innovation, performance, confiance.", 'small')], colw)]
    s += [PageBreak()]

    # --- page 4 (imprimée 6) : chiffres clés associations
    s += [P('Les associations et leurs alliances', 'h1')]
    s += [P("Le volet IMPACT – Associations &amp; Territoires s'intéresse aux associations qui "
            "emploient des salariés, soit 148" + NB + "000 structures en France. Presque toutes "
            "travaillent déjà avec d'autres acteurs.")]
    s += [keybox([('148' + NB + '000', 'associations employeuses'),
                  ('98' + NB + '%', 'ont au moins un partenariat')], colw)]
    s += [P('Avec qui ?', 'h2')]
    s += [datatable(['Type de partenaire', 'Part des associations'],
                    [['Collectivités territoriales', '89' + NB + '%'],
                     ["Structures d'intérêt général", '73' + NB + '%'],
                     ['Établissements scolaires', '70' + NB + '%'],
                     ["Collectifs d'associations", '56' + NB + '%'],
                     ['Acteurs publics nationaux', '52' + NB + '%'],
                     ['Fédérations professionnelles', '37' + NB + '%'],
                     ['Acteurs académiques', '35' + NB + '%']],
                    [colw * 0.64, colw * 0.36])]
    s += [FrameBreak()]
    s += [P('À quelle échelle ?', 'h2')]
    s += [P("Les alliances se nouent d'abord au plus près du terrain : 73" + NB + "% des "
            "associations employeuses ont des partenaires au niveau local, 47" + NB + "% à "
            "l'échelle régionale.")]
    s += [P('Sous quelle forme ?', 'h2')]
    s += [datatable(['Forme de la relation', 'Part'],
                    [['Mécénat', '75' + NB + '%'],
                     ['Innovation sociétale', '73' + NB + '%'],
                     ['Pratiques responsables', '70' + NB + '%'],
                     ['Coopération économique', '58' + NB + '%']],
                    [colw * 0.64, colw * 0.36])]
    s += [Spacer(1, 6), encadre([P('LECTURE', 'label'),
                                 P("Plusieurs réponses possibles : les totaux dépassent 100" + NB +
                                   "%. Le même taux de 73" + NB + "% apparaît pour trois questions "
                                   "différentes.", 'small')], colw)]
    s += [PageBreak()]

    # --- page 5 (imprimée 7) : temps forts
    s += [P("Les temps forts de l'année", 'h1')]
    s += [P('Naissance de la Fondation des Territoires', 'h2')]
    s += [P("Annoncée depuis longtemps, la Fondation des Territoires a été officiellement créée le "
            "14 juin 2022, abritée par la Fondation de Lille. Elle réunit 21 co-fondateurs et "
            "s'est donné trois missions.")]
    s += [P("Sa préfiguration avait commencé en juillet 2018 et s'est déroulée en trois temps :")]
    s += bullets(['de juillet 2018 à juillet 2019 ;', "d'août 2019 à novembre 2020 ;",
                  'de décembre 2020 à mai 2022.'])
    s += [P('Vers un droit de l’alliance', 'h2')]
    s += [P("Lors du FNAF 2019, Gabriel Attal a confié une mission ministérielle à Cathy "
            "Racon-Bouzon et Charles-Benoît Heidsieck. Leur rapport a été remis le 7 mai 2020 ; "
            "un bilan d'étape a suivi le 17 octobre 2020.")]
    s += [FrameBreak()]
    s += [P("Dans le prolongement, une proposition de loi consacrant un « droit de l'alliance "
            "d'intérêt général », portée par Cathy Racon-Bouzon et déposée en février, a été "
            "agréée par le Bureau de l'Assemblée nationale puis publiée au Journal officiel. "
            "Une feuille de route ministérielle de 21 mesures l'accompagne.")]
    s += [P('Le Fonds ODD 17 poursuit son expérimentation', 'h2')]
    s += [P("Co-créé en 2020 avec la Fondation TotalEnergies, le Fonds ODD 17 finance une "
            "expérimentation territoriale (voir la foire aux questions pour le détail).")]
    s += [P("Une attente forte des Français", 'h2')]
    s += [keybox([('81' + NB + '%', 'des Français : « devoir d’alliance »'),
                  ('92' + NB + '%', 'des maires : « besoin d’alliance »'),
                  ('84' + NB + '%', 'des dirigeants : « envie d’alliance »')], colw, cols=1)]
    s += [PageBreak()]

    # --- page 6 (imprimée 8) : données pour agir et publications
    s += [P('Données pour agir et publications', 'h1')]
    s += [P('Sortir de crise en jouant collectif', 'h2')]
    s += [P("Au lendemain de la crise sanitaire, 81" + NB + "% des Français et 84" + NB + "% des "
            "dirigeants de TPE &amp; PME estiment que la co-construction est utile pour rendre les "
            "territoires plus résilients. Pour outiller les décideurs, plus de 250 données ont été "
            "inventoriées et mises à disposition.")]
    s += [P('Les élus locaux prêts à coopérer', 'h2')]
    s += [P("64" + NB + "% des élus locaux souhaitent s'appuyer sur le « jouer collectif », et "
            "92" + NB + "% des maires reconnaissent l'utilité de la co-construction.")]
    s += [FrameBreak()]
    s += [P('Publications récentes', 'h2')]
    s += [datatable(['Titre', 'Nature', 'Repère'],
                    [['Les dynamiques d’engagement des Collectivités territoriales', 'fiche-repère',
                      'issue de l’étude IMPACT-Elus locaux (nov. 2020)'],
                     ['Dynamique d’engagement des Fondations', 'fiche acteur', '—'],
                     ['IMPACT Fondations &amp; Territoires', 'étude',
                      'publiée le 23 septembre ; 42 fondations interrogées']],
                    [colw * 0.36, colw * 0.30, colw * 0.34])]
    s += [Spacer(1, 6), P("Toutes les publications sont téléchargeables sur "
                           "www.observatoire-des-partenariats.fr.", 'small')]
    doc.build(s)
    return path


# ---------------------------------------------------------------------------
# 02 — Foire aux questions (A4, questions en intertitres)
# ---------------------------------------------------------------------------

def doc02():
    path = os.path.join(OUT, f'obs-{PREFIX}-02-faq.pdf')
    W, H = A4
    M = 2.2 * cm

    def page(canv, doc):
        n = doc.page
        if n == 1:
            set_meta(canv, 'Foire aux questions — Observatoire des partenariats')
        canv.saveState()
        canv.setFillColor(ORANGE)
        canv.rect(M, H - 1.55 * cm, W - 2 * M, 0.12 * cm, stroke=0, fill=1)
        canv.setFillColor(VERT)
        canv.setFont('DV-B', 8)
        canv.drawString(M, H - 1.2 * cm, 'FOIRE AUX QUESTIONS')
        canv.setFont('DV', 8)
        canv.drawRightString(W - M, H - 1.2 * cm, 'Cahier pratique n° 3 — édition 2022')
        canv.setFillColor(GRIS)
        canv.setFont('DV', 7.5)
        canv.drawString(M, 1.0 * cm, 'Observatoire des partenariats · www.odd17.org · www.lerameau.fr')
        canv.drawRightString(W - M, 1.0 * cm, 'FAQ · p. %d' % (20 + n))
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=M, rightMargin=M,
                          topMargin=2.2 * cm, bottomMargin=1.8 * cm, invariant=1)
    fr = Frame(M, 1.8 * cm, W - 2 * M, H - 4.0 * cm, id='f')
    doc.addPageTemplates([PageTemplate(id='p', frames=[fr], onPage=page)])
    full = W - 2 * M
    s = []
    s += [P('Vos questions sur les alliances et nos programmes', 'h1')]
    s += [P("Cette foire aux questions rassemble les interrogations les plus fréquentes reçues "
            "lors des rencontres territoriales. Les réponses renvoient aux publications de "
            "l'Observatoire et du RAMEAU.")]

    s += [P("Que veut dire le sigle ARPEA ?", 'q')]
    s += [P("Le premier programme quinquennal (2008-2012) a porté ce nom, mais son développement "
            "n'a pas toujours été écrit de la même façon. On trouve selon les documents :")]
    s += bullets(["« Analyse des Relations et des Partenariats entre Entreprises et Associations » "
                  "(rapport quinquennal de 2012) ;",
                  "« Analyser les Relations Partenariales entre Entreprises et Associations » "
                  "(page de présentation des données) ;",
                  "« Analyse des Relations Associations-Entreprises » (présentation du programme "
                  "d'études)."])
    s += [P("Le programme comptait 10 volets, dont un volet consacré aux collectivités locales.")]

    s += [P("Qu'est-ce que la démarche « Agir ensemble en Territoire » ?", 'q')]
    s += [P("Elle est née en 2010, dans la foulée de l'étude ARPEA-Collectivités locales réalisée "
            "avec Comisis et OpinionWay. Trois territoires ont servi de pilotes :")]
    s += bullets(["l'Alsace, avec Alsace Active ;", 'le Poitou-Charentes, avec le Groupe La Poste ;',
                  'Paris-Est Marne &amp; Bois.'])

    s += [P("Combien de territoires participent au parcours d'expérience avec le CGET ?", 'q')]
    s += [P("Le parcours d'expérience conçu par le CGET et Le RAMEAU réunit 11 territoires "
            "pionniers pendant 18 mois ; la première session s'est tenue le 3 mai. Attention : "
            "un autre article du RAMEAU évoque « le CGET et 10 territoires pilotes ». Les deux "
            "chiffres circulent.")]
    s += [PageBreak()]

    s += [P("À quoi sert la plateforme M.E.D.O.C. ?", 'q')]
    s += [P("M.E.D.O.C. regroupe cinq types de ressources pour passer à l'action : Méthodes, "
            "Exemples, Données, Outils, Compétences. Elle est accessible sur www.odd17.org.")]

    s += [P("L'ODD 17, c'est quoi exactement ?", 'q')]
    s += [P("Le 17e objectif de développement durable porte sur les partenariats. Il se décline "
            "en 19 cibles. Une note de décryptage du Comité 21, « ODD 17 : Sens, décryptages, "
            "déclinaisons », a été présentée le 5 juillet.")]

    s += [P("Comment fonctionne le Fonds ODD 17 ?", 'q')]
    s += [P("Le Fonds ODD 17 a été co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies. "
            "Doté de 1,5" + NB + "M€, il finance une expérimentation sur 3 ans dont l'objectif est "
            "de faire émerger 350 « catalyseurs territoriaux », c'est-à-dire des acteurs capables "
            "d'animer les alliances sur leur territoire.")]
    s += [encadre([P('EN BREF', 'label'),
                   P("Dotation : 1,5" + NB + "M€ · Durée : 3 ans · Objectif : 350 catalyseurs "
                     "territoriaux", 'body')], full)]

    s += [P("Qui pilote l'Observatoire sur le plan scientifique ?", 'q')]
    s += [P("Anne Robin, fondatrice de COMISIS, en assure la direction scientifique, "
            "bénévolement.")]
    s += [PageBreak()]

    s += [P("Qu'est-ce que la Charte du faire alliance ?", 'q')]
    s += [P("C'est un « contrat de confiance » que chaque acteur peut signer pour s'engager à "
            "coopérer. Le texte est le fruit de 3 mois de co-construction, pilotés par la "
            "Fondation des Territoires.")]
    s += [P("Quand et où a-t-elle été dévoilée ?", 'q')]
    s += [P("La charte a été lancée le 30 novembre 2021, jour du Giving Tuesday, à Saint-Maurice "
            "(territoire de Paris-Est Marne &amp; Bois), lors d'une soirée organisée par VitaWin.")]
    s += [encadre([P('UNE DATE DISCORDANTE', 'label'),
                   P("L'annonce publiée sur associations.gouv.fr situe l'événement un « mardi 30 "
                     "septembre ». Les autres sources retiennent le 30 novembre 2021.", 'small')],
                  full, bg=colors.HexColor('#fbeee4'), border=ORANGE)]

    s += [P("Qu'est-ce qu'une fiche-repère ?", 'q')]
    s += [P("C'est un document court qui résume ce qu'une étude apprend sur un type d'acteur. "
            "La fiche-repère « Les dynamiques d'engagement des Collectivités territoriales » "
            "s'appuie sur l'étude IMPACT-Elus locaux menée en novembre 2020 avec Comisis et "
            "OpinionWay. Il existe aussi des fiches acteurs, comme « Dynamique d'engagement des "
            "Fondations ».")]
    s += [P("Où retrouver les publications ?", 'q')]
    s += [P("Sur www.observatoire-des-partenariats.fr pour les études, et sur www.odd17.org pour "
            "les ressources pratiques.")]
    s += [PageBreak()]
    s += [P("Combien de temps dure une expérimentation territoriale ?", 'q')]
    s += [P("Cela dépend du dispositif : 18 mois pour le parcours d'expérience mené avec le "
            "CGET, 3 ans pour l'expérimentation financée par le Fonds ODD 17.")]
    s += [P("Qui peut signer la Charte du faire alliance ?", 'q')]
    s += [P("Le texte s'adresse à tous les acteurs qui veulent coopérer : associations, "
            "entreprises, collectivités et fondations.")]
    s += [P("Comment contacter l'équipe ?", 'q')]
    s += [P("Par le formulaire de contact du site www.lerameau.fr. Les demandes de la presse "
            "sont traitées par le service presse (voir nos communiqués).")]
    doc.build(s)
    return path


# ---------------------------------------------------------------------------
# 03 — Communiqué de presse (A4, 2 pages)
# ---------------------------------------------------------------------------

def doc03():
    path = os.path.join(OUT, f'obs-{PREFIX}-03-communique-elus-2024.pdf')
    W, H = A4
    M = 2.3 * cm

    def page(canv, doc):
        n = doc.page
        if n == 1:
            set_meta(canv, 'Communiqué de presse — IMPACTS & TRAJECTOIRES Elus locaux')
        canv.saveState()
        canv.setFillColor(VERT)
        canv.rect(0, H - 2.3 * cm, W, 2.3 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont('DV-B', 16)
        canv.drawString(M, H - 1.45 * cm, 'COMMUNIQUÉ DE PRESSE')
        canv.setFont('DV', 8.5)
        canv.drawRightString(W - M, H - 1.45 * cm, 'Paris, novembre 2024')
        canv.setFillColor(GRIS)
        canv.setFont('DV', 7.5)
        canv.drawCentredString(W / 2, 1.0 * cm, 'Observatoire des partenariats — communiqué — %d/2' % n)
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=M, rightMargin=M,
                          topMargin=3.0 * cm, bottomMargin=1.8 * cm, invariant=1)
    fr = Frame(M, 1.8 * cm, W - 2 * M, H - 4.8 * cm, id='f')
    doc.addPageTemplates([PageTemplate(id='p', frames=[fr], onPage=page)])
    full = W - 2 * M
    s = []
    s += [P('POUR DIFFUSION IMMÉDIATE', 'label'), Spacer(1, 4)]
    s += [P("Neuf maires sur dix voient leur territoire bouger", 'h1')]
    s += [P("<b>L'Observatoire des partenariats publie les résultats de l'enquête IMPACTS &amp; "
            "TRAJECTOIRES – Elus locaux. Réalisée à l'automne 2024, elle décrit des communes en "
            "mouvement, majoritairement rurales, où la coopération entre acteurs devient une "
            "manière ordinaire d'agir.</b>")]
    s += [Spacer(1, 6)]
    s += [P("Pour cette nouvelle vague, 302 maires ont été interrogés par téléphone entre le "
            "30 septembre et le 28 octobre 2024. Parmi eux, 91" + NB + "% décrivent un territoire "
            "« en mouvement » : 35" + NB + "% estiment qu'il bouge fortement, 56" + NB + "% « ni "
            "plus ni moins » qu'auparavant.")]
    s += [P("L'échantillon reflète la France des petites communes : 84" + NB + "% des répondants "
            "administrent une commune de moins de 2" + NB + "000 habitants.")]
    s += [Spacer(1, 6)]
    s += [keybox([('302', 'maires interrogés'), ('91' + NB + '%', 'territoire en mouvement'),
                  ('84' + NB + '%', 'communes de moins de 2' + NB + '000 hab.')], full)]
    s += [Spacer(1, 8)]
    s += [P('Une dynamique déjà observée', 'h2')]
    s += [P("Ces résultats prolongent les enquêtes précédentes de l'Observatoire, qui montraient "
            "déjà l'appétit des élus pour les démarches collectives.")]
    s += [P('Méthodologie', 'h2')]
    s += bullets(['échantillon : 302 maires ;', 'mode de recueil : entretiens téléphoniques ;',
                  'terrain : du 30 septembre au 28 octobre 2024 ;',
                  'publication : novembre 2024.'])
    s += [PageBreak()]
    s += [P("À propos de l'Observatoire des partenariats", 'h2')]
    s += [P("Créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en partenariat avec le MEDEF et "
            "le Mouvement associatif, l'Observatoire mesure l'évolution des alliances entre "
            "associations, entreprises, collectivités et fondations. Ses résultats sont "
            "consultables sur www.observatoire-des-partenariats.fr.")]
    s += [P("À propos du RAMEAU", 'h2')]
    s += [P("Association d'intérêt général fondée en 2006, Le RAMEAU se présente comme un "
            "« laboratoire d'innovations partenariales ». Président-fondateur : Charles-Benoît "
            "Heidsieck. En savoir plus : www.lerameau.fr.")]
    s += [Spacer(1, 12)]
    s += [encadre([P('CONTACT PRESSE', 'label'),
                   P("Service presse de l'Observatoire des partenariats", 'body'),
                   P("presse@observatoire-des-partenariats.fr", 'body'),
                   P("Dossier de presse et visuels : www.observatoire-des-partenariats.fr/presse",
                     'body')], full)]
    s += [Spacer(1, 10)]
    s += [P("Les chiffres de ce communiqué peuvent être repris librement avec la mention "
            "« Source : Observatoire des partenariats, IMPACTS &amp; TRAJECTOIRES – Elus locaux, "
            "novembre 2024 ».", 'small')]
    doc.build(s)
    return path


# ---------------------------------------------------------------------------
# 04 — Extrait de diaporama 16:9
# ---------------------------------------------------------------------------

def doc04():
    path = os.path.join(OUT, f'obs-{PREFIX}-04-diaporama-phare.pdf')
    from reportlab.pdfgen import canvas as cv
    W, H = 960, 540
    c = cv.Canvas(path, pagesize=(W, H), invariant=1)
    set_meta(c, 'Programme PHARE — extrait de présentation')
    TOTAL = 24
    FIRST = 8
    sty_t = st('slt', fontName='DV-B', fontSize=24, leading=29, textColor=colors.white)
    sty_b = st('slb', fontSize=15, leading=20)
    sty_bs = st('slbs', fontSize=12, leading=16, textColor=GRIS)
    sty_big = st('slbig', fontName='DV-B', fontSize=30, leading=34, textColor=VERT, alignment=TA_CENTER)
    sty_lab = st('sllab', fontSize=12, leading=15, alignment=TA_CENTER)

    def chrome(i, title):
        c.setFillColor(VERT)
        c.rect(0, H - 72, W, 72, stroke=0, fill=1)
        c.setFillColor(ORANGE)
        c.rect(0, H - 76, W, 4, stroke=0, fill=1)
        p = Paragraph(title, sty_t)
        p.wrapOn(c, W - 220, 60)
        p.drawOn(c, 36, H - 52)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 10)
        c.drawRightString(W - 36, H - 30, 'PROGRAMME PHARE')
        c.setFont('DV', 9)
        c.drawRightString(W - 36, H - 46, 'Observatoire des partenariats')
        c.setFillColor(GRIS)
        c.setFont('DV', 9)
        c.drawString(36, 18, 'Le RAMEAU · www.observatoire-des-partenariats.fr')
        c.drawRightString(W - 36, 18, 'Diapositive %d / %d' % (FIRST + i, TOTAL))

    def frame_text(flow, x, y, w, h):
        f = Frame(x, y, w, h, showBoundary=0, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
        rest = f.addFromList(list(flow), c)
        assert not f._atTop or True
        return rest

    def kcell(x, y, w, h, big, lab):
        c.setFillColor(VERT_CLAIR)
        c.setStrokeColor(VERT)
        c.roundRect(x, y, w, h, 8, stroke=1, fill=1)
        pb = Paragraph(big, sty_big)
        pb.wrapOn(c, w - 16, 40)
        pb.drawOn(c, x + 8, y + h - 50)
        pl = Paragraph(lab, sty_lab)
        _, hh = pl.wrapOn(c, w - 16, h - 60)
        pl.drawOn(c, x + 8, y + h - 62 - hh)

    # Slide 1 : les six volets
    chrome(0, 'PHARE : six volets en deux ans')
    rows = [['Volet', 'Publication'],
            ['PHARE-Citoyens', 'septembre 2015'],
            ['PHARE-Entreprises', 'octobre 2015'],
            ['PHARE-Associations', 'novembre 2015'],
            ['13 rapports régionaux', '2016'],
            ['Diagnostics sectoriels', 'juillet 2016'],
            ['PHARE-Institutions', 'automne 2016']]
    data = [[Paragraph(a, st('x', fontName='DV-B' if i == 0 else 'DV', fontSize=14, leading=18,
                             textColor=colors.white if i == 0 else colors.black)),
             Paragraph(b, st('y', fontName='DV-B' if i == 0 else 'DV', fontSize=14, leading=18,
                             textColor=colors.white if i == 0 else colors.black))]
            for i, (a, b) in enumerate(rows)]
    t = Table(data, colWidths=[300, 220])
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), VERT),
                           ('GRID', (0, 0), (-1, -1), 0.5, colors.HexColor('#9bb5aa')),
                           ('TOPPADDING', (0, 0), (-1, -1), 5), ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
    t.wrapOn(c, 520, 380)
    t.drawOn(c, 36, 120)
    frame_text([Paragraph("Le deuxième programme de l'Observatoire interroge successivement "
                          "chaque famille d'acteurs, puis les territoires.", sty_b),
                Spacer(1, 14),
                Paragraph("Les volets territoriaux ont donné lieu à 13 rapports régionaux.", sty_bs)],
               600, 150, 320, 280)
    c.showPage()

    # Slide 2 : attentes des citoyens (conflit sécurité)
    chrome(1, 'PHARE-Citoyens : les priorités des Français')
    frame_text([Paragraph("Importance accordée à chaque enjeu (note sur 10), enquête auprès de "
                          "plus de 2" + NB + "000 personnes :", sty_b)], 36, 400, 880, 50)
    items = [('Emploi', 7.1, '7,1/10'), ("Pouvoir d'achat", 6.6, '6,6/10'),
             ('Sécurité', 6.6, '6,6/10 *'), ('Développement économique', 6.5, '6,5/10'),
             ('Environnement', 6.3, '6,3/10'), ('Exclusion', 6.3, '6,3/10')]
    y = 360
    for lab, v, txt in items:
        c.setFillColor(colors.black)
        c.setFont('DV', 14)
        c.drawString(36, y, lab)
        c.setFillColor(VERT)
        c.rect(300, y - 3, (v - 5) * 180, 18, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont('DV-B', 14)
        c.drawString(300 + (v - 5) * 180 + 10, y, txt)
        y -= 40
    frame_text([Paragraph("* Note discordante : une autre restitution publiée de PHARE-Citoyens "
                          "attribue à la sécurité la note de 7/10.", sty_bs)], 36, 70, 880, 40)
    c.showPage()

    # Slide 3 : impacts perçus
    chrome(2, 'Où les partenariats ont-ils le plus d’effet ?')
    frame_text([Paragraph("Part des Français qui jugent fort l'impact des partenariats sur…", sty_b)],
               36, 400, 880, 40)
    w = 165
    vals = [('49' + NB + '%', "l'emploi"), ('46' + NB + '%', 'le développement économique'),
            ('42' + NB + '%', "l'environnement"), ('36' + NB + '%', 'la précarité'),
            ('36' + NB + '%', "l'éducation")]
    for i, (b, l) in enumerate(vals):
        kcell(36 + i * (w + 12), 200, w, 170, b, l)
    frame_text([Paragraph("Source : PHARE-Citoyens, septembre 2015.", sty_bs)], 36, 120, 880, 40)
    c.showPage()

    # Slide 4 : convergence
    chrome(3, 'Un « devoir d’alliance » partagé')
    vals = [('69' + NB + '%', 'des Français (PHARE-Citoyens, sept. 2015)'),
            ('81' + NB + '%', "des dirigeants d'entreprise"),
            ('86' + NB + '%', 'des responsables associatifs'),
            ('87' + NB + '%', 'des maires (PHARE-Institutions)')]
    w = 206
    for i, (b, l) in enumerate(vals):
        kcell(36 + i * (w + 14), 220, w, 170, b, l)
    frame_text([Paragraph("PHARE-Institutions, publié le 29 novembre 2016, distingue 5 profils de "
                          "maires face aux alliances.", sty_b)], 36, 110, 880, 80)
    c.showPage()

    # Slide 5 : agenda
    chrome(4, 'Agenda : un mois de novembre chargé')
    agenda = [('15 nov.', "Dossier spécial dans JURIS Associations n°628"),
              ('23 nov.', '3e dîner « Elus &amp; Entreprises »'),
              ('26 nov.', "Publication du 11e rapport régional : Normandie"),
              ('26 nov.', "5e webinaire « l'ODD 17 en pratique »")]
    y = 380
    for d, txt in agenda:
        c.setFillColor(ORANGE)
        c.roundRect(36, y - 10, 110, 36, 6, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 15)
        c.drawCentredString(91, y + 2, d)
        p = Paragraph(txt, sty_b)
        p.wrapOn(c, 700, 40)
        p.drawOn(c, 170, y)
        y -= 62
    c.showPage()
    c.save()
    return path


# ---------------------------------------------------------------------------
# 05 — Synthèse d'étude avec notes de bas de page
# ---------------------------------------------------------------------------

FOOTNOTES05 = {
    1: ["1. Enquête en ligne conduite en mai et juin 2016 auprès de plus de 1" + NB + "380 "
        "responsables associatifs ; publication en mars 2017.",
        "2. Moyenne calculée sur les seules associations déclarant au moins un partenaire."],
    2: ["3. Plusieurs réponses possibles ; le total dépasse 100" + NB + "%.",
        "4. Budget annuel de l'association, toutes ressources confondues."],
    3: ["5. Note publiée le 29 février 2016 sur les modèles de co-construction.",
        "6. Les « pionniers » désignent les organisations déjà engagées dans des alliances "
        "innovantes.",
        "7. ARPEA Entreprises &amp; Territoires, janvier 2011."],
    4: ["8. Une autre restitution de la même enquête mentionne 69" + NB + "% des citoyens au lieu "
        "de 74" + NB + "%.",
        "9. Voir aussi www.observatoire-des-partenariats.fr, rubrique « Études »."],
}


def doc05():
    path = os.path.join(OUT, f'obs-{PREFIX}-05-synthese-associations.pdf')
    W, H = A4
    M = 2.4 * cm
    FN_H = 3.2 * cm

    def page(canv, doc):
        n = doc.page
        if n == 1:
            set_meta(canv, "Synthèse d'étude — Associations & Partenariats")
        canv.saveState()
        canv.setFont('DV-B', 7.5)
        canv.setFillColor(ORANGE)
        canv.drawString(M, H - 1.3 * cm, "SYNTHÈSE D'ÉTUDE")
        canv.setFillColor(GRIS)
        canv.setFont('DV', 7.5)
        canv.drawRightString(W - M, H - 1.3 * cm,
                             'Associations & Partenariats — Recherches & Solidarités / Le RAMEAU')
        canv.setStrokeColor(GRIS)
        canv.setLineWidth(0.4)
        canv.line(M, H - 1.5 * cm, W - M, H - 1.5 * cm)
        # notes de bas de page
        notes = FOOTNOTES05.get(n, [])
        canv.line(M, 1.5 * cm + FN_H, M + 5 * cm, 1.5 * cm + FN_H)
        f = Frame(M, 1.5 * cm, W - 2 * M, FN_H - 4, leftPadding=0, rightPadding=0,
                  topPadding=2, bottomPadding=0)
        f.addFromList([P(t, 'fn') for t in notes], canv)
        canv.setFont('DV', 8)
        canv.drawCentredString(W / 2, 0.8 * cm, '— %s —' % ['ii', 'iii', 'iv', 'v'][n - 1])
        canv.restoreState()

    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=M, rightMargin=M,
                          topMargin=2.1 * cm, bottomMargin=1.5 * cm + FN_H + 0.3 * cm, invariant=1)
    fr = Frame(M, 1.5 * cm + FN_H + 0.3 * cm, W - 2 * M, H - 2.1 * cm - (1.5 * cm + FN_H + 0.3 * cm),
               id='f')
    doc.addPageTemplates([PageTemplate(id='p', frames=[fr], onPage=page)])
    full = W - 2 * M
    s = []
    s += [P('Associations &amp; Partenariats : qui coopère avec qui ?', 'h1')]
    s += [P("Synthèse de l'étude conduite par Recherches &amp; Solidarités et Le RAMEAU, "
            "publiée en mars 2017.", 'small'), Spacer(1, 6)]
    s += [P('Une enquête auprès des dirigeants associatifs', 'h2')]
    s += [P("Plus de 1" + NB + "380 responsables d'associations ont répondu au questionnaire "
            "<super>1</super>. L'objectif : décrire la diversité des partenaires avec lesquels les "
            "associations travaillent, et comprendre ce qui distingue celles qui coopèrent avec "
            "des entreprises.")]
    s += [P("Premier enseignement : une association partenariale compte en moyenne 2,5 "
            "partenaires <super>2</super>. La coopération est donc rarement exclusive : elle "
            "combine le plus souvent acteurs publics et acteurs associatifs.")]
    s += [encadre([P('CE QU’IL FAUT RETENIR', 'label')] + bullets([
        'Les collectivités restent le premier partenaire des associations.',
        'Les entreprises n’arrivent qu’en quatrième position.',
        'La taille budgétaire de l’association pèse fortement sur la relation avec les entreprises.']),
        full)]
    s += [PageBreak()]
    s += [P('Des partenaires d’abord publics et associatifs', 'h2')]
    s += [P("Part des associations citant chaque type de partenaire <super>3</super> :")]
    s += [datatable(['Type de partenaire', 'Part des associations'],
                    [['Collectivités territoriales', '74' + NB + '%'],
                     ['Autres associations ou fondations', '72' + NB + '%'],
                     ["Établissements d'enseignement", '47' + NB + '%'],
                     ['Entreprises', '28' + NB + '%'],
                     ["Structures d'insertion", '22' + NB + '%'],
                     ['Organismes de recherche', '9' + NB + '%']],
                    [full * 0.6, full * 0.4])]
    s += [Spacer(1, 8)]
    s += [P('La taille, facteur décisif', 'h2')]
    s += [P("Le lien avec l'entreprise dépend fortement des moyens de l'association "
            "<super>4</super> : la moitié (50" + NB + "%) des associations dont le budget dépasse "
            "150" + NB + "000 € ont un partenariat avec une entreprise, contre seulement "
            "20" + NB + "% de celles qui disposent de moins de 10" + NB + "000 €.")]
    s += [PageBreak()]
    s += [P('Mise en perspective avec les travaux antérieurs', 'h2')]
    s += [P("Une note de l'Observatoire <super>5</super> estimait que 37" + NB + "% des "
            "entreprises d'au moins 10 salariés et 38" + NB + "% des associations (53" + NB + "% "
            "des associations employeuses) étaient engagées dans un partenariat. La proportion "
            "monte à 65" + NB + "% chez les pionniers <super>6</super>.")]
    s += [P("Le sentiment d'urgence ne date pas d'hier : 86" + NB + "% des Français en 2008, "
            "puis 84" + NB + "% en 2012, jugeaient urgent de développer des partenariats. Le volet "
            "ARPEA Citoyens rapportait lui aussi 86" + NB + "%. À la même époque, près de 46" + NB +
            "% des associations étaient engagées aux côtés d'une entreprise.")]
    s += [P("Côté entreprises <super>7</super>, 21" + NB + "% développaient des partenariats, "
            "33" + NB + "% souhaitaient le faire et 46" + NB + "% ne le souhaitaient pas.")]
    s += [datatable(['Indicateur', '2008', '2012'],
                    [['Français jugeant urgent de créer des partenariats', '86' + NB + '%',
                      '84' + NB + '%']],
                    [full * 0.6, full * 0.2, full * 0.2])]
    s += [PageBreak()]
    s += [P('Les partenariats, moteurs d’innovation', 'h2')]
    s += [P("Le programme IMPACT a mesuré la part de chaque public qui voit dans les partenariats "
            "une source d'innovation <super>8</super> :")]
    s += [datatable(['Public', 'Part'],
                    [['Français', '74' + NB + '%'],
                     ["Dirigeants d'entreprise", '81' + NB + '%'],
                     ['Responsables associatifs', '86' + NB + '%'],
                     ['Maires', '87' + NB + '%']],
                    [full * 0.6, full * 0.4])]
    s += [Spacer(1, 8)]
    s += [P("Côté élus, 76" + NB + "% des maires considèrent leur territoire comme engagé, mais "
            "46" + NB + "% déclarent ne pas savoir comment piloter ces dynamiques.")]
    s += [P('Conclusion', 'h2')]
    s += [P("Les associations coopèrent largement, mais surtout avec la sphère publique et "
            "associative. Élargir le cercle aux entreprises suppose d'outiller les plus petites "
            "structures <super>9</super>.")]
    doc.build(s)
    return path


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for fn in (doc01, doc02, doc03, doc04, doc05):
        print(fn())
