#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generateur deterministe des 6 PDF du jeu s87 (formes : ticket de caisse, releve bancaire,
programme TV, fiche technique produit, cartels d'exposition, plan de metro legende).

Usage : python make_docs.py [DOSSIER_DE_SORTIE]   (par defaut : dossier du script)
Les faits viennent de /work/shared/facts.md ; les phrases sont ecrites pour ce jeu.
Le contexte (librairie, banque, chaines, exposition, association normande) est fictif.
"""
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily, stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

FD = '/usr/share/fonts/truetype/dejavu/'
for name, fn in [('DV', 'DejaVuSans.ttf'), ('DVB', 'DejaVuSans-Bold.ttf'), ('DVI', 'DejaVuSans-Oblique.ttf'),
                 ('DVBI', 'DejaVuSans-BoldOblique.ttf'), ('DVM', 'DejaVuSansMono.ttf'),
                 ('DVMB', 'DejaVuSansMono-Bold.ttf'), ('DVC', 'DejaVuSansCondensed.ttf'),
                 ('DVCB', 'DejaVuSansCondensed-Bold.ttf'), ('DVCI', 'DejaVuSansCondensed-Oblique.ttf'),
                 ('DVS', 'DejaVuSerif.ttf'), ('DVSB', 'DejaVuSerif-Bold.ttf'), ('DVSI', 'DejaVuSerif-Italic.ttf')]:
    pdfmetrics.registerFont(TTFont(name, FD + fn))
registerFontFamily('DV', normal='DV', bold='DVB', italic='DVI', boldItalic='DVBI')
registerFontFamily('DVC', normal='DVC', bold='DVCB', italic='DVCI', boldItalic='DVCB')
registerFontFamily('DVS', normal='DVS', bold='DVSB', italic='DVSI', boldItalic='DVSB')
registerFontFamily('DVM', normal='DVM', bold='DVMB', italic='DVM', boldItalic='DVMB')

NB = '\u00a0'


def fr(s):
    """Espaces insecables : milliers, avant % EUR : ; ? ! >>, apres <<."""
    s = re.sub(r'(?<=\d) (?=\d{3}(?!\d))', NB, s)
    s = re.sub(r'(?<=\d) (?=\d{3}(?!\d))', NB, s)
    s = re.sub(r' (?=[%€:;?!»])', NB, s)
    s = s.replace('« ', '«' + NB)
    s = re.sub(r'(?<=\d) (?=M€)', NB, s)
    return s


class Overflow(Exception):
    pass


def st(name, font='DV', size=9, lead=None, align=TA_LEFT, color=colors.black, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25,
                          alignment=align, textColor=color, **kw)


def P(c, txt, style, x, ytop, w, hmax=None, tag=''):
    p = Paragraph(fr(txt), style)
    pw, h = p.wrapOn(c, w, 100000)
    if hmax is not None and h > hmax + 0.01:
        raise Overflow('%s : %.1f > %.1f : %s' % (tag, h, hmax, txt[:60]))
    p.drawOn(c, x, ytop - h)
    return h


def S(c, x, y, txt, font='DV', size=9, align='l', maxw=None, color=colors.black):
    txt = fr(txt)
    w = stringWidth(txt, font, size)
    if maxw is not None and w > maxw + 0.01:
        raise Overflow('ligne trop large (%.1f > %.1f) : %s' % (w, maxw, txt))
    c.setFont(font, size)
    c.setFillColor(color)
    if align == 'l':
        c.drawString(x, y, txt)
    elif align == 'r':
        c.drawRightString(x, y, txt)
    else:
        c.drawCentredString(x, y, txt)
    c.setFillColor(colors.black)
    return w


def new_canvas(path, size, title, subject):
    c = canvas.Canvas(path, pagesize=size, invariant=1)
    c.setTitle(title)
    c.setAuthor('Jeu d\'évaluation s87 (documents fictifs)')
    c.setSubject(subject)
    c.setCreator('make_docs.py (reportlab)')
    return c


# ---------------------------------------------------------------------------------------------
# 01 - Ticket de caisse (rouleau 80 mm, trois feuillets)
# ---------------------------------------------------------------------------------------------
def doc_ticket(path):
    W, H = 80 * mm, 188 * mm
    c = new_canvas(path, (W, H), 'Ticket de caisse - La Bouquinerie des Alliances',
                   'Ticket n° 0087-2291 (feuillets 27 à 29 du journal de caisse)')
    L, R = 9, W - 9
    UW = R - L
    FS = 7.2
    LH = 9.0

    def header(c, feuillet, first):
        y = H - 22
        if first:
            S(c, W / 2, y, 'LA BOUQUINERIE DES ALLIANCES', 'DVMB', 8.6, 'c', UW); y -= 12
            for t in ['Librairie associative éphémère', 'Forum « Territoires qui coopèrent »',
                      'Stand B12 – Halle aux Toiles – Rouen', 'Assoc. loi 1901 – RNA W000000000 (fictif)',
                      'bouquinerie-alliances.example']:
                S(c, W / 2, y, t, 'DVM', FS, 'c', UW); y -= LH
        else:
            S(c, W / 2, y, 'LA BOUQUINERIE DES ALLIANCES – suite', 'DVMB', 7.4, 'c', UW); y -= LH
            S(c, W / 2, y, 'Ticket n° 0087-2291', 'DVM', FS, 'c', UW); y -= LH
        S(c, L, y, '=' * 46, 'DVM', FS, 'l', UW); y -= LH
        return y

    def footer(c, feuillet):
        c.setDash(1, 2)
        c.line(L, 26, R, 26)
        c.setDash()
        S(c, W / 2, 16, 'journal de caisse – feuillet %d' % feuillet, 'DVM', 6.2, 'c', UW)

    def lines(c, y, items):
        for it in items:
            if it is None:
                y -= LH * 0.6
                continue
            if isinstance(it, tuple):
                left, right = it[0], it[1]
                font = it[2] if len(it) > 2 else 'DVM'
                wl = stringWidth(fr(left), font, FS)
                wr = stringWidth(fr(right), font, FS)
                if wl + wr + 6 > UW:
                    raise Overflow('ticket : %s | %s' % (left, right))
                S(c, L, y, left, font, FS)
                S(c, R, y, right, font, FS, 'r')
            elif it.startswith('!'):
                S(c, W / 2, y, it[1:], 'DVMB', FS, 'c', UW)
            else:
                S(c, L, y, it, 'DVM', FS, 'l', UW)
            y -= LH
            if y < 34:
                raise Overflow('ticket : page pleine')
        return y

    # feuillet 27
    y = header(c, 27, True)
    y = lines(c, y, [
        ('Caisse 02', 'Vendeuse : Solène'),
        ('Ticket n° 0087-2291', '26/11  15:42'),
        '-' * 46,
        'ÉTUDE « ASSOCIATIONS & PARTENARIATS »',
        ('   1 x 15,00', '15,00 A'),
        '   > Recherches & Solidarités + Le RAMEAU',
        '   > publiée en mars 2017',
        '   > enquête de mai-juin 2016 auprès de',
        '     plus de 1 380 responsables',
        '   > 2,5 partenaires en moyenne',
        '     par association',
        None,
        'NOTE « MODÈLES DE CO-CONSTRUCTION »',
        ('   1 x 8,00', '8,00 A'),
        '   > note datée du 29 février 2016',
        '   > engagés dans des partenariats :',
        '     37 % des entreprises de 10 salariés',
        '     et plus ; 38 % des associations',
        '     (53 % des associations employeuses) ;',
        '     65 % des pionniers',
        None,
        'LIVRET « SORTIE DE CRISE : DES DONNÉES',
        '   POUR AGIR »',
        ('   1 x 0,00 (offert)', '0,00 A'),
        '   > plus de 250 données inventoriées',
        '   > « jouer collectif » en sortie de',
        '     crise : 81 % des Français et 84 %',
        '     des dirigeants de TPE et PME jugent',
        '     la co-construction utile',
        None,
        'CARNET « JOUER COLLECTIF »',
        ('   2 x 3,50', '7,00 B'),
        'BADGE « ODD 17 »',
        ('   3 x 1,00', '3,00 B'),
        'ADHÉSION DE SOUTIEN À LA LIBRAIRIE',
        ('   1 x 10,00', '10,00 C'),
        '-' * 46,
        '              *** suite au verso ***',
    ])
    footer(c, 27)
    c.showPage()

    # feuillet 28
    y = header(c, 28, False)
    y = lines(c, y, [
        ('NB ARTICLES', '9'),
        ('SOUS-TOTAL', '43,00 €'),
        ('REMISE ADHÉRENT 10 % (hors adhésion)', '-3,30 €'),
        '-' * 46,
        ('TOTAL TTC', '39,70 €', 'DVMB'),
        '-' * 46,
        ('CB SANS CONTACT', '39,70 €'),
        '   **** **** **** 4187   AUTO 51Z0Q7',
        ('RENDU', '0,00 €'),
        None,
        'CODE  TAUX        HT       TVA       TTC',
        ' A    5,5 %    19,62      1,08     20,70',
        ' B   20,0 %     7,50      1,50      9,00',
        ' C    0,0 %    10,00      0,00     10,00',
        None,
        '!BON À SAVOIR',
        'Avec qui les associations font-elles',
        'alliance ? (étude Recherches & Solidarités',
        '+ Le RAMEAU, mars 2017)',
        ('  Collectivités', '74 %'),
        ('  Associations / fondations', '72 %'),
        ('  Établissements d\'enseignement', '47 %'),
        ('  Entreprises', '28 %'),
        ('  Structures d\'insertion', '22 %'),
        ('  Organismes de recherche', '9 %'),
        'Partenariat avec une entreprise :',
        ('  budget > 150 000 €', '50 %'),
        ('  budget < 10 000 €', '20 %'),
        None,
        ('CARTE FIDÉLITÉ', '...0871'),
        ('  points gagnés', '39'),
        ('  cumul', '212'),
    ])
    footer(c, 28)
    c.showPage()

    # feuillet 29
    y = header(c, 29, False)
    y = lines(c, y, [
        '!LE SAVIEZ-VOUS ?',
        None,
        '* La Charte du faire alliance a été',
        '  dévoilée le mardi 30 septembre, jour du',
        '  Giving Tuesday, à Saint-Maurice (date',
        '  donnée par associations.gouv.fr).',
        None,
        '* PHARE-Citoyens : les Français donnent',
        '  7/10 à la sécurité (chiffre repris',
        '  par Carenews).',
        None,
        '* Depuis 2006, Le RAMEAU a mené des',
        '  expérimentations auprès de plus de 500',
        '  organisations.',
        None,
        '-' * 46,
        'ÉCHANGE SOUS 15 JOURS SUR PRÉSENTATION',
        'DU TICKET. Livres : prix unique du livre.',
        '-' * 46,
    ])
    # code-barres deterministe
    code = '0087229126110202'
    x = L + 20
    yb = y - 34
    for i, ch in enumerate(code * 2):
        wbar = 0.8 + (int(ch) % 3) * 0.7
        if i % 2 == 0:
            c.rect(x, yb, wbar, 30, stroke=0, fill=1)
        x += wbar + 0.9
        if x > R - 20:
            break
    y = yb - 12
    y = lines(c, y, [
        '     0087 2291 2611 0202',
        None,
        '!MERCI ET À BIENTÔT !',
        'Ticket à conserver. Ne pas jeter sur la',
        'voie publique.',
    ])
    footer(c, 29)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# 02 - Releve bancaire (trois feuillets, reports de totaux)
# ---------------------------------------------------------------------------------------------
def doc_releve(path):
    W, H = A4
    c = new_canvas(path, A4, 'Relevé de compte n° 11 - Association Alliances Normandes',
                   'Banque Solidaire du Bocage (fictive) - relevé mensuel, feuillets 31 à 33')
    M = 45
    sm = st('rel', 'DVC', 7.6, 9.2)
    smb = st('relb', 'DVCB', 7.6, 9.2)
    num = st('reln', 'DVC', 7.6, 9.2, TA_RIGHT)
    numb = st('relnb', 'DVCB', 7.6, 9.2, TA_RIGHT)

    def head(c, feuillet, first):
        c.setFillColor(colors.HexColor('#1f5a3a'))
        c.rect(M, H - 78, 44, 40, stroke=0, fill=1)
        S(c, M + 22, H - 64, 'BSB', 'DVB', 14, 'c', color=colors.white)
        S(c, M + 54, H - 52, 'BANQUE SOLIDAIRE DU BOCAGE', 'DVB', 11, color=colors.HexColor('#1f5a3a'))
        S(c, M + 54, H - 65, 'Agence de Caen-Vaucelles – banque fictive', 'DV', 7.5)
        S(c, M + 54, H - 75, 'bsb-bocage.example – service client : voir au verso', 'DV', 7.5)
        S(c, W - M, H - 52, 'RELEVÉ DE COMPTE', 'DVB', 11, 'r')
        S(c, W - M, H - 65, 'Compte courant associatif n° 00087 0001234 56', 'DV', 7.5, 'r')
        S(c, W - M, H - 75, 'Relevé n° 11 – période du 01/11 au 30/11', 'DV', 7.5, 'r')
        y = H - 92
        if first:
            c.setStrokeColor(colors.grey)
            c.rect(W - M - 220, H - 170, 220, 62, stroke=1, fill=0)
            c.setStrokeColor(colors.black)
            for i, t in enumerate(['ASSOCIATION ALLIANCES NORMANDES', 'À l\'attention de la trésorerie',
                                   '12 rue des Coopérateurs (adresse fictive)', '14000 CAEN']):
                S(c, W - M - 210, H - 122 - i * 11, t, 'DVB' if i == 0 else 'DV', 8)
            S(c, M, H - 122, 'Votre conseillère : Mme Agathe Lerebours', 'DV', 8)
            S(c, M, H - 133, 'Agence ouverte du mardi au samedi, 9h-12h30 et 14h-18h', 'DV', 8)
            S(c, M, H - 144, 'IBAN FR76 0000 0000 0000 8700 0123 456 (fictif)', 'DVM', 7.5)
            S(c, M, H - 155, 'BIC BSBOFR2X (fictif)', 'DVM', 7.5)
            y = H - 186
        return y

    def foot(c, feuillet):
        c.setStrokeColor(colors.grey)
        c.line(M, 50, W - M, 50)
        c.setStrokeColor(colors.black)
        S(c, M, 38, 'Banque Solidaire du Bocage – société coopérative fictive créée pour un jeu d\'évaluation. '
                    'Ce relevé ne vaut pas document comptable.', 'DV', 6.3, maxw=W - 2 * M - 60)
        S(c, W - M, 38, 'Feuillet %d' % feuillet, 'DVB', 7.5, 'r')

    cols = [40, 262, 40, 78, 78]

    def table(c, y, rows, bold_rows=()):
        data = [[Paragraph('Date', smb), Paragraph('Libellé des opérations', smb), Paragraph('Valeur', smb),
                 Paragraph('Débit (€)', numb), Paragraph('Crédit (€)', numb)]]
        for i, r in enumerate(rows):
            b = (i + 1) in bold_rows
            data.append([Paragraph(fr(r[0]), sm), Paragraph(fr(r[1]), smb if b else sm), Paragraph(fr(r[2]), sm),
                         Paragraph(fr(r[3]), numb if b else num), Paragraph(fr(r[4]), numb if b else num)])
        t = Table(data, colWidths=cols)
        stl = [('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#9aa79f')),
               ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dfe9e2')),
               ('VALIGN', (0, 0), (-1, -1), 'TOP'),
               ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5)]
        for b in bold_rows:
            stl.append(('BACKGROUND', (0, b), (-1, b), colors.HexColor('#f1f4f2')))
        t.setStyle(TableStyle(stl))
        tw, th = t.wrapOn(c, sum(cols), 10000)
        if y - th < 60:
            raise Overflow('releve : tableau trop haut')
        t.drawOn(c, M, y - th)
        return y - th

    # feuillet 31
    y = head(c, 31, True)
    S(c, M, y, 'DÉTAIL DES OPÉRATIONS', 'DVB', 9.5)
    y -= 8
    rows = [
        ('', 'SOLDE CRÉDITEUR AU 31/10', '', '', '12 480,35'),
        ('02/11', 'VIR SEPA REÇU<br/>DE : FONDS ODD 17<br/>MOTIF : SOUTIEN « CATALYSEURS TERRITORIAUX »'
                  '<br/>RÉF. 2211-CT-014', '02/11', '', '4 000,00'),
        ('04/11', 'PRLV SEPA JURIS ÉDITIONS<br/>ABONNEMENT JURIS ASSOCIATIONS<br/>'
                  'DOSSIER N°628 À PARAÎTRE LE 15/11<br/>RUM JA-0087-2019', '04/11', '89,00', ''),
        ('07/11', 'CARTE 06/11 PAPETERIE DU PORT CAEN<br/>CB *4187', '06/11', '46,20', ''),
        ('12/11', 'VIR SEPA ÉMIS<br/>À : IMPRIMERIE DU CALVADOS<br/>TIRAGE SYNTHÈSE LOCALE DU 11E RAPPORT<br/>'
                  'RÉGIONAL DE L\'OBSERVATOIRE DES PARTENARIATS<br/>(NORMANDIE) – PUBLICATION LE 26/11',
         '12/11', '1 250,00', ''),
        ('15/11', 'REMISE DE CHÈQUES N° 4471<br/>3 CHÈQUES – COTISATIONS ADHÉRENTS', '16/11', '', '360,00'),
        ('', 'TOTAL DES MOUVEMENTS À REPORTER', '', '1 385,20', '4 360,00'),
    ]
    y = table(c, y, rows, bold_rows=(1, 7))
    y -= 16
    P(c, '<i>Suite des opérations au feuillet 32. Les opérations par carte sont débitées à la date '
         'de leur enregistrement ; la date de valeur figure dans la troisième colonne.</i>',
      st('i1', 'DV', 7.5), M, y, W - 2 * M, 30)
    foot(c, 31)
    c.showPage()

    # feuillet 32
    y = head(c, 32, False)
    S(c, M, y, 'DÉTAIL DES OPÉRATIONS (suite)', 'DVB', 9.5)
    y -= 8
    rows = [
        ('', 'REPORT DES MOUVEMENTS (feuillet 31)', '', '1 385,20', '4 360,00'),
        ('18/11', 'PRLV SEPA MUTUELLE ASSOCIATIVE DE NORMANDIE<br/>CONTRAT RC N° 77-2031', '18/11',
         '112,40', ''),
        ('21/11', 'VIR SEPA REÇU<br/>DE : LES ATELIERS DU LITTORAL SARL<br/>MOTIF : MÉCÉNAT – PROGRAMME '
                  '« ALLIANCES DE PROXIMITÉ »', '21/11', '', '1 500,00'),
        ('23/11', 'CARTE 23/11 TRAITEUR LA TABLE NORMANDE<br/>3E DÎNER « ÉLUS &amp; ENTREPRISES »<br/>CB *4187',
         '23/11', '620,00', ''),
        ('26/11', 'PRLV SEPA VISIOCONF PRO<br/>5E WEBINAIRE « L\'ODD 17 EN PRATIQUE » DU 26/11', '26/11',
         '35,00', ''),
        ('28/11', 'FRAIS TENUE DE COMPTE<br/>OFFRE ASSOCIATION – NOVEMBRE', '28/11', '9,50', ''),
        ('', 'TOTAL DES MOUVEMENTS DU MOIS', '', '2 162,10', '5 860,00'),
        ('', 'NOUVEAU SOLDE CRÉDITEUR AU 30/11', '', '', '16 178,25'),
    ]
    y = table(c, y, rows, bold_rows=(1, 7, 8))
    y -= 18
    box = ('<b>Récapitulatif</b> – solde au 31/10 : 12 480,35 € ; total des crédits : 5 860,00 € ; '
           'total des débits : 2 162,10 € ; solde au 30/11 : 16 178,25 €. En cas d\'erreur ou d\'omission, '
           'merci de nous écrire dans un délai de deux mois à compter de la réception du relevé.')
    P(c, box, st('rec', 'DV', 7.8, 10), M, y, W - 2 * M, 50)
    foot(c, 32)
    c.showPage()

    # feuillet 33
    y = head(c, 33, False)
    S(c, M, y, 'INFORMATIONS DE VOTRE BANQUE', 'DVB', 9.5)
    y -= 10
    bw = W - 2 * M
    info = [
        '<b>Fonds ODD 17 – vos partenaires vous écrivent.</b> Votre association a reçu ce mois-ci un '
        'virement du Fonds ODD 17. Ce fonds a été co-créé en 2020 par Le RAMEAU et la Fondation '
        'TotalEnergies. Sa dotation, 1,5 M€, finance une expérimentation conduite sur 3 ans ; elle '
        's\'appuie sur 350 « catalyseurs territoriaux », dont plusieurs relais normands.',
        '<b>Co-construction territoriale.</b> Le parcours d\'expérience proposé par le CGET et Le Rameau '
        'réunit 11 territoires pionniers pendant 18 mois ; la première session s\'est tenue le 3 mai. '
        'Renseignez-vous auprès de votre conseillère si vous souhaitez ouvrir un compte dédié à un projet '
        'collectif.',
        '<b>Agenda de vos adhérents.</b> Le 15 novembre, JURIS Associations consacre son dossier n°628 aux '
        'alliances ; le 26 novembre sort le 11e rapport régional de l\'Observatoire, consacré à la Normandie.',
    ]
    for t in info:
        h = P(c, t, st('inf', 'DV', 8.4, 11), M + 8, y - 6, bw - 16, 80)
        c.setStrokeColor(colors.HexColor('#1f5a3a'))
        c.rect(M, y - h - 12, bw, h + 12, stroke=1, fill=0)
        c.setStrokeColor(colors.black)
        y -= h + 22
    y -= 4
    S(c, M, y, 'EXTRAIT DU BARÈME (offre association, tarifs fictifs)', 'DVB', 8.5)
    y -= 6
    bar = [['Service', 'Tarif'], ['Tenue de compte (par mois)', '9,50 €'], ['Carte de paiement (par an)', '38,00 €'],
           ['Virement SEPA occasionnel', 'gratuit'], ['Remise de chèques', 'gratuit'],
           ['Commission d\'intervention (par opération)', '8,00 €']]
    bar = [[Paragraph(fr(a), sm), Paragraph(fr(b), num)] for a, b in bar]
    t = Table(bar, colWidths=[300, 90])
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.3, colors.grey),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dfe9e2'))]))
    tw, th = t.wrapOn(c, 390, 1000)
    t.drawOn(c, M, y - th)
    y -= th + 16
    legal = ('<b>Médiation.</b> En cas de litige, vous pouvez saisir gratuitement le médiateur de la banque '
             '(adresse au dos de votre convention). <b>Garantie des dépôts.</b> Vos dépôts sont couverts '
             'dans les conditions prévues par la réglementation. <b>Prochain relevé :</b> 31/12.')
    P(c, legal, st('leg', 'DV', 7.2, 9), M, y, bw, 60)
    foot(c, 33)
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# 03 - Programme TV (grille horaire par chaine)
# ---------------------------------------------------------------------------------------------
def doc_tv(path):
    W, H = A4
    c = new_canvas(path, A4, 'Télé-Territoires - programme de la semaine',
                   'Magazine de programmes fictif, semaine du 27 novembre au 3 décembre 2021, pages 34 à 36')
    M = 28

    def band(c, page, day):
        c.setFillColor(colors.HexColor('#c0392b'))
        c.rect(0, H - 46, W, 46, stroke=0, fill=1)
        S(c, M, H - 30, 'TÉLÉ-TERRITOIRES', 'DVB', 18, color=colors.white)
        S(c, W - M, H - 22, 'l\'hebdo des programmes de proximité', 'DVI', 8, 'r', color=colors.white)
        S(c, W - M, H - 35, 'semaine du 27 novembre au 3 décembre 2021', 'DV', 8, 'r', color=colors.white)
        S(c, M, H - 66, day, 'DVB', 13)
        c.setFont('DV', 7)
        S(c, M, 22, 'Programmes communiqués par les chaînes, sous réserve de modifications. Chaînes et '
                    'magazine fictifs. © Télé-Territoires', 'DV', 6.5)
        S(c, W - M, 22, str(page), 'DVB', 10, 'r')

    band(c, 34, 'MARDI 30 NOVEMBRE')
    chans = ['TT1 Territoires', 'Canal Citoyen', 'Alliance+', 'Locale 7']
    tx = M + 34
    cw = (W - M - tx) / 4.0
    top, bottom = H - 98, 60
    t0, t1 = 20 * 60, 24 * 60 + 30
    scale = (top - bottom) / float(t1 - t0)
    for i, ch in enumerate(chans):
        c.setFillColor(colors.HexColor('#2c3e50'))
        c.rect(tx + i * cw + 1, top + 2, cw - 2, 16, stroke=0, fill=1)
        S(c, tx + i * cw + cw / 2, top + 7, ch, 'DVB', 8, 'c', cw - 4, colors.white)
    for m in range(t0, t1 + 1, 30):
        yy = top - (m - t0) * scale
        c.setStrokeColor(colors.HexColor('#dddddd'))
        c.line(tx - 4, yy, W - M, yy)
        c.setStrokeColor(colors.black)
        hh = (m // 60) % 24
        S(c, tx - 6, yy - 7, '%02d:%02d' % (hh, m % 60), 'DVC', 7, 'r')

    def tm(s):
        h, mi = s.split(':')
        h = int(h)
        if h < 12:
            h += 24
        return h * 60 + int(mi)

    progs = [
        (0, '20:00', '20:50', 'Le 20 h des territoires', 'Journal', 'Les titres de la soirée, puis la météo des '
         'marchés de Noël.'),
        (0, '20:50', '22:35', 'Giving Tuesday : la Charte en direct', 'Direct – société',
         'En direct de Saint-Maurice (Paris-Est Marne &amp; Bois), ce mardi 30 novembre 2021, la soirée '
         'VitaWin accompagne le lancement de la Charte du faire alliance. Le texte est issu de trois mois de '
         'co-construction pilotés par la Fondation des Territoires.'),
        (0, '22:35', '23:40', 'Place publique', 'Magazine', 'Trois coopératives d\'habitants racontent leurs '
         'chantiers partagés.'),
        (0, '23:40', '00:30', 'Programmes de nuit', '', 'Rediffusions.'),
        (1, '20:00', '20:45', 'Questions pour un village', 'Jeu', 'Deux communes voisines s\'affrontent.'),
        (1, '20:45', '22:15', 'Le droit de s\'allier', 'Documentaire (2021, 90 min) ★★★',
         'Faire alliance, une attente massive : 81 % des Français y voient un « devoir », 92 % des maires '
         'disent en avoir « besoin » et 84 % des dirigeants d\'entreprise en ont « envie ». '
         'Notre choix, page suivante.'),
        (1, '22:15', '23:10', 'Le dessous des chiffres', 'Magazine', 'Comment lire un sondage ?'),
        (1, '23:10', '00:30', 'Courts métrages', '', 'Quatre films d\'écoles de cinéma.'),
        (2, '20:00', '21:00', 'Les Jardins partagés', 'Série (ép. 4/6)', 'Lucie convainc le bailleur.'),
        (2, '21:00', '22:30', 'Agir ensemble en Territoire : dix ans après', 'Débat',
         'Initiée en 2010 après l\'étude ARPEA-Collectivités locales (Comisis-OpinionWay), la démarche a '
         'd\'abord été testée sur trois territoires pilotes : l\'Alsace (avec Alsace Active), le '
         'Poitou-Charentes (avec le Groupe La Poste) et Paris-Est Marne &amp; Bois.'),
        (2, '22:30', '00:30', 'Nuit blanche à la ressourcerie', 'Téléfilm (2020)', 'Une bénévole découvre '
         'un trésor dans un carton de dons.'),
        (3, '20:00', '20:55', 'Le Journal du canton', 'Information', 'Foire aux associations de Bayeux.'),
        (3, '20:55', '22:40', 'Les Voisins du dessus', 'Comédie dramatique (2019)', 'Deux familles que tout '
         'oppose partagent un potager sur le toit.'),
        (3, '22:40', '23:30', 'Le Mag des assos', 'Magazine', 'Spécial bénévolat des jeunes.'),
        (3, '23:30', '00:30', 'Clips', '', ''),
    ]
    tst = st('pt', 'DVCB', 8, 9.4)
    gst = st('pg', 'DVCI', 6.8, 8.2, color=colors.HexColor('#7f1d12'))
    bst = st('pb', 'DVC', 7.2, 8.7)
    for ch, a, b, title, genre, blurb in progs:
        ya, yb = top - (tm(a) - t0) * scale, top - (tm(b) - t0) * scale
        x = tx + ch * cw + 1
        c.setFillColor(colors.HexColor('#fbeee6') if genre.startswith(('Docu', 'Direct', 'Débat'))
                       else colors.HexColor('#f7f7f7'))
        c.rect(x, yb + 1, cw - 2, ya - yb - 2, stroke=1, fill=1)
        c.setFillColor(colors.black)
        room = ya - yb - 6
        yy = ya - 3
        h = P(c, '<b>%s</b> %s' % (a, title), tst, x + 3, yy, cw - 8, room, title)
        yy -= h
        room -= h
        if genre:
            h = P(c, genre, gst, x + 3, yy, cw - 8, room, title)
            yy -= h
            room -= h
        if blurb:
            P(c, blurb, bst, x + 3, yy - 1, cw - 8, room - 1, title)
    c.showPage()

    # page 35
    band(c, 35, 'NOTRE CHOIX – MARDI, 20:45, CANAL CITOYEN')
    S(c, M, H - 92, 'Le droit de s\'allier', 'DVSB', 20)
    S(c, M, H - 108, 'Documentaire de 90 minutes – ★★★ À ne pas manquer', 'DVI', 9)
    colw = (W - 2 * M - 18) / 2.0
    body = st('bd', 'DVS', 8.8, 11.8)
    left = ('Le film part d\'un triple constat chiffré. 81 % des Français estiment que les acteurs ont un '
            '« devoir d\'alliance » ; 92 % des maires expriment un « besoin d\'alliance » ; 84 % des '
            'dirigeants d\'entreprise disent avoir « envie d\'alliance ». La réalisatrice suit ensuite, pendant '
            'une année, une élue de la Manche, une cheffe d\'entreprise de Caen et le responsable d\'une '
            'association d\'insertion qui tentent de monter ensemble un tiers-lieu.<br/><br/>'
            'Le documentaire revient aussi sur la proposition de loi qui veut inscrire un « droit de l\'alliance '
            'd\'intérêt général ». Portée par la députée Cathy Racon-Bouzon, elle a été agréée par le Bureau de '
            'l\'Assemblée nationale, puis publiée au Journal officiel. Le texte s\'accompagne d\'une feuille de '
            'route ministérielle de 21 mesures.')
    right = ('Pas de voix off professorale : les chiffres apparaissent à l\'écran comme des panneaux de '
             'chantier, et ce sont les habitants qui les commentent. On sort du film avec l\'envie de frapper '
             'à la porte de la mairie.<br/><br/>'
             'Seul regret : la dernière demi-heure, consacrée aux débats parlementaires, est plus aride. '
             'Elle éclaire pourtant une question concrète : qui a le droit de s\'allier avec qui, et avec '
             'quels moyens ?')
    y0 = H - 124
    P(c, left, body, M, y0, colw, 420, 'gauche')
    h2 = P(c, right, body, M + colw + 18, y0, colw, 200, 'droite')
    bx, by = M + colw + 18, y0 - h2 - 14
    box = ('<b>LES COULISSES</b><br/>À l\'origine du projet de loi, une mission ministérielle confiée par '
           'Gabriel Attal, lors du FNAF 2019, à Cathy Racon-Bouzon et à Charles-Benoît Heidsieck. Le rapport '
           'a été remis le 7 mai 2020 ; un bilan d\'étape a suivi le 17 octobre 2020.')
    bs = st('bx', 'DV', 8.2, 10.6)
    p = Paragraph(fr(box), bs)
    _, hb = p.wrapOn(c, colw - 14, 1000)
    c.setFillColor(colors.HexColor('#fbeee6'))
    c.rect(bx, by - hb - 12, colw, hb + 12, stroke=0, fill=1)
    c.setFillColor(colors.black)
    p.drawOn(c, bx + 7, by - 6 - hb)
    # mercredi en bref
    y = 250
    c.line(M, y + 14, W - M, y + 14)
    S(c, M, y, 'MERCREDI 1er DÉCEMBRE – EN BREF', 'DVB', 11)
    y -= 8
    brefs = [
        ('20:50', 'TT1 Territoires', 'Les fondations et les territoires (documentaire). Point de départ : '
         'l\'étude IMPACT Fondations &amp; Territoires, publiée un 23 septembre, pour laquelle 42 fondations '
         'ont été interrogées.'),
        ('21:00', 'Canal Citoyen', 'Cuisine solidaire : la finale (divertissement).'),
        ('21:05', 'Alliance+', 'Football – Coupe régionale des clubs de quartier (sport).'),
        ('22:30', 'Locale 7', 'Le Mag des assos – rediffusion.'),
    ]
    for hr, ch, tx_ in brefs:
        S(c, M, y - 10, hr, 'DVB', 8.5)
        S(c, M + 36, y - 10, ch, 'DVCB', 8.5)
        h = P(c, tx_, st('br', 'DVC', 8.5, 10.5), M + 128, y - 2, W - 2 * M - 128, 40)
        y -= max(h, 12) + 6
    c.showPage()

    # page 36
    band(c, 36, 'PORTRAIT & MOTS DE LA SEMAINE')
    S(c, M, H - 92, 'Vingt heures avec Charles-Benoît Heidsieck', 'DVSB', 15)
    S(c, M, H - 106, 'Jeudi 2 décembre, 20:50, Alliance+ – portrait (52 min)', 'DVI', 9)
    port = ('Le président-fondateur de Le RAMEAU se prête au jeu de la caméra embarquée. Créée en 2006, '
            'l\'association, reconnue d\'intérêt général, se définit comme un « laboratoire de recherche '
            'empirique » consacré aux alliances entre associations, entreprises, collectivités et fondations. '
            'Elle revendique plus de 1 000 exemples inspirants recensés et des expérimentations menées auprès '
            'de plus de 500 organisations depuis 2006. On le suit d\'un atelier avec des maires à un comité de '
            'pilotage dans une grande entreprise, carnet à la main.')
    h = P(c, port, st('po', 'DVS', 9, 12.5), M, H - 118, W - 2 * M - 170, 200)
    # encadre photo fictive
    c.setFillColor(colors.HexColor('#e8e8e8'))
    c.rect(W - M - 158, H - 118 - 130, 158, 130, stroke=0, fill=1)
    c.setFillColor(colors.black)
    S(c, W - M - 79, H - 190, '[photo]', 'DVI', 9, 'c')
    S(c, W - M - 79, H - 242, 'Ph. Alliance+ (fictive)', 'DVI', 6.5, 'c')
    y = H - 118 - max(h, 130) - 26
    c.line(M, y + 10, W - M, y + 10)
    S(c, M, y - 4, 'LES MOTS DE LA SEMAINE', 'DVB', 11)
    y -= 14
    mots = [
        ('Charte du faire alliance', 'texte dévoilé le 30 novembre 2021, jour du Giving Tuesday. Ses auteurs '
         'la présentent comme un « contrat de confiance » entre ceux qui décident d\'agir ensemble.'),
        ('Giving Tuesday', 'journée mondiale de la générosité, le mardi qui suit Thanksgiving.'),
        ('Tiers-lieu', 'espace partagé où se croisent travail, culture et vie de quartier.'),
        ('Alliance d\'intérêt général', 'coopération entre acteurs de natures différentes au service '
         'd\'un objectif commun.'),
    ]
    for k, v in mots:
        h = P(c, '<b>%s</b> – %s' % (k, v), st('mo', 'DV', 8.6, 11), M + 10, y, W - 2 * M - 10, 60)
        c.setFillColor(colors.HexColor('#c0392b'))
        c.circle(M + 3, y - 5, 2, stroke=0, fill=1)
        c.setFillColor(colors.black)
        y -= h + 7
    y -= 10
    c.line(M, y + 6, W - M, y + 6)
    S(c, M, y - 8, 'À REVOIR EN REPLAY', 'DVB', 11)
    y -= 20
    rep = ['Le droit de s\'allier – Canal Citoyen – jusqu\'au 30 décembre',
           'Agir ensemble en Territoire : dix ans après – Alliance+ – 7 jours',
           'Giving Tuesday : la Charte en direct – TT1 Territoires – 30 jours']
    for r in rep:
        S(c, M + 10, y - 8, '▸ ' + r, 'DV', 8.6, maxw=W - 2 * M)
        y -= 14
    if y < 60:
        raise Overflow('tv p36')
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# 04 - Fiche technique produit (trois fiches)
# ---------------------------------------------------------------------------------------------
def doc_fiche(path):
    W, H = A4
    c = new_canvas(path, A4, 'Fiches techniques - gamme Études de l\'Observatoire des partenariats',
                   'Fiches FT-07 à FT-09, révision C (présentation fictive façon catalogue produit)')
    M = 36
    side = 118
    cell = st('fc', 'DVC', 8.2, 10.2)
    cellb = st('fcb', 'DVCB', 8.2, 10.2)
    celli = st('fci', 'DVCI', 7.4, 9.2, color=colors.HexColor('#444444'))

    def frame(c, ref, n, gamme, produit, sous, pictos):
        c.setFillColor(colors.HexColor('#0b4f6c'))
        c.rect(0, H - 70, W, 70, stroke=0, fill=1)
        S(c, M, H - 30, 'FICHE TECHNIQUE PRODUIT', 'DVB', 15, color=colors.white)
        S(c, M, H - 48, 'Gamme : ' + gamme, 'DV', 8.5, color=colors.white)
        S(c, W - M, H - 28, 'Réf. ' + ref, 'DVMB', 9, 'r', color=colors.white)
        S(c, W - M, H - 42, 'Rév. C – usage interne', 'DVM', 7.5, 'r', color=colors.white)
        S(c, W - M, H - 56, 'Observatoire des partenariats', 'DV', 7.5, 'r', color=colors.white)
        # colonne pictos
        c.setFillColor(colors.HexColor('#eaf2f5'))
        c.rect(M, 70, side, H - 160, stroke=0, fill=1)
        c.setFillColor(colors.black)
        y = H - 104
        for tag, txt in pictos:
            c.setStrokeColor(colors.HexColor('#0b4f6c'))
            c.roundRect(M + 8, y - 30, 34, 30, 4, stroke=1, fill=0)
            c.setStrokeColor(colors.black)
            S(c, M + 25, y - 19, tag, 'DVB', 8, 'c', 32, colors.HexColor('#0b4f6c'))
            P(c, txt, st('pi', 'DVC', 7, 8.4), M + 46, y, side - 50, 60, tag)
            y -= 46
        x0 = M + side + 16
        S(c, x0, H - 100, produit, 'DVB', 14, maxw=W - M - x0)
        S(c, x0, H - 116, sous, 'DVI', 8.5, maxw=W - M - x0)
        c.setStrokeColor(colors.HexColor('#0b4f6c'))
        c.line(M, 56, W - M, 56)
        c.setStrokeColor(colors.black)
        S(c, M, 44, 'Document non contractuel – présentation pédagogique des résultats publiés ; chiffres '
                    'à citer avec leur source.', 'DV', 6.5)
        S(c, W - M, 44, '%s · catalogue p. %d' % (ref, 22 + n), 'DVB', 8, 'r')
        return x0, H - 130

    def spec(c, x0, y, rows, title):
        S(c, x0, y, title, 'DVB', 9.5, color=colors.HexColor('#0b4f6c'))
        y -= 6
        data = [[Paragraph('Caractéristique', cellb), Paragraph('Valeur', cellb), Paragraph('Note', cellb)]]
        for a, b, n in rows:
            data.append([Paragraph(fr(a), cell), Paragraph(fr(b), cellb), Paragraph(fr(n), celli)])
        wtot = W - M - x0
        t = Table(data, colWidths=[wtot * 0.36, wtot * 0.30, wtot * 0.34])
        t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#8fb3c2')),
                               ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d4e6ee')),
                               ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                               ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, colors.HexColor('#f5f9fb')])]))
        tw, th = t.wrapOn(c, wtot, 10000)
        if y - th < 70:
            raise Overflow('fiche : ' + title)
        t.drawOn(c, x0, y - th)
        return y - th - 16

    def plus(c, x0, y, items, title='LES + PRODUIT'):
        S(c, x0, y, title, 'DVB', 9.5, color=colors.HexColor('#0b4f6c'))
        y -= 4
        for it in items:
            h = P(c, '✚ ' + it, st('pl', 'DV', 8.2, 10.4), x0, y, W - M - x0, 60)
            y -= h + 3
        if y < 66:
            raise Overflow('fiche plus')
        return y - 10

    # FT-07
    x0, y = frame(c, 'FT-07', 1, 'Études « Élus locaux »', 'IMPACTS & TRAJECTOIRES – Élus locaux',
                  'Édition de novembre 2024 – enquête auprès des maires',
                  [('TEL', 'Recueil par téléphone'), ('302', 'Maires répondants'), ('2024', 'Terrain à l\'automne'),
                   ('91 %', 'Territoire « en mouvement »')])
    y = spec(c, x0, y, [
        ('Population cible', 'maires', 'communes de France'),
        ('Taille d\'échantillon', '302 maires', 'répondants effectifs'),
        ('Période de terrain', 'du 30 septembre au 28 octobre 2024', 'quatre semaines'),
        ('Mode de recueil', 'téléphone', ''),
        ('Territoire « en mouvement »', '91 %', 'dont 35 % « fortement » et 56 % « ni plus ni moins »'),
        ('Part des petites communes', '84 % des répondants', 'communes de moins de 2 000 habitants'),
    ], 'CARACTÉRISTIQUES')
    y = spec(c, x0, y, [
        ('Version précédente', 'IMPACT-Élus locaux (nov. 2020)', 'réalisée par Comisis-OpinionWay'),
        ('Produit dérivé', 'fiche-repère « Les dynamiques d\'engagement des Collectivités territoriales »',
         'outil de co-construction territoriale'),
        ('Repères associés', '64 % des élus locaux', 'veulent s\'appuyer sur le « jouer collectif »'),
        ('Repères associés', '76 % des maires', 'jugent leur territoire engagé ; 46 % ne savent pas piloter'),
    ], 'COMPATIBILITÉ ET GAMME')
    plus(c, x0, y, ['Un échantillon centré sur les petites communes, là où les alliances manquent le plus '
                    'd\'ingénierie.',
                    'Une lecture « trajectoire » : chaque maire situe l\'évolution de son territoire.'])
    c.showPage()

    # FT-08
    x0, y = frame(c, 'FT-08', 2, 'Programme PHARE (2013-2017)', 'PHARE-Citoyens',
                  'Volet publié en septembre 2015 – regard des Français sur les partenariats',
                  [('2k+', 'Personnes interrogées'), ('/10', 'Notes des enjeux'), ('69 %', '« Devoir '
                   'd\'alliance »'), ('2015', 'Septembre')])
    y = spec(c, x0, y, [
        ('Échantillon', 'plus de 2 000 personnes', 'Français interrogés'),
        ('Date de publication', 'septembre 2015', 'premier volet de PHARE'),
        ('« Devoir d\'alliance »', '69 % des Français', 'part qui juge les alliances nécessaires'),
    ], 'CARACTÉRISTIQUES')
    y = spec(c, x0, y, [
        ('Emploi', '7,1/10', 'enjeu le mieux noté'),
        ('Pouvoir d\'achat', '6,6/10', ''),
        ('Sécurité', '6,6/10', 'note publiée par la plateforme de capitalisation IMPACT'),
        ('Développement économique', '6,5/10', ''),
        ('Environnement', '6,3/10', ''),
        ('Exclusion', '6,3/10', ''),
    ], 'PERFORMANCES – IMPORTANCE DES ENJEUX (note sur 10)')
    y = spec(c, x0, y, [
        ('Emploi', '49 %', ''),
        ('Développement économique', '46 %', ''),
        ('Environnement', '42 %', ''),
        ('Précarité', '36 %', ''),
        ('Éducation', '36 %', ''),
    ], 'IMPACTS FORTS ATTENDUS DES PARTENARIATS')
    c.showPage()

    # FT-09
    x0, y = frame(c, 'FT-09', 3, 'Programme IMPACT', 'IMPACT – Associations & Territoires',
                  'Les partenariats vus par les associations employeuses',
                  [('148k', 'Associations employeuses'), ('98 %', 'Ont des partenariats'), ('LOC', 'Ancrage '
                   'local d\'abord'), ('€', 'Mécénat en tête')])
    y = spec(c, x0, y, [
        ('Univers de référence', '148 000 associations employeuses', ''),
        ('Associations ayant des partenariats', '98 %', ''),
        ('Échelle locale', '73 %', 'partenariats noués localement'),
        ('Échelle régionale', '47 %', ''),
    ], 'CARACTÉRISTIQUES')
    y = spec(c, x0, y, [
        ('Collectivités territoriales', '89 %', ''),
        ('Structures d\'intérêt général', '73 %', ''),
        ('Établissements scolaires', '70 %', ''),
        ('Collectifs d\'associations', '56 %', ''),
        ('Acteurs publics nationaux', '52 %', ''),
        ('Fédérations professionnelles', '37 %', ''),
        ('Acteurs académiques', '35 %', ''),
    ], 'COMPATIBILITÉ – AVEC QUI ?')
    y = spec(c, x0, y, [
        ('Mécénat', '75 %', ''),
        ('Innovation sociétale', '73 %', ''),
        ('Pratiques responsables', '70 %', ''),
        ('Coopération économique', '58 %', ''),
    ], 'MODES DE PARTENARIAT')
    h = P(c, '<b>Conception et direction scientifique de l\'Observatoire :</b> Anne Robin, fondatrice de '
             'COMISIS, qui assure cette mission bénévolement.', st('co', 'DV', 8.2, 10.4), x0, y,
          W - M - x0, 40)
    if y - h < 66:
        raise Overflow('FT-09')
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# 05 - Cartels d'exposition (A4 paysage, cartels de tailles variees, un cartel vertical)
# ---------------------------------------------------------------------------------------------
def doc_cartels(path):
    W, H = landscape(A4)
    c = new_canvas(path, (W, H), 'Exposition « Faire alliance » - livret des cartels, salle 2',
                   'Cartels 7 à 14 (exposition fictive)')
    M = 30
    tit = st('ct', 'DVSB', 11.5, 13.5)
    meta = st('cm', 'DV', 7.4, 9.2, color=colors.HexColor('#555555'))
    txt = st('cx', 'DVS', 9.6, 12.6)

    def frame(c, page, salle):
        S(c, M, H - 30, 'FAIRE ALLIANCE – VINGT ANS DE COOPÉRATIONS', 'DVB', 12)
        S(c, M, H - 44, salle, 'DVI', 8.5)
        S(c, W - M, H - 30, 'Livret des cartels', 'DV', 8.5, 'r')
        S(c, W - M, 18, '— %d —' % page, 'DV', 9, 'r')
        S(c, M, 18, 'Exposition fictive. Documents reproduits à des fins de médiation ; reproduction interdite. '
                    'expo-faire-alliance.example', 'DV', 6.5)

    def cartel(c, x, ytop, w, h, num, title, metas, body, inv):
        c.setStrokeColor(colors.HexColor('#999999'))
        c.rect(x, ytop - h, w, h, stroke=1, fill=0)
        c.setStrokeColor(colors.black)
        S(c, x + w - 8, ytop - 14, str(num), 'DVB', 14, 'r', color=colors.HexColor('#b5651d'))
        room = h - 26
        y = ytop - 8
        hh = P(c, title, tit, x + 10, y, w - 46, room, title)
        y -= hh + 3
        room -= hh + 3
        hh = P(c, metas, meta, x + 10, y, w - 20, room, title)
        y -= hh + 5
        room -= hh + 5
        P(c, body, txt, x + 10, y, w - 20, room, title)
        S(c, x + 10, ytop - h + 8, inv, 'DVM', 6.8, maxw=w - 20, color=colors.HexColor('#666666'))

    frame(c, 14, 'Salle 2 – Les années d\'observation (cartels 7 à 10)')
    top = H - 62
    cartel(c, M, top, 360, 176, 7, 'Statuts fondateurs de l\'association Le RAMEAU',
           '2006 · papier, encre · prêt d\'une collection privée (fictive)',
           'L\'association naît en 2006 avec un statut d\'intérêt général. Elle se présente comme un '
           '« laboratoire d\'innovations partenariales » et se donne 3 missions, dont celle de témoigner. '
           'Aujourd\'hui, elle revendique plus de 1 000 exemples inspirants recensés, 15 ans de recherche et '
           '5 ans d\'étude d\'impact.', 'Inv. EXP.2006.01')
    cartel(c, M + 372, top, 345, 176, 8, 'Plaquette « ARPEA Entreprises &amp; Territoires »',
           'Janvier 2011 · impression offset, dépliant · fonds documentaire (fictif)',
           'La couverture présente l\'institution comme « l\'Observatoire national des partenariats '
           'associations / entreprises », et précise : « Créé en 2007 ». À l\'intérieur, un tableau sur les '
           'entreprises : 21 % développent des partenariats, 33 % souhaitent le faire et 46 % ne le '
           'souhaitent pas.', 'Inv. EXP.2011.03')
    cartel(c, M, top - 188, 717, 150, 9, 'Rapport quinquennal de l\'Observatoire',
           '11 décembre 2012 · rapport relié · dépôt de l\'Observatoire (fictif)',
           'Premier grand bilan, publié le 11 décembre 2012 au terme de cinq années d\'études. Le programme '
           'ARPEA y est défini comme l\'« Analyse des Relations et des Partenariats entre Entreprises et '
           'Associations » ; il a compté 10 volets. On y lit qu\'en 2008, 86 % des Français jugeaient urgent '
           'de créer des partenariats ; ils sont 84 % en 2012. Ce rapport forme, avec les enquêtes régionales, '
           'le socle des travaux de la décennie suivante.',
           'Inv. EXP.2012.11')
    # cartel vertical (texte tourne)
    vx, vw, vh = M + 729, 53, 338
    c.setStrokeColor(colors.HexColor('#999999'))
    c.rect(vx, top - vh, vw, vh, stroke=1, fill=0)
    c.setStrokeColor(colors.black)
    c.saveState()
    c.translate(vx + 12, top - vh + 8)
    c.rotate(90)
    S(c, 0, 0, '10 · Lettre de la ministre Valérie Fourneyron', 'DVSB', 9.5, maxw=vh - 16)
    S(c, 0, -13, 'Elle demande un état des lieux des partenariats', 'DVS', 8, maxw=vh - 16)
    S(c, 0, -24, 'associations-entreprises, publié début 2014.', 'DVS', 8, maxw=vh - 16)
    S(c, 0, -35, 'Inv. EXP.2013.02', 'DVM', 6.8, maxw=vh - 16)
    c.restoreState()
    c.showPage()

    frame(c, 15, 'Salle 2 – Des territoires aux alliances (cartels 11 à 14)')
    cartel(c, M, top, 380, 196, 11, 'PHARE-Institutions',
           '29 novembre 2016 · étude imprimée · Observatoire des partenariats',
           'Dernier volet du programme PHARE, publié le 29 novembre 2016. L\'étude distingue 5 profils de '
           'maires face aux alliances et retient que 87 % des maires voient dans les partenariats une '
           'source d\'innovation.', 'Inv. EXP.2016.29')
    cartel(c, M + 392, top, 390, 196, 12, 'Acte constitutif de la Fondation des Territoires',
           '14 juin 2022 · document signé · sous l\'égide de la Fondation de Lille',
           'Après une préfiguration lancée en juillet 2018 et conduite en trois étapes (juillet 2018 - '
           'juillet 2019, août 2019 - novembre 2020, décembre 2020 - mai 2022), la Fondation des Territoires '
           'est créée le 14 juin 2022, abritée par la Fondation de Lille. Elle réunit 21 co-fondateurs et '
           'se fixe 3 missions.', 'Inv. EXP.2022.14')
    cartel(c, M, top - 208, 380, 170, 13, 'Note « ODD 17 : Sens, décryptages, déclinaisons »',
           'Comité 21 · diffusée un 5 juillet · cahier agrafé',
           'Cette note de décryptage rappelle que l\'objectif de développement durable n° 17, celui des '
           'partenariats, se décline en 19 cibles. Elle a servi de support aux ateliers de l\'exposition.',
           'Inv. EXP.0705.17')
    cartel(c, M + 392, top - 208, 390, 170, 14, 'Fiche-repère « Les dynamiques d\'engagement des '
           'Collectivités territoriales »',
           'Issue de l\'étude IMPACT-Élus locaux (novembre 2020) · Comisis-OpinionWay',
           'Un outil court pour aider les équipes municipales à situer leur commune dans la co-construction '
           'territoriale. Une fiche acteur voisine, « Dynamique d\'engagement des Fondations », est présentée '
           'dans la vitrine d\'en face.', 'Inv. EXP.2020.11')
    c.showPage()
    c.save()


# ---------------------------------------------------------------------------------------------
# 06 - Plan de metro legende (carte + index des stations)
# ---------------------------------------------------------------------------------------------
def doc_metro(path):
    W, H = landscape(A4)
    c = new_canvas(path, (W, H), 'Plan du réseau - les lignes de l\'Observatoire des partenariats',
                   'Plan pédagogique en forme de carte de métro (fictif), pages 7 et 8 du livret')
    M = 28
    lines = {
        'A': ('#2e86c1', 'Ligne A – ARPEA 2008-2012'),
        'P': ('#c0392b', 'Ligne P – PHARE 2013-2018'),
        'I': ('#27ae60', 'Ligne I – IMPACT 2018-2022'),
        'T': ('#8e44ad', 'Tram T – Territoires'),
    }
    S(c, M, H - 34, 'PLAN DU RÉSEAU', 'DVB', 18)
    S(c, M, H - 50, 'Les lignes de l\'Observatoire des partenariats – études, volets et correspondances',
      'DVI', 9)
    S(c, W - M, 18, '7', 'DVB', 10, 'r')
    S(c, M, 18, 'Plan schématique : les distances ne sont pas à l\'échelle du temps. Réseau imaginaire à but '
                'pédagogique.', 'DV', 6.5)
    # grille de reperage
    gx0, gy0, gx1, gy1 = M, 40, W - M, H - 66
    c.setStrokeColor(colors.HexColor('#eeeeee'))
    cols = 'ABCDEF'
    cw = (gx1 - gx0) / 6.0
    rh = (gy1 - gy0) / 4.0
    for i in range(7):
        c.line(gx0 + i * cw, gy0, gx0 + i * cw, gy1)
    for j in range(5):
        c.line(gx0, gy0 + j * rh, gx1, gy0 + j * rh)
    c.setStrokeColor(colors.black)
    for i in range(6):
        S(c, gx0 + i * cw + cw / 2, gy1 + 3, cols[i], 'DVB', 7, 'c', color=colors.HexColor('#aaaaaa'))
    for j in range(4):
        S(c, gx0 - 7, gy1 - j * rh - rh / 2, str(j + 1), 'DVB', 7, 'c', color=colors.HexColor('#aaaaaa'))

    def case(x, y):
        return '%s%d' % (cols[min(5, int((x - gx0) // cw))], min(4, int((gy1 - y) // rh) + 1))

    def line(code, pts):
        col = colors.HexColor(lines[code][0])
        c.setStrokeColor(col)
        c.setLineWidth(6)
        c.setLineJoin(1)
        p = c.beginPath()
        p.moveTo(*pts[0])
        for q in pts[1:]:
            p.lineTo(*q)
        c.drawPath(p, stroke=1, fill=0)
        c.setLineWidth(1)
        c.setStrokeColor(colors.black)

    cases = {}

    def station(x, y, label, mode='up', corr=False):
        c.setFillColor(colors.white)
        c.setLineWidth(2 if corr else 1.5)
        c.circle(x, y, 6 if corr else 4.2, stroke=1, fill=1)
        c.setLineWidth(1)
        c.setFillColor(colors.black)
        f = 'DVCB' if corr else 'DVC'
        c.saveState()
        c.translate(x, y)
        if mode == 'up':
            c.rotate(35)
            S(c, 9, 2, label, f, 7.6)
        elif mode == 'down':
            c.rotate(-35)
            S(c, 9, -9, label, f, 7.6)
        elif mode == 'left':
            S(c, -10, -3, label, f, 7.6, 'r')
        else:
            S(c, 10, -3, label, f, 7.6)
        c.restoreState()
        cases[label] = case(x, y)

    yA, yP, yT, yI = 430, 340, 260, 130
    line('A', [(70, yA), (170, yA), (270, yA), (370, yA), (460, yP)])
    line('P', [(460, yP), (540, yP), (620, yP), (700, yP), (700, yI)])
    line('I', [(700, yI), (620, yI), (540, yI), (460, yI), (380, yI), (300, yI)])
    line('T', [(80, yT), (200, yT), (320, yT), (440, yT)])
    station(70, yA, 'Création de l\'Observatoire (2008)')
    station(170, yA, 'ARPEA-Collectivités locales')
    station(270, yA, 'ARPEA Entreprises & Territoires (janv. 2011)')
    station(370, yA, 'Rapport quinquennal (11 déc. 2012)')
    station(460, yP, 'Lancement de PHARE', corr=True)
    station(540, yP, 'PHARE-Citoyens (sept. 2015)')
    station(620, yP, 'PHARE-Entreprises (oct. 2015)')
    station(700, yP, 'PHARE-Associations (nov. 2015)')
    station(700, 280, '13 rapports régionaux (2016)', 'left')
    station(700, 210, 'Diagnostics sectoriels (juil. 2016)', 'left')
    c.setFillColor(colors.white)
    c.setLineWidth(2)
    c.circle(700, yI, 6, stroke=1, fill=1)
    c.setLineWidth(1)
    c.setFillColor(colors.black)
    S(c, 690, yI + 10, 'PHARE-Institutions (automne 2016)', 'DVCB', 7.6, 'r')
    cases['PHARE-Institutions (automne 2016)'] = case(700, yI)
    station(620, yI, 'IMPACT lancé (nov. 2017)', 'down')
    station(540, yI, 'Fondations & Territoires (23 sept.)', 'down')
    station(460, yI, 'IMPACT-Élus locaux (nov. 2020)', 'down')
    station(380, yI, 'Associations & Territoires', 'down')
    station(300, yI, 'IMPACTS & TRAJECTOIRES (nov. 2024)', 'down')
    station(80, yT, 'Agir ensemble en Territoire (2010)', 'down')
    station(200, yT, 'Parcours CGET – 10 territoires pilotes', 'down')
    station(320, yT, 'Fondation des Territoires (préfig. juil. 2018)', 'down')
    station(440, yT, 'Charte du faire alliance', 'down')
    # legende (en haut a droite)
    lx, ly, lw, lh = 560, 420, W - M - 560, 105
    c.setFillColor(colors.white)
    c.setStrokeColor(colors.HexColor('#444444'))
    c.rect(lx, ly, lw, lh, stroke=1, fill=1)
    c.setStrokeColor(colors.black)
    c.setFillColor(colors.black)
    S(c, lx + 8, ly + lh - 14, 'LÉGENDE', 'DVB', 9)
    y = ly + lh - 32
    for code in ['A', 'P', 'I', 'T']:
        c.setStrokeColor(colors.HexColor(lines[code][0]))
        c.setLineWidth(6)
        c.line(lx + 8, y + 3, lx + 30, y + 3)
        c.setLineWidth(1)
        c.setStrokeColor(colors.black)
        S(c, lx + 36, y, lines[code][1], 'DVC', 7.4, maxw=130)
        y -= 17
    c.circle(lx + 184, ly + lh - 29, 4.2, stroke=1, fill=0)
    S(c, lx + 194, ly + lh - 32, 'station', 'DVC', 7.4)
    c.setLineWidth(2)
    c.circle(lx + 184, ly + lh - 46, 6, stroke=1, fill=0)
    c.setLineWidth(1)
    S(c, lx + 194, ly + lh - 49, 'correspondance', 'DVC', 7.4)
    S(c, lx + 178, ly + lh - 66, 'Index au verso', 'DVCI', 7.4)
    c.showPage()

    # page 8 : index
    S(c, M, H - 34, 'INDEX DES STATIONS ET INFORMATIONS VOYAGEURS', 'DVB', 15)
    S(c, W - M, 18, '8', 'DVB', 10, 'r')
    S(c, M, 18, 'Réseau imaginaire à but pédagogique – les faits cités proviennent des publications de '
                'l\'Observatoire et de Le RAMEAU.', 'DV', 6.5)
    cell = st('ic', 'DVC', 7.6, 9.4)
    cellb = st('icb', 'DVCB', 7.6, 9.4)
    rows = [('Station', 'Ligne', 'Case', 'Repère'),
            ('PHARE-Citoyens', 'P', cases['PHARE-Citoyens (sept. 2015)'], 'volet 1, septembre 2015'),
            ('PHARE-Entreprises', 'P', cases['PHARE-Entreprises (oct. 2015)'], 'volet 2, octobre 2015'),
            ('PHARE-Associations', 'P', cases['PHARE-Associations (nov. 2015)'], 'volet 3, novembre 2015'),
            ('13 rapports régionaux', 'P', cases['13 rapports régionaux (2016)'], 'volet 4, 2016'),
            ('Diagnostics sectoriels', 'P', cases['Diagnostics sectoriels (juil. 2016)'], 'volet 5, juillet 2016'),
            ('PHARE-Institutions', 'P / I', cases['PHARE-Institutions (automne 2016)'], 'volet 6, automne 2016'),
            ('IMPACT lancé', 'I', cases['IMPACT lancé (nov. 2017)'], 'novembre 2017'),
            ('Fondations & Territoires', 'I', cases['Fondations & Territoires (23 sept.)'],
             'étude publiée un 23 septembre'),
            ('Parcours CGET', 'T', cases['Parcours CGET – 10 territoires pilotes'], 'CGET et 10 territoires pilotes'),
            ('Agir ensemble en Territoire', 'T', cases['Agir ensemble en Territoire (2010)'],
             'démarche initiée en 2010')]
    data = [[Paragraph(fr(a), cellb if i == 0 else cell), Paragraph(b, cellb if i == 0 else cell),
             Paragraph(cc, cellb if i == 0 else cell), Paragraph(fr(d), cellb if i == 0 else cell)]
            for i, (a, b, cc, d) in enumerate(rows)]
    t = Table(data, colWidths=[120, 34, 34, 150])
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.3, colors.grey),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#eeeeee')),
                           ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    tw, th = t.wrapOn(c, 338, 1000)
    t.drawOn(c, M, H - 60 - th)
    yleft = H - 60 - th - 18
    P(c, '<b>Le programme PHARE compte six volets</b> : PHARE-Citoyens, PHARE-Entreprises, '
         'PHARE-Associations, les 13 rapports régionaux, les diagnostics sectoriels et PHARE-Institutions.',
      st('px', 'DV', 8, 10.2), M, yleft, 338, 60)
    # colonne droite : encadres
    rx = M + 360
    rw = W - M - rx
    y = H - 60
    boxes = [
        ('L\'EXPLOITANT DU RÉSEAU',
         'L\'Observatoire des partenariats a été créé en 2008 par la Caisse des Dépôts et Le RAMEAU, en '
         'partenariat avec le MEDEF et le Mouvement associatif. Chez Le RAMEAU, le président-fondateur est '
         'Charles-Benoît Heidsieck et la directrice générale Laurence Weber.'),
        ('LIGNE I – PROGRAMME IMPACT',
         'Le programme IMPACT est mené avec la Caisse des Dépôts, l\'Institut CDC pour la Recherche, le Groupe '
         'La Poste, la Fondation TOTAL et Le RAMEAU. Il s\'organise autour de 3 axes : l\'innovation sociétale '
         'et territoriale, la performance des organisations et la confiance.'),
        ('CORRESPONDANCE NUMÉRIQUE',
         'La plateforme www.odd17.org regroupe les ressources sous le sigle M.E.D.O.C. : Méthodes, '
         'Exemples, Données, Outils, Compétences.'),
        ('LIGNES PRÉCÉDENTES',
         'Avant PHARE, la ligne A correspond au plan ARPEA (2008-2012) ; PHARE couvre 2013-2018 et IMPACT '
         '2018-2022.'),
    ]
    for head, body in boxes:
        S(c, rx + 8, y - 14, head, 'DVB', 8.8, maxw=rw - 16)
        h = P(c, body, st('bb', 'DV', 8.2, 10.6), rx + 8, y - 20, rw - 16, 120)
        c.setStrokeColor(colors.HexColor('#888888'))
        c.rect(rx, y - h - 28, rw, h + 28, stroke=1, fill=0)
        c.setStrokeColor(colors.black)
        y -= h + 38
    if y < 36:
        raise Overflow('metro p8')
    c.showPage()
    c.save()


DOCS = [
    ('obs-s87-01-ticket-librairie.pdf', doc_ticket),
    ('obs-s87-02-releve-bancaire.pdf', doc_releve),
    ('obs-s87-03-programme-tv.pdf', doc_tv),
    ('obs-s87-04-fiche-technique.pdf', doc_fiche),
    ('obs-s87-05-cartels-exposition.pdf', doc_cartels),
    ('obs-s87-06-plan-metro.pdf', doc_metro),
]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for name, fn in DOCS:
        fn(os.path.join(out, name))
        print('ecrit', name)


if __name__ == '__main__':
    main()
