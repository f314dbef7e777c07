#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generateur deterministe des 6 PDF du jeu aveugle s74.

Usage : /work/main/.venv/bin/python make_docs.py [DOSSIER_SORTIE]
Ecrit obs-s74-01-... a obs-s74-06-... (polices DejaVu, rl_config.invariant = 1,
aucune date d'execution, aucun hasard). Les faits sur l'Observatoire viennent de
/work/shared/facts.md ; le contexte (reseau Alliances Loire-Ocean, Radio Confluences,
agglomeration Estuaire et Bocage, association Le Panier Partage...) est invente.
"""
import os
import re
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
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
FONTDIR = '/usr/share/fonts/truetype/dejavu'

for name, fn in [('DV', 'DejaVuSans.ttf'), ('DV-B', 'DejaVuSans-Bold.ttf'),
                 ('DV-I', 'DejaVuSans-Oblique.ttf'), ('DV-BI', 'DejaVuSans-BoldOblique.ttf'),
                 ('DVC', 'DejaVuSansCondensed.ttf'), ('DVC-B', 'DejaVuSansCondensed-Bold.ttf'),
                 ('DVC-I', 'DejaVuSansCondensed-Oblique.ttf'),
                 ('DVS', 'DejaVuSerif.ttf'), ('DVS-B', 'DejaVuSerif-Bold.ttf'),
                 ('DVS-I', 'DejaVuSerif-Italic.ttf'), ('DVS-BI', 'DejaVuSerif-BoldItalic.ttf'),
                 ('DVM', 'DejaVuSansMono.ttf'), ('DVM-B', 'DejaVuSansMono-Bold.ttf')]:
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONTDIR, fn)))
pdfmetrics.registerFontFamily('DV', normal='DV', bold='DV-B', italic='DV-I', boldItalic='DV-BI')
pdfmetrics.registerFontFamily('DVC', normal='DVC', bold='DVC-B', italic='DVC-I', boldItalic='DVC-B')
pdfmetrics.registerFontFamily('DVS', normal='DVS', bold='DVS-B', italic='DVS-I', boldItalic='DVS-BI')
pdfmetrics.registerFontFamily('DVM', normal='DVM', bold='DVM-B', italic='DVM', boldItalic='DVM-B')

NBSP = '\u00a0'
FAILED = []
NNBSP = '\u202f'


def fr(s):
    """Typographie francaise : espaces insecables dans les nombres et avant : ; ? ! % EUR ."""
    s = re.sub(r'(?<=\d) (?=\d{3}(?!\d))', NNBSP, s)
    s = re.sub(r' (?=[:;?!»%€])', NBSP, s)
    s = s.replace('« ', '«' + NBSP)
    s = re.sub(r'(?<=\d) (?=(M€|Md€|ans\b|mois\b|min\b))', NBSP, s)
    s = re.sub(r'(?<=\d) (?=(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|'
               r'décembre)\b)', NBSP, s)
    return s


def line(c, x, y, text, font, size, maxw, align='left'):
    """Ecrit une ligne d'en-tete ou de pied de page ; refuse tout debordement."""
    text = fr(text)
    w = pdfmetrics.stringWidth(text, font, size)
    if w > maxw:
        raise SystemExit('ligne trop longue (%.1f > %.1f) : %s' % (w, maxw, text))
    c.setFont(font, size)
    if align == 'right':
        c.drawRightString(x, y, text)
    else:
        c.drawString(x, y, text)


def P(text, style):
    return Paragraph(fr(text), style)


def S(name, **kw):
    base = dict(fontName='DV', fontSize=9.5, leading=12.5)
    base.update(kw)
    return ParagraphStyle(name, **base)


def meta(c, title, author, subject):
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator('Chaine editoriale s74 (reportlab)')


class Doc(BaseDocTemplate):
    def __init__(self, path, pagesize, frames, onpage, title, author, subject, expected):
        BaseDocTemplate.__init__(self, path, pagesize=pagesize, title=title, author=author,
                                 subject=subject, creator='Chaine editoriale s74 (reportlab)')
        self.addPageTemplates([PageTemplate(id='main', frames=frames, onPage=onpage)])
        self.expected = expected

    def finish(self, story):
        self.build(story)
        import pypdf
        n = len(pypdf.PdfReader(self.filename).pages)
        if n != self.expected:
            print('ATTENTION %s : %d pages au lieu de %d' % (self.filename, n, self.expected)); FAILED.append(self.filename)


class DotLeader(Flowable):
    """Ligne de sommaire : titre, points de conduite, numero de page."""

    def __init__(self, title, page, width, indent=0, font='DVS', size=10, bold=False):
        Flowable.__init__(self)
        self.title, self.page, self.w, self.indent = fr(title), page, width, indent
        self.font = font + ('-B' if bold else '')
        self.size = size
        self.height = size * 1.55

    def wrap(self, aw, ah):
        return self.w, self.height

    def draw(self):
        c = self.canv
        c.setFont(self.font, self.size)
        c.setFillColor(colors.HexColor('#1d2b3a'))
        x0 = self.indent
        c.drawString(x0, 3, self.title)
        tw = pdfmetrics.stringWidth(self.title, self.font, self.size)
        pw = pdfmetrics.stringWidth(self.page, self.font, self.size)
        c.drawRightString(self.w, 3, self.page)
        dot_w = pdfmetrics.stringWidth(' .', 'DVS', self.size)
        start = x0 + tw + 6
        end = self.w - pw - 6
        n = int((end - start) / dot_w)
        if n > 0:
            c.setFont('DVS', self.size)
            c.setFillColor(colors.HexColor('#8a96a3'))
            c.drawRightString(end, 3, ' .' * n)


# ---------------------------------------------------------------------------
# 1. Transcription de podcast
# ---------------------------------------------------------------------------

def doc1():
    path = os.path.join(OUT, 'obs-s74-01-podcast-voix-alliance.pdf')
    W, H = A4
    printed = {1: '14', 2: '15', 3: '16'}

    def onpage(c, d):
        meta(c, "Les Voix de l'alliance - S03E07 - transcription", 'Radio Confluences',
             "Transcription d'un episode de podcast")
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(colors.HexColor('#3b1f5c'))
        c.rect(0, H - 20 * mm, W, 20 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 12)
        c.drawString(18 * mm, H - 11 * mm, '((•)) RADIO CONFLUENCES')
        c.setFont('DV', 8.5)
        c.drawString(18 * mm, H - 16 * mm, fr("Podcast « Les Voix de l'alliance » · saison 3 · épisode 7"))
        c.setFont('DV-I', 8.5)
        c.drawRightString(W - 18 * mm, H - 11 * mm, 'Cahier des transcriptions 2024')
        c.drawRightString(W - 18 * mm, H - 16 * mm, fr('Transcription intégrale, corrigée à la main'))
        c.setStrokeColor(colors.HexColor('#b9a8d0'))
        c.setLineWidth(0.6)
        c.line(18 * mm, 17 * mm, W - 18 * mm, 17 * mm)
        c.setFillColor(colors.HexColor('#555555'))
        mw = W - 36 * mm - 14 * mm
        line(c, 18 * mm, 12.5 * mm, 'radioconfluences.example.org/voix-alliance · Radio Confluences, association loi 1901',
             'DV', 7.2, mw)
        line(c, 18 * mm, 9 * mm, "Reproduction autorisée avec mention de la source. Les propos n'engagent que leurs auteurs.",
             'DV', 7.2, mw)
        line(c, 18 * mm, 5.5 * mm, "Horodatage : minutes et secondes écoulées depuis le début de l'enregistrement.",
             'DV', 7.2, mw)
        c.setFont('DV-B', 10)
        c.setFillColor(colors.HexColor('#3b1f5c'))
        c.drawRightString(W - 18 * mm, 10 * mm, printed.get(n, "?"))
        c.restoreState()

    frame = Frame(18 * mm, 21 * mm, W - 36 * mm, H - 46 * mm, id='f', leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc = Doc(path, A4, [frame], onpage, "Les Voix de l'alliance - S03E07 - transcription",
              'Radio Confluences', "Transcription d'un episode de podcast", 3)

    turn = S('turn', fontName='DVS', fontSize=9.1, leading=12.3, leftIndent=22 * mm, firstLineIndent=-22 * mm,
             spaceAfter=3.4, alignment=TA_LEFT)
    cut = S('cut', fontName='DV-I', fontSize=8.6, leading=11, textColor=colors.HexColor('#6b5a80'),
            alignment=TA_CENTER, spaceBefore=3, spaceAfter=6)
    h1 = S('h1', fontName='DVS-B', fontSize=17, leading=21, textColor=colors.HexColor('#3b1f5c'), spaceAfter=3)
    sub = S('sub', fontName='DV', fontSize=9, leading=12, textColor=colors.HexColor('#333333'))

    def T(ts, who, text):
        text = re.sub(r'\[([^\]]+)\]', r'<font name="DV-I" color="#7a6a8e">[\1]</font>', text)
        return Paragraph(fr('<font name="DVM" size="8.4" color="#7a6a8e">[%s]</font> <b>%s :</b> %s' % (ts, who, text)), turn)

    story = [
        P("« Faire alliance, ça s'apprend ? »", h1),
        P("Épisode 7 — diffusé le 4 décembre 2024 — durée : 15 min 10 s — réalisation : Loïc (Radio Confluences)", sub),
        Spacer(1, 3),
    ]
    info = Table([[P('<b>Au micro</b>', sub),
                   P("MAËLLE, animatrice · BASTIEN, coordinateur du réseau Alliances Loire-Océan · "
                     "ODILE, présidente de La Navette, association d'insertion par la réparation de vélos", sub)]],
                 colWidths=[24 * mm, W - 36 * mm - 24 * mm])
    info.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#f1ecf6')),
                              ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                              ('BOX', (0, 0), (-1, -1), 0.5, colors.HexColor('#b9a8d0'))]))
    story += [info, Spacer(1, 8)]

    p1 = [
        ('00:00:06', 'MAËLLE', "Bonjour à toutes et à tous, et bienvenue dans « Les Voix de l'alliance », le podcast qui "
         "tend le micro à celles et ceux qui font travailler ensemble associations, entreprises et collectivités. "
         "Euh… aujourd'hui, on parle chiffres, mais pas seulement. Avec moi, Bastien, qui anime le réseau Alliances "
         "Loire-Océan, et Odile, présidente de La Navette. Bonjour à vous deux."),
        ('00:00:31', 'BASTIEN', "Bonjour Maëlle, bonjour Odile."),
        ('00:00:33', 'ODILE', "Bonjour… [rires] Pardon, je ne suis pas très à l'aise avec le micro."),
        ('00:00:38', 'MAËLLE', "On est entre nous, promis. Bastien, on part de la base : l'Observatoire des partenariats, "
         "c'est quoi, et ça sort d'où ?"),
        ('00:00:47', 'BASTIEN', "Alors… euh, pour faire court, c'est un dispositif d'études qui regarde comment les "
         "associations, les entreprises et les collectivités coopèrent en France. Il a vu le jour en 2008. Ce sont la "
         "Caisse des Dépôts et Le RAMEAU qui l'ont monté, avec deux partenaires, le MEDEF et le Mouvement associatif. "
         "[aparté : oui, les deux côte à côte, ça surprend toujours un peu]"),
        ('00:01:16', 'MAËLLE', "Et Le RAMEAU, pour celles et ceux qui ne connaissent pas ?"),
        ('00:01:19', 'BASTIEN', "C'est une association d'intérêt général, née en 2006, qui se voit comme un laboratoire "
         "de recherche empirique sur les alliances. Le président-fondateur, c'est Charles-Benoît Heidsieck ; la "
         "directrice générale, c'est Laurence Weber."),
        ('00:01:41', 'MAËLLE', "Et côté méthode, qui se porte garant des études ?"),
        ('00:01:45', 'BASTIEN', "La direction scientifique, c'est Anne Robin, qui a fondé COMISIS. Et elle le fait "
         "bénévolement, hein. Je le précise parce que… bah, ce n'est pas si courant."),
        ('00:01:58', 'ODILE', "Ah, je l'ignorais. [pause] Chapeau."),
        ('00:02:04', 'MAËLLE', "On entend parler de « programmes ». Il y en a eu combien ?"),
        ('00:02:09', 'BASTIEN', "Trois cycles de cinq ans, en gros. Le premier, ARPEA, de 2008 à 2012 : le sigle se "
         "lit « Analyse des Relations et des Partenariats entre Entreprises et Associations », et il a donné dix volets. "
         "Ensuite PHARE, de 2013 à 2018. Et enfin IMPACT, prévu sur 2018-2022, mais lancé dès novembre 2017."),
        ('00:02:41', 'MAËLLE', "Dix volets pour le premier ? C'est… costaud."),
        ('00:02:45', 'BASTIEN', "[rires] Oui, chaque volet visait un public différent. [bruit de micro] Pardon, j'ai "
         "touché le pied."),
        ('00:02:53', 'MAËLLE', "Odile, toi, c'est plutôt PHARE qui t'a marquée, je crois ?"),
        ('00:02:57', 'ODILE', "Oui, le volet sur les citoyens, sorti en septembre 2015. Ils ont interrogé, euh, plus de "
         "2 000 personnes, et 69 % des Français y disaient qu'il existe un « devoir d'alliance ». Moi, ça m'a parlé, "
         "parce que dans le quartier, personne ne s'en sort tout seul."),
        ('00:03:24', 'MAËLLE', "Et quels sujets pesaient le plus pour les gens, dans cette enquête ?"),
        ('00:03:28', 'ODILE', "Il y avait une note sur dix par enjeu du territoire. L'emploi passait devant, avec 7,1 "
         "sur 10. Ensuite, attends… le pouvoir d'achat à 6,6, la sécurité à 6,6 aussi, le développement économique "
         "à 6,5. Et l'environnement comme l'exclusion, 6,3."),
        ('00:03:55', 'MAËLLE', "Et là où les partenariats changent vraiment la donne, d'après eux ?"),
        ('00:03:59', 'ODILE', "L'emploi encore : 49 % y voyaient un impact fort. Puis le développement économique, "
         "46 %, l'environnement, 42 %, et la précarité comme l'éducation, 36 %."),
        ('00:04:18', 'BASTIEN', "Ce qui frappe, c'est que l'emploi est à la fois la première inquiétude et le premier "
         "terrain où l'on attend des résultats. [inaudible] … enfin, c'est cohérent."),
    ]
    for t in p1:
        story.append(T(*t))
    story.append(P("[virgule musicale — de 00:04:31 à 00:05:02]", cut))
    story.append(PageBreak())

    p2 = [
        ('00:05:04', 'MAËLLE', "On est de retour. Bastien, ton réseau, Alliances Loire-Océan, il est né comment ?"),
        ('00:05:09', 'BASTIEN', "Un peu par hasard, euh… En 2019, on a organisé une matinée à la maison des "
         "associations sur l'ODD 17, le dernier des objectifs de développement durable, celui des partenariats. On "
         "attendait trente personnes, la salle était pleine. [rires] À la sortie, des gens nous ont dit : « il faut "
         "continuer ». Alors on a continué, sans statuts au début, juste une liste de diffusion et un café par mois."),
        ('00:05:41', 'MAËLLE', "L'ODD 17, justement. Tu peux rappeler ce que c'est ?"),
        ('00:05:44', 'BASTIEN', "C'est l'objectif consacré aux partenariats pour atteindre tous les autres. Il se "
         "décline en 19 cibles. Le Comité 21 a publié une note de décryptage, un 5 juillet, qui s'appelle « ODD 17 : "
         "Sens, décryptages, déclinaisons ». Je la conseille à tout le monde, elle se lit bien."),
        ('00:06:05', 'ODILE', "[aparté : tu me l'enverras ?]"),
        ('00:06:07', 'BASTIEN', "Promis."),
        ('00:06:09', 'MAËLLE', "Et il existe un fonds qui porte ce nom, non ?"),
        ('00:06:12', 'BASTIEN', "Oui, le Fonds ODD 17. Il a été co-créé en 2020 par Le RAMEAU et la Fondation "
         "TotalEnergies. Sa dotation, c'est 1,5 M€, pour une expérimentation qui court sur trois ans. L'idée, c'est "
         "d'outiller 350 « catalyseurs territoriaux », des personnes qui font le lien entre les acteurs d'un même "
         "territoire."),
        ('00:06:39', 'MAËLLE', "Des catalyseurs… tu en es un, toi ?"),
        ('00:06:42', 'BASTIEN', "[rires] On me le dit. Disons que c'est le métier que j'essaie de faire."),
        ('00:06:47', 'MAËLLE', "Et pour s'outiller, concrètement, on va où ?"),
        ('00:06:50', 'BASTIEN', "Sur la plateforme www.odd17.org, rangée selon ce qu'ils appellent M.E.D.O.C. C'est "
         "un acronyme : Méthodes, Exemples, Données, Outils, Compétences. Cinq portes d'entrée, en somme."),
        ('00:07:10', 'ODILE', "Comme le vin ? [rires]"),
        ('00:07:12', 'BASTIEN', "Comme le vin, oui. Je pense que c'est voulu."),
    ]
    for t in p2:
        story.append(T(*t))
    story.append(P("[passage coupé au montage — de 00:07:15 à 00:12:40 : présentation de l'agenda du réseau]", cut))
    p2b = [
        ('00:12:41', 'MAËLLE', "Odile, raconte-nous La Navette."),
        ('00:12:44', 'ODILE', "La Navette, c'est un atelier où des personnes éloignées de l'emploi réparent des vélos. "
         "On a démarré avec une commune et une entreprise de transport. Au début, euh, on ne se comprenait pas du "
         "tout : pas le même vocabulaire, pas les mêmes délais. Il a fallu presque un an pour écrire ensemble ce "
         "qu'on attendait les uns des autres."),
        ('00:13:10', 'MAËLLE', "Et le déclic, c'était quoi ?"),
        ('00:13:13', 'ODILE', "Le jour où l'entreprise a détaché un mécanicien, deux jours par mois, pour former nos "
         "encadrants. Là, on n'était plus dans le chèque, on était dans le faire-ensemble."),
        ('00:13:29', 'BASTIEN', "C'est exactement l'idée que la valeur naît de la relation, pas seulement de l'argent. "
         "Le RAMEAU dit avoir repéré plus de 1 000 exemples inspirants de ce genre."),
        ('00:13:47', 'MAËLLE', "Plus de mille, carrément."),
        ('00:13:49', 'BASTIEN', "Oui. Et ils revendiquent quinze ans de recherche et cinq ans d'étude d'impact. "
         "Ce n'est pas un sondage griffonné sur un coin de table."),
    ]
    for t in p2b:
        story.append(T(*t))
    story.append(PageBreak())

    p3 = [
        ('00:14:02', 'MAËLLE', "Une question d'auditrice, arrivée par messagerie : « Et les maires, ils y croient, "
         "eux ? »"),
        ('00:14:09', 'BASTIEN', "Bonne question. Euh… je n'ai pas tous les chiffres en tête. Il y a eu un volet de "
         "PHARE consacré aux institutions, fin 2016. Je préfère renvoyer vers les publications plutôt que de dire "
         "une bêtise à l'antenne."),
        ('00:14:24', 'ODILE', "Chez nous, le maire est venu à l'inauguration de l'atelier. [rires] C'est déjà ça."),
        ('00:14:29', 'MAËLLE', "Dernière question, Bastien : un conseil pour une petite association qui veut se "
         "lancer ?"),
        ('00:14:34', 'BASTIEN', "Commencer petit. Une action, un partenaire, un objectif qu'on peut vérifier. Et "
         "écrire noir sur blanc qui fait quoi. Les grandes chartes, c'est bien, mais ça se prépare."),
        ('00:14:49', 'ODILE', "Et accepter que ça prenne du temps. Moi, j'aurais aimé qu'on me le dise au début."),
        ('00:14:55', 'MAËLLE', "Merci à vous deux. Les liens sont dans la description de l'épisode : la note du "
         "Comité 21, la plateforme de l'ODD 17 et le site de l'Observatoire. Prochain épisode le 18 décembre, sur le "
         "mécénat de compétences. À très vite sur Radio Confluences !"),
    ]
    for t in p3:
        story.append(T(*t))
    story.append(P("[générique de fin — 00:15:10]", cut))
    story.append(Spacer(1, 10))

    box = S('box', fontName='DV', fontSize=8.6, leading=11.4)
    boxh = S('boxh', fontName='DV-B', fontSize=9.2, leading=12, textColor=colors.HexColor('#3b1f5c'))
    rows = [[P("Ressources citées dans l'épisode", boxh)],
            [P("• Note du Comité 21 « ODD 17 : Sens, décryptages, déclinaisons » (publiée un 5 juillet).", box)],
            [P("• Plateforme de l'ODD 17 : www.odd17.org (Méthodes, Exemples, Données, Outils, Compétences).", box)],
            [P("• Observatoire des partenariats : publications des programmes ARPEA, PHARE et IMPACT.", box)],
            [P("• La Navette, atelier vélo d'insertion : coordonnées sur la page de l'épisode.", box)]]
    t = Table(rows, colWidths=[W - 36 * mm])
    t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.7, colors.HexColor('#3b1f5c')),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6dcf0')),
                           ('LEFTPADDING', (0, 0), (-1, -1), 8), ('TOPPADDING', (0, 0), (-1, -1), 2.5),
                           ('BOTTOMPADDING', (0, 0), (-1, -1), 2.5)]))
    story += [t, Spacer(1, 10)]
    note = S('note', fontName='DV-I', fontSize=8, leading=10.5, textColor=colors.HexColor('#555555'))
    story.append(P("Note de l'équipe : cette transcription conserve les hésitations et les apartés "
                   "(entre crochets) ; les chiffres sont ceux prononcés à l'antenne, sans vérification "
                   "complémentaire. Les passages coupés au montage ne sont pas transcrits. Pour signaler une "
                   "erreur : transcriptions@radioconfluences.example.org.", note))
    doc.finish(story)
    return path


