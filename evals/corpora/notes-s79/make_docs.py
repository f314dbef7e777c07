#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generateur deterministe des 6 PDF du jeu aveugle s79.

Usage : /work/main/.venv/bin/python make_docs.py [DOSSIER_DE_SORTIE]
Aucune date d'execution, aucun hasard : rl_config.invariant = 1.
Les chiffres sur l'Observatoire viennent de /work/shared/facts.md ; les phrases sont ecrites ici.
"""
import os
import re
import sys

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

FD = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('DV', FD + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('DVB', FD + 'DejaVuSans-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVI', FD + 'DejaVuSans-Oblique.ttf'))
pdfmetrics.registerFont(TTFont('DVBI', FD + 'DejaVuSans-BoldOblique.ttf'))
pdfmetrics.registerFont(TTFont('DVS', FD + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('DVSB', FD + 'DejaVuSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('DVSI', FD + 'DejaVuSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('DVC', FD + 'DejaVuSansCondensed.ttf'))
pdfmetrics.registerFont(TTFont('DVCB', FD + 'DejaVuSansCondensed-Bold.ttf'))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('DV', normal='DV', bold='DVB', italic='DVI', boldItalic='DVBI')
registerFontFamily('DVS', normal='DVS', bold='DVSB', italic='DVSI', boldItalic='DVSB')
registerFontFamily('DVC', normal='DVC', bold='DVCB', italic='DVC', boldItalic='DVCB')

NB = '\u00a0'
PREFIX = 'obs-s79-'


def fr(s):
    """Typographie francaise : insecables dans les nombres et avant % EUR : ; ? ! >>."""
    s = re.sub(r'(?<=\d) (?=\d{3}(?!\d))', NB, s)
    s = re.sub(r' (?=[%€:;?!»])', NB, s)
    s = s.replace('« ', '«' + NB)
    return s


def st(name, font='DV', size=9.5, lead=None, color=black, align=0, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3,
                          textColor=color, alignment=align, **kw)


class Doc:
    def __init__(self, path, size=A4):
        self.c = canvas.Canvas(path, pagesize=size, invariant=1, pageCompression=1)
        self.W, self.H = size
        self.c.setAuthor('Generateur s79')
        self.c.setTitle(os.path.basename(path))

    def para(self, text, x, ytop, w, style, maxh=None):
        p = Paragraph(fr(text), style)
        _, h = p.wrap(w, 10000)
        if maxh is not None and h > maxh + 0.1:
            raise SystemExit('DEBORDEMENT %s : %.1f > %.1f : %s' % (self.c._filename, h, maxh, text[:60]))
        if ytop - h < 20:
            raise SystemExit('SORTIE DE PAGE %s : %s' % (self.c._filename, text[:60]))
        p.drawOn(self.c, x, ytop - h)
        return h

    def txt(self, x, y, s, font='DV', size=9, color=black, anchor='l'):
        c = self.c
        c.setFont(font, size)
        c.setFillColor(color)
        s = fr(s)
        if anchor == 'l':
            c.drawString(x, y, s)
        elif anchor == 'c':
            c.drawCentredString(x, y, s)
        else:
            c.drawRightString(x, y, s)
        c.setFillColor(black)

    def save(self):
        self.c.save()


# ---------------------------------------------------------------------------------------------
# 01 - Rapport de mecenat de competences avec fiches missions (bande laterale tournee)
# ---------------------------------------------------------------------------------------------
def doc01(out):
    d = Doc(os.path.join(out, PREFIX + '01-mecenat-competences.pdf'))
    c, W, H = d.c, d.W, d.H
    green = HexColor('#2f6b4f')
    light = HexColor('#e7f1ec')
    body = st('b1', size=9.3)
    small = st('s1', size=8, lead=10.2)
    lab = st('l1', font='DVCB', size=7.8, lead=9.6, color=green)
    val = st('v1', font='DVC', size=8.3, lead=10.4)

    def frame(printed, title):
        c.setFillColor(green)
        c.rect(0, H - 46, W, 46, fill=1, stroke=0)
        d.txt(36, H - 29, 'PASSERELLES', 'DVB', 15, white)
        d.txt(152, H - 29, '◆ Centre-Loire', 'DVI', 10, white)
        d.txt(W - 36, H - 22, 'Rapport mécénat de compétences — exercice 2023', 'DV', 8.5, white, 'r')
        d.txt(W - 36, H - 35, title, 'DVB', 8.5, white, 'r')
        c.setStrokeColor(green)
        c.line(36, 44, W - 36, 44)
        d.txt(36, 32, 'Passerelles Centre-Loire — association loi 1901 — 12 rue des Carmes, 45000 Orléans', 'DV', 7)
        d.txt(36, 22, 'www.passerelles-centre-loire.example — reproduction autorisée avec mention de la source', 'DV', 7)
        c.setFillColor(green)
        c.circle(W - 50, 30, 13, fill=1, stroke=0)
        d.txt(W - 50, 26.5, str(printed), 'DVB', 10, white, 'c')

    def fiche(x, ytop, w, num, rows, hbox):
        c.setFillColor(light)
        c.rect(x, ytop - hbox, w, hbox, fill=1, stroke=0)
        c.setFillColor(green)
        c.rect(x, ytop - hbox, 22, hbox, fill=1, stroke=0)
        c.saveState()
        c.translate(x + 15, ytop - hbox / 2)
        c.rotate(90)
        d.txt(0, 0, 'FICHE MISSION ' + num, 'DVB', 9, white, 'c')
        c.restoreState()
        y = ytop - 8
        for k, v in rows:
            h1 = d.para(k, x + 30, y, 78, lab)
            h2 = d.para(v, x + 112, y, w - 120, val)
            y -= max(h1, h2) + 5
        if y < ytop - hbox:
            raise SystemExit('fiche %s trop haute' % num)

    # ---- page 1 (imprimee 14)
    frame(14, 'Partie 2 — Les missions de l’année')
    y = H - 78
    d.txt(36, y, 'Partie 2. Huit salariés, trois missions, un fil rouge : l’ODD 17', 'DVB', 13, green)
    y -= 14
    y -= d.para("En 2023, notre réseau a mis en relation des entreprises adhérentes du Loiret et du Cher avec "
                "des associations qui avaient besoin d’un coup de main très concret : structurer un tableau de "
                "suivi, former des bénévoles, préparer un dossier de financement. Chaque mission est décrite "
                "ci-dessous par une fiche normalisée. Les compétences sont prêtées sur le temps de travail ; "
                "l’association ne paie rien et l’entreprise ne facture rien.", 36, y, W - 72, body) + 10
    y -= d.para("<b>Pourquoi l’ODD 17 ?</b> Le dix-septième objectif de développement durable parle de "
                "partenariats. Nos fiches s’appuient sur les ressources publiques de Le RAMEAU, le laboratoire "
                "de recherche qui anime l’Observatoire des partenariats, et en particulier sur le Fonds ODD 17.",
                36, y, W - 72, body) + 14
    fw = (W - 72 - 14) / 2
    fiche(36, y, fw, '01', [
        ('Entreprise', 'Imprimerie Vallée &amp; Fils (Vierzon), 2 salariés volontaires'),
        ('Bénéficiaire', 'Épicerie solidaire « Le Panier du Cher »'),
        ('Besoin', 'Construire un tableau de bord des partenaires locaux'),
        ('Durée', '6 demi-journées, de mars à mai 2023'),
        ('Ressource', 'Fonds ODD 17, co-créé en 2020 par Le RAMEAU et la Fondation TotalEnergies'),
        ('À savoir', 'Le fonds est doté de 1,5 M€ pour une expérimentation menée sur 3 ans ; il vise '
                     '350 « catalyseurs territoriaux ».'),
    ], 250)
    fiche(36 + fw + 14, y, fw, '02', [
        ('Entreprise', 'Cabinet comptable Berthier (Orléans), 3 salariés volontaires'),
        ('Bénéficiaire', 'Association de jardins partagés « Racines Nord-Loiret »'),
        ('Besoin', 'Rédiger une première convention avec la mairie et un bailleur social'),
        ('Durée', '4 ateliers de 3 heures, en septembre 2023'),
        ('Outil', 'Plateforme www.odd17.org et ses ressources dites M.E.D.O.C.'),
        ('Sigle', 'M.E.D.O.C. signifie Méthodes, Exemples, Données, Outils, Compétences.'),
    ], 250)
    y -= 250 + 14
    d.para("<i>Lecture des fiches : la bande verte porte le numéro de mission ; les rubriques « Ressource » et "
           "« Outil » renvoient aux dispositifs publics cités dans la partie 3.</i>", 36, y, W - 72, small)
    c.showPage()

    # ---- page 2 (imprimee 15)
    frame(15, 'Partie 2 — Les missions de l’année (suite)')
    y = H - 78
    fiche(36, y, W - 72, '03', [
        ('Entreprise', 'Transports Ruelle (Gien), 3 salariés volontaires, dont une responsable RH'),
        ('Bénéficiaire', 'Comité de bassin d’emploi du Giennois'),
        ('Besoin', 'Animer la première réunion d’un collectif « entreprises – associations – commune »'),
        ('Inspiration', 'Le parcours d’expérience lancé par le CGET et Le Rameau : 11 territoires pionniers '
                        'l’ont suivi pendant 18 mois, la 1re session s’étant tenue le 3 mai.'),
        ('Durée', '2 jours de préparation et 1 soirée d’animation, en novembre 2023'),
        ('Résultat', 'Une feuille de route partagée signée par 9 structures du bassin'),
    ], 175)
    y -= 175 + 18
    d.txt(36, y, 'Ce que disent les volontaires', 'DVB', 11, green)
    y -= 10
    colw = (W - 72 - 20) / 2
    q1 = ("« On pensait venir apporter notre savoir-faire ; on est repartis avec une autre lecture de notre "
          "propre territoire. » — <b>Nadia, assistante de gestion</b>")
    q2 = ("« Le plus dur n’était pas technique : il fallait trouver un vocabulaire commun entre le monde "
          "associatif et le nôtre. » — <b>Thierry, chef d’atelier</b>")
    h1 = d.para(q1, 36, y, colw, st('q', font='DVSI', size=9.5))
    h2 = d.para(q2, 36 + colw + 20, y, colw, st('q2', font='DVSI', size=9.5))
    y -= max(h1, h2) + 18
    d.txt(36, y, 'Bilan chiffré des trois missions', 'DVB', 11, green)
    y -= 8
    rows = [('Mission', 'Volontaires', 'Heures données', 'Structures touchées'),
            ('01 — Panier du Cher', '2', '24 h', '1'),
            ('02 — Racines Nord-Loiret', '3', '36 h', '3'),
            ('03 — Bassin du Giennois', '3', '42 h', '9'),
            ('Total', '8', '102 h', '13')]
    cw = [200, 90, 110, 120]
    for i, r in enumerate(rows):
        y -= 17
        if i == 0 or i == len(rows) - 1:
            c.setFillColor(light)
            c.rect(36, y - 4, sum(cw), 17, fill=1, stroke=0)
        x = 36
        for j, cell in enumerate(r):
            d.txt(x + 4, y, cell, 'DVB' if i in (0, len(rows) - 1) else 'DV', 9)
            x += cw[j]
    y -= 26
    d.para("Les heures indiquées sont celles déclarées par les entreprises ; elles ne comprennent pas les "
           "trajets. Le réseau ne valorise pas ces heures en euros dans ce rapport.", 36, y, W - 72, small)
    c.showPage()

    # ---- page 3 (imprimee 16)
    frame(16, 'Partie 3 — Repères et ressources')
    y = H - 78
    d.txt(36, y, 'Partie 3. D’où viennent nos repères ?', 'DVB', 13, green)
    y -= 14
    y -= d.para("Nous ne sommes pas un centre de recherche. Pour guider nos binômes, nous nous appuyons sur les "
                "travaux publiés par Le RAMEAU, association d’intérêt général qui se présente comme un "
                "laboratoire de recherche empirique sur les alliances entre associations, entreprises et "
                "collectivités.", 36, y, W - 72, body) + 10
    box_h = 170
    c.setStrokeColor(green)
    c.setLineWidth(1.2)
    c.rect(36, y - box_h, W - 72, box_h, fill=0, stroke=1)
    yy = y - 12
    d.txt(48, yy - 4, 'Le RAMEAU en bref', 'DVB', 10.5, green)
    yy -= 18
    for line in ["<b>Création :</b> 2006, sous statut associatif d’intérêt général.",
                 "<b>Terrain :</b> des expérimentations conduites auprès de plus de 500 organisations "
                 "depuis sa création.",
                 "<b>Capitalisation :</b> plus de 1 000 exemples inspirants recensés.",
                 "<b>Gouvernance :</b> Charles-Benoît Heidsieck, président-fondateur ; Laurence Weber, "
                 "directrice générale.",
                 "<b>Recul :</b> 15 ans de recherche et 5 ans d’étude d’impact."]:
        yy -= d.para('▪ ' + line, 48, yy, W - 96, body) + 4
    y -= box_h + 18
    d.txt(36, y, 'Nos engagements pour 2024', 'DVB', 11, green)
    y -= 6
    for i, line in enumerate([
            "Doubler le nombre de fiches missions, avec au moins une mission par communauté de communes.",
            "Former les référents des entreprises adhérentes à la lecture des études de l’Observatoire.",
            "Publier chaque fiche mission en accès libre sur notre site, six mois après la fin de la mission."], 1):
        y -= d.para('%d. %s' % (i, line), 48, y, W - 96, body) + 5
    y -= 12
    d.para("Rapport adopté par le conseil d’administration de Passerelles Centre-Loire. Les faits cités sur "
           "Le RAMEAU et l’Observatoire des partenariats proviennent de leurs publications en ligne ; les "
           "témoignages sont reproduits avec l’accord des personnes.", 36, y, W - 72, small)
    c.showPage()
    d.save()


# ---------------------------------------------------------------------------------------------
# 02 - Guide methodologique avec schemas legendes (callouts numerotes)
# ---------------------------------------------------------------------------------------------
def doc02(out):
    d = Doc(os.path.join(out, PREFIX + '02-guide-methodologique.pdf'))
    c, W, H = d.c, d.W, d.H
    blue = HexColor('#1f4e79')
    pale = HexColor('#dde8f3')
    body = st('b2', font='DVS', size=9.5, lead=12.6)
    leg = st('lg2', font='DV', size=8.2, lead=10.4)
    cap = st('cp2', font='DVB', size=8.6, lead=11, color=blue)

    def frame(printed, chap):
        d.txt(36, H - 30, 'GUIDE MÉTHODOLOGIQUE', 'DVB', 8, blue)
        d.txt(36, H - 41, 'Lire, citer et comparer les études de l’Observatoire des partenariats', 'DV', 8)
        d.txt(W - 36, H - 30, chap, 'DVI', 8, blue, 'r')
        c.setStrokeColor(blue)
        c.setLineWidth(0.6)
        c.line(36, H - 48, W - 36, H - 48)
        c.line(36, 42, W - 36, 42)
        d.txt(36, 30, 'Centre de ressources « Alliances &amp; Territoires » — version 2.1 — diffusion libre, '
              'usage non commercial'.replace('&amp;', '&'), 'DV', 7)
        d.txt(36, 20, 'ressources-alliances.example/guide', 'DV', 7)
        d.txt(W - 36, 24, '— %s —' % printed, 'DVB', 9, blue, 'r')

    def bubble(x, y, n):
        c.setFillColor(HexColor('#c0392b'))
        c.circle(x, y, 7, fill=1, stroke=0)
        d.txt(x, y - 3, str(n), 'DVB', 8, white, 'c')

    def box(x, y, w, h, title, sub, fill=pale):
        c.setFillColor(fill)
        c.setStrokeColor(blue)
        c.roundRect(x, y, w, h, 6, fill=1, stroke=1)
        d.txt(x + w / 2, y + h - 16, title, 'DVB', 10, blue, 'c')
        d.txt(x + w / 2, y + h - 30, sub, 'DV', 8.5, black, 'c')

    def arrow(x1, y1, x2, y2):
        c.setStrokeColor(blue)
        c.setLineWidth(1.4)
        c.line(x1, y1, x2, y2)
        c.setFillColor(blue)
        p = c.beginPath()
        p.moveTo(x2, y2)
        p.lineTo(x2 - 7, y2 + 4)
        p.lineTo(x2 - 7, y2 - 4)
        p.close()
        c.drawPath(p, fill=1, stroke=0)

    # ---- page 1 (imprimee 23)
    frame(23, 'Chapitre 3 — Les programmes d’études')
    y = H - 76
    d.txt(36, y, '3.1 Trois programmes, trois questions', 'DVB', 13, blue)
    y -= 12
    y -= d.para("Avant de citer un chiffre, il faut savoir de quel programme il vient. L’Observatoire des "
                "partenariats a été lancé en 2008 par la Caisse des Dépôts et Le RAMEAU, avec le MEDEF et le "
                "Mouvement associatif comme partenaires. Sa direction scientifique est assurée à titre "
                "bénévole par Anne Robin, qui a fondé le cabinet COMISIS. Ses travaux se succèdent par "
                "programmes de cinq ans : la figure 3.1 les met bout à bout.", 36, y, W - 72, body) + 16
    # schema 1
    bw, bh = 140, 48
    xs = [50, 50 + bw + 40, 50 + 2 * (bw + 40)]
    sy = y - bh - 10
    box(xs[0], sy, bw, bh, 'ARPEA', '2008-2012')
    box(xs[1], sy, bw, bh, 'PHARE', '2013-2018')
    box(xs[2], sy, bw, bh, 'IMPACT', '2018-2022')
    arrow(xs[0] + bw + 2, sy + bh / 2, xs[1] - 2, sy + bh / 2)
    arrow(xs[1] + bw + 2, sy + bh / 2, xs[2] - 2, sy + bh / 2)
    bubble(xs[0] + bw - 6, sy + bh + 2, 1)
    bubble(xs[1] + bw - 6, sy + bh + 2, 2)
    bubble(xs[2] + bw - 6, sy + bh + 2, 3)
    y = sy - 16
    y -= d.para("Figure 3.1 — Les plans quinquennaux de l’Observatoire", 36, y, W - 72, cap) + 4
    legend = [
        "<b>①</b> ARPEA : « Analyse des Relations et des Partenariats entre Entreprises et Associations ». "
        "Le programme compte 10 volets ; il s’achève avec le rapport quinquennal du 11 décembre 2012.",
        "<b>②</b> PHARE : certaines pages le datent 2013-2017 au lieu de 2013-2018 ; le détail de ses volets "
        "figure en 3.2.",
        "<b>③</b> IMPACT : lancé en novembre 2017 pour couvrir 2018-2022 (voir 3.3)."]
    for l in legend:
        y -= d.para(l, 50, y, W - 100, leg) + 3
    y -= 14
    d.txt(36, y, 'Conseil de méthode', 'DVB', 10, blue)
    y -= 6
    y -= d.para("Citez toujours le programme et la date de publication à côté du pourcentage. Un même sujet "
                "(par exemple l’envie de partenariat des Français) a été mesuré plusieurs fois, et les "
                "résultats ne se comparent qu’à questionnaire constant.", 36, y, W - 72, body)
    c.showPage()

    # ---- page 2 (imprimee 24)
    frame(24, 'Chapitre 3 — Les programmes d’études')
    y = H - 76
    d.txt(36, y, '3.2 Le programme PHARE en six volets', 'DVB', 13, blue)
    y -= 12
    y -= d.para("PHARE a interrogé successivement chaque catégorie d’acteurs. La figure 3.2 place les six volets "
                "autour du programme ; les pastilles renvoient à la légende, qui donne la date de chaque "
                "publication.", 36, y, W - 72, body) + 10
    cx, cy = W / 2, y - 150
    c.setFillColor(blue)
    c.circle(cx, cy, 38, fill=1, stroke=0)
    d.txt(cx, cy + 2, 'PHARE', 'DVB', 12, white, 'c')
    d.txt(cx, cy - 12, '6 volets', 'DV', 8, white, 'c')
    import math
    names = ['Citoyens', 'Entreprises', 'Associations', 'Régions', 'Secteurs', 'Institutions']
    for i, nme in enumerate(names):
        ang = math.radians(90 - i * 60)
        bx = cx + 165 * math.cos(ang)
        by = cy + 112 * math.sin(ang)
        c.setStrokeColor(blue)
        c.setLineWidth(0.8)
        c.line(cx + 40 * math.cos(ang), cy + 40 * math.sin(ang), bx - 0.6 * 60 * math.cos(ang),
               by - 0.6 * 30 * math.sin(ang))
        c.setFillColor(pale)
        c.roundRect(bx - 55, by - 14, 110, 28, 5, fill=1, stroke=1)
        d.txt(bx, by - 3, nme, 'DVB', 9, blue, 'c')
        bubble(bx + 55, by + 14, i + 1)
    y = cy - 150
    y -= d.para("Figure 3.2 — Les volets du programme PHARE et leurs dates de parution", 36, y, W - 72, cap) + 4
    legend = [
        "<b>①</b> PHARE-Citoyens : septembre 2015.",
        "<b>②</b> PHARE-Entreprises : octobre 2015.",
        "<b>③</b> PHARE-Associations : novembre 2015.",
        "<b>④</b> Régions : 13 rapports régionaux, en 2016.",
        "<b>⑤</b> Secteurs : diagnostics sectoriels, juillet 2016.",
        "<b>⑥</b> PHARE-Institutions : automne 2016, précisément le 29 novembre 2016 ; le volet distingue "
        "5 profils de maires."]
    colw = (W - 100) / 2
    yl = yr = y
    for i, l in enumerate(legend):
        if i < 3:
            yl -= d.para(l, 50, yl, colw - 10, leg) + 3
        else:
            yr -= d.para(l, 50 + colw, yr, colw - 10, leg) + 3
    y = min(yl, yr) - 14
    d.txt(36, y, 'À noter', 'DVB', 10, blue)
    y -= 6
    d.para("Un rapport d’état des lieux des partenariats entre associations et entreprises, demandé par la "
           "ministre Valérie Fourneyron, a été publié début 2014, au début du programme PHARE.",
           36, y, W - 72, body)
    c.showPage()

    # ---- page 3 (imprimee 25)
    frame(25, 'Chapitre 3 — Les programmes d’études')
    y = H - 76
    d.txt(36, y, '3.3 IMPACT : un programme, trois axes', 'DVB', 13, blue)
    y -= 12
    y -= d.para("Le programme IMPACT n’a pas été porté par le seul Observatoire : il associe plusieurs "
                "partenaires, représentés en haut de la figure 3.3. Ses résultats se lisent selon trois axes, "
                "en bas de la figure.", 36, y, W - 72, body) + 14
    partners = ['Caisse des Dépôts', 'Institut CDC pour la Recherche', 'Groupe La Poste', 'Fondation TOTAL',
                'Le RAMEAU']
    pw = (W - 72 - 4 * 8) / 5
    py = y - 34
    for i, p in enumerate(partners):
        x = 36 + i * (pw + 8)
        c.setFillColor(pale)
        c.setStrokeColor(blue)
        c.rect(x, py, pw, 34, fill=1, stroke=1)
        d.para('<para alignment="center">%s</para>' % p, x + 3, py + 30, pw - 6,
               st('pp', font='DVB', size=7.6, lead=9.2, color=blue), maxh=30)
    bubble(36 + 5 * pw + 4 * 8 - 4, py + 36, 1)
    my = py - 60
    c.setFillColor(blue)
    c.roundRect(W / 2 - 80, my, 160, 34, 8, fill=1, stroke=0)
    d.txt(W / 2, my + 13, 'Programme IMPACT', 'DVB', 11, white, 'c')
    c.setStrokeColor(blue)
    c.line(W / 2, py, W / 2, my + 34)
    axes = ['Innovation sociétale et territoriale', 'Performance des organisations', 'Confiance']
    aw = 150
    ay = my - 80
    for i, a in enumerate(axes):
        x = 50 + i * (aw + (W - 100 - 3 * aw) / 2)
        c.setStrokeColor(blue)
        c.line(W / 2, my, x + aw / 2, ay + 36)
        c.setFillColor(HexColor('#fdf2e3'))
        c.roundRect(x, ay, aw, 36, 6, fill=1, stroke=1)
        d.para('<para alignment="center">%s</para>' % a, x + 4, ay + 30, aw - 8,
               st('ax', font='DVB', size=8.4, lead=10.2), maxh=28)
    bubble(50 + 3 * aw + (W - 100 - 3 * aw) - 4, ay + 38, 2)
    y = ay - 18
    y -= d.para("Figure 3.3 — Partenaires et axes de lecture du programme IMPACT", 36, y, W - 72, cap) + 4
    for l in ["<b>①</b> Cinq partenaires ont mené IMPACT ensemble ; la Fondation TOTAL est citée sous son nom de "
              "l’époque.",
              "<b>②</b> Les trois axes servent aussi d’indicateurs : innovation, performance, confiance."]:
        y -= d.para(l, 50, y, W - 100, leg) + 3
    y -= 14
    d.txt(36, y, '3.4 Attention aux sigles qui changent', 'DVB', 11, blue)
    y -= 6
    y -= d.para("Le sigle ARPEA n’est pas toujours développé de la même manière selon les pages : on lit aussi "
                "« Analyser les Relations Partenariales entre Entreprises et Associations ». Dans ce guide, "
                "nous retenons la formulation du rapport quinquennal, donnée en légende de la figure 3.1.",
                36, y, W - 72, body)
    c.showPage()
    d.save()


# ---------------------------------------------------------------------------------------------
# 03 - Compte rendu de table ronde a plusieurs intervenants (orateurs en marge)
# ---------------------------------------------------------------------------------------------
def doc03(out):
    d = Doc(os.path.join(out, PREFIX + '03-table-ronde.pdf'))
    c, W, H = d.c, d.W, d.H
    red = HexColor('#7a1f3d')
    body = st('b3', font='DVS', size=9.4, lead=12.4)
    spk = st('sp3', font='DVCB', size=8, lead=9.6, color=red)
    note = st('n3', font='DVI', size=8, lead=10)
    ML = 130  # largeur de la marge des orateurs

    def frame(printed):
        d.txt(36, H - 30, 'ACTES', 'DVB', 16, red)
        d.txt(100, H - 30, 'des 4es Rencontres de l’engagement du Val-de-Marne', 'DV', 9)
        d.txt(100, H - 42, 'Table ronde n° 2 — « Faire alliance : de la charte aux actes »', 'DVI', 8.5)
        c.setStrokeColor(red)
        c.setLineWidth(2)
        c.line(36, H - 50, W - 36, H - 50)
        c.setLineWidth(0.5)
        c.line(36, 46, W - 36, 46)
        d.txt(36, 33, 'Compte rendu établi par le secrétariat des Rencontres — propos relus par les intervenants',
              'DV', 7)
        d.txt(36, 23, 'rencontres-engagement94.example/actes', 'DV', 7)
        d.txt(W - 36, 30, 'Actes — page %s' % printed, 'DVB', 8.5, red, 'r')

    def turn(y, who, text):
        h1 = d.para(who, 36, y, ML - 16, spk)
        h2 = d.para(text, 36 + ML, y, W - 72 - ML, body)
        h = max(h1, h2) + 8
        c.setStrokeColor(red)
        c.setLineWidth(0.5)
        c.line(36 + ML - 8, y + 4, 36 + ML - 8, y - h + 4)
        return h

    # ---- page 1 (imprimee 36)
    frame(36)
    y = H - 74
    y -= d.para("<i>La table ronde s’est tenue le jeudi 21 mars 2024 dans la salle du conseil de la mairie de "
                "Saint-Maurice. Quatre personnes étaient réunies autour de la modératrice ; le public comptait "
                "des élus, des dirigeants associatifs et des chefs d’entreprise du département.</i>",
                36 + ML, y, W - 72 - ML, note) + 10
    d.para('PARTICIPANTS', 36, H - 74, ML - 16, spk)
    hp = d.para("Sophie Marchal, journaliste, modératrice<br/>Karim Benali, délégué d’un club d’entreprises<br/>"
           "Hélène Dufresne, présidente d’une association d’insertion<br/>Mathieu Roux, adjoint au maire "
           "chargé de la vie associative<br/>Claire Vasseur, chargée de mission dans une fondation territoriale",
           36, H - 88, ML - 16, st('pl', font='DVC', size=7.4, lead=9.2))
    y = min(y, H - 88 - hp) - 16
    y -= turn(y, 'SOPHIE MARCHAL<br/>modératrice',
              "Commençons par l’endroit où nous sommes. Pourquoi cette salle, pourquoi Saint-Maurice ?")
    y -= turn(y, 'MATHIEU ROUX',
              "Parce que c’est ici qu’a été lancée la Charte du faire alliance, le 30 novembre 2021, un soir de "
              "Giving Tuesday. C’était une soirée VitaWin, sur le territoire de Paris-Est Marne &amp; Bois. On "
              "avait rarement vu autant de mondes différents dans la même pièce.")
    y -= turn(y, 'SOPHIE MARCHAL',
              "Cette charte n’est pas sortie d’un chapeau…")
    y -= turn(y, 'CLAIRE VASSEUR',
              "Non. Elle est le fruit de trois mois de co-construction, pilotés par la Fondation des Territoires. "
              "Le texte se présente comme un « contrat de confiance » : chacun garde son identité, mais "
              "s’engage sur une manière de travailler ensemble.")
    y -= turn(y, 'HÉLÈNE DUFRESNE',
              "Et Paris-Est Marne &amp; Bois n’était pas un choix au hasard. Le territoire faisait partie des "
              "pilotes de la démarche « Agir ensemble en Territoire », avec l’Alsace, accompagnée par Alsace "
              "Active, et le Poitou-Charentes, accompagné par le Groupe La Poste.")
    y -= turn(y, 'SOPHIE MARCHAL',
              "Cette démarche, elle a démarré quand ?")
    y -= turn(y, 'HÉLÈNE DUFRESNE',
              "En 2010. Elle a suivi une étude ARPEA consacrée aux collectivités locales, réalisée par "
              "Comisis et OpinionWay.")
    c.showPage()

    # ---- page 2 (imprimee 37)
    frame(37)
    y = H - 74
    y -= turn(y, 'SOPHIE MARCHAL',
              "Claire, vous travaillez avec la Fondation des Territoires. Pouvez-vous la présenter en deux mots ?")
    y -= turn(y, 'CLAIRE VASSEUR',
              "Sa préfiguration a été lancée en juillet 2018, en trois étapes. Elle a été créée officiellement "
              "le 14 juin 2022, sous l’égide de la Fondation de Lille. Elle réunit 21 co-fondateurs et s’est "
              "donné 3 missions.")
    y -= turn(y, 'KARIM BENALI',
              "Ce qui a compté pour nos adhérents, c’est que l’État s’en mêle. En 2019, lors du FNAF, Gabriel "
              "Attal a confié une mission à la députée Cathy Racon-Bouzon et à Charles-Benoît Heidsieck, le "
              "président-fondateur du RAMEAU.")
    y -= turn(y, 'SOPHIE MARCHAL',
              "Et ce rapport, il a été rendu quand ?")
    y -= turn(y, 'KARIM BENALI',
              "Le 7 mai 2020, en plein confinement. Un bilan a suivi le 17 octobre 2020. Derrière, il y a eu "
              "une « feuille de route » ministérielle de 21 mesures.")
    y -= turn(y, 'MATHIEU ROUX',
              "Et une proposition de loi sur le « droit de l’alliance d’intérêt général », portée par Cathy "
              "Racon-Bouzon. Elle a été agréée par le Bureau de l’Assemblée nationale et publiée au Journal "
              "officiel.")
    y -= turn(y, '<i>Réaction<br/>dans la salle</i>',
              "<i>Une participante demande si les petites communes ont été associées aux expérimentations "
              "nationales.</i>")
    y -= turn(y, 'MATHIEU ROUX',
              "Oui : le CGET a mené une expérimentation avec 10 territoires pilotes. Je ne saurais pas vous "
              "dire lesquels de tête, mais il y avait des communes rurales.")
    c.showPage()

    # ---- page 3 (imprimee 38)
    frame(38)
    y = H - 74
    y -= turn(y, 'SOPHIE MARCHAL',
              "Un dernier tour de table : une chose à retenir ?")
    y -= turn(y, 'HÉLÈNE DUFRESNE',
              "Qu’on n’attende pas d’être parfaits. Les associations de notre réseau ont signé la charte à "
              "plusieurs, en se répartissant le travail.")
    y -= turn(y, 'KARIM BENALI',
              "Que l’entreprise n’est pas un carnet de chèques. Nos adhérents prêtent des compétences, des "
              "locaux, des réseaux.")
    y -= turn(y, 'CLAIRE VASSEUR',
              "Que la confiance se construit dans la durée : c’est pour cela que la Fondation des Territoires a "
              "pris quatre ans de préfiguration avant d’exister.")
    y -= turn(y, 'MATHIEU ROUX',
              "Que la commune peut être l’endroit où tout le monde se retrouve, à condition de ne pas vouloir "
              "tout piloter.")
    y -= 10
    bh = 150
    c.setFillColor(HexColor('#f6e9ee'))
    c.rect(36, y - bh, W - 72, bh, fill=1, stroke=0)
    yy = y - 10
    d.txt(48, yy - 6, 'Repères cités pendant la table ronde', 'DVB', 10, red)
    yy -= 20
    for l in ["30 novembre 2021 : lancement de la Charte du faire alliance à Saint-Maurice (Giving Tuesday).",
              "2010 : début de la démarche « Agir ensemble en Territoire ».",
              "7 mai 2020 : remise du rapport de la mission confiée par Gabriel Attal.",
              "17 octobre 2020 : bilan de la mission.",
              "Juillet 2018 : lancement de la préfiguration de la Fondation des Territoires.",
              "14 juin 2022 : création de la Fondation des Territoires (21 co-fondateurs)."]:
        yy -= d.para('— ' + l, 48, yy, W - 96, st('rp', font='DV', size=8.6, lead=11)) + 3
    y -= bh + 14
    d.para("<i>Fin de la table ronde. Les propos ont été résumés et ne constituent pas une transcription "
           "intégrale. La table ronde n° 3 est retranscrite à partir de la page 39.</i>", 36, y, W - 72, note)
    c.showPage()
    d.save()


# ---------------------------------------------------------------------------------------------
# 04 - Tableau de bord annuel avec jauges (A4 paysage)
# ---------------------------------------------------------------------------------------------
def doc04(out):
    d = Doc(os.path.join(out, PREFIX + '04-tableau-de-bord.pdf'), size=landscape(A4))
    c, W, H = d.c, d.W, d.H
    navy = HexColor('#233142')
    orange = HexColor('#e8743b')
    grey = HexColor('#d9dde3')
    small = st('s4', size=7.8, lead=9.8)

    def frame(printed, title):
        c.setFillColor(navy)
        c.rect(0, H - 40, W, 40, fill=1, stroke=0)
        d.txt(30, H - 26, 'BAROMÈTRE', 'DVB', 13, orange)
        d.txt(122, H - 26, 'des alliances — tableau de bord annuel 2024', 'DV', 11, white)
        d.txt(W - 30, H - 26, title, 'DVB', 10, white, 'r')
        d.txt(30, 22, 'Réseau des acteurs de l’engagement — synthèse interne d’indicateurs publics — ne pas '
              'utiliser sans citer l’étude d’origine', 'DV', 6.8)
        d.txt(30, 13, 'barometre-alliances.example', 'DV', 6.8)
        d.txt(W - 30, 16, 'TB %s' % printed, 'DVB', 9, navy, 'r')

    def gauge(cx, cy, r, pct, label, source):
        c.setLineWidth(13)
        c.setStrokeColor(grey)
        c.arc(cx - r, cy - r, cx + r, cy + r, 0, 180)
        c.setStrokeColor(orange)
        c.arc(cx - r, cy - r, cx + r, cy + r, 180, -180 * pct / 100.0)
        c.setLineWidth(1)
        d.txt(cx, cy + 4, '%d %%' % pct, 'DVB', 17, navy, 'c')
        d.para('<para alignment="center">%s</para>' % label, cx - r - 14, cy - 12, 2 * r + 28,
               st('gl', font='DVB', size=8.2, lead=10, color=navy), maxh=32)
        d.para('<para alignment="center">%s</para>' % source, cx - r - 14, cy - 46, 2 * r + 28,
               st('gs', font='DVI', size=7, lead=8.6), maxh=28)

    # ---- page 1 (imprimee 3)
    frame(3, 'Volet 1 — L’envie d’alliance')
    y = H - 70
    d.para("<b>Lecture :</b> chaque jauge indique la part d’un public qui se dit favorable à l’alliance entre "
           "acteurs. Les trois publics n’ont pas été interrogés avec la même question : voir la source sous "
           "chaque jauge.", 30, y, W - 60, st('i4', size=9.2))
    r = 62
    cy = H - 210
    xs = [W * 0.2, W * 0.5, W * 0.8]
    gauge(xs[0], cy, r, 81, 'des Français estiment qu’il existe un « devoir d’alliance »',
          'Le RAMEAU, page « Le droit à l’alliance d’intérêt général enfin reconnu »')
    gauge(xs[1], cy, r, 92, 'des maires expriment un « besoin d’alliance »', 'même source')
    gauge(xs[2], cy, r, 84, 'des dirigeants d’entreprise ont « envie d’alliance »', 'même source')
    y = cy - 78
    c.setStrokeColor(grey)
    c.line(30, y, W - 30, y)
    y -= 14
    d.txt(30, y, 'Sortie de crise sanitaire', 'DVB', 11, navy)
    y -= 8
    colw = (W - 60 - 30) / 2
    h1 = d.para("Pour une sortie de crise « en jouant collectif », 81 % des Français et 84 % des dirigeants "
                "de TPE &amp; PME jugent la co-construction utile à la résilience après le Covid. "
                "Plus de 250 données ont été inventoriées pour éclairer l’action.",
                30, y, colw, st('t4', size=9.2))
    h2 = d.para("Côté élus, 64 % des élus locaux veulent s’appuyer sur le « jouer collectif », et 92 % des "
                "maires reconnaissent l’utilité de la co-construction (compte rendu du dîner « Elus &amp; "
                "Entreprises »).", 30 + colw + 30, y, colw, st('t4b', size=9.2))
    c.showPage()

    # ---- page 2 (imprimee 4)
    frame(4, 'Volet 2 — Les partenariats, source d’innovation')
    y = H - 64
    d.para("Part de chaque public qui voit dans les partenariats une source d’innovation (programme IMPACT).",
           30, y, W - 60, st('i4b', size=9.2))
    r = 50
    cy = H - 175
    xs = [W * 0.14, W * 0.38, W * 0.62, W * 0.86]
    for x, p, l in zip(xs, [74, 81, 86, 87], ['des Français', 'des dirigeants d’entreprise',
                                            'des responsables associatifs', 'des maires']):
        gauge(x, cy, r, p, l, 'programme IMPACT, lerameau.fr')
    y = cy - 70
    c.setStrokeColor(grey)
    c.line(30, y, W - 30, y)
    y -= 12
    d.txt(30, y - 6, 'Zoom sur les maires', 'DVB', 11, navy)
    gy = y - 100
    gauge(W * 0.2, gy, 44, 76, 'des maires jugent leur territoire engagé', 'programme IMPACT')
    gauge(W * 0.45, gy, 44, 46, 'des maires ne savent pas piloter ces alliances', 'programme IMPACT')
    d.para("<b>Attention :</b> une autre page publique reprend ces résultats en indiquant 69 % pour les "
           "citoyens au lieu de 74 %. Ce tableau de bord retient 74 %, chiffre de la page du programme "
           "IMPACT.", W * 0.62, y - 20, W * 0.38 - 30, st('w4', size=8.6, lead=11))
    c.showPage()

    # ---- page 3 (imprimee 5)
    frame(5, 'Volet 3 — Les élus locaux en 2024')
    y = H - 64
    d.para("Étude IMPACTS &amp; TRAJECTOIRES – Elus locaux, publiée en novembre 2024 : 302 maires interrogés "
           "par téléphone du 30 septembre au 28 octobre 2024.", 30, y, W - 60, st('i4c', size=9.2))
    r = 62
    cy = H - 200
    gauge(W * 0.2, cy, r, 91, 'des maires voient leur territoire « en mouvement »', 'IMPACTS &amp; '
          'TRAJECTOIRES 2024')
    gauge(W * 0.5, cy, r, 35, 'le voient « fortement » en mouvement', 'dont')
    gauge(W * 0.8, cy, r, 56, 'le voient en mouvement « ni plus ni moins »', 'dont')
    y = cy - 80
    c.setStrokeColor(grey)
    c.line(30, y, W - 30, y)
    y -= 14
    d.txt(30, y, 'Profil des répondants', 'DVB', 11, navy)
    y -= 8
    colw = (W - 60 - 30) / 2
    d.para("84 % des répondants sont maires de communes de moins de 2 000 habitants. Le panel reflète donc "
           "d’abord la France des petites communes.", 30, y, colw, st('t4c', size=9.2))
    d.para("<b>Méthode</b> — enquête téléphonique ; les résultats en jauges arrondis à l’unité. "
           "Les sous-totaux « fortement » et « ni plus ni moins » composent les 91 %.",
           30 + colw + 30, y, colw, small)
    c.showPage()
    d.save()


# ---------------------------------------------------------------------------------------------
# 05 - Lettre aux adherents avec coupon-reponse (pointilles de decoupe)
# ---------------------------------------------------------------------------------------------
def doc05(out):
    d = Doc(os.path.join(out, PREFIX + '05-lettre-adherents.pdf'))
    c, W, H = d.c, d.W, d.H
    teal = HexColor('#0e6e74')
    body = st('b5', font='DVS', size=9.8, lead=13.2)
    small = st('s5', size=7.8, lead=9.8)

    def frame(printed):
        c.setFillColor(teal)
        c.rect(36, H - 70, 46, 46, fill=1, stroke=0)
        d.txt(59, H - 54, 'CNS', 'DVB', 13, white, 'c')
        d.txt(92, H - 40, 'Collectif normand des solidarités', 'DVB', 12, teal)
        d.txt(92, H - 54, 'Lettre aux adhérents — n° 37', 'DV', 9)
        d.txt(36, 34, 'Collectif normand des solidarités — 8 quai de la Londe, 14000 Caen — '
              'cns-normandie.example', 'DV', 7)
        d.txt(36, 24, 'Vos données ne servent qu’à la gestion des inscriptions ; vous pouvez en demander la '
              'suppression à tout moment.', 'DV', 7)
        d.txt(W - 36, 29, printed, 'DVB', 8.5, teal, 'r')

    # ---- page 1 (imprimee 1/2)
    frame('1/2')
    y = H - 100
    d.txt(W - 36, y, 'Caen, novembre', 'DVI', 9, black, 'r')
    y -= 22
    y -= d.para("Chères adhérentes, chers adhérents,", 36, y, W - 72, body) + 6
    y -= d.para("Notre région a enfin son portrait : le <b>11e rapport régional</b> de l’Observatoire des "
                "partenariats est consacré à la Normandie. Il est publié le <b>26 novembre</b>, le jour même "
                "où se tient le <b>5e webinaire « l’ODD 17 en pratique »</b>, auquel nous vous proposons de "
                "participer ensemble (coupon au verso).", 36, y, W - 72, body) + 6
    y -= d.para("Deux autres rendez-vous encadrent cette publication. Le 15 novembre, la revue JURIS "
                "Associations consacre un dossier au sujet dans son n° 628. Le 23 novembre se tient le 3e "
                "dîner « Elus &amp; Entreprises », auquel notre vice-présidente est invitée.",
                36, y, W - 72, body) + 6
    y -= d.para("Pourquoi ces rapports régionaux nous concernent-ils ? Parce que les habitants attendent "
                "beaucoup des alliances locales. Les chiffres nationaux de l’enquête PHARE-Citoyens, parue en "
                "septembre 2015 auprès de plus de 2 000 personnes, le montraient déjà :", 36, y, W - 72,
                body) + 8
    # encadre chiffres en deux colonnes
    bh = 178
    c.setStrokeColor(teal)
    c.setLineWidth(1)
    c.rect(36, y - bh, W - 72, bh, stroke=1, fill=0)
    colw = (W - 72) / 2
    d.txt(48, y - 16, 'Priorités des Français (note sur 10)', 'DVB', 9.5, teal)
    d.txt(48 + colw, y - 16, 'Où les partenariats ont un impact fort', 'DVB', 9.5, teal)
    yy = y - 34
    for k, v in [('Emploi', '7,1/10'), ('Pouvoir d’achat', '6,6/10'), ('Développement économique', '6,5/10'),
                 ('Sécurité', '6,6/10'), ('Environnement', '6,3/10'), ('Exclusion', '6,3/10')]:
        d.txt(56, yy, k, 'DV', 9)
        d.txt(36 + colw - 20, yy, v, 'DVB', 9, black, 'r')
        c.setStrokeColor(HexColor('#bcd9da'))
        c.setLineWidth(0.4)
        c.line(56, yy - 4, 36 + colw - 20, yy - 4)
        yy -= 21
    yy = y - 34
    for k, v in [('Emploi', '49 %'), ('Développement économique', '46 %'), ('Environnement', '42 %'),
                 ('Précarité', '36 %'), ('Éducation', '36 %')]:
        d.txt(56 + colw, yy, k, 'DV', 9)
        d.txt(W - 56, yy, v, 'DVB', 9, black, 'r')
        c.line(56 + colw, yy - 4, W - 56, yy - 4)
        yy -= 21
    d.para("Et 69 % des Français y reconnaissaient un « devoir d’alliance ».", 48 + colw, yy - 2,
           colw - 30, st('s5b', font='DVB', size=8.4, lead=10.4, color=teal))
    y -= bh + 12
    y -= d.para("Autre date à garder en tête : la Charte du faire alliance, dévoilée le mardi 30 septembre à "
                "Saint-Maurice, lors du Giving Tuesday, selon la présentation qu’en a faite le site "
                "associations.gouv.fr. Plusieurs d’entre vous nous ont demandé s’il fallait la signer : nous "
                "en parlerons à l’assemblée de printemps.", 36, y, W - 72, body) + 8
    d.para("Bien solidairement,<br/><b>Agnès Lemarchand</b>, présidente", W / 2, y, W / 2 - 36, body)
    c.showPage()

    # ---- page 2 (imprimee 2/2)
    frame('2/2')
    y = H - 100
    d.txt(36, y, 'Le programme de novembre en un coup d’œil', 'DVB', 12, teal)
    y -= 10
    rows = [('15 nov.', 'Dossier dans JURIS Associations n° 628', 'lecture recommandée'),
            ('23 nov.', '3e dîner « Elus &amp; Entreprises »', 'sur invitation'),
            ('26 nov.', 'Publication du 11e rapport régional : Normandie', 'en ligne'),
            ('26 nov.', '5e webinaire « l’ODD 17 en pratique »', 'inscription par le coupon')]
    for a, b, cc in rows:
        y -= 6
        h = d.para('<b>%s</b>' % a, 36, y, 60, st('r5', size=9.2))
        d.para(b, 100, y, 290, st('r5b', size=9.2))
        d.para('<i>%s</i>' % cc, 400, y, W - 436, st('r5c', size=8.6))
        y -= max(h, 14) + 4
        c.setStrokeColor(HexColor('#bcd9da'))
        c.line(36, y, W - 36, y)
    y -= 16
    y -= d.para("Pour le webinaire, nous réservons une salle équipée au siège pour celles et ceux qui préfèrent "
                "le suivre ensemble ; un café suivra l’échange. Merci de nous renvoyer le coupon ci-dessous "
                "avant le 20 novembre.", 36, y, W - 72, body) + 24
    # ligne de decoupe
    c.setDash(4, 3)
    c.setStrokeColor(black)
    c.line(36, y, W - 36, y)
    c.setDash()
    d.txt(36, y + 4, '✂ à découper', 'DV', 7.5)
    y -= 18
    c.setStrokeColor(teal)
    c.setLineWidth(1.2)
    ch = 260
    c.rect(36, y - ch, W - 72, ch, stroke=1, fill=0)
    d.txt(W / 2, y - 20, 'COUPON-RÉPONSE', 'DVB', 12, teal, 'c')
    d.txt(W / 2, y - 34, 'à renvoyer au CNS avant le 20 novembre', 'DVI', 8.5, black, 'c')
    yy = y - 58
    for lab in ['Nom et prénom', 'Structure adhérente', 'Courriel', 'Téléphone']:
        d.txt(52, yy, lab + ' :', 'DV', 9)
        c.setDash(1, 2)
        c.line(170, yy - 2, W - 52, yy - 2)
        c.setDash()
        yy -= 22
    yy -= 4
    for lab in ['participera au 5e webinaire « l’ODD 17 en pratique » le 26 novembre, depuis le siège du CNS',
                'suivra le webinaire à distance, depuis ses propres locaux',
                'souhaite recevoir le 11e rapport régional (Normandie) sous forme imprimée',
                'ne pourra pas participer mais souhaite recevoir le compte rendu']:
        c.rect(52, yy - 2, 9, 9, stroke=1, fill=0)
        d.para(lab, 68, yy + 8, W - 130, st('cb', size=8.8, lead=11))
        yy -= 26
    d.txt(52, yy - 4, 'Date et signature :', 'DV', 9)
    y -= ch + 10
    d.para("Les informations du coupon sont réservées à l’organisation des inscriptions du CNS.", 36, y,
           W - 72, small)
    c.showPage()
    d.save()


# ---------------------------------------------------------------------------------------------
# 06 - Dossier de candidature a un label (formulaire rempli a rubriques numerotees)
# ---------------------------------------------------------------------------------------------
def doc06(out):
    d = Doc(os.path.join(out, PREFIX + '06-candidature-label.pdf'))
    c, W, H = d.c, d.W, d.H
    purple = HexColor('#4b3b8f')
    fill = HexColor('#eeebf7')
    ink = HexColor('#0b3d91')  # encre de la partie remplie
    lab = st('lab6', font='DVB', size=8.4, lead=10.4, color=purple)
    ans = st('ans6', font='DVI', size=9, lead=11.8, color=ink)
    small = st('s6', size=7.4, lead=9.2)

    def frame(sheet):
        c.setStrokeColor(purple)
        c.setLineWidth(1.5)
        c.rect(30, 30, W - 60, H - 60, stroke=1, fill=0)
        c.setFillColor(purple)
        c.rect(30, H - 78, W - 60, 48, fill=1, stroke=0)
        d.txt(44, H - 50, 'LABEL « TERRITOIRE D’ALLIANCES »', 'DVB', 12, white)
        d.txt(44, H - 66, 'Dossier de candidature — campagne 2025 — formulaire LTA-25', 'DV', 8.5, white)
        d.txt(W - 44, H - 50, 'Cadre réservé :', 'DV', 7.5, white, 'r')
        d.txt(W - 44, H - 66, 'n° de dossier ______', 'DV', 7.5, white, 'r')
        d.txt(44, 38, 'Comité du label — labels-alliances.example — ce formulaire est confidentiel jusqu’à '
              'la délibération du jury', 'DV', 6.8)
        d.txt(W - 44, 38, 'Feuillet %s' % sheet, 'DVB', 8, purple, 'r')

    def rubric(y, num, title, rows):
        d.txt(44, y, '%s  %s' % (num, title), 'DVB', 10.5, purple)
        y -= 8
        for k, v in rows:
            hk = d.para(k, 52, y - 4, 150, lab)
            hv = d.para(v, 214, y - 4, W - 214 - 50, ans)
            h = max(hk, hv) + 8
            c.setFillColor(fill)
            c.setStrokeColor(HexColor('#c9c2e6'))
            c.setLineWidth(0.4)
            c.rect(208, y - h, W - 208 - 44, h, fill=0, stroke=1)
            y -= h + 3
        return y - 10

    # ---- page 1 (feuillet 2/4)
    frame('2/4')
    y = H - 100
    y = rubric(y, 'Rubrique 1', 'Identité de la structure candidate', [
        ('1.1 Nom', 'Maison des initiatives du Pays de Caux'),
        ('1.2 Forme juridique', 'Association loi 1901, employeuse (6 salariés)'),
        ('1.3 Territoire', 'Communauté de communes Caux-Estuaire (Seine-Maritime)'),
        ('1.4 Personne référente', 'Julien Hébert, coordinateur')])
    y = rubric(y, 'Rubrique 2', 'Vos partenariats actuels', [
        ('2.1 Nombre de partenaires actifs', '7 (3 collectivités, 2 entreprises, 1 lycée, 1 fondation)'),
        ('2.2 Situez-vous par rapport aux repères nationaux',
         "Selon l’étude « Associations &amp; Partenariats » de Recherches &amp; Solidarités et Le RAMEAU "
         "(mars 2017, enquête de mai-juin 2016 auprès de plus de 1 380 responsables), une association "
         "compte en moyenne 2,5 partenaires. Nous en avons près de trois fois plus."),
        ('2.3 Types de partenaires (repères)',
         "Dans la même étude : collectivités 74 %, associations ou fondations 72 %, enseignement 47 %, "
         "entreprises 28 %, structures d’insertion 22 %, recherche 9 %."),
        ('2.4 Budget et partenariat avec une entreprise',
         "Notre budget est de 310 000 €. L’étude indique que 50 % des associations de plus de 150 000 € "
         "ont un partenariat avec une entreprise, contre 20 % de celles de moins de 10 000 €.")])
    d.para("<i>Cochez une seule case par ligne dans les rubriques suivantes. Les champs en bleu ont été "
           "remplis par la structure candidate.</i>", 44, y, W - 88, small)
    c.showPage()

    # ---- page 2 (feuillet 3/4)
    frame('3/4')
    y = H - 100
    y = rubric(y, 'Rubrique 3', 'Contexte : ce que disent les études', [
        ('3.1 Associations employeuses',
         "L’étude IMPACT – Associations &amp; Territoires porte sur 148 000 associations employeuses ; 98 % "
         "d’entre elles ont des partenariats."),
        ('3.2 Avec qui ?',
         "Collectivités 89 %, structures d’intérêt général 73 %, établissements scolaires 70 %, collectifs "
         "d’associations 56 %, acteurs publics nationaux 52 %, fédérations professionnelles 37 %, acteurs "
         "académiques 35 %."),
        ('3.3 À quelle échelle ?', "Local 73 %, régional 47 %."),
        ('3.4 Sous quelle forme ?',
         "Mécénat 75 %, innovation sociétale 73 %, pratiques responsables 70 %, coopération économique "
         "58 %."),
        ('3.5 Repère plus ancien',
         "Note du 29 février 2016 : 37 % des entreprises de 10 salariés et plus, 38 % des associations "
         "(53 % des associations employeuses) et 65 % des pionniers sont engagés dans des partenariats.")])
    y = rubric(y, 'Rubrique 4', 'Niveau d’engagement déclaré', [])
    y += 6
    opts = [('Débutant', False), ('En développement', False), ('Confirmé', True), ('Exemplaire', False)]
    x = 52
    for o, ok in opts:
        c.setStrokeColor(purple)
        c.rect(x, y - 2, 10, 10, stroke=1, fill=0)
        if ok:
            d.txt(x + 1.5, y, '✗', 'DVB', 9, ink)
        d.txt(x + 16, y, o, 'DV', 9)
        x += 120
    y -= 24
    d.para("<b>Rappel du comité</b> — les repères cités dans ce formulaire doivent être datés : les études "
           "ne portent ni sur les mêmes populations ni sur les mêmes années.", 44, y, W - 88, small)
    c.showPage()

    # ---- page 3 (feuillet 4/4)
    frame('4/4')
    y = H - 100
    y = rubric(y, 'Rubrique 5', 'Pourquoi ce label maintenant ?', [
        ('5.1 Motivation',
         "Nous voulons montrer aux entreprises du Pays de Caux qu’une alliance avec une association n’est pas "
         "réservée aux grandes villes."),
        ('5.2 Repère historique cité',
         "Dès janvier 2011, l’étude ARPEA Entreprises &amp; Territoires montrait que 21 % des entreprises "
         "développaient des partenariats, que 33 % le souhaitaient et que 46 % ne le souhaitaient pas."),
        ('5.3 Source de ce repère',
         "Cette étude a été publiée par l’Observatoire national des partenariats associations / "
         "entreprises, dont la présentation indiquait alors qu’il avait été « créé en 2007 »."),
        ('5.4 Attentes des habitants',
         "Dans PHARE-Citoyens, la sécurité obtient une note de 7/10 parmi les priorités des Français, et "
         "l’emploi 7,1/10 (article de presse Carenews).")])
    y = rubric(y, 'Rubrique 6', 'Pièces jointes', [
        ('6.1 Statuts', '✗ joints'),
        ('6.2 Dernier rapport d’activité', '✗ joint'),
        ('6.3 Conventions de partenariat', '✗ 4 conventions jointes'),
        ('6.4 Lettre de soutien d’un élu', '✗ lettre du vice-président de la communauté de communes')])
    y = rubric(y, 'Rubrique 7', 'Engagement et signature', [
        ('7.1 Fait à', 'Lillebonne'),
        ('7.2 Signataire', 'Martine Duval, présidente de la Maison des initiatives du Pays de Caux')])
    d.para("Le dossier complet est à déposer auprès du comité du label. Tout dossier incomplet est retourné à "
           "la structure candidate.", 44, y, W - 88, small)
    c.showPage()
    d.save()


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    for f in (doc01, doc02, doc03, doc04, doc05, doc06):
        f(out)
    print('6 PDF ecrits dans', out)


if __name__ == '__main__':
    main()
