#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generateur deterministe des 6 PDF du jeu aveugle s75.

Usage : /work/main/.venv/bin/python make_docs.py [DOSSIER_SORTIE]
(par defaut : le dossier de ce script). Aucune date d'execution, aucun hasard :
rl_config.invariant = 1, metadonnees fixes.
"""
import os
import re
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

FONT_DIR = '/usr/share/fonts/truetype/dejavu'
for name, fn in [('DV', 'DejaVuSans.ttf'), ('DV-B', 'DejaVuSans-Bold.ttf'),
                 ('DV-I', 'DejaVuSans-Oblique.ttf'), ('DV-BI', 'DejaVuSans-BoldOblique.ttf'),
                 ('DVS', 'DejaVuSerif.ttf'), ('DVS-B', 'DejaVuSerif-Bold.ttf'),
                 ('DVS-I', 'DejaVuSerif-Italic.ttf'), ('DVS-BI', 'DejaVuSerif-BoldItalic.ttf'),
                 ('DVC', 'DejaVuSansCondensed.ttf'), ('DVC-B', 'DejaVuSansCondensed-Bold.ttf'),
                 ('DVC-I', 'DejaVuSansCondensed-Oblique.ttf'), ('DVM', 'DejaVuSansMono.ttf')]:
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
from reportlab.pdfbase.pdfmetrics import registerFontFamily

registerFontFamily('DV', normal='DV', bold='DV-B', italic='DV-I', boldItalic='DV-BI')
registerFontFamily('DVS', normal='DVS', bold='DVS-B', italic='DVS-I', boldItalic='DVS-BI')
registerFontFamily('DVC', normal='DVC', bold='DVC-B', italic='DVC-I', boldItalic='DVC-B')

NB = '\u00a0'


def fr(s):
    """Typographie francaise : espaces insecables dans les nombres et avant % EUR : ; ? ! »."""
    s = re.sub(r'&(?!(amp|lt|gt|#\d+);)', '&amp;', s)
    s = re.sub(r'(?<=\d) (?=\d{3}\b)', NB, s)
    s = re.sub(r'(?<=\d) (?=\d{3}\b)', NB, s)
    s = re.sub(r' ([%€;?!»])', NB + r'\1', s)
    s = re.sub(r'(?<=\S) :(?=\s|$|<)', NB + ':', s)
    s = s.replace('« ', '«' + NB)
    s = re.sub(r'(?<=\d) (M€|k€|h|mois|ans|jours)\b', NB + r'\1', s)
    return s


def P(text, style):
    return Paragraph(fr(text), style)


def S(name, **kw):
    base = dict(fontName='DV', fontSize=9.2, leading=12.4, alignment=TA_JUSTIFY)
    base.update(kw)
    return ParagraphStyle(name, **base)


META = dict(author='Jeu aveugle s75 (documents fictifs)', creator='make_docs.py s75',
            producer='ReportLab', subject='Corpus d’évaluation — documents fictifs', keywords='')


def build(path, story, page_templates, pagesize, title):
    doc = BaseDocTemplate(path, pagesize=pagesize, pageTemplates=page_templates, title=title,
                          **META)
    doc.build(story)


# ---------------------------------------------------------------------------------------------
# Document 1 : fiche de poste (grille a deux colonnes qui se coupe entre les pages)
# ---------------------------------------------------------------------------------------------

def doc1(out):
    W, H = A4
    navy = colors.HexColor('#1f3a5f')
    pale = colors.HexColor('#e8eef5')

    def page(c, d):
        n = c.getPageNumber()
        c.saveState()
        # logo texte
        c.setFillColor(navy)
        c.roundRect(1.6 * cm, H - 2.45 * cm, 1.55 * cm, 1.2 * cm, 4, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 13)
        c.drawCentredString(2.375 * cm, H - 2.0 * cm, 'MAT')
        c.setFillColor(navy)
        c.setFont('DV-B', 9.5)
        c.drawString(3.45 * cm, H - 1.75 * cm, 'MAISON DES ALLIANCES DE TOURAINE')
        c.setFont('DV', 7.6)
        c.drawString(3.45 * cm, H - 2.15 * cm, 'Association loi 1901 · centre de ressources')
        c.setFont('DV', 7.6)
        c.drawRightString(W - 1.6 * cm, H - 1.75 * cm, 'Dossier de recrutement n°' + NB + '2025-R-07')
        c.drawRightString(W - 1.6 * cm, H - 2.15 * cm, 'Annexe 2 — fiche de poste (version jury)')
        c.setStrokeColor(navy)
        c.setLineWidth(1.2)
        c.line(1.6 * cm, H - 2.65 * cm, W - 1.6 * cm, H - 2.65 * cm)
        # pied
        c.setLineWidth(0.4)
        c.line(1.6 * cm, 1.75 * cm, W - 1.6 * cm, 1.75 * cm)
        c.setFont('DV', 6.8)
        c.setFillColor(colors.HexColor('#444444'))
        c.drawString(1.6 * cm, 1.35 * cm, 'Maison des Alliances de Touraine (association fictive) — '
                     '18, quai des Tanneurs, 37000 Tours')
        c.drawString(1.6 * cm, 1.05 * cm, 'www.maison-alliances-touraine.example — document de travail '
                     'réservé au jury de recrutement')
        c.drawString(1.6 * cm, 0.75 * cm, 'Reproduction interdite. SIRET fictif 000 000 000 00000.')
        c.setFont('DV-B', 8.5)
        c.drawRightString(W - 1.6 * cm, 1.15 * cm, 'Annexe 2 · p.' + NB + str(13 + n))
        c.restoreState()

    frame = Frame(1.6 * cm, 2.0 * cm, W - 3.2 * cm, H - 4.9 * cm, id='f', leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    tpl = PageTemplate('p', [frame], onPage=page)

    title = S('t', fontName='DV-B', fontSize=15, leading=19, textColor=navy, alignment=TA_LEFT)
    sub = S('s', fontName='DV-I', fontSize=9, leading=12, textColor=colors.HexColor('#333333'),
            alignment=TA_LEFT)
    lab = S('l', fontName='DV-B', fontSize=8.4, leading=11, alignment=TA_LEFT, textColor=navy)
    body = S('b', fontSize=8.9, leading=12.1)
    small = S('sm', fontSize=8.2, leading=10.6, alignment=TA_LEFT)
    hdr = S('h', fontName='DV-B', fontSize=8.2, leading=10, textColor=colors.white, alignment=TA_LEFT)

    story = [P('Fiche de poste — Chargé·e d’études « alliances territoriales et données '
               'de l’Observatoire des partenariats »', title), Spacer(1, 3),
             P('Poste ouvert au recrutement externe et interne · validée par le bureau le 12 mai 2025 · '
               'les rubriques suivent la trame commune du réseau régional', sub), Spacer(1, 8)]

    ident = [
        ['Intitulé', 'Chargé·e d’études alliances territoriales', 'Type de contrat', 'CDI, statut cadre'],
        ['Service', 'Pôle Connaissance & Territoires', 'Quotité', 'Temps plein (forfait jours)'],
        ['Responsable', 'Hélène Marquet, directrice', 'Prise de poste', '1er septembre 2025'],
        ['Lieu', 'Tours (37), quai des Tanneurs', 'Rémunération', 'selon la grille interne et le profil'],
    ]
    ident = [[P(a, lab), P(b, small), P(c_, lab), P(d_, small)] for a, b, c_, d_ in ident]
    t = Table(ident, colWidths=[2.6 * cm, 5.6 * cm, 2.9 * cm, 6.7 * cm])
    t.setStyle(TableStyle([
        ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9aa9bb')),
        ('BACKGROUND', (0, 0), (0, -1), pale), ('BACKGROUND', (2, 0), (2, -1), pale),
        ('VALIGN', (0, 0), (-1, -1), 'TOP'),
        ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
    story += [t, Spacer(1, 10)]

    rows = [
        ('1. Contexte et environnement du poste',
         ['La Maison des Alliances de Touraine accompagne depuis plusieurs années les associations, les '
          'entreprises et les collectivités du département qui veulent agir ensemble, et elle adosse une '
          'grande partie de son travail aux publications de l’Observatoire des partenariats. Cet '
          'observatoire national a vu le jour en 2008 à l’initiative conjointe de la Caisse des Dépôts et '
          'du RAMEAU, le MEDEF et le Mouvement associatif étant associés à la démarche en tant que '
          'partenaires. Sa direction scientifique est assurée par Anne Robin, qui a fondé le cabinet '
          'COMISIS et exerce ce rôle à titre bénévole ; c’est elle qui signe la plupart des notes de '
          'méthode que la personne recrutée aura à lire et à transmettre aux adhérents.',
          'Le RAMEAU lui-même est une structure de statut associatif, reconnue d’intérêt général, fondée '
          'en 2006 ; il se présente volontiers comme un « laboratoire de recherche empirique » consacré '
          'aux alliances au service du bien commun. Son président-fondateur est Charles-Benoît Heidsieck '
          'et sa directrice générale Laurence Weber. Au fil des années, le laboratoire a recensé plus de '
          '1 000 exemples inspirants de coopérations, dont une vingtaine concernent directement notre '
          'département et figurent déjà dans la base documentaire de la Maison.']),
        ('2. Finalité',
         ['Le ou la chargé·e d’études fait le lien entre les données produites au niveau national et les '
          'besoins très concrets des acteurs tourangeaux. Il ou elle doit savoir retrouver un chiffre, '
          'en vérifier la source et la date, puis l’expliquer simplement à un élu, à une dirigeante de '
          'PME ou au bureau d’une petite association. Les travaux de l’Observatoire se sont organisés en '
          'programmes successifs de cinq ans : ARPEA de 2008 à 2012 (sigle qui signifie « Analyser les '
          'Relations Partenariales entre Entreprises et Associations »), puis PHARE de 2013 à 2018, '
          'enfin IMPACT pour la période 2018-2022, programme dont le lancement remonte à novembre 2017. '
          'La personne recrutée devra connaître ces trois générations d’études et savoir les distinguer, '
          'car leurs questionnaires et leurs échantillons ne sont pas strictement comparables.']),
        ('3. Missions principales',
         ['<b>M1 — Veille et capitalisation.</b> Suivre les publications de l’Observatoire et des réseaux '
          'partenaires, les résumer dans une note mensuelle de deux pages au plus et alimenter la base '
          'documentaire (environ 40 nouvelles fiches par an sont attendues).',
          '<b>M2 — Tableau de bord départemental.</b> Tenir à jour un tableau de bord de 25 indicateurs '
          'sur les coopérations locales, en croisant les résultats nationaux avec les données '
          'recueillies auprès de nos 142 structures adhérentes ; une mise à jour complète est prévue '
          'deux fois par an, en mars et en octobre.',
          '<b>M3 — Animation et restitution.</b> Préparer et co-animer les six matinales annuelles de la '
          'Maison, au cours desquelles les chiffres récents sont présentés aux adhérents, et rédiger '
          'leurs comptes rendus dans un délai de dix jours ouvrés.',
          '<b>M4 — Appui aux projets.</b> Accompagner chaque année une dizaine de binômes '
          'association-entreprise dans la formalisation de leur partenariat, depuis le diagnostic '
          'initial jusqu’au bilan, en mobilisant les outils méthodologiques publiés au niveau '
          'national.']),
        ('4. Activités et indicateurs de réussite',
         ['La réussite du poste sera appréciée au terme de la première année au regard de trois '
          'résultats : la parution régulière des notes de veille (au moins dix sur douze mois), une '
          'version du tableau de bord validée par le bureau avant le 31 mars 2026, et un taux de '
          'satisfaction d’au moins 80 % chez les participants des matinales, mesuré par un '
          'questionnaire anonyme en fin de séance. Une part du temps, estimée à 15 % environ, sera '
          'consacrée à la formation interne des deux autres salariées du pôle sur la lecture critique '
          'des enquêtes d’opinion : taille d’échantillon, date de terrain, mode d’administration et '
          'formulation exacte des questions.']),
        ('5. Compétences et profil recherché',
         ['Formation de niveau master en sciences sociales, en statistique appliquée ou en gestion des '
          'organisations de l’économie sociale ; une première expérience de deux ans au moins dans une '
          'association, une collectivité ou un bureau d’études est souhaitée. Sont attendues une aisance '
          'réelle avec les tableurs et la lecture de tableaux croisés, une écriture claire et sans '
          'jargon, ainsi qu’une curiosité pour le dialogue entre mondes professionnels différents. La '
          'connaissance du tissu associatif d’Indre-et-Loire serait un atout apprécié, de même que la '
          'pratique de l’animation de réunions à distance.']),
        ('6. Relations de travail',
         ['En interne, le poste travaille au quotidien avec la directrice, avec la responsable de la '
          'vie associative et avec le trésorier bénévole de la Maison pour le suivi des conventions. En '
          'externe, il ou elle est en contact régulier avec les équipes des collectivités signataires '
          'de la charte départementale, avec les clubs d’entreprises du territoire et avec les '
          'correspondants régionaux qui relaient les études nationales.']),
        ('7. Conditions d’exercice',
         ['Le poste est basé à Tours ; deux jours de télétravail par semaine sont possibles après la '
          'période d’essai de quatre mois. Des déplacements dans le département sont à prévoir, de '
          'l’ordre de six par mois, ainsi que deux à trois déplacements par an à Paris pour les '
          'rencontres nationales. Un véhicule de service est partagé avec le pôle. La rémunération '
          'est fixée selon la grille interne de la Maison et l’expérience acquise ; elle sera précisée '
          'lors du second entretien. Titres-restaurant, mutuelle prise en charge à 60 % et '
          'vingt-cinq jours de congés annuels complètent le dispositif.']),
        ('8. Modalités de candidature',
         ['Le dossier (lettre de motivation et curriculum vitae, en un seul fichier) est à adresser '
          'par courriel à recrutement@maison-alliances-touraine.example au plus tard le 30 juin 2025, '
          'en indiquant la référence 2025-R-07 dans l’objet du message. Les candidatures retenues '
          'seront convoquées à un premier entretien avec la directrice et un membre du bureau au '
          'cours de la semaine du 7 juillet 2025 ; un second entretien, comportant un court exercice '
          'de synthèse sur une publication de l’Observatoire, aura lieu fin juillet.']),
        ('9. Repères à maîtriser dès la prise de poste',
         ['Sans exiger une connaissance exhaustive des publications, le jury attend que la personne '
          'retenue sache situer quelques résultats souvent cités dans nos réunions. Au sortir de la '
          'crise sanitaire, l’Observatoire a ainsi montré que 81 % des Français et 84 % des dirigeants '
          'de TPE et de PME jugeaient la co-construction utile pour rendre les territoires plus '
          'résilients, ce que ses publications résument par l’idée de « jouer collectif en sortie de '
          'crise ». Pour appuyer cette démarche, plus de 250 données avaient été inventoriées et mises à '
          'disposition des acteurs. Il est également utile de savoir que le programme IMPACT suit trois '
          'indicateurs, l’innovation, la performance et la confiance, qui structurent la plupart des '
          'études récentes.',
          'La Maison ne demande pas de retenir ces chiffres par cœur : elle attend surtout que la '
          'personne recrutée sache retrouver, pour chacun, l’étude, la date et la population '
          'concernées, et qu’elle signale spontanément les cas où deux publications donnent des '
          'valeurs différentes pour un même indicateur.']),
        ('10. Exercice du second entretien',
         ['Lors du second entretien, la personne candidate disposera de 45 minutes pour lire une '
          'publication courte de l’Observatoire et en tirer une note de synthèse d’une page destinée '
          'aux élus d’une communauté de communes rurale. La note sera ensuite présentée oralement en '
          'dix minutes devant le jury, qui appréciera la justesse des chiffres cités, la mention des '
          'sources et la capacité à adapter le propos à un public non spécialiste. Aucun ordinateur '
          'n’est fourni : un dictionnaire et une calculatrice simple seront mis à disposition.']),
    ]
    data = [[P('Rubrique', hdr), P('Description', hdr)]]
    for lab_, paras in rows:
        cell = []
        for i, ptxt in enumerate(paras):
            if i:
                cell.append(Spacer(1, 4))
            cell.append(P(ptxt, body))
        data.append([P(lab_, lab), cell])
    t2 = Table(data, colWidths=[3.6 * cm, W - 3.2 * cm - 3.6 * cm], repeatRows=1, splitInRow=1)
    t2.setStyle(TableStyle([
        ('BACKGROUND', (0, 0), (-1, 0), navy),
        ('BACKGROUND', (0, 1), (0, -1), pale),
        ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9aa9bb')),
        ('VALIGN', (0, 0), (-1, -1), 'TOP'),
        ('TOPPADDING', (0, 0), (-1, -1), 4), ('BOTTOMPADDING', (0, 0), (-1, -1), 5),
        ('LEFTPADDING', (0, 0), (-1, -1), 5), ('RIGHTPADDING', (0, 0), (-1, -1), 5)]))
    story += [t2, Spacer(1, 14)]
    story += [P('Grille d’évaluation utilisée par le jury', S('gh', fontName='DV-B', fontSize=10,
                                                            leading=13, alignment=TA_LEFT, textColor=navy)),
              Spacer(1, 3),
              P('Chaque membre du jury note séparément les candidatures retenues pour le second entretien, '
                'puis les notes sont confrontées en séance. En cas d’égalité, la qualité de la note de '
                'synthèse produite lors de l’exercice l’emporte sur tout autre critère ; la directrice '
                'dispose d’une voix prépondérante si l’égalité persiste.', body), Spacer(1, 5)]
    grid = [['Critère', 'Éléments observés', 'Poids'],
            ['Maîtrise des données', 'Justesse des chiffres, mention de la source et de la date', '30 %'],
            ['Qualité rédactionnelle', 'Clarté, concision, absence de jargon', '25 %'],
            ['Connaissance du territoire', 'Acteurs associatifs, économiques et publics d’Indre-et-Loire', '20 %'],
            ['Aptitude à l’animation', 'Présentation orale de dix minutes, réponses aux questions', '15 %'],
            ['Motivation', 'Cohérence du projet professionnel avec les missions M1 à M4', '10 %']]
    grid = [[P(x, hdr if i == 0 else small) for x in r] for i, r in enumerate(grid)]
    tg = Table(grid, colWidths=[4.4 * cm, 11.4 * cm, 2.0 * cm])
    tg.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), navy),
                            ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9aa9bb')),
                            ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, pale])]))
    story += [tg, Spacer(1, 10)]
    hist = [['Version', 'Date', 'Objet de la modification'],
            ['v1', '3 avril 2025', 'Création de la fiche à partir de la trame commune du réseau'],
            ['v2', '28 avril 2025', 'Ajout de la rubrique 9 et précision des indicateurs de réussite'],
            ['v3', '12 mai 2025', 'Validation par le bureau ; version transmise au jury']]
    hist = [[P(x, hdr if i == 0 else small) for x in r] for i, r in enumerate(hist)]
    th = Table(hist, colWidths=[2.0 * cm, 3.2 * cm, 12.6 * cm])
    th.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), navy),
                            ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9aa9bb'))]))
    story += [th, Spacer(1, 14)]

    vis = [[P('Visa de la directrice', lab), P('Visa du bureau', lab), P('Visa de la personne recrutée', lab)],
           [P('Hélène Marquet<br/>le 12 mai 2025', small), P('Pour le bureau, la présidente<br/>'
              'Odile Ferrand', small), P('(à compléter à la prise de poste)', small)]]
    tv = Table(vis, colWidths=[(W - 3.2 * cm) / 3.0] * 3, rowHeights=[16, 40])
    tv.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, navy), ('INNERGRID', (0, 0), (-1, -1), 0.4,
                                                                          colors.HexColor('#9aa9bb')),
                            ('BACKGROUND', (0, 0), (-1, 0), pale), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    story += [KeepTogether([tv])]
    build(os.path.join(out, 'obs-s75-01-fiche-de-poste.pdf'), story, [tpl], A4,
          'Fiche de poste — chargé·e d’études alliances territoriales')


# ---------------------------------------------------------------------------------------------
# Document 2 : rapport d'audit a constats numerotes (etiquettes en marge, criticite)
# ---------------------------------------------------------------------------------------------

def doc2(out):
    W, H = A4
    green = colors.HexColor('#24573f')
    pale = colors.HexColor('#eef4ef')

    def page(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(green)
        c.rect(0, H - 1.25 * cm, W, 1.25 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 8.6)
        c.drawString(1.8 * cm, H - 0.8 * cm, 'LIGNES CLAIRES  ·  Audit & Conseil')
        c.setFont('DV', 7.6)
        c.setFont('DV', 7.0)
        c.drawRightString(W - 1.8 * cm, H - 0.8 * cm, 'Audit « Alliances en territoire » · rapport '
                          'définitif · diffusion restreinte')
        c.setFillColor(colors.HexColor('#555555'))
        c.setFont('DV-I', 7.4)
        c.drawString(1.8 * cm, H - 1.75 * cm, 'Chapitre 3 — Constats détaillés et recommandations')
        c.setFont('DV', 6.8)
        c.drawString(1.8 * cm, 1.2 * cm, 'Lignes Claires Audit & Conseil (cabinet fictif) · '
                     'lignes-claires-audit.example · rapport établi pour le Réseau Territoires Alliés BFC')
        c.drawString(1.8 * cm, 0.85 * cm, 'Les réponses de la direction sont reproduites sans '
                     'modification. Toute citation partielle doit mentionner la référence RTA-2025-A1.')
        c.setFillColor(green)
        c.circle(W - 2.3 * cm, 1.15 * cm, 0.42 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 10)
        c.drawCentredString(W - 2.3 * cm, 1.0 * cm, str(30 + n))
        c.restoreState()

    frame = Frame(1.8 * cm, 1.7 * cm, W - 3.6 * cm, H - 3.9 * cm, id='f', leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    tpl = PageTemplate('p', [frame], onPage=page)

    h1 = S('h1', fontName='DV-B', fontSize=12.5, leading=16, textColor=green, alignment=TA_LEFT)
    body = S('b', fontSize=8.8, leading=12.0)
    tag = S('tag', fontName='DVC-B', fontSize=8.2, leading=10.4, alignment=TA_LEFT, textColor=green)
    tagsmall = S('tags', fontName='DVC', fontSize=7.4, leading=9.4, alignment=TA_LEFT)
    cellh = S('ch', fontName='DV-B', fontSize=7.8, leading=9.6, alignment=TA_LEFT, textColor=colors.white)
    cell = S('c', fontName='DVC', fontSize=7.8, leading=9.8, alignment=TA_LEFT)

    def constat(num, titre, crit, refs, parts):
        rows = []
        first = True
        for label, txt in parts:
            left = [P(num, tag), P(titre, tagsmall), Spacer(1, 3), P('Criticité : ' + crit, tagsmall),
                    P('Référentiel : ' + refs, tagsmall)] if first else [P(label, tagsmall)]
            if first:
                left.append(Spacer(1, 3))
                left.append(P(label, tagsmall))
            rows.append([left, P(txt, body)])
            first = False
        t = Table(rows, colWidths=[3.3 * cm, W - 3.6 * cm - 3.3 * cm])
        t.setStyle(TableStyle([
            ('VALIGN', (0, 0), (-1, -1), 'TOP'),
            ('BACKGROUND', (0, 0), (0, -1), pale),
            ('LINEABOVE', (0, 0), (-1, 0), 1.2, green),
            ('LINEBELOW', (0, -1), (-1, -1), 0.5, green),
            ('LINEBELOW', (1, 0), (1, -2), 0.3, colors.HexColor('#b8c9bc')),
            ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
        return [t, Spacer(1, 9)]

    story = [P('3.2 Constats relatifs au pilotage et à la mesure (suite)', h1), Spacer(1, 6),
             P('Les constats C-01 à C-04, consacrés à la gouvernance associative et à la tenue des '
               'comptes, figurent aux pages précédentes. Chaque constat ci-dessous est présenté selon '
               'la même trame : le fait observé, les éléments probants recueillis, la recommandation '
               'numérotée qui lui correspond, puis la réponse de la direction du réseau. La criticité '
               'est notée de faible à élevée ; une criticité élevée signifie qu’un défaut peut conduire '
               'à communiquer un chiffre erroné ou non sourcé à un financeur ou à un élu.', body),
             Spacer(1, 8)]

    story += constat('C-05', 'Conventions de partenariat', 'moyenne', 'charte interne, art. 4', [
        ('Fait observé', 'Sur les 27 conventions de partenariat conclues par le réseau entre 2022 et '
         '2024, 9 ne comportaient pas la signature de l’une des parties au moment de l’audit, et 4 '
         'n’avaient jamais fait l’objet du bilan annuel prévu par leur article final. Les binômes '
         'concernés sont majoritairement des petites associations rurales, pour lesquelles la '
         'formalisation est vécue comme une charge plus que comme un appui.'),
        ('Éléments probants', 'Registre des conventions tenu par le secrétariat, entretiens avec six '
         'responsables de binômes, échantillon de 12 dossiers examinés pièce par pièce entre le 3 et le '
         '14 février 2025.'),
        ('Recommandation R-05', 'Mettre en place un contrôle de complétude trimestriel et proposer un '
         'modèle de bilan allégé d’une page aux structures de moins de trois salariés.'),
        ('Réponse de la direction', 'Acceptée. Le modèle allégé sera diffusé à la rentrée 2025.')])

    story += constat('C-06', 'Filiation méthodologique du parcours', 'faible',
                     'dossier de conception, 2021', [
        ('Fait observé', 'Le parcours « Alliances en territoire » se réclame explicitement du parcours '
         'd’expérience que le CGET et Le RAMEAU avaient conçu ensemble sur la co-construction '
         'territoriale. Celui-ci réunissait 11 territoires pionniers pendant 18 mois, la première '
         'session collective s’étant tenue le 3 mai. Le dossier de conception du réseau reprend la '
         'durée de 18 mois mais a réduit le nombre de sites à quatre, sans que ce choix soit justifié '
         'par écrit.'),
        ('Éléments probants', 'Le même dossier rappelle l’antériorité de la démarche « Agir ensemble '
         'en Territoire », lancée en 2010 à la suite de l’étude ARPEA-Collectivités locales réalisée '
         'avec Comisis et OpinionWay (ARPEA y est développé en « Analyse des Relations '
         'Associations-Entreprises »). Trois territoires en avaient été les pilotes : l’Alsace, avec '
         'Alsace Active ; le Poitou-Charentes, avec le Groupe La Poste ; enfin Paris-Est Marne & Bois. '
         'L’audit n’a relevé aucune erreur dans ces rappels historiques.'),
        ('Recommandation R-06', 'Documenter en une demi-page les raisons du passage de onze à quatre '
         'sites, afin que les financeurs ne comparent pas des résultats obtenus sur des échelles '
         'différentes.'),
        ('Réponse de la direction', 'Acceptée ; la note sera jointe au prochain rapport d’activité.')])

    story += constat('C-07', 'Chiffres cités auprès des élus', 'élevée', 'guide de citation des sources', [
        ('Fait observé', 'Les supports présentés aux élus reprennent des pourcentages exacts mais '
         'rarement datés. Ainsi, la diapositive d’ouverture indique que 76 % des maires considèrent '
         'leur territoire comme engagé ; elle omet la seconde moitié du résultat, pourtant essentielle '
         'au propos du réseau, selon laquelle 46 % d’entre eux déclarent ne pas savoir piloter cette '
         'dynamique. La même diapositive associe, sans les distinguer, des chiffres issus de vagues '
         'différentes : 74 % des Français, 81 % des dirigeants d’entreprise, 86 % des responsables '
         'associatifs et 87 % des maires voient dans les partenariats une source d’innovation.'),
        ('Éléments probants', 'Trois jeux de diapositives utilisés entre septembre 2024 et janvier '
         '2025 ; comparaison avec les publications de l’Observatoire et avec la fiche-repère « Les '
         'dynamiques d’engagement des Collectivités territoriales », tirée de l’étude IMPACT-Elus '
         'locaux conduite en novembre 2020 par Comisis et OpinionWay.'),
        ('Recommandation R-07', 'Associer systématiquement à chaque pourcentage la population, '
         'l’étude et l’année de terrain, au moyen d’une mention en pied de diapositive.'),
        ('Réponse de la direction', 'Acceptée, avec mise en œuvre immédiate pour les supports du '
         'premier semestre 2025.')])

    story += constat('C-08', 'Usage de l’enquête 2024 auprès des maires', 'élevée',
                     'note de méthode RTA, 2023', [
        ('Fait observé', 'Le réseau s’appuie désormais sur l’enquête IMPACTS & TRAJECTOIRES – Elus '
         'locaux publiée en novembre 2024. Celle-ci repose sur 302 maires interrogés par téléphone entre '
         'le 30 septembre et le 28 octobre 2024. Selon ses résultats, 91 % des maires jugent que leur '
         'territoire est en mouvement : 35 % fortement, et 56 % ni plus ni moins qu’auparavant. Le '
         'réseau présente ce chiffre comme valable pour toutes les communes, alors que 84 % des '
         'répondants administrent des communes de moins de 2 000 habitants, ce qui limite la portée du '
         'résultat pour les villes moyennes de la région.'),
        ('Éléments probants', 'Note de présentation de l’enquête ; deux comptes rendus de réunions '
         'avec des élus d’agglomération, dans lesquels le chiffre de 91 % est repris sans réserve.'),
        ('Recommandation R-08', 'Accompagner toute citation de l’enquête 2024 d’une mention sur la '
         'taille des communes interrogées, et ne pas l’utiliser seule auprès des villes de plus de '
         '20 000 habitants.'),
        ('Réponse de la direction', 'Acceptée partiellement : le réseau conservera le chiffre global '
         'mais ajoutera la précision sur la taille des communes.')])

    story += constat('C-09', 'Argumentaire « jouer collectif »', 'faible', 'plan de plaidoyer 2024-2026', [
        ('Fait observé', 'L’argumentaire de plaidoyer s’appuie à juste titre sur deux résultats '
         'convergents : 64 % des élus locaux souhaitent s’appuyer sur le « jouer collectif », et '
         '92 % des maires reconnaissent l’utilité de la co-construction. Ces chiffres sont correctement '
         'sourcés dans la version imprimée, mais la version mise en ligne a perdu ses notes.'),
        ('Recommandation R-09', 'Republier la version en ligne avec ses notes de source.'),
        ('Réponse de la direction', 'Acceptée ; correction faite le 21 mars 2025.')])

    story += constat('C-10', 'Partenariats avec les fondations', 'moyenne', 'plan stratégique 2023-2027', [
        ('Fait observé', 'Le plan stratégique prévoit de doubler le nombre de fondations partenaires d’ici '
         '2027, mais le réseau ne dispose d’aucun état des lieux de leurs attentes. Les équipes citent '
         'pourtant deux ressources nationales pertinentes : la fiche acteur « Dynamique d’engagement des '
         'Fondations » et l’étude IMPACT Fondations & Territoires, publiée un 23 septembre et fondée sur '
         'les réponses de 42 fondations. Aucune de ces deux ressources n’a été exploitée dans les notes '
         'de cadrage remises au conseil d’administration en 2023 et 2024.'),
        ('Éléments probants', 'Plan stratégique ; procès-verbaux du conseil d’administration ; '
         'entretien avec la chargée de développement, le 11 février 2025.'),
        ('Recommandation R-10', 'Produire une note de deux pages sur les attentes des fondations avant '
         'toute nouvelle sollicitation, en s’appuyant sur les deux ressources citées.'),
        ('Réponse de la direction', 'Acceptée ; note prévue pour le conseil d’administration d’octobre '
         '2025.')])

    story += constat('C-11', 'Traçabilité de la base documentaire', 'moyenne', 'procédure qualité, § 2', [
        ('Fait observé', 'La base documentaire partagée compte 214 documents, dont 37 ne portent ni date '
         'de publication ni mention de l’éditeur. Dans 11 cas, il s’agit de tableaux de chiffres '
         'recopiés à partir de présentations orales, sans lien vers l’étude d’origine. Ce défaut '
         'explique en partie les imprécisions relevées au constat C-07.'),
        ('Recommandation R-11', 'Compléter les métadonnées des 37 documents et retirer de la base ceux '
         'dont l’origine ne peut pas être établie.'),
        ('Réponse de la direction', 'Acceptée ; le travail sera confié à un stagiaire au printemps '
         '2025.')])

    # matrice finale
    story += [CondPageBreak(7 * cm), P('3.3 Synthèse des constats C-01 à C-11', h1), Spacer(1, 5),
              P('Le tableau ci-dessous reprend l’ensemble des constats du chapitre, y compris ceux '
                'présentés aux pages précédentes. Sur onze constats, trois sont de criticité élevée ; '
                'tous ont reçu une réponse de la direction, dont une seule partielle. Le suivi des '
                'recommandations fera l’objet d’une revue par le comité d’audit du réseau six mois après '
                'la remise du présent rapport, soit au plus tard le 30 septembre 2025.', body),
              Spacer(1, 6)]
    mat = [['N°', 'Objet', 'Criticité', 'Reco.', 'Réponse', 'Échéance'],
           ['C-01', 'Composition du conseil d’administration', 'moyenne', 'R-01', 'acceptée', 'juin 2025'],
           ['C-02', 'Délégations de signature', 'élevée', 'R-02', 'acceptée', 'avril 2025'],
           ['C-03', 'Rapprochements bancaires', 'faible', 'R-03', 'acceptée', 'mai 2025'],
           ['C-04', 'Suivi des cotisations', 'moyenne', 'R-04', 'acceptée', 'juin 2025'],
           ['C-05', 'Conventions de partenariat', 'moyenne', 'R-05', 'acceptée', 'sept. 2025'],
           ['C-06', 'Filiation méthodologique du parcours', 'faible', 'R-06', 'acceptée', 'oct. 2025'],
           ['C-07', 'Chiffres cités auprès des élus', 'élevée', 'R-07', 'acceptée', 'immédiate'],
           ['C-08', 'Usage de l’enquête 2024 auprès des maires', 'élevée', 'R-08', 'partielle', 'mai 2025'],
           ['C-09', 'Argumentaire « jouer collectif »', 'faible', 'R-09', 'acceptée', 'réalisée'],
           ['C-10', 'Partenariats avec les fondations', 'moyenne', 'R-10', 'acceptée', 'oct. 2025'],
           ['C-11', 'Traçabilité de la base documentaire', 'moyenne', 'R-11', 'acceptée', 'printemps 2025']]
    mat = [[P(x, cellh if i == 0 else cell) for x in r] for i, r in enumerate(mat)]
    tm = Table(mat, colWidths=[1.3 * cm, 6.6 * cm, 2.0 * cm, 1.5 * cm, 2.2 * cm, 2.0 * cm], repeatRows=1)
    tm.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), green),
                            ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, pale]),
                            ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#b8c9bc')),
                            ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    story += [tm, Spacer(1, 12), P('3.4 Barème de criticité utilisé', h1), Spacer(1, 5),
              P('La criticité combine la probabilité que le défaut se reproduise et la gravité de ses '
                'conséquences pour la crédibilité du réseau. Une criticité élevée appelle une mesure '
                'corrective immédiate ; une criticité moyenne, une mesure dans les six mois ; une '
                'criticité faible, une simple vigilance lors de la revue annuelle.', body), Spacer(1, 5)]
    bar = [['Niveau', 'Définition', 'Délai de traitement attendu'],
           ['Élevée', 'Risque de diffuser un chiffre faux ou non sourcé à un financeur ou à un élu', 'immédiat'],
           ['Moyenne', 'Défaut de procédure sans conséquence externe constatée à ce jour', 'six mois'],
           ['Faible', 'Amélioration souhaitable, sans risque identifié', 'revue annuelle']]
    bar = [[P(x, cellh if i == 0 else cell) for x in r] for i, r in enumerate(bar)]
    tb = Table(bar, colWidths=[2.2 * cm, 10.0 * cm, 3.4 * cm])
    tb.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), green),
                            ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#b8c9bc')),
                            ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    story += [tb, Spacer(1, 14),
              P('Fait à Dijon, le 31 mars 2025, pour Lignes Claires Audit & Conseil : Mathilde Sauvageot, '
                'associée responsable de la mission, et Antoine Perrin, auditeur.', body)]
    build(os.path.join(out, 'obs-s75-02-rapport-audit.pdf'), story, [tpl], A4,
          'Audit du programme Alliances en territoire — chapitre 3')


# ---------------------------------------------------------------------------------------------
# Document 3 : compte rendu de webinaire, fil du chat dessine en colonne laterale
# ---------------------------------------------------------------------------------------------

CHAT = {
    1: [
        ('Q1 · participante, mairie (Calvados)', 'Combien de cibles compte exactement l’ODD 17 ? On '
         'entend dix-sept, dix-neuf…', 'Réponse en séance : 19 cibles, détaillées dans la note de '
         'décryptage du Comité 21 parue le 5 juillet.'),
        ('Q2 · participant, club d’entreprises', 'Où peut-on récupérer les outils présentés ?',
         'Réponse : sur la plateforme www.odd17.org, rubrique « outils ».'),
        ('Q3 · participante, fédération sportive', 'Le rapport Normandie est-il déjà en ligne ?',
         'Réponse : oui, il est paru le jour même, 26 novembre ; c’est le 11e rapport régional.'),
        ('Q3 bis · participant, chambre consulaire', 'Le dossier de JURIS Associations est-il en accès '
         'libre ?', 'Réponse : non, il est réservé aux abonnés de la revue (numéro 628).'),
    ],
    2: [
        ('Q4 · participant, association d’insertion', 'Les notes sur 10, ce sont des notes de quoi '
         'exactement ?', 'Réponse : l’importance accordée par les Français à chaque enjeu de leur '
         'territoire, sur une échelle de 0 à 10.'),
        ('Q5 · participante, département', 'Quelle est la taille de l’échantillon PHARE-Citoyens ?',
         'Réponse : plus de 2 000 personnes interrogées.'),
        ('Q6 · participant, fondation d’entreprise', 'Le sigle M.E.D.O.C. sera-t-il repris dans les '
         'supports ?', 'Réponse : oui, la diapositive 14 le détaille lettre par lettre.'),
        ('Q6 bis · participante, bailleur social', 'Les 10 territoires pilotes sont-ils listés '
         'quelque part ?', 'Réponse : la liste sera jointe à l’envoi du compte rendu.'),
    ],
    3: [
        ('Q7 · participante, CCAS', 'Y a-t-il un replay ?', 'Réponse : l’enregistrement est envoyé '
         'aux inscrits avec ce compte rendu.'),
        ('Q8 · participant, université', 'Peut-on citer les 81 % dans un mémoire ?', 'Réponse : oui, '
         'en mentionnant la source et l’année de l’étude.'),
        ('Q9 · participante, agglomération', 'Le prochain webinaire portera-t-il sur les '
         'fondations ?', 'Question restée sans réponse en séance ; transmise à l’équipe.'),
        ('Q10 · participant, communauté de communes', 'Comment devient-on territoire témoin pour une '
         'prochaine séance ?', 'Réponse : en écrivant au secrétariat du cycle, qui tient une liste '
         'd’attente.'),
        ('Q11 · participante, entreprise de l’ESS', 'Les diapositives seront-elles envoyées en PDF ?',
         'Réponse : oui, avec le compte rendu et l’enregistrement.'),
    ],
}


def doc3(out):
    W, H = A4
    plum = colors.HexColor('#5b2a6e')
    pale = colors.HexColor('#f3edf6')
    side_x = W - 1.5 * cm - 5.4 * cm
    side_w = 5.4 * cm
    qst = S('q1', fontName='DVC-B', fontSize=7.2, leading=8.8, alignment=TA_LEFT, textColor=plum)
    qtx = S('q2', fontName='DVC', fontSize=7.6, leading=9.4, alignment=TA_LEFT)
    qre = S('q3', fontName='DVC-I', fontSize=7.4, leading=9.2, alignment=TA_LEFT,
            textColor=colors.HexColor('#333333'))

    def page(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFont('DV-B', 8.4)
        c.setFillColor(plum)
        c.drawString(1.5 * cm, H - 1.3 * cm, 'CYCLE « L’ODD 17 EN PRATIQUE »')
        c.setFont('DV', 7.6)
        c.setFillColor(colors.HexColor('#444444'))
        c.drawRightString(W - 1.5 * cm, H - 1.3 * cm, 'Cahier des webinaires · compte rendu de la '
                          '5e séance')
        c.setStrokeColor(plum)
        c.setLineWidth(0.8)
        c.line(1.5 * cm, H - 1.5 * cm, W - 1.5 * cm, H - 1.5 * cm)
        # colonne du chat
        top = H - 2.0 * cm
        bottom = 1.9 * cm
        c.setFillColor(pale)
        c.rect(side_x, bottom, side_w, top - bottom, fill=1, stroke=0)
        c.setFillColor(plum)
        c.setFont('DV-B', 8)
        c.drawString(side_x + 0.3 * cm, top - 0.55 * cm, 'FIL DU CHAT (extraits)')
        y = top - 0.9 * cm
        for who, txt, rep in CHAT.get(n, []):
            for para, sty in ((who, qst), (txt, qtx), (rep, qre)):
                p = Paragraph(fr(para), sty)
                _, h = p.wrap(side_w - 0.6 * cm, 1000)
                y -= h
                p.drawOn(c, side_x + 0.3 * cm, y)
                y -= 2
            y -= 8
            c.setStrokeColor(colors.HexColor('#c9b3d3'))
            c.setLineWidth(0.4)
            c.line(side_x + 0.3 * cm, y + 4, side_x + side_w - 0.3 * cm, y + 4)
        # pied
        c.setFont('DV', 6.8)
        c.setFillColor(colors.HexColor('#444444'))
        c.drawString(1.5 * cm, 1.2 * cm, 'Compte rendu rédigé par le secrétariat du cycle à partir '
                     'des notes de séance. Document fictif établi pour un corpus d’évaluation.')
        c.drawString(1.5 * cm, 0.88 * cm, 'Les questions du chat sont anonymisées ; seules la '
                     'fonction et le type de structure sont indiqués.')
        c.setFont('DV-B', 9)
        c.setFillColor(plum)
        c.drawRightString(W - 1.5 * cm, 1.0 * cm, '— ' + str(6 + n) + ' —')
        c.restoreState()

    main_w = side_x - 1.5 * cm - 0.5 * cm
    frame = Frame(1.5 * cm, 1.9 * cm, main_w, H - 3.9 * cm, id='m', leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    tpl = PageTemplate('p', [frame], onPage=page)
    title = S('t', fontName='DVS-B', fontSize=14, leading=18, alignment=TA_LEFT, textColor=plum)
    meta = S('m', fontName='DV-I', fontSize=8.2, leading=11, alignment=TA_LEFT)
    h2 = S('h2', fontName='DV-B', fontSize=9.6, leading=13, alignment=TA_LEFT, textColor=plum,
           spaceBefore=6, spaceAfter=3)
    body = S('b', fontName='DVS', fontSize=8.8, leading=12.2, spaceAfter=3)
    cell = S('c', fontName='DVC', fontSize=7.6, leading=9.4, alignment=TA_LEFT)
    cellh = S('ch', fontName='DVC-B', fontSize=7.6, leading=9.4, alignment=TA_LEFT, textColor=colors.white)

    story = [P('5e webinaire « l’ODD 17 en pratique » — compte rendu de la séance du 26 novembre', title),
             Spacer(1, 4),
             P('Séance en ligne · 212 inscrits, 164 connectés au plus fort de la séance · animation : '
               'secrétariat du cycle · intervenants : équipe du RAMEAU et deux témoins de territoire', meta),
             Spacer(1, 6),
             P('1. Ouverture et calendrier de la semaine', h2),
             P('La séance s’est ouverte sur un rappel du calendrier chargé de ce mois de novembre, que '
               'l’animatrice a qualifié de « semaine des territoires ». Le 15 novembre, la revue JURIS '
               'Associations a publié dans son numéro 628 un dossier consacré aux alliances ; le 23 '
               'novembre s’est tenu le troisième dîner « Elus & Entreprises », qui réunissait des maires '
               'et des chefs d’entreprise autour des coopérations locales. Le jour même du webinaire, '
               'enfin, paraissait le 11e rapport régional de l’Observatoire, consacré à la Normandie, ce '
               'qui explique la présence nombreuse de participants normands dans le chat. L’animatrice '
               'a précisé que ce webinaire était le cinquième du cycle et que les quatre précédents '
               'restaient disponibles sur demande auprès du secrétariat.', body),
             P('2. Ce que recouvre l’ODD 17', h2),
             P('La première intervention a rappelé que l’objectif de développement durable n°17, '
               'consacré aux partenariats, se décline en 19 cibles, ce qui en fait l’un des objectifs '
               'les plus transversaux de l’Agenda 2030. Pour entrer dans le sujet sans se perdre, '
               'l’intervenante a recommandé la lecture de la note publiée par le Comité 21 sous le '
               'titre « ODD 17 : Sens, décryptages, déclinaisons », rendue publique le 5 juillet ; '
               'elle y voit la meilleure porte d’entrée pour des élus ou des responsables associatifs '
               'qui découvrent la notion. Plusieurs participants ont fait remarquer dans le chat que la '
               'confusion entre le nombre de cibles et le numéro de l’objectif revenait souvent dans '
               'leurs propres réunions.', body),
             P('3. La méthode M.E.D.O.C.', h2),
             P('La deuxième partie a présenté la démarche proposée sur la plateforme www.odd17.org. '
               'Elle s’articule autour de cinq ressources que résume l’acronyme M.E.D.O.C. : des '
               'Méthodes, des Exemples, des Données, des Outils et des Compétences. L’idée, selon '
               'l’intervenant, est qu’un territoire n’a pas besoin de tout réinventer : il peut '
               's’inspirer d’exemples déjà documentés, s’appuyer sur des données existantes et ne '
               'développer localement que les compétences qui lui manquent. Un témoin de territoire '
               'a illustré ce principe par l’exemple d’une communauté de communes qui a commencé par '
               'la lettre « D », en rassemblant les données disponibles avant de réunir ses '
               'partenaires, puis a découvert que la moitié des outils nécessaires existaient déjà '
               'dans sa région sous d’autres noms.', body),
             P('4. Expérimenter sur les territoires', h2),
             P('Interrogé sur l’origine de ces méthodes, l’intervenant a évoqué l’expérimentation '
               'conduite avec le CGET et 10 territoires pilotes, qui a servi de banc d’essai pour '
               'plusieurs des outils aujourd’hui en ligne. Il a insisté sur le fait que les territoires '
               'pilotes n’avaient pas été choisis pour leur avance, mais pour la diversité de leurs '
               'situations : zones rurales, quartiers prioritaires, territoires industriels en '
               'reconversion. L’un des enseignements majeurs de cette période est que la coopération '
               'ne démarre réellement qu’une fois qu’une personne est explicitement chargée de la faire '
               'vivre, ce que le RAMEAU appelle ailleurs un rôle de catalyseur.', body),
             P('5. Ce que disent les Français de leur territoire', h2),
             P('La troisième intervention est revenue sur les résultats de l’étude PHARE-Citoyens, '
               'conduite auprès de plus de 2 000 personnes. Invités à noter sur 10 l’importance des '
               'enjeux de leur territoire, les Français placent l’emploi en tête avec 7,1 sur 10, devant '
               'le pouvoir d’achat et la sécurité, qui obtiennent chacun 6,6, puis le développement '
               'économique à 6,5 ; l’environnement et l’exclusion ferment la marche avec 6,3. '
               'Interrogés ensuite sur les domaines où les partenariats entre acteurs auraient un '
               'impact fort, ils citent d’abord l’emploi (49 %), puis le développement économique '
               '(46 %), l’environnement (42 %) et, à égalité, la précarité et l’éducation, avec 36 % '
               'chacune. L’intervenante a souligné que l’ordre des priorités et l’ordre des attentes '
               'vis-à-vis des partenariats coïncident presque parfaitement, ce qui n’allait pas de soi.',
               body),
             P('6. Deux témoins de territoire', h2),
             P('Deux témoignages ont ensuite illustré ces chiffres. La cheffe de projet de la communauté '
               'de communes Cœur de Bocage, dans l’Orne, a raconté comment une table ronde sur la '
               'mobilité des apprentis, lancée avec quatre entreprises et deux associations, a abouti en '
               'trois ans à un service de covoiturage solidaire qui fédère aujourd’hui 14 partenaires. '
               'Elle a insisté sur la lenteur des débuts : il a fallu près d’un an pour que les entreprises '
               'acceptent de partager leurs horaires d’équipe, condition indispensable pour organiser '
               'les trajets. Le second témoin, dirigeant d’une menuiserie de 35 salariés installée près '
               'de Lisieux, a expliqué que son entreprise consacre environ 120 heures par an à du mécénat '
               'de compétences auprès d’une association d’insertion, et que cette coopération lui a '
               'permis de recruter deux personnes issues du chantier d’insertion voisin. Tous deux ont '
               'souligné que la confiance s’était construite sur des réalisations concrètes plutôt que '
               'sur des conventions.', body),
             P('7. Un devoir, un besoin, une envie', h2),
             P('Pour conclure la partie consacrée aux chiffres, l’équipe a présenté trois résultats '
               'qu’elle résume par une formule : pour les Français, l’alliance est un devoir ; pour les '
               'maires, un besoin ; pour les dirigeants d’entreprise, une envie. Concrètement, 81 % des '
               'Français parlent d’un « devoir d’alliance », 92 % des maires expriment un « besoin '
               'd’alliance » et 84 % des dirigeants d’entreprise une « envie d’alliance ». Plusieurs '
               'participants ont demandé dans le chat s’il était possible de citer ces pourcentages ; '
               'la réponse a été positive, à condition d’indiquer la source et l’année de chaque '
               'étude, comme pour tout chiffre d’enquête.', body),
             P('8. Le programme IMPACT et ses partenaires', h2),
             P('Une dernière séquence, plus courte, a replacé ces travaux dans le programme IMPACT, '
               'mené avec la Caisse des Dépôts, l’Institut CDC pour la Recherche, le Groupe La Poste '
               'et la Fondation TOTAL aux côtés du RAMEAU. Le programme s’organise autour de trois axes : '
               'l’innovation sociétale et territoriale, la performance des organisations et la '
               'confiance. Pour l’intervenant, ce troisième axe est le plus difficile à mesurer, '
               'mais aussi celui sur lequel les élus attendent le plus de preuves. Un participant a '
               'demandé si des résultats par département existaient ; il lui a été répondu que les '
               'rapports régionaux restaient pour l’instant la maille la plus fine disponible.', body),
             P('9. Clôture et suites', h2),
             P('L’animatrice a remercié les intervenants et les 164 participants présents en fin de '
               'séance, rappelé que le compte rendu et l’enregistrement seraient adressés à tous les '
               'inscrits, et annoncé que le thème du sixième webinaire serait communiqué par courriel. '
               'Les questions du chat restées sans réponse ont été transmises à l’équipe, qui s’est '
               'engagée à y répondre par écrit dans le prochain numéro de la lettre du cycle.', body),
             P('Trois engagements ont été pris en fin de séance : joindre au compte rendu la liste des '
               'territoires pilotes évoqués dans la quatrième partie ; mettre en ligne les diapositives '
               'sur la page du cycle ; enfin, consacrer l’une des prochaines séances aux fondations, '
               'sujet demandé à plusieurs reprises dans le chat. Le secrétariat rappelle que les '
               'comptes rendus du cycle sont validés par les intervenants avant diffusion et que les '
               'chiffres cités restent la propriété de leurs auteurs.', body),
             Spacer(1, 6), P('Annexe A — Ressources citées pendant la séance', h2)]
    res = [['Ressource', 'Éditeur ou support', 'Date indiquée'],
           ['Note « ODD 17 : Sens, décryptages, déclinaisons »', 'Comité 21', '5 juillet'],
           ['Plateforme de la démarche M.E.D.O.C.', 'www.odd17.org', 'en ligne'],
           ['Dossier consacré aux alliances', 'JURIS Associations, n°' + NB + '628', '15 novembre'],
           ['11e rapport régional de l’Observatoire (Normandie)', 'Observatoire des partenariats',
            '26 novembre'],
           ['Résultats PHARE-Citoyens', 'Observatoire des partenariats', 'étude PHARE']]
    res = [[P(x, cellh if i == 0 else cell) for x in r] for i, r in enumerate(res)]
    tr_ = Table(res, colWidths=[5.6 * cm, 4.3 * cm, 2.3 * cm])
    tr_.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), plum),
                             ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#c9b3d3')),
                             ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, pale]),
                             ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    story += [tr_, Spacer(1, 8), P('Annexe B — Le chat en quelques chiffres', h2),
              P('Le fil de discussion a recueilli 58 messages, dont 23 questions adressées aux '
                'intervenants ; 17 ont reçu une réponse orale pendant la séance et 6 ont été transmises à '
                'l’équipe pour une réponse écrite. Les extraits reproduits dans la colonne de droite ont '
                'été choisis pour leur représentativité, et non pour leur ordre d’arrivée. Les thèmes '
                'les plus fréquents se répartissent comme suit.', body), Spacer(1, 4)]
    th_ = [['Thème des questions', 'Nombre', 'Part'],
           ['Chiffres et sources (citation, échantillons)', '8', '35 %'],
           ['Outils et ressources en ligne', '6', '26 %'],
           ['Organisation du cycle (replay, diapositives, prochaines séances)', '5', '22 %'],
           ['Expériences de territoire', '4', '17 %'],
           ['Total', '23', '100 %']]
    th_ = [[P(x, cellh if i == 0 else cell) for x in r] for i, r in enumerate(th_)]
    tt_ = Table(th_, colWidths=[8.2 * cm, 1.8 * cm, 2.2 * cm])
    tt_.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), plum),
                             ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#c9b3d3')),
                             ('BACKGROUND', (0, -1), (-1, -1), pale)]))
    story += [tt_, Spacer(1, 8),
              P('Prochaine étape : le compte rendu, l’enregistrement et les diapositives sont adressés '
                'aux 212 inscrits ; les réponses écrites aux six questions en attente paraîtront dans la '
                'lettre du cycle.', body)]
    build(os.path.join(out, 'obs-s75-03-webinaire-odd17.pdf'), story, [tpl], A4,
          'Compte rendu — 5e webinaire l’ODD 17 en pratique')


# ---------------------------------------------------------------------------------------------
# Document 4 : carnet de bord date (A5, dates en marge, notes encadrees)
# ---------------------------------------------------------------------------------------------

def doc4(out):
    W, H = A5
    ink = colors.HexColor('#243b6b')
    paper = colors.HexColor('#fbf8ef')
    rule = colors.HexColor('#d9e3f0')
    marg = 2.35 * cm

    def page(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(paper)
        c.rect(0, 0, W, H, fill=1, stroke=0)
        c.setStrokeColor(rule)
        c.setLineWidth(0.3)
        y = H - 2.2 * cm
        while y > 1.4 * cm:
            c.line(0.8 * cm, y, W - 0.8 * cm, y)
            y -= 0.62 * cm
        c.setStrokeColor(colors.HexColor('#e3a1a1'))
        c.setLineWidth(0.7)
        c.line(1.0 * cm + marg, 1.2 * cm, 1.0 * cm + marg, H - 1.2 * cm)
        c.setFillColor(ink)
        c.setFont('DVS-I', 7.4)
        c.drawString(1.0 * cm, H - 1.0 * cm, 'Carnet n°' + NB + '3 · Léa Fontanel · Rives Solidaires '
                     '(Saint-Maur) · sept. 2021 → juin 2022')
        c.setFont('DVS-BI', 9)
        c.drawRightString(W - 1.0 * cm, 0.75 * cm, 'f°' + NB + str(11 + n))
        c.setFont('DVS-I', 6.4)
        c.drawString(1.0 * cm, 0.75 * cm, 'Notes personnelles, retranscrites et relues. '
                     'Association fictive.')
        c.restoreState()

    frame = Frame(1.0 * cm, 1.2 * cm, W - 2.0 * cm, H - 2.7 * cm, id='f', leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    tpl = PageTemplate('p', [frame], onPage=page)
    date = S('d', fontName='DVS-BI', fontSize=7.8, leading=9.6, alignment=TA_LEFT, textColor=ink)
    body = S('b', fontName='DVS', fontSize=7.9, leading=10.6, textColor=colors.HexColor('#1b1b1b'))
    note = S('n', fontName='DVC-I', fontSize=7.3, leading=9.4, alignment=TA_LEFT, textColor=ink)

    def entry(d, paras, box=None):
        right = []
        for i, ptxt in enumerate(paras):
            if i:
                right.append(Spacer(1, 3))
            right.append(P(ptxt, body))
        if box:
            bt = Table([[P(box, note)]], colWidths=[W - 2.0 * cm - marg - 0.9 * cm])
            bt.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, ink),
                                    ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#fff6c9')),
                                    ('LEFTPADDING', (0, 0), (-1, -1), 5)]))
            right += [Spacer(1, 4), bt]
        t = Table([[P(d, date), right]], colWidths=[marg, W - 2.0 * cm - marg])
        t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                               ('LEFTPADDING', (0, 0), (0, 0), 0), ('RIGHTPADDING', (0, 0), (0, 0), 4),
                               ('LEFTPADDING', (1, 0), (1, 0), 8), ('BOTTOMPADDING', (0, 0), (-1, -1), 6)]))
        return t

    story = [
        entry('lundi<br/>6 sept. 2021', [
            'Première réunion du groupe de travail sur la future charte. La Fondation des Territoires, '
            'encore en préfiguration, pilote l’exercice : trois mois de co-construction sont prévus, '
            'avec un texte stabilisé pour la fin novembre. On nous rappelle que la préfiguration a '
            'commencé en juillet 2018 et qu’elle suit un calendrier en trois étapes (juillet 2018 à '
            'juillet 2019, puis août 2019 à novembre 2020, et enfin décembre 2020 à mai 2022). Nous '
            'sommes donc dans la troisième étape. Une vingtaine de structures autour de la table, '
            'dont quatre associations du Val-de-Marne.'],
            box='NB — demander à Karim la liste exacte des structures présentes ; je n’ai noté que '
                'les prénoms.'),
        entry('mardi<br/>14 sept. 2021', [
            'Relu ce soir, pour préparer l’atelier, l’étude ARPEA Entreprises & Territoires de janvier '
            '2011 retrouvée dans les archives de l’association. Elle commence par une phrase qui '
            'm’étonne : l’Observatoire national des partenariats associations / entreprises y est '
            'présenté comme « créé en 2007 », alors que tous les documents récents que j’ai sous la '
            'main parlent d’une autre année. À vérifier avant de citer quoi que ce soit. Côté chiffres, '
            'l’étude indiquait qu’à l’époque 21 % des entreprises développaient des partenariats avec '
            'des associations, que 33 % souhaitaient le faire et que 46 % ne le souhaitaient pas. '
            'Près de la moitié des entreprises fermées à l’idée, il y a dix ans : voilà un bon point '
            'de départ pour mesurer le chemin parcouru.']),
        entry('jeudi<br/>23 sept. 2021', [
            'Suite des lectures. Le rapport quinquennal de l’Observatoire, publié le 11 décembre '
            '2012, développe ARPEA en « Analyse des Relations et des Partenariats entre Entreprises '
            'et Associations » et annonce un programme découpé en 10 volets. J’avais noté une autre '
            'formulation dans une plaquette plus récente : il faudra choisir une seule version pour '
            'notre glossaire et signaler les autres en note.']),
        entry('mardi<br/>5 oct. 2021', [
            'Atelier n°' + NB + '2 à Saint-Maurice. L’animateur retrace l’histoire qui mène à la charte. '
            'En 2019, à l’occasion du FNAF, Gabriel Attal a confié une mission à Cathy Racon-Bouzon, '
            'députée, et à Charles-Benoît Heidsieck, président-fondateur du RAMEAU. Leur rapport a été '
            'remis le 7 mai 2020, et un bilan a été présenté le 17 octobre 2020. Dans la foulée, une '
            '« feuille de route » ministérielle de 21 mesures a été arrêtée, et Cathy Racon-Bouzon '
            'porte une proposition de loi visant à reconnaître un droit de l’alliance d’intérêt '
            'général.'],
            box='Idée pour notre AG : une frise 2019 → 2021, de la mission à la charte.'),
        entry('mardi<br/>19 oct. 2021', [
            'Débat vif sur le mot « contrat ». Plusieurs participants craignent une charte trop '
            'juridique ; la formule retenue sera celle d’un « contrat de confiance » entre les '
            'signataires, sans valeur contraignante. L’animateur insiste : la charte doit pouvoir '
            'être signée aussi bien par une association de quartier sans salarié que par une grande '
            'entreprise ou une intercommunalité.']),
        entry('jeudi<br/>4 nov. 2021', [
            'Dernier atelier de rédaction. Nous apprenons que le texte sera dévoilé le 30 novembre '
            '2021, jour du Giving Tuesday, à Saint-Maurice, sur le territoire de Paris-Est Marne & Bois, '
            'lors d’une soirée organisée par VitaWin. Le choix du lieu n’est pas un hasard : Paris-Est '
            'Marne & Bois faisait partie des trois territoires pilotes de la démarche « Agir ensemble '
            'en Territoire », lancée dix ans plus tôt.']),
        entry('mardi<br/>16 nov. 2021', [
            'Bureau de l’association. Je présente le projet de charte ; vote à l’unanimité pour que '
            'Rives Solidaires signe dès la soirée de lancement. La trésorière demande si la signature '
            'engage des dépenses : non, aucune cotisation n’est prévue. Je rappelle au passage que la '
            'démarche « Agir ensemble en Territoire », dont la charte est l’héritière, avait été '
            'initiée en 2010, après l’étude ARPEA-Collectivités locales, avec trois territoires '
            'pilotes : l’Alsace, le Poitou-Charentes et Paris-Est Marne & Bois.']),
        entry('mardi<br/>30 nov. 2021', [
            'Soirée de lancement de la Charte du faire alliance. Salle comble, beaucoup d’élus du '
            'territoire. Lecture à plusieurs voix du préambule, puis premières signatures sur scène. '
            'J’ai signé pour Rives Solidaires, après validation par le bureau la semaine dernière. '
            'Retour en RER avec deux collègues d’une association de Champigny : nous nous promettons '
            'de monter un atelier commun au printemps pour faire connaître le texte.'],
            box='Penser à envoyer la photo de la signature à la présidente pour la lettre '
                'd’information de décembre.'),
        entry('jeudi<br/>2 déc. 2021', [
            'Bilan à froid avec le bureau. La charte est courte et lisible ; son principal intérêt, '
            'pour une structure comme la nôtre, est de donner un cadre commun à des partenariats qui '
            'reposaient jusqu’ici sur la seule confiance entre personnes. Décision : présenter la '
            'charte à l’assemblée générale de mars et proposer à nos trois partenaires privés de la '
            'signer avec nous.']),
        entry('jeudi<br/>20 janv. 2022', [
            'Préparation de l’AG. Pour la partie « contexte », je reprends les résultats ARPEA côté '
            'citoyens : 86 % des Français jugeaient urgent de créer des partenariats en 2008, et '
            'encore 84 % en 2012. Une autre source de la même période indique que près de 46 % des '
            'associations étaient alors engagées avec une entreprise. Je mets ces chiffres en regard '
            'de ceux de 2011 sur les entreprises (21 % seulement avaient des partenariats) : le '
            'décalage entre l’attente des citoyens et la pratique des entreprises est frappant.'],
            box='Vérifier si l’étude de 2012 porte sur le même échantillon que celle de 2008.'),
        entry('samedi<br/>19 mars 2022', [
            'Assemblée générale à la salle des fêtes. La charte est présentée en quinze minutes, '
            'suivie d’un échange nourri. Deux de nos trois partenaires privés (la boulangerie '
            'coopérative et l’agence d’intérim du quartier) annoncent qu’ils la signeront ; le '
            'troisième attend l’avis de son siège. Les adhérents votent une motion de soutien à '
            'l’unanimité moins deux abstentions.']),
        entry('mardi<br/>14 juin 2022', [
            'Grande nouvelle reçue par courriel : la Fondation des Territoires est officiellement '
            'créée ce jour, sous l’égide de la Fondation de Lille. Elle réunit 21 co-fondateurs et '
            's’est donné trois missions. La préfiguration lancée en juillet 2018 aura donc duré près '
            'de quatre ans. Je recopie le message dans le classeur « charte » pour l’AG de l’an '
            'prochain.'],
            box='À faire : mettre à jour la fiche « partenaires » du site et prévenir Karim.'),
    ]
    build(os.path.join(out, 'obs-s75-04-carnet-de-bord.pdf'), story, [tpl], A5,
          'Carnet de bord — co-construction de la Charte du faire alliance')


# ---------------------------------------------------------------------------------------------
# Document 5 : etat des subventions versees (report / a reporter d'une page a l'autre)
# ---------------------------------------------------------------------------------------------

GRANTS_P1 = [
    ('2023-01', 'Jardins partagés du Véron', 'Potager solidaire avec deux maraîchers', '14/02/2023',
     18000, 12000),
    ('2023-02', 'Chinon Coopère', 'Plateforme locale de mécénat de compétences', '14/02/2023',
     25000, 25000),
    ('2023-03', 'Amboise Mobilités Partagées', 'Transport à la demande pour l’emploi', '14/02/2023',
     30000, 15000),
    ('2023-04', 'Les Ateliers du Cher', 'Chantier d’insertion bois et réemploi', '11/04/2023',
     22500, 22500),
    ('2023-05', 'Loches Numérique Solidaire', 'Médiation numérique en milieu rural', '11/04/2023',
     12000, 6000),
    ('2023-06', 'Réseau des épiceries solidaires 37', 'Approvisionnement auprès de producteurs locaux',
     '11/04/2023', 40000, 20000),
    ('2023-07', 'Collectif Bléré Demain', 'Diagnostic partagé des besoins du bassin de vie',
     '13/06/2023', 8000, 8000),
]
GRANTS_P2 = [
    ('2023-08', 'Maison de l’emploi du Lochois', 'Club d’entreprises inclusives', '13/06/2023',
     35000, 17500),
    ('2023-09', 'Troupe des Quais', 'Théâtre d’intervention dans trois collèges', '19/09/2023',
     9500, 9500),
    ('2023-10', 'Sport Ensemble Touraine', 'Accès au sport des jeunes des quartiers prioritaires',
     '19/09/2023', 16000, 8000),
    ('2023-11', 'Terres de Loire Alimentation', 'Légumerie partagée entre cantines et entreprises',
     '19/09/2023', 45000, 15000),
    ('2023-12', 'Aidants Sud Touraine', 'Répit des aidants avec un réseau de pharmacies',
     '21/11/2023', 11000, 5500),
    ('2023-13', 'Repair Café Joué', 'Ateliers de réparation avec une enseigne locale', '21/11/2023',
     6000, 6000),
]


def eur(v):
    s = '{:,}'.format(v).replace(',', NB)
    return s + NB + '€'


def doc5(out):
    W, H = A4
    teal = colors.HexColor('#0f5e63')
    pale = colors.HexColor('#e6f1f1')

    def page(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(teal)
        c.setFont('DV-B', 10)
        c.drawString(1.5 * cm, H - 1.35 * cm, 'FONDATION VAL DE LOIRE SOLIDAIRE')
        c.setFont('DV', 7.4)
        c.setFillColor(colors.HexColor('#444444'))
        c.drawString(1.5 * cm, H - 1.75 * cm, 'Fondation abritée (fictive) · www.fvls-fondation.example')
        c.drawRightString(W - 1.5 * cm, H - 1.35 * cm, 'Rapport financier 2023 — annexe A')
        c.drawRightString(W - 1.5 * cm, H - 1.75 * cm, 'État arrêté au 31 décembre 2023, en euros')
        c.setStrokeColor(teal)
        c.line(1.5 * cm, H - 1.95 * cm, W - 1.5 * cm, H - 1.95 * cm)
        c.setFont('DV', 6.6)
        c.drawString(1.5 * cm, 1.15 * cm, 'Montants certifiés par le commissaire aux comptes de la '
                     'fondation abritante. Les bénéficiaires et montants de cet état sont fictifs.')
        c.drawString(1.5 * cm, 0.85 * cm, 'Conformément aux statuts, cet état est publié en annexe du '
                     'rapport financier et tenu à la disposition des donateurs.')
        c.setFont('DV-B', 9)
        c.setFillColor(teal)
        c.drawRightString(W - 1.5 * cm, 0.95 * cm, 'A-' + str(3 + n))
        c.restoreState()

    frame = Frame(1.5 * cm, 1.5 * cm, W - 3.0 * cm, H - 3.8 * cm, id='f', leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    tpl = PageTemplate('p', [frame], onPage=page)
    h1 = S('h1', fontName='DV-B', fontSize=12, leading=15, alignment=TA_LEFT, textColor=teal)
    body = S('b', fontSize=8.7, leading=11.9)
    cell = S('c', fontName='DVC', fontSize=7.4, leading=9.0, alignment=TA_LEFT)
    celln = S('cn', fontName='DVC', fontSize=7.4, leading=9.0, alignment=TA_RIGHT)
    cellb = S('cb', fontName='DVC-B', fontSize=7.4, leading=9.0, alignment=TA_LEFT)
    cellbn = S('cbn', fontName='DVC-B', fontSize=7.4, leading=9.0, alignment=TA_RIGHT)
    hd = S('hd', fontName='DVC-B', fontSize=7.2, leading=8.6, alignment=TA_CENTER, textColor=colors.white)
    foot = S('ft', fontName='DV-I', fontSize=7.2, leading=9.2, alignment=TA_LEFT)

    cw = [1.45 * cm, 3.9 * cm, 4.95 * cm, 2.1 * cm, 1.9 * cm, 1.8 * cm, 1.9 * cm]
    head = [P(x, hd) for x in ['N° dossier', 'Bénéficiaire', 'Objet du projet', 'Décision du comité',
                               'Montant accordé', 'Versé en 2023', 'Reste à verser']]

    def grant_rows(lst):
        rows = []
        for num, ben, obj, dt, acc, ver in lst:
            rows.append([P(num, cell), P(ben, cellb), P(obj, cell), P(dt, cell), P(eur(acc), celln),
                         P(eur(ver), celln), P(eur(acc - ver), celln)])
        return rows

    def sums(lst):
        a = sum(g[4] for g in lst)
        v = sum(g[5] for g in lst)
        return a, v, a - v

    a1, v1, r1 = sums(GRANTS_P1)
    a2, v2, r2 = sums(GRANTS_P2)

    def table(rows, special_idx):
        t = Table([head] + rows, colWidths=cw, repeatRows=1)
        st = [('BACKGROUND', (0, 0), (-1, 0), teal),
              ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#9bbcbd')),
              ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
              ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]
        for i in special_idx:
            st += [('BACKGROUND', (0, i), (-1, i), pale), ('SPAN', (0, i), (3, i))]
        t.setStyle(TableStyle(st))
        return t

    intro = [
        P('État des subventions versées en 2023 — programme « Catalyseurs d’alliances »', h1),
        Spacer(1, 5),
        P('Le programme « Catalyseurs d’alliances » a été ouvert par la Fondation Val de Loire Solidaire '
          'au début de l’année 2023 pour soutenir, en Indre-et-Loire, des projets portés conjointement par '
          'au moins une association et un partenaire économique ou public. Son règlement s’inspire '
          'ouvertement du Fonds ODD 17, que Le RAMEAU et la Fondation TotalEnergies ont créé ensemble en '
          '2020 : ce fonds national, doté de 1,5 M€, finance une expérimentation sur trois ans et s’est '
          'fixé pour horizon de faire émerger 350 « catalyseurs territoriaux », c’est-à-dire des '
          'personnes ou des structures capables d’animer localement la coopération entre acteurs. '
          'Notre fondation n’est pas partenaire de ce fonds ; elle en a seulement repris la logique, à '
          'une échelle départementale et avec des moyens plus modestes.', body),
        Spacer(1, 4),
        P('Le comité d’attribution s’est réuni à cinq reprises en 2023 (février, avril, juin, septembre '
          'et novembre) et a retenu 13 projets sur les 41 dossiers reçus. Les subventions sont versées '
          'en une ou deux tranches : la première à la signature de la convention, la seconde sur '
          'présentation d’un bilan intermédiaire. Le comité s’est également appuyé sur l’étude IMPACT '
          'Fondations & Territoires, publiée un 23 septembre à partir des réponses de 42 fondations, '
          'pour définir ses critères de sélection, en particulier l’ancrage local et la pluralité des '
          'partenaires. Le tableau ci-dessous se poursuit sur la page suivante ; les sous-totaux sont '
          'reportés d’une page à l’autre conformément à l’usage comptable.', body),
        Spacer(1, 8)]
    rows1 = grant_rows(GRANTS_P1)
    rows1.append([P('À reporter (dossiers 2023-01 à 2023-07)', cellb), '', '', '', P(eur(a1), cellbn),
                  P(eur(v1), cellbn), P(eur(r1), cellbn)])
    t1 = table(rows1, [len(rows1)])
    notes1 = [Spacer(1, 5),
              P('(a) Dossier 2023-03 : la seconde tranche est conditionnée à la signature de la '
                'convention avec la communauté de communes, attendue au premier trimestre 2024. '
                '(b) Dossier 2023-06 : porteur mutualisé regroupant neuf épiceries solidaires ; '
                'la subvention est la plus élevée accordée sur la première moitié de l’année.', foot)]

    rows2 = [[P('Report de la page précédente', cellb), '', '', '', P(eur(a1), cellbn), P(eur(v1), cellbn),
              P(eur(r1), cellbn)]]
    rows2 += grant_rows(GRANTS_P2)
    ta, tv, tr = a1 + a2, v1 + v2, r1 + r2
    rows2.append([P('Total général 2023 (13 dossiers)', cellb), '', '', '', P(eur(ta), cellbn),
                  P(eur(tv), cellbn), P(eur(tr), cellbn)])
    t2 = table(rows2, [1, len(rows2)])

    recap_txt = (
        'Au 31 décembre 2023, la fondation a donc engagé {acc} au titre du programme, dont {ver} '
        'effectivement versés dans l’année ; le reste à verser, soit {rest}, sera décaissé en 2024 au fur '
        'et à mesure de la réception des bilans intermédiaires. Le dossier le plus important est celui de '
        'Terres de Loire Alimentation (2023-11), avec 45 000 € accordés pour une légumerie partagée entre '
        'cantines scolaires et restaurants d’entreprise ; le plus modeste est celui du Repair Café Joué '
        '(2023-13), soldé dès la première tranche. Sept projets sur treize associent une entreprise, '
        'quatre une collectivité et deux un établissement scolaire ou universitaire, ce qui reflète la '
        'diversité des partenaires recherchée par le règlement.').format(acc=eur(ta), ver=eur(tv),
                                                                            rest=eur(tr))
    recap2 = ('Pour 2024, le conseil de gestion a reconduit l’enveloppe à l’identique et ajouté un '
              'critère d’évaluation : chaque projet devra désigner une personne chargée de faire vivre '
              'le partenariat, sur le modèle des catalyseurs territoriaux évoqués plus haut. Les '
              'dossiers seront reçus jusqu’au 15 mars 2024 pour le premier comité de l’année.')
    by = {}
    for g in GRANTS_P1 + GRANTS_P2:
        k = g[3][3:5]
        a, v, n_ = by.get(k, (0, 0, 0))
        by[k] = (a + g[4], v + g[5], n_ + 1)
    mois = {'02': 'Février 2023', '04': 'Avril 2023', '06': 'Juin 2023', '09': 'Septembre 2023',
            '11': 'Novembre 2023'}
    rc = [[P(x, hd) for x in ['Comité d’attribution', 'Dossiers retenus', 'Montant accordé',
                              'Versé en 2023']]]
    for k in sorted(by):
        a, v, n_ = by[k]
        rc.append([P(mois[k], cell), P(str(n_), celln), P(eur(a), celln), P(eur(v), celln)])
    trc = Table(rc, colWidths=[4.5 * cm, 3.0 * cm, 3.2 * cm, 3.2 * cm])
    trc.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), teal),
                             ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#9bbcbd')),
                             ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, pale])]))
    story = intro + [t1] + notes1 + [PageBreak(), t2, Spacer(1, 10), P(recap_txt, body), Spacer(1, 4),
                                      P(recap2, body), Spacer(1, 8),
                                      P('Récapitulatif par comité d’attribution', S('h3', fontName='DV-B',
                                        fontSize=9.2, leading=12, alignment=TA_LEFT, textColor=teal)),
                                      Spacer(1, 4), trc, Spacer(1, 10),
                                      P('Certifié exact par le trésorier de la fondation abritée, '
                                        'Bernard Lemoine, et par la responsable du programme, '
                                        'Claire Dufresne, le 29 février 2024.', foot)]
    build(os.path.join(out, 'obs-s75-05-subventions-versees.pdf'), story, [tpl], A4,
          'État des subventions versées 2023 — Catalyseurs d’alliances')
    return dict(a1=a1, v1=v1, r1=r1, a2=a2, v2=v2, ta=ta, tv=tv, tr=tr)


# ---------------------------------------------------------------------------------------------
# Document 6 : memo interne avec tableau de suivi d'actions
# ---------------------------------------------------------------------------------------------

def doc6(out):
    W, H = A4
    red = colors.HexColor('#8c2d19')
    pale = colors.HexColor('#f7ece8')

    def page(c, d):
        n = c.getPageNumber()
        c.saveState()
        c.setFont('DVM', 7.4)
        c.setFillColor(colors.HexColor('#555555'))
        c.drawString(1.8 * cm, H - 1.1 * cm, 'CCPL/DIR/MEMO-2025-014')
        c.drawRightString(W - 1.8 * cm, H - 1.1 * cm, 'INTERNE — NE PAS TRANSFÉRER')
        c.setFillColor(red)
        c.setFont('DV-B', 7.4)
        c.drawString(1.8 * cm, 1.1 * cm, 'Collectif Coopérer en Pays de la Loire')
        c.setFont('DV', 6.8)
        c.setFillColor(colors.HexColor('#555555'))
        c.drawString(1.8 * cm, 0.8 * cm, 'Association fictive · 4, place du Commerce, 44000 Nantes · '
                     'www.cooperer-pdl.example')
        c.setFont('DV-B', 8.5)
        c.drawRightString(W - 1.8 * cm, 0.95 * cm, 'feuillet ' + str(2 + n) + '/4')
        c.restoreState()

    frame = Frame(1.8 * cm, 1.8 * cm, W - 3.6 * cm, H - 3.5 * cm, id='f', leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    tpl = PageTemplate('p', [frame], onPage=page)
    big = S('big', fontName='DVS-B', fontSize=20, leading=24, alignment=TA_LEFT, textColor=red)
    lab = S('lab', fontName='DV-B', fontSize=8.4, leading=11, alignment=TA_LEFT)
    val = S('val', fontSize=8.4, leading=11, alignment=TA_LEFT)
    h2 = S('h2', fontName='DV-B', fontSize=9.6, leading=13, alignment=TA_LEFT, textColor=red,
           spaceBefore=6, spaceAfter=3)
    body = S('b', fontName='DVS', fontSize=8.8, leading=12.1, spaceAfter=4)
    cell = S('c', fontName='DVC', fontSize=7.5, leading=9.2, alignment=TA_LEFT)
    hd = S('hd', fontName='DVC-B', fontSize=7.5, leading=9.2, alignment=TA_LEFT, textColor=colors.white)

    headtab = Table([[P('De :', lab), P('Nadia Berthelot, directrice', val)],
                     [P('À :', lab), P('Équipe permanente ; copie au bureau (Y. Le Gall, président)', val)],
                     [P('Date :', lab), P('3 mars 2025', val)],
                     [P('Objet :', lab), P('Préparer la journée « Dix ans de données sur les alliances » '
                                           'du 12 juin 2025 — rappel des chiffres de référence et suivi des '
                                           'actions', val)]],
                    colWidths=[1.8 * cm, W - 3.6 * cm - 1.8 * cm])
    headtab.setStyle(TableStyle([('LINEBELOW', (0, -1), (-1, -1), 1.2, red), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                 ('BOTTOMPADDING', (0, 0), (-1, -1), 2)]))
    story = [P('MÉMO', big), Spacer(1, 4), headtab, Spacer(1, 8),
             P('1. Pourquoi ce mémo', h2),
             P('Le bureau a validé le principe d’une journée anniversaire le 12 juin 2025, et plusieurs '
               'd’entre vous m’ont demandé quels chiffres utiliser dans les supports. Pour éviter que '
               'chacun reprenne des pourcentages glanés sur internet, je vous propose ci-dessous une '
               'base commune, tirée des publications de l’Observatoire des partenariats, avec leurs '
               'dates. Ce mémo ne remplace pas la lecture des études elles-mêmes : en cas de doute sur '
               'un chiffre, c’est la publication d’origine qui fait foi, et non ce résumé rédigé un '
               'dimanche soir. Merci de me signaler toute erreur avant le 17 mars.', body),
             P('2. Le programme PHARE, volet par volet', h2),
             P('Le programme PHARE, que nos archives datent de 2013 à 2017, a produit ses résultats en '
               'six volets étalés sur un peu plus d’un an. Le volet Citoyens est sorti en septembre 2015, '
               'suivi du volet Entreprises en octobre 2015 et du volet Associations en novembre 2015 ; '
               'sont venus ensuite, en 2016, 13 rapports régionaux, puis des diagnostics sectoriels en '
               'juillet 2016, et enfin le volet Institutions à l’automne 2016. Ce dernier, publié '
               'précisément le 29 novembre 2016, distingue 5 profils de maires selon leur manière '
               'd’aborder la co-construction, ce qui nous sera très utile pour l’atelier réservé aux '
               'élus. PHARE-Institutions indique aussi que 87 % des maires voient dans les partenariats '
               'une source d’innovation.', body),
             P('Pour la table ronde d’ouverture, je retiens de PHARE-Citoyens, paru en septembre 2015, '
               'que 69 % des Français estiment qu’il existe un « devoir d’alliance » entre acteurs. Sur '
               'les notes d’importance attribuées aux enjeux du territoire, attention : deux '
               'présentations circulent. Celle que nous avons reprise en 2016, issue d’un article de '
               'presse, donne l’emploi à 7,1 sur 10 et la sécurité à 7 sur 10 ; d’autres supports '
               'indiquent une valeur différente pour la sécurité. Pour la journée, nous citerons la '
               'sécurité à 7/10 avec sa source, et nous signalerons l’écart si la question est posée.',
               body),
             P('3. Ce que l’on sait des associations', h2),
             P('L’étude Associations & Partenariats, publiée en mars 2017 avec Recherches & Solidarités '
               'à partir d’une enquête menée en mai et juin 2016 auprès de plus de 1 380 responsables, '
               'montre qu’une association compte en moyenne 2,5 partenaires. Les collectivités arrivent '
               'en tête (74 %), devant les autres associations et fondations (72 %), l’enseignement '
               '(47 %), les entreprises (28 %), les structures d’insertion (22 %) et la recherche (9 %). '
               'La taille compte beaucoup : la moitié des associations dont le budget dépasse 150 000 € '
               'ont un partenariat avec une entreprise, contre 20 % seulement de celles qui disposent de '
               'moins de 10 000 €. C’est un argument à garder pour l’atelier « petites associations ».',
               body),
             P('Plus récemment, l’étude IMPACT – Associations & Territoires, qui porte sur les 148 000 '
               'associations employeuses, indique que 98 % d’entre elles ont des partenariats. Leurs '
               'partenaires les plus fréquents sont les collectivités (89 %), les structures d’intérêt '
               'général (73 %) et les établissements scolaires (70 %) ; viennent ensuite les collectifs '
               'd’associations (56 %), les acteurs publics nationaux (52 %), les fédérations '
               'professionnelles (37 %) et les acteurs académiques (35 %). Ces partenariats se jouent '
               'd’abord à l’échelle locale (73 %) et, pour près de la moitié, à l’échelle régionale '
               '(47 %). Les motifs les plus cités sont le mécénat (75 %), l’innovation sociétale (73 %), '
               'les pratiques responsables (70 %) et la coopération économique (58 %).', body),
             P('4. Entreprises et pionniers', h2),
             P('Une note publiée le 29 février 2016 apporte trois repères complémentaires : 37 % des '
               'entreprises d’au moins 10 salariés ont noué un partenariat avec une association, de même '
               'que 38 % des associations, proportion qui atteint 53 % parmi les associations '
               'employeuses ; chez les structures qualifiées de pionnières, la proportion monte à 65 %. '
               'Ces chiffres sont anciens, mais ils permettent de mesurer l’évolution avec les études '
               'IMPACT citées plus haut.', body),
             P('5. La Charte du faire alliance', h2),
             P('Enfin, plusieurs d’entre vous souhaitent présenter la Charte du faire alliance lors de '
               'la journée. Le texte a été co-construit pendant trois mois sous le pilotage de la '
               'Fondation des Territoires. Selon la page que lui a consacrée le site associations.gouv.fr, '
               'il a été dévoilé le mardi 30 septembre, à l’occasion du Giving Tuesday, à '
               'Saint-Maurice ; je n’ai pas trouvé d’autre date dans nos dossiers, mais vérifiez avant '
               'impression. Nous inviterons une structure signataire du Val-de-Marne à témoigner.', body),
             CondPageBreak(9 * cm),
             P('6. Tableau de suivi des actions', h2),
             P('Le tableau ci-dessous sera mis à jour chaque lundi lors de la réunion d’équipe. Statuts : '
               '« fait », « en cours », « à lancer », « bloqué ». Les échéances sont impératives pour '
               'les actions A1 à A4, qui conditionnent l’impression des supports.', body),
             Spacer(1, 5)]
    acts = [['N°', 'Action', 'Pilote', 'Échéance', 'Statut', 'Commentaire'],
            ['A1', 'Vérifier et dater chaque chiffre du mémo', 'Samir Oukacha', '17 mars 2025', 'en cours',
             'Priorité : date de la charte et note « sécurité ».'],
            ['A2', 'Réserver la salle et la captation vidéo', 'Julie Rannou', '21 mars 2025', 'fait',
             'Salle de la Manufacture, 180 places.'],
            ['A3', 'Maquetter le livret des chiffres clés', 'Élodie Crenn', '4 avril 2025', 'à lancer',
             'Attend la validation de A1.'],
            ['A4', 'Inviter les intervenants de la table ronde', 'Nadia Berthelot', '28 mars 2025',
             'en cours', 'Deux confirmations sur quatre.'],
            ['A5', 'Recruter les témoins associatifs', 'Julie Rannou', '25 avril 2025', 'à lancer',
             'Cibler une association de moins de 10 000 € de budget.'],
            ['A6', 'Préparer l’atelier « élus » sur les 5 profils de maires', 'Samir Oukacha',
             '16 mai 2025', 'à lancer', 'S’appuyer sur PHARE-Institutions.'],
            ['A7', 'Ouvrir les inscriptions en ligne', 'Élodie Crenn', '7 avril 2025', 'bloqué',
             'Formulaire en attente du nouveau site.'],
            ['A8', 'Rédiger le communiqué de presse', 'Nadia Berthelot', '26 mai 2025', 'à lancer',
             'Relecture par le président.']]
    acts = [[P(x, hd if i == 0 else cell) for x in r] for i, r in enumerate(acts)]
    ta = Table(acts, colWidths=[0.9 * cm, 5.0 * cm, 2.6 * cm, 2.2 * cm, 1.6 * cm, 5.1 * cm], repeatRows=1)
    st = [('BACKGROUND', (0, 0), (-1, 0), red), ('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#c9a59b')),
          ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('ROWBACKGROUNDS', (0, 1), (-1, -1), [colors.white, pale])]
    ta.setStyle(TableStyle(st))
    story += [ta, Spacer(1, 10),
              P('7. Points de vigilance pour les supports', h2),
              P('Trois erreurs reviennent régulièrement dans nos documents et je souhaite qu’elles '
                'disparaissent des supports de la journée. La première consiste à présenter un chiffre '
                'sans son année : un pourcentage de 2015 n’a pas le même sens qu’un pourcentage de 2024, '
                'et le public le remarque. La deuxième est de mélanger des populations différentes '
                'dans une même phrase, par exemple les associations employeuses et l’ensemble des '
                'associations, alors que les proportions varient fortement de l’une à l’autre (38 % contre '
                '53 % dans la note de février 2016). La troisième, enfin, est de transformer une '
                'intention en pratique : qu’une majorité de personnes souhaite davantage de partenariats '
                'ne signifie pas qu’elles en ont déjà.', body),
              P('Pour les dates, la règle est simple : lorsque deux sources divergent, nous citons les '
                'deux et nous l’écrivons. C’est le cas pour la date de lancement de la Charte du faire '
                'alliance et pour la note attribuée à la sécurité dans PHARE-Citoyens ; Samir centralise '
                'ces cas dans l’action A1 et me transmettra une liste avant le 17 mars.', body),
              P('Je compte sur chacun pour tenir ces échéances. Les questions budgétaires seront traitées '
                'séparément avec le trésorier lors du bureau du 24 mars ; ce mémo ne les aborde pas.',
                body), Spacer(1, 10),
              P('Nadia Berthelot<br/>Directrice', S('sig', fontName='DVS-I', fontSize=9, leading=12,
                                                   alignment=TA_RIGHT))]
    build(os.path.join(out, 'obs-s75-06-memo-suivi-actions.pdf'), story, [tpl], A4,
          'Mémo interne — journée Dix ans de données sur les alliances')


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    doc1(out)
    doc2(out)
    doc3(out)
    doc4(out)
    info = doc5(out)
    doc6(out)
    print('subventions :', info)


if __name__ == '__main__':
    main()