# ---------------------------------------------------------------------------
# 2. Resume executif avec sommaire a points de conduite et recommandations R1-R8
# ---------------------------------------------------------------------------

def doc2():
    path = os.path.join(OUT, 'obs-s74-02-resume-executif.pdf')
    W, H = A4
    printed = {1: 'iii', 2: 'iv', 3: 'v'}
    navy = colors.HexColor('#12355b')
    teal = colors.HexColor('#1f7a7a')

    def onpage(c, d):
        meta(c, 'Cooperer pour tenir - resume executif', 'Conference regionale des alliances Loire-Ocean',
             'Resume executif et recommandations')
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(navy)
        c.rect(W - 14 * mm, 0, 14 * mm, H, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 8)
        c.saveState()
        c.translate(W - 8 * mm, H / 2)
        c.rotate(90)
        c.drawCentredString(0, 0, fr('RÉSUMÉ EXÉCUTIF · COOPÉRER POUR TENIR · 2025'))
        c.restoreState()
        c.setFillColor(navy)
        c.setFont('DV-B', 9.5)
        c.drawString(20 * mm, H - 14 * mm, '▰▰ CRA')
        c.setFont('DV', 8)
        c.drawString(38 * mm, H - 14 * mm, fr('Conférence régionale des alliances · Loire-Océan'))
        c.setFont('DV-I', 8)
        c.drawRightString(W - 22 * mm, H - 14 * mm, fr('Rapport « Coopérer pour tenir » — janvier 2025'))
        c.setStrokeColor(teal)
        c.setLineWidth(1.2)
        c.line(20 * mm, H - 17 * mm, W - 22 * mm, H - 17 * mm)
        c.setLineWidth(0.5)
        c.line(20 * mm, 16 * mm, W - 22 * mm, 16 * mm)
        c.setFillColor(colors.HexColor('#555555'))
        mw = W - 42 * mm - 12 * mm
        line(c, 20 * mm, 11.5 * mm, 'cra-loire-ocean.example.org/cooperer-pour-tenir · Diffusion libre avec mention '
             'de la source · Dépôt légal : janvier 2025', 'DV', 7, mw)
        line(c, 20 * mm, 8 * mm, 'Chiffres issus des publications de l\'Observatoire des partenariats ; '
             'voir « Sources et méthode ».', 'DV', 7, mw)
        c.setFont('DVS-B', 11)
        c.setFillColor(navy)
        c.drawRightString(W - 22 * mm, 9.5 * mm, printed.get(n, "?"))
        c.restoreState()

    fw = W - 42 * mm
    frame = Frame(20 * mm, 20 * mm, fw, H - 42 * mm, id='f', leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc = Doc(path, A4, [frame], onpage, 'Cooperer pour tenir - resume executif',
              'Conference regionale des alliances Loire-Ocean', 'Resume executif et recommandations', 3)

    title = S('t', fontName='DVS-B', fontSize=24, leading=28, textColor=navy)
    subt = S('st', fontName='DVS-I', fontSize=12, leading=16, textColor=teal, spaceAfter=10)
    h2 = S('h2', fontName='DV-B', fontSize=12, leading=15, textColor=navy, spaceBefore=8, spaceAfter=5)
    body = S('b', fontName='DVS', fontSize=9.6, leading=13.4, alignment=TA_JUSTIFY, spaceAfter=5)
    bul = S('bul', parent=body, leftIndent=10, bulletIndent=0, spaceAfter=4, bulletFontName='DV')
    rlab = S('rl', fontName='DV-B', fontSize=15, leading=17, textColor=colors.white, alignment=TA_CENTER)
    rtit = S('rt', fontName='DV-B', fontSize=10, leading=13, textColor=navy)
    rtxt = S('rx', fontName='DVS', fontSize=9.2, leading=12.4, alignment=TA_JUSTIFY)
    rfig = S('rf', fontName='DV', fontSize=8.6, leading=11.4, textColor=colors.HexColor('#1b4d4d'))

    story = [Spacer(1, 6), P('Coopérer pour tenir', title),
             P('Les alliances territoriales face aux fragilités — résumé exécutif', subt),
             P('Sommaire', h2)]
    toc = [('Résumé exécutif', 'iii', 0, True), ('Les constats clés', 'iv', 12, False),
           ('Huit recommandations (R1 à R8)', 'iv', 12, False), ('Sources et méthode', 'v', 12, False),
           ('1. Un besoin d\'alliance largement partagé', '1', 0, True),
           ('2. Des maires engagés mais peu outillés', '9', 0, True),
           ('3. Les associations, premières artisanes des partenariats', '17', 0, True),
           ('4. Entreprises : de l\'envie à l\'action', '25', 0, True),
           ('5. Outiller les territoires : méthodes et financements', '33', 0, True),
           ('Annexes : tableaux détaillés et bibliographie', '41', 0, True)]
    for ttl, pg, ind, b in toc:
        story.append(DotLeader(ttl, pg, fw, indent=ind, bold=b))
    story += [Spacer(1, 10), P('En bref', h2),
              P("Ce résumé condense les 48 pages du rapport remis à la Conférence régionale des alliances. Il "
                "s'adresse aux élus, aux responsables associatifs et aux dirigeants d'entreprise qui n'ont pas le "
                "temps de tout lire, mais qui doivent décider vite. Chaque recommandation s'accompagne du chiffre "
                "qui la fonde ; les sources sont rappelées en dernière page.", body),
              P("Le rapport part d'un constat simple : aucune organisation ne peut, seule, répondre aux fragilités "
                "qui s'additionnent sur un territoire — emploi, isolement, alimentation, mobilité. Les alliances "
                "ne sont plus un supplément d'âme ; elles deviennent une condition de l'action publique locale.", body),
              P("Des expériences existent déjà. Le parcours d'expérience proposé par le CGET avec Le Rameau a "
                "réuni 11 territoires pionniers pendant 18 mois, la première session s'étant tenue un 3 mai. Les "
                "enseignements de ce parcours nourrissent plusieurs des propositions qui suivent.", body),
              PageBreak()]

    story += [P('Les constats clés', h2)]
    for b_ in [
        "<b>Une envie partagée.</b> 81 % des Français estiment qu'il existe un « devoir d'alliance » ; 92 % des "
        "maires disent avoir « besoin d'alliance » et 84 % des dirigeants d'entreprise en ont « envie ».",
        "<b>Un cadre de recherche établi.</b> Le programme IMPACT, conduit avec la Caisse des Dépôts, l'Institut CDC "
        "pour la Recherche, le Groupe La Poste, la Fondation TOTAL et Le RAMEAU, s'organise autour de trois axes : "
        "l'innovation sociétale et territoriale, la performance des organisations et la confiance.",
        "<b>Un pilotage encore fragile.</b> Les élus se sentent engagés, mais beaucoup manquent de méthode pour "
        "conduire une démarche à plusieurs."]:
        story.append(Paragraph(fr(b_), bul, bulletText='▸'))
    story += [Spacer(1, 4), P('Huit recommandations', h2)]

    recos = [
        ('R1', "Créer dans chaque intercommunalité un point d'appui à l'ingénierie d'alliance pour les maires.",
         "Un guichet unique, mutualisé, qui aide à repérer les partenaires et à monter les premiers accords.",
         "Chiffre justificatif : 92 % des maires déclarent un « besoin d'alliance »."),
        ('R2', "Former les élus au pilotage des coopérations.",
         "Des modules courts, entre pairs, centrés sur la gouvernance et l'évaluation partagée.",
         "Chiffre justificatif : 76 % des maires jugent leur territoire engagé, mais 46 % reconnaissent ne pas "
         "savoir piloter une démarche partenariale."),
        ('R3', "Ouvrir les appels à projets régionaux aux consortiums associations – entreprises.",
         "Permettre un dépôt commun, avec un chef de file et une convention simple.",
         "Chiffre justificatif : 84 % des dirigeants d'entreprise expriment une « envie d'alliance »."),
        ('R4', "Sécuriser dans la durée les partenariats des associations employeuses.",
         "Privilégier les conventions pluriannuelles et le financement du temps de coordination.",
         "Chiffre justificatif : 98 % des 148 000 associations employeuses ont au moins un partenariat "
         "(étude IMPACT – Associations & Territoires)."),
    ]
    recos2 = [
        ('R5', "Concentrer l'appui sur les petites communes.",
         "Les plus petites communes disposent rarement d'un agent dédié : l'appui doit venir à elles.",
         "Chiffre justificatif : dans l'enquête IMPACTS & TRAJECTOIRES – Élus locaux (novembre 2024), 84 % des "
         "répondants administrent une commune de moins de 2 000 habitants, et 91 % voient leur territoire en "
         "mouvement (35 % fortement, 56 % ni plus ni moins). Méthode : 302 maires interrogés par téléphone, du "
         "30 septembre au 28 octobre 2024."),
        ('R6', "Inscrire la coopération dans les plans de relance locaux.",
         "Chaque plan de relance devrait prévoir un volet « jouer collectif » avec des objectifs partagés.",
         "Chiffre justificatif : 81 % des Français et 84 % des dirigeants de TPE et PME jugent la co-construction "
         "utile pour rebondir après la crise ; plus de 250 données ont été inventoriées pour guider l'action."),
        ('R7', "Faire des collectivités le pivot des alliances associatives.",
         "Elles sont déjà le premier partenaire des associations : leur rôle d'ensemblier doit être reconnu.",
         "Chiffre justificatif : 89 % des associations employeuses comptent une collectivité parmi leurs "
         "partenaires ; ces partenariats se nouent à 73 % à l'échelle locale et à 47 % à l'échelle régionale."),
        ('R8', "Mesurer l'innovation produite par les alliances.",
         "Un tableau de bord régional, tenu chaque année, avec quelques indicateurs communs.",
         "Chiffre justificatif : les partenariats sont perçus comme source d'innovation par 87 % des maires, "
         "86 % des responsables associatifs, 81 % des dirigeants d'entreprise et 74 % des Français."),
    ]

    def reco_table(r):
        lab, t1, t2, fig = r
        cell = [P(t1, rtit), P(t2, rtxt), Spacer(1, 2), P('▶ ' + fig, rfig)]
        tb = Table([[P(lab, rlab), cell]], colWidths=[15 * mm, fw - 15 * mm])
        tb.setStyle(TableStyle([('BACKGROUND', (0, 0), (0, 0), teal), ('VALIGN', (0, 0), (0, 0), 'MIDDLE'),
                                ('VALIGN', (1, 0), (1, 0), 'TOP'),
                                ('BACKGROUND', (1, 0), (1, 0), colors.HexColor('#eef5f5')),
                                ('LINEBELOW', (0, 0), (-1, -1), 0.6, navy),
                                ('LEFTPADDING', (1, 0), (1, 0), 7), ('TOPPADDING', (0, 0), (-1, -1), 4),
                                ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
        return KeepTogether([tb, Spacer(1, 6)])

    for r in recos:
        story.append(reco_table(r))
    story.append(PageBreak())
    for r in recos2:
        story.append(reco_table(r))
    story += [P('Sources et méthode', h2),
              P("Les chiffres proviennent des publications de l'Observatoire des partenariats, animé par Le RAMEAU, "
                "au fil de ses programmes quinquennaux : ARPEA (2008-2012), PHARE (2013-2017) et IMPACT "
                "(2018-2022). Les pourcentages sont repris tels que publiés ; ils portent sur des enquêtes, des "
                "populations et des années différentes et ne doivent pas être additionnés ni comparés terme à "
                "terme.", body),
              P("Rédaction : secrétariat de la Conférence régionale des alliances. Relecture : comité de lecture "
                "du rapport. Le rapport complet et ses annexes sont disponibles sur le site de la Conférence.", body)]
    doc.finish(story)
    return path


# ---------------------------------------------------------------------------
# 3. Charte d'engagement + liste des signataires sur plusieurs colonnes
# ---------------------------------------------------------------------------

SIGNATAIRES = [
    ('Nadia Ferrand', 'Le Panier Partagé', '02/12/2024'),
    ('Odile Marchand', 'La Navette', '02/12/2024'),
    ('Bastien Le Goff', 'Réseau Alliances Loire-Océan', '02/12/2024'),
    ('Hervé Quéméner', 'Commune de Port-Liénard', '02/12/2024'),
    ('Sophie Aubrée', 'Transports Aubrée & Fils', '02/12/2024'),
    ('Karim Benali', 'Régie de quartier des Forges', '02/12/2024'),
    ('Claire Jaouen', 'Fondation Maraîchers de l\'Estuaire', '03/12/2024'),
    ('Yannick Perrot', 'Supermarché Coop\'Estuaire', '03/12/2024'),
    ('Mathilde Rivière', 'Lycée pro. des Trois-Rivières', '03/12/2024'),
    ('Thomas Guérin', 'Banque alimentaire du Bocage', '04/12/2024'),
    ('Élodie Carré', 'Centre social Les Tilleuls', '04/12/2024'),
    ('Jean-Marc Olivier', 'Menuiserie Olivier SARL', '05/12/2024'),
    ('Fatou Diallo', 'Collectif Femmes en marche', '05/12/2024'),
    ('Pierre-Yves Le Bihan', 'Commune de Saint-Évrard', '06/12/2024'),
    ('Agnès Morvan', 'Mutuelle Solidaire de l\'Ouest', '06/12/2024'),
    ('Lucas Fontaine', 'Ressourcerie L\'Établi', '09/12/2024'),
    ('Marie Kerouédan', 'Épicerie sociale La Halte', '09/12/2024'),
    ('Antoine Delaunay', 'Cabinet Delaunay Conseil', '10/12/2024'),
    ('Sabrina Haddad', 'Mission locale Estuaire', '10/12/2024'),
    ('Gilles Poupard', 'Club des entreprises du Bocage', '11/12/2024'),
    ('Camille Royer', 'Association Lire et faire lire 44', '12/12/2024'),
    ('Rémi Tessier', 'Coopérative Terres d\'Erdre', '12/12/2024'),
    ('Isabelle Nogues', 'Commune des Aubiers-sur-Loire', '13/12/2024'),
    ('Hugo Marchal', 'Boulangerie Le Fournil du Port', '16/12/2024'),
    ('Nathalie Guillou', 'EHPAD Les Glycines', '16/12/2024'),
    ('Samuel Ba', 'Association Sport pour tous', '17/12/2024'),
    ('Laure Bessonneau', 'Crédit coopératif local', '17/12/2024'),
    ('Vincent Hamon', 'Chantier d\'insertion Les Berges', '18/12/2024'),
    ('Aïcha Mbaye', 'Maison des associations', '18/12/2024'),
    ('Olivier Renaud', 'Imprimerie Renaud', '19/12/2024'),
    ('Sylvie Le Floch', 'Secours solidaire du Port', '06/01/2025'),
    ('Julien Moreau', 'Le Panier Partagé', '06/01/2025'),
    ('Nicolas Gautier', 'Agence Gautier Immobilier', '07/01/2025'),
    ('Chantal Briand', 'Commune de Port-Liénard (CCAS)', '07/01/2025'),
    ('Mehdi Lefort', 'Fablab des Forges', '08/01/2025'),
    ('Anne-Sophie Roux', 'Pharmacie du Marché', '08/01/2025'),
    ('Denis Le Corre', 'Association des commerçants', '09/01/2025'),
    ('Émilie Lacroix', 'Jardins partagés du Bocage', '09/01/2025'),
    ('François Pellerin', 'Transports scolaires Pellerin', '10/01/2025'),
    ('Léa Marchetti', 'Compagnie théâtrale Le Quai', '13/01/2025'),
    ('Bruno Caillaud', 'Cuisine centrale intercommunale', '13/01/2025'),
    ('Inès Bouchard', 'Association Parents solidaires', '14/01/2025'),
    ('Patrick Jolivet', 'Garage solidaire Roue libre', '14/01/2025'),
    ('Hélène Dubreuil', 'Conseil de développement', '15/01/2025'),
    ('Yves Kerneur', 'CAE Ouest Entreprendre', '15/01/2025'),
]


def doc3():
    path = os.path.join(OUT, 'obs-s74-03-charte-engagement.pdf')
    W, H = A4
    printed = {1: '5', 2: '6', 3: '7'}
    green = colors.HexColor('#2e5d34')

    def onpage(c, d):
        meta(c, "Charte d'engagement pour des alliances de proximite", 'Reseau Alliances Loire-Ocean',
             'Charte et liste des signataires')
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(green)
        c.setFont('DV-B', 10)
        c.drawString(16 * mm, H - 13 * mm, '⬡ ALO')
        c.setFont('DV', 8)
        c.drawString(32 * mm, H - 13 * mm, fr("CHARTE D'ENGAGEMENT · Alliances de proximité Loire-Océan"))
        c.setFont('DV-I', 8)
        c.drawRightString(W - 16 * mm, H - 13 * mm, fr('Recueil des engagements · édition 2025'))
        c.setStrokeColor(green)
        c.setLineWidth(0.8)
        c.line(16 * mm, H - 16 * mm, W - 16 * mm, H - 16 * mm)
        c.line(16 * mm, 15 * mm, W - 16 * mm, 15 * mm)
        c.setFillColor(colors.HexColor('#4a4a4a'))
        mw = W - 32 * mm - 20 * mm
        line(c, 16 * mm, 10.5 * mm, 'Charte adoptée aux Rencontres des alliances, le 2 décembre 2024 · '
             'alliances-loire-ocean.example.org/charte', 'DV', 7, mw)
        line(c, 16 * mm, 7 * mm, 'Réseau Alliances Loire-Océan — Les signataires peuvent demander leur retrait '
             'de la liste à tout moment.', 'DV', 7, mw)
        c.setFont('DV-B', 10)
        c.setFillColor(green)
        c.drawRightString(W - 16 * mm, 8.5 * mm, 'Page ' + printed.get(n, "?"))
        c.restoreState()

    fw = W - 32 * mm
    frame = Frame(16 * mm, 19 * mm, fw, H - 40 * mm, id='f', leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc = Doc(path, A4, [frame], onpage, "Charte d'engagement pour des alliances de proximite",
              'Reseau Alliances Loire-Ocean', 'Charte et liste des signataires', 3)

    title = S('t', fontName='DVS-B', fontSize=19, leading=23, textColor=green, alignment=TA_CENTER)
    subt = S('st', fontName='DVS-I', fontSize=10.5, leading=14, alignment=TA_CENTER, spaceAfter=8)
    h2 = S('h2', fontName='DV-B', fontSize=10.5, leading=13, textColor=green, spaceBefore=6, spaceAfter=4)
    body = S('b', fontName='DVS', fontSize=9.1, leading=12.4, alignment=TA_JUSTIFY, spaceAfter=4)
    eng = S('e', fontName='DVS', fontSize=9.1, leading=12.2, leftIndent=16, bulletIndent=0, spaceAfter=3,
            alignment=TA_JUSTIFY)

    story = [P("Charte d'engagement pour des alliances de proximité", title),
             P("Nous, associations, entreprises, collectivités, fondations et établissements du territoire, "
               "choisissons d'agir ensemble.", subt),
             P('Préambule', h2),
             P("Nos territoires n'ont pas attendu les textes pour coopérer. Mais les coopérations restent souvent "
               "fragiles, dépendantes de quelques personnes et de financements ponctuels. Cette charte fixe des "
               "règles du jeu simples, que chaque signataire s'engage à respecter et à faire vivre.", body),
             P("Elle s'inscrit dans le sillage de la Charte du faire alliance, présentée au public le 30 novembre "
               "2021, jour du Giving Tuesday, à Saint-Maurice (Paris-Est Marne & Bois), au cours d'une soirée "
               "VitaWin. Ce texte national, mis au point en trois mois de co-construction sous le pilotage de la "
               "Fondation des Territoires, se présente comme un « contrat de confiance » entre celles et ceux qui "
               "servent l'intérêt général. La Fondation des Territoires, dont la préfiguration avait démarré en "
               "juillet 2018, a été officiellement créée le 14 juin 2022, sous l'égide de la Fondation de Lille, "
               "par 21 co-fondateurs.", body),
             P("Notre démarche se nourrit enfin de l'expérience d'« Agir ensemble en Territoire », engagée dès 2010 "
               "à la suite de l'étude ARPEA-Collectivités locales (Comisis-OpinionWay), et d'abord expérimentée en "
               "Alsace avec Alsace Active, en Poitou-Charentes avec le Groupe La Poste, et à Paris-Est Marne & "
               "Bois.", body),
             P('Nos sept engagements', h2)]
    engagements = [
        "<b>Se parler d'égal à égal.</b> Aucune structure n'est « le financeur » ou « le bénéficiaire » de "
        "l'autre : chacune apporte quelque chose et en retire quelque chose.",
        "<b>Partir des besoins du territoire.</b> Les projets communs répondent à un besoin constaté par les "
        "habitants, et non à la seule logique d'un appel à projets.",
        "<b>Écrire ensemble les objectifs et les rôles.</b> Qui fait quoi, avec quels moyens, pour combien de "
        "temps : tout accord est consigné par écrit, même bref.",
        "<b>Partager l'information et les résultats.</b> Les données utiles au projet circulent entre les "
        "partenaires ; les réussites comme les échecs sont rendus publics.",
        "<b>Reconnaître toutes les contributions.</b> Le temps bénévole, les compétences, les dons en nature et "
        "l'argent sont valorisés au même titre dans les bilans.",
        "<b>Évaluer chaque année.</b> Chaque alliance fait le point au moins une fois par an, avec les personnes "
        "concernées, et ajuste ce qui doit l'être.",
        "<b>Faire connaître et essaimer.</b> Les signataires partagent leurs méthodes et accueillent les "
        "structures qui veulent se lancer."]
    for i, e in enumerate(engagements, 1):
        story.append(Paragraph(fr(e), eng, bulletText='%d.' % i))
    story += [P('Modalités', h2),
              P("La charte est ouverte à toute structure active sur le territoire. Elle se signe lors des rencontres "
                "du réseau ou en ligne ; la liste des signataires est tenue à jour par le secrétariat du réseau et "
                "publiée ci-après. Un comité de suivi, ouvert à tous les signataires, se réunit deux fois par an.",
                body),
              PageBreak()]

    cell = S('c', fontName='DVC', fontSize=7.4, leading=9)
    cellb = S('cb', fontName='DVC-B', fontSize=7.4, leading=9)
    hd = S('hd', fontName='DVC-B', fontSize=7.6, leading=9, textColor=colors.white)
    cw = [19.5 * mm, 23.8 * mm, 16 * mm]

    def sig_table(items):
        head = []
        for _ in range(3):
            head += [P('Nom', hd), P('Structure', hd), P('Date', hd)]
        rows = [head]
        nrow = (len(items) + 2) // 3
        for r in range(nrow):
            row = []
            for col in range(3):
                idx = col * nrow + r
                if idx < len(items):
                    nm, st, dt = items[idx]
                    row += [P(nm, cellb), P(st, cell), P(dt, cell)]
                else:
                    row += ['', '', '']
            rows.append(row)
        t = Table(rows, colWidths=cw * 3, repeatRows=1)
        sty = [('BACKGROUND', (0, 0), (-1, 0), green), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
               ('LEFTPADDING', (0, 0), (-1, -1), 2.5), ('RIGHTPADDING', (0, 0), (-1, -1), 2),
               ('TOPPADDING', (0, 0), (-1, -1), 4.6), ('BOTTOMPADDING', (0, 0), (-1, -1), 4.6),
               ('LINEAFTER', (2, 0), (2, -1), 1.2, green), ('LINEAFTER', (5, 0), (5, -1), 1.2, green),
               ('LINEBELOW', (0, 1), (-1, -1), 0.25, colors.HexColor('#b7c9b9'))]
        for r in range(1, len(rows)):
            if r % 2 == 0:
                sty.append(('BACKGROUND', (0, r), (-1, r), colors.HexColor('#f0f5f0')))
        t.setStyle(TableStyle(sty))
        return t

    intro = S('i', fontName='DVS-I', fontSize=8.8, leading=11.5, spaceAfter=6)
    story += [P('Liste des signataires', h2),
              P("Classement par date de signature, puis par ordre d'arrivée. Lire chaque bloc de haut en bas, "
                "puis passer au bloc suivant.", intro),
              sig_table(SIGNATAIRES[:30]),
              PageBreak(),
              P('Liste des signataires (suite)', h2),
              sig_table(SIGNATAIRES[30:]),
              Spacer(1, 12),
              P("Liste arrêtée au 15 janvier 2025 : 45 signataires, dont 22 associations, 12 entreprises, "
                "7 collectivités ou établissements publics et 4 autres structures (fondation, réseau, conseil de "
                "développement, mutuelle).", body),
              P("Pour rejoindre les signataires : formulaire en ligne sur le site du réseau ou signature papier "
                "auprès du secrétariat, à la Maison des associations de Port-Liénard.", body),
              Spacer(1, 14)]
    sigbox = Table([[P('<b>Pour le réseau Alliances Loire-Océan</b><br/>Le secrétariat de la charte', body),
                     P('<b>Visa du comité de suivi</b><br/>Séance d\'installation du 15 janvier 2025', body)]],
                   colWidths=[fw / 2, fw / 2], rowHeights=[26 * mm])
    sigbox.setStyle(TableStyle([('BOX', (0, 0), (0, 0), 0.6, green), ('BOX', (1, 0), (1, 0), 0.6, green),
                                ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 6)]))
    story.append(sigbox)
    doc.finish(story)
    return path


# ---------------------------------------------------------------------------
# 4. Formulaire de demande de subvention rempli
# ---------------------------------------------------------------------------

def doc4():
    path = os.path.join(OUT, 'obs-s74-04-formulaire-subvention.pdf')
    W, H = A4
    printed = {1: '2/4', 2: '3/4', 3: '4/4'}
    ink = colors.HexColor('#1a3d8f')
    grey = colors.HexColor('#5a5a5a')

    def onpage(c, d):
        meta(c, 'Demande de subvention - Alliances de proximite 2025', 'Fonds territorial Loire-Ocean',
             'Formulaire rempli FTLO-02')
        n = c.getPageNumber()
        c.saveState()
        c.setStrokeColor(colors.black)
        c.setLineWidth(1)
        c.rect(15 * mm, H - 24 * mm, W - 30 * mm, 13 * mm)
        c.setFont('DV-B', 9.5)
        c.drawString(18 * mm, H - 16.5 * mm, fr('FONDS TERRITORIAL LOIRE-OCÉAN'))
        line(c, 18 * mm, H - 21 * mm, 'Appel à initiatives « Alliances de proximité 2025 » — Demande de subvention',
             'DV', 7.8, 110 * mm)
        c.setFont('DVM', 7.5)
        c.drawRightString(W - 18 * mm, H - 16.5 * mm, fr('Cadre réservé : dossier n° FTLO-25-037'))
        c.drawRightString(W - 18 * mm, H - 21 * mm, fr('Reçu le 18/11/2024 — complet : ☒'))
        c.setFillColor(grey)
        mw = W - 30 * mm - 24 * mm
        line(c, 15 * mm, 10 * mm, 'Formulaire FTLO-02 (version 3, 2024) · fonds-loire-ocean.example.org/alliances · '
             'Données utilisées pour la seule instruction.', 'DV', 6.8, mw)
        line(c, 15 * mm, 6.8 * mm, 'Toute fausse déclaration expose au remboursement de la subvention. '
             'Le feuillet 1/4 (notice) n\'est pas à renvoyer.', 'DV', 6.8, mw)
        c.setFillColor(colors.black)
        c.setFont('DV-B', 9)
        c.drawRightString(W - 15 * mm, 8 * mm, 'Feuillet ' + printed.get(n, "?"))
        c.restoreState()

    fw = W - 30 * mm
    frame = Frame(15 * mm, 15 * mm, fw, H - 42 * mm, id='f', leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc = Doc(path, A4, [frame], onpage, 'Demande de subvention - Alliances de proximite 2025',
              'Fonds territorial Loire-Ocean', 'Formulaire rempli FTLO-02', 3)

    sec = S('sec', fontName='DV-B', fontSize=9.5, leading=12, textColor=colors.white)
    lab = S('lab', fontName='DVC', fontSize=7.6, leading=9.6, textColor=grey)
    val = S('val', fontName='DV-I', fontSize=9, leading=11.6, textColor=ink)
    box = S('box', fontName='DV', fontSize=8.4, leading=11.4)
    boxv = S('boxv', fontName='DV-I', fontSize=8.6, leading=11.8, textColor=ink, alignment=TA_JUSTIFY)

    def section(txt):
        t = Table([[P(txt, sec)]], colWidths=[fw])
        t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#2b2b2b')),
                               ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
        return [Spacer(1, 5), t, Spacer(1, 3)]

    def fields(rows, widths):
        data = []
        for r in rows:
            line = []
            for label, value in r:
                line.append([P(label, lab), P(value, val)])
            data.append(line)
        t = Table(data, colWidths=widths)
        t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.HexColor('#9a9a9a')),
                               ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 2),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 3.5)]))
        return t

    def checks(label, items):
        txt = ' \u00a0\u00a0 '.join(('<font color="#1a3d8f">☒</font>' if on else '☐') + NBSP + it for it, on in items)
        t = Table([[P(label, lab), P(txt, box)]], colWidths=[42 * mm, fw - 42 * mm])
        t.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.5, colors.HexColor('#9a9a9a')),
                               ('LINEAFTER', (0, 0), (0, 0), 0.5, colors.HexColor('#9a9a9a')),
                               ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'), ('TOPPADDING', (0, 0), (-1, -1), 3),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
        return t

    half = fw / 2
    story = section('A. IDENTIFICATION DE LA STRUCTURE DEMANDERESSE')
    story.append(fields([
        [('Nom de la structure :', 'Le Panier Partagé'), ('Sigle / nom d\'usage :', 'Épicerie solidaire des Forges')],
        [('Adresse du siège :', '4, rue des Tisserands — 44999 Port-Liénard'),
         ('Date de création (déclaration en préfecture) :', '12 mars 2016')],
        [('Représentant légal (nom, qualité) :', 'Nadia Ferrand, présidente'),
         ('Personne chargée du dossier :', 'Julien Moreau, coordinateur salarié')],
        [('Courriel :', 'contact@panier-partage.example.org'), ('Téléphone :', '02 00 00 00 00')],
    ], [half, half]))
    story.append(Spacer(1, 3))
    story.append(checks('Statut juridique :', [('Association loi 1901', True), ('Fondation', False),
                                               ('Collectivité', False), ('Entreprise de l\'ESS', False),
                                               ('Autre', False)]))
    story.append(checks('Reconnue d\'intérêt général :', [('Oui', True), ('Non', False)]))
    story.append(checks('Membre d\'un réseau :', [('Non', False), ('Oui, lequel : Réseau Alliances Loire-Océan '
                                                  '(signataire de la charte)', True)]))
    story.append(Spacer(1, 3))
    story.append(fields([
        [('Bénévoles actifs :', '38'), ('Salariés :', '2 (1,6 ETP)'),
         ('Familles accueillies en 2024 :', '212')],
        [('Budget annuel de la structure (2024) :', '131 400 €'), ('Dernier exercice clos :', '31/12/2023'),
         ('Agrément / habilitation :', 'Habilitation aide alimentaire')],
    ], [fw / 3] * 3))
    story += section('B. LE PROJET')
    story.append(fields([
        [('Intitulé du projet :', 'Cuisines partagées des Forges'),
         ('Lieu de réalisation :', 'Quartier des Forges, Port-Liénard')],
        [('Date de début :', '1er février 2025'), ('Date de fin / durée :', '31 juillet 2026 — 18 mois')],
    ], [half, half]))
    story.append(Spacer(1, 3))
    story.append(checks('Thématiques (plusieurs choix possibles) :',
                        [('Alimentation', True), ('Insertion professionnelle', True), ('Culture', False),
                         ('Mobilité', False), ('Lien social', True), ('Environnement', False)]))
    story.append(checks('Type d\'alliance :', [('Association – entreprise', True),
                                               ('Association – collectivité', True),
                                               ('Association – établissement scolaire', True),
                                               ('Entre associations', False)]))
    story.append(Spacer(1, 3))
    desc = Table([[P('Description résumée du projet (10 lignes maximum) :', lab)],
                  [P("Ateliers de cuisine anti-gaspillage, deux fois par semaine, dans la cuisine municipale "
                     "du quartier des Forges. Les denrées proches de leur date limite sont données par le "
                     "supermarché Coop'Estuaire ; des élèves du lycée professionnel des Trois-Rivières encadrent une "
                     "partie des séances avec leurs enseignants. Les repas préparés sont partagés sur place ou "
                     "emportés par les familles. Objectif : 120 personnes accompagnées, dont 40 vers une formation "
                     "qualifiante en restauration.", boxv)]], colWidths=[fw])
    desc.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.5, colors.HexColor('#9a9a9a')),
                              ('BOTTOMPADDING', (0, 1), (-1, 1), 6)]))
    story.append(desc)
    story.append(PageBreak())

    story += section('C. MONTANT SOLLICITÉ ET BUDGET PRÉVISIONNEL DU PROJET')
    amt = Table([[P('Montant demandé :', S('m1', fontName='DV-B', fontSize=10, leading=13)),
                  P('24 000 €', S('m2', fontName='DV-BI', fontSize=12, leading=14, textColor=ink)),
                  P('Coût total du projet :', S('m3', fontName='DV-B', fontSize=10, leading=13)),
                  P('86 500 €', S('m4', fontName='DV-BI', fontSize=12, leading=14, textColor=ink)),
                  P('Part demandée :', S('m5', fontName='DV-B', fontSize=10, leading=13)),
                  P('27,7 %', S('m6', fontName='DV-BI', fontSize=12, leading=14, textColor=ink))]],
                colWidths=[33 * mm, 26 * mm, 38 * mm, 26 * mm, 29 * mm, fw - 152 * mm])
    amt.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1, colors.black), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                             ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#f4f6fb'))]))
    story += [amt, Spacer(1, 4)]
    story.append(checks('Nature de l\'aide :', [('Fonctionnement du projet', True), ('Investissement', False),
                                                ('Aide au démarrage', False)]))
    story.append(checks('Versement souhaité :', [('En une fois', False), ('En deux fois (70 % / 30 %)', True)]))
    story.append(Spacer(1, 5))

    th = S('th', fontName='DVC-B', fontSize=8.2, leading=10, textColor=colors.white)
    td = S('td', fontName='DVC', fontSize=8.2, leading=10.2)
    tdv = S('tdv', fontName='DV-I', fontSize=8.2, leading=10.2, textColor=ink, alignment=TA_RIGHT)
    tdb = S('tdb', fontName='DVC-B', fontSize=8.2, leading=10.2)
    tdvb = S('tdvb', fontName='DV-BI', fontSize=8.2, leading=10.2, textColor=ink, alignment=TA_RIGHT)
    charges = [('60 – Achats (petit matériel, denrées complémentaires)', '14 200 €'),
               ('61 – Location de la cuisine et entretien', '9 600 €'),
               ('64 – Frais de personnel (coordination 0,8 ETP)', '41 300 €'),
               ('62 – Formation des bénévoles et des encadrants', '4 900 €'),
               ('62 – Communication, affichage', '2 500 €'),
               ('62 – Transport et logistique des denrées', '6 000 €'),
               ('86 – Contributions volontaires (bénévolat valorisé)', '8 000 €')]
    produits = [('Fonds territorial Loire-Océan (présente demande)', '24 000 €'),
                ('Commune de Port-Liénard', '15 000 €'),
                ('Département (appel « Solidarités alimentaires »)', '12 000 €'),
                ('Fondation Maraîchers de l\'Estuaire', '10 000 €'),
                ('Mécénat en nature (Coop\'Estuaire, denrées valorisées)', '9 500 €'),
                ('Participation des familles', '4 000 €'),
                ('Fonds propres de l\'association', '4 000 €'),
                ('87 – Contributions volontaires (bénévolat valorisé)', '8 000 €')]
    rows = [[P('CHARGES', th), P('Montant', th), P('PRODUITS', th), P('Montant', th)]]
    for i in range(max(len(charges), len(produits))):
        cr = charges[i] if i < len(charges) else ('', '')
        pr = produits[i] if i < len(produits) else ('', '')
        rows.append([P(cr[0], td), P(cr[1], tdv), P(pr[0], td), P(pr[1], tdv)])
    rows.append([P('TOTAL DES CHARGES', tdb), P('86 500 €', tdvb), P('TOTAL DES PRODUITS', tdb), P('86 500 €', tdvb)])
    bt = Table(rows, colWidths=[62 * mm, 21 * mm, fw - 62 * mm - 42 * mm, 21 * mm])
    bt.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#2b2b2b')),
                            ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9a9a9a')),
                            ('LINEAFTER', (1, 0), (1, -1), 1.3, colors.black),
                            ('BACKGROUND', (0, -1), (-1, -1), colors.HexColor('#e4e7ee')),
                            ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                            ('TOPPADDING', (0, 0), (-1, -1), 2.4), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
    story.append(bt)
    story.append(Spacer(1, 3))
    story.append(P('<i>Le budget doit être présenté à l\'équilibre. Les contributions volontaires figurent '
                   'en charges (compte 86) et en produits (compte 87) pour un montant identique.</i>', lab))

    story += section('D. PARTENAIRES ENGAGÉS DANS L\'ALLIANCE')
    partners = [('Partenaire', 'Nature', 'Apport au projet'),
                ('Commune de Port-Liénard', 'Collectivité', 'Mise à disposition de la cuisine municipale ; subvention'),
                ('Supermarché Coop\'Estuaire', 'Entreprise', 'Dons de denrées à date courte, deux ramasses par semaine'),
                ('Lycée pro. des Trois-Rivières', 'Établissement scolaire', 'Élèves et enseignants en cuisine, 1 séance sur 4'),
                ('Fondation Maraîchers de l\'Estuaire', 'Fondation', 'Financement ; légumes de saison')]
    pt = Table([[P(a, tdb if i == 0 else td), P(b, tdb if i == 0 else td), P(c, tdb if i == 0 else td)]
                for i, (a, b, c) in enumerate(partners)],
               colWidths=[52 * mm, 33 * mm, fw - 85 * mm])
    pt.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9a9a9a')),
                            ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e4e7ee')),
                            ('TOPPADDING', (0, 0), (-1, -1), 2.4), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
    story.append(pt)
    story.append(PageBreak())

    story += section('E. JUSTIFICATION DU BESOIN (à compléter par le demandeur)')
    just = Table([[P("Pourquoi une alliance plutôt qu'un projet porté seul ? Appuyez-vous si possible sur des "
                     "données publiées.", lab)],
                  [P("Notre épicerie accueille de plus en plus de familles, et nous ne pouvons ni cuisiner, ni "
                     "former, ni récupérer des denrées fraîches sans nos partenaires. Les repères publiés par "
                     "l'Observatoire des partenariats montrent que nous ne sommes pas une exception. Selon l'étude "
                     "IMPACT – Associations & Territoires, 98 % des associations employeuses ont des partenariats, "
                     "d'abord avec les collectivités (89 %), puis avec d'autres structures d'intérêt général (73 %) "
                     "et avec les établissements scolaires (70 %).", boxv)],
                  [P("L'enquête Associations & Partenariats, publiée en mars 2017 par Recherches & Solidarités "
                     "et Le RAMEAU (questionnaire de mai-juin 2016, plus de 1 380 responsables associatifs), "
                     "compte en moyenne 2,5 partenaires par association : collectivités 74 %, associations ou "
                     "fondations 72 %, enseignement 47 %, entreprises 28 %. Elle montre aussi l'effet de la taille : "
                     "50 % des associations de plus de 150 000 € de budget ont un partenaire entreprise, contre "
                     "20 % de celles qui disposent de moins de 10 000 €.", boxv)],
                  [P("Avec un budget de 131 400 €, nous sommes entre ces deux mondes : l'appui du Fonds nous "
                     "permettrait de stabiliser l'alliance le temps qu'elle fasse ses preuves.", boxv)]],
                 colWidths=[fw])
    just.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.5, colors.HexColor('#9a9a9a')),
                              ('TOPPADDING', (0, 0), (-1, -1), 3), ('BOTTOMPADDING', (0, 0), (-1, -1), 4)]))
    story.append(just)

    story += section('F. INDICATEURS DE SUIVI PROPOSÉS')
    ind = [('Indicateur', 'Valeur cible', 'Mode de collecte'),
           ('Personnes ayant suivi au moins 5 ateliers', '120', 'Feuilles de présence'),
           ('Personnes orientées vers une formation qualifiante', '40', 'Suivi individuel avec la mission locale'),
           ('Denrées sauvées du gaspillage', '9 tonnes', 'Pesées à la réception'),
           ('Séances co-animées par le lycée', '1 sur 4', 'Planning partagé')]
    it = Table([[P(a, tdb if i == 0 else td), P(b, tdb if i == 0 else tdv), P(c, tdb if i == 0 else td)]
                for i, (a, b, c) in enumerate(ind)], colWidths=[80 * mm, 25 * mm, fw - 105 * mm])
    it.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#9a9a9a')),
                            ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e4e7ee')),
                            ('TOPPADDING', (0, 0), (-1, -1), 2.4), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
    story.append(it)

    story += section('G. PIÈCES JOINTES')
    pj = [('Statuts à jour', True), ('Budget prévisionnel du projet', True), ('Relevé d\'identité bancaire', True),
          ('Rapport d\'activité 2023', True), ('Comptes approuvés 2023 (transmis après l\'AG du 22 mars 2025)', False),
          ('Lettres de soutien des partenaires', True), ('Attestation d\'habilitation aide alimentaire', False)]
    pjrows = [[P(('<font color="#1a3d8f">☒</font>' if on else '☐') + NBSP + name, box)] for name, on in pj]
    pjt = Table(pjrows, colWidths=[fw])
    pjt.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.5, colors.HexColor('#9a9a9a')),
                             ('TOPPADDING', (0, 0), (-1, -1), 1.2), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.8)]))
    story.append(pjt)

    story += section('H. ATTESTATION ET SIGNATURE')
    sig = Table([[P("Je soussignée, représentante légale de la structure, certifie exactes les informations du "
                    "présent dossier et m'engage à transmettre un compte rendu d'exécution dans les six mois suivant "
                    "la fin du projet.", box),
                  [P('Fait à :', lab), P('Port-Liénard', val), P('Le :', lab), P('14 novembre 2024', val),
                   P('Signature :', lab), P('N. Ferrand', S('sg', fontName='DVS-BI', fontSize=13, leading=16, textColor=ink))]]],
                colWidths=[fw * 0.6, fw * 0.4])
    sig.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.5, colors.HexColor('#9a9a9a')),
                             ('LINEAFTER', (0, 0), (0, 0), 0.5, colors.HexColor('#9a9a9a')),
                             ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    story.append(sig)
    doc.finish(story)
    return path


