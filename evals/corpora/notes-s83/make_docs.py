#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generateur deterministe des 6 PDF du jeu aveugle s83.

Usage : python make_docs.py [DOSSIER_DE_SORTIE]   (par defaut : dossier du script)

Six formes de documents, chacune avec sa mise en page difficile :
  01 inventaire d'archives (repertoire numerique : cotes / analyses / dates extremes)
  02 dictionnaire des variables (codebook) de fichiers de reutilisation
  03 feuille de calcul imprimee, colonnes coupees sur deux pages
  04 jeu de l'oie (plateau en serpentin + regle)
  05 tableau periodique des alliances (grille d'elements + notice)
  06 page de petites annonces d'un bulletin (4 colonnes, annonces encadrees)
Aucun hasard, aucune date d'execution : rl_config.invariant = 1.
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
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

FD = '/usr/share/fonts/truetype/dejavu/'
FONTS = {
    'DV': 'DejaVuSans.ttf', 'DVB': 'DejaVuSans-Bold.ttf', 'DVI': 'DejaVuSans-Oblique.ttf',
    'DVC': 'DejaVuSansCondensed.ttf', 'DVCB': 'DejaVuSansCondensed-Bold.ttf',
    'DVCI': 'DejaVuSansCondensed-Oblique.ttf',
    'DVM': 'DejaVuSansMono.ttf', 'DVMB': 'DejaVuSansMono-Bold.ttf',
    'DVS': 'DejaVuSerif.ttf', 'DVSB': 'DejaVuSerif-Bold.ttf', 'DVSI': 'DejaVuSerif-Italic.ttf',
}
for k, v in FONTS.items():
    pdfmetrics.registerFont(TTFont(k, FD + v))
from reportlab.lib.fonts import addMapping
for fam, n, b, i in [('DV', 'DV', 'DVB', 'DVI'), ('DVC', 'DVC', 'DVCB', 'DVCI'),
                     ('DVS', 'DVS', 'DVSB', 'DVSI'), ('DVM', 'DVM', 'DVMB', 'DVM')]:
    addMapping(fam, 0, 0, n)
    addMapping(fam, 1, 0, b)
    addMapping(fam, 0, 1, i)
    addMapping(fam, 1, 1, b)

NB = '\u00a0'
OUT = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------- typographie
def fr(s):
    """Espaces insecables : milliers, avant % EUR : ; ? ! >> et apres <<."""
    s = re.sub(r'(?<=\d) (?=\d{3}\b)', NB, s)
    s = re.sub(r' (?=[%€:;?!»])', NB, s)
    s = re.sub(r'« ', '«' + NB, s)
    return s


def esc(s):
    return re.sub(r'&(?![a-zA-Z#][a-zA-Z0-9]*;)', '&amp;', s)


def style(font='DV', size=8.5, leading=None, color=colors.black, align=TA_LEFT, **kw):
    return ParagraphStyle('s', fontName=font, fontSize=size, leading=leading or size * 1.25,
                          textColor=color, alignment=align, **kw)


def para(c, text, x, ytop, w, st, maxh=None, what=''):
    """Dessine un paragraphe dont le haut est a ytop ; renvoie sa hauteur."""
    p = Paragraph(esc(fr(text)), st)
    _, h = p.wrap(w, 10000)
    if maxh is not None and h > maxh + 0.01:
        raise ValueError('debordement (%s) : %.1f > %.1f : %r' % (what, h, maxh, text[:60]))
    p.drawOn(c, x, ytop - h)
    return h


def par_h(text, w, st):
    p = Paragraph(esc(fr(text)), st)
    return p.wrap(w, 10000)[1]


def txt(c, x, y, s, font='DV', size=8, color=colors.black, align='l', maxw=None):
    s = fr(s)
    if maxw is not None:
        wd = pdfmetrics.stringWidth(s, font, size)
        if wd > maxw + 0.01:
            raise ValueError('texte trop large (%.1f > %.1f) : %r' % (wd, maxw, s))
    c.setFont(font, size)
    c.setFillColor(color)
    if align == 'l':
        c.drawString(x, y, s)
    elif align == 'r':
        c.drawRightString(x, y, s)
    else:
        c.drawCentredString(x, y, s)
    c.setFillColor(colors.black)


def new_canvas(name, size, title, author):
    path = os.path.join(OUT, name)
    c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject('Document de démonstration')
    c.setCreator('make_docs.py s83')
    return c


# ============================================================================
# 01 - Inventaire d'archives
# ============================================================================
def doc01():
    W, H = A4
    c = new_canvas('obs-s83-01-inventaire-archives.pdf', A4,
                   "Fonds 12 J - Documentation de l'Observatoire des partenariats",
                   'Centre de ressources Alliances Grand-Ouest')
    XC, XA, XR = 50, 122, 545       # cote, analyse, bord droit des dates
    WA = 318                        # largeur de la colonne analyse
    YMIN = 84
    brown = colors.HexColor('#7a5c3a')
    s_an = style('DVS', 9, 11.8)
    s_l1 = style('DVSB', 9.4, 12)
    s_note = style('DVSI', 8.2, 10.6, colors.HexColor('#333333'))
    s_phys = style('DVSI', 7.6, 9.6, colors.HexColor('#6b6b6b'))
    s_body = style('DVS', 9, 12.4, align=4)

    def frame(printed, first=False):
        c.setStrokeColor(brown)
        c.setLineWidth(0.6)
        txt(c, 50, H - 32, 'Centre de ressources Alliances Grand-Ouest', 'DVSI', 7.5, brown)
        txt(c, W - 50, H - 32, 'Fonds 12 J — Répertoire numérique détaillé' +
            ('' if first else ' (suite)'), 'DVSI', 7.5, brown, 'r')
        c.line(50, H - 37, W - 50, H - 37)
        c.line(50, 62, W - 50, 62)
        txt(c, 50, 50, 'Document de consultation — toute reproduction est soumise à '
            "l'accord écrit du centre de ressources.", 'DVS', 6.5, colors.HexColor('#555555'))
        txt(c, 50, 41, 'crago-ressources.fr/fonds/12J · salle de lecture : sur rendez-vous',
            'DVS', 6.5, colors.HexColor('#555555'))
        txt(c, W / 2, 24, '— %d —' % printed, 'DVS', 9, align='c')

    def table_head(y):
        c.setFillColor(colors.HexColor('#efe6d8'))
        c.rect(XC - 4, y - 4, XR - XC + 8, 15, stroke=0, fill=1)
        c.setFillColor(colors.black)
        txt(c, XC, y, 'Cote', 'DVSB', 8)
        txt(c, XA, y, 'Analyse', 'DVSB', 8)
        txt(c, XR, y, 'Dates extrêmes', 'DVSB', 8, align='r')
        return y - 19

    def entry(y, cote, text, dates, level=1, note=None, phys=None):
        ind = {0: 0, 1: 10, 2: 22}[level]
        st = s_l1 if level == 0 else s_an
        w = WA - ind
        h = par_h(text, w, st)
        hn = par_h(note, WA - 14, s_note) + 6 if note else 0
        hp = par_h(phys, w, s_phys) + 1 if phys else 0
        if y - h - hn - hp < YMIN:
            raise ValueError('page pleine avant %s' % cote)
        top = y + 9
        txt(c, XC, y, cote, 'DVSB' if level == 0 else 'DVS', 8.8)
        para(c, text, XA + ind, top, w, st)
        wd = pdfmetrics.stringWidth(fr(dates), 'DVS', 8.8)
        if dates:
            c.setDash(1, 2)
            c.setStrokeColor(colors.HexColor('#999999'))
            c.line(XA + WA + 6, y + 1, XR - wd - 4, y + 1)
            c.setDash()
            txt(c, XR, y, dates, 'DVSB' if level == 0 else 'DVS', 8.8, align='r')
        y = top - h
        if phys:
            y -= para(c, phys, XA + ind, y - 1, w, s_phys) + 1
        if note:
            c.setStrokeColor(colors.HexColor('#b9a27f'))
            c.setLineWidth(1.2)
            hh = par_h(note, WA - 14, s_note)
            c.line(XA + 4, y - 3, XA + 4, y - 3 - hh)
            c.setLineWidth(0.6)
            para(c, note, XA + 12, y - 3, WA - 14, s_note)
            y -= hh + 6
        return y - 11

    # ---- page 1 (imprimee 37)
    frame(37, first=True)
    c.setStrokeColor(brown)
    c.setLineWidth(1.4)
    c.rect(50, H - 104, 74, 50, stroke=1, fill=0)
    txt(c, 87, H - 78, 'CR·AGO', 'DVSB', 13, brown, 'c')
    txt(c, 87, H - 92, 'ressources', 'DVSI', 7, brown, 'c')
    c.setLineWidth(0.6)
    para(c, "Fonds 12 J — Documentation de l'Observatoire des partenariats", 138, H - 58, 407,
         style('DVSB', 14, 17))
    para(c, 'Répertoire numérique détaillé · extrait (pages 37 à 39) · révision 3 · '
         'classement établi par le service documentation', 138, H - 96, 407,
         style('DVSI', 8.5, 11, colors.HexColor('#444444')))
    y = H - 140
    txt(c, 50, y, 'Présentation du fonds', 'DVSB', 10.5)
    y -= 8
    blocks = [
        ('Producteur et historique. ',
         "Les pièces décrites ci-dessous ont été publiées par l'Observatoire des partenariats "
         "ou rassemblées autour de ses travaux. L'Observatoire est né en 2008 : la Caisse des "
         "Dépôts et Le RAMEAU l'ont porté ensemble, avec le MEDEF et le Mouvement associatif "
         "comme partenaires. La conduite scientifique des enquêtes revient à Anne Robin, "
         "fondatrice du cabinet COMISIS, qui exerce cette responsabilité bénévolement."),
        ('Modalités d’entrée. ',
         'Dons successifs des adhérents du réseau et achats du centre de documentation ; '
         'le fonds a été reclassé lors de la révision 3, qui a supprimé les doublons.'),
        ('Plan de classement. ',
         'Le classement suit les programmes quinquennaux successifs : ARPEA (2008-2012), '
         'PHARE (2013-2018) puis IMPACT (2018-2022). Une dernière partie regroupe les '
         "dossiers d'événements et les pièces isolées."),
        ("Conditions d'accès. ",
         'Consultation libre en salle, sauf pour les pièces marquées (R). Les abréviations '
         'sont expliquées en fin d’extrait.'),
    ]
    for head, body in blocks:
        y -= para(c, '<font name="DVSB">%s</font>%s' % (head, body), 50, y, W - 100, s_body)
        y -= 5
    y -= 10
    y = table_head(y)
    y = entry(y, '12 J 1-8', 'PROGRAMME ARPEA', '2008-2012', 0,
              note='Sigle développé sur les pièces de 2012 : Analyse des Relations et des '
                   'Partenariats entre Entreprises et Associations. Le programme a été conduit '
                   "en dix volets d'enquête.")
    y = entry(y, '12 J 1', 'ARPEA-Citoyens : rapport d’enquête et communiqué. 86 % des '
              'Français interrogés jugent alors urgent de nouer des partenariats.', '2008',
              phys='1 dossier ; imprimés.')
    y = entry(y, '12 J 2', 'ARPEA-Collectivités locales : étude confiée à Comisis-OpinionWay. '
              'Ses conclusions ont conduit à lancer la démarche « Agir ensemble en '
              'Territoire ».', 's.d.', phys='1 dossier ; imprimé, notes manuscrites.')
    y = entry(y, '12 J 3-4', 'Volets Entreprises et Associations : rapports, synthèses, '
              'présentations en comité. Près de 46 % des associations y déclarent un '
              'engagement avec une entreprise.', '2008-2012', phys='2 dossiers.')
    y = entry(y, '12 J 5', 'Rapport quinquennal : bilan des dix volets, présenté le '
              '11 décembre 2012. La mesure de 2008 y est reprise : 84 % des Français '
              'jugent urgent de créer des partenariats.', '2012', phys='1 volume broché.')
    y = entry(y, '12 J 6-8', 'Dossiers documentaires et coupures relatives aux résultats '
              'ARPEA ; correspondance avec les partenaires du programme (R).', '2008-2012',
              phys='3 dossiers.')
    y = entry(y, '12 J 9-24', 'PROGRAMME PHARE', '2013-2018', 0,
              note='Six volets, rangés dans leur ordre de parution. Le rapport d’état des lieux '
                   'commandé par la ministre Valérie Fourneyron, paru au début de 2014, est '
                   'placé en tête de partie.')
    y = entry(y, '12 J 9', 'État des lieux des partenariats entre associations et '
              'entreprises, rapport demandé par la ministre Valérie Fourneyron.', '2014',
              phys='1 volume.')
    c.showPage()

    # ---- page 2 (imprimee 38)
    frame(38)
    y = table_head(H - 62)
    y = entry(y, '12 J 9-24', 'PROGRAMME PHARE (suite)', '', 0)
    y = entry(y, '12 J 10', 'Volet 1 — PHARE-Citoyens : rapport et fiches de synthèse.',
              'sept. 2015', phys='1 dossier.')
    y = entry(y, '12 J 11', 'Volet 2 — PHARE-Entreprises : rapport.', 'oct. 2015',
              phys='1 volume.')
    y = entry(y, '12 J 12', 'Volet 3 — PHARE-Associations : rapport et annexes.', 'nov. 2015',
              phys='1 volume, 1 chemise d’annexes.')
    y = entry(y, '12 J 13-19', 'Volet 4 — Rapports régionaux : 13 rapports publiés dans '
              "l'année ; le centre en conserve sept.", '2016', phys='7 fascicules.')
    y = entry(y, '12 J 20-21', 'Volet 5 — Diagnostics sectoriels.', 'juil. 2016',
              phys='2 fascicules.')
    y = entry(y, '12 J 22', 'Volet 6 — PHARE-Institutions : rapport publié le 29 novembre '
              '2016. L’étude y classe les maires en 5 profils.', '2016', phys='1 volume.')
    y = entry(y, '12 J 23-24', 'Correspondance avec les territoires partenaires, documents '
              'préparatoires, comptes rendus de comités (R).', '2013-2018',
              phys='2 boîtes.')
    y = entry(y, '12 J 25-31', 'PROGRAMME IMPACT', '2018-2022', 0,
              note='Programme annoncé en novembre 2017 et conduit avec la Caisse des Dépôts, '
                   "l'Institut CDC pour la Recherche, le Groupe La Poste, la Fondation TOTAL "
                   'et Le RAMEAU. Trois axes de travail : innovation sociétale et territoriale ; '
                   'performance des organisations ; confiance.')
    y = entry(y, '12 J 25', 'IMPACT-Élus locaux (Comisis-OpinionWay) : rapport et fiche-repère '
              '« Les dynamiques d’engagement des Collectivités territoriales ».', 'nov. 2020',
              phys='1 dossier.')
    y = entry(y, '12 J 26', 'Fiche acteur « Dynamique d’engagement des Fondations ».', 's.d.',
              phys='1 fiche recto verso.')
    y = entry(y, '12 J 27-31', 'Supports de restitution et présentations aux partenaires du '
              'programme (R).', '2018-2022', phys='5 dossiers.')
    y = entry(y, '12 J 32-40', 'ÉVÉNEMENTS ET PIÈCES ISOLÉES', '', 0)
    y = entry(y, '12 J 32', 'Dossier de la revue JURIS Associations n° 628 consacré aux '
              'alliances, paru un 15 novembre.', 's.d.', phys='1 numéro de revue.')
    c.showPage()

    # ---- page 3 (imprimee 39)
    frame(39)
    y = table_head(H - 62)
    y = entry(y, '12 J 32-40', 'ÉVÉNEMENTS ET PIÈCES ISOLÉES (suite)', '', 0)
    y = entry(y, '12 J 33', 'Troisième dîner « Élus & Entreprises », tenu un 23 novembre : '
              'carton d’invitation, menu, plan de table (R).', 's.d.', phys='1 chemise.')
    y = entry(y, '12 J 34', 'Cinquième webinaire « l’ODD 17 en pratique », diffusé un '
              '26 novembre : support projeté.', 's.d.', phys='1 tirage.')
    y = entry(y, '12 J 35', 'Normandie : onzième rapport régional de l’Observatoire, mis en '
              'ligne un 26 novembre. Le millésime ne figure pas sur l’exemplaire conservé.',
              's.d.', phys='Tirage papier de la version en ligne.')
    y = entry(y, '12 J 36-40', 'Pièces isolées : affiches, marque-pages, objets promotionnels.',
              '2008-2022', phys='5 articles, dont 2 rouleaux.')
    y -= 2
    y -= para(c, 'Fin de l’extrait. Les cotes 12 J 41 à 12 J 96 (fonds photographique et '
              'audiovisuel) font l’objet d’un répertoire distinct.', 50, y, W - 100,
              style('DVSI', 8.4, 11))
    # table de concordance
    y -= 22
    txt(c, 50, y, 'Table de concordance des anciennes cotes (versement de 2019)', 'DVSB', 9.5)
    y -= 8
    conc = [('V19/001', '12 J 1'), ('V19/002', '12 J 5'), ('V19/003', '12 J 2'),
            ('V19/004', '12 J 3-4'), ('V19/007', '12 J 9'), ('V19/008', '12 J 10'),
            ('V19/009', '12 J 11'), ('V19/010', '12 J 12'), ('V19/011', '12 J 13-19'),
            ('V19/012', '12 J 20-21'), ('V19/013', '12 J 22'), ('V19/015', '12 J 25'),
            ('V19/016', '12 J 26'), ('V19/020', '12 J 32'), ('V19/021', '12 J 33'),
            ('V19/022', '12 J 34'), ('V19/024', '12 J 35'), ('V19/030', '12 J 36-40')]
    ncols, per = 3, 6
    cwid = (W - 100) / ncols
    for k in range(ncols):
        x = 50 + k * cwid
        c.setFillColor(colors.HexColor('#efe6d8'))
        c.rect(x, y - 14, cwid - 8, 14, stroke=0, fill=1)
        c.setFillColor(colors.black)
        txt(c, x + 4, y - 10, 'Ancienne cote', 'DVSB', 7.6)
        txt(c, x + cwid - 12, y - 10, 'Cote actuelle', 'DVSB', 7.6, align='r')
        for i, (a, b) in enumerate(conc[k * per:(k + 1) * per]):
            yy = y - 14 - (i + 1) * 13
            txt(c, x + 4, yy + 3, a, 'DVM', 7.6)
            txt(c, x + cwid - 12, yy + 3, b, 'DVS', 7.8, align='r')
            c.setStrokeColor(colors.HexColor('#d8ccb8'))
            c.line(x, yy, x + cwid - 8, yy)
    y -= 14 + per * 13 + 22
    txt(c, 50, y, 'Sources complémentaires', 'DVSB', 9.5)
    y -= 6
    y -= para(c, 'Au centre de ressources : collection de la Gazette des alliances (cote PER 14), '
              'où paraissent les petites annonces et informations du réseau ; fonds 15 J, '
              'dossiers de suivi des démarches territoriales. Ailleurs : les sites de '
              "l'Observatoire des partenariats et du RAMEAU, qui diffusent les études récentes.",
              50, y, W - 100, s_body)
    y -= 16
    c.setStrokeColor(brown)
    c.rect(50, y - 44, W - 100, 44, stroke=1, fill=0)
    txt(c, 58, y - 13, 'Abréviations', 'DVSB', 8)
    para(c, 's.d. : sans date · (R) : communication réservée · sept. : septembre · oct. : '
         'octobre · nov. : novembre · juil. : juillet · 12 J 13-19 : articles 13 à 19 inclus',
         58, y - 18, W - 116, style('DVS', 7.8, 10))
    if y - 44 < YMIN:
        raise ValueError('doc01 p3 trop longue')
    c.showPage()
    c.save()


# ============================================================================
# 02 - Dictionnaire des variables
# ============================================================================
def doc02():
    W, H = A4
    c = new_canvas('obs-s83-02-dictionnaire-variables.pdf', A4,
                   'Annexe C - Dictionnaire des variables', 'Atelier de réutilisation des données')
    X0 = 48
    COLS = [('N°', 20), ('Variable', 92), ('Libellé', 236), ('Type', 52), ('Valeur publiée', 99)]
    s_cell = style('DVC', 7.8, 9.6)
    s_mono = style('DVM', 7.2, 9.6)
    teal = colors.HexColor('#1f5f6b')

    def frame(printed):
        c.setFillColor(teal)
        c.rect(0, H - 26, W, 26, stroke=0, fill=1)
        txt(c, X0, H - 17, '▣ ARDE', 'DVB', 9, colors.white)
        txt(c, X0 + 52, H - 17, 'Atelier de réutilisation des données d’engagement', 'DV', 8,
            colors.white)
        txt(c, W - X0, H - 17, 'Annexe C — Dictionnaire des variables · v1.2', 'DV', 8,
            colors.white, 'r')
        c.setStrokeColor(teal)
        c.line(X0, 48, W - X0, 48)
        txt(c, X0, 37, 'Licence Ouverte 2.0 · documentation à citer avec le fichier · '
            'www.arde-donnees.fr/annexe-c', 'DVC', 7, colors.HexColor('#444444'))
        txt(c, W - X0, 37, printed, 'DVB', 9, teal, 'r')

    def meta(y, pairs, title):
        txt(c, X0, y, title, 'DVB', 12, teal)
        y -= 10
        h = 13 * len(pairs) + 8
        c.setFillColor(colors.HexColor('#eef5f6'))
        c.setStrokeColor(teal)
        c.rect(X0, y - h, W - 2 * X0, h, stroke=1, fill=1)
        c.setFillColor(colors.black)
        yy = y - 13
        for k, v in pairs:
            txt(c, X0 + 8, yy, k, 'DVCB', 7.8, maxw=120)
            txt(c, X0 + 130, yy, v, 'DVC', 7.8, maxw=W - 2 * X0 - 140)
            yy -= 13
        return y - h - 14

    def head(y):
        x = X0
        c.setFillColor(teal)
        c.rect(X0, y - 14, sum(w for _, w in COLS), 14, stroke=0, fill=1)
        for name, w in COLS:
            txt(c, x + 3, y - 10, name, 'DVCB', 7.6, colors.white)
            x += w
        return y - 14

    def row(y, i, cells, shade):
        hs = []
        sts = [s_cell, s_mono, s_cell, s_cell, style('DVCB', 7.8, 9.6)]
        for (name, w), cell, st in zip(COLS, cells, sts):
            hs.append(par_h(cell, w - 6, st))
        h = max(hs) + 6
        if y - h < 62:
            raise ValueError('doc02 : tableau trop long (%s)' % cells[1])
        if shade:
            c.setFillColor(colors.HexColor('#f4f4f4'))
            c.rect(X0, y - h, sum(w for _, w in COLS), h, stroke=0, fill=1)
            c.setFillColor(colors.black)
        x = X0
        for (name, w), cell, st in zip(COLS, cells, sts):
            para(c, cell, x + 3, y - 3, w - 6, st)
            x += w
        c.setStrokeColor(colors.HexColor('#bbbbbb'))
        c.line(X0, y - h, X0 + sum(w for _, w in COLS), y - h)
        return y - h

    def table(y, rows):
        y = head(y)
        for i, r in enumerate(rows):
            y = row(y, i, [str(i + 1)] + list(r), i % 2 == 1)
        return y

    def code(y, title, lines):
        txt(c, X0, y, title, 'DVB', 9, teal)
        y -= 8
        h = 11 * len(lines) + 10
        c.setFillColor(colors.HexColor('#f7f7f2'))
        c.setStrokeColor(colors.HexColor('#aaaaaa'))
        c.rect(X0, y - h, W - 2 * X0, h, stroke=1, fill=1)
        c.setFillColor(colors.HexColor('#e6e6dc'))
        c.rect(X0, y - h, 22, h, stroke=0, fill=1)
        for i, ln in enumerate(lines):
            yy = y - 13 - i * 11
            txt(c, X0 + 17, yy, str(i + 1), 'DVM', 6.8, colors.HexColor('#777777'), 'r')
            c.setFont('DVM', 7.2)
            c.setFillColor(colors.black)
            if pdfmetrics.stringWidth(ln, 'DVM', 7.2) > W - 2 * X0 - 34:
                raise ValueError('ligne de code trop longue : %r' % ln)
            c.drawString(X0 + 28, yy, ln)
        return y - h - 16

    # ---- page 1 : C-4
    frame('C-4')
    y = H - 52
    y -= para(c, 'Cette annexe décrit, variable par variable, les fichiers agrégés mis à '
              'disposition pour les ateliers de réutilisation. Les valeurs reprennent les '
              'résultats publiés par l’Observatoire des partenariats ; aucune donnée '
              'individuelle n’est diffusée.', X0, y, W - 2 * X0, style('DV', 8.2, 11, align=4))
    y -= 30
    y = meta(y, [('Fichier', 'PHARE_CIT_2015.csv (séparateur « ; », encodage UTF-8)'),
                 ('Étude source', 'Observatoire des partenariats — PHARE-Citoyens'),
                 ('Parution', 'septembre 2015'),
                 ('Population', 'Français ; plus de 2 000 personnes interrogées'),
                 ('Valeurs manquantes', 'NP = non publié')],
             'C.1  Fichier PHARE_CIT_2015')
    rows = [
        ('ID_FICHIER', 'Identifiant du fichier', 'texte', 'PHARE_CIT_2015'),
        ('DEVOIR_ALL', 'Part des personnes pour qui s’allier entre acteurs relève du devoir '
         '(« devoir d’alliance »)', '%', '69 %'),
        ('ENJ_EMPLOI', 'Enjeu « emploi » : note attribuée, sur une échelle de 0 à 10',
         'note /10', '7,1'),
        ('ENJ_POUVACH', 'Enjeu « pouvoir d’achat » : note sur 10', 'note /10', '6,6'),
        ('ENJ_DEVECO', 'Enjeu « développement économique » : note sur 10', 'note /10', '6,5'),
        ('ENJ_SECU', 'Enjeu « sécurité » : note sur 10', 'note /10', '6,6'),
        ('ENJ_ENVIR', 'Enjeu « environnement » : note sur 10', 'note /10', '6,3'),
        ('ENJ_EXCLU', 'Enjeu « exclusion » : note sur 10', 'note /10', '6,3'),
        ('IMP_EMPLOI', 'Part jugeant fort l’impact des partenariats sur l’emploi', '%', '49 %'),
        ('IMP_DEVECO', 'Idem, sur le développement économique', '%', '46 %'),
        ('IMP_ENVIR', 'Idem, sur l’environnement', '%', '42 %'),
        ('IMP_PRECA', 'Idem, sur la précarité', '%', '36 %'),
        ('IMP_EDUC', 'Idem, sur l’éducation', '%', '36 %'),
    ]
    y = table(y, rows)
    y -= 8
    y -= para(c, 'Lecture : la variable ENJ_EMPLOI vaut 7,1 : c’est l’enjeu le mieux noté du '
              'fichier. Les variables IMP_* sont exprimées en pourcentage de répondants.',
              X0, y, W - 2 * X0, style('DVCI', 7.6, 9.5, colors.HexColor('#333333')), maxh=30)
    y -= 22
    y = code(y, 'Extrait du fichier PHARE_CIT_2015.csv (en-tête et premières lignes)', [
        'variable;valeur;unite;etude;parution',
        'ID_FICHIER;PHARE_CIT_2015;texte;PHARE-Citoyens;2015-09',
        'DEVOIR_ALL;69;pct;PHARE-Citoyens;2015-09',
        'ENJ_EMPLOI;7,1;note10;PHARE-Citoyens;2015-09',
        'ENJ_POUVACH;6,6;note10;PHARE-Citoyens;2015-09',
        'ENJ_DEVECO;6,5;note10;PHARE-Citoyens;2015-09',
        'ENJ_SECU;6,6;note10;PHARE-Citoyens;2015-09',
        '[...]',
        'IMP_EDUC;36;pct;PHARE-Citoyens;2015-09'])
    para(c, 'Attention : le séparateur décimal est la virgule ; la colonne « valeur » doit être '
         'importée comme texte puis convertie.', X0, y, W - 2 * X0,
         style('DVCI', 7.6, 9.5, colors.HexColor('#333333')), maxh=30)
    c.showPage()

    # ---- page 2 : C-5
    frame('C-5')
    y = H - 58
    y = meta(y, [('Fichier', 'IMPACTS_TRAJ_ELUS_2024.csv'),
                 ('Étude source', 'IMPACTS & TRAJECTOIRES – Élus locaux'),
                 ('Parution', 'novembre 2024'),
                 ('Terrain', 'du 30 septembre au 28 octobre 2024'),
                 ('Mode de recueil', 'entretiens menés par téléphone'),
                 ('Échantillon', '302 maires')],
             'C.2  Fichier IMPACTS_TRAJ_ELUS_2024')
    rows = [
        ('ID_FICHIER', 'Identifiant du fichier', 'texte', 'IMPACTS_TRAJ_ ELUS_2024'),
        ('N_REP', 'Nombre de maires ayant répondu', 'entier', '302'),
        ('MOUV_TOT', 'Maires qui voient leur territoire « en mouvement »', '%', '91 %'),
        ('MOUV_FORT', 'dont : territoire fortement en mouvement', '%', '35 %'),
        ('MOUV_NINI', 'dont : en mouvement « ni plus ni moins »', '%', '56 %'),
        ('COMM_PETITE', 'Répondants élus d’une commune de moins de 2 000 habitants', '%',
         '84 %'),
        ('TAILLE_COMM', 'Strate de taille de commune (voir tableau des modalités)', 'code',
         '1 ou 2'),
    ]
    y = table(y, rows)
    y -= 22
    txt(c, X0, y, 'Modalités de la variable TAILLE_COMM', 'DVB', 9, teal)
    y -= 8
    y = head(y)
    y = row(y, 0, ['1', 'TAILLE_COMM = 1', 'Commune de moins de 2 000 habitants', 'code',
                   '84 % des répondants'], False)
    y = row(y, 1, ['2', 'TAILLE_COMM = 2', 'Commune de 2 000 habitants et plus', 'code',
                   'NP'], True)
    y -= 22
    c.setStrokeColor(teal)
    c.setLineWidth(1)
    bh = 58
    c.rect(X0, y - bh, W - 2 * X0, bh, stroke=1, fill=0)
    txt(c, X0 + 8, y - 14, 'Contrôle de cohérence', 'DVB', 8.5, teal)
    para(c, 'MOUV_TOT doit être égal à MOUV_FORT + MOUV_NINI, soit 35 + 56 = 91. Le '
         'contrôle est satisfait sur le fichier diffusé. En cas d’écart, signaler le numéro de '
         'ligne à l’équipe de l’atelier.', X0 + 8, y - 19, W - 2 * X0 - 16,
         style('DV', 8, 10.5), maxh=bh - 22)
    c.setLineWidth(0.6)
    y -= bh + 26
    y = code(y, 'Extrait du fichier IMPACTS_TRAJ_ELUS_2024.csv', [
        'variable;valeur;unite;etude;terrain',
        'ID_FICHIER;IMPACTS_TRAJ_ELUS_2024;texte;IMPACTS & TRAJECTOIRES;2024-09-30/2024-10-28',
        'N_REP;302;entier;IMPACTS & TRAJECTOIRES;2024-09-30/2024-10-28',
        'MOUV_TOT;91;pct;IMPACTS & TRAJECTOIRES;2024-09-30/2024-10-28',
        'MOUV_FORT;35;pct;IMPACTS & TRAJECTOIRES;2024-09-30/2024-10-28',
        'MOUV_NINI;56;pct;IMPACTS & TRAJECTOIRES;2024-09-30/2024-10-28',
        'COMM_PETITE;84;pct;IMPACTS & TRAJECTOIRES;2024-09-30/2024-10-28'])
    c.showPage()

    # ---- page 3 : C-6
    frame('C-6')
    y = H - 58
    txt(c, X0, y, 'C.3  Publications liées et règles de citation', 'DVB', 12, teal)
    y -= 18
    items = [
        ('Fiche-repère « Les dynamiques d’engagement des Collectivités territoriales ». ',
         'Outil de lecture de la co-construction territoriale destiné aux élus, tiré de '
         'l’étude IMPACT-Élus locaux réalisée par Comisis-OpinionWay et parue en '
         'novembre 2020. Il ne contient pas de microdonnées et n’est donc pas décrit '
         'variable par variable.'),
        ('Citer un fichier. ',
         'Indiquer l’étude source puis le nom du fichier, par exemple : « Observatoire des '
         'partenariats, PHARE-Citoyens (septembre 2015), fichier PHARE_CIT_2015 ».'),
        ('Arrondis. ',
         'Les pourcentages sont donnés à l’unité, les notes à la décimale, comme dans les '
         'publications d’origine. Ne pas recalculer de totaux à partir des lignes « dont ».'),
    ]
    for hd, body in items:
        y -= para(c, '<font name="DVB">%s</font>%s' % (hd, body), X0, y, W - 2 * X0,
                  style('DV', 8.6, 12, align=4))
        y -= 8
    y -= 10
    txt(c, X0, y, 'C.4  Historique des versions de l’annexe', 'DVB', 12, teal)
    y -= 10
    vcols = [('Version', 60), ('Modification', 439)]
    c.setFillColor(teal)
    c.rect(X0, y - 14, 499, 14, stroke=0, fill=1)
    txt(c, X0 + 3, y - 10, 'Version', 'DVCB', 7.6, colors.white)
    txt(c, X0 + 63, y - 10, 'Modification', 'DVCB', 7.6, colors.white)
    y -= 14
    for v, m in [('v1.0', 'Création de l’annexe, fichier PHARE_CIT_2015 seul.'),
                 ('v1.1', 'Ajout du fichier IMPACTS_TRAJ_ELUS_2024 et du tableau des '
                          'modalités TAILLE_COMM.'),
                 ('v1.2', 'Libellés des variables IMP_* harmonisés ; ajout du contrôle de '
                          'cohérence MOUV_TOT.')]:
        h = par_h(m, 433, s_cell) + 6
        txt(c, X0 + 3, y - 10, v, 'DVM', 7.4)
        para(c, m, X0 + 63, y - 3, 433, s_cell)
        c.setStrokeColor(colors.HexColor('#bbbbbb'))
        c.line(X0, y - h, X0 + 499, y - h)
        y -= h
    y -= 26
    txt(c, X0, y, 'C.5  Récapitulatif des fichiers décrits', 'DVB', 12, teal)
    y -= 10
    rc = [('Fichier', 150), ('Étude source', 170), ('Parution', 80), ('Variables', 50),
          ('Page', 49)]
    c.setFillColor(teal)
    c.rect(X0, y - 14, 499, 14, stroke=0, fill=1)
    x = X0
    for nm, w in rc:
        txt(c, x + 3, y - 10, nm, 'DVCB', 7.6, colors.white)
        x += w
    y -= 14
    for vals in [('PHARE_CIT_2015.csv', 'PHARE-Citoyens', 'sept. 2015', '13', 'C-4'),
                 ('IMPACTS_TRAJ_ELUS_2024.csv', 'IMPACTS & TRAJECTOIRES – Élus locaux',
                  'nov. 2024', '7', 'C-5')]:
        x = X0
        for (nm, w), v in zip(rc, vals):
            txt(c, x + 3, y - 11, v, 'DVC', 7.8, maxw=w - 6)
            x += w
        c.setStrokeColor(colors.HexColor('#bbbbbb'))
        c.line(X0, y - 16, X0 + 499, y - 16)
        y -= 16
    y -= 26
    txt(c, X0, y, 'Contact', 'DVB', 10, teal)
    y -= 6
    para(c, 'Questions sur les fichiers : atelier@arde-donnees.fr. Les demandes portant sur '
         'les enquêtes elles-mêmes (questionnaires, méthodes) sont à adresser aux '
         'producteurs des études.', X0, y, W - 2 * X0, style('DV', 8.4, 11.5))
    c.showPage()
    c.save()


# ============================================================================
# 03 - Feuille de calcul imprimee
# ============================================================================
def doc03():
    W, H = landscape(A4)
    c = new_canvas('obs-s83-03-feuille-calcul.pdf', (W, H), 'Suivi_indicateurs_alliances_v7.xlsx',
                   'Pôle Alliances Centre-Val de Loire')
    X0, RN = 36, 24
    RH = 16.2
    grid = colors.HexColor('#c8c8c8')

    def frame(page_label, sheet):
        txt(c, X0, H - 22, 'Suivi_indicateurs_alliances_v7.xlsx', 'DV', 7.5)
        txt(c, W / 2, H - 22, 'Onglet : ' + sheet, 'DVB', 7.5, align='c')
        txt(c, W - X0, H - 22, 'Pôle Alliances Centre-Val de Loire — usage interne', 'DV', 7.5,
            align='r')
        txt(c, W / 2, 18, page_label, 'DV', 7.5, align='c')
        txt(c, X0, 18, 'Imprimé depuis le tableur partagé du comité technique', 'DVI', 6.5,
            colors.HexColor('#666666'))

    def sheet(ytop, letters, widths, rows, first_row=1, bands=(), bold_first=True,
              align=None, fonts=None):
        """Dessine une grille facon tableur ; rows = liste de listes de chaines."""
        tw = RN + sum(widths)
        n = len(rows)
        xs = [X0 + RN]
        for w in widths:
            xs.append(xs[-1] + w)
        # fonds : en-tetes de colonnes, numeros de ligne, bandeaux
        c.setFillColor(colors.HexColor('#e8e8e8'))
        c.rect(X0, ytop - 13, tw, 13, stroke=0, fill=1)
        c.rect(X0, ytop - 13 - n * RH, RN, n * RH, stroke=0, fill=1)
        for i in range(n):
            if first_row + i in bands:
                c.setFillColor(colors.HexColor('#dde8f3'))
                c.rect(X0 + RN, ytop - 13 - (i + 1) * RH, sum(widths), RH, stroke=0, fill=1)
        c.setFillColor(colors.black)
        # quadrillage
        c.setStrokeColor(grid)
        c.setLineWidth(0.4)
        for k in range(n + 1):
            yy = ytop - 13 - k * RH
            c.line(X0, yy, X0 + tw, yy)
        c.line(X0, ytop, X0 + tw, ytop)
        c.line(X0, ytop, X0, ytop - 13 - n * RH)
        for xx in xs:
            c.line(xx, ytop, xx, ytop - 13 - n * RH)
        # lettres de colonnes
        for L, w, xx in zip(letters, widths, xs):
            txt(c, xx + w / 2, ytop - 9.5, L, 'DV', 7.5, colors.HexColor('#444444'), 'c')
        # cellules
        y = ytop - 13
        for i, r in enumerate(rows):
            rn = first_row + i
            band = rn in bands
            txt(c, X0 + RN / 2, y - 11, str(rn), 'DV', 7, colors.HexColor('#444444'), 'c')
            for j, (cell, w) in enumerate(zip(r, widths)):
                if not cell:
                    continue
                f = 'DVB' if (bold_first and i == 0) or band else 'DV'
                if fonts and not band and i > 0:
                    f = fonts[j]
                a = (align[j] if align and i > 0 and not band else 'l')
                # comme dans un tableur : le texte deborde sur les cellules vides voisines
                k2 = j + 1
                while k2 < len(r) and not r[k2]:
                    k2 += 1
                mw = (sum(widths[j:]) if band else sum(widths[j:k2])) - 6
                wd = pdfmetrics.stringWidth(fr(cell), f, 7.4)
                if wd > w - 6 and a == 'l':
                    # masquer le quadrillage sous le texte qui deborde
                    c.setFillColor(colors.HexColor('#dde8f3') if band else colors.white)
                    c.rect(xs[j] + w - 1, y - RH + 0.6, wd - w + 8, RH - 1.2, stroke=0, fill=1)
                    c.setFillColor(colors.black)
                if a == 'r':
                    txt(c, xs[j] + w - 3, y - 11, cell, f, 7.4, align='r', maxw=w - 6)
                else:
                    txt(c, xs[j] + 3, y - 11, cell, f, 7.4, maxw=mw)
            y -= RH
        return ytop - 13 - n * RH

    data = [
        # ref, indicateur, population, valeur, base | etude, parution, statut, commentaire
        ('Réf.', 'Indicateur', 'Population', 'Valeur', 'Base / unité',
         'Étude / source', 'Parution', 'Statut', 'Commentaire'),
        ('1. Envie, besoin et devoir d’alliance',) + ('',) * 8,
        ('ALL-01', 'Ressentent un « devoir d’alliance »', 'Français', '81 %', '% des répondants',
         'Synthèse « droit de l’alliance d’intérêt général »', '—', 'Validé',
         'Repris dans l’argumentaire de la proposition de loi'),
        ('ALL-02', 'Expriment un « besoin d’alliance »', 'Maires', '92 %', '% des répondants',
         'Synthèse « droit de l’alliance d’intérêt général »', '—', 'Validé', ''),
        ('ALL-03', 'Disent avoir « envie d’alliance »', 'Dirigeants d’entreprise', '84 %',
         '% des répondants', 'Synthèse « droit de l’alliance d’intérêt général »', '—',
         'Validé', ''),
        ('2. Les partenariats, source d’innovation',) + ('',) * 8,
        ('INN-01', 'Voient les partenariats comme source d’innovation', 'Français', '74 %',
         '% des répondants', 'Programme IMPACT — présentation', '—', 'À vérifier',
         'Vérifier la population exacte avant diffusion'),
        ('INN-02', 'Voient les partenariats comme source d’innovation',
         'Dirigeants d’entreprise', '81 %', '% des répondants', 'Programme IMPACT — présentation',
         '—', 'Validé', ''),
        ('INN-03', 'Voient les partenariats comme source d’innovation',
         'Responsables associatifs', '86 %', '% des répondants',
         'Programme IMPACT — présentation', '—', 'Validé', ''),
        ('INN-04', 'Voient les partenariats comme source d’innovation', 'Maires', '87 %',
         '% des répondants', 'Programme IMPACT — présentation', '—', 'Validé', ''),
        ('INN-05', 'Estiment leur territoire engagé', 'Maires', '76 %', '% des répondants',
         'Programme IMPACT — présentation', '—', 'Validé', ''),
        ('INN-06', 'Ne savent pas piloter cette dynamique', 'Maires', '46 %', '% des répondants',
         'Programme IMPACT — présentation', '—', 'Validé',
         'Ne pas confondre avec ENT-03 (même valeur)'),
        ('3. Élus locaux et co-construction',) + ('',) * 8,
        ('ELU-01', 'Veulent s’appuyer sur le « jouer collectif »', 'Élus locaux', '64 %',
         '% des répondants', 'Dîner « Élus & Entreprises » — synthèse', '—', 'Validé', ''),
        ('ELU-02', 'Reconnaissent l’utilité de la co-construction', 'Maires', '92 %',
         '% des répondants', 'Dîner « Élus & Entreprises » — synthèse', '—', 'Validé',
         'Même valeur que ALL-02, question différente'),
        ('4. Séries ARPEA',) + ('',) * 8,
        ('ARP-01', 'Jugent urgent de créer des partenariats', 'Français', '86 %',
         '% des répondants', 'ARPEA', '2008', 'Validé', 'Premier point de la série'),
        ('ARP-02', 'Jugent urgent de créer des partenariats', 'Français', '84 %',
         '% des répondants', 'ARPEA — rapport quinquennal', '2012', 'Validé',
         'Même question, quatre ans plus tard'),
        ('ARP-03', 'Engagées avec une entreprise', 'Associations', 'près de 46 %',
         '% des associations', 'ARPEA', '—', 'À vérifier', 'Garder la mention « près de »'),
        ('5. ARPEA Entreprises & Territoires',) + ('',) * 8,
        ('ENT-01', 'Développent des partenariats', 'Entreprises', '21 %', '% des entreprises',
         'ARPEA Entreprises & Territoires', 'janv. 2011', 'Validé',
         'ENT-01 + ENT-02 + ENT-03 = 100 %'),
        ('ENT-02', 'Souhaitent en développer', 'Entreprises', '33 %', '% des entreprises',
         'ARPEA Entreprises & Territoires', 'janv. 2011', 'Validé', ''),
        ('ENT-03', 'Ne le souhaitent pas', 'Entreprises', '46 %', '% des entreprises',
         'ARPEA Entreprises & Territoires', 'janv. 2011', 'Validé', ''),
        ('6. Note sur les modèles de co-construction',) + ('',) * 8,
        ('NOT-01', 'Entreprises engagées', 'Entreprises de 10 salariés et plus', '37 %',
         '% des entreprises', 'Note sur les modèles de co-construction', '29 févr. 2016',
         'Validé', ''),
        ('NOT-02', 'Associations engagées', 'Associations', '38 %', '% des associations',
         'Note sur les modèles de co-construction', '29 févr. 2016', 'Validé', ''),
        ('NOT-03', 'dont associations employeuses engagées', 'Associations employeuses', '53 %',
         '% des employeuses', 'Note sur les modèles de co-construction', '29 févr. 2016',
         'Validé', 'Sous-ensemble de NOT-02'),
    ]
    bands = {i + 1 for i, r in enumerate(data) if r[1] == '' and i > 0}

    # ---- page 1 : colonnes A-E (imprimee "Page 3 de 9")
    frame('Page 3 de 9', 'Chiffres_cles')
    # barre de formule
    c.setStrokeColor(grid)
    c.rect(X0, H - 48, W - 2 * X0, 15, stroke=1, fill=0)
    txt(c, X0 + 4, H - 44, 'D21', 'DV', 7.5)
    txt(c, X0 + 40, H - 44, 'fx', 'DVI', 7.5, colors.HexColor('#777777'))
    txt(c, X0 + 60, H - 44, '21 %', 'DV', 7.5)
    widths1 = [56, 260, 170, 70, 170]
    rows1 = [list(r[:5]) for r in data]
    sheet(H - 56, 'ABCDE', widths1, rows1, bands=bands,
          align=['l', 'l', 'l', 'r', 'l'], fonts=['DVM', 'DV', 'DV', 'DVB', 'DV'])
    c.showPage()

    # ---- page 2 : colonnes F-I des memes lignes (imprimee "Page 4 de 9")
    frame('Page 4 de 9', 'Chiffres_cles')
    widths2 = [250, 72, 62, 362]
    rows2 = [list(r[5:]) for r in data]
    for r0, r in zip(data, rows2):
        if r0[1] == '' and r0 is not data[0]:
            r[:] = ['', '', '', '']
    sheet(H - 40, 'FGHI', widths2, rows2, bands=bands)
    c.showPage()

    # ---- page 3 : onglet Sources (imprimee "Page 7 de 9")
    frame('Page 7 de 9', 'Sources')
    c.setStrokeColor(grid)
    c.rect(X0, H - 48, W - 2 * X0, 15, stroke=1, fill=0)
    txt(c, X0 + 4, H - 44, 'F6', 'DV', 7.5)
    txt(c, X0 + 40, H - 44, 'fx', 'DVI', 7.5, colors.HexColor('#777777'))
    txt(c, X0 + 60, H - 44, 'plus de 250 données inventoriées', 'DV', 7.5)
    widths3 = [66, 200, 180, 70, 76, 150]
    rows3 = [
        ['Code', 'Étude', 'Producteur / partenaires', 'Parution', 'Lignes', 'Remarque'],
        ['ARPEA', 'Programme ARPEA (10 volets)', 'Observatoire des partenariats', '2008-2012',
         'ARP-01 à 03', ''],
        ['ARPEA-ET', 'ARPEA Entreprises & Territoires', 'Observatoire des partenariats',
         'janv. 2011', 'ENT-01 à 03', ''],
        ['NOTE-16', 'Note sur les modèles de co-construction', 'Observatoire des partenariats',
         '29 févr. 2016', 'NOT-01 à 03', ''],
        ['IMPACT', 'Programme IMPACT', 'Observatoire (5 partenaires)', '2018-2022',
         'INN-01 à 06', 'voir ligne 11'],
        ['SORTIE', 'Données pour agir en sortie de crise', 'Le RAMEAU', '—', 'RES-01 à 02',
         'plus de 250 données inventoriées'],
        ['Code', 'Indicateur', 'Population', 'Valeur', '', 'Remarque'],
        ['RES-01', 'Co-construction utile pour rebondir après la crise', 'Français', '81 %',
         '', 'jouer collectif en sortie de crise'],
        ['RES-02', 'Co-construction utile pour rebondir après la crise',
         'Dirigeants de TPE & PME', '84 %', '', 'jouer collectif en sortie de crise'],
        ['', '', '', '', '', ''],
        ['IMPACT', 'Partenaires : Caisse des Dépôts, Institut CDC pour la Recherche,', '', '',
         '', ''],
        ['', 'Groupe La Poste, Fondation TOTAL, Le RAMEAU', '', '', '', ''],
    ]
    sheet(H - 56, 'ABCDEF', widths3, rows3, align=['l', 'l', 'l', 'l', 'l', 'l'],
          fonts=['DVM', 'DV', 'DV', 'DV', 'DV', 'DVI'])
    # commentaire de cellule (affiche a l'impression), relie a D8
    nx, ny, nw, nh = X0 + 380, H - 56 - 13 - 12 * RH - 40, 300, 40
    c.setFillColor(colors.HexColor('#fff6bf'))
    c.setStrokeColor(colors.HexColor('#b59b00'))
    c.rect(nx, ny - nh, nw, nh, stroke=1, fill=1)
    c.setFillColor(colors.black)
    para(c, '<b>Note du pôle (cellule D8) :</b> RES-01 et RES-02 portent sur la même question, '
         'posée à deux publics. Ne pas les confondre avec ALL-01 (81 %) et ALL-03 (84 %) de '
         'l’onglet Chiffres_cles.', nx + 6, ny - 5, nw - 12, style('DV', 7.4, 9.4), maxh=nh - 8)
    d8x = X0 + RN + 66 + 200 + 180 + 50
    d8y = H - 56 - 13 - 7.5 * RH
    c.setStrokeColor(colors.HexColor('#b59b00'))
    c.line(d8x, d8y, nx + 20, ny)
    c.setFillColor(colors.HexColor('#b59b00'))
    c.circle(d8x, d8y, 1.8, stroke=0, fill=1)
    # onglets de classeur en bas de page
    x = X0
    for name, active in [('Chiffres_cles', False), ('Sources', True), ('Graphes', False),
                         ('Archives_2019', False)]:
        w = pdfmetrics.stringWidth(name, 'DV', 7.5) + 18
        c.setFillColor(colors.white if active else colors.HexColor('#e0e0e0'))
        c.setStrokeColor(colors.HexColor('#999999'))
        c.rect(x, 34, w, 14, stroke=1, fill=1)
        txt(c, x + 9, 38.5, name, 'DVB' if active else 'DV', 7.5)
        x += w + 2
    c.showPage()
    c.save()


# ============================================================================
# 04 - Jeu de l'oie
# ============================================================================
def doc04():
    W, H = landscape(A4)
    c = new_canvas('obs-s83-04-jeu-de-l-oie.pdf', (W, H), "Le jeu de l'alliance",
                   'Le Journal des Alliances')
    green = colors.HexColor('#2f6b3a')
    cases = {
        1: ('DÉPART', 'Posez votre pion : l’aventure des alliances commence ici.'),
        2: ('', '2006 — Le RAMEAU voit le jour, sous statut associatif d’intérêt général.'),
        3: ('', '2008 — Premiers pas de l’Observatoire des partenariats.'),
        4: ('', '2010 — L’étude ARPEA-Collectivités locales inspire la démarche « Agir '
                'ensemble en Territoire ».'),
        5: ('', 'Territoire pilote n° 1 : l’Alsace, avec Alsace Active.'),
        6: ('PONT', 'Territoire pilote n° 2 : Poitou-Charentes, avec le Groupe La Poste. '
                    'Filez en case 9 !'),
        7: ('', 'Territoire pilote n° 3 : Paris-Est Marne & Bois.'),
        8: ('', 'Avec le CGET, 11 territoires pionniers entrent dans un parcours '
                'd’expérience.'),
        9: ('', 'Le parcours dure 18 mois ; sa première session s’ouvre un 3 mai.'),
        10: ('', 'Juillet 2018 — La préfiguration de la Fondation des Territoires démarre.'),
        11: ('', 'Préfiguration, étape 1 : de 07/18 à 07/19.'),
        12: ('PUITS', 'Étape 2 : de 08/19 à 11/20. Passez un tour.'),
        13: ('', 'FNAF 2019 — Gabriel Attal confie une mission à Cathy Racon-Bouzon et '
                 'Charles-Benoît Heidsieck.'),
        14: ('', '7 mai 2020 — Les deux missionnés remettent leur rapport.'),
        15: ('', '17 octobre 2020 — Premier bilan. Rejouez !'),
        16: ('', '2020 — Le RAMEAU et la Fondation TotalEnergies co-créent le Fonds ODD 17.'),
        17: ('', 'Le Fonds reçoit 1,5 M€ pour expérimenter sur 3 ans.'),
        18: ('LABYRINTHE', 'Cap sur 350 « catalyseurs territoriaux ». Reculez en case 16.'),
        19: ('', 'Préfiguration, étape 3 : de 12/20 à 05/22.'),
        20: ('', '3 mois de co-construction pour écrire la Charte du faire alliance.'),
        21: ('', '30 novembre 2021, jour du Giving Tuesday : la Charte est lancée à '
                 'Saint-Maurice.'),
        22: ('', 'Le lancement se tient pendant la soirée VitaWin.'),
        23: ('', 'La Charte se présente comme un « contrat de confiance ».'),
        24: ('', 'Une feuille de route ministérielle : 21 mesures.'),
        25: ('', 'Proposition de loi pour un « droit de l’alliance d’intérêt général », portée '
                 'par Cathy Racon-Bouzon.'),
        26: ('PRISON', 'Texte agréé par le Bureau de l’Assemblée nationale et publié au JO. '
                       'Attendez un double.'),
        27: ('', '14 juin 2022 — Création de la Fondation des Territoires, sous l’égide de la '
                 'Fondation de Lille.'),
        28: ('', 'Elle réunit 21 co-fondateurs.'),
        29: ('', 'Elle se donne 3 missions.'),
        30: ('ARRIVÉE', 'Bravo : vous avez fait alliance !'),
    }
    # ---- page 1 : plateau
    c.setFillColor(colors.HexColor('#fbf7ec'))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(green)
    c.rect(0, H - 50, W, 50, stroke=0, fill=1)
    txt(c, 30, H - 30, 'LE JEU DE L’ALLIANCE', 'DVB', 20, colors.white)
    txt(c, 330, H - 29, 'De 2006 à 2022, case après case, jusqu’à l’alliance !', 'DVI', 11,
        colors.white)
    txt(c, W - 30, H - 30, 'Encart détachable', 'DVB', 9, colors.white, 'r')
    ncol, nrow = 6, 5
    x0, y0 = 30, 56
    cw = (W - 60) / ncol
    ch = (H - 50 - 12 - y0) / nrow
    s_case = style('DVC', 8.6, 10.4)
    special = {'PONT': '#cfe3f5', 'PUITS': '#f5d9cf', 'LABYRINTHE': '#efe0f5',
               'PRISON': '#e6e6e6', 'DÉPART': '#d9f0d4', 'ARRIVÉE': '#ffe9a8'}
    # position de chaque case (serpentin) ; dessin ligne par ligne, de gauche a droite
    pos = {}
    n = 1
    for r in range(nrow):
        cols = range(ncol) if r % 2 == 0 else range(ncol - 1, -1, -1)
        for col in cols:
            pos[n] = (r, col)
            n += 1
    inv = {v: k for k, v in pos.items()}
    for r in range(nrow):
        for col in range(ncol):
            k = inv[(r, col)]
            tag, text = cases[k]
            x = x0 + col * cw + 4
            y = H - 50 - 12 - (r + 1) * ch + 4
            w, h = cw - 8, ch - 8
            c.setFillColor(colors.HexColor(special.get(tag, '#ffffff')))
            c.setStrokeColor(green)
            c.setLineWidth(1.2)
            c.roundRect(x, y, w, h, 7, stroke=1, fill=1)
            c.setFillColor(green)
            c.circle(x + 12, y + h - 12, 9, stroke=0, fill=1)
            txt(c, x + 12, y + h - 15.5, str(k), 'DVB', 9, colors.white, 'c')
            if tag:
                txt(c, x + w - 6, y + h - 15, tag, 'DVB', 8, green, 'r')
            para(c, text, x + 6, y + h - 25, w - 12, s_case, maxh=h - 29, what='case %d' % k)
            # fleche vers la case suivante
            if k < 30:
                r2, c2 = pos[k + 1]
                c.setFillColor(green)
                if r2 == r:
                    ax = x + w + 4 if c2 > col else x - 4
                    txt(c, ax, y + h / 2 - 3, '►' if c2 > col else '◄', 'DV', 7, green, 'c')
                else:
                    txt(c, x + w / 2, y - 6, '▼', 'DV', 7, green, 'c')
    c.setLineWidth(0.6)
    txt(c, 30, 36, 'Le Journal des Alliances · n° 12 · encart central, à détacher', 'DV', 7.5,
        colors.HexColor('#444444'))
    txt(c, W - 30, 36, 'p. 16', 'DVB', 9, green, 'r')
    txt(c, 30, 25, 'Reproduction libre pour un usage pédagogique non commercial · '
        'journal-des-alliances.fr/jeu', 'DV', 6.5, colors.HexColor('#666666'))
    c.showPage()

    # ---- page 2 : regle + explications
    c.setFillColor(green)
    c.rect(0, H - 34, W, 34, stroke=0, fill=1)
    txt(c, 30, H - 22, 'LE JEU DE L’ALLIANCE — RÈGLE ET DOS DES CASES', 'DVB', 13,
        colors.white)
    txt(c, W - 30, H - 22, 'Le Journal des Alliances · n° 12', 'DV', 8.5, colors.white, 'r')
    colw = (W - 60 - 2 * 18) / 3
    s_t = style('DV', 8.4, 11.2, align=4)
    s_h = style('DVB', 10, 13, green)
    col_texts = [
        [('Règle du jeu', None),
         (None, 'De 2 à 5 joueurs, à partir de 8 ans. Il faut un dé et un pion par joueur.'),
         (None, 'Chacun lance le dé à tour de rôle et avance du nombre de cases indiqué. '
                'Lisez à voix haute le texte de la case où vous vous arrêtez : c’est ainsi '
                'que l’on apprend l’histoire des alliances.'),
         (None, '<b>Pont</b> (case 6) : filez directement en case 9. <b>Puits</b> (case 12) : '
                'passez un tour. <b>Labyrinthe</b> (case 18) : reculez en case 16. '
                '<b>Prison</b> (case 26) : attendez de faire un double.'),
         (None, 'Sur les cases 5, 10, 20 et 25, tirez une carte Chance (à découper en bas de '
                'page).'),
         (None, 'Le premier joueur qui atteint exactement la case 30 gagne. S’il dépasse, il '
                'recule d’autant de cases qu’il en avait en trop.'),
         ('Variante « quiz »', None),
         (None, 'Avant d’avancer, le joueur doit répondre à la question posée par son voisin '
                'sur la case visée. Bonne réponse : il avance. Sinon, il reste sur place.')],
        [('Au dos des cases', None),
         (None, '<b>Cases 4 à 7.</b> La démarche « Agir ensemble en Territoire » est partie '
                'en 2010 d’une étude ARPEA sur les collectivités locales, menée par '
                'Comisis-OpinionWay. Trois territoires l’ont d’abord testée : l’Alsace avec '
                'Alsace Active, Poitou-Charentes avec le Groupe La Poste, et Paris-Est Marne '
                '& Bois.'),
         (None, '<b>Cases 13 à 15.</b> La mission ministérielle annoncée lors du FNAF 2019 '
                'a donné lieu à un rapport remis le 7 mai 2020, puis à un bilan le 17 '
                'octobre 2020.'),
         (None, '<b>Cases 16 à 18.</b> Le Fonds ODD 17, co-créé en 2020, finance une '
                'expérimentation de trois ans ; il vise 350 « catalyseurs territoriaux ».')],
        [('Au dos des cases (suite)', None),
         (None, '<b>Cases 20 à 23.</b> La Charte du faire alliance a été écrite en trois mois '
                'de co-construction, sous le pilotage de la Fondation des Territoires alors en '
                'préfiguration, et lancée le soir du Giving Tuesday.'),
         (None, '<b>Cases 27 à 29.</b> La Fondation des Territoires est officiellement créée '
                'le 14 juin 2022, abritée par la Fondation de Lille, au terme d’une '
                'préfiguration en trois étapes ouverte en juillet 2018.'),
         ('Fabriquez vos pions', None),
         (None, 'Découpez les jetons ci-dessous le long des pointillés et collez-les sur un '
                'bouchon.')],
    ]
    ytop = H - 56
    for i, items in enumerate(col_texts):
        x = 30 + i * (colw + 18)
        y = ytop
        for hd, body in items:
            if hd:
                y -= para(c, hd, x, y, colw, s_h) + 3
            else:
                y -= para(c, body, x, y, colw, s_t) + 6
        if y < (245 if i < 2 else 150):
            raise ValueError('doc04 p2 colonne %d trop longue (%.0f)' % (i, y))
    # jetons a decouper
    c.setDash(3, 3)
    c.setStrokeColor(colors.HexColor('#777777'))
    labels = ['Asso', 'Entreprise', 'Commune', 'Fondation', 'Citoyen']
    for i, lab in enumerate(labels):
        cx = 30 + 2 * (colw + 18) + 24 + i * 50
        c.circle(cx, 110, 23, stroke=1, fill=0)
        txt(c, cx, 107.5, lab, 'DVCB', 6.4, green, 'c', maxw=40)
    c.setDash()
    txt(c, 30 + 2 * (colw + 18), 76, '✂ - - - - - - - - - - - - - - - - - - - - - - - - -',
        'DV', 8, colors.HexColor('#777777'))
    # cartes Chance a decouper (2 lignes de 3)
    cards = [
        'Votre commune rejoint la démarche « Agir ensemble en Territoire ». Avancez de 2 cases.',
        'Vous signez la Charte du faire alliance : rejouez.',
        'Vous avez oublié de co-construire : reculez de 3 cases.',
        'Vous devenez « catalyseur territorial » : avancez d’une case.',
        'Réunion sans ordre du jour : passez un tour.',
        'Vous rejoignez les co-fondateurs d’une fondation territoriale : avancez de 4 cases.',
    ]
    gx, gw = 30, 2 * colw + 18
    cwc, chc = (gw - 2 * 10) / 3, 62
    txt(c, gx, 232, 'Cartes Chance — à découper', 'DVB', 10, green)
    c.setDash(3, 3)
    for i, t in enumerate(cards):
        x = gx + (i % 3) * (cwc + 10)
        y = 220 - (i // 3) * (chc + 10)
        c.setStrokeColor(colors.HexColor('#777777'))
        c.rect(x, y - chc, cwc, chc, stroke=1, fill=0)
        txt(c, x + 6, y - 12, 'CHANCE', 'DVB', 7.5, green)
        para(c, t, x + 6, y - 17, cwc - 12, style('DVC', 8, 9.8), maxh=chc - 20,
             what='carte %d' % i)
    c.setDash()
    c.setStrokeColor(green)
    c.line(30, 48, W - 30, 48)
    txt(c, 30, 36, 'Le Journal des Alliances · n° 12 · encart central, à détacher', 'DV', 7.5,
        colors.HexColor('#444444'))
    txt(c, W - 30, 36, 'p. 17', 'DVB', 9, green, 'r')
    txt(c, 30, 25, 'Directeur de la publication : réseau Cap Alliances · ISSN en cours · '
        'journal-des-alliances.fr', 'DV', 6.5, colors.HexColor('#666666'))
    c.showPage()
    c.save()


# ============================================================================
# 05 - Tableau periodique
# ============================================================================
def doc05():
    W, H = landscape(A4)
    c = new_canvas('obs-s83-05-tableau-periodique.pdf', (W, H), 'Tableau périodique des alliances',
                   'Cahier central - réseau Cap Alliances')
    fam = {
        'A': ('Associations employeuses', '#f6c9a8'),
        'B': ('Avec qui ? (partenaires)', '#f3e39b'),
        'C': ('À quelle échelle ?', '#c9e6b5'),
        'D': ('Pour quoi faire ?', '#b9dbe8'),
        'E': ('Regards croisés : l’innovation', '#d8c8ee'),
        'F': ('Rebondir ensemble', '#f1c0cf'),
        'G': ('Repères et outils', '#d9d9d9'),
    }
    # (numero, symbole, nom, valeur, famille, ligne, colonne)
    els = [
        (1, 'Ae', 'Associations employeuses', '148 000', 'A', 0, 0),
        (2, 'Pa', 'Ont au moins un partenariat', '98 %', 'A', 0, 9),
        (3, 'Co', 'Collectivités', '89 %', 'B', 1, 0),
        (4, 'Ig', 'Structures d’intérêt général', '73 %', 'B', 1, 1),
        (5, 'Es', 'Établissements scolaires', '70 %', 'B', 1, 2),
        (6, 'Ca', 'Collectifs d’associations', '56 %', 'B', 1, 3),
        (7, 'An', 'Acteurs publics nationaux', '52 %', 'B', 1, 4),
        (8, 'Fp', 'Fédérations professionnelles', '37 %', 'B', 1, 5),
        (9, 'Ac', 'Acteurs académiques', '35 %', 'B', 1, 6),
        (10, 'Lo', 'Échelle locale', '73 %', 'C', 1, 8),
        (11, 'Rg', 'Échelle régionale', '47 %', 'C', 1, 9),
        (12, 'Me', 'Mécénat', '75 %', 'D', 2, 0),
        (13, 'Is', 'Innovation sociétale', '73 %', 'D', 2, 1),
        (14, 'Pr', 'Pratiques responsables', '70 %', 'D', 2, 2),
        (15, 'Ce', 'Coopération économique', '58 %', 'D', 2, 3),
        (16, 'Ci', 'Citoyens', '69 %', 'E', 2, 6),
        (17, 'Di', 'Dirigeants d’entreprise', '81 %', 'E', 2, 7),
        (18, 'Ra', 'Responsables associatifs', '86 %', 'E', 2, 8),
        (19, 'Ma', 'Maires', '87 %', 'E', 2, 9),
        (20, 'Rs', 'Français (sortie de crise)', '81 %', 'F', 3, 0),
        (21, 'Tp', 'Dirigeants de TPE & PME', '84 %', 'F', 3, 1),
        (22, 'Dn', 'Données inventoriées', '> 250', 'F', 3, 2),
        (23, 'Od', 'ODD 17 : nombre de cibles', '19', 'G', 3, 6),
        (24, 'Md', 'M.E.D.O.C.', 'odd17.org', 'G', 3, 7),
        (25, 'Rm', 'Le RAMEAU', '2006', 'G', 3, 8),
        (26, 'Ex', 'Exemples inspirants recensés', '> 1 000', 'G', 3, 9),
    ]
    # ---- page 1
    txt(c, 30, H - 40, 'Tableau périodique des alliances', 'DVSB', 22)
    txt(c, 30, H - 58, 'Les éléments qui composent l’engagement partenarial des associations — '
        'un élément, un chiffre', 'DVSI', 10, colors.HexColor('#444444'))
    txt(c, W - 30, H - 40, 'CAHIER CENTRAL', 'DVB', 9, colors.HexColor('#8a1c3b'), 'r')
    ncol = 10
    gx0, gtop = 30, H - 78
    cw = (W - 60) / ncol
    chh = 98
    for num, sym, name, val, f, r, col in els:
        x = gx0 + col * cw + 2
        y = gtop - (r + 1) * chh + 2
        w, h = cw - 4, chh - 4
        c.setFillColor(colors.HexColor(fam[f][1]))
        c.setStrokeColor(colors.HexColor('#333333'))
        c.setLineWidth(0.8)
        c.rect(x, y, w, h, stroke=1, fill=1)
        txt(c, x + 4, y + h - 10, str(num), 'DVB', 7.5)
        txt(c, x + w - 4, y + h - 10, val, 'DVCB', 7.5, align='r', maxw=w - 20)
        txt(c, x + w / 2, y + h / 2 - 2, sym, 'DVSB', 24, align='c')
        para(c, name, x + 3, y + 23, w - 6, style('DVC', 7.2, 8.4, align=TA_CENTER),
             maxh=20, what=sym)
    # legende des familles (bloc au centre de la premiere ligne)
    lx, ly = gx0 + 1 * cw + 10, gtop - 12
    txt(c, lx, ly, 'Familles', 'DVB', 9)
    for i, k in enumerate('ABCDEFG'):
        cx = lx + (i % 2) * 190
        cy = ly - 16 - (i // 2) * 14
        c.setFillColor(colors.HexColor(fam[k][1]))
        c.rect(cx, cy - 2, 10, 10, stroke=1, fill=1)
        c.setFillColor(colors.black)
        txt(c, cx + 15, cy, '%s — %s' % (k, fam[k][0]), 'DV', 7.6)
    # cle de lecture
    kx = gx0 + 5.6 * cw
    ky = gtop - 8
    c.setStrokeColor(colors.HexColor('#333333'))
    c.rect(kx, ky - 70, 56, 70, stroke=1, fill=0)
    txt(c, kx + 3, ky - 9, 'n°', 'DVB', 6.5)
    txt(c, kx + 53, ky - 9, 'valeur', 'DVB', 6.5, align='r')
    txt(c, kx + 28, ky - 40, 'Sy', 'DVSB', 18, align='c')
    txt(c, kx + 28, ky - 62, 'nom', 'DV', 6.5, align='c')
    para(c, 'Clé de lecture : chaque case donne le numéro de l’élément, sa valeur, son '
         'symbole et son nom. Familles A à D : part des associations employeuses concernées.',
         kx + 64, ky, gx0 + 9 * cw - kx - 74, style('DV', 7, 9), maxh=70)
    # bandeau bas
    c.setStrokeColor(colors.HexColor('#8a1c3b'))
    c.line(30, 44, W - 30, 44)
    txt(c, 30, 32, 'Sources et définitions : voir la notice au verso. Familles A à D : étude '
        'IMPACT – Associations & Territoires (Observatoire des partenariats).', 'DV', 7.2)
    txt(c, W - 30, 32, 'VI', 'DVSB', 10, colors.HexColor('#8a1c3b'), 'r')
    txt(c, 30, 21, 'Cap Alliances — cahier central détachable — capalliances.fr/tableau', 'DV',
        6.5, colors.HexColor('#666666'))
    c.showPage()

    # ---- page 2 : notice
    txt(c, 30, H - 38, 'Notice des éléments', 'DVSB', 18)
    txt(c, W - 30, H - 38, 'Tableau périodique des alliances — verso', 'DVSI', 9,
        colors.HexColor('#444444'), 'r')
    s_n = style('DVS', 7.9, 10.3, align=4)
    colw = (W - 60 - 2 * 16) / 3
    notes = [
        '<b>Éléments 1 à 15 — familles A à D.</b> Chiffres de l’étude IMPACT – Associations '
        '& Territoires. La France compte 148 000 associations employeuses ; 98 % d’entre '
        'elles déclarent au moins un partenariat. Les collectivités sont le partenaire le plus '
        'fréquent (89 %), devant les structures d’intérêt général (73 %) et les établissements '
        'scolaires (70 %). Viennent ensuite les collectifs d’associations (56 %), les acteurs '
        'publics nationaux (52 %), les fédérations professionnelles (37 %) et les acteurs '
        'académiques (35 %).',
        '<b>Échelle et objet.</b> Les partenariats se nouent d’abord à l’échelle locale '
        '(73 %), plus rarement à l’échelle régionale (47 %). Ils servent le mécénat (75 %), '
        'l’innovation sociétale (73 %), les pratiques responsables (70 %) et la coopération '
        'économique (58 %).',
        '<b>Éléments 16 à 19 — famille E.</b> Part de chaque public qui voit dans les '
        'partenariats une source d’innovation, telle que la reprend un site régional de '
        'ressources sur la co-construction. D’autres présentations du programme IMPACT '
        'arrondissent différemment la valeur citoyenne.',
        '<b>Éléments 20 à 22 — famille F.</b> Au sortir de la crise sanitaire, 81 % des '
        'Français et 84 % des dirigeants de TPE & PME jugent la co-construction utile pour '
        'rebondir. Pour éclairer l’action, plus de 250 données ont été inventoriées.',
        '<b>Élément 23 — ODD 17.</b> Le dix-septième objectif de développement durable, '
        'consacré aux partenariats, se décline en 19 cibles. Le Comité 21 les explique dans '
        'sa note « ODD 17 : Sens, décryptages, déclinaisons », diffusée un 5 juillet.',
        '<b>Élément 24 — M.E.D.O.C.</b> Acronyme de Méthodes, Exemples, Données, Outils, '
        'Compétences : les cinq rubriques de ressources proposées sur la plateforme '
        'www.odd17.org.',
        '<b>Élément 25 — Le RAMEAU.</b> Association d’intérêt général créée en 2006, Le '
        'RAMEAU se présente comme un « laboratoire de recherche empirique » dédié aux '
        'alliances entre acteurs. Il a mené des expérimentations avec plus de 500 '
        'organisations depuis sa création.',
        '<b>Élément 26.</b> Plus de 1 000 exemples inspirants ont été recensés par Le RAMEAU '
        'au fil de ses travaux.',
        '<b>Pour mémoire.</b> Le programme IMPACT suit trois indicateurs : innovation, '
        'performance et confiance. Son prédécesseur lointain, ARPEA (Analyse des Relations '
        'Associations-Entreprises), avait ouvert la série des études de l’Observatoire.',
    ]
    s_n = style('DVS', 8.6, 11.4, align=4)
    hs = [par_h(n, colw, s_n) + 10 for n in notes]
    half = sum(hs) / 2
    col, y, acc = 0, H - 66, 0
    for n, h in zip(notes, hs):
        if col == 0 and acc + h / 2 > half:
            col, y = 1, H - 66
        acc += h
        if y - h < 56:
            raise ValueError('doc05 notice trop longue')
        para(c, n, 30 + col * (colw + 16), y, colw, s_n)
        y -= h
    # troisieme colonne : liste des symboles
    x = 30 + 2 * (colw + 16)
    y = H - 66
    txt(c, x, y - 9, 'Liste des symboles', 'DVSB', 10)
    y -= 18
    for num, sym, name, val, f, r, col_ in sorted(els, key=lambda e: e[1]):
        c.setFillColor(colors.HexColor(fam[f][1]))
        c.rect(x, y - 12, 22, 14, stroke=0, fill=1)
        c.setFillColor(colors.black)
        txt(c, x + 11, y - 8, sym, 'DVSB', 8, align='c')
        txt(c, x + 30, y - 8, name, 'DVS', 8, maxw=colw - 60)
        txt(c, x + colw, y - 8, 'n° %d' % num, 'DVS', 8, align='r')
        y -= 16.2
        if y < 56:
            raise ValueError('doc05 liste des symboles trop longue')
    c.setStrokeColor(colors.HexColor('#8a1c3b'))
    c.line(30, 44, W - 30, 44)
    txt(c, 30, 32, 'Conception : groupe « Données » du réseau Cap Alliances. Les chiffres sont '
        'cités tels que publiés ; ne pas les additionner d’une famille à l’autre.', 'DV', 7.2)
    txt(c, W - 30, 32, 'VII', 'DVSB', 10, colors.HexColor('#8a1c3b'), 'r')
    txt(c, 30, 21, 'Cap Alliances — cahier central détachable — capalliances.fr/tableau', 'DV',
        6.5, colors.HexColor('#666666'))
    c.showPage()
    c.save()


# ============================================================================
# 06 - Petites annonces
# ============================================================================
def doc06():
    W, H = A4
    c = new_canvas('obs-s83-06-petites-annonces.pdf', A4,
                   'La Gazette des alliances n° 57 - Petites annonces', 'Réseau Cap Alliances')
    red = colors.HexColor('#a3262a')
    X0, GAP = 34, 9
    ncol = 4
    cw = (W - 2 * X0 - (ncol - 1) * GAP) / ncol
    YTOP, YBOT = H - 82, 62
    s_ad = style('DVC', 8.4, 10.2)

    def frame(printed, first):
        c.setFillColor(red)
        c.rect(X0, H - 52, W - 2 * X0, 24, stroke=0, fill=1)
        txt(c, X0 + 8, H - 44, 'La Gazette des alliances', 'DVSB', 13, colors.white)
        txt(c, W - X0 - 8, H - 44, 'PETITES ANNONCES & INFOS DU RÉSEAU', 'DVB', 9,
            colors.white, 'r')
        txt(c, X0, H - 65, 'n° 57 · printemps · rubrique tenue par le secrétariat du réseau'
            + ('' if first else ' · suite'), 'DVI', 7.5, colors.HexColor('#444444'))
        txt(c, W - X0, H - 65, 'Réf. = numéro à rappeler pour répondre', 'DVI', 7.5,
            colors.HexColor('#444444'), 'r')
        c.setStrokeColor(red)
        c.line(X0, H - 71, W - X0, H - 71)
        c.line(X0, 52, W - X0, 52)
        txt(c, X0, 41, 'Gazette des alliances — réseau Cap Alliances — gazette-alliances.fr · '
            'Dépôt des annonces : gratuit pour les adhérents', 'DVC', 6.8,
            colors.HexColor('#555555'))
        txt(c, X0, 32, 'Les annonces n’engagent que leurs auteurs. Toute réponse transite par '
            'le secrétariat.', 'DVC', 6.8, colors.HexColor('#555555'))
        txt(c, W - X0, 36, str(printed), 'DVSB', 12, red, 'r')

    def span_w(span):
        return span * cw + (span - 1) * GAP

    def item_height(it, span):
        w = span_w(span)
        if it.get('rubric'):
            return 17
        return 15 + par_h(it['text'], w - 10, s_ad) + 7 + (10 if it.get('ref') else 0)

    def draw_item(it, x, y, span):
        w = span_w(span)
        h = item_height(it, span)
        if it.get('rubric'):
            c.setFillColor(colors.HexColor('#2b2b2b'))
            c.rect(x, y - 13, w, 13, stroke=0, fill=1)
            txt(c, x + w / 2, y - 9.6, it['rubric'], 'DVCB', 7.8, colors.white, 'c', maxw=w - 4)
            return h
        boxed = it.get('boxed', False)
        c.setStrokeColor(red if boxed else colors.HexColor('#999999'))
        c.setLineWidth(1.6 if boxed else 0.5)
        if boxed:
            c.setFillColor(colors.HexColor('#fbeeee'))
            c.rect(x, y - h, w, h, stroke=1, fill=1)
        else:
            c.rect(x, y - h, w, h, stroke=1, fill=0)
        c.setLineWidth(0.5)
        tag = it['tag']
        tw = pdfmetrics.stringWidth(fr(tag), 'DVCB', 7) + 8
        c.setFillColor(red)
        c.rect(x, y - 11, tw, 11, stroke=0, fill=1)
        txt(c, x + 4, y - 8.5, tag, 'DVCB', 7, colors.white)
        hh = para(c, it['text'], x + 5, y - 15, w - 10, s_ad)
        if it.get('ref'):
            txt(c, x + w - 5, y - 15 - hh - 8, 'Réf. ' + it['ref'], 'DVM', 6.6,
                colors.HexColor('#555555'), 'r')
        return h

    def page(printed, first, tops, flow):
        """tops : encadres en tete [(col, span, item)] ; flow : items en colonnes."""
        frame(printed, first)
        ys = [YTOP] * ncol
        spans = []
        for col, span, it in tops:
            y = min(ys[col:col + span])
            h = draw_item(it, X0 + col * (cw + GAP), y, span)
            spans.append((col, span, y - h))
            for k in range(col, col + span):
                ys[k] = y - h - 8
        def place(limit, draw=False):
            yy = list(ys)
            col = 0
            for it in flow:
                h = item_height(it, 1)
                while yy[col] - h < limit:
                    col += 1
                    if col >= ncol:
                        return False
                if draw:
                    draw_item(it, X0 + col * (cw + GAP), yy[col], 1)
                yy[col] -= h + (5 if it.get('rubric') else 7)
            return True
        # equilibrage des colonnes : on cherche la limite basse la plus haute possible
        limit = YBOT
        if not place(YBOT):
            raise ValueError('doc06 p.%d : annonces trop nombreuses' % printed)
        for cand in range(int(YTOP), int(YBOT) - 1, -2):
            if place(cand):
                limit = cand
                break
        place(limit, draw=True)
        # filets de colonnes, interrompus sous les encadres a cheval
        c.setStrokeColor(colors.HexColor('#cccccc'))
        c.setLineWidth(0.5)
        for i in range(1, ncol):
            xx = X0 + i * (cw + GAP) - GAP / 2
            ytop = YTOP + 2
            for col0, span, ybottom in spans:
                if col0 < i < col0 + span:
                    ytop = min(ytop, ybottom - 4)
            c.line(xx, YBOT, xx, ytop)
        c.showPage()
        return ys

    def ad(tag, ref, text, boxed=False):
        return dict(tag=tag, ref=ref, text=text, boxed=boxed)

    def rub(name):
        return dict(rubric=name)

    # ---- page 21
    page(21, True, [
        (0, 2, ad('INFO ÉTUDE', '57-02', boxed=True, text=
            '<b>« Associations & Partenariats » : qui travaille avec qui ?</b> Recherches & '
            'Solidarités et Le RAMEAU ont publié en mars 2017 une enquête menée en mai-juin '
            '2016 auprès de plus de 1 380 responsables associatifs. Une association compte en '
            'moyenne 2,5 partenaires. Les plus cités : collectivités (74 %), associations et '
            'fondations (72 %), enseignement (47 %), entreprises (28 %), structures '
            'd’insertion (22 %), recherche (9 %).')),
        (2, 2, ad('SOMMAIRE', '', text=
            'Recherche de partenaires : p. 21 · Bénévolat : p. 21 · Matériel : p. 21 · '
            'Locaux : p. 22 · Infos du réseau : p. 22 · Échanges de savoir-faire : p. 22 · '
            'Carnet : p. 22. Les annonces signalées d’un cadre rouge sont rédigées par le '
            'secrétariat.')),
    ], [
        rub('RECHERCHE DE PARTENAIRES'),
        ad('DEMANDE', '57-01', 'Asso. d’aide aux devoirs (Tours nord) rech. entreprise '
           'partenaire pour mécénat de compétences : 2 h/sem., hors vac. scol.'),
        ad('DEMANDE', '57-03', 'Collectif d’épiceries solidaires cherche partenaire '
           'logistique (camion frigo). Argument pour convaincre : la moitié des assos au '
           'budget supérieur à 150 000 € ont déjà un partenaire entreprise (50 %), contre '
           '20 % des assos sous 10 000 € (même enquête, 2017).'),
        ad('DEMANDE', '57-04', 'Club de foot féminin U13 cherche sponsor pour jeux de '
           'maillots. Visibilité sur les réseaux du club et à la buvette.'),
        ad('DEMANDE', '57-05', 'Ressourcerie (Bourges) cherche entreprise partenaire pour '
           'collecte de mobilier de bureau réformé. Camion dispo le vendredi.'),
        ad('OFFRE', '57-06', 'PME de l’agroalimentaire (Indre) souhaite soutenir un projet '
           'd’éducation à l’alimentation dans un collège du département. Dossier simple, '
           'réponse sous un mois.'),
        ad('DEMANDE', '57-07', 'Festival de musique en milieu rural cherche mécène pour la '
           'sonorisation ; logo sur affiches et programme en contrepartie.'),
        ad('BON À SAVOIR', '57-08', 'Quel partenaire chercher ? Dans l’enquête de 2017, les '
           'entreprises n’arrivent qu’en quatrième position des partenaires des associations, '
           'loin derrière les collectivités. Pensez aussi à l’enseignement, cité par près de '
           'la moitié des répondants.', boxed=True),
        ad('OFFRE', '57-17', 'Fondation d’entreprise (Chartres) ouvre son appel à '
           'initiatives locales ; critères et calendrier sur demande au secrétariat.'),
        rub('BÉNÉVOLAT'),
        ad('OFFRE', '57-09', 'Bénévole retraitée, ex-DAF, relit budgets prévisionnels et '
           'dossiers de demande de fonds. Secteur Orléans-Blois.'),
        ad('OFFRE', '57-10', 'Étudiant en master de droit propose aide à la rédaction de '
           'statuts et de règlements intérieurs, le samedi matin.'),
        ad('DEMANDE', '57-11', 'Épicerie sociale cherche bénévoles pour la distribution du '
           'mardi soir. Formation hygiène assurée.'),
        ad('DEMANDE', '57-12', 'Asso. d’alphabétisation cherche formateurs bénévoles ; '
           'débutants acceptés, accompagnement en binôme.'),
        ad('OFFRE', '57-13', 'Ancien chef de chantier propose d’encadrer ponctuellement des '
           'chantiers participatifs (rénovation légère).'),
        ad('DEMANDE', '57-14', 'Cinéma associatif cherche projectionnistes bénévoles pour '
           'les séances du dimanche.'),
        ad('OFFRE', '57-15', 'Graphiste indépendante offre trois jours par an pour refaire '
           'l’identité visuelle d’une petite asso.'),
        ad('DEMANDE', '57-16', 'Maraude du soir cherche chauffeur titulaire du permis B, un '
           'soir par semaine.'),
        ad('DEMANDE', '57-18', 'Asso. de soutien scolaire à l’hôpital cherche bénévoles '
           'disponibles en journée, de préférence enseignants retraités.'),
        rub('MATÉRIEL'),
        ad('À SAISIR', '57-21', 'Lot de chaises pliantes + 6 tables de kermesse, bon état, à '
           'retirer sur place avant la fin du mois.'),
        ad('OFFRE', '57-22', 'Entreprise du bâtiment (Loir-et-Cher) donne chutes de bois et '
           'palettes à ressourcerie ou atelier d’insertion. Enlèvement à votre charge.'),
        ad('À SAISIR', '57-23', 'Imprimante laser couleur, toner neuf fourni. Don contre '
           'enlèvement.'),
        ad('ÉCHANGE', '57-24', 'Prêt de barnums 3 × 3 m contre aide au montage lors de notre '
           'fête de quartier.'),
        ad('DEMANDE', '57-25', 'Atelier vélo cherche outillage (clés, pieds d’atelier), même '
           'usagé.'),
    ])

    # ---- page 22
    page(22, False, [
        (0, 2, ad('À SAISIR', '57-19', boxed=True, text=
            'Collection de rapports de l’Observatoire (2008-2014), cédée gratuitement. '
            'Curiosité pour les archivistes : la brochure ARPEA Entreprises & Territoires '
            '(janv. 2011) et le rapport quinquennal (11 déc. 2012) présentent tous deux '
            '« l’Observatoire national des partenariats associations / entreprises », '
            'créé en 2007.')),
        (2, 2, ad('CARNET', '57-35', boxed=True, text=
            '<b>Qui fait quoi au RAMEAU ?</b> Pour vos courriers : Charles-Benoît Heidsieck '
            'en est le président-fondateur ; Laurence Weber en assure la direction '
            'générale. Merci d’adresser les demandes d’intervention au secrétariat du réseau, '
            'qui transmettra.')),
    ], [
        rub('LOCAUX'),
        ad('ÉCHANGE', '57-27', 'Salle de réunion (20 pl.) dispo le jeudi soir contre prêt '
           'ponctuel d’un vidéoprojecteur. Centre-ville de Vierzon.'),
        ad('DEMANDE', '57-28', 'Jeune asso de réparation de vélos cherche local de 30 m² au '
           'moins, même temporaire, idéalement près d’une gare.'),
        ad('OFFRE', '57-29', 'Mairie rurale met à disposition une ancienne salle de classe le '
           'mercredi pour des activités jeunesse.'),
        ad('DEMANDE', '57-30', 'Chorale cherche salle équipée d’un piano, le mercredi soir.'),
        rub('INFOS DU RÉSEAU'),
        ad('INFO ÉTUDE', '57-20', '<b>IMPACT Fondations & Territoires.</b> L’étude est parue '
           'le 23 septembre ; elle s’appuie sur 42 fondations interrogées. À lire aussi : la '
           'fiche acteur « Dynamique d’engagement des Fondations ».'),
        ad('INFO RÉSEAU', '57-31', 'Charte du faire alliance : le site associations.gouv.fr '
           'annonçait son dévoilement le mardi 30 septembre, jour du Giving Tuesday, à '
           'Saint-Maurice. Signataires bienvenus au réseau.', boxed=True),
        ad('RAPPEL', '57-32', 'Fiches PHARE (programme 2013-2017) disponibles au prêt. Dans '
           'la fiche Citoyens, l’enjeu de la sécurité reçoit la note de 7/10.'),
        ad('INFO', '57-33', 'Expérimentation de co-construction territoriale : le CGET et 10 '
           'territoires pilotes ont ouvert la voie.'),
        ad('MÉMO SIGLES', '57-34', 'ARPEA : « Analyser les Relations Partenariales entre '
           'Entreprises et Associations », premier programme d’études de l’Observatoire. '
           'CGET : Commissariat général à l’égalité des territoires.'),
        ad('INFO', '57-37', 'Prochaine gazette : numéro spécial consacré aux fondations '
           'territoriales.'),
        ad('INFO', '57-38', 'Permanence juridique du réseau : premier lundi du mois, sur '
           'rendez-vous.'),
        ad('INFO', '57-39', 'La formation « monter un partenariat » est complète ; une liste '
           'd’attente est ouverte.'),
        rub('ÉCHANGES DE SAVOIR-FAIRE'),
        ad('ÉCHANGE', '57-41', 'Troc de compétences : graphiste bénévole contre cours de '
           'comptabilité associative. Soirées de semaine.'),
        ad('OFFRE', '57-42', 'Traductrice bénévole FR/EN/ES pour dossiers européens. Délais à '
           'convenir.'),
        ad('OFFRE', '57-43', 'Cabinet d’expertise comptable propose 2 demi-journées de '
           'bénévolat de compétences par trimestre à une asso du Cher.'),
        ad('DEMANDE', '57-44', 'Chorale intergénérationnelle cherche pianiste '
           'accompagnateur, répétitions le mercredi.'),
        ad('ÉCHANGE', '57-45', 'Jardin partagé échange plants de tomates contre compost mûr.'),
        ad('DEMANDE', '57-46', 'Asso. de parents cherche animateur pour un atelier théâtre '
           'le samedi après-midi.'),
        ad('OFFRE', '57-47', 'Informaticien retraité installe des logiciels libres sur les '
           'postes des assos et forme les équipes.'),
        rub('MODE D’EMPLOI'),
        ad('DÉPÔT', '57-36', 'Déposer une annonce : 5 lignes maximum, une rubrique au choix '
           '(OFFRE, DEMANDE, ÉCHANGE, À SAISIR). Gratuit pour les adhérents ; 12 € les cinq '
           'lignes pour les autres. Clôture des dépôts le 10 du mois.'),
        ad('À NOTER', '57-40', 'Les annonces restent en ligne deux mois sur '
           'gazette-alliances.fr. Signalez au secrétariat celles qui ont trouvé preneur.'),
        ad('CARNET', '57-49', 'La ressourcerie du Cher fête ses dix ans : portes ouvertes le '
           'premier samedi du mois prochain.'),
        ad('CARNET', '57-50', 'Bienvenue aux structures qui ont rejoint le réseau cet '
           'hiver ; leur présentation paraîtra dans le prochain numéro.'),
    ])
    c.save()


def main():
    global OUT
    if len(sys.argv) > 1:
        OUT = os.path.abspath(sys.argv[1])
        os.makedirs(OUT, exist_ok=True)
    for f in (doc01, doc02, doc03, doc04, doc05, doc06):
        f()
    for n in sorted(os.listdir(OUT)):
        if n.startswith('obs-s83-') and n.endswith('.pdf'):
            print(n)


if __name__ == '__main__':
    main()