# ---------------------------------------------------------------------------
# 5. Planning annuel en grille (paysage)
# ---------------------------------------------------------------------------

def doc5():
    path = os.path.join(OUT, 'obs-s74-05-planning-annuel.pdf')
    W, H = landscape(A4)
    printed = {1: '12', 2: '13'}
    plum = colors.HexColor('#6b2d5c')

    def onpage(c, d):
        meta(c, 'Feuille de route 2025 - planning annuel', 'Reseau Alliances Loire-Ocean',
             'Planning annuel en grille')
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(plum)
        c.setFont('DV-B', 10)
        c.drawString(14 * mm, H - 11 * mm, '⬡ ALO')
        c.setFont('DV', 8)
        c.drawString(30 * mm, H - 11 * mm, fr('Réseau Alliances Loire-Océan · Feuille de route 2025'))
        c.setFont('DV-I', 8)
        c.drawRightString(W - 14 * mm, H - 11 * mm, fr('Version validée en comité de pilotage — document de travail'))
        c.setStrokeColor(plum)
        c.line(14 * mm, H - 13.5 * mm, W - 14 * mm, H - 13.5 * mm)
        c.line(14 * mm, 12 * mm, W - 14 * mm, 12 * mm)
        c.setFillColor(colors.HexColor('#555555'))
        line(c, 14 * mm, 8 * mm, 'alliances-loire-ocean.example.org/feuille-de-route · Planning susceptible '
             'd\'évoluer : se reporter à la version en ligne.', 'DV', 6.8, W - 28 * mm - 14 * mm)
        c.setFont('DV-B', 10)
        c.setFillColor(plum)
        c.drawRightString(W - 14 * mm, 7.5 * mm, printed.get(n, "?"))
        c.restoreState()

    fw = W - 28 * mm
    frame = Frame(14 * mm, 14 * mm, fw, H - 30 * mm, id='f', leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc = Doc(path, landscape(A4), [frame], onpage, 'Feuille de route 2025 - planning annuel',
              'Reseau Alliances Loire-Ocean', 'Planning annuel en grille', 2)

    title = S('t', fontName='DV-B', fontSize=14, leading=17, textColor=plum, spaceAfter=2)
    subt = S('s', fontName='DV-I', fontSize=8.6, leading=11, spaceAfter=5)
    hd = S('hd', fontName='DVC-B', fontSize=7.8, leading=9.5, textColor=colors.white, alignment=TA_CENTER)
    hdl = S('hdl', fontName='DVC-B', fontSize=7.8, leading=9.5, textColor=colors.white)
    rl = S('rl', fontName='DVC', fontSize=7.8, leading=9.4)
    rlb = S('rlb', fontName='DVC-B', fontSize=7.8, leading=9.4, textColor=plum)
    mk = S('mk', fontName='DV', fontSize=8, leading=9.4, alignment=TA_CENTER)
    leg = S('lg', fontName='DV', fontSize=7.8, leading=10)
    note = S('n', fontName='DV', fontSize=7.6, leading=9.8)

    months = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
    GROUP = object()
    rows25 = [
        (GROUP, 'GOUVERNANCE DU RÉSEAU'),
        ('Comité de pilotage du réseau', {1: '● 14', 4: '● 8', 9: '● 23', 12: '● 9'}, '4'),
        ('Assemblée générale annuelle', {6: '● 17'}, '1'),
        ('Comité de suivi de la charte', {1: '● 15*', 7: '● 3'}, '2'),
        (GROUP, 'FORMATION ET OUTILS'),
        ('Cycle « Piloter une alliance » (4 sessions)', {2: '▲ 6', 3: '▲ 20', 5: '▲ 15', 10: '▲ 9'}, '4'),
        ('Cafés-rencontres mensuels', {m: '●' for m in [1, 2, 3, 4, 5, 6, 9, 10, 11, 12]}, '10'),
        ('Podcast « Les Voix de l\'alliance »', {m: '■' for m in [1, 3, 5, 9, 11]}, '5'),
        (GROUP, 'DOSSIERS ET FINANCEMENTS'),
        ('Appel « Alliances de proximité 2026 » : ouverture', {9: '▬', 10: '▬'}, '—'),
        ('Appel « Alliances de proximité 2026 » : clôture', {10: '◆ 31'}, '1'),
        ('Rapport d\'exécution au Fonds territorial', {3: '◆ 28', 9: '◆ 30'}, '2'),
        (GROUP, 'TERRITOIRE ET ÉVÉNEMENTS'),
        ('Consultation publique Estuaire et Bocage', {2: '▬', 3: '▬ 16', 6: '■ 12'}, '—'),
        ('Évaluation annuelle de la charte', {6: '▬', 7: '▬', 9: '■'}, '—'),
        ('Mois de l\'économie sociale et solidaire', {11: '★'}, '1'),
        ('Rencontres des alliances (2e édition)', {11: '○ 27'}, '1'),
        ('Giving Tuesday : temps fort autour de la charte', {12: '★ 2'}, '1'),
    ]

    def grid(rows, heads, first_w, last_label):
        mw = (fw - first_w - 14 * mm) / len(heads)
        data = [[P('Action', hdl)] + [P(h, hd) for h in heads] + [P(last_label, hd)]]
        sty = [('BACKGROUND', (0, 0), (-1, 0), plum),
               ('GRID', (0, 0), (-1, -1), 0.35, colors.HexColor('#b8a3b3')),
               ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
               ('TOPPADDING', (0, 0), (-1, -1), 2.3), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.8),
               ('LEFTPADDING', (0, 0), (-1, -1), 2.5), ('RIGHTPADDING', (0, 0), (-1, -1), 2.5)]
        for r in rows:
            i = len(data)
            if r[0] is GROUP:
                data.append([P(r[1], rlb)] + [''] * (len(heads) + 1))
                sty += [('SPAN', (0, i), (-1, i)), ('BACKGROUND', (0, i), (-1, i), colors.HexColor('#f3e9f0'))]
                continue
            label, marks, tot = r
            line = [P(label, rl)]
            for m in range(1, len(heads) + 1):
                v = marks.get(m, '')
                line.append(P(v, mk) if v else '')
                if v:
                    shade = '#fbe3c4' if v.startswith('▬') else '#fdf6e8'
                    sty.append(('BACKGROUND', (m, i), (m, i), colors.HexColor(shade)))
            line.append(P(tot, mk))
            data.append(line)
        t = Table(data, colWidths=[first_w] + [mw] * len(heads) + [14 * mm], repeatRows=1)
        t.setStyle(TableStyle(sty))
        return t

    legend = ("<b>Légende</b> — ● réunion de gouvernance ou rencontre interne · ▲ session de formation · "
              "■ publication (épisode, synthèse, bilan) · ◆ échéance de dossier (date limite de dépôt) · "
              "★ événement public · ○ date à confirmer · ▬ période continue. Le nombre accolé au symbole "
              "indique le jour du mois. La dernière colonne totalise les occurrences prévues.")
    story = [P('Planning annuel 2025', title),
             P('Actions du réseau mois par mois (grille validée le 14 janvier 2025 ; * séance d\'installation '
               'du comité de suivi, le 15 janvier).', subt),
             grid(rows25, months, 78 * mm, 'Nb'), Spacer(1, 5)]
    lt = Table([[P(legend, leg)]], colWidths=[fw])
    lt.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.6, plum), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#faf6f9'))]))
    story += [lt, Spacer(1, 4),
              P("Repères : la consultation publique de l'agglomération Estuaire et Bocage se clôt le 16 mars ; sa "
                "synthèse est présentée le 12 juin. Les Rencontres des alliances restent à caler avec la commune "
                "hôte.", note),
              PageBreak()]

    heads2 = ['sept. 15', 'oct. 15', 'nov. 15', 'déc. 15', 'janv. 16', 'févr. 16', 'mars 16', 'avr. 16',
              'mai 16', 'juin 16', 'juil. 16', 'août 16', 'sept. 16', 'oct. 16', 'nov. 16', 'déc. 16']
    rows_phare = [
        (GROUP, 'PROGRAMME PHARE — LES SIX VOLETS'),
        ('PHARE-Citoyens', {1: '■'}, '1'),
        ('PHARE-Entreprises', {2: '■'}, '1'),
        ('PHARE-Associations', {3: '■'}, '1'),
        ('13 rapports régionaux (mois non détaillés)', {m: '▬' for m in range(5, 17)}, '13'),
        ('Diagnostics sectoriels', {11: '■'}, '1'),
        ('PHARE-Institutions (automne 2016)', {13: '▬', 14: '▬', 15: '■ 29'}, '1'),
    ]
    story += [P('Rétroplanning de référence : le programme PHARE, de septembre 2015 à décembre 2016', title),
              P("Pour caler nos propres publications, nous avons reconstitué le calendrier des six volets du "
                "programme PHARE de l'Observatoire des partenariats (même légende qu'en page précédente).", subt),
              grid(rows_phare, heads2, 62 * mm, 'Nb'), Spacer(1, 8)]
    notes2 = [
        "<b>Lecture.</b> Les trois premiers volets sont sortis coup sur coup à l'automne 2015 : Citoyens en "
        "septembre, Entreprises en octobre, Associations en novembre. Les 13 rapports régionaux se sont échelonnés "
        "sur 2016, les diagnostics sectoriels sont parus en juillet 2016, et le volet Institutions a clos la série "
        "le 29 novembre 2016.",
        "<b>Ce que nous en retenons.</b> Une publication par mois au plus ; un temps fort régional à chaque "
        "parution ; une synthèse grand public au bout de la série.",
        "<b>Pour mémoire.</b> Le rapport quinquennal du 11 décembre 2012 présentait l'Observatoire national des "
        "partenariats associations / entreprises comme « créé en 2007 ». Nous reprenons ici la formulation de ce "
        "document d'époque.",
    ]
    for n_ in notes2:
        story.append(P(n_, S('n2', fontName='DV', fontSize=8.4, leading=11.4, spaceAfter=4)))
    doc.finish(story)
    return path


# ---------------------------------------------------------------------------
# 6. Synthese de consultation publique avec verbatims en encadres
# ---------------------------------------------------------------------------

def doc6():
    path = os.path.join(OUT, 'obs-s74-06-synthese-consultation.pdf')
    W, H = A4
    printed = {1: '— 2 —', 2: '— 3 —', 3: '— 4 —'}
    blue = colors.HexColor('#0f5b78')
    orange = colors.HexColor('#d9822b')

    def onpage(c, d):
        meta(c, 'Consultation Alliances de proximite - synthese', 'Agglomeration Estuaire et Bocage',
             'Synthese de consultation publique')
        n = c.getPageNumber()
        c.saveState()
        c.setFillColor(blue)
        c.rect(0, H - 9 * mm, W, 9 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont('DV-B', 8.5)
        c.drawString(15 * mm, H - 6 * mm, fr('ESTUAIRE & BOCAGE ≈ agglomération'))
        c.setFont('DV', 8)
        c.drawRightString(W - 15 * mm, H - 6 * mm, fr('Consultation « Alliances de proximité » · Synthèse'))
        c.setFillColor(colors.HexColor('#555555'))
        mw = W - 30 * mm - 16 * mm
        line(c, 15 * mm, 9 * mm, 'Communauté d\'agglomération Estuaire et Bocage — Conseil de développement · '
             'participer.estuaire-bocage.example.fr', 'DV', 6.8, mw)
        line(c, 15 * mm, 5.8 * mm, 'Synthèse établie par un prestataire indépendant ; verbatims reproduits '
             'avec l\'accord de leurs auteurs, anonymement.', 'DV', 6.8, mw)
        c.setFont('DV-B', 9)
        c.setFillColor(blue)
        c.drawRightString(W - 15 * mm, 7 * mm, printed.get(n, "?"))
        c.restoreState()

    fw = W - 30 * mm
    frame = Frame(15 * mm, 14 * mm, fw, H - 28 * mm, id='f', leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc = Doc(path, A4, [frame], onpage, 'Consultation Alliances de proximite - synthese',
              'Agglomeration Estuaire et Bocage', 'Synthese de consultation publique', 3)

    title = S('t', fontName='DVS-B', fontSize=19, leading=23, textColor=blue)
    subt = S('s', fontName='DVS-I', fontSize=10, leading=13.5, spaceAfter=8)
    h2 = S('h2', fontName='DV-B', fontSize=11, leading=14, textColor=blue, spaceBefore=7, spaceAfter=4)
    body = S('b', fontName='DVS', fontSize=9.2, leading=12.6, alignment=TA_JUSTIFY, spaceAfter=4)
    kfig = S('kf', fontName='DV-B', fontSize=16, leading=19, textColor=orange, alignment=TA_CENTER)
    klab = S('kl', fontName='DVC', fontSize=7.8, leading=9.6, alignment=TA_CENTER)
    vq = S('vq', fontName='DVS-I', fontSize=9.6, leading=13, textColor=colors.HexColor('#20323a'))
    va = S('va', fontName='DV', fontSize=7.6, leading=9.6, textColor=colors.HexColor('#5b6b73'), alignment=TA_RIGHT)

    def verbatim(q, who):
        t = Table([[P('« ' + q + ' »', vq)], [P('— ' + who, va)]], colWidths=[fw - 16 * mm])
        t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#fdf3e7')),
                               ('LINEBEFORE', (0, 0), (0, -1), 3, orange),
                               ('BOX', (0, 0), (-1, -1), 0.4, colors.HexColor('#e8c9a5')),
                               ('LEFTPADDING', (0, 0), (-1, -1), 9), ('TOPPADDING', (0, 0), (-1, 0), 6),
                               ('BOTTOMPADDING', (0, -1), (-1, -1), 5)]))
        o = Table([[t]], colWidths=[fw])
        o.setStyle(TableStyle([('LEFTPADDING', (0, 0), (-1, -1), 8 * mm), ('TOPPADDING', (0, 0), (-1, -1), 3),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 5)]))
        return o

    story = [P('Consultation publique « Alliances de proximité »', title),
             P('Synthèse des contributions des habitants et des organisations — du 3 février au 16 mars 2025', subt)]
    kf = [('1 942', 'contributions déposées'), ('1 187', 'participants distincts'),
          ('6', 'réunions publiques'), ('412', 'personnes présentes en réunion'),
          ('38', 'organisations ayant répondu')]
    kt = Table([[P(a, kfig) for a, _ in kf], [P(b, klab) for _, b in kf]], colWidths=[fw / 5] * 5)
    kt.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 0.8, blue), ('LINEAFTER', (0, 0), (-2, -1), 0.4, colors.HexColor('#9cc0cf')),
                            ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#eef6f9')),
                            ('TOPPADDING', (0, 0), (-1, 0), 6), ('BOTTOMPADDING', (0, 1), (-1, 1), 6)]))
    story += [kt, Spacer(1, 6),
              P('La démarche en quelques mots', h2),
              P("Pendant six semaines, l'agglomération a demandé aux habitants, aux associations, aux entreprises "
                "et aux communes comment mieux travailler ensemble sur les difficultés du quotidien. On pouvait "
                "contribuer en ligne, dans l'une des six réunions publiques organisées dans les communes, ou "
                "par écrit dans les urnes installées en mairie.", body),
              P("Les contributions ont été déposées pour 57 % en ligne, 31 % en réunion et 12 % sur papier. Les "
                "moins de 30 ans représentent 14 % des participants, les plus de 65 ans 27 %. Les 38 organisations "
                "qui ont rempli le questionnaire qui leur était destiné se répartissent entre 21 associations, "
                "11 entreprises et 6 communes.", body),
              P('Ce que recouvre une « alliance de proximité »', h2),
              P("Au sens de cette consultation, une alliance de proximité est une coopération durable entre au moins "
                "deux acteurs de nature différente — association, entreprise, collectivité, établissement scolaire ou "
                "de santé — autour d'un besoin repéré à l'échelle d'un quartier ou d'une commune. Un simple don "
                "ponctuel n'en est pas une ; une convention qui engage les deux parties sur plusieurs mois, si.", body),
              P('Méthode d\'analyse', h2),
              P("Chaque contribution a été lue et codée par deux analystes ; une même contribution peut relever de "
                "plusieurs thèmes, d'où des totaux supérieurs à 100 %. Les verbatims retenus illustrent les idées "
                "les plus fréquentes, pas les plus spectaculaires.", body),
              PageBreak()]

    story += [P('Les thèmes qui reviennent le plus', h2)]
    th = S('th', fontName='DVC-B', fontSize=8.4, leading=10.4, textColor=colors.white)
    td = S('td', fontName='DVC', fontSize=8.4, leading=10.6)
    tdr = S('tdr', fontName='DVC-B', fontSize=8.4, leading=10.6, alignment=TA_RIGHT)
    themes = [('1', 'Emploi et insertion', '41 %', 'Accès aux stages, mobilité vers les zones d\'activité'),
              ('2', 'Alimentation et précarité', '33 %', 'Dons des commerces, cuisines partagées, anti-gaspillage'),
              ('3', 'Mobilités du quotidien', '29 %', 'Transport le week-end, covoiturage solidaire'),
              ('4', 'Isolement des personnes âgées', '24 %', 'Visites, portage, lien entre générations'),
              ('5', 'Transition écologique', '22 %', 'Réemploi, jardins partagés, rénovation'),
              ('6', 'Accès aux services publics', '17 %', 'Démarches en ligne, permanences de proximité')]
    tt = Table([[P('N°', th), P('Thème', th), P('Part des contributions', th), P('Exemples d\'attentes', th)]] +
               [[P(a, td), P(b, td), P(c, tdr), P(d, td)] for a, b, c, d in themes],
               colWidths=[11 * mm, 50 * mm, 30 * mm, fw - 91 * mm])
    tt.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), blue),
                            ('LINEBELOW', (0, 1), (-1, -1), 0.3, colors.HexColor('#9cc0cf')),
                            ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
                            ('TOPPADDING', (0, 0), (-1, -1), 2.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 3)]))
    story += [tt, Spacer(1, 6),
              P("L'emploi arrive en tête, ce qui rejoint les grandes enquêtes nationales. Mais l'alimentation, "
                "presque absente des consultations précédentes, s'impose en deuxième position.", body),
              P('Paroles de participants', h2),
              verbatim("Ici, chacun fait son petit truc dans son coin. Si l'épicerie solidaire et le supermarché "
                       "se parlaient, on jetterait moins.",
                       'une participante, 52 ans, réunion publique de Port-Liénard, 12 février'),
              verbatim("Les entreprises veulent aider, mais personne ne sait à qui s'adresser à la mairie.",
                       'le gérant d\'une entreprise de transport, contribution en ligne'),
              verbatim("Je suis bénévole depuis vingt ans. On nous demande toujours des dossiers, jamais notre avis.",
                       'un bénévole associatif, 67 ans, contribution papier'),
              verbatim("Le bus du samedi, c'est ça qui m'a permis de garder mon travail.",
                       'un salarié en insertion, 24 ans, réunion publique des Aubiers'),
              verbatim("On a besoin d'un lieu, pas d'un énième appel à projets.",
                       'la responsable d\'une compagnie de théâtre, questionnaire « organisations »'),
              PageBreak()]

    story += [P('Mise en perspective nationale', h2),
              P("Pour situer ces résultats, le prestataire a rassemblé quelques repères publiés par l'Observatoire "
                "des partenariats. Ils portent sur d'autres populations et d'autres années : ils éclairent la "
                "consultation sans s'y comparer terme à terme.", body)]
    reps = [
        ("Programme ARPEA", "Sigle de « Analyser les Relations Partenariales entre Entreprises et Associations ». "
         "En 2008, 86 % des Français jugeaient urgent de créer des partenariats ; ils étaient encore 84 % en 2012."),
        ("ARPEA – Entreprises & Territoires (janvier 2011)", "21 % des entreprises développaient des partenariats "
         "avec des associations, 33 % souhaitaient le faire et 46 % ne le souhaitaient pas."),
        ("PHARE-Citoyens (septembre 2015)", "Parmi les enjeux du territoire notés sur dix par les habitants "
         "interrogés, la sécurité obtenait 7/10."),
        ("PHARE-Institutions (29 novembre 2016)", "Le volet consacré aux institutions distingue cinq profils de "
         "maires face aux partenariats."),
        ("Parcours d'expérience CGET – Le Rameau", "L'expérimentation de co-construction territoriale a associé le "
         "CGET et 10 territoires pilotes."),
        ("Charte du faire alliance", "D'après le portail associations.gouv.fr, la charte a été dévoilée un mardi "
         "30 septembre."),
    ]
    rt = Table([[P('<b>' + a + '</b>', S('ra', fontName='DVC', fontSize=8.4, leading=10.8, textColor=blue)),
                 P(b, S('rb', fontName='DVS', fontSize=8.8, leading=11.8))] for a, b in reps],
               colWidths=[52 * mm, fw - 52 * mm])
    rt.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.HexColor('#9cc0cf')),
                            ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('TOPPADDING', (0, 0), (-1, -1), 3.5),
                            ('BOTTOMPADDING', (0, 0), (-1, -1), 4.5)]))
    story += [rt, Spacer(1, 4),
              P('Et maintenant ?', h2),
              P("La synthèse sera présentée en réunion publique le 12 juin 2025. Un plan d'action, construit avec le "
                "réseau Alliances Loire-Océan et les communes, sera soumis au conseil communautaire à l'automne. "
                "Trois chantiers sont déjà proposés :", body)]
    for b_ in ["un point d'accueil unique pour les entreprises qui veulent s'engager ;",
               "un inventaire des lieux disponibles pour les activités partagées ;",
               "une ligne de bus solidaire le samedi, à tester pendant un an."]:
        story.append(Paragraph(fr(b_), S('bl', parent=body, leftIndent=12, bulletIndent=2), bulletText='–'))
    story += [Spacer(1, 6),
              P("<i>Merci aux 1 187 participantes et participants. Le détail des contributions, anonymisé, est "
                "consultable sur la plateforme de participation.</i>", body)]
    doc.finish(story)
    return path


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in (doc1, doc2, doc3, doc4, doc5, doc6):
        print(f())
    if FAILED:
        raise SystemExit('nombre de pages inattendu : %s' % ', '.join(FAILED))


if __name__ == '__main__':
    main()
